/**
 * What the panel says about the dialog's circumstances, beyond the note itself: LinkedIn asking for an
 * e-mail address, the free monthly allowance of personalised notes, and the "How do you know X?" step.
 * Plain sentences; the after-accept note is offered when no personalised note is left this month.
 */
import { text } from '../i18n';
import { AfterAccept, type AfterAcceptProps } from './AfterAccept';

export interface SituationProps {
  name: string;
  step: 'gate' | 'note' | 'relationship' | 'upsell';
  emailRequired: boolean;
  /** Personalised invitations LinkedIn says are left this month, when it says so. */
  remaining?: number;
  /** Personalised notes the user sent this calendar month, as recorded by Personal Touch. */
  sentThisMonth: number;
  /** LinkedIn will not take a note now (upsell shown, "Add a note" withheld, or 0 left). */
  notesUsedUp: boolean;
  afterAccept?: AfterAcceptProps;
}

function Allowance({ remaining, sentThisMonth }: Pick<SituationProps, 'remaining' | 'sentThisMonth'>) {
  if (remaining === undefined) return null;
  const t = text.situation;
  const sent = t.sentThisMonth(sentThisMonth);
  if (remaining === 1) {
    return (
      <p class="pt-notice" role="status">
        {t.lastNote(sent)}
      </p>
    );
  }
  return <p class="pt-muted">{`${t.left(remaining)} · ${sent}`}</p>;
}

export function Situation(props: SituationProps) {
  const { name } = props;
  const t = text.situation;
  return (
    <>
      {props.emailRequired ? <p class="pt-notice">{t.emailRequired(name)}</p> : null}
      {props.step === 'relationship' ? <p class="pt-muted">{t.relationship(name)}</p> : null}
      {props.notesUsedUp ? (
        <>
          <p class="pt-notice" role="status">
            {t.usedUp(name)}
          </p>
          {props.afterAccept ? <AfterAccept {...props.afterAccept} /> : null}
        </>
      ) : (
        <Allowance
          sentThisMonth={props.sentThisMonth}
          {...(props.remaining === undefined ? {} : { remaining: props.remaining })}
        />
      )}
    </>
  );
}
