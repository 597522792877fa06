import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  topic: { score: number; evidence: string[] };
  flags: {
    sentence: string;
    verdict: string;
    claimId: string;
    reason: string;
    confidence: number;
    sources: { url: string; title: string; publisher: string }[];
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
