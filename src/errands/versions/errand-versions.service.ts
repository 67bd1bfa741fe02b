import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ErrandDefinition } from '../errand-definition.js';
import { ErrandVersion } from '../entities/errand-version.entity.js';
import { validateErrandDefinition } from '../definition-problems.js';
import {
  ErrandNotFoundError,
  ErrandVersionNotFoundError,
  InvalidErrandDefinitionError,
} from '../errands.errors.js';
import { previewTriage, type TriagePreview } from '../triage-preview.js';
import { canonicalDefinition } from './canonical-definition.js';
import { type DefinitionDiff, diffDefinitions } from './definition-diff.js';

/** An errand as administrators see it: its current definition and the version that is. */
export interface ErrandState {
  id: string;
  code: string;
  active: boolean;
  version: number;
  definition: ErrandDefinition;
  changedAt: Date;
  changedBy: string | null;
}

/** One version with what it changed against the one before. */
export interface VersionEntry {
  version: number;
  createdAt: Date;
  createdBy: string | null;
  definition: ErrandDefinition;
  diff: DefinitionDiff;
}

const STATE_SQL = `
SELECT e.id, e.code, e.active, e.version, v.definition, v.created_at, v.created_by
FROM errands e JOIN errand_versions v ON v.errand_id = e.id AND v.version = e.version`;

interface StateRow {
  id: string;
  code: string;
  active: boolean;
  version: number;
  definition: ErrandDefinition;
  created_at: Date;
  created_by: string | null;
}

const toState = (row: StateRow): ErrandState => ({
  id: row.id,
  code: row.code,
  active: row.active,
  version: row.version,
  definition: canonicalDefinition(row.definition),
  changedAt: row.created_at,
  changedBy: row.created_by,
});

/**
 * The errands' versions for administrators: every errand (in use or not) with its current
 * version, the history of one, one version with what it changed, and a trial triage. Read from
 * PostgreSQL, not the citizens' cached catalog, so an admin always sees what is stored.
 */
@Injectable()
export class ErrandVersionsService {
  constructor(@InjectRepository(ErrandVersion) private readonly versions: Repository<ErrandVersion>) {}

  async list(): Promise<ErrandState[]> {
    const rows = await this.versions.query<StateRow[]>(`${STATE_SQL} ORDER BY e.code`);
    return rows.map(toState);
  }

  /** Any errand by code (any case), in use or not; unknown: 404 ERRAND_NOT_FOUND. */
  async current(code: string): Promise<ErrandState> {
    const [row] = await this.versions.query<StateRow[]>(`${STATE_SQL} WHERE e.code = $1`, [
      code.toUpperCase(),
    ]);
    if (!row) throw new ErrandNotFoundError(code);
    return toState(row);
  }

  /** Every version of an errand, newest first, each with what it changed. */
  async history(code: string): Promise<{ errand: ErrandState; versions: VersionEntry[] }> {
    const errand = await this.current(code);
    const rows = await this.versions.find({ where: { errandId: errand.id }, order: { version: 'ASC' } });
    const versions = rows.map((row, index) => ({
      version: row.version,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      definition: canonicalDefinition(row.definition),
      diff: diffDefinitions(index > 0 ? rows[index - 1].definition : undefined, row.definition),
    }));
    return { errand, versions: versions.reverse() };
  }

  /** One version of an errand and what it changed; unknown: 404 ERRAND_VERSION_NOT_FOUND. */
  async version(
    code: string,
    version: number,
  ): Promise<{ errand: ErrandState; entry: VersionEntry; previous?: ErrandDefinition }> {
    const errand = await this.current(code);
    const rows = await this.versions.find({
      where: [
        { errandId: errand.id, version },
        { errandId: errand.id, version: version - 1 },
      ],
      order: { version: 'ASC' },
    });
    const row = rows.find((candidate) => candidate.version === version);
    if (!row) throw new ErrandVersionNotFoundError(errand.code, version);
    const previous = rows.find((candidate) => candidate.version === version - 1);
    const entry = {
      version,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      definition: canonicalDefinition(row.definition),
      diff: diffDefinitions(previous?.definition, row.definition),
    };
    return { errand, entry, previous: previous && canonicalDefinition(previous.definition) };
  }

  /**
   * What triage would decide for the answers, by the errand's stored definition or by a definition
   * being edited (checked first, as a save would); nothing is stored.
   */
  async preview(
    code: string,
    answers: Record<string, unknown>,
    definition?: ErrandDefinition,
  ): Promise<TriagePreview & { version: number | null }> {
    if (definition) {
      const problems = validateErrandDefinition(definition);
      if (problems.length > 0) throw new InvalidErrandDefinitionError(definition.code, problems);
      return { ...previewTriage(definition, answers), version: null };
    }
    const errand = await this.current(code);
    return { ...previewTriage(errand.definition, answers), version: errand.version };
  }
}
