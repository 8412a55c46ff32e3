import { EntityRecord, RelationshipRecord } from '../../src/graphql/model';
import { sentence } from '../../src/graphql/sentences';
import { possiblyReason } from '../../src/graphql/time-views';

const e = (id: string, label: string, props: Record<string, unknown>): EntityRecord => ({
  id,
  labels: ['Entity', label],
  props: { id, ...props },
});
const rel = (type: string, from: string, to: string, props: Record<string, unknown> = {}): RelationshipRecord => ({
  id: `${type.toLowerCase()}|${from}|${to}`,
  type,
  from,
  to,
  props,
});

describe('sentences name attribution honestly', () => {
  const claim = e('claim:frustrated', 'Claim', {
    name: 'Mexican officials privately frustrated',
    stance: 'frustrated',
  });
  const ebrard = e('person:marcelo-ebrard', 'Person', { name: 'Marcelo Ebrard' });

  it('an attitude unnamed officials ascribe to Ebrard is theirs, not his claim', () => {
    const s = sentence(rel('CLAIMED_BY', claim.id, ebrard.id, { statuses: ['reported'] }), {
      from: claim,
      to: ebrard,
      attributedTo: [{ attribution: 'unnamed-officials', who: 'current and former U.S. and Mexican officials' }],
    });
    expect(s).toMatch(
      /^unnamed officials \(current and former U\.S\. and Mexican officials\) said Marcelo Ebrard was frustrated/,
    );
    expect(s).not.toMatch(/claimed by/);
  });

  it("a claim attributed to its holder stays the holder's claim", () => {
    const rubio = e('person:luis-rubio', 'Person', { name: 'Luis Rubio' });
    const c = e('claim:rubio', 'Claim', { name: 'Rubio: troops were removed' });
    const s = sentence(rel('CLAIMED_BY', c.id, rubio.id, { statuses: ['alleged'] }), {
      from: c,
      to: rubio,
      attributedTo: [{ attribution: 'named-person', who: 'Luis Rubio', id: rubio.id }],
    });
    expect(s).toBe('Rubio: troops were removed was claimed by Luis Rubio [alleged].');
  });

  it('a role carries its counterpart, and who says so', () => {
    const tr = e('country:tr', 'Country', { name: 'Turkey' });
    const migration = e('issue:migration', 'Issue', { name: 'Migration' });
    const s = sentence(
      rel('PLAYED_ROLE', tr.id, migration.id, {
        role: 'interdiction state',
        counterpart: 'org:eu',
        statuses: ['reported'],
      }),
      {
        from: tr,
        to: migration,
        names: new Map([['org:eu', 'European Union']]),
        attributedTo: [{ attribution: 'named-person', who: 'Cris Ramón', id: 'person:cris-ramon' }],
      },
    );
    expect(s).toBe(
      'Turkey played the role of “interdiction state” in Migration, with European Union, according to Cris Ramón.',
    );
  });

  it('an office held under a president says so', () => {
    const landau = e('person:christopher-landau', 'Person', { name: 'Christopher Landau' });
    const office = e('office:us-ambassador-to-mexico', 'Office', { name: 'U.S. ambassador to Mexico' });
    const s = sentence(rel('HOLDS_OFFICE', landau.id, office.id, { underPresident: 'person:trump' }), {
      from: landau,
      to: office,
      names: new Map([['person:trump', 'Donald Trump']]),
    });
    expect(s).toBe('Christopher Landau held the office of U.S. ambassador to Mexico under Donald Trump.');
  });
});

describe('possibly-held reasons', () => {
  it('say what is attested and what is open', () => {
    expect(possiblyReason('undated', null, null)).toMatch(/^Undated/);
    expect(possiblyReason('after-window', '2014-01-01', '2014-12-31')).toBe(
      'After the attested window: the sources show it from 1 January 2014 to 31 December 2014 and state no end.',
    );
  });
});
