/**
 * The graph explorer at /explorer: a browser page for researchers who do not write
 * queries. It talks only to the GraphQL API (POST /graphql). Its TypeScript modules
 * (src/web/explorer/) are bundled with Cytoscape.js and the fCoSE layout by esbuild
 * the first time the page is asked for, and kept in memory: nothing is fetched from
 * elsewhere, so the page works on machines without internet access. A production build
 * (`npm run build`, src/cli/build-web.ts) bundles it ahead of time into dist/web/explorer/,
 * where this module, compiled, finds it: esbuild and the page's sources are then not needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import express, { Router } from 'express';

/** Next to this module: the page's sources (src/web/explorer) or, in dist/, its prebuilt bundle. */
const APP_DIR = path.join(__dirname, 'explorer');
const BUNDLE = 'explorer.js';
/** The files of the page besides its script, copied as they are by a production build. */
export const EXPLORER_STATIC_FILES = ['index.html', 'explorer.css'];

// Security headers, the same-origin-only CSP included, are set for every page by src/http/security.ts.

interface Bundle {
  js: Uint8Array;
  map: Uint8Array;
}

let bundle: Promise<Bundle> | undefined;

/** Bundles the page's script from its sources in `sourceDir` (about half a second). */
export async function bundleExplorer(sourceDir: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [path.join(sourceDir, 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: 'external',
    legalComments: 'none',
    write: false,
    outfile: BUNDLE,
    logLevel: 'silent',
  });
  const file = (suffix: string) => {
    const f = result.outputFiles.find((o) => o.path.endsWith(suffix));
    if (!f) throw new Error(`esbuild wrote no ${suffix}`);
    return f.contents;
  };
  return { js: file(BUNDLE), map: file(`${BUNDLE}.map`) };
}

/** The page's script, once per process: the prebuilt bundle when there is one, else built from sources. */
function explorerBundle(): Promise<Bundle> {
  const prebuilt = path.join(APP_DIR, BUNDLE);
  bundle ??= fs.existsSync(prebuilt)
    ? Promise.resolve({ js: fs.readFileSync(prebuilt), map: fs.readFileSync(`${prebuilt}.map`) })
    : bundleExplorer(APP_DIR);
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
