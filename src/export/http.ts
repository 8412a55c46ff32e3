/**
 * GET /export/graph.json | graph.graphml | nodes.csv | edges.csv | evidence.csv
 *   (no parameters)                  the whole graph
 *   ?ids=a,b&depth=2                 everything within depth (1-3) hops of the seeds
 *   ?from=X&to=Y&k=3&maxHops=4       the k shortest linkage paths from X to Y
 *
 * Parameters are checked and the selection's ids looked up before the first
 * byte is sent, so mistakes get a status code and a JSON body
 * {error: {code, message, parameter?}}: 400 BAD_USER_INPUT, 404 NOT_FOUND,
 * 503 DATABASE_UNAVAILABLE or SERVICE_BUSY (with Retry-After). A failure after
 * streaming began aborts the response, so a truncated download never looks complete.
 *
 * Exports hold a database connection while they stream, so they run in their own
 * bounded share of slots (ExportSlots), and a reader that stops reading is cut off
 * after the write timeout, ending its transaction.
 */
import express, { Request, Response, Router } from 'express';
import { DEFAULT_LIMITS } from '../config';
import { Graph } from '../db/driver';
import { badInput, ErrorCode } from '../errors';
import { sendDomainError, sendError } from '../http/errors';
import { EXPORT_FILES, StalledReaderError, streamSink } from './formats';
import { DEFAULT_EXPORT_TIMEOUT_MS, openExport } from './reader';
import { parseSelection, RawSelection, SELECTION_PARAMETERS } from './selection';
import { ExportSlots } from './slots';

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

export interface ExportRouteOptions {
  /** The read transaction's time limit (the database ends it after this). */
  timeoutMs?: number;
  slots?: ExportSlots;
  /** A reader that takes nothing for this long is cut off. */
  writeTimeoutMs?: number;
}

export function exportRouter(graph: Graph, options: ExportRouteOptions = {}): Router {
  const writeTimeoutMs = options.writeTimeoutMs ?? DEFAULT_LIMITS.exportWriteTimeoutMs;
  const slots =
    options.slots ?? new ExportSlots(DEFAULT_LIMITS.exportMaxConcurrent, DEFAULT_LIMITS.exportQueue, writeTimeoutMs);
  const router = express.Router();
  router.get('/export/:file', async (req: Request<{ file: string }>, res: Response) => {
    const format = EXPORT_FILES[req.params.file];
    if (!format) {
      sendError(
        req,
        res,
        404,
        ErrorCode.NOT_FOUND,
        `No export named "${req.params.file}". Available: ${Object.keys(EXPORT_FILES).join(', ')}.`,
      );
      return;
    }
    let selection;
    try {
      selection = parseSelection(rawSelection(req.query));
    } catch (error) {
      sendDomainError(req, res, error);
      return;
    }
    // A client that went away while its export waited for a slot gives the slot on.
    let gone = false;
    res.once('close', () => (gone = true));
    const stream = async (): Promise<void> => {
      let exp;
      try {
        exp = await graph.circuit.run(() =>
          openExport(graph, selection, options.timeoutMs ?? DEFAULT_EXPORT_TIMEOUT_MS),
        );
      } catch (error) {
        sendDomainError(req, res, error);
        return;
      }
      try {
        // attachment() first: it sets a type from the extension, which type() then corrects.
        res.status(200).attachment(format.file).type(format.contentType);
        await format.write(exp, streamSink(res, { stallTimeoutMs: writeTimeoutMs }));
        res.end();
      } catch (error) {
        // A reader that went away or stalled is expected; anything else is worth a log line.
        if (!(error instanceof StalledReaderError) && !res.destroyed) {
          console.error(`export of ${format.file} failed after streaming began:`, error);
        }
        res.destroy(error as Error);
      } finally {
        await exp.close();
      }
    };
    try {
      await slots.run(stream, () => !gone && !res.headersSent);
    } catch (error) {
      sendDomainError(req, res, error);
    }
  });
  return router;
}
