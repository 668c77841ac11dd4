import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtCliExists, runCliProcess } from '../../helpers/cli-process';
import { paragraphsHtml, printedPdf } from '../../helpers/pdf-fixture';
import { tempDir } from '../../helpers/temp-dir';

test(
  'fynd import reads a PDF through the built command line: its pages and the running lines left out',
  { skip: builtCliExists() ? false : 'run `npm run build` first' },
  async () => {
    const dir = await tempDir();
    const project = join(dir, 'p.fynd');
    assert.equal((await runCliProcess(['demo', project])).code, 0);
    const file = join(dir, 'Protokoll styrgrupp.pdf');
    await writeFile(
      file,
      await printedPdf({
        html:
          paragraphsHtml(['Styrgruppen beslutade att förlänga projektet till och med juni 2012.']) +
          paragraphsHtml(['Nästa möte hålls i Härnösand.'], 'break-before:page'),
        header: 'Styrgruppen för Kompetenslyftet',
        footer: 'Sida {page}',
      }),
    );
    const result = await runCliProcess(['import', project, file, '--kind', 'meetingNotes']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /imported {2}Protokoll styrgrupp\.pdf → "Protokoll styrgrupp" \(pdf, 2 pages, 98 characters; left out as running headers and footers: "Styrgruppen för Kompetenslyftet", "Sida 1"\)/,
    );
    // pdf.js says nothing on the terminal of its own.
    assert.equal(result.stderr, '');
    assert.doesNotMatch(result.stdout, /Warning/);
  },
);
