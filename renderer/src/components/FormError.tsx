import type { FyndErrorData } from '../../../shared/errors';
import { useErrorText } from '../i18n/use-lang';

/** Why the last attempt failed, in the user's language; read out as it appears. */
export function FormError({ error }: { error: FyndErrorData | null | undefined }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorText(error)}
    </p>
  );
}
