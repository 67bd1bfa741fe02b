import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { ErrandDefinition } from '../errand-definition.js';
import { Errand } from './errand.entity.js';

/**
 * One version of an errand: the whole definition as it was saved (the data-file format of
 * `ErrandDefinition`), numbered 1, 2, … per errand. A new version is made only when a save
 * changes the definition; every triage keeps the version that decided it. Versions are never
 * changed or deleted (only with their errand).
 */
@Entity({ name: 'errand_versions' })
@Check('ck_errand_versions_version', 'version >= 1')
@Check('ck_errand_versions_definition', `jsonb_typeof(definition) = 'object'`)
export class ErrandVersion {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_errand_versions' })
  errandId: string;

  @ManyToOne(() => Errand, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'errand_id', foreignKeyConstraintName: 'fk_errand_versions_errand' })
  errand: Relation<Errand>;

  @PrimaryColumn('integer', { primaryKeyConstraintName: 'pk_errand_versions' })
  version: number;

  @Column('jsonb')
  definition: ErrandDefinition;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  /**
   * The staff account that saved it; null for the demo, the test catalog and versions made by the
   * migration. No foreign key: like the audit log, the record outlives the account.
   */
  @Column('uuid', { nullable: true })
  createdBy: string | null;
}
