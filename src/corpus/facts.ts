/**
 * Writing one fact of the synthetic corpus: the node or relationship record, then its evidence
 * records right after it (src/corpus/sources.ts), so the loader writes a fact and its evidence in
 * one transaction. Every node says it is synthetic.
 */
import { JsonProperties } from '../load/format';
import { EntityLabel, RelationshipType } from '../ontology/labels';
import { relId } from './names';
import { Sources } from './sources';
import { CorpusWriter } from './writer';

/** What places a fact for its sources: when it happened and whose people they may quote. */
interface Placing {
  /** The day it happened, if dated: its sources report after it. */
  day?: number;
  /** The country its evidence may be attributed to. */
  country?: number;
}

export interface NodeFact extends Placing {
  label: EntityLabel;
  id: string;
  props: JsonProperties;
  /** What its evidence excerpts say (the name, the quote, the statement…). */
  text: string;
}

export interface RelationshipFact extends Placing {
  type: RelationshipType;
  from: string;
  to: string;
  props?: JsonProperties;
  /** What tells this relationship apart from others of its type between the same nodes (default: its role). */
  key?: string;
}

export class Facts {
  constructor(
    private readonly out: CorpusWriter,
    private readonly sources: Sources,
  ) {}

  node({ label, id, props, text, day, country }: NodeFact): void {
    this.out.node(label, { id, ...props, synthetic: true });
    const value = label === 'Statistic' && typeof props.value === 'number' ? props.value : undefined;
    this.sources.evidence({ fact: { factId: id, factKind: 'node', factType: label }, text, day, country, value });
  }

  rel({ type, from, to, props = {}, day, country, key }: RelationshipFact): void {
    const role = typeof props.role === 'string' ? props.role : undefined;
    const id = relId(type, from, to, key ?? role);
    this.out.rel(type, from, to, { id, ...props });
    this.sources.evidence({
      fact: { factId: id, factKind: 'relationship', factType: type, factFrom: from, factTo: to },
      text: `${from} ${type} ${to}`,
      day,
      country,
    });
  }
}
