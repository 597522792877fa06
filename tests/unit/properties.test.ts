import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normalize } from '../../src/core/text/fold';
import { readMarkers } from '../../src/core/text/markers';
import { splitBlocks, splitSentences } from '../../src/core/text/segment';
import { tokenize } from '../../src/core/text/tokens';
import { extractValues } from '../../src/core/text/values';

// Text that looks like prose: words, numbers, abbreviations, quotes, dashes, odd Unicode.
const prose = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(
        'Dr.',
        'U.S.',
        'No.',
        'Rs',
        '8 Aug. 1949',
        '“',
        '”',
        '’s',
        '–',
        '—',
        '. ',
        '? ',
        '!\n',
        '\n\n',
        '1,000',
        '3.5',
        'Bhutan',
        'joined',
        'not',
        '(Kumar 2019)',
        'ｆｕｌｌ',
        'ﬁ',
        '😀',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

describe('text processing never throws and keeps offsets', () => {
  it('fold keeps the length and normalise is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(fold(text)).toHaveLength(text.length);
        expect(normalize(normalize(text))).toBe(normalize(text));
      }),
    );
  });
  it('sentences map back into the input, in order, without overlap', () => {
    fc.assert(
      fc.property(prose, fc.nat(1000), (text, offset) => {
        let previousEnd = offset;
        for (const span of splitSentences(text, offset)) {
          expect(text.slice(span.start - offset, span.end - offset)).toBe(span.text);
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.text.trim()).toBe(span.text);
          expect(span.text.length).toBeGreaterThan(0);
          previousEnd = span.end;
        }
      }),
    );
  });
  it('blocks, tokens, values and markers stay inside the input', () => {
    fc.assert(
      fc.property(prose, (text) => {
        for (const block of splitBlocks(text))
          expect(text.slice(block.start, block.end)).toBe(block.text);
        const tokens = tokenize(text);
        for (const token of tokens) expect(token.end).toBeLessThanOrEqual(text.length);
        for (const value of extractValues(text)) expect(value.end).toBeLessThanOrEqual(text.length);
        readMarkers(text, tokens);
      }),
    );
  });
  it('splitting is linear: a 300 KB paragraph splits (no quadratic blow-up)', () => {
    const text = 'Bhutan joined the UN in 1971. Dr. Wangdi agreed. '.repeat(6000);
    expect(splitSentences(text)).toHaveLength(12000);
  });
});
