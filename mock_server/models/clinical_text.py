"""Clinical-aware sentence splitting with section tracking, in linear time.

:func:`split_sentences` returns :class:`SentenceSpan` offsets into the note, so every sentence
is an exact, trimmed span of the input (``note[span.start:span.end]``) and carries the name of
the section it sits in.

How a note is cut, in order:

1. **Lines.** A blank line always ends a block. A single line break ends one too, unless the
   next line looks like the wrapped tail of the previous one (it starts with a lower-case
   letter, or the previous line ends with ``, ; ( - / & +`` or a function word such as "and",
   "with", "of"). So header-style notes ("BP 120/80" / "HR 72") split per line while
   hard-wrapped prose stays whole.
2. **Headers.** At the start of a line: a known header followed by a colon (``HPI:``,
   ``Assessment:``, ``A/P:``; content may follow on the same line); any short line that ends in
   a colon (``Neuro:``); any short all-caps line (``HOSPITAL COURSE``). Mid-line, right after a
   sentence end, only known headers with a colon count. Headers are never part of a sentence.
3. **Lists.** Bullets (``-``, ``*``, ``•``...) and numbered markers (``1.``, ``2)``, ``a)``) at the
   start of a line start a new item; inline enumerations ("1. Metformin ... 2. Lisinopril ...")
   break before each next number. Markers are left out of the span.
4. **Sentence ends.** ``.``, ``!``, ``?`` (with closing quotes/brackets) followed by white space
   and a capital letter, digit or opening bracket. Not after titles and Latin abbreviations that
   never end a sentence (Dr., Mr., Mrs., Ms., vs., e.g., i.e., approx., cf., ...). Dosing
   abbreviations (b.i.d., t.i.d., q.i.d., q.d., p.o., p.r.n., i.v., q.h.s., etc.) end a sentence
   only when a capitalised word follows. Decimals (1.5 mg, 98.6 F, 7.2%) never split, the
   period not being followed by white space.

Spans without any letter or digit (rulers such as ``-----``) are dropped.

Canonical section names (:data:`SECTION_ALIASES` maps every recognised header to one):
Chief Complaint, History of Present Illness, Past Medical History, Past Surgical History,
Medications, Allergies, Social History, Family History, Review of Systems, Physical Exam,
Vital Signs, Results, Hospital Course, Procedures, Assessment, Plan, Assessment and Plan,
Disposition, Follow-up, Instructions. "Impression" and "Diagnosis" headers map to Assessment,
"Recommendations" to Plan, "HPI"/"Subjective" to History of Present Illness. An unknown header
keeps its own words, title-cased ("NEURO EXAM" → "Neuro Exam"). Text before any header has
section ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CANONICAL_SECTIONS", "SECTION_ALIASES", "SentenceSpan", "split_sentences"]


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """One sentence: ``note[start:end]`` is its text (trimmed); ``section`` its canonical header."""

    start: int
    end: int
    section: str | None

    def text(self, note: str) -> str:
        """The sentence's text in ``note`` (the string it was split from)."""
        return note[self.start:self.end]


_ALIASES: dict[str, tuple[str, ...]] = {
    "Chief Complaint": ("cc", "chief complaint", "reason for visit", "reason for consultation",
                        "reason for consult", "reason for admission", "presenting complaint"),
    "History of Present Illness": ("hpi", "history of present illness",
                                   "history of the present illness", "present illness",
                                   "interval history", "subjective", "history"),
    "Past Medical History": ("pmh", "pmhx", "past medical history", "past history",
                             "medical history", "past medical/surgical history"),
    "Past Surgical History": ("psh", "pshx", "past surgical history", "surgical history"),
    "Medications": ("medications", "meds", "current medications", "home medications",
                    "outpatient medications", "admission medications", "medications on admission",
                    "discharge medications", "current meds", "home meds"),
    "Allergies": ("allergies", "allergy", "drug allergies"),
    "Social History": ("sh", "shx", "social history", "social hx"),
    "Family History": ("fh", "fhx", "family history", "family hx"),
    "Review of Systems": ("ros", "review of systems"),
    "Physical Exam": ("pe", "physical exam", "physical examination", "exam", "examination",
                      "objective", "exam on admission", "discharge exam"),
    "Vital Signs": ("vitals", "vital signs", "vs"),
    "Results": ("labs", "laboratory", "laboratory data", "lab results", "laboratory results",
                "data", "results", "studies", "imaging", "diagnostics", "pertinent results",
                "radiology", "labs and imaging"),
    "Hospital Course": ("hospital course", "brief hospital course", "ed course", "course",
                        "clinical course", "emergency department course"),
    "Procedures": ("procedures", "procedure", "operations"),
    "Assessment": ("assessment", "impression", "diagnosis", "diagnoses", "discharge diagnosis",
                   "discharge diagnoses", "final diagnosis", "clinical impression",
                   "working diagnosis", "admitting diagnosis", "differential diagnosis", "ddx"),
    "Plan": ("plan", "recommendations", "recommendation", "treatment plan", "plan of care"),
    "Assessment and Plan": ("a/p", "a&p", "assessment and plan", "assessment/plan",
                            "assessment & plan", "impression and plan", "impression/plan",
                            "impression & plan"),
    "Disposition": ("disposition", "dispo", "discharge disposition", "discharge condition",
                    "condition at discharge", "condition on discharge"),
    "Follow-up": ("follow-up", "follow up", "followup"),
    "Instructions": ("discharge instructions", "instructions", "patient instructions"),
}

CANONICAL_SECTIONS: tuple[str, ...] = tuple(_ALIASES)
"""Every canonical section name, in the usual order of a note."""
SECTION_ALIASES: dict[str, str] = {a: name for name, aliases in _ALIASES.items() for a in aliases}
"""Lower-cased header text (single spaces) → canonical section name."""

_ALIAS_ALT = "|".join(re.escape(a).replace(r"\ ", r"\s+")
                      for a in sorted(SECTION_ALIASES, key=len, reverse=True))
# A known header at the current position: alias, optional spaces, a colon (or " -").
_KNOWN_HEADER = re.compile(rf"(?i:(?P<h>{_ALIAS_ALT}))[ \t]*:[ \t]*")
# A line that is only a header: up to six words, ending in a colon.
_COLON_LINE = re.compile(r"#{0,6}[ \t]*(?P<h>[A-Za-z][A-Za-z0-9/&()' -]{0,58}?)[ \t]*:[ \t]*$")
# A short all-caps line (optional trailing colon): "HOSPITAL COURSE", "ASSESSMENT/PLAN".
_CAPS_LINE = re.compile(r"#{0,6}[ \t]*(?P<h>[A-Z][A-Z/&' -]{1,58}[A-Z])[ \t]*:?[ \t]*$")
_MARKDOWN = re.compile(r"#{1,6}[ \t]*(?P<h>[A-Za-z][A-Za-z/&' -]{0,58}?)[ \t]*:?[ \t]*$")
# A list marker at a sentence start: bullets, "1." "2)" "(3)" "a)" "b." followed by a space.
_MARKER = re.compile(r"(?:[-*•·‣◦▪–—+>]|\(?\d{1,3}[.)]|\(?[a-z][).])[ \t]+(?=\S)")
# Candidate sentence ends, plus inline numbered markers (" 2. Lisinopril").
_CANDIDATE = re.compile(
    r"(?P<num>(?<![\w.,/(])\(?\d{1,3}[.)](?=[ \t\n]+[^\s\da-z]))"
    r"|(?P<term>[.!?]+[\"'”’)\]]*(?=\s|$))"
)
_WORD = re.compile(r"[A-Za-z]")
_ALNUM = re.compile(r"\w")

# Never a sentence end: titles and Latin abbreviations that always continue.
_NEVER_END = frozenset({
    "dr", "mr", "mrs", "ms", "mx", "prof", "st", "vs", "e.g", "i.e", "eg", "ie", "approx",
    "cf", "viz", "incl", "fig", "esp", "resp", "appt",
})# Dosing and other abbreviations that may end a sentence: an end only before a capital.
_DOSING = frozenset({
    "b.i.d", "t.i.d", "q.i.d", "q.d", "p.o", "p.r.n", "i.v", "i.m", "s.c", "s.q", "q.h.s",
    "h.s", "a.c", "p.c", "q.o.d", "q.a.m", "q.p.m", "stat", "a.m", "p.m", "etc", "m.d", "d.o",
    "r.n", "n.p", "p.a", "ph.d", "u.s", "o.d", "o.s", "o.u", "a.u", "q.w", "q.wk", "bid", "tid",
    "qid", "qd", "po", "prn", "iv", "qhs", "qod",
})
_FUNCTION_WORDS = frozenset({
    "and", "or", "with", "without", "of", "to", "the", "a", "an", "in", "on", "for", "at", "by",
    "from", "as", "but", "was", "is", "were", "are", "be", "been", "had", "has", "have", "that",
    "which", "who", "his", "her", "their", "this", "than", "then", "nor", "into", "after",
    "before", "due", "per", "not", "no", "also", "while", "since", "until", "over", "under",
})
_CONTINUATION_END = ",;(-/&+"
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "at", "with", "or"})


def _canonical(header: str) -> str | None:
    """Canonical section for a header's text; None if the text is too long to be a header."""
    words = header.replace("_", " ").split()
    if not words or len(words) > 6:
        return None
    key = " ".join(words).lower()
    if key in SECTION_ALIASES:
        return SECTION_ALIASES[key]
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in _SMALL_WORDS:
            out.append(lw)
        elif w.isupper() and len(w) <= 3:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:].lower() if w.isupper() else w[:1].upper() + w[1:])
    return " ".join(out)


def _line_header(line: str) -> tuple[str, int] | None:
    """(section, offset of the content after the header) if ``line`` opens with a header."""
    stripped = line.lstrip()
    lead = len(line) - len(stripped)
    m = _KNOWN_HEADER.match(stripped)
    if m and stripped[0].isupper():
        return SECTION_ALIASES[" ".join(m.group("h").split()).lower()], lead + m.end()
    bare = " ".join(stripped.lstrip("#").split()).lower()
    if bare in SECTION_ALIASES and (stripped[0].isupper() or stripped[0] == "#"):
        return SECTION_ALIASES[bare], len(line)
    for pattern in (_COLON_LINE, _CAPS_LINE, _MARKDOWN):
        m = pattern.match(stripped)
        if m is None or (pattern is _MARKDOWN and not stripped.startswith("#")):
            continue
        header = m.group("h")
        words = header.split()
        known = " ".join(words).lower() in SECTION_ALIASES
        if not known:
            if len(words) > (4 if pattern is _COLON_LINE else 5):
                continue
            if pattern is _COLON_LINE and not all(
                w[0].isupper() or w.lower() in _SMALL_WORDS for w in words
            ):
                continue
            if (pattern is _CAPS_LINE and not stripped.rstrip().endswith(":")
                    and len(words) < 2 and len(header) < 6):
                continue  # "NKDA", "NAD": content, not a header
        name = _canonical(header)
        if name is not None and _WORD.search(header):
            return name, len(line)
    return None


def _continues(prev: str, nxt: str) -> bool:
    """True if line ``nxt`` looks like the wrapped continuation of line ``prev``."""
    if not prev or not nxt:
        return False
    if nxt[0].islower():
        return True
    if prev[-1] in _CONTINUATION_END:
        return True
    last = prev.rsplit(None, 1)[-1].lower()
    return last in _FUNCTION_WORDS


class _Splitter:
    """One pass over a note; collects spans into ``self.spans``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[SentenceSpan] = []
        self.section: str | None = None

    # -- spans -----------------------------------------------------------------------------
    def _emit(self, start: int, end: int, section: str | None) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and _ALNUM.search(text, start, end):
            self.spans.append(SentenceSpan(start, end, section))

    def _skip_prefix(self, pos: int, end: int) -> tuple[int, int | None]:
        """Skip white space, known headers (switching section) and list markers at a sentence
        start. Returns (new position, number of a numbered marker if one was skipped)."""
        text = self.text
        number: int | None = None
        while True:
            while pos < end and text[pos].isspace():
                pos += 1
            m = _KNOWN_HEADER.match(text, pos, end)
            if m and text[pos].isupper():
                self.section = SECTION_ALIASES[" ".join(m.group("h").split()).lower()]
                pos = m.end()
                continue
            m = _MARKER.match(text, pos, end)
            if m:
                digits = "".join(c for c in m.group() if c.isdigit())
                if digits:
                    number = int(digits)
                pos = m.end()
                continue
            return pos, number

    # -- one block (text between hard line boundaries) -------------------------------------
    def block(self, start: int, end: int) -> None:
        """Split ``text[start:end]`` into sentences."""
        text = self.text
        cur, last_marker = self._skip_prefix(start, end)
        for m in _CANDIDATE.finditer(text, cur, end):
            if m.start() < cur:
                continue
            num = m.group("num")
            if num is not None:
                number = int(num.strip("(.)"))
                if last_marker is not None and number == last_marker + 1:
                    self._emit(cur, m.start(), self.section)
                    cur, _ = self._skip_prefix(m.end(), end)
                    last_marker = number
                    continue
                if not num.endswith("."):
                    continue
                p, term = m.end() - 1, "."
            else:
                p, term = m.start(), m.group("term")
            q = m.end()
            while q < end and text[q].isspace():
                q += 1
            if q < end and not self._ends_sentence(p, term, text[q]):
                continue
            section = self.section
            self._emit(cur, m.end(), section)
            cur, number = self._skip_prefix(m.end(), end)
            if number is not None:
                last_marker = number
        self._emit(cur, end, self.section)

    def _ends_sentence(self, p: int, term: str, following: str) -> bool:
        """Whether the punctuation ``term`` at ``p`` ends a sentence, given the next char."""
        if not (following.isupper() or following.isdigit() or following in "([\"'“‘*•-"):
            return False
        if term[0] != "." or len(term.rstrip("\"'”’)]")) > 1:
            return True
        text = self.text
        i = p
        floor = max(0, p - 12)
        while i > floor and not text[i - 1].isspace() and text[i - 1] not in "([\"'":
            i -= 1
        token = text[i:p].lower()
        if token in _NEVER_END:
            return False
        if token in _DOSING:
            return not following.isdigit()
        return True

    # -- the whole note --------------------------------------------------------------------
    def run(self) -> list[SentenceSpan]:
        """Walk the lines, cut blocks at hard boundaries and headers, split each block."""
        text = self.text
        n = len(text)
        block_start: int | None = None
        block_end = 0
        prev_line = ""
        pos = 0
        while pos <= n:
            nl = text.find("\n", pos)
            line_end = n if nl == -1 else nl
            line = text[pos:line_end]
            stripped = line.strip()
            if not stripped:
                if block_start is not None:
                    self.block(block_start, block_end)
                    block_start = None
            else:
                header = _line_header(line)
                if header is not None:
                    if block_start is not None:
                        self.block(block_start, block_end)
                    self.section, offset = header
                    block_start = pos + offset if offset < len(line) else None
                    block_end = line_end
                    prev_line = stripped
                else:
                    is_item = _MARKER.match(line.lstrip()) is not None
                    if block_start is not None and (is_item or not _continues(prev_line,
                                                                             stripped)):
                        self.block(block_start, block_end)
                        block_start = None
                    if block_start is None:
                        block_start = pos
                    block_end = line_end
                    prev_line = stripped
            if nl == -1:
                break
            pos = nl + 1
        if block_start is not None:
            self.block(block_start, block_end)
        return self.spans


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split a clinical note into sentences, in order, non-overlapping, each with its section.

    ``text[span.start:span.end]`` is the sentence with surrounding white space trimmed; headers
    and list markers are not part of any span. Runs in time linear in ``len(text)``.
    """
    if not text or text.isspace():
        return []
    return _Splitter(text).run()
