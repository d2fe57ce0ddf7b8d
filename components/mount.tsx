import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { SidebarActions } from './actions.ts';
import { App, type StateSource } from './App.tsx';
import css from './sidebar.css?inline';

export const HOST_TAG = 'fact-compare-sidebar';

/** Mounts the sidebar in a shadow root at the end of the page; the page's CSS cannot reach inside. */
export async function mountSidebar(ctx: ContentScriptContext, source: StateSource, actions: SidebarActions): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css,
    onMount: (container) => {
      const root = document.createElement('div');
      root.className = 'fc-root';
      container.append(root);
      render(<App controller={source} actions={actions} />, root);
      return root;
    },
    onRemove: (root) => {
      if (root) render(null, root);
    },
  });
  // Page CSS aimed at the host element loses to the shadow root's own
  // `:host { all: initial !important }` (important rules of the inner context win).
  ui.mount();
  return ui;
}

/** What the lazily loaded sidebar bundle offers the content script. */
export interface SidebarModule {
  mountSidebar: typeof mountSidebar;
}
