import { useEffect, useRef, useState } from 'preact/hooks';
import type { SidebarActions, SidebarState } from './actions.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { ReportCard } from './ReportCard.tsx';
import type { CrossLanguageSummary } from '../lib/analysis/across-languages.ts';

export interface SidebarProps {
  state: SidebarState;
  actions: SidebarActions;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 reports corroborate, 1 conflicts": what a checked claim's cards say, for screen readers. */
function checkSummary(c: SidebarState['checks'][number]): string {
  if (c.evidence.length === 0) return 'no report in the corpus speaks to it';
  const n = (stance: string) => c.evidence.filter((e) => e.stance === stance).length;
  const parts = [
    [n('corroborates'), 'corroborates', 'corroborate'],
    [n('conflicts'), 'conflicts', 'conflict'],
    [n('discusses'), 'discusses it', 'discuss it'],
  ] as const;
  return parts.filter(([k]) => k > 0).map(([k, one, many]) => `${plural(k, 'report', 'reports')} ${k === 1 ? one : many}`).join(', ');
}

/** "3 in conflict, 3 corroborated, 2 discussed, 1 without evidence": every claim in a named group. */
function claimGroups(claims: readonly { verdict: keyof typeof VERDICT_ORDER }[]): string {
  const n = (v: keyof typeof VERDICT_ORDER) => claims.filter((c) => c.verdict === v).length;
  const parts: [number, string][] = [
    [n('conflicts'), 'in conflict'],
    [n('corroborates'), 'corroborated'],
    [n('discusses'), 'discussed'],
    [n('none'), 'without evidence'],
  ];
  return parts.filter(([k]) => k > 0).map(([k, label]) => `${k} ${label}`).join(', ');
}

const VERDICT_ORDER = { conflicts: 0, corroborates: 1, discusses: 2, none: 3 } as const;

/** The pill on related pages and, opened, the panel: claim search, the article's claims, related reports. */
export function Sidebar({ state, actions }: SidebarProps) {
  const { report, checks, open } = state;
  const [tab, setTab] = useState<'claims' | 'reports'>('claims');
  const [query, setQuery] = useState('');
  const closeRef = useRef<HTMLButtonElement>(null);
  const count = report?.reports.length ?? 0;
  const conflicts = report?.summary.conflicts ?? 0;

  useEffect(() => {
    if (open && !state.focusClaim) closeRef.current?.focus();
  }, [open]);
  useEffect(() => {
    if (state.focusClaim) setTab('claims');
  }, [state.focusClaim]);
  // A typed or selected claim's result: brought into view, focused and announced, since it lands at
  // the top of a list the reader may have scrolled far down.
  const latest = checks[0];
  const [announce, setAnnounce] = useState('');
  const seenCheck = useRef(latest);
  const [newCheck, setNewCheck] = useState(false);
  useEffect(() => {
    if (!latest || latest === seenCheck.current) return;
    seenCheck.current = latest;
    setTab('claims');
    setNewCheck(true);
    setAnnounce(`Result for “${latest.text.slice(0, 80)}”: ${checkSummary(latest)}.`);
  }, [latest]);

  const factChecked = report?.summary.factChecked ?? 0;
  // Fact-checks counted apart from reports: a fact-checker's rating is another kind of finding.
  const pillText = report?.related
    ? [factChecked ? plural(factChecked, 'fact-check', 'fact-checks') : '', count ? plural(count, 'report', 'reports') : '', conflicts ? plural(conflicts, 'conflict', 'conflicts') : '']
        .filter(Boolean)
        .join(' · ')
    : 'Fact Compare';
  if (!open) {
    return (
      <button
        type="button"
        class={`fc-pill${conflicts ? ' fc-pill-conflict' : ''}`}
        data-testid="pill"
        aria-expanded="false"
        aria-label={`Fact Compare: ${pillText}. Open the sidebar.`}
        onClick={() => actions.setOpen(true)}
      >
        <span class="fc-dot" aria-hidden="true" />
        {pillText}
      </button>
    );
  }
  const titles = new Map((report?.reports ?? []).map((r) => [r.docId, r.title]));
  for (const c of checks) for (const e of c.evidence) titles.set(e.docId, e.title);
  const titleOf = (id: string): string => titles.get(id) ?? id;
  const claims = [...(report?.claims ?? [])].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
  const s = report?.summary;
  return (
    <aside
      class="fc-panel"
      data-testid="sidebar"
      role="complementary"
      aria-label="Fact Compare"
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.setOpen(false);
      }}
    >
      <header class="fc-header">
        <div>
          <h2 class="fc-title">Fact Compare</h2>
          <p class="fc-subtitle" data-testid="summary">
            {report?.related
              ? count
                ? `${plural(count, 'report', 'reports')} in your corpus cover this story`
                : 'Published fact-checks in your corpus rate claims of this article'
              : 'No report in your corpus covers this page'}
            {factChecked > 0 && count > 0 && ` · ${plural(factChecked, 'claim', 'claims')} fact-checked`}
            {s && s.claims > 0 && (
              <>
                {' · '}
                {plural(s.claims, 'claim', 'claims')} checked: {claimGroups(claims)}
              </>
            )}
          </p>
          {state.locatable.size > 0 && (
            <p class="fc-legend" data-testid="legend">
              <span class="fc-visually-hidden">In the article: </span>
              <span class="fc-key fc-key-conflicts">conflicting</span>
              <span class="fc-key fc-key-corroborates">corroborated</span>
              <span class="fc-key fc-key-discusses">discussed</span>
            </p>
          )}
        </div>
        <button ref={closeRef} type="button" class="fc-close" data-testid="close" aria-label="Collapse the sidebar" onClick={() => actions.setOpen(false)}>
          ×
        </button>
      </header>
      <form
        class="fc-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          actions.check(query);
        }}
      >
        <label class="fc-visually-hidden" for="fc-search-input">
          Check a claim against the corpus
        </label>
        <input
          id="fc-search-input"
          data-testid="search-input"
          type="search"
          placeholder="Check a claim…"
          value={query}
          maxLength={2000}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="submit" class="fc-button" data-testid="search-submit" disabled={state.checking}>
          {state.checking ? 'Checking…' : 'Check'}
        </button>
      </form>
      <p class="fc-visually-hidden" aria-live="polite" data-testid="announce">
        {announce}
      </p>
      {state.notice && (
        <p class="fc-notice" role="status" data-testid="notice">
          {state.notice}
        </p>
      )}
      <div class="fc-tabbar">
        <div class="fc-tabs" role="tablist" aria-label="View">
          {(['claims', 'reports'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`fc-tab-${t}`}
              aria-selected={tab === t}
              aria-controls="fc-tabpanel"
              class="fc-tab"
              data-testid={`tab-${t}`}
              onClick={() => setTab(t)}
            >
              {t === 'claims' ? `Claims (${claims.length + checks.length})` : `Reports (${count})`}
            </button>
          ))}
        </div>
        {/* Outside the tablist: a tablist may hold only tabs. */}
        {report?.related && (
          <span class="fc-export">
            <button type="button" class="fc-link" data-testid="export-markdown" onClick={() => actions.exportReport('markdown')}>
              Export .md
            </button>
            <button type="button" class="fc-link" data-testid="export-json" onClick={() => actions.exportReport('json')}>
              .json
            </button>
          </span>
        )}
      </div>
      <div class="fc-body" id="fc-tabpanel" role="tabpanel" aria-labelledby={`fc-tab-${tab}`}>
        {tab === 'claims' ? (
          <>
            {checks.length > 0 && (
              <section aria-label="Claims you checked">
                <h3 class="fc-section">Claims you checked</h3>
                <ol class="fc-list" data-testid="checked-claims">
                  {checks.map((c, i) => (
                    <ClaimCard key={`${i}:${c.text}`} claim={c} titleOf={titleOf} actions={actions} focused={i === 0 && newCheck} />
                  ))}
                </ol>
              </section>
            )}
            {report?.crossLanguage && report.related && <CrossLanguageNote summary={report.crossLanguage} />}
            {report && !report.languageSupported ? (
              <p class="fc-empty" data-testid="language-unsupported">
                This article's language ({report.language}) is not supported yet: its claims are not checked, but the related reports
                are listed under Reports.
              </p>
            ) : claims.length === 0 ? (
              report?.related && <p class="fc-empty">No check-worthy claims were found in this article.</p>
            ) : (
              <section aria-label="Claims in this article">
                {checks.length > 0 && <h3 class="fc-section">Claims in this article</h3>}
                <ol class="fc-list">
                  {claims.map((c) => (
                    <ClaimCard
                      key={c.id}
                      claim={c}
                      titleOf={titleOf}
                      actions={actions}
                      focused={state.focusClaim === c.id}
                      locatable={state.locatable.has(c.id)}
                    />
                  ))}
                </ol>
              </section>
            )}
            {report?.crossLanguage && report.related && report.crossLanguage.notComparedSentences.length > 0 && (
              <details class="fc-not-compared" data-testid="not-compared">
                <summary>Not compared across languages ({report.crossLanguage.notCompared})</summary>
                <p class="fc-hint">These sentences state no figure, date or name to compare with the English reports, so they get no verdict.</p>
                <ul>
                  {report.crossLanguage.notComparedSentences.map((t, i) => (
                    <li key={i}>
                      <bdi>{t}</bdi>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        ) : (
          <ol class="fc-list">
            {(report?.reports ?? []).map((r) => (
              <ReportCard key={`${r.packId}/${r.docId}`} report={r} />
            ))}
          </ol>
        )}
      </div>
      <footer class="fc-footer">Checked offline against your local corpus. Nothing left your browser.</footer>
    </aside>
  );
}

const LANGUAGE_NAMES: Record<string, string> = { es: 'Spanish', ru: 'Russian' };

/** The first line over a Spanish or Russian article's claims: how it was compared, honestly scoped. */
function CrossLanguageNote({ summary }: { summary: CrossLanguageSummary }) {
  return (
    <p class="fc-crosslang" data-testid="cross-language">
      {summary.method === 'translated'
        ? `This article is in ${LANGUAGE_NAMES[summary.language] ?? summary.language}: your browser translated it on this device, and its claims were checked in English.`
        : `This article is in ${LANGUAGE_NAMES[summary.language] ?? summary.language}: its claims were compared with the English reports by figures, dates and names, without translation. ${summary.compared} compared; sentences without them get no verdict.`}
    </p>
  );
}
