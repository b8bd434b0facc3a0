import type { ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { AlertSettingsSection } from '../alerts/options/AlertSettingsSection';
import { CampaignReviewSection } from '../alerts/options/CampaignReviewSection';
import { DailyReportSection } from '../alerts/options/DailyReportSection';
import { ProductHistorySection } from '../alerts/options/ProductHistorySection';
import { RuleSettingsSection } from '../alerts/options/RuleSettingsSection';
import { BulkCheckSection, ComplianceListsSection } from './compliance/sections';
import { DataSection } from './DataSection';
import { LanguageSection, SitesSection } from './GeneralSection';
import { RunHistory } from './playbooks/RunHistory';
import { PlaybookDefaultsSection } from './playbooks/PlaybookDefaultsSection';
import { TemplateLibrary } from './playbooks/TemplateLibrary';
import { TeamSection } from './TeamSection';

/** The options page's sections, in order. Each feature adds its own entry. */
export const OPTION_SECTIONS: { id: string; title: MessageKey; render: () => ReactNode }[] = [
  { id: 'language', title: 'options.language', render: () => <LanguageSection /> },
  { id: 'sites', title: 'options.sites', render: () => <SitesSection /> },
  { id: 'playbook-runs', title: 'options.runs', render: () => <RunHistory /> },
  { id: 'playbook-templates', title: 'options.templates', render: () => <TemplateLibrary /> },
  { id: 'playbook-defaults', title: 'options.playbookDefaults', render: () => <PlaybookDefaultsSection /> },
  { id: 'compliance-lists', title: 'cmp.opt.title', render: () => <ComplianceListsSection /> },
  { id: 'bulk-check', title: 'cmp.bulk.title', render: () => <BulkCheckSection /> },
  { id: 'product-history', title: 'options.productHistory', render: () => <ProductHistorySection /> },
  { id: 'daily-report', title: 'options.dailyReport', render: () => <DailyReportSection /> },
  { id: 'campaign-review', title: 'review.title', render: () => <CampaignReviewSection /> },
  { id: 'alert-rules', title: 'options.rules', render: () => <RuleSettingsSection /> },
  { id: 'alert-settings', title: 'options.alertSettings', render: () => <AlertSettingsSection /> },
  { id: 'team', title: 'options.team', render: () => <TeamSection /> },
  { id: 'data', title: 'options.data', render: () => <DataSection /> },
];
