import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Sidebar } from '../../components/Sidebar.tsx';
import '../../components/sidebar.css';
import { extractSnapshot, looksLikeArticle } from '../../lib/extract/snapshot.ts';
import type { ArticleReport } from '../../lib/analysis/analyze.ts';
import { send } from '../../utils/messaging.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // The gate: most pages are not articles, and they must not pay for more than this check.
    if (!looksLikeArticle(document)) return;
    const snapshot = extractSnapshot(document, location.href);
    if (!snapshot) return;
    let report: ArticleReport;
    try {
      report = await send('analyze', snapshot);
    } catch {
      // The background is unavailable (e.g. the extension was reloaded): stay silent on the page.
      return;
    }
    if (!report.related || ctx.isInvalid) return;
    await mountSidebar(ctx, report);
  },
});

async function mountSidebar(ctx: ContentScriptContext, report: ArticleReport): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'fact-compare-sidebar',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(container) {
      const root = document.createElement('div');
      root.className = 'fc-root';
      container.append(root);
      render(<Sidebar report={report} />, root);
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
}
