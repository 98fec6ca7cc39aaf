"""Attendance lists as parish, community and county councils print them."""
from indexer.segment.attendance import attendance
from indexer.segment.blocks import read_lines


def people(text: str) -> list[tuple[str, str, str]]:
    return [(a.name, a.role, a.note) for a in attendance(read_lines(text))]


def test_a_plural_list_with_lost_commas_and_an_also_present_line():
    assert people("HELD ON 11th May 2021 AT 19.00 AT\nTHE VILLAGE SCHOOL, ELM GREEN\n"
                  "PRESENT: Cllrs Ann Pike (Chairman) Bob Reed, Carol Stone Dan Vale and Eve Wood.\n"
                  "In attendance: Cllr F Gale (District), the clerk.") == [
        ("Cllr Ann Pike", "present", "(Chairman)"), ("Cllr Bob Reed", "present", ""),
        ("Cllr Carol Stone", "present", ""), ("Cllr Dan Vale", "present", ""), ("Cllr Eve Wood", "present", ""),
        ("Cllr F Gale", "present", "also present")]


def test_a_wrapped_list_with_the_clerk_and_an_acronym():
    assert people("Present\nCouncillors A Hart (Chair) , B Moss, C Lane and\nD Ford,  EDC,  Clerk J Dale") == [
        ("J Dale", "officer", "Clerk"), ("Councillor A Hart", "present", "(Chairman)"),
        ("Councillor B Moss", "present", ""), ("Councillor C Lane", "present", ""), ("Councillor D Ford", "present", "")]


def test_members_then_councillors_then_the_clerk():
    assert people("Present: Miss Ann Pike, Mr Bob Reed and Mrs Eve Wood, Councillors, and Mr Tom Dale, Clerk") == [
        ("Mr Tom Dale", "officer", "Clerk"), ("Miss Ann Pike", "present", ""), ("Mr Bob Reed", "present", ""),
        ("Mrs Eve Wood", "present", "")]


def test_names_with_their_initials_and_a_sentence_after_the_lists():
    assert people("Present: Ann Pike AP Bob Reed BR\nCarol Stone (SBC) CS\nEve Wood EW\n"
                  "In Attendance: Dan Vale, Chair, Elm School Parent Council\n"
                  "The Meeting was Chaired by Ann Pike.\nItems Action") == [
        ("Ann Pike", "present", ""), ("Bob Reed", "present", ""), ("Carol Stone", "present", ""),
        ("Eve Wood", "present", ""), ("Dan Vale", "officer", "Chair, Elm School Parent Council")]


def test_markdown_lists_under_headings():
    assert people("## Present\n\n- Ann Pike — Chair\n- Bob Reed — Treasurer\n- Cllr Carol Stone\n\n"
                  "## Apologies for Absence\n\n- Dan Vale\n") == [
        ("Ann Pike", "present", "(Chairman)"), ("Bob Reed", "present", ""), ("Cllr Carol Stone", "present", ""),
        ("Dan Vale", "apologies", "")]


def test_canadian_regrets_and_staff_present_pairs():
    assert people("Present: Mayor Linda Carter, Deputy Mayor Tom Reid, Councillor Anne Moreau\n"
                  "Regrets: Councillor Doug Fraser\n"
                  "Staff Present: Sarah Quinn, CAO; Mark Howe, Treasurer; Julie Dion, Clerk") == [
        ("Mayor Linda Carter", "present", ""), ("Deputy Mayor Tom Reid", "present", ""),
        ("Councillor Anne Moreau", "present", ""), ("Councillor Doug Fraser", "apologies", ""),
        ("Sarah Quinn", "officer", "CAO"), ("Mark Howe", "officer", "Treasurer"), ("Julie Dion", "officer", "Clerk")]


def test_staff_pairs_with_dashes_as_us_cities_print_them():
    assert people("Present: Mayor Ruiz, Councilmember Chen\nStaff: Jane Doe – City Manager; Bob Roe – City Attorney") == [
        ("Mayor Ruiz", "present", ""), ("Councilmember Chen", "present", ""),
        ("Jane Doe", "officer", "City Manager"), ("Bob Roe", "officer", "City Attorney")]


def test_initials_with_full_stops_keep_the_last_name_and_the_mayor_presides():
    assert people("PRESENT: Councillor G. Hughes (Mayor), Councillors E. Jones, M. Price, D. Williams and S. Thomas.\n"
                  "APOLOGIES: Councillors R. Lloyd and H. Morgan.") == [
        ("Councillor G. Hughes", "present", "(Chairman)"), ("Councillor E. Jones", "present", ""),
        ("Councillor M. Price", "present", ""), ("Councillor D. Williams", "present", ""),
        ("Councillor S. Thomas", "present", ""), ("Councillor R. Lloyd", "apologies", ""),
        ("Councillor H. Morgan", "apologies", "")]


def test_a_convener_presides_but_a_deputy_mayor_does_not():
    assert people("Present: Cllr A. Reid (Convener), Cllr B. Shaw (Deputy Mayor)") == [
        ("Cllr A. Reid", "present", "(Chairman)"), ("Cllr B. Shaw", "present", "")]


def test_a_scottish_sederunt_is_who_was_present():
    assert people("Sederunt: Mrs A. Mackay (Chair), Mr D. Fraser, Ms K. Ross\nApologies: Mr S. Campbell") == [
        ("Mrs A. Mackay", "present", "(Chairman)"), ("Mr D. Fraser", "present", ""), ("Ms K. Ross", "present", ""),
        ("Mr S. Campbell", "apologies", "")]


def test_an_irish_list_with_tabs_officials_and_the_cathaoirleach():
    assert people("PRESENT:\tCllr M. Byrne (Cathaoirleach), Cllrs P. Doyle, S. Kelly\n"
                  "APOLOGIES:\tCllr J. Murphy\n"
                  "OFFICIALS:\tMs N. Healy, Chief Executive; Mr D. Ryan, Meetings Administrator") == [
        ("Cllr M. Byrne", "present", "(Chairman)"), ("Cllr P. Doyle", "present", ""), ("Cllr S. Kelly", "present", ""),
        ("Cllr J. Murphy", "apologies", ""), ("Ms N. Healy", "officer", "Chief Executive"),
        ("Mr D. Ryan", "officer", "Meetings Administrator")]


def test_us_plural_titles_and_an_absent_none_before_the_first_heading():
    assert people("ROLL CALL\nPresent: Supervisors Alvarez, Chen, Dubois and Chair Reyes\nAbsent: None\n"
                  "CONSENT CALENDAR") == [
        ("Supervisor Alvarez", "present", ""), ("Supervisor Chen", "present", ""), ("Supervisor Dubois", "present", ""),
        ("Chair Reyes", "present", "")]
    assert people("PRESENT: Council Members Ortiz, Lee and Vance; Mayor Ruiz\nABSENT: Council Member Patel") == [
        ("Council Member Ortiz", "present", ""), ("Council Member Lee", "present", ""),
        ("Council Member Vance", "present", ""), ("Mayor Ruiz", "present", ""),
        ("Council Member Patel", "apologies", "")]


def test_crs_before_a_list_as_new_zealand_and_australian_councils_print_them():
    assert people("Present: Mayor Hemi Walker (Chairperson), Crs Anaru Tipene, Fiona McLeod\n"
                  "Apologies: Cr Ben Holloway") == [
        ("Mayor Hemi Walker", "present", "(Chairman)"), ("Cr Anaru Tipene", "present", ""),
        ("Cr Fiona McLeod", "present", ""), ("Cr Ben Holloway", "apologies", "")]


def test_nil_apologies_close_the_lists():
    assert people("PRESENT: Councillors A Brown (Chairman) and C Green\nAPOLOGIES: Nil\nREGULAR BUSINESS\n"
                  "Mr J Smith") == [("Councillor A Brown", "present", "(Chairman)"), ("Councillor C Green", "present", "")]


def test_officers_listed_one_a_line_with_their_office_after_a_comma():
    # an Australian shire's 'Staff:' and an English town council's 'Officers present:'
    assert people("Staff:\nMr Ian Ford, Chief Executive Officer\nMs Carla Dunne, Executive Manager Corporate Services") == [
        ("Mr Ian Ford", "officer", "Chief Executive Officer"),
        ("Ms Carla Dunne", "officer", "Executive Manager Corporate Services")]
    assert people("Officers present:\nJo Hart, Town Clerk\nSam Lee, Finance Officer") == [
        ("Jo Hart", "officer", "Town Clerk"), ("Sam Lee", "officer", "Finance Officer")]


def test_the_attendance_inside_a_numbered_item():
    from indexer.segment import segment

    shire = ("SHIRE OF KARRAWONG\nMINUTES OF THE ORDINARY COUNCIL MEETING HELD ON 17 APRIL 2024\n\n"
             "1. DECLARATION OF OPENING\nThe Shire President declared the meeting open at 5.02pm.\n\n"
             "2. RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE\nPresent:\nCr Lisa Marwick (Shire President)\n"
             "Cr Tom Beale\nApologies:\nCr Mark Hollis\n\n3. CONFIRMATION OF MINUTES\nThe minutes were confirmed.\n")
    parish = ("ELMBY PARISH COUNCIL\nMinutes of the meeting held on 3 May 2024\n\n1. Attendance and Apologies\n"
              "Present: Cllr A Hart (Chairman), Cllr B Moss\nApologies: Cllr C Lane\n\n2. Planning\nNo applications.\n")
    for text, present, away in [(shire, ["Cr Lisa Marwick", "Cr Tom Beale"], ["Cr Mark Hollis"]),
                                (parish, ["Cllr A Hart", "Cllr B Moss"], ["Cllr C Lane"])]:
        (meeting,) = segment("cafe00cafe10", text, "minutes.txt").meetings
        assert [a.name for a in meeting.attendees if a.role == "present"] == present
        assert [a.name for a in meeting.attendees if a.role == "apologies"] == away
        assert meeting.chair == present[0]
