/**
 * GET /export/graph.json | graph.graphml | nodes.csv | edges.csv | evidence.csv
 *   (no parameters)                  the whole graph
 *   ?ids=a,b&depth=2                 everything within depth (1-3) hops of the seeds
 *   ?from=X&to=Y&k=3&maxHops=4       the k shortest linkage paths from X to Y
 *
 * Parameters are checked and the selection's ids looked up before the first
 * byte is sent, so mistakes get a status code and a JSON body
 * {error: {code, message, parameter?}}: 400 BAD_USER_INPUT, 404 NOT_FOUND,
 * 503 DATABASE_UNAVAILABLE. A failure after streaming began aborts the response,
 * so a truncated download never looks complete.
 */
import express, { Request, Response, Router } from 'express';
import { Graph } from '../db/driver';
import { DomainError, ErrorCode, fromDatabaseError } from '../errors';
import { EXPORT_FILES, streamSink } from './formats';
import { DEFAULT_EXPORT_TIMEOUT_MS, openExport } from './reader';
import { parseSelection, RawSelection, SELECTION_PARAMETERS } from './selection';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

function sendError(res: Response, error: unknown): void {
  const e = error instanceof DomainError ? error : fromDatabaseError(error);
  const code = String(e.extensions.code);
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) console.error('export failed:', (e as { cause?: unknown }).cause ?? e);
  const { argument: parameter, id } = e.extensions as { argument?: string; id?: string };
  res.status(STATUS[code] ?? 500).json({ error: { code, message: e.message, parameter, id } });
}

const badInput = (message: string, parameter?: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, parameter ? { argument: parameter } : {});

/** The query string as selection parameters; anything else is a mistake worth naming. */
function rawSelection(query: Request['query']): RawSelection {
  const raw: RawSelection = {};
  for (const [key, value] of Object.entries(query)) {
    if (!(SELECTION_PARAMETERS as readonly string[]).includes(key)) {
      throw badInput(`Unknown parameter "${key}". Use ${SELECTION_PARAMETERS.join(', ')}.`, key);
    }
    const values = [value].flat();
    if (!values.every((v): v is string => typeof v === 'string')) throw badInput(`${key} must be plain text.`, key);
    raw[key as keyof RawSelection] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

export function exportRouter(graph: Graph, options: { timeoutMs?: number } = {}): Router {
  const router = express.Router();
  router.get('/export/:file', async (req: Request<{ file: string }>, res: Response) => {
    const format = EXPORT_FILES[req.params.file];
    if (!format) {
      res.status(404).json({
        error: {
          code: ErrorCode.NOT_FOUND,
          message: `No export named "${req.params.file}". Available: ${Object.keys(EXPORT_FILES).join(', ')}.`,
        },
      });
      return;
    }
    let exp;
    try {
      const selection = parseSelection(rawSelection(req.query));
      exp = await openExport(graph, selection, options.timeoutMs ?? DEFAULT_EXPORT_TIMEOUT_MS);
    } catch (error) {
      sendError(res, error);
      return;
    }
    try {
      // attachment() first: it sets a type from the extension, which type() then corrects.
      res.status(200).attachment(format.file).type(format.contentType);
      await format.write(exp, streamSink(res));
      res.end();
    } catch (error) {
      if (!res.destroyed) {
        console.error(`export of ${format.file} failed after streaming began:`, error);
        res.destroy(error as Error);
      }
    } finally {
      await exp.close();
    }
  });
  return router;
}
