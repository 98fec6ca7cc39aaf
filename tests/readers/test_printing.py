"""Print effects repaired: letter-spaced headings, drop capitals, mojibake, lone bullets, compounds broken at line ends."""
from corpus.normalise import normalise
from corpus.printing import (
    drop_drawn_rules,
    fix_mojibake,
    join_drop_caps,
    join_lone_bullets,
    rejoin_hyphens,
    unspace_letters,
)


def test_letter_spaced_headings():
    assert unspace_letters("A G E N D A") == "AGENDA"
    assert unspace_letters("C I T Y O F L A K E W O O D PLANNING") == "CITY OF LAKEWOOD PLANNING"
    assert unspace_letters("M I N U T E S") == "MINUTES"
    assert unspace_letters("Mr A B Smith and J K Rowling") == "Mr A B Smith and J K Rowling"


def test_drop_capitals_joined_where_the_rest_is_no_word():
    vocab = {"apologies", "for", "absence", "review", "declare", "a", "the", "think"}
    text = "286. A pologies for Absence\n287. D eclarations of Interest\nA review of X\nI think so\n(4) S ection 25"
    assert join_drop_caps(text, vocab).split("\n") == [
        "286. Apologies for Absence", "287. Declarations of Interest", "A review of X", "I think so", "(4) Section 25"]


def test_mojibake_and_broken_compounds():
    assert fix_mojibake("the City Clerkâ€™s office charges Â£5") == "the City Clerk’s office charges £5"
    assert fix_mojibake("plain text £5") == "plain text £5"
    assert rejoin_hyphens("Mr Paul Barrington- King and the 2024- 25 budget, pre- and post-war") == \
        "Mr Paul Barrington-King and the 2024-25 budget, pre- and post-war"


def test_normalise_applies_them():
    text = normalise("A G E N D A\n\n1. A pologies for absence\n\nThe apologies were noted; Clerkâ€™s report.\n")
    assert text.strip().split("\n\n")[:3] == ["AGENDA", "1. Apologies for absence", "The apologies were noted; Clerk’s report."]


def test_mojibake_in_the_styles_of_two_councils():
    # a US city agenda (curly quotes, accents) and an English parish's minutes (pound sign, en dash)
    assert fix_mojibake("the City Clerkâ€™s office; â€œConsent Calendarâ€\x9d; cafÃ© permit") == \
        "the City Clerk’s office; “Consent Calendar”; café permit"
    assert fix_mojibake("Payments of Â£1,250 approved â€“ see the Clerkâ€™s report") == \
        "Payments of £1,250 approved – see the Clerk’s report"
    assert fix_mojibake("â€œQuotedâ€ words") == "“Quoted” words"  # '”' whose last byte the extractor dropped
    assert fix_mojibake("Ã\xa0 la carte, ï¬\x81nance") == "à la carte, ﬁnance"


def test_mojibake_left_where_the_bytes_are_no_utf8():
    for text in ("naïve façade, £5 and 50 %", "é alone", "Ã alone", "© 2022 » next"):
        assert fix_mojibake(text) == text
    assert fix_mojibake("Ã©» after") == "é» after"  # the run decodes as far as one whole character


def test_lone_bullets_join_their_points():
    # a PDF agenda's bullets, and a Word export's Symbol-font bullets with a blank line under them
    assert join_lone_bullets("Members:\n•\nWilliam Hofman – Chair\n•\nTed Miyahara\n") == \
        "Members:\n• William Hofman – Chair\n• Ted Miyahara\n"
    assert join_lone_bullets("\uf0b7\n\nTo receive apologies\n\uf0b7\nTo approve the minutes") == \
        "• To receive apologies\n• To approve the minutes"
    assert join_lone_bullets("•\n•\nx") == "•\n• x"
    assert join_lone_bullets("a point •\nnext line") == "a point •\nnext line"


def test_a_rule_drawn_with_underscores_is_taken_off_its_heading():
    rule = "_" * 60
    assert drop_drawn_rules(f"202 C Street\n{rule} PLANNING COMMISSIONERS\n") == "202 C Street\nPLANNING COMMISSIONERS\n"
    assert drop_drawn_rules(f"{rule}\tMINUTES OF THE PARISH COUNCIL") == "MINUTES OF THE PARISH COUNCIL"
    signed = "Chairman _________________________________ Dated ______________________________"
    assert drop_drawn_rules(signed) == signed
    assert drop_drawn_rules("_" * 25 + " Dated ____") == "_" * 25 + " Dated ____"
    assert drop_drawn_rules(rule + "\n") == rule + "\n"
