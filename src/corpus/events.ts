/**
 * The events of the synthetic corpus: a country pair drawn Zipf-like, a PLOVER/CAMEO event type by
 * weight, a day that falls in bursts (crises) over a background rising from 1990 to 2024, with
 * day/week/month/year precision or, for some, a period. Each event has its participants, a place,
 * issues, sometimes a policy it acts on and earlier events of the pair it responds to or follows;
 * around it, at small rates, observations (./observations.ts) and episodes (./episodes.ts).
 */
import { JsonProperties } from '../load/format';
import { addMonths, END, floorTo, iso, Precision, START } from './calendar';
import { Generation } from './context';
import { Episodes, RecentEvent } from './episodes';
import { countryName, ids, placeCount } from './names';
import { Observations } from './observations';
import { Policies } from './policies';
import { Zipf } from './random';
import * as vocab from './vocabulary';

/** The cumulative weights of the event types. */
const EVENT_TYPE_CDF = (() => {
  const total = vocab.EVENT_TYPES.reduce((s, t) => s + t.weight, 0);
  let acc = 0;
  return vocab.EVENT_TYPES.map((t) => (acc += t.weight / total));
})();

export class Events {
  private readonly bursts: { centre: number; width: number }[];
  private readonly burstZipf: Zipf;
  /** The last six events of each country pair (key: lower index × 65536 + higher). */
  private readonly recentByDyad = new Map<number, RecentEvent[]>();
  private readonly observations: Observations;
  private readonly episodes: Episodes;

  /** Draws the crises (bursts) the events cluster in. */
  constructor(
    private readonly g: Generation,
    private readonly policies: Policies,
  ) {
    const { rng } = g;
    const burstCount = Math.max(10, Math.ceil(g.options.events / 2000));
    this.bursts = Array.from({ length: burstCount }, () => ({
      centre: START + Math.floor((END - START) * Math.sqrt(rng.float())),
      width: rng.int(3, 60),
    }));
    this.burstZipf = new Zipf(burstCount, 0.8);
    this.observations = new Observations(g);
    this.episodes = new Episodes(g);
  }

  /** Two different countries, both drawn Zipf-like. */
  private dyad(): [number, number] {
    const { countryZipf, rng } = this.g;
    const a = countryZipf.sample(rng);
    let b = countryZipf.sample(rng);
    for (let tries = 0; b === a && tries < 10; tries++) b = countryZipf.sample(rng);
    if (b === a) b = (a + 1) % this.g.options.countries;
    return [a, b];
  }

  /** A clustered event day: most fall in bursts (crises), the rest on a background that rises towards the present. */
  private day(): number {
    const { rng } = this.g;
    if (rng.chance(0.7)) {
      const b = this.bursts[this.burstZipf.sample(rng)]!;
      const day = b.centre + Math.round(Math.abs(rng.normal()) * b.width);
      return Math.min(END, day);
    }
    return START + Math.floor((END - START) * Math.sqrt(rng.float()));
  }

  private precision(): Precision {
    const u = this.g.rng.float();
    return u < 0.8 ? 'day' : u < 0.85 ? 'week' : u < 0.97 ? 'month' : 'year';
  }

  private eventType(): (typeof vocab.EVENT_TYPES)[number] {
    const u = this.g.rng.float();
    const k = EVENT_TYPE_CDF.findIndex((w) => u < w);
    return vocab.EVENT_TYPES[k === -1 ? EVENT_TYPE_CDF.length - 1 : k]!;
  }

  /** Write event `i` and what happens around it. */
  write(i: number): void {
    const { actors, facts, issueZipf, rng } = this.g;
    const [a, b] = this.dyad();
    const dyadKey = Math.min(a, b) * 65536 + Math.max(a, b);
    const t = this.eventType();
    const day = this.day();
    const id = ids.event(i);
    const actor = actors.actor(a);
    const target = actors.actor(b);
    const name = `${countryName(a)} ${t.verb} ${countryName(b)} (${t.eventType.toLowerCase()} ${i + 1})`;
    const quad = vocab.quadClass(t.cameoRoot);
    const direction = quad.endsWith('cooperation') ? 'cooperation' : 'conflict';
    let time: JsonProperties;
    let start = day;
    if (rng.chance(0.1)) {
      start = floorTo(day, 'month');
      time = {
        validFrom: iso(start),
        validFromPrecision: 'month',
        validTo: iso(Math.min(floorTo(END, 'month'), addMonths(start, rng.int(1, 6)))),
        validToPrecision: 'month',
      };
    } else {
      const precision = this.precision();
      start = floorTo(day, precision);
      time = { date: iso(start), datePrecision: precision };
    }
    const placing = { day: start, country: a };
    facts.node({
      label: 'Event',
      id,
      props: {
        name,
        eventType: t.eventType,
        cameoRoot: t.cameoRoot,
        cameoCode: t.cameoCode,
        quadClass: quad,
        direction,
        bilateralDirection: rng.chance(0.8) ? direction : 'neutral',
        phase: rng.pick(['completed', 'completed', 'completed', 'ongoing', 'agreed', 'planned']),
        ...time,
      },
      text: name,
      ...placing,
    });
    facts.rel({ type: 'PARTICIPATED_IN', from: actor, to: id, props: { role: 'actor' }, ...placing });
    facts.rel({ type: 'PARTICIPATED_IN', from: target, to: id, props: { role: 'target' }, day: start, country: b });
    if (rng.chance(0.4)) {
      const side = rng.chance(0.5) ? a : b;
      const extra = actors.actor(side);
      if (extra !== actor && extra !== target) {
        facts.rel({
          type: 'PARTICIPATED_IN',
          from: extra,
          to: id,
          props: { role: rng.pick(['partner', 'recipient', 'counterpart']) },
          day: start,
          country: side,
        });
      }
    }
    const where = rng.chance(0.5) ? a : b;
    const place = rng.chance(0.7) ? ids.place(where, rng.int(0, placeCount(where) - 1)) : ids.country(where);
    facts.rel({ type: 'OCCURRED_AT', from: id, to: place, ...placing });
    const issue = issueZipf.sample(rng);
    facts.rel({ type: 'CONCERNS', from: id, to: ids.issue(issue), ...placing });
    if (rng.chance(0.3)) {
      const second = issueZipf.sample(rng);
      if (second !== issue) facts.rel({ type: 'CONCERNS', from: id, to: ids.issue(second), ...placing });
    }
    if (rng.chance(0.08)) {
      const owner = rng.chance(0.5) ? a : b;
      const policies = this.policies.recent(owner);
      const policy =
        policies.length > 0 && rng.chance(0.7) ? ids.policy(rng.pick(policies)) : this.policies.create(owner, start);
      facts.rel({
        type: 'ACTS_ON',
        from: id,
        to: policy,
        props: { action: rng.pick(vocab.ACTS_ON_ACTIONS) },
        day: start,
        country: owner,
      });
    }
    const recent = this.recentByDyad.get(dyadKey) ?? [];
    const earlier = recent.filter((e) => e.day <= start);
    if (earlier.length > 0 && rng.chance(0.3))
      facts.rel({ type: 'RESPONDS_TO', from: id, to: rng.pick(earlier).id, ...placing });
    if (earlier.length > 0 && rng.chance(0.1))
      facts.rel({ type: 'FOLLOWS', from: id, to: earlier[earlier.length - 1]!.id, ...placing });

    recent.push({ id, day: start, eventType: t.eventType });
    if (recent.length > 6) recent.shift();
    this.recentByDyad.set(dyadKey, recent);

    // Episodes and observations around the event, at rates that keep them a small share.
    if (rng.chance(0.005)) this.observations.situation(a, b, start);
    if (rng.chance(0.02)) this.observations.statistic(id, a, start);
    if (rng.chance(0.05)) this.observations.quote(id, a, issue, start);
    if (rng.chance(0.02)) this.observations.claim(id, b, start);
    if (rng.chance(0.006) && recent.length >= 2) this.episodes.exchange(a, b, recent, start);
    if (rng.chance(0.004) && recent.length >= 2) this.episodes.coercion(a, b, recent, start);
    if (rng.chance(0.003)) this.episodes.linkage(a, b, recent, start);
  }
}
