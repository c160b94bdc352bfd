import type { FrameworkContent } from '../schema.ts';

/**
 * Version 1 of the framework content: the sector guide "Handreiking inzet ervaringskennis en
 * ervaringsdeskundigheid binnen de vrouwenopvang" (Valente, 3 januari 2025), in our own words.
 * Names of steps, values, roles, phases and activities are the guide's own terms; explanations are
 * short Dutch (B1, addressing the reader as "je") with an English translation.
 * A published version never changes: write a new version file instead. Two exceptions, each marked
 * where it is: metadata that adds no words (`optional` on items), and one mistranslation corrected.
 */
export const frameworkV1: FrameworkContent = {
  title: {
    nl: 'Handreiking inzet ervaringskennis en ervaringsdeskundigheid binnen de vrouwenopvang',
    en: 'Guide to using experiential knowledge and experiential expertise in women’s shelters',
  },
  mission: {
    nl: 'Valente wil dat ervaringsdeskundigheid in 2030 een volwaardig vak is in de hulp, in methodische zelfhulp en bij het maken van beleid. Ervaringskennis is dan te vinden op elk niveau van de organisatie, in de breedte en van onder tot boven. Zo telt ervaring mee als derde bron van kennis, naast wetenschap en praktijk.',
    en: 'Valente wants experiential expertise to be a full professional role by 2030: in care, in methodical self-help and in making policy. Experiential knowledge is then present at every level of the organisation, across and from bottom to top. Lived experience then counts as a third source of knowledge, beside science and practice.',
  },
  concepts: [
    {
      key: 'experientialKnowledge',
      title: { nl: 'Ervaringskennis', en: 'Experiential knowledge' },
      text: {
        nl: 'Kennis die je haalt uit je eigen leven. Je kijkt terug op wat je hebt meegemaakt en leert daarvan. Iedere medewerker kan ervaringskennis hebben.',
        en: 'Knowledge you draw from your own life. You look back on what you went through and learn from it. Every staff member can have experiential knowledge.',
      },
    },
    {
      key: 'expertise',
      title: { nl: 'Ervaringsdeskundigheid', en: 'Experiential expertise' },
      text: {
        nl: 'Ervaringskennis die je door een opleiding professioneel leert inzetten. Het vak rust op eigen en gedeelde ervaring met ontwrichting en uitsluiting, en op steun aan elkaar.',
        en: 'Experiential knowledge that you learn to use professionally through training. The profession rests on personal and shared experience of disruption and exclusion, and on mutual support.',
      },
    },
    {
      key: 'thirdSource',
      title: { nl: 'Derde bron van kennis', en: 'Third source of knowledge' },
      text: {
        nl: 'Ervaring is een eigen bron van kennis. Ze is even waardevol als kennis uit onderzoek en kennis uit de praktijk.',
        en: 'Lived experience is a source of knowledge in its own right. It is as valuable as knowledge from research and knowledge from practice.',
      },
    },
    {
      key: 'codeOfConduct',
      title: { nl: 'Beroepscode', en: 'Code of conduct' },
      text: {
        nl: 'De afspraken over goed en eerlijk werken als ervaringsdeskundige. De Vereniging van Ervaringsdeskundigen heeft de code opgesteld. Hij geldt voor geregistreerde ervaringsdeskundigen.',
        en: 'The agreements on working well and fairly as an experiential expert. The Dutch association of experiential experts drew up the code. It applies to registered experiential experts.',
      },
    },
    {
      key: 'competenceProfile',
      title: { nl: 'Beroepscompetentieprofiel', en: 'Competence profile' },
      text: {
        nl: 'Beschrijft het vak van ervaringsdeskundige: de rollen, de taken, de beroepswaarden en de vier kerntaken. De beroepscode bouwt erop voort.',
        en: 'Describes the profession of experiential expert: its roles, tasks, professional values and four core tasks. The code of conduct builds on it.',
      },
    },
  ],
  values: [
    {
      key: 'equality',
      title: { nl: 'Gelijkwaardigheid', en: 'Equality' },
      text: {
        nl: 'Je maakt gelijkwaardig contact mogelijk. Je staat naast de ander, niet erboven.',
        en: 'You make contact on an equal footing possible. You stand beside the other person, not above them.',
      },
    },
    {
      key: 'reciprocity',
      title: { nl: 'Wederkerigheid', en: 'Reciprocity' },
      text: {
        nl: 'Je zorgt dat het contact van twee kanten komt. Allebei geef je en ontvang je.',
        en: 'You make sure the contact goes both ways. Both of you give and receive.',
      },
    },
    {
      key: 'inclusivity',
      title: { nl: 'Inclusiviteit', en: 'Inclusivity' },
      text: {
        nl: 'Je zorgt dat iedereen mee kan doen. Ook mensen die vaak buiten de boot vallen.',
        en: 'You make sure everyone can take part, including people who are often left out.',
      },
    },
    {
      key: 'solidarity',
      title: { nl: 'Solidariteit', en: 'Solidarity' },
      text: {
        nl: 'Je laat merken dat je je verbonden voelt met mensen die iets ontwrichtends meemaken. Jullie steunen elkaar.',
        en: 'You show that you feel connected to people who go through something disruptive. You support each other.',
      },
    },
    {
      key: 'diversity',
      title: { nl: 'Diversiteit', en: 'Diversity' },
      text: {
        nl: 'Je beseft dat ieder mens en iedere ervaring anders is. Jouw verhaal is niet het verhaal van een ander.',
        en: 'You realise that every person and every experience is different. Your story is not someone else’s story.',
      },
    },
    {
      key: 'integrity',
      title: { nl: 'Integriteit', en: 'Integrity' },
      text: {
        nl: 'Je houdt je aan afspraken en aan de beroepscode. Je bent eerlijk en betrouwbaar.',
        en: 'You keep to agreements and to the code of conduct. You are honest and reliable.',
      },
    },
    {
      key: 'respect',
      title: { nl: 'Respect', en: 'Respect' },
      text: {
        nl: 'Je neemt de keuzes, grenzen en het tempo van de ander serieus.',
        en: 'You take the other person’s choices, limits and pace seriously.',
      },
    },
    {
      key: 'competentPractice',
      title: { nl: 'Deskundig handelen', en: 'Acting with expertise' },
      text: {
        nl: 'Je zet je ervaring bewust en met kennis van zaken in. Je weet wanneer je iets deelt en waarom.',
        en: 'You use your experience deliberately and with know-how. You know when to share something and why.',
      },
    },
  ],
  pillars: [
    {
      key: 'methodicalSelfHelp',
      title: { nl: 'Methodische zelfhulp', en: 'Methodical self-help' },
      text: {
        nl: 'Mensen helpen zichzelf en elkaar, met een vaste aanpak. De ervaring van lotgenoten is daarbij de basis.',
        en: 'People help themselves and each other, following a set approach. The experience of peers is the basis.',
      },
    },
    {
      key: 'emancipation',
      title: { nl: 'Emancipatie', en: 'Emancipation' },
      text: {
        nl: 'Mensen krijgen weer grip op hun leven en een eerlijke plek in de samenleving. Ervaringsdeskundigen komen daarom ook op voor verandering in zorg en beleid.',
        en: 'People regain control of their lives and a fair place in society. That is why experiential experts also speak up for change in care and policy.',
      },
    },
  ],
  model: {
    text: {
      nl: 'Ervaring wordt ervaringskennis, en ervaringskennis wordt ervaringsdeskundigheid. Dat proces stopt nooit: het is een cirkel. Nieuwe ervaringen maken je kennis en deskundigheid steeds rijker.',
      en: 'Experience becomes experiential knowledge, and experiential knowledge becomes experiential expertise. The process never stops: it is a circle. New experiences keep enriching your knowledge and expertise.',
    },
    stages: [
      {
        key: 'experience',
        title: { nl: 'Ervaring', en: 'Experience' },
        text: {
          nl: 'Wat je in je leven meemaakt, zoals verlies, pijn, vreugde en succes.',
          en: 'What you go through in life, such as loss, pain, joy and success.',
        },
      },
      {
        key: 'experientialKnowledge',
        title: { nl: 'Ervaringskennis', en: 'Experiential knowledge' },
        text: {
          nl: 'Je denkt na over wat je hebt meegemaakt en leert ervan. Zo wordt een ervaring kennis.',
          en: 'You reflect on what you went through and learn from it. That is how an experience becomes knowledge.',
        },
      },
      {
        key: 'expertise',
        title: { nl: 'Ervaringsdeskundigheid', en: 'Experiential expertise' },
        text: {
          nl: 'Je leert je ervaringskennis bewust en professioneel in te zetten voor anderen, meestal met een opleiding.',
          en: 'You learn to use your experiential knowledge deliberately and professionally for others, usually through training.',
        },
      },
    ],
  },
  phases: [
    {
      key: 'safety',
      number: 1,
      title: { nl: 'Samenwerken voor veiligheid', en: 'Working together for safety' },
      text: {
        nl: 'In de eerste fase maak je samen met de cliënt een veiligheidsplan. Dat plan loopt door in alle fasen en blijft de basis van de hulp.',
        en: 'In the first phase you draw up a safety plan together with the client. That plan continues through all phases and stays the basis of the support.',
      },
      contributions: [
        {
          nl: 'Een brug slaan tussen de hulpverlening en de cliënt en haar of zijn omgeving.',
          en: 'Building a bridge between care services and the client and their social network.',
        },
        {
          nl: 'Mensen bereiken die anders buiten beeld blijven, zoals plegers en mensen die zorg mijden.',
          en: 'Reaching people who would otherwise stay out of sight, such as perpetrators and people who avoid care.',
        },
        {
          nl: '(Ex-)partners en plegers vroeg betrekken, zodat de spanning daalt en het hele systeem hulp kan krijgen.',
          en: 'Involving (ex-)partners and perpetrators early, so tension drops and the whole family system can get help.',
        },
        {
          nl: 'Begrijpen zonder veel uitleg. Dat geeft rust als je samen kijkt hoe veilig iemand is.',
          en: 'Understanding without much explanation. That brings calm when you look together at how safe someone is.',
        },
        {
          nl: 'Een rolmodel zijn dat hoop geeft.',
          en: 'Being a role model who gives hope.',
        },
      ],
    },
    {
      key: 'riskManagement',
      number: 2,
      title: { nl: 'Samenwerken voor risicogestuurde zorg', en: 'Working together for risk-driven care' },
      text: {
        // Corrected after publication: "werk je aan kleinere risico’s" read as "the smaller risks";
        // the guide means making the risks smaller. The one change of words in v1, for its meaning.
        nl: 'In de tweede fase maak je de risico’s kleiner, zodat het geweld niet terugkomt. Het veiligheidsplan loopt daarbij door.',
        en: 'In the second phase you work on reducing risks, so the violence does not come back. The safety plan continues alongside.',
      },
      contributions: [
        {
          nl: 'De cliënt helpen om over schaamte te praten en familie of vrienden in te lichten.',
          en: 'Helping the client talk about shame and tell family or friends.',
        },
        {
          nl: 'Samen met lotgenoten ontdekken wat helpt om de spiraal van geweld te doorbreken en waar je steun kunt vinden.',
          en: 'Discovering together with peers what helps to break the spiral of violence and where to find support.',
        },
        {
          nl: 'Valkuilen en bekende patronen herkennen, zodat nieuwe risico’s en onveilige relaties minder kans krijgen.',
          en: 'Recognising pitfalls and common patterns, so new risks and unsafe relationships get less of a chance.',
        },
        {
          nl: 'Ook kinderen en (ex-)partners helpen om over hun ervaringen te praten en om hulp te vragen.',
          en: 'Helping children and (ex-)partners too to talk about their experiences and to ask for help.',
        },
      ],
    },
    {
      key: 'recovery',
      number: 3,
      title: {
        nl: 'Samenwerken voor herstelgerichte zorg (volwassenen en kinderen)',
        en: 'Working together for recovery-oriented care (adults and children)',
      },
      text: {
        nl: 'In de laatste fase maak je de veiligheid blijvend en staat herstel centraal, voor volwassenen en voor kinderen. Ook hier loopt het veiligheidsplan door.',
        en: 'In the last phase you make safety last and recovery comes first, for adults and for children. The safety plan continues here too.',
      },
      contributions: [
        {
          nl: 'Contact op gelijke voet en een voorbeeld van herstel.',
          en: 'Contact on an equal footing and an example of recovery.',
        },
        {
          nl: 'De cliënt helpen nieuwe rollen te vinden, bijvoorbeeld als vrijwilliger, en daar zin en kracht uit te halen.',
          en: 'Helping the client find new roles, for example as a volunteer, and draw meaning and strength from them.',
        },
        {
          nl: 'Laten zien dat het geweld bij je verleden hoort, maar niet bepaalt wie je bent.',
          en: 'Showing that the violence belongs to your past, but does not define who you are.',
        },
        {
          nl: 'Cliënten sterker maken in hun eigen kwaliteiten en vaardigheden (empowerment).',
          en: 'Strengthening clients in their own qualities and skills (empowerment).',
        },
        {
          nl: 'Herstelgroepen en andere groepsactiviteiten leiden.',
          en: 'Leading recovery groups and other group activities.',
        },
      ],
    },
  ],
  levels: [
    { key: 'practice', title: { nl: 'Uitvoering', en: 'Practice' } },
    { key: 'team', title: { nl: 'Team', en: 'Team' } },
    { key: 'management', title: { nl: 'Management', en: 'Management' } },
    { key: 'board', title: { nl: 'Bestuur', en: 'Board' } },
    { key: 'policy', title: { nl: 'Beleid', en: 'Policy' } },
  ],
  roles: [
    {
      key: 'buddy',
      title: { nl: 'Maatje', en: 'Buddy' },
      text: {
        nl: 'Een ervaringsdeskundige die als vertrouwd persoon naast de cliënt staat. Het contact is gelijkwaardig en persoonlijk.',
        en: 'An experiential expert who stands beside the client as a trusted person. The contact is equal and personal.',
      },
    },
    {
      key: 'recoveryCoach',
      title: { nl: 'Herstelcoach', en: 'Recovery coach' },
      text: {
        nl: 'Helpt de cliënt op weg in het eigen herstel. Gebruikt daarbij de eigen ervaring met herstel.',
        en: 'Helps the client along their own path to recovery, drawing on their own experience of recovery.',
      },
    },
    {
      key: 'supportWorker',
      title: {
        nl: 'Begeleider met ervaringsdeskundigheid',
        en: 'Support worker with experiential expertise',
      },
      text: {
        nl: 'Een begeleider die bij het gewone werk ook bewust de eigen ervaringsdeskundigheid inzet.',
        en: 'A support worker who, in the regular work, also deliberately uses their own experiential expertise.',
      },
    },
    {
      key: 'policyRole',
      title: { nl: 'Beleidsfunctie', en: 'Policy role' },
      text: {
        nl: 'Een ervaringsdeskundige die meedenkt en meeschrijft aan beleid. Zo telt ervaring mee bij de keuzes van de organisatie.',
        en: 'An experiential expert who helps shape and write policy, so experience counts in the organisation’s choices.',
      },
    },
    {
      key: 'trainer',
      title: { nl: 'Trainer of cursusleider', en: 'Trainer or course leader' },
      text: {
        nl: 'Geeft trainingen en cursussen. Door de eigen ervaring wordt de stof echt en herkenbaar.',
        en: 'Gives trainings and courses. Their own experience makes the material real and recognisable.',
      },
    },
    {
      key: 'caseConsultation',
      title: { nl: 'Inbreng bij casusbespreking', en: 'Input in case consultations' },
      text: {
        nl: 'Een ervaringsdeskundige praat mee als het team de situatie van een cliënt bespreekt. Zo komt het perspectief van de cliënt beter in beeld.',
        en: 'An experiential expert joins in when the team discusses a client’s situation, so the client’s perspective comes into view better.',
      },
    },
    {
      key: 'recoveryGroupLeader',
      title: { nl: 'Begeleider van een herstelgroep', en: 'Recovery group leader' },
      text: {
        nl: 'Leidt een groep waarin deelnemers samen aan hun herstel werken. Door de eigen herstelervaring sluit de begeleider goed aan bij de groep.',
        en: 'Leads a group in which participants work on their recovery together. Their own experience of recovery helps the leader connect with the group.',
      },
    },
  ],
  activities: [
    {
      key: 'recoveryGroups',
      title: { nl: 'Herstelgroepen', en: 'Recovery groups' },
      text: {
        nl: 'Groepen onder leiding van professionele ervaringsdeskundigen. De deelnemers werken samen aan hun herstel.',
        en: 'Groups led by professional experiential experts. Participants work on their recovery together.',
      },
      phases: ['recovery'],
    },
    {
      key: 'walkingGroups',
      title: { nl: 'Wandelgroepen', en: 'Walking groups' },
      text: {
        nl: 'Samen wandelen en praten. Een makkelijke manier om contact te maken en ervaringen te delen.',
        en: 'Walking and talking together. An easy way to make contact and share experiences.',
      },
      phases: ['recovery'],
    },
    {
      key: 'creativeActivities',
      title: { nl: 'Creatieve activiteiten', en: 'Creative activities' },
      text: {
        nl: 'Samen iets maken, zoals tekenen of schrijven. Zo kun je ervaringen op een andere manier uiten.',
        en: 'Making something together, such as drawing or writing. This gives you another way to express experiences.',
      },
      phases: ['recovery'],
    },
    {
      key: 'walkInHours',
      title: { nl: 'Inloopspreekuren', en: 'Walk-in hours' },
      text: {
        nl: 'Vaste tijden waarop je zonder afspraak kunt binnenlopen voor een gesprek met iemand met ervaringskennis.',
        en: 'Set times when you can drop in without an appointment to talk with someone who has experiential knowledge.',
      },
      phases: ['recovery'],
    },
    {
      key: 'trainings',
      title: { nl: 'Trainingen en cursussen', en: 'Trainings and courses' },
      text: {
        nl: 'Trainingen en cursussen over regie over je eigen leven en over persoonlijke groei, met inbreng van ervaringskennis.',
        en: 'Trainings and courses on taking charge of your own life and on personal growth, with input from experiential knowledge.',
      },
      phases: ['recovery'],
    },
    {
      key: 'buddyBehindTheFrontDoor',
      title: { nl: 'Maatje achter de voordeur', en: 'Maatje achter de voordeur' },
      text: {
        nl: 'Een project waarin maatjes hun ervaringskennis inzetten. De handreiking noemt het als goed voorbeeld.',
        en: 'A project (“buddy behind the front door”) in which buddies use their experiential knowledge. The guide names it as a good example.',
      },
      phases: ['recovery'],
    },
    {
      key: 'deNieuweToekomst',
      title: { nl: 'De Nieuwe Toekomst', en: 'De Nieuwe Toekomst' },
      text: {
        nl: 'Een project waarin ervaringskennis helpt bij herstel. De handreiking noemt het als goed voorbeeld.',
        en: 'A project (“The New Future”) in which experiential knowledge supports recovery. The guide names it as a good example.',
      },
      phases: ['recovery'],
    },
  ],
  steps: [
    {
      key: 'exploration',
      number: 1,
      title: { nl: 'Verkenning', en: 'Exploration' },
      summary: {
        nl: 'Je kijkt waar je organisatie nu staat en wat er nodig is.',
        en: 'You look at where your organisation stands now and what is needed.',
      },
      items: [
        {
          key: 'inventory',
          number: 1,
          title: { nl: 'Inventariseren', en: 'Take stock' },
          text: {
            nl: 'Breng in kaart wat je nodig hebt om met ervaringsdeskundigheid te beginnen of het te versterken. Hoe staat het er nu voor in je organisatie?',
            en: 'Map out what you need to start with experiential expertise or to strengthen it. What is the current situation in your organisation?',
          },
        },
        {
          key: 'baselineMeasurement',
          // Added after publication: metadata only, no words or keys change (see `optional` in schema.ts).
          optional: true,
          number: 2,
          title: { nl: '0-meting', en: 'Baseline measurement' },
          text: {
            nl: 'Denk na over een 0-meting. Dat kan met een vragenlijst, of met gesprekken in teams en met medewerkers. De GGZ-standaard heeft hiervoor een hulpmiddel: de Monitoring implementatie ervaringsdeskundigheid (MIE).',
            en: 'Consider a baseline measurement. You can use a questionnaire, or talk with teams and staff. The Dutch mental health care standard offers a tool for this: the Monitoring implementatie ervaringsdeskundigheid (MIE).',
          },
        },
        {
          key: 'teamKnowledgeAndNeeds',
          number: 3,
          title: { nl: 'Kennis en behoeften in teams', en: 'Knowledge and needs in teams' },
          text: {
            nl: 'Zoek uit wat teams al weten over ervaringskennis en ervaringsdeskundigheid, en waarom ze ermee willen werken. Vraag wat medewerkers nodig hebben om deze bron van kennis te gebruiken.',
            en: 'Find out what teams already know about experiential knowledge and expertise, and why they want to work with it. Ask what staff need to use this source of knowledge.',
          },
        },
      ],
    },
    {
      key: 'supportAndVision',
      number: 2,
      title: { nl: 'Draagvlak en visievorming', en: 'Support and vision' },
      summary: {
        nl: 'Je maakt samen een visie en zorgt dat bestuur en management erachter staan.',
        en: 'Together you form a vision and make sure the board and management stand behind it.',
      },
      items: [
        {
          key: 'vision',
          number: 1,
          title: { nl: 'Visie', en: 'Vision' },
          text: {
            nl: 'Schrijf samen een visie waar veel mensen achter staan: hoe kijkt je organisatie naar ervaringskennis, wat levert het op en waarvoor zet je het in? Op die visie bouw je beleid over aantallen, plekken, rollen en taken. Het lemniscaat van Movisie helpt je daarbij.',
            en: 'Write a vision together that many people support: how does your organisation see experiential knowledge, what does it bring and what is it for? On that vision you build policy on numbers, positions, roles and tasks. Movisie’s lemniscate helps you with this.',
          },
        },
        {
          key: 'managementTraining',
          // Added after publication: metadata only, no words or keys change (see `optional` in schema.ts).
          optional: true,
          number: 2,
          title: { nl: 'Training voor MT en bestuur', en: 'Training for management and board' },
          text: {
            nl: 'Zorg voor brede steun. Een training helpt MT en bestuur te begrijpen wat ervaringsdeskundigheid oplevert en hoe je het invoert. Dan kunnen zij ook zelf het goede voorbeeld geven door over eigen ervaringen te praten.',
            en: 'Build broad support. A training helps management and board understand what experiential expertise brings and how to introduce it. They can then also set an example by talking about their own experiences.',
          },
        },
      ],
    },
    {
      key: 'investment',
      number: 3,
      title: { nl: 'Investering', en: 'Investment' },
      summary: {
        nl: 'Je maakt mensen, geld en tijd vrij.',
        en: 'You set aside people, money and time.',
      },
      items: [
        {
          key: 'capacity',
          number: 1,
          title: { nl: 'Capaciteit', en: 'Capacity' },
          text: {
            nl: 'Wijs iemand aan die het onderwerp trekt. Wie dat is, hangt af van waar je staat. Is er nog geen visie? Kies een beleidsmedewerker. Zijn er keuzes gemaakt en is er een opdracht? Kies een projectleider. Zijn er al meerdere stappen gezet en wordt ervaringsdeskundigheid breed ingezet? Kies een coördinator die het proces bewaakt, begeleidt en stuurt.',
            en: 'Appoint someone to lead the topic. Who that is depends on where you stand. No vision yet? Choose a policy officer. Choices made and an assignment formulated? Choose a project leader. Several steps taken and experiential expertise used widely? Choose a coordinator who monitors, guides and steers the process.',
          },
        },
        {
          key: 'fundsAndTime',
          number: 2,
          title: { nl: 'Geld, ruimte en tijd', en: 'Money, room and time' },
          text: {
            nl: 'Zorg voor geld. Geef ervaringsdeskundigen ook de ruimte en de tijd voor hun werk.',
            en: 'Make money available. Also give experiential experts the room and the time for their work.',
          },
        },
      ],
    },
    {
      key: 'scoping',
      number: 4,
      title: { nl: 'Afbakening', en: 'Scoping' },
      summary: {
        nl: 'Je legt vast wat ervaringsdeskundigen doen en welke eisen je stelt.',
        en: 'You set out what experiential experts do and which requirements you set.',
      },
      items: [
        {
          key: 'tasksAndConditions',
          number: 1,
          title: {
            nl: 'Taken, verantwoordelijkheden en voorwaarden',
            en: 'Tasks, responsibilities and conditions',
          },
          text: {
            nl: 'Leg vast wie wat doet en wie waarvoor verantwoordelijk is. Kies welke eisen je stelt aan een ervaringsdeskundige, bijvoorbeeld een erkende opleiding.',
            en: 'Set out who does what and who is responsible for what. Choose which requirements you set for an experiential expert, for example a recognised training.',
          },
        },
        {
          key: 'competenceProfile',
          number: 2,
          title: { nl: 'Beroepscompetentieprofiel', en: 'Competence profile' },
          text: {
            nl: 'Gebruik het beroepscompetentieprofiel: daarin staan de rollen en taken van ervaringsdeskundigen. Het vak heeft twee pijlers: methodische zelfhulp en emancipatie. Daaruit volgen vier kerntaken.',
            en: 'Use the competence profile: it lists the roles and tasks of experiential experts. The profession has two pillars: methodical self-help and emancipation. Four core tasks follow from them.',
          },
          coreTasks: [
            {
              letter: 'a',
              text: {
                nl: 'Ruimte geven aan ervaringskennis bij het herstel of de groei van mensen die een ontwrichtende situatie en de gevolgen daarvan meemaken.',
                en: 'Making room for experiential knowledge in the recovery or personal growth of people who go through a disruptive situation and its consequences.',
              },
            },
            {
              letter: 'b',
              text: {
                nl: 'Werken aan zorg en hulp die uitgaan van de persoon, gelijkwaardig zijn en voor iedereen bereikbaar zijn.',
                en: 'Promoting care and support that centre on the person, are equal and are accessible to everyone.',
              },
            },
            {
              letter: 'c',
              text: {
                nl: 'Invloed uitoefenen op organisaties en beleid, zodat die het dagelijks leven van mensen dienen. Zo groeien empowerment, diversiteit en inclusie.',
                en: 'Influencing organisations and policy so that they serve people’s daily lives. This furthers empowerment, diversity and inclusion.',
              },
            },
            {
              letter: 'd',
              text: {
                nl: 'Eigen en gedeelde ervaringskennis gebruiken om het vak sterker te maken en het beroep een duidelijke plek te geven.',
                en: 'Using personal and shared experiential knowledge to strengthen the field and give the profession a clear position.',
              },
            },
          ],
        },
      ],
    },
    {
      key: 'professionalDevelopment',
      number: 5,
      title: { nl: 'Deskundigheidsbevordering', en: 'Professional development' },
      summary: {
        nl: 'Je helpt medewerkers hun ervaring goed en veilig in te zetten.',
        en: 'You help staff use their experience well and safely.',
      },
      items: [
        {
          key: 'education',
          number: 1,
          title: { nl: 'Opleiding en training', en: 'Education and training' },
          text: {
            nl: 'Bied scholing aan medewerkers die hun ervaringskennis als professional willen gebruiken, en werk met hen aan hun professionele identiteit. De Vereniging van Ervaringsdeskundigen heeft een overzicht van opleidingen.',
            en: 'Offer training to staff who want to use their experiential knowledge professionally, and work with them on their professional identity. The Dutch association of experiential experts keeps an overview of courses.',
          },
        },
        {
          key: 'awareness',
          number: 2,
          title: { nl: 'Bewustwording', en: 'Awareness' },
          text: {
            nl: 'Geef aandacht aan de eigen ervaringen van medewerkers. Welke rol spelen die in hun werk, en hoe ga je er goed mee om? Steun medewerkers in dit proces.',
            en: 'Pay attention to staff members’ own experiences. What role do they play in their work, and how do you handle them well? Support staff in this process.',
          },
        },
        {
          key: 'safeClimate',
          number: 3,
          title: { nl: 'Veilig en trauma-sensitief klimaat', en: 'Safe, trauma-sensitive climate' },
          text: {
            nl: 'Zorg voor een veilige en open sfeer waarin je kunt praten over eigen ervaringen met huiselijk geweld. Bied steun, duidelijke kaders en vrije ruimte (‘holding space’).',
            en: 'Create a safe and open atmosphere in which people can talk about their own experiences of domestic violence. Offer support, clear boundaries and free space (‘holding space’).',
          },
        },
        {
          key: 'knowledgeNetwork',
          // Added after publication: metadata only, no words or keys change (see `optional` in schema.ts).
          optional: true,
          number: 4,
          title: { nl: 'Kennisnetwerk van Valente', en: 'Valente’s knowledge network' },
          text: {
            nl: 'Heb je een coördinerende, organiserende of beleidsrol rond ervaringsdeskundigheid? Sluit je dan aan bij het kennisnetwerk van Valente. Daar steunen leden elkaar.',
            en: 'Do you have a coordinating, organising or policy role in experiential expertise? Then join Valente’s knowledge network, where members support each other.',
          },
        },
        {
          key: 'intervisionAndSupervision',
          number: 5,
          title: { nl: 'Intervisie en supervisie', en: 'Peer consultation and supervision' },
          text: {
            nl: 'Regel intervisie of supervisie voor ervaringsdeskundige medewerkers. Dat kan binnen of buiten je organisatie.',
            en: 'Arrange peer consultation or supervision for staff who work as experiential experts. This can be inside or outside your organisation.',
          },
        },
      ],
    },
    {
      key: 'embedding',
      number: 6,
      title: { nl: 'Borging', en: 'Embedding' },
      summary: {
        nl: 'Je maakt ervaringsdeskundigheid een vast onderdeel van je organisatie.',
        en: 'You make experiential expertise a permanent part of your organisation.',
      },
      items: [
        {
          key: 'structuralFunding',
          number: 1,
          title: { nl: 'Structureel geld', en: 'Structural funding' },
          text: {
            nl: 'Maak blijvend genoeg geld vrij. Ervaringsdeskundigheid is geen los project, maar hoort bij werken aan herstel.',
            en: 'Set aside enough money on a lasting basis. Experiential expertise is not a one-off project; it is part of recovery-oriented work.',
          },
        },
        {
          key: 'preconditions',
          number: 2,
          title: { nl: 'Randvoorwaarden', en: 'Preconditions' },
          text: {
            nl: 'Regel de randvoorwaarden goed, zodat ervaringsdeskundigen professioneel kunnen werken.',
            en: 'Arrange the preconditions properly, so experiential experts can work professionally.',
          },
        },
        {
          key: 'registeredExperts',
          // Added after publication: metadata only, no words or keys change (see `optional` in schema.ts).
          optional: true,
          number: 3,
          title: { nl: 'Geregistreerde ervaringsdeskundigen', en: 'Registered experiential experts' },
          text: {
            nl: 'Overweeg voor sommige rollen te werken met ervaringsdeskundigen die bij Registerplein geregistreerd zijn. Bijvoorbeeld als zij gesprekken met cliënten voeren.',
            en: 'For some roles, consider working with experiential experts registered with Registerplein. For example when they hold conversations with clients.',
          },
        },
        {
          key: 'jobStructure',
          // Added after publication: metadata only, no words or keys change (see `optional` in schema.ts).
          optional: true,
          number: 4,
          title: { nl: 'Functiehuis', en: 'Job structure' },
          text: {
            nl: 'Pas zo nodig het functiehuis aan. Vaak ontstaan er nieuwe functies, of krijgen bestaande functies een aanvulling.',
            en: 'Adjust the job structure where needed. New jobs often arise, or existing jobs get an addendum.',
          },
        },
      ],
    },
  ],
  lemniscate: [
    {
      key: 'unlock',
      number: 1,
      title: { nl: 'Ontsluiten', en: 'Unlock' },
      text: {
        nl: 'Je haalt ervaringskennis op bij mensen die het onderwerp zelf hebben meegemaakt. Je zorgt dat zij veilig en op hun eigen manier kunnen meedoen.',
        en: 'You gather experiential knowledge from people who lived through the topic themselves. You make sure they can take part safely and in their own way.',
      },
      questions: [
        {
          nl: 'Wiens ervaring is nodig voor dit onderwerp?',
          en: 'Whose experience is needed for this topic?',
        },
        {
          nl: 'Hoe maak je het veilig en makkelijk om mee te doen?',
          en: 'How do you make it safe and easy to take part?',
        },
        {
          nl: 'Hoe laat je zien dat je de inbreng van deelnemers waardeert?',
          en: 'How do you show that you value participants’ input?',
        },
      ],
    },
    {
      key: 'translate',
      number: 2,
      title: { nl: 'Vertalen', en: 'Translate' },
      text: {
        nl: 'Je zet de verhalen om in lessen waar beleid of uitvoering iets mee kan. Je checkt bij de deelnemers of je hen goed hebt begrepen.',
        en: 'You turn the stories into lessons that policy or practice can use. You check with the participants whether you understood them correctly.',
      },
      questions: [
        {
          nl: 'Welke patronen zie je in de verhalen?',
          en: 'Which patterns do you see in the stories?',
        },
        {
          nl: 'Wat betekenen deze lessen voor beleid of uitvoering?',
          en: 'What do these lessons mean for policy or practice?',
        },
        {
          nl: 'Herkennen de deelnemers zich in jouw samenvatting?',
          en: 'Do the participants recognise themselves in your summary?',
        },
      ],
    },
    {
      key: 'develop',
      number: 3,
      title: {
        nl: 'Beleid of uitvoering ontwikkelen of aanpassen',
        en: 'Develop or adjust policy or practice',
      },
      text: {
        nl: 'Je gebruikt de lessen om beleid of een werkwijze te maken of te veranderen. Je legt vast welke keuzes je maakt en waarom.',
        en: 'You use the lessons to create or change policy or a way of working. You record which choices you make and why.',
      },
      questions: [
        {
          nl: 'Wat verander je concreet door deze ervaringskennis?',
          en: 'What do you concretely change because of this experiential knowledge?',
        },
        {
          nl: 'Wat neem je niet over, en waarom niet?',
          en: 'What do you not adopt, and why not?',
        },
        {
          nl: 'Wie denkt mee bij het uitwerken?',
          en: 'Who helps to work it out?',
        },
      ],
    },
    {
      key: 'evaluate',
      number: 4,
      title: { nl: 'Evalueren en terugkoppelen', en: 'Evaluate and report back' },
      text: {
        nl: 'Je kijkt of de verandering werkt. Je laat altijd aan de mensen van wie je de ervaring gebruikte weten wat je ermee hebt gedaan. Zonder die terugkoppeling is de cirkel niet rond.',
        en: 'You check whether the change works. You always tell the people whose experience you used what you did with it. Without that feedback the loop is not closed.',
      },
      questions: [
        {
          nl: 'Werkt de verandering zoals bedoeld?',
          en: 'Does the change work as intended?',
        },
        {
          nl: 'Hoe en wanneer vertel je de deelnemers wat er met hun inbreng is gebeurd?',
          en: 'How and when do you tell the participants what happened with their input?',
        },
        {
          nl: 'Welke nieuwe vragen levert dit op voor een volgende ronde?',
          en: 'What new questions does this raise for a next round?',
        },
      ],
    },
  ],
  sources: [
    {
      key: 'boevink2023',
      citation:
        'Boevink, W. (2023). Rapport Ontwikkeling en benutting ervaringskennis en kunde in Valente organisaties. Amersfoort: Valente.',
    },
    {
      key: 'dermaux2024',
      citation: 'Dermaux, J. M. (2024). Ervaringskennis in beleid. Movisie.',
      url: 'https://www.movisie.nl/sites/movisie.nl/files/2024-04/Ervaringskennis-in-beleid-2024.pdf',
    },
    {
      key: 'erp2022',
      citation:
        'Erp, V. N. (2022). Beroepscompetentieprofiel Ervaringsdeskundigheid. Vereniging van Ervaringsdeskundigen.',
      url: 'https://vved.org/wp-content/uploads/2023/05/2022-BCP-DEF.pdf',
    },
    {
      key: 'vved2022',
      citation: 'Vereniging van Ervaringsdeskundigen. (2022, april). Beroepscode. vved.org.',
      url: 'https://vved.org/wp-content/uploads/2023/01/Beroepscode-28-12.pdf',
    },
    {
      key: 'plett2022',
      citation:
        'Plett, H. (2022). De kunst van holding space: Lessen in liefde, loslaten en leiderschap. Nijmegen: Het Noorderlicht.',
    },
    {
      key: 'registerplein2024',
      citation: 'Registerplein. (2024). Ervaringsdeskundigen. www.registerplein.nl.',
      url: 'https://www.registerplein.nl/register/ervaringsdeskundigen/',
    },
    {
      key: 'valente2024',
      citation: 'Valente. (2024). Kennisnetwerk ervaringsdeskundigheid. www.valente.nl.',
      url: 'https://www.valente.nl/netwerken/kennisnetwerk-ervaringsdeskundigheid/',
    },
    {
      key: 'vogtlanderVanArum2021',
      citation: 'Vögtlander, L., & Van Arum, S. (2021). Visie gefaseerd samenwerken aan veiligheid. VNG.',
      url: 'https://vng.nl/sites/default/files/2021-01/20210125-visie-gefaseerd-samenwerken-aan-veiligheid-def.pdf',
    },
    {
      key: 'weerman2019',
      citation: 'Weerman, A. P. (2019, 12 december). Moviera Iprova. Moviera.',
      url: 'https://moviera.iprova.nl/portal/#/document/00e0fa14-76c8-4c14-843e-a8415553b3f3',
    },
  ],
};
