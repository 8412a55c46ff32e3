/**
 * The gate every write passes before any of it runs (an Apollo plugin, at
 * didResolveOperation: after parsing and validation, before execution):
 *
 * 1. roles: each root field needs the role of its `@requires(role:)` directive
 *    (schema/keys.graphql); a mutation field without one needs `editor`. So an
 *    anonymous or under-privileged write is refused whole — UNAUTHENTICATED (401) or
 *    FORBIDDEN (403) — and nothing of it executes;
 * 2. batch size: no list in a mutation's arguments (inline or in variables, at any
 *    depth) may hold more than `batchMax` items (BAD_USER_INPUT, 400);
 * 3. rate: each key may send `ratePerMinute` mutations a minute (TOO_MANY_REQUESTS,
 *    429 + Retry-After), counted per key id with express-rate-limit's own store.
 *
 * It also records the operation type in the context, so that write code can refuse
 * to run from a read field (writeAccess). Mutations never run over GET: Apollo
 * refuses them (405) before this gate.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { MemoryStore, Options as RateLimitOptions } from 'express-rate-limit';
import {
  FieldNode,
  FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLObjectType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { WriteLimits } from '../config';
import { isRole, Principal, requireRole, Role, roleAllows } from '../auth/principal';
import { badInput, DomainError, ErrorCode } from '../errors';
import { Context } from './context';

/** The role a mutation field needs when its SDL does not say. */
export const DEFAULT_WRITE_ROLE: Role = 'editor';

/** Root fields of an operation, through fragments and inline fragments. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...rootFields(s.selectionSet, fragments, seen));
    else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      out.push(...rootFields(fragments[s.name.value]!.selectionSet, fragments, seen));
    }
  }
  return out;
}

/** The role `@requires` names on a root field, if any. */
function declaredRole(schema: GraphQLSchema, type: GraphQLObjectType, field: string): Role | undefined {
  const node = type.getFields()[field]?.astNode;
  const directive = schema.getDirective('requires');
  if (!node || !directive) return undefined;
  const role = getDirectiveValues(directive, node)?.role;
  return isRole(role) ? role : undefined;
}

/** The role a whole operation needs: the highest its root fields need (undefined: none). */
export function requiredRole(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): Role | undefined {
  const type = schema.getRootType(operation.operation);
  if (!type) return undefined;
  let needed: Role | undefined = operation.operation === OperationTypeNode.MUTATION ? DEFAULT_WRITE_ROLE : undefined;
  for (const field of rootFields(operation.selectionSet, fragments)) {
    if (field.name.value.startsWith('__')) continue;
    const role = declaredRole(schema, type, field.name.value);
    if (role !== undefined && (needed === undefined || !roleAllows(needed, role))) needed = role;
  }
  return needed;
}

interface LongList {
  path: string;
  length: number;
}

/** The longest list in a JSON value (a variable's value), with its path. */
function longestInJson(value: unknown, path: string): LongList | undefined {
  let best: LongList | undefined;
  const consider = (c: LongList | undefined): void => {
    if (c && (!best || c.length > best.length)) best = c;
  };
  if (Array.isArray(value)) {
    consider({ path, length: value.length });
    value.forEach((v, i) => consider(longestInJson(v, `${path}[${i}]`)));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) consider(longestInJson(v, `${path}.${k}`));
  }
  return best;
}

/** The longest list in an argument's literal, following variables into the request's values. */
function longestInValue(node: ValueNode, path: string, variables: Record<string, unknown>): LongList | undefined {
  switch (node.kind) {
    case Kind.VARIABLE:
      return longestInJson(variables[node.name.value], path);
    case Kind.LIST: {
      let best: LongList | undefined = { path, length: node.values.length };
      node.values.forEach((v, i) => {
        const c = longestInValue(v, `${path}[${i}]`, variables);
        if (c && c.length > best!.length) best = c;
      });
      return best;
    }
    case Kind.OBJECT: {
      let best: LongList | undefined;
      for (const f of node.fields) {
        const c = longestInValue(f.value, `${path}.${f.name.value}`, variables);
        if (c && (!best || c.length > best.length)) best = c;
      }
      return best;
    }
    default:
      return undefined;
  }
}

/** Refuse a mutation whose arguments carry a list longer than `batchMax`. */
export function checkBatchSize(fields: FieldNode[], variables: Record<string, unknown>, batchMax: number): void {
  for (const field of fields) {
    for (const arg of field.arguments ?? []) {
      const long = longestInValue(arg.value, arg.name.value, variables);
      if (long && long.length > batchMax) {
        throw badInput(
          `${field.name.value}: ${long.path} holds ${long.length} items; one write may carry at most ${batchMax} ` +
            '(WRITE_BATCH_MAX). Split it into several requests.',
          long.path,
        );
      }
    }
  }
}

/** Mutations per key per minute, in express-rate-limit's store (the one the per-address limits use). */
export class WriteQuota {
  private readonly store = new MemoryStore();

  constructor(readonly perMinute: number) {
    this.store.init({ windowMs: 60_000 } as RateLimitOptions);
  }

  /** Count one write for `principal`; TOO_MANY_REQUESTS (with retryAfterSeconds) past the budget. */
  async consume(principal: Principal): Promise<void> {
    if (this.perMinute <= 0) return;
    const { totalHits, resetTime } = await this.store.increment(principal.keyId);
    if (totalHits <= this.perMinute) return;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil(((resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000),
    );
    throw new DomainError(
      ErrorCode.TOO_MANY_REQUESTS,
      `More than ${this.perMinute} writes in a minute with the key ${principal.keyId} (WRITE_RATE_LIMIT_PER_MINUTE). ` +
        `Retry after ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    );
  }

  shutdown(): void {
    this.store.shutdown();
  }
}

export function writeGatePlugin(
  limits: WriteLimits,
  quota = new WriteQuota(limits.ratePerMinute),
): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return { serverWillStop: async () => quota.shutdown() };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (!operation) return; // Apollo has already refused a document without a resolvable operation.
          contextValue.operation = operation.operation;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const needed = requiredRole(schema, operation, fragments);
          if (needed === undefined) return;
          const principal = requireRole(contextValue.principal, needed);
          if (operation.operation !== OperationTypeNode.MUTATION) return;
          checkBatchSize(rootFields(operation.selectionSet, fragments), request.variables ?? {}, limits.batchMax);
          await quota.consume(principal);
        },
      };
    },
  };
}

/**
 * For code that writes: the principal, if this request is a mutation and its key has
 * `role`. Write paths call it first, so that a write can never be reached from a
 * query field (a programming error, answered as an internal error and logged).
 */
export function writeAccess(context: Context, role: Role = DEFAULT_WRITE_ROLE): Principal {
  if (context.operation !== OperationTypeNode.MUTATION) {
    throw new Error(
      `A write was attempted from a ${context.operation ?? 'unknown'} operation; writes run only in mutations.`,
    );
  }
  return requireRole(context.principal, role);
}
