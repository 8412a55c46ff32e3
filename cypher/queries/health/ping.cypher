// Readiness (/readyz): the database answers a query at all.
RETURN 1 AS ok
