export const text = `I: I Sollefteå är det lärcentrum som har drivit projektet. Hur kom det sig?

R: Det var mest praktiskt, tror jag. Vi har kontakterna med utbildningsanordnarna, vi har vuxenutbildningen, och vi är vana att jobba med Arbetsförmedlingen. Så när frågan kom från Länsstyrelsen var det naturligt att det hamnade hos oss. Sen kan man diskutera om det var rätt ställe, men det kommer vi säkert till.

I: Vad har ni gjort under projekttiden?

R: Ganska mycket, faktiskt. Vi tog fram en ledarskapsutbildning tillsammans med Kramfors, skräddarsydd för chefer i små och medelstora företag. Det var ett önskemål som kom upp gång på gång, att man blir chef för att man är duktig i sitt yrke och sen står där utan verktyg. Vi har också gjort en lärlingsutbildning för billackerare, tillsammans med Arbetsförmedlingen och några bilverkstäder. Lars-Erik Sjödin på Arbetsförmedlingen i Kramfors hjälpte oss att hitta deltagare från båda kommunerna.

I: Hur gick det med billackerarutbildningen?

R: Bra, över förväntan. Verkstäderna hade letat efter billackerare i flera år och inte hittat någon. Nu har de fått utbilda folk på plats, efter sina egna behov. Det är den sortens insats som jag tror på – liten, konkret, och där företagen är med från början och inte bara får en färdig kurs serverad.

I: Ni har också haft Växa-kurser?

R: Ja, Växa är en kursserie som vi har kört både för privat och offentlig sektor. Kompetensutveckling för anställda, alltså, i allt från arbetsmiljö till digitala verktyg. Och så certifieringskurser inom en del yrken, och starta eget-kurser. Starta eget har varit väldigt populärt, det var fullt varje gång.

I: Om du ser tillbaka – vad har fungerat mindre bra?

R: Det hänger för mycket på enskilda personer. Om jag är borta en vecka så står det still. Det är jag och en kollega som driver allt, och vi har gjort det med stort engagemang, men det är inte så en kommun ska fungera. Engagemanget måste finnas längre upp och bredare i organisationen, inte bara hos några eldsjälar på lärcentrum.

I: Hur har kopplingen till politiken sett ut?

R: Den har nästan inte funnits. Vi har rapporterat till vår förvaltningschef, men jag vet inte om det har nått nämnden eller kommunstyrelsen. Och det är synd, för det finns saker där som politikerna borde få veta. Till exempel att företagen inte hittar folk med rätt utbildning, samtidigt som vi har ungdomar som går arbetslösa. Det är ju en politisk fråga. Men vi har ingen kanal för att föra det tillbaka uppåt.

I: Vad skulle en sådan kanal kunna vara?

R: Vi har pratat om ett arbetsmarknadsråd. Där skulle kommunen, Arbetsförmedlingen, företagen och kanske facket sitta, och där det finns politiker med. Inte för att göra verkstad, utan för att prioritera. Vad ska vi satsa på de kommande åren, vilka utbildningar behövs. Det finns inget sådant forum i dag.

I: Vilken roll har skolan haft?

R: För liten. Studie- och yrkesvägledningen är en nyckel, tycker jag. Ungdomarna väljer utbildning utan att veta vad som finns för jobb här. Vägledarna på gymnasiet är få och har ofta inte tid att sätta sig in i det lokala näringslivet. Vi vill jobba för det vi kallar entreprenöriella skolor, där eleverna möter arbetslivet tidigt, men det har vi inte hunnit med.

I: Tycker du att lärcentrum var rätt ställe för projektet?

R: Operativt, ja. Vi kan göra saker, och vi har gjort saker. Men strategiskt – nej, nog inte. En rektor för lärcentrum kan inte få socialförvaltningen eller näringslivskontoret att ändra sina prioriteringar. Det hade behövts någon från kommunledningen som ägde det. Och det har jag sagt, men kanske inte tillräckligt högt.

I: Hur har tidsramen påverkat?

R: Den har gjort att vi valt det som går fort. Det är lättare att ordna en kurs på tre månader än att bygga om hur kommunen arbetar. Så det blev kurser. Bra kurser, men kurser.
`;
