import { formatDay } from '../lib/dates.ts';
/**
 * The mails the platform sends. Dutch first, English below it: the recipient has no account yet, or
 * we do not know their language. No sensitive content, only what the link is for.
 */
export const mailTemplates = {
  invitation: (p: { organisation: string; link: string; days: number }) => ({
    subject: `Uitnodiging voor Derde Bron – ${p.organisation}`,
    text: [
      `Je bent uitgenodigd voor Derde Bron door ${p.organisation}.`,
      'Open deze link om je account te maken:',
      p.link,
      `De link werkt ${p.days} dagen en maar één keer.`,
      '',
      `You have been invited to Derde Bron by ${p.organisation}.`,
      'Open this link to create your account:',
      p.link,
      `The link works for ${p.days} days and only once.`,
    ].join('\n'),
  }),
  /** A questionnaire invitation: the address is used for this mail only and is not kept. */
  surveyInvitation: (p: { organisation: string; wave: string; link: string; closesOn: string }) => ({
    subject: `Vragenlijst over ervaringskennis – ${p.organisation}`,
    text: [
      `${p.organisation} vraagt je mee te doen aan de vragenlijst "${p.wave}".`,
      'Je antwoorden zijn anoniem: niemand kan zien wat jij hebt ingevuld.',
      'Je e-mailadres bewaren we versleuteld tot de meting sluit, alleen om je één herinnering te kunnen sturen. Daarna wissen we het.',
      'Open deze link om mee te doen:',
      p.link,
      `De link werkt één keer, tot en met ${formatDay(p.closesOn, 'nl')}.`,
      '',
      `${p.organisation} asks you to take part in the questionnaire "${p.wave}".`,
      'Your answers are anonymous: nobody can see what you filled in.',
      'We keep your e-mail address encrypted until the measurement closes, only to send you one reminder. Then we erase it.',
      'Open this link to take part:',
      p.link,
      `The link works once, until ${formatDay(p.closesOn, 'en')}.`,
    ].join('\n'),
  }),
  surveyReminder: (p: { organisation: string; wave: string; link: string; closesOn: string }) => ({
    subject: `Herinnering: vragenlijst over ervaringskennis – ${p.organisation}`,
    text: [
      `Misschien heb je de vragenlijst "${p.wave}" van ${p.organisation} nog niet ingevuld. Dat kan nog tot en met ${formatDay(p.closesOn, 'nl')}.`,
      'Heb je hem al ingevuld? Dan hoef je niets te doen. Niemand weet wie deze herinnering krijgt.',
      p.link,
      '',
      `Perhaps you have not filled in the questionnaire "${p.wave}" of ${p.organisation} yet. You can until ${formatDay(p.closesOn, 'en')}.`,
      'Already done? Then you need not do anything. Nobody knows who gets this reminder.',
      p.link,
    ].join('\n'),
  }),
  passwordReset: (p: { link: string; minutes: number }) => ({
    subject: 'Nieuw wachtwoord voor Derde Bron',
    text: [
      'Iemand vroeg een nieuw wachtwoord aan voor je account bij Derde Bron.',
      'Was jij dat? Open deze link en kies een nieuw wachtwoord:',
      p.link,
      `De link werkt ${p.minutes} minuten en maar één keer. Was jij het niet? Dan hoef je niets te doen.`,
      '',
      'Someone asked for a new password for your Derde Bron account.',
      'Was it you? Open this link and choose a new password:',
      p.link,
      `The link works for ${p.minutes} minutes and only once. Not you? Then you need not do anything.`,
    ].join('\n'),
  }),
};
