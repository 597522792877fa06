/**
 * What a retrieved claim must have in the sentence before it is worth verifying: each of its
 * entity groups named, referred to or framed (or Bhutan, which a relevant page may imply), and a
 * value that could fill each kind of slot it requires; an unverified claim beside other
 * arguments needs its Bhutan said, not implied. `verifyClaim` finds no match for a claim without
 * them (`bindArguments`, `judgeSlots`' missing required value, an unverified claim with Bhutan only
 * implied), so leaving such a claim out changes no answer; it only saves verifying it.
 */
import type { SentenceAnalysis } from './analyse';
import { PAGE_SUBJECT, type CompiledClaim } from './index';
import { mayJudge } from './slots';

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
      if (
        claim.verdict === 'unverified' &&
        groups.length > 1 &&
        !analysis.mentions.some(
          (mention) => mention.via?.how !== 'framing' && group.includes(mention.entity),
        )
      )
        return false;
      continue;
    }
    if (!group.some((id) => analysis.entityIds.has(id))) return false;
  }
  const slots = compiled.slots;
  for (const required of slots) {
    if (!required.required || required.kind === 'place') continue;
    // Any slot of the same kind may see the value (judgeSlots judges a kind's slots together).
    const seen = slots.some(
      (slot) =>
        slot.kind === required.kind && analysis.values.some((value) => mayJudge(slot, value)),
    );
    if (!seen) return false;
  }
  return true;
}
