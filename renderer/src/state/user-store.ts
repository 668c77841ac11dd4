import type { CurrentUser } from '../../../shared/contract';
import { api } from '../api/api-client';
import { observable, useObservable } from './observable';
import { setMyName } from './project-store';

/** Who uses this Fynd, as main keeps it in the app's settings. */
export interface UserState {
  /** False until main has answered (the start screen asks nothing before). */
  loaded: boolean;
  user: CurrentUser | null;
  /** The OS user's name, to prefill the first question. */
  suggested: string;
}

export const userStore = observable<UserState>({ loaded: false, user: null, suggested: '' });

/** Asks main who the current user is (once, at start). */
export async function loadUser(): Promise<void> {
  const answer = await api.call('user.current', {});
  userStore.set({ loaded: true, ...answer });
}

/** Sets my name; true when it was saved. */
export async function changeMyName(name: string): Promise<boolean> {
  const answer = await setMyName(name);
  if (!answer) return false;
  userStore.update((state) => ({ ...state, user: answer.user }));
  return true;
}

/** The current user in React. */
export function useUser(): UserState {
  return useObservable(userStore);
}
