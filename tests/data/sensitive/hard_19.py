"""Hard set 19 (2026-12-06): 100 held-out cases for the Sensitive Data detector.

Written by an independent helper session. The author read only
/work/shared/policy/privacy-policy.txt (above all Section 9), the checker and record format in
tests/data/sensitive/independent_sets.py, the special-category names in scanner/categories.py
and the ruff line-length setting in pyproject.toml. The detector (scanner/, rules/), its docs,
the other sets, eval reports and git history were never read, and the detector was never run
on these texts.

Values: every identifier was generated for this set by a throwaway script outside the
repository with a seeded random generator: Luhn-valid card numbers (Visa, Mastercard, Amex),
ABA routing numbers with a valid prefix and checksum, mod-97 IBANs (DE, ES), SSNs obeying
the SSA rules (no 000/666/9xx area, no 00 group, no 0000 serial), ITINs with a valid group,
random passport, licence and state-ID numbers in the usual formats. No published test
numbers and no trivial sequences are used. Names, organisations, addresses and phone numbers
are invented.

CONVENTIONS (every label can be checked against these):
- A special category (health, genetic, biometric, racial_ethnic_origin, political_opinion,
  religious_belief, trade_union_membership, sexual_orientation, criminal_history) counts
  only when it is disclosed about an identifiable person: someone named (a first name is
  enough), the addressee, the writer in the first person, or a clearly identified
  relative, colleague or client ("your mother", "her wife"). It is labelled once per text,
  with value "", however many people or mentions the text holds. Implicit disclosures
  count: a program name that only serves one condition (HOPWA approval means HIV), a drug
  used only for one condition (Biktarvy), "came home after six years at Soledad" (prison).
- Never counted: topics, events, programs and services offered to all, appeals,
  anonymised or composite stories, aggregate statistics, public figures' public positions,
  templates with unfilled fields, blank forms, placeholders (XXXX, ___), policy text, job
  postings, and scenarios marked as fiction or training. Hypotheticals ("if a result ever
  comes back reactive") and negations about practice ("we never ask about religion")
  disclose nothing.
- health: any condition, diagnosis, test result (positive or negative: an HIV-negative
  PrEP lab result is health), exposure notice, treatment, medication, pregnancy and its
  care or ending, addiction treatment, disability plan, vaccination status. Medical
  transition (hormones, surgery) is health; gender identity, pronouns or a name change
  alone are not labelled at all. A generic appointment reminder naming no condition,
  treatment or condition-specific service is not health; a shipping notice that names no
  drug is not health. A prayer-list request for a named person's illness is health.
- genetic: a genetic test result about an identifiable person. It is labelled genetic
  only, unless a condition, diagnosis or treatment (of that person or of an identified
  relative) is also disclosed, which adds health. A carrier or pathogenic-variant finding
  with only "we will discuss screening" is genetic only. An ancestry ethnicity estimate is
  genetic and racial_ethnic_origin.
- biometric: biometric data itself or the result of biometric processing tied to an
  identifiable person (fingerprint templates or their hashes, face-match scores). A
  biometric consent policy, a product update, or the mere mention that fingerprints were
  checked for a background check is not biometric.
- criminal_history: arrests, charges, convictions, juvenile adjudications, incarceration,
  jail custody, probation, parole, drug-court supervision. A clean background check ("no
  records found") is not criminal history. Civil immigration detention alone is not
  criminal history (nor ethnic origin); nationality alone is not labelled.
- religious_belief: a person's stated faith, membership of a congregation, or religious
  practice (baptism, communion, daily prayer at a mosque, a religious exemption). Being
  named on a prayer list, receiving a church's help, or giving to a church is not by
  itself religious_belief.
- political_opinion: a private person's support for, volunteering for, contribution to or
  stated vote for a candidate, party or committee (even though large contributions are
  later reported publicly). A generic "Hi friend" campaign email is not.
- trade_union_membership: membership, a signed union authorization card, union dues on a
  pay statement, or strike benefits paid to a named member. Invitations to open meetings
  and appeals are not.
- sexual_orientation stands for the whole of Section 9(d)'s "sexual orientation or sexual
  activity": a stated orientation, a same-sex spouse or partner, a person's sexual contacts
  (partner notification) or sex work. PrEP use alone is health only.
- racial_ethnic_origin: a stated race, ethnicity, indigenous people or tribal enrollment of
  an identifiable person, or an ancestry estimate. Language spoken alone is not labelled.
- Value labels, each on the value exactly as written (separators, dots, a line break
  inside a card number are kept): a passport of any country is US_PASSPORT; a driving
  licence of any state, province or country is US_DRIVER_LICENSE; a state ID card, and a
  tribal nation's ID card number, is US_STATE_ID; ITIN is US_ITIN; a full SSN is US_SSN,
  and a partial SSN given as such (last four, "XXX-XX-1234") is US_SSN on the visible
  digits. Card numbers are CREDIT_CARD; the last four of a card alone are
  CREDIT_CARD_LAST_DIGITS; a security code is CVV. A bank account number is
  US_BANK_NUMBER, a routing number ABA_ROUTING_NUMBER, an IBAN IBAN_CODE. The masked last
  four of a bank account ("checking ending in 4471") are not labelled: Section 9's "any
  portion thereof" attaches to government identifiers (a) only, and the label set gives
  no partial-account label.
- PASSWORD: passwords and security-question answers that open a financial or online
  account (each answer a separate label). PIN: a PIN that opens a card, bank, tax or
  other personal account (an IRS Identity Protection PIN counts). ACCESS_CODE: a one-time
  code that opens an account. Per the policy, codes that open no account are never
  labelled: door keypads, gates, alarms, lockboxes, a shared guest Wi-Fi password, promo
  codes. API_KEY: only the secret part of vendor credentials (a secret key, an auth
  token), never the publishable key or account SID beside it.
- CREDIT_SCORE on each score as written; CREDIT_REPORT on each adverse credit-report item
  (collection, charge-off, late payment, bankruptcy), the span running from the item's
  name (leading article left out) to the end of its line or clause.
- Identifiers with no label in the set are not labelled and do not make a text positive:
  organisations' EINs, FEC committee IDs, prison DOC/booking numbers, court case and
  docket numbers, medical record and order numbers. (The texts avoid A-numbers and
  Medicare numbers, for which the label set has no label.)
Conventions added for this set:
- health also covers a disability rating, VA disability compensation, a discharge for
  disability, and registration with a campus disability office for approved
  accommodations (a "disability plan"), even when no diagnosis is named; a named person's
  sobriety milestone in a twelve-step programme discloses addiction and is health. A death
  with no cause or condition named is not health.
- A surviving party of domestic violence or a protective-order petitioner discloses no
  special category by that alone; the abuser's arrest or charge is criminal_history.
- Codes that open no account also include video-meeting passcodes, library print-release
  codes, study-room door codes, combination locks and safety code words; they are never
  labelled. Library card and item barcodes, student IDs, VINs, repair-order, receipt,
  giving and donor IDs, loan references, biometric template IDs and IOM travel references
  are identifiers with no label.
- Eviction filings and rental history are not CREDIT_REPORT items; a clean "no eviction
  filings found" is not labelled.
- A partial SSN counts only when the text calls it an SSN ("SSN (last 4)", "SSN:
  ***-**-4476"); a last four under the name "TIN" is not used in this set.
- An EBT card is a card: its last four alone are CREDIT_CARD_LAST_DIGITS and its PIN is
  PIN.
- Clerical titles in signatures (Rev., Deacon) appear only in texts that already disclose
  a named person's faith or practice, so they never decide a label; decoys carry no
  clerical titles, and an organisation's name (a parish hall, a church office) discloses
  nothing about a person.

Emphasis: K-12 schools (an IEP calendar invitation, a 504 web-form notice, a Remind-app SMS
export about seizure medication, a teen-parent attendance plan, a juvenile-detention
re-entry meeting, a Title VI tribal eligibility form, a palm-scan cafeteria log) and their
near misses (a suspension with no police referral, an unfilled mail-merge IEP notice, a
screening letter written as a hypothetical, a biometric consent notice); colleges (FAFSA
verification in Spanish and English, an FSA ID password, portal security answers, a
one-time code in a chat transcript, GI Bill certification, an immunization religious
exemption, an accessibility letter, a disbursement notice with a student ID); veterans
(OCR of a DD-214 with misreads, VA compensation direct deposit); domestic-violence advocacy,
hospice and bereavement, crisis-line and eating-disorder follow-ups, LGBTQ youth housing,
twelve-step sponsorship and drug court, congregations (membership, pastoral visit log,
contribution statement), refugee and asylum case work, an expungement clinic; housing and
money (tenant screening, rental application, mortgage conditions, a car dealer approval,
wire and direct-deposit instructions, W-4 OCR, 1099s, child support, SNAP and EBT, donation
receipts, a pledge card whose number wraps over two lines, a voicemail transcript reading a
card aloud); IT help desks (temporary password, API keys, policy tickets). Shapes: pasted
SMS and chat transcripts, voicemail transcriptions, web-form notifications, help-desk
tickets, calendar invitations, mail-merge output, a bounce message quoting the original,
OCR with misreads, mixed Spanish/English, pay statements and reports. Decoys are near
misses: right-shaped numbers with no label (case, order, receipt, student, barcode, VIN,
meeting and confirmation numbers), masked accounts, codes that open no account, blank
forms and placeholders, statistics, policy text, fiction and training scenarios, a
composite appeal, public figures, negations and hypotheticals.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_19: list[Case] = [
    (
        """\
Subject: Invitation: Annual IEP Review - Mateo Quintero @ Thu Jan 14, 2027 3:15pm - 4:30pm (CST)

Organizer: Dana Whitcomb, Special Education Coordinator, Lakeview Elementary
When: Thursday, January 14, 2027, 3:15pm - 4:30pm Central Time
Where: Room 114 (Conference) / Google Meet link below
Guests: Rosa Quintero (parent), Mr. Elkins (3rd grade), Ms. Farah (SLP), Dr. Kim (school psych)

Description:
Annual review of Mateo's IEP. Current eligibility: Other Health Impairment (ADHD, combined
presentation) with secondary Speech/Language Impairment. We will review progress on the
articulation goals (currently 30 min/week of speech therapy, pull-out), the behavior
intervention plan, and whether to continue the extended time and small-group testing
accommodations for the spring state assessment.

Rosa, if 3:15 does not work with your shift, reply here and I'll move it. An interpreter
(Spanish) has been requested.

Join with Google Meet: meet.google.com/qxr-hbtw-kpa
""",
        [("health", "")],
    ),
    (
        """\
Subject: Your study room booking is confirmed

Hi Priyanka,

Thanks for booking with Eastgate Branch Library. Details:

Room: Study Room C (seats 4)
Date: Saturday, February 6
Time: 1:00 PM to 3:00 PM
Booking confirmation: SR-20270206-0417

Study rooms on the second floor now have keypad locks. Your door code for this booking is
7264# and it only works during your reserved window. If you'd like to print, send your files
to the print queue from any library computer and use release code 3318 at the print station;
release codes expire after 24 hours.

Please leave the whiteboard clean for the next group. Need to cancel? Reply to this email or
call the Information Desk at (614) 555-0182.

Eastgate Branch Library
""",
        [],
    ),
    (
        """\
Subject: Verificación FAFSA / FAFSA verification - documents received

Hola Sra. Ochoa y Valeria,

Thank you for coming to the Financial Aid office on Tuesday. Valeria's 2027-28 FAFSA was
selected for verification, so I am confirming what we keyed into the verification worksheet.
Por favor revisen que todo esté correcto:

- Estudiante / Student: Valeria Ochoa Ramírez
- Número de Seguro Social del estudiante: 628-26-5597
- Madre / Parent 1: Guadalupe Ramírez de Ochoa
- ITIN de la madre: 967-50-6082 (from the 2025 tax return transcript)
- Household size: 4, number in college: 1

If any of this is wrong, reply before Friday so we can correct the ISIR. Once verification
is complete, Valeria's Pell Grant and Cal Grant will post to her account within about
two weeks.

Saludos,
Marisol Ferrer
Financial Aid Counselor, Valle Verde Community College
""",
        [("US_SSN", "628-26-5597"), ("US_ITIN", "967-50-6082")],
    ),
    (
        """\
Subject: You're invited: Veterans Day breakfast + resource fair

Dear friends,

On Wednesday, November 11, the Harmon County Veterans Service Office and VFW Post 6624 will
host our annual breakfast at the Harmon Civic Center, 7:30-10:00 AM.

Why it matters: according to the VA's National Center for PTSD, about 7 out of every 100
veterans will have PTSD at some point in their lives, and roughly 1 in 4 post-9/11 veterans
in our county reports a service-connected disability. Many have never filed a claim.

Accredited Veterans Service Officers will be on hand to help with:
  * initial disability compensation claims and increases
  * requests for discharge papers (DD-214) and upgrades
  * VA health care enrollment
  * burial and survivor benefits

No appointment needed. Bring any paperwork you have. Breakfast is free for veterans and one
guest.

Thank you,
Loretta Vance
County Veterans Service Officer
""",
        [],
    ),
    (
        """\
Subject: [Form submission] Health Services - 504 Plan Intake

A new entry was submitted on the Northfield USD Health Services site.

Form: 504 Plan Intake / Health Plan Request
Submitted: 08/19/2026 9:42 PM
Student name: Aaliyah Robinson
Grade: 7
School: Carver Middle School
Parent/guardian: Denise Robinson
Qualifying condition: Type 1 diabetes (dx 2024), uses Dexcom G7 + Omnipod
Requested accommodations: phone access for CGM alerts in all classes; unrestricted restroom
and water; snacks in class; retake of tests taken during a low
Emergency medication at school: glucagon (Baqsimi) in nurse's office
Upload: endo_orders_2026.pdf (212 KB)

--
This notification was sent automatically by FormFlow. Do not reply to this message.
""",
        [("health", "")],
    ),
    (
        """\
Subject: Notice of Short-Term Suspension - Incident D-26-0418

Dear Mr. and Mrs. Pham,

This letter confirms our phone call this afternoon. On Monday, October 5, your son Bao was
involved in a physical altercation with another student in the east stairwell during
passing period. After reviewing the hallway camera and speaking with both students and two
witnesses, the administration has assigned a two-day out-of-school suspension (October 6-7)
under Code of Conduct section 4.2 (Fighting).

This is a school disciplinary matter only. No law enforcement referral was made, and the
incident will not appear anywhere other than Bao's discipline file, which is purged when he
leaves middle school.

Bao may make up all classwork missed. A re-entry meeting with me and his counselor,
Ms. Adebayo, is scheduled for Thursday, October 8 at 7:45 AM. You have the right to appeal
this decision in writing to the Director of Student Services within five school days.

Sincerely,
Curtis Langley
Assistant Principal, Ridgeway Middle School
""",
        [],
    ),
    (
        """\
Subject: update on Thursday + what to bring

Hi Jasmine,

Quick update from our call. The detective confirmed that Travis was arrested Saturday night
and charged with aggravated assault and violating the emergency protective order, so the
criminal case will move on its own track; you do not have to do anything for that right now.

Your hearing for the permanent protective order is still Thursday at 9:00 in Courtroom 3B,
DeKalb County Courthouse. Please bring:
- the photos of the texts he sent (printed if you can)
- the temporary order the judge signed
- a list of dates you remember

I'll meet you at the security line at 8:30 and we can sit in the advocate room until they
call the case. If you need a ride, text me by Wednesday noon and I'll set up a Lyft through
our program.

You're doing everything right.

Keisha Moore, Legal Advocate
Safe Harbor Family Violence Center
Confidential: intended only for the person named above.
""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: Fwd: scan of my DD214 for the property tax exemption

---------- Forwarded message ---------
From: Ronald Beaumont
Here it is, the scanner at the library made it kind of blurry.

[OCR text of attachment DD214_Beaumont.pdf, page 1]
CERTIF1CATE OF RELEASE OR D1SCHARGE FROM ACTIVE DUTY
1. NAME (Last, First, Middle)   BEAUMONT, RONALD JAMES
2. DEPARTMENT, COMPONENT AND BRANCH   ARMY/RA
3. S0CIAL SECURITY NUMBER   585 53 7836
4a. GRADE, RATE OR RANK  SSG   b. PAY GRADE  E6
12a. DATE ENTERED AD THIS PER1OD  2003 06 17
12b. SEPARATION DATE THIS PERIOD  2011 09 30
23. TYPE OF SEPARAT1ON  DISCHARGE
24. CHARACTER OF SERV1CE  HONORABLE
28. NARRATIVE REASON FOR SEPARATION  DISABILITY, SEVERANCE PAY, COMBAT RELATED
    (ENHANCED)

Mrs. Tran at the assessor's office said this plus the VA letter showing my 100% P&T rating
is all I need.
Thanks, Ron
""",
        [("US_SSN", "585 53 7836"), ("health", "")],
    ),
    (
        """\
Subject: RE: [HD-48213] Can't set new password - "does not meet requirements"

Hi Gregory,

Thanks for the screenshot. The error means the new password didn't meet the policy that
went live Monday. New passwords for staff accounts must:

  - be at least 14 characters
  - not contain your name or username
  - not reuse any of your last 10 passwords
  - not appear on the breached-password list

A passphrase works best, something like four random words with spaces between them. Please
don't send me the password you are trying; nobody on the help desk will ever ask for it. In
the ticket it shows only as ************** which is how it should stay.

Go to the password reset page on the staff intranet, sign in with your username, approve
the Duo push and choose the new one there. If it still fails, reply with the exact error
text.

Thanks,
Imani Okoro
IT Help Desk, St. Luke's Regional Food Bank
""",
        [],
    ),
    (
        """\
Subject: Thinking of you, Ray

Dear Ray,

It has been three months since Harold died at home, and our bereavement team wanted to
check in. Everyone on the Tuesday care team still talks about the two of you: the way you
kept his playlists going and learned the suction machine when his ALS took his swallowing,
and how he introduced you as "my husband of 31 years, legally for 9" to every new aide who
walked in.

Grief after a long illness often arrives in waves, and the three-month mark can be harder
than the first weeks. Our bereavement support is available to you for 13 months at no cost:
one-on-one visits with our bereavement counselor, Nadia Petrosyan, and a spouse and partner
loss group that meets on the first and third Mondays.

There is no need to reply, but if you would like Nadia to call, just answer this email or
call 503-555-0147.

With warm regards,
Claire Dunleavy, MSW
Bereavement Coordinator, Columbia Gorge Hospice
""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """\
Subject: Winter grief support groups - open to the whole community

Losing someone during the holidays can make the season feel heavy. Willamette Valley
Hospice offers free grief support to anyone in the community, whether or not your loved one
was cared for by our program.

Groups this winter:
  • Coping with the Holidays - one evening workshop, Dec 3, 6:30 PM
  • Loss of a Spouse or Partner - 8 weeks on Mondays starting Jan 11
  • Young Adults (18-30) Grief Circle - Thursdays, 7 PM, virtual
  • Loss after Suicide or Overdose - monthly, facilitated by a licensed counselor

All groups are drop-in except the 8-week group, which asks you to register so we can plan
seats. No one will ask about the circumstances of your loss unless you wish to share.

To register, call 971-555-0120 or reply to this email with the group name.
""",
        [],
    ),
    (
        """\
Subject: Follow-up texts - caller T.B. (for chart)

Pasting the follow-up thread for the record as requested.

[Wed 10:02] Follow-Up Line: Hi Tyler, this is Ana from the Crossroads Crisis Line. You
talked with us Monday night. Just checking in. How are you doing today?
[Wed 10:41] Tyler: better i guess. slept a little
[Wed 10:43] Follow-Up Line: I'm glad you slept. Are you still using the safety plan we made,
the part about giving the pills to your roommate?
[Wed 10:50] Tyler: yeah Devin has them. I havent felt like Monday again
[Wed 10:52] Follow-Up Line: That's really good to hear. Did the county mental health clinic
call you back about the psychiatrist appointment?
[Wed 11:15] Tyler: thursday 2pm
[Wed 11:16] Follow-Up Line: Great. I'll text again Friday. If the thoughts come back before
then, call or text 988 any time.

Ana R., Follow-Up Specialist
""",
        [("health", "")],
    ),
    (
        """\
Subject: Intake summary - new resident, Room 4

Team,

Summary from yesterday's intake so we're all on the same page before house meeting:

Name used: Kai (legal name in the locked file)
Age: 19
Pronouns: he/they
Referred by: Lambda Youth Drop-In
Reason for housing need: Kai told his parents in September that he is gay; his stepfather
gave him a week to move out. Has been couch surfing with friends from work since.
Income: part-time at Kroger, about 24 hrs/week
Goals: finish the last two GED tests, save for a deposit, get a bike

He's quiet at first but very funny once he warms up. Please introduce yourselves and show
him where the food pantry shelf is. His room key is in the office.

Jules
Case Manager, Rainbow Bridge Transitional Housing
""",
        [("sexual_orientation", "")],
    ),
    (
        """\
Subject: Re: question about your application form

Hi Mrs. Gutierrez,

Thank you for asking before your nephew fills out the application; it's a fair question.

Our intake form does not ask anyone to state their sexual orientation or gender identity,
and we never require it. There is an optional line for the name and pronouns someone wants
us to use, and that's it. Young people are eligible if they are 18-24 and experiencing
homelessness or housing instability; we serve LGBTQ+ youth and their allies, and no one has
to "prove" anything to stay with us.

What the application does need: a way to contact him, any income (none is fine), and a
reference from a caseworker, teacher, or employer if he has one. We keep the form in a
locked file and share it with no one outside the housing team without his written consent.

He is welcome to visit the house on a Tuesday afternoon first. Just have him text
(412) 555-0163.

Morgan Ellis, Intake Coordinator
Harbor House Youth Housing
""",
        [],
    ),
    (
        """\
Subject: 90 days!!

Dave,

Ninety days. I remember you at that first Thursday night meeting in the back of the Elks
lodge telling me you'd "maybe try a week." Look at you now. Pick up your chip this Thursday
and let the room clap for you; you earned it.

A few sponsor things, because you knew they were coming:
1. Keep calling me every day, even the boring days. Especially the boring days.
2. We start Step Four next week. Buy a notebook. Don't start writing yet.
3. Your sister's wedding is in three weeks, and there will be an open bar. Let's make a plan
   for that now: who you're driving with, what you'll drink instead, and when you'll leave.

Proud of you, brother. Sober looks good on you.

Walt
""",
        [("health", "")],
    ),
    (
        """\
Subject: Updated meeting list for the Parish Hall - winter schedule

Hello all,

The building committee asked us to send out the updated list of recovery and support groups
using the Parish Hall this winter. These are independent groups; the hall only provides the
room.

Monday 7:00 PM     Al-Anon (family and friends), Room 2
Tuesday 12:00 PM   AA "Lunch Bunch" open meeting, Main Hall
Wednesday 6:30 PM  NA Basic Text study, Room 2
Thursday 7:30 PM   AA Big Book, open to all
Saturday 9:00 AM   SMART Recovery, Room 1

"Open" meetings welcome anyone interested in recovery, including family members and
students. Please use the Elm Street door after 5 PM; the parking lot lights are on a timer
until 10.

The hall will be closed December 24-26.

Thanks,
Facilities Office, St. Brendan's Parish Hall
""",
        [],
    ),
    (
        """\
Subject: Welcome to the Grace Fellowship family!

Dear Luis and Camila,

On behalf of the elders, it is my joy to let you know that the session voted Sunday to
receive you both into membership at Grace Fellowship Presbyterian Church, Luis by profession
of faith and Camila by transfer of letter from Iglesia Presbiteriana Emanuel in Monterrey.

As we discussed, Luis will be baptized during the 10:30 service on March 7, and the two of
you will be introduced to the congregation that morning. Please arrive by 10:00 so we can
walk through the order of service. You are welcome to invite family; we'll reserve the
second row.

You'll receive a printed church directory and a box of offering envelopes in the next few
weeks. Welcome home.

In Christ,
Rev. Margaret Oyelaran
Pastor, Grace Fellowship Presbyterian Church
""",
        [("religious_belief", "")],
    ),
    (
        """\
Subject: Your 2026 contribution statement - Trinity Lutheran Church

Dear Mr. and Mrs. Halvorsen,

Thank you for your generosity this past year. This is your statement of contributions for
tax year 2026 for your records.

Giving ID: 0417
Period: January 1 - December 31, 2026

General Fund                          $2,340.00
Building Fund                           $600.00
Lutheran World Relief (designated)      $150.00
Total contributions                   $3,090.00

No goods or services were provided in exchange for these contributions other than
intangible religious benefits.

Trinity Lutheran Church, 1200 Prairie Ave, Fargo ND. EIN 45-0318874.

Please contact the church office within 30 days if your records differ.

Church Office, Trinity Lutheran Church
""",
        [],
    ),
    (
        """\
Subject: Mahmoodi asylum packet - next steps

Hi Farid,

Thanks for sitting in as interpreter yesterday. Summarizing for Attorney Gaines before she
drafts the I-589 declaration:

- Principal applicant: Zahra Mahmoodi, 34
- Passport: Afghan, no. P03918472, issued Kabul 2019, expired 2024 (original in our safe)
- Basis: Zahra is Hazara and the family are Shia; her husband's brother was taken at a
  checkpoint in 2022 and has not been heard from. She received two written threats at the
  school where she taught girls.
- Entered US: parole through CBP One, Feb 2025 (one-year filing deadline is close)

Next steps: Farid, can you come Monday 10 AM to translate the threat letters from Dari?
I'll book the small conference room.

Meghan Liu
Immigration Case Manager, New Roots Refugee Services
""",
        [("US_PASSPORT", "P03918472"), ("racial_ethnic_origin", ""), ("religious_belief", "")],
    ),
    (
        """\
Subject: Asylum Clinic Quarterly - Q3 2026

Friends of the Asylum Clinic,

Thanks to 41 volunteer attorneys and 17 interpreters, the clinic filed 63 affirmative asylum
applications between July and September. A few numbers from the quarter:

  - Countries of origin: Venezuela (19), Guatemala (11), Afghanistan (9), Cameroon (7),
    Russia (5), and 12 other countries
  - Most common protected grounds claimed: political opinion (38%), membership in a
    particular social group (31%), religion (14%), race or nationality (17%)
  - Median time from intake to filing: 47 days

Stories we share in this newsletter are composites; we never publish details that could
identify a client or their family.

Upcoming trainings: "Credible fear basics" (Oct 22) and "Working with interpreters"
(Nov 5), both at the law school, CLE credit available.

With gratitude,
The Asylum Clinic at Riverside Law
""",
        [],
    ),
    (
        """\
Subject: Good news - Mr. Castillo released

Hello Ms. Ruiz,

I wanted you to hear it from us: Edwin Castillo was released from the immigration detention
center in Otay Mesa yesterday afternoon after the immigration judge granted bond. His
family picked him up around 4 PM.

To be clear for your accompaniment volunteers, this was a civil immigration case only.
Edwin is Honduran and is pursuing his asylum claim; he has never been charged with any
crime, and the bond was set because the judge found he is not a flight risk.

Next steps: his master calendar hearing is set for April, and he must check in with the
ICE office on Rancho Road once a month. If your team can keep driving him to check-ins,
that would be a huge help.

Gracias por todo,
Ana Lucía Bermúdez, DOJ Accredited Representative
Frontera Legal Aid
""",
        [],
    ),
    (
        """\
Subject: Your appointment with the Second Chance Record Clearing Clinic

Hi Terrence,

Thanks for completing the screening call. Based on what you told us and the court records
we pulled, here is where things stand:

  Case CR2014-118372, Maricopa County Justice Court: misdemeanor theft (shoplifting),
  convicted 6/2014, fines paid 2015.
  Case CR2016-004519: DUI, dismissed.

The 2014 conviction is eligible for a set-aside and, under the new law, a petition to seal.
The dismissed DUI can be sealed too. You have no pending cases, which helps.

Your appointment: Saturday, March 13, 10:20 AM, Phoenix Public Library, Burton Barr Central,
4th floor meeting room. Bring a photo ID and proof of address; we'll file both petitions
with you that day. There is no fee.

Ruth Abernathy, Staff Attorney
Second Chance Record Clearing Clinic
""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: Screening complete: 418 Alder St Unit 2 - applicant Brandon Kessler

TENANT SCREENING SUMMARY
Property: 418 Alder St, Unit 2
Applicant: Brandon M. Kessler
Report ID: TS-77120-B
Recommendation: CONDITIONAL (additional deposit)

Credit
  Score (VantageScore 4.0): 612
  Open tradelines: 7   Total monthly obligations: $1,140
  Derogatory items:
    Collection - Midland Credit Management, orig. Synchrony/Amazon, $1,184, placed 03/2024
    60-day late payment - Capital One auto loan, 11/2025

Rental history: 2 prior addresses verified, no eviction filings found
Criminal: no records found
Income: stated $4,050/mo (2.6x rent), employer verified

Reviewed by: Sandra Olmos, Leasing Manager, Alder Property Group
This report is for the sole purpose of evaluating a rental application (FCRA).
""",
        [
            ("CREDIT_SCORE", "612"),
            (
                "CREDIT_REPORT",
                "Collection - Midland Credit Management, orig. Synchrony/Amazon, $1,184, "
                "placed 03/2024",
            ),
            ("CREDIT_REPORT", "60-day late payment - Capital One auto loan, 11/2025"),
        ],
    ),
    (
        """\
Subject: TEMPLATE - 14-Day Notice to Pay Rent or Quit (do not send as-is)

Property managers: below is the updated notice template from counsel. Fill every blank;
notices with missing fields will be rejected by the court.

-------------------------------------------------------------
FOURTEEN-DAY NOTICE TO PAY RENT OR QUIT

To: ______________________ (all adult occupants)
Premises: ______________________ Unit ____
You are hereby notified that rent in the amount of $________ for the period(s)
__________ is past due. Within FOURTEEN (14) days of receipt of this notice you must pay
the full amount or vacate the premises.
Tenant SSN/ID (if known): XXX-XX-____
Landlord/Agent: ______________________  Date: ____/____/______
-------------------------------------------------------------

Reminder: do not include screening reports or payment account numbers with the notice.

Keystone Residential Management, Compliance
""",
        [],
    ),
    (
        """\
Subject: You're approved! Next steps on the 2023 RAV4

Hi Kimberly,

Good news: the bank came back and you're approved. Details so you know what to expect when
you come in:

Vehicle: 2023 Toyota RAV4 XLE, stock #T23814, VIN 2T3P1RFV4PW318827
Lender: Lakeshore Auto Credit
Your credit score they pulled (Equifax Beacon 9): 688
Rate: 7.49% APR, 66 months, $3,000 down
Est. payment: $512.41/mo

For the contract I have the copy of your license we made at the test drive
(TX DL 31946028, exp 2029), so you don't need to bring it again, but do bring proof of
insurance showing the new VIN and a recent pay stub.

Can you do Saturday at 11? Finance office is on the left past the service desk.

Derek Vasquez
Finance Manager, Gulf Coast Toyota
""",
        [("CREDIT_SCORE", "688"), ("US_DRIVER_LICENSE", "31946028")],
    ),
    (
        """\
Subject: Know your number before you shop - Spring Sales Event

Thinking about a new ride this spring? Here's how lenders usually see credit scores, so you
can walk in with realistic expectations:

  Tier 1+   760 and up     best advertised rates, as low as 3.9% APR*
  Tier 1    720-759
  Tier 2    680-719
  Tier 3    620-679        larger down payment may be required
  Tier 4    below 620      ask about our First-Time Buyer program

Check your free score at annualcreditreport.com or through your bank's app before you come
in. Bringing a pre-approval from your credit union is fine too; we'll try to beat it.

*3.9% APR for 60 months on select new models, Tier 1+ credit, with approved credit through
Prairie Motor Finance. Not all buyers will qualify. Offer ends 4/30.

Prairie Chevrolet Buick GMC
""",
        [],
    ),
    (
        """\
Subject: Underwriting conditions - Nguyen purchase, 22 Birch Ln

Hi Anh,

I've gone through the tri-merge credit report with the underwriter. Your scores came back
Experian 702, TransUnion 715 and Equifax 698, so we qualify on the middle one, which keeps
you in the conventional pricing bucket we talked about.

The underwriter wants a short letter of explanation (a few sentences, signed and dated) for
each of these two items on the report:

  1. 30-day late payment - Navient student loan, reported 08/2023
  2. Chapter 7 bankruptcy, discharged 04/2018, District of Minnesota

For the bankruptcy, the letter should say what caused it (you mentioned the restaurant
closing) and how things are different now. For the late payment, the servicer transfer
explanation you gave me on the phone is fine.

Also still needed: two most recent bank statements (all pages) and the gift letter from
your aunt. Once I have those I can send the file to final approval.

Greg Hollister
Senior Loan Officer, NMLS #448120
North Star Home Lending
""",
        [
            ("CREDIT_SCORE", "702"),
            ("CREDIT_SCORE", "715"),
            ("CREDIT_SCORE", "698"),
            ("CREDIT_REPORT", "30-day late payment - Navient student loan, reported 08/2023"),
            ("CREDIT_REPORT", "Chapter 7 bankruptcy, discharged 04/2018, District of Minnesota"),
        ],
    ),
    (
        """\
Subject: New rental application - 77 Cedar Ct #B

New application received via RentReady

Property: 77 Cedar Ct, Unit B
Applicant full name: Jordan T. Mayfield
Date of birth: 03/11/1994
Social Security #: 503-18-0163
Driver's license / State: D4720193 / CA
Current address: 1420 Fulton Ave Apt 6, Sacramento CA
Monthly income: $5,200
Employer: Sutter Logistics (warehouse lead)
Pets: 1 cat
Have you ever been convicted of a felony? Yes
If yes, explain: 2016 possession charge in Yolo County, did 3 years probation, finished
2019. Happy to talk about it.
Have you ever been evicted? No
Emergency contact: Lorraine Mayfield (mother) 916-555-0133

Application fee: paid ($45.00), confirmation RR-558201
""",
        [
            ("US_SSN", "503-18-0163"),
            ("US_DRIVER_LICENSE", "D4720193"),
            ("criminal_history", ""),
        ],
    ),
    (
        """\
Subject: [Ticket #20581] Password reset - Alvarez, Monica (Front Desk) - RESOLVED

Ticket #20581
Requester: Monica Alvarez
Category: Account / Password reset
Priority: Normal
Status: Resolved

Tech notes (visible to requester):
Monica, I reset your Microsoft 365 account after the lockout this morning. Your temporary
password is  Tq8#lantern-Wade55  and you'll be asked to change it the first time you sign
in at portal.office.com. Don't reuse the old one. The MFA on your phone stays the same.

If you are locked out again, call ext. 4410 rather than opening a new ticket, and please
delete this email once you've changed the password.

- Curtis (IT, Sunrise Title & Escrow)
""",
        [("PASSWORD", "Tq8#lantern-Wade55")],
    ),
    (
        """\
Subject: Chat transcript - Student Portal Support, session 88271

You requested a copy of your chat with Westbrook College IT Support.

11:02 AM  Ethan (Support): Hi, thanks for contacting IT. What can I help with?
11:02 AM  You: im trying to get into my student email and it keeps asking for a code
11:03 AM  Ethan (Support): No problem. I just triggered a new one-time code to the phone
          number on file. Can you read it back to me so I can confirm it's arriving?
11:04 AM  You: it says 482913
11:04 AM  Ethan (Support): Perfect, enter that on the sign-in screen within 10 minutes.
11:06 AM  You: ok im in, thanks!!
11:06 AM  Ethan (Support): Great. Reminder: we'll never ask for your password.

Westbrook College Information Technology | Chat ended 11:07 AM
""",
        [("ACCESS_CODE", "482913")],
    ),
    (
        """\
Subject: Office move - Monday logistics

Hi everyone,

We're in the new space at 300 Commerce Ave, Suite 410 starting Monday! A few things IT and
facilities want you to know:

- Front door: the suite keypad code is 5190 until badges arrive (about two weeks).
- Server closet: stays locked; ask Ray if you need in.
- Guest Wi-Fi: network "HCF-Guest", password welcome2HCF. It's fine to share that one with
  visitors; it's on the sign in the lobby anyway.
- Staff Wi-Fi: "HCF-Staff" uses your normal Microsoft login, so nothing new to remember.
  Please never write your own password on the whiteboard again (you know who you are).
- Alarm: the last person out arms it; Ray has the instructions.

Coffee and bagels at 9.

Heartland Community Foundation, Operations
""",
        [],
    ),
    (
        """\
Subject: Direct deposit change - effective next payroll pls

Hello Payroll,

I switched banks and need my paycheck to go to the new account starting with the
January 15 payroll. New info:

Bank: Pioneer Valley Savings
Rtg #: 302929957
Acct #: 572630440 (checking)

The old account at Tri-County will be closed at the end of the month, so please don't
send anything there after this pay period. I can fill out the district form too if you
need it, just let me know.

Thank you!
Shauna Breckenridge
Paraprofessional, Room 12, Maple Grove Elementary
""",
        [("ABA_ROUTING_NUMBER", "302929957"), ("US_BANK_NUMBER", "572630440")],
    ),
    (
        """\
Subject: Seller proceeds - where we will wire your funds (1187 Larkspur Dr)

Dear Mr. and Mrs. Adeyemi,

Your closing on the sale of 1187 Larkspur Dr is scheduled for Friday, June 11 at 2:00 PM.
Your estimated net proceeds are $64,318.77. From the seller's authorization you signed, we
will wire them the same afternoon to:

  Account holder: Babatunde and Folake Adeyemi
  Bank: First Harbor Bank, Tacoma WA
  ABA: 727213730
  Account: 93601477720 (joint checking)
  Reference: File ST-26-04418 / Adeyemi

Please check these numbers against your own records. If anything is wrong, call us at the
number on our website (not any number in an email) and tell your escrow officer by voice.
We will never accept changed wiring instructions by email.

Paula Strickland
Escrow Officer, Summit Ridge Title
""",
        [("ABA_ROUTING_NUMBER", "727213730"), ("US_BANK_NUMBER", "93601477720")],
    ),
    (
        """\
Subject: Important: how we handle payment instructions

To our vendors and grantees,

Because of a rise in business email compromise scams targeting nonprofits, the Mill City
Arts Council is changing how we handle banking information, effective July 1:

1. We will never accept new or changed bank details by email alone. Any change must be
   submitted on our Vendor Banking Form and confirmed by a phone call to a number we
   already have on file.
2. Our staff will never email you asking to change where you send a payment to us.
3. Grant payments go out by ACH on the 15th; you'll see "MILL CITY ARTS" on your statement.
4. If you get an email that looks like it's from us asking for account numbers, routing
   numbers or card details, forward it to our finance office and delete it.

Questions? Call Dolores in Finance at 612-555-0199.

Mill City Arts Council
""",
        [],
    ),
    (
        """\
Subject: scanned W-4 for new hire (Hollis) - OCR'd text below

Attached is Beverly Hollis's W-4; the scanner's OCR came out rough but it's readable.

--- OCR BEGIN ---
Form W-4 (2026)   Employee's Withho1ding Certificate
Step 1: (a) First name and midd1e initial  BEVERLY A      Last name  HOLLIS
Address 2210 Wren Hollow Rd        City or town, state, ZIP  Paducah KY 42001
(b) S0cial securlty number   049-29-4337
(c) [X] Single or Married fi1ing separately
Step 4 (c) Extra withho1ding  $ 25.00
Employee's signature  Beverly A Hollis        Date 12/01/2026
--- OCR END ---

Beverly starts Monday in the thrift store warehouse. Can you enter her in Paylocity by
Thursday so she's on the first run?

Thanks, Lorna
Hope Thrift & Workforce Center
""",
        [("US_SSN", "049-29-4337")],
    ),
    (
        """\
Subject: Your 1099-NEC from Tierra Viva Farmworker Alliance

Dear Mr. Hernández Cruz,

Thank you again for leading the pesticide-safety workshops for us this summer. Because we
paid you more than $600 in 2026, we are required to send you a Form 1099-NEC. The
information below is what we are reporting to the IRS; please check it carefully.

Payer: Tierra Viva Farmworker Alliance, EIN 77-0539218
Recipient: Ignacio Hernández Cruz
Recipient TIN (ITIN): 928-84-3982
Box 1, Nonemployee compensation: $2,850.00
Box 4, Federal income tax withheld: $0.00

The official copy is attached as a PDF. If the TIN or amount is wrong, reply by January 20
so we can file a corrected form. Recuerde que debe declarar este ingreso en su declaración
de impuestos.

Paz Domínguez
Finance & Operations
""",
        [("US_ITIN", "928-84-3982")],
    ),
    (
        """\
Subject: W-9 for Blue Heron Nature Center (as requested)

Hi Kendra,

Attached is our current W-9 for your vendor file. For convenience, the key fields:

  Name: Blue Heron Nature Center, Inc.
  Federal tax classification: 501(c)(3) nonprofit corporation
  Exempt payee code: 1 (not subject to backup withholding)
  EIN: 82-4190736
  Address: 5600 Marsh Rd, Beaufort SC 29906

Please make checks for the school field-trip invoice (INV-2026-1187, $1,450.00) payable to
Blue Heron Nature Center, Inc. We don't take card payments over the phone, but you can pay
online through the link on the invoice if that's easier.

Thanks, and we look forward to seeing the fourth graders in April!

Tom Pruitt
Business Manager
""",
        [],
    ),
    (
        """\
Subject: Payment received - Case 0042-619-77

STATE DISBURSEMENT UNIT - PAYMENT CONFIRMATION

This confirms that a child support payment was received and processed.

Case number: 0042-619-77
Participant ID: 3318842
Payment amount: $412.00
Date received: 11/24/2026
Source: Income withholding (employer)
Disbursed to: custodial parent by direct deposit to checking ending in 4471 on 11/26/2026

Payments usually appear in your account 1-2 business days after disbursement. You can view
your full payment history at the child support portal. Do not reply to this message; for
questions call the Customer Service Center at 1-800-555-0140.
""",
        [],
    ),
    (
        """\
Subject: fw: texts w/ client re: EBT card (for case note)

Copying my texts with Ms. Lindqvist into the case note so the file shows she got the card.

Me (Fri 2:14 PM): Hi Greta, it's Dawn from Northside Family Resource Center. Did the
replacement EBT card come in the mail yet?
Greta (2:31 PM): yes!! the new one ends in 5082. old one was skimmed at the corner store
Me (2:33 PM): Great. Did you set a PIN on the phone line? They'll want a new one since the
old one was stolen.
Greta (2:40 PM): yes i made it 7391 so i remember it. is that ok
Me (2:42 PM): It's your PIN so don't text it to anyone else, ok? Next time just tell me it's
done. Benefits reload on the 9th.

Dawn Pettersen, Family Advocate
""",
        [("CREDIT_CARD_LAST_DIGITS", "5082"), ("PIN", "7391")],
    ),
    (
        """\
Subject: Reminder: your SNAP renewal interview is on December 14

Hello,

This is a reminder from the Clark County Department of Human Services.

Program: SNAP (Supplemental Nutrition Assistance Program)
Case number: 1004-882-316
Interview type: Phone
Date and time: Monday, December 14, between 9:00 AM and 11:00 AM

We will call the phone number on file. If we can't reach you, call 702-555-0118 within
24 hours to reschedule. Have these ready: pay stubs for the last 30 days, your rent or
mortgage statement, and any utility bills.

If your renewal is not completed by December 31, your benefits may stop. Your EBT card and
PIN stay the same after renewal; never share your PIN with anyone, including our staff.

Si necesita un intérprete, llame al mismo número. Es gratis.
""",
        [],
    ),
    (
        """\
Subject: SNAP app draft for Ortega household - please review before I submit

Hi Mr. Ortega,

Here is what I entered on the online application. Please check each line and text me
"OK" or the correction before Friday.

Applicant: Luis Ortega Jr.
Illinois State ID: S530-4417-2296
SSN: 596-83-6519
Household members: Luis (42), Marisela (39), Adrian (11), Sofia (7)
Anyone in the household disabled or receiving disability income? Yes - Adrian, SSI,
  autism spectrum disorder (level 2)
Monthly gross income: $2,310 (Luis, warehouse); SSI $943 (Adrian)
Rent: $1,150; utilities: heat and electric separately
Medical expenses: none over $35 for anyone 60+ or disabled

The interview will be by phone; they usually call within 10 days.

Renata Kowalski
Benefits Navigator, Southwest Side Community Partners
""",
        [("US_STATE_ID", "S530-4417-2296"), ("US_SSN", "596-83-6519"), ("health", "")],
    ),
    (
        """\
Subject: Re: Table for the Spring Gala

Hi Courtney,

Yes, please put us down for a full table of ten at the Champion level ($2,500). Names for
the place cards to follow once Bill finalizes his list.

You can charge it to my Amex:
3711 879073 13866
Exp 07/28, CID 4821
Name on card: Marjorie L. Castellano
Billing zip 06880

I know I'm supposed to use the online form but it kept timing out on me. Sorry to send it
this way; feel free to delete once it's run.

Marjorie
""",
        [("CREDIT_CARD", "3711 879073 13866"), ("CVV", "4821")],
    ),
    (
        """\
Subject: Thank you for your gift to Second Harvest of the Ozarks

Dear Elaine Whitfield,

Thank you for your generous gift. Because of donors like you, every dollar helps provide up
to four meals for neighbors facing hunger in our 23-county service area.

Gift date: December 1, 2026 (#GivingTuesday)
Gift amount: $150.00
Designation: Where needed most
Payment method: Visa ending in 6620
Receipt no.: 2026-118470

Your gift was matched 2:1 by the Ozark Hometown Grocers challenge fund, so its impact was
tripled.

No goods or services were provided in exchange for this contribution. Second Harvest of the
Ozarks is a 501(c)(3) organization, EIN 43-1287765. Please keep this receipt for your tax
records.

With gratitude,
Anita Brooks, Director of Development
""",
        [("CREDIT_CARD_LAST_DIGITS", "6620")],
    ),
    (
        """\
Subject: Gift acknowledgment - Literacy Volunteers of the Tri-Valley

Dear Mr. Ashworth,

Your check no. 3307 dated December 2 in the amount of $500.00 was received and deposited.
Thank you for supporting adult literacy in the Tri-Valley!

Receipt number: LV-26-00912
Donor ID: 104477
Fund: Tutor Training Fund
Tribute: in honor of Eleanor Ashworth's 90th birthday

This year your support trained 18 new volunteer tutors who now meet weekly with adult
learners working toward citizenship tests, GEDs and job applications.

No goods or services were provided in exchange for your gift. Literacy Volunteers of the
Tri-Valley is a tax-exempt organization under section 501(c)(3), EIN 94-2730618.

Warmly,
Helen Marsh, Executive Director
""",
        [],
    ),
    (
        """\
Subject: Thank you, Rosalind!

Dear Rosalind,

I just saw your name come through on our donor list and wanted to thank you personally for
your $250 contribution to Friends of Adaeze Nwosu for City Council, and for signing up to
knock doors in Ward 4 on the next two Saturdays. People like you are why a first-time
candidate with no corporate PAC money is leading in the ward.

Canvass details: meet at the Ward 4 field office (2210 N. Ashland) at 10 AM; we'll have
coffee, walk lists and clipboards. Wear comfortable shoes.

One housekeeping note: state law requires us to report your name, address, occupation and
employer for contributions over $100. If we don't have your employer yet, just reply with
it.

Gratefully,
Adaeze
Paid for by Friends of Adaeze Nwosu for City Council
""",
        [("political_opinion", "")],
    ),
    (
        """\
Subject: Policy Watch: Senate farm bill vote this week

Members and partners,

The Senate Agriculture Committee marks up the farm bill on Thursday. Where our delegation
stands:

- Senator Patricia Holloway (R) has said publicly she will oppose any cut to SNAP benefit
  levels, breaking with her party's leadership, and she co-sponsored the SNAP Online
  Purchasing Act.
- Senator Raymond Delgado (D) supports the nutrition title but has opposed the commodity
  payment limits in committee.

Our position: protect SNAP, expand the Double Up Food Bucks match, and fund TEFAP
commodities at last year's level.

Take action: call the Capitol switchboard and ask for either senator's office. A sample
script is on our website under "Act now".

Hunger Free Coalition of the Plains is a nonpartisan 501(c)(3) and does not support or
oppose candidates for office.
""",
        [],
    ),
    (
        """\
Subject: Your earnings statement for 11/30/2026 is available

Cedar Rapids Community School District - Earnings Statement
Employee: Heather M. Lindgren   Employee ID: 204418
Position: Teacher - Grade 2, Jackson Elementary
Pay date: 11/30/2026   Period: 11/01/2026 - 11/30/2026

Earnings                      Current       YTD
Regular salary              4,612.50    41,512.50
Extended day stipend          150.00       600.00

Deductions
Federal income tax            402.18     3,619.62
Iowa income tax               178.40     1,605.60
IPERS                         435.88     3,922.92
CREA/ISEA union dues           71.25       641.25
Group life insurance           12.40       111.60

Net pay                     3,662.39
Direct deposit: checking ending in 0931

Log in to the employee portal to view or print the full statement.
""",
        [("trade_union_membership", "")],
    ),
    (
        """\
Subject: Adjuncts: open meeting about forming a union - Thursday

To all part-time faculty at Lakeshore College,

Are you teaching four sections across three campuses with no health insurance and no idea
whether you'll be rehired in January? You are not alone.

Adjunct faculty at 14 colleges in our state have organized in the last five years, and on
average their per-course pay rose 22%. Come hear how they did it, ask questions, and decide
for yourself.

Open meeting: Thursday, October 15, 5:30 PM
Where: Lakeshore Public Library, community room B (not on campus)
Food and childcare provided.

This is an information session; nobody will be asked to sign anything, and your attendance
won't be shared with the college. Spanish interpretation available.

Lakeshore Adjunct Organizing Committee
""",
        [],
    ),
    (
        """\
Subject: Re: help reading my DNA results (genealogy drop-in)

Hi Mr. Akintola,

It was a pleasure working with you at Thursday's genealogy drop-in. As promised, here is a
summary of what we looked at on your AncestryDNA page so you have it in writing:

Your ethnicity estimate:
  Nigeria 41%
  Benin & Togo 17%
  Cameroon, Congo & Western Bantu Peoples 12%
  Ireland 9%
  Scotland 6%
  Other regions 15%

The Irish and Scottish percentages, together with the match list, fit your great-
grandmother's story about the Galway side of the family. Your closest new match, "M.K.
Dolan" (predicted 2nd-3rd cousin, 212 cM), is probably on that line too.

Next session we can build out the Dolan branch using the 1901 Irish census. The genealogy
room is open Tuesdays and Thursdays, 1-4 PM.

Carol Ann Brennan
Local History & Genealogy Librarian, Hamilton County Public Library
""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """\
Subject: New workshop: "What your DNA test can (and can't) tell you"

The Local History Room at Fairview Public Library presents a two-part workshop for anyone
curious about consumer DNA tests.

Part 1 (Tuesday, Feb 9, 6 PM): How ethnicity estimates are made, why they change with each
update, and why two siblings can get different percentages.

Part 2 (Tuesday, Feb 16, 6 PM): Using your match list for family history: centimorgans,
shared matches, and building a tree around a match.

No test required, and please don't bring your own results to the group session; our
librarians can meet one-on-one if you'd like help with yours. We'll also cover privacy
settings and what law enforcement databases can access.

Free; registration required on the library's events page or at the reference desk.
""",
        [],
    ),
    (
        """\
Subject: Lunch line palm scanner - Owen not matching (ticket 3391)

Hi Mrs. Delacroix,

Following up on your call about Owen getting sent to the back of the lunch line. I pulled
the log from the PalmPay reader in the Westfield cafeteria. Owen's enrolled palm-vein
template (ID PV-0028814, enrolled 09/02) is returning match scores between 0.38 and 0.44
this week; the reader needs 0.70 to accept. That usually happens when the hand is held at
an angle or the original enrollment scan was poor.

Two options:
1. Re-enroll: bring him to the cafeteria office before school any day this week; it takes a
   minute.
2. Opt out: he can use his student number at the keypad instead. Just reply "opt out" and
   I'll delete his template from the system the same day.

Either way he won't be charged twice; the manager has been entering his meals by hand.

Glen Torvik
Food Services Technology, Westfield School District
""",
        [("biometric", "")],
    ),
    (
        """\
Subject: Notice to families: palm-scan lunch checkout and your choices

Dear Brookhaven Families,

Starting January 4, our middle and high school cafeterias will offer palm-scan checkout so
students can move through the line faster. Before any student is enrolled, Illinois law
(BIPA) requires us to tell you what is collected and to get your written consent.

What is collected: when a student enrolls, the reader converts the vein pattern of the palm
into an encrypted numeric template. No image of the hand is kept.
How it is used: only to match a student to their meal account at the register.
Retention: templates are deleted within 30 days after a student withdraws, graduates or
opts out.
Sharing: templates are never sold or shared with anyone outside the vendor.

Participation is voluntary. Students who do not enroll will keep using their student ID
card at the register, with no difference in service. Consent forms are in the family portal
under Food Services.

Brookhaven Unified School District, Nutrition Services
""",
        [],
    ),
    (
        """\
Subject: Voicemail from (317) 555-0142 - 1 min 12 sec

Voicemail transcription (accuracy may vary):

"Hi, this message is for Mrs. Doreen Whitaker. This is Rick with A-1 Anytime Bail Bonds
returning your call about your son, Marcus. So I checked with the jail and he's still in
county holding on the, um, the burglary and the resisting charge, bond's set at fifteen
thousand, so that's, uh, fifteen hundred for our fee, ten percent, and we'd need a cosigner
with a job, which I'm guessing is you. His arraignment's Thursday morning so if we want him
out before then we gotta get the paperwork going today. My cell's the number I'm calling
from, call or text any time, I'm up. Alright, thanks, bye."

To reply, press Reply or call back from the Voicemail tab.
""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: Undeliverable: RE: Missing docs for your loan file

Delivery has failed to these recipients or groups:

dwayne.okafor@gmai.com
The email address you entered couldn't be found. Check the address and try sending again.

Diagnostic information for administrators:
Generating server: mail.heritagemortgagepartners.com
dwayne.okafor@gmai.com
Remote Server returned '550 5.1.1 <dwayne.okafor@gmai.com>: Recipient address rejected'

Original message:

From: Tamara Wills
Subject: RE: Missing docs for your loan file

Hi Dwayne,

Two items are holding up your file. The SSN on your application (227-28-6424) doesn't
match what the IRS transcript request came back with, so please check your Social Security
card and confirm. And the driver license copy you uploaded was cut off; I can read
W352-718-46-902-0 but not the expiration date. Please re-upload a full photo of the front.

Thanks,
Tamara
""",
        [("US_SSN", "227-28-6424"), ("US_DRIVER_LICENSE", "W352-718-46-902-0")],
    ),
    (
        """\
Subject: «Student_First» «Student_Last» - Notice of IEP Meeting

Dear «Parent_Name»,

You are invited to a meeting to review «Student_First»'s Individualized Education Program
(IEP). The meeting will be held on «Meeting_Date» at «Meeting_Time» in «Location».

Purpose of meeting (check all that apply):
  [«Chk_Annual»] Annual review
  [«Chk_Eval»] Review of evaluation results / eligibility
  [«Chk_Transition»] Transition planning (age 14 and older)

Eligibility category on file: «Disability_Category»
Student ID: «Student_ID»

The following people have been invited: «Team_List». You may bring anyone who has knowledge
or special expertise regarding your child. If the date does not work, please contact
«Case_Manager» at «CM_Phone».

A copy of Parents' Rights in Special Education is enclosed.
""",
        [],
    ),
    (
        """\
Subject: Your 2027 IRS Identity Protection PIN - Ali Rahimi

Dear Ali Rahimi,

As part of our free tax clinic for newcomer families, we helped you request an Identity
Protection PIN from the IRS. Your IP PIN letter (CP01A) arrived at our office because you
listed our address. Your 6-digit IP PIN for filing in 2027 is:

      804163

You must enter this number on your 2026 tax return. Your tax preparer at the clinic will
need it at your appointment on February 9 at 1:30 PM. A new IP PIN is issued every year,
so do not use an old one.

Please keep this email private. Do not share your IP PIN with anyone except your tax
preparer.

Gateway Newcomer Services - VITA Tax Clinic
(This message was generated for: Ali Rahimi | Client #: GNS-20418 | Preparer: H. Osei)
""",
        [("PIN", "804163")],
    ),
    (
        """\
Subject: Invitation: Finance Committee - Q4 review @ Tue Dec 15, 2026 6pm - 7:30pm (EST)

Organizer: Board Secretary, Riverside Boys & Girls Club
When: Tuesday Dec 15, 2026 6pm - 7:30pm Eastern Time
Guests: finance committee (5), executive director, controller

Joining info: Zoom
  Meeting ID: 843 2719 0654
  Passcode: 551902
  One tap mobile: dial in, enter the meeting ID followed by #, then passcode 551902#

Agenda:
1. Approve minutes of September 22
2. Q4 budget-to-actual and year-end projection
3. Audit firm engagement letter for FY2026
4. Draft Form 990 review (copy in the board portal)
5. Investment policy: update the cash reserve target

Please review the packet before the meeting. Reply "no" if you cannot attend so we can
confirm quorum.
""",
        [],
    ),
    (
        """\
Subject: Texts from Noah's mom (Remind app export)

Ms. Harper, saving this thread to Noah's file per the nurse.

Remind - Conversation with Keira Blanchard (parent of Noah B.)
Keira Blanchard, 7:12 AM: Good morning! Noah had a seizure last night around 9, first one
in 4 months. Neuro upped his Keppra to 750 twice a day starting today
Keira Blanchard, 7:13 AM: He might be really tired and a bit cranky, thats the med. If he
falls asleep pls let him rest
Ms. Harper, 7:40 AM: Thank you for letting me know. I'll keep an eye on him and let the
nurse know about the dose change. Hope he feels ok today
Keira Blanchard, 7:41 AM: thank u. nurse has the new order form, i dropped it off
""",
        [("health", "")],
    ),
    (
        """\
Subject: safety planning texts - please keep in file, no identifying info

Per our protocol, the caller is recorded here only by an initial.

Advocate: Hi it's Gabi from the Haven helpline. Is now a safe time to text?
Caller (R.): yes hes at work til 6
Advocate: ok. Like we talked about, let's pick a code word. If you text me or your sister
that word, it means call 911 for you.
Caller (R.): "pineapple"
Advocate: perfect. and remember the shelter door has a keypad, the code is 2046, but staff
will buzz you in any time
Caller (R.): ok
Advocate: Delete this thread after reading. Text "pizza order" if you need to end the chat
fast.
""",
        [],
    ),
    (
        """\
Subject: RE: Locked out of MyPortal (student 900734115)

Hi Tasha,

I can unlock your MyPortal account, but for identity verification I need the answers to
your security questions since you don't have access to the phone on file. From your reply:

  1. Name of your first pet: Biscuit
  2. City where your parents met: Tulsa
  3. (you skipped the third one; that's fine, two of three works)

Both of those match, so I've unlocked the account and sent a password-reset link to your
personal email. The link expires in 30 minutes. After you're in, please update the phone
number on file and consider switching to the authenticator app.

And for next time: it's better to call the help desk with these answers than to email
them.

Jerome Banks
Student Technology Services, Clearwater State University
""",
        [("PASSWORD", "Biscuit"), ("PASSWORD", "Tulsa")],
    ),
    (
        """\
Subject: ayuda con el FSA ID de mi hija

Hola Sr. Bautista,

Gracias por ayudarnos en el taller del sábado. Todavía no puedo firmar el FAFSA de mi hija
Daniela porque la página dice que mi contraseña está mal. Usted me dijo que le mandara mis
datos para revisarlo en la oficina:

Usuario FSA ID: lupita.morales76
Contraseña: Girasol*2008Lupita

Mi esposo está detenido en el centro de inmigración de Jena desde octubre, así que solo yo
voy a firmar como padre. Daniela dice que su parte ya está lista.

Muchas gracias por todo,
Lupita Morales

--
Forwarded by: Andrés Bautista, College Access Advisor, Puentes al Futuro
Note to team: I'll call her and walk her through a reset by phone instead of using this.
""",
        [("PASSWORD", "Girasol*2008Lupita")],
    ),
    (
        """\
Subject: Donation form keys - please paste into the plugin settings

Hi Jenna,

Here are the live Stripe keys for the new donation form on the Friends of the Library site.
Paste them into GiveWP > Settings > Payment Gateways > Stripe > API keys:

Publishable key:
pk_live_51QmT8cHq2xV7RkLw3N9pDzE4yUa6sFb0JtGh1KcMvZ5rWnYe8XiOlPd2TqSj7Ab
Secret key:
sk_live_51QmT8cHq2xV7RkLw9fR3Yk2HbN6tVqE8sLzW1pXcJ4mUaD0gTiKeO5nZy7PvGhQ

The publishable one is fine to show in the page source; the secret one is not, so please
don't save this email anywhere shared, and delete it after you've pasted it in. I'll roll
the secret key next month anyway when we're done testing.

Thanks!
Owen (volunteer web guy)
""",
        [("API_KEY", "sk_live_51QmT8cHq2xV7RkLw9fR3Yk2HbN6tVqE8sLzW1pXcJ4mUaD0gTiKeO5nZy7PvGhQ")],
    ),
    (
        """\
Subject: Re: attendance text alerts stopped sending

Hi Raj,

Found it: when the district rotated the Twilio credentials last week, nobody updated the
attendance-alert job on the SIS server, so every text since Tuesday failed with error
20003 (authentication). Here's what needs to go in /etc/attendance-alerts/config.env:

TWILIO_ACCOUNT_SID=AC8f3b2e91c7d04a6e5b19f0c2d7a48e63
TWILIO_AUTH_TOKEN=4e9c1a7f2b86d03e5f4a9c8b7e1d2f60
TWILIO_FROM=+15125550177

After you update it, restart the service (sudo systemctl restart attendance-alerts) and
send a test to your own phone. Parents who missed absence alerts this week should get the
automated catch-up message at 6 PM.

Let me know if it still fails.
Priya Raman
Technology Services, Bluebonnet ISD
""",
        [("API_KEY", "4e9c1a7f2b86d03e5f4a9c8b7e1d2f60")],
    ),
    (
        """\
Subject: Progress report for Jamal Pierce - Drug Court status hearing 1/21

Judge Whitford and team,

Jamal Pierce entered the Adult Drug Treatment Court in Phase 1 on August 4, 2026 (placed
on supervision on a possession with intent charge) and moved to Phase 2 in November.
Summary for the status hearing:

Treatment: attending intensive outpatient at Bridgeway Recovery 3x/week, 100% attendance
Medication: maintained on buprenorphine-naloxone, prescriber reports adherence
Drug screens: 14 of 14 negative since October 1
Recovery support: attends two NA meetings weekly; sponsor signs his attendance sheet
Employment: full-time at Midtown Auto Body since September
Fees: paid in full

Recommendation: continue Phase 2, reduce screens to twice weekly, and recognize Jamal's
90 days clean at the hearing.

Tamika Lyons, Drug Court Coordinator
""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """\
Subject: Transition meeting for DeShawn - returning Monday

Good afternoon Ms. Carter,

DeShawn will be released from the Franklin County Juvenile Detention Center on Friday and
will return to Eastmoor High School on Monday. His probation officer, Mr. Tillman, asked
that we meet before his first day so we can line up his schedule with the court's
conditions (he must be in school every day and can't be on campus after 4 PM without
staff).

The detention center school sent over his transcript: he earned 2.5 credits while he was
there, so he is only half a credit behind for junior standing.

Could you, DeShawn, and I meet Monday at 7:30 AM in the counseling office? Mr. Tillman
will join by phone.

Thank you,
Ms. Oyelowo
School Counselor, Eastmoor High School
""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: ED 506 form received - Indian Education Program (Title VI)

Dear Ms. Tsosie,

Thank you for returning the Indian Student Eligibility Certification (ED 506) for your
daughter. We have entered it as follows:

Student: Kaya Tsosie, Grade 3, Sunset Ridge Elementary
Name of tribe: Navajo Nation
Membership of: student (self)
Tribal ID card number: 04-7716-2890
Parent signature: received 09/10/2026

Kaya is now enrolled in the Title VI program, which means she can join the after-school
Diné language and culture club on Wednesdays and receive tutoring from our Native
education liaison. You'll hear from Mr. Begay next week.

Flagstaff Unified School District, Indian Education Program
""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "04-7716-2890")],
    ),
    (
        """\
Subject: Open enrollment change confirmed - adding spouse

Hi Marcus,

Your open enrollment elections for 2027 are confirmed. The change you requested:

  Add dependent: Tomás Reyes, relationship: spouse (your husband)
  Medical: Silver PPO, employee + spouse
  Dental: employee + spouse
  Vision: employee only (no change)

Since this is a marriage within the last 12 months, please upload a copy of your marriage
certificate by December 18 so the carrier can verify eligibility. Premiums for the new
coverage start with your first January paycheck.

Congratulations to you both!

Leanne Pryor
HR & Benefits, Copperline Brewing Co.
""",
        [("sexual_orientation", "")],
    ),
    (
        """\
Subject: attendance plan for Brianna (Teen Parent Program)

Hi Coach Ramirez and Mr. Lutz,

Sharing so Brianna's absences don't get flagged as truancy. She is 28 weeks pregnant and
enrolled in our Teen Parent Program; her OB appointments are every other Wednesday at
1:00, and after 36 weeks they will be weekly. Those are excused under Board Policy 5113,
so please mark them "M" (medical), not "U".

She'd like to stay on the team as manager through the season, and her doctor has cleared
her for light duty only.

After the baby comes she has up to 6 weeks of homebound instruction; we'll set that up
closer to her due date in March.

Thanks for supporting her,
Yolanda Finch
Teen Parent Program Coordinator, Valley View High School
""",
        [("health", "")],
    ),
    (
        """\
Subject: Action needed: immunization record hold - Noah Fairbanks

Dear Noah,

Our records show you have not received the meningococcal conjugate (MenACWY) vaccine
required for students living in campus housing. A hold has been placed on your spring
housing assignment.

We did receive your Request for Religious Exemption, signed by you and countersigned by a
practitioner of First Church of Christ, Scientist, Boise. Because you stated that
vaccination conflicts with your practice of Christian Science, the exemption covers
MenACWY.

Please log in to the Student Health Portal and acknowledge the exemption notice (this
confirms you understand you may be excluded from housing during an outbreak). The hold
will be released within one business day.

Student Health Services, Immunization Compliance
Gem State University
""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """\
Subject: New voicemail from HOSPICE ON CALL (2 min 03 sec)

Transcript:
"Hey Linda, it's Colleen, the on-call nurse from Sage Hospice, getting back to you about
your dad. So what you're describing with the breathing, the pauses and then the rattly
sound, that's really common at this stage and it doesn't mean he's suffering. Go ahead and
give the 0.25 of the morphine under the tongue like we practiced, and you can give the
atropine drops too, two drops, for the secretions. Turn him a little onto his side. I'm
going to swing by in about forty-five minutes anyway to check on him and on you. If he
stops breathing before I get there, you don't need to call 911, just call this line and
we'll take care of everything. Okay. You're doing a good job. Bye."

Sent from Visual Voicemail
""",
        [("health", "")],
    ),
    (
        """\
Subject: Suicide Prevention Month - notes from the counseling office

Dear Westside families,

September is National Suicide Prevention Month. In the CDC's most recent Youth Risk
Behavior Survey, about one in five high school students said they had seriously considered
suicide in the past year. Talking about it openly does not put the idea in a young person's
head; it opens a door.

Warning signs to watch for:
  - talking about being a burden or having no reason to live
  - withdrawing from friends, sleeping much more or less
  - giving away belongings, sudden calm after a very low period

If you're worried about your child or one of their friends, ask directly, listen, and call
or text 988 (Suicide & Crisis Lifeline) any time. LGBTQ+ young people can also reach The
Trevor Project, which answers around the clock.

Our counselors are available every school day, and students can submit a concern
anonymously through the Safe2Tell app.

Westside High School Counseling Department
""",
        [],
    ),
    (
        """\
Subject: Finals week: exam accommodation procedures for faculty

Colleagues,

A reminder of the procedures for students with approved testing accommodations during
finals (Dec 14-18):

1. Students must schedule their finals with the Testing Center by December 4. Late requests
   are honored only if space allows.
2. Upload your exam to the Testing Center portal at least 48 hours in advance, with
   instructions on permitted materials.
3. Accommodation letters list what is approved, never why. Do not ask a student for a
   diagnosis or medical documentation; that stays with Disability Services.
4. If an accommodation conflicts with an essential element of your course, contact
   Disability Services before the exam, not the student.
5. Alternative formats (large print, braille, screen-reader-ready PDF) need 10 business
   days.

Thank you for helping every student show what they know.

Office of Disability Services, Northern Plains College
""",
        [],
    ),
    (
        """\
Subject: Enrollment certified for Spring 2027 - GI Bill

Hi Staff Sgt. Escobedo,

I've certified your spring enrollment to the VA through Enrollment Manager. For your
records:

Student: Daniel Escobedo
SSN (last 4): 4509
Chapter: 33 (Post-9/11 GI Bill), 100% eligibility
Term: 01/19/2027 - 05/14/2027
Credit hours: 12 (full-time), including 3 hours online
Tuition and fees reported: $5,842.00

Housing allowance (MHA) is paid at the in-person rate because at least one course meets on
campus. Expect your first payment at the start of February; the VA pays in arrears.

If you drop a class, tell me before you do it: a change in credit hours can create a debt
with the VA.

Nicole Ferreira
School Certifying Official, Veterans Resource Center
Pacific Crest Community College
""",
        [("US_SSN", "4509")],
    ),
    (
        """\
Subject: Your eviction hearing - what to expect

Dear Mr. Osei,

Thank you for calling the Tenant Defense Project. We have reviewed the summons you sent.

Case: Greenfield Apartments LLC v. Osei, No. 26-LT-004812, Housing Court, Part B
Hearing: Tuesday, December 8, 9:30 AM, Room 302
Claim: nonpayment of rent, $2,640 (September-November)

Good news: the rental assistance application you submitted in October is still pending,
and the court usually grants an adjournment when assistance is pending. An attorney from
our office, Kayla Dunn, will appear with you. Please meet her outside Room 302 at 9:00 and
bring your lease, any rent receipts, your assistance application confirmation (RA-88172),
and photos of the leak under the kitchen sink you mentioned.

Do not move out or stop paying future rent before talking to us.

Tenant Defense Project
""",
        [],
    ),
    (
        """\
Subject: RE: how do I set up direct deposit?

Hi Tomasz,

Welcome aboard! To set up direct deposit, print the attached form, fill it out, and bring
it to the front office with a voided check (or a letter from your bank). The form looks
like this:

  Employee name: _______________________
  Bank name: ___________________________
  Routing number (9 digits): ___________
  Account number: ______________________
  [ ] Checking   [ ] Savings
  Amount: [ ] Entire net pay  [ ] $______ to this account, remainder by check

Please don't email your account information; bring it in person or upload it in the
payroll app under Profile > Pay. It takes one payroll cycle to start, so your first check
will be a paper check.

Sandra Kline, Office Manager
Kline & Daughters Plumbing
""",
        [],
    ),
    (
        """\
Subject: 2026 Form 1099-MISC - prize winnings (raffle)

Dear Mr. Gallardo,

Congratulations again on winning the grand prize in our Harvest Festival raffle. Because
the prize (a 2026 Honda Pioneer side-by-side, fair market value $14,600) is over $600, we
must report it to the IRS on Form 1099-MISC, Box 3 (Other income).

Recipient: Rafael Gallardo
Recipient's SSN: ***-**-4476
Payer: Cedar Hollow Volunteer Fire Department Auxiliary, EIN 36-4418025
Box 3: $14,600.00
Box 4 (federal income tax withheld): $0.00

Your full number is on file from the W-9 you signed at the prize pickup; only the last four
digits are shown here for your protection. A paper copy will be mailed by January 31.

Please consult a tax professional; prize winnings are taxable income.

Marla Jensen, Auxiliary Treasurer
""",
        [("US_SSN", "4476")],
    ),
    (
        """\
Subject: Overdue notice - Westlake Public Library

Dear Library User,

Our records show the following items are overdue. Please return or renew them as soon as
possible to avoid a hold on your account.

Library card: 21476002318846
Title: The Anxious Generation / Jonathan Haidt
Barcode: 31476003129907
Due: 11/20/2026

Title: Diary of a Wimpy Kid: Hot Mess (Book 19)
Barcode: 31476002984410
Due: 11/20/2026

Renew online with your library card number, or call the circulation desk. Westlake no
longer charges overdue fines; items 30 days overdue are billed as lost.
""",
        [],
    ),
    (
        """\
Subject: Your Spring 2027 aid has disbursed (Student ID 900412337)

Hello Jaylen,

Your financial aid for Spring 2027 was applied to your student account on January 12.

  Federal Pell Grant                 $3,697.50
  Metro State Opportunity Grant      $1,200.00
  Federal Direct Subsidized Loan     $1,732.00
  Total applied                      $6,629.50

After tuition, fees and your residence hall charge ($5,910.00), you have a credit balance
of $719.50. It will be refunded according to the refund preference you chose (direct
deposit), within 14 days. If you haven't chosen a preference, log in to the Student
Account Center and pick one; we don't take bank information by email.

Loan reference: DL-26-0004418   Award year: 2026-27
Questions? Visit the One Stop in Hargrove Hall.

Office of Student Financial Aid, Metro State University
""",
        [],
    ),
    (
        """\
Subject: Spring play cast list + synopsis - "The Long Way Home"

Drama families,

The cast list is posted outside the auditorium and below! Rehearsals start Monday.

Synopsis (an original play by our own senior, Ava Sorensen): Seventeen-year-old Cal comes
home after eighteen months in a juvenile facility for a car theft he insists his older
brother committed. His mother has remarried, his best friend has found faith at a
storefront church, and his little sister has stopped speaking since their father's
overdose. Over one summer, Cal has to decide whether to tell the truth about that night.

The play is fiction; any resemblance to real people is coincidental. Some themes
(addiction, incarceration) may be intense for younger siblings. Parent guidance suggested,
ages 12+.

Cast: Cal - Kofi Obi; Mom - Sienna Park; Dex - Teo Ramírez; Lily - Hazel Fontaine;
Stepdad - Owen Marsh. Understudies are listed on the callboard.

Ms. Calloway, Drama Director
""",
        [],
    ),
    (
        """\
Subject: Advocate training - Role-play scenario 3 (FICTIONAL)

Volunteers,

For Saturday's session, pair up and take turns as advocate and caller. This scenario is
fictional and was written for training; do not use real client details in role-plays.

SCENARIO 3 - "Maria"
Maria, 29, calls the hotline at 2 AM from a gas station bathroom. Her boyfriend, Dean, was
released from jail last week after serving time for assaulting her, and he has violated
the no-contact order twice. She is eight weeks pregnant and has not told anyone. She has a
five-year-old son asleep in the car.

Advocate goals: assess immediate safety; explore options (shelter bed tonight, police, a
friend); don't pressure; offer a warm handoff to the on-call shelter advocate.

Debrief questions: What did you notice about your own reactions? When did you ask about
the pregnancy, and why?

Bring your training binder and the resource sheet.
Coastal Crisis Center Volunteer Training
""",
        [],
    ),
    (
        """\
Subject: Because of you, "Sam" has a place to sleep tonight

Dear Friend,

When "Sam" first came to our drop-in center, he was 17, sleeping in a stairwell, and hadn't
eaten in two days. His parents had kicked him out after he came out as gay. He was afraid
to ask for help.

Sam's story is a composite, drawn from the experiences of many young people we serve, with
details changed to protect their privacy. But every part of it happens in our city every
week: 40% of the youth who come to us identify as LGBTQ+, and one in three has spent time
in foster care.

This winter, a gift of $75 covers a night of safe shelter, a hot meal and a case manager's
time. Will you give today?

[ Give now ]

With hope,
Anne Lockhart
Executive Director, Open Door Youth Shelter
""",
        [],
    ),
    (
        """\
Subject: Vision and hearing screenings next week - Grades K, 1, 3, 5

Dear Parents and Guardians,

Next week our school nurse and volunteers from the Lions Club will conduct the annual
vision and hearing screenings required by the state for students in kindergarten and
grades 1, 3 and 5.

If your child's screening ever comes back with a concern, we will send a referral letter
home in a sealed envelope asking you to follow up with an eye doctor or audiologist. A
referral does not mean your child has a problem; screenings are quick and sometimes a
child is just distracted that day.

If your child already wears glasses, please make sure they wear them on screening day. If
you do not want your child screened, send a signed note to the health office by Friday.

Thank you,
Pam Ostrowski, RN
Health Office, Lincoln Elementary
""",
        [],
    ),
    (
        """\
Subject: Volunteer clearance complete - you're all set!

Hi Martín,

Good news: your background screening for the Reading Buddies program came back clear. For
your records:

  Screening vendor: Verified Volunteers
  Order number: VV-20261105-55821
  Fingerprint-based state check: completed 11/03, no records found
  National sex offender registry: no records found
  Child abuse and neglect registry: no records found

Your clearance is good for three years. Please bring a photo ID to orientation on Saturday,
November 14, 9 AM, at the Eastside branch; we'll take your badge photo there.

Thanks for giving your time to young readers!

Nadine Ellsworth, Volunteer Coordinator
Tri-County Reading Partners
""",
        [],
    ),
    (
        """\
Subject: Volunteer info for Saturday's coat drive + gala early-bird code

Hi coat drive crew!

Thanks for signing up for Saturday, 8 AM to noon, at the Oakmont Community Center.

- Donation bins are locked overnight. The lockbox on the side door has the bin keys; the
  lockbox combination is 3-9-1-4. Please spin the dial after you close it.
- The storage room alarm is off until 1 PM, so no code needed.
- Drop-off parking is in the back lot; the gate opens with 7720# on the keypad.

And a thank-you: volunteers get the early-bird price on tickets to our Winter Gala. Use
promo code WARMHEARTS26 at checkout by December 1.

See you Saturday!
Priscilla, Volunteer Lead
Warm Hands Coat Drive
""",
        [],
    ),
    (
        """\
Subject: Your e-gift card order #GC-7719042 has been delivered

Hi Denise,

Your order is complete! Here are the details:

Order #: GC-7719042
Item: Grocery Outlet e-Gift Card, $50.00 x 12
Recipients: Families in the Holiday Adopt-a-Family program (delivered via email to Maple
Ridge PTA)
Order total: $600.00
Paid with: PTA account (card on file)

Each recipient will receive an email with a link to view and redeem their card. Card
numbers and PINs are never included in order confirmations. If a recipient doesn't receive
their card within 24 hours, forward this confirmation to our gift card help desk.

Thank you for shopping with GiftDesk.
""",
        [],
    ),
    (
        """\
Subject: [Ticket #7734] Voicemail PIN reset request received

Hello Ruth,

We've received your request to reset your desk phone voicemail PIN (ext. 2218).

What happens next: a technician will reset it to a temporary PIN and text it to the mobile
number in your HR record within one business day. You'll be prompted to choose a new PIN
the first time you dial in. We will never send a PIN or password by email.

Ticket: #7734
Category: Telephony
Status: Open, assigned to Facilities & IT

Mercy Housing Alliance Service Desk
""",
        [],
    ),
    (
        """\
Subject: Pledge card from the phonathon - OCR text

Scanned pledge cards from Tuesday night's phonathon are in the shared drive. This one was
hard to read so I'm pasting the OCR for whoever processes it:

[SCAN 0047 - OCR]
KPBX COMMUNITY RADIO - MEMBER PLEDGE
Name: Harriet Vo1kmann     Phone: 555-0172
Pledge: $10/month SUSTAINER    Thank-you gift: [X] tote  [ ] mug
Charge to: [X] Visa  [ ] MC  [ ] Disc
Card # 4157 0278
3719 5003
Exp: 05 / 29
Signature: H Volkmann

The card number wrapped onto a second line on the card itself. Please key it into
Allegiance and shred the paper card once it's posted.

Kim (membership)
""",
        [("CREDIT_CARD", "4157 0278\n3719 5003")],
    ),
    (
        """\
Subject: Voicemail transcript - Memorial gift line (1 new message)

From: (770) 555-0136   Received: Mon 4:52 PM   Length: 0:58

"Yes, hi, this is Gordon Tate, I'm calling to make a memorial donation in honor of my
neighbor Earl Jennings, who passed away, the obituary said to give to you all. I'd like to
give a hundred dollars. Card number is 5223 9596 9348 5671, expiration is oh-nine
twenty-eight, and the code on the back is 207. Billing address is 14 Pinecrest Lane,
Marietta 30062. And if you could send the acknowledgment card to his wife, Vera Jennings,
at the same street, number 18. Thank you."

Transcribed by VoiceInbox. Reply with "1" to mark as handled.
""",
        [("CREDIT_CARD", "5223 9596 9348 5671"), ("CVV", "207")],
    ),
    (
        """\
Subject: Exchange semester: passport copy and German account for your stipend

Hi Clara,

Two last things before the Freiburg exchange office can pay your housing stipend:

1. They need your passport number on the learning agreement. From the copy you sent:
   U.S. passport no. 954997610, expires 2031.
2. They pay only into a German account. Thanks for opening one at the Sparkasse; the IBAN
   you gave me is DE67 8354 8636 6804 0775 30 (account holder: Clara J. Whitmore).

I'll enter both and send the form to Frau Becker today. The first installment (EUR 934)
should arrive the first week of October.

Gute Reise!
Jonah Feld
Study Abroad Advisor, Office of Global Programs
Bellwether College
""",
        [("US_PASSPORT", "954997610"), ("IBAN_CODE", "DE67 8354 8636 6804 0775 30")],
    ),
    (
        """\
Subject: Factura nº 2026-031 - traducción de documentos / translation invoice

Estimada Sra. Hadley:

Adjunto la factura por la traducción jurada de los documentos del programa de
reunificación familiar (14 páginas, español-inglés), entregados el 20 de noviembre.

Importe: 560,00 EUR
Forma de pago: transferencia bancaria
Titular: Inés Carvajal Morán
IBAN: ES5140686188005757862081
BIC: CAHMESMMXXX

Please note the IBAN has changed from my previous invoice; the old account is closed.
Gracias por confiar en mí de nuevo.

Un saludo,
Inés Carvajal Morán
Traductora-Intérprete Jurada (inglés)
""",
        [("IBAN_CODE", "ES5140686188005757862081")],
    ),
    (
        """\
Subject: Direct deposit update for VA compensation - done

Mr. Fenwick,

As you asked when you came in Tuesday, I submitted the direct deposit change for your VA
disability compensation through VA.gov with you on the phone. The new information:

  Financial institution: Cascade Community Bank
  Routing: 616686148
  Account: 3804711107 (checking)

Your 50% rating for the knee and the tinnitus didn't change; only the bank did. The
December payment may still go to the old account; anything after that goes to Cascade. If
a payment bounces, VA re-issues it by check within about two weeks.

Reminder: bring the C&P exam letter when it comes so we can look at the sleep apnea claim
together.

Sam Oduya
Veterans Service Officer, Kittitas County
""",
        [
            ("ABA_ROUTING_NUMBER", "616686148"),
            ("US_BANK_NUMBER", "3804711107"),
            ("health", ""),
        ],
    ),
    (
        """\
Subject: Kovalenko file - SSN card arrived + license exchange

Hi Oksana,

Good news for Mr. Kovalenko: his Social Security card came to our office today. The number
is 546-46-6884; I've added it to his employment file so the warehouse can finish
onboarding. I'll give him the card at Thursday's appointment.

About driving: Illinois won't exchange a Ukrainian licence directly, but he can use it with
an International Driving Permit for a short time. His Ukrainian driving licence number is
BXE 730561 (category B, valid to 2031). He'll still need to take the written and road
tests to get an Illinois license; I've booked the written test at the Chicago North
facility for December 16.

Can you help him study with the Ukrainian version of the Rules of the Road?

Tetiana Marchuk
Resettlement Case Manager, Midwest Welcome Alliance
""",
        [("US_SSN", "546-46-6884"), ("US_DRIVER_LICENSE", "BXE 730561")],
    ),
    (
        """\
Subject: ACP application packet - ready for your signature

Hi Yesenia,

I've filled in your Address Confidentiality Program application from our meeting. Please
look it over before we submit it to the Secretary of State's office:

  Applicant: Yesenia E. Fuentes
  Identification: New York non-driver ID, 718 402 995
  Reason for application: domestic violence (certified by program advocate)
  Substitute address to be used: ACP, P.O. Box 2087, Albany NY
  Household members also enrolled: Leo Fuentes (age 8)

Once you're enrolled, give the ACP mailing address to your school, employer and the DMV
instead of your real one. Leo's school will get a letter explaining it.

We can sign it Tuesday at 2:00 at the office. Bring your ID card so I can confirm the
number.

Josie Arnaud
Domestic Violence Advocate, Hudson Valley Family Justice Center
""",
        [("US_STATE_ID", "718 402 995")],
    ),
    (
        """\
Subject: Accommodation letter - Priya Venkataraman, BIOL 2210

Dear Professor Hallstrom,

Priya Venkataraman is registered with the Office of Accessibility Resources and has been
approved for the following academic accommodations in BIOL 2210 this semester, based on
documentation of a disability on file with our office:

  - Extended time (1.5x) on quizzes and exams
  - Reduced-distraction testing environment (Testing Center)
  - Permission to record lectures for personal study
  - Flexibility with attendance during documented flare-ups (up to 3 additional absences)

Under federal law and university policy, the student is not required to disclose her
diagnosis to you, and you should not ask. Please contact me, not the student, if an
accommodation seems to conflict with an essential course requirement.

Testing Center bookings must be made five business days in advance.

Derrick Obeng, Accessibility Specialist
Office of Accessibility Resources, Summit Valley University
""",
        [("health", "")],
    ),
    (
        """\
Subject: Missed Tuesday session - checking in

Hi Sofia,

We missed you at IOP on Tuesday and I wanted to check in rather than just reschedule. I
know the last couple of weeks have been hard, especially with finals and the weigh-ins
feeling more stressful.

A few things from the team so they're in one place:
- Dr. Nakamura wants to see you for a medical check (vitals and labs) before Thursday's
  group, because your weight was down again last week.
- Lauren (your dietitian) adjusted your meal plan to add an afternoon snack; she'll go over
  it on Thursday.
- If restricting or purging urges pick up before then, use your coping card and call the
  after-hours line.

You are not in trouble for missing. We just want you back. Can you reply with a good time
to talk today or tomorrow?

Jess Morrow, LMFT
Primary Therapist, Cedarbrook Eating Disorder Program
""",
        [("health", "")],
    ),
    (
        """\
Subject: Pastoral care log - week of Nov 16 (for Rev. Amos)

Visitation team notes for the week. Please keep within the pastoral care team.

Mon 11/16 - Edna Larkspur (home): recovering well from the hip replacement, walker only
  indoors now. Brought communion; she received it and asked to be put back on the usher
  rota for the 8 AM service in January.
Wed 11/18 - Hal & June Dorsey (Brookdale): June enjoyed the music; Hal asked about the
  men's breakfast.
Thu 11/19 - hospital call cancelled, patient discharged before we could go.
Sat 11/21 - Call to Gary P. about the Advent wreath build.

Next week: Edna's daughter will be visiting, so skip Monday. Lois will bring the
Thanksgiving bulletin to the homebound list.

Deacon Phil Morrissey
St. Columba's Episcopal Church
""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """\
Subject: Your individual research result - Heartland Family Health Study

Dear Ms. Quist,

When you enrolled in the Heartland Family Health Study in 2024, you chose to receive
individual genetic findings that could be medically actionable. Our CLIA-certified lab has
confirmed the following result from your sample:

  Gene: BRCA2
  Variant: c.5946delT (p.Ser1982fs)
  Classification: pathogenic

A genetic counselor from the study, Laura Jiménez, MS, CGC, will call you within the next
week to explain what this result means and to discuss screening options and whether your
relatives may want testing. There is no cost to you for this call.

If you would prefer not to be contacted by phone, reply to this email and we will arrange a
video visit instead.

Heartland Family Health Study, Return of Results Team
University of the Plains
""",
        [("genetic", "")],
    ),
    (
        """\
Subject: Arrival confirmed - Mugisha family, Thursday at ORD

Team,

Travel is confirmed for the Mugisha family (two adults, three children, ages 4-12),
arriving from Kampala.

  Flight: QR 725 DOH-ORD, arrives Thursday 3:40 PM, Terminal 5
  IOM travel reference: UGA-26-88417
  Case number: 2026-0419-UG
  Language: Kinyarwanda and Swahili; some English (the oldest daughter)

Airport pickup: Pierre and Hannah with the minivan, two car seats and a booster.
Apartment: 5119 N. Kenmore #2B; keys are with the property manager.
First meal: please keep it simple, rice, beans, chicken, fruit; they'll be exhausted.

Intake appointment Friday at 1 PM at the office. I'll bring the welcome folder and the
phones.

Shira Levin, Reception & Placement Coordinator
Lakeside Refugee Partnership
""",
        [],
    ),
    (
        """\
Subject: Now hiring: Peer Recovery Specialist (full-time, benefits)

Riverbend Recovery Community Center is hiring a full-time Peer Recovery Specialist to
support adults in early recovery from substance use disorders.

What you'll do:
  - Meet one-on-one with participants to build recovery plans
  - Facilitate All Recovery meetings and a weekly family group
  - Connect people to treatment, housing, and employment
  - Accompany participants to court, medical and benefits appointments

What we're looking for:
  - Lived experience of recovery, with at least two years in recovery preferred
  - Certified Peer Recovery Specialist (CPRS), or willing to certify within 12 months
  - Valid driver's license and reliable transportation

Pay: $21-$24/hour, health insurance, 20 days PTO. Riverbend is an equal opportunity
employer; we do not ask about criminal history until after a conditional offer.

Apply with a cover letter by October 30.
""",
        [],
    ),
    (
        """\
Subject: Service appointment confirmed - Tue 12/08 at 7:30 AM

Hi Mr. Brandt,

Thanks for scheduling with Lakeside Honda Service. Your appointment details:

Vehicle: 2021 Honda Accord EX, VIN 1HGCV1F46MA082291
Repair order: RO 448219 (opened at check-in)
Customer no.: 1002831
Services: 60,000-mile maintenance; open recall 24V-071 (fuel pump), no charge
Advisor: Kelsey Moran
Loaner: reserved. Please bring your driver's license and proof of insurance for the loaner
agreement.

Estimated completion is 3:00 PM. We'll text you when the car is ready, and you can pay in
the service lane or by the link in that text.

Lakeside Honda Service Department
""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_19, "hard19", Path(__file__).with_name("hard-19.jsonl")))
