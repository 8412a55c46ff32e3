// How many relationships of each type and direction each entity has.
// $ids: list of entity ids.
//
// From the degree store, not by reading the relationships: with the type written in the
// pattern, COUNT { (n)-[:T]->() } plans as getDegree, which a dense node (a hub with
// thousands of events) answers from its per-type relationship groups. A type given as a
// value ([:$(t)]) would plan as an expand of every relationship, so the ontology's
// relationship types are listed here; test/unit/relationship-counts.test.ts checks the list
// against src/load/format.ts RELATIONSHIP_TYPES.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
UNWIND [
  {type: 'ACTS_ON', out: COUNT { (n)-[:ACTS_ON]->() }, in: COUNT { (n)<-[:ACTS_ON]-() }},
  {type: 'AFFILIATED_WITH', out: COUNT { (n)-[:AFFILIATED_WITH]->() }, in: COUNT { (n)<-[:AFFILIATED_WITH]-() }},
  {type: 'CLAIMED_BY', out: COUNT { (n)-[:CLAIMED_BY]->() }, in: COUNT { (n)<-[:CLAIMED_BY]-() }},
  {type: 'CONCERNS', out: COUNT { (n)-[:CONCERNS]->() }, in: COUNT { (n)<-[:CONCERNS]-() }},
  {type: 'FOLLOWS', out: COUNT { (n)-[:FOLLOWS]->() }, in: COUNT { (n)<-[:FOLLOWS]-() }},
  {type: 'GIVEN_BY', out: COUNT { (n)-[:GIVEN_BY]->() }, in: COUNT { (n)<-[:GIVEN_BY]-() }},
  {type: 'GIVEN_TO', out: COUNT { (n)-[:GIVEN_TO]->() }, in: COUNT { (n)<-[:GIVEN_TO]-() }},
  {type: 'HAS_CONCESSION', out: COUNT { (n)-[:HAS_CONCESSION]->() }, in: COUNT { (n)<-[:HAS_CONCESSION]-() }},
  {type: 'HAS_PART', out: COUNT { (n)-[:HAS_PART]->() }, in: COUNT { (n)<-[:HAS_PART]-() }},
  {type: 'HOLDS_OFFICE', out: COUNT { (n)-[:HOLDS_OFFICE]->() }, in: COUNT { (n)<-[:HOLDS_OFFICE]-() }},
  {type: 'LEADS', out: COUNT { (n)-[:LEADS]->() }, in: COUNT { (n)<-[:LEADS]-() }},
  {type: 'LINKS', out: COUNT { (n)-[:LINKS]->() }, in: COUNT { (n)<-[:LINKS]-() }},
  {type: 'LOCATED_IN', out: COUNT { (n)-[:LOCATED_IN]->() }, in: COUNT { (n)<-[:LOCATED_IN]-() }},
  {type: 'MEASURES', out: COUNT { (n)-[:MEASURES]->() }, in: COUNT { (n)<-[:MEASURES]-() }},
  {type: 'MEMBER_OF', out: COUNT { (n)-[:MEMBER_OF]->() }, in: COUNT { (n)<-[:MEMBER_OF]-() }},
  {type: 'OBSERVED_AT', out: COUNT { (n)-[:OBSERVED_AT]->() }, in: COUNT { (n)<-[:OBSERVED_AT]-() }},
  {type: 'OCCURRED_AT', out: COUNT { (n)-[:OCCURRED_AT]->() }, in: COUNT { (n)<-[:OCCURRED_AT]-() }},
  {type: 'OFFICE_OF', out: COUNT { (n)-[:OFFICE_OF]->() }, in: COUNT { (n)<-[:OFFICE_OF]-() }},
  {type: 'PARTICIPATED_IN', out: COUNT { (n)-[:PARTICIPATED_IN]->() }, in: COUNT { (n)<-[:PARTICIPATED_IN]-() }},
  {type: 'PART_OF', out: COUNT { (n)-[:PART_OF]->() }, in: COUNT { (n)<-[:PART_OF]-() }},
  {type: 'PLAYED_ROLE', out: COUNT { (n)-[:PLAYED_ROLE]->() }, in: COUNT { (n)<-[:PLAYED_ROLE]-() }},
  {type: 'POLICY_OF', out: COUNT { (n)-[:POLICY_OF]->() }, in: COUNT { (n)<-[:POLICY_OF]-() }},
  {type: 'PUBLISHED_BY', out: COUNT { (n)-[:PUBLISHED_BY]->() }, in: COUNT { (n)<-[:PUBLISHED_BY]-() }},
  {type: 'REALISED_BY', out: COUNT { (n)-[:REALISED_BY]->() }, in: COUNT { (n)<-[:REALISED_BY]-() }},
  {type: 'REPORTED_BY', out: COUNT { (n)-[:REPORTED_BY]->() }, in: COUNT { (n)<-[:REPORTED_BY]-() }},
  {type: 'RESPONDS_TO', out: COUNT { (n)-[:RESPONDS_TO]->() }, in: COUNT { (n)<-[:RESPONDS_TO]-() }},
  {type: 'SAID_BY', out: COUNT { (n)-[:SAID_BY]->() }, in: COUNT { (n)<-[:SAID_BY]-() }}
] AS degree
WITH id, degree
UNWIND [['IN', degree.in], ['OUT', degree.out]] AS counted
WITH id, degree.type AS type, counted[0] AS direction, counted[1] AS count
WHERE count > 0
RETURN id, type, direction, count
ORDER BY id, type, direction
