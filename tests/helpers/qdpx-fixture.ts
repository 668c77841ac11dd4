import { writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** A selection to write into a synthetic project.qde, offsets as the tool counted them. */
export interface FixtureSelection {
  start: number;
  end: number;
  code?: string;
}

/** A minimal project.qde with one coder, codes and one text source at `sources/<guid>.txt`. */
export function fixtureQde(selections: readonly FixtureSelection[], extra = ''): string {
  const sel = selections
    .map(
      (s, i) =>
        `<PlainTextSelection guid="00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}" name="s${i}" startPosition="${s.start}" endPosition="${s.end}"><Coding guid="00000000-0000-4000-8000-0000000002${String(i).padStart(2, '0')}" creatingUser="00000000-0000-4000-8000-000000000001" creationDateTime="2024-03-01T10:00:00Z"><CodeRef targetGUID="${s.code ?? '00000000-0000-4000-8000-000000000010'}"/></Coding></PlainTextSelection>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<Project name="Syntetiskt" origin="Fixture 1.0" xmlns="urn:QDA-XML:project:1.0">
<Users><User guid="00000000-0000-4000-8000-000000000001" name="Åsa"/></Users>
<CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000010" name="Röst" isCodable="true" color="#AA3300"><Description>Vad de säger</Description></Code></Codes></CodeBook>
<Sources><TextSource guid="00000000-0000-4000-8000-000000000020" name="Intervju" plainTextPath="internal://00000000-0000-4000-8000-000000000020.txt">${sel}</TextSource></Sources>
${extra}</Project>`;
}

/** Writes a .qdpx holding `entries` (name → text or bytes) and returns its path. */
export async function writeQdpx(
  path: string,
  entries: Record<string, string | Uint8Array>,
): Promise<string> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return path;
}
