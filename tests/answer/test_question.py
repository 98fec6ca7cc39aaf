import pytest

from indexer.answer.question import classify, periods
from indexer.search.terms import content_terms, stem


@pytest.mark.parametrize("question, kind", [
    ("What was the vote on the library closures at the 3 May 2021 meeting?", "vote"),
    ("How many councillors voted against the budget?", "vote"),
    ("What did the Cabinet agree about the bus lane?", "decision"),
    ("What forecast outturn did the Committee note at Period 6?", "decision"),
    ("What was resolved about parking charges?", "decision"),
    ("What did the report recommend about home care?", "recommendation"),
    ("What were Members asked to do with the annual report?", "recommendation"),
    ("Who chaired the Planning Committee in June?", "person"),
    ("Which officer presented the risk register?", "person"),
    ("When will the new library open?", "date"),
    ("What percentage of bins were collected on time?", "percent"),
    ("How many new care homes opened?", "count"),
    ("How many extra social workers did councillors agree to take on?", "count"),
    ("How much did the Cabinet agree to spend on potholes?", "amount"),
    ("How much was spent on road repairs?", "amount"),
    ("How far over budget was home to school transport?", "amount"),
    ("What is the forecast overspend for children's services?", "amount"),
    ("Is the council expected to overspend this year?", "amount"),
    ("What precept did Ashwell Parish Council set for 2024/25?", "amount"),  # a parish's money words
    ("What was the balance of the Treasurer's Account in September 2019?", "amount"),
    ("What tender amount did the Township award for the road resurfacing?", "amount"),
    ("What fees does the city charge for a block party permit?", "amount"),
    ("Was the bid for lottery funding successful?", "yesno"),
    ("Tell me about flood defences", "fact"),
    # how to reach the council: a US city's notice, an English parish's
    ("Which email address takes comments sent ahead of the Planning Commission meeting?", "email"),
    ("Where can written public comment for the District Council meeting be emailed?", "email"),
    ("What is the Parish Clerk's email address?", "email"),
    ("What number can people call with questions about the agenda?", "phone"),
    ("What is the telephone number of the Clerk to the Council?", "phone"),
    ("What website domain did the parish council resolve to buy?", "web"),
    ("What is the web address for watching the meeting live?", "web"),
    ("Who sent the email about the last bus?", "person"),  # a person, not an address
    ("Which phone box did the community council agree to buy?", "decision"),  # a thing, not a number
    ("How many residents emailed the council about parking?", "count"),
    # a size, a length or a time span: a US planning agenda's, an English parish's
    ("How large is the 3903 Haines Street site?", "measure"),
    ("How long does someone have to appeal a Planning Commission decision?", "measure"),
    ("What is the maximum height of the single storey rear extension at 3 Chapel Lane?", "measure"),
    ("How high does staff want the fence along the park to be?", "measure"),
    ("How big a savings target was built into the budget?", "amount"),  # money words: an amount
    ("How far over budget is home care?", "amount"),
    # the minutes of an earlier meeting are named by its date; a deadline is a date or a time
    ("Which meeting's minutes are up for approval at the County Council on 13 March 2025?", "date"),
    ("The minutes of which meeting were to be confirmed at the Parish Council in March 2019?", "date"),
    ("Which minutes is the City Council asked to approve on December 6, 2022?", "date"),
    ("What is the deadline for sending written comments for the Council meeting?", "date"),
    ("By what time must comments for the Planning Commission be emailed?", "date"),
    ("Which panel's minutes are on the agenda for noting?", "fact"),  # a body, not a date
    # a person named by their post: an English district's officer, a US city's planner, a county's cabinet member
    ("Which Stroud District Council enforcement officer wrote the July 2013 letter?", "person"),
    ("Which Beverly Hills planner is handling the conditional use permit?", "person"),
    ("Which Kent Cabinet Member took decision 24/00093?", "person"),
    ("Which San Diego staff member is the contact for the workshop?", "person"),
    # a place, an online meeting's code, what became of an item
    ("In which room does the Planning Commission meet on November 10, 2022?", "place"),
    ("Where was the Area Partnership meeting being held?", "place"),
    ("Where does Norfolk rank among English councils for care quality?", "fact"),  # a rank, not a place
    ("What is the Zoom meeting ID for the Planning Commission meeting?", "code"),
    ("What is the passcode for the public comment video link?", "code"),
    ("What happened to the Committee on Housing and Buildings meeting set for January 10, 2019?", "outcome"),
    ("What was the outcome of the appeal against the enforcement notice?", "outcome"),
    # a firm
    ("Which firm did the parish council appoint as its internal auditors?", "firm"),
    ("What consulting company would the city hire for its solid waste program?", "firm"),
])
def test_classify_types_questions_by_their_form(question, kind):
    assert classify(question).kind == kind


@pytest.mark.parametrize("question, decides", [
    ("How did Ayton Community Council decide to tackle buses being blocked by parking?", True),
    ("What did the Township agree about the snow plough contract?", True),
    ("Was the planning application approved by the Commission?", True),
    ("What resolution did the Board adopt on the tax levy?", True),
    ("How much is the forecast overspend for adult social care?", False),
    ("Who chaired the meeting on 6 March 2017?", False),
])
def test_a_question_asking_what_was_decided_is_noticed(question, decides):
    assert classify(question).decides is decides


def test_classify_reads_the_meeting_date_month_and_period():
    qt = classify("What did the Committee agree at Period 2 on 10 July 2017 about the 2017-18 budget?")
    assert (qt.date, qt.month, qt.periods) == ("2017-07-10", None, ["p2", "2017-18"])
    qt = classify("How many social workers were recruited in July 2017?")
    assert (qt.date, qt.month) == (None, "2017-07")


def test_latest_is_noticed():
    assert classify("What is the latest forecast variance?").latest is True
    assert classify("What was the variance in 2019?").latest is False


@pytest.mark.parametrize("text, want", [
    ("Period 10 2016-17", ["p10", "2016-17"]),
    ("Quarter 1 2024/25", ["q1", "2024-25"]),
    ("Q3 2019/2020", ["q3", "2019-20"]),
    ("P2", ["p2"]),
    ("2016-19", []),
])
def test_periods_are_normalised(text, want):
    assert periods(text) == want


def test_content_terms_drop_stop_words_and_stem():
    assert content_terms("What savings were agreed for the Councils?") == ["sav", "agre", "council"]


@pytest.mark.parametrize("a, b", [("agreed", "agree"), ("services", "service"), ("savings", "saving"),
                                  ("studies", "study"), ("cared", "care")])
def test_stem_meets_word_forms(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("question, stage", [
    ("How far over budget did hired transport end up in 2016-17?", "final"),
    ("What was the actual outturn for home care?", "final"),
    ("What is the forecast overspend for children's services?", "forecast"),
    ("How much is the service expected to overspend?", "forecast"),
    ("What was the forecast outturn at Period 10?", None),
    ("How much was spent on road repairs?", None),
])
def test_a_money_question_asks_for_the_final_figure_or_a_forecast(question, stage):
    assert classify(question).stage == stage


@pytest.mark.parametrize("question, target", [
    ("Who chaired the Planning Committee on 3 May 2021?", "chair"),
    ("Who presided over the City Council meeting of November 9, 2022?", "chair"),
    ("Who sent apologies to Ashwell Parish Council in March?", "apologies"),
    ("Which councilmembers were absent?", "apologies"),
    ("Who was absent from the regular meeting?", "apologies"),
    ("Who sent regrets to the Maplewood council meeting?", "apologies"),
    ("Who substituted for Cllr Fran Whymark at the Select Committee?", "substitute"),
    ("Who attended in place of Councillor Dunn?", "substitute"),
    ("Which members were substitutes at the Cabinet meeting?", "substitute"),
    ("Who attended the Harbour Board on 2 June?", "present"),
    ("Who seconded the motion on the bus shelter?", "seconder"),
    ("Who moved the motion to approve the street lighting contract?", "proposer"),
    ("What was the vote on the consent calendar?", "votes"),
    ("Who is the responsible chief officer for the Period 2 report?", "officer"),
    ("When is the next meeting of the parish council?", "next"),
    ("When does the City Council meet again?", "next"),
    ("Where was the parish council meeting held?", "where"),
    ("Where was the public meeting on the flower beds held?", None),
    ("What time did the meeting start?", "time"),
    ("What time did the meeting finish?", "end"),  # the store holds when it ended
    ("When was the Cabinet meeting held?", "when"),
    ("What did the Cabinet decide about the bus lane?", "resolved"),
    ("Who answered the question about potholes at the County Council?", "answerer"),
    ("Who responded to Mrs Rowe's question on school transport?", "answerer"),
    ("Which councillor asked the Leader about the budget?", "asker"),
    ("Who asked the question about home education?", "asker"),
    ("Who asked for a recorded vote?", "votes"),  # not who asked a question
    ("What were Committee Members asked to do with the risk register?", "recommended"),
    ("What does the staff report recommend about the parcel map?", "recommended"),
    ("Who recommended the contract?", None),
    ("What did the Committee agree on 6 March 2017 about the recommended actions?", "resolved"),
    ("What are the recommendations of the roof repairs report?", "recommended"),
    ("What did the Committee note at Period 10 about the revenue budget?", "resolved"),
    ("What was approved on the consent calendar?", None),
    ("What time did the meeting of 10 July 2017 finish?", "end"),
    ("What time is the County Council meeting scheduled to end?", "end"),
    ("When did the council close the consultation?", None),
    ("Who signed the summons to the parish council's March meeting?", "issuer"),
    ("Who certified the posting of the City Council agenda?", "issuer"),
    ("When was the agenda for the December meeting issued?", "issued"),
    ("What date is on the summons to the County Council's meeting?", "issued"),
    ("What items are on the agenda for the March meeting?", None),
    ("When was the agenda item on parking discussed?", None),
])
def test_a_question_asking_for_a_stored_record_names_it(question, target):
    assert classify(question).target == target


@pytest.mark.parametrize("question, date, month", [
    ("What was the vote on the minutes of August 28, 2023 at the Select Board?", None, None),
    ("Who seconded approval of the minutes of the meeting held on 2 October 2023 at the meeting of 6 November 2023?",
     "2023-11-06", None),
    ("Who seconded approval of the January 2024 minutes at Ayton Community Council's February 2024 meeting?", None,
     "2024-02"),
    ("What do the minutes of 6 March 2017 say about transport?", "2017-03-06", None),  # the meeting asked about
    ("How often will the bird scarers fire, according to the council's February 2024 minutes?", None, "2024-02"),
])
def test_the_date_of_minutes_approved_is_not_the_meeting_asked_about(question, date, month):
    qt = classify(question)
    assert (qt.date, qt.month) == (date, month)
