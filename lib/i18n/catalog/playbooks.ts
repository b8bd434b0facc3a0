/** UI text of the playbooks feature. */
export const playbooks = {
  en: {},
  'zh-CN': {},
} as const;
