/**
 * A name with "the" before it, unless it already opens with a determiner or a blank: "the an
 * arbitral body" was printed from `disputes by arbitration "an arbitral body …"` (ninety-fourth
 * run, defect 2). One rule for every generated sentence that puts "the" before a drafter's words.
 */
const determiner = /^(?:the|a|an|this|that|these|those|its|their|each|any|such)\s/iu;

export function withThe(name: string): string {
  return determiner.test(name) || name.startsWith('\uE000') ? name : `the ${name}`;
}
