import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openCorpusDB } from '../lib/corpus/db.ts';
import { CorpusService } from '../lib/corpus/service.ts';
import { handleMessages } from '../utils/messaging.ts';

export default defineBackground({
  type: 'module',
  main() {
    const service = new CorpusService(openCorpusDB(), async () => {
      const res = await fetch(browser.runtime.getURL('/packs/default.json'));
      if (!res.ok) throw new Error(`default pack missing from the extension (HTTP ${res.status})`);
      return res.text();
    });
    // Install the seed corpus as soon as the worker starts, not on the first page.
    service.ensureReady().catch((e: unknown) => console.error('[fact-compare]', (e as Error).message));

    handleMessages({
      async analyze(snapshot, sender) {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('analyze is only accepted from a tab');
        const report = await service.analyze(snapshot);
        await setBadge(tabId, report.related ? report.reports.length : 0);
        return report;
      },
      async corpusStatus() {
        return service.status();
      },
    });

    // A new page in the tab: the old page's badge no longer applies.
    browser.tabs.onUpdated.addListener((tabId, info) => {
      if (info.status === 'loading') void setBadge(tabId, 0);
    });
  },
});

async function setBadge(tabId: number, count: number): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#3554d1' });
  } catch {
    // The tab closed meanwhile.
  }
}
