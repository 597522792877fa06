/**
 * `--html FILE`: the article as the checker read it, each flagged sentence highlighted as in the
 * browser (green solid underline and ✔, red wavy underline and ✘) with its card beside it (below it
 * on a narrow screen). One standalone file: inline CSS, no script, no URL but the sources' links.
 */
import type { Flag, TextBlock } from '../core/check';
import { formatDate } from '../ui/format';
import { sourceView } from '../ui/source-view';
import type { FileCheck } from './check-file';
import { describePosition, type Position } from './positions';
import { REPORT_STYLE } from './html-style';

const ICON = { supported: '✔', contradicted: '✘' } as const;
const WORDS = {
  supported: 'Supported by vetted sources',
  contradicted: 'Contradicted by vetted sources',
} as const;

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

/** Only http(s) links reach the report (packs allow no other scheme; this keeps it so). */
const safeHref = (url: string): string => (/^https?:\/\//i.test(url) ? escape(url) : '#');

interface Numbered {
  readonly flag: Flag;
  readonly n: number;
  readonly position: Position | undefined;
}

/** A block's text with its flagged sentences marked; flags on the same sentence nest. */
function markedText(text: string, flags: readonly Numbered[]): string {
  const sorted = [...flags].sort((a, b) => a.flag.start - b.flag.start || a.n - b.n);
  let html = '';
  let at = 0;
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as Numbered;
    const { start, end } = first.flag;
    const same = sorted.filter(
      (other, j) => j >= i && other.flag.start === start && other.flag.end === end,
    );
    if (start < at) {
      i += same.length;
      continue;
    }
    html += escape(text.slice(at, start));
    // Flags on one sentence nest their marks; icons lead and numbers follow, in flag order.
    const inner =
      same.map(({ flag, n }) => `<mark class="flag ${flag.verdict}" id="flag-${n}">`).join('') +
      same
        .map(({ flag }) => `<span class="icon" aria-hidden="true">${ICON[flag.verdict]}</span>`)
        .join('') +
      escape(text.slice(start, end)) +
      same
        .map(
          ({ flag, n }) =>
            `<a class="ref" href="#card-${n}" aria-label="flag ${n}: ${WORDS[flag.verdict]}">${n}</a>`,
        )
        .join('') +
      '</mark>'.repeat(same.length);
    html += inner;
    at = end;
    i += same.length;
  }
  return html + escape(text.slice(at));
}

function card({ flag, n, position }: Numbered): string {
  const sources = flag.sources
    .map((source) => {
      const view = sourceView(source);
      const label = view.described
        ? `<span class="described">${escape(view.label)}</span>`
        : escape(view.label);
      return `<li><span class="publisher">${escape(view.publisher)}</span>${
        view.official ? ' <span class="official">Official</span>' : ''
      } <span class="muted">· ${escape(view.date ? formatDate(view.date) : 'undated')}</span><br>
<a href="${safeHref(view.url)}" rel="noopener noreferrer">${label}</a> <span class="muted">(${escape(view.domain)})</span><br>
<span class="note">${escape(view.note)}</span></li>`;
    })
    .join('\n');
  return `<aside class="card ${flag.verdict}" id="card-${n}" aria-labelledby="reason-${n}">
<p class="card-head"><a class="num" href="#flag-${n}">${n}</a> <span class="verdict ${flag.verdict}"><span aria-hidden="true">${ICON[flag.verdict]}</span> ${WORDS[flag.verdict]}</span></p>
<h3 id="reason-${n}">${escape(flag.reason)}</h3>
<p class="label">Vetted claim</p>
<p>${escape(flag.claimText)}</p>
${flag.asOf ? `<p class="muted">Last confirmed ${escape(formatDate(flag.asOf))}; facts like this can change.</p>\n` : ''}<p class="label">Sources</p>
<ul class="sources">
${sources}
</ul>
<p class="meta">${position ? `${escape(describePosition(position))} · ` : ''}${escape(flag.claimId)} · confidence ${flag.confidence.toFixed(2)}</p>
</aside>`;
}

const TAG: Record<TextBlock['kind'], string> = {
  heading: 'h2',
  paragraph: 'p',
  item: 'p class="item"',
  quote: 'blockquote',
  cell: 'p class="cell"',
  row: 'p class="row-cells"',
};

function row(block: TextBlock, flags: readonly Numbered[]): string {
  const open = TAG[block.kind];
  const close = open.split(' ')[0] as string;
  const text = `<${open}>${markedText(block.text, flags)}</${close}>`;
  if (!flags.length) return `<div class="row"><div class="text">${text}</div></div>`;
  return `<div class="row flagged"><div class="text">${text}</div><div class="cards">
${flags.map(card).join('\n')}
</div></div>`;
}

export interface HtmlReportOptions {
  readonly file: string;
  /** YYYY-MM-DD, the day of the check. */
  readonly checkedOn: string;
}

export function htmlReport(check: FileCheck, options: HtmlReportOptions): string {
  const { result, page, positions, all } = check;
  const numbered: Numbered[] = result.flags.map((flag, i) => ({
    flag,
    n: i + 1,
    position: positions[i],
  }));
  const byBlock = new Map<number, Numbered[]>();
  for (const item of numbered)
    byBlock.set(item.flag.block, [...(byBlock.get(item.flag.block) ?? []), item]);
  const supported = result.flags.filter((flag) => flag.verdict === 'supported').length;
  const contradicted = result.flags.length - supported;
  const title = page.title?.trim() || options.file;
  const summary = all
    ? 'Topic gate skipped (--all): every sentence was checked.'
    : result.relevant
      ? `About Bhutan's foreign relations (topic score ${result.topic.score.toFixed(2)}).`
      : "Not about Bhutan's foreign relations: no sentence was checked.";
  const body = result.relevant
    ? page.blocks.map((block, i) => row(block, byBlock.get(i) ?? [])).join('\n')
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Fact flags: ${escape(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header class="report-head">
<p class="brand">Bhutan Fact Flags · annotated report</p>
<h1>${escape(title)}</h1>
<p class="muted">${escape(options.file)} · checked on ${escape(formatDate(options.checkedOn))}${page.publishedAt ? ` · article dated ${escape(formatDate(page.publishedAt))}` : ''}</p>
<p>${escape(summary)} <strong>${result.flags.length} flag${result.flags.length === 1 ? '' : 's'}</strong>: <span class="count supported">✔ ${supported} supported</span> <span class="count contradicted">✘ ${contradicted} contradicted</span></p>
<p class="legend muted">Highlighted sentences match a vetted claim: <span class="flag supported"><span class="icon" aria-hidden="true">✔</span>solid green</span> where vetted sources support them, <span class="flag contradicted"><span class="icon" aria-hidden="true">✘</span>wavy red</span> where they contradict them. Each card gives the reason, the vetted claim and its sources.</p>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}
