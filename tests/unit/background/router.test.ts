import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter } from '../../../src/background/router';
import { type RequestOf, type RequestType, ResponseDataSchemas } from '../../../src/shared/schema/messages';
import { contentSender, popupSender, SELF, testStore } from './helpers';

function setup() {
  const { store, area, time } = testStore();
  return { route: createRouter(store, () => SELF), area, time };
}

describe('router: senders', () => {
  const refused: Record<string, Runtime.MessageSender> = {
    'another extension': { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
    'no id': { url: `${SELF.baseUrl}x.html` },
    'a tab on another site': { ...contentSender, url: 'https://evil.example/in/x' },
    'a look-alike host': { ...contentSender, url: 'https://www.linkedin.com.evil.example/' },
    'plain http LinkedIn': { ...contentSender, url: 'http://www.linkedin.com/feed/' },
    'our id but a foreign page without a tab': { id: SELF.id, url: 'https://www.linkedin.com/' },
  };
  for (const [name, sender] of Object.entries(refused)) {
    it(`refuses ${name}`, async () => {
      const { route, area } = setup();
      const reply = await route({ type: 'listOpeners' }, sender);
      expect(reply).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.any(String) } });
      expect(area.data.size).toBe(0); // refused before the store was even prepared
    });
  }

  it('accepts our popup and our content script on LinkedIn', async () => {
    const { route } = setup();
    expect((await route({ type: 'getSettings' }, popupSender)).ok).toBe(true);
    expect((await route({ type: 'getSettings' }, contentSender)).ok).toBe(true);
  });
});

describe('router: page-only requests', () => {
  it('refuses import and export from the content script', async () => {
    const { route } = setup();
    for (const type of ['exportData', 'exportContactsCsv'] as const) {
      expect(await route({ type }, contentSender)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
      expect(await route({ type }, popupSender)).toMatchObject({ ok: true });
    }
  });
});

describe('router: erasing', () => {
  it('refuses eraseAllData from the content script and leaves the data alone', async () => {
    const { route, area } = setup();
    await route({ type: 'saveContact', patch: { slug: 'jane', notes: 'keep me' } }, popupSender);
    expect(await route({ type: 'eraseAllData', reseed: false }, contentSender)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(area.data.has('contact:jane')).toBe(true);
  });
});

describe('router: malformed messages', () => {
  const malformed: unknown[] = [
    null,
    undefined,
    'listOpeners',
    42,
    {},
    { type: 'dropDatabase' },
    { type: 'deleteOpener' },
    { type: 'deleteOpener', id: '' },
    { type: 'saveOpener', opener: { title: 'x' } },
    { type: 'getContact', slug: 'has space' },
    { type: 'saveSettings', patch: { limitOverride: '999' } },
  ];
  it.each(malformed.map((message) => [JSON.stringify(message) ?? 'undefined', message]))(
    'answers bad-request to %s',
    async (_, message) => {
      const { route } = setup();
      const reply = await route(message, popupSender);
      expect(reply.ok).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).toBe('bad-request');
        expect(reply.error.message.length).toBeGreaterThan(10);
      }
    },
  );
});

describe('router: every request type round-trips', () => {
  const now = Date.UTC(2026, 2, 15, 12);
  const opener = {
    v: 1,
    id: 'o1',
    title: 'Hello',
    body: 'Hi {{firstName}}',
    tags: [],
    language: 'en',
    pinned: false,
    createdAt: now,
    updatedAt: now,
    useCount: 0,
  };
  // A Record over RequestType: adding a request type without a case here fails typecheck.
  const requests: { [T in RequestType]: RequestOf<T> } = {
    listOpeners: { type: 'listOpeners' },
    listOpenersPage: { type: 'listOpenersPage', limit: 25 },
    saveOpener: {
      type: 'saveOpener',
      opener: { title: 'Mine', body: 'Hi {{firstName}}, we met at the meetup.' },
    },
    deleteOpener: { type: 'deleteOpener', id: 'starter-reconnect' },
    restoreOpener: { type: 'restoreOpener', opener },
    markOpenerUsed: { type: 'markOpenerUsed', id: 'o1' },
    getSettings: { type: 'getSettings' },
    saveSettings: { type: 'saveSettings', patch: { myName: 'Sam' } },
    getContact: { type: 'getContact', slug: 'jane-doe' },
    saveContact: { type: 'saveContact', patch: { slug: 'jane-doe', howWeMet: 'at ReactConf' } },
    listContacts: { type: 'listContacts' },
    recordInvitation: {
      type: 'recordInvitation',
      invitation: {
        slug: 'jane-doe',
        name: 'Jane',
        personalised: true,
        noteLength: 120,
        sentAt: now,
        surface: 'profile',
      },
    },
    listInvitations: { type: 'listInvitations' },
    getPanelData: { type: 'getPanelData', slug: 'jane-doe' },
    exportData: { type: 'exportData' },
    previewImport: { type: 'previewImport', json: '{}', mode: 'merge' },
    applyImport: {
      type: 'applyImport',
      json: JSON.stringify({
        format: 'personal-touch',
        schemaVersion: 1,
        exportedAt: now,
        openers: [{ ...opener, id: 'imported' }],
        contacts: [],
        settings: {},
        invitations: [],
      }),
      mode: 'merge',
    },
    exportContactsCsv: { type: 'exportContactsCsv' },
    recordObservation: {
      type: 'recordObservation',
      observation: { kind: 'profile', slug: 'jane-doe', state: 'connected', at: now },
    },
    listFollowUps: { type: 'listFollowUps' },
    markMessaged: { type: 'markMessaged', id: 'gone', messaged: true },
    searchOpeners: { type: 'searchOpeners', query: 'met meetup' },
    getStorageStatus: { type: 'getStorageStatus' },
    getSyncStatus: { type: 'getSyncStatus' },
    eraseAllData: { type: 'eraseAllData', reseed: false }, // last: it empties the store
  };

  it('answers each with data that matches its response schema', async () => {
    const { route } = setup();
    for (const [type, request] of Object.entries(requests) as [RequestType, RequestOf<RequestType>][]) {
      const reply = await route(request, popupSender);
      expect(reply, type).toMatchObject({ ok: true });
      if (reply.ok) expect(ResponseDataSchemas[type].safeParse(reply.data).success, type).toBe(true);
    }
  });
});

describe('router: failures never cross the wire as exceptions', () => {
  it('maps a handler crash to internal', async () => {
    const { store } = testStore();
    const route = createRouter(store, () => SELF, {
      ...(await import('../../../src/background/handlers')).handlers,
      listOpeners: async () => {
        throw new TypeError('boom');
      },
    });
    const reply = await route({ type: 'listOpeners' }, popupSender);
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
  });

  it('maps a full disk to quota-exceeded with an actionable message', async () => {
    const { store, area } = testStore();
    await store.run(async () => undefined);
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const route = createRouter(store, () => SELF);
    const reply = await route({ type: 'saveContact', patch: { slug: 'x' } }, popupSender);
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'quota-exceeded',
        message: 'Browser storage is full. Export your data, then delete old contacts or openers.',
      },
    });
  });

  it('answers not-found when deleting a missing opener', async () => {
    const { route } = setup();
    const reply = await route({ type: 'deleteOpener', id: 'nope' }, popupSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
