import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingEvidence, questionStatus } from '../../../shared/analysis/evidence';
import { citedCodingIds } from '../../../shared/model/held-codings';
import { testSession } from '../../helpers/session';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

test('the renderer is handed only the codings findings cite; it asks for a source’s codings when it opens it', async () => {
  const t = await testSession();
  const opened = await t.call('project.openDemo', {});
  const all = t.session.store().state.list('codings');
  const cited = citedCodingIds(opened.data.findings);
  assert.ok(cited.size > 0 && cited.size < all.length);
  assert.deepEqual(ids(opened.data.codings), [...cited].sort());
  // Everything else crosses whole.
  assert.deepEqual(opened.data.sources, t.session.store().data().sources);

  const source = opened.data.sources[0];
  assert.ok(source);
  const ofSource = await t.call('codings.ofSources', { sourceIds: [source.id] });
  assert.deepEqual(ids(ofSource.codings), ids(all.filter((c) => c.sourceId === source.id)));
  assert.equal(ofSource.seq, opened.seq);
  await t.session.close();
});

test('codings by id answer those that exist, each answer says after which edit it was taken', async () => {
  const t = await testSession();
  const opened = await t.call('project.openDemo', {});
  const [first, second] = t.session.store().state.list('codings');
  assert.ok(first && second);
  const deleted = await t.call('codings.delete', { id: second.id });
  const answer = await t.call('codings.byIds', { ids: [first.id, second.id, first.id] });
  assert.deepEqual(ids(answer.codings), [first.id]);
  assert.equal(answer.seq, deleted.seq);
  assert.ok(answer.seq > opened.seq);
  await t.session.close();
});

test('the coding summary counts per source, says who coded and how many carry a valence', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const all = t.session.store().state.list('codings');
  const summary = await t.call('codings.summary', {});
  assert.equal(summary.total, all.length);
  const counted = Object.values(summary.bySource).reduce((n, x) => n + x, 0);
  assert.equal(counted, all.length);
  for (const [sourceId, n] of Object.entries(summary.bySource))
    assert.equal(n, all.filter((c) => c.sourceId === sourceId).length);
  assert.deepEqual([...summary.coderIds].sort(), [...new Set(all.map((c) => c.coderId))].sort());
  assert.equal(summary.valenced, all.filter((c) => c.valence !== 'neutral').length);
  await t.session.close();
});

test('evidence and question status are judged in main on every coding, cited or not', async () => {
  const t = await testSession();
  const opened = await t.call('project.openDemo', {});
  const data = t.session.store().data();
  const answer = await t.call('analysis.evidence', {});
  assert.equal(Object.keys(answer.findings).length, data.findings.length);
  let contradicted = 0;
  for (const finding of data.findings) {
    const { quotes, ...rest } = findingEvidence(data, finding);
    assert.deepEqual(answer.findings[finding.id], {
      quoteIds: ids(quotes).length ? quotes.map((q) => q.id) : [],
      ...rest,
    });
    if (rest.contradictingCases.length > 0) contradicted++;
  }
  // What the renderer holds could not tell it: uncited codings decide contradiction.
  const fromShare = data.findings.filter(
    (f) => findingEvidence(opened.data, f).contradictingCases.length > 0,
  ).length;
  assert.notEqual(contradicted, fromShare);
  for (const question of data.questions) {
    const status = questionStatus(data, question);
    assert.deepEqual(answer.questions[question.id]?.gaps, status.gaps);
    assert.equal(answer.questions[question.id]?.strength, status.strength);
  }
  await t.session.close();
});
