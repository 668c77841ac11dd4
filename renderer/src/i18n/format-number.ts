// The formats live in shared/ (the printed sheets and the Excel report use them too).
export { formatNumber, localeOf } from '../../../shared/i18n/format';
