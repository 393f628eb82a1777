import { useCallback } from 'react';
import { useApp } from '../state/AppState';
import { DataBronnen } from '../screens/DataBronnen';
import { Gemeente } from '../screens/Gemeente';
import { Overzicht } from '../screens/Overzicht';
import { Scenarios } from '../screens/Scenarios';
import { Vergelijken } from '../screens/Vergelijken';
import { Projecten } from '../screens/Projecten';
import { Notices } from '../components/Notices';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { SCREENS, type Screen } from './route';
import { useRoute } from './useRoute';
import { useShortcuts } from './useShortcuts';
import { useMenuCommands } from './useMenuCommands';

export function App() {
  const app = useApp();
  const { t, locale, setLocale, scenarios, open, openScenario, saveState, saveError } = app;
  const [route, go] = useRoute();
  const goScreen = useCallback((s: Screen) => go(s === 'gemeente' ? { screen: 'gemeente', code: null } : { screen: s }), [go]);
  useShortcuts({ undo: app.undo, redo: app.redo, go: goScreen });
  useMenuCommands({ undo: app.undo, redo: app.redo, go: goScreen });

  const status = { saved: t.saved, pending: t.unsaved, saving: t.saving, error: t.saveFailed }[saveState];
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <strong>{t.appName}</strong>
          <span>{t.region}</span>
        </div>
        <nav aria-label="Schermen">
          {SCREENS.map((s, i) => (
            <a key={s} href={s === 'gemeente' ? '#/gemeente' : `#/${s}`} className={route.screen === s ? 'active' : undefined} aria-current={route.screen === s ? 'page' : undefined} title={`Ctrl+${i + 1}`} data-testid={`nav-${s}`}>
              {t.nav[s]}
            </a>
          ))}
        </nav>
        <div className="scenario-bar">
          <label>
            {t.openScenario}{' '}
            <select value={open.id} onChange={(e) => openScenario(e.target.value)} data-testid="open-scenario">
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button className="icon" onClick={app.undo} disabled={!app.canUndo} title={`${t.undo} (Ctrl+Z)`} aria-label={t.undo} data-testid="undo">
            ↶
          </button>
          <button className="icon" onClick={app.redo} disabled={!app.canRedo} title={`${t.redo} (Ctrl+Shift+Z)`} aria-label={t.redo} data-testid="redo">
            ↷
          </button>
          {!open.builtin && (
            <span className={`save-state ${saveState}`} role="status" title={saveError ?? undefined} data-testid="save-state" data-state={saveState}>
              {status}
            </span>
          )}
          <select aria-label={t.language} value={locale} onChange={(e) => setLocale(e.target.value === 'en-GB' ? 'en-GB' : 'nl-NL')} data-testid="language">
            <option value="nl-NL">NL</option>
            <option value="en-GB">EN</option>
          </select>
        </div>
      </header>
      {saveState === 'error' && saveError && (
        <p className="error banner" role="alert">
          {t.saveFailed}: {saveError}
        </p>
      )}
      <main>
        <ErrorBoundary resetKey={`${route.screen}|${open.id}`}>
        {route.screen === 'overzicht' && <Overzicht onGemeente={(code) => go({ screen: 'gemeente', code })} />}
        {route.screen === 'scenarios' && <Scenarios />}
        {route.screen === 'gemeente' && <Gemeente code={route.code} onSelect={(code) => go({ screen: 'gemeente', code })} />}
        {route.screen === 'vergelijken' && <Vergelijken />}
        {route.screen === 'projecten' && <Projecten />}
        {route.screen === 'data' && <DataBronnen />}
        </ErrorBoundary>
      </main>
      <Notices />
    </div>
  );
}
