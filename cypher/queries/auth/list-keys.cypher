// Every API key, without its hash (npm run keys -- list).
MATCH (k:ApiKey)
RETURN k.keyId AS keyId, k.holder AS holder, k.role AS role,
       toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt
ORDER BY k.createdAt, k.keyId
