import { defineTexts } from '../define';

/** The form's fields, which are also the register's columns where both show them. */
type Fields = {
  name: string;
  gemeente: string;
  completionYear: string;
  status: string;
  total: string;
  affordable: string;
  socialRent: string;
  nultreden: string;
  geclusterd: string;
  zorggeschikt: string;
  note: string;
};

type ProjectScreen = {
  newProject: string;
  /** Whether the open scenario takes its pace from the projects; `paceMode` is the worded mode. */
  usesPipeline: (scenario: string) => string;
  usesOther: (scenario: string, paceMode: string) => string;
  usePipeline: string;
  columns: { project: string; gemeente: string; completion: string; status: string; probability: string; homes: string; affordable: string; socialRent: string; nultreden: string; geclusterd: string; zorggeschikt: string; source: string };
  /** `source` of a project typed in the window (the store writes "invoer"). */
  entered: string;
  none: string;
  edit: string;
  delete: string;
  saved: (name: string) => string;
  deleted: (name: string) => string;
  undo: string;
  note: string;
  form: {
    newHeading: string;
    editHeading: (name: string) => string;
    fields: Fields;
    save: string;
    cancel: string;
    categoriesNote: string;
    /** Per field, from the schema's checks. */
    enterNumber: string;
    wholeNumber: string;
    nameRequired: string;
    atLeast: (low: number) => string;
    atMost: (high: number) => string;
    moreThanTotal: (homes: number, total: number) => string;
    /**
     * Warnings at a field (the project may still be saved): completing in or before the
     * gemeente's last realisation year, or in a gemeente without a build programme.
     */
    inRealisation: (year: number, baseYear: number, gemeente: string) => string;
    noProgramme: (gemeente: string) => string;
  };
};

/** Projecten: the project register and the form to add or edit a project. */
export const projectScreen = defineTexts<ProjectScreen>(
  {
    newProject: 'Nieuw project',
    usesPipeline: (scenario) => `Scenario '${scenario}' rekent met de pijplijn.`,
    usesOther: (scenario, paceMode) => `Scenario '${scenario}' rekent niet met de projecten maar met bouwtempo '${paceMode}'.`,
    usePipeline: 'Reken met de pijplijn',
    columns: {
      project: 'Project',
      gemeente: 'Gemeente',
      completion: 'Oplevering',
      status: 'Status',
      probability: 'Kans',
      homes: 'Woningen',
      affordable: 'Betaalbaar',
      socialRent: 'Soc. huur',
      nultreden: 'Nultreden',
      geclusterd: 'Geclusterd',
      zorggeschikt: 'Zorggeschikt',
      source: 'Bron',
    },
    entered: 'invoer',
    none: 'Nog geen projecten. Voeg er een toe of lees een bestand in (Data & bronnen → Inlezen).',
    edit: 'Bewerk',
    delete: 'Verwijder',
    saved: (name) => `Project "${name}" bewaard.`,
    deleted: (name) => `Project "${name}" verwijderd.`,
    undo: 'Ongedaan maken',
    note: 'De kans op realisatie per status is een aanname van het scenario (Scenario’s → Pijplijn). Projecten met een opleverjaar tot en met het laatste realisatiejaar zitten al in de realisatiecijfers en tellen niet opnieuw mee.',
    form: {
      newHeading: 'Nieuw project',
      editHeading: (name) => `Project bewerken: ${name}`,
      fields: {
        name: 'Naam',
        gemeente: 'Gemeente',
        completionYear: 'Opleverjaar',
        status: 'Status',
        total: 'Woningen totaal',
        affordable: 'Betaalbaar',
        socialRent: 'Sociale huur',
        nultreden: 'Nultreden',
        geclusterd: 'Geclusterd',
        zorggeschikt: 'Zorggeschikt',
        note: 'Toelichting',
      },
      save: 'Bewaar project',
      cancel: 'Annuleer',
      categoriesNote: 'Categorieën tellen woningen van het totaal (een woning kan betaalbaar én nultreden zijn).',
      enterNumber: 'Vul een getal in.',
      wholeNumber: 'Vul een geheel getal in.',
      nameRequired: 'Geef het project een naam.',
      atLeast: (low) => `Kies ${low} of meer.`,
      atMost: (high) => `Kies ${high} of minder.`,
      moreThanTotal: (homes, total) => `meer woningen (${homes}) dan het project in totaal heeft (${total})`,
      inRealisation: (year, baseYear, gemeente) =>
        `${year} valt in of vóór ${baseYear}, het laatste jaar met realisatiecijfers van ${gemeente}: de pijplijn telt dit project niet mee, want de woningen horen al in de realisatiecijfers. Bewaren kan wel, bijvoorbeeld om een opgeleverd project vast te leggen.`,
      noProgramme: (gemeente) => `${gemeente} heeft geen bouwprogramma: dit project telt in geen enkele uitkomst mee. Bewaren kan wel.`,
    },
  },
  {
    newProject: 'New project',
    usesPipeline: (scenario) => `Scenario '${scenario}' uses the pipeline.`,
    usesOther: (scenario, paceMode) => `Scenario '${scenario}' does not use the projects; its pace is '${paceMode}'.`,
    usePipeline: 'Use the pipeline',
    columns: {
      project: 'Project',
      gemeente: 'Municipality',
      completion: 'Completion',
      status: 'Status',
      probability: 'Probability',
      homes: 'Homes',
      affordable: 'Affordable',
      socialRent: 'Social rent',
      nultreden: 'Zero-step',
      geclusterd: 'Clustered',
      zorggeschikt: 'Care-suitable',
      source: 'Source',
    },
    entered: 'entered',
    none: 'No projects yet. Add one or import a file (Data & sources → Import).',
    edit: 'Edit',
    delete: 'Delete',
    saved: (name) => `Project "${name}" saved.`,
    deleted: (name) => `Project "${name}" deleted.`,
    undo: 'Undo',
    note: 'The completion probability per status is an assumption of the scenario (Scenarios → Pipeline). Projects completed up to the last year with realisation figures are already in those figures and are not counted again.',
    form: {
      newHeading: 'New project',
      editHeading: (name) => `Edit project: ${name}`,
      fields: {
        name: 'Name',
        gemeente: 'Municipality',
        completionYear: 'Completion year',
        status: 'Status',
        total: 'Homes in total',
        affordable: 'Affordable',
        socialRent: 'Social rent',
        nultreden: 'Zero-step',
        geclusterd: 'Clustered',
        zorggeschikt: 'Care-suitable',
        note: 'Note',
      },
      save: 'Save project',
      cancel: 'Cancel',
      categoriesNote: 'Categories count homes of the total (a home can be affordable and zero-step).',
      enterNumber: 'Enter a number.',
      wholeNumber: 'Enter a whole number.',
      nameRequired: 'Give the project a name.',
      atLeast: (low) => `Choose ${low} or more.`,
      atMost: (high) => `Choose ${high} or less.`,
      moreThanTotal: (homes, total) => `more homes (${homes}) than the project has in total (${total})`,
      inRealisation: (year, baseYear, gemeente) =>
        `${year} is in or before ${baseYear}, the last year with realisation figures for ${gemeente}: the pipeline does not count this project, as its homes belong in the realisation figures. It can still be saved, for instance to record a completed project.`,
      noProgramme: (gemeente) => `${gemeente} has no build programme: this project counts in no result. It can still be saved.`,
    },
  },
);
