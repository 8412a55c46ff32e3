/**
 * The API key store: `:ApiKey` nodes in Neo4j (cypher/queries/auth/), managed by
 * `npm run keys` and checked on every request that presents a key.
 */
import { Graph } from '../db/driver';
import { auth } from '../db/queries';
import type { KeyRecord } from '../db/queries/auth';
import { runQuery } from '../db/query';
import { badInput } from '../errors';
import { isRole, Principal, Role, ROLES, unauthenticated } from './principal';
import { keyIdOf, keyMatches, mintSecret } from './secret';

export interface NewKey {
  holder: string;
  role: Role;
}

export interface CreatedKey {
  keyId: string;
  /** The whole key, for the holder; it cannot be recovered later. */
  secret: string;
  holder: string;
  role: Role;
  createdAt: string;
}

export type { KeyRecord };

export const MAX_HOLDER_LENGTH = 120;

function checkHolder(holder: unknown): string {
  const name = typeof holder === 'string' ? holder.trim() : '';
  if (name === '') throw badInput('holder must name who holds the key (a person or a team).', 'holder');
  if (name.length > MAX_HOLDER_LENGTH) {
    throw badInput(`holder may be at most ${MAX_HOLDER_LENGTH} characters long (got ${name.length}).`, 'holder');
  }
  return name;
}

/** Make a key for `holder` with `role`. The returned secret is the only copy there will be. */
export async function createKey(graph: Graph, { holder, role }: NewKey): Promise<CreatedKey> {
  const name = checkHolder(holder);
  if (!isRole(role)) throw badInput(`role must be one of ${ROLES.join(', ')} (got "${String(role)}").`, 'role');
  const minted = mintSecret();
  // The key store's writes: through the gateway's write transaction (circuit, error mapping).
  const [row] = await graph.inWriteTransaction((tx) =>
    runQuery(tx, auth.createKey, { keyId: minted.keyId, holder: name, role, secretHash: minted.hash }),
  );
  return { ...row!, secret: minted.secret };
}

export async function listKeys(graph: Graph): Promise<KeyRecord[]> {
  return graph.read(auth.listKeys);
}

/** Revoke a key; undefined if there is no key with that id. Revoking twice is harmless. */
export async function revokeKey(
  graph: Graph,
  keyId: string,
): Promise<(KeyRecord & { wasRevoked: boolean }) | undefined> {
  const [row] = await graph.inWriteTransaction((tx) => runQuery(tx, auth.revokeKey, { keyId }));
  return row;
}

/**
 * The principal a presented key stands for. Throws UNAUTHENTICATED for a key that is
 * malformed, unknown, wrong or revoked; the message never repeats the key.
 */
export async function verifyKey(graph: Graph, key: string): Promise<Principal> {
  const keyId = keyIdOf(key);
  if (keyId === undefined) throw unauthenticated('The API key is not valid.');
  const [stored] = await graph.read(auth.keyById, { keyId });
  if (!stored || !keyMatches(key, stored.secretHash) || !isRole(stored.role)) {
    throw unauthenticated('The API key is not valid.');
  }
  if (stored.revokedAt !== null) throw unauthenticated(`The API key ${keyId} was revoked on ${stored.revokedAt}.`);
  return { keyId: stored.keyId, holder: stored.holder, role: stored.role };
}
