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

/** FNV-1a over UTF-16 units, with a seed so two calls give the two independent halves of 64 bits. */
function hash32(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
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

function addFeature(weights: Int32Array, feature: string, weight: number): void {
  const halves = [hash32(feature, 0), hash32(feature, 0x9e3779b9)];
  for (let half = 0; half < 2; half++) {
    const bits = halves[half] ?? 0;
    for (let bit = 0; bit < 32; bit++) {
      const index = half * 32 + bit;
      weights[index] = (weights[index] ?? 0) + ((bits >>> bit) & 1 ? weight : -weight);
    }
  }
}

const toHex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** 64-bit simhash (16 hex digits) of the normalised note's words and word pairs. */
export function noteFingerprint(text: string): string {
  const keys = tokenize(normaliseNote(text)).map((token) => token.key);
  if (keys.length === 0) return EMPTY_FINGERPRINT;
  const weights = new Int32Array(64);
  keys.forEach((key, i) => {
    addFeature(weights, key, 1);
    if (i > 0) addFeature(weights, `${keys[i - 1]} ${key}`, 1);
  });
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((weights[bit] ?? 0) > 0) high |= 1 << bit;
    if ((weights[32 + bit] ?? 0) > 0) low |= 1 << bit;
  }
  return toHex(high) + toHex(low);
}

function popcount32(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const HEX64 = /^[0-9a-f]{16}$/i;

/** Number of differing bits between two fingerprints; 64 when either is not a fingerprint. */
export function hammingDistance(a: string, b: string): number {
  if (!HEX64.test(a) || !HEX64.test(b)) return 64;
  const high = Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16);
  const low = Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16);
  return popcount32(high) + popcount32(low);
}

/** How many of the recent fingerprints are within NEAR_DUPLICATE_BITS of this note's. */
export function countNearDuplicates(fingerprint: string, recent: readonly string[]): number {
  let count = 0;
  for (const other of recent) if (hammingDistance(fingerprint, other) <= NEAR_DUPLICATE_BITS) count++;
  return count;
}
