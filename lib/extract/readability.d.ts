// Types for the package's own files imported one by one: the gate on every page loads only the
// readerable check, not the full parser (the package's index re-exports both).
declare module '@mozilla/readability/Readability-readerable.js' {
  import { isProbablyReaderable } from '@mozilla/readability';
  export default isProbablyReaderable;
}
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
