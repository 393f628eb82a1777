import type { MenuItemConstructorOptions } from 'electron';
import { navigateCommand, type MenuCommand } from '../../shared/api/menuCommands';
import { SCREENS } from '../../shared/screens';

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** Shows the "Over Woonzorgverkenner" dialog. */
  about: () => void;
};

/**
 * The Dutch application menu. Undo and redo are commands for the renderer, which owns the undo
 * stack of the scenario being edited; Electron's built-in undo would only undo typing in a field.
 */
export function menuTemplate(send: (command: MenuCommand) => void, options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, menuCommand: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => {
      send(menuCommand);
    },
  });
  const isMac = options.platform === 'darwin';

  const bestand: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      command('Nieuw scenario', 'CmdOrCtrl+N', 'nieuwScenario'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Afsluiten', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };
  const bewerken: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      command('Ongedaan maken', 'CmdOrCtrl+Z', 'undo'),
      command('Opnieuw', 'CmdOrCtrl+Shift+Z', 'redo'),
      { type: 'separator' },
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };
  const beeld: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      ...SCREENS.map((screen) => command(screen.title.nl, `CmdOrCtrl+${screen.shortcut}`, navigateCommand(screen.id))),
      { type: 'separator' },
      { role: 'reload', label: 'Herladen' },
      { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' },
      { type: 'separator' },
      { role: 'resetZoom', label: 'Ware grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Volledig scherm' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [{ label: 'Over Woonzorgverkenner', click: options.about }],
  };
  // macOS puts Quit (and About) under the application's own menu, left of Bestand.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Woonzorgverkenner',
          submenu: [
            { label: 'Over Woonzorgverkenner', click: options.about },
            { type: 'separator' },
            { role: 'hide', label: 'Verberg Woonzorgverkenner' },
            { role: 'hideOthers', label: 'Verberg andere' },
            { role: 'unhide', label: 'Toon alles' },
            { type: 'separator' },
            { role: 'quit', label: 'Stop Woonzorgverkenner' },
          ],
        },
      ]
    : [];
  return [...appMenu, bestand, bewerken, beeld, help];
}
