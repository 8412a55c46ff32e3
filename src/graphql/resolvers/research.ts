/**
 * The research questions: timelines, the exchange ledger, statistics, quotes and
 * as-of views. Root fields find ids with one named query; details are loaded in
 * batches by the shared loaders.
 */
import { badInput } from '../../errors';
import { LIMITS } from '../../shared/limits';
import { Context } from '../context';
import { existingEntities, requireEntity } from '../lookup';
import { ConcessionEntryRecord, EntityRecord, toRelationship } from '../model';
import type { DatePrecision, Resolvers } from '../generated/types';
import * as v from '../validate';

/** Entities named by filters must exist; an unknown one is the caller's mistake. */
const requireFilterEntity = (ctx: Context, arg: string, id: string): Promise<EntityRecord> =>
  requireEntity(ctx, arg, id, 'BAD_USER_INPUT');

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
      const limit = v.intInRange('limit', args.limit, LIMITS.researchLimit);
      const { from, to } = v.timeWindow('time', args.time);
      const provenance = v.provenance('provenance', args.provenance);
      await Promise.all([
        args.actor ? requireFilterEntity(ctx, 'actor', args.actor) : null,
        args.issue ? requireFilterEntity(ctx, 'issue', args.issue) : null,
        ...(args.countries ?? []).map((c) => requireFilterEntity(ctx, 'countries', c)),
      ]);
      const rows = await ctx.graph.read<{ id: string }>('research/timeline', {
        actor: args.actor ?? null,
        issue: args.issue ?? null,
        countryA: args.countries?.[0] ?? null,
        countryB: args.countries?.[1] ?? null,
        from,
        to,
        limit,
        ...provenance,
      });
      return existingEntities(
        ctx,
        rows.map((r) => r.id),
      );
    },

    exchangeLedger: async (_, args, ctx) => {
      const [a, b] = await Promise.all([
        requireFilterEntity(ctx, 'countryA', args.countryA),
        requireFilterEntity(ctx, 'countryB', args.countryB),
      ]);
      if (a.id === b.id) throw badInput('countryA and countryB must differ.', 'countryB');
      const rows = await ctx.graph.read<{ kind: string; id: string }>('research/exchange-ledger', {
        countryA: a.id,
        countryB: b.id,
      });
      const ids = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.id);
      const exchangeIds = ids('exchange');
      const concessionRows = exchangeIds.length
        ? await ctx.graph.read<{ id: string; concession: string; givenBy: string[]; side: string | null }>(
            'research/concessions',
            { ids: exchangeIds, countryA: a.id, countryB: b.id },
          )
        : [];
      return {
        countryA: a,
        countryB: b,
        exchanges: (await existingEntities(ctx, exchangeIds)).map((exchange) => ({
          exchange,
          concessions: concessionRows.filter((c) => c.id === exchange.id),
        })),
        coercions: (await existingEntities(ctx, ids('coercion'))).map((entity) => ({ entity })),
        issueLinkages: (await existingEntities(ctx, ids('issueLinkage'))).map((entity) => ({ entity })),
      };
    },

    statistics: async (_, args, ctx) => {
      const limit = v.intInRange('limit', args.limit, LIMITS.researchLimit);
      const { from, to } = v.timeWindow('time', args.time);
      if (args.metric !== undefined && args.metric !== null && args.metric.trim() === '') {
        throw badInput('metric must not be empty (omit it for all metrics).', 'metric');
      }
      const rows = await ctx.graph.read<{ id: string }>('research/statistics', {
        metric: args.metric?.trim() ?? null,
        place: args.place ?? null,
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
      const limit = v.intInRange('limit', args.limit, LIMITS.researchLimit);
      await Promise.all([
        args.speaker ? requireFilterEntity(ctx, 'speaker', args.speaker) : null,
        args.subject ? requireFilterEntity(ctx, 'subject', args.subject) : null,
      ]);
      const rows = await ctx.graph.read<{ id: string }>('research/quotes', {
        speaker: args.speaker ?? null,
        subject: args.subject ?? null,
        limit,
      });
      return existingEntities(
        ctx,
        rows.map((r) => r.id),
      );
    },

    asOf: async (_, args, ctx) => {
      const asOf = v.date('date', args.date);
      if (args.of) await requireFilterEntity(ctx, 'of', args.of);
      const of = args.of ?? null;
      const [offices, policies, actions] = await Promise.all([
        ctx.graph.read<{ rel: unknown }>('research/offices-held', { asOf, country: of, holder: null }),
        ctx.graph.read<{ id: string }>('research/policies-in-force', { asOf, owner: of }),
        ctx.graph.read<{ rel: unknown }>('research/policy-actions', { asOf, owner: of }),
      ]);
      return {
        date: args.date,
        officesHeld: offices.map((r) => toRelationship(r.rel)),
        policiesInForce: await existingEntities(
          ctx,
          policies.map((r) => r.id),
        ),
        policyActions: actions.map((r) => toRelationship(r.rel)),
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
        return concession ? [{ concession, side: c.side, givenByIds: c.givenBy }] : [];
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
