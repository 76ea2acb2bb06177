// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyseOpener, locate, sampleValues } from '../../../src/popup/openers/analysis';
import { memoryDraftStore } from '../../../src/popup/openers/draft-store';
import { OpenersTab, preloadOpenerEditor } from '../../../src/popup/openers/OpenersTab';
import { click, getButton, getField, type Mounted, mount, text, type } from './dom';
import { FakeClient } from './fake-client';

// The editor is a lazily loaded chunk (lazy.test.tsx covers the loading); here it is loaded up front.
beforeAll(async () => {
  await preloadOpenerEditor();
});

let view: Mounted;
const body = () => getField<HTMLTextAreaElement>(view.container, 'Opener text');
const counter = () =>
  view.container
    .querySelector('.counter')
    ?.textContent?.replace('Length against the free and Premium limits: ', '');

beforeEach(async () => {
  view = await mount(<OpenersTab draftStore={memoryDraftStore()} />, new FakeClient());
  await click(getButton(view.container, 'New opener'));
});
afterEach(() => view.unmount());

describe('opener editor checks', () => {
  it('previews the body for the sample contact and counts against both limits', async () => {
    await type(body(), 'Hi {{firstName}}, great to meet you {{howWeMet}}!');
    const preview = 'Hi Jane, great to meet you at the Berlin product meetup!';
    expect(view.container.querySelector('.preview')?.textContent).toBe(preview);
    expect(counter()).toBe(`${preview.length}/200 · ${preview.length}/300`);
  });

  it('shows the default-text finding in plain language', async () => {
    await type(body(), "I'd like to add you to my professional network on LinkedIn.");
    const findings = text(view.container, '.finding');
    expect(findings.join(' ')).toMatch(/default invitation text/i);
    expect(
      view.container.querySelector('[data-finding="default-text"] .finding__severity')?.textContent,
    ).toBe('Must fix');
  });

  it('flags a preview over the free limit and colours the counter', async () => {
    await type(body(), 'x'.repeat(250));
    expect(counter()).toBe('250/200 · 250/300');
    expect(view.container.querySelector('.counter')?.classList.contains('counter--warn')).toBe(true);
    expect(view.container.querySelector('[data-finding="over-limit"]')).not.toBeNull();
  });

  it('warns about the worst-case length with long names', async () => {
    await type(body(), 'Hi {{fullName}} of {{company}}, {{headline}} caught my eye.');
    expect(view.container.querySelector('.worst-case')?.textContent).toMatch(/^Up to \d+ characters/);
    expect(view.container.querySelector('.worst-case--over')).not.toBeNull();
  });

  it('shows a syntax error at its line and column with a caret', async () => {
    await type(body(), 'Hello there,\nnice to meet {{frstName}}.');
    const message = view.container.querySelector('.syntax-error__message')?.textContent ?? '';
    expect(message).toMatch(/^Line 2, column 14: /);
    expect(message).toContain('frstName');
    expect(view.container.querySelector('.syntax-error__excerpt')?.textContent).toBe(
      `nice to meet {{frstName}}.\n${' '.repeat(13)}^`,
    );
    expect(body().getAttribute('aria-invalid')).toBe('true');
    expect(view.container.querySelector('.preview')).toBeNull();
  });

  it('describes the body field with the counter summary', async () => {
    await type(body(), 'Hello');
    const describedBy = body().getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ')).toContain('opener-checks-summary');
  });
});

describe('analysis helpers', () => {
  it('locates offsets as 1-based line and column', () => {
    expect(locate('ab\ncd', 4)).toEqual({ line: 2, column: 2, lineText: 'cd' });
    expect(locate('abc', 0)).toEqual({ line: 1, column: 1, lineText: 'abc' });
  });

  it('uses the user’s first name for {{myFirstName}} when set', () => {
    const analysis = analyseOpener('Cheers, {{myFirstName}}', sampleValues('Marie'));
    expect(analysis.ok && analysis.preview).toBe('Cheers, Marie');
  });
});
