// The stored record of one API key, to check a presented key against (src/auth/keys.ts).
MATCH (k:ApiKey {keyId: $keyId})
RETURN k.keyId AS keyId, k.holder AS holder, k.role AS role, k.secretHash AS secretHash,
       toString(k.revokedAt) AS revokedAt
