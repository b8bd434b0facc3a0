/** UI text of the compliance feature. */
export const compliance = {
  en: {},
  'zh-CN': {},
} as const;
