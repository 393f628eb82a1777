import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { FigureView } from '../../../shared/dataset/figureView';
import type { Series } from '../../../shared/dataset/schema';
import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { parseNumberText } from '../../../shared/scenario/setParam';
import { unwrap } from '../api/client';
import { useApi, useLocale, useNotify, useServer } from '../state/AppState';
import { closeOnEscape, useFocusReturn } from '../hooks/useFocusReturn';
import { usePrinting } from '../hooks/usePrinting';

/** A row's height before it is measured (one line of text and a small button). */
const ROW_ESTIMATE = 38;
/** Rows drawn beyond the visible ones, so a quick scroll or arrow key never shows a blank. */
const OVERSCAN = 10;
/** Rows that Page Up and Page Down move. */
const PAGE = 10;
/** The list's size while it has no layout of its own (a test's DOM): enough for the first rows. */
const NO_LAYOUT = { width: 1000, height: 600 };

type Props = {
  figures: readonly FigureView[];
  seriesOf: ReadonlyMap<string, Series>;
  gemeenteName: ReadonlyMap<string, string>;
};

/**
 * Every figure of the dataset in one table, however many an import brought: only the rows in
 * view are in the page (virtualised), so a thousand figures scroll as smoothly as ten.
 *
 * The table is one tab stop, not one per row: the arrow keys, Home, End and Page Up/Down move
 * between rows (a roving tabindex), Enter or F2 edits the row's value, and only the current row's
 * buttons are in the tab order.
 */
export function FigureList({ figures, seriesOf, gemeenteName }: Props) {
  const locale = useLocale();
  const t = texts(locale);
  const words = t.dataScreen;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: figures.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (i) => figures[i]?.figure.id ?? i,
    initialRect: NO_LAYOUT,
    // A measured height of 0 means no layout (not an empty window): draw the first rows anyway.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : NO_LAYOUT)),
  });
  const [activeId, setActiveId] = useState<string | null>(null);
  // The row to focus once it is drawn (after an arrow key scrolled it into the window).
  const focusNext = useRef<string | null>(null);
  // On paper every row is printed, not only those in the window.
  const printing = usePrinting();
  const items = printing ? figures.map((v, index) => ({ index, key: v.figure.id, start: 0, end: 0 })) : virtualizer.getVirtualItems();
  const activeIndex = Math.max(0, figures.findIndex((v) => v.figure.id === activeId));
  // The one row in the tab order: the current one when it is drawn, else the first drawn row.
  const tabIndexRow = items.some((i) => i.index === activeIndex) ? activeIndex : (items[0]?.index ?? 0);

  useLayoutEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-figure="${CSS.escape(id)}"]`);
    if (!row) return;
    focusNext.current = null;
    row.focus();
  });

  const moveTo = (index: number) => {
    const target = figures[Math.min(figures.length - 1, Math.max(0, index))];
    if (!target) return;
    setActiveId(target.figure.id);
    focusNext.current = target.figure.id;
    virtualizer.scrollToIndex(figures.indexOf(target), { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    // Only on a row itself: in the edit form the arrows and Home/End belong to the text field.
    if (!(e.target instanceof HTMLTableRowElement)) return;
    const step: Partial<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE, Home: -Infinity, End: Infinity };
    const by = step[e.key];
    if (by === undefined) return;
    e.preventDefault();
    moveTo(by === -Infinity ? 0 : by === Infinity ? figures.length - 1 : activeIndex + by);
  };

  const top = printing ? 0 : (items[0]?.start ?? 0);
  const bottom = printing ? 0 : virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      <p className="note" id="figures-keys">
        {words.keysHint}
      </p>
      <div className="table-wrap tall" ref={scroller}>
        <table className="results figures" data-testid="figures-table" aria-rowcount={figures.length + 1} aria-describedby="figures-keys">
          <thead>
            <tr aria-rowindex={1}>
              <th>{words.columns.series}</th>
              <th>{words.columns.gemeente}</th>
              <th>{words.columns.period}</th>
              <th>{words.columns.value}</th>
              <th>{words.columns.seedValue}</th>
              <th>{words.columns.source}</th>
              <th>
                <span className="sr-only">{words.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {top > 0 && <tr className="spacer" aria-hidden="true" style={{ height: top }} />}
            {items.map((item) => {
              const v = figures[item.index];
              if (!v) return null;
              const series = seriesOf.get(v.figure.series);
              const unit = series?.unit ?? '';
              return (
                <FigureRow
                  key={item.key}
                  index={item.index}
                  measure={virtualizer.measureElement}
                  tabbable={item.index === tabIndexRow}
                  onFocusRow={() => setActiveId(v.figure.id)}
                  v={v}
                  label={(locale === 'nl-NL' ? series?.label : series?.labelEn) ?? v.figure.series}
                  unit={(t.terms.unit as Readonly<Record<string, string>>)[unit] ?? unit}
                  gemeente={v.figure.gemeente ? (gemeenteName.get(v.figure.gemeente) ?? v.figure.gemeente) : words.region}
                />
              );
            })}
            {bottom > 0 && <tr className="spacer" aria-hidden="true" style={{ height: bottom }} />}
          </tbody>
        </table>
      </div>
    </>
  );
}

type RowProps = {
  index: number;
  measure: (row: Element | null) => void;
  /** Whether this row (and its buttons) is the list's one stop in the tab order. */
  tabbable: boolean;
  onFocusRow: () => void;
  v: FigureView;
  label: string;
  unit: string;
  gemeente: string;
};

function FigureRow({ index, measure, tabbable, onFocusRow, v, label, unit, gemeente }: RowProps) {
  const api = useApi();
  const setBundle = useServer((s) => s.setBundle);
  const notify = useNotify();
  const locale = useLocale();
  const nl = locale === 'nl-NL';
  const words = texts(locale).dataScreen;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Esc, cancel or save: the focus goes back to what opened the form, the row (Enter) or its edit
  // button (shown again once the form closes).
  const editButton = useRef<HTMLButtonElement>(null);
  const rememberOpener = useFocusReturn(editing, editButton);
  const f = v.figure;
  const period = f.peildatum ?? (f.periodFrom === f.periodTo ? String(f.periodFrom) : `${f.periodFrom}–${f.periodTo}`);
  const tabIndex = tabbable ? 0 : -1;

  const startEditing = () => {
    rememberOpener();
    setText(f.value === null ? '' : String(f.value).replace('.', nl ? ',' : '.'));
    setNote(v.edit?.note ?? '');
    setError(null);
    setEditing(true);
  };
  const save = async () => {
    const value = text.trim() === '' ? null : parseNumberText(text);
    if (text.trim() !== '' && value === null) {
      setError(words.notANumber(text.trim()));
      return;
    }
    try {
      const previous = v.edit;
      setBundle(await unwrap(api['dataset.editFigure']({ figureId: f.id, value, note })));
      setEditing(false);
      notify({
        kind: 'info',
        text: words.changed(label, gemeente),
        action: {
          label: words.undo,
          run: () =>
            void unwrap(previous ? api['dataset.editFigure']({ figureId: f.id, value: previous.value, note: previous.note }) : api['dataset.revertFigure']({ figureId: f.id })).then(setBundle),
        },
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const revert = async () => {
    try {
      setBundle(await unwrap(api['dataset.revertFigure']({ figureId: f.id })));
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={tabIndex}
      className={v.edit !== null ? 'edited' : undefined}
      data-figure={f.id}
      onFocus={onFocusRow}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || editing || (e.key !== 'Enter' && e.key !== 'F2')) return;
        e.preventDefault();
        startEditing();
      }}
    >
      <td title={f.id}>{label}</td>
      <td>{gemeente}</td>
      <td>{period}</td>
      <td>
        {editing ? (
          <form
            className="inline-edit"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            onKeyDown={closeOnEscape(() => setEditing(false))}
          >
            <input type="text" inputMode="decimal" autoFocus aria-label={words.newValue} value={text} onChange={(e) => setText(e.target.value)} data-testid="figure-value" />
            <input type="text" aria-label={words.note} placeholder={words.notePlaceholder} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
            <button type="submit">{words.save}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {words.cancel}
            </button>
            {error && (
              <span className="field-error" role="alert">
                {error}
              </span>
            )}
          </form>
        ) : (
          <>
            {formatNumber(f.value, 2, locale)} <span className="unit-label">{unit}</span>
            {v.edit?.note ? (
              <span className="note">
                {' — '}
                <span lang="nl">{v.edit.note}</span>
              </span>
            ) : null}
          </>
        )}
      </td>
      <td>{v.edit !== null ? formatNumber(v.seedValue, 2, locale) : ''}</td>
      <td>
        {f.source.document === 'analist' ? texts(locale).sources.analyst : f.source.document} ·{' '}
        {/* The place, the quote and the note are the Dutch source's own words, the tooltip too. */}
        <span lang="nl" title={[f.source.place, f.source.quote, f.note].filter(Boolean).join('\n')}>
          {f.source.place}
        </span>
      </td>
      <td className="actions">
        {!editing && (
          <button ref={editButton} className="small" tabIndex={tabIndex} onClick={startEditing} aria-label={words.editFigure(label, gemeente)}>
            {words.edit}
          </button>
        )}
        {v.edit !== null && !editing && (
          <button className="small" tabIndex={tabIndex} onClick={() => void revert()} data-testid={`revert-${f.id}`}>
            {words.revert}
          </button>
        )}
      </td>
    </tr>
  );
}
