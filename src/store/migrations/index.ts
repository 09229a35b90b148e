import { InitialSchema1763700000000 } from './1763700000000-InitialSchema';
import { LineOrder1763800000000 } from './1763800000000-LineOrder';
import { AsyncJobs1763850000000 } from './1763850000000-AsyncJobs';
import { SearchReadSide1763900000000 } from './1763900000000-SearchReadSide';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  LineOrder1763800000000,
  AsyncJobs1763850000000,
  SearchReadSide1763900000000,
];
