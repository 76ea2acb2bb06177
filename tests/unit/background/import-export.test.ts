import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../src/background/router';
import { csvCell } from '../../../src/background/transfer/csv';
import type { ExportFile, ImportPreview } from '../../../src/shared/schema/transfer';
import { popupSender, SELF, testStore } from './helpers';

const NOW = Date.UTC(2026, 2, 15, 12);

async function seeded() {
  const { store, area, time } = testStore({}, NOW);
  const route = createRouter(store, () => SELF);
  await route(
    { type: 'saveContact', patch: { slug: 'jane', howWeMet: 'at ReactConf', notes: '=1+2' } },
    popupSender,
  );
  await route(
    { type: 'saveOpener', opener: { id: 'mine', title: 'Mine', body: 'Hi {{firstName}}' } },
    popupSender,
  );
  await route(
    {
      type: 'recordInvitation',
      invitation: { name: 'Jane', personalised: true, noteLength: 80, sentAt: NOW, surface: 'profile' },
    },
    popupSender,
  );
  return { store, area, time, route };
}

async function exported(route: Awaited<ReturnType<typeof seeded>>['route']): Promise<ExportFile> {
  const reply = await route({ type: 'exportData' }, popupSender);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data as ExportFile;
}

const snapshot = (area: { data: Map<string, unknown> }) =>
  JSON.stringify([...area.data.entries()].sort(([a], [b]) => a.localeCompare(b)));

describe('export', () => {
  it('exports everything in one object', async () => {
    const { route } = await seeded();
    const file = await exported(route);
    expect(file).toMatchObject({
      format: 'personal-touch',
      schemaVersion: 1,
      exportedAt: NOW,
      quarantine: [],
    });
    expect(file.openers.map((o) => o.id)).toContain('mine');
    expect(file.contacts.map((c) => c.slug)).toEqual(['jane']);
    expect(file.invitations).toHaveLength(1);
  });

  it('round-trips into an empty profile with replace, byte for byte', async () => {
    const source = await seeded();
    const file = await exported(source.route);
    const { store, area } = testStore({}, NOW);
    const route = createRouter(store, () => SELF);
    const reply = await route(
      { type: 'applyImport', json: JSON.stringify(file), mode: 'replace' },
      popupSender,
    );
    expect(reply.ok).toBe(true);
    const { exportedAt: _a, ...again } = await exported(route);
    const { exportedAt: _b, ...original } = file;
    expect(again).toEqual(original);
    expect(area.data.get('meta')).toBeDefined();
  });
});

describe('import preview and merge', () => {
  it('counts added, changed, skipped and removed per kind', async () => {
    const { route } = await seeded();
    const file = await exported(route);
    const mine = file.openers.find((o) => o.id === 'mine');
    if (!mine) throw new Error('missing');
    file.openers = [
      { ...mine, title: 'Newer', updatedAt: NOW + 1 },
      { ...mine, id: 'new-one' },
    ];
    file.contacts = [
      { ...file.contacts[0], slug: 'jane', notes: 'older', updatedAt: 0 } as ExportFile['contacts'][number],
    ];
    const preview = async (mode: 'merge' | 'replace') => {
      const reply = await route({ type: 'previewImport', json: JSON.stringify(file), mode }, popupSender);
      return (reply.ok ? reply.data : undefined) as ImportPreview;
    };
    const merge = await preview('merge');
    expect(merge.errors).toEqual([]);
    expect(merge.counts.openers).toEqual({ added: 1, changed: 1, skipped: 0, removed: 0 });
    expect(merge.counts.contacts).toEqual({ added: 0, changed: 0, skipped: 1, removed: 0 });
    const replace = await preview('replace');
    expect(replace.counts.openers.removed).toBe(4); // the starters
    expect(replace.counts.contacts).toEqual({ added: 0, changed: 1, skipped: 0, removed: 0 });
  });
});

describe('import refuses bad files and writes nothing', () => {
  const valid = async () => {
    const { route, area } = await seeded();
    return { route, area, file: await exported(route) };
  };
  const cases: [string, (file: ExportFile) => string, RegExp][] = [
    ['malformed JSON', (f) => JSON.stringify(f).slice(0, -3), /not valid JSON/],
    ['a file that is not ours', () => '{"hello":1}', /not a Personal Touch export/],
    [
      'wrong types',
      (f) => JSON.stringify({ ...f, openers: [{ ...f.openers[0], useCount: 'lots' }] }),
      /openers\[0\]\.useCount/,
    ],
    ['a future version', (f) => JSON.stringify({ ...f, schemaVersion: 7, surprise: true }), /newer version/],
    [
      'duplicate ids',
      (f) => JSON.stringify({ ...f, openers: [f.openers[0], f.openers[0]] }),
      /openers\[1\]\.id repeats/,
    ],
    [
      'duplicate slugs differing in case',
      (f) => JSON.stringify({ ...f, contacts: [f.contacts[0], { ...f.contacts[0], slug: 'JANE' }] }),
      /contacts\[1\]\.slug repeats/,
    ],
    [
      'a script in a note',
      (f) =>
        JSON.stringify({ ...f, contacts: [{ ...f.contacts[0], notes: 'hi <script>alert(1)</script>' }] }),
      /contacts\[0\]\.notes contains HTML or script/,
    ],
    [
      'an event handler attribute',
      (f) => JSON.stringify({ ...f, openers: [{ ...f.openers[0], body: '<img src=x onerror=alert(1)>' }] }),
      /openers\[0\]\.body contains HTML/,
    ],
    [
      'a javascript: URL',
      (f) => JSON.stringify({ ...f, settings: { ...f.settings, myName: 'javascript:alert(1)' } }),
      /settings\.myName/,
    ],
    [
      'a file over 20 MB',
      (f) => JSON.stringify({ ...f, padding: 'x'.repeat(20 * 1024 * 1024) }),
      /larger than 20 MB/,
    ],
  ];
  it.each(cases)('%s', async (_, make, expected) => {
    const { route, area, file } = await valid();
    const before = snapshot(area);
    const json = make(file);
    const preview = await route({ type: 'previewImport', json, mode: 'replace' }, popupSender);
    expect(preview.ok && (preview.data as ImportPreview).errors.join(' ')).toMatch(expected);
    const reply = await route({ type: 'applyImport', json, mode: 'replace' }, popupSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!reply.ok) expect(reply.error.message).toMatch(expected);
    expect(snapshot(area)).toBe(before);
  });
});

describe('import fuzz', () => {
  it('survives 1,000 malformed files: never a crash, never a partial write', async () => {
    // The worker warns once per refused request; 1,000 of those would bury the test output.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { route, area, file } = await (async () => {
      const s = await seeded();
      return { ...s, file: await exported(s.route) };
    })();
    const mutations = fc.oneof(
      fc.string(),
      fc.json(),
      fc.anything().map((value) => JSON.stringify({ ...file, openers: [value] }) ?? ''),
      fc.anything().map((value) => JSON.stringify({ ...file, contacts: value }) ?? ''),
      fc.record({ at: fc.nat(), cut: fc.nat({ max: 5 }) }).map(({ at, cut }) => {
        const json = JSON.stringify(file);
        const index = at % json.length;
        return json.slice(0, index) + json.slice(index + cut + 1);
      }),
      fc
        .constantFrom('<script>x</script>', 'javascript:void(0)', '<a onclick=x>', '<iframe src=x>')
        .map((bad) => JSON.stringify({ ...file, openers: [{ ...file.openers[0], title: bad }] })),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (json) => {
        const before = snapshot(area);
        const reply = await route({ type: 'applyImport', json, mode: 'replace' }, popupSender);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) {
          refused += 1;
          expect(reply.error.code).toBe('bad-request');
          expect(snapshot(area)).toBe(before);
        } else {
          // A mutation that still forms a valid file was imported whole; put the original back.
          await route({ type: 'applyImport', json: JSON.stringify(file), mode: 'replace' }, popupSender);
        }
      }),
      { numRuns: 1000, seed: 20260315 },
    );
    expect(refused).toBeGreaterThan(900);
    expect(warn).toHaveBeenCalledTimes(refused);
  }, 60_000);
});

describe('CSV export of contacts', () => {
  it('quotes per RFC 4180 and defuses formulas', async () => {
    const { route } = await seeded();
    await route(
      {
        type: 'saveContact',
        patch: { slug: 'bob', name: 'Bob "The Builder", Jr.', why: 'line1\nline2', tags: ['a', 'b'] },
      },
      popupSender,
    );
    const reply = await route({ type: 'exportContactsCsv' }, popupSender);
    const csv = reply.ok ? (reply.data as string) : '';
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('slug,name,howWeMet,where,when,why,notes,tags,afterAcceptNote,updatedAt');
    expect(csv).toContain('"Bob ""The Builder"", Jr."');
    expect(csv).toContain('"line1\nline2"');
    expect(csv).toContain(",'=1+2,");
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['=a,"b"', `"'=a,""b"""`],
  ])('csvCell(%s) is %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});
