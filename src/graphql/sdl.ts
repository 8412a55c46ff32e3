/**
 * The SDL as the service serves it: every `schema/*.graphql` file, with two things
 * filled in when the schema is built so that they are written only once.
 *
 *   - `@limit(range: "pathK")` on an argument: its default value and the "(min-max)"
 *     range in its description come from ARGUMENT_RANGES in src/shared/limits.ts, the module
 *     the resolvers validate against and the explorer builds its controls from.
 *   - `type Person implements Entity { … }`: the fields of the Entity interface are
 *     copied into every type that implements it (GraphQL requires an implementing
 *     type to repeat them; here the interface is their one written copy).
 *
 * The printed result (printedSchema) is what introspection shows and what GraphQL
 * Code Generator reads (npm run codegen).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  ArgumentNode,
  buildASTSchema,
  concatAST,
  DocumentNode,
  FieldDefinitionNode,
  InputValueDefinitionNode,
  Kind,
  ObjectTypeDefinitionNode,
  parse,
  printSchema,
  StringValueNode,
  visit,
} from 'graphql';
import { PROJECT_ROOT } from '../config';
import { IntRange, ARGUMENT_RANGES } from '../shared/limits';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The schema files as written, in file-name order. */
export function loadTypeDefs(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}

/** A directive's string argument on a definition node, if the directive is there. */
export function directiveArg(
  node: { directives?: readonly { name: { value: string }; arguments?: readonly ArgumentNode[] }[] },
  directive: string,
  argument: string,
): string | undefined {
  const d = node.directives?.find((x) => x.name.value === directive);
  const a = d?.arguments?.find((x) => x.name.value === argument);
  if (!a) return undefined;
  return a.value.kind === Kind.STRING || a.value.kind === Kind.ENUM ? a.value.value : undefined;
}

export const hasDirective = (node: { directives?: readonly { name: { value: string } }[] }, name: string): boolean =>
  Boolean(node.directives?.some((d) => d.name.value === name));

/** "Page size." + {min 1, max 100} → "Page size (1-100)." */
function withRange(description: string, range: IntRange): string {
  const text = description.trim().replace(/\.$/, '');
  return `${text} (${range.min}-${range.max}).`;
}

function applyLimit(arg: InputValueDefinitionNode): InputValueDefinitionNode {
  const key = directiveArg(arg, 'limit', 'range');
  if (key === undefined) return arg;
  const range = (ARGUMENT_RANGES as Record<string, IntRange>)[key];
  if (!range)
    throw new Error(`@limit(range: "${key}") on argument ${arg.name.value}: no such entry in ARGUMENT_RANGES`);
  if (arg.defaultValue) throw new Error(`argument ${arg.name.value} has @limit and a written default: give one`);
  const description: StringValueNode = {
    kind: Kind.STRING,
    value: withRange(arg.description?.value ?? '', range),
    block: false,
  };
  return { ...arg, description, defaultValue: { kind: Kind.INT, value: String(range.default) } };
}

/** The document the service builds its schema from: every file, limits and interface fields filled in. */
export function buildTypeDefs(sources: string[] = loadTypeDefs()): DocumentNode {
  const doc = concatAST(sources.map((s) => parse(s)));
  // An interface's fields as written: its definition's, then those of any `extend interface`
  // (curation.graphql extends Entity), so the copies below include the extensions too.
  const interfaces = new Map<string, readonly FieldDefinitionNode[]>();
  for (const def of doc.definitions) {
    if (def.kind === Kind.INTERFACE_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_EXTENSION) {
      interfaces.set(def.name.value, [...(interfaces.get(def.name.value) ?? []), ...(def.fields ?? [])]);
    }
  }
  return visit(doc, {
    InputValueDefinition: (node) => applyLimit(node),
    ObjectTypeDefinition: {
      leave(node: ObjectTypeDefinitionNode) {
        const own = node.fields ?? [];
        const inherited: FieldDefinitionNode[] = [];
        for (const i of node.interfaces ?? []) {
          const iface = interfaces.get(i.name.value);
          for (const f of iface ?? []) {
            if (!own.some((o) => o.name.value === f.name.value) && !inherited.some((x) => x.name === f.name)) {
              // `interfaces` holds the nodes as written, so the copy's @limit arguments are filled here.
              inherited.push({ ...f, arguments: f.arguments?.map(applyLimit) });
            }
          }
        }
        return inherited.length ? { ...node, fields: [...inherited, ...own] } : node;
      },
    },
  });
}

/** The complete schema as SDL, as introspection shows it (the input of npm run codegen). */
export function printedSchema(): string {
  return printSchema(buildASTSchema(buildTypeDefs()));
}
