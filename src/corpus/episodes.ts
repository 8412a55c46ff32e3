/**
 * The episodes that tie recent events of one country pair together, as in the seed article:
 * exchanges of concessions (each realised by a recent event), coercions (a threat and the response
 * to it) and issue linkages (a lever issue tied to a demand).
 */
import { floorTo, iso } from './calendar';
import { Generation } from './context';
import { countryName, ids, ISSUE_COUNT } from './names';
import * as vocab from './vocabulary';

/** An event recently written for a country pair, which an episode can point at. */
export interface RecentEvent {
  id: string;
  day: number;
  eventType: string;
}

export class Episodes {
  private readonly counters = { exchange: 0, coercion: 0, linkage: 0 };

  constructor(private readonly g: Generation) {}

  /** An exchange between `a` and `b` in the month of `day`: two or three concessions, alternating sides. */
  exchange(a: number, b: number, recent: RecentEvent[], day: number): void {
    const { actors, facts, rng } = this.g;
    const i = this.counters.exchange++;
    const id = ids.exchange(i);
    const month = floorTo(day, 'month');
    const name = `Exchange ${i + 1} between ${countryName(a)} and ${countryName(b)}`;
    facts.node({
      label: 'Exchange',
      id,
      props: {
        name,
        explicitness: rng.pick(vocab.EXPLICITNESS),
        phase: rng.pick(vocab.EXCHANGE_PHASES),
        date: iso(month),
        datePrecision: 'month',
      },
      text: name,
      day: month,
      country: a,
    });
    const parts = rng.chance(0.3) ? 3 : 2;
    for (let k = 0; k < parts; k++) {
      const [giver, receiver] = k % 2 === 0 ? [a, b] : [b, a];
      const cid = ids.concession(i, k);
      const kind = rng.pick(vocab.CONCESSION_KINDS);
      const cname = `${countryName(giver)} ${kind} in exchange ${i + 1}`;
      const placing = { day: month, country: giver };
      facts.node({
        label: 'Concession',
        id: cid,
        props: { name: cname, kind, explicitness: rng.pick(vocab.EXPLICITNESS), phase: 'agreed' },
        text: cname,
        ...placing,
      });
      facts.rel({ type: 'HAS_CONCESSION', from: id, to: cid, day: month, country: a });
      const givenBy = rng.chance(0.6) ? ids.country(giver) : actors.actor(giver);
      facts.rel({ type: 'GIVEN_BY', from: cid, to: givenBy, ...placing });
      facts.rel({ type: 'GIVEN_TO', from: cid, to: ids.country(receiver), ...placing });
      if (kind !== 'forbearance' && rng.chance(0.7))
        facts.rel({ type: 'REALISED_BY', from: cid, to: rng.pick(recent).id, ...placing });
    }
  }

  /** `a` threatens or pressures `b`: the pair's last two events are the threat and the response. */
  coercion(a: number, b: number, recent: RecentEvent[], day: number): void {
    const { actors, facts, rng } = this.g;
    const i = this.counters.coercion++;
    const id = ids.coercion(i);
    const kind = rng.chance(0.6) ? 'threat' : 'pressure';
    const name = `${countryName(a)} ${kind} on ${countryName(b)} ${i + 1}`;
    facts.node({
      label: 'Coercion',
      id,
      props: {
        name,
        kind,
        explicitness: rng.pick(vocab.EXPLICITNESS),
        outcome: rng.pick(['complied', 'resisted', 'unknown']),
        date: iso(day),
        datePrecision: 'day',
      },
      text: name,
      day,
      country: a,
    });
    const threat = recent[recent.length - 2]!;
    const response = recent[recent.length - 1]!;
    facts.rel({ type: 'HAS_PART', from: id, to: threat.id, props: { role: kind }, day: threat.day, country: a });
    facts.rel({
      type: 'HAS_PART',
      from: id,
      to: response.id,
      props: { role: 'response' },
      day: response.day,
      country: b,
    });
    facts.rel({ type: 'PARTICIPATED_IN', from: ids.country(a), to: id, props: { role: 'coercer' }, day, country: a });
    const target = rng.chance(0.5) ? ids.country(b) : actors.actor(b);
    facts.rel({ type: 'PARTICIPATED_IN', from: target, to: id, props: { role: 'target' }, day, country: b });
  }

  /** `a` ties a lever issue to a demand, from the year of `day`, perhaps caused by `b`. */
  linkage(a: number, b: number, recent: RecentEvent[], day: number): void {
    const { actors, facts, issueZipf, rng } = this.g;
    const i = this.counters.linkage++;
    const id = ids.linkage(i);
    const kind = rng.pick(vocab.LINKAGE_KINDS);
    const year = floorTo(day, 'year');
    const name = `${countryName(a)} ${kind} ${i + 1}`;
    const placing = { day: year, country: a };
    facts.node({
      label: 'IssueLinkage',
      id,
      props: {
        name,
        kind,
        explicitness: rng.pick(vocab.EXPLICITNESS),
        phase: rng.pick(['ongoing', 'ended', 'sought']),
        validFrom: iso(year),
        validFromPrecision: 'year',
      },
      text: name,
      ...placing,
    });
    const lever = issueZipf.sample(rng);
    let demand = issueZipf.sample(rng);
    if (demand === lever) demand = (lever + 1) % ISSUE_COUNT;
    facts.rel({ type: 'LINKS', from: id, to: ids.issue(lever), props: { role: 'lever' }, ...placing });
    facts.rel({ type: 'LINKS', from: id, to: ids.issue(demand), props: { role: 'demand' }, ...placing });
    facts.rel({ type: 'PARTICIPATED_IN', from: actors.actor(a), to: id, props: { role: 'linker' }, ...placing });
    if (rng.chance(0.5))
      facts.rel({
        type: 'PARTICIPATED_IN',
        from: ids.country(b),
        to: id,
        props: { role: 'cause' },
        day: year,
        country: b,
      });
    if (recent.length > 0)
      facts.rel({
        type: 'HAS_PART',
        from: id,
        to: recent[recent.length - 1]!.id,
        props: { role: 'instrument' },
        ...placing,
      });
  }
}
