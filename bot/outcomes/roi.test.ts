import { describe, expect, it } from 'vitest';
import { campaignRoi } from './roi.js';

const cost = { id: 'c1', campaign: 'owners_webinar', from: '2026-10-01', to: '2026-10-31', amount: 4_000, currency: 'EUR' };

describe('campaign ROI', () => {
  it('is (revenue − cost) / cost, with revenue per lead and cost per sales-ready lead', () => {
    expect(campaignRoi(cost, { conversations: 400, leads: 50, salesReady: 20, won: 3, revenue: 10_000 })).toEqual({
      ...cost,
      conversations: 400,
      leads: 50,
      salesReady: 20,
      won: 3,
      revenue: 10_000,
      roi: 1.5, // (10 000 − 4 000) / 4 000
      revenuePerLead: 200,
      costPerSalesReadyLead: 200,
    });
  });

  it('says nothing it cannot: a campaign that cost nothing has no ROI, one without leads no per-lead figures', () => {
    const free = campaignRoi({ ...cost, amount: 0 }, { conversations: 10, leads: 0, salesReady: 0, won: 0, revenue: 0 });
    expect(free).toMatchObject({ roi: null, revenuePerLead: null, costPerSalesReadyLead: null });
    expect(campaignRoi(cost, { conversations: 10, leads: 2, salesReady: 0, won: 0, revenue: 0 })).toMatchObject({ roi: -1, revenuePerLead: 0, costPerSalesReadyLead: null });
  });
});
