// API keys (src/auth/): one :ApiKey node per key, found by its public key id.
// They hold a SHA-256 hash, never the key; no read view, export or search shows them.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.keyId IS UNIQUE;
