/**
 * Wilson score interval for a proportion. Unlike the textbook p ± 1.96·√(p(1−p)/n) it stays inside
 * [0, 1] and does not collapse to a zero-width interval at 0/n or n/n, which matters at the small
 * counts one person's invitations give.
 */
export const Z_95 = 1.959964;

export interface Interval {
  low: number;
  high: number;
}

export function wilson(successes: number, total: number, z = Z_95): Interval {
  if (total <= 0) return { low: 0, high: 1 };
  const p = successes / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  // At 0/n and n/n the bound is exactly 0 or 1; floating point would leave 1e-16 of noise.
  return {
    low: successes <= 0 ? 0 : Math.max(0, centre - margin),
    high: successes >= total ? 1 : Math.min(1, centre + margin),
  };
}
