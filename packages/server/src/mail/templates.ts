import type { SignalMailKey } from '@derde-bron/domain';
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
  /** One of the expert's own signals (opt-in on "Mijn registratie"); no other person's data. */
  registrySignal: (p: { key: SignalMailKey; date: string | null; link: string }) => {
    const text = signalMailTexts[p.key];
    const on = (language: 'nl' | 'en') => (p.date ? formatDay(p.date, language) : '');
    return {
      subject: `Derde Bron: ${text.nl(on('nl'))}`,
      text: [
        `${text.nl(on('nl'))}.`,
        'Bekijk je registratie en wat je kunt doen:',
        p.link,
        'Je krijgt deze e-mail omdat je dat zelf hebt aangezet. Uitzetten kan op dezelfde pagina.',
        '',
        `${text.en(on('en'))}.`,
        'See your record and what you can do:',
        p.link,
        'You get this e-mail because you turned it on yourself. You can turn it off on the same page.',
      ].join('\n'),
    };
  },
};

/** What each mailed signal says, with its date (formatted) if it has one. */
const signalMailTexts: Record<SignalMailKey, { nl: (on: string) => string; en: (on: string) => string }> = {
  registrationExpiring: {
    nl: (on) => `Je registratie bij Registerplein verloopt op ${on}`,
    en: (on) => `Your Registerplein registration expires on ${on}`,
  },
  registrationExpired: {
    nl: (on) => `Je registratie bij Registerplein is verlopen op ${on}`,
    en: (on) => `Your Registerplein registration expired on ${on}`,
  },
  skjExpiring: {
    nl: (on) => `Je SKJ-registratie verloopt op ${on}`,
    en: (on) => `Your SKJ registration expires on ${on}`,
  },
  skjExpired: {
    nl: (on) => `Je SKJ-registratie is verlopen op ${on}`,
    en: (on) => `Your SKJ registration expired on ${on}`,
  },
  fundingEnding: {
    nl: (on) => `De financiering van je werk stopt op ${on}`,
    en: (on) => `The funding of your work ends on ${on}`,
  },
  noReflection: {
    nl: (on) =>
      on
        ? `Je laatste intervisie of supervisie was op ${on}, al een tijd geleden`
        : 'Er staat nog geen intervisie of supervisie van je in het register',
    en: (on) =>
      on
        ? `Your last intervision or supervision was on ${on}, some time ago`
        : 'No intervision or supervision of yours is in the register yet',
  },
};
