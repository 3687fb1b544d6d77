"""Hard set 16: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

What the author read (and nothing else in the repository): the privacy policy
(/work/shared/policy/privacy-policy.txt), above all Section 9, the definition of Sensitive
Data; tests/data/sensitive/independent_sets.py (the checker and the record format);
scanner/categories.py (the names of the special categories, used as labels); and the ruff
line-length setting in pyproject.toml. The detector, its rules, its docs, the other sets and
the git history were not read, and the detector was not run on these texts.

Identifier values were generated for this set with valid check digits (Luhn for cards, the
ABA checksum, IBAN mod-97, SSA and ITIN rules for SSNs and ITINs); none is a published test
number. Passport, licence and ID-card numbers follow the issuing country's usual shape.

CONVENTIONS (every label can be checked against these)

Special categories (health, genetic, biometric, racial_ethnic_origin, political_opinion,
religious_belief, trade_union_membership, sexual_orientation, criminal_history):
1. Labelled when the text discloses the category about an identifiable person: someone
   named, the addressee ("your ..."), the writer in the first person, or a clearly
   identified relative, colleague, client, patient, athlete or foster child (initials plus a
   case or docket number in a case file still identify). Deceased private persons count
   (an obituary giving the cause of death is health). Labelled once per text per category,
   with value "".
2. Never labelled: topics, events, programs and services, appeals, anonymised stories
   ("a father we'll call R."), aggregate statistics, public figures' public positions (the
   party or platform of an office-holder or candidate), templates with unfilled fields,
   blank forms, placeholders, policy/handbook/legal text, job postings and EEO or
   fair-chance statements, marked fiction and training scenarios, broadcast invitations to
   events (an LGBTQ+ mixer, a Lenten supper, free HIV testing), research recruitment
   without a named participant, sermon topics, "confidential"/"PHI" footers.
3. Negations and hypotheticals are not disclosures: "no records found", "Medical: None
   flagged", "no convictions, no suspensions", "if you have a food allergy ...".
4. health: a condition, symptom, injury, disability, pregnancy, mental-health or addiction
   treatment, medication, exam or test finding, or care received at a hospital, clinic or
   pharmacy (a named patient's procedure on a billing letter, a prescription-ready notice
   naming the drug), and medical leave when the medical reason is stated.
5. genetic: a genetic test result about a person. It is labelled genetic only, unless a
   condition, diagnosis, symptom or treatment is also disclosed, then genetic and health.
   Genetic counselling about the result itself does not add health.
6. biometric: biometric data itself (a fingerprint template) tied to a named person;
   talk of fingerprinting as a process is not.
7. racial_ethnic_origin: race, ethnicity or ethnic group (e.g. Hazara) of a person.
   Nationality, citizenship, country of birth, language or refugee/immigration status
   alone do not count.
8. religious_belief: a person's faith, denomination, observance or religious practice,
   implicit too ("during Lent I won't be eating meat on Fridays"; registered parishioners
   who tithe). Enrolment at a faith-based school, being on a congregation's mailing list,
   or a religious body's staff acting in their role do not count.
9. political_opinion: a private person's party affiliation, party office, partisan giving
   (a party code in a screening export) or stated political views.
10. trade_union_membership: an individual's membership, dues deduction or union office
    (steward, delegate); a union vote or recognition announcement is not.
11. sexual_orientation: a stated orientation, a same-sex spouse or partner (implicit too:
    "my husband and I" signed by a man), or a person's registration for an
    orientation-specific dating event. A different-sex spouse does not reveal orientation
    and is not labelled. Gender identity is not used in this set.
12. criminal_history: an arrest, charge, detention by authorities (also abroad and
    without conviction), police caution, conviction, incarceration, probation or parole of
    an identifiable person, implicit too ("since she got out of Bedford Hills"). Being a
    victim of a crime is not (the victim's injuries are health). A clear background check
    is not.

Value labels (values labelled exactly as written, separators and any line break included;
each value occurs once in its text):
13. A passport of any country is US_PASSPORT; a driving licence of any state, province or
    country is US_DRIVER_LICENSE; a non-driver photo ID card of a state (also an
    Australian state Photo Card) is US_STATE_ID; an ITIN is US_ITIN; an SSN is US_SSN, and
    a partial SSN given as such ("SSN (last 4)") is US_SSN on the visible digits. EINs,
    NPIs, charity/NPO/PBO numbers, case, claim, policy, rider, ticket, receipt and
    employee numbers are not labelled.
14. Financial account numbers are labelled whoever holds them (a person, an estate, a
    trust, an organisation): a bank, credit-union, brokerage or trust account in domestic
    format (any country) is US_BANK_NUMBER, an IBAN is IBAN_CODE, a routing number is
    ABA_ROUTING_NUMBER. Not labelled: SWIFT/BIC, branch and sort codes, SEPA creditor IDs
    and mandate references, provider billing/guarantor accounts, pledge, constituent,
    order and invoice numbers, wage-garnishment orders.
15. A full card number is CREDIT_CARD (its last four are not labelled again); the last
    four alone are CREDIT_CARD_LAST_DIGITS; a security code is CVV; expiry dates are not
    labelled.
16. PASSWORD: a password or a security-question answer that opens a financial or online
    account, each answer separately. PIN: a card PIN. ACCESS_CODE: a one-time passcode
    that opens an account. Codes that open no financial or online account are NOT
    labelled and appear in decoys: door, gate, keypad, room, parking and hotel group
    codes, and guest Wi-Fi passwords.
17. API_KEY: only the secret part of vendor credentials (a secret key, a client secret);
    publishable keys, client IDs, user names and redacted strings are not labelled.
18. CREDIT_SCORE: each score; CREDIT_REPORT: each adverse credit-report item, on that
    item's span (a charge-off, a late payment, a collection account). Neutral report
    facts (number of open accounts, utilization) and a lender's minimum score are not
    labelled.
19. Dates of birth, incomes, AGI and other tax-return or FAFSA figures are not labelled
    (no label covers them and they are not special categories).

Emphasis: international NGOs and their US donors (refunds and SEPA mandates with Swiss,
Dutch, Ukrainian and Jordanian IBANs, FCRA donor KYC with a passport), humanitarian field
staff (a detention sitrep, a medical evacuation, a wounded driver's salary), disaster-relief
intake with SSN and bank details, hospital patient-experience and billing offices,
pharmacies and medication-assistance programs, health-insurance navigators (ITIN,
pregnancy), workers' compensation, disability leave, vocational rehabilitation, payroll
and HR at small nonprofits (garnishment, union dues, background checks, onboarding), board
governance (conflict-of-interest disclosures, executive sessions), fundraising CRM notes
and wealth-screening exports, planned giving and estates, alumni class notes, obituaries
(private persons with and without a cause of death, a public figure), a gay men's
speed-dating ticket versus a broadcast events list, a parish school's tuition assistance,
youth sports (concussion, physicals), paratransit eligibility, CASA court reports, victim
services, I-864 sponsorship, financial-aid counselling and a CDFI credit review. Shapes:
deep quoted threads, forwards, PHI footers, auto-replies, a leaked mail-merge debug row
and an unfilled template, minutes, CSV and Markdown tables, HTML remnants, SMS-gateway mail,
JSON, YAML and log lines, an OCR'd licence, key: value forms, a card number split by a
line wrap, a subject-only disclosure, an SSN with dots, implicit disclosures, non-native,
British, Australian, Indian and South African English, and decoys dense with ISBNs,
tracking, order and NDC numbers, NPIs, EINs, GPS, UUIDs, zip+4, lot numbers and door codes.
"""

from pathlib import Path

from independent_sets import Case, write

HARD_16: list[Case] = [
    # 0 positive: donor's Swiss IBAN three levels down a quoted thread
    (
        """Subject: Re: Re: Re: Duplicate wire - refund to your Zurich account

Dear Mr. Halvorsen,

Our treasury team in Geneva has now processed the refund of the duplicate transfer
(CHF 25,000, value date 2 December). You should see it within two business days. Thank you
again for your patience, and for your extraordinary support of our cholera response in
Cox's Bazar.

Warm regards,
Amelie Rochat
Donor Relations, Fondation Secours Sans Frontieres
Rue de Lausanne 64, 1202 Geneve | +41 22 908 41 70

> On 28 Nov 2026, at 09:14, Erik Halvorsen wrote:
> Amelie, any update? My accountant is asking.
>
>> On 21 Nov 2026, Amelie Rochat wrote:
>> Could you confirm the account you'd like the duplicate returned to?
>>
>>> On 20 Nov 2026, Erik Halvorsen wrote:
>>> Looks like my bank sent the December gift twice. Please return one to my
>>> personal account at UBS: CH58 9012 6873 1718 1583 0, in the name of Erik
>>> and Ingrid Halvorsen. Our SWIFT is UBSWCHZH80A.""",
        [("IBAN_CODE", "CH58 9012 6873 1718 1583 0")],
    ),
    # 1 decoy: INGO appeal with aggregate statistics, receipt number, EIN
    (
        """Subject: Your gift is already at work in Sudan

Dear Friend,

Since April, fighting in Darfur has displaced more than 2.1 million people. In the camps we
serve around El Fasher, 38% of children under five screened in October were acutely
malnourished, and cholera cases rose by a third in six weeks.

Your December gift of $250.00 (receipt no. 2026-11-048213) funds therapeutic food, oral
rehydration points and mobile clinics staffed by Sudanese nurses.

Prefer to give by bank transfer? Email finance@secours-sf.org and our team will send
current wire details - we never publish account numbers in email.

Fondation Secours Sans Frontieres USA is a 501(c)(3) organization, EIN 84-3920617.
No goods or services were provided in exchange for this contribution.""",
        [],
    ),
    # 2 positive: field sitrep - staff member detained and charged; passport for the embassy
    (
        """Subject: SITREP #14 - South Kordofan field office - RESTRICTED

FROM: Country Security Focal Point
TO: Regional Security Adviser; Country Director; HR Business Partner
DTG: 2026-11-30 18:40 EAT

1. INCIDENT: At 11:20 our national logistics officer, Peter Lokoro Ekai, was stopped at
   the Kadugli checkpoint and taken into custody by military intelligence. He is held at
   the central police station and has been charged with "espionage" under Art. 53.
2. STATUS: Vehicle and driver released 14:05. Radio check-ins every 2 hrs resumed.
3. ACTIONS: Legal counsel (Adv. Hassan) instructed. Kenyan embassy consular desk
   informed; they requested his passport details - passport no. AK0729418, issued
   Nairobi 2022.
4. MOVEMENT: All road missions Kadugli-Dilling suspended until further notice. GPS of
   holding site: 11.0106, 29.7182.
5. NEXT SITREP: 06:00 EAT or on change.""",
        [("criminal_history", ""), ("US_PASSPORT", "AK0729418")],
    ),
    # 3 positive: medical evacuation request with a UK passport number
    (
        """Subject: MEDEVAC request - Ms Harriet Pryce - URGENT

Dear Assistance Team,

Further to our call at 03:10, please arrange air ambulance evacuation for our staff member
Harriet Pryce (British, DOB 14/06/1989) from Malakal to Nairobi. The clinic in Malakal
suspects cerebral malaria: she has been febrile at 40.1 C since Tuesday, had a seizure at
02:30 and is now on IV artesunate.

Policy no.: HX-44/INT/208871  |  Member ref: 0034-77219
Passport (UK): 539271846, expiry 09/2031
Airstrip coordinates: 9.5589 N, 31.6559 E

Next of kin: Owen Pryce (brother), +44 7700 900 412.

Kind regards,
Nnamdi Obi
Duty Officer, Global Staff Care""",
        [("health", ""), ("US_PASSPORT", "539271846")],
    ),
    # 4 decoy: security handbook on arrest and detention (policy text, training scenario)
    (
        """Subject: Updated Staff Security Handbook - Chapter 7 (Arrest & Detention)

Colleagues,

Please read the revised chapter before the 15 January refresher. Key changes:

- If a colleague is arrested or detained, the most senior staff member present calls the
  Country Security Focal Point immediately (Thuraya +8821 6 5540 2291) - do not negotiate.
- Never carry copies of other staff's passports or national IDs in field vehicles.
- Incident reports use staff ID numbers only (e.g. SSF-0417), never names, in the subject.
- Training scenario 7B ("Checkpoint at dusk") is fictional; role-play notes are not to be
  forwarded outside the training cohort.

The handbook (v4.2, doc ref SEC-HB-2026-07) is on the intranet. Questions to security@.""",
        [],
    ),
    # 5 positive: disaster-relief intake, forwarded key: value form
    (
        """Subject: Fwd: Intake - Hurricane Delia household assistance - Tran

---------- Forwarded message ---------
From: Intake Desk <intake@gulfcoastrecovery.org>
Date: Tue, Oct 13, 2026 at 4:52 PM

Case #: GCR-26-03317
Applicant: Thanh Tran
Address: 2108 Bayou Ln, Lake Charles, LA 70601-4417
SSN: 520-63-3821
Household size: 4 (2 adults, 2 children)
Damage: roof lost over bedrooms, standing water 14 in., HVAC destroyed
Injuries: applicant fractured left wrist during evacuation, cast on until Nov 20;
  son (9) treated for an asthma attack at the CHRISTUS ER 10/9
Insurance: Louisiana Citizens, claim filed 10/11
Direct deposit - routing 053175775, checking acct 4471920385 (Hancock Whitney)
Needs: temporary housing

Please route to caseworker Darnell for the rental assistance referral.""",
        [
            ("US_SSN", "520-63-3821"),
            ("ABA_ROUTING_NUMBER", "053175775"),
            ("US_BANK_NUMBER", "4471920385"),
            ("health", ""),
        ],
    ),
    # 6 decoy: blank intake form with placeholders; a side-door code
    (
        """Subject: Disaster Assistance Intake Form (blank) - please print 50 copies

Hi Marisol, here's the text for the clipboard form. Please print 50 on the church copier
(the side door code is 4418# - same as last year).

GULF COAST RECOVERY - HOUSEHOLD INTAKE
Name: ______________________   Case #: GCR-26-_____
SSN (or ITIN): ___-__-____      Date of birth: __/__/____
Bank routing #: _________      Account #: ______________
Damage (check all): [ ] roof [ ] flooding [ ] mold [ ] vehicle
Injuries or medical needs in household? [ ] Yes [ ] No  Describe: ______________
Signature: ______________________

Thanks! - Joanne""",
        [],
    ),
    # 7 positive: patient-experience reply about the addressee's mother; PHI footer
    (
        """Subject: Your concerns about your mother's stay - Patient Experience Ref PX-2026-1184

Dear Ms. Abernathy,

Thank you for taking the time to write to us about your mother, Dorothy Abernathy, and her
stay on 4 West following her triple bypass in October. I am sorry that her call light went
unanswered for forty minutes on the night of October 19, and that her wound-care
instructions were not explained before discharge.

I have shared your letter with the nurse manager of 4 West and with our cardiac surgery
team. We will review call-light response times on the unit and follow up with you by
December 20.

Sincerely,
Rochelle Grant, MSW
Patient Experience Office, St. Adalbert Regional Medical Center
(814) 555-0182

CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI). If
you are not the intended recipient, please notify the sender and delete it.""",
        [("health", "")],
    ),
    # 8 decoy: Patient Experience Week volunteer call, keypad code, PHI footer
    (
        """Subject: Patient Experience Week - volunteer sign-ups open!

Hi Volunteers,

Patient Experience Week runs April 26-30. We're looking for 20 volunteers to staff the
lobby coffee cart and deliver thank-you cards to units (no patient contact beyond
greetings).

Shifts: 7-9 am, 11 am-1 pm, 3-5 pm. Badge access for the volunteer office is unchanged
(keypad 2719*). Parking validation code for the Elm St garage: PXW26.

Reminder from Compliance: never photograph whiteboards or census screens, and never repeat
anything you overhear about a patient. HIPAA applies to volunteers too.

Rochelle Grant, Patient Experience Office
CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI). If
you are not the intended recipient, please notify the sender and delete it.""",
        [],
    ),
    # 9 positive: hospital billing payment plan - procedure and card last four
    (
        """Subject: Payment plan confirmation - Guarantor acct 00718842

Dear Mr. Oyelaran,

This confirms your interest-free payment plan for the balance of $1,846.20 from your
outpatient colonoscopy and polyp removal at our Endoscopy Center on March 14, 2026.

Monthly amount: $153.85 x 12
Autopay card: Visa ending in 8339
First draft: January 5, 2027

If your card changes, call Patient Financial Services at 1-800-555-0147, option 3,
Monday-Friday 8-5. Financial assistance applications are accepted at any time.

Patient Financial Services
Mercy Valley Health""",
        [("CREDIT_CARD_LAST_DIGITS", "8339"), ("health", "")],
    ),
    # 10 positive: pharmacy transactional notice naming the drug
    (
        """Subject: Your prescription is ready for pickup

Hi KEISHA,

Your prescription is ready at Riverside Community Pharmacy.

Rx #: 6204417
Medication: SERTRALINE HCL 50 MG TAB (qty 30)
Prescriber: Dr. M. Castellanos
Copay: $4.00
Pick up by: 12/13/2026

Hours: Mon-Fri 9am-7pm, Sat 9am-1pm. Reply STOP to opt out of text alerts.
Riverside Community Pharmacy - 410 Grand Ave - (563) 555-0119 - NPI 1467503928""",
        [("health", "")],
    ),
    # 11 decoy: vaccine clinic announcement with lot and NDC numbers
    (
        """Subject: Flu & COVID shot clinic this Saturday - no appointment needed

Riverside Community Pharmacy is hosting a walk-in vaccine clinic at the Eastside Library
(1120 E 4th St) on Saturday, 9 am-1 pm.

- 2026-27 flu vaccine (high-dose available for 65+)
- Updated COVID-19 vaccine
- Bring your insurance card; uninsured adults can get a free flu shot through our
  community grant.

For our records: Fluzone HD lot UT8472JA (exp 06/2027), NDC 49281-0126-65.
Questions? Call (563) 555-0119.

You're receiving this because you opted in to health reminders. Unsubscribe anytime.""",
        [],
    ),
    # 12 positive: medication-assistance application - diagnosis, drug, SSN last four
    (
        """Subject: PAP application - missing documents for Gloria Mendez

Hi Gloria,

Thanks for coming in Tuesday. Our medication assistance coordinator reviewed your
application to the manufacturer program for Humira (adalimumab) for your rheumatoid
arthritis. Before we can submit, we still need:

  1. Page 2 of your 2025 Form 1040 (we have page 1: AGI $31,480)
  2. Proof of Medicare Part D denial or your LIS letter
  3. Dr. Hwang's signed prescriber section

Application ID: PAP-26-1182   |   SSN (last 4): 7909   |   DOB: 03/22/1961

You can drop copies at the front desk or email a photo. Your current supply should last
until about January 9, so let's try to submit by December 18.

Vanessa Ortiz, CPhT
Medication Access Program, Eastside Free Clinic""",
        [("US_SSN", "7909"), ("health", "")],
    ),
    # 13 decoy: medication-assistance program description
    (
        """Subject: New: help paying for expensive medications

Eastside Free Clinic's Medication Access Program helps uninsured and underinsured
patients apply to manufacturer patient-assistance programs (PAPs).

Who qualifies? Most PAPs require household income under 300-500% of the federal poverty
level (e.g. $46,800 for a single adult at 300%), a prescription from a U.S. prescriber,
and proof that insurance doesn't cover the drug.

Common programs we help with: insulin, inhalers, biologics for arthritis and psoriasis,
HIV medications, and anticoagulants.

What to bring: photo ID, last year's tax return or two pay stubs, all insurance cards,
and your medication list. Walk-in hours: Tue & Thu 1-4 pm, Suite 210.""",
        [],
    ),
    # 14 positive: navigator - spouse's ITIN, addressee's pregnancy
    (
        """Subject: Marketplace application - next steps for your family

Hola Sra. Ramirez,

Great news: your application is almost done. A few things from our meeting today:

* Your husband Julio will be listed as "not applying" - we used his ITIN 965-95-6858
  only to verify household income, as the form allows.
* Because you're pregnant (due date May 2), you and the baby may qualify for Medicaid
  pregnancy coverage instead of a Marketplace plan. I've sent a referral.
* Estimated 2027 household income: $38,200.

Please upload Julio's two most recent pay stubs by Friday. Our next appointment is
12/16 at 10:30 in Room B, Centro Comunitario.

Saludos,
Beatriz Salinas, Certified Navigator""",
        [("US_ITIN", "965-95-6858"), ("health", "")],
    ),
    # 15 decoy: open-enrollment invitation mentioning SSNs generically
    (
        """Subject: Open Enrollment help sessions - Nov 1 to Jan 15

Need health coverage for 2027? Certified navigators at Centro Comunitario can help you
compare plans, apply for tax credits and check Medicaid/CHIP eligibility - free and
confidential.

Bring: Social Security numbers or immigration document numbers for everyone applying,
pay stubs or tax returns, and current insurance info. Don't email these to us; bring
them in person.

Sessions: Tuesdays 5-8 pm and Saturdays 9-1. Call 210-555-0166 or book at
centrocomunitario.org/enroll. Se habla espanol.""",
        [],
    ),
    # 16 positive: workers' compensation first report of injury
    (
        """Subject: First Report of Injury - D. Whitcomb - claim setup

Hi Karen,

Attached is the First Report of Injury for our warehouse coordinator. Details for the
carrier portal (they wouldn't accept the PDF without these typed in):

Employee: Dale Whitcomb
SSN: 304-63-1453
Date of injury: 11/24/2026, approx. 2:15 pm
Description: lifting a pallet of canned goods at the food bank dock; felt a "pop" in
lower back. Seen at Concentra same day - diagnosis lumbar strain with possible L4-L5
disc involvement, MRI ordered. Off work through 12/8, then light duty (no lifting >10 lb).
Policy: WC 71-448203-02  |  FEIN 47-1830926

Thanks,
Marcy Linton, HR & Operations
Tri-County Food Bank""",
        [("US_SSN", "304-63-1453"), ("health", "")],
    ),
    # 17 decoy: OSHA 300A aggregate summary
    (
        """Subject: OSHA Form 300A summary - please post Feb 1 through Apr 30

Team leads,

Here is our 2026 summary of work-related injuries and illnesses. It must be posted in the
break room by February 1 (federal requirement). No names appear on the 300A.

Establishment: Tri-County Food Bank, 88 Industrial Pkwy, Dayton OH 45414-3309
NAICS 624210 | Annual average employees: 41 | Total hours worked: 79,820

Total cases with days away from work: 2
Total cases with job transfer or restriction: 1
Other recordable cases: 3
Total days away: 41 | Total days of restriction: 18
Injuries: 5 | Skin disorders: 0 | Respiratory: 1 | Hearing loss: 0

Certified by: Executive Director, 01/28/2027""",
        [],
    ),
    # 18 positive: first-person disability leave, postpartum depression
    (
        """Subject: Extending my leave

Hi Tom,

I wanted to let you know before the staff meeting: my OB and my therapist both think I
need to extend my leave another six weeks. I've been diagnosed with postpartum depression
and I'm starting on medication this week, so I'd like to use short-term disability from
Dec 15 through Jan 26 and then come back half-time for two weeks if that works.

I'll send the Lincoln Financial claim form (Policy 000412558) once my doctor fills out
her part. Please keep this between you and payroll.

Thank you for understanding,
Priya""",
        [("health", "")],
    ),
    # 19 positive: vocational rehab - TBI, DUI conviction, Ohio licence number
    (
        """Subject: RE: Marcus Bell - job placement at Greenway Landscaping

Hi Tasha,

Quick update for the IPE review. Marcus's TBI from the 2023 crash still affects his
short-term memory, so the job coach will use a laminated task checklist on site. His
neuropsych re-eval is scheduled for January.

Good news on transportation: his license was reinstated on 11/30 now that the suspension
from his 2024 DUI conviction is over. The employer asked for the number for their
insurance rider - Ohio DL SR418273, class D, exp 2030.

He starts Monday at 7 am. I'll be on site the first morning.

Lena Fischer, CRC
Vocational Rehabilitation Counselor""",
        [("health", ""), ("criminal_history", ""), ("US_DRIVER_LICENSE", "SR418273")],
    ),
    # 20 decoy: job posting with disability and fair-chance language
    (
        """Subject: Now hiring: Employment Specialist (IPS) - share widely!

Pathways Employment Services is hiring a full-time Employment Specialist to help adults
with serious mental illness, brain injury and other disabilities find and keep
competitive jobs.

- Salary: $48,000-$54,000, full benefits, 403(b) with 4% match
- Requirements: valid driver's license and insurance (mileage reimbursed at $0.70/mi)
- Preferred: experience with IPS supported employment or vocational rehabilitation

Fair-chance employer: we consider qualified applicants with arrest and conviction
records in line with the city's Fair Chance Ordinance. We welcome applicants with lived
experience of disability, recovery or incarceration.

Apply by Jan 10: pathwaysemploy.org/jobs/ES-2027-03""",
        [],
    ),
    # 21 positive: payroll - garnishment with SSN, named employees' union dues
    (
        """Subject: Payroll changes effective 12/19 pay date

Hi Gusto support,

Two changes for Hillside Community Health Center (company ID 7720-4418):

1) New wage garnishment - child support
   Employee: Rosa Delgado, SSN 086-08-1683
   Order: NY SCU case 82L4471 | withhold $214.00 per biweekly pay | remit to NYS SCU

2) Union dues deduction
   Add recurring deduction for Rosa Delgado and Kevin Marsh: 1199SEIU dues, 2% of
   gross, per the signed dues-checkoff cards (attached).

Please confirm both will be in place before the 12/19 run.

Thanks,
Ellen Shapiro, Finance Manager""",
        [("US_SSN", "086-08-1683"), ("trade_union_membership", "")],
    ),
    # 22 positive: background check with a misdemeanor conviction
    (
        """Subject: Background check - Jordan Pike (Youth Mentor applicant)

Hi Sam,

Jordan's Checkr report came back today. Summary:

- SSN trace: consistent with application
- Sex offender registry: no records
- County criminal (Franklin Co., OH): 2017 misdemeanor theft (shoplifting), guilty plea,
  fine and 12 months' probation, completed 2018
- Motor vehicle record: 1 speeding violation (2024)

Under our fair-chance policy this doesn't automatically disqualify. I'd like to do the
individualized assessment with you before we make a decision - it was nine years ago and
not related to working with youth. Can we talk Thursday?

Alicia
Program Operations""",
        [("criminal_history", "")],
    ),
    # 23 decoy: clear background check, I-9 documents named generically, gate code
    (
        """Subject: Onboarding checklist - Simone Achebe (start 1/5)

Hi Simone,

Welcome aboard! Your background screening is complete and came back clear - no records
found in any of the searches. You're all set for your start date, Monday January 5.

On day one, please bring your original I-9 documents (for example a passport, or a
driver's license plus a Social Security card) - we'll look at them in person; please
don't email copies.

Parking: lot C, gate code 5590 until your badge is ready.
Orientation: 9:00-12:00, Conference Room B, 2nd floor.

See you soon!
Harriet Nolan, HR Coordinator""",
        [],
    ),
    # 24 decoy: wire-instructions template with blanks, no account number
    (
        """Subject: Wire instructions for your gift - please call to confirm

Dear Dr. Feldman,

Thank you for planning a gift by wire! For your security we never send complete bank
details by email. Here is what your bank will need; our finance director will read the
account number and IBAN to you by phone:

  Beneficiary: Secours Sans Frontieres UK
  Bank: [to be confirmed by phone]
  IBAN: GB__ ____ ____ ____ ____ __
  SWIFT/BIC: provided on the call
  Reference: your name + "GIFT-2026"

Please call Marta Ilic at +44 20 7946 0318 (Mon-Fri, 9-5 GMT). Beware of anyone
emailing you "updated" bank details - we will never do that.""",
        [],
    ),
    # 25 positive: board member's conflict-of-interest disclosure - party office
    (
        """Subject: 2027 conflict-of-interest disclosure - R. Castellano

Dear Board Secretary,

Please find my completed annual disclosure below.

1. Business interests in entities that contract with the Land Trust: None.
2. Family members employed by the Land Trust: None.
3. Other board or officer positions: I serve as treasurer of the Washtenaw County
   Democratic Party and chair its fundraising committee. I mention it because the
   Trust's millage campaign may come before the county party's endorsement process next
   spring, and I will recuse myself from any board discussion of the campaign.
4. Gifts received over $250: None.

Signed: Rafael Castellano       Date: 12/04/2026""",
        [("political_opinion", "")],
    ),
    # 26 decoy: blank conflict-of-interest questionnaire
    (
        """Subject: Annual conflict-of-interest forms due January 15

Board members,

Per Article VIII of our bylaws, each director must return the annual disclosure by
January 15. The questionnaire asks:

  a) Do you or a family member have a financial interest in any vendor? [ ] Yes [ ] No
  b) Do you hold office in a political party or campaign? [ ] Yes [ ] No
  c) Do you serve on the board of another nonprofit with overlapping funders? [ ] Yes [ ] No
  d) If yes to any, describe: ________________________________

Disclosures are reviewed by the Governance Committee and kept in the corporate records.
A "yes" answer is not a problem in itself; it tells us when to recuse.

Thank you,
Ingrid Solberg, Board Secretary""",
        [],
    ),
    # 27 positive: executive-session minutes - ED's cancer diagnosis
    (
        """Subject: Minutes - Board of Directors, Dec 2 (incl. executive session) - DO NOT FORWARD

Present: D. Amari (chair), L. Fong, R. Castellano, M. Osei, J. Whitley; ED K. Mbeki
(open session only). Quorum confirmed 6:34 pm.

1. Consent agenda approved (Whitley/Fong), unanimous.
2. Q1 financials: operating reserve at 4.1 months.
3. Executive session (7:20-7:55 pm; ED excused):
   The chair reported that Kofi Mbeki has been diagnosed with stage III colon cancer and
   will begin chemotherapy on December 15. He has requested a reduced schedule through
   March. The board agreed to appoint deputy director Anna Ruiz as acting ED for
   external matters and to continue Kofi's full salary under the leave policy.
4. Adjourned 8:02 pm.

Recorded by M. Osei, Secretary""",
        [("health", "")],
    ),
    # 28 decoy: committee minutes noting an executive session without content
    (
        """Subject: Draft minutes - Finance Committee, Nov 18

Attendees: L. Fong (chair), J. Whitley, A. Ruiz (staff), auditor M. Kaplan (item 2 only)

1. Audit engagement letter for FY2026 approved; fee $18,500.
2. Single audit not required (federal expenditures $612,000, below threshold).
3. Investment policy: move operating reserve from money market to a 6-month CD ladder.
   Motion (Whitley), carried 3-0.
4. The committee met in executive session from 5:40 to 5:52 pm to discuss a personnel
   matter. No action was taken.

Next meeting: Tuesday, Jan 20, 4:30 pm, Zoom ID 871 4402 9315.""",
        [],
    ),
    # 29 positive: moves-management note - donor's diagnosis and party
    (
        """Subject: Contact report - Eleanor Whitfield - 12/3 visit

Logged in Raiser's Edge (constituent ID 004418):

Visit at her home in Chestnut Hill, ~75 min, with David (CEO).
- Eleanor shared that she was diagnosed with Parkinson's last spring; the tremor is
  noticeable and she's stopped driving. She wants to "get her affairs in order" ->
  planned gift conversation is appropriate; do not push a cash ask this year.
- Interests: scholarships for first-generation nursing students.
- She's a lifelong Republican and was blunt that she doesn't like our advocacy on the
  state housing bill - keep her updates focused on scholarships.
- Next step: send CGA illustration for $100k at age 81 by 12/15; David to call in Jan.

Capacity (DonorSearch): $1M-$2.5M. Affinity: high.""",
        [("health", ""), ("political_opinion", "")],
    ),
    # 30 decoy: contact report with wealth screening, nothing special
    (
        """Subject: Contact report - Marcus & Jill Tenney - coffee 11/20

Met at Bluebird Cafe, 45 min.
- They loved the October site visit to the youth farm; Jill wants to volunteer at
  harvest days next season.
- Giving: $5,000 annually since 2019 via DAF (Fidelity Charitable); discussed a 3-year
  pledge of $10k/yr toward the greenhouse.
- Prefers texts to email; Jill's cell 614-555-0137.
- Wealth screen (iWave): RFM score 8/10, capacity $250k-$500k, real estate $1.4M.
- Next step: proposal by 12/10; naming option for the seed library.

Solicitor: R. Amin. Moves stage: Cultivation -> Solicitation.""",
        [],
    ),
    # 31 positive: wealth-screening CSV with a party column for named prospects
    (
        """Subject: FW: screening results - top prospects for the capital campaign

See below from the screening vendor, pasted from Excel. Sorry for the formatting.

Name,City,Est. Capacity,Real Estate,FEC Giving (10 yr),Party Affil.,Philanthropy Score
Harold Vance,Bexley,$2.5M+,"$3,120,000","$48,200",REP,92
Susan & Tom Ito,Upper Arlington,$1M-$2.5M,"$1,870,000","$12,750",DEM,88
Amrita Sharma,Dublin,$500K-$1M,"$940,000",$0,,81
George Lindqvist,Worthington,$500K-$1M,"$1,020,000","$3,300",DEM,77

Let's talk about Harold first - he's the likeliest lead gift.""",
        [("political_opinion", "")],
    ),
    # 32 positive: planned giving - donor's terminal illness, trust brokerage account
    (
        """Subject: Re: Amending the Walsh Family Trust - bequest language

Dear Mr. Brennan,

Thank you for sending the draft amendment. As you know, Margaret's hospice nurse told us
on Friday that her pancreatic cancer has progressed, and she wants the amendment signed
while she is still able to do so - ideally this week.

For the gift agreement our gift planner needs the trust's details as they appear on the
statement:
  Walsh Family Revocable Trust, dtd 6/14/2009
  Schwab account 7183-0529  (trustee: Patrick Walsh)

Bequest: 25% of the residuary trust estate to St. Columba's Hospice Foundation,
unrestricted.

With gratitude,
Fiona Keane
Director of Planned Giving, St. Columba's Hospice Foundation""",
        [("health", ""), ("US_BANK_NUMBER", "7183-0529")],
    ),
    # 33 decoy: planned-giving mailer with an anonymised example
    (
        """Subject: A gift that pays you income for life

Dear Friend of St. Columba's,

Did you know a charitable gift annuity can provide you with fixed payments for life?

Example: a 78-year-old donor who gives $25,000 receives an annual payment of $1,900
(7.6%), a charitable deduction of about $11,200, and part of each payment tax-free.*

Bequests are just as meaningful. Simple language for your will: "I give ____% of my
residuary estate to St. Columba's Hospice Foundation, Tax ID 23-7184405."

Request a personal illustration: giftplanning@stcolumbas.org or 412-555-0190.

*Rates per ACGA schedule effective 1/1/2026. This is not legal or tax advice.""",
        [],
    ),
    # 34 positive: executor's estate account and routing number
    (
        """Subject: Estate of Harold J. Mueller - distribution to Lutheran Social Services

Hi Ms. Brandt,

I'm the executor for my father's estate (probate no. 2026-ES-000873, Cook County). The
will leaves $40,000 to Lutheran Social Services. Your gift office asked how the estate
will pay. I'd rather wire than mail a check; I will send it from the estate account:

  Estate of Harold J. Mueller
  First Midwest Bank
  Routing: 071904478
  Account: 6620183047

Could you confirm your wire instructions by phone (not email) and send the IRS
acknowledgement to me once it arrives?

Thank you,
Karl Mueller""",
        [("ABA_ROUTING_NUMBER", "071904478"), ("US_BANK_NUMBER", "6620183047")],
    ),
    # 35 positive: class notes - an alum and his husband
    (
        """Subject: Class Notes - Winter 2027 - Class of 2004

Class of 2004 - Correspondent: Becca Lund (becca.lund04@alumni.hollins-ridge.edu)

Tom Abernethy was promoted to principal at Cedar Hills Middle School and is coaching
his daughter's soccer team. * Jamal Whitaker and his husband, Pete Navarro, welcomed
their son Mateo through foster-to-adopt in September; Jamal says the 3 a.m. feedings are
"worse than organic chem." * Keiko Sato finished her first Ironman in Lake Placid.
* Greg and Alana (Bishop) Moore moved back to Richmond and are renovating a 1920s
bungalow. Send me your news by March 1!""",
        [("sexual_orientation", "")],
    ),
    # 36 decoy: clinical-trial recruitment, no named participant
    (
        """Subject: Research study: new treatment options for adults with type 2 diabetes

The Mercy Valley Clinical Research Unit is recruiting adults aged 40-75 with type 2
diabetes whose A1C is between 7.5% and 10.5% despite metformin.

Participants receive study-related care at no cost and up to $600 for time and travel
over 26 weeks. Study ID NCT07184425 | IRB #2026-0419.

You are receiving this because you joined our research volunteer registry; it does not
mean you have any particular condition. To learn more, call 1-800-555-0151 or visit
mercyvalley.org/research. Reply REMOVE to leave the registry.""",
        [],
    ),
    # 37 positive: newspaper obituary of a private person with cause of death
    (
        """Subject: For Thursday's edition - obituary, Raymond T. Kessler

KESSLER, Raymond Thomas, 67, of Millbrook, died Dec. 3, 2026, at home after a
three-year battle with ALS. Ray worked 31 years as a lineman for Central Hudson and
coached Little League for two decades. Even after the disease took his voice, he kept
score at every game from his wheelchair with a tablet. He is survived by his wife of 44
years, Carol; sons Michael (Jen) and Daniel; and five grandchildren. Calling hours
Friday 4-7 pm at Halloran Funeral Home, 22 Church St. In lieu of flowers, donations may
be made to the ALS Association Greater New York Chapter.

- submitted by Halloran Funeral Home, acct. 3381, run 1x, 14 lines""",
        [("health", "")],
    ),
    # 38 decoy: staff obituary of a public figure - public offices and party only
    (
        """Subject: Obituary (staff-written) - former Mayor Evelyn Tran - for Sunday A1

Evelyn Tran, who served three terms as mayor of Millbrook and later as a two-term
Democratic state assemblywoman, died Tuesday. She was 88.

Tran, the city's first woman mayor, led the 1989 riverfront cleanup and fought for the
county's first rail-trail. In the Assembly she chaired the Committee on Local Governments
and sponsored the 2004 open-meetings reforms.

A public memorial will be held at Millbrook City Hall on Dec. 14 at 11 a.m. The family
asks that gifts be made to the Millbrook Public Library Foundation.

Slug: OBIT-TRAN | Words: 118 | Photo: archive 1996-0442""",
        [],
    ),
    # 39 decoy: death notice of a private person without a cause of death
    (
        """Subject: Death notice - Agnes Fairbairn - please run Wed & Thu

FAIRBAIRN, Agnes (nee McLeod), 91, of Glen Ridge, passed away peacefully on December 1,
2026. Beloved wife of the late Angus; loving mother of Moira and Ian; proud grandmother
of six. Agnes was a founding member of the Glen Ridge Garden Club and volunteered at the
public library for 30 years. A celebration of her life will be held at the Glen Ridge
Community Center on Saturday, December 13, at 2 p.m.

Billing: Acct 55-20941 | Ad ID OB-2026-12-0417 | 2 insertions @ $84.00""",
        [],
    ),
    # 40 positive: ticket for an orientation-specific speed-dating event
    (
        """Subject: You're in! Gay Men's Speed Dating (35-50) - Sat Jan 17

Hi Anthony,

Thanks for registering for Gay Men's Speed Dating (ages 35-50) at the Center's Rainbow
Room. Your ticket is below - show it on your phone at check-in.

Ticket #: RR-0117-0093
Check-in: 6:30 pm  |  Rounds start: 7:00 pm sharp
Price paid: $15.00 (Apple Pay)

Bring: a friendly attitude. We'll email your name tag on Thursday.
Questions? events@cityoutcenter.org

City Out Center - 1402 Lamar St - Wheelchair accessible - Gender-neutral restrooms""",
        [("sexual_orientation", "")],
    ),
    # 41 decoy: broadcast events list (mixer, dating night, HIV testing), door code
    (
        """Subject: January at the Center: mixers, game night & free HIV testing

Hi friends,

Here's what's happening at City Out Center this month:

- Sat 1/10 - Queer & Allies Winter Mixer (21+), 8-11 pm, $10 at the door
- Tue 1/13 - Board game night, all ages, free
- Thu 1/22 - Free rapid HIV & STI testing with Lone Star Health, 4-8 pm, no appointment
- Sat 1/31 - Speed dating for queer women (30-45) - registration opens 1/5

Volunteer orientation is Jan 8; the building door code for volunteers changes to 7713
on 1/1.

With love,
The Events Team""",
        [],
    ),
    # 42 positive: parish school tuition assistance - parishioners who tithe, autopay
    (
        """Subject: Tuition assistance decision - Nowak family (2027-28)

Dear Mr. and Mrs. Nowak,

Thank you for submitting your FACTS Grant & Aid application with your 2025 Form 1040
(AGI $74,310; 4 dependents). I'm glad to share that Sts. Cyril & Methodius School will
award $3,200 in tuition assistance for Zofia (grade 3) and Jan (grade 6).

Because Fr. Michal confirmed that you are registered, active parishioners who tithe
through the envelope program, both children also qualify for the in-parish tuition rate.

Your remaining balance of $6,480 will be drafted on the 5th of each month, July to April,
from the account on your enrollment form:
  Routing 072413081 / Checking 3904417826 (Michigan Schools & Government CU)

Questions? Call me at 313-555-0129.
Mrs. Teresa Zielinski, Business Manager""",
        [
            ("religious_belief", ""),
            ("ABA_ROUTING_NUMBER", "072413081"),
            ("US_BANK_NUMBER", "3904417826"),
        ],
    ),
    # 43 decoy: tuition-assistance policy text
    (
        """Subject: 2027-28 Tuition Assistance - how to apply

Dear St. Brigid School families,

Applications for 2027-28 tuition assistance open January 5 through FACTS Grant & Aid.
You'll need your 2025 federal tax return (Form 1040 with all schedules), W-2s, and proof
of any child support or SNAP benefits. Awards are based on need only.

Families of all faiths are welcome at St. Brigid, and assistance is never tied to Mass
attendance. Registered parishioners of St. Brigid Parish are eligible for the in-parish
rate, which is applied separately from need-based aid.

Deadline: February 15. The FACTS application fee ($35) may be waived on request.
School code: SB-6021. Questions: Mrs. Delaney, 402-555-0123 ext. 4.""",
        [],
    ),
    # 44 positive: youth league concussion notice for a named player
    (
        """Subject: Eli Brooks - concussion protocol / return to play

Coach Ramirez,

Per league policy, Eli Brooks (U14 Hornets, #22) was removed from Saturday's game after
the head-to-head collision in the 2nd quarter. He was evaluated at Children's Urgent Care
and diagnosed with a concussion (headache, light sensitivity, slow reaction time).

He may NOT practice or play until he completes the 5-step return-to-play progression and
we receive written clearance from a licensed provider. Step 1 (symptom-limited activity)
starts when he's been symptom-free for 24 hours.

Please confirm you've updated the roster app. His mom (Renee) has the clearance form.

Jill Ocampo, Safety Coordinator
Northside Youth Basketball League""",
        [("health", "")],
    ),
    # 45 decoy: concussion education policy text
    (
        """Subject: Concussion education - required before first practice

Parents and players,

State law requires every player, parent and coach to review concussion information each
season. Key points:

- Signs include headache, dizziness, confusion, nausea, blurred vision and sensitivity
  to light or noise.
- Any player suspected of a concussion is removed from play that day - "when in doubt,
  sit them out."
- Return to play follows a 5-step progression and needs written clearance from a
  licensed health care provider.

Please sign the acknowledgement in the TeamSnap app by Jan 3 (season code NYBL-W27).
Free baseline testing: Jan 4, 9 am-noon, Northside Rec Center gym.""",
        [],
    ),
    # 46 positive: Markdown table of physicals with a medical-notes column
    (
        """Subject: Physicals roster - JV girls' soccer (for the trainer only)

Karen, here's the export from physicals night. Only two players need follow-up.

| Athlete          | Grade | Physical date | Cleared | Medical notes                       |
|------------------|-------|---------------|---------|-------------------------------------|
| Ava Lindgren     | 10    | 2026-07-28    | Yes     | -                                   |
| Maya Okonkwo     | 9     | 2026-07-28    | Yes     | Asthma - albuterol inhaler on bench |
| Sofia Petrakis   | 10    | 2026-07-28    | Pending | Heart murmur, cardiology f/u 8/12   |
| Grace Hwang      | 11    | 2026-07-30    | Yes     | -                                   |

Lauren Becker, Athletic Secretary""",
        [("health", "")],
    ),
    # 47 decoy: schedule with GPS, uniform order number, tracking number
    (
        """Subject: Spring schedule & uniform pickup

Hi Hornets families!

Games (all Saturdays):
  3/7  vs Eagles  - Field 2, Riverside Park (41.4993, -81.6944) - 9:00
  3/14 @ Titans   - Westlake Rec, Court B - 10:30
  3/21 vs Falcons - Field 2 - 9:00

Uniform order #NY-448203-17 shipped via UPS 1Z8F94W70352918826; pickup at the rec
center front desk starting 3/2. Jersey numbers: see TeamSnap.

Snack sign-up link: bit.ly/hornets-snacks26. Questions: text Coach Ramirez at
216-555-0148.""",
        [],
    ),
    # 48 positive: paratransit eligibility determination
    (
        """Subject: ADA Paratransit eligibility determination - Applicant ID PT-26-7712

Dear Mr. Abdi,

We have completed our review of your application and in-person functional assessment of
November 20. You are found CONDITIONALLY ELIGIBLE for ADA paratransit service.

Basis: Because of your glaucoma-related vision loss, you cannot safely navigate to and
from fixed-route bus stops after dark or in unfamiliar areas. You are eligible for
paratransit trips that begin or end after sunset, and for trips to destinations more
than 3/4 mile from a bus stop.

Your rider ID is 770142. Eligibility is valid through 11/30/2029. A personal care
attendant may ride free.

If you disagree, you may appeal within 60 days (form enclosed).
Metro Mobility Eligibility Office - 651-555-0103""",
        [("health", "")],
    ),
    # 49 decoy: detour notice and paratransit booking reminder
    (
        """Subject: Service change: Route 16 detour + paratransit booking reminder

Riders,

Beginning Monday 12/8, Route 16 will detour via Snelling Ave between University and
Marshall (stops 51604-51611 closed) for water main work, expected through 1/30.

Paratransit riders: trips can still be booked 1-4 days ahead by calling 651-555-0110
(7 am-5 pm) or online. Applications for ADA paratransit eligibility are available at any
transit center; an in-person assessment is part of the process.

Reduced fares apply to riders 65+ and riders with a Metro Mobility card or Medicare
card. Fare: $1.00 non-rush / $2.00 rush.""",
        [],
    ),
    # 50 positive: CASA draft report - foster youth's ADHD, mother's release from prison
    (
        """Subject: Draft CASA report - In re J.M. (Docket NN-04417-25) - for review

Hi Denise,

Here's my draft section for Thursday's permanency hearing. Please check my wording.

Josiah (age 12) is doing well at the Greene family foster home. He takes Concerta 27 mg
each morning for ADHD and sees a therapist at Astor Services every Tuesday; his teacher
reports fewer classroom outbursts since October.

Visits with his mother, Tanya Morales, have been consistent since she got out of Bedford
Hills in August. She attends every appointment with her parole officer and a weekly
parenting class, and she has asked for unsupervised day visits.

Recommendation: continue placement; begin step-up to unsupervised visits in January.

Claire Whitman, CASA volunteer""",
        [("health", ""), ("criminal_history", "")],
    ),
    # 51 decoy: CASA training homework with a marked-fictional case file and template fields
    (
        """Subject: Volunteer training - Session 5 homework (fictional case file)

Hi new advocates,

For Thursday, read the practice case file "The Okafor-Lee family" (Appendix C).
Remember: it is FICTIONAL and was written for training; any resemblance to a real family
is coincidental.

In the scenario, 14-year-old "Jayden" has been in three placements, his mother is serving
a sentence for possession, and he has an IEP for a learning disability. Practice writing
a one-page court report with the template (fields like [CHILD NAME], [DOCKET #],
[SCHOOL]).

Reminder: never bring real case materials to training. See you at 6 pm, Room 204.
Denise Harper, Training Coordinator""",
        [],
    ),
    # 52 positive: victim services - client's injuries, respondent's arrest
    (
        """Subject: Safety plan follow-up - client L.A. (case VS-2026-0912)

Hi Officer Lindahl,

Following up on the protective order hearing. My client, Lucia Alvarado, gave me
permission to share the following for your DV unit file:

- Injuries from the 11/22 incident: fractured orbital bone and bruising to both
  forearms, treated at Regions Hospital; ophthalmology follow-up on 12/9.
- The respondent, Kyle Brandt-Ortiz, was arrested on 11/23 for felony domestic assault
  and released on conditions 11/25 - she has seen his truck on her street twice since.

She and her two children are staying at our confidential shelter. Please do not share
the location.

Rosa Vance, Legal Advocate
Harbor House Victim Services - 24-hr line 612-555-0161""",
        [("health", ""), ("criminal_history", "")],
    ),
    # 53 decoy: awareness month with aggregate statistics
    (
        """Subject: October is Domestic Violence Awareness Month - wear purple on the 16th

Friends,

Nationally, about 1 in 4 women and 1 in 9 men experience severe intimate partner
physical violence in their lifetime. Last year Harbor House answered 4,812 hotline calls,
sheltered 212 adults and 268 children, and helped 390 survivors file for protective
orders.

Join us:
- Purple Thursday, Oct 16 - post a photo with #HarborHousePurple
- Candlelight vigil, Oct 23, 6:30 pm, Loring Park
- Survivor stories night (shared with permission; names changed), Oct 29

If you or someone you know needs help, call our 24-hour line, 612-555-0161.""",
        [],
    ),
    # 54 positive: I-864 draft - sponsor SSN, savings account, beneficiary's passport
    (
        """Subject: I-864 packet for Rhea's spouse visa - info we still need

Hi Mark,

Thanks for the documents. Here's what I've filled into the Affidavit of Support draft so
far - please double-check everything:

Part 4 (Sponsor): Mark D. Reyes | SSN 434-40-0833 | A-Number: none (U.S.-born)
  Household size: 3
  Total income (Form 1040 line 9): 2025 $61,940; 2024 $58,215; 2023 $55,770
  Assets (Part 7): savings at BECU, acct 8840276153, balance $18,400
Part 2 (Principal immigrant): Rhea Santos Reyes, DOB 02/11/1994
  Philippine passport P4829173B, exp 2032

125% of the 2026 poverty guideline for a household of 3 is $33,312 - you're well above.
We'll mail the packet to NVC once you sign page 7. Our clinic fee is waived.

Tess Aquino, DOJ Accredited Representative
Filipino Community Center Immigration Clinic""",
        [
            ("US_SSN", "434-40-0833"),
            ("US_BANK_NUMBER", "8840276153"),
            ("US_PASSPORT", "P4829173B"),
        ],
    ),
    # 55 decoy: I-864 workshop checklist
    (
        """Subject: Affidavit of Support (I-864) workshop - what to bring

Hello,

Our free I-864 workshop is Saturday, January 10, 10 am-1 pm, at the Filipino Community
Center (5740 Martin Luther King Jr Way S, Seattle WA 98118-3112).

Sponsors should bring:
  - IRS tax transcripts or Form 1040s for the most recent tax year (3 years is better)
  - W-2s and recent pay stubs
  - Proof of U.S. citizenship or LPR status
  - If using assets: bank statements for the last 12 months

Please do not email Social Security numbers, passport scans or bank statements to us -
bring them to your appointment. Filing fee for the I-864 at NVC: $120.""",
        [],
    ),
    # 56 positive: financial-aid counselling - parent's FICO and a collection account
    (
        """Subject: Follow-up from our financial aid counseling session

Hi Destiny,

Great meeting with you and your mom today. Recap:

FAFSA (2027-28): SAI 1,184; Pell estimate $5,870. Your mom's 2025 AGI of $42,600 is
what drives that number.

Parent PLUS: your mom pulled her credit report with us. Her Experian FICO is 612 and the
report shows one item that could lead to a PLUS denial for adverse credit:
  - Collection account - Midland Credit Management, $1,240, placed 03/2025
If that's settled or she gets an endorser, the PLUS should go through. If not, you'd get
the additional unsubsidized loan ($4,000) automatically.

Next steps: verification worksheet by Dec 19; upload it in the student portal.

Monique Hart, Financial Aid Counselor, Lakeshore Community College""",
        [
            ("CREDIT_SCORE", "612"),
            (
                "CREDIT_REPORT",
                "Collection account - Midland Credit Management, $1,240, placed 03/2025",
            ),
        ],
    ),
    # 57 decoy: FAFSA night with a federal school code
    (
        """Subject: FAFSA Completion Night - Tuesday, Jan 13

Seniors and families,

Get help filling out the 2027-28 FAFSA with our counselors and volunteers from Lakeshore
Community College. Bring a laptop if you have one.

What to have ready:
  - StudentAid.gov account (FSA ID) for the student and one parent - create these at
    home beforehand; never share your password with anyone, including us
  - 2025 federal tax returns
  - Records of untaxed income and current bank balances (just the totals)

Lakeshore's Federal School Code is 006871. Spanish and Hmong interpreters available.
Library, 6-8 pm. Pizza provided by the PTO.""",
        [],
    ),
    # 58 positive: donor emails a full card number and security code
    (
        """Subject: update my monthly gift card

Hi there,

My old card expired so my monthly $35 to the animal shelter probably failed this month.
Can you switch it to my new Mastercard? 5129 6648 7132 3026, exp 08/29, security code
417. Billing zip is 49503. Same name, Gloria Van Dyke.

Thanks so much for everything you do for the dogs. Give Biscuit a hug for me.

Gloria
Sent from my iPhone""",
        [("CREDIT_CARD", "5129 6648 7132 3026"), ("CVV", "417")],
    ),
    # 59 decoy: nonpartisan voter guide - candidates' public positions
    (
        """Subject: Nonpartisan voter guide: City Council District 4

The League of Neighbors Education Fund asked both District 4 candidates the same three
questions. Answers are in their own words, unedited. We do not endorse candidates.

Maria Delgado-Price (Democrat, incumbent): supports the $40M housing bond and expanding
the bus rapid transit line to Eastgate.

Tom Reinholt (Republican, small-business owner): opposes the bond as written; supports
property tax relief for seniors and more police foot patrols downtown.

Early voting: Oct 20-Nov 1 at the Main Library, 8 am-7 pm. Election Day: Nov 3.
Check your registration at vote.example.gov. Paid for by the League of Neighbors
Education Fund, a 501(c)(3).""",
        [],
    ),
    # 60 positive: mail merge gone wrong - debug comment leaks one record's SSN
    (
        """Subject: Your 2026 volunteer stipend - Form W-9 on file for {FirstName}

Dear {FirstName} {LastName},

Thank you for serving as an AmeriCorps Seniors volunteer this year! Our records show the
following taxpayer information for your stipend 1099:

  Name on file: {LegalName}
  TIN on file: {TIN_Masked}

<!-- merge debug: row 1 of 212 -->
<!-- LegalName=Walter E. Sims; TIN=867-51-2220; Address=44 Orchard Rd, Ames IA 50010 -->

If anything is wrong, reply to this email by January 15.

Senior Corps Program, Story County Volunteer Center""",
        [("US_SSN", "867-51-2220")],
    ),
    # 61 decoy: unfilled merge template
    (
        """Subject: Your pledge reminder, {{first_name}}

Hi {{first_name}},

Thank you for your pledge of {{pledge_amount}} to the Building Hope campaign! Your next
installment of {{installment_amount}} is due on {{due_date}}.

Payment method on file: {{card_brand}} ending in {{card_last4}}
Pledge ID: {{pledge_id}}

To update your payment method, visit {{portal_link}} - we'll never ask for your full
card number by email.

With gratitude,
{{sender_name}}
Habitat for Humanity of the Palouse""",
        [],
    ),
    # 62 positive: log excerpt with a live secret key (publishable key not labelled)
    (
        """Subject: donation form failing - logs attached

Hey Priyanka,

The Give page has thrown 500s since last night's plugin update. Here are a few lines from
the server log; looks like the key is being sent but rejected?

2026-12-05T23:41:07Z ERROR give-stripe request_id=e12b6479-2e64-ca6e-17b8-d92888cc5593
{"event":"charge.create","status":401,"config":{"publishable_key":"pk_live_51Qx8TbZ2m",
"secret_key":"sk_live_51NLnY5Yx0y3RnjDQl2Kvf8THRXfEuzcrJ","mode":"live"},
"amount":5000,"currency":"usd","form_id":"year-end-2026"}
2026-12-05T23:41:09Z WARN  retry 1/3 scheduled

Can you take a look before our Giving Tuesday match email goes out?

Ben (volunteer webmaster), Clearwater Watershed Alliance""",
        [("API_KEY", "sk_live_51NLnY5Yx0y3RnjDQl2Kvf8THRXfEuzcrJ")],
    ),
    # 63 decoy: log lines with UUIDs, IPs and a redacted key
    (
        """Subject: Fwd: [Alert] webhook failures resolved

FYI - the CRM sync errors from Tuesday are resolved. Relevant lines:

2026-12-02T14:03:55.118Z INFO  sync job=9f1c2a7e-44b0-4d2e-9e61-0c7a5d3b8f12 start
2026-12-02T14:03:57.402Z ERROR webhook POST https://hooks.crm.example/v2/events 503
  api_key=**************** (redacted) retry_in=30s
2026-12-02T14:04:27.990Z INFO  webhook 200 OK latency_ms=412
2026-12-02T14:04:28.004Z INFO  records_synced=1184 version=4.12.7 host=10.24.8.17

No data was lost. Ticket INC-20261202-0031 closed.
- Dev, Clearwater IT (volunteer)""",
        [],
    ),
    # 64 positive: YAML config with a client secret (client id not labelled)
    (
        """Subject: settings for the volunteer app - please don't commit these

Hi Tomas,

Here's the config block for staging so you can test the shift-signup sync over the
weekend. Please put it in the env file, not in the repo.

volunteer_sync:
  crm: neoncrm
  org_id: hopeharbor
  api_user: sync-bot@hopeharbor.org
  client_id: 7BOfjtNayviHzm5Y
  client_secret: aBnx7IfDH5mMDdwin86TkVYCM7l8GQlchbkER0Af
  base_url: https://api.crm.example/v2
  timeout_s: 20

Thanks!
Greta""",
        [("API_KEY", "aBnx7IfDH5mMDdwin86TkVYCM7l8GQlchbkER0Af")],
    ),
    # 65 positive: forwarded one-time passcode for the bank
    (
        """Subject: FW: Your Truist verification code

Sharon - the bank just texted me this for the payroll approval, I'm in the car. Can you
enter it? It expires in 10 min.

-----Original Message-----
From: Truist Alerts <alerts@truist.example>
Sent: Friday, December 5, 2026 3:12 PM
Subject: Your Truist verification code

Your one-time passcode is 583920. Truist will never call to ask for this code. If you
didn't request it, call 844-555-0108.""",
        [("ACCESS_CODE", "583920")],
    ),
    # 66 positive: shared online-banking password
    (
        """Subject: coverage while I'm out

Hi Jess,

While I'm on leave you'll need to approve the vendor payments on Thursdays. Login for
the business online banking (Huntington):

  user: hopecenter_ops
  pw: Marigold#2291

Positive-pay exceptions come in by 10 am. After I'm back we'll set you up with your own
login - I know this isn't ideal.

Thanks a million,
Bev""",
        [("PASSWORD", "Marigold#2291")],
    ),
    # 67 positive: security-question answers for the credit-union account
    (
        """Subject: Handover - credit union account recovery info (keep private)

Hi Ahmed,

Since you're the new treasurer, here's what the credit union asks when we call about
the Friends of Linden Park account. They verify with the security questions:

  Q: Mother's maiden name of primary signer?   A: Kowalczyk
  Q: Name of first pet?                        A: Shadowfax
  Q: City where you met your spouse?           A: Duluth

Branch: Linden Park FCU, 1302 Elm St, phone 218-555-0134. The member number is on the
statement in the blue binder.

Marjorie""",
        [("PASSWORD", "Kowalczyk"), ("PASSWORD", "Shadowfax"), ("PASSWORD", "Duluth")],
    ),
    # 68 positive: debit-card PIN (the storage-room door code is not labelled)
    (
        """Subject: debit card for Saturday's coat-drive shopping

Luis,

For Saturday's run to Burlington: the org debit card is in the locked drawer (key on the
hook by the copier). PIN is 7304. Daily limit is $1,500 and we have $1,180 left on the
coat-drive line (GL 5410-07).

Keep every receipt and write the number of kids you shopped for on the back. The storage
room door code is 3917 if you need more bags.

Thanks for doing this!
Renata""",
        [("PIN", "7304")],
    ),
    # 69 decoy: marked fiction in a newsletter, ISBN
    (
        """Subject: Winner - Young Writers' Short Story Contest (grades 9-12)

Congratulations to our high school winner, "The Last Ferry," by Aditi Rao (grade 11,
Lincoln High)! An excerpt:

    Grandpa Joe had forgotten my name again by the time the ferry horn blew. The
    doctors called it Alzheimer's; he called it "the fog." That morning he held the rail
    and told the gulls about the war, and about the church he had stopped going to.

This is a work of fiction. The full story appears in the spring issue of Riverbend
Review (ISBN 978-1-7389-0412-9), on sale at the library shop for $8.""",
        [],
    ),
    # 70 positive: OCR'd Ontario driver's licence on a volunteer-driver application
    (
        """Subject: Scan - volunteer driver application - Meals on Wheels Kingston

[scanned with CamScanner]

0NTARIO    DRIVER'S LICENCE / PERMIS DE CONDUIRE
4d NUMBER/NO  M2847-39105-60712
1,2  MACLEOD, FIONA J
8    114 UNI0N ST W, KINGSTON, ON K7L 2P3
4a ISS/DEL 2023/04/11   4b EXP 2028/09/17
9 CLASS/CAT G
15 SEX F   16 HGT 168 cm

Page 2: Driver abstract - no convictions, no suspensions (pulled 2026-11-28).""",
        [("US_DRIVER_LICENSE", "M2847-39105-60712")],
    ),
    # 71 positive: British English - UK driving licence and a police caution on a DBS
    (
        """Subject: Volunteer driver checks - Adaeze Okafor

Hi Callum,

Right, I've got everything back for Adaeze for the airport-collection rota:

- Driving licence: OKAFO852146AC9LK, full UK, no endorsements (checked via the DVLA
  service on 2 Dec)
- Insurance: business use added, certificate received
- Enhanced DBS: came back Tuesday. It shows a 2019 police caution for a public order
  offence. She was upfront about it at interview and it's not relevant to driving
  service users, so under our recruitment of ex-offenders policy I'd still like to
  approve her. Could you countersign?

Cheers,
Harriet
Volunteer Coordinator, Bristol Refugee Welcome
Registered charity no. 1174289""",
        [("US_DRIVER_LICENSE", "OKAFO852146AC9LK"), ("criminal_history", "")],
    ),
    # 72 positive: Australian English - NSW Photo Card (state ID) sighted
    (
        """Subject: Footy clinic volunteers - ID sighted

G'day Bronwyn,

Thanks heaps for putting your hand up for the junior footy clinic. For the club's
volunteer register I've logged:

  Working with Children Check: verified online 3/12, cleared
  ID sighted: NSW Photo Card no. 3048917265

Just bring your lanyard on Saturday - kick-off 8.30am at Henson Park, gate 3. The
sausage sizzle roster's on the fridge in the clubhouse.

Cheers,
Mick
Marrickville Juniors AFL Club Inc.""",
        [("US_STATE_ID", "3048917265")],
    ),
    # 73 positive: Indian English - FCRA donor KYC with a US passport number
    (
        """Subject: FCRA donor KYC - kindly confirm passport details

Dear Mr. Whitaker,

Greetings from Sahyog Trust, Pune! We are thankful to you for your kind contribution of
USD 5,000 towards our girls' hostel in Satara district.

As per FCRA rules our auditor is needing donor KYC for foreign individual contributions.
Kindly confirm the details we have noted from your earlier mail:

  Name: Robert Whitaker, Nationality: USA
  Passport No.: 583926174
  Address: 1180 Sunset Ridge Dr, Boulder CO 80302

Receipt will be issued from our FCRA designated account at SBI New Delhi Main Branch.
Kindly revert at the earliest.

Warm regards,
Sunita Kulkarni, Accounts Officer""",
        [("US_PASSPORT", "583926174")],
    ),
    # 74 positive: South African English - partner's bank account (branch code not labelled)
    (
        """Subject: Banking details for Q1 grant tranche - Siyakhula Youth Trust

Dear Kathleen,

Apologies for the delay, we were offline with load shedding most of last week. Please
find our banking details for the Q1 tranche (R 420 000):

  Account name: Siyakhula Youth Trust
  Bank: First National Bank, Mthatha
  Account no.: 62841039725
  Branch code: 250655 (universal)
  Swift: FIRNZAJJ

Our NPO number is 187-442 NPO and the Section 18A certificate is attached. I'll send the
signed bank confirmation letter just now.

Kind regards,
Thandeka Mthembu, Finance & Admin""",
        [("US_BANK_NUMBER", "62841039725")],
    ),
    # 75 decoy: hypothetical accommodations, guest Wi-Fi password, hotel group code
    (
        """Subject: Regional Nonprofit Leaders Summit - logistics for speakers

Hi speakers,

A few logistics for next week:

- Hotel: The Grayson, 200 W Main. Group code NPLS27 for the $149 rate.
- If you have a food allergy or dietary restriction, or need an accessible room, an ASL
  interpreter or a quiet room, tell us by Friday and we'll arrange it.
- A prayer and meditation room is available on the 2nd floor (Room 214) for anyone who
  wants it.
- Speaker ready room Wi-Fi: GraysonEvents / password Summit2027! (guest network).

Your session slides are due Monday. Questions: Keisha, 804-555-0198.""",
        [],
    ),
    # 76 positive: CSV export of staff self-ID with race/ethnicity and disability
    (
        """Subject: EEO-1 prep - staff self-ID export (HR only)

Nikhil, pasting the self-ID export so you can map categories for the EEO-1. Please
delete after.

employee_id,name,job_category,race_ethnicity,sex,veteran,disability
E-0112,Carmen Quispe,Professionals,Hispanic or Latino,F,N,N
E-0127,Terrence Gaines,Service Workers,Black or African American,M,Y,N
E-0131,Hannah Ostrowski,Admin Support,White,F,N,Y (hearing loss)
E-0140,Vinh Pham,Technicians,Asian,M,N,Decline to answer""",
        [("racial_ethnic_origin", ""), ("health", "")],
    ),
    # 77 positive: HTML remnants - refugee arrival with ethnicity and religion rows
    (
        """Subject: New arrival case - Rahimi family - pre-arrival summary

<html><body><p>Hi team, pre-arrival info from the RSC below. Arrival JFK to BUF on
12/11, flight details to follow.</p>
<table><tr><td>Principal applicant</td><td>Abdul Wahid Rahimi</td></tr>
<tr><td>Case no.</td><td>AF-2214907</td></tr>
<tr><td>Family size</td><td>6</td></tr>
<tr><td>Ethnicity</td><td>Hazara</td></tr>
<tr><td>Religion</td><td>Shia Muslim</td></tr>
<tr><td>Languages</td><td>Dari, some English</td></tr>
<tr><td>Medical</td><td>None flagged</td></tr>
</table><p>Please line up a Dari interpreter and halal groceries for the welcome
pantry.</p></body></html>""",
        [("racial_ethnic_origin", ""), ("religious_belief", "")],
    ),
    # 78 positive: the disclosure is in the subject line only
    (
        """Subject: Re: Devon - relapsed, back in detox at St. Luke's till Thurs - cover his shifts?

Sure, I can take Tuesday and Wednesday at the front desk. Let me know about Thursday.

Tina""",
        [("health", "")],
    ),
    # 79 positive: implicit - "my husband and I" signed by a man
    (
        """Subject: Our bequest intention

Dear Ms. Keane,

My husband and I have decided to include the Foundation in our estate plans. We've been
together thirty-one years, and the work your hospice does in our town has made a lasting
impression on us both.

Our attorney has added a specific bequest of $150,000 in each of our wills. Please let us
know what documentation you need for the Legacy Circle - we're happy to be listed by
name.

Warm regards,
Richard Albrecht""",
        [("sexual_orientation", "")],
    ),
    # 80 positive: implicit - Lenten observance in the first person; room code not labelled
    (
        """Subject: Re: Friday lunch rotation - spring

Hi Nora,

Happy to stay on the rotation, but during Lent I won't be eating meat on Fridays, so
could you swap me onto the Wednesday slot from Feb 18 through Apr 2? If that's a pain I
can still host Fridays, I'll just order the fish tacos for myself.

Also - the conference room booking code changed to 3381#, FYI.

Thanks!
Bridget""",
        [("religious_belief", "")],
    ),
    # 81 positive: genetic result only (no condition, diagnosis or treatment)
    (
        """Subject: Re: Re: rescheduling our 1:1

Hi Omar,

Thanks for being flexible. The reason I had to move it: my genetic test results came
back Tuesday and I'm BRCA2 positive. My genetic counselor wants to go over what it means
for me and my sisters, so that appointment took the Thursday slot. I'm fine - really -
just processing a lot.

Can we do Monday at 2 instead? I'll bring the draft of the foundation report.

Leila

> On Dec 3, Omar Haddad wrote:
> No problem at all. Let me know what works.""",
        [("genetic", "")],
    ),
    # 82 positive: genetic test confirming a syndrome, plus therapy - genetic and health
    (
        """Subject: Camp accommodation request - Owen Gallagher (Session 2)

Hi Camp Kinawind staff,

Owen (age 9) is registered for Session 2. Last spring his genetic testing confirmed
Fragile X syndrome. He gets speech therapy twice a week and does best with a visual
schedule and a heads-up before transitions. Loud dining halls can overwhelm him -
noise-cancelling headphones help.

Could a counselor walk him through the daily schedule on the first morning? We're happy
to send a one-page "about Owen" sheet.

Thanks,
Maura Gallagher""",
        [("genetic", ""), ("health", "")],
    ),
    # 83 positive: fingerprint template of a named employee
    (
        """Subject: migrating time clock users to the new system

Hi Rob,

Exporting from the old time clock - here's the first record so you can test the import
format. The new system wants the fingerprint template in base64:

{"emp_no": "0042", "name": "Yolanda Pierce", "dept": "Kitchen",
 "finger": "R-index", "template_format": "ISO/IEC 19794-2",
 "template_b64": "Rk1SACAyMAAAAAFiAAABAAGQAMUAxQEAAAAoQ4BhAEhsQ0CFAFZ1Q0BxAF..."}

The other 37 staff are in the zip on the shared drive.

Mei, Operations, Second Harvest Community Kitchen""",
        [("biometric", "")],
    ),
    # 84 positive: card number split by a line wrap in a forwarded reply
    (
        """Subject: Fwd: Re: table sponsorship - gala

Forwarding so finance can run it - Mr. Dube phoned it in and I typed it in my reply.

---------- Forwarded message ---------
From: Events <events@habitat-palouse.org>
To: Sipho Dube
Subject: Re: table sponsorship - gala

Confirming your Silver table ($2,500) for the Feb 21 gala. Card as read to me: 4390 6689
0678 4651, exp 04/28, name on card Sipho M. Dube. We'll email the receipt once it's
processed.""",
        [("CREDIT_CARD", "4390 6689\n0678 4651")],
    ),
    # 85 positive: non-native English W-9 reply, SSN written with dots
    (
        """Subject: W-9 for my invoice

Hello Ms. Grant,

Sorry for late answer. Is here my information for the W-9 for the translation work in
October (invoice #2026-117):

Name: Oksana Hrytsenko
Tax classification: individual/sole proprietor
SSN: 279.90.8160
Adress: 3318 W Belmont Ave Apt 2, Chicago IL 60618

Please tell me if need something more. The payment can be with Zelle to this email.

Thank you very much,
Oksana""",
        [("US_SSN", "279.90.8160")],
    ),
    # 86 positive: field office - driver wounded, salary to his personal IBAN
    (
        """Subject: salary transfer for Andrii and his situation

Dear colleagues,

I write to inform that our driver Andrii Melnyk was wounded on 29 November during
shelling in Kherson, he has shrapnel injury in the leg and was operated in the regional
hospital. Now he is evacuated to Odesa for rehabilitation, maybe 6-8 weeks.

We kindly ask to send his December salary directly to his personal account because he
cannot come to office:
Recipient: Melnyk Andrii Petrovych
IBAN: UA293291976428855906724273340
Bank: PrivatBank

With respect,
Olena Bondarenko, Office manager, Kherson field office""",
        [("health", ""), ("IBAN_CODE", "UA293291976428855906724273340")],
    ),
    # 87 positive: SEPA mandate confirmation (creditor ID and mandate ref not labelled)
    (
        """Subject: SEPA mandate confirmation - monthly gift EUR 40

Dear Ms. Lindqvist,

Thank you for becoming a monthly supporter of Stichting Waterbron! This confirms your
SEPA Direct Debit mandate:

  Mandate reference: WB-2026-118402
  Creditor ID: NL61ZZZ412287350000
  Debtor: Karin Lindqvist
  Debtor IBAN: NL15 FNAV 9404 6734 44
  Amount: EUR 40.00 monthly, first collection on or about 2 January 2027

You can cancel or change your gift anytime. You have the right to a refund from your
bank within 8 weeks of a collection.

With thanks,
Supporter Care, Stichting Waterbron, Amsterdam""",
        [("IBAN_CODE", "NL15 FNAV 9404 6734 44")],
    ),
    # 88 decoy: annual report with aggregate, anonymous demographics and diagnoses
    (
        """Subject: Our 2026 impact at a glance

Dear supporters,

Thanks to you, Eastside Free Clinic had its biggest year yet:

  Patients served: 3,412 (up 18%)
  Visits: 11,906
  Patients by self-reported ethnicity: 58% Hispanic/Latino, 21% Black, 14% White,
    5% Asian, 2% other/declined
  Top diagnoses treated: hypertension (31%), type 2 diabetes (24%), depression or
    anxiety (17%)
  Prescriptions filled through our pharmacy program: 9,240

Every figure above is aggregated and anonymous. Read the full report at
eastsidefree.org/impact.""",
        [],
    ),
    # 89 positive: cash-assistance CSV with two recipients' IBANs
    (
        """Subject: Dec cash assistance - bank transfer batch 12 (Irbid) - verify before upload

Hi Rania,

Batch 12 for the winter cash top-up. Two households moved from e-wallet to bank
accounts, so please check these carefully before the upload to the bank portal:

case_id,head_of_household,family_size,amount_jod,payment_method,account
IRB-0418,Fatima Al-Hassan,7,250,bank,JO34 JGXD 0027 8175 1546 5342 3892 75
IRB-0433,Mahmoud Saleh,5,190,bank,JO80 DTSK 6556 4721 8534 7376 7189 44
IRB-0451,Huda Abu Zeid,4,160,ewallet,(wallet on file)
IRB-0467,Yousef Khalil,6,220,cash pickup,-

Total: 820 JOD across 4 households. Registration numbers are in the master sheet only.""",
        [
            ("IBAN_CODE", "JO34 JGXD 0027 8175 1546 5342 3892 75"),
            ("IBAN_CODE", "JO80 DTSK 6556 4721 8534 7376 7189 44"),
        ],
    ),
    # 90 positive: CDFI credit review - two scores, two adverse items
    (
        """Subject: Your microloan application - credit review notes

Hi Mr. Asante,

Thanks for authorizing the credit pull for your catering business loan ($15,000). Here
is what our underwriter saw, so we can talk it through on Thursday:

  Experian FICO 8: 647
  Equifax FICO 8: 652
  Derogatory items:
    - Capital One credit card charged off, $2,310 (reported 06/2024)
    - 60-day late payment, Ally auto loan (02/2025)
  Open accounts: 5 | Utilization: 71%

Our minimum is 600, so you qualify; the charge-off is the main thing the committee will
ask about. Bring any letter showing a settlement or payment plan.

Nana Boateng, Loan Officer
Gateway Community Loan Fund""",
        [
            ("CREDIT_SCORE", "647"),
            ("CREDIT_SCORE", "652"),
            ("CREDIT_REPORT", "Capital One credit card charged off, $2,310 (reported 06/2024)"),
            ("CREDIT_REPORT", "60-day late payment, Ally auto loan (02/2025)"),
        ],
    ),
    # 91 decoy: appeal with an anonymised story
    (
        """Subject: "I didn't know where else to go"

Dear neighbor,

Last winter a father we'll call R. walked into our office two weeks after a stroke had
cost him his job at the plant. His rent was late, his kids' school shoes had holes, and
the insurance paperwork was overwhelming.

Our caseworkers helped R. apply for disability benefits, covered one month's rent, and
connected his family with our food pantry. Today he's back on his feet and volunteering
with us on Saturdays.

(Names and details changed to protect privacy.)

A gift of $75 keeps one family housed for a week. Give at unitedcare.org/winter.""",
        [],
    ),
    # 92 positive: first-person union delegate
    (
        """Subject: Re: schedule change for the evening clinic

Hi Dr. Levin,

I understand the need to cover the Thursday evening clinic, but as the 1199SEIU delegate
for our unit I have to point out that the contract (Art. 12) requires 30 days' notice
for permanent schedule changes. I'd rather we solve this together than file a
grievance. Could we meet with HR on Monday?

Angela Morris, RN
Hillside Community Health Center""",
        [("trade_union_membership", "")],
    ),
    # 93 decoy: church e-news - sermon series, suppers, keypad code, guest Wi-Fi
    (
        """Subject: This week at Grace Lutheran - Ash Wednesday & Lenten suppers

Grace Lutheran Church - Weekly E-News

Ash Wednesday (Feb 18): Imposition of ashes at 7 am, noon and 7 pm.
Lenten sermon series: "Wilderness Roads" - Week 1, "Hunger" (Matthew 4:1-11).
Wednesday soup suppers begin Feb 25 in Fellowship Hall, 5:45 pm; sign-up sheet in the
narthex.

Building notes: the side-door keypad code for committee meetings is now 6042; guest
Wi-Fi is GraceGuest / Psalm23 (same as before).

Everyone is welcome - members, visitors and the curious.
The Church Office, 507-555-0144""",
        [],
    ),
    # 94 positive: auto-reply disclosing the writer's surgery
    (
        """Subject: Automatic reply: Q4 grant report draft

Thank you for your email. I am out of the office on medical leave following knee
replacement surgery and will return on Monday, January 5, 2027. I will not be checking
email.

For grant reporting questions, please contact Lucia Ferrante (lferrante@riverbendarts.org,
ext. 214). For urgent matters, call the main office at 608-555-0175.

- Walter Nygaard, Development Director, Riverbend Arts Council""",
        [("health", "")],
    ),
    # 95 decoy: auto-reply with a PHI/confidentiality footer
    (
        """Subject: Automatic reply: site visit photos

Thank you for your message. I'm traveling to our field offices in Gulu and Arua from
December 1-12 with limited connectivity. I'll respond when I'm back.

Urgent programme matters: programmes@ugandahealthpartners.org or +256 414 555 210.

Dr. Agnes Nakato | Country Director | Uganda Health Partners
This e-mail and any attachments are confidential and may contain privileged information
or protected health information (PHI). If you received it in error, please delete it and
notify the sender.""",
        [],
    ),
    # 96 decoy: order confirmation - order number failing Luhn, ISBNs, tracking, zip+4
    (
        """Subject: Order confirmation #BK-2026-118-4471

Thank you for shopping at the Riverbend Literacy Project bookstore! Every purchase funds
free books for kids.

Order #: 5820 1147 9036 2281      (keep for returns)
Placed: 2026-12-04 19:22 CST

  1 x "Braiding Sweetgrass" - ISBN 978-1-57131-356-0 - $20.00
  2 x "The Snowy Day" (board book) - ISBN 978-0-670-86733-2 - $15.98
Subtotal $35.98 | Shipping $4.99 | Total $40.97 (paid with PayPal)

Ships via USPS Ground Advantage, tracking 9400 1118 9922 3397 4218 44
Delivery to: Apt 3B, 1427 W Farwell Ave, Chicago IL 60626-3112""",
        [],
    ),
    # 97 decoy: SMS-gateway mail with a gate code and lot number
    (
        """From: 5095550162@vtext.com
Subject: (no subject)

omw w/ the trailer. gate code at the warehouse is 8815 right? pallets are lot
#PF-2611-07, 42 cases green beans + 18 peanut butter. eta 10:40. tell Deb the
forklift battery is dead again lol""",
        [],
    ),
    # 98 decoy: grant budget table with GL codes, NPIs, zip+4, UEI
    (
        """Subject: budget table for the HRSA supplement (draft 3)

Pasting the personnel/other-cost table from Excel so you can check formulas:

Line | GL code  | Item                               | Provider NPI | FY27 request
-----|----------|------------------------------------|--------------|-------------
1    | 6010-200 | Nurse practitioner (1.0 FTE)       | 1598472037   | $118,400
2    | 6010-210 | Behavioral health consultant (0.5) | 1730265943   | $41,250
3    | 6420-000 | Telehealth licences (24 @ $38/mo)  | -            | $10,944
4    | 7100-050 | Mobile unit mileage (45414-3309)   | -            | $6,800

Indirect at 10% de minimis. UEI: KX7NL4J9RQB3. Grant no. H80CS41872.""",
        [],
    ),
    # 99 decoy: union recognition announcement - no individual's membership
    (
        """Subject: A note from the board about our staff union

Dear friends,

Last week a majority of Hillside's front-line staff voted to form a union with 1199SEIU,
and the board has voluntarily recognized it. We believe good jobs make good care, and we
look forward to bargaining a first contract in good faith.

Nothing changes for patients: hours, services and providers stay the same.

We know some of you will have questions. Our board chair will hold an open community
forum on January 8 at 6 pm in the Hillside community room.""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_16, "hard16", Path(__file__).with_name("hard-16.jsonl")))
