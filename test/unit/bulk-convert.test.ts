/**
 * The bulk conversion's evidence handling (src/load/bulk/convert.ts), without a database: it keeps
 * only what each fact's summaries need between its two passes, so the rules it must still follow —
 * the last copy of a repeated record wins, evidence read before its fact is checked after the scan,
 * a record about no fact or citing no source fails on its own line — are checked here on CSV output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertCorpus } from '../../src/load/bulk/convert';

const source = (id: string) => ({ label: 'Source', properties: { id, title: id, kind: 'news-article' } });
const country = (id: string) => ({ label: 'Country', properties: { id, name: id } });
const evidence = (factId: string, sourceId: string, confidence: number, extra: Record<string, unknown> = {}) => ({
  evidence: {
    factId,
    factKind: 'node',
    factType: 'Country',
    sourceId,
    excerpt: `${factId} in ${sourceId}`,
    attribution: 'reporting',
    attributedTo: sourceId,
    confidence,
    status: 'asserted',
    stance: 'supports',
    ...extra,
  },
});

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-convert-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, records: unknown[]): void {
  fs.mkdirSync(path.dirname(path.join(dir, 'in', name)), { recursive: true });
  fs.writeFileSync(path.join(dir, 'in', name), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

const convert = () => convertCorpus({ dir: path.join(dir, 'in'), work: path.join(dir, 'work') });

function csvLines(what: string): string[] {
  const csv = path.join(dir, 'work', 'csv');
  return fs
    .readdirSync(csv)
    .filter((f) => /^f\d{5}-/.test(f) && f.endsWith(`-${what}.csv`))
    .flatMap((f) => fs.readFileSync(path.join(csv, f), 'utf8').split('\n').filter(Boolean));
}

describe('bulk conversion: evidence', () => {
  it('keeps the last copy of a repeated record, once, and summarises the fact from it', async () => {
    write('nodes/a-sources.jsonl', [source('source:a'), source('source:b')]);
    write('nodes/b-countries.jsonl', [
      country('country:x'),
      evidence('country:x', 'source:a', 0.4),
      evidence('country:x', 'source:b', 0.5),
      // The same record as the first (same fact, source and excerpt), now rated 0.9: this copy wins.
      evidence('country:x', 'source:a', 0.9),
    ]);
    const result = await convert();
    expect(result.counts).toEqual({ nodes: 3, relationships: 0, evidence: 2 });
    const rows = csvLines('evidence');
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.includes('source:a'))).toHaveLength(1);
    expect(rows.find((r) => r.includes('source:a'))).toContain('0.9');
    // Noisy-OR over the two sources' strongest support: 1 − (1 − 0.9)(1 − 0.5) = 0.95.
    const [countryRow] = csvLines('node-Country');
    expect(countryRow).toContain('0.95');
    expect(countryRow).not.toContain('0.7'); // what the first copy (0.4) would have given
  });

  it('accepts evidence read before its fact, and refuses evidence about no fact, naming the line', async () => {
    write('nodes/a-sources.jsonl', [source('source:a')]);
    // An evidence-only file is read last; here the evidence sits in an entity file before its fact.
    write('nodes/b-countries.jsonl', [evidence('country:y', 'source:a', 0.5), country('country:y')]);
    await expect(convert()).resolves.toMatchObject({ counts: { evidence: 1 } });

    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    write('nodes/a-sources.jsonl', [source('source:a')]);
    write('nodes/b-countries.jsonl', [country('country:y'), evidence('country:nowhere', 'source:a', 0.5)]);
    await expect(convert()).rejects.toThrow(/b-countries\.jsonl.*2|line 2/);
    await expect(convert()).rejects.toThrow('evidence is about node "country:nowhere"');
  });

  it('refuses evidence citing a source the corpus does not have', async () => {
    write('nodes/a-sources.jsonl', [source('source:a')]);
    write('nodes/b-countries.jsonl', [country('country:z'), evidence('country:z', 'source:missing', 0.5)]);
    await expect(convert()).rejects.toThrow('evidence cites source "source:missing", which is not a Source');
  });
});
