/** "This month": personalised invitations used against the allowance, and a slot for results. */
import type { ComponentChildren } from 'preact';
import { ErrorAlert } from '../../ui/Alert';
import { useClient } from '../../ui/client-context';
import { strings } from '../../ui/strings';
import { useResource } from '../../ui/use-resource';
import { DEFAULT_MONTHLY_ALLOWANCE, personalisedThisMonth } from './month';

export function MonthUsage({ used, allowance }: { used: number; allowance: number }) {
  const left = Math.max(0, allowance - used);
  return (
    <div class="card">
      <h2 class="card__heading">{strings.month.heading}</h2>
      <p class="usage__count">{strings.month.usage(used, allowance)}</p>
      <meter
        class="usage__meter"
        min={0}
        max={allowance}
        value={Math.min(used, allowance)}
        high={allowance - 1}
      >
        {strings.month.usage(used, allowance)}
      </meter>
      <p class={left === 0 ? 'usage__left usage__left--none' : 'usage__left'}>
        {left === 0 ? strings.month.overAllowance : strings.month.remaining(left)}
      </p>
      <p class="field__hint">{strings.month.allowanceNote(allowance)}</p>
    </div>
  );
}

interface MonthTabProps {
  now?: () => Date;
  /**
   * The Results view (src/popup/results/, being built separately) goes here. Until it is passed in,
   * the card says results will appear, so the tab's layout does not change when it lands.
   */
  results?: ComponentChildren;
}

export function MonthTab({ now = () => new Date(), results }: MonthTabProps) {
  const client = useClient();
  const invitations = useResource(() => client.request({ type: 'listInvitations' }));
  const settings = useResource(() => client.request({ type: 'getSettings' }));
  // Until settings arrive (or if they fail) the usual free allowance is shown, never a blank.
  const allowance = settings.data?.monthlyAllowance ?? DEFAULT_MONTHLY_ALLOWANCE;
  return (
    <section class="month" aria-label={strings.popup.tabMonth}>
      <ErrorAlert message={invitations.error} onRetry={invitations.reload} />
      {invitations.data ? (
        <MonthUsage used={personalisedThisMonth(invitations.data, now())} allowance={allowance} />
      ) : (
        !invitations.error && <p class="empty">{strings.common.loading}</p>
      )}
      {results ?? (
        <div class="card card--placeholder" data-slot="results">
          <h2 class="card__heading">{strings.month.resultsHeading}</h2>
          <p>{strings.month.resultsPlaceholder}</p>
        </div>
      )}
    </section>
  );
}
