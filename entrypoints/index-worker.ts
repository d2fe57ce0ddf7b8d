// The indexing worker's script (/index-worker.js), started by extension pages
// that import packs (utils/index-lanes.ts). Not a page and not a content script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startIndexWorker } from '../utils/index-worker.ts';

export default defineUnlistedScript(() => startIndexWorker());
