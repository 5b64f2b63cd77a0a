import type { ApiError } from '../../src-main/shared/api-contract.js';
import { issueMessage } from '../../src-main/shared/issues.js';
import { useT } from '../i18n/language.js';

/** A spinner and what is loading, e.g. t('loading.indicators'). */
export function Loading({ text }: { text: string }) {
  return (
    <div className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" /> {text}
    </div>
  );
}

/** What could not be loaded (a whole sentence, e.g. t('error.indicators')), the reason and a retry. */
export function ErrorState({ error, onRetry, title }: { error: ApiError | Error; onRetry?: () => void; title: string }) {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{title}</strong> {issueMessage(t, error)}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.t('error.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="empty-state">{children}</div>;
}
