/**
 * The query cookbook (docs/queries.md): copy-paste GraphQL for the research
 * questions, each shown with its real output on the seed graph. The document is
 * generated from these entries (`npm run docs:queries`) and a test regenerates it
 * against the test database, so the outputs cannot drift from what the API answers.
 */
import { ACCESS_PATH_PROPERTIES } from '../ontology/access-paths';
import { DERIVATION_PROPERTIES } from '../ontology/derivations';
import { bulletinSource } from './bulletin';

export interface Recipe {
  title: string;
  /** The research question, in a researcher's words. */
  question: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** A curation recipe: a write, sent with an API key of this role (docs/curation.md). */
export interface CurationRecipe extends Recipe {
  role: 'editor' | 'admin';
}

export const RECIPES: Recipe[] = [
  {
    title: 'Find an actor, whatever the spelling',
    question: 'Who is "Lopez Obrador" in the graph? (no accents, and a typo in "Ebrad" works too)',
    query: `{
  search(query: "Lopez Obrador", first: 1) {
    entity { id entityType name aliases }
  }
}`,
  },
  {
    title: 'Who traded what with whom',
    question: 'What did the United States and Mexico exchange, who gave what, and how explicit was the link?',
    query: `query($a: ID!, $b: ID!) {
  exchangeLedger(countryA: $a, countryB: $b) {
    exchanges {
      exchange { id name explicitness phase }
      concessions { side concession { name kind realisedBy { name date } } givenBy { name } }
    }
  }
}`,
    variables: { a: 'country:us', b: 'country:mx' },
  },
  {
    title: 'Who pressured whom',
    question:
      'Which coercion episodes does the graph hold between the two countries, and what were the threat and the response?',
    query: `{
  exchangeLedger(countryA: "country:us", countryB: "country:mx") {
    coercions {
      entity {
        id name
        ... on Coercion { kind outcome parts { role part { name date } } participants { role participant { name } } }
      }
      relationships { type role sentence sourceCount disputed evidence { excerpt attribution stance } }
    }
  }
}`,
  },
  {
    title: 'How is A linked to B',
    question: 'How is Vice President Harris linked to the vaccine doses the U.S. agreed to send Mexico?',
    query: `{
  linkagePaths(from: "person:harris", to: "event:2021-03-us-agrees-vaccine-doses", k: 2, maxHops: 4) {
    length
    hops {
      sentence
      relationship { confidence sourceCount evidence { source { title } excerpt attribution confidence } }
    }
  }
}`,
  },
  {
    title: 'What was in force on a date',
    question:
      'Who held which office, which programs were in force and which policy actions had been taken by 1 July 2019?',
    query: `{
  asOf(date: "2019-07-01") {
    officesHeld { sentence evidence { excerpt } }
    policiesInForce { id name }
    policyActions { sentence }
  }
}`,
  },
  {
    title: 'Who held an office, and under whom',
    question: 'Which offices did Marcelo Ebrard hold, of which country, when, and under which president?',
    query: `{
  entity(id: "person:marcelo-ebrard") {
    name
    ... on Person {
      offices {
        office { name country { name } }
        knownFrom knownTo openEnded
        underPresident { name }
        relationship { confidence evidence { excerpt } }
      }
    }
  }
}`,
  },
  {
    title: 'What did X say about Y',
    question: 'What did Juan Gonzalez say, verbatim, and in what medium?',
    query: `{
  quotes(speaker: "person:juan-gonzalez") {
    id text medium date
    speaker { name }
    concerns { name entityType }
  }
}`,
  },
  {
    title: 'Roles and counterparts',
    question:
      'Ramón calls Turkey an "interdiction state": for whom, on which issue, and who says so? ' +
      '(Roles a country played are typed fields, with the counterpart as an entity.)',
    query: `{
  entity(id: "quote:ramon-turkey-interdiction-state") {
    ... on Quote {
      text
      speaker { name }
      concerns {
        name
        ... on Country {
          rolesPlayed {
            role issue { name } counterpart { name entityType }
            relationship { evidence { excerpt attribution attributedToEntity { name } } }
          }
        }
      }
    }
  }
}`,
  },
  {
    title: 'The timeline of an actor',
    question: 'What did López Obrador do, in date order?',
    query: `{
  timeline(actor: "person:lopez-obrador") {
    date datePrecision
    event { name eventType phase }
    participants { role from { name } }
  }
}`,
  },
  {
    title: 'Statistics as dated observations',
    question: 'How many migrants were taken into U.S. custody, when, and who reported it?',
    query: `{
  statistics(metric: "custody") {
    name date datePrecision validFrom validTo
    metric value unit qualifier valueText
    reportedBy { name } observedAt { name }
    evidence { excerpt attribution attributedTo stance statedValue }
  }
}`,
  },
  {
    title: 'An entity and its relationships, page by page',
    question: 'Which offices and roles does the graph record for Marcelo Ebrard, with evidence?',
    query: `{
  entity(id: "person:marcelo-ebrard") {
    name aliases
    relationshipCounts { type direction count }
    relationships(type: "PARTICIPATED_IN", first: 2) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { sentence sourceCount evidence { excerpt source { publisher title date } } } }
    }
  }
}`,
  },
  {
    title: 'All sources of a fact, and whether any disputes it',
    question:
      'Who says the U.S. agreed to send Mexico vaccine doses: every source, what each says, and does any dispute it? ' +
      '(Relationships have the same fields.)',
    query: `query($id: ID!) {
  entity(id: $id) {
    name
    sourceCount evidenceCount confidence disputed
    evidence {
      source { id title publisher date }
      stance excerpt attribution attributedTo confidence status statedValue note
    }
  }
}`,
    variables: { id: 'event:2021-03-us-agrees-vaccine-doses' },
  },
  {
    title: 'The sources, and how much each gives',
    question: 'Which source documents does the graph rest on, and how many facts does each support or dispute?',
    query: `{
  sources {
    id title publisher date kind
    evidenceCount factCount disputeCount
  }
}`,
  },
  {
    title: "One source's evidence",
    question: 'What does the Washington Post article of 3 May 2021 give evidence for, in the order of its text?',
    query: `{
  source(id: "source:wapo-2021-05-03-mexico-leverage") {
    title evidenceCount factCount disputeCount
    evidence(first: 3) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          factKind factType textStart textEnd excerpt attribution stance
          entity { id name }
          relationship { id sentence }
        }
      }
    }
  }
}`,
  },
  {
    title: 'Only anonymously sourced statements',
    question:
      'What does the graph hold about Mexico on the word of unnamed officials or other unnamed people? (The filter ' +
      "keeps a fact with at least one such record; `attributions` lists all of a fact's, so a named source shows too.)",
    query: `{
  search(query: "Mexico", provenance: { attributions: ["unnamed-officials", "unnamed-others"] }) {
    entity {
      id name attributions
      evidence { excerpt attribution attributedTo }
    }
  }
}`,
  },
  {
    title: 'Names instead of ids, and a search that forgives',
    question:
      'How is Harris linked to López Obrador, without looking up ids? And what does the graph hold on ' +
      '"Harris meets Lopez Obrador" (not every word has to match; "meets" finds "meeting")?',
    query: `{
  linkagePaths(from: "Harris", to: "Lopez Obrador", k: 2, maxHops: 3) {
    hops { sentence }
  }
  search(query: "Harris meets Lopez Obrador", first: 3) {
    wordsMatched words excerpt
    entity { id name }
  }
}`,
  },
  {
    title: 'What may have held: known and possible',
    question:
      'On 1 June 2019, which offices and policies of the United States and of Mexico do the sources place on that date, ' +
      'and which can they neither place nor rule out, and why?',
    query: `{
  us: asOf(date: "2019-06-01", of: "United States") {
    officesHeld { sentence }
    officesPossiblyHeld { relationship { sentence } reason }
    policiesInForce { name }
    policiesPossiblyInForce { policy { name } reason attestedFrom attestedTo }
  }
  mx: asOf(date: "2019-06-01", of: "Mexico") {
    policiesInForce { name }
    policiesPossiblyInForce { policy { name } reason attestedFrom attestedTo }
  }
}`,
  },
  {
    title: 'Trades and pressure in a window',
    question: 'What did the U.S. and Mexico trade or press for in 2021, and when was each concession given?',
    query: `{
  exchangeLedger(countryA: "United States", countryB: "Mexico", time: { from: "2021-01-01", to: "2021-12-31" }) {
    exchanges {
      exchange { name date }
      concessions { concession { name } side date datePrecision dateDerivation }
    }
    coercions { entity { name } }
  }
}`,
  },
  {
    title: 'Paths that avoid a hub',
    question:
      'How is Harris linked to López Obrador other than through the country Mexico itself, on evidence of ' +
      'confidence 0.9 or more?',
    query: `{
  linkagePaths(from: "Harris", to: "AMLO", k: 3, maxHops: 4, exclude: ["Mexico"], provenance: { minConfidence: 0.9 }) {
    summary
    hops { to { id } relationship { confidence } }
  }
}`,
  },
];

/**
 * Curation, run in this order with a key after the read recipes (their writes are removed
 * afterwards, so the read recipes keep answering on the seed graph). Ids contain
 * `cookbook-curation`; the source is the synthetic test text of test/fixtures/sources.
 */
export const CURATION_SOURCE = 'source:cookbook-curation-bulletin';
export const CURATION_ENTITY = 'org:cookbook-curation-observatory';
export const CURATION_TEXTS = 'test/fixtures/sources';

export const CURATION_RECIPES: CurationRecipe[] = [
  {
    title: 'Register a source',
    question: 'A new report arrives: record it, with the checksum of its text, so its excerpts can be cited.',
    role: 'editor',
    query: `mutation($input: RegisterSourceInput!) {
  registerSource(input: $input) {
    operation
    source { id title textFile textSha256 }
    changes { elementId elementKind holder reason }
  }
}`,
    variables: {
      input: bulletinSource(
        CURATION_SOURCE,
        'The Imaginary Border Bulletin, 10 May 2021 (synthetic test text, not a real article)',
        'a second account of the border figures',
      ),
    },
  },
  {
    title: 'Add an entity with its evidence',
    question: 'The report names a monitoring group the graph does not have: add it, citing where the report names it.',
    role: 'editor',
    query: `mutation($input: CreateEntityInput!) {
  createEntity(input: $input) {
    entity { id entityType name version evidence { excerpt textStart textEnd attribution stance } }
    changes { elementKind before after }
  }
}`,
    variables: {
      input: {
        sourceId: CURATION_SOURCE,
        label: 'Organization',
        id: CURATION_ENTITY,
        name: 'Southern Crossings Observatory',
        properties: { kind: 'think tank', synthetic: true },
        evidence: [
          {
            excerpt: 'The Southern Crossings Observatory, a fictional monitoring group',
            attribution: 'reporting',
            attributedTo: 'The Imaginary Border Bulletin',
            confidence: 0.8,
            status: 'asserted',
          },
        ],
        reason: 'named in the bulletin',
      },
    },
  },
  {
    title: 'Assert a relationship with its evidence',
    question: 'The report says where the group is based: add that fact.',
    role: 'editor',
    query: `mutation($input: AssertFactInput!) {
  assertFact(input: $input) {
    relationship { id type sentence version sourceCount confidence evidence { excerpt } }
  }
}`,
    variables: {
      input: {
        sourceId: CURATION_SOURCE,
        type: 'LOCATED_IN',
        from: CURATION_ENTITY,
        to: 'country:mx',
        evidence: [
          {
            excerpt: 'a fictional monitoring group based in Mexico',
            attribution: 'reporting',
            attributedTo: 'The Imaginary Border Bulletin',
            confidence: 0.8,
            status: 'asserted',
          },
        ],
      },
    },
  },
  {
    title: 'Correct an entity, based on the version you read',
    question:
      'Add a description. The change names the version it was based on: had someone changed the entity since, ' +
      'the answer would be CONFLICT and nothing would change.',
    role: 'editor',
    query: `mutation($input: UpdateEntityInput!) {
  updateEntity(input: $input) {
    entity { id description version }
    changes { operation reason before after }
  }
}`,
    variables: {
      input: {
        id: CURATION_ENTITY,
        expectedVersion: 1,
        description: 'Invented monitoring group of the synthetic test text; not a real organisation.',
        reason: 'say what it is',
      },
    },
  },
  {
    title: 'Refused: an excerpt the source does not contain',
    question: 'A misquoted excerpt is refused with the same message `npm run ingest` gives, and nothing is written.',
    role: 'editor',
    query: `mutation($input: AddEvidenceInput!) {
  addEvidence(input: $input) { changeId }
}`,
    variables: {
      input: {
        sourceId: CURATION_SOURCE,
        factId: CURATION_ENTITY,
        evidence: [
          {
            excerpt: 'a real monitoring group',
            attribution: 'reporting',
            attributedTo: 'The Imaginary Border Bulletin',
            confidence: 0.8,
            status: 'asserted',
          },
        ],
      },
    },
  },
  {
    title: 'Retract a fact, with a reason',
    question:
      'The location was a misreading: retract it. It leaves every read view but stays in the journal ' +
      'and in includeRetracted reads.',
    role: 'editor',
    query: `mutation($input: RetractFactInput!) {
  retractFact(input: $input) {
    changes { elementKind elementId reason }
  }
}`,
    variables: {
      input: {
        id: `located_in|${CURATION_ENTITY}|country:mx`,
        expectedVersion: 1,
        reason: 'the bulletin places the group, not its work (test)',
      },
    },
  },
  {
    title: 'An entity, its retracted links and its history',
    question: 'What happened to the group record, who did it and why?',
    role: 'editor',
    query: `query($id: ID!) {
  entity(id: $id) {
    name description version
    retractedRelationships { id type retraction { by reason } }
  }
  history(id: $id) { operation elementKind elementId holder reason }
}`,
    variables: { id: CURATION_ENTITY },
  },
];

/** Only what a reader needs from an element's stored properties: drop derived bookkeeping. */
const HIDDEN = new Set<string>([
  ...DERIVATION_PROPERTIES,
  'codingDerivation',
  'aliasText',
  'editorAliasText',
  ...ACCESS_PATH_PROPERTIES,
]);

/** Values that differ on every run (record times, change ids, key ids) shown as placeholders. */
const VOLATILE: [RegExp, string][] = [
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, '<record time>'],
  [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, '<change id>'],
];
const VOLATILE_KEYS: Record<string, string> = { keyId: '<key id>' };

function tidy(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (VOLATILE_KEYS[key]) return VOLATILE_KEYS[key];
    for (const [pattern, shown] of VOLATILE) if (pattern.test(value)) return shown;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => tidy(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !HIDDEN.has(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, tidy(v, k)]),
    );
  }
  return value;
}

/** A recipe's answer: its data, or (for a refused write) its errors. */
export type CurationAnswer = { data?: unknown; errors?: unknown };

export function renderCookbook(results: unknown[], curation: CurationAnswer[] = []): string {
  const parts = [
    '# Query cookbook',
    '',
    'Copy-paste GraphQL for the research questions, each with its **real output on the seed graph**.',
    'Paste a query into GraphiQL at <http://localhost:4000/graphql> (variables go in the Variables pane),',
    'or POST it as JSON. This file is generated by `npm run docs:queries` from `src/docs/cookbook.ts`;',
    'a test regenerates it against the test database and fails if it differs, so the outputs stay true.',
    'Property maps are shown with keys sorted and derived bookkeeping (`timeDerivation`, `aliasText`, …) left out.',
    'Every entity and relationship has a list of `evidence` records (one per source excerpt, each with its `source`',
    'and `stance`) and a summary over them: `sourceCount`, `evidenceCount`, `confidence` (aggregate), `disputed`,',
    '`attributions`, `statuses` (see `docs/evidence.md`; recipes 12–15 show them).',
    'Each kind of entity is its own type with typed fields (`... on Person { offices { office { name } } }`,',
    '`... on Statistic { value unit }`); `properties` holds every stored property as an escape hatch.',
    '',
  ];
  RECIPES.forEach((recipe, i) => {
    parts.push(`## ${i + 1}. ${recipe.title}`, '', `*${recipe.question}*`, '', '```graphql', recipe.query, '```', '');
    if (recipe.variables) parts.push('Variables:', '', '```json', JSON.stringify(recipe.variables, null, 2), '```', '');
    parts.push('Output:', '', '```json', JSON.stringify(tidy(results[i]), null, 2), '```', '');
  });
  if (curation.length) {
    parts.push(
      '# Curation (with a key)',
      '',
      'Writes need an API key (`npm run keys -- create`), sent as `Authorization: Bearer <key>`: the editor role, or',
      'admin for merges. Run in this order on the seed graph with an editor key, the recipes below give these outputs',
      '(record times and change ids differ on every run and are shown as placeholders). Each write is checked as',
      '`npm run ingest` checks a file, and journalled; see `docs/curation.md`. The source texts are read from the',
      "service's `SOURCES_DIR` (here: `test/fixtures/sources`).",
      '',
      '```sh',
      'curl -s localhost:4000/graphql -H \'content-type: application/json\' -H "authorization: Bearer $BRG_KEY" \\',
      '  -d \'{"query": "mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { version } } }", "variables": {"input": {…}}}\'',
      '```',
      '',
    );
    CURATION_RECIPES.forEach((recipe, i) => {
      const n = RECIPES.length + i + 1;
      parts.push(`## ${n}. ${recipe.title}`, '', `*${recipe.question}* (role: ${recipe.role})`, '');
      parts.push('```graphql', recipe.query, '```', '');
      if (recipe.variables)
        parts.push('Variables:', '', '```json', JSON.stringify(recipe.variables, null, 2), '```', '');
      const answer = curation[i] ?? {};
      parts.push(
        'Output:',
        '',
        '```json',
        JSON.stringify(tidy(answer.errors ? { errors: answer.errors } : answer.data), null, 2),
        '```',
        '',
      );
    });
  }
  return parts.join('\n');
}
