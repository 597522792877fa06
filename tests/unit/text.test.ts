import { describe, expect, it } from 'vitest';
import { fold, normalize } from '../../src/core/text/fold';
import { readMarkers } from '../../src/core/text/markers';
import { splitBlocks, splitSentences } from '../../src/core/text/segment';
import { tokenize } from '../../src/core/text/tokens';
import { extractValues, type Value } from '../../src/core/text/values';
import { lendYears } from '../../src/core/text/relative-dates';

const texts = (input: string): string[] => splitSentences(input).map((span) => span.text);

describe('normalisation', () => {
  it('folds case, curly quotes, dashes and diacritics without changing length', () => {
    const input = 'Bhutan’s “Élysée” visit – 1949—Thimphu';
    const folded = fold(input);
    expect(folded).toBe('bhutan\'s "elysee" visit - 1949-thimphu');
    expect(folded).toHaveLength(input.length);
  });
  it('applies NFKC to full-width digits and collapses spaces', () => {
    expect(normalize('Joined  in　１９７１')).toBe('joined in 1971');
  });
});

describe('sentence splitting', () => {
  it('keeps abbreviations, initials, decimals and thousands inside sentences', () => {
    expect(
      texts(
        'Dr. Wangdi met Brig. J. S. Aurora on 8 Aug. 1949. It cost Rs. 5,000.50 in total. No. 10 was next.',
      ),
    ).toEqual([
      'Dr. Wangdi met Brig. J. S. Aurora on 8 Aug. 1949.',
      'It cost Rs. 5,000.50 in total.',
      'No. 10 was next.',
    ]);
  });
  it('ends a sentence after a closing quote and keeps U.S. inside', () => {
    expect(
      texts('He said “it is done.” Then the U.S. Embassy replied. Why? Nobody knows!'),
    ).toEqual(['He said “it is done.”', 'Then the U.S. Embassy replied.', 'Why?', 'Nobody knows!']);
  });
  it('keeps offsets into the input, shifted by the block offset', () => {
    const input = 'First one.  Second one.';
    for (const span of splitSentences(input, 100))
      expect(input.slice(span.start - 100, span.end - 100)).toBe(span.text);
  });
  it('makes headings and list items units of their own in plain text', () => {
    const blocks = splitBlocks(
      'A Heading About Bhutan\nBody text that goes on.\nAnd continues here.\n\n- an item\n- another item\n',
    ).map((block) => block.text.trim());
    expect(blocks).toEqual([
      'A Heading About Bhutan',
      'Body text that goes on.\nAnd continues here.',
      '- an item',
      '- another item',
    ]);
  });
});

describe('value extraction', () => {
  const describeValue = (value: Value): string => {
    if (value.kind === 'date')
      return `date ${value.day ?? ''}/${value.month ?? ''}/${value.year ?? ''}${value.endDay ? `-${value.endDay}/${value.endMonth}` : ''}${value.approximate ? '~' : ''}`;
    if (value.kind === 'number')
      return `number ${value.value} ${value.unit}${value.approximate ? '~' : ''}`;
    return `ordinal ${value.value} ${value.units.join(',')}`;
  };
  const values = (input: string): string[] => extractValues(input).map(describeValue);

  it('reads days written as words', () => {
    expect(
      values('on the sixth and seventh of June; the eighth day of January 1910; the first of many'),
    ).toEqual(['date 6/6/-7/6', 'date 8/1/1910', 'ordinal 1 many']);
  });
  it('reads dates in their common forms', () => {
    expect(
      values(
        '8 August 1949, 8 Aug. 1949, August 8, 1949, August 1949, 1949-08-08 and in the summer of 2017',
      ),
    ).toEqual([
      'date 8/8/1949',
      'date 8/8/1949',
      'date 8/8/1949',
      'date /8/1949',
      'date 8/8/1949',
      'date /6/2017~',
    ]);
  });
  it('reads spans and ranges', () => {
    expect(
      values('from 16 June to 28 August 2017; on 15–16 June 2014; the 2013-2014 session'),
    ).toEqual(['date 16/6/2017-28/8', 'date 15/6/2014-16/6', 'date //2013']);
  });
  it('reads numbers with units, approximations and spelled numbers', () => {
    expect(
      values(
        'the 720 MW plant, a 73-day standoff, about 73 days, seventy-three days, 20 votes, Rs 4,500 crore',
      ),
    ).toEqual([
      'number 720 mw',
      'number 73 day',
      'number 73 day~',
      'number 73 day',
      'number 20 vote',
      'number 4500 crore',
    ]);
  });
  it('reads ordinals with the words they qualify', () => {
    expect(values('the 128th member, the fifth King, the twenty-fifth round')).toEqual([
      'ordinal 128 member',
      'ordinal 5 king',
      'ordinal 25 round',
    ]);
  });
  it('ignores years inside bracketed citations', () => {
    expect(
      values('Bhutan chose Jaishankar’s visit (Kumar 2019, 5 July) and (Sarkar, July 2021: 23).'),
    ).toEqual([]);
  });
});

describe('markers', () => {
  const markers = (input: string) => {
    const tokens = tokenize(input);
    const found = readMarkers(input, tokens);
    return {
      tokens,
      found,
      at: (word: string) => tokens.findIndex((token) => token.norm === word),
    };
  };

  it('scopes negation to the rest of its clause', () => {
    const { found, at } = markers('Bhutan, which never joined NATO, joined the UN in 1971.');
    expect(found.negated.has(at('joined'))).toBe(true);
    expect(found.negated.has(at('un'))).toBe(false);
  });
  it('reads "has yet to", "does not maintain" and "avoiding" as negation, "not only" as not', () => {
    expect(
      markers('Bhutan has yet to establish relations with China.').found.negated.size,
    ).toBeGreaterThan(0);
    expect(
      markers('Bhutan does not maintain relations with the P5.').found.negated.size,
    ).toBeGreaterThan(0);
    expect(
      markers('while avoiding establishing diplomatic ties').found.negated.size,
    ).toBeGreaterThan(0);
    expect(markers('Bhutan not only joined the UN but led it.').found.negated.size).toBe(0);
  });
  it('marks questions, conditionals, hedges and reported claims as non-assertions', () => {
    expect(markers('Did Bhutan join the UN in 1972?').found.question).toBe(true);
    const conditional = markers('If Bhutan were to join NATO, India would object.');
    expect(conditional.found.nonAssertion.get(conditional.at('join'))).toBe('conditional');
    const hedge = markers('Bhutan may soon establish ties with China.');
    expect(hedge.found.nonAssertion.get(hedge.at('establish'))).toBe('hedge');
    const reported = markers('A viral post claimed that Bhutan joined the UN in 1972.');
    expect(reported.found.nonAssertion.get(reported.at('joined'))).toBe('reported');
    const wrongly = markers('Some websites wrongly say the treaty was signed in New Delhi.');
    expect(wrongly.found.nonAssertion.get(wrongly.at('signed'))).toBe('reported');
  });
  it('reads "did not … until 1974" as a date, not a denial', () => {
    const { found, at } = markers('The UN did not open its office in Thimphu until 1974.');
    expect(found.negated.has(at('open'))).toBe(false);
    // "until now" keeps the denial: it still has not happened.
    const still = markers('Bhutan has not established ties with China until now.');
    expect(still.found.negated.has(still.at('established'))).toBe(true);
  });
  it('a modal in an embedded question hedges that question, not the clause around it', () => {
    const { found, at } = markers(
      'The standoff showed Thimphu how quickly a dispute could turn into a confrontation.',
    );
    expect(found.nonAssertion.has(at('standoff'))).toBe(false);
    expect(found.nonAssertion.get(at('turn'))).toBe('hedge');
    // After "that", the modal's clause may be the statement itself: all of it stays hedged.
    const that = markers(
      'Sites described the accord as an alliance that would reshape the region.',
    );
    expect(that.found.nonAssertion.get(that.at('alliance'))).toBe('hedge');
  });
  it('reads how often ("rarely", "seldom") as a hedge: it neither asserts nor denies', () => {
    const { found, at } = markers('In practice, Delhi rarely tried to dictate its foreign policy.');
    expect(found.nonAssertion.get(at('dictate'))).toBe('hedge');
  });
  it('reads a quiz prompt as a question, and a source described by the article as reported', () => {
    expect(markers('True or false: Bhutan joined the UN in 1972.').found.question).toBe(true);
    const shown = markers('A viral graphic portrays Bhutan as a member of the Commonwealth.');
    expect(shown.found.nonAssertion.get(shown.at('member'))).toBe('reported');
  });
  it('keeps a negation across an aside between dashes', () => {
    const { found, at } = markers(
      'None of the five permanent members — China, France, Russia, the UK and the US — has relations with Bhutan.',
    );
    expect(found.negated.has(at('relations'))).toBe(true);
    expect(found.negated.has(at('france'))).toBe(false);
  });
  it('does not take the month of May for a hedge', () => {
    const { found, at } = markers('Bhutan joined BIMSTEC in May 2004.');
    expect(found.nonAssertion.has(at('joined'))).toBe(false);
  });
  it('treats long direct quotations as the speaker’s, short scare quotes as the writer’s', () => {
    const long = markers('“Bhutan joined the UN in 1972 as a member,” said the analyst.');
    expect(long.found.nonAssertion.get(long.at('joined'))).toBe('reported');
    const short = markers('Bhutan “broke ranks” and joined the UN in 1971.');
    expect(short.found.nonAssertion.has(short.at('joined'))).toBe(false);
  });
});

describe('"of that year" after a date', () => {
  const yearOf = (sentence: string, previousYear?: number) =>
    lendYears(extractValues(sentence), sentence, previousYear).find(
      (value) => value.kind === 'date' && value.day !== undefined,
    );
  it('is the last year the sentence named before the date', () => {
    const text = 'Korea came in 1986, Sri Lanka in 1987, and the latter on 13 May of that year.';
    expect(yearOf(text, 1980)).toMatchObject({ year: 1987 });
  });
  it('is the sentence before’s when this one names none before the date', () => {
    expect(yearOf('Sweden followed on 27 August of that year.', 1985)).toMatchObject({
      year: 1985,
    });
  });
});
