import type { Template } from '../model';
import { anomalyResponseTemplate } from './anomaly-response';
import { campaignTemplate } from './campaign';
import { crossTeamTemplate } from './cross-team';
import { liveStreamTemplate } from './live-stream';
import { productLifecycleTemplate } from './product-lifecycle';
import { storeLaunchTemplate } from './store-launch';
import { userSegmentationTemplate } from './user-segmentation';

/** The playbooks that ship with the extension: the handbook's five in its order, then those added since. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  storeLaunchTemplate,
  campaignTemplate,
  productLifecycleTemplate,
  userSegmentationTemplate,
  crossTeamTemplate,
  anomalyResponseTemplate,
  liveStreamTemplate,
];

export function findBuiltInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
