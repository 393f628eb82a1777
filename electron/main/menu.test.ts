import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/api/menuCommands';
import { menuTemplate } from './menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((top) => [top, ...(Array.isArray(top.submenu) ? top.submenu : [])]);
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items(template).find((i) => i.label === label);
  if (!item) throw new Error(`geen menu-item "${label}"`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('menuTemplate', () => {
  const send = vi.fn<(command: MenuCommand) => void>();
  const windows = menuTemplate(send, { platform: 'win32' });

  it('has the Dutch menus in order', () => {
    expect(windows.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(items(windows).filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Bestand', 'Nieuw scenario', 'Afsluiten',
      'Bewerken', 'Ongedaan maken', 'Opnieuw', 'Knippen', 'Kopiëren', 'Plakken', 'Alles selecteren',
      'Beeld', 'Overzicht', 'Scenario’s', 'Gemeente', 'Vergelijken', 'Projecten', 'Data & bronnen', 'Solidariteit', 'Uitleg', 'Herladen', 'Ontwikkelaarshulpmiddelen', 'Ware grootte', 'Inzoomen', 'Uitzoomen', 'Volledig scherm',
      'Help', 'Over Woonzorgverkenner',
    ]);
  });

  it('gives the commands their shortcuts', () => {
    expect(find(windows, 'Nieuw scenario').accelerator).toBe('CmdOrCtrl+N');
    expect(find(windows, 'Ongedaan maken').accelerator).toBe('CmdOrCtrl+Z');
    expect(find(windows, 'Opnieuw').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(['Overzicht', 'Scenario’s', 'Gemeente', 'Vergelijken', 'Projecten', 'Data & bronnen', 'Solidariteit', 'Uitleg'].map((l) => find(windows, l).accelerator)).toEqual([
      'CmdOrCtrl+1', 'CmdOrCtrl+2', 'CmdOrCtrl+3', 'CmdOrCtrl+4', 'CmdOrCtrl+5', 'CmdOrCtrl+6', 'CmdOrCtrl+7', 'CmdOrCtrl+8',
    ]);
  });

  it('sends undo and redo to the renderer instead of using the built-in roles', () => {
    send.mockClear();
    click(find(windows, 'Ongedaan maken'));
    click(find(windows, 'Opnieuw'));
    expect(send.mock.calls).toEqual([['undo'], ['redo']]);
    expect(items(windows).some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
  });

  it('sends every menu command there is, and only those', () => {
    send.mockClear();
    for (const item of items(windows)) if (item.click) click(item);
    expect(send.mock.calls.map(([c]) => c).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('asks the window for its About dialog from Help', () => {
    send.mockClear();
    click(find(windows, 'Over Woonzorgverkenner'));
    expect(send.mock.calls).toEqual([['over']]);
  });

  it('uses roles with Dutch labels for clipboard, view and quit', () => {
    expect(find(windows, 'Afsluiten').role).toBe('quit');
    expect(find(windows, 'Kopiëren').role).toBe('copy');
    expect(find(windows, 'Herladen').role).toBe('reload');
    expect(find(windows, 'Ontwikkelaarshulpmiddelen').role).toBe('toggleDevTools');
  });

  it('on macOS puts quit and about under the application menu', () => {
    const mac = menuTemplate(send, { platform: 'darwin' });
    expect(mac.map((m) => m.label)).toEqual(['Woonzorgverkenner', 'Bestand', 'Bewerken', 'Beeld', 'Help']);
    const appMenu = mac[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu.some((i) => i.role === 'quit')).toBe(true);
    expect((mac[1]!.submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'quit')).toBe(false);
  });
});
