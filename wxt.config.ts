import { defineConfig } from 'wxt';
import { writeSeedPack } from './scripts/seed-pack.ts';

// WXT 0.20.x rather than 0.21: 0.20 declares Node >= 20.12, which is what
// this project's machines (and many users) have; 0.21 requires Node 22.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: every file shows what it uses.
  imports: false,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    // The default corpus pack is generated from seeds/ on every build and dev run.
    'build:before': async (wxt) => {
      await writeSeedPack(wxt.config.root);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Fact Compare',
    description:
      'Checks the news story you are reading against a local corpus of reports. Offline and private.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    action: { default_title: 'Fact Compare' },
    // The sidebar bundle is imported by the content script on pages that get a sidebar.
    web_accessible_resources: [{ resources: ['sidebar.js'], matches: ['http://*/*', 'https://*/*'] }],
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
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
