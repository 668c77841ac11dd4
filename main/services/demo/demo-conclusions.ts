import type { DemoFinding, DemoPseudonym, DemoQuestion, DemoRecommendation } from './demo-spec';

export const demoFindings: DemoFinding[] = [
  {
    slug: 'f-manga-insatser',
    statement:
      'Projektet har gett många konkreta insatser och engagemanget i kommunerna och hos Arbetsförmedlingen har varit stort. Tydligast resultat har de små, efterfrågestyrda utbildningarna gett, där företagen var med från början. Arton månader upplevdes ändå som för kort för att gå från aktivitet till förändring.',
    themeSlugs: ['insatser', 'utbildningsinsatser'],
    codingSlugs: [
      'ls-engagemang',
      'sol-billackerare',
      'ange-skogsmaskin',
      'for-konkreta',
      'orn-business-room',
      'hpl-kort',
    ],
  },
  {
    slug: 'f-operativ-samverkan',
    statement:
      'Samverkan på operativ nivå – gemensamma företagsbesök och gemensamt planerade utbildningar – har fungerat väl och gett ett tydligt mervärde, både för företagen och för parternas kunskap om varandra. Samverkansgrupperna arbetar dock i praktiken med verkstad snarare än strategi.',
    themeSlugs: ['operativ-samverkan', 'samverkan', 'foretagsbesok'],
    codingSlugs: [
      'kr-gemensamma-besok',
      'kraf-lediga-jobb',
      'hpl-gemensamma-besok',
      'af-resurser',
      'kr-verkstad',
    ],
  },
  {
    slug: 'f-ingen-ager',
    statement:
      'Ingen aktör äger frågan om kompetensförsörjning på strategisk nivå. Kommunledningarna är positiva men inte engagerade och frågan behandlas som ett operativt ansvar; Örnsköldsvik, där den politiska ledningen tog initiativet, är undantaget.',
    themeSlugs: ['strategiskt-agarskap', 'forankring-ledning'],
    codingSlugs: [
      'hnc-ingens-bord',
      'kr-kor-ni',
      'for-ingen-ager',
      'kf-mellan-stolarna',
      'ange-positiva',
      'orn-agare',
    ],
  },
  {
    slug: 'f-personberoende',
    statement:
      'Det som fungerar vilar på enskilda personer, och där mandat saknas stannar överenskommelser i samverkansgrupperna. Chefsbyten har satt tillbaka arbetet, tydligast i Härnösand. Arbetsförmedlingens ledning tror att strukturerna består, men de lokala intervjuerna ger en mer sårbar bild.',
    themeSlugs: ['personberoende', 'mandat-roller', 'hallbar-forandring'],
    codingSlugs: [
      'hpl-chefsbyten',
      'hnc-person-inte-struktur',
      'sol-eldsjalar',
      'ange-sarbart',
      'kr-mandat',
      'af-overleva',
    ],
  },
  {
    slug: 'f-projektkultur',
    statement:
      'Projektkulturen har varit inriktad på aktiviteter snarare än förändring: målen formulerades som antal besök och insatser, och få har följt upp jobb, studier eller nya företag. Örnsköldsviks prognosarbete visar vad hårda data kan uträtta när de finns.',
    themeSlugs: ['projektkultur', 'prognoser-harddata'],
    codingSlugs: [
      'hpl-raknat-fel',
      'hnc-mal-aktiviteter',
      'ls-projektkultur',
      'ange-aktiviteter',
      'kraf-rakna-besok',
      'orn-prognos',
    ],
  },
  {
    slug: 'f-unga-skola',
    statement:
      'Insatser för unga ger goda resultat när stödet är intensivt och långsiktigt, som i Timrå och Örnsköldsvik. Skolan har däremot haft en svag roll i de flesta kommuner, och utrikesföddas väg till arbete har inte fått det utrymme som behövs.',
    themeSlugs: ['unga-utrikesfodda', 'skolans-roll'],
    codingSlugs: [
      'tim-resultat',
      'tim-relation',
      'orn-praktik',
      'tim-skola-sent',
      'kf-skolledare',
      'af-utrikesfodda',
    ],
  },
];

export const demoRecommendations: DemoRecommendation[] = [
  {
    slug: 'r-hogre-ledning',
    title: 'Engagera högre ledningsnivåer i frågan',
    text: 'Kommunledningar, förvaltningschefer och Arbetsförmedlingens ledning bör ta ställning till vem som bär ansvaret för kompetensförsörjningen och hur frågan ska följas upp. Frågan bör behandlas som ett beslutsärende i kommunstyrelser och i kommunchefsgruppen, inte som en informationspunkt.',
    rationale:
      'Där den politiska ledningen drivit frågan har arbetet kommit längre. På andra håll stannar överenskommelser hos medarbetare utan mandat och försvinner när personer byts ut.',
    findingSlugs: ['f-ingen-ager', 'f-personberoende'],
    actor: 'Kommunledningarna och Arbetsförmedlingens ledning',
    priority: 'high',
    timeframe: 'Inom 6 månader',
  },
  {
    slug: 'r-gemensam-bild',
    title: 'Bygg en gemensam bild av kompetensförsörjningen',
    text: 'Avsätt tid för att tillsammans beskriva vad bristande kompetensförsörjning betyder för kommunen och länet, vad en bättre försörjning skulle ge, vilka verksamheter som berörs, vem som ansvarar för vad och kring vilka frågor parterna ska samverka. Skolan bör vara med från början.',
    rationale:
      'Frågan faller i dag mellan stolarna eftersom den berör skola, socialtjänst, näringsliv och Arbetsförmedlingen samtidigt. Den goda operativa samverkan är en grund att bygga vidare på.',
    findingSlugs: ['f-ingen-ager', 'f-operativ-samverkan', 'f-unga-skola'],
    actor: 'Länsstyrelsen tillsammans med kommunerna och Arbetsförmedlingen',
    priority: 'high',
    timeframe: 'Under hösten 2012',
  },
  {
    slug: 'r-projektkultur',
    title: 'Utveckla projektkulturen och kräv lärande uppåt',
    text: 'Formulera mål som förändringar snarare än aktiviteter, följ upp jobb, studier, nya företag och undvikna varsel, och begär att lärdomar rapporteras till ledningen. Kommande projekt bör ha en plan för hur arbetet ska övergå i ordinarie verksamhet.',
    rationale:
      'Aktiviteterna har varit många och uppskattade, men framgång har mätts i antal besök och insatser. Politiken efterfrågar hårda data, och de få siffror som finns har visat sig ha stor genomslagskraft.',
    findingSlugs: ['f-projektkultur', 'f-manga-insatser'],
    actor: 'Projektägare och styrgrupper',
    priority: 'medium',
    timeframe: 'Inom 12 månader',
  },
];

export const demoQuestions: DemoQuestion[] = [
  {
    slug: 'q-relevans',
    text: 'Har insatserna utgått från företagens faktiska behov av kompetens?',
    criterion: 'relevance',
    themeSlugs: ['foretagsbesok', 'utbildningsinsatser'],
    indicatorNames: [
      'Antal företag',
      'Företagsbesök',
      'Andel en- och tvåpersonsföretag',
      'Inventerade behovsområden',
      'Ägarskiften utan plan',
    ],
    findingSlugs: ['f-manga-insatser', 'f-operativ-samverkan'],
  },
  {
    slug: 'q-samstammighet',
    text: 'Hänger de lokala insatserna ihop med varandra och med den regionala utvecklingsstrategin?',
    criterion: 'coherence',
    themeSlugs: ['samverkan', 'mandat-roller'],
    indicatorNames: ['Deltagande kommuner', 'Kommuner med gymnasiesamverkansavtal'],
    findingSlugs: ['f-operativ-samverkan', 'f-ingen-ager'],
  },
  {
    slug: 'q-resultat',
    text: 'I vilken utsträckning har insatserna lett till arbete, studier och nya företag?',
    criterion: 'effectiveness',
    themeSlugs: ['utbildningsinsatser', 'unga-utrikesfodda', 'prognoser-harddata'],
    indicatorNames: [
      'Fick arbete',
      'Började studera',
      'Nya företag',
      'Praktikplatser unga',
      'Andel deltagare i arbete efter utbildning',
    ],
    findingSlugs: ['f-manga-insatser', 'f-unga-skola', 'f-projektkultur'],
  },
  {
    slug: 'q-strategisk-paverkan',
    text: 'Har projektet förändrat hur kommunerna styr och tar ansvar för kompetensförsörjningen?',
    criterion: 'impact',
    themeSlugs: ['strategiskt-agarskap', 'forankring-ledning', 'projektkultur'],
    indicatorNames: ['Chefsbyten', 'Projekttid'],
    findingSlugs: ['f-ingen-ager', 'f-projektkultur'],
  },
  {
    slug: 'q-varaktig-samverkan',
    text: 'Har samverkan mellan kommunerna och Arbetsförmedlingen blivit varaktig?',
    criterion: 'sustainability',
    themeSlugs: ['operativ-samverkan', 'hallbar-forandring', 'personberoende'],
    indicatorNames: ['Chefsbyten', 'Gemensamma strategigrupper'],
    findingSlugs: ['f-operativ-samverkan', 'f-personberoende'],
  },
];

/** Invented third-party names that occur in the transcripts, with the pseudonyms that replace them. */
export const demoPseudonyms: DemoPseudonym[] = [
  { real: 'Birgitta Holmgren', pseudonym: 'Tjänsteperson 1' },
  { real: 'Lars-Erik Sjödin', pseudonym: 'Tjänsteperson 2' },
  { real: 'Anneli Nordin', pseudonym: 'Tjänsteperson 3' },
  { real: 'Jenny Åkerlund', pseudonym: 'Tjänsteperson 4' },
  { real: 'Göran Byström', pseudonym: 'Företagsrepresentant 1' },
];
