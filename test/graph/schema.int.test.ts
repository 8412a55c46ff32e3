/**
 * The ontology's schema on the real database: uniqueness constraints hold,
 * the full-text index folds accents and covers aliases, titles and quote texts.
 */
import { research } from '../../src/db/queries';
import { executeQuery } from '../../src/db/query';
import { closeDriver, getDriver, rows, testDatabase } from '../support/db';

const run = rows;

afterEach(async () => {
  await run("MATCH (n) WHERE n.id STARTS WITH 'test:' DETACH DELETE n");
});
afterAll(closeDriver);

describe('constraints', () => {
  it.each([
    ['Entity', "CREATE (:Entity:Person {id: 'person:biden', name: 'duplicate'})"],
    ['Person (label constraint alone)', "CREATE (:Person {id: 'person:biden', name: 'duplicate'})"],
    ['Policy', "CREATE (:Policy {id: 'policy:remain-in-mexico'})"],
    ['Event', "CREATE (:Event {id: 'event:2019-trump-tariff-threat'})"],
    ['Quote', "CREATE (:Quote {id: 'quote:gonzalez-we-need-mexico'})"],
    ['Exchange', "CREATE (:Exchange {id: 'exchange:2021-03-enforcement-for-vaccines'})"],
    ['Source', "CREATE (:Source {id: 'source:wapo-2021-05-03-mexico-leverage'})"],
  ])('reject a duplicate %s id', async (_label, cypher) => {
    await expect(run(cypher)).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  });

  it('reject a duplicate among new test nodes too', async () => {
    await run("CREATE (:Entity:Issue {id: 'test:issue:dup', name: 'x'})");
    await expect(run("CREATE (:Entity:Issue {id: 'test:issue:dup', name: 'y'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    expect(await run("MATCH (n {id: 'test:issue:dup'}) RETURN count(n) AS c")).toEqual([{ c: 1 }]);
  });

  it('declares a uniqueness constraint on id for every label in use', async () => {
    const labels = (await run('MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l ORDER BY l')).map(
      (r) => r.l as string,
    );
    const constrained = new Set(
      (
        await run(
          "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes, properties",
        )
      )
        .filter((r) => (r.properties as string[]).join() === 'id')
        .map((r) => (r.labelsOrTypes as string[])[0]),
    );
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.filter((l) => !constrained.has(l))).toEqual([]);
  });
});

describe('entity_names full-text index', () => {
  const search = (q: string) =>
    run(
      'CALL db.index.fulltext.queryNodes("entity_names", $q) YIELD node, score RETURN node.id AS id ORDER BY score DESC LIMIT 5',
      { q },
    );

  it('is online with the standard-folding analyzer', async () => {
    const [idx] = await run(
      "SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = 'entity_names' RETURN state, options",
    );
    expect(idx?.state).toBe('ONLINE');
    expect((idx?.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe(
      'standard-folding',
    );
  });
  it('finds López Obrador without accents and by the alias AMLO', async () => {
    expect((await search('"Lopez Obrador"')).map((r) => r.id)).toContain('person:lopez-obrador');
    expect((await search('AMLO'))[0]?.id).toBe('person:lopez-obrador');
  });
  it('the analyses of forgiving search are online, each with its analyzer; the old entity_search is gone', async () => {
    const rows = await run(
      "SHOW FULLTEXT INDEXES YIELD name, state, options RETURN name, state, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name",
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, [r.state, r.analyzer]]));
    expect(byName).toEqual({
      entity_names: ['ONLINE', 'standard-folding'],
      entity_text_en: ['ONLINE', 'english'],
      entity_text_es: ['ONLINE', 'spanish'],
      episode_sides: ['ONLINE', 'keyword'],
      event_sides: ['ONLINE', 'keyword'],
      evidence_excerpt: ['ONLINE', 'english'],
      policy_owners: ['ONLINE', 'keyword'],
    });
  });
  it('the side indexes find exactly the events and episodes whose stored side lists hold both countries', async () => {
    // The anchor of timeline and exchangeLedger (docs/ontology.md, Access paths): the keyword analyzer
    // must keep each list element one exact term, so the index and the list test agree on every pair.
    const countries = (await run('MATCH (c:Country) RETURN c.id AS id ORDER BY id')).map((r) => r.id as string);
    let pairsWithEvents = 0;
    for (const a of countries)
      for (const b of countries) {
        const listed = await run(
          'MATCH (e:Event) WHERE $a IN e.participantSides AND $b IN e.participantSides RETURN e.id AS id ORDER BY id',
          { a, b },
        );
        const indexed = await run(
          'CALL db.index.fulltext.queryNodes("event_sides", $q) YIELD node RETURN node.id AS id ORDER BY id',
          { q: `+participantSides:"${a}" +participantSides:"${b}"` },
        );
        expect(indexed.map((r) => r.id)).toEqual(listed.map((r) => r.id));
        const givers = await run(
          'CALL db.index.fulltext.queryNodes("episode_sides", $q) YIELD node WHERE node:Exchange RETURN node.id AS id ORDER BY id',
          { q: `+giverSides:"${a}" +giverSides:"${b}"` },
        );
        const listedGivers = await run(
          'MATCH (x:Exchange) WHERE $a IN x.giverSides AND $b IN x.giverSides RETURN x.id AS id ORDER BY id',
          { a, b },
        );
        expect(givers.map((r) => r.id)).toEqual(listedGivers.map((r) => r.id));
        if (a !== b && listed.length > 0) pairsWithEvents++;
      }
    // The seed has US-Mexico events at least (both directions of the pair).
    expect(pairsWithEvents).toBeGreaterThanOrEqual(2);
  });
  it('an id with a double quote or a backslash is a literal term, not Lucene syntax', async () => {
    // Ids reach the Lucene phrase from parameters; the queries escape them, so an odd id finds
    // its own events instead of failing to parse (or matching something else).
    const odd = 'test:odd"id\\x';
    await run(
      "CREATE (:Entity:Country {id: $odd, name: 'Odd'}), (:Entity:Event {id: 'test:odd-event', name: 'e', participantSides: [$odd, 'country:us']})",
      { odd },
    );
    const config = { database: testDatabase() };
    const timeline = await executeQuery(getDriver(), config, research.timeline, {
      actor: null,
      issue: null,
      countryA: odd,
      countryB: 'country:us',
      from: null,
      to: null,
      limit: 10,
      minConfidence: 0,
      minSources: null,
      attributions: null,
      statuses: null,
      disputed: null,
    });
    expect(timeline.map((r) => r.id)).toEqual(['test:odd-event']);
    const ledger = await executeQuery(getDriver(), config, research.exchangeLedger, {
      countryA: odd,
      countryB: 'country:us',
      from: null,
      to: null,
    });
    // No exchange or coercion has the odd side; issue linkages need only one side (the US's).
    const usLinkages = await run(
      "MATCH (x:IssueLinkage) WHERE 'country:us' IN x.participantSides RETURN x.id AS id ORDER BY id",
    );
    expect(usLinkages.length).toBeGreaterThan(0);
    expect(ledger.map((r) => `${r.kind} ${r.id}`).sort()).toEqual(usLinkages.map((r) => `issueLinkage ${r.id}`));
  });
  it('finds an editor alias, and stems English in entity_text_en and Spanish in entity_text_es', async () => {
    expect((await search('CBP'))[0]?.id).toBe('org:cbp');
    const en = await run(
      'CALL db.index.fulltext.queryNodes("entity_text_en", "prodding") YIELD node RETURN collect(node.id) AS ids',
    );
    expect(en[0]?.ids).toContain('event:2021-us-prods-mexico-on-other-initiatives');
    const es = await run(
      'CALL db.index.fulltext.queryNodes("entity_text_es", "fronteras") YIELD node RETURN collect(node.id) AS ids',
    );
    expect(es[0]?.ids).toContain('policy:programa-frontera-sur');
  });
  it('searches office titles and quote texts', async () => {
    expect((await search('"Foreign Minister"')).map((r) => r.id)).toContain('office:mx-foreign-minister');
    expect((await search('gazillion'))[0]?.id).toBe('quote:landau-hard-time');
  });
});
