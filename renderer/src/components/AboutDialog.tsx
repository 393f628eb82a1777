import { useEffect, useRef, useState } from 'react';
import { CREDITS, type About } from '../../../shared/about';
import { SOURCE_DOCUMENTS } from '../../../shared/i18n/texts/sources';
import { unwrap } from '../api/client';
import { useApi, useLocale, useMessages, useServer } from '../state/AppState';

/**
 * "Over Woonzorgverkenner": the version, where the data lives and what it is, the program's
 * licence and the credits (the source documents, the map's credit line, the libraries). A modal
 * <dialog>: Esc closes it and the focus goes back to what opened it. Read afresh each time it
 * opens, so the figures are those of now.
 */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const api = useApi();
  const locale = useLocale();
  const t = useMessages().about;
  const credit = useServer((s) => s.bundle.dataset.boundaries?.credit);
  const ref = useRef<HTMLDialogElement>(null);
  const [about, setAbout] = useState<About | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
    if (!open) return;
    let live = true;
    setAbout(null);
    setError(null);
    unwrap(api['app.about']({})).then(
      (a) => live && setAbout(a),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [open, api]);

  const when = (iso: string | null) => (iso === null ? null : new Date(iso).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' }));
  return (
    <dialog ref={ref} className="about" aria-labelledby="about-title" onClose={onClose} data-testid="about">
      <h2 id="about-title">{t.title}</h2>
      <p>{t.purpose}</p>
      {about ? <p data-testid="about-version">{t.version(about.appVersion)}</p> : null}
      <h3>{t.dataHeading}</h3>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : about ? (
        <ul data-testid="about-data">
          <li>{t.figures(about.figures, about.editedFigures)}</li>
          <li>{t.imports(about.imports)}</li>
          <li>{t.lastChange(when(about.lastChange))}</li>
          <li>
            {t.location}: <code data-testid="about-location">{about.location}</code>
          </li>
        </ul>
      ) : (
        <p role="status">{t.loading}</p>
      )}
      <p>{t.licence}</p>
      <h3>{t.creditsHeading}</h3>
      <p>{t.sourcesNote}</p>
      <ul className="about-sources">
        {Object.entries(SOURCE_DOCUMENTS).map(([id, title]) => (
          <li key={id}>
            {id}: <span lang="nl">{title}</span>
          </li>
        ))}
      </ul>
      {credit ? <p lang="nl">{credit}</p> : null}
      <p>
        {t.libraries}: {CREDITS.map((c) => `${c.name} (${c.licence})`).join(', ')}.
      </p>
      <form method="dialog" className="about-close">
        <button type="submit" data-testid="about-close">
          {t.close}
        </button>
      </form>
    </dialog>
  );
}
