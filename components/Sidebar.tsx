import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleReport } from '../lib/analysis/analyze.ts';
import { ReportCard } from './ReportCard.tsx';

export interface SidebarProps {
  report: ArticleReport;
  /** Start opened (e.g. when the user asked for it); collapsed to the pill otherwise. */
  initiallyOpen?: boolean;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The pill on related pages and, opened, the panel listing the related reports. */
export function Sidebar({ report, initiallyOpen = false }: SidebarProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  const count = report.reports.length;

  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        class="fc-pill"
        data-testid="pill"
        aria-expanded="false"
        aria-label={`Fact Compare: ${plural(count, 'related report', 'related reports')}. Open the sidebar.`}
        onClick={() => setOpen(true)}
      >
        <span class="fc-dot" aria-hidden="true" />
        {plural(count, 'report', 'reports')}
      </button>
    );
  }
  return (
    <aside
      class="fc-panel"
      data-testid="sidebar"
      role="complementary"
      aria-label="Fact Compare: related reports"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <header class="fc-header">
        <div>
          <h2 class="fc-title">Fact Compare</h2>
          <p class="fc-subtitle">
            {plural(count, 'report', 'reports')} in your corpus cover this story
          </p>
        </div>
        <button ref={closeRef} type="button" class="fc-close" data-testid="close" aria-label="Collapse the sidebar" onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
      <ol class="fc-list">
        {report.reports.map((r) => (
          <ReportCard key={`${r.packId}/${r.docId}`} report={r} />
        ))}
      </ol>
      <footer class="fc-footer">Checked offline against your local corpus. Nothing left your browser.</footer>
    </aside>
  );
}
