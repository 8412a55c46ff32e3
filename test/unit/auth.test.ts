/**
 * The pure parts of authentication and the write gate: key secrets and their
 * hashes, role ranking, and what the gate reads from an operation (the role it
 * needs, the longest list it carries). The HTTP behaviour is tested against a real
 * server and database in test/auth/.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { requireRole, roleAllows } from '../../src/auth/principal';
import { hashKey, keyIdOf, keyMatches, mintSecret } from '../../src/auth/secret';
import { DomainError } from '../../src/errors';
import { checkBatchSize, requiredRole } from '../../src/graphql/write-gate';
import { loadTypeDefs } from '../../src/graphql/schema';

describe('API key secrets', () => {
  it('are 256-bit random, carry their key id, and are stored only as a SHA-256 that the key matches', () => {
    const a = mintSecret();
    const b = mintSecret();
    expect(a.secret).not.toBe(b.secret);
    expect(a.secret).toMatch(/^brg_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.secret.split('_').slice(2).join('_'), 'base64url')).toHaveLength(32);
    expect(keyIdOf(a.secret)).toBe(a.keyId);
    expect(a.hash).toBe(hashKey(a.secret));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.secret.slice(17));
    expect(keyMatches(a.secret, a.hash)).toBe(true);
    expect(keyMatches(b.secret, a.hash)).toBe(false);
    // One changed character of the secret part.
    const last = a.secret.at(-1) === 'A' ? 'B' : 'A';
    expect(keyMatches(a.secret.slice(0, -1) + last, a.hash)).toBe(false);
    expect(keyMatches(a.secret, 'not-a-hash')).toBe(false);
  });

  it('refuses anything not shaped like a key before any lookup', () => {
    expect(keyIdOf('')).toBeUndefined();
    expect(keyIdOf('brg_0123456789ab_short')).toBeUndefined();
    expect(keyIdOf(`brg_0123456789AB_${'x'.repeat(43)}`)).toBeUndefined();
    expect(keyIdOf(`xyz_0123456789ab_${'x'.repeat(43)}`)).toBeUndefined();
  });
});

describe('roles', () => {
  const principal = (role: 'reader' | 'editor' | 'admin') => ({ keyId: 'abcdefabcdef', holder: 'Ana', role });
  const codeOf = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e instanceof DomainError ? e.code : e;
    }
    return 'no error';
  };

  it('are ranked reader < editor < admin', () => {
    expect(roleAllows('admin', 'editor')).toBe(true);
    expect(roleAllows('editor', 'editor')).toBe(true);
    expect(roleAllows('reader', 'editor')).toBe(false);
    expect(roleAllows('editor', 'admin')).toBe(false);
  });

  it('requireRole: UNAUTHENTICATED without a principal, FORBIDDEN below the role, the principal otherwise', () => {
    expect(codeOf(() => requireRole(null, 'editor'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireRole(undefined, 'reader'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireRole(principal('reader'), 'editor'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireRole(principal('editor'), 'admin'))).toBe('FORBIDDEN');
    expect(requireRole(principal('admin'), 'editor')).toEqual(principal('admin'));
  });
});

describe('the write gate', () => {
  // The project's SDL plus a stand-in mutation type (the real mutations come with the curation API).
  const sdl = loadTypeDefs().join('\n');
  const mutations = `
    input Item { id: ID!, tags: [String!] }
    ${sdl.includes('type Mutation') ? 'extend type Mutation' : 'type Mutation'} {
      gateWrite(items: [Item!]): Boolean
      gateMerge(ids: [ID!]): Boolean @requires(role: admin)
    }`;
  const schema = makeExecutableSchema({ typeDefs: [...loadTypeDefs(), mutations] });
  const operation = (text: string) => {
    const doc = parse(text);
    const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    return { op, fragments };
  };
  const roleOf = (text: string) => {
    const { op, fragments } = operation(text);
    return requiredRole(schema, op, fragments);
  };

  it('needs nothing for queries, editor for any mutation, admin where @requires says so (through fragments too)', () => {
    expect(roleOf('{ viewer { holder } }')).toBeUndefined();
    expect(roleOf('mutation { gateWrite }')).toBe('editor');
    expect(roleOf('mutation { __typename }')).toBe('editor');
    expect(roleOf('mutation { gateWrite gateMerge }')).toBe('admin');
    expect(roleOf('mutation { ...M } fragment M on Mutation { ... on Mutation { gateMerge(ids: ["a"]) } }')).toBe(
      'admin',
    );
  });

  it('refuses a mutation carrying a list longer than the cap, inline or in variables, naming where', () => {
    const fields = (text: string) => {
      const { op } = operation(text);
      return op.selectionSet.selections.filter((s) => s.kind === Kind.FIELD) as never[];
    };
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}` }));
    expect(() =>
      checkBatchSize(fields('mutation($x: [Item!]) { gateWrite(items: $x) }'), { x: items(3) }, 3),
    ).not.toThrow();
    let error: unknown;
    try {
      checkBatchSize(fields('mutation($x: [Item!]) { gateWrite(items: $x) }'), { x: items(4) }, 3);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    expect((error as DomainError).details).toMatchObject({ argument: 'items' });
    expect((error as DomainError).message).toMatch(
      /items holds 4 items; one write may carry at most 3 \(WRITE_BATCH_MAX\)/,
    );
    // Nested lists count too, inline literals as well as variables.
    expect(() =>
      checkBatchSize(fields('mutation { gateWrite(items: [{id: "a", tags: ["1", "2", "3", "4"]}]) }'), {}, 3),
    ).toThrow(/items\[0\]\.tags holds 4 items/);
    expect(() =>
      checkBatchSize(
        fields('mutation($t: [String!]) { gateWrite(items: [{id: "a", tags: $t}]) }'),
        { t: ['1', '2', '3', '4', '5'] },
        3,
      ),
    ).toThrow(/items\[0\]\.tags holds 5 items/);
  });
});
