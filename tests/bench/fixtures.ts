/**
 * The real text the benchmark measures: every labelled fixture page (golden, held-out and, when
 * present, blind batches), read through the CLI's loader exactly as `npm run check` reads a page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { BUNDLED_PACK, pageFromText } from '../../src/cli/load';
import { sentencesOf, type PageText, type TextBlock } from '../../src/core/check';
import type { Pack } from '../../src/core/claims/schema';
import { validatePack } from '../../src/core/claims/validate';
import { squash } from '../golden';

export const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** A fixed "today" for undated pages, so runs on different days measure the same work. */
export const TODAY = '2026-11-23';

export interface LabelledSentence {
  readonly fact: string;
  /** Index into `sentencesOf(page.blocks)`. */
  readonly sentence: number;
  /** What the label says the sentence does to the fact. */
  readonly verdict: 'supported' | 'contradicted';
}

export interface LabelledPage {
  /** Where its labels live, relative to tests/fixtures (e.g. "heldout/qatar-lng-exports.json"). */
  readonly label: string;
  readonly file: string;
  readonly relevant: boolean;
  readonly page: PageText;
  readonly sentences: readonly string[];
  /** The kind of block each sentence sits in. */
  readonly kinds: readonly TextBlock['kind'][];
  readonly expected: readonly LabelledSentence[];
  /** Labels whose sentence (or row) is not one of the page's sentences as the engine splits them. */
  readonly unplaced: number;
}

interface LabelFile {
  readonly page: string;
  readonly relevant: boolean;
  readonly expected?: readonly LabelEntry[];
}

interface LabelEntry {
  readonly sentence?: string;
  /** A table row: a substring of each cell that matters, in order. */
  readonly cells?: readonly string[];
  readonly fact: string;
  readonly verdict: 'supported' | 'contradicted';
}

/** Whether a (squashed) sentence or table row is the one a label entry points at. */
function pointsAt(entry: LabelEntry, text: string): boolean {
  if (entry.sentence !== undefined) return text.includes(squash(entry.sentence));
  let from = 0;
  for (const cell of entry.cells ?? []) {
    const at = text.indexOf(squash(cell), from);
    if (at < 0) return false;
    from = at + squash(cell).length;
  }
  return (entry.cells ?? []).length > 0;
}

function labelFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return labelFiles(path);
      return entry.name.endsWith('.json') ? [path] : [];
    })
    .sort();
}

function loadLabelled(path: string): LabelledPage | undefined {
  const label = JSON.parse(readFileSync(path, 'utf8')) as LabelFile;
  if (typeof label.page !== 'string') return undefined;
  const beside = join(dirname(path), label.page);
  const file = existsSync(beside) ? beside : join(FIXTURES, 'pages', label.page);
  const page = pageFromText(file, readFileSync(file, 'utf8'));
  const inputs = sentencesOf(page.blocks);
  const sentences = inputs.map((sentence) => sentence.text);
  const kinds = inputs.map((sentence) => page.blocks[sentence.block]?.kind ?? 'paragraph');
  const squashed = sentences.map(squash);
  const expected: LabelledSentence[] = [];
  let unplaced = 0;
  for (const entry of label.expected ?? []) {
    const needle = squashed.findIndex((sentence) => pointsAt(entry, sentence));
    if (needle < 0) unplaced++;
    else expected.push({ fact: entry.fact, sentence: needle, verdict: entry.verdict });
  }
  return {
    label: relative(FIXTURES, path),
    file: relative(ROOT, file),
    relevant: label.relevant,
    page,
    sentences,
    kinds,
    expected,
    unplaced,
  };
}

/** Golden and held-out pages, then blind batches; each page once (its first label file wins). */
export function loadLabelledPages(): LabelledPage[] {
  const seen = new Set<string>();
  return ['golden', 'heldout', 'blind']
    .flatMap((set) => labelFiles(join(FIXTURES, set)))
    .flatMap((path) => loadLabelled(path) ?? [])
    .filter((page) => !seen.has(page.file) && seen.add(page.file));
}

export function loadBundledPack(): Pack {
  const parsed = validatePack(JSON.parse(readFileSync(BUNDLED_PACK, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.pack;
}

export const pageText = (page: PageText): string =>
  page.blocks.map((block) => block.text).join('\n');
