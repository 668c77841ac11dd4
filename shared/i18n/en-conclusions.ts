import type { svConclusions } from './sv-conclusions';
import type { Shape } from './sv';

/** English messages of the conclusions views. */
export const enConclusions: Shape<typeof svConclusions> = {};
