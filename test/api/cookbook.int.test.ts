/**
 * docs/queries.md against the API: the document is exactly what the recipes answer on the
 * seed graph, and every recipe's answer is checked for real content (each check can fail:
 * an empty list, an empty object or a wrong fact is caught, not just "something came back").
 * A synthetic test source then disputes a fact, to prove that the evidence recipes show a
 * second source, the dispute, and the anonymous attribution when there is one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import {
  CURATION_ENTITY,
  CURATION_RECIPES,
  CURATION_SOURCE,
  CURATION_TEXTS,
  CurationAnswer,
  Recipe,
  RECIPES,
  renderCookbook,
} from '../../src/docs/cookbook';
import { COOKBOOK_HOLDER, removeCurationRecipeWrites, runCurationRecipes } from '../../src/docs/cookbook-curation';
import { closeDriver, getDriver, testDatabase } from '../support/db';
import { addTestDispute } from '../support/evidence';
import { startTestService, TestService } from '../support/service';

let api: TestService;
beforeAll(async () => {
  api = await startTestService(15_000, { curation: { sourcesDir: path.join(PROJECT_ROOT, CURATION_TEXTS) } });
});
afterAll(async () => {
  await api.stop();
  await closeDriver();
});

const ARTICLE = 'source:wapo-2021-05-03-mexico-leverage';
const ANONYMOUS = ['unnamed-officials', 'unnamed-others'];

/** A GraphQL answer: loosely typed, because the checks below read it field by field. */
type Answer = any;
interface Record_ {
  source?: { id: string; title: string } | null;
  sourceId?: string;
  stance?: string;
  excerpt?: string;
  attribution?: string;
}

async function db<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const r = await getDriver().executeQuery(cypher, params, { database: testDatabase() });
  return r.records.map((rec) => rec.toObject() as T);
}

const nonEmpty = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;

/** A fact's evidence agrees with its summary: counts, distinct sources, the dispute flag. */
function expectConsistentEvidence(fact: Answer): void {
  const records: Record_[] = fact.evidence;
  expect(records.length).toBeGreaterThan(0);
  for (const r of records) expect(nonEmpty(r.excerpt)).toBe(true);
  if ('evidenceCount' in fact) expect(fact.evidenceCount).toBe(records.length);
  if ('sourceCount' in fact) {
    const sources = new Set(records.map((r) => r.source?.id ?? r.sourceId));
    if (!sources.has(undefined)) expect(fact.sourceCount).toBe(sources.size);
    expect(fact.sourceCount).toBeGreaterThan(0);
  }
  if ('disputed' in fact && records.every((r) => r.stance !== undefined)) {
    expect(fact.disputed).toBe(records.some((r) => r.stance === 'disputes'));
  }
}

/**
 * What each recipe's answer must show, by recipe title. Every recipe needs one (checked
 * below), so a new recipe cannot pass on "the root is not empty".
 */
const CHECKS: Record<string, (data: Answer, recipe: Recipe) => Promise<void> | void> = {
  'Find an actor, whatever the spelling': (data) => {
    expect(data.search.map((h: Answer) => h.entity.id)).toEqual(['person:lopez-obrador']);
    expect(data.search[0].entity.aliases).toContain('AMLO');
  },

  'Who traded what with whom': (data, recipe) => {
    const { a, b } = recipe.variables as { a: string; b: string };
    const exchanges = data.exchangeLedger.exchanges;
    expect(exchanges.length).toBeGreaterThan(0);
    for (const e of exchanges) {
      expect(nonEmpty(e.exchange.name)).toBe(true);
      expect(nonEmpty(e.exchange.explicitness)).toBe(true);
      expect(e.concessions.length).toBeGreaterThan(0);
      for (const c of e.concessions) {
        expect(c.givenBy.length).toBeGreaterThan(0);
        expect([a, b, null]).toContain(c.side);
      }
    }
    // A trade has two sides: at least one exchange has concessions from each country.
    expect(exchanges.some((e: Answer) => [a, b].every((s) => e.concessions.some((c: Answer) => c.side === s)))).toBe(
      true,
    );
  },

  'Who pressured whom': (data) => {
    const coercions = data.exchangeLedger.coercions;
    expect(coercions.length).toBeGreaterThan(0);
    expect(coercions.some((c: Answer) => c.entity.parts.some((p: Answer) => p.role === 'threat'))).toBe(true);
    expect(coercions.some((c: Answer) => c.entity.participants.some((p: Answer) => p.role === 'coercer'))).toBe(true);
    for (const episode of coercions) {
      expect(episode.entity.id).toMatch(/^coercion:/);
      expect(episode.relationships.length).toBeGreaterThan(0);
      for (const r of episode.relationships) {
        expect(nonEmpty(r.sentence)).toBe(true);
        expectConsistentEvidence(r);
      }
    }
  },

  'How is A linked to B': (data) => {
    const paths = data.linkagePaths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(2);
    for (const p of paths) {
      expect(p.hops.length).toBe(p.length);
      expect(p.length).toBeLessThanOrEqual(4);
      for (const hop of p.hops) {
        expect(nonEmpty(hop.sentence)).toBe(true);
        expectConsistentEvidence(hop.relationship);
        for (const r of hop.relationship.evidence) expect(nonEmpty(r.source.title)).toBe(true);
      }
    }
  },

  'What was in force on a date': async (data) => {
    const view = data.asOf;
    expect(view.officesHeld.length).toBeGreaterThan(0);
    for (const o of view.officesHeld) {
      expect(o.sentence).toMatch(/held the office of/);
      expectConsistentEvidence(o);
    }
    // Known in force: the date lies in the window the sources attest (a start with no end or
    // last sighting is known only within its own precision unit, e.g. Programa Frontera Sur in 2014).
    const policies = await db<{ id: string; p: Record<string, unknown> }>(
      'MATCH (p:Policy) RETURN p.id AS id, p {.validFrom, .validFromPrecision, .validTo, .validToPrecision, .knownFrom, .knownFromPrecision, .knownTo, .knownToPrecision} AS p',
    );
    const known = policies.filter(({ p }) => knownOn(p, '2019-07-01')).map((x) => x.id);
    expect(view.policiesInForce.map((p: Answer) => p.id).sort()).toEqual(known.sort());
    expect(view.policiesInForce.map((p: Answer) => p.id)).not.toContain('policy:programa-frontera-sur');
    expect(view.policyActions.length).toBeGreaterThan(0);
  },

  'What did X say about Y': async (data) => {
    const said = await db<{ id: string }>(
      "MATCH (q:Quote)-[:SAID_BY]->(:Entity {id: 'person:juan-gonzalez'}) RETURN q.id AS id",
    );
    expect(said.length).toBeGreaterThan(0);
    expect(data.quotes.map((q: Answer) => q.id).sort()).toEqual(said.map((q) => q.id).sort());
    for (const q of data.quotes) {
      expect(nonEmpty(q.text)).toBe(true);
      expect(q.speaker.name).toMatch(/Gonzalez/);
    }
  },

  'Who held an office, and under whom': (data) => {
    const offices = data.entity.offices;
    expect(offices.length).toBeGreaterThan(0);
    const minister = offices.find((o: Answer) => o.office.name === 'Foreign Minister of Mexico');
    expect(minister.office.country).toEqual({ name: 'Mexico' });
    for (const o of offices) expect(o.relationship.evidence.length).toBeGreaterThan(0);
  },

  'Roles and counterparts': (data) => {
    const q = data.entity;
    expect(q.speaker.name).toMatch(/Ramón/);
    const turkey = q.concerns.find((c: Answer) => c.rolesPlayed);
    const role = turkey.rolesPlayed.find((r: Answer) => r.role === 'interdiction state');
    expect(role.counterpart).toEqual({ name: 'European Union', entityType: 'Organization' });
    expect(role.issue.name).toBe('Migration');
    expect(role.relationship.evidence[0].attributedToEntity.name).toMatch(/Ramón/);
  },

  'The timeline of an actor': (data) => {
    const entries = data.timeline;
    expect(entries.length).toBeGreaterThan(0);
    const dates = entries.map((e: Answer) => e.date).filter((d: unknown) => d !== null);
    expect(dates).toEqual([...dates].sort());
    for (const e of entries) {
      expect(e.participants.map((p: Answer) => p.from.name)).toContain('Andrés Manuel López Obrador');
    }
  },

  'Statistics as dated observations': (data) => {
    expect(data.statistics.length).toBeGreaterThan(0);
    for (const s of data.statistics) {
      expect(`${s.name} ${s.metric ?? ''}`).toMatch(/custody/i);
      expect(s.date ?? s.validFrom ?? null).not.toBeNull();
      expectConsistentEvidence(s);
    }
  },

  'An entity and its relationships, page by page': (data) => {
    const e = data.entity;
    expect(e.name).toBe('Marcelo Ebrard');
    const page = e.relationships;
    const counted = e.relationshipCounts
      .filter((c: Answer) => c.type === 'PARTICIPATED_IN')
      .reduce((sum: number, c: Answer) => sum + c.count, 0);
    expect(page.totalCount).toBe(counted);
    expect(page.edges.length).toBe(Math.min(2, counted));
    expect(page.pageInfo.hasNextPage).toBe(counted > 2);
    for (const edge of page.edges) {
      expect(edge.node.sourceCount).toBeGreaterThan(0);
      expect(edge.node.evidence.length).toBeGreaterThan(0);
      for (const r of edge.node.evidence) expect(r.source.publisher).toBe('The Washington Post');
    }
  },

  'All sources of a fact, and whether any disputes it': async (data, recipe) => {
    const e = data.entity;
    expect(nonEmpty(e.name)).toBe(true);
    expectConsistentEvidence(e);
    const stored = await db<{ n: number }>(
      'MATCH (r:Evidence {factId: $id}) WHERE r.retractedAt IS NULL RETURN count(r) AS n',
      { id: (recipe.variables as { id: string }).id },
    );
    expect(e.evidence.length).toBe(Number(stored[0]!.n));
  },

  'The sources, and how much each gives': async (data) => {
    const stored = await db<{ id: string; records: number; facts: number; disputes: number }>(
      `MATCH (s:Source) OPTIONAL MATCH (e:Evidence {sourceId: s.id}) WHERE e.retractedAt IS NULL
       RETURN s.id AS id, count(e) AS records, count(DISTINCT e.factId) AS facts,
              count(CASE WHEN e.stance = 'disputes' THEN 1 END) AS disputes`,
    );
    expect(data.sources.map((s: Answer) => s.id)).toContain(ARTICLE);
    expect(data.sources.map((s: Answer) => [s.id, s.evidenceCount, s.factCount, s.disputeCount]).sort()).toEqual(
      stored.map((s) => [s.id, Number(s.records), Number(s.facts), Number(s.disputes)]).sort(),
    );
    expect(data.sources.find((s: Answer) => s.id === ARTICLE).evidenceCount).toBeGreaterThan(500);
  },

  "One source's evidence": (data) => {
    const s = data.source;
    expect(s.evidenceCount).toBeGreaterThan(3);
    expect(s.evidence.totalCount).toBe(s.evidenceCount);
    expect(s.evidence.edges.length).toBe(3);
    expect(s.evidence.pageInfo.hasNextPage).toBe(true);
    const starts = s.evidence.edges.map((e: Answer) => e.node.textStart);
    expect(starts).toEqual([...starts].sort((x: number, y: number) => x - y));
    for (const { node } of s.evidence.edges) {
      expect(nonEmpty(node.excerpt)).toBe(true);
      expect(node.textEnd).toBeGreaterThan(node.textStart);
      if (node.factKind === 'node') expect([node.entity?.id, node.relationship]).toEqual([expect.any(String), null]);
      else expect([node.entity, node.relationship?.id]).toEqual([null, expect.any(String)]);
    }
  },

  'Only anonymously sourced statements': async (data) => {
    const hits = data.search.map((h: Answer) => h.entity);
    expect(hits.length).toBeGreaterThan(0);
    for (const e of hits) {
      expect(e.attributions.some((a: string) => ANONYMOUS.includes(a))).toBe(true);
      expect(e.evidence.some((r: Record_) => ANONYMOUS.includes(r.attribution!))).toBe(true);
    }
    // The filter drops nothing it should keep: every hit of the unfiltered search with an
    // anonymous record is among the filtered hits (asked for as many as the unfiltered ones).
    const all = await api.data<Answer>('{ search(query: "Mexico", first: 100) { entity { id attributions } } }');
    const anonymous = all.search
      .map((h: Answer) => h.entity)
      .filter((e: Answer) => e.attributions.some((a: string) => ANONYMOUS.includes(a)));
    const filtered = await api.data<Answer>(
      '{ search(query: "Mexico", first: 100, provenance: { attributions: ["unnamed-officials", "unnamed-others"] }) { entity { id } } }',
    );
    expect(anonymous.length).toBeGreaterThan(0);
    expect(filtered.search.map((h: Answer) => h.entity.id)).toEqual(
      expect.arrayContaining(anonymous.map((e: Answer) => e.id)),
    );
  },

  'Names instead of ids, and a search that forgives': (data) => {
    expect(data.linkagePaths.length).toBeGreaterThan(0);
    for (const p of data.linkagePaths) expect(p.hops.length).toBeGreaterThan(0);
    expect(data.linkagePaths[0].hops[0].sentence).toMatch(/^Harris /);
    const hits = data.search;
    expect(hits.map((h: Answer) => h.entity.id)).toContain('event:2021-05-07-harris-lopez-obrador-virtual-meeting');
    expect(hits[0].wordsMatched).toBe(hits[0].words);
  },

  'What may have held: known and possible': (data) => {
    const reasons = (list: Answer[]) => list.map((x) => x.reason as string);
    expect(data.us.officesHeld.some((o: Answer) => /Donald Trump held the office of President/.test(o.sentence))).toBe(
      true,
    );
    for (const r of [...reasons(data.us.officesPossiblyHeld), ...reasons(data.us.policiesPossiblyInForce)])
      expect(nonEmpty(r)).toBe(true);
    const rim = data.us.policiesPossiblyInForce.find((p: Answer) => p.policy.name === 'Remain in Mexico');
    expect(rim.reason).toMatch(/^Undated/);
    const pfs = data.mx.policiesPossiblyInForce.find((p: Answer) => p.policy.name === 'Programa Frontera Sur');
    expect(pfs).toMatchObject({ attestedFrom: '2014-01-01', attestedTo: '2014-12-31' });
    expect(data.mx.policiesInForce.map((p: Answer) => p.name)).not.toContain('Programa Frontera Sur');
  },

  'Trades and pressure in a window': (data) => {
    const { exchanges, coercions } = data.exchangeLedger;
    expect(exchanges.length).toBeGreaterThan(0);
    expect(coercions).toEqual([]); // both coercion episodes are dated 2014 and 2019
    const concessions = exchanges.flatMap((x: Answer) => x.concessions);
    expect(concessions.some((c: Answer) => c.date?.startsWith('2021') && /REALISED_BY/.test(c.dateDerivation))).toBe(
      true,
    );
  },

  'Paths that avoid a hub': (data) => {
    expect(data.linkagePaths.length).toBeGreaterThan(0);
    for (const p of data.linkagePaths) {
      for (const h of p.hops) {
        expect(h.to.id).not.toBe('country:mx');
        expect(h.relationship.confidence ?? 1).toBeGreaterThanOrEqual(0.9);
      }
    }
  },
};

/** Whether a policy is known in force on `d` by the rule of research/policies-in-force.cypher, restated. */
function knownOn(p: Record<string, unknown>, d: string): boolean {
  const iso = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const endOf = (v: unknown, precision: unknown): string | null => {
    const s = iso(v);
    if (s === null) return null;
    const [y, m] = s.split('-').map(Number) as [number, number];
    if (precision === 'decade') return `${y + 9}-12-31`;
    if (precision === 'year') return `${y}-12-31`;
    if (precision === 'month') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (precision === 'week') return new Date(Date.parse(s) + 6 * 86400000).toISOString().slice(0, 10);
    return s;
  };
  const start = iso(p.validFrom) ?? iso(p.knownFrom);
  const startPrecision = p.validFrom ? p.validFromPrecision : p.knownFromPrecision;
  const end =
    endOf(p.validTo, p.validToPrecision) ?? endOf(p.knownTo, p.knownToPrecision) ?? endOf(start, startPrecision);
  return start !== null && end !== null && start <= d && d <= end;
}

const recipe = (title: string): Recipe => {
  const r = RECIPES.find((x) => x.title === title);
  if (!r) throw new Error(`no recipe titled "${title}"`);
  return r;
};

/** What each curation recipe's answer must show, by title (run in order, each after the one before). */
const CURATION_CHECKS: Record<string, (answer: CurationAnswer) => Promise<void> | void> = {
  'Register a source': ({ data }: Answer) => {
    expect(data.registerSource.source.id).toBe(CURATION_SOURCE);
    expect(data.registerSource.source.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(data.registerSource.changes).toEqual([
      { elementId: CURATION_SOURCE, elementKind: 'source', holder: COOKBOOK_HOLDER, reason: expect.any(String) },
    ]);
  },
  'Add an entity with its evidence': ({ data }: Answer) => {
    const { entity, changes } = data.createEntity;
    expect(entity).toMatchObject({ id: CURATION_ENTITY, entityType: 'Organization', version: 1 });
    expect(entity.evidence).toHaveLength(1);
    expect(entity.evidence[0].textEnd - entity.evidence[0].textStart).toBe(entity.evidence[0].excerpt.length);
    expect(changes.map((c: Answer) => [c.elementKind, c.before])).toEqual([
      ['entity', null],
      ['evidence', null],
    ]);
  },
  'Assert a relationship with its evidence': ({ data }: Answer) => {
    const r = data.assertFact.relationship;
    expect(r).toMatchObject({ type: 'LOCATED_IN', version: 1, sourceCount: 1, confidence: 0.8 });
    expect(nonEmpty(r.sentence)).toBe(true);
  },
  'Correct an entity, based on the version you read': ({ data }: Answer) => {
    const { entity, changes } = data.updateEntity;
    expect(entity.version).toBe(2);
    expect(changes[0].before.props.description).toBeUndefined();
    expect(changes[0].after.props.description).toBe(entity.description);
  },
  'Refused: an excerpt the source does not contain': (answer: Answer) => {
    expect(answer.data?.addEvidence ?? null).toBeNull();
    expect(answer.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.errors[0].extensions.problems[0].at).toBe('input.evidence[0].excerpt');
    expect(answer.errors[0].extensions.problems[0].message).toMatch(/is not in synthetic-border-bulletin.* verbatim/);
  },
  'Retract a fact, with a reason': ({ data }: Answer) => {
    expect(data.retractFact.changes.map((c: Answer) => c.elementKind).sort()).toEqual(['evidence', 'relationship']);
  },
  'An entity, its retracted links and its history': async ({ data }: Answer) => {
    expect(data.entity.retractedRelationships).toHaveLength(1);
    // The entity's own changes and its evidence record's, newest first (the retracted link has its own history).
    expect(data.history.map((c: Answer) => [c.operation, c.elementKind])).toEqual([
      ['updateEntity', 'entity'],
      ['createEntity', 'evidence'],
      ['createEntity', 'entity'],
    ]);
    // The refused write left nothing: one evidence record, as created.
    const [row] = await db<{ n: number }>('MATCH (e:Evidence {factId: $id}) RETURN count(e) AS n', {
      id: CURATION_ENTITY,
    });
    expect(row!.n).toBe(1);
  },
};

describe('docs/queries.md', () => {
  it('shows, for every recipe, exactly what the API answers on the seed graph (curation with a key, then undone)', async () => {
    const results: unknown[] = [];
    for (const r of RECIPES) results.push(await api.data(r.query, r.variables));
    await removeCurationRecipeWrites(getDriver(), testDatabase());
    let curation: CurationAnswer[];
    try {
      curation = await runCurationRecipes(api.graph, api.url);
      expect(Object.keys(CURATION_CHECKS).sort()).toEqual(CURATION_RECIPES.map((r) => r.title).sort());
      for (const [i, r] of CURATION_RECIPES.entries()) await CURATION_CHECKS[r.title]!(curation[i]!);
    } finally {
      await removeCurationRecipeWrites(getDriver(), testDatabase());
    }
    const [left] = await db<{ n: number }>(
      "MATCH (n) WHERE n.id CONTAINS 'cookbook-curation' OR n.holder = $h RETURN count(n) AS n",
      { h: COOKBOOK_HOLDER },
    );
    expect(left!.n).toBe(0);
    const expected = renderCookbook(results, curation);
    const actual = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'queries.md'), 'utf8');
    // On a mismatch, regenerate with `npm run docs:queries` after checking the new outputs are right.
    expect(actual).toBe(expected);
  });

  it('has a content check for every recipe, and none for a recipe that is gone', () => {
    expect(Object.keys(CHECKS).sort()).toEqual(RECIPES.map((r) => r.title).sort());
  });

  it.each(RECIPES.map((r) => [r.title, r] as const))('answers "%s" with real content', async (_, r) => {
    const check = CHECKS[r.title];
    if (!check) throw new Error(`no content check for recipe "${r.title}": add one to CHECKS`);
    await check(await api.data(r.query, r.variables), r);
  });
});

describe('the evidence recipes with a second source that disputes a fact', () => {
  const TEST_SOURCE = 'test:source-cookbook';

  it('show both sources, the dispute, the lowered confidence, and the anonymous record', async () => {
    const facts = recipe('All sources of a fact, and whether any disputes it');
    const factId = (facts.variables as { id: string }).id;
    const before = (await api.data<Answer>(facts.query, facts.variables)).entity;
    const dispute = await addTestDispute({ id: factId, kind: 'node', type: 'Event' }, TEST_SOURCE);
    try {
      const after = (await api.data<Answer>(facts.query, facts.variables)).entity;
      await CHECKS[facts.title]!({ entity: after }, facts);
      expect(after.sourceCount).toBe(before.sourceCount + 1);
      expect(after.disputed).toBe(true);
      expect(after.evidence.map((r: Record_) => [r.source!.id, r.stance])).toEqual(
        expect.arrayContaining([
          [ARTICLE, 'supports'],
          [TEST_SOURCE, 'disputes'],
        ]),
      );
      // The rule of docs/evidence.md: support × (1 − the dispute's weight, 0.3).
      expect(after.confidence).toBeCloseTo(before.confidence * 0.7, 4);

      const sources = recipe('The sources, and how much each gives');
      const listed = await api.data<Answer>(sources.query, sources.variables);
      await CHECKS[sources.title]!(listed, sources);
      expect(listed.sources.find((s: Answer) => s.id === TEST_SOURCE)).toMatchObject({
        evidenceCount: 1,
        factCount: 1,
        disputeCount: 1,
      });

      // The disputing record is attributed to unnamed others: the fact now passes the filter,
      // and its named attribution (the article's own reporting) shows beside it.
      const anonymous = recipe('Only anonymously sourced statements');
      const found = await api.data<Answer>(anonymous.query, anonymous.variables);
      await CHECKS[anonymous.title]!(found, anonymous);
      const hit = found.search.find((h: Answer) => h.entity.id === factId);
      expect(hit?.entity.attributions).toEqual(expect.arrayContaining(['reporting', 'unnamed-others']));
    } finally {
      await dispute.remove();
    }
    const restored = (await api.data<Answer>(facts.query, facts.variables)).entity;
    expect(restored).toEqual(before);
  });
});
