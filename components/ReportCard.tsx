import type { RelatedReport } from '../lib/analysis/types.ts';
import { CitedSources } from './CitedSources.tsx';
import { formatDate } from './format.ts';

/**
 * One related corpus report: headline, outlet, date, its best-matching passage and cited
 * sources. Pack strings are isolated (`dir="auto"` blocks, `<bdi>` inline) so a bidi control in
 * one cannot reorder the card's own text ("· match 80%").
 */
export function ReportCard({ report }: { report: RelatedReport }) {
  return (
    <li class="fc-card" data-testid="report" data-doc-id={report.docId}>
      <h3 class="fc-card-title" dir="auto">
        {report.title}
      </h3>
      <p class="fc-card-meta">
        <span class="fc-outlet">
          <bdi>{report.outlet || 'Unknown outlet'}</bdi>
        </span>
        <span aria-hidden="true"> · </span>
        <time dateTime={report.published ?? undefined}>
          <bdi>{formatDate(report.published)}</bdi>
        </time>
        <span class="fc-score" title="How close this report is to the article (0–1)">
          {' '}
          · match {Math.round(report.score * 100)}%
        </span>
      </p>
      <blockquote class="fc-passage" dir="auto">
        {report.passage}
      </blockquote>
      <CitedSources sources={report.sources} max={3} />
    </li>
  );
}
