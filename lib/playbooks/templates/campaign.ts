import type { Template } from '../model';
import { l, TARGETS } from './common';

/** 日常促销活动 (618, 双11, holiday sales): plan → resources and pre-heat → live with hourly watch → review. */
export const campaignTemplate: Template = {
  id: 'campaign',
  version: 1,
  builtIn: true,
  scenario: 'campaign',
  name: l('促销活动（618 / 双11 / 节日大促）', 'Promotion campaign (618 / Double 11 / holiday sale)'),
  description: l(
    '从方案审批、资源与预热、爆发期逐小时盯盘，到结束后 3 个工作日内复盘并沉淀用户。',
    'From plan approval, resources and pre-heat, and hour-by-hour watch in the burst, to a review within 3 working days of the end and keeping the new customers.',
  ),
  dateKeys: [
    { key: 'preheatStart', label: l('预热开始', 'Pre-heat starts') },
    { key: 'burstStart', label: l('爆发期开始', 'Burst starts') },
    { key: 'burstEnd', label: l('爆发期结束', 'Burst ends') },
    { key: 'returnEnd', label: l('返场结束', 'Encore ends'), optional: true },
  ],
  targetKeys: [TARGETS.gmv, TARGETS.newUsers, TARGETS.conversionRate, TARGETS.couponRedemptionRate, TARGETS.roi],
  phases: [
    {
      id: 'plan',
      title: l('活动策划与审批', 'Plan and approval'),
      steps: [
        {
          id: 'theme-and-mechanics',
          title: l('主题与玩法', 'Theme and mechanics'),
          tasks: [
            {
              id: 'choose-theme',
              title: l('确定活动主题与核心玩法', 'Pick the theme and the main mechanics'),
              detail: l(
                '结合节日、平台大促节点或行业热点定主题（如“年中焕新”），选定核心玩法：满减、秒杀、拼团或优惠券。',
                'Tie the theme to the holiday, the platform event or a trend (e.g. "mid-year refresh") and choose the main mechanics: spend-and-save, flash sale, group buy or coupons.',
              ),
              deliverables: [],
              roles: ['operations', 'marketing'],
              due: { anchor: 'preheatStart', offsetWorkingDays: -15 },
              pageHints: ['dashboard'],
            },
            {
              id: 'set-schedule-and-offers',
              title: l('排定活动节奏与优惠力度', 'Set the schedule and the discount depth'),
              detail: l(
                '写明预热期、爆发期、返场期的起止时间，以及每档优惠（如满 200 减 30、第二件半价）和适用商品。',
                'Write down when pre-heat, burst and encore start and end, each offer tier (e.g. ¥30 off ¥200, second item half price) and which products it covers.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'preheatStart', offsetWorkingDays: -15 },
              pageHints: ['campaign'],
            },
            {
              id: 'budget-and-stock-plan',
              title: l('测算预算与备货量', 'Work out the budget and the stock to hold'),
              detail: l(
                '估算广告预算、达人合作费用和让利成本，按目标 GMV 倒推各主推款备货量，核算毛利底线。',
                'Estimate ad spend, creator fees and discount cost, work back from the GMV target to the stock each hero product needs, and check the margin floor.',
              ),
              deliverables: [],
              roles: ['operations', 'finance', 'warehouse'],
              due: { anchor: 'preheatStart', offsetWorkingDays: -12 },
              pageHints: ['analyticsTable'],
            },
          ],
        },
        {
          id: 'approval',
          title: l('方案审批', 'Sign-off'),
          tasks: [
            {
              id: 'submit-for-approval',
              title: l('方案提交运营总监、市场负责人、财务审批', 'Get the plan signed off by the head of operations, marketing lead and finance'),
              detail: l(
                '三方审核通过后定稿；预算或让利有调整时同步更新备货量。',
                'The plan is final once all three approve; if the budget or discounts change, update the stock plan to match.',
              ),
              deliverables: [l('《活动策划方案》', 'Campaign plan'), l('《预算审批表》', 'Budget approval form')],
              roles: ['operations', 'marketing', 'finance'],
              due: { anchor: 'preheatStart', offsetWorkingDays: -10 },
              pageHints: [],
            },
          ],
        },
      ],
    },
    {
      id: 'resources-and-preheat',
      title: l('资源准备与预热', 'Resources and pre-heat'),
      steps: [
        {
          id: 'resources',
          title: l('资源准备', 'Resources'),
          tasks: [
            {
              id: 'campaign-page',
              title: l('搭建活动页（PC 与移动端）', 'Build the campaign page (desktop and mobile)'),
              detail: l('会场页在两端都能正常展示和跳转，主推款、优惠说明、倒计时齐全。', 'The landing page renders and links correctly on both, with hero products, offer terms and the countdown in place.'),
              deliverables: [],
              roles: ['operations', 'tech'],
              due: { anchor: 'preheatStart', offsetWorkingDays: -3 },
              pageHints: ['campaign'],
            },
            {
              id: 'configure-coupons',
              title: l('配置优惠券（满减券、品类券、新人券）', 'Set up the coupons (spend-and-save, category, first-order)'),
              detail: l(
                '核对面额、门槛、领取与使用时间、每人限领和适用商品；在优惠券页能看到全部券即完成。',
                'Check face value, threshold, claim and use windows, per-customer limit and eligible products; done when the coupon page lists them all.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'preheatStart', offsetWorkingDays: -2 },
              pageHints: ['campaign'],
              autoCheck: 'coupons-configured',
            },
            {
              id: 'stock-check',
              title: l('盘点库存并设置预警', 'Count stock and set low-stock alerts'),
              detail: l('确认热销款库存足够覆盖爆发期，设置库存预警线，断货风险款提前补货或换款。', 'Make sure best sellers cover the burst, set low-stock alerts, and reorder or swap any product at risk of selling out.'),
              deliverables: [l('《活动资源清单》', 'Campaign resource list')],
              roles: ['warehouse', 'operations'],
              due: { anchor: 'preheatStart', offsetWorkingDays: -3 },
              pageHints: ['productList'],
            },
          ],
        },
        {
          id: 'preheat',
          title: l('预热推广', 'Pre-heat'),
          tasks: [
            {
              id: 'preheat-schedule',
              title: l('排定站内外预热节奏', 'Schedule the pre-heat on and off the platform'),
              detail: l('列出每个渠道的发布日期、内容和负责人。', 'List each channel with its date, content and owner.'),
              deliverables: [l('《预热推广排期表》', 'Pre-heat schedule')],
              roles: ['marketing', 'operations'],
              due: { anchor: 'preheatStart', offsetWorkingDays: -5 },
              pageHints: [],
            },
            {
              id: 'onsite-preheat',
              title: l('站内预热：首页 Banner、Push、会员短信', 'On-site pre-heat: home-page banner, push, member SMS'),
              detail: l('预热开始当天上线首页 Banner 与推送，给会员发活动短信。', 'Put the banner and push live the day pre-heat starts and text members about the sale.'),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'preheatStart', offsetWorkingDays: 0 },
              pageHints: ['campaign'],
            },
            {
              id: 'listing-entry-points',
              title: l('商品详情页挂上活动入口', 'Add the campaign entry to product pages'),
              detail: l('主推款详情页加活动标识和会场入口，文案同样要过违禁词检查。', 'Add the campaign badge and a link to the landing page on hero products; the copy goes through the banned-word check too.'),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'preheatStart', offsetWorkingDays: 0 },
              pageHints: ['listingEditor'],
              autoCheck: 'listing-compliance-clean',
            },
            {
              id: 'offsite-preheat',
              title: l('站外预热：小红书 / 抖音预告、达人种草、社群裂变', 'Off-site pre-heat: RED / Douyin teasers, creator seeding, invite-a-friend coupons'),
              detail: l('按排期发布预告，跟进达人内容上线，社群里用“邀请好友领券”拉新。', 'Post teasers on schedule, chase creator posts, and run invite-a-friend coupons in the groups to bring in new buyers.'),
              deliverables: [],
              roles: ['marketing'],
              due: { anchor: 'preheatStart', offsetWorkingDays: 0 },
              pageHints: [],
            },
          ],
        },
      ],
    },
    {
      id: 'execution',
      title: l('活动执行与实时监控', 'Live and hourly watch'),
      steps: [
        {
          id: 'go-live',
          title: l('上线保障', 'Go-live readiness'),
          tasks: [
            {
              id: 'cs-campaign-training',
              title: l('客服培训活动规则与退换货政策', 'Brief customer service on the rules and the returns policy'),
              detail: l('准备常见问题话术：优惠叠加、价保、发货时效、退换规则。', 'Prepare answers for the usual questions: stacking offers, price protection, dispatch times, returns.'),
              deliverables: [],
              roles: ['customerService', 'operations'],
              due: { anchor: 'burstStart', offsetWorkingDays: -2 },
              pageHints: [],
            },
            {
              id: 'load-readiness',
              title: l('技术保障：并发预估与防宕机应急预案', 'Tech readiness: expected load and a contingency plan for outages'),
              detail: l('预估峰值并发，完成压测，明确故障时的降级与回滚方式和值班人。', 'Estimate peak load, run a load test, and agree the fallback, rollback and who is on call.'),
              deliverables: [],
              roles: ['tech'],
              due: { anchor: 'burstStart', offsetWorkingDays: -2 },
              pageHints: [],
            },
            {
              id: 'pages-live-on-time',
              title: l('活动页与价格按时生效', 'Campaign page and prices go live on time'),
              detail: l('爆发期开始时逐一核对会场、券和活动价已生效。', 'When the burst starts, check the landing page, coupons and sale prices are all live.'),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'burstStart', offsetWorkingDays: 0 },
              pageHints: ['campaign', 'productList'],
            },
          ],
        },
        {
          id: 'hourly-monitoring',
          title: l('逐小时监控', 'Hourly watch'),
          tasks: [
            {
              id: 'hourly-metrics-watch',
              title: l('每小时看曝光、点击率、核销率、订单量', 'Every hour: impressions, CTR, coupon redemption, orders'),
              detail: l('打开数据看板记录当小时数据，与计划对比，偏差大时在进度表里记下并通知负责人。', 'Open the dashboard, record the hour, compare with plan, and log any big gap and tell its owner.'),
              deliverables: [l('《实时数据监控看板》', 'Live metrics board')],
              roles: ['operations'],
              due: { anchor: 'burstStart', offsetWorkingDays: 0 },
              pageHints: ['analyticsTable', 'dashboard'],
              autoCheck: 'metrics-captured-today',
            },
            {
              id: 'coupon-redemption-watch',
              title: l('核销率低于预期时调整', 'Act when coupon redemption falls short'),
              detail: l('核销率明显低于计划：检查券是否可见、门槛是否过高，考虑追加投放或调整门槛。', 'If redemption is well under plan, check the coupon is visible and the threshold reachable; consider more ad spend or a lower threshold.'),
              deliverables: [],
              roles: ['operations', 'marketing'],
              due: { anchor: 'burstStart', offsetWorkingDays: 1 },
              pageHints: ['campaign', 'analyticsTable'],
            },
            {
              id: 'payment-failure-watch',
              title: l('支付失败率上升时排查', 'Chase rising payment failures'),
              detail: l('支付失败率上升时立即通知技术排查支付通道，客服同步安抚话术。', 'When payment failures rise, have tech check the payment path at once and give customer service a holding reply.'),
              deliverables: [],
              roles: ['tech', 'customerService'],
              due: { anchor: 'burstStart', offsetWorkingDays: 1 },
              pageHints: ['dashboard'],
            },
            {
              id: 'execution-log',
              title: l('记录执行进度与每次策略调整', 'Log progress and every change of tack'),
              detail: l('每次加投、改价、换券都写明时间、原因和效果，复盘时直接引用。', 'Note each extra spend, price or coupon change with time, reason and effect, ready for the review.'),
              deliverables: [l('《活动执行进度表》', 'Campaign progress log')],
              roles: ['operations'],
              due: { anchor: 'burstEnd', offsetWorkingDays: 0 },
              pageHints: ['dashboard'],
            },
          ],
        },
      ],
    },
    {
      id: 'review',
      title: l('复盘与用户沉淀', 'Review and retention'),
      steps: [
        {
          id: 'data-review',
          title: l('数据复盘', 'Review the numbers'),
          tasks: [
            {
              id: 'collect-feedback',
              title: l('汇总客服高频问题与评价关键词', 'Gather top customer questions and review keywords'),
              detail: l('客服整理咨询 Top 问题，运营提取评价中的高频正负面关键词。', 'Customer service lists the top questions; operations pulls the most frequent good and bad words from reviews.'),
              deliverables: [],
              roles: ['customerService', 'operations'],
              due: { anchor: 'burstEnd', offsetWorkingDays: 2 },
              pageHints: [],
            },
            {
              id: 'campaign-review',
              title: l('出具活动复盘报告（结束后 3 个工作日内）', 'Write the campaign review (within 3 working days of the end)'),
              detail: l(
                '分析目标达成率（GMV、新用户数）、投入产出比（ROI）和用户反馈，列出做得好的与要改的。',
                'Cover target attainment (GMV, new users), return on spend (ROI) and customer feedback; list what worked and what to change.',
              ),
              deliverables: [l('《活动复盘报告》', 'Campaign review report')],
              roles: ['operations', 'marketing', 'finance'],
              // The campaign ends with its encore (返场) when it has one; Options → Campaign review drafts it.
              // 活动结束后3个工作日内 is the handbook's own number.
              due: { anchor: 'returnEnd', fallbackAnchors: ['burstEnd'], offsetWorkingDays: 3, source: 'handbook' },
              pageHints: ['analyticsTable', 'dashboard'],
            },
          ],
        },
        {
          id: 'optimise',
          title: l('策略优化', 'Improve'),
          tasks: [
            {
              id: 'improvement-actions',
              title: l('为未达标指标定改进措施', 'Set fixes for every target missed'),
              detail: l('如转化率偏低：优化活动页、调整优惠门槛；每条措施有负责人和完成时间。', 'E.g. low conversion: improve the landing page or change the offer threshold; each fix has an owner and a date.'),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'burstEnd', offsetWorkingDays: 5 },
              pageHints: [],
            },
            {
              id: 'supply-chain-fixes',
              title: l('推动供应链问题整改（如发货慢）', 'Push supply-chain fixes (e.g. slow dispatch)'),
              detail: l('把反馈里的发货、包装、缺货问题交给仓储和供应商，约定整改时间。', 'Hand dispatch, packing and stock-out complaints to the warehouse and suppliers with a date to fix them.'),
              deliverables: [],
              roles: ['warehouse', 'operations'],
              due: { anchor: 'burstEnd', offsetWorkingDays: 5 },
              pageHints: [],
            },
          ],
        },
        {
          id: 'retention',
          title: l('用户沉淀', 'Keep the new customers'),
          tasks: [
            {
              id: 'enrol-new-members',
              title: l('把活动新客纳入会员体系', 'Bring the campaign\'s new customers into the membership'),
              detail: l('新客打标签入会，发放下次购物券等专属权益，提升复购。', 'Tag new buyers, enrol them, and give a members-only perk such as a next-order coupon to bring them back.'),
              deliverables: [l('《用户留存策略表》', 'Customer retention plan')],
              roles: ['operations', 'marketing'],
              due: { anchor: 'burstEnd', offsetWorkingDays: 5 },
              pageHints: ['campaign'],
            },
          ],
        },
      ],
    },
  ],
};
