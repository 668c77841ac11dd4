/*
 * The domain facts the Word report shares with the other outputs: each from its one home.
 */
export { orderNumbers as findingNumbers } from '../../../shared/model/numbering';
export { themeTree } from '../../../shared/model/theme-tree';
export { reportScope, scopeProjectData } from '../excel/report-scope';
export { withAtomicOutput } from '../output/atomic-output';
export { representativeQuotes } from '../print/recommendation-sheets';
