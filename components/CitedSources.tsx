import { IsolatedList } from './IsolatedList.tsx';

/**
 * "Cites: A; B and 3 more": the original sources a report rests on. Each name is isolated
 * (`<bdi>`): a pack's U+202E in one cannot reverse the next or the "and 3 more".
 */
export function CitedSources({ sources, max }: { sources: readonly string[]; max: number }) {
  if (sources.length === 0) return null;
  return (
    <p class="fc-sources">
      <span class="fc-label">Cites: </span>
      <IsolatedList items={sources.slice(0, max)} separator="; " />
      {sources.length > max ? ` and ${sources.length - max} more` : ''}
    </p>
  );
}
