/** Source URLs a pack may cite: http(s), a registrable domain, nothing hidden in the text. */
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/core/claims/schema';
import type { Pack } from '../../src/core/claims/schema';
import { bundledPackJson } from './helpers';

const source = (url: string) => ({
  url,
  title: 'A source',
  publisher: 'A publisher',
  note: 'Says so.',
  stance: 'supports' as const,
});
const problem = (url: string): string | undefined => {
  const result = sourceSchema.safeParse(source(url));
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
};

describe('source URLs', () => {
  it('takes the web addresses of real publishers', () => {
    for (const url of [
      'https://www.mfa.gov.bt/?page_id=1234',
      'http://commonlii.org/in/other/treaties/INTSer/1949/1.html',
      'https://en.wikipedia.org/wiki/Bhutan%E2%80%93India_relations#History',
      'https://example.org:8443/report',
      'https://xn--fiq228c.xn--3ds443g/',
      'HTTPS://WWW.UN.ORG/en/about-us',
      'https://daijiworld.com./news',
    ])
      expect(problem(url), url).toBeUndefined();
  });

  it('takes every source of the bundled pack', () => {
    const urls = (bundledPackJson() as Pack).claims.flatMap((claim) =>
      claim.sources.map((s) => s.url),
    );
    expect(urls.filter((url) => problem(url) !== undefined)).toEqual([]);
  });

  it('refuses IP addresses, localhost, single-label hosts and user names in the address', () => {
    for (const url of [
      'http://127.0.0.1/',
      'http://127.0.0.1:8080/evil',
      'http://2130706433/',
      'http://0x7f.0.0.1/',
      'https://[::1]/',
      'http://localhost/',
      'http://localhost:3000/x',
      'http://intranet/',
      'https://printer.local./',
      'https://www.un.org@evil.example.com/',
      'https://-bad-.com/',
      'https://router.home.arpa/',
      'http://app.localhost:8080/',
    ])
      expect(problem(url), url).toBe('must name a registrable domain (no IP address or localhost)');
  });

  it('refuses bidi and control characters anywhere in it', () => {
    for (const url of [
      'https://www.un.org/\u202Egpj.exe',
      'https://www.un.org/a\u2066b',
      'https://www.un.org/\u200Fx',
      'https://www.un.org/\u0007',
    ])
      expect(problem(url), JSON.stringify(url)).toContain(
        'must not hold bidi or control characters',
      );
  });

  it('refuses other schemes, spaces and very long addresses', () => {
    expect(problem('ftp://example.org/x')).toBe('must be an http(s) URL');
    expect(problem('javascript:alert(1)')).toBe('must be an http(s) URL');
    expect(problem('https://exa mple.org/')).toBe('must be an http(s) URL');
    expect(problem(`https://example.org/${'a'.repeat(2_100)}`)).toBe(
      'must be at most 2,048 characters',
    );
  });
});
