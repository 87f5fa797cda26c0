/** Snippets for whole constructs, offered where a declaration may start. */
import type { CompletionItem } from './types';

const snippets: readonly { label: string; detail: string; body: string }[] = [
  {
    label: 'memorandum',
    detail: 'MoU header',
    body: 'memorandum "${1:Memorandum of Understanding on Cyber Security Cooperation}" {\n  status non-binding\n  languages ${2:English}\n  signed at "${3:Place}" on ${4:2027-01-01}\n  effect on signature\n  duration ${5:5} years\n  discontinue with notice of ${6:6} months\n  amendment by written decision\n  disputes by consultation\n}\n$0',
  },
  {
    label: 'treaty',
    detail: 'treaty header',
    body: 'treaty "${1:Agreement on Cyber Security Cooperation}" {\n  status binding\n  languages ${2:English} authentic\n  done at "${3:Place}" on ${4:2027-01-01}\n  consent by signature, ratification\n  effect ${5:30} days after last notification\n  duration indefinite\n  denunciation with notice of ${6:6} months\n  amendment by written agreement\n  disputes by negotiation\n  governing law international\n  registration article-102\n}\n$0',
  },
  {
    label: 'participant',
    detail: 'participant with a contact',
    body: 'participant ${1:ID} "${2:Full name}" {\n  kind ${3|national-cert,government-agency,state,international-organisation,company|}\n  jurisdiction ${4:EE}\n  represented by "${5:Title of the signatory}"\n  contact ${6:Duty} "${7:Duty officer}" available 24/7 email "${8:cert@example.org}"\n}\n$0',
  },
  {
    label: 'channel',
    detail: 'sharing channel',
    body: 'channel ${1:ThreatIntel} between ${2:EE}, ${3:FI} {\n  carries ${4:indicators}, ${5:vulnerabilities}\n  marking ${6|TLP:AMBER,TLP:AMBER+STRICT,TLP:GREEN,TLP:CLEAR,TLP:RED|}\n  onward sharing ${7|with-clients,within-organisation,community,none,with-consent|}\n  purpose "${8:network defence}"\n}\n$0',
  },
  {
    label: 'protocol',
    detail: 'incident protocol',
    body: 'protocol ${1:MajorIncident} {\n  when severity ${2:high}\n  notify ${3:EE} within ${4:24} hours via ${5:Channel}\n  report final within ${6:1} month\n  content "${7:the nature of the incident, indicators observed and measures taken}"\n}\n$0',
  },
  {
    label: 'exercise',
    detail: 'joint exercise',
    body: 'exercise ${1:Name} every ${2:12} months led by ${3:EE} with ${4:FI} {\n  scope "${5:table-top exercise}"\n  first ${6:2027-09-15}\n}\n$0',
  },
  {
    label: 'body',
    detail: 'governance body',
    body: 'body ${1:SteeringCommittee} "${2:Joint Steering Committee}" members ${3:EE}, ${4:FI} meets every ${5:6} months\n$0',
  },
  { label: 'define', detail: 'defined term', body: 'define "${1:Incident}" means "${2:meaning}"\n$0' },
  { label: 'clause', detail: 'clause in prose', body: 'clause ${1:Id} "${2:Heading}" about ${3:topic} """\n  ${4:Text of the clause.}\n"""\n$0' },
  {
    label: 'security-agreement',
    detail: 'security-of-information agreement',
    body: 'security-agreement ${1:GSA} "${2:General Security Agreement}" between ${3:EE}, ${4:FI} up to ${5|SECRET,CONFIDENTIAL,RESTRICTED,TOP-SECRET|} {\n  level ${5} equals ${3} "${6:marking}", ${4} "${7:marking}"\n  breach procedure "${8:procedure}"\n}\n$0',
  },
];

export function constructSnippets(): CompletionItem[] {
  return snippets.map((s) => ({
    label: `${s.label} …`,
    kind: 'snippet',
    detail: s.detail,
    insertText: s.body,
    insertTextIsSnippet: true,
    filterText: s.label,
    sortText: '9' + s.label,
  }));
}
