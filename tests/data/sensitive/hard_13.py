"""Hard set 13: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

What the author read, and nothing else of the repository: the privacy policy
(/work/shared/policy/privacy-policy.txt, above all Section 9, the definition of Sensitive
Data), tests/data/sensitive/independent_sets.py (the checker and the record format),
scanner/categories.py (the names of the special categories) and the ruff line-length
setting in pyproject.toml. No other set, rule, document or detector code was read, and the
detector was never run on these texts. Every identifier value was generated for this set
with valid check digits (Luhn, ABA, mod-97, SSA/ITIN rules); none is a published test number.

Conventions (decisions a reviewer can check every label against):
- A special category counts only when the text discloses it about an identifiable person:
  named, the addressee, the writer in the first person, or a clearly identified relative,
  colleague or client. It labels the whole text once (value ""). Topics, events, programs,
  appeals, anonymised or pseudonymised stories ("whom we'll call J."), aggregate statistics,
  public bodies and public figures' public positions never count.
- Templates with unfilled fields, blank forms, placeholders, instructions, policy text,
  job postings, clearly marked fiction and clearly marked training scenarios are decoys.
- Never labelled: names, dates of birth, emails, postal addresses, phone numbers,
  organisation EINs, order/ticket/member/case/invoice/tracking numbers, transaction and
  request ids, SWIFT/BIC codes, pet microchip numbers, vendor account ids (a Twilio Account
  SID) and a redacted or masked key.
- health: diagnoses, treatment, medication, test results, disability, substance use and
  recovery, overdoses, hospice care, surgery, chemo. A named person's NEGATIVE test result
  (TB, HIV) still counts: it is a medical result about that person. A rule that everyone
  needs a negative test, or "if you ever need medical leave", is a decoy. Animal health is
  never health. A disclaimer that mentions "protected health information" is not a disclosure.
- genetic: a person's genetic test result (BRCA2 positive is labelled genetic and health).
  biometric: a person's biometric template (a fingerprint template); a USCIS "biometrics
  appointment" notice is not biometric data.
- criminal_history: arrests, charges (even dismissed), convictions, sentences, incarceration,
  probation and parole of an identifiable person, including "no longer on probation" and a
  clearly identified relative's conviction. Form questions, fair-chance hiring language,
  news about record-sealing laws and program descriptions are decoys.
- religious_belief: a person's faith, conversion, baptism, membership of a congregation or
  religious practice (fasting for Ramadan, asking for a pastor of one's own tradition), and
  also an explicit statement of having no religion or of having left a faith: DECISION,
  "I'm not religious myself (raised Catholic, left the church)" counts, since absence or
  abandonment of belief is itself a religious or philosophical belief. Being on a prayer
  list (the listed people get health when their illness is named), clergy and staff writing
  in their role (signatures, "In Christ"), an organisation's name and faith-based event
  invitations do not count.
- political_opinion: a private person's party registration or affiliation, campaign or PAC
  volunteering or contributions, an asylum claim on account of political opinion.
  Nonpartisan voter-registration drives and an elected official's public vote do not count.
- trade_union_membership: a named member, steward or grievant of a union. Organising
  explainers do not count.
- sexual_orientation: coming out, a clinical note about sexual partners, and (DECISION) an
  identifiable man's husband or woman's wife named as such, which reveals orientation.
  Pronouns or gender identity alone are not labelled (the taxonomy has no such category);
  Pride events are decoys.
- racial_ethnic_origin: an explicit ethnicity or race of a person (Hazara, Hmong, an EEO
  self-identification). Nationality, citizenship, immigration or refugee status alone do not
  count.
- Government ids: a passport of any country is US_PASSPORT, a driving licence of any state,
  province or country is US_DRIVER_LICENSE, a state ID card is US_STATE_ID, an ITIN is
  US_ITIN; a partial SSN given as such (last four) is US_SSN on the visible digits. Values
  are labelled exactly as written (spaces, no separators, hyphens).
- Financial: bank account numbers are US_BANK_NUMBER whether the account is personal or a
  business's, routing numbers ABA_ROUTING_NUMBER, IBANs IBAN_CODE as written (spaces kept).
  Card numbers are CREDIT_CARD on the digits as written (odd grouping, dots); a card's last
  four alone are CREDIT_CARD_LAST_DIGITS; the security code is CVV.
- Credentials: account, Wi-Fi, shared-drive and database passwords are PASSWORD; each
  security-question answer is PASSWORD (it is a secret that unlocks an account); card and
  voicemail PINs are PIN; one-time codes and door, gate, alarm or lockbox codes given to one
  person are ACCESS_CODE (on the digits as written); only the secret part of vendor
  credentials (auth token, bearer/secret key) is API_KEY.
- Credit: each credit score is CREDIT_SCORE (two scores of one person, two labels); each
  adverse item from a credit report (bankruptcy, judgment, collection, even when paid) is
  CREDIT_REPORT on that item's span.
- Quoted parts ('>' at any depth) and the Subject line belong to the outbound text: an item
  found only there is labelled.

Emphasis: sectors new to the hard sets (legal aid and immigration clinics, reentry and
expungement, harm reduction and recovery, hospice and home care, refugee resettlement, HR
accommodations, scholarships and grants, donor CRM notes, congregations, union locals,
LGBTQ+ youth services, campaigns and PACs, animal rescue); text shapes (deep '>' quoting,
mobile shorthand, Markdown and pipe tables, key: value forms, JSON/YAML/log lines and URL
query strings in support tickets, Subject-only items, long disclaimers); values in varied
shapes (wire and ACH details, Wi-Fi and share passwords, security answers, door, alarm and
lockbox codes, voicemail PINs, credit-report items, odd card grouping, SSN/ITIN with spaces
or no separators, passports and licences of several countries and states); negations,
hypotheticals and near misses; decoys full of identifier-like numbers (ISBNs, UPS
tracking, invoices, GPS, timestamps, UUIDs, git SHAs, hex colours, base64, versions).
"""

from pathlib import Path

from independent_sets import Case, write

HARD_13: list[Case] = [
    (
        """Subject: Gebremariam - asylum packet, next steps

Hi Selam,

Thanks for interpreting on Tuesday. Quick recap for the file before I send the draft
declaration to Attorney Haddad:

- Client: Tesfaye Gebremariam
- Basis: political opinion. He organized for the opposition youth wing in Asmara and
  refused to renounce it when he was called in for questioning in 2019.
- Eritrean passport no. P01439725 (expired; original is in our safe)
- Still need: the two witness letters from Oakland, translated and certified.

Could you call him this week to ask whether the letters have arrived? He prefers mornings.
If they haven't, ask whether his cousin in Oakland could send scans first; the originals can
follow by mail. Attorney Haddad would like the full packet by December 18 so we have time to
prepare him for the interview, which is now set for January 26 at the San Francisco asylum
office.

Two more things for your call:
- Remind him to bring every page of his I-94 printout and the receipt notice to our
  prep session on January 12.
- He asked about work permits. He can apply 150 days after filing; we'll calculate the
  exact date at the prep session, so please don't give him a date on the phone.

Thank you again. I know these calls are long and often hard, and your care with the words
makes a difference in how he tells his story.

Best,
Nora Lindgren, DOJ Accredited Representative
East Bay Immigrant Legal Services""",
        [("political_opinion", ""), ("US_PASSPORT", "P01439725")],
    ),
    (
        """sounds good, I'll set up the interview for Thursday at 2. thanks both

On Mon, Nov 30, 2026 at 4:12 PM Carla Benitez <cbenitez@keanelogistics.example> wrote:
> Adding Rob from the warehouse so he can pick a slot.
>
> On Mon, Nov 30, 2026 at 11:03 AM Marcus Webb <mwebb@pathwaysworks.example> wrote:
> > Carla, here's the referral we talked about. Darnell Hughes finished
> > his sentence at SCI Phoenix in August (possession with intent, 2021)
> > and has been in our job-readiness cohort since September. Forklift
> > certified, never late once. He's upfront about the conviction if asked.
> >
> > > On Fri, Nov 27, 2026, Rob Keane wrote:
> > > > We've got two openings on second shift starting in January.
> > > > Send anyone you think is ready.""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Volunteer application - section 5 (please read before answering)

5. Have you ever been convicted of a felony or a misdemeanor, other than a minor traffic
   offense?   [ ] Yes   [ ] No

   If yes, please describe the offense, the year and the county. Do not include arrests that
   did not lead to a conviction, sealed or expunged records, or juvenile records.

A conviction does not automatically disqualify you. We look at how long ago it was and
whether it relates to the role. Youth-facing roles require a separate background check.

Questions? Call the volunteer office at (412) 555-0139.""",
        [],
    ),
    (
        """Subject: Intake - Clean Slate clinic 12/12

Name: Latoya Brinkley
DOB: 03/14/1988
SSN: 501639411
County of arrest: Cook
Record: 2014 misdemeanor retail theft, 1 yr supervision completed
Other: 2017 arrest for criminal trespass, charge dismissed (nolle pros)
Goal: expunge both; she's applying for her CNA license in February
Preferred contact: text after 5 pm

Volunteer attorney: please review before Saturday.
- Intake desk, Chicago Volunteer Legal Aid""",
        [("US_SSN", "501639411"), ("criminal_history", "")],
    ),
    (
        """hey its jess from outreach. heads up marcus (green tent by the 5th st underpass) od'd sat
night, we gave narcan x2 and he came around, refused ems. hes using again after 3 wks on
bupe. can dr nguyen see him thurs at the van? he trusts her. ill bring him by 10

sent from my iphone""",
        [("health", "")],
    ),
    (
        """Subject: Naloxone training for staff and volunteers - Jan 14

Hi all,

We're running a 45-minute naloxone (Narcan) training at the main office on Wednesday,
January 14 at 5:30 pm. You'll learn to recognize an opioid overdose, give nasal naloxone,
do rescue breathing and stay with the person until help arrives. Everyone leaves with two
kits. Fentanyl test strips will also be available at the front desk.

No experience needed, and you don't have to say why you're interested. RSVP to this email
so we order enough kits.

River City Harm Reduction Coalition""",
        [],
    ),
    (
        """Subject: Re: Tom Alvarez - relapsed after 14 months, please call

Pat,

Can we talk tomorrow at 10 instead of over email? I'd rather keep the details off the
thread. I'll be in the back office at the Eastside house.

Lou Ferreira
Program Director, Second Wind Recovery Residences""",
        [("health", "")],
    ),
    (
        """Hi Gwen,

Welcome to the Thursday rotation! Your first visit is with Mrs. Eleanor Whitcomb at the
Maple Court cottages. She's been on our hospice service since October (end-stage COPD, on
oxygen around the clock, so no candles or scented lotion please). She loves the Cubs and
old Perry Mason episodes.

Staff park in back; the rear entrance keypad code is 4471 and the nurses' station is the
first door on the left. Please sign in on the clipboard.

Call me if anything worries you. Thank you for doing this.

Marisol Vega
Volunteer Coordinator, Lakeshore Hospice""",
        [("health", ""), ("ACCESS_CODE", "4471")],
    ),
    (
        """Subject: Hospice volunteer training - winter cohort schedule

Welcome to the winter cohort! Training runs four Saturdays, 9 am to 1 pm:

Jan 9   What hospice is (and isn't); the care team; confidentiality
Jan 16  Listening at the bedside; grief and anticipatory grief
Jan 23  Comfort care basics, infection control, when to call the nurse
Jan 30  Spiritual care across traditions (led by our interfaith chaplain); self-care

Please complete the TB screening and the online HIPAA module before January 9. Parking
is free in lot C. Coffee will be terrible; bring your own.

Lakeshore Hospice Volunteer Services""",
        [],
    ),
    (
        """Subject: Saturday shift - Mr. Pruitt

Deshawn, thanks for picking up Saturday. Mr. Pruitt's daughter is out of town, so nobody
will be at the house to let you in. The key is in the lockbox on the side porch: 8 2 0 3,
then pull the shackle down hard. His Alzheimer's is worse in the evenings; if he asks for
his wife, don't correct him, just redirect to the ball game. Meds are pre-filled in the
weekly organizer, he takes the evening ones with dinner. Log everything in the app.

- Renee, Scheduling
Hearthside Home Care""",
        [("health", ""), ("ACCESS_CODE", "8 2 0 3")],
    ),
    (
        """Subject: Rahimi household - sync error in case system

Hi support team, the case record below won't save (error 422 on "household.members"). I've
pasted what the form shows. Can you tell which field is wrong?

```yaml
household:
  case_id: RS-2026-0419
  arrival: 2026-10-22
  ethnicity_note: Hazara, fled Ghazni province after 2021
  members:
    - name: Abdul Rahimi
      passport: P03917264
    - name: Zarghona Rahimi
      passport: P03917281
  apartment:
    address: 1180 Grant Ave Apt 2C
    wifi_ssid: Grant2C-Home
    wifi_password: bluejay4apt2C
```

Thanks,
Heather, Welcome Neighbors Resettlement""",
        [
            ("racial_ethnic_origin", ""),
            ("US_PASSPORT", "P03917264"),
            ("US_PASSPORT", "P03917281"),
            ("PASSWORD", "bluejay4apt2C"),
        ],
    ),
    (
        """Subject: Thank you - 214 neighbors welcomed this year

Dear friends,

In 2026 Welcome Neighbors resettled 214 people from Afghanistan, Ukraine, the Democratic
Republic of the Congo, Venezuela and Syria. Sixty-one were children under ten. Eighty-eight
percent of working-age adults were employed within six months of arrival.

We need apartment set-up teams for January: four to six volunteers who can carry furniture,
make beds and stock a kitchen. Most set-ups take three hours on a weekday evening.

Sign up at welcomeneighbors.example.org/setup. Thank you for making this city home.""",
        [],
    ),
    (
        """Subject: Accommodation request - Priya S.

Hi Dan,

Following up on my conversation with Priya Subramanian this morning. She disclosed that she
was diagnosed with multiple sclerosis last spring and is asking for:

1. Remote work on Mondays and Fridays (her infusions fall on alternate Fridays)
2. A sit-stand desk at her station in the finance office
3. Moving her 8:30 standing meeting to 10:00, when fatigue is less of an issue

None of these look like an undue hardship to me. Can you approve by Friday so we can send
the written confirmation? Please keep this in the confidential medical file, not her
personnel folder.

Thanks,
Angela Moss, HR Generalist""",
        [("health", "")],
    ),
    (
        """Subject: Updated handbook section 4.7 - Reasonable Accommodation

Team,

The board approved the revised accommodation policy last night. The new text reads:

"Harbor Arts Collective provides reasonable accommodations to qualified employees and
applicants with disabilities, for pregnancy, childbirth and related conditions, and for
sincerely held religious beliefs, unless doing so would cause undue hardship. Requests may
be made orally or in writing to any supervisor or to HR. Medical information obtained in
the process is kept confidential and stored separately from personnel files."

Nothing changes in practice; we're aligning the wording with the state's updated guidance.
The full handbook is in the shared drive under Policies.

- Operations""",
        [],
    ),
    (
        """Subject: Application - Rising Scholars Fund, Nhia Vang

Dear Scholarship Committee,

Please find my essay and transcript attached. In the essay I write about growing up as the
oldest daughter in a Hmong family in St. Paul, translating for my grandparents at the bank
and at parent-teacher conferences since I was nine. I will be the first person in my family
to attend a four-year university, and I plan to study public policy at the U of M.

My counselor, Mr. Ortega, will send his recommendation letter directly.

Thank you for considering my application.

Nhia Vang""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Contact report - Margaret Oyelaran (export from DonorTrack)

Contact type: Visit
Date: 2026-11-18
Staff: J. Whitfield
Constituent: Margaret Oyelaran (ID 10442)

Notes: Lovely 90 minutes at her home in Shaker Heights. She is renewing at the $5,000 level
and wants it split between the library fund and the summer camp. She mentioned her
husband's Parkinson's has progressed quickly this year; Frank moved into memory care in
September and she visits daily, so she will skip the gala. Send a handwritten note, not a
gala invitation.
Next step: planned-giving conversation in spring, not before.""",
        [("health", "")],
    ),
    (
        """Subject: Contact report - Gerald Amundsen

Contact type: Phone
Date: 2026-11-30
Staff: J. Whitfield

Notes: Thanked him for the $1,200 year-end gift. He prefers email to mail, wants to stop
getting the printed newsletter, and asked for a tour of the new teen center in January.
His granddaughter went to our summer camp in 2019 and still talks about it. Interested in
the scholarship fund; send the impact report when it's out. Do not call before 10 am.
Next step: tour in January (Wednesdays work for him).""",
        [],
    ),
    (
        """Subject: Prayer chain for the week of December 6

Dear prayer team,

Please hold these in your prayers this week:

- Harold Jensen, recovering at home after triple bypass surgery on Tuesday
- Bev Sorensen's sister Carol, starting radiation for breast cancer in Duluth
- The Lindahl family, as they grieve Arne
- Our mission partners in Guatemala

Meals for Harold are being coordinated by Judy; the sign-up sheet is in the narthex.

In Christ,
Pastor Ingrid
First Lutheran Church""",
        [("health", "")],
    ),
    (
        """Subject: Advent at St. Brendan's - schedule and a few reminders

Dear parish family,

Advent begins this Sunday. Masses stay at 8, 10 and 12, with a Spanish Mass at 5 pm.
Reconciliation is Saturdays 3-4 pm and Wednesday, December 16 from 6-8 pm with visiting
priests. The Giving Tree is in the gathering space; please return gifts unwrapped by
December 13.

Prayer requests can be phoned in to the office or dropped in the box by the candles; the
prayer team only shares what you ask them to share.

Parish Office, St. Brendan's""",
        [],
    ),
    (
        """Pastor Mike,

Dana Whitaker stopped by after Bible study and asked whether she could be baptized at the
Easter vigil. She was raised Muslim, has been coming with us for about a year, and says her
family in Dearborn doesn't know yet, so please don't mention it to her brother if he comes
to the concert. She'd like to meet with you one-on-one first. Are Tuesdays still good?

Grace
Church office""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Community iftar - all neighbors welcome

Salaam and hello, neighbors!

The Fairview Islamic Center invites everyone in the neighborhood to a community iftar, the
meal that breaks the daily fast during Ramadan, on Saturday, February 20, 2027 at sunset
(about 5:50 pm). Come learn about the month, meet the families who live around you and eat
far too many dates. Vegetarian and gluten-free dishes will be labeled. Children welcome.

Free, but please RSVP so we set enough tables: fairviewic.example.org/iftar

Outreach Committee""",
        [],
    ),
    (
        """Subject: Welcome to Local 2287, Rosa!

Dear Sister Rosa Delgado,

Congratulations: your membership card for UAW Local 2287 is attached, and your first dues
deduction will appear on your December 15 paycheck. As a library clerical worker you are
covered by the contract ratified last spring.

Your shop steward is Kwame Asante. He'll reach out about new-member orientation on
January 8.

In solidarity,
Membership Committee, UAW Local 2287""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Step 2 grievance tracker (don't forward outside the E-board)

| Member        | Unit      | Grievance          | Steward     | Status           |
|---------------|-----------|--------------------|-------------|------------------|
| Luis Carrillo | Warehouse | Overtime bypass    | T. Nakamura | Step 2 set 12/10 |
| Brenda Oakes  | Drivers   | Discipline (late)  | T. Nakamura | Settled          |
| Omar Haddad   | Warehouse | Safety (dock 4)    | R. Bell     | Filed            |

All three are dues-paying members of Teamsters Local 418, and the business agent wants these
closed out before contract talks. Ray, can you chase Omar's witness statements?""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: What does it actually mean to form a union?

Hi everyone,

A lot of you asked after last week's webinar, so here's the short version:

1. Workers sign authorization cards saying they want a union.
2. With enough signatures (at least 30% for an election), the group can ask the employer for
   voluntary recognition or file a petition with the NLRB.
3. The NLRB holds a secret-ballot election. Your employer can't legally threaten,
   interrogate, promise benefits or spy on organizing activity.
4. After a win, you bargain a first contract together.

It's your right under Section 7 of the NLRA. Questions? Reply to this email or come to the
Q&A on Tuesday at 6 pm.

Nonprofit Workers Organizing Committee""",
        [],
    ),
    (
        """Subject: Jordan M. - check-in notes

Hi Sam, notes from today's drop-in for the case file:

Jordan (16, placed with the Reillys since August) told me he came out as gay to his foster
parents last weekend. They took it well, but he's nervous about his DCFS caseworker finding
out. He asked us not to share this with his school. Next step: connect him with the Thursday
youth group and follow up with the Reillys on Monday.

Kai
Youth Advocate, Rainbow Bridge Youth Center""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Winter drop-in hours + new art volunteer

Hi team,

Starting December 14, drop-in runs Monday to Thursday 3-8 pm and Saturday 12-5. The
clothing closet (binders, jackets, boots) is open during all drop-in hours.

Please welcome Jamie Ellison, our new art volunteer, who'll run the zine table on
Wednesdays. Jamie uses they/them pronouns. They're a printmaker and will bring a small
press.

Reminder: no photos of youth on personal phones, ever.

Rainbow Bridge Youth Center""",
        [],
    ),
    (
        """volunteer note - raymond choi
- registered green party, says he'll vote yes on measure B but won't canvass for any dems
- did 3 shifts phonebanking for the yes on B campaign in oct
- has a truck, can haul yard signs
- pls dont add him to the county party list, he asked specifically

-- entered by: tasha (field office, ward 6)""",
        [("political_opinion", "")],
    ),
    (
        """Subject: November online contributions - Citizens for Clean Water PAC

Hi Marjorie, for the FEC report. Processor export, card payments only:

| Date  | Contributor     | Occupation | Amount | Card       |
|-------|-----------------|------------|--------|------------|
| 11/03 | Denise Albright | Teacher    | $250   | Visa x3307 |
| 11/09 | Howard Kim      | Retired    | $1,000 | MC x8542   |
| 11/21 | Paula Stanek    | Nurse      | $100   | Amex x1196 |

A refund for a duplicate $50 from 11/14 is pending; I'll send it separately.
Tom (treasurer's office)""",
        [
            ("political_opinion", ""),
            ("CREDIT_CARD_LAST_DIGITS", "3307"),
            ("CREDIT_CARD_LAST_DIGITS", "8542"),
            ("CREDIT_CARD_LAST_DIGITS", "1196"),
        ],
    ),
    (
        """Subject: Voter registration table - volunteers needed Dec 12

Hi friends,

The Eastside Library is letting us run a nonpartisan voter-registration table on Saturday,
December 12, 10 am - 2 pm. We need four volunteers per shift. Training takes 15 minutes and
covers the state form, the ID rules and what we can't say (no candidate or party talk at the
table, even if asked).

Sign up: eastsidevotes.example.org/shifts

League of Neighbors Civic Fund""",
        [],
    ),
    (
        """Subject: Action alert: thank Sen. Alvarado

State Senator Rosa Alvarado voted against SB 412 yesterday, the bill that would have cut
transit funding for rural counties. On the floor she called it "a tax on people who can't
drive." Please take two minutes to thank her: call her Capitol office or use our form at
transitforall.example.org/thank.

Transit For All""",
        [],
    ),
    (
        """Subject: adoption fee for Pepper

Hi! Sorry, I couldn't get the online form to take my card. Can you run it manually for the
$175 adoption fee? Card number 45461018 88356754, exp 07/28, name on card Kelsey Brandt.
I know Pepper is heartworm positive and will need the slow-kill treatment; my vet at
Brookside already said she can handle it. So excited to bring her home Saturday!!

Kelsey""",
        [("CREDIT_CARD", "45461018 88356754")],
    ),
    (
        """Subject: Medical summary - Rocco (ARF-26-1183)

Intake: 11/02/2026, stray, approx. 3 yrs, neutered male pit mix, 58 lb
Microchip: 985112004417329 (unregistered)
Dx: parvovirus (SNAP test +), treated in isolation 5 days; heartworm negative
Meds: metronidazole 250 mg BID x 10 days; Cerenia as needed
Behavior: dog-selective, great with kids, crate trained
Next: booster due 12/14, ok to move to foster after a negative recheck

Fosters, please reply if you can take him after the 14th.
- Dr. Amy Kowalczyk, DVM, Allegheny Rescue Foundation""",
        [],
    ),
    (
        """Subject: Wire instructions for final roof payment

Bill,

The vestry approved the final payment to Keystone Roofing ($48,200). Their office confirmed
the instructions by phone this morning (I called the number on the contract, not the one in
the email):

Beneficiary: Keystone Roofing & Restoration LLC
Bank: Conestoga Valley Bank, Lancaster PA
Routing (ABA): 312439217
Account: 3460075646
Reference: Invoice 2026-118, St. Luke's roof

Please send it Monday and email me the Fed reference number.

Carol, Parish Administrator""",
        [("ABA_ROUTING_NUMBER", "312439217"), ("US_BANK_NUMBER", "3460075646")],
    ),
    (
        """Subject: IMPORTANT: we will never change our wire instructions by email

Dear vendors and partners,

Several nonprofits in our area were targeted this month by emails pretending to be from a
vendor and asking to "update" bank details. Our policy:

- We never change payment instructions by email alone.
- Any change must be confirmed by a phone call to a number already on file.
- We will never ask you for a password, a PIN or a one-time code.

If you receive a request that looks like it came from us, forward it to
finance@northsidemeals.example.org and do not reply.

Thank you,
Finance Office, Northside Meals""",
        [],
    ),
    (
        """Subject: payroll setup - new hire Jonah Fitch

Hi Maria, new-hire paperwork for Gusto. Jonah starts Monday as our part-time barista.

Direct deposit (checking):
  Bank: Eastern Shore Credit Union
  Routing: 266144658
  Account: 162628356
  Split: 100%

His W-4 is attached. For the state new-hire report they asked for the last 4 of his SSN,
which is 8166. Everything else is in the shared onboarding folder.

Thanks!
Rosalind, Bean There Cafe""",
        [
            ("ABA_ROUTING_NUMBER", "266144658"),
            ("US_BANK_NUMBER", "162628356"),
            ("US_SSN", "8166"),
        ],
    ),
    (
        """Subject: help sending rent to Amman

Hi Rachel, thank you for offering to help with the transfer. My mother's landlord in Amman
wants the December rent (250 JOD) paid into his account at Arab Bank:

Name: Khaled Said Al-Masri
IBAN: JO58ARAB1181041867117116252852
SWIFT: ARABJOAX

I will bring you the cash on Friday at the ESL class. Shukran!
Fatima""",
        [("IBAN_CODE", "JO58ARAB1181041867117116252852")],
    ),
    (
        """Subject: Vendor ACH enrollment form

Please complete the form below and upload it through the secure vendor portal. Do not email
it back once it is filled in.

Vendor legal name: ______________________________
EIN: __ - _______
Remit-to address: ______________________________
Bank name: ______________________________
Routing number (9 digits): _________
Account number: _________________   [ ] Checking   [ ] Savings
Authorized signer: ____________________   Date: ___/___/______

Attach a voided check or a bank letter. Enrollment takes 5-7 business days.

Accounts Payable, Mountain West Community Clinics""",
        [],
    ),
    (
        """Subject: Donation form returning 500 - payload attached

Hello support,

Our donation form on the year-end page throws a 500. Here's the request body from the
browser console for the failed attempt (our board chair tried with her own card):

{"campaign":"ye-2026","amount":"500.00","recurring":false,
 "donor":{"first":"Helen","last":"Okafor","email":"h.okafor@example.net"},
 "payment":{"number":"5177166948254193","exp_month":"11","exp_year":"2029","cvc":"381"}}

The response was just {"error":"internal"}. Can you check the logs? It was around
2026-12-04T21:17:09Z.

Thanks, Devon (web volunteer, Friends of the Library)""",
        [("CREDIT_CARD", "5177166948254193"), ("CVV", "381")],
    ),
    (
        """Subject: 401 from /v3/messages after key rotation

Hi,

After rotating our key yesterday all sends fail. Log line from our worker:

2026-12-05 09:41:22,118 ERROR sender.py:88 POST https://api.civismtp.example/v3/messages
  headers={'Authorization': 'Bearer sk_live_xILTXYafQtwCzLoBiupPKQUefkYpwa9T',
  'Content-Type': 'application/json'} status=401 body={"message":"invalid key"}

Is there a propagation delay? We're sending the Giving Tuesday reminders today.

- Priyanka, Ops, Hope Harbor Food Bank""",
        [("API_KEY", "sk_live_xILTXYafQtwCzLoBiupPKQUefkYpwa9T")],
    ),
    (
        """Subject: Webhook failing since v2.14.3

Hi support, our webhook endpoint started returning 400 after your last release. Details:

- request id: 6f1c2a9e-4b7d-4e0a-9c35-2d8e71b0f4a6
- event id: evt_01JEK4Q7ZB9XG3M2T8R5W6Y0CA
- delivered at: 1796464281 (unix), retries: 3
- our integration commit: 9e4f2a7c1b8d03e56f7a9c2b4d1e8f0a3c5b7d92
- client library: civismtp-python 2.14.3 (was 2.13.9, worked fine)
- API key: sk_live_************************dk21 (redacted; I can share it in the portal)

Response body from our side: {"detail":"unexpected field 'amp_html'"}. Did the payload
schema change?

Thanks, Oluwaseun (volunteer dev, Food Not Bombs Tucson)""",
        [],
    ),
    (
        """Subject: SMS reminders for the pantry - creds for the contractor

Hi Jae,

Here are the Twilio credentials so you can finish the pickup-reminder integration. Please put
them in the vault, not in the repo:

TWILIO_ACCOUNT_SID=ACb71e94c2d0835f6a1e4c7d29f08b3a56
TWILIO_AUTH_TOKEN=c1cbf5440bc05760dcb104b22b4041b4
TWILIO_FROM=+14155550142

I'll rotate the token when you're done.
Marcus""",
        [("API_KEY", "c1cbf5440bc05760dcb104b22b4041b4")],
    ),
    (
        """Subject: Quick start - sending your first message

To send a message with the HTTP API, set your key in an environment variable and call the
endpoint:

    export CIVISMTP_API_KEY="YOUR_API_KEY_HERE"
    curl -s https://api.civismtp.example/v3/messages \\
      -H "Authorization: Bearer $CIVISMTP_API_KEY" \\
      -d from=news@yourorg.example -d to=friend@example.com \\
      -d subject="Hello" -d text="It works!"

Never commit your key to source control, and rotate it from the dashboard if it leaks.
Keys beginning with sk_test_ only send to verified addresses.""",
        [],
    ),
    (
        """Subject: Re: Saturday tax clinic setup

> what's the wifi at the parish hall? I need to get the laptops on before 9

network is StMarks-Office (not the guest one, that one blocks the IRS site)
password: lilac-harbor-1962

please don't write it on the whiteboard like last year lol
- Joan, parish office""",
        [("PASSWORD", "lilac-harbor-1962")],
    ),
    (
        """Subject: access to the HR folder

Tanya,

While I'm away you'll need the HR share on the office NAS (harbor-nas, folder HR). It isn't
on your account yet, so use the service login for now:

user: hr_admin
pw: Kestrel#2291

Please change it once IT adds you (Ben said Wednesday). The I-9 binder is in the locked
cabinet; Leslie has the key.

Thanks for covering,
Monica""",
        [("PASSWORD", "Kestrel#2291")],
    ),
    (
        """Subject: Mom's bank stuff while I'm deployed

Kev,

If Mom's bank calls or the online login asks the security questions, the answers are:
 - mother's maiden name: Szczepanski
 - first pet: Biscuit
 - street you grew up on: Kosciuszko

The login itself is in the envelope in her desk. You're on the POA now, so they should talk
to you. Love you, and don't let her buy another timeshare.

Ania""",
        [
            ("PASSWORD", "Szczepanski"),
            ("PASSWORD", "Biscuit"),
            ("PASSWORD", "Kosciuszko"),
        ],
    ),
    (
        """Subject: Password reminders for the new volunteer portal

Hi volunteers,

The new portal goes live Monday. A few reminders from our IT volunteers:

- Choose a passphrase of at least 14 characters; a few random words work well.
- Don't reuse your email password, and never share your login with another volunteer.
- We'll never ask for your password by email or phone.
- Security questions are optional; if you use them, give answers nobody could look up.

Your temporary password will arrive by text message, not email. If you're locked out,
call the front desk during office hours.

Volunteer Services, Eastside Family Resource Center""",
        [],
    ),
    (
        """Subject: your phone extension

Hi Alma, welcome aboard! Your desk phone is ext. 214. To set up voicemail, dial *98 and use
the temporary PIN 40718; it will make you choose a new one. The directory lists you under
"Intake - Spanish". Call me if the headset doesn't pair.

Ruben, IT (volunteer, Tuesdays and Thursdays)
La Clinica Legal del Valle""",
        [("PIN", "40718")],
    ),
    (
        """Subject: your new program card

Hi Mr. Abebe,

Your new prepaid card for the housing stipend arrived at our office. It is the Visa ending
in 6290. The bank set the PIN to 3916 for now; please change it at any ATM the first time
you use it. You can pick up the card at the front desk on Monday or Tuesday, 9-4. Bring a
photo ID.

Rahel Tesfaye, Case Manager
Bridgeway Refugee Services""",
        [("CREDIT_CARD_LAST_DIGITS", "6290"), ("PIN", "3916")],
    ),
    (
        """Subject: Opening the thrift store Sunday

Hi Pete, thanks for opening! The back door key is on the ring I gave you. The alarm panel is
just inside on the left: punch in 7208 then OFF within 30 seconds, or it calls the
monitoring company. Lights are on the breaker marked "floor". The cash drawer starts with
$150.

- Jen, Store Manager, Second Hand Paws Thrift (benefits Hope Animal Rescue)""",
        [("ACCESS_CODE", "7208")],
    ),
    (
        """Subject: Your sign-in code

Hi Nadia,

Your CiviGive sign-in code is 583 019. It expires in 10 minutes. If you didn't try to sign
in, you can ignore this email; someone may have typed your address by mistake.

- The CiviGive team""",
        [("ACCESS_CODE", "583 019")],
    ),
    (
        """Subject: {{org_name}}: your sign-in code

Hi {{first_name}},

Your sign-in code is {{otp_code}}. It expires in {{ttl_minutes}} minutes.

To confirm your benefits file, reply with the last four digits of your Social Security number
({{ssn_last4}}) and your date of birth ({{dob}}).

{{#if caseworker}}Your caseworker is {{caseworker.name}}.{{/if}}

-- template: otp_v3 / owner: web team / do not edit in production""",
        [],
    ),
    (
        """Subject: Pre-purchase counseling summary - Andre Lewis

Hi Mia,

Summary of Andre's tri-merge pull from 12/01 for your file before his HUD session Friday:

Middle score: 587
Public records:
  - Chapter 7 bankruptcy, discharged 08/2021 (D. Md.)
  - Civil judgment, Midland Funding LLC, $3,412, satisfied 2024
Collections:
  - Portfolio Recovery Associates, $1,208 (orig. Capital One), open
  - Comcast, $186, paid

Plan: dispute the cable bill (paid but reporting open), then six months of on-time payments
and a secured card. He's motivated and has his pay stubs ready.

Budget notes from our session:
- Take-home pay is steady (same employer four years, overtime most months).
- Current rent $1,350; the target payment with taxes and insurance is $1,500 or less.
- He has $4,200 saved toward closing costs and wants to reach $6,000 by June.
- The car loan ends in March, which frees up $310 a month.

Next steps for Friday:
1. Walk him through the homebuyer education modules he hasn't finished (3 and 5).
2. Review the down payment assistance programs he'd qualify for in the city and the county,
   and the first-time buyer rules for each.
3. Book a 90-day check-in for early March, when the dispute should be resolved, and pull
   the report again then.

He asked whether his sister can sit in on Friday since they might buy together later.
That's fine with me if it's fine with you; just have him sign the authorization first.

Tyrell, Housing Counselor, Baltimore Homeownership Partners""",
        [
            ("CREDIT_SCORE", "587"),
            ("CREDIT_REPORT", "Chapter 7 bankruptcy, discharged 08/2021 (D. Md.)"),
            ("CREDIT_REPORT", "Civil judgment, Midland Funding LLC, $3,412, satisfied 2024"),
            ("CREDIT_REPORT", "Portfolio Recovery Associates, $1,208 (orig. Capital One), open"),
            ("CREDIT_REPORT", "Comcast, $186, paid"),
        ],
    ),
    (
        """omg good news, ms. duarte's fico is 642 now!! up from 590 in june. the secured card + the
rent reporting worked. can we move her to the down payment assistance list? shes so proud lol

-bri (fin coaching)""",
        [("CREDIT_SCORE", "642"), ("CREDIT_SCORE", "590")],
    ),
    (
        """Subject: Volunteer driver roster - Meals on Wheels (January)

Hi Trish, the insurer needs licence numbers for everyone driving in January:

| Driver        | State/Prov. | Licence #          | Exp.    |
|---------------|-------------|--------------------|---------|
| Gary Holm     | CA          | Y4820617           | 2029-05 |
| Ines Carvalho | NY          | 412 873 096        | 2027-11 |
| Paul Tremblay | ON          | K7134-52819-60715  | 2028-02 |
| Lena Ward     | TX          | 41759382           | 2030-08 |

Lena also has a CDL but won't be using it. The vehicle list follows tomorrow.
- Ken""",
        [
            ("US_DRIVER_LICENSE", "Y4820617"),
            ("US_DRIVER_LICENSE", "412 873 096"),
            ("US_DRIVER_LICENSE", "K7134-52819-60715"),
            ("US_DRIVER_LICENSE", "41759382"),
        ],
    ),
    (
        """Subject: ID for Marcus T. before Friday

Hi Dee,

Marcus Tolliver (released from Stateville on 11/20 after nine years) finally got his
Illinois state ID at the Secretary of State facility this morning: S530-8214-7096. Can you
add it to his file and to the SNAP application? Now we can open the bank account and replace
his Social Security card. He starts the kitchen training program Monday.

Thanks,
Leon, Reentry Navigator, Second Chance Alliance""",
        [("US_STATE_ID", "S530-8214-7096"), ("criminal_history", "")],
    ),
    (
        """Subject: Now hiring: Reentry Peer Specialist (full time)

Second Chance Alliance is hiring a Reentry Peer Specialist to walk alongside people coming
home from prison and jail: getting IDs, benefits, housing and work.

- Lived experience with the justice system is valued. A conviction history is not an
  automatic bar; we follow the Fair Chance ordinance and look at each application
  individually.
- Valid driver's license and a clean-ish driving record (we'll talk).
- Salary $48,000-$54,000, full benefits, 4 weeks PTO.

Apply by January 15 at secondchance.example.org/jobs. A background check is run only after
a conditional offer.""",
        [],
    ),
    (
        """Subject: Documentos para el caso del Sr. Hernandez

Hola equipo,

Adjunto copias escaneadas. Resumen:
- Pasaporte mexicano: G21473958 (vence 2029)
- ITIN: 993-61-2456 (para la declaracion de impuestos 2025)
- Acta de nacimiento de su hija (traducida)

Please let Attorney Brooks know the biometrics appointment notice has not arrived yet.

Saludos,
Yesenia, Paralegal""",
        [("US_PASSPORT", "G21473958"), ("US_ITIN", "993-61-2456")],
    ),
    (
        """Subject: Free DACA renewal clinic - Saturday, January 16

Is your DACA expiring in the next 6 months? Our attorneys and accredited representatives
will help you renew for free.

Bring: your current work permit (EAD), your last approval notice, a passport or other photo
ID, two passport-style photos, and the $555 filing fee (fee assistance available). If
you have had any contact with police since your last renewal, bring those papers too; talk
to an attorney before filing.

Walk-ins welcome, 9 am - 2 pm, Centro Comunitario, 1401 W. 18th St.
La Clinica Legal del Valle""",
        [],
    ),
    (
        """Subject: Re: correction on Mr. Kowalski's return

Hi Lorraine, the reject code was IND-031: the dependent's SSN didn't match. I had a typo.
His granddaughter's correct number is 431 59 2130 (I checked it against the card she
brought). I'll resubmit tonight. Sorry about that!

Bob, VITA volunteer, Westside Senior Center""",
        [("US_SSN", "431 59 2130")],
    ),
    (
        """Subject: Pre-fill link exposing data?

Hi, one of our volunteers noticed that the pre-fill link in our benefits-screening email puts
data in the URL. Example from a client's email (I've shortened the domain):

https://screen.example.org/start?fn=Loretta&ln=Greer&dob=1961-04-09&ssn4=2589&county=Pike

Is there a way to pass a token instead? We don't want these ending up in browser history.

Thanks, Carl (IT volunteer, Pike County Benefits Access)""",
        [("US_SSN", "2589")],
    ),
    (
        """Subject: W-2c for Terrence Wiley

Hi Sandra,

Terrence's W-2 went out with two digits of his Social Security number transposed. The
correct SSN is 742-67-5513. Can you file the W-2c and the W-3c this week and mail him a
copy? His address hasn't changed. I've told him to expect it before the end of the month.

Thanks,
Gil Navarro, Owner
Navarro Landscaping""",
        [("US_SSN", "742-67-5513")],
    ),
    (
        """Thanks Renata, that works for us. I'll update the schedule.

> On Dec 2, 2026, at 3:40 PM, Renata Ilic wrote:
>
> Looping in Glen so he knows the plan.
>
> > On Dec 1, 2026, at 9:15 AM, Glen Sato wrote:
> > Fine by me if Ops is OK with it.
> >
> > > On Nov 30, 2026, Alison Pereira wrote:
> > > I wanted to let you both know before the schedule goes out: I was diagnosed with
> > > lupus in October and the flares make early mornings really hard. Could I move to
> > > the 10-6 shift on the hotline starting in January? Happy to talk about it.""",
        [("health", "")],
    ),
    (
        """Subject: OOO next week

Hi all,

Heads up that I'll be out Monday through Wednesday next week for my second round of chemo,
and probably foggy on Thursday. Jolene is covering the grant report; the draft is in the
shared folder. I'll check email in the evenings if I feel up to it.

Thank you for all the cards. They mean a lot.

Beth Ann Carrow
Development Director | Riverbend Community Foundation
(555) 201-4478 | riverbendcf.example.org

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use
of the intended recipient(s) and may contain confidential and privileged information,
including protected health information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please contact the sender
by reply e-mail and destroy all copies of the original message.""",
        [("health", "")],
    ),
    (
        """Subject: Board meeting - moving to December 17

Hi board members,

The December meeting moves to Thursday, December 17 at 6 pm in the community room, because
of the county's holiday closure. Agenda: FY27 budget, the new lease, and the executive
director's annual review (closed session). Dinner from Rosa's; tell me about allergies.

Warmly,
Dolores Vance
Board Secretary | Valley Home Health Foundation
(555) 318-2290

CONFIDENTIALITY NOTICE: This message and any attachments may contain protected health
information (PHI) or other information that is privileged and confidential under HIPAA and
applicable state law. If you received it in error, notify the sender immediately and delete
it. Unauthorized use, disclosure or copying is strictly prohibited and may be unlawful.
Email is not a secure channel; do not send medical information to this address.""",
        [],
    ),
    (
        """Subject: Ticket 58213 - time clock won't match employee

Hi support,

Our BioPunch 300 fingerprint clock keeps rejecting Luis Ortega (employee 0142). We
re-enrolled his right index finger this morning and exported the template as your article
says; it's below. Can you check whether the match threshold is set too high?

finger_template (ISO 19794-2, base64):
Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAA8KECGAPVWAEB/AJ5hAEC4AM5ZAECxAR1aAIBo
AJ1xAEDUAMxUAEDSARRVAIBMAPdwAED7AQdoAEDkAR1fAIBsAQVrAED8ANhXAAA=

Firmware 4.2.1, device S/N BP3-22871.

Thanks,
Kim, Office Manager, Valley Bakery Co-op""",
        [("biometric", "")],
    ),
    (
        """Subject: newsletter template - header image not rendering in Outlook

Hi support, the header block below shows as a blank box in Outlook 2019 and the new Outlook.
It renders fine in Gmail and Apple Mail. Template version 3.8.2.

<td style="background:#1F6F8B;color:#FFFFFF;padding:12px 24px;border-bottom:4px solid #F2A541">
  <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk
YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" width="600" height="120" alt="Community Garden News">
</td>

Is embedded base64 blocked? Should we host the image instead?
Thanks, Pilar""",
        [],
    ),
    (
        """Subject: Team walk - a personal note

Hi walk team,

Carla Mendes asked me to share this with the committee: her genetic test came back BRCA2
positive last month, and she has scheduled a preventive mastectomy in February. That's why
she's stepping back from captaining this year, but she still wants to walk with us in May.
She's fine with you mentioning it to her if you see her, but please don't post about it.

Linda""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Why M. can't wait

When M. was six, his parents noticed he was falling more than other kids on the playground.
Within months he was diagnosed with Duchenne muscular dystrophy, a genetic disease that
slowly weakens every muscle in the body, including the heart. Today he is ten and uses a
wheelchair at school.

(M.'s name and some details are changed to protect his family's privacy.)

Researchers funded by the Cure DMD Fund are testing gene therapies that could change that
story. Every gift made before December 31 will be matched up to $250,000 by a family
foundation.

What your gift does:
- $50 covers a day of lab supplies for one of our grant-funded fellows.
- $250 pays for a family's travel to a clinical-trial site for one visit.
- $1,000 funds a week of natural-history data collection, which trials need to prove a
  therapy works.

This year, with your help, we funded six research teams in four countries, launched a
patient registry that now counts more than 3,000 families, and opened two new travel grants
so that trial participation doesn't depend on where a family lives or what they earn.

We know many of you give because someone you love lives with Duchenne. Some of you give
because you met a family at one of our walks. Whatever brought you here, thank you. Gene
therapy was science fiction when this fund started in 2004. It isn't anymore.

Give today: curedmdfund.example.org/match

Cure DMD Fund is a registered 501(c)(3). Gifts are tax-deductible to the extent allowed by
law. To stop receiving appeals, reply with "unsubscribe".""",
        [],
    ),
    (
        """Subject: Re: Mike's volunteer application

Hi Grace,

Yes, Mike Delaney is no longer on probation as of June, so he's eligible to volunteer with
our adult literacy program (the youth program has different rules). I'd still like him
paired with a staff tutor for the first month. Please send him the orientation dates.

Ellen""",
        [("criminal_history", "")],
    ),
    (
        """Subject: FYI - Clean Slate passed!

> HARRISBURG (AP) - The governor signed legislation Thursday that will automatically seal
> the records of people with certain nonviolent misdemeanor convictions after ten years
> without a new conviction. Advocates estimate about 1.2 million Pennsylvanians could see
> their records sealed in the first year.

This is huge for the people we serve. We'll host an info session in January for anyone who
wants to know whether it applies to them, and we'll keep doing petition-based expungements
for everything the new law doesn't cover.

- Keystone Reentry Legal Project""",
        [],
    ),
    (
        """Subject: clinic follow up - A.R. (client 2207)

Alex Rivera came in for his 3-month PrEP visit. Labs fine, HIV test negative, STI panel
pending. He says he's had two new male partners since October and uses condoms "most of the
time". Reinforced adherence; next visit in March. He asked that we not call his mom's
house, text only.

- J. Ostrowski, PA-C, Q Health Youth Clinic""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: You're invited: Pride Brunch & Drag Bingo!

Join us Sunday, June 13 for our 6th annual Pride Brunch & Drag Bingo at the Riverside
Pavilion. Bottomless mimosas (and mocktails), prizes from local queer-owned businesses,
and hosting by the fabulous Miss Ima Starr.

Tickets are $45, with pay-what-you-can tickets for anyone under 25. All proceeds support
housing for LGBTQ+ young adults. Allies very welcome!

Rainbow Bridge Youth Center""",
        [],
    ),
    (
        """Subject: Gala co-chairs confirmed!

Exciting news: Mark Feldman and his husband, Ray Castillo, have agreed to co-chair the 2027
Spring Gala. Mark chaired our capital campaign in 2019 and Ray has run the silent auction
twice. Please add them both to the committee list and send Ray the auction drive link.

Thanks,
Allison, Events""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Re: volunteering at the Christmas dinner

Happy to help serve! Just so you know, I'm not religious myself (raised Catholic, left the
church in college), so I'd rather not lead the grace, but I can carve turkey all day.
See you at 3?

Wes Harlan""",
        [("religious_belief", "")],
    ),
    (
        """Subject: EEO-1 data - corrections before we file

Hi Janet,

Two corrections to the self-ID spreadsheet before we submit:
- Kenji Watanabe self-identified as Asian (the sheet says "declined")
- Maria Ruiz self-identified as Hispanic or Latino, White

Everyone else matches the forms in the file. The totals on the summary tab shift by one
each.

Thanks,
Dev (HR)""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Annual report draft - staff demographics paragraph

Here's the paragraph for page 6, from this year's voluntary staff survey (n=58, 91%
responded):

"Our staff reflects the neighborhoods we serve: 41% of staff identify as Black or African
American, 32% as Hispanic or Latino, 12% as Asian and 9% as White; 6% chose not to answer.
Twenty-two percent identify as LGBTQ+, and 14% report a disability."

Let me know if the board wants the numbers rounded.""",
        [],
    ),
    (
        """Subject: Sam cleared to start

Good news: Sam Okoro's TB test came back negative, so he's cleared to start in the shelter
kitchen on Monday. I've filed the result with his volunteer record. Can you add him to the
6 am crew with Dolores?

Thanks!
Renata""",
        [("health", "")],
    ),
    (
        """Subject: Before your first shift

Welcome to the kitchen crew! A few things before you start:

- All kitchen volunteers need a negative TB test (skin or blood) from the last 12 months.
- Closed-toe shoes, hair tied back, no jewelry on hands.
- If you ever need to step away for medical reasons, just tell the shift lead. You don't
  have to tell us why.
- If you feel sick, stay home. We'd rather be short-handed.

Shifts start at 6 am sharp. Park behind the church, not in the shelter lot.

Volunteer Office, Harbor Light Shelter""",
        [],
    ),
    (
        """Subject: Writing workshop - excerpt for Thursday

Here's my excerpt for critique (from my novel-in-progress; all characters are invented):

    Eddie had done eleven years at Folsom for a robbery he still swore he only drove for.
    The halfway house gave him a bus pass, a bunk and a counselor named Pearl who smoked
    menthols on the fire escape and didn't believe a word he said. On his third night he
    found the old address in his wallet, folded so many times it had gone soft as cloth.

I'm worried the counselor is a cliche. Be brutal.
- Theo""",
        [],
    ),
    (
        """TRAINING SCENARIO 3 - FICTIONAL, for volunteer hotline training only

Caller "Maria" (not a real person), 34, says she was just told she is HIV positive and
hasn't told her partner. She asks whether the clinic will tell him and whether she'll lose
her job.

Discussion questions:
1. What does confidentiality mean on this line, and what are its limits?
2. How do you respond to fear without giving medical advice?
3. Which referral do you offer first?

Trainers: do not use real caller stories in role plays. Scenario revised November 2026.""",
        [],
    ),
    (
        """Subject: Spring newsletter - J.'s story (draft)

One of our participants, whom we'll call J., spent eleven years incarcerated before joining
our program in 2024. "The hardest part wasn't the job search," J. told us. "It was learning
that people would actually call me back."

Today J. manages a crew of six and mentors new participants on Thursday nights. Stories
like J.'s are why we're asking you to give before December 31.

(Details changed and shared with J.'s permission.)""",
        [],
    ),
    (
        """Subject: FY2026 outcomes for the foundation report

Numbers for section C (unduplicated participants, July 2025 - June 2026):

| Measure                                        | Value |
|------------------------------------------------|-------|
| Participants enrolled                          | 214   |
| Reported a substance use disorder at intake    | 62%   |
| Had at least one felony conviction             | 48%   |
| Stably housed at 6 months                      | 71%   |
| Employed at 6 months                           | 54%   |

Source: program database, pulled 2026-11-30 14:05 by the data team. No client-level data
goes to the funder.""",
        [],
    ),
    (
        """Subject: Pickles needs a diabetic-savvy foster!

Pickles is a 9-year-old orange tabby with diabetes. He needs insulin twice a day (with meals,
at roughly 8 and 8), and a glucose curve at the vet every few weeks, which we cover. He's
otherwise healthy, a lap cat, and tolerates shots better than most people.

We'll train you on the injections; it takes about ten minutes. Fosters within 20 minutes of
the clinic preferred.

Reply to this email or call the foster line. Thank you!
Purrfect Start Cat Rescue""",
        [],
    ),
    (
        """Subject: Your 2026 tax receipt - thank you!

Dear Ms. Kaplan,

Thank you for your gifts to the Greenway Land Trust in 2026:

Receipt no.: R-2026-30418
Member no.: 4417-2290 (Steward level)
Total: $650.00 (ACH, 3 gifts)
Goods or services received: none

Greenway Land Trust is a 501(c)(3) organization, EIN 84-3920175. Please keep this receipt
for your tax records.

With gratitude,
Ellen Park, Membership Manager""",
        [],
    ),
    (
        """Subject: Monthly gift declined - card ending 9081

Hi Mr. Brennan,

Your monthly gift to Riverside Animal Shelter didn't go through this morning. Nothing to
worry about; this often happens when a bank reissues a card. You can update your details at
riverside-shelter.example.org/update, or just reply and we'll call you.

Thank you for keeping the lights on for our animals!
Riverside Animal Shelter""",
        [("CREDIT_CARD_LAST_DIGITS", "9081")],
    ),
    (
        """Subject: Privacy policy excerpt for the website footer

Proposed text, as requested by the board:

"We collect only what we need to serve you. We never ask for Social Security numbers,
bank account numbers or medical information by email, and we ask that you not send them to
us. Information about your health, immigration status, religion or sexual orientation that
you share with a counselor is kept confidential and disclosed only with your written consent
or where the law requires it."

Legal has signed off. Can web add it before the January newsletter?""",
        [],
    ),
    (
        """hi marco can u put the gala table on my amex? 3750 390047 62287 exp 04/29 cid 4418.
its the one w/ my name on it not the foundation one. thx!! -dee""",
        [("CREDIT_CARD", "3750 390047 62287"), ("CVV", "4418")],
    ),
    (
        """Thanks Fran!

> On Fri, Dec 4, 2026, Fran Liu (Bookkeeping) wrote:
> Done, receipt sent to Harriet and the note shredded.
>
> > On Thu, Dec 3, 2026, Office wrote:
> > Fran, can you process Harriet's sponsorship when you're in? See below.
> >
> > > On Thu, Dec 3, 2026, Harriet Boyle wrote:
> > > So sorry about the decline. Please charge the $300 sponsorship to
> > > 6011.2816.2440.5882, exp 10/27, billing zip 44118.""",
        [("CREDIT_CARD", "6011.2816.2440.5882")],
    ),
    (
        """Subject: volunteer background-check webhook payload contains PII?

We noticed our screening vendor's webhook posts the whole payload into our alert emails.
Example from last night:

{"event":"check.updated","candidate":{"name":"Rhonda Pyle","dl_state":"FL",
"dl_number":"M265-418-73-902-0"},"package":"volunteer-basic","status":"in_progress",
"ts":"2026-12-05T02:14:55Z"}

Can we filter fields before the alert email goes out, or at least mask the licence
number?""",
        [("US_DRIVER_LICENSE", "M265-418-73-902-0")],
    ),
    (
        """Subject: U4U sponsorship - Kovalenko family docs

Hi Oksana,

For the I-134 I still need two things from Olena:
- her international passport number: FX739104 (please double-check the letters)
- the bank account in Ukraine where she'd like part of the stipend sent for her mother:
  UA40 1353 9013 1144 3402 1855 4484 9

Once I have those, the sponsorship can go in this week. Thank you for translating!

Greg, Sponsor Circle Lead, Grace Street Neighbors""",
        [("US_PASSPORT", "FX739104"), ("IBAN_CODE", "UA40 1353 9013 1144 3402 1855 4484 9")],
    ),
    (
        """Subject: schedule change for Yusuf during Ramadan

Hi Carmen,

Yusuf Abdi asked whether he can take his lunch break at sunset instead of noon during
Ramadan (it starts around February 8) since he'll be fasting, and leave 30 minutes early on
Fridays for prayers. He offered to cover the early opening on those days. I'm fine with it
if the front desk is covered. Can you adjust the February schedule?

Thanks,
Owen, Branch Manager""",
        [("religious_belief", "")],
    ),
    (
        """Subject: chaplain request - Mr. Lindqvist, room 12

Hi Chaplain Rees,

Nils Lindqvist in room 12 asked this morning for a Lutheran pastor to bring him communion.
He's been a member of Augustana in Moline all his life and would like someone from his own
tradition if possible. He is declining quickly (not eating since Tuesday, family called in),
so sooner is better than later. His daughter Karin is at the bedside most afternoons.

Thank you,
Beatriz, RN, Lakeshore Hospice""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Opportunity Scholarship essay - Daniela Quintero

My father was deported in 2019 after a DUI conviction, and since then my mother has worked
two jobs to keep our apartment. I became the one who signs my brothers' permission slips,
cooks dinner and checks homework. I learned that being responsible doesn't mean having every
answer; it means showing up. I want to study nursing at Cal State LA so that I can show up
for families like mine.

Daniela Quintero
Roosevelt High School, Class of 2027""",
        [("criminal_history", "")],
    ),
    (
        """hi tasha its ms. ferreira's nephew. gate code is #2749 then the call box, she wont
hear it so just come up to unit 14. shes had a rough week w/ the new insulin so pls check her sugar
before lunch. thx""",
        [("ACCESS_CODE", "2749"), ("health", "")],
    ),
    (
        """Subject: Reading list for the Scholars' book circle

Spring titles. Please order by ISBN so everyone has the same edition and page numbers:

1. The Long Way Home (essays) - ISBN 978-1-62779-453-4
2. Field Notes from a Free Clinic - ISBN 978-0-88001-331-4
3. Ledger of Small Mercies - ISBN 9780525644781
4. What the River Keeps - ISBN 979-8-218-40932-6

We meet the first Tuesday of each month, 6:30 pm, in room 204 of the Lindell Library.
Chapters 1-5 of the first book for February 2.""",
        [],
    ),
    (
        """Subject: Shipment of hygiene kits - tracking

Hi Rosa,

The 40 cartons of hygiene kits left our Reno warehouse today in two shipments:

UPS tracking: 1Z 9W2 48E 03 6718 3294 and 1Z9W248E0367190125
Invoice INV-2026-11873 (net 30), PO 44218, pallet IDs PL-0937 and PL-0938

Delivery is expected Wednesday between 9 and 12. Please have someone at the loading dock.
Each carton is 18 lb.

Thanks,
Mateo, Logistics, Sierra Relief Network""",
        [],
    ),
    (
        """Subject: TNR pickup points for Sunday

Colony locations from the feeders' app (times are last feeding):

- Behind the laundromat: 39.7392, -104.9903 (2026-12-05 18:42)
- Rail yard fence, east end: 39.7588, -104.9771 (2026-12-05 17:10)
- Church parking lot, by the dumpsters: 39.7307, -105.0012 (2026-12-04 19:55)

Traps go out at 4 pm, pickups by 7. Ear-tipped cats get released; anything already tipped
stays. Clinic drop-off is at 7:30 am Monday.

Metro Community Cats""",
        [],
    ),
    (
        """Subject: Expungement Day - Saturday, February 6

Do you have an old arrest or conviction on your record holding you back from a job,
housing or a loan? Volunteer attorneys will review your record for free and file petitions
on the spot when you qualify.

Bring a photo ID if you have one. We'll pull your record with your permission. No
appointment needed, 10 am - 3 pm, Northside Community Center. Spanish and Haitian Creole
interpreters on site.

Questions: call (305) 555-0116.
South Florida Reentry Legal Clinic""",
        [],
    ),
    (
        """Subject: Accessibility info for Saturday's workshop

Hi everyone,

The workshop room is on the ground floor with a step-free entrance on the Pine Street side.
There's an all-gender, accessible restroom next to the room. CART captioning and an ASL
interpreter will be there, and the slides will be shared in advance in large print.

If you need any other accommodation, reply by Wednesday; you don't have to tell us why.

Disability Rights Network, Training Team""",
        [],
    ),
    (
        """Subject: Candidate forum - City Council District 3

The Westside Neighborhood Association is hosting a candidate forum for the open District 3
seat on Thursday, January 28, 7 pm, at the Westside Rec Center. All five candidates on the
ballot have been invited and three have confirmed. Questions will come from residents;
submit yours at the door or on our site.

The association does not endorse candidates. The forum will be livestreamed and recorded.""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_13, "hard13", Path(__file__).with_name("hard-13.jsonl")))
