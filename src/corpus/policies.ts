/**
 * Policies of the synthetic corpus: each country's, with a period (most end, the rest are known
 * to hold up to the last report), an owner, an issue, sometimes a parent policy and a lead. The
 * most recent fifty of each country are kept for events to act on.
 */
import { JsonProperties } from '../load/format';
import { addMonths, END, floorTo, iso, LAST_REPORT } from './calendar';
import { Generation } from './context';
import { countryName, ids, issueName } from './names';
import * as vocab from './vocabulary';

export class Policies {
  private count = 0;
  private readonly recentBy: number[][];

  constructor(private readonly g: Generation) {
    this.recentBy = Array.from({ length: g.options.countries }, () => []);
  }

  /** Indexes of country `c`'s most recent policies. */
  recent(c: number): readonly number[] {
    return this.recentBy[c]!;
  }

  /** A new policy of country `c`, starting in the month of `day`; returns its id. */
  create(c: number, day: number): string {
    const { actors, facts, issueZipf, rng } = this.g;
    const i = this.count++;
    const id = ids.policy(i);
    const kind = rng.pick(vocab.POLICY_KINDS);
    const issue = issueZipf.sample(rng);
    const name = `${countryName(c)} ${issueName(issue)} ${kind} ${i + 1}`;
    const from = floorTo(day, 'month');
    const ends = rng.chance(0.6);
    const period: JsonProperties = ends
      ? {
          validFrom: iso(from),
          validFromPrecision: 'month',
          validTo: iso(Math.min(floorTo(END, 'month'), addMonths(from, rng.int(6, 120)))),
          validToPrecision: 'month',
          openEnded: false,
        }
      : {
          validFrom: iso(from),
          validFromPrecision: 'month',
          knownFrom: iso(from),
          knownFromPrecision: 'month',
          knownTo: LAST_REPORT,
          knownToPrecision: 'month',
          openEnded: true,
        };
    const placing = { day, country: c };
    facts.node({ label: 'Policy', id, props: { name, kind, ...period }, text: name, ...placing });
    const owner = rng.chance(0.7) ? ids.org(actors.government(c)) : ids.person(actors.person(c));
    facts.rel({ type: 'POLICY_OF', from: id, to: owner, props: { role: 'owner' }, ...placing });
    facts.rel({ type: 'CONCERNS', from: id, to: ids.issue(issue), ...placing });
    const earlier = this.recentBy[c]!;
    if (earlier.length > 0 && rng.chance(0.1))
      facts.rel({ type: 'PART_OF', from: id, to: ids.policy(rng.pick(earlier)), ...placing });
    if (rng.chance(0.3))
      facts.rel({
        type: 'LEADS',
        from: ids.person(actors.person(c)),
        to: id,
        props: { role: 'lead', ...period },
        ...placing,
      });
    earlier.push(i);
    if (earlier.length > 50) earlier.shift();
    return id;
  }
}
