import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFromText } from '../../src/cli/load';
import { topicOf, type PageText } from '../../src/core/page';
import { gateOf } from '../../src/core/topic/sections';
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
  it('says yes to an interview thick with diplomacy that says "we" far more than "Bhutan"', () => {
    const answer =
      'We joined the United Nations in 1971 and sent our first ambassador; our diplomats kept relations with India and Bangladesh close, and the treaty, the embassy and the membership of SAARC followed. ';
    const interview = (bhutanInBody: string) =>
      scoreTopic({
        title: '"We were very small": a retired diplomat looks back',
        meta: ['A retired Bhutanese diplomat recalls the UN admission of 1971.'],
        body: `${bhutanInBody} ${answer.repeat(40)}`,
      });
    expect(interview('Bhutan was new to the world, and Bhutan knew it.').relevant).toBe(true);
    // Named nowhere but the description, the page is not plainly about Bhutan.
    expect(interview('The kingdom was new to the world.').relevant).toBe(false);
  });
  it('counts the talk of leaders’ visits abroad as talk of foreign relations', () => {
    const thread = scoreTopic({
      title: 'Why does every new Indian PM go to Bhutan first?',
      body: "Modi's first foreign trip as PM was to Bhutan in 2014, and Jaishankar's first visit abroad as External Affairs Minister was Bhutan too. Lotay Tshering made his first trip abroad to India, and state visits in both directions keep Bhutan close to India. ".repeat(
        3,
      ),
    });
    expect(thread.relevant).toBe(true);
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

describe('relevance per section', () => {
  const trekking = [
    'Our twelve-day trek starts in Paro and climbs through rhododendron forest to the high passes.',
    'Guides, ponies and campsite cooks are included; bring a warm sleeping bag for the nights at altitude.',
    'The Tiger’s Nest monastery is a steep three-hour hike above the valley floor.',
  ];
  const politics = [
    'Bhutan joined the United Nations in 1971 and is a founding member of SAARC.',
    'It has no formal diplomatic relations with any of the five permanent members of the Security Council, and India remains its closest partner.',
    'Only India, Bangladesh and Kuwait keep resident embassies in Thimphu; other states accredit ambassadors from New Delhi.',
  ];
  const page = (sections: [string, string[]][]): PageText => ({
    title: 'About Bhutan | Dragon Trails Travel',
    blocks: sections.flatMap(([heading, paragraphs]) => [
      { text: heading, kind: 'heading' as const, level: 2 },
      ...paragraphs.map((text) => ({ text, kind: 'paragraph' as const })),
    ]),
  });

  it('a travel page with a politics section is checked in that section only', () => {
    const gate = gateOf(
      page([
        ['Trekking', trekking],
        ['Festivals', trekking],
        ['Food', trekking],
        ['Politics and foreign relations', politics],
      ]),
    );
    expect(gate.relevant).toBe(true);
    expect(gate.blocks).toEqual([12, 13, 14, 15]);
    expect(gate.topic.evidence.join(' ')).toMatch(/section "Politics and foreign relations"/);
  });
  it('a travel page without one is not checked at all', () => {
    const gate = gateOf(
      page([
        ['Trekking', trekking],
        ['Food', trekking],
      ]),
    );
    expect(gate).toMatchObject({ relevant: false, blocks: [] });
  });
});
