/** The bench's byte attribution: hand-made generated code and source maps, every byte accounted for. */
import { SourceMapGenerator } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import {
  bytesByOrigin,
  bytesBySource,
  ORIGINS,
  originOf,
  withoutSourceMappingUrl,
} from '../../../scripts/bench/attribute';

/** A map from [generated line, column, source or null for an unmapped segment] triples. */
function mapOf(segments: readonly (readonly [number, number, string | null])[]) {
  const generator = new SourceMapGenerator({ file: 'index.js' });
  for (const [line, column, source] of segments) {
    generator.addMapping(
      source === null
        ? { generated: { line, column } }
        : { generated: { line, column }, original: { line: 1, column: 0 }, source },
    );
  }
  return generator.toJSON();
}

describe('bytesBySource', () => {
  it('gives each source the bytes from its mapping to the next, and glue the rest', () => {
    // (()=>{ a(); b() })();  then  c()
    const code = '(()=>{a();b()})();\nc()';
    const map = mapOf([
      [1, 6, 'a.ts'],
      [1, 10, 'b.ts'],
      [1, 13, null],
      [2, 0, 'node_modules/zod/c.js'],
    ]);
    // Glue: "(()=>{" before the first mapping, "})();" after the unmapped one, and the newline.
    expect(bytesBySource(code, map)).toEqual(
      new Map([
        [null, 6 + 5 + 1],
        ['a.ts', 4],
        ['b.ts', 3],
        ['node_modules/zod/c.js', 3],
      ]),
    );
  });

  it('carries a source across the line ends inside a template literal', () => {
    const code = 'a=`x\n  y`;\nb()'; // continuation lines of a multi-line literal have no mapping
    const map = mapOf([
      [1, 0, 'styles.ts'],
      [3, 0, 'b.ts'],
    ]);
    expect(bytesBySource(code, map)).toEqual(
      new Map([
        ['styles.ts', 'a=`x\n  y`;\n'.length],
        ['b.ts', 3],
      ]),
    );
  });

  it('reads columns as UTF-16 units and counts UTF-8 bytes', () => {
    const code = 'x="😀é";y=1'; // the emoji is 2 UTF-16 units and 4 bytes, é 1 unit and 2 bytes
    const bytes = bytesBySource(
      code,
      mapOf([
        [1, 0, 'a.ts'],
        [1, 8, 'b.ts'],
      ]),
    );
    expect(bytes.get('a.ts')).toBe(11);
    expect(bytes.get('b.ts')).toBe(3);
    expect(bytes.has(null)).toBe(false);
  });

  it('sums to the byte length whatever the order and spread of the mappings', () => {
    const code = 'let a=1;\n\nlet b="ü";\nfoo()//end';
    const map = mapOf([
      [4, 5, 'b.ts'],
      [1, 4, 'a.ts'],
      [3, 0, 'b.ts'],
      [1, 4, 'a.ts'],
      [4, 40, 'a.ts'], // past the line's end
    ]);
    const total = [...bytesBySource(code, map).values()].reduce((sum, b) => sum + b, 0);
    expect(total).toBe(Buffer.byteLength(code));
  });
});

describe('originOf', () => {
  const root = '/proj';

  it.each([
    ['/proj/node_modules/zod/v4/core/util.js', 'zod'],
    ['/proj/node_modules/preact/hooks/dist/hooks.mjs', 'preact'],
    ['/proj/node_modules/other/node_modules/preact/dist/preact.mjs', 'preact'],
    ['file:///proj/src/shared/rules/pitch.ts', 'rules'],
    ['/proj/src/content/linkedin/dialog.ts', 'linkedin'],
    ['/proj/src/content/panel/Panel.tsx', 'panel'],
    ['/proj/src/content/outcomes/watch.ts', 'outcomes'],
    ['/proj/src/content/session.ts', 'content'],
    ['/proj/src/client/lean.ts', 'clientUi'],
    ['src/ui/i18n.ts', 'clientUi'],
    ['/proj/src/shared/schema/contact.ts', 'other'],
    ['/proj/node_modules/webextension-polyfill/dist/browser-polyfill.js', 'other'],
    ['/elsewhere/src/content/session.ts', 'other'],
    [null, 'glue'],
  ] as const)('%s is %s', (source, origin) => {
    expect(originOf(source, root)).toBe(origin);
  });
});

describe('bytesByOrigin', () => {
  it('resolves sources against the map and lists every origin, summing to the file size', () => {
    const code = '(A;B;C\nD';
    const map = mapOf([
      [1, 1, '../../src/shared/rules/a.ts'],
      [1, 3, '../../node_modules/preact/dist/preact.mjs'],
      [1, 5, '../../src/content/linkedin/c.ts'],
      [2, 0, '../../src/shared/rules/d.ts'],
    ]);
    const totals = bytesByOrigin(code, map, {
      mapUrl: 'file:///proj/dist/content/index.js.map',
      projectRoot: '/proj',
    });
    expect(Object.keys(totals)).toEqual(Object.keys(ORIGINS));
    expect(totals).toMatchObject({ rules: 3, preact: 2, linkedin: 2, glue: 1, zod: 0, other: 0 });
    expect(Object.values(totals).reduce((sum, b) => sum + b, 0)).toBe(code.length);
  });
});

describe('withoutSourceMappingUrl', () => {
  it('drops the trailing comment and its newline, and nothing else', () => {
    expect(withoutSourceMappingUrl('(()=>{})();\n//# sourceMappingURL=index.js.map')).toBe('(()=>{})();');
    expect(withoutSourceMappingUrl('(()=>{})();\n//# sourceMappingURL=index.js.map\n')).toBe('(()=>{})();');
    expect(withoutSourceMappingUrl('a="//# sourceMappingURL=x";b()')).toBe('a="//# sourceMappingURL=x";b()');
  });
});
