/**
 * The panel's count must agree with the browser's: a real textarea counts UTF-16 code units, a newline as
 * one, and its maxlength stops typing at the same count the panel shows.
 */
import { waitForPanelText } from './ax';
import { expect, test } from './harness';
import { openNoteStep } from './invite-steps';

const SAMPLES = [
  'Hi Zoë 👋 great to meet you',
  'Line one\nLine two\n\nLine four',
  'Cafe\u0301 au lait, São Paulo, Kraków',
  'Family 👨‍👩‍👧 and flags 🇸🇪🇫🇷',
  '日本語のメモ、ありがとう',
];

for (const sample of SAMPLES) {
  test(`the panel counts ${JSON.stringify(sample)} as the browser does`, async ({ openFixture }) => {
    const page = await openFixture('profile-2023-artdeco-add-note.html');
    await openNoteStep(page, { connect: '#ember58' });
    const field = page.locator('#custom-message');
    await field.click();
    for (const [index, line] of sample.split('\n').entries()) {
      if (index > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.insertText(line);
    }
    const browserCount = await field.evaluate((el) => (el as HTMLTextAreaElement).value.length);
    expect(await field.inputValue()).toBe(sample);
    await waitForPanelText(page, new RegExp(`\\b${browserCount}/300\\b`));
    await expect(page.locator('.artdeco-modal__content [aria-live]')).toHaveText(`${browserCount}/300`);
  });
}

test('at maxlength the browser stops where the panel says the limit is', async ({ openFixture }) => {
  const page = await openFixture('profile-2023-artdeco-add-note.html');
  await openNoteStep(page, { connect: '#ember58' });
  await page.locator('#custom-message').click();
  await page.keyboard.insertText('😀'.repeat(160)); // 320 code units offered, 300 allowed
  const kept = await page
    .locator('#custom-message')
    .evaluate((el) => (el as HTMLTextAreaElement).value.length);
  expect(kept).toBe(300);
  await waitForPanelText(page, /\b300\/300\b/);
});
