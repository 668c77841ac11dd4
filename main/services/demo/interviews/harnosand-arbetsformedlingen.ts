export const text = `I: Du är ganska ny som sektionschef för Arbetsförmedlingen i Härnösand. När kom du in?

R: I januari i år. Så jag har varit med de sista månaderna av projektet, och jag är den tredje chefen på kontoret sedan projektet startade, om jag har förstått det rätt. Det är inget jag är stolt över å organisationens vägnar, men det har berott på omorganisationen och på att min företrädare fick ett annat uppdrag i Sundsvall.

I: Hur var det att komma in mitt i ett samverkansprojekt?

R: Ärligt talat lite förvirrande. Det fanns ingen dokumentation hos oss om vad vi hade åtagit oss. Jag fick en lunch med projektledaren från kommunen som förklarade, och det var väldigt bra, men jag förstod också att hon hade gjort samma sak två gånger tidigare med mina företrädare. Det kändes inte så bra. Man märkte att hon var trött på att börja om.

I: Vad har Arbetsförmedlingen i Härnösand bidragit med?

R: Framför allt har våra arbetsgivarkontakter varit med på företagsbesöken. Och det är något jag tror mycket på. Jag har läst anteckningarna från besöken, och det är guld värt att ha den kunskapen om de små företagen. Vi har ofta bara kontakt med de större arbetsgivarna, de som annonserar. De små företagen ser vi aldrig annars.

I: Finns det något du skulle vilja göra annorlunda?

R: Jag skulle vilja att vi hade samma person på varje besök. Det har varit olika handläggare beroende på vem som hade tid, och företagen har märkt det. Och så skulle jag vilja att vi följde upp besöken. Om ett företag säger att de behöver en svetsare om ett halvår, så måste någon ha det i kalendern om ett halvår. Det har inte fungerat.

I: Projektledaren har nämnt en praktikportal. Vad tycker du om den idén?

R: Jag tycker att den är bra, och vi har sagt att vi vill vara med. Det är konkret, det är något som både skolan, vi och företagen kan använda. Men jag vill vara ärlig och säga att jag inte vet om vi kan bidra med pengar. Vi har inga medel för att bygga IT-lösningar lokalt, det måste i så fall gå via regionen eller nationellt. Det vi kan bidra med är tid och innehåll.

I: Hur ser du på ansvaret för kompetensförsörjningen i kommunen?

R: Det är svårt för mig att säga något om kommunens organisation. Men från vår sida är kompetensförsörjning vårt uppdrag, så vi äger vår del. Problemet är att vår del inte räcker. Bostäder, skola, vuxenutbildning – det ligger hos kommunen. Och jag har inte riktigt förstått vem på kommunen jag ska prata med om de sakerna. Det är näringslivskontoret, men de har inte heller mandat över skolan.

I: Vad tycker du om det som kom fram om lärlingsplatser?

R: Det är ett verkligt problem. Vi har sökande som vill gå en lärlingsutbildning men inga platser, och företagen säger att de inte hinner handleda. Jag tror att vi behöver erbjuda mer stöd till handledarna, kanske en handledarutbildning som vi gör tillsammans med vuxenutbildningen. Men det är en idé, inget som vi har bestämt.

I: Om du ser framåt – vad är viktigast för Arbetsförmedlingen i Härnösand?

R: Kontinuitet. Jag har tänkt stanna, och jag hoppas att jag får göra det. Det låter kanske banalt, men efter tre chefsbyten tror jag att det viktigaste jag kan göra är att vara kvar och vara en stabil motpart. Och så vill jag att samverkan skrivs in i något som inte hänger på mig, en överenskommelse med kommunen som gäller även om jag försvinner.

I: Tror du att samverkan med kommunen har blivit varaktig?

R: Inte än. Relationerna på handläggarnivå är bra, men det finns inget som håller ihop det när folk byts ut. Det är fortfarande en samverkan mellan personer, inte mellan organisationer.
`;
