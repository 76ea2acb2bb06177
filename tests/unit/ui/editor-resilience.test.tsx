// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryDraftStore } from '../../../src/popup/openers/draft-store';
import { OpenersTab, preloadOpenerEditor } from '../../../src/popup/openers/OpenersTab';
import { click, getButton, getField, mount, type } from './dom';
import { FakeClient } from './fake-client';

// The editor is a lazily loaded chunk (lazy.test.tsx covers the loading); here it is loaded up front.
beforeAll(async () => {
  await preloadOpenerEditor();
});

vi.mock('../../../src/shared/rules', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/shared/rules')>()),
  checkNote: () => {
    throw new Error('a rule bug');
  },
}));

describe('a rule that throws', () => {
  it('leaves the editor working and the opener saveable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = new FakeClient();
    const view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, client);
    await click(getButton(view.container, 'New opener'));
    await type(getField(view.container, 'Title'), 'Still works');
    await type(getField<HTMLTextAreaElement>(view.container, 'Opener text'), 'Hello {{firstName}}');
    expect(view.container.textContent).toContain('The preview and checks are unavailable for this text.');
    await click(getButton(view.container, 'Save opener'));
    expect(client.callsOf('saveOpener')[0]?.opener).toMatchObject({ title: 'Still works' });
    view.unmount();
  });
});
