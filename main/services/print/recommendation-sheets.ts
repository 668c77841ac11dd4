import { pseudonymiser } from '../../../shared/analysis/pseudonymise';
import { pageLabel } from '../../../shared/i18n/page-labels';
import type { Coding, Finding, Recommendation } from '../../../shared/model/entities';
import { pageSpan } from '../../../shared/model/source-pages';
import type { Language } from '../../../shared/model/primitives';
import { byOrder, orderNumbers } from '../../../shared/model/numbering';
import type { ProjectData } from '../../../shared/model/project-data';
import { xmlSafeText } from '../../../shared/well-formed-text';
import { formatDate, localDate } from '../../../shared/i18n/format';
import { html, Html } from './html-escape';
import { sheetLabels, type SheetLabels } from './sheet-labels';
import { SHEET_CSS } from './sheet-styles';

export interface SheetOptions {
  language: Language;
  /** Recommendations to print, in their order; empty means all. */
  ids?: readonly string[];
  pseudonymise: boolean;
  now?: Date;
}

/** Quotes per sheet, shared among its findings (1–3 each), so a sheet fits one A4 page. */
const QUOTE_BUDGET = 4;
const MAX_QUOTES_PER_FINDING = 3;

/**
 * One self-contained HTML document (its CSS inside, no scripts, no external resources) with one
 * A4 sheet per recommendation: the recommendation, its findings with representative quotes, the
 * cases concerned and a management-response block (a form, or the recorded response).
 */
export function recommendationSheetsHtml(data: ProjectData, options: SheetOptions): string {
  const labels = sheetLabels[options.language];
  const clean = options.pseudonymise ? pseudonymiser(data.pseudonyms) : (text: string) => text;
  const wanted = options.ids && options.ids.length > 0 ? new Set(options.ids) : null;
  const recommendations = byOrder(data.recommendations).filter((r) => !wanted || wanted.has(r.id));
  const numbers = orderNumbers(data.recommendations);
  // Today on this machine's clock (UTC can be yesterday), written the sheet language's way.
  const date = formatDate(localDate(options.now ?? new Date()), options.language);
  const context = {
    data,
    language: options.language,
    labels,
    clean,
    date,
    total: data.recommendations.length,
  };
  const body = recommendations.map((r) => sheet(r, numbers.get(r.id) ?? 0, context));
  // Raw CSS (a <style> element decodes no entities): dynamic parts go through cssString.
  const pageCss = new Html(
    `@page { @top-left { content: "${cssString(clean(data.project.name))} · ${date}"; } ` +
      `@bottom-right { content: "${cssString(labels.page)} " counter(page) " ${cssString(labels.of)} " counter(pages); } }`,
  );
  return html`<!doctype html>
    <html lang="${options.language}">
      <head>
        <meta charset="utf-8" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'none'; style-src 'unsafe-inline'"
        />
        <title>${clean(data.project.name)} – ${labels.documentTitle}</title>
        <style>
          ${new Html(SHEET_CSS)}
        </style>
        <style>
          ${pageCss}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html> `.value;
}

interface SheetContext {
  data: ProjectData;
  language: Language;
  labels: SheetLabels;
  clean: (text: string) => string;
  date: string;
  /** The project's recommendations, printed or not: a sheet says "3 of 5" as the app numbers it. */
  total: number;
}

function sheet(rec: Recommendation, number: number, ctx: SheetContext): Html {
  const { data, labels, clean } = ctx;
  const findings = rec.findingIds
    .map((id) => data.findings.find((f) => f.id === id))
    .filter((f): f is Finding => f !== undefined);
  const caseNames = casesOf(data, findings);
  return html`<section class="sheet" aria-label="${labels.recommendation} ${number}">
    <header class="sheet-head">
      <p class="kicker">${labels.recommendation} ${number} ${labels.of} ${ctx.total}</p>
      <h1>${clean(rec.title)}</h1>
      <dl class="facts">
        <div>
          <dt>${labels.responsible}</dt>
          <dd>${clean(rec.actor) || '–'}</dd>
        </div>
        <div>
          <dt>${labels.priority}</dt>
          <dd>${labels.domain.priority[rec.priority]}</dd>
        </div>
        <div>
          <dt>${labels.timeframe}</dt>
          <dd>${clean(rec.timeframe) || '–'}</dd>
        </div>
      </dl>
    </header>
    <p class="text typed">${clean(rec.text)}</p>
    ${
      rec.rationale
        ? html`<h2>${labels.rationale}</h2>
            <p class="typed">${clean(rec.rationale)}</p>`
        : ''
    }
    ${
      findings.length > 0
        ? html`<h2>${labels.findings}</h2>
            ${findings.map((f) => findingBlock(f, quotesPerFinding(findings.length), ctx))}`
        : ''
    }
    <p class="cases">
      <strong>${labels.casesConcerned}:</strong>
      ${caseNames.length > 0 ? caseNames.join(', ') : labels.noCases}
    </p>
    ${responseBlock(rec, labels, clean, ctx.language)}
  </section> `;
}

/** How many quotes each of a sheet's findings gets. */
export function quotesPerFinding(findings: number): number {
  const share = Math.floor(QUOTE_BUDGET / Math.max(1, findings));
  return Math.max(1, Math.min(MAX_QUOTES_PER_FINDING, share));
}

function findingBlock(finding: Finding, quotes: number, ctx: SheetContext): Html {
  const { clean } = ctx;
  return html`<article class="finding">
    <p class="statement typed">${clean(finding.statement)}</p>
    ${representativeQuotes(ctx.data, finding, quotes).map((coding) => quoteBlock(coding, ctx))}
  </article>`;
}

function quoteBlock(coding: Coding, ctx: SheetContext): Html {
  const { data, clean } = ctx;
  const source = data.sources.find((s) => s.id === coding.sourceId);
  const caseName = data.cases.find((c) => c.id === source?.caseId)?.name;
  const role = source?.respondentIds
    .map((id) => data.respondents.find((r) => r.id === id)?.role)
    .find(Boolean);
  const page = pageLabel(pageSpan(source?.pages, coding.start, coding.end), ctx.language);
  const attribution = [caseName, role, page].filter(Boolean).join(', ');
  return html`<blockquote class="quote">
    <p>”${clean(coding.snippet.trim())}”</p>
    ${attribution ? html`<footer>${clean(attribution)}</footer>` : ''}
  </blockquote>`;
}

/** Up to `limit` quotes of a finding, from as many different cases as possible. */
export function representativeQuotes(data: ProjectData, finding: Finding, limit: number): Coding[] {
  const codings = finding.codingIds
    .map((id) => data.codings.find((c) => c.id === id))
    .filter((c): c is Coding => c !== undefined);
  const caseOf = (c: Coding) => data.sources.find((s) => s.id === c.sourceId)?.caseId ?? c.sourceId;
  const picked: Coding[] = [];
  const cases = new Set<string>();
  for (const coding of codings) {
    if (picked.length < limit && !cases.has(caseOf(coding))) {
      picked.push(coding);
      cases.add(caseOf(coding));
    }
  }
  for (const coding of codings) {
    if (picked.length < limit && !picked.includes(coding)) picked.push(coding);
  }
  return picked;
}

function casesOf(data: ProjectData, findings: readonly Finding[]): string[] {
  const ids = new Set<string>();
  for (const finding of findings) {
    for (const codingId of finding.codingIds) {
      const coding = data.codings.find((c) => c.id === codingId);
      const caseId = data.sources.find((s) => s.id === coding?.sourceId)?.caseId;
      if (caseId) ids.add(caseId);
    }
  }
  return data.cases.filter((c) => ids.has(c.id)).map((c) => c.name);
}

function responseBlock(
  rec: Recommendation,
  labels: SheetLabels,
  clean: (t: string) => string,
  language: Language,
): Html {
  const response = rec.response;
  const box = (checked: boolean, label: string) =>
    html`<span class="choice"
      ><span class="box" aria-hidden="true">${checked ? '✕' : ''}</span>${label}</span
    >`;
  const field = (label: string, value: string | null | undefined, lines: number) =>
    html`<div class="field">
      <span class="field-label">${label}</span>${
        value
          ? html`<p class="field-value typed">${clean(value)}</p>`
          : html`<div class="lines" style="--lines:${lines}"></div>`
      }
    </div>`;
  const latest = [...rec.followUps].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  return html`<section class="response">
    <h2>
      ${labels.responseHeading}
      ${response ? '' : html`<span class="hint">${labels.responseIntro}</span>`}
    </h2>
    <div class="field">
      <span class="field-label">${labels.decision}</span>
      <div class="choices">
        ${box(response?.decision === 'accepted', labels.domain.decision.accepted)}
        ${box(response?.decision === 'partiallyAccepted', labels.domain.decision.partiallyAccepted)}
        ${box(response?.decision === 'rejected', labels.domain.decision.rejected)}
      </div>
    </div>
    <div class="row">
      ${field(labels.reasons, response?.reasons, 3)}
      ${field(labels.keyActions, response?.keyActions, 3)}
    </div>
    <div class="row">
      ${field(labels.responsibleUnit, response?.responsibleUnit, 1)}
      ${field(labels.deadline, response?.deadline && formatDate(response.deadline, language), 1)}
    </div>
    ${latest ? html`<p class="follow-up"><strong>${labels.followUp}:</strong> ${labels.domain.followUpStatus[latest.status]} (${formatDate(latest.date, language)})${latest.note ? html` – <span class="follow-up-note">${clean(latest.note)}</span>` : ''}</p>` : ''}
  </section>`;
}

/** A value safe inside a CSS string literal. */
/**
 * Text for inside a double-quoted CSS string, escaped by CSS's own rule (a backslash, the code
 * point in hex, a space) for every character that could end the string, the declaration or the
 * <style> element: quotes, backslashes, every control (a form feed ends a CSS line) and < > &.
 */
export function cssString(text: string): string {
  return xmlSafeText(text).replace(
    /\p{Cc}|["'\\<>&]/gu,
    (c) => `\\${c.charCodeAt(0).toString(16)} `,
  );
}
