/**
 * What a REFI-QDA project.qde says, read into plain objects before anything is mapped onto
 * Fynd's model. Only what Fynd uses or must report is kept; names are the standard's.
 */

export interface RefiUser {
  guid: string;
  name: string;
}

export interface RefiCode {
  guid: string;
  name: string;
  /** `#rrggbb` as written, or null. */
  color: string | null;
  isCodable: boolean;
  description: string;
  children: RefiCode[];
  noteRefs: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  noteRefs: string[];
}

export interface RefiSelection {
  guid: string;
  name: string;
  start: number;
  end: number;
  description: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  codings: RefiCoding[];
  noteRefs: string[];
}

export type RefiValue =
  | { type: 'text'; value: string }
  | { type: 'integer' | 'float'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'date' | 'dateTime'; value: string };

export interface RefiVariableValue {
  variableGuid: string;
  value: RefiValue;
}

export interface RefiTextSource {
  guid: string;
  name: string;
  plainTextPath: string | null;
  richTextPath: string | null;
  plainTextContent: string | null;
  description: string;
  creationDateTime: string | null;
  selections: RefiSelection[];
  noteRefs: string[];
  variableValues: RefiVariableValue[];
}

/** A source Fynd cannot hold (PDF, picture, audio, video): named and counted in the report. */
export interface RefiOtherSource {
  kind: 'pdf' | 'picture' | 'audio' | 'video';
  guid: string;
  name: string;
  selections: number;
}

export interface RefiNote {
  guid: string;
  name: string;
  text: string;
  plainTextPath: string | null;
  creationDateTime: string | null;
}

export interface RefiVariable {
  guid: string;
  name: string;
  type: string;
}

export interface RefiCase {
  guid: string;
  name: string;
  description: string;
  values: RefiVariableValue[];
  sourceRefs: string[];
  noteRefs: string[];
}

export interface RefiSet {
  guid: string;
  name: string;
  description: string;
  memberSources: string[];
  memberCodes: string[];
  memberNotes: string[];
}

export interface RefiProject {
  name: string;
  origin: string;
  description: string;
  basePath: string;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  textSources: RefiTextSource[];
  otherSources: RefiOtherSource[];
  notes: RefiNote[];
  sets: RefiSet[];
  projectNoteRefs: string[];
  links: number;
  graphs: number;
}

/** A project with nothing read yet. */
export function emptyRefiProject(): RefiProject {
  return {
    name: '',
    origin: '',
    description: '',
    basePath: '',
    users: [],
    codes: [],
    variables: [],
    cases: [],
    textSources: [],
    otherSources: [],
    notes: [],
    sets: [],
    projectNoteRefs: [],
    links: 0,
    graphs: 0,
  };
}
