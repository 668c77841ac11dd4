import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { OpOutput } from '../../shared/contract';
import type { ShellLabels } from './menu-labels';

export type FolderPurpose = 'open' | 'create';
export type ChooseFolderResult = OpOutput<'dialog.chooseFolder'>;
export type ChooseFilesResult = OpOutput<'dialog.chooseFiles'>;

/**
 * The native folder dialog's options for opening an existing project or choosing where a new one
 * goes. `treatPackageAsDirectory` matters on macOS only: once Fynd is installed there, a folder
 * named *.fynd is a document package, and a plain folder dialog would refuse to pick it.
 */
export function folderDialogOptions(
  purpose: FolderPurpose,
  labels: ShellLabels,
  defaultPath?: string,
): OpenDialogOptions {
  return {
    title: purpose === 'open' ? labels.chooseProjectFolder : labels.chooseNewProjectFolder,
    buttonLabel: labels.choose,
    properties:
      purpose === 'open'
        ? ['openDirectory', 'treatPackageAsDirectory']
        : ['openDirectory', 'createDirectory', 'promptToCreate', 'treatPackageAsDirectory'],
    ...(defaultPath ? { defaultPath } : {}),
  };
}

/** The contract's answer for what the dialog returned. */
export function chooseFolderResult(result: OpenDialogReturnValue): ChooseFolderResult {
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return { canceled: true };
  return { canceled: false, path };
}

/**
 * The native file dialog's options for importing sources: several files at once, offered by the
 * extensions the importer reads (given with or without their dot), with "all files" as a way out.
 */
export function importFilesDialogOptions(
  labels: ShellLabels,
  extensions: readonly string[],
): OpenDialogOptions {
  return {
    title: labels.importSources,
    buttonLabel: labels.importButton,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: labels.textDocuments, extensions: extensions.map((e) => e.replace(/^\./, '')) },
      { name: labels.allFiles, extensions: ['*'] },
    ],
  };
}

/** The contract's answer for what the file dialog returned. */
export function chooseFilesResult(result: OpenDialogReturnValue): ChooseFilesResult {
  if (result.canceled || result.filePaths.length === 0) return { canceled: true };
  return { canceled: false, paths: [...result.filePaths] };
}

/**
 * The native open dialog's options for a REFI-QDA file from another tool: one file, offered
 * only by its extension (a .qdc codebook, or a .qdpx project).
 */
export function refiOpenDialogOptions(
  format: 'qdpx' | 'qdc',
  labels: ShellLabels,
): OpenDialogOptions {
  const { title, kind } =
    format === 'qdc'
      ? { title: labels.openQdc, kind: labels.refiCodebook }
      : { title: labels.openQdpx, kind: labels.refiProject };
  return {
    title,
    buttonLabel: labels.choose,
    properties: ['openFile'],
    filters: [{ name: kind, extensions: [format] }],
  };
}

export type SavePurpose = 'excel' | 'pdf' | 'word' | 'qdpx' | 'qdc';

/**
 * The native save dialog's options for an Excel report, a PDF of the recommendation sheets or
 * the Word report, and of a REFI-QDA project or codebook for other tools.
 */
export function saveDialogOptions(
  purpose: SavePurpose,
  defaultName: string,
  labels: ShellLabels,
): SaveDialogOptions {
  const { extension, title, kind } = {
    excel: { extension: 'xlsx', title: labels.saveExcel, kind: labels.excelWorkbook },
    pdf: { extension: 'pdf', title: labels.savePdf, kind: labels.pdfDocument },
    word: { extension: 'docx', title: labels.saveWord, kind: labels.wordDocument },
    qdpx: { extension: 'qdpx', title: labels.saveQdpx, kind: labels.refiProject },
    qdc: { extension: 'qdc', title: labels.saveQdc, kind: labels.refiCodebook },
  }[purpose];
  const name = defaultName.replace(/[\\/:*?"<>|]/g, '-').trim() || 'Fynd';
  return {
    title,
    buttonLabel: labels.save,
    defaultPath: name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`,
    filters: [{ name: kind, extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The contract's answer for what the save dialog returned. */
export function chooseSavePathResult(
  result: SaveDialogReturnValue,
): OpOutput<'dialog.chooseSavePath'> {
  if (result.canceled || !result.filePath) return { canceled: true };
  return { canceled: false, path: result.filePath };
}
