import { Fragment } from 'preact';

/**
 * Page or pack strings joined by `separator`, each isolated (`<bdi>`): a U+202E in one cannot
 * reverse the next one or the text around the list.
 */
export function IsolatedList({ items, separator }: { items: readonly string[]; separator: string }) {
  return (
    <>
      {items.map((s, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>{s}</bdi>
        </Fragment>
      ))}
    </>
  );
}
