/** Whether the keyboard's command key is ⌘ (macOS) rather than Ctrl. */
export function isMac(): boolean {
  return /mac/i.test(navigator.platform || navigator.userAgent);
}

/** How the modifier of shortcuts is written: for aria-keyshortcuts and on screen. */
export function modKeyLabel(): { aria: 'Meta' | 'Control'; short: string } {
  return isMac() ? { aria: 'Meta', short: '⌘' } : { aria: 'Control', short: 'Ctrl+' };
}
