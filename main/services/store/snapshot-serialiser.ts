import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** JSON.stringify as it behaves: undefined for a function or a symbol, though typed string. */
const stringify: (value: unknown) => string | undefined = JSON.stringify;

/** How long one slice of serialisation may hold the event loop before it lets edits in. */
export const SLICE_MS = 4;
/** Parts are joined into chunks of about this many characters, each written on its own. */
const CHUNK_CHARS = 1 << 20;

/**
 * JSON text of a value, the same as JSON.stringify(value), built in time slices: between
 * slices the event loop runs, so an edit waiting on a large project's compaction is served
 * within about a slice, not after the whole snapshot. Returned as chunks to be written one
 * after another (one 30 MB string would be converted to bytes in one blocking go).
 *
 * The value must not change while this runs: the store hands it `ProjectState.data()`, arrays
 * that later edits leave alone, holding entities that are never changed in place.
 */
export async function serialiseInSlices(value: unknown, sliceMs = SLICE_MS): Promise<string[]> {
  const out = new ChunkedText();
  let sliceStart = performance.now();
  const maybeYield = async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
  // Objects down to this depth are walked key by key; deeper values (one entity, one history
  // entry) are small and stringified whole.
  const WALK_DEPTH = 3;
  const write = async (item: unknown, depth: number, inArray: boolean): Promise<void> => {
    if (depth < WALK_DEPTH && Array.isArray(item)) {
      out.push('[');
      for (let i = 0; i < item.length; i++) {
        if (i > 0) out.push(',');
        await write(item[i], depth + 1, true);
        if ((i & 63) === 63) await maybeYield();
      }
      out.push(']');
      return;
    }
    if (depth < WALK_DEPTH && isPlainObject(item)) {
      out.push('{');
      let first = true;
      for (const [key, field] of Object.entries(item)) {
        if (!isSerialisable(field)) continue; // JSON.stringify drops these keys
        out.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        await write(field, depth + 1, false);
      }
      out.push('}');
      await maybeYield();
      return;
    }
    // JSON.stringify writes null for what it cannot represent inside an array.
    out.push(stringify(item) ?? (inArray ? 'null' : ''));
  };
  await write(value, 0, false);
  return out.finish();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !('toJSON' in value && typeof value.toJSON === 'function')
  );
}

function isSerialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Small parts gathered into chunks of about CHUNK_CHARS. */
class ChunkedText {
  private readonly chunks: string[] = [];
  private parts: string[] = [];
  private length = 0;

  push(part: string): void {
    this.parts.push(part);
    this.length += part.length;
    if (this.length >= CHUNK_CHARS) this.flush();
  }

  finish(): string[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }
}
