import { useTestService } from '../support/service';

const api = useTestService();

const PATHS = `query($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $include: [String!], $exclude: [String!], $min: Float, $time: TimeFilter, $tr: Boolean) {
  linkagePaths(from: $from, to: $to, k: $k, maxHops: $maxHops, includeTypes: $include, excludeTypes: $exclude, minConfidence: $min, time: $time, timeRespecting: $tr) {
    length summary
    hops { forward sentence from { id name } to { id name }
      relationship { id type from { id } to { id } properties evidence { excerpt attribution confidence source { title } } } }
  }
}`;
const HARRIS = 'person:harris';
const DOSES = 'event:2021-03-us-agrees-vaccine-doses';

interface Hop {
  forward: boolean;
  sentence: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  relationship: {
    type: string;
    from: { id: string };
    to: { id: string };
    properties: Record<string, any>;
    evidence: any;
  };
}

describe('linkagePaths', () => {
  it('finds the k shortest paths from Harris to the vaccine doses as ordered hops with evidence', async () => {
    const { linkagePaths } = await api.data(PATHS, { from: HARRIS, to: DOSES, k: 5, maxHops: 4 });
    expect(linkagePaths.length).toBeGreaterThan(0);
    expect(linkagePaths.length).toBeLessThanOrEqual(5);
    const lengths = linkagePaths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of linkagePaths) {
      const hops: Hop[] = path.hops;
      expect(hops).toHaveLength(path.length);
      expect(path.length).toBeLessThanOrEqual(4);
      expect(hops[0]!.from.id).toBe(HARRIS);
      expect(hops[hops.length - 1]!.to.id).toBe(DOSES);
      hops.forEach((hop, i) => {
        if (i > 0) expect(hop.from.id).toBe(hops[i - 1]!.to.id);
        const ends = [hop.relationship.from.id, hop.relationship.to.id];
        expect(ends.sort()).toEqual([hop.from.id, hop.to.id].sort());
        expect(hop.forward).toBe(hop.relationship.from.id === hop.from.id);
        expect(hop.relationship.evidence[0].excerpt).toBeTruthy();
        expect(hop.relationship.evidence[0].source.title).toMatch(/Mexico gains leverage/);
        expect(hop.sentence).toContain(hop.relationship.from.id === hop.from.id ? hop.from.name : hop.to.name);
        expect(path.summary).toContain(hop.sentence);
      });
    }
  });

  it('respects maxHops, type exclusion and inclusion', async () => {
    const short = (await api.data(PATHS, { from: HARRIS, to: DOSES, k: 10, maxHops: 2 })).linkagePaths;
    for (const p of short) expect(p.length).toBeLessThanOrEqual(2);
    const all = (await api.data(PATHS, { from: HARRIS, to: DOSES, k: 10, maxHops: 4 })).linkagePaths;
    const usedTypes = new Set<string>(all.flatMap((p: { hops: Hop[] }) => p.hops.map((h) => h.relationship.type)));
    const banned = [...usedTypes][0]!;
    const without = (await api.data(PATHS, { from: HARRIS, to: DOSES, k: 10, maxHops: 4, exclude: [banned] }))
      .linkagePaths;
    for (const p of without) for (const h of p.hops) expect(h.relationship.type).not.toBe(banned);
    const only = (await api.data(PATHS, { from: HARRIS, to: DOSES, k: 10, maxHops: 6, include: ['PARTICIPATED_IN'] }))
      .linkagePaths;
    for (const p of only) for (const h of p.hops) expect(h.relationship.type).toBe('PARTICIPATED_IN');
  });

  it('time-respecting paths never step back in time; a window drops hops that did not hold', async () => {
    const { linkagePaths } = await api.data(PATHS, { from: HARRIS, to: DOSES, k: 10, maxHops: 5, tr: true });
    for (const p of linkagePaths) {
      let last: string | undefined;
      for (const h of p.hops as Hop[]) {
        const t = h.relationship.properties.timeStart ?? undefined;
        const reached = t === undefined ? undefined : t;
        if (reached) {
          if (last) expect(reached >= last).toBe(true);
          last = reached;
        }
      }
    }
    const asOf = (await api.data(PATHS, { from: HARRIS, to: DOSES, k: 5, maxHops: 5, time: { asOf: '2019-06-01' } }))
      .linkagePaths;
    // The doses were agreed in March 2021: nothing links to them as of 2019.
    expect(asOf).toEqual([]);
  });

  it("dates each hop by its relationship's start, else the start of the entity it reaches; undated hops are null", async () => {
    const DATED = `query($from: ID!, $to: ID!, $time: TimeFilter) {
      linkagePaths(from: $from, to: $to, k: 5, maxHops: 4, time: $time) {
        hops { timeStart relationship { properties } to { properties } }
      }
    }`;
    const CONCESSION = 'concession:2021-03-us-vaccine-doses';
    for (const time of [null, { asOf: '2019-06-01' }]) {
      const { linkagePaths } = await api.data(DATED, { from: HARRIS, to: CONCESSION, time });
      const hops = linkagePaths.flatMap((p: { hops: unknown[] }) => p.hops);
      expect(hops.length).toBeGreaterThan(0);
      for (const h of hops) {
        expect(h.timeStart).toBe(h.relationship.properties.timeStart ?? h.to.properties.timeStart ?? null);
      }
      // All time: some hops are dated. As of 2019, the concession is reached only over undated hops.
      if (time) expect(hops.every((h: { timeStart: string | null }) => h.timeStart === null)).toBe(true);
      else expect(hops.some((h: { timeStart: string | null }) => h.timeStart !== null)).toBe(true);
    }
  });

  it('validates its options and says NOT_FOUND for unknown endpoints', async () => {
    expect(await api.errorCode(PATHS, { from: HARRIS, to: DOSES, maxHops: 7 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(PATHS, { from: HARRIS, to: DOSES, k: 0 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(PATHS, { from: HARRIS, to: DOSES, exclude: [] })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(PATHS, { from: HARRIS, to: 'event:never' })).toBe('NOT_FOUND');
  });
});

describe('timeline', () => {
  const TIMELINE = `query($actor: ID, $countries: [ID!], $issue: ID, $time: TimeFilter) {
    timeline(actor: $actor, countries: $countries, issue: $issue, time: $time) {
      date datePrecision event { id name properties } participants { role from { id } evidence { excerpt } }
    }
  }`;

  it("lists López Obrador's events in date order, undated last", async () => {
    const { timeline } = await api.data(TIMELINE, { actor: 'person:lopez-obrador' });
    expect(timeline.length).toBeGreaterThan(2);
    // Ordered by the derived timeStart (date, or the start of a period); timeless events last.
    const starts: (string | null)[] = timeline.map((t: any) => t.event.properties.timeStart ?? null);
    const dated = starts.filter((s): s is string => s !== null);
    expect(dated).toEqual([...dated].sort());
    const firstTimeless = starts.indexOf(null);
    if (firstTimeless >= 0) expect(starts.slice(firstTimeless).every((s) => s === null)).toBe(true);
    for (const t of timeline) {
      expect(t.participants.map((p: { from: { id: string } }) => p.from.id)).toContain('person:lopez-obrador');
    }
  });

  it('limits a country pair to a window', async () => {
    const { timeline } = await api.data(TIMELINE, {
      countries: ['country:us', 'country:mx'],
      time: { from: '2021-01-01', to: '2021-12-31' },
    });
    expect(timeline.length).toBeGreaterThan(0);
    for (const t of timeline) {
      const { timeStart, timeEnd } = t.event.properties;
      expect(timeStart <= '2021-12-31' && (timeEnd ?? timeStart) >= '2021-01-01').toBe(true);
    }
  });

  it('needs a subject and exactly two countries', async () => {
    expect(await api.errorCode(TIMELINE, {})).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(TIMELINE, { countries: ['country:us'] })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(TIMELINE, { actor: 'person:nobody' })).toBe('NOT_FOUND');
  });
});

describe('exchangeLedger', () => {
  const LEDGER = `query($a: ID!, $b: ID!) { exchangeLedger(countryA: $a, countryB: $b) {
    exchanges { exchange { id properties } concessions { side concession { id name } givenBy { id } relationships { type evidence { excerpt } } } relationships { type evidence { excerpt } } }
    coercions { entity { id properties } relationships { type role evidence { excerpt } } }
    issueLinkages { entity { id properties } relationships { type role } }
  } }`;

  it('shows the March 2021 enforcement-for-vaccines exchange with concessions from both sides', async () => {
    const { exchangeLedger } = await api.data(LEDGER, { a: 'country:us', b: 'country:mx' });
    const march = exchangeLedger.exchanges.find(
      (x: { exchange: { id: string } }) => x.exchange.id === 'exchange:2021-03-enforcement-for-vaccines',
    );
    expect(march).toBeDefined();
    const sides = new Set(march.concessions.map((c: { side: string }) => c.side));
    expect(sides).toEqual(new Set(['country:us', 'country:mx']));
    expect(['stated', 'reported', 'implied', 'alleged', 'denied']).toContain(march.exchange.properties.explicitness);
    for (const x of exchangeLedger.exchanges) {
      expect(x.concessions.length).toBeGreaterThanOrEqual(2);
      for (const r of x.relationships) expect(r.evidence[0].excerpt).toBeTruthy();
    }
  });

  it('keeps coercion apart from trade: the 2019 tariff threat is a coercion with a threat and a response', async () => {
    const { exchangeLedger } = await api.data(LEDGER, { a: 'country:us', b: 'country:mx' });
    const ids = exchangeLedger.exchanges.map((x: { exchange: { id: string } }) => x.exchange.id);
    const tariff = exchangeLedger.coercions.find(
      (c: { entity: { id: string } }) => c.entity.id === 'coercion:2019-tariff-threat',
    );
    expect(tariff).toBeDefined();
    expect(ids).not.toContain('coercion:2019-tariff-threat');
    const roles = tariff.relationships.map((r: { role: string }) => r.role);
    expect(roles).toEqual(expect.arrayContaining(['threat', 'response', 'coercer', 'target']));
    expect(exchangeLedger.issueLinkages.length).toBeGreaterThan(0);
  });

  it('rejects the same country twice and unknown countries', async () => {
    expect(await api.errorCode(LEDGER, { a: 'country:us', b: 'country:us' })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(LEDGER, { a: 'country:us', b: 'country:atlantis' })).toBe('NOT_FOUND');
  });
});

describe('statistics, quotes and as-of views', () => {
  it('finds the March 2021 custody figure with its qualifier and source', async () => {
    const { statistics } = await api.data(
      '{ statistics(metric: "custody") { id date datePrecision properties evidence { excerpt attribution } } }',
    );
    const march = statistics.find((s: { date: string }) => s.date === '2021-03-01');
    expect(march).toBeDefined();
    expect(march.properties.value).toBe(172000);
    expect(march.properties.qualifier).toBe('more than');
    expect(march.datePrecision).toBe('month');
    expect(march.evidence[0].excerpt).toMatch(/172,000/);
  });

  it('filters statistics by window', async () => {
    const { statistics } = await api.data('{ statistics(time: {from: "2021-01-01"}) { id properties } }');
    for (const s of statistics) if (s.properties.timeEnd) expect(s.properties.timeEnd >= '2021-01-01').toBe(true);
    expect(await api.errorCode('{ statistics(metric: " ") { id } }')).toBe('BAD_USER_INPUT');
  });

  it('answers what Gonzalez said, verbatim, and what was said about Mexico', async () => {
    const { bySpeaker, aboutMexico } = await api.data(
      '{ bySpeaker: quotes(speaker: "person:juan-gonzalez") { id properties } aboutMexico: quotes(subject: "country:mx") { id } }',
    );
    const texts = bySpeaker.map((q: { properties: { text: string } }) => q.properties.text);
    expect(texts).toContain('We need Mexico, and Mexico needs us,');
    expect(aboutMexico.map((q: { id: string }) => q.id)).toContain('quote:gonzalez-we-need-mexico');
    expect(await api.errorCode('{ quotes(speaker: "person:nobody") { id } }')).toBe('NOT_FOUND');
  });

  it('says who held which office and what was in force on a date', async () => {
    const q = `query($d: Date!, $of: ID) { asOf(date: $d, of: $of) {
      date officesHeld { from { id } to { id } evidence { excerpt } sentence } policiesInForce { id } policyActions { sentence properties } } }`;
    const y2019 = (await api.data(q, { d: '2019-07-01' })).asOf;
    const holders = y2019.officesHeld.map(
      (o: { from: { id: string }; to: { id: string } }) => `${o.from.id}>${o.to.id}`,
    );
    expect(holders).toContain('person:trump>office:us-president');
    expect(holders).not.toContain('person:biden>office:us-president');
    expect(y2019.policyActions.length).toBeGreaterThan(0);
    for (const a of y2019.policyActions) {
      if (a.properties.timeStart) expect(a.properties.timeStart <= '2019-07-01').toBe(true);
    }
    const y2021 = (await api.data(q, { d: '2021-04-15' })).asOf;
    const holders21 = y2021.officesHeld.map(
      (o: { from: { id: string }; to: { id: string } }) => `${o.from.id}>${o.to.id}`,
    );
    expect(holders21).toContain('person:biden>office:us-president');
    const mx = (await api.data(q, { d: '2021-04-15', of: 'country:mx' })).asOf;
    for (const o of mx.officesHeld) expect(o.to.id).not.toBe('office:us-president');
    expect(await api.errorCode(q, { d: 'yesterday' })).toBe('BAD_USER_INPUT');
  });

  it('cuts each as-of list at limit, keeps the latest policy actions, and names the lists it cut', async () => {
    const q = `query($d: Date!, $limit: Int) { asOf(date: $d, limit: $limit) {
      officesHeld { id } officesPossiblyHeld { relationship { id } } policiesInForce { id }
      policiesPossiblyInForce { policy { id } } policyActions { id properties } truncated } }`;
    const whole = (await api.data(q, { d: '2021-04-15' })).asOf;
    expect(whole.truncated).toEqual([]);
    const lists = ['officesHeld', 'officesPossiblyHeld', 'policiesInForce', 'policiesPossiblyInForce', 'policyActions'];
    const longer = lists.filter((l) => whole[l].length > 1);
    expect(longer).toContain('policyActions');
    const one = (await api.data(q, { d: '2021-04-15', limit: 1 })).asOf;
    expect(one.truncated.sort()).toEqual([...longer].sort());
    for (const l of lists) expect(one[l].length).toBe(Math.min(1, whole[l].length));
    // The first item of each other list is the whole answer's first; the one action kept is the latest.
    expect(one.officesHeld[0]?.id).toBe(whole.officesHeld[0]?.id);
    expect(one.policyActions[0].id).toBe(whole.policyActions[whole.policyActions.length - 1].id);
    expect(await api.errorCode(q, { d: '2021-04-15', limit: 0 })).toBe('BAD_USER_INPUT');
  });
});
