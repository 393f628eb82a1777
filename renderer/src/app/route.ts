import { isScreenId, screenMeta, START_SCREEN, type ScreenArgument, type ScreenId } from '../../../shared/screens';

/** The route of one screen: its id, plus its argument (null when absent) if it takes one. */
export type RouteOf<K extends ScreenId> = [ScreenArgument<K>] extends [never] ? { screen: K } : { screen: K } & { [A in ScreenArgument<K>]: string | null };
/** Hash routes, so a reload or a bookmark comes back to the same screen (also under file:// and app://). */
export type Route = { [K in ScreenId]: RouteOf<K> }[ScreenId];

/** The route that opens a screen, with its argument if it takes one. */
export function routeTo(screen: ScreenId, argument: string | null = null): Route {
  const name = screenMeta(screen).argument;
  // Built from the SCREENS entry, which is what RouteOf reads its shape from.
  return (name === undefined ? { screen } : { screen, [name]: argument }) as Route;
}

export function parseRoute(hash: string): Route {
  const [id = '', argument] = hash.replace(/^#\/?/, '').split('/');
  return isScreenId(id) ? routeTo(id, argument ? decodeArgument(argument) : null) : routeTo(START_SCREEN);
}

export function hrefOf(route: Route): string {
  const name = screenMeta(route.screen).argument;
  const argument = name === undefined ? null : (route as Record<string, unknown>)[name];
  return typeof argument === 'string' && argument !== '' ? `#/${route.screen}/${encodeURIComponent(argument)}` : `#/${route.screen}`;
}

/** A hand-typed URL with a broken %-escape opens the screen without its argument instead of failing. */
function decodeArgument(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
