/**
 * What an entity is called, written once: by the API (Entity.name, search candidates), its
 * sentences, the exports' node labels, and (through the API's `name`) the explorer page.
 * Stored names are plain properties; an entity without a `name` may have a `title` (offices).
 */

/** The properties that name an entity, in the order they are preferred. */
const NAME_PROPERTIES = ['name', 'title'] as const;

/** What a node without a name is about, for a label in a file (a statistic's metric, a quote's text). */
const LABEL_FALLBACKS = ['metric', 'text'] as const;

function firstText(props: Readonly<Record<string, unknown>>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = props[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** An entity's name: its name, else its title, else its id. */
export function entityName(props: Readonly<Record<string, unknown>>, id: string): string {
  return firstText(props, NAME_PROPERTIES) ?? id;
}

/**
 * A node's label where a person reads the id-less file (Gephi, yEd, a spreadsheet): its name as
 * entityName gives it, else what it is about, else its id.
 */
export function nodeLabel(props: Readonly<Record<string, unknown>>, id: string): string {
  return firstText(props, [...NAME_PROPERTIES, ...LABEL_FALLBACKS]) ?? id;
}
