/**
 * The graph explorer at /explorer: a browser page for researchers who do not write
 * queries. It talks only to the GraphQL API (POST /graphql). Its TypeScript modules
 * (src/web/explorer/) are bundled with Cytoscape.js and the fCoSE layout by esbuild
 * the first time the page is asked for, and kept in memory: nothing is fetched from
 * elsewhere, so the page works on machines without internet access.
 */
import path from 'node:path';
import { build } from 'esbuild';
import express, { Router } from 'express';

const APP_DIR = path.join(__dirname, 'explorer');

// Security headers, the same-origin-only CSP included, are set for every page by src/http/security.ts.

interface Bundle {
  js: Uint8Array;
  map: Uint8Array;
}

let bundle: Promise<Bundle> | undefined;

/** The page's script, built once per process (about half a second). */
function explorerBundle(): Promise<Bundle> {
  bundle ??= build({
    entryPoints: [path.join(APP_DIR, 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: 'external',
    legalComments: 'none',
    write: false,
    outfile: 'explorer.js',
    logLevel: 'silent',
  }).then((result) => {
    const file = (suffix: string) => {
      const f = result.outputFiles.find((o) => o.path.endsWith(suffix));
      if (!f) throw new Error(`esbuild wrote no ${suffix}`);
      return f.contents;
    };
    return { js: file('explorer.js'), map: file('explorer.js.map') };
  });
  return bundle;
}

export function explorerRouter(): Router {
  const router = express.Router();
  const serve =
    (pick: (b: Bundle) => Uint8Array, type: string) => async (_req: express.Request, res: express.Response) => {
      let b: Bundle;
      try {
        b = await explorerBundle();
      } catch (err) {
        // A page that does not build is a bug in this project (tsc -p src/web/explorer catches it first).
        console.error(`The explorer page could not be built: ${(err as Error).message}`);
        res
          .status(500)
          .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The explorer page could not be built.' } });
        return;
      }
      res
        .type(type)
        .set('Cache-Control', 'no-cache')
        .send(Buffer.from(pick(b)));
    };
  router.get(
    '/explorer/app/explorer.js',
    serve((b) => b.js, 'text/javascript'),
  );
  router.get(
    '/explorer/app/explorer.js.map',
    serve((b) => b.map, 'application/json'),
  );
  router.get('/explorer/app/explorer.css', (_req, res) =>
    res.sendFile(path.join(APP_DIR, 'explorer.css'), { headers: { 'Cache-Control': 'no-cache' } }),
  );
  router.get(['/explorer', '/explorer/'], (_req, res) => {
    res.sendFile(path.join(APP_DIR, 'index.html'));
  });
  return router;
}
