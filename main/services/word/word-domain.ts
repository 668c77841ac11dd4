/*
 * The domain facts the Word report shares with the other outputs, imported through this one
 * file so they can be retargeted when they move to shared/ (theme tree, finding numbering).
 */
export { findingNumbers, themeTree, themePaths } from '../excel/report-context';
export { reportScope, scopeProjectData } from '../excel/report-scope';
export { withAtomicOutput } from '../excel/atomic-output';
export { representativeQuotes } from '../print/recommendation-sheets';
