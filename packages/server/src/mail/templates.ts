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
      'Je antwoorden zijn anoniem: niemand kan zien wat jij hebt ingevuld. We bewaren je e-mailadres niet.',
      'Open deze link om mee te doen:',
      p.link,
      `De link werkt één keer, tot en met ${p.closesOn}.`,
      '',
      `${p.organisation} asks you to take part in the questionnaire "${p.wave}".`,
      'Your answers are anonymous: nobody can see what you filled in. We do not keep your e-mail address.',
      'Open this link to take part:',
      p.link,
      `The link works once, until ${p.closesOn}.`,
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
