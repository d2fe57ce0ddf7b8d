/**
 * Bidirectional formatting characters: the embeddings and overrides (U+202A–U+202E), the
 * isolates (U+2066–U+2069) and the invisible marks (U+200E, U+200F, U+061C). A page or pack
 * string holding an unterminated U+202E reverses whatever text follows it on the same line, so
 * a title could make "Conflicts" or a date read backwards in a report someone forwards.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** True when `s` holds a bidirectional formatting character. */
export function hasBidiControls(s: string): boolean {
  return s.search(BIDI_CONTROLS) !== -1;
}

/**
 * `s` without its bidirectional formatting characters. They are invisible, so the words stay
 * as written (a reversed word shows in its stored order); right-to-left scripts still read
 * right to left, as their letters carry their own direction.
 */
export function stripBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

/**
 * `s` with each bidirectional formatting character written as a `\uXXXX` escape. For text that
 * is itself inside a JSON string: the file shows the escape and parses back to the character.
 */
export function escapeBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
