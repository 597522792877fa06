import { describe, expect, it } from 'vitest';
import {
  claimReviewToPack,
  packToClaimReview,
  verdictOfRating,
} from '../../src/core/claims/claimreview';
import { validatePack } from '../../src/core/claims/validate';
import { checkSentences } from '../../src/core/check';
import { buildIndex } from '../../src/core/match/index';
import { bundledPackJson, entities, TODAY } from './helpers';

const options = { packId: 'my-reviews', title: 'My reviews', today: TODAY, vocabulary: entities() };

describe('schema.org ClaimReview', () => {
  it('round-trips the bundled pack through export and import unchanged', () => {
    const result = validatePack(bundledPackJson());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const exported = JSON.parse(JSON.stringify(packToClaimReview(result.pack))) as {
      '@graph': {
        '@type': string;
        claimReviewed: string;
        reviewRating: { alternateName: string };
      }[];
    };
    expect(exported['@graph']).toHaveLength(result.pack.claims.length);
    expect(exported['@graph'][0]?.['@type']).toBe('ClaimReview');
    const back = claimReviewToPack(exported, options);
    expect(back.ok ? back.pack : back.errors).toEqual(result.pack);
  });
  it('maps ratings by name or by position on their scale', () => {
    expect(verdictOfRating({ alternateName: 'Pants on Fire' })).toBe('false');
    expect(verdictOfRating({ alternateName: 'Mostly True' })).toBe('true');
    expect(verdictOfRating({ alternateName: 'Half true' })).toBe('misleading');
    expect(verdictOfRating({ ratingValue: 1, bestRating: 5, worstRating: 1 })).toBe('false');
    expect(verdictOfRating({})).toBe('unverified');
  });
  it('derives a matchable claim from someone else’s ClaimReview and flags a page sentence', () => {
    const review = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example.org/bhutan-nato',
      claimReviewed: 'Bhutan joined NATO in 2019.',
      author: { '@type': 'Organization', name: 'Example Fact Check' },
      datePublished: '2025-05-01',
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'False',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
      },
    };
    const imported = claimReviewToPack(review, options);
    if (!imported.ok) throw new Error(imported.errors.join('\n'));
    const [derived] = imported.pack.claims;
    expect(derived?.verdict).toBe('false');
    expect(derived?.match.entities).toEqual([['bhutan'], ['nato']]);
    const index = buildIndex([imported.pack]);
    const flags = checkSentences(
      [
        'Bhutan joined NATO in 2019, the minister said in parliament.',
        'Bhutan joined NATO in 2021.',
        'Bhutan looked at NATO in 2019.',
      ].map((text, block) => ({ text, block, start: 0, end: text.length })),
      index,
      { relevant: true, today: TODAY },
    );
    expect(flags.map((flag) => `${flag.block}:${flag.verdict}`)).toEqual(['0:contradicted']);
    expect(flags[0]?.sources[0]?.url).toBe('https://factcheck.example.org/bhutan-nato');
  });
  it('rejects a review it cannot use, saying which and why', () => {
    const result = claimReviewToPack(
      [
        {
          '@type': 'ClaimReview',
          claimReviewed: 'The moon is cheese.',
          reviewRating: { alternateName: 'False' },
          url: 'https://x.example',
        },
        { '@type': 'ClaimReview', reviewRating: {} },
      ],
      options,
    );
    expect(result.ok ? [] : result.errors).toEqual(['review[1].claimReviewed: is required']);
    const nothing = claimReviewToPack(
      {
        '@type': 'ClaimReview',
        claimReviewed: 'The moon is cheese.',
        reviewRating: { alternateName: 'False' },
        url: 'https://x.example',
      },
      options,
    );
    expect(nothing.ok ? [] : nothing.errors).toEqual([
      expect.stringMatching(/^review\[0\]\.claimReviewed: "The moon is cheese\." names no country/),
    ]);
  });
});
