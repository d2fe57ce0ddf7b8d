import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openCorpusDB } from '../lib/corpus/db.ts';
import { SYNC_ALARM, SyncSchedule } from '../lib/corpus/schedule.ts';
import { listSubscriptions, syncSubscription } from '../lib/corpus/sync.ts';
import { CorpusService } from '../lib/service.ts';
import type { TabMessage } from '../lib/messages.ts';
import { thresholdFor } from '../lib/settings.ts';
import { handleMessages } from '../utils/messaging.ts';
import { announceCorpusRevision, announceSubscriptionChange, loadSettings } from '../utils/settings.ts';

const MENU_ID = 'fact-compare-check-claim';

export default defineBackground({
  type: 'module',
  main() {
    const db = openCorpusDB();
    const service = new CorpusService(db, async () => {
      const res = await fetch(browser.runtime.getURL('/packs/default.json'));
      if (!res.ok) throw new Error(`default pack missing from the extension (HTTP ${res.status})`);
      return res.text();
    });
    // Install the seed corpus as soon as the worker starts, not on the first page.
    service
      .ensureReady()
      .then(async () => announceCorpusRevision((await service.status()).revision))
      .catch((e: unknown) => console.error('[fact-compare]', (e as Error).message));

    handleMessages({
      async screen(sample, sender) {
        if (sender.tab?.id === undefined) throw new Error('screen is only accepted from a tab');
        const settings = await loadSettings();
        return service.screen(sample, { threshold: thresholdFor(settings.sensitivity) });
      },
      async analyze(snapshot, sender) {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('analyze is only accepted from a tab');
        const settings = await loadSettings();
        const report = await service.analyze(snapshot, { threshold: thresholdFor(settings.sensitivity) });
        await setBadge(tabId, report.related ? report.reports.length : 0, report.summary.conflicts);
        return report;
      },
      async checkClaim({ text, articleDate }) {
        return service.checkClaim(text, articleDate);
      },
      async getDocument(ref) {
        return service.getDocument(ref);
      },
      async openReport({ packId, docId, start, end }) {
        const q = new URLSearchParams({ pack: packId, doc: docId, start: String(start), end: String(end) });
        await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?${q}`) });
        return null;
      },
      async dismiss({ claim, packId, docId }) {
        await service.dismiss(claim, { packId, docId });
        return null;
      },
      async corpusStatus() {
        return service.status();
      },
      async restoreDefaultPack() {
        const r = await service.restoreDefaultPack();
        await announceCorpusRevision((await service.status()).revision);
        return { revision: r.revision, documents: r.documents };
      },
      async syncNow({ packId }) {
        const sub = (await listSubscriptions(db)).find((s) => s.packId === packId);
        if (!sub) throw new Error('Not subscribed to that pack');
        const r = await schedule.run(sub);
        return { status: r.subscription.status, error: r.subscription.error, installed: r.installed };
      },
    });

    const schedule = new SyncSchedule({
      list: () => listSubscriptions(db),
      sync: async (sub) => {
        const r = await syncSubscription(db, sub, {
          fetch: (url, init) => fetch(url, { ...init, cache: 'no-cache' }),
          // The options page follows the sync from these notes rather than polling the database.
          onChange: () => void announceSubscriptionChange(),
        });
        if (r.installed !== null) await announceCorpusRevision((await service.status()).revision);
        return r;
      },
      now: () => Date.now(),
      random: Math.random,
      alarms: browser.alarms,
    });
    void schedule.ensureAlarm();
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void schedule.syncDue(false);
    });
    browser.runtime.onStartup.addListener(() => void schedule.syncDue(true));
    // After the seed install, so the two imports do not race.
    void service
      .ensureReady()
      .catch(() => undefined)
      .then(() => schedule.resumeInterrupted());

    // A new page in the tab: the old page's badge no longer applies.
    browser.tabs.onUpdated.addListener((tabId, info) => {
      if (info.status === 'loading') void setBadge(tabId, 0, 0);
    });

    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({ id: MENU_ID, title: 'Check claim with Fact Compare', contexts: ['selection'] });
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
      void toTab(tab.id, { type: 'checkSelection', payload: { text: info.selectionText ?? null } });
    });
    browser.commands.onCommand.addListener(async (command) => {
      if (command !== 'check-selection') return;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) void toTab(tab.id, { type: 'checkSelection', payload: { text: null } });
    });
  },
});

/** Sends to the tab's top frame, where the sidebar lives; pages without the content script just do not answer. */
async function toTab(tabId: number, message: TabMessage): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // Not a page the extension runs on (browser pages, the store).
  }
}

async function setBadge(tabId: number, count: number, conflicts: number): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: conflicts > 0 ? '#b42318' : '#3554d1' });
    await action.setTitle({
      tabId,
      title: count > 0 ? `Fact Compare: ${count} related report${count === 1 ? '' : 's'}${conflicts ? `, ${conflicts} conflicting claim${conflicts === 1 ? '' : 's'}` : ''}` : 'Fact Compare',
    });
  } catch {
    // The tab closed meanwhile.
  }
}
