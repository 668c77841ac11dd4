import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeProjectFolder } from '../../main/services/store/project-folder-writer';
import { chromiumArgs, systemChromium } from '../e2e/support/browser';
import { startDevhostProcess } from '../e2e/support/devhost-process';
import { pageProbes, selectUncodedStretch } from './app-probes';
import { benchProject } from './bench-project';
import { percentiles, round } from './measure';

/**
 * `npm run bench:app` (after `npm run build`): the built app on the loopback devhost, driven in
 * Chromium by Playwright, on the demo project, the large bench project (1,000 interviews, 50,000
 * codings) and a 20,000- and a 2,000,000-character transcript. For each: the first view after
 * open, switching to the matrix, opening a transcript, a coding by key from the keypress to its
 * highlight drawn, and the renderer's JS heap after a GC. Medians of a few runs; a table, then
 * one JSON line with the ratios the targets are set on.
 */
const REPEATS = 3;

interface Subject {
  name: 'demo' | 'large' | 'short' | 'long';
  label: string;
  /** devhost arguments that open it. */
  args: string[];
  /** The characters of the transcript opened (for the table). */
  chars?: number;
}

interface Figures {
  firstViewMs: number;
  matrixMs: number;
  openMs: number;
  keyCodingMs: number;
  heapMb: number;
}

async function buildSubjects(root: string): Promise<Subject[]> {
  const large = join(root, 'large.fynd');
  await writeProjectFolder(
    large,
    benchProject({ sources: 1000, wordsPerSource: 5000, codings: 50_000, themes: 60, cases: 200 }),
  );
  // About 8.6 characters a word; one coding per 2,000 characters in both transcripts.
  const transcript = async (name: 'short' | 'long', words: number, codings: number) => {
    const dir = join(root, `${name}.fynd`);
    const built = benchProject({
      sources: 1,
      wordsPerSource: words,
      codings,
      themes: 20,
      cases: 1,
    });
    await writeProjectFolder(dir, built);
    const chars = [...built.texts.values()][0]?.length ?? 0;
    return { dir, chars };
  };
  const short = await transcript('short', 2_330, 10);
  const long = await transcript('long', 233_000, 1000);
  return [
    { name: 'demo', label: 'demo project', args: ['--demo'] },
    { name: 'large', label: 'large project', args: ['--project', large] },
    {
      name: 'short',
      label: 'short transcript',
      args: ['--project', short.dir],
      chars: short.chars,
    },
    { name: 'long', label: 'long transcript', args: ['--project', long.dir], chars: long.chars },
  ];
}

const median = (samples: number[]) => percentiles(samples).p50;

/** Runs an action `times` times, each timed in the page from `event` to `selector` drawn. */
async function timed(
  page: Page,
  times: number,
  before: () => Promise<void>,
  event: string,
  selector: string,
  act: () => Promise<void>,
): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    await before();
    await page.evaluate(([e, s]) => window.__arm(e, s), [event, selector] as const);
    await act();
    samples.push(await page.evaluate(() => window.__armed));
  }
  return median(samples);
}

async function measure(browser: Browser, subject: Subject, root: string): Promise<Figures> {
  const devhost = await startDevhostProcess([
    '--user-data',
    join(root, `${subject.name}-user-data`),
    ...subject.args,
  ]);
  const context = await browser.newContext({
    locale: 'sv-SE',
    viewport: { width: 1280, height: 800 },
  });
  try {
    await context.addInitScript(pageProbes);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(pathToFileURL(devhost.launchPage).href);
    await page.waitForURL(`${devhost.origin}/`);
    await page.waitForFunction(() => window.__firstViewMs !== undefined);
    // The first load warms the caches; reloads are what is timed.
    const firstViews: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      await page.reload();
      firstViews.push(
        await (await page.waitForFunction(() => window.__firstViewMs ?? 0)).jsonValue(),
      );
    }

    const nav = (name: string) =>
      page.getByRole('navigation').getByRole('button', { name, exact: true });
    const matrixMs = await timed(
      page,
      REPEATS,
      async () => {
        await nav('Källor').click();
        await page.locator('.sources-view table tbody tr').first().waitFor();
      },
      'click',
      '.matrix-table tbody td',
      () => nav('Analys').click(),
    );

    const transcriptDrawn = '[data-testid=transcript] .turn-text span[data-offset]';
    const openMs = await timed(
      page,
      REPEATS,
      async () => {
        await nav('Källor').click();
        await page.locator('.sources-view table tbody tr').first().waitFor();
      },
      'click',
      transcriptDrawn,
      () =>
        page.locator('.sources-view table tbody tr').first().getByRole('button').first().click(),
    );

    const preview = page.getByRole('form', { name: 'Kodning' }).locator('.selection-preview');
    const keySamples: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = await page.evaluate<number | null>(selectUncodedStretch);
      if (start === null) throw new Error(`No uncoded text in view in the ${subject.label}`);
      await preview.waitFor();
      await page.evaluate(([s, from, to]) => window.__arm('keydown', s, from, to), [
        '[data-testid=transcript] .coded[data-offset]',
        start,
        start + 1,
      ] as const);
      await page.keyboard.press('1');
      keySamples.push(await page.evaluate(() => window.__armed));
      await page.getByTestId('save-status').getByText('Sparat').waitFor();
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    // A getter on the prototype: read inside the page, since the object itself does not serialise.
    const heapBytes = await page.evaluate(
      () =>
        (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
    );
    return {
      firstViewMs: round(median(firstViews)),
      matrixMs: round(matrixMs),
      openMs: round(openMs),
      keyCodingMs: round(median(keySamples)),
      heapMb: round(heapBytes / 2 ** 20),
    };
  } finally {
    await context.close();
    await devhost.stop();
  }
}

declare global {
  interface Window {
    __firstViewMs?: number;
    __arm: (event: string, selector: string, min?: number, max?: number) => void;
    __armed: Promise<number>;
  }
}

const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.01)) * 100) / 100;

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'fynd-app-bench-'));
  const browser = await chromium.launch({
    executablePath: systemChromium(),
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  });
  try {
    const subjects = await buildSubjects(root);
    const load = loadavg()[0]?.toFixed(2);
    const results = {} as Record<Subject['name'], Figures>;
    // `-- --only=short,long` measures a part, while working on it (no ratios then).
    const only = process.argv
      .find((arg) => arg.startsWith('--only='))
      ?.slice(7)
      .split(',');
    for (const subject of subjects) {
      if (only && !only.includes(subject.name)) continue;
      process.stderr.write(`measuring the ${subject.label}…\n`);
      results[subject.name] = await measure(browser, subject, root);
    }
    if (only) {
      console.log(JSON.stringify(results));
      return;
    }
    const { demo, large, short, long } = results;
    const ratios = {
      firstViewLargeVsDemo: ratio(large.firstViewMs, demo.firstViewMs),
      matrixLargeVsDemo: ratio(large.matrixMs, demo.matrixMs),
      openLongVsShort: ratio(long.openMs, short.openMs),
      keyCodingLongVsShort: ratio(long.keyCodingMs, short.keyCodingMs),
      heapLargeVsDemo: ratio(large.heapMb, demo.heapMb),
    };
    const rows: [string, keyof Figures][] = [
      ['first view after open (ms)', 'firstViewMs'],
      ['switch to the matrix (ms)', 'matrixMs'],
      ['open the transcript (ms)', 'openMs'],
      ['code by key, keypress to highlight (ms)', 'keyCodingMs'],
      ['renderer JS heap after GC (MB)', 'heapMb'],
    ];
    const chars = (s: Subject | undefined) => (s?.chars ?? 0).toLocaleString('en');
    console.log(
      `App bench ${new Date().toISOString().slice(0, 10)}, load average ${load} when it began; medians of ${REPEATS}.`,
    );
    console.log(
      `| | demo | large (1,000 sources, 50,000 codings) | ${chars(subjects[2])}-char transcript | ${chars(subjects[3])}-char transcript |`,
    );
    console.log('|---|---|---|---|---|');
    for (const [label, key] of rows) {
      console.log(`| ${label} | ${demo[key]} | ${large[key]} | ${short[key]} | ${long[key]} |`);
    }
    console.log(
      `ratios: first view large/demo ${ratios.firstViewLargeVsDemo}× (≤ 2), matrix ${ratios.matrixLargeVsDemo}× (≤ 2), ` +
        `open long/short ${ratios.openLongVsShort}× (≤ 3), key coding ${ratios.keyCodingLongVsShort}× (≤ 2), ` +
        `heap large/demo ${ratios.heapLargeVsDemo}× (≤ 3)`,
    );
    console.log(JSON.stringify({ loadAverage: Number(load), ...results, ratios }));
  } finally {
    await browser.close();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
