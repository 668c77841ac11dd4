import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { opNames } from '../../../shared/contract';
import { ProjectDataSchema, collectionNames } from '../../../shared/model/project-data';
import { assertReferences } from '../../../main/services/actions/references';
import { testSession } from '../../helpers/session';

/** Operations that change which project is open or touch the user's disk outside it. */
const excluded = new Set([
  'project.create',
  'project.open',
  'project.openDemo',
  'project.startDemoOver',
  'project.restoreBackup',
  'project.close',
  'sources.importFiles',
  'report.excel',
  // Writes a whole workbook per valid payload (in a temporary folder): slow, and tested apart.
  'report.excelDownload',
]);

test(
  'random and off-schema payloads to every operation are refused or applied whole; the project stays valid',
  { timeout: 120_000 },
  async () => {
    const t = await testSession();
    await t.call('project.openDemo', {});
    const store = () => t.session.store();
    const ids = () => {
      const data = store().data();
      return collectionNames.flatMap((c) =>
        (data[c] as readonly { id: string }[]).slice(0, 3).map((e) => e.id),
      );
    };
    const names = opNames.filter((n) => !excluded.has(n));
    const idArb = fc.oneof(fc.constantFrom(...ids()), fc.uuid(), fc.string());
    const value = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.integer({ min: -5, max: 100_000 }),
      idArb,
      fc.array(idArb, { maxLength: 3 }),
      fc.constantFrom(
        'strength',
        'weakness',
        'municipality',
        'interview',
        '#ff0000',
        '2012-05-30',
        null,
        true,
      ),
    );
    const payload = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          'id',
          'name',
          'title',
          'text',
          'statement',
          'patch',
          'themeIds',
          'sourceId',
          'start',
          'end',
          'into',
          'parentId',
          'index',
          'query',
          'meta',
          'codings',
          'files',
          'valence',
          'type',
          'colour',
        ),
        fc.oneof(
          value,
          fc.dictionary(
            fc.constantFrom(
              'name',
              'title',
              'start',
              'end',
              'themeIds',
              'caseId',
              'colour',
              'parentId',
            ),
            value,
          ),
        ),
      ),
    );
    // Near-valid payloads for the mutations, so that many edits really happen between the noise.
    const data = store().data();
    const some = <T extends { id: string }>(list: readonly T[]) =>
      fc.constantFrom(...list.map((e) => e.id));
    const nearValid = fc.oneof(
      fc.record({
        name: fc.constant('cases.add'),
        input: fc.record({ name: fc.string({ minLength: 0, maxLength: 12 }) }),
      }),
      fc.record({
        name: fc.constant('themes.add'),
        input: fc.record({
          name: fc.string({ maxLength: 12 }),
          parentId: fc.option(some(data.themes), { nil: null }),
        }),
      }),
      fc.record({
        name: fc.constant('themes.update'),
        input: fc.record({
          id: some(data.themes),
          patch: fc.record({ parentId: fc.option(some(data.themes), { nil: null }) }),
        }),
      }),
      fc.record({
        name: fc.constant('themes.move'),
        input: fc.record({
          id: some(data.themes),
          parentId: fc.option(some(data.themes), { nil: null }),
          index: fc.integer({ min: 0, max: 20 }),
        }),
      }),
      fc.record({
        name: fc.constant('themes.merge'),
        input: fc.record({ id: some(data.themes), into: some(data.themes) }),
      }),
      fc.record({
        name: fc.constantFrom('themes.delete', 'cases.delete'),
        input: fc.record({ id: fc.oneof(some(data.themes), some(data.cases)) }),
      }),
      fc.record({
        name: fc.constantFrom('sources.delete', 'findings.delete', 'codings.delete'),
        input: fc.record({
          id: fc.oneof(some(data.sources), some(data.findings), some(data.codings)),
        }),
      }),
      fc.record({
        name: fc.constant('codings.add'),
        input: fc.record({
          sourceId: some(data.sources),
          start: fc.integer({ min: -2, max: 3000 }),
          end: fc.integer({ min: 0, max: 4000 }),
          themeIds: fc.array(some(data.themes), { maxLength: 2 }),
        }),
      }),
      fc.record({ name: fc.constantFrom('history.undo', 'history.redo'), input: fc.constant({}) }),
    );
    let applied = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ name: fc.constantFrom(...names), input: payload }),
          nearValid,
          nearValid,
        ),
        async ({ name, input }) => {
          const before = JSON.stringify(store().data());
          const seq = store().seq;
          const envelope = await t.raw(name, input);
          const after = store().data();
          if (!envelope.ok) {
            refused++;
            assert.equal(
              JSON.stringify(after),
              before,
              `${name} was refused but changed the project`,
            );
            assert.equal(store().seq, seq);
            assert.ok(envelope.error.message.length > 0);
          } else if (store().seq !== seq) {
            applied++;
          }
          assert.ok(
            ProjectDataSchema.safeParse(after).success,
            `${name} left the project off-schema`,
          );
          for (const coll of collectionNames) {
            for (const entity of store().state.list(coll))
              assertReferences(store().state, coll, entity);
          }
        },
      ),
      { numRuns: 1500, seed: 4242 },
    );
    console.log(`contract fuzz: ${applied} applied, ${refused} refused of 1500`);
    assert.ok(refused > 300 && applied > 150, `${applied} applied, ${refused} refused`);
    await t.session.close();
  },
);
