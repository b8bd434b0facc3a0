import type { Template } from '../model';
import { l, TARGETS } from './common';

/**
 * 直播带货: one live selling session, from picking the products to the review after it. The handbook does
 * not cover live streams, though half the marketplaces we serve sell through them (抖音, 快手, 小红书, 淘宝直播);
 * this is standard practice written for this project: the run of show and stock before, the figures and
 * stock during, and a review the next working day. The claims check cites 《网络直播营销管理办法（试行）》
 * (2021), which holds live-stream sellers to the advertising law's rules on what they say and show. No offset
 * comes from the handbook, so every due date is a default the seller can move.
 */
export const liveStreamTemplate: Template = {
  id: 'live-stream',
  version: 1,
  builtIn: true,
  scenario: 'live-stream',
  name: l('直播带货（单场）', 'Live selling session'),
  description: l(
    '一场直播从选品排品、脚本、优惠与预告、彩排，到开播当天盯数据和库存，再到下播后的发货跟进与复盘。',
    'One live selling session: pick and order the products, write the run of show, set the offers and announce it, rehearse; on the day watch the figures and stock; afterwards follow up shipping and review the session.',
  ),
  dateKeys: [{ key: 'liveDate', label: l('开播日期', 'Day of the live stream') }],
  targetKeys: [
    TARGETS.gmv,
    { key: 'peakViewers', label: l('在线人数峰值', 'Peak concurrent viewers'), unit: 'count' },
    TARGETS.conversionRate,
  ],
  phases: [
    {
      id: 'live-prepare',
      title: l('开播前准备', 'Before going live'),
      steps: [
        {
          id: 'live-products',
          title: l('选品与排品', 'Pick and order the products'),
          tasks: [
            {
              id: 'live-pick-products',
              title: l('选定本场商品并排好讲解顺序', 'Choose the session’s products and the order they are shown in'),
              detail: l(
                '按作用分组：开场留人的引流款、带来利润的主推款、穿插在中段的福利款；每款写明讲解时长和目标销量。',
                'Group them by job: a draw product to hold viewers at the start, the main products that carry the margin, and give-away offers spread through the middle; note each one’s airtime and unit goal.',
              ),
              deliverables: [l('《直播排品表》', 'Product running order')],
              roles: ['operations'],
              due: { anchor: 'liveDate', offsetWorkingDays: -3 },
              pageHints: ['productList'],
            },
            {
              id: 'live-stock-check',
              title: l('核对上播商品的库存、价格和链接状态', 'Check stock, price and listing status of every product on the show'),
              detail: l(
                '在商品列表页逐个核对可售库存是否够目标销量、售价与直播价是否一致、链接是否在售；库存不足的先补货或换款。',
                'On the product list, check for each product that sellable stock covers its unit goal, that the price matches the live-stream price and that the listing is on sale; reorder or swap any that fall short.',
              ),
              deliverables: [],
              roles: ['operations', 'warehouse'],
              due: { anchor: 'liveDate', offsetWorkingDays: -1 },
              pageHints: ['productList'],
              autoCheck: 'metrics-captured-today',
            },
          ],
        },
        {
          id: 'live-script-and-claims',
          title: l('脚本与用语', 'Run of show and wording'),
          tasks: [
            {
              id: 'live-write-script',
              title: l('写直播脚本', 'Write the run of show'),
              detail: l(
                '按时间轴写清开场、每款商品的讲解要点和演示、福利发放的时间点、互动环节和收尾。',
                'Lay out the timeline: the opening, each product’s talking points and demonstration, when each offer is released, the interaction breaks and the close.',
              ),
              deliverables: [l('《直播脚本》', 'Run of show')],
              roles: ['operations', 'marketing'],
              due: { anchor: 'liveDate', offsetWorkingDays: -2 },
              pageHints: [],
            },
            {
              id: 'live-claims-check',
              title: l('审核口播和商品页用语', 'Check what will be said on air and written on the listings'),
              detail: l(
                '直播间的介绍同样受广告法约束（《网络直播营销管理办法（试行）》）：不用“最”“第一”“全网最低价”等绝对化用语，不说治疗、功效保证，不虚构原价；先在发布商品页把标题和详情改干净，再对照改口播稿。',
                'What is said in a live stream is held to the advertising law too (Measures for Live-Stream Marketing, 2021): no superlatives such as "best", "No. 1" or "lowest price anywhere", no cure or guaranteed-result claims, no made-up original price. Clean the titles and details in the listing editor first, then the script to match.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'liveDate', offsetWorkingDays: -1 },
              pageHints: ['listingEditor'],
              autoCheck: 'listing-compliance-clean',
            },
          ],
        },
        {
          id: 'live-offers-and-announce',
          title: l('优惠、预告与彩排', 'Offers, announcement and rehearsal'),
          tasks: [
            {
              id: 'live-coupons',
              title: l('配置直播专享券和福利价', 'Set up the live-only coupons and offer prices'),
              detail: l(
                '核对每张券的门槛、可叠加规则、数量和生效时间，避免与店铺其他优惠叠加后低于成本。',
                'Check each coupon’s threshold, stacking rules, quantity and start time, so that together with the store’s other discounts no product sells under cost.',
              ),
              deliverables: [],
              roles: ['marketing', 'finance'],
              due: { anchor: 'liveDate', offsetWorkingDays: -1 },
              pageHints: ['campaign'],
              autoCheck: 'coupons-configured',
            },
            {
              id: 'live-announce',
              title: l('发布开播预告', 'Announce the live stream'),
              detail: l(
                '用短视频、笔记、店铺首页和粉丝群预告开播时间和主要福利，设置预约提醒。',
                'Announce the time and the main offers through short videos, posts, the store front and fan groups, and open reminders for viewers to sign up.',
              ),
              deliverables: [],
              roles: ['marketing'],
              due: { anchor: 'liveDate', offsetWorkingDays: -2 },
              pageHints: [],
            },
            {
              id: 'live-rehearse',
              title: l('彩排设备和上架流程', 'Rehearse the equipment and the listing hand-offs'),
              detail: l(
                '测试网络、灯光、收音和推流；按脚本走一遍商品上架、讲解和下架的切换，确认每个链接能正常下单。',
                'Test the network, lighting, sound and stream; walk through the script switching each product on and off the show, and place a test order on every listing.',
              ),
              deliverables: [],
              roles: ['tech', 'operations'],
              due: { anchor: 'liveDate', offsetWorkingDays: -1 },
              pageHints: [],
            },
            {
              id: 'live-brief-service',
              title: l('给客服交底', 'Brief customer service'),
              detail: l(
                '把福利规则、发货时间、退换政策和每款商品的常见问题整理成话术，直播期间安排足够人手在线。',
                'Write up the offer rules, shipping time, returns policy and each product’s common questions as answers, and keep enough agents online during the stream.',
              ),
              deliverables: [l('《直播客服话术》', 'Live-stream service answers')],
              roles: ['customerService'],
              due: { anchor: 'liveDate', offsetWorkingDays: -1 },
              pageHints: [],
            },
          ],
        },
      ],
    },
    {
      id: 'live-on-air',
      title: l('直播当天', 'On the day'),
      steps: [
        {
          id: 'live-watch',
          title: l('盯数据和库存', 'Watch the figures and stock'),
          tasks: [
            {
              id: 'live-watch-figures',
              title: l('每小时记录在线人数、商品点击和成交', 'Record viewers, product clicks and sales every hour'),
              detail: l(
                '在数据页每小时看一次；某款点击高、成交低时，让主播重讲卖点或调整福利，而不是一直往后排。',
                'Check the analytics page every hour; when a product is clicked a lot but rarely bought, have the host go over its selling points again or adjust its offer rather than moving on.',
              ),
              deliverables: [],
              roles: ['operations'],
              due: { anchor: 'liveDate', offsetDays: 0, calendar: true },
              pageHints: ['dashboard', 'analyticsTable'],
              autoCheck: 'metrics-captured-today',
            },
            {
              id: 'live-stock-during',
              title: l('库存告急时补库存或下架链接', 'Top up stock or pull a listing when it runs low'),
              detail: l(
                '卖空前补上可售库存，补不上就及时下架并让主播说明，避免超卖后无法发货。',
                'Add sellable stock before a product sells out; if none is left, take the listing off and have the host say so, so nothing is sold that cannot ship.',
              ),
              deliverables: [],
              roles: ['warehouse', 'operations'],
              due: { anchor: 'liveDate', offsetDays: 0, calendar: true },
              pageHints: ['productList'],
            },
          ],
        },
      ],
    },
    {
      id: 'live-after',
      title: l('下播之后', 'After the stream'),
      steps: [
        {
          id: 'live-follow-up',
          title: l('发货与复盘', 'Shipping and review'),
          tasks: [
            {
              id: 'live-ship-on-time',
              title: l('按承诺时间发货并跟进售后', 'Ship within the promised time and follow up after-sales'),
              detail: l(
                '直播订单集中，先排查地址异常和缺货订单；退款和咨询集中的商品记下原因，复盘时用。',
                'Live orders arrive in a burst: clear address problems and out-of-stock orders first; note why any product draws many refunds or questions, for the review.',
              ),
              deliverables: [],
              roles: ['warehouse', 'customerService'],
              due: { anchor: 'liveDate', offsetDays: 2, calendar: true },
              pageHints: [],
            },
            {
              id: 'live-review',
              title: l('复盘本场直播', 'Review the session'),
              detail: l(
                '对照目标看成交额、在线人数峰值、转化率、投入产出比和退款；逐款看讲解时长与成交，决定下一场的排品和话术。',
                'Set GMV, peak viewers, conversion, return on spend and refunds against the targets; per product, compare airtime with sales and decide the next session’s running order and script.',
              ),
              deliverables: [l('《直播复盘报告》', 'Live-stream review')],
              roles: ['operations', 'marketing'],
              due: { anchor: 'liveDate', offsetWorkingDays: 1 },
              pageHints: ['analyticsTable', 'dashboard'],
            },
          ],
        },
      ],
    },
  ],
};
