/**
 * What an ingest would change or did change, for people (text) and scripts (JSON).
 */
import { IngestResult } from './ingest';
import { Plan, PlannedEvidence } from './validate';

export interface ChangeSummary {
  source: { id: string; isNew: boolean; publisherLinked: boolean };
  newEntities: { id: string; label: string; name: string }[];
  newRelationships: { id: string; type: string; from: string; to: string }[];
  /** Evidence records to create or update. */
  evidenceOnNewFacts: EvidenceLine[];
  evidenceOnExistingFacts: EvidenceLine[];
  /** Among the records to write: those that dispute their fact. */
  disputes: EvidenceLine[];
  updatedEvidence: EvidenceLine[];
  unchangedEvidence: number;
  /** Records for this source that another writer made; never touched. */
  keptEvidence: number;
  /** Whether writing would change anything. */
  changes: boolean;
}

export interface EvidenceLine {
  id: string;
  factId: string;
  factType: string;
  stance: string;
  excerpt: string;
  statedValue?: number;
}

const line = (e: PlannedEvidence): EvidenceLine => ({
  id: e.id,
  factId: e.fact.id,
  factType: e.factType,
  stance: String(e.properties.stance),
  excerpt: String(e.properties.excerpt),
  ...(e.properties.statedValue !== undefined ? { statedValue: Number(e.properties.statedValue) } : {}),
});

export function summarise(plan: Plan): ChangeSummary {
  const toWrite = plan.evidence.filter((e) => e.state === 'new');
  const summary: ChangeSummary = {
    source: { id: plan.sourceId, isNew: !plan.source.exists, publisherLinked: plan.source.linkPublisher },
    newEntities: plan.entities
      .filter((e) => !e.exists)
      .map((e) => ({ id: e.id, label: e.label, name: String(e.properties.name) })),
    newRelationships: plan.relationships
      .filter((r) => !r.exists)
      .map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to })),
    evidenceOnNewFacts: toWrite.filter((e) => e.factIsNew).map(line),
    evidenceOnExistingFacts: toWrite.filter((e) => !e.factIsNew).map(line),
    disputes: plan.evidence
      .filter((e) => (e.state === 'new' || e.state === 'changed') && e.properties.stance === 'disputes')
      .map(line),
    updatedEvidence: plan.evidence.filter((e) => e.state === 'changed').map(line),
    unchangedEvidence: plan.evidence.filter((e) => e.state === 'unchanged').length,
    keptEvidence: plan.evidence.filter((e) => e.state === 'kept').length,
    changes: false,
  };
  summary.changes =
    summary.source.isNew ||
    summary.source.publisherLinked ||
    summary.newEntities.length + summary.newRelationships.length + toWrite.length + summary.updatedEvidence.length > 0;
  return summary;
}

const short = (s: string, n = 70): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The report a person reads: problems, or what would change / what changed. */
export function formatResult(result: IngestResult, dryRun: boolean): string[] {
  const out: string[] = [];
  for (const p of result.problems) out.push(`${p.file}:${p.line}: ${p.at}: ${p.message}`);
  if (result.problems.length) {
    out.push(
      `${plural(result.problems.length, 'problem')} in ${result.file}; nothing was written. Fix ${result.problems.length === 1 ? 'it' : 'them'} and run again.`,
    );
  }
  for (const w of result.warnings) out.push(`${w.file}:${w.line}: warning: ${w.at}: ${w.message}`);
  if (!result.plan) return out;

  const s = summarise(result.plan);
  out.push(
    `${result.file}: source ${s.source.id}${result.text ? ` (text ${result.text.file}, SHA-256 ${result.text.sha256.slice(0, 12)}…)` : ''}` +
      ` — ${s.source.isNew ? 'new source' : 'already in the database'}`,
  );
  if (dryRun) out.push('Dry run: this is what would change; nothing is written.');
  if (s.newEntities.length) {
    out.push(`New entities (${s.newEntities.length}):`);
    for (const e of s.newEntities) out.push(`  + ${e.id} (${e.label}) ${e.name}`);
  }
  if (s.newRelationships.length) {
    out.push(`New facts between entities (${s.newRelationships.length}):`);
    for (const r of s.newRelationships) out.push(`  + ${r.type} ${r.from} -> ${r.to}   [${r.id}]`);
  }
  if (s.source.publisherLinked) out.push(`Publisher: ${s.source.id} PUBLISHED_BY ${result.plan.source.publisherId}`);
  const newEvidence = s.evidenceOnNewFacts.length + s.evidenceOnExistingFacts.length;
  if (newEvidence) {
    out.push(
      `New evidence (${newEvidence}): ${s.evidenceOnNewFacts.length} on new facts, ${s.evidenceOnExistingFacts.length} on existing facts`,
    );
    for (const e of s.evidenceOnExistingFacts) out.push(`  + ${e.factId}  ${e.stance}  "${short(e.excerpt)}"`);
  }
  if (s.disputes.length) {
    out.push(`Disputes (${s.disputes.length}):`);
    for (const e of s.disputes) {
      out.push(
        `  ! ${e.factId}${e.statedValue !== undefined ? `  gives ${e.statedValue}` : ''}  "${short(e.excerpt)}"`,
      );
    }
  }
  if (s.updatedEvidence.length) {
    out.push(`Updated evidence (recorded by this file before, with other values) (${s.updatedEvidence.length}):`);
    for (const e of s.updatedEvidence) out.push(`  ~ ${e.id}`);
  }
  if (s.unchangedEvidence) out.push(`Already recorded, unchanged: ${plural(s.unchangedEvidence, 'evidence record')}.`);
  if (s.keptEvidence) out.push(`Recorded by another writer, left as is: ${plural(s.keptEvidence, 'evidence record')}.`);
  if (!s.changes) {
    out.push('Nothing to change: every entity, fact and evidence record of this file is already in the database.');
    return out;
  }
  const w = result.written;
  if (w) {
    out.push(
      `Wrote in one transaction (${w.ms} ms): ${w.sourceCreated ? 'the source, ' : ''}${plural(w.entitiesCreated, 'entity', 'entities')}, ` +
        `${plural(w.relationshipsCreated, 'relationship')}, ${plural(w.evidenceCreated, 'evidence record')} ` +
        `(${w.evidenceUpdated} updated); summaries of ${plural(w.summariesRefreshed, 'fact')} refreshed.`,
    );
  }
  return out;
}

/** The machine-readable report (--json). */
export function jsonResult(result: IngestResult, dryRun: boolean): Record<string, unknown> {
  return {
    file: result.file,
    ok: result.problems.length === 0,
    dryRun,
    text: result.text ?? null,
    problems: result.problems,
    warnings: result.warnings,
    changes: result.plan ? summarise(result.plan) : null,
    written: result.written ?? null,
  };
}
