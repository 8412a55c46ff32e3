// The curation journal and the hidden forms of retracted and merged elements (docs/curation.md).
// IF NOT EXISTS: re-running is a no-op.

// :Change — one record per element a write changed (who, when, operation, before/after, reason).
CREATE INDEX change_element_id IF NOT EXISTS FOR (n:Change) ON (n.elementId);
CREATE INDEX change_fact_id IF NOT EXISTS FOR (n:Change) ON (n.factId);
CREATE INDEX change_change_id IF NOT EXISTS FOR (n:Change) ON (n.changeId);

// :Retracted — a retracted entity (its labels stored in retractedLabels) or a retracted
// relationship kept as a node (relType, relFrom, relTo and its properties). Ids stay unique.
CREATE CONSTRAINT retracted_id IF NOT EXISTS FOR (n:Retracted) REQUIRE n.id IS UNIQUE;
CREATE INDEX retracted_rel_from IF NOT EXISTS FOR (n:Retracted) ON (n.relFrom);
CREATE INDEX retracted_rel_to IF NOT EXISTS FOR (n:Retracted) ON (n.relTo);

// :Merged — an entity merged into another (mergedInto); its id keeps resolving to the survivor.
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:Merged) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_undoes IF NOT EXISTS FOR (n:Change) ON (n.undoes);
