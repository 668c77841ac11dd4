import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  attributeColumns,
  duplicateAttributeKey,
  parseAttribute,
} from '../../../../shared/model/attributes';
import { SourceSchema } from '../../../../shared/model/entities';
import { rejection, testSession } from '../../../helpers/session';

test('typed text becomes a value the way the form and every importer agree: "1 200,5", yes/no, ISO dates', () => {
  assert.deepEqual(parseAttribute(' Invånare ', 'number', '1 200,5'), {
    key: 'Invånare',
    type: 'number',
    value: 1200.5,
  });
  assert.equal(parseAttribute('Invånare', 'number', 'många'), null);
  assert.deepEqual(parseAttribute('Inspelad', 'boolean', 'false'), {
    key: 'Inspelad',
    type: 'boolean',
    value: false,
  });
  assert.equal(parseAttribute('Dag', 'date', '14/3/2012'), null);
  assert.equal(parseAttribute('   ', 'text', 'x'), null);
});

test('a key is one key whatever its case, spaces or Unicode form; columns keep the order first met', () => {
  const omgang = { key: 'Omgång', type: 'number', value: 1 } as const;
  const decomposed = { key: ' omga\u030Ang', type: 'number', value: 2 } as const;
  assert.equal(duplicateAttributeKey([omgang, decomposed]), decomposed.key);
  assert.equal(duplicateAttributeKey([omgang]), null);
  const columns = attributeColumns([
    { attributes: [omgang] },
    {},
    { attributes: [{ key: 'Telefon', type: 'boolean', value: true }, decomposed] },
  ]);
  assert.deepEqual(
    [...columns],
    [
      ['Omgång', 'number'],
      ['Telefon', 'boolean'],
    ],
  );
});

test('a source keeps its attributes through an edit, each change one undo step; a key given twice is refused; a source written before attributes still parses', async () => {
  const t = await testSession();
  await t.call('project.create', {
    dir: join(t.root, 'p.fynd'),
    name: 'Attribut',
    language: 'sv',
    evaluator: 'Eva',
  });
  const { id } = await t.call('sources.add', {
    meta: { title: 'Intervju', kind: 'interview' },
    text: 'Det gick bra.',
  });
  const sourceId = id ?? '';
  const round = { key: 'Omgång', type: 'number', value: 2 } as const;
  const phone = { key: 'Telefonintervju', type: 'boolean', value: true } as const;
  await t.call('sources.update', { id: sourceId, patch: { attributes: [round] } });
  await t.call('sources.update', { id: sourceId, patch: { attributes: [round, phone] } });
  // Editing the other details leaves the attributes as they were.
  await t.call('sources.update', { id: sourceId, patch: { title: 'Intervju 2' } });
  const source = async () =>
    (await t.call('project.current', {}))?.data.sources.find((s) => s.id === sourceId);
  assert.deepEqual((await source())?.attributes, [round, phone]);

  const refused = await rejection(
    t.call('sources.update', {
      id: sourceId,
      patch: { attributes: [round, { ...phone, key: 'omgång ' }] },
    }),
  );
  assert.equal(refused.code, 'invalidInput');
  assert.deepEqual((await source())?.attributes, [round, phone]);

  await t.call('history.undo', {});
  await t.call('history.undo', {});
  assert.deepEqual((await source())?.attributes, [round]);
  await t.call('history.undo', {});
  const written = await source();
  assert.equal(written?.attributes, undefined);
  // As a project from before stored it: no attributes field at all.
  assert.ok(written && !('attributes' in written));
  assert.ok(SourceSchema.safeParse(written).success);
  await t.session.close();
});
