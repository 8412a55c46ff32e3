/**
 * GraphiQL at GET /graphql for browsers, from bundled assets (no CDN): the IDE must
 * work on machines without internet access.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** A file inside an installed package (its `exports` map hides the UMD builds from require.resolve). */
const packageFile = (pkg: string, file: string): string =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, string> = {
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql-init.js': path.join(__dirname, 'graphiql-init.js'),
};

/** The page and its script, next to this module (copied into dist/web/ by a production build). */
export const IDE_STATIC_FILES = ['graphiql.html', 'graphiql-init.js'];

export function ideRouter(): Router {
  const router = express.Router();
  const page = fs.readFileSync(path.join(__dirname, 'graphiql.html'), 'utf8');
  router.get('/ide/:asset', (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  // A browser navigating to /graphql asks for HTML and sends no query: give it the IDE.
  // Every other GET (a GraphQL-over-HTTP query) goes on to the GraphQL handler.
  router.get('/graphql', (req, res, next) => {
    if (
      req.query.query === undefined &&
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
    ) {
      res.type('html').send(page);
      return;
    }
    next();
  });
  return router;
}
