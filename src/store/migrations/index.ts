import { InitialSchema1763700000000 } from './1763700000000-InitialSchema';
import { LineOrder1763800000000 } from './1763800000000-LineOrder';

/** Every migration, oldest first. */
export const MIGRATIONS = [InitialSchema1763700000000, LineOrder1763800000000];
