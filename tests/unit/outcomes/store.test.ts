import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/background/router';
import { contentSender, popupSender, SELF, testStore } from '../background/helpers';

async function setup() {
  const { store, area, time } = testStore();
  const route = createRouter(store, () => SELF);
  const ask = async (message: unknown, sender = popupSender) => {
    const reply = await route(message, sender);
    if (!reply.ok) throw new Error(reply.error.code);
    return reply.data as never;
  };
  return { ask, route, area, time };
}

describe('outcome requests through the router', () => {
  it('records a sighting from the content script and lists who accepted, with their contact', async () => {
    const { ask, time } = await setup();
    const sentAt = time.now() - 3_600_000;
    const draft = { personalised: true, noteLength: 80, sentAt, surface: 'profile' };
    const ana: { id: string } = await ask({
      type: 'recordInvitation',
      invitation: { ...draft, slug: 'Ana-Souza', name: 'Ana Souza' },
    });
    await ask({ type: 'recordInvitation', invitation: { ...draft, slug: 'bo-lee', name: 'Bo Lee' } });
    await ask({
      type: 'saveContact',
      patch: { slug: 'ana-souza', afterAcceptNote: 'Thanks for connecting!' },
    });
    const observation = { kind: 'profile', slug: 'ANA-souza', state: 'connected', at: time.now() };
    const result: { changed: number } = await ask({ type: 'recordObservation', observation }, contentSender);
    expect(result.changed).toBe(1);
    const followUps: { invitation: { id: string }; contact: { afterAcceptNote: string } | null }[] =
      await ask({
        type: 'listFollowUps',
      });
    expect(followUps.map((item) => [item.invitation.id, item.contact?.afterAcceptNote])).toEqual([
      [ana.id, 'Thanks for connecting!'],
    ]);
  });

  it('marks messaged and back, and answers null for an unknown id', async () => {
    const { ask, time } = await setup();
    const recorded: { id: string } = await ask({
      type: 'recordInvitation',
      invitation: {
        slug: 'bo-lee',
        personalised: true,
        noteLength: 10,
        sentAt: time.now() - 1000,
        surface: 'profile',
      },
    });
    const marked: { messagedAt?: number } = await ask({
      type: 'markMessaged',
      id: recorded.id,
      messaged: true,
    });
    expect(marked.messagedAt).toBe(time.now());
    const unmarked: { messagedAt?: number } = await ask({
      type: 'markMessaged',
      id: recorded.id,
      messaged: false,
    });
    expect(unmarked.messagedAt).toBeUndefined();
    expect(await ask({ type: 'markMessaged', id: 'nope', messaged: true })).toBeNull();
  });

  it('refuses the follow-up list and "messaged" to the content script', async () => {
    const { route } = await setup();
    for (const message of [{ type: 'listFollowUps' }, { type: 'markMessaged', id: 'x', messaged: true }]) {
      const reply = await route(message, contentSender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it('does not trust a sighting from the future', async () => {
    const { ask, time } = await setup();
    await ask({
      type: 'recordInvitation',
      invitation: {
        slug: 'cy',
        personalised: true,
        noteLength: 10,
        sentAt: time.now() - 1000,
        surface: 'profile',
      },
    });
    await ask(
      {
        type: 'recordObservation',
        observation: { kind: 'profile', slug: 'cy', state: 'connected', at: time.now() + 1e9 },
      },
      contentSender,
    );
    const [invitation]: { statusSeenAt: number }[] = await ask({ type: 'listInvitations' });
    expect(invitation?.statusSeenAt).toBe(time.now());
  });
});
