/**
 * Large pages for the long-task tests, made in the test (no megabyte files in the repository):
 * a 1 MB article about Bhutan's foreign relations with a flag every few paragraphs, and a page of
 * about 100,000 nodes that names Bhutan once and is about something else.
 */
const FILLER = [
  "Officials in Thimphu describe the kingdom's outlook in measured terms, and the analysts we spoke to expect that tone to hold for the rest of the decade.",
  'Much of this work happens out of view: small delegations, long letters, and patient meetings that rarely make the evening news in either capital.',
  'Observers point to the weight of geography, the pull of trade and the memory of older arrangements as the forces that shape each new decision.',
  'A diplomat who asked not to be named said the small service measures success in decades rather than in news cycles.',
  'Scholars of small states often cite the kingdom as an example of how a careful neighbour can keep its options open without alarming anyone.',
];
const FLAGGED = [
  'India and Bhutan signed the Treaty of Perpetual Peace and Friendship in Darjeeling in 1972.',
  'Bhutan has no diplomatic relations with any of the five permanent members of the UN Security Council.',
  'Bhutan became a member of the United Nations in 1972 and has since built most of its ties through it.',
];

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** About `bytes` of article text; every `flagEvery`-th paragraph holds a sentence that flags. */
export function bigArticle(bytes = 1_000_000, flagEvery = 40): { html: string; flags: number } {
  const parts: string[] = ["<main><article><h1>Bhutan's foreign relations: the whole record</h1>"];
  let size = 0;
  let flags = 0;
  for (let i = 0; size < bytes; i++) {
    const flagged = i % flagEvery === flagEvery - 1;
    const text = flagged
      ? `${FILLER[i % FILLER.length]} ${FLAGGED[flags++ % FLAGGED.length]}`
      : `${FILLER[i % FILLER.length]} ${FILLER[(i + 2) % FILLER.length]}`;
    if (i % 25 === 0) parts.push(`<h2>Part ${i / 25 + 1}: Bhutan's diplomacy</h2>`);
    parts.push(`<p>${text}</p>`);
    size += text.length;
  }
  parts.push('</article></main>');
  return { html: page("Bhutan's foreign relations: the whole record", parts.join('\n')), flags };
}

/** About `nodes` DOM nodes of a product catalogue; Bhutan is named once, in passing. */
export function bigCatalogue(nodes = 100_000): string {
  const rows: string[] = ['<main><h1>Garden supplies</h1><ul>'];
  // Each item: li, a, text, span, text, span, text = 7 nodes.
  for (let i = 0; i < nodes / 7; i++)
    rows.push(
      `<li><a href="#item-${i}">Item ${i}</a><span> watering can, </span><span>${(i % 90) + 10} litres</span></li>`,
    );
  rows.push('</ul><p>Our tea towels are woven in Bhutan.</p></main>');
  return page('Garden supplies catalogue', rows.join(''));
}
