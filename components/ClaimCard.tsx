import type { ClaimReport } from '../lib/analysis/evidence.ts';
import { EvidenceCard } from './EvidenceCard.tsx';

const VERDICT: Record<ClaimReport['verdict'], string> = {
  conflicts: 'Conflicting reports',
  corroborates: 'Corroborated',
  discusses: 'Discussed',
  none: 'No evidence',
};

/** A claim of the article with the corpus evidence on it. */
export function ClaimCard({ claim, titleOf }: { claim: ClaimReport; titleOf: (docId: string) => string }) {
  return (
    <li class={`fc-claim fc-verdict-${claim.verdict}`} data-testid="claim" data-verdict={claim.verdict}>
      <p class="fc-claim-verdict">
        <span class={`fc-chip fc-chip-${claim.verdict}`}>{VERDICT[claim.verdict]}</span>
        {claim.independentSources > 1 && <span class="fc-muted"> · {claim.independentSources} independent sources</span>}
      </p>
      <p class="fc-claim-text">{claim.text}</p>
      {claim.evidence.length === 0 ? (
        <p class="fc-empty" data-testid="no-evidence">
          No report in the corpus speaks to this.
        </p>
      ) : (
        <ul class="fc-evidence-list">
          {claim.evidence.map((e) => (
            <EvidenceCard key={`${e.packId}/${e.docId}`} evidence={e} titleOf={titleOf} />
          ))}
        </ul>
      )}
    </li>
  );
}
