import { Empty } from '../components/States.js';

/**
 * What the Results and Outcomes views show without their data: either the dataset carries
 * none (say how to add it) or the filters leave none in scope (say to widen them).
 */
export function NoResults({ what, inDataset }: { what: 'result indicators' | 'outcomes'; inDataset: boolean }) {
  return (
    <section className="card no-results" data-testid={`no-${what.replace(' ', '-')}`}>
      {inDataset ? (
        <Empty>
          No {what} in this scope{what === 'outcomes' ? ' (or observed on or before the “as of” date)' : ''}. Widen the filters to see them.
        </Empty>
      ) : (
        <div className="empty-state empty-explained">
          <div>
            <p>
              <strong>This dataset has no {what}.</strong>
            </p>
            <p>
              A programme workbook can carry three optional sheets that say what the cooperation achieved: <em>Result indicators</em> (per
              pairing, output, outcome and impact indicators with a baseline), <em>Result values</em> (a target and an actual per reporting
              period) and <em>Outcomes</em> (observed changes: policies adopted, practices changed, money mobilised).
            </p>
            <p>
              Start from the template, <code>sample-data/programme-template.xlsx</code>: its README sheet explains every column. Or import them
              as <code>result-indicators.csv</code>, <code>result-values.csv</code> and <code>outcomes.csv</code> beside the other files.
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
