import type { MonitorContent } from './content.ts';

/**
 * Version 1 of the implementatiemonitor. The guide (step 1.2) points to the MIE, an organisation-level
 * implementation monitor filled in by the organisation's own project group at the start and the end of
 * the implementation year. Our statements follow the guide's 18 items, in our own words (B1 Dutch,
 * with English). The matching staff scales are those of the staff survey that look at the same step.
 */
export const monitorContentV1: MonitorContent = {
  version: 1,
  title: { nl: 'Implementatiemonitor', en: 'Implementation monitor' },
  intro: {
    nl: 'Het implementatieteam kijkt samen hoe ver de organisatie is met elke stap. Geef per stap en per onderdeel een score, en schrijf op waarom. Dit is geen anonieme vragenlijst: jullie oordeel staat met naam en uitleg in de monitor.',
    en: 'The implementation team looks together at how far the organisation has come with each step. Give a score per step and per item, and write down why. This is not an anonymous survey: your judgement is in the monitor with names and reasons.',
  },
  levels: {
    1: {
      label: { nl: 'Nog niet', en: 'Not yet' },
      text: { nl: 'We zijn hier nog niet mee begonnen.', en: 'We have not started on this yet.' },
    },
    2: {
      label: { nl: 'Deels', en: 'Partly' },
      text: {
        nl: 'We zijn begonnen, maar er is nog veel te doen.',
        en: 'We have started, but there is a lot still to do.',
      },
    },
    3: {
      label: { nl: 'Grotendeels', en: 'Largely' },
      text: {
        nl: 'Het meeste is gedaan. Een paar dingen nog niet.',
        en: 'Most of it is done. A few things are not.',
      },
    },
    4: {
      label: { nl: 'Geregeld', en: 'In place' },
      text: {
        nl: 'Het is geregeld en het werkt in de praktijk.',
        en: 'It is in place and it works in practice.',
      },
    },
  },
  steps: [
    {
      stepKey: 'exploration',
      question: {
        nl: 'Weten we hoe het nu staat met ervaringskennis in onze organisatie?',
        en: 'Do we know where our organisation stands with experiential knowledge?',
      },
      matchingScales: [{ scaleKey: 'knowledge' }, { scaleKey: 'deployment' }],
      items: [
        {
          itemKey: 'inventory',
          statement: {
            nl: 'We hebben op een rij gezet wat er al is en wat we nodig hebben om te starten.',
            en: 'We have listed what is already there and what we need to start.',
          },
        },
        {
          itemKey: 'baselineMeasurement',
          statement: {
            nl: 'We hebben een 0-meting gedaan: met een vragenlijst, of met gesprekken in de teams.',
            en: 'We have done a baseline measurement: with a survey, or with conversations in the teams.',
          },
        },
        {
          itemKey: 'teamKnowledgeAndNeeds',
          statement: {
            nl: 'We weten wat teams al weten, waarom ze ermee willen werken en wat ze nodig hebben.',
            en: 'We know what teams already know, why they want to work with it and what they need.',
          },
        },
      ],
    },
    {
      stepKey: 'supportAndVision',
      question: {
        nl: 'Hebben we een visie waar veel mensen in de organisatie achter staan?',
        en: 'Do we have a vision that many people in the organisation stand behind?',
      },
      matchingScales: [{ scaleKey: 'appreciation' }],
      items: [
        {
          itemKey: 'vision',
          statement: {
            nl: 'Onze visie op ervaringsdeskundigheid staat op papier en is breed besproken.',
            en: 'Our vision on experiential expertise is written down and widely discussed.',
          },
        },
        {
          itemKey: 'managementTraining',
          statement: {
            nl: 'MT en bestuur weten wat ervaringsdeskundigheid is en wat het oplevert.',
            en: 'The management team and the board know what experiential expertise is and what it brings.',
          },
        },
      ],
    },
    {
      stepKey: 'investment',
      question: {
        nl: 'Zijn er mensen, geld en tijd voor ervaringsdeskundigheid?',
        en: 'Are there people, money and time for experiential expertise?',
      },
      // A high "what you need" score means staff need more than they get: the step is less far.
      matchingScales: [{ scaleKey: 'needs', reverse: true }],
      items: [
        {
          itemKey: 'capacity',
          statement: {
            nl: 'Iemand is aangesteld die ervaringsdeskundigheid trekt, in een rol die past bij waar we staan.',
            en: 'Someone has been appointed to lead experiential expertise, in a role that fits where we stand.',
          },
        },
        {
          itemKey: 'fundsAndTime',
          statement: {
            nl: 'Er is geld, ruimte en tijd voor ervaringsdeskundigen.',
            en: 'There is money, room and time for experiential experts.',
          },
        },
      ],
    },
    {
      stepKey: 'scoping',
      question: {
        nl: 'Is duidelijk wat ervaringsdeskundigen doen en wat we van hen vragen?',
        en: 'Is it clear what experiential experts do and what we ask of them?',
      },
      matchingScales: [{ scaleKey: 'deployment' }],
      items: [
        {
          itemKey: 'tasksAndConditions',
          statement: {
            nl: 'Taken, verantwoordelijkheden en eisen voor ervaringsdeskundigen zijn vastgelegd.',
            en: 'Tasks, responsibilities and requirements for experiential experts are set down.',
          },
        },
        {
          itemKey: 'competenceProfile',
          statement: {
            nl: 'We gebruiken het beroepscompetentieprofiel voor rollen en taken.',
            en: 'We use the professional competence profile for roles and tasks.',
          },
        },
      ],
    },
    {
      stepKey: 'professionalDevelopment',
      question: {
        nl: 'Kunnen medewerkers leren en groeien in het inzetten van hun ervaring?',
        en: 'Can staff learn and grow in using their experience?',
      },
      matchingScales: [{ scaleKey: 'climate' }],
      items: [
        {
          itemKey: 'education',
          statement: {
            nl: 'Wie haar ervaring professioneel wil inzetten, kan een opleiding of training volgen.',
            en: 'Whoever wants to use her experience professionally can take a course or training.',
          },
        },
        {
          itemKey: 'awareness',
          statement: {
            nl: 'Er is aandacht voor hoe eigen ervaringen een rol spelen in het werk.',
            en: 'There is attention for how personal experiences play a part in the work.',
          },
        },
        {
          itemKey: 'safeClimate',
          statement: {
            nl: 'Het klimaat is veilig: praten over eigen ervaring met huiselijk geweld kan.',
            en: 'The climate is safe: talking about personal experience of domestic violence is possible.',
          },
        },
        {
          itemKey: 'knowledgeNetwork',
          statement: {
            nl: 'Wie ervaringsdeskundigheid coördineert, doet mee in het kennisnetwerk.',
            en: 'Whoever coordinates experiential expertise takes part in the knowledge network.',
          },
        },
        {
          itemKey: 'intervisionAndSupervision',
          statement: {
            nl: 'Ervaringsdeskundigen hebben intervisie of supervisie.',
            en: 'Experiential experts have peer consultation or supervision.',
          },
        },
      ],
    },
    {
      stepKey: 'embedding',
      question: {
        nl: 'Is ervaringsdeskundigheid een vast deel van de organisatie, en geen project?',
        en: 'Is experiential expertise a permanent part of the organisation, not a project?',
      },
      // No staff scale looks at structural money or the job structure.
      matchingScales: [],
      items: [
        {
          itemKey: 'structuralFunding',
          statement: {
            nl: 'Er is vast geld voor ervaringsdeskundigheid, niet alleen projectgeld.',
            en: 'There is structural money for experiential expertise, not only project money.',
          },
        },
        {
          itemKey: 'preconditions',
          statement: {
            nl: 'De randvoorwaarden voor een professionele inzet zijn goed geregeld.',
            en: 'The preconditions for professional deployment are well arranged.',
          },
        },
        {
          itemKey: 'registeredExperts',
          statement: {
            nl: 'We hebben gekozen voor welke rollen we geregistreerde ervaringsdeskundigen vragen.',
            en: 'We have chosen for which roles we ask for registered experiential experts.',
          },
        },
        {
          itemKey: 'jobStructure',
          statement: {
            nl: 'Het functiehuis is aangepast waar dat nodig is.',
            en: 'The job structure has been adapted where needed.',
          },
        },
      ],
    },
  ],
};

/** Monitor versions that ship with the code, by number; new rounds use the latest. */
export const monitorContents: ReadonlyMap<number, MonitorContent> = new Map([[1, monitorContentV1]]);
export const currentMonitorVersion = 1;
