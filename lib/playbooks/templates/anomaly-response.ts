import type { Template } from '../model';
import { l, TARGETS } from './common';

/**
 * 数据异常应急处置: what to do on the day the figures go wrong. The handbook asks for it twice without
 * spelling it out: at store launch (实时跟踪核心指标…针对异常数据（如流量骤降、订单量异常）启动应急预案) and
 * in a campaign (重点监控异常指标（如优惠券核销率低于预期、支付失败率上升），及时调整策略). The store-launch
 * playbook has the seller write the plan; this is the plan to run, from "is it real?" on day 0 through
 * the causes the handbook names (traffic sources, ad spend, listing health, payment, stock and shipping,
 * reviews) to a review that feeds back into the contingency plan. Written for this project.
 */
export const anomalyResponseTemplate: Template = {
  id: 'anomaly-response',
  version: 1,
  builtIn: true,
  scenario: 'anomaly-response',
  name: l('数据异常应急处置', 'Responding to a sudden change in the figures'),
  description: l(
    '流量骤降、订单量异常、转化或支付突然出问题时，当天确认异常是否真实并划定范围，次日前查清原因，按原因处置并每天跟踪到恢复，最后复盘并更新应急预案。',
    'When traffic crashes, orders jump or collapse, or conversion or payment suddenly break: confirm the change is real and how far it reaches on the day, find the cause by the next day, fix it and track the figures daily until they recover, then review and update the contingency plan.',
  ),
  dateKeys: [{ key: 'spottedDate', label: l('发现异常日期', 'Day the change was spotted') }],
  targetKeys: [
    { key: 'recoveryGmv', label: l('恢复目标：日成交额（异常前水平）', 'Recovery target: daily GMV (before the change)'), unit: 'money' },
    TARGETS.conversionRate,
  ],
  phases: [
    {
      id: 'anomaly-confirm',
      title: l('确认异常（当天）', 'Confirm it (same day)'),
      steps: [
        {
          id: 'anomaly-verify',
          title: l('核实数据', 'Check the figures'),
          tasks: [
            {
              id: 'anomaly-record-figures',
              title: l('在数据页记录当天的核心数据', 'Record today\'s core figures on the data page'),
              detail: l(
                '打开生意参谋、商智、罗盘等数据页，让访客（UV）、浏览量（PV）、转化率、客单价和订单量留下当天记录，与前 7 天对比。',
                'Open the analytics page (Business Advisor, JD Shangzhi, Douyin Compass or your own report) so today\'s visitors, page views, conversion, average order value and orders are kept, and set them against the previous 7 days.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'spottedDate', offsetDays: 0, calendar: true },
              pageHints: ['analyticsTable', 'dashboard'],
              autoCheck: 'metrics-captured-today',
            },
            {
              id: 'anomaly-rule-out-reporting',
              title: l('排除统计假象', 'Rule out a reporting artefact'),
              detail: l(
                '确认不是数据延迟、统计口径调整，或日期、终端、店铺筛选选错造成的；换一个数据页或隔一小时再看一次。',
                'Make sure it is not late data, a changed definition, or the wrong date, device or store filter; check on a second page or again an hour later.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'spottedDate', offsetDays: 0, calendar: true },
              pageHints: ['analyticsTable', 'dashboard'],
            },
            {
              id: 'anomaly-scope',
              title: l('划定范围：全店还是个别商品', 'Find its reach: the whole store or a few products'),
              detail: l(
                '按商品、流量来源、终端和小时拆开看：从几点开始、哪些商品、哪一路流量。范围决定找谁处理。',
                'Split by product, traffic source, device and hour: when it started, which products, which source. The reach decides who handles it.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'spottedDate', offsetDays: 0, calendar: true },
              pageHints: ['analyticsTable'],
            },
          ],
        },
        {
          id: 'anomaly-escalate',
          title: l('通报', 'Tell the people who act'),
          tasks: [
            {
              id: 'anomaly-notify',
              title: l('按应急预案通知责任人', 'Tell the owners the contingency plan names'),
              detail: l(
                '写明现象、范围和开始时间；支付或页面问题找技术，发货和库存找仓储，集中差评和咨询找客服，预算与价格找财务。',
                'Say what happened, how far it reaches and when it began; payment or page faults go to tech, shipping and stock to the warehouse, waves of complaints to customer service, budget and pricing to finance.',
              ),
              deliverables: [l('《异常通报》', 'Incident notice')],
              roles: ['operations'],
              due: { anchor: 'spottedDate', offsetDays: 0, calendar: true },
              pageHints: [],
            },
          ],
        },
      ],
    },
    {
      id: 'anomaly-diagnose',
      title: l('查明原因（次日前）', 'Find the cause (by the next day)'),
      steps: [
        {
          id: 'anomaly-traffic-side',
          title: l('流量骤降', 'Traffic crash'),
          tasks: [
            {
              id: 'anomaly-traffic-sources',
              title: l('按来源拆流量，找出掉得最多的一路', 'Split traffic by source and find the one that fell most'),
              detail: l(
                '搜索、推荐、活动入口、付费推广、站外各看一遍；搜索掉了查排名和关键词，推荐掉了查点击率和主图。',
                'Look at search, recommendations, campaign entries, paid ads and off-site one by one; a search fall means ranking and keywords, a recommendation fall means click-through rate and the main image.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'spottedDate', offsetDays: 1, calendar: true },
              pageHints: ['analyticsTable'],
            },
            {
              id: 'anomaly-ads-budget',
              title: l('检查付费推广', 'Check the paid ads'),
              detail: l(
                '预算是否提前花完、计划是否被暂停、出价或人群定向是否被改过。',
                'Has the budget run out early, was a plan paused, were bids or targeting changed?',
              ),
              deliverables: [],
              roles: ['marketing'],
              due: { anchor: 'spottedDate', offsetDays: 1, calendar: true },
              pageHints: ['campaign'],
            },
            {
              id: 'anomaly-listing-health',
              title: l('检查商品是否被处罚或下架', 'Check the listings were not penalised or taken down'),
              detail: l(
                '看违规处罚与降权通知；在商品编辑页检查标题和详情是否有违禁词，库存是否为零，价格是否被误改。',
                'Read the penalty and demotion notices; in the listing editor check the title and description for banned words, stock at zero and a price changed by mistake.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'spottedDate', offsetDays: 1, calendar: true },
              pageHints: ['listingEditor', 'productList'],
              autoCheck: 'listing-compliance-clean',
            },
          ],
        },
        {
          id: 'anomaly-order-side',
          title: l('订单或转化异常', 'Orders or conversion off'),
          tasks: [
            {
              id: 'anomaly-walk-checkout',
              title: l('自己走一遍下单和支付', 'Place an order and pay yourself'),
              detail: l(
                '从商品页到付款走完：SKU 能否选、运费模板是否对、优惠券是否失效、支付是否报错；支付失败率上升先找技术。',
                'Go from the item page to payment: can every variant be chosen, is the shipping template right, has a coupon expired, does payment fail? Rising payment failures go to tech first.',
              ),
              deliverables: [],
              roles: ['operations', 'tech'],
              due: { anchor: 'spottedDate', offsetDays: 0, calendar: true },
              pageHints: ['listingEditor'],
            },
            {
              id: 'anomaly-reviews-and-rivals',
              title: l('看评价区和竞品', 'Look at reviews and rivals'),
              detail: l(
                '评价区首屏是否出现集中差评或问答；同价位竞品是否降价或开了活动。',
                'Has a cluster of bad reviews or questions reached the top of the item page? Has a rival at the same price cut it or started a promotion?',
              ),
              deliverables: [],
              roles: ['operations', 'customerService'],
              due: { anchor: 'spottedDate', offsetDays: 1, calendar: true },
              pageHints: ['analyticsTable'],
            },
            {
              id: 'anomaly-order-spike',
              title: l('订单暴涨：先查价格和刷单', 'Orders surging: check the price and for fake orders first'),
              detail: l(
                '核对是否价格或优惠设错被集中下单、是否有异常账号刷单；确认后先限购或下架，再联系财务评估损失。',
                'Check whether a wrong price or discount is being bought up, or suspicious accounts are placing fake orders; once sure, limit quantities or take the item down, then have finance size the loss.',
              ),
              deliverables: [],
              roles: ['operations', 'finance'],
              due: { anchor: 'spottedDate', offsetDays: 0, calendar: true },
              pageHints: ['productList'],
            },
          ],
        },
      ],
    },
    {
      id: 'anomaly-act',
      title: l('处置与跟踪', 'Fix and follow'),
      steps: [
        {
          id: 'anomaly-fix',
          title: l('按原因处置', 'Act on the cause'),
          tasks: [
            {
              id: 'anomaly-apply-fix',
              title: l('处置并记下每项改动', 'Fix it and log every change'),
              detail: l(
                '如追加预算或调整出价、恢复库存或价格、修复支付、替换主图、申诉处罚；每项写明时间和负责人，便于判断哪一步起了作用。',
                'For example: top up the budget or change bids, restore stock or the price, repair payment, replace the main image, appeal a penalty; note the time and owner of each, so you can tell which step worked.',
              ),
              deliverables: [l('《异常处置记录》', 'Incident action log')],
              roles: ['operations'],
              due: { anchor: 'spottedDate', offsetDays: 1, calendar: true },
              pageHints: [],
            },
            {
              id: 'anomaly-customer-messages',
              title: l('统一客服口径', 'Give customer service one answer'),
              detail: l(
                '缺货、发货延迟或规则变更时，给客服统一的说明话术和补偿办法，避免差评扩散。',
                'For stock-outs, late shipping or changed rules, give customer service one agreed explanation and remedy, so bad reviews do not spread.',
              ),
              deliverables: [],
              roles: ['customerService'],
              due: { anchor: 'spottedDate', offsetDays: 1, calendar: true },
              pageHints: [],
            },
            {
              id: 'anomaly-daily-watch',
              title: l('每天记录数据，直到恢复', 'Record the figures daily until they recover'),
              detail: l(
                '每天在数据页留下记录，与异常前 7 天对比；连续 3 天回到原水平再结束跟踪。',
                'Record the figures on the data page each day and compare with the 7 days before the change; stop once they are back for 3 days in a row.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'spottedDate', offsetDays: 7, calendar: true },
              pageHints: ['analyticsTable', 'dashboard'],
              autoCheck: 'metrics-captured-today',
            },
          ],
        },
      ],
    },
    {
      id: 'anomaly-review',
      title: l('复盘', 'Review'),
      steps: [
        {
          id: 'anomaly-lessons',
          title: l('复盘与更新应急预案', 'Review and update the contingency plan'),
          tasks: [
            {
              id: 'anomaly-write-review',
              title: l('写异常复盘', 'Write the incident review'),
              detail: l(
                '原因、影响（少了多少访客、订单和成交额）、发现和处置是否及时、下次怎样更早发现。',
                'The cause, the cost (visitors, orders and GMV lost), whether it was spotted and handled in time, and how to spot it sooner next time.',
              ),
              deliverables: [l('《异常复盘报告》', 'Incident review')],
              roles: ['operations', 'finance'],
              due: { anchor: 'spottedDate', offsetWorkingDays: 5 },
              pageHints: ['analyticsTable'],
            },
            {
              id: 'anomaly-update-plan',
              title: l('把教训写回应急预案', 'Write the lessons into the contingency plan'),
              detail: l(
                '补上这次缺的监控项（如推广预算余额、库存预警、支付失败率）、责任人和响应时限。',
                'Add the watch that was missing this time (ad budget left, low-stock warning, payment failures), its owner and how fast they respond.',
              ),
              deliverables: [l('《应急预案（更新版）》', 'Contingency plan (updated)')],
              roles: ['operations', 'tech'],
              due: { anchor: 'spottedDate', offsetWorkingDays: 7 },
              pageHints: [],
            },
          ],
        },
      ],
    },
  ],
};
