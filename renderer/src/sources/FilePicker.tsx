import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang';
import { carriesFiles, formatBytes, IMPORT_ACCEPT } from './import-plan';

interface FilePickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
}

/**
 * The browser's way to choose files: a drop zone with a real file input inside (reachable by
 * Tab, opened with Enter or Space), and the chosen files listed with a way to drop each again.
 */
export function FilePicker({ files, onChange }: FilePickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const add = (incoming: Iterable<File>) => {
    // The same file chosen twice is one file.
    const seen = new Set(files.map(keyOf));
    const next = [...files];
    for (const file of incoming) {
      if (!seen.has(keyOf(file))) {
        seen.add(keyOf(file));
        next.push(file);
      }
    }
    onChange(next);
  };

  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles([...event.dataTransfer.types])) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles([...event.dataTransfer.types])) return;
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  return (
    <div className="file-picker">
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone-text">{t('import.drop')}</p>
        <label className="button file-button">
          <input
            type="file"
            multiple
            accept={IMPORT_ACCEPT}
            className="visually-hidden"
            aria-describedby={hintId}
            onChange={(event) => {
              add(event.target.files ?? []);
              // Choosing the same file again after removing it should work.
              event.target.value = '';
            }}
          />
          {t('import.choose')}
        </label>
        <p className="hint" id={hintId}>
          {t('import.accepted')}
        </p>
      </div>
      {files.length > 0 && (
        <ul className="chosen-files" aria-label={t('import.chosen', { count: files.length })}>
          {files.map((file) => (
            <li key={keyOf(file)}>
              <span className="chosen-name">{file.name}</span>
              <span className="muted small-text">{formatBytes(file.size, lang)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('import.remove', { name: file.name })}
                title={t('import.remove', { name: file.name })}
                onClick={() => onChange(files.filter((f) => f !== file))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function keyOf(file: File): string {
  return `${file.name}:${file.size}:${file.lastModified}`;
}
