/**
 * The controlled vocabularies of docs/ontology.md that the synthetic generator draws
 * from, plus the syllables its made-up names are built of. Synthetic names are
 * deliberately fictional ("Valoria", "Amara Dunkestel"): they must never be mistaken
 * for a real country or person.
 */

/** PLOVER event types with a typical CAMEO root and code, and the quad class the root implies. */
export const EVENT_TYPES = [
  { eventType: 'CONSULT', cameoRoot: '04', cameoCode: '040', verb: 'consults', weight: 20 },
  { eventType: 'AGREE', cameoRoot: '03', cameoCode: '030', verb: 'agrees with', weight: 12 },
  { eventType: 'SUPPORT', cameoRoot: '05', cameoCode: '051', verb: 'supports', weight: 8 },
  { eventType: 'REQUEST', cameoRoot: '02', cameoCode: '020', verb: 'asks', weight: 10 },
  { eventType: 'COOPERATE', cameoRoot: '06', cameoCode: '061', verb: 'cooperates with', weight: 8 },
  { eventType: 'AID', cameoRoot: '07', cameoCode: '070', verb: 'sends aid to', weight: 4 },
  { eventType: 'CONCEDE', cameoRoot: '08', cameoCode: '080', verb: 'yields to', weight: 4 },
  { eventType: 'RETREAT', cameoRoot: '08', cameoCode: '087', verb: 'withdraws from', weight: 2 },
  { eventType: 'ACCUSE', cameoRoot: '11', cameoCode: '112', verb: 'accuses', weight: 8 },
  { eventType: 'REJECT', cameoRoot: '12', cameoCode: '120', verb: 'rejects a proposal of', weight: 6 },
  { eventType: 'THREATEN', cameoRoot: '13', cameoCode: '131', verb: 'threatens', weight: 5 },
  { eventType: 'PROTEST', cameoRoot: '14', cameoCode: '140', verb: 'protests against', weight: 3 },
  { eventType: 'SANCTION', cameoRoot: '16', cameoCode: '163', verb: 'sanctions', weight: 3 },
  { eventType: 'MOBILIZE', cameoRoot: '15', cameoCode: '150', verb: 'mobilises against', weight: 2 },
  { eventType: 'COERCE', cameoRoot: '17', cameoCode: '170', verb: 'coerces', weight: 2 },
  { eventType: 'ASSAULT', cameoRoot: '18', cameoCode: '180', verb: 'attacks', weight: 1 },
] as const;

export function quadClass(cameoRoot: string): string {
  const root = Number(cameoRoot);
  if (root <= 5) return 'verbal cooperation';
  if (root <= 8) return 'material cooperation';
  if (root <= 13) return 'verbal conflict';
  return 'material conflict';
}

export const ISSUES = [
  'Migration',
  'Trade',
  'Security',
  'Counternarcotics',
  'Energy',
  'Climate',
  'Public Health',
  'Human Rights',
  'Elections',
  'Labor',
  'Water',
  'Fisheries',
  'Investment',
  'Corruption',
  'Arms Control',
  'Cybersecurity',
] as const;

/** Sub-issues (PART_OF the issue at the same position modulo ISSUES.length). */
export const SUB_ISSUES = [
  'Asylum',
  'Tariffs',
  'Border Security',
  'Fentanyl',
  'Clean Energy',
  'Emissions',
  'Vaccines',
  'Press Freedom',
  'Election Observation',
  'Seasonal Work Visas',
  'River Treaties',
  'Fishing Quotas',
  'Investment Screening',
  'Money Laundering',
  'Missile Exports',
  'Ransomware',
] as const;

export const OFFICE_TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Interior Minister',
  'Defence Minister',
  'Trade Minister',
  'Finance Minister',
  'Central Bank Governor',
] as const;

export const ORG_KINDS = [
  { kind: 'agency', suffix: 'Migration Agency' },
  { kind: 'agency', suffix: 'Customs Service' },
  { kind: 'military', suffix: 'National Guard' },
  { kind: 'party', suffix: 'Party' },
  { kind: 'think tank', suffix: 'Institute' },
  { kind: 'newspaper', suffix: 'Herald' },
  { kind: 'company', suffix: 'Holdings' },
  { kind: 'council', suffix: 'Security Council' },
  { kind: 'judiciary', suffix: 'Supreme Court' },
] as const;

export const PLACE_KINDS = [
  { kind: 'city', prefix: '' },
  { kind: 'city', prefix: 'Port ' },
  { kind: 'region', prefix: 'Northern ' },
  { kind: 'border', prefix: 'Southern border of ' },
  { kind: 'route', prefix: 'Coastal route of ' },
] as const;

export const POLICY_KINDS = ['program', 'policy', 'order', 'strategy', 'agreement', 'measure'] as const;
export const ACTS_ON_ACTIONS = [
  'created',
  'announced',
  'expanded',
  'agreed-to-expand',
  'developed',
  'suspended',
  'rolled-back',
  'declined-to-use',
  'reversed',
] as const;
export const SITUATION_KINDS = [
  'migration-surge',
  'migration-decline',
  'election',
  'pandemic',
  'economic-downturn',
] as const;
export const EXPLICITNESS = ['stated', 'reported', 'implied', 'alleged'] as const;
export const CONCESSION_KINDS = ['enforcement', 'material aid', 'forbearance', 'goodwill'] as const;
export const EXCHANGE_PHASES = ['agreed', 'completed', 'ongoing', 'expected', 'sought'] as const;
export const LINKAGE_KINDS = ['linkage', 'potential-linkage', 'compartmentalisation'] as const;
export const PLAYED_ROLES = ['transit country', 'origin country', 'destination country', 'mediator', 'donor'] as const;
export const QUOTE_MEDIA = ['interview', 'video conference', 'press remarks', 'official statements'] as const;
export const METRICS = [
  { metric: 'migrants taken into custody along the border', unit: 'people' },
  { metric: 'deportations', unit: 'people' },
  { metric: 'bilateral trade volume', unit: 'million dollars' },
  { metric: 'troops deployed to the border', unit: 'people' },
  { metric: 'vaccine doses delivered', unit: 'doses' },
  { metric: 'asylum applications', unit: 'applications' },
] as const;

/** Syllables for made-up names. A few carry accents so search's accent folding is exercised. */
export const SYLLABLES = [
  'va',
  'lor',
  'ke',
  'stra',
  'mi',
  'dun',
  'ta',
  'ri',
  'so',
  'bel',
  'an',
  'gor',
  'nu',
  'phe',
  'xi',
  'lo',
  'ra',
  'mon',
  'té',
  'quá',
] as const;
export const COUNTRY_SUFFIXES = ['ia', 'land', 'stan', 'a', 'ar', 'ova', 'ene', 'ur'] as const;
export const GIVEN_NAMES = [
  'Amara',
  'Bruno',
  'Celia',
  'Darius',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Inés',
  'Jonas',
  'Kalia',
  'Lucas',
  'Mireille',
  'Nikolai',
  'Olga',
  'Pablo',
  'Ramón',
  'Sofía',
  'Tomas',
  'Ulla',
  'Víctor',
  'Wen',
  'Yara',
  'Zoltan',
] as const;
