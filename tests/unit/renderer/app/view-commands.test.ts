import { test } from 'node:test';
import assert from 'node:assert/strict';
import { menuCommands } from '../../../../shared/bridge';
import {
  commandOfView,
  viewCommandOfDigit,
  viewOfCommand,
} from '../../../../renderer/src/app/view-commands';
import { views } from '../../../../renderer/src/state/ui-store';

test('every view, Quotes and Search included, has its own menu command', () => {
  const commands = views.map((view) => commandOfView[view]);
  assert.equal(new Set(commands).size, views.length);
  for (const view of views) {
    assert.ok(menuCommands.includes(commandOfView[view]), view);
    assert.equal(viewOfCommand(commandOfView[view]), view);
  }
  assert.equal(viewOfCommand('undo'), null);
});

test('Ctrl/Cmd + 1…8 follow the navigation order; other digits do nothing', () => {
  assert.deepEqual(
    views.map((_, index) => viewCommandOfDigit(String(index + 1))),
    views.map((view) => commandOfView[view]),
  );
  assert.equal(viewCommandOfDigit('7'), 'showQuotes');
  assert.equal(viewCommandOfDigit('8'), 'showSearch');
  for (const key of ['0', '9', '', '12', 'a']) assert.equal(viewCommandOfDigit(key), null, key);
});
