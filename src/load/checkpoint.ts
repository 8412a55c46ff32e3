/**
 * The bulk loader's checkpoint: for each input file, how many lines are committed to the
 * database. It is written only after a batch's transaction has committed, by writing a
 * temporary file and renaming it over the old one (atomic on POSIX), so a loader killed
 * at any instant — SIGKILL included — leaves either the old or the new checkpoint, never a
 * torn one. The worst case is a batch committed but not yet recorded: the rerun loads it
 * again, and MERGE on ids makes that harmless.
 */
import fs from 'node:fs';

export interface FileCheckpoint {
  /** Lines of the file (1-based count) whose records are committed. */
  lines: number;
  /** The file's size and modification time when it was checkpointed; a change restarts it. */
  size: number;
  mtimeMs: number;
  done: boolean;
}

interface CheckpointData {
  version: 1;
  /** Where the data went (URI and database): a checkpoint is void against another database. */
  target: string;
  files: Record<string, FileCheckpoint>;
}

export class Checkpoint {
  private data: CheckpointData;

  private constructor(
    readonly file: string,
    data: CheckpointData,
    /** Why an existing checkpoint was not used, if one was found and discarded. */
    readonly discarded?: string,
  ) {
    this.data = data;
  }

  /** Open the checkpoint at `file` for `target`; a missing, unreadable or foreign one starts afresh. */
  static open(file: string, target: string, restart: boolean): Checkpoint {
    const fresh: CheckpointData = { version: 1, target, files: {} };
    if (restart || !fs.existsSync(file)) return new Checkpoint(file, fresh);
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CheckpointData;
      if (data.version !== 1 || typeof data.files !== 'object') {
        return new Checkpoint(file, fresh, 'it is not a checkpoint this loader wrote');
      }
      if (data.target !== target) {
        return new Checkpoint(file, fresh, `it records a load into ${data.target}, not ${target}`);
      }
      return new Checkpoint(file, data);
    } catch (error) {
      return new Checkpoint(file, fresh, `it could not be read (${(error as Error).message})`);
    }
  }

  /** Lines of `name` already committed, or 0 when the file changed since (it is then reloaded whole). */
  resumeAt(name: string, stat: fs.Stats): { lines: number; done: boolean; changed: boolean } {
    const entry = this.data.files[name];
    if (!entry) return { lines: 0, done: false, changed: false };
    if (entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) return { lines: 0, done: false, changed: true };
    return { lines: entry.lines, done: entry.done, changed: false };
  }

  /** Record committed progress. Call only after the transaction holding those lines has committed. */
  save(name: string, stat: fs.Stats, lines: number, done: boolean): void {
    this.data.files[name] = { lines, size: stat.size, mtimeMs: stat.mtimeMs, done };
    const tmp = `${this.file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 1) + '\n');
    fs.renameSync(tmp, this.file);
  }
}
