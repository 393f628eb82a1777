import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { glossaryEntry, type GlossaryTermId } from '../../../shared/help/help';
import { useLocale, useMessages } from '../state/AppState';
import { TermLink } from './HelpLink';

/**
 * A small "?" beside a key figure or a column header that says what the figure is and where it
 * comes from: the glossary's definition (one place for the words, shared/help) with its source
 * documents and a link to the term in Uitleg. A popover: above everything (a table's scrolling
 * box does not clip it), Esc or a click elsewhere closes it, and it opens from the keyboard too,
 * which a title tooltip does not. Rendered at the end of the page (a portal), so a header cell's
 * text stays its label.
 */
export function InfoTip({ term, label }: { term: GlossaryTermId; label: string }) {
  const locale = useLocale();
  const t = useMessages().app.info;
  const entry = glossaryEntry(locale, term);
  const id = `info-${useId().replace(/:/g, '')}`;
  const button = useRef<HTMLButtonElement>(null);
  // Beside its button: a popover in the top layer is placed in the viewport, not in its parent.
  const place = (tip: HTMLElement) => {
    const at = button.current?.getBoundingClientRect();
    if (!at) return;
    const width = Math.min(340, window.innerWidth - 16);
    tip.style.width = `${width}px`;
    tip.style.left = `${Math.max(8, Math.min(at.left, window.innerWidth - width - 8))}px`;
    tip.style.top = `${at.bottom + 4}px`;
  };
  return (
    <>
      <button ref={button} type="button" className="info-tip" popoverTarget={id} aria-label={t.button(label)} title={t.button(label)} data-info-term={term}>
        ?
      </button>
      {createPortal(
      <div
        id={id}
        popover="auto"
        className="info-tip-body"
        role="note"
        onToggle={(e) => {
          if (e.newState === 'open') place(e.currentTarget);
        }}
      >
        <strong>{entry.term}</strong>: {entry.definition}
        {entry.sources.length > 0 ? <> {t.sources(entry.sources.join(', '))}</> : null}{' '}
        <TermLink term={term} locale={locale}>
          {t.more}
        </TermLink>
      </div>,
      document.body,
      )}
    </>
  );
}
