import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundledPackJson, ROOT } from './helpers';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const PAGE = join(ROOT, 'tests', 'fixtures', 'pages', 'druk-nato-nexus.html');

function run(args: string[], input?: string) {
  const result = spawnSync(TSX, [CLI, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bff-')), name);
  writeFileSync(path, content);
  return path;
}

interface JsonReport {
  relevant: boolean;
  gate?: string;
  topic: { score: number; evidence: string[] };
  flags: {
    sentence: string;
    verdict: string;
    claimId: string;
    reason: string;
    confidence: number;
    position: { line: number; column: number } | { block: number; sentence: number };
    sources: { url: string; title: string; publisher: string; date?: string }[];
  }[];
}

describe('the command-line checker', () => {
  it('prints exactly one JSON object of the documented shape with --json', () => {
    const { code, stdout } = run([PAGE, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.relevant).toBe(true);
    expect(report.topic.score).toBeGreaterThan(0.5);
    expect(report.topic.evidence.length).toBeGreaterThan(0);
    const treaty = report.flags.find((flag) => flag.sentence.includes('1972 Treaty of Friendship'));
    expect(treaty?.verdict).toBe('contradicted');
    expect(treaty?.reason).toMatch(/1949/);
    expect(treaty?.sources.length).toBeGreaterThan(0);
    for (const flag of report.flags) {
      expect(flag.sentence).not.toMatch(/Leave a reply|Post comment|Related posts|Subscribe/);
      expect(typeof flag.confidence).toBe('number');
      for (const source of flag.sources) expect(source.url).toMatch(/^https?:\/\//);
    }
  });
  it('prints a readable report without --json', () => {
    const { code, stdout } = run([PAGE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/CONTRADICTED/);
    expect(stdout).toMatch(/Signed in 1949, not 1972/);
  });
  it('reads plain text from standard input', () => {
    const text =
      'Bhutan and India\n\nIndia and Bhutan share a long history. Their bond is rooted in the 1972 Treaty of Friendship, diplomats in Thimphu say; Bhutan and India keep close diplomatic ties.\n';
    const { code, stdout } = run(['-', '--json'], text);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonReport).relevant).toBeTypeOf('boolean');
  });
  it('exits 2 with one line on stderr for a missing file', () => {
    const { code, stderr, stdout } = run(['no-such-article.html']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no-such-article\.html: no such file/);
  });
  it('exits 2 for bad arguments', () => {
    expect(run([]).code).toBe(2);
    const unknown = run([PAGE, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/frobnicate/);
  });
  it('exits 2 for a bad pack, naming the claim and the field', () => {
    const pack = bundledPackJson() as { claims: { id: string; sources: { url: string }[] }[] };
    const first = pack.claims[0];
    if (!first?.sources[0]) throw new Error('the bundled pack has no claim with a source');
    first.sources[0].url = 'ftp://example.org/x';
    const { code, stderr } = run([
      PAGE,
      '--pack',
      tempFile('bad.json', JSON.stringify(pack, null, 2)),
    ]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`(${first.id}).sources[0].url`);
    expect(stderr).toMatch(/line \d+/);
    const malformed = run([PAGE, '--pack', tempFile('broken.json', '{ "format": ')]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/line 1: malformed JSON/);
  });
});

const SNIPPET =
  'A note for the desk\n\nThe kingdom has long balanced its neighbours. Bhutan joined the United Nations in 1985, diplomats recall. Its foreign service is small.\n';

describe('the command-line checker for editors', () => {
  it('checks a three-sentence snippet with --all, which the topic gate would stop', () => {
    const file = tempFile('snippet.txt', SNIPPET);
    const gated = JSON.parse(run([file, '--json']).stdout) as JsonReport;
    expect(gated.relevant).toBe(false);
    expect(gated.flags).toEqual([]);
    const { code, stdout } = run([file, '--all', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.gate).toMatch(/skipped/);
    expect(report.flags).toHaveLength(1);
    expect(report.flags[0]).toMatchObject({
      verdict: 'contradicted',
      claimId: 'f06-un-admission-1971',
      // "Bhutan joined …" starts on line 3 after 46 characters of the first sentence.
      position: { line: 3, column: 47 },
    });
    expect(report.flags[0]?.reason).toMatch(/1971/);
    expect(run([file, '--all']).stdout).toMatch(/line 3, column 47/);
  });
  it('--help explains every option and the exit codes', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const option of ['--all', '--strict', '--json', '--html FILE', '--pack FILE', '--help'])
      expect(stdout, option).toContain(option);
    for (const exit of [/^\s+0\s/m, /^\s+1\s/m, /^\s+2\s/m]) expect(stdout).toMatch(exit);
    // Every option the parser accepts is explained.
    const source = readFileSync(CLI, 'utf8');
    const options = [...source.matchAll(/^\s{8}(\w+): \{ type:/gm)].map((match) => match[1]);
    expect(options.length).toBeGreaterThan(4);
    for (const option of options) expect(stdout, option).toContain(`--${option}`);
  });
  it('gives each flag its block and sentence in HTML, and each source its date', () => {
    const report = JSON.parse(run([PAGE, '--json']).stdout) as JsonReport;
    for (const flag of report.flags) {
      expect(flag.position).toEqual({
        block: expect.any(Number) as number,
        sentence: expect.any(Number) as number,
      });
    }
    const human = run([PAGE]).stdout;
    expect(human).toMatch(/block \d+, sentence \d+/);
    const dated = report.flags.flatMap((flag) => flag.sources).find((source) => source.date);
    expect(dated).toBeDefined();
    expect(human).toMatch(/- [^\n]+, (?:\w{3} \d{1,2}, \d{4}|\d{1,2} \w{3} \d{4}|undated):/);
  });
  it('--html writes a standalone report: one highlight and one card per flag, no URL but the sources', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bff-')), 'report.html');
    const page = join(ROOT, 'tests', 'fixtures', 'pages', 'oped-thimphu-balancing.html');
    const { code } = run([page, '--html', out]);
    expect(code).toBe(0);
    const flags = (JSON.parse(run([page, '--json']).stdout) as JsonReport).flags;
    expect(flags.length).toBeGreaterThan(3);
    const html = readFileSync(out, 'utf8');
    const { document } = parseHTML(html);
    const marks = [...document.querySelectorAll('mark.flag')];
    const cards = [...document.querySelectorAll('aside.card')];
    expect(marks).toHaveLength(flags.length);
    expect(cards).toHaveLength(flags.length);
    flags.forEach((flag, i) => {
      const mark = document.getElementById(`flag-${i + 1}`);
      expect(mark?.classList.contains(flag.verdict)).toBe(true);
      expect(mark?.textContent).toContain(flag.sentence.slice(0, 40));
      const card = document.getElementById(`card-${i + 1}`);
      expect(card?.textContent).toContain(flag.reason);
      for (const source of flag.sources)
        expect(card?.querySelector(`a[href="${source.url}"]`), source.url).not.toBeNull();
    });
    expect(document.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    const sources = new Set(flags.flatMap((flag) => flag.sources.map((source) => source.url)));
    const links = [...document.querySelectorAll('[href], [src]')].map(
      (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
    );
    for (const link of links) expect(link.startsWith('#') || sources.has(link), link).toBe(true);
    // No URL anywhere else in the file (styles, text), only the sources' own.
    const urls = [...html.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/g)].map((match) => match[0]);
    for (const url of urls) expect(sources.has(url.replace(/&amp;/g, '&')), url).toBe(true);
    expect(html).not.toMatch(/url\(|@import/);
  });
});
