import { useEffect } from 'react';
import { SCREENS, type Screen } from './route';

type Handlers = { undo: () => void; redo: () => void; go: (s: Screen) => void };

/**
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo, Ctrl/Cmd+1…6 the screens. Inside a text
 * field the browser's own undo of that field's text comes first, as a user expects.
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
      } else if (/^[1-6]$/.test(key)) {
        e.preventDefault();
        const screen = SCREENS[Number(key) - 1];
        if (screen) go(screen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, go]);
}
