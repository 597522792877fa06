/**
 * Reads the claims briefs (../shared/claims-brief.md, F01–F40, and ../shared/claims-brief-part2.md,
 * F41–F86) and writes assets/claims/vetted-sources.json: each fact's id, title, grade and the URLs
 * listed under its "Sources:" (the only ones a claim may cite). Run when a brief changes:
 * `npx tsx scripts/extract-vetted-sources.ts [brief.md …]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

interface Fact {
  readonly title: string;
  readonly status: 'VERIFIED' | 'WEAK';
  readonly brief: string;
  readonly sources: string[];
}

const briefPaths =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['../shared/claims-brief.md', '../shared/claims-brief-part2.md'];

/** A fact's section runs from its heading to the next level-2 heading or horizontal rule. */
function factSections(brief: string): string[] {
  return brief
    .split(/^## (?=F\d{2} )/m)
    .slice(1)
    .map((section) => section.split(/^(?:## |---\s*$)/m)[0] ?? '');
}

function readFacts(path: string, into: Record<string, Fact>): void {
  const brief = readFileSync(path, 'utf8');
  for (const section of factSections(brief)) {
    const heading = /^(F\d{2}) — (.+)$/m.exec(section);
    const status = /\*\*Status:\*\*\s*(VERIFIED|WEAK)/.exec(section);
    if (!heading?.[1] || !heading[2] || !status?.[1])
      throw new Error(`${path}: cannot read a fact section: ${section.slice(0, 60)}`);
    if (into[heading[1]]) throw new Error(`${path}: ${heading[1]} is defined twice`);
    // URLs under "False variants" mark where an error appears; only those under Sources count.
    const sourcesPart = section.split(/^\*\*Sources:\*\*/m)[1];
    if (sourcesPart === undefined) throw new Error(`${path}: ${heading[1]} has no Sources`);
    const sources = [...sourcesPart.matchAll(/<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1] as string);
    if (!sources.length) throw new Error(`${path}: ${heading[1]} lists no source URL`);
    into[heading[1]] = {
      title: heading[2].trim(),
      status: status[1] as Fact['status'],
      brief: basename(path),
      sources: [...new Set(sources)],
    };
  }
}

const facts: Record<string, Fact> = {};
for (const path of briefPaths) readFacts(path, facts);
const ordered = Object.fromEntries(
  Object.entries(facts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(
  'assets/claims/vetted-sources.json',
  `${JSON.stringify({ sources: briefPaths.map((path) => basename(path)), facts: ordered }, null, 2)}\n`,
);
const urls = Object.values(facts).reduce((n, fact) => n + fact.sources.length, 0);
console.log(`${Object.keys(facts).length} facts, ${urls} source URLs`);
