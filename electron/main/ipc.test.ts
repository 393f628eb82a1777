import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { openStore } from '../store/store';
import { createApiListener, registerApi, type SenderFrameInfo } from './ipc';
import { APP_ENTRY_URL } from './security';

const TOP = { url: APP_ENTRY_URL, parent: null };
const trusted: SenderFrameInfo = { senderFrame: TOP };

describe('createApiListener', () => {
  it('passes calls from the app window to the dispatcher', async () => {
    const dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, value: [] }));
    const listener = createApiListener(dispatch);
    expect(await listener(trusted, 'scenarios.list', {})).toEqual({ ok: true, value: [] });
    expect(dispatch).toHaveBeenCalledWith('scenarios.list', {});
  });

  it.each<[string, SenderFrameInfo]>([
    ['another site', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a local file', { senderFrame: { url: 'file:///tmp/page.html', parent: null } }],
    ['a frame inside the app', { senderFrame: { url: APP_ENTRY_URL, parent: TOP } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s without calling the dispatcher', async (_what, event) => {
    const dispatch = vi.fn<Dispatch>();
    const answer = await createApiListener(dispatch)(event, 'scenarios.list', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers an error value, never a throw, when the dispatcher fails or the name is not a string', async () => {
    const log = vi.fn();
    const listener = createApiListener(() => {
      throw new Error('kapot');
    }, log);
    expect(await listener(trusted, 'scenarios.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalled();
    expect(await listener(trusted, 42, {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('runs a real call against a real store', async () => {
    const store = await openStore(':memory:');
    try {
      const listener = createApiListener(createDispatch(createHandlers(store)));
      const list = await listener(trusted, 'scenarios.list', {});
      expect(list.ok).toBe(true);
      expect(await listener(trusted, 'scenarios.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      expect(await listener(trusted, 'bestaat.niet', {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    } finally {
      await store.close();
    }
  });
});

describe('registerApi', () => {
  it('registers one handler on the "api" channel and can remove it', async () => {
    const handlers = new Map<string, (event: SenderFrameInfo, ...args: unknown[]) => unknown>();
    const ipc = {
      handle: vi.fn((channel: string, h: (event: SenderFrameInfo, ...args: unknown[]) => unknown) => handlers.set(channel, h)),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    };
    const remove = registerApi(ipc, () => Promise.resolve({ ok: true, value: 'ja' }));
    expect([...handlers.keys()]).toEqual(['api']);
    expect(await handlers.get('api')!(trusted, 'scenarios.list', {})).toEqual({ ok: true, value: 'ja' });
    remove();
    expect(handlers.size).toBe(0);
  });
});
