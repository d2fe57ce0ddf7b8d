import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');

async function attempt(script: string): Promise<{ code: number; stderr: string }> {
  try {
    await run(join(root, 'node_modules/.bin/tsx'), [script], { cwd: root, env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' } });
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

describe('without Chromium', () => {
  it.each(['scripts/start.ts', 'scripts/test.ts'])('%s stops with one line naming the install command', async (script) => {
    const { code, stderr } = await attempt(script);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'Chromium not found: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH)',
    ]);
  });
});
