import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFromText } from '../../src/cli/load';
import { topicOf } from '../../src/core/page';
import { scoreTopic } from '../../src/core/topic/topic';
import { ROOT } from './helpers';

const topicOfFixture = (file: string) =>
  topicOf(pageFromText(file, readFileSync(join(ROOT, 'tests', 'fixtures', 'pages', file), 'utf8')));

describe('is this page about Bhutan’s foreign relations?', () => {
  it('says no to a trekking blog, a Nepal treaty page that names Bhutan once, and a Qatar gas page', () => {
    for (const file of [
      'travel-bhutan-trek.html',
      'nepal-india-1950-treaty.html',
      'qatar-gas-exports.html',
    ]) {
      const topic = topicOfFixture(file);
      expect(topic.relevant, `${file}: ${topic.evidence.join('; ')}`).toBe(false);
      expect(topic.score).toBeLessThan(0.5);
    }
  });
  it('says yes to an op-ed on Thimphu’s diplomacy, with evidence by zone', () => {
    const topic = topicOfFixture('oped-thimphu-balancing.html');
    expect(topic.relevant).toBe(true);
    expect(topic.score).toBeGreaterThanOrEqual(0.5);
    expect(topic.evidence).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title: Bhutan named/),
        expect.stringMatching(/^body: foreign-relations terms/),
      ]),
    );
  });
  it('stays in [0, 1] and costs nothing on empty input', () => {
    expect(scoreTopic({ body: '' })).toEqual({ score: 0, relevant: false, evidence: [] });
    const heavy = scoreTopic({
      title: 'Bhutan Bhutan',
      headings: ['Bhutan treaty'],
      body: 'Bhutan diplomatic treaty relations India China. '.repeat(500),
    });
    expect(heavy.score).toBeLessThanOrEqual(1);
    expect(heavy.relevant).toBe(true);
  });
});
