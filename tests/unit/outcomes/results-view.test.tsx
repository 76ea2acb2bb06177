// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultsFigures } from '../../../src/popup/results/ResultsView';
import { medianRangeText } from '../../../src/popup/results/strings';
import type { SentInvitation } from '../../../src/shared/schema/stored';
import { computeResults } from '../../../src/shared/stats';
import { invitation } from '../ui/fake-client';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 20);
const sentAt = now - 40 * DAY;

let container: HTMLElement | undefined;
function figures(invitations: SentInvitation[]): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  render(<ResultsFigures results={computeResults(invitations, now)} openers={[]} />, container);
  return container;
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

describe('time to accept in the Results view: a window, with the bound stated', () => {
  it('shows the median as a range and how many acceptances are known to within a day', () => {
    const root = figures([
      invitation({
        id: 'a',
        sentAt,
        status: 'accepted',
        pendingSeenAt: sentAt + 4 * DAY,
        statusSeenAt: sentAt + 5 * DAY,
      }),
      invitation({
        id: 'b',
        sentAt,
        status: 'accepted',
        pendingSeenAt: sentAt + 2 * DAY,
        statusSeenAt: sentAt + 6 * DAY,
      }),
      invitation({ id: 'c', sentAt, status: 'accepted', statusSeenAt: sentAt + 12 * DAY }),
    ]);
    expect(root.querySelector('[data-testid="results-median"]')?.textContent).toBe(
      'Median: between 2 days and 6 days',
    );
    expect(root.querySelector('[data-testid="results-tight"]')?.textContent).toMatch(
      /^Known to within a day for 1 of 3: between the last time you saw the invitation pending/,
    );
    expect(root.querySelector('[data-rate="later"]')?.textContent).toContain('Later, or seen late');
  });

  it('says a single figure when both ends read alike, and nothing without acceptances', () => {
    expect(medianRangeText(3.1, 3.4)).toBe('Median: 3 days');
    expect(medianRangeText(0, 0.6)).toBe('Median: under a day');
    expect(medianRangeText(0, 4)).toBe('Median: between under a day and 4 days');
    const root = figures([invitation({ id: 'w', sentAt, status: 'withdrawn' })]);
    expect(root.querySelector('[data-testid="results-median"]')).toBeNull();
    expect(root.querySelector('[data-testid="results-tight"]')).toBeNull();
  });
});
