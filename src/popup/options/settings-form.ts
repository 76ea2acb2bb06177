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
  /** Hold My Network's instant Connect and offer to add a note first. */
  interceptPymk: boolean;
  /** As typed; read as a whole number between the bounds on save. */
  monthlyAllowanceText: string;
}

export const ALLOWANCE_RANGE = { min: 1, max: 1000 } as const;

export function formFromSettings(settings: Settings): SettingsFormValues {
  const { guards, customPhrases, monthlyAllowance } = settings;
  return {
    guards: { ...guards },
    myName: settings.myName,
    limitOverride: settings.limitOverride,
    customPhrasesText: customPhrases.join('\n'),
    syncOpeners: settings.syncOpeners,
    syncContacts: settings.syncContacts,
    uiLanguage: settings.uiLanguage,
    interceptPymk: settings.interceptPymk,
    monthlyAllowanceText: String(monthlyAllowance),
  };
}

/** The typed allowance, clamped to its bounds; undefined (keep the stored one) if it is not a number. */
function allowanceFrom(text: string): number | undefined {
  const value = Math.round(Number(text.trim()));
  if (!text.trim() || !Number.isFinite(value)) return undefined;
  return Math.min(ALLOWANCE_RANGE.max, Math.max(ALLOWANCE_RANGE.min, value));
}

export function patchFromForm(values: SettingsFormValues): SettingsPatch {
  const { customPhrasesText, monthlyAllowanceText, ...rest } = values;
  const monthlyAllowance = allowanceFrom(monthlyAllowanceText);
  const customPhrases = customPhrasesText
    .split('\n')
    .map((line) => line.trim().slice(0, 300))
    .filter(Boolean);
  return {
    ...rest,
    myName: rest.myName.trim(),
    customPhrases: [...new Set(customPhrases)],
    ...(monthlyAllowance === undefined ? {} : { monthlyAllowance }),
  };
}
