import type { PageFeatureEnv } from '../../components/common/page-feature';
import { startComplianceMarks } from '../../components/compliance/page-feature';
import { startPlaybookChecks } from '../../components/playbooks/page-feature';
import { alertsFeature } from './alerts';

export type { PageFeatureEnv };

/** In-page parts of features that work on the page itself (field marks, row badges, capture). */
export const PAGE_FEATURES: { id: string; start(env: PageFeatureEnv): void }[] = [{ id: 'playbook-checks', start: startPlaybookChecks }, alertsFeature, { id: 'compliance-marks', start: startComplianceMarks }];
