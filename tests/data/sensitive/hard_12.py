"""Hard set 12: outbound mail of nonprofits and small businesses, written by an independent
author who read only the privacy policy (above all Section 9, the definition of Sensitive Data),
independent_sets.py (the checker and record format) and scanner/categories.py (the names of
the special categories) -- nothing of the detector, its rules, its docs or the other sets
(the only other thing looked at was the ruff line length in pyproject.toml).

Emphasis: (1) long mail -- newsletters, bulletins, board packets, digests of 300-900 words in
which one item deep inside discloses something, or nothing at all (long decoys); (2) mail
merges gone wrong, automated receipts and statements, CRM exports and helpdesk notifications
quoting a customer; (3) children and families (schools, youth sports, camps, foster care);
(4) Spanish-English mixed mail and plain English by non-native writers; (5) decoys that look
dangerous (research briefs, grant reports, explainers, fictional training scenarios, job
postings, identity-group events, legislative alerts, disease appeals, vendor doc samples).

Conventions (baseline from the brief, then this author's own):
- A special category counts only when the text discloses it about an identifiable person:
  named, the addressee, the writer in the first person, or the writer's clearly identified
  relative or colleague. Topics, events, programs, appeals, anonymised or pseudonymised
  stories ("we'll call her Ms. R"), aggregate statistics, public bodies and public figures'
  public positions never count. Special categories label the whole text once, however many
  people in it they concern.
- Templates and merges with unfilled fields, blank forms, placeholders, instructions on what
  to bring or where to type a number, and fictional training scenarios marked as such are
  decoys. An organisation's EIN or charity number, member/fellow/ticket/order/reservation
  numbers, tracking numbers, transaction ids, sort codes, BICs and mailing-list audience ids
  are not labelled. Names, dates of birth, emails, addresses and phones are not
  labelled. Vendor documentation sample keys (AWS's ...EXAMPLE keys) and textbook examples
  are decoys.
- Partial government ids given as such ("SSN on file: XXX-XX-6302") take that id's label on
  the visible digits; a card's last four alone are CREDIT_CARD_LAST_DIGITS. A passport of any
  country is US_PASSPORT; a driving licence of any state or country is US_DRIVER_LICENSE; a
  non-driver state ID card number is US_STATE_ID. A domestic bank account number of any
  country (e.g. a UK account number) is US_BANK_NUMBER; an organisation's own card or account
  counts like a person's. An Amex four-digit CID is a CVV.
- Each credit score of a person is CREDIT_SCORE; score ranges, thresholds and lender cut-offs
  in explainers are not. Each adverse item read from a person's credit report (collection,
  charge-off, N-days-late) is CREDIT_REPORT on that item's span.
- A one-time or verification code sent to (or forwarded for) one person is ACCESS_CODE, also
  when a caseworker relays it; an account password is PASSWORD; a debit card PIN is PIN; only
  the secret part of vendor credentials (API key, auth token) is API_KEY.
- Children's allergies, medications, IEP evaluations, concussions and self-harm are health.
  An animal's medical care is not health. A genetic test result about a disease risk is
  genetic and, as it concerns health, also health; an ancestry DNA result is genetic and,
  when it reveals ethnic make-up, racial_ethnic_origin.
- Convictions, jail or prison terms and probation of an identifiable person are
  criminal_history (a protective order alone would not be; here it comes with a conviction).
  Support for a party or candidate by a private person is political_opinion. An observance
  tied to a faith (Sabbath, Ramadan fast, kosher as a religious requirement) is
  religious_belief; a plain dietary preference (vegetarian) is not. Sexual activity (male
  partners, PrEP eligibility) is sexual_orientation. Union membership shown by a dues
  statement or an election as a union workplace rep is trade_union_membership. Fingerprint
  templates are biometric. Immigration status alone is not labelled (it appears only beside
  another labelled item). Demographic race/ethnicity columns in an export about named people
  are racial_ethnic_origin.
"""

from pathlib import Path

from independent_sets import Case, write

HARD_12: list[Case] = [
    # ---------------------------------------------------------------- 1. long mail
    (
        """Subject: Tuesday Tidbits -- Eastside Community Pantry volunteer bulletin, week of Oct 14

Hi pantry crew!

Another huge week. We distributed 1,142 bags of groceries on Tuesday and Thursday, which is
our second-highest total since we opened the Franklin Ave site. The produce rescue from
Hillcrest Market is now coming in on Monday nights instead of Wednesday, so if you're on the
Monday sort team, expect a heavier load (mostly squash and apples this time of year -- bring
gloves).

PARKING
The church has asked us again to keep the front lot clear on Wednesday evenings for their
choir rehearsal. Please use the gravel lot behind the gym or street parking on Maple.
Carpooling counts toward our green-volunteer challenge, and yes, Bob is still winning.

SHIFT SWAPS AND NEWS
- Tamika is moving to Saturday mornings starting next month; her Thursday intake slot is
  open if anyone wants it.
- Welcome to our three new drivers: Luis, Fern and Abdi! They finished the van orientation
  on Saturday.
- Dolores Ybarra asked me to let everyone know why she's been missing: she had a mastectomy
  on the 3rd and starts radiation next week, so she'll be out through at least December.
  She says she's doing ok and would love cards -- drop them in the blue folder by the
  sign-in sheet and I'll take them over.
- The Thursday stocking team is short one person from 4-6pm. Sign up on the Volunteer Hub.

FOOD SAFETY REFRESHER
Quick reminder since we had two near-misses: anything from the cooler needs to go out within
30 minutes of coming out. If the thermometer on cooler #2 reads above 41F, tell the shift
lead right away. And please, no open drinks on the sorting tables!

HOLIDAY DRIVE
Our Thanksgiving box drive kicks off November 1. We're aiming for 600 boxes this year, up
from 450. Each box has a turkey voucher, stuffing, canned veggies, potatoes, cranberry sauce
and a pie from Sweet Rise Bakery (thank you, Sweet Rise!). We need people to assemble boxes
on Nov 19 and 20 and drivers for home delivery on the 21st. The sign-up link goes out next
week.

DONATION NOTES
We received a grant of $15,000 from the Larkin Family Foundation for our refrigeration
upgrade. Also, Girl Scout Troop 2231 collected 380 pounds of canned goods -- they'll be
visiting on the 26th for a tour, so be ready to smile and explain what we do.

THE NUMBERS
Households served this month: 687
New households registered: 54
Pounds distributed: 41,300
Volunteer hours logged: 1,906

As always, thank you. None of this happens without you.

Warmly,
Jess Okonkwo
Volunteer Coordinator, Eastside Community Pantry
(555) 014-2290
""",
        [("health", "")],
    ),
    (
        """Subject: Board packet -- November meeting (Thurs 11/14, 6:30pm, Grange Hall)

Dear Board members,

Please find the packet for our November meeting below and attached. I know it's long; the
items that need a vote are marked [VOTE].

1. CALL TO ORDER AND APPROVAL OF AGENDA

2. APPROVAL OF OCTOBER MINUTES [VOTE]
Draft minutes are attached. Thanks to Ruth for the careful notes, especially on the easement
discussion.

3. EXECUTIVE DIRECTOR'S REPORT
Stewardship: The volunteer crew finished removing invasive buckthorn from the north parcel
of the Miller Preserve -- about 3.5 acres cleared this season. Monitoring visits to all 22
conservation easements are complete; two landowners have minor issues (an unpermitted shed
and a culvert) that staff will follow up on in writing.
Outreach: The Fall Hike series drew 214 participants over six hikes. The photo contest
closes Dec 1.
Acquisitions: The appraisal for the Hoffman farm came back at $612,000. Negotiations
continue; details in executive session.

4. TREASURER'S REPORT
Year-to-date revenue is $388,410 against a budget of $402,000, with December giving still to
come. Expenses are on track at 71% of budget. The audit engagement letter with Brandt & Co.
is attached for approval [VOTE].
Housekeeping: the bank finally issued the second organizational card, which Ann will hold
for her travel to the Land Trust Alliance Rally in Denver and the conference registration.
So the committee has it for the reconciliation file: 4004 3198 6393 1921, expiring 10/28,
security code 418. It has a $3,000 limit. Ann, please keep receipts in the envelope as usual.

5. COMMITTEE REPORTS
Governance: Two board terms end in January. The committee recommends renewing Carlos for a
second term [VOTE] and is still speaking with candidates for the open seat. Please send
names to me.
Development: The year-end appeal letter goes to print next week. We'd like every board
member to write personal notes on 20 letters -- we'll have them at the meeting.
Lands: See the ED report. The committee also recommends adopting the revised Stewardship
Fund policy (attached) [VOTE].

6. OLD BUSINESS
Trail signage replacement -- bids from two vendors are attached. Staff recommends Cedar Sign
Works at $8,750.

7. NEW BUSINESS
Proposed 2025 meeting calendar (attached).

8. EXECUTIVE SESSION -- land negotiations

9. ADJOURN

Light dinner will be served at 6:00. Please RSVP to me by Tuesday if you have any dietary
needs.

Thank you all,
Marguerite Oyelaran
Board Secretary, Three Rivers Land Trust
""",
        [("CREDIT_CARD", "4004 3198 6393 1921"), ("CVV", "418")],
    ),
    (
        """Subject: The Linden Street Letter -- Spring issue

Hello neighbors,

Spring is finally here and so is our quarterly letter. Grab a coffee.

FROM THE PRESIDENT
It has been a busy winter for the Linden Street Neighborhood Association. We hosted two soup
nights, pushed the city to fix the crosswalk at Linden and 9th (it's finally on the public
works schedule for June!), and welcomed 14 new member households. Dues remain $10 a year,
and nobody is ever turned away for not paying.

GARDEN NEWS
The community garden opens for the season on April 6. Plots are assigned in the order
applications come in; we have 31 plots and 40 applicants, so a few people will be on the
wait list. Compost delivery is scheduled for the last week of March. We are also very
grateful to Marcus Bell, who has basically rebuilt the tool shed by himself this winter.
Marcus came home to Linden Street last spring after serving eleven years at Stateville for
armed robbery, and he told me he wanted to give something back to the block he grew up on.
He'll be running the Saturday morning workdays, so come say hi.

SAFETY
There were several reports of packages being taken from porches on the 1200 block in
February. Our police liaison suggests using the lockers at the library or having packages
held at the post office. The next safety walk is April 13 at 7pm, meeting at the corner of
Linden and 11th.

YARD SALE
The block-wide yard sale is Saturday, May 18, 8am to 2pm. Sign up by May 1 to get your
address on the map. Leftover items can go to the St. Vincent de Paul truck that comes by at
2:30.

KIDS CORNER
The library's summer reading program registration opens May 15. The pool at Dunbar Park
opens Memorial Day weekend, and lifeguard training is free for teens 15 and up who commit to
the summer.

MEETINGS
General meetings are the second Tuesday of each month at 7pm in the library community room.
Agenda items are due to the secretary one week in advance.

Thanks for being part of this.

Gloria Fenwick
President, Linden Street Neighborhood Association
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Friday wrap-up (week 37)

Hey team,

Quick-ish wrap-up before everyone disappears for the weekend.

CLIENT STUFF
- Harbor Dental: the fall postcard proofs went out Wednesday. Dr. Lim wants the teal darker
  (again). Sam is on it.
- Riverside Youth Soccer: website launch pushed to Oct 2 because their registration vendor
  still hasn't given us the embed code.
- Maple & Rye: they loved the menu redesign. Invoice sent, net 30.
- We lost the Kessler Realty pitch. They went with a bigger agency. Their loss.

NEW BUSINESS
Two leads came in from the chamber mixer: a physical therapy practice that wants a full
rebrand, and the food co-op, who need help with their member newsletter template. I'll set
up intro calls next week and pull Sam or Derek in depending on scope. If anyone has a
connection at the co-op, let me know before Tuesday.

OFFICE
The landlord is servicing the HVAC on Tuesday morning so it might get loud between 9 and 11.
The new coffee machine arrives Monday; please don't try to descale the old one, its beyond
saving.

ACCOUNTS & TOOLS
We're consolidating onto one shared Canva Teams account so we stop paying for four seats.
Login is design@brightlinestudio.co and the new password is Tulip-Harbor-2291 -- please
don't change it without telling me, and log out of the old personal accounts by Wednesday.
Adobe renewal is October 15; if you aren't using Illustrator anymore, tell me before then so
we can drop your seat.

PEOPLE
Welcome to Noor, our fall intern from the community college! She'll be here Tuesdays and
Thursdays and will mostly be helping Sam with social graphics. Also a big thank-you to Derek
for staying late on Tuesday to fix the print file for Harbor Dental.

TIME OFF
Sam: out Oct 3-4
Me: out the afternoon of the 27th (kid's school thing)

NEXT WEEK
Monday standup moves to 10am. Wednesday lunch is on the company -- tacos from the truck on
5th.

Have a good weekend, everyone.

Kelsey
Brightline Studio
""",
        [("PASSWORD", "Tulip-Harbor-2291")],
    ),
    (
        """Subject: Staff update -- w/c 3 March

Hi all,

Here's this week's round-up from the senior team.

FUNDING
Good news: the National Lottery Community Fund has confirmed our three-year award for the
Befriending Service (GBP 284,000). This secures four posts until March 2028. Thanks to
Hannah and the bid team for months of work on this. We are still waiting to hear from the
council about the advice line contract; we expect a decision by the end of the month.

SERVICES
Referrals to the befriending service are up 18% on last quarter, mostly from GP surgeries.
We're looking for six more volunteers in the Bridgeton area -- if you know anyone, point
them to the volunteering page. The Thursday lunch club moves to the church hall on Crown
Street from 13 March while the community centre kitchen is refurbished.

HR AND PEOPLE
- Welcome to Olu Adeyemi, who joins us as Finance Officer on Monday.
- Congratulations to Priya Raman, who was elected last week as the Unison workplace rep for
  our branch. She'll be joining the joint consultation meetings from April, so if you have
  issues you'd like raised with management through the union, get in touch with her.
- Annual leave for the Easter period needs to be requested by 14 March.
- Payroll: March salaries will be paid on the 27th.

TRAINING
Safeguarding refresher sessions are on 12 and 19 March. Everybody who works with clients
must do one of them. Book via the HR inbox.

IT
Please do not open the invoice attachment some of you received from
"accounts@ourcharity-billing.com" -- it's a phishing email. If you clicked it, tell IT
straight away; no one will be told off.

BUILDING
The lift is out of service on Wednesday between 10 and 2 for its annual inspection.

Thanks for everything you do.

Best wishes,
Fiona
Chief Executive, Bridgeton Age Together
Registered charity no. 1093417
""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: PTA Treasurer's Monthly Digest -- January

Hello Hawthorne Elementary PTA Board,

Here's the January money roundup. Let me know if you spot anything that looks off before
the general meeting on the 8th.

INCOME
- Winter Book Fair: $4,215.50 gross, $1,640 profit after Scholastic's share
- Spirit wear (second batch): $882
- Corporate match from Northwind Utilities: $500
- Box Tops: $96.40

EXPENSES
- Teacher mini-grants (round 2): $1,800 (12 teachers x $150)
- Fifth-grade camp deposit: $2,500
- Winter family movie night (pizza, rental): $412.75
- Copy paper for the front office: $89

RUNNING BALANCE (checking): $18,904.22
Savings (reserve): $10,000, unchanged

REIMBURSEMENTS
We've switched to direct deposit for reimbursements so I don't have to keep writing checks.
Kevin Pruett sent me his info for the movie night pizza, so I'm noting it here for the
record and for Lisa (our second signer) to approve: routing 071496944, account 9199828493,
amount $412.75. Everyone else with outstanding receipts, please submit them using the
reimbursement form in the shared drive by January 31.

BUDGET NOTES
We're tracking slightly under budget for income because the fall fun run brought in less
than last year (rain!). I'd suggest we hold off on the playground shade sail until we see
how the spring auction goes. I'll bring a revised forecast to the meeting.

SPRING AUCTION
Donations are starting to come in: two Giants tickets, a week at the Hendersons' lake
cabin, and a "principal for a day" package. Baskets are due to the office by March 1. If
your class hasn't picked a theme yet, talk to your room parent this week.

AUDIT
Our annual financial review is scheduled for March. Marisol and Dev have volunteered to be
the review committee. Thanks, both!

TAXES
The 990-N for last fiscal year was filed on time. Our EIN is 36-4418203 if anyone needs it
for vendor paperwork.

Questions, comments, complaints? Reply here or catch me at pickup.

Thanks,
Andrea Kowalczyk
PTA Treasurer
""",
        [("ABA_ROUTING_NUMBER", "071496944"), ("US_BANK_NUMBER", "9199828493")],
    ),
    (
        """Subject: Maplewood Senior Center -- This Week at the Center (June 9-13)

Good morning, friends!

Here's what's happening at the Center this week. Remember, the van schedule has changed for
the summer, so check the board by the front desk.

MONDAY
9:30 Chair yoga with Ellen (Room B)
11:00 Medicare Q&A with a volunteer counselor from the SHIP program -- bring your
questions, not your card numbers!
1:00 Mahjong and Canasta

TUESDAY
10:00 Watercolor class, week 3 (supplies provided)
12:00 Lunch: baked chicken, green beans, rice pilaf, peach cobbler
2:00 Book club: "Lessons in Chemistry." Next month's pick will be announced.

WEDNESDAY
9:00 Blood pressure checks by the community college nursing students
10:30 Tech Time: one-on-one help with phones and tablets. Please sign up in advance.
1:30 Movie Club

THURSDAY
10:00 Line dancing
11:30 Grocery van to Fresh Foods (sign up by Wednesday noon)
2:00 Grief support circle (drop-in, Room C)

FRIDAY
10:00 Coffee & Conversation
12:00 Birthday lunch for everyone born in June!

MOVIE CLUB NOTE
This month the pick goes to Harold Whitcomb. Harold, who as most of you know is a
card-carrying Libertarian and has voted for their candidate in every presidential election
since 1980, chose "Mr. Smith Goes to Washington" and promises a "spirited" discussion
afterwards. Popcorn is on Harold.

VOLUNTEER THANKS
Our AARP tax-aide volunteers helped 212 members file their returns this spring. Many thanks
to Jim, Patrice and Sandra.

FATHER'S DAY
Friday's lunch will also honor the dads and granddads. Bring a photo of your father for our
memory board, and we'll return it to you afterwards.

REMINDERS
- The Center will be closed on Wednesday, June 19, for Juneteenth.
- Please return library books to the cart, not the front desk.
- Our suggestion box is by the coat rack. We read every note.
- The lost and found is overflowing: three umbrellas, a cardigan and a pair of reading
  glasses. Come claim them!

Have a wonderful week!

Dot Castellano
Activities Director, Maplewood Senior Center
""",
        [("political_opinion", "")],
    ),
    (
        """Subject: U10 Strikers -- week 4 update

Hi Strikers families,

What a game on Saturday! We lost 3-2 to the Comets but the kids played their hearts out, and
the second half was the best passing we've done all season. Some notes for the week:

PRACTICE
Tuesday and Thursday 5:30-6:45 at Field 3 (the one by the playground, not the turf).
Thursday we'll work on throw-ins because, well, you saw.

GAME
Saturday 9am vs. the Riverside Rockets at Oakmont Park, Field B. Please arrive at 8:30 for
warm-ups. Wear the blue jerseys.

SNACK SCHEDULE
This week: the Okafor family. Next week: the Reyes family. Then the Brennans.
One important change to snacks: Jaden Whitfield's mom asked me to let everyone know that
Jaden has a severe peanut and tree nut allergy and carries an EpiPen in his bag. From now
on, please no nut products, granola bars made in nut facilities, or trail mix for team
snack. Oranges and Goldfish are always a hit!

CARPOOL
A few families asked about carpooling to the away game on the 19th in Lakeview. I started a
sign-up sheet -- the link is in the team app.

PICTURES
Team and individual pictures are Saturday the 12th at 8:15am, before our game. Order forms
were handed out at practice; you can also order online with the code on the form.

VOLUNTEERS
We still need a second assistant coach for Thursday practices. No experience needed, just
patience and a whistle. The league requires a background check and the online concussion
course for all volunteers, which takes about 30 minutes.

END-OF-SEASON PARTY
Mark your calendars for Sunday, Nov 10 at the Pizza Barn. Siblings welcome.

Thanks for all your support and the loud cheering!

Coach Ray Mendez
(and Coach Tanya)
""",
        [("health", "")],
    ),
    (
        """Subject: Weekly staff digest -- Homeownership Center

Team,

Here's the digest for the week of April 22.

CLASSES
Saturday's Homebuyer Education class had 23 attendees (17 in English, 6 in the Spanish
section with Adriana). The June class is already half full. We're adding a Tuesday evening
virtual session in May for folks who can't do Saturdays.

CASE UPDATES
- Rosa Delgado finished her action plan this week. Her middle score went from 588 in
  January to 641 on Friday's pull, mostly from paying down the two cards. She's now
  pre-qualified for the city down-payment assistance program and starts house hunting with
  an agent from the partner list.
- The Thompson family closed on their home on Maple Court on Monday! Photos are in the
  shared folder.
- Two households moved from pre-purchase to post-purchase counseling.

FUNDER REPORTING
The quarterly HUD 9902 report is due May 10. Please make sure all your client notes for the
quarter so far are in the case management system by May 3, including class attendance.
Missing notes are the number one reason our numbers get delayed.

LENDER PARTNERS
First Community Bank is changing their loan officer for our referrals; Marcus Green is
retiring. The new contact is Dana Whitley. Also, Valley Credit Union's credit-builder loan
is back to a $500 minimum.

OUTREACH
We'll have a table at the Cinco de Mayo festival on Saturday the 4th and at the library's
financial literacy fair on the 18th. Bring flyers for both the homebuyer class and the
foreclosure prevention clinic; we're almost out of the Spanish version, so I've asked the
printer for 500 more.

OFFICE
Our new intern, Kenji, starts Monday and will be shadowing intake for two weeks. Please
make him feel welcome. The copier is (once again) jammed -- Facilities has a ticket in.

TRAINING
NeighborWorks online courses for recertification: please register by the end of the month
if you're due this year.

Thanks all. Keep up the great work.

Lorraine
Program Director
""",
        [("CREDIT_SCORE", "588"), ("CREDIT_SCORE", "641")],
    ),
    (
        """Subject: Riverbend Rowing Club -- October newsletter

Hello rowers,

The leaves are turning and the river is getting cold, which means fall racing season is
upon us! Here's everything you need to know for October.

REGATTAS
The Head of the Riverbend is October 19. We have entered two women's masters eights, one
men's masters four, and a mixed eight. Boat assignments will be posted on Wednesday. Please
check in at the boathouse by 7am on race day; the trailer leaves for the upstream launch at
7:30 sharp. We also have a handful of spots on the bus to the Head of the Schuylkill. Cost
is $45 per person. Email Kathy to reserve a seat.

COACHING
Coach Denise Albrecht will be off the water for most of November. She asked me to share
this with the club herself: after her sister's diagnosis, Denise had genetic testing and
learned that she also carries a BRCA1 mutation. She's taking some time to meet with
specialists and think through her options, and she's grateful for everyone's support.
Coach Mike will run the Tuesday/Thursday morning sessions while she's out.

LEARN TO ROW
Our fall Learn to Row class graduated 12 new members. Please welcome them and be patient
with them in the launch area!

BOATHOUSE
The boat bay lights have been replaced. Thanks to the Saturday work crew for also cleaning
out the erg room. Please wipe down the ergs after use and put the handles back on the
hooks. Dues for the winter indoor season are $120, payable by November 1.

SAFETY
Starting October 15, all rowers must wear a PFD in singles and doubles when the water
temperature is below 50F. No exceptions, including for our most experienced members.

SOCIAL
The end-of-season dinner is Saturday, November 9, at the Anchor Grill. $35 per person,
includes dinner and one drink. RSVP by November 1.

See you on the water,
Tom Vasquez
Club Secretary
""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Canvas & Community -- the Northside Arts Hub newsletter, autumn edition

Dia dhaoibh, a chairde,

Welcome to the autumn edition of our newsletter. It has been a packed few months at the Hub,
so put the kettle on -- this is a long one.

FROM THE DIRECTOR
When we opened the doors on Dorset Street six years ago, we had one room, four easels and
a very leaky roof. This summer we ran 31 classes a week across two buildings, welcomed 140
new participants and, at last, got the roof fixed (thank you, Dublin City Council
Community Grant!). None of it would happen without our volunteers, tutors and the
neighbours who keep turning up with biscuits.

WHAT'S ON THIS AUTUMN
- Tuesday Open Studio, 10.30-1.00: drop in, no booking, materials provided.
- Printmaking for Beginners, Wednesdays from 9 October, six weeks, EUR 40 (concessions free).
- Family Clay Saturdays, 11.00-12.30, for children aged 5-11 with an adult.
- Men's Shed Woodwork, Thursday evenings, in partnership with the Phibsborough Men's Shed.
- Our Culture Night open house is on Friday 20 September, 5-10pm, with live music from the
  Hub ukulele group (be warned).

VOLUNTEER SPOTLIGHT: SIOBHAN BRENNAN
If you've been to a Tuesday session, you've had a cup of tea from Siobhan. She has been
volunteering with us since 2021 and now runs the welcome desk three mornings a week.
Siobhan asked us to share a bit of her story in her own words: "I've lived with bipolar
disorder since my twenties. After a long stay in St Patrick's in 2020, I was nervous about
everything. Coming here every Tuesday, painting and chatting, is a big part of what keeps
me well, and now I get to be the one putting the kettle on for newcomers." Thank you,
Siobhan -- the Hub wouldn't be the same without you.

EXHIBITION
Our participants' exhibition "Home Ground" runs at the Central Library from 4 to 26
November. Thirty-two artists, ages 7 to 84, are showing work made at the Hub this year.
The opening is Thursday 7 November at 6pm -- all welcome, and there will be wine and
mineral water.

FUNDING NEWS
We're delighted to have received EUR 18,500 from the Arts Council's Creative Communities
scheme to run a year of workshops with residents of two local nursing homes. We're also
taking part in the Community Foundation's "Give Local" week in October; every euro donated
that week is matched, so please tell your friends.

TUTOR NEWS
A warm welcome to our two new tutors, Aoife (printmaking) and Kwame (digital
illustration). Kwame will also be starting a Saturday comics club for teenagers in
January; names are already going down, so get in touch soon if you know an interested
young person.

BUILDING WORKS
The back room will be closed from 14 to 18 October while the new sinks and a proper
ventilation system are installed for the clay studio. Classes that week will move to the
parish hall on Church Street. Signs will be up.

HOW TO HELP
- Volunteer: we need two more people for the Saturday family sessions and one for the
  Thursday evening welcome desk.
- Donate materials: we always need newspapers, jam jars, clean rags and old shirts for
  smocks.
- Become a Friend of the Hub for EUR 5 a month.

SAFEGUARDING AND ACCESS
All our tutors and volunteers working with children are Garda vetted. The ground floor is
fully accessible, and there is an accessible toilet. If you need anything to take part,
just ask at the desk.

Go raibh mile maith agaibh,

Niamh Ui Bhriain
Director, Northside Arts Hub CLG
Registered Charity Number 20084115
""",
        [("health", "")],
    ),
    # long decoys
    (
        """Subject: Research Roundup -- what we learned from the 2024 Community Diabetes Study

Dear friends and supporters,

Thanks to you, our two-year Community Diabetes Study is complete, and I'm excited to share
what we found. The full report is on our website; here are the highlights.

WHO TOOK PART
1,208 adults in Lake, Marion and Sumter counties joined the study, recruited at churches,
barbershops, laundromats and our mobile health van. Six in ten were women, and the average
age was 51. About a third did not have a regular doctor.

WHAT WE FOUND
- 31% had an A1C in the diabetes range, and nearly half of those did not know it.
- Another 38% were in the prediabetes range.
- Participants who attended at least four of our cooking classes lowered their A1C by an
  average of 0.6 points over six months, compared with 0.1 points for those who attended
  none.
- The biggest barriers people named were the cost of test strips, transportation to
  appointments and not having time off work.

ONE STORY
One participant -- we'll call her Ms. R., a grandmother in her sixties -- told our
interviewers that the classes were the first time anyone had shown her how to read a food
label. "I thought I had to give up everything I love to eat," she said. "Now I cook the
same food, just different." Stories like hers are why we do this work.

WHAT'S NEXT
Based on these results, we are expanding the cooking classes to two more counties this
fall, adding evening sessions, and partnering with three pharmacies to offer free A1C
screening on the first Saturday of every month. We are also sharing our findings with the
county health department to make the case for a transportation voucher program.

HOW YOU CAN HELP
A gift of $40 covers a full cooking class series for one family, including groceries. A
gift of $150 pays for a day of screening on the mobile van. You can give online or by
mailing a check to the address below.

Thank you for believing in healthier communities.

Dr. Evelyn Marsh
Executive Director, Heartland Health Collaborative
PO Box 3381, Leesburg, FL
""",
        [],
    ),
    (
        """Subject: Action Alert Digest -- week of Feb 10

Friends,

It was a big week at the Capitol. Here's where our priority bills stand and what you can
do before the committee deadline on Friday.

PAID FAMILY LEAVE (HB 1142)
HB 1142 passed the House Labor Committee 7-4 on Tuesday. Rep. Dana Kirkland, the bill's
sponsor, said it would "finally let working parents care for a newborn or a dying parent
without losing their job." The state AFL-CIO and the Chamber of Commerce testified on
opposite sides. It now goes to House Appropriations.

NONDISCRIMINATION (SB 310)
SB 310 would remove sexual orientation and gender identity from the state's housing
nondiscrimination law. Sen. Tom Whitley, who chairs the Judiciary Committee, has said he
supports the bill and has scheduled a hearing for Feb 18. Our coalition opposes it. We need
people to testify -- especially renters and landlords.

DRIVER'S LICENSES FOR ALL (SB 88)
SB 88 would let residents get a driver's license regardless of immigration status. The
Governor said in her State of the State that she would sign it if it reaches her desk. The
bill has 19 cosponsors in the Senate.

VOTING ACCESS (HB 77)
HB 77 would restore voting rights to people on parole. It cleared the House Elections
Committee on a party-line vote. The Secretary of State testified in favor.

WHAT YOU CAN DO
1. Call your state senator about SB 310. Script: "Hi, my name is ____, and I'm a
   constituent from ____. I'm calling to ask the senator to vote NO on SB 310."
2. Sign up to testify on Feb 18 (link below). We'll help you prepare.
3. Share this email with three friends.

LOBBY DAY
Our annual Lobby Day is March 4. We'll meet at 8am at First Unitarian for a training and
breakfast, then walk over to the Capitol together. Carpools from Ashland and Medford are
being organized.

Thank you for showing up,

The Policy Team
Coalition for Fair Communities
This email was paid for by the Coalition for Fair Communities, a 501(c)(4) organization.
""",
        [],
    ),
    (
        """Subject: Build Crew Bulletin -- Habitat Build #14, week 6

Hi build crew,

We're in the home stretch on the Gonzalez house on Ridge Road! Drywall is done and the
painters start Monday. Here's what you need to know for the coming week.

SCHEDULE
Wed 8am-3pm: interior paint, first coat (14 volunteers max)
Thu 8am-3pm: paint second coat + trim
Sat 8am-2pm: landscaping and porch rails (families welcome, ages 14+)

Shift leads this week are Dave K. (Wed), Priscilla (Thu) and Hank (Sat). Text the lead if
you're running late, not me -- I'm on the roof half the day and can't hear my phone.

WHAT TO BRING
Closed-toe shoes, clothes you don't mind getting paint on, water bottle, sunscreen. We
provide gloves, tools and hard hats. Lunch on Saturday is being donated by Rosa's Cantina.

SUPPLIES
The porch rail kit shipped on Friday and should arrive Tuesday (tracking
1Z8A49F20344182271 if anyone is curious). The paint was donated by Sherwin-Williams on
Main -- please stop in and say thanks if you're in there.

HOMEOWNER HOURS
The Gonzalez family has finished 410 of their 500 sweat-equity hours. Maria says she's
going to finish the rest painting the kids' bedrooms, and the kids have picked the colors
(one green, one "galaxy purple").

T-SHIRTS
Build #14 shirts are in! Sizes: S (12), M (20), L (18), XL (9), 2XL (4). Pick yours up at
the tool trailer.

SAFETY REMINDER
Ladders need a spotter, every time. No one works on the roof without the harness and a
second person on site. If you see something unsafe, say something -- you will never get in
trouble for stopping work.

DEDICATION
The home dedication is tentatively set for Saturday, May 17 at 11am. The family has asked
that all volunteers be invited. There will be cake.

THANK YOU
This week's MVPs: the Tuesday crew from First Federal, who hung 40 sheets of drywall in one
day, and Jerome, who fixed the generator with a paper clip.

See you on site,
Kim Abernathy
Construction Volunteer Manager, Habitat for Humanity of the Ridge Valley
""",
        [],
    ),
    (
        """Subject: Roosevelt Roundup -- Friday, Sept 20

Dear Roosevelt families,

What a wonderful first month of school! Here's what's coming up.

PICTURE DAY
Picture day is Thursday, Sept 26. Order forms went home in backpacks; you can also order
online with our school code. Retakes are Oct 24.

NURSE'S CORNER
If your child needs any medication at school -- including inhalers and EpiPens -- a
Medication Authorization Form signed by your child's doctor must be on file in the health
office. Medication must come in the original pharmacy container. Forms are on the district
website or in the office. Our free flu shot clinic is Tuesday, Oct 8, for students with a
signed consent form. If your child has a food allergy, please make sure the health office
has an up-to-date Allergy Action Plan.

COUNSELOR'S CORNER
This month Ms. Reyes is visiting every classroom with lessons on naming and managing big
feelings. Parents, ask your child about the "feelings thermometer"! If you ever have
concerns about your child's wellbeing, Ms. Reyes is available by appointment.

HISPANIC HERITAGE MONTH
Join us Friday, Oct 4 at 2pm in the gym for our Hispanic Heritage Month assembly with
Ballet Folklorico Xochitl and a reading by author Ana Sofia Rios. Families are welcome.

PTA
The first PTA meeting is Tuesday, Sept 24 at 6:30pm in the library. Childcare and pizza
provided. Spanish interpretation available.

LIBRARY
Ms. Chen's library is open before school on Tuesdays and Thursdays from 7:45. Students may
check out two books at a time. Overdue fines are gone for good this year!

DROP-OFF
Please use the loop on Elm Street for drop-off and do not park in the bus lane. Doors open
at 7:45; breakfast is served until 8:05.

ATTENDANCE
If your child will be absent, call the attendance line by 9am or send a note. You don't
need to tell us why, but please let us know they're safe.

Have a great weekend!

Dr. Lauren Pike
Principal, Roosevelt Elementary
""",
        [],
    ),
    (
        """Subject: Year-end report to the Hartwell Foundation -- Reentry Employment Program

Dear Ms. Lin,

On behalf of everyone at Second Start Works, thank you for the Hartwell Foundation's
support this past year. I'm pleased to share our year-end report for the grant period
July 1, 2023 - June 30, 2024. The full report with the budget narrative is attached; this
email summarizes the outcomes.

WHO WE SERVED
We enrolled 146 participants, all of whom were returning home from state prison or county
jail within the previous 18 months. 62% identified as Black or African American, 21% as
Hispanic or Latino, 14% as white and 3% as another race or multiracial. 88% were men. 38%
reported a current or past substance use disorder and 27% reported a mental health
diagnosis at intake, which is why we added a peer recovery coach this year.

OUTCOMES
- 131 participants (90%) completed the four-week job readiness course.
- 91 participants were placed in jobs, against a goal of 80. The average starting wage was
  $17.40/hour, up from $16.10 last year.
- 68% of those placed were still employed at 90 days; 54% at 180 days.
- 22 participants earned a forklift or OSHA-10 certification.
- 12 employers hired a participant for the first time.

A PARTICIPANT'S JOURNEY
One participant, whom we'll call J., came to us three weeks after his release with no ID,
no phone and no work history outside of prison. Our team helped him get a state ID, he
completed the course, and he now works as a line cook at a downtown restaurant, where he
was promoted to prep lead in May. He asked us to tell funders that "somebody believed me
when I said I was done with that life."

CHALLENGES
Transportation remains the biggest barrier: two-thirds of participants did not have a
driver's license at enrollment. We are piloting bus passes and a bike program next year.

BUDGET
We spent $248,300 of the $250,000 award. The small balance, with your permission, will go
toward bus passes in the first quarter of next year.

Thank you again for your partnership. I'd be glad to host you for a site visit this fall.

Sincerely,
Terrence Hale
Executive Director, Second Start Works
""",
        [],
    ),
    (
        """Subject: Board of Trustees packet -- Q3 meeting, Thursday October 17

Dear Trustees,

Below is the summary memo for the Q3 board meeting. The full packet (financials, the grants
docket, the audit committee minutes and the policy drafts) is in the board portal. Items
needing action are marked ACTION.

1. WELCOME AND CONSENT AGENDA (ACTION)
The consent agenda includes the July minutes, the renewal of our D&O insurance with
Philadelphia Indemnity, and the updated signatory list for the operating accounts.

2. PRESIDENT'S REPORT
Assets under management stood at $48.2 million on September 30, up 6.1% year to date. We
have opened 11 new donor-advised funds this year and two new field-of-interest funds, one
for rural broadband and one for youth mental health. Staff completed the community needs
assessment; the headline findings are below.

3. COMMUNITY NEEDS ASSESSMENT -- KEY FINDINGS
We surveyed 2,306 residents across the five-county region and held 14 listening sessions.
- 41% of renter households spend more than a third of their income on housing.
- 23% of respondents said they or someone in their household skipped needed medical care in
  the past year because of cost; rates were highest among uninsured and rural respondents.
- 1 in 5 adults reported frequent mental distress; among LGBTQ+ respondents it was 2 in 5.
- Residents named child care, transportation and affordable housing as the top three
  barriers to work.
- Immigrant residents, especially those with limited English, reported the most difficulty
  finding legal help.
The full report will be released publicly at the Community Breakfast on November 14.

4. GRANTS DOCKET (ACTION)
Staff recommends 19 grants totaling $1,142,500 from the Community Impact Fund, including:
- Northside LGBTQ+ Community Center, $60,000 for peer support groups for youth
- Valley Immigrant Legal Services, $85,000 for DACA renewal and naturalization clinics
- Second Start Works, $75,000 for reentry employment services
- Heartland Health Collaborative, $50,000 for mobile diabetes screening
- Eastside Workers' Center, $40,000 for wage theft outreach
- Interfaith Housing Alliance, $90,000 for a rapid rehousing pilot
The grants committee reviewed all 19 applications and recommends approval of the full slate.
Trustees with a conflict of interest should declare it before the vote.

5. FINANCE AND AUDIT
The audit committee met with Brandt & Co. on September 24. The auditors expect to issue a
clean opinion. The committee recommends increasing the spending policy from 4.5% to 4.75%
for the coming year (ACTION). The investment committee will present its annual review of
the endowment's ESG screens in January.

6. POLICIES (ACTION)
- Updated Whistleblower Policy, reflecting the new state law.
- New Volunteer Screening Policy: any volunteer who works directly with minors will complete
  a background check through our vendor. Staff will never collect Social Security numbers,
  driver's license numbers or check results by email; volunteers enter their information
  directly on the vendor's secure site, and only a pass/fail result is returned to us.
- Updated Gift Acceptance Policy to address gifts of cryptocurrency.

7. PEOPLE
We welcomed two new staff members this quarter: a Donor Services Associate and a
Communications Manager. Our staff DEI survey had a 94% response rate; aggregate results
will be shared at the meeting, and no individual responses are reported.

8. EXECUTIVE SESSION
The board will meet in executive session for the President's annual review.

9. UPCOMING DATES
- October 31: year-end giving letters mailed
- November 14: Community Breakfast, Grand Hotel ballroom, 7:30am
- December 12: Q4 board meeting and holiday reception
- January 23: Board retreat

Please let me know by Tuesday if you will attend in person or by Zoom, and whether you
have any dietary needs for the dinner that follows.

With thanks,
Rebecca Stone
President & CEO, Five Rivers Community Foundation
EIN 23-7718402
""",
        [],
    ),
    # ---------------------------------------------------------------- 2. merges, receipts, tickets
    (
        """Subject: You've been matched with a peer mentor!

Hi Tomas,

Thank you for reaching out to the Hope Connect Peer Mentor Program. We know that a new
diagnosis can feel overwhelming, and we're honored to walk alongside you.

Based on your intake form, we've matched you with a volunteer mentor who, like you, went
through treatment for stage III colon cancer with chemotherapy after surgery. Your mentor's
first name is Gerald, and he will call you within the next 3 business days at the number
you provided.

What to expect:
- Your first call is an informal get-to-know-you conversation (about 30 minutes).
- After that, you and Gerald decide together how often to talk.
- Mentors are trained volunteers, not medical professionals. Please keep your care team
  as your source for medical advice.

If you have questions, reply to this email or call our helpline at 1-800-555-0199.

With care,
The Hope Connect Team

You are receiving this email because you signed up for the Hope Connect Peer Mentor
Program. Unsubscribe | Update preferences
""",
        [("health", "")],
    ),
    (
        """Subject: Your receipt from Harbor Lights Animal Rescue

Hi Janelle,

Thank you for your generous gift! This email is your official receipt.

Donation date: March 14, 2025
Amount: $150.00
Designation: Medical Fund
Payment method: Visa ending in 4417
Transaction ID: HL-20250314-88271
Frequency: Monthly -- next charge April 14, 2025

No goods or services were provided in exchange for this contribution. Harbor Lights Animal
Rescue is a 501(c)(3) nonprofit organization, EIN 47-2281930. Please keep this receipt for
your tax records.

Your gift this month helped pay for Biscuit's hip surgery. Biscuit is a 4-year-old beagle
mix who came to us after being hit by a car; he's recovering in foster care and already
trying to chase the cat.

Manage your recurring gift anytime at harborlightsrescue.org/donor.

Harbor Lights Animal Rescue | PO Box 1182 | Port Ellery, ME
""",
        [("CREDIT_CARD_LAST_DIGITS", "4417")],
    ),
    (
        """Subject: Stipend payment statement -- Community Health Worker Fellowship, Period 6

Dear Keisha Morgan,

This is an automated statement from the Fellowship Payments system.

Fellow: Keisha Morgan
Fellow ID: CHWF-2024-037
SSN on file: XXX-XX-6302
Payment period: 11/01/2024 - 11/15/2024
Gross stipend: $1,150.00
Withholding: $0.00 (reported on Form 1099-NEC)
Net payment: $1,150.00
Deposit date: 11/20/2024

If any of the information above is incorrect, please contact the Fellowship office at
fellowship@northsidehealthequity.org within 10 days. Do not reply to this automated
message.

Northside Health Equity Partnership
""",
        [("US_SSN", "6302")],
    ),
    (
        """Subject: FW: export for background checks

Hi Phil, here's what I pulled from Bloomerang for the three new mentors so you can enter
them on the screening site. I know, I know, I should use the portal, but its down again.

Constituent ID,First,Last,DOB,SSN,Role,Start Date
10482,Tanya,Briggs,1987-03-22,114-35-7109,Youth Mentor,2024-09-01
10497,Marcus,Oyelowo,1992-11-05,387-53-8039,Youth Mentor,2024-09-01
10503,Hannah,Leclerc,1979-07-30,204-97-5295,Tutor,2024-09-15

Let me know once they're submitted and I'll delete this from my sent folder.

Bev
Big Futures Mentoring
""",
        [("US_SSN", "114-35-7109"), ("US_SSN", "387-53-8039"), ("US_SSN", "204-97-5295")],
    ),
    (
        """Subject: [Ticket #48213] Re: Cancel my membership

A new reply has been added to ticket #48213 by the requester.

Requester: Linda Haverford
Status: Open | Priority: Medium | Group: Member Services

-------------------------------------------------
Linda Haverford wrote:

Hi, I need to freeze or cancel my membership for a while. I was just diagnosed with
multiple sclerosis and my neurologist says no hot yoga until we know how my body handles
heat, and honestly I'm exhausted most days right now. Can you pause it instead of charging
me? Thanks, Linda
-------------------------------------------------

View this ticket: https://sunstoneyoga.freshdesk.com/a/tickets/48213
This notification was sent to agents in the Member Services group. Sunstone Yoga Collective
""",
        [("health", "")],
    ),
    (
        """Subject: [Riverside Theatre Box Office] Update to request #20931

##- Please type your reply above this line -##

Your request (#20931) has been updated. To add additional comments, reply to this email.

Alex (Riverside Theatre Box Office)
Oct 2, 2024, 10:14 AM EDT

Hi Mr. Papadakis, thanks for your note! I've passed your renewal to our subscriptions team
and they'll confirm your seats by Friday.

Gerry Papadakis
Oct 2, 2024, 9:47 AM EDT

Hello, I tried to renew our two season seats online but the page keeps timing out. Please
just charge this card: 5263 5208 0572 3127, exp 03/27, the three digit code on the back is
771. Name on card Gerald Papadakis. Same seats as last year, row H 11 and 12. Thanks!

This email is a service from Riverside Theatre Box Office. Delivered by Zendesk
""",
        [("CREDIT_CARD", "5263 5208 0572 3127"), ("CVV", "771")],
    ),
    (
        """Subject: Your Donor Portal verification code

Hi Devon,

Use the code below to finish signing in to the Westbrook Food Alliance Donor Portal:

604918

This code expires in 10 minutes. If you didn't try to sign in, you can ignore this email --
someone may have typed your email address by mistake.

Westbrook Food Alliance - 220 Mill St - Westbrook, OR
""",
        [("ACCESS_CODE", "604918")],
    ),
    (
        """Subject: Your volunteer placement for the Winter Shelter season

Dear Samuel,

Thank you for completing the volunteer intake for the Interfaith Winter Shelter Network!
Here's a summary of your placement. Please check it and let us know if anything is wrong.

Site: Grace Fellowship Hall, 44 Elm St.
Shift: Tuesdays, 6:00-10:00pm (evening meal and setup)
Start date: December 3
Accommodation notes from your intake: Religious observance -- Orthodox Jewish; cannot
volunteer from Friday sundown through Saturday; needs kosher meals if eating on site.
Site lead: Marianne Cole

Please arrive 15 minutes early for your first shift so Marianne can show you around. Guests
begin arriving at 6:30.

Gratefully,
The IWSN Volunteer Team
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Welcome to Pride Mentors, Jordan!

Hi Jordan,

We're so glad you applied! Our team reviewed your application and we'd love to pair you
with a mentor this spring.

Here's what we have from your application:
Career interest: Nursing
Preferred meeting format: Virtual
What you'd like your mentor to know: I'm bisexual and not out to my family yet, so please
don't mail anything to my home address.

Your mentor will reach out within two weeks. In the meantime, join us for the virtual
orientation on March 12 at 6pm.

Pride Mentors is a program of Bay Area Youth Alliance.
""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Update on your Small Business Loan application (#SB-2291)

Dear Ms. Achebe,

Thank you for applying to the Opportunity Fund microloan program. After careful review, we
are unable to approve your application at this time.

As required by the Equal Credit Opportunity Act and the Fair Credit Reporting Act, we are
letting you know that our decision was based in part on information in your consumer
credit report from Experian.

Your credit score: 552 (scores range from 300 to 850), pulled 06/04/2025
Key items from the report:
- Collection account: Midland Credit Management (for Synchrony Bank), balance $1,240
- 90 days past due: Capital One credit card, reported October 2024

You have the right to a free copy of your report from Experian within 60 days, and to
dispute anything in it that is inaccurate or incomplete.

We'd still love to help. Our free credit coaching program has helped many business owners
reapply within a year. Reply to this email to schedule a session.

Sincerely,
Lending Team, Opportunity Fund of the Valley
""",
        [
            ("CREDIT_SCORE", "552"),
            (
                "CREDIT_REPORT",
                "Collection account: Midland Credit Management (for Synchrony Bank), "
                "balance $1,240",
            ),
            ("CREDIT_REPORT", "90 days past due: Capital One credit card, reported October 2024"),
        ],
    ),
    (
        """Subject: Confirmation: your monthly gift by bank draft

Dear Harold,

Thank you for setting up a monthly gift of $25.00 to St. Brendan's Soup Kitchen! Here are
the details we have on file. Please check them carefully.

Account holder: Harold J. Ostrowski
Bank: Farmers & Merchants Bank
Routing number: 220592246
Checking account number: 63862089
Draft date: the 5th of each month, starting February 5

If anything is wrong, call us at (555) 010-3321 before January 30 and we'll fix it before
the first draft.

Every $25 serves 20 hot meals. Thank you for keeping our doors open.

St. Brendan's Soup Kitchen
""",
        [("ABA_ROUTING_NUMBER", "220592246"), ("US_BANK_NUMBER", "63862089")],
    ),
    (
        """Subject: scholarship recipients for the press release

Hi Jenna -- here's the export from Salesforce for the 2025 Rising Scholars. Can you pull
quotes from their essays for the press release? I left in all the columns by accident, just
ignore the demographics ones, we only need them for the funder report.

Name | School | Award | Race/Ethnicity | First-gen
Pa Houa Vang | Central HS | $2,500 | Hmong / Asian American | Y
DeShawn Carter | Roosevelt HS | $2,500 | Black / African American | Y
Itzel Ramirez | Central HS | $1,000 | Hispanic / Mexican American | N

Thanks!
Marco
""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Your 2025 dues statement

Dear Karen Whitaker,

Thank you for being a member in good standing of SEIU Local 2190. This statement summarizes
the union dues deducted from your paychecks in 2025.

Member since: 2016
Worksite: Sunrise Home Care, Fresno
Dues deducted Jan-Dec 2025: $684.20

Keep this statement with your tax records. If you think anything is wrong, contact the
Membership Department at the number on the back of your member card.

In solidarity,
Membership Department, SEIU Local 2190
""",
        [("trade_union_membership", "")],
    ),
    # merge/receipt/ticket decoys
    (
        """Subject: {{campaign.subject}}

Dear {{contact.first_name}},

Thank you for your gift of {{gift.amount}} to the {{fund.name}}! Your {{payment.brand}}
ending in {{payment.last4}} was charged on {{gift.date}}.

No goods or services were provided in exchange for your contribution. Please keep this
email for your records.

{{#if gift.recurring}}Your next gift will be processed on {{gift.next_date}}.{{/if}}

With gratitude,
{{org.signature_name}}
{{org.name}} | {{org.address}}
""",
        [],
    ),
    (
        """Subject: Payment received -- Invoice INV-2024-0917

Hello,

We've received your payment. Thank you!

Invoice: INV-2024-0917
Customer: Lakeside Montessori School
Amount paid: $1,860.00
Payment method: ACH bank transfer (account on file)
Confirmation number: CONF-8842-1173
Date: September 17, 2024

Services: Fall assembly program -- "Rivers of the World" (3 performances)

Questions about this invoice? Reply to this email or call our office.

Kestrel Puppet Theater LLC
EIN 84-1937265
""",
        [],
    ),
    (
        """Subject: [Ticket #7731] Can't log in to the volunteer portal

A new ticket has been created by the requester.

Requester: Ray Dominguez
Status: New | Priority: Low | Group: Volunteer Services

-------------------------------------------------
Ray Dominguez wrote:

hi i forgot my password for the volunteer portal and the reset email never comes. i checked
spam. can someone send me a new link or reset it? i have a shift saturday and need to
sign up. thx
-------------------------------------------------

Agent note (internal): Sent a manual reset link via the admin panel. User confirmed he got
it and set a new password himself.

View this ticket: https://cityharvest-help.zendesk.com/agent/tickets/7731
""",
        [],
    ),
    (
        """Subject: RSVP export -- Spring Gala

Hi Tom, here's the current RSVP list for the gala so you can plan seating and give the
caterer final counts. 64 yes so far; the deadline is Friday.

Name,Email,Guests,Table pref,Meal,Shirt size (volunteers)
Ann Whitley,ann.whitley@example.org,2,Board,Chicken,
Bill Osei,bosei@example.com,1,,Vegetarian,L
Carmen Ortiz,carmen.o@example.net,2,Near stage,Salmon,
Diane Park,dpark@example.com,1,,Vegetarian,M
Eli Novak,eli.novak@example.org,4,Sponsors,Chicken,
Fatou Diallo,fdiallo@example.com,2,,Salmon,S

Thanks,
Jess
""",
        [],
    ),
    # ---------------------------------------------------------------- 3. children and families
    (
        """Hi Marisa,

Quick heads up before Thursday. Eli Brandt's IEP meeting got moved to 3:15 in the
conference room. The new evaluation came back and the psychologist found ADHD, combined
type, plus a specific learning disability in reading (dyslexia), so his accommodations are
going to change -- extended time, audiobooks, and a break card. Can you bring your data
sheets from the reading block?

Also, can you cover my lunch duty Friday? I'll owe you a coffee.

Thanks!
Ms. Hollis
3rd grade, Room 12
""",
        [("health", "")],
    ),
    (
        """Subject: Cabin 4 meds + reminders for week 2

Hi counselors,

Here are the med notes for Cabin 4 this week.

- Ava Lindqvist takes Concerta 18 mg every morning at breakfast. I'll bring it to the
  dining hall at 7:45; make sure she takes it in front of you.
- Nobody else in Cabin 4 has daily meds this session.

General reminders: sunscreen at every transition, water bottles full at the flagpole, and
anyone with a headache or a bee sting comes to the health hut, no matter how small.

Thanks,
Nurse Pam
Camp Whispering Pines Health Center
""",
        [("health", "")],
    ),
    (
        """Hi Ms. Tran,

Thank you for having Kylie and Bryce ready so early on Saturday. A few notes after court on
Monday:

The judge kept the visits with dad (Robert Gaines) supervised for now. He's on probation
through June for the DUI and the judge wants to see him complete his classes before moving
to unsupervised. The next visit is at the agency on the 14th from 10 to 12; I'll pick up the
kids at 9:30.

Mom's visits stay the same (Wednesdays at the library).

The school said Bryce can switch to the bus route that stops at your corner starting next
week.

Let me know if you need anything -- diapers, a clothing voucher, anything.

Ana Lucia Ferreira, MSW
Family Case Manager, Bright Path Family Services
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Re: Canada tour -- passport info due Friday

Hi Mr. Kim,

Sorry for the delay! Here is Sofia's info for the border crossing list:

Full name: Sofia Grace Reyes-Whitman
Passport no. 567204918, expires Aug 2029
Birthdate 04/11/2011

She's also asking if she can room with Lena. And I'm still good to be one of the chaperones
on the bus.

Best,
Carla Reyes-Whitman
""",
        [("US_PASSPORT", "567204918")],
    ),
    (
        """Hey coaches,

Just a heads up for practice the next few weeks -- Omar Haddad is fasting for Ramadan this
year (his first time doing the whole month, he's very proud). His dad said it's fine for
him to practice, but he won't drink water until sunset, so let's go easy on him in the long
running drills and let him sit out the conditioning at the end. Iftar is around 7:40 so he
may leave a little early on Thursdays.

Also, pinnies are in the blue bag, and someone left a size 4 ball at Field 2.

Coach Dani
""",
        [("religious_belief", "")],
    ),
    (
        """Hola Sra. Vega,

Gracias por traer los papeles ayer. I just need one more thing para completar la aplicacion
de la beca del summer camp de Brenda: the parent tax ID. Usted me dijo por telefono que usa
ITIN, not social, y me lo dio: 910-94-9184. Me puede confirmar que esta bien? I want to make
sure I typed it right antes de mandarlo.

Also, el ultimo dia para entregar la forma medica es el 15 de mayo.

Gracias!
Miss Jazmin
Programa Despues de Clases, Casa del Sol
""",
        [("US_ITIN", "910-94-9184")],
    ),
    (
        """Dear Mr. and Mrs. Albright,

Thank you for taking my call this afternoon. As we discussed, Lily came to my office during
fifth period and told me she has been cutting her upper arms for the past few weeks, and
she showed me some of the marks. She was very brave to talk about it. She said she has not
had any thoughts of suicide, but per our district protocol I have attached the list of
crisis resources and the referral to Dr. Okoro at Valley Behavioral Health, who has an
opening next Tuesday.

I'll check in with Lily every morning this week, and her teachers know only that she may
need to step out to see me. Please call me anytime.

Warmly,
Ms. Garrity
School Counselor, Westview Middle School
""",
        [("health", "")],
    ),
    (
        """Hi Mrs. Dominguez,

I'm writing because I need to update Mason's pickup list. Please remove his father, Derek
Hale, effective immediately. There's a protective order in place and I've attached a copy.
Derek was convicted of domestic battery in 2022, and the order says he can't come within
500 feet of me or Mason, which includes the school. Only me, my mother (Linda Caldwell)
and my sister (Kayla Caldwell) can pick him up.

If he shows up, please call me and 911. I'm sorry to put this on you, and thank you for
being so good to Mason.

Brianna Caldwell
Mason's mom (1st grade, Mrs. Dominguez)
""",
        [("criminal_history", "")],
    ),
    (
        """Hi Ms. Renee,

I'm trying to finish the childcare subsidy renewal on the county website and it's asking
for the child's social. I don't have Noah's card with me at work -- do you still have it in
his file from enrollment? Never mind!! found a picture of it on my phone lol. It's
531-72-4418. Can you put it on the provider part of the form too so we don't have to do
this again?

Thanks so much,
Tasha (Noah's mom, Butterfly room)
""",
        [("US_SSN", "531-72-4418")],
    ),
    (
        """Hi all,

We have an urgent placement request and I'm reaching out to our licensed homes in the
Pierre area.

Kiara, age 9, needs a home starting this weekend. Kiara is Lakota and an enrolled member of
the Rosebud Sioux Tribe, so ICWA placement preferences apply -- we're reaching out to
relatives and tribal homes first, but the tribe's ICWA worker has asked us to line up a
backup licensed home in case there's a gap. She loves horses and drawing, and she'd be
moving with a small suitcase and her cat (yes, really).

Please call me today if you can help.

Jolene
Placement Coordinator, Prairie Families Foster Care
""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Tyler -- concussion

Coach,

Tyler took a hit to the head in Saturday's game (the play near the sideline in the third
quarter). We took him to urgent care that night and they diagnosed a concussion. The
doctor wants him out of contact for at least a week and then he has to go through the
return-to-play steps. I'll send the clearance form once we have it. He's bummed but he'll
come to practice to watch.

Thanks,
Steve Kowalski
""",
        [("health", "")],
    ),
    (
        """Hola Coach Brenda,

My husband, Rafael, will pick up the boys from camp on Friday. He doesn't have a US driver
license yet, so the front desk said to send his ID ahead of time: it's his Mexican
passport, numero G48203715. He'll have it with him.

Gracias!
Lupita Mendez
""",
        [("US_PASSPORT", "G48203715")],
    ),
    (
        """Hi Carlos,

The new fingerprint check-in kiosk at the Teen Center isn't recognizing Jayden Morris
(member #T-2207), so the vendor asked us to send them his enrolled template to compare
against a new scan. Here's what the kiosk exported for him:

Member: Jayden Morris
Finger: right index
Template format: ISO/IEC 19794-2
Template data:
Rk1SACAyMAAAAAEYAAABQAHgAMUAxQEAAAAoQ4B4ACnmXUBVAEp0ZEDIAFb6ZEBSAHHnS0CsAIMIZED0AJFWZEBj
AKwwUEC8ALbBZEB/AMUmZECbAN2lZA==

Can you forward it to their support desk? I don't have a login for their portal.

Thanks,
Nadia
Youth Programs, Northgate Boys & Girls Club
""",
        [("biometric", "")],
    ),
    # children decoys
    (
        """Subject: Field trip permission slip -- Science Museum, Nov 8

Dear 4th grade families,

On Friday, November 8 we're going to the Science Museum! Please print, fill out and return
the slip below by November 1. The cost is $12, and scholarships are available -- just check
the box, no questions asked.

-----------------------------------------------
Student name: ______________________
Teacher: __________________
Allergies / medical conditions: ______________________
Medications to bring on the trip: ______________________
Parent/guardian name: ______________  Phone: ______________
Emergency contact: ______________  Phone: ______________
[ ] I'd like to chaperone   [ ] Scholarship requested
Signature: ______________________  Date: ________
-----------------------------------------------

Students should bring a packed lunch in a disposable bag. We'll be back by 2:45.

Thank you!
The 4th Grade Team
""",
        [],
    ),
    (
        """Subject: Coaches -- background checks due before first practice

Hi coaches,

Welcome to the spring season! Before your first practice, the league requires every adult
volunteer to complete three things:

1. A background check through JDP. You'll get an invitation email from them this week. It
   will ask for your Social Security number and driver's license number on their secure
   site. Please do NOT email those to me or to anyone at the league -- we can't store them
   and we don't want them.
2. The SafeSport Core training (about 90 minutes).
3. The CDC HEADS UP concussion course (about 30 minutes).

Upload your certificates in the coaches' portal. Nobody can be on the field until all three
show as complete, no exceptions.

Thanks for volunteering!
Monica
Volunteer Coordinator, Eastside Youth Baseball
""",
        [],
    ),
    (
        """Subject: 400 kids in our county need a safe place tonight

Dear friend,

Right now, more than 400 children and teens in Marion County are in foster care. Many
will sleep in a county office or a hotel room tonight because there isn't a family ready
for them.

Some facts that keep us up at night:
- Nearly a third of young people in care in our state identify as LGBTQ+, and they move
  between placements more often than their peers.
- Native American children are placed in foster care at almost three times their share of
  the population.
- Teens and sibling groups wait the longest for a home.

You don't have to be married, own a home or be a parent already to foster. You just have
to have room in your life and your heart.

Join us for an information night on Thursday, May 8 at 6:30pm at the Eastside Library, or
online. Bring your questions.

With hope,
Marion County Foster Alliance
""",
        [],
    ),
    (
        """Dear 7th grade families,

Next week in Life Science we start our unit on heredity and genetics. Students will learn
how traits are passed from parents to offspring, what dominant and recessive alleles are,
and how to use Punnett squares to predict outcomes (we start with pea plants, just like
Mendel).

We'll do a classroom trait survey (tongue rolling, attached earlobes, hitchhiker's thumb).
Students never have to share anything about their own family that they aren't comfortable
sharing, and we will not be doing any DNA testing of students. There is an optional lab
where we extract DNA from strawberries -- it's messy and fun.

If you work in a science or health field and would like to visit the class, please let me
know!

Mr. Abernathy
7th Grade Life Science
""",
        [],
    ),
    # ------------------------------------------------ 4. Spanish-English, non-native
    (
        """Hola Ana,

Te cuento que fui a visitar a Doña Carmen Ruiz ayer para el follow-up. She's been diagnosed
con diabetes tipo 2, el doctor le dio metformina pero she's not taking it porque dice que le
cae mal al estómago. Le expliqué que tiene que hablar con el doctor before stopping. Can we
get her on the list para las clases de cocina saludable del martes?

Gracias,
Yesenia
Promotora de Salud, Comunidad Unida
""",
        [("health", "")],
    ),
    (
        """Hola Daniela,

Buenas noticias: ya casi terminamos tu FAFSA. The only thing that didn't go through was
your dad's info -- el sistema rechazo el numero de Social, I think I typed it wrong la
primera vez. Tu papa me lo mando otra vez por WhatsApp: 449-08-2617. I'll re-submit it
tomorrow at our 4pm session, so bring your FSA ID (but don't email me the password!).

Nos vemos manana,
Mr. Ochoa
College Access Program, Puentes Education
""",
        [("US_SSN", "449-08-2617")],
    ),
    (
        """Hola Marco,

Para el seguro de la van del centro comunitario necesitamos agregar a Rogelio como driver.
Aqui van sus datos:

Rogelio Sandoval Perez
Licencia de manejar (California): D4827153, vence 2027

He's been driving como 15 anos, no tickets. Mandaselo a la aseguradora hoy si puedes porque
el viaje a la feria de Sacramento es el sabado.

Gracias!
Fidel
""",
        [("US_DRIVER_LICENSE", "D4827153")],
    ),
    (
        """Dear Ms. Lindgren,

Thank you for invite me to the financial literacy workshop. I am very want to come, but I
see it is on Saturday morning. I am Seventh-day Adventist and Saturday is our Sabbath day,
from Friday sunset I do not work or go to classes. Is it possible to join the Tuesday
evening group instead? If not possible, I understand.

Also my English is not so good, can I bring my cousin to help me translate?

Thank you very much,
Emmanuel Osei-Bonsu
""",
        [("religious_belief", "")],
    ),
    (
        """Hello Grace,

This is Mrs. Kowalczyk from apartment 3B. My hip is still very bad after the fall, I cannot
walk to the bank this week. My neighbour's son Tomasz will go to ATM for me to take $200
for the rent. The card is with him. The PIN is 5092. Please can you tell the office the
rent will be late two days only.

Thank you for all your help, you are good girl.
Halina Kowalczyk
""",
        [("PIN", "5092"), ("health", "")],
    ),
    (
        """Hola equipo,

Update on the Ortega family (intake del martes): el hermano de Lupe, Hector Ortega, salio
del county jail la semana pasada -- he did 8 months por posesion con intencion de vender --
y ahora esta viviendo con ellos. Lupe esta preocupada por el lease porque el landlord no
quiere gente con record. Can someone from the legal clinic llamarla this week?

Gracias,
Marisol
""",
        [("criminal_history", "")],
    ),
    (
        """Dear Mrs. Hughes,

thank you very much for the nice weekend at the volunteer camp in Wales, it was a great
experience for me. Like you said, I send you my bank details for the refund of the train
ticket (GBP 64,50 -- the receipt is attached):

Name: Katharina Boehm
IBAN: DE44 7921 7571 3245 9313 72
BIC: (i don't know, it is Sparkasse)

I hope this is correct, if you need something else please write me. Greetings from
Wuerzburg and maybe see you next summer!

Katharina
""",
        [("IBAN_CODE", "DE44 7921 7571 3245 9313 72")],
    ),
    (
        """Hola Vero!

Ya confirmamos para el potluck de la asociacion de vecinos el domingo en el parque. Yo llevo
el arroz y los frijoles. Oye, just so you know, mi tio Ramiro viene a ayudar con el grill y
esta super metido en el MAGA stuff, he went to every Trump rally que hubo en Phoenix, so
porfa que nadie le saque el tema de las elecciones or it's gonna be a whole thing con tu
papa que es bien democrata jaja

Nos vemos!
Lety
""",
        [("political_opinion", "")],
    ),
    (
        """Hola Lety,

Estoy con Don Efraín Morales helping him set up la app del banco for his direct deposit.
The bank sent the verification code a su teléfono pero he forwarded it to my email porque
no sabe copiarlo: 381 904. Can you type it in on the laptop at the front desk? Expira en 10
minutos, so andale!

Gracias,
Rubén
""",
        [("ACCESS_CODE", "381 904")],
    ),
    (
        """Hola Sra. Chela,

Para la quinceañera de Sofi el 14, necesito confirmar los nombres para las mesas. Mi prima
Daniela va a venir con su novia, Alexis -- sí, finalmente le dijo a toda la familia que es
lesbiana y mi abuela lo tomó mejor de lo que pensábamos. Please put them together en la
mesa 6 con los primos, not with the tios in mesa 2.

Also we're adding 3 more kids' meals, so 118 total.

Muchas gracias,
Marisa Lozano
""",
        [("sexual_orientation", "")],
    ),
    (
        """Dear Mr. Jacob,

I am Mai, the wife of Nguyen Van Long. He is volunteer at the food bank on Thursday. I want
inform you he have hepatitis B since long time, he take medicine every day, the doctor say
it is ok for work but not with blood. Also last month he have surgery for his back so he
cannot lift heavy box more than 10 pound until July. Please give him easy job, maybe the
check-in table.

Thank you very much,
Mai Nguyen
""",
        [("health", "")],
    ),
    (
        """Hola Rebeca,

Te paso los datos de la cuenta de ConnectEBT de la Sra. Guadalupe Torres para que le
ayudes a revisar el balance manana, she doesn't remember how to log in:

Usuario: gtorres1962
Contrasena: Gatito#2019luz

Ella dice que it's fine si entras, pero porfa cambiale la contrasena despues y
escribesela en un papel.

Gracias,
Nelly
""",
        [("PASSWORD", "Gatito#2019luz")],
    ),
    (
        """Hola Don Chuy,

Para el pedido de las camisetas del torneo de la liga (48 camisetas, 12 de cada talla como
hablamos), please charge it to my card porque la tarjeta de la liga todavia no llega:
Discover 6011-4309-4071-5041, vence 08/26. El nombre es Araceli Fuentes. If you need el
codigo de atras, llamame, I'd rather not put it in email.

Gracias y saludos a su esposa,
Araceli
""",
        [("CREDIT_CARD", "6011-4309-4071-5041")],
    ),
    (
        """Hola Sra. Gallegos,

Para el proyecto "Raices" del Centro Cultural, aqui va mi parte. I did the AncestryDNA test
en diciembre and my results came back 58% Indigenous Americas-Mexico, 34% Spain y 8% North
Africa, which honestly explained a lot de las historias de mi abuela sobre su pueblo en
Oaxaca. Can I use the chart in my presentation? I'll also bring fotos de la familia.

Saludos,
Ximena Castaneda
""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    # Spanish-English / non-native decoys
    (
        """Hola familias!

Este viernes es nuestra Noche de Lotería para toda la familia en el gimnasio de la escuela,
6 a 8pm. Habrá pan dulce, café y champurrado, and prizes for the kids (and the grown-ups
too). Traigan un platillo si pueden, pero no es obligatorio.

Volunteers: we still need 4 people para la mesa de comida and 2 people to call the cards
(bilingual, porfa!). Sign up con Miss Jazmín en la oficina.

Los esperamos!
Casa del Sol, Programa Después de Clases
""",
        [],
    ),
    (
        """Clínica de impuestos GRATIS / FREE tax clinic

Sábados en febrero y marzo, 9am a 2pm, en la Biblioteca Central.

Que traer / What to bring:
- Tarjeta de Social Security o carta del ITIN de cada persona en la declaracion
- Identificacion con foto (licencia, pasaporte o matricula consular)
- W-2 y 1099 de todos sus trabajos
- Número de cuenta y de ruta del banco si quiere deposito directo (trae un cheque)
- La declaracion del ano pasado, si la tiene

Si gana menos de $67,000 al ano, califica. No necesita cita, pero llegue temprano.
Preguntas? Llame a Voluntarios Unidos (555) 013-7720.
""",
        [],
    ),
    (
        """Dear Ms. Carter,

I want to say thank you very much for help me with the resume and the practice interview
last week. You told me to speak slow and to tell about my ten years of work in hotels. I
did like this and I got the job! I start at the Marriott front desk on Monday, full time.

I will tell my friends from the English class about your program. Maybe I can come to
help other people with interview practice when my English is more better.

With big thanks,
Oksana
""",
        [],
    ),
    (
        """Feria de Salud Comunitaria -- Sabado 12 de octubre

Join us en el parque Las Palmas, 10am-2pm!

- Pruebas gratis de glucosa y presión arterial
- Vacunas contra la flu y el COVID (traiga su tarjeta de seguro si tiene, pero no es
  necesario)
- Exámenes de la vista para niños
- Info sobre Medi-Cal y Covered California
- Zumba a las 11am!

Todo es gratis y no preguntamos por su estatus migratorio. Habrá tamales y agua fresca.
Organizado por Comunidad Unida y la Clinica del Valle.
""",
        [],
    ),
    # ------------------------------------------------ 5. dangerous-looking decoys
    (
        """Subject: Research brief: PrEP uptake in the South, 2023

Dear partners,

Our research team's latest brief is out. Some key findings from our 2023 survey of 2,140 gay
and bisexual men in nine Southern states:

- 34% of Black respondents and 41% of Latino respondents had ever used PrEP, compared with
  58% of white respondents.
- Among those who had never used PrEP, the most common reasons were cost (44%), not knowing
  where to get it (31%) and worry about what others would think (27%).
- Respondents who lived more than 30 minutes from a clinic were half as likely to be on
  PrEP as those who lived closer.

Our recommendations include telehealth PrEP programs, pharmacist prescribing and funding for
community-based navigators. We'll be presenting the brief at the regional HIV prevention
summit on May 15.

Full brief: southernhealthequity.org/prep-2023

Best,
Dr. Andre Baptiste
Research Director, Southern Health Equity Institute
""",
        [],
    ),
    (
        """Subject: Money Matters: What's in a credit score?

Hi neighbors,

This month's financial wellness tip is all about credit scores.

- FICO scores range from 300 to 850. Many lenders consider 670 and above "good" and 740
  and above "very good."
- FHA mortgages can be available with a score as low as 580 with 3.5% down.
- Payment history makes up about 35% of your score, and how much of your available credit
  you use makes up about 30%.
- A late payment can stay on your report for up to seven years, and most collections are
  removed once they're paid or after seven years.
- Checking your own score does NOT lower it.

You can get free credit reports from all three bureaus every week at
annualcreditreport.com. That's the only official site -- watch out for look-alikes.

Want help? Our free one-on-one financial coaching is available Tuesdays and Thursdays.

Riverside Community Action Agency
""",
        [],
    ),
    (
        """Subject: Hotline training -- Scenario 4 (FICTIONAL)

Volunteers,

For Saturday's role-play, please read Scenario 4 below before you come. This is a made-up
case written by our training team; any resemblance to a real caller is coincidental.

SCENARIO 4 -- FICTIONAL
Caller: "Dana," in her 30s, calling from her car. Dana says her partner checks her phone
every night and took her car keys last weekend. She mentions she's been having panic
attacks and recently started an antidepressant, and she's worried her partner will use
that against her in a custody case.

Practice goals:
1. Open with warmth and let the caller lead.
2. Assess immediate safety.
3. Build a safety plan, including a plan for her phone.
4. Offer the legal advocacy referral without pushing.

Trainer notes will be handed out after the role-play. See you at 10am!

Rachel
Volunteer Training Coordinator, SafeHarbor Helpline
""",
        [],
    ),
    (
        """Subject: We're hiring: Youth Program Coordinator (full-time)

Friends, please share!

Northside Youth Collective is hiring a full-time Youth Program Coordinator to run our
after-school and summer programs for middle schoolers.

Requirements:
- 2+ years working with youth in a school, camp or community setting
- Valid driver's license and a clean driving record for the past 3 years (you'll drive
  the 12-passenger van)
- Ability to pass a criminal background check and a child abuse clearance
- Bilingual English/Spanish strongly preferred

Salary: $52,000-$58,000, plus health, dental and 20 days PTO.

We are a fair chance employer and we encourage people with conviction histories to apply.
We especially encourage applications from people of color, LGBTQ+ people, people with
disabilities and people from the neighborhoods we serve.

To apply, send a resume and a short note to jobs@northsideyouth.org by March 15.
""",
        [],
    ),
    (
        """Subject: What's on at the Eastgate Community Center -- March

Hi everyone! Here's a look at March programs. All events are free and open to the public.

- Black Nurses & Health Professionals Networking Night -- Thu, Mar 6, 6pm. Students and
  career-changers welcome.
- Interfaith Iftar -- Sat, Mar 15, at sunset (about 7:12pm). Our Muslim neighbors invite
  everyone, of any faith or none, to break the fast together. Please bring a dish without
  pork or alcohol.
- LGBTQ+ Seniors Coffee Hour -- every Tuesday, 10am, Room 2.
- Lunar New Year Crafts -- Sat, Mar 1, 1pm, for kids 5-12.
- Tenants' Rights Workshop (English/Spanish) -- Wed, Mar 19, 6:30pm.

Volunteers needed for the Iftar setup and cleanup -- sign up at the front desk.

See you there!
Eastgate Community Center
""",
        [],
    ),
    (
        """Subject: Every 90 minutes

Dear friend,

Every 90 minutes, someone in the United States is diagnosed with ALS. There is no cure, and
most people live only two to five years after diagnosis.

When "David" (not his real name) was diagnosed at 52, the first thing he asked his doctor
was how long he would be able to keep coaching his daughter's softball team. Our care
services team made sure he got a power wheelchair and a ramp in time for the season
opener. He coached from the dugout all summer.

This year, our chapter will:
- Loan more than 600 pieces of medical equipment, free of charge
- Fund two clinical trials at the University Medical Center
- Provide 4,000 hours of respite care for family caregivers

Will you give $50 today to help families living with ALS? Every gift is matched, up to
$25,000, by the Beaumont Family Fund through December 31.

With gratitude,
The Great Lakes ALS Alliance
""",
        [],
    ),
    (
        """Hi Priya,

For the S3 backup script, the credentials file should look like this. These are AWS's own
placeholder values from their documentation -- do NOT put our real keys in the repo; the
script reads them from the secrets manager in production.

[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-1

Once you've got it running against the test bucket, ping me and I'll give you access to
the real one through the console.

Thanks for volunteering your weekend on this!
Owen
Tech Volunteer Lead, Open Shelf Libraries
""",
        [],
    ),
    (
        """Subject: Notice of a data security incident at one of our vendors

Dear supporter,

We're writing to let you know about a security incident at DonorTrack, a vendor that
processes online gifts for many nonprofits, including ours.

What happened: Between May 2 and May 9, an unauthorized person accessed a DonorTrack
database. DonorTrack discovered the problem on May 10 and shut off the access.

What information was involved: Names, mailing addresses, email addresses and donation
history. For a small number of donors, the last four digits of a payment card may also have
been included. No full card numbers, bank account numbers, Social Security numbers or
passwords were involved.

What you can do: Watch for phishing emails that pretend to be from us. We will never ask
you for your card number or password by email. DonorTrack is offering 12 months of free
credit monitoring; instructions and your personal enrollment code will arrive in a
separate letter by mail.

We're sorry this happened, and we're reviewing all of our vendors' security practices.

Sincerely,
Maya Ellison
Executive Director, Bright Waters Watershed Council
""",
        [],
    ),
    (
        """Subject: Know Your Rights: Organizing at Work (free bilingual workshop)

Do you want to form a union at your workplace? Are you worried about what your boss can and
can't do if you talk with coworkers about wages?

Under the National Labor Relations Act, most private-sector workers have the right to talk
with each other about pay and working conditions and to organize a union -- whether or not
you're documented.

Join us Thursday, April 10, 6-8pm at the Workers' Center (1420 Alvarado St.). Speakers from
local unions and a volunteer labor attorney will explain your rights and answer questions.
Childcare and dinner provided. Spanish and Tagalog interpretation.

Everything you share stays in the room.

Eastside Workers' Center
""",
        [],
    ),
    (
        """Subject: IT reminder: new password rules start Monday

Hi everyone,

Starting Monday, our Microsoft 365 accounts will require new passwords that meet these
rules:

- At least 14 characters. A passphrase of four random words is easiest -- like the famous
  "correct horse battery staple" example (please don't actually use that one!).
- Don't reuse a password from any other site.
- Turn on the Microsoft Authenticator app if you haven't already.

Never send a password by email or Teams message -- use Bitwarden to share logins. And
remember: IT will never ask you for a password or a verification code. If someone does,
it's a scam, tell us.

Thanks,
Manny
IT, Valley Legal Aid
""",
        [],
    ),
    (
        """Subject: Medicare Open Enrollment starts October 15

Hello members,

Medicare Open Enrollment runs October 15 through December 7. This is your chance to change
your Part D drug plan or switch between Original Medicare and a Medicare Advantage plan.

Plans change every year, so even if you're happy, it's worth checking that your
prescriptions are still covered and that your doctors are still in network.

Free, unbiased help is available from our trained SHIP counselors. Appointments are
Mondays and Wednesdays at the Center. Please bring:
- Your Medicare card
- A list of your prescriptions and doses (or the bottles)
- The names of your doctors and pharmacy

We do not sell insurance and we never will.

Call the front desk to book a spot.
Maplewood Senior Center
""",
        [],
    ),
    (
        """Subject: Free record-clearing clinic -- Saturday, June 7

Is an old arrest or conviction keeping you from a job, an apartment or a school program?

Volunteer attorneys will be at the Southside Library on Saturday, June 7, 10am-3pm, to
help you find out if your record can be sealed or expunged -- and to start the paperwork on
the spot.

Bring any court papers you have and a photo ID. You don't need to know your case number.
Many misdemeanors and some felonies are eligible, and the filing fee can be waived.

All services are free and confidential. Walk-ins welcome; Spanish interpretation
available.

Southside Legal Aid Society
""",
        [],
    ),
    (
        """Subject: Community vigil Thursday at 7pm

Dear neighbors,

In the wake of last weekend's shooting on Oak Street, the Eastside Clergy Council and the
Neighborhood Association are holding a community vigil this Thursday at 7pm in Lincoln
Park. Leaders from the Baptist, Catholic, Jewish and Muslim congregations in our
neighborhood will offer short words of comfort, and there will be a moment of silence.

People of every faith and of no faith are welcome. Candles will be provided. Counselors
from the county crisis team will be available after the vigil for anyone who wants to talk.

Together,
Eastside Clergy Council
""",
        [],
    ),
    # dangerous-looking positives
    (
        """Subject: This month's research digest + a personal note

Dear Parkinson's Partners community,

Here's what caught our eye in research this month:

- A large study in Neurology found that people who exercised at moderate intensity three
  times a week had slower progression of motor symptoms over two years.
- Researchers are recruiting for a phase 2 trial of a new drug aimed at alpha-synuclein;
  three sites in our region are enrolling.
- A new smartwatch app that tracks tremor is being tested as a way to adjust medication
  timing between appointments.

A personal note: many of you know I came to this work from the tech world. What fewer of you
know is that my father, Richard Avery, was diagnosed with Parkinson's last spring. Watching
him learn to live with it has made this job feel very different, and I am more grateful
than ever for this community.

Our next support group meets on the 3rd Tuesday at the library.

Warmly,
Julia Avery
Program Director, Parkinson's Partners of the Piedmont
""",
        [("health", "")],
    ),
    (
        """Dear Mr. Benitez,

Thank you for your interest in the Warehouse Associate position at Second Harvest Food
Network. Before we make a final decision, we are required to let you know that the
background report we received from Checkr includes the following: a 2019 misdemeanor
conviction for retail theft in Cook County.

Under our Fair Chance hiring policy and the Illinois Human Rights Act, this information
does not automatically disqualify you. You have 5 business days to respond with any
information you'd like us to consider, such as evidence of rehabilitation or an
explanation of the circumstances. A copy of the report and a summary of your rights are
attached.

Sincerely,
Human Resources, Second Harvest Food Network
""",
        [("criminal_history", "")],
    ),
    # ---------------------------------------------------------------- more positives
    (
        """Hi Priya,

Thanks for taking us on for payroll! Here's what you asked for to set up the account in
Gusto:

Business: Sweet Rise Bakery LLC, EIN 83-2049175
Owner: Danielle Okafor, SSN 258-46-3856 (I'm the only officer on payroll for now)
Business checking at Lakeshore Credit Union: routing 127495187, account 727930364089

The two part-time employees will fill out their own W-4s through the app, right? First
payroll would be the 15th. Let me know if you need anything else from me.

Danielle
Sweet Rise Bakery
""",
        [
            ("US_SSN", "258-46-3856"),
            ("ABA_ROUTING_NUMBER", "127495187"),
            ("US_BANK_NUMBER", "727930364089"),
        ],
    ),
    (
        """Hi Sian,

Please can you process Gareth Lloyd's volunteer expenses from the Cardiff collection
weekend (mileage 142 miles at 45p = GBP 63.90, plus GBP 12.40 parking; receipts attached)?
He's asked for it to go straight to his bank rather than a cheque:

Name: Gareth Lloyd
Sort code: 58-64-73
Account number: 05803315
(IBAN GB46 NWBK 5864 7305 8033 15 if the system needs it)

Thanks,
Rhiannon
Volunteer Manager, Taff Valley Young People's Trust
""",
        [("US_BANK_NUMBER", "05803315"), ("IBAN_CODE", "GB46 NWBK 5864 7305 8033 15")],
    ),
    (
        """Hey Sam,

For the Zapier thing you're setting up to push new donors from the Donorbox form into our
Mailchimp audience: the API key is 3f9c0b27e4a15d86c0e9b4a72d13f508-us21 and the audience
ID is 8a1f3c9e02. Tag them "2025-online" so Lauren can find them for the thank-you calls.

I'll rotate the key once you're done testing, so no rush on deleting this.

Thanks a ton,
Leah
Riverside Arts Council
""",
        [("API_KEY", "3f9c0b27e4a15d86c0e9b4a72d13f508-us21")],
    ),
    (
        """Hi Denise,

Mrs. Eleanor Patterson came in this morning for help with her SNAP recertification. She
doesn't drive, so the ID she has is the DMV non-driver photo ID card. I'm putting the
number here so you can fill in the identity section before her phone interview on
Thursday: 812 447 309. She also brought her Con Ed bill for proof of address, which I
scanned into her file.

Thanks,
Marcus
Benefits Access, Bronx Neighborhood Services
""",
        [("US_STATE_ID", "812 447 309")],
    ),
    (
        """Dear Mr. Delacroix,

Thank you for considering my client, Janae Williams, for the 2-bedroom at 14 Orchard Lane.
As her housing navigator with the Rapid Rehousing program, I wanted to be upfront about her
credit, since your application asks for it. Her scores are 612 (TransUnion) and 598
(Equifax). The report shows a charged-off Synchrony Bank store card from 2021
and a collection from Comcast for $430, both from when she lost her job. She has had no
late payments since then and has been working full time at the hospital for 14 months.

Our program will pay the security deposit and the first three months of rent directly to
you, and I'll stay in touch with both of you for the first year.

Best regards,
Alicia Moreno
Housing Navigator, Open Door Housing Partners
""",
        [
            ("CREDIT_SCORE", "612"),
            ("CREDIT_SCORE", "598"),
            ("CREDIT_REPORT", "a charged-off Synchrony Bank store card from 2021"),
            ("CREDIT_REPORT", "a collection from Comcast for $430"),
        ],
    ),
    (
        """Hi Marco,

It was great meeting you at the clinic on Tuesday. As we talked about, since you've had a
few new male partners this spring and you're not always using condoms, you're a really
good candidate for PrEP. Your HIV test came back negative (good news!) and your kidney labs
were normal, so Dr. Shah sent the Descovy prescription to the Walgreens on 5th.

Remember: you'll need to come back for a test every 3 months. I'll text you a reminder.

Take care,
Luis
PrEP Navigator, Valley Community Health
""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        """Dear Amani,

Thanks for confirming your place on the Kenya build trip in February! For the flight
booking and the visa letter, we have the following passport details for you -- could you
double-check them?

Name as on passport: AMANI GRACE OKELLO
Nationality: British
Passport number: 538104726
Expiry: 17 Sep 2031

The second instalment of your fundraising target (GBP 600) is due by 30 November.

Best wishes,
Tom
Volunteer Travel Team, BuildAbroad UK
""",
        [("US_PASSPORT", "538104726")],
    ),
    (
        """Hi Brenda,

Adding our second driver for the youth leadership retreat van rental (reservation
TX-88213):

Terrence Holloway
Texas DL 38204176, exp 05/2028
DOB 02/14/1985

He'll be picking up the van on Friday at 3pm with me. Let me know if you need a copy of the
license front and back.

Thanks!
Keisha
Program Manager, Gulf Coast Youth Leaders
""",
        [("US_DRIVER_LICENSE", "38204176")],
    ),
    (
        """Hi Colleen,

Thanks for holding the Garden Room for our gala on April 26. To lock in the date, please
charge the $1,500 deposit to my American Express: 3770 280445 83199, exp 11/27, CID 4021,
billing zip 02139. I'll sign the contract tonight and send it back.

Also -- can we do a tasting in early March? Our board would love to come.

Best,
Maureen Gallagher
Board Chair, Cambridge Literacy Project
""",
        [("CREDIT_CARD", "3770 280445 83199"), ("CVV", "4021")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_12, "hard12", Path(__file__).with_name("hard-12.jsonl")))
