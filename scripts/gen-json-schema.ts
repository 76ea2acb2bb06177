/**
 * Writes docs/export.schema.json: the JSON Schema of a Personal Touch export file, generated from the
 * same zod schemas the worker validates imports with, so the published format cannot drift (a unit
 * test fails when the file is stale). Run: npx tsx scripts/gen-json-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import { ExportFileSchema } from '../src/shared/schema/transfer';

z.config({ jitless: true });

export const EXPORT_SCHEMA_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'docs',
  'export.schema.json',
);

export function exportJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(ExportFileSchema, { io: 'output', unrepresentable: 'any' }),
    title: 'Personal Touch export',
    description: 'A file written by "Export data" in Personal Touch and read by "Import".',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(EXPORT_SCHEMA_PATH, exportJsonSchemaText());
  console.log(`wrote ${EXPORT_SCHEMA_PATH}`);
}
