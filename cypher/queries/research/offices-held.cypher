// Offices held on $asOf: HOLDS_OFFICE relationships whose period contains the date,
// optionally only offices of $country (an entity id the office is OFFICE_OF) or held by $holder.
MATCH (p:Entity)-[h:HOLDS_OFFICE]->(o:Entity)
WHERE h.timeStart IS NOT NULL AND h.timeStart <= $asOf
  AND (h.timeEnd IS NULL OR h.timeEnd >= $asOf)
  AND ($holder IS NULL OR p.id = $holder)
  AND ($country IS NULL OR EXISTS { (o)-[:OFFICE_OF]->{1,2}(:Entity {id: $country}) })
RETURN {
  id: coalesce(h.id, elementId(h)), type: type(h),
  from: p.id, to: o.id, props: properties(h)
} AS rel
ORDER BY o.id, p.id
