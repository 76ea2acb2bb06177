/** "This month": personalised invitations used against the allowance, and a card for results. */
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
      <p class="field__hint">{strings.month.allowanceNote}</p>
    </div>
  );
}

export function MonthTab({ now = () => new Date() }: { now?: () => Date }) {
  const client = useClient();
  const invitations = useResource(() => client.request({ type: 'listInvitations' }));
  return (
    <section class="month" aria-label={strings.popup.tabMonth}>
      <ErrorAlert message={invitations.error} onRetry={invitations.reload} />
      {invitations.data ? (
        <MonthUsage
          used={personalisedThisMonth(invitations.data, now())}
          allowance={DEFAULT_MONTHLY_ALLOWANCE}
        />
      ) : (
        !invitations.error && <p class="empty">{strings.common.loading}</p>
      )}
      <div class="card card--placeholder">
        <h2 class="card__heading">{strings.month.resultsHeading}</h2>
        <p>{strings.month.resultsPlaceholder}</p>
      </div>
    </section>
  );
}
