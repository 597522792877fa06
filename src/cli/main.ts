#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Sensitivity } from '../core/check';
import { checkFile } from './check-file';
import { HELP, USAGE } from './help';
import { htmlReport } from './html-report';
import { BUNDLED_PACK, UsageError, loadPack, readInput, warnSkipped } from './load';
import { humanReport, jsonReport } from './report';

function run(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        html: { type: 'string' },
        all: { type: 'boolean', default: false },
        pack: { type: 'string', multiple: true },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
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
  const today = new Date().toISOString().slice(0, 10);
  const check = checkFile(file, text, { packs, sensitivity, all: parsed.values.all, today });
  const name = file === '-' ? 'standard input' : file;
  warnSkipped(check.result, name);
  if (parsed.values.html) {
    try {
      writeFileSync(parsed.values.html, htmlReport(check, { file: name, checkedOn: today }));
    } catch (error) {
      throw new UsageError(
        `${parsed.values.html}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  process.stdout.write(
    `${parsed.values.json ? jsonReport(check) : humanReport(check, name, colour)}\n`,
  );
  if (parsed.values.html && !parsed.values.json)
    process.stdout.write(`Annotated report written to ${parsed.values.html}\n`);
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`bhutan-fact-flags: ${error.message}\n`);
  process.exitCode = 2;
}
