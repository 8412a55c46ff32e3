// The Evidence tab: what the graph holds about the selected entity or relationship,
// with its evidence, and what to do next (expand, find paths, see the timeline).
import { formatPeriod } from '../../shared/dates';
import { ACCESS_PATH_PROPERTIES } from '../../ontology/access-paths';
import { DERIVATION_PROPERTIES, describeDerivation } from '../../ontology/derivations';
import { relationshipPhrase } from '../../shared/vocabulary';
import { byId, el, fill, type Child } from './dom';
import { evidenceList } from './evidence';
import * as api from './queries';
import type { AppState, Store } from './store';
import { kindOf } from './style';
import type { Change, Entity, EntityDetails, Props, Relationship } from './types';
import { visibleElements } from './visibility';

export interface DetailsActions {
  select(id: string): void;
  expand(id: string): void;
  pathEnd(which: 'from' | 'to', id: string, name: string): void;
  showTimeline(): void;
}

/** Derived bookkeeping, not facts: left out of "All properties". */
const HIDDEN_PROPS = new Set<string>([
  'aliasText',
  // derivation keys: shown as their sentence where the derived value is (the "When" line)
  ...DERIVATION_PROPERTIES,
  // access paths (docs/ontology.md): derived bookkeeping for the research queries
  ...ACCESS_PATH_PROPERTIES,
]);

/** The period of an element, its derivation's sentence (src/ontology/derivations.ts) on hover. */
const when = (props: Props): HTMLElement =>
  el(
    'p',
    { class: 'when', title: describeDerivation(props.timeDerivation)?.description },
    el('strong', {}, 'When: '),
    formatPeriod(props),
  );

function kindBadge(entityType: string): HTMLElement {
  const k = kindOf(entityType);
  return el('span', { class: 'badge', style: `--kind:${k.color}` }, k.type === 'Other' ? entityType : k.label);
}

const propValue = (v: unknown): string =>
  Array.isArray(v) ? v.join(' · ') : v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);

function propertyTable(props: Props): HTMLElement {
  const keys = Object.keys(props)
    .filter((k) => !HIDDEN_PROPS.has(k))
    .sort();
  return el(
    'details',
    { class: 'props' },
    el('summary', {}, `All properties (${keys.length})`),
    el(
      'dl',
      {},
      keys.map((k) => [el('dt', {}, k), el('dd', {}, propValue(props[k]))]),
    ),
  );
}

const list = (items: Child[], cls: string, empty: string): HTMLElement =>
  items.length
    ? el(
        'ul',
        { class: cls },
        items.map((i) => el('li', {}, i)),
      )
    : el('p', { class: 'muted' }, empty);

/** What the journal operations are, in words. */
const OPERATION: Record<string, string> = {
  registerSource: 'source registered',
  createEntity: 'created',
  updateEntity: 'corrected',
  assertFact: 'asserted',
  addEvidence: 'evidence added',
  retractEvidence: 'evidence retracted',
  retractFact: 'retracted',
  mergeEntities: 'merged',
  undoMerge: 'merge undone',
};

/** The element's change journal (history), newest first: when, what, who, why. */
function historyList(changes: Change[] | null, error: string | null): HTMLElement {
  if (error) return el('p', { class: 'error-inline' }, error);
  if (!changes) return el('p', { class: 'muted' }, 'Loading…');
  if (!changes.length)
    return el('p', { class: 'muted' }, 'No changes recorded (written before curation, or by an import).');
  return el(
    'ol',
    { class: 'history', 'aria-label': 'History' },
    changes.map((c) =>
      el(
        'li',
        { dataset: { operation: c.operation } },
        el('time', { datetime: c.recordedAt }, `${c.recordedAt.slice(0, 16).replace('T', ' ')} `),
        el('span', { class: 'op' }, OPERATION[c.operation] ?? c.operation),
        c.elementKind === 'evidence' ? ' (an evidence record)' : '',
        ` by ${c.holder}`,
        c.reason ? el('span', { class: 'muted' }, ` — ${c.reason}`) : null,
      ),
    ),
  );
}

export function createDetails(store: Store, actions: DetailsActions) {
  const root = byId('panel-details');
  let shownFor = '';

  function renderNode(state: AppState, node: Entity, details: EntityDetails | null, error: string | null): void {
    const { view, data } = state;
    const aliases = node.aliases.filter((a) => a !== node.name);
    const vis = visibleElements(data, view);
    const edges = [...vis.edges]
      .map((id) => data.relationships.get(id))
      .filter((r): r is Relationship => r !== undefined && (r.from.id === node.id || r.to.id === node.id));
    const expanded = view.open.includes(node.id);
    const props = node.properties;
    fill(
      root,
      el('h2', { class: 'title' }, node.name),
      el('p', { class: 'meta' }, kindBadge(node.entityType), ' ', el('code', {}, node.id)),
      el(
        'div',
        { class: 'buttons' },
        el(
          'button',
          { type: 'button', class: 'primary', disabled: expanded, onclick: () => actions.expand(node.id) },
          expanded ? 'Neighbours shown' : 'Show neighbours',
        ),
        el('button', { type: 'button', onclick: () => actions.pathEnd('from', node.id, node.name) }, 'Path from here'),
        el('button', { type: 'button', onclick: () => actions.pathEnd('to', node.id, node.name) }, 'Path to here'),
        el('button', { type: 'button', onclick: () => actions.showTimeline() }, 'Timeline'),
      ),
      node.description ? el('p', { class: 'description' }, node.description) : null,
      props.timeStart ? when(props) : null,
      el('h3', {}, 'Aliases'),
      list(aliases, 'aliases', 'None recorded.'),
      el('h3', {}, 'Offices'),
      error
        ? el('p', { class: 'error-inline' }, error)
        : !details
          ? el('p', { class: 'muted' }, 'Loading…')
          : list(
              details.offices.map((o) => [
                o.sentence,
                o.properties.timeStart ? el('span', { class: 'muted' }, ` (${formatPeriod(o.properties)})`) : null,
                o.underPresident ? el('span', { class: 'muted' }, ` under ${o.underPresident}`) : null,
              ]),
              'offices',
              'None recorded.',
            ),
      el('h3', {}, 'Evidence'),
      details ? evidenceList(details.evidence) : el('p', { class: 'muted' }, error ? 'Not loaded.' : 'Loading…'),
      details && details.retractedRelationships.length
        ? [
            el('h3', {}, `Retracted links (${details.retractedRelationships.length})`),
            list(
              details.retractedRelationships.map((r) => [
                el('span', { class: 'retracted-link' }, `${relationshipPhrase(r.type)} (${r.id})`),
                el('span', { class: 'tag retracted' }, 'retracted'),
                r.retraction?.reason ? el('span', { class: 'muted' }, ` ${r.retraction.reason}`) : null,
              ]),
              'retracted-links',
              '',
            ),
          ]
        : null,
      el('h3', {}, 'History'),
      historyList(details ? details.history : null, error ? 'Not loaded.' : null),
      el('h3', {}, `Relationships in view (${edges.length})`),
      list(
        edges.map((r) =>
          el(
            'button',
            { type: 'button', class: 'link-button', dataset: { edgeId: r.id }, onclick: () => actions.select(r.id) },
            r.sentence,
          ),
        ),
        'rel-list',
        expanded ? 'None passes the filters.' : 'None shown: show the neighbours, or relax the filters.',
      ),
      details
        ? el(
            'p',
            { class: 'muted small counts' },
            'In the whole graph: ',
            details.relationshipCounts
              .map((c) => `${relationshipPhrase(c.type)} × ${c.count}${c.direction === 'IN' ? ' (to it)' : ''}`)
              .join(' · ') || 'no relationships',
          )
        : null,
      propertyTable(props),
    );
  }

  function renderEdge(
    state: AppState,
    r: Relationship,
    changes: Change[] | null = null,
    error: string | null = null,
  ): void {
    const name = (id: string) => state.data.entities.get(id)?.name ?? id;
    fill(
      root,
      el(
        'h2',
        { class: 'title' },
        relationshipPhrase(r.type, r.properties.action),
        ' ',
        el('code', { class: 'small' }, r.type),
      ),
      el('p', { class: 'sentence' }, r.sentence),
      el(
        'p',
        { class: 'ends' },
        el(
          'button',
          { type: 'button', class: 'link-button', onclick: () => actions.select(r.from.id) },
          name(r.from.id),
        ),
        ' → ',
        el('button', { type: 'button', class: 'link-button', onclick: () => actions.select(r.to.id) }, name(r.to.id)),
      ),
      r.properties.timeStart ? when(r.properties) : null,
      el('h3', {}, 'Evidence'),
      evidenceList(r.evidence),
      el('h3', {}, 'History'),
      historyList(changes, error),
      propertyTable(r.properties),
    );
  }

  async function render(state: AppState): Promise<void> {
    const { view, data } = state;
    const id = view.sel[view.sel.length - 1];
    const rel = id ? data.relationships.get(id) : undefined;
    const node = id ? data.entities.get(id) : undefined;
    if (rel) {
      renderEdge(state, rel);
      try {
        const changes = await api.history(rel.id);
        if (store.get() === state) renderEdge(state, rel, changes);
      } catch (err) {
        if (store.get() === state)
          renderEdge(
            state,
            rel,
            null,
            `Could not load the history: ${err instanceof Error ? err.message : String(err)}`,
          );
      }
      return;
    }
    if (!node) {
      fill(root, el('p', { class: 'muted' }, 'Select an entity or a link on the graph to see its evidence.'));
      return;
    }
    // Answers are cached (api.ts): a node seen before renders from memory within this task.
    renderNode(state, node, null, null);
    try {
      const details = await api.entityDetails(node.id);
      if (store.get() === state) renderNode(state, node, details, null);
    } catch (err) {
      const message = `Could not load offices and evidence: ${err instanceof Error ? err.message : String(err)}`;
      if (store.get() === state) renderNode(state, node, null, message);
    }
  }

  store.subscribe((state, previous) => {
    // Re-render when the selection, the loaded data or the filters change; not for a tab switch.
    const key = JSON.stringify([state.view.sel, state.view.open, state.view.hiddenKinds, state.view.hiddenTypes]);
    if (state.data === previous.data && key === shownFor) return;
    shownFor = key;
    void render(state);
  });
}
