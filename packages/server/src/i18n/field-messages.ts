import type { Locale } from '@derde-bron/domain';

/**
 * Messages for the rules across fields that the domain's schemas report by key (a zod `custom`
 * issue whose message is one of these keys), so a refused field gets a clear sentence, not
 * "invalid input".
 */
const catalogue = {
  nl: {
    registrationNumberFormat:
      'Een registratienummer van Registerplein begint met 4610 en heeft 9 cijfers, bijvoorbeeld 4610 12345.',
    trainingOrExceptionRequired:
      'Een ervaringsdeskundige heeft een erkende opleiding. Vink die aan, of schrijf op waarom er een uitzondering is.',
    roleOnlyForExperts:
      'Deze rol is voor een ervaringsdeskundige. Een medewerker met ervaringskennis kiest een rol voor inbreng van eigen ervaring.',
    roleOnlyForStaff:
      'Deze rol is voor een medewerker met ervaringskennis, niet voor een ervaringsdeskundige.',
    skjNumberFormat: 'Een SKJ-registratienummer heeft 6 tot 10 cijfers.',
    quarterHours: 'Vul de duur in hele kwartieren in, bijvoorbeeld 1,5 of 0,75.',
    datesInWrongOrder: 'Deze datum ligt voor de startdatum.',
    registrationExpiryMissing: 'Vul ook in tot wanneer de registratie geldig is.',
    registrationNumberMissing: 'Vul ook het registratienummer in.',
    fundingSourceMissing: 'Vul ook in waar het geld vandaan komt.',
    trainingNameMissing: 'Vul de naam van de training in.',
    activityNameMissing: 'Kies een activiteit uit de lijst of geef je eigen activiteit een naam.',
    wholeNumber: 'Vul een heel getal in, zonder komma.',
    notNegative: 'Vul 0 of meer in, geen negatief getal.',
    tooLarge: 'Dit getal is te groot.',
    wholeCents: 'Vul een bedrag in euro’s in, met hoogstens twee cijfers na de komma.',
    quarterFormat: 'Kies een kwartaal uit de lijst.',
    targetDuplicate: 'Dit niveau, deze fase en deze rol staan al in het plan. Pas die regel aan.',
    duplicateKey: 'Deze sleutel komt al eerder voor. Elke sleutel mag maar één keer voorkomen.',
    'a step needs at least one required item': 'Een stap heeft minstens één verplicht onderdeel nodig.',
    itemNotInStep: 'Dit punt hoort niet bij de gekozen stap. Kies eerst de stap, dan een punt van die stap.',
    journalNotEncrypted:
      'Dit is niet versleuteld zoals het dagboek het doet. De server bewaart alleen wat je browser heeft versleuteld.',
  },
  en: {
    registrationNumberFormat:
      'A Registerplein registration number starts with 4610 and has 9 digits, for example 4610 12345.',
    trainingOrExceptionRequired:
      'An experiential expert has a recognised training. Tick it, or write down why there is an exception.',
    roleOnlyForExperts:
      'This role is for an experiential expert. A staff member with lived experience chooses a role for bringing in own experience.',
    roleOnlyForStaff:
      'This role is for a staff member with lived experience, not for an experiential expert.',
    skjNumberFormat: 'An SKJ registration number has 6 to 10 digits.',
    quarterHours: 'Fill in the duration in quarters of an hour, for example 1.5 or 0.75.',
    datesInWrongOrder: 'This date is before the start date.',
    registrationExpiryMissing: 'Also fill in until when the registration is valid.',
    registrationNumberMissing: 'Also fill in the registration number.',
    fundingSourceMissing: 'Also fill in where the money comes from.',
    trainingNameMissing: 'Fill in the name of the training.',
    activityNameMissing: 'Choose an activity from the list or give your own activity a name.',
    wholeNumber: 'Fill in a whole number, without decimals.',
    notNegative: 'Fill in 0 or more, not a negative number.',
    tooLarge: 'This number is too large.',
    wholeCents: 'Fill in an amount in euros, with at most two decimals.',
    quarterFormat: 'Choose a quarter from the list.',
    targetDuplicate: 'This level, phase and role are already in the plan. Change that line instead.',
    duplicateKey: 'This key already appears earlier. Every key may appear only once.',
    'a step needs at least one required item': 'A step needs at least one required item.',
    itemNotInStep:
      'This item does not belong to the chosen step. Choose the step first, then one of its items.',
    journalNotEncrypted:
      'This is not encrypted the way the journal does it. The server keeps only what your browser encrypted.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type FieldMessageKey = keyof (typeof catalogue)['nl'];

/** The sentence for a rule's key, or null when the message is not one of ours. */
export function fieldMessage(locale: Locale, key: string): string | null {
  return Object.hasOwn(catalogue[locale], key) ? catalogue[locale][key as FieldMessageKey] : null;
}
