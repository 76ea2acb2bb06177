import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Property runs can be slow on a busy machine; they are about correctness, never speed. */
const PROPERTY_TIMEOUT = 60_000;

import {
  OPENER_VARIABLES,
  type OpenerValues,
  openerLengthRange,
  parseOpener,
  renderOpener,
} from '../../../src/shared/rules';

const jane: OpenerValues = { firstName: 'Jane', lastName: 'Doe', company: 'Acme', myFirstName: 'Sam' };

describe('renderOpener renders', () => {
  it.each([
    ['Hi {{firstName}}!', 'Hi Jane!'],
    ['Hi {{ firstName }}!', 'Hi Jane!'],
    ['Hi {{firstName|there}}', 'Hi Jane'],
    ['Hi {{location|there}}', 'Hi there'],
    ['Hi {{ location | there }}', 'Hi there'],
    ['Hi{{#company}} from {{company}}{{/company}}.', 'Hi from Acme.'],
    ['Hi{{#location}} in {{location}}{{/location}}.', 'Hi.'],
    ['{{^location}}Somewhere{{/location}}', 'Somewhere'],
    ['{{^company}}Somewhere{{/company}}', ''],
    [
      '{{#company}}{{#lastName}}{{firstName}} {{lastName}} @ {{company}}{{/lastName}}{{/company}}',
      'Jane Doe @ Acme',
    ],
    ['— {{myFirstName}}', '— Sam'],
    ['No variables at all { single } braces', 'No variables at all { single } braces'],
  ])('%j as %j', (body, expected) => {
    const result = renderOpener(body, jane);
    expect(result).toMatchObject({ ok: true, text: expected });
  });

  it('leaves an empty value empty, lists it as missing and does not tidy (checkNote flags the trace)', () => {
    expect(renderOpener('Hi {{headline}}, welcome', jane)).toEqual({
      ok: true,
      text: 'Hi , welcome',
      missing: ['headline'],
    });
  });

  it('treats whitespace-only values as empty', () => {
    expect(renderOpener('Hi {{firstName|there}}', { firstName: '   ' })).toMatchObject({ text: 'Hi there' });
  });

  it('never re-reads a value as a template', () => {
    expect(renderOpener('{{firstName}}', { firstName: '{{lastName}}', lastName: 'X' })).toMatchObject({
      text: '{{lastName}}',
    });
  });
});

describe('parseOpener rejects', () => {
  it.each([
    ['{{constructor}}', 0],
    ['Hi {{__proto__}}', 3],
    ['Hi {{toString}}', 3],
    ['Hi {{firstname}}', 3],
    ['Hi {{firstName', 3],
    ['Hi {{firstName {{lastName}}', 3],
    ['Hi {{}}', 3],
    ['Hi firstName}}', 12],
    ['{{#company}}at', 0],
    ['{{#company}}at{{/location}}', 14],
    ['at{{/company}}', 2],
    ['{{#nope}}x{{/nope}}', 0],
    ['👋 {{nope}}', 3],
  ])('%j at index %i', (body, index) => {
    const result = parseOpener(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.index).toBe(index);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('suggests the right spelling for a case slip', () => {
    const result = parseOpener('{{firstname}}');
    expect(!result.ok && result.error.message).toContain('firstName');
  });

  it('never looks up prototype properties', () => {
    const values = JSON.parse('{"__proto__": {"firstName": "Polluted"}}') as OpenerValues;
    expect(renderOpener('Hi {{firstName|there}}', values)).toMatchObject({ text: 'Hi there' });
  });
});

describe('parseOpener and renderOpener properties', () => {
  const names = OPENER_VARIABLES.map((v) => v.name);
  const tag = fc.oneof(
    fc.constantFrom(...names).map((n) => `{{${n}}}`),
    fc.constantFrom(...names).map((n) => `{{ ${n} | fallback }}`),
    fc.constantFrom(...names).map((n) => `{{#${n}}}inside {{${n}}}{{/${n}}}`),
    fc.constantFrom(...names).map((n) => `{{^${n}}}none{{/${n}}}`),
  );
  const plain = fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[{}]/g, ''));
  const body = fc.array(fc.oneof(plain, tag), { maxLength: 12 }).map((parts) => parts.join(''));
  const allValues = fc.record(
    Object.fromEntries(
      names.map((n) => [n, fc.string({ minLength: 1 }).map((s) => `v${s.replace(/[{}]/g, '')}`)]),
    ),
  ) as fc.Arbitrary<Required<OpenerValues>>;

  it(
    'rendering with every value present never leaves "{{" and misses nothing',
    () => {
      fc.assert(
        fc.property(body, allValues, (b, values) => {
          const result = renderOpener(b, values);
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.text).not.toContain('{{');
            expect(result.missing).toEqual([]);
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'parsing never throws on any string',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary' }), (b) => typeof parseOpener(b).ok === 'boolean'));
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'the worst case is never shorter than a real contact',
    () => {
      fc.assert(
        fc.property(body, allValues, (b, values) => {
          const result = openerLengthRange(b, values);
          if (result.ok) expect(result.range.longest).toBeGreaterThanOrEqual(result.range.shortest);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('openerLengthRange', () => {
  it('reports the contact, shortest and long-value lengths', () => {
    const result = openerLengthRange('Hi {{firstName}}{{#company}} at {{company}}{{/company}}', {
      firstName: 'Jo',
    });
    expect(result).toEqual({ ok: true, range: { forContact: 5, shortest: 3, longest: 3 + 40 + 4 + 60 } });
  });

  it('prefers an empty value when an inverted section is longer', () => {
    const body = `{{firstName}}{{^company}}${'x'.repeat(100)}{{/company}}{{#company}}{{company}}{{/company}}`;
    expect(openerLengthRange(body)).toEqual({ ok: true, range: { shortest: 100, longest: 140 } });
  });

  it('passes syntax errors through', () => {
    expect(openerLengthRange('{{nope}}').ok).toBe(false);
  });

  it('describes every variable', () => {
    for (const v of OPENER_VARIABLES) expect(v.description.length).toBeGreaterThan(10);
  });
});
