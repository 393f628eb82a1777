import { useEffect, useRef, type KeyboardEvent } from 'react';

type TabListOptions<K extends string> = {
  /** Prefix of the tabs' and panels' element ids: unique on the page. */
  id: string;
  keys: readonly K[];
  selected: K;
  onSelect: (key: K) => void;
  /** What a screen reader calls the list. */
  label: string;
};

/**
 * The WAI-ARIA tabs pattern for one tab list: only the selected tab is in the tab order (roving
 * tabindex); Left/Right move to the previous/next tab (wrapping), Home/End to the first/last, and
 * the tab moved to is shown at once (automatic activation). Each tab names the panel it controls
 * and the panel names its tab. Spread `list` on the element holding the tabs, `tab(key)` on each
 * tab button and `panel(key)` on the element showing the selected tab's content.
 */
export function useTabList<K extends string>({ id, keys, selected, onSelect, label }: TabListOptions<K>) {
  const elements = useRef(new Map<K, HTMLElement>());
  // Set by an arrow key: the tab selected next takes the focus once it has rendered.
  const focusNext = useRef(false);
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    elements.current.get(selected)?.focus();
  }, [selected]);

  const tabId = (key: K) => `${id}-tab-${key}`;
  const panelId = (key: K) => `${id}-panel-${key}`;
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const at = keys.findIndex((k) => elements.current.get(k) === e.target);
    if (at < 0) return;
    const to = e.key === 'ArrowRight' ? (at + 1) % keys.length : e.key === 'ArrowLeft' ? (at - 1 + keys.length) % keys.length : e.key === 'Home' ? 0 : e.key === 'End' ? keys.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const key = keys[to];
    if (key === undefined) return;
    if (key === selected) {
      elements.current.get(key)?.focus();
      return;
    }
    focusNext.current = true;
    onSelect(key);
  };

  return {
    list: { role: 'tablist', 'aria-label': label, 'aria-orientation': 'horizontal', onKeyDown } as const,
    tab: (key: K) =>
      ({
        id: tabId(key),
        role: 'tab',
        type: 'button',
        'aria-selected': key === selected,
        'aria-controls': panelId(key),
        tabIndex: key === selected ? 0 : -1,
        onClick: () => onSelect(key),
        ref: (el: HTMLElement | null) => {
          if (el) elements.current.set(key, el);
          else elements.current.delete(key);
        },
      }) as const,
    panel: (key: K) => ({ id: panelId(key), role: 'tabpanel', 'aria-labelledby': tabId(key) }) as const,
  };
}
