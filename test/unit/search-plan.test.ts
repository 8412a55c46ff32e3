import { searchPlan } from '../../src/graphql/search';
import { SEARCH_BUDGET } from '../../src/graphql/search-budget';

describe('the forgiving search plan', () => {
  it('asks every word of every analysis once, and all words together once', () => {
    const { words, queries } = searchPlan('Harris meets López Obrador');
    expect(words).toEqual(['harris', 'meets', 'lopez', 'obrador']);
    expect(queries.filter((q) => q.word === -1)).toHaveLength(1);
    expect(queries.filter((q) => q.word === -2).map((q) => q.lucene)).toEqual([
      'name:(harris AND meets AND lopez AND obrador)',
    ]);
    for (let i = 0; i < words.length; i++) {
      expect(queries.filter((q) => q.word === i).map((q) => q.index)).toEqual([
        'entity_names',
        'entity_text_en',
        'entity_text_es',
        'evidence_excerpt',
      ]);
    }
  });

  it('does not ask the Spanish index about a Spanish stop word', () => {
    const { queries } = searchPlan('Programa Frontera para migrantes');
    const para = searchPlan('Programa Frontera para migrantes').words.indexOf('para');
    expect(queries.filter((q) => q.word === para).map((q) => q.index)).not.toContain('entity_text_es');
  });

  it('stays within the budget: at most 2 + 4 × maxWords index queries; over it is BAD_USER_INPUT', () => {
    const most = searchPlan(Array.from({ length: SEARCH_BUDGET.maxWords }, (_, i) => `word${i}`).join(' '));
    expect(most.queries.length).toBeLessThanOrEqual(2 + 4 * SEARCH_BUDGET.maxWords);
    expect(() => searchPlan('x'.repeat(1001))).toThrow(/at most 200 characters/);
    expect(() => searchPlan('x'.repeat(41))).toThrow(/word of 41 characters/);
  });
});
