/**
 * Pure checks of an import file, before anything is compared or written. Each problem is reported in
 * plain words naming the field (e.g. "openers[3].title"), never quoting the user's text back.
 */
import type { z } from 'zod/mini';
import { SCHEMA_VERSION } from '../../shared/schema/stored';
import {
  EXPORT_FORMAT,
  type ExportFile,
  ExportFileSchema,
  MAX_IMPORT_BYTES,
} from '../../shared/schema/transfer';
import { normaliseSlug } from '../store/keys';

export type ValidatedImport = { ok: true; file: ExportFile } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;
/** Markup that would run if some future view rendered the text as HTML. Stored text is plain text only. */
const ACTIVE_MARKUP = /<\s*script|<\s*iframe|\bjavascript\s*:|<[a-z][^>]*\son[a-z]+\s*=/i;

const fail = (...errors: string[]): ValidatedImport => ({ ok: false, errors: errors.slice(0, MAX_ERRORS) });

function pathToText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

function parseJson(json: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false }; // SyntaxError, or RangeError on absurd nesting
  }
}

function byteLength(json: string): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes, so short strings never need encoding.
  return json.length * 3 <= MAX_IMPORT_BYTES ? json.length : new TextEncoder().encode(json).length;
}

function findDuplicates(file: ExportFile): string[] {
  const errors: string[] = [];
  const check = (kind: string, keys: string[], label: string) => {
    const seen = new Set<string>();
    keys.forEach((key, index) => {
      if (seen.has(key))
        errors.push(`${kind}[${index}].${label} repeats an earlier ${label} ("${key.slice(0, 64)}").`);
      seen.add(key);
    });
  };
  check(
    'openers',
    file.openers.map((opener) => opener.id),
    'id',
  );
  check(
    'contacts',
    file.contacts.map((contact) => normaliseSlug(contact.slug)),
    'slug',
  );
  check(
    'invitations',
    file.invitations.map((invitation) => invitation.id),
    'id',
  );
  return errors;
}

function findActiveMarkup(value: unknown, path: PropertyKey[], errors: string[]): void {
  if (errors.length >= MAX_ERRORS) return;
  if (typeof value === 'string') {
    if (ACTIVE_MARKUP.test(value)) {
      errors.push(`${pathToText(path)} contains HTML or script, which Personal Touch does not import.`);
    }
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) findActiveMarkup(item, [...path, index], errors);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) findActiveMarkup(item, [...path, key], errors);
  }
}

function describeSchemaErrors(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${pathToText(issue.path) || 'The file'}: ${issue.message}.`);
}

function looksLikeOurFile(value: unknown): value is { format: unknown; schemaVersion?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'format' in value;
}

export function validateImport(json: string): ValidatedImport {
  if (byteLength(json) > MAX_IMPORT_BYTES) return fail('The file is larger than 20 MB, so it was not read.');
  const parsed = parseJson(json);
  if (!parsed.ok) return fail('The file is not valid JSON. Choose a file exported by Personal Touch.');
  if (!looksLikeOurFile(parsed.value) || parsed.value.format !== EXPORT_FORMAT) {
    return fail('This is not a Personal Touch export (format should be "personal-touch").');
  }
  const version = parsed.value.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return fail(
      'This file comes from a newer version of Personal Touch. Update the extension, then import it.',
    );
  }
  const file = ExportFileSchema.safeParse(parsed.value);
  if (!file.success) return fail(...describeSchemaErrors(file.error));
  const errors = findDuplicates(file.data);
  const { quarantine: _raw, ...checked } = file.data; // quarantined values are kept raw, never shown as HTML
  findActiveMarkup(checked, [], errors);
  return errors.length > 0 ? fail(...errors) : { ok: true, file: file.data };
}
