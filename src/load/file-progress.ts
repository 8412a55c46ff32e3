import type fs from 'node:fs';
import type { Checkpoint } from './checkpoint';

/**
 * Per input file, the batches sent and committed: the checkpoint moves only over a run of
 * committed batches with nothing uncommitted before them, however the parallel transactions finish.
 */
export class FileProgress {
  private sent = 0;
  private next = 0;
  private readonly committed = new Map<number, number>();
  private lastLine = -1;

  constructor(
    private readonly name: string,
    private readonly stat: fs.Stats,
    private readonly checkpoint: Pick<Checkpoint, 'save'>,
  ) {}

  /** The sequence number of a batch about to be sent. */
  send(): number {
    return this.sent++;
  }

  commit(seq: number, endLine: number): void {
    this.committed.set(seq, endLine);
    let line: number | undefined;
    while (this.committed.has(this.next)) {
      line = this.committed.get(this.next)!;
      this.committed.delete(this.next++);
    }
    if (line !== undefined) this.save(line);
  }

  /** The whole file has been read (`lines` lines) and sent. */
  finish(lines: number): void {
    this.lastLine = lines;
    this.save(lines);
  }

  private save(line: number): void {
    const done = this.lastLine >= 0 && this.next === this.sent;
    if (done) this.checkpoint.save(this.name, this.stat, this.lastLine, true);
    else if (this.lastLine < 0 || line < this.lastLine) this.checkpoint.save(this.name, this.stat, line, false);
  }
}
