/**
 * The research questions: timelines, the exchange ledger, statistics, quotes and
 * as-of views. Root fields find ids with one named query; details are loaded in
 * batches by the shared loaders.
 */
import { research } from '../../db/queries';
import { badInput } from '../../errors';
import { ARGUMENT_RANGES } from '../../shared/limits';
import { existingEntities, resolveEntities, resolveOptional } from '../lookup';
import { ConcessionEntryRecord, toRelationship } from '../model';
import type { DatePrecision, Resolvers } from '../generated/types';
import { datedActions, otherHolders, possiblyReason } from '../time-views';
import * as v from '../validate';
import { toPlain } from '../values';

/** Labels that settle an ambiguous name in country arguments ("Mexico": the country, not the government). */
const COUNTRY = ['Country'];
const ISSUE = ['Issue'];

export const researchResolvers: Resolvers = {
  Query: {
    timeline: async (_, args, ctx) => {
      if (!args.actor && !args.countries && !args.issue) {
        throw badInput('timeline needs at least one of actor, countries or issue.', 'actor');
      }
      if (args.countries && args.countries.length !== 2) {
        throw badInput('countries takes exactly two country ids.', 'countries');
      }
      if (args.time?.asOf) throw badInput('timeline takes a from/to window, not asOf.', 'time');
      const limit = v.intInRange('limit', args.limit, ARGUMENT_RANGES.researchLimit);
      const { from, to } = v.timeWindow('time', args.time);
      const provenance = v.provenance('provenance', args.provenance);
      const minConfidence = v.provenanceConfidence('provenance', args.provenance);
      const [actor, issue, countries] = await Promise.all([
        resolveOptional(ctx, 'actor', args.actor),
        resolveOptional(ctx, 'issue', args.issue, ISSUE),
        resolveEntities(ctx, 'countries', args.countries ?? [], COUNTRY),
      ]);
      const rows = await ctx.graph.read(research.timeline, {
        actor: actor?.id ?? null,
        issue: issue?.id ?? null,
        countryA: countries[0]?.id ?? null,
        countryB: countries[1]?.id ?? null,
        from,
        to,
        limit,
        minConfidence,
        ...provenance,
      });
      return existingEntities(
        ctx,
        rows.map((r) => r.id),
      );
    },

    exchangeLedger: async (_, args, ctx) => {
      const { from, to } = v.timeWindow('time', args.time);
      const [[a], [b]] = await Promise.all([
        resolveEntities(ctx, 'countryA', [args.countryA], COUNTRY),
        resolveEntities(ctx, 'countryB', [args.countryB], COUNTRY),
      ]);
      if (!a || !b) throw new Error('resolveEntities returned fewer entities than it was given');
      if (a.id === b.id) throw badInput('countryA and countryB must differ.', 'countryB');
      const rows = await ctx.graph.read(research.exchangeLedger, {
        countryA: a.id,
        countryB: b.id,
        from,
        to,
      });
      const ids = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.id);
      const exchangeIds = ids('exchange');
      // One wave after the ledger: the concessions and all three kinds' entities are requested
      // together (the entity loader batches them into one by-ids round trip), instead of one
      // round trip per kind, awaited in turn.
      const [concessionRows, exchanges, coercions, issueLinkages] = await Promise.all([
        exchangeIds.length
          ? ctx.graph.read(research.concessions, {
              ids: exchangeIds,
              countryA: a.id,
              countryB: b.id,
            })
          : Promise.resolve([]),
        existingEntities(ctx, exchangeIds),
        existingEntities(ctx, ids('coercion')),
        existingEntities(ctx, ids('issueLinkage')),
      ]);
      return {
        countryA: a,
        countryB: b,
        exchanges: exchanges.map((exchange) => ({
          exchange,
          concessions: concessionRows.filter((c) => c.id === exchange.id),
        })),
        coercions: coercions.map((entity) => ({ entity })),
        issueLinkages: issueLinkages.map((entity) => ({ entity })),
      };
    },

    statistics: async (_, args, ctx) => {
      const limit = v.intInRange('limit', args.limit, ARGUMENT_RANGES.researchLimit);
      const { from, to } = v.timeWindow('time', args.time);
      if (args.metric !== undefined && args.metric !== null && args.metric.trim() === '') {
        throw badInput('metric must not be empty (omit it for all metrics).', 'metric');
      }
      const place = await resolveOptional(ctx, 'place', args.place);
      const rows = await ctx.graph.read(research.statistics, {
        metric: args.metric?.trim() ?? null,
        place: place?.id ?? null,
        from,
        to,
        limit,
      });
      return existingEntities(
        ctx,
        rows.map((r) => r.id),
      );
    },

    quotes: async (_, args, ctx) => {
      const limit = v.intInRange('limit', args.limit, ARGUMENT_RANGES.researchLimit);
      const [speaker, subject] = await Promise.all([
        resolveOptional(ctx, 'speaker', args.speaker),
        resolveOptional(ctx, 'subject', args.subject),
      ]);
      const rows = await ctx.graph.read(research.quotes, {
        speaker: speaker?.id ?? null,
        subject: subject?.id ?? null,
        limit,
      });
      return existingEntities(
        ctx,
        rows.map((r) => r.id),
      );
    },

    asOf: async (_, args, ctx) => {
      const asOf = v.date('date', args.date);
      const limit = v.intInRange('limit', args.limit, ARGUMENT_RANGES.researchLimit);
      const of = (await resolveOptional(ctx, 'of', args.of))?.id ?? null;
      // Each query returns at most limit + 1 rows per list: the extra row only tells a cut list.
      const [offices, policies, allActions] = await Promise.all([
        ctx.graph.read(research.officesHeld, { asOf, country: of, holder: null, limit }),
        ctx.graph.read(research.policiesInForce, { asOf, owner: of, limit }),
        ctx.graph.read(research.policyActions, { asOf, owner: of, limit }),
      ]);
      const truncated: string[] = [];
      const cut = <T>(name: string, rows: T[], keepLatest = false): T[] => {
        if (rows.length <= limit) return rows;
        truncated.push(name);
        return keepLatest ? rows.slice(rows.length - limit) : rows.slice(0, limit);
      };
      const withStatus = <T extends { status: string }>(name: string, rows: T[], status: 'known' | 'possibly') =>
        cut(
          name,
          rows.filter((r) => r.status === status),
        );
      const officesKnown = withStatus('officesHeld', offices, 'known');
      const officesPossibly = withStatus('officesPossiblyHeld', offices, 'possibly');
      const policiesKnown = withStatus('policiesInForce', policies, 'known');
      const policiesPossibly = withStatus('policiesPossiblyInForce', policies, 'possibly');
      // The query returns the latest limit + 1 actions oldest first; the oldest is the extra one.
      const actions = cut('policyActions', allActions, true);
      const policyEntities = await existingEntities(
        ctx,
        [...policiesKnown, ...policiesPossibly].map((r) => r.id),
      );
      // A map, not a find per row: the lists now hold up to 2 × limit policies.
      const policyById = new Map(policyEntities.map((p) => [p.id, p]));
      const policy = (id: string) => policyById.get(id)!;
      return {
        date: args.date,
        officesHeld: officesKnown.map((r) => toRelationship(r.rel)),
        officesPossiblyHeld: officesPossibly.map((r) => ({
          relationship: toRelationship(r.rel),
          reason: possiblyReason(r.why!, r.attestedFrom, r.attestedTo) + otherHolders(r.knownHolders),
          attestedFrom: toPlain(r.attestedFrom) as string | null,
          attestedTo: toPlain(r.attestedTo) as string | null,
        })),
        policiesInForce: policiesKnown.map((r) => policy(r.id)),
        policiesPossiblyInForce: policiesPossibly.map((r) => ({
          policy: policy(r.id),
          reason: possiblyReason(r.why!, r.attestedFrom, r.attestedTo) + datedActions(r.datedActions),
          attestedFrom: toPlain(r.attestedFrom) as string | null,
          attestedTo: toPlain(r.attestedTo) as string | null,
        })),
        policyActions: actions.map((r) => toRelationship(r.rel)),
        truncated,
      };
    },
  },

  TimelineEntry: {
    event: (e) => e,
    date: (e) => (typeof e.props.date === 'string' ? e.props.date : null),
    datePrecision: (e) => (typeof e.props.datePrecision === 'string' ? (e.props.datePrecision as DatePrecision) : null),
    participants: async (e, _, ctx) =>
      (
        await ctx.loaders.relationshipsPage.load({
          id: e.id,
          type: 'PARTICIPATED_IN',
          direction: 'IN',
          offset: 0,
          limit: 100,
        })
      ).page,
  },

  ExchangeEntry: {
    concessions: async (x, _, ctx) => {
      const found = await existingEntities(
        ctx,
        x.concessions.map((c) => c.concession),
      );
      return x.concessions.flatMap((c): ConcessionEntryRecord[] => {
        const concession = found.find((e) => e.id === c.concession);
        return concession
          ? [
              {
                concession,
                side: c.side,
                givenByIds: c.givenBy,
                date: (toPlain(c.date) as string | null) ?? null,
                datePrecision: c.datePrecision as DatePrecision | null,
                dateDerivation: c.datedBy
                  ? `Dated by the event that realises it (REALISED_BY): “${c.datedBy.name}” (${c.datedBy.id})` +
                    `${c.datedBy.start ? ', the start of its period' : ''}; the concession itself carries no date.`
                  : null,
              },
            ]
          : [];
      });
    },
    relationships: (x, _, ctx) => ctx.loaders.allRelationships.load(x.exchange.id),
  },

  ConcessionEntry: {
    givenBy: (c, _, ctx) => existingEntities(ctx, c.givenByIds),
    relationships: (c, _, ctx) => ctx.loaders.allRelationships.load(c.concession.id),
  },

  Episode: {
    relationships: (e, _, ctx) => ctx.loaders.allRelationships.load(e.entity.id),
  },
};
