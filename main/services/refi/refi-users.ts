import type { User } from '../../../shared/model/entities';
import type { RefiUser } from './refi-model';
import { cleanName, type IdKeeper } from './refi-values';

/**
 * REFI Users as the project's users: each keeps its name and its GUID (written back on export).
 * A coding by a GUID the project does not list, or by no one, gets a user made for it.
 */
export class RefiUsers {
  private readonly byGuid = new Map<string, User>();

  constructor(
    users: readonly RefiUser[],
    private readonly ids: IdKeeper,
    private readonly unnamed: string,
  ) {
    for (const user of users) {
      if (!this.byGuid.has(user.guid)) this.byGuid.set(user.guid, this.made(user.guid, user.name));
    }
  }

  /**
   * A user for a GUID: the GUID is the id where it can be (so Fynd → .qdpx → Fynd keeps the
   * user), and is kept beside it where the id differs (another case, or not a UUID at all).
   */
  private made(guid: string, name: string): User {
    const id = this.ids.keep(guid);
    const user: User = { id, name: cleanName(name, guid || this.unnamed) };
    if (guid !== '' && guid !== id) user.guid = guid.slice(0, 100);
    return user;
  }

  /** The user id of the coder a REFI GUID names ('' for none). */
  idOf(guid: string): string {
    let user = this.byGuid.get(guid);
    if (!user) {
      user = this.made(guid, guid);
      this.byGuid.set(guid, user);
    }
    return user.id;
  }

  /** Every user, those the project listed first. */
  list(): User[] {
    return [...this.byGuid.values()];
  }
}
