/**
 * The change journal: every curation write appends, in its own transaction, one :Change
 * record per element it changed — who (the key's holder and keyId, never the key), when
 * (record time, taken after every lock is held), what operation, the element's state
 * before and after (JSON), and the reason. Records of one write share a changeId.
 *
 * `related` lists what a change moved away from the element (a merge moves the merged
 * entity's relationships and evidence to the survivor), so a record-time read of the old
 * element can find them again (record-time.ts).
 */
import { randomUUID } from 'node:crypto';
import { ManagedTransaction } from 'neo4j-driver';
import { Principal } from '../auth/principal';
import { curation } from '../db/queries';
import { runQuery } from '../db/query';
import { TouchedSet } from '../db/access-paths';
import { ElementState, stateJson } from './state';

export type Operation =
  | 'registerSource'
  | 'createEntity'
  | 'updateEntity'
  | 'assertFact'
  | 'addEvidence'
  | 'retractEvidence'
  | 'retractFact'
  | 'mergeEntities'
  | 'undoMerge';

export interface ChangeEntry {
  changeId: string;
  seq: number;
  operation: Operation;
  elementId: string;
  elementKind: 'entity' | 'relationship' | 'evidence' | 'source';
  /** For evidence: the fact it is evidence for (so history(fact) shows it). */
  factId: string | null;
  holder: string;
  keyId: string;
  reason: string | null;
  before: string | null;
  after: string | null;
  relatedRelationships: string[];
  relatedEvidence: string[];
  /** For an undo: the changeId of the write it undoes. */
  undoes: string | null;
}

/** What one write appends: collected while it runs, written at its end. */
export class ChangeSet {
  readonly changeId = randomUUID();
  private readonly entries = new Map<string, ChangeEntry>();
  /** The entities and relationships (before and after) the write touched: its access-path refresh. */
  readonly touched = new TouchedSet();

  constructor(
    readonly operation: Operation,
    readonly principal: Principal,
    readonly reason: string | null,
    readonly undoes: string | null = null,
  ) {}

  /**
   * Record that an element went from `before` to `after`. An element changed twice by one
   * write keeps its first `before` and its last `after`.
   */
  record(
    kind: ChangeEntry['elementKind'],
    id: string,
    before: ElementState | null | { kind: 'source'; props: unknown },
    after: ElementState | null | { kind: 'source'; props: unknown },
    related: { relationships?: string[]; evidence?: string[] } = {},
  ): void {
    for (const state of [before, after]) {
      if (state?.kind === 'relationship') this.touched.relationship(state.type, state.from, state.to);
      else if (state?.kind === 'entity') this.touched.entity(state.id);
    }
    const key = `${kind}\u0000${id}`;
    const first = this.entries.get(key);
    const json = (s: typeof before) => (s === null ? null : s.kind === 'source' ? JSON.stringify(s) : stateJson(s));
    const factId =
      after && after.kind === 'evidence'
        ? String(after.props.factId)
        : before && before.kind === 'evidence'
          ? String(before.props.factId)
          : null;
    this.entries.set(key, {
      changeId: this.changeId,
      seq: first?.seq ?? this.entries.size,
      operation: this.operation,
      elementId: id,
      elementKind: kind,
      factId,
      holder: this.principal.holder,
      keyId: this.principal.keyId,
      reason: this.reason,
      before: first ? first.before : json(before),
      after: json(after),
      relatedRelationships: [...(first?.relatedRelationships ?? []), ...(related.relationships ?? [])],
      relatedEvidence: [...(first?.relatedEvidence ?? []), ...(related.evidence ?? [])],
      undoes: this.undoes,
    });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Append the records in the write's transaction; returns the record time. */
  async append(tx: ManagedTransaction): Promise<{ recordedAt: string; bytes: number; entries: number }> {
    const entries = [...this.entries.values()].filter((e) => e.before !== e.after);
    const [row] = await runQuery(tx, curation.journalAppend, { entries });
    const bytes = entries.reduce((sum, e) => sum + journalBytes(e), 0);
    return { recordedAt: String(row?.recordedAt), bytes, entries: entries.length };
  }
}

/** The size of a change record: the UTF-8 bytes of its property values (what the journal costs per write). */
export function journalBytes(e: ChangeEntry): number {
  return Buffer.byteLength(JSON.stringify(e), 'utf8');
}
