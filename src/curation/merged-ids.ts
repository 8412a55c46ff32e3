/**
 * The old id of a merged entity keeps resolving: entity look-ups that miss ask here for the
 * survivor (following chains of merges), so entity(id:), a relationship's ends and every
 * other look-up through the entity loader answer with the entity the id now belongs to.
 */
import { Graph } from '../db/driver';
import { curation, entity } from '../db/queries';
import { EntityRecord, toEntity } from '../graphql/model';

const MAX_CHAIN = 10;

/** For each id that was merged: the survivor's record (ids never merged are absent). */
export async function survivorsOf(graph: Graph, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const into = new Map<string, string>(); // original id → where it points now
  let open = [...ids];
  for (let hop = 0; hop < MAX_CHAIN && open.length; hop++) {
    const rows = await graph.read(curation.mergedInto, { ids: open });
    const next = new Map(rows.map((r) => [r.id, r.into]));
    for (const id of ids) {
      const at = into.get(id) ?? id;
      if (next.has(at)) into.set(id, next.get(at)!);
    }
    open = [...new Set(rows.map((r) => r.into))];
  }
  if (!into.size) return new Map();
  const rows = await graph.read(entity.byIds, { ids: [...new Set(into.values())] });
  const found = new Map(rows.map((r) => [String(r.id), toEntity(r)]));
  const out = new Map<string, EntityRecord>();
  for (const [id, survivor] of into) {
    const record = found.get(survivor);
    if (record) out.set(id, record);
  }
  return out;
}
