import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';

type Props = { children: ReactNode; onReset: () => void };
type State = { error: Error | null };

/**
 * Catches a render error anywhere below it and offers a way back instead of a blank page. The
 * reset goes back to the built-in dataset with nothing selected, the state every link can reach.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('The map hit an error and was replaced by a message:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <CrashMessage
        message={this.state.error.message}
        onReset={() => {
          this.props.onReset();
          this.setState({ error: null });
        }}
      />
    );
  }
}

/** The boundary's message, in the interface's language (a class component cannot use hooks). */
function CrashMessage({ message, onReset }: { message: string; onReset: () => void }) {
  const t = useT();
  return (
    <div className="crash" role="alert">
      <h2>{t('app.crashTitle')}</h2>
      <p>
        {t('app.crashText')} <code>{message}</code>
      </p>
      <button type="button" className="button" onClick={onReset}>
        {t('app.crashBack')}
      </button>
    </div>
  );
}
