import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { FyndBridge } from '../../../shared/bridge';
import { bundle, runBundle } from './fake-electron';

/** Runs the real preload bundle against a fake contextBridge and ipcRenderer. */
async function loadPreload() {
  const exposed: [string, unknown][] = [];
  const invoked: unknown[][] = [];
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: 'answer' };
    },
  });
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => void exposed.push([key, api]),
    },
    ipcRenderer,
  };
  const code = await bundle('main/electron/preload.ts');
  runBundle(code, electron, { argv: [] });
  return { code, exposed, invoked, ipcRenderer };
}

test('the preload requires nothing but electron (it runs sandboxed)', async () => {
  const { code } = await loadPreload();
  const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(required)], ['electron']);
});

test('exactly one object is exposed, as window.fynd, with exactly the bridge', async () => {
  const { exposed } = await loadPreload();
  assert.equal(exposed.length, 1);
  const [key, api] = exposed[0] ?? [];
  assert.equal(key, 'fynd');
  assert.deepEqual(Object.keys(api as object).sort(), ['invoke', 'onHostEvent', 'onMenuCommand']);
});

test('invoke goes over fynd:invoke as (name, payload) and answers the envelope', async () => {
  const { exposed, invoked } = await loadPreload();
  const fynd = exposed[0]?.[1] as FyndBridge;
  assert.deepEqual(await fynd.invoke('app.info', {}), { ok: true, value: 'answer' });
  assert.deepEqual(invoked, [['fynd:invoke', 'app.info', {}]]);
});

test('menu commands: only known ones, without the IPC event, until unsubscribed', async () => {
  const { exposed, ipcRenderer } = await loadPreload();
  const fynd = exposed[0]?.[1] as FyndBridge;
  const heard: unknown[][] = [];
  const unsubscribe = fynd.onMenuCommand((...args: unknown[]) => void heard.push(args));
  const event = { sender: ipcRenderer };
  ipcRenderer.emit('fynd:menu', event, 'undo');
  ipcRenderer.emit('fynd:menu', event, 'rm -rf /');
  ipcRenderer.emit('fynd:menu', event, 42);
  ipcRenderer.emit('fynd:menu', event, { toString: () => 'undo' });
  ipcRenderer.emit('fynd:menu', event, 'showReports');
  assert.deepEqual(heard, [['undo'], ['showReports']]);
  unsubscribe();
  assert.equal(ipcRenderer.listenerCount('fynd:menu'), 0);
  ipcRenderer.emit('fynd:menu', event, 'redo');
  assert.equal(heard.length, 2);
});

test('host events: only the payload goes on (never the IPC event), until unsubscribed', async () => {
  const { exposed, ipcRenderer } = await loadPreload();
  const fynd = exposed[0]?.[1] as FyndBridge;
  const heard: unknown[][] = [];
  const unsubscribe = fynd.onHostEvent((...args: unknown[]) => void heard.push(args));
  const event = { sender: ipcRenderer };
  const progress = { type: 'progress', task: 'excel-1', done: 1, total: 2 };
  ipcRenderer.emit('fynd:event', event, progress);
  // The preload does not judge payloads (the renderer's schema does); it only relays them.
  ipcRenderer.emit('fynd:event', event, 'anything');
  assert.deepEqual(heard, [[progress], ['anything']]);
  unsubscribe();
  assert.equal(ipcRenderer.listenerCount('fynd:event'), 0);
  ipcRenderer.emit('fynd:event', event, progress);
  assert.equal(heard.length, 2);
});
