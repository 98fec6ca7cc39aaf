"""An agenda's masthead printed a line at a time is one paragraph (indexer/segment/emit.py)."""
from corpus.normalise import normalise
from indexer.segment import segment

US_AGENDA = """AGENDA

BALDWIN GROVE CITY COUNCIL

SPECIAL MEETING

November 2, 2022

05:00pm

COUNCIL CHAMBER

1440 E. Pacific Avenue

1. CALL TO ORDER

2. ROLL CALL
"""

UK_AGENDA = """Ashwell Parish Council

Notice of Meeting

Tuesday 3rd March 2021 at 7.30pm

The Village Hall, Ashwell

1. Apologies for absence

2. Declarations of interest
"""


def test_the_masthead_of_a_us_agenda_is_one_paragraph_of_lines():
    s = segment("0123456789ab", normalise(US_AGENDA), "agenda.txt")
    assert s.paragraphs[0].text == ("AGENDA\nBALDWIN GROVE CITY COUNCIL\nSPECIAL MEETING\nNovember 2, 2022\n05:00pm\n"
                                    "COUNCIL CHAMBER\n1440 E. Pacific Avenue")
    assert s.paragraphs[1].number == "1"


def test_the_masthead_of_a_parish_notice_is_one_paragraph_of_lines():
    s = segment("0123456789ab", normalise(UK_AGENDA), "agenda.txt")
    assert s.paragraphs[0].text == ("Ashwell Parish Council\nNotice of Meeting\nTuesday 3rd March 2021 at 7.30pm\n"
                                    "The Village Hall, Ashwell")
    assert (s.meetings[0].date, s.meetings[0].venue) == ("2021-03-03", "The Village Hall, Ashwell")
