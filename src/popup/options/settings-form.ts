/** The settings form's values: settings as edited, with custom phrases as one text block. */
import type { Settings, SettingsPatch } from '../../shared/schema/stored';

export type GuardName = keyof Settings['guards'];
export const GUARD_NAMES: readonly GuardName[] = [
  'defaultText',
  'overLimit',
  'placeholder',
  'wrongName',
  'noNote',
];

export interface SettingsFormValues {
  guards: Settings['guards'];
  myName: string;
  limitOverride: Settings['limitOverride'];
  customPhrasesText: string;
  syncOpeners: boolean;
  syncContacts: boolean;
  uiLanguage: Settings['uiLanguage'];
}

export function formFromSettings(settings: Settings): SettingsFormValues {
  const { guards, myName, limitOverride, customPhrases, syncOpeners, syncContacts, uiLanguage } = settings;
  return {
    guards: { ...guards },
    myName,
    limitOverride,
    customPhrasesText: customPhrases.join('\n'),
    syncOpeners,
    syncContacts,
    uiLanguage,
  };
}

export function patchFromForm(values: SettingsFormValues): SettingsPatch {
  const { customPhrasesText, ...rest } = values;
  const customPhrases = customPhrasesText
    .split('\n')
    .map((line) => line.trim().slice(0, 300))
    .filter(Boolean);
  return { ...rest, myName: rest.myName.trim(), customPhrases: [...new Set(customPhrases)] };
}
