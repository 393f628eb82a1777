import { z } from 'zod';

/**
 * Commands the application menu sends to the renderer. The renderer owns the undo stack and the
 * navigation, so the menu only names what the user asked for; the renderer decides what it means.
 */
export const MenuCommand = z.enum([
  'undo',
  'redo',
  'nieuwScenario',
  'navigate:overzicht',
  'navigate:scenarios',
  'navigate:gemeente',
  'navigate:vergelijken',
  'navigate:projecten',
  'navigate:data',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;
export const MENU_COMMANDS: readonly MenuCommand[] = MenuCommand.options;

/** The IPC channel on which the main process sends a MenuCommand to the window. */
export const MENU_CHANNEL = 'menu';
/** The one IPC channel for API calls: invoked with (call name, payload). */
export const API_CHANNEL = 'api';

/** What the Electron preload exposes as `window.woonzorgShell`; absent in a browser. */
export type WoonzorgShell = {
  readonly platform: 'electron';
  /** Calls `listener` for every menu command; returns a function that stops listening. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
};
