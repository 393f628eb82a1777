import type { Locale } from './format/nl';

/** Ctrl/Cmd + one of these opens a screen, in the window and in the Electron menu alike. */
export type ShortcutDigit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type ScreenMeta = {
  /** The hash route (#/overzicht) and the menu command (navigate:overzicht). */
  readonly id: string;
  readonly shortcut: ShortcutDigit;
  /** Name of the route's one optional argument: #/gemeente/GM0402 gives { code: 'GM0402' }. */
  readonly argument?: string;
  /** Written once here: the renderer's nav bar and the Electron menu both show it. */
  readonly title: { readonly nl: string; readonly en: string };
};

/**
 * The app's screens, in the order of the nav bar and the Beeld menu. The hash routes, the nav
 * bar, the keyboard shortcuts, the menu commands and the Electron menu are all derived from this
 * list, so a new screen is one entry here plus its component in renderer/src/app/screenViews.tsx.
 * The first entry is the start screen.
 */
export const SCREENS = [
  { id: 'overzicht', shortcut: 1, title: { nl: 'Overzicht', en: 'Overview' } },
  { id: 'scenarios', shortcut: 2, title: { nl: 'Scenario’s', en: 'Scenarios' } },
  { id: 'gemeente', shortcut: 3, argument: 'code', title: { nl: 'Gemeente', en: 'Municipality' } },
  { id: 'vergelijken', shortcut: 4, title: { nl: 'Vergelijken', en: 'Compare' } },
  { id: 'projecten', shortcut: 5, title: { nl: 'Projecten', en: 'Projects' } },
  { id: 'data', shortcut: 6, title: { nl: 'Data & bronnen', en: 'Data & sources' } },
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

/** Every screen's title in one language, keyed by id (the renderer's `nav` messages). */
export function screenTitles(locale: Locale): { readonly [K in ScreenId]: string } {
  const lang = locale === 'nl-NL' ? 'nl' : 'en';
  return Object.fromEntries(SCREENS.map((s) => [s.id, s.title[lang]])) as { [K in ScreenId]: string };
}
