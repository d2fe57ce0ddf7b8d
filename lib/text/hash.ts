/** FNV-1a (32-bit) of a string's UTF-16 code units: a cheap fingerprint, not a cryptographic hash. */
export function fnv1a(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
