/**
 * A synced collection is one JSON text split over items of at most ~8 KB: a manifest `pt:<name>` with
 * `{ v, gen, parts }` and pieces `pt:<name>:<i>` with `{ g, t }`. A record of any size (an opener of
 * 2,000 emoji) simply spans pieces. Every write uses a fresh `gen`, and a reader accepts the pieces only
 * when all carry the manifest's gen, so a half-propagated or interleaved write reads as "torn", never
 * as wrong data.
 */
import { z } from 'zod/mini';
import { SCHEMA_VERSION } from '../../shared/schema/stored';
import { SYNC_PREFIX, SYNC_QUOTA } from './sync-area';

const ManifestSchema = z.object({
  v: z.number(),
  gen: z.string(),
  parts: z.int().check(z.nonnegative(), z.maximum(SYNC_QUOTA.items)),
});
const PieceSchema = z.object({ g: z.string(), t: z.string() });

/** Room left in an item for the key, the gen and the wrapper, with a margin. */
const PIECE_TEXT_BYTES = SYNC_QUOTA.bytesPerItem - 256;

export const manifestKey = (name: string): string => `${SYNC_PREFIX}${name}`;
export const pieceKey = (name: string, index: number): string => `${SYNC_PREFIX}${name}:${index}`;

/**
 * Bytes a character takes inside a JSON string literal as Chrome counts the quota: its JSON writer
 * escapes `<`, U+2028 and U+2029 to six bytes (\u003C...), measured in real Chromium (tests/e2e/sync.spec.ts).
 */
function jsonCharBytes(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === '"' || char === '\\') return 2;
  if (char === '<' || code === 0x2028 || code === 0x2029) return 6;
  if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) return 6;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Splits text into pieces whose JSON form fits an item; never inside a surrogate pair. */
export function splitText(text: string, budget = PIECE_TEXT_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let used = 0;
  let offset = 0;
  for (const char of text) {
    const cost = jsonCharBytes(char);
    if (used + cost > budget) {
      pieces.push(text.slice(start, offset));
      start = offset;
      used = 0;
    }
    used += cost;
    offset += char.length;
  }
  if (offset > start || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

export function encodeCollection(name: string, text: string, gen: string): Record<string, unknown> {
  const pieces = splitText(text);
  const items: Record<string, unknown> = {
    [manifestKey(name)]: { v: SCHEMA_VERSION, gen, parts: pieces.length },
  };
  pieces.forEach((piece, index) => {
    items[pieceKey(name, index)] = { g: gen, t: piece };
  });
  return items;
}

export type Decoded = { kind: 'absent' } | { kind: 'torn' } | { kind: 'ok'; text: string; parts: number };

export function decodeCollection(name: string, remote: Record<string, unknown>): Decoded {
  const rawManifest = remote[manifestKey(name)];
  if (rawManifest === undefined) return { kind: 'absent' };
  const manifest = ManifestSchema.safeParse(rawManifest);
  if (!manifest.success) return { kind: 'torn' };
  const texts: string[] = [];
  for (let index = 0; index < manifest.data.parts; index++) {
    const piece = PieceSchema.safeParse(remote[pieceKey(name, index)]);
    if (!piece.success || piece.data.g !== manifest.data.gen) return { kind: 'torn' };
    texts.push(piece.data.t);
  }
  return { kind: 'ok', text: texts.join(''), parts: manifest.data.parts };
}

/** Pieces of `name` in `remote` beyond the first `parts`: left over from a longer earlier write. */
export function stalePieceKeys(name: string, remote: Record<string, unknown>, parts: number): string[] {
  const prefix = `${manifestKey(name)}:`;
  return Object.keys(remote).filter(
    (key) => key.startsWith(prefix) && Number(key.slice(prefix.length)) >= parts,
  );
}
