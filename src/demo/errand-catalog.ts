import type { ErrandDefinition } from '../errands/errand-definition.js';

/**
 * Demo catalog of 21 common Borgerservice errands, researched from public sources (borger.dk, mitid.dk,
 * Færdselsstyrelsen, Udbetaling Danmark and municipal websites, 2023-2025). Visit lengths are estimates,
 * fees carry the year they were found for, and links are only deep where the exact page was known;
 * otherwise `where` says what to search for. Seed data for demos and tests, not legal advice.
 */
export const DEMO_ERRANDS: ErrandDefinition[] = [
  // Passports always need fingerprints, signature, photo and an identity check at a station.
  {
    code: 'PAS_VOKSEN',
    name: { da: 'Nyt eller fornyet pas (voksen)', en: 'New or renewed passport (adult)' },
    description: {
      da: 'Søg om nyt eller fornyet dansk pas, når du er fyldt 18 år. Du kan udfylde ansøgningen online, men du skal altid møde op i Borgerservice.',
      en: 'Apply for a new or renewed Danish passport if you are 18 or older. You can fill in the application online, but you always have to come to Citizen Service in person.',
    },
    visitMinutes: 15,
    documents: {
      da: [
        'Dit seneste pas – eller, hvis du ikke har det, dit kørekort eller en original dåbs-, navne- eller personattest sammen med billedlegitimation',
        'Pasfoto – eller få taget foto i Borgerservice (115-157 kr. afhængigt af kommunen)',
        'Statsborgerretsbevis, hvis det er dit første pas som ny dansk statsborger',
      ],
      en: [
        'Your latest passport – or, if you do not have it, your driving licence or an original certificate of baptism, name or personal details together with photo ID',
        'A passport photo – or have your photo taken at Citizen Service (DKK 115-157 depending on the municipality)',
        'Proof of Danish citizenship if this is your first passport as a new Danish citizen',
      ],
    },
    fee: {
      da: '893 kr. fra 18 år til folkepensionsalderen (2024). 379 kr. for folkepensionister (2023). Mangler dit gamle pas, eller er det beskadiget, koster det det dobbelte (1.786 kr. i 2024). Passet er klar efter ca. 2-3 uger.',
      en: 'DKK 893 from age 18 until state pension age (2024). DKK 379 for state pensioners (2023). If your old passport is missing or damaged, the fee is doubled (DKK 1,786 in 2024). The passport is ready in about 2-3 weeks.',
    },
    keywords: {
      da: [
        'pas',
        'nyt pas',
        'forny pas',
        'fornyelse af pas',
        'pasfornyelse',
        'udløbet pas',
        'pasansøgning',
        'søge pas',
        'dansk pas',
        'rejsepas',
        'pasfoto',
      ],
      en: [
        'passport',
        'new passport',
        'renew passport',
        'passport renewal',
        'expired passport',
        'passport application',
        'apply for passport',
        'danish passport',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: {
          da: 'Udfyld og betal pasansøgningen på borger.dk',
          en: 'Fill in and pay for the passport application on borger.dk',
        },
        url: 'https://www.borger.dk',
        where: {
          da: 'Søg efter »Ansøg om eller forny dansk pas« på borger.dk.',
          en: 'Search for "Ansøg om eller forny dansk pas" (apply for or renew a Danish passport) on borger.dk.',
        },
        who: {
          da: 'Alle med MitID. Du skal stadig møde op i Borgerservice bagefter.',
          en: 'Everyone with MitID. You still have to come to Citizen Service afterwards.',
        },
      },
    ],
    questions: [
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'has_old_passport',
        required: false,
        text: {
          da: 'Har du dit seneste pas – også hvis det er udløbet?',
          en: 'Do you have your latest passport – even if it has expired?',
        },
        help: {
          da: 'Kan du ikke aflevere dit seneste pas, koster det nye pas det dobbelte. Spring spørgsmålet over, hvis du aldrig har haft dansk pas.',
          en: 'If you cannot hand in your latest passport, the new one costs double. Skip this question if you have never had a Danish passport.',
        },
      },
    ],
    rules: [
      {
        key: 'old-passport-missing-with-mitid',
        when: [
          { question: 'has_old_passport', equals: false },
          { question: 'has_mitid', equals: true },
        ],
        outcome: 'visit',
        reason: {
          da: 'Du skal møde op, så vi kan tage fingeraftryk, foto og underskrift. Uden dit seneste pas koster det nye pas det dobbelte, og du skal have anden legitimation med. Udfyld og betal ansøgningen på borger.dk før besøget.',
          en: 'You have to come in so we can take your fingerprints, photo and signature. Without your latest passport the new one costs double, and you must bring other ID. Fill in and pay for the application on borger.dk before your visit.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'old-passport-missing',
        when: [{ question: 'has_old_passport', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Du skal møde op, så vi kan tage fingeraftryk, foto og underskrift. Uden dit seneste pas koster det nye pas det dobbelte, og du skal have anden legitimation med.',
          en: 'You have to come in so we can take your fingerprints, photo and signature. Without your latest passport the new one costs double, and you must bring other ID.',
        },
      },
      {
        key: 'prepare-online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Et pas kræver altid fremmøde med fingeraftryk, foto og underskrift. Udfyld og betal ansøgningen på borger.dk først, så går besøget hurtigere. Du henter passet ved et senere besøg.',
          en: 'A passport always requires a visit for fingerprints, photo and signature. Fill in and pay for the application on borger.dk first to make the visit quicker. You collect the passport at a later visit.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Et pas kræver altid fremmøde, så vi kan tjekke din identitet og tage fingeraftryk, foto og underskrift. Du henter passet ved et senere besøg.',
          en: 'A passport always requires a visit so we can check your identity and take your fingerprints, photo and signature. You collect the passport at a later visit.',
        },
      },
    ],
  },
  {
    code: 'PAS_BARN',
    name: { da: 'Pas til barn', en: 'Child passport' },
    description: {
      da: 'Pas til børn under 18 år. Alle, der har forældremyndigheden, skal give samtykke, og barnet skal altid med i Borgerservice.',
      en: 'A passport for a child under 18. Everyone with parental custody must give consent, and the child must always come to Citizen Service.',
    },
    visitMinutes: 20,
    documents: {
      da: [
        'Barnets seneste pas – eller en original fødsels-, dåbs-, navne- eller personattest',
        'Pasfoto af barnet (mange steder tager Borgerservice ikke foto af børn under ca. 2-5 år)',
        'Din egen legitimation som forælder',
        'Samtykkeerklæring fra forældremyndighedsindehaverne, hvis samtykket ikke er givet digitalt',
      ],
      en: [
        'The child’s latest passport – or an original certificate of birth, baptism, name or personal details',
        'A passport photo of the child (many Citizen Service offices do not photograph children under about 2-5 years)',
        'Your own ID as a parent',
        'A consent form from the custody holders if consent has not been given digitally',
      ],
    },
    fee: {
      da: '150 kr. for børn på 0-11 år og 181 kr. for børn på 12-17 år (2024). Mangler barnets gamle pas, koster det det dobbelte (300 kr. / 362 kr.).',
      en: 'DKK 150 for children aged 0-11 and DKK 181 for children aged 12-17 (2024). If the child’s old passport is missing, the fee is doubled (DKK 300 / DKK 362).',
    },
    keywords: {
      da: [
        'pas til barn',
        'børnepas',
        'barnets pas',
        'barn',
        'børn',
        'datter',
        'søn',
        'baby',
        'nyfødt',
        'mit barn',
        'pas til min datter',
        'pas til min søn',
        'samtykke',
      ],
      en: [
        'child passport',
        'passport for my child',
        'child',
        'children',
        'kid',
        'daughter',
        'son',
        'baby',
        'newborn',
        'minor',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: {
          da: 'Udfyld pasansøgningen og giv samtykke digitalt',
          en: 'Fill in the passport application and give consent digitally',
        },
        url: 'https://www.borger.dk',
        where: {
          da: 'Søg efter »pas til børn« på borger.dk. Samtykke kan gives i ansøgningen eller på givsamtykke.dk.',
          en: 'Search for "pas til børn" (passport for children) on borger.dk. Consent can be given in the application or at givsamtykke.dk.',
        },
        who: { da: 'Forældre med MitID', en: 'Parents with MitID' },
      },
    ],
    questions: [
      {
        key: 'digital_consent',
        required: true,
        text: {
          da: 'Kan alle, der har forældremyndigheden, give samtykke digitalt med MitID?',
          en: 'Can everyone with parental custody give consent digitally with MitID?',
        },
        help: {
          da: 'Ellers skal der udfyldes en samtykkeerklæring på papir, eller I skal møde op sammen.',
          en: 'Otherwise a paper consent form must be filled in, or you must come in together.',
        },
      },
      {
        key: 'child_can_attend',
        required: true,
        text: { da: 'Kan barnet komme med i Borgerservice?', en: 'Can the child come to Citizen Service?' },
        help: {
          da: 'Barnet skal altid være med, uanset alder. Fra 12 år tager vi også fingeraftryk.',
          en: 'The child must always come along, whatever their age. From age 12 we also take fingerprints.',
        },
      },
      {
        key: 'has_old_passport',
        required: false,
        text: {
          da: 'Har I barnets seneste pas – også hvis det er udløbet?',
          en: 'Do you have the child’s latest passport – even if it has expired?',
        },
        help: {
          da: 'Kan I ikke aflevere barnets seneste pas, koster det nye pas det dobbelte. Spring spørgsmålet over, hvis barnet aldrig har haft pas.',
          en: 'If you cannot hand in the child’s latest passport, the new one costs double. Skip this question if the child has never had a passport.',
        },
      },
    ],
    rules: [
      {
        key: 'child-cannot-attend',
        when: [{ question: 'child_can_attend', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Barnet skal altid være med, uanset alder, så book en tid, hvor barnet kan komme med. Vi kan ikke lave passet uden barnet.',
          en: 'The child must always be present, whatever their age, so book a time when the child can come along. We cannot issue the passport without the child.',
        },
      },
      {
        key: 'paper-consent',
        when: [{ question: 'digital_consent', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Book en tid, hvor barnet kommer med. Den, der ikke kan give samtykke digitalt, skal udfylde en samtykkeerklæring på papir eller møde op sammen med jer.',
          en: 'Book a time when the child can come along. A custody holder who cannot consent digitally must fill in a paper consent form or come in with you.',
        },
      },
      {
        key: 'old-passport-missing',
        when: [{ question: 'has_old_passport', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Book en tid, hvor barnet kommer med. Uden barnets seneste pas koster det nye pas det dobbelte, og I skal have en original attest med. Udfyld ansøgningen og giv samtykke online først.',
          en: 'Book a time when the child can come along. Without the child’s latest passport the new one costs double, and you must bring an original certificate. Fill in the application and give consent online first.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'prepare-online',
        when: [{ question: 'digital_consent', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Udfyld ansøgningen og giv samtykke online først. Book derefter en tid, hvor barnet kommer med, så vi kan tage foto og underskrift og fra 12 år fingeraftryk.',
          en: 'Fill in the application and give consent online first. Then book a time when the child can come along, so we can take the photo, signature and, from age 12, fingerprints.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Et pas til et barn kræver altid fremmøde, og barnet skal være med. Husk samtykke fra alle, der har forældremyndigheden.',
          en: 'A child passport always requires a visit, and the child must come along. Remember consent from everyone with parental custody.',
        },
      },
    ],
  },
  {
    code: 'PAS_MISTET',
    name: { da: 'Mistet eller stjålet pas', en: 'Lost or stolen passport' },
    description: {
      da: 'Meld dit pas bortkommet, så det bliver spærret, og søg om et nyt, hvis du har brug for det.',
      en: 'Report your passport as lost so it is cancelled, and apply for a new one if you need it.',
    },
    visitMinutes: 20,
    documents: {
      da: [
        'Kvittering for politianmeldelsen, hvis passet er stjålet',
        'Anden legitimation, fx kørekort – eller en original attest sammen med billedlegitimation',
      ],
      en: [
        'The police report receipt if the passport was stolen',
        'Other ID, e.g. your driving licence – or an original certificate together with photo ID',
      ],
    },
    fee: {
      da: 'Det er gratis at melde passet bortkommet. Et nyt pas koster det dobbelte af den normale pris.',
      en: 'Reporting the passport as lost is free. A new passport costs double the normal fee.',
    },
    keywords: {
      da: [
        'mistet',
        'mistet pas',
        'mistet mit pas',
        'tabt',
        'tabt pas',
        'stjålet',
        'stjålet pas',
        'bortkommet',
        'bortkommet pas',
        'væk',
        'pas væk',
        'forsvundet',
        'tyveri',
        'nødpas',
      ],
      en: [
        'lost passport',
        'lost',
        'lost my passport',
        'stolen passport',
        'stolen',
        'missing passport',
        'missing',
        'theft',
        'emergency passport',
        'report lost passport',
      ],
    },
    selfService: [
      {
        key: 'municipal-form',
        channel: 'online',
        title: { da: 'Meld passet bortkommet online', en: 'Report the passport as lost online' },
        where: {
          da: 'Udfyld blanketten »Erklæring om bortkommet pas« på din kommunes hjemmeside.',
          en: 'Fill in the form "Erklæring om bortkommet pas" (declaration of lost passport) on your municipality’s website.',
        },
        who: { da: 'Alle med MitID', en: 'Everyone with MitID' },
      },
      {
        key: 'police',
        channel: 'hotline',
        title: { da: 'Anmeld tyveriet til politiet', en: 'Report the theft to the police' },
        where: { da: 'Ring til politiet på 114.', en: 'Call the police on 114.' },
        who: { da: 'Alle', en: 'Everyone' },
      },
    ],
    questions: [
      {
        key: 'was_stolen',
        required: true,
        text: { da: 'Er passet blevet stjålet?', en: 'Was the passport stolen?' },
        help: {
          da: 'Så skal du anmelde tyveriet til politiet først og have kvitteringen med.',
          en: 'Then you must report the theft to the police first and bring the receipt.',
        },
      },
      {
        key: 'is_abroad',
        required: true,
        text: { da: 'Er du i udlandet lige nu?', en: 'Are you abroad right now?' },
      },
      {
        key: 'needs_new_passport',
        required: true,
        text: { da: 'Skal du have et nyt pas?', en: 'Do you need a new passport?' },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at melde passet bortkommet, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you report the passport as lost yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'abroad',
        when: [{ question: 'is_abroad', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Mens du er i udlandet, kan du ikke få nyt pas i Borgerservice. Kontakt nærmeste danske ambassade eller konsulat om et nødpas, og meld passet bortkommet online.',
          en: 'While you are abroad, you cannot get a new passport at Citizen Service. Contact the nearest Danish embassy or consulate about an emergency passport, and report the passport as lost online.',
        },
        options: ['municipal-form'],
      },
      {
        key: 'stolen-new-passport',
        when: [
          { question: 'was_stolen', equals: true },
          { question: 'needs_new_passport', equals: true },
        ],
        outcome: 'visit',
        reason: {
          da: 'Anmeld tyveriet til politiet først, og tag kvitteringen med. Et nyt pas kræver fremmøde med fingeraftryk og foto og koster det dobbelte.',
          en: 'Report the theft to the police first and bring the receipt. A new passport requires a visit for fingerprints and a photo, and costs double.',
        },
        options: ['police'],
      },
      {
        key: 'new-passport',
        when: [{ question: 'needs_new_passport', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Et nyt pas kræver fremmøde med fingeraftryk og foto og koster det dobbelte. Du kan melde det gamle pas bortkommet online før besøget.',
          en: 'A new passport requires a visit for fingerprints and a photo, and costs double. You can report the old passport as lost online before your visit.',
        },
        options: ['municipal-form'],
      },
      {
        key: 'stolen-report-only',
        when: [{ question: 'was_stolen', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Anmeld tyveriet til politiet, og meld passet bortkommet online. Du skal først møde op, når du vil have et nyt pas.',
          en: 'Report the theft to the police and report the passport as lost online. You only need to come in when you want a new passport.',
        },
        options: ['police', 'municipal-form'],
      },
      {
        key: 'report-only',
        when: [],
        outcome: 'self_service',
        reason: {
          da: 'Meld passet bortkommet online, så bliver det spærret. Du skal først møde op, når du vil have et nyt pas.',
          en: 'Report the passport as lost online so that it is cancelled. You only need to come in when you want a new passport.',
        },
        options: ['municipal-form'],
      },
    ],
  },
  {
    code: 'PAS_AFHENT',
    name: { da: 'Afhent pas', en: 'Collect passport' },
    description: {
      da: 'Siden 1. januar 2022 bliver pas ikke sendt med posten. Du henter passet i Borgerservice – nogle steder i et udleveringsskab, som du åbner med MitID.',
      en: 'Since 1 January 2022 passports are not sent by post. You collect your passport at Citizen Service – in some places from a pickup locker that you open with MitID.',
    },
    visitMinutes: 5,
    documents: { da: ['Billedlegitimation'], en: ['Photo ID'] },
    fee: { da: 'Gratis', en: 'Free' },
    keywords: {
      da: [
        'afhent pas',
        'afhente pas',
        'hente pas',
        'hent mit pas',
        'afhentning',
        'udleveringsskab',
        'passkab',
        'pas er klar',
        'sms om pas',
      ],
      en: [
        'collect passport',
        'pick up passport',
        'pickup',
        'passport ready',
        'pickup locker',
        'locker',
        'collect my passport',
      ],
    },
    selfService: [
      {
        key: 'pickup-locker',
        channel: 'kiosk',
        title: { da: 'Udleveringsskab', en: 'Pickup locker' },
        where: {
          da: 'I Borgerservice. Du får en sms, når passet ligger klar i skabet. Ikke alle kommuner har udleveringsskabe.',
          en: 'At Citizen Service. You get a text message when the passport is ready in the locker. Not all municipalities have pickup lockers.',
        },
        who: {
          da: 'Den, der har søgt om passet, og som har MitID',
          en: 'The person who applied for the passport, with MitID',
        },
      },
    ],
    questions: [
      {
        key: 'got_locker_sms',
        required: true,
        text: {
          da: 'Har du fået en sms om, at dit pas ligger i udleveringsskabet?',
          en: 'Have you received a text message saying your passport is in the pickup locker?',
        },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder står ved siden af dig og hjælper dig med at åbne udleveringsskabet med MitID, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser stands beside you and helps you open the pickup locker with MitID yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'locker',
        when: [{ question: 'got_locker_sms', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Dit pas ligger klar i udleveringsskabet. Du åbner skabet med MitID i Borgerservices åbningstid – du behøver ikke booke tid.',
          en: 'Your passport is ready in the pickup locker. You open the locker with MitID during Citizen Service opening hours – no booking needed.',
        },
        options: ['pickup-locker'],
      },
      {
        key: 'counter',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Du henter passet hos en medarbejder i Borgerservice. Tag billedlegitimation med. Forældre kan hente pas til deres børn.',
          en: 'You collect the passport from an adviser at Citizen Service. Bring photo ID. Parents can collect passports for their children.',
        },
      },
    ],
  },
  // Driving licences always need an identity check, photo and signature at a station.
  {
    code: 'KK_FORNY',
    name: { da: 'Forny kørekort', en: 'Renew driving licence' },
    description: {
      da: 'Forny dit kørekort, når det er ved at udløbe. Du kan tidligst forny det 3 måneder før, og du kan gøre det i alle kommuner.',
      en: 'Renew your driving licence when it is about to expire. You can renew it at the earliest 3 months before, in any municipality.',
    },
    visitMinutes: 15,
    documents: {
      da: [
        'Foto i 35 x 45 mm – eller få taget foto i Borgerservice',
        'Dit gamle kørekort',
        'Legitimation, fx pas',
        'Lægeattest, hvis du skal have en',
        'Opholdsbevis, hvis du ikke er dansk eller nordisk statsborger',
      ],
      en: [
        'A 35 x 45 mm photo – or have your photo taken at Citizen Service',
        'Your old driving licence',
        'ID, e.g. your passport',
        'A medical certificate if you need one',
        'Proof of residence if you are not a Danish or Nordic citizen',
      ],
    },
    fee: {
      da: '190 kr. (aktuel takst; 180 kr. i 2024). Lastbil og bus: 240 kr. Gratis, hvis kørekortet er tidsbegrænset af helbredsgrunde. Det nye kørekort kommer efter ca. 2-3 uger.',
      en: 'DKK 190 (current fee; DKK 180 in 2024). Truck and bus: DKK 240. Free if the licence is time-limited for health reasons. The new licence arrives in about 2-3 weeks.',
    },
    keywords: {
      da: [
        'kørekort',
        'korekort',
        'forny kørekort',
        'fornye kørekort',
        'fornyelse af kørekort',
        'kørekortfornyelse',
        'kørekort udløber',
        'udløbet kørekort',
        'kørekort til lastbil',
        'kørekort til bus',
      ],
      en: [
        'driving licence',
        'driving license',
        'drivers license',
        'renew driving licence',
        'licence renewal',
        'renew license',
        'expired driving licence',
        'expiring licence',
      ],
    },
    selfService: [
      {
        key: 'municipal-prepayment',
        channel: 'online',
        title: {
          da: 'Indtast oplysninger og betal online før besøget',
          en: 'Enter your details and pay online before the visit',
        },
        where: {
          da: 'Nogle kommuner lader dig indtaste oplysninger og betale online før besøget. Se på din kommunes hjemmeside.',
          en: 'Some municipalities let you enter your details and pay online before the visit. See your municipality’s website.',
        },
        who: {
          da: 'Borgere med MitID i kommuner, der tilbyder det',
          en: 'Citizens with MitID in municipalities that offer it',
        },
      },
    ],
    questions: [
      {
        key: 'expires_within_3_months',
        required: true,
        text: {
          da: 'Udløber dit kørekort inden for 3 måneder?',
          en: 'Does your driving licence expire within 3 months?',
        },
      },
      {
        key: 'health_or_heavy_vehicle',
        required: true,
        text: {
          da: 'Er dit kørekort tidsbegrænset af helbredsgrunde, eller gælder det lastbil eller bus?',
          en: 'Is your licence time-limited for health reasons, or does it cover trucks or buses?',
        },
        help: {
          da: 'Så skal du have en lægeattest med.',
          en: 'Then you must bring a medical certificate.',
        },
      },
      {
        key: 'driving_outside_nordics',
        required: false,
        text: {
          da: 'Skal du køre uden for Norden, før det nye kørekort kommer?',
          en: 'Will you drive outside the Nordic countries before the new licence arrives?',
        },
        help: {
          da: 'Det midlertidige kørekort, du får i Borgerservice, gælder kun i Norden.',
          en: 'The temporary licence you get at Citizen Service is only valid in the Nordic countries.',
        },
      },
    ],
    rules: [
      {
        key: 'too-early',
        when: [{ question: 'expires_within_3_months', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Det er for tidligt at forny: Du kan tidligst forny dit kørekort 3 måneder før, det udløber. Vent med at booke tid, til der er under 3 måneder tilbage.',
          en: 'It is too early to renew: you can renew your licence at the earliest 3 months before it expires. Wait to book until there are less than 3 months left.',
        },
      },
      {
        key: 'outside-nordics',
        when: [{ question: 'driving_outside_nordics', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Fornyelse kræver fremmøde. Det gratis midlertidige kørekort gælder kun i Norden, så sig det ved besøget – så finder vi en løsning, fx at du beholder dit gamle kort.',
          en: 'Renewal requires a visit. The free temporary licence is only valid in the Nordic countries, so tell us at the visit – we will find a solution, such as keeping your old card.',
        },
        options: ['municipal-prepayment'],
      },
      {
        key: 'medical-certificate',
        when: [{ question: 'health_or_heavy_vehicle', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Fornyelse kræver fremmøde, og du skal have en lægeattest med. Hvis kørekortet er tidsbegrænset af helbredsgrunde, er fornyelsen gratis.',
          en: 'Renewal requires a visit, and you must bring a medical certificate. If the licence is time-limited for health reasons, the renewal is free.',
        },
        options: ['municipal-prepayment'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Fornyelse kræver fremmøde, så vi kan tjekke din identitet og tage foto og underskrift. Du får et gratis midlertidigt kørekort, der gælder i 3 måneder i Norden.',
          en: 'Renewal requires a visit so we can check your identity and take your photo and signature. You get a free temporary licence, valid for 3 months in the Nordic countries.',
        },
        options: ['municipal-prepayment'],
      },
    ],
  },
  {
    code: 'KK_DUPLIKAT',
    name: { da: 'Nyt kørekort (mistet, slidt, navneskift)', en: 'Replacement driving licence' },
    description: {
      da: 'Få et nyt kørekort, hvis dit er blevet væk, slidt eller beskadiget, eller hvis du har skiftet navn.',
      en: 'Get a new driving licence if yours has been lost, is worn or damaged, or if you have changed your name.',
    },
    visitMinutes: 15,
    documents: {
      da: ['Foto', 'Billedlegitimation – eller en original attest, fx dåbs- eller navneattest'],
      en: ['A photo', 'Photo ID – or an original certificate, e.g. a certificate of baptism or name'],
    },
    fee: {
      da: '370 kr. (aktuel takst; 360 kr. i 2024).',
      en: 'DKK 370 (current fee; DKK 360 in 2024).',
    },
    keywords: {
      da: [
        'mistet kørekort',
        'tabt kørekort',
        'stjålet kørekort',
        'kørekort væk',
        'nyt kørekort',
        'duplikat',
        'duplikatkørekort',
        'slidt kørekort',
        'ødelagt kørekort',
        'navneskift',
        'erstatningskørekort',
      ],
      en: [
        'lost driving licence',
        'stolen driving licence',
        'replacement driving licence',
        'replacement licence',
        'duplicate licence',
        'damaged licence',
        'worn licence',
        'name change',
        'new driving licence',
      ],
    },
    selfService: [],
    questions: [
      {
        key: 'driving_outside_nordics',
        required: false,
        text: {
          da: 'Skal du køre uden for Norden, før det nye kørekort kommer?',
          en: 'Will you drive outside the Nordic countries before the new licence arrives?',
        },
        help: {
          da: 'Så kan du få et midlertidigt erstatningskørekort.',
          en: 'Then you can get a temporary replacement licence.',
        },
      },
    ],
    rules: [
      {
        key: 'outside-nordics',
        when: [{ question: 'driving_outside_nordics', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Et nyt kørekort kræver fremmøde. Skal du køre uden for Norden, før det kommer, kan du samtidig få et midlertidigt erstatningskørekort (230 kr.).',
          en: 'A new licence requires a visit. If you will drive outside the Nordic countries before it arrives, you can also get a temporary replacement licence (DKK 230).',
        },
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Et nyt kørekort kræver fremmøde, så vi kan tjekke din identitet og tage foto og underskrift.',
          en: 'A new licence requires a visit so we can check your identity and take your photo and signature.',
        },
      },
    ],
  },
  {
    code: 'KK_FOERSTE',
    name: { da: 'Ansøgning om første kørekort', en: 'First driving licence application' },
    description: {
      da: 'Aflever din ansøgning om kørekort (P23) i Borgerservice, før du skal til køreprøve. Vi tjekker, at betingelserne er opfyldt.',
      en: 'Hand in your driving licence application (P23) at Citizen Service before your driving test. We check that the conditions are met.',
    },
    visitMinutes: 15,
    documents: {
      da: [
        'Ansøgning om kørekort (P23)',
        'Lægeattest',
        'Foto',
        'Førstehjælpsbevis',
        'Legitimation',
        'Samtykke fra dine forældre, hvis du er 17 år',
        'Opholdstilladelse, hvis det gælder for dig',
      ],
      en: [
        'Driving licence application (P23)',
        'Medical certificate',
        'A photo',
        'First-aid certificate',
        'ID',
        'Consent from your parents if you are 17',
        'Residence permit if it applies to you',
      ],
    },
    fee: {
      da: 'Køreprøven koster 1.000 kr. (2025).',
      en: 'The driving test costs DKK 1,000 (2025).',
    },
    keywords: {
      da: [
        'første kørekort',
        'ansøgning om kørekort',
        'søge kørekort',
        'tage kørekort',
        'køreprøve',
        'køreprøven',
        'køreskole',
        'køretimer',
        'kørelærer',
        'p23',
        'lære at køre',
        'førstehjælpsbevis',
      ],
      en: [
        'first driving licence',
        'first licence',
        'apply for driving licence',
        'driving test',
        'driving school',
        'driving lessons',
        'learner driver',
        'learn to drive',
        'p23',
      ],
    },
    selfService: [
      {
        key: 'koreprovebooking',
        channel: 'online',
        title: {
          da: 'Opret ansøgningen sammen med din køreskole',
          en: 'Create the application with your driving school',
        },
        url: 'https://koreprovebooking.dk',
        where: {
          da: 'Din køreskole opretter ansøgningen (P23) på koreprovebooking.dk.',
          en: 'Your driving school creates the application (P23) on koreprovebooking.dk.',
        },
        who: { da: 'Elever hos en køreskole', en: 'Learner drivers at a driving school' },
      },
    ],
    questions: [
      {
        key: 'has_licence_documents',
        required: true,
        text: {
          da: 'Har du lægeattest, førstehjælpsbevis og foto klar?',
          en: 'Do you have your medical certificate, first-aid certificate and photo ready?',
        },
      },
      {
        key: 'is_17',
        required: true,
        text: { da: 'Er du 17 år?', en: 'Are you 17?' },
        help: {
          da: 'Så skal dine forældre give samtykke.',
          en: 'Then your parents must give their consent.',
        },
      },
    ],
    rules: [
      {
        key: 'documents-missing',
        when: [{ question: 'has_licence_documents', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Ansøgningen skal afleveres i Borgerservice, men skaf først lægeattest, førstehjælpsbevis og foto. Vi kan ikke behandle ansøgningen uden dem.',
          en: 'The application must be handed in at Citizen Service, but first get your medical certificate, first-aid certificate and photo. We cannot process the application without them.',
        },
        options: ['koreprovebooking'],
      },
      {
        key: 'parental-consent',
        when: [{ question: 'is_17', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Aflever ansøgningen med dokumenterne i Borgerservice. Da du er 17 år, skal du også have samtykke fra dine forældre med.',
          en: 'Hand in the application with your documents at Citizen Service. As you are 17, you must also bring your parents’ consent.',
        },
        options: ['koreprovebooking'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Aflever ansøgningen (P23) med dokumenterne i Borgerservice, hvor vi tjekker din identitet, bopæl og helbredsoplysninger.',
          en: 'Hand in the application (P23) with your documents at Citizen Service, where we check your identity, address and health information.',
        },
        options: ['koreprovebooking'],
      },
    ],
  },
  {
    code: 'MITID_NY',
    name: { da: 'Få MitID', en: 'Get MitID' },
    description: {
      da: 'Få MitID for første gang eller igen, fx hvis du har mistet adgangen. Mange kan selv oprette MitID i MitID-appen med deres pas.',
      en: 'Get MitID for the first time or again, e.g. if you have lost access. Many people can set up MitID themselves in the MitID app with their passport.',
    },
    visitMinutes: 30,
    documents: {
      da: [
        'Billedlegitimation (dansk pas, kørekort, kørekort-appen eller opholdskort) – eller to dokumenter, hvor det ene viser dit CPR-nummer',
        'Vær klar til at svare på kontrolspørgsmål om dine CPR-oplysninger – eller tag et vidne med (over 18 år, som har haft MitID i mindst 30 dage; et vidne kan højst bruges 3 gange på 120 dage)',
        'Det bruger-ID, du vil bruge til MitID',
      ],
      en: [
        'Photo ID (Danish passport, driving licence, the driving licence app or residence card) – or two documents, one of which shows your CPR number',
        'Be ready to answer control questions about your CPR details – or bring a witness (over 18, who has had MitID for at least 30 days; a witness can be used at most 3 times in 120 days)',
        'The user ID you want for MitID',
      ],
    },
    fee: { da: 'Gratis', en: 'Free' },
    keywords: {
      da: [
        'mitid',
        'få mitid',
        'nyt mitid',
        'oprette mitid',
        'mitid app',
        'mitid-appen',
        'mistet mitid',
        'mitid virker ikke',
        'nemid',
        'kodeviser',
        'log ind',
      ],
      en: [
        'mitid',
        'get mitid',
        'new mitid',
        'create mitid',
        'mitid app',
        'lost mitid',
        'nemid',
        'code display',
        'log in',
        'digital id',
      ],
    },
    selfService: [
      {
        key: 'mitid-app',
        channel: 'app',
        title: {
          da: 'Opret MitID i MitID-appen med dit pas',
          en: 'Set up MitID in the MitID app with your passport',
        },
        url: 'https://www.mitid.dk/en-gb/get-started-with-mitid/get-mitid-with-passport/',
        where: {
          da: 'Hent MitID-appen, og scan chippen i dit pas eller ID-kort. Se vejledningen på mitid.dk.',
          en: 'Download the MitID app and scan the chip in your passport or ID card. See the guide on mitid.dk.',
        },
        who: {
          da: 'Dig med gyldigt pas eller ID-kort med chip og en telefon, der kan læse chippen og scanne dit ansigt. Du kan låne en pårørendes telefon.',
          en: 'You, with a valid passport or ID card with a chip and a phone that can read the chip and scan your face. You can borrow a relative’s phone.',
        },
      },
      {
        key: 'own-bank',
        channel: 'bank',
        title: { da: 'Få MitID i din bank', en: 'Get MitID at your bank' },
        where: { da: 'Kontakt din egen bank.', en: 'Contact your own bank.' },
        who: { da: 'Bankens kunder', en: 'The bank’s customers' },
      },
    ],
    questions: [
      {
        key: 'has_chip_id',
        required: true,
        text: {
          da: 'Har du et gyldigt pas eller ID-kort med chip?',
          en: 'Do you have a valid passport or ID card with a chip?',
        },
      },
      {
        key: 'phone_can_scan',
        required: false,
        text: {
          da: 'Kan din telefon – eller en pårørendes – scanne chippen i dit pas eller ID-kort?',
          en: 'Can your phone – or a relative’s – scan the chip in your passport or ID card?',
        },
        help: {
          da: 'Det kræver en nyere smartphone. Du kan prøve i MitID-appen.',
          en: 'This needs a recent smartphone. You can try it in the MitID app.',
        },
      },
      {
        key: 'has_cpr',
        required: true,
        text: { da: 'Har du et dansk CPR-nummer?', en: 'Do you have a Danish CPR number?' },
      },
      {
        key: 'has_danish_bank_account',
        required: false,
        text: { da: 'Har du en dansk bankkonto?', en: 'Do you have a Danish bank account?' },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at oprette MitID, så du selv kan bruge det bagefter.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you set up MitID yourself, so you can use it on your own afterwards.',
        },
      },
      {
        key: 'no-cpr',
        when: [{ question: 'has_cpr', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Uden dansk CPR-nummer kan du ikke oprette MitID i appen. Du skal have en særlig kode (P-kode), og det hjælper vi med i Borgerservice.',
          en: 'Without a Danish CPR number you cannot set up MitID in the app. You need a special code (P-code), and we help you with that at Citizen Service.',
        },
      },
      {
        key: 'app',
        when: [
          { question: 'has_chip_id', equals: true },
          { question: 'phone_can_scan', equals: true },
        ],
        outcome: 'self_service',
        reason: {
          da: 'Du kan oprette MitID selv i MitID-appen ved at scanne dit pas og dit ansigt. Lykkes det ikke, kan du booke tid i Borgerservice.',
          en: 'You can set up MitID yourself in the MitID app by scanning your passport and your face. If it does not work, you can book a visit at Citizen Service.',
        },
        options: ['mitid-app'],
      },
      {
        key: 'bank',
        when: [{ question: 'has_danish_bank_account', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Mange banker kan udstede MitID til deres kunder. Kontakt din bank. Kan banken ikke hjælpe, kan du booke tid i Borgerservice.',
          en: 'Many banks can issue MitID to their customers. Contact your bank. If the bank cannot help, you can book a visit at Citizen Service.',
        },
        options: ['own-bank'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Uden pas eller ID-kort med chip og en telefon, der kan scanne det, skal du møde op. Tag billedlegitimation med, og vær klar til kontrolspørgsmål – eller tag et vidne med.',
          en: 'Without a passport or ID card with a chip and a phone that can scan it, you need to come in. Bring photo ID and be ready for control questions – or bring a witness.',
        },
      },
    ],
  },
  {
    code: 'DIGPOST_FRITAG',
    name: { da: 'Fritagelse for Digital Post', en: 'Exemption from Digital Post' },
    description: {
      da: 'Få post fra det offentlige på papir i stedet for i Digital Post. Du skal møde op og skrive under på en erklæring, men du skal ikke dokumentere din grund.',
      en: 'Get letters from public authorities on paper instead of in Digital Post. You have to come in and sign a declaration, but you do not have to document your reason.',
    },
    visitMinutes: 15,
    documents: {
      da: [
        'Gyldig legitimation, fx sundhedskort, pas eller kørekort',
        'Fuldmagt og fuldmagtshaverens legitimation, hvis en anden møder op for dig',
      ],
      en: [
        'Valid ID, e.g. your health card, passport or driving licence',
        'A power of attorney and the ID of the person holding it, if someone else comes in for you',
      ],
    },
    fee: { da: 'Gratis', en: 'Free' },
    keywords: {
      da: [
        'fritagelse',
        'fritaget',
        'digital post',
        'fritagelse for digital post',
        'papirpost',
        'post på papir',
        'breve på papir',
        'e-boks',
        'slippe for digital post',
        'ingen computer',
      ],
      en: [
        'exemption',
        'exempt',
        'digital post',
        'exemption from digital post',
        'paper mail',
        'letters on paper',
        'opt out of digital post',
        'e-boks',
      ],
    },
    selfService: [
      {
        key: 'read-access',
        channel: 'online',
        title: {
          da: 'Giv en pårørende læseadgang til din Digital Post',
          en: 'Give a relative read access to your Digital Post',
        },
        url: 'https://www.borger.dk',
        where: {
          da: 'Log ind på Digital Post via borger.dk, og giv en pårørende adgang til at læse din post.',
          en: 'Log in to Digital Post via borger.dk and give a relative access to read your post.',
        },
        who: { da: 'Borgere med MitID', en: 'Citizens with MitID' },
      },
    ],
    questions: [
      {
        key: 'meets_exemption_ground',
        required: true,
        text: {
          da: 'Passer mindst én af grundene til fritagelse på dig?',
          en: 'Does at least one of the grounds for exemption apply to you?',
        },
        help: {
          da: 'Fx handicap, ingen computer eller tablet, sprogvanskeligheder, ingen fast bopæl, bosat i udlandet, svært ved at bruge MitID eller ingen bredbåndsforbindelse.',
          en: 'E.g. a disability, no computer or tablet, language difficulties, no permanent home, living abroad, difficulty using MitID, or no broadband connection.',
        },
      },
      {
        key: 'can_attend',
        required: true,
        text: { da: 'Kan du selv møde op i Borgerservice?', en: 'Can you come to Citizen Service yourself?' },
        help: {
          da: 'Ellers kan en anden møde op for dig med en fuldmagt.',
          en: 'Otherwise someone else can come in for you with a power of attorney.',
        },
      },
    ],
    rules: [
      {
        key: 'no-exemption-ground',
        when: [{ question: 'meets_exemption_ground', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Du kan kun blive fritaget, hvis mindst én af grundene passer på dig. Et alternativ er at give en pårørende læseadgang til din Digital Post. Er du i tvivl, kan du booke tid.',
          en: 'You can only be exempted if at least one of the grounds applies to you. An alternative is to give a relative read access to your Digital Post. If you are unsure, you can book a visit.',
        },
        options: ['read-access'],
      },
      {
        key: 'power-of-attorney',
        when: [{ question: 'can_attend', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Fritagelse kræver fremmøde, men en anden kan møde op for dig med en underskrevet fuldmagt og sin egen legitimation.',
          en: 'An exemption requires a visit, but someone else can come in for you with a signed power of attorney and their own ID.',
        },
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Fritagelse kræver, at du møder op og skriver under på en erklæring. Du skal ikke dokumentere din grund – tag blot gyldig legitimation med.',
          en: 'An exemption requires you to come in and sign a declaration. You do not have to document your reason – just bring valid ID.',
        },
      },
    ],
  },
  {
    code: 'LEGITIMATIONSKORT',
    name: { da: 'Legitimationskort', en: 'Photo ID card' },
    description: {
      da: 'Et kort med billede fra kommunen, som du kan bruge som legitimation. Du kan få det, når du er fyldt 15 år, i den kommune, hvor du bor.',
      en: 'A photo card from the municipality that you can use as ID. You can get it from age 15, in the municipality where you live.',
    },
    visitMinutes: 15,
    documents: {
      da: ['Original dåbs-, navne- eller fødselsattest, pas, kørekort eller sundhedskort', 'Foto'],
      en: [
        'An original certificate of baptism, name or birth, your passport, driving licence or health card',
        'A photo',
      ],
    },
    fee: {
      da: 'Højst 150 kr. Kortet gælder i 10 år og kommer efter ca. 2-3 uger.',
      en: 'At most DKK 150. The card is valid for 10 years and arrives in about 2-3 weeks.',
    },
    keywords: {
      da: [
        'legitimationskort',
        'id-kort',
        'id kort',
        'identitetskort',
        'billedlegitimation',
        'billed-id',
        'legitimation',
        'kort med billede',
        'bevis for alder',
      ],
      en: ['id card', 'identity card', 'photo id', 'photo id card', 'identification', 'proof of age'],
    },
    selfService: [],
    questions: [
      {
        key: 'has_other_photo_id',
        required: true,
        text: {
          da: 'Har du allerede pas, kørekort eller kørekort-appen?',
          en: 'Do you already have a passport, driving licence or the driving licence app?',
        },
      },
    ],
    rules: [
      {
        key: 'probably-not-needed',
        when: [{ question: 'has_other_photo_id', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Du har sandsynligvis ikke brug for et legitimationskort, for dit pas eller kørekort kan bruges som legitimation. Vil du stadig have et, skal du møde op.',
          en: 'You probably do not need a photo ID card, as your passport or driving licence can be used as ID. If you still want one, you have to come in.',
        },
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Et legitimationskort kræver fremmøde, så vi kan tjekke din identitet og tage foto og underskrift.',
          en: 'A photo ID card requires a visit so we can check your identity and take your photo and signature.',
        },
      },
    ],
  },
  {
    code: 'FLYT',
    name: { da: 'Meld flytning', en: 'Report change of address' },
    description: {
      da: 'Meld din nye adresse til folkeregistret. Du kan vælge læge samtidig.',
      en: 'Report your new address to the civil registry. You can choose a doctor at the same time.',
    },
    visitMinutes: 20,
    documents: {
      da: ['Legitimation', 'Din nye adresse og flyttedatoen'],
      en: ['ID', 'Your new address and the date you move'],
    },
    fee: {
      da: 'Gratis. Du kan få en bøde, hvis du melder flytningen senere end 5 dage efter, at du er flyttet.',
      en: 'Free. You may be fined if you report the move later than 5 days after moving.',
    },
    keywords: {
      da: [
        'flytning',
        'flytte',
        'flytter',
        'flyttet',
        'jeg er flyttet',
        'meld flytning',
        'anmeld flytning',
        'ny adresse',
        'adresseændring',
        'skift adresse',
        'ændre adresse',
        'folkeregister',
        'flyttemeddelelse',
      ],
      en: [
        'move',
        'moving',
        'moved',
        'change of address',
        'new address',
        'address change',
        'change address',
        'report move',
        'relocate',
        'civil registry',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: { da: 'Meld flytning på borger.dk', en: 'Report your move on borger.dk' },
        url: 'https://www.borger.dk/bolig-og-flytning/flytning_oversigt',
        where: {
          da: 'Vælg »Anmeld flytning til folkeregisteret« på borger.dk.',
          en: 'Choose "Anmeld flytning til folkeregisteret" (report a move to the civil registry) on borger.dk.',
        },
        who: {
          da: 'Alle over 15 år med MitID. Du kan også melde flytning for dem, du flytter sammen med.',
          en: 'Everyone over 15 with MitID. You can also report the move for the people moving with you.',
        },
      },
    ],
    questions: [
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'moving_abroad',
        required: true,
        text: { da: 'Flytter du til eller fra udlandet?', en: 'Are you moving to or from another country?' },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at melde flytning på borger.dk, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you report your move on borger.dk yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'no-mitid',
        when: [{ question: 'has_mitid', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Uden MitID skal du melde flytning i Borgerservice, hvor vi tjekker din identitet. Husk legitimation, din nye adresse og flyttedatoen.',
          en: 'Without MitID you report your move at Citizen Service, where we check your identity. Bring ID, your new address and the moving date.',
        },
      },
      {
        key: 'abroad',
        when: [{ question: 'moving_abroad', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Når du flytter til eller fra udlandet, gælder der særlige regler, og vi hjælper dig i Borgerservice. Kommer du fra et andet EU-land, skal du først have et EU-opholdsdokument fra SIRI.',
          en: 'When you move to or from another country, special rules apply, and we help you at Citizen Service. If you come from another EU country, you first need an EU residence document from SIRI.',
        },
      },
      {
        key: 'online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Du kan melde flytning selv på borger.dk med MitID – også for dem, du flytter sammen med. Meld flytningen senest 5 dage efter, at du er flyttet.',
          en: 'You can report your move yourself on borger.dk with MitID – also for the people moving with you. Report it no later than 5 days after moving.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Book tid, så hjælper vi dig med at melde flytning i Borgerservice. Husk legitimation, din nye adresse og flyttedatoen.',
          en: 'Book a visit and we will help you report your move at Citizen Service. Bring ID, your new address and the moving date.',
        },
      },
    ],
  },
  {
    code: 'LAEGE_SKIFT',
    name: { da: 'Skift læge', en: 'Change doctor' },
    description: {
      da: 'Vælg en ny praktiserende læge. Har du MitID, kan du gøre det selv på borger.dk.',
      en: 'Choose a new general practitioner (GP). If you have MitID, you can do it yourself on borger.dk.',
    },
    visitMinutes: 15,
    documents: { da: ['Legitimation'], en: ['ID'] },
    fee: {
      da: '225 kr. (2024). Gratis, hvis du skifter på grund af flytning, fordi din læge lukker, eller når du fylder 15 år.',
      en: 'DKK 225 (2024). Free if you change because you move, because your doctor’s practice closes, or when you turn 15.',
    },
    keywords: {
      da: [
        'skift læge',
        'skifte læge',
        'ny læge',
        'lægeskift',
        'vælg læge',
        'valg af læge',
        'lægevalg',
        'egen læge',
        'praktiserende læge',
        'læge',
      ],
      en: [
        'change doctor',
        'change gp',
        'new doctor',
        'choose doctor',
        'gp',
        'general practitioner',
        'family doctor',
        'doctor',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: { da: 'Vælg læge på borger.dk', en: 'Choose a doctor on borger.dk' },
        url: 'https://www.borger.dk',
        where: {
          da: 'Søg efter »Valg af læge« på borger.dk.',
          en: 'Search for "Valg af læge" (choosing a doctor) on borger.dk.',
        },
        who: {
          da: 'Alle over 15 år med MitID. Forældre kan vælge læge for børn under 15 år.',
          en: 'Everyone over 15 with MitID. Parents can choose a doctor for children under 15.',
        },
      },
    ],
    questions: [
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'free_change_reason',
        required: false,
        text: {
          da: 'Skifter du læge, fordi du flytter, fordi din læge lukker, eller fordi du er fyldt 15 år?',
          en: 'Are you changing doctor because you are moving, your doctor’s practice is closing, or you have turned 15?',
        },
        help: {
          da: 'Så er det gratis at skifte, hvis du skifter inden for 60 dage.',
          en: 'Then the change is free if you change within 60 days.',
        },
      },
      {
        key: 'gp_closed_to_new_patients',
        required: false,
        text: {
          da: 'Har den læge, du ønsker, lukket for nye patienter?',
          en: 'Is the doctor you want closed to new patients?',
        },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at vælge læge på borger.dk, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you choose a doctor on borger.dk yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'no-mitid',
        when: [{ question: 'has_mitid', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Uden MitID skifter du læge i Borgerservice. Tag legitimation med.',
          en: 'Without MitID you change doctor at Citizen Service. Bring ID.',
        },
      },
      {
        key: 'gp-closed',
        when: [{ question: 'gp_closed_to_new_patients', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'En læge, der har lukket for nye patienter, kan du ikke vælge på borger.dk. I visse tilfælde kan der gøres en undtagelse – det hjælper vi med i Borgerservice.',
          en: 'You cannot choose a doctor who is closed to new patients on borger.dk. In some cases an exception can be made – we help you with that at Citizen Service.',
        },
      },
      {
        key: 'online-free',
        when: [
          { question: 'has_mitid', equals: true },
          { question: 'free_change_reason', equals: true },
        ],
        outcome: 'self_service',
        reason: {
          da: 'Du kan vælge ny læge selv på borger.dk med MitID. Skiftet er gratis i dit tilfælde.',
          en: 'You can choose a new doctor yourself on borger.dk with MitID. The change is free in your case.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Du kan vælge ny læge selv på borger.dk med MitID. Skiftet koster 225 kr. (2024).',
          en: 'You can choose a new doctor yourself on borger.dk with MitID. The change costs DKK 225 (2024).',
        },
        options: ['borger-dk'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Book tid, så hjælper vi dig med at skifte læge i Borgerservice. Tag legitimation med.',
          en: 'Book a visit and we will help you change doctor at Citizen Service. Bring ID.',
        },
      },
    ],
  },
  {
    code: 'SUNDHEDSKORT',
    name: { da: 'Nyt sundhedskort', en: 'New health insurance card' },
    description: {
      da: 'Bestil et nyt sundhedskort (det gule kort), hvis dit er blevet væk eller ødelagt. Du kan også have sundhedskortet i en app.',
      en: 'Order a new health insurance card (the yellow card) if yours has been lost or damaged. You can also have the card in an app.',
    },
    visitMinutes: 10,
    documents: { da: ['Legitimation'], en: ['ID'] },
    fee: {
      da: '225 kr. (2024), hvis kortet er mistet eller ødelagt, og det er under 4 år gammelt. Gratis ved fx flytning eller dit første kort. Kortet kommer efter ca. 2-3 uger.',
      en: 'DKK 225 (2024) if the card is lost or damaged and less than 4 years old. Free e.g. when you move or for your first card. The card arrives in about 2-3 weeks.',
    },
    keywords: {
      da: [
        'sundhedskort',
        'sygesikringsbevis',
        'sygesikringskort',
        'sygesikring',
        'gult kort',
        'gule kort',
        'det gule kort',
        'nyt sundhedskort',
        'mistet sundhedskort',
        'mistet sygesikringsbevis',
        'sundhedskort app',
        'magnetstribe',
      ],
      en: [
        'health card',
        'health insurance card',
        'yellow card',
        'yellow health card',
        'lost health card',
        'medical card',
        'national health card',
        'health card app',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: { da: 'Bestil sundhedskort på borger.dk', en: 'Order a health card on borger.dk' },
        url: 'https://www.borger.dk',
        where: {
          da: 'Søg efter »Bestil sundhedskort« på borger.dk.',
          en: 'Search for "Bestil sundhedskort" (order a health card) on borger.dk.',
        },
        who: {
          da: 'Alle over 15 år med MitID. Forældre kan bestille til deres børn.',
          en: 'Everyone over 15 with MitID. Parents can order for their children.',
        },
      },
      {
        key: 'sundhedskort-app',
        channel: 'app',
        title: { da: 'Appen Sundhedskort', en: 'The Sundhedskort app' },
        url: 'https://www.borger.dk/sundhedskort-app',
        where: {
          da: 'Hent appen Sundhedskort. Læs mere på borger.dk/sundhedskort-app.',
          en: 'Download the Sundhedskort (health card) app. Read more at borger.dk/sundhedskort-app.',
        },
        who: {
          da: 'Alle med MitID. Appen gælder kun i Danmark.',
          en: 'Everyone with MitID. The app is only valid in Denmark.',
        },
      },
    ],
    questions: [
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'magnetic_strip_defective',
        required: false,
        text: {
          da: 'Virker magnetstriben på dit sundhedskort ikke?',
          en: 'Does the magnetic strip on your health card not work?',
        },
        help: {
          da: 'Et kort med defekt magnetstribe skal afleveres i Borgerservice.',
          en: 'A card with a defective magnetic strip must be handed in at Citizen Service.',
        },
      },
      {
        key: 'needs_proof_today',
        required: true,
        text: {
          da: 'Har du brug for bevis for din sygesikring i dag?',
          en: 'Do you need proof of your health insurance today?',
        },
        help: {
          da: 'I Borgerservice kan du få et gratis midlertidigt bevis.',
          en: 'At Citizen Service you can get a free temporary certificate.',
        },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at bestille sundhedskort på borger.dk, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you order a health card on borger.dk yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'defective-strip',
        when: [{ question: 'magnetic_strip_defective', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Et kort med defekt magnetstribe skal afleveres i Borgerservice, hvor vi bestiller et nyt til dig.',
          en: 'A card with a defective magnetic strip must be handed in at Citizen Service, where we order a new one for you.',
        },
      },
      {
        key: 'proof-today-with-mitid',
        when: [
          { question: 'needs_proof_today', equals: true },
          { question: 'has_mitid', equals: true },
        ],
        outcome: 'visit',
        reason: {
          da: 'I Borgerservice kan du få et gratis midlertidigt bevis med det samme. Skal du kun bruge beviset i Danmark, kan appen Sundhedskort måske være nok.',
          en: 'At Citizen Service you can get a free temporary certificate straight away. If you only need proof in Denmark, the Sundhedskort app may be enough.',
        },
        options: ['sundhedskort-app'],
      },
      {
        key: 'proof-today',
        when: [{ question: 'needs_proof_today', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'I Borgerservice kan du få et gratis midlertidigt bevis med det samme, mens du venter på det nye kort.',
          en: 'At Citizen Service you can get a free temporary certificate straight away while you wait for the new card.',
        },
      },
      {
        key: 'no-mitid',
        when: [{ question: 'has_mitid', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Uden MitID bestiller du et nyt sundhedskort i Borgerservice. Tag legitimation med.',
          en: 'Without MitID you order a new health card at Citizen Service. Bring ID.',
        },
      },
      {
        key: 'online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Du kan bestille et nyt sundhedskort selv på borger.dk med MitID. Indtil det kommer, kan du bruge appen Sundhedskort i Danmark.',
          en: 'You can order a new health card yourself on borger.dk with MitID. Until it arrives, you can use the Sundhedskort app in Denmark.',
        },
        options: ['borger-dk', 'sundhedskort-app'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Book tid, så hjælper vi dig med at bestille et nyt sundhedskort i Borgerservice. Tag legitimation med.',
          en: 'Book a visit and we will help you order a new health card at Citizen Service. Bring ID.',
        },
      },
    ],
  },
  {
    code: 'EHIC',
    name: { da: 'Blåt EU-sygesikringskort', en: 'European Health Insurance Card' },
    description: {
      da: 'Det blå kort viser, at du er sygesikret, når du rejser i EU/EØS og Schweiz. Du bestiller det gratis på borger.dk.',
      en: 'The blue card shows that you are covered by health insurance when you travel in the EU/EEA and Switzerland. You order it for free on borger.dk.',
    },
    visitMinutes: 15,
    documents: { da: ['Legitimation'], en: ['ID'] },
    fee: {
      da: 'Gratis. Du får et midlertidigt bevis i Digital Post, og kortet kommer efter 2-3 uger.',
      en: 'Free. You get a temporary certificate in Digital Post, and the card arrives in 2-3 weeks.',
    },
    keywords: {
      da: [
        'blåt kort',
        'blå kort',
        'det blå kort',
        'blåt sygesikringskort',
        'eu-sygesikringskort',
        'eu sygesikringskort',
        'ehic',
        'sygesikring i udlandet',
        'rejse i eu',
        'ferie i udlandet',
      ],
      en: [
        'ehic',
        'european health insurance card',
        'blue card',
        'blue health card',
        'eu health card',
        'travel health card',
        'health insurance abroad',
        'travel in europe',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: { da: 'Bestil det blå kort på borger.dk', en: 'Order the blue card on borger.dk' },
        url: 'https://www.borger.dk/transport-trafik-rejser/udlandsrejser/eu-sygesikringskortet-det-blaa-kort',
        where: {
          da: 'borger.dk – EU-sygesikringskortet (det blå kort)',
          en: 'borger.dk – the European Health Insurance Card (the blue card)',
        },
        who: {
          da: 'Alle med MitID. Du kan også bestille til ægtefælle og børn på samme adresse.',
          en: 'Everyone with MitID. You can also order for your spouse and children at the same address.',
        },
      },
      {
        key: 'udbetaling-danmark',
        channel: 'hotline',
        title: { da: 'Ring til Udbetaling Danmark', en: 'Call Udbetaling Danmark' },
        where: {
          da: 'Udbetaling Danmark på telefon 70 12 80 81',
          en: 'Udbetaling Danmark on +45 70 12 80 81',
        },
        who: { da: 'Alle', en: 'Everyone' },
      },
    ],
    questions: [
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'eu_citizen_resident',
        required: true,
        text: {
          da: 'Er du statsborger i et EU/EØS-land, Schweiz eller et nordisk land, og bor du i Danmark?',
          en: 'Are you a citizen of an EU/EEA country, Switzerland or a Nordic country, and do you live in Denmark?',
        },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at bestille det blå kort på borger.dk, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you order the blue card on borger.dk yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'check-entitlement',
        when: [{ question: 'eu_citizen_resident', equals: false }],
        outcome: 'self_service',
        reason: {
          da: 'Om du har ret til det blå kort, afhænger af din situation. Ring til Udbetaling Danmark, som kan se på din sag.',
          en: 'Whether you are entitled to the blue card depends on your situation. Call Udbetaling Danmark, who can look at your case.',
        },
        options: ['udbetaling-danmark'],
      },
      {
        key: 'online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Du kan bestille det blå kort selv på borger.dk med MitID – også til ægtefælle og børn på samme adresse. Du får et midlertidigt bevis i Digital Post.',
          en: 'You can order the blue card yourself on borger.dk with MitID – also for your spouse and children at the same address. You get a temporary certificate in Digital Post.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Uden MitID hjælper vi dig med at bestille kortet i Borgerservice. Du kan også ringe til Udbetaling Danmark.',
          en: 'Without MitID we help you order the card at Citizen Service. You can also call Udbetaling Danmark.',
        },
        options: ['udbetaling-danmark'],
      },
    ],
  },
  {
    code: 'ADRESSEBESKYT',
    name: { da: 'Navne- og adressebeskyttelse', en: 'Name and address protection' },
    description: {
      da: 'Få hemmelig adresse i CPR-registret, så dit navn og din adresse ikke bliver udleveret til private.',
      en: 'Get a secret address in the CPR register, so your name and address are not given out to private parties.',
    },
    visitMinutes: 15,
    documents: { da: ['Legitimation'], en: ['ID'] },
    fee: {
      da: 'Spørg Borgerservice, om der er et gebyr. Beskyttelsen gælder i 1 år og kan forlænges med 1 eller 5 år ad gangen. Du skal selv give PostNord og dit teleselskab besked.',
      en: 'Ask Citizen Service whether there is a fee. The protection lasts 1 year and can be extended by 1 or 5 years at a time. You must tell PostNord and your phone company yourself.',
    },
    keywords: {
      da: [
        'adressebeskyttelse',
        'navnebeskyttelse',
        'navne- og adressebeskyttelse',
        'hemmelig adresse',
        'skjult adresse',
        'beskyttet adresse',
        'beskyt min adresse',
        'skjule adresse',
      ],
      en: [
        'address protection',
        'name and address protection',
        'secret address',
        'hidden address',
        'protected address',
        'confidential address',
        'hide my address',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: { da: 'Søg om beskyttelse på borger.dk', en: 'Apply for protection on borger.dk' },
        url: 'https://www.borger.dk',
        where: {
          da: 'Søg efter »navne- og adressebeskyttelse« på borger.dk.',
          en: 'Search for "navne- og adressebeskyttelse" (name and address protection) on borger.dk.',
        },
        who: {
          da: 'Borgere med MitID – for dig selv og dine børn på samme adresse',
          en: 'Citizens with MitID – for yourself and your children at the same address',
        },
      },
    ],
    questions: [
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at søge om beskyttelse på borger.dk, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you apply for protection on borger.dk yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Du kan selv søge om navne- og adressebeskyttelse på borger.dk med MitID – også for dine børn på samme adresse. Husk selv at give PostNord og dit teleselskab besked.',
          en: 'You can apply for name and address protection yourself on borger.dk with MitID – also for your children at the same address. Remember to tell PostNord and your phone company yourself.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Uden MitID søger du om beskyttelse i Borgerservice, hvor vi tjekker din identitet. Tag legitimation med.',
          en: 'Without MitID you apply for protection at Citizen Service, where we check your identity. Bring ID.',
        },
      },
    ],
  },
  {
    code: 'ATTEST',
    name: { da: 'Bopælsattest eller personattest', en: 'Residence or civil status certificate' },
    description: {
      da: 'Få dokumentation for din adresse (bopælsattest) eller dine personlige forhold (personattest). Med MitID kan du bestille den på borger.dk.',
      en: 'Get documentation of your address (residence certificate) or your personal details (civil status certificate). With MitID you can order it on borger.dk.',
    },
    visitMinutes: 10,
    documents: { da: ['Legitimation'], en: ['ID'] },
    fee: {
      da: 'Bopælsattest: 75 kr. (2023; prisen kan variere fra kommune til kommune).',
      en: 'Residence certificate: DKK 75 (2023; the price may vary between municipalities).',
    },
    keywords: {
      da: [
        'attest',
        'bopælsattest',
        'personattest',
        'bevis for adresse',
        'dokumentation for adresse',
        'civilstand',
        'apostille',
        'legalisering',
        'attest til udlandet',
      ],
      en: [
        'certificate',
        'residence certificate',
        'certificate of residence',
        'proof of address',
        'civil status certificate',
        'personal certificate',
        'apostille',
        'legalisation',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: { da: 'Bestil attesten på borger.dk', en: 'Order the certificate on borger.dk' },
        url: 'https://www.borger.dk/sider/attester.aspx',
        where: {
          da: 'Personattest bestilles på borger.dk. Bopælsattest bestilles også på borger.dk og sendes til din Digital Post.',
          en: 'Order a civil status certificate on borger.dk. A residence certificate is also ordered on borger.dk and sent to your Digital Post.',
        },
        who: { da: 'Borgere med MitID', en: 'Citizens with MitID' },
      },
    ],
    questions: [
      {
        key: 'needs_apostille',
        required: false,
        text: {
          da: 'Skal attesten bruges i udlandet og legaliseres (apostille)?',
          en: 'Will the certificate be used abroad and need legalisation (apostille)?',
        },
        help: {
          da: 'Så skal attesten have en underskrift og et stempel fra kommunen.',
          en: 'Then the certificate needs a signature and a stamp from the municipality.',
        },
      },
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at bestille attesten på borger.dk, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you order the certificate on borger.dk yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'apostille',
        when: [{ question: 'needs_apostille', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'En attest, der skal legaliseres til brug i udlandet, skal have kommunens underskrift og stempel. Den får du i Borgerservice.',
          en: 'A certificate that must be legalised for use abroad needs the municipality’s signature and stamp. You get it at Citizen Service.',
        },
      },
      {
        key: 'online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Du kan bestille attesten selv på borger.dk med MitID. Den sendes til din Digital Post.',
          en: 'You can order the certificate yourself on borger.dk with MitID. It is sent to your Digital Post.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Uden MitID får du attesten i Borgerservice. Tag legitimation med.',
          en: 'Without MitID you get the certificate at Citizen Service. Bring ID.',
        },
      },
    ],
  },
  {
    code: 'FOLKEPENSION',
    name: { da: 'Søg folkepension', en: 'Apply for state pension' },
    description: {
      da: 'Folkepension bliver ikke udbetalt automatisk – du skal søge om den hos Udbetaling Danmark. Du kan søge tidligst 6 måneder før din folkepensionsalder.',
      en: 'The state pension is not paid automatically – you must apply to Udbetaling Danmark. You can apply at the earliest 6 months before you reach state pension age.',
    },
    visitMinutes: 30,
    documents: {
      da: ['Legitimation', 'Oplysninger om din indkomst og formue'],
      en: ['ID', 'Information about your income and assets'],
    },
    fee: { da: 'Gratis', en: 'Free' },
    keywords: {
      da: [
        'folkepension',
        'pension',
        'søg pension',
        'søge folkepension',
        'ansøg om folkepension',
        'pensionist',
        'pensionsalder',
        'folkepensionsalder',
        'alderspension',
        'gå på pension',
      ],
      en: [
        'state pension',
        'pension',
        'apply for pension',
        'old-age pension',
        'retirement',
        'retire',
        'pension age',
        'pensioner',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: { da: 'Søg folkepension på borger.dk', en: 'Apply for state pension on borger.dk' },
        url: 'https://www.borger.dk/folkepension',
        where: { da: 'borger.dk/folkepension', en: 'borger.dk/folkepension' },
        who: {
          da: 'Alle med MitID – tidligst 6 måneder før folkepensionsalderen',
          en: 'Everyone with MitID – at the earliest 6 months before state pension age',
        },
      },
      {
        key: 'udbetaling-danmark',
        channel: 'hotline',
        title: { da: 'Ring til Udbetaling Danmark', en: 'Call Udbetaling Danmark' },
        where: {
          da: 'Udbetaling Danmark, Pension. Telefonnummeret står på borger.dk.',
          en: 'Udbetaling Danmark, Pension. The phone number is on borger.dk.',
        },
        who: { da: 'Alle', en: 'Everyone' },
      },
    ],
    questions: [
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'pension_within_6_months',
        required: true,
        text: {
          da: 'Er der under 6 måneder, til du når folkepensionsalderen?',
          en: 'Is it less than 6 months until you reach state pension age?',
        },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at søge folkepension på borger.dk, så du kan klare det selv næste gang. Kan du slet ikke bruge digitale løsninger, kan kommunen fritage dig, så du kan søge på papir.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you apply for state pension on borger.dk yourself, so you can manage on your own next time. If you cannot use digital solutions at all, the municipality can exempt you so you can apply on paper.',
        },
      },
      {
        key: 'too-early',
        when: [{ question: 'pension_within_6_months', equals: false }],
        outcome: 'self_service',
        reason: {
          da: 'Det er for tidligt at søge: Du kan tidligst søge 6 måneder før din folkepensionsalder. På borger.dk kan du læse mere og se, hvornår du kan søge.',
          en: 'It is too early to apply: you can apply at the earliest 6 months before your state pension age. On borger.dk you can read more and see when you can apply.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'no-mitid',
        when: [{ question: 'has_mitid', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Uden MitID hjælper vi dig med ansøgningen i Borgerservice. Tag legitimation og oplysninger om din indkomst og formue med.',
          en: 'Without MitID we help you with the application at Citizen Service. Bring ID and information about your income and assets.',
        },
      },
      {
        key: 'online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Du kan søge folkepension selv på borger.dk med MitID. Har du spørgsmål, kan du ringe til Udbetaling Danmark.',
          en: 'You can apply for state pension yourself on borger.dk with MitID. If you have questions, you can call Udbetaling Danmark.',
        },
        options: ['borger-dk', 'udbetaling-danmark'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Book tid, så hjælper vi dig med at søge folkepension i Borgerservice.',
          en: 'Book a visit and we will help you apply for state pension at Citizen Service.',
        },
      },
    ],
  },
  {
    code: 'BOLIGSTOETTE',
    name: { da: 'Søg boligstøtte', en: 'Apply for housing benefit' },
    description: {
      da: 'Boligstøtte er et tilskud til din husleje fra Udbetaling Danmark. Du søger på borger.dk, hvor du også kan beregne, hvad du kan få.',
      en: 'Housing benefit is a contribution to your rent from Udbetaling Danmark. You apply on borger.dk, where you can also calculate what you may get.',
    },
    visitMinutes: 30,
    documents: { da: ['Lejekontrakt', 'Legitimation'], en: ['Your tenancy agreement', 'ID'] },
    fee: {
      da: 'Gratis. Sagsbehandlingen tager op til 7 uger (i gennemsnit 4 uger).',
      en: 'Free. Processing takes up to 7 weeks (4 weeks on average).',
    },
    keywords: {
      da: [
        'boligstøtte',
        'søg boligstøtte',
        'boligsikring',
        'boligydelse',
        'huslejetilskud',
        'tilskud til husleje',
        'hjælp til husleje',
        'husleje',
        'boligstøtteberegner',
      ],
      en: [
        'housing benefit',
        'housing support',
        'rent subsidy',
        'rent allowance',
        'help with rent',
        'rent',
        'housing allowance',
      ],
    },
    selfService: [
      {
        key: 'borger-dk',
        channel: 'online',
        title: { da: 'Søg boligstøtte på borger.dk', en: 'Apply for housing benefit on borger.dk' },
        url: 'https://www.borger.dk/bolig-og-flytning/boligstoette-oversigt/soeg-boligstoette',
        where: {
          da: 'Søg boligstøtte på borger.dk. Beregneren kan bruges uden at logge ind.',
          en: 'Apply for housing benefit on borger.dk. The calculator can be used without logging in.',
        },
        who: {
          da: 'Alle med MitID. Kun én i husstanden skal søge.',
          en: 'Everyone with MitID. Only one person in the household needs to apply.',
        },
      },
    ],
    questions: [
      { key: 'has_mitid', required: true, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
      {
        key: 'registered_at_address',
        required: true,
        text: {
          da: 'Er du tilmeldt folkeregistret på den adresse, du søger boligstøtte til?',
          en: 'Are you registered in the civil registry at the address you are applying for?',
        },
        help: {
          da: 'Du skal have meldt flytning, før du kan søge boligstøtte.',
          en: 'You must have reported your move before you can apply for housing benefit.',
        },
      },
      {
        key: 'moved_in_within_30_days',
        required: false,
        text: {
          da: 'Er det under 30 dage siden, du flyttede ind?',
          en: 'Did you move in less than 30 days ago?',
        },
        help: {
          da: 'Søger du inden 30 dage, kan du få boligstøtte fra den dag, du flyttede ind.',
          en: 'If you apply within 30 days, you can get housing benefit from the day you moved in.',
        },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at søge boligstøtte på borger.dk, så du kan klare det selv næste gang. Kan du slet ikke bruge digitale løsninger, kan kommunen fritage dig, så du kan søge på papir.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you apply for housing benefit on borger.dk yourself, so you can manage on your own next time. If you cannot use digital solutions at all, the municipality can exempt you so you can apply on paper.',
        },
      },
      {
        key: 'no-mitid',
        when: [{ question: 'has_mitid', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Uden MitID hjælper vi dig med at søge boligstøtte i Borgerservice. Tag lejekontrakt og legitimation med.',
          en: 'Without MitID we help you apply for housing benefit at Citizen Service. Bring your tenancy agreement and ID.',
        },
      },
      {
        key: 'report-move-first',
        when: [{ question: 'registered_at_address', equals: false }],
        outcome: 'self_service',
        reason: {
          da: 'Meld først flytning til folkeregistret – det kan du gøre på borger.dk med MitID. Søg derefter boligstøtte, og gerne inden 30 dage efter indflytning.',
          en: 'First report your move to the civil registry – you can do that on borger.dk with MitID. Then apply for housing benefit, preferably within 30 days of moving in.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'online-recent-move',
        when: [
          { question: 'has_mitid', equals: true },
          { question: 'moved_in_within_30_days', equals: true },
        ],
        outcome: 'self_service',
        reason: {
          da: 'Du kan søge boligstøtte selv på borger.dk med MitID. Søg inden 30 dage efter indflytning, så kan du få støtte fra den dag, du flyttede ind.',
          en: 'You can apply for housing benefit yourself on borger.dk with MitID. Apply within 30 days of moving in to get support from the day you moved in.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'online',
        when: [{ question: 'has_mitid', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Du kan søge boligstøtte selv på borger.dk med MitID. Du kan også beregne, hvad du kan få, uden at logge ind.',
          en: 'You can apply for housing benefit yourself on borger.dk with MitID. You can also calculate what you may get without logging in.',
        },
        options: ['borger-dk'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Book tid, så hjælper vi dig med at søge boligstøtte i Borgerservice. Tag lejekontrakt og legitimation med.',
          en: 'Book a visit and we will help you apply for housing benefit at Citizen Service. Bring your tenancy agreement and ID.',
        },
      },
    ],
  },
  {
    code: 'NEMKONTO',
    name: { da: 'NemKonto', en: 'NemKonto (account for public payments)' },
    description: {
      da: 'Din NemKonto er den bankkonto, hvor du får penge fra det offentlige. Har du en dansk bankkonto, kan din bank sørge for det.',
      en: 'Your NemKonto is the bank account where you receive money from public authorities. If you have a Danish bank account, your bank can set it up.',
    },
    visitMinutes: 15,
    documents: { da: ['Legitimation'], en: ['ID'] },
    fee: { da: 'Gratis', en: 'Free' },
    keywords: {
      da: [
        'nemkonto',
        'nem konto',
        'bankkonto',
        'konto',
        'skift nemkonto',
        'udbetaling',
        'penge fra det offentlige',
        'udenlandsk konto',
        'konto i udlandet',
      ],
      en: [
        'nemkonto',
        'bank account',
        'account',
        'public payments',
        'payments from the government',
        'change account',
        'foreign account',
        'foreign bank account',
      ],
    },
    selfService: [
      {
        key: 'own-bank',
        channel: 'online',
        title: { da: 'Din bank eller nemkonto.dk', en: 'Your bank or nemkonto.dk' },
        url: 'https://www.nemkonto.dk',
        where: {
          da: 'Kontakt din bank, eller vælg NemKonto i din netbank. Du kan også bruge selvbetjeningen på nemkonto.dk.',
          en: 'Contact your bank or choose NemKonto in your online banking. You can also use the self-service on nemkonto.dk.',
        },
        who: { da: 'Alle over 15 år med MitID', en: 'Everyone over 15 with MitID' },
      },
      {
        key: 'foreign-account-form',
        channel: 'post',
        title: { da: 'Blanket til udenlandsk konto', en: 'Form for a foreign account' },
        url: 'https://www.nemkonto.dk',
        where: {
          da: 'Hent blanketten til udenlandsk NemKonto på nemkonto.dk, og send den med posten. Den skal underskrives af 2 vidner eller en notar.',
          en: 'Get the form for a foreign NemKonto on nemkonto.dk and send it by post. It must be signed by 2 witnesses or a notary.',
        },
        who: { da: 'Borgere uden MitID', en: 'Citizens without MitID' },
      },
    ],
    questions: [
      {
        key: 'has_danish_bank_account',
        required: true,
        text: { da: 'Har du en dansk bankkonto?', en: 'Do you have a Danish bank account?' },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at oprette din NemKonto, så du kan klare det selv næste gang.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you set up your NemKonto yourself, so you can manage on your own next time.',
        },
      },
      {
        key: 'own-bank',
        when: [{ question: 'has_danish_bank_account', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Din bank kan gøre din konto til NemKonto. Kontakt banken, eller gør det selv i din netbank eller på nemkonto.dk.',
          en: 'Your bank can make your account your NemKonto. Contact the bank, or do it yourself in your online banking or on nemkonto.dk.',
        },
        options: ['own-bank'],
      },
      {
        key: 'foreign-account',
        when: [{ question: 'has_danish_bank_account', equals: false }],
        outcome: 'self_service',
        reason: {
          da: 'Har du kun en konto i udlandet, kan du anmelde den som NemKonto med en blanket fra nemkonto.dk, som du sender med posten.',
          en: 'If you only have an account abroad, you can register it as your NemKonto with a form from nemkonto.dk that you send by post.',
        },
        options: ['foreign-account-form'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Book tid, så vejleder vi dig om NemKonto i Borgerservice.',
          en: 'Book a visit and we will guide you about NemKonto at Citizen Service.',
        },
      },
    ],
  },
  {
    code: 'INDREJSE_EU',
    name: { da: 'Indrejse som EU-borger (CPR)', en: 'Moving to Denmark as an EU citizen (CPR)' },
    description: {
      da: 'Flytter du til Danmark som EU-, EØS- eller schweizisk borger, skal du først have et EU-opholdsdokument fra SIRI og derefter registreres i CPR.',
      en: 'If you move to Denmark as an EU, EEA or Swiss citizen, you first need an EU residence document from SIRI and then registration in the CPR register.',
    },
    visitMinutes: 30,
    documents: {
      da: [
        'Pas eller nationalt ID-kort',
        'EU-opholdsdokument fra SIRI (gælder ikke nordiske statsborgere)',
        'Lejekontrakt',
        'Vielses- og fødselsattester (oversat, hvis de ikke er på dansk, engelsk eller tysk)',
      ],
      en: [
        'Passport or national ID card',
        'EU residence document from SIRI (not for Nordic citizens)',
        'Tenancy agreement',
        'Marriage and birth certificates (translated if not in Danish, English or German)',
      ],
    },
    fee: { da: 'Gratis', en: 'Free' },
    keywords: {
      da: [
        'indrejse',
        'eu-borger',
        'flytte til danmark',
        'flyttet til danmark',
        'cpr-nummer',
        'cpr',
        'registreringsbevis',
        'eu-opholdsdokument',
        'opholdsdokument',
        'siri',
        'ny i danmark',
      ],
      en: [
        'moving to denmark',
        'moved to denmark',
        'eu citizen',
        'cpr number',
        'cpr',
        'registration certificate',
        'eu residence document',
        'residence document',
        'siri',
        'new in denmark',
        'register in denmark',
      ],
    },
    selfService: [
      {
        key: 'siri-online',
        channel: 'online',
        title: { da: 'Søg EU-opholdsdokument online', en: 'Apply for an EU residence document online' },
        url: 'https://lifeindenmark.borger.dk',
        where: {
          da: 'Læs mere på lifeindenmark.borger.dk, og søg om EU-opholdsdokument online hos SIRI.',
          en: 'Read more on lifeindenmark.borger.dk and apply for an EU residence document online with SIRI.',
        },
        who: { da: 'EU-, EØS- og schweiziske borgere', en: 'EU, EEA and Swiss citizens' },
      },
    ],
    questions: [
      {
        key: 'is_nordic_citizen',
        required: true,
        text: { da: 'Er du statsborger i et nordisk land?', en: 'Are you a citizen of a Nordic country?' },
        help: {
          da: 'Nordiske statsborgere skal ikke have et EU-opholdsdokument.',
          en: 'Nordic citizens do not need an EU residence document.',
        },
      },
      {
        key: 'has_siri_document',
        required: false,
        text: {
          da: 'Har du fået dit EU-opholdsdokument fra SIRI?',
          en: 'Have you received your EU residence document from SIRI?',
        },
      },
    ],
    rules: [
      {
        key: 'nordic',
        when: [{ question: 'is_nordic_citizen', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Som nordisk statsborger skal du ikke have et EU-opholdsdokument. Book tid i Borgerservice for at blive registreret i CPR.',
          en: 'As a Nordic citizen you do not need an EU residence document. Book a visit at Citizen Service to be registered in the CPR register.',
        },
      },
      {
        key: 'siri-first',
        when: [{ question: 'has_siri_document', equals: false }],
        outcome: 'visit',
        reason: {
          da: 'Du skal først have et EU-opholdsdokument. Søg online, og mød personligt op hos SIRI eller International Citizen Service. Book derefter tid i Borgerservice til CPR-registrering.',
          en: 'You first need an EU residence document. Apply online and attend in person at SIRI or International Citizen Service. Then book a visit at Citizen Service for CPR registration.',
        },
        options: ['siri-online'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'CPR-registrering kræver personligt fremmøde. Book tid, og tag pas, EU-opholdsdokument og lejekontrakt med.',
          en: 'CPR registration requires you to attend in person. Book a visit and bring your passport, EU residence document and tenancy agreement.',
        },
      },
    ],
  },
  {
    code: 'DIGITAL_HJAELP',
    name: {
      da: 'Hjælp til eller undtagelse fra digital selvbetjening',
      en: 'Help with or exemption from digital self-service',
    },
    description: {
      da: 'Få hjælp, hvis du har svært ved at bruge de digitale løsninger, eller søg om at blive undtaget fra at skulle bruge dem.',
      en: 'Get help if you find the digital solutions hard to use, or apply to be exempted from having to use them.',
    },
    visitMinutes: 20,
    documents: {
      da: ['Legitimation', 'Papirerne i din sag'],
      en: ['ID', 'The papers for your case'],
    },
    fee: { da: 'Gratis', en: 'Free' },
    keywords: {
      da: [
        'hjælp',
        'digital hjælp',
        'it-hjælp',
        'hjælp til computer',
        'medbetjening',
        'digital selvbetjening',
        'undtagelse',
        'kan ikke bruge computer',
        'fuldmagt',
        'digital fuldmagt',
        'hjælp til blanketter',
      ],
      en: [
        'help',
        'digital help',
        'it help',
        'computer help',
        'assisted service',
        'cannot use a computer',
        'self-service exemption',
        'power of attorney',
        'digital power of attorney',
        'help with forms',
      ],
    },
    selfService: [
      {
        key: 'digital-hotline',
        channel: 'hotline',
        title: { da: 'Den Digitale Hotline', en: 'The Digital Hotline' },
        where: {
          da: 'Ring til Den Digitale Hotline på 70 20 00 00.',
          en: 'Call the Digital Hotline (Den Digitale Hotline) on +45 70 20 00 00.',
        },
        who: { da: 'Alle', en: 'Everyone' },
      },
      {
        key: 'library',
        channel: 'library',
        title: { da: 'Hjælp på biblioteket', en: 'Help at the library' },
        where: {
          da: 'Mange biblioteker hjælper med digitale løsninger. Spørg på dit lokale bibliotek.',
          en: 'Many libraries help with digital solutions. Ask at your local library.',
        },
        who: { da: 'Alle', en: 'Everyone' },
      },
      {
        key: 'digital-fuldmagt',
        channel: 'online',
        title: { da: 'Digital Fuldmagt', en: 'Digital power of attorney (Digital Fuldmagt)' },
        where: {
          da: 'Med Digital Fuldmagt kan en pårørende klare sagen digitalt for dig. Søg efter »Digital Fuldmagt« på borger.dk.',
          en: 'With a digital power of attorney (Digital Fuldmagt) a relative can handle the case digitally for you. Search for "Digital Fuldmagt" on borger.dk.',
        },
        who: {
          da: 'Alle over 15 år, når enten du eller din pårørende har MitID',
          en: 'Everyone over 15, when either you or your relative has MitID',
        },
      },
    ],
    questions: [
      {
        key: 'digital_post_exempt',
        required: true,
        text: { da: 'Er du fritaget for Digital Post?', en: 'Are you exempt from Digital Post?' },
        help: {
          da: 'Så har du siden 1. juni 2023 ret til et alternativ, der ikke er digitalt.',
          en: 'Then, since 1 June 2023, you have the right to a non-digital alternative.',
        },
      },
      {
        key: 'relative_can_help',
        required: true,
        text: {
          da: 'Kan en pårørende hjælpe dig med en fuldmagt?',
          en: 'Can a relative help you with a power of attorney?',
        },
      },
      {
        key: 'needs_help',
        required: false,
        text: {
          da: 'Har du brug for hjælp, fordi du ikke kan bruge den digitale løsning?',
          en: 'Do you need help because you cannot use the digital solution?',
        },
      },
    ],
    rules: [
      {
        key: 'needs-help',
        when: [{ question: 'needs_help', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Book tid til medbetjening: En medarbejder sidder ved siden af dig og hjælper dig med at bruge den digitale løsning, så du kan klare det selv næste gang. Kan du slet ikke bruge digitale løsninger, kan kommunen undtage dig.',
          en: 'Book a co-service visit: an adviser sits beside you and helps you use the digital solution yourself, so you can manage on your own next time. If you cannot use digital solutions at all, the municipality can exempt you.',
        },
      },
      {
        key: 'digital-post-exempt',
        when: [{ question: 'digital_post_exempt', equals: true }],
        outcome: 'visit',
        reason: {
          da: 'Når du er fritaget for Digital Post, har du ret til et alternativ, der ikke er digitalt. Book tid, så hjælper vi dig med din sag.',
          en: 'When you are exempt from Digital Post, you have the right to a non-digital alternative. Book a visit and we will help you with your case.',
        },
      },
      {
        key: 'power-of-attorney',
        when: [{ question: 'relative_can_help', equals: true }],
        outcome: 'self_service',
        reason: {
          da: 'Med en Digital Fuldmagt kan din pårørende klare sagen digitalt for dig, uden at du skal møde op.',
          en: 'With a digital power of attorney your relative can handle the case digitally for you, without you having to come in.',
        },
        options: ['digital-fuldmagt'],
      },
      {
        key: 'hotline-or-library',
        when: [{ question: 'relative_can_help', equals: false }],
        outcome: 'self_service',
        reason: {
          da: 'Har du spørgsmål til en digital løsning, kan Den Digitale Hotline eller dit bibliotek hjælpe dig videre.',
          en: 'If you have questions about a digital solution, the Digital Hotline or your library can help you.',
        },
        options: ['digital-hotline', 'library'],
      },
      {
        key: 'visit',
        when: [],
        outcome: 'visit',
        reason: {
          da: 'Book tid, så hjælper en medarbejder dig med din sag i Borgerservice.',
          en: 'Book a visit and an adviser will help you with your case at Citizen Service.',
        },
      },
    ],
  },
];
