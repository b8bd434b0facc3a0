import { ALERT_RULES } from '../../../lib/alerts/rules/index';
import { linkedTask } from '../../../lib/playbooks/task-link';

describe('the playbook task an alert points to', () => {
  test('low conversion in the promotion period points to "optimise the main image" in the product lifecycle', () => {
    const task = linkedTask({ templateId: 'product-lifecycle', taskId: 'optimise-main-image' });
    expect(task?.templateId).toBe('product-lifecycle');
    expect(task?.taskTitle['zh-CN']).toMatch(/主图/);
    expect(task?.templateName.en).toBeTruthy();
  });

  test('every rule that links a task gets its titles in both languages', () => {
    for (const rule of ALERT_RULES) {
      if (!rule.playbookTask) continue;
      const task = linkedTask(rule.playbookTask);
      expect(task, rule.id).toBeDefined();
      expect(task!.taskTitle.en && task!.taskTitle['zh-CN'], rule.id).toBeTruthy();
    }
  });

  test('an unknown template or task links to nothing', () => {
    expect(linkedTask({ templateId: 'nope', taskId: 'x' })).toBeUndefined();
    expect(linkedTask({ templateId: 'campaign', taskId: 'no-such-task' })).toBeUndefined();
    expect(linkedTask(undefined)).toBeUndefined();
  });
});
