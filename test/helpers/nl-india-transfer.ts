/**
 * The NL–India social security header (2009, consent by undated notifications) with a channel that
 * carries personal data: the frame on which possible-transfer-without-safeguards is raised and its
 * data-protection clause chosen and cited (seventy-ninth run; lr18, D8). One copy for the tests
 * that put clauses under it.
 */
export const nlIndiaTransferHeader = `treaty "Agreement on Social Security" {
  status binding
  languages English authentic
  done at "New Delhi" on 2009-10-22 in duplicate
  effect on first day of third month after last notification
}
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }
party IN "Republic of India" { kind state jurisdiction IN }
channel Information between NL, IN {
  carries personal-data
}
`;
