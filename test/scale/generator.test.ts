/**
 * The synthetic corpus generator: deterministic (same seed, same bytes), counts in the
 * manifest that match the files, the ontology's shape (every record parses with the
 * loader's own checks, every relationship endpoint exists) and the skew that makes it
 * worth benchmarking on (hub actors).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, Manifest } from '../../src/corpus/generate';
import { isNodeRecord, parseRecord, RelationshipRecord } from '../../src/corpus/format';

const options = { seed: 11, countries: 10, actors: 200, events: 800 };
let work: string;

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');

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

  it('records in the manifest exactly what the files hold, in the ontology shape', () => {
    const dir = path.join(work, 'a');
    const ids = new Set<string>();
    const rels: RelationshipRecord[] = [];
    const nodes: Record<string, number> = {};
    const types: Record<string, number> = {};
    const relIds = new Set<string>();
    for (const f of a.files) {
      for (const line of read(dir, f).trim().split('\n')) {
        const r = parseRecord(line);
        for (const key of ['sourceId', 'excerpt', 'attribution', 'attributedTo', 'confidence', 'status']) {
          expect([f, key, key in r.properties]).toEqual([f, key, true]);
        }
        if (isNodeRecord(r)) {
          expect(ids.has(r.properties.id)).toBe(false);
          ids.add(r.properties.id);
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
    expect({ nodes, relationships: types }).toEqual(a.counts);
    expect(rels.filter((r) => !ids.has(r.from) || !ids.has(r.to))).toEqual([]);
    // Only the source's own reporting is 'asserted' (docs/ontology.md).
    const statuses = fs
      .readFileSync(path.join(dir, 'rels/PARTICIPATED_IN.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => parseRecord(l).properties);
    expect(statuses.filter((p) => p.status === 'asserted' && p.attribution !== 'reporting')).toEqual([]);
  });

  it('is skewed: the busiest actor takes part in many times the median actor’s events', () => {
    const degree = new Map<string, number>();
    for (const line of read(path.join(work, 'a'), 'rels/PARTICIPATED_IN.jsonl').trim().split('\n')) {
      const r = parseRecord(line) as RelationshipRecord;
      if (r.from.startsWith('person:')) degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((x, y) => y - x);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(5 * median);
  });
});
