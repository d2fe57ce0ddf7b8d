import { useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusDocument } from '../lib/messages.ts';
import { send } from '../utils/messaging.ts';
import { formatDate } from './format.ts';
import { webUrl } from '../lib/url.ts';

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
      document.title = `${doc.title} — Fact Compare`;
      markRef.current?.scrollIntoView({ block: 'center' });
    }
  }, [doc]);

  if (error) return <main class="reader"><p class="error" role="alert">{error}</p></main>;
  if (!doc) return <main class="reader"><p class="muted">Loading the report…</p></main>;
  const valid = start >= 0 && end > start && end <= doc.text.length;
  return (
    <main class="reader">
      <p class="muted">
        {doc.outlet || 'Unknown outlet'} · {formatDate(doc.published)}
        {doc.author ? ` · ${doc.author}` : ''}
      </p>
      <h1>{doc.title}</h1>
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
      {doc.sources.length > 0 && <p class="muted">Cites: {doc.sources.join('; ')}</p>}
      <article data-testid="report-text">
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
