// How each kind of entity looks. Colour and shape both vary, so kinds stay apart
// for colour-blind readers and in greyscale prints. Kinds not listed here (a label
// added to the ontology later) fall back to OTHER.

export const KINDS = [
  { type: 'Person', label: 'Person', color: '#1f6fb2', shape: 'ellipse' },
  { type: 'Organization', label: 'Organisation', color: '#0f8a7e', shape: 'round-rectangle' },
  { type: 'Country', label: 'Country', color: '#2e7d32', shape: 'hexagon' },
  { type: 'Office', label: 'Office', color: '#6a4c93', shape: 'round-tag' },
  { type: 'Place', label: 'Place', color: '#8d6e63', shape: 'round-triangle' },
  { type: 'Policy', label: 'Policy', color: '#e07b00', shape: 'round-diamond' },
  { type: 'Event', label: 'Event', color: '#c62828', shape: 'round-rectangle' },
  { type: 'Situation', label: 'Situation', color: '#d81b60', shape: 'round-octagon' },
  { type: 'Issue', label: 'Issue', color: '#9e8600', shape: 'round-pentagon' },
  { type: 'Exchange', label: 'Exchange', color: '#b8860b', shape: 'star' },
  { type: 'Concession', label: 'Concession', color: '#c49a3a', shape: 'round-diamond' },
  { type: 'Coercion', label: 'Coercion', color: '#7b1f1f', shape: 'vee' },
  { type: 'IssueLinkage', label: 'Issue linkage', color: '#5d7a00', shape: 'barrel' },
  { type: 'Statistic', label: 'Statistic', color: '#546e7a', shape: 'rectangle' },
  { type: 'Quote', label: 'Quote', color: '#8e6bbf', shape: 'round-rectangle' },
  { type: 'Claim', label: 'Claim', color: '#9c7c94', shape: 'round-rectangle' },
];

export const OTHER = { type: 'Other', label: 'Other', color: '#757575', shape: 'ellipse' };

export const kindOf = (type) => KINDS.find((k) => k.type === type) || OTHER;

/** A label short enough to stay legible on the canvas; the panel shows the full name. */
export function shortLabel(name) {
  const s = String(name || '');
  return s.length > 42 ? `${s.slice(0, 40).trimEnd()}…` : s;
}

export function cytoscapeStyle() {
  const byKind = [...KINDS, OTHER].map((k) => ({
    selector: `node[entityType = "${k.type}"]`,
    style: { 'background-color': k.color, shape: k.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 13,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 120,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 6,
        width: 26,
        height: 26,
        'border-width': 2,
        'border-color': '#ffffff',
        'background-color': OTHER.color,
        shape: OTHER.shape,
      },
    },
    ...byKind,
    { selector: 'node.expanded', style: { width: 34, height: 34, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa4ad',
        'target-arrow-color': '#9aa4ad',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: '#4a5560',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge[confidence < 0.8]', style: { 'line-style': 'dashed' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.3 } },
    { selector: 'edge.faded', style: { 'text-opacity': 0 } },
    {
      selector: 'edge.on-path',
      style: { width: 4, 'line-color': '#f2a900', 'target-arrow-color': '#f2a900', color: '#3d2e00', 'z-index': 10 },
    },
    { selector: 'node.on-path', style: { 'border-color': '#f2a900', 'border-width': 5 } },
    { selector: 'node.path-end', style: { 'border-color': '#3d2e00', 'border-width': 5 } },
    {
      selector: 'node:selected',
      style: { 'border-color': '#111111', 'border-width': 4, 'overlay-opacity': 0, opacity: 1 },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 4,
        'line-color': '#111111',
        'target-arrow-color': '#111111',
        color: '#111111',
        'z-index': 20,
        opacity: 1,
        'text-opacity': 1,
      },
    },
    {
      selector: 'node.focus-ring',
      style: { 'overlay-color': '#1f6fb2', 'overlay-opacity': 0.25, 'overlay-padding': 8 },
    },
  ];
}
