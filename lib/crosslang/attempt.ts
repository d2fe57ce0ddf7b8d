/**
 * A failed attempt is the act not done: "intentó varias veces, sin éxito, hablar con Lavrov", «Хилю
 * не удалось поговорить с Лавровым» against "Gil confirmed he spoke with Lavrov". The gloss keeps
 * the act ("spoke") and loses what the source says of it, so the cue is read in the source.
 */
import type { SourceLanguage } from './detect.ts';
import type { PreparedText } from '../verify/features.ts';
import { term } from '../text/tokens.ts';

const FAILED: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:sin\s+éxito|en\s+vano|infructuosamente|sin\s+lograrlo|no\s+(?:lo\s+)?(?:logr|consigu|pud)\p{L}*|fracas\p{L}*\s+en\s+su\s+intento)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:безуспешно|тщетно|не\s+удал\p{L}*|не\s+смог\p{L}*|не\s+сумел\p{L}*|не\s+получилось)(?![\p{L}])/iu,
};

// How the gloss renders the attempt and its failure: the act is beside these words.
const ATTEMPT_WORDS = /^(?:tried|try|tries|trying|attempt\w*|success|achieved|managed|secured|vain|able|could|failed)$/i;
// Words of the attempt itself, never the act.
const NOT_THE_ACT = /^(?:not|no|without|several|times|repeatedly|again|tried|try|tries|trying|attempt\w*|success|achieved|managed|secured|vain|able|could|failed|to|in|but|it|the)$/i;
// The report's own account of a failure ("failed to reach", "could not speak", "the abortive
// uprising"): no conflict with it.
const REPORT_FAILED = /\b(?:fail(?:ed|ure)|unsuccessful\w*|in vain|could not|couldn't|unable|tried|attempt\w*|abortive|aborted|botched|thwarted|foiled)\b/i;

/**
 * The reading of a Spanish or Russian `source` sentence that says an act was tried and failed, or
 * null when it says no such thing: given a report sentence, the act where the report tells it as
 * done, or null. `gloss` is the sentence's English gloss. The acts are read once per sentence, not
 * once per report sentence.
 */
export function failedAttempt(source: string, lang: SourceLanguage, gloss: string): ((s: PreparedText) => { claim: string; report: string } | null) | null {
  if (!FAILED[lang].test(source)) return null;
  const words = gloss.match(/[\p{L}'’]+/gu) ?? [];
  // The act is the first word after the attempt's own words ("tried without success spoke"), not a
  // word further on ("… overthrow Maduro uprising": the uprising is how, not what was tried).
  const acts: { word: string; stem: string }[] = [];
  for (const [i, w] of words.entries()) {
    if (!ATTEMPT_WORDS.test(w)) continue;
    const x = words.slice(i + 1).find((y) => !NOT_THE_ACT.test(y));
    const t = x && !/^\p{Lu}/u.test(x) ? term(x.toLowerCase()) : null;
    if (t) acts.push({ word: x!, stem: t });
  }
  if (!acts.length) return null;
  return (s) => {
    if (s.negations > 0 || REPORT_FAILED.test(s.text)) return null;
    const act = acts.find((a) => s.stems.has(a.stem));
    return act ? { claim: `tried and failed: ${act.word}`, report: act.word } : null;
  };
}
