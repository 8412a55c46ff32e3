// Entity look-ups of merged ids (src/graphql/loaders.ts): the survivor a merged entity's id
// resolves to. $ids: ids not found as :Entity.
UNWIND $ids AS id
MATCH (m:Merged {id: id})
RETURN id, m.mergedInto AS into
