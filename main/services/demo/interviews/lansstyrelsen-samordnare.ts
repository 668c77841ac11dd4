export const text = `I: Du har varit regional samordnare för Kompetenslyftet från Länsstyrelsens sida. Hur skulle du sammanfatta projektet?

R: Oj. Det är mycket som har hänt på arton månader. Om jag ska sammanfatta så har det varit ett projekt med väldigt mycket engagemang och väldigt många bra aktiviteter ute i kommunerna. Alla sju kommuner har varit med och gjort något, och Arbetsförmedlingen har varit en mycket aktiv part. Det är inte självklart, jag har varit med i regionala projekt där hälften av parterna aldrig dök upp.

I: Varför drev Länsstyrelsen projektet?

R: Kompetensförsörjning är ett av fyra fokusområden i den regionala utvecklingsstrategin, och vi har ett ansvar för att det regionala utvecklingsarbetet blir av. Tanken var att vi skulle samordna och stödja, och att själva arbetet skulle ske lokalt. Vi ville inte sitta i Härnösand och bestämma vad Ånge skulle göra.

I: Har den ansvarsfördelningen fungerat?

R: Operativt, ja. Kommunerna har tagit ägarskap för sina aktiviteter. Men jag tror att vi underskattade hur svårt det skulle vara att få frågan att landa strategiskt i kommunerna. Vi utgick nog från att om projektledarna gjorde ett bra jobb, så skulle kommunledningarna ta över. Det har inte hänt, inte i de flesta kommuner. Och där får vi ta vår del av ansvaret.

I: Hur menar du?

R: Vi byggde projektet kring aktiviteter. Ansökan var full av aktiviteter: företagsbesök, konferenser, utbildningar. Och det var det vi följde upp i lägesrapporterna. Vi frågade aldrig ”vad har ni lärt er” eller ”vad har förändrats i er organisation”. Så man kan säga att vi själva har bidragit till en projektkultur där det är aktiviteterna som räknas.

I: Vad tänker du om tidsramen?

R: Den var för kort, det håller jag med alla om. Men jag vill ändå säga att tid inte är hela förklaringen. Örnsköldsvik har kommit längre, och det beror inte på att de haft mer projekttid, utan på att de hade ett tryck från den politiska ledningen redan innan. Det säger något om var nyckeln ligger.

I: Det finns pengar kvar i projektet. Vad händer med dem?

R: Ja, det gör det. Kommunerna kan söka medel för fortsatt arbete, men det måste vara i projektform, det är så regelverket ser ut. Jag förstår att det skaver. Flera kommuner har sagt att de inte vill ha ett projekt till, de vill bygga in det i verksamheten. Och det är ju helt rätt tänkt. Men vi kan inte finansiera ordinarie verksamhet.

I: Vilka förväntningar finns från politiken?

R: Landstingsrådet har varit tydligt med att man vill se statistik och hårda data, inte bara goda exempel. Hur många jobb har det blivit, hur många nya företag, hur många varsel har vi kunnat undvika. Och det är en rimlig förväntan. Problemet är att vi inte satte upp den typen av mått från början. Vi har siffror från vissa insatser, som Framsteget och Business Room, men ingen samlad bild.

I: Finns det något tema som du tycker har saknats?

R: Utrikesfödda. Det har också landstingsrådet lyft. Vi har en stor grupp nyanlända i länet som behöver komma in på arbetsmarknaden, och företag som inte hittar folk. Projektet har inte riktigt tagit sig an det, och det är nog det jag ångrar mest. Det kommer att vara en central fråga i ett eventuellt nästa steg.

I: Inför slutkonferensen den 30 maj, vad hoppas du att den ska ge?

R: Att kommunerna får visa vad de har gjort, för det har de förtjänat. Men också att utvärderingen får vara lite obekväm. Jag hoppas att kommunledningarna som sitter i publiken på Hotell Höga Kusten hör att det inte räcker med projektledare som springer fort. Någon måste äga frågan.

I: Hur ser du på Länsstyrelsens roll framåt?

R: Vi vill behålla den regionala samordningen, och flera kommuner har bett oss om det. Sundsvall var väldigt tydliga med det. Men vi ska inte vara ägare av kommunernas kompetensförsörjning. Vi kan hålla ihop, ta fram underlag, se till att man inte gör samma sak på sju ställen. Det lokala ansvaret måste ligga lokalt.
`;
