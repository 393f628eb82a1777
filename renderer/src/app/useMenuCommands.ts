import { useEffect } from 'react';
import { screenOfCommand } from '../../../shared/api/menuCommands';
import type { ScreenId } from '../../../shared/screens';

type Shell = { platform: 'electron'; onMenu: (cb: (command: string) => void) => () => void };
declare global {
  interface Window {
    /** Set by the Electron preload: application-menu commands. Absent in a browser. */
    woonzorgShell?: Shell;
  }
}

/** The Electron application menu (Bewerken → Ongedaan maken, Beeld → Overzicht…) drives the same actions as the keyboard. */
export function useMenuCommands({ undo, redo, go, about }: { undo: () => void; redo: () => void; go: (s: ScreenId) => void; about: () => void }): void {
  useEffect(() => {
    const shell = window.woonzorgShell;
    if (!shell) return;
    return shell.onMenu((command) => {
      const screen = screenOfCommand(command);
      if (screen) go(screen);
      else if (command === 'undo') undo();
      else if (command === 'redo') redo();
      else if (command === 'nieuwScenario') go('scenarios');
      else if (command === 'over') about();
    });
  }, [undo, redo, go, about]);
}
