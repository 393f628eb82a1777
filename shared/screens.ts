import type { Locale } from './format/nl';
import { texts } from './i18n/catalogue';

/** Ctrl/Cmd + one of these opens a screen, in the window and in the Electron menu alike. */
export type ShortcutDigit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type ScreenMeta = {
  /** The hash route (#/overzicht) and the menu command (navigate:overzicht). */
  readonly id: string;
  readonly shortcut: ShortcutDigit;
  /** Name of the route's one optional argument: #/gemeente/GM0402 gives { code: 'GM0402' }. */
  readonly argument?: string;
};

/**
 * The app's screens, in the order of the nav bar and the Beeld menu. The hash routes, the nav
 * bar, the keyboard shortcuts, the menu commands and the Electron menu are all derived from this
 * list, so a new screen is one entry here, its title in the catalogue (shared/i18n/texts/screens.ts)
 * and its component in renderer/src/app/screenViews.tsx; the compiler asks for the last two.
 * The first entry is the start screen.
 */
export const SCREENS = [
  { id: 'overzicht', shortcut: 1 },
  { id: 'scenarios', shortcut: 2 },
  { id: 'gemeente', shortcut: 3, argument: 'code' },
  { id: 'vergelijken', shortcut: 4 },
  { id: 'projecten', shortcut: 5 },
  { id: 'data', shortcut: 6 },
  { id: 'solidariteit', shortcut: 7 },
  { id: 'uitleg', shortcut: 8, argument: 'topic' },
] as const satisfies readonly ScreenMeta[];

type Entry = (typeof SCREENS)[number];
export type ScreenId = Entry['id'];
export type Screen = ScreenMeta & { readonly id: ScreenId };
/** The argument name of a screen's route, or never for a screen without one. */
export type ScreenArgument<K extends ScreenId> = Extract<Entry, { id: K }> extends { argument: infer A extends string } ? A : never;

export const START_SCREEN: ScreenId = SCREENS[0].id;

export function isScreenId(value: string): value is ScreenId {
  return SCREENS.some((s) => s.id === value);
}

export function screenMeta(id: ScreenId): Screen {
  const meta = SCREENS.find((s) => s.id === id);
  if (!meta) throw new Error(`Onbekend scherm: ${id}`);
  return meta;
}

export function screenByShortcut(digit: number): Screen | undefined {
  return SCREENS.find((s) => s.shortcut === digit);
}

/** Every screen's title in one language, keyed by id: the nav bar and the Electron menu. */
export function screenTitles(locale: Locale): { readonly [K in ScreenId]: string } {
  return texts(locale).screens;
}
