/** Said when a running Fynd has the project open: what was read is one consistent moment of it. */
export function openNote(seq: number): string {
  return `Note: the project is open in Fynd; this is how it stood at its last saved edit (no. ${seq}).\n`;
}
