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
    attributedQuote(
      data,
      {
        sourceId: 's',
        snippet: ' Birgitta Holmgrens team bar samverkan i början. ',
        start: 0,
        end: 48,
      },
      'sv',
    ),
    '”Tjänsteperson 1s team bar samverkan i början.”\n– Projektledare A, Härnösand, Intervju med projektledaren',
  );
  // A source without case or respondents still says where the quote is from.
  const alone = {
    ...data,
    sources: data.sources.map((s) => ({ ...s, caseId: null, respondentIds: [] })),
  };
  assert.equal(
    attributedQuote(alone, { sourceId: 's', snippet: 'Bra.', start: 0, end: 4 }, 'sv'),
    '”Bra.”\n– Intervju med projektledaren',
  );
});

test('a copied quote from a PDF says its page: "s. 2" in Swedish, "p. 2" in English', () => {
  const pdf = { ...data, sources: data.sources.map((s) => ({ ...s, pages: [0, 40, 80] })) };
  const quote = { sourceId: 's', snippet: 'Samverkan bar.', start: 45, end: 59 };
  assert.equal(
    attributedQuote(pdf, quote, 'sv'),
    '”Samverkan bar.”\n– Projektledare A, Härnösand, Intervju med projektledaren, s.\u00a02',
  );
  assert.match(attributedQuote(pdf, quote, 'en'), /projektledaren, p\.\u00a02$/);
});
