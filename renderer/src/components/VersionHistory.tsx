import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ScenarioVersion } from '../../../shared/scenario/stored';
import { scenarioChangeLines, scenarioDiff, type DiffNames, type ScenarioState } from '../../../shared/history/scenarioDiff';
import { texts } from '../../../shared/i18n/catalogue';
import { unwrap } from '../api/client';
import { closeOnEscape } from '../hooks/useFocusReturn';
import { useApi, useBundle, useDraft, useLocale, useMessages, useNotify, useOpenScenario, useParams, useServer } from '../state/AppState';

/**
 * Every saved version of the open scenario, newest first, each with what changed against the one
 * before it (shared/history/scenarioDiff.ts). Restoring one saves it as the newest version; it
 * first shows what the restore will change against the scenario as it is now (its unsaved edits
 * included), and goes ahead only when confirmed. Esc cancels, and the focus goes back to the button.
 */
export function VersionHistory() {
  const api = useApi();
  const open = useOpenScenario();
  const params = useParams();
  const dataset = useBundle().dataset;
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  const flush = useDraft((s) => s.flush);
  const notify = useNotify();
  const adopt = useDraft((s) => s.adopt);
  const locale = useLocale();
  const t = useMessages().scenarioScreen.versions;
  const words = texts(locale).history.diff;
  const headingId = useId();
  const [versions, setVersions] = useState<ScenarioVersion[]>([]);
  const [shown, setShown] = useState(false);
  /** The version whose restore is being confirmed. */
  const [confirming, setConfirming] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const [focusRestore, setFocusRestore] = useState<number | null>(null);

  useEffect(() => {
    if (!shown) return;
    let live = true;
    void api['scenarios.versions']({ id: open.id }).then((a) => live && a.ok && setVersions(a.value));
    return () => {
      live = false;
    };
  }, [api, open.id, open.version, shown]);

  useEffect(() => {
    if (focusRestore === null) return;
    setFocusRestore(null);
    list.current?.querySelector<HTMLElement>(`[data-testid="restore-${focusRestore}"]`)?.focus();
  }, [focusRestore]);

  const names: DiffNames = dataset;
  // Each version against the one before it; the first has none.
  const changes = useMemo(
    () => new Map(versions.map((v, i) => [v.version, i === 0 ? null : scenarioChangeLines(scenarioDiff(stateOf(versions[i - 1] ?? v), stateOf(v)), locale, names)])),
    [versions, locale, names],
  );

  if (open.builtin) return null;
  const now: ScenarioState = { name: open.name, description: open.description, params };
  const target = versions.find((v) => v.version === confirming);
  const restoreLines = target ? scenarioChangeLines(scenarioDiff(now, stateOf(target)), locale, names) : [];

  const cancel = () => {
    setFocusRestore(confirming);
    setConfirming(null);
  };
  const restore = async (version: number) => {
    setConfirming(null);
    try {
      await flush();
      const restored = await unwrap(api['scenarios.restoreVersion']({ id: open.id, version }));
      await refreshScenarios();
      adopt(restored.params, restored.version);
      notify({ kind: 'info', text: t.restored(version) });
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const newestFirst = [...versions].reverse();
  return (
    <details className="versions" onToggle={(e) => setShown((e.target as HTMLDetailsElement).open)} data-testid="version-history">
      <summary>{t.summary(open.version)}</summary>
      <ol ref={list} reversed className="version-list">
        {newestFirst.map((v) => {
          const lines = changes.get(v.version);
          return (
            <li key={v.version} data-version={v.version}>
              <div className="version-head">
                {t.version(v.version)} · {new Date(v.savedAt).toLocaleString(locale)} · {v.name}{' '}
                {v.version !== open.version && confirming !== v.version && (
                  <button className="small" onClick={() => setConfirming(v.version)} data-testid={`restore-${v.version}`}>
                    {t.restore}
                  </button>
                )}
              </div>
              {lines === undefined || lines === null ? (
                <p className="note version-diff">{words.first}</p>
              ) : lines.length === 0 ? (
                <p className="note version-diff">{words.nothing}</p>
              ) : (
                <ul className="version-diff" data-testid={`diff-${v.version}`}>
                  {lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
              {confirming === v.version && (
                <div className="restore-confirm" role="group" aria-labelledby={headingId} onKeyDown={closeOnEscape(cancel)} data-testid="restore-confirm">
                  <h4 id={headingId}>{words.restoreHeading(v.version)}</h4>
                  <p>{words.restoreIntro(v.version, restoreLines.length)}</p>
                  {restoreLines.length > 0 && (
                    <ul className="version-diff" data-testid="restore-diff">
                      {restoreLines.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  )}
                  <button autoFocus onClick={() => void restore(v.version)} data-testid="restore-confirm-button">
                    {words.restoreConfirm}
                  </button>{' '}
                  <button onClick={cancel}>{words.cancel}</button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

function stateOf(v: ScenarioVersion): ScenarioState {
  return { name: v.name, description: v.description, params: v.params };
}
