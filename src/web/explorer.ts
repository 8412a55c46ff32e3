/**
 * The graph explorer at /explorer: a browser page for researchers who do not write
 * queries. It talks only to the GraphQL API (POST /graphql). Every asset is served
 * by this service, the graph library from node_modules, so the page works on
 * machines without internet access.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * A file inside an installed package. Cytoscape's `exports` map hides both its dist
 * builds and its package.json from require.resolve, so resolve the main entry and walk
 * up to the directory whose package.json names the package.
 */
function packageFile(pkg: string, file: string): string {
  let dir = path.dirname(require.resolve(pkg));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === pkg) {
      return path.join(dir, file);
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package ${pkg} is not installed (run npm install)`);
    dir = up;
  }
}

/** Cytoscape.js and the fCoSE layout with its two UMD dependencies, loaded as globals in this order. */
const VENDOR: Record<string, string> = {
  'cytoscape.min.js': packageFile('cytoscape', 'dist/cytoscape.min.js'),
  'layout-base.js': packageFile('layout-base', 'layout-base.js'),
  'cose-base.js': packageFile('cose-base', 'cose-base.js'),
  'cytoscape-fcose.js': packageFile('cytoscape-fcose', 'cytoscape-fcose.js'),
};

const APP_DIR = path.join(__dirname, 'explorer');

export function explorerRouter(): Router {
  const router = express.Router();
  router.get('/explorer/vendor/:asset', (req, res, next) => {
    const file = VENDOR[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  // The page's own scripts change with the project: revalidate instead of caching for a day.
  router.use('/explorer/app', express.static(APP_DIR, { index: false, maxAge: 0 }));
  // Same-origin only (src/http/security.ts): the page loads nothing from elsewhere and talks only to this service.
  router.get(['/explorer', '/explorer/'], (_req, res) => {
    res.sendFile(path.join(APP_DIR, 'index.html'));
  });
  return router;
}
