import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** tokenPassport nonces seen inside the timestamp window; the primary key makes each usable once. */
@Entity('auth_nonce')
@Index('ix_auth_nonce_expires', ['expiresAt'])
export class AuthNonceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  account!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  token!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  nonce!: string;

  @Column({ name: 'expires_at', type: 'bigint' })
  expiresAt!: number;
}
