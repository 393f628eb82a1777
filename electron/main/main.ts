import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/api/menuCommands';
import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { APP_NAME, DATABASE_FILE } from '../store/paths';
import { openStore, type Store } from '../store/store';
import { registerApi } from './ipc';
import { menuTemplate } from './menu';
import { createAppProtocolHandler } from './protocol';
import { APP_ENTRY_URL, APP_SCHEME, hardenSession, hardenWebContents, webPreferences } from './security';
import { startupErrorBox } from './startupError';

/**
 * The Electron main process: one window, one database. Everything that decides something lives in
 * the pure modules beside this file; this one only wires them to Electron.
 */

// Bundled to dist-electron/main.js; the preload is built beside it.
const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'preload.cjs');

// Before `ready`: the scheme must be known as standard and secure for the page to get a real origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

// The same folder as the command line uses (paths.ts), also when run as `electron .` from the
// repository, where Electron would otherwise take the lower-case package name.
app.setName(APP_NAME);
app.setPath('userData', join(app.getPath('appData'), APP_NAME));

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: APP_NAME,
    backgroundColor: '#ffffff',
    webPreferences: webPreferences(PRELOAD),
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(MENU_CHANNEL, command);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  // WOONZORGVERKENNER_DB: a fresh database per end-to-end test, as for the command line.
  const databasePath = process.env.WOONZORGVERKENNER_DB ?? join(app.getPath('userData'), DATABASE_FILE);
  let store: Store;
  try {
    store = await openStore(databasePath, { seedDir: join(app.getAppPath(), 'seeds') });
  } catch (error) {
    console.error(error);
    const box = startupErrorBox(databasePath, error);
    dialog.showErrorBox(box.title, box.content);
    app.exit(1);
    return;
  }
  // Quit only once the store has finished its last write and closed the file.
  let storeClosed = false;
  app.on('will-quit', (event) => {
    if (storeClosed) return;
    event.preventDefault();
    void store.close().finally(() => {
      storeClosed = true;
      app.quit();
    });
  });

  registerApi(ipcMain, createDispatch(createHandlers(store)));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(app.getAppPath(), 'dist', 'renderer'), (path) => readFile(path)));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(sendMenuCommand, { platform: process.platform })),
  );
  mainWindow = createWindow();
  app.on('activate', () => {
    mainWindow ??= createWindow();
  });
}

if (app.requestSingleInstanceLock()) {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void shell.openExternal(url));
  });
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox('Woonzorgverkenner kan niet starten', `Er ging iets mis bij het starten: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
} else {
  // Another Woonzorgverkenner is running with the same database; it brings its window forward.
  app.quit();
}
