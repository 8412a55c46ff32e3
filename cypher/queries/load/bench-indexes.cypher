// bench:load (bench/scale/load-rate.ts --reuse-server): the indexes a load creates after its data
// (every index that backs no constraint, token lookups aside), dropped between two measured loads.
SHOW INDEXES YIELD name, type, owningConstraint
WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
RETURN name
