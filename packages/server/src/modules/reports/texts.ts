import type { Locale, ReportVariant } from '@derde-bron/domain';
import { formatDay } from '../../lib/dates.ts';

/** Everything the PDFs say, in Dutch (B1) and English. */
export const reportTexts = {
  nl: {
    title: 'Rapportage ervaringsdeskundigheid',
    variant: {
      board: 'Voor het bestuur en het MT',
      councils: 'Voor de ondernemingsraad en de cliëntenraad',
      municipality: 'Voor de gemeente',
      audit: 'Voor de audit van het Keurmerk Veiligheid in de Vrouwenopvang',
    } satisfies Record<ReportVariant, string>,
    period: (year: number | null) => (year === null ? 'Periode: alles tot nu toe' : `Periode: ${year}`),
    madeOn: (day: string) => `Gemaakt op ${day} met Derde Bron.`,
    roadmapStatus: 'Stand van het afwegingskader',
    organisationStage: (stage: string, percent: number) =>
      `De stand van de organisatie: ${stage}. ${percent}% van de punten die van toepassing zijn, is klaar.`,
    step: 'Stap',
    stage: 'Stand',
    progress: 'Voortgang',
    done: 'Klaar',
    stages: {
      notStarted: 'Niet begonnen',
      exploring: 'Begonnen',
      developing: 'Halverwege',
      embedded: 'Op orde',
    },
    advice: 'Advies stap 3: wie trekt het?',
    adviceRole: {
      policyOfficer: 'Een beleidsmedewerker',
      projectLeader: 'Een projectleider',
      coordinator: 'Een coördinator ervaringsdeskundigheid',
    },
    adviceFacts: {
      visionAdopted: 'Er is een visie op ervaringsdeskundigheid',
      assignmentFormulated: 'Er zijn keuzes gemaakt en een opdracht is geformuleerd',
      stepsDeveloped: 'Drie of meer stappen zijn halverwege of op orde',
      broadDeployment: 'Ervaringsdeskundigheid wordt breed ingezet',
    },
    yes: 'Ja',
    no: 'Nee',
    source: 'Bron',
    sources: {
      item: (item: string) => `Punt ${item}`,
      decision: (decision: string, date: string, item: string) =>
        `Besluit van ${date}: ${decision} (punt ${item})`,
      steps: (steps: string) => (steps ? `De stand van stap ${steps}` : 'Nog geen stap is halverwege'),
      registry: (levels: number) =>
        `Het register: ervaringsdeskundigheid op ${levels} ${levels === 1 ? 'niveau' : 'niveaus'}`,
    },
    appointed: (role: string, hours: number, since: string) =>
      `Aangesteld: ${role.toLowerCase()}, ${hours} uur per week sinds ${since}.`,
    noAppointment: 'Er is nog niemand aangesteld (of het is nog niet vastgelegd).',
    monitor: 'Implementatiemonitor: begin en eind per stap',
    monitorIntro: (cycle: number) =>
      `Het implementatieteam gaf elke stap een score van 1 (nog niet) tot 4 (geregeld), bij het begin en het eind van ronde ${cycle}. Dit is het oordeel van het team, met uitleg; geen anonieme vragenlijst.`,
    noMonitor: 'Het implementatieteam heeft nog geen meting gedaan.',
    monitorTeam: 'Implementatieteam',
    teamRoles: {
      coordinator: 'Coördinator',
      management: 'Lid van het MT',
      expertDelegate: 'Afgevaardigde van de ervaringsdeskundigen',
    },
    begin: 'Begin',
    end: 'Eind',
    change: 'Verschil',
    rationale: 'Waarom (team)',
    goals: 'Doelen en acties',
    noGoals: 'Er zijn nog geen doelen vastgelegd.',
    goal: 'Doel',
    owner: 'Eigenaar',
    deadline: 'Deadline',
    status: 'Status',
    achieved: 'Doel behaald?',
    goalStatus: { open: 'Open', inProgress: 'Bezig', done: 'Klaar' },
    achievedValues: { yes: 'Ja', partly: 'Deels', no: 'Nee' },
    measurement: 'Resultaten van de metingen',
    noWaves: 'In deze periode is geen meting afgesloten.',
    measurementNote:
      'Gemiddelde per schaal (1 tot 5) van de hele organisatie. Een cijfer van minder dan 5 mensen tonen we niet.',
    wave: (title: string, day: string, n: number | null) =>
      n === null
        ? `${title} (gesloten ${formatDay(day, 'nl')})`
        : `${title} (gesloten ${formatDay(day, 'nl')}, ${n} deelnemers)`,
    scale: 'Schaal',
    mean: 'Gemiddelde',
    respondents: 'Aantal',
    hidden: 'Niet getoond (te weinig antwoorden)',
    waveHidden: 'Te weinig deelnemers: uitslagen worden niet getoond.',
    comparison: (baseline: string, later: string) =>
      `Vergelijking: ${later} tegenover de 0-meting (${baseline})`,
    baseline: '0-meting',
    later: 'Nu',
    difference: 'Verschil',
    noFigure: '—',
    qualityMark: 'Keurmerk Veiligheid in de Vrouwenopvang: indicatoren 1 tot 3',
    qualityMarkNote:
      'De drie fasen van gefaseerd samenwerken aan veiligheid horen bij indicator 1, 2 en 3 van het Keurmerk. Per fase staat wat ervaringsdeskundigen bijdragen volgens de handreiking.',
    indicator: (n: number, phase: string) => `Indicator ${n}: ${phase}`,
    evidence: 'Bewijsstukken bij het afwegingskader',
    noEvidence: 'Er zijn nog geen bewijsstukken toegevoegd.',
    registryTitle: 'Register en activiteiten',
    registryPeople: (people: number, met: boolean) =>
      `${people === 1 ? 'Eén persoon brengt' : `${people} mensen brengen`} ervaringskennis in. ${met ? 'Op elk niveau en in elke fase is ervaringskennis aanwezig (het doel voor 2030).' : 'Nog niet op elk niveau en in elke fase (het doel voor 2030).'}`,
    level: 'Niveau',
    signalsTitle: 'Aandachtspunten (aantallen)',
    signal: 'Aandachtspunt',
    count: 'Aantal',
    signalNames: {
      registrationExpired: 'Registratie verlopen',
      registrationExpiring: 'Registratie verloopt binnen 90 dagen',
      registrationRequired: 'Rol vraagt registratie, maar die ontbreekt',
      noReflection: 'Geen intervisie of supervisie in 3 maanden',
      nonStructuralFunding: 'Niet structureel gefinancierd',
      fundingEnding: 'Financiering stopt binnen 6 maanden',
    } as Record<string, string>,
    activitiesTitle: 'Activiteiten en bereik',
    activity: 'Activiteit',
    phasesOf: 'Fasen',
    participants: 'Deelnemers',
    noActivities: 'Er zijn nog geen activiteiten vastgelegd.',
    item: 'Punt',
    document: 'Bewijsstuk',
    networkTitle: 'Netwerkrapportage ervaringsdeskundigheid',
    networkSubtitle:
      'De stand van ervaringsdeskundigheid bij de leden, in de lijn van het onderzoek uit 2023',
    networkNote: (n: number) =>
      `Elk cijfer telt minstens ${n} organisaties. Geen organisatie wordt genoemd. Organisaties die niet meedoen, tellen niet mee.`,
    participating: (n: number) => `Aantal organisaties dat meedoet: ${n}`,
    sections: {
      roadmap: 'Afwegingskader',
      measurement: 'Metingen',
      registry: 'Register en activiteiten',
    } as Record<string, string>,
    registry: {
      experts: 'Aantal ervaringsdeskundigen',
      levelsCovered: 'Niveaus met ervaringskennis (van 5)',
      phasesCovered: 'Fasen met ervaringskennis (van 3)',
      rolesCovered: 'Aantal verschillende rollen',
      registeredShare: 'Ervaringsdeskundigen met registratie (%)',
      structuralShare: 'Structureel gefinancierd (%)',
      activities: 'Aantal activiteiten',
      reachLastYear: 'Bereik vorig jaar (deelnemers)',
    } as Record<string, string>,
    figure: 'Cijfer',
    organisations: 'Organisaties',
    median: 'Mediaan',
    q1: '1e kwartiel',
    q3: '3e kwartiel',
    withheld: {
      tooFewOrganisations: 'Niet getoond: minder dan 5 organisaties',
      dominated: 'Niet getoond: één organisatie weegt te zwaar',
    },
    trend: 'Verloop per jaar',
    year: 'Jaar',
    overallProgress: 'Voortgang afwegingskader (%)',
    wholeOrganisation: 'De organisatie als geheel',
    stepProgress: 'Voortgang',
  },
  en: {
    title: 'Report on experiential expertise',
    variant: {
      board: 'For the board and management team',
      councils: 'For the works council and the client council',
      municipality: 'For the municipality',
      audit: 'For the Keurmerk Veiligheid in de Vrouwenopvang audit',
    } satisfies Record<ReportVariant, string>,
    period: (year: number | null) => (year === null ? 'Period: everything so far' : `Period: ${year}`),
    madeOn: (day: string) => `Made on ${day} with Derde Bron.`,
    roadmapStatus: 'State of the assessment framework',
    organisationStage: (stage: string, percent: number) =>
      `The organisation's stage: ${stage}. ${percent}% of the applicable items are done.`,
    step: 'Step',
    stage: 'Stage',
    progress: 'Progress',
    done: 'Done',
    stages: {
      notStarted: 'Not started',
      exploring: 'Under way',
      developing: 'Halfway',
      embedded: 'In place',
    },
    advice: 'Step 3 advice: who leads it?',
    adviceRole: {
      policyOfficer: 'A policy officer',
      projectLeader: 'A project leader',
      coordinator: 'A coordinator of experiential expertise',
    },
    adviceFacts: {
      visionAdopted: 'There is a vision on experiential expertise',
      assignmentFormulated: 'Choices are made and an assignment is formulated',
      stepsDeveloped: 'Three or more steps are halfway or in place',
      broadDeployment: 'Experiential expertise is deployed broadly',
    },
    yes: 'Yes',
    no: 'No',
    source: 'Source',
    sources: {
      item: (item: string) => `Item ${item}`,
      decision: (decision: string, date: string, item: string) =>
        `Decision of ${date}: ${decision} (item ${item})`,
      steps: (steps: string) => (steps ? `The stage of step ${steps}` : 'No step is halfway yet'),
      registry: (levels: number) =>
        `The registry: experiential expertise at ${levels} ${levels === 1 ? 'level' : 'levels'}`,
    },
    appointed: (role: string, hours: number, since: string) =>
      `Appointed: ${role.toLowerCase()}, ${hours} hours a week since ${since}.`,
    noAppointment: 'Nobody has been appointed yet (or it has not been recorded).',
    monitor: 'Implementation monitor: begin and end per step',
    monitorIntro: (cycle: number) =>
      `The implementation team scored each step from 1 (not yet) to 4 (in place), at the begin and the end of round ${cycle}. This is the team's judgement, with reasons; not an anonymous survey.`,
    noMonitor: 'The implementation team has not done a measurement yet.',
    monitorTeam: 'Implementation team',
    teamRoles: {
      coordinator: 'Coordinator',
      management: 'Member of the management team',
      expertDelegate: 'Delegate of the experiential experts',
    },
    begin: 'Begin',
    end: 'End',
    change: 'Difference',
    rationale: 'Why (team)',
    goals: 'Goals and actions',
    noGoals: 'No goals have been recorded yet.',
    goal: 'Goal',
    owner: 'Owner',
    deadline: 'Deadline',
    status: 'Status',
    achieved: 'Goal achieved?',
    goalStatus: { open: 'Open', inProgress: 'In progress', done: 'Done' },
    achievedValues: { yes: 'Yes', partly: 'Partly', no: 'No' },
    measurement: 'Measurement results',
    noWaves: 'No measurement closed in this period.',
    measurementNote:
      'Mean per scale (1 to 5) for the whole organisation. A figure from fewer than 5 people is not shown.',
    wave: (title: string, day: string, n: number | null) =>
      n === null
        ? `${title} (closed ${formatDay(day, 'en')})`
        : `${title} (closed ${formatDay(day, 'en')}, ${n} respondents)`,
    scale: 'Scale',
    mean: 'Mean',
    respondents: 'Number',
    hidden: 'Not shown (too few answers)',
    waveHidden: 'Too few respondents: results are not shown.',
    comparison: (baseline: string, later: string) =>
      `Comparison: ${later} against the baseline (${baseline})`,
    baseline: 'Baseline',
    later: 'Now',
    difference: 'Difference',
    noFigure: '—',
    qualityMark: 'Keurmerk Veiligheid in de Vrouwenopvang: indicators 1 to 3',
    qualityMarkNote:
      'The three phases of phased work on safety match indicators 1, 2 and 3 of the quality mark. Each phase lists what experiential experts contribute according to the guide.',
    indicator: (n: number, phase: string) => `Indicator ${n}: ${phase}`,
    evidence: 'Evidence for the assessment framework',
    noEvidence: 'No evidence has been added yet.',
    registryTitle: 'Registry and activities',
    registryPeople: (people: number, met: boolean) =>
      `${people === 1 ? 'One person brings' : `${people} people bring`} experiential knowledge. ${met ? 'Experiential knowledge is present at every level and in every phase (the 2030 aim).' : 'Not yet at every level and in every phase (the 2030 aim).'}`,
    level: 'Level',
    signalsTitle: 'Points of attention (counts)',
    signal: 'Point of attention',
    count: 'Count',
    signalNames: {
      registrationExpired: 'Registration expired',
      registrationExpiring: 'Registration expires within 90 days',
      registrationRequired: 'Role requires a registration, which is missing',
      noReflection: 'No intervision or supervision for 3 months',
      nonStructuralFunding: 'Not funded structurally',
      fundingEnding: 'Funding ends within 6 months',
    } as Record<string, string>,
    activitiesTitle: 'Activities and reach',
    activity: 'Activity',
    phasesOf: 'Phases',
    participants: 'Participants',
    noActivities: 'No activities have been recorded yet.',
    item: 'Item',
    document: 'Evidence',
    networkTitle: 'Network report on experiential expertise',
    networkSubtitle: 'The state of experiential expertise across members, in the spirit of the 2023 study',
    networkNote: (n: number) =>
      `Every figure counts at least ${n} organisations. No organisation is named. Organisations that opted out are not counted.`,
    participating: (n: number) => `Organisations taking part: ${n}`,
    sections: {
      roadmap: 'Assessment framework',
      measurement: 'Measurements',
      registry: 'Registry and activities',
    } as Record<string, string>,
    registry: {
      experts: 'Number of experts by experience',
      levelsCovered: 'Levels with experiential knowledge (of 5)',
      phasesCovered: 'Phases with experiential knowledge (of 3)',
      rolesCovered: 'Number of different roles',
      registeredShare: 'Experts with a registration (%)',
      structuralShare: 'Funded structurally (%)',
      activities: 'Number of activities',
      reachLastYear: 'Reach last year (participants)',
    } as Record<string, string>,
    figure: 'Figure',
    organisations: 'Organisations',
    median: 'Median',
    q1: '1st quartile',
    q3: '3rd quartile',
    withheld: {
      tooFewOrganisations: 'Not shown: fewer than 5 organisations',
      dominated: 'Not shown: one organisation weighs too much',
    },
    trend: 'Trend per year',
    year: 'Year',
    overallProgress: 'Framework progress (%)',
    wholeOrganisation: 'The organisation as a whole',
    stepProgress: 'Progress',
  },
} satisfies Record<Locale, unknown>;

export type ReportTexts = (typeof reportTexts)['nl'];
export const textsFor = (locale: Locale): ReportTexts => reportTexts[locale];

/** A number as the reader's language writes it, one decimal at most. */
export const formatNumber = (locale: Locale, value: number | null, empty = '—') =>
  value === null
    ? empty
    : value.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
