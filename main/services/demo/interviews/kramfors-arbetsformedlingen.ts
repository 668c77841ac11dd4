export const text = `I: Hur kom Arbetsförmedlingen i Kramfors in i Kompetenslyftet?

R: Det var ganska naturligt för oss. Kompetensförsörjning är ju vårt vanliga uppdrag, att matcha arbetsgivare och arbetssökande. Så när kommunen hörde av sig så var det inte så att vi behövde fundera särskilt länge. Det som var nytt var att vi gjorde det tillsammans, och att vi fick lite extra tid för det genom projektet.

I: Vad har det gemensamma arbetet inneburit konkret?

R: Framför allt besöken. Lars-Erik Sjödin, som är arbetsgivarkontakt hos oss, har åkt ut tillsammans med näringslivsutvecklaren till i stort sett alla företag de har besökt. Och det har gett mycket. Vi har fått in lediga jobb som aldrig hade kommit till oss annars, för de här småföretagen annonserar inte, de frågar runt bland bekanta. Nu vet de att de kan ringa Lars-Erik Sjödin direkt.

I: Finns det något som har varit svårt?

R: Ja, det finns det. Vi är en statlig myndighet och vi styrs nationellt, med mål och uppdrag som kommer uppifrån. Det är inte alltid som det passar ihop med det som kommunen vill göra lokalt. Ett exempel: kommunen ville att vi skulle satsa på en viss yrkesutbildning, men vi hade inte upphandlat någon sådan, och det går inte att ändra på från ett lokalkontor i Kramfors. Då blir det lätt att vi framstår som ovilliga, fast det egentligen handlar om regelverket.

I: Hur hanterade ni det?

R: Vi försökte förklara, och ibland hittade vi andra vägar, till exempel att vuxenutbildningen tog den delen och vi gick in med praktik. Men det krävde att vi hade en dialog, och det har vi fått genom strategigruppen. Den har varit viktig för att vi ska förstå varandras begränsningar.

I: Näringslivsutvecklaren sa att strategigruppen egentligen inte har något mandat. Håller du med?

R: (paus) Ja och nej. Jag har ett mandat från min egen organisation att samverka, det är till och med något vi följs upp på. Men jag har inte mandat att binda Arbetsförmedlingen till något långsiktigt åtagande. Så i den meningen har hon rätt – vi kan komma överens om saker i gruppen, men vi kan inte fatta beslut som gäller längre än de närmaste månaderna.

I: Hur ser du på hållbarheten när projektet tar slut?

R: Jag tror att besöken kommer att fortsätta, för vi har sett att de fungerar och vi har budget för arbetsgivarkontakter. Det som jag är mer osäker på är det strategiska. Vem ska sammankalla gruppen? Det har projektledaren gjort hittills. När den tjänsten försvinner vet jag inte om någon tar över. Det är ett klassiskt problem med projekt.

I: Har chefsbyten påverkat arbetet här?

R: Inte här i Kramfors, jag har varit här hela tiden. Men jag vet att det har varit stökigt på andra håll i länet. Vi har haft en omorganisation under perioden och det har gjort att en del kontor har bytt chef. Det är klart att det påverkar.

I: Har ni nått några särskilda grupper genom projektet?

R: Vi har försökt få in fler utrikesfödda i praktikplatser via företagsbesöken, och det har gått hyggligt. Många småföretagare är positiva om man följer med och tar första mötet tillsammans med den sökande. Men det är personalkrävande, och det är inget som vi hade kunnat göra i samma omfattning utan projektet.

I: Vad har du lärt dig av Kompetenslyftet?

R: Att vi behöver kommunen mer än vi trodde. Vi har ju kontakt med de arbetssökande, men kommunen har kontakten med företagen, med skolan, med bostäderna. Om vi inte jobbar ihop så blir det halva bilden. Det låter självklart när man säger det, men det har inte varit självklart i praktiken.

I: Något du vill skicka med till utvärderingen?

R: Att man ska vara försiktig med att bara räkna besök. Vi har gjort många, men det intressanta är vad som hände efteråt. Hur många fick jobb, hur många praktikplatser blev det. Det har vi inte följt upp systematiskt, och det är vårt gemensamma ansvar.
`;
