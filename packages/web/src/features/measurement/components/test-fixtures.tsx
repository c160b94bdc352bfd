import type { InstrumentContent } from '@derde-bron/domain';
import type { Wave } from '../api/get-waves.ts';

export { anonymous, fakeServer, type Reply, renderApp, sessionFor } from '../../../testing/app.tsx';

/** A small instrument for tests: two scales, with a Likert, a sensitive and an open question. */
export const instrument: InstrumentContent = {
  title: { nl: 'Testmeting', en: 'Test survey' },
  intro: {
    nl: 'Wat we bewaren: alleen je antwoorden.\n\nWie wat ziet: alleen groepen van minstens 5.',
    en: 'What we store: only your answers.\n\nWho sees what: only groups of at least 5.',
  },
  perspectives: [
    { key: 'staff', title: { nl: 'Medewerkers', en: 'Staff' } },
    { key: 'expert', title: { nl: 'Ervaringsdeskundigen', en: 'Experts' } },
    { key: 'management', title: { nl: 'Management', en: 'Management' } },
    { key: 'coordinator', title: { nl: 'Coördinator', en: 'Coordinator' } },
  ],
  likertLabels: {
    1: { nl: 'Helemaal mee oneens', en: 'Strongly disagree' },
    2: { nl: 'Mee oneens', en: 'Disagree' },
    3: { nl: 'Niet eens, niet oneens', en: 'Neither' },
    4: { nl: 'Mee eens', en: 'Agree' },
    5: { nl: 'Helemaal mee eens', en: 'Strongly agree' },
    dontKnow: { nl: 'Weet ik niet', en: 'Don’t know' },
  },
  scales: [
    {
      key: 'knowledge',
      title: { nl: 'Kennis', en: 'Knowledge' },
      description: { nl: 'Wat je weet.', en: 'What you know.' },
      stepKey: 'exploration',
      scoring: { nl: 'Gemiddelde van 1 tot 5.', en: 'Mean from 1 to 5.' },
    },
    {
      key: 'climate',
      title: { nl: 'Veilig klimaat', en: 'Safe climate' },
      description: { nl: 'Of je je veilig voelt.', en: 'Whether you feel safe.' },
      stepKey: 'professionalDevelopment',
      scoring: { nl: 'Gemiddelde van 1 tot 5.', en: 'Mean from 1 to 5.' },
    },
  ],
  items: [
    {
      key: 'knowsDifference',
      scaleKey: 'knowledge',
      kind: 'likert',
      text: { nl: 'Ik weet wat ervaringskennis is.', en: 'I know what experiential knowledge is.' },
      perspectives: ['staff', 'expert'],
      stepKey: 'exploration',
    },
    {
      key: 'knowsRoles',
      scaleKey: 'knowledge',
      kind: 'likert',
      text: { nl: 'Ik ken de rollen.', en: 'I know the roles.' },
      perspectives: ['staff', 'expert'],
      stepKey: 'exploration',
    },
    {
      key: 'safeToTalk',
      scaleKey: 'climate',
      kind: 'likert',
      text: { nl: 'Ik kan veilig praten.', en: 'I can talk safely.' },
      perspectives: ['staff', 'expert'],
      stepKey: 'professionalDevelopment',
    },
    {
      key: 'ownExperience',
      scaleKey: 'climate',
      kind: 'sensitive',
      text: { nl: 'Heb je zelf ervaring met huiselijk geweld?', en: 'Do you have own experience?' },
      options: [
        { key: 'yes', label: { nl: 'Ja', en: 'Yes' } },
        { key: 'no', label: { nl: 'Nee', en: 'No' } },
        { key: 'preferNotToSay', label: { nl: 'Zeg ik liever niet', en: 'I’d rather not say' } },
      ],
      perspectives: ['staff'],
      stepKey: 'exploration',
    },
    {
      key: 'whatHelps',
      scaleKey: 'climate',
      kind: 'open',
      text: { nl: 'Wat helpt in je team?', en: 'What helps your team?' },
      maxLength: 2000,
      perspectives: ['staff'],
      stepKey: 'exploration',
    },
  ],
};

export const wave = (overrides: Partial<Wave> = {}): Wave => ({
  id: '11111111-1111-4111-8111-111111111111',
  title: '0-meting voorjaar',
  kind: 'baseline',
  instrumentVersion: 1,
  opensOn: '2026-03-01',
  closesOn: '2026-03-21',
  status: 'open',
  perspectives: ['staff', 'expert'],
  thresholds: { minCell: 5, minSensitiveCell: 10 },
  responseCount: 3,
  published: false,
  feedbackPublishedAt: null,
  ...overrides,
});
