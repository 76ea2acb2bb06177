/**
 * The note to send as a first message once the person accepts, kept on the contact (worker-stored) when
 * LinkedIn will not take a note now. It stays in the panel's closed shadow root, never in LinkedIn's page.
 */
import { text } from '../i18n';

export interface AfterAcceptProps {
  text: string;
  saveState: 'idle' | 'saving' | 'saved' | 'error';
  onInput: (text: string) => void;
  onSave: () => void;
}

export function AfterAccept({ text: note, saveState, onInput, onSave }: AfterAcceptProps) {
  const t = text.afterAccept;
  const saveText = { idle: '', saving: text.saving, saved: t.saved, error: text.notSaved };
  return (
    <div class="pt-after">
      <label class="pt-label" for="pt-after-note">
        {t.label}
      </label>
      <textarea
        id="pt-after-note"
        value={note}
        rows={3}
        maxLength={2000}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <div class="pt-actions">
        <button
          type="button"
          class="primary"
          onClick={onSave}
          disabled={!note.trim() || saveState === 'saving'}
        >
          {t.keep}
        </button>
        <span class="pt-muted" role="status">
          {saveText[saveState]}
        </span>
      </div>
    </div>
  );
}
