export const text = `I: Kan du börja med att berätta vilken roll du har haft i Kompetenslyftet här i Härnösand?

R: Ja. Jag kom in som projektledare på halvtid när projektet drog i gång i december 2010, och resten av tiden har jag suttit på näringslivskontoret, så det har varit två hattar hela tiden. Uppdraget var att vi skulle få till en bättre struktur för kompetensförsörjningen, tillsammans med Arbetsförmedlingen och Företagarna. Det lät väldigt stort när man läste det i projektplanen. I praktiken har det mest handlat om att komma ut till företagen.

I: Hur gick ni till väga med företagsbesöken?

R: Vi har ungefär 1 200 företag i kommunen och vi har hunnit träffa ungefär 120 av dem. Det låter kanske inte så mycket, men man ska komma ihåg att 65 procent av företagen här är en- eller tvåpersonsföretag. Det är frisörer, hantverkare, konsulter som sitter vid köksbordet. De har ingen personalavdelning som man kan prata kompetensförsörjning med, det är ägaren själv som gör allt. Så man får sätta sig ner, dricka kaffe och lyssna en stund innan man kommer till det man egentligen ville fråga.

I: Vad var det ni fick höra då?

R: Det som kom upp överlägset mest var faktiskt bostäder. Det hade jag inte riktigt väntat mig. Företagen säger att de kan hitta folk, men folk hittar ingenstans att bo, och då tackar de nej. Sen var det en del som var rätt kritiska mot universitetet, vilket var lite jobbigt att höra. Universitetet har ganska låg status bland företagarna här, man upplever att det lever sitt eget liv uppe på campus. Och så lärlingsplatserna – det är svårt att hitta företag som kan ta emot en lärling när man är två personer och knappt hinner med sina egna kunder.

I: Gjorde du besöken ensam eller tillsammans med någon?

R: I början gjorde jag och Birgitta Holmgren på näringslivskontoret de flesta, och sen försökte vi ha med någon från Arbetsförmedlingen. Det fungerade jättebra när det fungerade. Man ser att företagaren slappnar av när det sitter någon där som kan säga ”det här kan vi hjälpa till med, det finns ett anställningsstöd”. Problemet var att det kom olika personer från Arbetsförmedlingen nästan varje gång.

I: Berätta mer om det.

R: Ja, vi har haft tre chefsbyten under projekttiden, om man räknar både kommunen och Arbetsförmedlingen. Och varje gång har det i princip varit att börja om från noll. Man bokar ett möte, man förklarar vad projektet är och varför det är viktigt, och när den nya chefen har landat och tycker att det är bra, då byts den personen ut igen. Jag säger inte att det är någons fel, det är så organisationer fungerar, men i ett projekt på arton månader blir det förödande. Vi tappade nog ett halvår sammanlagt på det.

I: Om du ser på målet, alltså en bättre struktur för kompetensförsörjningen – hur långt har ni kommit?

R: Ärligt talat, inte så långt. Vi har inte åstadkommit någon strukturell förändring, det måste jag säga. Vi har gjort massor med bra saker och det ska vi vara stolta över, men om du frågar mig vem i kommunen som äger frågan när projektet är slut, så kan jag inte svara på det. Det är det som oroar mig.

I: Varför tror du att det har blivit så?

R: Hm. Jag tror att vi har räknat fel saker, kanske. Vi har räknat besök och vi har räknat aktiviteter, och det har blivit vårt mått på att det går bra. Men besöken i sig ändrar ingenting i hur kommunen jobbar. Det hade behövts att någon högre upp tog tag i det. Jag har skickat lägesrapporter uppåt, men jag vet inte om någon har läst dem, om jag ska vara krass.

I: Vad vill ni prioritera framåt?

R: Det första är att få upp frågan på kommunstyrelsen. Den måste upp på politisk nivå, annars blir det bara ett projekt till. Sen vill vi fortsätta med företagsbesöken, för det är där vi får kunskapen. Vi har också pratat om en praktikportal tillsammans med Arbetsförmedlingen, alltså en gemensam plats där företagen kan lägga upp praktikplatser och där skolan och Arbetsförmedlingen kan hitta dem. Det är något konkret, och det behöver vi. Och så skolan – vi har knappt haft kontakt med gymnasiet under projektet, och det är ju där nästa generation finns.

I: Hur har du upplevt projekttiden, arton månader?

R: Kort. Väldigt kort. Det tar ett halvår att komma igång, att få folk att förstå vad det handlar om, och sen ska man redan börja tänka på slutrapporten. Det är lite absurt egentligen. Samtidigt, om vi hade fått tre år, hade det blivit bättre då? Jag vet inte. Kanske hade vi bara gjort fler besök.

I: Är det något du vill lägga till?

R: Bara att engagemanget har varit jättestort, hos oss och hos Arbetsförmedlingen. Folk har verkligen velat. Det är inte viljan det hänger på, det är att frågan inte har något hem.
`;
