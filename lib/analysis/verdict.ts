import type { Claim } from '../claims/extract.ts';
import type { ClaimReport, Evidence, EvidenceStance } from './evidence.ts';
import type { ArticleSummary } from './types.ts';

// Kept apart from evidence.ts (which loads the stance model) so the content
// script can recompute verdicts after "Not a match" without bundling the model.

/** Display order of evidence stances: conflicts first. */
export const STANCE_ORDER: Record<EvidenceStance, number> = { conflicts: 0, corroborates: 1, discusses: 2 };

/** Orders a claim's evidence (conflicts first), marks same-source groups and sets the verdict. */
export function finishClaim(claim: Claim, evidence: Evidence[]): ClaimReport {
  const other = (e: Evidence): number => (e.time.period === 'earlier' || e.time.period === 'later' ? 1 : 0);
  evidence.sort((a, b) => other(a) - other(b) || STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || b.confidence - a.confidence);
  const firstOfGroup = new Map<string, string>();
  for (const e of evidence) {
    e.sameSourceAs = null;
    if (!e.sourceGroup) continue;
    const first = firstOfGroup.get(e.sourceGroup);
    if (first) e.sameSourceAs = first;
    else firstOfGroup.set(e.sourceGroup, e.docId);
  }
  // Reports from another period inform but do not decide the verdict.
  const current = evidence.filter((e) => e.time.period === 'same' || e.time.period === 'unknown');
  const taking = current.filter((e) => e.stance !== 'discusses');
  const groups = new Set(taking.map((e) => e.sourceGroup ?? `doc:${e.docId}`));
  const verdict: ClaimReport['verdict'] = current[0]?.stance ?? (evidence.length ? 'discusses' : 'none');
  return { ...claim, evidence, verdict, independentSources: groups.size };
}

/** Article-level counts from the claims. */
export function summarize(claims: readonly ClaimReport[]): ArticleSummary {
  const groups = new Set<string>();
  for (const c of claims) for (const e of c.evidence) if (e.stance !== 'discusses') groups.add(e.sourceGroup ?? `doc:${e.docId}`);
  return {
    claims: claims.length,
    withEvidence: claims.filter((c) => c.evidence.length > 0).length,
    conflicts: claims.filter((c) => c.verdict === 'conflicts').length,
    corroborated: claims.filter((c) => c.verdict === 'corroborates').length,
    independentSources: groups.size,
    factChecked: claims.filter((c) => (c.factChecks?.length ?? 0) > 0).length,
  };
}

/**
 * Removes evidence the user marked "Not a match" (keys from
 * {@link dismissalKey}) and recomputes verdicts and counts.
 */
export function withoutDismissed<T extends { claims: ClaimReport[] }>(report: T, dismissed: ReadonlySet<string>, key: (claim: string, e: { packId: string; docId: string }) => string): T & { summary?: ArticleSummary } {
  if (dismissed.size === 0) return report;
  const claims = report.claims.map((c) => finishClaim(c, c.evidence.filter((e) => !dismissed.has(key(c.text, e)))));
  return { ...report, claims, ...('summary' in report ? { summary: summarize(claims) } : {}) };
}
