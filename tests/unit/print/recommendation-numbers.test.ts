import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { recommendationSheetsHtml } from '../../../main/services/print/recommendation-sheets';
import { byOrder } from '../../../shared/model/numbering';

/** The sheet's words as a reader sees them: tags dropped, entities of the kicker decoded. */
function kickers(html: string): string[] {
  return [...html.matchAll(/<p class="kicker">([^<]*)<\/p>/g)].map((m) =>
    (m[1] ?? '').replace(/\s+/g, ' ').trim(),
  );
}

test('a printed sheet carries the number the app gives its recommendation, also when printed alone', () => {
  const data = buildDemoProject().file.data;
  const ordered = byOrder(data.recommendations);
  const third = ordered[2];
  assert.ok(third && ordered.length === 3);
  const alone = recommendationSheetsHtml(data, {
    language: 'en',
    ids: [third.id],
    pseudonymise: true,
  });
  assert.deepEqual(kickers(alone), ['Recommendation 3 of 3']);
  const all = recommendationSheetsHtml(data, { language: 'sv', pseudonymise: true });
  assert.deepEqual(kickers(all), [
    'Rekommendation 1 av 3',
    'Rekommendation 2 av 3',
    'Rekommendation 3 av 3',
  ]);
});
