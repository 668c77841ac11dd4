import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import type { Envelope } from '../../../shared/contract';
import type { HostEvent } from '../../../shared/host-events';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/security';
import { shellLabels } from '../../../main/electron/menu-labels';
import { leaveDialogOptions } from '../../../main/electron/leave-dialog';
import {
  bundle,
  createFakeElectron,
  fakeEvent,
  FakeWebContents,
  runBundle,
  type FakeBrowserWindow,
  type FakeConfig,
} from './fake-electron';

/*
 * Runs the real bundle of main/electron/app.ts against a fake 'electron' module: the wiring
 * (single instance, guards, IPC, menu, window, quitting) is checked here since no Electron binary
 * exists on the test machines.
 */

const appPath = '/opt/Fynd/resources/app.asar';
const indexPath = join(appPath, 'dist', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexPath).href;
const trusted = { senderFrame: { url: indexUrl, parent: null } };

async function withTemp(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'fynd-shell-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Starts the app against a fake Electron and waits for its window. */
async function launch(appData: string, argv: string[], config: Partial<FakeConfig> = {}) {
  const fake = createFakeElectron({ appPath, appData, ...config });
  const code = await bundle('main/electron/app.ts');
  const proc = runBundle(code, fake.electron, { argv, defaultApp: false, cwd: appData });
  const windowCreated = fake.next('window');
  fake.markReady();
  const window = (await windowCreated) as FakeBrowserWindow;
  const invoke = (name: unknown, payload: unknown, event: unknown = trusted) => {
    const handler = fake.record.ipc.get('fynd:invoke');
    assert.ok(handler, 'fynd:invoke is bound');
    return handler(event, name, payload) as Promise<Envelope>;
  };
  const quit = async () => {
    const quitted = fake.next('quitted');
    fake.app.quit();
    await quitted;
  };
  return { ...fake, proc, window, invoke, quit };
}

function menuItems(template: unknown[]): MenuItemConstructorOptions[] {
  return (template as MenuItemConstructorOptions[]).flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : []),
  ]);
}

test('starts sandboxed with a secure window, guards, IPC and a menu', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['/opt/Fynd/fynd']);
    const { record, window } = shell;
    assert.equal(record.sandboxed, true);
    assert.equal(shell.app.getPath('userData'), join(appData, 'Fynd'));

    const prefs = window.options.webPreferences;
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.preload, join(appPath, 'dist', 'main', 'preload.cjs'));
    assert.equal(window.options.title, 'Fynd');
    assert.equal(window.loaded, indexPath);
    assert.equal(window.shown, false);
    window.emit('ready-to-show');
    assert.equal(window.shown, true);

    // Session guards: permissions denied, network refused, CSP header set.
    let granted: boolean | null = null;
    record.session.permissionRequest?.(null, 'media', (g: boolean) => (granted = g), {});
    assert.equal(granted, false);
    assert.equal(record.session.permissionCheck?.(null, 'clipboard-read', 'file://', {}), false);
    assert.equal(record.session.devicePermission?.({}), false);
    let cancel: unknown = null;
    record.session.beforeRequest?.(
      { url: 'https://example.org/' },
      (r: { cancel: boolean }) => (cancel = r.cancel),
    );
    assert.equal(cancel, true);
    let headers: Record<string, string[]> = {};
    record.session.headersReceived?.(
      { responseHeaders: {} },
      (r: { responseHeaders: Record<string, string[]> }) => {
        headers = r.responseHeaders;
      },
    );
    assert.deepEqual(headers['Content-Security-Policy'], [CONTENT_SECURITY_POLICY]);

    // Menu commands reach the window's renderer on the menu channel.
    const items = menuItems(record.menus[0]?.template ?? []);
    const undo = items.find((item) => item.id === 'undo');
    (undo?.click as () => void)();
    assert.deepEqual(window.webContents.sent, [['fynd:menu', 'undo']]);
    assert.ok(!items.some((item) => item.role === 'toggleDevTools' && shell.app.isPackaged));
    await shell.quit();
  });
});

test('an export’s progress reaches the window’s page on the event channel', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['fynd', '--demo']);
    const { window } = shell;
    const path = join(appData, 'rapport.xlsx');
    const report = await shell.invoke('report.excel', { path, taskId: 'excel-3' });
    assert.equal(report.ok, true);
    const events = window.webContents.sent.filter(([channel]) => channel === 'fynd:event');
    assert.ok(events.length >= 2, 'at least the start and the end');
    const payloads = events.map(([, event]) => event as HostEvent);
    assert.ok(payloads.every((e) => e.type === 'progress' && e.task === 'excel-3'));
    assert.equal(payloads[0]?.done, 0);
    const last = payloads.at(-1);
    assert.ok(last && last.done === last.total && last.done > 0);
    await shell.quit();
  });
});

test('Electron refuses a relative path for the report and for a sheets PDF', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['fynd', '--demo']);
    const report = await shell.invoke('report.excel', { path: 'rapport.xlsx' });
    assert.deepEqual(report.ok ? null : report.error.code, 'pathNotAbsolute');
    const pdf = await shell.invoke('sheets.print', { mode: 'pdf', path: 'blad.pdf' });
    assert.deepEqual(pdf.ok ? null : pdf.error.code, 'pathNotAbsolute');
    assert.equal(shell.record.windows.length, 1, 'no print window was opened');
    await shell.quit();
  });
});

test('every webContents gets the page guards', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['fynd']);
    const contents = new FakeWebContents();
    shell.app.emit('web-contents-created', fakeEvent(), contents);
    assert.deepEqual(contents.windowOpenHandler?.({ url: 'https://example.org/' }), {
      action: 'deny',
    });
    assert.deepEqual(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' }), {
      action: 'deny',
    });
    const away = fakeEvent();
    contents.emit('will-navigate', away, 'file:///etc/passwd');
    assert.equal(away.defaultPrevented, true);
    const home = fakeEvent();
    contents.emit('will-navigate', home, `${indexUrl}#/cases`);
    assert.equal(home.defaultPrevented, false);
    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://example.org/');
    assert.equal(redirect.defaultPrevented, true);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    assert.equal(webview.defaultPrevented, true);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(shell.record.opened, ['https://example.org/']);
    await shell.quit();
  });
});

test('IPC serves the app page only, through the contract', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['fynd'], {
      openDialogResult: { canceled: false, filePaths: [join(appData, 'Ny.fynd')] },
    });
    const info = await shell.invoke('app.info', {});
    assert.equal(info.ok, true);
    assert.deepEqual(info.ok && info.value, {
      version: '0.1.0-test',
      host: 'electron',
      locale: 'en-US',
      userDataDir: join(appData, 'Fynd'),
    });
    for (const event of [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
      { senderFrame: { url: indexUrl, parent: {} } },
      { senderFrame: null },
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      },
    ]) {
      const refused = await shell.invoke('app.info', {}, event);
      assert.equal(refused.ok, false);
      assert.equal(!refused.ok && refused.error.code, 'unauthorized');
    }
    const unknown = await shell.invoke('fs.readFile', { path: '/etc/passwd' });
    assert.equal(!unknown.ok && unknown.error.code, 'unknownOperation');

    const chosen = await shell.invoke('dialog.chooseFolder', { purpose: 'create' });
    assert.deepEqual(chosen, {
      ok: true,
      value: { canceled: false, path: join(appData, 'Ny.fynd') },
    });
    assert.equal(
      shell.record.openDialogs[0]?.[0],
      shell.window,
      'the dialog is modal to the window',
    );
    const files = await shell.invoke('dialog.chooseFiles', { purpose: 'importSources' });
    assert.deepEqual(files, {
      ok: true,
      value: { canceled: false, paths: [join(appData, 'Ny.fynd')] },
    });
    const fileOptions = shell.record.openDialogs[1]?.[1] as { properties: string[] };
    assert.ok(fileOptions.properties.includes('multiSelections'));
    await shell.quit();
  });
});

test('quitting waits for the project to close; a later launch opens it from the command line', async () => {
  await withTemp(async (appData) => {
    const dir = join(appData, 'Utvärdering.fynd');
    const first = await launch(appData, ['fynd']);
    const created = await first.invoke('project.create', {
      dir,
      name: 'Utvärdering',
      language: 'sv',
    });
    assert.equal(created.ok, true, JSON.stringify(created));
    assert.ok(existsSync(join(dir, 'fynd.lock')));
    await first.quit();
    assert.equal(
      first.record.quitRequests,
      3,
      'the first quit closed the window, the second waited for the project, the third went through',
    );
    assert.equal(
      existsSync(join(dir, 'fynd.lock')),
      false,
      'the project was closed before quitting',
    );

    const second = await launch(appData, ['fynd', '--no-sandbox', dir]);
    const current = await second.invoke('project.current', {});
    assert.equal(current.ok && (current.value as { dir: string } | null)?.dir, dir);
    await second.quit();
  });
});

test('a second instance focuses the window and opens what it was given', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['fynd']);
    const reloaded = new Promise((resolve) => shell.window.webContents.once('reloaded', resolve));
    shell.app.emit('second-instance', fakeEvent(), ['fynd', '--demo'], appData, {});
    await reloaded;
    assert.equal(shell.window.focused, 1);
    const current = await shell.invoke('project.current', {});
    const dir = current.ok ? (current.value as { dir: string } | null)?.dir : undefined;
    assert.ok(dir?.startsWith(join(appData, 'Fynd', 'demo')), dir);
    await shell.quit();
  });
});

test('a project that cannot be opened is explained in the OS language, and the app still starts', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['fynd', join(appData, 'saknas.fynd')], {
      locale: 'sv-SE',
    });
    assert.equal(shell.record.messageBoxes.length, 1);
    const options = shell.record.messageBoxes[0]?.[0] as { type: string; message: string };
    assert.equal(options.type, 'error');
    assert.equal(options.message, shellLabels.sv.openFailed);
    const current = await shell.invoke('project.current', {});
    assert.deepEqual(current, { ok: true, value: null });
    await shell.quit();
  });
});

test('without the single-instance lock the app quits at once', async () => {
  await withTemp(async (appData) => {
    const fake = createFakeElectron({ appPath, appData, lock: false });
    runBundle(await bundle('main/electron/app.ts'), fake.electron, { argv: ['fynd', '/x.fynd'] });
    assert.equal(fake.record.quitted, true);
    fake.markReady();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(fake.record.windows.length, 0);
    assert.equal(fake.record.ipc.size, 0);
  });
});

test('quitting with unsaved text in the page asks natively; Stay keeps the window and the project open', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['fynd', '--demo'], { locale: 'sv-SE' });
    const { window, record } = shell;
    window.webContents.pageHasUnsaved = true;
    const asked = shell.next('messageBox');
    shell.app.quit();
    await asked;
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(record.messageBoxes[0]?.[0], window, 'modal to the window');
    assert.deepEqual(record.messageBoxes[0]?.[1], leaveDialogOptions(shellLabels.sv));
    assert.equal(window.destroyed, false);
    assert.equal(record.quitted, false);
    const current = await shell.invoke('project.current', {});
    assert.ok(current.ok && current.value, 'the project is still open to save into');

    // Asked again, the user leaves: the window closes after all and the app quits cleanly.
    record.messageBoxResponse = 1;
    const quitted = shell.next('quitted');
    const askedAgain = shell.next('messageBox');
    shell.app.quit();
    await askedAgain;
    await quitted;
    assert.equal(window.destroyed, true);
    assert.equal(record.messageBoxes.length, 2);
  });
});

test('reloading with unsaved text asks; Leave reloads, Stay does not', async () => {
  await withTemp(async (appData) => {
    const shell = await launch(appData, ['fynd']);
    const contents = shell.window.webContents;
    contents.pageHasUnsaved = true;
    const asked = shell.next('messageBox');
    contents.reload();
    await asked;
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(contents.reloads, 0);

    shell.record.messageBoxResponse = 1;
    const reloaded = new Promise((resolve) => contents.once('reloaded', resolve));
    contents.reload();
    await reloaded;
    assert.equal(contents.reloads, 1);
    contents.pageHasUnsaved = false;
    await shell.quit();
  });
});
