/**
 * Issue #7, one page of a paginated Sent list (Ember, 2019–2025): the list is newest first and each card
 * says how long ago it was sent, so an invitation sent within the span the page covers and missing from
 * it has left the list; outside that span nothing is concluded. The profile then settles it.
 */
import { askWorker, expect, test } from './harness';
import { seed, stored } from './outcomes-steps';

test('Ember Sent page 1 and 2: absence within the page’s span means left the list, then 1st degree means accepted', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const status = (slug: string) => stored(context, extensionId, slug);
  await seed(context, extensionId, 'dan-ho', 'Dan Ho', 120, 2); // on page 1 ("Sent 2 days ago")
  await seed(context, extensionId, 'priya-raman-uk', 'Priya Raman', 80, 5); // not on page 1, sent 5 days ago
  await seed(context, extensionId, 'sam-okafor', 'Sam Okafor', 0, 16); // "3 weeks ago" may mean 14 days: too close to tell
  await seed(context, extensionId, 'kim-park', 'Kim Park', 90, 90); // between page 2's "1 month" and "5 months"
  await seed(context, extensionId, 'lee-old', 'Lee Old', 0, 200); // older than page 2 reaches

  const sent = await openFixture('sent-invitations-2022-ember.html');
  await expect.poll(async () => (await status('priya-raman-uk'))?.status).toBe('unknown');
  expect((await status('priya-raman-uk'))?.leftSentListAt).toBeGreaterThan(0);
  expect((await status('dan-ho'))?.pendingSeenAt).toBeGreaterThan(0);
  expect((await status('dan-ho'))?.status).toBe('pending');
  for (const slug of ['sam-okafor', 'kim-park', 'lee-old'])
    expect((await status(slug))?.status, slug).toBe('pending');

  await sent.getByRole('button', { name: 'Page 2' }).click();
  await expect(sent.getByText('Ana Souza')).toBeVisible();
  await expect.poll(async () => (await status('kim-park'))?.status).toBe('unknown');
  for (const slug of ['sam-okafor', 'lee-old']) expect((await status(slug))?.status, slug).toBe('pending');

  await openFixture('profile-1st-degree.html', { query: '?era=ember' });
  await expect.poll(async () => (await status('priya-raman-uk'))?.status).toBe('accepted');
});

/** The Ember page as a French-speaking member sees it (wording as LinkedIn's relative times read in French). */
const FRENCH: readonly [string, string][] = [
  ['Sent today', 'Envoyée aujourd’hui'],
  ['Sent 2 days ago', 'Envoyée il y a 2 jours'],
  ['Sent 1 week ago', 'Envoyée il y a 1 semaine'],
  ['Sent 3 weeks ago', 'Envoyée il y a 3 semaines'],
  ['Sent 1 month ago', 'Envoyée il y a 1 mois'],
  ['Sent 5 months ago', 'Envoyée il y a 5 mois'],
  ['People (6)', 'Personnes (6)'],
];

test('Ember Sent page in French: the same inference from translated ages', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const status = (slug: string) => stored(context, extensionId, slug);
  await seed(context, extensionId, 'dan-ho', 'Dan Ho', 120, 2);
  await seed(context, extensionId, 'priya-raman-uk', 'Priya Raman', 80, 5);
  await seed(context, extensionId, 'sam-okafor', 'Sam Okafor', 0, 16);
  const page = await openFixture('sent-invitations-2022-ember.html', {
    transform: (html) => FRENCH.reduce((text, [english, french]) => text.replaceAll(english, french), html),
  });
  await expect(page.getByText('Envoyée il y a 3 semaines')).toBeVisible();
  await expect.poll(async () => (await status('priya-raman-uk'))?.status).toBe('unknown');
  expect((await status('dan-ho'))?.pendingSeenAt).toBeGreaterThan(0);
  expect((await status('sam-okafor'))?.status).toBe('pending');
});

test('2025+ Sent list before "Load more": the loaded rows speak for the span between their oldest and newest', async ({
  context,
  extensionId,
  openFixture,
}) => {
  const status = (slug: string) => stored(context, extensionId, slug);
  await seed(context, extensionId, 'dan-ho', 'Dan Ho', 120, 1);
  await seed(context, extensionId, 'priya-raman-uk', 'Priya Raman', 80, 5); // not among the first 5 rows
  await seed(context, extensionId, 'ana-souza-9a', 'Ana Souza', 0, 30); // row 6, behind "Load more"
  // Sent an hour ago and not shown: a lazy list may have dropped rows above the first one shown, so the
  // span ends where the newest row's age ("Sent today") could begin.
  await askWorker(context, extensionId, {
    type: 'recordInvitation',
    invitation: {
      slug: 'kim-park',
      name: 'Kim Park',
      personalised: false,
      noteLength: 0,
      sentAt: Date.now() - 3_600_000,
      surface: 'profile',
    },
  });
  await openFixture('sent-invitations-page.html');
  await expect.poll(async () => (await status('priya-raman-uk'))?.status).toBe('unknown');
  expect((await status('dan-ho'))?.status).toBe('pending');
  expect((await status('ana-souza-9a'))?.status).toBe('pending');
  expect((await status('kim-park'))?.status).toBe('pending');
});
