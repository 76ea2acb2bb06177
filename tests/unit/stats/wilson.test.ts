import { describe, expect, it } from 'vitest';
import { wilson } from '../../../src/shared/stats';

describe('wilson 95% interval', () => {
  it('matches published values', () => {
    // 81/263: the worked example in Wilson's score interval literature (0.2553–0.3662).
    const { low, high } = wilson(81, 263);
    expect(low).toBeCloseTo(0.2553, 3);
    expect(high).toBeCloseTo(0.3662, 3);
  });

  it('stays inside [0, 1] and keeps width at 0/n and n/n', () => {
    const none = wilson(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 3);
    const all = wilson(10, 10);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.7225, 3);
  });

  it('says nothing (0–1) without data', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('narrows as the count grows', () => {
    const small = wilson(5, 10);
    const large = wilson(500, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});
