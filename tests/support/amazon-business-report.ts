import { mulberry32 } from './random';

/**
 * A generated Amazon "Detail Page Sales and Traffic By Child Item" report for one day: 2,000 child
 * ASINs by default, numbers shaped like a real catalog (log-normal traffic from a handful of sessions
 * to thousands, 60–80% of it from the app, page views 1.1–1.7 per session, Buy Box share mostly
 * 90–100%, Unit Session Percentage 4–22%, prices $6–$80, a few percent B2B). The catalog (ASINs,
 * titles, levels) is fixed by `seed`; the day only adds day-to-day noise. Served to the virtualized
 * grid fixture by the fixture server, and fed to the capture bench as a 2,000-row day.
 */
export interface BusinessReportRow {
  parentAsin: string;
  asin: string;
  title: string;
  sku: string;
  sessionsApp: number;
  sessionsBrowser: number;
  sessions: number;
  sessionShare: number;
  pageViewsApp: number;
  pageViewsBrowser: number;
  pageViews: number;
  pageViewShare: number;
  buyBoxRate: number;
  units: number;
  unitsB2B: number;
  unitSessionRate: number;
  sales: number;
  salesB2B: number;
  orderItems: number;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const NOUNS = ['Water Bottle', 'Yoga Mat', 'Desk Lamp', 'Phone Stand', 'Travel Mug', 'Cutting Board', 'Storage Bin', 'Throw Pillow', 'Bath Towel', 'Plant Pot', 'Lunch Box', 'Backpack'];
const TRAITS = ['Insulated', 'Non-Slip', 'Foldable', 'Bamboo', 'Stainless Steel', 'Eco-Friendly', 'Heavy Duty', 'Compact', 'Large', 'Dishwasher Safe'];
const COLOURS = ['Slate', 'Sage', 'Sand', 'Charcoal', 'Navy', 'Blush', 'Ivory', 'Forest'];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function businessReport(day: string, { products = 2000, seed = 20261120 } = {}): BusinessReportRow[] {
  const catalog = mulberry32(seed);
  const daily = mulberry32(seed ^ hash(day));
  const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const asin = () => `B0${Array.from({ length: 8 }, () => ALPHABET[Math.floor(catalog() * ALPHABET.length)]).join('')}`;
  const rows: BusinessReportRow[] = [];
  const seen = new Set<string>();
  let parentAsin = asin();
  for (let i = 0; i < products; i++) {
    if (catalog() < 0.3) parentAsin = asin();
    let child = asin();
    while (seen.has(child)) child = asin();
    seen.add(child);
    const noun = NOUNS[Math.floor(catalog() * NOUNS.length)]!;
    const trait = TRAITS[Math.floor(catalog() * TRAITS.length)]!;
    const colour = COLOURS[Math.floor(catalog() * COLOURS.length)]!;
    const level = Math.exp(Math.log(120) + 1.2 * normal(catalog));
    const appShare = 0.6 + 0.2 * catalog();
    const viewsPerSession = 1.1 + 0.6 * catalog();
    const buyBoxLevel = catalog() < 0.9 ? 0.9 + 0.1 * catalog() : 0.7 + 0.2 * catalog();
    const conversionLevel = 0.04 + 0.18 * catalog();
    const price = Math.round((6 + 74 * catalog() ** 2) * 100) / 100;
    // Day-to-day noise: ±15% traffic, a few points of Buy Box, conversion wobbling around its level.
    const sessions = Math.max(0, Math.round(level * (1 + 0.15 * normal(daily))));
    const sessionsApp = Math.round(sessions * appShare);
    const pageViews = Math.round(sessions * viewsPerSession * (1 + 0.05 * daily()));
    const pageViewsApp = Math.round(pageViews * appShare);
    const units = Math.min(sessions * 3, Math.max(0, Math.round(sessions * conversionLevel * (1 + 0.25 * normal(daily)))));
    const unitsB2B = Math.round(units * 0.05 * daily());
    const orderItems = Math.max(0, units - Math.round(units * 0.1 * daily()));
    rows.push({
      parentAsin,
      asin: child,
      title: `Harbor & Pine ${trait} ${noun}, ${colour}`,
      sku: `HP-${noun.replace(/\s+/g, '').slice(0, 6).toUpperCase()}-${String(i).padStart(4, '0')}`,
      sessionsApp,
      sessionsBrowser: sessions - sessionsApp,
      sessions,
      sessionShare: 0,
      pageViewsApp,
      pageViewsBrowser: pageViews - pageViewsApp,
      pageViews,
      pageViewShare: 0,
      buyBoxRate: Math.min(1, Math.max(0, buyBoxLevel + 0.02 * normal(daily))),
      units,
      unitsB2B,
      unitSessionRate: sessions ? units / sessions : 0,
      sales: Math.round(units * price * 100) / 100,
      salesB2B: Math.round(unitsB2B * price * 100) / 100,
      orderItems,
    });
  }
  const totalSessions = rows.reduce((sum, row) => sum + row.sessions, 0) || 1;
  const totalViews = rows.reduce((sum, row) => sum + row.pageViews, 0) || 1;
  for (const row of rows) {
    row.sessionShare = row.sessions / totalSessions;
    row.pageViewShare = row.pageViews / totalViews;
  }
  return rows;
}
