/**
 * The bundled pack's version moves with its content. Installed copies are replaced whenever the
 * content changes (by hash, src/background/packs.ts), and the version is what readers see on the
 * options page: a changed pack under an old version would look unchanged. The record beside this
 * test holds the version and hash of the pack as last released.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/background/packs';
import { ROOT } from './helpers';

const RECORD = 'tests/fixtures/bundled-pack.record.json';
const record = JSON.parse(readFileSync(join(ROOT, RECORD), 'utf8')) as {
  pack: string;
  version: string;
  sha256: string;
};
const pack = JSON.parse(readFileSync(join(ROOT, record.pack), 'utf8')) as { version: string };
const sha256 = createHash('sha256').update(JSON.stringify(pack)).digest('hex');

const newer = (a: string, b: string): boolean => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++)
    if ((x?.[i] ?? 0) !== (y?.[i] ?? 0)) return (x?.[i] ?? 0) > (y?.[i] ?? 0);
  return false;
};
const bump = (version: string): string => {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
};
/** The record to write once the pack carries `version` (the version is part of what is hashed). */
const update = (version: string): string => {
  const hash = createHash('sha256')
    .update(JSON.stringify({ ...pack, version }))
    .digest('hex');
  return `update ${RECORD} to {"pack": "${record.pack}", "version": "${version}", "sha256": "${hash}"}`;
};

describe('the bundled pack record', () => {
  it('matches the pack: a content change comes with a version bump', () => {
    if (sha256 !== record.sha256 && pack.version === record.version)
      expect.fail(
        `${record.pack} changed but its "version" is still ${pack.version}: bump it (to ${bump(pack.version)} or higher) so readers can see the pack changed, then ${update(bump(pack.version))}`,
      );
    if (sha256 !== record.sha256 && !newer(pack.version, record.version))
      expect.fail(
        `${record.pack} changed and its version went from ${record.version} to ${pack.version}: a new version must be higher; then ${update(pack.version)}`,
      );
    if (sha256 !== record.sha256 || pack.version !== record.version)
      expect.fail(`${record.pack} is now version ${pack.version}: ${update(pack.version)}`);
    expect({ version: pack.version, sha256 }).toEqual({
      version: record.version,
      sha256: record.sha256,
    });
  });

  it('is hashed the same way by the worker', async () => {
    expect(await contentHash(pack)).toBe(sha256);
  });
});
