import { once } from 'node:events';
import { resolve } from 'node:path';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  type ISectionOptions,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { findingEvidence } from '../../../shared/analysis/evidence';
import { computeMatrix, cellKey } from '../../../shared/analysis/matrix';
import { pseudonymiser } from '../../../shared/analysis/pseudonymise';
import { formatDate, localDate } from '../../../shared/i18n/format';
import { pageLabel } from '../../../shared/i18n/page-labels';
import type { Coding, Finding } from '../../../shared/model/entities';
import type { Language } from '../../../shared/model/primitives';
import type { ProjectData } from '../../../shared/model/project-data';
import { pageSpan } from '../../../shared/model/source-pages';
import { xmlSafeText } from '../../../shared/well-formed-text';
import {
  findingNumbers,
  reportScope,
  representativeQuotes,
  scopeProjectData,
  themeTree,
  withAtomicOutput,
} from './word-domain';
import { wordLabels, type WordLabels } from './word-labels';
import { TABLE_STYLE, withTableStyle, wordStyles } from './word-styles';

export interface WordReportOptions {
  /** Where the .docx goes; it appears there only once complete. */
  path: string;
  language: Language;
  /** Replace the project's listed real names in every text (default true). */
  pseudonymise?: boolean;
  /** Restrict to these cases (empty or missing: all). */
  caseIds?: readonly string[];
  /** The report's date (default: today). */
  now?: Date;
}

/** Quotes shown under each finding: its best, from as many cases as there are. */
const QUOTES_PER_FINDING = 3;
/** A4 in twentieths of a point, 2.5 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 1418 };
/** The matrix's theme column, 5.6 cm; the counts share the rest of a landscape page. */
const MATRIX_THEME_WIDTH = 3200;

interface Context {
  data: ProjectData;
  full: ProjectData;
  labels: WordLabels;
  language: Language;
  clean: (text: string) => string;
  findingNumber: Map<string, number>;
}

/**
 * Writes a draft evaluation report as a Word document: title page, a table of contents field
 * (Word fills it when the file opens), method, a chapter per evaluation question with its
 * findings and their best quotes, the recommendations with the management response table, and
 * the theme × case matrix and codebook as appendices. Written atomically (temp file, rename).
 */
export async function writeWordReport(
  data: ProjectData,
  options: WordReportOptions,
): Promise<{ path: string }> {
  const labels = wordLabels[options.language];
  const pseudonyms =
    (options.pseudonymise ?? true) ? pseudonymiser(data.pseudonyms) : (t: string) => t;
  const scoped = scopeProjectData(data, reportScope(data, options.caseIds, []));
  const context: Context = {
    data: scoped,
    full: data,
    labels,
    language: options.language,
    clean: (text) => xmlSafeText(pseudonyms(text)),
    findingNumber: findingNumbers(data.findings),
  };
  const document = new Document({
    creator: context.clean(data.project.evaluator || 'Fynd'),
    title: context.clean(`${labels.reportTitle} – ${data.project.name}`),
    styles: wordStyles(labels.locale),
    features: { updateFields: true },
    sections: [
      section(labels, [
        ...titlePage(context, options.now ?? new Date()),
        new Paragraph({ style: 'TOCHeading', text: labels.contents }),
        new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-1' }),
        pageBreak(),
        ...methodChapter(context),
        ...questionChapters(context),
        ...recommendationsChapter(context),
      ]),
      // The matrix has a column per case: it gets the width of a landscape page.
      section(labels, matrixAppendix(context), PageOrientation.LANDSCAPE),
      section(labels, codebookAppendix(context)),
    ],
  });
  const bytes = await withTableStyle(await Packer.toBuffer(document));
  const path = resolve(options.path);
  await withAtomicOutput(path, async ({ stream }) => {
    stream.end(bytes);
    await once(stream, 'finish');
  });
  return { path };
}

/** A section of A4 pages, numbered in the footer. */
function section(
  labels: WordLabels,
  children: (Paragraph | Table | TableOfContents)[],
  orientation: (typeof PageOrientation)[keyof typeof PageOrientation] = PageOrientation.PORTRAIT,
): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation },
        margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
      },
    },
    footers: { default: pageFooter(labels) },
    children,
  };
}

function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const styles = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  };
  return new Paragraph({ text, heading: styles[level] });
}

function text(value: string): Paragraph {
  return new Paragraph({ text: value });
}

function pageFooter(labels: WordLabels): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${labels.page} `, PageNumber.CURRENT] })],
      }),
    ],
  });
}

function titlePage({ data, labels, clean, language }: Context, now: Date): Paragraph[] {
  return [
    new Paragraph({ text: clean(data.project.name), heading: HeadingLevel.TITLE }),
    text(labels.reportTitle),
    ...(data.project.description ? [text(clean(data.project.description))] : []),
    ...(data.project.evaluator
      ? [text(`${labels.evaluators}: ${clean(data.project.evaluator)}`)]
      : []),
    text(`${labels.date}: ${formatDate(localDate(now), language)}`),
    new Paragraph({ style: 'Caption', text: labels.draft }),
    pageBreak(),
  ];
}

/** A cell's text, and how far it is indented (a sub-theme under its theme). */
type Cell = string | { text: string; depth: number };

/**
 * A table in the report's one table style, its first row the header (repeated on each page);
 * `widths` in twentieths of a point, when the columns should not share the width evenly.
 */
function table(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  widths?: number[],
): Table {
  const cell = (value: Cell) => {
    const { text: content, depth } = typeof value === 'string' ? { text: value, depth: 0 } : value;
    return new TableCell({
      children: [new Paragraph({ text: content, indent: { left: depth * 220 } })],
    });
  };
  const row = (cells: readonly Cell[], isHeader: boolean) =>
    new TableRow({ tableHeader: isHeader, cantSplit: true, children: cells.map(cell) });
  return new Table({
    style: TABLE_STYLE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths } : {}),
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

/** Values counted, most frequent first, then by name. */
function counted(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function methodChapter({ data, labels, clean, language }: Context): (Paragraph | Table)[] {
  const dates = data.sources.flatMap((s) => (s.date ? [s.date] : [])).sort();
  const byKind = counted(data.sources.map((s) => labels.sourceKind[s.kind]));
  const byRole = counted(data.respondents.map((r) => clean(r.role) || labels.noRole));
  const sourcesPerCase = counted(
    data.sources.flatMap((s) => {
      const name = data.cases.find((c) => c.id === s.caseId)?.name;
      return name ? [clean(name)] : [];
    }),
  );
  const first = dates[0];
  const last = dates.at(-1);
  return [
    heading(labels.method, 1),
    text(
      labels.methodIntro({
        sources: data.sources.length,
        cases: data.cases.length,
        respondents: data.respondents.length,
      }),
    ),
    ...(first && last
      ? [text(labels.period(formatDate(first, language), formatDate(last, language)))]
      : []),
    heading(labels.sourcesByKind, 2),
    table(
      [labels.sourcesByKind, labels.countHeader],
      byKind.map(([k, n]) => [k, String(n)]),
    ),
    heading(labels.casesHeading, 2),
    table(
      [labels.casesHeading, labels.countHeader],
      sourcesPerCase.map(([k, n]) => [k, String(n)]),
    ),
    heading(labels.respondentsByRole, 2),
    table(
      [labels.respondentsByRole, labels.countHeader],
      byRole.map(([k, n]) => [k, String(n)]),
    ),
  ];
}

function questionChapters(context: Context): Paragraph[] {
  const { data, labels, clean } = context;
  const questions = [...data.questions].sort((a, b) => a.order - b.order);
  const findingById = new Map(data.findings.map((f) => [f.id, f]));
  const answered = new Set<string>();
  const chapters = questions.flatMap((question, index) => {
    const findings = question.findingIds
      .map((id) => findingById.get(id))
      .filter((f): f is Finding => f !== undefined);
    for (const f of findings) answered.add(f.id);
    return [
      heading(`${labels.question(index + 1)}: ${clean(question.text)}`, 1),
      ...(findings.length === 0 ? [text(labels.noFindings)] : []),
      ...findings.flatMap((f) => findingSection(context, f)),
    ];
  });
  const others = [...data.findings]
    .sort((a, b) => a.order - b.order)
    .filter((f) => !answered.has(f.id));
  return others.length === 0
    ? chapters
    : [
        ...chapters,
        heading(labels.otherFindings, 1),
        ...others.flatMap((f) => findingSection(context, f)),
      ];
}

function findingSection(context: Context, finding: Finding): Paragraph[] {
  const { data, labels, clean, findingNumber } = context;
  const evidence = findingEvidence(data, finding);
  const caseNames = (ids: readonly string[]) =>
    ids.map((id) => clean(data.cases.find((c) => c.id === id)?.name ?? '')).join(', ') ||
    labels.none;
  return [
    heading(
      `${labels.finding(findingNumber.get(finding.id) ?? 0)}: ${clean(finding.statement)}`,
      2,
    ),
    text(`${labels.strength}: ${labels.evidenceStrength[evidence.strength]}.`),
    text(`${labels.supporting} (${evidence.cases.length}): ${caseNames(evidence.cases)}.`),
    text(
      `${labels.contradicting} (${evidence.contradictingCases.length}): ${caseNames(evidence.contradictingCases)}.`,
    ),
    ...representativeQuotes(data, finding, QUOTES_PER_FINDING).flatMap((q) =>
      quoteParagraphs(context, q),
    ),
  ];
}

/** A quote in the Quote style, then who said it, where, and on which page of a PDF. */
function quoteParagraphs(context: Context, coding: Coding): Paragraph[] {
  const { data, clean, language } = context;
  const source = data.sources.find((s) => s.id === coding.sourceId);
  const caseName = data.cases.find((c) => c.id === source?.caseId)?.name;
  const speakers = (source?.respondentIds ?? [])
    .map((id) => data.respondents.find((r) => r.id === id)?.pseudonym)
    .filter((p): p is string => Boolean(p));
  const page = pageLabel(pageSpan(source?.pages, coding.start, coding.end), language);
  const who = speakers.join(', ');
  // Pseudonyms often name the place already ("Projektledare A, Härnösand").
  const where = caseName && !who.includes(caseName) ? caseName : '';
  const from = [who, where, who ? '' : source?.title, page]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  return [
    new Paragraph({ style: 'Quote', text: `”${clean(coding.snippet.trim())}”` }),
    ...(from ? [new Paragraph({ style: 'Quote', text: `– ${clean(from)}` })] : []),
  ];
}

function recommendationsChapter(context: Context): (Paragraph | Table)[] {
  const { data, labels, clean, findingNumber, language } = context;
  const recommendations = [...data.recommendations].sort((a, b) => a.order - b.order);
  if (recommendations.length === 0) return [];
  return [
    heading(labels.recommendations, 1),
    ...recommendations.flatMap((rec, index) => {
      const cited = rec.findingIds
        .map((id) => findingNumber.get(id))
        .filter((n): n is number => n !== undefined)
        .map((n) => labels.finding(n));
      return [
        heading(`${labels.recommendation(index + 1)}: ${clean(rec.title)}`, 2),
        ...(rec.text ? [text(clean(rec.text))] : []),
        ...(rec.rationale ? [heading(labels.rationale, 3), text(clean(rec.rationale))] : []),
        ...(cited.length ? [text(`${labels.basedOn}: ${cited.join(', ')}.`)] : []),
      ];
    }),
    heading(labels.managementResponse, 2),
    table(
      labels.responseHeaders,
      recommendations.map((rec, index) => [
        `${index + 1}. ${clean(rec.title)}`,
        rec.response ? labels.decision[rec.response.decision] : labels.noResponse,
        clean(rec.response?.keyActions ?? ''),
        clean(rec.response?.responsibleUnit ?? ''),
        rec.response?.deadline ? formatDate(rec.response.deadline, language) : '',
      ]),
    ),
  ];
}

function matrixAppendix({ data, labels, clean }: Context): (Paragraph | Table)[] {
  const matrix = computeMatrix(data, { kind: 'cases' }, true);
  const rows = themeTree(data.themes).map(({ theme, depth }) => [
    { text: clean(theme.name), depth },
    ...matrix.columns.map((column) =>
      String(matrix.cells.get(cellKey(theme.id, column.id))?.codings ?? 0),
    ),
    String(matrix.rowTotals.get(theme.id)?.codings ?? 0),
  ]);
  return [
    heading(labels.appendixMatrix, 1),
    new Paragraph({ style: 'Caption', text: labels.matrixCaption }),
    table([labels.theme, ...matrix.columns.map((c) => clean(c.label)), labels.total], rows, [
      MATRIX_THEME_WIDTH,
      ...[...matrix.columns, null].map(() =>
        Math.floor((A4.height - 2 * A4.margin - MATRIX_THEME_WIDTH) / (matrix.columns.length + 1)),
      ),
    ]),
  ];
}

function codebookAppendix({ data, labels, clean }: Context): (Paragraph | Table)[] {
  return [
    heading(labels.appendixCodebook, 1),
    table(
      labels.codebookHeaders,
      themeTree(data.themes).map(({ theme, depth }) => [
        { text: clean(theme.name), depth },
        clean(theme.definition),
        clean(theme.example),
      ]),
    ),
  ];
}
