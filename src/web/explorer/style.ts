// How the graph looks. Colour and shape both vary by kind, so kinds stay apart for
// colour-blind readers and in greyscale prints. Kinds not listed here (a label added
// to the ontology later) fall back to OTHER.
import type cytoscape from 'cytoscape';

export interface Kind {
  type: string;
  label: string;
  color: string;
  shape: cytoscape.Css.NodeShape;
}

export const KINDS: readonly Kind[] = [
  { type: 'Person', label: 'Person', color: '#1f6fb2', shape: 'ellipse' },
  { type: 'Organization', label: 'Organisation', color: '#0f8a7e', shape: 'round-rectangle' },
  { type: 'Country', label: 'Country', color: '#2e7d32', shape: 'hexagon' },
  { type: 'Office', label: 'Office', color: '#6a4c93', shape: 'round-tag' },
  { type: 'Place', label: 'Place', color: '#8d6e63', shape: 'round-triangle' },
  { type: 'Policy', label: 'Policy', color: '#c76d00', shape: 'round-diamond' },
  { type: 'Event', label: 'Event', color: '#c62828', shape: 'round-rectangle' },
  { type: 'Situation', label: 'Situation', color: '#d81b60', shape: 'round-octagon' },
  { type: 'Issue', label: 'Issue', color: '#8a7500', shape: 'round-pentagon' },
  { type: 'Exchange', label: 'Exchange', color: '#a87a00', shape: 'star' },
  { type: 'Concession', label: 'Concession', color: '#b08630', shape: 'round-diamond' },
  { type: 'Coercion', label: 'Coercion', color: '#7b1f1f', shape: 'vee' },
  { type: 'IssueLinkage', label: 'Issue linkage', color: '#5d7a00', shape: 'barrel' },
  { type: 'Statistic', label: 'Statistic', color: '#546e7a', shape: 'rectangle' },
  { type: 'Quote', label: 'Quote', color: '#8e6bbf', shape: 'round-rectangle' },
  { type: 'Claim', label: 'Claim', color: '#9c7c94', shape: 'round-rectangle' },
];

export const OTHER: Kind = { type: 'Other', label: 'Other', color: '#757575', shape: 'ellipse' };

export const kindOf = (entityType: string): Kind => KINDS.find((k) => k.type === entityType) ?? OTHER;

/** The kind filter's key for an entity type: its own, or Other. */
export const kindKey = (entityType: string): string => kindOf(entityType).type;

/** Characters per line of a node label, and lines at most (the hover card shows the whole name). */
const LINE_CHARS = 24;
const MAX_LINES = 3;

/**
 * The name as a canvas label, broken into lines here rather than by Cytoscape: its wrapping
 * depends on the label width, which changes with the zoom, and its label cache does not
 * always notice. Whole up to three lines; a longer name is cut at a word with "…".
 */
export function canvasLabel(name: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/)) {
    if (line && line.length + 1 + word.length > LINE_CHARS) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= MAX_LINES) return lines.join('\n');
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]}…`;
  return kept.join('\n');
}

/**
 * How labels are set, shared with labels.ts, which measures them to place them. Sizes are
 * at zoom 1; the canvas never zooms out below its MIN_AUTO_ZOOM by itself (canvas.ts).
 */
export const LABEL_TYPE = {
  family: 'system-ui, sans-serif',
  nodeSize: 14,
  edgeSize: 12,
  /** Space between a node and the label below it. */
  nodeMargin: 3,
  nodePadding: 1.5,
  edgePadding: 1,
} as const;
/** Labels smaller than this on screen (the user zoomed far out) are not drawn. */
const MIN_SCREEN_FONT_PX = 7;

/** Colour of highlighted paths and of the focused hop. */
const PATH = '#b36b00';
const FOCUS = '#0b57d0';

export function cytoscapeStyle(): cytoscape.StylesheetJson {
  const byKind = [...KINDS, OTHER].map((k) => ({
    selector: `node[entityType = "${k.type}"]`,
    style: { 'background-color': k.color, shape: k.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': LABEL_TYPE.nodeSize,
        'font-family': LABEL_TYPE.family,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': LABEL_TYPE.nodeMargin,
        'text-wrap': 'wrap',
        // One justification wherever the label sits: Cytoscape caches a drawn label by its
        // style without its side, so a label moved to another side must look the same.
        'text-justification': 'center',
        // Lines are broken by canvasLabel(); never by width.
        'text-max-width': '100000px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': `${LABEL_TYPE.nodePadding}px`,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_SCREEN_FONT_PX,
        width: 24,
        height: 24,
        'border-width': 2,
        'border-color': '#ffffff',
        'background-color': OTHER.color,
        shape: OTHER.shape,
      },
    },
    ...byKind,
    { selector: 'node.expanded', style: { width: 34, height: 34, 'font-weight': 'bold', 'z-index': 15 } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': '#8a949e',
        'target-arrow-color': '#8a949e',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': LABEL_TYPE.edgeSize,
        'font-family': LABEL_TYPE.family,
        color: '#3b4650',
        'text-rotation': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': `${LABEL_TYPE.edgePadding}px`,
        'min-zoomed-font-size': MIN_SCREEN_FONT_PX,
      },
    },
    { selector: 'edge[confidence < 0.8]', style: { 'line-style': 'dashed' } },
    // In a time-filtered view, undated elements pass every date: say so.
    { selector: 'edge.undated', style: { 'line-style': 'dotted', width: 2.2 } },
    { selector: 'node.undated', style: { 'border-style': 'dashed', 'border-color': '#7a848d', 'border-width': 1.5 } },
    // Other places for a node's label, tried by labels.ts when the one below the node is taken.
    // Labels beside or above a node touch it (no margin): labels.ts places them so.
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': 0 } },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0 },
    },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0 },
    },
    { selector: '.label-off', style: { label: '' } },
    { selector: '.faded', style: { opacity: 0.28 } },
    {
      selector: 'edge.on-path',
      style: { width: 4, 'line-color': PATH, 'target-arrow-color': PATH, color: '#3d2e00', 'z-index': 10 },
    },
    { selector: 'node.on-path', style: { 'border-color': PATH, 'border-width': 4 } },
    { selector: 'node.path-end', style: { 'border-color': '#3d2e00', 'border-width': 5, 'z-index': 15 } },
    {
      selector: 'node.chosen',
      style: {
        'border-color': '#111111',
        'border-width': 4,
        'underlay-color': FOCUS,
        'underlay-opacity': 0.25,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        opacity: 1,
        'z-index': 20,
      },
    },
    {
      selector: 'edge.chosen',
      style: {
        width: 6,
        'line-color': FOCUS,
        'target-arrow-color': FOCUS,
        'arrow-scale': 1.1,
        color: '#0a2a66',
        'underlay-color': FOCUS,
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
        'z-index': 30,
        opacity: 1,
      },
    },
  ];
}
