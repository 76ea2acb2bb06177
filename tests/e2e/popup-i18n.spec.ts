/**
 * The popup's opener editor shows the note checker's findings and syntax errors in the UI language the
 * user chose in settings, not the browser's (this browser is English), with real clicks and keystrokes.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { askWorker, expect, test } from './harness';

async function openEditorIn(
  language: 'fr' | 'es',
  context: BrowserContext,
  extensionId: string,
): Promise<Page> {
  await askWorker(context, extensionId, { type: 'saveSettings', patch: { uiLanguage: language } });
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  const create = { fr: 'Nouvelle accroche', es: 'Nueva entradilla' }[language];
  await page.getByRole('button', { name: create }).click();
  return page;
}

const finding = (page: Page, id: string) => page.locator(`[data-finding="${id}"] .finding__message`);

test('French: default text, over the limit and a misspelt placeholder, all in French', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await openEditorIn('fr', context, extensionId);
  const body = page.getByLabel('Texte de l’accroche');
  await body.click();
  await page.keyboard.type("I'd like to add you to my professional network on LinkedIn.");
  await expect(finding(page, 'default-text')).toHaveText(
    'C’est le texte d’invitation par défaut de LinkedIn. Remplacez-le par une phrase sur cette personne ou sur la raison de votre invitation.',
  );

  await page.keyboard.press('ControlOrMeta+A');
  const sentence = 'Bonjour {{firstName}}, nous avons parlé de typographie {{howWeMet}}. ';
  await page.keyboard.insertText(sentence.repeat(3)); // as a paste would
  const preview = (await page.locator('.preview').textContent()) ?? '';
  expect(preview).toContain('Bonjour Jeanne, nous avons parlé de typographie au meetup produit de Lyon.');
  await expect(finding(page, 'over-limit')).toHaveText(
    `Votre note dépasse de ${preview.length - 200} caractères la limite de 200 caractères de LinkedIn.`,
  );

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Bonjour,');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ravie de vous connaître {{firstname}}');
  await expect(page.locator('.syntax-error__message')).toHaveText(
    'Ligne 2, colonne 25 : « firstname » n’est pas un nom de champ. Vouliez-vous dire « firstName » ?',
  );
  expect(pageErrors).toEqual([]);
});

test('Spanish: a note greeting someone else says so in Spanish, with the names as written', async ({
  context,
  extensionId,
}) => {
  const page = await openEditorIn('es', context, extensionId);
  await page.getByLabel('Texto de la entradilla').click();
  await page.keyboard.type('Hola John, me gustó tu charla sobre onboarding {{howWeMet}}.');
  await expect(finding(page, 'wrong-name')).toHaveText(
    'Tu nota saluda a «John», pero estás invitando a Lucía. Puede que sea una nota escrita para otra persona.',
  );
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Hola {{firstName}}, hablemos: te escribo desde ventas@ejemplo.com.');
  await expect(finding(page, 'contact-info')).toHaveText(
    'Tu nota contiene una dirección de correo electrónico. El destinatario podrá verla.',
  );
});
