/**
 * Who is asking: the holder of a verified API key and the key's role. Reads are open
 * by default (README: Authentication); writes need `editor`; merges and key
 * management need `admin`. Roles are ranked: a higher role may do what a lower may.
 */
import { DomainError, ErrorCode } from '../errors';

export type Role = 'reader' | 'editor' | 'admin';

export const ROLES: readonly Role[] = ['reader', 'editor', 'admin'];

export interface Principal {
  /** The key's public id (not secret: it is printed by `npm run keys -- list`). */
  keyId: string;
  /** Who holds the key: the name the journal records. */
  holder: string;
  role: Role;
}

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Does `held` include what `needed` may do? */
export function roleAllows(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}

export const HOW_TO_AUTHENTICATE =
  'Send an API key as "Authorization: Bearer <key>" (an administrator creates one with npm run keys -- create).';

/** No credentials, or credentials that are not a valid, unrevoked key: HTTP 401. */
export const unauthenticated = (reason: string): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, `${reason} ${HOW_TO_AUTHENTICATE}`);

/** A valid key whose role is too low: HTTP 403. Names the roles, never the key. */
export const forbidden = (principal: Principal, needed: Role, what = 'This operation'): DomainError =>
  new DomainError(
    ErrorCode.FORBIDDEN,
    `${what} needs the ${needed} role; the key ${principal.keyId} (held by ${principal.holder}) has the ${principal.role} role.`,
    { requiredRole: needed },
  );

/**
 * The principal, if it may act with `role`. Throws UNAUTHENTICATED when there is no
 * principal (no credentials; wrong or revoked ones are refused earlier, by the HTTP
 * layer) and FORBIDDEN when its role is too low.
 */
export function requireRole(principal: Principal | null | undefined, role: Role): Principal {
  if (!principal) throw unauthenticated(`This operation needs an API key with the ${role} role.`);
  if (!roleAllows(principal.role, role)) throw forbidden(principal, role);
  return principal;
}
