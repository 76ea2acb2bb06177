// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../src/popup/options/OptionsPage';
import { SettingsSchema } from '../../../src/shared/schema/stored';
import { click, getButton, getField, type Mounted, mount } from './dom';
import { FakeClient } from './fake-client';

const LABEL = 'Ask before a one-click Connect (My Network, some search results) sends without a note';

let view: Mounted;
afterEach(() => view.unmount());

describe('My Network one-click Connect setting', () => {
  it('shows the stored value and saves a change like the other guards', async () => {
    const client = new FakeClient();
    view = await mount(<OptionsPage />, client);
    const box = getField(view.container, LABEL);
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(true); // on by default
    await click(box);
    await click(getButton(view.container, 'Save settings'));
    expect(client.callsOf('saveSettings')[0]?.patch).toMatchObject({ interceptPymk: false });
    expect(client.settings.interceptPymk).toBe(false);
    expect(getField(view.container, LABEL).checked).toBe(false);
  });

  it('starts unchecked when the user turned it off', async () => {
    const client = new FakeClient();
    client.settings = SettingsSchema.parse({ interceptPymk: false });
    view = await mount(<OptionsPage />, client);
    expect(getField(view.container, LABEL).checked).toBe(false);
    await click(getField(view.container, LABEL));
    await click(getButton(view.container, 'Save settings'));
    expect(client.settings.interceptPymk).toBe(true);
  });
});
