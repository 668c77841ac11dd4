export const text = `I: Vad har Företagarna haft för roll i Kompetenslyftet?

R: Vår roll har varit att vara småföretagens röst. Det är lätt att glömma, men det är de små företagen, upp till femtio anställda, som står för tillväxten i det här länet. De stora industrierna har mest krympt de senaste tjugo åren. Så om man pratar kompetensförsörjning och bara tänker på de stora arbetsgivarna, då missar man huvuddelen av arbetsmarknaden.

I: Hur har ni bidragit konkret?

R: Vi har gjort en enkät till våra medlemmar om ägarskiften, och den gav ganska skrämmande resultat. Av de ägare som planerar ett ägarskifte inom tio år är det 44 procent som tänker lämna över till personal eller familj. Och 56 procent vet inte. Vet inte! Det betyder att ungefär hälften av de företagen riskerar att bara lägga ner när ägaren går i pension. Och då försvinner jobben, kompetensen och ofta hela servicen på en mindre ort.

I: Vad gör ni åt det?

R: Vi planerar en ägarskiftesportal på nätet, där säljare och köpare kan hitta varandra och där man kan få råd om hur ett ägarskifte går till. Det är inte klart än, men det är på gång. Och vi har pratat med kommunerna om att ta upp ägarskiften vid företagsbesöken. Kramfors har gjort det, och där såg man samma mönster som i vår enkät.

I: Hur har samarbetet med kommunerna fungerat?

R: Det har varit väldigt olika. I en del kommuner har vi varit med från början och blivit inbjudna till allt. I andra har vi fått ett mejl i efterhand. Jag vill inte peka ut någon, men det märks tydligt vilka kommuner som ser företagen som partner och vilka som ser dem som målgrupp. I Härnösand har Birgitta Holmgren på näringslivskontoret varit jättebra på att hålla oss informerade, men det är ju hon som person, inte kommunen som system.

I: Vad har företagarna sagt om kompetensförsörjningen?

R: Att det är svårt att hitta rätt folk, förstås. Men också att det är svårt att ta emot lärlingar och praktikanter. Jag förstår det, när man är tre personer och har fullt upp. Men jag brukar säga till våra medlemmar att ta in en lärling eller en praktikant är det bästa sättet att säkra sin egen kompetens. Man utbildar någon efter sina egna behov. Och vi trycker på det hela tiden, men det behövs också att någon hjälper till med det administrativa, för annars blir det inte av.

I: Vad tycker du om resultatet av projektet?

R: Det har varit mycket aktiviteter, mycket möten och konferenser. Och det är bra att man har träffats. Men jag har svårt att se vad som har förändrats för det enskilda företaget. Om jag är en snickare i Sollefteå som behöver en ny medarbetare, är det enklare för mig i dag än för två år sedan? Jag är inte säker på det.

I: Vad skulle behövas?

R: Att kommunerna pratar med företagen och inte bara om dem. Och att man följer upp. Vi har gjort hundratals företagsbesök i länet, men vad hände sen? Fick företagen någon återkoppling? I många fall inte, har jag hört. Då blir det bara ännu ett besök från kommunen där man fyllde i ett formulär.

I: Finns det något som du tycker har fungerat riktigt bra?

R: Ja, de konkreta utbildningarna. Billackerarna i Sollefteå, skogsmaskinförarna i Ånge. Där har företagen varit med och bestämt, och det har blivit jobb. Det är den modellen man borde sprida. Och Business Room i Örnsköldsvik, som har hjälpt folk att starta eget. Det är sådant som företagarna märker.

I: Vem borde äga frågan om kompetensförsörjning, enligt dig?

R: Ingen äger den i dag, och det är problemet. Kommunerna tycker att det är Arbetsförmedlingen, Arbetsförmedlingen tycker att det är skolan, skolan tycker att det är kommunledningen. Och företagen sitter där i mitten. Vi från Företagarna kan påverka och driva på, men vi kan inte ta ansvaret. Det måste ligga hos någon som har både pengar och mandat.
`;
