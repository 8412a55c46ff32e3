// The right-hand panels: evidence for a node or an edge, the linkage paths found,
// and the timeline of the selected actors. Pure rendering: what to do on a click is
// passed in as `actions`.
import { el, fill, formatDate, formatPeriod } from './dom.js';
import { kindOf } from './style.js';

const HIDDEN_PROPS = new Set(['aliasText', 'timeDerivation']);

function kindBadge(entityType) {
  const k = kindOf(entityType);
  return el('span', { className: 'badge', style: `--kind:${k.color}` }, k.type === 'Other' ? entityType : k.label);
}

function propValue(v) {
  if (Array.isArray(v)) return v.join(' · ');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function propertyTable(props) {
  const keys = Object.keys(props || {})
    .filter((k) => !HIDDEN_PROPS.has(k))
    .sort();
  return el(
    'details',
    { className: 'props' },
    el('summary', {}, `All properties (${keys.length})`),
    el(
      'dl',
      {},
      keys.map((k) => [el('dt', {}, k), el('dd', {}, propValue(props[k]))]),
    ),
  );
}

/** Provenance as the ontology defines it: excerpt, source, attribution, confidence, status, derivation. */
function evidenceBlock(ev, props) {
  if (!ev) return el('p', { className: 'muted' }, 'No evidence recorded.');
  const src = ev.source;
  const sourceText = src
    ? [src.title ? `“${src.title}”` : src.id, src.publisher, src.date ? formatDate(src.date, src.datePrecision) : null]
        .filter(Boolean)
        .join(', ')
    : ev.sourceId || 'unknown';
  const conf = typeof ev.confidence === 'number' ? ev.confidence : null;
  return el(
    'section',
    { className: 'evidence', 'aria-label': 'Evidence' },
    ev.excerpt
      ? el('blockquote', { className: 'excerpt' }, ev.excerpt)
      : el('p', { className: 'muted' }, 'No excerpt.'),
    el(
      'dl',
      { className: 'facts' },
      el('dt', {}, 'Source'),
      el('dd', { className: 'source' }, sourceText, src && src.url ? [' ', el('a', { href: src.url }, 'link')] : null),
      el('dt', {}, 'Attribution'),
      el(
        'dd',
        { className: 'attribution' },
        [ev.attribution, ev.attributedTo ? `(${ev.attributedTo})` : null].filter(Boolean).join(' ') || 'not recorded',
      ),
      el('dt', {}, 'Confidence'),
      el(
        'dd',
        { className: 'confidence' },
        conf === null ? 'unrated' : conf.toFixed(2),
        conf === null ? null : el('meter', { min: 0, max: 1, value: conf, 'aria-label': 'confidence' }),
      ),
      ev.status ? [el('dt', {}, 'Status'), el('dd', {}, ev.status)] : null,
      ev.derivation ? [el('dt', {}, 'Derivation'), el('dd', {}, ev.derivation)] : null,
      props && props.note ? [el('dt', {}, 'Note'), el('dd', {}, props.note)] : null,
      props && props.timeStart !== undefined ? [el('dt', {}, 'When'), el('dd', {}, formatPeriod(props))] : null,
    ),
  );
}

/** Evidence stored on a node's own properties (the same keys as on relationships). */
const nodeEvidence = (props) => ({
  sourceId: props.sourceId,
  excerpt: props.excerpt,
  attribution: props.attribution,
  attributedTo: props.attributedTo,
  confidence: typeof props.confidence === 'number' ? props.confidence : null,
  status: props.status,
  derivation: props.derivation || props.dateDerivation,
});

/**
 * @param {HTMLElement} root
 * @param {object} node cytoscape node data
 * @param {{ details: object|null, detailsError: string|null, expanded: boolean,
 *           edges: {id:string,sentence:string,type:string}[] }} ctx
 * @param {object} actions
 */
export function renderNode(root, node, ctx, actions) {
  const props = node.props || {};
  const aliases = (node.aliases || []).filter((a) => a !== node.name);
  const details = ctx.details;
  const offices = details && details.offices ? details.offices.edges.map((e) => e.node) : [];
  fill(
    root,
    el('h2', { className: 'title' }, node.name),
    el('p', { className: 'meta' }, kindBadge(node.entityType), ' ', el('code', {}, node.id)),
    el(
      'div',
      { className: 'buttons' },
      el(
        'button',
        { type: 'button', className: 'primary', disabled: ctx.expanded, onclick: () => actions.expand(node.id) },
        ctx.expanded ? 'Neighbours shown' : 'Expand neighbours',
      ),
      el('button', { type: 'button', onclick: () => actions.pathEnd('from', node.id, node.name) }, 'Path from here'),
      el('button', { type: 'button', onclick: () => actions.pathEnd('to', node.id, node.name) }, 'Path to here'),
      el('button', { type: 'button', onclick: () => actions.showTimeline() }, 'Timeline'),
    ),
    node.description ? el('p', { className: 'description' }, node.description) : null,
    node.date ? el('p', {}, el('strong', {}, 'Date: '), formatDate(node.date, node.datePrecision)) : null,
    el('h3', {}, 'Aliases'),
    aliases.length
      ? el(
          'ul',
          { className: 'aliases' },
          aliases.map((a) => el('li', {}, a)),
        )
      : el('p', { className: 'muted' }, 'None recorded.'),
    el('h3', {}, 'Offices'),
    ctx.detailsError
      ? el('p', { className: 'error-inline' }, ctx.detailsError)
      : !details
        ? el('p', { className: 'muted' }, 'Loading…')
        : offices.length
          ? el(
              'ul',
              { className: 'offices' },
              offices.map((o) =>
                el(
                  'li',
                  {},
                  o.sentence,
                  o.properties && o.properties.timeStart
                    ? el('span', { className: 'muted' }, ` (${formatPeriod(o.properties)})`)
                    : null,
                ),
              ),
            )
          : el('p', { className: 'muted' }, 'None recorded.'),
    el('h3', {}, 'Evidence'),
    evidenceBlock(details && details.evidence ? details.evidence : nodeEvidence(props), props),
    el('h3', {}, `Relationships in view (${ctx.edges.length})`),
    ctx.edges.length
      ? el(
          'ul',
          { className: 'rel-list' },
          ctx.edges.map((e) =>
            el(
              'li',
              {},
              el(
                'button',
                {
                  type: 'button',
                  className: 'link-button',
                  dataset: { edgeId: e.id },
                  onclick: () => actions.select(e.id),
                },
                e.sentence,
              ),
            ),
          ),
        )
      : el('p', { className: 'muted' }, 'None shown (expand the node, or relax the filters).'),
    details && details.relationshipCounts
      ? el(
          'p',
          { className: 'muted small' },
          'In the graph: ',
          details.relationshipCounts
            .map((c) => `${c.type} ${c.direction === 'OUT' ? '→' : '←'} ${c.count}`)
            .join(' · '),
        )
      : null,
    propertyTable(props),
  );
}

export function renderEdge(root, edge, names, actions) {
  fill(
    root,
    el(
      'h2',
      { className: 'title' },
      edge.type,
      edge.role ? el('span', { className: 'muted' }, ` (${edge.role})`) : null,
    ),
    el('p', { className: 'sentence' }, edge.sentence),
    el(
      'p',
      { className: 'ends' },
      el(
        'button',
        { type: 'button', className: 'link-button', onclick: () => actions.select(edge.source) },
        names(edge.source),
      ),
      ' → ',
      el(
        'button',
        { type: 'button', className: 'link-button', onclick: () => actions.select(edge.target) },
        names(edge.target),
      ),
    ),
    el('h3', {}, 'Evidence'),
    evidenceBlock(edge.evidence, edge.props),
    propertyTable(edge.props),
  );
}

export function renderEmpty(root, text) {
  fill(root, el('p', { className: 'muted' }, text));
}

/**
 * @param {HTMLElement} root
 * @param {{ paths: object[]|null, error: string|null, loading: boolean, only: number|null, query: object|null }} view
 */
export function renderPaths(root, view, actions) {
  if (!view.query) return renderEmpty(root, 'Use the path finder to see how two entities are linked.');
  const head = el(
    'p',
    { className: 'muted small' },
    `${view.query.fromName || view.query.from} → ${view.query.toName || view.query.to}`,
  );
  if (view.loading) return fill(root, head, el('p', { className: 'muted' }, 'Finding paths…'));
  if (view.error) return fill(root, head, el('p', { className: 'error-inline' }, view.error));
  const paths = view.paths || [];
  if (paths.length === 0) {
    return fill(
      root,
      head,
      el(
        'p',
        { className: 'muted' },
        'No path within these options. Try more hops, fewer excluded types or a lower confidence.',
      ),
    );
  }
  fill(
    root,
    head,
    el(
      'div',
      { className: 'buttons' },
      el(
        'button',
        { type: 'button', 'aria-pressed': String(view.only === null), onclick: () => actions.showPath(null) },
        'Highlight all',
      ),
    ),
    el(
      'ol',
      { className: 'paths' },
      paths.map((p, i) =>
        el(
          'li',
          { className: view.only === i ? 'path active' : 'path' },
          el(
            'button',
            {
              type: 'button',
              className: 'path-title',
              'aria-pressed': String(view.only === i),
              onclick: () => actions.showPath(i),
            },
            `Path ${i + 1} · ${p.length} hop${p.length === 1 ? '' : 's'}`,
          ),
          el(
            'ol',
            { className: 'hops' },
            p.hops.map((h) =>
              el(
                'li',
                { className: 'hop' },
                el(
                  'button',
                  { type: 'button', className: 'link-button', onclick: () => actions.select(h.relationship.id) },
                  h.sentence,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * @param {{ actors: {id:string,name:string}[], entries: object[]|null, error: string|null, loading: boolean,
 *           inView: (id:string)=>boolean, holds: (props:object)=>boolean }} view
 */
export function renderTimeline(root, view, actions) {
  if (view.actors.length === 0) {
    return renderEmpty(
      root,
      'Select one or more actors (people, organisations, countries) to see their events. Shift-click adds to the selection.',
    );
  }
  const head = el('p', { className: 'muted small' }, 'Events of ', view.actors.map((a) => a.name).join(', '));
  if (view.loading) return fill(root, head, el('p', { className: 'muted' }, 'Loading events…'));
  if (view.error) return fill(root, head, el('p', { className: 'error-inline' }, view.error));
  const entries = view.entries || [];
  if (entries.length === 0) return fill(root, head, el('p', { className: 'muted' }, 'No events in this period.'));
  fill(
    root,
    head,
    el(
      'ol',
      { className: 'timeline' },
      entries.map((t) =>
        el(
          'li',
          {
            className: view.holds(t.event.properties || {}) ? 'entry' : 'entry outside',
            dataset: { eventId: t.event.id },
          },
          el('span', { className: 'when' }, formatDate(t.date, t.datePrecision)),
          el(
            'button',
            { type: 'button', className: 'link-button', onclick: () => actions.openEvent(t.event.id) },
            t.event.name,
          ),
          el(
            'span',
            { className: 'who muted small' },
            t.participants.map((p) => `${p.from.name}${p.role ? ` (${p.role})` : ''}`).join(', '),
          ),
          view.inView(t.event.id) ? el('span', { className: 'tag' }, 'in view') : null,
        ),
      ),
    ),
  );
}
