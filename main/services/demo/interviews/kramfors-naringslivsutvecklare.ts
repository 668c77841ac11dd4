export const text = `I: Vill du börja med att beskriva hur ni har organiserat arbetet i Kramfors?

R: Ja. Vi bestämde tidigt att vi inte skulle göra det här som ett eget spår på näringslivsenheten, utan tillsammans med Arbetsförmedlingen från början. Så vi bildade en gemensam strategigrupp där jag sitter, Arbetsförmedlingens sektionschef och vuxenutbildningen. Och sen har vi gjort företagsbesöken ihop. Jag har oftast åkt med Lars-Erik Sjödin på Arbetsförmedlingen, han har varit med i nästan alla besök.

I: Hur har de gemensamma besöken fungerat?

R: Det har nog varit det bästa med hela projektet, om jag ska vara ärlig. Företagen får träffa kommunen och Arbetsförmedlingen samtidigt, och de behöver inte förklara sig två gånger. Vi har kunnat svara på det mesta direkt i rummet. Och för oss internt har det betytt att vi faktiskt lärt känna varandra. Jag visste ju knappt vad Arbetsförmedlingen kunde erbjuda innan, och de visste inte vad kommunen gjorde för företagen.

I: Vad har ni tagit reda på under besöken?

R: Vi gjorde en mall med ett antal frågor som vi alltid tog upp. Utbildningsbehov, förstås. Pensionsavgångar de närmaste åren, det var väldigt tydligt att många har stora pensionsavgångar på gång. Om de kunde tänka sig att vara mentorer för någon, om de kunde ta emot examensarbeten. Och så frågade vi om näringslivsklimatet, hur de upplevde kommunen helt enkelt. Det sista fick vi en del skäll för, ska jag säga.

I: Vad sa företagen om näringslivsklimatet?

R: Att kommunen är långsam och att man inte vet vem man ska ringa. Det var återkommande. Bygglov, tillstånd, upphandling. Och det är ju inte kompetensförsörjning i strikt mening, men det hänger ihop. Ett företag som inte känner sig välkommet anställer inte här, det anställer någon annanstans.

I: Vilka frågor vill ni prioritera framåt?

R: Generationsskiftena, absolut. Det finns många företag där ägaren är över sextio och inte har någon plan. Om de bara lägger ner försvinner jobben. Sen entreprenörskap i skolan, att ungdomarna får se att man kan starta något här och inte bara flytta. Och näringslivsklimatet, som sagt. Vi har också pratat om så kallad tandemrekrytering, alltså att när ett företag rekryterar någon utifrån så hjälper vi till att hitta jobb åt partnern också. Det är ofta där det faller.

I: Hur ser samarbetet med grannkommunerna ut?

R: Vi har gjort ledarskapsutbildningen tillsammans med Sollefteå, och det var bra. Men jag skulle vilja att vi jobbade mycket närmare Sollefteå. Arbetsmarknaden är ju gemensam, folk pendlar över kommungränsen hela tiden, och ändå sitter vi och gör varsin inventering och varsin mässa. Det är lite slöseri. Näringslivsföreningen här har också en roll, de skulle kunna vara en brygga mellan kommunerna.

I: Du nämnde roller och mandat i slutredovisningen. Vad menar du med det?

R: Jo, det har varit oklart ibland vem som får bestämma vad. Strategigruppen har inget formellt mandat, vi har liksom bildat den själva. Så när vi kommer fram till något, till exempel att vi borde satsa på en viss utbildning, så måste var och en gå hem till sin organisation och förankra det. Och där tar det ofta stopp. Jag har fått höra ”det där får du ta med din chef” flera gånger, och min chef säger att det är en fråga för förvaltningen, och så vidare.

I: Så strategigruppen är mer operativ än strategisk, trots namnet?

R: (skratt) Ja, det är nog en rättvis beskrivning. Vi kallar det strategigrupp men vi gör mest verkstad. Vilket i och för sig inte är dåligt, det är verkstaden som har gett resultat. Men nej, det är inte där besluten fattas.

I: Hur har du upplevt tidsramen?

R: Arton månader är inget. Vi hann göra inventeringen, och nu när vi vet vad företagen behöver så tar pengarna slut. Jag vet att vi kan söka mer, men då ska det vara ett nytt projekt igen, med ny ansökan och nya mål. Jag förstår inte riktigt varför det inte kan få bli en del av den vanliga verksamheten.

I: Vem tycker du borde äga frågan?

R: Det är en bra fråga, och jag har inget bra svar. Kommunledningen, rimligen. Men där finns det inte riktigt något intresse, eller, intresse finns, men ingen vill ta på sig det. Det blir alltid lite ”det är viktigt, kör ni”.
`;
