import type { MenuItemConstructorOptions } from 'electron';
import { navigateCommand, type MenuCommand } from '../../shared/api/menuCommands';
import { texts } from '../../shared/i18n/catalogue';
import { SCREENS, screenTitles } from '../../shared/screens';

export type MenuOptions = {
  platform: NodeJS.Platform;
};

/**
 * The Dutch application menu, worded by the catalogue (`menu`, and `screens` under Beeld). Undo
 * and redo are commands for the renderer, which owns the undo stack of the scenario being
 * edited; Electron's built-in undo would only undo typing in a field.
 */
export function menuTemplate(send: (command: MenuCommand) => void, options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string | undefined, menuCommand: MenuCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => {
      send(menuCommand);
    },
  });
  const isMac = options.platform === 'darwin';
  const { menu: t, app } = texts('nl-NL');
  const titles = screenTitles('nl-NL');

  const bestand: MenuItemConstructorOptions = {
    label: t.file.label,
    submenu: [
      command(t.file.newScenario, 'CmdOrCtrl+N', 'nieuwScenario'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.file.quit, accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };
  const bewerken: MenuItemConstructorOptions = {
    label: t.edit.label,
    submenu: [
      command(t.edit.undo, 'CmdOrCtrl+Z', 'undo'),
      command(t.edit.redo, 'CmdOrCtrl+Shift+Z', 'redo'),
      { type: 'separator' },
      { role: 'cut', label: t.edit.cut },
      { role: 'copy', label: t.edit.copy },
      { role: 'paste', label: t.edit.paste },
      { role: 'selectAll', label: t.edit.selectAll },
    ],
  };
  const beeld: MenuItemConstructorOptions = {
    label: t.view.label,
    submenu: [
      ...SCREENS.map((screen) => command(titles[screen.id], `CmdOrCtrl+${screen.shortcut}`, navigateCommand(screen.id))),
      { type: 'separator' },
      { role: 'reload', label: t.view.reload },
      { role: 'toggleDevTools', label: t.view.devTools },
      { type: 'separator' },
      { role: 'resetZoom', label: t.view.resetZoom },
      { role: 'zoomIn', label: t.view.zoomIn },
      { role: 'zoomOut', label: t.view.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.view.fullScreen },
    ],
  };
  // The About dialog is the window's own (the same in the browser build), so the menu only asks for it.
  const about = command(t.help.about, undefined, 'over');
  const help: MenuItemConstructorOptions = {
    label: t.help.label,
    role: 'help',
    submenu: [about],
  };
  // macOS puts Quit (and About) under the application's own menu, left of Bestand.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: app.appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide', label: t.mac.hide },
            { role: 'hideOthers', label: t.mac.hideOthers },
            { role: 'unhide', label: t.mac.showAll },
            { type: 'separator' },
            { role: 'quit', label: t.mac.quit },
          ],
        },
      ]
    : [];
  return [...appMenu, bestand, bewerken, beeld, help];
}
