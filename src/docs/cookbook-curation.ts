/**
 * Running the cookbook's curation recipes (src/docs/cookbook.ts) against a service: with a
 * key made for the run, in order, after the read recipes; and removing everything they
 * wrote afterwards (their ids contain `cookbook-curation`; the key, its journal records),
 * so the database is as it was. Shared by `npm run docs:queries` and the cookbook test.
 */
import { Driver } from 'neo4j-driver';
import { createKey } from '../auth/keys';
import { Graph } from '../db/driver';
import { CURATION_RECIPES, CurationAnswer } from './cookbook';

export const COOKBOOK_HOLDER = 'cookbook-editor';

export async function runCurationRecipes(graph: Graph, url: string): Promise<CurationAnswer[]> {
  const key = (await createKey(graph, { holder: COOKBOOK_HOLDER, role: 'editor' })).secret;
  const answers: CurationAnswer[] = [];
  for (const recipe of CURATION_RECIPES) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: recipe.query, variables: recipe.variables }),
    });
    answers.push((await res.json()) as CurationAnswer);
  }
  return answers;
}

/** Remove what the curation recipes wrote: the database is then as before them. */
export async function removeCurationRecipeWrites(driver: Driver, database: string): Promise<void> {
  const run = (cypher: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(cypher, params, { database });
  await run(
    `MATCH (n) WHERE (n:Entity OR n:Retracted OR n:Merged OR n:Source) AND n.id CONTAINS 'cookbook-curation' DETACH DELETE n`,
  );
  await run(
    `MATCH (e:Evidence) WHERE e.factId CONTAINS 'cookbook-curation' OR e.sourceId CONTAINS 'cookbook-curation' DELETE e`,
  );
  await run('MATCH (c:Change {holder: $holder}) DELETE c', { holder: COOKBOOK_HOLDER });
  await run('MATCH (k:ApiKey {holder: $holder}) DELETE k', { holder: COOKBOOK_HOLDER });
}
