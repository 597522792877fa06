import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sentencesOf, shownReading } from '../../src/core/page';
import { extractPage, publishedDate } from '../../src/dom/extract';
import { pageFromText } from '../../src/cli/load';

const page = (html: string) => parseHTML(html).document as unknown as Document;

const HTML = `<!doctype html><html><head><title>T</title>
<meta property="article:published_time" content="2020-11-26T08:00:00Z"></head><body>
<header><nav><a href="/">Home</a> Bhutan joined the UN in 1972.</nav></header>
<main><article>
<h1>Bhutan and the UN</h1>
<p>Bhutan joined the <a href="#">United Nations</a> in <em>1971</em>.</p>
<p hidden>Hidden paragraph.</p>
<p style="display: none">Also hidden.</p>
<ul><li>First item</li><li>Second item</li></ul>
<blockquote>A quoted line.</blockquote>
<table><tr><td>1971</td><td>UN membership</td></tr></table>
<!-- a comment that is not text -->
<script>var x = "Bhutan joined NATO";</script><style>p{}</style>
<form><label>Comment</label><textarea>Bhutan joined in 1985</textarea></form>
<div class="comments"><p>Reader: Bhutan joined the UN in 1985.</p></div>
<h2>References</h2><p>Smith (2020) Bhutan joins the UN.</p>
<h2>After the references</h2><p>Back to the text.</p>
</article><aside>Related: Bhutan trekking</aside></main>
<footer>© Site</footer></body></html>`;

describe('main-text extraction', () => {
  const extracted = extractPage(page(HTML));
  const texts = extracted.blocks.map((block) => `${block.kind}: ${block.text.trim()}`);

  it('keeps headings, paragraphs, list items, quotes and table rows as separate blocks', () => {
    expect(texts).toEqual([
      'heading: Bhutan and the UN',
      'paragraph: Bhutan joined the United Nations in 1971.',
      'item: First item',
      'item: Second item',
      'quote: A quoted line.',
      'row: 1971 UN membership',
      'heading: After the references',
      'paragraph: Back to the text.',
    ]);
  });
  it('maps block offsets back to the text nodes', () => {
    const block = extracted.blocks[1];
    if (!block) throw new Error('missing block');
    for (const segment of block.segments)
      expect(block.text.slice(segment.blockStart, segment.blockStart + segment.length)).toBe(
        segment.node.data,
      );
    expect(block.segments.map((segment) => segment.node.data)).toEqual([
      'Bhutan joined the ',
      'United Nations',
      ' in ',
      '1971',
      '.',
    ]);
  });
  it('reads the article date from metadata, JSON-LD or <time>', () => {
    expect(extracted.publishedAt).toBe('2020-11-26');
    expect(
      publishedDate(
        page('<script type="application/ld+json">{"datePublished": "2019-06-07T10:00"}</script>'),
      ),
    ).toBe('2019-06-07');
    expect(
      publishedDate(page('<article><time datetime="2018-12-28">Dec 28</time></article>')),
    ).toBe('2018-12-28');
    expect(publishedDate(page('<p>No date</p>'))).toBeUndefined();
  });
});

describe('discussion pages', () => {
  const thread = (post: string) =>
    page(`<main><article><h1>TIL about Bhutan</h1><p>${post}</p></article>
    <section class="comments"><div class="post"><p>Bhutan joined the UN in 1971.</p>
    <p class="share">Share</p></div></section></main>`);
  it('a short post with a comment thread beside it is read with its comments, not their chrome', () => {
    const texts = extractPage(thread('Went down a rabbit hole last night.')).blocks.map((b) =>
      b.text.trim(),
    );
    expect(texts).toContain('Bhutan joined the UN in 1971.');
    expect(texts).not.toContain('Share');
  });
  it('a short post whose replies sit inside its own article is read with them (an AMA)', () => {
    const ama = (post: string) =>
      extractPage(
        page(`<main><article><div class="post"><h1>AMA: I work at the foreign ministry</h1><p>${post}</p></div>
        <div class="comment"><p>How many foreign embassies are there in Thimphu these days, and which countries have them?</p>
        <div class="comment"><p>Only three: India, Bangladesh and Kuwait.</p></div></div></article></main>`),
      ).blocks.map((b) => b.text.trim());
    expect(ama('Ask away!')).toContain('Only three: India, Bangladesh and Kuwait.');
    // A long article with readers' comments inside it still keeps them out.
    const long = 'The kingdom has a long history of careful diplomacy. '.repeat(20);
    expect(ama(long)).not.toContain('Only three: India, Bangladesh and Kuwait.');
  });
  it('a thread in <main> without an <article> is read with its replies too', () => {
    const texts = (post: string) =>
      extractPage(
        page(`<main><div class="post"><h1>TIL Bhutan recognised Bangladesh first</h1><p>${post}</p></div>
        <div class="comment"><p class="meta">u/dzongkha_nerd</p><p>It was a wireless message from King Jigme Dorji Wangchuck, hours before India's.</p>
        <div class="comment"><p>Formal diplomatic relations followed on 12 April 1973.</p></div></div></main>`),
      ).blocks.map((b) => b.text.trim());
    expect(texts('Source in the link.')).toContain(
      'Formal diplomatic relations followed on 12 April 1973.',
    );
    const long = 'The kingdom has a long history of careful diplomacy. '.repeat(20);
    expect(texts(long)).not.toContain('Formal diplomatic relations followed on 12 April 1973.');
  });
  it('an article of its own length keeps its comments out', () => {
    const long = 'The kingdom has a long history of careful diplomacy. '.repeat(20);
    const texts = extractPage(thread(long)).blocks.map((b) => b.text.trim());
    expect(texts).not.toContain('Bhutan joined the UN in 1971.');
  });
});

describe('structured text', () => {
  const blocksOf = (html: string) => extractPage(page(`<main>${html}</main>`)).blocks;
  const readings = (html: string) =>
    sentencesOf(blocksOf(html)).map((s) => shownReading(s.reading ?? s.text));

  it('reads a table row with its column headers, and the row is one block', () => {
    const html = `<table><caption>Diplomatic partners</caption>
      <thead><tr><th>Country</th><th>Relations established</th></tr></thead>
      <tbody><tr><td> Kuwait </td><td><b>23 May</b> 1983</td></tr></tbody></table>`;
    const blocks = blocksOf(html);
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'row', 'row']);
    expect(readings(html)).toContain('Country Kuwait | Relations established 23 May 1983');
    // The row's sentence is the row's own text, from its first cell to its last.
    const row = sentencesOf(blocks).find((s) =>
      shownReading(s.reading ?? '').startsWith('Country Kuwait'),
    );
    expect(row?.text).toBe('Kuwait  23 May 1983');
  });
  it('an empty cell keeps the row under its own headings, and a sources column is left out', () => {
    const html = `<table><thead><tr><th>Year</th><th>Event</th><th>Source</th></tr></thead>
      <tbody><tr><td></td><td>Joins the IMF on 28 September.</td><td>IMF report</td></tr></tbody></table>`;
    expect(readings(html)).toContain('Event Joins the IMF on 28 September.');
  });
  it('reads a two-cell row without headers as a label and its value (an infobox)', () => {
    expect(
      readings('<table><tr><th>Date</th><td>16 June 2017 – 28 August 2017</td></tr></table>'),
    ).toEqual(['Date 16 June 2017 – 28 August 2017']);
  });
  it('reads an aside that holds the article’s own key dates, by its class or its heading', () => {
    for (const aside of [
      '<aside class="keydates"><h3>Dates</h3><dl><dt>1984</dt><dd>First round of talks</dd></dl></aside>',
      '<aside class="box"><h3>Key dates</h3><dl><dt>1984</dt><dd>First round of talks</dd></dl></aside>',
    ])
      expect(readings(`<p>Body.</p>${aside}`), aside).toContain('1984 First round of talks');
    // Related links stay out, whatever their heading says.
    expect(
      readings('<p>Body.</p><aside class="related"><h3>Timeline</h3><p>1984 talks</p></aside>'),
    ).toEqual(['Body.']);
  });
  it('reads the fact boxes beside the article, not its related links', () => {
    const read = (aside: string) =>
      sentencesOf(
        extractPage(page(`<div class="wrap"><article><p>Body text.</p></article>${aside}</div>`))
          .blocks,
      ).map((s) => s.reading ?? s.text);
    expect(read('<aside><h3>Background</h3><ul><li>1984: Talks begin.</li></ul></aside>')).toEqual([
      'Body text.',
      'Background',
      '1984: Talks begin.',
    ]);
    expect(
      read(
        '<aside><h3>More</h3><ul><li>1984: Talks begin.</li><li>2016: The 24th round.</li></ul></aside>',
      ),
    ).toContain('2016: The 24th round.');
    expect(
      read(
        '<aside><h3>Common confusions</h3><ul><li>Quiz sites place the 1949 signing in New Delhi, but it was concluded in Darjeeling.</li></ul></aside>',
      ),
    ).toContain(
      'Quiz sites place the 1949 signing in New Delhi, but it was concluded in Darjeeling.',
    );
    expect(
      read(
        '<aside><h3>Related stories</h3><ul><li><a href="/a">India notes the Bhutan–China boundary pact of October</a></li><li><a href="/b">Where is the Doklam plateau and why does it matter?</a></li></ul></aside>',
      ),
    ).toEqual(['Body text.']);
  });
  it('reads a definition after its term', () => {
    const html =
      '<dl><dt>IMF</dt><dd>Joined on 28 September 1981.</dd><dt>WHO</dt><dd>8 March 1982.</dd></dl>';
    expect(readings(html)).toEqual([
      'IMF',
      'IMF Joined on 28 September 1981.',
      'WHO',
      'WHO 8 March 1982.',
    ]);
  });
});

describe('explanatory notes are read', () => {
  it('a "Notes" section of full sentences is content; "References" stays back matter', () => {
    const page = pageFromText(
      'treaties.html',
      '<title>Treaties</title><main><p>Bhutan signed several treaties.</p><h2>Notes</h2><ol><li>The Punakha treaty was signed on 8 January 1910 and took effect two days later.</li></ol><h2>References</h2><ol><li>Kuensel. "Bhutan joins the UN", 1971.</li></ol></main>',
    );
    const texts = page.blocks.map((block) => block.text);
    expect(texts).toContain(
      'The Punakha treaty was signed on 8 January 1910 and took effect two days later.',
    );
    expect(texts.some((text) => text.includes('Bhutan joins the UN'))).toBe(false);
  });
});
