/**
 * From the query a client sends (written for Neptune, whose ids are strings) to the
 * query Neo4j runs, on the parse tree of Neo4j's own grammar:
 *
 * - refuses anything but one read query: updating clauses (CREATE, MERGE, SET,
 *   DELETE, REMOVE, FOREACH, INSERT) are ReadOnlyViolationException; procedure calls,
 *   LOAD CSV, USE, CALL … IN TRANSACTIONS and administration commands are
 *   UnsupportedOperationException. (The read transaction the query then runs in is
 *   the guarantee; this is the early, clear answer.)
 * - `id(x)` becomes the graph's own stable id, `coalesce(x.id, elementId(x))`: the
 *   `id` property every entity, source and relationship has, and the element id for
 *   anything without one, exactly as `~id` is reported (./values.ts). So
 *   `id(v) = "person:lopez-obrador"`, `ID(v) IN [...]`, `toString(id(v)) CONTAINS …`
 *   and `ORDER BY toInteger(ID(tgt))` mean what graph-explorer means by them.
 * - `labels(x)` shows what `~labels` shows (./labels.ts: no structural `Entity`).
 * - a node pattern that names no label gets `:!Hidden` (./labels.ts HIDDEN_LABELS),
 *   so internal records never show up unless asked for by label; one that names
 *   labels gets `:(its labels)&!Secret` (SECRET_LABELS), so the service's own records
 *   (API keys) never match, whatever the query names.
 *
 * The rewrite copies the original text between the tokens it keeps, so string
 * literals, escaped names and comments are never touched; an unnamed column whose
 * expression was rewritten is named by the text the client wrote (`RETURN id(v)`
 * still answers a column `id(v)`).
 */
import { ParserRuleContext, ParseTree, TerminalNode } from 'antlr4ng';
import { LRUCache } from 'lru-cache';
import {
  CallClauseContext,
  CommandContext,
  ComposableCommandClausesContext,
  CreateClauseContext,
  DeleteClauseContext,
  ForeachClauseContext,
  FunctionInvocationContext,
  InsertClauseContext,
  LabelExpressionContext,
  LoadCSVClauseContext,
  LocalDefinitionContext,
  MergeClauseContext,
  NodePatternContext,
  RemoveClauseContext,
  ReturnItemContext,
  SetClauseContext,
  StatementsContext,
  SubqueryInTransactionsParametersContext,
  UseClauseContext,
} from './parser/generated/Cypher25Parser';
import { OpenCypherError, OpenCypherErrorCode, badRequest } from './errors';
import { HIDDEN_LABELS, SECRET_LABELS, STRUCTURAL_LABELS } from './labels';
import { parseQuery } from './parse';

const WRITES: [new (...args: never[]) => ParserRuleContext, string][] = [
  [CreateClauseContext, 'CREATE'],
  [InsertClauseContext, 'INSERT'],
  [MergeClauseContext, 'MERGE'],
  [SetClauseContext, 'SET'],
  [DeleteClauseContext, 'DELETE'],
  [RemoveClauseContext, 'REMOVE'],
  [ForeachClauseContext, 'FOREACH'],
];

const UNSUPPORTED: [new (...args: never[]) => ParserRuleContext, string][] = [
  [CallClauseContext, 'Procedure calls (CALL name(...)) are'],
  [LoadCSVClauseContext, 'LOAD CSV is'],
  [UseClauseContext, 'USE is'],
  [SubqueryInTransactionsParametersContext, 'CALL { ... } IN TRANSACTIONS is'],
  [CommandContext, 'Administration commands are'],
  [ComposableCommandClausesContext, 'SHOW and TERMINATE commands are'],
  [LocalDefinitionContext, 'DEFINE is'],
];

/** A name as Cypher writes it, in backticks (a backtick inside is doubled). */
const quoteName = (name: string): string => '`' + name.replaceAll('`', '``') + '`';
const listOf = (names: readonly string[]): string =>
  '[' + names.map((n) => `'${n.replaceAll("'", "\\'")}'`).join(', ') + ']';

/** The label expression added to node patterns without one: `:!Evidence` or `:!(A|B)`. */
function hiddenLabelExpression(): string {
  if (HIDDEN_LABELS.length === 0) return '';
  if (HIDDEN_LABELS.length === 1) return `:!${quoteName(HIDDEN_LABELS[0]!)}`;
  return `:!(${HIDDEN_LABELS.map(quoteName).join('|')})`;
}

function refuseNonReads(node: ParseTree): void {
  if (!(node instanceof ParserRuleContext)) return;
  for (const [type, clause] of WRITES) {
    if (node instanceof type) {
      throw new OpenCypherError(
        OpenCypherErrorCode.ReadOnlyViolation,
        `This endpoint is read-only: ${clause} is not allowed. Nothing was changed.`,
      );
    }
  }
  for (const [type, what] of UNSUPPORTED) {
    if (node instanceof type) {
      throw new OpenCypherError(
        OpenCypherErrorCode.UnsupportedOperation,
        `${what} not available through this endpoint; it runs read queries (MATCH … RETURN).`,
      );
    }
  }
  for (const child of node.children) refuseNonReads(child);
}

/** The single-argument, namespace-free, non-DISTINCT call of `name` (case-insensitive), or undefined. */
function plainCall(ctx: FunctionInvocationContext, name: string): ParseTree | undefined {
  const fn = ctx.functionName();
  if (fn.namespace().getText() !== '' || fn.symbolicNameString().getText().toLowerCase() !== name) return undefined;
  if (ctx.DISTINCT() !== null || ctx.ALL() !== null) return undefined;
  const args = ctx.functionArgument();
  return args.length === 1 ? args[0] : undefined;
}

class Rewriter {
  constructor(private readonly text: string) {}

  private start(node: ParseTree): number {
    return node instanceof TerminalNode ? node.symbol.start : (node as ParserRuleContext).start!.start;
  }

  private stop(node: ParseTree): number {
    return node instanceof TerminalNode ? node.symbol.stop : (node as ParserRuleContext).stop!.stop;
  }

  /** The text of a node with its rewritten descendants, keeping the original text between children. */
  render(node: ParseTree): string {
    if (node instanceof TerminalNode) {
      return node.symbol.type === -1 ? '' : this.text.slice(node.symbol.start, node.symbol.stop + 1);
    }
    if (node instanceof FunctionInvocationContext) {
      const idArg = plainCall(node, 'id');
      if (idArg) {
        const arg = this.render(idArg);
        return `coalesce((${arg}).id, elementId(${arg}))`;
      }
      const labelsArg = plainCall(node, 'labels');
      if (labelsArg && STRUCTURAL_LABELS.length > 0) {
        const arg = this.render(labelsArg);
        const structural = listOf(STRUCTURAL_LABELS);
        return (
          `[__label IN labels(${arg}) WHERE NOT __label IN ${structural}` +
          ` OR all(__other IN labels(${arg}) WHERE __other IN ${structural})]`
        );
      }
    }
    const ctx = node as ParserRuleContext;
    if (ctx.children.length === 0) return '';
    if (ctx instanceof ReturnItemContext && ctx.AS() === null) {
      // An unnamed column is named by its text: keep the name the client wrote, not the rewrite's.
      const written = this.text.slice(this.start(ctx), this.stop(ctx) + 1);
      const rendered = this.render(ctx.expression());
      return rendered === written ? written : `${rendered} AS ${quoteName(written)}`;
    }
    if (ctx instanceof LabelExpressionContext && ctx.parent instanceof NodePatternContext && SECRET_LABELS.length > 0) {
      const inner = ctx.labelExpression4();
      const secret = SECRET_LABELS.map((l) => `&!${quoteName(l)}`).join('');
      return `${this.text.slice(this.start(ctx), this.start(inner))}(${this.render(inner)})${secret}`;
    }
    let out = '';
    let pos = this.start(ctx);
    const addHidden = ctx instanceof NodePatternContext && ctx.labelExpression() === null;
    for (const [i, child] of ctx.children.entries()) {
      // EOF, and rules that matched nothing (an empty namespace): no text, and their bounds are not theirs.
      if (
        child instanceof TerminalNode ? child.symbol.type === -1 : (child as ParserRuleContext).children.length === 0
      ) {
        continue;
      }
      out += this.text.slice(pos, this.start(child)) + this.render(child);
      pos = this.stop(child) + 1;
      // After `(` or `(variable`: where a label expression goes.
      if (
        addHidden &&
        (i === 0 ? !(ctx.children[1] && ctx.variable() === ctx.children[1]) : child === ctx.variable())
      ) {
        out += hiddenLabelExpression();
      }
    }
    return out + this.text.slice(pos, this.stop(ctx) + 1);
  }
}

function statementCount(tree: StatementsContext): number {
  return tree.statement().length;
}

/**
 * Rewrites of recent queries. Parsing costs milliseconds to a good part of a second
 * (graph-explorer's batched schema queries run to several kB), and the app sends the
 * same schema and count queries again on every schema sync.
 */
const recent = new LRUCache<string, string>({
  max: 500,
  maxSize: 5_000_000,
  sizeCalculation: (rewritten, text) => rewritten.length + text.length,
});

/** Check that a query only reads, and translate it for Neo4j (see the module comment). */
export function rewriteQuery(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const rewritten = rewrite(text);
  recent.set(text, rewritten);
  return rewritten;
}

function rewrite(text: string): string {
  if (text.trim() === '') throw badRequest('The query is empty.');
  const { tree } = parseQuery(text);
  if (statementCount(tree) !== 1) throw badRequest('Send one query per request (no ";" between statements).');
  refuseNonReads(tree);
  const statement = tree.statement(0)!;
  const rewriter = new Rewriter(text);
  return rewriter.render(statement);
}
