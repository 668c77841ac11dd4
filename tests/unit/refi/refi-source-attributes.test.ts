import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { reportText } from '../../../main/services/refi/import-report';
import { qdpxBytes } from '../../../main/services/refi/qdpx-export';
import { importRefiProject } from '../../../main/services/refi/refi-import';
import type { Attribute } from '../../../shared/model/attributes';
import { fixtureQde, writeQdpx } from '../../helpers/qdpx-fixture';
import { refiSample, skipWithoutSample } from '../../helpers/refi-samples';
import { tempDir } from '../../helpers/temp-dir';

const SOURCE = '00000000-0000-4000-8000-000000000020';
const text = 'I: Hur gick det?\nR: Bra, tack.';

/** The fixture with variables, values on its one TextSource, and three Sets. */
function qdeWithSourceValues(): string {
  const variables =
    '<Variables>' +
    '<Variable guid="00000000-0000-4000-8000-000000000031" name="Omgång" typeOfVariable="Integer"/>' +
    '<Variable guid="00000000-0000-4000-8000-000000000032" name="Inspelad" typeOfVariable="Boolean"/>' +
    '<Variable guid="00000000-0000-4000-8000-000000000033" name="Intervjudag" typeOfVariable="Date"/>' +
    '<Variable guid="00000000-0000-4000-8000-000000000034" name="Plats" typeOfVariable="Text"/>' +
    '</Variables>';
  const value = (n: number, inner: string) =>
    `<VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-00000000003${n}"/>${inner}</VariableValue>`;
  const values =
    value(1, '<IntegerValue>2</IntegerValue>') +
    value(2, '<BooleanValue>false</BooleanValue>') +
    value(3, '<DateValue>2012-03-14</DateValue>') +
    value(4, '<TextValue>Härnösand</TextValue>');
  const sets =
    '<Sets>' +
    `<Set guid="00000000-0000-4000-8000-000000000041" name="Våren 2012"><MemberSource targetGUID="${SOURCE}"/></Set>` +
    `<Set guid="00000000-0000-4000-8000-000000000042" name="Plats"><MemberSource targetGUID="${SOURCE}"/></Set>` +
    '<Set guid="00000000-0000-4000-8000-000000000043" name="Röster"><MemberCode targetGUID="00000000-0000-4000-8000-000000000010"/></Set>' +
    '</Sets>';
  return fixtureQde([{ start: 3, end: 16 }], sets)
    .replace('</CodeBook>', `</CodeBook>${variables}`)
    .replace('</TextSource>', `${values}</TextSource>`);
}

test("a TextSource's variable values become its typed attributes, a Set of sources a yes/no attribute; a Set of codes is listed with its reason", async () => {
  const dir = await tempDir();
  const file = await writeQdpx(join(dir, 'in.qdpx'), {
    'project.qde': qdeWithSourceValues(),
    [`sources/${SOURCE}.txt`]: text,
  });
  const { built, report } = await importRefiProject(file, { lang: 'en' });
  const source = built.file.data.sources[0];
  assert.deepEqual(source?.attributes, [
    { key: 'Omgång', type: 'number', value: 2 },
    { key: 'Inspelad', type: 'boolean', value: false },
    { key: 'Intervjudag', type: 'date', value: '2012-03-14' },
    { key: 'Plats', type: 'text', value: 'Härnösand' },
    { key: 'Våren 2012', type: 'boolean', value: true },
  ]);
  const lines = reportText(report, 'en').join('\n');
  assert.match(lines, /Sources: 1 \(5 attributes\)/);
  assert.match(
    lines,
    /The set “Våren 2012” became the yes\/no attribute “Våren 2012” on its sources \(1\)/,
  );
  assert.match(
    lines,
    /The set “Plats” was not put on sources that already have an attribute of that name: Intervju\./,
  );
  assert.match(
    lines,
    /The set “Röster” \(codes: 1\) was not carried: Fynd has no sets of themes\. Its codes: Röst\./,
  );
  assert.doesNotMatch(lines, /variable values on the source itself/);
});

test(
  'ATLAS.ti: a Set whose sources were all left out is listed as not carried',
  { skip: skipWithoutSample('sky-loom-refi-qda/Project.qde') },
  async () => {
    const { built, report } = await importRefiProject(
      refiSample('sky-loom-refi-qda/Project.qde') ?? '',
      { lang: 'en' },
    );
    const lines = reportText(report, 'en').join('\n');
    assert.equal(built.file.data.sources.length, 0);
    assert.match(
      lines,
      /The set “Mabel” was not carried: none of its sources \(2\) could be imported\./,
    );
    assert.match(lines, /The set “Feelings” \(codes: 6\) was not carried: Fynd has no sets/);
  },
);

/** Every kind of value, on two sources; "Län" is a case's key too, with another type. */
const attributesOf: Record<number, Attribute[]> = {
  0: [
    { key: 'Intervjuomgång', type: 'number', value: 1.5 },
    { key: 'Telefonintervju', type: 'boolean', value: true },
    { key: 'Intervjudag', type: 'date', value: '2012-03-14' },
    { key: 'Anteckning', type: 'text', value: 'Lång & <svår> "text"\npå två rader' },
  ],
  1: [
    { key: 'Telefonintervju', type: 'boolean', value: false },
    { key: 'Län', type: 'number', value: 22 },
  ],
};

test(
  'source attributes of every type go Fynd → .qdpx → Fynd exactly, as TextSource VariableValues declared in <Variables> (xmllint)',
  { skip: skipWithoutSample('ponte/Project-mrt2019.xsd') },
  async () => {
    const demo = buildDemoProject();
    const data = demo.file.data;
    // The demo's own source attributes are replaced: two sources get these, the rest none.
    data.sources = data.sources.map((s, i) => ({ ...s, attributes: attributesOf[i] ?? [] }));
    const dir = await tempDir();
    const file = join(dir, 'p.qdpx');
    const bytes = await qdpxBytes(data, demo.texts, 'utf16');
    await writeFile(file, bytes);
    const qde = (await (await JSZip.loadAsync(bytes)).file('project.qde')?.async('string')) ?? '';
    const check = join(dir, 'project.qde');
    await writeFile(check, qde);
    execFileSync('xmllint', [
      '--noout',
      '--schema',
      refiSample('ponte/Project-mrt2019.xsd') ?? '',
      check,
    ]);
    const first = data.sources[0]?.id ?? '';
    const element = new RegExp(`<TextSource guid="${first}"[\\s\\S]*?</TextSource>`).exec(qde)?.[0];
    assert.equal(element?.match(/<VariableValue>/g)?.length, 4);
    assert.match(qde, /<Variable guid="[^"]+" name="Telefonintervju" typeOfVariable="Boolean"\/>/);
    // One variable per key, for cases and sources alike; mixed types make it Text.
    assert.equal(qde.match(/<Variable [^>]*name="Län"/g)?.length, 1);

    const back = (await importRefiProject(file, { lang: 'sv' })).built.file.data;
    for (const source of data.sources) {
      const again = back.sources.find((s) => s.id === source.id);
      assert.deepEqual(again?.attributes ?? [], source.attributes, source.title);
    }
    assert.deepEqual(
      back.cases.map((c) => c.attributes),
      data.cases.map((c) => c.attributes),
    );
  },
);
