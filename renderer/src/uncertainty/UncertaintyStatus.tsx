import { useEffect, useState } from 'react';
import { formatNumber } from '../../../shared/format/nl';
import { useLocale, useMessages } from '../state/AppState';
import type { Uncertainty } from './useUncertainty';

/** How long a run may take before the progress line shows: a quick one never flickers past. */
export const SHOW_AFTER_MS = 200;

/**
 * "Bandbreedtes berekenen… 4.000 van 10.000 trekkingen [Stoppen]" while the Monte Carlo runs
 * longer than a moment; after a stop or a failure a line saying so, with a button to run it
 * after all. Nothing once the bands are there (the charts and tables show them) or without ranges.
 */
export function UncertaintyStatus({ u }: { u: Uncertainty }) {
  const locale = useLocale();
  const w = useMessages().uncertaintyResults.status;
  const running = u.status === 'running';
  const [late, setLate] = useState(() => running && performance.now() - u.startedAt >= SHOW_AFTER_MS);
  useEffect(() => {
    if (!running) {
      setLate(false);
      return;
    }
    const wait = SHOW_AFTER_MS - (performance.now() - u.startedAt);
    if (wait <= 0) {
      setLate(true);
      return;
    }
    setLate(false);
    const timer = setTimeout(() => setLate(true), wait);
    return () => clearTimeout(timer);
  }, [running, u.startedAt]);
  const n = (v: number) => formatNumber(v, 0, locale);
  if (running && late) {
    return (
      <p className="note uncertainty-status" role="status" data-testid="uncertainty-status" data-status="running">
        {w.running(n(u.done), n(u.total))}{' '}
        <progress max={u.total} value={u.done} style={{ verticalAlign: 'middle', width: '8em' }} />{' '}
        <button type="button" className="small" onClick={u.cancel} data-testid="uncertainty-stop">
          {w.stop}
        </button>
      </p>
    );
  }
  if (u.status === 'cancelled' || u.status === 'error') {
    return (
      <p className="note uncertainty-status" role="status" data-testid="uncertainty-status" data-status={u.status}>
        {u.status === 'cancelled' ? w.cancelled : w.failed(u.error ?? '')}{' '}
        <button type="button" className="small" onClick={u.restart} data-testid="uncertainty-restart">
          {w.restart}
        </button>
      </p>
    );
  }
  return null;
}
