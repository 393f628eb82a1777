// A stand-in for Electron, so the built main process (dist-electron/main.js) runs in Node: the real
// Electron binary cannot be downloaded on the build machines. It records the IPC handlers.
const listeners = new Map();
export const handlers = new Map();
globalThis.__fakeElectron = { handlers, listeners };
const tmp = process.env.FAKE_USERDATA;
export const app = {
  enableSandbox() {}, setName() {}, setPath() {}, getPath: () => tmp, getAppPath: () => process.env.APP_PATH, getVersion: () => '0.0.0',
  requestSingleInstanceLock: () => true, on: (e, f) => listeners.set(e, f), quit() {}, exit(c) { console.log('exit', c); },
  whenReady: () => Promise.resolve(),
};
export class BrowserWindow { constructor(o) { this.o = o; this.webContents = { on() {}, setWindowOpenHandler() {}, send() {} }; } once() {} on() {} loadURL(u) { this.url = u; return Promise.resolve(); } static getFocusedWindow() { return null; } }
export const ipcMain = { handle: (c, f) => handlers.set(c, f), removeHandler: (c) => handlers.delete(c) };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu() {} };
export const protocol = { registerSchemesAsPrivileged() {}, handle() {} };
export const session = { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, webRequest: { onHeadersReceived() {} } } };
export const shell = { openExternal() {} };
export const dialog = { showErrorBox: (t, c) => console.log('ERRORBOX', t, c), showMessageBox: () => Promise.resolve() };
export default { app, BrowserWindow, ipcMain, Menu, protocol, session, shell, dialog };
