/** The card's CSS, scoped by its shadow root; light, dark and high-contrast palettes. */
export const CARD_STYLE = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --link: #0969da;
  --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9; --focus: #0969da;
  position: absolute; z-index: 2147483647; box-sizing: border-box; width: min(380px, calc(100vw - 16px));
  max-height: calc(100vh - 16px); display: flex; flex-direction: column; overflow: hidden;
  padding: 14px 16px; border-radius: 10px;
  border: 1px solid var(--border); background: var(--bg); color: var(--fg);
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: left;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #161b22; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --link: #4493f8;
    --ok: #3fb950; --ok-bg: #12261e; --bad: #f85149; --bad-bg: #2d1214; --focus: #4493f8; }
}
@media (prefers-contrast: more) { .card { --muted: var(--fg); --border: var(--fg); } }
.head, h2, .actions { flex: none; }
.body { flex: 1 1 auto; min-height: 48px; overflow-y: auto; overscroll-behavior: contain; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; }
.verdict { display: inline-flex; align-items: center; gap: 6px; font-weight: 700; padding: 2px 8px; border-radius: 999px; font-size: 13px; }
.verdict.supported { color: var(--ok); background: var(--ok-bg); }
.verdict.contradicted { color: var(--bad); background: var(--bad-bg); }
.close { margin-left: auto; border: 0; background: transparent; color: var(--muted); font-size: 20px; line-height: 1; cursor: pointer; border-radius: 6px; padding: 2px 8px; }
.close:hover { color: var(--fg); }
h2 { font-size: 15px; margin: 0 0 6px; line-height: 1.35; }
.label { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 10px 0 2px; }
p { margin: 0; }
.asof { color: var(--muted); font-size: 13px; margin-top: 6px; }
ul { margin: 4px 0 0; padding: 0; list-style: none; }
li { margin: 0 0 8px; }
a { color: var(--link); }
.publisher { font-weight: 600; }
.official { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px solid var(--border); border-radius: 999px; font-size: 11px; font-weight: 600; color: var(--fg); vertical-align: 1px; }
a.described { font-style: italic; }
.note, .date, .domain { color: var(--muted); font-size: 13px; }
.actions { display: flex; gap: 8px; margin-top: 12px; border-top: 1px solid var(--border); padding-top: 10px; }
.actions button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--border); background: transparent; color: var(--fg); cursor: pointer; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
