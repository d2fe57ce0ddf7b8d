import { useEffect, useRef } from 'preact/hooks';
import type { ClaimReport } from '../lib/analysis/evidence.ts';
import type { SidebarActions } from './actions.ts';
import { EvidenceCard } from './EvidenceCard.tsx';
import { FactCheckCard, RATING_LABEL } from './FactCheckCard.tsx';

const VERDICT: Record<ClaimReport['verdict'], string> = {
  conflicts: 'Conflicting reports',
  corroborates: 'Corroborated',
  discusses: 'Discussed',
  none: 'No evidence',
};

/**
 * What the cards below say, counted as they are shown ("1 conflicting · 1 corroborating · 2 discussing"),
 * so the heading never claims more agreement or disagreement than the cards hold.
 */
function evidenceCounts(claim: ClaimReport): string {
  const n = (stance: string) => claim.evidence.filter((e) => e.stance === stance).length;
  const parts: string[] = [];
  if (n('conflicts')) parts.push(`${n('conflicts')} conflicting`);
  if (n('corroborates')) parts.push(`${n('corroborates')} corroborating`);
  if (n('discusses')) parts.push(`${n('discusses')} discussing`);
  // Independent sources only where it adds something: several reports resting on fewer sources.
  const taking = n('conflicts') + n('corroborates');
  if (taking > 1 && claim.independentSources < taking) parts.push(`${claim.independentSources} independent ${claim.independentSources === 1 ? 'source' : 'sources'}`);
  return parts.join(' · ');
}

interface Props {
  claim: ClaimReport;
  titleOf: (docId: string) => string;
  actions: SidebarActions;
  focused?: boolean;
  locatable?: boolean;
}

/** A claim with the corpus evidence on it. */
export function ClaimCard({ claim, titleOf, actions, focused = false, locatable = false }: Props) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) {
      ref.current?.scrollIntoView({ block: 'start' });
      ref.current?.focus();
    }
  }, [focused]);
  return (
    <li
      ref={ref}
      tabIndex={-1}
      class={`fc-claim fc-verdict-${claim.verdict}${focused ? ' fc-focused' : ''}`}
      data-testid="claim"
      data-claim-id={claim.id}
      data-verdict={claim.verdict}
    >
      <p class="fc-claim-verdict">
        {claim.factChecks?.[0] && (
          <span class={`fc-chip fc-badge-${claim.factChecks[0].normalizedRating}`} data-testid="claim-fact-checked">
            Fact-checked: {RATING_LABEL[claim.factChecks[0].normalizedRating]}
          </span>
        )}
        {!(claim.factChecks?.length && claim.verdict === 'none') && <span class={`fc-chip fc-chip-${claim.verdict}`}>{VERDICT[claim.verdict]}</span>}
        {claim.evidence.length > 0 && (
          <span class="fc-muted" data-testid="claim-counts">
            {' · '}
            {evidenceCounts(claim)}
          </span>
        )}
      </p>
      {/* dir="auto": the claim reads in its own direction and an embedded U+202E stays inside it. */}
      <p class="fc-claim-text" dir="auto">
        {claim.text}
      </p>
      {claim.rendering && (
        <p class="fc-rendering" data-testid="rendering">
          <span class="fc-hint">In English (translated on this device): </span>
          <bdi>{claim.rendering}</bdi>
        </p>
      )}
      {locatable && (
        <button type="button" class="fc-link" data-testid="show-in-page" onClick={() => actions.showInPage(claim.id)}>
          Show in page
        </button>
      )}
      {/* Published fact-checks first: a rating by a fact-checker outranks our own reading of reports. */}
      {claim.factChecks && claim.factChecks.length > 0 && (
        <ul class="fc-evidence-list" data-testid="fact-checks">
          {claim.factChecks.map((f) => (
            <FactCheckCard key={`${f.packId}/${f.docId}`} claim={claim} check={f} />
          ))}
        </ul>
      )}
      {claim.evidence.length === 0 ? (
        claim.factChecks?.length ? null : <p class="fc-empty" data-testid="no-evidence">
          No report in the corpus speaks to this.
        </p>
      ) : (
        <ul class="fc-evidence-list">
          {claim.evidence.map((e) => (
            <EvidenceCard key={`${e.packId}/${e.docId}`} claim={claim} evidence={e} titleOf={titleOf} actions={actions} />
          ))}
        </ul>
      )}
    </li>
  );
}
