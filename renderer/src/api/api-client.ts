import type { ConnectionChange, FyndBridge, MenuCommand } from '../../../shared/bridge';
import { EnvelopeSchema, type OpInput, type OpName, type OpOutput } from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import { HostEventSchema, type HostEvent } from '../../../shared/host-events';
import { createHttpBridge } from './http-bridge';

/** A failed call, carrying the error data the UI translates. */
export class ApiError extends Error {
  constructor(readonly data: FyndErrorData) {
    super(data.message);
    this.name = 'ApiError';
  }
}

/** The renderer's one typed way to talk to main. */
export interface ApiClient {
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Main's events that pass HostEventSchema; anything else is dropped. */
  onHostEvent(listener: (event: HostEvent) => void): () => void;
  /** When the host stops answering and answers again (never, in Electron). */
  onConnectionChange(listener: (change: ConnectionChange) => void): () => void;
}

/** Builds the typed client over a bridge (Electron's preload or the devhost's HTTP). */
export function createApiClient(bridge: FyndBridge): ApiClient {
  return {
    async call(name, input) {
      let raw: unknown;
      try {
        raw = await bridge.invoke(name, input);
      } catch (error) {
        // The host is gone (devhost stopped, IPC torn down): not an answer from the handlers.
        const detail = error instanceof Error ? error.message : String(error);
        throw new ApiError({ code: 'internal', message: detail, params: { detail } });
      }
      const envelope = EnvelopeSchema.safeParse(raw);
      if (!envelope.success) {
        const message = 'Malformed answer from the host.';
        throw new ApiError({ code: 'internal', message, params: { detail: message } });
      }
      if (!envelope.data.ok) throw new ApiError(envelope.data.error);
      return envelope.data.value as OpOutput<typeof name>;
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onHostEvent: (listener) =>
      bridge.onHostEvent((raw) => {
        const event = HostEventSchema.safeParse(raw);
        if (event.success) listener(event.data);
      }),
    onConnectionChange: (listener) => bridge.onConnectionChange?.(listener) ?? (() => undefined),
  };
}

let client: ApiClient | null = null;

/** The bridge of this window: Electron's `window.fynd`, else the devhost over HTTP. */
function defaultClient(): ApiClient {
  client ??= createApiClient(window.fynd ?? createHttpBridge());
  return client;
}

/** The app-wide client, created on first use. */
export const api: ApiClient = {
  call: (name, input) => defaultClient().call(name, input),
  onMenuCommand: (listener) => defaultClient().onMenuCommand(listener),
  onHostEvent: (listener) => defaultClient().onHostEvent(listener),
  onConnectionChange: (listener) => defaultClient().onConnectionChange(listener),
};

/** The error data of anything a call may throw. */
export function errorDataOf(error: unknown): FyndErrorData {
  if (error instanceof ApiError) return error.data;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, params: { detail: message } };
}
