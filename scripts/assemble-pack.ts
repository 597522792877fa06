/** Assembles the bundled pack from its authoring parts (temporary, while the pack is being written). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = 'assets/claims/parts';
const entities = JSON.parse(readFileSync(`${dir}/entities.json`, 'utf8')) as unknown[];
const claims = readdirSync(dir)
  .filter((file) => file.startsWith('claims-') && file.endsWith('.json'))
  .sort()
  .flatMap((file) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as unknown[]);
const pack = {
  format: 'bhutan-fact-flags/pack@1',
  id: 'bhutan-foreign-relations',
  version: '1.0.0',
  title: "Bhutan's foreign relations",
  published: '2025-11-01',
  entities,
  claims,
};
writeFileSync('assets/claims/bhutan-foreign-relations.json', `${JSON.stringify(pack, null, 2)}\n`);
console.log(`${claims.length} claims, ${entities.length} entities`);
