import { useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusDocument } from '../lib/messages.ts';
import { send } from '../utils/messaging.ts';
import { formatDate } from './format.ts';
import { IsolatedList } from './IsolatedList.tsx';
import { webUrl } from '../lib/url.ts';
import { stripBidiControls } from '../lib/text/bidi.ts';

/** A corpus report, whole, with the cited passage marked and scrolled into view. */
export function ReaderPage({ packId, docId, start, end }: { packId: string; docId: string; start: number; end: number }) {
  const [doc, setDoc] = useState<CorpusDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const markRef = useRef<HTMLElement>(null);

  useEffect(() => {
    send('getDocument', { packId, docId }).then(setDoc, (e: unknown) => setError((e as Error).message));
  }, [packId, docId]);
  useEffect(() => {
    if (doc) {
      // The tab title is plain text outside any isolate: no bidi control may reorder it.
      document.title = `${stripBidiControls(doc.title)} — Fact Compare`;
      markRef.current?.scrollIntoView({ block: 'center' });
    }
  }, [doc]);

  if (error) return <main class="reader"><p class="error" role="alert">{error}</p></main>;
  if (!doc) return <main class="reader"><p class="muted">Loading the report…</p></main>;
  const valid = start >= 0 && end > start && end <= doc.text.length;
  return (
    <main class="reader">
      {/* Pack strings in isolates: an embedded U+202E cannot reorder the line around them. */}
      <p class="muted">
        <bdi>{doc.outlet || 'Unknown outlet'}</bdi> · <bdi>{formatDate(doc.published)}</bdi>
        {doc.author && (
          <>
            {' · '}
            <bdi>{doc.author}</bdi>
          </>
        )}
      </p>
      <h1 dir="auto">{doc.title}</h1>
      {doc.url && (
        <p>
          {webUrl(doc.url) ? (
            <a href={doc.url} rel="noreferrer noopener" target="_blank">
              {doc.url}
            </a>
          ) : (
            // A pack's url is any string: javascript:, data: and the like are shown, never followed.
            <span data-testid="report-url">{doc.url}</span>
          )}
        </p>
      )}
      {doc.sources.length > 0 && (
        <p class="muted">
          Cites:{' '}
          <IsolatedList items={doc.sources} separator="; " />
        </p>
      )}
      <article data-testid="report-text" dir="auto">
        <p>
          {valid ? (
            <>
              {doc.text.slice(0, start)}
              <mark ref={markRef} data-testid="passage">
                {doc.text.slice(start, end)}
              </mark>
              {doc.text.slice(end)}
            </>
          ) : (
            doc.text
          )}
        </p>
      </article>
    </main>
  );
}
