import type { Claim, Entity, Pack, Slot } from '../claims/schema';
import { ELLIPSIS, FORMERLY, RELATIONS, STILL } from '../frames/lexicon';
import { compilePhrase, firstKey, type Phrase, type PhraseMode } from './phrase';
import { repeatedFrames, type RepeatedFrame } from './repeated';
import type { Trust } from './trust';

/** The entity a relevant page is about; it may be implied by the page rather than named. */
export const PAGE_SUBJECT = 'bhutan';

export interface Alias {
  readonly phrase: Phrase;
  readonly entity: Entity;
  /** Only valid on a page already about Bhutan ("the kingdom"). */
  readonly contextual: boolean;
  /** For an acronym that is also a word: the exact capitals it must be written in ("WHO"). */
  readonly asWritten?: string;
}

/** A slot whose label is settled (its own, or its relation's). */
export type LabelledSlot = Slot & { readonly label: string };

export interface CompiledClaim {
  readonly claim: Claim;
  /** Position in the canonical order (packs as given, claims by id): the tie-break everywhere. */
  readonly order: number;
  /**
   * One instance of a relation the pack records more than once (see repeated.ts). Always present,
   * so that every compiled claim has one shape (built from one object literal, without a spread).
   */
  readonly instance: boolean;
  readonly slots: readonly LabelledSlot[];
  /** Wordings that state the claim's predicate: its relation's, then its own. */
  readonly predicates: readonly Phrase[];
  /** Wordings that state the predicate does not hold ("remains outside", "stayed away"). */
  readonly negativePredicates: readonly Phrase[];
  /** The relation's triggers that name a looser bond too (see the lexicon's `loose`). */
  readonly loosePredicates: ReadonlySet<Phrase>;
  /** The claim's own exclusions: present anywhere in the sentence, it is about something else. */
  readonly exclude: readonly Phrase[];
  /** The relation's exclusions: they rule out a wording in the same clause only. */
  readonly clauseExclude: readonly Phrase[];
  /**
   * Kinds of value a sentence must state for this claim to flag without a negation (a true claim
   * about a date is only confirmed or contradicted by a sentence with a date); empty when none.
   */
  readonly needs: ReadonlySet<'date' | 'number' | 'ordinal'>;
  /** Wordings that state the relation only in a row or list item (column headings). */
  readonly headerPredicates: readonly Phrase[];
  /** The relation's wordings for a span's first and last day. */
  readonly starts: readonly Phrase[];
  readonly ends: readonly Phrase[];
  /** The claim's most specific group: the first that does not name Bhutan, else the first. */
  readonly anchorGroup: readonly string[];
  /** Every entity of every group. */
  readonly entityIds: readonly string[];
  /** Who may be the one acting: the first group where the relation says so, else every entity. */
  readonly agents: readonly string[];
  /** The entities of the groups that do not name Bhutan. */
  readonly partners: readonly string[];
}

/** The groups' entities in one array; a single group is its own. */
function flatGroups(groups: readonly (readonly string[])[]): readonly string[] {
  return groups.length === 1 ? (groups[0] as readonly string[]) : groups.flat();
}

type ValueKind = 'date' | 'number' | 'ordinal';
const VALUE_OF_SLOT = { year: 'date', date: 'date', number: 'number', ordinal: 'ordinal' } as const;
const VALUE_KINDS: readonly ValueKind[] = ['date', 'number', 'ordinal'];

/**
 * The kinds of value a claim needs (see `CompiledClaim.needs`) in the order first met, as a number:
 * one base-4 digit per kind, its place in VALUE_KINDS plus one ("date, number" is 1·4 + 2). Claims
 * with equal lists share one Set (`kindsOf`), and no Set is built per claim to find which.
 */
function valuesNeeded(claim: Claim): number {
  let code = 0;
  let seen = 0;
  const add = (kind: ValueKind): void => {
    const digit = VALUE_KINDS.indexOf(kind) + 1;
    if (seen & (1 << digit)) return;
    seen |= 1 << digit;
    code = code * 4 + digit;
  };
  const valued = claim.slots.every((slot) => slot.kind !== 'place');
  if (claim.verdict === 'true' && claim.slots.length && valued)
    for (const slot of claim.slots) add(VALUE_OF_SLOT[slot.kind as keyof typeof VALUE_OF_SLOT]);
  else
    for (const slot of claim.slots)
      if (slot.required && slot.kind !== 'place')
        add(VALUE_OF_SLOT[slot.kind as keyof typeof VALUE_OF_SLOT]);
  return code;
}

/** The kinds a `valuesNeeded` number lists, in its order. */
function kindsOf(code: number): Set<ValueKind> {
  const kinds: ValueKind[] = [];
  for (; code; code = Math.floor(code / 4)) kinds.unshift(VALUE_KINDS[(code % 4) - 1] as ValueKind);
  return new Set(kinds);
}

/** Options for building an index; the default is what the product uses. */
export interface IndexOptions {
  /**
   * Leave out each claim's own predicates and exclusions, keeping only its relation's shared
   * wordings: how much of the engine's reach comes from the frames (reported, not used).
   */
  readonly framesOnly?: boolean;
  /** Who vouches for these packs' claims (see trust.ts); vetted unless said otherwise. */
  readonly trust?: Trust;
}

/**
 * Every wording the index knows, looked up by its first word: a sentence is scanned once, and each
 * token only tries the wordings that can start there. `keys` say which claims a wording can
 * retrieve: `rel:<relation>` for a relation's shared wordings, `w:<wording>` for a claim's own.
 */
export interface WordingIndex {
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
  /** Wordings whose first word is a prefix ("sign*"), bucketed by its first three letters. */
  readonly byPrefix: ReadonlyMap<string, readonly Phrase[]>;
  readonly keys: ReadonlyMap<Phrase, readonly string[]>;
}

/**
 * Everything the matcher needs, built once per pack version: aliases bucketed by their first word,
 * the wording index, and claims bucketed by the rarest entity they require and by the keys of the
 * wordings that can state them, so that a sentence naming Bhutan and India only reaches the claims
 * whose predicate it also states.
 */
export interface ClaimIndex {
  readonly packVersions: readonly string[];
  readonly entities: ReadonlyMap<string, Entity>;
  readonly aliasesByFirstWord: ReadonlyMap<string, readonly Alias[]>;
  /** Aliases whose first word is a prefix pattern ("sino*"), checked by prefix. */
  readonly prefixAliases: readonly Alias[];
  readonly wordings: WordingIndex;
  /** Wordings that put a state of affairs in the past ("until this week", "at the time"). */
  readonly formerly: readonly Phrase[];
  /** Wordings that say a state of affairs holds now ("still", "to this day"). */
  readonly still: readonly Phrase[];
  /** Words that carry over the previous sentence's relation ("followed", "did the same"). */
  readonly ellipsis: readonly Phrase[];
  /** anchor entity → wording key → claims. */
  readonly claimsByAnchor: ReadonlyMap<string, ReadonlyMap<string, readonly CompiledClaim[]>>;
  /** anchor entity → wording key → repeated frames, whose instances a sentence's values pick. */
  readonly framesByAnchor: ReadonlyMap<
    string,
    ReadonlyMap<string, readonly RepeatedFrame<CompiledClaim>[]>
  >;
  /** anchor entity → claims (for tests and tools). */
  readonly claimsByEntity: ReadonlyMap<string, readonly CompiledClaim[]>;
  readonly claimCount: number;
  readonly trust: Trust;
  /** The pack each claim came from, for its flags' origin. */
  readonly packOf: ReadonlyMap<Claim, { readonly id: string; readonly title: string }>;
  /** Imported packs, indexed apart so that they cannot change a vetted verdict (see trust.ts). */
  readonly imported?: ClaimIndex;
  /** Brief fact → the ranks (ordinal slot values) its claims give: where a rank is part of it. */
  readonly ranksByFact: ReadonlyMap<string, ReadonlySet<number>>;
  /** Brief fact → the place slots its claims record (a right place and the known wrong ones). */
  readonly placesByFact: ReadonlyMap<string, readonly RecordedPlace[]>;
  /** Place entity → the entities of claims that record it as their right place ("Darjeeling": the 1949 treaty). */
  readonly rightPlaceOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** Partner → the day its relations with Bhutan began, as a true claim records it to the day. */
  readonly relationsSince: ReadonlyMap<string, string>;
  /** Brief fact → relation → the years its true claims record ("signed" in 1949, for F01). */
  readonly datedRelationsByFact: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<number>>>;
}

/** A compiled claim with the anchors it is bucketed under and what its wording keys come from. */
interface Placed {
  readonly compiled: CompiledClaim;
  readonly anchors: readonly string[];
  /** Its relation's keys (`rel:…`, `hdr:…`), shared by every claim of the relation. */
  readonly relationKeys: readonly string[];
  /** Its own wordings, as written. */
  readonly own: readonly string[];
}

const NO_KEYS: readonly string[] = [];

/** The wording keys that reach a claim: its relation's, then each distinct own wording once. */
function forEachKey(
  place: Placed,
  ownKey: (source: string) => string,
  visit: (key: string) => void,
): void {
  for (const key of place.relationKeys) visit(key);
  const { own } = place;
  for (let i = 0; i < own.length; i++)
    if (own.indexOf(own[i] as string) === i) visit(ownKey(own[i] as string));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Compiles each distinct wording once and records which keys it retrieves. */
class WordingBuilder {
  // One map per mode, keyed by the wording as written: no id string built per lookup.
  private readonly phrases: Record<PhraseMode, Map<string, Phrase>> = {
    stem: new Map(),
    exact: new Map(),
  };
  readonly byFirst = new Map<string, Phrase[]>();
  readonly byPrefix = new Map<string, Phrase[]>();
  readonly keys = new Map<Phrase, string[]>();

  add(source: string, key?: string, mode: PhraseMode = 'stem'): Phrase {
    let phrase = this.phrases[mode].get(source);
    if (!phrase) {
      phrase = compilePhrase(source, mode);
      this.phrases[mode].set(source, phrase);
      this.keys.set(phrase, []);
      const first = firstKey(phrase);
      if (first?.prefix) push(this.byPrefix, first.key.slice(0, 3), phrase);
      else if (first) push(this.byFirst, first.key, phrase);
    }
    const keys = this.keys.get(phrase) as string[];
    if (key && !keys.includes(key)) keys.push(key);
    return phrase;
  }
}

/** How common a group's entities are across the pack; Bhutan's group weighs most of all. */
function groupWeight(group: readonly string[], frequency: ReadonlyMap<string, number>): number {
  if (group.includes(PAGE_SUBJECT)) return Number.MAX_SAFE_INTEGER;
  let most = 0;
  for (const id of group) most = Math.max(most, frequency.get(id) ?? 0);
  return most;
}

/** The wordings a relation gives each of its claims. */
interface RelationWordings {
  /** The relation's wordings followed by a claim's own, one array per distinct list. */
  readonly withOwn: PhraseLists;
  readonly loose: ReadonlySet<Phrase>;
  readonly relationKey: string;
  readonly headerKey: string;
  /** Both keys, in that order. */
  readonly keys: readonly string[];
  readonly triggers: readonly Phrase[];
  readonly negative: readonly Phrase[];
  readonly clauseExclude: readonly Phrase[];
  readonly headers: readonly Phrase[];
  readonly starts: readonly Phrase[];
  readonly ends: readonly Phrase[];
}

const NO_PHRASES: readonly Phrase[] = [];

/** One array for each distinct list of wordings after a common head, looked up word by word. */
class PhraseLists {
  private readonly next = new Map<Phrase, PhraseLists>();
  private list: readonly Phrase[] | undefined;

  constructor(private readonly head: readonly Phrase[]) {}

  get(tail: readonly Phrase[]): readonly Phrase[] {
    if (!tail.length) return this.head;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let node: PhraseLists = this;
    for (const phrase of tail) {
      let child = node.next.get(phrase);
      if (!child) node.next.set(phrase, (child = new PhraseLists(this.head)));
      node = child;
    }
    return (node.list ??= [...this.head, ...tail]);
  }
}

const byId = (a: Claim, b: Claim): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildIndex(packs: readonly Pack[], options: IndexOptions = {}): ClaimIndex {
  const entities = new Map<string, Entity>();
  for (const pack of packs) for (const entity of pack.entities) entities.set(entity.id, entity);

  const aliasesByFirstWord = new Map<string, Alias[]>();
  const prefixAliases: Alias[] = [];
  for (const entity of entities.values()) {
    const add = (source: string, contextual: boolean): void => {
      const phrase = compilePhrase(source, 'exact');
      const first = phrase.words[0];
      if (!first) return;
      const alias = { phrase, entity, contextual };
      if (first.mode === 'prefix') prefixAliases.push(alias);
      else push(aliasesByFirstWord, first.word, alias);
    };
    entity.aliases.forEach((alias) => add(alias, false));
    entity.contextualAliases?.forEach((alias) => add(alias, true));
    for (const acronym of entity.acronyms ?? []) {
      const phrase = compilePhrase(acronym, 'exact');
      const first = phrase.words[0];
      if (first)
        push(aliasesByFirstWord, first.word, {
          phrase,
          entity,
          contextual: false,
          asWritten: acronym,
        });
    }
  }

  // Canonical order (packs as given, claims by id within a pack): storage order must not matter.
  const claims = packs.flatMap((pack) => [...pack.claims].sort(byId));
  const frequency = new Map<string, number>();
  for (const claim of claims)
    for (const group of claim.match.entities)
      for (const id of group) frequency.set(id, (frequency.get(id) ?? 0) + 1);

  const wordings = new WordingBuilder();
  const claimsByAnchor = new Map<string, Map<string, CompiledClaim[]>>();
  const claimsByEntity = new Map<string, CompiledClaim[]>();
  // What claims of one relation share is compiled once, at its first claim, and the same arrays
  // are handed to every claim of it (as are equal lists of wordings and of needed kinds), so that
  // the index holds little per claim. The wordings are added in the order they always were: the
  // first claim of a relation adds them between its own, later ones would add nothing new.
  const byRelation = new Map<string, RelationWordings>();
  const sharedNeeds = new Map<number, ReadonlySet<ValueKind>>();
  // Retrieval keys, one string each (a key built afresh per claim is hashed afresh per lookup).
  const ownKeys = new Map<string, string>();
  const ownKey = (source: string): string => {
    let key = ownKeys.get(source);
    if (key === undefined) ownKeys.set(source, (key = `w:${source}`));
    return key;
  };
  const noneNeeded: ReadonlySet<ValueKind> = new Set();
  const sharedExclusions = new PhraseLists(NO_PHRASES);
  const { frames, frameAt } = repeatedFrames(claims);
  const placed: Placed[] = [];
  for (const [order, claim] of claims.entries()) {
    const relationName = claim.match.relation;
    const relation = relationName ? RELATIONS.get(relationName) : undefined;
    const relationId = relation ? (relationName as string) : '';
    let shape = byRelation.get(relationId);
    const relationKey = shape?.relationKey ?? `rel:${relationName}`;
    // Column-heading words retrieve the relation's claims too, under a key of their own: prose
    // never reads them as the relation's wording.
    const headerKey = shape?.headerKey ?? `hdr:${relationName}`;
    // A claim's own wordings are keyed by the wording itself, so that a wording many claims share
    // ("sign*") adds one key to a sentence, not one per claim.
    const own = options.framesOnly && relation ? [] : (claim.match.predicates ?? []);
    const ownExclusions = options.framesOnly && relation ? [] : (claim.match.exclude ?? []);
    const addOwn = (): Phrase[] => own.map((source) => wordings.add(source, ownKey(source)));
    // A claim's own exclusions are words as written ("crowned" must not rule out "Crown
    // Prince"); `*` still ends a prefix.
    const addExclusions = (): Phrase[] =>
      ownExclusions.map((source) => wordings.add(source, undefined, 'exact'));
    let ownPhrases: Phrase[];
    let exclusions: Phrase[];
    if (!shape) {
      const triggers = (relation?.triggers ?? []).map((source) =>
        wordings.add(source, relationKey),
      );
      ownPhrases = addOwn();
      const loose = new Set(
        (relation?.loose ?? []).map((source) => wordings.add(source, relationKey)),
      );
      const negative = (relation?.negative ?? []).map((source) =>
        wordings.add(source, relationKey),
      );
      exclusions = addExclusions();
      shape = {
        withOwn: new PhraseLists(triggers),
        loose,
        relationKey,
        headerKey,
        keys: [relationKey, headerKey],
        triggers,
        negative,
        clauseExclude: (relation?.exclude ?? []).map((source) => wordings.add(source)),
        headers: (relation?.headers ?? []).map((source) => wordings.add(source, headerKey)),
        starts: (relation?.starts ?? []).map((source) => wordings.add(source)),
        ends: (relation?.ends ?? []).map((source) => wordings.add(source)),
      };
      byRelation.set(relationId, shape);
    } else {
      ownPhrases = addOwn();
      exclusions = addExclusions();
    }
    const groups = claim.match.entities;
    const entityIds = flatGroups(groups);
    const needs = valuesNeeded(claim);
    let needed = needs ? sharedNeeds.get(needs) : noneNeeded;
    if (!needed) sharedNeeds.set(needs, (needed = kindsOf(needs)));
    const compiled: CompiledClaim = {
      claim,
      order,
      instance: frameAt[order] !== -1,
      // A slot that has its label already is used as it is.
      slots: claim.slots.every((slot) => slot.label !== undefined)
        ? (claim.slots as readonly LabelledSlot[])
        : claim.slots.map((slot) => ({
            ...slot,
            label: slot.label ?? relation?.label ?? slot.name,
          })),
      predicates: shape.withOwn.get(ownPhrases),
      loosePredicates: shape.loose,
      negativePredicates: shape.negative,
      exclude: sharedExclusions.get(exclusions),
      clauseExclude: shape.clauseExclude,
      needs: needed,
      headerPredicates: shape.headers,
      starts: shape.starts,
      ends: shape.ends,
      anchorGroup: groups.find((group) => !group.includes(PAGE_SUBJECT)) ?? groups[0] ?? [],
      entityIds,
      agents: relation?.agent === 'first' ? (groups[0] ?? []) : entityIds,
      partners: flatGroups(groups.filter((group) => !group.includes(PAGE_SUBJECT))),
    };
    // Bucket under the group whose entities are rarest across the pack. Bhutan's group comes last:
    // on a Bhutan page it may be implied rather than named, and nearly every claim names it.
    // (The first of the rarest, as a stable sort by weight would give.)
    let rarest: readonly string[] = [];
    let least = Number.POSITIVE_INFINITY;
    for (const group of claim.match.entities) {
      const weight = groupWeight(group, frequency);
      if (weight < least) {
        least = weight;
        rarest = group;
      }
    }
    placed.push({ compiled, anchors: rarest, relationKeys: relation ? shape.keys : NO_KEYS, own });
  }
  // Instances of a relation the pack records more than once are reached through their frame.
  const framesByAnchor = new Map<string, Map<string, RepeatedFrame<CompiledClaim>[]>>();
  // A frame is reached through any of its instances' wordings, under their common anchors.
  const frameKeys = frames.map(() => new Set<string>());
  for (const [order, place] of placed.entries()) {
    const frame = frameAt[order] as number;
    if (frame === -1) continue;
    const union = frameKeys[frame] as Set<string>;
    forEachKey(place, ownKey, (key) => union.add(key));
  }
  for (const [order, place] of placed.entries()) {
    const { compiled, anchors } = place;
    const at = frameAt[order] as number;
    const frame = frames[at];
    for (const id of anchors) {
      push(claimsByEntity, id, compiled);
      if (!frame) {
        let byKey = claimsByAnchor.get(id);
        if (!byKey) claimsByAnchor.set(id, (byKey = new Map()));
        forEachKey(place, ownKey, (key) => push(byKey, key, compiled));
      } else if (frame.first === order) {
        let byKey = framesByAnchor.get(id);
        if (!byKey) framesByAnchor.set(id, (byKey = new Map()));
        const byValue = new Map<string, CompiledClaim[]>();
        for (const [value, members] of frame.byValue)
          byValue.set(
            value,
            members.map((member) => (placed[member] as Placed).compiled),
          );
        const shared = { first: compiled, slot: frame.slot, byValue };
        for (const key of frameKeys[at] as Set<string>) push(byKey, key, shared);
      }
    }
  }
  // Arrays grown by push keep room to grow; the index keeps exact copies.
  for (const byKey of claimsByAnchor.values())
    for (const [key, list] of byKey) byKey.set(key, list.slice());
  for (const [id, list] of claimsByEntity) claimsByEntity.set(id, list.slice());
  for (const byKey of framesByAnchor.values())
    for (const [key, list] of byKey) byKey.set(key, list.slice());
  const packOf = new Map<Claim, Pack>();
  for (const pack of packs) for (const claim of pack.claims) packOf.set(claim, pack);
  // Exact words: "had been" puts a state in the past, "have been" does not (they share a stem).
  const formerly = FORMERLY.map((source) => wordings.add(source, undefined, 'exact'));
  const still = STILL.map((source) => wordings.add(source, undefined, 'exact'));
  const ellipsis = ELLIPSIS.map((source) => wordings.add(source, undefined, 'exact'));
  return {
    ellipsis,
    formerly,
    still,
    packVersions: packs.map((pack) => `${pack.id}@${pack.version}`),
    entities,
    aliasesByFirstWord,
    prefixAliases,
    wordings: { byFirst: wordings.byFirst, byPrefix: wordings.byPrefix, keys: wordings.keys },
    claimsByAnchor,
    framesByAnchor,
    claimsByEntity,
    claimCount: claims.length,
    ranksByFact: ranksByFact(claims),
    placesByFact: placesByFact(claims),
    rightPlaceOf: rightPlaceOf(claims),
    relationsSince: relationsSince(claims),
    datedRelationsByFact: datedRelationsByFact(claims),
    trust: options.trust ?? 'vetted',
    packOf,
  };
}

function ranksByFact(claims: readonly Claim[]): Map<string, Set<number>> {
  const ranks = new Map<string, Set<number>>();
  for (const claim of claims)
    for (const slot of claim.slots) {
      if (slot.kind !== 'ordinal') continue;
      for (const fact of claim.facts) {
        let set = ranks.get(fact);
        if (!set) ranks.set(fact, (set = new Set()));
        set.add(slot.value);
      }
    }
  return ranks;
}

/** A place slot as the pack records it, with the claim's relation and its entities. */
export interface RecordedPlace {
  readonly slot: Extract<Slot, { kind: 'place' }>;
  readonly claim: Claim;
}

function placesByFact(claims: readonly Claim[]): Map<string, RecordedPlace[]> {
  const places = new Map<string, RecordedPlace[]>();
  for (const claim of claims)
    for (const slot of claim.slots)
      if (slot.kind === 'place')
        for (const fact of claim.facts) push(places, fact, { slot, claim });
  return places;
}

function rightPlaceOf(claims: readonly Claim[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const claim of claims)
    for (const slot of claim.slots) {
      if (slot.kind !== 'place') continue;
      let set = owners.get(slot.value);
      if (!set) owners.set(slot.value, (set = new Set()));
      for (const group of claim.match.entities) for (const id of group) set.add(id);
    }
  return owners;
}

function datedRelationsByFact(claims: readonly Claim[]): Map<string, Map<string, Set<number>>> {
  const relations = new Map<string, Map<string, Set<number>>>();
  for (const claim of claims) {
    const { relation } = claim.match;
    if (!relation || claim.verdict !== 'true') continue;
    for (const slot of claim.slots) {
      const year =
        slot.kind === 'date'
          ? Number(slot.value.slice(0, 4))
          : slot.kind === 'year'
            ? slot.value
            : undefined;
      if (year === undefined) continue;
      for (const fact of claim.facts) {
        let byRelation = relations.get(fact);
        if (!byRelation) relations.set(fact, (byRelation = new Map()));
        let years = byRelation.get(relation);
        if (!years) byRelation.set(relation, (years = new Set()));
        years.add(year);
      }
    }
  }
  return relations;
}

function relationsSince(claims: readonly Claim[]): Map<string, string> {
  const since = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const claim of claims) {
    if (claim.verdict !== 'true' || claim.match.relation !== 'relations-established') continue;
    const day = claim.slots.find(
      (slot) => slot.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(slot.value),
    );
    const partners = claim.match.entities.filter((group) => !group.includes(PAGE_SUBJECT));
    if (day?.kind !== 'date' || partners.length !== 1 || partners[0]?.length !== 1) continue;
    const partner = partners[0][0] as string;
    // A pack that gives two different days knows no single one.
    if (ambiguous.has(partner)) continue;
    const known = since.get(partner);
    if (known !== undefined && known !== day.value) {
      since.delete(partner);
      ambiguous.add(partner);
    } else since.set(partner, day.value);
  }
  return since;
}
