import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, buildShell } from './bridge';

// Sandboxed preload (bundled to dist-electron/preload.cjs): only contextBridge and ipcRenderer are available.
contextBridge.exposeInMainWorld('woonzorgApi', buildApi((channel, name, payload) => ipcRenderer.invoke(channel, name, payload)));
contextBridge.exposeInMainWorld('woonzorgShell', buildShell(ipcRenderer));
