// bench:load (bench/scale/load-rate.ts --reuse-server): drop one index by name.
DROP INDEX $name IF EXISTS
