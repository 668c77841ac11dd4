import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostEventHub } from '../../../main/services/events/host-event-hub';
import { progressReporter } from '../../../main/services/events/progress-reporter';
import { HostEventSchema, type HostEvent } from '../../../shared/host-events';

/** A reporter on a clock the test moves by hand, and the events it sent. */
function reporter(intervalMs = 100) {
  const events: HostEvent[] = [];
  let clock = 0;
  const report = progressReporter({ emit: (event) => events.push(event) }, 'excel-1', {
    intervalMs,
    now: () => clock,
  });
  const at = (ms: number, done: number, total: number) => {
    clock = ms;
    report(done, total);
  };
  return { events, at, pairs: () => events.map((e) => [e.done, e.total]) };
}

test('progress: the first call always goes out, then at most one per interval', () => {
  const r = reporter();
  r.at(0, 0, 10_000);
  r.at(10, 500, 10_000);
  r.at(99, 1_000, 10_000);
  r.at(100, 1_500, 10_000);
  r.at(150, 2_000, 10_000);
  r.at(230, 2_500, 10_000);
  assert.deepEqual(r.pairs(), [
    [0, 10_000],
    [1_500, 10_000],
    [2_500, 10_000],
  ]);
  assert.ok(r.events.every((e) => e.type === 'progress' && e.task === 'excel-1'));
});

test('progress: the end (done === total) goes out even inside the interval, once', () => {
  const r = reporter();
  r.at(0, 0, 1_200);
  r.at(5, 500, 1_200);
  r.at(6, 1_000, 1_200);
  r.at(7, 1_180, 1_180);
  r.at(8, 1_180, 1_180);
  assert.deepEqual(r.pairs(), [
    [0, 1_200],
    [1_180, 1_180],
  ]);
});

test('progress: events only grow, and every one passes the schema', () => {
  const r = reporter(0);
  // A fraction, an estimate that was too low, a step back: whole, consistent, never backwards.
  r.at(0, 0, 100);
  r.at(1, 50.7, 100);
  r.at(2, 150, 100);
  r.at(3, -3, 100);
  r.at(4, 160, 160);
  for (const event of r.events) assert.ok(HostEventSchema.safeParse(event).success, event.task);
  assert.deepEqual(r.pairs(), [
    [0, 100],
    [50, 100],
    [150, 150],
    [160, 160],
  ]);
});

test('the hub: listeners hear events until they unsubscribe; a failing one stops nobody', () => {
  const hub = new HostEventHub();
  const heard: HostEvent[] = [];
  const quiet = console.error;
  const logged: unknown[] = [];
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    hub.subscribe(() => {
      throw new Error('window gone');
    });
    const unsubscribe = hub.subscribe((event) => heard.push(event));
    const event: HostEvent = { type: 'progress', task: 't', done: 1, total: 2 };
    hub.emit(event);
    unsubscribe();
    hub.emit(event);
    assert.deepEqual(heard, [event]);
    assert.equal(hub.listenerCount, 1);
    assert.equal(logged.length, 2);
  } finally {
    console.error = quiet;
  }
});

test('the hub refuses an event off the schema before any listener hears it', () => {
  const hub = new HostEventHub();
  const heard: unknown[] = [];
  hub.subscribe((event) => heard.push(event));
  const bad = { type: 'progress', task: 'x'.repeat(65), done: 1, total: 2 } as HostEvent;
  assert.throws(() => hub.emit(bad));
  assert.throws(() => hub.emit({ type: 'progress', task: 't', done: 3, total: 2 }));
  assert.deepEqual(heard, []);
});
