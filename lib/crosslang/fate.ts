/**
 * What happened to the people a figure counts: killed, wounded, detained or missing. "At least 14
 * wounded" and "at least 14 people have been killed" share the number and are two accounts: news
 * counts each fate apart, and a toll told as another fate is a different claim, not the same one.
 */

export type Fate = 'killed' | 'wounded' | 'detained' | 'missing';

// English words of a gloss or a report for each fate. ("held" is left out: a meeting is held too.)
const FATE_WORDS: [Fate, RegExp][] = [
  ['killed', /^(?:killed|dead|died|dies|die|deaths?|death toll|fatalit(?:y|ies)|perished|slain|murdered|lost their lives)$/i],
  // (Not "casualties": English uses it of the dead and the wounded together.)
  ['wounded', /^(?:wounded|injured|injuries|injury|hurt)$/i],
  ['detained', /^(?:detained|detainees?|detention|arrested|arrests?|jailed|imprisoned|captured)$/i],
  ['missing', /^(?:missing|disappeared)$/i],
];
const NEGATION = /^(?:not|no|none|never|nobody|without)$/i;

/**
 * The fates `text` (English, a gloss or a report's sentence) tells of, leaving out those negated
 * close by ("о погибших не сообщают" / "dead not reported"): what a sentence says did not
 * happen is no fate of its count.
 */
export function fatesIn(text: string): Set<Fate> {
  const words = text.split(/[^\p{L}']+/u).filter(Boolean);
  const out = new Set<Fate>();
  for (const [i, w] of words.entries()) {
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    const hit = FATE_WORDS.find(([, re]) => re.test(w) || (two && re.test(two)));
    if (!hit) continue;
    // (A gloss keeps no clause ends: "о погибших правозащитники не сообщают" reads "dead human rights
    // activist not reported", so the words after a fate are read a little further.)
    const near = [...words.slice(Math.max(0, i - 2), i), ...words.slice(i + 1, i + 5)];
    if (near.some((x) => NEGATION.test(x))) continue;
    out.add(hit[0]);
  }
  return out;
}

/**
 * The fate the sentence gives its count (`mine`, fatesIn of its gloss, read once) and the report
 * another, where each names one and none is shared ("14 wounded" / "14 people have been killed");
 * null otherwise. Both sides are whole sentences already agreeing on the figure: a sentence naming
 * two fates may count both.
 */
export function otherFate(mine: ReadonlySet<Fate>, report: string): { claim: Fate; report: Fate } | null {
  if (mine.size === 0) return null;
  const theirs = fatesIn(report);
  if (theirs.size === 0) return null;
  for (const f of mine) if (theirs.has(f)) return null;
  return { claim: [...mine][0]!, report: [...theirs][0]! };
}
