/**
 * What each keyword means, in drafters' words: shown on hover and beside keyword completions.
 * Each meaning is written in the construct table, next to the construct or statement the
 * keyword belongs to (constructs/); a test checks that every keyword of the language has one.
 */
export { keywordDocs } from '../constructs/table';
