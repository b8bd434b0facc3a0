/** UI text of the listing date (lifecycle stage) and of the playbooks' shipped defaults (due offsets, segment cut-offs). */
export const defaults = {
  en: {
    'listed.label': 'Listed on',
    'listed.unknown': 'unknown: the page shows no listing date, so the product is not treated as new',
    'listed.cannotStart': 'The lifecycle run needs the listing date, which this page does not show: start it from the Playbooks tab with the date.',
  },
  'zh-CN': {
    'listed.label': '上架日期',
    'listed.unknown': '未知：页面未显示上架日期，不按新品处理',
    'listed.cannotStart': '生命周期流程需要上架日期，本页未显示：请在「流程」标签页填写日期后启动。',
  },
} as const;
