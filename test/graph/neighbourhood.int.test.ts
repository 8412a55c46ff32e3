/**
 * graph/neighbourhood expands hop by hop (issue #16). Its answers must be those of the
 * variable-length form it replaced (neighbourhood-paths.cypher, the reference), for every
 * entity of the seed graph: an untruncated answer is the same set of relationships; a
 * truncated one is truncated on both sides, holds exactly $limit relationships, and each of
 * them is in the reference's whole answer (the two stop at different relationships: the
 * order they are found in differs).
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Session } from 'neo4j-driver';
import { graph } from '../../src/db/queries';
import type { NeighbourhoodParams, NeighbourhoodRow } from '../../src/db/queries/graph';
import { toCypherParams } from '../../src/db/driver';
import { queryParams, queryText } from '../../src/db/query';
import { closeDriver, getDriver, rows, testDatabase } from '../support/db';

const REFERENCE = fs.readFileSync(path.join(__dirname, 'neighbourhood-paths.cypher'), 'utf8');
const WHOLE = 1_000_000;
const LIMITS = [5, 200];

const ANY: Omit<NeighbourhoodParams, 'id' | 'depth' | 'limit'> = {
  types: null,
  issue: null,
  minConfidence: 0,
  from: null,
  to: null,
  minSources: null,
  attributions: null,
  statuses: null,
  disputed: null,
};

let session: Session;
let ids: string[];

beforeAll(async () => {
  session = getDriver().session({ database: testDatabase(), defaultAccessMode: neo4j.session.READ });
  ids = (await rows('MATCH (e:Entity) RETURN e.id AS id ORDER BY id')).map((r) => String(r.id));
});

afterAll(async () => {
  await session.close();
  await closeDriver();
});

async function answer(cypher: string, params: Record<string, unknown>): Promise<NeighbourhoodRow> {
  const r = await session.executeRead((tx) => tx.run(cypher, params));
  expect(r.records).toHaveLength(1);
  return r.records[0]!.toObject() as NeighbourhoodRow;
}

const hopByHop = (p: NeighbourhoodParams) =>
  answer(queryText(graph.neighbourhood), queryParams(graph.neighbourhood, p));
const reference = (p: NeighbourhoodParams) => answer(REFERENCE, toCypherParams(p) as Record<string, unknown>);

interface Tally {
  identical: number;
  truncated: number;
  empty: number;
  mismatches: string[];
}

/** Compare both queries for every entity at the given depths and filter; the tally of answers. */
async function compareAll(depths: number[], filter: Partial<NeighbourhoodParams>): Promise<Tally> {
  const tally: Tally = { identical: 0, truncated: 0, empty: 0, mismatches: [] };
  for (const id of ids) {
    for (const depth of depths) {
      const base = { ...ANY, ...filter, id, depth };
      const whole = await reference({ ...base, limit: WHOLE });
      expect(whole.truncated).toBe(false);
      const all = new Set(whole.relationships.map((r) => r.id));
      for (const limit of LIMITS) {
        const now = await hopByHop({ ...base, limit });
        const before = await reference({ ...base, limit });
        const got = now.relationships.map((r) => r.id);
        const where = `${id} depth ${depth} limit ${limit} ${JSON.stringify(filter)}`;
        if (now.centre !== id) tally.mismatches.push(`${where}: centre ${now.centre}`);
        if (now.truncated !== before.truncated) {
          tally.mismatches.push(`${where}: truncated ${now.truncated}, reference ${before.truncated}`);
        } else if (!now.truncated) {
          const same = got.length === all.size && new Set(got).size === got.length && got.every((x) => all.has(x));
          if (!same) tally.mismatches.push(`${where}: ${got.length} relationships, reference ${all.size}`);
          else if (got.length === 0) tally.empty++;
          else tally.identical++;
        } else {
          const inside = got.length === limit && new Set(got).size === limit && got.every((x) => all.has(x));
          if (!inside) tally.mismatches.push(`${where}: ${got.length} relationships not a part of the reference's`);
          else tally.truncated++;
        }
      }
    }
  }
  // For the report: how many answers of each kind the comparison covered.
  console.log(
    `neighbourhood ${JSON.stringify(filter)}: ${JSON.stringify({ ...tally, mismatches: tally.mismatches.length })}`,
  );
  return tally;
}

describe('graph/neighbourhood hop by hop answers what the variable-length expansion answered', () => {
  it('for every entity, depths 1 and 2, limits 5 and 200, no filter', async () => {
    const t = await compareAll([1, 2], {});
    expect(t.mismatches).toEqual([]);
    // Not vacuous: the seed graph has hubs whose neighbourhood is cut at 5, and whole ones.
    expect(t.truncated).toBeGreaterThan(0);
    expect(t.identical).toBeGreaterThan(0);
  });

  it('with an issue (the relationships that touch it or an entity concerning it)', async () => {
    const t = await compareAll([1, 2], { issue: 'issue:migration' });
    expect(t.mismatches).toEqual([]);
    expect(t.identical + t.truncated).toBeGreaterThan(0);
  });

  it('in a time window with a confidence floor (on relationships and nodes, the centre included)', async () => {
    const t = await compareAll([1, 2], {
      from: new neo4j.types.Date(2019, 1, 1),
      to: new neo4j.types.Date(2020, 12, 31),
      minConfidence: 0.8,
    });
    expect(t.mismatches).toEqual([]);
    expect(t.identical + t.truncated).toBeGreaterThan(0);
    expect(t.empty).toBeGreaterThan(0);
  });

  it('with types and the provenance filter', async () => {
    const t = await compareAll([2], {
      types: ['PARTICIPATED_IN', 'CONCERNS', 'HOLDS_OFFICE', 'OFFICE_OF', 'SAID_BY'],
      minSources: 1,
      attributions: ['reporting', 'named-person'],
      statuses: ['asserted', 'reported'],
      disputed: false,
    });
    expect(t.mismatches).toEqual([]);
    expect(t.identical + t.truncated).toBeGreaterThan(0);
  });
});
