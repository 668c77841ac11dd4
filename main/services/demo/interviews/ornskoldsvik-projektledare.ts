export const text = `I: Örnsköldsvik beskrivs ofta som den kommun som kommit längst. Hur började ert arbete?

R: Det började egentligen före Kompetenslyftet. Hösten 2009 kom det en våg av varsel här, inom verkstadsindustrin framför allt, och det var en chock för hela kommunen. Då satte vi oss ner, kommunen, Arbetsförmedlingen och de stora företagen, och sa att vi inte kan fortsätta reagera i efterhand. Vi måste veta vad som är på väg. Så när Kompetenslyftet kom var det en möjlighet att fortsätta det vi redan hade påbörjat.

I: Ni har tagit fram en prognos. Hur gick det till?

R: Vi gjorde en femårsprognos över kompetensbehoven, bransch för bransch. Vi intervjuade företag, vi använde statistik från SCB och Arbetsförmedlingen, och vi tittade på pensionsavgångarna. Det var mycket jobb, och jag ska inte påstå att den är exakt. En prognos på fem år är alltid osäker. Men den gav oss ett gemensamt underlag att prata utifrån, och det hade vi inte haft innan.

I: Har prognosen använts?

R: Ja, på flera sätt. Det tydligaste exemplet är universitetet. När vi kunde visa svart på vitt att det skulle behövas folk inom informationssystem så startade de en utbildning här. Det hade inte hänt om vi bara hade kommit och sagt att vi tyckte det. Siffrorna gjorde skillnad. Men jag ska också säga att prognosen bara är så bra som den används, och den används mer av oss på näringslivssidan än av skolan. Där har vi en bit kvar.

I: Berätta om Business Room.

R: Business Room är en företagsrådgivning som vi byggde upp, där man kan komma in med en affärsidé och få hjälp med allt från affärsplan till finansiering. Jenny Åkerlund, som driver Business Room, har varit fantastisk på att fånga upp folk, inte minst sådana som blev varslade och funderade på att starta eget. Under projekttiden har Business Room hjälpt till att starta 28 företag.

I: Vet ni hur det har gått för de företagen?

R: Inte i detalj. De flesta finns kvar, tror jag, men vi har inte följt upp hur många som har anställt. Det borde vi göra. Det är lätt att räkna starter, det är svårare att räkna vad de blir.

I: Hur har ni arbetat med unga?

R: Vi har ordnat praktikplatser för 100 ungdomar. Det har varit ett samarbete mellan kommunen, Arbetsförmedlingen och företagen, och det har gått bra. Ungdomsarbetslösheten är en av våra stora frågor, och praktiken är ofta första steget. Samtidigt är praktik inte ett jobb, och vi vet inte hur många av de hundra som har fått fast anställning.

I: Hur ser samverkan ut i Örnsköldsvik jämfört med andra kommuner?

R: Jag vill inte låta skrytsam, men jag tror att vi har haft en fördel i att det har funnits ett tryck uppifrån. Efter varslen var det kommunstyrelsens ordförande som tog initiativet. Det gör att frågan har haft en ägare på ett sätt som jag förstår att den inte har haft i alla kommuner. Men det ska sägas att det är ett personberoende ägarskap. Om ordföranden byts efter valet så vet jag inte hur det blir.

I: Ser du några risker eller svagheter i ert arbete?

R: Ja, parallellarbete. Det finns väldigt många aktörer som håller på med kompetensförsörjning – kommunen, Arbetsförmedlingen, universitetet, branschorganisationerna, Länsstyrelsen – och det händer att vi gör samma sak på olika håll utan att veta om det. Det måste vi bli bättre på. Och skolan, som sagt. Vi har inte bjudit in skolan tillräckligt, och det är ju där framtidens arbetskraft sitter.

I: Vilka är era prioriteringar framåt?

R: Bättre kunskap om arbetsmarknaden, att uppdatera prognosen regelbundet och inte bara göra den en gång. Fler jobb för unga. En campusinfrastruktur, alltså att högre utbildning ska finnas här och inte bara i Sundsvall och Umeå. Och att undvika att vi bygger parallella strukturer.

I: Tycker du att projekttiden har varit tillräcklig?

R: För oss har det fungerat, eftersom vi hade börjat innan. Men jag förstår att det har varit kort för de kommuner som började från noll. Arton månader räcker inte för att bygga upp något som ska hålla.
`;
