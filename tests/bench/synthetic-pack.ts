/**
 * Packs of any size shaped like a larger real pack: the bundled claims, plus copies of them
 * re-targeted so that most land on the entities pages name all the time (India, China, the UN, with
 * Bhutan kept wherever the original names it) and the rest spread over the pack's vocabulary and
 * over plausible new partners, each copy with other slot values and some borrowed predicates.
 * Copies carry no fact ids: only the bundled claims are "right" for a labelled sentence.
 * The same seed gives the same pack, and a smaller pack is a prefix of a larger one.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Claim, Entity, Pack, Slot } from '../../src/core/claims/schema';
import { partnerEntities } from './partners';

export const BENCH_SEED = 20261123;
const SUBJECT = 'bhutan';

/** Percent of re-targeted entity groups that go to each common entity; the rest is spread. */
const COMMON: readonly (readonly [id: string, percent: number])[] = [
  ['india', 25],
  ['china', 15],
  ['un', 10],
];
/** Percent that go to the pack's other entities; what is left goes to new partners. */
const VOCABULARY_PERCENT = 30;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Rng = ReturnType<typeof xoroshiro128plus>;

const pick = <T>(rng: Rng, items: readonly T[]): T =>
  items[uniformInt(rng, 0, items.length - 1)] as T;

const ordinalSuffix = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const replaceWord = (text: string, from: string, to: string): string =>
  text.replace(new RegExp(`\\b${escape(from)}\\b`, 'gi'), to);

interface Rewrite {
  readonly slot: Slot;
  readonly text: (text: string) => string;
}

/** A new value of the same kind and precision, and how the claim's text changes with it. */
function revalue(rng: Rng, slot: Slot): Rewrite {
  switch (slot.kind) {
    case 'year': {
      if (slot.value === undefined) return { slot, text: (t) => t };
      const year = uniformInt(rng, 1900, 2025);
      return {
        slot: { ...slot, value: year, also: [] },
        text: (t) => replaceWord(t, String(slot.value), String(year)),
      };
    }
    case 'date': {
      const [oldYear, oldMonth, oldDay] = slot.value.split('-');
      const year = String(uniformInt(rng, 1900, 2025));
      const month = String(uniformInt(rng, 1, 12)).padStart(2, '0');
      const day = String(uniformInt(rng, 1, 28)).padStart(2, '0');
      const value = [year, oldMonth && month, oldDay && day].filter(Boolean).join('-');
      return {
        slot: { ...slot, value, ...(slot.until === undefined ? {} : { until: value }) },
        text: (t) => {
          let out = oldYear ? replaceWord(t, oldYear, year) : t;
          if (oldMonth) {
            const from = MONTHS[Number(oldMonth) - 1] as string;
            const to = MONTHS[Number(month) - 1] as string;
            out = oldDay
              ? replaceWord(out, `${Number(oldDay)} ${from}`, `${Number(day)} ${to}`)
              : replaceWord(out, from, to);
          }
          return out;
        },
      };
    }
    case 'number': {
      if (slot.value === undefined) return { slot, text: (t) => t };
      const value = uniformInt(rng, 1, Math.max(10, 3 * slot.value));
      return {
        slot: { ...slot, value },
        text: (t) => replaceWord(t, String(slot.value), String(value)),
      };
    }
    case 'ordinal': {
      const value = uniformInt(rng, 1, 150);
      const from = `${slot.value}${ordinalSuffix(slot.value)}`;
      return {
        slot: { ...slot, value },
        text: (t) => replaceWord(t, from, `${value}${ordinalSuffix(value)}`),
      };
    }
    case 'place':
      return { slot, text: (t) => t };
  }
}

export function syntheticPack(real: Pack, size: number, seed = BENCH_SEED): Pack {
  const rng = xoroshiro128plus(seed);
  const entities: Entity[] = [...real.entities, ...partnerEntities];
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const vocabulary = real.entities.filter((entity) => entity.id !== SUBJECT);
  const predicatePool = real.claims.flatMap((claim) => claim.match.predicates ?? []);

  const target = (): Entity => {
    let roll = uniformInt(rng, 0, 99);
    for (const [id, percent] of COMMON) {
      if (roll < percent) return byId.get(id) as Entity;
      roll -= percent;
    }
    return roll < VOCABULARY_PERCENT ? pick(rng, vocabulary) : pick(rng, partnerEntities);
  };

  const copy = (n: number): Claim => {
    const template = pick(rng, real.claims);
    let text = template.text;
    const chosen = new Set<string>();
    const groups = template.match.entities.map((group) => {
      if (group.includes(SUBJECT)) return group;
      let entity = target();
      while (chosen.has(entity.id) || group.includes(entity.id)) entity = target();
      chosen.add(entity.id);
      const named = group
        .flatMap((id) => {
          const old = byId.get(id);
          return old ? [old.name, ...old.aliases.filter((alias) => !alias.includes('*'))] : [];
        })
        .find((name) => new RegExp(`\\b${escape(name)}\\b`, 'i').test(text));
      text = named ? replaceWord(text, named, entity.name) : `${entity.name}: ${text}`;
      return [entity.id];
    });
    // A copy never restates its template about the same entities (a vetted pack does not
    // contradict itself): a claim on Bhutan alone gets a partner.
    if (!chosen.size) {
      const entity = target();
      groups.push([entity.id]);
      text = `${entity.name}: ${text}`;
    }
    const rewrites = template.slots.map((slot) => revalue(rng, slot));
    for (const rewrite of rewrites) text = rewrite.text(text);
    const borrowed = Array.from({ length: uniformInt(rng, 0, 2) }, () => pick(rng, predicatePool));
    return {
      ...template,
      id: `bench-${n}-${template.id}`,
      facts: [],
      text,
      match: {
        ...template.match,
        entities: groups,
        predicates: [...new Set([...(template.match.predicates ?? []), ...borrowed])],
      },
      slots: rewrites.map((rewrite) => rewrite.slot),
      explanation: `A benchmark copy of ${template.id}, re-targeted; not a fact.`,
    };
  };

  const copies = Array.from({ length: Math.max(0, size - real.claims.length) }, (_, n) => copy(n));
  return {
    ...real,
    id: `bench-${size}`,
    title: `${real.title} (benchmark copy, ${size} claims)`,
    entities,
    claims: [...real.claims, ...copies],
  };
}
