/**
 * What the extension ships and under which licences: the npm packages whose
 * code is in the built bundles (read from the build's module graph, so a
 * build-time tool is never listed and a runtime helper of one is), with the
 * closure of package.json "dependencies", their licences as
 * license-checker-rseidelsohn reads them, and the allowed-licence check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as checker from 'license-checker-rseidelsohn';

/** Licences a shipped package may have: permissive or weak (file-level) copyleft, compatible with MIT. */
export const ALLOWED_LICENSES = ['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'MPL-2.0', '0BSD', 'CC0-1.0', 'Unlicense', 'BlueOak-1.0.0', 'Zlib'];

export interface PackageLicence {
  name: string;
  version: string;
  /** SPDX expression as the package states it. */
  license: string;
  repository: string | null;
  publisher: string | null;
  /** The package's licence text, when it ships a licence file. */
  text: string | null;
}

/** True when an SPDX expression is satisfied by allowed licences ("(MIT OR GPL-2.0)" is; "(MIT AND GPL-2.0)" is not). */
export function licenceAllowed(expression: string, allowed: readonly string[] = ALLOWED_LICENSES): boolean {
  const e = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/ OR /i.test(e)) return e.split(/ OR /i).some((part) => licenceAllowed(part, allowed));
  if (/ AND /i.test(e)) return e.split(/ AND /i).every((part) => licenceAllowed(part, allowed));
  return allowed.includes(e.replace(/[()]/g, '').trim());
}

/** The package directories whose modules a fresh Chrome build of `root` bundles. */
export function shippedPackageDirs(root: string): string[] {
  const out = mkdtempSync(join(tmpdir(), 'fact-compare-licences-'));
  try {
    const stats = join(out, 'stats.json');
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, FC_OUT_DIR: out, FC_ANALYSIS: stats, FC_BENCH: '' }, encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(stats)) throw new Error(`the build for the licence list failed:\n${(r.stdout + r.stderr).split('\n').slice(-20).join('\n')}`);
    const data = JSON.parse(readFileSync(stats, 'utf8')) as { nodeMetas: Record<string, { id: string }> };
    const dirs = new Set<string>();
    for (const { id } of Object.values(data.nodeMetas)) {
      const m = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.replace(/^\0/, ''));
      // Ids are relative to the project root ("/node_modules/dexie/…"), or absolute for files outside it.
      if (m) dirs.add(existsSync(join(root, m[1]!, 'package.json')) ? join(root, m[1]!) : m[1]!);
    }
    return [...dirs].sort();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Directories of package.json "dependencies" and their own dependencies, recursively (peer dependencies left out). */
export function dependencyDirs(root: string): string[] {
  const seen = new Set<string>();
  const visit = (from: string, name: string): void => {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) {
        if (seen.has(candidate)) return;
        seen.add(candidate);
        const pkg = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
        for (const dep of Object.keys(pkg.dependencies ?? {})) visit(candidate, dep);
        return;
      }
      if (dirname(dir) === dir) throw new Error(`${name} (needed from ${from}) is not installed: run npm install`);
    }
  };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies ?? {})) visit(root, dep);
  return [...seen].sort();
}

/** Licence facts of the packages in `dirs`, by name and version, sorted. */
export async function licences(root: string, dirs: readonly string[]): Promise<PackageLicence[]> {
  const all = await new Promise<Record<string, { licenses?: string | string[]; repository?: string; publisher?: string; licenseFile?: string; path?: string }>>((ok, fail) =>
    checker.init({ start: root }, (err: Error | undefined, packages) => (err ? fail(err) : ok(packages as never))),
  );
  const byPath = new Map(Object.entries(all).map(([key, info]) => [info.path, { key, info }]));
  const out: PackageLicence[] = [];
  for (const dir of new Set(dirs)) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const found = byPath.get(dir)?.info;
    const license = found?.licenses ? [found.licenses].flat().join(' OR ') : (pkg.license ?? 'UNKNOWN');
    const file = found?.licenseFile && /^(licen[cs]e|copying|notice)/i.test(basename(found.licenseFile)) ? found.licenseFile : null;
    out.push({
      name: pkg.name,
      version: pkg.version,
      license,
      repository: found?.repository ?? null,
      publisher: found?.publisher ?? null,
      text: file ? readFileSync(file, 'utf8').trim() : null,
    });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
}

/** The notice: the shipped packages with their licences and licence texts, then the data. */
export function renderNotice(packages: readonly PackageLicence[], data: string): string {
  const rows = packages.map((p) => `| ${p.name} | ${p.version} | ${p.license} | ${p.repository ?? ''} |`);
  const texts = packages.map((p) => `### ${p.name} ${p.version} (${p.license})\n\n${p.text ? `\`\`\`text\n${p.text.replace(/```/g, "'''")}\n\`\`\`` : `No licence file in the package; its package.json states ${p.license}.`}`);
  return [
    '# Third-party notices',
    '',
    'Generated by `npm run licenses` from the installed packages (license-checker-rseidelsohn) and the',
    "build's module graph; do not edit by hand. Fact Compare itself is under the MIT licence (LICENSE).",
    '',
    '## Code in the extension',
    '',
    'npm packages whose code is bundled into the extension, or that the extension depends on at run time:',
    '',
    '| package | version | licence | repository |',
    '|---|---|---|---|',
    ...rows,
    '',
    data.trim(),
    '',
    '## Licence texts',
    '',
    ...texts.flatMap((t) => [t, '']),
  ].join('\n');
}

