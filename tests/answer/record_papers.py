"""Small papers in several councils' styles for the record-answer tests: a parish council's minutes and an
officer report (UK), a city council's minutes (US), a county council's questions and answers and its budget
minutes, an amendment voted on below it (UK), a city council's agenda with its certification (US).
Invented names and figures."""

PARISH_MINUTES = """LITTLE WICKHAM PARISH COUNCIL

Minutes of the Meeting of the Parish Council held on Tuesday 5th March 2024 at 7.30pm in the Village Hall, Little Wickham

Present: Cllr J Marsh (Chairman), Cllr P Okafor, Cllr S Lee, Cllr T Brown

In attendance: Mrs K Hall (Clerk)

1. Apologies for absence
Apologies were received from Cllr R Dunn (Cllr A Patel substituting).

2. Declarations of interest
There were no declarations of interest.

3. Bus shelter, Church Lane
Cllr Okafor proposed, and Cllr Lee seconded, that the Council buy a new bus shelter for Church Lane at a cost of £2,450. Motion carried (3 to 1), Cllr T Brown voting against. RESOLVED to buy the bus shelter from Shelter Supplies Ltd.

4. Playing field
Members discussed the state of the playing field fence. It was agreed that the Clerk would obtain three quotes for a new fence.

5. Date of next meeting
The next meeting will be held on Tuesday 2nd April at 7.30pm in the Village Hall.

There being no further business, the meeting closed at 9.05pm.
"""

CITY_MINUTES = """CITY OF MAPLE GROVE
CITY COUNCIL REGULAR MEETING MINUTES
November 9, 2022

1. CALL TO ORDER
Mayor Ruiz called the meeting to order at 7:00 p.m. in the Council Chambers, 100 Main Street.

2. ROLL CALL
Present: Mayor Ruiz, Councilmember Chen, Councilmember Park, Councilmember Dale
Absent: Councilmember Osei

3. CONSENT CALENDAR
3.1 Street lighting contract
Motion by Councilmember Chen, second by Councilmember Park, to approve the street lighting contract with Brightway Inc. for $85,000. Motion carried 4-0.
3.2 Parking ordinance
Motion by Councilmember Park, second by Councilmember Dale, to adopt Ordinance No. 22-07 on residential parking permits.
AYES: Councilmembers Chen, Park and Mayor Ruiz NOES: Councilmember Dale. Motion carried 3-1.

4. ADJOURNMENT
The meeting adjourned at 8:15 p.m. The next regular meeting of the City Council will be held on November 23, 2022 at 7:00 p.m.
"""

PARISH_REPORT = """Little Wickham Parish Council

Item No 6

Report title:\tVillage Hall Roof Repairs
Date of meeting:\t5 March 2024
Responsible Officer:\tKate Hall, Clerk and Responsible Financial Officer

Executive summary

The village hall roof leaks over the stage and needs repair before the summer.

Recommendations:

Members are invited to:

a) Agree to repair the village hall roof at a cost of up to £6,000.
b) Note that the work will be paid from the general reserve.
"""

COUNTY_QUESTIONS = """Hartmoor County Council

County Council meeting, Thursday 13 March 2025

Questions from members of the public

Question 1 by Amy Rowe to Cllr Dan Price, Cabinet Member for Highways

Potholes on the B2068 near Lyminge have been reported many times. When will they be repaired?

Answer

Thank you for the question. The B2068 was inspected on 10 March 2025 and repairs are scheduled for April.

Question 2 by Tom Birch to Cllr Lena Cho, Cabinet Member for Education

How many children in the county are educated at home, and how does the council support them?

Answer

The council knows of 4,800 children educated at home and offers each family a named adviser.
"""

COUNTY_MINUTES = """HARTMOOR COUNTY COUNCIL

MINUTES of a meeting of the County Council held in the Council Chamber, County Hall, on Thursday, 13 February 2025.

PRESENT: Mr A Ash (Chairman), Mrs B Birch, Mr C Cole, Ms D Dunn, Mr E Eyre

5. Revenue Budget 2025-26

(1) Mr Cole proposed, and Ms Dunn seconded the following amendment:

Proposed Purpose:
"Allocate up to £75k from general reserves to fund a feasibility study into cheaper home to school transport."

(2) Following the debate, the Chairman put to the vote the amendment set out in paragraph 1 above and the voting was as follows:

For (2)
Mr Cole, Ms Dunn
Against (3)
Mr Ash, Mrs Birch, Mr Eyre

Amendment lost.
"""

CITY_AGENDA = """CITY OF MAPLE GROVE
CITY COUNCIL REGULAR MEETING AGENDA
November 23, 2022 at 7:00 p.m.

1. CALL TO ORDER

2. CONSENT CALENDAR
2.1 Approval of the minutes of November 9, 2022

3. PUBLIC COMMENT
Written comments may be emailed to the City Clerk at cityclerk@maplegrove.gov before 4:00 p.m. on the day of the meeting. For questions about this agenda, please call (555) 201-4400.

4. ADJOURNMENT

CERTIFICATION
I, Ana Ruiz, City Clerk of the City of Maple Grove, hereby certify under penalty of perjury that the foregoing agenda was posted on the City Hall bulletin board on November 18, 2022.

Ana Ruiz
City Clerk
"""

CITY_CALENDAR = """<html><head><title>City of Maple Grove - Meeting Calendar</title></head><body>
<h1>City of Maple Grove Meeting Calendar</h1>
<table><tr><th>Name</th><th>Meeting Date</th><th>Meeting Time</th><th>Meeting Location</th></tr>
<tr><td>Planning Commission</td><td>12/15/2022</td><td>6:00 PM</td><td>Room 2 -- City Hall</td></tr>
<tr><td>Planning Commission</td><td>12/17/2022</td><td>4:00 PM</td><td>Room 5 -- City Hall</td></tr>
<tr><td>Parks and Recreation Committee</td><td>12/17/2022</td><td>5:30 PM</td><td>Community Center, 40 Oak Street</td></tr>
<tr><td>City Council</td><td>12/20/2022</td><td>7:00 PM</td><td>Council Chambers, 100 Main Street</td></tr>
</table></body></html>
"""

PAPERS = {"wickham-minutes-2024-03.txt": PARISH_MINUTES, "maple-grove-calendar.html": CITY_CALENDAR, "maple-grove-minutes-2022-11-09.txt": CITY_MINUTES,
          "wickham-roof-report.txt": PARISH_REPORT, "hartmoor-questions-2025-03-13.txt": COUNTY_QUESTIONS,
          "hartmoor-minutes-2025-02-13.txt": COUNTY_MINUTES, "maple-grove-agenda-2022-11-23.txt": CITY_AGENDA}
