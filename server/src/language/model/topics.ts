/**
 * Clause topics moved to `ast/topics.ts` (they are words the language reads in `about …`, and
 * the clause library below the model needs them). This re-export keeps older imports working.
 */
export * from '../ast/topics';
