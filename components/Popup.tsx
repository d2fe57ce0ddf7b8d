import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageStatus } from '../lib/messages.ts';
import { sendToTab } from '../utils/messaging.ts';

const SKIPPED: Record<NonNullable<PageStatus['skipped']>, string> = {
  'not-an-article': 'This page did not look like an article, so it was not checked.',
  'screened-out': 'The opening of this page matches no report in your corpus.',
  'detection-off': 'Automatic detection is off.',
  'site-disabled': 'Automatic detection is off for this site.',
};

/** The toolbar popup: the current tab's status and its actions. */
export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setUnavailable(true);
      setTabId(tab.id);
      try {
        setStatus(await sendToTab(tab.id, 'pageStatus', null));
      } catch {
        setUnavailable(true);
      }
    })();
  }, []);

  const checkPage = async () => {
    if (tabId === null) return;
    setBusy(true);
    try {
      setStatus(await sendToTab(tabId, 'checkPage', null));
    } finally {
      setBusy(false);
    }
  };
  const toggle = async (open: boolean) => {
    if (tabId === null) return;
    await sendToTab(tabId, 'toggleSidebar', { open });
    window.close();
  };

  return (
    <main class="popup">
      <h1>Fact Compare</h1>
      {unavailable ? (
        <p class="muted" data-testid="popup-status">Fact Compare does not run on this page.</p>
      ) : !status ? (
        <p class="muted">Checking this tab…</p>
      ) : (
        <>
          <p data-testid="popup-status" role="status">
            {status.related
              ? `${status.reports} related report${status.reports === 1 ? '' : 's'} · ${status.conflicts} conflicting claim${status.conflicts === 1 ? '' : 's'}`
              : status.analysed
                ? 'No report in your corpus covers this story.'
                : (status.skipped && SKIPPED[status.skipped]) || 'Not checked yet.'}
          </p>
          <div class="row">
            {status.analysed && status.related && (
              <button type="button" class="primary" data-testid="popup-toggle" onClick={() => void toggle(!status.open)}>
                {status.open ? 'Close the sidebar' : 'Open the sidebar'}
              </button>
            )}
            {!status.analysed && (
              <button type="button" class="primary" data-testid="popup-check" disabled={busy} onClick={() => void checkPage()}>
                {busy ? 'Checking…' : 'Check this page'}
              </button>
            )}
          </div>
        </>
      )}
      <p class="muted">
        Select a sentence and choose “Check claim” from the context menu (or press Alt+Shift+K) to check it on any page.
      </p>
      <p>
        <a href="#" data-testid="popup-settings" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); window.close(); }}>
          Settings
        </a>
      </p>
    </main>
  );
}
