/**
 * `npm run db:shell [-- <cypher-shell options>]`: Neo4j's own cypher-shell on the
 * database the service is configured for (NEO4J_URI, or the bundled local server),
 * at the bundled server's version. Maven fetches it from Maven Central the first time
 * (into neo4j-local/cypher-shell/target/lib). The password goes to cypher-shell in its
 * NEO4J_PASSWORD variable, never on a command line other users can read.
 *
 *   npm run db:shell                                      interactive
 *   npm run db:shell -- --format plain -f queries.cypher  run a file
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { effectiveUri, PROJECT_ROOT } from '../config';
import { pinnedNeo4jVersion } from '../db/local-server';
import { cliConfig, CliError, runCli } from './run';

const POM = path.join(PROJECT_ROOT, 'neo4j-local', 'cypher-shell', 'pom.xml');
const LIB = path.join(PROJECT_ROOT, 'neo4j-local', 'cypher-shell', 'target', 'lib');

function fail(message: string): never {
  throw new CliError(message, 1);
}

function ensureInstalled(version: string): void {
  const jar = path.join(LIB, `cypher-shell-${version}.jar`);
  if (fs.existsSync(jar)) return;
  console.error(`Fetching cypher-shell ${version} from Maven Central (once)...`);
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, `-Dneo4j.version=${version}`, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB}`],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (mvn.error) fail('Maven (mvn) was not found; it is needed once to fetch cypher-shell (apt-get install maven).');
  if (mvn.status !== 0 || !fs.existsSync(jar)) fail(`Maven could not fetch cypher-shell ${version} (see above).`);
}

function main(): number {
  const config = cliConfig(1);
  const version = pinnedNeo4jVersion();
  ensureInstalled(version);
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const shell = spawnSync(
    java,
    [
      '-cp',
      path.join(LIB, '*'),
      'org.neo4j.shell.Main',
      '-a',
      effectiveUri(config),
      '-u',
      config.neo4j.user,
      '-d',
      config.neo4j.database,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env: { ...process.env, NEO4J_PASSWORD: config.neo4j.password } },
  );
  if (shell.error) fail(`could not run Java (${shell.error.message}); install a JDK 17 or 21 or set JAVA_HOME.`);
  return shell.status ?? 1;
}

runCli('db:shell', async () => main(), { exitOnSuccess: true });
