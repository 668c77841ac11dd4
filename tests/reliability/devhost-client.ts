import { DEVHOST_API_PATH, DEVHOST_TOKEN_HEADER } from '../../shared/bridge';
import type { Envelope } from '../../shared/contract';

/** Calls the devhost's API as the renderer does (token header, JSON body). */
export async function callDevhost(url: string, name: string, payload: unknown): Promise<Envelope> {
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
  const response = await fetch(new URL(DEVHOST_API_PATH, parsed.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [DEVHOST_TOKEN_HEADER]: token },
    body: JSON.stringify({ name, payload }),
  });
  return (await response.json()) as Envelope;
}
