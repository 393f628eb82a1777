import { useMessages, useNotices } from '../state/AppState';

/** Short-lived messages at the bottom of the window, some with an undo action. */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const t = useMessages().app;
  return (
    <div className="notices" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.action && (
            <button
              onClick={() => {
                n.action?.run();
                dismiss(n.id);
              }}
              data-testid="notice-action"
            >
              {n.action.label}
            </button>
          )}
          <button className="icon" onClick={() => dismiss(n.id)} aria-label={t.close}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
