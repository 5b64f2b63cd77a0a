import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { IssueReport } from '../../shared/issues.js';
import { IssueLog } from '../import/issue-log.js';
import { type StageOptions, stageFiles } from '../import/stage-files.js';
import { Staging } from '../import/staging.js';
import { migrate } from './migrations.js';
import { type ProvenanceRecord, writeProvenance } from './provenance.js';
import { replaceDataset } from './replace-dataset.js';
import { sqlFile } from './sql-file.js';
import { inTransaction } from './transaction.js';

/** Extensions are never fetched: offline laptops have no network, so a mistake must fail fast. */
const DUCKDB_OPTIONS = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
};

export interface ImportOutcome {
  ok: boolean;
  /** Some file could not be read at all (empty, binary, damaged). */
  unreadable: boolean;
  report: IssueReport;
  importId: number | null;
  rows: Record<string, number>;
}

/**
 * A Twinlens project: one DuckDB database (a `.duckdb` file, or memory for one-off
 * commands) holding the normalised dataset and the history of imports.
 */
export class Project {
  private importing: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
  ) {}

  static async open(path = ':memory:'): Promise<Project> {
    const instance = await DuckDBInstance.create(path, DUCKDB_OPTIONS);
    const project = new Project(path, instance);
    try {
      await project.withConnection(migrate);
    } catch (error) {
      instance.closeSync();
      throw error;
    }
    return project;
  }

  /** A connection of its own for the duration of `work`: temp tables never leak between callers. */
  async withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = await this.instance.connect();
    try {
      return await work(connection);
    } finally {
      connection.closeSync();
    }
  }

  /**
   * Reads, checks and imports files that together form one dataset. All or nothing: with
   * any error the project is untouched; otherwise the dataset is replaced in one transaction.
   * Imports into one project run one after another.
   */
  importFiles(paths: readonly string[], options: StageOptions = {}): Promise<ImportOutcome> {
    const run = this.importing.then(() => this.runImport(paths, options));
    this.importing = run.catch(() => undefined);
    return run;
  }

  private runImport(paths: readonly string[], options: StageOptions): Promise<ImportOutcome> {
    return this.withConnection(async (connection) => {
      const issues = new IssueLog();
      const staging = await Staging.create(connection, 'staging');
      try {
        const staged = await stageFiles(paths, staging, issues, options);
        const report = issues.report();
        const rows: Record<string, number> = {};
        for (const { table, rows: n } of staging.rowCounts()) rows[table] = (rows[table] ?? 0) + n;
        if (issues.errorCount > 0) return { ok: false, unreadable: staged.unreadable, report, importId: null, rows };

        options.onProgress?.({ phase: 'writing', file: null, sheet: null, rows: 0, fraction: 1 });
        const provenance: ProvenanceRecord = { sources: staged.sources, rowCounts: staging.rowCounts(), warnings: report.warnings };
        const importId = await inTransaction(connection, async () => {
          await replaceDataset(connection);
          // In the same transaction: the dataset and its per-pairing aggregates change together.
          await connection.run(sqlFile(import.meta.url, 'derive_pairing_aggregates.sql'));
          return writeProvenance(connection, provenance);
        });
        options.onProgress?.({ phase: 'done', file: null, sheet: null, rows: 0, fraction: 1 });
        return { ok: true, unreadable: false, report, importId, rows };
      } finally {
        await staging.dispose();
      }
    });
  }

  /** Folds the write-ahead log into the file, so the file alone holds the project. */
  async checkpoint(): Promise<void> {
    await this.withConnection((c) => c.run('CHECKPOINT'));
  }

  close(): void {
    this.instance.closeSync();
  }
}
