/**
 * Claim text as fact-checkers and articles wrap it, reduced to the assertion:
 * "Says X", "Claim: X", "Photo shows X", “X,” says Senator Y, "X, the post
 * claims". Who repeats a claim (a post, a video, users) is not part of what it
 * asserts; who made a statement (a senator quoted) is.
 */

/** Longest text read as one claim: a claim is a sentence, so more is not a claim and only costs time. */
export const MAX_CLAIM_CHARS = 1000;

// Carriers of a claim, not its subject: "a viral post says", "social media users claim".
const CARRIER = /^(?:(?:the|a|an|one|some|many|several|this|that|these|those|widely|shared|viral|online|social|media|facebook|tiktok|instagram|x|whatsapp|telegram|chain|fake|news|website|blog|blogger|influencer|page|post|posts|video|videos|clip|image|images|photo|photos|picture|message|messages|meme|users?|accounts?|claim|claims|rumou?rs?|headline|article|report|reports|commentator|candidate|congressman|congresswoman|official|officials|critics|supporters|circulating|shared)\s*)+$/i;
const SAY = '(?:says?|said|claims?|claimed|wrote|writes|reported|reports|suggests?|alleges?|alleged|insists?|insisted|asserts?|asserted|appears? to show|shows?|showed)';
// ", the post claims." / ", according to a viral claim." at the end of a sentence.
const TRAILING_SAY = new RegExp(`,\\s*([^,]{0,60}?)\\s+${SAY}\\s*[.!]?$`, 'i');
const TRAILING_ACCORDING = /,\s*according to\s+[^,]{0,60}[.!]?$/i;
const LEADING_ACCORDING = /^according to\s+[^,]{0,60},\s*/i;
// News sentences wrap an assertion in a dateline, a mid-sentence source and a closing comment:
// "CARACAS, Venezuela — X, according to an official, a step that suggests Y."
const DATELINE = /^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,40})?\s*[—–]\s+/;
const MID_ACCORDING = /,\s*according to\s+[^,]{0,80}(?=,)/i;
const TRAILING_COMMENT = /,\s*(?:(?:a|an|the)\s+(?:step|move|sign|signal|decision|development|measure)\s+(?:that|which)|which)\b.*$/i;
// “X,” says Senator Y. / "X," a viral post claims.
const QUOTED = new RegExp(`^[“"'‘](.+?)[,.]?[”"'’],?\\s+(.{0,80}?)\\s*${SAY}\\s*(.{0,80}?)[.!]?$`, 'i');
const LABEL = /^(?:(?:viral\s+)?claim|claims|rumou?r|fact check|fact-check)\s*[:：–—-]\s*/i;
const SAYS = /^(?:says|said|claims|claimed)\s+(?:that\s+)?/i;
const MEDIA = /^(?:an?\s+|the\s+)?(?:viral\s+|widely\s+shared\s+)?(?:photo|photograph|image|picture|video|clip|footage|screenshot)s?\s+(?:that\s+)?(?:shows?|showing|depicts?|of)\s+/i;

function isCarrier(phrase: string): boolean {
  const p = phrase.trim();
  return p === '' || CARRIER.test(p);
}

// Names written several ways, folded to one so that lib/verify compares them as words:
// a capital for its country, a short name for the long one.
const CANONICAL: [RegExp, string][] = [
  [/\b(?:the )?Kremlin\b/g, 'Russia'], [/\bMoscow\b/g, 'Russia'], [/\bKyiv\b|\bKiev\b/g, 'Ukraine'], [/\bBeijing\b/g, 'China'],
  [/\bHavana\b/g, 'Cuba'], [/\bBrussels\b/g, 'EU'], [/\bEuropean Union\b/g, 'EU'], [/\bthe Fed\b/g, 'the Federal Reserve'],
  [/\bWorld Health Organi[sz]ation\b/g, 'WHO'], [/\bEnvironmental Protection Agency\b/g, 'EPA'], [/\bCenters for Disease Control(?: and Prevention)?\b/g, 'CDC'],
  [/\bFood and Drug Administration\b/g, 'FDA'], [/\bDepartment of (Labor|Education|Justice|State|Defense)\b/g, '$1 Department'],
];

/**
 * The assertion of a claim or a reviewed claim: labels, "Says", media
 * framing and carrier attributions removed; a quoted statement becomes
 * "Speaker: statement" when the speaker is a person or body.
 */
export function assertionText(raw: string): string {
  let t = raw.slice(0, MAX_CLAIM_CHARS).replace(/\s+/g, ' ').trim();
  t = t.replace(LABEL, '');
  const q = QUOTED.exec(t);
  if (q) {
    const speaker = (q[2]!.trim() || q[3]!.trim()).replace(/^(?:by)\s+/i, '');
    t = isCarrier(speaker) ? q[1]! : `${speaker}: ${q[1]!}`;
  }
  t = t.replace(DATELINE, '').replace(SAYS, '').replace(MEDIA, '').replace(LEADING_ACCORDING, '').replace(MID_ACCORDING, '').replace(TRAILING_COMMENT, '');
  // A carrier clause can follow another: "X, NASA has confirmed, the post says."
  for (let i = 0; i < 2; i++) {
    const m = TRAILING_SAY.exec(t);
    if (m && isCarrier(m[1]!)) t = t.slice(0, m.index);
    else t = t.replace(TRAILING_ACCORDING, '');
  }
  t = t.replace(/[.!]+$/, '').trim();
  for (const [re, to] of CANONICAL) t = t.replace(re, to);
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}
