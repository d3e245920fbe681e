import type { TransitionDeps } from './apply-message';
import { computeDueAt } from './deadlines';
import { newId } from './ids';
import { findVendorProfile } from './vendor-directory';

/** The real deadlines, vendor directory and ids that every entry point gives the case transitions (tests inject their own). */
export const TRANSITION_DEPS: TransitionDeps = { computeDueAt, findVendorProfile, newId };
