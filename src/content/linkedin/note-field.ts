/**
 * Writes into LinkedIn's note field in a way its framework registers. LinkedIn (Ember and React) learns
 * the value only from `input` events, so a bare `.value =` leaves Send disabled and the counter at 0.
 */

const nativeValueSetter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;

/**
 * Replaces the field's text. `execCommand('insertText')` is tried first: it fires a trusted `input`
 * event and keeps the browser's undo stack (Ctrl+Z restores the user's text). When it is unavailable or
 * did not take, the native setter plus a composed `input` event (crossing the shadow root) does.
 */
export function writeNote(field: HTMLTextAreaElement, text: string): void {
  field.focus();
  field.select();
  const doc = field.ownerDocument;
  const inserted = text.length > 0 && doc.execCommand('insertText', false, text);
  if (inserted && field.value === text) return;
  nativeValueSetter?.call(field, text);
  field.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: text,
    }),
  );
}
