import type { IStylesOptions } from 'docx';
import JSZip from 'jszip';

/** The table style every table of the report uses: restyle it once in Word, all tables follow. */
export const TABLE_STYLE = 'FyndTable';

const FONT = 'Calibri';
const INK = '1F2937';

const tableStyleXml = `<w:style w:type="table" w:styleId="${TABLE_STYLE}">
  <w:name w:val="Fynd Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
  <w:rPr><w:sz w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="9CA3AF"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="D1D5DB"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="D1D5DB"/>
    </w:tblBorders>
    <w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E5E7EB"/></w:tcPr>
  </w:tblStylePr>
</w:style>`;

/**
 * The report's styles, all of them Word's own names (Title, Heading 1–3, Quote, Caption, TOC Heading) plus
 * one table style, so the team can restyle the report in one place; the text's language is set
 * in the document defaults, so Word and LibreOffice check spelling in it.
 */
export function wordStyles(locale: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, color: INK, language: { value: locale } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: FONT, size: 52, bold: true, color: INK } },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: INK },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: INK },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: INK },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
      },
      caption: { run: { font: FONT, size: 18, italics: true, color: '4B5563' } },
    },
    paragraphStyles: [
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONT, size: 32, bold: true, color: INK },
        paragraph: { spacing: { before: 240, after: 120 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '374151' },
        paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 80, after: 40 } },
      },
    ],
  };
}

/**
 * Adds the table style to a packed document's styles. The docx library writes paragraph styles
 * only (its `importedStyles` would replace all the others), so the one table style goes in here.
 */
export async function withTableStyle(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file('word/styles.xml')?.async('string');
  if (!styles?.includes('</w:styles>')) throw new Error('The document has no styles part.');
  zip.file('word/styles.xml', styles.replace('</w:styles>', `${tableStyleXml}</w:styles>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
