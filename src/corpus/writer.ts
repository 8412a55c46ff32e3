/**
 * Streams corpus records to JSON Lines files, one file per node label
 * (`nodes/<Label>.jsonl`) and per relationship type (`rels/<TYPE>.jsonl`), counting as it
 * goes. A fact's evidence records go to its file, on the lines right after the fact, so the
 * loader writes a fact, its evidence and its summaries in one transaction. Records are buffered per file and written in 64 KiB chunks; when a file stream's
 * buffer is full the caller awaits `drain()`, so memory stays flat however large the corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EvidenceRecordBody } from '../load/evidence';
import { JsonProperties } from '../load/format';
import { NodeLabel, RelationshipType } from '../ontology/labels';

const CHUNK = 64 * 1024;

class JsonlFile {
  private buffer = '';
  private readonly stream: fs.WriteStream;
  /** Fact (node or relationship) lines. */
  count = 0;
  evidence = 0;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.stream = fs.createWriteStream(file, { encoding: 'utf8' });
  }

  append(line: string, isEvidence = false): void {
    this.buffer += line + '\n';
    if (isEvidence) this.evidence++;
    else this.count++;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    this.stream.write(this.buffer);
    this.buffer = '';
  }

  /** True while the stream's buffer is over its high-water mark (the 'drain' event is still to come). */
  get blocked(): boolean {
    return this.stream.writableNeedDrain;
  }

  async drain(): Promise<void> {
    if (!this.stream.writableNeedDrain) return;
    await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    this.flush();
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

export interface CorpusCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Evidence records by the type of their fact (a node label or a relationship type). */
  evidence: Record<string, number>;
}

export class CorpusWriter {
  private readonly files = new Map<string, JsonlFile>();
  private readonly nodeFiles = new Map<string, JsonlFile>();
  private readonly relFiles = new Map<string, JsonlFile>();
  relationshipTotal = 0;
  nodeTotal = 0;
  evidenceTotal = 0;

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  private file(map: Map<string, JsonlFile>, key: string, relPath: string): JsonlFile {
    let f = map.get(key);
    if (!f) {
      f = new JsonlFile(path.join(this.dir, relPath));
      map.set(key, f);
      this.files.set(relPath, f);
    }
    return f;
  }

  node(label: NodeLabel, properties: JsonProperties & { id: string }): void {
    this.file(this.nodeFiles, label, `nodes/${label}.jsonl`).append(JSON.stringify({ label, properties }));
    this.nodeTotal++;
  }

  rel(type: RelationshipType, from: string, to: string, properties: JsonProperties & { id: string }): void {
    this.file(this.relFiles, type, `rels/${type}.jsonl`).append(JSON.stringify({ type, from, to, properties }));
    this.relationshipTotal++;
  }

  /** An evidence record, into its fact's file (write it after the fact). */
  evidence(record: EvidenceRecordBody): void {
    const file =
      record.factKind === 'node'
        ? this.file(this.nodeFiles, record.factType, `nodes/${record.factType}.jsonl`)
        : this.file(this.relFiles, record.factType, `rels/${record.factType}.jsonl`);
    file.append(JSON.stringify({ evidence: record }), true);
    this.evidenceTotal++;
  }

  /** Wait for every file whose OS buffer is full. Call between units of work. */
  async drain(): Promise<void> {
    for (const f of this.files.values()) if (f.blocked) await f.drain();
  }

  async close(): Promise<CorpusCounts> {
    for (const f of this.files.values()) await f.close();
    const counts: CorpusCounts = { nodes: {}, relationships: {}, evidence: {} };
    for (const [label, f] of [...this.nodeFiles].sort()) counts.nodes[label] = f.count;
    for (const [type, f] of [...this.relFiles].sort()) counts.relationships[type] = f.count;
    for (const [type, f] of [...this.nodeFiles, ...this.relFiles].sort())
      if (f.evidence) counts.evidence[type] = f.evidence;
    return counts;
  }

  /** Files written so far, relative to the corpus directory. */
  fileNames(): string[] {
    return [
      ...[...this.nodeFiles.keys()].sort().map((l) => `nodes/${l}.jsonl`),
      ...[...this.relFiles.keys()].sort().map((t) => `rels/${t}.jsonl`),
    ];
  }
}
