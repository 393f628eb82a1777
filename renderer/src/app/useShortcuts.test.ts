// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screenDigitOf, screenKeys } from './useShortcuts';

const press = (init: KeyboardEventInit, target?: HTMLElement) => {
  const e = new KeyboardEvent('keydown', init);
  if (target) Object.defineProperty(e, 'target', { value: target });
  return e;
};

describe('screen shortcuts: Ctrl+digit in Electron, Alt+digit in the browser build', () => {
  it('Electron: Ctrl or Cmd with a digit; Alt+digit is not one', () => {
    expect(screenDigitOf(press({ key: '3', code: 'Digit3', ctrlKey: true }), true)).toBe(3);
    expect(screenDigitOf(press({ key: '7', code: 'Numpad7', metaKey: true }), true)).toBe(7);
    expect(screenDigitOf(press({ key: '3', code: 'Digit3', altKey: true }), true)).toBeNull();
    expect(screenKeys(6, true)).toBe('Ctrl+6');
  });

  it('browser: Alt with a digit of the top row, by its place (AZERTY, a Mac\'s Option); Ctrl+digit stays the browser\'s', () => {
    expect(screenDigitOf(press({ key: '1', code: 'Digit1', altKey: true }), false)).toBe(1);
    expect(screenDigitOf(press({ key: '&', code: 'Digit1', altKey: true }), false)).toBe(1);
    expect(screenDigitOf(press({ key: '1', code: 'Digit1', ctrlKey: true }), false)).toBeNull();
    // AltGr (Ctrl+Alt) types characters; Alt with the keypad types a character by its code on Windows.
    expect(screenDigitOf(press({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(screenDigitOf(press({ key: '1', code: 'Numpad1', altKey: true }), false)).toBeNull();
    expect(screenDigitOf(press({ key: '!', code: 'Digit1', altKey: true, shiftKey: true }), false)).toBeNull();
    expect(screenKeys(6, false)).toBe('Alt+6');
  });

  it('browser: where Alt+digit types a character into a text field (Option+1 is ¡), the field gets it', () => {
    const field = document.createElement('input');
    expect(screenDigitOf(press({ key: '¡', code: 'Digit1', altKey: true }, field), false)).toBeNull();
    expect(screenDigitOf(press({ key: '¡', code: 'Digit1', altKey: true }, document.createElement('button')), false)).toBe(1);
    expect(screenDigitOf(press({ key: '1', code: 'Digit1', altKey: true }, field), false)).toBe(1);
  });
});
