/**
 * A relation the pack records more than once between the same parties: several true claims of one
 * frame (relation, entity groups, kinds of slot) told apart only by their values — two visits, two
 * rounds of talks, agreements of different years. Each is one instance of something that happened
 * more than once, so:
 *
 * - a sentence's value picks the instance it is about, and retrieval reaches only that one (or, when
 *   the sentence states no value of the kind, the best documented: any instance answers it alike);
 * - a value none of them has contradicts none of them: it may be an instance the pack does not
 *   record. An instance is contradicted only by a denial.
 *
 * A vetted pack gives a relation that happens once (joining the UN, establishing relations) one true
 * claim per party, so no group forms there; larger packs with repeated events need this to stay both
 * right and fast (retrieval does not verify every instance on every sentence).
 */
import type { Claim, Slot } from '../claims/schema';
import type { Value } from '../text/values';
import { mayJudge } from './slots';

/** The instances of one repeated frame, by the value that tells them apart. */
export interface RepeatedFrame<T> {
  /** What a sentence with no value of the kind reaches: the best documented instance. */
  readonly first: T;
  /** The slot kind and units that tell the instances apart (the first instance's slot). */
  readonly slot: Slot;
  readonly byValue: ReadonlyMap<string, readonly T[]>;
}

/** The key of a claim's first valued slot: the year of a date, a count, a rank. */
function slotKey(slot: Slot): string | undefined {
  switch (slot.kind) {
    case 'year':
      return slot.value === undefined ? undefined : `y${slot.value}`;
    case 'date':
      return `y${slot.value.slice(0, 4)}`;
    case 'number':
      return slot.value === undefined || slot.timeline ? undefined : `n${slot.value}`;
    case 'ordinal':
      return `o${slot.value}`;
    case 'place':
      return undefined;
  }
}

function valuedSlot(claim: Claim): { slot: Slot; key: string } | undefined {
  for (const slot of claim.slots) {
    const key = slotKey(slot);
    if (key !== undefined) return { slot, key };
  }
  return undefined;
}

/**
 * What must be equal for two claims to be instances of one frame, as one string. Built by one join,
 * not by `+=`: a Map hashes a flat string at once, where a rope of pieces is first copied flat.
 */
function frameOf(claim: Claim): string {
  const relation = claim.match.relation ?? [...(claim.match.predicates ?? [])].sort().join('|');
  const parts = [relation];
  for (const group of claim.match.entities)
    parts.push(`\u0001${group.length === 1 ? group[0] : [...group].sort().join(',')}`);
  for (const slot of claim.slots) parts.push(`\u0002${slot.kind}`);
  return parts.join('');
}

/** The repeated frames of a list of claims; instances are named by their position in the list. */
export interface RepeatedFrames {
  readonly frames: readonly RepeatedFrame<number>[];
  /** Each claim's frame, as a position in `frames`; -1 for a claim that is no instance. */
  readonly frameAt: Int32Array;
}

/**
 * The repeated frames among `claims` (in canonical order): only frames with at least two instances
 * of different values. Every other claim is left out of the answer. Positions, not the claims
 * themselves, name the instances, so that the index finds a claim's frame without hashing it.
 */
export function repeatedFrames(claims: readonly Claim[]): RepeatedFrames {
  // frame → its members, each with the slot and key that tell it apart
  const byFrame = new Map<string, { item: number; slot: Slot; key: string }[]>();
  for (let item = 0; item < claims.length; item++) {
    const claim = claims[item] as Claim;
    if (claim.verdict !== 'true') continue;
    const valued = valuedSlot(claim);
    if (!valued) continue;
    const frame = frameOf(claim);
    const member = { item, slot: valued.slot, key: valued.key };
    const list = byFrame.get(frame);
    if (list) list.push(member);
    else byFrame.set(frame, [member]);
  }
  const frames: RepeatedFrame<number>[] = [];
  const frameAt = new Int32Array(claims.length).fill(-1);
  for (const members of byFrame.values()) {
    if (members.length < 2) continue;
    const byValue = new Map<string, number[]>();
    for (const { item, key } of members) {
      const list = byValue.get(key);
      if (list) list.push(item);
      else byValue.set(key, [item]);
    }
    if (byValue.size < 2) continue;
    // The instance a sentence with no value of the kind reaches: the best documented (resting on
    // the most brief facts), then the first in canonical order.
    let first = members[0] as (typeof members)[number];
    for (const member of members)
      if ((claims[member.item] as Claim).facts.length > (claims[first.item] as Claim).facts.length)
        first = member;
    for (const { item } of members) frameAt[item] = frames.length;
    frames.push({ first: first.item, slot: first.slot, byValue });
  }
  return { frames, frameAt };
}

/** The keys a sentence's values can pick an instance by. */
export function valueKeys(values: readonly Value[]): Set<string> {
  const keys = new Set<string>();
  for (const value of values)
    if (value.kind === 'date') {
      if (value.year !== undefined) keys.add(`y${value.year}`);
      if (value.endYear !== undefined) keys.add(`y${value.endYear}`);
    } else keys.add(`${value.kind === 'number' ? 'n' : 'o'}${value.value}`);
  return keys;
}

/** The instances a sentence reaches: those its values name, or the first when it states none of the kind. */
export function instancesReached<T>(
  frame: RepeatedFrame<T>,
  values: readonly Value[],
  keys: ReadonlySet<string>,
): readonly T[] {
  if (!values.some((value) => mayJudge(frame.slot, value))) return [frame.first];
  const reached: T[] = [];
  for (const key of keys) for (const member of frame.byValue.get(key) ?? []) reached.push(member);
  return reached;
}
