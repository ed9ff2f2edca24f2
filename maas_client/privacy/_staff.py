"""Staff who wrote, typed or handled a record, named by their initials or user name.

A transcribed report ends in its author's and typist's initials (``JAF/pd``, ``Transcribed by:
KLM``); a nurse signs a terse note with hers (``-- mjt RN``); a lab result is read back to a
user name (``called to R. Ahn RN by MTS``, ``read-back verified by tgreene``). Initials are not
words, so no vocabulary marks them: their places do. Each is a person of the note.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import (
    CREDENTIALS,
    behind_medical_prefix,
    clinical_terms,
    find_all,
    given_names,
    grouped_alternation,
    inflected_from,
    name_words,
    safe_words,
    split_words,
    surnames,
)
from ._span import Raw

_SCORE: Final = 0.7
# the reference initials of a typed letter: the author's in capitals, the typist's in lower
# case, on a line of their own or between the report's fields ("DD: 05/20/24  RC/mt  #00912");
# led by the slash, which the engine finds fast; the author may also follow a signature's
# last sentence ("15:26. CET/vr")
_TYPIST: Final = re.compile(r"/[a-z]{2,4}(?=[ \t]*(?:\r?\n|$)|[ \t]{2}|[ \t]*#)")
# or after a colon at the line's end: "Harlan Vesey, MD     HV:dlk" (a scan of its own, led by
# its literal: one pattern for both would cost the engine its fast skip to the "/")
_COLON_TYPIST: Final = re.compile(r":[a-z]{2,4}(?=\r?\n|$|[ \t]+cc:)")
# (they stand at a line's start or after a sentence, a time, a dash or "by:": "06:40 RA/mlt",
# "— CP/jd", "Dictated by: JAF/pd")
# or after a letter's reference: "Our ref: FMcA/jp", "Ref: JS/cv"; with a "Mc" between the
# author's initials
_AUTHOR_BEFORE: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=[ \t]{2})|(?<=\t)|(?<=[.!?\d] )|(?<=[-–—] )|(?<=by: )|(?<=by )"
    r"|(?<=[Rr]ef: )|(?<=[Rr]ef\. ))"
    r"[ \t]*(?:[A-Z]{2,4}|[A-Z]{1,2}Ma?c[A-Z]{1,2})$"
)
_LINE_ALONE: Final = re.compile(r"[ \t]*(?:\r?\n|$)")
# a user name in a log's column after the entry's time: "2025-03-02T06:14:07Z   jfontaine
# RN NICU", "2024-07-01 06:58:12,rgallo,RN,fingerprint" (no word: "12:40   done")
_USER_AFTER_TIME: Final = re.compile(
    r"\d:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?Z?(?:[ \t]{2,}|\t|,)"
    r"([a-z][a-z0-9._-]{3,29}(?:_[A-Z]{2,4})?)(?=[ \t]{2,}|\t|,|:[ \t])"
)  # (a role after the user: "12/30/2024 01:14  nhuerta_RN:  CO called")
# or alone at a line's start before a time, maybe with a role in brackets, as a chat's export
# heads each message: "priya.n (Tox fellow) 01:12", "mkowalczyk 01:15", "tnguyen_rn (MICU
# charge) 01:24" (the time ends the line unless a role stands before it: not "aankomst 18:38.
# Overdracht")
_USER_BEFORE_TIME: Final = re.compile(
    r"\n([a-z][a-z0-9._-]{2,29}[a-z0-9])(?P<role>[ \t]+\([^()\n]{1,40}\))?[ \t]+"
    r"(?:edited[ \t]+)?\d{1,2}:[0-5]\d(?![\d:])(?P<end>[ \t]*(?:\n|\Z))?"
)
# or after a record's number of five digits or more: "0041903   mhalloran     Jeremy"; led by
# the spaces of the column (the number is checked before them)
_USER_AFTER_NUMBER: Final = re.compile(
    r"(?:\t|(?<! ) {2,}+)([a-z][a-z0-9._-]{3,29})(?=[ \t]{2,}|\t)"
)  # (a run of spaces is tried once, from its first: a megabyte of them is no square)
_NUMBER_COLUMN: Final = 5
# a user name after a label of who sent, owns, reviewed or exported a record, in lower case:
# "sender kpoulsen", "exported_by=jlindqvist", "reviewer=mkowal", "Rev: mkowal", "Portal
# account: nomi.tremblayoduya", "Account ....... priya.nandakumar"; matched in the lower-cased
# text where one of the labels is in it
# (and in Italian and Dutch, before a value that only a login spells, with "_", "." or a digit:
# "utente op_lcarbone", "gebruikersnaam dehaan_bianca"; not "operatore sanitario", "l'utente
# lavora", "Operatore: dott. F. Milan")
_LOGIN_LABELS: Final = ("utente", "operatore", "gebruiker", "gebruikersnaam")
_USER_LABELS: Final = (
    "sender", "owner", "reviewer", "registrar", "exported_by", "exported by", "rev",
    "account holder", "account",
    "assignee", "reporter", "requester", "approver", "agent", "intake", "entered", "holder",
    "tech", "clerk", "cashier", "operator", "e-sig", "esig", "cosign", "co-sign", "cosigned",
    # and in Spanish and Portuguese: "por usuario jpnievesa", "Usuario HIS: jamora", "cajera
    # kquispe", "Firma electrónica: jacruzm"
    "usuario", "usuário", "usuario his", "cajera", "cajero", "firma electrónica",
    "firma electronica", "utilizador",
    *_LOGIN_LABELS,
)  # fmt: skip
_LOGIN_MARK: Final = re.compile(r"[._\d]")
_LABELLED_USER: Final = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_USER_LABELS)})"
    r"(?:[\"']?[ \t]*[:=][ \t]*[\"']?|[ \t]*\.{2,}[ \t]*|[ \t]+)([a-z][a-z0-9._-]{2,29}[a-z0-9])"
    r"(?![\w@-]|\.\w)"
)
# the user of a web server's access log, after the client's address: "73.142.88.201 -
# lisa.marchetti [12/Nov/2024:19:02:11"
_ACCESS_LOG_USER: Final = re.compile(r"\d - ([a-z][a-z0-9._-]{2,29}[a-z0-9]) \[")
# a user name of an initial or a given name, a full stop and a surname, in parentheses:
# "(c.ibbotson)", "(lisa.marchetti)"; or of an initial glued to a surname: "(hreyes)"
_DOTTED_USER: Final = re.compile(r"\(([a-z]{1,12}\.[a-z]{3,20}|[a-z]{5,20})\)")
_COPIES_AFTER: Final = re.compile(r"[ \t]+(?:cc|CC|Cc|[Ee]nc)\b")
# initials after a label of who checked, dispensed or counselled, and a colon, up to the
# field's end: "Counselled by: DF", "Dispensed: TR   Checked: AH", "Pharmacist: KL.",
# "Second check: KV/NL", "1st RPh LM, 2nd RPh GS" (a pharmacist's credential needs no colon)
_INITIALS_FIELD_END = r"(?:/([A-Z]{2,3}))?(?=[ \t]*(?:\r?\n|$|[,.;|(])|[ \t]{2}|\t|[ \t]\d)"
_CHECKED_INITIALS: Final = re.compile(
    r":[ \t]*([A-Z]{2,3}|[A-Z]{1,2}Ma?c[A-Z])" + _INITIALS_FIELD_END  # (or "LMcK")
)
_CREDENTIAL_INITIALS: Final = re.compile(r"(?:RPh|CPhT)[ \t]+([A-Z]{2,3})" + _INITIALS_FIELD_END)
# (each led by a literal; the label before the colon is checked in Python)
_CHECKER_LABEL_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:counsell?ed|dispensed|checked|verified|prepared|witnessed|compounded|packed"
    r"|released|double[- ]checked|(?:accuracy|clinical|second|final|2nd|1st) check"
    r"|pharmacist|dispenser|checker|witness|sign-off|signed off|signed|charted|reviewed"
    r"|supervisor|signature|initials|therapist|clinician|staff|scrub|circulating|circulator"
    r"|perfusionist|an(?:a)?esthetist|scribe|assistant|performed|coordinator|handler"
    r"|examiner|examined|tech|technician|technologist|hygienist|entered|operator|reader"
    r"|transcribed|typed)"
    r"(?:[ \t]+by)?[ \t]*\Z"
)
# and with no colon after the roles of a theatre's team and a scribe: "Signed: scrub NT /
# circulating PM", "Perfusionist GH", "consultant anaesthetist DF (initials); scribe AP"
_TEAM_ROLE_INITIALS: Final = re.compile(
    r"(?<![\w-])(?:[Ss]crub|[Cc]irculating|[Cc]irculator|[Pp]erfusionist|[Aa]n(?:a)?esthetist"
    r"|[Ss]cribe|[Aa]ssistant|supervision of)[ \t]+([A-Z]{2,3})" + _INITIALS_FIELD_END
)
_TEAM_ROLE_HINTS: Final = ("crub", "irculat", "erfusion", "esthetist", "cribe", "ssistant",
                           "upervision")  # fmt: skip
_CHECKER_LABEL_REACH: Final = 24
# initials with full stops that stand for a person in a note's prose (_DOTTED_PAIR): after a
# role (_ROLE_OR_NAME_BEFORE), maybe in brackets ("Peer R.T. gave feedback", "Another peer
# (D.M.)"), or in quotes after a name ('Mr. Bishop ("T.J.")'); not an abbreviation's letters
# ("pneumothorax (A.P.)", "(U.S.)")
_DOTTED_PAIR: Final = re.compile(
    r"(?<=[A-Z])\.[ ]?[A-Z]\.(?:[A-Z]\.)?(?=[\"”)]|[ \t]+[a-z(]|[,;])"
)  # (led by the first initial's full stop: the initial is the character before the match)
_ROLE_OR_NAME_BEFORE: Final = re.compile(
    r"(?:(?<![\w-])(?i:peer|client|member|resident|patient|participant|service user|carer"
    r"|student)[ \t]+\(?|[A-Z][a-z]+[ \t]+\(?[\"“])\Z"
)  # (the pair leads the scan; what stands before it is checked on the few pairs found)
_ABBREVIATED_LETTERS: Final = frozenset(
    ("U.S.", "N.B.", "A.M.", "P.M.", "I.E.", "E.G.", "U.K.", "D.C.", "B.C.", "A.D.", "P.S.",
     "R.N.", "M.D.", "D.O.", "O.D.", "O.S.", "O.U.", "P.O.", "I.V.", "I.M.", "N.A.")
)  # fmt: skip
# a chat's sender in brackets after a role and the message's time, before the message:
# "05/06/2024 10:15  Clinic (Jonalyn): Noted po" (not "IOP (Goldmann): R 18 mmHg")
_SENDER_IN_BRACKETS: Final = re.compile(r"[A-Za-z] \(([A-Z][a-zà-ÿ]{2,14})\):[ \t]")
_MESSAGE_TIME_BEFORE: Final = re.compile(r"\d:[0-5]\d(?:[ \t]?[AaPp][Mm])?[ \t]+[^\n]{1,30}\Z")
# a user name after a role's prefix, as dispensing cabinets and pharmacy systems make them:
# "RPN-jbell", "TECH-pkaur", "RN-aokoro"
_ROLE_PREFIXED_USER: Final = re.compile(
    r"(?:RN|RPN|LPN|LVN|TECH|RPH|PHARM|CNA|MD|NP)-([a-z][a-z0-9._]{2,20})(?![\w-])"
)  # (the character before it is checked in Python: a look-behind first is tried everywhere)
# a user name in a JSON field named for who did something: "dispensedBy": "kmurray_pharm",
# "exported_by": "rgallo", <Resolution by="jwhitcomb">
_BY_FIELD_USER: Final = re.compile(
    r"(?:By|_by|(?<![\w-])by)\"?[ \t]*[:=][ \t]*\"?([a-z][a-z0-9._-]{2,29}[a-z0-9])"
)
_BY_FIELD_HINTS: Final = ("By", "_by", 'by="', "by=")
# a user name of an initial, a role or a given name, a full stop and a surname, as logs and
# exports write them anywhere: "s.lindinger", "dr.aumayr", "chir.mtournier", "bruna.kfreitas"
# (led by the full stop; what stands before it is checked in Python; not a key, a file or a
# host: "patient.kvnr=", "labs.pdf", "mx.clinic.example")
_DOTTED_LOGIN_TAIL: Final = re.compile(r"\.([a-z]{4,20})(?![\w@/=(:-]|\.\w)")
_DOTTED_LOGIN_HEAD: Final = re.compile(r"(?<![\w.@/:-])[a-z]{1,12}\Z")
_LOGIN_ROLES: Final = frozenset(
    split_words("dr tech chir adm admin rn nurse med pharm lab sec inf enf")
)
_LONGEST_LOGIN_INITIALS: Final = 2  # "s.", "hb": initials, no word
# the initials of a signature's key, before the name they stand for: "KY = YAMAMOTO Keiko",
# "TM = Takeshi Mori (CRC)"
_INITIALS_KEY: Final = re.compile(
    r" = (?:Dr\.?[ \t]+)?(?:([A-Z][A-Za-z'’-]+),?[ \t]+[A-Z][a-z]"
    r"|(?P<initials>(?:[A-Z]\.[ \t]?){1,2})(?:(?:van|von|de|der|den|ten|ter|te)[ \t]+)*"
    r"[A-Z][a-z'’-]+(?![\w'’-]))"
)  # (led by " = ", the initials before it checked in Python; the first word after it a
# known name, or initials and a surname: "RNA = PAXgene Blood RNA Tube" is a legend; "MvD =
# M. van Dijk" is a key)
_INITIALS_BEFORE_KEY: Final = re.compile(r"(?<![\w=])[A-Z](?:[a-z]{0,2}[A-Z]){1,2}[ \t]*\Z")
# a role's abbreviation and the initials of who holds it in brackets: "PT (RL):", "SW (SH)"
_ROLE_AND_INITIALS: Final = re.compile(
    r"(?:PT|OT|SLT|SLP|SW|RN|NP|PA|CRA|CRC|HCA|RD|DN|Physio|Dietitian|Pharmacist)"
    r"[ \t]*\(([A-Z]{2})\)"
)  # (two letters: three in brackets after a role are often its employer's, "RN (MCO)";
# led by the role's literal, the character before it checked in Python)
# a user name signing off a message after its last sentence: "Filled. -- kbrandon"
_USER_SIGN_OFF: Final = re.compile(r"--?[ \t]?([a-z][a-z0-9._-]{3,29})(?=[ \t]*(?:\r?\n|$))")
# a label of who typed or coded a record ("TRANS: KLM", "initials: DKVO"), then initials or a
# user name up to the field's end; matched in the lower-cased text where one of the labels'
# words is in it
_TYPED_BY_WORDS: Final = (
    "by:", "transcriptionist", "scribe", "coder", "trans:", "typist", "initials"
)  # fmt: skip
_TYPED_BY: Final = re.compile(
    r"(?:transcribed|typed|transcriptionist|scribe|coder|coded|abstracted|keyed|trans|typist"
    r"|initials)"
    r"(?:[ \t]+by)?[ \t]*:[ \t]*([a-z][a-z0-9._-]{1,19})"
    r"(?=[ \t]*(?:\r?\n|$)|[ \t]{2}|\t|[,|;])"
)
# a user name as the value of a key that names who wrote: "clinician": "apruett.np", "Note
# auth: hngata" (a colon after the key: "auth voiceprint=..." is no user); the keys are found
# with str.find and the rest matched there (an alternation of them tried at every letter
# cost as much as the rest of this module)
_WRITER_KEYS: Final = (
    "auth", "author", "clinician", "provider", "nurse", "user", "staff", "assigned_to",
    "assignee", "reviewer", "capturer", "login", "operator", "photographer",
    "bearbeiter", "benutzer",  # (German: who edited, the user)
)  # fmt: skip
# (or the first of a JSON list: "staff": ["mcarrasco", "dtoluwase"]; the next ones follow)
_USER_AFTER_KEY: Final = re.compile(
    r"[\"']?[ \t]*[:=][ \t]*\[?[ \t]*[\"']?([a-z][a-z0-9._-]{2,29}[a-z0-9])(?![\w@-]|\.\w)"
)
_NEXT_USER_IN_LIST: Final = re.compile(
    r"[\"'][ \t]*,[ \t]*[\"']([a-z][a-z0-9._-]{2,29}[a-z0-9])(?![\w@-]|\.\w)"
)
# initials of who wrote a log's entry, after its time (a slash may lead them) and before a
# colon or a column's gap: "08.04.24 08:05 KHL: Bruker i seng", "07.30  /MT  Morgenbesøg",
# "2.4.2024 08:10  JVi   Aamukäynti" (a Finnish signature ends in a small letter)
# (led by the time's colon, its hour checked in Python: a scan led by the hour's digits took
# twice as long; a time with a dot, "07.30", only before a slash)
_INITIALS_AFTER_TIME: Final = re.compile(
    r":[0-5]\d[ \t]+/?([A-ZÆØÅÄÖ]{2,3}[a-zæøåäö]?)(?=:[ \t]|[ \t]{2,}|\t)"
    r"|\.[0-5]\d[ \t]+/([A-ZÆØÅÄÖ]{2,3}[a-zæøåäö]?)(?=:[ \t]|[ \t]{2,}|\t)"
)
_HOUR_BEFORE: Final = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])\Z")
# what a clinical log's entry opens with besides initials ("08:00  PCA increased", "22:15  VE:
# cervix 7 cm"), a label after a time ("DD: 03/14/2024 14:22  DT:") and time zones
_LOG_ABBREVIATIONS: Final = frozenset(
    split_words(
        """BS NG OG AM PM EEG AXR PCA CPR DNR ROSC IVF TPN PEG ETT NIV CPAP BIPAP ABG VE SVE DT DD
        DOI LOS ETA ETD SPC EST EDT CST CDT MST MDT PST PDT HST GMT BST CET EET WET ICT IST JST
        KST UTC WIB SGT HKT PHT MSK ET URR PWP"""
    )
)
# initials after the word itself: "technician initials RDP", "(initials MTL)", "donor
# initials RJP" (matched in the lower-cased text, capitals checked in Python)
_AFTER_INITIALS: Final = re.compile(r"(?<![\w-])initials(?::? |: ?)([a-z]{2,4})(?![\w-])")
# a result read back, a call made or a record handled "by" someone: initials at the clause's
# end or before its date ("by MTS", "by dmr"), or a user name ("by tgreene", "transcribed by
# oadeyemifrost", "opened by tpetrakis-dev"); led by the literal "by" (a "\b" before it would
# make the engine try every position), its word start checked in Python
_BY_USER: Final = re.compile(
    r"(?:by|BY|By):?[ \t]+([A-Z]{2,3}|[a-z](?:[a-z0-9._-]{0,30}[a-z0-9])?)(?![\w@])"
)
_CLAUSE_END: Final = re.compile(r"[ \t]*(?:\r?\n|$|[,.;:|\"')/])|[ \t]+\d")
# "by" in other languages and the labels of who printed, typed or signed a record there
# ("frappé par mjoubert", "encerrado por fsantos", "Utskriven ... av annsve", "Tulostanut:
# hrautio", "Signatur: mhol"), read only in a text with letters outside ASCII, as those
# languages write: a user name after "by" is taken only if it is an initial glued to a name
# or holds a digit or an underscore ("par exemple", "av patienten" are words)
_BY_ABROAD_HINTS: Final = (" par ", " por ", " av ", " af ", " von ", " door ", " door:", " da ",
                           " przez ",
                           "tulostanut", "kirjoitus", "signatur", "kontrollert", "signeret",
                           "vidimera")  # fmt: skip
_SHORTEST_USER_ABROAD: Final = 6
_USER = r"([a-z][a-z0-9._-]{2,29}[a-z0-9])(?![\w@-]|\.\w)"
_BY_USER_ABROAD: Final = re.compile(
    rf"(?:par|por|av|af|von|door|da|przez)(?::[ \t]*|[ \t]+){_USER}"
    r"|(?:tulostanut|kirjoitus|signatur|kontrollert|signeret|vidimera[dt])[ \t]*:?"
    rf"(?:[ \t]+\d{{4}}-\d\d-\d\d)?[ \t]+{_USER}"
)
# the verbs of handling a record, one of which stands in the clause before "by"
_HANDLED: Final = re.compile(
    r"(?i:called|verified|notified|paged|read[ -]?back|witnessed|reported|informed|relayed"
    r"|transcribed|processed|generated|prepared|typed|entered|scanned|faxed|released|printed"
    r"|dictated|collected|coll|drawn|dispensed|filled|note|requested|opened|restored|export"
    r"|created|modified|updated|edited|uploaded|accessed|viewed|approved|closed|assigned"
    r"|merged|deleted|submitted|authored|signed|reviewed|run\b|added|completed|checked"
    r"|documented|initiall?ed|rec'?d|received|filed|logged|referred|presented|curated"
    r"|authori[sz]ed|countersigned|performed|interpreted|analy[sz]ed|validated|triaged)"
)
# or a user name before "commented" or "wrote", as an issue tracker or a thread shows it:
# "**mkowalczyk** commented on Mar 4"
_COMMENTED: Final = (" commented", " wrote")
_USER_BEFORE: Final = re.compile(r"(?<![\w@.-])([a-z][a-z0-9._-]{1,30}[a-z0-9])\**$")
# a signature in lower case: an initial and a surname, or initials alone after a dash, before
# a credential ("— j. ortiz-bautista, MD PGY1", "clinician: b. thistlewood, pmhnp", "— bt,
# pmhnp-bc"); found from the credential after a comma (a literal lead), the name then looked
# for before it
_CREDENTIAL_AFTER_COMMA: Final = re.compile(r",[ \t]*([A-Za-z][A-Za-z-]{1,8})\b")
_LOWER_SIGNATURE: Final = re.compile(
    r"(?:(?<![\w.])[a-z]\.[ \t]?[a-z][a-z'’-]*[a-z]|(?<=[-–—][ \t])[a-z]{2,3})$"
)
_SHORTEST_USER: Final = 4  # letters in a user name ("jdoe")
# the first word of an account that is a system's or a service's, not a person's, in a log's
# column or after a label (after "by" it is masked still: "by svc_tr_audit" may name a site)
_SYSTEM_ACCOUNTS: Final = frozenset(
    split_words("svc sys system admin root service interface batch daemon noreply username")
)
_SHORTEST_PART: Final = 3
_LETTERS: Final = re.compile(r"[a-z]+")
_ENGLISH_ENDINGS: Final = split_words(
    "tion sion ist ogy ics ment ness ing ive ous ary ory ism ity ance ence able ible ian"
)
_CLAUSE_REACH: Final = 80  # how far before "by" the verb of :data:`_HANDLED` may stand
_PARENTHESES_REACH: Final = 24  # the verb before initials in parentheses: "Dictated 3/14 (KLM)"
_USER_REACH: Final = 60  # how far before "commented" the user name may start
# or in parentheses at the clause's end: "transcribed 20/4 (jt).", "Dictated 3/14 (KLM)"
_HANDLER_IN_PARENTHESES: Final = re.compile(
    r"\(([a-z]{2,3}|[A-Z]{2,3})\)(?=[ \t]*(?:[.,;]|\r?\n|$))"
)
# initials signing off an entry of a log or a message, after its last sentence: "... sig. -MN",
# "Filled #30. -RK, RPh", "will do. -m"
# (led by a literal hyphen, which the engine finds as fast as str.find; an en or em dash is
# looked for only in a text that holds one; the end of the sentence before it is checked in
# Python: a look-behind first would make the engine try every position)
_INITIALS_AT_END = r" ?([A-Z]{2,3}|[a-z]{1,3})(?=[ \t]*(?:\r?\n|$|,[ \t]*[A-Z][A-Za-z-]{1,5}\b))"
_SIGN_OFF: Final = re.compile("-" + _INITIALS_AT_END)
_DASH_SIGN_OFF: Final = re.compile("[–—]" + _INITIALS_AT_END)
_SENTENCE_END: Final = frozenset(".!?)")
# initials signing a note on a line of their own, before a credential: "-- mjt RN", "AJ RN";
# led by the line's newline (a "^" would make the engine try every position)
_SIGNED: Final = re.compile(
    r"\n[ \t]*(?:(?:--?|—|–)[ \t]*)?([A-Za-z]{2,3})[ \t]+(?:RN|LPN|LVN|CNA|RT|RRT|MD|DO|NP|PA|PA-C"
    r"|PT|OT|SLP|MSW|SW|CM|PharmD|RD|EMT|EMT-P|CRNA|CNM)[ \t]*(?=\r?\n|$)"
)
# the user who wrote an entry of a log, after its time: "04/16/24 09:45 akhan: appeal letter
# received", "2024-03-02 21:14:07   jkowalski   10.42.118.77   VIEW chart", "02:01:44
# tquintanilla 203.0.113.58" (led by the time's colon; a date before the time is checked in
# Python)
_LOG_USER: Final = re.compile(
    r":[0-5]\d(?::[0-5]\d)?(?:[ \t]?[AP]M)?[ \t]+([a-z][a-z0-9._-]{2,19})"
    r"(?=:[ \t]|[ \t]{2}|\t|[ \t]\d)"
)
# initials after a date that a verb of handling dates: "Filled 01/04/24 JLS / Refilled
# 02/03/24 JLS", "given 3/4 KM" (found where the text holds one of the verbs)
_DATED_VERBS: Final = ("filled", "dispensed", "verified", "checked", "given", "administered")
_INITIALS_AFTER_DATE: Final = re.compile(
    r"[ \t]+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+([A-Z]{2,3})(?![\w/])"
)
_DATE_AND_HOUR_BEFORE: Final = re.compile(r"\d[/.-]\d{1,2}[/.-]?\d{0,4}[ \tT]+\d{1,2}$")
# initials in parentheses after a person's name and credentials, the same letters as the
# name's: "Summer Pham, RDH (SP)", "Tomasz Lewandowski (TL2)", "PA J. Mwangi (jm)" (an initial
# before the name's span counts: _INITIAL_BEFORE)
_INITIALS_AFTER_NAME: Final = re.compile(
    r"(?:,?[ \t]+[A-Z][A-Za-z-]{1,5})?[ \t]*\(([A-Za-z]{2,4})\d?\)"
)
_INITIAL_BEFORE: Final = re.compile(r"(?<![\w.])[A-Z]\.?[ \t]$")
_INITIALS_BEFORE_NAME: Final = re.compile(r"(?<![\w.])([A-Z]{2,4})[ \t]?\($")
_NAME_WORDS: Final = re.compile(r"[^\W\d_]+")
# initials with full stops where a person signs: at a line's end past a column's gap or a
# dash, alone in a table's cell, or before a comma and a role: "weekly.  R.H.B.", "| T.F. |",
# "- R.T., Charge Nurse", "Checked A.J.S. Matron" (led by the first initial's full stop)
_DOTTED_INITIALS: Final = re.compile(r"\.(?:[ ]?(?:Mc)?[A-Z]\.|-[A-Z]\.){1,3}(?![\w.])")
_BEFORE_DOTTED_INITIALS: Final = re.compile(r"(?:[ \t]{2}|\t|\|[ \t]*|[-–—][ \t]|^|[ \t])\Z")
_AFTER_DOTTED_INITIALS: Final = re.compile(
    r"[ \t]*(?:\r?\n|$|\|)|,[ \t]+[A-Z][a-z]|[ \t]+(?:Matron|Sister|Charge|RN|RGN|SRN|SEN)\b"
)
_ROLE_AFTER_INITIALS: Final = re.compile(r",|[ \t]+[A-Z]")


def _users_after_keys(text: str, lowered: str) -> list[Raw]:
    """The user names after a key that names who wrote (:data:`_WRITER_KEYS`)."""
    out: list[Raw] = []
    for key, at in find_all(lowered, _WRITER_KEYS):
        m = _USER_AFTER_KEY.match(lowered, at + len(key))
        if m is None or (at > 0 and (lowered[at - 1].isalnum() or lowered[at - 1] == "-")):
            continue  # ("intake_staff=" is a key too)
        while (
            m is not None
            and text[m.start(1) : m.end(1)].islower()
            and _unknown_user(m.group(1))
            and not _system_account(m.group(1))
        ):
            out.append((*m.span(1), "PERSON", _SCORE))
            m = _NEXT_USER_IN_LIST.match(lowered, m.end())
    return out


def staff_spans(text: str, lowered: str) -> list[Raw]:
    """``(start, end, "PERSON", score)`` for staff initials and user names in ``text``
    (``lowered``: ``text`` in lower case, of the same length)."""
    out: list[Raw] = []
    typists = [*_TYPIST.finditer(text)] if "/" in text else []
    if ":" in text:
        typists += _COLON_TYPIST.finditer(text)
    for m in typists:
        author = _AUTHOR_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if author is None:
            continue
        opens_line = _opens_line(text, author.start())
        initials = text[author.start() : m.start()].strip()
        # after "by" ("Dictated by: UM/sh", "Sent by AS/mh") or before the letter's copies
        # ("SH/dmb   cc: Dr Ruiz"), whatever its letters
        labelled = (
            text.startswith("by: ", author.start() - 4)
            or text.startswith("by ", author.start() - 3)
            or _COPIES_AFTER.match(text, m.end()) is not None
        )
        if (
            opens_line
            and not labelled
            and text[m.start()] == ":"
            and (_known(initials) or _known(m.group()[1:]))
        ):
            continue  # a heading and its finding: "CV:rrr", "ROS:neg" (not "IH:pw")
        alone = opens_line and _LINE_ALONE.match(text, m.end())
        # "AM/gp" on a line of its own is no abbreviation, whatever its letters; nor is
        # "RA/mlt" after a report's time
        after_time = text[author.start() - 2 : author.start() - 1].isdigit()
        if alone or labelled or not _known(initials) or (after_time and not _known(m.group()[1:])):
            out.append((m.start() - len(author.group().lstrip()), m.end(), "PERSON", _SCORE))
    if ":" in text and any(word in lowered for word in _TYPED_BY_WORDS):
        for m in _TYPED_BY.finditer(lowered):
            if not _known(m.group(1)):  # the label says it is a person: "Coder: bpetrosyan"
                out.append((m.start(1), m.end(1), "PERSON", _SCORE))
    if "by" in lowered:
        out += _handlers(text)
    if ":" in text or "=" in text:
        out += _users_after_keys(text, lowered)
    for m in _INITIALS_AFTER_TIME.finditer(text):
        group = 1 if m.group(1) else 2
        initials = m.group(group)
        if (
            _HOUR_BEFORE.search(text, max(0, m.start() - 3), m.start())
            and not _known(initials)
            and initials not in _LOG_ABBREVIATIONS
        ):
            out.append((*m.span(group), "PERSON", _SCORE))
    if "initials" in lowered:
        out += [
            (*m.span(1), "PERSON", _SCORE)
            for m in _AFTER_INITIALS.finditer(lowered)
            if text[m.start(1) : m.end(1)].isupper() and not _known(m.group(1))
        ]
    if not text.isascii() and any(map(lowered.__contains__, _BY_ABROAD_HINTS)):
        for m in _BY_USER_ABROAD.finditer(lowered):
            group = 1 if m.group(1) else 2
            value = m.group(group)
            if (
                (m.start() == 0 or not lowered[m.start() - 1].isalnum())
                and text[m.start(group) : m.end(group)].islower()
                and (_unknown_user(value) or "." in value)  # ("thais.campos": known names)
                and not _system_account(value)
                and (group == 2 or _user_name_abroad(value))
            ):
                out.append((*m.span(group), "PERSON", _SCORE))
    out += _log_staff(text)
    if ":" in text:
        out += [
            (*m.span(1), "PERSON", _SCORE)
            for m in _USER_BEFORE_TIME.finditer(text)
            if (m["role"] or m["end"] is not None)
            and (_unknown_user(m.group(1)) or _LOGIN_MARK.search(m.group(1)))
            and not _system_account(m.group(1))
        ]
        out += [
            (m.start(1), m.end(1), "PERSON", _SCORE)
            for m in _USER_AFTER_TIME.finditer(text)
            if not _known(m.group(1).rstrip("0123456789")) and not _system_account(m.group(1))
        ]
    if "  " in text or "\t" in text:
        out += [
            (m.start(1), m.end(1), "PERSON", _SCORE)
            for m in _USER_AFTER_NUMBER.finditer(text)
            if text[max(0, m.start() - _NUMBER_COLUMN) : m.start()].isdigit()
            and not _known(m.group(1).rstrip("0123456789"))
            and not _system_account(m.group(1))
        ]
    if any(map(lowered.__contains__, _USER_LABELS)):
        out += [
            (m.start(1), m.end(1), "PERSON", _SCORE)
            for m in _LABELLED_USER.finditer(lowered)
            if text[m.start(1) : m.end(1)].islower()
            and _unknown_user(m.group(1))
            and (_LOGIN_MARK.search(m.group(1)) or not m.group().startswith(_LOGIN_LABELS))
            and not _system_account(m.group(1))  # "owner: svc_portal"
        ]
    if " - " in text and "[" in text:
        out += [
            (*m.span(1), "PERSON", _SCORE)
            for m in _ACCESS_LOG_USER.finditer(text)
            if not _system_account(m.group(1))
        ]
    if "(" in text:
        out += [
            (*m.span(1), "PERSON", _SCORE)
            for m in _DOTTED_USER.finditer(text)
            if _unknown_user(m.group(1))
            and ("." in m.group(1) or _glued_user_name(m.group(1), surname_only=True))
        ]
        for m in _HANDLER_IN_PARENTHESES.finditer(text):
            if _initials(m.group(1)) and _handled_before(text, m.start(), _PARENTHESES_REACH):
                out.append((m.start(1), m.end(1), "PERSON", _SCORE))
    for cue in _COMMENTED:
        at = lowered.find(cue)
        while at >= 0:
            user = _USER_BEFORE.search(text, max(0, at - _USER_REACH), at)
            if user is not None and _unknown_user(user.group(1)):
                out.append((user.start(1), user.end(1), "PERSON", _SCORE))
            at = lowered.find(cue, at + 1)
    out += _checkers(text)
    sign_offs = [*_SIGN_OFF.finditer(text)]
    if "–" in text or "—" in text:
        sign_offs += _DASH_SIGN_OFF.finditer(text)
    for m in sign_offs:
        if _after_sentence(text, m.start()) and (len(m.group(1)) == 1 or _initials(m.group(1))):
            out.append((m.start(1), m.end(1), "PERSON", _SCORE))
    if ". " in text or ".\n" in text or ".|" in text:
        out += _dotted_initials(text)
    for m in _SIGNED.finditer("\n" + text):  # a newline before the text: its first line too
        if _initials(m.group(1)):
            out.append((m.start(1) - 1, m.end(1) - 1, "PERSON", _SCORE))
    for m in _CREDENTIAL_AFTER_COMMA.finditer(text):
        if m.group(1).lower() in CREDENTIALS:
            name = _LOWER_SIGNATURE.search(text, max(0, m.start() - 40), m.start())
            if name is not None:
                out.append((name.start(), name.end(), "PERSON", _SCORE))
    for verb in _DATED_VERBS:
        at = lowered.find(verb)
        while at >= 0:
            dated = _INITIALS_AFTER_DATE.match(text, at + len(verb))
            if dated is not None and _initials(dated.group(1)):
                out.append((dated.start(1), dated.end(1), "PERSON", _SCORE))
            at = lowered.find(verb, at + 1)
    if ":" in text:
        for m in _LOG_USER.finditer(text):
            before = _DATE_AND_HOUR_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if before is not None and not _known(m.group(1)):
                out.append((m.start(1), m.end(1), "PERSON", _SCORE))
    return out


def _checkers(text: str) -> list[Raw]:
    """Who checked or dispensed, by :data:`_CHECKED_INITIALS`, :data:`_CREDENTIAL_INITIALS`,
    :data:`_ROLE_PREFIXED_USER`, :data:`_BY_FIELD_USER`, :data:`_USER_SIGN_OFF`,
    :data:`_DOTTED_PAIR` and :data:`_SENDER_IN_BRACKETS`."""
    out: list[Raw] = []
    checked = [
        m
        for m in _CHECKED_INITIALS.finditer(text)
        if _CHECKER_LABEL_BEFORE.search(text, max(0, m.start() - _CHECKER_LABEL_REACH), m.start())
    ]
    if "RPh" in text or "CPhT" in text:
        checked += _CREDENTIAL_INITIALS.finditer(text)
    if any(hint in text for hint in _TEAM_ROLE_HINTS):
        checked += _TEAM_ROLE_INITIALS.finditer(text)
    for m in checked:
        for group in (1, 2):
            value = m.group(group)
            if value is not None and _initials(value) and _role_free(value):
                out.append((*m.span(group), "PERSON", _SCORE))
    if "-" in text:
        for m in _ROLE_PREFIXED_USER.finditer(text):
            if not _stands_alone(text, m.start()):
                continue
            if _unknown_user(m.group(1)) or _glued_user_name(m.group(1)):
                out.append((m.start(), m.end(), "PERSON", _SCORE))
        for m in _USER_SIGN_OFF.finditer(text):
            user = m.group(1)
            if _after_sentence(text, m.start()) and _unknown_user(user) and user.isalpha():
                out.append((*m.span(1), "PERSON", _SCORE))
    if "." in text:
        out += [
            (m.start() - 1, m.end(), "PERSON", _SCORE)
            for m in _DOTTED_PAIR.finditer(text)
            if text[m.start() - 1 : m.end()].replace(" ", "") not in _ABBREVIATED_LETTERS
            and _ROLE_OR_NAME_BEFORE.search(text, max(0, m.start() - 25), m.start() - 1)
        ]
    if "." in text:
        out += _dotted_logins(text)
    if "):" in text:
        out += [
            (*m.span(1), "PERSON", _SCORE)
            for m in _SENDER_IN_BRACKETS.finditer(text)
            if not _known(m.group(1))
            and _MESSAGE_TIME_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
        ]
    if " = " in text:
        for m in _INITIALS_KEY.finditer(text):
            initials = _INITIALS_BEFORE_KEY.search(text, max(0, m.start() - 5), m.start())
            if (
                initials is not None
                and (m["initials"] or m.group(1).lower() in name_words())
                and _initials(value := initials.group().strip())
                and _role_free(value)
            ):
                out.append((initials.start(), initials.start() + len(value), "PERSON", _SCORE))
    if "(" in text:
        out += [
            (*m.span(1), "PERSON", _SCORE)
            for m in _ROLE_AND_INITIALS.finditer(text)
            if _stands_alone(text, m.start())
            and _initials(m.group(1))
            and _role_free(m.group(1))
        ]
    if any(map(text.__contains__, _BY_FIELD_HINTS)):
        for m in _BY_FIELD_USER.finditer(text):
            if m.group().startswith("By") and not text[m.start() - 1 : m.start()].islower():
                continue  # (a field named for who did something: "dispensedBy")
            if _unknown_user(m.group(1)) and not _system_account(m.group(1)):
                out.append((*m.span(1), "PERSON", _SCORE))
    return out


def _dotted_initials(text: str) -> list[Raw]:
    """Initials with full stops where a person signs (:data:`_DOTTED_INITIALS`), not an
    abbreviation written so ("I.V.", "B.P.", "R.N.")."""
    out: list[Raw] = []
    for m in _DOTTED_INITIALS.finditer(text):
        start = m.start() - 1
        if start < 0 or not "A" <= text[start] <= "Z":
            continue
        if text[start - 1 : start].isalnum() or text[start - 1 : start] in (".", "'", "-"):
            continue
        before = _BEFORE_DOTTED_INITIALS.search(text, max(0, start - 3), start)
        after = _AFTER_DOTTED_INITIALS.match(text, m.end())
        if before is None or after is None:
            continue
        # after one space, only before a role: "Checked A.J.S. Matron", "- R.T., Charge Nurse"
        # (not a credential after a name's comma: "J. J. Moriarty, R.O., Kilbrack")
        if before.group() == " " and (
            not _ROLE_AFTER_INITIALS.match(after.group()) or text[start - 2 : start] == ", "
        ):
            continue
        letters = "".join(c for c in text[start : m.end()] if c.isalpha())
        if _initials(letters):
            out.append((start, m.end(), "PERSON", _SCORE))
    return out


def _handlers(text: str) -> list[Raw]:
    """The people "by" whom a record was handled (see :data:`_BY_USER`): initials at the
    clause's end after a verb of :data:`_HANDLED`; a user name with a digit or a separator
    anywhere ("by jsmith42"); one of letters only after such a verb, when no list knows it and
    it has no English word's ending ("by auscultation"); "caused by mrsa" names nobody."""
    out: list[Raw] = []
    for m in _BY_USER.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # "Abby LT"
        value = m.group(1)
        if len(value) <= 3:
            accepted = (
                _initials(value)
                and _CLAUSE_END.match(text, m.end()) is not None
                and _handled_before(text, m.start())
            )
        elif not _unknown_user(value):
            accepted = False
        elif not value.isalpha():
            accepted = True  # "tpetrakis-dev", "kmurphy2"
        else:
            accepted = _glued_user_name(value) or (
                not value.endswith(_ENGLISH_ENDINGS) and _handled_before(text, m.start())
            )
        if accepted:
            out.append((m.start(1), m.end(1), "PERSON", _SCORE))
    return out


def _stands_alone(text: str, start: int) -> bool:
    """Whether what starts at ``start`` is not the tail of a word or a code ("RN-jbell" is a
    user; "TRN-jbell" and "x_RN-jbell" are not)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")


def _user_name_abroad(value: str) -> bool:
    """Whether a word in lower case after "by" in another language is a user name: one with a
    digit or an underscore ("kmurphy2", "op_lucia"), or an initial glued to a name of six
    letters or more ("sfaure", "mjoubert"; not "ahora", "da perna", "amoxicilline-acide")."""
    if any(c.isdigit() or c == "_" for c in value):
        return True
    given, dot, surname = value.partition(".")
    if dot and given.isalpha() and surname in name_words():
        return True  # "thais.campos"
    if not value.isalpha() or len(value) < _SHORTEST_USER_ABROAD:
        return False
    # (Latin America glues one or two initials before the surname and the second surname's
    # initial after it: "ymartinezc", "jpnievesa", "jacruzm")
    return _glued_user_name(value) or any(
        name in name_words() and not _known(value)
        for name in (value[1:-1], value[2:], value[2:-1])
        if len(name) >= _SHORTEST_USER_ABROAD  # (not "semana", "da falange", "imagen")
    )


def _handled_before(text: str, at: int, reach: int = _CLAUSE_REACH) -> bool:
    """Whether a verb of :data:`_HANDLED` stands in the ``reach`` characters before ``at``, on
    its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return _HANDLED.search(text, max(line_start, at - reach), at) is not None


def _system_account(value: str) -> bool:
    """Whether a user name is a system's or a service's account ("svc_portal", "username")."""
    return value.split("_", 1)[0] in _SYSTEM_ACCOUNTS


def _glued_user_name(value: str, surname_only: bool = False) -> bool:
    """Whether a word in lower case is an initial glued to a person's name, as systems make
    user names ("hreyes", "mhannigan"), and no word or clinical term itself. ``surname_only``:
    the name is a common surname, or a long name that is no given name or word (in
    parentheses "(melena)", "(fridge)" and "(komma)" are words)."""
    name = value[1:]
    if surname_only and name not in surnames():
        common = name in given_names() or name in safe_words()
        if len(name) < _LONG_SURNAME or common:
            return False
    return (
        len(value) > _SHORTEST_USER
        and value.isalpha()
        and name in name_words()
        and not _known(value)
        and not inflected_from(value, safe_words())
    )


_LONG_SURNAME: Final = 6


def _dotted_logins(text: str) -> list[Raw]:
    """The user names of :data:`_DOTTED_LOGIN_TAIL`: a surname no list knows after up to two
    letters, a role (:data:`_LOGIN_ROLES`) or a given name."""
    out: list[Raw] = []
    words = safe_words()
    for m in _DOTTED_LOGIN_TAIL.finditer(text):
        head = _DOTTED_LOGIN_HEAD.search(text, max(0, m.start() - 13), m.start())
        if head is None or _known(tail := m.group(1)):
            continue
        first = head.group()
        if not (
            len(first) <= _LONGEST_LOGIN_INITIALS
            or first in _LOGIN_ROLES
            or (first in name_words() and not _known(first))
        ):
            continue
        if inflected_from(tail, words) or behind_medical_prefix(tail, words):
            continue
        out.append((head.start(), m.end(), "PERSON", _SCORE))
    return out


def _unknown_user(value: str) -> bool:
    """Whether ``value`` may be a user name: four letters or more, in lower case, with a part
    of three letters or more that is no word, clinical term or regular form of one a list
    knows ("tpetrakis-dev", not "palm-vein", "co-worker", "mx.clinic.example" or
    "transcatheter")."""
    letters = sum(c.isalpha() for c in value)
    if letters < _SHORTEST_USER or not value.islower():
        return False
    words = safe_words()
    return any(
        len(part) >= _SHORTEST_PART
        and not (_known(part) or inflected_from(part, words) or behind_medical_prefix(part, words))
        for part in _LETTERS.findall(value)
    )


def initials_beside_names(text: str, persons: list[tuple[int, int]]) -> list[Raw]:
    """The initials beside each of ``persons`` (spans of names) that are its own: in
    parentheses after it ("Summer Pham, RDH (SP)", "J. Mwangi (jm)"), or before it when it
    stands in parentheses ("Participant VMB (Vladimíra Bláhová)": the first and last letters)."""
    out: list[Raw] = []
    for start, end in persons:
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            before = _INITIALS_BEFORE_NAME.search(text, max(0, start - 7), start)
            words = _NAME_WORDS.findall(text[start:end])
            if before is not None and len(words) >= 2:
                initials = before.group(1)
                if initials[0] == words[0][0] and initials[-1] == words[-1][0]:
                    out.append((before.start(1), before.end(1), "PERSON", _SCORE))
        if "(" not in text[end : end + 12]:
            continue
        m = _INITIALS_AFTER_NAME.match(text, end)
        if m is None:
            continue
        initial = _INITIAL_BEFORE.search(text, max(0, start - 4), start)  # "J. Mwangi"
        if initial is not None:
            start = initial.start()
        letters = "".join(word[0] for word in _NAME_WORDS.findall(text[start:end]))
        if m.group(1).lower() == letters.lower():
            out.append((m.start(1), m.end(0) - 1, "PERSON", _SCORE))
    return out


def _opens_line(text: str, at: int) -> bool:
    """Whether ``at`` is the start of the text or of a line."""
    return at == 0 or text[at - 1] == "\n"


def _after_sentence(text: str, dash: int) -> bool:
    """Whether the dash at ``dash`` follows the end of a sentence, right after it or after
    one space ("sig. -MN", "Filled #30.-RK")."""
    before = text[max(0, dash - 2) : dash]
    if before.endswith(" "):
        before = before[:-1]
    return before[-1:] in _SENTENCE_END


# Staff in a log's places: initials before a credential that ends a signature ("BK RN 6/9/25",
# "Signed LT RN PHN / GA FNP 7/29/25"; a common word too: "reviewed ME FNP."), initials
# opening an entry with its date ("10/14 TD: corrected", "AR 2/3: aunt asks"), and a log
# line's author after its time, in a column of its own ("09:14  KR  rang home") or a known
# name before a dash ("08:01 TRACEY — mrs hazel"); not "WOC RN: Genevieve", "- CGM: Dexcom",
# "09:14  BP  120/80". Each is led by a literal or a newline.
_SIGNING_CREDENTIAL: Final = re.compile(
    grouped_alternation([*split_words("PA-C PharmD CPhT LPN LVN FNP CNA PHN RPh RN NP")])
    + r"\b(?=[ \t]*(?:$|\n|\.|\d{1,2}/\d{1,2}|/|PHN\b))"
)
_INITIALS_BEFORE: Final = re.compile(r"(?<![\w'’./-])([A-Z]{2,3})[ \t]+$")
_ENTRY_INITIALS: Final = re.compile(
    r"\n[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+([A-Z]{2,3})"
    r"|([A-Z]{2,3})[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?)[ \t]*:"
)
_LOG_AUTHOR: Final = re.compile(
    r"\n[ \t]*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+)?(?:[01]?\d|2[0-3]):?[0-5]\d"
    r"[ \t]+([A-Z]{2,3}|[A-Z][A-Za-z'’-]+)(?=[ \t]{2,}|\t|[ \t]+[—–-][ \t])"
)
# a log entry's author in lower case after its date and a dash: "mon 3/2 earlies — bev: J up",
# "wed 5th — kemi: dentist"
_LOG_AUTHOR_IN_LOWER_CASE: Final = re.compile(
    r"\n[ \t]*(?:[A-Za-z]{3,5}\.?[ \t]+)?\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?|st|nd|rd|th)"
    r"(?:[ \t]+[a-z]{3,8})?[ \t]+[—–-][ \t]+([a-z][a-z'’-]{1,14}):[ \t]"
)
# roles written in capitals where initials stand: "DON", "MLS", "CRA"
_STAFF_ROLES: Final = frozenset(
    split_words("don mls cra pct cnc cns num ho rmo hmo sho spr cons reg sn en")
)


def _log_staff(text: str) -> list[Raw]:
    """Staff by their places in a log (see :data:`_SIGNING_CREDENTIAL`)."""
    out: list[Raw] = []
    for credential in _SIGNING_CREDENTIAL.finditer(text):
        before = _INITIALS_BEFORE.search(text, max(0, credential.start() - 6), credential.start())
        if before is not None and _role_free(before.group(1)):
            out.append((*before.span(1), "PERSON", _SCORE))
    for m in _ENTRY_INITIALS.finditer("\n" + text):  # (a newline before the first line too)
        group = m.lastindex or 1
        if _initials(m.group(group)) and _role_free(m.group(group)):
            out.append((m.start(group) - 1, m.end(group) - 1, "PERSON", _SCORE))
    for m in _LOG_AUTHOR.finditer("\n" + text):
        word = m.group(1)
        key = word.lower()
        if key in clinical_terms():
            continue
        # initials only in a column of their own ("KR  rang"; not "SGT — medical director")
        column = len(word) <= 3 and word.isupper() and not text.startswith(" —", m.end() - 1)
        if (key not in safe_words()) if column else key in name_words():
            out.append((m.start(1) - 1, m.end(1) - 1, "PERSON", _SCORE))
    if " — " in text or " - " in text or " – " in text:
        for m in _LOG_AUTHOR_IN_LOWER_CASE.finditer("\n" + text):
            key = m.group(1)
            if key in name_words() or not _known(key):
                out.append((m.start(1) - 1, m.end(1) - 1, "PERSON", _SCORE))
    return out


def _role_free(value: str) -> bool:
    """Whether ``value`` in capitals may be initials: no clinical term, credential or role."""
    lower = value.lower()
    return lower not in clinical_terms() and lower not in CREDENTIALS and lower not in _STAFF_ROLES


def _known(word: str) -> bool:
    """Whether ``word`` is a word of the vocabulary, a clinical term or a credential."""
    lower = word.lower()
    return lower in safe_words() or lower in clinical_terms() or lower in CREDENTIALS


def _initials(value: str) -> bool:
    """Whether ``value`` reads as a person's initials: two to four letters, no known word."""
    return 2 <= len(value) <= 4 and value.isalpha() and not _known(value)
