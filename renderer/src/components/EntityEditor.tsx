import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteZone, type DeleteZoneProps } from './DeleteZone';

interface EntityEditorProps {
  title: string;
  onClose: () => void;
  /** Deleting the entity (the editor closes with it). */
  deletion: DeleteZoneProps;
  children: ReactNode;
}

/** The open finding, recommendation or question: its title and Close, its parts, Delete last. */
export function EntityEditor({ title, onClose, deletion, children }: EntityEditorProps) {
  const { t } = useTranslation();
  return (
    <div className="entity-editor">
      <div className="panel-row">
        <h2 className="entity-editor-title">{title}</h2>
        <button type="button" className="button-quiet button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {children}
      <DeleteZone
        {...deletion}
        onDelete={() => {
          deletion.onDelete();
          onClose();
        }}
      />
    </div>
  );
}
