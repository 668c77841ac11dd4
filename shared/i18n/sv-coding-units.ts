/**
 * Swedish messages about what a coding covers: growing a selection to its sentence, paragraph
 * or speaker turn, coding all search hits at such a unit, and finding any theme by typing.
 * Spread into `sv`; `en-coding-units.ts` must hold the same keys.
 */
export const svCodingUnits = {
  codingUnits: {
    extendTo: 'Utöka till',
    unit: {
      hit: 'Träff',
      sentence: 'Mening',
      paragraph: 'Stycke',
      turn: 'Replik',
    },
    growKey: 'Tangenten + utökar markeringen ett steg: mening, stycke, replik.',
    grown: 'Markeringen utökad till: {{unit}}.',
  },
  codeHits: {
    unitLegend: 'Vad ska kodas?',
    unit: {
      hit: 'Bara träffen',
      sentence: 'Meningen',
      paragraph: 'Stycket',
      turn: 'Repliken',
    },
    unitHint: {
      hit: 'Bara de ord som matchade.',
      sentence: 'Meningen runt varje träff.',
      paragraph: 'Raden eller stycket runt varje träff.',
      turn: 'Talarens hela inlägg, utan talarnamnet; stycket där ingen talare står.',
    },
    planning: 'Räknar ut kodningarna…',
    hitsMake_one: '{{count}} träff ger',
    hitsMake_other: '{{count}} träffar ger',
    plan_one: '{{hitsMake}} {{count}} kodning med ”{{theme}}”.',
    plan_other: '{{hitsMake}} {{count}} kodningar med ”{{theme}}”.',
    planNoTheme_one: '{{hitsMake}} {{count}} kodning. Välj ett tema att koda med.',
    planNoTheme_other: '{{hitsMake}} {{count}} kodningar. Välj ett tema att koda med.',
    unplaced_one:
      '{{count}} träff står i ett talarnamn (eller en text som inte kan läsas) och kodas inte.',
    unplaced_other:
      '{{count}} träffar står i ett talarnamn (eller en text som inte kan läsas) och kodas inte.',
    hitCount_one: '{{count}} träff',
    hitCount_other: '{{count}} träffar',
    previewLabel: 'Kodningar att göra',
    confirm_one: 'Gör {{count}} kodning',
    confirm_other: 'Gör {{count}} kodningar',
    done_one: '{{count}} kodning gjordes med ”{{theme}}”. Ångra tar bort den.',
    done_other: '{{count}} kodningar gjordes med ”{{theme}}”. Ett Ångra tar bort alla.',
  },
  themeFinder: {
    placeholder: 'Filtrera teman (T)',
    hint: 'T: sök bland alla teman. Pilar väljer, Enter kodar, Esc rensar.',
    editHint: 'Skriv för att filtrera. Pilar väljer, Enter markerar, Esc rensar.',
    matches_one: '{{count}} tema matchar.',
    matches_other: '{{count}} teman matchar.',
    enterCodes: 'Enter kodar med ”{{theme}}”.',
    enterToggles: 'Enter markerar eller avmarkerar ”{{theme}}”.',
  },
};
