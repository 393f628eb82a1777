import { useEffect, useState } from 'react';
import type { ScenarioVersion } from '../../../shared/scenario/stored';
import { unwrap } from '../api/client';
import { useApi, useDraft, useLocale, useMessages, useNotify, useOpenScenario, useServer } from '../state/AppState';

/** Every saved version of the open scenario; restoring one saves it as the newest version. */
export function VersionHistory() {
  const api = useApi();
  const open = useOpenScenario();
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  const flush = useDraft((s) => s.flush);
  const notify = useNotify();
  const adopt = useDraft((s) => s.adopt);
  const locale = useLocale();
  const t = useMessages().scenarioScreen.versions;
  const [versions, setVersions] = useState<ScenarioVersion[]>([]);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (!shown) return;
    let live = true;
    void api['scenarios.versions']({ id: open.id }).then((a) => live && a.ok && setVersions([...a.value].reverse()));
    return () => {
      live = false;
    };
  }, [api, open.id, open.version, shown]);

  if (open.builtin) return null;
  const restore = async (version: number) => {
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
  return (
    <details className="versions" onToggle={(e) => setShown((e.target as HTMLDetailsElement).open)}>
      <summary>{t.summary(open.version)}</summary>
      <ul>
        {versions.map((v) => (
          <li key={v.version}>
            {t.version(v.version)} · {new Date(v.savedAt).toLocaleString(locale)} · {v.name}{' '}
            {v.version !== open.version && (
              <button className="small" onClick={() => void restore(v.version)}>
                {t.restore}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
