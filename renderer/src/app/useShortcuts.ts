import { useEffect } from 'react';
import { screenByShortcut, type ScreenId } from '../../../shared/screens';

type Handlers = { undo: () => void; redo: () => void; go: (s: ScreenId) => void };

/**
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo, Ctrl/Cmd+digit the screen with that shortcut
 * (shared/screens.ts). Inside a text field the browser's own undo of that field's text comes
 * first, as a user expects.
 */
export function useShortcuts({ undo, redo, go }: Handlers): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      // Parameter fields take part in the app's undo (data-app-undo); names and notes keep the browser's own.
      const inText = e.target instanceof HTMLElement && e.target.matches('input, textarea') && !e.target.closest('[data-app-undo]');
      if (key === 'z' && !inText) {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (key === 'y' && !inText) {
        e.preventDefault();
        redo();
      } else {
        const screen = /^[1-9]$/.test(key) ? screenByShortcut(Number(key)) : undefined;
        if (!screen) return;
        e.preventDefault();
        go(screen.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, go]);
}
