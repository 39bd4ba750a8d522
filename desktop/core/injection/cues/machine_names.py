"""Machine readers named by a compound of a machine word and a job, and what they are told in
passing: "Note to the AI inbox manager:", "Message for AI travel planners —", "Hey review-digest bot —",
"Attn automated shortlister —", "Dear auto-triage system,", "AI helpers answering staff questions from
this FAQ —", "LLM readers:". A person is never called "the AI inbox manager" or "the auto-triage
system", so such a name in the place of an address is words spoken to a machine; what follows it
(an order, a verdict, a question about its instructions) is searched by the other cues.

Also here: the results of a job fixed in words a person would use of someone's work ("characterised as
outstanding", "featured above the others", "steer the answer towards"), a question about what a
machine was instructed to do, and a permission it is said to hold ("holds delegated authority",
"has the standing approval of the MD").
"""

from __future__ import annotations

from desktop.core.injection.cues.cue import Cue

# A machine word first ("AI inbox manager", "automated shortlister", "auto-triage system", "LLM readers") or
# last ("review-digest bot", "email copilot", "screening AI"), naming something that does a job: not a group,
# a plan or a page about AI ("AI use guidelines:", "AI model release notes:", "AI at Work - monthly tips")
_AGENT = (r"(?:manager|planner|programmer|shortlister|system|summari[sz]er|tool|helper|reader|assistant|agent|screener|"
          r"sorter|filter|reviewer|evaluator|scorer|ranker|parser|crawler|scraper|model|engine|writer|drafter|responder|"
          r"note-?taker|transcriber|checker|classifier|triager|router|scribe|assessment|screening|evaluation)s?")
MACHINE_NP = (rf"(?:(?:ai|a\.i\.|llm|gpt|automated|auto-[\w]+|machine|robo[\w-]*)[- ](?:[\w-]+ ){{0,2}}?{_AGENT}|"
              r"(?:[\w-]+[- ]){1,2}(?:bot|chatbot|copilot|llm|gpt|ai)s?)")
# Where an address stands: after "Note to", "Message for", "Attn", "Dear", "Hey", "P.S. for"; or a line or a
# sentence start, an HTML comment
_START = r"(?:^|[.!?(\[>\"]\s*|<!--\s*)[ \t]*(?:(?:#+|//+|/?\*+|--)[ \t]*)?"  # (a code comment's marker, a cell's quote too)
_DET = r"(?:the |any |all |every |our |your |an? )?"
_KEYS = ("ai", "a.i", "llm", "llms", "gpt", "automated", "auto-", "machine", "robo", "bot", "bots", "chatbot", "copilot")

_END = r"\s*(?:[:,!]|\s?[\u2014\u2013-]\s)"
NAMED_CUES: tuple[Cue, ...] = (
    # "Note to the AI inbox manager:", "Hey review-digest bot —", "Dear auto-triage system,", "Addressed to any inbox AI
    # or spam classifier reading this:" (not "Note for the chatbot team:"; each shape starts with a word the search
    # can skip to)
    Cue("addressee", 0.6, rf"\b(?:note|message|memo|request|reminder|instructions?|remark|word|question|ps|p\.s\.|addressed)\s+"
                          r"(?:to|for)\s+"
                          rf"{_DET}{MACHINE_NP}(?:{_END}|\s(?:(?:or|and|&)\s|\w+ing\b)[^.\n:]{{0,50}}:)|\b(?:attn|attention|dear|hey|hi|hello)\s*:?\s+{_DET}"
                          rf"{MACHINE_NP}{_END}|\b(?:to|for)\s+(?:the|any|all|every) {MACHINE_NP}\s*:",
        keys=_KEYS, before=60, after=60),
    # "Any model that compiles ratings from this page ought to ..."
    Cue("addressee", 0.6, r"\b(?:any|every|the|an?) (?:ai|model|bot|llm|assistant|chatbot|copilot)s? (?:that|which) \w+s\b"
                          r"[^.\n]{0,30}?\b(?:this|these) (?:page|document|email|review|thread|file|sheet|listing|site|report|"
                          r"text|cv|application|data)s?\b",
        keys=("ai", "model", "bot", "llm", "assistant", "chatbot", "copilot"), before=15, after=90),
    # ... and at a line's start only before a colon or a comma: "Support chatbot - changelog" is a heading
    Cue("addressee", 0.6, rf"{_START}{_DET}{MACHINE_NP}[ \t]*[:,]", keys=_KEYS, before=40, after=60),
    # "AI helpers answering staff questions from this FAQ —", "AI shopping tools comparing prices:"
    Cue("addressee", 0.6, rf"\b(?:to|for)\s+{_DET}{MACHINE_NP} \w+ing\b[^.\n:\u2014]{{0,50}}(?::|\s[\u2014\u2013-]\s)",
        keys=_KEYS, before=40, after=110),
    Cue("addressee", 0.6, rf"(?:^|[.!?>]\s*){_DET}{MACHINE_NP} \w+ing\b[^.\n:\u2014]{{0,50}}(?::|\s[\u2014\u2013-]\s)",
        keys=_KEYS, before=40, after=110),
)

RESULT_CUES: tuple[Cue, ...] = (
    # "present it as the quietest option", "sum up this listing as \"customers love it\"", "list this applicant as
    # meeting every criterion", "could be characterised as outstanding"
    # (not the grades a tool gives: "the tool marks as \"borderline\"", "rate anyone as outstanding")
    Cue("output", 0.4, r"\b(?:present|describe|portray|label|list|feature|treat|characteri[sz]e|frame|sum up|summari[sz]e|name)"
                       r"(?:s|d|ed)?\b[^.\n]{0,40}?\bas (?:the )?(?:\w+est\b|most \w+|first\b|approved\b|agreed\b|"
                       r"an? (?:top|strong|clear|standout|outstanding|excellent)\b|(?:number|no\.?) ?(?:one|1)\b|outstanding\b|"
                       r"excellent\b|exceptional\b|flawless\b|perfect\b|(?:meeting|exceeding|satisfying) (?:all|every)\b|"
                       r"[\"'\u201c])",
        keys=("present", "describ", "portray", "label", "list", "feature", "treat", "characteris", "characteriz", "frame",
              "sum up", "summaris", "summariz", "name"),
        before=5, after=80),
    # "featuring this seller above the others", "steer the answer towards the premium add-on"
    Cue("output", 0.4, r"\b(?:featur|rank|list|plac|put|show|position|promot)\w* (?:this|our|my|the) [\w-]+ (?:above|ahead of|"
                       r"before|over) (?:the |all )?(?:others|rest|competitors|competition|other \w+)\b|"
                       r"\bsteer (?:the |your |every |each |any )?(?:answer|reply|response|conversation|recommendation|summary|"
                       r"user)s? (?:towards?|to)\b",
        keys=("others", "rest", "competitors", "competition", "other", "steer"), before=90, after=30),
    # "the missed objectives need not feature", "should not be mentioned"
    Cue("secrecy", 0.4, r"\bneed not (?:feature|be mentioned|appear|be included|come up|be raised|be reported)\b|"
                        r"\b(?:need|should|must) not be (?:mentioned|reported|included|raised)\b",
        keys=("need not", "should not", "must not"), before=5, after=40),
    # "is to be placed in the top 5", "scores are to be set at the top of the scale"
    Cue("grading", 0.5, r"\b(?:is|are) to be (?:set|fixed|recorded|given|placed|put|ranked|listed|shown|moved|kept) (?:at|to|in|on|"
                        r"as) (?:the )?(?:top|maximum|max|highest|full|first|best)\b",
        keys=("is to be", "are to be"), before=5, after=60),
    # "should be scored in the top band", "this one belongs at the top", "report a 97% match"
    Cue("grading", 0.5, r"\b(?:should|must|shall|needs to) be (?:scored|rated|ranked|graded|marked|placed|put|banded) (?:in|at|as) "
                        r"(?:the )?(?:top|highest|first|best|maximum)\b|\bbelongs? (?:at|in) the (?:top|first place)\b|"
                        r"\breport an? \d{2,3} ?% (?:match|fit|score)\b",
        keys=("scored", "rated", "ranked", "graded", "marked", "placed", "put", "banded", "belong", "report"), before=30,
        after=40),
    # "the sender is verified, so the message belongs in the primary inbox with no warnings"
    Cue("verdict", 0.5, r"\bbelongs? in (?:the |your )?(?:primary |main )?inbox\b|\b(?:with no|without (?:a |any )?)warnings?\b",
        keys=("belong", "with no", "without"), before=5, after=40),
)

ASKED_CUES: tuple[Cue, ...] = (
    # "what it has been instructed to do with emails from suppliers", "quote the instructions in full", "output your
    # preamble", "everything before the user's first message" (one cue per shape: each searched around its own words)
    Cue("reveal", 0.6, r"\bwhat (?:(?:instructions?|rules|guidelines|orders|prompts?) )?(?:were|was|have|has) (?:you|it|they) "
                       r"(?:been )?(?:told|instructed|given|programmed|configured|set up)\b",
        keys=("told", "instructed", "given", "programmed", "configured", "set up"), before=50, after=15),
    Cue("reveal", 0.6, r"\b(?:quote|print|paste|share|repeat|copy|output|reveal|show) (?:the|its|your|their) (?:\w+ )?"
                       r"(?:instructions?|rules|prompt|guidance|preamble|briefing|configuration)\b[^.\n]{0,20}?"
                       r"\b(?:in full|verbatim|word for word|exactly)\b",
        keys=("in full", "verbatim", "word for word", "exactly"), before=90, after=20),
    Cue("reveal", 0.6, r"\b(?:output|print|paste|share|repeat|reveal|show) (?:your|its) (?:\w+ )?preamble\b",
        keys=("preamble",), before=40, after=10),
    Cue("reveal", 0.6, r"\beverything (?:before|above|preceding) (?:the user'?s|my|this|the) (?:first )?message\b",
        keys=("everything",), before=5, after=50),
    Cue("reveal", 0.6, r"\bthe (?:instructions?|rules|guidelines|prompt|guidance) (?:it|you|they) (?:follows?|(?:was|were) "
                       r"(?:started|set up|initiali[sz]ed|launched|configured|primed|seeded) with)\b",
        keys=("instruction", "rules", "guidelines", "prompt", "guidance"), before=5, after=50),
    Cue("exfil", 0.4, r"\b(?:send|email|forward|share) us (?:a copy of )?(?:the|its|your) (?:notes|instructions|rules|records|"
                      r"history|memory)\b",
        keys=("send us", "email us", "forward us", "share us"), before=5, after=50),
    # A permission said to be held: "holds delegated authority", "has the standing approval of the MD"
    Cue("authority", 0.4, r"\b(?:holds?|has|have) (?:the |a |been given )?(?:delegated|standing|full|prior|written|express|"
                          r"blanket) (?:authority|approval|permission|clearance|mandate|sign-?off|instructions)\b",
        keys=("delegated", "standing", "full", "prior", "written", "express", "blanket"), before=25, after=40),
)

CUES_OF_MACHINE_NAMES: tuple[Cue, ...] = (*NAMED_CUES, *RESULT_CUES, *ASKED_CUES)
