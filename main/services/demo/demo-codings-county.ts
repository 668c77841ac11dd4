import type { DemoCoding } from './demo-spec';

/** Codings of the county actors: Företagarna, Arbetsförmedlingen, Kommunförbundet and Länsstyrelsen. Every quote occurs exactly once in its source. */
export const demoCodingsCounty: DemoCoding[] = [
  {
    slug: 'for-agarskiften',
    sourceSlug: 'foretagarna-regionchef',
    quote:
      'Av de ägare som planerar ett ägarskifte inom tio år är det 44 procent som tänker lämna över till personal eller familj. Och 56 procent vet inte.',
    themeSlugs: ['prognoser-harddata'],
    valence: 'neutral',
    memo: '',
  },
  {
    slug: 'for-person',
    sourceSlug: 'foretagarna-regionchef',
    quote:
      'I Härnösand har Birgitta Holmgren på näringslivskontoret varit jättebra på att hålla oss informerade, men det är ju hon som person, inte kommunen som system.',
    themeSlugs: ['personberoende'],
    valence: 'mixed',
    memo: '',
  },
  {
    slug: 'for-vad-forandrats',
    sourceSlug: 'foretagarna-regionchef',
    quote:
      'Det har varit mycket aktiviteter, mycket möten och konferenser. Och det är bra att man har träffats. Men jag har svårt att se vad som har förändrats för det enskilda företaget.',
    themeSlugs: ['projektkultur', 'hallbar-forandring'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'foretagarna-regionchef',
    quote:
      'Vi har gjort hundratals företagsbesök i länet, men vad hände sen? Fick företagen någon återkoppling? I många fall inte, har jag hört.',
    themeSlugs: ['foretagsbesok'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'for-konkreta',
    sourceSlug: 'foretagarna-regionchef',
    quote:
      'Där har företagen varit med och bestämt, och det har blivit jobb. Det är den modellen man borde sprida.',
    themeSlugs: ['utbildningsinsatser'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'for-ingen-ager',
    sourceSlug: 'foretagarna-regionchef',
    quote:
      'Ingen äger den i dag, och det är problemet. Kommunerna tycker att det är Arbetsförmedlingen, Arbetsförmedlingen tycker att det är skolan, skolan tycker att det är kommunledningen.',
    themeSlugs: ['strategiskt-agarskap'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'af-resurser',
    sourceSlug: 'arbetsformedlingen-omradeschef',
    quote:
      'Det som projektet har tillfört är inte ett nytt uppdrag, utan resurser för att göra det i samverkan. Och det har varit värdefullt.',
    themeSlugs: ['samverkan'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'af-overleva',
    sourceSlug: 'arbetsformedlingen-omradeschef',
    quote:
      'Jag är faktiskt ganska trygg i att de strukturer som har byggts kommer att överleva projektet.',
    themeSlugs: ['hallbar-forandring'],
    valence: 'strength',
    memo: 'Mer optimistisk än kommunerna; jämför Härnösand och Kramfors.',
  },
  {
    sourceSlug: 'arbetsformedlingen-omradeschef',
    quote:
      'Vi försökte lösa det genom att låta handläggarna fortsätta, och på många håll fungerade det. Men samverkan på chefsnivå fick stå tillbaka en period.',
    themeSlugs: ['operativ-samverkan', 'personberoende'],
    valence: 'mixed',
    memo: '',
  },
  {
    slug: 'af-ingen-ledning',
    sourceSlug: 'arbetsformedlingen-omradeschef',
    quote:
      'Men när det kommer till de strategiska frågorna – vilka utbildningar ska finnas i länet om fem år, hur ska vi hantera generationsskiftena – där har ingen riktigt tagit ledningen.',
    themeSlugs: ['strategiskt-agarskap'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'af-utrikesfodda',
    sourceSlug: 'arbetsformedlingen-omradeschef',
    quote:
      'Projektet har inte haft något särskilt fokus på det, vilket jag tycker är en brist. Det borde finnas med i en fortsättning.',
    themeSlugs: ['unga-utrikesfodda'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'arbetsformedlingen-omradeschef',
    quote:
      'Det har ibland varit oklart om en insats var kommunens eller vår, och då har det blivit dubbelarbete eller att ingen gjorde det.',
    themeSlugs: ['mandat-roller'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'kf-gymnasieavtal',
    sourceSlug: 'kommunforbundet-utvecklingsledare',
    quote:
      'Det viktigaste är att alla sju kommuner har skrivit under ett samverkansavtal för gymnasieskolan. Det låter kanske torrt, men det är faktiskt ganska stort.',
    themeSlugs: ['skolans-roll', 'samverkan'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'kf-skolledare',
    sourceSlug: 'kommunforbundet-utvecklingsledare',
    quote:
      'Men jag ska vara ärlig: det har varit svårt att få skolledarna engagerade. Rektorerna har mycket annat på sitt bord, och kompetensförsörjning för näringslivet hamnar inte högst upp.',
    themeSlugs: ['skolans-roll'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'kf-informationspunkt',
    sourceSlug: 'kommunforbundet-utvecklingsledare',
    quote:
      'Det har tagits upp, men bara som en informationspunkt. Det har aldrig varit ett beslutsärende. Och det säger ju en del.',
    themeSlugs: ['forankring-ledning'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'kf-mellan-stolarna',
    sourceSlug: 'kommunforbundet-utvecklingsledare',
    quote:
      'Den är inte en skolfråga, inte en socialtjänstfråga, inte en ren näringslivsfråga. Den är allt det, och därför är den ingens.',
    themeSlugs: ['strategiskt-agarskap'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'kommunforbundet-utvecklingsledare',
    quote:
      'Ibland undrar jag om vi på förbundet borde ha drivit det hårdare. Vi har en möjlighet att sätta frågor på kommunchefernas bord, och den har vi kanske inte utnyttjat fullt ut.',
    themeSlugs: ['forankring-ledning'],
    valence: 'mixed',
    memo: 'Självkritik från förbundet.',
  },
  {
    slug: 'kf-projektform',
    sourceSlug: 'kommunforbundet-utvecklingsledare',
    quote:
      'Det finns pengar kvar, och kommunerna kan söka mer, men bara i projektform. Då blir det ett nytt projekt med ny projektledare, och så börjar man om.',
    themeSlugs: ['projektkultur', 'hallbar-forandring'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'ls-engagemang',
    sourceSlug: 'lansstyrelsen-samordnare',
    quote:
      'Om jag ska sammanfatta så har det varit ett projekt med väldigt mycket engagemang och väldigt många bra aktiviteter ute i kommunerna.',
    themeSlugs: ['insatser'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'ls-underskattade',
    sourceSlug: 'lansstyrelsen-samordnare',
    quote:
      'Men jag tror att vi underskattade hur svårt det skulle vara att få frågan att landa strategiskt i kommunerna. Vi utgick nog från att om projektledarna gjorde ett bra jobb, så skulle kommunledningarna ta över.',
    themeSlugs: ['strategiskt-agarskap', 'forankring-ledning'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'ls-projektkultur',
    sourceSlug: 'lansstyrelsen-samordnare',
    quote:
      'Vi frågade aldrig ”vad har ni lärt er” eller ”vad har förändrats i er organisation”. Så man kan säga att vi själva har bidragit till en projektkultur där det är aktiviteterna som räknas.',
    themeSlugs: ['projektkultur'],
    valence: 'weakness',
    memo: 'Projektägarens självkritik.',
  },
  {
    sourceSlug: 'lansstyrelsen-samordnare',
    quote:
      'Örnsköldsvik har kommit längre, och det beror inte på att de haft mer projekttid, utan på att de hade ett tryck från den politiska ledningen redan innan.',
    themeSlugs: ['forankring-ledning', 'insatser'],
    valence: 'mixed',
    memo: 'Tid är inte hela förklaringen.',
  },
  {
    slug: 'ls-harddata',
    sourceSlug: 'lansstyrelsen-samordnare',
    quote:
      'Landstingsrådet har varit tydligt med att man vill se statistik och hårda data, inte bara goda exempel. Hur många jobb har det blivit, hur många nya företag, hur många varsel har vi kunnat undvika.',
    themeSlugs: ['prognoser-harddata'],
    valence: 'neutral',
    memo: '',
  },
  {
    slug: 'ls-utrikesfodda',
    sourceSlug: 'lansstyrelsen-samordnare',
    quote: 'Projektet har inte riktigt tagit sig an det, och det är nog det jag ångrar mest.',
    themeSlugs: ['unga-utrikesfodda'],
    valence: 'weakness',
    memo: '',
  },
];
