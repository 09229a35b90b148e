import { InitialSchema1763700000000 } from './1763700000000-InitialSchema';

/** Every migration, oldest first. */
export const MIGRATIONS = [InitialSchema1763700000000];
