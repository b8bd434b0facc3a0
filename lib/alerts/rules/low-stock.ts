import { campaignCoverNeed, daysOfCover } from '../stock';
import type { ProductAlertRule } from '../types';

/**
 * 库存预警. The handbook asks for a stock warning before a campaign (资源对接: 库存预警机制; 资源准备:
 * 库存盘点, 保证热销货充足, 设置库存预警) and gives no number, so both lines are defaults the seller sets
 * per store: stock under `lowStockCoverDays` days of the product's own recent sales is low; when a
 * campaign run of the store is under way or starts within `lowStockCampaignLeadDays`, stock must last
 * through the campaign's encore (返场), whichever is longer. Unknown cover (no stock read in the last
 * days, no sales history) is never an alert. The rate is the product's recent one; a campaign usually
 * sells faster, so the need is a floor, which the alert says.
 */
export const lowStock: ProductAlertRule = {
  id: 'low-stock',
  scope: 'product',
  severity: 'medium',
  metric: 'daysOfCover',
  title: { 'zh-CN': '库存预警：可售天数不足', en: 'Low stock: too few days of cover' },
  short: { 'zh-CN': '库存不足', en: 'Low stock' },
  action: {
    'zh-CN': '盘点库存并补货（联系仓储/供应链），补货到位前控制推广与优惠力度，避免超卖和断货',
    en: 'Count stock and reorder (warehouse / supply chain); until it arrives, hold back promotion and discounts so you neither oversell nor run out',
  },
  playbookTask: { templateId: 'campaign', taskId: 'stock-check' },
  thresholds: ['lowStockCoverDays', 'lowStockCampaignLeadDays', 'stockSalesDays'],
  evaluate(ctx) {
    const cover = daysOfCover(ctx.history, ctx.index, ctx.settings.stockSalesDays);
    if (cover.kind !== 'known') return null;
    const campaign = campaignCoverNeed(ctx.campaigns, ctx.product, ctx.period, ctx.settings.lowStockCampaignLeadDays);
    const usual = ctx.settings.lowStockCoverDays;
    const byCampaign = campaign !== null && campaign.daysThroughEncore > usual;
    const need = byCampaign ? campaign.daysThroughEncore : usual;
    if (cover.days >= need) return null;
    const days = Math.floor(cover.days);
    const extra: Record<string, number | string | null> = {
      stock: cover.stock.stock,
      stockDay: cover.stock.day,
      coverSource: cover.source,
    };
    if (cover.stock.soldSince > 0) extra.soldSince = cover.stock.soldSince;
    if (cover.stock.inbound !== null) extra.inbound = cover.stock.inbound;
    if (cover.source === 'own-sales') {
      extra.unitsPerDay = Math.round(cover.rate.perDay * 10) / 10;
      extra.salesDays = cover.rate.days;
    }
    if (campaign) {
      extra.campaign = campaign.window.runName;
      extra.campaignEnds = campaign.window.end;
      extra.campaignActive = campaign.active ? 1 : 0;
    }
    return {
      // Out of stock, or out before the campaign is over while it runs, is the worst case.
      severity: days <= 0 || (campaign?.active && byCampaign) ? 'high' : 'medium',
      evidence: {
        metric: 'daysOfCover',
        value: days,
        period: ctx.period,
        extra,
        // In a campaign the line is the run's own dates (days through its encore), so its source is the run.
        threshold: byCampaign ? { ...ctx.threshold('lowStockCampaignLeadDays', need), source: 'run-target' } : ctx.threshold('lowStockCoverDays', need),
      },
    };
  },
};
