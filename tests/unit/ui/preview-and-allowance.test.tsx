// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MonthTab } from '../../../src/popup/month/MonthTab';
import { memoryDraftStore } from '../../../src/popup/openers/draft-store';
import { OpenersTab, preloadOpenerEditor } from '../../../src/popup/openers/OpenersTab';
import { OptionsPage } from '../../../src/popup/options/OptionsPage';
import { patchFromForm } from '../../../src/popup/options/settings-form';
import { SettingsSchema } from '../../../src/shared/schema/stored';
import { choose, click, getButton, getField, type Mounted, mount, settle, type } from './dom';
import { contact, FakeClient, invitation } from './fake-client';

// The editor is a lazily loaded chunk (lazy.test.tsx covers the loading); here it is loaded up front.
beforeAll(async () => {
  await preloadOpenerEditor();
});

let view: Mounted;
afterEach(() => view.unmount());

describe('opener preview subject', () => {
  it('previews for one of the user’s recent contacts, with their notes and the user’s name', async () => {
    const client = new FakeClient();
    client.settings = SettingsSchema.parse({ myName: 'Alexis Martin' });
    client.contacts = [
      contact({ slug: 'old', name: 'Old Friend' }),
      contact({ slug: 'maya', name: 'Maya Lindqvist', howWeMet: 'at Config', why: 'design systems' }),
    ];
    view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, client);
    await click(getButton(view.container, 'New opener'));
    await type(
      getField<HTMLTextAreaElement>(view.container, 'Opener text'),
      'Hi {{firstName}}, met {{howWeMet}}. {{myFirstName}}',
    );
    const select = getField<HTMLSelectElement>(view.container, 'Preview for');
    const labels = [...select.options].map((option) => option.textContent);
    expect(labels).toEqual(['Sample contact (Jane Doe)', 'Maya Lindqvist', 'Old Friend']);
    await choose(select, 'maya');
    expect(view.container.querySelector('.preview')?.textContent).toBe('Hi Maya, met at Config. Alexis');
  });

  it('says which placeholders a contact leaves empty', async () => {
    const client = new FakeClient();
    client.contacts = [contact({ slug: 'sam', name: 'Sam' })];
    view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, client);
    await click(getButton(view.container, 'New opener'));
    await type(
      getField<HTMLTextAreaElement>(view.container, 'Opener text'),
      'Hi {{firstName}} at {{company}}',
    );
    await choose(getField<HTMLSelectElement>(view.container, 'Preview for'), 'sam');
    expect(view.container.querySelector('.checks__missing')?.textContent).toContain('company');
  });
});

describe('monthly allowance', () => {
  it('counts this month against the allowance from settings', async () => {
    const client = new FakeClient();
    client.settings = SettingsSchema.parse({ monthlyAllowance: 10 });
    client.invitations = [invitation({ id: 'a', sentAt: Date.now() })];
    view = await mount(<MonthTab />, client);
    await settle();
    expect(view.container.querySelector('.usage__count')?.textContent).toBe(
      '1 of 10 personalised invitations',
    );
    expect(view.container.querySelector('[data-slot="results"]')).not.toBeNull();
  });

  it('is edited on the options page and clamped to whole numbers in range', async () => {
    const client = new FakeClient();
    view = await mount(<OptionsPage />, client);
    await settle();
    await type(getField(view.container, 'Personal notes a month'), '12');
    await click(getButton(view.container, 'Save settings'));
    await settle();
    expect(client.settings.monthlyAllowance).toBe(12);
    const base = { ...patchInput(), monthlyAllowanceText: '0' };
    expect(patchFromForm(base).monthlyAllowance).toBe(1);
    expect(patchFromForm({ ...base, monthlyAllowanceText: 'lots' }).monthlyAllowance).toBeUndefined();
  });
});

function patchInput() {
  return {
    guards: SettingsSchema.parse({}).guards,
    myName: '',
    limitOverride: 'auto' as const,
    customPhrasesText: '',
    syncOpeners: true,
    syncContacts: false,
    uiLanguage: 'auto' as const,
    interceptPymk: true,
    monthlyAllowanceText: '5',
  };
}
