import { runChunked } from './chunked';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The Monte Carlo of MODEL.md §5.6 off the window's thread: one run at a time, in steps, with
 * progress after each; a cancel (or a new start) stops the running one between steps.
 */
type Scope = { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const scope = self as unknown as Scope;

let running: { id: number; cancel: () => void } | null = null;

scope.onmessage = (event) => {
  const m = event.data;
  if (m.type === 'cancel') {
    if (running?.id === m.id) {
      running.cancel();
      running = null;
    }
    return;
  }
  running?.cancel();
  const id = m.id;
  const finish = () => {
    if (running?.id === id) running = null;
  };
  running = {
    id,
    cancel: runChunked(m.dataset, m.scenario, m.chunk, {
      progress: (done, total) => scope.postMessage({ type: 'progress', id, done, total }),
      done: (block) => {
        finish();
        scope.postMessage({ type: 'done', id, block });
      },
      error: (message) => {
        finish();
        scope.postMessage({ type: 'error', id, message });
      },
    }),
  };
};
