import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, normalizeSite, parseSettings, thresholdFor } from './settings.ts';

describe('settings', () => {
  it('defaults what is missing or malformed', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ autoDetect: 'no', sensitivity: 'max', disabledSites: [3, 'x.org'] })).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['x.org'] });
  });
  it('matches disabled sites with their subdomains', () => {
    const s = parseSettings({ disabledSites: ['https://www.Example.com/news', 'news.org'] });
    expect(s.disabledSites).toEqual(['example.com', 'news.org']);
    expect(isSiteDisabled(s, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'world.news.org')).toBe(true);
    expect(isSiteDisabled(s, 'notexample.com')).toBe(false);
    expect(normalizeSite('localhost:8080')).toBe('localhost');
  });
  it('orders thresholds by sensitivity', () => {
    expect(thresholdFor('strict')).toBeGreaterThan(thresholdFor('balanced'));
    expect(thresholdFor('broad')).toBeLessThan(thresholdFor('balanced'));
  });
});
