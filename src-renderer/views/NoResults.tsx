import { Empty } from '../components/States.js';
import { useT } from '../i18n/language.js';

/**
 * What the Results and Outcomes views show without their data: either the dataset carries
 * none (say how to add it) or the filters leave none in scope (say to widen them).
 */
export function NoResults({ kind, inDataset }: { kind: 'result-indicators' | 'outcomes'; inDataset: boolean }) {
  const t = useT();
  const outcomes = kind === 'outcomes';
  return (
    <section className="card no-results" data-testid={`no-${kind}`}>
      {inDataset ? (
        <Empty>{t.t(outcomes ? 'noResults.outcomes.scope' : 'noResults.indicators.scope')}</Empty>
      ) : (
        <div className="empty-state empty-explained">
          <div>
            <p>
              <strong>{t.t(outcomes ? 'noResults.outcomes.none' : 'noResults.indicators.none')}</strong>
            </p>
            <p>{t.t('noResults.sheets')}</p>
            <p>{t.t('noResults.template', { template: 'sample-data/programme-template.xlsx', files: 'result-indicators.csv, result-values.csv, outcomes.csv' })}</p>
          </div>
        </div>
      )}
    </section>
  );
}
