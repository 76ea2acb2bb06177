/**
 * "Your results": the user's own acceptance rates (with and without a note, per opener, per note length,
 * time to accept), each with its count and Wilson 95% interval, then the follow-up list of people who
 * accepted. Everything is computed here from the stored invitations; nothing leaves the browser.
 */
import type { ComponentChildren } from 'preact';
import type { Opener, SentInvitation } from '../../shared/schema/stored';
import { computeResults, OWN_WORDS, type Rate, type Results, verdict } from '../../shared/stats';
import { ErrorAlert } from '../../ui/Alert';
import { useClient } from '../../ui/client-context';
import { strings } from '../../ui/strings';
import { useResource } from '../../ui/use-resource';
import { FollowUps } from './FollowUps';
import { type LabelledRate, RateChart } from './RateChart';
import { introText, medianRangeText, notEnoughText, rateText, resultStrings as s } from './strings';

function openerLabel(key: string, openers: readonly Opener[]): string {
  if (key === OWN_WORDS) return s.ownWords;
  return openers.find((opener) => opener.id === key)?.title || s.deletedOpener;
}

function labelled(rates: readonly Rate[], label: (key: string) => string): LabelledRate[] {
  return rates.map((rate) => ({ label: label(rate.key), rate }));
}

function Section({
  title,
  rows,
  children,
}: {
  title: string;
  rows: LabelledRate[];
  children?: ComponentChildren;
}) {
  return (
    <section class="results__section" aria-label={title}>
      <h3 class="results__subheading">{title}</h3>
      {rows.length > 0 && <RateChart title={title} rows={rows} />}
      {children}
    </section>
  );
}

function Unsettled({ invitations, now }: { invitations: readonly SentInvitation[]; now: number }) {
  const left = invitations.filter(
    (invitation) => verdict(invitation, now) === 'unsettled' && invitation.slug,
  );
  if (left.length === 0) return null;
  return (
    <div class="results__unsettled">
      <p>{s.unsettled(left.length)}</p>
      <ul>
        {left.map((invitation) => (
          <li key={invitation.id}>
            <a href={`https://www.linkedin.com/in/${invitation.slug}/`} target="_blank" rel="noreferrer">
              {invitation.name || invitation.slug}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ResultsFigures({ results, openers }: { results: Results; openers: readonly Opener[] }) {
  const { overall, timeToAccept } = results;
  return (
    <>
      <p class="results__overall" data-testid="results-overall">
        {s.overall(overall.successes, overall.total)} ·{' '}
        {overall.enough
          ? rateText(overall.rate, overall.interval.low, overall.interval.high)
          : notEnoughText(overall.total)}
      </p>
      {results.open > 0 && <p class="field__hint">{s.open(results.open)}</p>}
      <Section
        title={s.sections.byNote}
        rows={labelled(results.byNote, (key) => (key === 'withNote' ? s.withNote : s.withoutNote))}
      />
      <Section
        title={s.sections.byOpener}
        rows={labelled(results.byOpener, (key) => openerLabel(key, openers))}
      />
      <Section
        title={s.sections.byLength}
        rows={labelled(results.byLength, (key) => s.bands[key as keyof typeof s.bands])}
      />
      <Section
        title={s.sections.time}
        rows={labelled(timeToAccept.buckets, (key) => s.time[key as keyof typeof s.time])}
      >
        {timeToAccept.median && (
          <p data-testid="results-median">
            {medianRangeText(timeToAccept.median.lowDays, timeToAccept.median.highDays)}
          </p>
        )}
        {timeToAccept.count > 0 && (
          <p data-testid="results-tight">{s.tight(timeToAccept.tight, timeToAccept.count)}</p>
        )}
        <p class="field__hint">{s.timeNote}</p>
      </Section>
    </>
  );
}

export function ResultsView({ now = Date.now }: { now?: () => number }) {
  const client = useClient();
  const data = useResource(async () => {
    const [invitations, openers] = await Promise.all([
      client.request({ type: 'listInvitations' }),
      client.request({ type: 'listOpeners' }),
    ]);
    return { invitations, openers };
  });
  return (
    <>
      <div class="card results" data-slot="results">
        <h2 class="card__heading">{s.heading}</h2>
        <p class="field__hint">{introText()}</p>
        <ErrorAlert message={data.error} onRetry={data.reload} />
        {data.data ? (
          <>
            <ResultsFigures
              results={computeResults(data.data.invitations, now())}
              openers={data.data.openers}
            />
            <Unsettled invitations={data.data.invitations} now={now()} />
          </>
        ) : (
          !data.error && <p class="empty">{strings.common.loading}</p>
        )}
      </div>
      <FollowUps openers={data.data?.openers ?? []} />
    </>
  );
}
