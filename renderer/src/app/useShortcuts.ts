import { useEffect } from 'react';
import { screenByShortcut, type ScreenId } from '../../../shared/screens';

type Handlers = { undo: () => void; redo: () => void; go: (s: ScreenId) => void };

/** Inside Electron the preload sets window.woonzorgShell (useMenuCommands); the browser build has none. */
export function inElectron(): boolean {
  return 'woonzorgShell' in window;
}

/**
 * The keys that open the screen with shortcut `digit`: Ctrl+digit in Electron (as its menu says);
 * Alt+digit in the browser build, where Ctrl+1…8 switch the browser's tabs in Chrome, Edge and
 * Firefox and stay theirs.
 */
export function screenKeys(digit: number, electron: boolean = inElectron()): string {
  return `${electron ? 'Ctrl' : 'Alt'}+${digit}`;
}

/**
 * The screen shortcut's digit in a key press, or null. By the key's place (e.code), not its
 * character: Alt+1 on a Mac types '¡', and on an AZERTY keyboard the digits are shifted. In the
 * browser build not the numeric keypad (Alt with keypad digits types a character by its code on
 * Windows), and not where Alt+digit types a character into a text field (a Mac's Option key).
 */
export function screenDigitOf(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>, electron: boolean): number | null {
  if (e.shiftKey) return null;
  if (electron) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
    const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : undefined);
    return digit === undefined ? null : Number(digit);
  }
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const digit = /^Digit([1-9])$/.exec(e.code)?.[1];
  if (digit === undefined) return null;
  const typesText = e.key.length === 1 && e.key !== digit && e.target instanceof HTMLElement && e.target.matches('input, textarea, [contenteditable]');
  return typesText ? null : Number(digit);
}

/**
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo, and the screens' shortcuts (shared/screens.ts):
 * Ctrl/Cmd+digit in Electron, Alt+digit in the browser build (screenKeys). Inside a text field
 * the browser's own undo of that field's text comes first, as a user expects.
 */
export function useShortcuts({ undo, redo, go }: Handlers): void {
  useEffect(() => {
    const electron = inElectron();
    const onKey = (e: KeyboardEvent) => {
      const digit = screenDigitOf(e, electron);
      const screen = digit === null ? undefined : screenByShortcut(digit);
      if (screen) {
        e.preventDefault();
        go(screen.id);
        return;
      }
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
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, go]);
}
