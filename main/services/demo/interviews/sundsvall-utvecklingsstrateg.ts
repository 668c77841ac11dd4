export const text = `I: Sundsvall är den största kommunen i länet. Hur har det påverkat ert arbete i Kompetenslyftet?

R: På gott och ont. Vi har fler resurser och fler utbildningsanordnare än de mindre kommunerna, men vi har också en mycket större organisation att ta oss igenom. Det finns många förvaltningar och alla har sina egna uppdrag. Att få en fråga att gå på tvären genom allt det är svårt, det ska jag inte sticka under stol med.

I: Vad har ni fokuserat på?

R: Vi valde att satsa på studie- och yrkesvägledningen. Vår bild var att ungdomar och vuxna gör sina utbildningsval utan att veta vilka jobb som faktiskt finns. Så vi har stärkt vägledningen, dels i skolan, dels genom Arbetsförmedlingen, som har haft vägledare som kunnat ta emot vuxna. Anneli Nordin, som samordnar studie- och yrkesvägledarna hos oss, har gjort ett jättejobb med att få ihop gymnasiet, vuxenutbildningen och Arbetsförmedlingen.

I: Och analysen av yrkesutbildningarna?

R: Ja, vi gjorde en analys av vilka yrkesutbildningar som behövs och vilka som finns, och sen försökte vi samordna oss med utbildningsanordnarna. Det visade sig att vi hade flera anordnare som erbjöd ungefär samma sak, medan det saknades helt inom en del bristyrken. Det var ett viktigt underlag. Men – och det här är ett stort men – analysen är lokal och kortsiktig. Vi har inte kunnat koppla den till några längre prognoser.

I: Varför inte?

R: Dels för att det inte finns bra prognoser på kommunnivå, dels för att ingen hos oss har i uppdrag att göra det. Örnsköldsvik har gjort en femårsprognos, och det är vi lite avundsjuka på, om jag ska vara ärlig. Vi skulle behöva en central funktion i kommunen som håller i det här, som kan ta fram underlag och som förvaltningarna kan vända sig till. Nu är det utspritt och personberoende.

I: Vad har ni lärt er om samverkan internt?

R: Att den interna kommunikationen är minst lika svår som den externa. Vi har lagt mycket energi på att prata med Arbetsförmedlingen och företagen, och så har vi glömt att berätta för våra egna kollegor vad vi håller på med. Det har hänt att en annan förvaltning startat något liknande utan att veta om oss.

I: Du har också skrivit att man inte ska ändra varandras mandat. Kan du utveckla det?

R: Ja, det var en hård läxa. Tidigt i projektet gick vi in och började göra saker som egentligen låg på en annan förvaltnings bord, i all välmening. Vi tyckte att det gick för långsamt. Men det skapade irritation, och det tog lång tid att reparera. Så lärdomen är att man måste respektera varandras mandat, även när man tycker att de andra är för långsamma. Och sen är själva mandatet svårt att hitta. Jag har fortfarande inte riktigt klart för mig vem som har det yttersta ansvaret för kompetensförsörjningen i Sundsvalls kommun.

I: Vem borde ha det, tycker du?

R: På kommunnivå borde det ligga hos kommunledningen, helt klart. Men regionalt tycker jag att Länsstyrelsen ska behålla det övergripande ansvaret. Det är en fråga som inte stannar vid kommungränsen. Folk pendlar mellan Sundsvall och Timrå och Härnösand varje dag. Om varje kommun gör sitt eget blir det splittrat.

I: Hur ser du på arton månader som projekttid?

R: Det är för kort för den här typen av fråga. Vi hann göra analysen och stärka vägledningen, men vi hann inte förankra det. Förankring tar tid i en stor organisation, det handlar om år, inte månader. Samtidigt tror jag inte att mer tid automatiskt hade löst problemet. Det hade behövts ett tydligare uppdrag från början.

I: Har ni sett några effekter för enskilda?

R: Det är svårt att säga. Vi vet att fler har fått vägledning, men vi har inte följt upp vad de har valt eller om de har fått jobb. Det borde vi ha gjort. Jag tror att det hade gett en mycket starkare berättelse uppåt i organisationen om vi hade haft siffror att visa.

I: Något mer du vill säga?

R: Bara att jag hoppas att det här inte blir ytterligare ett projekt som tar slut och glöms bort. Det finns mycket kunskap nu, och det vore synd om den försvann när projektet stängs.
`;
