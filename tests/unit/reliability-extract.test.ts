import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, extractPage, MAX_DEPTH, skipped } from '../../src/dom/extract';

const page = (html: string) => parseHTML(html).document as unknown as Document;

/** A page whose <main> holds `top`, then `depth` nested <div>s with `deep` at the bottom. */
function nested(depth: number, deep: string, top = 'Bhutan joined the UN in 1971.'): Document {
  const doc = page(`<html><body><main><p>${top}</p></main></body></html>`);
  let at = doc.querySelector('main') as Element;
  for (let level = 0; level < depth; level += 1) {
    const div = doc.createElement('div');
    at.appendChild(div);
    at = div;
  }
  at.appendChild(doc.createTextNode(deep));
  return doc;
}

/** The recursive walk this module used before; the explicit stack must give the same blocks. */
function recursiveReference(root: Element): { text: string; kind: string; starts: number[] }[] {
  const BLOCKS =
    /^(?:P|DIV|SECTION|ARTICLE|MAIN|BODY|UL|OL|DL|TABLE|THEAD|TBODY|TFOOT|TR|FIGURE|FIGCAPTION|PRE|ADDRESS|HR|DETAILS|SUMMARY|CENTER|HGROUP|H[1-6]|LI|DT|DD|BLOCKQUOTE|TD|TH|CAPTION)$/;
  const KIND: Record<string, string> = { LI: 'item', BLOCKQUOTE: 'quote', TD: 'cell' };
  const out: { text: string; kind: string; starts: number[] }[] = [];
  let text = '';
  let starts: number[] = [];
  let owner = root;
  const flush = (): void => {
    const tag = owner.tagName.toUpperCase();
    if (text.trim())
      out.push({ text, kind: /^H\d$/.test(tag) ? 'heading' : KIND[tag] || 'paragraph', starts });
    text = '';
    starts = [];
  };
  const walk = (element: Element): void => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (!value) continue;
        starts.push(text.length);
        text += value.replace(/[\n\r\t\f]/g, ' ');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (skipped(el, {})) continue;
        if (el.tagName === 'BR') text += ' ';
        else if (BLOCKS.test(el.tagName)) {
          flush();
          const outer = owner;
          owner = el;
          walk(el);
          flush();
          owner = outer;
        } else walk(el);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

// Random markup: blocks, inline elements, skipped elements, line breaks and text, a few levels deep.
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('Bhutan ', 'joined\n', ' the UN', '1971. ', '', '<br>', ' '),
    fc
      .tuple(
        fc.constantFrom('p', 'div', 'li', 'blockquote', 'td', 'h2', 'em', 'a', 'span', 'nav', 'b'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('extraction without recursion', () => {
  it('gives the same blocks and offsets as the recursive walk on random markup', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 6 }), (parts) => {
        const doc = page(`<html><body><main>${parts.join('')}</main></body></html>`);
        const root = doc.querySelector('main') as Element;
        const blocks = extractBlocks(root, { keepBackMatter: true }).map((block) => ({
          text: block.text,
          kind: block.kind,
          starts: block.segments.map((segment) => segment.blockStart),
        }));
        expect(blocks).toEqual(recursiveReference(root));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a sentence at the depth cap with exact offsets', () => {
    const extracted = extractPage(nested(MAX_DEPTH - 1, 'Bhutan and India signed the treaty.'));
    expect(extracted.blocks.map((block) => block.text)).toEqual([
      'Bhutan joined the UN in 1971.',
      'Bhutan and India signed the treaty.',
    ]);
    const segment = extracted.blocks[1]?.segments[0];
    expect(segment?.node.data).toBe('Bhutan and India signed the treaty.');
    expect(extracted.tooDeep).toBeUndefined();
  });

  for (const depth of [7_000, 100_000])
    it(`reads a page nested ${depth.toLocaleString('en')} deep without a stack overflow and says what it left unread`, () => {
      const extracted = extractPage(nested(depth, 'Bhutan joined NATO in 2020.'));
      expect(extracted.blocks.map((block) => block.text)).toEqual([
        'Bhutan joined the UN in 1971.',
      ]);
      expect(extracted.tooDeep).toBe(1);
    });

  it('parses and reads 7,000 nested elements of HTML text', () => {
    const html = `<html><body><main><p>Top.</p>${'<div>'.repeat(7_000)}Deep.${'</div>'.repeat(7_000)}</main></body></html>`;
    const extracted = extractPage(page(html));
    expect(extracted.blocks.map((block) => block.text)).toEqual(['Top.']);
    expect(extracted.tooDeep).toBe(1);
  });
});
