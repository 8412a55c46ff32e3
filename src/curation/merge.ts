/**
 * Merging two entities that are the same actor (as LittleSis does), and undoing a merge.
 *
 * Merge `merged` into `survivor`, in one transaction:
 * - every relationship of `merged` moves to `survivor` (same id, same properties); one the
 *   survivor already has (same type, other end and role) is not duplicated: the moved one's
 *   evidence goes to the survivor's, and the moved one is retracted as "merged into" it; one
 *   between the two entities is retracted (it would link the actor to itself);
 * - `merged`'s own evidence moves to `survivor` (factId); a record the survivor already has
 *   (same source and excerpt place) is retracted as a duplicate;
 * - `merged`'s name and aliases become aliases of `survivor`;
 * - `merged` is kept as :Merged {mergedInto}: entity(id) of its id answers with the survivor.
 * Every element's before/after is journalled; the undo restores the befores, provided no
 * element has changed since the merge (else CONFLICT: undo by hand).
 */
import { ManagedTransaction } from 'neo4j-driver';
import { Principal } from '../auth/principal';
import { curation } from '../db/queries';
import { runQuery } from '../db/query';
import { badInput, DomainError, ErrorCode, notFound } from '../errors';
import { Props } from '../graphql/values';
import { ChangeEntry } from './journal';
import { CurationEnv, requireReason, retraction, runWrite, WriteOutcome } from './operations';
import {
  ElementState,
  EntityState,
  entityLabel,
  EvidenceState,
  isActiveEntity,
  parseState,
  RelationshipState,
} from './state';
import {
  archiveRelationships,
  checkVersion,
  diff,
  evidenceByIds,
  evidenceOf,
  lockEntities,
  lockRelationships,
  moveRelationships,
  putEntity,
  putEvidence,
  refreshSummaries,
  relationshipsOf,
  setRelationships,
  unarchiveRelationships,
  versionOf,
} from './store';

export interface MergeInput {
  survivorId: string;
  mergedId: string;
  reason: string;
  survivorVersion?: number | null;
  mergedVersion?: number | null;
}

const sameRole = (a: Props, b: Props) => JSON.stringify(a.role ?? null) === JSON.stringify(b.role ?? null);
const uniq = (xs: string[]) => [...new Set(xs)];

export function mergeEntities(env: CurationEnv, principal: Principal, input: MergeInput): Promise<WriteOutcome> {
  const reason = requireReason(input.reason, 'a merge');
  if (input.survivorId === input.mergedId)
    throw badInput('input.mergedId: an entity cannot be merged into itself', 'input');
  return runWrite(env, 'mergeEntities', principal, reason, async (tx, changes) => {
    const locked = await lockEntities(tx, [input.survivorId, input.mergedId]);
    const S = locked.get(input.survivorId);
    const L = locked.get(input.mergedId);
    if (!S) throw notFound('entity', input.survivorId);
    if (!L) throw notFound('entity', input.mergedId);
    for (const [e, arg] of [
      [S, 'survivorId'],
      [L, 'mergedId'],
    ] as const) {
      if (!isActiveEntity(e)) {
        throw badInput(
          `input.${arg}: ${e.id} is ${e.labels.includes('Merged') ? 'merged already' : 'retracted'}`,
          'input',
        );
      }
    }
    if (entityLabel(S) !== entityLabel(L)) {
      throw badInput(
        `input.mergedId: ${L.id} is a ${entityLabel(L)} and ${S.id} a ${entityLabel(S)}: only records of the same kind of actor are merged`,
        'input',
      );
    }
    checkVersion(S.id, S.props, input.survivorVersion, 'entity');
    checkVersion(L.id, L.props, input.mergedVersion, 'entity');

    const [lRels, sRels] = [await relationshipsOf(tx, [L.id]), await relationshipsOf(tx, [S.id])];
    const evidence = await evidenceOf(tx, uniq([L.id, S.id, ...lRels.map((r) => r.id), ...sRels.map((r) => r.id)]));
    const evidenceFor = (id: string) => evidence.get(id) ?? [];
    const at = (id: string) => (id === L.id ? S.id : id);
    const stamp = retraction(principal, reason);

    /** Where in which source a record's excerpt is: two records of one fact at one place are one reading. */
    const place = (e: EvidenceState) =>
      `${String(e.props.sourceId)}|${String(e.props.textStart)}-${String(e.props.textEnd)}`;
    /** The retraction of a moved record that the fact it moves to already has (same source, same excerpt place). */
    const duplicateOf = (e: EvidenceState, places: Set<string>, factId: string): Props =>
      !e.props.retractedAt && e.props.textStart !== undefined && places.has(place(e))
        ? { ...stamp, retractionReason: `${reason} (merge: the same excerpt is evidence for ${factId})` }
        : {};

    const moves: { rel: RelationshipState; newFrom: string; newTo: string }[] = [];
    const archived: { rel: RelationshipState; set: Props }[] = [];
    const evidenceSets = new Map<string, { before: EvidenceState; set: Props }>();
    const setEvidence = (e: EvidenceState, set: Props) =>
      evidenceSets.set(e.id, { before: e, set: { ...(evidenceSets.get(e.id)?.set ?? {}), ...set } });
    const touchedSurvivorRels = new Map<string, RelationshipState>();

    for (const rel of lRels) {
      const [newFrom, newTo] = [at(rel.from), at(rel.to)];
      if (newFrom === newTo) {
        archived.push({ rel, set: { ...stamp, retractionReason: `${reason} (merge: it linked ${L.id} to ${S.id})` } });
        for (const e of evidenceFor(rel.id)) if (!e.props.retractedAt) setEvidence(e, stamp);
        continue;
      }
      const twin = sRels.find(
        (r) => r.type === rel.type && r.from === newFrom && r.to === newTo && sameRole(r.props, rel.props),
      );
      if (twin) {
        archived.push({ rel, set: { ...stamp, mergedInto: twin.id } });
        touchedSurvivorRels.set(twin.id, twin);
        const twinPlaces = new Set(
          evidenceFor(twin.id)
            .filter((e) => !e.props.retractedAt)
            .map(place),
        );
        for (const e of evidenceFor(rel.id)) {
          setEvidence(e, {
            factId: twin.id,
            factFrom: twin.from,
            factTo: twin.to,
            ...duplicateOf(e, twinPlaces, twin.id),
          });
        }
      } else {
        moves.push({ rel, newFrom, newTo });
        for (const e of evidenceFor(rel.id)) setEvidence(e, { factFrom: newFrom, factTo: newTo });
      }
    }
    // The merged entity's own evidence; a record the survivor already has is a duplicate.
    const survivorPlaces = new Set(
      evidenceFor(S.id)
        .filter((e) => !e.props.retractedAt)
        .map(place),
    );
    for (const e of evidenceFor(L.id)) setEvidence(e, { factId: S.id, ...duplicateOf(e, survivorPlaces, S.id) });

    // Write: relationships, evidence, the two entities, then the summaries of every fact touched.
    await moveRelationships(
      tx,
      moves.map(({ rel, newFrom, newTo }) => ({
        id: rel.id,
        from: rel.from,
        to: rel.to,
        newFrom,
        newTo,
        set: { version: versionOf(rel.props) + 1 },
      })),
    );
    await archiveRelationships(
      tx,
      archived.map(({ rel, set }) => ({
        id: rel.id,
        from: rel.from,
        to: rel.to,
        set: { ...set, version: versionOf(rel.props) + 1 },
      })),
    );
    await putEvidence(
      tx,
      [...evidenceSets.values()].map(({ before, set }) => ({ id: before.id, set })),
    );
    const aliases = uniq([
      ...((S.props.aliases as string[] | undefined) ?? []),
      String(L.props.name),
      ...((L.props.aliases as string[] | undefined) ?? []),
    ]).filter((a) => a !== S.props.name);
    await putEntity(tx, S.id, S.labels, { aliases, version: versionOf(S.props) + 1 });
    await putEntity(tx, L.id, ['Merged'], {
      mergedInto: S.id,
      mergedAt: stamp.retractedAt,
      mergedBy: principal.holder,
      mergedLabels: L.labels,
      version: versionOf(L.props) + 1,
    });
    const survivorFacts = [
      { id: S.id, from: null, to: null },
      ...[...touchedSurvivorRels.values()].map((r) => ({ id: r.id, from: r.from, to: r.to })),
      ...moves.map(({ rel, newFrom, newTo }) => ({ id: rel.id, from: newFrom, to: newTo })),
    ];
    await refreshSummaries(tx, survivorFacts);
    await setRelationships(
      tx,
      [...touchedSurvivorRels.values()].map((r) => ({
        id: r.id,
        from: r.from,
        to: r.to,
        set: { version: versionOf(r.props) + 1 },
      })),
    );

    // Journal every element's before and after.
    const entitiesAfter = await lockEntities(tx, [S.id, L.id]);
    const relsAfter = await lockRelationships(tx, [
      ...moves.map(({ rel, newFrom, newTo }) => ({ id: rel.id, from: newFrom, to: newTo })),
      ...[...touchedSurvivorRels.values()].map((r) => ({ id: r.id, from: r.from, to: r.to })),
    ]);
    const evidenceAfter = await evidenceByIds(tx, [...evidenceSets.keys()]);
    changes.record('entity', L.id, L, entitiesAfter.get(L.id)!, {
      relationships: lRels.map((r) => r.id),
      evidence: [...evidenceSets.keys()],
    });
    changes.record('entity', S.id, S, entitiesAfter.get(S.id)!);
    for (const { rel } of moves) changes.record('relationship', rel.id, rel, relsAfter.get(rel.id)!);
    for (const { rel, set } of archived) {
      changes.record('relationship', rel.id, rel, {
        ...rel,
        props: { ...rel.props, ...set, version: versionOf(rel.props) + 1 },
        retracted: true,
      });
    }
    for (const r of touchedSurvivorRels.values()) changes.record('relationship', r.id, r, relsAfter.get(r.id)!);
    for (const { before } of evidenceSets.values())
      changes.record('evidence', before.id, before, evidenceAfter.get(before.id)!);
    return { entityId: S.id, evidenceIds: [] };
  });
}

export interface UndoMergeInput {
  changeId: string;
  reason: string;
}

/** The state an element is in now, read under its lock. */
async function currentState(tx: ManagedTransaction, was: ElementState): Promise<ElementState | null> {
  if (was.kind === 'entity') return (await lockEntities(tx, [was.id])).get(was.id) ?? null;
  if (was.kind === 'evidence') return (await evidenceByIds(tx, [was.id])).get(was.id) ?? null;
  // A relationship the merge retracted takes no writes since (retracted elements are frozen).
  if (was.retracted) return was;
  return (await lockRelationships(tx, [{ id: was.id, from: was.from, to: was.to }])).get(was.id) ?? null;
}

const versionText = (s: ElementState | null) =>
  s === null ? 'absent' : `version ${s.kind === 'evidence' ? JSON.stringify(s.props.factId) : versionOf(s.props)}`;

export function undoMerge(env: CurationEnv, principal: Principal, input: UndoMergeInput): Promise<WriteOutcome> {
  const reason = requireReason(input.reason, 'an undo');
  return runWrite(
    env,
    'undoMerge',
    principal,
    reason,
    async (tx, changes) => {
      const entries = (await runQuery(tx, curation.changeSet, { changeId: input.changeId })).map(
        (r) => r.change as ChangeEntry,
      );
      if (!entries.length) throw notFound('change', input.changeId);
      if (entries[0]!.operation !== 'mergeEntities') {
        throw badInput(`input.changeId: ${input.changeId} is a ${entries[0]!.operation}, not a merge`, 'input');
      }
      const [undone] = await runQuery(tx, curation.undone, { changeId: input.changeId });
      if (undone?.undoneBy) {
        throw badInput(`input.changeId: this merge was undone already (change ${String(undone.undoneBy)})`, 'input');
      }
      const steps = entries.map((e) => ({ before: parseState(e.before)!, after: parseState(e.after)! }));

      // Everything must still be as the merge left it.
      for (const { after } of steps) {
        const now = await currentState(tx, after);
        const same =
          now !== null &&
          (after.kind === 'evidence'
            ? JSON.stringify(now.props.factId) === JSON.stringify(after.props.factId) &&
              JSON.stringify(now.props.retractedAt ?? null) === JSON.stringify(after.props.retractedAt ?? null)
            : versionOf(now.props) === versionOf(after.props));
        if (!same) {
          throw new DomainError(
            ErrorCode.CONFLICT,
            `${after.id} has changed since the merge (${versionText(after)} then, ${versionText(now)} now); ` +
              'the merge cannot be undone automatically. Nothing was written.',
            { id: after.id },
          );
        }
      }

      const bump = (s: ElementState) => ({ version: versionOf(s.props) + 1 });
      const restoreSet = (before: ElementState, after: ElementState): Props => {
        const set = diff(after.props, before.props);
        delete set.version;
        return set;
      };
      // Entities first (the merged one becomes an :Entity again), then relationships, then evidence.
      for (const { before, after } of steps) {
        if (before.kind !== 'entity' || after.kind !== 'entity') continue;
        await putEntity(tx, before.id, before.labels, {
          ...restoreSet(before, after),
          ...bump(after),
        });
      }
      for (const { before, after } of steps) {
        if (before.kind !== 'relationship' || after.kind !== 'relationship') continue;
        const set = { ...restoreSet(before, after), ...bump(after) };
        if (after.retracted) await unarchiveRelationships(tx, [{ id: after.id, set }]);
        else if (after.from !== before.from || after.to !== before.to) {
          await moveRelationships(tx, [
            { id: after.id, from: after.from, to: after.to, newFrom: before.from, newTo: before.to, set },
          ]);
        } else await setRelationships(tx, [{ id: after.id, from: after.from, to: after.to, set }]);
      }
      const evidenceSteps = steps.filter((s) => s.before.kind === 'evidence');
      await putEvidence(
        tx,
        evidenceSteps.map(({ before, after }) => ({ id: before.id, set: restoreSet(before, after) })),
      );
      // Summaries of every fact involved, as their evidence now is.
      const facts = new Map<string, { id: string; from: string | null; to: string | null }>();
      for (const { before } of steps) {
        if (before.kind === 'entity' && before.labels.includes('Entity'))
          facts.set(before.id, { id: before.id, from: null, to: null });
        if (before.kind === 'relationship' && !before.retracted)
          facts.set(before.id, { id: before.id, from: before.from, to: before.to });
      }
      await refreshSummaries(tx, [...facts.values()]);

      // Journal: every element from the merge's after to what it is now.
      for (const { before, after } of steps) {
        const now =
          before.kind === 'entity'
            ? (await lockEntities(tx, [before.id])).get(before.id)!
            : before.kind === 'relationship'
              ? ((await lockRelationships(tx, [{ id: before.id, from: before.from, to: before.to }])).get(before.id) ??
                null)
              : (await evidenceByIds(tx, [before.id])).get(before.id)!;
        changes.record(before.kind, before.id, after, now);
      }
      const survivor = steps.find(
        (s) => s.before.kind === 'entity' && !(s.after as EntityState).labels.includes('Merged'),
      );
      return { entityId: survivor?.before.id, evidenceIds: [] };
    },
    input.changeId,
  );
}
