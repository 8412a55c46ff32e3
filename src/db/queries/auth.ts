/** cypher/queries/auth/: the API key store. */
import type { Role } from '../../auth/principal';
import { defineQuery } from '../query';

/** A key as `npm run keys -- list` shows it: never the secret or its hash. */
export interface KeyRecord {
  keyId: string;
  holder: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** A key as verification reads it. */
export interface StoredKey {
  keyId: string;
  holder: string;
  role: string;
  secretHash: string;
  revokedAt: string | null;
}

export interface NewKeyParams {
  keyId: string;
  holder: string;
  role: string;
  secretHash: string;
}

export const createKey = defineQuery<NewKeyParams, Omit<KeyRecord, 'revokedAt'>>('auth/create-key', [
  'keyId',
  'holder',
  'role',
  'secretHash',
]);
export const keyById = defineQuery<{ keyId: string }, StoredKey>('auth/key-by-id', ['keyId']);
export const listKeys = defineQuery<Record<string, never>, KeyRecord>('auth/list-keys', []);
export const revokeKey = defineQuery<{ keyId: string }, KeyRecord & { wasRevoked: boolean }>('auth/revoke-key', [
  'keyId',
]);
