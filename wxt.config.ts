import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { writeSeedPack } from './scripts/seed-pack.ts';

// `npm run bench` builds twice, each into its own output directory so the
// normal one is never overwritten: FC_BENCH=1 adds the bench page (which
// must never ship to users); FC_BENCH=shipped is the normal build, for bundle
// sizes (the bench page shares chunks with the background, so sizes from the
// bench build would not be the shipped ones).
const BENCH = process.env.FC_BENCH === '1';
const BENCH_OUT = BENCH ? '.output/bench' : process.env.FC_BENCH === 'shipped' ? '.output/bench-shipped' : null;
// FC_OUT_DIR builds elsewhere too, so that parallel test runs never overwrite each other's build.
const OUT_DIR = process.env.FC_OUT_DIR || BENCH_OUT;

// WXT 0.20.x rather than 0.21: 0.20 declares Node >= 20.12, which is what
// this project's machines (and many users) have; 0.21 requires Node 22.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for Firefox too (WXT's default there is MV2). Measured with the Firefox suites and the
  // demo article: both pass every test, web-ext lint gives the same findings, and the sidebar is ready
  // as fast (warm median 281–300 ms MV3, 309–325 ms MV2, p95 about 900 ms both, this machine). MV3 gives
  // Firefox the lifecycle Chromium has (an event page that may stop; the fault tests cover it), one
  // manifest to review, and per-site host permissions users can withdraw. It needs Firefox 127+ (host
  // permissions granted at install); the build asks for 140, the current ESR.
  manifestVersion: 3,
  // Explicit imports: every file shows what it uses.
  imports: false,
  ...(OUT_DIR ? { outDir: OUT_DIR } : {}),
  // `npm run licenses` lists the modules each bundle holds (rollup-plugin-visualizer's raw data).
  ...(process.env.FC_ANALYSIS ? { analysis: { enabled: true, template: 'raw-data' as const, outputFile: process.env.FC_ANALYSIS } } : {}),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    // The default corpus pack is generated from seeds/ on every build and dev run.
    'build:before': async (wxt) => {
      await writeSeedPack(wxt.config.root);
    },
    // The licence and the third-party notice travel with every build (stores and distributions ask for them).
    'build:publicAssets': (wxt, files) => {
      for (const name of ['LICENSE', 'THIRD_PARTY_NOTICES.md']) files.push({ absoluteSrc: resolve(wxt.config.root, name), relativeDest: name });
    },
    // Drop the bench page before WXT loads it, so normal builds neither bundle
    // it nor warn about a skipped entrypoint. In place: WXT keeps this array.
    'entrypoints:found': (_wxt, infos) => {
      if (BENCH) return;
      for (let i = infos.length - 1; i >= 0; i--) if (infos[i]!.name === 'bench') infos.splice(i, 1);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Fact Compare',
    description:
      'Checks the news story you are reading against a local corpus of reports. Offline and private.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    // Only the extension's own scripts, no plugins, no <base> rewriting: corpus text is data, never code.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    action: { default_title: 'Fact Compare' },
    // The analyzer and sidebar bundles are imported by the content script on pages that need them.
    web_accessible_resources: [{ resources: ['analyzer.js', 'sidebar.js'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Check the selected text as a claim',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fact-compare@example.org',
              // 140 is the current ESR (Debian's firefox-esr), the first desktop release that reads
              // data_collection_permissions; Android reads it from 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
