import type { svWorkbench } from './sv-workbench';
import type { Shape } from './sv';

/** English messages of the workbench views. */
export const enWorkbench: Shape<typeof svWorkbench> = {};
