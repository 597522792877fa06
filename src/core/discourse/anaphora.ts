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
}

interface Entry {
  readonly words: readonly string[];
  readonly kinds: readonly string[];
  readonly two: boolean;
  readonly speaker: boolean;
  readonly head: boolean;
}

const parsed = schema.safeParse(data);
if (!parsed.success)
  throw new Error(`assets/lexicon/anaphora.json is invalid: ${parsed.error.issues[0]?.message}`);

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
    };
    const first = words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.norm !== words[k]) return false;
  return true;
}

/** Every referring phrase in the sentence, longest first at each position. */
export function findAnaphors(tokens: readonly Token[], text: string): Anaphor[] {
  const found: Anaphor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const entries = byFirst.get((tokens[i] as Token).norm);
    if (!entries) continue;
    let best: Entry | undefined;
    for (const entry of entries)
      if (wordsAt(tokens, i, entry.words) && (!best || entry.words.length > best.words.length))
        best = entry;
    if (!best) continue;
    const to = i + best.words.length;
    found.push({
      from: i,
      to,
      kinds: best.kinds,
      two: best.two,
      speaker: best.speaker,
      ...(best.head ? { head: best.words[best.words.length - 1] as string } : {}),
      surface: text.slice(tokens[i]?.start ?? 0, tokens[to - 1]?.end ?? 0),
    });
    i = to - 1;
  }
  return found;
}
