import type { LocalizedText } from '../sites/types';
import { findBuiltInTemplate } from './templates/index';

/** What an alert shows of the playbook task it links to (resolved where the templates live, not in the page). */
export interface LinkedTask {
  templateId: string;
  templateName: LocalizedText;
  taskTitle: LocalizedText;
}

export function linkedTask(link: { templateId: string; taskId: string } | undefined): LinkedTask | undefined {
  const template = link && findBuiltInTemplate(link.templateId);
  if (!link || !template) return undefined;
  for (const phase of template.phases)
    for (const step of phase.steps)
      for (const task of step.tasks) if (task.id === link.taskId) return { templateId: template.id, templateName: template.name, taskTitle: task.title };
  return undefined;
}
