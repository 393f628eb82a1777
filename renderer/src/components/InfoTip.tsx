import { useId, useRef, type RefObject } from 'react';
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
 * text stays its label. `tabbable={false}` keeps it out of the Tab order where a ColumnGuide gives
 * the keyboard the same words in one stop (a table's thirteen column headers).
 */
export function InfoTip({ term, label, tabbable = true }: { term: GlossaryTermId; label: string; tabbable?: boolean }) {
  const t = useMessages().app.info;
  const id = `info-${useId().replace(/:/g, '')}`;
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="info-tip" popoverTarget={id} aria-label={t.button(label)} title={t.button(label)} data-info-term={term} tabIndex={tabbable ? undefined : -1}>
        ?
      </button>
      <Popover id={id} near={button} width={340}>
        <TermText term={term} />
      </Popover>
    </>
  );
}

/**
 * One button under a table that opens what every column means (its "?"s in one list): the
 * keyboard's way to the column headers' explanations in one Tab stop instead of one per column.
 */
export function ColumnGuide({ columns, testId }: { columns: readonly { label: string; term: GlossaryTermId }[]; testId?: string }) {
  const t = useMessages().app.info;
  const id = `guide-${useId().replace(/:/g, '')}`;
  const button = useRef<HTMLButtonElement>(null);
  if (columns.length === 0) return null;
  return (
    <>
      <button ref={button} type="button" className="link column-guide" popoverTarget={id} data-testid={testId}>
        {t.columns}
      </button>
      <Popover id={id} near={button} width={480}>
        <dl className="column-guide-list">
          {columns.map((c) => (
            <div key={c.label}>
              <dt>{c.label}</dt>
              <dd>
                <TermText term={c.term} />
              </dd>
            </div>
          ))}
        </dl>
      </Popover>
    </>
  );
}

/** The glossary's words for a term: the definition, its sources and the link to Uitleg. */
function TermText({ term }: { term: GlossaryTermId }) {
  const locale = useLocale();
  const t = useMessages().app.info;
  const entry = glossaryEntry(locale, term);
  return (
    <>
      <strong>{entry.term}</strong>: {entry.definition}
      {entry.sources.length > 0 ? <> {t.sources(entry.sources.join(', '))}</> : null}{' '}
      <TermLink term={term} locale={locale}>
        {t.more}
      </TermLink>
    </>
  );
}

/** A popover beside its button: in the top layer it is placed in the viewport, not in its parent. */
function Popover({ id, near, width, children }: { id: string; near: RefObject<HTMLButtonElement | null>; width: number; children: React.ReactNode }) {
  const place = (tip: HTMLElement) => {
    const at = near.current?.getBoundingClientRect();
    if (!at) return;
    const w = Math.min(width, window.innerWidth - 16);
    tip.style.width = `${w}px`;
    tip.style.left = `${Math.max(8, Math.min(at.left, window.innerWidth - w - 8))}px`;
    // Below the button where there is room, else above it (a button at the foot of the window).
    const below = at.bottom + 4;
    tip.style.top = `${below}px`;
    const height = tip.getBoundingClientRect().height;
    if (below + height > window.innerHeight - 8) tip.style.top = `${Math.max(8, at.top - 4 - height)}px`;
  };
  return createPortal(
    <div
      id={id}
      popover="auto"
      className="info-tip-body"
      role="note"
      onToggle={(e) => {
        if (e.newState === 'open') place(e.currentTarget);
      }}
    >
      {children}
    </div>,
    document.body,
  );
}
