import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { SaveStatus } from '../catalog.writer.js';
import type { ErrandDefinition } from '../errand-definition.js';
import { ErrandVersion } from '../entities/errand-version.entity.js';
import { ErrandsService } from '../errands.service.js';
import { canonicalDefinition } from '../versions/canonical-definition.js';
import { checkCatalog } from './check-catalog.js';

const ACTIVE_DEFINITIONS_SQL = `
SELECT v.definition FROM errands e JOIN errand_versions v ON v.errand_id = e.id AND v.version = e.version
WHERE e.active ORDER BY e.code`;

export interface ImportResult {
  created: { code: string; version: number }[];
  changed: { code: string; version: number }[];
  unchanged: { code: string; version: number }[];
}

/**
 * The whole errand catalog in and out, in the data files' format: to move a catalog between
 * environments, keep it under version control, or edit it in bulk.
 */
@Injectable()
export class ErrandCatalogService {
  constructor(
    @InjectRepository(ErrandVersion) private readonly versions: Repository<ErrandVersion>,
    private readonly errands: ErrandsService,
  ) {}

  /**
   * Every errand in use, as its data file would be (`src/demo/data/errands/<CODE>.json`), by code.
   * Errands taken out of use are left out: a file cannot say "not in use", and importing one puts
   * the errand back in use.
   */
  async export(): Promise<ErrandDefinition[]> {
    const rows = await this.versions.query<{ definition: ErrandDefinition }[]>(ACTIVE_DEFINITIONS_SQL);
    return rows.map((row) => canonicalDefinition(row.definition));
  }

  /**
   * Checks every errand first (400 INVALID_CATALOG with every problem; nothing saved), then saves
   * them all in one transaction; each changed errand gets a new version, an unchanged one none.
   * Errands not in the list stay as they are.
   */
  async import(list: unknown, by: string): Promise<ImportResult> {
    const saved = await this.errands.saveAll(checkCatalog(list), { by });
    const of = (status: SaveStatus) =>
      saved.filter((s) => s.status === status).map(({ code, version }) => ({ code, version }));
    return { created: of('created'), changed: of('changed'), unchanged: of('unchanged') };
  }
}
