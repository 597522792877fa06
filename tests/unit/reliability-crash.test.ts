/**
 * Odd and hostile input the checker used to crash on (a stack trace and exit 1, or a dead check):
 * each now ends with exit 2 and one line on stderr, or with a check and a one-line warning.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackJson, ROOT } from './helpers';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const PAGE = join(ROOT, 'tests', 'fixtures', 'pages', 'druk-nato-nexus.html');

function run(args: string[]) {
  const result = spawnSync(TSX, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bff-')), name);
  writeFileSync(path, content);
  return path;
}

const oneLine = (stderr: string): string[] => stderr.trim().split('\n');

const utf16be = (text: string): Buffer => {
  const bytes = Buffer.from(text, 'utf16le');
  return bytes.swap16();
};

describe('the command-line checker on odd files', () => {
  it('exits 2 with one line for an empty or whitespace-only .html file', () => {
    for (const content of ['', '  \n\t\n  ']) {
      const { code, stderr, stdout } = run([tempFile('empty.html', content)]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toHaveLength(1);
      expect(stderr).toMatch(/empty\.html: empty: nothing to check/);
    }
  });

  it('exits 2 with one line for HTML with no elements (a comment only)', () => {
    const { code, stderr } = run([tempFile('comment.html', '<!-- nothing here -->')]);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/comment\.html: no HTML elements/);
  });

  it('reads UTF-16 (either byte order) and UTF-8 with a byte-order mark as the same article', () => {
    const html = readFileSync(PAGE, 'utf8');
    const expected = run([PAGE, '--json']);
    expect(expected.code).toBe(0);
    for (const [name, bytes] of [
      ['le.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')])],
      ['be.html', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(html)])],
      ['bom.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')])],
    ] as const) {
      const { code, stdout, stderr } = run([tempFile(name, bytes), '--json']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(JSON.parse(expected.stdout));
    }
  });

  it('warns on stderr about invalid UTF-8, and still checks the text', () => {
    const text = Buffer.concat([
      Buffer.from('Bhutan and India\n\nBhutan joined the United Nations in 1971. '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' The end.\n'),
    ]);
    const { code, stderr, stdout } = run([tempFile('bad.txt', text)]);
    expect(code).toBe(0);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/bad\.txt: warning: not valid UTF-8 \(3 bytes replaced\)/);
    expect(stdout).toMatch(/Bhutan Fact Flags/);
  });

  it('warns on stderr about binary input instead of checking it silently', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256);
    const { code, stderr } = run([tempFile('blob.txt', bytes)]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/blob\.txt: warning: looks like binary data/);
    expect(stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
  });

  for (const depth of [8_000, 100_000])
    it(`exits 2 with one line for HTML nested ${depth.toLocaleString('en')} deep`, () => {
      const html = `<html><body><main><p>Bhutan joined the United Nations in 1972.</p>${'<div>'.repeat(depth)}<p>Deep.</p>${'</div>'.repeat(depth)}</main></body></html>`;
      const { code, stderr, stdout } = run([tempFile('deep.html', html)]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toHaveLength(1);
      expect(stderr).toMatch(/deep\.html: elements nested deeper than 512 levels/);
    });

  it('exits 2 with one line for a pack nested 10,000 deep', () => {
    const { code, stderr } = run([
      PAGE,
      '--pack',
      tempFile('deep.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    ]);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/deep\.json: .*nested deeper than 32 levels/);
  });

  it('exits 2 with one line for a pack with 200,000 aliases', () => {
    const pack = bundledPackJson() as {
      entities: { aliases: string[]; contextualAliases?: string[] }[];
    };
    for (const entity of pack.entities) {
      entity.aliases = [entity.aliases[0] as string];
      delete entity.contextualAliases;
    }
    const entity = pack.entities[0];
    if (!entity) throw new Error('the bundled pack has no entity');
    entity.aliases = Array.from({ length: 200_001 - pack.entities.length }, (_, i) => `alias ${i}`);
    const { code, stderr } = run([PAGE, '--pack', tempFile('aliases.json', JSON.stringify(pack))]);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/200,000 aliases: at most 5,000 a pack/);
  });
});

describe('the command-line checker on a sentence over the length cap', () => {
  it('checks the rest and says on one stderr line what it left out', () => {
    const html = readFileSync(PAGE, 'utf8').replace(
      '</article>',
      `<p>Bhutan joined the United Nations in 1972 ${'and '.repeat(1_000)}more.</p></article>`,
    );
    const expected = run([PAGE, '--json']);
    const { code, stdout, stderr } = run([tempFile('long.html', html), '--json']);
    expect(code).toBe(0);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr).toMatch(
      /long\.html: warning: 1 sentence\(s\) longer than 2,000 characters not checked \(block \d+\)/,
    );
    const flags = (report: string): unknown => (JSON.parse(report) as { flags: unknown }).flags;
    expect(flags(stdout)).toEqual(flags(expected.stdout));
  });
});
