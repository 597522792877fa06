import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/messages';
import { parseSite } from '../../src/options/site-input';
import { csvField, historyCsv, historyJson } from '../../src/popup/history-export';
import { filterHistory, NO_FILTERS, sitesOf } from '../../src/popup/history-filter';

const entry = (
  url: string,
  title: string,
  supported: number,
  contradicted: number,
  reason = 'Signed in 1949, not 1972.',
): HistoryEntry => ({
  url,
  title,
  site: new URL(url).hostname,
  checkedAt: '2026-01-10T10:00:00.000Z',
  counts: { supported, contradicted },
  flags: [
    {
      claimId: 'f01',
      verdict: contradicted ? 'contradicted' : 'supported',
      reason,
      quote: { exact: 'The treaty of 1972, "rooted" in history.', prefix: '', suffix: '' },
    },
  ],
});
const entries = [
  entry('https://news.example/a', 'Thimphu’s diplomacy', 0, 1),
  entry(
    'https://blog.example/b',
    'Zürich talks on Bhutan',
    2,
    0,
    'Joined the UN in 1971, as stated.',
  ),
];

describe('history search and filters', () => {
  it('matches every word of the query in title, site, url or reason, ignoring case and accents', () => {
    expect(filterHistory(entries, { ...NO_FILTERS, query: 'thimphu' }).map((e) => e.title)).toEqual(
      ['Thimphu’s diplomacy'],
    );
    expect(
      filterHistory(entries, { ...NO_FILTERS, query: 'zurich UN' }).map((e) => e.title),
    ).toEqual(['Zürich talks on Bhutan']);
    expect(filterHistory(entries, { ...NO_FILTERS, query: 'thimphu 1971' })).toEqual([]);
  });
  it('filters by verdict and by site, and lists sites with counts', () => {
    expect(
      filterHistory(entries, { ...NO_FILTERS, verdict: 'contradicted' }).map((e) => e.site),
    ).toEqual(['news.example']);
    expect(
      filterHistory(entries, { ...NO_FILTERS, site: 'blog.example' }).map((e) => e.site),
    ).toEqual(['blog.example']);
    expect(sitesOf(entries)).toEqual([
      { site: 'blog.example', count: 1 },
      { site: 'news.example', count: 1 },
    ]);
  });
});

describe('history export', () => {
  it('writes JSON that reads back as the entries', () => {
    expect(JSON.parse(historyJson(entries))).toEqual(entries);
  });
  it('writes RFC 4180 CSV, one row per flag, and defuses spreadsheet formulas', () => {
    const lines = historyCsv(entries).split('\r\n');
    expect(lines[0]).toBe('url,title,site,checkedAt,verdict,claimId,reason,sentence');
    expect(lines[1]).toBe(
      'https://news.example/a,Thimphu’s diplomacy,news.example,2026-01-10T10:00:00.000Z,contradicted,f01,"Signed in 1949, not 1972.","The treaty of 1972, ""rooted"" in history."',
    );
    expect(lines).toHaveLength(4);
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
});

describe('adding a site to pause', () => {
  it('takes a host name or a full address and keeps the site', () => {
    expect(parseSite('  www.Example.com ')).toEqual({ site: 'example.com' });
    expect(parseSite('https://news.example.org/story/1')).toEqual({ site: 'news.example.org' });
  });
  it('says what is wrong with anything else', () => {
    expect(parseSite('')).toEqual({ error: expect.stringMatching(/Type a site/) });
    expect(parseSite('not a site!')).toEqual({ error: expect.stringMatching(/isn't a site name/) });
  });
});
