/** Whether a name given on the command line names this entity: case aside, accents count. */
export function sameName(name: string, given: string): boolean {
  return name.localeCompare(given, 'sv', { sensitivity: 'accent' }) === 0;
}
