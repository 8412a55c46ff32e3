/**
 * The plan gate at scale: every named read query PROFILEd on a generated corpus whose plans
 * have the shape of the medium bench preset's (a hub actor with hundreds of events, so dense
 * nodes with per-type relationship groups; countries with hundreds of participations;
 * thousands of evidence records), small enough to load within the CI budget.
 *
 * The parameters are the seed graph's cases (cases.ts) with the seed's ids swapped for
 * their synthetic counterparts picked from the loaded corpus (the hub actor for López
 * Obrador, the busiest countries for Mexico and the US…), so a query added to cases.ts is
 * gated here too without a second case to write.
 */
import { declaredQuery } from '../../src/db/queries';
import { queryParams, queryText } from '../../src/db/query';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver, ProfiledPlan } from 'neo4j-driver';
import { pick } from '../../bench/scale/cases';
import { PROJECT_ROOT } from '../../src/config';
import { CorpusOptions, FORMAT_VERSION, generateCorpus, Manifest } from '../../src/corpus/generate';
import { loadCorpus } from '../../src/load/online';
import { HITS_PER_QUERY, searchPlan } from '../../src/graphql/search';
import { PLAN_CASES } from './cases';
import { profiledQueries, totalDbHits } from './profile';

/** ~8k nodes, ~36k relationships, ~60k evidence records; the hub actor has ~390 events. */
export const SCALE_CORPUS: CorpusOptions = { seed: 20240503, countries: 24, actors: 800, events: 6000 };

export interface ScaleFigure {
  dbHits: number;
  /** The plan's operator types: a new one (a label scan where an index seek was…) is a plan change. */
  operators: string[];
}

/** The generated corpus, made once and kept in .data/ (the generator is deterministic per seed). */
export async function scaleCorpusDir(): Promise<string> {
  const dir = path.join(PROJECT_ROOT, '.data', `plan-corpus-${SCALE_CORPUS.seed}`);
  const manifestFile = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    if (JSON.stringify(m.options) === JSON.stringify(SCALE_CORPUS) && m.formatVersion === FORMAT_VERSION) return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  await generateCorpus(SCALE_CORPUS, dir);
  return dir;
}

/** Load the corpus into an empty database (schema included: the loader applies it first). */
export async function loadScaleGraph(driver: Driver, database: string, target: string): Promise<void> {
  const dir = await scaleCorpusDir();
  await loadCorpus(driver, {
    dir,
    database,
    target,
    restart: true,
    checkpointFile: path.join(dir, '..', `plan-corpus-${SCALE_CORPUS.seed}.checkpoint.json`),
  });
}

async function first(driver: Driver, database: string, cypher: string, params = {}): Promise<Record<string, unknown>> {
  const r = await driver.executeQuery(cypher, params, { database, routing: 'READ' });
  if (!r.records[0]) throw new Error(`the scale corpus has no row for: ${cypher}`);
  return r.records[0].toObject();
}

/** The synthetic counterparts of the seed ids cases.ts uses, and the cases rewritten with them. */
export async function scaleCases(driver: Driver, database: string): Promise<Record<string, Record<string, unknown>>> {
  const p = await pick(driver, database);
  const top = async (cypher: string, n: number): Promise<string[]> => {
    const r = await driver.executeQuery(cypher, { n: neo4j.int(n) }, { database, routing: 'READ' });
    return r.records.map((x) => String(x.get('id')));
  };
  const [policy] = await top('MATCH (x:Policy) RETURN x.id AS id ORDER BY COUNT { (x)--() } DESC, x.id LIMIT $n', 1);
  const exchanges = await top('MATCH (x:Exchange) RETURN x.id AS id ORDER BY COUNT { (x)--() } DESC, x.id LIMIT $n', 2);
  const offices = await top(
    'MATCH (x:Office) RETURN x.id AS id ORDER BY COUNT { (x)<-[:HOLDS_OFFICE]-() } DESC, x.id LIMIT $n',
    3,
  );
  const issues = await top(
    'MATCH (x:Issue) RETURN x.id AS id ORDER BY COUNT { (x)<-[:CONCERNS]-() } DESC, x.id LIMIT $n',
    2,
  );
  const source = await first(
    driver,
    database,
    'MATCH (e:Evidence) WITH e.sourceId AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1 RETURN id',
  );
  const held = await first(
    driver,
    database,
    'MATCH (a:Person)-[r:HOLDS_OFFICE]->(b) RETURN r.id AS id, a.id AS from, b.id AS to ORDER BY r.id LIMIT 1',
  );
  const concerns = await first(
    driver,
    database,
    'MATCH (a)-[r:CONCERNS]->(b) RETURN r.id AS id, a.id AS from, b.id AS to ORDER BY r.id LIMIT 1',
  );

  const ids: Record<string, string> = {
    'person:lopez-obrador': p.hubActor,
    'person:biden': p.otherActor,
    'person:harris': p.typicalActor,
    'country:mx': p.countryA,
    'country:us': p.countryB,
    'policy:remain-in-mexico': policy!,
    'issue:migration': issues[0]!,
    'issue:asylum': issues[1] ?? issues[0]!,
    'exchange:2021-03-enforcement-for-vaccines': exchanges[0]!,
    'exchange:trump-era-cooperation-for-forbearance': exchanges[1] ?? exchanges[0]!,
    'office:mx-president': offices[0]!,
    'office:mx-foreign-minister': offices[1] ?? offices[0]!,
    'office:us-president': offices[2] ?? offices[0]!,
    'source:wapo-2021-05-03-mexico-leverage': String(source.id),
  };
  const swap = (v: unknown): unknown => {
    if (typeof v === 'string') return ids[v] ?? v;
    if (Array.isArray(v)) return v.map(swap);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]));
    }
    return v;
  };
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, params] of Object.entries(PLAN_CASES)) out[name] = swap(params) as Record<string, unknown>;
  // Cases whose values are not ids alone: a name to search for, facts named by relationship id.
  out['search/entities'] = {
    ...out['search/entities'],
    queries: searchPlan(p.searchText).queries,
    words: searchPlan(p.searchText).words.length,
    perQuery: HITS_PER_QUERY,
  };
  out['evidence/by-facts'] = { ids: [p.hubActor, p.countryA, policy!, String(held.id), String(concerns.id)] };
  out['graph/relationships-by-keys'] = {
    keys: [held, concerns].map((r) => ({ id: String(r.id), from: String(r.from), to: String(r.to) })),
  };
  return out;
}

function operators(plan: ProfiledPlan, out = new Set<string>()): Set<string> {
  out.add(plan.operatorType.replace(/@neo4j$/, ''));
  plan.children.forEach((c) => operators(c, out));
  return out;
}

/** PROFILE one query (twice; the warm run counts) with its scale case. */
export async function profileScale(
  driver: Driver,
  database: string,
  name: string,
  params: Record<string, unknown>,
): Promise<ScaleFigure> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    let plan: ProfiledPlan | undefined;
    for (let i = 0; i < 2; i++) {
      const r = await session.executeRead((tx) =>
        tx.run(`PROFILE ${queryText(declaredQuery(name))}`, queryParams(declaredQuery(name), params)),
      );
      plan = r.summary.profile || undefined;
    }
    if (!plan) throw new Error(`PROFILE of ${name} returned no profile`);
    return { dbHits: totalDbHits(plan), operators: [...operators(plan)].sort() };
  } finally {
    await session.close();
  }
}

export async function profileAllScale(driver: Driver, database: string): Promise<Record<string, ScaleFigure>> {
  const cases = await scaleCases(driver, database);
  const out: Record<string, ScaleFigure> = {};
  for (const name of profiledQueries()) {
    const params = cases[name];
    if (!params) throw new Error(`No case for cypher/queries/${name}.cypher: add one to test/plans/cases.ts.`);
    out[name] = await profileScale(driver, database, name, params);
  }
  return out;
}
