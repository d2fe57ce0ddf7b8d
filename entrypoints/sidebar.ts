// The sidebar UI (Preact, components, styles), loaded by the content script
// only on pages that get a sidebar, so unrelated pages never load it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountSidebar } from '../components/mount.tsx';
import { handOver } from './content/bundles.ts';

export default defineUnlistedScript(() => {
  handOver('/sidebar.js', { mountSidebar });
});
