import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins per e-mail, shared by all API instances, to slow down password guessing. */
@Entity({ name: 'login_failures' })
export class LoginFailure {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_login_failures' })
  email: string;

  @Column('integer')
  failures: number;

  @Column('timestamptz')
  lastFailureAt: Date;
}
