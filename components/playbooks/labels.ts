import type { MessageKey } from '../../lib/i18n';
import type { ProgressCount } from '../../lib/playbooks/run';
import type { Role } from '../../lib/playbooks/model';

export const roleKey = (role: Role): MessageKey => `pb.role.${role}`;

export const percentOf = (count: Pick<ProgressCount, 'ratio'>): number => Math.round(count.ratio * 100);

export const settledOf = (count: Pick<ProgressCount, 'done' | 'skipped'>): number => count.done + count.skipped;

/** A deliverable link is kept only as a web address: no `javascript:` or `data:` ever lands in an href. */
export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
