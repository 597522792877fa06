/**
 * After editing the bundled pack and bumping its "version": `npx tsx scripts/record-pack.ts`
 * writes tests/fixtures/bundled-pack.record.json (the test that keeps content and version together).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const PACK = 'assets/claims/bhutan-foreign-relations.json';
const RECORD = 'tests/fixtures/bundled-pack.record.json';
const pack = JSON.parse(readFileSync(PACK, 'utf8')) as { version: string };
const previous = JSON.parse(readFileSync(RECORD, 'utf8')) as { version: string };
if (pack.version === previous.version) {
  console.error(`bump "version" in ${PACK} first (it is still ${pack.version})`);
  process.exit(2);
}
const sha256 = createHash('sha256').update(JSON.stringify(pack)).digest('hex');
writeFileSync(
  RECORD,
  `${JSON.stringify({ pack: PACK, version: pack.version, sha256 }, null, 2)}\n`,
);
console.log(`${RECORD}: ${pack.version} ${sha256}`);
