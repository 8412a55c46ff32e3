// Range and full-text indexes for the lookups the API makes. IF NOT EXISTS: re-running is a no-op.

// Full-text indexes: cypher/schema/030_search_indexes.cypher.

// Provenance lives in :Evidence records (docs/evidence.md), found by fact and by source.
// Facts no longer carry a sourceId (a fact has as many sources as its evidence names).
DROP INDEX entity_source_id IF EXISTS;
CREATE INDEX evidence_fact_id IF NOT EXISTS FOR (n:Evidence) ON (n.factId);
CREATE INDEX evidence_source_id IF NOT EXISTS FOR (n:Evidence) ON (n.sourceId);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX source_date IF NOT EXISTS FOR (n:Source) ON (n.date);
CREATE INDEX source_text_file IF NOT EXISTS FOR (n:Source) ON (n.textFile);

// Events: by date, by period, by PLOVER type / CAMEO root, by direction.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_valid_from IF NOT EXISTS FOR (n:Event) ON (n.validFrom);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType);
CREATE INDEX event_cameo_root IF NOT EXISTS FOR (n:Event) ON (n.cameoRoot);
CREATE INDEX event_direction IF NOT EXISTS FOR (n:Event) ON (n.direction);
CREATE INDEX situation_date IF NOT EXISTS FOR (n:Situation) ON (n.date);

// Statistics: by metric and observation date.
CREATE INDEX statistic_metric IF NOT EXISTS FOR (n:Statistic) ON (n.metric);
CREATE INDEX statistic_date IF NOT EXISTS FOR (n:Statistic) ON (n.date);
CREATE INDEX statistic_valid_from IF NOT EXISTS FOR (n:Statistic) ON (n.validFrom);

// Kinds used as filters.
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX policy_kind IF NOT EXISTS FOR (n:Policy) ON (n.kind);
CREATE INDEX quote_date IF NOT EXISTS FOR (n:Quote) ON (n.date);
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
CREATE INDEX exchange_explicitness IF NOT EXISTS FOR (n:Exchange) ON (n.explicitness);
CREATE INDEX issue_linkage_kind IF NOT EXISTS FOR (n:IssueLinkage) ON (n.kind);

// Relationships: time windows ("what held on date D") and roles.
CREATE INDEX holds_office_valid_from IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.validFrom);
CREATE INDEX holds_office_known_from IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.knownFrom);
CREATE INDEX played_role_known_from IF NOT EXISTS FOR ()-[r:PLAYED_ROLE]-() ON (r.knownFrom);
CREATE INDEX participated_in_role IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.role);
CREATE INDEX acts_on_action IF NOT EXISTS FOR ()-[r:ACTS_ON]-() ON (r.action);
CREATE INDEX links_role IF NOT EXISTS FOR ()-[r:LINKS]-() ON (r.role);

// Access paths (docs/ontology.md, Access paths): the stored side lists, as exact terms. The keyword
// analyzer makes each element of participantSides / giverSides one term, so "events with
// participants from both sides" is an intersection of two postings lists instead of a walk over
// every member of one side. Range indexes cannot answer "list contains x"; full-text can.
// Read by research/timeline.cypher (event_sides), research/exchange-ledger.cypher (episode_sides),
// research/policies-in-force.cypher and research/policy-actions.cypher (policy_owners).
CREATE FULLTEXT INDEX event_sides IF NOT EXISTS
FOR (n:Event) ON EACH [n.participantSides]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
CREATE FULLTEXT INDEX episode_sides IF NOT EXISTS
FOR (n:Exchange|Coercion|IssueLinkage) ON EACH [n.participantSides, n.giverSides]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
CREATE FULLTEXT INDEX policy_owners IF NOT EXISTS
FOR (n:Policy) ON EACH [n.ownerSides]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
