import { SaxesParser } from 'saxes';
import { FyndError } from '../../../shared/errors';
import {
  emptyRefiProject,
  type RefiCase,
  type RefiCode,
  type RefiCoding,
  type RefiNote,
  type RefiOtherSource,
  type RefiProject,
  type RefiSelection,
  type RefiSet,
  type RefiTextSource,
  type RefiValue,
  type RefiVariableValue,
} from './refi-model';

/** A project.qde beyond this is refused before parsing: far past any real project's XML. */
export const MAX_QDE_BYTES = 64 * 1024 * 1024;

const otherSourceKinds: Record<string, RefiOtherSource['kind']> = {
  PDFSource: 'pdf',
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
};

const valueTypes: Record<string, RefiValue['type']> = {
  TextValue: 'text',
  IntegerValue: 'integer',
  FloatValue: 'float',
  BooleanValue: 'boolean',
  DateValue: 'date',
  DateTimeValue: 'dateTime',
};

/** Elements whose text is kept (descriptions, note texts, variable values). */
const textElements = new Set(['Description', 'PlainTextContent', ...Object.keys(valueTypes)]);

/**
 * Reads a project.qde (or a .qdc codebook) into plain objects. Strict about safety: a DOCTYPE is
 * refused outright (no DTD is processed, so no entity is ever expanded) and only XML's five
 * predefined entities exist. Liberal about the rest: namespaces and unknown elements are ignored,
 * `guid=` is read where `targetGUID=` is expected.
 */
export function parseQde(xml: string): RefiProject {
  if (xml.length > MAX_QDE_BYTES) {
    throw new FyndError('fileTooLarge', 'project.qde is too large.', {
      megabytes: Math.round(xml.length / (1024 * 1024)),
      limit: MAX_QDE_BYTES / (1024 * 1024),
    });
  }
  const project = emptyRefiProject();
  const reader = new QdeReader(project);
  const parser = new SaxesParser();
  parser.on('doctype', () => {
    throw new FyndError('refiDoctype', 'project.qde declares a DTD, which Fynd never reads.');
  });
  parser.on('opentag', (tag) => reader.open(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag) => reader.close(localName(tag.name)));
  parser.on('text', (text) => reader.text(text));
  parser.on('cdata', (text) => reader.text(text));
  parser.on('error', (error) => {
    throw error;
  });
  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    if (error instanceof FyndError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new FyndError('refiBadXml', `project.qde is not well-formed XML: ${detail}`, {
      detail: detail.slice(0, 200),
    });
  }
  if (!reader.sawRoot) {
    throw new FyndError('refiBadXml', 'No REFI-QDA Project or CodeBook element.', {
      detail: 'Project',
    });
  }
  return project;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Builds the project while the parser walks the document; `path` is the open elements. */
class QdeReader {
  private readonly path: string[] = [];
  private readonly codes: RefiCode[] = [];
  private buffer: string | null = null;
  private source: RefiTextSource | null = null;
  private other: RefiOtherSource | null = null;
  private selection: RefiSelection | null = null;
  private coding: RefiCoding | null = null;
  private caseNow: RefiCase | null = null;
  private note: RefiNote | null = null;
  private set: RefiSet | null = null;
  private value: { variableGuid: string; value: RefiValue | null } | null = null;
  sawRoot = false;

  constructor(private readonly project: RefiProject) {}

  open(name: string, attrs: Readonly<Record<string, string>>): void {
    const parent = this.path[this.path.length - 1] ?? '';
    this.path.push(name);
    if (textElements.has(name)) this.buffer = '';
    if (this.other) {
      if (name.endsWith('Selection')) this.other.selections++;
      return;
    }
    // Plain functions over `attrs`, not closures made anew for each of a project's elements.
    switch (name) {
      case 'Project':
      case 'CodeBook':
        if (this.path.length === 1) {
          this.sawRoot = true;
          this.project.name = attrOf(attrs, 'name');
          this.project.origin = attrOf(attrs, 'origin');
          this.project.basePath = attrOf(attrs, 'basePath');
        }
        return;
      case 'User':
        this.project.users.push({ guid: attrOf(attrs, 'guid'), name: attrOf(attrs, 'name') });
        return;
      case 'Code': {
        const code: RefiCode = {
          guid: attrOf(attrs, 'guid'),
          name: attrOf(attrs, 'name'),
          color: optionalOf(attrs, 'color'),
          isCodable: attrOf(attrs, 'isCodable') !== 'false',
          description: '',
          children: [],
          noteRefs: [],
        };
        const parentCode = this.codes[this.codes.length - 1];
        (parentCode ? parentCode.children : this.project.codes).push(code);
        this.codes.push(code);
        return;
      }
      case 'Variable':
        this.project.variables.push({
          guid: attrOf(attrs, 'guid'),
          name: attrOf(attrs, 'name'),
          type: attrOf(attrs, 'typeOfVariable'),
        });
        return;
      case 'Case':
        this.caseNow = {
          guid: attrOf(attrs, 'guid'),
          name: attrOf(attrs, 'name'),
          description: '',
          values: [],
          sourceRefs: [],
          noteRefs: [],
        };
        this.project.cases.push(this.caseNow);
        return;
      case 'VariableValue':
        this.value = { variableGuid: '', value: null };
        return;
      case 'VariableRef':
        if (this.value) this.value.variableGuid = targetOf(attrs);
        return;
      case 'SourceRef':
        if (this.caseNow) this.caseNow.sourceRefs.push(targetOf(attrs));
        return;
      case 'TextSource':
        this.source = {
          guid: attrOf(attrs, 'guid'),
          name: attrOf(attrs, 'name'),
          plainTextPath: optionalOf(attrs, 'plainTextPath'),
          richTextPath: optionalOf(attrs, 'richTextPath'),
          plainTextContent: null,
          description: '',
          creationDateTime: optionalOf(attrs, 'creationDateTime'),
          selections: [],
          noteRefs: [],
          variableValues: [],
        };
        this.project.textSources.push(this.source);
        return;
      case 'PlainTextSelection':
        if (!this.source || parent !== 'TextSource') return;
        this.selection = {
          guid: attrOf(attrs, 'guid'),
          name: attrOf(attrs, 'name'),
          start: Number(attrOf(attrs, 'startPosition') || NaN),
          end: Number(attrOf(attrs, 'endPosition') || NaN),
          description: '',
          creatingUser: optionalOf(attrs, 'creatingUser'),
          creationDateTime: optionalOf(attrs, 'creationDateTime'),
          codings: [],
          noteRefs: [],
        };
        this.source.selections.push(this.selection);
        return;
      case 'Coding':
        if (!this.selection) return;
        this.coding = {
          guid: attrOf(attrs, 'guid'),
          codeGuid: '',
          creatingUser: optionalOf(attrs, 'creatingUser'),
          creationDateTime: optionalOf(attrs, 'creationDateTime'),
          noteRefs: [],
        };
        this.selection.codings.push(this.coding);
        return;
      case 'CodeRef':
        if (this.coding) this.coding.codeGuid = targetOf(attrs);
        return;
      case 'NoteRef':
        this.noteRef(parent, targetOf(attrs));
        return;
      case 'Note':
        this.note = {
          guid: attrOf(attrs, 'guid'),
          name: attrOf(attrs, 'name'),
          text: '',
          plainTextPath: optionalOf(attrs, 'plainTextPath'),
          creationDateTime: optionalOf(attrs, 'creationDateTime'),
        };
        this.project.notes.push(this.note);
        return;
      case 'Set':
        this.set = {
          guid: attrOf(attrs, 'guid'),
          name: attrOf(attrs, 'name'),
          description: '',
          memberSources: [],
          memberCodes: [],
          memberNotes: [],
        };
        this.project.sets.push(this.set);
        return;
      case 'MemberSource':
        this.set?.memberSources.push(targetOf(attrs));
        return;
      case 'MemberCode':
        this.set?.memberCodes.push(targetOf(attrs));
        return;
      case 'MemberNote':
        this.set?.memberNotes.push(targetOf(attrs));
        return;
      case 'Link':
        this.project.links++;
        return;
      case 'Graph':
        this.project.graphs++;
        return;
      default: {
        const kind = otherSourceKinds[name];
        if (kind) {
          this.other = {
            kind,
            guid: attrOf(attrs, 'guid'),
            name: attrOf(attrs, 'name') || attrOf(attrs, 'guid'),
            selections: 0,
          };
          this.project.otherSources.push(this.other);
        }
      }
    }
  }

  text(text: string): void {
    if (this.buffer !== null) this.buffer += text;
  }

  close(name: string): void {
    this.path.pop();
    const text = this.buffer ?? '';
    if (textElements.has(name)) this.buffer = null;
    const parent = this.path[this.path.length - 1] ?? '';
    if (this.other) {
      if (otherSourceKinds[name]) this.other = null;
      return;
    }
    switch (name) {
      case 'Description':
        this.describe(parent, text);
        return;
      case 'PlainTextContent':
        if (parent === 'Note' && this.note) this.note.text = text;
        else if (parent === 'TextSource' && this.source) this.source.plainTextContent = text;
        return;
      case 'Code':
        this.codes.pop();
        return;
      case 'Case':
        this.caseNow = null;
        return;
      case 'VariableValue':
        if (this.value?.value) {
          const value: RefiVariableValue = {
            variableGuid: this.value.variableGuid,
            value: this.value.value,
          };
          if (this.caseNow) this.caseNow.values.push(value);
          else if (this.source) this.source.variableValues.push(value);
        }
        this.value = null;
        return;
      case 'TextSource':
        this.source = null;
        return;
      case 'PlainTextSelection':
        this.selection = null;
        return;
      case 'Coding':
        this.coding = null;
        return;
      case 'Note':
        this.note = null;
        return;
      case 'Set':
        this.set = null;
        return;
      default: {
        const type = valueTypes[name];
        if (type && this.value) this.value.value = typedValue(type, text);
      }
    }
  }

  private describe(parent: string, text: string): void {
    if (parent === 'Project') this.project.description = text;
    else if (parent === 'Code') {
      const code = this.codes[this.codes.length - 1];
      if (code) code.description = text;
    } else if (parent === 'Case' && this.caseNow) this.caseNow.description = text;
    else if (parent === 'TextSource' && this.source) this.source.description = text;
    else if (parent === 'PlainTextSelection' && this.selection) this.selection.description = text;
    else if (parent === 'Set' && this.set) this.set.description = text;
  }

  private noteRef(parent: string, guid: string): void {
    if (parent === 'Project') this.project.projectNoteRefs.push(guid);
    else if (parent === 'Code') this.codes[this.codes.length - 1]?.noteRefs.push(guid);
    else if (parent === 'Coding') this.coding?.noteRefs.push(guid);
    else if (parent === 'PlainTextSelection') this.selection?.noteRefs.push(guid);
    else if (parent === 'TextSource') this.source?.noteRefs.push(guid);
    else if (parent === 'Case') this.caseNow?.noteRefs.push(guid);
  }
}

/** A variable value as its type says; one that does not parse stays text, never lost. */
function typedValue(type: RefiValue['type'], text: string): RefiValue {
  if (type === 'text') return { type, value: text };
  const raw = text.trim();
  switch (type) {
    case 'integer':
    case 'float': {
      const value = Number(raw);
      return raw !== '' && Number.isFinite(value) ? { type, value } : { type: 'text', value: raw };
    }
    case 'boolean':
      if (raw === 'true' || raw === '1') return { type, value: true };
      if (raw === 'false' || raw === '0') return { type, value: false };
      return { type: 'text', value: raw };
    case 'date':
    case 'dateTime':
      return { type, value: raw };
  }
}

type Attributes = Readonly<Record<string, string>>;

function attrOf(attrs: Attributes, key: string): string {
  return attrs[key] ?? '';
}

function optionalOf(attrs: Attributes, key: string): string | null {
  return attrs[key] ?? null;
}

/** A reference's target: `targetGUID`, or `guid` as ATLAS.ti's codebooks write it. */
function targetOf(attrs: Attributes): string {
  return attrs.targetGUID ?? attrs.guid ?? '';
}
