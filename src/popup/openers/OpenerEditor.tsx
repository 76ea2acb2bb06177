/**
 * Edits one opener. The draft is owned by the container (so it survives the popup closing); this
 * component adds the keyboard shortcuts and the unsaved-changes guard.
 */
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmPrompt } from '../../ui/ConfirmPrompt';
import { Checkbox, TextArea, TextField } from '../../ui/fields';
import { strings } from '../../ui/strings';
import { type EditorDraft, sameDraft } from './draft';

interface OpenerEditorProps {
  draft: EditorDraft;
  original: EditorDraft;
  saving: boolean;
  onChange: (draft: EditorDraft) => void;
  onSave: () => void;
  onDiscard: () => void;
  /** Live preview, counter and findings for the body; the id lets the textarea point at them. */
  checks: ComponentChildren;
  checksId: string;
  bodyInvalid: boolean;
}

export function OpenerEditor(props: OpenerEditorProps) {
  const { draft, original, saving, onChange, onSave, onDiscard } = props;
  const [confirming, setConfirming] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const dirty = !sameDraft(draft, original);
  const requestCancel = () => (dirty ? setConfirming(true) : onDiscard());
  const keepEditing = () => {
    setConfirming(false);
    titleRef.current?.focus();
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!saving) onSave();
    } else if (event.key === 'Escape') {
      event.preventDefault(); // Escape would otherwise close the whole popup.
      if (confirming) keepEditing();
      else requestCancel();
    }
  };

  const update = (patch: Partial<EditorDraft>) => onChange({ ...draft, ...patch });

  return (
    <form
      class="editor"
      aria-labelledby="editor-heading"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (!saving) onSave();
      }}
    >
      <h2 id="editor-heading" class="editor__heading">
        {draft.id ? strings.editor.editHeading : strings.editor.newHeading}
      </h2>
      <TextField
        label={strings.editor.title}
        value={draft.title}
        maxLength={120}
        inputRef={titleRef}
        onInput={(title) => update({ title })}
      />
      <TextArea
        label={strings.editor.body}
        hint={strings.editor.bodyHint}
        value={draft.body}
        maxLength={2000}
        rows={5}
        describedBy={props.checksId}
        invalid={props.bodyInvalid}
        onInput={(body) => update({ body })}
      />
      {props.checks}
      <TextField
        label={strings.editor.tags}
        hint={strings.editor.tagsHint}
        value={draft.tagsText}
        onInput={(tagsText) => update({ tagsText })}
      />
      <Checkbox
        label={strings.editor.pinned}
        checked={draft.pinned}
        onChange={(pinned) => update({ pinned })}
      />
      {confirming ? (
        <ConfirmPrompt
          title={strings.editor.unsavedTitle}
          body={strings.editor.unsavedBody}
          safeLabel={strings.editor.keepEditing}
          riskyLabel={strings.editor.discard}
          onSafe={keepEditing}
          onRisky={onDiscard}
        />
      ) : (
        <div class="editor__actions">
          <button type="submit" class="button button--primary" disabled={saving}>
            {saving ? strings.common.saving : strings.editor.save}
          </button>
          <button type="button" class="button" onClick={requestCancel}>
            {strings.common.cancel}
          </button>
          <span class="editor__shortcuts">{strings.editor.shortcutHint}</span>
        </div>
      )}
    </form>
  );
}
