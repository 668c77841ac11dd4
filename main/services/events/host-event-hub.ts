import { HostEventSchema, type HostEvent } from '../../../shared/host-events';

/** Where a service sends its events (the hub, or a recorder in tests). */
export interface HostEventSink {
  emit(event: HostEvent): void;
}

export type HostEventListener = (event: HostEvent) => void;

/** Where a host hears events from (the hub); subscribing returns the unsubscribe function. */
export interface HostEventSource {
  subscribe(listener: HostEventListener): () => void;
}

/**
 * Main's events for the renderer, one hub per session. Plain TypeScript: the Electron shell
 * forwards them to its window over IPC, the devhost to each open event stream, tests listen
 * directly.
 */
export class HostEventHub implements HostEventSink, HostEventSource {
  private readonly listeners = new Set<HostEventListener>();

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: HostEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /**
   * Sends an event to every listener. An event off the schema is a bug in main and throws here,
   * before anything crosses; a listener that throws (a window being torn down) is logged and
   * does not stop the others or the task that emitted.
   */
  emit(event: HostEvent): void {
    const checked = HostEventSchema.parse(event);
    for (const listener of [...this.listeners]) {
      try {
        listener(checked);
      } catch (error) {
        console.error('Fynd: a host event listener failed:', error);
      }
    }
  }
}
