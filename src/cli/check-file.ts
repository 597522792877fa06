/** The command-line check of one input: the same `checkPage` the worker runs, plus positions. */
import { checkPage, type CheckResult, type PageText, type Sensitivity } from '../core/check';
import type { Pack } from '../core/claims/schema';
import { buildIndex } from '../core/match/index';
import { basename } from 'node:path';
import { BUNDLED_PACK, looksLikeHtml, pageFromText } from './load';
import { blockPositions, linePositions, type Position } from './positions';

export interface FileCheckOptions {
  readonly packs: readonly Pack[];
  readonly sensitivity?: Sensitivity;
  /** Skip the topic gate and check every sentence (snippets, drafts). */
  readonly all?: boolean;
  /** YYYY-MM-DD; defaults to today. */
  readonly today?: string;
}

export interface FileCheck {
  readonly result: CheckResult;
  readonly page: PageText;
  readonly html: boolean;
  /** One per flag, in the order of `result.flags`. */
  readonly positions: readonly Position[];
  readonly all: boolean;
}

/** The bundled pack's file is named after its id. */
const BUNDLED_ID = basename(BUNDLED_PACK, '.json');

/** Packs in the worker's order (src/background/packs.ts): the bundled pack, then the rest by id. */
export function canonicalPackOrder(packs: readonly Pack[]): Pack[] {
  return [...packs].sort(
    (a, b) => Number(b.id === BUNDLED_ID) - Number(a.id === BUNDLED_ID) || a.id.localeCompare(b.id),
  );
}

export function checkFile(path: string, text: string, options: FileCheckOptions): FileCheck {
  const page = pageFromText(path, text);
  const html = looksLikeHtml(path, text);
  const result = checkPage(page, buildIndex(canonicalPackOrder(options.packs)), {
    ...(options.sensitivity ? { sensitivity: options.sensitivity } : {}),
    today: options.today ?? new Date().toISOString().slice(0, 10),
    ...(options.all ? { gated: true } : {}),
  });
  const positions = html ? blockPositions(page, result.flags) : linePositions(text, result.flags);
  return { result, page, html, positions, all: options.all ?? false };
}
