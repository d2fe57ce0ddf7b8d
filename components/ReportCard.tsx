import type { RelatedReport } from '../lib/analysis/types.ts';
import { CitedSources } from './CitedSources.tsx';
import { formatDate } from './format.ts';

/** One related corpus report: headline, outlet, date, its best-matching passage and cited sources. */
export function ReportCard({ report }: { report: RelatedReport }) {
  return (
    <li class="fc-card" data-testid="report" data-doc-id={report.docId}>
      <h3 class="fc-card-title">{report.title}</h3>
      <p class="fc-card-meta">
        <span class="fc-outlet">{report.outlet || 'Unknown outlet'}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={report.published ?? undefined}>{formatDate(report.published)}</time>
        <span class="fc-score" title="How close this report is to the article (0–1)">
          {' '}
          · match {Math.round(report.score * 100)}%
        </span>
      </p>
      <blockquote class="fc-passage">{report.passage}</blockquote>
      <CitedSources sources={report.sources} max={3} />
    </li>
  );
}
