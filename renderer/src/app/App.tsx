import { Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { SCREENS, screenTitles, type ScreenId } from '../../../shared/screens';
import { useDraft, useLocale, useMessages, useOpenAction, useOpenScenario, useScenarios, useSetLocale, useUndo } from '../state/AppState';
import { Notices } from '../components/Notices';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ExplainDialog } from '../components/ExplainDialog';
import { AboutDialog } from '../components/AboutDialog';
import { PrintHeader } from '../components/PrintHeader';
import { saveProblemText } from '../components/settingRefusal';
import { hrefOf, routeTo, type Route } from './route';
import { SCREEN_VIEWS, type ScreenProps } from './screenViews';
import { useRoute } from './useRoute';
import { screenKeys, useShortcuts } from './useShortcuts';
import { useMenuCommands } from './useMenuCommands';

export function App() {
  const t = useMessages();
  const locale = useLocale();
  const setLocale = useSetLocale();
  const scenarios = useScenarios();
  const open = useOpenScenario();
  const openScenario = useOpenAction();
  const saveState = useDraft((s) => s.saveState);
  const saveError = useDraft((s) => s.saveError);
  const saveRefusal = useDraft((s) => s.saveRefusal);
  const conflict = useDraft((s) => s.conflict);
  const reload = useDraft((s) => s.reload);
  const undo = useDraft((s) => s.undo);
  const redo = useDraft((s) => s.redo);
  const canUndo = useUndo((s) => s.canUndo);
  const canRedo = useUndo((s) => s.canRedo);
  const [route, go] = useRoute();
  const goScreen = useCallback((s: ScreenId) => go(routeTo(s)), [go]);
  const [aboutOpen, setAboutOpen] = useState(false);
  // The dialog gives the focus back to what opened it (the header's button, or the page after the menu).
  const aboutOpener = useRef<HTMLElement | null>(null);
  const openAbout = useCallback(() => {
    aboutOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAboutOpen(true);
  }, []);
  const closeAbout = useCallback(() => {
    setAboutOpen(false);
    aboutOpener.current?.focus();
  }, []);
  useShortcuts({ undo, redo, go: goScreen });
  useMenuCommands({ undo, redo, go: goScreen, about: openAbout });

  const titles = screenTitles(locale);
  const status = t.app.saveState[saveState];
  const saveProblem = saveProblemText(saveError, saveRefusal, locale);
  const main = useRef<HTMLElement>(null);
  return (
    <div className="app">
      {/* The first stop of the keyboard: past the header. The routes live in the hash, so the link moves the focus itself. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
        data-testid="skip-link"
      >
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>{t.app.appName}</strong>
          <span>{t.tables.regionFull}</span>
        </div>
        <nav aria-label={t.app.screensNav}>
          {SCREENS.map(({ id, shortcut }) => (
            <a key={id} href={hrefOf(routeTo(id))} className={route.screen === id ? 'active' : undefined} aria-current={route.screen === id ? 'page' : undefined} title={screenKeys(shortcut)} data-testid={`nav-${id}`}>
              {titles[id]}
            </a>
          ))}
        </nav>
        <div className="scenario-bar">
          <label>
            {t.app.openScenario}{' '}
            <select value={open.id} onChange={(e) => openScenario(e.target.value)} data-testid="open-scenario">
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button className="icon" onClick={undo} disabled={!canUndo} title={`${t.app.undo} (Ctrl+Z)`} aria-label={t.app.undo} data-testid="undo">
            ↶
          </button>
          <button className="icon" onClick={redo} disabled={!canRedo} title={`${t.app.redo} (Ctrl+Shift+Z)`} aria-label={t.app.redo} data-testid="redo">
            ↷
          </button>
          {!open.builtin && (
            <span className={`save-state ${saveState}`} role="status" title={saveProblem ?? undefined} data-testid="save-state" data-state={saveState}>
              {status}
            </span>
          )}
          <select aria-label={t.app.language} value={locale} onChange={(e) => setLocale(e.target.value === 'en-GB' ? 'en-GB' : 'nl-NL')} data-testid="language">
            <option value="nl-NL">NL</option>
            <option value="en-GB">EN</option>
          </select>
          <button className="small" onClick={openAbout} aria-haspopup="dialog" data-testid="about-open">
            {t.about.open}
          </button>
        </div>
      </header>
      {saveState === 'error' && saveProblem && (
        <p className="error banner" role="alert" data-testid="save-problem">
          {t.app.saveState.error}: {saveProblem}
          {conflict && (
            <>
              {' '}
              <button className="small" onClick={() => void reload()} data-testid="reload-scenario">
                {t.app.conflict.reload}
              </button>
            </>
          )}
        </p>
      )}
      <main id="main" ref={main} tabIndex={-1}>
        <PrintHeader screen={titles[route.screen]} />
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t.app.loading}
            </p>
          }
        >
          <ErrorBoundary resetKey={`${route.screen}|${open.id}`}>
            <ScreenView route={route} go={go} />
          </ErrorBoundary>
          <Ready />
        </Suspense>
      </main>
      <Notices />
      <ExplainDialog />
      <AboutDialog open={aboutOpen} onClose={closeAbout} />
    </div>
  );
}

function ScreenView({ route, go }: { route: Route; go: (route: Route) => void }) {
  // SCREEN_VIEWS pairs each id with a view of that id's own route; TypeScript cannot follow the
  // pairing through route.screen.
  const View = SCREEN_VIEWS[route.screen] as ComponentType<ScreenProps<ScreenId>>;
  return <View route={route} go={go} />;
}

/**
 * Marks the page ready once the first screen is on it (a screen's code may still be loading
 * before that): the browser tests and the benchmark wait for body[data-ready].
 */
function Ready() {
  useEffect(() => {
    document.body.dataset.ready = 'true';
  }, []);
  return null;
}
