import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributedQuote } from '../../../../renderer/src/components/quote-attribution';

const data = {
  cases: [
    { id: 'c', name: 'Härnösand', type: 'municipality' as const, attributes: [], indicators: [] },
  ],
  respondents: [
    { id: 'r', pseudonym: 'Projektledare A', role: 'rektor', organisation: '', caseId: 'c' },
  ],
  sources: [
    {
      id: 's',
      title: 'Intervju med projektledaren',
      kind: 'interview' as const,
      caseId: 'c',
      respondentIds: ['r'],
      date: null,
      interviewer: '',
      length: 100,
      origin: null,
      imported: '2026-01-01T00:00:00.000Z',
    },
  ],
  pseudonyms: [{ id: 'p', real: 'Birgitta Holmgren', pseudonym: 'Tjänsteperson 1' }],
};

test('a copied quote carries who said it, the case and the source, with listed names replaced', () => {
  assert.equal(
    attributedQuote(data, {
      sourceId: 's',
      snippet: ' Birgitta Holmgrens team bar samverkan i början. ',
    }),
    '”Tjänsteperson 1s team bar samverkan i början.”\n– Projektledare A, Härnösand, Intervju med projektledaren',
  );
  // A source without case or respondents still says where the quote is from.
  const alone = {
    ...data,
    sources: data.sources.map((s) => ({ ...s, caseId: null, respondentIds: [] })),
  };
  assert.equal(
    attributedQuote(alone, { sourceId: 's', snippet: 'Bra.' }),
    '”Bra.”\n– Intervju med projektledaren',
  );
});
