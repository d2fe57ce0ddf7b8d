// web-ext lint on the Firefox build, failing on any error, notice or warning other than the six
// the README accepts (each traced to its source there): warnings fail it, new ones included.
//
// Usage: tsx scripts/lint-firefox.ts [BUILD_DIR]   (default .output/firefox-mv3)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface Finding {
  code: string;
  message: string;
  file?: string;
}

/** The accepted warnings: what they say, where they may be, and how many of each. */
export const ACCEPTED: { what: string; code: string; message: RegExp; file: RegExp; most: number }[] = [
  { what: 'Readability (innerHTML on its detached clone of the page)', code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe assignment to innerHTML/, file: /^analyzer\.js$/, most: 2 },
  { what: "Preact's dangerouslySetInnerHTML support", code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe assignment to innerHTML/, file: /^(sidebar\.js|chunks\/[\w.-]+\.js)$/, most: 2 },
  { what: "the dynamic imports of the extension's own bundles (entrypoints/content/bundles.ts)", code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe call to import/, file: /^(content-scripts\/content\.js|analyzer\.js|chunks\/[\w.-]+\.js)$/, most: 2 },
];

/** The findings not covered by {@link ACCEPTED}, as lines for the user. */
export function unaccepted(findings: { errors: Finding[]; notices: Finding[]; warnings: Finding[] }): string[] {
  const out = [...findings.errors, ...findings.notices].map((f) => `${f.code} ${f.file ?? ''}: ${f.message}`);
  const used = ACCEPTED.map(() => 0);
  for (const w of findings.warnings) {
    const i = ACCEPTED.findIndex((a, k) => a.code === w.code && a.message.test(w.message) && a.file.test(w.file ?? '') && used[k]! < a.most);
    if (i >= 0) used[i]!++;
    else out.push(`${w.code} ${w.file ?? ''}: ${w.message}`);
  }
  return out;
}

if (process.argv[1]?.endsWith('lint-firefox.ts')) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '..', '.output', 'firefox-mv3');
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], { encoding: 'utf8' });
  let findings: { errors: Finding[]; notices: Finding[]; warnings: Finding[]; summary: Record<string, number> };
  try {
    findings = JSON.parse(r.stdout);
  } catch {
    console.error(`web-ext lint gave no report:\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  const bad = unaccepted(findings);
  const { errors, notices, warnings } = findings.summary;
  console.log(`web-ext lint ${dir}: ${errors} errors, ${notices} notices, ${warnings} warnings; ${bad.length ? `${bad.length} not accepted` : 'every warning is one the README accepts'}`);
  for (const b of bad) console.error(`not accepted: ${b}`);
  process.exit(bad.length ? 1 : 0);
}
