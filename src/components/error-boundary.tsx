import { Component, type ErrorInfo, type ReactNode } from 'react';

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
      <div className="crash" role="alert">
        <h2>Something went wrong while drawing the map</h2>
        <p>
          Nothing was sent anywhere. The message was: <code>{this.state.error.message}</code>
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            this.props.onReset();
            this.setState({ error: null });
          }}
        >
          Back to the map
        </button>
      </div>
    );
  }
}
