import { attributeKeyOf, type Attribute } from '../../../shared/model/attributes';
import type { Memo, Theme } from '../../../shared/model/entities';
import { newId } from '../../../shared/model/primitives';
import type { ProjectData } from '../../../shared/model/project-data';
import { TextOffsets } from '../../../shared/model/text-offsets';
import { isCodable } from '../../../shared/model/theme-tree';
import { xmlSafeText } from '../../../shared/well-formed-text';
import { EXTRAS_NOTE_NAME, extrasText } from './fynd-extras';

/** How the exported offsets count: UTF-16 code units (what NVivo reads) or code points. */
export type OffsetUnits = 'utf16' | 'codepoints';

export interface QdeWriteOptions {
  offsets: OffsetUnits;
  /** Written as the project's origin, e.g. "Fynd 0.1.0". */
  origin: string;
}

const PROJECT_NS = 'urn:QDA-XML:project:1.0';
const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

function text(value: string): string {
  return xmlSafeText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** `#rrggbb` as REFI's RGBType wants it (upper case). */
function colour(value: string): string {
  return value.toUpperCase();
}

/** The codebook as nested Code elements, siblings in their order. */
function codesXml(themes: readonly Theme[], noteRefs: ReadonlyMap<string, string[]>): string {
  const children = new Map<string | null, Theme[]>();
  for (const theme of themes) {
    children.set(theme.parentId, [...(children.get(theme.parentId) ?? []), theme]);
  }
  const walk = (parentId: string | null): string =>
    [...(children.get(parentId) ?? [])]
      .sort((a, b) => a.order - b.order)
      .map((theme) => {
        const inner =
          (theme.definition ? `<Description>${text(theme.definition)}</Description>` : '') +
          (noteRefs.get(theme.id) ?? []).map((n) => `<NoteRef targetGUID="${n}"/>`).join('') +
          walk(theme.id);
        const open = `<Code guid="${theme.id}" name="${attr(theme.name)}" isCodable="${isCodable(theme)}" color="${colour(theme.colour)}"`;
        return inner ? `${open}>${inner}</Code>` : `${open}/>`;
      })
      .join('');
  return `<Codes>${walk(null)}</Codes>`;
}

/** A .qdc codebook: the themes as REFI-QDA codes. */
export function codebookQdc(data: ProjectData, origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="${CODEBOOK_NS}" origin="${attr(origin)}">${codesXml(data.themes, new Map())}</CodeBook>\n`;
}

/**
 * project.qde for a project: users from the coders, the codebook, case and source attributes as
 * variables, cases with their values and sources, text sources at `internal://<id>.txt` with a
 * selection per coding (offsets in the chosen units) and their own values, memos as notes, and what REFI has no place for in one note of
 * Fynd's extras. Element order follows Project-mrt2019.xsd.
 */
export function projectQde(
  data: ProjectData,
  texts: ReadonlyMap<string, string>,
  options: QdeWriteOptions,
): string {
  // Each user under the GUID it came with from another tool, or its id (stable across exports).
  const coding = new Set(data.codings.map((c) => c.coderId));
  const users = new Map(
    data.users
      .filter((u) => coding.has(u.id))
      .map((u) => [u.id, { name: u.name, guid: u.guid ?? u.id }]),
  );
  const memoNotes = data.memos.map((memo) => ({ memo, guid: memo.id }));
  const codingNotes = new Map<string, string>();
  for (const coding of data.codings) if (coding.memo) codingNotes.set(coding.id, newId());
  const refsTo = (kind: Memo['target']['kind']) => {
    const refs = new Map<string, string[]>();
    for (const { memo, guid } of memoNotes) {
      if (memo.target.kind !== kind || !('id' in memo.target)) continue;
      refs.set(memo.target.id, [...(refs.get(memo.target.id) ?? []), guid]);
    }
    return refs;
  };
  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="${PROJECT_NS}" name="${attr(data.project.name)}" origin="${attr(options.origin)}" creationDateTime="${data.project.created}">`,
  );
  if (users.size > 0) {
    out.push('<Users>');
    for (const { name, guid } of users.values()) {
      out.push(`<User guid="${attr(guid)}" name="${attr(name)}"/>`);
    }
    out.push('</Users>');
  }
  if (data.themes.length > 0) {
    out.push(`<CodeBook>${codesXml(data.themes, refsTo('theme'))}</CodeBook>`);
  }
  const variables = variablesOf(data);
  if (variables.size > 0) {
    out.push('<Variables>');
    for (const v of variables.values()) {
      out.push(`<Variable guid="${v.guid}" name="${attr(v.name)}" typeOfVariable="${v.type}"/>`);
    }
    out.push('</Variables>');
  }
  if (data.cases.length > 0) {
    out.push('<Cases>');
    for (const c of data.cases) {
      out.push(`<Case guid="${c.id}" name="${attr(c.name)}">`);
      out.push(valuesXml(c.attributes, variables));
      for (const s of data.sources)
        if (s.caseId === c.id) out.push(`<SourceRef targetGUID="${s.id}"/>`);
      out.push('</Case>');
    }
    out.push('</Cases>');
  }
  const sourceNotes = refsTo('source');
  if (data.sources.length > 0) {
    const bySource = new Map<string, ProjectData['codings']>();
    for (const coding of data.codings) {
      bySource.set(coding.sourceId, [...(bySource.get(coding.sourceId) ?? []), coding]);
    }
    out.push('<Sources>');
    for (const source of data.sources) {
      const offsets = new TextOffsets(texts.get(source.id) ?? '');
      const at = (n: number) => (options.offsets === 'utf16' ? offsets.toUtf16(n) : n);
      out.push(
        `<TextSource guid="${source.id}" name="${attr(source.title)}" plainTextPath="internal://${source.id}.txt" creationDateTime="${source.imported}">`,
      );
      for (const coding of bySource.get(source.id) ?? []) {
        const user = users.get(coding.coderId);
        const by = user ? ` creatingUser="${attr(user.guid)}"` : '';
        out.push(
          `<PlainTextSelection guid="${coding.id}" name="${attr(firstWords(coding.snippet))}" startPosition="${at(coding.start)}" endPosition="${at(coding.end)}"${by} creationDateTime="${coding.created}">`,
        );
        for (const themeId of coding.themeIds) {
          out.push(
            `<Coding guid="${newId()}"${by} creationDateTime="${coding.created}"><CodeRef targetGUID="${themeId}"/></Coding>`,
          );
        }
        const note = codingNotes.get(coding.id);
        if (note) out.push(`<NoteRef targetGUID="${note}"/>`);
        out.push('</PlainTextSelection>');
      }
      for (const n of sourceNotes.get(source.id) ?? []) out.push(`<NoteRef targetGUID="${n}"/>`);
      out.push(valuesXml(source.attributes ?? [], variables));
      out.push('</TextSource>');
    }
    out.push('</Sources>');
  }
  out.push('<Notes>');
  for (const { memo, guid } of memoNotes)
    out.push(noteXml(guid, memo.title, memo.text, memo.created));
  for (const coding of data.codings) {
    const guid = codingNotes.get(coding.id);
    if (guid) out.push(noteXml(guid, firstWords(coding.snippet), coding.memo, coding.created));
  }
  const extrasGuid = newId();
  out.push(noteXml(extrasGuid, EXTRAS_NOTE_NAME, extrasText(data), data.project.created));
  out.push('</Notes>');
  if (data.project.description)
    out.push(`<Description>${text(data.project.description)}</Description>`);
  for (const { memo, guid } of memoNotes) {
    if (memo.target.kind === 'project') out.push(`<NoteRef targetGUID="${guid}"/>`);
  }
  out.push('</Project>\n');
  return out.join('');
}

function noteXml(guid: string, name: string, body: string, created: string): string {
  return `<Note guid="${guid}" name="${attr(name)}" creationDateTime="${created}"><PlainTextContent>${text(body)}</PlainTextContent></Note>`;
}

/** A selection's name: its first words, as other tools show it in lists. */
function firstWords(snippet: string): string {
  const line = snippet.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : line;
}

interface VariableOut {
  guid: string;
  name: string;
  type: 'Text' | 'Float' | 'Boolean' | 'Date';
}

/**
 * One variable per attribute key (compared as keys are), of cases and sources alike, typed by
 * its first value (a key of mixed types is Text).
 */
function variablesOf(data: ProjectData): Map<string, VariableOut> {
  const typeOf = { text: 'Text', number: 'Float', boolean: 'Boolean', date: 'Date' } as const;
  const variables = new Map<string, VariableOut>();
  const owners = [...data.cases, ...data.sources];
  for (const owner of owners) {
    for (const a of owner.attributes ?? []) {
      const key = attributeKeyOf(a.key);
      const existing = variables.get(key);
      if (!existing) variables.set(key, { guid: newId(), name: a.key, type: typeOf[a.type] });
      else if (existing.type !== typeOf[a.type]) existing.type = 'Text';
    }
  }
  return variables;
}

/** An owner's attributes as VariableValues of the declared variables. */
function valuesXml(
  attributes: readonly Attribute[],
  variables: ReadonlyMap<string, VariableOut>,
): string {
  return attributes
    .map((a) => {
      const v = variables.get(attributeKeyOf(a.key));
      return v
        ? `<VariableValue><VariableRef targetGUID="${v.guid}"/>${valueXml(a)}</VariableValue>`
        : '';
    })
    .join('');
}

function valueXml(a: Attribute): string {
  switch (a.type) {
    case 'text':
      return `<TextValue>${text(a.value)}</TextValue>`;
    case 'number':
      return `<FloatValue>${decimal(a.value)}</FloatValue>`;
    case 'boolean':
      return `<BooleanValue>${String(a.value)}</BooleanValue>`;
    case 'date':
      return `<DateValue>${a.value}</DateValue>`;
  }
}

/** A number as xsd:decimal (no exponent). */
function decimal(value: number): string {
  const plain = String(value);
  return /e/i.test(plain) ? value.toFixed(20).replace(/\.?0+$/, '') : plain;
}
