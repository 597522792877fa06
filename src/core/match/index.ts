import type { Claim, Entity, Pack } from '../claims/schema';
import { compilePhrase, type Phrase } from './phrase';

/** The entity a relevant page is about; it may be implied by the page rather than named. */
export const PAGE_SUBJECT = 'bhutan';

export interface Alias {
  readonly phrase: Phrase;
  readonly entity: Entity;
  /** Only valid on a page already about Bhutan ("the kingdom"). */
  readonly contextual: boolean;
}

export interface CompiledClaim {
  readonly claim: Claim;
  /** Position in the packs as given (bundled pack first): the tie-break wherever order matters. */
  readonly order: number;
  readonly predicates: readonly Phrase[];
  readonly exclude: readonly Phrase[];
}

/**
 * Everything the matcher needs, built once per pack version: aliases bucketed by their first word,
 * and claims bucketed by the rarest entity they require, so the work per sentence depends on the
 * entities it names, not on the number of claims.
 */
export interface ClaimIndex {
  readonly packVersions: readonly string[];
  readonly entities: ReadonlyMap<string, Entity>;
  readonly aliasesByFirstWord: ReadonlyMap<string, readonly Alias[]>;
  /** Aliases whose first word is a prefix pattern ("sino*"), checked by prefix. */
  readonly prefixAliases: readonly Alias[];
  readonly claimsByEntity: ReadonlyMap<string, readonly CompiledClaim[]>;
  readonly claimCount: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildIndex(packs: readonly Pack[]): ClaimIndex {
  const entities = new Map<string, Entity>();
  for (const pack of packs) for (const entity of pack.entities) entities.set(entity.id, entity);

  const aliasesByFirstWord = new Map<string, Alias[]>();
  const prefixAliases: Alias[] = [];
  for (const entity of entities.values()) {
    const add = (source: string, contextual: boolean): void => {
      const phrase = compilePhrase(source);
      const first = phrase.words[0];
      if (!first) return;
      const alias = { phrase, entity, contextual };
      if (first.prefix) prefixAliases.push(alias);
      else push(aliasesByFirstWord, first.word, alias);
    };
    entity.aliases.forEach((alias) => add(alias, false));
    entity.contextualAliases?.forEach((alias) => add(alias, true));
  }

  // Canonical order (packs as given, claims by id within a pack): storage order must not matter.
  const claims = packs.flatMap((pack) =>
    [...pack.claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
  const frequency = new Map<string, number>();
  for (const claim of claims)
    for (const group of claim.match.entities)
      for (const id of group) frequency.set(id, (frequency.get(id) ?? 0) + 1);
  const claimsByEntity = new Map<string, CompiledClaim[]>();
  for (const [order, claim] of claims.entries()) {
    const compiled: CompiledClaim = {
      claim,
      order,
      predicates: claim.match.predicates.map(compilePhrase),
      exclude: (claim.match.exclude ?? []).map(compilePhrase),
    };
    // Bucket under the group whose entities are rarest across the pack.
    // Bucket under the group whose entities are rarest across the pack. Bhutan's group comes last:
    // on a Bhutan page it may be implied rather than named, and nearly every claim names it.
    const weight = (group: readonly string[]): number =>
      group.includes(PAGE_SUBJECT)
        ? Number.MAX_SAFE_INTEGER
        : group.reduce((max, id) => Math.max(max, frequency.get(id) ?? 0), -Infinity);
    const rarest = [...claim.match.entities].sort((a, b) => weight(a) - weight(b))[0] ?? [];
    for (const id of rarest) push(claimsByEntity, id, compiled);
  }
  return {
    packVersions: packs.map((pack) => `${pack.id}@${pack.version}`),
    entities,
    aliasesByFirstWord,
    prefixAliases,
    claimsByEntity,
    claimCount: claims.length,
  };
}
