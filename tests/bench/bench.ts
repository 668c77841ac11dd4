import { open, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createHandlers, dispatch } from '../../main/handlers';
import { writeProjectFolder } from '../../main/services/store/project-folder-writer';
import { writeExcelReport } from '../../main/services/excel/excel-report';
import { Session } from '../../main/services/session';
import { ProjectStore } from '../../main/services/store/project-store';
import { coOccurrence } from '../../shared/analysis/co-occurrence';
import { computeMatrix } from '../../shared/analysis/matrix';
import { agreementOf } from '../../main/services/agreement-service';
import { QuoteFilterSchema, selectQuotes } from '../../shared/analysis/quotes';
import { inspectProject } from '../../main/services/project-inspector';
import { projectTexts, writeQdpx } from '../../main/services/refi/qdpx-export';
import { importRefiProject } from '../../main/services/refi/refi-import';
import type { BuiltProject } from '../../main/services/store/project-folder-writer';
import { benchProject, type BenchSize } from './bench-project';
import { pdfImportBench } from './pdf-bench';
import { editsDuring, median, peakRssMb, percentiles, round, timeEach } from './measure';

const ADA = '00000000-0000-4000-8000-00000000ada0';
const BO = '00000000-0000-4000-8000-000000000b00';

/**
 * `npm run bench [-- --quick]`: builds a typical and a large evaluation project with the app's own
 * services and measures edits, open, analysis, search, the Excel export and a PDF import, each beside a
 * baseline measured in the same run. Prints a table, then one JSON line.
 */
const quick = process.argv.includes('--quick');
const sizes: Record<'typical' | 'large', BenchSize> = quick
  ? {
      typical: { sources: 12, wordsPerSource: 2000, codings: 600, themes: 20, cases: 6 },
      large: { sources: 120, wordsPerSource: 2000, codings: 6000, themes: 60, cases: 40 },
    }
  : {
      typical: { sources: 60, wordsPerSource: 6000, codings: 3000, themes: 30, cases: 10 },
      large: { sources: 1000, wordsPerSource: 5000, codings: 50_000, themes: 60, cases: 200 },
    };
const edits = quick ? 40 : 150;

async function fsyncFloor(dir: string, line: string, times: number): Promise<number[]> {
  const handle = await open(join(dir, 'floor.jsonl'), 'a');
  try {
    return await timeEach(times, async () => {
      await handle.write(`${line}\n`);
      await handle.datasync();
    });
  } finally {
    await handle.close();
  }
}

async function benchProjectSize(name: string, size: BenchSize, root: string) {
  const dir = join(root, `${name}.fynd`);
  const built = benchProject(size);
  await writeProjectFolder(dir, built);
  const data = built.file.data;

  const openMs = await median(3, async () => {
    const { store } = await ProjectStore.open(dir, {
      compactAfterEntries: 1e9,
      compactIdleMs: 1e9,
      backupEveryMs: 1e9,
      historyLimit: 200,
    });
    await store.close();
  });

  const session = new Session({
    userDataDir: join(root, `${name}-ud`),
    host: 'web',
    version: 'bench',
    locale: 'sv',
  });
  const handlers = createHandlers(session);
  await session.open(dir);
  const store = session.store();
  const source = data.sources[0];
  const theme = data.themes[0];
  if (!source || !theme) throw new Error('empty bench project');
  const addCoding = async (i: number) => {
    const result = await dispatch(handlers, 'codings.add', {
      sourceId: source.id,
      start: i * 3,
      end: i * 3 + 20,
      themeIds: [theme.id],
      valence: 'strength',
    });
    if (!result.ok) throw new Error(result.error.message);
  };
  const addSamples = await timeEach(edits, addCoding);
  const coding = store.state.list('codings').at(-1);
  const floorSamples = await fsyncFloor(
    root,
    JSON.stringify({ seq: 1, kind: 'edit', ops: [{ op: 'put', coll: 'codings', value: coding }] }),
    edits,
  );
  // The background compaction of the snapshot, with a user coding on while it runs.
  const compaction = await editsDuring(
    () => store.compact(),
    (i) => addCoding(edits + i),
  );
  const duringCompaction = percentiles(compaction.editMs);

  const current = store.data();
  const matrixMs = await median(5, () => computeMatrix(current, { kind: 'cases' }, true));
  const coOccurrenceMs = await median(3, () => coOccurrence(current.codings));
  // Two coders sharing the codings alternately: every source is coded by both.
  const team = {
    ...current,
    users: [
      { id: ADA, name: 'Ada' },
      { id: BO, name: 'Bo' },
    ],
    codings: current.codings.map((c, i) => ({ ...c, coderId: i % 2 === 0 ? ADA : BO })),
  };
  const agreementMs = await median(3, () =>
    agreementOf(team, () => Promise.resolve(null), { unit: 'character' }),
  );
  const filter = QuoteFilterSchema.parse({
    themeIds: [theme.id],
    valences: ['weakness'],
    caseIds: current.cases.slice(0, 5).map((c) => c.id),
  });
  const quotesMs = await median(5, () => selectQuotes(current, filter));
  await dispatch(handlers, 'search.run', { query: 'mandat' }); // warms the text cache, as a user's first search does
  const searchMs = await median(3, () =>
    dispatch(handlers, 'search.run', { query: 'ägarskapet', options: { wholeWord: true } }),
  );
  await session.close();

  const add = percentiles(addSamples);
  const floor = percentiles(floorSamples);
  return {
    result: {
      addCodingP50Ms: add.p50,
      addCodingP95Ms: add.p95,
      floorP95Ms: floor.p95,
      addCodingVsFloor: round(add.p95 / Math.max(floor.p95, 0.001)),
      openMs,
      compactMs: compaction.durationMs,
      compactBlockMaxMs: compaction.blockMaxMs,
      addDuringCompactP95Ms: duringCompaction.p95,
      addDuringCompactMaxMs: round(Math.max(0, ...compaction.editMs)),
      matrixMs,
      coOccurrenceMs,
      agreementMs,
      agreementVsMatrix: round(agreementMs / Math.max(matrixMs, 0.001)),
      quotesMs,
      searchMs,
      peakRssMb: peakRssMb(),
    },
    data: current,
  };
}

/**
 * REFI-QDA export and import of a project beside writing and reading the same project's own
 * folder (snapshot and texts) in the same run; the target is each within 3×.
 */
async function qdpxVersusSnapshot(built: BuiltProject, root: string) {
  const dir = join(root, 'own.fynd');
  let start = performance.now();
  await writeProjectFolder(dir, built);
  const snapshotWriteMs = round(performance.now() - start);
  start = performance.now();
  const inspected = await inspectProject(dir);
  await projectTexts(dir, inspected.data);
  const snapshotReadMs = round(performance.now() - start);
  const path = join(root, 'project.qdpx');
  start = performance.now();
  await writeQdpx(path, built.file.data, built.texts, 'utf16');
  const qdpxExportMs = round(performance.now() - start);
  start = performance.now();
  await importRefiProject(path, { lang: 'sv' });
  const qdpxImportMs = round(performance.now() - start);
  return {
    qdpxExportMs,
    snapshotWriteMs,
    exportRatio: round(qdpxExportMs / snapshotWriteMs),
    qdpxImportMs,
    snapshotReadMs,
    importRatio: round(qdpxImportMs / snapshotReadMs),
  };
}

async function excelVersusOpenpyxl(data: Parameters<typeof writeExcelReport>[0], root: string) {
  const path = join(root, 'quotes.xlsx');
  const start = performance.now();
  await writeExcelReport(data, { path, language: 'sv', sheets: ['quotes'], pseudonymise: false });
  const fyndMs = round(performance.now() - start);
  const rows = join(root, 'rows.json');
  const sources = new Map(data.sources.map((s) => [s.id, s.title]));
  await writeFile(
    rows,
    JSON.stringify(
      data.codings.map((c) => [
        sources.get(c.sourceId) ?? '',
        c.valence,
        c.snippet,
        c.memo,
        c.start,
        c.end,
      ]),
    ),
  );
  const script = [
    'import json,sys,time',
    'from openpyxl import Workbook',
    't=time.perf_counter()',
    'rows=json.load(open(sys.argv[1]))',
    'wb=Workbook(write_only=True); ws=wb.create_sheet("Citat")',
    'ws.append(["Källa","Valens","Citat","Memo","Start","Slut"])',
    'for r in rows: ws.append(r)',
    'wb.save(sys.argv[2])',
    'print(round((time.perf_counter()-t)*1000,2))',
  ].join('\n');
  const openpyxlMs = Number(
    execFileSync('/usr/bin/python3', ['-c', script, rows, join(root, 'openpyxl.xlsx')])
      .toString()
      .trim(),
  );
  return { fyndMs, openpyxlMs, ratio: round(fyndMs / openpyxlMs), rows: data.codings.length };
}

/** `-- --only=qdpx` measures that part alone, while working on it (a smaller, calmer heap). */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'fynd-bench-'));
  try {
    if (only === 'qdpx') {
      const qdpx = await qdpxVersusSnapshot(benchProject(sizes.large), root);
      console.log(JSON.stringify({ qdpx, load: loadavg()[0]?.toFixed(2) }));
      return;
    }
    // First, while the process is small, so its peak memory shows what the import takes.
    const pdf = await pdfImportBench(root, quick ? 30 : 300);
    const typical = await benchProjectSize('typical', sizes.typical, root);
    const large = await benchProjectSize('large', sizes.large, root);
    const excel = await excelVersusOpenpyxl(large.data, root);
    const qdpx = await qdpxVersusSnapshot(benchProject(sizes.large), root);
    const table = [
      ['measure', 'typical', 'large'],
      ...Object.keys(typical.result).map((key) => [
        key,
        String(typical.result[key as keyof typeof typical.result]),
        String(large.result[key as keyof typeof large.result]),
      ]),
    ];
    console.log(
      `Fynd bench${quick ? ' (quick)' : ''}: typical ${JSON.stringify(sizes.typical)}, large ${JSON.stringify(sizes.large)}`,
    );
    for (const row of table)
      console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(18) : cell.padStart(10))).join(' '));
    console.log(
      `excel: ${excel.rows} quote rows, Fynd ${excel.fyndMs} ms, openpyxl (write_only) ${excel.openpyxlMs} ms, ratio ${excel.ratio}`,
    );
    console.log(
      `qdpx (large): export ${qdpx.qdpxExportMs} ms vs own snapshot write ${qdpx.snapshotWriteMs} ms (×${qdpx.exportRatio}); import ${qdpx.qdpxImportMs} ms vs own read ${qdpx.snapshotReadMs} ms (×${qdpx.importRatio})`,
    );
    console.log(
      `pdf import: ${pdf.pages} pages (${pdf.megabytes} MB), Fynd ${pdf.fyndMsPerPage} ms/page, pdftotext ${pdf.pdftotextMsPerPage} ms/page, peak memory +${pdf.peakRssGrowthMb} MB`,
    );
    console.log(JSON.stringify({ typical: typical.result, large: large.result, excel, qdpx, pdf }));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
