import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_FORMAT, type Claim, type Entity, type Pack } from '../../src/core/claims/schema';
import { checkSentences, type Flag } from '../../src/core/check';
import type { LabelledSlot } from '../../src/core/match/index';
import { buildIndex } from '../../src/core/match/index';

export const ROOT = join(import.meta.dirname, '..', '..');
export const TODAY = '2026-11-23';

export function bundledPackJson(): unknown {
  return JSON.parse(
    readFileSync(join(ROOT, 'assets/claims/bhutan-foreign-relations.json'), 'utf8'),
  );
}

export function entities(): Entity[] {
  return (bundledPackJson() as Pack).entities;
}

const SOURCE = {
  url: 'https://example.org/source',
  title: 'A source',
  publisher: 'Example',
  note: 'Says so.',
  stance: 'supports',
} as const;

/** A claim with sensible defaults, for tests that need a small pack of their own. */
export function claim(partial: Partial<Claim> & Pick<Claim, 'id' | 'match'>): Claim {
  return {
    facts: ['F99'],
    text: `Claim ${partial.id}`,
    verdict: 'true',
    topics: ['test'],
    slots: [],
    explanation: 'Because.',
    sources: [SOURCE],
    reviewed: '2025-11-01',
    ...partial,
  };
}

export function pack(claims: Claim[], extraEntities: Entity[] = []): Pack {
  return {
    format: PACK_FORMAT,
    id: 'test-pack',
    version: '1.0.0',
    title: 'Test',
    published: '2025-11-01',
    entities: [...entities(), ...extraEntities],
    claims,
  };
}

/** Flags for single sentences on a page about Bhutan, as the worker would produce them. */
export function flagsFor(
  claims: Claim[],
  sentences: string[],
  options: { publishedAt?: string; relevant?: boolean } = {},
): Flag[] {
  const index = buildIndex([pack(claims)]);
  return checkSentences(
    sentences.map((text, block) => ({ text, block, start: 0, end: text.length })),
    index,
    {
      relevant: options.relevant ?? true,
      today: TODAY,
      ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
    },
  );
}

/** A claim's slots with their labels settled, as the index compiles them. */
export const labelled = (claim: Claim): LabelledSlot[] =>
  claim.slots.map((slot) => ({ ...slot, label: slot.label ?? slot.name }));
