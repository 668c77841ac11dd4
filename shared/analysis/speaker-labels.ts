/**
 * Which lines of a transcript start a speaker turn. A turn starts with a short label (one to
 * three words, each capitalised or a number: "I:", "R2:", "Intervjuare:", "Respondent 1:",
 * "Deltagare 2:", "Anna Berg:"), a colon and a space. A line shaped the same way whose label is
 * a known metadata word ("Datum:", "Plats:") or whose value is a date, a time or a number
 * ("Tid: 10:15") is metadata, not a turn. One rule for the transcript's drawing, the coding
 * units and anything else that needs to know who speaks.
 */

export type LineKind =
  | { kind: 'speaker'; /** The label with its colon, e.g. "Respondent 1:". */ label: string }
  | { kind: 'metadata' }
  | { kind: 'text' };

// A word of a label: capitalised ("Intervjuare", "R2", "Ann-Sofie", "A") or a number ("1").
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}.'’-]*|\p{N}{1,4})`;
const LABEL = new RegExp(String.raw`^\p{Lu}[\p{L}\p{M}\p{N}.'’-]*(?: ${WORD}){0,2}$`, 'u');
const MAX_LABEL = 32;
const MAX_VALUE = 40;

/** Labels a transcript uses for people: always a turn, whatever follows ("R: 650."). */
const SPEAKER_WORDS = new Set([
  'i',
  'r',
  'ip',
  'm',
  'p',
  'd',
  'intervjuare',
  'interviewer',
  'intervjuad',
  'interviewee',
  'respondent',
  'deltagare',
  'participant',
  'moderator',
  'informant',
  'talare',
  'speaker',
  'person',
]);

/** Labels of a transcript's header lines (sv and en): never a turn. */
const METADATA_WORDS = new Set([
  'datum',
  'date',
  'tid',
  'time',
  'tidpunkt',
  'klockan',
  'plats',
  'place',
  'location',
  'ort',
  'lokal',
  'längd',
  'length',
  'duration',
  'varaktighet',
  'fil',
  'file',
  'filnamn',
  'ljudfil',
  'inspelning',
  'recording',
  'källa',
  'source',
  'ämne',
  'subject',
  'topic',
  'rubrik',
  'titel',
  'title',
  'projekt',
  'project',
  'kommun',
  'municipality',
  'organisation',
  'organization',
  'intervju',
  'interview',
  'intervjunummer',
  'id',
  'version',
  'sida',
  'page',
  'transkribering',
  'transkriberad av',
  'transkriberare',
  'transcribed by',
  'transcriber',
  'närvarande',
  'present',
]);

// A value that is only a date, a time, a duration or a number: "2012-03-14", "10:15–11:30",
// "14.3.2012", "45 min", "3".
const NUMERIC_VALUE =
  /^[\d\s.:/,–—-]*\d[\d\s.:/,–—-]*(?:\s*(?:min|minuter|minutes?|h|tim|timmar|hours?|s|sek))?\.?$/iu;
// A date written out: "14 mars 2012", "14 March 2012".
const WRITTEN_DATE = /^\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}$/u;

/** What a line is: the start of a speaker turn (with its label), a metadata line, or text. */
export function classifyLine(line: string): LineKind {
  // The first colon ends the label ("Tid: 10:15"); a space or tab must follow it.
  const colon = line.slice(0, MAX_LABEL + 1).indexOf(':');
  if (colon < 1 || colon > MAX_LABEL || !/[ \t]/.test(line[colon + 1] ?? '')) {
    return { kind: 'text' };
  }
  const label = line.slice(0, colon);
  if (!LABEL.test(label)) return { kind: 'text' };
  const name = label.toLocaleLowerCase('sv');
  const firstWord = (name.split(' ')[0] ?? '').replace(/\d+$/u, '');
  if (SPEAKER_WORDS.has(firstWord)) return { kind: 'speaker', label: `${label}:` };
  // A date or number is short; the cap also keeps the patterns' work small on a long line.
  const value = line
    .slice(colon + 1, colon + 2 + MAX_VALUE * 2)
    .trim()
    .slice(0, MAX_VALUE + 1);
  const numeric =
    value.length <= MAX_VALUE && (NUMERIC_VALUE.test(value) || WRITTEN_DATE.test(value));
  if (METADATA_WORDS.has(name) || numeric) {
    return { kind: 'metadata' };
  }
  return { kind: 'speaker', label: `${label}:` };
}

/** The speaker label a line starts with, colon included ("Intervjuare:"), or "" if none. */
export function speakerLabel(line: string): string {
  const kind = classifyLine(line);
  return kind.kind === 'speaker' ? kind.label : '';
}
