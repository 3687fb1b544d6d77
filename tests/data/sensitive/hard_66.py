"""Hard set 66 (2026-12-07): a county homeless services continuum of care and its partner agencies.

Written by an independent helper session working blind. It read only the task prompt
(/tmp/mg/prompt66.txt), /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief66.txt
(with cat, sed, wc, grep and awk on those files only). It ran: a throwaway identifier
generator and a builder script under /tmp/hard66_gen/ (the builder assembled this module
from plain-text drafts written there), then `PYTHONPATH=. /work/main/.venv/bin/python
tests/data/sensitive/hard_66.py`, `ruff format` and `ruff check` on this file, `git add`,
`git commit` and `git rev-parse HEAD`. It did not look at the detector, its rules or any
other test set, ran no scanner command and no make, and used no web, code-index or document
search tool.

Slips: none.

Identifiers: every number and secret comes from /tmp/hard66_gen/gen.py with
random.Random(6606), then picked by hand: full SSNs drawn under the SSA rules (area 001-899
but not 666, non-zero group and serial; one is also shown mistyped with its last two digits
swapped, which still obeys the rules); card numbers Luhn-completed (Visa 4..., Mastercard
53...); ABA routing numbers with a valid Federal Reserve prefix and checksum; bank account
numbers random digits; Pennsylvania licence and ID-card numbers and the tribal ID number
eight random digits; the Ohio licence two letters and six digits, the Maryland licence a
letter and twelve digits; the US passport nine digits and the Honduran passport a letter
and seven digits; the ITIN 9XX-80-XXXX (group 80); the Dutch IBAN built with mod-97 check
digits; the bearer token and webhook secret random base62 strings; one-time codes, PINs,
CVVs, card last fours and credit scores random digits. Passwords and security answers were
invented by hand. Phone numbers are 555-01xx. All people, landlords, agencies, churches,
banks, streets, Tamarack County and Millbrook, PA are invented; real public bodies (PennDOT,
SSA, IRS, SCI Camp Hill, the Oneida Nation of Wisconsin) appear only as issuers or places.
Decoy numbers (HMIS IDs, beds, units, locker combinations, the mailbox PIN, check, invoice,
folio and order numbers, an EIN, a library card, device serials, a SIM ICCID) were typed by
hand and checked by the validator for Luhn-valid and SSN-shaped numbers.

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

Also agreed (in set 28):
- A deceased person is an identifiable person: a funeral home's death-certificate
  worksheet gives US_SSN on the SSN, health on the cause of death and racial_ethnic_origin
  on the stated race.
- A newborn screen reporting sickle cell trait (carrier, "not the disease", discussed at a
  later visit) is genetic only. A BRCA2 pathogenic variant together with the mother's
  ovarian cancer and a referral for MRI and surgery consult is genetic and health.
- A school lunch-line finger-scan re-enrollment with its match score and template record
  is biometric. An employer's on-site "biometric screening" (blood pressure, cholesterol)
  offered to all employees is a wellness program: neither biometric nor health.
- A farmworker's cholinesterase level after pesticide drift is health (a test result and
  an exposure). "Mixtec from Oaxaca" names an indigenous people: racial_ethnic_origin;
  the request for a Mixteco interpreter alone would not be.
- Probation community service hours and an OWI conviction on a driver's MVR are
  criminal_history; a clean volunteer background check is not.
- A furniture maker writing "our family are members of Pleasant View Mennonite Church and
  we keep the Lord's Day" states the writer's own congregation membership:
  religious_belief. A bulk-food store closing on Ascension Day and having no Sunday hours
  says nothing about a person.
- A parishioner's recurring gift by bank draft gives ABA_ROUTING_NUMBER and
  US_BANK_NUMBER but no religious_belief (giving to a church).
- A widower named as "Dale's husband of 31 years" in funeral arrangements is a same-sex
  spouse: sexual_orientation.
- Campaign donor receipt "Visa ending in 8475" is CREDIT_CARD_LAST_DIGITS and the
  contribution is political_opinion; a volunteer's list of neighbours taking yard signs
  who "told me they're voting for you" is political_opinion.
- The four-digit code on the front of an Amex is CVV. A foundation pledge card whose number
  wraps onto a second line is labelled with the line break kept.
- A client's foreign IBAN quoted by the tax preparer for an FBAR reminder is IBAN_CODE; a
  German parent's IBAN for a 4-H refund is IBAN_CODE.
- A library side-door keypad, a food-pantry back-door code, a concession-shed padlock
  combination and an ambulance-bay keypad are never labelled; a grain elevator's
  customer-portal sign-in code is ACCESS_CODE.
- Animals throughout: a cow's Johne's result, a horse's Cushing's diagnosis and Prascend,
  a dog's rabies booster and vaccinated chicks are not health.


Also agreed (in set 29):
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

(The earlier set's own additions, "Also agreed (in set 30)" in that file, were read and are
not repeated here; where this set relies on one of them it is restated below.)

Added for this set:
- Locker combinations, mail-slot numbers and the day center's "mailbox PIN" given at the
  mail window open a physical locker or a window, not an account: a locker code is no
  one's access secret here, and none of them is labelled, whoever writes it (staff or the
  client). The side-door keypad and the guest Wi-Fi password are not labelled either.
- HMIS client IDs, bed, room, unit and slot numbers, by-name-list ranks, days homeless and
  a total prioritization score, device IDs, asset tags, a SIM ICCID, a library card number,
  folio, authorization, check, invoice, vendor and Vital Records order numbers and an EIN
  are unlabelled identifiers.
- Being homeless, staying at a shelter or warming center, being on the by-name list,
  receiving rapid rehousing, and a PSH application, lease-up or tenancy name no condition:
  not health. A "HOPWA slot" for a named client on the by-name list is health (HIV).
- A data-quality fix quoting a client's SSN as mistyped and as printed on the card labels
  both strings US_SSN (each is that person's SSN, one with two digits swapped).
- A point-in-time survey on which a volunteer wrote a name is about an identifiable person:
  "Dine" (the Navajo people) is racial_ethnic_origin and "says PTSD and bad lungs" is
  health. PIT tallies, the PIT volunteer script and HMIS completeness percentages are
  aggregates or templates.
- criminal_history: being "taken into custody" on a bench warrant at the shelter; a citation
  for disorderly conduct and criminal mischief with a magistrate hearing; a Tier II Megan's
  Law registrant; parole from SCI Camp Hill; a county probation agent and intensive
  supervision; "got out of county" with a PO; bail posted for a man held in the county
  prison. House rules about warrants and probation, and a volunteer's clearances with "no
  record" (including the FBI fingerprint check, which is not biometric), are not labelled.
- health: Sublocade; Vivitrol and a one-year keytag; "90 days today" with a sponsor and a
  chip; Biktarvy; a seizure after running out of levetiracetam; an opioid overdose
  reversed with naloxone; Invega Sustenna and schizoaffective symptoms; a dialysis schedule;
  a 31-week pregnancy with borderline blood pressure; frostbite taken to the ED; a BKA
  stump and skipped insulin; a hospital discharge summary. The flu-shot van, the respite
  referral criteria, the peer group's schedule, a job posting asking for lived experience
  of recovery and a named client's appointment reminder naming no condition are not.
- A positive Huntington's gene test (43 CAG repeats) with worsening chorea and
  tetrabenazine is genetic and health.
- religious_belief: a guest making wudu before Isha and praying Fajr; a mother raised in
  the parish asking for her baby's baptism; a guest lighting a menorah each night of
  Hanukkah; a client writing "I am Muslim, I don't eat pork". The warming center's own
  description, its optional evening prayer, congregations' committees bringing supper, a
  pastor's signature and a gift receipt for the warming center are not.
- political_opinion: a named registrant's party box ("checked Democratic") on a voter form,
  and a client door-knocking for a council candidate. The registration how-to and thanks to
  a commissioner for her public vote are not.
- sexual_orientation: "Kiana Reyes, her wife Dee"; a youth put out after coming out as gay;
  a woman trading sex for a motel room (sex work). A family wing open to families "of any
  composition" is policy.
- trade_union_membership: a Carpenters local member on the out-of-work list whose dues the
  local's hardship fund paid; an IBEW local dues line on a pasted pay stub. An invitation to
  a union info session is not.
- biometric: finger-match scores for named guests in a check-in scanner export; a failed
  selfie-to-ID face match score for a named client (whose Maryland licence number in the
  same result is US_DRIVER_LICENSE).
- racial_ethnic_origin: a race field in an HMIS JSON import or a HUD-VASH CSV export for a
  named client; enrolment in the Oneida Nation (her tribal ID number is US_STATE_ID). A
  Honduran passport (nationality) and "she prefers Spanish" are not labelled.
- A PennDOT number on a voter form is US_DRIVER_LICENSE, and the last four of the SSN
  given there instead are US_SSN. A Pennsylvania licence printed in groups ("21 988 583")
  is labelled with its spaces; an expired Ohio licence is still US_DRIVER_LICENSE; a PA ID
  card is US_STATE_ID. An ssn_last4 field in an HMIS import and a full SSN with no dashes
  in a CSV export are US_SSN.
- The agency purchasing card and "the three digits on the back" are CREDIT_CARD and CVV; a
  motel folio's "VISA xxxx xxxx xxxx 3603" is CREDIT_CARD_LAST_DIGITS on the four digits; a
  Direct Express prepaid card and its PIN are CREDIT_CARD and PIN; a client's own card and
  CVV typed for an application fee are CREDIT_CARD and CVV. An EBT card PIN shared with a
  daughter under a release, and an IRS Identity Protection PIN read from mail opened with
  the client's permission, are PIN.
- A landlord's business routing and account numbers for rental assistance, a client's
  account for a deposit refund and for payroll direct deposit are ABA_ROUTING_NUMBER and
  US_BANK_NUMBER; a donor's IBAN for a refund is IBAN_CODE with its printed spaces. A pay
  stub's "checking xxxxxx4471" and a batch note's "checking ending in 4471" are not
  labelled.
- PASSWORD: a client's Gmail password; a client's Social Security account password and her
  two security answers (each a label); a staff member's temporary HMIS password; a
  coalition's online-banking password and its security answer. Usernames are not labelled.
  ACCESS_CODE: an HMIS sign-in verification code forwarded to a coworker, and a COMPASS
  benefits-portal code read out from a text. API_KEY: an HMIS bearer token in an error log
  and a payment portal's webhook signing secret; the client ID, account ID and publishable
  key are not labelled.
- Credit: a screening score and a "middle score" are CREDIT_SCORE; adverse items in a dash
  list are CREDIT_REPORT on their whole line after the bullet, and in prose from the item's
  name (leading article left out) to the end of its clause. "Evictions: none found", "no
  judgments", and thresholds such as "under 600" or "score 600+" in listings are not
  labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_66: list[Case] = [
    (
        (
            "Subject: Re: Lantern group chat\n"
            "\n"
            "[Tue 9:14 PM] Mateo: 90 days today. didn't think i'd make it through the first week "
            "at\n"
            "the shelter\n"
            "[Tue 9:15 PM] Shay: LETS GOOO\n"
            "[Tue 9:15 PM] Tomasz: Proud of you brother. chip is waiting for you tuesday\n"
            "[Tue 9:17 PM] Mateo: my sponsor is taking me to diner after to celebrate lol\n"
            "[Tue 9:20 PM] Ray P: 90 is huge. keep coming back\n"
            "\n"
            "(Tomasz - forwarding this so you can add it to the celebrations list for Tuesday.)"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: Referral - Leon Harwick - reentry\n"
            "\n"
            "Renee,\n"
            "\n"
            "Leon Harwick was paroled from SCI Camp Hill on 12/9 and the home plan fell through "
            "when\n"
            "his sister's landlord refused. His parole agent placed him at Kestrel House "
            "temporarily\n"
            "but wants a stable address within 30 days or he may be returned to a CCC.\n"
            "\n"
            "He has a PA ID and his SS card; birth cert is in his property at the state. He's "
            "eligible\n"
            "for the reentry RRH slots. Parole agent: Agent Crowley, 555-0163.\n"
            "\n"
            "Luis"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: HMIS DQ fix - SSN transposed for Tomas Rivera\n"
            "\n"
            "Hi Kim,\n"
            "\n"
            "The SSN in HearthLink for Tomas Rivera (client ID 118402) doesn't match the card he "
            "showed\n"
            "us at the Landing this morning. It was keyed as 485-69-2124 but the card reads\n"
            "485-69-2142 - the last two digits got flipped at intake in June.\n"
            "\n"
            'Could you correct it and change the SSN data quality field to "Full SSN reported"? '
            "The\n"
            "mismatch is why his SNAP verification keeps bouncing. I don't have edit rights on "
            "records\n"
            "created by another agency.\n"
            "\n"
            "Thanks,\n"
            "Marisol Duarte\n"
            "Data & Evaluation, Tamarack County Human Services"
        ),
        [
            ("US_SSN", "485-69-2124"),
            ("US_SSN", "485-69-2142"),
        ],
    ),
    (
        (
            "Subject: duplicate gift - refund\n"
            "\n"
            "Hi Linda,\n"
            "\n"
            "We received two identical bank transfers of EUR 250 for the Emmaus Road warming "
            "centre\n"
            "from Anneke de Vries in Utrecht (sister of our volunteer Pete). She meant to give "
            "once and\n"
            "has asked us to return the second.\n"
            "\n"
            "Her account: NL47 RABO 9217 1268 07, name A. de Vries.\n"
            "\n"
            "Could finance send the international refund this week? She's fine with the wire fee\n"
            "coming out of the refund.\n"
            "\n"
            "Thanks,\n"
            "Gail Brenner\n"
            "Development, Tamarack Family Services"
        ),
        [
            ("IBAN_CODE", "NL47 RABO 9217 1268 07"),
        ],
    ),
    (
        (
            "Subject: flu and COVID shots at the Landing - Thursday\n"
            "\n"
            "The county health department's mobile van will be at the Landing this Thursday, Dec "
            "18,\n"
            "from 10 am to 1 pm.\n"
            "\n"
            "- Flu and updated COVID vaccines for anyone 12 and up\n"
            "- No insurance or ID needed\n"
            "- Free blood pressure checks and hand warmers\n"
            "\n"
            "Guests who get a shot get a $10 grocery card while supplies last. Staff are welcome "
            "too.\n"
            "\n"
            "Spread the word at breakfast!"
        ),
        [],
    ),
    (
        (
            "Subject: Give warmth this winter\n"
            "\n"
            "Dear friend,\n"
            "\n"
            'Last winter, a man named "J" (not his real name) slept in a car at the Walmart lot '
            "for\n"
            "seven weeks. A case manager from the Landing found him a room, then an apartment. "
            "Today he\n"
            "has keys, a job, and a reason to get up in the morning.\n"
            "\n"
            "This December, $50 provides a night at Emmaus Road, a hot meal, and a warm coat. "
            "$150\n"
            "covers a week of shelter for a family with children.\n"
            "\n"
            "Give online at tfs.example.org/warmth or mail a check to Tamarack Family Services,\n"
            "PO Box 442, Millbrook, PA.\n"
            "\n"
            "With gratitude,\n"
            "The team at Tamarack Family Services"
        ),
        [],
    ),
    (
        (
            "Subject: direct deposit for my job\n"
            "\n"
            "hi bernadette its Luis Tavera (not Luis from outreach lol). the warehouse wants "
            "direct\n"
            "deposit by friday or they mail a paper check to the landing which takes forever. I\n"
            "opened the account at Keystone Valley like you showed me.\n"
            "\n"
            "rtn # 015002336\n"
            "acct 553248207\n"
            "\n"
            "can you fill out the form with me tmrw morning, I start at 7 so I can come at 6:30 if "
            "the\n"
            "landing is open. thank you for the help with everything\n"
            "\n"
            "Luis T"
        ),
        [
            ("ABA_ROUTING_NUMBER", "015002336"),
            ("US_BANK_NUMBER", "553248207"),
        ],
    ),
    (
        (
            "Subject: HMIS race/ethnicity data quality - Q4\n"
            "\n"
            "Partner agency data leads,\n"
            "\n"
            "Race and ethnicity completeness for Q4 across the CoC:\n"
            "\n"
            'Project type      records   "doesn\'t know/refused"   "not collected"\n'
            "Emergency shelter   1,204        6.1%                    3.4%\n"
            "Street outreach       388       14.2%                    9.8%\n"
            "RRH                   211        1.9%                    0.5%\n"
            "PSH                   146        0.7%                    0.0%\n"
            "\n"
            "Outreach is highest, as expected. The HUD target is under 5% combined. Please remind "
            "staff\n"
            'that "Client doesn\'t know" is different from "Data not collected", and that we '
            "never\n"
            "guess someone's race from appearance.\n"
            "\n"
            "Marisol"
        ),
        [],
    ),
    (
        (
            "Subject: document checklist - housing application (blank)\n"
            "\n"
            "Use this with every client before the CE housing interview. Keep a copy in the file.\n"
            "\n"
            "Client name: ____________________   HMIS ID: __________\n"
            "\n"
            "[ ] Photo ID (PA driver's license or PA ID card) - number: ____________\n"
            "[ ] Social Security card - SSN: ___-__-____\n"
            "[ ] Birth certificate (state of birth: ______)\n"
            "[ ] Income: pay stubs / SSI / SSDI / TANF / self-declaration\n"
            "[ ] Homeless verification (shelter letter, outreach log, or third-party)\n"
            "[ ] Disability verification (PSH only) - provider signature: __________\n"
            "[ ] Release of information signed\n"
            "\n"
            "Missing documents do NOT stop a referral. Note what's pending and keep going.\n"
            "\n"
            "Tamarack County CoC - Coordinated Entry, rev. 11/2025"
        ),
        [],
    ),
    (
        (
            "Subject: gift receipt - thank you\n"
            "\n"
            "Dear Mr. and Mrs. Harnish,\n"
            "\n"
            "Thank you for your gift of $300 to the Emmaus Road Warming Center, received December "
            "12\n"
            "by check #4417. Your generosity will provide six nights of warmth, supper, and "
            "breakfast\n"
            "for our neighbors this winter.\n"
            "\n"
            "No goods or services were provided in exchange for this gift. Tamarack Family "
            "Services\n"
            "is a 501(c)(3) organization, EIN 23-4817265.\n"
            "\n"
            "With gratitude and every good wish for the season,\n"
            "Gail Brenner\n"
            "Development Director"
        ),
        [],
    ),
    (
        (
            "Subject: p-card rules during Code Blue\n"
            "\n"
            "Staff with an agency purchasing card:\n"
            "\n"
            "- You may book emergency motel rooms without prior approval on declared Code Blue "
            "nights,\n"
            "  up to 6 rooms and $75/night per room.\n"
            "- Never email, text, or read out the card number and security code in a shared space. "
            "If\n"
            "  a motel insists on the number by phone, step into an office.\n"
            "- Get an itemized folio for every stay, write the HMIS ID of the household on it, and "
            "turn\n"
            "  it in within 3 business days.\n"
            "- Lost card? Call the bank's 24-hour line on the back and then call Linda at "
            "555-0112.\n"
            "\n"
            "Thank you for keeping people warm.\n"
            "Finance, Tamarack Family Services"
        ),
        [],
    ),
    (
        (
            "Subject: HMIS import - 2 records rejected\n"
            "\n"
            "Marisol,\n"
            "\n"
            "The Kestrel House nightly import rejected two records; pasting the JSON so you can "
            "see\n"
            "why (dob field format):\n"
            "\n"
            '{"first":"Nadia","last":"Fowler","ssn_last4":"1114","race":"Black, '
            'African American, or African",\n'
            ' "dob":"1988/04/19","project":"Kestrel ES"}\n'
            '{"first":"Royce","last":"Tilden","ssn_last4":"4069","race":"White","d'
            'ob":"1971/11/02",\n'
            ' "project":"Kestrel ES"}\n'
            "\n"
            "The spec wants YYYY-MM-DD. I'll fix the export script; can you rerun tonight?\n"
            "\n"
            "Dom"
        ),
        [
            ("US_SSN", "1114"),
            ("US_SSN", "4069"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Subject: thank you, Commissioner Halvorsen\n"
            "\n"
            "Dear Commissioner Halvorsen,\n"
            "\n"
            "On behalf of the Tamarack County CoC, thank you for your vote on Tuesday to fund the\n"
            'second winter shelter site. Your public remarks - that "nobody in this county '
            "should\n"
            'freeze to death because a budget line ran out" - meant a great deal to our staff and '
            "the\n"
            "people we serve.\n"
            "\n"
            "We'd love to host you at the Landing for lunch in January to see the new showers. "
            "Please\n"
            "have your scheduler call me at 555-0110.\n"
            "\n"
            "Gratefully,\n"
            "Renee Castellano\n"
            "CE Coordinator, on behalf of the CoC board"
        ),
        [],
    ),
    (
        (
            "Subject: CODE BLUE declared Dec 15-18\n"
            "\n"
            "Code Blue is in effect from Monday 6 pm through Thursday 9 am. Forecast lows -4 F "
            "Tuesday\n"
            "night with wind chills near -20.\n"
            "\n"
            "Capacity tonight:\n"
            "- Kestrel House: 64 (40 beds + 24 cots)\n"
            "- Emmaus Road: 40 cots\n"
            "- Motel overflow: 4 rooms booked (families first)\n"
            "- The Landing: open 7 am - 7 pm as a daytime warming site\n"
            "\n"
            "Outreach teams are doubled 8 pm - 2 am. Call 555-0100 to request a pickup. No one "
            "will be\n"
            "turned away."
        ),
        [],
    ),
    (
        (
            "Subject: Lantern Peer Circle - winter schedule\n"
            "\n"
            "Lantern Peer Circle is a peer support group for anyone affected by homelessness, "
            "addiction,\n"
            "or mental health challenges. You don't have to be in recovery or have a diagnosis to "
            "come.\n"
            "\n"
            "When: Tuesdays 6-7:30 pm (5 pm on Dec 23 and Dec 30)\n"
            "Where: The Landing, back room\n"
            "What: coffee, sharing, and resources. No sign-in, no names written down.\n"
            "\n"
            "AA meets at the Landing Wednesdays at noon; NA on Fridays at 7 pm. Both are open "
            "meetings.\n"
            "\n"
            "Peer facilitators: Tomasz and Shay. Questions: 555-0145."
        ),
        [],
    ),
    (
        (
            "Subject: Cedar Commons lease-up packet - unit 3C - Anthony Birch\n"
            "\n"
            "Sam,\n"
            "\n"
            "Anthony's lease-up packet is in the shared drive. Quick summary for the file review:\n"
            "\n"
            "ID: PA identification card no. 91498900, expires 2030\n"
            "SS card: seen and copied\n"
            "Income: $0, self-declaration signed\n"
            "Homeless verification: Kestrel House stay letter plus outreach contacts\n"
            "\n"
            "Move-in is set for Dec 19 at 10 am. He has nothing, so we'll need the furniture bank\n"
            "voucher and the welcome kit.\n"
            "\n"
            "Priya"
        ),
        [
            ("US_STATE_ID", "91498900"),
        ],
    ),
    (
        (
            "Subject: rent portal webhooks still failing\n"
            "\n"
            "Hi support,\n"
            "\n"
            "Our payment confirmations from the landlord portal are being rejected. The signature "
            "check\n"
            "fails on every event since we rotated the secret. From our endpoint log:\n"
            "\n"
            "  POST /hooks/payments  400 invalid_signature\n"
            "  configured signing secret: whsec_tE7gkzMQnfMaESvTN8KFHBtlgmVwHVtJ\n"
            "  account: acct_tamarackfs\n"
            "  events affected: 37 (Dec 12-15)\n"
            "\n"
            "Can you confirm whether the portal is still signing with the old secret? We need "
            "these\n"
            "to post before the January rent run.\n"
            "\n"
            "Andre Kimble\n"
            "Tamarack Family Services"
        ),
        [
            ("API_KEY", "whsec_tE7gkzMQnfMaESvTN8KFHBtlgmVwHVtJ"),
        ],
    ),
    (
        (
            "Subject: listings for this week - RRH\n"
            "\n"
            "Navigators,\n"
            "\n"
            "New units from the landlord list:\n"
            "\n"
            "- 418 Locust, unit 2 - 1 BR, $875, heat included, no credit check, accepts vouchers\n"
            "- 60 Chestnut, 1st floor - 2 BR, $1,050, landlord wants score 600+ or double deposit\n"
            "- 12 Poplar - studio, $690, 4.8 stars from past tenants, on bus 15\n"
            "- 7 Alder, 3A - 1 BR, $910, PSH set-aside through Cedar Commons\n"
            "- 31 Walnut, unit 5 - 1 BR, $925, taken\n"
            "\n"
            "Inspection scores all passed HQS (lowest was 88). Call Ruth before showing."
        ),
        [],
    ),
    (
        (
            "Subject: can you hold my mail\n"
            "\n"
            "hi Jo its Renata. I got a day shift at the laundromat so I cant come to the Landing "
            "til\n"
            "saturday. can you hold my mail, my slot is 214. if the food stamp letter comes can "
            "you\n"
            "put it in my locker, its 46 and the combo is 22-5-38 (I know I'm not supposed to give "
            "it\n"
            "out but your the only one).\n"
            "\n"
            "also my HMIS # is 119870 if the housing lady asks. my new phone is 555-0126.\n"
            "\n"
            "thanks for everything, Renata"
        ),
        [],
    ),
    (
        (
            "Subject: Earl and the yard sign\n"
            "\n"
            "Jo,\n"
            "\n"
            "Heads up: Earl Simms has been door-knocking for Rhonda Pike's council campaign every\n"
            "afternoon this week and asked if he can put her sign in the Landing's front window "
            "and\n"
            "hand out her flyers in the lunch line. He's really proud of it - says she's the "
            "first\n"
            "candidate who ever asked him what he needed.\n"
            "\n"
            "I told him the center can't display campaign signs but he's welcome to do it on his "
            "own\n"
            "time outside. Wanted you to hear it from me in case he brings it up.\n"
            "\n"
            "Deshawn"
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Subject: incident report - Kestrel House - 12/16\n"
            "\n"
            "SHELTER INCIDENT REPORT\n"
            "Date/time: 12/16, 22:15\n"
            "Staff: K. Baptiste, T. Morrow\n"
            "\n"
            "Two guests in the men's dorm argued over a bottom bunk (bed 9). Raised voices, no "
            "physical\n"
            "contact. Staff separated them and offered bed 30 to one guest, who accepted. No "
            "injuries,\n"
            "no police called, no property damage. Both guests remained for the night.\n"
            "\n"
            "Follow-up: update the bunk assignment board so bottom bunks reserved for medical "
            "reasons\n"
            "are clearly marked; remind guests at the house meeting that bed assignments are made "
            "by\n"
            "staff."
        ),
        [],
    ),
    (
        (
            "Subject: PIT surveys - two we need to fix before entry\n"
            "\n"
            "Renee,\n"
            "\n"
            "Volunteer on route 7 wrote names on two of the unsheltered surveys even though the\n"
            "training said not to. I'm blacking them out before data entry, but flagging so "
            "outreach\n"
            "can follow up:\n"
            "\n"
            '- "Gerald Tso, 58, Dine, Army vet, says PTSD and bad lungs, sleeps under the Water '
            "St\n"
            '  bridge" - wants a VA appointment.\n'
            '- "Bonnie L., 40s, declined rest of survey" - nothing else on the form.\n'
            "\n"
            "The other 31 surveys from route 7 are clean. I'll have the tally to you tomorrow.\n"
            "\n"
            "Kat"
        ),
        [
            ("racial_ethnic_origin", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: family shelter placement - Reyes\n"
            "\n"
            "Cheryl,\n"
            "\n"
            "CE just sent a family: Kiana Reyes, her wife Dee, and Kiana's son Jayden (3). They've "
            "been\n"
            "sleeping in their car at the Walmart lot since Friday and the car's heater died last "
            "night.\n"
            "\n"
            'I know the family wing asks for "one head of household plus children," but they\'re\n'
            "married and want to stay together. Can we put them in room 6 as one household? If "
            "not,\n"
            "I need to call the motel line.\n"
            "\n"
            "Ximena"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Subject: HearthLink password reset - Tara Oyelaran\n"
            "\n"
            "Tara,\n"
            "\n"
            "I reset your HMIS login after the lockout this morning. Your temporary password is\n"
            "Kx7!marble-Fen2 and you'll be forced to change it the first time you sign in. "
            "Remember the\n"
            "new one has to be 14 characters and can't reuse your last five.\n"
            "\n"
            "If it locks again, it's probably the old password saved in your browser - clear that "
            "first.\n"
            "\n"
            "Dom Reyes\n"
            "HMIS System Administrator, Tamarack County Human Services\n"
            "555-0119"
        ),
        [
            ("PASSWORD", "Kx7!marble-Fen2"),
        ],
    ),
    (
        (
            "Subject: PIT 2026 - preliminary numbers (not for release)\n"
            "\n"
            "Board members,\n"
            "\n"
            "Preliminary counts from the January point-in-time count, before HUD validation:\n"
            "\n"
            "Total people counted: 412 (up 9% from last year)\n"
            "  Sheltered (ES/TH): 274\n"
            "  Unsheltered: 138 (Water St bridge and Riverside account for 61)\n"
            "Households with children: 38\n"
            "Chronically homeless individuals: 71\n"
            "Veterans: 31\n"
            "Adults reporting serious mental illness: 22%\n"
            "Adults reporting a substance use disorder: 18%\n"
            "Adults reporting HIV/AIDS: 3\n"
            "Survivors of domestic violence: 47\n"
            "\n"
            "Race and ethnicity are being reconciled against the new HUD categories and will "
            "follow\n"
            "next week.\n"
            "\n"
            "Please do not forward - the numbers can still move by a few percent.\n"
            "Marisol Duarte, HMIS Lead"
        ),
        [],
    ),
    (
        (
            "Subject: Wren Medical Respite - referral criteria (for hospital partners)\n"
            "\n"
            "Wren has 12 beds for people experiencing homelessness who are too sick to recover on "
            "the\n"
            "street or in shelter but don't need to stay in the hospital.\n"
            "\n"
            "We can accept patients who:\n"
            "- are medically stable and can manage their own daily activities (with setup help)\n"
            "- need wound care, IV antibiotics via PICC, or post-surgical recovery\n"
            "- can manage their own medications with staff supervision\n"
            "\n"
            "We cannot accept patients who need 1:1 supervision, are on active withdrawal "
            "protocols, or\n"
            "need a mechanical lift.\n"
            "\n"
            "To refer, fax the respite referral form and the H&P to 555-0176 and call the nurse on "
            "duty.\n"
            "Referrals received by 2 pm are reviewed the same day."
        ),
        [],
    ),
    (
        (
            "Subject: agenda - hospital/CoC discharge planning meeting, Dec 19\n"
            "\n"
            "Tamarack Regional Medical Center / Tamarack County CoC\n"
            "Friday, Dec 19, 9:00-10:30, Conference Room B (and by phone 555-0185)\n"
            "\n"
            "1. November numbers (Karen): 37 discharges to shelter or the street; 12 readmitted\n"
            "   within 30 days; average respite wait 6 days.\n"
            "2. Code Blue protocol: no discharges to the street below 20 F without a confirmed "
            "bed.\n"
            "3. Medication access: 30-day supply at discharge, lockable pouches for shelter "
            "guests.\n"
            "4. Wren Medical Respite - adding 4 beds in March (Helen).\n"
            "5. Data sharing agreement - update on the release of information form (Marisol).\n"
            "\n"
            "Please don't bring patient lists; we'll work case by case in the follow-up huddles."
        ),
        [],
    ),
    (
        (
            "Subject: voter registration at the Landing - how we do it\n"
            "\n"
            "Starting this week, staff and trained volunteers will help anyone register to vote at "
            "the\n"
            "Landing on Tuesday and Thursday mornings.\n"
            "\n"
            "- You can register even if you have no home address. Use the Landing's address for "
            "mail.\n"
            "- You can choose any party or no party. Staff do not see or discuss your choices and "
            "do not\n"
            "  talk about candidates.\n"
            "- You'll need a PennDOT number or the last four digits of your SSN. If you have "
            "neither,\n"
            "  you can still register and show ID at your first vote.\n"
            "- We mail the forms the same day.\n"
            "\n"
            "Questions? Ask Jo at the front desk."
        ),
        [],
    ),
    (
        (
            "Subject: Discharge to Wren Medical Respite - pt Albert Nkemelu\n"
            "\n"
            "Hi Wren team,\n"
            "\n"
            "Mr. Nkemelu is medically ready for discharge Friday and agreeable to respite. "
            "Summary:\n"
            "\n"
            "Dx: diabetic foot ulcer, R hallux, s/p debridement 12/10; osteomyelitis ruled out on "
            "MRI\n"
            "Meds: IV cefazolin via PICC x 14 more days, then oral; metformin; glargine 18 units "
            "qHS\n"
            "Wound care: daily dressing change, offloading shoe (sent with pt)\n"
            "Follow-up: podiatry 12/30, ID clinic 1/6\n"
            "\n"
            "He has no phone; best contact is the Landing's front desk. Transport by cab voucher.\n"
            "\n"
            "Karen Pfeil, RN, Case Management, Tamarack Regional Medical Center"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: youth referral - Jordan\n"
            "\n"
            "Hi Renee,\n"
            "\n"
            "Referring Jordan M., 19. He's been couch surfing since November, when his stepdad put "
            "him\n"
            "out after he came out as gay at Thanksgiving. He's now at a friend's place in "
            "Millbrook\n"
            "but the friend's lease doesn't allow guests past the 20th.\n"
            "\n"
            "He's working part-time at the car wash, has his PA ID and a bank account. He'd do "
            "well in\n"
            "the youth RRH slots. He asked that we not contact the family.\n"
            "\n"
            "Thanks,\n"
            "Luis\n"
            "Northline Street Outreach"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Subject: CE referral - Darnell Whitcomb (HMIS 204417) - priority review\n"
            "\n"
            "Hi Renee,\n"
            "\n"
            "Sending Darnell over for Thursday's prioritization meeting. He's 61 and has been "
            "sleeping\n"
            "in the bus shelter on Route 11 since October. We found him Sunday night with the left "
            "BKA\n"
            "stump rubbed raw by the prosthetic, and he admitted he's been skipping his insulin "
            "because\n"
            "the pen keeps freezing in his coat.\n"
            "\n"
            "He took a Kestrel House bed for the cold snap but can't do a top bunk or the stairs, "
            "so\n"
            "please flag him for a ground-floor unit.\n"
            "\n"
            "Docs: photo ID is in his backpack, no SS card yet, birth cert requested from Vital "
            "Records.\n"
            "\n"
            "Thanks,\n"
            "Luis Ferraro\n"
            "Northline Street Outreach | 555-0134"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: Lantern Peer Circle - Tuesday recap\n"
            "\n"
            "Hi all,\n"
            "\n"
            "Great turnout despite the ice - eleven people and two new faces. Thank you to the "
            "Landing\n"
            "for the coffee.\n"
            "\n"
            "Shout-outs: Ray P. picked up his one-year keytag and got the loudest round of "
            "applause\n"
            "I've heard in that room. Shay said the monthly Vivitrol shot is what's making the\n"
            "difference this time and that she's finally sleeping through the night. Marcus "
            "brought\n"
            "the sign-up sheet for the winter coat drive.\n"
            "\n"
            "Next week we're meeting early (5 pm) because the building closes for the holiday "
            "party.\n"
            "Bring a friend.\n"
            "\n"
            "In peace,\n"
            "Tomasz, peer facilitator"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: request from a guest\n"
            "\n"
            "Pastor Ellen,\n"
            "\n"
            "One of our moms, Lupe Garza, asked if Father Ignatius could baptize her baby Nevaeh "
            "while\n"
            "they're still staying with us. She says she was raised in the parish and wants it "
            "done\n"
            "before they move to the apartment in January. She already has godparents lined up.\n"
            "\n"
            "I told her I'd ask and not promise anything. Could you pass it along or give me his "
            "number?\n"
            "\n"
            "Thanks,\n"
            "Cheryl, family shelter coordinator"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "Subject: RE: Cedar Commons vacancy 2B\n"
            "\n"
            "Sam,\n"
            "\n"
            "We can't move Dwayne into 2B. Checked the map again - the building is within 1,000 "
            "feet\n"
            "of the Millbrook Elementary playground, and as a Tier II Megan's Law registrant he "
            "can't\n"
            "live there under the borough ordinance.\n"
            "\n"
            "The unit at 7 Alder (3A) works distance-wise. Can you swap and offer 2B to the next\n"
            "person on the by-name list?\n"
            "\n"
            "I'll tell him this afternoon.\n"
            "\n"
            "Renee"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: families welcome - Kestrel family wing\n"
            "\n"
            "Kestrel House family wing takes families of any composition: single parents, two "
            "parents\n"
            "of any gender, grandparents raising grandkids, adult children with a parent, and "
            "couples\n"
            "without children during Code Blue. We don't ask for marriage licenses or birth\n"
            "certificates to keep a family together.\n"
            "\n"
            "All-gender bathroom: second floor. Family rooms have locking doors; ask for a key at "
            "the\n"
            "desk.\n"
            "\n"
            "If your household doesn't fit the room sizes, we'll call the motel line before anyone "
            "is\n"
            "split up."
        ),
        [],
    ),
    (
        (
            "SHELTER INCIDENT REPORT - The Landing Day Center\n"
            "Date: 12/16, 11:25\n"
            "Staff: J. Mercer, D. Price\n"
            "\n"
            "Ricky Dunmore became angry in the shower line and threw a chair at the window. Staff "
            "asked\n"
            "him to leave; he refused. Millbrook PD responded and cited him for disorderly conduct "
            "and\n"
            "criminal mischief (window cracked, est. $300). He has a magistrate hearing on 12/29.\n"
            "\n"
            "Ricky is trespassed from the Landing for 7 days per the posted rules. Staff to follow "
            "up\n"
            "with him at Kestrel House about the hearing and the property in his locker."
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: landlord incentive program - winter 2025\n"
            "\n"
            "Dear property owners,\n"
            "\n"
            "The Tamarack County CoC is looking for landlords willing to rent to households "
            "leaving\n"
            "shelter this winter. What we offer:\n"
            "\n"
            "- $1,000 signing bonus per unit leased through the program\n"
            "- Double security deposit paid by the program\n"
            "- A damage mitigation fund of up to $2,500 per tenancy\n"
            "- A housing case manager the tenant and the landlord can call\n"
            "\n"
            "We work with applicants who have low or no credit scores, past evictions, and\n"
            "records. We ask that you look at the person, not just the report.\n"
            "\n"
            "Call Ruth Akers at 555-0147 or reply to this email.\n"
            "\n"
            "Bridgeway Rapid Rehousing | Tamarack Family Services"
        ),
        [],
    ),
    (
        (
            "Subject: d/c to shelter - Quentin Shaw\n"
            "\n"
            "Hi Kestrel House,\n"
            "\n"
            "Quentin Shaw is being discharged from 4 North today around 3 pm and says his plan is "
            "to\n"
            "return to your shelter. He's stable.\n"
            "\n"
            "Please make sure he can keep his Biktarvy on him rather than in the locker - it's "
            "one\n"
            "tablet a day and he was off it for six weeks before this admission, which is a big "
            "part\n"
            "of why he was here. Thirty-day supply sent with him, refills at the Main St "
            "pharmacy.\n"
            "\n"
            "Follow-up with Dr. Amadi at the Wellness Clinic on 12/22.\n"
            "\n"
            "Jen Sowa, LSW\n"
            "Tamarack Regional Medical Center"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: ESG rental assistance - ACH setup for Hollis Property Mgmt\n"
            "\n"
            "Finance,\n"
            "\n"
            "New vendor for the December and January payments on behalf of our tenant (HMIS "
            "120877,\n"
            "unit 5 at 31 Walnut). Landlord signed the W-9 and the direct deposit form yesterday.\n"
            "\n"
            "Payee: Hollis Property Management LLC\n"
            "Bank: First Millbrook Bank\n"
            "Routing 013567556\n"
            "Acct 6292773554 (business checking)\n"
            "Amount: $925/mo, first payment covers Dec rent plus $925 security deposit\n"
            "\n"
            "Please set up before the 20th so the landlord doesn't post a late notice.\n"
            "\n"
            "Thanks,\n"
            "Andre Kimble, Program Assistant, Bridgeway Rapid Rehousing"
        ),
        [
            ("ABA_ROUTING_NUMBER", "013567556"),
            ("US_BANK_NUMBER", "6292773554"),
        ],
    ),
    (
        (
            "Subject: Wren respite - intake for Paul Greer\n"
            "\n"
            "Team,\n"
            "\n"
            "Paul Greer arrives Thursday from Tamarack Regional. From the neuro consult: the "
            "genetic\n"
            "test came back positive for the HD expansion (43 CAG repeats), and the chorea is "
            "worse\n"
            "since summer. He's on tetrabenazine now and needs help with meals because of choking "
            "risk.\n"
            "\n"
            "He lost his apartment after falling behind on rent while he was hospitalized. Goal "
            "is\n"
            "PSH; Sam has a unit opening in February.\n"
            "\n"
            "Please put him in the room nearest the nursing station.\n"
            "\n"
            "Helen Voss, RN\n"
            "Wren Medical Respite"
        ),
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: lost property - Kestrel House\n"
            "\n"
            "Found in the dining room after breakfast on 12/16:\n"
            "\n"
            "- Black backpack with a library card (Millbrook Public Library, card no. 2 1847 "
            "00391\n"
            "  2286) and a bus pass\n"
            "- Gray hat, knit\n"
            "- Reading glasses, tortoiseshell\n"
            "\n"
            "Items are in the office bin labeled 12/16. We keep found items 30 days. If you know "
            "whose\n"
            "backpack it is, tell the front desk and we'll check the library card against the "
            "guest\n"
            "list.\n"
            "\n"
            "Tim"
        ),
        [],
    ),
    (
        (
            "Subject: MFA rollout for HearthLink - Jan 6\n"
            "\n"
            "Starting January 6, HearthLink will ask for a second step when you sign in from a "
            "new\n"
            "computer.\n"
            "\n"
            "How it works:\n"
            "1. Enter your username and password as usual.\n"
            "2. HearthLink sends a six-digit code to the phone number on your user profile.\n"
            '3. Type the code within 10 minutes. You can check "trust this computer for 30 '
            'days".\n'
            "\n"
            "Please make sure your profile has a work or personal cell number by Dec 31. Shared "
            "front\n"
            "desk computers will use the desk phone (555-0150).\n"
            "\n"
            "If you don't receive a code, do not ask a coworker to forward theirs. Call the help "
            "line.\n"
            "\n"
            "Dom"
        ),
        [],
    ),
    (
        (
            "Subject: invitation - info session for shelter staff\n"
            "\n"
            "Hi all,\n"
            "\n"
            "Folks from the regional council of our service employees' union will hold an info "
            "session\n"
            "for non-supervisory staff at all CoC partner agencies on Monday, Dec 22, 6 pm, at the "
            "Labor\n"
            "Temple on 4th St. Pizza provided.\n"
            "\n"
            "Topics: how organizing works, what a contract covers, and questions about the wage "
            "study.\n"
            "Attendance is voluntary and management will not be present.\n"
            "\n"
            "Flyers are in the break rooms at Kestrel House and the Landing.\n"
            "\n"
            "(Forwarded by request of the organizing committee.)"
        ),
        [],
    ),
    (
        (
            "Case conference - Cedar Commons PSH - 12/17\n"
            "Tenant: Raymond Cole, unit 1A\n"
            "Attendees: Sam (PSH), Dr. Lenz (ACT team), Jo (Landing)\n"
            "\n"
            "Update: Raymond has refused his Invega Sustenna injection twice this month. ACT says "
            "his\n"
            "schizoaffective symptoms are back - he's been blocking the door with the couch and "
            "calling\n"
            "911 about the neighbors. Landlord sent a lease violation notice for noise.\n"
            "\n"
            "Plan: ACT to visit daily through the holidays; Sam to meet landlord Friday to ask for "
            "a\n"
            "cure period instead of termination; Jo to hold his mail at the Landing so nothing "
            "gets lost."
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Outreach contact note - Northline - 12/14 evening\n"
            "Staff: L. Ferraro, A. Wu\n"
            "Location: behind the Travelodge, Rt 15\n"
            "\n"
            "Spoke with Tasha (known to us). She said she's been trading sex for a room at the\n"
            "Travelodge most nights since the shelter hit capacity, and that one of the men took "
            "her\n"
            "phone. Gave her hand warmers, two sandwiches, and the hotline card. She agreed to "
            "come\n"
            "to the Landing tomorrow for a shower and to talk about the women's overflow at "
            "Emmaus\n"
            "Road.\n"
            "\n"
            "Safety: she asked us not to approach when she's with anyone. Next contact: tomorrow "
            "10 am."
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Subject: your mailbox code at the Landing\n"
            "\n"
            "Hi Orlando,\n"
            "\n"
            "Welcome to the Landing's mail service. You now have mailbox #208. Your mailbox PIN is "
            "4179\n"
            "- give it at the mail window with your name and we'll hand you your mail. The mail "
            "window\n"
            "is open 9-11 am and 2-4 pm every weekday.\n"
            "\n"
            "Your mailing address for forms and benefits is:\n"
            "Orlando Pinto\n"
            "c/o The Landing, 220 Front St, Box 208\n"
            "Millbrook, PA\n"
            "\n"
            "If you need a letter proving you receive mail here, ask Jo."
        ),
        [],
    ),
    (
        (
            "Subject: from the libary computer - Terrell\n"
            "\n"
            "hey Ms Jo its Terrell from the mail line. they only give us 30 min on here and the\n"
            "lady is already looking at me. can you check my email for the SSA letter, i cant get\n"
            "in on my phone no more. its terrell.hunt88 at the gmail and the pasword is "
            "Snowday!4418\n"
            "(capital S). print it if its there and put it in my slot.\n"
            "\n"
            "also I got out of county on the 3rd so if my PO calls about my address tell him its "
            "the\n"
            "Landing til I get a bed. thank u"
        ),
        [
            ("PASSWORD", "Snowday!4418"),
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: RE: volunteer clearance - Anna Petrakis\n"
            "\n"
            "Pete,\n"
            "\n"
            "Anna's clearances came back for the Emmaus Road overnight shift:\n"
            "\n"
            "- PA State Police criminal record check: no record\n"
            "- PA child abuse history clearance: no record\n"
            "- FBI fingerprint check: no record\n"
            "\n"
            "She can start Friday. Please give her the volunteer orientation packet and pair her "
            "with\n"
            "Mary Lou for the first two nights.\n"
            "\n"
            "Volunteer Office, Millbrook Council of Churches"
        ),
        [],
    ),
    (
        (
            "Subject: reminder - password rules for HearthLink\n"
            "\n"
            "Everyone,\n"
            "\n"
            "With the audit coming, a reminder of the HMIS security rules:\n"
            "\n"
            "- Passwords must be at least 14 characters and are changed every 90 days.\n"
            "- Never email a password, write it on a sticky note, or share your login with a "
            "coworker,\n"
            "  even to cover a shift. Each user needs their own account.\n"
            "- HearthLink will never email you asking for your password. Last week two staff got "
            "an\n"
            '  email from "hearth1ink-support" asking them to "confirm" it. That was '
            "phishing.\n"
            "- If you think your password was exposed, call me at 555-0119 and I'll reset it.\n"
            "\n"
            'Example of what NOT to send: "my login is jsmith, password ********".\n'
            "\n"
            "Dom Reyes, HMIS System Administrator"
        ),
        [],
    ),
    (
        (
            "Subject: appt reminder - Marcus\n"
            "\n"
            "Hi Marcus,\n"
            "\n"
            "Just a reminder you have an appointment at the Eastside Health Center on Thursday, "
            "Dec 18\n"
            "at 10:30. The Landing van leaves at 10:00 from the side door, or I left two bus "
            "tokens in\n"
            "your mail slot if you'd rather take the 15.\n"
            "\n"
            "Bring your insurance card and the blue folder. If you can't make it, call them at "
            "555-0139\n"
            "and they'll reschedule.\n"
            "\n"
            "See you Wednesday at the shower list.\n"
            "Bernadette"
        ),
        [],
    ),
    (
        (
            "Subject: treasurer handover - Emmaus Road coalition account\n"
            "\n"
            "Gail,\n"
            "\n"
            "As promised, here's what you need to run the coalition's account at Keystone Valley\n"
            "before I leave for Florida. Please move this into the password manager and delete the "
            "email.\n"
            "\n"
            "Online banking user: emmausroad.coalition\n"
            "Password: Lantern&Hearth-2019\n"
            "Security question (name of the first pastor at First Lutheran): Ostrander\n"
            "\n"
            "Bills due before Jan 5: propane for the church hall, the cot rental, and the laundry\n"
            "service. The debit card is in the lockbox in the office.\n"
            "\n"
            "Thank you for stepping in - it's been a joy.\n"
            "Harriet Lindqvist, outgoing treasurer"
        ),
        [
            ("PASSWORD", "Lantern&Hearth-2019"),
            ("PASSWORD", "Ostrander"),
        ],
    ),
    (
        (
            "Subject: RE: unit 2 at 418 Locust - applicant screening\n"
            "\n"
            "Ruth,\n"
            "\n"
            "I ran Aaliyah Banks through the screening service like we agreed. Summary:\n"
            "\n"
            "Score: 546\n"
            "- Collection, Millbrook Water Authority $388\n"
            "- 60-day late, Keystone Auto Finance, Aug 2025\n"
            "- Charge-off, Capital Harbor Card $1,942\n"
            "Evictions: none found\n"
            "\n"
            "Normally that's a pass for me, but you said your program covers the deposit and the "
            "first\n"
            "two months, so I'm willing if you'll sign the landlord guarantee. Send it over and I "
            "can\n"
            "have the keys ready before Christmas.\n"
            "\n"
            "Dana Kuhn\n"
            "Kuhn Rentals LLC\n"
            "555-0171"
        ),
        [
            ("CREDIT_SCORE", "546"),
            ("CREDIT_REPORT", "Collection, Millbrook Water Authority $388"),
            ("CREDIT_REPORT", "60-day late, Keystone Auto Finance, Aug 2025"),
            ("CREDIT_REPORT", "Charge-off, Capital Harbor Card $1,942"),
        ],
    ),
    (
        (
            "Subject: deposit return - Keisha Monroe\n"
            "\n"
            "Hi Mr. Albright,\n"
            "\n"
            "Following up on our call. Keisha moved out of 14 Birch on Nov 30 and the "
            "walk-through\n"
            "was clean, so you agreed to return the $600 security deposit directly to her rather "
            "than\n"
            "to our program.\n"
            "\n"
            "Her account is at Keystone Valley FCU:\n"
            "routing 019116480\n"
            "account 76485874 (checking, in her name)\n"
            "\n"
            "She also asked that any mail go to her new place, 9 Hemlock Ct, Apt 2. Please copy me "
            "on\n"
            "the confirmation.\n"
            "\n"
            "Thank you,\n"
            "Priya Natarajan\n"
            "Bridgeway Rapid Rehousing"
        ),
        [
            ("ABA_ROUTING_NUMBER", "019116480"),
            ("US_BANK_NUMBER", "76485874"),
        ],
    ),
    (
        (
            "Subject: Cedar Commons application - Marla Yoder - checklist\n"
            "\n"
            "Sam,\n"
            "\n"
            "Marla's packet is nearly complete. Status below so you can start the eligibility "
            "review:\n"
            "\n"
            "[x] Photo ID - PA driver's license, DL# 21 988 583, exp 03/2028 (copy scanned)\n"
            "[x] Social Security card - 229-07-6292 (copy in file)\n"
            "[x] Birth certificate - original returned to client\n"
            "[ ] Income - two pay stubs from Millbrook Dairy, she brings them Friday\n"
            "[ ] Homeless verification - Kestrel House letter requested\n"
            "\n"
            "She asked to see the unit before signing. Can we do Monday at 2?\n"
            "\n"
            "Priya Natarajan\n"
            "Housing Navigator, Bridgeway Rapid Rehousing"
        ),
        [
            ("US_DRIVER_LICENSE", "21 988 583"),
            ("US_SSN", "229-07-6292"),
        ],
    ),
    (
        (
            "Subject: locker combos reset - Landing\n"
            "\n"
            "Hi all,\n"
            "\n"
            "We reset the combinations on the day-use lockers after the break-in Sunday. New "
            "combos are\n"
            "in the binder at the front desk - never read them out loud at the counter. For "
            "reference\n"
            "while I'm out:\n"
            "\n"
            "locker 12: 18-32-07\n"
            "locker 14: 4-26-11\n"
            "locker 21: 30-9-17\n"
            "locker 46: 22-5-38\n"
            "\n"
            "Mail slots are unchanged. If a guest forgets their combo, check ID against the locker "
            "log\n"
            "before opening. Lockers not emptied by Dec 31 will be bagged and held 30 days.\n"
            "\n"
            "Jo"
        ),
        [],
    ),
    (
        (
            "Subject: thank you from the bail fund\n"
            "\n"
            "Jo,\n"
            "\n"
            "Just letting you know the community bail fund posted Ray Tolliver's $500 bail this\n"
            "morning, so he should be released from the county prison by evening. He asked us to "
            "get\n"
            "word to you because his things are in locker 12 and he needs his coat.\n"
            "\n"
            "His preliminary hearing is in January; our court-watch volunteer will remind him.\n"
            "\n"
            "Anita\n"
            "Tamarack Community Bail Fund"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: Walter's card again\n"
            "\n"
            "Jo,\n"
            "\n"
            "Walter Ames came to the desk upset because his Direct Express card got declined at "
            "the\n"
            "Dollar General for the third time this month. I called the number on the back with "
            "him.\n"
            "They say there's a hold because someone tried it at a gas pump in Ohio.\n"
            "\n"
            "Card # 5356 5706 0403 0453. He told me the PIN is 0518 - it's written on the sleeve, "
            "which\n"
            "I told him to tear up. They're mailing a replacement to the Landing, so watch his "
            "slot\n"
            "(#41) for a plain envelope next week.\n"
            "\n"
            "Can you sit with him when it comes so he can activate it?\n"
            "\n"
            "Deshawn, front desk"
        ),
        [
            ("CREDIT_CARD", "5356 5706 0403 0453"),
            ("PIN", "0518"),
        ],
    ),
    (
        (
            "Subject: rent portal ID check failed - Marisol Vega\n"
            "\n"
            "Andre,\n"
            "\n"
            "The landlord portal won't release the first payment for Marisol Vega because her "
            "identity\n"
            "check failed. The vendor's result page says:\n"
            "\n"
            "  Document: Maryland driver's license P-465-005-802-923 - authentic\n"
            "  Selfie-to-ID face match: 0.61 (threshold 0.75) - FAIL\n"
            "  Liveness: pass\n"
            "\n"
            "She says the license photo is from 2017, back when she had long dark hair. Can we "
            "request a\n"
            "manual review? Otherwise she has to redo it at the Landing with better light.\n"
            "\n"
            "Priya"
        ),
        [
            ("biometric", ""),
            ("US_DRIVER_LICENSE", "P-465-005-802-923"),
        ],
    ),
    (
        (
            "Subject: COMPASS code\n"
            "\n"
            "Ms Okafor im at the library. you are signed into my COMPASS for the renewal right? it "
            "sent\n"
            "a code to my phone but my phone is at the Landing charging. the text says 981594 it "
            "only\n"
            "lasts 15 minutes. i think its the one you need to finish the SNAP renewal\n"
            "\n"
            "thank you, Donna Kraus"
        ),
        [
            ("ACCESS_CODE", "981594"),
        ],
    ),
    (
        (
            "Subject: Code Blue motel rooms tonight\n"
            "\n"
            "Mike,\n"
            "\n"
            "Budget Inn on Rt 15 won't hold rooms without a card over the phone, and Kestrel House "
            "is\n"
            "already at 64 with cots in the hallway. Use the agency p-card:\n"
            "\n"
            "4067 8219 3023 0447\n"
            "exp 09/28\n"
            "the three digits on the back are 522\n"
            "\n"
            'Book four rooms for Dec 15-17 under "Tamarack CoC" and ask for the non-profit rate '
            "($59).\n"
            "Names for the rooms will come from outreach by 6 pm. Keep every receipt for the ESG\n"
            "draw.\n"
            "\n"
            "Linda\n"
            "Finance Director, Tamarack Family Services"
        ),
        [
            ("CREDIT_CARD", "4067 8219 3023 0447"),
            ("CVV", "522"),
        ],
    ),
    (
        (
            "Subject: PIT count volunteer script (do not write names)\n"
            "\n"
            "Read each question exactly as written. Do not write names, dates of birth, or "
            "anything\n"
            "that could identify the person. Skip any question the person doesn't want to answer.\n"
            "\n"
            "1. Where did you sleep last night?\n"
            "2. How old are you?\n"
            "3. Which of these best describes you? (read race and ethnicity list on card B)\n"
            "4. Have you ever served in the U.S. Armed Forces?\n"
            "5. Do you have a disability, mental health condition, or substance use disorder that\n"
            "   makes it hard to keep housing?\n"
            "6. Are you currently fleeing domestic violence?\n"
            "7. Have you been in jail or prison in the last 90 days?\n"
            "\n"
            "Thank the person and offer a care kit whether or not they answer."
        ),
        [],
    ),
    (
        (
            "Northline outreach - contact log 12/15 (Code Blue night)\n"
            "\n"
            "23:40 Water St bridge - Eddie Voss (known). Both feet swollen, toes dark on the "
            "left.\n"
            "Said he's had no feeling in them since Saturday. Frostbite likely. Refused the "
            "shelter,\n"
            "accepted a ride to the ED after 20 minutes. Dropped at Tamarack Regional 00:25, "
            "handed\n"
            "off to triage nurse.\n"
            "\n"
            "00:50 Riverside camp - 4 people in two tents, all declined transport, accepted "
            "blankets\n"
            "and propane heater safety talk.\n"
            "\n"
            "01:30 back to base.\n"
            "\n"
            "A. Wu / L. Ferraro"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: documents for Gina Marsh\n"
            "\n"
            "Priya,\n"
            "\n"
            "Status on Gina's documents:\n"
            "\n"
            "- Birth certificate: requested from PA Vital Records, order #PA-7741903, expected in "
            "3\n"
            "  weeks\n"
            "- Social Security card: she has an appointment at the SSA office on 1/7\n"
            "- Photo ID: PennDOT appointment booked for 1/9, needs the birth cert first\n"
            "- Income: self-declaration signed; starts at the laundromat in January\n"
            "\n"
            "She's fine with us holding the originals in the Landing safe when they come in.\n"
            "\n"
            "Bernadette"
        ),
        [],
    ),
    (
        (
            "Subject: job posting - Certified Recovery Specialist (Lantern Peer Circle)\n"
            "\n"
            "Tamarack Family Services is hiring a full-time Certified Recovery Specialist to "
            "co-lead\n"
            "the Lantern Peer Circle and support guests at Kestrel House and the Landing.\n"
            "\n"
            "Requirements:\n"
            "- PA Certified Recovery Specialist credential (or within 6 months of hire)\n"
            "- Lived experience of recovery from addiction; at least 2 years in recovery "
            "preferred\n"
            "- Valid driver's license and clean driving record\n"
            "- Background check required; a record is not an automatic bar\n"
            "\n"
            "Pay: $21.40/hr, full benefits. Apply at tfs.example.org/jobs by January 9.\n"
            "\n"
            "Tamarack Family Services is an equal opportunity employer."
        ),
        [],
    ),
    (
        (
            "Subject: Re: de-identified examples for the training deck\n"
            "\n"
            "Renee,\n"
            "\n"
            "Swapped in two new examples for slide 14. Both are de-identified (ages rounded, names "
            "and\n"
            "places changed) and approved by the privacy officer:\n"
            "\n"
            'Example A - "Person A," 50s, sleeping in a car, referred after a hospital stay, was '
            "housed\n"
            "in 41 days after CE matched them to RRH.\n"
            "\n"
            'Example B - "Person B," 20s, left foster care at 18, couch surfed for two years, '
            "now in a\n"
            "youth RRH unit.\n"
            "\n"
            "No HMIS IDs on the slides. I kept the originals off the shared drive.\n"
            "\n"
            "Marisol"
        ),
        [],
    ),
    (
        (
            "Subject: ID for Shawna - out of state\n"
            "\n"
            "Bernadette,\n"
            "\n"
            "Shawna Pruitt still has her Ohio license. It expired in August, but the PennDOT "
            "clerk\n"
            "said an expired out-of-state license within a year can count toward a PA ID if she\n"
            "brings proof of address.\n"
            "\n"
            "License number is KB360205 (Ohio BMV, class D). I put a copy in her file.\n"
            "\n"
            "Can we write the Landing residency letter today? She wants to go Thursday when the "
            "van\n"
            "runs. If PennDOT takes it, that unlocks the Bridgeway application.\n"
            "\n"
            "Jo"
        ),
        [
            ("US_DRIVER_LICENSE", "KB360205"),
        ],
    ),
    (
        (
            "Subject: new laptops for outreach - asset list\n"
            "\n"
            "Hi Luis,\n"
            "\n"
            "The three rugged laptops for the outreach van are imaged and ready. Asset details "
            "for\n"
            "your inventory sheet:\n"
            "\n"
            "Asset tag   Serial            MAC                 HearthLink device ID\n"
            "TFS-0412    5CD4127QXR        3C:52:82:1A:7F:09   DV-20931\n"
            "TFS-0413    5CD4127QY2        3C:52:82:1A:80:4C   DV-20932\n"
            "TFS-0414    5CD4127QZ8        3C:52:82:1A:81:D3   DV-20933\n"
            "\n"
            "Hotspot SIM ICCID for the van: 8901 2604 1127 9855 3360 (the carrier needs it if the\n"
            "hotspot stops working).\n"
            "\n"
            "Each of you signs in with your own HearthLink account - don't save passwords in the\n"
            "browser. Pick them up at the front desk after 2 pm.\n"
            "\n"
            "Dom"
        ),
        [],
    ),
    (
        (
            "Subject: Kestrel House - house rules (updated for Code Blue)\n"
            "\n"
            "Welcome. These rules apply to every guest during the cold-weather emergency:\n"
            "\n"
            "1. No one is turned away on a Code Blue night for lack of ID, sobriety, or a past\n"
            "   incident, unless they are a danger to others that night.\n"
            "2. We do not run names, ask about criminal records, or call police about warrants.\n"
            "   Guests on probation or parole may give Kestrel House as their address.\n"
            "3. Medications are kept in the locked cabinet or on your person; staff cannot\n"
            "   hand out or hold controlled substances for you.\n"
            "4. Naloxone is in every restroom and at the front desk. Use it, then tell staff.\n"
            "5. Lockers are first come, first served. Bring your own lock or borrow one at the "
            "desk.\n"
            "6. Quiet hours 10 pm - 6 am. Lights out at 10:30.\n"
            "\n"
            "Questions? Ask any staff member in a blue lanyard."
        ),
        [],
    ),
    (
        (
            "Subject: mail for Vernon Tate\n"
            "\n"
            "Vernon,\n"
            "\n"
            "An IRS notice came to your slot at the Landing today. You signed the form asking us "
            "to\n"
            "open IRS mail and email you, so here it is: it's the letter with your Identity\n"
            "Protection PIN for filing this year. The number is 726775.\n"
            "\n"
            "You'll need it when we do your return at the VITA table in February, so don't lose "
            "this\n"
            "email. I've put the original letter back in your slot (#114).\n"
            "\n"
            "Bernadette\n"
            "The Landing Day Center"
        ),
        [
            ("PIN", "726775"),
        ],
    ),
    (
        (
            "Subject: Cedar Commons - December unit turnover\n"
            "\n"
            "Sam,\n"
            "\n"
            "Turnover report for the month:\n"
            "\n"
            "Unit   HMIS ID   Move-in     Rent share   Status\n"
            "1A     118655    2023-04-01   $214        active\n"
            "2B     --        --           --          vacant, offer pending\n"
            "3A     121774    2025-12-22   $0          lease-up scheduled\n"
            "3C     122560    2025-12-19   $0          lease-up scheduled\n"
            "4B     117920    2021-08-15   $302        active, annual recert due 1/15\n"
            "\n"
            "Work orders: 2B needs paint and a new fridge before move-in. 4B reported a drafty "
            "window.\n"
            "\n"
            "Denise, property manager"
        ),
        [],
    ),
    (
        (
            "Subject: Emmaus Road - tonight's meal and volunteers\n"
            "\n"
            "Hi everyone,\n"
            "\n"
            "Beth Shalom's social action committee is bringing soup and challah tonight, and St.\n"
            "Casimir's youth group has dessert. First Lutheran's kitchen will be open from 6.\n"
            "\n"
            "We still need two overnight volunteers for Thursday. Please sign up on the sheet or "
            "reply\n"
            "to this email.\n"
            "\n"
            "Blessings,\n"
            "Pastor Ellen Marsh\n"
            "First Lutheran Church, host site\n"
            "555-0191"
        ),
        [],
    ),
    (
        (
            "Subject: RRH application - Familia Mejia\n"
            "\n"
            "Priya,\n"
            "\n"
            "Documents gathered for Dilcia Mejia and her two kids:\n"
            "\n"
            "- Honduran passport (Dilcia), no. G4678579, valid to 2031\n"
            "- ITIN 905-80-2405 - she files taxes with it through VITA\n"
            "- Children's US birth certificates (both born at Tamarack Regional)\n"
            "- Income: letter from the mushroom farm, 32 hrs/week\n"
            "\n"
            "No SS card for Dilcia, which I know is fine for the ESG application. She prefers "
            "Spanish;\n"
            "I'll come to the appointment to interpret.\n"
            "\n"
            "Ximena Flores\n"
            "Family Advocate, Kestrel House"
        ),
        [
            ("US_PASSPORT", "G4678579"),
            ("US_ITIN", "905-80-2405"),
        ],
    ),
    (
        (
            "Subject: By-name list - top 8 for Dec 16 case conferencing\n"
            "\n"
            "Team, here is the sorted list out of HearthLink for Tuesday. Rank is by the CoC\n"
            "prioritization score, ties broken by days homeless.\n"
            "\n"
            "rank,name,hmis_id,days_homeless,score,doc_ready,notes\n"
            '1,Gloria Pettaway,118203,1412,14,Y,"HOPWA slot via Wren; ground floor"\n'
            '2,Otis Brandt,120544,977,14,N,"needs birth cert"\n'
            '3,Renata Kowal,119870,802,13,Y,""\n'
            '4,Samuel Ike,121006,640,12,Y,"landlord lined up"\n'
            '5,Beverly Stroud,117552,611,12,N,"ID at PennDOT"\n'
            '6,Kyle Ammon,122391,530,11,Y,""\n'
            '7,Lucia Ferro,121774,488,11,Y,"prefers Millbrook"\n'
            '8,Harold Beane,118860,301,10,N,"no phone"\n'
            "\n"
            "Please come with updates on anyone your agency is holding.\n"
            "- Renee Castellano, CE Coordinator, Tamarack County CoC"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: integration settings for the rent portal\n"
            "\n"
            "Andre,\n"
            "\n"
            "Here's what you need to configure the portal on our side. These are safe to put in "
            "the\n"
            'ticket; the secret key is already in the vault under "rentportal-prod" and should '
            "never\n"
            "go in email.\n"
            "\n"
            "  account: acct_tamarackfs\n"
            "  publishable key: pk_live_6hXq2RmB0aTt9WcLzQe4NuYp\n"
            "  webhook endpoint: https://tfs.example.org/hooks/payments\n"
            "  events: payment.succeeded, payment.failed, payout.paid\n"
            "\n"
            "Once it's in, send a test event and check the endpoint log for a 200.\n"
            "\n"
            "Dom"
        ),
        [],
    ),
    (
        (
            "Subject: Brianna - prenatal + shelter\n"
            "\n"
            "Cheryl,\n"
            "\n"
            "Brianna Hull (family wing, room 4) is 31 weeks and was told at her last visit at the\n"
            "Eastside Health Center that her blood pressure is borderline. She's supposed to check "
            "it\n"
            "twice a day and call if she gets headaches or swelling.\n"
            "\n"
            "Can overnight staff let her use the cuff in the nurse's office and write the numbers "
            "on\n"
            "the sheet I taped inside the door? She doesn't want the other moms to know.\n"
            "\n"
            "Her OB appointments are Tuesdays; the van can take her.\n"
            "\n"
            "Ximena"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: CE sync failing since 6am\n"
            "\n"
            "Dom,\n"
            "\n"
            "Referrals from the CE queue aren't reaching Kestrel House. Pasting the error from "
            "the\n"
            "integration log:\n"
            "\n"
            "  2025-12-15T06:02:11Z POST https://api.hearthlink.example/v2/referrals -> 401\n"
            "  request headers:\n"
            "    X-Client-Id: tamarack-ce-prod\n"
            "    Authorization: Bearer rdVBqsJSd8DBjYY1SlZj3SY3ulqWdUPy\n"
            '  response: {"error":"token_revoked"}\n'
            "\n"
            "Looks like the token was rotated Friday and nobody updated the connector. Can you "
            "issue a\n"
            "new one and put it in the vault instead of the config file this time?\n"
            "\n"
            "Thanks, Marisol"
        ),
        [
            ("API_KEY", "rdVBqsJSd8DBjYY1SlZj3SY3ulqWdUPy"),
        ],
    ),
    (
        (
            "Subject: unit search - Marjorie\n"
            "\n"
            "Hi Dana,\n"
            "\n"
            "Thanks for calling back about the one-bedroom on Pine. Before we show it, one "
            "question:\n"
            "is it on the 15 bus line? Marjorie Ruiz has dialysis Monday, Wednesday and Friday at "
            "the\n"
            "center on Route 11 at 6 am, and she can't afford to miss a chair. The current shelter "
            "is\n"
            "a 40-minute walk and she's been missing sessions in this cold.\n"
            "\n"
            "If the bus works, we'd like to see it Thursday. Our program covers the first three "
            "months\n"
            "and the deposit.\n"
            "\n"
            "Ruth\n"
            "Bridgeway Rapid Rehousing"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: voter reg forms - Landing, Dec 15\n"
            "\n"
            "Hi Pat,\n"
            "\n"
            "Dropping three registration forms at the election office tomorrow. A couple "
            "questions:\n"
            "\n"
            "1. Marcus Hale gave PennDOT # 73031587 and checked Democratic, but left the mailing\n"
            "   address blank. Can we write in the Landing's address since he picks up mail here?\n"
            "2. Jean Dowd has no PennDOT number and used the last four of her SSN, 1889. Is that "
            "enough\n"
            "   or does she need to bring the card?\n"
            "3. The third one is complete.\n"
            "\n"
            "I reminded all three that we don't care which box they check; we just mail the "
            "forms.\n"
            "\n"
            "Thanks,\n"
            "Jo Mercer, Day Center Manager, The Landing"
        ),
        [
            ("US_DRIVER_LICENSE", "73031587"),
            ("political_opinion", ""),
            ("US_SSN", "1889"),
        ],
    ),
    (
        (
            "Subject: Emmaus Road - what to expect this winter\n"
            "\n"
            "Emmaus Road Warming Center opens every night the temperature is forecast below 25 F,\n"
            "December through March, 8 pm to 7 am, in the fellowship hall of First Lutheran "
            "Church\n"
            "(enter on the Maple St side).\n"
            "\n"
            "- Guests of every faith or no faith are welcome. No one is asked to pray, attend a\n"
            "  service, or hear a message to get a cot, a meal, or a shower.\n"
            "- Evening prayer is held in the chapel at 8:30 for anyone who wants it; it's "
            "optional.\n"
            "- Hot supper at 8, breakfast at 6. Meals are cooked by volunteers from nine local\n"
            "  congregations.\n"
            "- Pets in crates are welcome.\n"
            "\n"
            "Emmaus Road is a ministry of the Millbrook Council of Churches with support from the\n"
            "Tamarack County CoC."
        ),
        [],
    ),
    (
        (
            "Case conferencing notes - Tues 12/16 - Kestrel House conference room\n"
            "Present: Renee (CE), Luis (outreach), Jo (Landing), Priya (Bridgeway), Sam (Cedar "
            "Commons)\n"
            "\n"
            "1. Lorraine Bixby - back on Sublocade since the ED visit last week, wants RRH not "
            "PSH.\n"
            "   Her agent (Danvers, county adult probation) needs the new address approved before "
            "any\n"
            "   move; she's on intensive supervision through June. Priya to call Danvers.\n"
            "2. Kevin Ortiz - doc ready, waiting on the landlord at 22 Sycamore to return the "
            "RFTA.\n"
            "3. Ana Pruett - no contact since 12/2. Luis to check the river camp tonight.\n"
            "\n"
            "Next meeting 12/23, same room. Bring updates on holds."
        ),
        [
            ("health", ""),
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: HMIS DQ - missing exit destinations (Kestrel ES)\n"
            "\n"
            "Hi Tim,\n"
            "\n"
            "The December data-quality report shows 9 exits from Kestrel ES with no destination. "
            "Can\n"
            "your team fill them in by Friday so the APR runs clean?\n"
            "\n"
            "client_id  entry       exit        unit/bed\n"
            "120331     10/02       11/29       bed 14\n"
            "120512     09/14       12/01       bed 2\n"
            "121006     11/03       12/04       bed 19\n"
            "121188     11/20       12/05       bed 31\n"
            "121420     07/30       12/06       bed 8\n"
            "121771     12/01       12/08       bed 22\n"
            "121903     11/11       12/09       bed 5\n"
            "122014     12/03       12/10       bed 11\n"
            "122391     10/18       12/11       bed 27\n"
            "\n"
            "If you don't know, use \"Client doesn't know\" rather than leaving it blank.\n"
            "Marisol"
        ),
        [],
    ),
    (
        (
            "Subject: income docs - Dwight Pelletier\n"
            "\n"
            "Ruth,\n"
            "\n"
            "Pasting the important lines from Dwight's pay stub since the scan came out dark:\n"
            "\n"
            "Pay date 12/12   Period 11/30-12/06\n"
            "Gross 1,148.00\n"
            "Federal 84.11  FICA 87.82  PA 35.24  Local 11.48\n"
            "IBEW Local 812 dues 41.20\n"
            "Net 888.15   Direct deposit: checking xxxxxx4471\n"
            "\n"
            "He works for an electrical contractor on the hospital expansion, 40 hrs most weeks. "
            "That\n"
            "puts him under 30% AMI for the household of one, so he's still eligible for RRH.\n"
            "\n"
            "Priya"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: RE: Tyrell - 12 Poplar\n"
            "\n"
            "Priya,\n"
            "\n"
            "His score came back 453. I'm not trying to be difficult but with that number I'd need "
            "a\n"
            "double deposit or a co-signer, and I know he doesn't have a co-signer.\n"
            "\n"
            "If your program can put up the second month of deposit I'll rent to him. I liked him "
            "at\n"
            "the showing and he asked good questions about the heat.\n"
            "\n"
            "Let me know by Friday, I have another applicant.\n"
            "\n"
            "Frank Ostrowski\n"
            "555-0188"
        ),
        [
            ("CREDIT_SCORE", "453"),
        ],
    ),
    (
        (
            "BUDGET INN - RT 15 - GUEST FOLIO\n"
            "Folio 88214  Room 114  Arrive 12/15  Depart 12/17  Nights 2\n"
            "Guest: Dennis Carr  (billed to: Tamarack Family Services)\n"
            "\n"
            "12/15 Room rate (non-profit)          59.00\n"
            "12/15 Occupancy tax                    4.72\n"
            "12/16 Room rate (non-profit)          59.00\n"
            "12/16 Occupancy tax                    4.72\n"
            "Total                                127.44\n"
            "Payment: VISA xxxx xxxx xxxx 3603   AUTH 044918\n"
            "\n"
            "Thank you for staying with us. Checkout is 11 am.\n"
            "\n"
            "Forwarding for the ESG file - Mike"
        ),
        [
            ("CREDIT_CARD_LAST_DIGITS", "3603"),
        ],
    ),
    (
        (
            "Subject: CE assessment - Wanda Cornelius\n"
            "\n"
            "Renee,\n"
            "\n"
            "Finished Wanda's CE assessment at the Landing. Notes for the HMIS entry:\n"
            "\n"
            "- Wanda is an enrolled citizen of the Oneida Nation of Wisconsin; she moved here with "
            "her\n"
            "  late husband in 2009.\n"
            "- Her only ID is her tribal ID card, no. 80370062 - PennDOT says it counts for the PA "
            "ID\n"
            "  if she brings a birth certificate, which we've ordered.\n"
            "- Staying at Emmaus Road nights, Landing days.\n"
            "\n"
            "Her cousin in Millbrook may take her in after New Year's; I'll update you.\n"
            "\n"
            "Bernadette"
        ),
        [
            ("racial_ethnic_origin", ""),
            ("US_STATE_ID", "80370062"),
        ],
    ),
    (
        (
            "Subject: my social security login\n"
            "\n"
            "Hi Bernadette, this is Gail Runyon. I'm on the computer downstairs at the library.\n"
            "\n"
            "You said you could pull up my benefit letter for the Cedar Commons application if I "
            "gave\n"
            "you my login. It is username gailrunyon57 and password Bluebird#1957. If it asks the\n"
            "security question about what street you grew up on it's Ferncliff, and the other "
            "one,\n"
            "mothers maiden name, is Kowalczyk.\n"
            "\n"
            "Please delete this after. I will come to the Landing Wednesday for the shower list.\n"
            "\n"
            "Gail"
        ),
        [
            ("PASSWORD", "Bluebird#1957"),
            ("PASSWORD", "Ferncliff"),
            ("PASSWORD", "Kowalczyk"),
        ],
    ),
    (
        (
            "Subject: FW: Your HearthLink verification code\n"
            "\n"
            "Jess - can you log in as me and pull the December APR draft? I'm stuck at the DMV "
            "with\n"
            "my kid and the report is due to the county at noon. The code below is good for ten\n"
            "minutes, my password is the one on the sticky note in my top drawer.\n"
            "\n"
            "---------- Forwarded message ----------\n"
            "From: HearthLink <no-reply@hearthlink.example>\n"
            "Subject: Your HearthLink verification code\n"
            "\n"
            "Your verification code is 866839. Do not share this code with anyone. If you did not\n"
            "request it, contact your system administrator."
        ),
        [
            ("ACCESS_CODE", "866839"),
        ],
    ),
    (
        (
            "Subject: new door code + guest wifi\n"
            "\n"
            "Team,\n"
            "\n"
            "Effective tonight:\n"
            "- Side door (staff entrance) keypad: 7291#\n"
            "- Supply closet: same as before\n"
            '- Guest Wi-Fi "Landing-Guest" password: warmcocoa2025\n'
            "- Staff Wi-Fi unchanged\n"
            "\n"
            "The alarm company will call if the back door is propped more than 3 minutes. Please "
            "don't\n"
            "share the keypad code with volunteers - they get buzzed in.\n"
            "\n"
            "Deshawn"
        ),
        [],
    ),
    (
        (
            "Subject: HUD-VASH referral export - 1 record\n"
            "\n"
            "Hi VA team,\n"
            "\n"
            "Per your request, the single record we're referring this week, exported from "
            "HearthLink:\n"
            "\n"
            "client_id,first,last,dob,ssn,id_type,id_number,race,ethnicity,veteran\n"
            "122907,Curtis,Oyelowo,1966-02-14,391219475,US "
            "passport,865143652,Black,Non-Hispanic,Yes\n"
            "\n"
            "He lost his wallet at the camp in October; the passport is the only photo ID he has "
            "left.\n"
            "He's at Kestrel House nights and the Landing days - best to reach him through Jo "
            "Mercer\n"
            "at the Landing, 555-0152.\n"
            "\n"
            "Marisol Duarte\n"
            "HMIS Lead, Tamarack County Human Services"
        ),
        [
            ("US_SSN", "391219475"),
            ("US_PASSPORT", "865143652"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Subject: ACCESS card - Deb Walsh\n"
            "\n"
            "Hi Carol,\n"
            "\n"
            "This is Bernadette from the Landing. Your mom signed the release on Monday so I can "
            "share\n"
            "this with you.\n"
            "\n"
            "We went to the county assistance office with Deb today and got her EBT card "
            "replaced.\n"
            "The new PIN she picked is 9405. She wanted you to have it in case she forgets again,\n"
            "since you do her shopping on Saturdays.\n"
            "\n"
            "Benefits load on the 8th. If the card doesn't work at Giant, call me before calling "
            "the\n"
            "state line.\n"
            "\n"
            "Bernadette Okafor\n"
            "Case Manager, The Landing Day Center\n"
            "555-0152"
        ),
        [
            ("PIN", "9405"),
        ],
    ),
    (
        (
            "Subject: case conferencing training - practice case (composite)\n"
            "\n"
            "For Thursday's training. This is a composite case built from several situations; it "
            "is\n"
            "not a real client and nothing here should be entered in HMIS.\n"
            "\n"
            '"Jackie," 47, has stayed at the shelter on and off for three years. She\'s on '
            "probation\n"
            "for a retail theft, has type 2 diabetes she manages poorly on the street, and her\n"
            "prioritization score is 13. A landlord offers a unit but wants a credit score above "
            "600\n"
            "and Jackie's is much lower. Her PO needs to approve any move.\n"
            "\n"
            "Questions for your table:\n"
            "1. What do you share with the landlord, and what do you never share?\n"
            "2. Who needs a release of information?\n"
            "3. What does RRH cover vs. PSH for someone like Jackie?\n"
            "\n"
            "Bring the worksheet; we'll discuss at 10."
        ),
        [],
    ),
    (
        (
            "Subject: Emmaus Road - night log 12/15\n"
            "\n"
            "Capacity: 38 of 40 cots. Two walk-ins after 10 pm, both placed.\n"
            "\n"
            "Notes:\n"
            "- Hamid Q. asked where he could make wudu before Isha. We let him use the sink by "
            "the\n"
            "  kitchen and the small classroom. He asked for a cot by the wall so he can pray "
            "Fajr\n"
            "  before the others are up - moved him to cot 3.\n"
            "- Dryer is down again; towels went to the Landing for laundry.\n"
            "- Ran out of size 11 boots. Sent a request to the donations list.\n"
            "\n"
            "Volunteers tonight: Mary Lou, Ken, Dave (overnight). Thanks all.\n"
            "Pete, site lead"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "Subject: December rental assistance batch - for approval\n"
            "\n"
            "Linda,\n"
            "\n"
            "The December batch is ready. Check and ACH totals by program:\n"
            "\n"
            "ESG-RRH      14 payments   $12,875.00\n"
            "CoC-RRH       9 payments    $8,460.00\n"
            "Youth RRH     3 payments    $2,610.00\n"
            "\n"
            "Notes:\n"
            "- Hollis Property Mgmt switched to ACH (checking ending in 4471 - confirmed by "
            "phone).\n"
            "- Check #10448 to Kuhn Rentals voided (wrong amount) and reissued as #10452.\n"
            "- Invoice 2025-1187 (Ostrowski) held until the lease is signed.\n"
            "\n"
            "Vendor list and HMIS IDs are in the attached spreadsheet. Please approve by "
            "Thursday.\n"
            "\n"
            "Andre"
        ),
        [],
    ),
    (
        (
            "Subject: check-in scanner export (nightly) - 12/15\n"
            "\n"
            "From the Kestrel House finger scanner, for the night audit. Threshold is 0.80; "
            "anything\n"
            "below was checked in by hand.\n"
            "\n"
            "name,bed,finger_match,time_in\n"
            "Mayfield S.,22,0.91,19:42\n"
            "Lang C.,7,0.88,19:55\n"
            "Ortega R.,15,0.64,20:10 (manual - dry skin, cold)\n"
            "Whitcomb D.,3,0.93,20:31\n"
            "Pettaway G.,24,0.86,21:02\n"
            "\n"
            "Note for IT: the scanner at the side door is reading low again, probably the cold.\n"
            "\n"
            "Tim Morrow, overnight supervisor"
        ),
        [
            ("biometric", ""),
        ],
    ),
    (
        (
            "Subject: screening came back - Lamar Greene\n"
            "\n"
            "Ruth,\n"
            "\n"
            "The screening for Lamar came back this morning. His middle score is 593, which is "
            "better\n"
            "than I expected. The report shows a charge-off from Capital Harbor Card ($2,310) and "
            "a\n"
            "90-day late on a Ridgeline Furniture account from last spring; nothing else negative, "
            "no\n"
            "judgments.\n"
            "\n"
            "The landlord at 60 Chestnut said under 600 means a second month of deposit. I think "
            "we\n"
            "can cover it from the ESG flex line. OK to approve?\n"
            "\n"
            "Priya"
        ),
        [
            ("CREDIT_SCORE", "593"),
            ("CREDIT_REPORT", "charge-off from Capital Harbor Card ($2,310)"),
            ("CREDIT_REPORT", "90-day late on a Ridgeline Furniture account"),
        ],
    ),
    (
        (
            "Subject: aplication fee + dinner question\n"
            "\n"
            "Hi Ruth its Samira Haddad. the apartment website wont take my card on the library "
            "computer,\n"
            "it says session expired. can you put in the $35 fee on your end?\n"
            "\n"
            "card 4249 5212 4226 4628\n"
            "exp 11/27  cvv 634\n"
            "name on card Samira Haddad\n"
            "\n"
            "also can you ask Kestrel House again about dinner, they keep serving the sausage "
            "casserole\n"
            "and I am Muslim, I don't eat pork. I have been eating just bread 3 nights. I dont "
            "want to\n"
            "be a problem I just need something else.\n"
            "\n"
            "thank you\n"
            "Samira"
        ),
        [
            ("religious_belief", ""),
            ("CREDIT_CARD", "4249 5212 4226 4628"),
            ("CVV", "634"),
        ],
    ),
    (
        (
            "Subject: Rob D. - income for RRH\n"
            "\n"
            "Priya,\n"
            "\n"
            "Rob Demarco is a member of Carpenters Local 431 and has been on their out-of-work "
            "list\n"
            "since October. He says the local's hardship fund covered his December dues so he "
            "keeps his\n"
            "standing, and he expects to be dispatched when the hospital job starts in February.\n"
            "\n"
            "For the income section I'd put $0 now with expected employment. He has his union "
            "card\n"
            "and the dispatch letter if you need copies.\n"
            "\n"
            "Luis"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "SHELTER INCIDENT REPORT - Kestrel House\n"
            "Date/time: 12/17, 21:50\n"
            "Staff: T. Morrow, K. Baptiste\n"
            "\n"
            "Staff found guest Nate Corrigan unresponsive in the men's restroom, pinpoint pupils,\n"
            "breathing about 4 per minute. Staff gave two doses of intranasal naloxone, 3 minutes\n"
            "apart; Nate began breathing on his own after the second dose. EMS arrived 21:58 and\n"
            "transported him to Tamarack Regional. Used syringe found in the stall, placed in the\n"
            "sharps container.\n"
            "\n"
            'Nate told Tim before transport that he "only used a little because of the cold." '
            "Restock\n"
            "naloxone in the restroom cabinet. Offered debrief to staff at shift change."
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: candles for Ezra\n"
            "\n"
            "Hi Pete,\n"
            "\n"
            "Small request for Emmaus Road tonight. Ezra Feld has been lighting his little tin\n"
            "menorah on the windowsill every night of Hanukkah and he's down to his last two "
            "candles.\n"
            "Tonight is the sixth night, so he needs at least three more. He asked very politely "
            "and\n"
            "said he'd understood if the fire rules don't allow it.\n"
            "\n"
            "Can someone grab a box at the Giant on the way in? I'll reimburse from petty cash.\n"
            "Staff should stay with him while they burn.\n"
            "\n"
            "Cheryl"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "SHELTER INCIDENT REPORT - Kestrel House\n"
            "Date/time: 12/14, 02:10\n"
            "Staff on duty: T. Morrow, D. Acheampong\n"
            "\n"
            "Summary: Guest Sharon Mayfield (bed 22, women's dorm) had a seizure lasting about "
            "two\n"
            "minutes. Staff cleared the area and timed it. When she came around she said she ran "
            "out\n"
            "of her levetiracetam on Friday and couldn't get to the pharmacy in the ice. EMS "
            "transported\n"
            "her to Tamarack Regional at 02:35; her bed is held 72 hours.\n"
            "\n"
            "Second event, 03:40: Millbrook PD arrived for guest Curtis Lang (bed 7) on a bench\n"
            "warrant. He was taken into custody in the lobby without incident.\n"
            "\n"
            "Follow-up: day staff to call Sharon's caseworker; property for both guests bagged "
            "and\n"
            "tagged in the office."
        ),
        [
            ("health", ""),
            ("criminal_history", ""),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_66, "hard66", Path(__file__).with_name("hard-66.jsonl")))
