import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shellLabels, shellLabelsFor, shellLanguageFor } from '../../../main/electron/menu-labels';

test('both languages carry every label, none empty or padded', () => {
  const svKeys = Object.keys(shellLabels.sv).sort();
  const enKeys = Object.keys(shellLabels.en).sort();
  assert.deepEqual(svKeys, enKeys);
  for (const language of ['sv', 'en'] as const) {
    for (const [key, value] of Object.entries(shellLabels[language])) {
      assert.equal(typeof value, 'string', `${language}.${key}`);
      assert.ok(value.length > 0 && value.trim() === value, `${language}.${key} is "${value}"`);
      assert.ok(!value.includes('&'), `${language}.${key}: & would become a mnemonic on Windows`);
    }
  }
});

test('Swedish is really translated: menu words differ from English', () => {
  for (const key of ['file', 'edit', 'view', 'help', 'undo', 'redo', 'quit', 'print'] as const) {
    assert.notEqual(shellLabels.sv[key], shellLabels.en[key], key);
  }
  // Language names are written in their own language in both menus.
  assert.equal(shellLabels.sv.swedish, 'Svenska');
  assert.equal(shellLabels.en.swedish, 'Svenska');
  assert.equal(shellLabels.sv.english, 'English');
});

test('the language follows the OS locale: sv* is Swedish, anything else English', () => {
  for (const locale of ['sv', 'sv-SE', 'sv-FI', 'SV-se', ' sv_SE'])
    assert.equal(shellLanguageFor(locale), 'sv', locale);
  for (const locale of ['en-US', 'en-GB', 'fi-FI', 'nb-NO', 'de', '', 'xx'])
    assert.equal(shellLanguageFor(locale), 'en', locale);
  assert.equal(shellLabelsFor('sv-SE').file, 'Arkiv');
  assert.equal(shellLabelsFor('en-US').file, 'File');
});
