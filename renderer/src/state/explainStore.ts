import { createStore } from 'zustand/vanilla';

/** A figure of the result: a gemeente code or 'regio', and its path; no path = the list of that place's figures. */
export type FigureRef = { where: string; path?: string };

export type ExplainState = {
  /** The figures opened in the explanation, the last one shown; empty when it is closed. */
  trail: FigureRef[];
  open: (figure: FigureRef) => void;
  /** From one figure to one it is made of; `back` returns. */
  follow: (figure: FigureRef) => void;
  back: () => void;
  close: () => void;
};

/** The "how is this computed" panel: which figure it shows, and the way there. */
export function createExplainStore() {
  return createStore<ExplainState>()((set) => ({
    trail: [],
    open: (figure) => set({ trail: [figure] }),
    follow: (figure) => set((s) => ({ trail: [...s.trail, figure] })),
    back: () => set((s) => ({ trail: s.trail.slice(0, -1) })),
    close: () => set({ trail: [] }),
  }));
}
export type ExplainStore = ReturnType<typeof createExplainStore>;
