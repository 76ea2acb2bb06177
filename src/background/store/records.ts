/**
 * Every read of a stored record goes through `readRecord`: parse with the record's zod schema, and when
 * that fails, repair field by field (drop fields that fail their own schema so defaults apply, fill
 * required ones the key can supply). The original raw value goes to quarantine either way, so a repair
 * is never a silent loss; a value that cannot be repaired is moved to quarantine and its key removed.
 * Records written by a newer schema version are returned as they parse and never touched.
 */
import { z } from 'zod/mini';
import { SCHEMA_VERSION } from '../../shared/schema/stored';
import type { StoreSession } from './session';

// biome-ignore lint/suspicious/noExplicitAny: the generic bound of any zod/mini object schema
type AnyObjectSchema = z.ZodMiniObject<any, any>;

/** Values a record can take from its key or the clock when its own field is missing or broken. */
export type Fallbacks = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isFromNewerVersion = (raw: unknown): boolean =>
  isPlainObject(raw) && typeof raw.v === 'number' && raw.v > SCHEMA_VERSION;

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`)
    .join('; ');
}

/** Keeps the fields that pass their own schema; returns the repaired value and the fields it reset. */
export function repairFields<S extends AnyObjectSchema>(
  schema: S,
  raw: unknown,
  fallbacks: Fallbacks,
): { value: z.output<S>; reset: string[] } | undefined {
  if (!isPlainObject(raw)) return undefined;
  const candidate: Record<string, unknown> = { ...fallbacks };
  const reset: string[] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
    if (!(field in raw)) continue;
    if (fieldSchema.safeParse(raw[field]).success) candidate[field] = raw[field];
    else reset.push(field);
  }
  const parsed = schema.safeParse(candidate);
  return parsed.success ? { value: parsed.data, reset } : undefined;
}

export type ParseOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'repaired'; value: T; reason: string }
  | { kind: 'unrepairable'; reason: string };

/** Pure: what to do with one raw value. */
export function parseOrRepair<S extends AnyObjectSchema>(
  schema: S,
  raw: unknown,
  fallbacks: Fallbacks,
): ParseOutcome<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', value: parsed.data };
  const problem = describeIssues(parsed.error);
  const repaired = repairFields(schema, raw, fallbacks);
  if (!repaired) return { kind: 'unrepairable', reason: `could not repair: ${problem}` };
  return { kind: 'repaired', value: repaired.value, reason: `repaired (${problem})` };
}

/** Reads one record stored under its own key, staging any repair or quarantine on the session. */
export function readRecord<S extends AnyObjectSchema>(
  session: StoreSession,
  key: string,
  raw: unknown,
  schema: S,
  fallbacks: Fallbacks,
): z.output<S> | undefined {
  if (raw === undefined) return undefined;
  if (isFromNewerVersion(raw)) {
    session.protectNewer(key);
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  }
  const outcome = parseOrRepair(schema, raw, fallbacks);
  if (outcome.kind === 'ok') return outcome.value;
  session.quarantine(key, raw, outcome.reason);
  if (outcome.kind === 'unrepairable') {
    session.stageRemoval(key);
    return undefined;
  }
  session.stageRepair(key, outcome.value);
  return outcome.value;
}

/** Reads a list of records stored together under one key (an invitation bucket). */
export function readRecordList<S extends AnyObjectSchema>(
  session: StoreSession,
  key: string,
  raw: unknown,
  schema: S,
  fallbacks: (index: number) => Fallbacks,
): z.output<S>[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    session.quarantine(key, raw, 'expected a list');
    session.stageRemoval(key);
    return [];
  }
  const values: z.output<S>[] = [];
  let changed = false;
  raw.forEach((item: unknown, index) => {
    if (isFromNewerVersion(item)) session.protectNewer(key);
    const outcome = parseOrRepair(schema, item, fallbacks(index));
    if (outcome.kind !== 'ok') {
      session.quarantine(`${key}#${index}`, item, outcome.reason);
      changed = true;
    }
    if (outcome.kind !== 'unrepairable') values.push(outcome.value);
  });
  if (changed) session.stageRepair(key, values);
  return values;
}

const IndexSchema = z.array(z.string());

/**
 * Reads an index key (cached until written; callers never mutate the array). A broken or missing index
 * is rebuilt from the keys actually stored, so records are never orphaned by a bad index. `belongs`
 * narrows the rebuild to the ids one shard of a sharded index lists.
 */
export function readIndex(
  session: StoreSession,
  indexKey: string,
  prefix: string,
  belongs: (id: string) => boolean = () => true,
): Promise<string[]> {
  return session.cache.memo(
    indexKey,
    (key) => key === indexKey,
    async () => indexFromRaw(session, indexKey, (await session.get([indexKey]))[indexKey], prefix, belongs),
  );
}

/** Parses an index value already read; an unreadable one is quarantined and rebuilt from stored keys. */
export async function indexFromRaw(
  session: StoreSession,
  indexKey: string,
  raw: unknown,
  prefix: string,
  belongs: (id: string) => boolean = () => true,
): Promise<string[]> {
  const parsed = IndexSchema.safeParse(raw ?? []);
  if (parsed.success) return [...new Set(parsed.data)];
  session.quarantine(indexKey, raw, 'index was unreadable; rebuilt from stored keys');
  const rebuilt = Object.keys(await session.getAll())
    .filter((key) => key.startsWith(prefix) && key !== indexKey)
    .map((key) => key.slice(prefix.length))
    .filter(belongs);
  session.stageRepair(indexKey, rebuilt);
  return rebuilt;
}
