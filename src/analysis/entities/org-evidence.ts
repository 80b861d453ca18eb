import type { Token } from '../text/tokens.js';

/** Lower-case nouns that introduce an organisation's name: "analytics firm Cirium", "the airline SkyVista". */
const ORG_NOUNS = new Set([
  'airline', 'carrier', 'firm', 'company', 'group', 'agency', 'startup', 'start-up', 'retailer', 'maker', 'bank',
  'brand', 'union', 'charity', 'insurer', 'lender', 'broadcaster', 'publisher', 'manufacturer', 'automaker',
  'carmaker', 'chipmaker', 'conglomerate', 'giant', 'chain', 'supermarket', 'regulator', 'watchdog', 'nonprofit',
  'non-profit', 'organisation', 'organization', 'ngo', 'consultancy', 'subsidiary', 'operator', 'platform',
  'newspaper', 'outlet', 'website', 'network', 'developer', 'provider', 'supplier', 'distributor', 'studio',
  'label', 'fund', 'insurer', 'railway', 'utility', 'cooperative', 'co-op', 'think-tank', 'tank',
]);

/** Nouns an organisation owns, after its possessive: "SkyVista’s schedule", "Cirium’s data". */
const ORG_POSSESSIONS = new Set([
  'schedule', 'schedules', 'fleet', 'shares', 'stock', 'customers', 'passengers', 'spokesperson', 'spokesman',
  'spokeswoman', 'statement', 'flights', 'planes', 'jets', 'aircraft', 'pilots', 'crews', 'employees', 'workers',
  'staff', 'ceo', 'cfo', 'board', 'headquarters', 'profits', 'profit', 'revenue', 'revenues', 'earnings',
  'shareholders', 'investors', 'subsidiary', 'stores', 'products', 'app', 'website', 'routes', 'hub', 'network',
  'executives', 'management', 'operations', 'valuation', 'subscribers', 'users', 'data',
]);

/** Nouns that a name modifies when it names an organisation: "an SkyVista spokesperson", "one SkyVista captain". */
const ORG_MEMBERS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'captain', 'pilot', 'pilots', 'employee', 'employees', 'executive',
  'executives', 'crew', 'engineer', 'engineers', 'customer', 'customers', 'passenger', 'passengers', 'flight',
  'flights', 'plane', 'jet', 'aircraft', 'store', 'stores', 'shareholder', 'shareholders', 'worker', 'workers',
  'staffer', 'staffers', 'representative', 'insider', 'insiders', 'subsidiary', 'app', 'franchise',
]);

const DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'many', 'some', 'other', 'another', 'every', 'each', 'no']);

function lower(token: Token | undefined): string {
  return token?.kind === 'word' ? token.text.toLowerCase() : '';
}

/**
 * Context that marks the capitalised word tokens[at] as an organisation or brand acting in the story: an
 * organisation noun before it, its possessive before something organisations own, or use as a modifier of a member
 * noun after a determiner.
 */
export function hasOrgContext(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (ORG_NOUNS.has(lower(tokens[at - 1]))) return true;
  const next = lower(tokens[at + 1]);
  if (token.possessive && ORG_POSSESSIONS.has(next)) return true;
  return !token.possessive && DETERMINERS.has(lower(tokens[at - 1])) && ORG_MEMBERS.has(next);
}
