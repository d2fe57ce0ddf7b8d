// The built extension's manifest and code, as a store reviewer would read them: the fewest
// permissions, a strict policy for extension pages, and no code built from strings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support.ts';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: { matches: string[]; all_frames?: boolean; js: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
};

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith('.js') ? [path] : [];
  });
}

describe('the built extension', () => {
  it('asks for the permissions the README explains, and no host permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'contextMenus', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // One content script, top frames only.
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts![0]!.all_frames ?? false).toBe(false);
    // Only the two bundles the content script imports on demand are reachable from pages.
    expect(manifest.web_accessible_resources?.flatMap((r) => r.resources).sort()).toEqual(['analyzer.js', 'sidebar.js']);
  });

  it('gives extension pages a strict content security policy', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval/);
  });

  it('contains no eval, no code built from strings and no remote scripts', () => {
    const files = scripts(EXTENSION_DIR);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const name = relative(EXTENSION_DIR, file);
      expect(code, name).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
      expect(code, name).not.toMatch(/import\s*\(\s*["'`]https?:|importScripts\s*\(\s*["'`]https?:/);
    }
  });
});
