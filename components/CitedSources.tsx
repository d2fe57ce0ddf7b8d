import { Fragment } from 'preact';

/**
 * "Cites: A; B and 3 more": the original sources a report rests on. Each name is isolated
 * (`<bdi>`): a pack's U+202E in one cannot reverse the next or the "and 3 more".
 */
export function CitedSources({ sources, max }: { sources: readonly string[]; max: number }) {
  if (sources.length === 0) return null;
  return (
    <p class="fc-sources">
      <span class="fc-label">Cites: </span>
      {sources.slice(0, max).map((s, i) => (
        <Fragment key={i}>
          {i > 0 && '; '}
          <bdi>{s}</bdi>
        </Fragment>
      ))}
      {sources.length > max ? ` and ${sources.length - max} more` : ''}
    </p>
  );
}
