/**
 * Country and territory names from the browser's own region data (`Intl.DisplayNames`), in English
 * as news writes them and in a source language. One list for the gloss (which reads "Rusia",
 * "Венесуэла") and for the check of places in the same role (which reads the English reports).
 */

// Countries English news names otherwise than the browser's region names do.
const NEWS_NAMES: Record<string, string> = { Türkiye: 'Turkey', Czechia: 'Czech Republic' };

let regions: { code: string; english: string }[] | undefined;

/** Every region the browser names, with its English name as news writes it ("TR" → "Turkey"). Built on first use: 676 lookups. */
export function englishRegions(): readonly { code: string; english: string }[] {
  if (!regions) {
    regions = [];
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        let name: string | undefined;
        try {
          name = en.of(code);
        } catch {
          continue; // not a region code
        }
        if (name && name !== code) regions.push({ code, english: NEWS_NAMES[name] ?? name });
      }
    }
  }
  return regions;
}

