// Revoke an API key: it stays on record (who held it, when) but no longer authenticates.
// Revoking twice keeps the first revocation time.
MATCH (k:ApiKey {keyId: $keyId})
WITH k, k.revokedAt IS NOT NULL AS wasRevoked
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k.keyId AS keyId, k.holder AS holder, k.role AS role,
       toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt, wasRevoked
