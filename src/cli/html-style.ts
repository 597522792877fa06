/** The annotated report's CSS: the browser's highlight looks, light and dark, cards in a margin. */
export const REPORT_STYLE = `
:root { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --link: #0969da;
  --ok: #1a7f37; --ok-bg: rgba(46, 164, 79, 0.2); --ok-chip: #dafbe1;
  --bad: #cf222e; --bad-bg: rgba(218, 54, 51, 0.18); --bad-chip: #ffebe9; --card: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --link: #4493f8;
    --ok: #56d364; --ok-bg: rgba(63, 185, 80, 0.26); --ok-chip: #12261e;
    --bad: #ff7b72; --bad-bg: rgba(248, 81, 73, 0.26); --bad-chip: #2d1214; --card: #161b22; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px 20px 64px; background: var(--bg); color: var(--fg);
  font: 16px/1.6 Georgia, 'Times New Roman', serif; }
a { color: var(--link); }
.report-head { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 14px;
  border-bottom: 1px solid var(--border); margin-bottom: 16px; padding-bottom: 12px; }
.report-head h1 { font-family: Georgia, serif; font-size: 28px; line-height: 1.25; margin: 4px 0 8px; }
.brand { margin: 0; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; font-size: 12px; }
.muted { color: var(--muted); }
.count { font-weight: 700; margin-left: 6px; }
.count.supported { color: var(--ok); }
.count.contradicted { color: var(--bad); }
.row { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px 28px; }
.text h2 { font-size: 21px; line-height: 1.3; margin: 22px 0 6px; }
.text p, .text blockquote { margin: 0 0 14px; }
.text .item { padding-left: 1.2em; text-indent: -0.8em; }
.text .item::before { content: '• '; }
.text blockquote { border-left: 3px solid var(--border); padding-left: 12px; color: var(--muted); }
.flag { color: inherit; padding: 1px 0; border-radius: 2px; }
.flag.supported { background: var(--ok-bg); text-decoration: underline solid var(--ok) 2px; text-underline-offset: 3px; }
.flag.contradicted { background: var(--bad-bg); text-decoration: underline wavy var(--bad) 1.5px; text-underline-offset: 3px; }
.flag .icon { font-family: system-ui, sans-serif; font-size: 0.8em; margin-right: 2px; }
.flag.supported .icon { color: var(--ok); }
.flag.contradicted .icon { color: var(--bad); }
.ref { font: 700 11px/1 system-ui, sans-serif; vertical-align: super; margin-left: 2px; text-decoration: none; }
.cards { display: flex; flex-direction: column; gap: 10px; margin-bottom: 16px; }
.card { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; background: var(--card);
  border: 1px solid var(--border); border-left: 4px solid var(--ok); border-radius: 8px; padding: 10px 12px; }
.card.contradicted { border-left: 5px double var(--bad); }
.card p { margin: 0; }
.card h3 { font-size: 15px; margin: 6px 0 4px; line-height: 1.35; }
.card-head { display: flex; align-items: center; gap: 8px; }
.num { font-weight: 700; text-decoration: none; }
.verdict { display: inline-flex; gap: 6px; font-weight: 700; padding: 1px 8px; border-radius: 999px; font-size: 13px; }
.verdict.supported { color: var(--ok); background: var(--ok-chip); }
.verdict.contradicted { color: var(--bad); background: var(--bad-chip); }
.label { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin-top: 8px !important; }
.sources { margin: 2px 0 0; padding: 0; list-style: none; }
.sources li { margin: 0 0 8px; }
.publisher { font-weight: 600; }
.official { display: inline-block; padding: 0 6px; border: 1px solid var(--border); border-radius: 999px; font-size: 11px; font-weight: 600; }
.described { font-style: italic; }
.note { color: var(--muted); font-size: 13px; }
.meta { color: var(--muted); font-size: 12px; margin-top: 6px !important; }
@media (min-width: 960px) {
  .row { grid-template-columns: minmax(0, 1fr) 380px; }
  .row:not(.flagged) .text { grid-column: 1; }
}
@media print { .card { break-inside: avoid; } }
`;
