import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import { menuCommands, type MenuCommand } from '../../../shared/bridge';
import { menuTemplate } from '../../../main/electron/menu';
import { shellLabels } from '../../../main/electron/menu-labels';
import { commandOfView } from '../../../renderer/src/app/view-commands';
import { views } from '../../../renderer/src/state/ui-store';

const platforms = ['darwin', 'win32', 'linux'] as const;
type Platform = (typeof platforms)[number];

/** Every item of a template, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

/** Clicks an item as Electron would (the arguments are not used by our items). */
function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

function build(platform: Platform, packaged = true, language: 'sv' | 'en' = 'en') {
  const sent: MenuCommand[] = [];
  const template = menuTemplate(platform, shellLabels[language], (c) => sent.push(c), {
    packaged,
    appName: 'Fynd',
  });
  return { template, items: flatten(template), sent };
}

/** Electron's own accelerators for the roles we use (lib/browser/api/menu-item-roles.ts). */
function roleAccelerator(role: string, platform: Platform): string | undefined {
  const mac = platform === 'darwin';
  const table: Record<string, string | undefined> = {
    cut: 'CommandOrControl+X',
    copy: 'CommandOrControl+C',
    paste: 'CommandOrControl+V',
    selectAll: 'CommandOrControl+A',
    resetZoom: 'CommandOrControl+0',
    zoomIn: 'CommandOrControl+Plus',
    zoomOut: 'CommandOrControl+-',
    reload: 'CmdOrCtrl+R',
    toggleDevTools: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
    togglefullscreen: mac ? 'Control+Command+F' : 'F11',
    quit: platform === 'win32' ? undefined : 'CommandOrControl+Q',
    hide: 'Command+H',
    hideOthers: 'Command+Alt+H',
  };
  return table[role];
}

/** One spelling per key combination, as the platform sees it. */
function normalise(accelerator: string, platform: Platform): string {
  const parts = accelerator.split('+').map((part) => {
    const p = part.toLowerCase();
    if (p === 'cmdorctrl' || p === 'commandorcontrol')
      return platform === 'darwin' ? 'cmd' : 'ctrl';
    if (p === 'command' || p === 'cmd') return 'cmd';
    if (p === 'control' || p === 'ctrl') return 'ctrl';
    if (p === 'option') return 'alt';
    return p;
  });
  const key = parts.pop() ?? '';
  return [...parts.sort(), key].join('+');
}

function accelerators(items: MenuItemConstructorOptions[], platform: Platform): string[] {
  return items
    .map(
      (item) => item.accelerator ?? (item.role ? roleAccelerator(item.role, platform) : undefined),
    )
    .filter((a): a is string => typeof a === 'string')
    .map((a) => normalise(a, platform));
}

for (const platform of platforms) {
  test(`${platform}: every menu command is reachable and sends exactly itself`, () => {
    const { items, sent } = build(platform);
    for (const command of menuCommands) {
      const item = items.find((i) => i.id === command);
      assert.ok(item, `${command} has a menu item`);
      assert.ok(item.visible !== false, `${command} is visible`);
      sent.length = 0;
      click(item);
      assert.deepEqual(sent, [command]);
    }
  });

  test(`${platform}: accelerators are present where promised and never collide`, () => {
    const { items } = build(platform, false);
    const byId = (id: string) => items.find((i) => i.id === id)?.accelerator;
    assert.equal(byId('newProject'), 'CmdOrCtrl+N');
    assert.equal(byId('openProject'), 'CmdOrCtrl+O');
    assert.equal(byId('print'), 'CmdOrCtrl+P');
    assert.equal(byId('undo'), 'CmdOrCtrl+Z');
    assert.equal(byId('redo'), 'Shift+CmdOrCtrl+Z');
    assert.equal(byId('find'), 'CmdOrCtrl+F');
    // The same keys as the renderer's navigation (its order, 1…8), Quotes and Search included.
    views.forEach((view, index) =>
      assert.equal(byId(commandOfView[view]), `CmdOrCtrl+${index + 1}`, view),
    );
    const all = accelerators(items, platform);
    const duplicates = all.filter((a, i) => all.indexOf(a) !== i);
    assert.deepEqual(duplicates, [], `duplicate accelerators on ${platform}`);
  });

  test(`${platform}: undo and redo go to the renderer, text editing uses native roles`, () => {
    const { items } = build(platform);
    const roles = items.map((i) => i.role).filter(Boolean);
    assert.ok(!roles.includes('undo') && !roles.includes('redo'), 'no native undo/redo roles');
    for (const role of ['cut', 'copy', 'paste', 'selectAll'] as const) {
      assert.ok(roles.includes(role), `${role} role present`);
    }
    assert.ok(roles.includes('about'), 'About is reachable');
    assert.equal(roles.filter((r) => r === 'quit').length, 1, 'exactly one Quit');
  });

  test(`${platform}: Reload and DevTools only in development builds`, () => {
    const packagedRoles = build(platform, true).items.map((i) => i.role);
    assert.ok(!packagedRoles.includes('reload') && !packagedRoles.includes('toggleDevTools'));
    const devRoles = build(platform, false).items.map((i) => i.role);
    assert.ok(devRoles.includes('reload') && devRoles.includes('toggleDevTools'));
  });

  test(`${platform}: every item and menu has a label from the table, in Swedish too`, () => {
    const swedish = new Set<string>(Object.values(shellLabels.sv));
    const { items } = build(platform, false, 'sv');
    for (const item of items) {
      if (item.type === 'separator' || item.label === 'Fynd') continue;
      assert.ok(
        item.label && swedish.has(item.label),
        `label ${String(item.label)} (${item.id ?? item.role})`,
      );
    }
  });
}

test('macOS: an application menu first, Quit there, a Window menu; no Ctrl+Y twin', () => {
  const { template, items } = build('darwin');
  assert.equal(template[0]?.label, 'Fynd');
  const appMenu = flatten((template[0]?.submenu as MenuItemConstructorOptions[]) ?? []);
  assert.ok(appMenu.some((i) => i.role === 'quit'));
  assert.ok(appMenu.some((i) => i.role === 'about'));
  assert.ok(appMenu.some((i) => i.role === 'hide'));
  assert.ok(template.some((m) => m.role === 'windowMenu'));
  assert.ok(!items.some((i) => i.id === 'redoAlt'));
  assert.equal(template.length, 6);
});

for (const platform of ['win32', 'linux'] as const) {
  test(`${platform}: File holds Quit, Ctrl+Y redoes through a hidden twin, no app menu`, () => {
    const { template, items, sent } = build(platform);
    assert.equal(template[0]?.label, shellLabels.en.file);
    const file = flatten((template[0]?.submenu as MenuItemConstructorOptions[]) ?? []);
    assert.ok(file.some((i) => i.role === 'quit'));
    assert.ok(!template.some((m) => m.role === 'windowMenu'));
    const twin = items.find((i) => i.id === 'redoAlt');
    assert.ok(twin);
    assert.equal(twin.accelerator, 'Ctrl+Y');
    assert.equal(twin.visible, false);
    click(twin);
    assert.deepEqual(sent, ['redo']);
    assert.equal(template.length, 4);
  });
}

for (const platform of platforms) {
  test(`${platform}: File offers "Start the demo over…" right after opening the demo, in both languages`, () => {
    for (const language of ['sv', 'en'] as const) {
      const { template, sent } = build(platform, true, language);
      const file = template.find((m) => m.label === shellLabels[language].file);
      const ids = ((file?.submenu as MenuItemConstructorOptions[]) ?? []).map((i) => i.id);
      assert.equal(ids.indexOf('startDemoOver'), ids.indexOf('openDemo') + 1);
      const item = flatten(template).find((i) => i.id === 'startDemoOver');
      assert.equal(item?.label, language === 'sv' ? 'Börja om med demot…' : 'Start the demo over…');
      // It only asks: the renderer shows the confirm dialog before anything is written.
      assert.equal(item?.accelerator, undefined);
      if (item) click(item);
      assert.deepEqual(sent, ['startDemoOver']);
    }
  });
}

for (const platform of platforms) {
  test(`${platform}: File offers "Open a project from another tool…", which asks the renderer for its dialog`, () => {
    for (const language of ['sv', 'en'] as const) {
      const { template, sent } = build(platform, true, language);
      const item = flatten(template).find((i) => i.id === 'importProject');
      assert.equal(
        item?.label,
        language === 'sv'
          ? 'Öppna ett projekt från ett annat program…'
          : 'Open a project from another tool…',
      );
      if (item) click(item);
      assert.deepEqual(sent, ['importProject']);
    }
  });
}

for (const platform of platforms) {
  test(`${platform}: File offers "Merge another copy…", which asks the renderer for its dialog`, () => {
    for (const language of ['sv', 'en'] as const) {
      const { template, sent } = build(platform, true, language);
      const item = flatten(template).find((i) => i.id === 'mergeCopy');
      assert.equal(
        item?.label,
        language === 'sv' ? 'Slå ihop med en annan kopia…' : 'Merge another copy…',
      );
      if (item) click(item);
      assert.deepEqual(sent, ['mergeCopy']);
    }
  });
}
