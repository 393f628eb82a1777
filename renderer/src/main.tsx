import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { texts } from '../../shared/i18n/catalogue';
import { createApi, unwrap } from './api/client';
import { App } from './app/App';
import { preloadPlotly } from './charts/plotly';
import { storedLocale } from './i18n/storedLocale';
import { AppProvider } from './state/AppState';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html mist het element #root');
const root = createRoot(container);

/** Loads the dataset and scenarios once; a store that cannot be opened gets a clear message, not a blank page. */
async function start(): Promise<void> {
  const api = createApi();
  const t = texts(storedLocale()).app;
  root.render(<p className="loading">{t.loading}</p>);
  const data = Promise.all([unwrap(api['dataset.get']({})), unwrap(api['scenarios.list']({}))]);
  // Plotly loads and is parsed while the data is on its way; the first chart needs both.
  preloadPlotly();
  try {
    const [bundle, scenarios] = await data;
    performance.mark('wzv:data');
    root.render(
      <StrictMode>
        <AppProvider api={api} initialBundle={bundle} initialScenarios={scenarios}>
          <App />
        </AppProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <div className="fatal" role="alert">
        <h1>{t.fatal.title}</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <p>{t.fatal.body}</p>
        <button onClick={() => void start()}>{t.fatal.retry}</button>
      </div>,
    );
  }
}

void start();
