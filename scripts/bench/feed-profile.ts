/**
 * A second view of the feed bench's question, from inside the page: a CPU profile of one churn run on
 * linkedin.com, counting the samples whose frame is the extension's own script. The A/B comparison of
 * main-thread time swings by a few points between runs on this shared machine (the page keeps its main
 * thread ~85 % busy), so this row shows how much of that time is the extension's JavaScript at all.
 * It does not see native work an observer adds (e.g. mutation records); the A/B row covers that.
 */
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The extension's own JS time and the page's busy (non-idle) time while `churn` runs, in ms. */
export async function extensionScriptTime(
  page: Page,
  churn: () => Promise<unknown>,
): Promise<{ extensionMs: number; busyMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await churn();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  let extensionMs = 0;
  let busyMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = frames.get(id);
    if (frame?.functionName === '(idle)') return;
    busyMs += ms;
    if (frame?.url.startsWith('chrome-extension://')) extensionMs += ms;
  });
  return { extensionMs, busyMs };
}
