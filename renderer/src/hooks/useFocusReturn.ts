import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * Gives the focus back to the control that opened something (a form, a preview) once it closes,
 * whether by Esc, cancel or save. Call the returned `remember` as it opens: it notes the element
 * that has the focus then. When that element is gone by the time it closes (its row was removed),
 * `fallback` gets the focus instead.
 */
export function useFocusReturn(isOpen: boolean, fallback?: RefObject<HTMLElement | null>): () => void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(isOpen);
  useEffect(() => {
    if (isOpen) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const back = opener.current?.isConnected ? opener.current : fallback?.current;
    opener.current = null;
    back?.focus();
  }, [isOpen, fallback]);
  return () => {
    opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  };
}

/** A keydown handler for a form or panel: Esc closes it without saving (and goes no further up). */
export function closeOnEscape(close: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
}
