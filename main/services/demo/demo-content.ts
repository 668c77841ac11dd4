import { demoCases } from './demo-cases';
import { demoThemes } from './demo-codebook';
import { demoCodings } from './demo-codings';
import {
  demoFindings,
  demoPseudonyms,
  demoQuestions,
  demoRecommendations,
} from './demo-conclusions';
import { demoRespondents } from './demo-respondents';
import type { DemoAttribute, DemoProjectSpec, DemoSource } from './demo-spec';
import { text as angeUtvecklingschef } from './interviews/ange-utvecklingschef';
import { text as arbetsformedlingenOmradeschef } from './interviews/arbetsformedlingen-omradeschef';
import { text as foretagarnaRegionchef } from './interviews/foretagarna-regionchef';
import { text as harnosandArbetsformedlingen } from './interviews/harnosand-arbetsformedlingen';
import { text as harnosandNaringslivschef } from './interviews/harnosand-naringslivschef';
import { text as harnosandProjektledare } from './interviews/harnosand-projektledare';
import { text as kommunforbundetUtvecklingsledare } from './interviews/kommunforbundet-utvecklingsledare';
import { text as kramforsArbetsformedlingen } from './interviews/kramfors-arbetsformedlingen';
import { text as kramforsNaringslivsutvecklare } from './interviews/kramfors-naringslivsutvecklare';
import { text as lansstyrelsenSamordnare } from './interviews/lansstyrelsen-samordnare';
import { text as ornskoldsvikProjektledare } from './interviews/ornskoldsvik-projektledare';
import { text as sollefteaLarcentrum } from './interviews/solleftea-larcentrum';
import { text as sundsvallUtvecklingsstrateg } from './interviews/sundsvall-utvecklingsstrateg';
import { text as timraArbetsmarknadschef } from './interviews/timra-arbetsmarknadschef';
import { text as timraFramsteget } from './interviews/timra-framsteget';

const INTERVIEWER_1 = 'Utvärderare 1, Annorlunda Konsult';
const INTERVIEWER_2 = 'Utvärderare 2, Annorlunda Konsult';

/** Which round of interviews a source was (March 2012, or April–May) and whether it was by phone. */
function sourceAttributes(round: number, byPhone: boolean): DemoAttribute[] {
  return [
    { key: 'Intervjuomgång', type: 'number', value: round },
    { key: 'Telefonintervju', type: 'boolean', value: byPhone },
  ];
}

export const demoSources: DemoSource[] = [
  {
    slug: 'harnosand-projektledare',
    title: 'Intervju med projektledaren i Härnösand',
    kind: 'interview',
    caseSlug: 'harnosand',
    respondentSlugs: ['projektledare-a-harnosand'],
    date: '2012-03-14',
    attributes: sourceAttributes(1, false),
    interviewer: INTERVIEWER_1,
    text: harnosandProjektledare,
  },
  {
    slug: 'harnosand-naringslivschef',
    title: 'Intervju med näringslivschefen i Härnösand',
    kind: 'interview',
    caseSlug: 'harnosand',
    respondentSlugs: ['naringslivschef-b-harnosand'],
    date: '2012-03-14',
    attributes: sourceAttributes(1, false),
    interviewer: INTERVIEWER_1,
    text: harnosandNaringslivschef,
  },
  {
    slug: 'harnosand-arbetsformedlingen',
    title: 'Intervju med Arbetsförmedlingen i Härnösand',
    kind: 'interview',
    caseSlug: 'harnosand',
    respondentSlugs: ['sektionschef-c-harnosand'],
    date: '2012-03-21',
    attributes: sourceAttributes(1, false),
    interviewer: INTERVIEWER_2,
    text: harnosandArbetsformedlingen,
  },
  {
    slug: 'kramfors-naringslivsutvecklare',
    title: 'Intervju med näringslivsutvecklaren i Kramfors',
    kind: 'interview',
    caseSlug: 'kramfors',
    respondentSlugs: ['naringslivsutvecklare-a-kramfors'],
    date: '2012-03-27',
    attributes: sourceAttributes(1, false),
    interviewer: INTERVIEWER_1,
    text: kramforsNaringslivsutvecklare,
  },
  {
    slug: 'kramfors-arbetsformedlingen',
    title: 'Intervju med Arbetsförmedlingen i Kramfors',
    kind: 'interview',
    caseSlug: 'kramfors',
    respondentSlugs: ['sektionschef-b-kramfors'],
    date: '2012-03-27',
    attributes: sourceAttributes(1, true),
    interviewer: INTERVIEWER_1,
    text: kramforsArbetsformedlingen,
  },
  {
    slug: 'solleftea-larcentrum',
    title: 'Intervju med rektorn för lärcentrum i Sollefteå',
    kind: 'interview',
    caseSlug: 'solleftea',
    respondentSlugs: ['rektor-a-solleftea'],
    date: '2012-03-28',
    attributes: sourceAttributes(1, false),
    interviewer: INTERVIEWER_1,
    text: sollefteaLarcentrum,
  },
  {
    slug: 'sundsvall-utvecklingsstrateg',
    title: 'Intervju med utvecklingsstrategen i Sundsvall',
    kind: 'interview',
    caseSlug: 'sundsvall',
    respondentSlugs: ['utvecklingsstrateg-a-sundsvall'],
    date: '2012-04-03',
    attributes: sourceAttributes(2, false),
    interviewer: INTERVIEWER_2,
    text: sundsvallUtvecklingsstrateg,
  },
  {
    slug: 'timra-framsteget',
    title: 'Fokusgrupp med teamet i Framsteget, Timrå',
    kind: 'focusGroup',
    caseSlug: 'timra',
    respondentSlugs: ['vagledare-a-timra', 'specialpedagog-b-timra', 'beteendevetare-c-timra'],
    date: '2012-04-04',
    attributes: sourceAttributes(2, false),
    interviewer: INTERVIEWER_2,
    text: timraFramsteget,
  },
  {
    slug: 'timra-arbetsmarknadschef',
    title: 'Intervju med arbetsmarknadschefen i Timrå',
    kind: 'interview',
    caseSlug: 'timra',
    respondentSlugs: ['arbetsmarknadschef-d-timra'],
    date: '2012-04-04',
    attributes: sourceAttributes(2, false),
    interviewer: INTERVIEWER_2,
    text: timraArbetsmarknadschef,
  },
  {
    slug: 'ange-utvecklingschef',
    title: 'Intervju med utvecklingschefen i Ånge',
    kind: 'interview',
    caseSlug: 'ange',
    respondentSlugs: ['utvecklingschef-a-ange'],
    date: '2012-04-11',
    attributes: sourceAttributes(2, false),
    interviewer: INTERVIEWER_1,
    text: angeUtvecklingschef,
  },
  {
    slug: 'ornskoldsvik-projektledare',
    title: 'Intervju med projektledaren i Örnsköldsvik',
    kind: 'interview',
    caseSlug: 'ornskoldsvik',
    respondentSlugs: ['projektledare-a-ornskoldsvik'],
    date: '2012-04-17',
    attributes: sourceAttributes(2, false),
    interviewer: INTERVIEWER_2,
    text: ornskoldsvikProjektledare,
  },
  {
    slug: 'foretagarna-regionchef',
    title: 'Intervju med regionchefen för Företagarna Västernorrland',
    kind: 'interview',
    caseSlug: 'foretagarna',
    respondentSlugs: ['regionchef-a-foretagarna'],
    date: '2012-04-19',
    attributes: sourceAttributes(2, true),
    interviewer: INTERVIEWER_1,
    text: foretagarnaRegionchef,
  },
  {
    slug: 'arbetsformedlingen-omradeschef',
    title: 'Intervju med Arbetsförmedlingens områdeschef',
    kind: 'interview',
    caseSlug: 'arbetsformedlingen',
    respondentSlugs: ['omradeschef-a-arbetsformedlingen'],
    date: '2012-04-24',
    attributes: sourceAttributes(2, false),
    interviewer: INTERVIEWER_1,
    text: arbetsformedlingenOmradeschef,
  },
  {
    slug: 'kommunforbundet-utvecklingsledare',
    title: 'Intervju med Kommunförbundet Västernorrland',
    kind: 'interview',
    caseSlug: 'kommunforbundet',
    respondentSlugs: ['utvecklingsledare-a-kommunforbundet'],
    date: '2012-04-25',
    attributes: sourceAttributes(2, true),
    interviewer: INTERVIEWER_2,
    text: kommunforbundetUtvecklingsledare,
  },
  {
    slug: 'lansstyrelsen-samordnare',
    title: 'Intervju med Länsstyrelsens regionala samordnare',
    kind: 'interview',
    caseSlug: 'lansstyrelsen',
    respondentSlugs: ['samordnare-a-lansstyrelsen'],
    date: '2012-05-08',
    attributes: sourceAttributes(2, false),
    interviewer: INTERVIEWER_1,
    text: lansstyrelsenSamordnare,
  },
];

export const demoSpec: DemoProjectSpec = {
  name: 'Kompetenslyftet',
  description:
    'Utvärdering av Kompetenslyftet, ett 18 månader långt samverkansprojekt för strategisk kompetensförsörjning i Västernorrlands sju kommuner 2010–2012. Intervjuer med projektledare, chefer och länsaktörer kodade mot utvärderingens teman.',
  evaluator: 'Annorlunda Konsult',
  coders: {
    lead: 'Sara Holm',
    colleague: 'Erik Nyström',
    colleagueSources: ['harnosand-projektledare', 'kramfors-naringslivsutvecklare'],
  },
  cases: demoCases,
  respondents: demoRespondents,
  sources: demoSources,
  themes: demoThemes,
  codings: demoCodings,
  findings: demoFindings,
  recommendations: demoRecommendations,
  questions: demoQuestions,
  pseudonyms: demoPseudonyms,
};
