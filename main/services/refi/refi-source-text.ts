import { FyndError, toErrorData } from '../../../shared/errors';
import { translateError, type Lang } from '../../../shared/i18n';
import { extractDocxText } from '../import/docx-import';
import { decodeText } from '../import/text-decoding';
import type { ReportDetails } from './import-report';
import { readExternal, resolveRelative, type QdeContainer } from './qdpx-archive';
import type { RefiTextSource } from './refi-model';

/** A source's text as the other tool stored it, before Fynd's normalisation. */
export interface OriginalText {
  /** Decoded, without the byte order mark. */
  text: string;
  /** Whether the file began with a byte order mark (a convention may have counted it). */
  hasBom: boolean;
}

/**
 * Finds and decodes a text source: its PlainTextContent, else the plain text file
 * (internal://, relative://, absolute:// or a bare name), else the Word document where the plain
 * text is missing or empty. A source that cannot be read is reported, never half-imported.
 */
export async function loadSourceText(
  source: RefiTextSource,
  container: QdeContainer,
  basePath: string,
  details: ReportDetails,
  lang: Lang,
): Promise<OriginalText | null> {
  if (source.plainTextContent && source.plainTextContent.trim() !== '') {
    return { text: source.plainTextContent, hasBom: false };
  }
  const title = source.name || source.guid;
  const selections = source.selections.length;
  try {
    const plain = source.plainTextPath
      ? await readPath(source.plainTextPath, container, basePath)
      : null;
    if (plain && plain.bytes.length > 0) {
      const hasBom = startsWithBom(plain.bytes);
      const decoded = decodeOrNull(plain.bytes);
      if (decoded !== null) {
        if (plain.external) details.note('external', { source: title, path: plain.external });
        return { text: decoded, hasBom };
      }
    }
    const rich = source.richTextPath
      ? await readPath(source.richTextPath, container, basePath)
      : null;
    if (rich) {
      const text = await extractDocxText(rich.bytes);
      details.note('fromDocx', { source: title, path: source.richTextPath ?? '' });
      return { text, hasBom: false };
    }
  } catch (error) {
    details.missed(1 + selections, 'sourceUnreadable', {
      source: title,
      reason: translateError(toErrorData(error), lang),
    });
    return null;
  }
  details.missed(1 + selections, 'sourceMissing', {
    source: title,
    path: source.plainTextPath ?? source.richTextPath ?? '–',
    selections,
  });
  return null;
}

async function readPath(
  path: string,
  container: QdeContainer,
  basePath: string,
): Promise<{ bytes: Uint8Array; external: string | null } | null> {
  const match = /^([a-z]+):\/\/(.*)$/i.exec(path);
  const scheme = match?.[1]?.toLowerCase() ?? 'internal';
  const rest = match?.[2] ?? path;
  if (scheme === 'internal') {
    const bytes = await container.internal(rest);
    return bytes ? { bytes, external: null } : null;
  }
  if (scheme !== 'relative' && scheme !== 'absolute') return null;
  // Tools often pack an external file into the archive too; that copy is preferred.
  const name = rest.split(/[\\/]/).pop() ?? '';
  const packed = name ? await container.internal(name) : null;
  if (packed) return { bytes: packed, external: null };
  const file =
    scheme === 'absolute'
      ? rest.replace(/^\/([a-z]:)/i, '$1')
      : resolveRelative(basePath, container.folder, rest);
  const bytes = await readExternal(file);
  return bytes ? { bytes, external: file } : null;
}

function startsWithBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/** The decoded text, or null for a file with no text in it (NVivo for Mac writes "\n"). */
function decodeOrNull(bytes: Uint8Array): string | null {
  try {
    return decodeText(bytes).text;
  } catch (error) {
    if (error instanceof FyndError && error.code === 'emptyFile') return null;
    throw error;
  }
}
