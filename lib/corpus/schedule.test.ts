import { describe, expect, it } from 'vitest';
import { SYNC_ALARM, SyncSchedule, type ScheduleDeps } from './schedule.ts';
import type { Subscription, SyncResult } from './sync.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 3, 12);

function sub(over: Partial<Subscription> = {}): Subscription {
  return {
    version: 1, packId: 'p', title: 'P', publisher: 'Pub', feedUrl: 'https://packs.example/p.feed.json', publicKey: 'k', fingerprint: 'SHA256:x',
    periodHours: 24, lastAttempt: NOW - HOUR, lastSuccess: NOW - HOUR, status: 'up-to-date', error: null, failures: 0, etag: null, lastModified: null,
    ...over,
  };
}

function harness(subs: Subscription[], options: { now?: number; random?: number; alarm?: boolean } = {}) {
  const synced: string[] = [];
  const alarms: { name: string; info: { delayInMinutes: number; periodInMinutes: number } }[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const deps: ScheduleDeps = {
    list: async () => subs,
    sync: async (s) => {
      synced.push(s.packId);
      await gate;
      return { subscription: s, installed: null } as SyncResult;
    },
    now: () => options.now ?? NOW,
    random: () => options.random ?? 0.5,
    alarms: {
      get: async (name) => (options.alarm ? { name } : undefined),
      create: (name, info) => alarms.push({ name, info }),
    },
  };
  return { schedule: new SyncSchedule(deps), synced, alarms, release };
}

describe('the sync schedule', () => {
  it('syncs a pack once however many ask at the same time (alarm, start-up, "Sync now")', async () => {
    const h = harness([sub()]);
    const a = h.schedule.run(sub());
    const b = h.schedule.run(sub());
    h.release();
    await Promise.all([a, b]);
    expect(h.synced).toEqual(['p']);
    // Once finished, a later request syncs again.
    await h.schedule.run(sub());
    expect(h.synced).toEqual(['p', 'p']);
  });

  it('syncs what its period makes due, and after failures backs off (1, 2, 4 … minutes, at most the period)', async () => {
    const h = harness([
      sub({ packId: 'fresh' }),
      sub({ packId: 'due', lastAttempt: NOW - 25 * HOUR }),
      sub({ packId: 'failed-once', lastAttempt: NOW - 3 * 60_000, failures: 1 }),
      sub({ packId: 'failed-often', lastAttempt: NOW - 3 * 60_000, failures: 5 }),
      sub({ packId: 'never', lastAttempt: null, lastSuccess: null }),
    ]);
    h.release();
    await h.schedule.syncDue(false);
    expect(h.synced.sort()).toEqual(['due', 'failed-once', 'never']);
  });

  it('catches up at browser start with subscriptions not synced for twice their period', async () => {
    // Tried an hour ago (so not due by period), last succeeded three days ago.
    const stale = sub({ packId: 'stale', lastAttempt: NOW - HOUR, lastSuccess: NOW - 72 * HOUR, failures: 0 });
    const h = harness([stale, sub({ packId: 'fine' })]);
    h.release();
    await h.schedule.syncDue(false);
    expect(h.synced).toEqual([]);
    await h.schedule.syncDue(true);
    expect(h.synced).toEqual(['stale']);
  });

  it('retries a sync the browser cut off when a worker starts, three times, then leaves it to the backoff', async () => {
    const h = harness([
      sub({ packId: 'cut', status: 'updating', failures: 0 }),
      sub({ packId: 'cut-thrice', status: 'updating', failures: 3, lastAttempt: NOW - 60_000 }),
      sub({ packId: 'cut-long-ago', status: 'updating', failures: 3, lastAttempt: NOW - 2 * HOUR }),
      sub({ packId: 'idle' }),
    ]);
    h.release();
    await h.schedule.resumeInterrupted();
    expect(h.synced.sort()).toEqual(['cut', 'cut-long-ago']);
  });

  it('creates the periodic alarm once, its first ring at a random point 1 to 31 minutes away', async () => {
    const early = harness([], { random: 0 });
    await early.schedule.ensureAlarm();
    const late = harness([], { random: 0.999 });
    await late.schedule.ensureAlarm();
    expect(early.alarms).toEqual([{ name: SYNC_ALARM, info: { delayInMinutes: 1, periodInMinutes: 30 } }]);
    expect(late.alarms[0]!.info.delayInMinutes).toBeCloseTo(30.97, 1);
    const existing = harness([], { alarm: true });
    await existing.schedule.ensureAlarm();
    expect(existing.alarms).toEqual([]);
  });
});
