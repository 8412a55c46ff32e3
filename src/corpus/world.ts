/**
 * The static world of the synthetic corpus, written before any event: the wire service and its
 * sources, the issues, the countries and their places, the organisations, the people, the offices
 * with their successive holders, and the roles countries play on issues.
 */
import { JsonProperties } from '../load/format';
import { addMonths, END, floorTo, iso, LAST_REPORT, START } from './calendar';
import { Generation } from './context';
import { cap, countryName, hash, ids, ISSUE_COUNT, personName, placeCount, relId, syl } from './names';
import * as vocab from './vocabulary';

/** Write the static world, draining the writer between countries and every thousand actors. */
export async function writeWorld(g: Generation): Promise<void> {
  writeSources(g);
  writeIssues(g);
  for (let c = 0; c < g.options.countries; c++) {
    writeCountry(g, c);
    await g.out.drain();
  }
  for (let o = 0; o < g.actors.orgs; o++) {
    writeOrganisation(g, o);
    if (o % 1000 === 0) await g.out.drain();
  }
  for (let p = 0; p < g.actors.persons; p++) {
    writePerson(g, p);
    if (p % 1000 === 0) await g.out.drain();
  }
  for (let c = 0; c < g.options.countries; c++) {
    vocab.OFFICE_TITLES.forEach((title, k) => writeOffice(g, c, k, title));
    writeRoles(g, c);
    await g.out.drain();
  }
}

/** The synthetic wire service and the sources it publishes. */
function writeSources({ facts, out, sources }: Generation): void {
  facts.node({
    label: 'Organization',
    id: ids.wire,
    props: { name: 'Synthetic Wire Service', kind: 'newspaper' },
    text: 'Synthetic Wire Service',
  });
  // Sources are documents, not facts: no evidence, and PUBLISHED_BY is document metadata (docs/evidence.md).
  for (let k = 0; k < sources.count; k++) {
    const id = ids.source(k);
    out.node('Source', {
      id,
      publisher: 'Synthetic Wire Service',
      title: `Synthetic report ${k + 1}`,
      date: iso(sources.dayOf(k)),
      datePrecision: 'day',
      language: 'en',
      kind: 'news-article',
      synthetic: true,
    });
    out.rel('PUBLISHED_BY', id, ids.wire, { id: relId('PUBLISHED_BY', id, ids.wire) });
  }
}

/** The issues of the vocabulary; each sub-issue is PART_OF its issue. */
function writeIssues({ facts }: Generation): void {
  for (let i = 0; i < ISSUE_COUNT; i++) {
    const top = i < vocab.ISSUES.length;
    const name = top ? vocab.ISSUES[i]! : vocab.SUB_ISSUES[i - vocab.ISSUES.length]!;
    facts.node({
      label: 'Issue',
      id: ids.issue(i),
      props: { name, aliases: [name.toLowerCase()], aliasText: name.toLowerCase() },
      text: name,
    });
    if (!top)
      facts.rel({
        type: 'PART_OF',
        from: ids.issue(i),
        to: ids.issue(i - vocab.ISSUES.length),
        props: { role: 'sub-issue' },
      });
  }
}

/** A country and its places. */
function writeCountry({ facts }: Generation, c: number): void {
  const name = countryName(c);
  const iso2 = String.fromCharCode(65 + (c % 26), 65 + (Math.floor(c / 26) % 26));
  facts.node({
    label: 'Country',
    id: ids.country(c),
    props: { name, iso2, aliases: [`Republic of ${name}`], aliasText: `Republic of ${name}` },
    text: name,
    country: c,
  });
  for (let k = 0; k < placeCount(c); k++) {
    const pk = vocab.PLACE_KINDS[k]!;
    const pname =
      pk.kind === 'city'
        ? `${pk.prefix}${cap(syl(hash(c * 10 + k, 23), 0) + syl(hash(c * 10 + k, 23), 1))}`
        : `${pk.prefix}${name}`;
    facts.node({ label: 'Place', id: ids.place(c, k), props: { name: pname, kind: pk.kind }, text: pname, country: c });
    facts.rel({ type: 'LOCATED_IN', from: ids.place(c, k), to: ids.country(c), country: c });
  }
}

/** An organisation: its country's government (the first), or a body within or located in the country. */
function writeOrganisation({ actors, facts }: Generation, o: number): void {
  const c = actors.orgCountry[o]!;
  const government = o === actors.government(c);
  const kind = government ? 'government' : vocab.ORG_KINDS[hash(o, 17) % vocab.ORG_KINDS.length]!.kind;
  const name = actors.orgName(o);
  facts.node({
    label: 'Organization',
    id: ids.org(o),
    props: { name, kind, ...(government ? { subKind: 'administration' } : {}) },
    text: name,
    country: c,
  });
  if (government)
    facts.rel({ type: 'PART_OF', from: ids.org(o), to: ids.country(c), props: { role: 'executive' }, country: c });
  else if (kind === 'agency' || kind === 'military' || kind === 'council') {
    facts.rel({ type: 'PART_OF', from: ids.org(o), to: ids.org(actors.government(c)), country: c });
  } else facts.rel({ type: 'LOCATED_IN', from: ids.org(o), to: ids.country(c), country: c });
}

/** A person, with memberships, affiliations and a place, some of each. */
function writePerson({ actors, facts, rng }: Generation, p: number): void {
  const c = actors.personCountry[p]!;
  const name = personName(p);
  const surname = name.split(' ')[1]!;
  const person = ids.person(p);
  facts.node({
    label: 'Person',
    id: person,
    props: { name, aliases: [surname], aliasText: surname },
    text: name,
    country: c,
  });
  if (rng.chance(0.6)) facts.rel({ type: 'MEMBER_OF', from: person, to: ids.org(actors.org(c)), country: c });
  if (rng.chance(0.2)) {
    facts.rel({
      type: 'AFFILIATED_WITH',
      from: person,
      to: ids.org(actors.org(c)),
      props: { role: 'adviser' },
      country: c,
    });
  }
  if (rng.chance(0.5)) {
    facts.rel({ type: 'LOCATED_IN', from: person, to: ids.place(c, rng.int(0, placeCount(c) - 1)), country: c });
  }
}

/** An office; it passes from holder to holder in terms, and the last term is open-ended. */
function writeOffice({ actors, facts, rng }: Generation, c: number, k: number, title: string): void {
  const office = ids.office(c, k);
  const name = `${title} of ${countryName(c)}`;
  facts.node({
    label: 'Office',
    id: office,
    props: { name, title, jurisdiction: ids.country(c) },
    text: name,
    country: c,
  });
  facts.rel({ type: 'OFFICE_OF', from: office, to: ids.country(c), country: c });
  let from = floorTo(START + rng.int(0, 700), 'month');
  while (from <= END) {
    const holder = ids.person(actors.person(c));
    const to = addMonths(from, rng.int(18, 96));
    const term: JsonProperties =
      to > END
        ? {
            validFrom: iso(from),
            validFromPrecision: 'month',
            knownFrom: iso(from),
            knownFromPrecision: 'month',
            knownTo: LAST_REPORT,
            knownToPrecision: 'month',
            openEnded: true,
          }
        : {
            validFrom: iso(from),
            validFromPrecision: 'month',
            validTo: iso(addMonths(to, -1)),
            validToPrecision: 'month',
            openEnded: false,
          };
    // One holder may hold the same office twice: the term start keeps the relationship ids apart.
    facts.rel({
      type: 'HOLDS_OFFICE',
      from: holder,
      to: office,
      props: { role: iso(from), ...term },
      day: from,
      country: c,
    });
    if (k === 0 && rng.chance(0.5)) {
      facts.rel({
        type: 'LEADS',
        from: holder,
        to: ids.org(actors.government(c)),
        props: { role: `head ${iso(from)}`, ...term },
        day: from,
        country: c,
      });
    }
    from = to;
  }
}

/** Three roles a country plays on an issue, over a period, each with a counterpart. */
function writeRoles({ countryZipf, facts, issueZipf, rng }: Generation, c: number): void {
  for (let k = 0; k < 3; k++) {
    const issue = ids.issue(issueZipf.sample(rng));
    const from = floorTo(START + rng.int(0, END - START), 'year');
    const role = rng.pick(vocab.PLAYED_ROLES);
    facts.rel({
      type: 'PLAYED_ROLE',
      from: ids.country(c),
      to: issue,
      props: {
        role,
        counterpart: ids.country(countryZipf.sample(rng)),
        knownFrom: iso(from),
        knownFromPrecision: 'year',
        knownTo: iso(floorTo(Math.min(END, from + rng.int(365, 3650)), 'year')),
        knownToPrecision: 'year',
        openEnded: false,
      },
      day: from,
      country: c,
      key: `${role}|${k}`,
    });
  }
}
