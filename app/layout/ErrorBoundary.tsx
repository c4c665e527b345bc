import { Component, type ReactNode } from 'react';

/** Catches a page that fails to load or render and says so, instead of leaving a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean; key: string }> {
  state = { failed: false, key: this.props.resetKey };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; key: string }) {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="page-error">
        <p>This page could not be shown. Check your connection and reload the page.</p>
      </div>
    );
  }
}
