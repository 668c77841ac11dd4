export const text = `I: Kan du beskriva hur ni har styrt arbetet i Ånge?

R: Vi är en liten kommun, så vi har gjort det enkelt. Det har varit tre personer som har hållit i det: jag som chef för utvecklingsenheten, chefen för Arbetsförmedlingen här och rektorn på lärcentrum. Vi har träffats ungefär en gång i månaden och bestämt vad vi ska göra. Det har fungerat bra, för vi känner varandra och vi kan ta beslut snabbt. Men det är klart, det är sårbart. Om någon av oss slutar så faller en tredjedel av styrningen bort.

I: Vad har ni gjort när det gäller företagen?

R: Vi har ungefär 650 aktiva företag i kommunen, och vi har besökt runt 140 av dem. Det är väldigt mycket för en kommun av vår storlek, det har tagit mycket tid. Men det har också gett oss en bild som vi aldrig haft förut. Vi vet nu vilka företag som ska anställa, vilka som har ägare på väg mot pension och vilka som funderar på att flytta.

I: Vad sa företagen?

R: Det var väldigt olika. Skogsnäringen och åkerierna har svårt att hitta folk, framför allt maskinförare. Handeln och servicen har mindre problem. Och många av de minsta företagen sa att de inte tänkte anställa alls, de ville bara att kommunen skulle lyssna på dem. Det var en viktig insikt, faktiskt. Vi trodde att alla ville växa, men det är inte alls säkert.

I: Ni har gjort en skogsmaskinförarutbildning. Berätta om den.

R: Ja, det är nog det vi är mest stolta över. Vi gjorde den tillsammans med ett skogsbolag, som hade ett akut behov av förare. Göran Byström på skogsbolaget var med och formade utbildningen från början, han visste exakt vad som behövdes. Och alla deltagare fick jobb eller sommarjobb efteråt. Alla. Det händer inte ofta.

I: Vad tror du att det berodde på?

R: Att det fanns ett riktigt jobb i andra änden. Det var inte en utbildning för att utbilda, det var ett företag som sa ”vi behöver sex förare till i sommar”. Och så var Arbetsförmedlingen med och hittade deltagarna, och lärcentrum ordnade det praktiska. Alla tre delarna behövdes.

I: Ni hade också en mässa?

R: ”Upptäck dina möjligheter”, ja. Det var en mässa för ungdomar och arbetssökande där företagen fick visa upp sig. Det kom mycket folk, mer än vi hade räknat med. Men om du frågar mig om den ledde till några jobb, så vet jag inte. Vi följde inte upp det. Det var mer ett sätt att visa att det finns jobb i Ånge, att man inte måste flytta till Sundsvall.

I: Hur ser du på styrningen framåt?

R: Jag vill ha två grupper. En styrgrupp, där kommunchefen och kanske någon politiker är med, som pratar om vart vi ska. Och en operativ grupp, som vi tre i stort sett är i dag, som gör jobbet. Det vi saknar nu är den strategiska delen. Vi gör mycket bra saker, men vi har aldrig satt oss ner och diskuterat vad vi vill uppnå på lång sikt.

I: Varför har ni inte gjort det?

R: Det har inte funnits tid, och ingen har efterfrågat det. Det är lätt att fylla kalendern med aktiviteter. Och när det går bra, när alla fick jobb efter skogsmaskinutbildningen, då känns det inte som att man behöver en strategi. Men det gör man ju. Nästa gång kanske det inte finns ett skogsbolag som ringer.

I: Hur har kommunledningen engagerat sig?

R: De har varit positiva. Men de har inte varit engagerade, det är en skillnad. Jag har informerat kommunchefen, som tycker att det är bra, men det har aldrig varit så att ledningen har sagt ”det här är en prioriterad fråga för Ånge”. Och jag tror att det behövs innan vi bygger fler grupper. Strategisk diskussion först, sedan organisation.

I: Hur har projekttiden räckt till?

R: Den har inte räckt. Vi hann göra besöken, utbildningen och mässan. Men vi hann inte dra några slutsatser av det vi lärde oss. Det är lite som att samla in en massa material och sen inte ha tid att läsa det.
`;
