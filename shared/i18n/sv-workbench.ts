/**
 * Swedish messages of the workbench views (kept apart from sv.ts so each area's catalogue stays
 * small). Spread into `sv`; `en-workbench.ts` must hold the same keys.
 */
export const svWorkbench = {};
