import type { InstrumentContent, InstrumentItem, InstrumentScale } from './schema.ts';

/**
 * Version 1 of the measurement instrument: the 0-meting of step 1 of the guide and every later wave.
 * Written for this project in our own words: Dutch at B1 level (short sentences, "je"), with an
 * English translation. A published version never changes: write a new version file instead.
 */

const everyone = ['staff', 'expert', 'management', 'coordinator'] as const;
const leadership = ['management', 'coordinator'] as const;

/** The same rule for every scored scale; the results page shows it beside the scale. */
const meanScoring = {
  nl: 'Per persoon is de score het gemiddelde van de antwoorden van 1 tot 5. ‘Weet ik niet’ telt niet mee, en een vraag die andersom is gesteld telt als 6 min het antwoord. Iemand telt alleen mee als die minstens de helft van de vragen met 1 tot 5 heeft beantwoord.',
  en: 'Per person, the score is the mean of the answers from 1 to 5. ‘Don’t know’ does not count, and a question worded the other way round counts as 6 minus the answer. A person only counts if they answered at least half of the questions with 1 to 5.',
};

const scales: InstrumentScale[] = [
  {
    key: 'knowledge',
    title: { nl: 'Kennis', en: 'Knowledge' },
    description: {
      nl: 'Wat je weet over ervaringskennis en ervaringsdeskundigheid. Een hoge score betekent: je weet er veel van.',
      en: 'What you know about experiential knowledge and experiential expertise. A high score means: you know a lot about it.',
    },
    stepKey: 'exploration',
    scoring: meanScoring,
  },
  {
    key: 'appreciation',
    title: { nl: 'Waardering', en: 'Appreciation' },
    description: {
      nl: 'Hoe je kijkt naar ervaringskennis als derde bron van kennis, naast kennis uit onderzoek en uit de praktijk. Een hoge score betekent: je vindt ervaringskennis waardevol.',
      en: 'How you see experiential knowledge as a third source of knowledge, beside knowledge from research and from practice. A high score means: you value experiential knowledge.',
    },
    stepKey: 'supportAndVision',
    scoring: meanScoring,
  },
  {
    key: 'climate',
    title: { nl: 'Veilig klimaat', en: 'Safe climate' },
    description: {
      nl: 'Of je je veilig voelt om over eigen ervaringen te praten, en of er steun en ruimte is. Dat noemen we een trauma-sensitief klimaat. Een hoge score betekent: het klimaat is veilig.',
      en: 'Whether you feel safe to talk about your own experiences, and whether there is support and room to do so. We call this a trauma-sensitive climate. A high score means: the climate is safe.',
    },
    stepKey: 'professionalDevelopment',
    scoring: meanScoring,
  },
  {
    key: 'deployment',
    title: { nl: 'Huidige inzet', en: 'Current deployment' },
    description: {
      nl: 'Hoe ervaringskennis en ervaringsdeskundigheid nu al worden ingezet in je team. Een hoge score betekent: ze worden al vaak en duidelijk ingezet.',
      en: 'How experiential knowledge and experiential expertise are used in your team today. A high score means: they are already used often and clearly.',
    },
    stepKey: 'scoping',
    scoring: meanScoring,
  },
  {
    key: 'needs',
    title: { nl: 'Wat je nodig hebt', en: 'What you need' },
    description: {
      nl: 'Wat je nodig hebt om ervaringskennis goed in te zetten: training, tijd, intervisie of supervisie. Een hoge score betekent: je hebt meer nodig dan je nu krijgt.',
      en: 'What you need to use experiential knowledge well: training, time, peer consultation or supervision. A high score means: you need more than you get now.',
    },
    stepKey: 'professionalDevelopment',
    scoring: meanScoring,
  },
  {
    key: 'selfAssessment',
    title: { nl: 'Zelfevaluatie per stap', en: 'Self-assessment per step' },
    description: {
      nl: 'Hoe ver de organisatie is met elke stap van het afwegingskader, volgens management en bestuur. Een hoge score betekent: de stap is goed gezet.',
      en: 'How far the organisation has come with each step of the assessment framework, according to management and the board. A high score means: the step is well under way.',
    },
    stepKey: 'exploration',
    scoring: {
      nl: 'Per persoon is de score het gemiddelde van de antwoorden van 1 tot 5 op de zes stappen. ‘Weet ik niet’ telt niet mee. Iemand telt alleen mee als die minstens de helft van de stappen met 1 tot 5 heeft beantwoord.',
      en: 'Per person, the score is the mean of the answers from 1 to 5 on the six steps. ‘Don’t know’ does not count. A person only counts if they answered at least half of the steps with 1 to 5.',
    },
  },
];

const items: InstrumentItem[] = [
  // Kennis
  {
    key: 'knowledgeDifference',
    scaleKey: 'knowledge',
    kind: 'likert',
    text: {
      nl: 'Ik weet wat het verschil is tussen ervaringskennis en ervaringsdeskundigheid.',
      en: 'I know the difference between experiential knowledge and experiential expertise.',
    },
    perspectives: [...everyone],
    stepKey: 'exploration',
  },
  {
    key: 'knowledgeHardToExplain',
    scaleKey: 'knowledge',
    kind: 'likert',
    reverse: true,
    text: {
      nl: 'Ik vind het moeilijk om uit te leggen wat een ervaringsdeskundige doet.',
      en: 'I find it hard to explain what an experiential expert does.',
    },
    perspectives: [...everyone],
    stepKey: 'exploration',
  },
  {
    key: 'knowledgeRoles',
    scaleKey: 'knowledge',
    kind: 'likert',
    text: {
      nl: 'Ik weet welke rollen een ervaringsdeskundige kan hebben, zoals maatje of herstelcoach.',
      en: 'I know which roles an experiential expert can have, such as buddy or recovery coach.',
    },
    perspectives: [...everyone],
    stepKey: 'scoping',
  },
  {
    key: 'knowledgeOwnExperience',
    scaleKey: 'knowledge',
    kind: 'likert',
    text: {
      nl: 'Ik weet hoe mijn eigen ervaringen een rol spelen in mijn werk.',
      en: 'I know how my own experiences play a part in my work.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'knowledgeTraining',
    scaleKey: 'knowledge',
    kind: 'likert',
    text: {
      nl: 'Ik weet welke opleidingen er zijn om ervaringsdeskundige te worden.',
      en: 'I know which courses there are to become an experiential expert.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'knowledgeRegistration',
    scaleKey: 'knowledge',
    kind: 'likert',
    text: {
      nl: 'Ik weet wat registratie bij Registerplein betekent voor een ervaringsdeskundige.',
      en: 'I know what registration with Registerplein means for an experiential expert.',
    },
    perspectives: ['expert', ...leadership],
    stepKey: 'embedding',
  },

  // Waardering
  {
    key: 'appreciationThirdSource',
    scaleKey: 'appreciation',
    kind: 'likert',
    text: {
      nl: 'Kennis uit ervaring is voor mij even waardevol als kennis uit onderzoek of uit de praktijk.',
      en: 'To me, knowledge from lived experience is as valuable as knowledge from research or from practice.',
    },
    perspectives: [...everyone],
    stepKey: 'supportAndVision',
  },
  {
    key: 'appreciationBetterCare',
    scaleKey: 'appreciation',
    kind: 'likert',
    text: {
      nl: 'De hulp aan cliënten wordt beter als medewerkers hun ervaringskennis goed inzetten.',
      en: 'Care for clients gets better when staff use their experiential knowledge well.',
    },
    perspectives: [...everyone],
    stepKey: 'supportAndVision',
  },
  {
    key: 'appreciationNoPlace',
    scaleKey: 'appreciation',
    kind: 'likert',
    reverse: true,
    text: {
      nl: 'Eigen ervaringen horen niet thuis in professioneel werk.',
      en: 'Personal experiences have no place in professional work.',
    },
    perspectives: [...everyone],
    stepKey: 'supportAndVision',
  },
  {
    key: 'appreciationTeamListens',
    scaleKey: 'appreciation',
    kind: 'likert',
    text: {
      nl: 'In mijn team luisteren we serieus naar wat ervaringsdeskundigen inbrengen.',
      en: 'In my team we take what experiential experts contribute seriously.',
    },
    perspectives: [...everyone],
    stepKey: 'supportAndVision',
  },
  {
    key: 'appreciationLeadership',
    scaleKey: 'appreciation',
    kind: 'likert',
    text: {
      nl: 'De leiding van de organisatie laat zien dat ervaringskennis telt.',
      en: 'The organisation’s leadership shows that experiential knowledge counts.',
    },
    perspectives: [...everyone],
    stepKey: 'supportAndVision',
  },
  {
    key: 'appreciationPolicy',
    scaleKey: 'appreciation',
    kind: 'likert',
    text: {
      nl: 'Als we beleid maken, vragen we ook naar de kennis van mensen met ervaring.',
      en: 'When we make policy, we also ask for the knowledge of people with lived experience.',
    },
    perspectives: [...leadership],
    stepKey: 'supportAndVision',
  },

  // Veilig klimaat
  {
    key: 'climateSafeToTalk',
    scaleKey: 'climate',
    kind: 'likert',
    text: {
      nl: 'In mijn team kan ik veilig over mijn eigen ervaringen praten, als ik dat wil.',
      en: 'In my team I can safely talk about my own experiences, if I want to.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'climateFearOfJudgement',
    scaleKey: 'climate',
    kind: 'likert',
    reverse: true,
    text: {
      nl: 'Ik ben bang dat collega’s anders over mij gaan denken als ik over mijn eigen ervaringen vertel.',
      en: 'I am afraid colleagues will think differently of me if I talk about my own experiences.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'climateNoPressure',
    scaleKey: 'climate',
    kind: 'likert',
    text: {
      nl: 'In mijn team hoef je niet over je eigen ervaringen te vertellen als je dat niet wilt.',
      en: 'In my team you do not have to talk about your own experiences if you do not want to.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'climateSupport',
    scaleKey: 'climate',
    kind: 'likert',
    text: {
      nl: 'Als het werk mij raakt door wat ik zelf heb meegemaakt, kan ik dat met iemand bespreken.',
      en: 'When the work affects me because of what I went through myself, I can talk it over with someone.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'climateTimeToReflect',
    scaleKey: 'climate',
    kind: 'likert',
    text: {
      nl: 'In mijn team is er tijd om stil te staan bij wat het werk met je doet.',
      en: 'In my team there is time to reflect on what the work does to you.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'climateRespect',
    scaleKey: 'climate',
    kind: 'likert',
    text: {
      nl: 'Mijn leidinggevende reageert met respect als iemand over eigen ervaringen vertelt.',
      en: 'My manager responds with respect when someone talks about their own experiences.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },

  // Huidige inzet
  {
    key: 'deploymentExperts',
    scaleKey: 'deployment',
    kind: 'likert',
    text: {
      nl: 'In mijn team werken we samen met ervaringsdeskundigen.',
      en: 'In my team we work together with experiential experts.',
    },
    perspectives: [...everyone],
    stepKey: 'exploration',
  },
  {
    key: 'deploymentColleagues',
    scaleKey: 'deployment',
    kind: 'likert',
    text: {
      nl: 'Collega’s in mijn team gebruiken hun ervaringskennis in het werk met cliënten.',
      en: 'Colleagues in my team use their experiential knowledge in their work with clients.',
    },
    perspectives: [...everyone],
    stepKey: 'exploration',
  },
  {
    key: 'deploymentClearTasks',
    scaleKey: 'deployment',
    kind: 'likert',
    text: {
      nl: 'Het is duidelijk wat de taken en verantwoordelijkheden van ervaringsdeskundigen zijn.',
      en: 'It is clear what the tasks and responsibilities of experiential experts are.',
    },
    perspectives: [...everyone],
    stepKey: 'scoping',
  },
  {
    key: 'deploymentAllPhases',
    scaleKey: 'deployment',
    kind: 'likert',
    text: {
      nl: 'Ervaringsdeskundigen doen mee in alle fasen van de hulp: bij veiligheid, bij risicogestuurde zorg en bij herstel.',
      en: 'Experiential experts take part in every phase of care: safety, risk-driven care and recovery.',
    },
    perspectives: [...everyone],
    stepKey: 'scoping',
  },
  {
    key: 'deploymentRoomForExpertise',
    scaleKey: 'deployment',
    kind: 'likert',
    text: {
      nl: 'Ik krijg genoeg ruimte om mijn ervaringsdeskundigheid in mijn werk in te zetten.',
      en: 'I get enough room to use my experiential expertise in my work.',
    },
    perspectives: ['expert'],
    stepKey: 'scoping',
  },
  {
    key: 'deploymentStructuralFunding',
    scaleKey: 'deployment',
    kind: 'likert',
    text: {
      nl: 'Ervaringsdeskundigheid wordt bij ons betaald uit vast geld, niet alleen uit projectgeld.',
      en: 'Experiential expertise is paid from our structural budget, not only from project money.',
    },
    perspectives: [...leadership],
    stepKey: 'embedding',
  },

  // Wat je nodig hebt (een hoge score: meer nodig)
  {
    key: 'needsLearning',
    scaleKey: 'needs',
    kind: 'likert',
    text: {
      nl: 'Ik wil meer leren over het inzetten van ervaringskennis in het werk.',
      en: 'I want to learn more about using experiential knowledge in the work.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'needsEnoughTime',
    scaleKey: 'needs',
    kind: 'likert',
    reverse: true,
    text: {
      nl: 'Ik heb genoeg tijd om in mijn werk aandacht te geven aan ervaringskennis.',
      en: 'I have enough time in my work to pay attention to experiential knowledge.',
    },
    perspectives: [...everyone],
    stepKey: 'investment',
  },
  {
    key: 'needsIntervision',
    scaleKey: 'needs',
    kind: 'likert',
    text: {
      nl: 'Ik heb behoefte aan intervisie of supervisie over het inzetten van eigen ervaringen.',
      en: 'I would like peer consultation or supervision on using personal experiences.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'needsAwareness',
    scaleKey: 'needs',
    kind: 'likert',
    text: {
      nl: 'Ik wil hulp bij het ontdekken welke rol mijn eigen ervaringen spelen in mijn werk.',
      en: 'I would like help in finding out what part my own experiences play in my work.',
    },
    perspectives: [...everyone],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'needsNetwork',
    scaleKey: 'needs',
    kind: 'likert',
    text: {
      nl: 'Ik heb behoefte aan contact met andere organisaties over ervaringsdeskundigheid, bijvoorbeeld in het kennisnetwerk van Valente.',
      en: 'I would like contact with other organisations about experiential expertise, for example in Valente’s knowledge network.',
    },
    perspectives: [...leadership],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'needsLeadershipTraining',
    scaleKey: 'needs',
    kind: 'likert',
    text: {
      nl: 'Ik heb behoefte aan een training over ervaringsdeskundigheid voor MT en bestuur.',
      en: 'I would like a training on experiential expertise for the management team and the board.',
    },
    perspectives: ['management'],
    stepKey: 'supportAndVision',
  },

  // Zelfevaluatie per stap: alleen management en bestuur
  {
    key: 'selfAssessmentExploration',
    scaleKey: 'selfAssessment',
    kind: 'likert',
    text: {
      nl: 'Stap 1, verkenning: we weten hoe het nu staat met ervaringskennis in onze organisatie, en wat teams nodig hebben.',
      en: 'Step 1, exploration: we know where our organisation stands with experiential knowledge, and what teams need.',
    },
    perspectives: ['management'],
    stepKey: 'exploration',
  },
  {
    key: 'selfAssessmentSupportAndVision',
    scaleKey: 'selfAssessment',
    kind: 'likert',
    text: {
      nl: 'Stap 2, draagvlak en visie: we hebben een visie op ervaringsdeskundigheid waar veel mensen achter staan.',
      en: 'Step 2, support and vision: we have a vision on experiential expertise that many people stand behind.',
    },
    perspectives: ['management'],
    stepKey: 'supportAndVision',
  },
  {
    key: 'selfAssessmentInvestment',
    scaleKey: 'selfAssessment',
    kind: 'likert',
    text: {
      nl: 'Stap 3, investering: iemand is aangesteld voor ervaringsdeskundigheid, en er zijn geld en tijd voor.',
      en: 'Step 3, investment: someone has been appointed for experiential expertise, and there is money and time for it.',
    },
    perspectives: ['management'],
    stepKey: 'investment',
  },
  {
    key: 'selfAssessmentScoping',
    scaleKey: 'selfAssessment',
    kind: 'likert',
    text: {
      nl: 'Stap 4, afbakening: de taken, verantwoordelijkheden en eisen voor ervaringsdeskundigen zijn vastgelegd.',
      en: 'Step 4, scoping: the tasks, responsibilities and requirements for experiential experts are set down.',
    },
    perspectives: ['management'],
    stepKey: 'scoping',
  },
  {
    key: 'selfAssessmentProfessionalDevelopment',
    scaleKey: 'selfAssessment',
    kind: 'likert',
    text: {
      nl: 'Stap 5, deskundigheidsbevordering: er zijn training, intervisie of supervisie, en een veilig klimaat om over eigen ervaringen te praten.',
      en: 'Step 5, professional development: there is training, peer consultation or supervision, and a safe climate to talk about personal experiences.',
    },
    perspectives: ['management'],
    stepKey: 'professionalDevelopment',
  },
  {
    key: 'selfAssessmentEmbedding',
    scaleKey: 'selfAssessment',
    kind: 'likert',
    text: {
      nl: 'Stap 6, borging: ervaringsdeskundigheid heeft vast geld en een vaste plek in het functiehuis.',
      en: 'Step 6, embedding: experiential expertise has structural funding and a permanent place in the job structure.',
    },
    perspectives: ['management'],
    stepKey: 'embedding',
  },

  // Gevoelige vragen: altijd over te slaan, altijd met ‘zeg ik liever niet’
  {
    key: 'ownExperienceDomesticViolence',
    scaleKey: 'climate',
    kind: 'sensitive',
    text: {
      nl: 'Heb je zelf ervaring met huiselijk geweld? Je mag deze vraag overslaan.',
      en: 'Do you have personal experience of domestic violence? You may skip this question.',
    },
    options: [
      { key: 'yes', label: { nl: 'Ja', en: 'Yes' } },
      { key: 'no', label: { nl: 'Nee', en: 'No' } },
      { key: 'preferNotToSay', label: { nl: 'Zeg ik liever niet', en: 'I’d rather not say' } },
    ],
    perspectives: [...everyone],
    stepKey: 'exploration',
  },
  {
    key: 'wishToUseOwnExperience',
    scaleKey: 'needs',
    kind: 'sensitive',
    text: {
      nl: 'Zou je je eigen ervaringen in je werk willen inzetten? Je mag deze vraag overslaan.',
      en: 'Would you like to use your own experiences in your work? You may skip this question.',
    },
    options: [
      { key: 'yes', label: { nl: 'Ja', en: 'Yes' } },
      { key: 'maybe', label: { nl: 'Misschien', en: 'Maybe' } },
      { key: 'no', label: { nl: 'Nee', en: 'No' } },
      { key: 'preferNotToSay', label: { nl: 'Zeg ik liever niet', en: 'I’d rather not say' } },
    ],
    // Experts already do; the question is for everyone else.
    perspectives: ['staff', ...leadership],
    stepKey: 'professionalDevelopment',
  },

  // Open vragen
  {
    key: 'openWhatHelps',
    scaleKey: 'deployment',
    kind: 'open',
    text: {
      nl: 'Wat helpt in jouw team om ervaringskennis te gebruiken? Schrijf geen namen op.',
      en: 'What helps your team to use experiential knowledge? Please do not write any names.',
    },
    maxLength: 2000,
    perspectives: [...everyone],
    stepKey: 'exploration',
  },
  {
    key: 'openWhatHinders',
    scaleKey: 'deployment',
    kind: 'open',
    text: {
      nl: 'Wat staat het gebruik van ervaringskennis in jouw team in de weg? Schrijf geen namen op.',
      en: 'What stands in the way of using experiential knowledge in your team? Please do not write any names.',
    },
    maxLength: 2000,
    perspectives: [...everyone],
    stepKey: 'exploration',
  },
  {
    key: 'openWhatYouNeed',
    scaleKey: 'needs',
    kind: 'open',
    text: {
      nl: 'Wat heb je nodig om ervaringskennis (beter) te kunnen inzetten? Schrijf geen namen op.',
      en: 'What do you need to be able to use experiential knowledge (better)? Please do not write any names.',
    },
    maxLength: 2000,
    perspectives: [...everyone],
    stepKey: 'exploration',
  },
];

export const instrumentV1: InstrumentContent = {
  title: {
    nl: 'Meting ervaringskennis en ervaringsdeskundigheid',
    en: 'Survey on experiential knowledge and experiential expertise',
  },
  intro: {
    nl: [
      'Deze vragenlijst gaat over ervaringskennis en ervaringsdeskundigheid in je organisatie. Er zijn geen goede of foute antwoorden. Weet je iets niet? Kies dan ‘weet ik niet’.',
      'Wat we bewaren: alleen je antwoorden en de groep waarvoor je link is, versleuteld. We bewaren geen naam, geen e-mailadres, geen IP-adres en geen tijdstip. Als de meting sluit, zetten we alle antwoorden in willekeurige volgorde. We bewaren dus niets waarmee we je antwoorden aan jou kunnen koppelen.',
      'Wie wat ziet: niemand ziet de antwoorden van één persoon. Uitkomsten zijn pas te zien als de meting is gesloten, en alleen per groep van minstens 5 mensen. Gevoelige vragen laten we alleen zien voor de hele organisatie, vanaf 10 antwoorden, en alleen als schatting. Open antwoorden laten we door elkaar zien, zonder groep en zonder datum, vanaf 10 antwoorden.',
      'Gevoelige vragen mag je altijd overslaan, zoals de vraag over je eigen ervaring met huiselijk geweld. Je kunt ook kiezen voor ‘zeg ik liever niet’.',
      'Schrijf in de open vragen geen namen, en niets waaraan iemand te herkennen is.',
    ].join('\n\n'),
    en: [
      'This survey is about experiential knowledge and experiential expertise in your organisation. There are no right or wrong answers. If you do not know something, choose ‘don’t know’.',
      'What we store: only your answers and the group your link is for, encrypted. We do not store your name, your e-mail address, your IP address or any time. When the survey closes, we put all answers in random order. So we store nothing that links your answers to you.',
      'Who sees what: nobody sees the answers of one person. Results are only shown after the survey has closed, and only for groups of at least 5 people. Sensitive questions are shown only for the whole organisation, from 10 answers, and only as an estimate. Open answers are shown in random order, without group or date, from 10 answers.',
      'You may always skip sensitive questions, such as the question about your own experience of domestic violence. You can also choose ‘I’d rather not say’.',
      'Do not write names in the open questions, or anything else that could identify someone.',
    ].join('\n\n'),
  },
  perspectives: [
    { key: 'staff', title: { nl: 'Medewerkers', en: 'Staff' } },
    { key: 'expert', title: { nl: 'Ervaringsdeskundigen', en: 'Experiential experts' } },
    { key: 'management', title: { nl: 'Management en bestuur', en: 'Management and board' } },
    {
      key: 'coordinator',
      title: { nl: 'Coördinator ervaringsdeskundigheid', en: 'Coordinator of experiential expertise' },
    },
  ],
  likertLabels: {
    1: { nl: 'Helemaal mee oneens', en: 'Strongly disagree' },
    2: { nl: 'Mee oneens', en: 'Disagree' },
    3: { nl: 'Niet eens, niet oneens', en: 'Neither agree nor disagree' },
    4: { nl: 'Mee eens', en: 'Agree' },
    5: { nl: 'Helemaal mee eens', en: 'Strongly agree' },
    dontKnow: { nl: 'Weet ik niet', en: 'Don’t know' },
  },
  scales,
  items,
};
