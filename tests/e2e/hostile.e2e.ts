// Hostile pages and hostile corpus content: the extension keeps working and
// never changes what the page does. One browser for the whole file (2 cores).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../scripts/browser.ts';
import { EXTENSION_DIR, ROOT, serveGenerated, startHarness, watch, type Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The page's own <html> (the sidebar's shadow root holds an <html> element too). */
const pageRoot = (page: Page) => page.locator('html[lang]');

/** Names of the extension's user-timing marks recorded so far in the page (read without Array methods the page may have replaced). */
async function marks(page: Page | Frame): Promise<string> {
  return page.evaluate(() => {
    const list = performance.getEntriesByType('mark');
    let names = '';
    for (let i = 0; i < list.length; i++) if (list[i]!.name.startsWith('fact-compare:')) names += `${list[i]!.name} `;
    return names.trim();
  });
}

describe('a page that replaces built-ins', () => {
  it('still gets the pill and the sidebar with reports, and its own scripts keep their replacements', async () => {
    const page = await h.open('pages/hostile-globals.html');
    const seen = watch(page);
    // The page's replacements are in place before the extension runs...
    expect(await pageRoot(page).getAttribute('data-self-check')).toBe('ok');
    // ...and the extension works regardless: its content script lives in an isolated world.
    await h.openSidebar(page);
    expect(await page.getByTestId('claim').count()).toBeGreaterThanOrEqual(3);
    await page.getByTestId('tab-reports').click();
    expect(await page.getByTestId('report').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('report').first().locator('.fc-card-title').innerText()).toMatch(/Russia|Venezuela/);
    expect(await marks(page)).toMatch(/fact-compare:ready/);
    // The page still sees its own (lying and throwing) functions, on a timer and on a click.
    const ticks = Number(await pageRoot(page).getAttribute('data-ticks'));
    await expect.poll(async () => Number(await pageRoot(page).getAttribute('data-ticks'))).toBeGreaterThan(ticks);
    expect(await pageRoot(page).getAttribute('data-self-check')).toBe('ok');
    await page.locator('#page-button').click();
    expect(await page.locator('#page-button').innerText()).toBe('Checked: ok');
    // No error anywhere in the page, by the page's own window.onerror or the browser's.
    expect(await pageRoot(page).getAttribute('data-page-errors')).toBeNull();
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  });
});

describe('CSS aimed at the sidebar', () => {
  it('leaves the pill and the sidebar visible and usable above a top-most overlay', async () => {
    const page = await h.open('pages/hostile-css.html');
    const seen = watch(page);
    // The sidebar opens by itself on a site where the reader left it open (earlier tests did): collapse it.
    await page.locator('[data-testid="pill"], [data-testid="sidebar"]').first().waitFor({ timeout: 20_000 });
    if (await page.getByTestId('sidebar').count()) await page.getByTestId('close').click();
    const pill = page.getByTestId('pill');
    await pill.waitFor();
    // The host is the last child of <html>, which the page hides with !important; it still lays out.
    const host = await page.locator('fact-compare-sidebar').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { last: el === document.documentElement.lastElementChild, display: cs.display, visibility: cs.visibility, pointerEvents: cs.pointerEvents, zoom: cs.zoom, contentVisibility: cs.contentVisibility };
    });
    expect(host).toEqual({ last: true, display: 'inline', visibility: 'visible', pointerEvents: 'auto', zoom: '1', contentVisibility: 'visible' });
    // The pill is what a click at its position reaches, not the page's overlay at z-index 2147483647.
    const box = (await pill.boundingBox())!;
    expect(box.width).toBeGreaterThan(60);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(hit).toBe('FACT-COMPARE-SIDEBAR');
    await pill.click();
    const panel = page.getByTestId('sidebar');
    await panel.waitFor();
    // Fully on screen at the right edge once its slide-in animation ends.
    await expect.poll(async () => {
      const b = (await panel.boundingBox())!;
      return { width: b.width, right: Math.round(b.x + b.width) };
    }).toEqual({ width: 400, right: 1280 });
    // The sidebar's own styles apply (the page's `* { all: unset }` does not reach into the shadow root).
    expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    // Nor do the page's own values for the sidebar's colour variables: the text stays readable.
    const colours = await panel.evaluate((el) => ({ fg: getComputedStyle(el).color, bg: getComputedStyle(el).backgroundColor }));
    expect(colours.fg).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(colours.bg).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(await page.getByTestId('claim').count()).toBeGreaterThanOrEqual(3);
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('report').first().waitFor();
    expect(await page.getByTestId('report').first().isVisible()).toBe(true);
    // Clicks on the sidebar never reached the page's overlay; clicks beside the sidebar still do.
    expect(await page.locator('#overlay').getAttribute('data-clicks')).toBe('0');
    await page.mouse.click(200, 300);
    expect(await page.locator('#overlay').getAttribute('data-clicks')).toBe('1');
    expect(seen.errors).toEqual([]);
  });
});

describe('a corpus pack with hostile content', () => {
  // Would set a global and a DOM attribute (seen from every world) and open a dialog, wherever it ran.
  const PAYLOAD = "window.__pwned=1;document.documentElement.setAttribute('data-pwned','1');alert('pwned')";
  const IMG = `<img src=x onerror="${PAYLOAD}">`;
  const SCRIPT = `<script>${PAYLOAD}</script>`;
  const JS_URL = `javascript:${PAYLOAD}`;
  const doc = {
    id: 'hostile-1',
    url: JS_URL,
    title: `Russia evacuates diplomats’ families ${IMG} from Venezuela ${SCRIPT}`,
    outlet: `<b onmouseover="${PAYLOAD}">Evil Wire</b>${SCRIPT}`,
    author: `<svg onload="${PAYLOAD}">`,
    published: '2025-12-22',
    language: 'en',
    text:
      `Russia has begun evacuating the families of its diplomats from Venezuela ${IMG}, a European intelligence official told The Associated Press. ` +
      `The departures began on Friday, and the first to leave were women and children of Russian Embassy staff in Caracas ${SCRIPT}. ` +
      `The official said Russian Foreign Ministry officials regard the situation in Venezuela as "very grim." <a href="${JS_URL}">Read the cable</a>. ` +
      `On Monday, witnesses saw more than 10 vehicles with diplomatic license plates gather in the courtyard of the Russian Embassy in Caracas and leave in a convoy ${IMG}. ` +
      // A full report of the story, so it is related at any calibrated threshold.
      `Moscow denied the reports: Foreign Ministry spokeswoman Maria Zakharova told the public to be vigilant and not to fall for Western provocations ${SCRIPT}. ` +
      `Venezuela's foreign minister, Yván Gil, said he had spoken with Sergey Lavrov, who promised Russia's continued support ${IMG}. ` +
      `The evacuation comes as Washington seizes oil tankers in the Caribbean and Trump declares a blockade of Venezuela ${SCRIPT}.`,
    sources: [`<a href="${JS_URL}">Associated Press</a>`, JS_URL, `${IMG} Witnesses in Caracas`],
  };
  const pack = {
    format: 'fact-compare-pack',
    formatVersion: 1,
    id: 'hostile-wire',
    title: `Hostile Wire ${IMG}`,
    publisher: `<i>Evil</i> ${SCRIPT}`,
    revision: 1,
    created: '2026-01-01T00:00:00Z',
    expires: null,
    documents: [doc],
  };

  /** Nothing of the payload ran in `page`, and its markup made no element. */
  async function clean(page: Page, seen: { dialogs: string[] }): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-pwned'))).toBeNull();
    expect(seen.dialogs).toEqual([]);
    // Anywhere in the document, shadow roots included: no element made from the payload, no javascript: link.
    expect(await page.locator('img[src="x"], svg[onload], b[onmouseover], a[href^="javascript:" i]').count()).toBe(0);
  }

  it('shows its markup as text in the options page, the sidebar and the reader page, runs none of it and links nothing to javascript:', async () => {
    const options = await h.browser.context.newPage();
    const optionsSeen = watch(options);
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await options.getByTestId('pack-row').first().waitFor({ timeout: 20_000 });
    const file = join(mkdtempSync(join(tmpdir(), 'fact-compare-hostile-')), 'hostile.json');
    writeFileSync(file, JSON.stringify(pack));
    await options.getByTestId('import-file').setInputFiles(file);
    const status = options.getByTestId('import-status');
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/Installed/);
    expect(await status.innerText()).toContain(`Hostile Wire ${IMG}`);
    const row = options.locator('[data-pack-id="hostile-wire"]');
    expect(await row.innerText()).toContain(IMG);
    expect(await row.innerText()).toContain(SCRIPT);
    await clean(options, optionsSeen);

    const page = await h.open('pages/demo-russia-evacuation.html');
    const seen = watch(page);
    await h.openSidebar(page);
    await page.getByTestId('tab-reports').click();
    const card = page.locator('[data-testid="report"][data-doc-id="hostile-1"]');
    await card.waitFor({ timeout: 20_000 });
    expect(await card.locator('.fc-card-title').innerText()).toBe(doc.title);
    expect(await card.locator('.fc-outlet').innerText()).toBe(doc.outlet);
    expect(await card.locator('.fc-sources').innerText()).toContain(doc.sources[0]);
    expect(await card.locator('.fc-passage').innerText()).toMatch(/[<>]/);
    await page.getByTestId('tab-claims').click();
    const evidence = page.locator('[data-testid="evidence"][data-doc-id="hostile-1"]').first();
    await evidence.waitFor();
    await evidence.hover();
    await clean(page, seen);
    expect(seen.errors).toEqual([]);

    const [reader] = await Promise.all([h.browser.context.waitForEvent('page'), evidence.getByTestId('open-report').click()]);
    const readerSeen = watch(reader);
    await reader.getByTestId('report-text').waitFor({ timeout: 20_000 });
    expect(await reader.locator('h1').innerText()).toBe(doc.title);
    expect(await reader.getByTestId('report-text').innerText()).toBe(doc.text);
    expect(await reader.locator('main').innerText()).toContain(doc.outlet);
    expect(await reader.locator('main').innerText()).toContain(doc.author);
    // The javascript: URL is shown, as text, never as a link.
    expect(await reader.locator('main').innerText()).toContain(JS_URL);
    expect(await reader.locator('a').count()).toBe(0);
    await reader.getByTestId('report-url').click();
    await clean(reader, readerSeen);
    expect(await reader.title()).toBe(`${doc.title} — Fact Compare`);
    await reader.close();
    await options.close();
  });
});

/**
 * Long tasks overlapping the extension's work on this page: from fact-compare:start to its last mark
 * (fact-compare:highlighted once the claims are highlighted), plus the rendering that follows it.
 */
interface LongTasks {
  tasks: { start: number; duration: number }[];
  work: { start: number; end: number } | null;
}
async function longTasks(page: Page): Promise<LongTasks> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    const ours = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('fact-compare:'));
    const start = ours.find((m) => m.name === 'fact-compare:start');
    const end = ours.reduce((t, m) => Math.max(t, m.startTime), 0);
    // Style and layout our last step triggers run in the frame after it.
    return { tasks: w.__longTasks, work: start ? { start: start.startTime, end: end + 100 } : null };
  });
}
/**
 * Long tasks of at least `min` ms overlapping our work. The tests guard against gross stalls (a
 * whole-page walk or restyle takes hundreds of milliseconds on these pages); the 50 ms target itself is
 * measured by `npm run bench`, since this shared machine stretches ordinary tasks past 50 ms.
 */
const LONG_TASK_GUARD_MS = 120;
const overlapping = (r: LongTasks, min = LONG_TASK_GUARD_MS) =>
  r.tasks.filter((t) => t.duration >= min && r.work && t.start < r.work.end && t.start + t.duration > r.work.start);

/** Records the page's long tasks from its first script on, as a page measuring itself would. */
const LONGTASK_SCRIPT = `<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
</script>`;

async function setAutoDetect(on: boolean): Promise<void> {
  await h.browser.worker.evaluate(async (on) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const got = (await api.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
    await api.storage.local.set({ settings: { version: 1, disabledSites: [], sensitivity: 'balanced', ...got, autoDetect: on } });
  }, on);
}

describe('big and busy pages', () => {
  const article = readFileSync(join(ROOT, 'tests/fixtures/pages/hostile-css.html'), 'utf8').replace(/<style>[\s\S]*?<\/style>/, '').replace(/<div id="overlay"[\s\S]*?<\/div>/, '');
  const withHead = (extra: string, body: string) => article.replace('</head>', `${LONGTASK_SCRIPT}${extra}</head>`).replace('</body>', `${body}</body>`);
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  /** Opens `html` with the extension off (baseline), then on; returns both long-task records. */
  async function measure(html: string, name: string): Promise<{ off: LongTasks; on: LongTasks; page: Page; seen: ReturnType<typeof watch> }> {
    const { url, server } = await serveGenerated(name, html);
    servers.push(server);
    await setAutoDetect(false);
    let off: LongTasks;
    try {
      const page = await h.open(url);
      await page.waitForTimeout(1500);
      off = await longTasks(page);
    } finally {
      await setAutoDetect(true);
    }
    const page = await h.open(url);
    const seen = watch(page);
    await page.waitForFunction(() => performance.getEntriesByName('fact-compare:ready').length > 0, null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    return { off, on: await longTasks(page), page, seen };
  }

  let bigPage: LongTasks | null = null;
  it('a 50,000-element page gets its sidebar and keeps working', async () => {
    const comments = '<li><b>Reader</b> <i>wrote</i> <span>a comment</span></li>'.repeat(12_500);
    const html = withHead('', `<section id="comments"><ul>${comments}</ul></section><button id="b" onclick="this.textContent='clicked'">b</button>`);
    const { off, on, page, seen } = await measure(html, 'nodes-50k.html');
    bigPage = on;
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
    console.log('50k elements: long tasks without the extension', off.tasks, 'with', on.tasks, 'extension marks', await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`)));
    expect(off.work).not.toBeNull(); // the baseline ran the content script too, which stopped at the settings
    await h.openSidebar(page);
    expect(await page.getByTestId('claim').count()).toBeGreaterThanOrEqual(3);
    await page.locator('#b').click();
    expect(await page.locator('#b').innerText()).toBe('clicked');
    expect(seen.errors).toEqual([]);
  });

  // This caught two real bugs: the highlights' search walked all 50,000 elements in one task (80–130 ms),
  // and the highlight stylesheet restyled the whole page in one task (200–560 ms). The search now runs in
  // slices of a few milliseconds, and pages this large get no highlight colours.
  it('a 50,000-element page has no long task during the extension’s work', () => {
    expect(bigPage).not.toBeNull();
    expect(overlapping(bigPage!)).toEqual([]);
  });

  it('a page that changes its DOM every few milliseconds gets its sidebar and keeps changing', async () => {
    // A ticker outside the article and a live counter inside it, as live blogs and tickers do.
    const script = `<script>
      let n = 0;
      setInterval(() => {
        n++;
        document.getElementById('live').textContent = String(n);
        const list = document.getElementById('ticker');
        const li = document.createElement('li');
        li.textContent = 'Update ' + n;
        list.prepend(li);
        if (list.children.length > 50) list.lastElementChild.remove();
        document.documentElement.dataset.ticks = String(n);
      }, 4);
    </script>`;
    const html = withHead('', `<p>Live: <span id="live">0</span></p><ul id="ticker"></ul>${script}`).replace('<p>Russia is thinning', '<p><span id="inline-live"></span>Russia is thinning');
    const { on, page, seen } = await measure(html, 'mutating.html');
    console.log('mutating page: long tasks with the extension', on.tasks, 'extension work', on.work);
    expect(overlapping(on)).toEqual([]);
    const ticks = Number(await pageRoot(page).getAttribute('data-ticks'));
    await h.openSidebar(page);
    expect(await page.getByTestId('claim').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => Number(await pageRoot(page).getAttribute('data-ticks'))).toBeGreaterThan(ticks + 20);
    expect(await page.locator('fact-compare-sidebar').count()).toBe(1);
    expect(seen.errors).toEqual([]);
  });
});

describe('frames', () => {
  let other: { server: Server; origin: string };
  beforeAll(async () => {
    // A second origin: the same fixtures on another port.
    other = await serveDirectory(join(ROOT, 'tests', 'fixtures'));
  });
  afterAll(() => other?.server.close());

  it('the manifest keeps the content script to top frames', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { all_frames?: boolean }[] };
    expect(manifest.content_scripts.map((c) => c.all_frames ?? false)).toEqual([false]);
  });

  it('a related article with same-origin, cross-origin and many frames gets one sidebar, in the top frame, about itself', async () => {
    const srcs = ['/pages/related-conflict-number.html', `${other.origin}/pages/related-conflict-date.html`];
    const page = await h.open(`pages/hostile-frames.html?${srcs.map((s) => `src=${encodeURIComponent(s)}`).join('&')}&many=12`);
    const seen = watch(page);
    await page.waitForFunction(() => document.documentElement.dataset.framesLoaded === '14', null, { timeout: 20_000 });
    await h.openSidebar(page);
    expect(await page.locator('fact-compare-sidebar').count()).toBe(1);
    // The framed articles conflict with the corpus; the top one agrees. Had they been read, conflicts would show.
    const summary = await page.getByTestId('summary').innerText();
    expect(summary).toMatch(/claims? checked: .*corroborated/);
    expect(summary).not.toMatch(/in conflict/);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.length).toBe(14);
    expect(frames.some((f) => f.url().startsWith(other.origin))).toBe(true);
    for (const f of frames) {
      expect(await f.locator('fact-compare-sidebar').count()).toBe(0);
      expect(await marks(f)).toBe('');
    }
    // The top page still works: its own button, after all that.
    await page.locator('#top-button').click();
    expect(await page.locator('#top-button').innerText()).toBe('clicked');
    expect(await h.badges()).toHaveLength(1);
    expect(seen.errors).toEqual([]);
  });

  it('an article only inside a frame gets no sidebar anywhere and no badge', async () => {
    const page = await h.open(`pages/hostile-frames.html?shell=1&src=${encodeURIComponent(`${other.origin}/pages/demo-russia-evacuation.html`)}&src=${encodeURIComponent('/pages/related-agree.html')}`);
    const seen = watch(page);
    await page.waitForFunction(() => document.documentElement.dataset.framesLoaded === '2', null, { timeout: 20_000 });
    // The top frame is not an article: the content script stops at its gate, and frames have none.
    expect(await h.analysed(page.url(), 1500)).toBe(false);
    for (const f of page.frames()) expect(await f.locator('fact-compare-sidebar').count()).toBe(0);
    expect(await h.badges()).toEqual([]);
    await page.locator('#top-button').click();
    expect(await page.locator('#top-button').innerText()).toBe('clicked');
    expect(seen.errors).toEqual([]);
  });
});

describe('history', () => {
  it('ten URL changes within a second end with one sidebar showing the final article’s report', async () => {
    const page = await h.open('pages/hostile-history.html');
    const seen = watch(page);
    await page.locator('#burst').click();
    await page.waitForFunction(() => document.documentElement.dataset.burst === 'done', null, { timeout: 10_000 });
    expect(page.url()).toMatch(/\?story=10$/);
    expect(Number(await pageRoot(page).getAttribute('data-burst-ms'))).toBeLessThan(1000);
    // The final article conflicts with the corpus (8 warships against 11): its report, not an earlier one's.
    expect(await h.analysed(page.url(), 20_000)).toBe(true);
    // Let any late reset or mount from the burst land before counting.
    await page.waitForTimeout(1500);
    await h.openSidebar(page);
    await expect.poll(() => page.getByTestId('summary').innerText(), { timeout: 20_000 }).toMatch(/[1-9]\d* in conflict/);
    await page.getByTestId('claim').filter({ hasText: '8 warships' }).first().waitFor();
    expect(await page.locator('fact-compare-sidebar').count()).toBe(1);
    // The page counted hosts on every DOM change: never two at once.
    expect(await pageRoot(page).getAttribute('data-max-hosts')).toBe('1');
    expect(seen.errors).toEqual([]);
  });
});
