/**
 * Imported packs cannot change a vetted verdict: not by copying a vetted claim, not by a claim that
 * says the opposite, not by redefining an entity or an alias. Their own flags stand only where the
 * vetted packs are silent, marked as imported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage, type Flag, type PageText } from '../../src/core/check';
import type { Claim, Entity, Pack } from '../../src/core/claims/schema';
import { buildIndex } from '../../src/core/match/index';
import { applyTrust, buildTrustedIndex, type FlagOrigin } from '../../src/core/match/trust';
import { bundledPackJson, ROOT } from './helpers';

const bundled = bundledPackJson() as Pack;
const unClaim = bundled.claims.find((claim) => claim.id === 'f06-un-admission-1971') as Claim;

const imported = (claims: Claim[], entities: Entity[] = []): Pack => ({
  format: bundled.format,
  id: 'stranger',
  version: '9.9.9',
  title: 'A stranger’s pack',
  published: '2026-01-01',
  entities: [...bundled.entities, ...entities],
  claims,
});

const page = (...sentences: string[]): PageText => ({
  title: 'Bhutan and the United Nations',
  blocks: sentences.map((text) => ({ kind: 'paragraph' as const, text })),
});

const verdicts = (flags: readonly Flag[]): string[] =>
  flags.map((flag) => `${flag.block} ${flag.verdict} ${flag.origin.trust} ${flag.claimId}`);

const check = (pack: Pack, text: PageText) =>
  checkPage(text, buildTrustedIndex([bundled], [pack]), { today: '2026-01-01', gated: true }).flags;

const WRONG = 'Bhutan joined the United Nations in 1972.';
const RIGHT = 'Bhutan joined the United Nations in 1971.';

describe('vetted verdicts stand whatever an import holds', () => {
  const alone = checkPage(page(WRONG, RIGHT), buildTrustedIndex([bundled]), {
    today: '2026-01-01',
    gated: true,
  }).flags;

  it('the bundled pack alone: 1972 contradicted, 1971 supported', () => {
    expect(verdicts(alone)).toEqual([
      '0 contradicted vetted f06-un-admission-1971',
      '1 supported vetted f06-un-admission-1971',
    ]);
    expect(alone[0]?.origin).toEqual({
      packId: bundled.id,
      title: bundled.title,
      trust: 'vetted',
    });
  });

  it('a copy of a bundled claim under another id does not make the contradiction disappear', () => {
    const copy = imported([{ ...unClaim, id: 'copy-of-f06' }]);
    // Matched together in one index, the copy ties with the original and the tie cancels both.
    const naive = checkPage(page(WRONG), buildIndex([bundled, copy]), {
      today: '2026-01-01',
      gated: true,
    }).flags;
    expect(naive.some((flag) => flag.claimId === 'f06-un-admission-1971')).toBe(false);
    expect(verdicts(check(copy, page(WRONG, RIGHT)))).toEqual(verdicts(alone));
  });

  it('a claim that says the opposite is overruled, and the vetted flag says by whom', () => {
    const evil = imported([
      {
        ...unClaim,
        id: 'un-1972',
        text: 'Bhutan joined the United Nations in 1972.',
        slots: [{ name: 'joined', kind: 'date', value: '1972' }],
        sources: [
          {
            ...(unClaim.sources[0] as Claim['sources'][number]),
            url: 'https://evil.example.org/un',
          },
        ],
      },
    ]);
    const flags = check(evil, page(WRONG, RIGHT));
    expect(verdicts(flags)).toEqual(verdicts(alone));
    for (const flag of flags) {
      expect(flag.origin.overruled).toEqual(['A stranger’s pack']);
      expect(flag.sources.map((source) => source.url).join(' ')).not.toMatch(/evil/);
    }
  });

  it('redefining an entity or adding a greedy alias changes nothing vetted', () => {
    const tampered = imported(
      [
        {
          ...unClaim,
          id: 'other',
          text: 'Other.',
          match: { ...unClaim.match, entities: [['greedy']] },
        },
      ],
      [
        { id: 'un', name: 'not the UN', kind: 'organisation', aliases: ['zzz'] },
        {
          id: 'greedy',
          name: 'Greedy',
          kind: 'country',
          aliases: ['bhutan joined the united nations', 'joined'],
        },
      ],
    );
    expect(verdicts(check(tampered, page(WRONG, RIGHT)))).toEqual(verdicts(alone));
  });
});

describe('an imported claim where the vetted packs say nothing', () => {
  const nato: Claim = {
    id: 'nato-2019',
    facts: [],
    text: 'Bhutan joined NATO in 2019.',
    verdict: 'false',
    correction: 'Bhutan is not a member of NATO.',
    topics: ['imported'],
    match: { entities: [['bhutan'], ['nato']], predicates: ['join*'] },
    slots: [],
    explanation: 'Bhutan is not a member of NATO.',
    sources: [
      {
        url: 'https://factcheck.example.org/nato',
        title: 'No, Bhutan did not join NATO',
        publisher: 'Example Fact Check',
        note: 'Rated false.',
        stance: 'contradicts',
      },
    ],
    reviewed: '2026-01-01',
  };

  it('flags it, marked as imported, its claim id in its pack’s namespace', () => {
    const sentence = 'Bhutan joined NATO in 2019, the alliance said.';
    const vettedOnly = checkPage(page(sentence), buildTrustedIndex([bundled]), {
      today: '2026-01-01',
      gated: true,
    }).flags;
    expect(vettedOnly).toEqual([]);
    const flags = check(imported([nato]), page(sentence, WRONG));
    expect(verdicts(flags)).toEqual([
      '0 contradicted imported stranger/nato-2019',
      '1 contradicted vetted f06-un-admission-1971',
    ]);
    expect(flags[0]?.origin).toEqual({
      packId: 'stranger',
      title: 'A stranger’s pack',
      trust: 'imported',
    });
  });
});

describe('the trust rule on its own', () => {
  const flag = (block: number, verdict: string, trust: 'vetted' | 'imported', id: string) => ({
    block,
    start: 0,
    verdict,
    claimId: id,
    origin: {
      packId: trust === 'vetted' ? 'bundled' : 'import',
      title: trust,
      trust,
    } as FlagOrigin,
  });
  it('keeps vetted flags, drops imported ones on their sentences, keeps the rest in order', () => {
    const result = applyTrust(
      [flag(1, 'supported', 'vetted', 'a'), flag(3, 'contradicted', 'vetted', 'b')],
      [
        flag(0, 'contradicted', 'imported', 'x'),
        flag(1, 'contradicted', 'imported', 'y'),
        flag(3, 'contradicted', 'imported', 'z'),
      ],
    );
    expect(
      result.map((f) => `${f.block} ${f.claimId} ${f.origin.overruled?.join() ?? ''}`),
    ).toEqual(['0 import/x ', '1 a imported', '3 b ']);
  });
});

describe(
  'the command-line checker with a stranger’s pack beside the bundled one',
  { timeout: 30_000 },
  () => {
    it('keeps the vetted verdict', () => {
      const evil = {
        ...bundled,
        id: 'evil-pack',
        title: 'Evil pack',
        claims: [
          {
            ...unClaim,
            slots: [{ name: 'joined', kind: 'date', value: '1972' }],
            sources: [
              {
                ...(unClaim.sources[0] as Claim['sources'][number]),
                url: 'https://evil.example.org/un',
              },
            ],
          },
        ],
      };
      const dir = mkdtempSync(join(tmpdir(), 'bff-'));
      const evilFile = join(dir, 'evil.json');
      writeFileSync(evilFile, JSON.stringify(evil));
      const page = join(ROOT, 'tests', 'e2e', 'pages', 'un-membership.html');
      const run = (...packs: string[]) => {
        const result = spawnSync(
          join(ROOT, 'node_modules', '.bin', 'tsx'),
          [
            join(ROOT, 'src', 'cli', 'main.ts'),
            page,
            '--json',
            ...packs.flatMap((p) => ['--pack', p]),
          ],
          { encoding: 'utf8' },
        );
        expect(result.status, result.stderr).toBe(0);
        return (
          JSON.parse(result.stdout) as { flags: { sentence: string; verdict: string }[] }
        ).flags.map((flag) => `${flag.verdict}: ${flag.sentence}`);
      };
      const bundledFile = join(ROOT, 'assets', 'claims', 'bhutan-foreign-relations.json');
      expect(run()).toEqual([`supported: ${RIGHT}`]);
      expect(run(bundledFile, evilFile)).toEqual([`supported: ${RIGHT}`]);
      // Alone, the stranger's pack is all there is: its flag is its own, not a vetted one.
      expect(run(evilFile)).toEqual([`contradicted: ${RIGHT}`]);
    });
  },
);
