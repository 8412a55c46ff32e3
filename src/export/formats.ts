/**
 * Streaming writers for the export formats. Each takes an open export and a
 * sink and writes elements as they arrive from the database: nothing but the
 * current element (and the column list) is held in memory.
 *
 * - node-link JSON: networkx's node_link_data layout with `links`
 *   (nx.node_link_graph(data, edges="links")); values stay JSON (lists are lists),
 *   and every node and link has an `evidence` list of its records.
 * - GraphML: typed <key> declarations (from the export summary) then nodes and
 *   edges; opens in networkx.read_graphml, Gephi and yEd. GraphML has no lists,
 *   so `evidence` is the records as a JSON string, like every other list.
 * - CSV: nodes.csv and edges.csv, with the evidence summary columns always
 *   present, and evidence.csv with one row per evidence record.
 *
 * Evidence records travel with their facts (./evidence.ts pairs them in batches);
 * they are never nodes of the exported graph.
 */
import { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { XMLBuilder } from 'fast-xml-parser';
import { toPlain } from '../graphql/values';
import { withEvidence } from './evidence';
import { ExportLink, ExportNode, OpenExport } from './reader';
import { describeSelection } from './selection';
import {
  AttrType,
  Column,
  displayName,
  EVIDENCE_FIELDS,
  EvidenceRecord,
  propertyColumns,
  textValue,
} from './properties';

/** Where an export goes: writes resolve once the chunk may be followed by the next. */
export interface Sink {
  write(chunk: string): Promise<void>;
}

/** Called once per element written, e.g. to advance a progress bar. */
export type OnElement = () => void;

/** What a sink throws when its reader stopped taking data for longer than the write timeout. */
export class StalledReaderError extends Error {
  constructor(ms: number) {
    super(`The reader took nothing for ${ms / 1000} s; the export was cut off.`);
    this.name = 'StalledReaderError';
  }
}

/**
 * A sink over a Node stream that honours backpressure, and fails (instead of
 * waiting forever) when the stream is closed under it, e.g. by an HTTP client
 * that went away, so the export stops reading and its transaction ends. With
 * `stallTimeoutMs`, a reader that drains nothing for that long is treated the same
 * way: the stream is destroyed and the write fails with StalledReaderError.
 * Every `yieldEveryBytes` written without waiting, it lets the event loop run.
 */
export function streamSink(out: Writable, options: { stallTimeoutMs?: number; yieldEveryBytes?: number } = {}): Sink {
  const yieldEvery = options.yieldEveryBytes ?? 64 * 1024;
  let sinceYield = 0;
  return {
    write(chunk: string): Promise<void> {
      if (out.destroyed || out.writableEnded) return Promise.reject(new Error('The output was closed.'));
      const accepted = out.write(chunk, 'utf8');
      sinceYield += chunk.length;
      if (accepted && sinceYield >= yieldEvery) {
        // Records arrive in batches and a writer that is never held back by backpressure would
        // turn a whole batch into text in one go: give other requests (GraphQL) their turn.
        sinceYield = 0;
        return new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (accepted) return Promise.resolve();
      sinceYield = 0;
      return new Promise<void>((resolve, reject) => {
        const timer =
          options.stallTimeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                const error = new StalledReaderError(options.stallTimeoutMs!);
                done(error);
                out.destroy(error);
              }, options.stallTimeoutMs);
        const done = (error?: Error): void => {
          clearTimeout(timer);
          out.off('drain', onDrain);
          out.off('close', onClose);
          out.off('error', done);
          if (error) reject(error);
          else resolve();
        };
        const onDrain = (): void => done();
        const onClose = (): void => done(new Error('The output was closed.'));
        out.on('drain', onDrain);
        out.on('close', onClose);
        out.on('error', done);
      });
    },
  };
}

/** Metadata written into the file's graph attributes. */
function graphAttributes(exp: OpenExport): Record<string, unknown> {
  return {
    name: 'bilateral-relations-graph',
    selection: describeSelection(exp.selection),
    nodeCount: exp.summary.nodes,
    linkCount: exp.summary.links,
  };
}

/** Copy properties into `target` without letting one overwrite a structural key. */
function assignProperties(
  target: Record<string, unknown>,
  props: Record<string, unknown>,
  structural: readonly string[],
): Record<string, unknown> {
  for (const [key, value] of Object.entries(props)) {
    if (key === 'id') continue;
    let name = key;
    while (name in target || structural.includes(name)) name = `${name}_property`;
    target[name] = toPlain(value);
  }
  return target;
}

// ---------------------------------------------------------------- node-link JSON

const NODE_JSON_KEYS = ['id', 'labels', 'evidence'] as const;
const LINK_JSON_KEYS = ['source', 'target', 'key', 'type', 'evidence'] as const;

export async function writeNodeLinkJson(exp: OpenExport, sink: Sink, onElement: OnElement = () => {}): Promise<void> {
  const head = { directed: true, multigraph: true, graph: graphAttributes(exp) };
  // The header without its closing brace, then the arrays element by element.
  await sink.write(JSON.stringify(head).slice(0, -1) + ',\n"nodes": [');
  let first = true;
  for await (const { element: node, evidence } of withEvidence(exp, exp.nodes())) {
    const out = assignProperties({ id: node.id, labels: node.labels }, node.props, NODE_JSON_KEYS);
    out.evidence = evidence;
    await sink.write((first ? '\n' : ',\n') + JSON.stringify(out));
    first = false;
    onElement();
  }
  await sink.write('\n],\n"links": [');
  first = true;
  for await (const { element: link, evidence } of withEvidence(exp, exp.links())) {
    const out = assignProperties(
      { source: link.source, target: link.target, key: link.id, type: link.type },
      link.props,
      LINK_JSON_KEYS,
    );
    out.evidence = evidence;
    await sink.write((first ? '\n' : ',\n') + JSON.stringify(out));
    first = false;
    onElement();
  }
  await sink.write('\n]}\n');
}

// ---------------------------------------------------------------------- GraphML

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/**
 * XML 1.0 cannot carry most control characters (nor lone surrogates), even
 * escaped. They are replaced with U+FFFD; JSON and CSV keep them.
 */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (s: string): string => s.replace(NOT_XML_CHAR, '\uFFFD');

/**
 * One element at a time through fast-xml-parser's builder, which escapes text and
 * attribute values (&, <, >, ", '). (xmlbuilder2's streaming builder was measured
 * at ~0.2 ms per element, too slow for large graphs.) Only the constant wrapper
 * tags around the stream are literal strings.
 */
const xmlBuilder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  suppressEmptyNode: true,
  format: true,
  indentBy: '  ',
});

interface GraphmlKey extends Column {
  id: string;
}

function graphmlKeys(prefix: string, structural: Column[], properties: Column[]): GraphmlKey[] {
  return [...structural, ...properties].map((c, i) => ({ ...c, id: `${prefix}${i}` }));
}

/** <data> children for the keys that have a value. */
function graphmlData(
  keys: GraphmlKey[],
  structural: Record<string, string>,
  props: Record<string, unknown>,
): { '@key': string; '#text': string }[] {
  const data = [];
  for (const k of keys) {
    const value = k.property === undefined ? structural[k.name] : textValue(props[k.property]);
    if (value !== undefined) data.push({ '@key': k.id, '#text': xmlText(value) });
  }
  return data;
}

export async function writeGraphml(exp: OpenExport, sink: Sink, onElement: OnElement = () => {}): Promise<void> {
  const string: AttrType = 'string';
  const nodeKeys = graphmlKeys(
    'n',
    [
      { name: 'label', type: string },
      { name: 'labels', type: string },
      { name: 'evidence', type: string },
    ],
    propertyColumns(exp.summary.nodeKeys, ['id', 'label', 'labels', 'evidence'], false),
  );
  const edgeKeys = graphmlKeys(
    'e',
    [
      { name: 'label', type: string },
      { name: 'type', type: string },
      { name: 'evidence', type: string },
    ],
    propertyColumns(exp.summary.linkKeys, ['id', 'label', 'type', 'evidence'], false),
  );
  const graphAttrs = Object.entries(graphAttributes(exp)).map(([name, value], i) => ({
    id: `g${i}`,
    name,
    type: typeof value === 'number' ? 'long' : 'string',
    value: String(value),
  }));
  const keyElements = [
    ...graphAttrs.map((k) => ({ ...k, for: 'graph' })),
    ...nodeKeys.map((k) => ({ ...k, for: 'node' })),
    ...edgeKeys.map((k) => ({ ...k, for: 'edge' })),
  ].map((k) => ({ '@id': k.id, '@for': k.for, '@attr.name': k.name, '@attr.type': k.type }));

  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">\n` +
      xmlBuilder.build({ key: keyElements }) +
      '<graph id="G" edgedefault="directed">\n' +
      xmlBuilder.build({ data: graphAttrs.map((k) => ({ '@key': k.id, '#text': xmlText(k.value) })) }),
  );
  for await (const { element: node, evidence } of withEvidence(exp, exp.nodes())) {
    const data = graphmlData(
      nodeKeys,
      { label: displayName(node.props, node.id), labels: node.labels.join(';'), evidence: JSON.stringify(evidence) },
      node.props,
    );
    await sink.write(xmlBuilder.build({ node: { '@id': xmlText(node.id), data } }));
    onElement();
  }
  for await (const { element: link, evidence } of withEvidence(exp, exp.links())) {
    const data = graphmlData(
      edgeKeys,
      { label: link.type, type: link.type, evidence: JSON.stringify(evidence) },
      link.props,
    );
    const edge = { '@id': xmlText(link.id), '@source': xmlText(link.source), '@target': xmlText(link.target), data };
    await sink.write(xmlBuilder.build({ edge }));
    onElement();
  }
  await sink.write('</graph>\n</graphml>\n');
}

// -------------------------------------------------------------------------- CSV

const csvLine = (values: (string | undefined)[]): string => stringify([values.map((v) => v ?? '')]);

function csvColumns(exp: OpenExport, which: 'nodes' | 'links'): Column[] {
  const string: AttrType = 'string';
  return which === 'nodes'
    ? [
        { name: 'id', type: string },
        { name: 'label', type: string },
        { name: 'labels', type: string },
        ...propertyColumns(exp.summary.nodeKeys, ['id', 'label', 'labels'], true),
      ]
    : [
        { name: 'id', type: string },
        { name: 'source', type: string },
        { name: 'target', type: string },
        { name: 'label', type: string },
        ...propertyColumns(exp.summary.linkKeys, ['id', 'source', 'target', 'label'], true),
      ];
}

/**
 * nodes.csv: id, label (display name), labels (;-separated), the evidence summary
 * columns, then every other property. Column names follow Gephi's spreadsheet
 * import (Id, Label).
 */
export async function writeNodesCsv(exp: OpenExport, sink: Sink, onElement: OnElement = () => {}): Promise<void> {
  const columns = csvColumns(exp, 'nodes');
  await sink.write(csvLine(columns.map((c) => c.name)));
  for await (const node of exp.nodes()) {
    await sink.write(csvLine(columns.map((c) => nodeCell(c, node))));
    onElement();
  }
}

/**
 * edges.csv: id, source, target, label (the relationship type: Gephi reads a
 * `Type` column as directed/undirected, so the type goes in Label), the
 * evidence summary columns, then every other property.
 */
export async function writeEdgesCsv(exp: OpenExport, sink: Sink, onElement: OnElement = () => {}): Promise<void> {
  const columns = csvColumns(exp, 'links');
  await sink.write(csvLine(columns.map((c) => c.name)));
  for await (const link of exp.links()) {
    await sink.write(csvLine(columns.map((c) => linkCell(c, link))));
    onElement();
  }
}

/**
 * evidence.csv: one row per evidence record of the selected nodes, then of the
 * selected relationships (EVIDENCE_FIELDS, in that order; `factId` joins to the
 * `id` of nodes.csv or edges.csv). `onElement` is called once per fact, so a
 * progress bar counts the same elements as for the other files.
 */
export async function writeEvidenceCsv(exp: OpenExport, sink: Sink, onElement: OnElement = () => {}): Promise<void> {
  await sink.write(csvLine([...EVIDENCE_FIELDS]));
  const row = (r: EvidenceRecord): string => csvLine(EVIDENCE_FIELDS.map((f) => textValue(r[f])));
  for (const facts of [exp.nodes(), exp.links()]) {
    for await (const { evidence } of withEvidence<{ id: string }>(exp, facts)) {
      if (evidence.length > 0) await sink.write(evidence.map(row).join(''));
      onElement();
    }
  }
}

function nodeCell(c: Column, node: ExportNode): string | undefined {
  if (c.property !== undefined) return textValue(node.props[c.property]);
  if (c.name === 'id') return node.id;
  if (c.name === 'label') return displayName(node.props, node.id);
  return node.labels.join(';');
}

function linkCell(c: Column, link: ExportLink): string | undefined {
  if (c.property !== undefined) return textValue(link.props[c.property]);
  if (c.name === 'id') return link.id;
  if (c.name === 'source') return link.source;
  if (c.name === 'target') return link.target;
  return link.type;
}

// ---------------------------------------------------------------------- registry

export interface ExportFormat {
  /** The file name it is served and saved as. */
  file: string;
  contentType: string;
  /** Which elements it goes through (one progress tick each): evidence.csv ticks per fact, not per record. */
  counts: 'nodes' | 'links' | 'both';
  write(exp: OpenExport, sink: Sink, onElement?: OnElement): Promise<void>;
}

export const EXPORT_FILES: Record<string, ExportFormat> = {
  'graph.json': {
    file: 'graph.json',
    contentType: 'application/json; charset=utf-8',
    counts: 'both',
    write: writeNodeLinkJson,
  },
  'graph.graphml': {
    file: 'graph.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    counts: 'both',
    write: writeGraphml,
  },
  'nodes.csv': { file: 'nodes.csv', contentType: 'text/csv; charset=utf-8', counts: 'nodes', write: writeNodesCsv },
  'edges.csv': { file: 'edges.csv', contentType: 'text/csv; charset=utf-8', counts: 'links', write: writeEdgesCsv },
  'evidence.csv': {
    file: 'evidence.csv',
    contentType: 'text/csv; charset=utf-8',
    counts: 'both',
    write: writeEvidenceCsv,
  },
};

/** How many elements a format writes for an export (a progress bar's total). */
export function elementTotal(format: ExportFormat, exp: OpenExport): number {
  const { nodes, links } = exp.summary;
  return format.counts === 'nodes' ? nodes : format.counts === 'links' ? links : nodes + links;
}
