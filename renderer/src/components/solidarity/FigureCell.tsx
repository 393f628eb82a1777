import type { ReactNode } from 'react';
import { useExplain, useMessages } from '../../state/AppState';

/**
 * One figure of the ledger in a table cell: a button, so the keyboard reaches it as the mouse
 * does, that opens the figure's derivation ("Hoe is dit berekend?"). `path` is the result path
 * (ledger.<type>.<field>), `where` a gemeente code or 'regio'.
 */
export function FigureCell({ where, path, col, children, title, className }: { where: string; path: string; col: string; children: ReactNode; title?: string; className?: string }) {
  const explain = useExplain((s) => s.open);
  const words = useMessages().explain.window;
  return (
    <td data-col={col} className={className}>
      <button type="button" className="figure-button" onClick={() => explain({ where, path })} title={title ?? words.title}>
        {children}
      </button>
    </td>
  );
}
