/**
 * Who vouches for a flag. Vetted packs (the bundled one) and imported packs are matched apart: the
 * vetted index never sees an imported entity, alias or claim, so nothing an import holds can change
 * a vetted verdict (no shadowing by id, no tie that cancels a vetted contradiction, no alias that
 * swallows a vetted entity's name). Imported flags then fill in only sentences the vetted packs do
 * not flag; where they disagree with a vetted flag, the vetted flag wins and says so.
 */
import type { Pack } from '../claims/schema';
import { buildIndex, type ClaimIndex } from './index';

export type Trust = 'vetted' | 'imported';

export interface FlagOrigin {
  readonly packId: string;
  readonly title: string;
  readonly trust: Trust;
  /** On a vetted flag: titles of imported packs that disagreed on this sentence and were overruled. */
  readonly overruled?: readonly string[];
}

/** The fields of a flag the trust rule reads and writes. */
interface Placed {
  readonly block: number;
  readonly start: number;
  readonly verdict: string;
  readonly claimId: string;
  readonly origin: FlagOrigin;
}

/**
 * The vetted packs' index, with the imported packs' index beside it. The imported one knows the
 * vetted entities too (imports such as ClaimReview name them) but holds no vetted claim.
 */
export function buildTrustedIndex(
  vetted: readonly Pack[],
  imported: readonly Pack[] = [],
): ClaimIndex {
  const index = buildIndex(vetted);
  if (!imported.length) return index;
  const vocabulary = vetted.map((pack) => ({ ...pack, claims: [] }));
  return { ...index, imported: buildIndex([...vocabulary, ...imported], { trust: 'imported' }) };
}

/** Where a claim of `index` came from. */
export function originOf(index: ClaimIndex, claim: object): FlagOrigin {
  const pack = index.packOf.get(claim as never);
  return { packId: pack?.id ?? '', title: pack?.title ?? '', trust: index.trust };
}

/** The imported packs' pass over a page: its progress reports the vetted flags, which are final. */
export function* importedSteps<F, P extends { readonly flags: readonly F[] }>(
  steps: Generator<P, F[]>,
  vetted: readonly F[],
): Generator<P & { readonly importedPass: true }, F[]> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield { ...step.value, flags: vetted, importedPass: true };
  }
}

const at = (flag: Placed): string => `${flag.block}:${flag.start}`;

/**
 * Merges the flags of the imported packs into the vetted ones: on a sentence with a vetted flag the
 * imported ones are dropped (a disagreement is noted on the vetted flag); elsewhere they stay, with
 * their claim ids in their pack's namespace ("pack-id/claim-id"), so hiding one hides no other.
 */
export function applyTrust<F extends Placed>(vetted: readonly F[], imported: readonly F[]): F[] {
  if (!imported.length) return [...vetted];
  const vettedAt = new Map<string, F[]>();
  for (const flag of vetted) vettedAt.set(at(flag), [...(vettedAt.get(at(flag)) ?? []), flag]);
  const overruled = new Map<F, Set<string>>();
  const kept: F[] = [];
  for (const flag of imported) {
    const rivals = vettedAt.get(at(flag));
    if (!rivals) {
      kept.push({ ...flag, claimId: `${flag.origin.packId}/${flag.claimId}` });
      continue;
    }
    for (const rival of rivals)
      if (rival.verdict !== flag.verdict)
        overruled.set(rival, (overruled.get(rival) ?? new Set()).add(flag.origin.title));
  }
  const merged = vetted.map((flag) => {
    const titles = overruled.get(flag);
    return titles ? { ...flag, origin: { ...flag.origin, overruled: [...titles].sort() } } : flag;
  });
  return [...merged, ...kept].sort((a, b) => a.block - b.block || a.start - b.start);
}
