// Curation (src/curation/): change an entity node — a correction, a retraction, a merge or its
// undo. The node keeps its identity; labels it had that $labels lacks are removed (a retracted
// entity is :Retracted instead of :Entity:<Type>, so no read view, search or traversal sees it).
// $set: the properties that change (a null removes one). aliasText, the full-text form of
// aliases, is derived here as the seed scripts derive it.
// $id: the entity's id; $labels: its labels afterwards.
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Retracted {id: $id}) RETURN n
  UNION
  MATCH (n:Merged {id: $id}) RETURN n
}
WITH n, [l IN labels(n) WHERE NOT l IN $labels] AS dropped
FOREACH (_ IN CASE WHEN size(dropped) > 0 THEN [1] ELSE [] END | REMOVE n:$(dropped))
SET n:$($labels)
SET n += $set
SET n.aliasText = reduce(text = null, a IN coalesce(n.aliases, []) | coalesce(text + ' | ', '') + a)
RETURN n.id AS id
