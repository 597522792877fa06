import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { z } from 'zod';
import { RELATIONS } from '../frames/lexicon';
import { packSchema, type Pack } from './schema';

export type PackResult =
  | { readonly ok: true; readonly pack: Pack }
  | { readonly ok: false; readonly errors: readonly string[] };

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** "claims[3] (f06-un-admission).sources[0].url" — the claim is named by its id where it has one. */
function describePath(path: readonly PropertyKey[], value: unknown): string {
  let out = '';
  let cursor: unknown = value;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      cursor = Array.isArray(cursor) ? cursor[key] : undefined;
      const id =
        cursor && typeof cursor === 'object' && 'id' in cursor
          ? (cursor as { id: unknown }).id
          : undefined;
      if (typeof id === 'string' && out.match(/^(?:claims|entities)\[\d+\]$/)) out += ` (${id})`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      cursor =
        cursor && typeof cursor === 'object'
          ? (cursor as Record<string, unknown>)[String(key)]
          : undefined;
    }
  }
  return out || '(pack)';
}

/** Cross-references a schema cannot see field by field: unique ids, known entities. */
const packWithReferences = packSchema.superRefine((pack, ctx) => {
  const entityIds = new Set<string>();
  pack.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id))
      ctx.addIssue({
        code: 'custom',
        path: ['entities', i, 'id'],
        message: `duplicate entity id "${entity.id}"`,
      });
    entityIds.add(entity.id);
  });
  const claimIds = new Set<string>();
  pack.claims.forEach((claim, i) => {
    if (claimIds.has(claim.id))
      ctx.addIssue({
        code: 'custom',
        path: ['claims', i, 'id'],
        message: `duplicate claim id "${claim.id}"`,
      });
    claimIds.add(claim.id);
    claim.match.entities.forEach((group, g) =>
      group.forEach((id, k) => {
        if (!entityIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['claims', i, 'match', 'entities', g, k],
            message: `unknown entity "${id}"`,
          });
      }),
    );
    const { relation, predicates } = claim.match;
    if (relation !== undefined && !RELATIONS.has(relation))
      ctx.addIssue({
        code: 'custom',
        path: ['claims', i, 'match', 'relation'],
        message: `unknown relation "${relation}" (known: ${[...RELATIONS.keys()].join(', ')})`,
      });
    if (relation === undefined && !predicates?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['claims', i, 'match', 'predicates'],
        message: 'is required when the claim has no relation',
      });
    claim.slots.forEach((slot, s) => {
      if (!slot.label && relation === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['claims', i, 'slots', s, 'label'],
          message: 'is required when the claim has no relation',
        });
      if (slot.kind !== 'place') return;
      [slot.value, ...slot.wrong].forEach((id) => {
        if (!entityIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['claims', i, 'slots', s],
            message: `unknown place entity "${id}"`,
          });
      });
    });
    if ((claim.verdict === 'false' || claim.verdict === 'misleading') && !claim.correction) {
      ctx.addIssue({
        code: 'custom',
        path: ['claims', i, 'correction'],
        message: 'is required for a false or misleading claim',
      });
    }
  });
});

function duplicateIdIssues(value: unknown): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  if (!value || typeof value !== 'object') return issues;
  for (const list of ['claims', 'entities'] as const) {
    const items = (value as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    const seen = new Set<unknown>();
    items.forEach((item: unknown, i) => {
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') return;
      if (seen.has(id))
        issues.push({
          code: 'custom',
          path: [list, i, 'id'],
          message: `duplicate ${list === 'claims' ? 'claim' : 'entity'} id "${id}"`,
          input: id,
        });
      seen.add(id);
    });
  }
  return issues;
}

/** Validates an already-parsed pack; messages name the claim and the field. */
export function validatePack(
  value: unknown,
  source?: { text: string; tree: Node | undefined },
): PackResult {
  const result = packWithReferences.safeParse(value);
  if (result.success) return { ok: true, pack: result.data };
  // The cross-reference checks only run on a well-formed pack; duplicates are worth reporting anyway.
  const issues = [...result.error.issues, ...duplicateIdIssues(value)];
  return {
    ok: false,
    errors: [...new Set(issues.map((issue) => formatIssue(issue, value, source)))],
  };
}

function formatIssue(
  issue: z.core.$ZodIssue,
  value: unknown,
  source?: { text: string; tree: Node | undefined },
): string {
  const where = describePath(issue.path, value);
  let line = '';
  if (source?.tree) {
    let node: Node | undefined;
    for (let depth = issue.path.length; depth >= 0 && !node; depth--) {
      node = findNodeAtLocation(source.tree, issue.path.slice(0, depth) as (string | number)[]);
    }
    if (node) line = `line ${lineOf(source.text, node.offset)}: `;
  }
  return `${line}${where}: ${issue.message}`;
}

/** Parses pack JSON text: syntax errors are reported with their line, schema errors with line and field. */
export function parsePackText(text: string): PackResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !tree) {
    return {
      ok: false,
      errors: (errors.length ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError]).map(
        (error) =>
          `line ${lineOf(text, error.offset)}: malformed JSON (${printParseErrorCode(error.error)})`,
      ),
    };
  }
  return validatePack(JSON.parse(text) as unknown, { text, tree });
}
