#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { checkPage, type Sensitivity } from '../core/check';
import {
  BUNDLED_PACK,
  UsageError,
  indexFor,
  loadPack,
  pageFromText,
  readInput,
  warnSkipped,
} from './load';
import { humanReport, jsonReport } from './report';

const USAGE =
  'usage: npm run check -- <file.html | file.txt | -> [--json] [--pack FILE] [--strict]';

function run(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        pack: { type: 'string', multiple: true },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1)
    throw new UsageError(
      parsed.positionals.length ? `one input at a time; ${USAGE}` : `no input given; ${USAGE}`,
    );
  const file = parsed.positionals[0] as string;
  const packs = (parsed.values.pack?.length ? parsed.values.pack : [BUNDLED_PACK]).map(loadPack);
  const text = readInput(file);
  const sensitivity: Sensitivity = parsed.values.strict ? 'strict' : 'balanced';
  const result = checkPage(pageFromText(file, text), indexFor(packs), {
    sensitivity,
    today: new Date().toISOString().slice(0, 10),
  });
  warnSkipped(result, file === '-' ? 'standard input' : file);
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  process.stdout.write(
    `${parsed.values.json ? jsonReport(result) : humanReport(result, file === '-' ? 'standard input' : file, colour)}\n`,
  );
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`bhutan-fact-flags: ${error.message}\n`);
  process.exitCode = 2;
}
