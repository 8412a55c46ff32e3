/**
 * The online loader's bookkeeping that needs no database: the checkpoint of a file whose batches
 * commit out of order (parallel transactions), and a batch's plan (what it writes, the ids that keep
 * two batches apart, records given twice, evidence that contradicts its fact).
 */
import type fs from 'node:fs';
import { FileProgress } from '../../src/load/file-progress';
import { parseRecord } from '../../src/load/format';
import { planBatch } from '../../src/load/batch';
import { LoadError } from '../../src/load/error';

const stat = { size: 1, mtimeMs: 1 } as fs.Stats;

function recorder(): {
  saves: [number, boolean][];
  checkpoint: { save: (n: string, s: fs.Stats, l: number, d: boolean) => void };
} {
  const saves: [number, boolean][] = [];
  return { saves, checkpoint: { save: (_n, _s, lines, done) => saves.push([lines, done]) } };
}

describe('FileProgress (the checkpoint of one file)', () => {
  it('moves only over batches committed with nothing uncommitted before them', () => {
    const { saves, checkpoint } = recorder();
    const p = new FileProgress('f.jsonl', stat, checkpoint);
    const [a, b, c] = [p.send(), p.send(), p.send()];
    p.commit(b, 200); // the second batch commits first: lines 1-100 are not committed yet
    expect(saves).toEqual([]);
    p.commit(a, 100); // now 1-200 are
    expect(saves).toEqual([[200, false]]);
    p.finish(310); // read to the end; the last batch is still in flight
    expect(saves).toEqual([[200, false]]);
    p.commit(c, 310);
    expect(saves).toEqual([
      [200, false],
      [310, true],
    ]);
  });

  it('marks a file with nothing left to send done at once', () => {
    const { saves, checkpoint } = recorder();
    new FileProgress('f.jsonl', stat, checkpoint).finish(42);
    expect(saves).toEqual([[42, true]]);
  });
});

const line = (o: unknown): string => JSON.stringify(o);
const evidence = (factId: string, extra: Record<string, unknown> = {}): string =>
  line({
    evidence: {
      factId,
      factKind: 'node',
      factType: 'Person',
      sourceId: 'source:a',
      excerpt: `about ${factId}`,
      attribution: 'reporting',
      attributedTo: 'org:a',
      confidence: 0.9,
      status: 'asserted',
      stance: 'supports',
      ...extra,
    },
  });

describe('planBatch', () => {
  it('merges a record given twice, and keys the batch by every id it writes or refreshes', () => {
    const records = [
      line({ label: 'Person', properties: { id: 'person:a', name: 'A' } }),
      evidence('person:a'),
      line({ label: 'Person', properties: { id: 'person:a', born: '1950' } }),
      evidence('person:elsewhere'),
    ].map(parseRecord);
    const plan = planBatch({ fileName: 'f.jsonl', records, lines: [1, 2, 3, 4], endLine: 4 });
    expect([...plan.nodes.entries()]).toEqual([
      ['person:a', { label: 'Person', props: { id: 'person:a', name: 'A', born: '1950' } }],
    ]);
    expect(plan.evidence).toHaveLength(2);
    // The fact of the second evidence record is in another batch: a batch writing it must not run alongside.
    expect(plan.keys.has('person:elsewhere')).toBe(true);
    expect(plan.keys.has('person:a')).toBe(true);
    for (const e of plan.evidence) expect(plan.keys.has(e.id)).toBe(true);
  });

  it('refuses evidence that describes its fact as another kind, naming the line', () => {
    const records = [
      line({ label: 'Person', properties: { id: 'person:a', name: 'A' } }),
      evidence('person:a', { factType: 'Event' }),
    ].map(parseRecord);
    expect(() => planBatch({ fileName: 'f.jsonl', records, lines: [7, 8], endLine: 8 })).toThrow(LoadError);
    expect(() => planBatch({ fileName: 'f.jsonl', records, lines: [7, 8], endLine: 8 })).toThrow(
      'f.jsonl:8: evidence for "person:a" describes it as a node Event, but the fact record above is a node Person',
    );
  });
});
