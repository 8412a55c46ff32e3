/**
 * Issue 13, query behaviour: the first query a researcher writes is the one that works.
 * Forgiving search, names where ids go (with the same codes everywhere), honest time
 * views, provenance filters and path exclusion — against the real seeded Neo4j.
 */
import { rows } from '../support/db';
import { useTestService } from '../support/service';

const api = useTestService();

const db = rows;

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('forgiving search', () => {
  const SEARCH = `query($q: String!, $first: Int, $p: ProvenanceFilter) {
    search(query: $q, first: $first, provenance: $p) { score wordsMatched words excerpt entity { id name confidence } }
  }`;

  it.each([
    ['Kamala Harris', 'person:harris'],
    ['VP Harris', 'person:harris'],
    ['CBP', 'org:cbp'],
    ['Harris meets Lopez Obrador', 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'],
    ['prodding Mexico', 'event:2021-us-prods-mexico-on-other-initiatives'],
    ['early 2000s', 'situation:2021-mexican-adult-migration-rise'],
    ['Obrador Mexico president', 'person:lopez-obrador'],
  ])('"%s" finds %s in the top three', async (q, id) => {
    const { search } = await api.data(SEARCH, { q });
    expect(search.slice(0, 3).map((h: { entity: { id: string } }) => h.entity.id)).toContain(id);
  });

  it('ranks by how many words matched first, and finds hits that match only some words', async () => {
    const { search } = await api.data(SEARCH, { q: 'Harris zzzqqq' });
    expect(search.length).toBeGreaterThan(0);
    expect(search[0].entity.id).toBe('person:harris');
    for (const h of search) expect(h.wordsMatched).toBeLessThan(h.words);
    const { search: both } = await api.data(SEARCH, { q: 'Obrador Mexico president' });
    const matched = both.map((h: { wordsMatched: number }) => h.wordsMatched);
    expect(matched).toEqual([...matched].sort((a, b) => b - a));
    expect(both[0].wordsMatched).toBe(3);
  });

  it('searches evidence excerpts and returns the excerpt that matched', async () => {
    // "unguarded" is only in the excerpt (and description) of Mexico's southern border.
    const { search } = await api.data(SEARCH, { q: 'unguarded crossings' });
    const hit = search.find((h: { entity: { id: string } }) => h.entity.id === 'place:mx-southern-border');
    expect(hit).toBeDefined();
    expect(hit.excerpt).toMatch(/unguarded, informal crossings/);
    const [{ excerpts }] = (await db(
      "MATCH (e:Evidence {factId: 'place:mx-southern-border'}) RETURN collect(e.excerpt) AS excerpts",
    )) as [{ excerpts: string[] }];
    expect(excerpts).toContain(hit.excerpt);
  });

  it('takes minConfidence in its provenance filter', async () => {
    const all = (await api.data(SEARCH, { q: 'Mexico', first: 100 })).search;
    const strict = (await api.data(SEARCH, { q: 'Mexico', first: 100, p: { minConfidence: 0.95 } })).search;
    expect(all.some((h: { entity: { confidence: number | null } }) => (h.entity.confidence ?? 1) < 0.95)).toBe(true);
    for (const h of strict) expect(h.entity.confidence ?? 1).toBeGreaterThanOrEqual(0.95);
    const confident = all.filter((h: any) => (h.entity.confidence ?? 1) >= 0.95).map((h: any) => h.entity.id);
    expect(strict.map((h: any) => h.entity.id)).toEqual(expect.arrayContaining(confident));
    expect(await api.errorCode(SEARCH, { q: 'Mexico', p: { minConfidence: 2 } })).toBe('BAD_USER_INPUT');
  });

  it('an overlong word or query is BAD_USER_INPUT naming the argument, never a 500', async () => {
    for (const q of ['x'.repeat(1001), 'abc '.repeat(60), 'one two three four five six seven']) {
      const res = await api.gql(SEARCH, { q });
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.extensions?.argument).toBe('query');
    }
  });

  it("shows editors' aliases apart from the source's", async () => {
    const { entity } = await api.data('{ entity(id: "person:harris") { aliases editorAliases } }');
    expect(entity.editorAliases).toContain('Kamala Harris');
    expect(entity.aliases).not.toContain('Kamala Harris');
    // No evidence record cites an editor's alias: they are not the source's words.
    const [{ n }] = (await db(
      "MATCH (e:Evidence) WHERE e.excerpt CONTAINS 'Kamala' OR e.excerpt CONTAINS 'CBP' RETURN count(e) AS n",
    )) as [{ n: unknown }];
    expect(Number(n)).toBe(0);
  });
});

describe('names where ids go', () => {
  /** Each entity argument with a name, and the same query with the id: the answers must agree. */
  const CASES: [string, string, string][] = [
    ['entity', '{ r: entity(id: $x) { id } }', 'person:lopez-obrador'],
    ['neighbourhood id', '{ r: neighbourhood(id: $x) { nodes { id } } }', 'person:lopez-obrador'],
    [
      'neighbourhood issue',
      '{ r: neighbourhood(id: "country:mx", issue: $x) { relationships { id } } }',
      'issue:migration',
    ],
    ['overview issue', '{ r: overview(issue: $x) { relationships { id } } }', 'issue:migration'],
    [
      'linkagePaths from',
      '{ r: linkagePaths(from: $x, to: "event:2021-03-us-agrees-vaccine-doses") { summary } }',
      'person:harris',
    ],
    ['linkagePaths to', '{ r: linkagePaths(from: "person:harris", to: $x) { summary } }', 'person:lopez-obrador'],
    [
      'linkagePaths exclude',
      '{ r: linkagePaths(from: "person:harris", to: "person:lopez-obrador", exclude: [$x]) { summary } }',
      'country:mx',
    ],
    ['timeline actor', '{ r: timeline(actor: $x) { event { id } } }', 'person:lopez-obrador'],
    ['timeline countries', '{ r: timeline(countries: ["country:us", $x]) { event { id } } }', 'country:mx'],
    ['timeline issue', '{ r: timeline(issue: $x) { event { id } } }', 'issue:migration'],
    [
      'exchangeLedger countryA',
      '{ r: exchangeLedger(countryA: $x, countryB: "country:mx") { exchanges { exchange { id } } } }',
      'country:us',
    ],
    [
      'exchangeLedger countryB',
      '{ r: exchangeLedger(countryA: "country:us", countryB: $x) { coercions { entity { id } } } }',
      'country:mx',
    ],
    ['statistics place', '{ r: statistics(place: $x) { id } }', 'place:us-southern-border'],
    ['quotes speaker', '{ r: quotes(speaker: $x) { id } }', 'person:juan-gonzalez'],
    ['quotes subject', '{ r: quotes(subject: $x) { id } }', 'country:mx'],
    ['asOf of', '{ r: asOf(date: "2021-05-03", of: $x) { officesHeld { id } } }', 'country:mx'],
  ];
  const NAMES: Record<string, string[]> = {
    'person:lopez-obrador': ['Lopez Obrador', 'AMLO', 'andrés manuel lópez obrador', 'person:amlo'],
    'person:harris': ['Harris', 'Kamala Harris'],
    'person:juan-gonzalez': ['Gonzalez', 'JUAN GONZÁLEZ'],
    'issue:migration': ['Migration', 'immigration'],
    'country:mx': ['Mexico', 'México'],
    'country:us': ['United States', 'USA', 'U.S.'],
    'place:us-southern-border': ['U.S. southern border'],
  };

  it.each(CASES)(
    '%s takes a name, accent- and case-insensitively, with the answer of the id',
    async (_f, query, id) => {
      const q = `query($x: ID!) ${query}`;
      const byId = await api.data(q, { x: id });
      for (const name of NAMES[id]!) {
        expect([name, await api.data(q, { x: name })]).toEqual([name, byId]);
      }
    },
  );

  it('an ambiguous name is BAD_USER_INPUT listing the candidates with ids, in every field', async () => {
    for (const [field, query] of CASES) {
      const res = await api.gql(`query($x: ID!) ${query}`, { x: 'Obrador' });
      const error = res.body.errors?.[0];
      expect([field, error?.extensions?.code]).toEqual([field, 'BAD_USER_INPUT']);
      const candidates = error?.extensions?.candidates as { id: string; name: string; entityType: string }[];
      expect(candidates.length).toBeGreaterThan(1);
      expect(candidates.map((c) => c.id)).toContain('person:lopez-obrador');
      for (const c of candidates) expect(c.name).toMatch(/Obrador/);
      expect(error?.message).toContain('person:lopez-obrador');
    }
  });

  it('an unknown entity is NOT_FOUND with "did you mean" suggestions, in every field', async () => {
    for (const [field, query] of CASES) {
      const res = await api.gql(`query($x: ID!) ${query}`, { x: 'Harrris' });
      const error = res.body.errors?.[0];
      expect([field, error?.extensions?.code]).toEqual([field, 'NOT_FOUND']);
      expect((error?.extensions?.suggestions as { id: string }[]).map((s) => s.id)).toContain('person:harris');
      expect(error?.message).toMatch(/Did you mean Harris \(person:harris/);
      expect(res.text).not.toMatch(/MATCH|\n\s+at /);
    }
  });

  it('a mistaken id suggests the entity of that kind with the closest id', async () => {
    const res = await api.gql('{ entity(id: "country:mexco") { id } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((res.body.errors?.[0]?.extensions?.suggestions as { id: string }[])[0]?.id).toBe('country:mx');
  });

  it('takes short and lower-case country names', async () => {
    const { exchangeLedger } = await api.data(
      '{ exchangeLedger(countryA: "US", countryB: "mexico") { countryB { id } } }',
    );
    expect(exchangeLedger.countryB.id).toBe('country:mx');
  });
});

describe('honest time views', () => {
  const AS_OF = `query($d: Date!, $of: ID) { asOf(date: $d, of: $of) {
    officesHeld { from { id } to { id } sentence }
    officesPossiblyHeld { relationship { from { id } to { id } } reason attestedFrom attestedTo }
    policiesInForce { id }
    policiesPossiblyInForce { policy { id } reason attestedFrom attestedTo }
  } }`;

  it('Remain in Mexico appears on 2019-06-01 as possibly in force (undated), with its dated actions', async () => {
    const { asOf } = await api.data(AS_OF, { d: '2019-06-01' });
    expect(ids(asOf.policiesInForce)).not.toContain('policy:remain-in-mexico');
    const rim = asOf.policiesPossiblyInForce.find(
      (p: { policy: { id: string } }) => p.policy.id === 'policy:remain-in-mexico',
    );
    expect(rim.reason).toMatch(/^Undated/);
    expect(rim.reason).toMatch(/agreed to expand \(2019\)/);
    // Also when asked for the United States' policies: Remain in Mexico is Trump's, who leads a U.S. administration.
    const us = (await api.data(AS_OF, { d: '2019-06-01', of: 'country:us' })).asOf;
    expect(us.policiesPossiblyInForce.map((p: { policy: { id: string } }) => p.policy.id)).toContain(
      'policy:remain-in-mexico',
    );
  });

  it('Programa Frontera Sur is known in force only in its attested year, possibly after, never "forever"', async () => {
    const y2014 = (await api.data(AS_OF, { d: '2014-06-01' })).asOf;
    expect(ids(y2014.policiesInForce)).toContain('policy:programa-frontera-sur');
    const y2019 = (await api.data(AS_OF, { d: '2019-06-01' })).asOf;
    expect(ids(y2019.policiesInForce)).not.toContain('policy:programa-frontera-sur');
    const pfs = y2019.policiesPossiblyInForce.find(
      (p: { policy: { id: string } }) => p.policy.id === 'policy:programa-frontera-sur',
    );
    expect(pfs).toMatchObject({ attestedFrom: '2014-01-01', attestedTo: '2014-12-31' });
    expect(pfs.reason).toMatch(/After the attested window/);
    // Before its stated start it is not in force at all.
    const y2010 = (await api.data(AS_OF, { d: '2010-06-01' })).asOf;
    const all2010 = [...ids(y2010.policiesInForce), ...y2010.policiesPossiblyInForce.map((p: any) => p.policy.id)];
    expect(all2010).not.toContain('policy:programa-frontera-sur');
  });

  it('leaves nothing out silently: every office held is known or possibly held on any date', async () => {
    const [{ n }] = (await db(
      'MATCH ()-[h:HOLDS_OFFICE]->() WHERE h.validFrom IS NULL AND h.validTo IS NULL RETURN count(h) AS n',
    )) as [{ n: unknown }];
    const { asOf } = await api.data(AS_OF, { d: '2019-06-01' });
    expect(asOf.officesHeld.length + asOf.officesPossiblyHeld.length).toBe(Number(n));
    const landau = asOf.officesPossiblyHeld.find(
      (o: { relationship: { from: { id: string } } }) => o.relationship.from.id === 'person:christopher-landau',
    );
    expect(landau.reason).toMatch(/^Undated/);
    const biden = asOf.officesPossiblyHeld.find(
      (o: { relationship: { from: { id: string } } }) => o.relationship.from.id === 'person:biden',
    );
    expect(biden.reason).toMatch(/Before the attested window.*Donald Trump is known to hold this office/);
  });

  it("reaches every office of a country's government from the country: Ebrard's from Mexico", async () => {
    const { asOf } = await api.data(AS_OF, { d: '2021-05-03', of: 'Mexico' });
    const held = asOf.officesHeld.map((o: { from: { id: string }; to: { id: string } }) => `${o.from.id}>${o.to.id}`);
    expect(held).toEqual(
      expect.arrayContaining([
        'person:marcelo-ebrard>office:mx-foreign-minister',
        'person:lopez-obrador>office:mx-president',
      ]),
    );
    expect(held).not.toContain('person:biden>office:us-president');
  });

  it('the exchange ledger takes a time filter: coercions and exchanges outside the window are left out', async () => {
    const LEDGER = `query($t: TimeFilter) { exchangeLedger(countryA: "country:us", countryB: "country:mx", time: $t) {
      exchanges { exchange { id } } coercions { entity { id } } } }`;
    const y2019 = (await api.data(LEDGER, { t: { from: '2019-01-01', to: '2019-12-31' } })).exchangeLedger;
    const y2021 = (await api.data(LEDGER, { t: { asOf: '2021-03-15' } })).exchangeLedger;
    const coerced = (l: any) => l.coercions.map((c: { entity: { id: string } }) => c.entity.id);
    const traded = (l: any) => l.exchanges.map((x: { exchange: { id: string } }) => x.exchange.id);
    expect(coerced(y2019)).toContain('coercion:2019-tariff-threat');
    expect(coerced(y2019)).not.toContain('coercion:2014-pressure');
    expect(coerced(y2021)).toEqual([]);
    expect(traded(y2021)).toContain('exchange:2021-03-enforcement-for-vaccines');
    expect(traded(y2019)).not.toContain('exchange:2021-03-enforcement-for-vaccines');
  });

  it('a concession realised by a dated event carries that date and says how it was derived', async () => {
    const { exchangeLedger } = await api.data(`{ exchangeLedger(countryA: "country:us", countryB: "country:mx") {
      exchanges { concessions { concession { id date } date datePrecision dateDerivation } } } }`);
    const all = exchangeLedger.exchanges.flatMap((x: { concessions: unknown[] }) => x.concessions);
    const troops = all.find((c: any) => c.concession.id === 'concession:2021-03-mexico-troop-deployment');
    expect(troops.concession.date).toBeNull();
    expect(troops).toMatchObject({ date: '2021-03-01', datePrecision: 'month' });
    expect(troops.dateDerivation).toMatch(/REALISED_BY.*event:2021-03-mexico-agrees-troop-deployment/);
  });
});

describe('sentences name attribution honestly', () => {
  const RELS = `query($id: ID!, $type: String!) { entity(id: $id) { relationships(type: $type) { edges { node { sentence to { id } } } } } }`;

  it("Ebrard's reported frustration reads as what unnamed officials said, not as his claim", async () => {
    const { entity } = await api.data(RELS, { id: 'Ebrard', type: 'CLAIMED_BY' });
    const sentences = entity.relationships.edges.map((e: { node: { sentence: string } }) => e.node.sentence);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatch(
      /^unnamed officials \(current and former U\.S\. and Mexican officials\) said Marcelo Ebrard was frustrated/,
    );
    expect(sentences[0]).not.toMatch(/claimed by Marcelo Ebrard/);
  });

  it('"Turkey played a role in Migration" carries its role, counterpart and who says so', async () => {
    const { entity } = await api.data(RELS, { id: 'Turkey', type: 'PLAYED_ROLE' });
    expect(entity.relationships.edges[0].node.sentence).toBe(
      'Turkey played the role of “interdiction state” in Migration, with European Union (as of 3 May 2021), according to Cris Ramón.',
    );
  });
});

describe('provenance filters and hub exclusion', () => {
  it('linkagePaths avoids excluded entities, given by name, and refuses to exclude an end', async () => {
    const PATHS = `query($x: [ID!]) { linkagePaths(from: "Harris", to: "event:2021-03-us-agrees-vaccine-doses", k: 10, maxHops: 4, exclude: $x) {
      hops { from { id } to { id entityType name } } } }`;
    const all = (await api.data(PATHS, {})).linkagePaths;
    // The country most paths pass through: the hub to avoid.
    const counts = new Map<string, { name: string; n: number }>();
    for (const p of all)
      for (const h of p.hops.slice(0, -1))
        if (h.to.entityType === 'Country')
          counts.set(h.to.id, { name: h.to.name, n: (counts.get(h.to.id)?.n ?? 0) + 1 });
    const [hubId, hub] = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0]!;
    const through = (paths: any[]) => paths.some((p) => p.hops.some((h: any) => h.to.id === hubId));
    expect(through(all)).toBe(true);
    const without = (await api.data(PATHS, { x: [hub.name] })).linkagePaths;
    expect(without.length).toBeGreaterThan(0);
    expect(through(without)).toBe(false);
    expect(await api.errorCode(PATHS, { x: ['Kamala Harris'] })).toBe('BAD_USER_INPUT');
  });

  it('minConfidence in the provenance filter applies to timeline, neighbourhood and linkagePaths', async () => {
    const TL = `query($p: ProvenanceFilter) { timeline(actor: "country:mx", provenance: $p) { event { id confidence } } }`;
    const all = (await api.data(TL, {})).timeline;
    const strict = (await api.data(TL, { p: { minConfidence: 0.9 } })).timeline;
    const confident = all.filter((t: any) => (t.event.confidence ?? 1) >= 0.9).map((t: any) => t.event.id);
    expect(strict.map((t: any) => t.event.id)).toEqual(confident);
    const NB = `query($p: ProvenanceFilter) { neighbourhood(id: "country:mx", provenance: $p) { relationships { confidence } } }`;
    for (const r of (await api.data(NB, { p: { minConfidence: 0.9 } })).neighbourhood.relationships)
      expect(r.confidence ?? 1).toBeGreaterThanOrEqual(0.9);
    const LP = `query($p: ProvenanceFilter) { linkagePaths(from: "Harris", to: "AMLO", k: 10, provenance: $p) { hops { relationship { confidence } } } }`;
    for (const p of (await api.data(LP, { p: { minConfidence: 0.9 } })).linkagePaths)
      for (const h of p.hops) expect(h.relationship.confidence ?? 1).toBeGreaterThanOrEqual(0.9);
  });

  it('attribution filters find the anonymously sourced statements in one query', async () => {
    const { search } = await api.data(
      '{ search(query: "officials Mexico", first: 50, provenance: {attributions: ["unnamed-officials"]}) { entity { id attributions } } }',
    );
    expect(search.length).toBeGreaterThan(0);
    for (const h of search) expect(h.entity.attributions).toContain('unnamed-officials');
  });
});
