import fs from 'node:fs';
import { localTestServer } from './env';

export default async function globalTeardown(): Promise<void> {
  const server = localTestServer();
  if (!server) return;
  await server.stop();
  if (!process.env.KEEP_TEST_NEO4J) fs.rmSync(server.home, { recursive: true, force: true });
}
