/**
 * The composer panel, presentational only: the session owns the state and re-renders on every change.
 * The root is an ARIA region named "Personal Touch" (the product's test contract; the name is not translated).
 */
import type { Finding } from '../../shared/rules/types';
import { text } from '../i18n';
import { ContactNotes, type NoteField } from './ContactNotes';
import { type OpenerChoice, OpenerList, type OpenerSearch } from './OpenerList';
import { Situation, type SituationProps } from './Situation';

export type { NoteField };

export interface HeldSend {
  message: string;
}

export interface PanelProps {
  step: SituationProps['step'];
  /** Who the invitation goes to, so the user can see it is the right person. */
  recipientName?: string;
  length: number;
  limit: number;
  findings: readonly Finding[];
  openers: readonly OpenerChoice[];
  /** Present when the library holds more openers than the panel received: a search field for the rest. */
  search?: OpenerSearch;
  notice?: string;
  held?: HeldSend;
  /** The user's notes on this person; absent when we do not know who it is (no profile slug). */
  notes?: Parameters<typeof ContactNotes>[0];
  /** E-mail request, monthly allowance, after-accept note; absent when there is nothing to say. */
  situation?: SituationProps;
  onChooseOpener: (id: string) => void;
  onSendAnyway: () => void;
  onKeepEditing: () => void;
}

function Counter({ length, limit }: { length: number; limit: number }) {
  const over = length - limit;
  return (
    <span class={over > 0 ? 'pt-count over' : 'pt-count'}>
      {over > 0 ? `${length}/${limit} · ${text.overLimit(over)}` : `${length}/${limit}`}
    </span>
  );
}

function Findings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="pt-findings" aria-label={text.checks}>
      {findings.map((finding) => (
        <li key={`${finding.id}-${finding.span?.start ?? 0}`} class={finding.severity}>
          {finding.message}
        </li>
      ))}
    </ul>
  );
}

function HeldAlert({
  held,
  onSendAnyway,
  onKeepEditing,
}: Pick<PanelProps, 'onSendAnyway' | 'onKeepEditing'> & { held: HeldSend }) {
  return (
    <div class="pt-alert" role="alert">
      <p>{held.message}</p>
      <div class="pt-actions">
        <button type="button" class="primary" onClick={onKeepEditing}>
          {text.keepEditing}
        </button>
        <button type="button" onClick={onSendAnyway}>
          {text.sendAnyway}
        </button>
      </div>
    </div>
  );
}

export function Panel(props: PanelProps) {
  const { step, held } = props;
  return (
    <section class="pt" aria-label="Personal Touch">
      <div class="pt-head">
        <h2 class="pt-title">
          Personal Touch
          {props.recipientName ? (
            <span class="pt-for">{` · ${text.forRecipient(props.recipientName)}`}</span>
          ) : null}
        </h2>
        {step === 'note' ? <Counter length={props.length} limit={props.limit} /> : null}
      </div>
      {/* First, so a held send is in view even when the panel scrolls. */}
      {held ? (
        <HeldAlert held={held} onSendAnyway={props.onSendAnyway} onKeepEditing={props.onKeepEditing} />
      ) : null}
      {props.situation ? <Situation {...props.situation} /> : null}
      {step === 'note' ? (
        <>
          <span class="pt-label" aria-hidden="true">
            {text.opener}
          </span>
          <OpenerList
            openers={props.openers}
            onChoose={props.onChooseOpener}
            {...(props.search ? { search: props.search } : {})}
          />
          {props.notice ? (
            <p class="pt-notice" role="status">
              {props.notice}
            </p>
          ) : null}
          <Findings findings={props.findings} />
          {props.notes ? <ContactNotes {...props.notes} /> : null}
        </>
      ) : step === 'gate' && !props.situation?.notesUsedUp ? (
        <p class="pt-muted">{text.gateHint}</p>
      ) : null}
    </section>
  );
}
