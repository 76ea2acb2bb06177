/**
 * The composer panel on a test page, for axe and screenshots. On LinkedIn the panel lives in a CLOSED
 * shadow root, which axe (running in the page) cannot enter. Here the real `Panel` component and the
 * real panel styles are bundled with esbuild and rendered into an OPEN shadow root on a page styled
 * like LinkedIn's invite dialog, in light or dark. Same markup, same CSS: only the root's mode differs.
 * `linkedinTheme` marks the page as LinkedIn does (`html.theme--dark` / `theme--light`), independently of
 * the emulated prefers-color-scheme, so the panel's theme-following is checked too.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';

const ENTRY = `
import { h, render } from 'preact';
import * as styles from './src/content/panel/styles';
import { Panel } from './src/content/panel/Panel';
import { followPageTheme } from './src/content/panel/theme';
const noop = () => {};
const props = window.__panelProps;
const host = document.getElementById('panel-host');
followPageTheme(host, new AbortController().signal);
const root = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = Object.values(styles).filter((css) => typeof css === 'string').join('\\n');
const container = document.createElement('div');
root.append(style, container);
render(
  h(Panel, {
    ...props,
    onChooseOpener: noop, onSendAnyway: noop, onKeepEditing: noop,
    ...(props.notes ? { notes: { ...props.notes, onChange: noop } } : {}),
  }),
  container,
);
`;

/** A note step with everything the panel can show: counter over the limit, findings, notes, a hold. */
export const BUSY_NOTE_STEP = {
  step: 'note',
  recipientName: 'Maya Lindqvist',
  length: 214,
  limit: 200,
  findings: [
    { id: 'over-limit', severity: 'block', message: 'The note is 14 characters over LinkedIn’s limit.' },
    { id: 'generic', severity: 'warn', message: 'Nothing here is specific to Maya: say why you connect.' },
  ],
  openers: [
    { id: 'a', title: 'We met in person', preview: 'Hi Maya, it was good to meet you at Config.' },
    { id: 'b', title: 'Your talk', preview: 'Hi Maya, your talk on design systems stayed with me.' },
    { id: 'c', title: 'Mutual contact', preview: 'Hi Maya, Ola Nilsson suggested I get in touch.' },
  ],
  held: { message: 'This note is longer than LinkedIn allows; it would be cut off.' },
  notes: {
    name: 'Maya Lindqvist',
    contact: { howWeMet: 'at Config', where: 'Stockholm', when: 'last May', why: 'design systems' },
    saveState: 'saved',
  },
};

let bundle: Promise<string> | undefined;
function panelBundle(): Promise<string> {
  bundle ??= build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'tsx' },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'es2022',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundle;
}

type LinkedInTheme = 'dark' | 'light' | undefined;

/** The page looks dark when LinkedIn says so, or, when it marks no theme, when the system prefers dark. */
const page = (dark: boolean, theme: LinkedInTheme, props: unknown, script: string) => {
  const looksDark = theme ? theme === 'dark' : dark;
  return `<!doctype html>
<html lang="en"${theme ? ` class="theme--${theme}"` : ''}><head><meta charset="utf-8"><title>Panel</title>
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; background: ${looksDark ? '#000' : '#f4f2ee'}; }
  .dialog { width: 504px; margin: 24px auto; padding: 16px 24px; border-radius: 8px;
    background: ${looksDark ? '#1b1f23' : '#fff'}; color: ${looksDark ? '#fff' : '#000'}; }
</style></head>
<body><main class="dialog" aria-label="Invite dialog"><h1>Add a note to your invitation</h1>
<div id="panel-host"></div></main>
<script>window.__panelProps = ${JSON.stringify(props)};</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
};

export interface PanelPageOptions {
  /** The emulated prefers-color-scheme. */
  dark?: boolean;
  /** LinkedIn's own theme mark on <html>; absent: none, as on pages that mark nothing. */
  linkedinTheme?: 'dark' | 'light';
  props?: unknown;
}

/** Opens the panel test page (https://panel.test/) in light or dark, with the given panel props. */
export async function openPanelPage(
  context: BrowserContext,
  { dark = false, linkedinTheme, props = BUSY_NOTE_STEP }: PanelPageOptions = {},
): Promise<Page> {
  const html = page(dark, linkedinTheme, props, await panelBundle());
  await context.route('https://panel.test/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const tab = await context.newPage();
  await tab.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await tab.goto('https://panel.test/');
  await tab.locator('#panel-host').locator('section[aria-label="Personal Touch"]').waitFor();
  return tab;
}
