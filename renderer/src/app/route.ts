/** Hash routes, so a reload or a bookmark comes back to the same screen (also under file:// and app://). */
export type Route =
  | { screen: 'overzicht' }
  | { screen: 'scenarios' }
  | { screen: 'gemeente'; code: string | null }
  | { screen: 'vergelijken' }
  | { screen: 'projecten' }
  | { screen: 'data' };

export const SCREENS = ['overzicht', 'scenarios', 'gemeente', 'vergelijken', 'projecten', 'data'] as const;
export type Screen = (typeof SCREENS)[number];

export function parseRoute(hash: string): Route {
  const [screen, arg] = hash.replace(/^#\/?/, '').split('/');
  switch (screen) {
    case 'scenarios':
      return { screen: 'scenarios' };
    case 'gemeente':
      return { screen: 'gemeente', code: arg ? decodeURIComponent(arg) : null };
    case 'vergelijken':
      return { screen: 'vergelijken' };
    case 'projecten':
      return { screen: 'projecten' };
    case 'data':
      return { screen: 'data' };
    default:
      return { screen: 'overzicht' };
  }
}

export function hrefOf(route: Route): string {
  return route.screen === 'gemeente' && route.code ? `#/gemeente/${encodeURIComponent(route.code)}` : `#/${route.screen}`;
}
