// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../lib/messages.ts';

// The popup talks to the active tab; here the tab is a recording fake.
const tab = vi.hoisted(() => ({ id: 7 as number | undefined, replies: new Map<string, unknown>(), sent: [] as [number, string, unknown][], options: 0 }));
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: { query: async () => (tab.id === undefined ? [] : [{ id: tab.id }]) },
    runtime: { openOptionsPage: async () => void tab.options++ },
  },
}));
vi.mock('../utils/messaging.ts', () => ({
  sendToTab: async (id: number, type: string, payload: unknown) => {
    tab.sent.push([id, type, payload]);
    if (!tab.replies.has(type)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return tab.replies.get(type);
  },
}));
const { Popup } = await import('./Popup.tsx');

const status = (over: Partial<PageStatus>): PageStatus => ({ analysed: true, skipped: null, related: true, reports: 5, conflicts: 1, open: false, ...over });

beforeEach(() => {
  tab.id = 7;
  tab.replies.clear();
  tab.sent.length = 0;
  tab.options = 0;
  window.close = () => undefined;
});
afterEach(cleanup);

describe('the popup', () => {
  it('shows a related page’s reports and conflicts, and opens its sidebar', async () => {
    tab.replies.set('pageStatus', status({}));
    tab.replies.set('toggleSidebar', null);
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('popup-status').textContent).toBe('5 related reports · 1 conflicting claim'));
    fireEvent.click(screen.getByTestId('popup-toggle'));
    await waitFor(() => expect(tab.sent).toContainEqual([7, 'toggleSidebar', { open: true }]));
  });

  it('says why a page was skipped, and checks it on request', async () => {
    tab.replies.set('pageStatus', status({ analysed: false, related: false, skipped: 'screened-out', reports: 0, conflicts: 0 }));
    tab.replies.set('checkPage', status({ analysed: true, related: false, reports: 0, conflicts: 0 }));
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('popup-status').textContent).toBe('The opening of this page matches no report in your corpus.'));
    fireEvent.click(screen.getByTestId('popup-check'));
    await waitFor(() => expect(screen.getByTestId('popup-status').textContent).toBe('No report in your corpus covers this story.'));
    expect(screen.queryByTestId('popup-check')).toBeNull();
  });

  it('says it does not run on a page without the content script, and still opens the settings', async () => {
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('popup-status').textContent).toBe('Fact Compare does not run on this page.'));
    fireEvent.click(screen.getByTestId('popup-settings'));
    await waitFor(() => expect(tab.options).toBe(1));
  });
});
