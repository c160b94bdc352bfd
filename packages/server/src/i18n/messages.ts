import type { Locale } from '@derde-bron/domain';

/** Every message the API sends to people, in Dutch (B1) and English. */
const catalogue = {
  nl: {
    notFound: 'Deze pagina of dit gegeven bestaat niet.',
    routeNotFound: 'Dit adres bestaat niet in de API.',
    invalidInput: 'Wat je stuurde klopt niet. Kijk de velden na en probeer het opnieuw.',
    forbidden: 'Je hebt geen toegang tot dit onderdeel.',
    conflict: 'Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.',
    rateLimited: 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
    unavailable: 'De dienst is even niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    databaseUnavailable:
      'De database is even niet bereikbaar. Er is niets opgeslagen. Probeer het over een minuut opnieuw.',
    internal: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    frameworkVersionNotFound: 'Deze versie van het afwegingskader bestaat niet.',
    frameworkDraftNotFound: 'Dit concept bestaat niet (meer). Misschien is het al gepubliceerd.',
    frameworkDraftConflict:
      'Iemand anders heeft dit concept net opgeslagen. Bekijk de nieuwe versie en probeer het opnieuw.',
    unauthenticated: 'Je bent niet (meer) ingelogd. Log in en probeer het opnieuw.',
    csrfFailed: 'Dit verzoek kwam niet van deze website en is geweigerd. Laad de pagina opnieuw.',
    invalidCredentials: 'Het e-mailadres of het wachtwoord klopt niet.',
    invalidCurrentPassword: 'Je huidige wachtwoord klopt niet.',
    twoFactorCodeNeeded: 'Vul ook de code uit je app voor tweestapsverificatie in.',
    invalidTotp: 'De code klopt niet of is al gebruikt. Wacht op een nieuwe code en probeer het opnieuw.',
    invalidRecoveryCode: 'Deze herstelcode klopt niet of is al gebruikt.',
    twoFactorNotStarted: 'Start eerst het instellen van de tweestapsverificatie.',
    twoFactorAlreadyOn: 'Tweestapsverificatie staat al aan.',
    passwordTooShort: 'Kies een wachtwoord van minstens 12 tekens. Een zin van een paar woorden werkt goed.',
    passwordTooLong: 'Dit wachtwoord is te lang. Gebruik hoogstens 256 tekens.',
    passwordCommon: 'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander.',
    passwordContainsEmail: 'Gebruik je e-mailadres niet in je wachtwoord.',
    linkInvalid:
      'Deze link werkt niet meer. Hij is al gebruikt, verlopen of ingetrokken. Vraag een nieuwe aan.',
    emailTaken: 'Er is al een account met dit e-mailadres.',
    alreadyMember: 'Deze persoon hoort al bij een organisatie.',
    lastOrgAdmin: 'Dit is de laatste beheerder van de organisatie. Maak eerst iemand anders beheerder.',
    teamNotInOrganisation: 'Dit team hoort niet bij deze organisatie.',
    teamInUse: 'Dit team heeft nog teamleiders. Geef hen eerst een ander team.',
    organisationExists: 'Er is al een organisatie met deze naam.',
    teamExists: 'Er is al een team met deze naam.',
    notUtf8: 'De tekst bevat tekens die we niet kunnen lezen. Gebruik gewone tekst (UTF-8).',
    fileUnpacksTooLarge:
      'Dit bestand is uitgepakt te groot (het is een ingepakt bestand, zoals DOCX of XLSX). Kies een kleiner bestand of maak er een PDF van.',
    spreadsheetTooLarge:
      'Dit bestand is uitgepakt te groot of heeft te veel cellen. Bewaar alleen het eerste blad met de mensen, of sla het op als CSV, en probeer het opnieuw.',
    shuttingDown:
      'Deze server stopt net. Probeer het over een paar seconden opnieuw; er is niets opgeslagen.',
    diskFull:
      'Er is even geen ruimte om iets op te slaan. Er is niets opgeslagen. Lezen kan wel. Probeer het later opnieuw; de beheerder is gewaarschuwd.',
    nulCharacter:
      'De tekst bevat een onzichtbaar teken (NUL) dat we niet kunnen bewaren. Haal het weg en probeer het opnieuw.',
    itemNotFound: 'Dit punt bestaat niet in het afwegingskader dat je organisatie gebruikt.',
    itemConflict:
      'Iemand anders heeft dit punt net opgeslagen. Hieronder zie je wat er nu staat. Pas je wijziging daarop aan.',
    notApplicableRequired:
      'Dit punt moet je doen: de handreiking noemt het niet als keuze. Alleen punten die de handreiking als keuze noemt (‘Overweeg …’) kunnen niet van toepassing zijn.',
    capacityConflict:
      'Iemand anders heeft de aanstelling net opgeslagen. Hieronder zie je wat er nu staat. Pas je wijziging daarop aan.',
    capacityNotFound: 'Er is nog geen aanstelling vastgelegd.',
    goalConflict:
      'Iemand anders heeft dit doel net opgeslagen. Bekijk de nieuwe versie en probeer het opnieuw.',
    topicConflict:
      'Iemand anders heeft dit onderwerp net opgeslagen. Bekijk de nieuwe versie en probeer het opnieuw.',
    noteConflict:
      'Iemand anders heeft dit verslag net opgeslagen. Hieronder zie je wat er nu staat. Pas je wijziging daarop aan.',
    waveNotInOrganisation: 'Deze meting hoort niet bij deze organisatie.',
    perspectiveNotInInstrument:
      'Deze vragenlijst kent die groep niet. Iedereen vult hem in als medewerker; het oordeel van coördinator, experts en MT hoort in de implementatiemonitor.',
    secondBaseline:
      'Let op: jullie hebben al een 0-meting. Een tweede 0-meting is geen nieuw beginpunt om mee te vergelijken. Wil je meten wat er veranderd is? Kies dan een vervolgmeting.',
    ownerNotMember: 'De eigenaar moet lid zijn van je organisatie.',
    monitorScoreConflict:
      'Iemand anders heeft deze score net opgeslagen. Hieronder zie je wat er nu staat. Pas je wijziging daarop aan.',
    monitorRoundConflict: 'Iemand anders heeft deze meting net veranderd. Laad de pagina opnieuw.',
    monitorRoundExists: 'Deze meting bestaat al voor deze ronde. Open de meting die er al is.',
    monitorEndNeedsBegin: 'Doe eerst de beginmeting van deze ronde. Daarna kun je de eindmeting doen.',
    monitorRoundClosed: 'Deze meting is afgesloten. Open hem weer als je iets wilt veranderen.',
    monitorSubjectUnknown: 'Deze stap of dit onderdeel staat niet in de monitor.',
    monitorReviewOnlyAtEnd: 'Of een doel is behaald, vul je in bij de eindmeting.',
    monitorAlreadyInTeam: 'Deze persoon zit al in het implementatieteam.',
    journalNotSetUp: 'Je hebt nog geen dagboek. Maak het eerst aan.',
    intervisionNamesInRecord:
      'Hier staat de naam van iemand uit het register. Schrijf alleen thema’s en afspraken op, zonder namen en zonder gegevens van cliënten.',
    intervisionFinished: 'Deze bijeenkomst is al afgerond. Het verslag kan niet meer veranderen.',
    journalExists: 'Je hebt al een dagboek. Open het met je wachtzin.',
    journalChanged: 'Je dagboek is net op een andere plek veranderd. Laad de pagina opnieuw.',
    journalEntryConflict: 'Dit stuk is net op een andere plek veranderd. Laad de pagina opnieuw.',
    fileTooLarge: 'Dit bestand is te groot. Het mag hoogstens 10 MB zijn.',
    fileTypeNotAllowed:
      'Dit soort bestand kan niet. Gebruik PDF, Word (DOCX), ODT, Excel (XLSX), PNG of JPEG.',
    fileMissing: 'Kies een bestand om toe te voegen.',
    personalNamesFound:
      'Er staan mogelijk namen van jullie eigen mensen in. Haal ze weg, of kijk het na en bevestig dat het gedeeld mag worden.',
    knowledgeNetworkNotJoined:
      'Jullie organisatie doet nog niet mee aan het kennisnetwerk. Zet meedoen eerst aan.',
    policyTopicNotClosed: 'Alleen een afgerond beleidsonderwerp kan gedeeld worden.',
    notAnActivityFormat: 'Dit gedeelde stuk is geen activiteit.',
    notAPolicyTopic: 'Dit gedeelde stuk is geen beleidsonderwerp.',
    notADocument: 'Alleen van een gedeeld document kun je een nieuwe versie uploaden.',
    metaMissing: 'Stuur de gegevens (veld meta) mee vóór het bestand.',
    phaseNotRecorded: 'Schrijf eerst op wat er in dit deel is gebeurd. Daarna kun je verder.',
    feedbackNotRecorded:
      'Je kunt dit onderwerp pas afsluiten als je hebt teruggekoppeld aan de mensen van wie de ervaring kwam. Schrijf dat op in het deel evalueren en terugkoppelen.',
    topicClosed: 'Dit onderwerp is afgesloten. Start een nieuwe ronde om verder te gaan.',
    topicOpen: 'Dit onderwerp loopt nog. Sluit het eerst af.',
    lastPhase: 'Dit is het laatste deel. Sluit het onderwerp af, of start later een nieuwe ronde.',
    versionNotNewer: 'Je organisatie gebruikt deze versie van het afwegingskader al, of een nieuwere.',
    waveNotOpenYet: 'Deze vragenlijst is nog niet open. Probeer het vanaf de eerste dag opnieuw.',
    waveClosed: 'Deze vragenlijst is gesloten. Je kunt niet meer meedoen. Bedankt voor je interesse.',
    invitationUsed: 'Met deze uitnodiging is de vragenlijst al ingevuld. Elke uitnodiging is voor één keer.',
    groupFull:
      'Deze groep heeft al evenveel antwoorden als er mensen in zitten. Je antwoorden zijn niet opgeslagen. Klopt dit niet? Zeg het tegen de coördinator of de ondernemingsraad.',
    groupExists: 'Deze groep bestaat al in deze meting. Het aantal mensen kan niet meer veranderen.',
    invitationsExceedHeadcount:
      'Zoveel uitnodigingen kan niet: de groep heeft minder mensen. Stuur niet meer uitnodigingen dan er mensen in de groep zitten.',
    perspectiveNotInWave: 'Deze groep doet niet mee aan deze meting.',
    answersInvalid: 'Niet alle antwoorden kloppen. Kijk de gemarkeerde vragen na.',
    resultsAfterClose:
      'Uitslagen zie je pas als de meting is gesloten. Zo blijft niemand herkenbaar aan het moment van invullen.',
    noBaseline: 'Er is nog geen gesloten 0-meting om mee te vergelijken.',
    itemNotInInstrument: 'Deze vraag staat niet in de vragenlijst van deze meting.',
    feedbackConflict:
      'Iemand anders heeft de terugkoppeling net opgeslagen. Hieronder zie je wat er nu staat. Pas je tekst daarop aan.',
    feedbackNotPublished: 'De terugkoppeling van deze meting is nog niet gepubliceerd.',
    memberNotInOrganisation: 'Dit account hoort niet bij je organisatie.',
    memberAlreadyLinked: 'Dit account hoort al bij een andere persoon in het register.',
    personNotInOrganisation: 'Deze persoon staat niet in het register van je organisatie.',
    signalMailsOwnOnly:
      'Alleen de persoon zelf kan e-mails over haar of zijn signalen aan- of uitzetten. Vraag het aan deze persoon.',
    personConflict:
      'Iemand anders heeft deze persoon net opgeslagen. Hieronder zie je wat er nu staat. Pas je wijziging daarop aan.',
    logConflict: 'Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.',
    activityConflict:
      'Iemand anders heeft deze activiteit net opgeslagen. Bekijk de nieuwe versie en probeer het opnieuw.',
    formationPlanConflict:
      'Iemand anders heeft het formatieplan net opgeslagen. Bekijk de nieuwe versie en probeer het opnieuw.',
    sizeConflict:
      'Iemand anders heeft de omvang van de organisatie net opgeslagen. Bekijk de nieuwe waarden en probeer het opnieuw.',
    settingsConflict:
      'Iemand anders heeft de instellingen net opgeslagen. Bekijk de nieuwe versie en probeer het opnieuw.',
    importHasErrors:
      'Het bestand heeft fouten. Er is niets ingelezen. Verbeter de regels hieronder en probeer het opnieuw.',
    importFileType: 'Dit bestand kunnen we niet lezen. Gebruik CSV of Excel (XLSX).',
    importTooLarge: 'Dit bestand is te groot. Het mag hoogstens 2 MB zijn.',
    reportNoData:
      'Voor deze periode is er niets vastgelegd: geen wijzigingen in het afwegingskader, geen doelen en geen gesloten metingen. Kies een andere periode.',
    reportNotReady: 'Dit rapport wordt nog gemaakt. Probeer het zo opnieuw.',
    reportFailed: 'Dit rapport kon niet worden gemaakt. Vraag het opnieuw aan.',
    deleteConfirmationMismatch:
      'De naam klopt niet. Typ de naam van de organisatie precies zoals hij hier staat om alles te verwijderen.',
  },
  en: {
    notFound: 'This page or item does not exist.',
    routeNotFound: 'This address does not exist in the API.',
    invalidInput: 'What you sent is not valid. Check the fields and try again.',
    forbidden: 'You do not have access to this.',
    conflict: 'Someone else has just changed this. Look at the new version and try again.',
    rateLimited: 'Too many attempts. Wait a moment and try again.',
    unavailable: 'The service cannot be reached right now. Try again in a few minutes.',
    databaseUnavailable:
      'The database cannot be reached right now. Nothing was saved. Try again in a minute.',
    internal: 'Something went wrong on our side. Try again later.',
    frameworkVersionNotFound: 'This version of the assessment framework does not exist.',
    frameworkDraftNotFound: 'This draft does not exist (any more). It may have been published already.',
    frameworkDraftConflict: 'Someone else has just saved this draft. Look at the new version and try again.',
    unauthenticated: 'You are not signed in (any more). Sign in and try again.',
    csrfFailed: 'This request did not come from this website and was refused. Reload the page.',
    invalidCredentials: 'The e-mail address or the password is not right.',
    invalidCurrentPassword: 'Your current password is not right.',
    twoFactorCodeNeeded: 'Also enter the code from your two-step verification app.',
    invalidTotp: 'The code is not right or was used already. Wait for a new code and try again.',
    invalidRecoveryCode: 'This recovery code is not right or was used already.',
    twoFactorNotStarted: 'Start setting up two-step verification first.',
    twoFactorAlreadyOn: 'Two-step verification is on already.',
    passwordTooShort: 'Choose a password of at least 12 characters. A sentence of a few words works well.',
    passwordTooLong: 'This password is too long. Use at most 256 characters.',
    passwordCommon: 'This password is used a lot and easy to guess. Choose another one.',
    passwordContainsEmail: 'Do not use your e-mail address in your password.',
    linkInvalid: 'This link no longer works. It was used, has expired or was withdrawn. Ask for a new one.',
    emailTaken: 'There is already an account with this e-mail address.',
    alreadyMember: 'This person already belongs to an organisation.',
    lastOrgAdmin: 'This is the organisation’s last administrator. Make someone else administrator first.',
    teamNotInOrganisation: 'This team does not belong to this organisation.',
    teamInUse: 'This team still has team managers. Give them another team first.',
    organisationExists: 'There is already an organisation with this name.',
    teamExists: 'There is already a team with this name.',
    notUtf8: 'The text has characters we cannot read. Use plain text (UTF-8).',
    fileUnpacksTooLarge:
      'Once unpacked, this file is too large (it is a packed file, such as DOCX or XLSX). Choose a smaller file or turn it into a PDF.',
    spreadsheetTooLarge:
      'Once unpacked, this file is too large or has too many cells. Keep only the first sheet with the people, or save it as CSV, and try again.',
    shuttingDown: 'This server is stopping. Try again in a few seconds; nothing was stored.',
    diskFull:
      'There is no room to store anything just now. Nothing was stored. Reading still works. Try again later; the administrator has been warned.',
    nulCharacter:
      'The text holds an invisible character (NUL) that cannot be stored. Remove it and try again.',
    itemNotFound: 'This item does not exist in the framework version your organisation uses.',
    itemConflict:
      'Someone else has just saved this item. Below is what it says now. Adjust your change to it.',
    notApplicableRequired:
      'This item is something to do: the guide does not word it as a choice. Only items the guide words as a choice (“Consider …”) can be marked not applicable.',
    capacityConflict:
      'Someone else just saved the appointment. Below you see what is there now. Adjust your change to it.',
    capacityNotFound: 'No appointment has been recorded yet.',
    goalConflict: 'Someone else has just saved this goal. Look at the new version and try again.',
    topicConflict: 'Someone else has just saved this topic. Look at the new version and try again.',
    noteConflict: 'Someone else has just saved this note. Below is what it says now. Fit your change to it.',
    waveNotInOrganisation: 'This measurement does not belong to this organisation.',
    perspectiveNotInInstrument:
      'This questionnaire does not know that group. Everyone answers it as staff; the judgement of coordinator, experts and MT belongs in the implementation monitor.',
    secondBaseline:
      'Note: you already have a baseline. A second baseline is not a new starting point to compare with. Do you want to measure what has changed? Then choose a follow-up measurement.',
    ownerNotMember: 'The owner must be a member of your organisation.',
    monitorScoreConflict:
      'Someone else has just saved this score. Below is what it says now. Adjust your change to it.',
    monitorRoundConflict: 'Someone else has just changed this round. Reload the page.',
    monitorRoundExists: 'This round already has this measurement. Open the one that is there.',
    monitorEndNeedsBegin:
      'Do the begin measurement of this round first. Then you can do the end measurement.',
    monitorRoundClosed: 'This measurement is closed. Reopen it if you want to change something.',
    monitorSubjectUnknown: 'This step or item is not in the monitor.',
    monitorReviewOnlyAtEnd: 'Whether a goal was achieved is answered in the end measurement.',
    monitorAlreadyInTeam: 'This person is already in the implementation team.',
    journalNotSetUp: 'You do not have a journal yet. Set it up first.',
    intervisionNamesInRecord:
      'This names someone in the registry. Write down only themes and agreements, without names and without client details.',
    intervisionFinished: 'This session is already finished. Its record can no longer change.',
    journalExists: 'You already have a journal. Open it with your passphrase.',
    journalChanged: 'Your journal was just changed elsewhere. Reload the page.',
    journalEntryConflict: 'This entry was just changed elsewhere. Reload the page.',
    fileTooLarge: 'This file is too large. It may be 10 MB at most.',
    fileTypeNotAllowed:
      'This kind of file is not allowed. Use PDF, Word (DOCX), ODT, Excel (XLSX), PNG or JPEG.',
    fileMissing: 'Choose a file to add.',
    personalNamesFound:
      'This may contain names of your own people. Remove them, or check it and confirm that it may be shared.',
    knowledgeNetworkNotJoined:
      'Your organisation does not take part in the knowledge network yet. Turn taking part on first.',
    policyTopicNotClosed: 'Only a closed policy topic can be shared.',
    notAnActivityFormat: 'This shared item is not an activity.',
    notAPolicyTopic: 'This shared item is not a policy topic.',
    notADocument: 'Only a shared document can get a new uploaded version.',
    metaMissing: 'Send the details (field meta) before the file.',
    phaseNotRecorded: 'First write down what happened in this part. Then you can go on.',
    feedbackNotRecorded:
      'You can only close this topic after reporting back to the people whose experience was used. Write that down in the part evaluate and report back.',
    topicClosed: 'This topic is closed. Start a new round to go on.',
    topicOpen: 'This topic is still running. Close it first.',
    lastPhase: 'This is the last part. Close the topic, or start a new round later.',
    versionNotNewer: 'Your organisation already uses this version of the framework, or a newer one.',
    waveNotOpenYet: 'This questionnaire is not open yet. Try again from its first day.',
    waveClosed: 'This questionnaire is closed. You can no longer take part. Thank you for your interest.',
    invitationUsed:
      'This invitation has already been used to fill in the questionnaire. Each invitation works once.',
    groupFull:
      'This group already has as many answers as it has people. Your answers were not stored. Is that wrong? Tell the coordinator or the works council.',
    groupExists: 'This group is already part of this measurement. Its number of people can no longer change.',
    invitationsExceedHeadcount:
      'That many invitations is not possible: the group has fewer people. Send no more invitations than there are people in the group.',
    perspectiveNotInWave: 'This group does not take part in this measurement.',
    answersInvalid: 'Not all answers are valid. Check the marked questions.',
    resultsAfterClose:
      'Results show only once the measurement is closed, so that nobody can be recognised by when they answered.',
    noBaseline: 'There is no closed baseline measurement to compare with yet.',
    itemNotInInstrument: 'This question is not in the questionnaire of this measurement.',
    feedbackConflict:
      'Someone else has just saved the feedback. Below is what it says now. Adjust your text to it.',
    feedbackNotPublished: 'The feedback on this measurement has not been published yet.',
    memberNotInOrganisation: 'This account does not belong to your organisation.',
    memberAlreadyLinked: 'This account already belongs to another person in the registry.',
    personNotInOrganisation: 'This person is not in your organisation’s registry.',
    signalMailsOwnOnly:
      'Only the person themselves can turn e-mails about their signals on or off. Ask this person.',
    personConflict:
      'Someone else has just saved this person. Below is what it says now. Adjust your change to it.',
    logConflict: 'Someone else has just changed this. Look at the new version and try again.',
    activityConflict: 'Someone else has just saved this activity. Look at the new version and try again.',
    formationPlanConflict:
      'Someone else has just saved the formation plan. Look at the new version and try again.',
    sizeConflict:
      'Someone else has just saved the organisation’s size. Look at the new values and try again.',
    settingsConflict: 'Someone else has just saved the settings. Look at the new version and try again.',
    importHasErrors: 'The file has errors. Nothing was imported. Correct the rows below and try again.',
    importFileType: 'We cannot read this file. Use CSV or Excel (XLSX).',
    importTooLarge: 'This file is too large. It may be 2 MB at most.',
    reportNoData:
      'Nothing was recorded in this period: no changes to the assessment framework, no goals and no closed measurements. Choose another period.',
    reportNotReady: 'This report is still being made. Try again in a moment.',
    reportFailed: 'This report could not be made. Please ask for it again.',
    deleteConfirmationMismatch:
      'The name does not match. Type the organisation’s name exactly as shown here to delete everything.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof catalogue)['nl'];

export function translate(locale: Locale, key: MessageKey): string {
  return catalogue[locale][key];
}
