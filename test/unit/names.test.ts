import {
  decide,
  idShape,
  namePhraseQuery,
  nameKey,
  nameText,
  rankSuggestions,
  suggestionQuery,
} from '../../src/graphql/names';
import { EntityRecord } from '../../src/graphql/model';

const entity = (id: string, label: string, props: Record<string, unknown>): EntityRecord => ({
  id,
  labels: ['Entity', label],
  props: { id, ...props },
});

const AMLO = entity('person:lopez-obrador', 'Person', {
  name: 'Andrés Manuel López Obrador',
  aliases: ['López Obrador', 'AMLO'],
});
const PARTY = entity('org:lopez-obrador-party', 'Organization', { name: "López Obrador's party" });
const MX = entity('country:mx', 'Country', { name: 'Mexico', aliases: ['México'] });
const MXGOV = entity('org:mx-government', 'Organization', { name: 'Mexican government', aliases: ['Mexico'] });
const HARRIS = entity('person:harris', 'Person', { name: 'Harris', editorAliases: ['Kamala Harris'] });
const FRONTERA = entity('policy:programa-frontera-sur', 'Policy', { name: 'Programa Frontera Sur' });

describe('names in place of ids', () => {
  it('folds accents, case and punctuation', () => {
    expect(nameKey('LÓPEZ-Obrador')).toBe('lopez obrador');
    expect(nameKey("  Mexico's   government ")).toBe('mexico s government');
  });

  it('reads an id-shaped mistake as its slug', () => {
    expect(idShape('person:amlo')).toEqual({ kind: 'person', slug: 'amlo' });
    expect(idShape('Lopez Obrador')).toBeNull();
    expect(nameText('country:united-states')).toBe('united states');
  });

  it('builds phrase and suggestion queries without Lucene syntax from the input', () => {
    expect(namePhraseQuery('López "Obrador" (AND')).toBe(
      'name:"lópez obrador (and" OR aliasText:"lópez obrador (and" OR editorAliasText:"lópez obrador (and"',
    );
    expect(namePhraseQuery('U.S.')).toBe('name:"u.s." OR aliasText:"u.s." OR editorAliasText:"u.s."');
    expect(namePhraseQuery('  ()  ')).toBeNull();
    expect(suggestionQuery('Haris ab')).toBe('haris~1 OR haris* OR ab*');
  });

  it('an exact name, alias or editor alias means its entity', () => {
    expect(decide('Lopez Obrador', [AMLO, PARTY])).toEqual({ kind: 'entity', entity: AMLO });
    expect(decide('amlo', [AMLO])).toEqual({ kind: 'entity', entity: AMLO });
    expect(decide('Kamala Harris', [HARRIS])).toEqual({ kind: 'entity', entity: HARRIS });
    expect(decide('person:amlo', [AMLO, PARTY])).toEqual({ kind: 'entity', entity: AMLO });
  });

  it('a phrase of one entity only means it; a phrase of several is ambiguous', () => {
    expect(decide('Frontera Sur', [FRONTERA])).toEqual({ kind: 'entity', entity: FRONTERA });
    const r = decide('Obrador', [AMLO, PARTY]);
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.id)).toEqual([AMLO.id, PARTY.id]);
  });

  it('a preferred label settles an exact tie; otherwise it stays ambiguous', () => {
    expect(decide('Mexico', [MX, MXGOV], ['Country'])).toEqual({ kind: 'entity', entity: MX });
    expect(decide('Mexico', [MX, MXGOV]).kind).toBe('ambiguous');
  });

  it('nothing matching is unknown', () => {
    expect(decide('Atlantis', [MX])).toEqual({ kind: 'unknown' });
  });

  it('suggests the closest names and id slugs first', () => {
    const rows = [
      { id: 'country:us', labels: ['Entity', 'Country'], name: 'United States', aliases: ['U.S.'] },
      { id: 'country:mx', labels: ['Entity', 'Country'], name: 'Mexico', aliases: [] },
      { id: 'person:harris', labels: ['Entity', 'Person'], name: 'Harris', aliases: [] },
    ];
    // Only near names: "mexico" is too far from "usa" to be a misspelling of it.
    expect(rankSuggestions('country:usa', rows, 2).map((s) => s.id)).toEqual(['country:us']);
    expect(rankSuggestions('no such entity', rows)).toEqual([]);
    expect(rankSuggestions('Haris', rows, 1)).toEqual([{ id: 'person:harris', name: 'Harris', entityType: 'Person' }]);
  });
});
