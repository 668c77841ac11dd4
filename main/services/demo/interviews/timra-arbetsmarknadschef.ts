export const text = `I: Du är chef för arbetsmarknadsenheten i Timrå. Hur har Kompetenslyftet sett ut från ditt perspektiv?

R: För oss har det i stort sett handlat om Framsteget. Vi valde tidigt att inte sprida ut oss på många små insatser utan att satsa på en målgrupp, och det blev unga som saknar gymnasiebehörighet. Det är den grupp som vi ser har svårast att ta sig in på arbetsmarknaden, och som kostar mest om vi inte gör något.

I: Varför just den gruppen?

R: Vi hade ett stort antal unga i försörjningsstöd, och när vi tittade närmare på dem så var det en sak som nästan alla hade gemensamt: de hade inte fullständiga gymnasiebetyg. Och utan det kommer man inte in någonstans i dag, inte ens på de enklare jobben. Så det var ett ganska tydligt val.

I: Vad är du mest nöjd med?

R: Resultaten. Av de tjugo som var med under 2011 har nio fått arbete och fyra börjat studera. För den här gruppen är det väldigt bra. Och jag tror att det beror på att teamet har haft tid. Tre personer, ett helt år med varje deltagare, och en riktig anställning med lön efter de första sex månaderna. Det är en modell som kostar, men den fungerar.

I: Hur har det varit att få gehör för kostnaden?

R: Det är det som är svårt. Politikerna har varit positiva, men de ser en budgetpost på personal och anställningar, och de ser inte besparingen på andra sidan, i försörjningsstödet. Vi har inte varit tillräckligt bra på att räkna hem det. Det är ett misstag som jag tar på mig. Vi borde ha gjort en ordentlig kalkyl från början, så att vi kunde visa vad varje person i arbete betyder för kommunens ekonomi.

I: Finns det utrikesfödda i målgruppen?

R: Ja, en ganska stor andel faktiskt, kanske en tredjedel i den senaste gruppen, men det är en uppskattning. Det är ungdomar som kom hit som tonåringar och inte hann få behörighet innan de blev för gamla för gymnasiet. För dem är språket en extra tröskel, och det har teamet fått lära sig att hantera under resans gång. Jag skulle vilja att vi utvecklade det spåret. Det finns många nyanlända vuxna i Timrå också, och de har inte varit någon målgrupp i projektet.

I: Hur ser samarbetet med Arbetsförmedlingen ut?

R: Bra på handläggarnivå, som sagt. Men det har varit en del friktion kring regelverket, vad som räknas som en anställning och vad som är en insats. Det har tagit mycket tid. Jag har ibland önskat att vi hade haft en gemensam chefsnivå där sådant kunde lösas, i stället för att handläggare och teamet ska sitta och reda ut det varje gång.

I: Det finns planer på ett resurscentrum. Berätta om det.

R: Tanken är att samla Arbetsförmedlingen, Försäkringskassan, socialtjänsten och vår enhet under samma tak, så att den som behöver stöd inte ska behöva springa mellan fyra myndigheter. Vi har pratat om det i två år. Det är inte beslutat, och det är egentligen inte min fråga att besluta. Det måste upp på kommunstyrelsen, och det måste finnas motsvarande beslut hos myndigheterna.

I: Vad tror du om chanserna?

R: Hm. Femtio-femtio, kanske. Alla tycker att det är en bra idé. Men det krävs att någon tar ett beslut som binder pengar och lokaler i flera år, och där är det trögt. Det är samma mönster som i hela Kompetenslyftet, tror jag – alla är för, men ingen vill vara den som äger det.

I: Hur ser du på projekttiden?

R: För Framsteget har det fungerat, eftersom vi hade en tydlig modell från början och kunde köra direkt. Men arton månader är för kort för att bevisa något. Vi har ett års resultat. Jag skulle vilja följa de här ungdomarna i tre år och se om de är kvar i jobb.

I: Vad vill du att utvärderingen ska lyfta?

R: Att det som fungerar är intensivt och långsiktigt, och att det inte går att göra billigt. Och att det behövs ett beslut högre upp om man vill att det ska finnas kvar.
`;
