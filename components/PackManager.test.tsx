// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The options page's pack manager against a real corpus database (fake-indexeddb): the extension
// APIs around it are fakes, indexing runs in this thread.
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (p: string) => `chrome-extension://test${p}` } } }));
vi.mock('../utils/settings.ts', () => ({ announceCorpusRevision: async () => undefined, onCorpusRevision: () => () => undefined, onSubscriptionChange: () => () => undefined }));
vi.mock('../utils/index-lanes.ts', () => ({ workerLanes: () => ({ lanes: [], close: () => undefined }) }));
vi.mock('../utils/messaging.ts', () => ({ send: async () => null }));
vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ id: 'seed-venezuela-russia' })));
const { PackManager } = await import('./PackManager.tsx');

const ROOT = join(import.meta.dirname, '..');
const seed = readFileSync(join(ROOT, 'tests/fixtures/formats/pack-v1-seed.json'), 'utf8');

afterEach(cleanup);

function choose(name: string, text: string): void {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('the pack manager', () => {
  it('installs a pack file, lists it, and disables and enables it', async () => {
    render(<PackManager />);
    choose('seed.json', seed);
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toMatch(/Installed “Seed corpus: Russia, the U\.S\. and Venezuela” revision 1 \(5 reports\)/), { timeout: 10_000 });
    const row = await screen.findByTestId('pack-row');
    expect(within(row).getByTestId('pack-revision').textContent).toBe('1');
    fireEvent.click(within(row).getByText('Disable'));
    await waitFor(() => expect(within(screen.getByTestId('pack-row')).getByText(/disabled/)).toBeTruthy());
    fireEvent.click(within(screen.getByTestId('pack-row')).getByText('Enable'));
    await waitFor(() => expect(within(screen.getByTestId('pack-row')).queryByText(/disabled/)).toBeNull());
  });

  it('refuses a broken file with the reason and keeps the corpus as it was', async () => {
    render(<PackManager />);
    choose('broken.json', seed.slice(0, 300));
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toMatch(/broken\.json is not valid JSON .*it may be truncated\. The corpus in use was not changed\./), { timeout: 10_000 });
  });
});
