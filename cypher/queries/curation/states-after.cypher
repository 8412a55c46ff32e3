// Record-time reads (src/curation/record-time.ts): for each element, the first change
// recorded after $at — its `before` is the element's state at $at — and every id the
// changes after $at relate it to (relationships and evidence a merge moved away from it).
// No row for an element unchanged since $at: its state then is its state now.
// $ids: element ids; $at: a datetime.
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Change {elementId: id})
  WHERE c.recordedAt > $at
  WITH c ORDER BY c.recordedAt, c.seq
  RETURN collect(c) AS changes
}
WITH id, changes WHERE size(changes) > 0
RETURN id, changes[0].before AS before,
       reduce(all = [], c IN changes | all + coalesce(c.relatedRelationships, [])) AS relationships,
       reduce(all = [], c IN changes | all + coalesce(c.relatedEvidence, [])) AS evidence
