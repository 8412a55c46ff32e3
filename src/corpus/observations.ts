/**
 * What the synthetic corpus records around an event besides the event itself: situations,
 * statistics, quotes and claims, each with its own counter (ids follow creation order).
 */
import { floorTo, iso } from './calendar';
import { Generation } from './context';
import { countryName, ids, issueName } from './names';
import * as vocab from './vocabulary';

export class Observations {
  private readonly counters = { situation: 0, statistic: 0, quote: 0, claim: 0 };

  constructor(private readonly g: Generation) {}

  /** A situation in country `a` for the month of `day`, perhaps contended by an organisation of `b`. */
  situation(a: number, b: number, day: number): void {
    const { actors, facts, issueZipf, rng } = this.g;
    const i = this.counters.situation++;
    const id = ids.situation(i);
    const kind = rng.pick(vocab.SITUATION_KINDS);
    const name = `${kind.replace('-', ' ')} in ${countryName(a)} ${i + 1}`;
    const month = floorTo(day, 'month');
    const placing = { day: month, country: a };
    facts.node({
      label: 'Situation',
      id,
      props: { name, kind, phase: 'ongoing', date: iso(month), datePrecision: 'month' },
      text: name,
      ...placing,
    });
    facts.rel({ type: 'OCCURRED_AT', from: id, to: ids.country(a), ...placing });
    facts.rel({ type: 'CONCERNS', from: id, to: ids.issue(issueZipf.sample(rng)), ...placing });
    if (rng.chance(0.3))
      facts.rel({
        type: 'PARTICIPATED_IN',
        from: ids.org(actors.org(b)),
        to: id,
        props: { role: 'contender' },
        day: month,
        country: b,
      });
  }

  /** A monthly figure in country `c` that measures `event`, reported by one of its organisations. */
  statistic(event: string, c: number, day: number): void {
    const { actors, facts, rng } = this.g;
    const i = this.counters.statistic++;
    const id = ids.statistic(i);
    const m = rng.pick(vocab.METRICS);
    const month = floorTo(day, 'month');
    const value = rng.int(100, 200_000);
    const name = `${m.metric} in ${countryName(c)}, ${iso(month).slice(0, 7)}`;
    const placing = { day: month, country: c };
    facts.node({
      label: 'Statistic',
      id,
      props: {
        name,
        metric: m.metric,
        value,
        unit: m.unit,
        qualifier: rng.pick(['exactly', 'more than', 'nearly']),
        date: iso(month),
        datePrecision: 'month',
      },
      text: name,
      ...placing,
    });
    facts.rel({ type: 'MEASURES', from: id, to: event, ...placing });
    facts.rel({ type: 'OBSERVED_AT', from: id, to: ids.country(c), ...placing });
    facts.rel({ type: 'REPORTED_BY', from: id, to: ids.org(actors.org(c)), ...placing });
  }

  /** A remark on an issue by a speaker from country `c`, sometimes about `event`. */
  quote(event: string, c: number, issue: number, day: number): void {
    const { actors, facts, rng } = this.g;
    const i = this.counters.quote++;
    const id = ids.quote(i);
    const speaker = ids.person(actors.person(c));
    const text = `Synthetic remark ${i + 1} on ${issueName(issue).toLowerCase()} by a speaker from ${countryName(c)}.`;
    const placing = { day, country: c };
    facts.node({
      label: 'Quote',
      id,
      props: {
        name: `Quote ${i + 1}`,
        text,
        medium: rng.pick(vocab.QUOTE_MEDIA),
        date: iso(day),
        datePrecision: 'day',
        partial: false,
      },
      text,
      ...placing,
    });
    facts.rel({ type: 'SAID_BY', from: id, to: speaker, ...placing });
    facts.rel({ type: 'CONCERNS', from: id, to: ids.issue(issue), ...placing });
    if (rng.chance(0.5)) facts.rel({ type: 'CONCERNS', from: id, to: event, ...placing });
    if (rng.chance(0.2))
      facts.rel({ type: 'REPORTED_BY', from: id, to: ids.wire, props: { role: 'cited-outlet' }, ...placing });
  }

  /** A claim by officials of country `c` about the motive behind `event`. */
  claim(event: string, c: number, day: number): void {
    const { actors, facts, rng } = this.g;
    const i = this.counters.claim++;
    const id = ids.claim(i);
    const statement = `Synthetic claim ${i + 1}: officials of ${countryName(c)} describe the motive behind ${event}.`;
    const placing = { day, country: c };
    facts.node({
      label: 'Claim',
      id,
      props: { name: `Claim ${i + 1}`, statement, date: iso(day), datePrecision: 'day' },
      text: statement,
      ...placing,
    });
    const claimant = rng.chance(0.6) ? ids.person(actors.person(c)) : ids.org(actors.org(c));
    facts.rel({ type: 'CLAIMED_BY', from: id, to: claimant, ...placing });
    facts.rel({ type: 'CONCERNS', from: id, to: event, ...placing });
  }
}
