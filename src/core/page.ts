import { HEADER_END } from './text/header-mark';
import { splitSentences } from './text/segment';
import { gateOf } from './topic/sections';
import type { TopicResult } from './topic/topic';

/** One cell of a table row: its span in the row's text and its column's header, if any. */
export interface RowCell {
  readonly start: number;
  readonly end: number;
  readonly header?: string;
}

/**
 * A unit of page text: extraction keeps headings, paragraphs, list items, quotes, cells and table
 * rows apart. A row is read with its column headers ("Country: Kuwait; Relations since: 23 May
 * 1983"); a definition (<dd>) is read after its term (`lead`, the <dt>).
 */
export interface TextBlock {
  readonly text: string;
  readonly kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'cell' | 'row';
  /** Heading rank (1–6; a table caption is 7): for sections, discourse and back matter. */
  readonly level?: number;
  readonly cells?: readonly RowCell[];
  readonly lead?: string;
}

export interface PageText {
  readonly title?: string;
  readonly blocks: readonly TextBlock[];
  /** Description and keywords from the page's metadata. */
  readonly meta?: readonly string[];
  /** The article's own date, YYYY-MM-DD, when the page gives one. */
  readonly publishedAt?: string;
}

export interface SentenceInput {
  /** The sentence as the page shows it (and as a flag quotes it). */
  readonly text: string;
  readonly block: number;
  readonly start: number;
  readonly end: number;
  /** What the engine reads when it differs from `text`: a row with its headers, a term and its definition. */
  readonly reading?: string;
  /** Why it is not checked (too long), if it is not. */
  readonly skipped?: string;
}

/** Column headers that give a place ("Place", "Venue", "City", "Where signed"). */
/** A cell that says its heading does not hold: "None", "No", "Nil", "Never", "0" (then anything). */
const NONE_VALUE = /^(?:none|no|nil|never|zero|0)\b(?!\.?\s*\d)/i;

/** A key-facts line "Diplomatic relations between Bhutan and China: none." */
const LABEL_NONE = /^([^:]{3,80}):\s*(none|nil|never)\s*[.!]?$/i;

/**
 * "Diplomatic relations between Bhutan and China: none." is read as a "None" cell is: as a denial
 * of what the label names.
 */
export function readLabelledNone(text: string): string {
  const m = LABEL_NONE.exec(text.trim());
  return m ? `${DENIED_CELL} ${m[1]} ${m[2]}` : text;
}
/** A column that numbers the rows: "#", "No.", "S. No.", "Sl. no". */
const INDEX_HEADER = /^(?:#|no\.?|nos?\.|(?:s|sl|sr)\.?\s*no\.?|serial(?: no\.?)?)$/i;
const PLACE_HEADER = /^(?:place|location|venue|city|where|site|signed (?:at|in)|held (?:at|in))\b/i;

/** A row read with its headers: "Country Kuwait; Relations established 23 May 1983". */
/**
 * Between the cells of a row's reading: the row stays one clause, but a cell's negation or a
 * claim's exclusion stays in its cell ("Notes: not a founding member" does not deny "Joined 1973").
 */
export const CELL_SEPARATOR = '\u241F';
/** Before a cell's heading when the cell says "None": the tokenizer reads it as "no". */
export const DENIED_CELL = '\u2298';

/** A reading as a person reads it: cells parted by a bar. */
export const shownReading = (reading: string): string =>
  reading
    .split(CELL_SEPARATOR)
    .join('|')
    .split(`${DENIED_CELL} `)
    .join('')
    .split(HEADER_END)
    .join('');

function readRow(text: string, cells: readonly RowCell[]): string {
  const parts = cells
    .map((cell) => ({
      header: cell.header?.trim(),
      value: text.slice(cell.start, cell.end).trim(),
    }))
    // An empty cell, or one holding only a dash or "n/a", says nothing; nor does a column that
    // numbers the rows ("# 16" is no count of partners).
    .filter(
      (cell) =>
        cell.value &&
        !/^(?:[-\u2013\u2014\u2012?]+|n\/?a)$/i.test(cell.value) &&
        !INDEX_HEADER.test(cell.header ?? ''),
    );
  // A two-cell row without headers is a label and its value (an infobox line).
  // A row is one statement: header and value, and the cells, run on in one clause (a colon or
  // semicolon would start new ones); a place column reads as "in <place>".
  // "Diplomatic relations: None" denies what its heading names, as "no diplomatic relations".
  // (A label's own values count: "10 Jun 1985 | Relations with the Netherlands" is no heading.)
  const cell = (header: string | undefined, value: string, end = HEADER_END): string => {
    if (!header) return value;
    // The mark reads as "no" before the heading and is not shown (see `shownReading`).
    if (NONE_VALUE.test(value)) return `${DENIED_CELL} ${header} ${value}`;
    return `${header}${PLACE_HEADER.test(header) ? ' in' : ''}${end} ${value}`;
  };
  if (parts.length === 2 && !parts.some((part) => part.header))
    return cell(parts[0]?.value, parts[1]?.value ?? '', '');
  return parts.map((part) => cell(part.header, part.value)).join(` ${CELL_SEPARATOR} `);
}

const YEAR = /\b\d{4}\b/;
const DATE_WORD =
  /^(?:\d{1,4}(?:st|nd|rd|th|s)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|c|circa|early|mid|late|to|and)$/i;

/**
 * A term that is only a date ("1910", "1961–1962", "8 Jan 1910"): it dates a definition that has
 * none, but one that states its own year is read by that ("1910 — … signed on 10 January 1910").
 */
function dateOnly(term: string): boolean {
  const words = term.split(/[\s\u2013\u2014\-/,.:()]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => DATE_WORD.test(word));
}

/** A column of myths beside a column of facts: "Myth | Fact", "Misconception | Reality". */
const MYTH_HEADER = /^(?:the\s+)?(?:myths?|misconceptions?|rumou?rs?)$/i;
const FACT_HEADER = /^(?:the\s+)?(?:facts?|reality|truth|correction|what the record shows)$/i;

/**
 * A row's cells without those under a "Myth" heading when another is headed "Fact": the myth is
 * what the page rejects, and the row states (and is highlighted for) the fact alone.
 */
function withoutMyths(cells: readonly RowCell[]): readonly RowCell[] {
  const heading = (cell: RowCell): string => cell.header?.trim() ?? '';
  if (!cells.some((cell) => FACT_HEADER.test(heading(cell)))) return cells;
  const kept = cells.filter((cell) => !MYTH_HEADER.test(heading(cell)));
  return kept.length ? kept : cells;
}

/** Splits blocks into sentences; each keeps its block and offsets. Linear in the text. */
export function sentencesOf(blocks: readonly TextBlock[]): SentenceInput[] {
  return blocks.flatMap((block, index) => {
    // The sentences of a stretch of the block's text from `offset`, read after the block's lead.
    const prose = (text: string, offset: number, lead?: string): SentenceInput[] =>
      splitSentences(text).map((span) => ({
        text: span.text,
        block: index,
        start: offset + span.start,
        end: offset + span.end,
        ...(lead && !(dateOnly(lead) && YEAR.test(span.text))
          ? { reading: `${lead.trim().replace(/[:.]$/, '')} ${span.text}` }
          : {}),
        ...(span.skipped ? { skipped: span.skipped } : {}),
      }));
    if (block.kind === 'row' && block.cells?.length) {
      const cells = withoutMyths(block.cells);
      // The fact column of a myth table is prose: its sentences are read one by one.
      if (cells.length < block.cells.length)
        return cells.flatMap((cell) => prose(block.text.slice(cell.start, cell.end), cell.start));
      const first = cells[0] as RowCell;
      const last = cells[cells.length - 1] as RowCell;
      const start = first.start;
      const end = last.end;
      return [
        {
          text: block.text.slice(start, end),
          block: index,
          start,
          end,
          reading: readRow(block.text, cells),
        },
      ];
    }
    return prose(block.text, 0, block.lead);
  });
}

/** Is the page (or one of its sections) about Bhutan's foreign relations? See `gateOf`. */
export function topicOf(page: PageText): TopicResult {
  return gateOf(page).topic;
}
