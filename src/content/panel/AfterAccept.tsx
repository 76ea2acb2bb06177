/**
 * The note to send as a first message once the person accepts, kept on the contact (worker-stored) when
 * LinkedIn will not take a note now. It stays in the panel's closed shadow root, never in LinkedIn's page.
 */
export interface AfterAcceptProps {
  text: string;
  saveState: 'idle' | 'saving' | 'saved' | 'error';
  onInput: (text: string) => void;
  onSave: () => void;
}

const SAVE_TEXT = {
  idle: '',
  saving: 'Saving…',
  saved: 'Kept with the contact',
  error: 'Not saved: try again',
} as const;

export function AfterAccept({ text, saveState, onInput, onSave }: AfterAcceptProps) {
  return (
    <div class="pt-after">
      <label class="pt-label" for="pt-after-note">
        Note for after they accept
      </label>
      <textarea
        id="pt-after-note"
        value={text}
        rows={3}
        maxLength={2000}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <div class="pt-actions">
        <button
          type="button"
          class="primary"
          onClick={onSave}
          disabled={!text.trim() || saveState === 'saving'}
        >
          Keep this note
        </button>
        <span class="pt-muted" role="status">
          {SAVE_TEXT[saveState]}
        </span>
      </div>
    </div>
  );
}
