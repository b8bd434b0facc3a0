import type { Template } from '../model';
import { SEGMENT_CUTOFFS } from '../segment-cutoffs';
import { l, TARGETS } from './common';

/** 用户分层运营 (new, active, dormant, VIP): segments → perks and win-back → run and review. Completed from common CRM practice. */
export const userSegmentationTemplate: Template = {
  id: 'user-segmentation',
  version: 1,
  builtIn: true,
  scenario: 'user-segmentation',
  name: l('用户分层运营', 'Customer segmentation'),
  description: l(
    '把用户分为新客、活跃、沉睡、VIP，分别配置权益与触达，召回沉睡用户，并按周期复盘分层效果。',
    'Split customers into new, active, dormant and VIP, give each its perks and messages, win back the dormant ones, and review the results each cycle.',
  ),
  dateKeys: [
    { key: 'startDate', label: l('启动日期', 'Start date') },
    { key: 'reviewDate', label: l('复盘日期', 'Review date') },
  ],
  targetKeys: [TARGETS.newUsers, TARGETS.repurchaseRate, TARGETS.reactivatedUsers],
  phases: [
    {
      id: 'segments',
      title: l('划分用户层级', 'Define the segments'),
      steps: [
        {
          id: 'segment-rules',
          title: l('分层规则', 'Segment rules'),
          tasks: [
            {
              id: 'define-segments',
              title: l('用最近购买、频次、金额定义四层用户', 'Define four segments by recency, frequency and spend'),
              detail: l(
                '按下方阈值划分新客、活跃、沉睡与 VIP；阈值按类目复购周期调整。',
                'Split customers into new, active, dormant and VIP by the cut-offs below; tune them to the category\'s buying cycle.',
              ),
              deliverables: [l('《用户分层规则表》', 'Segment rules sheet')],
              roles: ['operations'],
              due: { anchor: 'startDate', offsetWorkingDays: -10 },
              pageHints: ['analyticsTable'],
              // Common CRM practice, not the handbook's: shown as defaults the seller changes in Options.
              parameters: [
                { key: 'newWithinDays', value: SEGMENT_CUTOFFS.newWithinDays.value, source: 'default' },
                { key: 'activeMinOrders', value: SEGMENT_CUTOFFS.activeMinOrders.value, source: 'default' },
                { key: 'activeWindowDays', value: SEGMENT_CUTOFFS.activeWindowDays.value, source: 'default' },
                { key: 'dormantAfterDays', value: SEGMENT_CUTOFFS.dormantAfterDays.value, source: 'default' },
                { key: 'vipTopPercent', value: SEGMENT_CUTOFFS.vipTopPercent.value, source: 'default' },
              ],
            },
            {
              id: 'size-segments',
              title: l('测算各层人数与贡献', 'Size each segment and what it brings in'),
              detail: l('统计每层人数、GMV 占比、客单价和复购率，找出最值得投入的一层。', 'Count each segment, its share of GMV, average order value and repeat rate, and pick where effort pays most.'),
              deliverables: [],
              roles: ['operations', 'finance'],
              due: { anchor: 'startDate', offsetWorkingDays: -8 },
              pageHints: ['analyticsTable', 'dashboard'],
            },
            {
              id: 'build-audiences',
              title: l('在后台建好人群包与标签', 'Build the audiences and tags in the back office'),
              detail: l('按规则圈选人群并定期自动更新，供券、短信和投放调用。', 'Build each segment as an audience that refreshes itself, ready for coupons, texts and ads.'),
              deliverables: [],
              roles: ['operations', 'tech'],
              due: { anchor: 'startDate', offsetWorkingDays: -5 },
              pageHints: ['dashboard'],
            },
          ],
        },
      ],
    },
    {
      id: 'benefits',
      title: l('权益与召回', 'Perks and win-back'),
      steps: [
        {
          id: 'segment-benefits',
          title: l('分层权益', 'Perks per segment'),
          tasks: [
            {
              id: 'new-customer-benefits',
              title: l('新客：新人礼包与第二单券', 'New: welcome pack and a second-order coupon'),
              detail: l('首单后 7 天内推送第二单券，引导完成第二次购买。', 'Send a second-order coupon within 7 days of the first order to get the second purchase.'),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'startDate', offsetWorkingDays: -3 },
              pageHints: ['campaign'],
              autoCheck: 'coupons-configured',
            },
            {
              id: 'active-customer-benefits',
              title: l('活跃：积分、会员日与专属价', 'Active: points, member day and member prices'),
              detail: l('设定积分获取与兑换规则，每月固定会员日。', 'Set how points are earned and spent and hold a fixed member day each month.'),
              deliverables: [],
              roles: ['operations', 'marketing'],
              due: { anchor: 'startDate', offsetWorkingDays: -3 },
              pageHints: ['campaign'],
            },
            {
              id: 'vip-benefits',
              title: l('VIP：专属折扣、优先发货、专属客服', 'VIP: private discounts, priority dispatch, a dedicated agent'),
              detail: l('仓储给 VIP 订单加优先标记，客服设专人对接。', 'The warehouse flags VIP orders for priority; customer service assigns a named agent.'),
              deliverables: [],
              roles: ['operations', 'warehouse', 'customerService'],
              due: { anchor: 'startDate', offsetWorkingDays: -3 },
              pageHints: [],
            },
            {
              id: 'benefits-cost-check',
              title: l('财务核算权益成本', 'Finance costs the perks'),
              detail: l('按预计领取与使用率测算让利成本，确认不突破毛利底线。', 'Estimate the cost from expected take-up and check it stays above the margin floor.'),
              deliverables: [l('《用户权益矩阵》', 'Customer perks matrix')],
              roles: ['finance'],
              due: { anchor: 'startDate', offsetWorkingDays: -2 },
              pageHints: [],
            },
          ],
        },
        {
          id: 'reactivation',
          title: l('沉睡用户召回', 'Win back dormant customers'),
          tasks: [
            {
              id: 'dormant-win-back',
              title: l('分批召回沉睡用户：短信、Push、回归券', 'Win back dormant customers in waves: text, push, come-back coupon'),
              detail: l('按下方沉睡天数分批，力度逐级加大，控制触达频次避免打扰。', 'Split by how long they have been asleep (below), with bigger offers for longer sleepers, and cap how often each is contacted.'),
              deliverables: [l('《沉睡用户召回方案》', 'Win-back plan')],
              roles: ['operations', 'marketing'],
              due: { anchor: 'startDate', offsetWorkingDays: 0 },
              pageHints: ['campaign'],
              parameters: [
                { key: 'dormantAfterDays', value: SEGMENT_CUTOFFS.dormantAfterDays.value, source: 'default' },
                { key: 'winBackSecondDays', value: SEGMENT_CUTOFFS.winBackSecondDays.value, source: 'default' },
                { key: 'winBackThirdDays', value: SEGMENT_CUTOFFS.winBackThirdDays.value, source: 'default' },
              ],
            },
            {
              id: 'win-back-scripts',
              title: l('客服回访话术', 'Call-back scripts for customer service'),
              detail: l('给高价值沉睡用户准备回访话术，记录流失原因。', 'Give agents a script for calling high-value sleepers and log why they left.'),
              deliverables: [],
              roles: ['customerService'],
              due: { anchor: 'startDate', offsetWorkingDays: 0 },
              pageHints: [],
            },
          ],
        },
      ],
    },
    {
      id: 'run-and-review',
      title: l('执行与复盘', 'Run and review'),
      steps: [
        {
          id: 'tracking',
          title: l('跟踪', 'Tracking'),
          tasks: [
            {
              id: 'weekly-segment-tracking',
              title: l('每周看各层转化、复购与召回率', 'Weekly: conversion, repeat rate and win-back per segment'),
              detail: l('在数据页记录各层指标，与目标对比，调整触达节奏。', 'Record each segment\'s figures on the data page, compare with target, and adjust the contact rhythm.'),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'startDate', offsetWorkingDays: 5 },
              pageHints: ['analyticsTable', 'dashboard'],
              autoCheck: 'metrics-captured-today',
            },
            {
              id: 'vip-upgrade-check',
              title: l('检查升降级是否按规则执行', 'Check customers move between tiers as the rules say'),
              detail: l('抽查升级与降级名单，确保权益随层级变化及时生效或回收。', 'Spot-check who moved up and down and that perks follow promptly.'),
              deliverables: [],
              roles: ['operations', 'tech'],
              due: { anchor: 'startDate', offsetWorkingDays: 20 },
              pageHints: [],
            },
          ],
        },
        {
          id: 'review',
          title: l('复盘', 'Review'),
          tasks: [
            {
              id: 'segmentation-review',
              title: l('分层运营复盘', 'Segmentation review'),
              detail: l('对照目标看新客二购率、复购率、召回人数和权益成本，调整分层阈值与权益。', 'Against target: second-order rate, repeat rate, customers won back and perk cost; retune cut-offs and perks.'),
              deliverables: [l('《用户分层运营复盘报告》', 'Segmentation review report')],
              roles: ['operations', 'finance', 'marketing'],
              due: { anchor: 'reviewDate', offsetWorkingDays: 3 },
              pageHints: ['analyticsTable'],
            },
          ],
        },
      ],
    },
  ],
};
