// The shapes the API answers with, as the page's GraphQL documents (queries.ts) select them.

export type Props = Record<string, unknown>;

export interface Entity {
  id: string;
  entityType: string;
  name: string;
  aliases: string[];
  description: string | null;
  date: string | null;
  datePrecision: string | null;
  properties: Props;
}

export interface Source {
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  datePrecision: string | null;
  url: string | null;
}

/**
 * One piece of evidence for a fact. A fact can have several (one per source that
 * reports it); `stance` says whether the source supports or disputes the fact.
 */
export interface EvidenceRecord {
  source: Source | null;
  excerpt: string | null;
  attribution: string | null;
  attributedTo: string | null;
  confidence: number | null;
  status: string | null;
  derivation?: string | null;
  stance?: string | null;
  statedValue?: number | null;
  note?: string | null;
  /** Set when the record was retracted (the panel asks for retracted records too, and marks them). */
  retraction?: Retraction | null;
}

export interface Retraction {
  at: string;
  by: string | null;
  reason: string | null;
}

/** One record of the change journal (history). */
export interface Change {
  changeId: string;
  operation: string;
  elementId: string;
  elementKind: string;
  recordedAt: string;
  holder: string;
  reason: string | null;
}

export interface Relationship {
  id: string;
  type: string;
  role: string | null;
  sentence: string;
  properties: Props;
  from: { id: string };
  to: { id: string };
  evidence: EvidenceRecord[];
}

export interface Subgraph {
  nodes: Entity[];
  relationships: Relationship[];
  truncated: boolean;
}

export interface Hop {
  forward: boolean;
  sentence: string;
  /** The hop's date by the API's rule; null for an undated hop. */
  timeStart: string | null;
  from: Entity;
  to: Entity;
  relationship: Relationship;
}

export interface Path {
  length: number;
  hops: Hop[];
}

export interface SearchHit {
  id: string;
  entityType: string;
  name: string;
}

export interface Office {
  id: string;
  sentence: string;
  properties: Props;
  /** The president the holder served under, where the source says (OfficeTerm.underPresident). */
  underPresident: string | null;
}

export interface EntityDetails {
  id: string;
  version: number;
  evidence: EvidenceRecord[];
  history: Change[];
  retractedRelationships: { id: string; type: string; retraction: Retraction | null }[];
  relationshipCounts: { type: string; direction: 'OUT' | 'IN'; count: number }[];
  offices: Office[];
}

export interface TimelineEntry {
  date: string | null;
  datePrecision: string | null;
  event: { id: string; name: string };
  participants: { role: string | null; from: { id: string; name: string } }[];
}

/** The API's TimeFilter argument. */
export interface TimeFilter {
  asOf?: string;
  from?: string;
  to?: string;
}
