import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { growingUnits, type TextUnit, type TextUnits } from '../../../shared/analysis/text-units';
import type { Coding, Theme, Valence } from '../../../shared/model/entities';
import type { TextOffsets } from '../../../shared/model/text-offsets';
import type { ThemeRow } from '../../../shared/model/theme-tree';
import { ActiveCodings } from '../coding/ActiveCodings';
import { AdjustBounds } from '../coding/AdjustBounds';
import { CodingForm } from '../coding/CodingForm';
import { selectionAsUnit } from '../transcript/selection-units';
import type { TextRange } from '../transcript/use-transcript-selection';

interface CodingPanelProps {
  text: string | undefined;
  units: TextUnits | null;
  pending: TextRange | null;
  codings: readonly Coding[];
  activeIds: ReadonlySet<string>;
  adjusting: string | null;
  themeById: ReadonlyMap<string, Theme>;
  themeRows: readonly ThemeRow[];
  offsets: TextOffsets | null;
  onCode: (themeIds: string[], valence: Valence, memo: string) => Promise<boolean>;
  onExtend: (unit: TextUnit | null) => Promise<TextUnit | null>;
  onClearSelection: () => void;
  onCloseActive: () => void;
  onAdjust: (coding: Coding) => void;
  onSaveBounds: (coding: Coding) => Promise<void>;
  onCancelAdjust: () => void;
}

/**
 * The top of the coding panel, by what the user is doing: adjusting a coding's bounds, looking
 * at the codings under a click, coding a selection, or nothing yet (a hint).
 */
export function CodingPanel(props: CodingPanelProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { text, pending, codings, activeIds, adjusting, offsets } = props;
  const adjusted = adjusting ? codings.find((c) => c.id === adjusting) : undefined;
  if (adjusted && text !== undefined && offsets) {
    const selected = pending ? text.slice(pending.start, pending.end) : null;
    const changed =
      pending !== null &&
      (offsets.toCodePoint(pending.start) !== adjusted.start ||
        offsets.toCodePoint(pending.end) !== adjusted.end);
    return (
      <AdjustBounds
        coding={adjusted}
        selectedText={selected}
        changed={changed}
        busy={busy}
        onSave={() => {
          setBusy(true);
          void props.onSaveBounds(adjusted).finally(() => setBusy(false));
        }}
        onCancel={props.onCancelAdjust}
      />
    );
  }
  const active = codings.filter((c) => activeIds.has(c.id));
  if (active.length > 0) {
    return (
      <ActiveCodings
        codings={active}
        themeById={props.themeById}
        themes={props.themeRows}
        onClose={props.onCloseActive}
        onAdjust={props.onAdjust}
      />
    );
  }
  if (pending && text !== undefined) {
    const units = props.units;
    const available = new Set(
      growingUnits.filter((unit) => units && selectionAsUnit(units, pending, unit)),
    );
    return (
      <CodingForm
        selectedText={text.slice(pending.start, pending.end)}
        themes={props.themeRows}
        units={available}
        onCode={props.onCode}
        onExtend={props.onExtend}
        onClearSelection={props.onClearSelection}
      />
    );
  }
  return <p className="hint panel-hint">{t('coding.noSelection')}</p>;
}
