// thresholds.ts, not related.ts: settings are read in every context, the engine is not.
import { RELATEDNESS_THRESHOLD } from './analysis/thresholds.ts';

/** How related a story must be before the pill shows. */
export type Sensitivity = 'strict' | 'balanced' | 'broad';

/** User settings, stored in extension storage under `settings` (version 1). */
export interface Settings {
  version: 1;
  /** Analyse articles automatically as pages load. */
  autoDetect: boolean;
  /** Host names where automatic detection never runs (e.g. "example.com" also covers "www.example.com"). */
  disabledSites: string[];
  sensitivity: Sensitivity;
}

export const DEFAULT_SETTINGS: Settings = { version: 1, autoDetect: true, disabledSites: [], sensitivity: 'balanced' };

const FACTOR: Record<Sensitivity, number> = { strict: 1.4, balanced: 1, broad: 0.75 };

/** The relatedness threshold for a sensitivity setting (balanced = the calibrated threshold). */
export function thresholdFor(sensitivity: Sensitivity): number {
  return Math.round(RELATEDNESS_THRESHOLD * FACTOR[sensitivity] * 1000) / 1000;
}

/** Reads stored settings, keeping only well-formed values and defaulting the rest. */
export function parseSettings(raw: unknown): Settings {
  const v = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    version: 1,
    autoDetect: typeof v.autoDetect === 'boolean' ? v.autoDetect : DEFAULT_SETTINGS.autoDetect,
    disabledSites: Array.isArray(v.disabledSites)
      ? [...new Set(v.disabledSites.filter((s): s is string => typeof s === 'string').map(normalizeSite).filter((s) => s.length > 0))]
      : [],
    sensitivity: v.sensitivity === 'strict' || v.sensitivity === 'broad' ? v.sensitivity : 'balanced',
  };
}

/** "https://www.Example.com/page" → "example.com"; a bare host name is kept. */
export function normalizeSite(input: string): string {
  let s = input.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return '';
  }
  return s.replace(/^www\./, '').replace(/[/:].*$/, '');
}

/** Is automatic detection off for this host? */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = normalizeSite(hostname);
  return settings.disabledSites.some((s) => host === s || host.endsWith(`.${s}`));
}
