/**
 * Many sources per fact through the API: evidence lists, summaries, sources with their
 * evidence, and the provenance filters. A second (test) source is written straight into the
 * database with the model's own summary query, so this file tests the read side on its own;
 * `npm run ingest` (test/ingest) tests the write side.
 */
import { graphql } from 'graphql';
import { Graph } from '../../src/db/driver';
import { createContext } from '../../src/graphql/context';
import { buildSchema } from '../../src/graphql/schema';
import { closeDriver, getDriver, refreshSummaries, rows, testDatabase } from '../support/db';
import { startTestService, TestService } from '../support/service';

const SEED = 'source:wapo-2021-05-03-mexico-leverage';
const TEST_SOURCE = 'test:source:evidence-api';
// A seed relationship: López Obrador holds the Mexican presidency.
const FACT = { from: 'person:lopez-obrador', to: 'office:mx-president' };

let api: TestService;
let fact: { id: string; type: string };

const db = rows;

const refresh = refreshSummaries;

beforeAll(async () => {
  api = await startTestService();
  const [row] = await db(
    'MATCH (:Entity {id: $from})-[r:HOLDS_OFFICE]->(:Entity {id: $to}) RETURN r.id AS id, type(r) AS type',
    FACT,
  );
  fact = row as { id: string; type: string };
  // A second source: two supporting records (0.6 and 0.8: only the stronger counts) and, from a
  // third source, one disputing record (0.5).
  await db(
    `MERGE (s:Source {id: $source}) SET s += {title: 'Test source (synthetic, written for the tests)', kind: 'synthetic-fixture', synthetic: true}
     MERGE (t:Source {id: $source + ':b'}) SET t += {title: 'Second test source (synthetic)', kind: 'synthetic-fixture', synthetic: true}
     WITH s
     UNWIND $records AS rec
     CREATE (e:Evidence)
     SET e = rec, e.factId = $factId, e.factKind = 'relationship', e.factType = $type, e.factFrom = $from, e.factTo = $to,
         e.id = $factId + '|' + rec.sourceId + '|' + rec.textStart + '-' + rec.textEnd, e.recordedAt = datetime(), e.recordedBy = 'test'`,
    {
      source: TEST_SOURCE,
      factId: fact.id,
      type: fact.type,
      ...FACT,
      records: [
        {
          sourceId: TEST_SOURCE,
          excerpt: 'the president, López Obrador',
          textStart: 0,
          textEnd: 28,
          attribution: 'reporting',
          attributedTo: 'test',
          confidence: 0.6,
          status: 'asserted',
          stance: 'supports',
        },
        {
          sourceId: TEST_SOURCE,
          excerpt: 'López Obrador, Mexico’s president',
          textStart: 40,
          textEnd: 73,
          attribution: 'named-person',
          attributedTo: 'test',
          confidence: 0.8,
          status: 'reported',
          stance: 'supports',
        },
        {
          sourceId: `${TEST_SOURCE}:b`,
          excerpt: 'not the president',
          textStart: 5,
          textEnd: 22,
          attribution: 'unnamed-others',
          attributedTo: 'test critics',
          confidence: 0.5,
          status: 'alleged',
          stance: 'disputes',
        },
      ],
    },
  );
  await refresh([{ id: fact.id, ...FACT }]);
});

afterAll(async () => {
  await db('MATCH (e:Evidence) WHERE e.sourceId STARTS WITH $source DELETE e', { source: TEST_SOURCE });
  await db('MATCH (s:Source) WHERE s.id STARTS WITH $source DETACH DELETE s', { source: TEST_SOURCE });
  await refresh([{ id: fact.id, ...FACT }]);
  await api.stop();
  await closeDriver();
});

const REL = `query($id: ID!) { entity(id: $id) { relationships(type: "HOLDS_OFFICE", first: 20) { edges { node {
  id sentence sourceCount evidenceCount confidence disputed attributions statuses
  evidence { id sourceId excerpt textStart textEnd attribution confidence status stance recordedBy source { id title }
             relationship { id } entity { id } }
} } } } }`;

describe('a fact with several sources', () => {
  it('lists every record, the seed one unchanged, with summaries by the documented rule', async () => {
    const { entity } = await api.data(REL, { id: FACT.from });
    const rel = entity.relationships.edges.map((e: any) => e.node).find((n: any) => n.id === fact.id);
    expect(rel.evidence).toHaveLength(4);
    const seed = rel.evidence.filter((e: any) => e.sourceId === SEED);
    expect(seed).toHaveLength(1);
    const [stored] = await db('MATCH (e:Evidence {factId: $id, sourceId: $s}) RETURN properties(e) AS p', {
      id: fact.id,
      s: SEED,
    });
    const p = stored!.p as Record<string, unknown>;
    expect(seed[0]).toMatchObject({
      excerpt: p.excerpt,
      textStart: Number(p.textStart),
      confidence: p.confidence,
      stance: 'supports',
    });
    expect(seed[0].recordedBy).toMatch(/^seed:cypher\/data\//);
    // Every record points back at its fact, never at an entity.
    for (const e of rel.evidence) expect(e).toMatchObject({ relationship: { id: fact.id }, entity: null });
    // support = 1 - (1 - seed)(1 - 0.8); against = 0.5.
    const support = 1 - (1 - (p.confidence as number)) * (1 - 0.8);
    expect(rel).toMatchObject({
      sourceCount: 3,
      evidenceCount: 4,
      disputed: true,
      confidence: Math.round(support * (1 - 0.5) * 10000) / 10000,
      attributions: ['named-person', 'reporting', 'unnamed-others'],
    });
    expect(rel.statuses).toEqual(expect.arrayContaining(['alleged', 'asserted', 'reported']));
    expect(rel.sentence).toContain('[disputed]');
  });

  it('reads records in batches: one evidence query for every fact of a request level', async () => {
    const schema = buildSchema();
    const calls: string[] = [];
    const graph = new Graph(getDriver(), testDatabase(), 15_000, (query) => calls.push(query.name));
    const result = await graphql({
      schema,
      source: `{ neighbourhood(id: "country:mx", depth: 2) { nodes { evidence { excerpt } } relationships { evidence { excerpt } } } }`,
      contextValue: createContext(graph),
    });
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.neighbourhood.relationships.length).toBeGreaterThan(20);
    // Nodes and relationships resolve their evidence in the same tick: one batched query.
    expect(calls.filter((c) => c === 'evidence/by-facts')).toHaveLength(1);
    // The traversal itself never reads evidence records.
    expect(calls.filter((c) => c.startsWith('graph/'))).toEqual(['graph/neighbourhood']);
  });
});

describe('sources', () => {
  it('lists the sources with how much evidence each gives', async () => {
    const { sources } = await api.data('{ sources { id synthetic evidenceCount factCount disputeCount } }');
    const seed = sources.find((s: any) => s.id === SEED);
    const [count] = await db('MATCH (e:Evidence {sourceId: $s}) RETURN count(e) AS n, count(DISTINCT e.factId) AS f', {
      s: SEED,
    });
    expect(seed).toEqual({ id: SEED, synthetic: false, evidenceCount: count!.n, factCount: count!.f, disputeCount: 0 });
    expect(sources.find((s: any) => s.id === `${TEST_SOURCE}:b`)).toMatchObject({
      evidenceCount: 1,
      disputeCount: 1,
      synthetic: true,
    });
  });

  it('pages through one source’s evidence in text order, optionally by stance', async () => {
    const PAGE = `query($id: ID!, $after: String, $stance: Stance) { source(id: $id) { title
      evidence(first: 100, after: $after, stance: $stance) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id textStart factKind entity { id } relationship { id } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    let last = -1;
    for (;;) {
      const { source }: { source: any } = await api.data(PAGE, { id: SEED, after });
      total = source.evidence.totalCount;
      for (const { node } of source.evidence.edges) {
        expect(node.textStart).toBeGreaterThanOrEqual(last);
        last = node.textStart;
        expect(node.factKind === 'node' ? node.entity : node.relationship).not.toBeNull();
        seen.push(node.id);
      }
      if (!source.evidence.pageInfo.hasNextPage) break;
      after = source.evidence.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(total);
    const [n] = await db('MATCH (e:Evidence {sourceId: $s}) RETURN count(e) AS n', { s: SEED });
    expect(total).toBe(n!.n);
    const disputes = await api.data(PAGE, { id: `${TEST_SOURCE}:b`, stance: 'disputes' });
    expect(disputes.source.evidence.totalCount).toBe(1);
    const supports = await api.data(PAGE, { id: `${TEST_SOURCE}:b`, stance: 'supports' });
    expect(supports.source.evidence.totalCount).toBe(0);
  });

  it('answers NOT_FOUND for an unknown source', async () => {
    expect(await api.errorCode('{ source(id: "source:nope") { id } }')).toBe('NOT_FOUND');
  });
});

describe('provenance filters', () => {
  it('neighbourhood: only disputed relationships, only multi-source ones, only by attribution', async () => {
    const Q = `query($p: ProvenanceFilter) { neighbourhood(id: "person:lopez-obrador", depth: 1, provenance: $p) {
      relationships { id disputed sourceCount attributions } } }`;
    const disputed = await api.data(Q, { p: { disputed: true } });
    expect(disputed.neighbourhood.relationships.map((r: any) => r.id)).toEqual([fact.id]);
    const multi = await api.data(Q, { p: { minSources: 2 } });
    expect(multi.neighbourhood.relationships.map((r: any) => r.id)).toEqual([fact.id]);
    const all = await api.data(Q, { p: null });
    const named = await api.data(Q, { p: { attributions: ['named-person'] } });
    expect(named.neighbourhood.relationships.length).toBeGreaterThan(0);
    expect(named.neighbourhood.relationships.length).toBeLessThan(all.neighbourhood.relationships.length);
    for (const r of named.neighbourhood.relationships) expect(r.attributions).toContain('named-person');
  });

  it('linkage paths follow only relationships that pass the filter', async () => {
    const Q = `query($p: ProvenanceFilter) { linkagePaths(from: "person:lopez-obrador", to: "office:mx-president", k: 3, maxHops: 3, provenance: $p) {
      hops { relationship { id sourceCount } } } }`;
    const multi = await api.data(Q, { p: { minSources: 2 } });
    expect(multi.linkagePaths.length).toBeGreaterThan(0);
    for (const path of multi.linkagePaths)
      for (const h of path.hops) expect(h.relationship.sourceCount).toBeGreaterThanOrEqual(2);
    const none = await api.data(Q, { p: { minSources: 4 } });
    expect(none.linkagePaths).toEqual([]);
  });

  it('timeline and search keep only events and entities whose evidence passes', async () => {
    const alleged = await api.data(
      '{ timeline(actor: "country:mx", provenance: {statuses: ["alleged", "reported"]}) { event { id statuses } } }',
    );
    const all = await api.data('{ timeline(actor: "country:mx") { event { id } } }');
    expect(alleged.timeline.length).toBeLessThan(all.timeline.length);
    for (const t of alleged.timeline)
      expect(t.event.statuses.some((s: string) => ['alleged', 'reported'].includes(s))).toBe(true);
    const { search } = await api.data(
      '{ search(query: "Mexico", first: 50, provenance: {attributions: ["unnamed-officials"]}) { entity { attributions } } }',
    );
    expect(search.length).toBeGreaterThan(0);
    for (const h of search) expect(h.entity.attributions).toContain('unnamed-officials');
  });

  it('rejects unknown vocabulary and bad counts with BAD_USER_INPUT naming the argument', async () => {
    const res = await api.gql('{ search(query: "Mexico", provenance: {attributions: ["rumour"]}) { score } }');
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'provenance.attributions',
    });
    expect(res.body.errors?.[0]?.message).toContain('unnamed-officials');
    expect(await api.errorCode('{ neighbourhood(id: "country:mx", provenance: {minSources: 0}) { truncated } }')).toBe(
      'BAD_USER_INPUT',
    );
    expect(await api.errorCode('{ timeline(actor: "country:mx", provenance: {statuses: []}) { event { id } } }')).toBe(
      'BAD_USER_INPUT',
    );
  });
});
