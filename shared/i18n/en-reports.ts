import type { svReports } from './sv-reports';
import type { Shape } from './sv';

/**
 * English messages of the Reports view: Excel report, recommendation sheets and the pseudonym
 * list.
 */
export const enReports: Shape<typeof svReports> = {
  reportsView: {
    intro:
      'Reports and print-outs to hand to the commissioner. Real names in the pseudonym list are replaced in everything that leaves Fynd.',
    excelHeading: 'Excel report',
    excelIntro:
      'A workbook with summary, codebook, cases and indicators, theme × case matrix, quotes, findings, recommendations with follow-up and the evaluation matrix.',
    excelFileName: 'evaluation report',
    parts: 'Sheets in the report',
    part_summary: 'Summary',
    part_codebook: 'Codebook',
    part_cases: 'Cases and indicators',
    part_matrix: 'Theme × case matrix',
    part_quotes: 'Quotes',
    part_agreement: 'Agreement between coders',
    part_findings: 'Findings',
    part_recommendations: 'Recommendations and follow-up',
    part_evaluationMatrix: 'Evaluation matrix',
    noParts: 'Choose at least one sheet.',
    scope_cases: 'Cases',
    scope_themes: 'Themes',
    scopeAll_cases: 'all cases',
    scopeAll_themes: 'all themes',
    scopeSome_cases_one: '{{count}} case chosen',
    scopeSome_cases_other: '{{count}} cases chosen',
    scopeSome_themes_one: '{{count}} theme chosen (with sub-themes)',
    scopeSome_themes_other: '{{count}} themes chosen (with sub-themes)',
    scopeClear: 'Include all',
    language: 'Language',
    projectLanguage: 'The project’s language ({{language}})',
    pseudonymise: 'Pseudonymise names',
    pseudonymiseOn:
      'Real names in the pseudonym list are replaced by pseudonyms in every quote and text.',
    pseudonymiseOff:
      'Off: real names may show in the quotes. For your own use only, never for what is handed out.',
    saveExcel: 'Save Excel report…',
    excelBusy: 'Making the report…',
    progressStarting: 'Preparing the sheets…',
    progressRows: 'Writing row {{done}} of {{total}} ({{percent}})',
    excelDone: 'The report was saved:',
    rows_one: '{{figure}} row',
    rows_other: '{{figure}} rows',
    failure_locked:
      'The report could not be saved: the file {{path}} is open in another program (Excel, for example). Close it there and try again. Nothing was lost – the old file is untouched.',
    failure_diskFull:
      'The report could not be saved in {{path}}: the disk is full. Free some space or choose another place and try again. Nothing was lost.',
    failure_permission:
      'The report could not be saved in {{path}}: you may not write there. Choose another folder and try again. Nothing was lost.',
    failure_noFolder:
      'The report could not be saved: the folder of {{path}} does not exist. Check the path and try again. Nothing was lost.',
    failure_other:
      'The report could not be saved in {{path}}. Check that the folder exists and can be written to, and try again. Nothing was lost.',
  },
  print: {
    heading: 'Recommendation sheets',
    intro:
      'One A4 sheet per recommendation with its findings, chosen quotes and a block for the management response – empty as a form, or filled in where the response is recorded.',
    which: 'Recommendations to print',
    chosen: '{{count}} of {{total}} chosen',
    chooseAll: 'Choose all',
    chooseNone: 'Choose none',
    preview: 'Preview',
    print: 'Print…',
    savePdf: 'Save as PDF…',
    pdfFileName: 'recommendation sheets',
    previewHeading: 'Preview',
    previewTitle: 'Preview of the recommendation sheets',
    closePreview: 'Close the preview',
    previewShown_one: 'The preview shows {{count}} sheet.',
    previewShown_other: 'The preview shows {{count}} sheets.',
    busy_print: 'Preparing the print…',
    busy_pdf: 'Saving the PDF…',
    printed: 'The sheets were sent to print.',
    printDialogShown: 'The browser’s print dialog opened for the sheets.',
    pdfSaved: 'The PDF was saved: {{path}}',
    pdfUnsupported:
      'The browser cannot save a PDF directly. Choose Print… and then “Save as PDF” as the printer in the print dialog.',
  },
  pseudonymList: {
    heading: 'Pseudonyms',
    intro:
      'Personal names that occur in the material and what replaces them in reports and recommendation sheets. Inside Fynd the texts show as they are.',
    defaultOn: 'Pseudonymisation is on by default in every output.',
    empty: 'No names in the list yet.',
    caption: 'Real names and their pseudonyms',
    real: 'Real name',
    pseudonym: 'Pseudonym',
    actions: 'Actions',
    add: 'Add',
    addLabel: 'Add a pseudonym',
    edit: 'Change the pseudonym of {{name}}',
    remove: 'Remove {{name}} from the list',
    duplicate: 'The name is already in the list.',
  },
};
