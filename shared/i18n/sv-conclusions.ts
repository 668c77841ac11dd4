/**
 * Swedish messages of the conclusions views (kept apart from sv.ts so each area's catalogue stays
 * small). Spread into `sv`; `en-conclusions.ts` must hold the same keys.
 */
export const svConclusions = {};
