/**
 * The synthetic corpus generator: deterministic (same seed, same bytes), counts in the
 * manifest that match the files, the ontology's shape (every record parses with the
 * loader's own checks, every relationship endpoint exists), evidence as records of their
 * own with the multi-source structure the manifest announces (docs/evidence.md), and the
 * skew that makes it worth benchmarking on (hub actors).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evidenceId, EvidenceRecordBody } from '../../src/load/evidence';
import { generateCorpus, Manifest } from '../../src/corpus/generate';
import {
  CorpusRecord,
  isEvidenceRecord,
  isNodeRecord,
  parseRecord,
  PROVENANCE_PROPERTIES,
  RelationshipRecord,
  SUMMARY_PROPERTIES,
} from '../../src/load/format';

const options = { seed: 11, countries: 10, actors: 200, events: 800 };
let work: string;

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
const records = (dir: string, file: string): CorpusRecord[] => read(dir, file).trim().split('\n').map(parseRecord);

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-generator-test-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('synthetic corpus generator', () => {
  let a: Manifest;

  it('writes the same bytes for the same seed, and different ones for another seed', async () => {
    a = await generateCorpus(options, path.join(work, 'a'));
    await generateCorpus(options, path.join(work, 'b'));
    const c = await generateCorpus({ ...options, seed: 12 }, path.join(work, 'c'));
    for (const f of [...a.files, 'manifest.json'])
      expect(read(path.join(work, 'b'), f)).toBe(read(path.join(work, 'a'), f));
    expect(read(path.join(work, 'c'), 'rels/PARTICIPATED_IN.jsonl')).not.toBe(
      read(path.join(work, 'a'), 'rels/PARTICIPATED_IN.jsonl'),
    );
    expect(c.files.length).toBeGreaterThan(20);
  });

  it('records in the manifest exactly what the files hold, in the ontology shape, facts without provenance', () => {
    const dir = path.join(work, 'a');
    const ids = new Set<string>();
    const sources = new Set<string>();
    const rels: RelationshipRecord[] = [];
    const nodes: Record<string, number> = {};
    const types: Record<string, number> = {};
    const evidence: Record<string, number> = {};
    const relIds = new Set<string>();
    const misplaced: string[] = [];
    const withProvenance: string[] = [];
    for (const f of a.files) {
      const seen = new Set<string>();
      for (const r of records(dir, f)) {
        if (isEvidenceRecord(r)) {
          // Evidence follows its fact, in the fact's file.
          if (!seen.has(r.evidence.factId)) misplaced.push(`${f}: ${r.evidence.factId}`);
          evidence[r.evidence.factType] = (evidence[r.evidence.factType] ?? 0) + 1;
          continue;
        }
        for (const key of [...PROVENANCE_PROPERTIES, ...SUMMARY_PROPERTIES])
          if (key in r.properties) withProvenance.push(`${f}: ${r.properties.id}.${key}`);
        seen.add(r.properties.id);
        if (isNodeRecord(r)) {
          expect(ids.has(r.properties.id)).toBe(false);
          ids.add(r.properties.id);
          if (r.label === 'Source') sources.add(r.properties.id);
          nodes[r.label] = (nodes[r.label] ?? 0) + 1;
          expect(r.properties.synthetic).toBe(true);
        } else {
          expect(relIds.has(r.properties.id)).toBe(false);
          relIds.add(r.properties.id);
          rels.push(r);
          types[r.type] = (types[r.type] ?? 0) + 1;
        }
      }
    }
    expect({ misplaced, withProvenance }).toEqual({ misplaced: [], withProvenance: [] });
    expect({ nodes, relationships: types, evidence }).toEqual(a.counts);
    expect(a.totals.evidence).toBe(Object.values(evidence).reduce((x, y) => x + y, 0));
    expect(rels.filter((r) => !ids.has(r.from) || !ids.has(r.to))).toEqual([]);
    // Sources and PUBLISHED_BY are document metadata: no evidence.
    expect(a.counts.evidence.Source).toBeUndefined();
    expect(a.counts.evidence.PUBLISHED_BY).toBeUndefined();
    expect(sources.size).toBe(a.counts.nodes.Source);
  });

  it('gives every fact evidence: mostly one source, a Zipf-like tail of 2–4, a few disputed, as the manifest says', () => {
    const dir = path.join(work, 'a');
    const facts = new Map<string, { kind: string; type: string; from?: string; to?: string }>();
    const byFact = new Map<string, EvidenceRecordBody[]>();
    const evidenceIds = new Set<string>();
    const values = new Map<string, number>();
    const wrong: string[] = [];
    for (const f of a.files) {
      for (const r of records(dir, f)) {
        if (isEvidenceRecord(r)) {
          const e = r.evidence;
          const fact = facts.get(e.factId);
          const id = evidenceId(e);
          const problems = [
            // The fact is described as it is; synthetic sources have no text, so no offsets.
            fact?.kind === e.factKind && fact.type === e.factType && fact.from === e.factFrom && fact.to === e.factTo
              ? ''
              : 'fact',
            e.textStart === undefined && e.textEnd === undefined && e.excerpt.startsWith('[synthetic] ')
              ? ''
              : 'excerpt',
            /^source:syn-\d{6}$/.test(e.sourceId) ? '' : 'source',
            // Only the source's own reporting is 'asserted' (docs/ontology.md).
            e.status !== 'asserted' || e.attribution === 'reporting' ? '' : 'asserted',
            evidenceIds.has(id) ? 'duplicate' : '',
          ].filter(Boolean);
          if (problems.length) wrong.push(`${id}: ${problems.join(', ')}`);
          evidenceIds.add(id);
          byFact.set(e.factId, [...(byFact.get(e.factId) ?? []), e]);
        } else if (isNodeRecord(r)) {
          if (r.label !== 'Source') facts.set(r.properties.id, { kind: 'node', type: r.label });
          if (r.label === 'Statistic') values.set(r.properties.id, r.properties.value as number);
        } else if (r.type !== 'PUBLISHED_BY') {
          facts.set(r.properties.id, { kind: 'relationship', type: r.type, from: r.from, to: r.to });
        }
      }
    }
    expect(wrong).toEqual([]);
    expect([...facts.keys()].filter((id) => !byFact.has(id))).toEqual([]);
    const bySourceCount: Record<string, number> = {};
    let twice = 0;
    let disputed = 0;
    for (const [factId, evidence] of byFact) {
      const sources = new Set(evidence.map((e) => e.sourceId));
      bySourceCount[sources.size] = (bySourceCount[sources.size] ?? 0) + 1;
      const supporting = evidence.filter((e) => e.stance === 'supports');
      if (new Set(supporting.map((e) => e.sourceId)).size < supporting.length) twice++;
      const disputes = evidence.filter((e) => e.stance === 'disputes');
      if (disputes.length > 0) {
        disputed++;
        // A dispute comes from a source that does not support the fact; a statistic's gives another figure.
        for (const d of disputes) expect(supporting.some((s) => s.sourceId === d.sourceId)).toBe(false);
        if (values.has(factId)) expect(disputes.every((d) => d.statedValue !== values.get(factId))).toBe(true);
      }
    }
    expect(a.evidence).toEqual({
      facts: facts.size,
      factsBySourceCount: bySourceCount,
      factsQuotedTwiceByOneSource: twice,
      disputedFacts: disputed,
    });
    const share = (n: number): number => n / facts.size;
    expect(share(bySourceCount['1']!)).toBeGreaterThan(0.7);
    expect(share(bySourceCount['1']!)).toBeLessThan(0.85);
    expect(bySourceCount['2']!).toBeGreaterThan(bySourceCount['3']!);
    expect(bySourceCount['3']!).toBeGreaterThan(bySourceCount['4']!);
    expect(bySourceCount['4']!).toBeGreaterThan(0);
    expect(share(disputed)).toBeGreaterThan(0.005);
    expect(share(disputed)).toBeLessThan(0.05);
    expect(twice).toBeGreaterThan(0);
  });

  it('is skewed: the busiest actor takes part in many times the median actor’s events', () => {
    const degree = new Map<string, number>();
    for (const r of records(path.join(work, 'a'), 'rels/PARTICIPATED_IN.jsonl')) {
      if (isEvidenceRecord(r) || isNodeRecord(r)) continue;
      if (r.from.startsWith('person:')) degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((x, y) => y - x);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(5 * median);
  });
});
