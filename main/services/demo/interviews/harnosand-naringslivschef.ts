export const text = `I: Du tillträdde som näringslivschef mitt under projektet. Hur var det att komma in då?

R: Ja, jag började i augusti förra året, så jag kom in när projektet redan hade pågått i nästan ett år. Och jag ska vara ärlig: första månaderna visste jag knappt att Kompetenslyftet fanns. Det låg inte i någon överlämning, det stod inte i någon budget som jag fick se. Det var Birgitta Holmgren på kontoret som tog upp det på ett av de första veckomötena och sa ”du vet väl att vi är med i det här”.

I: Vad tänkte du när du fick höra om det?

R: Att det lät klokt, faktiskt. Kompetensförsörjning är ju det som företagen pratar om när man träffar dem, näst efter bostäder. Men jag tänkte också att det var en fråga som var för stor för ett projekt som ligger på näringslivskontoret. Vi har ju inget mandat över skolan, inget över vuxenutbildningen, inget över socialtjänstens arbetsmarknadsinsatser. Så vi kan samordna lite och bjuda in, men vi kan inte bestämma.

I: Projektledaren beskriver att chefsbytena har satt tillbaka arbetet. Känner du igen det?

R: Delvis. Jag förstår att det har känts så från projektledarens håll, och det är klart att det inte är bra när en chef försvinner och en ny kommer in som inte vet någonting. Men jag tycker inte riktigt att det är rättvist att säga att allt började om från noll varje gång. Företagsbesöken fortsatte, kontakterna med företagen fanns kvar. Det som föll bort var snarare kopplingen uppåt – att någon i ledningen kände till projektet och kunde driva det vidare.

I: Hur ser kopplingen till kommunledningen ut i dag?

R: Den är svag, det måste jag medge. Kommundirektören är positiv när vi pratar om det, men det har aldrig varit ett ärende i ledningsgruppen. Det är en sådan där fråga som alla tycker är viktig och som ingen har på sitt bord. Socialförvaltningen tänker att det är näringslivs, skolan tänker att det är Arbetsförmedlingens, och vi tänker att det borde vara kommunledningens. Och så blir det liggande.

I: Projektledaren vill lyfta frågan till kommunstyrelsen. Hur ser du på det?

R: Jag håller med om att det behövs, men det är inte så enkelt som det låter. Ska man till kommunstyrelsen behöver man ett underlag som politikerna kan ta ställning till. Och det vi har i dag är mest berättelser, bra berättelser, men det är svårt att säga till en politiker att vi har gjort 120 företagsbesök och att det därför ska in i budgeten. De frågar vad det har gett. Hur många jobb, hur många som har stannat kvar i kommunen. Det har vi inte riktigt svar på.

I: Vad skulle behövas för att kunna svara på det?

R: Att vi hade bestämt från början vad vi skulle mäta. Det gjorde vi inte, tror jag. Eller – det fanns mål i projektplanen, men de var formulerade som aktiviteter. Genomföra så och så många besök, genomföra en konferens. Det är lätt att bocka av men svårt att bygga ett beslut på.

I: Vad har samarbetet med Arbetsförmedlingen betytt?

R: Mycket, på handläggarnivå. När vi har varit ute tillsammans har det blivit mycket bättre möten, för företagen har ofta en bild av att Arbetsförmedlingen bara skickar fel folk, och när de får träffa en människa som lyssnar så vänder det. Men på chefsnivå har det varit tunt. Jag har träffat deras sektionschef två gånger, och det var två olika personer.

I: Hur ser du på universitetets roll?

R: Ja, det är lite känsligt. Vi har ett universitet i stan och det borde vara en enorm tillgång. Men företagen upplever att det inte är till för dem. De ser inte att studenterna skulle kunna göra examensarbeten hos dem, och universitetet har inte varit särskilt aktivt åt det hållet heller. Det är något vi borde jobba med, men det har inte rymts i projektet.

I: Om du tänker dig Härnösand om två år – vad har hänt med det här arbetet då?

R: Om vi inte gör något aktivt så har det somnat, helt enkelt. Birgitta Holmgren kommer att fortsätta besöka företag för att hon brinner för det, men det är inte en struktur, det är en person. Om vi ska få en struktur måste någon i ledningen säga att det här är vår fråga, vi tar ansvar för den och vi följer upp den. Och det beslutet kan inte jag fatta ensam.

I: Något du vill tillägga?

R: Kanske att jag tycker att Länsstyrelsen har gjort ett bra jobb med att hålla ihop det regionalt. Konferenserna har varit bra, man har träffat de andra kommunerna. Men det har stannat på den nivån, det har inte letat sig in i våra egna organisationer.
`;
