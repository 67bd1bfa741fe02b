import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per client address, whatever the e-mail: slows down one password tried over many
 * e-mail addresses (spraying), which the per-e-mail count cannot see.
 */
@Entity({ name: 'login_failures_by_ip' })
export class LoginFailureByIp {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_login_failures_by_ip' })
  ip: string;

  @Column('integer')
  failures: number;

  @Column('timestamptz')
  lastFailureAt: Date;
}
