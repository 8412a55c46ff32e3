/**
 * `npm run keys -- create --holder NAME --role editor | list | revoke <keyId>`:
 * manage the API keys the service accepts (README: Authentication and roles).
 *
 * Managing keys is an administrator's task: this command talks to the database
 * directly with the Neo4j credentials of the configuration, which only whoever runs
 * the service has. The key is printed once, on creation; the database keeps its
 * SHA-256 hash only, so a lost key is revoked and replaced, never recovered.
 *
 * Exit codes: 0 done; 1 failed (database unreachable, no such key); 2 usage error.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { Graph } from '../db/driver';
import { createKey, KeyRecord, listKeys, revokeKey } from '../auth/keys';
import { isRole, Role, ROLES } from '../auth/principal';
import { DomainError } from '../errors';
import { runCli, withNeo4j } from './run';

class KeyCommandError extends Error {}

function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  return withNeo4j({ unreachableExitCode: 1 }, (session) => work(session.graph()));
}

function parseRole(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`expected one of ${ROLES.join(', ')}.`);
  return value;
}

function table(keys: KeyRecord[]): string {
  const rows = [
    ['KEY ID', 'HOLDER', 'ROLE', 'CREATED', 'REVOKED'],
    ...keys.map((k) => [k.keyId, k.holder, k.role, k.createdAt, k.revokedAt ?? '-']),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const program = new Command()
  .name('keys')
  .description(
    'Manage the API keys of the GraphQL service. Clients send a key as "Authorization: Bearer <key>". ' +
      'Roles: reader (reads, where READS_REQUIRE_KEY=true), editor (every write), admin (also merges and key management). ' +
      'Uses the Neo4j of the configuration (.env / NEO4J_URI, or the bundled local server, which must be running).',
  )
  .showHelpAfterError()
  .exitOverride((error) => {
    // Usage errors (and --help) exit 2 / 0 as commander decides; never a stack trace.
    process.exit(error.exitCode === 1 ? 2 : error.exitCode);
  });

program
  .command('create')
  .description('create a key and print it once (store it now: only its hash is kept)')
  .requiredOption('--holder <name>', 'who holds the key (a person or team); the change journal records this name')
  .addOption(
    new Option('--role <role>', `what the key may do: ${ROLES.join(' | ')}`).argParser(parseRole).makeOptionMandatory(),
  )
  .option('--json', 'print {keyId, key, holder, role, createdAt} as JSON (for scripts)')
  .action(async (opts: { holder: string; role: Role; json?: boolean }) => {
    const created = await withGraph((graph) => createKey(graph, { holder: opts.holder, role: opts.role }));
    if (opts.json) {
      const { secret, ...rest } = created;
      console.log(JSON.stringify({ ...rest, key: secret }));
      return;
    }
    console.log(`Created key ${created.keyId} for ${created.holder} (role ${created.role}).`);
    console.log('');
    console.log(`  ${created.secret}`);
    console.log('');
    console.log('This is the only time the key is shown: give it to its holder now. Clients send it as');
    console.log('  Authorization: Bearer <key>');
    console.log(`Revoke it with: npm run keys -- revoke ${created.keyId}`);
  });

program
  .command('list')
  .description('list every key: id, holder, role, created and revoked times (never the key)')
  .option('--json', 'print the list as JSON')
  .action(async (opts: { json?: boolean }) => {
    const keys = await withGraph(listKeys);
    if (opts.json) console.log(JSON.stringify(keys, null, 2));
    else if (keys.length === 0)
      console.log('No keys yet. Create one: npm run keys -- create --holder NAME --role editor');
    else console.log(table(keys));
  });

program
  .command('revoke')
  .description('revoke a key: it stops working at once and stays listed with its revocation time')
  .argument('<keyId>', 'the key id, as `list` shows it (12 hex digits)')
  .action(async (keyId: string) => {
    const revoked = await withGraph((graph) => revokeKey(graph, keyId));
    if (!revoked) throw new KeyCommandError(`No key with id "${keyId}" (npm run keys -- list shows them).`);
    console.log(
      revoked.wasRevoked
        ? `Key ${revoked.keyId} (${revoked.holder}) was already revoked on ${revoked.revokedAt}.`
        : `Revoked key ${revoked.keyId} (${revoked.holder}, ${revoked.role}) at ${revoked.revokedAt}.`,
    );
  });

runCli('keys', () => program.parseAsync(process.argv).then(() => undefined), {
  expected: (e) => e instanceof KeyCommandError || e instanceof DomainError,
});
