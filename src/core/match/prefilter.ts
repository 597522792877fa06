/**
 * What a retrieved claim must have in the sentence before it is worth verifying: each of its
 * entity groups named, referred to or framed (or Bhutan, which a relevant page may imply), and a
 * value that could fill each kind of slot it requires; an unverified claim beside other
 * arguments needs its Bhutan said, not implied. `verifyClaim` finds no match for a claim without
 * them (`bindArguments`, `judgeSlots`' missing required value, an unverified claim with Bhutan only
 * implied), so leaving such a claim out changes no answer; it only saves verifying it.
 */
import type { Mention, SentenceAnalysis } from './analyse';
import { PAGE_SUBJECT, type CompiledClaim, type LabelledSlot } from './index';
import { mayJudge } from './slots';
import type { Value } from '../text/values';

export function mayMatch(
  compiled: CompiledClaim,
  analysis: SentenceAnalysis,
  pageRelevant: boolean,
): boolean {
  const { claim } = compiled;
  const groups = claim.match.entities;
  for (const group of groups) {
    if (pageRelevant && group.includes(PAGE_SUBJECT)) {
      // Named or referred to (framing comes after implying): otherwise Bhutan is implied.
      if (claim.verdict === 'unverified' && groups.length > 1 && !saidIn(analysis.mentions, group))
        return false;
      continue;
    }
    if (!anyOf(group, analysis.entityIds)) return false;
  }
  const slots = compiled.slots;
  for (const required of slots) {
    if (!required.required || required.kind === 'place') continue;
    // Any slot of the same kind may see the value (judgeSlots judges a kind's slots together).
    if (!kindSeen(slots, required.kind, analysis.values)) return false;
  }
  return true;
}

function anyOf(group: readonly string[], ids: ReadonlySet<string>): boolean {
  for (const id of group) if (ids.has(id)) return true;
  return false;
}

function saidIn(mentions: readonly Mention[], group: readonly string[]): boolean {
  for (const mention of mentions)
    if (mention.via?.how !== 'framing' && group.includes(mention.entity)) return true;
  return false;
}

function kindSeen(
  slots: readonly LabelledSlot[],
  kind: LabelledSlot['kind'],
  values: readonly Value[],
): boolean {
  for (const slot of slots) {
    if (slot.kind !== kind) continue;
    for (const value of values) if (mayJudge(slot, value)) return true;
  }
  return false;
}
