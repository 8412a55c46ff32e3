/**
 * The research queries the scale benchmark puts under load, with parameters picked from
 * the loaded corpus (hub countries, a hub actor, typical actors), and the closest
 * equivalents an @neo4j/graphql-generated server can answer.
 */
import { Driver } from 'neo4j-driver';

export interface Picks {
  countryA: string;
  countryB: string;
  hubActor: string;
  hubDegree: number;
  typicalActor: string;
  typicalDegree: number;
  otherActor: string;
  searchText: string;
}

export interface BenchCase {
  name: string;
  /** What the case asks, in words, for the report. */
  about: string;
  graphql: string;
  /**
   * The closest @neo4j/graphql query and how it differs; undefined when there is none.
   * `ours`, when set, is a query to our API doing the same work as `query` (same entities,
   * same filters, same relationship properties): the ratio is then ours ÷ theirs on it.
   */
  neo4jGraphql?: { query: string; note: string; ours?: string };
  noNeo4jGraphqlReason?: string;
}

/** Constant, parameterised picking queries (bench only; they never see user input). */
async function one<T>(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const r = await driver.executeQuery(cypher, params, { database, routing: 'READ' });
  if (!r.records[0]) throw new Error(`no row for: ${cypher}`);
  return r.records[0].toObject();
}

export async function pick(driver: Driver, database: string): Promise<Picks> {
  const countries = await driver.executeQuery(
    'MATCH (c:Country) RETURN c.id AS id, COUNT { (c)-[:PARTICIPATED_IN]->() } AS degree ORDER BY degree DESC, id LIMIT 2',
    {},
    { database, routing: 'READ' },
  );
  const [countryA, countryB] = countries.records.map((r) => r.get('id') as string);
  const hub = await one<{ id: string; degree: number }>(
    driver,
    database,
    'MATCH (p:Person) WITH p, COUNT { (p)-[:PARTICIPATED_IN]->() } AS degree ORDER BY degree DESC, p.id LIMIT 1 RETURN p.id AS id, degree',
  );
  // A typical actor: a person of the busiest country with a middling number of events.
  const typical = await one<{ id: string; degree: number; name: string }>(
    driver,
    database,
    `MATCH (p:Person)-[:MEMBER_OF|LOCATED_IN]->()-[:PART_OF|LOCATED_IN*0..1]->(:Country {id: $country})
     WITH DISTINCT p, COUNT { (p)-[:PARTICIPATED_IN]->() } AS degree WHERE degree >= 5 AND degree <= 40
     RETURN p.id AS id, degree, p.name AS name ORDER BY p.id LIMIT 1`,
    { country: countryA },
  );
  const other = await one<{ id: string }>(
    driver,
    database,
    `MATCH (p:Person)-[:MEMBER_OF|LOCATED_IN]->()-[:PART_OF|LOCATED_IN*0..1]->(:Country {id: $country})
     WITH DISTINCT p, COUNT { (p)-[:PARTICIPATED_IN]->() } AS degree WHERE degree >= 5 AND degree <= 40
     RETURN p.id AS id ORDER BY p.id LIMIT 1`,
    { country: countryB },
  );
  return {
    countryA: countryA!,
    countryB: countryB!,
    hubActor: hub.id,
    hubDegree: Number(hub.degree),
    typicalActor: typical.id,
    typicalDegree: Number(typical.degree),
    otherActor: other.id,
    searchText: typical.name,
  };
}

const evidence = 'evidence { sourceId excerpt attribution confidence status }';
/** A relationship's evidence summary as stored on it (docs/evidence.md): the same properties on both sides. */
const summary = 'confidence sourceCount evidenceCount disputed';

export function cases(p: Picks): BenchCase[] {
  const s = JSON.stringify;
  return [
    {
      name: 'search',
      about: `full-text search for a person's name ("${p.searchText}"), 20 hits`,
      graphql: `{ search(query: ${s(p.searchText)}, first: 20) { score entity { id name entityType } } }`,
      noNeo4jGraphqlReason:
        'not compared: @fulltext in @neo4j/graphql 7 needs its own index per type; the project’s entity_names index spans every :Entity',
    },
    {
      name: 'entity',
      about: `one entity (the hub actor ${p.hubActor}, ${p.hubDegree} events) with relationship counts and the first 20 PARTICIPATED_IN with evidence`,
      graphql: `{ entity(id: ${s(p.hubActor)}) { id name entityType relationshipCounts { type direction count }
        relationships(type: "PARTICIPATED_IN", first: 20) { totalCount edges { node { id type role ${evidence} to { id name } } } } } }`,
      neo4jGraphql: {
        ours: `{ entity(id: ${s(p.hubActor)}) { id name
          relationships(type: "PARTICIPATED_IN", direction: OUT, first: 20) { totalCount edges { node { id role ${summary} to { id name } } } } } }`,
        query: `{ people(where: { id: { eq: ${s(p.hubActor)} } }) { id name
          participatedInConnection(first: 20) { totalCount edges { properties { id role ${summary} } node { id name } } } } }`,
        note:
          'like for like: the first 20 PARTICIPATED_IN in store order (no sort on either side) with the total, the ' +
          "relationship's stored evidence summary and the event. The headline query above also asks for per-type " +
          "counts and each relationship's :Evidence records, which the generated API cannot join (by factId) without @cypher",
      },
    },
    {
      name: 'neighbourhood',
      about: `depth-2 neighbourhood of a typical actor (${p.typicalActor}, ${p.typicalDegree} events), up to 200 relationships`,
      graphql: `{ neighbourhood(id: ${s(p.typicalActor)}, depth: 2, limit: 200) { truncated nodes { id name entityType } relationships { id type from { id } to { id } ${evidence} } } }`,
      neo4jGraphql: {
        ours: `{ entity(id: ${s(p.typicalActor)}) { id name ... on Person { participations { in { id name
          ... on Event { participants { participant { id name } } issues { id name } } } } } } }`,
        query: `{ people(where: { id: { eq: ${s(p.typicalActor)} } }) { id name
          participatedIn(limit: 200) { id name personParticipants(limit: 200) { id name } organizationParticipants(limit: 200) { id name }
            countryParticipants(limit: 200) { id name } concerns(limit: 200) { id name } } } }`,
        note:
          "like for like: two levels through PARTICIPATED_IN (the actor's events, then their participants and issues; " +
          'ours through the typed fields, at most 200 per list on both sides; theirs splits participants by label). ' +
          'The headline neighbourhood query follows every relationship type to depth 2 with evidence, which the generated API cannot express',
      },
    },
    {
      name: 'linkagePaths (maxHops 3)',
      about: `k = 5 shortest paths, at most 3 hops, between typical actors of the two busiest countries (${p.typicalActor} → ${p.otherActor})`,
      graphql: `{ linkagePaths(from: ${s(p.typicalActor)}, to: ${s(p.otherActor)}, k: 5, maxHops: 3) { length summary hops { forward sentence relationship { id type ${evidence} } } } }`,
      noNeo4jGraphqlReason: 'no equivalent: @neo4j/graphql generates no path or shortest-path queries',
    },
    {
      name: 'linkagePaths (maxHops 5)',
      about: `the same pair, k = 5, at most 5 hops`,
      graphql: `{ linkagePaths(from: ${s(p.typicalActor)}, to: ${s(p.otherActor)}, k: 5, maxHops: 5) { length summary hops { forward sentence relationship { id type ${evidence} } } } }`,
      noNeo4jGraphqlReason: 'no equivalent: @neo4j/graphql generates no path or shortest-path queries',
    },
    {
      name: 'timeline',
      about: `events with participants from both of the two busiest countries (${p.countryA}, ${p.countryB}), 2015-2019, first 100`,
      graphql: `{ timeline(countries: [${s(p.countryA)}, ${s(p.countryB)}], time: { from: "2015-01-01", to: "2019-12-31" }, limit: 100) {
        date datePrecision event { id name } participants { id role from { id name } ${evidence} } } }`,
      neo4jGraphql: {
        query: `{ events(where: { AND: [{ countryParticipants: { some: { id: { eq: ${s(p.countryA)} } } } }, { countryParticipants: { some: { id: { eq: ${s(p.countryB)} } } } },
            { timeStart: { gte: "2015-01-01", lte: "2019-12-31" } }] }, sort: [{ timeStart: ASC }], limit: 100) {
          id name date datePrecision countryParticipantsConnection { edges { properties { id role sourceId excerpt attribution confidence status } node { id name } } } } }`,
        note:
          'NOT the same work: theirs matches countries as direct participants only; our timeline also counts people and ' +
          'organisations on each side (3 hops of membership), which the generated filters cannot express',
      },
    },
    {
      name: 'exchangeLedger',
      about: `exchanges, coercions and issue linkages between ${p.countryA} and ${p.countryB}`,
      graphql: `{ exchangeLedger(countryA: ${s(p.countryA)}, countryB: ${s(p.countryB)}) {
        exchanges { exchange { id name } concessions { side concession { id name } givenBy { id } } }
        coercions { entity { id name } relationships { id type ${evidence} } }
        issueLinkages { entity { id name } } } }`,
      noNeo4jGraphqlReason:
        'no equivalent: "a concession given by either side, up to 3 hops of membership" is not expressible as generated filters without @cypher fields',
    },
    {
      name: 'asOf',
      about: `offices held and policies in force in ${p.countryA} on 2015-06-01, and policy actions up to then`,
      graphql: `{ asOf(date: "2015-06-01", of: ${s(p.countryA)}) { officesHeld { id from { id name } to { id name } ${evidence} }
        policiesInForce { id name } policyActions { id type } } }`,
      neo4jGraphql: {
        query: `{ offices(where: { country: { some: { id: { eq: ${s(p.countryA)} } } } }) { id name
          holdersConnection(where: { edge: { timeStart: { lte: "2015-06-01" }, OR: [{ timeEnd: { gte: "2015-06-01" } }, { timeEnd: { eq: null } }] } }) {
            edges { properties { id sourceId excerpt attribution confidence status } node { id name } } } } }`,
        note: 'NOT the same work: theirs lists offices held only; ours also answers policies in force and policy actions (one resolver, three queries)',
      },
    },
  ];
}
