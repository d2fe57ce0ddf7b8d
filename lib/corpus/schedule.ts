/**
 * When subscriptions sync: the periodic alarm (every 30 minutes, first at a
 * random point so clients do not all ask a publisher at once), catch-up at
 * browser start for subscriptions overdue by twice their period, retry of a
 * sync the browser cut off, and one sync at a time per pack whoever asks.
 * The clock, the randomness, the alarms and the sync itself are passed in, so
 * the schedule runs in Node tests as in the background.
 */
import { nextSyncAt, type Subscription, type SyncResult } from './sync.ts';

export const SYNC_ALARM = 'fact-compare-sync';
/** Minutes between alarm checks (each subscription's own period decides whether it is due). */
export const ALARM_PERIOD_MINUTES = 30;
/** Cut-off syncs retried at once when a worker starts; past this many, the backoff decides. */
const RESUME_ATTEMPTS = 3;

export interface ScheduleDeps {
  list(): Promise<Subscription[]>;
  sync(sub: Subscription): Promise<SyncResult>;
  now(): number;
  random(): number;
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): unknown;
  };
}

export class SyncSchedule {
  private readonly running = new Map<string, Promise<SyncResult>>();

  constructor(private readonly deps: ScheduleDeps) {}

  /** Syncs one subscription, or joins the sync of that pack already running. */
  run(sub: Subscription): Promise<SyncResult> {
    let job = this.running.get(sub.packId);
    if (!job) {
      job = this.deps.sync(sub).finally(() => this.running.delete(sub.packId));
      this.running.set(sub.packId, job);
    }
    return job;
  }

  /** Syncs the subscriptions that are due; at browser start also those not synced for twice their period. */
  async syncDue(startup: boolean): Promise<void> {
    const now = this.deps.now();
    for (const sub of await this.deps.list()) {
      const overdue = startup && (sub.lastSuccess ?? 0) < now - 2 * sub.periodHours * 3_600_000;
      if (overdue || now >= nextSyncAt(sub)) await this.run(sub).catch(() => undefined);
    }
  }

  /**
   * A subscription still 'updating' when a fresh worker starts had its sync cut off (the browser
   * stopped the worker mid-download or mid-import; the corpus kept the old revision). Neither the
   * alarm nor browser start would retry soon, so retry now, a few times; after that, the backoff.
   */
  async resumeInterrupted(): Promise<void> {
    const now = this.deps.now();
    for (const sub of await this.deps.list()) {
      if (sub.status === 'updating' && (sub.failures < RESUME_ATTEMPTS || now >= nextSyncAt(sub))) await this.run(sub).catch(() => undefined);
    }
  }

  /** Creates the periodic alarm unless it exists, its first ring 1 to 31 minutes away. */
  async ensureAlarm(): Promise<void> {
    if (await this.deps.alarms.get(SYNC_ALARM)) return;
    await this.deps.alarms.create(SYNC_ALARM, { delayInMinutes: 1 + this.deps.random() * ALARM_PERIOD_MINUTES, periodInMinutes: ALARM_PERIOD_MINUTES });
  }
}
