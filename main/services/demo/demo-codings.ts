import type { DemoCoding } from './demo-spec';
import { demoCodingsCounty } from './demo-codings-county';
import { demoCodingsHarnosandToSolleftea } from './demo-codings-harnosand-solleftea';
import { demoCodingsSundsvallToOrnskoldsvik } from './demo-codings-sundsvall-ornskoldsvik';

/** All codings of the demo project, grouped by case in three files to keep them readable. */
export const demoCodings: DemoCoding[] = [
  ...demoCodingsHarnosandToSolleftea,
  ...demoCodingsSundsvallToOrnskoldsvik,
  ...demoCodingsCounty,
];
