import { translate, type Lang } from '../../../shared/i18n';

/** One line of the report: a message key under `refiImport.` and its values. */
export interface ReportLine {
  key: string;
  /** Values; `{ msg }` is itself a message key (a source kind, the units), translated too. */
  params: Record<string, string | number | { msg: string }>;
}

/**
 * What an import brought and what it could not: a line per kind imported, then the details
 * (offset conventions, everything not carried, each named), then a summary.
 */
export interface RefiImportReport {
  kinds: ReportLine[];
  details: ReportLine[];
  summary: ReportLine;
  /** Things that could not be carried, as counted for the summary. */
  notImported: number;
}

/** Collects detail lines during an import; `missed` counts things that could not come along. */
export class ReportDetails {
  readonly lines: ReportLine[] = [];
  notImported = 0;

  /** A line that informs (how something was read). */
  note(key: string, params: ReportLine['params'] = {}): void {
    this.lines.push({ key, params });
  }

  /** A line about `count` things that did not come along. */
  missed(count: number, key: string, params: ReportLine['params'] = {}): void {
    this.notImported += count;
    this.lines.push({ key, params });
  }
}

/** A report line in a language, its nested keys (a source kind, the units) translated first. */
export function reportLineText(line: ReportLine, lang: Lang): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(line.params)) {
    params[name] = typeof value === 'object' ? message(lang, value.msg) : value;
  }
  return message(lang, line.key, params);
}

/** The whole report as lines of text. */
export function reportText(report: RefiImportReport, lang: Lang): string[] {
  return [...report.kinds, ...report.details, report.summary].map((line) =>
    reportLineText(line, lang),
  );
}

function message(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate(lang, `refiImport.${key}`, params);
}

/** A list of names for a report line, cut short after `max`. */
export function nameList(names: readonly string[], max = 20): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} … (+${names.length - max})` : shown;
}
