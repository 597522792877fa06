/**
 * Why the engine did or did not flag a sentence: `npx tsx scripts/explain.ts PAGE [TEXT]` prints,
 * for each sentence of PAGE (HTML or text) that contains TEXT, what it read (entities, references,
 * values, wordings) and what every candidate claim made of it. A tool for working on the engine.
 */
import { readFileSync } from 'node:fs';
import { pageFromText } from '../src/cli/load';
import { explainPage } from '../src/core/check';
import { validatePack } from '../src/core/claims/validate';
import { buildIndex } from '../src/core/match/index';

const [file, needle = ''] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx scripts/explain.ts PAGE [TEXT]');
  process.exit(2);
}
const parsed = validatePack(
  JSON.parse(readFileSync('assets/claims/bhutan-foreign-relations.json', 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const page = pageFromText(file, readFileSync(file, 'utf8'));
const squash = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();
for (const line of explainPage(page, buildIndex([parsed.pack]), { today: '2026-12-01' })) {
  if (!squash(line.sentence).includes(squash(needle))) continue;
  console.log(`\n» ${line.reading ?? line.sentence}`);
  console.log(`  mentions: ${line.mentions.join(', ') || '—'}`);
  console.log(
    `  values: ${line.values.join(', ') || '—'}; wordings: ${line.keys.join(', ') || '—'}`,
  );
  for (const outcome of line.outcomes) console.log(`  ${outcome}`);
}
