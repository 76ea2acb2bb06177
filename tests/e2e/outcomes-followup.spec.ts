/**
 * Issue #7, the first message after an acceptance: the popup's follow-up list starts from the note saved
 * for after acceptance, lets the user pick any opener of their library instead (a native select, used
 * here from the keyboard), fills it in for the person, copies it, and marks them messaged. Nothing is
 * ever sent by the extension.
 */
import AxeBuilder from '@axe-core/playwright';
import { askWorker, expect, test } from './harness';
import { badge, copyThenMarkMessaged, openPopupThisMonth, seed, stored } from './outcomes-steps';

const SAVED = 'Great to meet you at PyData, Priya!';

test('follow-up: pick an opener for the first message, filled in for the person, copy it, mark messaged', async ({
  context,
  extensionId,
  openFixture,
}) => {
  await seed(context, extensionId, 'priya-raman-uk', 'Priya Raman', 0);
  await askWorker(context, extensionId, {
    type: 'saveContact',
    patch: { slug: 'priya-raman-uk', name: 'Priya Raman', afterAcceptNote: SAVED, howWeMet: 'PyData London' },
  });
  await askWorker(context, extensionId, { type: 'saveSettings', patch: { myName: 'Alex Morgan' } });
  await askWorker(context, extensionId, {
    type: 'saveOpener',
    opener: {
      title: 'Thanks after a meetup',
      body: 'Hi {{firstName}}, glad we met at {{howWeMet}}! How are things at {{company}}? {{myFirstName}}',
    },
  });
  await openFixture('profile-1st-degree.html');
  await expect
    .poll(async () => (await stored(context, extensionId, 'priya-raman-uk'))?.status)
    .toBe('accepted');

  const popup = await openPopupThisMonth(context, extensionId);
  const draft = popup.getByRole('textbox', { name: 'First message to Priya Raman' });
  await expect(draft).toHaveValue(SAVED); // the after-accept note stays the default

  // The picker is built on request (a library may hold a thousand openers), then takes focus.
  const picker = popup.getByRole('combobox', { name: 'Start the message to Priya Raman from' });
  await expect(picker).toHaveCount(0);
  await popup.getByRole('button', { name: 'Start from an opener' }).focus();
  await popup.keyboard.press('Enter');
  await expect(picker).toBeFocused();
  await expect(picker.getByRole('option')).toContainText([
    'Your note saved for after acceptance',
    'A short greeting',
    'Thanks after a meetup',
  ]);
  await popup.keyboard.press('ArrowDown');
  await expect(draft).toHaveValue('Hi Priya, thanks for connecting! ');
  await picker.selectOption({ label: 'Thanks after a meetup' });
  await expect(draft).toHaveValue('Hi Priya, glad we met at PyData London! How are things at ? Alex');
  await expect(popup.getByText('Nothing saved for {{company}}')).toBeVisible();
  const { violations } = await new AxeBuilder({ page: popup })
    .include('.followups')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  await draft.fill('Hi Priya, glad we met at PyData London! Alex');
  expect(await copyThenMarkMessaged(popup, 'Priya Raman')).toBe(
    'Hi Priya, glad we met at PyData London! Alex',
  );
  await expect(popup.getByText('Nobody is waiting for a first message.')).toBeVisible();
  await expect.poll(() => badge(context, extensionId)).toBe('');
});
