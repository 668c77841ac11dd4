import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/contract';
import { translateError } from '../../../shared/i18n';
import { formatNumber } from '../i18n/format-number';
import { useCountText, useLang } from '../i18n/use-lang';
import { formatLabel } from './import-plan';

interface ImportResultsProps {
  results: readonly ImportResult[];
  /** Whether the imported sources still exist (false once the import was undone). */
  live: boolean;
  onOpen: (sourceId: string) => void;
  /** The heading, which takes focus when the results appear. */
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * What an import did, one calm line per file: the title, how it was read and its length, or
 * why it was skipped.
 */
export function ImportResults({ results, live, onOpen, headingRef }: ImportResultsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const countText = useCountText();
  const imported = results.filter((r) => r.ok).length;
  const summary =
    imported === 0
      ? t('import.noneImported')
      : t('import.summary', { imported, total: results.length });
  return (
    <section className="import-results" aria-labelledby="import-results-heading">
      <h3 id="import-results-heading" ref={headingRef} tabIndex={-1} className="results-heading">
        {summary}
      </h3>
      <ul className="plain-list result-list">
        {results.map((result, index) =>
          result.ok ? (
            <li key={index} className="result result-ok">
              <span className="result-mark" aria-hidden="true">
                ✓
              </span>
              <span className="visually-hidden">{t('import.imported')}: </span>
              <span className="result-main">
                <span className="result-title">{result.title}</span>
                <span className="result-detail">
                  {t('import.details', {
                    format: result.pages
                      ? `${formatLabel(result.format)}, ${t('pdfImport.pages', { count: result.pages })}`
                      : formatLabel(result.format),
                    characters: formatNumber(result.length, lang),
                  })}
                </span>
                {result.runningLines.length > 0 && (
                  <span className="result-detail">
                    {t('pdfImport.runningLines', {
                      lines: result.runningLines.map((line) => `”${line}”`).join(', '),
                    })}
                  </span>
                )}
                {result.replaced > 0 && (
                  <span className="result-detail result-warning">
                    {countText('import.replaced', result.replaced, {
                      format: formatLabel(result.format),
                    })}
                  </span>
                )}
              </span>
              {live && (
                <button
                  type="button"
                  className="button-quiet button-small"
                  onClick={() => onOpen(result.id)}
                  aria-label={t('import.open', { title: result.title })}
                >
                  {t('import.openShort')}
                </button>
              )}
            </li>
          ) : (
            <li key={index} className="result result-skipped">
              <span className="result-mark" aria-hidden="true">
                !
              </span>
              <span className="visually-hidden">{t('import.skipped')}: </span>
              <span className="result-main">
                <span className="result-title">{result.file}</span>
                <span className="result-detail">{translateError(result.error, lang)}</span>
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
