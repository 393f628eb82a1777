import { createStore } from 'zustand/vanilla';

export type Notice = { id: number; text: string; kind: 'info' | 'error'; action?: { label: string; run: () => void } };

export type NoticesState = {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
};

/** Short-lived messages at the foot of the window; one with an action (undo) stays longer. */
export function createNoticesStore() {
  let nextId = 0;
  return createStore<NoticesState>()((set) => {
    const dismiss = (id: number) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    return {
      notices: [],
      notify: (notice) => {
        const id = ++nextId;
        set((s) => ({ notices: [...s.notices.slice(-3), { ...notice, id }] }));
        window.setTimeout(() => dismiss(id), notice.action ? 10_000 : 5_000);
      },
      dismiss,
    };
  });
}
export type NoticesStore = ReturnType<typeof createNoticesStore>;
