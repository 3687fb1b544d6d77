"""Hard set 29 (2026-12-07): machine-made and machine-mangled mail (red team), written blind.

Written by an independent helper session started by the project, kept apart from the
detector's authors. The author read only /work/shared/policy/privacy-policy.txt (all of it,
Section 9 for Sensitive Data), tests/data/sensitive/independent_sets.py (the checker and the
record format), scanner/categories.py (the category names), and the output of
`grep -n "line-length" pyproject.toml` (100). Nothing else in the worktree or in /work/main
was opened or listed; no web or code-index search was made; the detector was not run. The
only code executed from the project is the checker this module calls (its import of
scanner.categories runs that package's import-time code, unread).

Values: every identifier was drawn by a throwaway script outside the repository
(/tmp/hard29_gen/gen.py, random.Random(29_2026_12_07), plus random.Random(2912) for a few
spare four-digit codes): Luhn-completed Visa, Mastercard and Discover numbers (no published
test numbers), CVVs, ABA routing numbers with a valid Federal Reserve prefix and the 3-7-1
checksum, bank account numbers, SSNs obeying SSA rules (and last fours), ITINs in valid
group ranges, a Pakistani IBAN with a computed mod-97 check, passports and driving licences
in the shapes of their issuers (US, Honduras, Guatemala; CA, TX, AZ, GA, NM, OH), state and
tribal ID numbers, six-digit codes, PINs, base62 and hex secrets, a SHA-256-shaped template
hash, face-match scores, an embedding excerpt and credit scores. People, organisations,
places and domains are invented; phone numbers are 555-01xx. Real company names appear only
where real software or bureaus would put them (mailer daemons, form builders, payment and
chat services, creditors on a bureau list).

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
Also (agreed in earlier sets):
- Animals are not persons: a pet's vaccines, illness or treatment are not health.
- Staff writing in their role for an organisation (a church office, a union hall, a
  campaign, a clinic) do not thereby disclose their own faith, membership, politics or
  health; only what a text says about a person counts. A civil court matter (an eviction
  hearing) is not criminal history.
- A state campaign-finance committee ID (FPPC ID) is treated like an FEC committee ID, and
  order, invoice, tracking, bib, ticket, device-serial and clinic reference numbers are
  unlabelled identifiers.
- A partner notice ("someone you had sexual contact with ... has been diagnosed") is both
  health (an exposure notice) and sexual_orientation (sexual contacts), as the conventions
  above state; a married opposite-sex couple is not labelled.

Also agreed (in set 24):
- A password or security answer for an organisation's own online banking or payment
  account (a dental office's business banking, a PTO's Square account) opens a financial
  account: PASSWORD; that bank's telephone-banking PIN is PIN, and a verification code
  for such an account is ACCESS_CODE. A member-portal sign-in code and a QuickBooks
  verification code are ACCESS_CODE.
- An EBT card PIN opens a benefits card account: PIN. The building keypad code beside it
  is not labelled.
- Bank details quoted back to the account holder by the organisation that pays them (a
  foster-care reimbursement, a speaker's honorarium, a tax refund) are labelled like any
  other account number, routing number or IBAN.
- A lender's "middle score" from a tri-merge report, and a score printed in an adverse
  action letter, are CREDIT_SCORE; the adverse items listed there are CREDIT_REPORT, each
  on its whole line.
- A face-similarity score in an identity-verification report, a fingerprint match score in
  a child-care pickup log and a fingerprint template hash are biometric (results of
  biometric processing or the data itself, tied to named people).
- A religious exemption from named vaccines discloses religious_belief and, as
  vaccination status, health.
- A same-sex couple planning their wedding ("the grooms") is a same-sex partnership:
  sexual_orientation.
- Release from jail custody ("got out of the county jail in October") is criminal_history;
  a drug-court report is criminal_history, and the treatment and medication in it are
  health.
- "Disability status: I do not want to answer" and a gender field on a self-identification
  form disclose no special category; the stated race on it does.
- A parent's note that a child uses a new first name and they/them pronouns is not
  labelled (gender identity and name change alone).
- A contribution export for a ballot-measure committee discloses the contributors'
  political opinion (contributions to a committee).


Also agreed (in sets 25 and 26):
- Digits dictated as words in an automated voicemail transcription (an account number, a
  one-time code) are labelled on the words exactly as transcribed; a routing number
  transcribed as digits is labelled as usual.
- A drug that implies a condition (Vyvanse, donepezil, levetiracetam, Dovato, Ocrevus,
  Suboxone) is health for the named person; so is an implied recovery milestone (a 90-day
  chip with a sponsor).
- A tenant union's dues, membership and endorsements are not trade_union_membership, and
  an organisation's endorsement is not a private person's political opinion.
- Party affiliation given on a poll-worker application (used to balance boards) is the
  applicant's political_opinion.
- A university conduct letter citing a police arrest is criminal_history; university
  "disciplinary probation" alone would not be.
- A security-question answer that happens to be a pet's name is PASSWORD (it opens the
  account); the pet itself is no person.
- The last four of a prepaid compensation card (plasma donation) are
  CREDIT_CARD_LAST_DIGITS.
- Registration as active parishioners plus a child's baptismal certificate is
  religious_belief; a prayer-list entry for a named person's surgery is health only.
- A caregiver's note of a client's debit-card PIN is PIN; the lockbox code beside it is not
  labelled.
- A fundraiser's payout to a named beneficiary's "Kidney Transplant Fund" discloses that
  beneficiary's health.
- An obituary draft sent to the family about a named person who has died discloses what it
  says about him: the illness he died of is health, lifelong parish membership is
  religious_belief.
- Preparing a named child for a bar mitzvah (tutoring in the Torah blessings and portion)
  is religious practice: religious_belief. A family membership renewal at a mosque is
  congregation membership: religious_belief.
- A credit-union update quoting a member's score now and when a loan opened labels both
  numbers CREDIT_SCORE. A tenant-screening summary's score and negative items are labelled
  like an adverse action letter's, each item on its whole line after the bullet.
- A card number the writer breaks over two lines is one CREDIT_CARD value holding the line
  break. An Amex "CID" is a CVV.
- A security answer for a small business's online banking ("city where you were married")
  is PASSWORD, like the password beside it.
- A parent who writes that she and her wife are both a child's moms discloses a same-sex
  spouse: sexual_orientation.
- Inmates awaiting sentencing in a county jail (in a CASA note) are in jail custody:
  criminal_history. A volunteer screening that reports an OWI conviction is
  criminal_history.
- Places and senders' names carry no category: a meeting at the "Labor Temple", scouts
  leaving from a church parking lot, a "St. Brigid" free clinic, an invoice addressed to a
  pastor.
- An interpreter booked in a named language for a parent is language alone: not labelled.
- A pet's insulin, glucose curve or dental extractions are not health.
Added for this set:
- Machine shapes (form fields, CSV/TSV rows, JSON/XML keys, ICS lines, chat lines) are read
  as what they say about the person; a value is labelled on the value only, never on its
  field name, each row's values separately, and a category once per text.
- Quoted-printable residue is not part of a value: a card followed by "=20" is labelled on
  the digits and spaces only; "=E2=80=99" residue around a disclosure changes nothing.
- A voter-registration record's party choice (DEM, REP) is the registrant's
  political_opinion, like a poll-worker's party; "DTS" alone would not be, and party counts
  in a daily tally are aggregate.
- A canvasser's note that a named voter is voting for a council candidate and wants a yard
  sign, and a PAC vendor's contributor file, disclose political_opinion.
- "ssn4" and "ssn_last4" fields and "XXX-XX-5744" on a pay statement are US_SSN on the four
  digits; an SSN OCR'd from W-9 boxes with spaces between the digits is US_SSN on the spaced
  string exactly as OCR'd.
- A tribal college form's tribal affiliation and enrolled-member box are
  racial_ethnic_origin and its tribal ID card number is US_STATE_ID; a New Mexico ID card
  and a Nevada ID card are US_STATE_ID; an OCR'd "Census / Enrollment No.: on file" is no
  value.
- A race/ethnicity field on a clinical-trial prescreen is racial_ethnic_origin; alumni
  status or a class year at an HBCU discloses no race.
- A Honduran or Guatemalan passport number (intake form, machine-translated message) and an
  I-9 List A passport are US_PASSPORT; an I-9 List B Texas licence is US_DRIVER_LICENSE.
- Country of birth, nationality, a visa overstay, an asylum consult, "priorArrests: No",
  and a relative moved between ICE facilities ahead of a bond hearing (civil immigration
  detention) are not labelled.
- A sober-living rent roll's clean_date column is addiction recovery (health) and its
  supervision column naming a PO or drug court is criminal_history; "47 days clean", IOP
  and Vivitrol, "sober nine years" with a sponsor, and "two years sober through AA" are
  health.
- A self-disclosed OVI conviction with a year of probation is criminal_history; "released
  from county" after 22 days, "got out of the county jail" after 41 days, a bail-fund
  intake with charges and booking, a court-support event for a charged client, and a DOC
  inmate-trust release check cashed by a man "released from High Desert" are
  criminal_history.
- A signing secret in a webhook request header quoted in an integration error is API_KEY,
  like a vendor's live secret key; the publishable key, account ID, FEC ID and a DKIM
  signature are not labelled.
- A patient-portal one-time sign-in code forwarded to a spouse is ACCESS_CODE; a paternity
  lab's case PIN for downloading the report opens a personal results account: PIN.
- Answers to a servicer's or payroll provider's security question given in a chat
  (mother's maiden name, first car) are PASSWORD, as is the payroll login password typed
  into the chat (a small business's payroll account is an online account).
- A paternity result (combined index, probability, "cannot be excluded") is genetic only:
  it is not read as disclosing the parents' sexual activity, and an opposite-sex couple is
  not labelled.
- Two copies of APOE4 reported with an Alzheimer's diagnosis and donepezil are genetic and
  health.
- Face-match scores in a check-in review log, a face template hash with an embedding
  excerpt in an enrollment error, and a pawn transaction's thumbprint template hash are
  biometric; a notice that a collector "may" take a thumbprint, a BIPA consent text, vendor
  release notes with aggregate match rates, and a payment processor's card or bank
  "fingerprint" field are not.
- A pawn shop's police-reporting upload (an ID, a ticket) is not criminal_history.
- Sponsoring an Akhand Path for a father's barsi and a son taking amrit; a Satyanarayana
  puja booked with gotram and nakshatram for the family; a son's upanayanam; refuge_taken
  "yes" on a retreat roster; having taken jukai; praying Fajr and Isha at the masjid as a
  member since 2015; and a zakat grant to a woman who took her shahada there are
  religious_belief. A barsi (death anniversary) is not health.
- A hospice patient who is Catholic and asks for the sacrament of the sick, and one who
  asks for Communion and her lifelong parish priest, disclose religious_belief beside
  health.
- A gurdwara's festival calendar, a temple hall rented for a birthday, a zakat fund's
  eligibility text, a zen centre's schedule and staff greetings ("Assalamu alaikum", "Sat
  Sri Akal ji") disclose nothing.
- ICD-10 G47.33 with an AHI and a CPAP code for named patients in a prior-auth export is
  health (a diagnosis written as a code); so is an OCR'd audiogram finding, and a financing
  approval naming the bilateral hearing aids bought (beside its CREDIT_SCORE).
- A bureau's derogatory list in a dealer's credit-app summary labels each item
  CREDIT_REPORT on its whole line after the dash bullet, a Chapter 7 bankruptcy included.
- A signed union authorization card submitted through a form, a union's strike-assistance
  deposit batch (with each routing and account number), and union dues on a pay statement
  are trade_union_membership; a card tally by shift and total dues on a payroll register
  are aggregate.
- A youth who told his parents he is gay is sexual_orientation and his PrEP refills are
  health; a trial screener giving "men" as sex partners and "my boyfriend" is
  sexual_orientation, and its HIV-negative test and treated chlamydia are health;
  testosterone started by a they/them resident is health (pronouns not labelled).
- A card's "Visa ending 7228" on a temple booking and card_last4 in a contributor file are
  CREDIT_CARD_LAST_DIGITS; "checking ending in" and a payout's bank last4 are not labelled.
- Door keypads, a gate, an alarm, a lockbox, a guest Wi-Fi password, a back-office door
  code and a promo code in staff mail are not labelled.

Emphasis:
Every text is mail as software produces or mangles it: form-builder notifications with
snake_case, camelCase and numbered fields, CRM and case-management digests, shared-inbox and
help-desk summaries, Slack digests, mailing-list digests with several messages, bounces and
auto-replies quoting the original, SMS, WhatsApp and chat relays, a voicemail
transcription, machine translations from Spanish and Korean, OCR of scanned forms (with
character errors), CSV and TSV pasted inline, JSON and XML webhook and import payloads,
calendar invitations and raw ICS, HTML-to-text residue (a cell per line, [image: ...],
[1] footnotes) and quoted-printable leftovers. Senders are harm-reduction and syringe
services programmes, a hospice, sober-living homes, a community bail fund, an immigration
legal clinic with a tax clinic, an LGBTQ youth shelter, a tribal college, an HBCU alumni
association, a warehouse union's card-check drive and a striking bakery local, a gurdwara, a
Hindu temple, a zen centre, a mosque's zakat fund, a voter-registration drive, a PAC and its
data vendor, clinical-trial recruiters, a sleep lab, a hearing-aid clinic, a paternity lab,
a gym with face check-in, a payroll processor, a student-loan servicer, a pawn shop, a check
casher, a buy-here-pay-here car lot and a neighbourhood mutual-aid list. Categories are
mostly said obliquely (a drug, a programme, a rite, a column, a code), and values sit inside
the machine shapes. The 42 decoys use the same shapes and sectors with clean content:
aggregate reports and tallies, templates with merge tokens or brackets, blank OCR'd forms,
policy and consent text, appeals with composite stories, job postings, publishable keys,
masked bank numbers, keypad and promo codes, a civil eviction hearing, civil immigration
detention, clean background checks and staff mail written in role.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_29: list[Case] = [
    # --- harm reduction / syringe services ---
    (
        """Subject: [TextLine] New message from +1 (505) 555-0142
From: TextLine Relay <relay@textline-mail.net>
To: outreach@rioabajoharmreduction.org

Rio Abajo Harm Reduction Collective - shared number (505) 555-0100
Conversation #88213 | Assigned to: Outreach Van 2 | Tags: supplies, urgent

-----------------------------------------------------------
+1 (505) 555-0142 (Tanya B.)  Sat 11:52 PM
hey its tanya from the arroyo camp by the old feed store. my suboxone script ran
out friday and the clinic on 4th wont see me til the 19th so im scared im gonna
use again. can the van bring narcan and the test strips tmrw? also the abscess on
my left leg is way worse, red all the way to the knee now
-----------------------------------------------------------
+1 (505) 555-0142 (Tanya B.)  Sat 11:54 PM
and a couple of the blue sharps containers pls
-----------------------------------------------------------

Reply to this email to respond by SMS. Replies over 320 characters are split into
several messages. Attachments are not relayed.
Manage relay settings: https://app.textline-mail.net/settings/relay
""",
        [("health", "")],
    ),
    (
        """Subject: Daily Digest: 4 participant records updated - Eastside SSP
From: CaseBoard Notifications <no-reply@caseboard-notify.com>
To: eastside-team@bridgewellhealthaction.org

CaseBoard | Bridgewell Health Action | Eastside Syringe Services Program
Digest for Thu, Dec 3, 2026 (records changed in the last 24 hours)

PID          Name        Field changed              Old value     New value
RH-0417      Dale K.     hcv_rna_result             pending       DETECTED
RH-0417      Dale K.     referral_sent              (blank)       Miramonte Liver Clinic
RH-0522      Lorna S.    case_note                  (blank)       see below
RH-0611      (anon)      kits_distributed           3             5
RH-0688      (anon)      naloxone_doses             0             2

Case note (RH-0522, Lorna S., entered by J. Whitcomb):
"Released from county Tuesday after 22 days, lost her kit and meds at booking.
Gave new kit + 2 naloxone. Wants help with ID replacement. Follow up Fri at the
Marquez St site."

You are receiving this digest because you follow 12 records in this program.
Change digest frequency: https://caseboard-notify.com/prefs?u=es-team
""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """Subject: Rio Abajo monthly program report - November 2026 (auto-generated)
From: reports@rioabajoharmreduction.org
To: board@rioabajoharmreduction.org

[image: Rio Abajo Harm Reduction Collective]

Monthly Program Report
Period
11/01/2026 - 11/30/2026
Unique participants served
286
New enrollments
41
Syringes distributed
18,420
Syringes returned (est.)
15,900
Naloxone kits distributed
512
Overdose reversals reported
38
Fentanyl test strips distributed
2,240
HCV rapid tests / reactive
47 / 9
HIV rapid tests / reactive
52 / 1
Referrals to MOUD
17
Wound care visits
64

Notes: counts are de-duplicated by participant code; cells under 5 would be
suppressed in the public version. No participant names are included in this
report.

[1] Full dashboard: https://reports.rioabajoharmreduction.org/dash/nov-2026
[2] Data dictionary: https://reports.rioabajoharmreduction.org/docs/fields
""",
        [],
    ),
    (
        """Subject: Mobile unit schedule - week of Dec 7 (SMS broadcast copy)
From: TextLine Broadcasts <broadcasts@textline-mail.net>
To: outreach@rioabajoharmreduction.org

Broadcast "Weekly van schedule" was sent to 1,142 subscribers.
Delivered: 1,097 | Failed: 31 | Opted out: 14

Message text as sent:
-----------------------------------------------------------
RIO ABAJO VAN THIS WEEK: Mon Elm & 5th 2-5p | Wed Arroyo lot 10a-1p | Fri
Marquez St 4-7p. Free & no ID needed: naloxone, test strips, sharps
disposal, wound care, snacks. Free HCV/HIV testing Wed only. If a test ever
comes back reactive we go with you to the clinic, your choice, no judgment.
Reply STOP to opt out, HELP for help.
-----------------------------------------------------------

Merge fields used: none
Segments: 3 (long message)
View delivery report: https://app.textline-mail.net/broadcasts/55183/report
""",
        [],
    ),
    (
        """Subject: Automatic reply: volunteering at the exchange?
From: Marisa Delgado <mdelgado@bridgewellhealthaction.org>
To: Owen Pratt <owen.pratt.1990@mailbox-east.com>

Thanks for your message. I'm out of the office through Monday, December 14.

Quick answers to common questions:
- Volunteers at the Eastside SSP complete a 3-hour orientation and a naloxone
  training. Orientation dates: https://bridgewellhealthaction.org/volunteer
- We do not ask volunteers about their own health, drug use or history.
- If you or someone you're with ever needs testing, walk-in hours are Wed 1-4.

For anything urgent please call the front desk at (505) 555-0163.

-----Original Message-----
From: Owen Pratt <owen.pratt.1990@mailbox-east.com>
Sent: Friday, December 4, 2026 9:12 AM
To: Marisa Delgado
Subject: volunteering at the exchange?

Hi Marisa, I met you at the library resource fair. I'm a grad student in public
health and would love to volunteer on Saturdays if that's a thing. I can drive
and I speak Spanish. Is there a form?

Owen
""",
        [],
    ),
    (
        """Subject: Fwd: Confidential health notice
From: Peer Navigator <peers@rioabajoharmreduction.org>
To: trevor.lindahl@freemail-sw.com

Hi Trevor,

Sending this the way you asked me to at the van on Tuesday (email, not text).
Below is the notice the county's partner-notification system generated; it did
not tell me who it came from and I don't know.

----- Forwarded notice -----
Notice ID: PN-26-77382
Recipient: Trevor L.
"Someone you had sexual contact with in the last 90 days has been diagnosed
with syphilis. Syphilis is curable. Please get tested and treated even if you
feel fine. Free testing: County Sexual Health Clinic, 1400 Galvan Ave, Mon-Fri
8-4, or at any Rio Abajo van stop on Wednesdays."
----- End forwarded notice -----

I can go with you Wednesday if you want company. Text me at (505) 555-0188.

Dee
Peer Navigator, Rio Abajo Harm Reduction Collective
""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    # --- hospice ---
    (
        """Subject: New submission: Hospice Referral (v3) #20931
From: FormStack Mailer <noreply@formstackmail.io>
To: intake@solacehospicecare.org

A new entry was submitted to "Hospice Referral (v3)".

referral_source: Dr. Anil Mehra, Ostrander Medical Group
referral_phone: (614) 555-0121
patient_first_name: Evelyn
patient_last_name: Castellano
dob: 03/14/1937
primary_dx: metastatic pancreatic adenocarcinoma
secondary_dx: CHF, type 2 diabetes
pps_score: 40%
code_status: DNR / POLST on file
ssn_last4: 4375
insurance_type: Medicare + supplement (card copies to follow by fax)
current_location: home
caregiver_name: Rita Castellano (daughter)
caregiver_phone: (614) 555-0178
q12_other: Pt is Catholic and asks that we arrange the sacrament of the sick
  before she gets weaker. Daughter prefers calls after 5pm.
consent_to_contact: Yes

Submitted: 12/02/2026 4:41 PM EST | IP: 203.0.113.77
View entry: https://formstackmail.io/entries/20931
""",
        [("health", ""), ("US_SSN", "4375"), ("religious_belief", "")],
    ),
    (
        """Subject: Delivery Status Notification (Failure)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: gail.ferrante@homemail-oh.com

** Address not found **

Your message wasn't delivered to bereavment@solacehospicecare.org because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=homemail-oh.com;
        s=hm2026; h=mime-version:references:in-reply-to:from:date:
        message-id:subject:to; bh=Q2xq7n0d3h4Yb1Wm9kP6sT8uLr5vZc0aE3fG7hJ2kM=;
        b=kV9sR2mT7qL4wX1zN8pB5cD3fH6jK0yU2tE9aG4iO7rS1vW3xZ5bN8mQ6lP0hJ2
         dF4gT7yU9iO1pA3sD5fG8hJ0kL2zX4cV6bN8mQ1wE3rT5yU7iO9pA2sD4fG6hJ8
MIME-Version: 1.0
References: <CAJ7x2kQ9@mail.homemail-oh.com> <solace-rn-2211@solacehospicecare.org>
In-Reply-To: <solace-rn-2211@solacehospicecare.org>
From: Gail Ferrante <gail.ferrante@homemail-oh.com>
Date: Mon, 30 Nov 2026 19:02:44 -0500
Message-ID: <CAJ7x2kR4vT8nq1@mail.homemail-oh.com>
Subject: Re: Dad's last week and the medicine pickup
To: bereavment@solacehospicecare.org
Content-Type: multipart/alternative; boundary="000000000000a91b3e05f2c4d7e8"

--000000000000a91b3e05f2c4d7e8
Content-Type: text/plain; charset="UTF-8"

Hi, the nurse (Janelle) said to email this list back so someone can pick up the
leftover medications. Dad (Walter Ferrante) passed Thursday night. The morphine
pump was already taken back by the pharmacy but we still have the comfort kit:
lorazepam tablets, haloperidol, the liquid morphine and the atropine drops. Also
two boxes of the Ensure and the hospital bed needs to go back.

Thank you all for how you took care of him the last month of the cancer.

Gail

On Mon, Nov 30, 2026 at 10:15 AM Janelle Ortiz RN <jortiz@solacehospicecare.org>
wrote:
> Gail, I'm so sorry for your loss. When you're ready, email the bereavement
> team a list of what's left in the house and someone will come by to collect
> and dispose of the medications safely. Please don't flush them.
> Janelle

--000000000000a91b3e05f2c4d7e8--
""",
        [("health", "")],
    ),
    (
        """Subject: Undeliverable: Grief support groups - winter session
From: postmaster@solacehospicecare.org
To: communications@solacehospicecare.org

Delivery has failed to these recipients or groups:

h.bellweather@oldmail-oh.net
The recipient's mailbox is full and can't accept messages now. Please try
resending this message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: MX2.solacehospicecare.org
Remote server returned '552 5.2.2 mailbox full'

Original message headers and body (first 1 KB):

Subject: Grief support groups - winter session
From: Solace Hospice Care <communications@solacehospicecare.org>

[image: Solace Hospice Care]
Winter grief support groups are open to anyone in the community who has lost
someone, whether or not your loved one was in hospice care with us.
* Loss of a spouse or partner - Tuesdays 6pm
* Loss of a parent - Thursdays 10am
* Children's group (ages 7-12) - Saturdays
All groups are free. Register: [1]
[1] https://solacehospicecare.org/grief
""",
        [],
    ),
    (
        """Subject: New submission: Volunteer Application #1182 - ready for review
From: FormStack Mailer <noreply@formstackmail.io>
To: volunteers@solacehospicecare.org

"Volunteer Application 2026" received a new entry.

first_name: Corinne
last_name: Abernathy
preferred_name: Cori
city: Worthington
availability: weekday mornings, some Saturdays
interest_areas: companionship visits, vigil volunteer, office help
languages: English, some ASL
has_vehicle: yes
driver_license_on_file: yes (copy uploaded, see attachment)
why_volunteer: I retired from teaching in June and want to give time somewhere
  that matters. A friend volunteers with you and loves it.
references: 2 provided

--- Background screening (auto-appended by CheckPoint Screening) ---
Order: CPS-26-35552 | Package: Volunteer Basic
County criminal search (Franklin): no records found
Statewide sex offender registry: no records found
Status: CLEAR

Volunteer office door keypad for orientation night: 4719#
Orientation: Dec 10, 6pm, Room B.
""",
        [],
    ),
    (
        """Subject: Invitation: Chaplain visit - Rosa Medina @ Wed Dec 9, 2026 2pm - 3pm
From: Google Calendar <calendar-notification@google.com>
To: spiritualcare@solacehospicecare.org

Chaplain visit - Rosa Medina
When: Wednesday Dec 9, 2026 2pm - 3pm (Eastern Time - New York)
Where: 118 Larkfield Ct, Grove City (home)
Calendar: Spiritual Care - West Team
Who:
  * Brenda Okafor - organizer
  * Fr. Tomas Ruelas (guest)
  * RN case manager - West Team

Description:
Rosa (end-stage COPD, now on 4L oxygen continuous, declining this week) asked
for Communion and the anointing. She has been at St. Anselm's her whole life and
wants Fr. Tomas, who baptized her grandkids. Family will be there; son Luis
prefers we don't mention "end of life" in front of Rosa's sister.

Going (spiritualcare@solacehospicecare.org)?   Yes - Maybe - No
more options: https://calendar.google.com/calendar/event?action=VIEW&eid=cm9zYW1l

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: =?UTF-8?Q?Re:_Volunteer_application_=E2=80=93_Dean_Hollister?=
From: Dean Hollister <dhollister77@mailbox-east.com>
To: volunteers@solacehospicecare.org
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi Brenda,=20

Thanks for the call yesterday. Here=E2=80=99s the info you asked for so the =
background company can run it. Driver=E2=80=99s license (Ohio): VG339808, exp=
ires 2029.

I want to be upfront before it shows up: I was convicted of OVI in 2014 and =
did a year of probation. I=E2=80=99ve been sober nine years this February and=
 my sponsor is happy to talk to you. It=E2=80=99s a big part of why I want to =
sit with people at the end =E2=80=94 somebody sat with me at the beginning.

Available Tuesdays and Thursdays after 1.

Dean=20
""",
        [("criminal_history", ""), ("health", ""), ("US_DRIVER_LICENSE", "VG339808")],
    ),
    # --- sober living ---
    (
        """Subject: Automatic reply: Bed availability at Juniper House?
From: Intake - Juniper Recovery Residences <intake@juniperrecovery.org>
To: Ruben Ocampo <rubenocampo.az@quickmail-sw.com>

Thank you for contacting Juniper Recovery Residences. I'm out of the office
until Monday, Dec 7. Intake interviews resume then.

For an intake emergency call the house line at (602) 555-0119.

> From: Ruben Ocampo <rubenocampo.az@quickmail-sw.com>
> Sent: Thursday, December 3, 2026 10:48 PM
> To: intake@juniperrecovery.org
> Subject: Bed availability at Juniper House?
>
> Hello, my counselor at Desert Bloom gave me your email. I'm at 47 days
> clean today and I finish IOP on the 11th. My PO says I need an approved
> address before the 15th or they'll keep me in the halfway program, and I'm
> on probation with Maricopa County until March. I have a job at a tire shop
> and can pay the first two weeks up front. I'm on Vivitrol shots monthly if
> that matters. Is there a bed for men coming open?
>
> Ruben O.
> (602) 555-0134
""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """Subject: November rent roll - Juniper House (export pasted below)
From: Dawn Kessler <dkessler@juniperrecovery.org>
To: bookkeeping@juniperrecovery.org
Cc: housemgr.juniper@juniperrecovery.org

Hi Pam, attached is the xlsx, and pasted below for your phone. Two balances
still open. Clean dates are from the house log, not self-report.

resident,house,bed,move_in,clean_date,weekly_rent,balance,supervision
Marcus Hale,Juniper,2B,2026-08-03,2026-05-28,185,0,PO Reyes (county)
Tobias Greer,Juniper,1A,2026-09-14,2026-08-30,185,370,drug court - Judge Amis
Wendell Price,Juniper,3A,2026-10-02,2025-12-19,185,0,none
Hector Lamb,Juniper,2A,2026-11-09,2026-10-26,185,92.50,PO Ng (state)

Tobias says he'll have the 370 after his first check on the 11th; drug court
knows he's behind. Hector moved in mid-week so the 92.50 is a prorate.

Dawn
""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """Subject: [Shared inbox] House Standards v4 - please read before Monday
From: Front <notifications@frontapp-mail.com>
To: staff@juniperrecovery.org

Juniper Recovery Residences - Shared inbox "staff@"
Comment from Dawn Kessler on conversation "House Standards v4":

All, final text below; it goes into the new-resident packet Monday.

1. Residents agree to random drug and alcohol screens. A refused screen is
   treated as a positive screen.
2. Curfew is 10pm Sun-Thu and midnight Fri-Sat for the first 60 days.
3. Residents attend at least three recovery meetings a week of their choice.
   We do not require any particular program or faith.
4. Medications are kept in the locked cabinet and logged by the house manager;
   prescribed medications for opioid use disorder are welcome in every house.
5. Guests in common areas only, 10am-8pm.
6. We never ask about or record anyone's criminal record after move-in; your
   supervision officer's contact stays in the intake file only if you choose.

Reply to comment or open in Front: https://app.frontapp-mail.com/open/cnv_9kq2
""",
        [],
    ),
    (
        """Subject: Welcome aboard - house manager access info (Mesa + Juniper)
From: Dawn Kessler <dkessler@juniperrecovery.org>
To: Curtis Fane <cfane@juniperrecovery.org>

Curtis, welcome! Quick access sheet for your first week. Please don't forward.

JUNIPER HOUSE (2214 W Palo Verde Dr)
Front door keypad: 6313
Med cabinet lockbox (key inside): 0286
Guest Wi-Fi for residents: JuniperGuest / pw: onedayatatime

MESA HOUSE (77 N Cholla St)
Gate code: #4454
Garage keypad: 8895
Alarm disarm: 2768 then OFF

The shared drive link and your own login for the house log app come from IT
separately (they'll text you a setup link, don't share that one).

House meeting is Sunday 7pm at Juniper. Bring the sign-in sheet.

Dawn
""",
        [],
    ),
    # --- community bail fund ---
    (
        """Subject: [Zap failed] Bail request -> Airtable: field "charge_class" rejected
From: Zapier <errors@zapier-mail.net>
To: tech@hollinscommunitybailfund.org

Your Zap "Bail request form -> Airtable + Slack" failed on step 3 (Create Record).
Error: INVALID_VALUE_FOR_COLUMN: Field "charge_class" cannot accept "F3, M1".

Data in (step 1, raw webhook request):
POST /hooks/catch/118204/bail-intake HTTP/1.1
Content-Type: application/json
X-Form-Signature-Secret: 637f594e26816f17329ded5da66df609

{
  "form_id": "bail-intake-v2",
  "submitted_at": "2026-12-04T02:17:09Z",
  "requester_name": "Alicia Poole",
  "requester_phone": "+13175550126",
  "relationship": "sister",
  "defendant_first": "Terrence",
  "defendant_last": "Poole",
  "facility": "Hollins County Detention Center",
  "booking_no": "HC26-018842",
  "charges": "possession w/ intent (F3), resisting (M1)",
  "charge_class": "F3, M1",
  "bail_amount": 2500,
  "next_court_date": "2026-12-11",
  "notes": "he has a job at the plant, kids at home, first time in jail"
}

This Zap will retry in 15 minutes. Turn off retries: https://zapier-mail.net/z/4471
""",
        [("criminal_history", ""), ("API_KEY", "637f594e26816f17329ded5da66df609")],
    ),
    (
        """Subject: Updated invitation: Court support - Darnell W. (Dept 12)
From: Court Watch Calendar <calendar@hollinscommunitybailfund.org>
To: courtwatch-volunteers@hollinscommunitybailfund.org

BEGIN:VCALENDAR
PRODID:-//Hollins Community Bail Fund//Volunteer Cal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cw-20261209-dept12@hollinscommunitybailfund.org
DTSTART;TZID=America/Indiana/Indianapolis:20261209T083000
DTEND;TZID=America/Indiana/Indianapolis:20261209T110000
SUMMARY:Court support - Darnell W. pretrial conference (Dept 12)
LOCATION:Hollins County Courthouse\\, 3rd floor
DESCRIPTION:Darnell was bailed out by the fund on 11/2 ($1\\,500). He's charg
 ed with misdemeanor trespass and an FTA from 2025. His PD is Ms. Hatcher. He
 asked for at least two of us in the gallery. Meet at the coffee cart at 8:15
 . Do NOT wear fund shirts inside.
ORGANIZER;CN=Nia Crowder:mailto:nia@hollinscommunitybailfund.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Q3 impact export (JSON) for the annual report designer
From: Nia Crowder <nia@hollinscommunitybailfund.org>
To: design@palebluestudio-mail.com

Hi Jo, here's the Q3 export straight out of the database so you can build the
charts. It's aggregate only, nothing identifies anybody.

{
  "period": "2026-Q3",
  "bails_posted": 57,
  "total_bail_paid": 81450,
  "median_bail": 1000,
  "returned_to_fund": 63200,
  "avg_days_detained_before_release": 9.4,
  "court_appearance_rate": 0.94,
  "by_charge_level": {"felony": 19, "misdemeanor": 36, "other": 2},
  "by_age_band": {"18-24": 14, "25-34": 22, "35-49": 15, "50+": 6},
  "volunteer_rides_to_court": 88,
  "donors": 1204,
  "recurring_donors": 311
}

Please keep the "returned_to_fund" chart, the board loves it.
Nia
""",
        [],
    ),
    (
        """Subject: Donation receipt #HCBF-26-6329 (webhook copy)
From: GiveRail Notifications <receipts@giverail-mail.com>
To: finance@hollinscommunitybailfund.org

Event: donation.succeeded
{
  "id": "don_8KqP2xL0",
  "campaign": "Free Them For The Holidays",
  "amount": 75.00,
  "currency": "usd",
  "recurring": false,
  "payment_method": {"type": "ach", "bank_name": "Prairie Plains CU",
                     "account_type": "checking", "display": "checking ending in 3318"},
  "donor": {"first_name": "Miriam", "last_name": "Santangelo",
            "email": "msantangelo@homemail-in.com", "anonymous": false},
  "dedication": "In honor of everyone who should be home this December",
  "cover_fees": true,
  "created": "2026-12-05T15:44:02Z"
}

Thank-you letter queued for Miriam Santangelo (template: year-end-2026).
""",
        [],
    ),
    (
        """Subject: Help Scout - weekly summary for "hello@" (Nov 30 - Dec 6)
From: Help Scout <summary@helpscout-mail.net>
To: nia@hollinscommunitybailfund.org

Mailbox: hello@hollinscommunitybailfund.org
New conversations: 23 | Replies sent: 41 | Median first response: 3h 12m

Busiest conversations:
1. "Thank you!!" - from Deja Whitman (4 messages)
   Preview: "...Keon got out of the county jail on the 24th after 41 days in
   there. His mom wants to volunteer on the court watch team and I want to
   give $20 a month..."
2. "Tax receipt for 2026?" - from Harold Jessup (2 messages)
   Preview: "...could you resend the January receipt, I can't find it..."
3. "Tabling at the MLK Day fair" - from Eastgate Neighborhood Assoc. (3 msgs)
   Preview: "...we'd love to have the fund at a table again this year..."

Tags this week: thank-you (6), volunteer (5), receipts (4), press (2)
Open the report: https://secure.helpscout-mail.net/reports/conversations
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Fwd: housing court next week
From: Renata Oyelaran <renata@eastgatetenantsunion.org>
To: courtwatch-volunteers@hollinscommunitybailfund.org

Friends from the bail fund court watch crew: you offered to help us fill a
courtroom sometime. This one isn't criminal, it's an eviction, but the
landlord's lawyer is the same guy who bullies everybody.

---------- Forwarded message ---------
From: Google Calendar <calendar-notification@google.com>
Subject: Invitation: Eviction hearing - Dolores R. (Room 204)

Eviction hearing - Dolores R. (Room 204)
When: Tue Dec 15, 2026 9am - 10:30am
Where: Hollins County Civil Division, 200 E Market St
Description: Nonpayment case filed by Crestline Property Mgmt. Dolores has
the rent receipts for Aug-Oct. Legal aid attorney: Sam Whitford. Tenant union
will bring a banner; please come in plain clothes and sit on the left side.

Going? Yes - Maybe - No
""",
        [],
    ),
    # --- immigration legal services ---
    (
        """Subject: New entry: Consulta Inicial / Initial Consultation #4471
From: Cognito Forms <notifications@cognitoforms-mail.com>
To: intake@puentelegalclinic.org

Form: Consulta Inicial / Initial Consultation (ES/EN)
Entry #4471 | Status: Submitted | 12/03/2026 8:06 PM

firstName: Yesenia
middleName:
lastName: Marroquin Paz
dateOfBirth: 1991-07-22
countryOfBirth: Honduras
countryOfCitizenship: Honduras
preferredLanguage: Spanish
phoneMobile: (713) 555-0149
passportCountry: Honduras
passportNumber: C43749275
passportExpiry: 2029-02-10
lastEntryDate: 2019-05-30
mannerOfEntry: visitor visa (B2), overstayed
itin: 987-87-0402
hasWorkPermit: false
priorArrests: No
priorRemovalOrders: No
caseTypeRequested: Asylum consult, work permit
howDidYouHear: radio ad (La Buena 101.9)
consentToText: true

Assign to attorney: https://puentelegalclinic.cognitoforms-mail.com/entries/4471
""",
        [("US_PASSPORT", "C43749275"), ("US_ITIN", "987-87-0402")],
    ),
    (
        """Subject: Fwd: caso de mi esposo (translated)
From: Puente Intake <intake@puentelegalclinic.org>
To: Attorney Lauren Bixby <lbixby@puentelegalclinic.org>

Lauren, WhatsApp message from Ms. Chavarria below, run through the translate
tool because Rocio is out. Original Spanish is in the case file.

[Translated from Spanish - automatic translation, may contain errors]

Good afternoon lawyer, I write you for the case of my husband Elmer Chavarria
Lopez. They took him to the center of Otay Mesa on Monday in the morning and
they say that he has an audience of bond the next week. I send you the number of
the passport of Guatemala of him: B07155166, it expires in the year 2028.
Also the school of my daughter Kimberly asks me letter of the doctor because
she has the asthma and she used the inhaler two times in the class, and I do
not know if this also helps the case that she needs her father. Thank you for
all, truly. My number is the same (619) 555-0157.

[End of translation]
""",
        [("US_PASSPORT", "B07155166"), ("health", "")],
    ),
    (
        """Subject: WhatsApp relay: new message on Puente family line
From: Relay Bot <whatsapp-relay@puentelegalclinic.org>
To: intake@puentelegalclinic.org

New message on +1 (619) 555-0100 (Puente family line)
From: +1 (619) 555-0139 "Marisol V."
Received: Dec 5, 2026 6:31 PM

"Buenas tardes. Marisol again. They moved my brother Julio from the ICE
processing office downtown to Adelanto last night, his deportation officer told my mom
on the phone. He is from Guatemala like us and has been here since he was 9.
When is his bond hearing? Is it still the 17th? Do we need to bring the letters
from his job and from his soccer coach again or do you have them?"

Attachments: none
Reply in the thread or open the conversation:
https://relay.puentelegalclinic.org/c/8823
""",
        [],
    ),
    (
        """Subject: Taller de derechos / Know-your-rights workshop (auto-translated copy)
From: Puente Legal Clinic <news@puentelegalclinic.org>
To: community-list@puentelegalclinic.org

[English follows. Translation generated automatically.]

KNOW YOUR RIGHTS WORKSHOP
Saturday, December 12, 10 in the morning - Community Room of the Library
Branch Linda Vista

We will speak of: what to do if immigration knocks on your door, your right to
remain silent, how to prepare a plan for the family, and the free services of
the clinic. Interpretation in Spanish, K'iche' and Mam.

We never ask the immigration status of the persons who attend. You do not
need to bring documents. There is no list of names. Children are welcome and
there will be snacks.

If you need an appointment individual, call (619) 555-0100 from Monday to
Friday. The consultations are free and confidential.

To unsubscribe from this list: [1]
[1] https://puentelegalclinic.org/unsubscribe
""",
        [],
    ),
    (
        """Subject: New entry: Consulta Inicial / Initial Consultation #4475
From: Cognito Forms <notifications@cognitoforms-mail.com>
To: intake@puentelegalclinic.org

Form: Consulta Inicial / Initial Consultation (ES/EN)
Entry #4475 | Status: Submitted | 12/04/2026 11:19 AM

firstName: {{firstName}}
lastName: {{lastName}}
dateOfBirth: {{dateOfBirth}}
countryOfBirth: {{countryOfBirth}}
passportNumber: {{passportNumber}}
itin: {{itin}}
priorArrests: {{priorArrests}}
caseTypeRequested: {{caseTypeRequested}}

-- This entry was generated by the "Send test notification" button in the form
editor. It contains field tokens instead of answers. No data was submitted.
Template edited by: rocio@puentelegalclinic.org
""",
        [],
    ),
    (
        """Subject: CaseLink digest - VITA / Tax Clinic - 2 updates
From: CaseLink <digest@caselink-notify.com>
To: taxclinic@puentelegalclinic.org

CaseLink daily digest | Puente Legal Clinic | Program: VITA / Tax Clinic

1) Client: Oscar Batz Tzoc   Case: TAX-26-0412   Worker: H. Pruitt
   Activity: Document received
   Note: W-7 approved. ITIN letter (CP565) arrived 11/20 - ITIN 991-95-9582.
   Client also got his IRS Identity Protection PIN for the 2026 filing season:
   806546. He consented to us storing it in the file for e-file. Scan is in
   Documents > IRS letters.

2) Client: Graciela Monzon   Case: TAX-26-0419   Worker: H. Pruitt
   Activity: Appointment scheduled
   Note: Return prep appt Jan 28 10:00, bring 1099-NEC from the cleaning co.

Manage notifications: https://caselink-notify.com/settings
""",
        [("US_ITIN", "991-95-9582"), ("PIN", "806546")],
    ),
    # --- LGBTQ youth shelter ---
    (
        """Subject: Front digest: 3 new conversations in intake@beaconhouseyouth.org
From: Front <notifications@frontapp-mail.com>
To: casemgmt@beaconhouseyouth.org

Shared inbox: intake@beaconhouseyouth.org | Unassigned: 3

(1) From: Renee Caldwell, school counselor, Lakeview High
    Subject: Student needing a bed tonight
    "Jordan (17) told his parents he's gay last Sunday and they put him out.
    He's been couch surfing with a friend from band but that ends Friday. He
    has his phone and a backpack. Can he come for intake after school?"

(2) From: Jordan Pike
    Subject: Re: Student needing a bed tonight
    "hi this is jordan, ms caldwell gave me this. i also need to know if i
    can keep getting my prep refills if i stay there, the youth clinic has me
    on it since august"

(3) From: Pinewood Dental Group
    Subject: Donation receipt request
    "Could you send a receipt for our November gift of toothbrush kits?"

Open in Front: https://app.frontapp-mail.com/inbox/intake
""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        """Subject: Case note summary - Ari N. - week of 11/30
From: ShelterTrack <no-reply@sheltertrack-mail.com>
To: clinical@beaconhouseyouth.org

[image: Beacon House Youth Shelter]

Case note summary
Resident
Ari N. (they/them)
Program
Transitional Living - Apt 3
Case manager
Leah Brandt
Week
11/30/2026 - 12/06/2026

Goals
Enrolled in GED evening class; attended 3/4 sessions.
Health
Started testosterone (testosterone cypionate 50 mg weekly) through Clearwater
Family Health on 11/28; first injection done with the nurse, next one Ari will
do at the clinic with supervision.
Benefits
SNAP recertification due 01/15.
Next steps
Bus pass renewal; dentist appt 12/14.

[View in ShelterTrack] [1]
[1] https://app.sheltertrack-mail.com/notes/ari-n-2026-48
""",
        [("health", "")],
    ),
    (
        """Subject: =?utf-8?Q?Winter_appeal:_a_bed,_a_door_that_locks?=
From: Beacon House Youth Shelter <news@beaconhouseyouth.org>
To: friends@beaconhouseyouth.org

[image: Beacon House Youth Shelter logo]
[image: photo of an empty bunk with a quilt]

A bed. A door that locks. Someone who uses your name.

"Sam" was sixteen when he came out to his family and was told to leave.
He slept in a stairwell for three nights before a librarian called us.

Sam is not one person. His story is a composite of several young people who
stayed with us this year; names and details have been changed to protect
their privacy.

40% of youth experiencing homelessness identify as LGBTQ. Last year Beacon
House provided 9,114 nights of safe shelter.

$35 = one night | $100 = a week of bus passes | $250 = a month of groceries

WHAT YOUR GIFT DID THIS YEAR
Nights of shelter
9,114
Young people housed in transitional apartments
38
GED or diploma completions
17
Youth connected to a doctor or clinic of their choice
112
Volunteers who cooked, tutored or drove
204

WHAT HAPPENS AT THE DOOR
Any young person aged 14-24 can knock, day or night. We don't ask why they
left home, and we never require anyone to tell us who they are or who they
love. Our staff start with a meal, a shower and a bed; everything else can
wait until morning.

"Someone asked me what I needed and actually waited for the answer." -
words of a young person who stayed with us (shared with permission,
name withheld)

THE HOLIDAY MATCH
Every gift made before December 31 will be matched dollar for dollar, up to
$60,000, by the Hallett Family Foundation and two anonymous donors.

[Give now] [1]   [Become a monthly donor] [2]

[1] https://beaconhouseyouth.org/give
[2] https://beaconhouseyouth.org/monthly
Beacon House Youth Shelter is a 501(c)(3) nonprofit, EIN 46-3821907.
""",
        [],
    ),
    (
        """Subject: Volunteer roster - December (CSV) + 2 updates
From: Leah Brandt <lbrandt@beaconhouseyouth.org>
To: volunteers@beaconhouseyouth.org

Hi all, the December roster is below. Two updates: Kit now goes by Kai (they/
them) - please update your phones - and Mr. Alvarez's background check came
back clear (no records found), so he starts on dinner shifts next week.

name,pronouns,shift,day,role,phone
Kai Thornton,they/them,dinner,Mon,cook lead,(503) 555-0172
Priya Chandrasekar,she/her,homework help,Tue,tutor,(503) 555-0114
Luis Alvarez,he/him,dinner,Wed,cook,(503) 555-0166
Marguerite Olsen,she/her,overnight,Thu,awake staff backup,(503) 555-0190
Deshawn Ruiz,he/him,laundry,Sat,supplies,(503) 555-0108

Reminder: never share residents' names or photos outside the building.
Leah
""",
        [],
    ),
    # --- tribal college ---
    (
        """Subject: Scan from RWTC-FinAid-MFP (OCR text layer attached)
From: scanner@redwillowtc.edu
To: finaid@redwillowtc.edu

Scanned document: 3 pages | OCR text layer follows (automatic, unverified)

RED W1LLOW TRIBAL COLLEGE
0ffice of Financial Aid - TRIBAL HIGHER EDUCATION GRANT / TUITION WAIVER
Academic Year 2026-27         Term: [X] Spring  [ ] Summer

5tudent Name (Last, First, M1): Yazzie, Shaylene R.
Student ID: 2026-00831
Social Security No.: 553-53-2085
Date of Birth: 04/ 09 / 2004
Tribal Affiliation: Navajo Nation (Dine)
Enrolled member? [X] Yes [ ] No     Census / Enrollment No.: on file
Tribal ID Card No.: 681436
Certificate of Indian Blood on file: [X]
Program of Study: Nursing (ADN pre-req)
Signature: Shaylene R. Yazzie   Date: 11/30/2026

For 0ffice Use: Verified by ___RW___  Award: $2,400 / term
""",
        [
            ("US_SSN", "553-53-2085"),
            ("racial_ethnic_origin", ""),
            ("US_STATE_ID", "681436"),
        ],
    ),
    (
        """Subject: Fall 2026 census-day enrollment snapshot (auto report)
From: Institutional Research <ir-reports@redwillowtc.edu>
To: president@redwillowtc.edu; board-clerk@redwillowtc.edu

RED WILLOW TRIBAL COLLEGE - Census Day Snapshot, Fall 2026

Metric,Value
Total headcount,612
Full-time,389
Part-time,223
American Indian / Alaska Native,87.4%
Enrolled members of a federally recognized tribe,79.1%
First-generation students,71%
Pell recipients,68%
Median age,26
Students in dual-credit (high school),54

Notes: race and tribal enrollment are self-reported at admission and reported
here only in aggregate, per IPEDS and AIHEC AIMS definitions. Cells with fewer
than 10 students are suppressed.

Full report (PDF, 14 pages): [1]
[1] https://ir.redwillowtc.edu/reports/census-fall-2026
""",
        [],
    ),
    # --- HBCU alumni giving ---
    (
        """Subject: New Pledge Form Entry #2291 - Homecoming Class Challenge
From: Gravity Forms <wordpress@alumni.garrisonstatealumni.org>
To: giving@garrisonstatealumni.org

New entry on "Homecoming Class Challenge - Pledge"

Class_Year: 1994
Donor_Name: Cornelius B. Whitaker
Donor_Email: cbwhitaker94@mailbox-south.com
Donor_Phone: (901) 555-0184
Gift_Type: Recurring ACH (monthly)
Amount: $50.00
Start_Date: 01/01/2027
Designation: Marching Storm Band Fund
ach_bank_name: Mid-South Federal Credit Union
ach_routing: 043898842
ach_account: 5905429576
ach_account_type: checking
Authorize_Debit: I authorize Garrison State University Alumni Association to
  debit the account above monthly until I cancel in writing.
Match_Employer: FedEx (matching gifts)
In_Memory_Of: Dr. Lorraine Upshaw, band director 1979-2008

Entry ID 2291 | Source: https://garrisonstatealumni.org/pledge
""",
        [("ABA_ROUTING_NUMBER", "043898842"), ("US_BANK_NUMBER", "5905429576")],
    ),
    (
        """Subject: Re: Reunion registration =E2=80=93 Class of =E2=80=9989
From: Gwendolyn Sayles <gsayles1989@homemail-ga.com>
To: Ms. Pratt <reunions@garrisonstatealumni.org>
Content-Transfer-Encoding: quoted-printable

Hi Ms. Pratt,=20

I couldn=E2=80=99t get the online form to take my card (it keeps timing out on=
 my phone) so here it is for the reunion package for me and my husband, two=
 tickets to the gala and the tailgate:=20

Mastercard 5358 7616 9646 0470=20
exp 07/29=20
security code 702=20
billing zip 30310

Please put us at a table with the Alpha Gamma crew if you can. Go Tigers!=20

Gwen Sayles, =E2=80=9989
""",
        [("CREDIT_CARD", "5358 7616 9646 0470"), ("CVV", "702")],
    ),
    (
        """Subject: Giving Day leaderboard - final (12 midnight)
From: GivePulse Dashboards <dash@givepulse-mail.net>
To: alumni-volunteers@garrisonstatealumni.org

GARRISON STATE GIVING DAY 2026 - FINAL LEADERBOARD

Rank | Class | Donors | Dollars
1 | 1989 | 212 | $48,310
2 | 1994 | 187 | $41,775
3 | 2004 | 166 | $29,040
4 | 1979 | 98 | $27,600
5 | 2014 | 151 | $12,220

Total raised: $402,916 from 3,418 donors (goal: $350,000)
Largest single gift: anonymous, $25,000 (Class of 1979)

Hi friend, THANK YOU! Whether you gave $5 or $5,000, you showed the world what
an HBCU family can do. Share the news: [1]

[1] https://garrisonstatealumni.org/givingday/results
""",
        [],
    ),
    (
        """Subject: [Stripe] Payout po_1QzX8e of $18,240.55 has been paid
From: Stripe <notifications@stripe-mail.net>
To: finance@garrisonstatealumni.org

Event: payout.paid  (livemode: true)
{
  "id": "po_1QzX8eHs2kLmNq",
  "object": "payout",
  "amount": 1824055,
  "arrival_date": 1765152000,
  "currency": "usd",
  "description": "STRIPE PAYOUT",
  "destination": {
    "id": "ba_1PqR7tHs2kLmNq",
    "object": "bank_account",
    "bank_name": "REGIONS BANK",
    "last4": "6620",
    "fingerprint": "uT5kq9ZxW2mPaLrE",
    "status": "verified"
  },
  "method": "standard",
  "statement_descriptor": "GSU ALUMNI ASSN",
  "status": "paid"
}
View in Dashboard: https://dashboard.stripe-mail.net/payouts/po_1QzX8eHs2kLmNq
""",
        [],
    ),
    # --- union card-check campaign ---
    (
        """Subject: New response: Union Authorization Card - Brightline DC7
From: Google Forms <forms-receipts-noreply@google.com>
To: dc7campaign@wdwunion612.org

Brightline Logistics DC7 - Union Authorization Card (response #164)

Q1. Full legal name
Guadalupe Ortiz Ybarra
Q2. Job title / department
Picker, Outbound
Q3. Shift
2nd (2:30pm - 11pm)
Q4. Personal cell (not work phone)
(559) 555-0131
Q5. Personal email
lupe.ortiz.y@freemail-ca.com
Q6. Authorization
[x] I authorize the Warehouse & Distribution Workers Union, Local 612, to
represent me for the purpose of collective bargaining with my employer.
Q7. Type your name as your signature
Guadalupe Ortiz Ybarra
Q8. Date
12/01/2026

Response submitted 12/01/2026 11:26 PM. Responses are visible only to form
owners.
""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Join us Sunday - DC7 open meeting + your rights
From: WDW Local 612 Organizing <organize@wdwunion612.org>
To: dc7-interested@wdwunion612.org

[image: WDW Local 612]

OPEN MEETING FOR ALL BRIGHTLINE DC7 WORKERS
Sunday Dec 13, 3pm, Labor Temple Hall B, 1710 Tulare St. Food and childcare.
Everyone is welcome - you do not have to sign anything to come.

YOUR RIGHTS (National Labor Relations Act, Section 7): You have the right to
talk with co-workers about wages and conditions, to sign a union card, and to
wear union buttons. It is illegal for your employer to ask whether you signed
a card, to threaten you, or to spy on union activity.

Card count update: we're past the halfway mark across all three shifts.

Questions? Text (559) 555-0104.
[1] https://wdwunion612.org/dc7
""",
        [],
    ),
    (
        """Subject: Slack digest: #dc7-card-tally (3 new messages)
From: Slack <notification@slack-mail.com>
To: rgutierrez@wdwunion612.org

WDW 612 Organizing workspace - #dc7-card-tally

Marisol Vega  10:41 PM
Tally after tonight: 212 of 340 in the unit (62%). By shift: 1st 81/130,
2nd 94/140, 3rd 37/70. Returns dept is the soft spot.

Ray Gutierrez  10:44 PM
Great. No names in this channel please, keep the list in the locked sheet.
Target is 70% before we file.

Marisol Vega  10:47 PM
Copy. Blitz Thursday at shift change, gate 3.

Open Slack: https://wdw612-organizing.slack-mail.com/archives/C06TALLY
""",
        [],
    ),
    (
        """Subject: Strike assistance - week 3 direct deposit batch (approve by 3pm)
From: Local 2207 Finance <finance@bakeryworkers2207.org>
To: trustees@bakeryworkers2207.org

Trustees, please approve the week 3 strike assistance batch for the Harvest
Fresh bakery unit before 3pm so it goes out tomorrow. Most members are on the
prepaid cards; these three asked for direct deposit. Pasted from the
spreadsheet:

member_id	name	routing	account	amount
2207-4418	Rosalind Achebe	010543188	449491151100	300.00
2207-5123	Victor Nakamura	705410490	13686866	300.00
2207-0962	Bernice Tolliver	219789976	7882927363	240.00

Bernice worked a partial week before the walkout, hence the prorate.
Batch total: $840.00. Reply "approved" to release.

Dolores Fitch, Financial Secretary
""",
        [
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "010543188"),
            ("US_BANK_NUMBER", "449491151100"),
            ("ABA_ROUTING_NUMBER", "705410490"),
            ("US_BANK_NUMBER", "13686866"),
            ("ABA_ROUTING_NUMBER", "219789976"),
            ("US_BANK_NUMBER", "7882927363"),
        ],
    ),
    # --- gurdwara ---
    (
        """Subject: Sangat-list Digest, Vol 14, Issue 48
From: sangat-list-request@lists.gurdwarasahibfairview.org
To: sangat-list@lists.gurdwarasahibfairview.org

Send Sangat-list mailing list submissions to
    sangat-list@lists.gurdwarasahibfairview.org

Today's Topics:

   1. Langar seva roster - December (Secretary)
   2. Akhand Path - Dhillon parivar (Harjit Singh Dhillon)
   3. Parking on Sundays (Management Committee)
   4. Punjabi school winter break (Khalsa School Coordinator)
   5. Re: Parking on Sundays (Balwinder Kaur Sandhu)

----------------------------------------------------------------------

Message: 1
From: Secretary <secretary@gurdwarasahibfairview.org>
Subject: Langar seva roster - December

Sat Sri Akal ji. The December roster is on the notice board and online [1].
Families who have not picked a Sunday please call the office.

------------------------------

Message: 2
From: Harjit Singh Dhillon <hsdhillon@mailbox-ca.com>
Subject: Akhand Path - Dhillon parivar

Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh. Our family will be doing Sri
Akhand Path Sahib for my father Sardar Gurmeet Singh Dhillon ji's first barsi,
starting Friday 18 December, bhog Sunday 20 December at 10am, followed by
langar. We request the sangat to join. Our son Manveer will also take amrit
at the Amrit Sanchar in January, please keep him in your ardas.

------------------------------

Message: 3
From: Management Committee <mc@gurdwarasahibfairview.org>
Subject: Parking on Sundays

Please do not park at the tire shop next door on Sundays. The owner has been
very patient with us but his customers cannot get in. Overflow parking is at
Fairview Elementary (Orchard Loop entrance), and a shuttle van runs from 9:30
to 2:00. Volunteers in orange vests will guide you.

------------------------------

Message: 4
From: Khalsa School Coordinator <school@gurdwarasahibfairview.org>
Subject: Punjabi school winter break

Punjabi and Gurmat classes are off on 20 and 27 December and resume on 3
January. Report cards will be handed out on the 13th. Parents, please send
the spring registration form back by 10 January; the fee is unchanged.

------------------------------

Message: 5
From: Balwinder Kaur Sandhu <bksandhu@mailbox-ca.com>
Subject: Re: Parking on Sundays

Can the shuttle also stop at the bus shelter on Maple? Many of the elders
come by bus and the walk is long in the rain. Thank you ji.

------------------------------

[1] https://gurdwarasahibfairview.org/langar-roster

_______________________________________________
Sangat-list mailing list
sangat-list@lists.gurdwarasahibfairview.org
https://lists.gurdwarasahibfairview.org/mailman/listinfo/sangat-list
To unsubscribe send a message with "unsubscribe" in the subject to
sangat-list-request@lists.gurdwarasahibfairview.org

End of Sangat-list Digest, Vol 14, Issue 48
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Gurpurab programme - Prakash Purab Sri Guru Gobind Singh Ji (.ics)
From: Gurdwara Sahib Fairview <events@gurdwarasahibfairview.org>
To: sangat-list@lists.gurdwarasahibfairview.org

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GSF//Events//EN
BEGIN:VEVENT
UID:gurpurab-2026-12@gurdwarasahibfairview.org
DTSTART;TZID=America/Los_Angeles:20261227T090000
DTEND;TZID=America/Los_Angeles:20261227T150000
SUMMARY:Prakash Purab Sri Guru Gobind Singh Ji - Diwan + Langar
LOCATION:Gurdwara Sahib Fairview\\, 4410 Orchard Loop
DESCRIPTION:Kirtan by the Gurmat Sangeet students 9-11. Katha 11-12. Kavi
  darbar 12-1. Guru ka langar all day. Everyone is welcome; please cover
  your head and remove shoes. Volunteers for parking see the office.
END:VEVENT
END:VCALENDAR

Add to your calendar or open the events page: [1]
[1] https://gurdwarasahibfairview.org/events
""",
        [],
    ),
    # --- Hindu temple ---
    (
        """Subject: Booking confirmed: Satyanarayana Puja (at residence) - SVT-26-1187
From: Sri Venkateswara Temple of the Valley <bookings@svtvalley.org>
To: lraghavan.home@mailbox-tx.com

[image: SVT Valley]

Namaskaram Lakshmi Raghavan,

Your priest service booking is confirmed.

Service
Satyanarayana Puja (at residence)
Date / time
Sunday, 20 December 2026, 9:30 AM
Address
2219 Bluebonnet Trl, Round Rock
Priest
Sri Ramakrishna Bhattar
Devotee name(s) for sankalpam
Lakshmi Raghavan, Venkat Raghavan, Aditi, Karthik
Gotram
Kaundinya
Nakshatram
Rohini (Lakshmi), Hasta (Venkat)
Occasion
Griha pravesam - new home
Amount paid
$251.00 (Visa ending 7228)

Please keep the puja items list ready (attached). The priest will arrive 15
minutes early. For changes call the temple office at (512) 555-0152.
""",
        [("religious_belief", ""), ("CREDIT_CARD_LAST_DIGITS", "7228")],
    ),
    (
        """Subject: SVT community list digest - 3 messages
From: SVT Community <community-digest@svtvalley.org>
To: svt-community@svtvalley.org

Digest of messages posted Dec 1 - Dec 4

== 1. Volunteers for Vaikunta Ekadasi queue management ==
From: Temple Office
We need 20 volunteers on the 30th for crowd management. Sign up at the desk.

== 2. Prayer request for my mother ==
From: Suresh Iyer
Namaste all. Please include my mother, Kamala Iyer, in the Sunday Vishnu
Sahasranama prayers. She had a stroke on Thanksgiving and is in rehab at
Brookhaven, right side still weak. Thank you for your kindness.

== 3. Upanayanam - Arjun Natarajan ==
From: Meena Natarajan
We are happy to share that our son Arjun's upanayanam will be performed at
the temple on December 14 at 8am, with brahmopadesam by the head priest.
Everyone is welcome for the ceremony and lunch after.

To post: svt-community@svtvalley.org | Unsubscribe: [1]
[1] https://svtvalley.org/lists/unsubscribe
""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Receipt - Community Hall rental (Annex A) - INV-26-0737
From: Sri Venkateswara Temple of the Valley <office@svtvalley.org>
To: priyanka.m.events@mailbox-tx.com

[image: SVT Valley]

Receipt
Invoice
INV-26-0737
Renter
Priyanka Mehta
Event
1st birthday party (private)
Hall
Annex A (capacity 120)
Date
Saturday, 9 January 2027, 5 PM - 10 PM
Rental
$650.00
Cleaning deposit (refundable)
$200.00
Paid
$850.00 by card (card number not stored)

Hall rules: outside food allowed in the annex only; no alcohol or meat on
temple premises; decorations must be removed by 10:30 PM. Temple parking lot
gate code for the evening will be sent the day before.

Questions: office@svtvalley.org | (512) 555-0152
""",
        [],
    ),
    # --- Buddhist meditation centre ---
    (
        """Subject: Winter sesshin roster export (TSV) - for kitchen + practice leaders
From: Retreat Registrations <registrar@stillwaterzen.org>
To: practice-leaders@stillwaterzen.org; tenzo@stillwaterzen.org

Hi all, here's the export for the Dec 26 - Jan 1 sesshin. Kitchen: diet column.
Practice leaders: please read the notes column before assigning jobs.

reg_id	name	diet	medical_notes	refuge_taken	work_pref
WS-0201	Corinne Abel	vegetarian	bipolar II, on lithium, no 4am shift	yes (2019)	garden
WS-0202	Thomas Oduya	vegan	none	no	kitchen
WS-0203	Mariko Hale	gluten-free	knee replacement 2025, needs a chair in zendo	yes (2011)	none
WS-0204	Gil Navarro	none	none	no	cleaning

Rooms are assigned, 4 people share the east dorm. Let me know by the 15th.
Fern
""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Automatic reply: Re: practice interview request
From: Sensei Ruth Amano <ruth@stillwaterzen.org>
To: Jonah Mercer <jmercer.sits@freemail-or.com>

I am on retreat until January 4 and not reading email. For scheduling, please
write to registrar@stillwaterzen.org. May you be well.

On Thu, Dec 3, 2026 at 7:58 PM Jonah Mercer <jmercer.sits@freemail-or.com>
wrote:
> Dear Sensei Ruth,
> I'd like to request a practice interview after you're back. Since I took
> jukai with you last April I've been sitting every morning and chanting the
> precepts on full moon, but the last month has been hard. I'm a little over
> two years sober through AA and the holidays are always when it wobbles. I'd
> like to talk about whether to sit the February sesshin or wait.
> Gassho,
> Jonah
""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: [CRM import error] Donation XML rejected - restricted field in payload
From: DonorLoop Integrations <integrations@donorloop-mail.com>
To: admin@stillwaterzen.org

Import job 36357 could not process 1 of 14 records. Reason: the record holds a
field that DonorLoop does not store (CardNumber, CVV2). The record was NOT
imported. Please fix the donation form mapping; never send card data here.

Offending record (verbatim):
<Donation>
  <Source>web-dana-form</Source>
  <Donor>
    <FirstName>Evander</FirstName>
    <LastName>Kowalczyk</LastName>
    <Email>evanderk@mailbox-or.com</Email>
  </Donor>
  <Amount currency="USD">108.00</Amount>
  <Fund>General Dana</Fund>
  <Payment>
    <CardType>MC</CardType>
    <CardNumber>5467668765796569</CardNumber>
    <CVV2>213</CVV2>
    <Exp>0928</Exp>
  </Payment>
  <Created>2026-12-04T18:22:41-08:00</Created>
</Donation>
""",
        [("CREDIT_CARD", "5467668765796569"), ("CVV", "213")],
    ),
    (
        """Subject: Stillwater sangha news digest - week of Dec 7
From: Stillwater Zen Center <news@stillwaterzen.org>
To: sangha-news@stillwaterzen.org

[image: ensō]

THIS WEEK
Mon-Fri  6:00 am zazen, 7:00 pm zazen + service
Wed      7:30 pm Dharma talk: "Impermanence and the holidays" (Sensei Ruth)
Sat      9:00 am Introduction to meditation - open to all, no experience needed
Sun      10:00 am Family sit + tea

JUKAI 2027
Students interested in receiving the precepts next spring may attend an
information session on Jan 10. There is no expectation to take precepts to
practice here; people of every faith and none sit with us.

DANA
The center runs on dana (generosity). Suggested, never required: [1]

[1] https://stillwaterzen.org/dana
Stillwater Zen Center | 808 Alder St | Unsubscribe [2]
[2] https://stillwaterzen.org/unsubscribe
""",
        [],
    ),
    # --- mosque zakat fund ---
    (
        """Subject: New submission: Zakat Assistance Application (#ZF-26-118)
From: JotForm <noreply@jotform-mail.com>
To: zakatcommittee@masjidalnoorcentral.org

Zakat Assistance Application - Masjid Al-Noor Central

applicant_name: Yusuf Abdirahman
household_size: 5
phone: (612) 555-0193
masjid_member_since: 2015
amount_requested: 1800
purpose: rent arrears (Nov + Dec) and electric bill
q6_situation: I pray Fajr and Isha at the masjid most days and the brothers
  know me. In August my wife Samira started dialysis three times a week and I
  cut my hours at the warehouse to drive her, so we fell behind on rent.
q7_other_help: county energy assistance applied, waiting
disbursement_method: direct deposit
bank_routing: 226375920
bank_account: 21482984
account_holder: Yusuf Abdirahman
certify: I confirm the above is true, and Allah is my witness.

Submission date: 12-03-2026 21:44
""",
        [
            ("religious_belief", ""),
            ("health", ""),
            ("ABA_ROUTING_NUMBER", "226375920"),
            ("US_BANK_NUMBER", "21482984"),
        ],
    ),
    (
        """Subject: Wire instruction - zakat disbursement ZF-26-097 (please release)
From: Treasurer, Zakat Committee <treasurer@masjidalnoorcentral.org>
To: Business Banking Desk <bizbanking@northstarcommunitybank-mail.com>
Cc: zakatcommittee@masjidalnoorcentral.org

Hello Ms. Kaur, please release the following international wire from our
zakat fund account today; dual authorization was done in the portal.

Beneficiary name: Ayesha Siddiqui
Beneficiary IBAN: PK80ASQD2077781158219345
Beneficiary bank: Askari Development Bank, Lahore Cantt branch
Amount: USD 1,200.00
Purpose of payment: family support
Our reference: ZF-26-097

Internal note for the committee file (not for the bank): approved under the
"hearts to be reconciled" category - Ayesha took her shahada here with us in
March and her family cut her off; the funds cover six months of rent near her
new job.

JazakAllah khair,
Imran Chaudhry, Treasurer
""",
        [("IBAN_CODE", "PK80ASQD2077781158219345"), ("religious_belief", "")],
    ),
    (
        """Subject: Zakat Fund - eligibility and process (board-approved text for website)
From: Zakat Committee <zakatcommittee@masjidalnoorcentral.org>
To: webmaster@masjidalnoorcentral.org

Please replace the text on /zakat with the approved version below.

WHO MAY APPLY
Any household in the metro area in financial hardship may apply. You do not
need to be a member of this masjid. We never ask applicants about their sect,
their prayer attendance or how they practice.

HOW DECISIONS ARE MADE
Three committee members review each application within 10 days. Zakat funds
follow the eight categories of the Qur'an (9:60); sadaqah funds may help
anyone. Payments go directly to landlords or utilities whenever possible.

NISAB FOR 2026
The nisab threshold this year is $6,012 (based on silver). Zakat is 2.5% of
qualifying wealth held for one lunar year. Our calculator: [1]

PRIVACY
Applications are seen only by the committee and the treasurer.
[1] https://masjidalnoorcentral.org/zakat-calculator
""",
        [],
    ),
    (
        """Subject: Automatic reply: parking lot resurfacing bid - Masjid Al-Noor
From: Br. Khalid Mansour <facilities@masjidalnoorcentral.org>
To: Tony Brandvold <tony@brandvoldpaving-mail.com>

Assalamu alaikum, thank you for your email. I'm away until Dec 20
with limited access. For facility emergencies call the office at (612)
555-0110. For Friday prayer parking volunteers, contact Br. Idris.

> On Dec 4, 2026, Tony Brandvold wrote:
> Khalid, attached is our bid for the north lot: mill and overlay 2", restripe
> 84 stalls incl. 4 ADA, new wheel stops. $41,800, good through Jan 31. We
> could do it the week of Feb 15 if the ground isn't frozen. Let me know if
> the board wants the sealcoat-only option priced too.
> Tony B., Brandvold Paving
""",
        [],
    ),
    # --- voter-registration drive ---
    (
        """Subject: Daily upload VR-Mesa 12/05 - 3 records need review (CSV)
From: RegTrack <exports@regtrack-mail.org>
To: datadesk@nmvoteproject.org

RegTrack daily upload for site group "CNM + Mesa del Sol". 3 of 61 records were
flagged by the pre-check; fix and re-upload before 5pm. Flagged rows:

reg_id,first,last,dob,id_type,id_number,ssn4,party_choice,site,flag
VR-1182,Delphine,Okafor,1998-04-02,NMDL,805430411,,DEM,CNM Main,address
VR-1183,Tomas,Archuleta,2007-11-19,,,9946,DTS,CNM Main,under 18 on 11/3?
VR-1184,Bernadette,Lucero,1961-06-30,NMID,674107400,,REP,Mesa del Sol,sig

Reminder: paper forms must be delivered to the county clerk within 48 hours
regardless of party choice. Do not discard any form.
""",
        [
            ("US_DRIVER_LICENSE", "805430411"),
            ("US_SSN", "9946"),
            ("US_STATE_ID", "674107400"),
            ("political_opinion", ""),
        ],
    ),
    (
        """Subject: Daily tally by site - Dec 5 (auto)
From: RegTrack <exports@regtrack-mail.org>
To: fieldteam@nmvoteproject.org

site,canvassers,forms_collected,online_assists,updates_of_address,first_time
CNM Main,6,61,12,9,38
Mesa del Sol,4,27,3,4,17
South Valley Library,3,19,5,2,11
Westside Flea Market,5,44,0,6,29
TOTAL,18,151,20,21,95

Party choice on collected forms (for our grant report, counts only):
DEM 58 | REP 31 | LIB 4 | DTS 52 | other 6

Weekly goal: 800 forms. Week to date: 512 (64%).
""",
        [],
    ),
    (
        """Subject: Canvasser training packet - practice scenarios (v2)
From: Field Director <field@nmvoteproject.org>
To: new-canvassers@nmvoteproject.org

Welcome to the team! Before Saturday's training please read the practice
scenarios. EVERYTHING BELOW IS FICTIONAL - do not enter it into RegTrack.

SCENARIO 1
"Jane Sample" is 19 and just moved from Farmington. She has an NM driver's
license (number XXXXXXXXX) and wants to register as a Democrat because she
likes the governor. Walk through: which box for ID? Which party box?
Remember we are nonpartisan: we never suggest a party.

SCENARIO 2
"Robert Example" has no driver's license and doesn't remember his SSN. The
form allows the last four (XXXX) or neither. What do you do?

SCENARIO 3
A voter asks who you're voting for. Script: "I'm here to help everyone
register, whatever their choice."

See you at 10am Saturday, CNM Student Union Rm 201.
""",
        [],
    ),
    (
        """Subject: =?UTF-8?Q?Last_call:_register_by_Dec_15_=E2=80=94_runoff_edition?=
From: NM Vote Project <news@nmvoteproject.org>
To: supporters@nmvoteproject.org
Content-Transfer-Encoding: quoted-printable

Hi friend,=20

There=E2=80=99s a municipal runoff on January 12, and the deadline to regis=
ter or update your address is December 15. We=E2=80=99re nonpartisan: we don=
=E2=80=99t care who you vote for, only that you can.=20

Check your registration: [1]=20
Volunteer at a table this weekend: [2]=20

=E2=80=94 The NM Vote Project team

[1] https://nmvoteproject.org/check=20
[2] https://nmvoteproject.org/volunteer
""",
        [],
    ),
    (
        """Subject: Scan from FieldOffice-Copier (OCR) - W-9 Cordero
From: copier@nmvoteproject.org
To: payroll@nmvoteproject.org

OCR text (automatic). Original image attached: scan_20261204_1544.pdf

Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number
1 Name (as shown on your income tax return)
  Ignacio Cordero
2 Business name/disregarded entity name, if different from above
  ___
3a Federal tax classification: [X] Individual/sole proprietor
5 Address: 1127 Calle Nube SW
6 City, state, ZIP: Albuquerque NM 87121
Part I  Taxpayer Identification Number (TIN)
Social security number
  8 2 2 - 2 4 - 2 0 7 4
or Employer identification number
  __ - _______
Part II Certification ... Sign Here: Ignacio Cordero   Date: 12/4/26

Note from Celia: this is for his stipend as a weekend canvasser lead.
""",
        [("US_SSN", "8 2 2 - 2 4 - 2 0 7 4")],
    ),
    (
        """Subject: Slack digest: #gotv-westside (4 new messages)
From: Slack <notification@slack-mail.com>
To: ward3-team@votenorthsidepac-mail.org

Northside Forward PAC - #gotv-westside

Kenji Sato  4:12 PM
Door 14 on Alcott: Mrs. Eula Barnett, 81. Registered her today (moved from
Ohio). Says she's voting for Ramirez for council and wants a yard sign. Needs
a ride on election day, her daughter works.

Aaliyah Brooks  4:20 PM
Logged her as a 1 (strong support) in the app. I'll add her to the ride list.

Kenji Sato  4:31 PM
Doors 15-22 no answer, lit dropped.

Aaliyah Brooks  4:33 PM
Turf B done, heading back to the office.

Open Slack: https://northside-forward.slack-mail.com/archives/C04GOTVW
""",
        [("political_opinion", "")],
    ),
    # --- PAC data vendor ---
    (
        """Subject: Nightly contributor file - Forward Valley PAC - 2 of 14 records shown
From: ListBridge Data <feeds@listbridge-data.com>
To: treasurer@forwardvalleypac.org

ListBridge nightly delivery for committee Forward Valley PAC (FEC ID C00871234).
14 new contributions. Full file on SFTP; first 2 shown for your QA.

<contributions committee_id="C00871234" batch="2026-12-05">
  <contribution id="FV-26-10881">
    <contributor>
      <name>Harold Vickery</name>
      <address>88 Rowan Ct, Fresno CA 93711</address>
      <employer>Retired</employer><occupation>Retired</occupation>
    </contributor>
    <amount>250.00</amount><date>2026-12-04</date>
    <method>card</method><card_last4>1925</card_last4>
  </contribution>
  <contribution id="FV-26-10882">
    <contributor>
      <name>Imelda Fuentes-Roark</name>
      <address>3106 W Shields Ave, Fresno CA 93722</address>
      <employer>Sierra Ag Supply</employer><occupation>Controller</occupation>
    </contributor>
    <amount>1000.00</amount><date>2026-12-04</date>
    <method>card</method><card_last4>0396</card_last4>
  </contribution>
</contributions>
""",
        [
            ("political_opinion", ""),
            ("CREDIT_CARD_LAST_DIGITS", "1925"),
            ("CREDIT_CARD_LAST_DIGITS", "0396"),
        ],
    ),
    (
        """Subject: Your ListBridge API credentials (production)
From: ListBridge Onboarding <onboarding@listbridge-data.com>
To: digital@forwardvalleypac.org

Welcome to ListBridge! Your production credentials are below. The secret key
is shown only in this email and once in the dashboard; store it in your CRM's
integration settings and delete this message.

Account ID:        acct_FVP_0042
Publishable key:   pk_live_bESjA54gaieW25BUfBoaID1x
Secret key:        sk_live_lVUhp2pWoNueIpmGgRw0NVN8gRBWqjU4
Webhook endpoint:  https://forwardvalleypac.org/hooks/listbridge
Rate limit:        600 requests/minute

Docs: [1]  Status page: [2]
[1] https://docs.listbridge-data.com
[2] https://status.listbridge-data.com
""",
        [("API_KEY", "sk_live_lVUhp2pWoNueIpmGgRw0NVN8gRBWqjU4")],
    ),
    (
        """Subject: ListBridge embed snippet + data dictionary for your web team
From: ListBridge Support <support@listbridge-data.com>
To: digital@forwardvalleypac.org

Hi! As requested, the snippet for your donation page. It uses only your
publishable key, which is safe to put in page source. Your secret key never
goes in the browser.

<script src="https://js.listbridge-data.com/v3/embed.js"
        data-key="pk_live_Zr4Tq8mWc2Lp6Xy1Nb7Kd3Hs"
        data-committee="C00871234"></script>

Contributor file fields (nightly XML/CSV):
  name, address, employer, occupation  - required by FEC for gifts over $200
  amount, date, method                  - method: card | ach | check
  card_last4                            - present only when method = card
  memo                                  - free text from the donor

Sample files use synthetic names only. Questions? Reply here.
""",
        [],
    ),
    # --- clinical-trial recruitment ---
    (
        """Subject: New prescreen - GLYCO-STEP (Protocol 26-114) - site 04
From: StudyFront Forms <forms@studyfront-mail.com>
To: coordinator.site04@lakeshoreclinicalresearch.org

New prescreen submitted via "GLYCO-STEP interest form" (landing page B).

first_name: Leonard
last_name: Achterberg
age: 58
zip: 49503
best_time_to_call: evenings
dx_type2_diabetes: yes
years_since_dx: 6
a1c_most_recent: 8.4
a1c_date: 2026-10
on_metformin: yes
insulin_use: no
glp1_use_ever: no
kidney_disease: not sure
q9_other: my doctor also said fatty liver at my last ultrasound
race_ethnicity: Black or African American
hispanic_latino: no
heard_about_study: Facebook ad
consent_to_contact: yes

Auto-score: 6/8 (likely eligible) - please call within 2 business days.
""",
        [("health", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: [Webhook delivery failed x3] form_response for LA-PREP 26 screener
From: Typeform Webhooks <webhooks@typeform-mail.com>
To: devops@riverbendresearchinstitute.org

Your endpoint https://crm.riverbendresearchinstitute.org/hooks/typeform returned
HTTP 502 three times. We will not retry. Payload below so you can replay it.

{
  "event_type": "form_response",
  "form_id": "LAPREP26",
  "submitted_at": "2026-12-05T03:14:27Z",
  "answers": {
    "first_name": "Malik",
    "q2_age": 29,
    "q3_sex_assigned_at_birth": "male",
    "q4_gender_of_sex_partners": "men",
    "q5_currently_on_prep": "no - stopped in May",
    "q6_last_hiv_test": "negative, October, at the county clinic",
    "q6b_sti_last_12_months": "chlamydia in June, treated",
    "q7_other": "my boyfriend is poz and undetectable, we want more options",
    "phone": "+17735550165"
  },
  "hidden": {"utm_source": "grindr", "utm_campaign": "winter26"}
}
""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Fwd: inquiry about memory study (machine-translated from Korean)
From: Recruitment Line <recruit@lakeshoreclinicalresearch.org>
To: coordinator.memory@lakeshoreclinicalresearch.org

Forwarding from the website chat. Original was in Korean; below is the auto
translation from the chat tool. Please call with the Korean interpreter line.

[Auto-translated from Korean]
Hello. I am the wife of Mr. Kim Dong-hyun (age 74). My husband received the
diagnosis of Alzheimer type dementia 2 years ago at the university hospital
and is eating donepezil 10mg every evening. Recently he forgets the way to the
market and repeats the same question. His older brother had the same
disease, so last year the doctor did the gene test and said my husband has
two copies of APOE4. The son saw the advertisement of the
new medicine study on the internet. Is it possible my husband participates?
He does not speak English well, I will come together. Telephone is
(616) 555-0170, after 2 p.m. is good.
[End of translation]
""",
        [("health", ""), ("genetic", "")],
    ),
    (
        """Subject: Now enrolling: GLYCO-STEP diabetes research study (ad copy for approval)
From: Marketing <marketing@lakeshoreclinicalresearch.org>
To: irb-liaison@lakeshoreclinicalresearch.org

Please route to the IRB for approval of the attached ad (v3, changes
highlighted). Plain-text version:

[image: smiling older man walking outdoors]
DO YOU HAVE TYPE 2 DIABETES?
You may qualify for a research study of an investigational once-weekly
medicine.
You may be eligible if you:
* are 40-75 years old
* have had type 2 diabetes for at least 1 year
* take metformin
Qualified participants receive study-related care at no cost and may be
compensated for time and travel.
Call (616) 555-0190 or visit [1]

IRB #26-114 | Lakeshore Clinical Research, Grand Rapids MI
[1] https://lakeshoreclinicalresearch.org/glycostep
""",
        [],
    ),
    (
        """Subject: Weekly screening log - GLYCO-STEP site 04 (wk 48)
From: StudyFront Reports <reports@studyfront-mail.com>
To: pi.site04@lakeshoreclinicalresearch.org

week,prescreens,phone_screened,scheduled_v1,screened_v1,screen_fail,randomized
45,31,22,11,9,4,5
46,28,19,8,8,3,5
47,17,12,6,6,2,4
48,44,29,14,12,3,9
cumulative,402,288,131,118,41,77

Top screen-fail reasons (cumulative): A1c out of range (17), eGFR < 45 (9),
withdrew consent (6), other (9).
Enrollment target 90 by 02/28/2027; projected to meet target 02/10/2027.
""",
        [],
    ),
    # --- sleep lab ---
    (
        """Subject: Fwd: Your sleep study results are ready
From: Patricia Vandermeer <pvandermeer@homemail-wi.com>
To: Hank Vandermeer <hankv.shop@mailbox-wi.com>

Hank, can you log in on the big computer and print this for Dr. Osei on
Monday? The code is in there, it only lasts 10 minutes so do it right away.

---------- Forwarded message ---------
From: Lakeside Sleep Center <no-reply@lakesidesleep-portal.com>

[image: Lakeside Sleep Center]

Hi Patricia, your results are ready.
Study
In-lab polysomnography, 11/21/2026
Apnea-Hypopnea Index (AHI)
31.4 events/hour
Lowest oxygen saturation
79%
Interpretation
Severe obstructive sleep apnea. CPAP titration study recommended.
View full report [1]

Your one-time sign-in code: 363188 (expires in 10 minutes)

[1] https://lakesidesleep-portal.com/results/psg-26-7791
""",
        [("health", ""), ("ACCESS_CODE", "363188")],
    ),
    (
        """Subject: PA queue export 12/04 - CPAP/APAP auths pending (for Monday huddle)
From: Lakeside Sleep Center Billing <billing@lakesidesleep.org>
To: dme-team@lakesidesleep.org

Auto-export from the billing system, pasted so it reads on phones.

patient,dob,payer,hcpcs,icd10,ahi,status,days_pending
Hollis Grant,1959-02-17,Aetna,E0601,G47.33,24.8,pending clinicals,6
Bettina Ruiz,1972-09-30,BCBS,E0601,G47.33,41.2,peer-to-peer set 12/8,9
Omar Whitley,1988-01-12,Medicaid MCO,E0601,G47.33,16.0,approved - ship,0

Hollis: payer wants the 30-day compliance plan signed by Dr. Osei.
""",
        [("health", "")],
    ),
    (
        """Subject: We're hiring: Registered Polysomnographic Technologist (nights)
From: Lakeside Sleep Center HR <hr@lakesidesleep.org>
To: all-staff@lakesidesleep.org

Please share with anyone you know!

POSITION: Registered Polysomnographic Technologist (RPSGT), 3x12 nights
LOCATION: Lakeside Sleep Center, Oconomowoc WI

What you'll do: set up and monitor in-lab sleep studies for adults and kids,
score studies, perform CPAP/BiPAP titrations, respond to emergencies, and help
patients who have insomnia, sleep apnea, narcolepsy or restless legs feel at
ease on their study night.

Requirements: RPSGT or eligible within 12 months; BLS; comfortable with
patients who use wheelchairs or oxygen.
Pay: $31-$39/hr + night differential. Benefits day one.
Apply: [1]
[1] https://lakesidesleep.org/careers/rpsgt-nights
""",
        [],
    ),
    (
        """Subject: Scan to email - NewPatientPacket_blank.pdf (OCR)
From: FrontDesk-Scanner <scan@lakesidesleep.org>
To: frontdesk@lakesidesleep.org

OCR text of scanned document (4 pages). Please check it before uploading the
form to the website as the fillable version.

LAKESIDE SLEEP CENTER - NEW PATIENT QUESTIONNAIRE
Name: ______________________  DOB: ___/___/_____
Referring provider: ______________________
EPWORTH SLEEPINESS SCALE (0 = would never doze ... 3 = high chance)
Sitting and reading                          0  1  2  3
Watching TV                                  0  1  2  3
As a passenger in a car for an hour          0  1  2  3
In a car, while stopped for a few minutes    0  1  2  3
Do you snore loudly?            [ ] Yes  [ ] No
Has anyone seen you stop breathing? [ ] Yes  [ ] No
Current medications: ______________________________
Patient signature: ___________________   Date: ________
""",
        [],
    ),
    # --- hearing-aid clinic ---
    (
        """Subject: Scanned: purchase agreement - Faircloth (OCR)
From: scanner@clearpathhearing.com
To: billing@clearpathhearing.com

OCR output, 2 pages. Please key into the system and shred the paper.

CLEARPATH HEARING CENTERS - PURCHASE AGREEMENT
Patient: Norma J. Faircloth        Date: 12/03/2026
Audiologic findings: moderate-to-severe bilateral sensorineural hearing
loss, sloping; word recognition 68% R / 72% L
Devices: (2) ClearPath Aria 7 RIC, rechargeable, color: beige
Price: $4,980.00   Less insurance benefit: $1,500.00   Balance: $3,480.00
Trial period: 45 days from fitting (fit date 12/10/2026)
PAYMENT: [X] Credit card  [ ] Check  [ ] Financing
Card no. 4393 3477 8002 4644   Exp 05/28   CVV 947
Name on card: Norma J Faircloth
Patient signature: Norma J. Faircloth
""",
        [("health", ""), ("CREDIT_CARD", "4393 3477 8002 4644"), ("CVV", "947")],
    ),
    (
        """Subject: SMS reply to appointment reminder - (216) 555-0127
From: ClearPath Reminders <reminders@clearpathhearing.com>
To: frontdesk.lakewood@clearpathhearing.com

A patient replied to an automated reminder.

Reminder sent 12/04 9:00 AM:
"ClearPath Hearing: reminder of your appointment Thu 12/10 at 2:30 PM at
Lakewood. Reply C to confirm or call (216) 555-0100 to reschedule."

Reply received 12/04 9:41 AM from (216) 555-0127:
"This is Gloria Petty. Cant come thurs, thats my chemo day at the cancer
center and I'm wiped out after. Can we do the hearing aid cleaning the week
after, any morning"

Reply via SMS from the reminders dashboard: [1]
[1] https://reminders.clearpathhearing.com/inbox
""",
        [("health", "")],
    ),
    (
        """Subject: Financing decision: APPROVED - Lindqvist, Herbert (HearWell Pay)
From: HearWell Pay Provider Portal <decisions@hearwellpay-mail.com>
To: billing@clearpathhearing.com

Provider: ClearPath Hearing Centers - Lakewood (Provider #HW-22817)

Applicant: Herbert Lindqvist
Decision: APPROVED
Credit line: $5,000.00
Promotional plan: 18 months no interest if paid in full
Credit score used in decision: 659 (bureau: TransUnion)
Purchase on file: bilateral hearing aids, Aria 5 BTE, fitting 12/09/2026
Amount to charge today: $3,200.00

Remind the patient that the first statement arrives in about 30 days.
Questions: provider line (800) 555-0119.
""",
        [("CREDIT_SCORE", "659"), ("health", "")],
    ),
    (
        """Subject: [ClearPath News] Free hearing screenings this month + holiday hours
From: ClearPath Hearing Centers <news@clearpathhearing.com>
To: community@clearpathhearing.com

[image: ClearPath Hearing logo]
[image: banner - family dinner table]

Free community hearing screenings
Lakewood Library
Sat 12/12, 10am - 2pm
Parma Senior Center
Tue 12/15, 9am - noon

No appointment needed and no cost. A screening takes 10 minutes and is not a
diagnosis; if you'd like a full evaluation we'll help you schedule one.

Holiday hours: closed 12/24-12/25 and 1/1.

Did you know? About 1 in 3 adults over 65 has some hearing loss.
[Find a location] [1]
[1] https://clearpathhearing.com/locations
Unsubscribe [2] | [2] https://clearpathhearing.com/unsub
""",
        [],
    ),
    # --- paternity-testing lab ---
    (
        """Subject: Your DNA test results are available - Case PT-26-40917
From: Cardinal DNA Diagnostics <results@cardinaldna-mail.com>
To: dsampson.works@mailbox-ga.com

Dear Derrick Sampson,

The results for your legal paternity case are complete.

Case number
PT-26-40917
Alleged father
Derrick A. Sampson
Child
Amari J. Greene
Mother
Tasha M. Greene
Loci tested
24 STR loci
Combined Paternity Index
412,386
Probability of paternity
99.9998%
Conclusion
The alleged father cannot be excluded as the biological father of the child.

To download the notarized report, sign in with your case number and case PIN
7657. Court-ordered cases are also sent to the requesting agency.
""",
        [("genetic", ""), ("PIN", "7657")],
    ),
    (
        """Subject: Re: pricing and how the legal test works
From: Cardinal DNA Diagnostics <info@cardinaldna-mail.com>
To: inquiry-web@cardinaldna-mail.com

Auto-response to web inquiry #77382. Thank you for contacting Cardinal DNA.

PRICE LIST (effective 1/1/2026)
Peace-of-mind paternity (home kit, 2 people): $149
Legal paternity, chain of custody (2 people): $340
Each additional tested party: $95
Prenatal non-invasive paternity: $1,450

HOW CHAIN OF CUSTODY WORKS
A collector checks each person's government photo ID, takes a photo, and
collects cheek swabs in person. A thumbprint may be taken on the form as
the collector's record of identity. Samples are sealed and shipped to the
lab. Results in 2-3 business days. Results are released only to the
tested adults, or to the agency that ordered the test.

Book a collection: [1]
[1] https://cardinaldna-mail.com/book
""",
        [],
    ),
    # --- gym with face check-in ---
    (
        """Subject: [FaceGate] 3 low-confidence check-ins for review - Ironworks Eastside
From: FaceGate Alerts <alerts@facegate-access.com>
To: manager.eastside@ironworksfitness-mail.com

Events below scored under your auto-approve threshold (0.95) and were let in
by staff override. Review within 24 hours.

[
  {"event": "checkin.face_match", "ts": "2026-12-05T05:31:12-06:00",
   "member": {"id": "M-20931", "name": "Keira Doyle"},
   "match_score": 0.9416, "liveness": "pass", "door": "Main"},
  {"event": "checkin.face_match", "ts": "2026-12-05T06:02:48-06:00",
   "member": {"id": "M-11877", "name": "Bradley Osei-Tutu"},
   "match_score": 0.9145, "liveness": "pass", "door": "Main"},
  {"event": "checkin.face_match", "ts": "2026-12-05T17:45:03-06:00",
   "member": {"id": "M-30264", "name": "Anneliese Roth"},
   "match_score": 0.9833, "liveness": "retry", "door": "Turnstile 2"}
]

Tip: ask members with new glasses or beards to re-enroll at the front desk.
""",
        [("biometric", "")],
    ),
    (
        """Subject: [FaceGate] Enrollment failed - Ron Castellanos (M-30391)
From: FaceGate Alerts <alerts@facegate-access.com>
To: it@ironworksfitness-mail.com

Enrollment job 6329 for member M-30391 (Ron Castellanos) failed at step
"template_store" (timeout talking to region us-central). Debug bundle:

member_id: M-30391
member_name: Ron Castellanos
capture_quality: 0.87
template_version: fg-embed-v5 (512-d)
template_sha256: 51e0148451e222e64add299bd6013ad92b350e4ca2c1d42e0f4c9649f2931eb4
embedding[0:8]: [0.0716, -0.1112, 0.0995, 0.1691, 0.0313, -0.0456, -0.1716, -0.038]
consent_record: BIPA-2026-11-30 (signed in app)

The member can keep using the PIN pad until enrollment succeeds. Retry:
https://console.facegate-access.com/enrollments/6329/retry
""",
        [("biometric", "")],
    ),
    (
        """Subject: Please review: Biometric Information Notice & Consent (v2)
From: Ironworks Fitness Legal <legal@ironworksfitness-mail.com>
To: managers@ironworksfitness-mail.com

Managers, the updated notice below goes live Monday on the app and at every
front desk. Members who don't consent keep using key fobs; nobody may be
pressured to enroll.

IRONWORKS FITNESS - BIOMETRIC INFORMATION NOTICE
1. What we collect: a mathematical template of your face created from a photo
   at enrollment. We do not keep the photo.
2. Why: to let you check in without a fob.
3. Who processes it: our vendor FaceGate, under contract.
4. How long: until you cancel your membership or withdraw consent, and never
   longer than 3 years after your last visit.
5. We never sell, lease or trade biometric information.
6. Your consent is voluntary and you may withdraw it at any time.

[ ] I consent   [ ] I do not consent    Member signature: ____________
""",
        [],
    ),
    (
        """Subject: FaceGate release notes 5.2 - faster check-in, new reports
From: FaceGate Product <product@facegate-access.com>
To: customers@facegate-access.com

What's new in FaceGate 5.2

* Check-in is 30% faster on Turnstile Pro units.
* New "Match quality" report shows the share of check-ins above your
  auto-approve threshold, by door and hour. Across all customers last month,
  96.8% of face check-ins auto-approved and 0.02% were false accepts in
  our audit sample.
* Templates are now encrypted with per-customer keys.
* Members can delete their template themselves in the member app.

Sandbox keys for testing the new reporting API are in your console; live keys
are never shown in email.
Release details: [1]
[1] https://facegate-access.com/releases/5-2
""",
        [],
    ),
    # --- payroll processor ---
    (
        """Subject: Your pay statement is ready - period ending 12/05/2026
From: PayNest Payroll <statements@paynest-mail.com>
To: d.whitfield.hvac@mailbox-mi.com

[image: PayNest]

Pay statement
Employer
Great Lakes Comfort Systems LLC
Employee
Darius Whitfield
SSN
XXX-XX-5744
Pay date
12/11/2026
Gross pay
$2,146.00
Federal income tax
-$188.40
Social Security
-$133.05
Medicare
-$31.12
MI income tax
-$84.10
SMHW Local 1182 Dues
-$48.16
Net pay
$1,661.17
Deposited to
Routing 127560083 / Account 6331783941 (checking)

Questions about your pay? Contact your employer. [1]
[1] https://my.paynest-mail.com/statements
""",
        [
            ("US_SSN", "5744"),
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "127560083"),
            ("US_BANK_NUMBER", "6331783941"),
        ],
    ),
    (
        """Subject: New hire packet summary - Sweetgum Bakery (2 employees)
From: PayNest Onboarding <onboarding@paynest-mail.com>
To: owner@sweetgumbakery-mail.com

Both new hires finished self-onboarding. Summary below for your records; please
inspect the original I-9 documents in person within 3 business days.

employee,ssn,start_date,i9_documents,doc_number,doc_state,doc_exp
Nadia Ferreira,459-91-9169,2026-12-07,List A - US passport,680544705,,2031-04-11
Colby Tran,507-22-4986,2026-12-08,List B - driver license + List C,14805529,TX,2029-08-30

W-4 status: both complete. Direct deposit: both complete (view in portal).
State new-hire report: will be filed automatically on 12/10.
""",
        [
            ("US_SSN", "459-91-9169"),
            ("US_PASSPORT", "680544705"),
            ("US_SSN", "507-22-4986"),
            ("US_DRIVER_LICENSE", "14805529"),
        ],
    ),
    (
        """Subject: Chat transcript - PayNest Support - conversation 8823-Q
From: PayNest Support <support@paynest-mail.com>
To: dana@sweetgumbakery-mail.com

Here is a copy of your chat with PayNest Support on Dec 4, 2026.

[2:14 PM] Dana Whitcomb: hi, payroll won't submit, says my login needs to be
re-verified, and I'm not getting the email
[2:15 PM] Alex (PayNest): Sorry about that! I can help. For security, what's
the username on the account?
[2:15 PM] Dana Whitcomb: dana@sweetgumbakery-mail.com
[2:16 PM] Dana Whitcomb: password is Marigold!Bakery27 if that helps, I just
reset it this morning
[2:16 PM] Alex (PayNest): Please never share your password in chat - I've
flagged the account for a reset. Can you answer your security question?
[2:17 PM] Dana Whitcomb: first car was a Tercel
[2:18 PM] Alex (PayNest): Thanks, verified. Resetting now; you'll get a link.

Rate this conversation: [1]
[1] https://paynest-mail.com/csat/8823-Q
""",
        [("PASSWORD", "Marigold!Bakery27"), ("PASSWORD", "Tercel")],
    ),
    (
        """Subject: Payroll register summary - Crossroads Family Services - 12/05 cycle
From: PayNest Payroll <statements@paynest-mail.com>
To: finance@crossroadsfamilyservices-mail.org

Company: Crossroads Family Services Inc. (EIN 38-2749165)
Pay period: 11/22/2026 - 12/05/2026 | Check date: 12/11/2026

Employees paid: 47 (42 direct deposit, 5 paper check)
Gross wages: $131,842.16
Employee taxes withheld: $24,119.77
Employer taxes: $10,334.02
403(b) deferrals: $6,208.50
Health premiums (pre-tax): $9,412.00
Union dues withheld (HSWU Council 25, remitted monthly): $1,284.00
Garnishments: $612.44
Net pay: $90,205.01

Funding: $100,539.03 will be debited from checking ending in 1421 on 12/09.
Approve by 5 PM ET 12/08: [1]
[1] https://my.paynest-mail.com/approve
""",
        [],
    ),
    (
        """Subject: Confirmation: direct deposit account changed
From: PayNest Payroll <security@paynest-mail.com>
To: m.oyelowo@homemail-mn.com

Hi Mercy,

The bank account for your pay was changed on Dec 5, 2026 at 10:42 AM CT.

New account: checking ending in 3907 (Lake Superior Credit Union)
First pay date using this account: 12/18/2026
Change made by: you, from the PayNest mobile app (Android)
Confirmation number: DD-26-915842

If you didn't make this change, call us right away at (800) 555-0137 and tell
your employer. We will never ask for your password or a verification code by
email or phone.
""",
        [],
    ),
    # --- student-loan servicer ---
    (
        """Subject: New submission: PSLF Employer Certification Request
From: HR Forms <hrforms@crossroadsfamilyservices-mail.org>
To: hr@crossroadsfamilyservices-mail.org

"PSLF Employer Certification Request" has a new submission.

employee_name: Jasmine Okonjo-Reyes
employee_id: CFS-0311
borrower_ssn: 898-45-3886
borrower_dob: 1990-10-14
employment_start: 2019-03-04
employment_end: (current)
hours_per_week: 40
full_time: yes
employer_ein: 38-2749165
employer_contact: payroll@crossroadsfamilyservices-mail.org
signature_method: PSLF Help Tool e-signature (please sign by Dec 18)
notes: My servicer says the 2021-2022 certification is missing. Thank you!!
""",
        [("US_SSN", "898-45-3886")],
    ),
    (
        """Subject: Your chat with Keystone Loan Servicing (transcript)
From: Keystone Loan Servicing <chat-transcripts@keystoneloans-mail.com>
To: rtillman.teach@mailbox-pa.com

Chat ID 44-118-2093 | Dec 3, 2026

Agent Marcus: Thanks for contacting Keystone. To verify your identity, please
give the last 4 of your SSN and the answer to your security question.
Visitor (Rochelle Tillman): 4161
Visitor (Rochelle Tillman): mother's maiden name is Haverkamp
Agent Marcus: Thank you, you're verified. How can I help?
Visitor (Rochelle Tillman): my IDR recert is due and I got an email saying my
payment will jump to $412, I'm a teacher aide and that's not possible
Agent Marcus: I see the recert is pending documents. Upload your most recent
pay stub and the payment will be recalculated within 10 business days.

Transcripts are kept for 24 months.
""",
        [("US_SSN", "4161"), ("PASSWORD", "Haverkamp")],
    ),
    (
        """Subject: Voicemail from KEYSTONE LOANS (800) 555-0144 - 0:38
From: Visual Voicemail <vvm-noreply@lakeshorewireless-mail.com>
To: tdelacroix.home@mailbox-pa.com

You have a new voicemail.
From: KEYSTONE LOANS (800) 555-0144
Received: Fri, Dec 4, 2026 at 3:52 PM
Length: 0:38

Transcription (beta, may be inaccurate):
"Hello, this is an automated message from Keystone Loan Servicing for Terrance
Delacroix. Your one time passcode to finish signing in to your account is
two four one two three eight. Again, two four... the code expires in ten
minutes.
If you did not request this code, please call us at 800 555 0144. Goodbye."

Listen in the app: [1]
[1] https://vvm.lakeshorewireless-mail.com/msg/9f2a
""",
        [("ACCESS_CODE", "two four one two three eight")],
    ),
    (
        """Subject: =?UTF-8?Q?Important_changes_to_income-driven_repayment_=E2=80=94_action?=
From: Keystone Loan Servicing <notices@keystoneloans-mail.com>
To: borrowers@keystoneloans-mail.com
Content-Transfer-Encoding: quoted-printable

Dear Borrower,=20

Federal rules for income-driven repayment (IDR) are changing. Here=E2=80=99s=
 what that means for you:=20

* If you are enrolled in an IDR plan, you=E2=80=99ll be asked to recertify y=
our income by the date shown in your online account.=20
* Borrowers with a total and permanent disability discharge request, or in=
 a military deferment, do not need to act.=20
* Keystone will never ask for your password or a one-time code by email or =
phone.=20

Questions? Log in at [1] or call (800) 555-0144.=20

[1] https://keystoneloans-mail.com/login=20
This is a service message about your federal student loans.
""",
        [],
    ),
    # --- pawn shop / check casher / buy-here-pay-here ---
    (
        """Subject: LeadsTrack upload report - Gold Star Pawn #2 - 1 record rejected
From: LeadsTrack Reporting <uploads@leadstrack-mail.com>
To: manager@goldstarpawn2-mail.com

Daily transaction upload for 12/04/2026: 38 records accepted, 1 rejected.
Rejected records must be corrected and re-sent within 24 hours (city ord.).

Record 27 - REJECTED (missing field: item_serial)
ticket_no: 55183
txn_type: pawn
customer_name: Vernon Tibbs
customer_dob: 1977-06-03
id_type: AZ driver license
id_number: P87017247
right_thumb_template_sha256:
  69eb0f689d593f9f5e52c52ff8ed7ced1560207d2507a2c6f83b485a88569a23
item: DeWalt 20V hammer drill kit
item_serial: (blank)
loan_amount: 60.00

Fix and resend: https://leadstrack-mail.com/uploads/20261204/27
""",
        [("US_DRIVER_LICENSE", "P87017247"), ("biometric", "")],
    ),
    (
        """Subject: Customer enrollment note - Briggs, Lamont (store 4)
From: Silver State Check Cashing <store4@silverstatecheck-mail.com>
To: compliance@silverstatecheck-mail.com

New customer enrolled at store 4 today, flagging for your review because of
the check type and amount over $200 without payroll history.

Customer: Lamont Briggs
ID presented: Nevada ID card 2063019420 (issued 11/30/2026)
SSN: 046-09-3525
Phone: (702) 555-0181
Check: State of Nevada Dept of Corrections - inmate trust account release
Check amount: $212.40   Fee: $6.37   Paid out: $206.03

Note: customer said he was released from High Desert last week and this is his
trust balance; the DMV ID was issued with his release paperwork. Photo ID and
check scanned into the profile.
- Ana, store 4
""",
        [
            ("US_STATE_ID", "2063019420"),
            ("US_SSN", "046-09-3525"),
            ("criminal_history", ""),
        ],
    ),
    (
        """Subject: Updated fee schedule + December promo (post at every window)
From: Silver State Check Cashing <ops@silverstatecheck-mail.com>
To: allstores@silverstatecheck-mail.com

Effective 12/7/2026. Please replace the window sign.

CHECK TYPE                         FEE
Payroll / government checks        1.75% (min $1.00)
Tax refund checks                  2.50%
Personal checks (approved only)    5.00%
Money orders (each)                $0.99
Bill pay (walk-in)                 $1.50

DECEMBER PROMO: first check free for new customers with code HOLIDAY26.
Back-office door keypad changes to 7798 on Monday; the old code stops
working at 8am.

Reminder: ID is required for every transaction, and the CTR threshold is
unchanged. Questions: ops line (702) 555-0115.
""",
        [],
    ),
    (
        """Subject: Credit app summary - Mills, Kendra - stock #B2291
From: DealerDesk BHPH <apps@dealerdesk-mail.com>
To: fi@peachlineautosales-mail.com

Application 26-3391 | Peachline Auto Sales (BHPH) | Submitted 12/04/2026

Applicant: Kendra Mills
SSN: 171-04-4372
DL: GA 805029609
Residence: 14 mo at 2210 Oak Hollow Rd, rent $950
Employer: Dollar Depot DC, 2 yr, $2,860/mo gross

Bureau pull (soft, single bureau)
Score: 535
Derogatory items:
 - Charge-off - Peach State Auto Credit, $6,210, reported 03/2024
 - Collection - Georgia Power, $388, placed 01/2025
 - 60-day late - Synchrony / Lowe's card, 08/2025
 - Chapter 7 bankruptcy - discharged 06/2019

Structure: $1,200 down, $115/wk, 30 months. GPS unit required.
""",
        [
            ("US_SSN", "171-04-4372"),
            ("US_DRIVER_LICENSE", "805029609"),
            ("CREDIT_SCORE", "535"),
            ("CREDIT_REPORT", "Charge-off - Peach State Auto Credit, $6,210, reported 03/2024"),
            ("CREDIT_REPORT", "Collection - Georgia Power, $388, placed 01/2025"),
            ("CREDIT_REPORT", "60-day late - Synchrony / Lowe's card, 08/2025"),
            ("CREDIT_REPORT", "Chapter 7 bankruptcy - discharged 06/2019"),
        ],
    ),
    (
        """Subject: New text from (404) 555-0163 - Peachline payments line
From: Peachline Text Relay <sms@peachlineautosales-mail.com>
To: collections@peachlineautosales-mail.com

Inbound SMS to Peachline payments (404) 555-0100
From: (404) 555-0163  |  Thu Dec 3, 2026 8:07 PM

"hey this is ricky lang, the silver altima stock B1877. can yall run my
payment on this card 4049 6661 8927 2910 exp 1/28 cvv 529 its for this week
and last week. PLEASE dont let them shut the car off I need it for work in
the morning"

Reply from the collections dashboard or call the customer.
""",
        [("CREDIT_CARD", "4049 6661 8927 2910"), ("CVV", "529")],
    ),
    (
        """Subject: Notice of action taken - TEMPLATE v7 (merge fields)
From: DealerDesk BHPH <templates@dealerdesk-mail.com>
To: fi@peachlineautosales-mail.com

Template preview (no application selected). Merge fields appear in brackets.

Dear [APPLICANT_NAME],

Thank you for applying for financing with Peachline Auto Sales. We are unable
to approve your application on the terms requested, for the reason(s) below:
[DECLINE_REASON_1]
[DECLINE_REASON_2]

Your credit score: [SCORE]   Range of possible scores: [SCORE_RANGE]
Key factors that adversely affected your score: [KEY_FACTORS]
Date: [SCORE_DATE]   Bureau: [BUREAU_NAME]

You have the right to a free copy of your credit report from the bureau
above within 60 days, and to dispute any inaccurate item.

Approve template: https://dealerdesk-mail.com/templates/aa-v7
""",
        [],
    ),
    # --- bounce with card; mutual-aid digest ---
    (
        """Subject: Undeliverable: Memorial gift for Walt
From: Microsoft Outlook <postmaster@outlook-relay.net>
To: joann.pruett@homemail-oh.com

Your message to giving@solacehospicecare.og couldn't be delivered.
solacehospicecare.og wasn't found. Please check the address for typos.

Diagnostic information for administrators:
Remote server returned '550 5.4.310 DNS domain does not exist'

Original message:
From: JoAnn Pruett <joann.pruett@homemail-oh.com>
Sent: Saturday, December 5, 2026 7:12 PM
Subject: Memorial gift for Walt

Hello, I'd like to make a gift in memory of Walter Ferrante, my neighbor of
thirty years. Please charge my Discover 6011 1406
7390 4353 exp 11/27, code 690, for $100 and send the acknowledgment to his
daughter Gail. Thank you for all you do.
JoAnn Pruett
""",
        [("CREDIT_CARD", "6011 1406\n7390 4353"), ("CVV", "690")],
    ),
    (
        """Subject: Maple Ward Mutual Aid Digest, Vol 3, Issue 112
From: maple-ward-mutualaid@groups-mail.io
To: maple-ward-mutualaid@groups-mail.io

Today's topics:
  1. OFFER: winter coats, kids sizes 6-10 - Bea Lindgren
  2. REQUEST: rides to the food shelf Tuesdays - Hal Morrow
  3. REQUEST: sharps container + advice - Priya Nair
  4. Re: OFFER: winter coats - Tamsin Cole
  5. Re: REQUEST: rides to the food shelf Tuesdays - Ron Haugen
  6. Reminder: list guidelines - Moderator
  7. Re: REQUEST: sharps container + advice - Leticia Banda

== 1 ==
From: Bea Lindgren
Six coats, clean, porch pickup on Birch St anytime this week.

== 2 ==
From: Hal Morrow
My car's in the shop till January. Anyone going to the food shelf Tuesdays
around 10?

== 3 ==
From: Priya Nair
Our son Theo (9) was diagnosed with type 1 diabetes last week, we're home from
the hospital and drowning. Does anyone have a spare sharps container, and is
there a parents' group nearby? Thank you.

== 4 ==
From: Tamsin Cole
Bea, I'll take two of the size 8s if they're still there!

== 5 ==
From: Ron Haugen
Subject: Re: REQUEST: rides to the food shelf Tuesdays
Hal, I go every other Tuesday, I'll DM you. Also the food shelf moved its
hours to 9-1 starting this week.

== 6 ==
From: Moderator
Subject: Reminder: list guidelines
Please keep posts to offers and requests. Don't post other people's
addresses or stories without asking them. Money requests go through the
group fund form [2], not the list.

== 7 ==
From: Leticia Banda
Subject: Re: REQUEST: sharps container + advice
Priya, the pharmacy at Lake & 38th gives sharps containers free if you ask at
the counter. There's also a family group that meets at the library on the
first Thursday. Sending you a hug.

You received this digest because you're subscribed to Maple Ward Mutual Aid.
Unsubscribe: [1]
[1] https://groups-mail.io/g/maple-ward-mutualaid/leave
[2] https://groups-mail.io/g/maple-ward-mutualaid/fund
""",
        [("health", "")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_29, "hard29", Path(__file__).with_name("hard-29.jsonl")))
