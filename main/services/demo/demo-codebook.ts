import type { DemoTheme } from './demo-spec';

/** The codebook of the Kompetenslyftet evaluation: three groups, eleven child themes. */
export const demoThemes: DemoTheme[] = [
  {
    slug: 'samverkan',
    parentSlug: null,
    name: 'Samverkan',
    colour: '#4e79a7',
    definition:
      'Hur kommunerna, Arbetsförmedlingen, Företagarna och länsaktörerna arbetar tillsammans i frågan om kompetensförsörjning, på alla nivåer.',
    inclusion:
      'Allmänna omdömen om samarbetet mellan parterna, relationer, dubbelarbete och samverkan över kommungränser.',
    exclusion:
      'Använd underkoderna när uttalandet tydligt gäller den operativa nivån, det strategiska ägarskapet, ledningens förankring eller mandat.',
    example:
      'En näringslivsutvecklare beskriver att kommunen och Arbetsförmedlingen för första gången vet vad den andra parten kan erbjuda.',
  },
  {
    slug: 'operativ-samverkan',
    parentSlug: 'samverkan',
    name: 'Operativ samverkan',
    colour: '#59a14f',
    definition:
      'Samarbete i det dagliga arbetet – "verkstaden" – mellan handläggare, näringslivsutvecklare, lärcentrum och företag.',
    inclusion:
      'Gemensamma företagsbesök, gemensamt planerade utbildningar, praktiska överenskommelser mellan medarbetare.',
    exclusion:
      'Beslut om prioriteringar, resurser eller långsiktig inriktning (koda Strategiskt ägarskap eller Förankring i ledningen).',
    example:
      'Kommunens näringslivsutvecklare och Arbetsförmedlingens arbetsgivarkontakt åker ut till ett företag tillsammans och kan svara på frågor direkt.',
  },
  {
    slug: 'strategiskt-agarskap',
    parentSlug: 'samverkan',
    name: 'Strategiskt ägarskap',
    colour: '#e15759',
    definition:
      'Om någon aktör tar ett uttalat och långsiktigt ansvar för frågan om kompetensförsörjning, eller om frågan saknar hemvist.',
    inclusion:
      'Uttalanden om vem som äger frågan, att ingen gör det, att frågan faller mellan stolarna eller att strategiska försök inte kommit långt.',
    exclusion:
      'Ledningens kännedom om eller stöd för projektet utan koppling till ansvar (koda Förankring i ledningen).',
    example:
      'En respondent säger att alla tycker att frågan är viktig men att ingen vill vara den som äger den.',
  },
  {
    slug: 'forankring-ledning',
    parentSlug: 'samverkan',
    name: 'Förankring i ledningen',
    colour: '#8e6fc1',
    definition:
      'Hur väl arbetet är känt, prioriterat och efterfrågat av förvaltningsledningar, kommunledningar och politiker.',
    inclusion:
      'Rapportering uppåt, ärenden i ledningsgrupper och kommunstyrelser, politiskt initiativ eller brist på det.',
    exclusion:
      'Formella befogenheter för enskilda medarbetare eller grupper (koda Mandat och roller).',
    example:
      'Kommunchefen är informerad och positiv, men frågan har aldrig behandlats som ett beslutsärende.',
  },
  {
    slug: 'mandat-roller',
    parentSlug: 'samverkan',
    name: 'Mandat och roller',
    colour: '#9d7660',
    definition:
      'Vilka befogenheter parterna och deras företrädare har och hur ansvaret är fördelat mellan kommun, stat och länsaktörer.',
    inclusion:
      'Oklara eller saknade mandat, gränsdragning mellan förvaltningar och myndigheter, nationell styrning som begränsar lokalt handlingsutrymme.',
    exclusion: 'Personers närvaro eller frånvaro över tid (koda Personberoende och chefsbyten).',
    example:
      'En strategigrupp kommer överens om en utbildningssatsning, men ingen i gruppen har rätt att fatta beslutet i sin organisation.',
  },
  {
    slug: 'insatser',
    parentSlug: null,
    name: 'Insatser',
    colour: '#f28e2b',
    definition:
      'Det som faktiskt har gjorts inom projektet, omfattningen av insatserna och hur tidsramen har påverkat dem.',
    inclusion:
      'Övergripande beskrivningar av aktiviteter, engagemang, resursåtgång och upplevelsen av arton månader som projekttid.',
    exclusion:
      'Använd underkoderna när uttalandet gäller en bestämd typ av insats: företagsbesök, utbildning, skola eller unga och utrikesfödda.',
    example:
      'Projektledaren konstaterar att det tog ett halvår att komma igång och att tiden sedan tog slut.',
  },
  {
    slug: 'foretagsbesok',
    parentSlug: 'insatser',
    name: 'Företagsbesök och behovsinventering',
    colour: '#f1ce63',
    definition:
      'Besök hos företag och systematiska inventeringar av deras behov av kompetens, rekrytering och stöd.',
    inclusion: 'Antal besök, vad företagen tog upp, hur besöken genomfördes och om de följdes upp.',
    exclusion: 'Prognoser och statistik på kommun- eller länsnivå (koda Prognoser och hårddata).',
    example:
      'Vid besöken framkommer att bostadsbristen gör det svårt för företagen att rekrytera utifrån.',
  },
  {
    slug: 'utbildningsinsatser',
    parentSlug: 'insatser',
    name: 'Utbildningsinsatser',
    colour: '#86bcb6',
    definition:
      'Utbildningar, kurser och lärlingsupplägg som genomförts eller planerats för att möta företagens behov.',
    inclusion:
      'Lärlings- och yrkesutbildningar, ledarskapsutbildning, Växa-kurser, starta eget-kurser, företagsrådgivning och svårigheter att ordna praktik- och lärlingsplatser.',
    exclusion: 'Studie- och yrkesvägledning i grund- och gymnasieskolan (koda Skolans roll).',
    example:
      'En skogsmaskinförarutbildning formas tillsammans med ett skogsbolag och samtliga deltagare får arbete.',
  },
  {
    slug: 'skolans-roll',
    parentSlug: 'insatser',
    name: 'Skolans roll',
    colour: '#ff9d9a',
    definition:
      'Skolans medverkan i kompetensförsörjningen: gymnasiets utbud, vägledning, entreprenörskap och kontakten med arbetslivet.',
    inclusion:
      'Studie- och yrkesvägledning, gymnasiesamverkan, entreprenörskap i skolan, skolledningens engagemang.',
    exclusion: 'Vuxenutbildning och yrkeskurser för vuxna (koda Utbildningsinsatser).',
    example: 'Vägledarna på gymnasiet har inte tid att sätta sig in i det lokala näringslivet.',
  },
  {
    slug: 'unga-utrikesfodda',
    parentSlug: 'insatser',
    name: 'Unga och utrikesfödda',
    colour: '#8cd17d',
    definition:
      'Insatser för och erfarenheter av unga utan fullständig utbildning och utrikesfödda som står långt från arbetsmarknaden.',
    inclusion:
      'Framsteget i Timrå, praktikplatser för unga, nyanländas väg till arbete, frånvaron av sådana insatser.',
    exclusion: 'Allmänna utbildningsinsatser utan en särskild målgrupp (koda Utbildningsinsatser).',
    example:
      'Ett team följer varje ung deltagare under ett år och deltagaren får lön efter sex månader.',
  },
  {
    slug: 'hallbar-forandring',
    parentSlug: null,
    name: 'Hållbar förändring',
    colour: '#2f9fb3',
    definition:
      'Om arbetssätt och strukturer finns kvar när projektet är slut och om projektet har förändrat hur organisationerna arbetar.',
    inclusion:
      'Förväntningar och farhågor om tiden efter projektet, överenskommelser, resurscentrum, finansiering i projektform.',
    exclusion:
      'Använd underkoderna när uttalandet gäller personberoende, projektkultur eller uppföljning med data.',
    example:
      'En chef vill att samverkan skrivs in i en överenskommelse som gäller även när personerna byts ut.',
  },
  {
    slug: 'personberoende',
    parentSlug: 'hallbar-forandring',
    name: 'Personberoende och chefsbyten',
    colour: '#d37295',
    definition:
      'Hur arbetet vilar på enskilda eldsjälar och hur byten av chefer och kontaktpersoner har påverkat det.',
    inclusion:
      'Chefsbyten, omorganisationer, enskilda personers betydelse, sårbarhet i små grupper.',
    exclusion: 'Formella befogenheter som inte hänger på personer (koda Mandat och roller).',
    example:
      'Efter tre chefsbyten fick projektledaren förklara projektet från början för varje ny chef.',
  },
  {
    slug: 'projektkultur',
    parentSlug: 'hallbar-forandring',
    name: 'Projektkultur',
    colour: '#a0cbe8',
    definition:
      'Hur projektet styrs, följs upp och bedöms: tyngdpunkten på aktiviteter framför förändring, lärande och strategi.',
    inclusion:
      'Mål formulerade som aktiviteter, räknande av besök, nya projekt i stället för ordinarie verksamhet, brist på lärande uppåt.',
    exclusion: 'Själva siffrorna och prognoserna (koda Prognoser och hårddata).',
    example:
      'Lägesrapporterna frågade efter antal aktiviteter men aldrig efter vad organisationen hade lärt sig.',
  },
  {
    slug: 'prognoser-harddata',
    parentSlug: 'hallbar-forandring',
    name: 'Prognoser och hårddata',
    colour: '#b6992d',
    definition:
      'Underlag i form av statistik, prognoser och uppföljda resultat som används, saknas eller efterfrågas.',
    inclusion:
      'Kompetensprognoser, uppföljning av jobb och studier, kalkyler, enkätresultat, efterfrågan på hårda data från politiken.',
    exclusion: 'Enskilda berättelser om goda exempel utan siffror (koda den berörda insatsen).',
    example:
      'En femårsprognos visar behov inom informationssystem, och ett lärosäte startar en utbildning.',
  },
];
