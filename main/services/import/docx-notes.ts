import JSZip from 'jszip';

/**
 * The footnotes and endnotes of a Word document as lines "[n] text", in their order: the Word
 * reader keeps only the body, and a note is often where an interviewee's aside was put.
 */
export async function docxNotes(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const lines: string[] = [];
  for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const xml = await zip.file(part)?.async('string');
    if (!xml) continue;
    for (const note of xml.matchAll(
      /<w:(?:footnote|endnote)\b([^>]*)>([\s\S]*?)<\/w:(?:footnote|endnote)>/g,
    )) {
      const attributes = note[1] ?? '';
      // Word's separator lines are notes too, of their own types.
      if (/w:type="/.test(attributes)) continue;
      const text = paragraphsOf(note[2] ?? '')
        .join(' ')
        .trim();
      if (text) lines.push(`[${lines.length + 1}] ${text}`);
    }
  }
  return lines;
}

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((p) =>
    [...(p[1] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => (m[1] === undefined ? '\t' : decodeEntities(m[1])))
      .join(''),
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name.toLowerCase()] ?? '';
  });
}
