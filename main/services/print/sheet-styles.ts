/**
 * Print styles of the recommendation sheets: A4, one sheet per page, quotes never cut, calm
 * typography that survives a black-and-white printer. System fonts only (no network).
 */
export const SHEET_CSS = `
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @top-left { font: 8pt "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #555; }
  @bottom-right { font: 8pt "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #555; } }
* { box-sizing: border-box; }
html { font: 9.5pt/1.4 "DejaVu Serif", Georgia, "Times New Roman", serif; color: #1a1a1a; }
body { margin: 0; }
h1, h2, .kicker, .facts, .field-label, .choices, .cases, .hint, footer {
  font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
.sheet { break-after: page; }
.sheet:last-child { break-after: auto; }
.kicker { font-size: 8pt; letter-spacing: .04em; text-transform: uppercase; color: #555; margin: 0 0 4pt; }
h1 { font-size: 16pt; line-height: 1.2; margin: 0 0 8pt; }
h2 { font-size: 10.5pt; margin: 9pt 0 3pt; color: #222; break-after: avoid; }
.facts { display: flex; gap: 18pt; margin: 0 0 10pt; padding: 6pt 0; border-top: 1pt solid #999;
  border-bottom: 1pt solid #999; font-size: 9pt; }
.facts div { display: flex; gap: 5pt; }
.facts dt { font-weight: bold; }
.facts dd { margin: 0; }
p { margin: 0 0 6pt; }
.text { font-size: 10.5pt; }
/* What the user typed keeps its line breaks (key actions as a list, a rationale in paragraphs). */
.typed, .follow-up-note { white-space: pre-wrap; overflow-wrap: anywhere; }
.finding { margin: 0 0 8pt; }
.statement { font-weight: bold; break-after: avoid; }
.quote { margin: 2pt 0 4pt 12pt; padding: 2pt 0 2pt 9pt; border-left: 2pt solid #888;
  font-style: italic; break-inside: avoid; }
.quote p { margin: 0; }
.quote footer { font-style: normal; font-size: 8pt; color: #444; margin-top: 2pt; }
.cases { font-size: 9pt; margin-top: 8pt; }
.response { margin-top: 8pt; padding: 6pt 9pt; border: 1pt solid #666; break-inside: avoid; }
.response h2 { margin-top: 0; }
.hint { font-size: 8pt; font-weight: normal; color: #444; margin-left: 8pt; }
.field { margin: 3pt 0; }
.field-label { display: block; font-size: 8.5pt; font-weight: bold; }
.field-value { margin: 1pt 0 0; }
.lines { height: calc(var(--lines) * 15pt);
  background: repeating-linear-gradient(to bottom, transparent 0 14pt, #999 14pt 15pt); }
.row { display: flex; gap: 14pt; }
.row .field { flex: 1; }
.choices { display: flex; gap: 16pt; font-size: 9.5pt; margin-top: 2pt; }
.choice { display: inline-flex; align-items: center; gap: 5pt; }
.box { display: inline-flex; width: 10pt; height: 10pt; border: 1pt solid #333; align-items: center;
  justify-content: center; font-size: 8pt; }
.follow-up { font-size: 9pt; margin-top: 6pt; }
@media screen { body { background: #eee; } .sheet { background: #fff; max-width: 210mm;
  margin: 12px auto; padding: 18mm 17mm; box-shadow: 0 1px 4px rgba(0,0,0,.2); } }
`;
