import { DEVHOST_API_PATH, DEVHOST_TOKEN_HEADER } from '../../shared/bridge';
import type { Envelope } from '../../shared/contract';

/** Calls the devhost's API as a program does (token header, JSON body). */
export async function callDevhost(
  host: { origin: string; token: string },
  name: string,
  payload: unknown,
): Promise<Envelope> {
  const { origin, token } = host;
  const response = await fetch(new URL(DEVHOST_API_PATH, origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [DEVHOST_TOKEN_HEADER]: token },
    body: JSON.stringify({ name, payload }),
  });
  return (await response.json()) as Envelope;
}
