import { DerivationKey, DERIVATIONS, TIME_DERIVATIONS } from '../../src/ontology/derivations';
import { rows } from '../support/db';
import { useTestService } from '../support/service';

const api = useTestService();

const db = rows;

describe('search', () => {
  const SEARCH =
    'query($q: String!, $types: [String!], $first: Int) { search(query: $q, types: $types, first: $first) { score wordsMatched entity { id entityType name } } }';

  it.each([
    ['AMLO', 'person:lopez-obrador'],
    ['Lopez Obrador', 'person:lopez-obrador'],
    ['López Obrador', 'person:lopez-obrador'],
    ['Ebrad', 'person:marcelo-ebrard'],
    ['Remain in Mexico', 'policy:remain-in-mexico'],
  ])('finds %s: %s ranks first', async (q, id) => {
    const { search } = await api.data(SEARCH, { q, types: q === 'Remain in Mexico' ? ['Policy'] : null });
    expect(search[0].entity.id).toBe(id);
    // Ranked by how many words matched, then by score.
    const ranks = search.map((h: { wordsMatched: number; score: number }) => [h.wordsMatched, h.score]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
  });

  it('ranks an entity whose name holds every word above one that matches some through an alias', async () => {
    // The issue "Vaccines" has the alias "AstraZeneca vaccine doses"; the concession is named by both words.
    const { search } = await api.data(SEARCH, { q: 'vaccine doses' });
    const ids = search.map((h: { entity: { id: string } }) => h.entity.id);
    expect(ids[0]).toBe('concession:2021-03-us-vaccine-doses');
    expect(ids).toContain('issue:vaccines');
    const named = search.filter(
      (h: { entity: { name: string } }) => /vaccine/i.test(h.entity.name) && /doses/i.test(h.entity.name),
    );
    expect(ids.slice(0, named.length).sort()).toEqual(named.map((h: { entity: { id: string } }) => h.entity.id).sort());
  });

  it('filters by entity type', async () => {
    const { search } = await api.data(SEARCH, { q: 'Obrador', types: ['Quote'] });
    expect(search.length).toBeGreaterThan(0);
    for (const hit of search) expect(hit.entity.entityType).toBe('Quote');
  });

  it('rejects an empty query, a bad page size and a bad type name with BAD_USER_INPUT', async () => {
    expect(await api.errorCode(SEARCH, { q: '  ' })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(SEARCH, { q: 'Harris', first: 0 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(SEARCH, { q: 'Harris', first: 1000 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(SEARCH, { q: 'Harris', types: ['Person) DETACH DELETE n //'] })).toBe('BAD_USER_INPUT');
  });

  it('treats Lucene syntax in the query as words, not as query operators', async () => {
    const { search } = await api.data(SEARCH, { q: 'Ebrard AND (OR "' });
    expect(search[0].entity.id).toBe('person:marcelo-ebrard');
  });
});

describe('entity', () => {
  const ENTITY = `query($id: ID!, $type: String!, $first: Int, $after: String) {
    entity(id: $id) {
      id name aliases entityType
      relationshipCounts { type direction count }
      relationships(type: $type, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { id type from { id } to { id } evidence { excerpt attribution confidence source { title publisher } } } }
      }
    }
  }`;

  it('returns aliases and relationship counts that match the database', async () => {
    const { entity } = await api.data(ENTITY, { id: 'person:lopez-obrador', type: 'PARTICIPATED_IN' });
    expect(entity.aliases).toEqual(expect.arrayContaining(['AMLO', 'López Obrador']));
    const [degree] = await db('MATCH (n:Entity {id: $id})-[r]-() RETURN count(r) AS c', { id: 'person:lopez-obrador' });
    const total = entity.relationshipCounts.reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(total).toBe(degree!.c);
  });

  it('pages through one relationship type with Relay cursors, each relationship once', async () => {
    const [{ ids }] = (await db('MATCH (:Entity {id: $id})-[r:PARTICIPATED_IN]-() RETURN collect(r.id) AS ids', {
      id: 'person:lopez-obrador',
    })) as [{ ids: string[] }];
    expect(ids.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { entity }: { entity: any } = await api.data(ENTITY, {
        id: 'person:lopez-obrador',
        type: 'PARTICIPATED_IN',
        first: 2,
        after,
      });
      const conn: any = entity.relationships;
      expect(conn.totalCount).toBe(ids.length);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const e of conn.edges) {
        seen.push(e.node.id);
        expect(e.node.evidence[0].excerpt.length).toBeGreaterThan(0);
        expect(e.node.evidence[0].source.publisher).toBe('The Washington Post');
      }
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it('says how time bounds were derived: the stored key and its sentence, for entities and relationships', async () => {
    // The seed's dated elements hold every key the rule writes, each answered with its sentence.
    const stored = (await db(`
      CALL { MATCH (n:Entity) WHERE n.timeDerivation IS NOT NULL RETURN n.id AS id, n.timeDerivation AS key, 'entity' AS kind
             UNION ALL
             MATCH (:Entity)-[r]->(:Entity) WHERE r.timeDerivation IS NOT NULL RETURN r.id AS id, r.timeDerivation AS key, 'relationship' AS kind }
      WITH key, kind, min(id) AS id ORDER BY key, kind RETURN key, kind, id`)) as {
      key: string;
      kind: string;
      id: string;
    }[];
    expect(new Set(stored.map((r) => r.key))).toEqual(new Set(Object.keys(TIME_DERIVATIONS)));
    for (const r of stored.filter((x) => x.kind === 'entity')) {
      const { entity } = await api.data('query($id: ID!) { entity(id: $id) { timeDerivation { key description } } }', {
        id: r.id,
      });
      expect(entity.timeDerivation).toEqual({ key: r.key, description: DERIVATIONS[r.key as DerivationKey] });
    }
    const rel = stored.find((x) => x.kind === 'relationship')!;
    const [ends] = (await db('MATCH (a)-[r {id: $id}]->() RETURN a.id AS from, type(r) AS type', { id: rel.id })) as {
      from: string;
      type: string;
    }[];
    const { entity } = await api.data(
      `query($id: ID!, $type: String!) { entity(id: $id) { relationships(type: $type, direction: OUT, first: 100) {
         edges { node { id timeDerivation { key description } } } } } }`,
      { id: ends!.from, type: ends!.type },
    );
    const node = entity.relationships.edges.map((e: any) => e.node).find((n: any) => n.id === rel.id);
    expect(node.timeDerivation).toEqual({ key: rel.key, description: DERIVATIONS[rel.key as DerivationKey] });
    // An undated entity has no derivation.
    const [undated] = await db('MATCH (n:Person) WHERE n.timeStart IS NULL RETURN n.id AS id LIMIT 1');
    const none = await api.data('query($id: ID!) { entity(id: $id) { timeDerivation { key } } }', { id: undated!.id });
    expect(none.entity.timeDerivation).toBeNull();
  });

  it('says NOT_FOUND for an unknown id and BAD_USER_INPUT for a forged cursor', async () => {
    expect(await api.errorCode(ENTITY, { id: 'person:nobody', type: 'PARTICIPATED_IN' })).toBe('NOT_FOUND');
    expect(
      await api.errorCode(ENTITY, { id: 'person:lopez-obrador', type: 'PARTICIPATED_IN', after: 'not-a-cursor' }),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('overview', () => {
  const OVERVIEW = `query($first: Int, $min: Float, $time: TimeFilter, $issue: ID) {
    overview(first: $first, minConfidence: $min, time: $time, issue: $issue) {
      truncated nodes { id properties } relationships { id from { id } to { id } properties }
    }
  }`;
  const degrees = async () =>
    new Map(
      (
        (await db('MATCH (n:Entity) RETURN n.id AS id, COUNT { (n)--() } AS degree')) as {
          id: string;
          degree: number;
        }[]
      ).map((r) => [r.id, Number(r.degree)]),
    );

  it('gives the most connected entities and every relationship among them', async () => {
    const { overview } = await api.data(OVERVIEW, { first: 12 });
    expect(overview.nodes).toHaveLength(12);
    const degree = await degrees();
    const shown = overview.nodes.map((n: { id: string }) => degree.get(n.id)!);
    const lowestShown = Math.min(...shown);
    const ids = new Set(overview.nodes.map((n: { id: string }) => n.id));
    for (const [id, d] of degree) if (!ids.has(id)) expect(d).toBeLessThanOrEqual(lowestShown);
    const [{ c }] = (await db(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS c',
      {
        ids: [...ids],
      },
    )) as [{ c: number }];
    expect(overview.relationships.length).toBe(Number(c));
    expect(overview.relationships.length).toBeGreaterThan(0);
    for (const r of overview.relationships) expect(ids.has(r.from.id) && ids.has(r.to.id)).toBe(true);
    expect(overview.truncated).toBe(false);
  });

  it('applies the time and confidence filters like neighbourhood', async () => {
    const all = (await api.data(OVERVIEW, {})).overview;
    const asOf = (await api.data(OVERVIEW, { time: { asOf: '2019-07-01' } })).overview;
    for (const x of [...asOf.nodes, ...asOf.relationships]) {
      const p = x.properties;
      if (p.timeStart) expect(p.timeStart <= '2019-07-01').toBe(true);
      if (p.timeEnd) expect(p.timeEnd >= '2019-07-01').toBe(true);
    }
    expect(asOf).not.toEqual(all);
    const confident = (await api.data(OVERVIEW, { min: 0.95 })).overview;
    for (const x of [...confident.nodes, ...confident.relationships]) {
      expect(x.properties.confidence ?? 1).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('rejects a bad size, window and confidence', async () => {
    expect(await api.errorCode(OVERVIEW, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(OVERVIEW, { first: 51 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(OVERVIEW, { min: -0.1 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(OVERVIEW, { time: { from: '2021-01-01', to: '2020-01-01' } })).toBe('BAD_USER_INPUT');
  });
});

describe('neighbourhood', () => {
  const HOOD = `query($id: ID!, $depth: Int, $types: [String!], $issue: ID, $min: Float, $time: TimeFilter, $limit: Int) {
    neighbourhood(id: $id, depth: $depth, types: $types, issue: $issue, minConfidence: $min, time: $time, limit: $limit) {
      truncated
      nodes { id properties }
      relationships { id type from { id } to { id } properties evidence { excerpt confidence source { id } } }
    }
  }`;

  it('at depth 1 returns only relationships touching the centre, each with evidence', async () => {
    const { neighbourhood } = await api.data(HOOD, { id: 'person:lopez-obrador', depth: 1 });
    expect(neighbourhood.relationships.length).toBeGreaterThan(5);
    for (const r of neighbourhood.relationships) {
      expect([r.from.id, r.to.id]).toContain('person:lopez-obrador');
      expect(r.evidence[0].excerpt).toBeTruthy();
      expect(r.evidence[0].source.id).toBeTruthy();
    }
    const [{ c }] = (await db('MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN count(DISTINCT r) AS c', {
      id: 'person:lopez-obrador',
    })) as [{ c: number }];
    expect(neighbourhood.relationships.length).toBe(c);
  });

  it('grows at depth 2, and filters by type, confidence and limit', async () => {
    const one = (await api.data(HOOD, { id: 'person:lopez-obrador', depth: 1 })).neighbourhood;
    const two = (await api.data(HOOD, { id: 'person:lopez-obrador', depth: 2, limit: 500 })).neighbourhood;
    expect(two.relationships.length).toBeGreaterThan(one.relationships.length);
    const typed = (await api.data(HOOD, { id: 'person:lopez-obrador', depth: 2, types: ['PARTICIPATED_IN'] }))
      .neighbourhood;
    expect(typed.relationships.length).toBeGreaterThan(0);
    for (const r of typed.relationships) expect(r.type).toBe('PARTICIPATED_IN');
    const confident = (await api.data(HOOD, { id: 'person:lopez-obrador', depth: 2, min: 0.9, limit: 500 }))
      .neighbourhood;
    for (const r of confident.relationships) expect(r.properties.confidence ?? 1).toBeGreaterThanOrEqual(0.9);
    expect(confident.relationships.length).toBeLessThanOrEqual(two.relationships.length);
    const capped = (await api.data(HOOD, { id: 'person:lopez-obrador', depth: 2, limit: 3 })).neighbourhood;
    expect(capped.relationships).toHaveLength(3);
    expect(capped.truncated).toBe(true);
  });

  it('as of a date in 2019 leaves out everything that began later', async () => {
    const all = (await api.data(HOOD, { id: 'person:lopez-obrador', depth: 2, limit: 500 })).neighbourhood;
    const asOf = (
      await api.data(HOOD, { id: 'person:lopez-obrador', depth: 2, limit: 500, time: { asOf: '2019-07-01' } })
    ).neighbourhood;
    expect(asOf.nodes.length).toBeLessThan(all.nodes.length);
    for (const x of [...asOf.nodes, ...asOf.relationships]) {
      const p = x.properties;
      if (p.timeStart) expect(p.timeStart <= '2019-07-01').toBe(true);
      if (p.timeEnd) expect(p.timeEnd >= '2019-07-01').toBe(true);
    }
    // The 2021 Harris meeting is in the full neighbourhood and gone as of 2019.
    const ids = (s: { nodes: { id: string }[] }) => s.nodes.map((n) => n.id);
    expect(ids(all)).toContain('event:2021-05-07-harris-lopez-obrador-virtual-meeting');
    expect(ids(asOf)).not.toContain('event:2021-05-07-harris-lopez-obrador-virtual-meeting');
  });

  it('filters by issue: every relationship has an endpoint that is or concerns the issue', async () => {
    const { neighbourhood } = await api.data(HOOD, { id: 'person:lopez-obrador', depth: 2, issue: 'issue:vaccines' });
    expect(neighbourhood.relationships.length).toBeGreaterThan(0);
    const [{ ids }] = (await db(
      "MATCH (x:Entity) WHERE x.id = 'issue:vaccines' OR EXISTS { (x)-[:CONCERNS]->(:Entity {id: 'issue:vaccines'}) } RETURN collect(x.id) AS ids",
    )) as [{ ids: string[] }];
    for (const r of neighbourhood.relationships) {
      expect(ids.includes(r.from.id) || ids.includes(r.to.id)).toBe(true);
    }
  });

  it('rejects a bad depth, window and confidence; an unknown centre is NOT_FOUND', async () => {
    expect(await api.errorCode(HOOD, { id: 'person:lopez-obrador', depth: 3 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(HOOD, { id: 'person:lopez-obrador', min: 1.5 })).toBe('BAD_USER_INPUT');
    expect(
      await api.errorCode(HOOD, { id: 'person:lopez-obrador', time: { from: '2021-01-01', to: '2020-01-01' } }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await api.errorCode(HOOD, { id: 'person:lopez-obrador', time: { asOf: '2021-01-01', to: '2021-02-01' } }),
    ).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(HOOD, { id: 'person:lopez-obrador', time: { asOf: '2021-13-45' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await api.errorCode(HOOD, { id: 'nobody' })).toBe('NOT_FOUND');
  });
});
