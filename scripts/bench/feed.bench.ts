/**
 * What the content script costs LinkedIn's busiest page. A synthetic feed (5,000+ elements, LinkedIn's
 * outlets present) receives 1,200 mutations a second for 10 seconds; the page's main-thread time (CDP
 * TaskDuration) is measured with the extension (https://www.linkedin.com, where it runs) and without it
 * (the same page on another origin), alternating, in the same browser run. Goal: at most 2 % more.
 * A last run under the CPU profiler shows how much of the page's busy time is the extension's own
 * script (feed-profile.ts), since the A/B difference swings by a few points between runs here.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, serve } from './browser';
import { extensionScriptTime } from './feed-profile';
import type { BenchRow } from './measure';

const ROUNDS = 5;
const SECONDS = 10;
const MUTATIONS_PER_TICK = 12; // every 10 ms: 1,200 a second

function feedPage(): string {
  const post = (i: number) =>
    `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${i}"><div class="update-components-actor"><a href="/in/member-${i}/"><span>Member ${i}</span></a><span class="t-12">${i % 23}h</span></div><div class="update-components-text"><span dir="ltr">Post ${i} about design systems, hiring and calm software.</span></div><div class="social-details"><button aria-label="Like">Like</button><button aria-label="Comment">Comment</button><button aria-label="Repost">Repost</button><span class="count">${i * 3}</span></div></div>`;
  const posts = Array.from({ length: 500 }, (_, i) => post(i)).join('');
  return `<!DOCTYPE html><html><head><title>Feed | LinkedIn</title></head><body>
<div id="root" data-sdui-screen="com.linkedin.sdui.flagshipnav.feed.MainFeed"><main data-testid="mainFeed">${posts}</main></div>
<div id="artdeco-modal-outlet"></div><div id="interop-outlet" data-testid="interop-shadowdom"></div>
<script>
  document.getElementById('interop-outlet').attachShadow({ mode: 'open' });
  window.__churn = function (seconds, perTick) {
    var counts = document.querySelectorAll('.count'), texts = document.querySelectorAll('.update-components-text span');
    var main = document.querySelector('main'), n = 0, ticks = 0;
    return new Promise(function (resolve) {
      var timer = setInterval(function () {
        for (var k = 0; k < perTick; k++, n++) {
          var i = n % counts.length;
          if (k % 4 === 0) counts[i].textContent = String(n);
          else if (k % 4 === 1) texts[i].setAttribute('data-seen', String(n));
          else if (k % 4 === 2) { var s = document.createElement('span'); s.className = 'ghost'; s.textContent = 'new'; main.children[i].appendChild(s); }
          else { var g = main.children[i].querySelector('.ghost'); if (g) g.remove(); }
        }
        if (++ticks % 100 === 0) { var toast = document.createElement('div'); document.body.appendChild(toast); toast.remove(); }
        if (ticks >= seconds * 100) { clearInterval(timer); resolve(n); }
      }, 10);
    });
  };
</script></body></html>`;
}

const churn = (page: Page) =>
  page.evaluate(
    ([seconds, perTick]) =>
      (window as unknown as { __churn(s: number, p: number): Promise<number> }).__churn(seconds, perTick),
    [SECONDS, MUTATIONS_PER_TICK] as const,
  );

/** One more churn on linkedin.com under the CPU profiler: the extension's share of the busy time. */
async function extensionShare(context: BrowserContext): Promise<BenchRow> {
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  await page.waitForTimeout(300);
  const { extensionMs, busyMs } = await extensionScriptTime(page, () => churn(page));
  await page.close();
  return {
    name: `  of which the extension's own JS (CPU profile, ${extensionMs.toFixed(1)} ms of ${busyMs.toFixed(0)} busy)`,
    median: (100 * extensionMs) / busyMs,
    unit: '%',
  };
}

/** Main-thread time (ms) spent while the page churns for `SECONDS`. */
async function churnCost(page: Page): Promise<{ taskMs: number; mutations: number; elements: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskDuration = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  const before = await taskDuration();
  const mutations = await churn(page);
  const taskMs = ((await taskDuration()) - before) * 1000;
  await cdp.detach();
  return { taskMs, mutations, elements };
}

export default {
  title: `Feed churn: main-thread time with and without the extension (${SECONDS} s per run)`,
  async run(): Promise<BenchRow[]> {
    const context = await launchWithExtension();
    try {
      await serve(context, 'https://www.linkedin.com', feedPage);
      await serve(context, 'https://feed.example.org', feedPage); // not matched: no content script
      const withExt: number[] = [];
      const without: number[] = [];
      let mutations = 0;
      let elements = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const [origin, into] of [
          ['https://www.linkedin.com', withExt],
          ['https://feed.example.org', without],
        ] as const) {
          const page = await context.newPage();
          await page.goto(`${origin}/feed/`);
          await page.waitForTimeout(300);
          const result = await churnCost(page);
          const { taskMs } = result;
          ({ mutations, elements } = result);
          into.push(taskMs);
          await page.close();
        }
      }
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      const overhead = (100 * (median(withExt) - median(without))) / median(without);
      return [
        {
          name: `without extension (${elements} elements, ${mutations} mutations)`,
          median: median(without),
          worst: Math.max(...without),
          unit: 'ms',
          samples: ROUNDS,
        },
        {
          name: 'with extension',
          median: median(withExt),
          worst: Math.max(...withExt),
          unit: 'ms',
          samples: ROUNDS,
        },
        { name: 'extra main-thread time', median: overhead, unit: '%', goal: '≤ 2 %' },
        await extensionShare(context),
      ];
    } finally {
      await context.close();
    }
  },
};
