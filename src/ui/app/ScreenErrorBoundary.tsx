import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useAppStore } from '../../state/store';

interface Props {
  /** The screen's name, for the message ("The Compare screen could not be shown"). */
  screen: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps one screen's failure from blanking the app: without a boundary React unmounts the whole
 * tree on a render error, and the header, the navigation and the save status went with it
 * (issue #14). The workspace stays in the store and keeps saving; the user can undo the edit that
 * led here, or try the screen again. Keyed by route in App, so another screen starts clean.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the user sees the plain message below.
    console.warn(`${this.props.screen} screen failed`, error, info.componentStack);
  }

  private undoLastEdit = () => {
    useAppStore.temporal.getState().undo();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const canUndo = useAppStore.temporal.getState().pastStates.length > 0;
    return (
      <section className="panel" role="alert" data-testid="screen-error">
        <h2>The {this.props.screen} screen could not be shown</h2>
        <p>
          Your workspace is safe and still saved in this browser; other screens work as before.
          {canUndo ? ' Undoing the last edit usually brings this screen back.' : ''}
        </p>
        <p className="muted small">Reason: {error.message.slice(0, 300)}</p>
        <div className="toolbar">
          {canUndo && (
            <button type="button" onClick={this.undoLastEdit}>
              Undo the last edit
            </button>
          )}
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </section>
    );
  }
}
