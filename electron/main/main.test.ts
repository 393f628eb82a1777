import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The main process with a fake Electron: what it asks of Electron, in which order, and that a
 * database it cannot open ends in a Dutch dialog and no window. The store and the seeds are real.
 */

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; url: string | null; sent: unknown[][] }[],
    errorBoxes: [] as [string, string][],
    exitCode: null as number | null,
    quitCalled: false,
    gotLock: true,
    userData: '',
    menuTemplate: null as unknown,
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
  };
  const on = (name: string, listener: Listener) => {
    state.appListeners.set(name, [...(state.appListeners.get(name) ?? []), listener]);
  };
  const app = {
    setName: (name: string) => state.log.push(`setName ${name}`),
    getPath: (name: string) => (name === 'appData' ? '/fake/appData' : state.userData),
    setPath: (name: string, path: string) => state.log.push(`setPath ${name} ${path}`),
    getAppPath: () => '',
    getVersion: () => '0.1.0',
    enableSandbox: () => state.log.push('enableSandbox'),
    requestSingleInstanceLock: () => state.gotLock,
    on,
    whenReady: () => {
      state.log.push('whenReady');
      return Promise.resolve();
    },
    quit: () => {
      state.quitCalled = true;
    },
    exit: (code: number) => {
      state.exitCode = code;
    },
  };
  class BrowserWindow {
    readonly webContents: { send: (...args: unknown[]) => void };
    private readonly record: (typeof state.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: null, sent: [] };
      state.windows.push(this.record);
      this.webContents = { send: (...args: unknown[]) => this.record.sent.push(args) };
    }
    static getFocusedWindow(): null {
      return null;
    }
    once(): void {}
    on(): void {}
    loadURL(url: string): Promise<void> {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return {
    state,
    electron: {
      app,
      BrowserWindow,
      dialog: {
        showErrorBox: (title: string, content: string) => state.errorBoxes.push([title, content]),
        showMessageBox: () => Promise.resolve({ response: 0 }),
      },
      ipcMain: {
        handle: (channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener),
        removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
      },
      Menu: {
        buildFromTemplate: (template: unknown) => (state.menuTemplate = template),
        setApplicationMenu: () => state.log.push('setApplicationMenu'),
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => state.log.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
          state.log.push(`protocol.handle ${scheme}`);
          state.protocolHandler = handler;
        },
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => state.log.push('setPermissionRequestHandler'),
          setPermissionCheckHandler: () => state.log.push('setPermissionCheckHandler'),
          setDevicePermissionHandler: () => state.log.push('setDevicePermissionHandler'),
          webRequest: { onHeadersReceived: () => state.log.push('onHeadersReceived') },
        },
      },
      shell: { openExternal: () => Promise.resolve() },
    },
  };
});

vi.mock('electron', () => fake.electron);

const REPO = resolve(import.meta.dirname, '..', '..');

function reset(userData: string): void {
  const s = fake.state;
  s.log = [];
  s.appListeners = new Map();
  s.ipcHandlers = new Map();
  s.windows = [];
  s.errorBoxes = [];
  s.exitCode = null;
  s.quitCalled = false;
  s.gotLock = true;
  s.userData = userData;
  s.menuTemplate = null;
  s.protocolHandler = null;
  fake.electron.app.getAppPath = () => REPO;
}

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('./main');
}

describe('main process', () => {
  let userData: string;
  beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'wzv-main-'));
    reset(userData);
    delete process.env.WOONZORGVERKENNER_DB;
  });
  afterEach(async () => {
    // Quitting waits for the store to close the file, then quits for real.
    const quitters = fake.state.appListeners.get('will-quit') ?? [];
    const event = { preventDefault: vi.fn() };
    for (const listener of quitters) listener(event);
    if (quitters.length > 0) {
      expect(event.preventDefault).toHaveBeenCalled();
      await vi.waitFor(() => {
        expect(fake.state.quitCalled).toBe(true);
      });
    }
  });

  it('opens the database in the user data folder and shows one secure window', async () => {
    await startMain();
    await vi.waitFor(() => {
      expect(fake.state.windows).toHaveLength(1);
    });
    const s = fake.state;
    expect(s.log.slice(0, 4)).toEqual(['registerSchemesAsPrivileged app', 'enableSandbox', 'setName Woonzorgverkenner', 'setPath userData /fake/appData/Woonzorgverkenner']);
    expect(s.log).toContain('setPermissionRequestHandler');
    expect(s.log).toContain('onHeadersReceived');
    expect(s.log).toContain('protocol.handle app');
    expect(s.log).toContain('setApplicationMenu');
    expect(s.errorBoxes).toEqual([]);

    const window = s.windows[0]!;
    expect(window.url).toBe('app://woonzorgverkenner/index.html');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect((window.options.webPreferences as { preload: string }).preload).toMatch(/preload\.cjs$/);
    expect(readFileSync(join(userData, 'woonzorgverkenner.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3');

    const api = s.ipcHandlers.get('api')!;
    const answer = (await api({ senderFrame: { url: 'app://woonzorgverkenner/index.html', parent: null } }, 'scenarios.list', {})) as { ok: boolean; value: unknown[] };
    expect(answer.ok).toBe(true);
    expect(answer.value.length).toBeGreaterThan(0);
    expect(await api({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'scenarios.list', {})).toMatchObject({ ok: false });

    expect(s.appListeners.has('web-contents-created')).toBe(true);
    expect(s.appListeners.has('second-instance')).toBe(true);
  });

  it('sends a menu command to the window', async () => {
    await startMain();
    await vi.waitFor(() => {
      expect(fake.state.windows).toHaveLength(1);
    });
    const template = fake.state.menuTemplate as { label: string; submenu: { label?: string; click?: () => void }[] }[];
    const edit = template.find((m) => m.label === 'Bewerken')!;
    edit.submenu.find((i) => i.label === 'Ongedaan maken')!.click!();
    expect(fake.state.windows[0]!.sent).toEqual([['menu', 'undo']]);
  });

  it('serves the renderer through app://', async () => {
    await startMain();
    await vi.waitFor(() => {
      expect(fake.state.protocolHandler).not.toBeNull();
    });
    const response = await fake.state.protocolHandler!(new Request('app://woonzorgverkenner/bestaat-niet.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('shows a Dutch error, opens no window and keeps a damaged database aside, unchanged', async () => {
    const path = join(userData, 'kapot.sqlite');
    const garbage = Buffer.alloc(4096, 3);
    writeFileSync(path, garbage);
    process.env.WOONZORGVERKENNER_DB = path;
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startMain();
    await vi.waitFor(() => {
      expect(fake.state.exitCode).toBe(1);
    });
    expect(fake.state.windows).toEqual([]);
    expect(fake.state.ipcHandlers.size).toBe(0);
    expect(fake.state.errorBoxes).toHaveLength(1);
    const [title, content] = fake.state.errorBoxes[0]!;
    expect(title).toBe('Woonzorgverkenner kan niet starten');
    expect(content).toContain('beschadigd');
    // Moved aside under a name with the time, byte for byte; the message names where it is.
    const aside = readdirSync(userData).filter((f) => f.startsWith('kapot.sqlite.beschadigd-'));
    expect(aside).toHaveLength(1);
    expect(content).toContain(join(userData, aside[0]!));
    expect(readFileSync(join(userData, aside[0]!)).equals(garbage)).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('a second instance quits at once and leaves the database to the first', async () => {
    fake.state.gotLock = false;
    await startMain();
    expect(fake.state.quitCalled).toBe(true);
    expect(fake.state.log).not.toContain('whenReady');
  });
});
