import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageGate } from './page-gate.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The sidebar brings its own styles into its shadow root (components/mount.tsx).
  cssInjectionMode: 'manual',
  async main(ctx) {
    // User-timing marks (visible in DevTools and read by `npm run bench`): from here to the report shown.
    performance.mark('fact-compare:start');
    const gate = new PageGate(ctx);
    // Single-page apps change the URL without a load: analyse the new article in the same sidebar.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void gate.reset(), 400);
    });
    await gate.start();
  },
});
