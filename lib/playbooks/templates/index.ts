import type { Template } from '../model';
import { campaignTemplate } from './campaign';
import { crossTeamTemplate } from './cross-team';
import { productLifecycleTemplate } from './product-lifecycle';
import { storeLaunchTemplate } from './store-launch';
import { userSegmentationTemplate } from './user-segmentation';

/** The playbooks that ship with the extension, in the handbook's order. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  storeLaunchTemplate,
  campaignTemplate,
  productLifecycleTemplate,
  userSegmentationTemplate,
  crossTeamTemplate,
];

export function findBuiltInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
