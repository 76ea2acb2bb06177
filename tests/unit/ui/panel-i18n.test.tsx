// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { heldMessage, NO_NOTE_MESSAGE } from '../../../src/content/guard';
import { ConnectPrompt } from '../../../src/content/panel/ConnectPrompt';
import { Panel, type PanelProps } from '../../../src/content/panel/Panel';
import type { Finding } from '../../../src/shared/rules/types';
import { setMessages } from '../../../src/ui/i18n';

type MessagesFile = Record<string, { message: string }>;
const useLocale = (locale: string) => {
  const file = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessagesFile;
  setMessages((name) => file[name]?.message, locale);
};

const noop = () => {};
const finding: Finding = { id: 'over-limit', severity: 'block', message: 'Too long.' };
const props: PanelProps = {
  step: 'note',
  recipientName: 'Maya Lindqvist',
  length: 214,
  limit: 200,
  findings: [finding],
  openers: [{ id: 'a', title: 'We met', preview: 'Hi Maya' }],
  held: { message: 'Held.' },
  notes: {
    name: 'Maya',
    contact: { howWeMet: '', where: '', when: '', why: '' },
    saveState: 'error',
    onChange: noop,
  },
  situation: {
    name: 'Maya',
    step: 'note',
    emailRequired: false,
    remaining: 3,
    sentThisMonth: 1,
    notesUsedUp: false,
  },
  onChooseOpener: noop,
  onSendAnyway: noop,
  onKeepEditing: noop,
};

let container: HTMLElement;
function show(ui: preact.ComponentChild): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  render(ui, container);
  return container;
}
const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')].map((b) => b.textContent);

afterEach(() => {
  render(null, container);
  container?.remove();
  setMessages(() => undefined, 'en');
});

describe('panel text', () => {
  it('keeps the English test contract when the browser has no messages', () => {
    const root = show(<Panel {...props} />);
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe('Personal Touch');
    expect(root.querySelector('.pt-count')?.textContent).toBe('214/200 · 14 over the limit');
    expect(root.querySelector('[role="listbox"]')?.getAttribute('aria-label')).toBe('Opener');
    expect(buttons(root)).toEqual(['Keep editing', 'Send anyway']);
    expect(root.textContent).toContain(
      '3 personalised notes left this month · 1 sent with a note this month',
    );
    expect(root.textContent).toContain('Not saved: try again');
    expect(heldMessage([finding, finding])).toBe('Not sent yet: Too long. (and 1 more problem)');
  });

  it('reads every sentence through the browser’s messages (French)', () => {
    useLocale('fr');
    const root = show(<Panel {...props} />);
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe('Personal Touch');
    expect(root.querySelector('.pt-count')?.textContent).toBe('214/200 · 14 au-delà de la limite');
    expect(root.querySelector('[role="listbox"]')?.getAttribute('aria-label')).toBe('Accroche');
    expect(root.querySelector('.pt-for')?.textContent).toBe(' · pour Maya Lindqvist');
    expect(buttons(root)).toEqual(['Continuer à modifier', 'Envoyer quand même']);
    expect(root.querySelector('summary')?.textContent).toBe('Vos notes sur Maya');
    expect(root.textContent).toContain('3 notes personnalisées restantes ce mois-ci');
    expect(heldMessage([finding, finding, finding])).toBe(
      'Pas encore envoyée : Too long. (et 2 autres problèmes)',
    );
  });

  it('translates the My Network prompt (German)', () => {
    useLocale('de');
    const root = show(
      <ConnectPrompt name="Lukas" onSendWithoutNote={noop} onStopAsking={noop} onClose={noop} />,
    );
    expect(root.textContent).toContain('Einladung an Lukas sofort');
    expect(buttons(root)).toEqual(['Ohne Notiz senden', 'Auf dieser Seite nicht mehr fragen']);
  });

  it('says the no-note hold in English by default', () => {
    expect(NO_NOTE_MESSAGE).toMatch(/^Not sent yet: this invitation has no note\./);
  });
});
