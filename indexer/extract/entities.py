"""Named things in paragraphs: people, roles, organisations, money, percentages, periods, dates.

`load_nlp` loads the trained English pipeline with only its entity recogniser and puts a span
ruler of the domain patterns (`indexer.patterns`) in front of it, so council forms ("Mr B
Borrett", "£9.629m", "Period 10 2016-17") win over the statistical model's guesses. `tag` runs
it over paragraphs in batches and gives every mention a canonical `norm`:

    PERSON      the surname key shared by all forms: 'Mr B Borrett', 'Cllr Bill Borrett' -> 'borrett'
    MONEY       the amount as a plain number, in any currency: '£9.629m' -> '9629000', '$85K' -> '85000',
                '(35,643)' in £000 -> '-35643000'
    PERCENT     the number: '77.3%' -> '77.3'
    PERIOD      financial year first: 'Period 10 2016-17' -> '2016-17 P10', 'Q1 2024/25' -> '2024-25 Q1'
    DATE        ISO where parseable ('6 March 2017' -> '2017-03-06'), else the text lower-cased
    ORG, ROLE   lower-case text without a leading 'the'
    MINUTE_REF  'minute 13.8', 'item 10'

Mention offsets are characters inside the paragraph's text. Work is cached per distinct text
(a bounded LRU shared by the process), so replicated paragraphs and documents cost one pass.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict, defaultdict
from decimal import Decimal, InvalidOperation

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from indexer.extract.patterns import NOT_PERSON_WORDS, all_patterns, table_money_patterns
from models import people
from models.dates import parse_date
from models.domain import EntityMention, Paragraph

log = logging.getLogger(__name__)

RULER = "domain_ruler"
TABLE_RULER = "table_money_ruler"
SPACY_LABELS = frozenset({"PERSON", "ORG", "MONEY", "PERCENT", "DATE"})
DOMAIN_LABELS = frozenset({"PERSON", "ROLE", "ORG", "MONEY", "PERCENT", "PERIOD", "MINUTE_REF"})
# Words the statistical model tags PERSON or ORG in papers although they name no one.
GENERIC = frozenset({"council", "committee", "department", "chair", "chairman", "budget", "forecast",
                     "variance", "agenda", "email", "children", "strong", "smaller", "floor",
                     "norfolk", "norwich", "total", "board", "trust", "member", "members"})
EMAIL_OR_WEB_RE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
CACHE_SIZE = 50_000  # distinct paragraph texts remembered per process

# A raw mention of one text: (label, start, end, text, norm).
Raw = tuple[str, int, int, str, str]
_cache: OrderedDict[tuple, list[Raw]] = OrderedDict()
_cache_lock = threading.Lock()


# ---- loading ----------------------------------------------------------------------------------


# Components entity tagging does not need; tok2vec too unless ner listens to it.
NOT_NEEDED = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer",
              "trainable_lemmatizer", "textcat", "textcat_multilabel", "entity_linker"]


def _ner_listens(nlp: Language) -> bool:
    """True when the ner component reads the shared tok2vec instead of owning one."""
    arch = nlp.config["components"].get("ner", {}).get("model", {}).get("tok2vec", {})
    return "Listener" in str(arch.get("@architectures", ""))


def load_nlp(model_name: str) -> Language:
    """The trained pipeline cut down to entity recognition, with the domain span ruler before ner.

    en_core_web_sm's ner owns its tok2vec, so only `ner` is loaded. Raises OSError (spaCy's
    E050) naming the model when it is not installed.
    """
    t0 = time.perf_counter()
    nlp = spacy.load(model_name, exclude=NOT_NEEDED + ["tok2vec"])
    if _ner_listens(nlp):
        nlp = spacy.load(model_name, exclude=NOT_NEEDED)
    settings = {"spans_key": None, "annotate_ents": True, "overwrite": True, "validate": True}
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    nlp.add_pipe("span_ruler", name=RULER, config=settings, **before).add_patterns(all_patterns())
    nlp.add_pipe("span_ruler", name=TABLE_RULER, config=settings, last=True).add_patterns(
        table_money_patterns())
    nlp.disable_pipe(TABLE_RULER)  # run by hand on the tables the caller names (see tag)
    log.info("loaded spaCy %s with %s in %.2fs", model_name, nlp.pipe_names, time.perf_counter() - t0)
    return nlp


# ---- normalisation ----------------------------------------------------------------------------

SCALES = {"m": Decimal(10**6), "mn": Decimal(10**6), "million": Decimal(10**6), "bn": Decimal(10**9),
          "billion": Decimal(10**9), "k": Decimal(1000), "thousand": Decimal(1000)}
NUMBER_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|bn|mn|m|k)?\b", re.I)
FY_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)\b")


def _plain(value: Decimal) -> str:
    """A decimal as a plain string without exponent or trailing zeros: '9629000', '12.5'."""
    text = f"{value.normalize():f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money_norm(text: str, scale: float = 1.0) -> str | None:
    """An amount as a plain number string: '£9.629m' -> '9629000', '$85K' -> '85000', '(1,234)' at
    scale 1000 -> '-1234000'."""
    m = NUMBER_RE.search(text)
    if not m:
        return None
    try:
        value = Decimal(m.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    value *= SCALES.get((m.group(2) or "").lower(), Decimal(1)) * Decimal(str(scale))
    negative = text.strip().startswith(("(", "-", "–", "—")) and value
    return _plain(-value if negative else value)


def percent_norm(text: str) -> str | None:
    """'77.3%' -> '77.3', '5 per cent' -> '5'."""
    m = re.search(r"[-+]?\d+(?:\.\d+)?", text)
    return _plain(Decimal(m.group(0))) if m else None


def financial_year(text: str) -> str | None:
    """'2016-17', '2024/25', '2016/2017' -> '2016-17'; None when the years are not consecutive."""
    m = FY_RE.search(text)
    if not m:
        return None
    start, end = int(m.group(1)), m.group(2)
    end_year = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
    return f"{start}-{str(end_year)[2:]}" if end_year == start + 1 else None


def period_norm(text: str) -> str | None:
    """'Period 10 2016-17' -> '2016-17 P10', 'Quarter 1 2024/25' -> '2024-25 Q1', 'P10' -> 'P10'."""
    fy = financial_year(text)
    m = re.search(r"\b(?:period\s+(\d{1,2})|P(\d{1,2}))\b", text, re.I) or None
    q = re.search(r"\b(?:quarter\s+([1-4])|Q([1-4]))\b", text, re.I)
    code = f"P{int(m.group(1) or m.group(2))}" if m else (f"Q{q.group(1) or q.group(2)}" if q else "")
    if FY_RE.search(text) and not fy:
        return None  # a span of years, not a financial year
    return " ".join(p for p in (fy, code) if p) or None


def name_norm(text: str) -> str:
    """Lower-case words without a leading article: 'The Adult Social Care Committee' -> 'adult social care committee'."""
    text = re.sub(r"\s+", " ", text.replace("’", "'")).strip(" .,;:").lower()
    return re.sub(r"^the ", "", text)


def role_norm(text: str) -> str:
    """'Executive Director for Adult Social Services' -> 'executive director of adult social services'."""
    return re.sub(r"^((?:\w+ )?(?:director|head)) for ", r"\1 of ", name_norm(text))


def minute_norm(text: str) -> str:
    """'Minute 13.8' -> 'minute 13.8', 'items 10' -> 'item 10'."""
    word, _, number = re.sub(r"\s+", " ", text.strip()).partition(" ")
    word = {"minutes": "minute", "items": "item", "paragraphs": "paragraph", "para": "paragraph"}.get(
        word.lower(), word.lower())
    return f"{word} {number.rstrip('.')}"


def person_key(name: str) -> str:
    """The key one person goes by across forms ('Mr B Borrett', 'Cllr Bill Borrett' -> 'borrett').

    The same function as `models.people.person_key`, so stored norms and query-side `person=`
    filters always agree.
    """
    return people.person_key(name)


def norm(label: str, text: str, scale: float = 1.0) -> str | None:
    """The canonical form of a mention, or None when the mention should be dropped."""
    if label == "PERSON":
        return person_key(text) or None
    if label == "MONEY":
        return money_norm(text, scale)
    if label == "PERCENT":
        return percent_norm(text)
    if label == "PERIOD":
        return period_norm(text)
    if label == "DATE":
        return parse_date(text) or name_norm(text)
    if label == "MINUTE_REF":
        return minute_norm(text)
    if label == "ROLE":
        return role_norm(text)
    return name_norm(text) or None


# ---- tagging ----------------------------------------------------------------------------------


def _raw_mentions(doc: Doc) -> list[Raw]:
    """Mentions of one processed text: domain labels and the kept spaCy labels, normalised."""
    out = []
    table = "\t" in doc.text  # row labels in Title Case are not names: trust only the domain rules there
    for ent in doc.ents:
        if ent.label_ not in DOMAIN_LABELS and ent.label_ not in SPACY_LABELS:
            continue
        text = ent.text.strip().rstrip(".,;:")
        if not text or "\n" in text or "\t" in text:
            continue  # an entity across lines or table cells is a layout accident
        if ent.label_ in SPACY_LABELS and not _plausible(ent.label_, ent.ent_id_, text):
            continue
        if table and not ent.ent_id_ and ent.label_ in ("PERSON", "ORG"):
            continue
        value = norm(ent.label_, text)
        if value:
            out.append((ent.label_, ent.start_char, ent.start_char + len(text), text, value))
    return out


def _plausible(label: str, rule_id: str, text: str) -> bool:
    """False for the statistical model's usual misses: bare table numbers, generic words."""
    if rule_id:  # matched by a domain pattern
        return True
    if label == "MONEY":
        return bool(re.search(r"[£$€]|\b(?:pounds?|dollars?|euros?|GBP|USD|EUR)\b", text, re.I))
    if label == "PERSON":  # the model alone: a full name of capitalised words ('Harold Bodmer')
        return _plausible_name(text)
    if label == "ORG":
        return name_norm(text) not in GENERIC
    return True


def _plausible_name(text: str) -> bool:
    """A forename (or initial) and a surname, each capitalised, none an acronym or a word that names
    a place, service or part of a paper ('Appendix A', 'Older People', 'RAF Syerston')."""
    words = text.replace("’", "'").split()
    if len(words) < 2 or len(words[-1]) < 2 or words[-1].endswith("'") or name_norm(text) in GENERIC:
        return False
    for w in words:
        bare = w.strip(".,'")
        if not bare[:1].isupper() or (len(bare) > 1 and bare.isupper()) or bare.lower() in NOT_PERSON_WORDS:
            return False
    return True


def _table_mentions(nlp: Language, text: str, scale: float, taken: list[Raw]) -> list[Raw]:
    """Money cells of a table at `scale` (1000 for £000), skipping spans already tagged."""
    doc = nlp.get_pipe(TABLE_RULER)(nlp.make_doc(text))
    spans = [(s, e) for _, s, e, _, _ in taken]
    out = []
    for ent in doc.ents:
        s, e = ent.start_char, ent.end_char
        if any(s < te and ts < e for ts, te in spans):
            continue
        value = money_norm(ent.text, scale)
        if value is not None:
            out.append(("MONEY", s, e, ent.text, value))
    return out


def _cached(key: tuple) -> list[Raw] | None:
    with _cache_lock:
        raw = _cache.get(key)
        if raw is not None:
            _cache.move_to_end(key)
        return raw


def _remember(key: tuple, raw: list[Raw]) -> None:
    with _cache_lock:
        _cache[key] = raw
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def _analyse(nlp: Language, texts: list[str], batch_size: int) -> dict[str, list[Raw]]:
    """Raw mentions per distinct text, from the cache or one batched nlp.pipe pass."""
    found: dict[str, list[Raw]] = {}
    todo = []
    for text in dict.fromkeys(texts):
        raw = _cached((id(nlp), text))
        if raw is None:
            todo.append(text)
        else:
            found[text] = raw
    clipped = [t[: nlp.max_length - 1] for t in todo]
    for text, doc in zip(todo, nlp.pipe(clipped, batch_size=batch_size), strict=True):
        found[text] = _raw_mentions(doc)
        _remember((id(nlp), text), found[text])
    return found


def tag(nlp: Language, paragraphs: list[Paragraph], batch_size: int = 64,
        money_scale: dict[str, float] | None = None,
        split_shared_surnames: bool = False) -> list[EntityMention]:
    """Entity mentions of the paragraphs, in paragraph order then position.

    `money_scale` maps paragraph ids of money tables to their scale (1000.0 for '£000'): only
    there are bare cells like '(35,643)' tagged MONEY. `split_shared_surnames` gives two people
    of one surname in one document the keys 'borrett.b' and 'borrett.j' (off by default: query
    filters use the bare surname, and papers misprint initials, 'Ms M Whitaker' for 'Ms S').
    """
    t0 = time.perf_counter()
    found = _analyse(nlp, [p.text for p in paragraphs], batch_size)
    mentions = []
    for p in paragraphs:
        raw = found[p.text]
        scale = (money_scale or {}).get(p.id)
        if scale:
            key = (id(nlp), "table", scale, p.text)
            extra = _cached(key)
            if extra is None:
                extra = _table_mentions(nlp, p.text, scale, raw)
                _remember(key, extra)
            raw = sorted(raw + extra, key=lambda r: r[1])
        mentions += [EntityMention(p.id, label, text, s, e, value) for label, s, e, text, value in raw]
    mentions = drop_common_word_names(mentions, paragraphs)
    if split_shared_surnames:
        _split_surnames(mentions, {p.id: p.document_id for p in paragraphs})
    log.info("tagged %d paragraphs (%d distinct), %d mentions in %.2fs", len(paragraphs),
             len(found), len(mentions), time.perf_counter() - t0)
    return mentions


def drop_common_word_names(mentions: list[EntityMention], paragraphs: list[Paragraph]) -> list[EntityMention]:
    """People named without a title whose 'surname' the same paper writes in lower case as an
    ordinary word ('Requires Improvement', 'Key Findings', 'Easy Read'): not people."""
    text = EMAIL_OR_WEB_RE.sub(" ", "\n".join(p.text for p in paragraphs))  # 'chris.walton@...' is a name
    lower = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", text))
    return [m for m in mentions if not (m.label == "PERSON" and m.norm in lower
                                        and not people.TITLE_RE.match(m.text))]


def _initial(text: str) -> str | None:
    """First initial of a name with a forename or initial: 'Mr B Borrett' -> 'b'; 'Borrett' -> None."""
    words = people.TITLE_RE.sub("", people.clean_name(text)).split()
    return words[0][0].lower() if len(words) > 1 else None


def _split_surnames(mentions: list[EntityMention], doc_of: dict[str, str]) -> None:
    """Where one document names two initials under one surname, key those mentions 'surname.i'."""
    initials: dict[tuple[str, str], set[str]] = defaultdict(set)
    persons = [m for m in mentions if m.label == "PERSON"]
    for m in persons:
        if i := _initial(m.text):
            initials[(doc_of.get(m.paragraph_id, ""), m.norm)].add(i)
    for m in persons:
        i = _initial(m.text)
        if i and len(initials[(doc_of.get(m.paragraph_id, ""), m.norm)]) > 1:
            m.norm = f"{m.norm}.{i}"


def clear_cache() -> None:
    """Forget the per-text results (tests, or after changing patterns in a running process)."""
    with _cache_lock:
        _cache.clear()
