/**
 * The panel's own styles, scoped by its shadow root (LinkedIn's CSS cannot reach in, ours cannot leak).
 * Colours are custom properties: light by default, dark when LinkedIn is in dark mode (the host's
 * data-pt-theme, see theme.ts) or, when LinkedIn marks no theme, when the system prefers dark.
 */
const LIGHT = `--pt-text: #1d2226; --pt-bg: #f3f6f8; --pt-border: #d0d7de; --pt-muted: #56687a;
  --pt-danger: #b42318; --pt-warn: #8a5a00; --pt-field: #fff; --pt-field-border: #c5ccd3; --pt-selected: #e8f1fb;
  --pt-accent: #0a66c2; --pt-on-accent: #fff; --pt-alert: #fdecea; --pt-alert-border: #f2b8b5; --pt-raised: #fff;`;
const DARK = `--pt-text: #e9e9e9; --pt-bg: #1d2226; --pt-border: #38434f; --pt-muted: #b0b7bf;
  --pt-danger: #ff9c8f; --pt-warn: #f5c26b; --pt-field: #283139; --pt-field-border: #38434f; --pt-selected: #38434f;
  --pt-accent: #70b5f9; --pt-on-accent: #1d2226; --pt-alert: #4a1f1c; --pt-alert-border: #8c2f28; --pt-raised: #1d2226;`;

export const panelCss = `
:host { all: initial; display: block; ${LIGHT} }
:host([data-pt-theme="dark"]) { ${DARK} }
@media (prefers-color-scheme: dark) { :host(:not([data-pt-theme="light"])) { ${DARK} } }
.pt { font: 13px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; color: var(--pt-text);
  background: var(--pt-bg); border: 1px solid var(--pt-border); border-radius: 8px; padding: 8px 12px; margin: 4px 0;
  /* LinkedIn's dialog does not scroll: a tall panel would push its Send button off screen. */
  max-height: min(30vh, 220px); overflow: auto; }
.pt * { box-sizing: border-box; }
.pt-head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 6px; }
.pt-title { font-weight: 600; font-size: 13px; margin: 0; flex: 1; }
.pt-for, .pt-muted, .pt-openers .pt-preview { font-weight: 400; color: var(--pt-muted); }
.pt-count { font-variant-numeric: tabular-nums; font-weight: 600; }
.pt-count.over, .pt-findings li.block { color: var(--pt-danger); }
.pt-label { font-weight: 600; font-size: 12px; margin: 6px 0 2px; display: block; }
.pt-openers { list-style: none; margin: 0; padding: 2px; max-height: 92px; overflow: auto;
  border: 1px solid var(--pt-field-border); border-radius: 6px; background: var(--pt-field); }
.pt-search { width: 100%; margin: 0 0 4px; }
.pt-openers:focus { outline: 2px solid var(--pt-accent); outline-offset: 1px; }
.pt-openers [role=option] { padding: 2px 8px; border-radius: 4px; cursor: pointer; }
.pt-openers [role=option][aria-selected="true"], .pt-openers [role=option]:hover { background: var(--pt-selected); }
.pt-openers .pt-preview { display: block; font-size: 12px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
.pt-findings { margin: 6px 0 0; padding-left: 18px; }
.pt-findings li.warn, .pt-notice { color: var(--pt-warn); }
.pt-notice { margin: 6px 0 0; }
.pt-alert { margin: 0 0 6px; padding: 8px 10px; border-radius: 6px; background: var(--pt-alert);
  border: 1px solid var(--pt-alert-border); }
.pt-alert p { margin: 0 0 6px; font-weight: 600; }
.pt-actions { display: flex; gap: 8px; flex-wrap: wrap; }
.pt button { font: inherit; font-weight: 600; border-radius: 14px; padding: 4px 12px; cursor: pointer;
  border: 1px solid var(--pt-accent); background: var(--pt-raised); color: var(--pt-accent); }
.pt button.primary { background: var(--pt-accent); color: var(--pt-on-accent); }
.pt button:focus-visible { outline: 2px solid var(--pt-accent); outline-offset: 2px; }
.pt-muted { margin: 0; }
@media (prefers-reduced-motion: no-preference) { .pt-alert { animation: pt-in .12s ease-out; } }
@keyframes pt-in { from { opacity: 0; transform: translateY(-2px); } to { opacity: 1; transform: none; } }
`;

export const notesCss = `
.pt-notes { margin: 6px 0 0; }
.pt-notes summary { cursor: pointer; font-weight: 600; font-size: 12px; }
.pt-notes-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 8px; margin-top: 4px; }
.pt-notes label { display: flex; flex-direction: column; font-size: 12px; }
.pt-notes input, .pt-search { font: inherit; padding: 3px 6px; border: 1px solid var(--pt-field-border); border-radius: 4px;
  background: var(--pt-field); color: inherit; }
.pt-notes input:focus-visible, .pt-search:focus-visible { outline: 2px solid var(--pt-accent); outline-offset: 1px; }
`;

export const afterAcceptCss = `
.pt-after textarea { width: 100%; font: inherit; padding: 4px 6px; border: 1px solid var(--pt-field-border);
  border-radius: 4px; background: var(--pt-field); color: inherit; margin: 0 0 6px; resize: vertical; }
.pt-after textarea:focus-visible { outline: 2px solid var(--pt-accent); outline-offset: 1px; }
`;

export const promptCss = `
.pt-prompt { max-height: none; box-shadow: 0 4px 16px rgba(0,0,0,.25); background: var(--pt-raised); }
.pt-prompt-text { margin: 0 0 8px; }
`;
