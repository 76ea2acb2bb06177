/** Settings: one key. A missing record reads as the defaults. */
import { type Settings, type SettingsPatch, SettingsSchema } from '../../shared/schema/stored';
import { KEYS } from './keys';
import { readRecord } from './records';
import type { StoreSession } from './session';

export async function getSettings(session: StoreSession): Promise<Settings> {
  const raw = (await session.get([KEYS.settings]))[KEYS.settings];
  return readRecord(session, KEYS.settings, raw, SettingsSchema, {}) ?? SettingsSchema.parse({});
}

/** Shallow merge, except guards, which merge one by one so one toggle never resets the others. */
export async function saveSettings(session: StoreSession, patch: SettingsPatch): Promise<Settings> {
  const current = await getSettings(session);
  const { guards, ...rest } = patch;
  const settings = SettingsSchema.parse({
    ...current,
    ...rest,
    guards: { ...current.guards, ...guards },
    updatedAt: session.now(),
  });
  await session.set({ [KEYS.settings]: settings });
  return settings;
}
