// npm run licenses            regenerate THIRD_PARTY_NOTICES.md
// npm run licenses -- --check  fail when a shipped package's licence is not allowed or the notice is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALLOWED_LICENSES, dependencyDirs, licenceAllowed, licences, renderNotice, shippedPackageDirs } from './collect.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOTICE = join(ROOT, 'THIRD_PARTY_NOTICES.md');

async function main(): Promise<void> {
  const dirs = [...new Set([...shippedPackageDirs(ROOT), ...dependencyDirs(ROOT)])];
  const packages = await licences(ROOT, dirs);
  const refused = packages.filter((p) => !licenceAllowed(p.license));
  for (const p of refused) console.error(`${p.name}@${p.version}: licence ${p.license} is not on the allowed list (${ALLOWED_LICENSES.join(', ')})`);
  const notice = renderNotice(packages, readFileSync(join(import.meta.dirname, 'data.md'), 'utf8'));
  if (process.argv.includes('--check')) {
    const stale = readFileSync(NOTICE, 'utf8') !== notice;
    if (stale) console.error('THIRD_PARTY_NOTICES.md is not current: run npm run licenses');
    if (refused.length || stale) process.exit(1);
    console.log(`${packages.length} shipped packages, all under allowed licences; THIRD_PARTY_NOTICES.md is current`);
    return;
  }
  writeFileSync(NOTICE, notice);
  console.log(`wrote ${NOTICE}: ${packages.length} packages`);
  if (refused.length) process.exit(1);
}

await main();
