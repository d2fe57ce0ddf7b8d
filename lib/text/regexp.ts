/** `s` with every character a regular expression treats specially escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` holds `word` as a whole word in any script ("Lavrov" in "Lavrov's", not in "Lavrova"). */
export function containsWord(text: string, word: string): boolean {
  let re = WORD_PATTERNS.get(word);
  if (!re) {
    // A claim is set against hundreds of report sentences with the same few names: compile each once.
    if (WORD_PATTERNS.size > 2000) WORD_PATTERNS.clear();
    re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}($|[^\\p{L}])`, 'u');
    WORD_PATTERNS.set(word, re);
  }
  return re.test(text);
}

const WORD_PATTERNS = new Map<string, RegExp>();
