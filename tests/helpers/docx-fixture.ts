import { Document, Packer, Paragraph, TextRun } from 'docx';

/** A real .docx with one paragraph per line, built with the docx library (as Word would). */
export async function docxOf(lines: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
