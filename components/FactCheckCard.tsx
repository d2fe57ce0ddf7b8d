import type { ClaimReport } from '../lib/analysis/evidence.ts';
import type { FactCheckFinding } from '../lib/analysis/factchecks.ts';
import { formatDate } from './format.ts';

/** The common scale's words; the publisher's own rating is shown beside them, as published. */
export const RATING_LABEL: Record<FactCheckFinding['normalizedRating'], string> = {
  false: 'False',
  'mostly-false': 'Mostly false',
  mixed: 'Mixed',
  'mostly-true': 'Mostly true',
  true: 'True',
  other: 'Other rating',
};

interface Props {
  claim: ClaimReport;
  check: FactCheckFinding;
}

/** A published fact-check of the claim: the rating as published and on the common scale, who, when, the claim reviewed, the link. */
export function FactCheckCard({ claim, check: f }: Props) {
  const otherPeriod = f.time.period === 'earlier' || f.time.period === 'later';
  return (
    <li class={`fc-evidence fc-factcheck fc-rating-${f.normalizedRating}`} data-testid="fact-check" data-rating={f.normalizedRating} data-doc-id={f.docId}>
      <div class="fc-evidence-head">
        <span class="fc-chip fc-chip-factcheck">Fact-checked</span>
        <span class={`fc-chip fc-badge-${f.normalizedRating}`} data-testid="fact-check-badge">
          {RATING_LABEL[f.normalizedRating]}
        </span>
        {otherPeriod && (
          <span class="fc-chip fc-chip-muted" data-testid="fact-check-period">
            {f.time.period === 'earlier' ? 'Earlier context' : 'Later review'}
          </span>
        )}
      </div>
      <p class="fc-card-meta">
        <bdi class="fc-outlet">{f.publisher || 'Unknown fact-checker'}</bdi>
        <span aria-hidden="true"> · </span>
        {/* A review older than the article's event: its date matters most, so it leads. */}
        <time dateTime={f.datePublished ?? undefined} class={otherPeriod ? 'fc-date-prominent' : undefined}>
          {formatDate(f.datePublished)}
        </time>
        {f.time.label && <span> · {f.time.label}</span>}
      </p>
      {f.rating && (
        <p class="fc-rating" data-testid="fact-check-rating">
          Rated <q dir="auto">{f.rating}</q>
        </p>
      )}
      <dl class="fc-value-pair fc-claim-pair">
        <div>
          <dt>This article</dt>
          <dd dir="auto">{claim.text}</dd>
        </div>
        <div>
          <dt>Claim reviewed</dt>
          <dd dir="auto" data-testid="claim-reviewed">
            {f.claimReviewed}
            {f.claimant && (
              <span class="fc-muted">
                {' — '}
                <bdi>{f.claimant}</bdi>
              </span>
            )}
          </dd>
        </div>
      </dl>
      <p class="fc-actions">
        {f.url ? (
          <a class="fc-link" href={f.url} target="_blank" rel="noreferrer noopener" data-testid="fact-check-link">
            Read the fact-check
          </a>
        ) : (
          f.urlText && (
            // Not a web URL (javascript:, data:, text): shown, never followed.
            <span class="fc-muted" data-testid="fact-check-url-text" dir="auto">
              {f.urlText}
            </span>
          )
        )}
      </p>
    </li>
  );
}
