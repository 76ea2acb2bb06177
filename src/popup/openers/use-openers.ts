/** The opener library's data: loaded once, then kept in step with each successful write. */
import type { Opener, OpenerDraft } from '../../shared/schema/stored';
import { useClient } from '../../ui/client-context';
import { type Resource, useResource } from '../../ui/use-resource';

export interface OpenerLibrary {
  openers: Resource<Opener[]>;
  save: (draft: OpenerDraft) => Promise<Opener>;
  remove: (id: string) => Promise<Opener>;
  restore: (opener: Opener) => Promise<Opener>;
}

function upsert(list: Opener[] | null, opener: Opener): Opener[] {
  const others = (list ?? []).filter((item) => item.id !== opener.id);
  return [opener, ...others];
}

export function useOpeners(): OpenerLibrary {
  const client = useClient();
  const openers = useResource(() => client.request({ type: 'listOpeners' }));

  const save = async (draft: OpenerDraft) => {
    const saved = await client.request({ type: 'saveOpener', opener: draft });
    openers.setData((list) => upsert(list, saved));
    return saved;
  };
  const remove = async (id: string) => {
    const removed = await client.request({ type: 'deleteOpener', id });
    openers.setData((list) => (list ?? []).filter((item) => item.id !== id));
    return removed;
  };
  const restore = async (opener: Opener) => {
    const restored = await client.request({ type: 'restoreOpener', opener });
    openers.setData((list) => upsert(list, restored));
    return restored;
  };
  return { openers, save, remove, restore };
}
