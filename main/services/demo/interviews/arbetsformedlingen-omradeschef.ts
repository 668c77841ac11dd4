export const text = `I: Hur ser Arbetsförmedlingen på Kompetenslyftet, så här mot slutet?

R: Positivt, på det stora hela. Jag vill börja med att säga att kompetensförsörjning inte är något nytt för oss. Det är vårt ordinarie uppdrag. Vi ska se till att arbetsgivare hittar rätt kompetens och att arbetssökande hittar jobb. Det som projektet har tillfört är inte ett nytt uppdrag, utan resurser för att göra det i samverkan. Och det har varit värdefullt.

I: På vilket sätt?

R: Framför allt att våra lokala kontor har fått en anledning och lite tid att jobba närmare kommunerna. Jag vet att man i flera kommuner har gjort företagsbesök tillsammans, och det är en arbetsform som vi kommer att fortsätta med. I några kommuner har man också gjort gemensamma utbildningssatsningar, som i Ånge och Sollefteå. Där har vi kunnat bidra med att hitta deltagare och med finansieringen av själva utbildningen.

I: Vad händer när projektet tar slut?

R: Jag är faktiskt ganska trygg i att de strukturer som har byggts kommer att överleva projektet. Våra arbetsgivarkontakter finns kvar, samverkansöverenskommelserna med kommunerna finns kvar, och relationerna finns kvar. Det är inte så att det här försvinner den 31 maj.

I: Andra respondenter har varit mer tveksamma till det. Flera säger att det som har fungerat bygger på enskilda personer. Hur ser du på det?

R: (paus) Ja, det ligger något i det. Jag ska inte förneka att det är personberoende på lokal nivå. Och vi har haft en omorganisation under projektperioden som gjorde att flera kontor bytte chef. I Härnösand vet jag att det blev rörigt, och det beklagar jag. Det är inte bra för samverkan när motparten byts ut hela tiden.

I: Hur påverkade omorganisationen ert engagemang i projektet?

R: Det blev svårare att hålla kontinuiteten, helt klart. En ny chef måste först sätta sig in i sitt eget uppdrag, och då hamnar ett externt projekt längre ner på listan. Vi försökte lösa det genom att låta handläggarna fortsätta, och på många håll fungerade det. Men samverkan på chefsnivå fick stå tillbaka en period.

I: Hur ser du på det strategiska ansvaret för kompetensförsörjningen?

R: Där tror jag att vi har ett gemensamt problem, inte bara vi utan alla parter. Vi har jobbat bra tillsammans operativt. Men när det kommer till de strategiska frågorna – vilka utbildningar ska finnas i länet om fem år, hur ska vi hantera generationsskiftena – där har ingen riktigt tagit ledningen. Vi på Arbetsförmedlingen har ett nationellt uppdrag, och vi kan inte ensamma styra det regionala arbetet.

I: Skulle Arbetsförmedlingen kunna ta en större roll där?

R: Vi kan bidra med kunskap, med statistik och prognoser. Vi gör ju egna prognoser över arbetsmarknaden och de borde användas mer lokalt. Men att äga frågan regionalt är inte vår roll. Det måste vara någon som har ett regionalt utvecklingsansvar, och det är Länsstyrelsen eller kommunerna tillsammans.

I: Har ni tittat på resultaten i form av jobb?

R: Vi har siffror från en del insatser. Lärlingsutbildningen i Sollefteå, skogsmaskinförarna i Ånge och Framsteget i Timrå har bra resultat. Men vi har inte någon samlad uppföljning för projektet som helhet. Det hade varit bra, och det är något vi borde ha bestämt gemensamt från början.

I: Hur ser du på frågan om utrikesfödda?

R: Det är en av de viktigaste frågorna för länet framöver. Vi har många nyanlända som har kompetens men inte får jobb, samtidigt som företagen säger att de inte hittar folk. Där finns det en matchning som inte fungerar. Projektet har inte haft något särskilt fokus på det, vilket jag tycker är en brist. Det borde finnas med i en fortsättning.

I: Vad tar du med dig från Kompetenslyftet?

R: Att samverkan lönar sig, men att den kräver tid och kontinuitet. Och att vi måste vara tydligare med vem som gör vad. Det har ibland varit oklart om en insats var kommunens eller vår, och då har det blivit dubbelarbete eller att ingen gjorde det.
`;
