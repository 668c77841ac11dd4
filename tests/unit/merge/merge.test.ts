import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { demoSpec } from '../../../main/services/demo/demo-content';
import { planMerge, textHash } from '../../../main/services/merge/merge-plan';
import { mergeInto, readMergeSide } from '../../../main/services/merge/merge-service';
import { inspectProject } from '../../../main/services/project-inspector';
import { writeProjectFolder } from '../../../main/services/store/project-folder-writer';
import { runFynd } from '../../helpers/cli-run';
import { rejection, testSession } from '../../helpers/session';
import { tempDir } from '../../helpers/temp-dir';
import type { ProjectData } from '../../../shared/model/project-data';

/**
 * Two copies of the demo: ours, coded by Ada, and a colleague's, where Bo double-coded the first
 * interview, added a theme under an existing one and a new interview in a new case, renamed a
 * theme, and coded again (under a new id) a passage Ada had already coded.
 */
async function twoCopies(tweak: (theirs: ProjectData) => void = () => {}) {
  const root = await tempDir();
  const ours = buildDemoProject();
  const ada = { id: randomUUID(), name: 'Ada' };
  const boUser = { id: randomUUID(), name: 'Bo' };
  // The demo's own double coding is set aside: Ada alone coded ours.
  const colleague = ours.file.data.users.find((u) => u.name === demoSpec.coders.colleague)?.id;
  ours.file.data.codings = ours.file.data.codings.filter((c) => c.coderId !== colleague);
  ours.file.data.users = [ada];
  for (const coding of ours.file.data.codings) coding.coderId = ada.id;
  const oursDir = join(root, 'ours.fynd');
  await writeProjectFolder(oursDir, ours);

  // The same study: a copy of ours, worked on elsewhere.
  const theirs = { file: structuredClone(ours.file), texts: new Map(ours.texts) };
  const data = theirs.file.data;
  data.users = [ada, boUser];
  const [first] = data.sources;
  const [parent, renamed] = data.themes.filter((t) => t.parentId === null);
  assert.ok(first && parent && renamed);
  const bo = data.codings
    .filter((c) => c.sourceId === first.id)
    .map((c) => ({ ...c, id: randomUUID(), coderId: boUser.id, start: c.start + 1 }));
  const again = data.codings[0];
  assert.ok(again);
  const newTheme = { ...parent, id: randomUUID(), parentId: parent.id, name: 'Nytt delområde' };
  const newCase = {
    id: randomUUID(),
    name: 'Övertorneå',
    type: 'municipality' as const,
    attributes: [],
    indicators: [],
  };
  const newSource = {
    ...first,
    id: randomUUID(),
    title: 'Intervju i Övertorneå',
    caseId: newCase.id,
    respondentIds: [],
    length: 30,
  };
  const newText = 'Vi började med två företag.\nSen';
  theirs.texts.set(newSource.id, newText);
  data.cases.push(newCase);
  data.sources.push(newSource);
  data.themes.push(newTheme);
  renamed.name = `${renamed.name} (omdöpt)`;
  data.codings.push(
    ...bo,
    { ...again, id: randomUUID() },
    {
      ...again,
      id: randomUUID(),
      sourceId: newSource.id,
      start: 0,
      end: 27,
      snippet: newText.slice(0, 27),
      themeIds: [newTheme.id],
      coderId: boUser.id,
    },
  );
  tweak(data);
  const theirsDir = join(root, 'theirs.fynd');
  await writeProjectFolder(theirsDir, theirs);
  return {
    oursDir,
    theirsDir,
    boId: boUser.id,
    bo: bo.length,
    renamed: renamed.name,
    ours: ours.file.data,
  };
}

test('fynd merge adds what is new with its coder, never doubles a coding, reports the rule for a conflict, and a second merge changes nothing', async () => {
  const copies = await twoCopies();
  const before = (await inspectProject(copies.oursDir)).data;
  const merged = await runFynd('merge', copies.oursDir, copies.theirsDir);
  assert.equal(merged.code, 0, merged.err);
  assert.match(
    merged.out,
    /^Added: 1 coders, 1 cases, 0 respondents, 1 themes, 1 sources and (\d+) codings\.$/m,
  );
  assert.match(
    merged.out,
    /is called “.* \(omdöpt\)” in the other copy\. Rule: the name here is kept\./,
  );

  const after = (await inspectProject(copies.oursDir)).data;
  assert.equal(after.codings.length, before.codings.length + copies.bo + 1);
  assert.equal(after.codings.filter((c) => c.coderId === copies.boId).length, copies.bo + 1);
  assert.ok(after.themes.some((t) => t.name === 'Nytt delområde' && t.parentId !== null));
  assert.ok(!after.themes.some((t) => t.name === copies.renamed), 'our name is kept');
  const source = after.sources.find((s) => s.title === 'Intervju i Övertorneå');
  assert.equal(after.cases.find((c) => c.id === source?.caseId)?.name, 'Övertorneå');
  const info = await runFynd('check', copies.oursDir);
  assert.equal(info.code, 0, info.out + info.err);

  const again = await runFynd('merge', copies.oursDir, copies.theirsDir);
  assert.match(again.out, /^Nothing new: everything that can be merged was already here\./m);
  assert.equal(
    (await inspectProject(copies.oursDir)).seq,
    (await inspectProject(copies.oursDir)).seq,
  );
  assert.deepEqual((await inspectProject(copies.oursDir)).data, after);
});

test('a new source brings its attributes; a source both copies hold keeps ours', async () => {
  const copies = await twoCopies((theirs) => {
    for (const source of theirs.sources) {
      source.attributes =
        source.title === 'Intervju i Övertorneå'
          ? [{ key: 'Intervjuomgång', type: 'number', value: 3 }]
          : [{ key: 'Intervjuomgång', type: 'number', value: 9 }];
    }
  });
  const merged = await runFynd('merge', copies.oursDir, copies.theirsDir);
  assert.equal(merged.code, 0, merged.err);
  const after = (await inspectProject(copies.oursDir)).data;
  const added = after.sources.find((s) => s.title === 'Intervju i Övertorneå');
  assert.deepEqual(added?.attributes, [{ key: 'Intervjuomgång', type: 'number', value: 3 }]);
  for (const source of copies.ours.sources) {
    const kept = after.sources.find((s) => s.id === source.id);
    assert.deepEqual(kept?.attributes, source.attributes, source.title);
  }
});

test('a copy whose ids are all new (as another tool exports) matches sources by text, themes by path and cases by name', async () => {
  const ours = buildDemoProject();
  const theirs = buildDemoProject();
  const fresh = new Map<string, string>();
  const idOf = (id: string) => fresh.get(id) ?? fresh.set(id, randomUUID()).get(id) ?? id;
  const data = theirs.file.data;
  const texts = new Map(
    [...theirs.texts].map(([id, text]) => [idOf(id), text.replace(/\n/g, '\r\n')]),
  );
  data.cases = data.cases.map((c) => ({ ...c, id: idOf(c.id) }));
  data.respondents = data.respondents.map((r) => ({
    ...r,
    id: idOf(r.id),
    caseId: r.caseId && idOf(r.caseId),
  }));
  data.themes = data.themes.map((t) => ({
    ...t,
    id: idOf(t.id),
    parentId: t.parentId && idOf(t.parentId),
  }));
  data.sources = data.sources.map((s) => ({
    ...s,
    id: idOf(s.id),
    caseId: s.caseId && idOf(s.caseId),
    respondentIds: s.respondentIds.map(idOf),
  }));
  data.codings = data.codings.map((c) => ({
    ...c,
    id: idOf(c.id),
    sourceId: idOf(c.sourceId),
    themeIds: c.themeIds.map(idOf),
  }));
  const hashes = new Map([...ours.texts].map(([id, text]) => [id, textHash(text)]));
  const plan = planMerge(ours.file.data, hashes, { data, texts });
  assert.deepEqual(
    [
      plan.cases.length,
      plan.respondents.length,
      plan.themes.length,
      plan.sources.length,
      plan.codings.length,
    ],
    [0, 0, 0, 0, 0],
  );
  assert.equal(plan.matched.sources, data.sources.length);
  assert.equal(plan.matched.themes, data.themes.length);
  assert.equal(plan.matched.codings, data.codings.length);
  assert.deepEqual(plan.conflicts, []);
});

test('merging in the app is one undo step; a relative path is refused', async () => {
  const copies = await twoCopies();
  const t = await testSession();
  await t.call('project.open', { dir: copies.oursDir });
  const count = () => t.session.store().state.list('codings').length;
  const before = count();
  const refused = await rejection(t.call('project.merge', { path: 'theirs.fynd', language: 'en' }));
  assert.equal(refused.code, 'pathNotAbsolute');
  const merged = await t.call('project.merge', { path: copies.theirsDir, language: 'en' });
  assert.match(merged.report.join('\n'), /^Added: 1 coders, 1 cases/m);
  assert.equal(count(), before + copies.bo + 1);
  assert.ok(merged.ops.length > 0, 'the renderer gets the ops to apply');
  await t.call('history.undo', {});
  assert.equal(count(), before);
  assert.equal(t.session.store().state.list('sources').length, copies.ours.sources.length);
  await t.session.close();
});

test('an edit made while a merge stores its texts is neither lost nor doubled: the merge finds the theme the user added meanwhile', async () => {
  const copies = await twoCopies();
  const t = await testSession();
  await t.call('project.open', { dir: copies.oursDir });
  const store = t.session.store();
  const { data: theirs } = await inspectProject(copies.theirsDir);
  const parentId = theirs.themes.find((theme) => theme.name === 'Nytt delområde')?.parentId;
  // The user adds the same theme between the merge's plan and its commit (while it stores the
  // new source's text).
  const write = store.texts.write.bind(store.texts);
  let added = false;
  store.texts.write = async (id, text) => {
    await write(id, text);
    if (added) return;
    added = true;
    await t.call('themes.add', { name: 'Nytt delområde', parentId: parentId ?? null });
  };
  const side = await readMergeSide(copies.theirsDir, 'en');
  await mergeInto(store, side, 'theirs.fynd');
  assert.ok(added, 'the edit came between plan and commit');
  const named = store.state.list('themes').filter((theme) => theme.name === 'Nytt delområde');
  assert.equal(named.length, 1, 'one theme of that name, never two');
  const coded = store.state.list('codings').filter((c) => c.themeIds.includes(named[0]?.id ?? ''));
  assert.equal(coded.length, 1, "the copy's coding lands on the user's theme");
  await t.session.close();
});
