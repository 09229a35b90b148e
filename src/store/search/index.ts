/** The read side's repositories for one account and one transaction (see domain/search/ports.ts). */
import type { SearchRepositories } from '../../domain/search/ports';
import type { SqlSession } from '../sql';
import { AttachmentStore } from './attachments';
import { DeletedRecordQueries } from './deleted';
import { SearchQueryStore } from './queries';
import { SelectOptionQueries } from './selectOptions';
import { SearchSessionStore } from './sessions';

export function searchRepositories(s: SqlSession, account: string): SearchRepositories {
  return {
    queries: new SearchQueryStore(s, account),
    sessions: new SearchSessionStore(s, account),
    deleted: new DeletedRecordQueries(s, account),
    selectOptions: new SelectOptionQueries(s, account),
    attachments: new AttachmentStore(s, account),
  };
}
