/**
 * Words that refer back to something named earlier ("it", "the kingdom", "the two countries",
 * "the world body"). The list is data: assets/lexicon/anaphora.json.
 */
import { z } from 'zod';
import data from '../../../assets/lexicon/anaphora.json';
import type { Token } from '../text/tokens';

const schema = z.strictObject({
  format: z.literal('bhutan-fact-flags/anaphora@1'),
  about: z.string(),
  demonstratives: z.array(z.string().min(1)),
  distinguishing: z.array(z.string().min(1)),
  references: z.array(
    z.strictObject({
      words: z.array(z.string().min(1)).min(1),
      kinds: z.array(z.string().min(1)).min(1),
      two: z.boolean().optional(),
      speaker: z.boolean().optional(),
      head: z.boolean().optional(),
    }),
  ),
});

export interface Anaphor {
  /** Token range of the referring words. */
  readonly from: number;
  readonly to: number;
  /** The entity kinds it can stand for. */
  readonly kinds: readonly string[];
  /** It stands for a pair ("both countries"). */
  readonly two: boolean;
  /** First person: it stands for the page's subject. */
  readonly speaker: boolean;
  /** A word the entity's name must contain ("fund" for "the fund"), when the phrase needs one. */
  readonly head?: string;
  /** The words as the sentence has them, for the card's reason. */
  readonly surface: string;
  /** "the <noun>" for a thing (a description), not a pronoun. */
  readonly description: boolean;
}

interface Entry {
  readonly words: readonly string[];
  readonly kinds: readonly string[];
  readonly two: boolean;
  readonly speaker: boolean;
  readonly head: boolean;
  /** "the <noun>" for a thing, not a country or a person: modifiers may stand before the noun(s). */
  readonly modifiable: boolean;
}

const parsed = schema.safeParse(data);
if (!parsed.success)
  throw new Error(`assets/lexicon/anaphora.json is invalid: ${parsed.error.issues[0]?.message}`);

/** Modifiers that make "the <noun>" another thing than the one named ("the royal charter"). */
const DISTINGUISHING = new Set(parsed.data.distinguishing);

const byFirst = new Map<string, Entry[]>();
for (const reference of parsed.data.references)
  for (const phrase of reference.words) {
    const words = phrase.toLowerCase().split(/[\s-]+/);
    const entry = {
      words,
      kinds: reference.kinds,
      two: reference.two ?? false,
      speaker: reference.speaker ?? false,
      head: reference.head ?? false,
      modifiable:
        words.length >= 2 &&
        words[0] === 'the' &&
        !reference.kinds.includes('country') &&
        !reference.kinds.includes('person'),
    };
    const first = words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
    // "those talks", "that treaty": a demonstrative points back as "the" does.
    if (entry.modifiable)
      for (const demonstrative of parsed.data.demonstratives)
        byFirst.set(demonstrative, [
          ...(byFirst.get(demonstrative) ?? []),
          { ...entry, words: [demonstrative, ...words.slice(1)] },
        ]);
  }

/**
 * The entries of each first word, and which of them can match at all given the word after it
 * (or, for "the <noun>" with modifiers, a word up to three further on): "the" and "that" start
 * some eighty entries each, and a sentence has many of both.
 */
interface FirstWord {
  readonly entries: readonly Entry[];
  /** Entries of one word: always tried. */
  readonly single: readonly number[];
  /** Entries by their second word, as indices into `entries`, in order. */
  readonly bySecond: ReadonlyMap<string, readonly number[]>;
  readonly modifiable: boolean;
}

const firstWords = new Map<string, FirstWord>();
for (const [first, entries] of byFirst) {
  const single: number[] = [];
  const bySecond = new Map<string, number[]>();
  entries.forEach((entry, k) => {
    const second = entry.words[1];
    if (second === undefined) single.push(k);
    else bySecond.set(second, [...(bySecond.get(second) ?? []), k]);
  });
  firstWords.set(first, {
    entries,
    single,
    bySecond,
    modifiable: entries.some((entry) => entry.modifiable),
  });
}

/**
 * The entries of `first` that may match at token `i`, as indices in their order: every other
 * entry needs a second word that stands neither right after `i` nor after the modifiers that
 * follow it.
 */
function entriesToTry(
  first: FirstWord,
  tokens: readonly Token[],
  i: number,
  run: number,
): readonly number[] {
  const next = first.bySecond.get(tokens[i + 1]?.norm ?? '') ?? NO_ENTRIES;
  if (run === 0 && first.single.length === 0) return next;
  const picked = [...first.single, ...next];
  for (let gap = 1; gap <= run; gap++)
    for (const k of first.bySecond.get(tokens[i + gap + 1]?.norm ?? '') ?? NO_ENTRIES)
      picked.push(k);
  picked.sort((a, b) => a - b);
  return picked.filter((k, n) => n === 0 || k !== picked[n - 1]);
}

const NO_ENTRIES: readonly number[] = [];

const MAX_MODIFIERS = 3;
// Words that end a noun phrase or start another: "the longest pause the negotiations have known".
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'that',
  'this',
  'which',
  'who',
  'its',
  'their',
  'his',
  'her',
  'our',
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
]);
const UNITS = new Set(['mw', 'gw', 'kw', 'km', 'kv', 'crore', 'lakh', 'million', 'billion']);

/**
 * A word that may stand between "the" and a head noun without naming anything: a lower-case word
 * or a quantity ("the 720 MW plant", "the new roadmap"), never a year ("the 1949 treaty" is not
 * whichever treaty was named last) or a capitalised name.
 */
function modifier(token: Token, text: string): boolean {
  if (DISTINGUISHING.has(token.norm)) return false;
  if (/^\d+(?:\.\d+)?$/.test(token.norm)) return token.norm.length !== 4;
  if (/^\d+(?:st|nd|rd|th)$/.test(token.norm)) return true;
  if (UNITS.has(token.norm)) return true;
  return lowerCaseWord(text, token.start, token.end) && !FUNCTION_WORDS.has(token.norm);
}

/** `text.slice(start, end)` is a lower-case word, hyphens allowed (/^[a-z][a-z-]*$/), read in place. */
function lowerCaseWord(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (!((code >= 97 && code <= 122) || (code === 45 && k > start))) return false;
  }
  return true;
}

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.norm !== words[k]) return false;
  return true;
}

/**
 * The entry matching at `i`: its words in order; in "the <noun>" for a thing, up to three
 * modifiers may stand after "the" ("the 720 MW plant", "the 72-day standoff"). Returns the end
 * index, or -1.
 */
function matchAt(
  entry: Entry,
  tokens: readonly Token[],
  i: number,
  modifiers: () => number,
): number {
  if (wordsAt(tokens, i, entry.words)) return i + entry.words.length;
  if (!entry.modifiable) return -1;
  const clause = tokens[i]?.clause;
  const run = modifiers();
  const head = entry.words.slice(1);
  for (let gap = 1; gap <= run; gap++) {
    const at = i + gap + 1;
    if (tokens[at]?.clause === clause && wordsAt(tokens, at, head)) return at + head.length;
  }
  return -1;
}

/** How many modifiers (at most three) follow token `i` in its clause. */
function modifierRun(tokens: readonly Token[], text: string, i: number): number {
  const clause = tokens[i]?.clause;
  let run = 0;
  while (run < MAX_MODIFIERS) {
    const token = tokens[i + run + 1];
    if (!token || token.clause !== clause || !modifier(token, text)) break;
    run++;
  }
  return run;
}

/** Every referring phrase in the sentence, longest first at each position. */
export function findAnaphors(tokens: readonly Token[], text: string): Anaphor[] {
  const found: Anaphor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = firstWords.get((tokens[i] as Token).norm);
    if (!first) continue;
    let best: Entry | undefined;
    let to = -1;
    // Read once for all the entries at this word, and only when one of them may have modifiers.
    const run = first.modifiable ? modifierRun(tokens, text, i) : 0;
    const modifiers = (): number => run;
    for (const k of entriesToTry(first, tokens, i, run)) {
      const entry = first.entries[k] as Entry;
      const end = matchAt(entry, tokens, i, modifiers);
      if (end > to) {
        best = entry;
        to = end;
      }
    }
    if (!best) continue;
    found.push({
      from: i,
      to,
      kinds: best.kinds,
      two: best.two,
      speaker: best.speaker,
      ...(best.head ? { head: best.words[best.words.length - 1] as string } : {}),
      surface: text.slice(tokens[i]?.start ?? 0, tokens[to - 1]?.end ?? 0),
      description: best.modifiable,
    });
    i = to - 1;
  }
  return found;
}
