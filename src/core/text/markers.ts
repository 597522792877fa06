import { z } from 'zod';
import data from '../../../assets/lexicon/markers.json';
import type { Token } from './tokens';

/** Why a sentence is not a plain assertion; any of these means "do not flag". */
export type NonAssertion = 'question' | 'conditional' | 'hedge' | 'reported' | 'future';

export interface Markers {
  /** Token indices inside the scope of a negation cue. */
  readonly negated: ReadonlySet<number>;
  /** Markers that apply to a token (by index): a claim whose predicate sits there is not asserted. */
  readonly nonAssertion: ReadonlyMap<number, NonAssertion>;
  readonly question: boolean;
}

type Cue = readonly string[];
const cue = (phrase: string): Cue => phrase.split(' ');

// The cue phrases are data: assets/lexicon/markers.json says what each list does.
const cueGroups = z.array(
  z.strictObject({ why: z.string().optional(), cues: z.array(z.string().min(1)).min(1) }),
);
const lexicon = z
  .strictObject({
    format: z.literal('bhutan-fact-flags/markers@1'),
    about: z.string(),
    negations: cueGroups,
    notNegations: cueGroups,
    reported: cueGroups,
    rejected: cueGroups,
    memoryHedges: cueGroups,
    hedges: cueGroups,
    conditionals: cueGroups,
    future: cueGroups,
  })
  .parse(data);
const cuesOf = (groups: readonly { readonly cues: readonly string[] }[]): readonly Cue[] =>
  groups.flatMap((group) => group.cues.map(cue));
const NEGATIONS = cuesOf(lexicon.negations);
const NOT_NEGATIONS = cuesOf(lexicon.notNegations);
const REPORTED = cuesOf(lexicon.reported);
const REJECTED = cuesOf(lexicon.rejected);
const MEMORY_HEDGES = cuesOf(lexicon.memoryHedges);
const HEDGES = cuesOf(lexicon.hedges);
const CONDITIONALS = cuesOf(lexicon.conditionals);
const FUTURE = cuesOf(lexicon.future);

// The first words of the conditional cues, to tell cheaply that a sentence has none.
const CONDITIONAL_START = new RegExp(
  `\\b(?:${[...new Set(CONDITIONALS.map((phrase) => phrase[0] as string))].join('|')})\\b`,
  'i',
);
/** The sentence may hold a conditional cue ("if", "unless", "had it"); false means it holds none. */
export function mayBeConditional(text: string): boolean {
  return CONDITIONAL_START.test(text);
}

/** Words that may join the names of a list: "China, France, Russia, the UK and the US". */
// ("whether China, France, … or the United States" opens such a list too.)
const LIST_GLUE = new Set(['and', 'the', 'or', 'whether']);
const LIST_NAME_TOKENS = 8;

const AMONG = /^(?:on|among|in|within|part of|one of|included in|listed in|listed on)$/;
const IT = /^(?:it|them|this|that|these|those|the list|that list|this list|the lists)$/;

/** "… is not on it", "… are not among them": the negation at `at`, to its clause's end `end`. */
function notAmongIt(tokens: readonly Token[], at: number, end: number): boolean {
  if (!/^(?:is|are|was|were|has|have)$/.test(tokens[at - 1]?.norm ?? '')) return false;
  const rest = tokens
    .slice(at + 1, end)
    .map((token) => token.norm)
    .join(' ');
  for (const split of [1, 2, 3]) {
    const words = rest.split(' ');
    if (AMONG.test(words.slice(0, split).join(' ')) && IT.test(words.slice(split).join(' ')))
      return true;
  }
  return false;
}

const LISTED_NAMES = 3;
const LIST_ALTERNATIVE_REACH = 3;

/** After "claim(ed)", words that make it a claim to land, not a statement. */
const TERRITORIAL_CLAIM_NEXT = new Set(['by', 'to', 'over', 'line', 'lines', 'area', 'areas']);
// "on land Bhutan claims", "ground that Bhutan claims as its own": what is claimed is land.
const CLAIMED_LAND = new Set(['land', 'ground', 'territory', 'area', 'plateau', 'tract', 'soil']);
const CLAIMED_LAND_REACH = 4;

/** "Claim" at `at` speaks of land, not of what someone said. */
function territorialClaim(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.norm ?? '';
  if (TERRITORIAL_CLAIM_NEXT.has(next)) return true;
  if (next === 'as' && /^(?:its|their|her|his)$/.test(tokens[at + 2]?.norm ?? '')) return true;
  for (let k = at - 1; k >= 0 && at - k <= CLAIMED_LAND_REACH; k--)
    if (CLAIMED_LAND.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

const NEW_STATEMENT = new Set(['and', 'but', 'so']);

// Conjunctions that open a clause of its own inside a negated one.
const SUBORDINATE = new Set([
  'since',
  'because',
  'after',
  'before',
  'when',
  'while',
  'although',
  'once',
]);
const FINITE = /^(?:is|are|was|were|has|have|had|did|does)$|[a-z]{3,}ed$/;

const PARENTHETICALS = new Set([
  'however',
  'though',
  'indeed',
  'of',
  'course',
  'in',
  'fact',
  'still',
  'therefore',
  'thus',
  'moreover',
  'notably',
  'famously',
]);

/**
 * The first token a memory hedge at `at` casts doubt on: its own clause's start when that clause
 * opens with "and", "but" or "so" and goes on past the hedge with a statement of its own; else 0.
 */
function memoryScope(
  tokens: readonly Token[],
  at: number,
  length: number,
  clauseStart: number,
): number {
  const clause = tokens[at]?.clause ?? 0;
  if (clauseStart === 0 || !NEW_STATEMENT.has(tokens[clauseStart]?.norm ?? '')) return 0;
  const after = [1, 2].every((k) => tokens[at + length + k - 1]?.clause === clause);
  return after ? clauseStart : 0;
}

/** Modal verbs: they hedge the subordinate clause they stand in, not the clause around it. */
const MODALS = new Set(['may', 'might', 'could', 'would', 'should']);
// Only an embedded question narrows a modal's reach; after "that" or "which" the modal's clause
// is often the very statement ("an alliance that would reshape the region").
const SUBORDINATORS = new Set(['how', 'whether', 'why', 'what', 'where', 'when']);
// "…gave the kingdom a forum in which it could deal with all five": a relative clause after a
// preposition describes a noun; its modal says what that allows, not that the rest is unsure.
const RELATIVE_PREPOSITIONS = new Set(['in', 'through', 'by', 'under', 'with', 'from', 'at']);

/** A claim with its rating after it ("Qatar \"alliance\": False."): the article rates it. */
const RATED =
  /[:\u2013\u2014-]\s*(?:false|true|mostly false|mostly true|half true|misleading|myth|fake|fact|fiction|not true|untrue|wrong|correct|debunked)\s*[.!]?["'\u201D\u2019)]*$/i;
/**
 * A citation: a web address with a path, an access note ("retrieved 3 May 2024"), or a line of
 * sources ("Sources: the 1949 treaty text on CommonLII; …").
 */
const CITATION =
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|int|gov|edu|info|bt|in|bd|uk|au)(?:\.[a-z]{2})?\/\S*|\b(?:retrieved|accessed)\s+(?:on\s+)?\d|^\s*(?:sources?|references?|further reading|bibliography)\s*:/i;

/** A blank to fill in ("signed in ____ on 8 December"): an exercise, not a statement. */
const BLANK = /_{3,}|\.{5,}/;

const QUIZ_PROMPT =
  /^(?:\d+[.)]\s*)?(?:true or false|fact or fiction|fact or myth|myth or fact|quiz|(?:name|list|identify|give) (?:the|one|two|three|four|five|all|any)\b)/i;

const INTERROGATIVES = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'can',
  'could',
  'will',
  'would',
  'should',
  'how',
  'why',
  'what',
  'when',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'shall',
]);

function matchesAt(tokens: readonly Token[], at: number, phrase: Cue): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[at + k];
    if (!token) return false;
    const want = phrase[k] as string;
    if (want === "n't" ? !token.norm.endsWith("n't") : token.norm !== want) return false;
  }
  return true;
}

const DATE_NEIGHBOURS = new Set([
  'in',
  'of',
  'early',
  'late',
  'mid',
  'since',
  'until',
  'by',
  'from',
  'during',
  'and',
  'to',
]);

/** "May" the month is not "may" the hedge. */
function isMonthMay(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.norm ?? '';
  const previous = tokens[at - 1]?.norm ?? '';
  return /^\d/.test(next) || /^\d/.test(previous) || DATE_NEIGHBOURS.has(previous);
}

/** What a cue marks; the order is the order in which `readMarkers` applies them. */
const enum CueKind {
  NotNegation,
  Negation,
  Hedge,
  Memory,
  Future,
  Conditional,
  Reported,
  Rejected,
}

const CUE_LISTS: readonly (readonly [CueKind, readonly Cue[]])[] = [
  [CueKind.NotNegation, NOT_NEGATIONS],
  [CueKind.Negation, NEGATIONS],
  [CueKind.Hedge, HEDGES],
  [CueKind.Memory, MEMORY_HEDGES],
  [CueKind.Future, FUTURE],
  [CueKind.Conditional, CONDITIONALS],
  [CueKind.Reported, REPORTED],
  [CueKind.Rejected, REJECTED],
];

interface KindedCue {
  readonly kind: CueKind;
  readonly cue: Cue;
}

// Every cue indexed by its first word, so each token looks up once the cues that can start there.
const CUES_BY_FIRST = new Map<string, KindedCue[]>();
for (const [kind, cues] of CUE_LISTS)
  for (const cue of cues) {
    const first = cue[0] ?? '';
    const list = CUES_BY_FIRST.get(first);
    if (list) list.push({ kind, cue });
    else CUES_BY_FIRST.set(first, [{ kind, cue }]);
  }
const CONTRACTED = CUES_BY_FIRST.get("n't") ?? [];

/** Offsets of text between paired double quotes (straight or curly). */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let closed = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    // A sentence that continues a quotation opened before it: up to its closing mark.
    if (char === '\u201D' && open < 0 && !closed) spans.push([-1, i]);
    if (char === '\u201C' || (char === '"' && open < 0)) open = i;
    else if ((char === '\u201D' || char === '"') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    }
    if (char === '\u201D' || char === '"') closed = true;
  }
  // A quotation that opens the sentence and runs on past its end ("Bhutan has quietly joined NATO
  // as a global partner. …" the post went on): all of it is quoted.
  if (open >= 0 && !/\S/.test(text.slice(0, open))) spans.push([open, text.length]);
  return spans;
}

/**
 * Reads the markers of one sentence. `text` is the sentence; tokens come from `tokenize(text)`.
 * Scopes are by clause: a negation covers the rest of its clause, a hedge or conditional its whole
 * clause, a reported-speech marker the rest of the sentence (and the whole of it when it closes it).
 * Cues only note which clauses they cover; one pass over the tokens then applies them, so a sentence
 * of a thousand "if"s costs no more per word than one with a single "if".
 */
const QUESTION_OPENERS = new Set([
  'why',
  'how',
  'what',
  'when',
  'where',
  'who',
  'which',
  'whether',
]);

/** Words an aside between dashes may hold and still be one (a list of names, a date). */
const MAX_DASH_ASIDE = 24;

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** "until 1974", "till March", "until 12 May": a date after "until" in the negation's clause. */
function untilADate(tokens: readonly Token[], j: number, clause: number): boolean {
  if (j < 0 || tokens[j]?.clause !== clause) return false;
  const next = tokens[j + 1]?.norm ?? '';
  const after = tokens[j + 2]?.norm ?? '';
  return (
    /^\d{4}s?$/.test(next) ||
    MONTHS.has(next) ||
    (/^\d{1,2}(?:st|nd|rd|th)?$/.test(next) && MONTHS.has(after))
  );
}

export function readMarkers(
  text: string,
  tokens: readonly Token[],
  options: { readonly heading?: boolean } = {},
): Markers {
  const negated = new Set<number>();
  const nonAssertion = new Map<number, NonAssertion>();
  const trimmed = text.trim();
  const firstWord = tokens[0]?.norm ?? '';
  // A headline that opens with "Why" or "How" asks (or promises to explain) rather than asserts.
  const question =
    /\?["'\u201D\u2019)]*$/.test(trimmed) ||
    (INTERROGATIVES.has(firstWord) && /\?/.test(trimmed)) ||
    // A quiz item states what the reader is to judge: "True or false: Bhutan joined NATO."; or
    // tells the reader to answer: "Name the three countries that maintain resident embassies".
    QUIZ_PROMPT.test(trimmed) ||
    (options.heading === true && QUESTION_OPENERS.has(firstWord));
  const clauseOf = (at: number): number => tokens[at]?.clause ?? 0;
  // Where each token's clause opens, and how many listed names (capitalised words right after a
  // comma or "and": "India, Bangladesh and Kuwait") stand before it.
  const clauseStartAt = new Int32Array(tokens.length);
  const listedNamesBefore = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    clauseStartAt[i] =
      i > 0 && clauseOf(i - 1) === clauseOf(i) ? (clauseStartAt[i - 1] as number) : i;
    const token = tokens[i] as Token;
    // A listed name: a capitalised word right after a comma or "and" ("India, Bangladesh and
    // Kuwait"), not the words of one long name ("the North Atlantic Treaty Organization").
    const previous = tokens[i - 1];
    const listed =
      previous !== undefined &&
      (previous.norm === 'and' || /,\s*$/.test(text.slice(previous.end, token.start)));
    const capital = listed && /^[A-Z]/.test(text.slice(token.start, token.start + 1));
    listedNamesBefore[i + 1] = (listedNamesBefore[i] as number) + (capital ? 1 : 0);
  }
  /** Only whitespace stands between a comma and offset `at` of the text. */
  const commaBefore = (at: number): boolean => {
    let k = at - 1;
    while (k >= 0 && /\s/.test(text[k] ?? '')) k--;
    return text[k] === ',';
  };

  // A modal covers its clause from the subordinate clause it stands in ("the standoff showed how
  // quickly a dispute could escalate": only "how …" is hedged); other hedges the whole clause.
  // opener[j]: where the subordinate clause holding token j starts (its clause's start if none).
  const opener: number[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const fresh = j === 0 || clauseOf(j - 1) !== clauseOf(j);
    const relative =
      !fresh && tokens[j]?.norm === 'which' && RELATIVE_PREPOSITIONS.has(tokens[j - 1]?.norm ?? '');
    opener.push(
      relative
        ? j - 1
        : fresh || SUBORDINATORS.has(tokens[j]?.norm ?? '')
          ? j
          : (opener[j - 1] as number),
    );
  }
  const hedgedFrom = new Map<number, number>();
  const blocked = new Set<number>();
  // Where negation cues start, in order; blocked ones ("not only") are set aside once all are read.
  const negations: number[] = [];
  const hedged = new Set<number>();
  const future = new Set<number>();
  // A conditional clause and the clause it governs ("If X, then Y") are both hypothetical.
  const conditional = new Set<number>();
  // A rated claim or a citation quotes what it names; neither is the article's own assertion.
  let reported = RATED.test(trimmed) || CITATION.test(trimmed) || BLANK.test(trimmed);
  // Where a memory hedge's doubt begins: the whole sentence, unless the hedge opens a new
  // statement after "and", "but" or "so" ("we established relations in 1986, and I think that
  // surprised many people": only what follows is doubted).
  let doubtedFrom = Infinity;
  // What a cross mark rejects: the clause just before it ("…, but it was never a founding member
  // of NAM ✗" leaves "Bhutan joined the UN in 1971 ✓" standing), or, opening the sentence, all
  // that follows it in its clause ("❌ Bhutan is a member of the Commonwealth."). The correction after a
  // closing mark is asserted. (Marked once per token: a run of marks costs no more than one.)
  const rejected = new Uint8Array(tokens.length);
  // Up to where what others say runs, when the writer corrects it later in the sentence.
  let reportedUpTo = 0;
  let nextBut: Int32Array | undefined;
  let rejectedUpTo = 0;
  const apply = (found: readonly KindedCue[], at: number): void => {
    for (const { kind, cue } of found) {
      if (!matchesAt(tokens, at, cue)) continue;
      if (cue[0] === 'may' && isMonthMay(tokens, at)) continue;
      switch (kind) {
        case CueKind.NotNegation:
          for (let k = 0; k < cue.length; k++) blocked.add(at + k);
          break;
        case CueKind.Negation:
          negations.push(at);
          break;
        case CueKind.Hedge: {
          const clause = clauseOf(at);
          if (!MODALS.has(tokens[at]?.norm ?? '')) hedged.add(clause);
          const start = opener[at] ?? at;
          hedgedFrom.set(clause, Math.min(hedgedFrom.get(clause) ?? start, start));
          break;
        }
        case CueKind.Memory:
          doubtedFrom = Math.min(
            doubtedFrom,
            memoryScope(tokens, at, cue.length, clauseStartAt[at] ?? 0),
          );
          break;
        case CueKind.Future:
          future.add(clauseOf(at));
          break;
        case CueKind.Conditional:
          conditional.add(clauseOf(at));
          conditional.add(clauseOf(at) + 1);
          break;
        case CueKind.Rejected: {
          if (at === 0) {
            // (Its own clause only: "✗ 1/2 – Bhutan joined the UPU in 1969" is a mark, then the
            // examiner's correction.)
            for (let k = 0; k < tokens.length && clauseOf(k) === clauseOf(0); k++) rejected[k] = 1;
            break;
          }
          const before = at - 1;
          for (let k = Math.max(rejectedUpTo, clauseStartAt[before] ?? 0); k < at; k++)
            rejected[k] = 1;
          rejectedUpTo = Math.max(rejectedUpTo, at);
          break;
        }
        case CueKind.Reported: {
          // "territory claimed by Bhutan", "its claim to the plateau": a claim to land is no speech.
          const word = tokens[at]?.norm ?? '';
          if (/^claim/.test(word) && territorialClaim(tokens, at)) break;
          // (A cue inside a report already bounded by its correction adds nothing, nor one after
          // the whole sentence is reported: each cue is looked at once.)
          if (reported || at < reportedUpTo) break;
          // "Contrary to some reports, what closed was the agency's office", "Some people will tell
          // you that …, but it actually commemorates …": what others say stops where the writer's
          // correction starts.
          nextBut ??= butsAfter(tokens);
          const correction = correctionAfter(tokens, at, nextBut);
          if (correction !== undefined) reportedUpTo = Math.max(reportedUpTo, correction);
          else reported = true;
          break;
        }
      }
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const norm = (tokens[i] as Token).norm;
    const starting = CUES_BY_FIRST.get(norm);
    if (starting) apply(starting, i);
    if (norm.endsWith("n't")) apply(CONTRACTED, i);
  }
  // The first negation of a clause covers the rest of it (tokens of a clause are contiguous).
  // Where the clause of `start` ends (the next token's index), within `cell` when one is given.
  // (Both ends, where a clause's subordinate conjunction cuts a negation short, and the first
  // "until" or "till" at or after each token in its clause (-1 if none) are read in one backward
  // pass, so that many negations in one clause cost no more than one.)
  const clauseEndAt = new Int32Array(tokens.length);
  const cellEndAt = new Int32Array(tokens.length);
  const cutAt = new Int32Array(tokens.length);
  const untilAt = new Int32Array(tokens.length + 1).fill(-1);
  const withoutAt = new Int32Array(tokens.length + 1).fill(-1);
  const andAt = new Int32Array(tokens.length + 1).fill(-1);
  for (let i = tokens.length - 1, finiteAfter = false, cut = tokens.length; i >= 0; i--) {
    const next = tokens[i + 1];
    const sameClause = next !== undefined && next.clause === clauseOf(i);
    clauseEndAt[i] = sameClause ? (clauseEndAt[i + 1] as number) : i + 1;
    cellEndAt[i] =
      sameClause && next.cell === tokens[i]?.cell ? (cellEndAt[i + 1] as number) : i + 1;
    if (!sameClause) {
      finiteAfter = false;
      cut = tokens.length;
    }
    const word = tokens[i]?.norm ?? '';
    if (SUBORDINATE.has(word) && finiteAfter) cut = i;
    if (FINITE.test(word)) finiteAfter = true;
    cutAt[i] = cut;
    untilAt[i] =
      word === 'until' || word === 'till' ? i : sameClause ? (untilAt[i + 1] as number) : -1;
    withoutAt[i] = word === 'without' ? i : sameClause ? (withoutAt[i + 1] as number) : -1;
    andAt[i] = word === 'and' ? i : sameClause ? (andAt[i + 1] as number) : -1;
  }
  // The clauses that hold a finite verb ("has", "joined"), for denied subjects: one pass, made
  // only when a denial opens a clause. (A capitalised word is a name's: "United Kingdom" holds
  // no verb.)
  let finiteClauses: Set<number> | undefined;
  const finiteInClause = (at: number): boolean => {
    if (!finiteClauses) {
      finiteClauses = new Set<number>();
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i] as Token;
        if (FINITE.test(token.norm) && !/^[A-Z]/.test(text.slice(token.start, token.end)))
          finiteClauses.add(clauseOf(i));
      }
    }
    return finiteClauses.has(clauseOf(at));
  };
  const clauseEnd = (start: number, cell?: number): number => {
    if (start >= tokens.length) return start;
    if (cell === undefined) return clauseEndAt[start] as number;
    return tokens[start]?.cell === cell ? (cellEndAt[start] as number) : start;
  };
  /** Where a negation at `from` stops: its clause's end, or a conjunction opening a clause. */
  // (The search starts two tokens on: "never once had", "has not since joined" and "had never
  // before established" use the conjunction as an adverb of the negated verb.)
  const negationEnd = (from: number, end: number): number =>
    Math.min(end, from + 2 < tokens.length ? (cutAt[from + 2] as number) : end);
  const negate = (from: number, to: number): void => {
    for (let k = from; k < to; k++) negated.add(k);
  };
  // The first negation of each clause, and any after a conjunction that ended an earlier one's
  // reach ("rather than a high commission because the kingdom is not a member").
  // negationsBefore[k]: how many negation cues start before token k.
  const negationsBefore = new Int32Array(tokens.length + 1);
  for (const at of negations) negationsBefore[at + 1] = (negationsBefore[at + 1] ?? 0) + 1;
  for (let k = 1; k <= tokens.length; k++)
    negationsBefore[k] = (negationsBefore[k] ?? 0) + (negationsBefore[k - 1] ?? 0);
  const negatedFrom: [clause: number, from: number, reach: number][] = [];
  for (const at of negations) {
    if (blocked.has(at)) continue;
    const last = negatedFrom.at(-1);
    if (last && last[0] === clauseOf(at)) {
      if (at < last[2]) continue;
    }
    negatedFrom.push([clauseOf(at), at, negationEnd(at, clauseEnd(at, tokens[at]?.cell))]);
  }
  for (const [clause, from, reach] of negatedFrom) {
    // "did not open an office until 1974" says when it opened: the negation is a time limit.
    if (untilADate(tokens, untilAt[from + 1] ?? -1, clause)) continue;
    // "you do not become a UN member without being recognised": two denials make a condition,
    // which neither states nor denies either. (Only "without" before a gerund, with no "and" or
    // comma between: "has never joined the Commonwealth and manages without it" still denies.)
    const without = withoutAt[from + 1] ?? -1;
    if (
      tokens[from]?.norm !== 'without' &&
      without > from &&
      without < reach &&
      /ing$/.test(tokens[without + 1]?.norm ?? '') &&
      !((andAt[from + 1] ?? -1) > from && (andAt[from + 1] ?? -1) < without)
    ) {
      hedged.add(clause);
      continue;
    }
    // A row's cells are one clause, but a negation stays in its cell.
    const cell = tokens[from]?.cell ?? 0;
    const j = reach;
    negate(from, j);
    // "Bhutan is not, and has never been, a member": a negation that ends its clause goes on
    // past the aside after it (itself a negation) to the clause that completes it.
    if (
      j === from + 1 &&
      /^(?:is|are|was|were|has|have|had|does|did)$/.test(tokens[from - 1]?.norm ?? '') &&
      text
        .slice(tokens[from]?.end ?? 0)
        .trimStart()
        .startsWith(',')
    ) {
      let next = j;
      for (let hops = 0; hops < 2 && next < tokens.length && tokens[next]?.cell === cell; hops++) {
        const start = next;
        next = clauseEnd(start, cell);
        negate(start, next);
        // "Bhutan is not, however, a member": an adverb set off by commas is no aside of its own.
        const adverb =
          next - start <= 2 &&
          tokens.slice(start, next).every((token) => PARENTHETICALS.has(token.norm));
        if (adverb) continue;
        if ((negationsBefore[next] ?? 0) === (negationsBefore[start] ?? 0)) break;
      }
    }
    // "none of the five permanent members, China, France, Russia, the United Kingdom and the
    // United States, has relations": a list of names set off by commas does not end the denial.
    for (let next = j, listed = 0; next < tokens.length && tokens[next]?.cell === cell;) {
      const start = next;
      next = clauseEnd(start);
      // (An index walk: a slice of a long clause per negation would make many of them quadratic.)
      let names = true;
      for (let k = start; k < next && names; k++) {
        const token = tokens[k] as Token;
        names = LIST_GLUE.has(token.norm) || /^[A-Z]/.test(text.slice(token.start, token.end));
      }
      if (names && commaBefore(tokens[start]?.start ?? 0) && next - start <= LIST_NAME_TOKENS) {
        listed++;
        continue;
      }
      if (listed > 0) negate(start, next);
      break;
    }
    // "Neither France nor the United Kingdom, the continent's two permanent members of the
    // Security Council, has relations": a denied subject without a verb of its own goes on past
    // a verbless appositive to the clause that completes it.
    if (from === clauseStartAt[from] && !finiteInClause(from) && j < tokens.length) {
      for (let next = j, hops = 0; hops < 2 && next < tokens.length; hops++) {
        const start = next;
        next = clauseEnd(start, cell);
        if (next <= start) break;
        const verb = finiteInClause(start);
        if (hops === 0 && verb) break;
        if (verb) {
          negate(start, next);
          break;
        }
      }
    }
    // "no record of any alliance, defence pact or security agreement": the alternatives listed
    // after a denied noun are denied with it.
    if (j < tokens.length && tokens[j]?.cell === cell && commaBefore(tokens[j]?.start ?? 0)) {
      const next = clauseEnd(j, cell);
      for (let k = j; k < next && k - j <= LIST_ALTERNATIVE_REACH; k++) {
        const word = tokens[k]?.norm ?? '';
        if (FINITE.test(word)) break;
        if (word === 'or' || word === 'nor') {
          negate(j, next);
          break;
        }
      }
    }
    // "NATO publishes the list of its partners across the globe, and Bhutan is not on it": a name
    // said not to be on, among or part of what the clause before names is denied that clause.
    // (Unless the sentence has already listed who is: "Only three countries, India, Bangladesh
    // and Kuwait, keep embassies in Thimphu; Nepal is not among them" denies Nepal alone.)
    if (
      notAmongIt(tokens, from, j) &&
      from > 0 &&
      (listedNamesBefore[clauseStartAt[from] ?? 0] ?? 0) < LISTED_NAMES
    ) {
      const before = clauseOf(from) - 1;
      let start = from;
      while (start > 0 && clauseOf(start - 1) >= before) start--;
      if (clauseOf(start) === before) negate(start, from);
    }
    // "no partnership with NATO, either as a global partner or under the Partnership for Peace":
    // the alternatives after a negation are denied with it.
    for (
      let next = j;
      tokens[next]?.cell === cell && /^(?:either|or)$/.test(tokens[next]?.norm ?? '');
    ) {
      const start = next;
      next = clauseEnd(start, cell);
      negate(start, next);
    }
    // "None of the five — China, France, Russia, the UK and the US — has relations": an aside
    // between dashes or brackets does not end the clause; the negation goes on after it.
    if (!tokens[j]?.afterAside) continue;
    // The closing dash or bracket: the next one, a short aside away (commas may part its list).
    let k = j + 1;
    while (k < tokens.length && k - j <= MAX_DASH_ASIDE && !tokens[k]?.afterAside) k++;
    if (!tokens[k]?.afterAside || k - j > MAX_DASH_ASIDE) continue;
    negate(k, clauseEnd(k, cell));
  }

  const quoted = quotedTokens(text, tokens);
  // Strongest first: a question, then reported speech, a conditional, a hedge, the future.
  for (let j = 0; j < tokens.length; j++) {
    const clause = clauseOf(j);
    const why: NonAssertion | undefined = question
      ? 'question'
      : reported || quoted.has(j) || rejected[j] === 1 || j < reportedUpTo
        ? 'reported'
        : conditional.has(clause)
          ? 'conditional'
          : j >= doubtedFrom || hedged.has(clause) || j >= (hedgedFrom.get(clause) ?? Infinity)
            ? 'hedge'
            : future.has(clause)
              ? 'future'
              : undefined;
    if (why) nonAssertion.set(j, why);
  }
  return { negated, nonAssertion, question };
}

/**
 * Where the writer's own correction of a reported claim starts, if the sentence gives one: after
 * "contrary to …," its clause's end; after a report, a "but" followed closely by "actually", "in
 * fact" or "it".
 */
function correctionAfter(
  tokens: readonly Token[],
  at: number,
  nextBut: Int32Array,
): number | undefined {
  if (tokens[at]?.norm === 'contrary' && tokens[at + 1]?.norm === 'to') {
    const clause = tokens[at]?.clause;
    let k = at;
    while (k < tokens.length && tokens[k]?.clause === clause) k++;
    return k < tokens.length ? k : undefined;
  }
  const k = nextBut[at + 1] ?? -1;
  if (k < 0) return undefined;
  const next = (d: number): string => tokens[k + d]?.norm ?? '';
  const corrects =
    [1, 2, 3].some((d) => next(d) === 'actually') ||
    [1, 2].some((d) => next(d) === 'in' && next(d + 1) === 'fact') ||
    next(1) === 'it';
  return corrects ? k : undefined;
}

/** For each token, the first "but" at or after it (-1 if none): one backward pass. */
function butsAfter(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length + 1).fill(-1);
  for (let i = tokens.length - 1; i >= 0; i--)
    out[i] = tokens[i]?.norm === 'but' ? i : (out[i + 1] as number);
  return out;
}

/** Tokens of direct speech of four words or more: the speaker's claim, not the article's. */
function quotedTokens(text: string, tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  let j = 0;
  // Spans come in order and do not overlap, so one walk over the tokens serves them all.
  for (const [from, to] of quotedSpans(text)) {
    while (j < tokens.length && (tokens[j] as Token).start <= from) j++;
    let end = j;
    while (end < tokens.length && (tokens[end] as Token).end <= to) end++;
    if (end - j >= 4) for (let k = j; k < end; k++) inside.add(k);
    j = end;
  }
  return inside;
}
