// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { firstMessageDraft } from '../../../src/popup/results/first-message';
import { ResultsFigures } from '../../../src/popup/results/ResultsView';
import { medianText, resultStrings } from '../../../src/popup/results/strings';
import { computeResults } from '../../../src/shared/stats';
import { setMessages } from '../../../src/ui/i18n';
import { invitation } from './fake-client';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 30);
const invitations = [
  invitation({ id: 'a', sentAt: now - 30 * DAY, status: 'accepted', statusSeenAt: now - 28 * DAY }),
  invitation({ id: 'b', sentAt: now - 30 * DAY, status: 'withdrawn', personalised: false }),
  invitation({ id: 'c', sentAt: now - DAY }),
];

function useLocale(locale: string): void {
  const file = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
  setMessages((name) => file[name]?.message, locale);
}

let container: HTMLElement | undefined;
function figures(): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  render(<ResultsFigures results={computeResults(invitations, now)} openers={[]} />, container);
  return container;
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  setMessages(() => undefined, 'en');
});

describe('results text', () => {
  it('reads as before in English', () => {
    const root = figures();
    expect(root.querySelector('[data-testid="results-overall"]')?.textContent).toMatch(
      /^1 of 2 accepted · Not enough data yet \(2 of \d+ needed\)$/,
    );
    expect(root.textContent).toContain('1 invitation is too recent to count.');
    expect(root.textContent).toContain('With and without a note');
    expect(medianText(0.5)).toBe('Median: under a day');
    expect(medianText(3.2)).toBe('Median: 3 days');
    expect(resultStrings.unsettled(2)).toBe(
      '2 invitations left your Sent list. Open their profiles to see whether they were accepted:',
    );
  });

  it('follows the popup’s chosen language (Spanish)', () => {
    useLocale('es');
    const root = figures();
    expect(root.querySelector('[data-testid="results-overall"]')?.textContent).toMatch(
      /^1 de 2 aceptadas · Aún no hay suficientes datos \(2 de \d+ necesarias\)$/,
    );
    expect(root.textContent).toContain('1 invitación es demasiado reciente para contar.');
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe('Con y sin nota');
    expect(medianText(1)).toBe('Mediana: 1 día');
    expect(resultStrings.heading).toBe('Tus resultados');
  });

  it('greets in the chosen language (French)', () => {
    useLocale('fr');
    const draft = firstMessageDraft({
      invitation: invitation({ id: 'x', name: 'Camille Laurent' }),
      contact: null,
    });
    expect(draft).toBe('Bonjour Camille, merci d’avoir accepté ! ');
  });
});
