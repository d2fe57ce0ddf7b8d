/**
 * News outlets, as English news and the gloss write them ("Washington post" in a gloss): who
 * published or aired something is a fact a sentence may get wrong.
 */
export const OUTLETS: readonly [string, RegExp][] = [
  ['Washington Post', /\bWashington\s+Post\b/i],
  ['Wall Street Journal', /\b(?:Wall\s+Street\s+Journal|WSJ)\b/i],
  ['New York Times', /\bNew\s+York\s+Times\b/i],
  ['Associated Press', /\b(?:Associated\s+Press|AP)\b/],
  ['Reuters', /\bReuters\b/i],
  ['Bloomberg', /\bBloomberg\b/i],
  ['CNN', /\bCNN\b/],
  ['CNBC', /\bCNBC\b/],
  ['Fox News', /\bFox\s+News\b/i],
  ['Fox Business', /\bFox\s+Business\b/i],
  ['Univision', /\bUnivision\b/i],
  ['Telemundo', /\bTelemundo\b/i],
  ['Newsmax', /\bNewsmax\b/i],
  ['RT', /\b(?:RT|Russia\s+Today)\b/],
  ['BBC', /\bBBC\b/],
  ['TASS', /\bTASS\b/i],
  ['Interfax', /\bInterfax\b/i],
  ['RIA Novosti', /\bRIA\s+Novosti\b/i],
  ['national television', /\b(?:national|state)\s+television\b/i],
];

/** The news outlets a text names (English or gloss spelling). */
export function outletsIn(text: string): string[] {
  return OUTLETS.filter(([, re]) => re.test(text)).map(([name]) => name);
}
