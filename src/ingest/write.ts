/**
 * Writing a validated plan (validate.ts) in ONE write transaction: the Source, new entities
 * and relationships (their properties on creation only), their derived time bounds, the
 * evidence records, and the summaries of every fact whose evidence changed
 * (cypher/queries/evidence/refresh-summaries.cypher). Anything unexpected — an end that
 * vanished, a record that belongs to another writer, a text checksum that differs — throws,
 * and the transaction rolls back: nothing of the file is half-written.
 */
import { Driver, ManagedTransaction, QueryResult, ResultSummary } from 'neo4j-driver';
import { toCypherProperties } from '../load/format';
import { refreshAccessPaths, Touched } from '../db/access-paths';
import { evidence as evidenceQueries, ingest, time } from '../db/queries';
import { queryResult } from '../db/query';
import { Plan } from './validate';

export interface WriteReport {
  /** False when the plan had nothing to change: no transaction was run. */
  wrote: boolean;
  sourceCreated: boolean;
  publisherLinked: boolean;
  entitiesCreated: number;
  relationshipsCreated: number;
  evidenceCreated: number;
  evidenceUpdated: number;
  /** Facts whose summaries were recomputed. */
  summariesRefreshed: number;
  /** As the database counted them (for cross-checking the above). */
  database: { nodesCreated: number; relationshipsCreated: number; propertiesSet: number };
  ms: number;
}

/** A plan that could not be written as planned; the transaction was rolled back. */
export class WriteConflict extends Error {
  constructor(message: string) {
    super(`${message}; nothing was written (the database changed since the check? run the command again)`);
    this.name = 'WriteConflict';
  }
}

/** Whether writing the plan would change anything. */
export function planChangesSomething(plan: Plan): boolean {
  return (
    !plan.source.exists ||
    plan.source.linkPublisher ||
    plan.entities.some((e) => !e.exists) ||
    plan.relationships.some((r) => !r.exists) ||
    plan.evidence.some((e) => e.state === 'new' || e.state === 'changed')
  );
}

/** Write a plan inside a transaction the caller holds (ingest's own below; a curation mutation's, with its journal). */
export async function writePlan(tx: ManagedTransaction, plan: Plan, report: WriteReport): Promise<void> {
  const tally = (summary: ResultSummary) => {
    const u = summary.counters.updates();
    report.database.nodesCreated += u.nodesCreated;
    report.database.relationshipsCreated += u.relationshipsCreated;
    report.database.propertiesSet += u.propertiesSet;
  };
  const run = async (running: Promise<QueryResult>) => {
    const result = await running;
    tally(result.summary);
    return result;
  };

  const source = await run(queryResult(tx, ingest.writeSource, { source: toCypherProperties(plan.source.properties) }));
  report.sourceCreated = source.summary.counters.updates().nodesCreated > 0;
  const storedSha: unknown = source.records[0]?.get('textSha256');
  if (plan.source.properties.textSha256 !== undefined && storedSha !== plan.source.properties.textSha256) {
    throw new WriteConflict(`${plan.sourceId} is recorded with another text (SHA-256 ${String(storedSha)})`);
  }

  const newEntities = plan.entities.filter((e) => !e.exists);
  if (newEntities.length) {
    const result = await run(
      queryResult(tx, ingest.writeEntities, {
        rows: newEntities.map((e) => ({ id: e.id, label: e.label, properties: toCypherProperties(e.properties) })),
      }),
    );
    report.entitiesCreated = result.summary.counters.updates().nodesCreated;
  }

  const newRelationships = plan.relationships.filter((r) => !r.exists);
  if (newRelationships.length) {
    const result = await run(
      queryResult(tx, ingest.writeRelationships, {
        rows: newRelationships.map((r) => ({
          id: r.id,
          type: r.type,
          from: r.from,
          to: r.to,
          properties: toCypherProperties(r.properties),
        })),
      }),
    );
    if (Number(result.records[0]?.get('written')) !== newRelationships.length) {
      throw new WriteConflict('an end of a new relationship is no longer in the database');
    }
    report.relationshipsCreated = result.summary.counters.updates().relationshipsCreated;
  }

  if (plan.source.linkPublisher && plan.source.publisherId) {
    const result = await run(
      queryResult(tx, ingest.writePublisher, {
        sourceId: plan.sourceId,
        publisherId: plan.source.publisherId,
      }),
    );
    if (result.records.length !== 1)
      throw new WriteConflict(`publisher ${plan.source.publisherId} is not in the database`);
    report.publisherLinked = true;
  }

  // Bounds for what this file created, never for existing facts.
  const created = {
    entities: newEntities.map((e) => e.id),
    sources: report.sourceCreated ? [plan.sourceId] : [],
    relationships: newRelationships.map((r) => ({ id: r.id, from: r.from, to: r.to })),
  };
  if (created.entities.length + created.sources.length + created.relationships.length > 0) {
    await run(queryResult(tx, time.bounds, created));
  }

  const evidence = plan.evidence.filter((e) => e.state === 'new' || e.state === 'changed');
  if (evidence.length) {
    const result = await run(
      queryResult(tx, ingest.writeEvidence, {
        // Whole numbers (textStart, textEnd, a whole statedValue) go as integers, confidence as a float.
        rows: evidence.map((e) => ({ properties: toCypherProperties(e.properties) })),
      }),
    );
    if (Number(result.records[0]?.get('written')) !== evidence.length) {
      throw new WriteConflict("an evidence record with one of this file's ids was written by someone else");
    }
    report.evidenceCreated = evidence.filter((e) => e.state === 'new').length;
    report.evidenceUpdated = evidence.filter((e) => e.state === 'changed').length;
  }

  if (plan.touchedFacts.length) {
    const result = await run(queryResult(tx, evidenceQueries.refreshSummaries, { facts: plan.touchedFacts }));
    if (result.records.length !== plan.touchedFacts.length) {
      const found = new Set(result.records.map((r) => String(r.get('id'))));
      const lost = plan.touchedFacts.find((f) => !found.has(f.id));
      throw new WriteConflict(`the summaries of ${lost?.id ?? 'a fact'} could not be refreshed: the fact is missing`);
    }
    report.summariesRefreshed = result.records.length;
  }
}

/**
 * What an ingest wrote, for its access-path refresh (docs/ontology.md, Access paths). A curation
 * write refreshes from its change set instead (src/curation/operations.ts).
 */
export function touchedByPlan(plan: Plan): Touched {
  return {
    rels: plan.relationships.filter((r) => !r.exists).map((r) => ({ type: r.type, from: r.from, to: r.to })),
    entities: plan.entities.filter((e) => !e.exists).map((e) => e.id),
  };
}

/** Write the plan in one transaction (or nothing at all, when it changes nothing). */
export const emptyReport = (): WriteReport => ({
  wrote: false,
  sourceCreated: false,
  publisherLinked: false,
  entitiesCreated: 0,
  relationshipsCreated: 0,
  evidenceCreated: 0,
  evidenceUpdated: 0,
  summariesRefreshed: 0,
  database: { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 },
  ms: 0,
});

export async function writeIngest(driver: Driver, database: string, plan: Plan): Promise<WriteReport> {
  const started = Date.now();
  const report: WriteReport = {
    wrote: false,
    sourceCreated: false,
    publisherLinked: false,
    entitiesCreated: 0,
    relationshipsCreated: 0,
    evidenceCreated: 0,
    evidenceUpdated: 0,
    summariesRefreshed: 0,
    database: { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 },
    ms: 0,
  };
  if (planChangesSomething(plan)) {
    const session = driver.session({ database });
    try {
      // A retried transaction starts from a fresh report (executeWrite may run the function again).
      const final = await session.executeWrite(async (tx) => {
        const attempt: WriteReport = { ...report, database: { ...report.database } };
        await writePlan(tx, plan, attempt);
        await refreshAccessPaths(tx, touchedByPlan(plan));
        return attempt;
      });
      Object.assign(report, final, { wrote: true });
    } finally {
      await session.close();
    }
  }
  report.ms = Date.now() - started;
  return report;
}
