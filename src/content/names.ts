/**
 * Names the extension puts into the page. Element ids are fixed (they only mark our own hosts); the
 * highlight names carry a random suffix per page view, so a page can neither register a look-alike
 * in advance nor overwrite ours by name.
 */
export const PREFIX = 'bhutan-fact-flags';

function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('');
}

export interface HighlightNames {
  readonly supported: string;
  readonly contradicted: string;
  readonly current: string;
}

export function highlightNames(): HighlightNames {
  const suffix = randomSuffix();
  return {
    supported: `${PREFIX}-supported-${suffix}`,
    contradicted: `${PREFIX}-contradicted-${suffix}`,
    current: `${PREFIX}-current-${suffix}`,
  };
}
