import { Component, type ReactNode } from 'react';

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
    return (
      <div className="fatal" role="alert" data-testid="screen-error">
        <h1>Dit scherm kan niet worden getoond</h1>
        <p>{this.state.error.message}</p>
        <p>Uw scenario’s en gegevens zijn opgeslagen. Kies een ander scherm of scenario, of herlaad de app (Ctrl+R).</p>
      </div>
    );
  }
}
