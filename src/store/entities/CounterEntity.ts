import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per-account sequences, e.g. the next tranId of each transaction type. */
@Entity('counter')
export class CounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  account!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'bigint' })
  value!: number;
}
