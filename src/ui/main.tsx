import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { downloadFile } from '../io/download';
import { createIdbStorage } from '../state/idb-storage';
import { startPersistence } from '../state/persistence';
import { engineClient } from '../worker/client';
import { parseWorkspaceOffMainThread } from '../worker/parse-workspace';
import { App } from './app/App';
import { warmCharts } from './components/charts/LazyCharts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
void startPersistence(createIdbStorage(), { parse: parseWorkspaceOffMainThread, download: downloadFile });
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The chart chunk (recharts) downloads and parses while the browser is idle after the first paint,
// and the engine worker starts, so the first screen that forecasts does not wait for either.
warmCharts(() => engineClient().warmUp());
