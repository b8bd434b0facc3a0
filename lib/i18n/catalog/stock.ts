/** UI text of stock, days of cover and the 库存预警 (low-stock) alert. */
export const stock = {
  en: {
    'alerts.metric.stock': 'Stock available',
    'alerts.metric.inboundStock': 'Inbound stock',
    'alerts.metric.daysOfCover': 'Days of cover',
    'alerts.short.low-stock': 'Low stock',
    'stock.detail': '{stock} in stock (read {day}) · selling {perDay} a day over {days} days',
    'stock.detailPage': '{stock} in stock (read {day}) · days of cover as the page shows it',
    'stock.soldSince': ', less {sold} sold since',
    'stock.inbound': ' · {inbound} inbound, not counted',
    'stock.campaign': 'Campaign {name} runs through its encore on {end}: stock should last until then at least (it usually sells faster during a campaign).',
    'stock.unknown': 'Days of cover unknown: no sales history yet',
  },
  'zh-CN': {
    'alerts.metric.stock': '可售库存',
    'alerts.metric.inboundStock': '在途库存',
    'alerts.metric.daysOfCover': '库存可售天数',
    'alerts.short.low-stock': '库存不足',
    'stock.detail': '库存 {stock}（{day} 读取）· 近 {days} 天日均销量 {perDay}',
    'stock.detailPage': '库存 {stock}（{day} 读取）· 可售天数取自页面',
    'stock.soldSince': '，已扣除此后售出 {sold}',
    'stock.inbound': ' · 在途 {inbound}（未计入）',
    'stock.campaign': '活动「{name}」持续到 {end} 返场结束：库存至少要撑到那天（活动期间通常卖得更快）。',
    'stock.unknown': '可售天数未知：还没有销量记录',
  },
};
