import type { DemoCoding } from './demo-spec';

/** Codings of the Härnösand, Kramfors and Sollefteå sources. Every quote occurs exactly once in its source. */
export const demoCodingsHarnosandToSolleftea: DemoCoding[] = [
  {
    slug: 'hpl-besok',
    sourceSlug: 'harnosand-projektledare',
    quote:
      'Vi har ungefär 1 200 företag i kommunen och vi har hunnit träffa ungefär 120 av dem. Det låter kanske inte så mycket, men man ska komma ihåg att 65 procent av företagen här är en- eller tvåpersonsföretag.',
    themeSlugs: ['foretagsbesok'],
    valence: 'neutral',
    memo: 'Ungefär tio procent av företagen besökta. Jämför med Ånge.',
  },
  {
    slug: 'hpl-gemensamma-besok',
    sourceSlug: 'harnosand-projektledare',
    quote:
      'Man ser att företagaren slappnar av när det sitter någon där som kan säga ”det här kan vi hjälpa till med, det finns ett anställningsstöd”.',
    themeSlugs: ['operativ-samverkan'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'hpl-chefsbyten',
    sourceSlug: 'harnosand-projektledare',
    quote:
      'Ja, vi har haft tre chefsbyten under projekttiden, om man räknar både kommunen och Arbetsförmedlingen. Och varje gång har det i princip varit att börja om från noll.',
    themeSlugs: ['personberoende'],
    valence: 'weakness',
    memo: 'Näringslivschefen i samma kommun nyanserar bilden.',
  },
  {
    slug: 'hpl-vem-ager',
    sourceSlug: 'harnosand-projektledare',
    quote:
      'Vi har gjort massor med bra saker och det ska vi vara stolta över, men om du frågar mig vem i kommunen som äger frågan när projektet är slut, så kan jag inte svara på det.',
    themeSlugs: ['strategiskt-agarskap', 'hallbar-forandring'],
    valence: 'mixed',
    memo: '',
  },
  {
    slug: 'hpl-raknat-fel',
    sourceSlug: 'harnosand-projektledare',
    quote:
      'Vi har räknat besök och vi har räknat aktiviteter, och det har blivit vårt mått på att det går bra. Men besöken i sig ändrar ingenting i hur kommunen jobbar.',
    themeSlugs: ['projektkultur'],
    valence: 'weakness',
    memo: 'Självkritisk reflektion över vad som räknas som framgång.',
  },
  {
    slug: 'hpl-kort',
    sourceSlug: 'harnosand-projektledare',
    quote:
      'Det tar ett halvår att komma igång, att få folk att förstå vad det handlar om, och sen ska man redan börja tänka på slutrapporten.',
    themeSlugs: ['insatser'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'hnc-mandat',
    sourceSlug: 'harnosand-naringslivschef',
    quote:
      'Vi har ju inget mandat över skolan, inget över vuxenutbildningen, inget över socialtjänstens arbetsmarknadsinsatser. Så vi kan samordna lite och bjuda in, men vi kan inte bestämma.',
    themeSlugs: ['mandat-roller'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'harnosand-naringslivschef',
    quote:
      'Men jag tycker inte riktigt att det är rättvist att säga att allt började om från noll varje gång. Företagsbesöken fortsatte, kontakterna med företagen fanns kvar.',
    themeSlugs: ['personberoende'],
    valence: 'mixed',
    memo: 'Nyanserar projektledarens bild: det operativa fortsatte, kopplingen uppåt föll bort.',
  },
  {
    slug: 'hnc-ingens-bord',
    sourceSlug: 'harnosand-naringslivschef',
    quote:
      'Kommundirektören är positiv när vi pratar om det, men det har aldrig varit ett ärende i ledningsgruppen. Det är en sådan där fråga som alla tycker är viktig och som ingen har på sitt bord.',
    themeSlugs: ['forankring-ledning', 'strategiskt-agarskap'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'hnc-mal-aktiviteter',
    sourceSlug: 'harnosand-naringslivschef',
    quote:
      'det fanns mål i projektplanen, men de var formulerade som aktiviteter. Genomföra så och så många besök, genomföra en konferens. Det är lätt att bocka av men svårt att bygga ett beslut på.',
    themeSlugs: ['projektkultur'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'harnosand-naringslivschef',
    quote:
      'När vi har varit ute tillsammans har det blivit mycket bättre möten, för företagen har ofta en bild av att Arbetsförmedlingen bara skickar fel folk, och när de får träffa en människa som lyssnar så vänder det.',
    themeSlugs: ['operativ-samverkan'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'hnc-person-inte-struktur',
    sourceSlug: 'harnosand-naringslivschef',
    quote:
      'Birgitta Holmgren kommer att fortsätta besöka företag för att hon brinner för det, men det är inte en struktur, det är en person.',
    themeSlugs: ['personberoende', 'hallbar-forandring'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'harnosand-arbetsformedlingen',
    quote:
      'Det fanns ingen dokumentation hos oss om vad vi hade åtagit oss. Jag fick en lunch med projektledaren från kommunen som förklarade, och det var väldigt bra',
    themeSlugs: ['hallbar-forandring'],
    valence: 'weakness',
    memo: 'Överlappar med nästa kodning: samma händelse ses både som brist på struktur och som personberoende.',
  },
  {
    slug: 'haf-tredje-chefen',
    sourceSlug: 'harnosand-arbetsformedlingen',
    quote:
      'Jag fick en lunch med projektledaren från kommunen som förklarade, och det var väldigt bra, men jag förstod också att hon hade gjort samma sak två gånger tidigare med mina företrädare.',
    themeSlugs: ['personberoende'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'harnosand-arbetsformedlingen',
    quote:
      'Vi har ofta bara kontakt med de större arbetsgivarna, de som annonserar. De små företagen ser vi aldrig annars.',
    themeSlugs: ['foretagsbesok', 'operativ-samverkan'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'harnosand-arbetsformedlingen',
    quote:
      'Vi har sökande som vill gå en lärlingsutbildning men inga platser, och företagen säger att de inte hinner handleda.',
    themeSlugs: ['utbildningsinsatser'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'haf-personer-inte-org',
    sourceSlug: 'harnosand-arbetsformedlingen',
    quote:
      'Relationerna på handläggarnivå är bra, men det finns inget som håller ihop det när folk byts ut. Det är fortfarande en samverkan mellan personer, inte mellan organisationer.',
    themeSlugs: ['hallbar-forandring', 'personberoende'],
    valence: 'mixed',
    memo: '',
  },
  {
    slug: 'kr-gemensamma-besok',
    sourceSlug: 'kramfors-naringslivsutvecklare',
    quote:
      'Företagen får träffa kommunen och Arbetsförmedlingen samtidigt, och de behöver inte förklara sig två gånger. Vi har kunnat svara på det mesta direkt i rummet.',
    themeSlugs: ['operativ-samverkan', 'foretagsbesok'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'kramfors-naringslivsutvecklare',
    quote:
      'Jag visste ju knappt vad Arbetsförmedlingen kunde erbjuda innan, och de visste inte vad kommunen gjorde för företagen.',
    themeSlugs: ['samverkan'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'kramfors-naringslivsutvecklare',
    quote:
      'Vi har också pratat om så kallad tandemrekrytering, alltså att när ett företag rekryterar någon utifrån så hjälper vi till att hitta jobb åt partnern också.',
    themeSlugs: ['insatser'],
    valence: 'neutral',
    memo: '',
  },
  {
    slug: 'kr-mandat',
    sourceSlug: 'kramfors-naringslivsutvecklare',
    quote:
      'Strategigruppen har inget formellt mandat, vi har liksom bildat den själva. Så när vi kommer fram till något, till exempel att vi borde satsa på en viss utbildning, så måste var och en gå hem till sin organisation och förankra det. Och där tar det ofta stopp.',
    themeSlugs: ['mandat-roller', 'forankring-ledning'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'kr-verkstad',
    sourceSlug: 'kramfors-naringslivsutvecklare',
    quote:
      'Vi kallar det strategigrupp men vi gör mest verkstad. Vilket i och för sig inte är dåligt, det är verkstaden som har gett resultat.',
    themeSlugs: ['operativ-samverkan', 'strategiskt-agarskap'],
    valence: 'mixed',
    memo: 'Verkstad i stället för strategi – ett mönster som återkommer i flera kommuner.',
  },
  {
    slug: 'kr-kor-ni',
    sourceSlug: 'kramfors-naringslivsutvecklare',
    quote:
      'Men där finns det inte riktigt något intresse, eller, intresse finns, men ingen vill ta på sig det. Det blir alltid lite ”det är viktigt, kör ni”.',
    themeSlugs: ['strategiskt-agarskap'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'kraf-lediga-jobb',
    sourceSlug: 'kramfors-arbetsformedlingen',
    quote:
      'Vi har fått in lediga jobb som aldrig hade kommit till oss annars, för de här småföretagen annonserar inte, de frågar runt bland bekanta.',
    themeSlugs: ['operativ-samverkan', 'foretagsbesok'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'kramfors-arbetsformedlingen',
    quote:
      'vi kan komma överens om saker i gruppen, men vi kan inte fatta beslut som gäller längre än de närmaste månaderna.',
    themeSlugs: ['mandat-roller', 'strategiskt-agarskap'],
    valence: 'weakness',
    memo: 'Bekräftar näringslivsutvecklarens bild av strategigruppen.',
  },
  {
    slug: 'kraf-sammankalla',
    sourceSlug: 'kramfors-arbetsformedlingen',
    quote:
      'Vem ska sammankalla gruppen? Det har projektledaren gjort hittills. När den tjänsten försvinner vet jag inte om någon tar över.',
    themeSlugs: ['hallbar-forandring', 'personberoende'],
    valence: 'weakness',
    memo: '',
  },
  {
    sourceSlug: 'kramfors-arbetsformedlingen',
    quote:
      'Vi har försökt få in fler utrikesfödda i praktikplatser via företagsbesöken, och det har gått hyggligt. Många småföretagare är positiva om man följer med och tar första mötet tillsammans med den sökande.',
    themeSlugs: ['unga-utrikesfodda'],
    valence: 'strength',
    memo: '',
  },
  {
    slug: 'kraf-rakna-besok',
    sourceSlug: 'kramfors-arbetsformedlingen',
    quote:
      'Vi har gjort många, men det intressanta är vad som hände efteråt. Hur många fick jobb, hur många praktikplatser blev det. Det har vi inte följt upp systematiskt',
    themeSlugs: ['projektkultur', 'prognoser-harddata'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'sol-billackerare',
    sourceSlug: 'solleftea-larcentrum',
    quote:
      'Verkstäderna hade letat efter billackerare i flera år och inte hittat någon. Nu har de fått utbilda folk på plats, efter sina egna behov.',
    themeSlugs: ['utbildningsinsatser'],
    valence: 'strength',
    memo: '',
  },
  {
    sourceSlug: 'solleftea-larcentrum',
    quote:
      'Nu har de fått utbilda folk på plats, efter sina egna behov. Det är den sortens insats som jag tror på – liten, konkret, och där företagen är med från början',
    themeSlugs: ['operativ-samverkan'],
    valence: 'strength',
    memo: 'Överlappar med föregående kodning; här ligger tyngdpunkten på att företagen är med från början.',
  },
  {
    slug: 'sol-eldsjalar',
    sourceSlug: 'solleftea-larcentrum',
    quote:
      'Det hänger för mycket på enskilda personer. Om jag är borta en vecka så står det still.',
    themeSlugs: ['personberoende'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'sol-ingen-kanal',
    sourceSlug: 'solleftea-larcentrum',
    quote:
      'Till exempel att företagen inte hittar folk med rätt utbildning, samtidigt som vi har ungdomar som går arbetslösa. Det är ju en politisk fråga. Men vi har ingen kanal för att föra det tillbaka uppåt.',
    themeSlugs: ['forankring-ledning'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'sol-ratt-stalle',
    sourceSlug: 'solleftea-larcentrum',
    quote:
      'En rektor för lärcentrum kan inte få socialförvaltningen eller näringslivskontoret att ändra sina prioriteringar. Det hade behövts någon från kommunledningen som ägde det.',
    themeSlugs: ['mandat-roller', 'strategiskt-agarskap'],
    valence: 'weakness',
    memo: '',
  },
  {
    slug: 'sol-kurser',
    sourceSlug: 'solleftea-larcentrum',
    quote:
      'Det är lättare att ordna en kurs på tre månader än att bygga om hur kommunen arbetar. Så det blev kurser. Bra kurser, men kurser.',
    themeSlugs: ['projektkultur'],
    valence: 'mixed',
    memo: '',
  },
];
