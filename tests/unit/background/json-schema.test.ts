import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_PATH, exportJsonSchemaText } from '../../../scripts/gen-json-schema';

describe('docs/export.schema.json', () => {
  it('is up to date with the zod schemas (run npx tsx scripts/gen-json-schema.ts)', () => {
    expect(readFileSync(EXPORT_SCHEMA_PATH, 'utf8')).toBe(exportJsonSchemaText());
  });
});
