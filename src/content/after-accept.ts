/**
 * The note kept for after the person accepts, while LinkedIn takes no personalised note this month.
 * Saved on the contact (`afterAcceptNote`) through the worker only when the user asks; never logged.
 */
import type { AfterAcceptProps } from './panel/AfterAccept';

type SaveState = AfterAcceptProps['saveState'];

export class AfterAcceptDraft {
  private text: string;
  private state: SaveState = 'idle';

  constructor(
    initial: string,
    private readonly save: (text: string) => Promise<unknown>,
    private readonly changed: () => void,
  ) {
    this.text = initial;
  }

  props(): AfterAcceptProps {
    return {
      text: this.text,
      saveState: this.state,
      onInput: (text) => {
        this.text = text;
        this.state = 'idle';
        this.changed();
      },
      onSave: () => this.commit(),
    };
  }

  private commit(): void {
    this.setState('saving');
    this.save(this.text.trim()).then(
      () => this.setState('saved'),
      () => this.setState('error'),
    );
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.changed();
  }
}
