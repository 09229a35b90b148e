import { AuthNonceEntity } from './AuthNonceEntity';
import { CounterEntity } from './CounterEntity';
import { DeletedRecordEntity } from './DeletedRecordEntity';
import { ListRecordEntity } from './ListRecordEntity';
import { TransactionEntity } from './TransactionEntity';
import { TransactionLineEntity } from './TransactionLineEntity';

export const ENTITIES = [
  ListRecordEntity,
  TransactionEntity,
  TransactionLineEntity,
  DeletedRecordEntity,
  AuthNonceEntity,
  CounterEntity,
];
