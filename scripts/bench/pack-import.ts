// npm run bench:packs -- [FNC_DIR] [DOCS]
// Imports a generated pack of DOCS news reports (FNC-1 bodies, cycled with
// numbered variants) through the options page of the built extension in
// Chromium, then applies a delta that changes 100 reports. Prints documents
// per second and the delta time, each the median of 3 runs in fresh profiles.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { diffPacks } from '../../lib/packs/delta.ts';
import type { Pack, PackDocument } from '../../lib/packs/format.ts';
import { launchWithExtension, requireChromium } from '../browser.ts';

requireChromium();
const fncDir = process.argv[2] ?? '../shared/datasets/fnc-1';
const count = Number(process.argv[3] ?? 10_000);
const bodies: { articleBody: string }[] = parse(readFileSync(join(fncDir, 'train_bodies.csv'), 'utf8'), { columns: true });
const documents: PackDocument[] = Array.from({ length: count }, (_, i) => ({
  id: `doc-${i}`,
  url: `https://news.example/${i}`,
  title: `Report ${i}`,
  outlet: `Outlet ${i % 50}`,
  author: null,
  published: '2025-12-01',
  language: 'en',
  text: `${bodies[i % bodies.length]!.articleBody}\nEdition ${Math.floor(i / bodies.length)}.`,
  sources: ['Example Agency'],
}));
const base = { format: 'fact-compare-pack', formatVersion: 1, id: 'bench', title: 'Bench', publisher: 'Bench', created: '2026-01-01', expires: null } as const;
const r1: Pack = { ...base, revision: 1, documents };
const r2: Pack = { ...base, revision: 2, documents: documents.map((d, i) => (i < 100 ? { ...d, text: `${d.text}\nCorrected.` } : d)) };
const dir = mkdtempSync(join(tmpdir(), 'bench-packs-'));
writeFileSync(join(dir, 'r1.json'), JSON.stringify(r1));
writeFileSync(join(dir, 'delta.json'), JSON.stringify(diffPacks(r1, r2)));
const textMB = documents.reduce((n, d) => n + d.text.length, 0) / 1e6;
console.log(`pack: ${count} documents, ${textMB.toFixed(1)} MB of text`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const imports: number[] = [];
const deltas: number[] = [];
for (let run = 0; run < 3; run++) {
  const browser = await launchWithExtension(join(import.meta.dirname, '../../.output/chrome-mv3'));
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('pack-row').first().waitFor({ timeout: 30_000 });
    const status = page.getByTestId('import-status');
    let t = performance.now();
    await page.getByTestId('import-file').setInputFiles(join(dir, 'r1.json'));
    await status.getByText(/Installed|not changed/).waitFor({ timeout: 600_000 });
    imports.push(performance.now() - t);
    t = performance.now();
    await page.getByTestId('import-file').setInputFiles(join(dir, 'delta.json'));
    await status.getByText(/Updated|not changed/).waitFor({ timeout: 600_000 });
    deltas.push(performance.now() - t);
    console.log(`run ${run + 1}: import ${(imports.at(-1)! / 1000).toFixed(2)} s, delta ${(deltas.at(-1)! / 1000).toFixed(2)} s — ${(await status.innerText()).trim()}`);
  } finally {
    await browser.close();
  }
}
console.log(`import: median ${(median(imports) / 1000).toFixed(2)} s = ${Math.round(count / (median(imports) / 1000))} documents/s (file read, validation, indexing, one transaction)`);
console.log(`delta changing 100 documents: median ${(median(deltas) / 1000).toFixed(2)} s`);
