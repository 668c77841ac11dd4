import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attribute } from '../../../shared/model/attributes';
import { formatAttributeValue } from '../cases/case-format';
import { useLang } from '../i18n/use-lang';
import { useHasKeptText } from '../state/use-autosaved-draft';
import { AttributeForm, attributeFormKeys } from './AttributeForm';
import { FactList } from './FactList';

interface AttributeListProps {
  /** The heading's id, naming the section. */
  id: string;
  /** The case's or source's id. */
  ownerId: string;
  attributes: readonly Attribute[];
  /** What the list says while it is empty (examples fit for a case or a source). */
  empty: string;
  /** Saves the owner's whole list (one edit, so one undo step); true when it was saved. */
  onSave: (attributes: Attribute[]) => Promise<boolean>;
}

/**
 * A case's or a source's typed attributes: each with its value and a remove button, then a way
 * to add one. Every add and remove is saved at once, as one undoable edit.
 */
export function AttributeList({ id, ownerId, attributes, empty, onSave }: AttributeListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [adding, setAdding] = useState(false);
  // A form left with typed text shows again, with the text, when its owner is opened again.
  const kept = useHasKeptText(attributeFormKeys(ownerId));
  return (
    <FactList
      id={id}
      heading={t('attributes.heading')}
      empty={empty}
      items={attributes}
      keyOf={(attribute, index) => `${attribute.key}-${index}`}
      removeLabel={(attribute) => t('attributes.remove', { name: attribute.key })}
      onRemove={(_, index) => void onSave(attributes.filter((_, i) => i !== index))}
      addLabel={t('attributes.add')}
      form={
        <AttributeForm
          ownerId={ownerId}
          attributes={attributes}
          onAdd={(attribute) => onSave([...attributes, attribute])}
          onDone={() => setAdding(false)}
        />
      }
      adding={adding || kept}
      onAdd={() => setAdding(true)}
    >
      {(attribute) => (
        <>
          {attribute.key}:{' '}
          <strong>
            {formatAttributeValue(attribute, lang, [t('common.yes'), t('common.no')])}
          </strong>
        </>
      )}
    </FactList>
  );
}
