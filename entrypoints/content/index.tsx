import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/sidebar.css';
import { PageController } from './controller.tsx';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const controller = new PageController(ctx);
    // Single-page apps change the URL without a load: analyse the new article in the same sidebar.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void controller.reset(), 400);
    });
    await controller.start();
  },
});
