/**
 * Reads the claims brief (../shared/claims-brief.md) and writes assets/claims/vetted-sources.json:
 * each fact's id, title, grade and the URLs listed under its "Sources:" (the only ones a claim may
 * cite). Run when the brief changes: `npx tsx scripts/extract-vetted-sources.ts [path-to-brief]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const briefPath = process.argv[2] ?? '../shared/claims-brief.md';
const brief = readFileSync(briefPath, 'utf8');
const facts: Record<string, { title: string; status: 'VERIFIED' | 'WEAK'; sources: string[] }> = {};
for (const section of brief.split(/^## (?=F\d{2} )/m).slice(1)) {
  const heading = /^(F\d{2}) — (.+)$/m.exec(section);
  const status = /\*\*Status:\*\*\s*(VERIFIED|WEAK)/.exec(section);
  if (!heading?.[1] || !heading[2] || !status?.[1])
    throw new Error(`cannot read a fact section: ${section.slice(0, 60)}`);
  const sourcesPart = section.split(/^\*\*Sources:\*\*/m)[1] ?? '';
  const sources = [...sourcesPart.matchAll(/<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1] as string);
  facts[heading[1]] = {
    title: heading[2].trim(),
    status: status[1] as 'VERIFIED' | 'WEAK',
    sources,
  };
}
writeFileSync(
  'assets/claims/vetted-sources.json',
  `${JSON.stringify({ source: 'claims-brief.md', facts }, null, 2)}\n`,
);
console.log(
  `${Object.keys(facts).length} facts, ${Object.values(facts).reduce((n, fact) => n + fact.sources.length, 0)} source URLs`,
);
