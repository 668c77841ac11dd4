import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createDraftBook,
  type DraftRules,
  type Scheduler,
} from '../../../../renderer/src/state/draft-book';

/** Timers run by hand: `pause()` is the user stopping typing for longer than the delay. */
function manualTimers() {
  const timers = new Map<number, () => void>();
  let next = 1;
  const scheduler: Scheduler = {
    set(run) {
      const id = next++;
      timers.set(id, run);
      return id;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
  };
  const pause = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const run of due) run();
  };
  return { scheduler, pause, count: () => timers.size };
}

/** A save that records what it was given and answers when told to (or at once). */
function recordingSave(options: { answer?: boolean; manual?: boolean } = {}) {
  const saved: string[] = [];
  const answers: (() => void)[] = [];
  const save = (value: string) => {
    saved.push(value);
    if (!options.manual) return Promise.resolve(options.answer ?? true);
    return new Promise<boolean>((resolve) => answers.push(() => resolve(options.answer ?? true)));
  };
  const answerNext = async () => {
    answers.shift()?.();
    await settle();
  };
  return { saved, save, answerNext };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const trimmed = (a: string, b: string) => a.trim() === b.trim();
const required: Pick<DraftRules<string>, 'valid' | 'same'> = {
  valid: (value) => value.trim() !== '',
  same: trimmed,
};

test('a burst of typing is saved once, after the pause, with the last text', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const { saved, save } = recordingSave();
  book.attach('finding/1/statement', 'Gammal', { save, ...required });
  for (const text of ['G', 'Gr', 'Gra', 'Gran']) book.change('finding/1/statement', text);
  assert.equal(book.snapshot<string>('finding/1/statement')?.state, 'waiting');
  assert.deepEqual(book.summary.get(), { pending: 1, held: 0 });
  assert.equal(timers.count(), 1, 'one timer, restarted by each key');
  assert.deepEqual(saved, []);
  timers.pause();
  await settle();
  assert.deepEqual(saved, ['Gran']);
  assert.equal(book.snapshot<string>('finding/1/statement')?.state, 'clean');
  assert.equal(book.hasUnsaved(), false);
});

test('leaving the field saves at once; with nothing typed nothing is saved', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const { saved, save } = recordingSave();
  book.attach('q/1/text', 'Fråga', { save, ...required });
  await book.flush('q/1/text');
  assert.deepEqual(saved, []);
  book.change('q/1/text', 'Fråga två');
  await book.flush('q/1/text');
  assert.deepEqual(saved, ['Fråga två']);
  assert.equal(timers.count(), 0, 'the pending pause is cancelled');
});

test('an empty required text is never saved: it is kept, offered back, and can be reverted', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const { saved, save } = recordingSave();
  book.attach('finding/1/statement', 'Påstående', { save, ...required });
  book.change('finding/1/statement', '   ');
  timers.pause();
  await book.flush('finding/1/statement');
  assert.deepEqual(saved, []);
  assert.equal(book.snapshot<string>('finding/1/statement')?.state, 'invalid');
  assert.deepEqual(book.summary.get(), { pending: 0, held: 1 });

  // The editor goes away (another finding opened) and comes back: the draft is still there.
  book.detach('finding/1/statement');
  await settle();
  book.attach('finding/1/statement', 'Påstående', { save, ...required });
  assert.deepEqual(book.snapshot('finding/1/statement'), { value: '   ', state: 'invalid' });

  book.revert('finding/1/statement');
  assert.deepEqual(book.snapshot('finding/1/statement'), { value: 'Påstående', state: 'clean' });
  assert.equal(book.hasUnsaved(), false);
});

test('undo underneath: a clean draft follows the store, a dirty one is kept and saved over it', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const { saved, save } = recordingSave();
  book.attach('a', 'Ett', { save, same: trimmed });
  book.receive('a', 'Noll');
  assert.deepEqual(book.snapshot('a'), { value: 'Noll', state: 'clean' });

  book.change('a', 'Noll och mer');
  book.receive('a', 'Annat');
  assert.deepEqual(book.snapshot('a'), { value: 'Noll och mer', state: 'waiting' });
  timers.pause();
  await settle();
  assert.deepEqual(saved, ['Noll och mer']);
});

test('the store answering with trimmed text does not take the space the user just typed', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const save = (value: string) => {
    // The store keeps the trimmed text and tells the editor so.
    book.receive('a', value.trim());
    return Promise.resolve(true);
  };
  book.attach('a', 'Ord', { save, same: trimmed });
  book.change('a', 'Ord och ');
  timers.pause();
  await settle();
  assert.deepEqual(book.snapshot('a'), { value: 'Ord och ', state: 'clean' });
  book.change('a', 'Ord och mer');
  assert.equal(book.snapshot<string>('a')?.value, 'Ord och mer');
});

test('saves run one at a time, in the order they were asked for', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const first = recordingSave({ manual: true });
  const second = recordingSave({ manual: true });
  book.attach('a', '', { save: first.save });
  book.attach('b', '', { save: second.save });
  book.change('a', 'A');
  book.change('b', 'B');
  void book.flush('a');
  void book.flush('b');
  await settle();
  assert.deepEqual([first.saved, second.saved], [['A'], []], 'b waits for a');
  await first.answerNext();
  assert.deepEqual(second.saved, ['B']);
  await second.answerNext();
  assert.deepEqual(book.summary.get(), { pending: 0, held: 0 });
});

test('typing on during a save is saved after it, at its own pause', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const { saved, save, answerNext } = recordingSave({ manual: true });
  book.attach('a', '', { save });
  book.change('a', 'Första');
  timers.pause();
  await settle();
  assert.equal(book.snapshot<string>('a')?.state, 'saving');
  book.change('a', 'Första stycket');
  await answerNext();
  assert.deepEqual(saved, ['Första'], 'the new burst waits for its pause');
  assert.equal(book.snapshot<string>('a')?.state, 'waiting');
  timers.pause();
  await settle();
  await answerNext();
  assert.deepEqual(saved, ['Första', 'Första stycket']);
  assert.equal(book.snapshot<string>('a')?.state, 'clean');
});

test('a failed save keeps the text, counts it as unsaved, and tries again on the next change', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  let answer = false;
  const saved: string[] = [];
  const save = (value: string) => {
    saved.push(value);
    return Promise.resolve(answer);
  };
  book.attach('a', '', { save });
  book.change('a', 'Text');
  await book.flush('a');
  assert.deepEqual(book.snapshot('a'), { value: 'Text', state: 'failed' });
  assert.deepEqual(book.summary.get(), { pending: 0, held: 1 });
  assert.equal(timers.count(), 0, 'no retry loop');
  answer = true;
  book.change('a', 'Text!');
  timers.pause();
  await settle();
  assert.deepEqual(saved, ['Text', 'Text!']);
  assert.equal(book.hasUnsaved(), false);
});

test('an editor going away saves what was typed, then forgets the draft', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const { saved, save } = recordingSave();
  book.attach('a', 'Förr', { save });
  book.change('a', 'Nu');
  book.detach('a');
  await settle();
  assert.deepEqual(saved, ['Nu']);
  assert.equal(book.snapshot('a'), undefined);
  assert.equal(timers.count(), 0);
});

test('a kept draft of something deleted is dropped', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  let exists = true;
  const { save } = recordingSave();
  book.attach('finding/9/statement', 'X', { save, ...required, stillThere: () => exists });
  book.change('finding/9/statement', '');
  book.detach('finding/9/statement');
  await settle();
  book.prune();
  assert.equal(book.hasUnsaved(), true);
  exists = false;
  book.prune();
  assert.equal(book.snapshot('finding/9/statement'), undefined);
  assert.equal(book.hasUnsaved(), false);
});

test('held text (a dialog) counts until it is let go; flushAll saves every pending draft', async () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  const { saved, save } = recordingSave();
  book.hold('dialog', true);
  book.hold('dialog', true);
  assert.deepEqual(book.summary.get(), { pending: 0, held: 1 });
  book.hold('dialog', false);
  assert.equal(book.hasUnsaved(), false);

  book.attach('a', '', { save });
  book.attach('b', '', { save });
  book.change('a', 'A');
  book.change('b', 'B');
  await book.flushAll();
  assert.deepEqual(saved, ['A', 'B']);
  assert.equal(book.hasUnsaved(), false);
  assert.equal(timers.count(), 0);
});

test('reset forgets every draft and hold (another project)', () => {
  const timers = manualTimers();
  const book = createDraftBook(timers.scheduler, 800);
  book.attach('a', '', { save: () => Promise.resolve(true) });
  book.change('a', 'A');
  book.hold('dialog', true);
  book.reset();
  assert.equal(book.snapshot('a'), undefined);
  assert.deepEqual(book.summary.get(), { pending: 0, held: 0 });
  assert.equal(timers.count(), 0);
});

test('text kept for a form for something new outlives the form, counts as held, and goes when used or blanked', () => {
  const { scheduler } = manualTimers();
  const book = createDraftBook(scheduler, 800);
  book.keep('newCoding/memo', 'Följ upp i nästa intervju.');
  assert.deepEqual(book.summary.get(), { pending: 0, held: 1 });
  assert.equal(book.hasUnsaved(), true);
  // The form went away and came back: its text is there.
  assert.equal(book.kept('newCoding/memo'), 'Följ upp i nästa intervju.');
  book.keep('newCoding/memo', '   ');
  assert.equal(book.kept('newCoding/memo'), '   ', 'a space typed first stays in the field');
  assert.equal(book.hasUnsaved(), false, 'but only blanks are not unsaved text');
  book.keep('newCoding/memo', '');
  assert.equal(book.kept('newCoding/memo'), '');
  book.keep('newPseudonym/real', 'Birgitta');
  book.reset();
  assert.equal(book.kept('newPseudonym/real'), '', 'another project forgets it');
  assert.equal(book.hasUnsaved(), false);
});
