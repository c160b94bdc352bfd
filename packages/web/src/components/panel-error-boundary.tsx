import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PanelError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      <p>{t('common.errorTitle')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

/** Keeps a failing panel from taking the whole page (and the quick-exit button) down with it. */
export class PanelErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <PanelError onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
