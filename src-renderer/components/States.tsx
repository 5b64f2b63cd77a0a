import type { ApiError } from '../../src-main/shared/api-contract.js';

export function Loading({ what }: { what: string }) {
  return (
    <div className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}

export function ErrorState({ error, onRetry, what }: { error: ApiError | Error; onRetry?: () => void; what: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{what} could not be loaded.</strong> {error.message}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="empty-state">{children}</div>;
}
