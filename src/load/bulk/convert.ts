/**
 * Corpus (.jsonl, src/load/format.ts) → CSV files for `neo4j-admin database import full`
 * (Neo4j 5.26 header syntax), computing on the way what the online loader (src/load/online.ts)
 * writes with each fact: the evidence summaries (src/load/summaries.ts, the same function)
 * and the derived time bounds (./time-bounds.ts).
 *
 * Two passes over the input:
 * 1. scan — every record is parsed and checked (src/load/format.ts), ids must be unique,
 *    relationships' endpoints and evidence's facts and sources must exist; the evidence of each
 *    fact is gathered (a fact's summaries need all of it, wherever it is in the corpus) and the
 *    typed columns of each label and type are inferred (./columns.ts). Read-only, so a rerun
 *    simply repeats it.
 * 2. write — each input file becomes its own CSV data files (one per label, relationship type,
 *    and one for its evidence), written under temporary names and renamed when the file is
 *    complete; only then does the checkpoint (src/load/checkpoint.ts) mark the input file done.
 *    Killed at any point (SIGKILL included), a rerun skips the files marked done and redoes the
 *    rest. The checkpoint is tied to a fingerprint of the inferred columns and the input files, so
 *    a changed corpus starts the conversion again instead of mixing two layouts.
 * The header files (one per label/type, columns in a fixed order) are written last.
 *
 * Ids: entities and sources share the global id space (`id:ID`; relationships start at either);
 * evidence records, which no relationship references, have the group `Evidence`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { stringify } from 'csv-stringify/sync';
import { Checkpoint } from '../checkpoint';
import { evidenceId, EvidenceRecordBody } from '../evidence';
import { CorpusRecord, isNodeRecord, isRelationshipRecord, JsonProperties, parseRecord, RecordError } from '../format';
import { METADATA_RELATIONSHIP_TYPES, SOURCE_LABEL } from '../../ontology/labels';
import { inputFiles, LoadError } from '../online';
import { EvidenceSummary, summarise } from '../summaries';
import { ColumnSet, ColumnType } from './columns';
import { timeBounds } from '../time-bounds';

/** Between the elements of a list value: a control character no text in the corpus should hold. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

const SUMMARY_COLUMNS: { name: keyof EvidenceSummary; type: ColumnType }[] = [
  { name: 'attributions', type: 'string[]' },
  { name: 'confidence', type: 'double' },
  { name: 'disputed', type: 'boolean' },
  { name: 'evidenceCount', type: 'long' },
  { name: 'sourceCount', type: 'long' },
  { name: 'statuses', type: 'string[]' },
];
const TIME_COLUMNS: { name: string; type: ColumnType }[] = [
  { name: 'timeStart', type: 'date' },
  { name: 'timeEnd', type: 'date' },
  { name: 'timeDerivation', type: 'string' },
];

export interface ConvertProgress {
  phase: 'scan' | 'write';
  file: string;
  bytesDone: number;
  bytesTotal: number;
}

export interface ConvertOptions {
  dir: string;
  /** The work folder: csv/ and the checkpoint go there. */
  work: string;
  restart?: boolean;
  log?: (line: string) => void;
  onProgress?: (p: ConvertProgress) => void;
  /** Tests only: wait this long after each converted file, so a kill can land between files. */
  pauseAfterFileMs?: number;
}

/** One `--nodes=` or `--relationships=` argument: a header file and its data files. */
export interface ImportGroup {
  kind: 'nodes' | 'relationships';
  /** `Entity:Person`, `Source`, `Evidence`, or a relationship type. */
  name: string;
  header: string;
  files: string[];
}

export interface ConversionResult {
  groups: ImportGroup[];
  /** Some value holds a line break: the importer must be told (--multiline-fields). */
  multiline: boolean;
  counts: { nodes: number; relationships: number; evidence: number };
  filesConverted: number;
  filesResumed: number;
  /** The checking pass, the writing pass (files resumed take no time), and both with the headers. */
  scanSeconds: number;
  writeSeconds: number;
  seconds: number;
}

/**
 * What the conversion keeps of one evidence record between its two passes: what the fact's
 * summaries need, and where the record's kept copy is. Not the record itself: at the large
 * preset (~9M records) the bodies, excerpts included, outgrew a 4 GB heap; the writing pass
 * reads them again from the file.
 */
interface KeptEvidence {
  /** The evidence id without its `<factId>|` prefix: tells two copies of one record apart from two records. */
  key: string;
  /** file index × LINE_SPAN + line number of the copy that wins (the last one). */
  at: number;
  sourceId: string;
  stance: EvidenceRecordBody['stance'];
  confidence: number;
  attribution: EvidenceRecordBody['attribution'];
  status: EvidenceRecordBody['status'];
}

const NOT_READ_YET = Symbol('not read yet');

/** Positions pack into one safe integer: up to 2^20 files of up to 2^32 lines each. */
const LINE_SPAN = 2 ** 32;

/** An evidence record whose fact or source had not been read yet when it was: checked after the scan. */
interface DeferredCheck {
  file: number;
  line: number;
  e: Pick<EvidenceRecordBody, 'factId' | 'factKind' | 'factFrom' | 'factTo' | 'sourceId'>;
}

const recordedBy = (fileName: string): string => `loader:${fileName}`;

/** A value as the CSV field neo4j-admin reads back as the column's type (null: absent). */
function field(v: unknown, type: ColumnType, where: () => string): unknown {
  if (v === undefined || v === null) return null;
  if (type.endsWith('[]')) {
    const items = v as unknown[];
    for (const x of items)
      if (typeof x === 'string' && x.includes(ARRAY_DELIMITER))
        throw new LoadError(
          `${where()}: a list element holds the character U+001F, which the bulk import uses between list elements`,
        );
    return items.map(String).join(ARRAY_DELIMITER);
  }
  return v;
}

/**
 * One CSV row as neo4j-admin reads it (RFC 4180 quoting): strings always quoted with inner quotes
 * doubled, so "" stays an empty string while an unquoted empty field means null (no property);
 * numbers and booleans bare. Written here rather than with csv-stringify (a dependency, used for
 * the header lines): its per-field cast hooks, needed to tell "" from null, measured 143 µs a row
 * on this machine against ~2 µs for this — most of the conversion's time on the small corpus.
 */
function csvRow(fields: unknown[]): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) out += ',';
    const v = fields[i];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') out += '"' + (v.includes('"') ? v.replace(/"/g, '""') : v) + '"';
    else out += String(v);
  }
  return out + '\n';
}

/** Buffered CSV rows into one file, flushed in blocks. */
class CsvOut {
  private rows: string[] = [];
  private fd: number;
  constructor(
    readonly tmp: string,
    readonly final: string,
  ) {
    this.fd = fs.openSync(tmp, 'w');
  }
  write(row: unknown[]): void {
    this.rows.push(csvRow(row));
    if (this.rows.length >= 5000) this.flush();
  }
  flush(): void {
    if (this.rows.length === 0) return;
    fs.writeSync(this.fd, this.rows.join(''));
    this.rows = [];
  }
  close(): void {
    this.flush();
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    fs.renameSync(this.tmp, this.final);
  }
}

/** Convert the corpus in `dir` to import CSV under `work` (see the module comment). */
export async function convertCorpus(options: ConvertOptions): Promise<ConversionResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const files = await inputFiles(options.dir);
  const bytesTotal = files.reduce((s, f) => s + f.stat.size, 0);

  // ---- pass 1: scan ----
  const nodeColumns = new Map<string, ColumnSet>();
  const relColumns = new Map<string, ColumnSet>();
  const evidenceColumns = new ColumnSet('the evidence records');
  const nodeIds = new Map<string, boolean>(); // id → is a :Source
  const relEnds = new Map<string, string>(); // relationship id → "from\0to"
  /** Per fact id, its distinct evidence records (the summaries need all of them, wherever they are). */
  const byFact = new Map<string, KeptEvidence[]>();
  let evidenceCount = 0;
  const deferred: DeferredCheck[] = [];
  // One string per distinct value (source ids, vocabulary): millions of records share a few thousand.
  const interned = new Map<string, string>();
  const intern = <T extends string>(v: T): T => {
    const known = interned.get(v);
    if (known !== undefined) return known as T;
    interned.set(v, v);
    return v;
  };
  let scanDone = false;
  /**
   * Evidence must be about a fact of the corpus and cite a source of it (as the online loader
   * requires). During the scan, NOT_READ_YET means "not read yet": checked again after it.
   */
  const checkEvidence = (e: DeferredCheck['e']): string | typeof NOT_READ_YET | undefined => {
    const source = nodeIds.get(e.sourceId);
    const found =
      e.factKind === 'node'
        ? nodeIds.get(e.factId) === false
        : relEnds.get(e.factId) === `${e.factFrom}\u0000${e.factTo}`;
    if (source === true && found) return undefined;
    if (!scanDone) return NOT_READ_YET;
    if (source !== true)
      return `evidence cites source "${e.sourceId}", which is not a Source of the corpus. Add the source or fix sourceId.`;
    return (
      `evidence is about ${e.factKind} "${e.factId}"${e.factKind === 'relationship' ? ` from "${e.factFrom}" to "${e.factTo}"` : ''}, ` +
      'which is not in the corpus. Fix the fact id (sources and PUBLISHED_BY take no evidence).'
    );
  };
  let multiline = false;
  let bytesDone = 0;
  for (const [index, file] of files.entries()) {
    const lines = readline.createInterface({ input: fs.createReadStream(file.full), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      bytesDone += Buffer.byteLength(line) + 1;
      if (lineNo % 20000 === 0) options.onProgress?.({ phase: 'scan', file: file.name, bytesDone, bytesTotal });
      if (line.trim() === '') continue;
      const fail = (message: string): never => {
        throw new LoadError(message, file.name, lineNo);
      };
      let record: CorpusRecord;
      try {
        record = parseRecord(line);
      } catch (error) {
        if (error instanceof RecordError) fail(`${error.message}. Fix the line and rerun.`);
        throw error;
      }
      if (line.includes('\\n') || line.includes('\\r')) multiline = true;
      let problem: string | undefined;
      if (isNodeRecord(record)) {
        const id = record.properties.id;
        if (nodeIds.has(id))
          fail(
            `node "${id}" appears a second time; the bulk import takes each node once (merge the records, or use npm run load)`,
          );
        nodeIds.set(id, record.label === SOURCE_LABEL);
        let cols = nodeColumns.get(record.label);
        if (!cols) nodeColumns.set(record.label, (cols = new ColumnSet(`:${record.label}`)));
        const { id: _id, ...rest } = record.properties;
        problem = cols.add(rest);
      } else if (isRelationshipRecord(record)) {
        const id = record.properties.id;
        if (relEnds.has(id))
          fail(
            `relationship "${id}" appears a second time; the bulk import takes each relationship once (merge the records, or use npm run load)`,
          );
        // Node files come before relationship files (src/load/online.ts, inputFiles).
        if (!nodeIds.has(record.from))
          fail(
            `relationship "${id}" starts at "${record.from}", which is no node of the corpus; add the node or fix "from"`,
          );
        if (nodeIds.get(record.to) !== false)
          fail(
            `relationship "${id}" ends at "${record.to}", which is no entity of the corpus; add the node or fix "to"`,
          );
        relEnds.set(id, `${record.from}\u0000${record.to}`);
        let cols = relColumns.get(record.type);
        if (!cols) relColumns.set(record.type, (cols = new ColumnSet(`[:${record.type}]`)));
        problem = cols.add(record.properties);
      } else {
        const e = record.evidence;
        const evidenceFail = checkEvidence(e);
        if (evidenceFail === NOT_READ_YET) {
          const { factId, factKind, factFrom, factTo, sourceId } = e;
          deferred.push({ file: index, line: lineNo, e: { factId, factKind, factFrom, factTo, sourceId } });
        } else if (evidenceFail) fail(evidenceFail);
        // The same record twice is one :Evidence node; the online loader keeps the last one.
        const key = evidenceId(e).slice(e.factId.length + 1);
        let list = byFact.get(e.factId);
        if (!list) byFact.set(e.factId, (list = []));
        let kept = list.find((k) => k.key === key);
        if (!kept) {
          list.push((kept = { key } as KeptEvidence));
          evidenceCount++;
        }
        kept.at = index * LINE_SPAN + lineNo;
        kept.sourceId = intern(e.sourceId);
        kept.stance = intern(e.stance);
        kept.confidence = e.confidence;
        kept.attribution = intern(e.attribution);
        kept.status = intern(e.status);
        problem = evidenceColumns.add({ ...e, recordedBy: '' }, { confidence: 'double' });
      }
      if (problem) fail(problem);
    }
    options.onProgress?.({ phase: 'scan', file: file.name, bytesDone, bytesTotal });
  }

  // Evidence read before its fact or source (files are read in order, facts usually first).
  scanDone = true;
  for (const { file, line, e } of deferred) {
    const problem = checkEvidence(e);
    if (typeof problem === 'string') throw new LoadError(problem, files[file]!.name, line);
  }
  const summaryOf = (id: string): EvidenceSummary => summarise(byFact.get(id) ?? []);

  // The layout every CSV file follows; the checkpoint is valid only for the same layout and input.
  const nodeLayout = new Map([...nodeColumns].map(([label, c]) => [label, c.columns()]));
  const relLayout = new Map([...relColumns].map(([type, c]) => [type, c.columns()]));
  const evidenceLayout = evidenceColumns.columns();
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify({
        version: 1,
        files: files.map((f) => [f.name, f.stat.size, f.stat.mtimeMs]),
        nodes: [...nodeLayout],
        rels: [...relLayout],
        evidence: evidenceLayout,
      }),
    )
    .digest('hex');

  // ---- pass 2: write ----
  const scanSeconds = (Date.now() - started) / 1000;
  const csvDir = path.join(options.work, 'csv');
  fs.mkdirSync(csvDir, { recursive: true });
  const checkpointFile = path.join(options.work, 'conversion-checkpoint.json');
  const checkpoint = Checkpoint.open(checkpointFile, `bulk-csv ${fingerprint}`, options.restart ?? false);
  if (checkpoint.discarded)
    log(
      `Not resuming the earlier conversion (${checkpointFile}): ${checkpoint.discarded.replace(/bulk-csv [0-9a-f]+/g, 'another corpus or layout')}. Converting everything.`,
    );
  const outputName = (index: number, what: string): string => `f${String(index).padStart(5, '0')}-${what}.csv`;
  let filesConverted = 0;
  let filesResumed = 0;
  bytesDone = 0;
  for (const [index, file] of files.entries()) {
    if (checkpoint.resumeAt(file.name, file.stat).done) {
      filesResumed++;
      bytesDone += file.stat.size;
      options.onProgress?.({ phase: 'write', file: file.name, bytesDone, bytesTotal });
      continue;
    }
    const prefix = `f${String(index).padStart(5, '0')}-`;
    for (const old of fs.readdirSync(csvDir)) if (old.startsWith(prefix)) fs.rmSync(path.join(csvDir, old));
    const outs = new Map<string, CsvOut>();
    const out = (what: string): CsvOut => {
      let o = outs.get(what);
      if (!o) {
        const final = path.join(csvDir, outputName(index, what));
        outs.set(what, (o = new CsvOut(`${final}.tmp`, final)));
      }
      return o;
    };
    const recordedAt = new Date().toISOString();
    const lines = readline.createInterface({ input: fs.createReadStream(file.full), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      bytesDone += Buffer.byteLength(line) + 1;
      if (lineNo % 20000 === 0) options.onProgress?.({ phase: 'write', file: file.name, bytesDone, bytesTotal });
      if (line.trim() === '') continue;
      // Checked by parseRecord in pass 1, and parseRecord returns the record's own shape: plain JSON suffices.
      const record = JSON.parse(line) as CorpusRecord;
      const where = (): string => `${file.name}:${lineNo}`;
      if (isNodeRecord(record)) {
        const p = record.properties;
        const source = record.label === SOURCE_LABEL;
        const row: unknown[] = [p.id, ...nodeLayout.get(record.label)!.map((c) => field(p[c.name], c.type, where))];
        if (!source) row.push(...summaryFields(summaryOf(p.id), where));
        row.push(...timeFields(p));
        out(`node-${record.label}`).write(row);
      } else if (isRelationshipRecord(record)) {
        const p = record.properties;
        const row: unknown[] = [
          record.from,
          record.to,
          ...relLayout.get(record.type)!.map((c) => field(p[c.name], c.type, where)),
        ];
        if (!METADATA_RELATIONSHIP_TYPES.has(record.type)) row.push(...summaryFields(summaryOf(p.id), where));
        row.push(...timeFields(p));
        out(`rel-${record.type}`).write(row);
      } else {
        const id = evidenceId(record.evidence);
        const key = id.slice(record.evidence.factId.length + 1);
        const kept = byFact.get(record.evidence.factId)!.find((k) => k.key === key)!;
        if (kept.at !== index * LINE_SPAN + lineNo) continue; // a later copy of the same record wins
        const e: Record<string, unknown> = { ...record.evidence, recordedBy: recordedBy(file.name) };
        out('evidence').write([id, ...evidenceLayout.map((c) => field(e[c.name], c.type, where)), recordedAt]);
      }
    }
    for (const o of outs.values()) o.close();
    checkpoint.save(file.name, file.stat, lineNo, true);
    filesConverted++;
    options.onProgress?.({ phase: 'write', file: file.name, bytesDone, bytesTotal });
    if (options.pauseAfterFileMs) await new Promise((r) => setTimeout(r, options.pauseAfterFileMs));
  }

  // ---- headers, and the groups of files the importer reads ----
  const header = (name: string, columns: string[]): string => {
    const file = path.join(csvDir, `header-${name}.csv`);
    fs.writeFileSync(file, stringify([columns]));
    return file;
  };
  const typed = (cols: { name: string; type: ColumnType }[]): string[] => cols.map((c) => `${c.name}:${c.type}`);
  const dataFiles = (what: string): string[] =>
    fs
      .readdirSync(csvDir)
      .filter((f) => /^f\d{5}-/.test(f) && f.endsWith(`-${what}.csv`))
      .sort()
      .map((f) => path.join(csvDir, f));
  const groups: ImportGroup[] = [];
  for (const [label, cols] of [...nodeLayout].sort()) {
    const source = label === SOURCE_LABEL;
    groups.push({
      kind: 'nodes',
      name: source ? SOURCE_LABEL : `Entity:${label}`,
      header: header(`node-${label}`, [
        'id:ID',
        ...typed(cols),
        ...(source ? [] : typed(SUMMARY_COLUMNS)),
        ...typed(TIME_COLUMNS),
      ]),
      files: dataFiles(`node-${label}`),
    });
  }
  if (evidenceCount > 0)
    groups.push({
      kind: 'nodes',
      name: 'Evidence',
      header: header('evidence', ['id:ID(Evidence)', ...typed(evidenceLayout), 'recordedAt:datetime']),
      files: dataFiles('evidence'),
    });
  for (const [type, cols] of [...relLayout].sort()) {
    groups.push({
      kind: 'relationships',
      name: type,
      header: header(`rel-${type}`, [
        ':START_ID',
        ':END_ID',
        ...typed(cols),
        ...(METADATA_RELATIONSHIP_TYPES.has(type) ? [] : typed(SUMMARY_COLUMNS)),
        ...typed(TIME_COLUMNS),
      ]),
      files: dataFiles(`rel-${type}`),
    });
  }
  return {
    groups: groups.filter((g) => g.files.length > 0),
    multiline,
    counts: { nodes: nodeIds.size, relationships: relEnds.size, evidence: evidenceCount },
    filesConverted,
    filesResumed,
    scanSeconds,
    writeSeconds: (Date.now() - started) / 1000 - scanSeconds,
    seconds: (Date.now() - started) / 1000,
  };
}

function summaryFields(s: EvidenceSummary, where: () => string): unknown[] {
  return SUMMARY_COLUMNS.map((c) => field(s[c.name], c.type, where));
}

function timeFields(p: JsonProperties): unknown[] {
  const t = timeBounds(p);
  return [t?.timeStart ?? null, t?.timeEnd ?? null, t?.timeDerivation ?? null];
}
