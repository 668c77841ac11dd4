import type { User } from './entities';

/**
 * The project's users as coders: each coding names its coder by id, and everything a person
 * reads (the transcript, quotes, Excel, agreement, the command line) shows the user's name.
 */

/** How names compare: NFC, trimmed, any case (two "Anna"s are one person). */
export function userNameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('sv');
}

/** Each user's name by id. */
export function userNames(users: readonly User[]): Map<string, string> {
  return new Map(users.map((u) => [u.id, u.name]));
}

/** The name shown for a coder id (the id itself, should the user be missing). */
export function coderName(users: readonly User[], id: string): string {
  return users.find((u) => u.id === id)?.name ?? id;
}

/** The user a name or an id given by a person means (an id first, then a name), or undefined. */
export function findUser(users: readonly User[], nameOrId: string): User | undefined {
  const byId = users.find((u) => u.id === nameOrId);
  if (byId) return byId;
  const key = userNameKey(nameOrId);
  return users.find((u) => userNameKey(u.name) === key);
}
