/** A problem with the input or the load, naming where it is and what to do. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'LoadError';
  }
}
