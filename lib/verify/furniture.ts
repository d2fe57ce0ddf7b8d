/**
 * Page furniture that must never be quoted as evidence: photo captions and
 * credits, bylines, datelines, "Similar Posts" and share prompts, author
 * boxes. Reports carry them too (the seeds do), and a caption that names the
 * same people as a claim is not a report of the claim's fact.
 */

const CREDIT = /(?:\/|\b)(?:AFP|AP|Reuters|Getty Images|EPA|Shutterstock|Bloomberg|Xinhua|TASS|Sputnik|Anadolu)(?:\s+via\s+\w+)?\.?\s*$|\b(?:Photo|Image|Picture|Credit|Photograph|Foto)\s*(?:by|:)|\((?:Photo|Image|Credit)[^)]*\)\s*$/i;
const CAPTION = /\b(?:in a file (?:image|photo|picture)|file (?:photo|image|picture)(?:\)|\.|$)|pictured (?:here|above|below)|seen here|\(pictured\))/i;
const PROMPT = /^(?:similar posts|related (?:posts|topics|articles|stories)|read (?:more|full article|the full)|watch the video|this video is from|leave a (?:reply|comment)|your email address|share (?:this|on)|follow us|subscribe|sign up|click here|advertisement|sources include|updated:?$|published:?$|author$|twitter$|tracking$)|\b(?:required fields are marked|will not be published|newsletter|all rights reserved)\b/i;
const BYLINE = /^(?:by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u;

/**
 * True for a sentence of a report (or an article) that is page furniture
 * rather than reporting: never evidence, never a claim.
 */
export function isFurniture(sentence: string): boolean {
  const s = sentence.trim();
  if (!s) return true;
  if (PROMPT.test(s)) return true;
  if (CAPTION.test(s) || CREDIT.test(s)) return true;
  const words = s.split(/\s+/).length;
  // A bare name or a short line without a verb-like word: a byline, a heading, a credit.
  if (words <= 5 && (BYLINE.test(s) || !/[.!?"”]$/.test(s))) return true;
  // An author box: "X is the national editor of Y. He has reported ..."
  if (/^\p{Lu}\p{L}+ is (?:a|an|the) [\w\s]*(?:editor|reporter|correspondent|writer|columnist)\b/u.test(s)) return true;
  return false;
}

const END_OF_ARTICLE = /^(?:similar posts|related (?:posts|topics|articles|stories)|leave a (?:reply|comment)|sources include|read full article|author$|watch the video|this video is from|comments?$)/i;
const CREDIT_ONLY = /^(?:[\p{L}.'’-]+\s){0,3}[\p{L}.'’-]+\/(?:[\p{L}\s]+\/)*[\p{L}\s]+$/u;

/**
 * Marks the furniture among a report's sentences, in order: each sentence
 * by {@link isFurniture}, plus a caption followed by its credit line
 * ("… on March 28, 2019." then "Yuri Cortez/AFP/Getty Images") and
 * everything after an end-of-article marker ("Similar Posts", an author box).
 */
export function furnitureMask(sentences: readonly string[], title = ''): boolean[] {
  const mask = sentences.map((s) => isFurniture(s) || (!!title && s.trim() === title.trim()));
  let tail = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!.trim();
    if (tail) mask[i] = true;
    else if (END_OF_ARTICLE.test(s)) tail = mask[i] = true;
    if (i > 0 && CREDIT_ONLY.test(s)) mask[i] = mask[i - 1] = true;
  }
  return mask;
}
