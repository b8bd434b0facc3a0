/** UI text of the alerts feature. */
export const alerts = {
  en: {},
  'zh-CN': {},
} as const;
