// pdf.js ships types for its API only; its worker module is loaded for its one export.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
