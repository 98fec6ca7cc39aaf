"""corpus.html on the pages councils' systems publish: calendars in a data grid (Legistar), agenda
and minutes pages laid out in tables (ModernGov), pages wrapped in one ASP.NET form (CMIS)."""
from helpers_docs import make_html

from corpus.html import html_to_text
from corpus.read import read_file
from indexer.settings import Settings

# A meetings calendar as Legistar-style systems save it: the whole page inside one ASP.NET form,
# a search panel (a text box, a drop-down list drawn as a hidden list, check boxes with labels, a
# submit button, a help link), a menu and tabs of links, a hidden second view, then the grid.
CALENDAR = make_html("""
<form method="post" action="./Calendar.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAg">
<script>var theForm = document.forms['aspnetForm'];</script>
<div id="top"><a href="SignIn.aspx">Sign In</a></div>
<div class="tabs"><ul class="tabStrip"><li><a href="Default.aspx">Council Home</a></li>
  <li><a href="Legislation.aspx">Legislation</a></li><li><a href="Calendar.aspx">Calendar</a></li></ul></div>
<table id="searchPanel">
  <tr><td><span>Search:</span></td><td><input type="text" name="txtSearch"></td>
      <td><div class="combo"><table summary="combobox"><tr><td><input type="text" value="This Month" readonly></td>
          <td><a>select</a></td></tr></table>
          <div style="display:none;"><ul><li>All Years</li><li>2019</li><li>2018</li></ul></div></div></td>
      <td><input type="checkbox" id="c0"><label for="c0">notes</label>
          <input type="checkbox" id="c1"><label for="c1">closed captions</label></td></tr>
  <tr><td colspan="4"><div>Meeting information before 2010 is not available online.</div></td></tr>
</table>
<table><tr><td><input type="submit" value="Search Meetings"><a href="Help.aspx">Help</a></td></tr></table>
<div class="menu"><ul><li><a class="disabled">8 records</a></li><li><a>Group</a>
  <div><ul><li><a>Group by Name</a></li><li><a>Group by Meeting Date</a></li></ul></div></li>
  <li><a>Export</a><div><ul><li><a>Export to Excel</a></li></ul></div></li></ul></div>
<div class="grid"><table class="masterTable">
  <thead><tr><th><a>Name</a></th><th><a>Meeting Date</a><input type="button" class="sortDesc" value=" "></th>
      <th><img src="ical.gif" alt=""></th><th><a>Meeting Time</a></th><th><a>Meeting Location</a></th>
      <th>Meeting Details</th><th>Agenda</th></tr></thead>
  <tbody>
  <tr><td><a href="Dept.aspx?ID=1">City Council</a></td><td>1/23/2019</td><td><span></span></td>
      <td>10:00 AM</td><td>Council Chambers -- City Hall</td><td><a href="M.aspx?ID=9">Meeting&nbsp;details</a></td>
      <td><span>Not&nbsp;available</span></td></tr>
  <tr><td><a href="Dept.aspx?ID=2">Committee on Finance</a></td><td>1/22/2019</td><td><span></span></td>
      <td>10:00 AM</td><td>Room 201A -- City Hall<br><font color="red">CANCELLED</font></td>
      <td><a href="M.aspx?ID=8">Meeting&nbsp;details</a></td><td><a href="A.pdf">Agenda</a></td></tr>
  </tbody></table></div>
<div class="hiddenView rmpHiddenView"><table><tr><td>Today</td><td>January 2019</td></tr></table></div>
<div id="bottom"><a href="Privacy.aspx">Privacy</a></div>
</form>
<script>Sys.Application.initialize();</script>
""", title="City Clerk - Meetings")

CALENDAR_TEXT = (
    "Meeting information before 2010 is not available online.\n\n"
    "Name\tMeeting Date\t\tMeeting Time\tMeeting Location\tMeeting Details\tAgenda\n"
    "City Council\t1/23/2019\t\t10:00 AM\tCouncil Chambers -- City Hall\tMeeting details\tNot available\n"
    "Committee on Finance\t1/22/2019\t\t10:00 AM\tRoom 201A -- City Hall CANCELLED\tMeeting details\tAgenda"
)

# A ModernGov meeting page: the items laid out in a table, number cell then content cell (title,
# decision link, description, "Decision:" and "Minutes:" with their text, the documents).
MODERNGOV = make_html("""
<div id="modgov">
<div class="mgBreadCrumbs"><ul><li><a href="/">Home</a></li><li><a href="mgListCommittees.aspx">Committees</a></li></ul></div>
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Cabinet - Monday, 3rd March, 2025 7.00 pm</h2>
<div class="mgLinks"><ul class="mgActionList"><li><a href="ieListMeetings.aspx?CId=130">Meeting list</a></li>
  <li><a href="mgMeetingAttendance.aspx?ID=6439">Attendance</a></li></ul></div>
<div class="mgContent">
<p><span class="mgLabel">Venue: </span>Council Chamber, Town Hall</p>
<table class="mgItemTable" summary="Items">
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td>
    <td><p class="mgAiTitleTxt">Apologies for absence</p></td></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">4.</p></td>
    <td><p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="documents/s1/Heating.pdf">District Heating
        <span class="mgFileType">PDF 500 KB</span></a></p>
        <ul class="mgActionList"><li><a href="ieDecisionDetails.aspx?AIId=3001">View the decision for item 4.</a></li></ul>
        <div class="mgWordPara"><p>To consider additional expenditure on the heating network.</p></div>
        <p class="mgSubItemTitleTxt">Decision:</p>
        <div class="mgWordPara"><p>Cabinet approved additional expenditure of &pound;1.2m.</p></div>
        <p class="mgSubItemTitleTxt">Minutes:</p>
        <div class="mgWordPara"><p>The Cabinet Member introduced the report.</p>
          <p>RESOLVED: That the additional expenditure be approved.</p></div>
        <p class="mgSubItemTitleTxt">Supporting documents:</p>
        <ul class="mgBulletList"><li><a href="documents/s1/Heating.pdf">District Heating, item 4. PDF 500 KB</a></li></ul>
    </td></tr>
</table>
<table class="mgStatsTable" summary="Attendance">
<tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Councillor A Smith</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor B Jones</td><td>Member</td><td>Apologies</td></tr>
</table>
<p><a href="#top">Back to top</a></p>
</div></div>
""", title="Agenda for Cabinet on Monday, 3rd March, 2025, 7.00 pm - Modern.Gov")

MODERNGOV_TEXT = (
    "Agenda and minutes\n\nCabinet - Monday, 3rd March, 2025 7.00 pm\n\n"
    "Venue: Council Chamber, Town Hall\n\n"
    "1. Apologies for absence\n\n"
    "4. District Heating PDF 500 KB\n\n"
    "To consider additional expenditure on the heating network.\n\n"
    "Decision:\n\nCabinet approved additional expenditure of £1.2m.\n\n"
    "Minutes:\n\nThe Cabinet Member introduced the report.\n\n"
    "RESOLVED: That the additional expenditure be approved.\n\n"
    "Supporting documents:\n\n"
    "Attendee\tRole\tAttendance\nCouncillor A Smith\tChair\tPresent\nCouncillor B Jones\tMember\tApologies"
)


def test_calendar_grid_under_its_header_without_the_search_panel_or_chrome():
    assert html_to_text(CALENDAR) == CALENDAR_TEXT


def test_moderngov_items_laid_out_in_a_table_read_as_blocks():
    assert html_to_text(MODERNGOV) == MODERNGOV_TEXT


def test_a_page_wrapped_in_one_form_is_read_and_a_search_form_is_not():
    page = make_html("""
    <form id="Form" method="post"><div id="dnn_ContentPane">
      <form action="/search"><label for="q">Search the site</label><input id="q" type="search"><button>Go</button></form>
      <h2>Minutes of the Planning Committee held on 3 March 2021</h2>
      <p>21/14 The Committee RESOLVED that the application be approved.</p>
      <p>Proposed by Cllr Smith, seconded by Cllr Jones.</p>
    </div></form>""")
    assert html_to_text(page) == ("Minutes of the Planning Committee held on 3 March 2021\n\n"
                                  "21/14 The Committee RESOLVED that the application be approved.\n\n"
                                  "Proposed by Cllr Smith, seconded by Cllr Jones.")


def test_hidden_parts_are_dropped():
    page = make_html("""<main><p>Shown.</p><p style="display: none">Dropdown item</p>
      <div class="d-none">Mobile menu</div><div hidden>Template</div><span aria-hidden="true">*</span>
      <div style="visibility:hidden">Tooltip</div><p class="sr-only">Skip to content</p>
      <div role="search"><p>Search</p></div><div role="tablist"><p>Calendar</p></div></main>""")
    assert html_to_text(page) == "Shown."


def test_a_data_table_with_one_long_cell_stays_rows():
    page = make_html("""<table>
      <tr><th>Payee</th><th>Amount</th><th>Notes</th></tr>
      <tr><td>R Smith</td><td>120.00</td><td><p>Grass cutting.</p><p>May and June.</p></td></tr>
      <tr><td>Village Hall</td><td>45.50</td><td>Hire</td></tr>
      <tr><td>HMRC</td><td>310.00</td><td>PAYE</td></tr></table>""")
    assert html_to_text(page) == ("Payee\tAmount\tNotes\nR Smith\t120.00\tGrass cutting. May and June.\n"
                                  "Village Hall\t45.50\tHire\nHMRC\t310.00\tPAYE")


def test_link_furniture_goes_and_links_in_the_text_stay():
    page = make_html("""<main><div><a href="/print">Print this page</a></div>
      <h2><a href="/m/1">Minutes of the meeting of 3 March 2021</a></h2>
      <p>The <a href="/r/5">report of the Clerk</a> was NOTED.</p>
      <p><a href="/docs/minutes-2021-03-03.pdf">Printed minutes of the meeting held on 3rd March 2021 PDF 97 KB</a></p>
      <ul><li><a href="/a">Agendas</a></li><li><a href="/b">Minutes</a></li></ul>
      <ul><li>Cllr A Smith (Chair)</li><li>Cllr B Jones</li></ul></main>""")
    assert html_to_text(page) == (
        "Minutes of the meeting of 3 March 2021\n\nThe report of the Clerk was NOTED.\n\n"
        "Printed minutes of the meeting held on 3rd March 2021 PDF 97 KB\n\n"
        "- Cllr A Smith (Chair)\n\n- Cllr B Jones")


def test_item_labels_lead_only_short_number_cells():
    page = make_html("""<table>
      <tr><td>5.2</td><td><h3>Budget</h3><p>The budget was AGREED.</p></td></tr>
      <tr><td>Item 6</td><td><h3>Any other business</h3><p>None.</p></td></tr>
      <tr><td>Note</td><td><h3>Close</h3><p>The meeting closed at 9pm.</p></td></tr></table>""")
    assert html_to_text(page) == ("5.2 Budget\n\nThe budget was AGREED.\n\nItem 6 Any other business\n\nNone.\n\n"
                                  "Note\n\nClose\n\nThe meeting closed at 9pm.")


def test_the_page_title_is_kept_as_metadata(tmp_path):
    path = tmp_path / "calendar.html"
    path.write_text(CALENDAR, encoding="utf-8")
    source = read_file(path, Settings())
    assert source.metadata == {"title": "City Clerk - Meetings"}
    assert source.text == CALENDAR_TEXT


def test_blocks_named_as_page_chrome_go_unless_they_hold_a_sentence():
    page = make_html("""
    <div id="mgHeader"><a href="/">Home</a> | <a href="c.aspx">Committees</a> | <a href="s.aspx">Search</a></div>
    <div class="site-breadcrumb">Home &gt; Committees &gt; Licensing Committee</div>
    <div class="topNav"><span>Council</span> <span>Democracy</span></div>
    <p>RESOLVED: That the fares be published for consultation.</p>
    <p class="mgFooter">The meeting ended at 11.40 am after a short adjournment.</p>
    <div class="page-footer">Privacy | Accessibility | &copy; Fernley Borough Council</div>
    <div class="rgHeaderDiv"><table><tr><th>Name</th><th>Meeting Date</th></tr></table></div>
    """)
    assert html_to_text(page) == ("RESOLVED: That the fares be published for consultation.\n\n"
                                  "The meeting ended at 11.40 am after a short adjournment.\n\n"
                                  "Name\tMeeting Date")
