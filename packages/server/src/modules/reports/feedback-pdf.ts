import type { FrameworkContent, InstrumentContent, Locale } from '@derde-bron/domain';
import { formatDay } from '../../lib/dates.ts';
import type { WaveFeedback } from '../measurement/index.ts';
import { type Content, renderPdf, table } from './pdf.ts';

const words = {
  nl: {
    title: 'Terugkoppeling',
    whoTookPart: 'Wie deed mee',
    groups: {
      staff: 'Medewerkers',
      expert: 'Ervaringsdeskundigen',
      management: 'Management en bestuur',
      coordinator: 'Coördinator ervaringsdeskundigheid',
    },
    tookPart: (groups: string) => `Mee deden: ${groups}.`,
    count: (n: number | null) =>
      n === null
        ? 'Het aantal mensen laten we niet zien, omdat het te klein is.'
        : `${n} mensen vulden de vragenlijst in.`,
    whatCameOut: 'Wat kwam eruit',
    topic: 'Onderwerp',
    mean: 'Gemiddelde (1 tot 5)',
    hidden: '–',
    anonymous: 'Dit zijn cijfers voor de hele organisatie. Niemand kan zien wat jij hebt ingevuld.',
    whatWeDo: 'Wat we gaan doen',
    noGoals: 'We hebben nog geen doelen gekozen. Die volgen.',
    step: (number: number, title: string) => `stap ${number}: ${title}`,
    deadline: (day: string) => `klaar op ${day}`,
    publishedOn: (day: string) => `Gepubliceerd op ${day}.`,
  },
  en: {
    title: 'Feedback',
    whoTookPart: 'Who took part',
    groups: {
      staff: 'Staff',
      expert: 'Experts by experience',
      management: 'Management and board',
      coordinator: 'Coordinator of lived experience',
    },
    tookPart: (groups: string) => `Taking part: ${groups}.`,
    count: (n: number | null) =>
      n === null
        ? 'We do not show the number of people, because it is too small.'
        : `${n} people filled in the questionnaire.`,
    whatCameOut: 'What came out',
    topic: 'Topic',
    mean: 'Mean (1 to 5)',
    hidden: '–',
    anonymous: 'These are figures for the whole organisation. Nobody can see what you answered.',
    whatWeDo: 'What we are going to do',
    noGoals: 'We have not chosen goals yet. They will follow.',
    step: (number: number, title: string) => `step ${number}: ${title}`,
    deadline: (day: string) => `done by ${day}`,
    publishedOn: (day: string) => `Published on ${day}.`,
  },
};

/** The terugkoppeling as a PDF to print or e-mail: the same words and figures as its page, nothing more. */
export function renderFeedbackPdf(input: {
  feedback: WaveFeedback;
  instrument: InstrumentContent;
  framework: FrameworkContent;
  locale: Locale;
}): Promise<Buffer> {
  const { feedback, instrument, framework, locale } = input;
  const w = words[locale];
  const scaleTitle = (key: string) => instrument.scales.find((s) => s.key === key)?.title[locale] ?? key;
  const stepName = (key: string) => {
    const step = framework.steps.find((s) => s.key === key);
    return step ? w.step(step.number, step.title[locale]) : key;
  };
  const content: Content[] = [
    { text: `${w.title}: ${feedback.wave.title}`, style: 'title' },
    ...(feedback.publishedAt
      ? [
          {
            text: w.publishedOn(formatDay(feedback.publishedAt.toISOString().slice(0, 10), locale)),
            style: 'subtitle',
          },
        ]
      : []),
    ...(feedback.intro ?? '')
      .split(/\n+/)
      .filter(Boolean)
      .map((text) => ({ text, margin: [0, 0, 0, 6] })),
    { text: w.whoTookPart, style: 'heading' },
    `${w.tookPart(feedback.perspectives.map((p) => w.groups[p]).join(', '))} ${w.count(feedback.responseCount)}`,
    { text: w.whatCameOut, style: 'heading' },
    table(
      [w.topic, w.mean],
      feedback.scales.map((scale) => [
        scaleTitle(scale.scaleKey),
        scale.mean === null ? w.hidden : scale.mean.toLocaleString(locale, { minimumFractionDigits: 1 }),
      ]),
    ),
    { text: w.anonymous, style: 'note' },
    { text: w.whatWeDo, style: 'heading' },
    feedback.goals.length === 0
      ? w.noGoals
      : {
          ul: feedback.goals.map(
            (goal) =>
              `${goal.title} (${stepName(goal.stepKey)}${goal.deadline ? `, ${w.deadline(formatDay(goal.deadline, locale))}` : ''})`,
          ),
        },
  ];
  return renderPdf({ content, info: { title: `${w.title}: ${feedback.wave.title}` } });
}
