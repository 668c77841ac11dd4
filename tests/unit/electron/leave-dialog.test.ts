import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createLeaveGuard,
  leaveAnswerOf,
  leaveDialogOptions,
} from '../../../main/electron/leave-dialog';
import { shellLabels } from '../../../main/electron/menu-labels';

test('the question keeps the work by default: Stay is first, focused and what Escape means', () => {
  const options = leaveDialogOptions(shellLabels.sv);
  assert.deepEqual(options.buttons, ['Stanna kvar', 'Lämna ändå']);
  assert.equal(options.defaultId, 0);
  assert.equal(options.cancelId, 0);
  assert.equal(options.message, shellLabels.sv.leaveMessage);
  assert.equal(leaveDialogOptions(shellLabels.en).buttons?.[0], 'Stay');
  assert.equal(leaveAnswerOf(0), 'stay');
  assert.equal(leaveAnswerOf(1), 'leave');
  // A dialog closed some other way (-1, or anything unexpected) never throws work away.
  assert.equal(leaveAnswerOf(-1), 'stay');
  assert.equal(leaveAnswerOf(2), 'stay');
});

test('closing with unsaved text: ask once; Stay keeps the window; Leave closes it after all', () => {
  const guard = createLeaveGuard();
  guard.windowClosing();
  assert.equal(guard.pageAsksToStay(), 'ask');
  assert.equal(
    guard.pageAsksToStay(),
    'ignore',
    'a second request while asking is not a second dialog',
  );
  assert.equal(guard.answered('stay'), null);

  guard.windowClosing();
  assert.equal(guard.pageAsksToStay(), 'ask');
  assert.equal(guard.answered('leave'), 'close');
  // Closing again: the page still asks to stay, and is overruled once.
  guard.windowClosing();
  assert.equal(guard.pageAsksToStay(), 'allow');
  assert.equal(guard.pageAsksToStay(), 'ask', 'the permission was for one unload only');
});

test('reloading with unsaved text: Leave reloads; the permission ends when the load starts', () => {
  const guard = createLeaveGuard();
  assert.equal(guard.pageAsksToStay(), 'ask');
  assert.equal(guard.answered('leave'), 'reload');
  // The page had saved everything meanwhile and did not ask again: the load just starts.
  guard.loadStarted();
  assert.equal(guard.pageAsksToStay(), 'ask', 'a later unload asks again');
});
