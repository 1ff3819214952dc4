/**
 * A REFI-QDA project or codebook as plain records, exactly as the file
 * says (GUIDs as written, positions in the file's own counting): what the
 * XML holds, before anything is mapped onto Glossator's model.
 */

export interface RefiUser {
  guid: string;
  name: string | null;
}

export interface RefiCode {
  guid: string;
  name: string;
  /** The enclosing code's GUID; null for a top-level code. */
  parent: string | null;
  color: string | null;
  description: string;
  noteRefs: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  created: string | null;
  noteRefs: string[];
}

export interface RefiSelection {
  guid: string;
  name: string | null;
  /** As written: code points from 0, end exclusive (the tool's way of counting line ends aside). */
  start: number;
  end: number;
  creatingUser: string | null;
  created: string | null;
  modified: string | null;
  description: string;
  codings: RefiCoding[];
  noteRefs: string[];
}

/** Where a text source's plain text is: a file of the archive, a file beside it, or inside the XML. */
export type RefiTextPlace =
  | { kind: 'internal'; path: string }
  | { kind: 'relative'; path: string }
  | { kind: 'absolute'; path: string }
  | { kind: 'content'; text: string }
  | { kind: 'none' };

/** A variable's value on a source (MAXQDA's document variables), its variable named by GUID. */
export interface RefiVariableValue {
  variable: string;
  value: string;
}

export interface RefiTextSource {
  guid: string;
  name: string | null;
  place: RefiTextPlace;
  creatingUser: string | null;
  created: string | null;
  modified: string | null;
  description: string;
  selections: RefiSelection[];
  noteRefs: string[];
  variables: RefiVariableValue[];
}

export interface RefiNote {
  guid: string;
  name: string | null;
  place: RefiTextPlace;
  creatingUser: string | null;
  created: string | null;
}

export interface RefiLink {
  guid: string;
  name: string | null;
  direction: string | null;
  color: string | null;
  origin: string | null;
  target: string | null;
  noteRefs: string[];
}

/** A case (a person, an organisation, a concept…) and the selections it names. */
export interface RefiCase {
  guid: string;
  name: string | null;
  description: string;
  variables: RefiVariableValue[];
  selectionRefs: string[];
}

export interface RefiProject {
  name: string | null;
  /** The producing software as it names itself ("ATLAS.ti for Windows 23.2.3.27778"). */
  origin: string | null;
  creatingUser: string | null;
  created: string | null;
  /** Where relative:// paths started on the machine that wrote the file (a folder there, not here). */
  basePath: string | null;
  users: RefiUser[];
  /** The project's variables: GUID → name. */
  variables: Map<string, string>;
  codes: RefiCode[];
  sources: RefiTextSource[];
  notes: RefiNote[];
  links: RefiLink[];
  cases: RefiCase[];
  /** What the file holds that Glossator has no place for, by element name, counted (PDFSource, Case, Set…). */
  skipped: Record<string, number>;
}
