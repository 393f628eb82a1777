import { useEffect, useMemo, useRef } from 'react';
import { explainContext, explainFigure, figurePaths, figureValue, REGION } from '../../../shared/explain/explain';
import { describe, figureName } from '../../../shared/explain/render';
import { useExplain, useLocale, useMessages, useOpenScenario, useParams, useResult, useServer } from '../state/AppState';
import type { FigureRef } from '../state/explainStore';
import { formatNumber } from '../../../shared/format/nl';

/**
 * "Hoe is dit berekend?": the derivation of one figure of the open scenario's result (the
 * engine's own arithmetic, shared/explain), each number with its source; a number that is
 * another figure of the result opens that one's derivation. Without a figure: the list of a
 * gemeente's (or the region's) figures to choose from. A modal <dialog>: Esc closes it and
 * focus returns to where it was.
 */
export function ExplainDialog() {
  const trail = useExplain((s) => s.trail);
  const close = useExplain((s) => s.close);
  const ref = useRef<HTMLDialogElement>(null);
  const current = trail.at(-1);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (current && !dialog.open) dialog.showModal();
    if (!current && dialog.open) dialog.close();
  }, [current]);
  const t = useMessages().explain.window;
  return (
    <dialog ref={ref} className="explain" aria-labelledby="explain-title" onClose={close} data-testid="explain">
      {current && <ExplainBody figure={current} />}
      <form method="dialog" className="explain-close">
        <button type="submit" aria-label={t.close} title={`${t.close} (Esc)`}>
          ×
        </button>
      </form>
    </dialog>
  );
}

function ExplainBody({ figure }: { figure: FigureRef }) {
  const locale = useLocale();
  const t = useMessages().explain.window;
  const dataset = useServer((s) => s.bundle.dataset);
  const open = useOpenScenario();
  const params = useParams();
  const result = useResult();
  const follow = useExplain((s) => s.follow);
  const back = useExplain((s) => s.back);
  const depth = useExplain((s) => s.trail.length);
  const context = useMemo(() => explainContext(dataset, { id: open.id, name: open.name, description: open.description, params }, result), [dataset, open, params, result]);
  const place = figure.where === REGION ? t.blocks.region : (result.gemeenten.find((g) => g.code === figure.where)?.name ?? figure.where);
  const derivation = figure.path ? explainFigure(context, figure.where, figure.path) : null;
  const explained = derivation ? describe(derivation, context, locale) : null;

  return (
    <div className="explain-body">
      <p className="explain-kicker">{t.title}</p>
      <h2 id="explain-title">
        {place}
        {explained ? ` · ${explained.name}` : ''}
      </h2>
      {explained ? (
        <>
          <dl className="explain-formula">
            <dt>{t.inWords}</dt>
            <dd>= {explained.inWords}</dd>
            <dt>{t.withNumbers}</dt>
            <dd data-testid="explain-numbers">= {explained.withNumbers}</dd>
            <dt>{t.value}</dt>
            <dd className="explain-value" data-testid="explain-value">
              = {explained.valueText}
            </dd>
          </dl>
          {explained.inputs.length > 0 && (
            <table className="explain-inputs">
              <thead>
                <tr>
                  <th scope="col">{t.input}</th>
                  <th scope="col">{t.what}</th>
                  <th scope="col">{t.source}</th>
                </tr>
              </thead>
              <tbody>
                {explained.inputs.map((input, i) => {
                  const target = input.ref?.kind === 'result' ? input.ref : null;
                  return (
                    <tr key={i}>
                      <td className="num">{input.value}</td>
                      <td>{input.label}</td>
                      <td>
                        {target ? (
                          <button type="button" className="link" onClick={() => follow({ where: target.where, path: target.path })}>
                            {input.source}
                          </button>
                        ) : (
                          <span lang={input.ref?.kind === 'figure' && locale !== 'nl-NL' ? 'nl' : undefined}>{input.source}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {explained.warnings.length > 0 && (
            <ul className="explain-warnings">
              {explained.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <FigureList where={figure.where} onPick={(path) => follow({ where: figure.where, path })} />
      )}
      <p className="explain-nav">
        {depth > 1 && (
          <button type="button" onClick={back}>
            ← {t.back}
          </button>
        )}
        {figure.path && (
          <button type="button" className="link" onClick={() => follow({ where: figure.where })}>
            {t.allFigures(place)}
          </button>
        )}
      </p>
    </div>
  );
}

const BLOCKS = ['programme', 'affordable', 'elderly', 'aandachtsgroepen'] as const;

function FigureList({ where, onPick }: { where: string; onPick: (path: string) => void }) {
  const locale = useLocale();
  const t = useMessages().explain.window;
  const result = useResult();
  // The paths per year are many; the list shows the block figures, the year paths stay reachable from them.
  const paths = figurePaths(result, where).filter((p) => !/\.\d{4}\./.test(p) && BLOCKS.some((b) => p.startsWith(`${b}.`)));
  return (
    <div className="explain-list">
      {BLOCKS.map((block) => {
        const inBlock = paths.filter((p) => p.startsWith(`${block}.`));
        if (inBlock.length === 0) return null;
        return (
          <section key={block}>
            <h3>{t.blocks[block]}</h3>
            <ul>
              {inBlock.map((path) => {
                const v = figureValue(result, where, path) ?? null;
                const decimals = /requiredShare|weight/.test(path) ? 3 : /Year/.test(path) ? 0 : 1;
                return (
                  <li key={path}>
                    <button type="button" className="link" onClick={() => onPick(path)}>
                      {figureName(path, locale)}
                    </button>{' '}
                    <span className="num">{/Year/.test(path) ? (v ?? '–') : formatNumber(v, decimals, locale)}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
