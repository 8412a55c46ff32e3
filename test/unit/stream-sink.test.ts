/**
 * The export sink's write timeout, over a real loopback TCP connection whose far
 * end never reads: once the socket buffers are full, the sink waits for 'drain' at
 * most stallTimeoutMs, then destroys the socket and fails the write, so the export
 * ends and its database transaction and slot are freed.
 */
import net from 'node:net';
import { StalledReaderError, streamSink } from '../../src/export/formats';

it('cuts off a reader that takes nothing for the write timeout', async () => {
  const accepted: net.Socket[] = [];
  const server = net.createServer((s) => {
    s.pause(); // a reader that never reads
    accepted.push(s);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const out = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  await new Promise<void>((r) => out.once('connect', r));
  out.on('error', () => undefined);
  try {
    const sink = streamSink(out, { stallTimeoutMs: 500 });
    const chunk = 'x'.repeat(64 * 1024);
    let written = 0;
    let failure: unknown;
    const started = Date.now();
    // Far more than any socket buffer: the writes must stall, and then fail.
    for (let i = 0; i < 2000 && failure === undefined; i++) {
      await sink.write(chunk).then(
        () => (written += chunk.length),
        (e: unknown) => (failure = e),
      );
    }
    expect(failure).toBeInstanceOf(StalledReaderError);
    expect(written).toBeLessThan(2000 * chunk.length);
    expect(out.destroyed).toBe(true);
    expect(Date.now() - started).toBeLessThan(60_000);
    // A closed output fails at once rather than waiting.
    await expect(sink.write('more')).rejects.toThrow(/closed/);
  } finally {
    out.destroy();
    for (const s of accepted) s.destroy();
    server.close();
  }
});
