/** An in-memory worker for UI tests: same contract as the real client, plus call records and failures. */
import { WorkerRequestError } from '../../../src/client/errors';
import { byPinnedThenRecent } from '../../../src/shared/opener-order';
import type { Request, RequestOf, RequestType, ResponseData } from '../../../src/shared/schema/messages';
import {
  type Contact,
  ContactSchema,
  type Opener,
  OpenerSchema,
  type SentInvitation,
  type Settings,
  SettingsSchema,
} from '../../../src/shared/schema/stored';
import type { Client } from '../../../src/ui/client-context';

let clock = 1_700_000_000_000;
const tick = () => ++clock;

export function opener(fields: Partial<Opener> & Pick<Opener, 'id' | 'title' | 'body'>): Opener {
  const time = tick();
  return {
    v: 1,
    tags: [],
    language: 'en',
    pinned: false,
    createdAt: time,
    updatedAt: time,
    useCount: 0,
    ...fields,
  };
}

export function contact(fields: Partial<Contact> & Pick<Contact, 'slug'>): Contact {
  const empty = { howWeMet: '', where: '', when: '', why: '', notes: '', afterAcceptNote: '' };
  return { v: 1, name: '', tags: [], updatedAt: tick(), ...empty, ...fields };
}

export function invitation(fields: Partial<SentInvitation> & Pick<SentInvitation, 'id'>): SentInvitation {
  return {
    v: 1,
    name: '',
    personalised: true,
    noteLength: 120,
    surface: 'profile',
    sentAt: tick(),
    status: 'pending',
    ...fields,
  };
}

export class FakeClient implements Client {
  openers: Opener[] = [];
  contacts: Contact[] = [];
  invitations: SentInvitation[] = [];
  settings: Settings = SettingsSchema.parse({});
  readonly calls: Request[] = [];
  private readonly failures = new Map<RequestType, string>();

  /** The next request of this type rejects the way the real client does. */
  failNext(type: RequestType, message: string): void {
    this.failures.set(type, message);
  }

  callsOf<T extends RequestType>(type: T): RequestOf<T>[] {
    return this.calls.filter((call): call is RequestOf<T> => call.type === type);
  }

  async request<T extends RequestType>(req: RequestOf<T>): Promise<ResponseData<T>> {
    this.calls.push(req);
    const failure = this.failures.get(req.type);
    if (failure) {
      this.failures.delete(req.type);
      throw new WorkerRequestError('storage-failed', failure);
    }
    return this.handle(req) as ResponseData<T>;
  }

  private handle(req: Request): unknown {
    switch (req.type) {
      case 'listOpeners':
        return structuredClone(this.openers);
      case 'listOpenersPage': {
        const sorted = [...this.openers].sort(byPinnedThenRecent);
        return structuredClone({ openers: sorted.slice(0, req.limit), total: sorted.length });
      }
      case 'saveOpener':
        return this.saveOpener(req.opener);
      case 'deleteOpener': {
        const found = this.openers.find((item) => item.id === req.id);
        if (!found) throw new WorkerRequestError('not-found', 'That opener no longer exists.');
        this.openers = this.openers.filter((item) => item.id !== req.id);
        return found;
      }
      case 'restoreOpener':
        this.openers = [...this.openers, req.opener];
        return req.opener;
      case 'listContacts':
        return structuredClone(this.contacts);
      case 'saveContact':
        return this.saveContact(req.patch);
      case 'listInvitations':
        return structuredClone(this.invitations);
      case 'getSettings':
        return this.settings;
      case 'saveSettings':
        this.settings = SettingsSchema.parse({ ...this.settings, ...req.patch });
        return this.settings;
      case 'previewImport':
      case 'applyImport':
        return this.importPreview(req.json, req.mode);
      case 'exportContactsCsv':
        return 'slug,name\n';
      default:
        throw new WorkerRequestError('bad-request', `The fake does not handle ${req.type}.`);
    }
  }

  /** Counts every opener in the file as added; a file without `openers` is refused. */
  private importPreview(json: string, mode: 'merge' | 'replace'): unknown {
    const none = { added: 0, changed: 0, skipped: 0, removed: 0 };
    const parsed: unknown = JSON.parse(json);
    const openers = (parsed as { openers?: unknown[] }).openers;
    return {
      mode,
      counts: {
        openers: { ...none, added: openers?.length ?? 0 },
        contacts: none,
        invitations: none,
        settings: none,
      },
      errors: openers ? [] : ['openers: missing.'],
    };
  }

  private saveOpener(draft: RequestOf<'saveOpener'>['opener']): Opener {
    const existing = this.openers.find((item) => item.id === draft.id);
    const { id, ...fields } = draft;
    const time = tick();
    // Parsing drops the draft's absent optional fields and fills defaults, as the worker does.
    const saved = OpenerSchema.parse({
      ...(existing ?? { createdAt: time }),
      ...fields,
      id: existing?.id ?? id ?? `opener-${time}`,
      updatedAt: time,
    });
    this.openers = [saved, ...this.openers.filter((item) => item.id !== saved.id)];
    return saved;
  }

  private saveContact(patch: RequestOf<'saveContact'>['patch']): Contact {
    const existing = this.contacts.find((item) => item.slug === patch.slug) ?? contact({ slug: patch.slug });
    const saved = ContactSchema.parse({ ...existing, ...patch, updatedAt: tick() });
    this.contacts = [saved, ...this.contacts.filter((item) => item.slug !== saved.slug)];
    return saved;
  }
}
