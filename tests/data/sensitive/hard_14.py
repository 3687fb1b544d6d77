"""Hard set 14: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

What the author read, and nothing else in the repository:
/work/shared/policy/privacy-policy.txt (above all Section 9, the definition of
Sensitive Data);
tests/data/sensitive/independent_sets.py (the checker and the record format);
scanner/categories.py (the names of the special categories); the ruff line-length
setting in pyproject.toml. The detector, its rules, its other test sets and its docs
were not read, and the detector was never run on these texts.

Identifier values were generated for this set with valid check digits (Luhn for cards,
the ABA checksum for routing numbers, mod-97 for IBANs, SSA rules for SSNs, the ITIN
group ranges for ITINs); none is a published test number or a trivial sequence. Names,
addresses, organisations and phone numbers are invented (US numbers in 555-01xx).

CONVENTIONS (every label can be checked against these)

Special categories (health, genetic, biometric, racial_ethnic_origin,
political_opinion, religious_belief, trade_union_membership, sexual_orientation,
criminal_history) are labelled once per text, value "", when the text discloses the
category about an identifiable person: someone named, the addressee ("you", "your
son"), the writer in the first person, or a clearly identified relative, colleague,
client or rider. Implicit disclosures count ("her chemo starts Monday", "since his
release from Dannemora", "took his shahada", "you and your late partner Frank").
- Never counted: topics, events, programmes and their descriptions, appeals,
  anonymised stories ("a mother we'll call K."), aggregate statistics, public figures'
  public positions (a councilmember's party and vote), templates with unfilled merge
  fields, blank forms, placeholders, policy text, job postings and EOE lines,
  fair-chance hiring language, research recruitment notices without a named
  participant, and texts marked as fiction or a training scenario.
- Negations and denials do not count: "I do NOT have diabetes" alone is a decoy (it
  discloses no condition). A text that denies one thing and discloses another is
  labelled for what it discloses. Hypotheticals and conditionals ("if you have PTSD
  you may be eligible") do not count.
- Health: diagnoses, symptoms, treatments and medication, allergies, disability and
  the accommodations that reveal it, pregnancy, fertility treatment, surgery,
  dialysis. Genetic: a named person's genetic or DNA test result (carrier status,
  BRCA, ancestry DNA); labelled genetic only, plus health only when a condition,
  diagnosis or treatment is also disclosed. An ancestry result that states ethnic
  origin is also racial_ethnic_origin. Biometric: a named person's fingerprint, face
  or voice template or its enrolment; saying fingerprinting is required is not.
- Religious belief: a person's own practice or membership stated or clearly implied
  (fasting for Ramadan, observing Yom Kippur, taking Amrit or shahada, sponsoring a
  puja for one's family, "practicing Catholic" on a profile). Names alone, working or
  volunteering at a faith-based organisation, and attending a public festival do not
  count. Racial/ethnic origin: a person's stated ethnicity, race or ethnic heritage;
  nationality, citizenship, passport country, language spoken and names alone do not.
- Sexual orientation: self-identification, a dating profile's "looking for", or a
  same-sex spouse or partner. Opposite-sex spouses are not labelled.
- Political opinion: a private person's party allegiance, candidate support or stated
  political stance. Trade union membership: a worker's labour-union membership or
  dues; tenant-union membership is NOT a trade union and is not labelled.
- Criminal history: a person's conviction, charge, incarceration, parole or
  probation, including the subject of an abuser's record; a clean background check
  is not labelled.

Value labels, each on the value exactly as written (separators, spaces and a wrapped
line break included), each value occurring once in its text:
- A passport of any country is US_PASSPORT; a driving licence of any state, province
  or country US_DRIVER_LICENSE; a state (non-driver) ID card US_STATE_ID; an ITIN
  US_ITIN; an SSN US_SSN, also a partial SSN given as such (last four) on the visible
  digits and an SSN written with unusual separators.
- A full card number (credit, debit, EBT) CREDIT_CARD; card last four alone
  CREDIT_CARD_LAST_DIGITS (EBT cards included); card security code / CID CVV.
- A bank account number of any country US_BANK_NUMBER; an ABA routing number
  ABA_ROUTING_NUMBER; an IBAN IBAN_CODE as written. UK sort codes and SWIFT/BIC codes
  are not labelled. A bank account's last four alone ("checking ending 6053") are not
  labelled (no label exists for them and they give no access), so such a text is a
  decoy. Accounts are labelled whoever holds them (person or organisation).
- Passwords (temporary ones from a helpdesk included) PASSWORD; PINs (card, library
  account, IRS IP PIN; also a PIN spelled out in words) PIN; one-time / MFA codes,
  door, gate and lockbox codes given to a person ACCESS_CODE; only the secret part of
  vendor credentials API_KEY (a Mailchimp key without its "-us21" data-centre
  suffix; Stripe secret keys, not publishable keys).
- Each credit score CREDIT_SCORE (one label per score); each adverse credit-report
  item (collection, charge-off, late payment) CREDIT_REPORT on that item's span.
- Not labelled anywhere: non-US national numbers with no label in the taxonomy
  (UK National Insurance, masked Aadhaar) - they appear only in texts positive for
  other reasons; library card and item barcodes, insurance policy numbers, EINs, NPIs,
  charity registration numbers, case, ticket, order, tracking, lot and meeting ids,
  usernames and e-mail addresses.

Emphasis: schools and PTAs, youth sports, summer camps (health forms, allergies,
EpiPens, medication), food banks and SNAP/WIC, tenant unions and a housing authority,
libraries, theatre and arts groups, independent-living and disability services,
a domestic-violence shelter, veterans' services, medical-research charities and patient
advocacy, fertility and adoption agencies, matchmaking and an LGBTQ+ seniors programme,
diaspora and cultural associations, mosque, temple and gurdwara groups, volunteer-driver
programmes, payroll and bookkeeping, IT helpdesk mail (resets, MFA codes, shared
logins, API keys), credit counselling, HR onboarding (I-9, direct deposit), VITA tax
clinics, gig platforms. Shapes: forwarded chains, '>' quoting, signatures and legal
disclaimers, auto-replies, mail-merge leaks, calendar invites, SMS shorthand,
British/Canadian/Australian/Indian English, OCR-spaced scans, CSV tables, key: value
forms, JSON, a card number wrapped across a line, subject-only items, a PIN in words and
an SSN with spaced separators, implicit disclosures, negations and near misses.
"""

from pathlib import Path

from independent_sets import Case, write

HARD_14: list[Case] = [
    (
        """Subject: Field trip to the Science Center - Thursday 10/16

Dear Room 14 families,

Thank you to everyone who returned permission slips! The bus leaves Maple Grove
Elementary at 8:45 and returns by 2:30. Please pack a disposable lunch and a water
bottle with your child's name on it. Chaperones: Mr. Dubois, Ms. Kaur, Mrs. Lindqvist.

[NURSE NOTE - Aiden Okafor: severe peanut allergy, EpiPen Jr in red pouch, must
stay with Ms. Kaur's group; two puffs of his inhaler before the outdoor exhibit]

Cost is $12 per student; scholarships are available, just email me.

Thanks,
Jenna Whitcomb
Room 14 Parent Volunteer, Maple Grove PTA""",
        [("health", "")],
    ),
    (
        """Maple Grove PTA - Weekly Update (Nov 3)

Book Fair is coming to the library Nov 17-21! Teachers' wish lists are posted at the
door. A few favourites our librarian flagged:
  - "The Wild Robot Escapes"  ISBN 978-0-316-38204-4
  - "New Kid" (graphic novel)  ISBN 978-0-06-269120-0
  - "Front Desk"  ISBN 978-1-338-15779-6
Cashless this year: scan the QR code at checkout or use the eWallet link.

Reminders
* Picture retakes: Tue 11/12, 8:30-11:00, gym
* Lost & found goes to donation on 11/22 (table ids LF-04 to LF-09)
* Spirit wear orders close Friday; order #PTA-2026-1188 and earlier ship this week

Questions? Call the PTA line at (614) 555-0187.""",
        [],
    ),
    (
        """---------- Forwarded message ---------
From: Tasha Green <tgreen.family@gmail.com>
Date: Sat, Mar 7, 2026 at 9:12 PM
Subject: Re: Spring registration - payment didn't go through
To: treasurer@eastsideyouthsoccer.org

Hi Paul, the website kept timing out so here is my card, can you just run it
for both kids (U10 girls + U12 boys)?

Visa 4287 6715 1066 6658  exp 09/29  security code 318
Name on card Latasha M. Green, billing zip 43207

Thanks!!

----
Paul - please process manually and then delete this. -- Coach Ray""",
        [("CREDIT_CARD", "4287 6715 1066 6658"), ("CVV", "318")],
    ),
    (
        """Eastside Youth Soccer - Spring 2026 field assignments

Game IDs are on the league app; check it the morning of, fields change with weather.

U8  Sat 9:00   Field 3  Game 26-0412  Lions vs. Comets
U10 Sat 10:30  Field 1  Game 26-0419  Thunder vs. Strikers
U12 Sun 1:00   Field 2  Game 26-0427  United vs. Rapids

Parking: lot B at 39.9524, -82.9171 (enter off Livingston Ave).
All coaches must complete the CDC HEADS UP concussion course before the first
practice; certificates go to Coach Ray. Heat index policy: water breaks every 15
minutes above 90F. Referee fees ($35 U8, $45 U10/U12) are paid from the league
account, not by coaches.""",
        [],
    ),
    (
        """Camp Willow Creek - Camper Health Form (submitted online)

Camper: Noah Feldstein        Cabin: Otter (ages 9-10)
Session: 2 (July 6 - July 18)
Allergies: tree nuts (anaphylaxis); EpiPen Jr x2 packed, 1 for nurse
Daily meds: methylphenidate ER 18 mg at breakfast (ADHD)
Dietary: nut-free table
Swim level: yellow band
Parent/guardian: Rachel Feldstein  (cell 215-555-0143)
Payment: Mastercard ending 3629, deposit $250 received

Nurse Carla, please confirm the EpiPens arrive on drop-off day.""",
        [("health", ""), ("CREDIT_CARD_LAST_DIGITS", "3629")],
    ),
    (
        """Subject: Reminder: Camper Health Form due May 15

Hi families! Every camper needs a completed health form before arrival. The form
asks for:

  Allergies: ____________________   EpiPen prescribed?  [ ] Yes  [ ] No
  Medications (name / dose / time): ______________________________
  Conditions we should know about: ________________________________
  Physician name & phone: _________________________________________

Medications must be in original pharmacy bottles. Our health centre is staffed by
two RNs 24/7 and we're a nut-aware camp. Forms received after May 15 delay cabin
assignments. Session 1 starts June 22; bus stop times for the Wegmans lot are
posted on the portal.

Camp Willow Creek Office | 570-555-0110 | Mon-Fri 9-4""",
        [],
    ),
    (
        """Hi Mrs. Alvarado,

This is Denise from the Northside Food Pantry benefits desk. I finished your SNAP
recertification online today. For your records:

- Confirmation: SNAP-RC-88214
- SSN used on the application: 241-37-4762
- Household size: 3 (you, Marco, Lucia)
- Interview: Tue Feb 10 at 10:20, they will call 419-555-0162

About your EBT card ending 0931: you said it was locked, so at the desk we reset the
PIN with you to 7305. Please memorize it and throw this email away after.

Denise Harper | Northside Food Pantry | Mon/Wed/Fri 9-1""",
        [
            ("US_SSN", "241-37-4762"),
            ("CREDIT_CARD_LAST_DIGITS", "0931"),
            ("PIN", "7305"),
        ],
    ),
    (
        """Northside Food Pantry - 2025 Year in Review

Thanks to 412 volunteers, we distributed 1.9 million pounds of food across 38,412
household visits. Who we served:
  * 61% of households receive SNAP; 18% receive WIC
  * 22% include someone with a disability
  * 9% include a veteran
  * 14% of guests told us they skipped medication to afford food

Our SNAP outreach team helped 640 families apply or recertify. Our new diabetes-
friendly pantry shelf, launched with ProMedica, stocks low-sugar items.

EIN 34-1827756 | 1120 Dorr St, Toledo OH 43607-2318""",
        [],
    ),
    (
        """Subject: Your WIC appointment - Lucas County WIC, Tue 1/13 at 2:40 PM

Hi Keisha,

This confirms your WIC appointment for you and baby Mateo (8 months). Since you told
us at the last visit that you are pregnant again (due in June), we will also do your
prenatal certification at this visit, so please bring:
  - proof of pregnancy from your OB (the note from Dr. Ansari is fine)
  - Mateo's shot record
  - proof of address dated in the last 30 days

Reply C to confirm or R to reschedule. Clinic phone 419-555-0148.""",
        [("health", "")],
    ),
    (
        """From: Eastgate Tenants Union <organize@eastgatetenants.org>
To: Property Management - Halvorsen Realty
Subject: Repair demand - Unit 4C, 2210 Eastgate Ave

Dear Ms. Halvorsen,

We write on behalf of Mr. Abraham Deng (Unit 4C), a member of our union. The black
mold in his bathroom has been reported four times since August (tickets 55120,
55187, 55302, 55419). Mr. Deng has COPD and is on home oxygen; his pulmonologist
says the mold is making it worse and he was hospitalized on 11/02.

We request remediation within 7 days under Section 8-2-07 of the housing code. We
are available to meet Tues or Thurs evenings.

Eastgate Tenants Union Steering Committee""",
        [("health", "")],
    ),
    (
        """Eastgate Tenants Union - General Meeting

When: Thursday Dec 11, 7:00-8:30 pm
Where: Community room, 2210 Eastgate Ave (side door) + Zoom, Meeting ID 831 4420 9176

Agenda
1. Vote: join the citywide campaign for rent stabilization (Measure R)
2. Report back on repair tickets - 47 open, 19 over 30 days
3. Know-your-rights: what a 3-day notice is and is not
4. Childcare and Spanish/Somali interpretation provided

Dues are $5/month, sliding scale, nobody is turned away. Bring a neighbour!""",
        [],
    ),
    (
        """METRO HOUSING AUTHORITY - Applicant Screening Notice

Applicant: Terrence L. Wade
Application no.: HCV-2025-004417
SSN (last 4): 7704
Identity verified with: Ohio state ID card SR739046

Dear Mr. Wade,

Our screening found the following item: a 2019 misdemeanor conviction for possession
of a controlled substance (Franklin Co. Municipal Court). Under our individualized
assessment policy, this does not automatically disqualify you. You may submit
evidence of mitigating circumstances (completion of programs, employment, letters of
reference) by January 9, 2027.

Applicant Services | 880 E. 11th Ave | (614) 555-0121 | TTY 711""",
        [("US_SSN", "7704"), ("US_STATE_ID", "SR739046"), ("criminal_history", "")],
    ),
    (
        """Subject: Waitlist position update - Case #MHA-WL-2210987

Dear Applicant,

Your position on the Housing Choice Voucher waiting list is 1,284 of 6,902 (as of
12/01/2026). Preference points on file: local resident (1).

What happens next: when your number is reached we will mail a full application.
Screening covers income, household composition, prior evictions and, as required by
HUD, lifetime sex-offender registration and certain drug-related criminal activity.
Applicants with other criminal history receive an individualized assessment.

Update your mailing address at the applicant portal; we cannot change it by email.
Metro Housing Authority | 880 E. 11th Ave | (614) 555-0121""",
        [],
    ),
    (
        """Riverside Public Library - Overdue Notice

Hi Devon,

The following items on your library card (ending 7719) are overdue:

  Item barcode      Title                                   Due
  31970012845507    The Hunger Games (paperback)             11/28
  31970010962206    Dog Man: Twenty Thousand Fleas Under...  11/30

Fines are no longer charged on children's items, but please return them so others
can borrow. Book drop at the Arlington branch is open 24/7. Lost an item? The
replacement cost is listed in your account.

Renew online at riversidelib.org/renew or call 951-555-0130.""",
        [],
    ),
    (
        """Hi Corinne,

Quick update on the Tuesday conversation circle. Amina Yusuf asked to switch to the
10:00 morning slot for the next four weeks. She told me she is fasting for Ramadan
and is too tired by the evening session, and her kids' iftar is at sunset anyway.
I said yes - the morning group only has 5 learners right now.

Also, the new Oxford Picture Dictionary copies arrived (12 of them), I shelved them
in the ESL cart, room B.

Thanks!
Haruto (volunteer tutor)""",
        [("religious_belief", "")],
    ),
    (
        """Riverside Public Library - Events this month

* Ramadan & Eid storytime with crafts - Sat 2/28, 11 am, Children's Room
* Lunar New Year lantern workshop - Sun 3/1, 2 pm (ages 6+)
* Pride reading group: "Giovanni's Room" - Wed 3/4, 7 pm
* Medicare 101 with a SHIP counselor - Thu 3/5, 1 pm
* Tax help (VITA) every Saturday in Meeting Room A - bring your own documents
* Memory Cafe for people living with dementia and their care partners - Fri 3/6

All events are free. ASL interpretation available with 5 days' notice.""",
        [],
    ),
    (
        """Subject: Macbeth rehearsal schedule - week of Jan 12 (revised)

Hi all,

Heads-up: Priya's chemo starts Monday, so we are moving all the Lady Macbeth scenes
to Wed/Thu evenings and keeping Monday/Tuesday for the witches and the battle stuff.
Priya asked me to tell everyone so nobody has to tiptoe around it - she plans to
stay in the role and will wear a headscarf in rehearsal.

Mon 1/12  7pm  1.1, 1.3, 4.1 (witches)
Tue 1/13  7pm  5.7-5.8 fight call with Dmitri
Wed 1/14  7pm  1.5, 1.7, 2.2
Thu 1/15  7pm  5.1 (sleepwalking) - closed rehearsal

Break a leg,
Owen (stage manager, Harbor Street Players)""",
        [("health", "")],
    ),
    (
        """Harbor Street Players - Auditions for "The Normal Heart" and "Wit"

We're casting our spring repertory! Both plays deal with illness: "The Normal Heart"
follows Ned Weeks, a gay writer, in the early years of the AIDS crisis; "Wit"
follows Vivian Bearing, a professor undergoing experimental treatment for
ovarian cancer. Intimacy coordination and a content advisory will be provided.

Auditions: Jan 24-25, 10am-4pm, Studio B (2nd floor, elevator access)
Callbacks: Jan 31
Roles: 9 men, 4 women, 3 any gender; ages 20s-70s; all ethnicities encouraged

Prepare a 1-minute contemporary monologue. Sign up at harborstreet.org/auditions.""",
        [],
    ),
    (
        """Hi Lauren,

Our finance system wants the artist payment details as JSON for the bulk upload. Here
is Kwame's entry for the mural fee ($4,500); the rest are in the shared drive.

{
  "payee": "Kwame Asante-Boateng",
  "vendor_id": "ART-0093",
  "method": "ACH",
  "routing_number": "120739316",
  "account_number": "574472795714",
  "account_type": "checking",
  "memo": "Eastside Murals 2026 - final installment"
}

Can you push it before the 15th? -- Mo, Bright Walls Arts Collective""",
        [("ABA_ROUTING_NUMBER", "120739316"), ("US_BANK_NUMBER", "574472795714")],
    ),
    (
        """Bright Walls Arts Collective - Interim report to the Riverbend Foundation
Grant no. RF-2026-0317 | Period: Jan 1 - Jun 30, 2026

Outputs
- 14 murals completed (2 pending permits), 3,900 sq ft of wall
- 61 paid artist contracts; median fee $2,150

Who we reached (self-reported, optional survey, n=58)
- 64% of artists identify as Black, Indigenous or people of color
- 21% identify as LGBTQ+
- 12% report a disability
- 9% are veterans

Next period we will add a Spanish-language open call. Budget variance: -3.2% (paint
costs). Contact: grants@brightwalls.org""",
        [],
    ),
    (
        """---------- Forwarded message ---------
From: Intake <intake@prairiecil.org>
Date: Mon, Nov 3, 2026 at 4:05 PM
Subject: New consumer - Rosa Ibarra
To: Home Modifications Team <homemods@prairiecil.org>

Rosa Ibarra, 34, lives alone in a 2nd floor walk-up in Peoria.
C5-C6 spinal cord injury (2023), uses a power wheelchair; needs PCA about 6 hrs/day.
Goal: move to an accessible unit and get ramp + roll-in shower quote for now.
ID on file: Illinois state ID I652-4810-9317 (copy in her folder).
Prefers text; Spanish or English.

> Please assign to Marcus for the home visit. Thanks - Jo""",
        [("health", ""), ("US_STATE_ID", "I652-4810-9317")],
    ),
    (
        """Prairie Center for Independent Living - Programs at a glance

Travel training: learn to ride CityLink routes 1-14 independently; open to anyone
with a disability who wants more freedom getting around.
Assistive technology lending library: 300+ devices, loans up to 30 days (device tags
AT-1100 through AT-1422).
Nursing-home transition: we help people move back to the community.
Peer support: led by staff who themselves have disabilities.

We are a consumer-controlled nonprofit; 51% of our board are people with
disabilities. Call 309-555-0177 or visit 1800 W. Main St, Suite 210.""",
        [],
    ),
    (
        """Hi Officer Brandt,

Thanks for calling back. Answers inline.

> Is the respondent still under supervision?
Yes - Travis Holt was convicted of aggravated assault in 2021 and is on parole
through 2027; his PO is in Lake County.

> Any medical concerns for the petitioner we should know about for the transfer?
Ms. Reyes is about 24 weeks pregnant and has had two ER visits for contractions, so
please no long drive without stops.

> Address?
Not by email. Call the shelter line and ask for the advocate on duty.

Sofia Marquez, MSW | Safe Harbor Women's Shelter
CONFIDENTIALITY NOTICE: This message and any attachments may contain information
that is privileged, confidential and protected from disclosure under the Violence
Against Women Act (34 U.S.C. 12291(b)(2)) and state law. If you are not the intended
recipient, any review, use, dissemination or copying is strictly prohibited. If you
received this message in error, notify the sender immediately and delete it.""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Hi Janelle,

Welcome - we are so glad you and the kids are here. A few practical things for
tonight:

* Front gate code is 5190, then press the bell icon. It changes every month and we
  will text you the new one; please don't share it with anyone, even family.
* Your room is 3B. Towels and toiletries are in the closet.
* Dinner is at 6, and the kids' playroom is open until 8.

Your advocate is Tamsin; she will meet you at 10 tomorrow for intake.

Safe Harbor House staff""",
        [("ACCESS_CODE", "5190")],
    ),
    (
        """Subject: She packed one bag. Will you help her unpack it?

Dear Friend,

Last winter a mother - we'll call her "K." - arrived at our door at 2 a.m. with two
children and one duffel bag. Over the next 90 days her advocate helped her get a
protective order, enroll her kids in school, and find an apartment.

In 2025 Safe Harbor sheltered 214 women and 297 children, and our 24-hour hotline
answered 6,118 calls. 1 in 4 women will experience severe intimate partner violence
in her lifetime.

$50 provides a night of safe shelter. Give at safeharbor.org/give
Safe Harbor is a 501(c)(3); EIN 47-2290183.""",
        [],
    ),
    (
        """From: Marcus Bell, County Veterans Service Officer
To: Claims team
Subject: Ortiz supplemental claim - checklist

Sgt. (ret.) Daniel Ortiz - supplemental claim after the 2025 rating decision.
VA file number / SSN: 081-26-8584
Current ratings: PTSD 70%, tinnitus 10%, lumbar strain 20% (combined 80%)
New evidence: private psych eval (Dr. Feinberg), buddy statement from SSG Pike
Intent to file date: 09/22/2026

Next step: get his DD-214 (copy in S:/Claims/Ortiz) and the 20-0995 signed.
Please don't forward outside the office.""",
        [("US_SSN", "081-26-8584"), ("health", "")],
    ),
    (
        """Veterans Day Breakfast - Saturday, November 8

Join the Muskingum County Veterans Service Office and VFW Post 1765 for a free
pancake breakfast, 7-10 am at the fairgrounds (Building 4).

Our claims officers will be on hand all morning. If you served and have hearing
loss, tinnitus, PTSD or exposure to burn pits or Agent Orange, you may be eligible
for VA compensation under the PACT Act - bring your DD-214 if you have it.

Free flu shots from the health department, 8-10 am.
RSVP: 740-555-0119 or vets@muskingum.example.gov""",
        [],
    ),
    (
        """Dispatch for Thu 2/5 - Go Along Rides (volunteer drivers)

7:15 pu Earl Haskins, 1412 Birch St apt 2 -> DaVita dialysis on Oak, drop by 7:40
  uses walker, needs arm on the steps. bldg door code 3380*
  chair time 4 hrs, return pu ~11:45
9:30 pu June Okonkwo -> Kroger Hilliard Rome Rd, then home, 2 bags max
1:00 pu Sam Petit -> library, wheelchair accessible van only (van #3)

reply Y to confirm ur run. questions txt Gail 614-555-0156""",
        [("health", ""), ("ACCESS_CODE", "3380")],
    ),
    (
        """Go Along Rides - October mileage reimbursement

Drivers, October reports are processed. Rate: $0.70/mile (IRS 2026 business rate).

Driver ID   Trips  Miles   Reimb.
GA-0142     18     311.4   $217.98
GA-0177     9      146.0   $102.20
GA-0203     22     402.9   $282.03

Odometer photos are required for any trip over 60 miles. Payments go out Friday by
direct deposit to the account you set up in the volunteer portal (we never email
bank details). Trip log template v3.2 is attached.""",
        [],
    ),
    (
        """Dear Linda,

Thank you for your generous gift of $250 to the Ohio Valley ALS Research Fund. As you
shared on the response card, your own ALS diagnosis in March 2024 is why you support
our Clinical Trials Navigator program, and we are honored to include your story
(first name only, as you requested) in our spring newsletter.

Your gift will help fund the biomarker study at Nationwide Children's and our
equipment loan closet.

Gift date: 11/20/2026  Receipt no. OVA-R-31842  Amount: $250.00
No goods or services were provided in exchange for this contribution.""",
        [("health", "")],
    ),
    (
        """Subject: Now enrolling: the STRIDE-2 study for adults with type 2 diabetes

The Ohio Valley Diabetes Research Alliance is helping recruit for STRIDE-2
(ClinicalTrials.gov NCT06187345), a 12-month study of a once-weekly medication.

You may be eligible if you:
  - are 40-70 years old
  - have had type 2 diabetes for at least 2 years
  - have an A1c between 7.5% and 10.5%

Participants receive study visits at no cost and up to $600 for time and travel.
Questions? Call the study coordinator at 614-555-0172 (IRB protocol 2026H0114).""",
        [],
    ),
    (
        """To: Members, Senate Health Committee
Re: SB 214 - Insulin Copay Cap

On behalf of the 4,300 members of T1D Connect, we urge you to pass SB 214 capping
insulin copays at $35/month. In our 2026 member survey (n=1,112), 27% reported
rationing insulin in the past year and 11% reported an ER visit for diabetic
ketoacidosis.

Insulin was discovered in 1921 and its inventors sold the patent for $1. No one in
our state should pay more than $35 for a month's supply.

Respectfully,
The T1D Connect Policy Committee""",
        [],
    ),
    (
        """Hi Maria,

Thank you for being so open at Thursday's circle about your BRCA2 result. Several
women asked me afterwards for your contact info - I didn't share it, but if you'd
like to connect with them, just say so and I'll make the intro.

The genetic counselor you asked about is Ruth Adler at Mercy Genetics; she takes
self-referrals. Next circle is Jan 8, same room (Cedar).

Best,
Gwen
Hereditary Cancer Support Network - Cincinnati""",
        [("genetic", "")],
    ),
    (
        """Bayview Fertility Center - Statement

Patient: Jessica Tran        Account: BFC-204418
Service: IVF cycle 2 - egg retrieval (10/14), ICSI, embryo culture
Insurance (Aetna) paid: $6,210.00    Patient balance: $1,845.00

We will charge the card on file ending 9204 on 11/30 unless you contact billing at
650-555-0134 before then. Payment plans are available.

Thank you for choosing Bayview Fertility.""",
        [("health", ""), ("CREDIT_CARD_LAST_DIGITS", "9204")],
    ),
    (
        """Bayview Fertility Center - November News

Free seminar: "IVF 101 - what to expect" Tue 11/18, 6:30 pm, or watch the recording.
Our embryologists will explain ICSI, PGT-A testing and frozen transfers.

Pharmacy notice: the manufacturer has recalled two lots of a progesterone-in-oil
product (lots 2LK0493 and 2LK0517). If you have these at home, call the pharmacy;
nobody needs to stop treatment without talking to their nurse.

Our 2025 live-birth rate per transfer (under 35) was 52.1% (SART clinic 1842).""",
        [],
    ),
    (
        """Subject: Home study draft - Delgado/Whitaker family (Colombia program)

Hi Renee,

Draft attached; two things for your review before it goes to the family:

1. Criminal history section: Mark Whitaker disclosed a 2009 DUI conviction (no
   injuries, completed probation 2011). Colombia's ICBF asks for the court record
   plus a rehabilitation letter, so I noted both as pending.
2. The ICBF form wants passport numbers for both applicants. Luis gave us his today:
   540266335. Mark's is renewing, expected by 12/20.

Mark and his husband Luis have been married since 2016; I wrote that section the way
we discussed.

Thanks,
Tomasz, Home Study Social Worker""",
        [
            ("criminal_history", ""),
            ("US_PASSPORT", "540266335"),
            ("sexual_orientation", ""),
        ],
    ),
    (
        """Bright Futures Adoption - Information Night

Thinking about adoption? Join us Tue 1/20 at 7 pm (in person or Zoom).
We place children from foster care and through our Hague-accredited international
programs (Colombia, India, Bulgaria). Single parents, LGBTQ+ families and families
of every faith are welcome; we are an affirming agency.

Home study fees start at $2,400; adoption tax credit up to $17,280 (2025 figure).
License no. 21-CPA-0457 | COA accreditation ID 4410-BFA
RSVP: bfadoption.example.org/info""",
        [],
    ),
    (
        """Subject: Your Kindred Match profile is live!

Hi Greg,

Your profile has been approved by our matchmakers. Here's what members will see:

  Name: Greg P., 52, Dayton OH
  Looking for: a man, 45-60, for a long-term relationship
  Faith: Catholic (practicing, attends Mass weekly)
  Kids: none, open to partner's kids
  Smoking: never

Your first curated intro arrives Thursday. Need to change something? Reply to this
email or edit at kindredmatch.example.com/profile.""",
        [("sexual_orientation", ""), ("religious_belief", "")],
    ),
    (
        """Kindred Match - Receipt

Order: KM-7F3A9C21-04D6
Plan: Premium, 3 months
Amount: $89.97 (incl. tax $5.97)
Paid with: PayPal
Date: 2026-11-30T18:42:09Z
Next renewal: 2027-02-28

Manage or cancel at any time under Settings > Subscription. Questions? Our support
team answers within 24 hours (ticket prefix KMS-). Kindred Match LLC, 2100 Kettering
Tower, Dayton OH 45423-1002.""",
        [],
    ),
    (
        """Dear Harold,

Welcome to the Silver Rainbow Circle, our LGBTQ+ seniors program! It was lovely
meeting you at intake on Tuesday. As you mentioned, you and your late partner Frank
were together 41 years, and you'd like to join the Wednesday grief and remembrance
group as well as the Friday lunch bunch. I've added you to both.

Your volunteer friendly-visitor, Pat, will call you this week to set up a first
visit. Transportation to the Friday lunch is available from Senior Connect (mark
your ride request "SRC").

With warmth,
Yolanda Pierce, Program Manager""",
        [("sexual_orientation", "")],
    ),
    (
        """Silver Rainbow Circle - December Gatherings

Our LGBTQ+ seniors program invites members, friends and allies to:

* Holiday potluck - Sat 12/13, 1-4 pm, Fellowship Hall (entrance on 5th St)
* "Stonewall at 57" talk by historian Dr. Alan Burkett - Wed 12/17, 2 pm
* Movie afternoon: "Pride" (2014) - Fri 12/19

Everyone is welcome; you don't need to be a member or to identify as LGBTQ+. The
hall is wheelchair accessible and hearing loops are installed.
Rides: call Senior Connect at 937-555-0105 two days ahead.""",
        [],
    ),
    (
        """Liebe Vorstandsmitglieder / Dear members of the board,

Please approve the following reimbursement from the Ethiopian Community Association
Frankfurt e.V. cultural fund:

Recipient: Tesfaye Gebremedhin
Purpose: coffee ceremony supplies and injera for Enkutatash (receipts attached)
Amount: EUR 312,40
IBAN: DE92 7319 5942 0301 1939 18
BIC: BYLADEM1ALG

Two signatures needed by Friday. Thank you!
Hiwot (treasurer)""",
        [("IBAN_CODE", "DE92 7319 5942 0301 1939 18")],
    ),
    (
        """Subject: Festival logistics - Eritrean & Ethiopian Heritage Day, Aug 16

Vendors and volunteers,

Setup starts 7:00 am at Riverside Park, Pavilion C (GPS 39.7684, -86.1581).
Booths: food 1-12, crafts 13-22, community orgs 23-30.
Catering counts for volunteer lunch: 40 regular, 25 halal, 18 vegetarian/fasting.
Stage schedule: 11:00 children's dance, 1:00 krar and masenqo, 3:00 fashion show.
Health department permit no. TFE-26-0881 must be displayed at each food booth.

Parking passes will be in your packet (lot P2). See you there!""",
        [],
    ),
    (
        """Hi Tou,

For the grant narrative, I'd like to mention that our new youth coordinator, Mai
Vang, is Hmong herself and grew up in the Frogtown neighborhood - her family came
from the Ban Vinai camp in 1987. She said that's fine to include, but please check
the wording with her before it goes to the foundation.

Draft paragraph is on page 3. Deadline is the 12th.

Thanks,
Pa Nhia
Hmong Cultural Arts Center""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Sat Sri Akal ji,

Quick update for the langar sewa rota for Gurpurab (Nov 5):
- Jaspreet Kaur took Amrit at the Vaisakhi amrit sanchar this April and has asked to
  do the prashad sewa in the morning - please put her on the 6:00 am slot.
- Rotis: the Dhillon family's team, 7-11 am
- Dishes: youth group, 12-3 pm

Need 4 more volunteers for parking. Reply here or call Harmeet 253-555-0164.

Guru Fateh,
Sukhwinder (Sewa committee)""",
        [("religious_belief", "")],
    ),
    (
        """Assalamu alaikum everyone,

Alhamdulillah, brother Jason Whitfield took his shahada after Jumuah last Friday.
Please make him feel welcome - he will be at the New Muslims circle on Sundays at
4 pm in the library room. Sister Amal is putting together a welcome basket; drop
items (prayer mat, a translation of the Qur'an, dates) at the office by Thursday.

Fajr moves to 6:12 am starting Monday. Jazakum Allahu khayran.

Masjid Al-Noor Community Committee""",
        [("religious_belief", "")],
    ),
    (
        """Masjid Al-Noor - Community Iftar Schedule (Ramadan 1448)

Iftar is served every Friday and Saturday after Maghrib, ~7:40 pm.
Sponsors: each night costs about $1,200 for 250 plates; sponsor at alnoor.example.org
Volunteers: setup 6:30 pm, cleanup after Isha.
Zakat al-Fitr this year: $12 per person, due before Eid prayer.
Taraweeh: 8 rakat, nightly at 9:15 pm; sisters' entrance on the east side.
Parking overflow at Lincoln Middle School (lot gate opens 6 pm).""",
        [],
    ),
    (
        """Sri Venkateswara Temple of Greater Columbus - Donation Receipt

Receipt no.: SVT-2026-11-0742
Devotee: Ravi Iyer and family
Seva: Satyanarayana Puja (sponsored), Sunday 11/23, 10:00 am
Gotram: Bharadwaja | Nakshatram: Rohini
Amount: $151.00
Paid by card: 5369 2857 7599 9791  exp 08/28
Tax ID: 31-1473802 - this receipt is valid for tax purposes.

Om Namo Venkatesaya. Prasadam will be distributed after aarti.""",
        [("CREDIT_CARD", "5369 2857 7599 9791"), ("religious_belief", "")],
    ),
    (
        """Hi Beth,

Here's the direct deposit change file for the 12/15 payroll at Hope Street Youth
Center. Please upload to Gusto by Wednesday; the old accounts should be deleted.

employee,ssn_last4,routing,account,type
Mariela Pena,8107,260773339,86223477279,checking
Andre Baptiste,1822,715642151,801689021,savings

Andre's old account at Fifth Third is closed so don't send a test deposit there.

Thanks!
Kim (bookkeeping, part-time)""",
        [
            ("US_SSN", "8107"),
            ("ABA_ROUTING_NUMBER", "260773339"),
            ("US_BANK_NUMBER", "86223477279"),
            ("US_SSN", "1822"),
            ("ABA_ROUTING_NUMBER", "715642151"),
            ("US_BANK_NUMBER", "801689021"),
        ],
    ),
    (
        """Hope Street Youth Center - 2027 Payroll Calendar

Pay frequency: semi-monthly (15th and last day). If payday falls on a weekend or bank
holiday, you'll be paid the business day before.

Period               Timesheets due   Pay date
01/01 - 01/15        01/13            01/15
01/16 - 01/31        01/28            01/29
02/01 - 02/15        02/11            02/13

Federal EIN 82-4419076 | state withholding registration on file with Kim
W-2s will be available in Gusto by January 31. Questions: payroll@hopestreet.org""",
        [],
    ),
    (
        """> On Tue, Oct 21, 2026 at 3:14 PM Marcus Oyelaran wrote:
> Sorry, I don't have an EIN, I just use my social. For the W-9:
> Name: Marcus A. Oyelaran
> Business name: (blank)
> Tax classification: individual/sole proprietor
> SSN: 520-35-8773
> Address: 77 Linden Pl, Apt 3, Yonkers NY 10701

Thanks Marcus, got it. I'll set you up as a vendor for the sound-design work on the
gala video ($1,800) and the 1099 will go to that address.

Deb Ruiz
Finance & Operations, Hudson Arts Alliance""",
        [("US_SSN", "520-35-8773")],
    ),
    (
        """Subject: [HELPDESK #44812] Password reset - Tomas Rivera

Hi Tomas,

Your Microsoft 365 password has been reset as requested by your supervisor.

Username: trivera@westsideliteracy.org
Temporary password: Kestrel!Harbor72

You'll be asked to choose a new password at first sign-in (14+ characters, no
reuse of your last 5). Please also re-register your Authenticator app if prompted.

--
Nonprofit Tech Partners | Helpdesk for 40+ Ohio nonprofits
Hours M-F 8-6 | 614-555-0190 | This ticket will auto-close in 3 days.""",
        [("PASSWORD", "Kestrel!Harbor72")],
    ),
    (
        """Subject: Reminder: we will NEVER ask for your password

Hi all,

Phishing season is here. A few reminders from Nonprofit Tech Partners:

1. We will never ask for your password or your MFA code by email, text or phone.
2. Passwords must be at least 14 characters; passphrases like four random words are
   great. Use the Bitwarden vault (v2026.10.2) for shared accounts.
3. If you got an email asking you to "verify your mailbox", forward it to
   phish@ntp.example.org and delete it.

Helpdesk ticket numbers always start with "#4" followed by four digits.""",
        [],
    ),
    (
        """From: Front Desk <frontdesk@sunrisefoodshelf.org>
Subject: Re: can't log in to the volunteer scheduler

hi Raj - the login text went to my phone not yours (we still share the front desk
number on the account). code is 604 918, it expires in 10 min so be quick!! after
ur in pls go to Settings > Security and add ur own cell so this stops happening

- Bev""",
        [("ACCESS_CODE", "604 918")],
    ),
    (
        """Subject: Handover - comms accounts (Keep private!)

Hi Zainab, since you're covering comms while I'm on leave:

Mailchimp
  login: comms@greenvalleyfoodbank.org
  pass: Bluebird#2291vault
  API key for the Salesforce sync: 8a67639f74080f56c5aa328f676226e2-us21
Canva: use "Sign in with Google" on the comms@ account
Facebook page: you're already an admin

Please change the Mailchimp password after I'm back. Thank you!!
Leah""",
        [("PASSWORD", "Bluebird#2291vault"), ("API_KEY", "8a67639f74080f56c5aa328f676226e2")],
    ),
    (
        """Hi Dev team,

The donation form on the gala site is failing with "Invalid API Key provided". This
is what's currently in the .env on the staging box:

STRIPE_PUBLISHABLE_KEY=pk_live_51W5bSapfQ7Dh3yEg42ipqnX1fkkjbd93oQGXy9KTU
STRIPE_SECRET_KEY=sk_live_51g1ZTVnVv2fgKD0f6YYIgrCOX6Jhw7Hd11XzWL8MHpoKEzViXZya8cd
STRIPE_WEBHOOK_PATH=/hooks/stripe
DONATION_MIN_CENTS=500

Could it be that staging should be using test keys? Ticket NTP-5521.

Sam (volunteer web dev), Friends of Cedar Library""",
        [("API_KEY", "sk_live_51g1ZTVnVv2fgKD0f6YYIgrCOX6Jhw7Hd11XzWL8MHpoKEzViXZya8cd")],
    ),
    (
        """Hi Andrea,

Thanks for meeting with me on Tuesday. Here's a summary of what we found on your
credit reports (pulled 11/18 through annualcreditreport.com):

Scores: TransUnion 584 | Equifax 601 (VantageScore 3.0)
Negative items:
  1. Collection - Portfolio Recovery Associates (orig. Synchrony), $2,317, 04/2025
  2. 60 days late - Capital One Quicksilver, 08/2025
Positive: auto loan with Ally, never late.

Action plan: (1) dispute item 1 - you believe it was paid; (2) set up autopay on the
Capital One card; (3) we'll meet again Jan 20.

Adaeze Nwosu, HUD-certified housing & credit counselor
Compass Financial Coaching (a program of United Neighbors)
This message is intended only for the person named above and may contain
confidential client information. Compass Financial Coaching is a HUD-approved
counseling agency; counseling is free and does not affect your credit. If you
received this email in error, please notify the sender and delete it.""",
        [
            ("CREDIT_SCORE", "584"),
            ("CREDIT_SCORE", "601"),
            (
                "CREDIT_REPORT",
                "Collection - Portfolio Recovery Associates (orig. Synchrony), $2,317, 04/2025",
            ),
            ("CREDIT_REPORT", "60 days late - Capital One Quicksilver, 08/2025"),
        ],
    ),
    (
        """hey Yesenia!! great news - ur experian went up to 662 (was 618 in june). the
Capital One charge-off from 2023 is still showing tho, so dont close the secured
card yet. bring ur paystubs thurs 4pm and we'll do the budget. - Coach Dre
(Compass Financial Coaching)""",
        [
            ("CREDIT_SCORE", "662"),
            ("CREDIT_SCORE", "618"),
            ("CREDIT_REPORT", "Capital One charge-off from 2023"),
        ],
    ),
    (
        """Free workshop: "Credit Scores Demystified"

Wed, Jan 14, 6:00-7:30 pm | Whitehall Branch Library, Meeting Room 2

- What goes into a FICO score (payment history 35%, amounts owed 30%, ...)
- Score ranges: 300-579 poor, 580-669 fair, 670-739 good, 740+ very good
- How collections and late payments show up, and how long they stay (7 years)
- How to get your free reports every week at annualcreditreport.com

Bring a notebook, not your reports - this is a group session. One-on-one coaching
is available afterwards by appointment. Library calendar event no. CFC-0114.""",
        [],
    ),
    (
        """Compass Financial Coaching - Q3 outcomes

Clients served: 318 (new: 112)
Average credit score change after 6 months: +41 points (median +33)
Clients with at least one collection account at intake: 57%
Total debt reduced: $684,210
Clients who opened a first savings account: 74

Highlights: our partnership with Ohio Valley Credit Union launched a credit-builder
loan ($500, 12 months). Funders: Fifth Third Foundation, Columbus Foundation.
Report prepared 10/06/2026 - dashboard v4.3""",
        [],
    ),
    (
        """Subject: I-9 Section 2 completed - Dominique Batiste (start 1/5)

Hi Grace,

I completed Section 2 of Dominique's I-9 in person today:

List B: Driver's license, Texas, no. 85437299, exp. 03/14/2030
List C: Social Security card (unrestricted) - verified, not copied

E-Verify case 2026-348-11902 came back "Employment Authorized". Her W-4 and the
direct deposit form are in the onboarding folder; she's starting in the Youth
Mentoring program on Monday.

Thanks,
Ivan - HR & Admin, Gulf Coast Mentors""",
        [("US_DRIVER_LICENSE", "85437299")],
    ),
    (
        """Fwd: scanned direct deposit form (OCR text below, original PDF attached)

DIRECT  DEPOSIT  AUTHORIZATION          Page 1 of 1
Employee  Name :  Chidi  Okoro               Emp # :  HS-0217
Bank  Name :  PNC  Bank ,  N.A.
Rou ting  No . :  045662720
Acc ount  No . :  9815441697         [X] Checking   [ ] Savings
Amount :  100 %   of  net  pay
Signature :  [signed]   Date :  11 / 03 / 2026

pls enter for next payroll - Kim""",
        [("ABA_ROUTING_NUMBER", "045662720"), ("US_BANK_NUMBER", "9815441697")],
    ),
    (
        """Welcome to Gulf Coast Mentors! Your first-day checklist

Start date: Monday 1/5, 9:00 am, 2nd floor reception (badge pickup)
Please bring ORIGINAL documents for your I-9 - either one from List A (e.g. U.S.
passport) or one from List B (e.g. driver's license) plus one from List C (e.g.
Social Security card). We cannot accept photocopies.

You'll fill out your W-4, state withholding and direct deposit forms in the
Paylocity portal before day one (the portal invitation arrives separately).
Employee ID: GCM-1187 | Supervisor: Tanya Price | Laptop asset tag: LT-2026-0093""",
        [],
    ),
    (
        """VITA intake summary - Site S20481376 (Eastside Library, Sat clinic)
Preparer: K. Huang | Quality reviewer: M. Ortega

Taxpayer: Hector Salinas         SSN 648-70-1308
Spouse: Carmen Salinas           ITIN 984-82-0916 (renewed 2025)
Dependent: Sofia Salinas (7)     ITIN 992-59-3314
Filing status: MFJ | ODC for Sofia | state return: none (TX)
Refund: direct deposit
   Routing 317235801   Account 796895688963   (checking, Texas Dow Employees CU)

Client will pick up copies Tue. Do NOT email the 8879 back to them unencrypted.""",
        [
            ("US_SSN", "648-70-1308"),
            ("US_ITIN", "984-82-0916"),
            ("US_ITIN", "992-59-3314"),
            ("ABA_ROUTING_NUMBER", "317235801"),
            ("US_BANK_NUMBER", "796895688963"),
        ],
    ),
    (
        """Subject: Your IRS Identity Protection PIN - bring it Saturday

Hi Mr. Lindgren,

We need your 2026 IP PIN to e-file your return. You read it to me over the phone
today, so I'm writing it down here for your folder: 482915.

Please also bring the IRS letter CP01A if you still have it. Our records show the
return under SSN ending 3518.

See you Saturday at 10:30,
Anjali Nair, VITA volunteer - Westgate Tax Clinic""",
        [("PIN", "482915"), ("US_SSN", "3518")],
    ),
    (
        """FREE TAX HELP - VITA at Eastside Library
Saturdays Feb 7 - Apr 11, 9 am - 2 pm, by appointment (walk-ins until noon)

For households earning up to $67,000. Bring:
  * Photo ID for you (and your spouse, if filing jointly)
  * Social Security cards or ITIN letters for everyone on the return
  * All W-2s, 1099s, 1098-T and health coverage forms (1095-A)
  * A blank check or your bank's routing and account numbers for direct deposit
  * Last year's return and your IRS IP PIN letter if you have one

Book: call 211 or visit eastsidetax.example.org. Site S20481376.""",
        [],
    ),
    (
        """Subject: Your RideLocal driver application - next steps

Hi Farid,

Thanks for applying to drive with RideLocal in Toronto. We've received:
  - Ontario driver's licence K1953-40718-60512 (class G, exp 2029)
  - vehicle ownership and insurance pink slip

Your Criminal Record and Judicial Matters Check came back with a 2017 conviction for
theft under $5,000. Under our policy, convictions older than 7 years are reviewed
case by case; please send us a short statement about it and any reference letters
within 14 days, and a specialist will review your application.

RideLocal Driver Operations, Toronto""",
        [("US_DRIVER_LICENSE", "K1953-40718-60512"), ("criminal_history", "")],
    ),
    (
        """Official donation receipt for income tax purposes

Prairie Harvest Food Bank Society
Charitable registration no. 88765 4321 RR0001
Receipt no.: PH-2026-014472
Donor: Margaret Lavoie, 212 Rue Marion, Winnipeg MB R2H 0T8
Date received: 2026-11-27      Location issued: Winnipeg, Manitoba
Eligible amount of gift: $300.00 CAD

Thank you for helping us serve 41,000 Manitobans this year, including our new
halal and kosher hampers. Canada Revenue Agency: canada.ca/charities-giving""",
        [],
    ),
    (
        """Hi Oliver,

Cheers for sending your payout details for the Deliverr courier account - all set
up now. For your records we've saved:

Sort code: 20-45-77
Account number: 31282862
Account name: O J Whitfield-Hayes
National Insurance number: JT 48 29 61 C

Payouts run every Tuesday; the first one after your vetting clears may take up to
5 working days. Any problems, reply here or ring 0161 555 0412.

Courier Support Team""",
        [("US_BANK_NUMBER", "31282862")],
    ),
    (
        """Dear Sir/Madam,

Kindly find below the details for the group booking of the Punjabi Cultural Society
heritage tour (Amritsar - Wagah - Chandigarh, 3-11 February), as requested by the
travel agent.

Name of member: Gurpreet Singh Bhullar
Passport no.: Z4829163  (Indian, valid till 2033)
Aadhaar: XXXX XXXX 4417 (masked, as per UIDAI)
Mobile: +91 98140 55231

Please do the needful and revert at the earliest. The balance payment will be done
by NEFT by Monday.

Regards,
Harinder Kaur Sandhu, Hon. Secretary""",
        [("US_PASSPORT", "Z4829163")],
    ),
    (
        """Dear Members,

Greetings from the Telugu Association of North Texas! As many of you have asked, the
Consulate General of India (Houston) is holding an outreach camp for passport and
OCI services on Saturday 17 January, 10 AM to 4 PM, at our community hall (8712
Coit Road, Plano TX 75025-3310).

Please note: Aadhaar enrolment is NOT available at this camp, since UIDAI only
enrols residents inside India. Kindly bring your filled VFS application print-out
(reference format HOU-26-XXXXXX) and two photographs of 2x2 inch.

Sankranti celebrations follow at 5 PM - muggulu competition, kite flying and
pongal. Kindly RSVP by Monday.

Regards, Organising Committee""",
        [],
    ),
    (
        """G'day Sharon,

Thanks heaps for signing up as a volunteer driver with Northern Beaches Community
Transport! To finish your registration we've recorded:

  Driver licence: NSW 21847390, expires 09/2028, class C
  Vehicle: Toyota Corolla, rego CRL-62K
  Working with Children Check: verified online

Your induction is on Thursday 14 May at 10am at the Dee Why office. Bring your
licence and a hi-vis vest if you have one (we've got spares).

Cheers,
Bruce - Volunteer Coordinator""",
        [("US_DRIVER_LICENSE", "21847390")],
    ),
    (
        """Invitation: Accommodation meeting - Tom Reyes (MS flare, return-to-work plan)
When: Wed Dec 10, 2026 2:00pm - 2:45pm (EST)
Where: HR conference room / Teams
Organizer: hr@lakesidecommunityservices.org
Guests: Tom Reyes, Angela Brooks (supervisor), Janet Cole (HR)

Agenda: reduced hours for 4 weeks, remote days on infusion weeks, ergonomic chair.
Please bring the updated note from Dr. Patel.

Join Microsoft Teams meeting: Meeting ID 214 882 305 17
Going?   Yes - Maybe - No   more options >>""",
        [("health", "")],
    ),
    (
        """Invitation: Finance Committee - FY2027 budget draft
When: Tue Jan 13, 2027 5:30pm - 6:30pm (CST)
Where: Zoom - https://zoom.us/j/84177206315
Meeting ID: 841 7720 6315 | One tap mobile +13126266799,,84177206315#
Calendar: treasurer@tallgrassarts.org
Guests: board-finance@tallgrassarts.org (7)

Agenda: (1) Q2 actuals vs budget, (2) NEA grant match, (3) reserve policy v1.2,
(4) audit RFP - 3 bids received
Reply for treasurer@tallgrassarts.org: Yes - Maybe - No""",
        [],
    ),
    (
        """Automatic reply: Re: Sukkot family program budget

I'm observing Yom Kippur and will be offline from sundown Tuesday through Wednesday
night. G'mar chatimah tovah to those who are fasting. For anything urgent about the
Westside JCC family programs, please call the front desk at 310-555-0146.

Ilana Weiss
Family Programs Director""",
        [("religious_belief", "")],
    ),
    (
        """Automatic reply: October board packet

Thanks for your email. I'm at the National Disability Rights Network conference in
Sacramento through Friday 10/17, with limited access to email. For urgent matters
about the Independent Living Skills program, contact Jerome Watts at ext. 214.

Kind regards,
Bethany Cho
Director of Programs, Prairie Center for Independent Living
Please consider the environment before printing this email.""",
        [],
    ),
    (
        """Subject: Re: Dwayne's parole hearing - support letter from the choir

Sounds good, I'll bring it to rehearsal Thursday so everyone can sign. I used the
letterhead from the spring concert program. Do we know which address it goes to?

- Carol
Riverbend Community Chorus""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Fwd: new back door code 7731 for Saturday pantry volunteers

see below - pls don't post it in the group chat.

Thanks,
Trish
Green Valley Food Bank volunteer lead

---------- Forwarded message ---------
From: Marcus Lee <facilities@greenvalleyfoodbank.org>
Subject: new back door code

Changed the keypad after the break-in. New code is in the subject line, works from
today. Old code is dead.""",
        [("ACCESS_CODE", "7731")],
    ),
    (
        """Hi Jess,

For the theatre camp tuition (Leo, 2 weeks, $640) here's my card since the online
form won't take Amex apparently?? Amex 3743 338622
41679, exp 07/28, CID 2914. Billing address same as on the registration.

Sorry for the hassle!
Megan Castellanos""",
        [("CREDIT_CARD", "3743 338622\n41679"), ("CVV", "2914")],
    ),
    (
        """Hi Rose - it's Tyler from the Senior Tech Buddies program at the library!

You asked me to write down what we set up today so you don't lose it:
- Your new debit card PIN (you picked it at the bank): seven-three-nine-one
- The Social Security online account asked for your SSN, you typed
  3 6 0 - 0 6 - 2 3 4 4 (your handwriting on the card was hard to read, so please
  double check it against the card)

Please keep this email somewhere safe, or even better print it and delete it.
See you next Tuesday at 2!
Tyler""",
        [("PIN", "seven-three-nine-one"), ("US_SSN", "3 6 0 - 0 6 - 2 3 4 4")],
    ),
    (
        """Hi Coach Melissa,

Filling in the gaps on the Thursday Walk & Roll fitness club registration: I do NOT
have diabetes - I think the form defaulted to "yes" on that box, sorry. What I do
have is atrial fibrillation, and I'm on warfarin, so I bruise easily and shouldn't do
the kickboxing station. My cardiologist cleared me for walking and light weights.

Emergency contact: my son Rick, 505-555-0128.

Thanks,
Gloria Benavides""",
        [("health", "")],
    ),
    (
        """Hello,

I received the "Diabetes Prevention Program" welcome packet from the Eastside
Wellness Collaborative but I think I was signed up by mistake when I filled in the
community health fair survey. I do NOT have diabetes or prediabetes and I'm not
interested in the program. Please remove me from that mailing list.

Member ref: EWC-55821-B
Thanks,
Walter Kim""",
        [],
    ),
    (
        """Subject: Your Thanksgiving box pickup time

Dear Doris,

Your Thanksgiving box is ready! Pickup is Saturday 11/22 between 10:00 and 10:30 am
at the side door of St. Brendan's Hall (bring this email or your client card).

[INTERNAL - DELETE BEFORE SENDING: Doris Keane, client since 2022, HIV+ and diabetic,
pack the low-sodium / low-sugar box, no canned yams]

Happy Thanksgiving from all of us at Greenfield Community Pantry!""",
        [("health", "")],
    ),
    (
        """Subject: Action needed: confirm your details for the 1099-K

Dear {{first_name}},

Our records show your payout account ending in {{acct_last4}} and the taxpayer ID
{{tin_masked}} on file. If this is correct, no action is needed. If not, update your
tax information in the Gigly dashboard by January 15 so your 1099-K is accurate.

Total 2026 payouts: {{ytd_payouts}}
Merchant ID: {{merchant_id}}

The Gigly Team | 500 Folsom St, San Francisco CA 94105-3121""",
        [],
    ),
    (
        """Gigly - Weekly payout sent

Hi Renata, your payout is on its way.

Amount: $412.36
Jobs: 14 (Nov 24 - Nov 30)
Sent to: Chase checking ending 6053
Transfer ID: po_1QkX8fD2uZ93hR
Expected arrival: Dec 2-3 (ACH)

Fees this week: $0.00. See the breakdown at gigly.example.com/earnings.
You are receiving this email because you have a Gigly Pro account. Gigly, Inc. is
not a bank; payouts are processed by its payment partners. Gigly, Inc., 500 Folsom
St, San Francisco CA 94105-3121. Manage notification settings in the app.""",
        [],
    ),
    (
        """Hi support,

Our background-check webhook keeps failing validation. Payload from last night below
(from the sandbox... sorry, it's actually prod, please purge your logs after):

{"event": "candidate.created", "id": "cand_8fa21e77",
 "first_name": "Marisol", "last_name": "Quintero",
 "driver_license_number": "B8427213", "driver_license_state": "CA",
 "ssn_last4": "0120", "zipcode": "95814",
 "package": "driver_pro", "created_at": "2026-11-29T03:14:22Z"}

Error: 422 - "dob is required". Is dob mandatory now?
-- Gigly platform team""",
        [("US_DRIVER_LICENSE", "B8427213"), ("US_SSN", "0120")],
    ),
    (
        """Subject: Biometric timeclock enrollment complete - Dana Kowalczyk

Hi Ruth,

The new clock at the Sunnyside kitchen is set up. I enrolled Dana Kowalczyk today:
right index and right middle fingerprint templates stored on the device (template
IDs FP-0041, FP-0042), face photo skipped. She signed the BIPA consent form (copy in
her HR file).

Next up: the three part-time cooks on Thursday. The device serial is TC-8842-A;
firmware 3.14.2.

Miguel, Operations - Sunnyside Community Kitchen""",
        [("biometric", "")],
    ),
    (
        """Hi Janine,

For the voter-registration table at the fall carnival: please don't put Gary Lutz on
the same shift as Leila. Gary told everyone at the last meeting he's a die-hard
Trump guy and thinks the school bond is a socialist scam, and Leila volunteers for
the Democratic county party - it got heated. Maybe Gary on the ring toss instead?

Table is 4-6 pm, nonpartisan materials only (from the League of Women Voters).

Thanks!
Ana, PTA volunteer coordinator""",
        [("political_opinion", "")],
    ),
    (
        """Fwd: article for the board packet

FYI for Thursday - from the Ledger:

"Councilmember Diane Reyes, a Democrat who chairs the budget committee, voted
against the library levy renewal on Tuesday, saying the city 'cannot afford a 2-mill
increase.' Council President Mark Ohler, a Republican, voted in favor. The levy
will appear on the May ballot as Issue 14."

Board meeting: Thu 6 pm, Main Branch Auditorium. Packet v2 attached.""",
        [],
    ),
    (
        """Hi Kim,

Please start union dues deductions for Carla Nguyen beginning with the 1/15 payroll.
She signed her SEIU Local 1021 membership card last week (copy attached); dues are
1.5% of gross, capped at $95/month, remitted to the local by the 10th.

Also, her address changed to 4410 Fruitvale Ave, Oakland 94601.

Thanks,
Alicia
HR, Bay Area Youth Arts""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Driver of the month nomination - Raymond Acevedo

Hi Carmen,

I'd like to nominate Raymond Acevedo for driver of the month. Since his release from
Dannemora in May he has driven 61 runs for us, mostly the early dialysis rides
nobody else wants, and he has never missed a pickup. Two riders asked for him by
name this week.

Happy to write the blurb for the newsletter if he's OK with it.

Gail, Dispatch - Go Along Rides""",
        [("criminal_history", "")],
    ),
    (
        """Hi Corinne,

Me and my wife Jen would love to host a table at the library's Family Game Night in
March! We run a small board-game cafe (Meeple & Mug) and can bring 10-12 games plus
2 volunteers. Do you need a certificate of insurance for that? Our policy number is
BOP-7724410-02.

Thanks so much,
Brenda Kowal (she/her)
Meeple & Mug, 88 Canal St""",
        [("sexual_orientation", "")],
    ),
    (
        """Hi Abdi,

Loved your talk at the Somali Heritage Circle! For the family-history workshop
handout, is it OK to quote what you said about your 23andMe results - that they
showed you're 38% Bantu/East African and that's how you found your cousins in
Kismayo? I'd keep it to first name only. Let me know by Friday.

Handout draft: v0.3 (shared drive > Workshops > 2027)
Warmly,
Halima""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Hi Sanne,

Thanks again for bringing "Salt Lines" to the Harborfront Puppet Festival! To pay
your artist fee we just need to confirm the bank details from your invoice
(INV-2026-031):

Beneficiary: Sanne de Vries / Stichting Draadloos Theater
IBAN: NL72 RABO 4332 5193 76
BIC: RABONL2U
Amount: USD 2,800 (converted at the bank's rate), wire fees paid by us

Payment goes out within 10 business days of the festival closing (Oct 26).

Best, Naomi - Harborfront Arts, Finance""",
        [("IBAN_CODE", "NL72 RABO 4332 5193 76")],
    ),
    (
        """Advocate Training - Module 4 role-play (FICTIONAL SCENARIO)

Scenario: "Jane", 29, calls the hotline. During the call she says she is HIV
positive, that her partner has a prior conviction for assault, and that she is afraid
to go to the hospital. Practice: (1) validate, (2) assess immediate safety,
(3) explain confidentiality limits, (4) offer medical advocacy.

Debrief questions are on p. 12. All names and details are invented for training.
Certification hours: 2.0 (toward the 40-hour state requirement, course code DVA-404).""",
        [],
    ),
    (
        """We're hiring: Bakery Production Associate (full time, $18.50/hr)

Second Rise Bakery is a fair-chance employer. We do not ask about conviction history
on the application, and having a record does not disqualify you. About half of our
team came to us through reentry programs, and we're proud of it.

Shifts: 5 am - 1:30 pm, Mon-Fri. Benefits: health, dental, 2 weeks PTO.
Apply at secondrise.example.com/jobs (requisition #SRB-112). EOE - we welcome
applicants of all races, religions, sexual orientations, disabilities and veterans.""",
        [],
    ),
    (
        """Subject: MFA is coming to your nonprofit's Microsoft 365 on Feb 2

Hello Westside Literacy staff,

Starting Monday Feb 2, signing in to email will require a second step. What to do:

1. Install Microsoft Authenticator (iOS 6.8.20 or Android 6.2512.x).
2. Go to aka.ms/mfasetup and scan the QR code.
3. When signing in, approve the prompt or type the 6-digit code shown in the app.

We will never ask you to read a code to us. If you lose your phone, call the helpdesk
at 614-555-0190 and we'll verify you by video. Change request CR-2026-118.""",
        [],
    ),
    (
        """Teen Writers' Workshop - Week 6 prompt

This week's prompt (fiction, 800 words max): Your main character, Marcus, 17, is
picking up his older brother on the day he is released from prison. Write the car
ride home. Think about what neither of them says.

Bonus: include a detail about the brother's faith or the family's heritage that
changes how Marcus sees him.

Due Sunday 11:59 pm in the Week 6 folder. Feedback pairs are posted on the board
outside Room 12.""",
        [],
    ),
    (
        """Your order has shipped! - Hollow Oak Soap Co.

Order #HOS-20931 | Placed 2026-12-01
Items: Oatmeal & Honey bar x3 (lot 26K114), Lavender shampoo bar x1 (lot 26J087)
Carrier: USPS Ground Advantage
Tracking: 9400 1118 9922 3485 6614 07
Ship-to: Bloomington, IN 47401-5523

Questions about ingredients or allergies? Every label lists them, and our
fragrance-free line is made in a separate batch. Support ref
3f2a9c4e-7b1d-4e0a-9a63-0c5e18d2b7f1.""",
        [],
    ),
    (
        """Lupus Alliance of the Carolinas - Provider referral list (updated Nov 2026)

Rheumatology
  Dr. Nandita Rao, MD     NPI 1487762301   Carolina Arthritis Assoc., Durham
  Dr. Paul Greaves, MD    NPI 1629154387   Wake Rheumatology, Raleigh
Nephrology
  Dr. Imani Lowe, MD      NPI 1306819542   Triangle Kidney Care

These providers have agreed to see new lupus patients within 6 weeks. Inclusion is
not an endorsement. Report outdated info to info@lupuscarolinas.org.""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_14, "hard14", Path(__file__).with_name("hard-14.jsonl")))
