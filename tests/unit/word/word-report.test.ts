import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { runCli } from '../../../main/cli/cli-main';
import { inspectProject } from '../../../main/services/project-inspector';
import { representativeQuotes } from '../../../main/services/print/recommendation-sheets';
import { themeTree } from '../../../shared/model/theme-tree';
import { cellKey, computeMatrix } from '../../../shared/analysis/matrix';
import { pseudonymiser } from '../../../shared/analysis/pseudonymise';
import { tempDir } from '../../helpers/temp-dir';

const run = promisify(execFile);

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    { write: (t: string) => (out += t) },
    { write: (t: string) => (err += t) },
  );
  return { code, out, err };
}

/** LibreOffice (headless, a profile of its own) prints the document; pdftotext reads it back. */
async function printedText(docx: string, folder: string, layout = false): Promise<string> {
  await run(
    'timeout',
    [
      '-k',
      '10',
      '240',
      'soffice',
      `-env:UserInstallation=file://${join(folder, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      docx,
    ],
    { timeout: 300_000 },
  );
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const { stdout } = await run('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

test('fynd word writes a draft report that LibreOffice prints with its headings, the exact quotes (pseudonymised) and the matrix', async () => {
  const root = await tempDir();
  const dir = join(root, 'demo.fynd');
  assert.equal((await cli('demo', dir)).code, 0);
  const docx = join(root, 'rapport.docx');
  const written = await cli('word', dir, '--out', docx);
  assert.equal(written.code, 0, written.err);
  assert.match(written.out, /pseudonymised/);
  assert.deepEqual(
    (await readdir(root)).filter((f) => f.endsWith('.tmp')),
    [],
    'written atomically: no temporary file left',
  );

  const { data } = await inspectProject(dir);
  const layout = await printedText(docx, root, true);
  const text = squash(layout);
  const questions = [...data.questions].sort((a, b) => a.order - b.order);
  for (const heading of [
    data.project.name,
    'Innehåll',
    'Metod och underlag',
    'Källor efter typ',
    'Respondenter efter roll',
    `Utvärderingsfråga 1: ${questions[0]?.text}`,
    `Utvärderingsfråga ${questions.length}: ${questions.at(-1)?.text}`,
    'Rekommendationer',
    'Ledningens svar',
    'Bilaga A: Tema × fall',
    'Bilaga B: Kodbok',
  ])
    assert.ok(text.includes(squash(heading)), `heading: ${heading}`);

  // Each finding's best quotes, exactly, with the project's real names replaced.
  const clean = pseudonymiser(data.pseudonyms);
  let quotes = 0;
  for (const finding of data.findings) {
    for (const quote of representativeQuotes(data, finding, 3)) {
      assert.ok(text.includes(squash(`”${clean(quote.snippet.trim())}”`)), quote.snippet);
      quotes++;
    }
  }
  assert.ok(quotes >= 10);
  assert.doesNotMatch(text, /Birgitta Holmgren/);

  // The matrix: each theme's row, its counts per case and its total, as the app counts them.
  const matrix = computeMatrix(data, { kind: 'cases' }, true);
  const lines = layout.split('\n').map((line) => line.trim());
  for (const { theme } of themeTree(data.themes).filter(({ depth }) => depth === 0)) {
    const counts = [
      ...matrix.columns.map((c) => matrix.cells.get(cellKey(theme.id, c.id))?.codings ?? 0),
      matrix.rowTotals.get(theme.id)?.codings ?? 0,
    ].join(' ');
    assert.ok(
      lines.some((line) => squash(line) === `${theme.name} ${counts}`),
      `matrix row ${theme.name}: ${counts}`,
    );
  }

  // Real Word styles, A4, page numbers, a table-of-contents field, the language on the text.
  const zip = await JSZip.loadAsync(await readFile(docx));
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const footer = (await zip.file('word/footer1.xml')?.async('string')) ?? '';
  const used = new Set([...document.matchAll(/<w:pStyle w:val="([^"]+)"/g)].map((m) => m[1]));
  for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Quote', 'Caption'])
    assert.ok(used.has(style), `paragraph style ${style}`);
  assert.match(document, /<w:tblStyle w:val="FyndTable"\/>/);
  assert.match(styles, /<w:style w:type="table" w:styleId="FyndTable">/);
  assert.match(document, /<w:instrText[^>]*>TOC [^<]*\\o &quot;1-1&quot;/);
  assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
  assert.match(footer, /PAGE/);
  assert.match(styles, /<w:lang w:val="sv-SE"\/>/);
});

test('fynd word in English, for chosen cases, without pseudonyms: the words, the language and the cases follow', async () => {
  const root = await tempDir();
  const dir = join(root, 'demo.fynd');
  assert.equal((await cli('demo', dir)).code, 0);
  const docx = join(root, 'report.docx');
  const written = await cli(
    'word',
    dir,
    '--out',
    docx,
    '--lang',
    'en',
    '--no-pseudonyms',
    '--cases',
    'Härnösand,Kramfors',
  );
  assert.equal(written.code, 0, written.err);
  const zip = await JSZip.loadAsync(await readFile(docx));
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  assert.match(styles, /<w:lang w:val="en-GB"\/>/);
  assert.match(document, /Evaluation question 1: /);
  assert.match(document, /Appendix A: Theme × case/);
  assert.match(document, /Birgitta Holmgren/, 'real names kept when asked');
  assert.match(document, /Härnösand/);
  assert.doesNotMatch(document, /<w:t[^>]*>Sundsvall<\/w:t>/, 'a case left out is not a column');
  // Pseudonymised (the default), the same report has the pseudonym where the real name was.
  const masked = join(root, 'masked.docx');
  assert.equal((await cli('word', dir, '--out', masked, '--cases', 'Härnösand,Kramfors')).code, 0);
  const maskedXml =
    (await (
      await JSZip.loadAsync(await readFile(masked))
    )
      .file('word/document.xml')
      ?.async('string')) ?? '';
  assert.doesNotMatch(maskedXml, /Birgitta Holmgren/);
  assert.match(maskedXml, /Tjänsteperson 1/);
  const unknown = await cli('word', dir, '--out', docx, '--cases', 'Atlantis');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /no case named "Atlantis"/);
});
