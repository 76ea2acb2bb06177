/**
 * Long list replies (1,000 openers) parsed a slice at a time, with the page free to handle input and
 * paint between slices. One zod parse of the whole list is a long task (tens of ms with the garbage it
 * leaves behind) that would hold up a keystroke typed while the popup finishes loading. Every item is
 * still parsed before anything sees it.
 */
import { z } from 'zod/mini';

const SLICE = 100;

/** Lets the page handle input and paint before the next slice (scheduler.yield where the browser has it). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Each item parsed by `schema`, SLICE at a time; undefined when `items` is not an array or any item fails. */
export async function parseInSlices<S extends z.core.$ZodType>(
  items: unknown,
  schema: S,
): Promise<z.infer<S>[] | undefined> {
  if (!Array.isArray(items)) return undefined;
  const parsed: z.infer<S>[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await yieldToPage();
    for (let i = start; i < Math.min(items.length, start + SLICE); i++) {
      const result = z.safeParse(schema, items[i]);
      if (!result.success) return undefined;
      parsed.push(result.data);
    }
  }
  return parsed;
}
