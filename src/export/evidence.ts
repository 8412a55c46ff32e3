/**
 * Pairing streamed elements with their evidence records. Elements arrive one by
 * one from the database; evidence is fetched for a batch of them at a time (one
 * UNWIND query per batch, never one per element), so at most one batch of
 * elements and their records is held in memory whatever the size of the export.
 */
import { EvidenceRecord } from './properties';
import { OpenExport } from './reader';

/** Facts per evidence query: large enough to amortise the round trip, small enough to stay light. */
export const EVIDENCE_BATCH = 500;

export interface WithEvidence<T> {
  element: T;
  /** The element's active evidence records (empty for a source document or a fact without evidence). */
  evidence: EvidenceRecord[];
}

export async function* withEvidence<T extends { id: string }>(
  exp: OpenExport,
  elements: AsyncIterable<T>,
  batchSize: number = EVIDENCE_BATCH,
): AsyncGenerator<WithEvidence<T>> {
  let batch: T[] = [];
  const flush = async function* (): AsyncGenerator<WithEvidence<T>> {
    const byFact = await exp.evidence(batch.map((e) => e.id));
    for (const element of batch) yield { element, evidence: byFact.get(element.id) ?? [] };
    batch = [];
  };
  for await (const element of elements) {
    batch.push(element);
    if (batch.length >= batchSize) yield* flush();
  }
  if (batch.length > 0) yield* flush();
}
