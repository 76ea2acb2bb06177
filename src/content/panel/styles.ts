/** The panel's own styles, scoped by its shadow root (LinkedIn's CSS cannot reach in, ours cannot leak). */
export const panelCss = `
:host { all: initial; display: block; }
.pt { font: 13px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; color: #1d2226;
  background: #f3f6f8; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; margin: 4px 0;
  /* LinkedIn's dialog does not scroll: a tall panel would push its Send button off screen. */
  max-height: min(30vh, 220px); overflow: auto; }
.pt * { box-sizing: border-box; }
.pt-head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 6px; }
.pt-title { font-weight: 600; font-size: 13px; margin: 0; flex: 1; }
.pt-for { font-weight: 400; color: #56687a; }
.pt-count { font-variant-numeric: tabular-nums; font-weight: 600; }
.pt-count.over { color: #b42318; }
.pt-label { font-weight: 600; font-size: 12px; margin: 6px 0 2px; display: block; }
.pt-openers { list-style: none; margin: 0; padding: 2px; max-height: 92px; overflow: auto; border: 1px solid #c5ccd3;
  border-radius: 6px; background: #fff; }
.pt-openers:focus { outline: 2px solid #0a66c2; outline-offset: 1px; }
.pt-openers [role=option] { padding: 2px 8px; border-radius: 4px; cursor: pointer; }
.pt-openers [role=option][aria-selected="true"], .pt-openers [role=option]:hover { background: #e8f1fb; }
.pt-openers .pt-preview { display: block; color: #56687a; font-size: 12px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
.pt-findings { margin: 6px 0 0; padding-left: 18px; }
.pt-findings li.block { color: #b42318; }
.pt-findings li.warn { color: #8a5a00; }
.pt-notice { margin: 6px 0 0; color: #8a5a00; }
.pt-alert { margin: 0 0 6px; padding: 8px 10px; border-radius: 6px; background: #fdecea; border: 1px solid #f2b8b5; }
.pt-alert p { margin: 0 0 6px; font-weight: 600; }
.pt-actions { display: flex; gap: 8px; flex-wrap: wrap; }
.pt button { font: inherit; font-weight: 600; border-radius: 14px; padding: 4px 12px; cursor: pointer;
  border: 1px solid #0a66c2; background: #fff; color: #0a66c2; }
.pt button.primary { background: #0a66c2; color: #fff; }
.pt button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
.pt-muted { color: #56687a; margin: 0; }
@media (prefers-color-scheme: dark) {
  .pt { background: #1d2226; color: #e9e9e9; border-color: #38434f; }
  .pt-openers { background: #283139; border-color: #38434f; }
  .pt-openers [role=option][aria-selected="true"], .pt-openers [role=option]:hover { background: #38434f; }
  .pt-openers .pt-preview, .pt-muted { color: #b0b7bf; }
  .pt button { background: #1d2226; color: #70b5f9; border-color: #70b5f9; }
  .pt button.primary { background: #70b5f9; color: #1d2226; }
  .pt-alert { background: #4a1f1c; border-color: #8c2f28; }
  .pt-count.over, .pt-findings li.block { color: #ff9c8f; }
  .pt-for { color: #b0b7bf; }
  .pt-findings li.warn { color: #f5c26b; }
}
@media (prefers-reduced-motion: no-preference) { .pt-alert { animation: pt-in .12s ease-out; } }
@keyframes pt-in { from { opacity: 0; transform: translateY(-2px); } to { opacity: 1; transform: none; } }
`;

export const notesCss = `
.pt-notes { margin: 6px 0 0; }
.pt-notes summary { cursor: pointer; font-weight: 600; font-size: 12px; }
.pt-notes-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 8px; margin-top: 4px; }
.pt-notes label { display: flex; flex-direction: column; font-size: 12px; }
.pt-notes input { font: inherit; padding: 3px 6px; border: 1px solid #c5ccd3; border-radius: 4px; background: #fff; color: inherit; }
.pt-notes input:focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .pt-notes input { background: #283139; border-color: #38434f; } }
`;

export const afterAcceptCss = `
.pt-after textarea { width: 100%; font: inherit; padding: 4px 6px; border: 1px solid #c5ccd3; border-radius: 4px;
  background: #fff; color: inherit; margin: 0 0 6px; resize: vertical; }
.pt-after textarea:focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .pt-after textarea { background: #283139; border-color: #38434f; } }
`;

export const promptCss = `
.pt-prompt { max-height: none; box-shadow: 0 4px 16px rgba(0,0,0,.25); background: #fff; }
.pt-prompt-text { margin: 0 0 8px; }
@media (prefers-color-scheme: dark) { .pt-prompt { background: #1d2226; } }
`;
