import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the window is being printed (Ctrl+P, the print preview). A virtualised list draws only
 * the rows in view; while printing it must draw them all, and before the browser lays out the
 * pages, hence flushSync in `beforeprint`.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    // Print media emulation (a test, the devtools) changes the media without the print events.
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const change = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
