/**
 * A draft bilateral treaty that runs a tabletop exercise (a costly activity) with one clause whose
 * words the costs tests vary: the frame on which missing-costs is raised or silenced by words
 * (lr28 D2, lr31 D7). One copy for the tests that put a clause under it.
 */
export const exerciseCostsDraft = (clause: string): string => `treaty "Agreement on Cyber Exercises" {
  status binding
  consent by ratification
  effect after last ratification
  duration 5 years
  amendment by written agreement
  termination with notice of 6 months
}
party NL "Kingdom of the Netherlands" { kind state }
party EE "Republic of Estonia" { kind state }
exercise Shield annually led by NL {
  scope "tabletop exercise"
}
clause C1 """${clause}"""
`;
