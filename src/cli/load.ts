import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { CheckResult, PageText, TextBlock } from '../core/check';
import { parsePackText } from '../core/claims/validate';
import type { Pack } from '../core/claims/schema';
import { splitBlocks } from '../core/text/segment';
import { extractPage, MAX_DEPTH } from '../dom/extract';
import { nestingEstimate } from './html-depth';

export const BUNDLED_PACK = fileURLToPath(
  new URL('../../assets/claims/bhutan-foreign-relations.json', import.meta.url),
);

/** A failure the CLI reports in one line and exits 2 for. */
export class UsageError extends Error {}

/** A warning the CLI prints on stderr, one line each, and goes on. */
export const warn = (line: string): void => {
  process.stderr.write(`bhutan-fact-flags: ${line}\n`);
};

/**
 * Text from bytes: a byte-order mark picks UTF-8 or UTF-16 (either order); anything else is read as
 * UTF-8, with a warning when it is not valid UTF-8 or looks like binary data.
 */
export function decodeText(bytes: Uint8Array, name: string, onWarning = warn): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    let replaced = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
    if (!/\0/.test(text))
      onWarning(`${name}: warning: not valid UTF-8 (${replaced} bytes replaced); checked anyway`);
  }
  if (/\0/.test(text))
    onWarning(`${name}: warning: looks like binary data (it holds NUL bytes); checked as text`);
  return text;
}

export function readInput(path: string): string {
  try {
    return decodeText(
      readFileSync(path === '-' ? 0 : path),
      path === '-' ? 'standard input' : path,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new UsageError(`${path}: ${why}`);
  }
}

export function loadPack(path: string): Pack {
  const result = parsePackText(readInput(path));
  if (!result.ok) throw new UsageError(`bad pack ${path}: ${result.errors.join('; ')}`);
  return result.pack;
}

export function looksLikeHtml(path: string, text: string): boolean {
  return (
    /\.x?html?$/i.test(path) ||
    /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(text)
  );
}

const tooDeep = (path: string): UsageError =>
  new UsageError(
    `${path}: elements nested deeper than ${MAX_DEPTH} levels (the most it reads); not checked`,
  );

/** Reads HTML through a real parser and the content script's extraction rules; text by blank lines. */
export function pageFromText(path: string, text: string): PageText {
  if (!text.trim()) throw new UsageError(`${path}: empty: nothing to check`);
  if (looksLikeHtml(path, text)) {
    // Parsing deep nesting takes quadratic time: refuse what is far too deep before parsing it.
    if (nestingEstimate(text, 20 * MAX_DEPTH) > 20 * MAX_DEPTH) throw tooDeep(path);
    const { document } = parseHTML(text);
    if (!document.documentElement) throw new UsageError(`${path}: no HTML elements to read`);
    const page = extractPage(document as unknown as Document);
    if (page.tooDeep) throw tooDeep(path);
    return page;
  }
  const blocks: TextBlock[] = splitBlocks(text).map((span) => {
    const line = span.text.trim();
    const heading =
      !/[.!?:;,"')\]]$/.test(line) && line.length < 90 && !/^(?:[-*\u2022]|\d+[.)])\s/.test(line);
    return {
      text: span.text,
      kind: heading ? 'heading' : /^(?:[-*\u2022]|\d+[.)])\s/.test(line) ? 'item' : 'paragraph',
    };
  });
  const title = blocks.find((block) => block.kind === 'heading')?.text.trim();
  return { ...(title ? { title } : {}), blocks };
}

/** One line about the sentences a check left out (too long), or nothing. */
export function warnSkipped(result: CheckResult, name: string): void {
  const skipped = result.skipped ?? [];
  const [first] = skipped;
  if (!first) return;
  const where = skipped.map((sentence) => sentence.block + 1).join(', ');
  warn(
    `${name}: warning: ${skipped.length} sentence(s) ${first.reason.replace(/: not checked$/, '')} not checked (block ${where})`,
  );
}
