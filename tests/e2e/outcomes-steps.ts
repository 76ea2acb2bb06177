/**
 * Steps shared by the outcome specs (outcomes*.spec.ts): read an invitation back through the worker,
 * seed one as the content script records it, read the action badge, and use the popup's follow-up.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { askWorker, expect } from './harness';

export interface Stored {
  id: string;
  slug?: string;
  status: string;
  personalised: boolean;
  noteLength: number;
  pendingSeenAt?: number;
  leftSentListAt?: number;
  statusSeenAt?: number;
}

export const DAY = 86_400_000;

export async function stored(context: BrowserContext, id: string, slug: string): Promise<Stored | undefined> {
  const reply = await askWorker<{ data: Stored[] }>(context, id, { type: 'listInvitations' });
  return reply.data.find((invitation) => invitation.slug === slug);
}

/** An invitation recorded as the content script records one, sent `daysAgo` days ago (20 by default). */
export async function seed(
  context: BrowserContext,
  id: string,
  slug: string,
  name: string,
  noteLength: number,
  daysAgo = 20,
) {
  const invitation = {
    slug,
    name,
    personalised: noteLength > 0,
    noteLength,
    sentAt: Date.now() - daysAgo * DAY,
    surface: 'profile',
  };
  await askWorker(context, id, { type: 'recordInvitation', invitation });
}

export async function badge(context: BrowserContext, id: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/src/popup/index.html`);
  const text = await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
  await page.close();
  return text;
}

/** Opens the popup on its "This month" tab, where the numbers and the follow-ups are. */
export async function openPopupThisMonth(context: BrowserContext, id: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/src/popup/index.html`);
  await popup.getByRole('tab', { name: 'This month' }).click();
  return popup;
}

/**
 * In the popup's follow-up to `name`: Copy (checking that the popup confirms it), then Mark as messaged.
 * Returns what reached the clipboard: Chromium cannot grant clipboard access to an extension origin
 * under test, so the write is observed.
 */
export async function copyThenMarkMessaged(popup: Page, name: string): Promise<string | undefined> {
  await popup.evaluate(() => {
    const spy = globalThis as unknown as { copied?: string };
    navigator.clipboard.writeText = async (text: string) => {
      spy.copied = text;
    };
  });
  await popup.getByRole('button', { name: 'Copy' }).click();
  await expect(popup.getByText(`Copied the message to ${name}.`)).toBeVisible();
  const copied = await popup.evaluate(() => (globalThis as unknown as { copied?: string }).copied);
  await popup.getByRole('button', { name: 'Mark as messaged' }).click();
  return copied;
}
