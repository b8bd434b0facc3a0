import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n';

function PanelError({ message }: { message: string }) {
  const t = useT();
  return (
    <div role="alert" className="sidekick-panel-error">
      <p>{t('error.panel')}</p>
      <p>
        <small>{t('error.panel.detail', { message })}</small>
      </p>
    </div>
  );
}

/**
 * One panel (a sidebar tab, an options section, a popup block) that fails to render shows a localized
 * error in its place; the other panels keep working. A damaged stored record must not blank the
 * whole sidebar or options page. Give it a `key` per panel so switching panels starts afresh.
 */
export class PanelBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('[Seller Sidekick] a panel failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <PanelError message={this.state.error.message.slice(0, 300)} /> : this.props.children;
  }
}
