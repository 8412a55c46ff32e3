/**
 * How node labels look through the openCypher endpoint (graph-explorer treats every
 * label of a node as one of its types, and the first as the one it draws).
 *
 * - HIDDEN_LABELS: internal records, not things a researcher browses. A node pattern
 *   that names no label never matches them, so they stay out of label summaries, the
 *   "all types" search, samples and neighbour lists; a query that names the label
 *   (`MATCH (e:Evidence) RETURN e`) still gets them.
 * - STRUCTURAL_LABELS: labels every domain node carries next to its specific one
 *   (`:Entity:Person`). Shown, they would make `Entity` a node type of its own in
 *   graph-explorer (a duplicate schema entry per sampled label, every edge connection
 *   doubled), so they are left out of `~labels` and `labels()` whenever the node has
 *   another label: the specific label is the one shown. Patterns may still use them.
 */

/**
 * Labels of internal nodes that unlabelled patterns do not match: provenance records, API
 * keys, and curation's records (docs/curation.md) — the change journal, retracted elements,
 * entities merged into others.
 */
export const HIDDEN_LABELS: readonly string[] = ['Evidence', 'ApiKey', 'Change', 'Retracted', 'Merged'];

/**
 * Labels of the service's own records (API keys, src/auth/) that no query through
 * the endpoint may match, even by naming them: every node pattern excludes them.
 * They are hidden labels too, so unlabelled patterns and summaries skip them.
 */
export const SECRET_LABELS: readonly string[] = ['ApiKey'];

/** Labels dropped from what a node shows when it has a more specific one. */
export const STRUCTURAL_LABELS: readonly string[] = ['Entity'];

/** The labels a node shows: its own, without structural ones unless nothing else is left. */
export function displayLabels(labels: readonly string[]): string[] {
  const specific = labels.filter((l) => !STRUCTURAL_LABELS.includes(l));
  return specific.length > 0 ? specific : [...labels];
}
