import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Errand } from './entities/errand.entity.js';
import { ErrandNotFoundError } from './errands.errors.js';
import { searchErrands } from './search/errand-search.query.js';
import { tokenize } from './search/tokenize.js';

const SEARCH_LIMIT = 10;

export interface RankedErrand {
  errand: Errand;
  score: number;
}

@Injectable()
export class ErrandsService {
  constructor(@InjectRepository(Errand) private readonly errands: Repository<Errand>) {}

  /** Active errands with their options and rules (enough for the summaries), ordered by code. */
  async findAll(): Promise<Errand[]> {
    return this.errands.find({
      where: { active: true },
      relations: { selfServiceOptions: true, rules: true },
      order: { code: 'ASC', selfServiceOptions: { position: 'ASC' }, rules: { position: 'ASC' } },
    });
  }

  /** One active errand with everything triage needs, each list in position order. */
  async findByCode(code: string): Promise<Errand> {
    const errand = await this.errands.findOne({
      where: { code: code.toUpperCase(), active: true },
      relations: { selfServiceOptions: true, questions: true, rules: true },
      order: {
        selfServiceOptions: { position: 'ASC' },
        questions: { position: 'ASC' },
        rules: { position: 'ASC' },
      },
    });
    if (!errand) throw new ErrandNotFoundError(code);
    return errand;
  }

  /** Errands ranked for what a citizen typed; an empty list when nothing fits. */
  async search(query: string): Promise<RankedErrand[]> {
    const matches = await searchErrands(this.errands.manager, tokenize(query), SEARCH_LIMIT);
    if (matches.length === 0) return [];
    const byCode = new Map((await this.findAll()).map((errand) => [errand.code, errand]));
    return matches.flatMap(({ code, score }) => {
      const errand = byCode.get(code);
      return errand ? [{ errand, score }] : [];
    });
  }
}
