import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { translateError } from '../../../shared/i18n';
import { paragraphsHtml, printedPdf } from '../../helpers/pdf-fixture';
import { testSession } from '../../helpers/session';
import { tempDir } from '../../helpers/temp-dir';

const paragraphs = [
  'Kompetenslyftet i Västernorrland samlade länets sju kommuner kring en gemensam fråga: hur företagen ska hitta den kompetens de behöver de kommande åren, när många går i pension och få unga flyttar hem efter studierna.',
  'Näringslivsutvecklarna i Ånge, Härnösand och Örnsköldsvik besökte tillsammans fler än tvåhundra företag. Besöken gav en bild av behoven som ingen av kommunerna hade haft på egen hand, och den bilden delades sedan med skolorna.',
  'Projektledningen beskriver att samverkan mellan kommunerna stärktes under projektets gång, men också att arbetet var beroende av några få eldsjälar. När en av dem bytte tjänst stannade arbetet upp i flera månader.',
  'Arbetsförmedlingen deltog i styrgruppen och bidrog med statistik om arbetslösheten i länet. Deras medverkan beskrivs som viktig men ojämn: i vissa kommuner fanns en kontaktperson på plats, i andra fick man vänta länge på svar.',
  'Lärcentrum i Sollefteå ordnade korta utbildningar för anställda i små företag. Deltagarna var nöjda, men få företag hade råd att låta personalen vara borta från arbetet mer än ett par dagar i taget.',
  'Länsstyrelsen följde projektet och lyfte fram det som ett exempel på regional samverkan. Samtidigt påpekade den att målen för antalet deltagare inte nåddes i tre av kommunerna.',
  'Företagarna i regionen efterfrågade en enklare väg in: en kontaktperson per kommun i stället för flera olika projekt som alla ville ha deras tid. Det önskemålet återkommer i nästan alla intervjuer.',
  'I Timrå kopplades arbetet till Framsteget, ett program för unga vuxna utan gymnasieexamen. Där fanns de tydligaste resultaten: elva deltagare fick arbete hos företag som projektet hade besökt.',
  'Kramfors valde en annan väg och lade resurserna på att kartlägga kompetensbehoven inom vård och omsorg. Kartläggningen blev färdig först mot slutet av projektet och har ännu inte använts fullt ut.',
  'Sundsvall, som är länets största kommun, hade redan egna strukturer för kompetensförsörjning. Projektet blev där ett komplement snarare än en ny arbetsform, vilket flera av de intervjuade ser som naturligt.',
  'Sammantaget visar materialet att samverkan mellan kommunerna har stärkts, att företagsbesöken var den mest uppskattade delen och att resultaten är svårast att se där projektet saknade en fast kontaktperson.',
];
const narrow = 'Det här stycket visar att ordet utvärde&shy;ringen avstavas i slutet av en rad.';
const written = [paragraphs[0], narrow.replace('&shy;', ''), ...paragraphs.slice(1)];

// Widely spaced lines, so the text runs onto a second page.
const spacing = 'line-height:2;margin:0 0 1.2em';

async function twoPagePdf(): Promise<Uint8Array> {
  return printedPdf({
    html: `<h1 style="font-size:20pt">Lägesrapport för Kompetenslyftet</h1>
      ${paragraphsHtml(paragraphs.slice(0, 1), spacing)}
      ${paragraphsHtml([narrow], `${spacing};width:8.6cm`)}
      ${paragraphsHtml(paragraphs.slice(1), spacing)}`,
    header: 'Kompetenslyftet – lägesrapport 2011',
    footer: 'Sida {page} av {pages}',
  });
}

async function openProject() {
  const t = await testSession();
  await t.call('project.create', { dir: join(t.root, 'p.fynd'), name: 'PDF', language: 'sv' });
  return t;
}

test('a two-page PDF imports as the text written: paragraphs, the hyphenated word whole, no header or footer, and where page 2 starts', async () => {
  const t = await openProject();
  const file = join(t.root, 'Lägesrapport 2011.pdf');
  await writeFile(file, await twoPagePdf());
  const outcome = await t.call('sources.importFiles', {
    paths: [file],
    meta: { kind: 'document' },
  });
  const result = outcome.results[0];
  assert.ok(result?.ok, JSON.stringify(result));
  assert.equal(result.format, 'pdf');
  assert.equal(result.pages, 2);
  assert.deepEqual(result.runningLines, ['Kompetenslyftet – lägesrapport 2011', 'Sida 1 av 2']);

  const source = t.session.store().state.list('sources')[0];
  assert.ok(source);
  const { text } = await t.call('sources.text', { id: source.id });
  assert.equal(text, ['Lägesrapport för Kompetenslyftet', ...written].join('\n'));

  // An independent reader (poppler) says which words open page 2; Fynd's page 2 starts there.
  const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('Kompetenslyftet –'));
  const pages = source.pages ?? [];
  assert.equal(pages.length, 2);
  assert.equal(pages[0], 0);
  const firstWords = (page2[0] ?? '').split(' ').slice(0, 4).join(' ');
  assert.ok(firstWords.length > 10);
  assert.equal(Array.from(text).slice(pages[1]).join('').slice(0, firstWords.length), firstWords);
});

test('a scanned PDF, a password-protected one and a broken one: a translated message each, nothing imported', async () => {
  const t = await openProject();
  const dir = await tempDir();
  const scan = join(dir, 'skannad.pdf');
  // A page that is only a picture of text, as a scanner makes it.
  const picture = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><rect width="400" height="60" fill="#eee"/></svg>`;
  await writeFile(
    scan,
    await printedPdf({
      html: `<img alt="" width="400" height="60" src="data:image/svg+xml;base64,${Buffer.from(picture).toString('base64')}">`,
    }),
  );
  const open = join(dir, 'öppen.pdf');
  await writeFile(open, await printedPdf({ html: paragraphsHtml(paragraphs.slice(0, 1)) }));
  const locked = join(dir, 'låst.pdf');
  execFileSync('qpdf', ['--encrypt', 'hemligt', 'ägare', '256', '--', open, locked]);
  const broken = join(dir, 'trasig.pdf');
  await writeFile(broken, '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnot a pdf at all');

  const outcome = await t.call('sources.importFiles', {
    paths: [scan, locked, broken],
    meta: { kind: 'document' },
  });
  assert.equal(outcome.mutation, null);
  assert.deepEqual(t.session.store().state.list('sources'), []);
  const errors = outcome.results.map((r) => (r.ok ? null : r.error));
  assert.deepEqual(
    errors.map((e) => e?.code),
    ['pdfNoText', 'pdfEncrypted', 'pdfDamaged'],
  );
  const [noText, encrypted, damaged] = errors.map((e) => (e ? translateError(e, 'sv') : ''));
  assert.match(noText ?? '', /inget textlager \(1 sidor/);
  assert.match(encrypted ?? '', /lösenordsskyddad/);
  assert.match(damaged ?? '', /skadad eller inte en PDF/);
  assert.match(
    translateError(errors[1] ?? { code: 'internal', message: '', params: {} }, 'en'),
    /password/,
  );
});
