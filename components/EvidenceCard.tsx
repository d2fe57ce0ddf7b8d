import { IsolatedList } from './IsolatedList.tsx';
import { useState } from 'preact/hooks';
import type { ClaimReport, Evidence } from '../lib/analysis/evidence.ts';
import { stripBidiControls } from '../lib/text/bidi.ts';
import { markShared } from '../lib/text/match.ts';
import type { SidebarActions } from './actions.ts';
import { CitedSources } from './CitedSources.tsx';
import { formatDate } from './format.ts';

const STANCE_LABEL: Record<Evidence['stance'], string> = {
  conflicts: 'Conflicts',
  corroborates: 'Corroborates',
  discusses: 'Discusses',
};

interface Props {
  claim: ClaimReport;
  evidence: Evidence;
  titleOf: (docId: string) => string;
  actions: SidebarActions;
}

/**
 * One report's passage on a claim: stance and why, differing values side by side, time and
 * source context, actions. Page and pack strings are isolated (`dir="auto"` blocks, `<bdi>`
 * inline) so a bidi control in one cannot reorder the card's own words ("Conflicts", the date).
 */
export function EvidenceCard({ claim, evidence: e, titleOf, actions }: Props) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const otherPeriod = e.time.period === 'earlier' || e.time.period === 'later';
  return (
    <li class={`fc-evidence fc-${e.stance}`} data-testid="evidence" data-stance={e.stance} data-doc-id={e.docId}>
      <div class="fc-evidence-head">
        <span class={`fc-chip fc-chip-${e.stance}`}>{STANCE_LABEL[e.stance]}</span>
        {otherPeriod && (
          <span class="fc-chip fc-chip-muted" data-testid="other-period" title={`Published ${stripBidiControls(e.time.label ?? '')} than this article`}>
            {e.time.period === 'earlier' ? 'Earlier context' : 'Later report'}
          </span>
        )}
        {e.sameSourceAs && (
          <span class="fc-chip fc-chip-muted" data-testid="same-source" title={`Rests on the same original source as “${stripBidiControls(titleOf(e.sameSourceAs))}”`}>
            Same source
          </span>
        )}
      </div>
      <p class="fc-card-meta">
        <span class="fc-outlet">
          <bdi>{e.outlet || 'Unknown outlet'}</bdi>
        </span>
        <span aria-hidden="true"> · </span>
        <time dateTime={e.published ?? undefined}>
          <bdi>{formatDate(e.published)}</bdi>
        </time>
        {e.time.label && (
          <span>
            {' · '}
            <bdi>{e.time.label}</bdi>
          </span>
        )}
      </p>
      {e.values.length > 0 && (
        <div class="fc-values" data-testid="values">
          {/* One list per pair: a <dl> may hold <div> groups of <dt>/<dd>, not nested ones. */}
          {e.values.map((v) => (
            <dl class="fc-value-pair" key={`${v.claim}|${v.report}`}>
              <div>
                <dt>This article</dt>
                <dd dir="auto">{v.claim}</dd>
              </div>
              <div>
                <dt>
                  <bdi>{e.outlet || 'The report'}</bdi>
                </dt>
                <dd dir="auto">{v.report}</dd>
              </div>
            </dl>
          ))}
        </div>
      )}
      <blockquote class="fc-passage" data-testid="passage" dir="auto">
        {markShared(e.passage, claim.text).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}
      </blockquote>
      {(e.why ?? []).length > 0 && (
        <p class="fc-why" data-testid="why">
          <span class="fc-why-label">Why: </span>
          <IsolatedList items={e.why} separator=" · " />
        </p>
      )}
      <ul class="fc-reasons">
        {e.reasons.map((r) => (
          <li key={r}>
            <bdi>{r}</bdi>
          </li>
        ))}
      </ul>
      <CitedSources sources={e.sources} max={2} />
      <div class="fc-actions">
        <button type="button" class="fc-link" data-testid="open-report" onClick={() => actions.openReport(e)}>
          Open report
        </button>
        <button
          type="button"
          class="fc-link"
          data-testid="copy-citation"
          onClick={() => void actions.copyCitation(e).then(setCopied)}
        >
          {copied === true ? 'Copied' : copied === false ? 'Copy failed' : 'Copy citation'}
        </button>
        <button
          type="button"
          class="fc-link"
          data-testid="not-a-match"
          title="Hide this report for this claim, here and on every page"
          onClick={() => actions.dismiss(claim, e)}
        >
          Not a match
        </button>
      </div>
    </li>
  );
}
