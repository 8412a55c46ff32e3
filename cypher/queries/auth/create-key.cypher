// A new API key (src/auth/keys.ts). Only the hash of the key is stored.
CREATE (k:ApiKey {keyId: $keyId, holder: $holder, role: $role, secretHash: $secretHash, createdAt: datetime()})
RETURN k.keyId AS keyId, k.holder AS holder, k.role AS role, toString(k.createdAt) AS createdAt
