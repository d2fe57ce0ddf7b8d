/**
 * Names across scripts and spellings: Захарова, Zakharova and Zajárova are one person. Cyrillic is
 * transliterated (@sindresorhus/transliterate, the English convention: х → kh), and every spelling
 * is reduced to a key in which the usual renderings of one sound meet (kh/j/h, y/i, double letters).
 */
import transliterate from '@sindresorhus/transliterate';

/** Latin letters for a Cyrillic or accented word, as English news writes them ("Zakharova", "Moscu"). */
export function romanize(word: string): string {
  return transliterate(word);
}

/** A spelling key: two spellings of one name give the same key ("zaharova" for all three above). */
export function spellingKey(name: string): string {
  return romanize(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    // Spanish writes a hard g before e and i as "gu": Yevgueni is Yevgeny.
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/kh|j|x/g, 'h')
    .replace(/iy$|yy$|ij$/g, 'i')
    .replace(/y/g, 'i')
    // Russian е after a vowel or at the start is "ye" in English ("Shabayev", "Yevgeny"): "Шабаев", "Евгений".
    .replace(/^ie/, 'e')
    .replace(/([aeiou])ie/g, '$1e')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/ck/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The names English reports use, found by spelling key: "Zajárova", "Захаровой" and "Захарова" all
 * find the reports' "Zakharova". Built from the related reports' texts once they are known.
 */
export class NameBook {
  private readonly byKey = new Map<string, string>();

  /** Collects the capitalised words of English `texts`. */
  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      for (const m of text.matchAll(/\b\p{Lu}[\p{L}'-]{2,}/gu)) {
        const key = spellingKey(m[0]);
        if (key.length >= 3 && !this.byKey.has(key)) this.byKey.set(key, m[0]);
      }
    }
  }

  /** The reports' spelling of a name written `surface`, only when the spellings meet exactly. */
  exact(surface: string): string | undefined {
    return this.byKey.get(spellingKey(surface));
  }

  /**
   * The reports' spelling of a name written `surface` (`stem`: its stem without case endings, for
   * Russian "Захаровой" → "захаров"), or undefined when no report names it.
   */
  find(surface: string, stem: string): string | undefined {
    const exact = this.byKey.get(spellingKey(surface));
    if (exact) return exact;
    const base = spellingKey(stem);
    if (base.length < 4) return undefined;
    // A case ending replaced ("Захаровой" / "Zakharova"): the same stem and at most two letters more.
    for (const [key, name] of this.byKey) if (key.startsWith(base) && key.length - base.length <= 2) return name;
    return undefined;
  }
}
