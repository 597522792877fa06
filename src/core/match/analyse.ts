import { findAnaphors } from '../discourse/anaphora';
import type { Named, Salience } from '../discourse/salience';
import { readMarkers, type Markers } from '../text/markers';
import { COMMON_WORDS } from '../discourse/common-words';
import { MONTHS } from '../text/numbers';
import { lendMonths, lendYears, placeInTime } from '../text/relative-dates';
import { tokenize, type Token } from '../text/tokens';
import { HEADER_END } from '../text/header-mark';
import { extractValues, type Value } from '../text/values';
import type { ClaimIndex, WordingIndex } from './index';
import { wordStartsOf, type WordStarts } from './memo';
import { matchPhraseAt, type Phrase, type PhraseMatch } from './phrase';

export interface Mention {
  readonly entity: string;
  readonly kind: string;
  /** Token range of the alias or referring words; -1 for an argument the sentence leaves unsaid. */
  readonly from: number;
  readonly to: number;
  /**
   * Not named but understood: through referring words ("it", "the two countries") or from the
   * section or title the sentence sits under. `surface` is what the card quotes.
   */
  readonly via?: {
    readonly how: 'reference' | 'framing';
    readonly surface: string;
    readonly two: boolean;
    /** A second, weaker reading of the words (the page's subject behind "it"). */
    readonly second?: boolean;
  };
}

/** What the page has said so far, for a sentence that refers back or leaves an argument unsaid. */
export interface Discourse {
  readonly salience: Salience;
  /** The page's subject (Bhutan on a relevant page), which first-person words stand for. */
  readonly subject?: string;
  /** The sentence opens a list item, table row, cell or heading. */
  readonly fragment?: boolean;
  /** The sentence is a heading or caption. */
  readonly heading?: boolean;
  /** The article's own date, when it gives one: "on Thursday" and "last year" resolve against it. */
  readonly pageDate?: string;
  /** The year the previous sentence named, for "of the same year". */
  readonly previousYear?: number;
  /** The year the paragraph (or item) so far narrates: the last one it has named. */
  readonly narratedYear?: number;
  /** The month (and its year) the previous sentence named, for "the following month". */
  readonly previousMonth?: { readonly year: number; readonly month: number };
}

/**
 * Who "the two countries" are: two named in its own clause ("India and China … the two sides"),
 * else — on a page about Bhutan — Bhutan and the country named last ("Vietnam followed when the
 * two countries' ambassadors signed"), else the two the page named last.
 */
function pairFor(
  anaphor: { readonly from: number },
  tokens: readonly Token[],
  before: readonly Mention[],
  subject: string | undefined,
  fromPage: () => Named[],
): Named[] {
  const clause = tokens[anaphor.from]?.clause;
  const unique = (mentions: readonly Mention[]): Named[] => {
    const out: Named[] = [];
    for (const { entity, kind } of mentions)
      if (!out.some((item) => item.entity === entity)) out.push({ entity, kind });
    return out;
  };
  const inClause = unique(before.filter((mention) => tokens[mention.from]?.clause === clause));
  if (inClause.length >= 2) return inClause.slice(-2);
  // The country named last besides Bhutan ("Vietnam … its relations with Bhutan date from …, when
  // the two countries' ambassadors signed": Vietnam, not whatever the page named before).
  const nearest =
    unique([...before].reverse()).find((item) => item.entity !== subject) ??
    fromPage().find((item) => item.entity !== subject);
  if (subject && nearest && nearest.entity !== subject)
    return [{ entity: subject, kind: 'country' }, nearest];
  return fromPage();
}

/** Kinds whose unsaid argument a section heading or the title can supply. */
const FRAMED_KINDS = ['country', 'organisation', 'document', 'event', 'thing', 'person'];
/** In prose, a body a page is about may be left unsaid ("obtained observer status in 1998"). */
const PROSE_FRAMED_KINDS = ['organisation'];

/** Mentions a sentence does not make itself, resolved against what the page has said so far. */
function understoodMentions(
  tokens: readonly Token[],
  text: string,
  named: readonly Mention[],
  index: ClaimIndex,
  discourse: Discourse,
): Mention[] {
  const { salience, subject } = discourse;
  const out: Mention[] = [];
  const overlapsNamed = (from: number, to: number): boolean =>
    named.some((mention) => mention.from < to && from < mention.to);
  for (const anaphor of findAnaphors(tokens, text)) {
    if (overlapsNamed(anaphor.from, anaphor.to)) continue;
    // "The first international organisation the kingdom joined was the Colombo Plan": a
    // description the sentence goes on to name in its clause is that name, not one said before.
    const clause = tokens[anaphor.from]?.clause;
    if (
      anaphor.description &&
      named.some(
        (mention) =>
          mention.from >= anaphor.to &&
          tokens[mention.from]?.clause === clause &&
          anaphor.kinds.includes(mention.kind),
      )
    )
      continue;
    const via = { how: 'reference', surface: anaphor.surface, two: anaphor.two } as const;
    if (anaphor.speaker) {
      if (subject)
        out.push({ entity: subject, kind: 'country', from: anaphor.from, to: anaphor.to, via });
      continue;
    }
    const head = anaphor.head;
    const accepts = (id: string): boolean => {
      if (!head) return true;
      const entity = index.entities.get(id);
      return [entity?.name ?? '', ...(entity?.aliases ?? [])].some((alias) =>
        alias
          .toLowerCase()
          .split(/[\s-]+/)
          .includes(head),
      );
    };
    // One referent: an antecedent in the sentence itself first ("the Philippines … signed a
    // communiqué of its own"), else what the page named most recently, of any kind the words allow.
    const count = anaphor.two ? 2 : 1;
    const before = named.filter(
      (mention) =>
        anaphor.kinds.includes(mention.kind) &&
        mention.to <= anaphor.from &&
        accepts(mention.entity),
    );
    const inSentence = before
      .filter((mention, i) => before.findIndex((other) => other.entity === mention.entity) === i)
      .slice(0, count);
    // A name the engine does not know before the words ("Oman said its …") is their antecedent.
    const unknownFirst = namesSomethingUnknown(tokens, text, named, {
      before: anaphor.from,
      clauseStarts: true,
    });
    const referents = anaphor.two
      ? pairFor(anaphor, tokens, before, subject, () =>
          unknownFirst ? [] : salience.candidates(anaphor.kinds, 2, accepts),
        )
      : inSentence.length === count
        ? inSentence
        : unknownFirst
          ? []
          : salience.candidates(anaphor.kinds, count, accepts);
    // A pair is two of one kind: "the two countries" with only one country in mind is no pair.
    if (
      anaphor.two &&
      (referents.length < 2 ||
        (referents[0]?.kind !== referents[1]?.kind &&
          !referents.some((item) => item.entity === subject)))
    )
      continue;
    for (const { entity, kind } of referents)
      out.push({ entity, kind, from: anaphor.from, to: anaphor.to, via });
    // On a page about Bhutan, "it" or "the country" may still be Bhutan when the page named
    // something else last ("Its memberships of the FAO…" after a sentence about the UN): Bhutan
    // stays a second reading, weaker, for a claim that needs a country there.
    if (
      subject &&
      !anaphor.two &&
      anaphor.kinds.includes('country') &&
      !referents.some((item) => item.entity === subject) &&
      inSentence.length < count &&
      !unknownFirst &&
      salience.candidates(['country'], 3).some((item) => item.entity === subject)
    )
      out.push({
        entity: subject,
        kind: 'country',
        from: anaphor.from,
        to: anaphor.to,
        via: { ...via, second: true },
      });
  }
  // A list item or table row may leave its subject to its section, unless it names something the
  // engine does not know (then that is its subject, not the section's).
  if (namesSomethingUnknown(tokens, text, named)) return out;
  for (const kind of discourse.fragment ? FRAMED_KINDS : PROSE_FRAMED_KINDS) {
    // Only an argument of a kind the sentence names nothing of can be left to its section.
    if (named.some((mention) => mention.kind === kind && mention.entity !== subject)) continue;
    const framed = salience.framing(kind);
    // In prose, only while nothing else of the kind has been named since: "The kingdom obtained
    // observer status in April 1998" under "Why Bhutan is still only an observer at the WTO", but
    // not "It joined in 1971" right after a sentence about the UN.
    if (
      framed &&
      !discourse.fragment &&
      salience.candidates([kind], 1)[0]?.entity !== framed.entity
    )
      continue;
    if (framed && framed.entity !== subject)
      out.push({
        entity: framed.entity,
        kind,
        from: -1,
        to: -1,
        via: { how: 'framing', surface: framed.surface, two: false },
      });
  }
  return out;
}

/**
 * An acronym or a capitalised word inside a clause that no alias accounts for: a name the engine
 * does not know ("IFC", "Mauritius"), which a row or item is then about.
 */
function namesSomethingUnknown(
  tokens: readonly Token[],
  text: string,
  named: readonly Mention[],
  { before = tokens.length, clauseStarts = false } = {},
): boolean {
  // (Read off the text in place: this runs once per referring word and once more per sentence.)
  const end = Math.min(before, tokens.length);
  for (let i = 0; i < end; i++) {
    if (covers(named, i)) continue;
    const token = tokens[i] as Token;
    if (isAcronym(text, token.start, token.end)) {
      if (!MONTHS.has(token.norm)) return true;
      continue;
    }
    const clauseStart = i === 0 || tokens[i - 1]?.clause !== token.clause;
    if (
      (clauseStarts || !clauseStart) &&
      isCapitalised(text, token.start, token.end) &&
      !MONTHS.has(token.norm) &&
      !COMMON_WORDS.has(token.norm)
    )
      return true;
  }
  return false;
}

/** One of the mentions spans token `i`. */
function covers(mentions: readonly Mention[], i: number): boolean {
  for (const mention of mentions) if (i >= mention.from && i < mention.to) return true;
  return false;
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;

/** `text.slice(start, end)` is two or more capitals and an optional "s" (/^[A-Z]{2,}s?$/). */
function isAcronym(text: string, start: number, end: number): boolean {
  const last = end - start >= 3 && text.charCodeAt(end - 1) === 115 ? end - 1 : end;
  if (last - start < 2) return false;
  for (let k = start; k < last; k++) if (!isUpper(text.charCodeAt(k))) return false;
  return true;
}

/** `text.slice(start, end)` opens with a capital and a lower-case letter (/^[A-Z][a-z]/). */
function isCapitalised(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const second = text.charCodeAt(start + 1);
  return isUpper(text.charCodeAt(start)) && second >= 97 && second <= 122;
}

const FRACTION_BEFORE = new Set(['a', 'one', 'two', 'three', 'four', 'a half']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'our',
]);

/**
 * A value that names something else the sentence mentions, not the date or number of what it
 * asserts: "ahead of the 2024 elections" (a year between a determiner and a noun that is neither
 * a wording nor an entity), "the first new partner since 2013" (a point of comparison).
 */
const PARTITIVE_ARTICLES = new Set(['the', 'these', 'those']);
const QUANTIFIERS = new Set(['none', 'all', 'each', 'any', 'neither', 'either', 'one', 'both']);
const RESTRICTIVE = new Set(['with', 'that', 'which', 'who', 'having', 'hosting', 'to', 'in']);

function belongsElsewhere(
  value: Value & { readonly token: number },
  tokens: readonly Token[],
  text: string,
  mentions: readonly Mention[],
  wordings: ReadonlyMap<Phrase, readonly PhraseMatch[]>,
  nameHas: (entity: string, word: string) => boolean,
): boolean {
  const at = value.token;
  // "a third of the members", "two-thirds of": a fraction, not a rank.
  if (value.kind === 'ordinal')
    return (
      FRACTION_BEFORE.has(tokens[at - 1]?.norm ?? '') && /^of$/.test(tokens[at + 1]?.norm ?? '')
    );
  // "None of the three countries has an embassy in Thimphu": "the three" after a quantifier
  // points back to a group named before; it counts nothing.
  if (
    value.kind === 'number' &&
    PARTITIVE_ARTICLES.has(tokens[at - 1]?.norm ?? '') &&
    tokens[at - 2]?.norm === 'of' &&
    QUANTIFIERS.has(tokens[at - 3]?.norm ?? '') &&
    // "one of the three countries with an embassy in Thimphu" says which three, and counts them.
    !RESTRICTIVE.has(tokens[at + 2]?.norm ?? '')
  )
    return true;
  if (value.kind !== 'date') return false;
  // "The 2007 treaty", "the 1949 Treaty of Friendship": a year in a name names, it does not date
  // (a year inside a name's gap, "negotiat* … boundary", is still a date).
  const word = tokens[at]?.norm ?? '';
  if (
    mentions.some(
      (mention) =>
        !mention.via && at >= mention.from && at < mention.to && nameHas(mention.entity, word),
    )
  )
    return true;
  const last = tokens.findIndex((token) => token.start >= value.end);
  const next = last < 0 ? tokens.length : last;
  const covered = (i: number): boolean =>
    mentions.some((mention) => i >= mention.from && i < mention.to) ||
    [...wordings.values()].some((matches) => matches.some((m) => i >= m.from && i < m.to));
  const before = tokens[at - 1];
  const possessive = before !== undefined && /'s$/.test(text.slice(before.start, before.end));
  const following = tokens[next];
  if (
    (DETERMINERS.has(before?.norm ?? '') || possessive) &&
    following &&
    following.clause === tokens[at]?.clause &&
    /^[a-z]/.test(following.norm) &&
    !MONTHS.has(following.norm) &&
    !covered(next)
  )
    return true;
  // "the first new partner since 2013", "the first country … since Oman did so in March 2012":
  // the point of comparison's date.
  const clause = tokens[at]?.clause;
  for (let k = at - 1; k >= 0 && at - k <= SINCE_REACH && tokens[k]?.clause === clause; k--) {
    if (tokens[k]?.norm !== 'since') continue;
    for (let i = k - 1; i >= 0 && tokens[i]?.clause === clause; i--)
      if (tokens[i]?.norm === 'first') return true;
    break;
  }
  return false;
}

/** How far before a date "since" may stand in "the first … since Oman did so in March 2012". */
const SINCE_REACH = 6;

const NAME_WORDS = new WeakMap<ClaimIndex, Map<string, Set<string>>>();

/** The words of an entity's name and aliases (for "the 2007 treaty": 2007, treaty). */
function nameWords(index: ClaimIndex, entity: string): Set<string> {
  let byEntity = NAME_WORDS.get(index);
  if (!byEntity) NAME_WORDS.set(index, (byEntity = new Map()));
  let words = byEntity.get(entity);
  if (!words) {
    const known = index.entities.get(entity);
    words = new Set(
      [known?.name ?? '', ...(known?.aliases ?? [])].flatMap((alias) =>
        alias.toLowerCase().split(/[\s-]+/),
      ),
    );
    byEntity.set(entity, words);
  }
  return words;
}

/** What a sentence gives the page's memory: what it names, and what its plain references meant. */
export function namedIn(analysis: SentenceAnalysis): Named[] {
  return analysis.mentions
    .filter(
      (mention) =>
        !mention.via ||
        (mention.via.how === 'reference' && mention.kind === 'country' && !mention.via.two),
    )
    .sort((a, b) => a.from - b.from)
    .map(({ entity, kind }) => ({ entity, kind }));
}

/** Everything the verifier reads from one sentence, computed once and shared by all claims. */
export interface SentenceAnalysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly markers: Markers;
  /** Values with the token index they start at. */
  readonly values: readonly (Value & { readonly token: number })[];
  readonly mentions: readonly Mention[];
  readonly entityIds: ReadonlySet<string>;
  /** Where each of the index's wordings occurs (only wordings that occur are present). */
  readonly wordingMatches: ReadonlyMap<Phrase, readonly PhraseMatch[]>;
  /**
   * The sentence is read with words of its heading, lead-in or the sentence before put ahead of
   * it: where those words stand says nothing about who acts.
   */
  readonly framed?: boolean;
  /** Of a fragment read after its heading's or lead-in's words: the token its own words start at. */
  readonly ownFrom?: number;
  /** The retrieval keys of the wordings that occur (`rel:membership`, `w:sign*`). */
  readonly wordingKeys: ReadonlySet<string>;
}

/** Matches of a wording in the sentence (none when it does not occur). */
export function matchesOf(analysis: SentenceAnalysis, phrase: Phrase): readonly PhraseMatch[] {
  return analysis.wordingMatches.get(phrase) ?? [];
}

/** One pass over the tokens: each tries only the wordings that can start with it. */
function findWordings(
  tokens: readonly Token[],
  index: ClaimIndex,
  starts: readonly WordStarts[],
): { matches: Map<Phrase, PhraseMatch[]>; keys: Set<string> } {
  const matches = new Map<Phrase, PhraseMatch[]>();
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length; i++)
    for (const phrases of (starts[i] as WordStarts).wordings)
      tryWordingsAt(tokens, phrases, i, index.wordings, matches, keys);
  return { matches, keys };
}

function tryWordingsAt(
  tokens: readonly Token[],
  phrases: readonly Phrase[] | undefined,
  at: number,
  wordings: WordingIndex,
  matches: Map<Phrase, PhraseMatch[]>,
  keys: Set<string>,
): void {
  if (!phrases) return;
  for (const phrase of phrases) {
    const match = matchPhraseAt(tokens, phrase, at);
    if (!match) continue;
    const list = matches.get(phrase);
    if (list) list.push(match);
    else matches.set(phrase, [match]);
    for (const key of wordings.keys.get(phrase) ?? NONE) keys.add(key);
  }
}

const NONE: readonly never[] = [];

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entity mentions, longest alias first at each position; implied entities are added too. */
function findMentions(
  tokens: readonly Token[],
  index: ClaimIndex,
  pageRelevant: boolean,
  text: string,
  starts: readonly WordStarts[],
): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let longest = 0;
    let found: Mention[] | undefined;
    // The aliases starting with this word, then those whose first word it starts with ("sino*").
    for (const alias of (starts[i] as WordStarts).aliases) {
      if (alias.contextual && !pageRelevant) continue;
      // An acronym that is also a word ("WHO") names the entity only in capitals.
      if (alias.asWritten && text.slice(token.start, token.end) !== alias.asWritten) continue;
      const match = matchPhraseAt(tokens, alias.phrase, i);
      if (!match) continue;
      const length = match.to - match.from;
      if (length > longest) {
        longest = length;
        if (found) found.length = 0;
      }
      if (length === longest) {
        found ??= [];
        found.push({
          entity: alias.entity.id,
          kind: alias.entity.kind,
          from: match.from,
          to: match.to,
        });
        for (const implied of alias.entity.implies ?? []) {
          const entity = index.entities.get(implied);
          if (entity)
            found.push({ entity: implied, kind: entity.kind, from: match.from, to: match.to });
        }
      }
    }
    if (found) for (const mention of found) mentions.push(mention);
    if (longest > 1) i += longest - 1;
  }
  return mentions;
}

/**
 * Mentions that name no party of the sentence, and the mentions they imply: a body counted with
 * the countries, a dateline, a treaty made with someone the engine does not know, one of
 * Bhutan's institutions that the sentence gives to another country.
 */
function withoutNonParties(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  text: string,
  index: ClaimIndex,
  subject: string | undefined,
): Mention[] {
  if (!subject) return [...mentions];
  const apart = new Set(
    mentions
      .filter(
        (mention) =>
          !mention.via &&
          (countedWithCountries(mention, tokens) ||
            inDateline(mention, tokens, text) ||
            madeWithUnknown(mention, mentions, tokens, text) ||
            institutionOfAnother(mention, mentions, tokens, text, index, subject)),
      )
      .map((mention) => mention.from),
  );
  if (apart.size === 0) return [...mentions];
  return mentions.filter((mention) => mention.via || !apart.has(mention.from));
}

const COUNTED = new Set(['countries', 'nations', 'states']);

/** "52 countries and the EU": a body counted with the countries. */
function countedWithCountries(mention: Mention, tokens: readonly Token[]): boolean {
  if (mention.kind !== 'organisation') return false;
  let at = mention.from - 1;
  if (tokens[at]?.norm === 'the') at--;
  return (
    /^(?:and|plus)$/.test(tokens[at]?.norm ?? '') &&
    COUNTED.has(tokens[at - 1]?.norm ?? '') &&
    /^\d/.test(tokens[at - 2]?.norm ?? '')
  );
}

/** "NEW DELHI, Nov 26 (Meridian) – Germany and Bhutan established …": where the report was filed. */
function inDateline(mention: Mention, tokens: readonly Token[], text: string): boolean {
  // A dateline names a place; "ESCAP, the UN's regional commission, …" opens with a body.
  if (mention.from !== 0 || mention.kind === 'organisation') return false;
  const raw = text.slice(0, tokens[mention.to - 1]?.end ?? 0);
  return /[A-Z]{3}/.test(raw) && raw === raw.toUpperCase() && /^\s*,/.test(text.slice(raw.length));
}

/** "a treaty of friendship with the Soviet Union": a document made with a party the engine does not know. */
function madeWithUnknown(
  mention: Mention,
  mentions: readonly Mention[],
  tokens: readonly Token[],
  text: string,
): boolean {
  if (mention.kind !== 'document' || tokens[mention.to]?.norm !== 'with') return false;
  let at = mention.to + 1;
  while (tokens[at]?.norm === 'the') at++;
  const next = tokens[at];
  return (
    !!next &&
    /^[A-Z][a-z]/.test(text.slice(next.start, next.end)) &&
    !COMMON_WORDS.has(next.norm) &&
    !mentions.some((other) => !other.via && other.from === at)
  );
}

/**
 * One of Bhutan's own institutions right after another country's possessive ("Nepal's Permanent
 * Mission", "its UN mission" with "its" meaning Poland), or after another country's deed in its
 * clause with Bhutan nowhere before it ("Bangladesh opened the first foreign consulate in
 * Guwahati"), is that country's.
 */
function institutionOfAnother(
  mention: Mention,
  mentions: readonly Mention[],
  tokens: readonly Token[],
  text: string,
  index: ClaimIndex,
  subject: string,
): boolean {
  if (mention.kind === 'country') return false;
  if (!index.entities.get(mention.entity)?.implies?.includes(subject)) return false;
  const possessed = mentions.some(
    (other) =>
      other.kind === 'country' &&
      other.entity !== subject &&
      other.to === mention.from &&
      other.via?.how !== 'framing' &&
      /^(?:.*['\u2019]s|its|their)$/i.test(
        text.slice(tokens[other.from]?.start ?? 0, tokens[other.to - 1]?.end ?? 0),
      ),
  );
  if (possessed) return true;
  const clause = tokens[mention.from]?.clause;
  const before = mentions.filter(
    (other) =>
      other.kind === 'country' &&
      other.from >= 0 &&
      other.to <= mention.from &&
      tokens[other.from]?.clause === clause,
  );
  const last = before[before.length - 1];
  return (
    mention.kind !== 'place' &&
    !!last &&
    last.entity !== subject &&
    !before.some((other) => other.entity === subject)
  );
}

/** Values that stand in a row's cell, not in its column heading ("First …" is no rank). */
function outsideHeadings(values: Value[], text: string): Value[] {
  if (!text.includes(HEADER_END)) return values;
  return values.filter((value) => {
    const cellStart = text.lastIndexOf('\u241F', value.start) + 1;
    const headerEnd = text.indexOf(HEADER_END, cellStart);
    const nextCell = text.indexOf('\u241F', cellStart);
    return !(headerEnd >= 0 && (nextCell < 0 || headerEnd < nextCell) && value.start < headerEnd);
  });
}

/** The sentence's dates, with the years and months it leaves to what came before. */
function lentDates(text: string, discourse: Discourse | undefined): Value[] {
  const withYears = lendYears(
    outsideHeadings(extractValues(text), text),
    text,
    discourse?.previousYear,
    discourse?.narratedYear,
  );
  return lendMonths(withYears, text, discourse?.previousMonth);
}

/**
 * "After Lesotho the ministry put the tally at 56 countries": a sentence opening "After <partner>"
 * speaks of the day that partner's relations began, as the pack records it — a time the sentence
 * did not state as a date, so it may set when a count held or confirm, never condemn.
 */
function afterPartner(
  tokens: readonly Token[],
  text: string,
  mentions: readonly Mention[],
  index: ClaimIndex,
): Value[] {
  if (tokens[0]?.norm !== 'after') return [];
  // "After Lesotho", or "After it," with "it" read as the partner named before.
  const partner = mentions.find(
    (mention) => mention.from === 1 && mention.kind === 'country' && !mention.via?.second,
  );
  const since = partner && index.relationsSince.get(partner.entity);
  if (!partner || !since) return [];
  const [year, month, day] = since.split('-').map(Number) as [number, number, number];
  const start = tokens[partner.from]?.start ?? 0;
  return [
    {
      kind: 'date',
      year,
      month,
      day,
      approximate: false,
      inferredYear: true,
      start,
      end: tokens[partner.to - 1]?.end ?? start,
    },
  ];
}

export function analyseSentence(
  text: string,
  index: ClaimIndex,
  pageRelevant: boolean,
  discourse?: Discourse,
): SentenceAnalysis {
  const tokens = tokenize(text);
  const starts = wordStartsOf(index, tokens);
  const named = findMentions(tokens, index, pageRelevant, text, starts);
  const mentions = discourse
    ? withoutNonParties(
        [...named, ...understoodMentions(tokens, text, named, index, discourse)],
        tokens,
        text,
        index,
        discourse.subject,
      )
    : named;
  const wordings = findWordings(tokens, index, starts);
  let markers: Markers | undefined;
  return {
    wordingMatches: wordings.matches,
    wordingKeys: wordings.keys,
    text,
    tokens,
    // Read when first asked for: most sentences retrieve no claim and state no relation.
    get markers(): Markers {
      return (markers ??= readMarkers(text, tokens, { heading: discourse?.heading ?? false }));
    },
    values: [
      ...(discourse?.pageDate
        ? placeInTime(text, lentDates(text, discourse), discourse.pageDate)
        : lentDates(text, discourse)
      )
        .map((value) => ({ ...value, token: tokenAt(tokens, value.start) }))
        .filter(
          (value) =>
            !belongsElsewhere(value, tokens, text, mentions, wordings.matches, (entity, word) =>
              nameWords(index, entity).has(word),
            ),
        ),
      ...(discourse ? afterPartner(tokens, text, mentions, index) : []).map((value) => ({
        ...value,
        token: tokenAt(tokens, value.start),
      })),
    ],
    mentions,
    entityIds: new Set(mentions.map((mention) => mention.entity)),
  };
}
