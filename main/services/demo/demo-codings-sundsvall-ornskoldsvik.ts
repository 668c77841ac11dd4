import type { DemoCoding } from './demo-spec';

/** Codings of the Sundsvall, Timrå, Ånge and Örnsköldsvik sources. Every quote occurs exactly once in its source. */
export const demoCodingsSundsvallToOrnskoldsvik: DemoCoding[] = [
  {
    slug: 'sun-vagledning',
    sourceSlug: 'sundsvall-utvecklingsstrateg',
    quote:
      'Anneli Nordin, som samordnar studie- och yrkesvägledarna hos oss, har gjort ett jättejobb med att få ihop gymnasiet, vuxenutbildningen och Arbetsförmedlingen.',
    themeSlugs: ['skolans-roll', 'operativ-samverkan'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'sundsvall-utvecklingsstrateg',
    quote:
      'Det visade sig att vi hade flera anordnare som erbjöd ungefär samma sak, medan det saknades helt inom en del bristyrken. Det var ett viktigt underlag.',
    themeSlugs: ['utbildningsinsatser', 'prognoser-harddata'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'sun-central-funktion',
    sourceSlug: 'sundsvall-utvecklingsstrateg',
    quote:
      'Vi skulle behöva en central funktion i kommunen som håller i det här, som kan ta fram underlag och som förvaltningarna kan vända sig till. Nu är det utspritt och personberoende.',
    themeSlugs: ['strategiskt-agarskap'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'sundsvall-utvecklingsstrateg',
    quote:
      'Vi har lagt mycket energi på att prata med Arbetsförmedlingen och företagen, och så har vi glömt att berätta för våra egna kollegor vad vi håller på med.',
    themeSlugs: ['samverkan'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'sun-mandat',
    sourceSlug: 'sundsvall-utvecklingsstrateg',
    quote:
      'Så lärdomen är att man måste respektera varandras mandat, även när man tycker att de andra är för långsamma. Och sen är själva mandatet svårt att hitta.',
    themeSlugs: ['mandat-roller'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'sundsvall-utvecklingsstrateg',
    quote:
      'Och sen är själva mandatet svårt att hitta. Jag har fortfarande inte riktigt klart för mig vem som har det yttersta ansvaret för kompetensförsörjningen i Sundsvalls kommun.',
    themeSlugs: ['strategiskt-agarskap'],
    valence: 'weakness',
    memo: 'Överlappar med föregående kodning om mandat.',
  },
  {
    slug: 'tim-resultat',
    sourceSlug: 'timra-framsteget',
    quote:
      'Under 2011 hade vi tjugo deltagare. Av dem har nio fått jobb och fyra har börjat studera.',
    themeSlugs: ['unga-utrikesfodda', 'prognoser-harddata'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'timra-framsteget',
    quote:
      'Fast det ska sägas att det är sju som vi inte har lyckats med, eller inte än i alla fall. Och några av dem är de som har det allra svårast.',
    themeSlugs: ['unga-utrikesfodda'],
    valence: 'mixed',
    memo: 'Teamet nyanserar själva sitt resultat.',
  },
  {
    slug: 'tim-relation',
    sourceSlug: 'timra-framsteget',
    quote:
      'Vi har dem i ett år, och det tar tid att bygga förtroende. Många av de här ungdomarna har träffat hur många handläggare som helst som har kommit och gått.',
    themeSlugs: ['unga-utrikesfodda'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'timra-framsteget',
    quote:
      'De första sex månaderna har de aktivitetsstöd, och sen blir de anställda av kommunens arbetsmarknadsenhet och får lön. Det gör enorm skillnad för motivationen.',
    themeSlugs: ['unga-utrikesfodda'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'tim-skola-sent',
    sourceSlug: 'timra-framsteget',
    quote:
      'Vi tar emot ungdomar som skolan redan har tappat, och vi har nästan ingen kontakt bakåt.',
    themeSlugs: ['skolans-roll'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'timra-framsteget',
    quote:
      'Jag håller inte riktigt med. Vi har faktiskt börjat få kontakt med gymnasiets vägledare nu i vår, så det rör på sig.',
    themeSlugs: ['skolans-roll'],
    valence: 'mixed',
    memo: 'Oenighet inom teamet om hur kontakten med skolan ser ut.',
  },
  {
    sourceSlug: 'timra-framsteget',
    quote:
      'Vi har haft tur som har en chef som har trott på det, men det hade kunnat se helt annorlunda ut.',
    themeSlugs: ['personberoende', 'forankring-ledning'],
    valence: 'mixed',
    memo: '',
  },
  {
    sourceSlug: 'timra-arbetsmarknadschef',
    quote:
      'Vi valde tidigt att inte sprida ut oss på många små insatser utan att satsa på en målgrupp, och det blev unga som saknar gymnasiebehörighet.',
    themeSlugs: ['unga-utrikesfodda', 'insatser'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'tac-kalkyl',
    sourceSlug: 'timra-arbetsmarknadschef',
    quote:
      'Vi har inte varit tillräckligt bra på att räkna hem det. Det är ett misstag som jag tar på mig.',
    themeSlugs: ['prognoser-harddata'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'tac-nyanlanda',
    sourceSlug: 'timra-arbetsmarknadschef',
    quote:
      'Jag skulle vilja att vi utvecklade det spåret. Det finns många nyanlända vuxna i Timrå också, och de har inte varit någon målgrupp i projektet.',
    themeSlugs: ['unga-utrikesfodda'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'tac-alla-ar-for',
    sourceSlug: 'timra-arbetsmarknadschef',
    quote:
      'Det är samma mönster som i hela Kompetenslyftet, tror jag – alla är för, men ingen vill vara den som äger det.',
    themeSlugs: ['strategiskt-agarskap'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'timra-arbetsmarknadschef',
    quote:
      'Men arton månader är för kort för att bevisa något. Vi har ett års resultat. Jag skulle vilja följa de här ungdomarna i tre år och se om de är kvar i jobb.',
    themeSlugs: ['insatser', 'prognoser-harddata'],
    valence: 'mixed',
    memo: '',
  },
  {
    slug: 'ange-besok',
    sourceSlug: 'ange-utvecklingschef',
    quote: 'Vi har ungefär 650 aktiva företag i kommunen, och vi har besökt runt 140 av dem.',
    themeSlugs: ['foretagsbesok'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'ange-skogsmaskin',
    sourceSlug: 'ange-utvecklingschef',
    quote: 'Och alla deltagare fick jobb eller sommarjobb efteråt. Alla. Det händer inte ofta.',
    themeSlugs: ['utbildningsinsatser'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'ange-utvecklingschef',
    quote:
      'Det var inte en utbildning för att utbilda, det var ett företag som sa ”vi behöver sex förare till i sommar”. Och så var Arbetsförmedlingen med och hittade deltagarna, och lärcentrum ordnade det praktiska.',
    themeSlugs: ['utbildningsinsatser', 'operativ-samverkan'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'ange-sarbart',
    sourceSlug: 'ange-utvecklingschef',
    quote:
      'Men det är klart, det är sårbart. Om någon av oss slutar så faller en tredjedel av styrningen bort.',
    themeSlugs: ['personberoende'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'ange-aktiviteter',
    sourceSlug: 'ange-utvecklingschef',
    quote:
      'Det är lätt att fylla kalendern med aktiviteter. Och när det går bra, när alla fick jobb efter skogsmaskinutbildningen, då känns det inte som att man behöver en strategi.',
    themeSlugs: ['projektkultur'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'ange-positiva',
    sourceSlug: 'ange-utvecklingschef',
    quote: 'De har varit positiva. Men de har inte varit engagerade, det är en skillnad.',
    themeSlugs: ['forankring-ledning'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'orn-prognos',
    sourceSlug: 'ornskoldsvik-projektledare',
    quote:
      'När vi kunde visa svart på vitt att det skulle behövas folk inom informationssystem så startade de en utbildning här. Det hade inte hänt om vi bara hade kommit och sagt att vi tyckte det.',
    themeSlugs: ['prognoser-harddata'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'orn-business-room',
    sourceSlug: 'ornskoldsvik-projektledare',
    quote:
      'Jenny Åkerlund, som driver Business Room, har varit fantastisk på att fånga upp folk, inte minst sådana som blev varslade och funderade på att starta eget. Under projekttiden har Business Room hjälpt till att starta 28 företag.',
    themeSlugs: ['utbildningsinsatser'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'orn-praktik',
    sourceSlug: 'ornskoldsvik-projektledare',
    quote:
      'Vi har ordnat praktikplatser för 100 ungdomar. Det har varit ett samarbete mellan kommunen, Arbetsförmedlingen och företagen, och det har gått bra.',
    themeSlugs: ['unga-utrikesfodda'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'orn-agare',
    sourceSlug: 'ornskoldsvik-projektledare',
    quote:
      'Efter varslen var det kommunstyrelsens ordförande som tog initiativet. Det gör att frågan har haft en ägare på ett sätt som jag förstår att den inte har haft i alla kommuner.',
    themeSlugs: ['forankring-ledning', 'strategiskt-agarskap'],
    valence: 'strength',
    memo: 'Kontrastfall: politiskt initiativ gav frågan en ägare.',
  },
  {
    sourceSlug: 'ornskoldsvik-projektledare',
    quote:
      'Men det ska sägas att det är ett personberoende ägarskap. Om ordföranden byts efter valet så vet jag inte hur det blir.',
    themeSlugs: ['personberoende'],
    valence: 'mixed',
    memo: '',
  },
  {
    sourceSlug: 'ornskoldsvik-projektledare',
    quote:
      'Vi har inte bjudit in skolan tillräckligt, och det är ju där framtidens arbetskraft sitter.',
    themeSlugs: ['skolans-roll'],
    valence: 'weakness',
    memo: '',
  },
];
