// Plain constants, no zod: the sidebar's checklist imports these inside the content script.

export const SCENARIOS = [
  'store-launch',
  'campaign',
  'product-lifecycle',
  'user-segmentation',
  'cross-team',
  'anomaly-response',
  'live-stream',
  'custom',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** 运营, 市场, 客服, 仓储, 财务, 技术 */
export const ROLES = ['operations', 'marketing', 'customerService', 'warehouse', 'finance', 'tech'] as const;
export type Role = (typeof ROLES)[number];

/** Checks the page itself can show, so a task can tick itself when they pass. */
export const AUTO_CHECK_IDS = [
  'listing-compliance-clean',
  'listing-completeness-pass',
  'coupons-configured',
  'metrics-captured-today',
] as const;
export type AutoCheckId = (typeof AUTO_CHECK_IDS)[number];
