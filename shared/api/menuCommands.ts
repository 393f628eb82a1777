import { z } from 'zod';
import { isScreenId, SCREENS, type ScreenId } from '../screens';

/** Opens a screen: one command per entry of SCREENS. */
export type NavigateCommand = `navigate:${ScreenId}`;
const NAVIGATE = 'navigate:';

export function navigateCommand(id: ScreenId): NavigateCommand {
  return `${NAVIGATE}${id}`;
}

/** The screen a menu command opens, or null for a command that opens none. */
export function screenOfCommand(command: string): ScreenId | null {
  const id = command.startsWith(NAVIGATE) ? command.slice(NAVIGATE.length) : '';
  return isScreenId(id) ? id : null;
}

/**
 * Commands the application menu sends to the renderer. The renderer owns the undo stack and the
 * navigation, so the menu only names what the user asked for; the renderer decides what it means.
 */
export const MenuCommand = z.enum(['undo', 'redo', 'nieuwScenario', 'over', ...SCREENS.map((s) => navigateCommand(s.id))]);
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
