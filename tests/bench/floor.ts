/**
 * The floor every timing is compared with: one pass that lower-cases a text and splits it into
 * words with offsets. It is the least any checker must do with a text, and it lives here rather
 * than in src/ so that it stays the same when the engine changes: a ratio to it taken before a
 * rewrite can be compared with one taken after, on any machine.
 */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

export function floorTokenise(text: string): { word: string; start: number }[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const words: { word: string; start: number }[] = [];
  for (const match of lower.matchAll(WORD)) words.push({ word: match[0], start: match.index });
  return words;
}
