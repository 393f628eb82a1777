import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../shared/api/contract';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'antwoord' })),
}));

vi.mock('electron', () => {
  const ipcRenderer = { invoke: fake.invoke, on: vi.fn(), removeListener: vi.fn() };
  return {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
    ipcRenderer,
  };
});

describe('preload', () => {
  it('exposes woonzorgApi and woonzorgShell, never ipcRenderer itself', async () => {
    await import('./preload');
    expect([...fake.exposed.keys()]).toEqual(['woonzorgApi', 'woonzorgShell']);
    const api = fake.exposed.get('woonzorgApi') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
    for (const value of [...Object.values(api), ...Object.values(fake.exposed.get('woonzorgShell') as Record<string, unknown>)]) {
      expect(value === fake.invoke || (typeof value === 'object' && value !== null && 'invoke' in value)).toBe(false);
    }
    await expect(api['run.scenario']!({ id: 'basis' })).resolves.toEqual({ ok: true, value: 'antwoord' });
    expect(fake.invoke).toHaveBeenCalledWith('api', 'run.scenario', { id: 'basis' });
  });
});
