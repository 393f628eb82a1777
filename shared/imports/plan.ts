import type { Dataset, Figure } from '../dataset/schema';
import { figureId } from '../dataset/seedTable';
import { SERIES } from '../engine/inputs';
import type { Subject } from '../history/subject';
import type { Project, ProjectDraft } from '../projects/schema';
import type { ValidatedImport } from './types';

/** One change an import would make, for the preview and for applying it. */
export type PlannedChange =
  | { kind: 'addFigure'; figure: Figure; subject: Subject }
  | { kind: 'editFigure'; figureId: string; value: number | null; note: string; oldValue: number | null; subject: Subject }
  | { kind: 'addProject'; project: ProjectDraft; subject: Subject }
  | { kind: 'updateProject'; projectId: string; project: ProjectDraft; oldValue: number; subject: Subject };

export type ImportPlan = {
  changes: PlannedChange[];
  /** Rows that change nothing (the same value is already there). */
  unchanged: number;
  /** The dataset as it will be once applied, for the consistency checks and a preview run. */
  after: Dataset;
};

export type ImportMeta = { fileName: string; peildatum: string | null; date: string };

function gemeenteName(ds: Dataset, code: string): string {
  return ds.gemeenten.find((g) => g.code === code)?.name ?? code;
}
function figureSubject(ds: Dataset, f: Pick<Figure, 'series' | 'gemeente' | 'periodFrom' | 'periodTo'>): Subject {
  const series = ds.series.find((s) => s.id === f.series);
  return {
    code: 'figure',
    params: { series: series?.label ?? f.series, seriesEn: series?.labelEn ?? f.series, gemeente: f.gemeente === null ? null : gemeenteName(ds, f.gemeente), from: f.periodFrom, to: f.periodTo },
  };
}

/**
 * What a validated import would change, computed without touching the store: new figures
 * (completions of a new year), corrections of existing figures, new or updated projects.
 * A project with the same name in the same gemeente is updated rather than added twice.
 */
export function planImport(validated: ValidatedImport, ds: Dataset, meta: ImportMeta): ImportPlan {
  const byId = new Map(ds.figures.map((f) => [f.id, f]));
  const changes: PlannedChange[] = [];
  let unchanged = 0;
  const source = { document: 'analist' as const, place: `Import ${meta.fileName} (${meta.date.slice(0, 10)})` };
  const note = `Geïmporteerd uit ${meta.fileName} op ${meta.date.slice(0, 10)}${meta.peildatum ? `; peildatum ${meta.peildatum}` : ''}.`;

  const setFigure = (series: string, gemeente: string, year: number, value: number) => {
    const id = figureId(series, gemeente, year, year, null);
    const existing = byId.get(id);
    if (!existing) {
      const figure: Figure = { id, series, gemeente, value, periodFrom: year, periodTo: year, peildatum: meta.peildatum, source, note };
      changes.push({ kind: 'addFigure', figure, subject: figureSubject(ds, figure) });
    } else if (existing.value !== value) {
      changes.push({ kind: 'editFigure', figureId: id, value, note, oldValue: existing.value, subject: figureSubject(ds, existing) });
    } else unchanged++;
  };

  switch (validated.kind) {
    case 'realisation':
      for (const r of validated.rows) {
        setFigure(SERIES.realised, r.gemeente, r.year, r.completions);
        if (r.smApp !== null) setFigure(SERIES.smApp, r.gemeente, r.year, r.smApp);
      }
      break;
    case 'plaatsingen':
      for (const r of validated.rows) setFigure(SERIES.placements, r.gemeente, r.year, r.households);
      break;
    case 'figures':
      for (const r of validated.rows) {
        const existing = byId.get(r.figureId);
        if (!existing) continue; // validation already reported it
        if (existing.value === r.value) unchanged++;
        else changes.push({ kind: 'editFigure', figureId: r.figureId, value: r.value, note: r.note || note, oldValue: existing.value, subject: figureSubject(ds, existing) });
      }
      break;
    case 'projects': {
      const key = (p: { gemeente: string; name: string }) => `${p.gemeente}|${p.name.trim().toLowerCase()}`;
      const existing = new Map(ds.projects.map((p) => [key(p), p]));
      for (const r of validated.rows) {
        const same = existing.get(key(r.project));
        const subject: Subject = { code: 'projectIn', params: { name: r.project.name, gemeente: gemeenteName(ds, r.project.gemeente), year: r.project.completionYear } };
        if (!same) changes.push({ kind: 'addProject', project: r.project, subject });
        else if (projectDiffers(same, r.project)) changes.push({ kind: 'updateProject', projectId: same.id, project: r.project, oldValue: same.homes.total, subject });
        else unchanged++;
      }
      break;
    }
  }
  return { changes, unchanged, after: applyToDataset(ds, changes, meta) };
}

function projectDiffers(p: Project, d: ProjectDraft): boolean {
  return JSON.stringify({ n: p.name, g: p.gemeente, y: p.completionYear, s: p.status, h: p.homes, t: p.note }) !== JSON.stringify({ n: d.name, g: d.gemeente, y: d.completionYear, s: d.status, h: d.homes, t: d.note });
}

/** The dataset with the planned changes applied in memory (the store applies the same changes in a transaction). */
function applyToDataset(ds: Dataset, changes: readonly PlannedChange[], meta: ImportMeta): Dataset {
  const figures = new Map(ds.figures.map((f) => [f.id, f]));
  const projects = new Map(ds.projects.map((p) => [p.id, p]));
  changes.forEach((c, i) => {
    switch (c.kind) {
      case 'addFigure':
        figures.set(c.figure.id, c.figure);
        break;
      case 'editFigure': {
        const f = figures.get(c.figureId);
        if (f) figures.set(c.figureId, { ...f, value: c.value });
        break;
      }
      case 'addProject':
        projects.set(`nieuw-${i}`, { ...c.project, id: `nieuw-${i}`, source: meta.fileName, createdAt: meta.date, updatedAt: meta.date });
        break;
      case 'updateProject': {
        const p = projects.get(c.projectId);
        if (p) projects.set(c.projectId, { ...p, ...c.project });
        break;
      }
    }
  });
  return { ...ds, figures: [...figures.values()], projects: [...projects.values()] };
}
