/**
 * How deep an HTML text nests, estimated in one linear pass before it is parsed: the parser
 * (htmlparser2 under linkedom) takes quadratic time on deep nesting (100,000 levels: 6 s).
 * Tags whose end the parser may imply (p, li, td, a…) and void tags are not counted, so the
 * estimate errs low; extraction still caps what it reads after parsing.
 */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen basefont bgsound frame image'.split(
    ' ',
  ),
);
const IMPLIED = new Set(
  'p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp rtc caption colgroup html head body a button nobr form'.split(
    ' ',
  ),
);
/** Elements whose content is text, not tags. */
const RAW = new Set('script style textarea title xmp iframe noembed noframes noscript'.split(' '));

const isNameChar = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 45;
const isLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** The deepest nesting seen, or the first depth past `stopAt`. */
export function nestingEstimate(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47;
    const nameStart = i + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart || !isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf('<', nameStart);
      continue;
    }
    const tagEnd = html.indexOf('>', nameEnd);
    if (tagEnd < 0) break;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    i = html.indexOf('<', tagEnd + 1);
    if (VOID.has(name) || IMPLIED.has(name)) continue;
    if (closing) {
      if (depth > 0) depth--;
      continue;
    }
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tagEnd + 1;
      const found = close.exec(html);
      const after = found ? html.indexOf('>', found.index) : -1;
      if (after < 0) break;
      i = html.indexOf('<', after + 1);
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) break;
  }
  return deepest;
}
