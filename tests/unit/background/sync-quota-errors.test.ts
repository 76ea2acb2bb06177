/** How a refused storage.sync write is classified, from the wording each browser uses. */
import { describe, expect, it } from 'vitest';
import { isSizeQuotaError, isWriteRateError } from '../../../src/background/sync/sync-area';

describe('refused sync writes', () => {
  it.each([
    'Resource::kQuotaBytesPerItem quota exceeded',
    'Resource::kQuotaBytes quota exceeded',
    'QUOTA_BYTES_PER_ITEM quota exceeded',
    'MAX_ITEMS quota exceeded',
    'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
  ])('"%s" is a size quota', (message) => {
    expect(isSizeQuotaError(new Error(message))).toBe(true);
    expect(isWriteRateError(new Error(message))).toBe(false);
  });

  it.each([
    'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
    'This request exceeds the MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE quota.',
  ])('"%s" is the write rate, not size', (message) => {
    expect(isWriteRateError(new Error(message))).toBe(true);
    expect(isSizeQuotaError(new Error(message))).toBe(false);
  });

  it.each(['Please set up sync.', 'An unexpected error occurred.'])('"%s" is neither', (message) => {
    expect(isSizeQuotaError(message)).toBe(false);
    expect(isWriteRateError(message)).toBe(false);
  });
});
