export const text = `I: Vilken roll har Kommunförbundet Västernorrland haft i Kompetenslyftet?

R: Vi har inte varit projektägare, utan mer en länk mellan kommunerna. Vi har arbetat med de frågor som går över kommungränserna, och då framför allt skolfrågorna. Det är ju där vi har ett mandat från kommunerna, genom att de är våra medlemmar.

I: Vad har ni åstadkommit på skolområdet?

R: Det viktigaste är att alla sju kommuner har skrivit under ett samverkansavtal för gymnasieskolan. Det låter kanske torrt, men det är faktiskt ganska stort. Det betyder att eleverna kan söka program i hela länet och att kommunerna kan planera sitt utbud tillsammans i stället för att konkurrera om samma elever. Det har tagit flera år att komma dit, och Kompetenslyftet har gett lite extra fart i slutet.

I: Finns det fler saker?

R: Ja, vi har ett projekt om entreprenörskap i samverkan mellan skola och arbetsliv, där elever får jobba med verkliga uppdrag från företag. Och vi har byggt upp ett nätverk för studie- och yrkesvägledare i länet. Anneli Nordin från Sundsvall har varit en drivande kraft i nätverket, och det har blivit ett forum där vägledarna kan dela erfarenheter och få information om arbetsmarknaden i hela länet, inte bara i den egna kommunen.

I: Hur har nätverket tagits emot?

R: Väldigt väl av vägledarna själva. De har ofta känt sig ensamma i sin roll, särskilt i de mindre kommunerna där det kanske bara finns en eller två vägledare. Men jag ska vara ärlig: det har varit svårt att få skolledarna engagerade. Rektorerna har mycket annat på sitt bord, och kompetensförsörjning för näringslivet hamnar inte högst upp.

I: Varför tror du det?

R: För att skolan styrs av andra mål. Rektorn mäts på betyg och genomströmning, inte på om eleverna får jobb i kommunen. Det är inte konstigt, men det gör att skolan blir en ganska passiv part i den här frågan. Och så länge kommunledningarna inte säger att det här är viktigt, kommer det att förbli så.

I: Hur ser du på samverkan mellan kommunerna mer generellt?

R: Den har blivit bättre. Kommunerna känner varandra bättre nu, och det finns en större förståelse för att arbetsmarknaden är regional. Men det är fortfarande mycket som görs på varsitt håll. Varje kommun vill ha sin egen mässa, sin egen inventering, sin egen utbildning. Det är förståeligt, men det är inte effektivt.

I: Kommunförbundet har ju en kommunchefsgrupp. Har Kompetenslyftet diskuterats där?

R: Det har tagits upp, men bara som en informationspunkt. Det har aldrig varit ett beslutsärende. Och det säger ju en del. Om kommuncheferna hade sett det som en strategisk fråga, då hade det legat på dagordningen på ett annat sätt. Jag har försökt lyfta det, men det har inte fått fäste.

I: Vad tror du att det beror på?

R: Att frågan faller mellan stolarna. Den är inte en skolfråga, inte en socialtjänstfråga, inte en ren näringslivsfråga. Den är allt det, och därför är den ingens. Det behövs att någon säger att det här är en ledningsfråga, och det har inte hänt. Ibland undrar jag om vi på förbundet borde ha drivit det hårdare. Vi har en möjlighet att sätta frågor på kommunchefernas bord, och den har vi kanske inte utnyttjat fullt ut.

I: Vilken roll tycker du att Länsstyrelsen ska ha framöver?

R: De har varit bra på att samla, och konferenserna har varit uppskattade. Men Länsstyrelsen kan inte ta över kommunernas ansvar. Det de kan göra är att hålla i den regionala bilden, kopplat till den regionala utvecklingsstrategin. Det lokala ägarskapet måste finnas i kommunerna.

I: Något du vill tillägga?

R: Att det finns en risk med att allt blir projekt. Det finns pengar kvar, och kommunerna kan söka mer, men bara i projektform. Då blir det ett nytt projekt med ny projektledare, och så börjar man om. Det vore bättre om pengarna kunde användas för att bygga in arbetet i den ordinarie verksamheten.
`;
