import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyDirs, licenceAllowed, licences, renderNotice, shippedPackageDirs } from './collect.ts';

const root = join(import.meta.dirname, '../..');

describe('licences of what ships', { timeout: 180_000 }, () => {
  it('reads SPDX expressions: one allowed choice is enough, every part of a conjunction must be allowed', () => {
    expect(licenceAllowed('MIT')).toBe(true);
    expect(licenceAllowed('MPL-2.0')).toBe(true);
    expect(licenceAllowed('GPL-3.0')).toBe(false);
    expect(licenceAllowed('AGPL-3.0-or-later')).toBe(false);
    expect(licenceAllowed('(MIT OR GPL-2.0)')).toBe(true);
    expect(licenceAllowed('(MIT AND GPL-2.0)')).toBe(false);
    expect(licenceAllowed('UNKNOWN')).toBe(false);
  });

  it('every production dependency is under an allowed licence', async () => {
    const found = await licences(root, dependencyDirs(root));
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['dexie', 'preact', '@mozilla/readability', 'webextension-polyfill']));
    expect(found.filter((p) => !licenceAllowed(p.license)).map((p) => `${p.name}@${p.version}: ${p.license}`)).toEqual([]);
  });

  it('THIRD_PARTY_NOTICES.md names every package the build bundles, as npm run licenses writes it', async () => {
    const dirs = [...new Set([...shippedPackageDirs(root), ...dependencyDirs(root)])];
    const found = await licences(root, dirs);
    expect(found.filter((p) => !licenceAllowed(p.license))).toEqual([]);
    const committed = readFileSync(join(root, 'THIRD_PARTY_NOTICES.md'), 'utf8');
    expect(committed, 'run npm run licenses and commit THIRD_PARTY_NOTICES.md').toBe(renderNotice(found, readFileSync(join(import.meta.dirname, 'data.md'), 'utf8')));
  });
});
