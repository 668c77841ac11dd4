import type { DemoAttribute, DemoCase } from './demo-spec';

const FINAL_REPORT_DATE = '2012-05-30';

function municipalityAttributes(inhabitants: number, lead: string): DemoAttribute[] {
  return [
    { key: 'Län', type: 'text', value: 'Västernorrland' },
    { key: 'Typ av aktör', type: 'text', value: 'Kommun' },
    { key: 'Invånare (ca, 2011)', type: 'number', value: inhabitants },
    { key: 'Ledande organisation', type: 'text', value: lead },
    { key: 'Projektstart', type: 'date', value: '2010-12-01' },
    { key: 'Redovisade på slutkonferensen', type: 'boolean', value: true },
  ];
}

function countyActorAttributes(lead: string): DemoAttribute[] {
  return [
    { key: 'Län', type: 'text', value: 'Västernorrland' },
    { key: 'Typ av aktör', type: 'text', value: 'Länsaktör' },
    { key: 'Ledande organisation', type: 'text', value: lead },
    { key: 'Projektstart', type: 'date', value: '2010-12-01' },
  ];
}

export const demoCases: DemoCase[] = [
  {
    slug: 'harnosand',
    name: 'Härnösand',
    type: 'municipality',
    attributes: municipalityAttributes(24900, 'Näringslivskontoret, Härnösands kommun'),
    indicators: [
      {
        name: 'Antal företag',
        value: 1200,
        unit: 'st',
        source: 'Slutredovisning Härnösand, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Avrundat antal företag i kommunen.',
      },
      {
        name: 'Företagsbesök',
        value: 120,
        unit: 'st',
        source: 'Slutredovisning Härnösand, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Besök under projekttiden, delvis tillsammans med Arbetsförmedlingen; motsvarar ungefär 10 % av företagen.',
      },
      {
        name: 'Andel en- och tvåpersonsföretag',
        value: 65,
        unit: '%',
        source: 'Slutredovisning Härnösand, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Andel av kommunens företag med en eller två personer.',
      },
      {
        name: 'Chefsbyten',
        value: 3,
        unit: 'st',
        source: 'Slutredovisning Härnösand, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Byten av chefer i kommunen och på Arbetsförmedlingen under projekttiden.',
      },
    ],
  },
  {
    slug: 'kramfors',
    name: 'Kramfors',
    type: 'municipality',
    attributes: municipalityAttributes(18900, 'Näringslivsenheten, Kramfors kommun'),
    indicators: [
      {
        name: 'Inventerade behovsområden',
        value: 5,
        unit: 'st',
        source: 'Slutredovisning Kramfors, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Utbildningsbehov, pensionsavgångar, mentorskap, examensarbeten och näringslivsklimat.',
      },
      {
        name: 'Gemensamma strategigrupper',
        value: 1,
        unit: 'st',
        source: 'Slutredovisning Kramfors, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Kommunen, Arbetsförmedlingen och vuxenutbildningen; gruppen saknar formellt mandat.',
      },
    ],
  },
  {
    slug: 'solleftea',
    name: 'Sollefteå',
    type: 'municipality',
    attributes: municipalityAttributes(20000, 'Lärcentrum, Sollefteå kommun'),
    indicators: [
      {
        name: 'Typer av utbildningsinsatser',
        value: 5,
        unit: 'st',
        source: 'Slutredovisning Sollefteå, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Ledarskapsutbildning, lärlingsutbildning för billackerare, Växa-kurser, certifieringskurser och starta eget-kurser. Antal deltagare redovisades inte.',
      },
      {
        name: 'Samverkanskommuner i ledarskapsutbildning',
        value: 2,
        unit: 'st',
        source: 'Slutredovisning Sollefteå, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Sollefteå och Kramfors.',
      },
    ],
  },
  {
    slug: 'sundsvall',
    name: 'Sundsvall',
    type: 'municipality',
    attributes: municipalityAttributes(96000, 'Sundsvalls kommun'),
    indicators: [
      {
        name: 'Genomförda behovsanalyser',
        value: 1,
        unit: 'st',
        source: 'Slutredovisning Sundsvall, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Analys av behovet av yrkesutbildningar, samordnad med utbildningsanordnarna.',
      },
      {
        name: 'Vägledningsspår',
        value: 2,
        unit: 'st',
        source: 'Slutredovisning Sundsvall, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Stärkt studie- och yrkesvägledning i skolan och via Arbetsförmedlingen. Antal vägledda följdes inte upp.',
      },
    ],
  },
  {
    slug: 'timra',
    name: 'Timrå',
    type: 'municipality',
    attributes: municipalityAttributes(18000, 'Arbetsmarknadsenheten, Timrå kommun'),
    indicators: [
      {
        name: 'Deltagare',
        value: 20,
        unit: 'personer',
        source: 'Framsteget, redovisning för 2011',
        date: '2011-12-31',
        note: 'Unga utan fullständiga gymnasiebetyg som deltog i Framsteget under 2011. Den senaste gruppen har 15 deltagare.',
      },
      {
        name: 'Fick arbete',
        value: 9,
        unit: 'personer',
        source: 'Framsteget, redovisning för 2011',
        date: '2011-12-31',
        note: 'Av de 20 deltagarna 2011.',
      },
      {
        name: 'Började studera',
        value: 4,
        unit: 'personer',
        source: 'Framsteget, redovisning för 2011',
        date: '2011-12-31',
        note: 'Av de 20 deltagarna 2011.',
      },
      {
        name: 'Personal i teamet',
        value: 3,
        unit: 'personer',
        source: 'Slutredovisning Timrå, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Studie- och yrkesvägledare, specialpedagog och beteendevetare.',
      },
    ],
  },
  {
    slug: 'ange',
    name: 'Ånge',
    type: 'municipality',
    attributes: municipalityAttributes(9800, 'Utvecklingsenheten, Ånge kommun'),
    indicators: [
      {
        name: 'Antal företag',
        value: 650,
        unit: 'st',
        source: 'Slutredovisning Ånge, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Aktiva företag i kommunen.',
      },
      {
        name: 'Företagsbesök',
        value: 140,
        unit: 'st',
        source: 'Slutredovisning Ånge, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Ungefärligt antal; drygt en femtedel av de aktiva företagen.',
      },
      {
        name: 'Andel deltagare i arbete efter utbildning',
        value: 100,
        unit: '%',
        source: 'Slutredovisning Ånge, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Skogsmaskinförarutbildningen: samtliga deltagare fick arbete eller sommarjobb.',
      },
    ],
  },
  {
    slug: 'ornskoldsvik',
    name: 'Örnsköldsvik',
    type: 'municipality',
    attributes: municipalityAttributes(55000, 'Örnsköldsviks kommun'),
    indicators: [
      {
        name: 'Nya företag',
        value: 28,
        unit: 'st',
        source: 'Slutredovisning Örnsköldsvik, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Företag som startats med stöd av Business Room; hur många som anställt har inte följts upp.',
      },
      {
        name: 'Praktikplatser unga',
        value: 100,
        unit: 'st',
        source: 'Slutredovisning Örnsköldsvik, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Unga som fått praktikplats; övergång till anställning är inte känd.',
      },
      {
        name: 'Prognoshorisont',
        value: 5,
        unit: 'år',
        source: 'Slutredovisning Örnsköldsvik, maj 2012',
        date: FINAL_REPORT_DATE,
        note: 'Kompetensprognos per bransch, framtagen efter varselvågen 2009.',
      },
    ],
  },
  {
    slug: 'foretagarna',
    name: 'Företagarna Västernorrland',
    type: 'countyActor',
    attributes: countyActorAttributes('Företagarna Västernorrland'),
    indicators: [
      {
        name: 'Ägarskiften till personal eller familj',
        value: 44,
        unit: '%',
        source: 'Företagarnas medlemsenkät om ägarskiften',
        date: FINAL_REPORT_DATE,
        note: 'Andel av de ägare som planerar ägarskifte inom tio år.',
      },
      {
        name: 'Ägarskiften utan plan',
        value: 56,
        unit: '%',
        source: 'Företagarnas medlemsenkät om ägarskiften',
        date: FINAL_REPORT_DATE,
        note: 'Andel av samma ägare som inte vet hur ägarskiftet ska gå till.',
      },
    ],
  },
  {
    slug: 'arbetsformedlingen',
    name: 'Arbetsförmedlingen',
    type: 'countyActor',
    attributes: countyActorAttributes('Arbetsförmedlingen, Västernorrland'),
    indicators: [
      {
        name: 'Deltagande kommuner',
        value: 7,
        unit: 'st',
        source: 'Länsstyrelsens sammanställning till slutkonferensen',
        date: FINAL_REPORT_DATE,
        note: 'Kommuner där Arbetsförmedlingens lokala kontor deltog.',
      },
    ],
  },
  {
    slug: 'kommunforbundet',
    name: 'Kommunförbundet Västernorrland',
    type: 'countyActor',
    attributes: countyActorAttributes('Kommunförbundet Västernorrland'),
    indicators: [
      {
        name: 'Kommuner med gymnasiesamverkansavtal',
        value: 7,
        unit: 'st',
        source: 'Kommunförbundets redovisning på slutkonferensen',
        date: FINAL_REPORT_DATE,
        note: 'Samtliga kommuner i länet har undertecknat avtalet.',
      },
    ],
  },
  {
    slug: 'lansstyrelsen',
    name: 'Länsstyrelsen Västernorrland',
    type: 'countyActor',
    attributes: countyActorAttributes('Länsstyrelsen Västernorrland (projektägare)'),
    indicators: [
      {
        name: 'Projekttid',
        value: 18,
        unit: 'månader',
        source: 'Länsstyrelsens sammanställning till slutkonferensen',
        date: FINAL_REPORT_DATE,
        note: 'Ungefärlig löptid, 2010–2012.',
      },
      {
        name: 'Deltagande kommuner',
        value: 7,
        unit: 'st',
        source: 'Länsstyrelsens sammanställning till slutkonferensen',
        date: FINAL_REPORT_DATE,
        note: 'Samtliga kommuner i Västernorrlands län.',
      },
    ],
  },
];
