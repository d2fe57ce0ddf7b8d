/** `s` with every character a regular expression treats specially escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` holds `word` as a whole word in any script ("Lavrov" in "Lavrov's", not in "Lavrova"). */
export function containsWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}($|[^\\p{L}])`, 'u').test(text);
}
