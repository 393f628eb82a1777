import { lazy, type ComponentType } from 'react';
import type { ScreenId } from '../../../shared/screens';
import { Overzicht } from '../screens/Overzicht';
import type { Route, RouteOf } from './route';

export type ScreenProps<K extends ScreenId> = { route: RouteOf<K>; go: (route: Route) => void };
type ScreenView<K extends ScreenId> = ComponentType<ScreenProps<K>>;

/** A screen's code loads when the screen is first opened, so the first screen is not kept waiting. */
function lazyView<K extends ScreenId>(load: () => Promise<ScreenView<K>>): ScreenView<K> {
  return lazy(async () => ({ default: await load() }));
}

/**
 * The component of every screen in shared/screens.ts: a screen without one does not compile.
 * Overzicht, the start screen, is in the main bundle; the others load on first use.
 */
export const SCREEN_VIEWS: { [K in ScreenId]: ScreenView<K> } = {
  overzicht: ({ go }) => <Overzicht onGemeente={(code) => go({ screen: 'gemeente', code })} />,
  scenarios: lazyView(async () => (await import('../screens/Scenarios')).Scenarios),
  gemeente: lazyView(async () => {
    const { Gemeente } = await import('../screens/Gemeente');
    return ({ route, go }) => <Gemeente code={route.code} onSelect={(code) => go({ screen: 'gemeente', code })} />;
  }),
  vergelijken: lazyView(async () => (await import('../screens/Vergelijken')).Vergelijken),
  projecten: lazyView(async () => (await import('../screens/Projecten')).Projecten),
  data: lazyView(async () => (await import('../screens/DataBronnen')).DataBronnen),
  solidariteit: lazyView(async () => (await import('../screens/Solidariteit')).Solidariteit),
  uitleg: lazyView(async () => {
    const { Help } = await import('../screens/Help');
    return ({ route }) => <Help topic={route.topic} />;
  }),
};
