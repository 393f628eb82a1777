import { Component, type ReactNode } from 'react';
import { useMessages } from '../state/AppState';

type State = { error: Error | null };

/** A screen that fails shows what happened and leaves the rest of the app (and every saved scenario) usable. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <ScreenError error={this.state.error} />;
  }
}

// A class component cannot use hooks; its fallback can.
function ScreenError({ error }: { error: Error }) {
  const t = useMessages().app.screenError;
  return (
    <div className="fatal" role="alert" data-testid="screen-error">
      <h1>{t.title}</h1>
      <p>{error.message}</p>
      <p>{t.body}</p>
    </div>
  );
}
