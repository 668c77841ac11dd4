export const text = `I: Tack för att ni ställer upp allihop. Kan ni börja med att säga vilka ni är och vad ni gör i Framsteget?

R1: Jag är studie- och yrkesvägledare och har varit med sedan starten. Jag har mest hand om planeringen för varje deltagare, vart de är på väg.

R2: Jag är specialpedagog. Många av våra deltagare har med sig dåliga erfarenheter från skolan, och min uppgift är att hitta sätt att lära som fungerar för just dem.

R3: Och jag är beteendevetare. Jag jobbar med det sociala runtomkring – boende, ekonomi, relationer, motivation. Allt det som gör att man inte orkar gå till en praktik på morgonen.

I: Vilka är det som deltar i Framsteget?

R1: Det är unga mellan ungefär arton och tjugofem som inte har fullständiga gymnasiebetyg. En del har hoppat av, en del har gått ut med ofullständiga betyg. Några har kommit till Sverige som tonåringar och aldrig riktigt kommit in i gymnasiet. I den senaste gruppen har vi femton deltagare.

I: Och hur har det gått för dem som deltagit?

R1: Under 2011 hade vi tjugo deltagare. Av dem har nio fått jobb och fyra har börjat studera. Det tycker vi är bra, med tanke på var de kom ifrån.

R3: Fast det ska sägas att det är sju som vi inte har lyckats med, eller inte än i alla fall. Och några av dem är de som har det allra svårast. Så det är inte så att vi har något trollspö.

I: Vad tror ni är det som gör att det fungerar för de flesta?

R3: Relationen. Vi har dem i ett år, och det tar tid att bygga förtroende. Många av de här ungdomarna har träffat hur många handläggare som helst som har kommit och gått. Hos oss är det samma tre personer hela vägen.

R2: Och personaltätheten. Vi är tre på femton deltagare. Det är dyrt, det vet vi, men det är det som gör att vi hinner se varje person. Alla har en individuell plan som vi gör tillsammans med dem.

R1: Sen är det lönen. De första sex månaderna har de aktivitetsstöd, och sen blir de anställda av kommunens arbetsmarknadsenhet och får lön. Det gör enorm skillnad för motivationen. Man går från att vara en ”åtgärd” till att vara en anställd.

I: Hur ser samarbetet med Arbetsförmedlingen ut?

R1: Det är bra på handläggarnivå. Vi har en handläggare som vi har regelbundna avstämningar med, och hon har varit med och hittat praktikplatser.

R3: Men det har varit svårt när det gäller regelverket kring anställningarna. Vi har fått lägga mycket tid på att reda ut vad som går och inte går.

I: Vilken roll har skolan spelat?

R2: En för liten roll, tycker jag. Vi tar emot ungdomar som skolan redan har tappat, och vi har nästan ingen kontakt bakåt. Det vore bättre om vi kunde fånga upp dem innan de har varit hemma ett år och tappat rytmen.

R1: Jag håller inte riktigt med. Vi har faktiskt börjat få kontakt med gymnasiets vägledare nu i vår, så det rör på sig. Men det är sent, det håller jag med om.

I: Vad händer med Framsteget när projektet tar slut?

R1: Vi vet inte, ärligt talat. Det finns en plan på ett resurscentrum där flera myndigheter sitter tillsammans – Arbetsförmedlingen, Försäkringskassan, socialtjänsten och vi – men det är inte beslutat.

R3: Och om det blir ett resurscentrum så måste man tänka på att det inte är lokalerna som gör det. Det är arbetssättet. Om man sätter ihop myndigheterna i ett hus men var och en jobbar som förut, då har man inte vunnit så mycket.

R2: Jag är orolig för att det blir en kostnadsfråga. Politikerna ser att vi är tre personer på femton deltagare och tycker att det är dyrt. Men man måste jämföra med vad det kostar om de här ungdomarna blir kvar i försörjningsstöd i tio år.

I: Har ni kunnat visa på det, kostnaden jämfört med alternativet?

R1: Inte på något ordentligt sätt. Vi har siffrorna på jobb och studier, men vi har inte gjort någon kalkyl. Det borde vi göra, för det är nog det som biter på politikerna.

I: Om ni fick ge ett råd till någon som vill starta något liknande?

R3: Ta tid på dig. Ett år, inte tre månader.

R2: Och se hela människan, inte bara arbetsmarknadsfrågan.

R1: Och se till att någon högre upp vet vad ni gör från början. Vi har haft tur som har en chef som har trott på det, men det hade kunnat se helt annorlunda ut.
`;
