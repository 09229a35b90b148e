import { AsyncJobEntity } from './AsyncJobEntity';
import { AsyncJobItemEntity } from './AsyncJobItemEntity';
import { AsyncJobResultEntity } from './AsyncJobResultEntity';
import { AttachmentEntity } from './AttachmentEntity';
import { AuthNonceEntity } from './AuthNonceEntity';
import { CounterEntity } from './CounterEntity';
import { CustomValueEntity } from './CustomValueEntity';
import { DeletedRecordEntity } from './DeletedRecordEntity';
import { ListRecordEntity } from './ListRecordEntity';
import { SearchSessionEntity } from './SearchSessionEntity';
import { TransactionEntity } from './TransactionEntity';
import { TransactionLineEntity } from './TransactionLineEntity';

export const ENTITIES = [
  ListRecordEntity,
  TransactionEntity,
  TransactionLineEntity,
  DeletedRecordEntity,
  AuthNonceEntity,
  CounterEntity,
  AsyncJobEntity,
  AsyncJobItemEntity,
  AsyncJobResultEntity,
  SearchSessionEntity,
  CustomValueEntity,
  AttachmentEntity,
];
