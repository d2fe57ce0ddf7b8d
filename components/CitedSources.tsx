/** "Cites: A; B and 3 more": the original sources a report rests on. */
export function CitedSources({ sources, max }: { sources: readonly string[]; max: number }) {
  if (sources.length === 0) return null;
  return (
    <p class="fc-sources">
      <span class="fc-label">Cites: </span>
      {sources.slice(0, max).join('; ')}
      {sources.length > max ? ` and ${sources.length - max} more` : ''}
    </p>
  );
}
