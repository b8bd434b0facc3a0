import { act, render, screen } from '@testing-library/react';
import { LangProvider } from '../../../components/common/i18n';
import { StorageGuard } from '../../../components/common/StorageGuard';

function rejection(reason: unknown): Event {
  const event = new Event('unhandledrejection');
  Object.assign(event, { reason, promise: Promise.resolve() });
  return event;
}

describe('a write refused for lack of space on an extension page', () => {
  test('shows what to do, in the seller’s language; other failures are left to their own handlers', () => {
    render(
      <LangProvider lang="zh-CN">
        <StorageGuard />
      </LangProvider>,
    );
    act(() => void window.dispatchEvent(rejection(new Error('no run'))));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => void window.dispatchEvent(rejection(new DOMException('quota', 'QuotaExceededError'))));
    expect(screen.getByRole('alert').textContent).toMatch(/浏览器已没有空间.*导出备份并减少保留的历史天数/);
  });
});
