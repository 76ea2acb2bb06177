/**
 * What the panel says about the dialog's circumstances, beyond the note itself: LinkedIn asking for an
 * e-mail address, the free monthly allowance of personalised notes, and the "How do you know X?" step.
 * Plain sentences; the after-accept note is offered when no personalised note is left this month.
 */
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Allowance({ remaining, sentThisMonth }: Pick<SituationProps, 'remaining' | 'sentThisMonth'>) {
  if (remaining === undefined) return null;
  const sent = `${sentThisMonth} sent with a note this month`;
  if (remaining === 1) {
    return (
      <p class="pt-notice" role="status">
        {`This is your last personalised note this month: make it count (${sent}).`}
      </p>
    );
  }
  return (
    <p class="pt-muted">{`${plural(remaining, 'personalised note', 'personalised notes')} left this month · ${sent}`}</p>
  );
}

export function Situation(props: SituationProps) {
  const { name } = props;
  return (
    <>
      {props.emailRequired ? (
        <p class="pt-notice">
          {`LinkedIn asks for ${name}'s e-mail address to check that you know each other. Type it in LinkedIn's own field; Personal Touch does not read or keep it. You can still add a note.`}
        </p>
      ) : null}
      {props.step === 'relationship' ? (
        <p class="pt-muted">{`Choose how you know ${name}. You can add your note on the next step.`}</p>
      ) : null}
      {props.notesUsedUp ? (
        <>
          <p class="pt-notice" role="status">
            {`You have no personalised notes left this month, so LinkedIn will send this invitation without a note. Keep your note for ${name} and send it as your first message once they accept.`}
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
