// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MonthTab } from '../../../src/popup/month/MonthTab';
import { personalisedThisMonth } from '../../../src/popup/month/month';
import { OptionsPage } from '../../../src/popup/options/OptionsPage';
import { PopupApp } from '../../../src/popup/PopupApp';
import { choose, click, getButton, getField, type Mounted, mount, press, type } from './dom';
import { FakeClient, invitation } from './fake-client';

let view: Mounted | undefined;
afterEach(() => view?.unmount());

describe('popup tabs', () => {
  it('is a tablist driven by arrow keys, Home and End', async () => {
    view = await mount(<PopupApp />, new FakeClient());
    const tab = (name: string) => getButton(view?.container ?? document, name);
    expect(tab('Openers').getAttribute('aria-selected')).toBe('true');
    expect(tab('Contacts').tabIndex).toBe(-1);
    await press(tab('Openers'), 'ArrowRight');
    expect(tab('Contacts').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Contacts'));
    expect(view.container.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe(
      'tab-contacts',
    );
    await press(tab('Contacts'), 'End');
    expect(tab('This month').getAttribute('aria-selected')).toBe('true');
    await press(tab('This month'), 'ArrowRight');
    expect(tab('Openers').getAttribute('aria-selected')).toBe('true');
  });
});

describe('this month', () => {
  const now = new Date(2026, 10, 20);
  const invitations = [
    invitation({ id: '1', sentAt: new Date(2026, 10, 2).getTime() }),
    invitation({ id: '2', sentAt: new Date(2026, 10, 19).getTime() }),
    invitation({ id: '3', sentAt: new Date(2026, 10, 19).getTime(), personalised: false }),
    invitation({ id: '4', sentAt: new Date(2026, 9, 31).getTime() }),
  ];

  it('counts personalised invitations of the calendar month only', () => {
    expect(personalisedThisMonth(invitations, now)).toBe(2);
  });

  it('shows usage against the allowance and the results placeholder', async () => {
    const client = new FakeClient();
    client.invitations = invitations;
    view = await mount(<MonthTab now={() => now} />, client);
    expect(view.container.textContent).toContain('2 of 5 personalised invitations');
    expect(view.container.textContent).toContain('3 left this month');
    expect(view.container.textContent).toContain('Results will appear here.');
  });
});

describe('options page', () => {
  it('loads settings, saves the edited form as a patch and says what is stored', async () => {
    const client = new FakeClient();
    client.settings = { ...client.settings, myName: 'Alex', customPhrases: ['Hope you are well'] };
    view = await mount(<OptionsPage />, client);
    const root = view.container;
    expect(getField(root, 'Your first name').value).toBe('Alex');
    expect(getField<HTMLTextAreaElement>(root, 'Your own boilerplate phrases').value).toBe(
      'Hope you are well',
    );
    await click(getField(root, 'you are about to send without a note'));
    await type(
      getField<HTMLTextAreaElement>(root, 'Your own boilerplate phrases'),
      'Hope you are well\n\n  Let us connect  ',
    );
    await choose(getField<HTMLSelectElement>(root, 'Note length limit'), '300');
    await click(getButton(root, 'Save settings'));
    const patch = client.callsOf('saveSettings')[0]?.patch;
    expect(patch).toMatchObject({
      myName: 'Alex',
      limitOverride: '300',
      customPhrases: ['Hope you are well', 'Let us connect'],
      guards: { noNote: false, defaultText: true },
    });
    expect(root.querySelector('.save-state')?.textContent).toBe('Saved');
    expect(root.textContent).toContain('never the note’s text');
    expect(root.textContent).toContain('Nothing is sent to us or anyone else.');
  });

  it('shows a failed save as an alert', async () => {
    const client = new FakeClient();
    view = await mount(<OptionsPage />, client);
    client.failNext('saveSettings', 'Settings could not be saved.');
    await click(getButton(view.container, 'Save settings'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain(
      'Settings could not be saved.',
    );
  });
});
