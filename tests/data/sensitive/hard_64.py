"""Hard set 64 (2026-12-07): a community health center's behavioral health and recovery program.

Written by an independent helper session working blind. It read only: the privacy policy
(/work/shared/policy/privacy-policy.txt, all of it), tests/data/sensitive/independent_sets.py,
scanner/categories.py, the output of `grep -n "line-length" pyproject.toml`, the labelling
conventions with the earlier sets' agreements (/tmp/mg/conventions.txt) and its brief
(/tmp/mg/brief64.txt). It never looked at the detector, its rules or any other test set. It
ran: throwaway scripts under /tmp/hard64_gen/ (identifier generation with random.Random(64064);
a script that wrote this module from case lists kept there; a check that imports this
validator and counts cases, words and stray Luhn- or SSN-shaped numbers), then this module,
`ruff format` and `ruff check` on it, and `git add`, `git commit`, `git rev-parse HEAD`.
Slips: one. After the first validation run it also ran `git status --short` once, a git
command the brief does not allow; it showed only the two new files.

The sender is invented: Riverbend Community Health Center in Harlan Falls, PA, its Bridgeway
Recovery Program (MAT, IOP and groups), front desk, billing office, HR and payroll, the
RiverbendConnect patient portal and its IT vendor, in the week between Christmas and the new
year. Kinds of mail: scheduling, prior authorizations and denials, patient portal messages,
group rosters, methadone/buprenorphine/naltrexone coordination with pharmacies and an OTP,
sliding-fee applications with income proof, portal passwords and one-time codes, HR mail
(licences, clearances, union dues), a faith-based recovery group renting a room, a board
member's fundraiser invitation, a research study, and IT tickets.

Identifiers: every number, code and secret is made up, from throwaway scripts using
random.Random(64064). Card numbers are random with a Luhn check digit (Visa 4..., Mastercard
53..., Amex 37...); routing numbers have a valid Federal Reserve prefix and the ABA checksum;
the Irish IBAN has a computed mod-97 check digit pair; NPIs carry the NPI check digit (Luhn
with the 80840 prefix) and DEA numbers the DEA check digit. Bank account numbers, the SSN
last fours, licences (PA 8 digits printed in groups, Ohio two letters and six digits, NJ a
letter and 14 digits printed in groups), the PA ID card, passports (U.S. 9 digits, Mexican G
plus 8 digits), card last four, PINs, one-time codes and claim numbers are random digits; the
API secrets are random base62 strings. Claim numbers were checked not to pass Luhn. The two
CVVs, the credit score, the passwords and security answers, and reference numbers (member IDs,
authorization references, dockets, tickets, account SIDs) were written by hand. Phone numbers
are 555-01xx; all people, organisations, pharmacies, payers, vendors, the court dockets and
the candidate are invented.

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

The agreements recorded after these in earlier sets (sets 24 to 30: e.g. an organisation's own
online-banking password and phone-banking PIN, a QuickBooks code, an EBT PIN, an Amex code on
the front as CVV, a card broken over two lines, a partner notice, a treatment-court report)
were followed as well; those this set relies on are restated below.

Added for this set:
- NPIs (individual and group), DEA registration numbers, state medical licences and
  professional licence or certificate numbers of clinicians and staff (RN, LCSW, CRS, CAAP)
  are professional registrations published for verification, not identity documents, and the
  label set has no label for them: never labelled, and they never make a text positive.
- Claim numbers, payer authorization and reference numbers (a six-digit "auth ref" or "auth
  code" included), health-plan member IDs, Rx numbers, a patient's billing account number on a
  clinic statement, employee IDs, study IDs, ticket numbers, court docket numbers, a TextPath
  account SID, a FaxBridge client ID, a banking user name and terminal serials are unlabelled
  identifiers. The texts avoid Medicaid and Medicare numbers. Expiry dates and billing zips
  beside a card are not labelled; a BIC beside an IBAN is not labelled.
- health, implicit: a named patient's Suboxone induction (COWS), Sublocade, Subutex,
  buprenorphine films, methadone dose or guest dosing, Vivitrol, Vyvanse, Biktarvy,
  venlafaxine, take-homes, an IOP intake, a detox authorization, "41 days" with group and drug
  screens, and an IOP or outpatient recovery group roster with first names and initials are
  health. Being a patient, registering, a primary-care new-patient visit, a sliding-fee
  application, paying a balance or copay, wanting to see unspecified "lab results" or "visit
  notes", and asking about a bill name no condition: not health.
- A faith-based recovery group's coordinator writing that he has been clean from heroin eleven
  years and is an ordained elder of a named church discloses health and religious_belief. The
  group's rental confirmation, building codes and a holiday notice naming the group say
  nothing about a person: not labelled.
- A patient rescheduling because she is Ukrainian Orthodox and attends the Divine Liturgy on
  7 January: religious_belief only (the appointment names no service; asking for a Ukrainian
  interpreter is language alone).
- A board member's personal invitation saying she is on a candidate's host committee and that
  she and her husband each gave the maximum: political_opinion. A staff reply saying she gave
  at a named level and her husband will canvass: political_opinion, and "Visa ending 6632" is
  CREDIT_CARD_LAST_DIGITS. The compliance reminder about campaign activity: nothing.
- trade_union_membership: a nurse's own stub with union dues deducted twice; a signed
  membership and dues authorization card received for a named LPN; a nurse signing as the
  union's steward. An open union meeting notice, the CBA holiday-pay article, a grievance
  mentioned without names and payroll totals of dues for "46 members": not labelled.
- criminal_history: a new hire's conviction, prison term and parole in an HR note (his eight
  years of recovery from opioid use disorder are health); "My PO wants it ... or I got to go see
  the judge again" (probation); a treatment-court progress report (with health for the
  naltrexone and screens); a named man released from county prison after an assault charge,
  with a no-contact bail condition; a roster of named people referred to an Alcohol Highway
  Safety School class after DUI convictions. That class is education, not treatment, so the
  roster is not health; its open-enrollment schedule, the attendance-letter template and a
  safety memo about an unnamed "November incident" are not labelled. Clean clearances are not.
- Research: a referral giving a named patient's OUD, buprenorphine dose and self-reported race
  is health and racial_ethnic_origin; an ancestry summary sent to a named participant is
  genetic and racial_ethnic_origin (no health); a pharmacogenomic panel (CYP2D6 poor
  metabolizer) with his venlafaxine side effects and depression is genetic and health. The
  recruitment flyer (welcoming Black, Latino and Indigenous participants), the blank consent
  excerpt and aggregate enrollment by race are not labelled.
- biometric: a portal identity check with a selfie-to-document face match score for a named
  patient (her PA ID card number is US_STATE_ID); a methadone dosing station's palm-vein match
  scores for named patients (the doses add health). Vendor release notes with an aggregate
  false rejection rate and the consent screen text are not.
- sexual_orientation: a male patient's husband as emergency contact (his drinking and
  withdrawal are health); a woman in a recovery group bringing her girlfriend to family night
  (the roster is also health; the girlfriend's Al-Anon attendance adds nothing); a syphilis
  partner notification to a named addressee (also health). The open LGBTQ+ affirming group
  flyer and aggregate "self-identified as LGBTQ+: 9%" are not labelled.
- A staff nurse's own cancer, surgery and chemotherapy in a leave request: health. Benefits
  reminders (EAP, a staff flu shot clinic for all) are not.
- racial_ethnic_origin: an EEO self-identification entry "Hispanic or Latino" for a named
  hire. Gender, veteran status, "I do not want to answer" and "Decline to self-identify" are
  not labelled; workforce totals by race are aggregate.
- Portal: a six-digit sign-in code quoted in a patient's portal message (even one she says
  expired) and one forwarded by a husband managing his wife's account are ACCESS_CODE. A
  temporary portal password set by staff, a patient's own password written after "pasword",
  and each security answer typed into a portal help chat are PASSWORD. SMS templates with
  {{otp_code}} or ######, the policy example "Winter2026" (a rejected pattern, no account),
  the staff MFA rollout and outage notices are not labelled.
- The billing office's QuickBooks Online verification code is ACCESS_CODE; the center's own
  online-banking password is PASSWORD and its phone-banking PIN is PIN. A safe combination, a
  lockbox, the med-room and group-room keypads, the side-door keypad, alarm codes and a printer
  badge PIN (no value given) are never labelled.
- PIN: a SNAP EBT card PIN noted for a patient; an IRS Identity Protection PIN on a tax-return
  cover sheet, with "SSN ending 7844" as US_SSN. "XXX-XX-1035" on a pay stub is US_SSN on
  1035; "Last 4 of SSN (optional): ___" on a blank form and a left-blank card field are nothing.
- Cards: a card taken by phone with its "security code" is CREDIT_CARD and CVV; an HSA
  Mastercard written over two lines is one CREDIT_CARD holding the line break; an Amex's
  "4-digit code on front" is CVV. Masked receipts and "operating account ending in 0927" are
  not labelled.
- Bank: routing and account numbers copied from a patient's statement printout for the sliding
  fee and a new hire's direct deposit are ABA_ROUTING_NUMBER and US_BANK_NUMBER; a locum
  psychiatrist's Irish IBAN for a reimbursement wire is IBAN_CODE.
- Credit: in a financing denial forwarded by the patient, the score is CREDIT_SCORE and each
  adverse item (a collection account, 60 days late) is CREDIT_REPORT on its whole line after
  the dash; "Too many recent inquiries" is a scoring factor, not an adverse item: not labelled.
  A payment-plan policy saying no credit is pulled is not labelled.
- IDs: a PA licence printed "21 603 537" and a PA ID card "18 284 923" are labelled with their
  spaces; an Ohio licence; an NJ licence in its printed groups; a Mexican passport number
  shown as ID for the sliding fee (US_PASSPORT); a U.S. passport on an I-9 (US_PASSPORT).
- API_KEY: an SMS gateway auth token in a connector log and an e-fax API secret copied from a
  settings page; a masked token "********" is not labelled.
- A composite training case ("M.") and aggregate outcomes (retention, screens, "criminal justice
  referral source: 17%") are not labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_64: list[Case] = [
    # 000 positive: health (implicit: Suboxone induction, COWS)
    (
        "Subject: Fri 12/26 schedule change - Kevin M.\n"
        "\n"
        "Hi Deb,\n"
        "\n"
        "Kevin Marsh called the front desk this morning. He can't do Monday anymore because his "
        "ride fell through, so I moved him to Friday 12/26 at 8:15 with Nurse Alvarez. He knows to "
        "come in already in withdrawal, at least 12 hours since last use, so she can do the COWS "
        "and start the first Suboxone dose on site. I told him to plan on being here about two "
        "hours.\n"
        "\n"
        "He asked if his girlfriend can wait in the lobby, I said yes.\n"
        "\n"
        "Can you make sure the induction slot is blocked on Alvarez's template? Last time it "
        "showed as a regular 20-minute visit and we double-booked her.\n"
        "\n"
        "Thanks,\n"
        "Marisa\n"
        "Front Desk, Riverbend Community Health Center\n"
        "(570) 555-0114",
        [("health", "")],
    ),
    # 001 decoy: program description
    (
        "Subject: Website copy - Bridgeway Recovery Program (final draft before Jan 1 launch)\n"
        "\n"
        "Team, here is the final copy for the new program page. Please send edits by Tuesday.\n"
        "\n"
        "---\n"
        "Bridgeway Recovery Program at Riverbend Community Health Center offers "
        "medication-assisted treatment for opioid and alcohol use disorder. Our prescribers can "
        "start buprenorphine (Suboxone, Sublocade) the same day, offer monthly naltrexone "
        "injections (Vivitrol), and coordinate methadone with licensed opioid treatment programs "
        "in the county. Counseling, peer recovery support and case management are part of every "
        "plan.\n"
        "\n"
        "Nobody is turned away for inability to pay. A sliding fee is available for anyone at or "
        "below 200% of the federal poverty level, and we accept Medical Assistance and most "
        "commercial plans.\n"
        "\n"
        "Walk-in hours: Monday to Friday, 8:00-10:00 am. Call (570) 555-0130 or ask at the front "
        "desk.\n"
        "---\n"
        "\n"
        "Marketing wants a photo for the header, something without faces. Ideas welcome.\n"
        "\n"
        "Joanne Pike\n"
        "Program Director",
        [],
    ),
    # 002 positive: ACCESS_CODE, patient message via portal notification, code far from keyword
    (
        "Subject: New message from patient: Log in problem\n"
        "\n"
        "You have a new secure message in RiverbendConnect.\n"
        "\n"
        "From: Elena Sokol\n"
        "Sent: 12/27 9:42 PM\n"
        "\n"
        "Hello, I am trying to see my lab results before my appointment on Tuesday but the site "
        "keeps sending me back to the beginning. I typed my email and password and then it sent a "
        'text with 6 numbers, 910060, I put them in right away and it says "code expired or '
        'invalid". I tried twice. My phone is an old one and maybe the texts come late?? Can '
        "somebody at the front desk help me or reset it. I don't want to miss the results.\n"
        "\n"
        "Thank you\n"
        "Elena\n"
        "\n"
        "To reply, sign in to RiverbendConnect. Do not reply to this e-mail.",
        [("ACCESS_CODE", "910060")],
    ),
    # 003 decoy: portal template
    (
        "Subject: RE: SMS template review for the portal (IT ticket 48213)\n"
        "\n"
        "Hi Priya,\n"
        "\n"
        "Here are the two templates as they will go out after the January upgrade. Please confirm "
        "the wording with compliance.\n"
        "\n"
        "Template 1 (sign-in):\n"
        '"RiverbendConnect: your one-time code is {{otp_code}}. It expires in 10 minutes. We will '
        'never call you and ask for this code."\n'
        "\n"
        "Template 2 (password reset):\n"
        '"RiverbendConnect: we received a request to reset your password. If this was you, use '
        'code {{otp_code}} on the reset page. If not, call (570) 555-0131."\n'
        "\n"
        "In the test run the preview showed ###### instead of the merge field, which is expected "
        "in staging. Character count is 143 and 158, so both fit in one SMS segment after we drop "
        "the emoji.\n"
        "\n"
        "Let me know by Friday if the reset wording should mention the front desk hours.\n"
        "\n"
        "Tom Reyes\n"
        "Tessellate IT Services, Service Desk",
        [],
    ),
    # 004 positive: health, prior auth Sublocade, NPI unlabelled, member ID unlabelled
    (
        "Subject: PA submitted - Sublocade - Harmon, Wade\n"
        "\n"
        "Hi Dr. Okafor,\n"
        "\n"
        "PA for Wade Harmon went in through the payer portal at 10:05 today.\n"
        "\n"
        "Drug: Sublocade 300 mg/1.5 mL, monthly x 2, then 100 mg maintenance\n"
        "Dx: F11.20, opioid dependence, uncomplicated\n"
        "Prescriber NPI: 1459563981\n"
        "Plan: Keystone Select PPO, member ID KSP448820193\n"
        "Reference #: PA-2612-77419\n"
        "\n"
        "They want documentation of at least 7 days on SL buprenorphine before the first "
        "injection. I attached your note from 12/15 showing he has been on 16 mg films since "
        "October. Turnaround is 72 hours, so we may hear back Tuesday. If it's denied I'll start "
        "the peer-to-peer request right away so we don't lose his 1/2 injection slot.\n"
        "\n"
        "Holly Brandt, CPhT\n"
        "Prior Authorization Coordinator, Bridgeway Recovery Program",
        [("health", "")],
    ),
    # 005 decoy: claim denial batch, aggregate, Luhn-invalid claim numbers
    (
        "Subject: December denials summary (through 12/29)\n"
        "\n"
        "Billing team,\n"
        "\n"
        "Denials posted this month, before the year-end push:\n"
        "\n"
        "- CO-197 (precert/authorization absent): 14 claims, $6,212.40\n"
        "- CO-16 (missing info, mostly rendering NPI on H0020 lines): 9 claims, $2,184.00\n"
        "- CO-50 (not medically necessary): 3 claims, $1,097.15\n"
        "- PR-1 (deductible): 22 claims, transferred to patient responsibility\n"
        "\n"
        "The two largest single denials were claim 44874897056602 and claim 79209139629240, both "
        "CO-197 from the same payer after they changed the portal in November. Both have auth "
        "numbers on file, so they should be simple corrected claims.\n"
        "\n"
        "Please work the CO-16s first, since the fix is just adding the NPI. Timely filing for the "
        "September dates of service ends 12/31 for two payers.\n"
        "\n"
        "Corrected claims go out in Tuesday's batch.\n"
        "\n"
        "Rick Szabo\n"
        "Billing Manager",
        [],
    ),
    # 006 positive: health, group roster (first names, IOP)
    (
        "Subject: IOP Tues/Thurs roster for holiday week\n"
        "\n"
        "Hi all,\n"
        "\n"
        "Roster for the Early Recovery IOP group (Room 214, 5:30-8:30) for 12/30 and 1/1 is below. "
        "We are NOT canceling Thursday even though it's New Year's Day, we voted on it last week "
        "and most of the group wanted to meet because the holiday is a hard night.\n"
        "\n"
        "1. Brianna T. - week 6\n"
        "2. Sam O. - week 2, still getting used to the UDS schedule\n"
        "3. Curtis W. - week 9, stepping down to OP after 1/8\n"
        "4. Nadine H. - week 4\n"
        "5. Luis P. - week 3\n"
        "6. Frank D. - new, intake done 12/22\n"
        "\n"
        "Facilitators: Gail (both nights), Marcus covering for Jenn on Tuesday.\n"
        "\n"
        "Please don't let anyone bring in sparkling cider with alcohol content again, check the "
        "label.\n"
        "\n"
        "Gail Mercer, LCSW",
        [("health", "")],
    ),
    # 007 decoy: open group schedule
    (
        "Subject: Holiday drop-in groups - please post at front desk and in lobby\n"
        "\n"
        "Everyone is welcome at these groups through the new year. No appointment, no insurance "
        "needed, and you don't have to be a Riverbend patient:\n"
        "\n"
        "- Coping with the Holidays (skills group), Mon 12/29, 1:00 pm, Community Room\n"
        "- SMART Recovery open meeting, Tue 12/30, 6:00 pm, Room 110\n"
        "- Family & Friends support (for people who love someone with a substance use problem), "
        "Wed 12/31, 11:00 am\n"
        "- Naloxone training and free kits, Fri 1/2, noon to 2:00, lobby table\n"
        "\n"
        "Community Room door will be propped open; Room 110 is on the keypad, staff will let "
        "people in.\n"
        "\n"
        "Questions: Bridgeway Recovery Program, (570) 555-0130.\n"
        "\n"
        "Please also post on the portal's announcements page, Priya.\n"
        "\n"
        "Gail",
        [],
    ),
    # 008 positive: health, methadone guest dosing
    (
        "Subject: Guest dosing request - R. Delgado\n"
        "\n"
        "To: Pinebrook Treatment Services, Intake\n"
        "From: Bridgeway Recovery Program, care coordination\n"
        "Fax follow-up to our call this morning\n"
        "\n"
        "Patient: Ramon Delgado, DOB 04/11/1979\n"
        "Dates requested: 12/26 through 01/02\n"
        "Reason: visiting his mother in Allentown over the holidays\n"
        "\n"
        "Ramon is dosed at Keystone Methadone Services in Harlan Falls and receives counseling "
        "through our program. His home OTP has confirmed his current dose of 85 mg daily, last "
        "dose observed 12/24, no take-homes. His counselor there is Andrea Lutz, (570) 555-0162. "
        "The signed consent under 42 CFR Part 2 is attached.\n"
        "\n"
        "Please call me when the guest dosing is approved so I can let him know where to go on the "
        "26th.\n"
        "\n"
        "Thank you,\n"
        "Wendy Fair, Care Coordinator\n"
        "(570) 555-0149",
        [("health", "")],
    ),
    # 009 positive: ABA + BANK, sliding fee income proof, no health
    (
        "Subject: Sliding fee renewal - Whitford household\n"
        "\n"
        "Rick,\n"
        "\n"
        "Tanya Whitford dropped off her renewal for the sliding fee. Household of 3, she works "
        "part time at the school cafeteria. For income proof she brought two pay stubs and a "
        "printout of her checking account because her child support comes in as a direct deposit.\n"
        "\n"
        "From the printout, in case the copy in the scanner queue is too faint:\n"
        "First Lehigh Credit Union\n"
        "Rtg 031327008\n"
        "Acct no. 95908327325\n"
        "Statement period 11/01-11/30\n"
        "\n"
        "Child support deposits: $212 on 11/7 and 11/21.\n"
        "\n"
        "With the stubs, that puts her at about 138% FPL, so tier B. I told her she'd get a letter "
        "after the first of the year. Can you approve before the 31st so the discount covers her "
        "January visits?\n"
        "\n"
        "Marisa, Front Desk",
        [("ABA_ROUTING_NUMBER", "031327008"), ("US_BANK_NUMBER", "95908327325")],
    ),
    # 010 positive: US_SSN last four, pay stub in sliding fee
    (
        "Subject: FW: paystub for the discount program\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Corey Lindqvist\n"
        "Date: Sat, Dec 27\n"
        "Subject: paystub for the discount program\n"
        "\n"
        "Hi this is the stub you asked for. I only get paid every 2 weeks so this is the most "
        "recent one. Sorry the picture is sideways.\n"
        "\n"
        "EMPLOYEE: COREY A LINDQVIST    SSN: XXX-XX-1035\n"
        "PAY PERIOD 12/08 - 12/21    CHECK DATE 12/26\n"
        "REGULAR 64.00 HRS @ 15.75    1,008.00\n"
        "GROSS 1,008.00   FED 42.16   FICA 77.11   PA SIT 30.95   LOCAL 10.08\n"
        "NET PAY 847.70\n"
        "\n"
        "My wife doesn't work right now so that's the whole household income.\n"
        "---------- end forwarded message ----------\n"
        "\n"
        "Rick, forwarding for the file. Household of 2 at roughly $26k annualized puts him at tier "
        "A. -Marisa",
        [("US_SSN", "1035")],
    ),
    # 011 decoy: blank sliding-fee form
    (
        "Subject: Updated sliding fee application (blank) for 2026\n"
        "\n"
        "Attached and pasted below is the updated form. Please replace the old stack at the front "
        "desk on 1/2.\n"
        "\n"
        "RIVERBEND COMMUNITY HEALTH CENTER - SLIDING FEE DISCOUNT APPLICATION\n"
        "Name: __________________  Date of birth: ___/___/______\n"
        "Last 4 of SSN (optional): ___ ___ ___ ___\n"
        "Household size: ____   Annual household income: $__________\n"
        "Proof of income (check all): [ ] pay stubs  [ ] tax return  [ ] SSA letter  [ ] bank "
        "statement  [ ] self-declaration\n"
        "Photo ID type: [ ] driver's license  [ ] state ID  [ ] passport  [ ] other\n"
        "ID number: ______________\n"
        "\n"
        "Signature: ______________________\n"
        "\n"
        "Nothing else changed except the FPL table on page 2 and the line saying applicants may "
        "self-declare if they have no income documents.\n"
        "\n"
        "Rick",
        [],
    ),
    # 012 positive: trade_union_membership, dues on own pay statement
    (
        "Subject: union dues taken twice?\n"
        "\n"
        "Hi Pam,\n"
        "\n"
        "Quick payroll question before the year closes out. On my 12/26 stub the deduction for "
        "KANU Local 218 dues shows up two times, $38.50 each, so $77 total. My November stubs only "
        "had it once. Is that a catch-up from when I switched to full time, or a mistake? If it's "
        "a mistake I'd like it fixed on the January 9 check if possible.\n"
        "\n"
        "I also noticed my PTO balance didn't update after I worked the 24th, but that can wait.\n"
        "\n"
        "Thanks!\n"
        "Renee Castillo, RN\n"
        "Bridgeway Recovery Program, nights\n"
        "ext. 4471",
        [("trade_union_membership", "")],
    ),
    # 013 decoy: open union meeting
    (
        "Subject: FYI - KANU open meeting 12/30 (posted in break room)\n"
        "\n"
        "Hi managers,\n"
        "\n"
        "The nurses' union asked us to let staff know about an open informational meeting. We are "
        "passing this along as required under the neutrality language; management will not "
        "attend.\n"
        "\n"
        "Keystone Allied Nurses Union, Local 218\n"
        "Open meeting for all registered nurses and LPNs at Riverbend, members or not\n"
        "Tuesday 12/30, 6:30 pm, Harlan Falls Labor Temple, 214 Canal St.\n"
        "Agenda: bargaining update, holiday pay grievance status, Q&A\n"
        "\n"
        "Please don't schedule mandatory trainings against it. Nurses on shift who want to attend "
        "can swap with HR approval.\n"
        "\n"
        "Pam Okonkwo\n"
        "Human Resources",
        [],
    ),
    # 014 positive: criminal_history + health, peer specialist hire
    (
        "Subject: Conditional offer - peer recovery specialist (confidential)\n"
        "\n"
        "Joanne,\n"
        "\n"
        "Background check came back for Darnell Price. As we expected from his interview, it shows "
        "a 2016 conviction for possession with intent to deliver in Lackawanna County. He served "
        "22 months at SCI Waymart and finished parole in 2021. Nothing since.\n"
        "\n"
        "The Certified Recovery Specialist credential actually requires lived experience, and he "
        "has been in recovery from opioid use disorder for eight years, so none of this "
        "disqualifies him. Our policy review with the individualized assessment form is done and "
        "signed.\n"
        "\n"
        "I'd like to send the final offer Monday with a start date of 1/12. His CRS certificate "
        "number and training hours are in the file.\n"
        "\n"
        "Pam Okonkwo, HR",
        [("criminal_history", ""), ("health", "")],
    ),
    # 015 decoy: clean background check, professional licence
    (
        "Subject: New hire clearances - front desk and LCSW\n"
        "\n"
        "Joanne,\n"
        "\n"
        "Both clearances are back for the January starts:\n"
        "\n"
        "1. Alyssa Benner (front desk, start 1/5): PA State Police check - no record. Child abuse "
        "clearance - no record. FBI check - no record on file.\n"
        "\n"
        "2. Oren Katz, LCSW (therapist, start 1/12): all three clearances no record. License "
        "verified on the state board site: Clinical Social Worker, license CW019283, active, "
        "expires 02/28/2027, no disciplinary actions.\n"
        "\n"
        "Both are cleared to start. I'll schedule orientation for Alyssa on the 5th and Oren on "
        "the 12th, and IT has their tickets for badge and EHR accounts.\n"
        "\n"
        "Pam",
        [],
    ),
    # 016 decoy: NPI and DEA numbers
    (
        "Subject: Credentialing packet - Dr. Adaeze Okafor (new address)\n"
        "\n"
        "Hi Carla,\n"
        "\n"
        "For the payer credentialing updates after the move to the Canal Street building, here is "
        "what each plan will ask for. Please update CAQH before 12/31.\n"
        "\n"
        "Dr. Adaeze Okafor, MD (Addiction Medicine)\n"
        "Individual NPI: 1917307179\n"
        "Group NPI (Riverbend CHC): 1014003721\n"
        "DEA registration: AO4603494 (Schedule II-V, updated to the new practice address)\n"
        "PA medical license: MD458812, exp 12/31/2026\n"
        "Board certification: ABPM Addiction Medicine\n"
        "\n"
        "She no longer needs a separate X-waiver number, that went away, so remove the old field "
        "from the payer forms. The DEA certificate copy is in the shared credentialing folder.\n"
        "\n"
        "Thanks,\n"
        "Holly",
        [],
    ),
    # 017 positive: health + religious_belief, faith-based group leader first person
    (
        "Subject: Re: Community Room rental for Redeemed Road\n"
        "\n"
        "Hi Joanne,\n"
        "\n"
        "Thank you for renewing our Thursday nights through next June. To answer your question "
        "about who will be in charge on site: that will be me every week unless I'm sick.\n"
        "\n"
        "A little about me since you asked: I've been clean from heroin for eleven years this "
        "March, by the grace of God and a lot of meetings. I'm an ordained elder at Calvary Gospel "
        "Tabernacle and I started Redeemed Road after my own time in the program there.\n"
        "\n"
        "We will stack the chairs after and make sure the coffee pot is off. The check for January "
        "through March is in the mail.\n"
        "\n"
        "Blessings and Happy New Year,\n"
        "Ray Tolliver\n"
        "Redeemed Road Recovery Fellowship",
        [("health", ""), ("religious_belief", "")],
    ),
    # 018 decoy: rental contract, door codes
    (
        "Subject: Rental confirmation - Community Room, Thursdays Jan-Jun\n"
        "\n"
        "Redeemed Road Recovery Fellowship\n"
        "Contact: Ray Tolliver, coordinator\n"
        "\n"
        "Dates: Thursdays, 1/8 through 6/25, 6:30-8:30 pm\n"
        "Fee: $40 per evening (nonprofit rate), $1,040 total, payable quarterly\n"
        "Set-up: 30 chairs in a circle, coffee cart\n"
        "\n"
        "Building access: the side entrance on Mill Street. Keypad code for that door is 7314#, "
        "and it changes on 3/31. The Community Room itself is unlocked. Please do not use the main "
        "lobby after 6 pm, the alarm is set at 6:15 and the code for it is not shared with "
        "renters.\n"
        "\n"
        "Renters may not store materials on site. Groups are not affiliated with Riverbend CHC and "
        "we do not keep attendance.\n"
        "\n"
        "Joanne Pike\n"
        "Program Director",
        [],
    ),
    # 019 positive: political_opinion, board member hosting fundraiser
    (
        "Subject: You're invited - holiday reception for Dennis Whitcomb\n"
        "\n"
        "Dear friends and colleagues,\n"
        "\n"
        "Gregory and I would love for you to join us at our home on Sunday, January 4, from 3 to 5 "
        "pm for a reception supporting Dennis Whitcomb for State Representative in the 117th "
        "District. Dennis has been a champion for treatment funding in Harlan Falls, and I am "
        "proud to be on his host committee. We have each given the maximum and hope you will "
        "consider a contribution at whatever level feels right.\n"
        "\n"
        "Suggested: Friend $50 | Supporter $150 | Host $500\n"
        "RSVP to me directly or at the link below.\n"
        "\n"
        "Paid for by Friends of Dennis Whitcomb.\n"
        "\n"
        "This is a personal invitation and is being sent from my personal account; it is not an "
        "activity of Riverbend CHC, where I serve on the board.\n"
        "\n"
        "Warmly,\n"
        "Marisol Ventura",
        [("political_opinion", "")],
    ),
    # 020 decoy: compliance reminder on political activity
    (
        "Subject: Reminder: campaign activity and Riverbend e-mail\n"
        "\n"
        "All staff,\n"
        "\n"
        "With several local races starting up in January, a reminder of our policy (Employee "
        "Handbook 4.12):\n"
        "\n"
        "- Do not use Riverbend e-mail, phones, printers or work time for campaign activity, "
        "including forwarding fundraiser invitations.\n"
        "- Board members and staff may of course support any candidate or party on their own time "
        "and with personal accounts.\n"
        "- Riverbend does not endorse candidates. Our nonpartisan voter registration table returns "
        "to the lobby in February; volunteers may not discuss candidates with patients.\n"
        "- If a patient asks how you are voting, politely decline to discuss it.\n"
        "\n"
        "If you received a personal invitation at your work address this week, you don't need to "
        "do anything except not forward it around. Questions to HR or compliance.\n"
        "\n"
        "Victor Amato\n"
        "Compliance Officer",
        [],
    ),
    # 021 positive: political_opinion + CREDIT_CARD_LAST_DIGITS, staff reply
    (
        "Subject: Re: You're invited - holiday reception for Dennis Whitcomb\n"
        "\n"
        "Marisol,\n"
        "\n"
        "Count me and Phil in for the 4th! We'll bring the spinach dip. I already did the "
        "Supporter level online last night, the receipt says it went on my Visa ending 6632 so if "
        "the campaign asks, that's us. Phil is going to knock doors for Dennis in the spring, he's "
        "wanted to get involved since the school board mess.\n"
        "\n"
        "(Sorry, I know I'm replying from my work account, Victor is going to kill me. I'll use my "
        "Gmail from now on.)\n"
        "\n"
        "Happy New Year,\n"
        "Deb Lindgren\n"
        "Nurse Manager, Bridgeway",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "6632")],
    ),
    # 022 positive: health + racial_ethnic_origin, research referral
    (
        "Subject: PATHWAYS study referral - S. Reyes\n"
        "\n"
        "Hi Dr. Mendel,\n"
        "\n"
        "Referring a patient who asked about your study after seeing the flyer in the waiting "
        "room.\n"
        "\n"
        "Name: Shonda Reyes\n"
        "Phone: (570) 555-0177 (ok to leave message)\n"
        "Eligibility screen done today:\n"
        "- Age 34\n"
        "- OUD, on buprenorphine/naloxone 12 mg daily since July (meets the 3-month minimum)\n"
        "- Race/ethnicity (self-report): Black or African American, not Hispanic\n"
        "- No current pregnancy, no methadone in the past 30 days\n"
        "\n"
        "I know you are short on participants in the under-represented groups arm so I put her "
        "first on the list. She's available for the consent visit any weekday morning after 1/5.\n"
        "\n"
        "Thanks,\n"
        "Gail Mercer, LCSW\n"
        "Bridgeway Recovery Program",
        [("health", ""), ("racial_ethnic_origin", "")],
    ),
    # 023 decoy: research recruitment flyer
    (
        "Subject: Recruitment flyer for waiting rooms (IRB approved 12/19)\n"
        "\n"
        "Please print 20 copies for the Bridgeway waiting room and the main lobby.\n"
        "\n"
        "---\n"
        "ARE YOU TAKING BUPRENORPHINE?\n"
        "The PATHWAYS Study at Northfield University is looking for adults 18 to 65 who have been "
        "taking buprenorphine (Suboxone, Zubsolv, Sublocade or generic) for at least three "
        "months.\n"
        "\n"
        "- Four visits over one year, in person or by video\n"
        "- Up to $200 in gift cards\n"
        "- Optional saliva sample for a genetic sub-study\n"
        "- We especially welcome Black, Latino and Indigenous participants, who have been left out "
        "of past addiction research\n"
        "\n"
        "Taking part will not change your care at Riverbend. Call (570) 555-0188 or scan the QR "
        "code.\n"
        "---\n"
        "\n"
        "Staff should not screen patients themselves; just hand out the flyer.\n"
        "\n"
        "Dr. Leah Mendel, Principal Investigator",
        [],
    ),
    # 024 positive: API_KEY, IT ticket with SMS gateway auth token
    (
        "Subject: [Ticket #48277] Portal SMS codes failing since 12/26\n"
        "\n"
        "Update from Tessellate IT Services:\n"
        "\n"
        "We found the cause of the failed sign-in texts. When the portal server was patched on "
        "12/26 the SMS connector lost its credentials and is sending requests with the old token. "
        "Excerpt from the connector log:\n"
        "\n"
        "2025-12-28 07:14:02 POST /v1/Accounts/AC2f81c0a93e7d4b5f/Messages 401\n"
        " account_sid=AC2f81c0a93e7d4b5f\n"
        " auth_token=eddxft2gojJ3aJ82ZtGCBoIkXmPwFVFU\n"
        " error: credentials rejected\n"
        "\n"
        "Since this token has now been in a log and in this ticket, please treat it as exposed. We "
        "will rotate it in the TextPath console tonight and update the connector. Patients who "
        'could not sign in this weekend can use the "email me a code" option until then.\n'
        "\n"
        "Tom Reyes\n"
        "Tessellate IT Services, Service Desk",
        [("API_KEY", "eddxft2gojJ3aJ82ZtGCBoIkXmPwFVFU")],
    ),
    # 025 decoy: IT ticket resolved, masked token, SID only
    (
        "Subject: [Ticket #48277] RESOLVED - Portal SMS codes\n"
        "\n"
        "Resolution notes:\n"
        "\n"
        "- Rotated the TextPath auth token at 22:40 on 12/28. New token stored in the vault only; "
        "connector config now reads it from the vault (auth_token=******** in the config file).\n"
        "- Account SID unchanged: AC2f81c0a93e7d4b5f.\n"
        "- Sent 40 test codes to the IT test phone, all delivered in under 6 seconds.\n"
        "- Restored the portal server from the 12/25 recovery point on the staging box to confirm "
        "the patch didn't break anything else. It didn't.\n"
        "\n"
        "Root cause: patch reset the connector to its default config. Prevention: added the "
        "connector config to the post-patch checklist.\n"
        "\n"
        "Please close the ticket if you agree. Recommend letting patients know the texts work "
        "again.\n"
        "\n"
        "Tom Reyes\n"
        "Tessellate IT Services",
        [],
    ),
    # 026 positive: PASSWORD, staff temp password for a patient's portal
    (
        "Subject: portal reset for Aaron G\n"
        "\n"
        "Marisa -\n"
        "\n"
        "Aaron Gillespie came to the window right at close and couldn't get into his portal. I "
        "verified him with his photo ID and date of birth and set a temporary one so he could see "
        "his visit summary on his phone:\n"
        "\n"
        "Riverbend!Sled42\n"
        "\n"
        "It's set to force a change on next login but he left before trying it. If he calls Monday "
        "saying it doesn't work, that's what I set, and he should change it right away. I know "
        "we're supposed to use the reset link instead of temps, his email bounces so the link "
        "wasn't an option.\n"
        "\n"
        "- Jamal (front desk, evening)",
        [("PASSWORD", "Riverbend!Sled42")],
    ),
    # 027 decoy: password policy text
    (
        "Subject: New portal password rules starting January\n"
        "\n"
        "Hi front desk team,\n"
        "\n"
        "When the portal upgrade goes live on January 5, patients will have to meet the new "
        "password rules the next time they sign in. Please be ready to explain:\n"
        "\n"
        "- At least 12 characters\n"
        "- Can't be a season plus a year (things like Winter2026 get rejected automatically)\n"
        "- Can't contain their name or date of birth\n"
        "- Two-step sign-in with a texted or e-mailed code, every 30 days per device\n"
        "\n"
        "Staff must never ask a patient for their password, never write one down, and never set a "
        'temporary password at the window. Use "Send reset link" in the admin screen instead. If '
        "the patient has no working email or phone, have them call the portal help line at (570) "
        "555-0131.\n"
        "\n"
        "Priya Nair\n"
        "Patient Portal Coordinator",
        [],
    ),
    # 028 positive: CREDIT_CARD + CVV, card taken by phone
    (
        "Subject: copay payment for billing - please run\n"
        "\n"
        "Rick,\n"
        "\n"
        "The card machine was down this afternoon so I took Mrs. Halvorsen's payment info over the "
        "phone and wrote it down. She wants $60 applied to her balance and $25 to tomorrow's "
        "copay.\n"
        "\n"
        "Name on card: Ingrid Halvorsen\n"
        "4148 6331 9753 0283\n"
        "exp 08/28\n"
        "security code 417\n"
        "billing zip 18447\n"
        "\n"
        "Please run it and shred my note, I left it in the locked drawer. I know we're not "
        "supposed to email these, I'm sorry, the machine was out until 4:30 and she was worried "
        "about the balance going to collections before New Year's.\n"
        "\n"
        "Marisa",
        [("CREDIT_CARD", "4148 6331 9753 0283"), ("CVV", "417")],
    ),
    # 029 decoy: card terminal issue, no digits
    (
        "Subject: Front desk card terminal - replaced\n"
        "\n"
        "Hi all,\n"
        "\n"
        "The card terminal at the Bridgeway window is replaced. The old one stopped reading chips "
        "on 12/26 and we were manually keying, which we should never do.\n"
        "\n"
        "- New terminal serial: T650-4471-2208\n"
        "- PIN pad is now a separate unit; patients enter their own debit PIN, staff never touch "
        "it\n"
        "- Receipts print with the last four masked as ****, and the full card number never "
        "appears on our copy\n"
        "- If the terminal is down, do NOT write card numbers down or take them by phone. Give the "
        "patient a payment link by text instead.\n"
        "\n"
        "Batch closes automatically at 6 pm. Any refund over $100 still needs my approval.\n"
        "\n"
        "Rick Szabo\n"
        "Billing Manager",
        [],
    ),
    # 030 positive: CREDIT_SCORE + CREDIT_REPORT x2, patient forwards financing denial
    (
        "Subject: FW: your application with CareLine Patient Financing\n"
        "\n"
        "Hi billing, I tried the payment plan company you told me about to pay off my balance here "
        "and they said no. Here's their letter. Can I do the sliding fee instead?? - Kayla Dorsey\n"
        "\n"
        "---- Forwarded ----\n"
        "Dear Kayla Dorsey,\n"
        "We are unable to approve your application for a CareLine account.\n"
        "Your credit score: 561 (Equifax, 12/22)\n"
        "Key factors from your credit report:\n"
        "- Collection account, Northgate Recovery Services, $1,240, reported 08/2025\n"
        "- 60 days late, Harbor Auto Finance, October 2025\n"
        "- Too many recent inquiries\n"
        "You have the right to a free copy of your report within 60 days.\n"
        "---- end ----\n"
        "\n"
        "Kayla, yes. Bring proof of income and we'll do the application at your next visit. - Rick",
        [
            ("CREDIT_SCORE", "561"),
            (
                "CREDIT_REPORT",
                "Collection account, Northgate Recovery Services, $1,240, reported 08/2025",
            ),
            ("CREDIT_REPORT", "60 days late, Harbor Auto Finance, October 2025"),
        ],
    ),
    # 031 decoy: payment-plan policy, negation
    (
        "Subject: Payment plans - what to tell patients\n"
        "\n"
        "Front desk team,\n"
        "\n"
        'Patients keep asking whether a payment plan "will hurt their credit." Here\'s the '
        "answer:\n"
        "\n"
        "- Riverbend payment plans are in-house. We never pull a credit report and never ask for a "
        "credit score.\n"
        "- Minimum payment is $10/month, no interest.\n"
        "- We don't send balances to a collection agency during an active payment plan, and never "
        "for patients on the sliding fee.\n"
        "- Outside financing companies (CareLine and similar) do run credit. We don't recommend "
        "them and we don't get anything for referrals.\n"
        "\n"
        "If a patient says a balance from us showed up as a late payment on their report, send "
        "them to me right away; that shouldn't happen.\n"
        "\n"
        "Rick",
        [],
    ),
    # 032 positive: health, patient message about anxiety and hydroxyzine
    (
        "Subject: New message from patient: medication question\n"
        "\n"
        "You have a new secure message in RiverbendConnect.\n"
        "\n"
        "From: Jenna Kowalski\n"
        "To: Dr. Sato's care team\n"
        "Sent: 12/29 11:03 PM\n"
        "\n"
        "hi, sorry to bug you over the holidays. my anxiety has been really bad since christmas, "
        "like I can't sit through dinner with my family without leaving the room. the hydroxyzine "
        "takes the edge off for maybe an hour and then I'm back where I started. is it ok to take "
        "a second one? and can I move my appointment up from the 14th? I can do any afternoon.\n"
        "\n"
        "thanks\n"
        "Jenna\n"
        "\n"
        "To reply, sign in to RiverbendConnect. Do not reply to this e-mail.",
        [("health", "")],
    ),
    # 033 positive: health + criminal_history, "PO" letter
    (
        "Subject: New message from patient: letter\n"
        "\n"
        "You have a new secure message in RiverbendConnect.\n"
        "\n"
        "From: Luis Padilla\n"
        "Sent: 12/27 8:15 AM\n"
        "\n"
        "Good morning. I need a letter that says I been coming to group 2 times a week and my drug "
        "screens. My PO wants it by Jan 5 or I got to go see the judge again. Im at 41 days today. "
        "Can Gail write it or does it have to be the doctor. I can pick it up at the desk if its "
        "easier. My release is signed already I think.\n"
        "\n"
        "Thank you\n"
        "Luis\n"
        "\n"
        "To reply, sign in to RiverbendConnect. Do not reply to this e-mail.",
        [("health", ""), ("criminal_history", "")],
    ),
    # 034 decoy: aggregate outcome report
    (
        "Subject: Q4 outcomes snapshot for the board packet\n"
        "\n"
        "Joanne,\n"
        "\n"
        "Draft numbers for the January board meeting, Bridgeway Recovery Program, Oct 1 to Dec "
        "28:\n"
        "\n"
        "- New MAT admissions: 61 (buprenorphine 48, naltrexone 9, referred to OTP for methadone "
        "4)\n"
        "- 90-day retention: 64% (state benchmark 52%)\n"
        "- Urine drug screens negative for non-prescribed opioids at 90 days: 71%\n"
        "- Overdose deaths among active patients: 0\n"
        "- Patients with a criminal justice referral source: 17%\n"
        "- Patients who self-identified as LGBTQ+: 9%\n"
        "- Average wait from first call to first dose: 1.6 days\n"
        "\n"
        "No names or small cells below 11 are shown, per our reporting policy. I'll add the "
        "year-over-year chart before it goes out.\n"
        "\n"
        "Carla Boyd, Data & Quality",
        [],
    ),
    # 035 decoy: de-identified training case review
    (
        "Subject: Case review for Jan 8 staff training (de-identified)\n"
        "\n"
        "Team, for next week's training please read the case below ahead of time. It is a "
        "composite built from several past patients; details are changed and it does not describe "
        "any one person.\n"
        "\n"
        '"M." is a 29-year-old construction worker who started buprenorphine after an overdose. '
        "At week six he misses two visits, and his urine screen is positive for fentanyl. He says "
        "he is ashamed and wants to quit the program. His partner calls the front desk asking "
        "whether he is still a patient.\n"
        "\n"
        "Questions:\n"
        "1. What do you say to the partner under 42 CFR Part 2?\n"
        "2. Should the dose change? What else do you need to know?\n"
        "3. How do you respond to the shame without lecturing?\n"
        "\n"
        "We'll discuss in small groups. Bring your answers.\n"
        "\n"
        "Gail Mercer, LCSW, Clinical Supervisor",
        [],
    ),
    # 036 positive: health, Vivitrol delivery
    (
        "Subject: Vivitrol delivery for D. Paulson\n"
        "\n"
        "Hi Deb,\n"
        "\n"
        "Harlan Falls Pharmacy called: the specialty shipment for Derek Paulson came in this "
        "morning (Vivitrol 380 mg kit, Rx #7729184). It has to stay refrigerated, so they'd like "
        "us to pick it up today or tomorrow, not after the long weekend.\n"
        "\n"
        "He's scheduled for the injection on 12/30 at 2:00 with you. His last one was 12/2, so "
        "that keeps him on schedule.\n"
        "\n"
        "I can run over on my lunch if you sign the pickup form. Also the pharmacy says his copay "
        "card covered everything, so nothing is due at pickup.\n"
        "\n"
        "Wendy Fair\n"
        "Care Coordinator",
        [("health", "")],
    ),
    # 037 positive: health, early refill call with DEA number of prescriber
    (
        "Subject: pharmacy call - early refill\n"
        "\n"
        "Dr. Okafor,\n"
        "\n"
        "Jen from Canal Street Pharmacy called at 3:10. Cassie Bergstrom is trying to fill her "
        "buprenorphine/naloxone 8-2 mg films four days early because she's going to her dad's in "
        "Ohio for New Year's and leaves tomorrow. Pharmacy needs your OK and a new note on the "
        "script since it's a controlled early fill. They read back your DEA # as AK8250297 and "
        "asked me to confirm it matches the new certificate, it does.\n"
        "\n"
        "PDMP shows no other controlled fills. Can you call them at (570) 555-0193 before 6 or "
        "send an updated e-Rx? Otherwise she'll be short two days.\n"
        "\n"
        "Thanks,\n"
        "Holly",
        [("health", "")],
    ),
    # 038 decoy: pharmacy supply bulletin
    (
        "Subject: Buprenorphine supply - holiday week update from area pharmacies\n"
        "\n"
        "Prescribers and nurses,\n"
        "\n"
        "Quick update after calling the five pharmacies our patients use most:\n"
        "\n"
        "- Canal Street Pharmacy: films in stock; tablets short until 1/6\n"
        "- Harlan Falls Pharmacy: both in stock; closed 1/1\n"
        "- Mill Road Drug: will only fill for patients already on their profile (distributor "
        "limit)\n"
        "- The two chain stores on Route 6: in stock, but one pharmacist is refusing early fills "
        "without a phone call from the prescriber\n"
        "\n"
        "Please send new e-prescriptions to Canal Street or Harlan Falls through 1/5. Pharmacies "
        "still want the prescriber's DEA number on every controlled e-Rx, so make sure the new "
        "registrations are loaded in the EHR.\n"
        "\n"
        "Holly Brandt, CPhT",
        [],
    ),
    # 039 positive: US_DRIVER_LICENSE, new patient registration (PA licence printed with spaces)
    (
        "Subject: New patient registration - ID copy unreadable\n"
        "\n"
        "Hi Marisa,\n"
        "\n"
        "The scanner cut off the top of the license for the new patient who registered at 9 this "
        "morning, so I keyed the info in by hand. Can you double-check before I close out the "
        "registration?\n"
        "\n"
        "Name: Trevor Augustine Hale\n"
        "DOB: 03/09/1991\n"
        "PA driver's license no. 21 603 537, class C, exp 03/10/2029\n"
        "Address on license: 88 Furnace Hill Rd, Harlan Falls\n"
        "Address he gave us: same\n"
        "\n"
        "He is new to the center, first visit with primary care on 1/6. Insurance card scanned "
        "fine.\n"
        "\n"
        "- Jamal",
        [("US_DRIVER_LICENSE", "21 603 537")],
    ),
    # 040 positive: US_PASSPORT, Mexican passport as ID for sliding fee
    (
        "Subject: sliding fee - ID question\n"
        "\n"
        "Rick,\n"
        "\n"
        "Mrs. Araceli Fuentes came in for the sliding fee with her husband. She doesn't have a PA "
        "ID yet, only her Mexican passport, and I wasn't sure if we can accept that. I told her "
        'yes because the form says "other" is ok, but please confirm.\n'
        "\n"
        "I wrote down the number from the photo page because the copier was jammed:\n"
        "Pasaporte No. G83820570\n"
        "Expedición: Consulado de México en Filadelfia\n"
        "\n"
        "Income: husband works at the mushroom farm, she cleans houses, paid cash. They signed the "
        "self-declaration. Household of 5. I think they are under 100% FPL so tier A.\n"
        "\n"
        "She asked if the discount also covers the kids' checkups, I said yes.\n"
        "\n"
        "Marisa",
        [("US_PASSPORT", "G83820570")],
    ),
    # 041 positive: US_DRIVER_LICENSE Ohio, outreach van driver, clean MVR
    (
        "Subject: Mobile outreach van - driver approval for Nate\n"
        "\n"
        "Pam,\n"
        "\n"
        "Nate Kowalczyk (peer outreach) moved here from Ohio in the fall and hasn't switched his "
        "license yet, so the insurance carrier needs the Ohio one for the MVR pull. He sent a "
        "photo; the number is KS436772, expires on his birthday in 2028.\n"
        "\n"
        "The MVR came back this afternoon: valid, no points, no violations in the last 5 years. "
        "The carrier approved him as a driver on our policy effective 12/29.\n"
        "\n"
        "He knows he has 60 days after establishing residency to get a PA license, so I reminded "
        "him to do that in January and send us the new number.\n"
        "\n"
        "He can take the van out for the naloxone drop on 12/31.\n"
        "\n"
        "Joanne",
        [("US_DRIVER_LICENSE", "KS436772")],
    ),
    # 042 decoy: van driver policy
    (
        "Subject: Van drivers - annual license check in January\n"
        "\n"
        "Hi all,\n"
        "\n"
        "Once a year our insurance carrier re-checks every employee approved to drive the mobile "
        "outreach van. In the first week of January, HR will ask each approved driver to:\n"
        "\n"
        "1. Show a current driver's license at the HR window (we look at it, we don't copy it)\n"
        "2. Sign the MVR authorization form\n"
        "3. Review the van policy: no passengers other than staff and patients, no phones, log the "
        "mileage\n"
        "\n"
        "Drivers with more than 6 points or any DUI in the last 5 years can't be approved under "
        "our policy. If that applies to you, talk to me privately; it's not a disciplinary issue "
        "and we can reassign outreach shifts.\n"
        "\n"
        "Van keys are in the lockbox by the loading dock; the combination is posted inside the HR "
        "office.\n"
        "\n"
        "Pam Okonkwo, HR",
        [],
    ),
    # 043 positive: PIN (IRS IP PIN) + US_SSN last four
    (
        "Subject: sliding fee - tax return copy (Hollis)\n"
        "\n"
        "Rick,\n"
        "\n"
        "Bernard Hollis brought his 2024 return for the sliding fee. It's an e-file printout from "
        "the library tax site. AGI is $18,940, household of 1, so he's tier A.\n"
        "\n"
        "Heads up, the preparer wrote his IRS Identity Protection PIN on the cover sheet in pen: "
        'IP PIN 851429, next to "SSN ending 7844". I don\'t think we should keep that in the '
        "chart. Can I black it out on the scan and shred the original? I'll give him back the "
        "return itself.\n"
        "\n"
        "He also asked if we can help him file this year's return. I gave him the flyer for the "
        "free tax clinic at the library (Saturdays starting 1/31).\n"
        "\n"
        "Marisa",
        [("PIN", "851429"), ("US_SSN", "7844")],
    ),
    # 044 positive: biometric + US_STATE_ID, portal identity verification
    (
        "Subject: [Ticket #48302] Portal ID verification stuck in manual review\n"
        "\n"
        "Tessellate service desk,\n"
        "\n"
        'A patient\'s identity check for full portal access has been sitting in "manual review" '
        "since Saturday. From the verification report:\n"
        "\n"
        "Applicant: Paulette Greer\n"
        "Document: Pennsylvania ID card (non-driver), no. 37838349, exp 07/2029\n"
        "Document authenticity: pass\n"
        "Selfie-to-document face match: 0.962 (threshold 0.90)\n"
        "Liveness: pass\n"
        'Result: REVIEW - name on document does not match portal profile ("Paula Greer")\n'
        "\n"
        "The face match passed, so this is only the name mismatch. Can you release it once our "
        "front desk confirms her legal name? She's waiting to message her provider.\n"
        "\n"
        "Priya Nair\n"
        "Patient Portal Coordinator",
        [("biometric", ""), ("US_STATE_ID", "37838349")],
    ),
    # 045 positive: biometric + health, dosing station palm-vein log
    (
        "Subject: Dosing station log - missed doses over the holiday\n"
        "\n"
        "Wendy,\n"
        "\n"
        "Keystone Methadone Services sent the holiday log for our shared patients because two of "
        "them didn't show. Excerpt from their dosing station (palm-vein check-in):\n"
        "\n"
        "12/25 07:02  Delgado, Ramon   palm match 0.981  dosed 85 mg\n"
        "12/25 07:40  Stanek, Gloria   palm match 0.974  dosed 60 mg\n"
        "12/26 --:--  Stanek, Gloria   no check-in\n"
        "12/27 --:--  Stanek, Gloria   no check-in\n"
        "12/27 08:15  Ruiz, Dominic    palm match 0.612  REJECTED, staff override, dosed 110 mg\n"
        "\n"
        "Gloria missed two days after a take-home weekend. Can you reach her today? The override "
        "for Dominic was because his hand was bandaged, they said.\n"
        "\n"
        "Deb Lindgren, RN",
        [("biometric", ""), ("health", "")],
    ),
    # 046 decoy: vendor release notes / consent text for biometrics
    (
        "Subject: FW: DoseGuard 5.2 release notes (palm-vein check-in)\n"
        "\n"
        "FYI from Keystone Methadone Services, since some of our patients dose there.\n"
        "\n"
        "DoseGuard 5.2 - release notes\n"
        "- Palm-vein matching threshold default raised from 0.85 to 0.90\n"
        "- Average false rejection rate in field testing: 1.8% (across 14 clinics, 22,000 "
        "check-ins)\n"
        "- Templates are encrypted on the device and are never sent to the cloud\n"
        '- New consent screen text: "Your palm-vein template will be used only to confirm your '
        'identity at the dosing window. You may choose a photo-ID check instead at any time."\n'
        "\n"
        "No action needed on our side. If our patients ask why the scanner rejected them more "
        "often in January, it's the new threshold.\n"
        "\n"
        "Wendy Fair, Care Coordinator",
        [],
    ),
    # 047 positive: genetic + health, pharmacogenomic result
    (
        "Subject: PGx result back - Nguyen, Tam\n"
        "\n"
        "Dr. Sato,\n"
        "\n"
        "The pharmacogenomic panel you ordered for Tam Nguyen came back this afternoon (GeneMap "
        "Labs, collected 12/12):\n"
        "\n"
        "- CYP2D6: *4/*4, poor metabolizer\n"
        "- CYP2C19: *1/*2, intermediate metabolizer\n"
        "- CYP3A4: normal\n"
        "\n"
        "The report flags that at 150 mg his venlafaxine levels are likely high, which matches the "
        "side effects he's been describing (sweating, BP up at the last two visits). The lab's "
        "suggestion is to consider an alternative not dependent on 2D6.\n"
        "\n"
        "He's on your schedule 1/7. Want me to move him up? He has had a rough December with the "
        "depression.\n"
        "\n"
        "Holly Brandt, CPhT",
        [("genetic", ""), ("health", "")],
    ),
    # 048 decoy: genetic sub-study consent excerpt (blank)
    (
        "Subject: Genetic sub-study consent - excerpt for staff FAQ\n"
        "\n"
        "Staff keep asking what the PATHWAYS saliva sample is for. From the IRB-approved consent "
        "(section 7), so you can answer general questions:\n"
        "\n"
        '"If you agree, we will collect a saliva sample and look at genes such as OPRM1 and '
        "CYP2B6 that may affect how people respond to buprenorphine. Your results will be labeled "
        "with a study code, not your name. We will not give individual results to you or your "
        'doctor, and the results will not be placed in your medical record."\n'
        "\n"
        "Participant name: ______________________  Study ID: PW-______\n"
        "I agree to the genetic sub-study:  [ ] Yes  [ ] No   Initials: ____\n"
        "\n"
        "Please don't discuss whether any particular patient enrolled. Send all questions about "
        "eligibility to the study team at (570) 555-0188.\n"
        "\n"
        "Dr. Leah Mendel",
        [],
    ),
    # 049 positive: sexual_orientation + health, husband as emergency contact at IOP intake
    (
        "Subject: Intake packet - Devon Price\n"
        "\n"
        "Gail,\n"
        "\n"
        "Devon Price's intake for the evening IOP is done. He starts 1/6. A few things for your "
        "first session with him:\n"
        "\n"
        "- Emergency contact and ROI: his husband, Malik Price, (570) 555-0158. Devon wants Malik "
        "to be able to call about schedule changes but not about clinical details.\n"
        "- Drinking has escalated since the layoff in October, up to a fifth most days. Last drink "
        "this morning, so I gave him the withdrawal warning signs sheet.\n"
        "- Prefers evening sessions, works days at the warehouse now.\n"
        "\n"
        "Insurance verified. Copay $20.\n"
        "\n"
        "Tanisha Moore\n"
        "Intake Coordinator",
        [("sexual_orientation", ""), ("health", "")],
    ),
    # 050 positive: health + sexual_orientation, group roster with girlfriend
    (
        "Subject: Rainbow Recovery group - family night list\n"
        "\n"
        "Marcus,\n"
        "\n"
        "For the family night on 1/8 (Rainbow Recovery, our LGBTQ+ affirming outpatient group), "
        "here's who signed up and who they're bringing:\n"
        "\n"
        "- Alex R. - bringing her mom\n"
        "- Jordan K. - no guest\n"
        "- Renata S. - bringing her girlfriend Dana, who has been coming to the Al-Anon meetings\n"
        "- Theo M. - bringing his sister\n"
        "- Sam W. - maybe, will confirm\n"
        "\n"
        "That's 4 guests plus the group, so the Community Room is fine. I'll order pizza for 12. "
        "Everyone in the group has signed the family night ROI form except Sam.\n"
        "\n"
        "Gail",
        [("health", ""), ("sexual_orientation", "")],
    ),
    # 051 decoy: LGBTQ+ affirming group flyer
    (
        "Subject: New group starting in January - flyer for approval\n"
        "\n"
        "Joanne, draft flyer below. Let me know if it can go up this week.\n"
        "\n"
        "---\n"
        "RAINBOW RECOVERY\n"
        "An LGBTQ+ affirming recovery support group at Riverbend\n"
        "Thursdays, starting January 8, 6:00-7:30 pm\n"
        "\n"
        "For anyone in the LGBTQ+ community who wants support around alcohol or drug use, whether "
        "you're in recovery, thinking about cutting back, or just curious. Partners, friends and "
        "allies are welcome on family nights (second Thursday).\n"
        "\n"
        "No diagnosis, referral or insurance needed. You don't have to be a Riverbend patient.\n"
        "Questions? Ask for Marcus or Gail: (570) 555-0130.\n"
        "---\n"
        "\n"
        "Marcus Bell, CRS",
        [],
    ),
    # 052 positive: trade_union_membership, signed dues authorization card
    (
        "Subject: KANU dues authorization - add to January payroll\n"
        "\n"
        "Pam,\n"
        "\n"
        "The union rep dropped off a signed membership and dues authorization card for Yolanda "
        "Pierce, LPN (Bridgeway, days). She signed it 12/22, so dues deduction should start with "
        "the first January payroll at the standard rate for part time.\n"
        "\n"
        "I checked the card: name, employee ID 20418 and signature match our records. The card "
        "asks for the last four of the employee's social but she left that blank; we don't need it "
        "since we go by employee ID.\n"
        "\n"
        "Please confirm once it's set up so I can send the rep the usual acknowledgment.\n"
        "\n"
        "Thanks,\n"
        "Lorraine\n"
        "Payroll",
        [("trade_union_membership", "")],
    ),
    # 053 decoy: payroll register totals, aggregate
    (
        "Subject: Year-end payroll register - totals for audit\n"
        "\n"
        "Victor,\n"
        "\n"
        "Summary totals for the 12/26 payroll, for the auditors:\n"
        "\n"
        "Gross wages: $412,886.14\n"
        "Employees paid: 138\n"
        "Federal withholding: $41,027.50\n"
        "Union dues withheld (KANU Local 218), remitted 12/29: $1,771.00 (46 members)\n"
        "401(k) deferrals: $18,904.77\n"
        "Garnishments: 3\n"
        "\n"
        "Union dues remittance confirmation #RM-1229-0418 is in the audit folder, together with "
        "the bank confirmation for the payroll funding transfer from the operating account ending "
        "in 0927.\n"
        "\n"
        "The W-2 preview run is scheduled for 1/12.\n"
        "\n"
        "Lorraine Takacs\n"
        "Payroll",
        [],
    ),
    # 054 positive: health, claim denial for named patient methadone
    (
        "Subject: Denial - Benning, Harold - H0020\n"
        "\n"
        "Rick,\n"
        "\n"
        'Claim 89562050776990 for Harold Benning was denied today, CO-50, "not medically '
        "necessary.\" It's our care-coordination claim for his methadone maintenance (H0020 with "
        "the HG modifier, DOS 11/03-11/28).\n"
        "\n"
        "I think the payer is reading it as a duplicate of the OTP's own H0020 billing. We bill "
        "the counseling piece only. I'll call the provider line on Monday and, if they won't "
        "reprocess, file the first-level appeal with Dr. Okafor's letter and the ASAM level of "
        "care summary.\n"
        "\n"
        "Appeal deadline is 2/27, so no year-end rush on this one.\n"
        "\n"
        "Holly",
        [("health", "")],
    ),
    # 055 decoy: appeal template
    (
        "Subject: Appeal letter template - updated\n"
        "\n"
        "Billing and PA staff, the updated first-level appeal template is below. Fill the "
        "bracketed fields; don't change the body text without checking with me.\n"
        "\n"
        "---\n"
        "[Date]\n"
        "[Payer name] Appeals Department\n"
        "RE: [Patient name], Member ID [member ID], Claim # [claim number], DOS [dates]\n"
        "\n"
        "To whom it may concern:\n"
        "We are appealing the denial of the above claim (reason code [CARC]). The services, "
        "[HCPCS/CPT codes], were medically necessary for the treatment of [diagnosis], as "
        "documented in the enclosed records. Please see the attached letter from [prescriber], NPI "
        "[NPI].\n"
        "Sincerely,\n"
        "[Name], Riverbend Community Health Center\n"
        "---\n"
        "\n"
        "Attach the denial EOB and the relevant notes. Log every appeal in the denials tracker.\n"
        "\n"
        "Rick Szabo",
        [],
    ),
    # 056 positive: ABA + BANK, new hire direct deposit
    (
        "Subject: direct deposit form - Oren Katz\n"
        "\n"
        "Hi Lorraine,\n"
        "\n"
        "Sending my direct deposit info for the January 9 payroll since I won't be able to come by "
        "until orientation. Please put 100% into checking:\n"
        "\n"
        "Bank: Susquehanna Valley Bank\n"
        "Routing: 034776038\n"
        "Account: 370158889734\n"
        "Type: checking\n"
        "\n"
        "I attached a voided check too, in case you need it. Let me know if there's a form I need "
        "to sign in person on the 12th.\n"
        "\n"
        "Thanks, and happy holidays!\n"
        "Oren Katz, LCSW",
        [("ABA_ROUTING_NUMBER", "034776038"), ("US_BANK_NUMBER", "370158889734")],
    ),
    # 057 positive: IBAN_CODE, locum psychiatrist reimbursement to Irish account
    (
        "Subject: travel reimbursement - Dr. Byrne (locum)\n"
        "\n"
        "Lorraine,\n"
        "\n"
        "Dr. Siobhan Byrne covered psychiatry for the two weeks before Christmas and has gone back "
        "to Ireland for the holidays. Her travel reimbursement ($1,486.20, receipts approved by "
        "Joanne) is still outstanding and she asked for it by wire rather than a check.\n"
        "\n"
        "Beneficiary: Siobhan Byrne\n"
        "IBAN: IE48BOFI44865376544477\n"
        "BIC: BOFIIE2D\n"
        "\n"
        "Accounts payable says they can send the international wire on 12/30 if you approve it by "
        "noon. Her locum agency invoice is separate and goes through them.\n"
        "\n"
        "Joanne",
        [("IBAN_CODE", "IE48BOFI44865376544477")],
    ),
    # 058 decoy: holiday coverage schedule with door and room codes
    (
        "Subject: Holiday week coverage + codes\n"
        "\n"
        "Team,\n"
        "\n"
        "Coverage for 12/29 - 1/2:\n"
        "- Front desk: Marisa (AM), Jamal (PM); closed 1/1\n"
        "- Nurse line: Deb 12/29-12/31, Alvarez 1/2\n"
        "- On-call prescriber: Dr. Okafor through 12/31, Dr. Sato from 1/1\n"
        "\n"
        "Codes reminders, since the locksmith changed two over the weekend:\n"
        "- Med room keypad: 4806*\n"
        "- Group Room 214: 2291\n"
        "- The back door alarm code did not change.\n"
        "\n"
        "Please don't text codes to patients or post them at the desk. Med room access is logged "
        "and nurses only.\n"
        "\n"
        "The portal will be down Saturday 1/3, 10 pm to midnight, for the upgrade.\n"
        "\n"
        "Joanne",
        [],
    ),
    # 059 positive: religious_belief, patient message Orthodox Christmas
    (
        "Subject: New message from patient: reschedule\n"
        "\n"
        "You have a new secure message in RiverbendConnect.\n"
        "\n"
        "From: Oksana Hrytsenko\n"
        "Sent: 12/28 5:20 PM\n"
        "\n"
        "Hello. My appointment is on January 7 at 10:00. I am Ukrainian Orthodox and this is our "
        "Christmas Day, I will be at the Divine Liturgy in the morning with my family and then "
        "dinner. Is it possible to move to January 8 or 9? Any time is fine for me.\n"
        "\n"
        "Also, can you tell me if my daughter Mariya can come with me to the appointment to "
        "translate, or do you have somebody for Ukrainian?\n"
        "\n"
        "Thank you and Merry Christmas to you,\n"
        "Oksana\n"
        "\n"
        "To reply, sign in to RiverbendConnect. Do not reply to this e-mail.",
        [("religious_belief", "")],
    ),
    # 060 decoy: holiday closing, greetings, faith group mention
    (
        "Subject: Holiday hours + a thank-you\n"
        "\n"
        "Hi everyone,\n"
        "\n"
        "Reminder of hours for the rest of the week:\n"
        "- Wed 12/31: all departments close at 3:00 pm\n"
        "- Thu 1/1: closed; the Redeemed Road Fellowship group is NOT meeting that night, so no "
        "one needs to unlock the side door\n"
        "- Fri 1/2: regular hours\n"
        "\n"
        "Thank you all for a hard year. We opened the Canal Street site, started same-day "
        "buprenorphine, and the front desk handled 31,000 calls. Whether you're celebrating "
        "Christmas, Hanukkah, Kwanzaa, the new year or just a quiet week, I hope you get some "
        "rest.\n"
        "\n"
        "The staff potluck is Tuesday at noon in the Community Room. The sign-up sheet asks for "
        "ingredients so people with allergies can check; the pierogi will be labeled.\n"
        "\n"
        "Joanne Pike\n"
        "Program Director",
        [],
    ),
    # 061 positive: health, Biktarvy in med reconciliation (implicit HIV)
    (
        "Subject: med rec before intake - Coleman\n"
        "\n"
        "Tanisha,\n"
        "\n"
        "I did the med reconciliation for Andre Coleman ahead of his intake with Dr. Sato on 1/5, "
        "from his pharmacy fill history and what he told me on the phone:\n"
        "\n"
        "- Biktarvy, 1 tab daily (fills monthly at Canal Street, last fill 12/19)\n"
        "- Trazodone 50 mg at bedtime, as needed for sleep\n"
        "- Omeprazole 20 mg daily\n"
        "\n"
        "He says no alcohol since Thanksgiving. He wants Dr. Sato to know that his ID doc at "
        "Lehigh Valley manages the first one and he doesn't want it changed. I told him we'd "
        "coordinate with them if needed.\n"
        "\n"
        "Please add the list to his chart before the visit.\n"
        "\n"
        "Holly Brandt, CPhT",
        [("health", "")],
    ),
    # 062 positive: health, pregnant patient on buprenorphine
    (
        "Subject: OB coordination - Marissa Tull\n"
        "\n"
        "Dr. Okafor,\n"
        "\n"
        "Spoke with the nurse at Valley Women's Health. Marissa Tull is now 24 weeks and had her "
        "anatomy scan on 12/22, everything normal. Her OB wants to keep her on the mono product "
        "(Subutex 8 mg twice a day) through delivery and asked if we can send the last three UDS "
        "results before her 1/9 visit.\n"
        "\n"
        "They're also asking about a plan for the baby after delivery, since the hospital does "
        "eat-sleep-console for NOWS. Can we set up a joint call in January?\n"
        "\n"
        "ROI for Valley Women's Health is signed and in the chart.\n"
        "\n"
        "Wendy Fair\n"
        "Care Coordinator",
        [("health", "")],
    ),
    # 063 positive: criminal_history + health, treatment court report
    (
        "Subject: Treatment court progress report - T. Haynes (due 12/31)\n"
        "\n"
        "Judge Morrow's chambers,\n"
        "\n"
        "Progress report for Tyler Haynes, Lackawanna County Treatment Court, Phase 2:\n"
        "\n"
        "Attendance: 16 of 16 scheduled IOP sessions since 11/14; 4 of 4 individual sessions\n"
        "Medication: naltrexone ER injection received 12/3, next due 1/2\n"
        "Drug screens: 8 random screens, all negative\n"
        "Employment: started at the hardware store 12/8, 24 hrs/week\n"
        "Recommendation: advance to Phase 3 at the 1/13 status hearing\n"
        "\n"
        "Mr. Haynes has a valid consent on file permitting this disclosure to the court and to his "
        "probation officer.\n"
        "\n"
        "Gail Mercer, LCSW\n"
        "Bridgeway Recovery Program",
        [("criminal_history", ""), ("health", "")],
    ),
    # 064 decoy: blank attendance letter template
    (
        "Subject: Attendance verification letter - template (please use this one)\n"
        "\n"
        "Counselors, several patients will need attendance letters for courts, probation or "
        "employers in January. Use this template only, and only with a signed consent that names "
        "the recipient:\n"
        "\n"
        "---\n"
        "Riverbend Community Health Center\n"
        "[Date]\n"
        "To: [Recipient name and title]\n"
        "RE: [Patient name], DOB [__/__/____]\n"
        "\n"
        "This letter confirms that the above patient attended [number] of [number] scheduled "
        "appointments between [start date] and [end date].\n"
        "\n"
        "[Counselor name, credentials]\n"
        "---\n"
        "\n"
        "Do not add diagnoses, medications or drug screen results unless the consent specifically "
        "allows it. When in doubt, less is more.\n"
        "\n"
        "Gail Mercer, Clinical Supervisor",
        [],
    ),
    # 065 positive: PASSWORD, patient message with typo'd keyword
    (
        "Subject: New message from patient: cant get in\n"
        "\n"
        "You have a new secure message in RiverbendConnect.\n"
        "\n"
        "From: Shirley Baumann\n"
        "Sent: 12/30 7:48 AM\n"
        "\n"
        "Good morning, I am writing from my grandsons account because I cannot get into mine. I "
        "have used the same pasword since I signed up, its Buttercup#1952 with a capitol B, and "
        "now it tells me it is wrong. Did somebody change it? I need to ask about my bill before "
        "the holiday. Please call me at home (570) 555-0126, I do not text.\n"
        "\n"
        "Shirley Baumann\n"
        "\n"
        "To reply, sign in to RiverbendConnect. Do not reply to this e-mail.",
        [("PASSWORD", "Buttercup#1952")],
    ),
    # 066 positive: PASSWORD x2, security answers in portal support chat
    (
        "Subject: Chat transcript - portal help line 12/29\n"
        "\n"
        "Portal Help Chat, session 20251229-0419\n"
        "Agent: Priya N.\n"
        "\n"
        "[10:02] Visitor (Gerald Amos): locked out of my patient portal again\n"
        "[10:02] Priya N.: Sorry about that, Gerald. Can you verify with your date of birth?\n"
        "[10:03] Visitor: 6/2/1958\n"
        "[10:03] Priya N.: Thanks. I can send a reset link to the email on file.\n"
        "[10:04] Visitor: i dont get emails. the questions were mothers maiden name and street i "
        "grew up on\n"
        "[10:04] Visitor: Przybylski and Wyoming Ave\n"
        "[10:05] Priya N.: Please don't type those here; I'll have the front desk verify you in "
        "person instead.\n"
        "[10:05] Visitor: ok sorry\n"
        "[10:06] Priya N.: I've flagged your account. Bring a photo ID on Friday and we'll reset "
        "it.\n"
        "\n"
        "Chat ended.",
        [("PASSWORD", "Przybylski"), ("PASSWORD", "Wyoming Ave")],
    ),
    # 067 positive: PIN, EBT PIN noted by case manager
    (
        "Subject: Follow-up - Mrs. Ortega's SNAP card\n"
        "\n"
        "Hi Wendy,\n"
        "\n"
        "I met Lucia Ortega at the county assistance office this morning to replace her EBT card "
        "(it was stolen with her purse last week). They issued the new card on the spot. She was "
        "upset and asked me to write down the PIN she picked because she was afraid she would "
        "forget it: 6733. I told her I'd send it to her daughter Rosa, who helps with her "
        "shopping, and then delete it.\n"
        "\n"
        "Rosa's email is on the ROI. Can you forward this to her from the secure system and then "
        "delete my message? I'm on the road with just my phone.\n"
        "\n"
        "The benefits for January load on the 5th.\n"
        "\n"
        "Tasha Grimes\n"
        "Community Health Worker",
        [("PIN", "6733")],
    ),
    # 068 decoy: SNAP help flyer
    (
        "Subject: SNAP and benefits help - January table\n"
        "\n"
        "Lobby table, every Wednesday in January, 10 am to 1 pm:\n"
        "\n"
        "Our community health workers can help you:\n"
        "- Apply for or renew SNAP (food stamps) and Medical Assistance\n"
        "- Replace a lost or stolen EBT card (we'll go with you to the county office if needed)\n"
        "- Report changes in income or household size\n"
        "- Understand a notice you received\n"
        "\n"
        "Bring: photo ID, proof of income, your EBT card if you have one, and any letters from the "
        "county.\n"
        "\n"
        "We will never ask you for your EBT PIN. Never share your PIN with anyone, including our "
        "staff. If you think someone used your card, call the EBT customer line on the back of the "
        "card right away.\n"
        "\n"
        "Tasha Grimes, Community Health Worker, (570) 555-0141",
        [],
    ),
    # 069 positive: health, staff FMLA for chemo
    (
        "Subject: leave request starting January\n"
        "\n"
        "Hi Pam,\n"
        "\n"
        "I wanted to let you know before the holiday rush ends. My biopsy came back and I have "
        "stage II breast cancer. The surgery is scheduled for January 14, and my oncologist says "
        "chemo will start about four weeks after that, every other Friday for 16 weeks.\n"
        "\n"
        "I'd like to apply for intermittent FMLA starting 1/14. I'd like to keep working my nurse "
        "line shifts on the weeks I'm not in treatment if I can. Deb knows, but please keep it "
        "between us for now.\n"
        "\n"
        "What forms do I need from my doctor?\n"
        "\n"
        "Thanks,\n"
        "Carol Whitaker, RN",
        [("health", "")],
    ),
    # 070 decoy: benefits open enrollment, EAP
    (
        "Subject: Benefits reminders for the new year\n"
        "\n"
        "All staff,\n"
        "\n"
        "A few reminders before January 1:\n"
        "\n"
        "- Your 2026 medical, dental and vision elections take effect 1/1. New ID cards were "
        "mailed 12/15.\n"
        "- Flexible spending: 2025 funds can be used for expenses through 3/15.\n"
        "- The Employee Assistance Program is free and confidential for you and your household: up "
        "to six counseling sessions per issue, legal and financial consults, and 24/7 crisis "
        "support at (570) 555-0199.\n"
        "- The flu shot clinic for staff is Jan 7 in Room 110, no appointment needed.\n"
        "- FMLA and leave questions go to HR; you never have to tell your manager your diagnosis.\n"
        "\n"
        "Happy New Year,\n"
        "Pam Okonkwo, HR",
        [],
    ),
    # 071 positive: US_PASSPORT, I-9 docs
    (
        "Subject: I-9 section 2 - Katz\n"
        "\n"
        "Lorraine,\n"
        "\n"
        "Oren Katz came by this afternoon after all and I completed section 2 of his I-9 so we're "
        "not rushing on the 12th. He used a List A document:\n"
        "\n"
        "Document title: U.S. Passport\n"
        "Issuing authority: U.S. Department of State\n"
        "Document number: 956233094\n"
        "Expiration: 05/16/2033\n"
        "\n"
        "I examined the original and it appears genuine. The copy is in the locked I-9 binder, not "
        "in his personnel file. E-Verify case will be opened on his first day.\n"
        "\n"
        "Pam",
        [("US_PASSPORT", "956233094")],
    ),
    # 072 positive: racial_ethnic_origin, EEO self-ID
    (
        "Subject: EEO self-ID forms - January hires\n"
        "\n"
        "Pam,\n"
        "\n"
        "Entered the voluntary self-identification forms into the HRIS for the two January hires:\n"
        "\n"
        "Alyssa Benner\n"
        " Gender: Female\n"
        " Race/Ethnicity: Hispanic or Latino\n"
        " Veteran status: Not a protected veteran\n"
        " Disability: I do not want to answer\n"
        "\n"
        "Oren Katz\n"
        " Gender: Male\n"
        " Race/Ethnicity: Decline to self-identify\n"
        " Veteran status: Protected veteran\n"
        " Disability: I do not want to answer\n"
        "\n"
        "Paper forms go in the separate EEO file, not the personnel files. The annual EEO-1 report "
        "only uses totals.\n"
        "\n"
        "Lorraine",
        [("racial_ethnic_origin", "")],
    ),
    # 073 decoy: workforce demographics aggregate
    (
        "Subject: Workforce demographics for the grant report\n"
        "\n"
        "Joanne,\n"
        "\n"
        "For the HRSA workforce section, here are our totals as of 12/26 (138 employees):\n"
        "\n"
        "- Hispanic or Latino: 19 (14%)\n"
        "- Black or African American: 12 (9%)\n"
        "- Asian: 5 (4%)\n"
        "- White: 96 (70%)\n"
        "- Two or more races / declined: 6 (4%)\n"
        "- Staff with lived experience of recovery (self-reported, peer roles): 11\n"
        "- Bilingual staff (Spanish): 17\n"
        "\n"
        "Percentages are rounded. No individual-level data leaves HR, and cells under 5 are not "
        "shown by department.\n"
        "\n"
        "Pam Okonkwo, HR",
        [],
    ),
    # 074 positive: criminal_history, safety note
    (
        "Subject: scheduling note - do not book with Dr. Amani\n"
        "\n"
        "Front desk,\n"
        "\n"
        "Please don't schedule Brandon Lutz with Dr. Amani or in any slot when she's in the "
        "building. He was released from the Lackawanna County Prison last Tuesday after the simple "
        "assault charge from the incident in our parking lot in November, and there's a no-contact "
        "condition on his bail. He can still be seen by Dr. Sato at Canal Street.\n"
        "\n"
        "If he shows up at Mill Street, be polite, don't confront him, and call me or security at "
        "ext. 4400.\n"
        "\n"
        "Thanks,\n"
        "Victor Amato\n"
        "Compliance Officer",
        [("criminal_history", "")],
    ),
    # 075 decoy: safety memo
    (
        "Subject: Workplace safety - holiday week\n"
        "\n"
        "All staff,\n"
        "\n"
        "After the November incident in the parking lot, a few reminders for the holiday week when "
        "we're short-staffed:\n"
        "\n"
        "- Panic buttons are under the front desk, the nurse station and Room 214. Test yours "
        "Monday.\n"
        "- Escorts to cars after dark are available from security until 8 pm.\n"
        "- If police are called, write the incident number on the report form. Don't put patient "
        "names or anything clinical in the report.\n"
        "- Our de-escalation refresher training is January 15 for everyone.\n"
        "- No-contact or trespass notices are handled by compliance; the front desk just follows "
        "the scheduling notes.\n"
        "\n"
        "Stay safe and thank you.\n"
        "Victor Amato, Compliance",
        [],
    ),
    # 076 positive: health, prior auth Vyvanse for child
    (
        "Subject: PA approved - lisdexamfetamine - Sandoval, Eli\n"
        "\n"
        "Dr. Sato,\n"
        "\n"
        "Good news before the holiday: the plan approved the PA for Eli Sandoval, age 9.\n"
        "\n"
        "Drug: Vyvanse 30 mg capsule, #30, one every morning\n"
        "Approval: 12/29 through 12/28 next year\n"
        "Auth ref: 370091\n"
        "\n"
        "They accepted the Vanderbilt scores from his school and the note that methylphenidate "
        "caused appetite loss and weight loss. Mom wants to switch as soon as the school break is "
        "over. Pharmacy is notified.\n"
        "\n"
        "Holly",
        [("health", "")],
    ),
    # 077 positive: ACCESS_CODE, OTP forwarded by husband
    (
        "Subject: FW: text from the clinic\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Walt Brennan\n"
        "Date: Mon, Dec 29 at 8:02 AM\n"
        "To: portalhelp@riverbendchc.org\n"
        "Subject: text from the clinic\n"
        "\n"
        "this came to my phone, my wife Peggy's account is under my number because she doesn't "
        "have a cell. we can't get it to work on the computer\n"
        "\n"
        "> RiverbendConnect: Your sign-in code is 919703. It expires in 10 min. Don't share this "
        "code.\n"
        "\n"
        "can someone call us at (570) 555-0137. she wants to see her visit notes.\n"
        "\n"
        "---------- end forwarded message ----------\n"
        "\n"
        "Priya, can you call them? Looks like they're typing the code after it expires. -Jamal",
        [("ACCESS_CODE", "919703")],
    ),
    # 078 decoy: portal outage notice
    (
        "Subject: Portal announcement - sign-in codes delayed\n"
        "\n"
        "Posted to the RiverbendConnect home page and sent to all portal users who opted in to "
        "announcements:\n"
        "\n"
        '"Some patients are receiving sign-in codes late or not at all because of a problem with '
        "our text message provider. We are working on it. Until it is fixed, choose 'Email me a "
        "code' on the sign-in page, or call the portal help line at (570) 555-0131 (Mon-Fri, "
        "8-5).\n"
        "\n"
        "Reminder: Riverbend will never call, text or email you asking for a code or your "
        "password. If someone does, don't share it.\"\n"
        "\n"
        "Priya Nair\n"
        "Patient Portal Coordinator",
        [],
    ),
    # 079 positive: API_KEY, e-fax API secret
    (
        "Subject: [Ticket #48319] FaxBridge referrals not arriving in EHR\n"
        "\n"
        "Hi Tom,\n"
        "\n"
        "Since Friday the inbound referral faxes show as delivered in FaxBridge but never land in "
        "the EHR inbox. The integration settings page shows these values (I copied them exactly):\n"
        "\n"
        "API client ID: fb_client_24117\n"
        "API secret: HiC5eRELzBpzYo7Pg0fouYKdJSkIivNY\n"
        "Webhook URL: https://ehr-int.riverbendchc.org/fax/inbound\n"
        "Last successful callback: 12/26 16:41\n"
        "\n"
        "We have about 30 referrals stuck, some from the ER for next-day buprenorphine starts, so "
        "this is urgent. Can someone look today?\n"
        "\n"
        "Carla Boyd\n"
        "Data & Quality",
        [("API_KEY", "HiC5eRELzBpzYo7Pg0fouYKdJSkIivNY")],
    ),
    # 080 decoy: staff MFA rollout
    (
        "Subject: Staff MFA for the EHR - starting January 5\n"
        "\n"
        "All staff,\n"
        "\n"
        "Starting January 5, signing in to the EHR and to webmail from outside the building will "
        "require a second step. Tessellate will help everyone set it up at the all-staff meeting.\n"
        "\n"
        "- Use the authenticator app on your phone (preferred) or a hardware key from IT.\n"
        "- Text-message codes will no longer be accepted for staff accounts.\n"
        "- Codes are six digits and change every 30 seconds. Nobody from IT will ever ask you to "
        "read one to them.\n"
        "- Your badge PIN for the printers is separate and doesn't change.\n"
        "\n"
        "If you don't have a smartphone, reply to this e-mail and IT will order a key for you.\n"
        "\n"
        "Priya Nair, on behalf of Tessellate IT Services",
        [],
    ),
    # 081 positive: health, methadone take-homes + lockbox
    (
        "Subject: holiday take-homes approved - G. Stanek\n"
        "\n"
        "Deb,\n"
        "\n"
        "Keystone Methadone Services called back. Their medical director approved Gloria Stanek "
        "for take-homes over the holiday: she picks up 12/31 for 1/1 and 1/2, back to daily dosing "
        "1/3. They confirmed her dose is still 60 mg and she's had a lockbox since October.\n"
        "\n"
        "They asked us to reinforce the safe-storage talk at her counseling session tomorrow, "
        "especially with her grandkids staying at the house for New Year's, and to remind her "
        "about the naloxone kit. Her last two UDS were negative.\n"
        "\n"
        "After the missed days last week they almost said no, so please make sure she knows this "
        "is a trial.\n"
        "\n"
        "Wendy",
        [("health", "")],
    ),
    # 082 positive: US_STATE_ID, sliding fee with PA ID card
    (
        "Subject: sliding fee app - Gutierrez\n"
        "\n"
        "Rick,\n"
        "\n"
        "Completed sliding fee application for Hector Gutierrez, household of 1. He had no pay "
        "stubs because he was laid off in November, so he signed the self-declaration of no income "
        "and brought his UC determination letter.\n"
        "\n"
        "Photo ID: PA identification card (not a driver's license, he never drove)\n"
        "ID card #: 18 284 923\n"
        "Expires: 09/2028\n"
        "\n"
        "Everything else is on the form. I put him in tier A starting 12/29. He asked about the "
        "dental clinic too, I told him the discount is the same there.\n"
        "\n"
        "Marisa",
        [("US_STATE_ID", "18 284 923")],
    ),
    # 083 positive: CREDIT_CARD split over two lines (HSA debit card)
    (
        "Subject: payment for statement - Vance\n"
        "\n"
        "Hi, this is Douglas Vance, account 447120 on your statement. I want to pay the $145 "
        "balance with my HSA card before the year ends so it counts for this year. I tried the "
        "phone line twice and it kept hanging up on me. Here is the card, it's a Mastercard:\n"
        "\n"
        "5373 9462\n"
        "4055 3497\n"
        "exp 11/27\n"
        "\n"
        "Name is Douglas R Vance. Please email me a receipt when it goes through, my HSA people "
        "need the receipt.\n"
        "\n"
        "Thank you,\n"
        "Doug Vance\n"
        "(570) 555-0172",
        [("CREDIT_CARD", "5373 9462\n4055 3497")],
    ),
    # 084 decoy: sliding fee scale table
    (
        "Subject: 2026 sliding fee schedule (new FPL not out yet)\n"
        "\n"
        "Billing and front desk,\n"
        "\n"
        "Until the new federal poverty guidelines come out in late January, we keep using the "
        "current schedule:\n"
        "\n"
        "Household of 1:  Tier A up to $15,650 | Tier B up to $23,475 | Tier C up to $31,300\n"
        "Household of 2:  Tier A up to $21,150 | Tier B up to $31,725 | Tier C up to $42,300\n"
        "Household of 4:  Tier A up to $32,150 | Tier B up to $48,225 | Tier C up to $64,300\n"
        "\n"
        "Nominal fee: Tier A $20, Tier B $35, Tier C $50 per visit. Lab and pharmacy discounts "
        "follow the same tiers.\n"
        "\n"
        "Applications approved in December stay valid for 12 months. Nobody is denied services "
        "because they can't pay, whatever the tier.\n"
        "\n"
        "Rick Szabo",
        [],
    ),
    # 085 positive: criminal_history, court-referred DUI education roster with docket numbers
    (
        "Subject: Alcohol Highway Safety class roster - Sat 1/3\n"
        "\n"
        "Marcus,\n"
        "\n"
        "Here's the roster for Saturday's Alcohol Highway Safety School session (12.5-hour class, "
        "day 1 of 2). All five were referred by the court after DUI convictions; the court wants "
        "completion certificates by the end of January.\n"
        "\n"
        "1. Kristen Albright - docket CP-35-CR-0004418\n"
        "2. Michael Yoder - docket CP-35-CR-0003907\n"
        "3. Jaime Sorrento - docket CP-35-CR-0004102\n"
        "4. Dale Hummel - docket CP-35-CR-0002873\n"
        "5. Wanda Pruitt - docket CP-35-CR-0004226\n"
        "\n"
        "Class fee is $60, paid in advance except Dale, who will pay at the door.\n"
        "\n"
        "Room 110, 8:30 am. Please bring the sign-in sheet and the test booklets.\n"
        "\n"
        "Gail",
        [("criminal_history", "")],
    ),
    # 086 decoy: DUI class schedule open enrollment
    (
        "Subject: 2026 Alcohol Highway Safety School dates - please post\n"
        "\n"
        "Posting for the website and lobby:\n"
        "\n"
        "Riverbend Community Health Center offers the state-approved Alcohol Highway Safety School "
        "(12.5 hours) on these Saturdays: Jan 3 & 10, Feb 7 & 14, Mar 7 & 14.\n"
        "\n"
        "Open enrollment: anyone may register, with or without a court referral. Bring photo ID "
        "and any paperwork from the court or your attorney. Fee $60; sliding fee available.\n"
        "\n"
        "The class covers how alcohol and drugs affect driving, state law, and where to get help. "
        "It is an educational program, not treatment. Completion certificates are given out at the "
        "end of the second day.\n"
        "\n"
        "Register: (570) 555-0130, ask for the AHSS coordinator.\n"
        "\n"
        "Marcus Bell",
        [],
    ),
    # 087 positive: genetic + racial_ethnic_origin, ancestry summary to participant
    (
        "Subject: Your PATHWAYS ancestry summary\n"
        "\n"
        "Dear Mr. Okonjo,\n"
        "\n"
        "Thank you for taking part in the optional genetic sub-study. As you requested when you "
        "signed the consent, here is the ancestry summary from your saliva sample. (As the consent "
        "says, we do not return medical results.)\n"
        "\n"
        "Participant: Emmanuel Okonjo, Study ID PW-0217\n"
        "Estimated ancestry:\n"
        "- West African (Nigerian, Igbo region): 78%\n"
        "- Central African: 11%\n"
        "- European (British Isles): 9%\n"
        "- Unassigned: 2%\n"
        "\n"
        "These estimates are based on comparison with reference populations and can change as the "
        "reference groups improve.\n"
        "\n"
        "Please contact the study team at (570) 555-0188 with any questions.\n"
        "\n"
        "Dr. Leah Mendel, PATHWAYS Study",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    # 088 decoy: study enrollment closed aggregate
    (
        "Subject: PATHWAYS enrollment closed - thank you Riverbend\n"
        "\n"
        "Dear Riverbend team,\n"
        "\n"
        "The PATHWAYS Study closed enrollment on 12/23. Thank you for the referrals. Final numbers "
        "across our four sites:\n"
        "\n"
        "- Participants enrolled: 312 (41 referred from Riverbend)\n"
        "- On buprenorphine: 100%; Sublocade 22%, films or tablets 78%\n"
        "- Self-reported race: Black 31%, White 52%, more than one race 9%, other 8%\n"
        "- Hispanic or Latino (any race): 18%\n"
        "- Genetic sub-study consent: 74%\n"
        "\n"
        "We'll share the first results with your staff in the fall. No individual results will go "
        "to clinics or participants' medical records.\n"
        "\n"
        "Dr. Leah Mendel, Principal Investigator",
        [],
    ),
    # 089 positive: trade_union_membership, steward
    (
        "Subject: Re: holiday pay grievance - meeting on 1/6\n"
        "\n"
        "Pam,\n"
        "\n"
        "Yes, 1/6 at 2:00 works. As the KANU steward for the Bridgeway unit I'll be there with "
        "Renee and Tomasz, who both worked the 24th and were paid straight time. Our chief "
        "steward, Beth Wozniak, may join by phone.\n"
        "\n"
        "For the record, our position is that Article 14 lists Christmas Eve as a half holiday for "
        "bargaining unit members and that the premium applies to the full shift.\n"
        "\n"
        "Please send the time records for both of them before the meeting.\n"
        "\n"
        "Thanks,\n"
        "Ana Ferreira, RN\n"
        "KANU Local 218 Steward, Bridgeway Unit",
        [("trade_union_membership", "")],
    ),
    # 090 decoy: CBA clause quoted, policy
    (
        "Subject: Holiday pay - how it works this year\n"
        "\n"
        "Managers,\n"
        "\n"
        "Some questions came in about Christmas Eve and New Year's Eve pay. Under the collective "
        "bargaining agreement with KANU Local 218 (Article 14), nurses in the bargaining unit who "
        "work a recognized holiday are paid time and a half. Christmas Eve and New Year's Eve are "
        "half holidays after 3:00 pm.\n"
        "\n"
        "For non-union staff, the Employee Handbook (section 6.3) applies: time and a half for "
        "hours worked on the holiday itself only.\n"
        "\n"
        "If you're not sure which rules apply to someone on your team, check with HR before "
        "approving the timecard. A grievance has been filed about the 12/24 shift and we'll share "
        "the outcome when it's resolved.\n"
        "\n"
        "Pam Okonkwo, HR",
        [],
    ),
    # 091 positive: ACCESS_CODE, QuickBooks verification code in billing office
    (
        "Subject: QBO code - need you in the next 10 min\n"
        "\n"
        "Lorraine,\n"
        "\n"
        "I'm trying to close December in QuickBooks Online from home and it's asking for the "
        "verification code that goes to the billing office phone, which is on your desk. It just "
        "sent it, can you read me the text? Or forward a screenshot.\n"
        "\n"
        "Never mind, Jamal read it to me: 347724. I'm in. Ignore this.\n"
        "\n"
        "I'll set up the authenticator app next week so it doesn't go to the desk phone anymore.\n"
        "\n"
        "Rick",
        [("ACCESS_CODE", "347724")],
    ),
    # 092 positive: health + sexual_orientation, partner notification
    (
        "Subject: confidential - please call us\n"
        "\n"
        "Dear Mr. Figueroa,\n"
        "\n"
        "This is the Riverbend nurse line following up on the letter we mailed on 12/22. Someone "
        "you had sexual contact with in the past two months has been diagnosed with syphilis and "
        "named you as a partner. You are not in trouble, and we will not share your name with "
        "anyone.\n"
        "\n"
        "We recommend testing and preventive treatment, which is free at our clinic. Walk-in hours "
        "for this are Monday to Friday, 8 to 10 am, and we are open 12/29, 12/30 and 1/2. Please "
        "come in before the new year if you can.\n"
        "\n"
        "If you'd rather talk first, call Deb or Carol at (570) 555-0145.\n"
        "\n"
        "Riverbend Nurse Line",
        [("health", ""), ("sexual_orientation", "")],
    ),
    # 093 positive: health, inpatient detox PA denial
    (
        "Subject: URGENT - detox auth denied - Pelletier\n"
        "\n"
        "Dr. Okafor,\n"
        "\n"
        "Keystone Select denied the inpatient withdrawal management auth for Janelle Pelletier at "
        'Mountain Laurel (ASAM 3.7-WM). Reason given: "does not meet criteria, can be managed at '
        'a lower level of care." Denial ref PA-2612-80233.\n'
        "\n"
        "She's drinking over a liter of vodka a day and had a withdrawal seizure in 2023, which "
        "was in the records we faxed. Mountain Laurel is holding the bed until 3 pm. The "
        "peer-to-peer line is (570) 555-0109 and they said a reviewer is available until 2.\n"
        "\n"
        "Can you call now? I'm with her in Room 3.\n"
        "\n"
        "Holly",
        [("health", "")],
    ),
    # 094 decoy: PA process memo
    (
        "Subject: Prior auth workflow for January\n"
        "\n"
        "Prescribers and nurses,\n"
        "\n"
        "Starting January 5, all prior authorization requests go through the PA coordinator, not "
        "directly to the plans.\n"
        "\n"
        "- Sublocade, Vivitrol and brand Suboxone: submit the request form in the EHR; Holly "
        "submits electronically and tracks it.\n"
        "- Turnaround: 24-72 hours for most plans. Urgent requests (inpatient detox, first dose "
        "the same day) are flagged in red.\n"
        "- Each plan gives a reference number in its own format (e.g. PA-YYMM-NNNNN or a six-digit "
        "auth code). Copy it into the order comment so billing can find it.\n"
        "- Denials go to the prescriber the same day with the peer-to-peer number.\n"
        "\n"
        "Questions to Holly Brandt, ext. 4412.\n"
        "\n"
        "Joanne",
        [],
    ),
    # 095 positive: PIN + PASSWORD, org banking handover
    (
        "Subject: coverage while I'm out 12/31-1/2\n"
        "\n"
        "Lorraine,\n"
        "\n"
        "You're covering deposits and the bank side while I'm away. The logins are:\n"
        "\n"
        "Online banking (Harlan Falls Savings, business): user RCHC_Billing, password "
        "Ledger!Canal2291x\n"
        "Phone banking for the operating account, if the site is down: 555-0190, PIN 8642\n"
        "\n"
        "The December 31 deposit has to post the same day or the grant drawdown reconciliation "
        "will be off. Don't approve any ACH batch over $10,000 without calling Joanne.\n"
        "\n"
        "I'll change the password when I'm back, and yes I know this should be in the password "
        "manager, that's my January project.\n"
        "\n"
        "Rick",
        [("PASSWORD", "Ledger!Canal2291x"), ("PIN", "8642")],
    ),
    # 096 decoy: billing handover, masked account, safe combination
    (
        "Subject: deposit procedure while I'm out\n"
        "\n"
        "Lorraine,\n"
        "\n"
        "Deposit steps for 12/31:\n"
        "\n"
        "1. Count the front desk drawers at 2:30 with Marisa; both of you initial the count "
        "sheet.\n"
        "2. The safe in my office: the combination is on the card in the HR lockbox, Pam has the "
        "key.\n"
        "3. Deposit goes to the operating account ending in 0927 at Harlan Falls Savings. Use the "
        "blue bag, slip pre-filled.\n"
        "4. Card terminal batch closes on its own at 6; just print the report.\n"
        "5. Log the deposit total in the December close spreadsheet.\n"
        "\n"
        "If anything's off by more than $5, recount and write a note, don't fix it yourself.\n"
        "\n"
        "Rick",
        [],
    ),
    # 097 positive: CREDIT_CARD (Amex) + CVV (CID)
    (
        "Subject: payment plan setup - autopay card\n"
        "\n"
        "Rick,\n"
        "\n"
        "Sharon Wexler called to set up the autopay for her payment plan ($40/month starting "
        "1/15). She wanted it done before the holiday so I filled in the autopay form while she "
        "read the card to me:\n"
        "\n"
        "Card type: American Express\n"
        "Number: 3754 453854 81563\n"
        "Exp: 04/29\n"
        "4-digit code on front: 2906\n"
        "Billing address: 41 Orchard Ln, Harlan Falls, PA 18447\n"
        "\n"
        "She understands it will charge on the 15th each month. Please enter it in the payment "
        "portal and then we'll shred the paper form.\n"
        "\n"
        "Marisa",
        [("CREDIT_CARD", "3754 453854 81563"), ("CVV", "2906")],
    ),
    # 098 positive: US_DRIVER_LICENSE NJ with spaces
    (
        "Subject: registration - out-of-state ID\n"
        "\n"
        "Marisa,\n"
        "\n"
        "New patient this afternoon, Kelsey Marchetti, just moved from Phillipsburg NJ, still has "
        "her New Jersey license. I typed it into registration the way it's printed on the card:\n"
        "\n"
        "X5483 22727 88398\n"
        "\n"
        "Exp 10/2027. Her new address is 17 Quarry St, Apt 2, Harlan Falls. She'll get a PA "
        "license in January and bring it in.\n"
        "\n"
        "She's scheduled for a new patient visit with primary care on 1/8. Insurance is pending; I "
        "gave her the sliding fee application just in case.\n"
        "\n"
        "- Jamal",
        [("US_DRIVER_LICENSE", "X5483 22727 88398")],
    ),
    # 099 decoy: staff licence renewals list
    (
        "Subject: License renewals due in Q1\n"
        "\n"
        "Managers,\n"
        "\n"
        "These professional licenses expire in the first quarter. Please remind your staff; they "
        "can't work on an expired license, and the state board takes 2-3 weeks.\n"
        "\n"
        "- Deb Lindgren, RN - RN712844, exp 01/31\n"
        "- Carol Whitaker, RN - RN650193, exp 01/31\n"
        "- Gail Mercer, LCSW - CW014276, exp 02/28\n"
        "- Marcus Bell, CRS - certificate 4471-R, exp 03/31\n"
        "- Tanisha Moore, CAAP - certificate 20933, exp 03/31\n"
        "\n"
        "Verification printouts from the board website go in the credentialing binder, not the "
        "personnel files. CEU certificates too.\n"
        "\n"
        "Pam Okonkwo, HR",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_64, "hard64", Path(__file__).with_name("hard-64.jsonl")))
