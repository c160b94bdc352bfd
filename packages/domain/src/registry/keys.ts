import { frameworkV1 } from '../framework/content/v1.ts';
import type { PhaseKey } from '../framework/schema.ts';

/**
 * The registry's vocabulary. Roles, phases, levels, activities and core tasks come from the
 * framework content (version 1, the guide), never typed again here; the rest is the registry's own.
 * No zod in this file: the web app imports it.
 */
/** The guide's roles are the roles of an ervaringsdeskundige (kind `expert`). */
export const expertRoleKeys: readonly string[] = frameworkV1.roles.map((role) => role.key);

/**
 * Roles of a staff member who brings in experiential knowledge (kind `staff`). The guide separates
 * her from the ervaringsdeskundige ("every professional may have experiential knowledge"): her
 * roles are the registry's own, never the guide's expert roles, and never ask for a registration.
 */
export const staffRoles = [
  {
    key: 'ownExperienceInSupport',
    title: { nl: 'Inbreng eigen ervaring in de begeleiding', en: 'Own experience in support work' },
  },
  {
    key: 'ownExperienceInTeam',
    title: {
      nl: 'Inbreng eigen ervaring in team en casusbespreking',
      en: 'Own experience in team and case talks',
    },
  },
  {
    key: 'ownExperienceInTraining',
    title: { nl: 'Inbreng eigen ervaring in scholing', en: 'Own experience in training colleagues' },
  },
] as const;
export const staffRoleKeys: readonly string[] = staffRoles.map((role) => role.key);
export const registryRoleKeys: readonly string[] = [...expertRoleKeys, ...staffRoleKeys];
/** Every role the registry knows, with its title: the guide's expert roles and the staff roles. */
export const registryRoles: ReadonlyArray<{ key: string; title: { nl: string; en: string } }> = [
  ...frameworkV1.roles,
  ...staffRoles,
];
export const registryPhaseKeys: readonly PhaseKey[] = frameworkV1.phases.map((phase) => phase.key);
/**
 * Governance and participation bodies: the guide wants experiential expertise "op alle
 * organisatieniveaus vertegenwoordigd, zowel horizontaal als verticaal", and these bodies are levels
 * of the organisation too. They are the registry's own, kept here rather than in the framework
 * content (versioned guide text), beside the framework's levels.
 */
export const governanceLevels = [
  { key: 'supervisoryBoard', title: { nl: 'Raad van Toezicht', en: 'Supervisory board' } },
  { key: 'worksCouncil', title: { nl: 'Ondernemingsraad', en: 'Works council' } },
  { key: 'clientCouncil', title: { nl: 'Cliëntenraad', en: 'Client council' } },
] as const;
export const registryLevelKeys: readonly string[] = [
  ...frameworkV1.levels.map((level) => level.key),
  ...governanceLevels.map((level) => level.key),
];
/** Every level the registry knows, with its title: the framework's and the governance bodies. */
export const registryLevels: ReadonlyArray<{ key: string; title: { nl: string; en: string } }> = [
  ...frameworkV1.levels,
  ...governanceLevels,
];
export const frameworkActivityKeys: readonly string[] = frameworkV1.activities.map((a) => a.key);
/**
 * Activities of phases 1 and 2 (samenwerken voor veiligheid, voor risicogestuurde zorg), in the
 * guide's words: the framework content names only phase-3 activities. The registry's own, beside
 * the framework's, like the governance levels.
 */
export const earlyPhaseActivities = [
  {
    key: 'bridgeFunction',
    title: { nl: 'Brugfunctie naar de hulpverlening', en: 'Bridge to the care services' },
    text: {
      nl: 'De ervaringsdeskundige slaat een brug naar de hulpverlening, voor de cliënt en haar sociale systeem.',
      en: 'The experiential expert builds a bridge to the care services, for the client and her social system.',
    },
    phases: ['safety'],
  },
  {
    key: 'outreach',
    title: {
      nl: 'Laagdrempelige toegang voor wie buiten beeld blijft',
      en: 'Easy access for those who stay out of view',
    },
    text: {
      nl: 'Contact met cliënten die anders buiten beeld blijven, zoals zorgmijdende cliënten en plegers.',
      en: 'Contact with clients who would otherwise stay out of view, such as those who avoid care and perpetrators.',
    },
    phases: ['safety'],
  },
  {
    key: 'involvingPartners',
    title: {
      nl: '(Ex-)partners en plegers vroeg betrekken',
      en: 'Involving (ex-)partners and perpetrators early',
    },
    text: {
      nl: '(Ex-)partners en plegers vroeg betrekken om te de-escaleren en het hele systeem hulp aan te bieden.',
      en: 'Involving (ex-)partners and perpetrators early to de-escalate and offer help to the whole system.',
    },
    phases: ['safety', 'riskManagement'],
  },
  {
    key: 'informingNetwork',
    title: {
      nl: 'Schaamte bespreken en het eigen netwerk informeren',
      en: 'Talking about shame and informing the own network',
    },
    text: {
      nl: 'De cliënt helpen schaamte bespreekbaar te maken en familie en vrienden te informeren.',
      en: 'Helping the client talk about shame and inform family and friends.',
    },
    phases: ['riskManagement'],
  },
  {
    key: 'peerContact',
    title: { nl: 'Lotgenotencontact', en: 'Peer contact' },
    text: {
      nl: 'Ervaringen delen met lotgenoten: wat helpt de geweldspiraal te doorbreken, welke steun is er.',
      en: 'Sharing experiences with peers: what helps break the spiral of violence, what support there is.',
    },
    phases: ['riskManagement'],
  },
] as const;
/** Every activity the registry offers: the framework's (phase 3) and the early-phase ones. */
export const registryActivities: ReadonlyArray<{
  key: string;
  title: { nl: string; en: string };
  phases: readonly string[];
}> = [...frameworkV1.activities, ...earlyPhaseActivities];
export const registryActivityKeys: readonly string[] = registryActivities.map((a) => a.key);

/**
 * Who an activity reached, as counts only: adults, children, (ex-)partners (and perpetrators), and
 * the client's network. The guide stresses reaching the whole system.
 */
export const reachAudiences = ['adults', 'children', 'partners', 'network'] as const;
export type ReachAudience = (typeof reachAudiences)[number];
export const coreTaskLetters = ['a', 'b', 'c', 'd'] as const;
export type CoreTaskLetter = (typeof coreTaskLetters)[number];

/** An ervaringsdeskundige, or a staff member who deploys their experiential knowledge. */
export const personKinds = ['expert', 'staff'] as const;
export type PersonKind = (typeof personKinds)[number];

/** The roles a person of this kind may hold. */
export const rolesForKind = (kind: PersonKind): readonly string[] =>
  kind === 'expert' ? expertRoleKeys : staffRoleKeys;

/**
 * The tasks of the beroepscompetentieprofiel (BCP) an ervaringsdeskundige may carry out, beside the
 * four core tasks: what she does, recorded per person.
 */
export const bcpTaskKeys = [
  'selfHelpSupport',
  'coachingProfessionals',
  'expertiseDevelopment',
  'advising',
  'research',
  'visionAndPolicy',
  'antiStigma',
] as const;
export type BcpTaskKey = (typeof bcpTaskKeys)[number];
export const employmentKinds = ['paid', 'volunteer'] as const;
export type EmploymentKind = (typeof employmentKinds)[number];
export const fundingSources = ['structural', 'project', 'subsidy'] as const;
export type FundingSource = (typeof fundingSources)[number];
export const logKinds = ['intervision', 'supervision', 'training'] as const;
export type LogKind = (typeof logKinds)[number];
export const logSettings = ['internal', 'external'] as const;
export type LogSetting = (typeof logSettings)[number];

/**
 * Roles for which an organisation asks for a Registerplein registration unless it chooses
 * otherwise: the roles in which an expert talks with clients on their own (the guide, step 6 item 3).
 */
export const defaultRolesRequiringRegistration: readonly string[] = [
  'recoveryCoach',
  'supportWorker',
  'recoveryGroupLeader',
];

/**
 * A Registerplein registration number of an ervaringsdeskundige. Registerplein's numbers for this
 * register start with 4610 (the product's design notes). ASSUMPTION, not found in the sources: 4610
 * followed by 5 digits, 9 digits in all. People write it with spaces, dots or dashes; those are
 * taken out first. Older numbers in another form stay readable and get the signal
 * `registrationNumberFormat`.
 */
export const registrationNumberPattern = /^4610\d{5}$/;
export const normaliseRegistrationNumber = (value: string) => value.replace(/[\s.-]/g, '');
export const isValidRegistrationNumber = (value: string) =>
  registrationNumberPattern.test(normaliseRegistrationNumber(value));

/**
 * An SKJ registration number (Stichting Kwaliteitsregister Jeugd). ASSUMPTION, its form is not in
 * the sources: 6 to 10 digits, after taking out spaces, dots and dashes.
 */
export const skjNumberPattern = /^\d{6,10}$/;
export const isValidSkjNumber = (value: string) => skjNumberPattern.test(normaliseRegistrationNumber(value));

/**
 * A training on the NLQF scale (1–8) the VvED uses, by route: a diploma (formal education) or a
 * certificate recognised from practice.
 */
export const nlqfLevels = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export const trainingRoutes = ['diploma', 'certificate'] as const;
export type TrainingRoute = (typeof trainingRoutes)[number];

/** A log's duration: up to a working day, in quarters of an hour. */
export const maxLogHours = 24;

/** A quarter as `2025-Q3`. */
export const quarterPattern = /^\d{4}-Q[1-4]$/;

/** The quarter a day falls in, as `2025-Q3`. */
export const quarterOf = (day: string) =>
  `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** The quarters to choose from: this one and the ones before it, `years` years back, newest first. */
export function quarterOptions(today: string, years = 3): string[] {
  const year = Number(today.slice(0, 4));
  const current = Number(quarterOf(today).slice(-1));
  return Array.from({ length: years * 4 + current }, (_, back) => {
    const index = year * 4 + (current - 1) - back;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
}

export const maxHoursPerWeek = 60;
