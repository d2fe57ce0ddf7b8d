/**
 * Saves `body` as a file named `name` through a temporary link (content scripts have no downloads
 * API). The link lives in `parent` (the sidebar's shadow root when mounted) so the page never sees it.
 */
export function downloadFile(name: string, body: string, type: string, parent: ParentNode): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  parent.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for an export of the article titled `title`: "fact-check-<slug>.<ext>". */
export function exportFileName(title: string, ext: 'json' | 'md'): string {
  const slug = (title || 'article').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/^-|-$/g, '');
  return `fact-check-${slug || 'article'}.${ext}`;
}
