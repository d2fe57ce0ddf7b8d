// The sidebar UI (Preact, components, styles), loaded by the content script
// only on pages that get a sidebar, so unrelated pages never load it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountSidebar, type SidebarModule } from '../components/mount.tsx';

export default defineUnlistedScript(() => {
  (globalThis as unknown as { __factCompareSidebar?: SidebarModule }).__factCompareSidebar = { mountSidebar };
});
