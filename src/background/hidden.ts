import { database } from './db';

/** "Not a match": the flag of this claim on this sentence of this page stays hidden. */
export async function hideFlag(url: string, claimId: string, sentence: string): Promise<void> {
  await (await database()).put('hidden', { url, claimId, sentence });
}

export async function hiddenKeys(url: string): Promise<Set<string>> {
  const hidden = await (await database()).getAllFromIndex('hidden', 'byUrl', url);
  return new Set(hidden.map((flag) => `${flag.claimId}\u0000${flag.sentence}`));
}

export const hiddenKey = (claimId: string, sentence: string): string =>
  `${claimId}\u0000${sentence}`;
