import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleReport } from '../lib/analysis/analyze.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { ReportCard } from './ReportCard.tsx';

export interface SidebarProps {
  report: ArticleReport;
  /** Start opened (e.g. when the user asked for it); collapsed to the pill otherwise. */
  initiallyOpen?: boolean;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const VERDICT_ORDER = { conflicts: 0, corroborates: 1, discusses: 2, none: 3 } as const;

/** The pill on related pages and, opened, the panel with claims and related reports. */
export function Sidebar({ report, initiallyOpen = false }: SidebarProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [tab, setTab] = useState<'claims' | 'reports'>(report.claims.length ? 'claims' : 'reports');
  const closeRef = useRef<HTMLButtonElement>(null);
  const count = report.reports.length;
  const conflicts = report.summary.conflicts;

  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);

  const pillText = `${plural(count, 'report', 'reports')}${conflicts ? ` · ${plural(conflicts, 'conflict', 'conflicts')}` : ''}`;
  if (!open) {
    return (
      <button
        type="button"
        class={`fc-pill${conflicts ? ' fc-pill-conflict' : ''}`}
        data-testid="pill"
        aria-expanded="false"
        aria-label={`Fact Compare: ${pillText}. Open the sidebar.`}
        onClick={() => setOpen(true)}
      >
        <span class="fc-dot" aria-hidden="true" />
        {pillText}
      </button>
    );
  }
  const titles = new Map(report.reports.map((r) => [r.docId, r.title]));
  const titleOf = (id: string): string => titles.get(id) ?? id;
  const claims = [...report.claims].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
  const s = report.summary;
  return (
    <aside
      class="fc-panel"
      data-testid="sidebar"
      role="complementary"
      aria-label="Fact Compare"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <header class="fc-header">
        <div>
          <h2 class="fc-title">Fact Compare</h2>
          <p class="fc-subtitle" data-testid="summary">
            {plural(count, 'report', 'reports')} in your corpus cover this story
            {s.claims > 0 && (
              <>
                {' · '}
                {plural(s.claims, 'claim', 'claims')} checked, {s.conflicts} in conflict, {s.corroborated} corroborated
              </>
            )}
          </p>
        </div>
        <button ref={closeRef} type="button" class="fc-close" data-testid="close" aria-label="Collapse the sidebar" onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
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
            {t === 'claims' ? `Claims (${report.claims.length})` : `Reports (${count})`}
          </button>
        ))}
      </div>
      <div class="fc-body" id="fc-tabpanel" role="tabpanel" aria-labelledby={`fc-tab-${tab}`}>
        {tab === 'claims' ? (
          !report.languageSupported ? (
            <p class="fc-empty" data-testid="language-unsupported">
              This article's language ({report.language}) is not supported yet: its claims are not checked, but the related
              reports are listed under Reports.
            </p>
          ) : claims.length === 0 ? (
            <p class="fc-empty">No check-worthy claims were found in this article.</p>
          ) : (
            <ol class="fc-list">
              {claims.map((c) => (
                <ClaimCard key={c.id} claim={c} titleOf={titleOf} />
              ))}
            </ol>
          )
        ) : (
          <ol class="fc-list">
            {report.reports.map((r) => (
              <ReportCard key={`${r.packId}/${r.docId}`} report={r} />
            ))}
          </ol>
        )}
      </div>
      <footer class="fc-footer">Checked offline against your local corpus. Nothing left your browser.</footer>
    </aside>
  );
}
