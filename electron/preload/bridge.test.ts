import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../shared/api/contract';
import type { MenuCommand } from '../../shared/api/menuCommands';
import { buildApi, buildShell, type Invoke, type MenuListener } from './bridge';

describe('buildApi', () => {
  it('has one function per call of the contract and nothing else', () => {
    const api = buildApi(vi.fn<Invoke>());
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(typeof api[name]).toBe('function');
  });

  it('sends (name, payload) on the one "api" channel and returns the answer', async () => {
    const invoke = vi.fn<Invoke>(() => Promise.resolve({ ok: true, value: [] }));
    const api = buildApi(invoke);
    await expect(api['scenarios.list']({})).resolves.toEqual({ ok: true, value: [] });
    await api['scenarios.get']({ id: 'basis' });
    expect(invoke.mock.calls).toEqual([
      ['api', 'scenarios.list', {}],
      ['api', 'scenarios.get', { id: 'basis' }],
    ]);
  });

  it('sends {} for a call without input', async () => {
    const invoke = vi.fn<Invoke>(() => Promise.resolve({ ok: true, value: null }));
    await (buildApi(invoke)['dataset.get'] as (input?: unknown) => Promise<unknown>)();
    expect(invoke).toHaveBeenCalledWith('api', 'dataset.get', {});
  });

  it('turns a failed invoke into an error value instead of a rejection', async () => {
    const api = buildApi(() => Promise.reject(new Error("No handler registered for 'api'")));
    const answer = await api['scenarios.list']({});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!answer.ok) expect(answer.error.message).toContain('scenarios.list');
  });
});

describe('buildShell', () => {
  function fakeChannel() {
    const listeners = new Map<string, Set<MenuListener>>();
    return {
      listeners,
      on: (channel: string, listener: MenuListener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel: string, listener: MenuListener) => listeners.get(channel)?.delete(listener),
      emit: (command: unknown) => {
        for (const l of listeners.get('menu') ?? []) l({ sender: 'ipc-event' }, command);
      },
    };
  }

  it('says it is Electron', () => {
    expect(buildShell(fakeChannel()).platform).toBe('electron');
  });

  it('passes known menu commands to the listener, without the IPC event, until unsubscribed', () => {
    const channel = fakeChannel();
    const shell = buildShell(channel);
    const received: MenuCommand[] = [];
    const listener = vi.fn((command: MenuCommand) => received.push(command));
    const stop = shell.onMenu(listener);
    channel.emit('undo');
    channel.emit('navigate:data');
    channel.emit('rm -rf');
    channel.emit({ command: 'undo' });
    expect(received).toEqual(['undo', 'navigate:data']);
    expect(listener.mock.calls).toEqual([['undo'], ['navigate:data']]);
    stop();
    channel.emit('redo');
    expect(received).toEqual(['undo', 'navigate:data']);
    expect(channel.listeners.get('menu')!.size).toBe(0);
  });
});
