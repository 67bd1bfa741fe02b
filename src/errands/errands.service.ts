import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { saveErrand, type SavedErrand, type SaveOptions } from './catalog.writer.js';
import type { ErrandDefinition } from './errand-definition.js';
import { Clock } from '../common/clock/clock.js';
import { RecordNotFoundError } from '../common/errors/domain-error.js';
import { SettingsService } from '../config/settings.service.js';
import { Errand } from './entities/errand.entity.js';
import { ErrandVersion } from './entities/errand-version.entity.js';
import { ErrandNotFoundError } from './errands.errors.js';
import { searchErrands } from './search/errand-search.query.js';
import { tokenize } from './search/tokenize.js';
import { canonicalDefinition } from './versions/canonical-definition.js';
import { errandAsOf } from './versions/errand-parts.js';

const SEARCH_LIMIT = 10;
/** Old versions asked for by triages (staff reading answers); they never change, so they stay. */
const VERSION_CACHE_SIZE = 500;

interface Catalog {
  loadedAt: number;
  active: Errand[];
  byCode: Map<string, Errand>;
  byId: Map<string, Errand>;
}

export interface RankedErrand {
  errand: Errand;
  score: number;
}

/**
 * The errand catalog, read through an in-memory copy: every triage and booking needs an errand
 * with its options, questions and rules, and the catalog changes a few times a year. Edits in this
 * instance invalidate it at once; other instances see them within CATALOG_CACHE_SECONDS.
 */
@Injectable()
export class ErrandsService {
  private catalog?: Promise<Catalog>;
  private readonly versions = new Map<string, Promise<ErrandDefinition | undefined>>();

  constructor(
    @InjectRepository(Errand) private readonly errands: Repository<Errand>,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  private async current(): Promise<Catalog> {
    const maxAge = this.settings.get('CATALOG_CACHE_SECONDS') * 1000;
    const cached = this.catalog;
    // Cache age is wall-clock time, not the domain clock (tests move that one around).
    if (cached && Date.now() - (await cached).loadedAt <= maxAge) return cached;
    // Concurrent callers that all found it stale share one reload.
    if (this.catalog !== cached) return this.catalog!;
    const loading = this.load();
    this.catalog = loading;
    loading.catch(() => (this.catalog = undefined));
    return loading;
  }

  private async load(): Promise<Catalog> {
    // One snapshot: the rules and the version number that triages record must belong together.
    const all = await this.errands.manager.transaction('REPEATABLE READ', (manager) =>
      manager.find(Errand, {
        relations: { selfServiceOptions: true, questions: true, rules: true },
        order: {
          code: 'ASC',
          selfServiceOptions: { position: 'ASC' },
          questions: { position: 'ASC' },
          rules: { position: 'ASC' },
        },
        relationLoadStrategy: 'query',
      }),
    );
    return {
      loadedAt: Date.now(),
      active: all.filter((errand) => errand.active),
      byCode: new Map(all.filter((errand) => errand.active).map((errand) => [errand.code, errand])),
      byId: new Map(all.map((errand) => [errand.id, errand])),
    };
  }

  /** Drops the in-memory copy; call after changing the catalog. */
  invalidate(): void {
    this.catalog = undefined;
  }

  /** Active errands with their options, questions and rules, ordered by code. */
  async findAll(): Promise<Errand[]> {
    return (await this.current()).active;
  }

  /** One active errand with everything triage needs, each list in position order. */
  async findByCode(code: string): Promise<Errand> {
    const errand = (await this.current()).byCode.get(code.toUpperCase());
    if (!errand) throw new ErrandNotFoundError(code);
    return errand;
  }

  /**
   * Any errand by id, also one taken out of use since (an old triage still refers to it). A triage
   * can name an errand created on another instance after this copy was loaded: one reload then.
   */
  async findById(id: string): Promise<Errand | undefined> {
    const found = (await this.current()).byId.get(id);
    if (found) return found;
    this.invalidate();
    return (await this.current()).byId.get(id);
  }

  /**
   * The errand as the given version of it decided a triage: the current errand when that is the
   * version (no query), else that version's options, questions and rules (read once, then kept).
   */
  async findAtVersion(id: string, version: number): Promise<Errand | undefined> {
    const errand = await this.findById(id);
    if (!errand || errand.version === version) return errand;
    const definition = await this.definitionAt(id, version);
    return definition && errandAsOf(errand, version, definition);
  }

  private definitionAt(errandId: string, version: number): Promise<ErrandDefinition | undefined> {
    const key = `${errandId}:${version}`;
    let found = this.versions.get(key);
    if (!found) {
      if (this.versions.size >= VERSION_CACHE_SIZE) this.versions.delete(this.versions.keys().next().value!);
      found = this.errands.manager
        .findOneBy(ErrandVersion, { errandId, version })
        .then((row) => (row ? canonicalDefinition(row.definition) : undefined));
      found.catch(() => this.versions.delete(key));
      this.versions.set(key, found);
    }
    return found;
  }

  /**
   * Creates or replaces an errand with its options, questions and rules (validated first; 422
   * INVALID_ERRAND_DEFINITION) and makes a new version when the definition changed; `active:
   * false` keeps it out of the catalog. The one writer of the catalog (admin API and pages, catalog
   * import, demo).
   */
  async save(
    definition: ErrandDefinition,
    options: SaveOptions = {},
    within: EntityManager = this.errands.manager,
  ): Promise<SavedErrand> {
    const saved = await within.transaction((manager) =>
      saveErrand(manager, definition, { at: this.clock.now(), ...options }),
    );
    this.invalidate();
    return saved;
  }

  /** Saves several errands in one transaction: all or, on any problem, none. */
  async saveAll(
    definitions: ErrandDefinition[],
    options: Pick<SaveOptions, 'by'> = {},
  ): Promise<(SavedErrand & { code: string })[]> {
    const at = this.clock.now();
    try {
      return await this.errands.manager.transaction(async (manager) => {
        const saved: (SavedErrand & { code: string })[] = [];
        for (const definition of definitions)
          saved.push({
            code: definition.code,
            ...(await saveErrand(manager, definition, { ...options, at })),
          });
        return saved;
      });
    } finally {
      this.invalidate();
    }
  }

  /** Whether the catalog has any errand at all (an empty database). */
  any(within: EntityManager = this.errands.manager): Promise<boolean> {
    return within.exists(Errand);
  }

  /** The ids of errands by code (any errand, in use or not); an unknown code is a 404. */
  async idsForCodes(codes: string[], within: EntityManager = this.errands.manager): Promise<string[]> {
    const found = await within.find(Errand, { where: { code: In(codes) }, select: { id: true, code: true } });
    const missing = codes.filter((code) => !found.some((errand) => errand.code === code));
    if (missing.length > 0) throw new RecordNotFoundError('errand', missing.join(', '));
    return found.map((errand) => errand.id);
  }

  /** Errands ranked for what a citizen typed; an empty list when nothing fits. */
  async search(query: string): Promise<RankedErrand[]> {
    const matches = await searchErrands(this.errands.manager, tokenize(query), SEARCH_LIMIT);
    const { byCode } = await this.current();
    return matches.flatMap(({ code, score }) => {
      const errand = byCode.get(code);
      return errand ? [{ errand, score }] : [];
    });
  }
}
