// Online loader (src/load/online.ts): create a batch of :Source nodes (documents) that the
// batch's lookup (load/existing.cypher) found absent. $rows: list of {props} (id, every stored
// property, derived time bounds). The source_id constraint still guards uniqueness.
UNWIND $rows AS row
CREATE (n:Source)
SET n = row.props
RETURN count(*) AS written
