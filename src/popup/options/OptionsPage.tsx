/** The options page container: loads settings, saves the form, states plainly what is stored. */
import { useEffect, useState } from 'preact/hooks';
import { ErrorAlert } from '../../ui/Alert';
import { useClient, userMessage } from '../../ui/client-context';
import { strings } from '../../ui/strings';
import { useResource } from '../../ui/use-resource';
import { DataSection } from './DataSection';
import { EraseSection } from './EraseSection';
import { SettingsForm } from './SettingsForm';
import { SyncStatusNote } from './SyncStatusNote';
import { formFromSettings, type GuardName, patchFromForm, type SettingsFormValues } from './settings-form';

interface OptionsPageProps {
  /** Called after a save that changed the UI language, so the page can be shown in it. */
  onLanguageChange?: (language: SettingsFormValues['uiLanguage']) => void;
}

export function OptionsPage({ onLanguageChange }: OptionsPageProps = {}) {
  const client = useClient();
  const settings = useResource(() => client.request({ type: 'getSettings' }));
  const [values, setValues] = useState<SettingsFormValues | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (settings.data) setValues(formFromSettings(settings.data));
  }, [settings.data]);

  const change = (patch: Partial<Omit<SettingsFormValues, 'guards'>>) => {
    setValues((current) => current && { ...current, ...patch });
    setSaved(false);
  };
  const changeGuard = (guard: GuardName, on: boolean) => {
    setValues((current) => current && { ...current, guards: { ...current.guards, [guard]: on } });
    setSaved(false);
  };

  const save = async () => {
    if (!values) return;
    setSaving(true);
    setError(null);
    try {
      const before = settings.data?.uiLanguage;
      const stored = await client.request({ type: 'saveSettings', patch: patchFromForm(values) });
      setValues(formFromSettings(stored));
      setSaved(true);
      if (stored.uiLanguage !== before) onLanguageChange?.(stored.uiLanguage);
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <main class="options">
      <h1>{strings.options.title}</h1>
      <ErrorAlert message={error ?? settings.error} onRetry={error ? save : settings.reload} />
      {values ? (
        <SettingsForm
          values={values}
          saving={saving}
          onChange={change}
          onGuardChange={changeGuard}
          onSubmit={() => void save()}
          status={
            <p role="status" class="save-state">
              {saved ? strings.common.saved : ''}
            </p>
          }
        />
      ) : (
        !settings.error && <p class="empty">{strings.common.loading}</p>
      )}
      <SyncStatusNote />
      {/* Import and export come from the worker's exportData / previewImport / applyImport requests. */}
      <DataSection onImported={settings.reload} />
      <EraseSection onErased={settings.reload} />
      <section class="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading" class="card__heading">
          {strings.options.privacyHeading}
        </h2>
        <p>{strings.options.privacy}</p>
      </section>
    </main>
  );
}
