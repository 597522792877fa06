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

/** What must be equal for two claims to be instances of one frame. */
function frameOf(claim: Claim): string {
  const relation = claim.match.relation ?? [...(claim.match.predicates ?? [])].sort().join('|');
  let frame = relation;
  for (const group of claim.match.entities)
    frame += `\u0001${group.length === 1 ? group[0] : [...group].sort().join(',')}`;
  for (const slot of claim.slots) frame += `\u0002${slot.kind}`;
  return frame;
}

/**
 * The repeated frames among `items` (in canonical order): only frames with at least two instances
 * of different values. Every other claim is left out of the answer.
 */
export function repeatedFrames<T>(
  items: readonly T[],
  claimOf: (item: T) => Claim,
): Map<T, RepeatedFrame<T>> {
  // frame → its members, each with the slot and key that tell it apart
  const byFrame = new Map<string, { item: T; slot: Slot; key: string }[]>();
  for (const item of items) {
    const claim = claimOf(item);
    if (claim.verdict !== 'true') continue;
    const valued = valuedSlot(claim);
    if (!valued) continue;
    const frame = frameOf(claim);
    const member = { item, ...valued };
    const list = byFrame.get(frame);
    if (list) list.push(member);
    else byFrame.set(frame, [member]);
  }
  const frameOfItem = new Map<T, RepeatedFrame<T>>();
  for (const members of byFrame.values()) {
    if (members.length < 2) continue;
    const byValue = new Map<string, T[]>();
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
      if (claimOf(member.item).facts.length > claimOf(first.item).facts.length) first = member;
    const frame: RepeatedFrame<T> = { first: first.item, slot: first.slot, byValue };
    for (const { item } of members) frameOfItem.set(item, frame);
  }
  return frameOfItem;
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
