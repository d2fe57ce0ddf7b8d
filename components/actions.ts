import type { ArticleReport } from '../lib/analysis/analyze.ts';
import type { ClaimReport, Evidence } from '../lib/analysis/evidence.ts';

/** What the sidebar shows; owned by the content script's controller. */
export interface SidebarState {
  report: ArticleReport | null;
  /** Claims the user checked by selection or by typing, newest first. */
  checks: ClaimReport[];
  checking: boolean;
  /** A message for the user about the last check (empty selection, errors). */
  notice: string | null;
  open: boolean;
  /** Claim to scroll to and emphasise in the sidebar (from a click on a highlight). */
  focusClaim: string | null;
  /** Claims that were found in the page, so "Show in page" can work. */
  locatable: ReadonlySet<string>;
}

/** What the sidebar can ask the page controller to do. */
export interface SidebarActions {
  setOpen(open: boolean): void;
  check(text: string): void;
  dismiss(claim: ClaimReport, evidence: Evidence): void;
  openReport(evidence: Evidence): void;
  copyCitation(evidence: Evidence): Promise<boolean>;
  exportReport(kind: 'markdown' | 'json'): void;
  showInPage(claimId: string): void;
}
