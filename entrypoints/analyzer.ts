// The analyzer bundle (Readability, the analysis round trip, highlights), loaded
// by the content script only on pages that pass the screen or when the user
// asks; it runs in the content script's isolated world and hands over its
// controller there. The sidebar UI is a further bundle (sidebar.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handOver } from './content/bundles.ts';
import { PageController, type AnalyzerModule } from './content/controller.ts';

export default defineUnlistedScript(() => {
  const mod: AnalyzerModule = { createController: (ctx) => new PageController(ctx) };
  handOver('/analyzer.js', mod);
});
