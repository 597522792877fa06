/**
 * Whether a clause speaks of the past: a finite past verb ("agreed", "took", "was") that is not
 * part of a present perfect or a present passive ("has joined", "is guided"). Used to tell "Bhutan
 * agreed to be guided by India" (the 1949 treaty) from "India guides Bhutan" (now).
 */
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';
import type { Token } from './tokens';

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'used']);
const PRESENT_BEFORE = new Set([
  'is',
  'are',
  'am',
  'be',
  'being',
  'been',
  'has',
  'have',
  'remains',
  'remain',
  'stays',
  'will',
]);

/** Present forms the irregular-verb table maps to another "base" (is → be, have → has). */
const PRESENT_FORMS = new Set(['is', 'are', 'am', 'be', 'have', 'has', 'do', 'does', 'being']);

function pastForm(norm: string): boolean {
  if (PAST_AUXILIARIES.has(norm)) return true;
  if (PRESENT_FORMS.has(norm)) return false;
  const base = irregularVerbs[norm];
  if (base !== undefined) return base !== norm;
  return norm.length > 4 && norm.endsWith('ed');
}

/** A past verb in the clause, outside a present perfect or passive. */
export function clauseInPast(tokens: readonly Token[], clause: number): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.clause !== clause || !pastForm(token.norm)) continue;
    if (PAST_AUXILIARIES.has(token.norm)) return true;
    if (!PRESENT_BEFORE.has(tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** A past verb among the few words before `at` ("Bhutan agreed to be “guided by” India"). */
export function pastJustBefore(tokens: readonly Token[], at: number, reach = 5): boolean {
  for (let i = Math.max(0, at - reach); i < at; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (!pastForm(norm)) continue;
    if (PAST_AUXILIARIES.has(norm) || !PRESENT_BEFORE.has(tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}
