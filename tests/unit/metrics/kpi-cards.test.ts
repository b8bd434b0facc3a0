import { createRequire } from 'node:module';
import { cardMetrics, readKpiCards, type CardElement } from '../../../lib/metrics/kpi-cards';
import { cardTree } from '../../../lib/metrics/kpi-cards-browser';

// jsdom ships no types here; this is the one constructor shape the test uses.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };

/** Markup as the back offices' UI libraries render a card, turned into the reader's abstraction the way the page capture does. */
const tree = (html: string): CardElement => cardTree(new JSDOM(`<body>${html}</body>`).window.document.body);
const read = (html: string, currency = 'CNY') => cardMetrics(readKpiCards(tree(html), { currency }));

// Labels and number formats from /work/shared/research/platforms.md §2 (生意参谋 首页/流量, 拼多多 交易,
// 京东商智 shop level, Shopify Analytics overview cards); the expected numbers are what each card shows.
describe('store KPI cards are read by their labels, never a change figure for the value', () => {
  test('生意参谋 首页: 访客数, 浏览量, 支付金额, 支付转化率, 客单价, 支付买家数 with 较前一日 beside each', () => {
    const card = (label: string, value: string, change: string) =>
      `<div class="oui-index-cell"><div class="oui-index-cell-indexName"><span>${label}</span><i class="oui-icon-help" title="说明"></i>` +
      `<div class="oui-tooltip" role="tooltip">统计时间内${label}的说明 12.5%</div></div>` +
      `<div class="oui-index-cell-indexValue"><span class="oui-num">${value}</span></div>` +
      `<div class="oui-index-cell-subIndex"><span class="oui-index-cell-cycleCrc">较前一日</span><span class="oui-num up">${change}</span></div></div>`;
    const html =
      '<div class="oui-card"><div class="oui-card-title">核心指标 <span class="oui-date-picker-current-date">统计时间 2026-11-20</span></div>' +
      card('访客数', '1.2万', '+3.20%') + card('浏览量', '31,204', '-1.05%') + card('支付金额', '34,895.00', '+12.40%') +
      card('支付转化率', '4.87%', '+0.31%') + card('客单价', '¥128.30', '-2.10%') + card('支付买家数', '584', '+9.00%') + '</div>';
    expect(read(html)).toEqual({ visitors: 12000, pageViews: 31204, gmv: 34895, conversionRate: 0.0487, aov: 128.3, buyers: 584 });
  });

  test('a change figure written before the value, or run into it, is still not the value', () => {
    const html =
      '<div class="kpi"><p>访客数</p><p>较前一日 +3.2%</p><p>1,391</p></div>' +
      '<div class="kpi"><p>支付转化率</p><p><b>77.48%</b>较前一日 ↑ 3.2%</p></div>' +
      '<div class="kpi"><p>浏览量</p><p><em>▼ 12.0%</em> <strong>2,900</strong></p></div>';
    expect(read(html)).toEqual({ visitors: 1391, conversionRate: 0.7748, pageViews: 2900 });
  });

  test('a change badge on the title row, before the big number, is not the value (+0.31% is a change, 4.87% the rate)', () => {
    const html =
      '<div class="kpi"><div class="title-row"><span>支付转化率</span><span class="badge">+0.31%</span></div><div class="num">4.87%</div></div>' +
      '<div class="kpi"><div class="title-row"><span>Sessions</span><span class="badge">−1,204</span></div><div class="num">6,390</div></div>';
    expect(read(html)).toEqual({ conversionRate: 0.0487, sessions: 6390 });
  });

  test('"-" is no data (null), never 0, and never the next card’s number', () => {
    const html =
      '<ul class="cards"><li><span class="label">支付买家数</span><span class="value">-</span><span class="trend">较前一日 -</span></li>' +
      '<li><span class="label">支付金额</span><span class="value">34,895.00</span></li></ul>';
    expect(read(html)).toEqual({ buyers: null, gmv: 34895 });
  });

  test('拼多多 交易概况: 店铺访客数, 店铺浏览量, 成交金额, 成交买家数, 成交转化率, 客单价; 成交UV价值 is recognised and not stored', () => {
    const card = (label: string, value: string) =>
      `<div class="data-card"><div class="data-card-title">${label}<span class="anticon anticon-question-circle" aria-hidden="true">?</span></div>` +
      `<div class="data-card-value">${value}</div><div class="data-card-compare">环比 <span>12.50%</span></div></div>`;
    const html = card('店铺访客数', '28,410') + card('店铺浏览量', '61,882') + card('成交金额', '¥158,230.40') + card('成交买家数', '2,461') +
      card('成交转化率', '8.66%') + card('客单价', '64.30') + card('成交UV价值', '5.57');
    expect(read(html)).toEqual({ visitors: 28410, pageViews: 61882, gmv: 158230.4, buyers: 2461, conversionRate: 0.0866, aov: 64.3 });
  });

  test('京东商智: 店铺访客数, 店铺浏览量, 成交转化率, 成交客户数 laid out as a definition list (no card wrapper)', () => {
    const html = '<dl class="overview"><dt>店铺访客数</dt><dd>19,824</dd><dt>店铺浏览量</dt><dd>44,107</dd><dt>成交转化率</dt><dd>6.12%</dd><dt>成交客户数</dt><dd>1,213</dd></dl>';
    expect(read(html)).toEqual({ visitors: 19824, pageViews: 44107, conversionRate: 0.0612, buyers: 1213 });
  });

  test('Shopify Analytics: Total sales, Sessions, Returning customer rate, Conversion rate, Average order value; the sparkline’s own numbers are not read', () => {
    const card = (label: string, value: string, change: string) =>
      `<div class="Polaris-Card"><div class="Polaris-Box"><h2 class="Polaris-Text--headingSm"><span class="Polaris-Tooltip-activator">${label}</span></h2>` +
      `<div class="Polaris-InlineStack"><p class="Polaris-Text--headingLg">${value}</p><span class="Polaris-Badge trend-indicator">↗ ${change}</span></div>` +
      `<svg aria-hidden="true"><text>0</text><text>1,000</text></svg></div></div>`;
    const html = card('Total sales', '$4,212.80', '12%') + card('Sessions', '6,390', '3%') + card('Returning customer rate', '18.4%', '2%') +
      card('Conversion rate', '2.64%', '0.4%') + card('Average order value', '$37.28', '5%');
    expect(read(html, 'USD')).toEqual({ gmv: 4212.8, sessions: 6390, returningCustomerRate: 0.184, conversionRate: 0.0264, aov: 37.28 });
  });

  test('a table’s 访客数 column and a product-level card (商品访客数) are not the store’s figures', () => {
    const html =
      '<div class="c"><div>商品访客数</div><div class="v">15,900</div></div>' +
      '<div class="c"><div>访客数</div><div class="v">12,480</div></div>' +
      '<table><thead><tr><th>流量来源</th><th>访客数</th></tr></thead><tbody><tr><td>手淘搜索</td><td>4,742</td></tr></tbody></table>';
    expect(read(html)).toEqual({ visitors: 12480 });
  });

  test('a label with no number in its card is left out rather than guessed', () => {
    expect(read('<div class="c"><div>访客数</div><div>加载中…</div></div><div class="c"><div>浏览量</div><div>2,900</div></div>')).toEqual({ pageViews: 2900 });
  });

  test('a label given as bare text beside its value element is read too', () => {
    expect(read('<div class="card">Sessions<b>6,390</b></div><div class="card">Total sales<b>$4,212.80</b></div>', 'USD')).toEqual({ sessions: 6390, gmv: 4212.8 });
  });

  test('拼多多’s scrambled digit font: a card drawn in it is left out (its DOM text is not the number shown), the others are read', () => {
    // As the page capture describes it: the span's computed font is the page's own web font __spider_font.
    const root: CardElement = {
      tag: 'body',
      children: [
        { tag: 'div', cls: 'card', children: [{ tag: 'div', children: ['店铺访客数'] }, { tag: 'div', children: [{ tag: 'span', cls: 'num', scrambledFont: '__spider_font', children: ['69,411'] }] }] },
        { tag: 'div', cls: 'card', children: [{ tag: 'div', children: ['客单价'] }, { tag: 'div', children: ['64.30'] }] },
      ],
    };
    expect(cardMetrics(readKpiCards(root, { currency: 'CNY' }))).toEqual({ aov: 64.3 });
  });

  test('with a digit map for the scrambled font, the card reads the digits shown (DOM 69,411 is drawn as 14,533)', () => {
    // The fixture font's permutation (tests/fixtures/README.md): DOM digit d is drawn as SHOWN[d].
    const SHOWN = '7309581624';
    const decode = (font: string, text: string) => (font === '__spider_font' ? text.replace(/\d/g, (d) => SHOWN[Number(d)]!) : null);
    const root: CardElement = {
      tag: 'body',
      children: [{ tag: 'div', cls: 'data-card', children: [{ tag: 'div', children: ['店铺访客数'] }, { tag: 'div', children: [{ tag: 'span', cls: 'num', scrambledFont: '__spider_font', children: ['69,411'] }] }] }],
    };
    expect(cardMetrics(readKpiCards(root, { currency: 'CNY', decode }))).toEqual({ visitors: 14533 });
    expect(cardMetrics(readKpiCards(root, { currency: 'CNY', decode: () => null }))).toEqual({});
  });
});
