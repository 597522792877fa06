import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { PageText, TextBlock } from '../core/check';
import { parsePackText } from '../core/claims/validate';
import type { Pack } from '../core/claims/schema';
import { splitBlocks } from '../core/text/segment';
import { extractPage } from '../dom/extract';

export const BUNDLED_PACK = fileURLToPath(
  new URL('../../assets/claims/bhutan-foreign-relations.json', import.meta.url),
);

/** A failure the CLI reports in one line and exits 2 for. */
export class UsageError extends Error {}

export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
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

/** Reads HTML through a real parser and the content script's extraction rules; text by blank lines. */
export function pageFromText(path: string, text: string): PageText {
  if (looksLikeHtml(path, text)) {
    const { document } = parseHTML(text);
    return extractPage(document as unknown as Document);
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
