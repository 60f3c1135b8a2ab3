import { Suspense } from 'react';
import { useAppStore } from '../../state/store';
import { Notices } from './Notices';
import { ROUTES, useRoute } from './routes';
import { SaveStatusBadge } from './SaveStatus';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { SCREENS } from './screens';
import { SharedBanner } from './SharedBanner';
import { TabConflictNotice } from './TabConflictNotice';
import { UndoButtons } from './UndoButtons';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { WorkspaceMenu } from './WorkspaceMenu';

export function App() {
  const route = useRoute();
  const hydrated = useAppStore((s) => s.hydrated);
  const studyName = useAppStore((s) => s.workspace.study.name);
  useUndoShortcuts();
  const Screen = SCREENS[route];
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__title">
          <span className="brand">MRCT Planner</span>
          <span className="workspace-name" data-testid="workspace-name" title={studyName}>
            {studyName}
          </span>
        </div>
        <div className="app-header__actions">
          <SaveStatusBadge />
          <UndoButtons />
          <WorkspaceMenu />
        </div>
      </header>
      <nav className="app-nav" aria-label="Screens">
        {ROUTES.map((r) => (
          <a key={r.id} href={`#/${r.id}`} aria-current={r.id === route ? 'page' : undefined}>
            {r.label}
          </a>
        ))}
      </nav>
      <SharedBanner />
      <TabConflictNotice />
      <Notices />
      <main className="app-main">
        {hydrated ? (
          <ScreenErrorBoundary key={route} screen={ROUTES.find((r) => r.id === route)?.label ?? route}>
            <Suspense fallback={<p className="muted">Loading screen…</p>}>
              <Screen />
            </Suspense>
          </ScreenErrorBoundary>
        ) : (
          <p className="muted">Opening your workspace…</p>
        )}
      </main>
    </div>
  );
}
