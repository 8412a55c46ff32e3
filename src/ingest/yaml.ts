/**
 * Reading a source file (YAML) so that every later message can name the line it is about:
 * the parsed data plus a function from a path in the data (`['statements', 3, 'evidence', 0,
 * 'excerpt']`) to the 1-based line of that key or item in the file.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, Node, parseDocument } from 'yaml';

export type DataPath = readonly (string | number)[];

export interface ParsedYaml {
  /** The document as plain JavaScript values (undefined when the YAML could not be read). */
  data: unknown;
  /** The line of the deepest element of `path` present in the file (the key's line for a mapping entry). */
  lineOf(path: DataPath): number;
  /** Syntax errors (duplicate keys, bad indentation…), each with its line. */
  syntaxErrors: { line: number; message: string }[];
}

export function parseYaml(content: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // Core schema: `2021-05-10` stays a string (the format's dates are strings), `0.9` a number.
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

  const syntaxErrors = [...doc.errors, ...doc.warnings].map((e) => ({
    line: lineAt(e.pos[0]),
    message: e.message.split('\n')[0]!,
  }));

  const lineOf = (path: DataPath): number => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0];
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        offset = (node as Node).range?.[0] ?? offset;
      } else break;
    }
    return lineAt(offset);
  };

  return { data: doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }), lineOf, syntaxErrors };
}
