import { describe, expect, it } from 'vitest';
import { OpenerSchema } from '../../../src/shared/schema/stored';
import { STARTER_OPENERS } from '../../../src/shared/starter-openers';

/** A minimal renderer of the template language, enough to measure the starters' length. */
function render(body: string, values: Record<string, string>): string {
  return body
    .replace(/\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_, name: string, inner: string) =>
      values[name] ? inner : '',
    )
    .replace(
      /\{\{(\w+)(?:\|([^}]*))?\}\}/g,
      (_, name: string, fallback?: string) => values[name] || fallback || '',
    );
}

const typical = {
  firstName: 'Alexandra',
  myFirstName: 'Maximilian',
  howWeMet: 'at ReactConf in Berlin last May',
  reason: "I'm hiring frontend engineers in Lyon",
  mutual: 'Priya Raman',
};

describe('starter openers', () => {
  it('are valid opener drafts with unique ids and 3 to 5 entries', () => {
    expect(STARTER_OPENERS.length).toBeGreaterThanOrEqual(3);
    expect(STARTER_OPENERS.length).toBeLessThanOrEqual(5);
    expect(new Set(STARTER_OPENERS.map((o) => o.id)).size).toBe(STARTER_OPENERS.length);
    for (const opener of STARTER_OPENERS) {
      expect(OpenerSchema.safeParse({ ...opener, createdAt: 0, updatedAt: 0 }).success).toBe(true);
      expect(opener.body).toContain('{{firstName');
    }
  });

  it.each(STARTER_OPENERS.map((o) => [o.id, o.body]))('%s renders under 200 characters', (_, body) => {
    for (const values of [typical, {}, { firstName: 'Jo' }]) {
      const text = render(body, values);
      expect(text.length, text).toBeLessThan(200);
      expect(text).not.toMatch(/\{\{|\}\}|\s{2}| \./);
    }
  });
});
