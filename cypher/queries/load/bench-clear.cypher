// bench:load (bench/scale/load-rate.ts --reuse-server): empty the throwaway database between two
// measured loads, so each one starts from an empty store without a server restart.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
