/**
 * Note fingerprints: a 64-bit simhash of the note's words, so the worker can remember what was sent
 * without keeping the text. Notes that differ in a name or a few words get fingerprints a few bits
 * apart; unrelated notes differ in about half of the 64 bits.
 */
import { normaliseNote, tokenize } from './normalise';

/** Fingerprints at most this many bits apart count as "nearly the same note". */
export const NEAR_DUPLICATE_BITS = 12;
/** "Several": this many near matches among the recent notes raise the duplicate warning. */
export const DUPLICATE_MIN_MATCHES = 2;

const EMPTY_FINGERPRINT = '0000000000000000';

/** FNV-1a over UTF-16 units, with a final avalanche. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Final avalanche so similar words do not share bit patterns.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/** A second, independent 32-bit hash derived from the first (murmur3 finaliser with another seed). */
function rehash(hash: number): number {
  let h = Math.imul(hash ^ 0x9e3779b9, 0xcc9e2d51);
  h ^= h >>> 15;
  h = Math.imul(h, 0x1b873593);
  return (h ^ (h >>> 16)) >>> 0;
}

function addFeature(ones: Uint16Array, hash: number): void {
  countBits(ones, 0, hash);
  countBits(ones, 32, rehash(hash));
}

/** Counts, per bit, how many features set it; a bit of the simhash is 1 when most features set it. */
function countBits(ones: Uint16Array, offset: number, hash: number): void {
  let bits = hash;
  while (bits !== 0) {
    const lowest = bits & -bits;
    const index = offset + 31 - Math.clz32(lowest);
    ones[index] = (ones[index] ?? 0) + 1;
    bits ^= lowest;
  }
}

const toHex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** 64-bit simhash (16 hex digits) of the normalised note's words and word pairs. */
export function noteFingerprint(text: string): string {
  const keys = tokenize(normaliseNote(text)).map((token) => token.key);
  if (keys.length === 0) return EMPTY_FINGERPRINT;
  // Features: every word and every pair of neighbouring words (hashed from the two word hashes).
  const ones = new Uint16Array(64);
  let features = 0;
  let previous = 0;
  for (let i = 0; i < keys.length; i++) {
    const hash = hash32(keys[i] ?? '');
    addFeature(ones, hash);
    if (i > 0) addFeature(ones, rehash(Math.imul(previous, 31) ^ hash));
    features += i > 0 ? 2 : 1;
    previous = hash;
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((ones[bit] ?? 0) * 2 > features) high |= 1 << bit;
    if ((ones[32 + bit] ?? 0) * 2 > features) low |= 1 << bit;
  }
  return toHex(high) + toHex(low);
}

function popcount32(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The two 32-bit halves of a fingerprint, or null when it is not 16 hex digits. */
function halves(fingerprint: string): [number, number] | null {
  if (fingerprint.length !== 16) return null;
  // Number("0x…") rejects any non-hex character, unlike parseInt.
  const high = Number(`0x${fingerprint.slice(0, 8)}`);
  const low = Number(`0x${fingerprint.slice(8)}`);
  return Number.isNaN(high) || Number.isNaN(low) ? null : [high, low];
}

/** Number of differing bits between two fingerprints; 64 when either is not a fingerprint. */
export function hammingDistance(a: string, b: string): number {
  const x = halves(a);
  const y = halves(b);
  if (!x || !y) return 64;
  return popcount32(x[0] ^ y[0]) + popcount32(x[1] ^ y[1]);
}

/** How many of the recent fingerprints are within NEAR_DUPLICATE_BITS of this note's. */
export function countNearDuplicates(fingerprint: string, recent: readonly string[]): number {
  const mine = halves(fingerprint);
  if (!mine) return 0;
  let count = 0;
  for (const other of recent) {
    const theirs = halves(other);
    if (theirs && popcount32(mine[0] ^ theirs[0]) + popcount32(mine[1] ^ theirs[1]) <= NEAR_DUPLICATE_BITS)
      count++;
  }
  return count;
}
