"""Hard set 15: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

What the author read (and nothing else in the repository): the privacy policy
(/work/shared/policy/privacy-policy.txt, above all Section 9, the definition of Sensitive
Data); tests/data/sensitive/independent_sets.py (the checker and the record format);
scanner/categories.py (the names of the special categories used as labels); and the
line-length setting of ruff in pyproject.toml. No detector code, rules, docs, other hard
sets or git history were read, and the detector was never run on these texts.

Identifier values were generated for this set with valid check digits (Luhn for cards,
the ABA checksum for routing numbers, mod-97 for the IBAN, SSA rules for SSNs and the
ITIN rules for ITINs); none is a published test number or a trivial sequence. Card-like
numbers in decoys (order numbers, tag numbers) fail Luhn, and no decoy holds a valid
SSN-shaped number.

CONVENTIONS (every label can be checked against these decisions)

Special categories (health, genetic, biometric, racial_ethnic_origin, political_opinion,
religious_belief, trade_union_membership, sexual_orientation, criminal_history):
- Labelled when the text discloses the category about an identifiable person: someone
  named, the addressee, the writer in the first person, or a clearly identified relative,
  colleague, client or patient ("my husband Tom", "Jaylen's dad", "the Rosenbergs").
  Each such category is labelled once per text with value "", however many people or
  mentions it covers. A disclosure in the Subject line alone counts.
- Never counted: topics, events, programs and services described in general, appeals,
  anonymised or "details changed" stories, aggregate statistics, public figures' public
  positions (candidates in a voter guide), clergy and teachers named in their public
  religious role, templates with unfilled fields, blank forms, placeholders, policy and
  eligibility text, job postings and fair-chance hiring language, marked fiction and
  training scenarios, hypothetical questions, and organisations' own holidays,
  certifications or affiliations (a restaurant closing for Eid, halal-certified meat).
  Working for or signing on behalf of a religious, political or LGBTQ organisation is
  not a disclosure about the staff member.
- health: any current or past illness, injury, diagnosis, disability, pregnancy,
  medication, treatment, test result, allergy, substance use, blood-borne infection or
  hospitalisation of an identifiable person, including implicit ones ("her chemo starts
  Monday", "home from Sloan after her mastectomy"). Negations do not erase a disclosure
  about someone else in the same sentence ("I'm not diabetic, but my husband is").
- genetic: genetic test results, genotypes, carrier status and HLA typing. A genetic test
  result alone is labelled genetic only (sickle cell trait found on a newborn screen is
  carrier status, not a condition); when a condition, diagnosis or treatment is also
  disclosed, health is labelled as well. A hereditary disease named without any test
  result (hemophilia, cystic fibrosis) is health only.
- biometric: biometric data itself about an identifiable person (fingerprint templates,
  face or voice prints). Mentioning that fingerprints will be collected or enrolled, or a
  biometric privacy notice, is not biometric data.
- religious_belief: an identifiable person's faith, congregation membership, worship,
  observance (fasting on Yom Kippur, keeping kosher, being amritdhari, taking refuge),
  conversion, a religious wedding ceremony, or giving tithes or receiving zakat.
- sexual_orientation: explicit statements, same-sex partners or spouses ("my husband"
  from a man, two brides), or sexual activity. Membership of a Pride or LGBTQ choir or
  group alone does not reveal orientation (allies sing and attend too).
- Gender identity: not a labelled category in Section 9 and not a GDPR special category,
  so being trans or nonbinary, a name change, pronouns, "came out as nonbinary" and
  attendance at a trans support group are NOT labelled. Medical transition details
  (hormones, surgery, prior authorisations) are health.
- racial_ethnic_origin: explicit racial, ethnic or tribal identity of a person,
  including an Ethnicity column in rows about named people. Nationality, citizenship,
  country of birth, immigration status, language spoken and a person's name are not.
- political_opinion: a named person's party registration or former registration, support
  for a candidate, ballot measure or cause, volunteering or canvassing for an advocacy
  campaign, or party office. Nonpartisan voting information is not.
- criminal_history: arrests, charges, pre-trial detention, bail, convictions (DUI/DWI
  included), incarceration, parole or probation of an identifiable person. Traffic
  tickets and speeding infractions are not criminal history.
- trade_union_membership: an identifiable person's union membership or dues.
- A named person's participation as a client in a service defined by a labelled category
  counts as that category; being a volunteer, donor or staff member of it does not.

Value labels (each value is labelled exactly as written, once, on its own span):
- A passport of any country is US_PASSPORT; a driving licence of any state, province or
  country is US_DRIVER_LICENSE; a state or provincial non-driver ID card is US_STATE_ID;
  an ITIN is US_ITIN; a full SSN is US_SSN; a partial SSN given as such (last four) is
  US_SSN on the visible digits. No other national ID numbers (SIN, PPSN, NIN) are used.
- A full card number (credit or debit) is CREDIT_CARD; card last four alone is
  CREDIT_CARD_LAST_DIGITS; a security code (CVV, CVC, CID) is CVV. Bank account
  numbers are never given as last four in this set.
- A bank account number of any country is US_BANK_NUMBER; an ABA routing number is
  ABA_ROUTING_NUMBER; branch codes that are not ABA numbers (Australian BSB, BIC/SWIFT)
  are not labelled; an IBAN is IBAN_CODE as written, with its spaces.
- Passwords of any kind (bank portal, club website, Wi-Fi) and answers to security
  questions are PASSWORD; usernames and user IDs are not labelled.
- PINs (card PIN, IRS Identity Protection PIN) are PIN.
- One-time verification codes and door, gate, keypad, lockbox and alarm codes given to a
  person are ACCESS_CODE. Promo, registration, RSVP and sponsor codes mailed to a whole
  list, confirmation numbers and case numbers are not.
- Only the secret part of vendor credentials is API_KEY (a Stripe secret key, an AWS
  secret access key); publishable keys and access key IDs are not labelled.
- Each credit score is CREDIT_SCORE (the number). Each adverse credit-report item
  (late payments, collections, charge-offs, bankruptcy) is CREDIT_REPORT on that item's
  span, without a leading "Derogatory:" or "collections:" tag.

Emphasis: free clinics and community health workers, dental and vision charities,
home-visiting nurses, doulas and maternal health, a peer-support warmline, eating-disorder
and autism family networks, hemophilia, sickle-cell and cystic-fibrosis foundations, blood
and living-kidney donation, clinical-trial navigation, running, netball and rowing clubs,
choirs, a community band and orchestra, community theatre, museums and a zoo, land trusts
and a creek cleanup, a Habitat-style home builder, a CDFI, an emergency fund,
scholarships, an alumni association, Rotary and Lions clubs, VFW and Royal Canadian
Legion posts, Scouts, Guides, 4-H, mentoring, a senior center and meal delivery,
immigrant-owned businesses, a florist, a property manager, a CPA firm, a church
bookkeeper, a mosque's zakat committee, a synagogue's chesed committee, a gurdwara's
langar team, a Buddhist sangha, a Pride chorus, a trans support group, an advocacy
nonprofit's volunteer desk, a prison pen-pal program and a bail fund. Shapes: quoted
replies several levels down, forwarded chains, HIPAA and confidentiality footers,
auto-replies, mail-merge leaks, minutes, CSV and pipe-table exports, HTML remnants, JSON,
YAML and log lines, OCR text, key: value forms, a value split by a line wrap, a
Subject-only disclosure, dotted, spaced and en-dash separators, Nigerian, Canadian, Irish,
Australian and Filipino English and non-native English, and near-miss decoys full of
tracking, order, case, permit, NPI, EIN and tag numbers.
"""

from pathlib import Path

from independent_sets import Case, write

HARD_15: list[Case] = [
    (
        """Subject: Fwd: intake for Thursday - R. Delgado

Hi Bev,

Forwarding Rosa's intake so you can prep before her Thursday slot. She's a walk-in
from the September health fair, no insurance, works two jobs so please keep her on time.

---------- Forwarded message ---------
From: Front Desk <frontdesk@eastgatefreeclinic.org>
Date: Mon, Dec 7, 2026 at 9:12 AM
Subject: intake for Thursday - R. Delgado

Name: Rosa Delgado
DOB: 03/14/1979
Preferred language: Spanish
SSN (last 4): 7302
Reason for visit: follow-up, type 2 diabetes, last A1c 9.4 (Aug)
Current meds: metformin 500 mg BID, ran out ~2 wks ago
Notes: asked about sliding-scale glucometer strips

--
Eastgate Free Clinic | 418 Alder St, Suite B | (503) 555-0148
CONFIDENTIALITY NOTICE: This message may contain protected health information
under HIPAA. If you received it in error, notify the sender and delete it.""",
        [("health", ""), ("US_SSN", "7302")],
    ),
    (
        """Subject: December at Eastgate: free A1c checks + flu shots

Hello neighbors,

November was Diabetes Awareness Month and you showed up: 212 people got a free A1c
check at our pop-up events, and 38% of them learned their numbers for the first time.
We're keeping the screenings going through December.

  When: Saturdays 9am-1pm, Dec 12 and Dec 19
  Where: Eastgate Free Clinic, 418 Alder St, Suite B, Portland OR 97214-3305
  What: A1c finger-stick, blood pressure, flu shots while supplies last (lot FL-26-0913)

No appointment, no insurance, no ID needed. Interpreters on site for Spanish,
Vietnamese and Somali.

Eastgate Free Clinic is a 501(c)(3), EIN 93-1847205. Group NPI 1740386215.
Questions? Call (503) 555-0148.

HIPAA notice: we never share your health information without your written consent.
Unsubscribe: https://eastgatefreeclinic.org/u/7f3c9a1e""",
        [],
    ),
    (
        """Subject: visit notes - Mr Okafor (Ward C)

Good afternoon Ma,

Pls find my notes for today, I am typing from phone so excuse the shortness.

- visited Mr Emeka Okafor 11:40am, his daughter Ngozi was around
- BP 168/102 on 2 readings, he said he finished his amlodipine since last week
  and did not go for refill bcos of transport money
- complains of swollen legs and headache, I have advised him to go to the
  clinic tomorrow, I will escort him by 9
- his wife says he has started taking ogogoro again in the evenings, I talked
  to him small about it

I will update the tracker tonight when I reach home. Kindly approve the transport
refund of N3,500 for tomorrow.

Thank you Ma,
Blessing Adeyemi-Cole
Community Health Worker, Ward C
Lagos Community Health Outreach Initiative""",
        [("health", "")],
    ),
    (
        """Subject: ClearSight Kids - shipment 14 received + spring school schedule

Hi team,

Shipment 14 from the frame lab arrived Friday: 340 frames, lot CSK-2611-B, and
3 boxes of lens blanks (UPS 1Z 7W4 91E 03 4418 2260 and 1Z 7W4 91E 03 4418 2279).
Two frames in the blue size-46 bin were cracked; I filed claim #CLM-88142 with
the vendor.

Spring vision screening schedule (school / date / screeners needed):
  Whitman Elem      Feb 9    4
  Lincoln Heights   Feb 16   6
  Cesar Chavez MS   Mar 2    5

Last school year we screened 2,904 students and 11% were referred for a full eye
exam; 262 kids got free glasses. Please sign up on the volunteer sheet (tab "2027").

Thanks,
Marisol
ClearSight Kids | EIN 46-3029157""",
        [],
    ),
    (
        """Subject: RE: handoff - Mr. Whitfield Tues visits

Jen - covering Tuesdays while you're at orientation. Here's what I have, correct
anything I got wrong.

Client: Harold Whitfield
Address: 77 Crane Hollow Rd, Apt 2 (side entrance, ramp)
Lockbox (key for side door): 5820
Dx: CHF, stage 3 pressure injury L heel
Visit tasks: wound care L heel (hydrocolloid, change q3d), daily weights, check
  ankles for edema, med reconciliation (furosemide dose changed 11/30)
Contact: daughter Carol, (802) 555-0193, works nights so text first
Dog: old lab named Biscuit, friendly

Thanks!
Tamsin Rourke, RN
Green Mountain Visiting Nurses""",
        [("health", ""), ("ACCESS_CODE", "5820")],
    ),
    (
        """Subject: new client match - Jasmine W. (due Feb 3)

Hi Aaliyah,

You're matched with Jasmine Whitaker! Her intake call was yesterday, summary below.
Please reach out by Friday to set up your first prenatal visit.

- 31 weeks today, second baby (first was a C-section in 2023)
- hoping for a VBAC at St. Luke's, her OB is supportive
- diagnosed with gestational diabetes at 28 weeks, diet-controlled so far
- partner Devon works 2nd shift; her mom will be at the birth
- prefers texts; sliding fee tier B ($150 total, first $50 paid)

She mentioned she's nervous after how the last birth went, so go gently.

Warmly,
Renee
Roots & Wings Doula Collective""",
        [("health", "")],
    ),
    (
        """Subject: You're invited: Community Town Hall on Black Maternal Health

Dear friends,

Black women in our state are 2.6 times more likely to die from pregnancy-related
causes than white women, and most of those deaths are preventable. Join us for a
community town hall to talk about what's working and what needs to change.

  Thursday, January 21, 2027, 6:00-8:00 pm
  Mt. Olive Community Center, 2200 Fairmount Ave
  Dinner and childcare provided; ASL interpretation available

Speakers include a certified nurse-midwife, two community doulas, and a
representative from the state perinatal quality collaborative. Survivors and
families are welcome to share their stories, or just to listen.

RSVP by January 14: https://rootsandwingsdoulas.org/townhall

Roots & Wings Doula Collective""",
        [],
    ),
    (
        """Subject: Kevin T. - check-in needed

Hi Marguerite,

Flagging one from my Sunday shift. Kevin Tran (the regular who used to come to
the Wednesday group at the library) called twice, around 9 and again near 11.
He told me he's been off his lithium for about two weeks because the pharmacy
messed up his refill, and he hasn't slept more than a few hours since Thursday.
No talk of hurting himself and he agreed to call his prescriber Monday morning.

I told him we'd check in Monday afternoon. Can you or Dre do that? I'm not on
again until the 15th.

Notes are in the shift log too.

- Paula (peer line volunteer)
Harbor Peer Warmline | call or text (617) 555-0122, 5pm-11pm nightly""",
        [("health", "")],
    ),
    (
        """Subject: Saturday training - role-play scripts (FICTIONAL)

Hi new volunteers,

Pasted below are the role-play scripts for Saturday's session. All callers are
fictional composites written by our training team; any resemblance to a real
caller is accidental.

ROLE-PLAY 3 - "Sam" (fictional)
Sam is 34, recently lost a job, and says they've been "feeling flat" for weeks.
Sam mentions a past depression diagnosis and stopped taking medication last month.
Your goals: reflect feelings, ask directly about suicidal thoughts, and explore
what has helped Sam before. Do not give medical advice about medication.

ROLE-PLAY 4 - "Lorraine" (fictional)
Lorraine is caring for a husband with early dementia and is exhausted. She calls
at 10:45 pm because she can't sleep and feels guilty for being angry with him.

Bring a pen; we'll debrief after each script. Doors open 9:30, 4th floor room 410.

Harbor Peer Warmline Training Team""",
        [],
    ),
    (
        """Subject: Re: Re: Re: Thursday parent circle

Thanks so much Gail, we'll try to make it Thursday.

Ines

On Dec 8, 2026, at 7:02 PM, Gail Sutherland <gail@edfamilynetwork.org> wrote:
> Ines, I'm so sorry. Please come Thursday if you can, even for half an hour.
> Two of our parents have been through the same unit and would be glad to talk.
>
> On Dec 8, 2026, at 4:15 PM, Ines Moreau <ines.moreau@fastmail.com> wrote:
>> Hi Gail, yes we got the flyer, thank you. Honestly things got worse this week.
>>
>>> On Dec 7, 2026, at 10:30 AM, Gail Sutherland wrote:
>>> Hi Ines, just checking you received the info about the Thursday parent circle.
>>>
>>>> On Dec 1, 2026, Ines Moreau wrote:
>>>> Our daughter Mia (15) was admitted to the eating disorder unit at Children's
>>>> on Friday. Her heart rate was in the 40s and she's down to 84 lbs. The team
>>>> says anorexia, restrictive type. We're trying to understand what FBT means
>>>> for us when she comes home. Is there a parent group?""",
        [("health", "")],
    ),
    (
        """Subject: Sensory-Friendly Morning at the Science Museum - registration open

Dear families,

The Tri-County Autism Family Network and the Hadley Science Museum are hosting
our winter Sensory-Friendly Morning: lights dimmed, sounds lowered, a quiet room
staffed by OTs, and no crowds.

  Sunday, January 10, 2027, 8:00-10:30 am (before public opening)
  Free for network families; siblings welcome

Please fill in the registration form below and reply by Jan 4. Everything is
optional; share only what helps us plan.

  Family name: ______________________
  Number of adults: ____  Number of children: ____
  Child's first name and age: ______________________
  Diagnosis or support needs (optional): ______________________
  Noise-cancelling headphones needed? Y / N
  Dietary needs for snack table: ______________________

See you there!
Tri-County Autism Family Network""",
        [],
    ),
    (
        """Subject: respite night roster export

Hi Coach Lena,

Here's the export for Friday's respite night so the volunteers know who's coming.
Please print it and keep it in the red binder; shred it after.

child_name,age,parent,diagnosis_notes,allergies,pickup
Leo Park,7,Hana Park,"ASD level 2, nonverbal, uses AAC tablet",peanuts,8:30
Amira Saleh,9,Rania Saleh,"ASD level 1, ADHD",none,8:30
Jonah Briggs,6,Tess Briggs,"ASD, elopement risk - door alarm on",dairy,8:45
Sofia Ruiz,11,Luis Ruiz,"Down syndrome + ASD",none,9:00

Thanks,
Priya (intake coordinator)
Tri-County Autism Family Network""",
        [("health", "")],
    ),
    (
        """Subject: Ethan R. - camp medical review complete

Dear Mr. and Mrs. Ramsey,

Thank you for sending Ethan's paperwork for Camp Redwood Hollow. Our camp
hematology nurse has completed her review and Ethan is cleared for the July
session.

A few notes from her review, so we're all on the same page:
  * Severe hemophilia A; prophylaxis with emicizumab every week, given Monday
    mornings in the infirmary. Please send 2 doses plus a spare in the cooler.
  * The genetic report you shared (F8 intron 22 inversion) is filed with his
    chart; we only use it if the treatment center asks.
  * Inhibitor status: negative as of October.

Ethan's counselor this year is Marcus, who has been a camper and staff member
for 9 summers.

Warm regards,
Dana Whitlock, RN
Camp Director, Great Lakes Hemophilia Foundation""",
        [("health", ""), ("genetic", "")],
    ),
    (
        """Subject: Follow-up on Amara's newborn screening result

Dear Ms. Mensah,

Thank you for taking my call on Tuesday. As promised, here is a written summary.

Amara's newborn screen showed sickle cell trait (HbAS). This means she carries one
sickle cell gene from one parent. Sickle cell trait is not sickle cell disease, and
most people with the trait never have symptoms. It does matter for family planning
later, and it can be helpful for you and Amara's father to know your own status.

We offer free trait testing and genetic counseling for parents at our Thursday
clinic. If you would like an appointment, reply to this email or call us at
(404) 555-0171.

With care,
Nia Okonkwo, MS, CGC
Family Services Coordinator
Sickle Cell Foundation of Metro Atlanta""",
        [("genetic", "")],
    ),
    (
        """Subject: Be someone's match: Sickle Cell Warriors blood drive, Jan 16

Friends,

People living with sickle cell disease can need dozens of transfusions a year,
and the best-matched blood often comes from donors of the same ancestry. Only
about 3% of blood donors nationally are Black. About 1 in 13 Black babies is born
with sickle cell trait, and about 1 in 365 with the disease.

Help close the gap:
  Saturday, January 16, 2027, 9 am - 3 pm
  Ebenezer Fellowship Hall, 1140 Simpson St NW, Atlanta GA 30314-2218
  Sponsor code for walk-ins: SCFMA27

Donors get a T-shirt and a free sickle cell trait result from the lab, mailed
privately to you. Eat a good breakfast and bring a photo ID.

Sickle Cell Foundation of Metro Atlanta""",
        [],
    ),
    (
        """Subject: Approved: family assistance grant - Brennan family

Hi Colleen,

The committee approved the Brennans' request at Tuesday's meeting: $1,800 toward
December rent while Liam is inpatient at Children's for a tune-up (IV antibiotics
for a pseudomonas exacerbation, expected 14 days). Mrs. Brennan's hours were cut
while she stays with him.

Their landlord takes ACH only. From the W-9 and the voided check:
  Payee: Halvorsen Property Group LLC
  Routing: 234490402
  Account: 4321043639
  Memo: 14 Birch Ct #3 - Brennan - Dec 2026

Please schedule it for Dec 10 and send me the confirmation for the file.

Thanks,
Marcy
Family Support, Cystic Fibrosis Friends of the Inland Northwest""",
        [
            ("health", ""),
            ("ABA_ROUTING_NUMBER", "234490402"),
            ("US_BANK_NUMBER", "4321043639"),
        ],
    ),
    (
        """Subject: Your Great Strides donation receipt #GS27-004418

Thank you, Patrick!

Your gift supports research and care for people with cystic fibrosis.

  Donation ID: 9b2e4c71-0d3a-4f58-a1c6-7e85d2f90b34
  Date: 2026-12-04 14:22:09 PST
  Amount: $75.00
  Team: "Breathe Easy Brewers" (team #11872)
  Payment reference: ch_3QzK8e2LmN4paX
  Matching gift: not requested

No goods or services were provided in exchange for this contribution.
Cystic Fibrosis Friends of the Inland Northwest, EIN 91-2068413.
Please keep this receipt for your tax records.

Walk day: May 15, 2027, Riverfront Park. Register teammates at cffin.org/walk.""",
        [],
    ),
    (
        """Subject: Important information about your December 1 donation

Dear Mr. Haddad,

Thank you for donating at the Westfield Lions blood drive on December 1. As part
of the routine testing done on every donation, your sample was reactive for
hepatitis B surface antigen and confirmed positive on a second test. Your donation
was not used.

This result does not by itself tell us whether the infection is recent or
long-standing. We strongly encourage you to see your doctor; a copy of the lab
report is enclosed for them. Because of this result, you are no longer eligible
to donate blood, and your donor record has been updated.

A donor counselor, Ruth Emery, RN, will call you this week. You can also reach her
directly at (614) 555-0106, Monday through Friday.

Sincerely,
Medical Director, Central Ohio Community Blood Center""",
        [("health", "")],
    ),
    (
        """Subject: Appointment confirmed: Sat Dec 19, 10:15 am

Hi Grace,

You're all set to donate whole blood at the Lakeview Rotary drive.

  Confirmation: LVR-1219-0415
  Location: Lakeview Community Church gym, 600 N Shore Dr (enter from lot B)
  Bring: photo ID or your donor card

Before you come: eat a solid meal and drink an extra 16 oz of water. Please
reschedule if you have a fever, or if any of these apply (from our eligibility
policy): a tattoo in the past 3 months, travel to a malaria-risk area in the past
3 months, or a hemoglobin under 12.5 g/dL at your last attempt. These rules are
the same for every donor; our staff will walk you through the mini health check
privately.

Change or cancel: reply to this message or call (612) 555-0150.
Central Minnesota Blood Partners""",
        [],
    ),
    (
        """Subject: paired exchange - Priya's workup results

Hi Aditya,

Good news and a next step. Priya's donor workup came back and she's cleared to
move ahead as a donor in the paired exchange for you.

Her HLA typing: A*02:01, A*24:02; B*07:02, B*35:01; DRB1*15:01, DRB1*04:04.
As we expected, she's not a direct match for you (you have antibodies against
her B7), which is why we're entering you both in the chain.

Her 24-hour urine and CT angiogram were normal; eGFR 104. The only flag was mildly
high blood pressure at two visits, so the nephrologist wants a 24-hour ambulatory
BP before final sign-off.

Next: the chain match run is Jan 5. I'll call you both after.

Kendra Liu, RN, Living Donor Navigator
Kidney Connect Alliance""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: screening visit Dec 14 - paperwork for Mr. Banks

Hi Sheila,

Confirming Lowell Banks for his screening visit for the PROSPER-2 study
(metastatic castration-resistant prostate cancer) on Monday, Dec 14 at 8:00 am,
Cancer Center 3rd floor. His daughter will drive him; they need a parking voucher.

For the stipend card (ClinCard), accounts payable needs:
  Legal name: Lowell James Banks
  SSN: 732-06-7755
  Mailing address: 19 Tuttle Rd, Hebron CT 06248

He finished his last docetaxel cycle in October, so he's outside the washout
window. Please have the consent form in large print.

Thanks,
Renata Cole
Patient Navigator, Connecticut Cancer Trials Access Program""",
        [("health", ""), ("US_SSN", "732-06-7755")],
    ),
    (
        """Subject: Research opportunity: adults with type 1 diabetes (NCT06638215)

The Connecticut Cancer Trials Access Program now also helps partner clinics share
non-cancer studies. This one may interest members of your community:

  Study: CLOSE-LOOP Teen-to-Adult Transition (ClinicalTrials.gov NCT06638215)
  Who: adults 18-30 who have had type 1 diabetes for at least 2 years
  What: 6 months using a hybrid closed-loop insulin pump, 5 clinic visits
  Pay: up to $600, plus parking
  IRB protocol #2026-0415, approved 09/22/2026

Taking part is voluntary and will not affect your regular care. To learn more,
call the study line at (860) 555-0163 or email trials@ctcancertrials.org.

Please forward to anyone who might be interested. You do not need to tell us
whether you or anyone you know qualifies.""",
        [],
    ),
    (
        """Subject: Frosty 5K results + club points

Great turnout in the sleet, Striders! Official chip results below (members only).
The club points table is updated on the website.

bib,name,age_grp,chip_time,pace,place_ag
2147,Odette Lam,F40-49,21:48,7:02,1
2212,Rafael Cuellar,M30-39,18:55,6:06,3
2390,Bea Hollins,F60-69,27:31,8:52,2
2418,Tom Okerlund,M50-59,22:07,7:08,5

Course GPS: start 44.97712,-93.26841; turnaround 44.98930,-93.25517.
Timing by RaceWire, event id RW-26-88314, results posted 2026-12-06T13:02:44Z.

Next up: Solstice Night Run, Dec 21, headlamps required.
Mill City Striders Running Club""",
        [],
    ),
    (
        """Subject: Re: 2027 race calendar draft

Hi Corinne,

Thanks for circulating the draft. One flag from me: the Harvest Half is penciled
in for Monday, October 11, 2027 (the holiday), which next year falls on Yom Kippur.
I'll be at shul all day and fasting, so I won't be able to pace the 2:00 group or
run the water stop like last year.

If the date is locked because of the permit, no worries, Jen said she could take
the pace sign. If it can move a week, I'm back in.

Everything else looks great. Love the idea of the trail series in May.

Avi Kessler
Mill City Striders, board member-at-large""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Thursday rehearsal - new building access

Hi Voices of the Valley,

Starting this Thursday we rehearse in St. Mark's parish hall while the library
annex is being painted. The church office has given us access for Thursdays
6:30-9:30.

  Side gate keypad: 7193 then the # key
  Hall alarm panel (just inside the door, left): 2046, then OFF
  Last one out: re-arm with the same code and pull the gate shut behind you

Please don't share these outside the choir. Parking is in the rear lot; the front
lot belongs to the dental office.

Section leaders: bring the Rutter folders. We'll start with "For the Beauty of
the Earth."

Jill Abernathy, Music Director
Voices of the Valley Community Choir""",
        [("ACCESS_CODE", "7193"), ("ACCESS_CODE", "2046")],
    ),
    (
        """Subject: Re: holiday concert carpool + reception

Hi Jordan,

Count me in for the carpool from the Northside lot. My husband Greg and I can take
two more people in the Subaru, and we'll have room in the back for the risers if
Marcos needs it.

Also, Greg's bringing his famous cranberry bars for the reception again (nut free,
labeled). Let us know if you need more hands for setup at 4.

Daniel Okafor-Reyes
Tenor 2, Rainbow City Men's Chorus
he/him""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: OUT LOUD: our winter concert + sponsor tiers

Dear friends of the Rainbow City Men's Chorus,

For 28 years our chorus has sung for LGBTQ+ people and allies across the valley.
This winter's concert, OUT LOUD: Songs of Pride and Resistance, features music
from the Stonewall era to today, and a guest set by the Harbor Youth Choir.

  Saturday, Jan 23, 2027, 7:30 pm, Lyric Theatre
  Tickets $25 / $10 students: rainbowcitychorus.org/outloud

Proceeds benefit Safe Harbor, a shelter for LGBTQ youth experiencing homelessness.

Sponsorship tiers:
  Soprano   $250     2 tickets, program listing
  Alto      $500     4 tickets, half-page ad
  Tenor     $1,000   6 tickets, full-page ad, reception
  Bass      $2,500   10 tickets, stage acknowledgment

Singers of all identities who sing in the tenor/bass range are welcome; auditions
reopen in March.""",
        [],
    ),
    (
        """Subject: crew for Into the Woods load-in

Hi Pat,

Quick update on crew. Marcus Bell is going to run the fly rail for us again. He's
been a godsend since he got out of Rikers in June, honestly better than most of
the hired crews I've worked with. He's asked to be paid in cash if we can because
his bank situation is still getting sorted, but I told him we do stipends by
check; can you ask the board if there's a way?

Load-in is Saturday 9 am. I still need two people for the paint call Sunday.

Thanks,
Shay Donnelly, Technical Director
Riverside Community Players""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Auditions: "The Long Way Home" (Feb 2027)

Riverside Community Players announces auditions for "The Long Way Home," a new
play by local writer Ana Beltran about a family in the year after a son comes
home from prison. Content note: the play depicts addiction, incarceration and a
psychiatric hospitalization.

Characters (all fictional):
  DEREK, 40s. Recently paroled after 11 years; sober 2 years; quietly funny.
  MARGARET, 60s. His mother, a retired nurse, managing her own diabetes.
  LILY, 17. His niece; has bipolar disorder and a sharp tongue.
  PASTOR HINES, 50s. Runs the church food pantry where Derek volunteers.

Auditions: Jan 9-10, 1-5 pm, Riverside Arts Center Studio B. Sides at
riversideplayers.org/auditions. No preparation required; all backgrounds
encouraged. Performances: Feb 26 - Mar 14.""",
        [],
    ),
    (
        """Subject: Action needed: your Family membership renewal

Hi Lorraine,

We tried to renew your Family membership (member #FM-0217734) on December 1, but
the payment on your Visa ending in 8842 was declined. Your membership benefits
will continue for a 30-day grace period.

To update your payment method, sign in at members.hadleysciencemuseum.org or call
Member Services at (413) 555-0184, Tuesday to Sunday, 9:30 am - 4:30 pm. We never
ask for your full card number by email.

Renewal amount: $145.00 (Family, 2 adults + children under 18)
Includes: free admission, 10% shop discount, 2 guest passes, and the members'
preview of "Dinosaurs of the Connecticut Valley" on January 28.

Thank you for being a member since 2019!
Hadley Science Museum""",
        [("CREDIT_CARD_LAST_DIGITS", "8842")],
    ),
    (
        """Subject: Members' Quarterly - Winter 2027

IN THE GALLERIES
"Faith and Fabric: Amish and Mennonite Quilts, 1870-1950" opens January 16. Forty
quilts from the Lancaster County collection explore how plain communities turned
scraps into art. Catalogue: ISBN 978-1-60606-872-4, $39.95 (members $35.96).

FROM THE ARCHIVES
Accession 1987.114.3, a Civil War-era sampler, returns from conservation.

LECTURE SERIES
Feb 4: "Sacred Threads: Quilting in Black Churches of the Rural South"
Feb 18: "Kantha, Sashiko and Boro: Mending Traditions Across Asia"

VOLUNTEER CORNER
Docent training begins March 3; 8 Wednesday mornings. Apply by Feb 15.

Pioneer Valley History Museum | 120 Elm St, Northampton MA 01060-3915""",
        [],
    ),
    (
        """Subject: Re: volunteer driver approval - Gary Lindqvist

Hi Monique,

Thanks for sending Gary's documents. I've entered his Illinois driver's license
(P462-5531-8207, exp 2029) in the volunteer system for the education van.

The background check came back clean except for one item: a 2019 DUI conviction
in DuPage County, supervision completed in 2021. Our policy asks for 7 years
without a DUI for van drivers, so I'll ask HR whether we count from the offense
or from the conviction date.

In the meantime he can absolutely keep doing the Saturday keeper talks at the
otter exhibit.

Deb Marsh
Volunteer Services, Brookhill Zoo""",
        [("US_DRIVER_LICENSE", "P462-5531-8207"), ("criminal_history", "")],
    ),
    (
        """Subject: Form 8283 for the Halloran easement

Hi Rob,

The appraiser needs the donor section of Form 8283 completed before she can sign.
Walter called this morning and read me his Social Security number: 215-10-
8142. Eileen's is on the joint return so we don't need hers separately.

Also attached: the baseline documentation report for the 62-acre easement (parcel
APN 034-221-17), the signed deed (recorded 11/20/2026, instrument 2026-0048812),
and the appraisal ($412,000 easement value).

Can you send the 8283 to the Hallorans' CPA by Friday?

Thanks,
June Albers
Stewardship Director, Upper Ashuelot Land Trust""",
        [("US_SSN", "215-10-\n8142")],
    ),
    (
        """Subject: Mill Brook cleanup recap + water data

Thank you to the 47 volunteers who came out Saturday! We hauled 1,120 lbs of
trash, 14 tires and one shopping cart out of Mill Brook.

Site coordinates:
  Put-in: 42.93418, -72.27806
  Culvert under Rt 12: 42.93055, -72.28391
  Beaver dam (leave it!): 42.92761, -72.28944

Water quality (Dec 5, 10:40 am):
  site  temp_C  DO_mg/L  pH   conductivity
  MB-1  3.8     12.1     7.2  188
  MB-2  4.1     11.6     7.0  243
  MB-3  4.0     11.9     7.1  201

Permit: NHDES Shoreland #2026-03317. Dumpster donated by Keene Roll-Off (order
#KRO-55128). Next cleanup: April 17, Earth Day weekend.

Upper Ashuelot Land Trust""",
        [],
    ),
    (
        """Subject: Re: draft outreach plan for the Brook Farm preserve

Hi Tom and Ellen,

Thank you for asking for my thoughts before the board meeting. I'll be honest: as
the only Black woman on this board, and one of maybe five Black landowners in the
county, I don't think a flyer at the co-op is going to reach the families who
farmed along the brook before it was subdivided. Some of them are still in town.
I'd be glad to make introductions through my neighbors and my late father's
Grange friends.

Let's talk Thursday. I'll bring the 1940s plat maps my aunt saved.

Best,
Loretta Pickens
Board Member, Upper Ashuelot Land Trust""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: FW: FW: Ortiz application - missing items

Carla - see below, this is the one I mentioned. Can it go to the family selection
committee on the 17th or do we wait for the employer letter?
- Dev

-----Original Message-----
From: Nadia Brooks <nbrooks@cedarcountyhabitat.org>
Sent: Tuesday, December 8, 2026 3:41 PM
To: Dev Patel <dpatel@cedarcountyhabitat.org>
Subject: FW: Ortiz application - missing items

Dev, forwarding Yesenia's reply; she sent the statements. My notes:
- income $31,720/yr, within the 30-60% AMI range for a household of 3
- tri-merge pulled 12/3: middle score 588
- collections: Midland Credit (orig. Verizon) $1,214, opened 2023
- public record: Chapter 7 discharged 2021
- no evictions; landlord reference good

    -----Original Message-----
    From: Yesenia Ortiz
    Sent: Monday, December 7, 2026 8:02 PM
    Subject: RE: Ortiz application - missing items

    Hi Ms. Brooks, here are my bank statements for Sept Oct Nov. The account is at
    First Federal, routing 267380466 account 08351328039, I put the direct deposit
    form in too. I work at the hospital laundry 36 hrs/week and my son's dad pays
    $240/mo support. Thank you for your patience.""",
        [
            ("CREDIT_SCORE", "588"),
            ("CREDIT_REPORT", "Midland Credit (orig. Verizon) $1,214, opened 2023"),
            ("CREDIT_REPORT", "Chapter 7 discharged 2021"),
            ("ABA_ROUTING_NUMBER", "267380466"),
            ("US_BANK_NUMBER", "08351328039"),
        ],
    ),
    (
        """Subject: scanned docs - Nguyen household (OCR text below)

Hi Sam, the scanner at the library only gives a PDF, so I ran OCR on it and
pasted the text here for the file. The photo copies are in the shared drive too.

--- page 1 ---
TEXAS  DRlVER  LlCENSE            USA
4d DL  4071 92 63          9 CLASS C
3 DOB 07/22/1986
1 NGUYEN
2 THI  HUONG
8 1408 W0ODLAWN AVE
  SAN ANT0NIO TX 78201
4b EXP 07/22/2031      4a ISS 05/03/2023

--- page 2 ---
Department of the Treasury    lnternal Revenue Service
Notice CP565
We assigned you an Individual Taxpayer ldentification Number (ITIN)
Your ITIN: 904-78 -5231
Name: MINH QUAN NGUYEN

Minh is Huong's husband and the co-applicant. Both docs are for ID requirement #3
of the homeowner application.
- Lupe, Bexar Habitat family services""",
        [("US_DRIVER_LICENSE", "4071 92 63"), ("US_ITIN", "904-78 -5231")],
    ),
    (
        """Subject: Women Build week - shift signups + what to bring

Hi builders!

Women Build week is March 8-13 at the Maple Terrace site (lots 14-17, Phase II).
No experience needed; our construction staff will teach you everything.

Shifts (sign up at cedarcountyhabitat.org/wb27):
  Shift A  7:30-11:30  framing, lot 15  (12 spots)
  Shift B  12:00-4:00  siding, lot 16   (12 spots)
  Shift C  7:30-3:00   roofing, lot 14  (6 spots, 18+ only, harness provided)

Bring: closed-toe boots, a water bottle, lunch for Shift C. Leave valuables at home.

Partner families complete 300 sweat-equity hours; several will be working
alongside you. Please remember that family finances and application details are
private; don't ask about them on site.

Permit #BLD-2026-11873 | Lumber PO 44017-A | Cedar County Habitat for Humanity""",
        [],
    ),
    (
        """Subject: Credit memo - Taqueria Los Altos expansion loan ($35,000)

Committee,

Summary for Thursday. Borrowers: Rigoberto and Alma Villanueva, owners of Taqueria
Los Altos since 2018 (Alma is the majority owner, 60%).

Request: $35,000, 5 yrs, 7.5%, for a second location (equipment + build-out).

Cash flow: 2025 net $61,400 on $388,000 revenue; DSCR 1.42 with new location.

Personal credit (pulled 11/30, Alma):
  Experian FICO 8: 641
  TransUnion FICO 8: 655
  Derogatory: two 60-day lates on a Synchrony Home Design card (Apr and May 2024)
  Derogatory: Comcast collection $890, paid 2025, still reporting

Comment: the lates tie to the 2024 kitchen fire closure (documented). Recommend
approval with TA on bookkeeping and a 6-month interest-only period.

Guadalupe Arce, Senior Loan Officer
Prairie Roots Community Loan Fund (CDFI)""",
        [
            ("CREDIT_SCORE", "641"),
            ("CREDIT_SCORE", "655"),
            (
                "CREDIT_REPORT",
                "two 60-day lates on a Synchrony Home Design card (Apr and May 2024)",
            ),
            ("CREDIT_REPORT", "Comcast collection $890, paid 2025, still reporting"),
        ],
    ),
    (
        """Subject: New: Main Street Microloans up to $50,000 - no minimum credit score

Prairie Roots Community Loan Fund is opening a new round of Main Street Microloans
for small businesses in Polk, Story and Marshall counties.

  Loans: $5,000 - $50,000, terms up to 6 years, fixed 6.5%-9.5%
  No minimum credit score. Thin or no credit history is OK.
  We accept ITIN borrowers and serve business owners in English and Spanish.
  Free one-on-one coaching before and after your loan

Info session: Tuesday, January 12, 5:30 pm, Des Moines Central Library, Room 2B.
Or join online: meet.prairieroots.org/jan12 (meeting ID 884 2291 0053).

Prairie Roots is a certified CDFI and a 501(c)(3), EIN 42-1593306.
NMLS #2209417. Equal Housing Lender.""",
        [],
    ),
    (
        """Subject: Re: Ms. Ibarra's Corolla - OK to proceed

Hi Ray,

Yes, please go ahead with the repair on Ms. Ibarra's Corolla as quoted (estimate
#4471: front brake pads and rotors, serpentine belt, $612.40). Our fund is paying
in full; she should not be charged anything.

Please run our program card:
  Name on card: Neighbors Emergency Fund
  Card: 5407.8275.4889.7432
  Exp: 04/28
  CVC: 318
  Billing zip: 55406

Email me the paid invoice and I'll close out her case. She needs the car for her
5 am shift, so anything you can do to have it ready by Thursday is appreciated!

Thanks,
Kirsten Vold, Case Manager
Neighbors Emergency Fund""",
        [("CREDIT_CARD", "5407.8275.4889.7432"), ("CVV", "318")],
    ),
    (
        """Subject: We received your application (Case EA-2026-01884)

Hello,

Thank you for applying to the Neighbors Emergency Fund. Your case number is
EA-2026-01884. A case manager will contact you within 3 business days.

To finish your application, please upload these documents at
neighborsfund.org/upload/EA-2026-01884 :

  [ ] Photo ID (any government ID; we only check the name and photo)
  [ ] Proof of income for the last 30 days
  [ ] The bill or estimate you need help with (rent, utility, car repair)
  [ ] W-9 from your landlord or repair shop, if we pay them directly

Please do NOT email bank account numbers, card numbers, or your Social Security
number. Our case managers will never ask for your PIN or online banking password.

Neighbors Emergency Fund | (612) 555-0119 | Mon-Fri 9-5""",
        [],
    ),
    (
        """Subject: Minutes - Scholarship Committee, Dec 3, 2026

Present: R. Almonte (chair), D. Fisk, K. Yoon, P. Gallagher. Absent: T. Moss.

1. Minutes of Nov 5 approved.
2. Review of finalists, Bridgeway Promise Scholarship ($4,000 renewable):
   a. Keisha Brown (Central HS). Strong transcript (3.91). Essay describes caring
      for her younger brothers while her father served a sentence at FCI Danbury
      and her mother worked nights. Mentions her own anxiety disorder and how
      therapy helped her return to school. Committee agreed the essay is powerful;
      DF noted we should not quote it in the newsletter without her written OK.
   b. Tran Vo (Westside HS). Recommendation letters outstanding.
   c. Ahmed Farouk (Central HS). Interview scheduled Dec 10.
3. Award letters to go out Jan 15. KY to draft.
4. Next meeting: Jan 7, 7 pm, Bridgeway Community Foundation office.

Minutes: P. Gallagher""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: 2027 scholarships now open - please share with your seniors

Dear counselors,

Applications for the Bridgeway Community Foundation's 2027 scholarships open today
and close March 1. All are need-based and open to graduating seniors in the county.

  Bridgeway Promise Scholarship: $4,000/yr, renewable; any field of study.
  Hispanic Heritage Scholarship: $2,500; for students of Hispanic or Latino heritage.
  Dreamers Scholarship: $3,000; open to DACA recipients and undocumented students;
    no SSN required.
  Second Chance Scholarship: $2,000; for students who have had a parent incarcerated.
  Frances Lyle Nursing Award: $1,500; for students entering a nursing program.

Apply at bridgewaycf.org/scholarships. Students need a transcript, one
recommendation letter and a 500-word essay. Essays are read only by the committee.

Questions: scholarships@bridgewaycf.org or (203) 555-0177.""",
        [],
    ),
    (
        """Subject: An invitation for you, {FirstName}

Dear Harold,

As one of Wexford College's most loyal alumni, you're invited to the President's
Circle dinner on February 6 at the Ashby Hotel.

[MERGE FIELD: donor_notes]
Class of '71. Major donor ($25K+ lifetime). Retired surgeon. Lifelong Republican,
former county party chair - avoid seating with the Ferrises. Recovering from a hip
replacement in Nov; needs accessible seating and no stairs. Wife Jean, d. 2024.
[END MERGE FIELD]

Please RSVP by January 20 at wexford.edu/rsvp or call the Alumni Office at
(207) 555-0139. We hope to see you there!

Warmly,
Office of Alumni Relations & Development
Wexford College Alumni Association""",
        [("political_opinion", ""), ("health", "")],
    ),
    (
        """Subject: ClubRunner + bank portal handoff

Hi Abdul,

Welcome aboard as treasurer! Here's what you need to get into everything before
the January dues run.

ClubRunner (club website + dues invoicing):
  username: rotary.treasurer.westhills
  password: Kq7#tarn-Lupine

Bank portal: I'll add you as a user in person at the branch on the 15th (they
require both signers present). Until then, if ClubRunner asks for a verification
code when you log in, it texts my phone; today's was 604817 but it expires in 10
minutes, so just text me when you try.

Please change the ClubRunner password after you log in the first time.

Yours in service,
Maureen Tolliver
Past Treasurer, Rotary Club of West Hills""",
        [("PASSWORD", "Kq7#tarn-Lupine"), ("ACCESS_CODE", "604817")],
    ),
    (
        """Subject: KidSight screening totals - fall 2026

Lions,

Here are the fall totals from our KidSight vision screenings with the Spot camera
(device serial SV-2R-004417, firmware 3.2.1):

  Sites screened: 9 preschools and 2 Head Start centers
  Children screened: 412
  Referred for full eye exam: 38 (9.2%)
  Unable to screen: 7

Referral letters went home with families; we do not keep names after the letters
are sent. Valley Eye has again offered free follow-up exams for uninsured kids.
District Governor Kapoor will present our numbers at the Jan 16 cabinet meeting.

Thank you to the 23 Lions and Leos who volunteered.
Yours in service,
Wendell Pruitt, KidSight Chair, Millbrook Lions Club #28815""",
        [],
    ),
    (
        """Subject: Van driver roster - winter schedule

Hi Comrade Bouchard,

As requested, here's the updated volunteer driver info for the branch van insurance.
Frank MacIsaac has agreed to take the Tuesday hospital-visit run to Sunnybrook
starting in January. His Ontario driver's licence is K4821–30917–60415 (Class G,
expires 2028). The insurer also asked for his abstract; it shows two minor
speeding tickets from 2023 and no suspensions, so the broker says he's fine.

Favour to ask: could you have the van's winter tires checked before the 14th?
The snow tires from last year are nearly done.

Cheers,
Gord Pelletier
Transportation Chair, Royal Canadian Legion Branch 466""",
        [("US_DRIVER_LICENSE", "K4821–30917–60415")],
    ),
    (
        """Subject: Post 1187 news: Wreaths Across America, buddy poppies, PTSD talk

Comrades and friends,

WREATHS ACROSS AMERICA: Saturday, Dec 19, 11:00 am at Riverside Cemetery. We have
640 wreaths to place; bring gloves. Sponsored wreaths: order #WAA-26-118807.

BUDDY POPPIES: Thank you to everyone who worked the grocery store tables. We raised
$4,318, all of which goes to the relief fund for veterans in need.

PTSD AWARENESS TALK: Jan 14, 7 pm. A clinician from the VA clinic will talk about
the signs of PTSD and moral injury, and what families can do. Open to the public.

SERVICE OFFICER HOURS: Tuesdays 10-2. Bring your DD-214 if you're filing a claim.
We never need your Social Security card or bank card to help you.

VFW Post 1187, 55 Depot St | Post phone (309) 555-0128""",
        [],
    ),
    (
        """Subject: RE: RE: Klondike Derby health forms

Perfect, thank you! All set for Owen.
- Mr. Castellanos, Troop 212 Health & Safety

> From: Beth Lindgren
> Sent: Thursday, December 3, 2026 9:48 PM
> Subject: RE: Klondike Derby health forms
>
> Here you go, Part C signed by Dr. Patel. To your question: yes, Owen carries two
> EpiPens (tree nut allergy, anaphylaxis in 2022) and one should be with the adult
> on his sled team at all times. He also takes Concerta for ADHD in the morning;
> I'll give him the pill before drop-off so nobody needs to dose him at camp.
>
>> From: Troop 212 Health & Safety
>> Sent: Wednesday, December 2, 2026 6:10 PM
>> Subject: Klondike Derby health forms
>>
>> Hi families, reminder that Parts A, B and C of the Annual Health and Medical
>> Record are due before the Klondike Derby (Jan 22-24). Scouts without a current
>> form cannot attend. Please note any allergies or daily medications.""",
        [("health", "")],
    ),
    (
        """Subject: Jamboree unit 312 - passport list for the travel agent

Hi Denise,

Pasting the passport export for the travel agent (they need it for the group
fares to Gdansk). The faith column is from the registration form so the unit
chaplain can plan Sunday services on site. Please don't forward the whole thing
to parents.

participant,dob,passport_no,passport_exp,faith,diet
Ruby Halvorsen,2011-04-19,A48203917,2031-06-30,Lutheran,vegetarian
Ishaan Mehta,2010-09-02,568120934,2029-11-14,Hindu,vegetarian
Caleb Ostrowski,2011-01-27,(applied 11/20),,Catholic,none

Caleb's passport is expedited and should arrive before Christmas.

Thanks,
Mark Ostrowski, Unit Leader, Contingent Unit 312""",
        [
            ("US_PASSPORT", "A48203917"),
            ("US_PASSPORT", "568120934"),
            ("religious_belief", ""),
        ],
    ),
    (
        """Subject: Cookie totals + order numbers for 1st Riverdale Guides

Hi 1st Riverdale families,

Great first weekend of the fall campaign! Totals by booth:
  Safeway, Dec 5:   214 boxes  (order 7203 1184 5520 6632)
  Library, Dec 6:   167 boxes  (order 7203 1184 5520 6648)

Those long numbers are the council's digital cookie order IDs. If a buyer calls
about a missing box, give them the order ID, not your own contact info.

Reminders: booth shifts are 2 hours, two Guiders per booth, and the cash box goes
home with the booth parent. The Cookie Agreement is due from every girl's family
by Friday (form GGC-17, version 2026.2).

Thanks!
Jenna Ruiz, Unit Cookie Manager""",
        [],
    ),
    (
        """Subject: club bank login for Shannon (treasurer handoff)

Hi Shannon,

Thanks for taking over as treasurer for the Clover Creek 4-H Club! Here's the
online banking login for the club account at Farmers State Bank so you can
reconcile the November statement before our leaders' meeting.

  User ID: CloverCreek4H
  Password: haybarn!Jersey2019
  Security question ("Mother's maiden name?"): Kowalczyk

I set it up years ago so the answer is my mom's name, sorry! Once you're in,
please change both to your own. The fair entry fees from the livestock show
($1,140) are deposited but not in the ledger yet.

Thanks,
Lorna Heberling
Outgoing Treasurer, Clover Creek 4-H Club""",
        [("PASSWORD", "haybarn!Jersey2019"), ("PASSWORD", "Kowalczyk")],
    ),
    (
        """Subject: Market lamb tags + weigh-in results

Clover Creek members,

Weigh-in was Saturday. Official tag numbers and weights for the county fair
entries (please check yours and tell me by Friday if anything is wrong):

  exhibitor        species  tag                    premises ID  weight
  Addie Heberling  lamb     US 840 003 2491 7785   00K4R7T      78 lb
  Cody Brandt      lamb     US 840 003 2491 7792   00K4R7T      84 lb
  Mia Toft         goat     NUES 5271              00H9W2L      61 lb
  Jace Wendt       lamb     US 840 003 2491 7808   00J2M5X      91 lb

Lambs must be at least 100 lb at fair weigh-in (July 18). Feed records are due at
the August leaders' meeting. Barn duty schedule is on the club calendar.

Lorna, Livestock Leader""",
        [],
    ),
    (
        """Subject: Re: Jaylen - December match check-in

Hi Coach Ruth,

Thanks for checking in. Jaylen and I had a good month: we went to the Field Museum
and he finally beat me at chess (he won't let me forget it).

One thing you should know for his file: Jaylen's dad came home last week after
serving three years at Stateville. Jaylen is really happy but also kind of on edge,
and his mom asked that I not bring it up unless he does. I'm planning to keep our
Saturday routine the same so things feel normal.

Should I do anything differently? I don't want to mess this up.

Thanks,
Andre Wilkins
Mentor, Bridges Youth Mentoring""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Q4 roster export for the United Way report

Hi Sharon,

Per your request, here's the roster export for the Q4 United Way report. Please
aggregate before anything leaves our office; the funder only needs totals.

Mentee,Age,School,Ethnicity,Mentor,Match date
Trevon Mills,13,Hirsch MS,Black/African American,Andre Wilkins,2025-02-08
Mateo Salgado,12,Hirsch MS,Hispanic/Latino,Chris Paulsen,2026-03-14
Kayla Two Crows,14,Bowen HS,American Indian (Oglala Lakota),Dana Rey,2025-09-20
Vinh Tran,11,Parkside ES,Asian (Vietnamese),Greg Lutz,2026-10-03

Active matches: 4 shown of 61 (the rest are in the attached file).

Mark Dobbs, Program Data
Bridges Youth Mentoring""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Updated volunteer screening policy (approved by the board 11/18)

Dear mentors and staff,

The board approved our updated volunteer screening policy. Key changes:

  1. Fair-chance screening. A criminal record does not automatically disqualify
     an applicant. We look at the nature of the offense, how long ago it happened,
     and whether it relates to working with young people. Applicants can explain
     their record and share evidence of rehabilitation.
  2. We no longer ask about arrests that did not lead to a conviction.
  3. Certain offenses involving children remain disqualifying, as state law requires.
  4. Background checks are repeated every 3 years (was 5).

The full policy (v4.1, effective January 1, 2027) is on the staff drive. Questions
go to HR, not to program staff.

Bridges Youth Mentoring""",
        [],
    ),
    (
        """Subject: Route 4 sheet for Monday (sub driver)

Hi Frank, thanks for subbing Route 4 Monday! Here's the sheet. Hot bags are on the
second shelf, cold packs in the walk-in. Please text me if anyone doesn't answer.

STOP | CLIENT        | ADDRESS            | MEAL           | NOTES
1    | Edna Pruitt   | 14 Larch Ln        | diabetic/renal | dialysis M-W-F, come after 2
2    | Walter Vo     | 207 Pine St, Apt 6 | regular        | building door code 3318
3    | Agnes Morrow  | 9 Cotter Rd        | low sodium     | dog is friendly
4    | Lou Benedetti | 33 Orchard Ave     | pureed         | daughter there Mondays

If Mr. Vo doesn't answer, knock loudly and then call the office; don't leave the
meal outside.

Thanks!
Gina, Meals on Wheels coordinator, Ridgeview Senior Center""",
        [("health", ""), ("ACCESS_CODE", "3318")],
    ),
    (
        """Subject: Mrs. Alvarez - cash pickup request (please read)

Hi Dolores,

Heads up about Thursday. Mrs. Alvarez asked her shopping-assistance volunteer
(Kevin) to stop at the bank ATM for $200 on the way to her Kroger run. She handed
him her debit card (ends in 6619) and told him the PIN is 4907, and he wrote it on
the shopping list. Kevin did the right thing and called me before using it.

Our policy says volunteers can't handle client cards or PINs, so I've told Kevin
to return the card today and shred the list. Could you call her daughter about
setting up a payee or a small cash envelope instead?

Thanks,
Howard
Volunteer Programs, Ridgeview Senior Center""",
        [("CREDIT_CARD_LAST_DIGITS", "6619"), ("PIN", "4907")],
    ),
    (
        """Subject: tax paper for 2026 - Lien Nails

Hello Ms. Carol,

I send you the paper for this year tax like you ask. My number is ITIN 936-72-5407,
my wife Thu she get SSN now, is 386-82-8264. Our daughter Kim-Anh she come from
Vietnam in August so no number yet, you tell me if need.

The IRS send me a letter with Identity Protection PIN, it say 570418, you need this
for file right? Also I attach the 1099-K from Square and the rent receipt for salon.

Last year you say we pay too much estimated tax, so this year I pay less. I hope
this is ok.

Thank you so much,
Hoang Van Lien
Lien Nails & Spa""",
        [
            ("US_ITIN", "936-72-5407"),
            ("US_SSN", "386-82-8264"),
            ("PIN", "570418"),
        ],
    ),
    (
        """Subject: Your 2026 tax organizer from Pham & Ostrowski CPAs

Dear client,

It's that time again! Your 2026 tax organizer is attached (PDF, 14 pages,
v2026.1). Please bring or upload these by February 28:

  - W-2s, 1099s (NEC, INT, DIV, K, R), 1098 mortgage interest
  - Childcare provider name and EIN or SSN (the provider gives you this)
  - IRS letters, including any Identity Protection PIN letter (CP01A)
  - Last year's return if you're new to our firm

Security reminder: we will never ask you to email your Social Security number,
bank account number or IP PIN. Use the secure portal at portal.phamostrowski.com.
If an email claiming to be from us asks for them, call us at (714) 555-0146.

Pham & Ostrowski CPAs, 9872 Bolsa Ave Suite 210, Westminster CA 92683-6514
Firm EIN 33-0871642""",
        [],
    ),
    (
        """Subject: Re: Invoice 2026-117 - Ní Bhriain Catering (50th birthday lunch)

Hi Siobhán,

Grand, thanks a million for confirming the numbers for Sunday, 46 adults and 12
kids so. Invoice 2026-117 attached, €1,380.00 incl. VAT, deposit of €400 received
with thanks, so €980.00 outstanding.

You can pay by bank transfer to:
  Account name: Ní Bhriain Catering Ltd
  IBAN: IE49 AIBK 9311 5266 2687 82
  BIC: AIBKIE2D

Please put the invoice number as the reference. We'll be there from 11 to set up
in the community hall.

Le meas,
Aoife Ní Bhriain
Ní Bhriain Catering, Unit 4, Ballymun Enterprise Centre, Dublin 9""",
        [("IBAN_CODE", "IE49 AIBK 9311 5266 2687 82")],
    ),
    (
        """Subject: Holiday hours at Sahara Grill + new winter menu

Dear customers,

Thank you for a wonderful year! Some news from our kitchen:

HOLIDAY HOURS
  Dec 24: open 11am-4pm
  Dec 25: closed
  Dec 31: open late, until 1am, live oud music from 9pm
  Jan 1: closed

WINTER MENU (from Jan 5)
  Lamb mansaf, red lentil soup, musakhan rolls, knafeh. All our meat is
  certified halal (certificate HFSAA #11-2204). Vegetarian and gluten-free
  options are marked on the menu.

In March we will close for Eid al-Fitr (expected around March 10) so our staff can
be with their families. Eid Mubarak in advance!

Order online: saharagrill.com | 2817 Main St, Dearborn MI 48124-2410 | (313) 555-0152""",
        [],
    ),
    (
        """Subject: Your florals for June 12 - proposal v2

Hi Ana and Sofia!

So lovely to meet you both on Saturday, and congratulations again on your
engagement! Here's the revised proposal after our call:

  Chuppah: full floral front posts + draped eucalyptus, white garden roses, olive
  Ketubah signing table: low arrangement, blush ranunculus
  Bouquets (2): different but coordinated, per your wish to "not match exactly"
  Boutonnieres for both dads and the rabbi
  Centerpieces: 14 low + 4 tall

Total: $6,480. Your deposit of $1,500 was charged to the Mastercard ending in 3057
on 12/5; the balance is due May 29.

I'll hold the date; send me any changes by January 15.

xo,
Marisa
Wildflower & Vine Floral Studio""",
        [
            ("sexual_orientation", ""),
            ("religious_belief", ""),
            ("CREDIT_CARD_LAST_DIGITS", "3057"),
        ],
    ),
    (
        """Subject: Contract template for 2027 bookings (please review)

Hi Jess, here's the updated contract template. Fields in brackets get filled per
client. Let me know if the cancellation clause reads OK.

WILDFLOWER & VINE FLORAL STUDIO - EVENT SERVICES AGREEMENT
Client name(s): [CLIENT NAMES]
Event date: [DATE]   Venue: [VENUE]
Ceremony type (for décor planning, optional): [e.g., civil, religious, cultural]
Deposit: [30%] due at signing; balance due 14 days before the event.
Payment card: card ending [____] (we never store full card numbers)
Tax ID for business clients only: [EIN]
Cancellation: deposits are non-refundable within 90 days of the event.

v3.2, revised 2026-12-01""",
        [],
    ),
    (
        """Subject: Welcome to Maple Court, Unit 3B - move-in details

Hi Darnell,

Welcome home! Everything is ready for your move-in on Saturday, December 12.

Keys: in the lockbox on the rail by the front steps, code 0419. Please put the
lockbox back on the rail after you take the keys.
Parking: space 3B behind the building; the garage remote is on the kitchen counter.
Wi-Fi (included in rent): network MapleCourt-3B, password tinroof-magpie-88
Trash/recycling: Tuesday mornings, bins by the alley.

We've received your lease signature and a copy of your NY non-driver ID
(713 482 590) for the file; the security deposit of $1,650 is held in escrow at
Tompkins Trust.

Maintenance requests: portal.ithacalofts.com or (607) 555-0131.

Best,
Rhonda Kim, Property Manager
Ithaca Lofts Management""",
        [
            ("ACCESS_CODE", "0419"),
            ("PASSWORD", "tinroof-magpie-88"),
            ("US_STATE_ID", "713 482 590"),
        ],
    ),
    (
        """Subject: Maple Court - water shutoff Wed Dec 16, 9am-1pm

Dear residents,

Finger Lakes Plumbing will replace the main shutoff valve on Wednesday, December
16. Water will be off in all units (1A-4D) from 9:00 am to about 1:00 pm.

  Work order: WO-2026-2741-MC
  Permit: City of Ithaca PLB-26-00914
  Contractor license: NY 48-1193

Fill a pot or two the night before. Please don't run dishwashers or laundry until
after 2 pm to let sediment clear.

The annual fire alarm inspection is the following Monday (Dec 21). Inspectors will
enter units with a staff member between 10 and 3. Lockbox and gate codes are not
changing this month; we'll email residents individually when they do.

Ithaca Lofts Management | (607) 555-0131""",
        [],
    ),
    (
        """Subject: Your 2026 contribution statement - Grace Fellowship Church

Dear Olumide and Funmi Adeyemi,

Thank you for your faithful giving to Grace Fellowship Church in 2026. Your
generosity helped us launch the Wednesday youth supper and send the mission team
to Jos in July.

  Tithes and offerings       $3,720.00
  Building fund                $250.00
  Missions (Jos team)          $150.00
  Total contributions        $4,120.00

No goods or services were provided in exchange for these contributions other than
intangible religious benefits. Please keep this statement for your tax records.

Grace and peace,
Evelyn Marsh, Church Bookkeeper
Grace Fellowship Church, 3301 Wilkins Ave, Houston TX 77004-7211""",
        [("religious_belief", "")],
    ),
    (
        """Subject: RE: HVAC invoice #INV-20873 - fellowship hall unit

Hi Carl,

Thanks for getting the fellowship hall furnace going before Sunday. I've approved
invoice #INV-20873 ($2,384.50) and the check will go out Thursday (check #10452,
from the building maintenance fund).

For your records, the church's EIN is 76-0418832 and we're sales-tax exempt
(certificate 1-76-0418832-5). Please send future invoices to
bookkeeper@gracefellowshiphtx.org.

Also, in case your crew is back in January: the sanctuary will be busy Jan 10-31
with our sermon series "Forgiveness: Seventy Times Seven", Sundays 9 and 11 am, so
weekday mornings are best.

Thanks again,
Evelyn Marsh, Bookkeeper
Grace Fellowship Church""",
        [],
    ),
    (
        """Subject: Zakat committee - case Z-26-041 recommendation

Assalamu alaikum brothers and sisters,

Recommendation for Sunday's zakat committee meeting:

Applicant: Br. Yusuf Abdi (member since 2015; family of 6)
Situation: Br. Yusuf has been unable to work since his kidney transplant in
August; he is on anti-rejection medication and his doctor has cleared him for
light duty only from February. His wife Sr. Hodan works part-time.
Request: rent for December and January ($1,450/month) and the utility shutoff
notice ($386.12).
Eligibility: meets the fuqara criterion per our zakat policy; verified by
Sr. Amina (home visit 12/2).
Recommendation: approve $3,286.12 from the zakat fund, paid directly to the
landlord and the utility.

JazakAllahu khairan,
Imran Siddiqui, Zakat Committee Secretary
Islamic Center of the North Valley""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Ramadan 1448: iftar schedule, zakat al-fitr, volunteers

Assalamu alaikum,

Ramadan is expected to begin around February 8, 2027, insha'Allah. Plans so far:

  Community iftars: every Friday and Saturday at sunset, main hall
  Taraweeh: nightly after Isha, 8 rakat + witr
  Zakat al-fitr: $15 per person this year; pay at the office or at
    icnv.org/zakat (payment page ZF-1448)
  Volunteers needed: setup (4:30 pm), serving, cleanup. Sign up by Jan 31.

Our zakat committee also accepts applications all year. Applications are reviewed
confidentially by three committee members.

Islamic Center of the North Valley | EIN 68-0392214 | 1920 Cedar Ave""",
        [],
    ),
    (
        """Subject: Meal train for the Rosenbergs - please sign up

Dear Chesed Committee,

Ruth Rosenberg is home from Sloan after her mastectomy last Tuesday, and her chemo
starts Monday. Mort is doing his best but could use help for the next few weeks.

  Dinners needed: Mon/Wed/Fri, Dec 14 - Jan 8
  Drop-off: 4:30-5:30 pm, cooler on the front porch
  They keep kosher: please order from Kosher Kitchen on Central (they know the
  Rosenbergs' account) or bring something sealed from a certified store
  Ruth asks for no phone calls yet; cards welcome

Sign up here: mealtrain.com/r7k2p
Thank you for being the community we are.

Shira Feldman
Chesed Committee Chair, Congregation Beth Shalom""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: High Holy Days 5788 - seating and parking

Dear members and friends,

Although the High Holy Days are many months away, seat renewals open now. Rosh
Hashanah 5788 begins the evening of October 1, 2027, and Yom Kippur begins the
evening of October 10, 2027.

  Seat renewal deadline: March 1
  Sanctuary sections A-F; overflow in the social hall with livestream
  Parking permits: numbered hang tags (2027 series P-1001 to P-1450)
  Guests: non-member tickets $180; free for students and active military

No one is ever turned away for inability to pay. Speak confidentially with the
Executive Director.

Congregation Beth Shalom | 44 Linden Rd | Office (914) 555-0140""",
        [],
    ),
    (
        """Subject: Langar sewa roster - Gurpurab weekend (Jan 2027)

Sat Sri Akal ji,

Here's the sewa roster for Guru Gobind Singh ji's Gurpurab langar. Please check
your shift and reply if you need to swap.

Name             | Shift       | Station  | Notes
Harpreet Kaur    | Sat 5-9 am  | prashad  | amritdhari, will prepare karah prashad
Gurjit Singh     | Sat 9-1     | tandoor  | type 1 diabetic, keep juice at station
Manpreet Sandhu  | Sat 9-1     | dal      |
Tom Reilly       | Sun 11-3    | dishes   | first time, from the interfaith council

Aprons and head coverings are by the kitchen door.
Waheguru ji ka Khalsa, Waheguru ji ki Fateh!

Balwinder Singh Gill, Langar Coordinator
Guru Nanak Sikh Society of the Bay""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Winter retreat: "Impermanence and Grief" - Jan 29-31

Dear sangha,

Our winter non-residential retreat will explore impermanence and grief through
sitting and walking meditation, dharma talks and small-group sharing. No prior
retreat experience is needed.

  Friday Jan 29, 7-9 pm; Saturday and Sunday 9 am - 4 pm
  Guiding teacher: Ven. Thich Minh Tue (visiting from Deer Park)
  Dana-based; suggested $60-$180, no one turned away
  Registration code for the online form: WINTER27

Please bring a cushion if you have one, and a bag lunch. Silence is kept from
Saturday morning until Sunday's closing circle.

May all beings be at ease,
Open Sky Sangha | 212 Kellogg St, Oakland CA 94610-3702""",
        [],
    ),
    (
        """Subject: thank you, and a question about the Tuesday sit

Dear Sensei Karen,

I wanted to say thank you. Since I took refuge with the sangha last spring,
sitting every morning has helped with my depression more than the medication
alone. My psychiatrist even noticed. I don't say much at the Tuesday sit but it
matters a lot to me.

My question: I start a new job in January with a later shift. Is it ok if I join
the Tuesday sit online for a while, or do you prefer we come in person?

With gratitude,
Trevor Whitcombe""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Re: January meeting + room access

Hi Riley,

So glad the name change finally came through, that's huge! And I'm happy to hear
the estradiol is going better since they lowered the dose. If the new clinic gives
you any trouble with the prior auth, let me know; Sam has been through that exact
process.

For the January meeting you'll be opening the community room since I'm away. The
keypad code for the side door is 6143 and the light switches are behind the piano.
Chairs in a circle; the tea stuff is in the cabinet marked "Spectrum."

Thank you for stepping up!
Jo
Spectrum Trans & Nonbinary Peer Support Group""",
        [("health", ""), ("ACCESS_CODE", "6143")],
    ),
    (
        """Subject: Trans Day of Remembrance vigil recap + winter meeting schedule

Friends,

Thank you to everyone who came to the Trans Day of Remembrance vigil on November
20. We read the names of the 34 people whose deaths were reported this year and
lit a candle for each. The recording is at spectrumpeers.org/tdor26.

Winter meeting schedule (2nd and 4th Thursdays, 7-8:30 pm, community room):
  Jan 14: Navigating name and gender marker changes (with a legal aid volunteer)
  Jan 28: Open sharing
  Feb 11: Family and partners night
  Feb 25: Open sharing

All gender identities and expressions are welcome. Pronouns are always optional.
What is shared in the group stays in the group.

Spectrum Trans & Nonbinary Peer Support Group
Jo Palmer (they/them), facilitator""",
        [],
    ),
    (
        """Subject: Meet our new co-facilitator, Alex!

Hi everyone,

Please welcome Alex Mbeki (they/them) as our new co-facilitator starting in
January! Alex came out as nonbinary two years ago and has been a regular at our
Thursday groups since. They work as a librarian at the Eastside branch, bake an
excellent banana bread, and will lead our Family and partners night on Feb 11.

Alex asked me to share: "This group was the first place I felt like myself. I
want to help other people find that too."

Say hi on Thursday!
Jo
Spectrum Trans & Nonbinary Peer Support Group""",
        [],
    ),
    (
        """Subject: volunteer signups from Saturday's tabling (JSON export)

Hi Priscilla,

Here are the 3 signups from the farmers market table, straight from the form
tool. Can you add them to the canvass list for the Measure 12 (clean water bond)
push?

[
  {"name": "Gloria Esteves", "zip": "97405", "supports_measure_12": true,
   "roles": ["canvass", "phone bank"], "party_reg": "DEM",
   "notes": "wants to lobby county commissioners about it"},
  {"name": "Ken Yamada", "zip": "97401", "supports_measure_12": true,
   "roles": ["lit drop"], "party_reg": "NAV",
   "notes": "registered Republican until 2024, now unaffiliated"},
  {"name": "Bea Lund", "zip": "97404", "supports_measure_12": "undecided",
   "roles": [], "party_reg": null}
]

Thanks!
Tomas, volunteer desk
Willamette Clean Water Action""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Your nonpartisan 2027 special election guide

Hello voters,

The May 18, 2027 special election is coming. This guide is nonpartisan: we do not
endorse candidates or tell you how to vote.

COUNTY COMMISSION, DISTRICT 2
  Maria Hollis (incumbent): supports the clean water bond; opposes new gravel
  permits.
  Dean Carver: opposes the bond as "too costly"; supports permit streamlining.
  (Positions are from each candidate's public questionnaire.)

MEASURE 12: Clean Water Bond ($48M over 20 years)
  A YES vote funds pipe replacement and filtration upgrades.
  A NO vote keeps current funding.

Ballots mail April 28. Drop box locations: lanecounty.org/elections (precinct
lookup: enter your 9-digit zip code, e.g. 97401-2205).

League of Engaged Voters, Lane County Chapter""",
        [],
    ),
    (
        """Subject: New pen pal match: Darnell H.

Dear Margaret,

Thank you for your patience! We've matched you with Darnell Hughes. He's 52, has
been at Pelican Bay for 19 years on a life sentence, and loves astronomy and
crossword puzzles. He converted to Islam in 2011 and mentioned that letters during
Ramadan would mean a lot to him.

Please address letters exactly like this:
  Darnell Hughes #K48213
  Pelican Bay State Prison
  P.O. Box 7500, Crescent City, CA 95532

Remember our guidelines: use our P.O. box as your return address, no cash or
stamps, and no personal phone numbers.

With thanks,
Lydia Fong
Coordinator, Letters Across the Wall""",
        [("criminal_history", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Pen pal guidelines (please read before your first letter)

Welcome to Letters Across the Wall!

Before you write:
  1. Use our return address: Letters Across the Wall, P.O. Box 20417,
     Oakland CA 94620.
  2. Write your pen pal's name and ID number exactly as given, e.g.
     [First Last] #[ID], [Facility], [Address].
  3. No cash, stamps, stickers, glitter, or crayon. Photos: 4x6, no Polaroids.
  4. Don't ask why someone is incarcerated. If they choose to share, listen.
  5. Don't share your phone number, home address or social media.
  6. Don't send money or put money on anyone's account, even if asked.

Most of our pen pals are in California state prisons; some are in federal
facilities. Mail can take 2-3 weeks.

Letters Across the Wall""",
        [],
    ),
    (
        """Subject: posted - Luis Ortega (Dec 5)

Team,

Posted bail for Luis Ortega this afternoon at the Hall of Justice, $2,500 cash.
He was arrested 11/29 at the Mission St encampment sweep, charged with misdemeanor
trespass and resisting (PC 602 / PC 148). Next court date 12/15, Dept 12, 9 am,
docket CR-26-014482. Released around 6:40 pm; Maribel drove him to his sister's.

Court reminders: he has a prepaid phone, the number is in the intake sheet. He
agreed to text check-ins. Needs a ride on the 15th.

Receipt #HOJ-889104 scanned to the drive.

- Kwame
Bay Community Bail Fund""",
        [("criminal_history", "")],
    ),
    (
        """Subject: 2026 by the numbers: Bay Community Bail Fund

Dear supporters,

Because of you, in 2026 we:
  - posted bail for 412 people, most held on bail of $5,000 or less
  - saw 94% of the people we bailed out return for every court date
  - recycled $1.1 million in bail money back into the fund

One story (shared with permission, details changed): a father of three was held
for three weeks on a $1,500 bail after a traffic stop. His family could not pay.
We posted his bail the day his case came to us; he kept his job and his charges
were later dismissed.

Our 2027 goal: court-date rides for everyone who needs one.

Donate: baybailfund.org/give | EIN 82-4309917
Bay Community Bail Fund""",
        [],
    ),
    (
        """Subject: Automatic reply: Spring concert venue contract

Thank you for your message. I am out of the office recovering from knee
replacement surgery and will return on Monday, January 11, 2027. I won't be
checking email regularly.

For urgent matters about the Lakeshore Community Band, please contact our
president, Helen Ruiz, at president@lakeshoreband.org or (262) 555-0117.

Best regards,
Doug Fenwick
Business Manager, Lakeshore Community Band""",
        [("health", "")],
    ),
    (
        """Subject: Automatic reply: referral for Thursday

Thank you for contacting Lakeside Community Dental Clinic. I am out of the office
until Monday, January 4, with limited access to email.

For scheduling, call (608) 555-0125 (press 1). For dental emergencies after hours,
call our on-call line at (608) 555-0199.

Rosa Kim | Patient Services Coordinator
Lakeside Community Dental Clinic | NPI 1316048823

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information, including protected health information (PHI) subject to HIPAA. If you
are not the intended recipient, you are hereby notified that any review,
dissemination or copying is strictly prohibited. Please notify the sender and
delete the message.""",
        [],
    ),
    (
        """Subject: Fwd: New submission: Winter Gala Tickets

Treasurer - the museum's ticket plugin is broken again, so this came through as a
raw email instead of going to Stripe. Can you run it manually and then delete
this? - Lisa

<html><body><table>
<tr><td>Name</td><td>Geoffrey Nakamura</td></tr>
<tr><td>Tickets</td><td>2 x Patron ($250)</td></tr>
<tr><td>Card type</td><td>American Express</td></tr>
<tr><td>Card number</td><td>3725 382384 43906</td></tr>
<tr><td>Expiry</td><td>10/29</td></tr>
<tr><td>CID</td><td>4417</td></tr>
<tr><td>Billing ZIP</td><td>53703</td></tr>
<tr><td>Dietary</td><td>vegetarian</td></tr>
</table>
<p>Submitted 2026-12-05 21:14:33 via form #7 | Madison Children's Museum</p>
</body></html>""",
        [("CREDIT_CARD", "3725 382384 43906"), ("CVV", "4417")],
    ),
    (
        """Subject: Re: Dad's dialysis schedule - can the Tues/Thu drivers switch to MWF?

Hi Bernice,

Thanks for getting back to me so fast. Yes, starting the week of the 14th, pickups
would be 6:15 am from the house and the return around 11. Same address as before,
and the side door is best.

I really appreciate the volunteers. Let me know who's on the new schedule.

Paul Leclerc""",
        [("health", "")],
    ),
    (
        """Subject: Re: potluck sign-up for the Lions holiday party

Hi Carol,

Put me down for a salad and a dessert. Just so you know, the dessert will be sugar
free. I'm not diabetic, but my husband Tom is, and he was just put on insulin last
month, so we're all learning to bake differently! It'll be labeled.

See you on the 19th,
Linda Marchetti""",
        [("health", "")],
    ),
    (
        """Subject: Navigator quick guide v2 - common questions

Hi navigators,

Updated quick guide for common caller questions, based on last month's calls:

Q: "If I've been arrested before, can I still enroll in a trial?"
A: Usually yes. Some trials exclude people who are incarcerated; a past arrest is
   not an exclusion. Refer eligibility questions to the study coordinator.

Q: "What if I test positive for HIV during screening?"
A: Explain that results are confidential and that the study team will refer them
   to care. Never guess about eligibility.

Q: "Do I need a Social Security number to get paid?"
A: Not always; some sites can pay by gift card. Don't collect SSNs yourself.

Role-play practice is Friday at 2 pm. This guide is v2.0, dated 2026-12-02.

Connecticut Cancer Trials Access Program""",
        [],
    ),
    (
        """Subject: config for the donation site (don't forward)

Hey Marco,

Here's the production config for the donation site so you can finish the
migration over the weekend. I'll rotate everything once it's live.

# donate.greenwayconservancy.org - prod
stripe:
  publishable_key: pk_live_511ylvuhfJXqIEnomef2mSJ5CMTIeg1ZTV
  secret_key: sk_live_51Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG
aws_s3_receipts:
  bucket: gwc-receipts-prod
  region: us-east-2
  access_key_id: AKIAD6JBAPF5HY6GIPQN
  secret_access_key: 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
mail:
  from: donate@greenwayconservancy.org

Thanks for doing this!
Ellie, Greenway Conservancy""",
        [
            ("API_KEY", "sk_live_51Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG"),
            ("API_KEY", "BQlm7knI4pShZFC8ZrXbeg+fT3pG/h8msMlc/T1a"),
        ],
    ),
    (
        """Subject: donor portal errors overnight (log excerpt)

Hi Sam, the portal threw errors between 02:10 and 02:25 UTC. Excerpt:

2026-12-07T02:10:44Z INFO  req=5f1c2e9a user=48211 POST /login 401 bad_credentials
2026-12-07T02:10:51Z INFO  req=a03d77e1 user=48211 POST /password/reset 202 sent
2026-12-07T02:14:02Z ERROR req=c9b14f06 GET /receipts/RCPT-0094417.pdf 500 timeout
2026-12-07T02:14:02Z WARN  webhook evt_1QhR7xYzKp retry=3 card_last4=null
2026-12-07T02:25:37Z INFO  deploy v4.12.3 build 20261207.2 health ok 10.0.14.22

Looks like the S3 timeouts started right when the backup job ran. I've moved the
backup to 04:00. The donor in the first two lines reset their password and got in.

- Rafael, volunteer IT, Greenway Conservancy""",
        [],
    ),
    (
        """Subject: Reminder: your appointment on December 15 at 9:30 am

Dear Patricia Gomez,

This is a reminder of your appointment at Lakeside Community Dental Clinic on
Tuesday, December 15 at 9:30 am with Dr. Anand.

Please arrive 15 minutes early and bring your clinic card.
Internal note (do not send): pt on warfarin for A-fib, INR check needed before
extraction #30; Medicaid dental denied 11/2, sliding fee tier 2.

To cancel or reschedule, call (608) 555-0125. Missed appointments without notice
may affect your sliding-fee eligibility.

Lakeside Community Dental Clinic""",
        [("health", "")],
    ),
    (
        """Subject: We're hiring: Community Health Worker (bilingual), full-time

Eastgate Free Clinic is hiring a full-time Community Health Worker to join our
street medicine and home-visit team.

You'll: help patients with diabetes, hypertension, HIV and substance use
disorders get to appointments and fill prescriptions; connect people to housing
and food; and visit patients at home with our nurses.

You have: lived experience in our community; Spanish or Vietnamese fluency
strongly preferred; a valid driver's license and insurance (we reimburse mileage
at $0.70/mi).

Pay: $24-$28/hour, full benefits, 4 weeks PTO.
We are a fair-chance employer: we don't ask about criminal history on the
application, and people in recovery and people who have been incarcerated are
encouraged to apply.

Apply by January 8: eastgatefreeclinic.org/jobs (posting #CHW-2027-02)""",
        [],
    ),
    (
        """Subject: Re: Bayanihan Scholarship disbursement - requirements

Good day Ma'am Lourdes,

Thank you po for the good news! My parents are very happy. Kindly see below the
details you requested for the disbursement of the scholarship grant:

  Account name: Ma. Cristina D. Villanueva
  Bank: BDO Unibank, SM Fairview branch
  Savings account no.: 0045 6310 2874
  Passport no. (for the KYC of the remittance): P4827193B

I will send the scanned copy of my passport and my enrollment form from UST later
tonight as the internet here in our area is slow. Sorry for the late reply, there
was a brownout yesterday.

Maraming salamat po,
Tina Villanueva
Bayanihan Scholar 2026, Filipino-American Association of Greater Sacramento""",
        [("US_BANK_NUMBER", "0045 6310 2874"), ("US_PASSPORT", "P4827193B")],
    ),
    (
        """Subject: Refund for winter comp + Saturday's game

Hi Bron,

Sorry to be a pain, but I've pulled Jess out of the rest of the winter comp. She
copped a concussion in the second quarter on Saturday (clash of heads at the
circle edge) and the GP has said no sport for at least three weeks, then a
graduated return. Gutted, she was playing so well.

Could the club refund the remaining $85 of her rego? Our details:
  Account name: K & J Ferris
  BSB: 062-194
  Account: 1687 5314

Happy to cover the fill-in fee for Saturday if needed. Cheers for everything,
you've been ace this season.

Kylie Ferris
(Jess's mum) - Brunswick Blazers Netball Club, Div 3 Open""",
        [("health", ""), ("US_BANK_NUMBER", "1687 5314")],
    ),
    (
        """Subject: RE: door scanner re-enrollment - export for the vendor

Hi Priyanka,

The vendor asked for the export of the two members whose fingerprint enrollments
failed after the firmware update, so they can debug. Pasted from the admin panel:

member_id,name,finger,template_format,template_b64
10482,Colm Feeney,R-index,ISO19794-2,Rk1SACAyMAAAAAFiAAABLAGQAMUAxQEAAABWN0CXADtkAEBqAFVv
10517,Marguerite Osei,L-thumb,ISO19794-2,Rk1SACAyMAAAAAE8AAABLAGQAMUAxQEAAABRKUCkAEZfAEBOAGhr

Should I send this to them over email or use their upload portal? I'm not sure we
should be emailing these at all.

Tony
Front Desk Lead, Northside Rowing & Fitness Club""",
        [("biometric", "")],
    ),
    (
        """Subject: New fingerprint entry at the boathouse - enroll by Jan 15

Hi members,

Starting January 18, the boathouse door will open with a fingerprint scanner
instead of key fobs (fobs keep getting lost in the river!).

  Enrollment: at the front desk, any staffed hour, takes 2 minutes
  What we store: an encrypted template, not an image of your fingerprint
  Don't want to use it? Keep your fob; just tell the front desk.

Our biometric privacy notice (v1.0, effective 2027-01-01) is at
northsiderowing.org/biometrics. Templates are deleted within 30 days of the end
of your membership.

Row on,
Northside Rowing & Fitness Club""",
        [],
    ),
    (
        """Subject: Re: payroll deductions for the 2027 season

Hi Marcy,

Thanks for the contract for the Nutcracker run. One change for payroll: I'm a
member of AFM Local 8 (the musicians' union), so please set up the work dues
deduction at 2.5% per service and the pension contribution per the local's
scale. The local's form is attached.

Also my mailing address changed; the new one is on the W-4.

Thanks!
Elena Vasquez, principal cello
Lakeshore Community Orchestra""",
        [("trade_union_membership", "")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_15, "hard15", Path(__file__).with_name("hard-15.jsonl")))
