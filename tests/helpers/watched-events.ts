import type {
  HostEventHub,
  HostEventListener,
  HostEventSource,
} from '../../main/services/events/host-event-hub';

/**
 * A hub as a host sees it, plus promises for the next time a subscriber comes or lets go:
 * tests await those instead of waiting for a socket to open or close.
 */
export function watchedEvents(hub: HostEventHub): HostEventSource & {
  source: HostEventHub;
  nextSubscribe(): Promise<void>;
  nextUnsubscribe(): Promise<void>;
} {
  const waiting = { subscribe: [] as (() => void)[], unsubscribe: [] as (() => void)[] };
  const wake = (kind: keyof typeof waiting) => {
    const resolvers = waiting[kind];
    waiting[kind] = [];
    resolvers.forEach((resolve) => resolve());
  };
  return {
    source: hub,
    subscribe(listener: HostEventListener) {
      const unsubscribe = hub.subscribe(listener);
      wake('subscribe');
      return () => {
        unsubscribe();
        wake('unsubscribe');
      };
    },
    nextSubscribe: () => new Promise<void>((resolve) => waiting.subscribe.push(resolve)),
    nextUnsubscribe: () => new Promise<void>((resolve) => waiting.unsubscribe.push(resolve)),
  };
}
