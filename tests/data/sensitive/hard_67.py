"""Hard set 67 (2026-12-07): a public-sector union local and its member services.

Written by an independent helper session working blind. It read only its task prompt
(/tmp/mg/prompt67.txt), /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief67.txt. It
ran only: cat, sed, grep, wc and awk on those files, on its drafts and on this module;
mkdir and throwaway Python under /tmp/hard67_gen/ (an identifier generator, a converter from
plain-text drafts of the cases to this module with a word count, a one-liner checking an
IBAN's length, a listing of the written spans); this module (`PYTHONPATH=.
/work/main/.venv/bin/python tests/data/sensitive/hard_67.py`, which validates and writes
hard-67.jsonl); ruff format and ruff check on this file; git add, git commit and git
rev-parse HEAD. It did not list directories, open any other project file or hard set, run
the detector or any scanner command or make, or use any search tool.

Slips: none.

Identifiers: card numbers (Luhn-completed: Mastercard 55.., Visa 43.., Amex 37..), ABA
routing numbers (valid prefix, 3-7-1 checksum), full SSNs (SSA area/group/serial rules), the
ITIN (9XX, group 78), bank account numbers, the Portuguese IBAN (an invented BBAN with mod-97
check digits computed), the Ohio licence and ID numbers (two letters and six digits), the
passport numbers, the PINs, the one-time codes, the API secret key, auth token, publishable
key and account SID were drawn from random.Random(6767) in /tmp/hard67_gen/gen.py. The
Michigan licence (a letter and twelve digits), the last fours of SSNs and cards, the CVVs,
the credit scores, the passwords and the security answers were written by hand. Phone
numbers are (419) 555-01xx. All people, the Local, its funds and PAC, employers, banks and
credit unions, vendors (DuesFlow, TextReach, Great Lakes Mutual, Northgate Recovery
Services), hospitals, programs and the prison are invented; real names appear only for
places, public agencies (BMV, FMCS, AAA, DOT, IRS), statutes, religions, the credit bureaus,
card networks and drugs. The order of the cases was shuffled with random.Random(67).

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

Added for this set:
- Union membership. A text that states or presupposes that a named person or the addressee
  is or was a member of the Local is trade_union_membership: dues owed, drafted, paid by
  card or shown on a pay stub; "good standing"; a signed membership card (web form, new
  hires' signed cards, a welcome letter); a resignation of membership; delegates elected at
  the membership meeting; a retirees' chapter membership or its dues (a deceased retiree
  included); a benefit given "because you are a member" (Legal Services Plan, member
  mortgage discount, Member Hardship Fund); a scholarship header naming the "parent
  member"; a portal user checking "my dues history"; "member since 2016, dues current".
- The Local represents, and the Health & Welfare Fund and the pension plan cover, every
  bargaining-unit employee, member or not. A grievance, arbitration or steward's note, a
  Fund claim, enrolment or appeal, a pension estimate or portal, a unit number, a
  phone-bank roster or a question whether the legal plan covers something does not by
  itself disclose membership. A Seventh-day Adventist's religious objection to paying dues
  is religious_belief only: he says he will not be a member.
- Texts to all members or participants with no individual named (bargaining updates, the
  TA summary, the vote logistics, the Fund's coverage changes, the legal plan brochure, the
  know-your-rights note, the scholarship call, phone-bank sign-ups, the orientation agenda,
  the portal and password notices) are offered to all: not labelled. So are contract
  articles (union security with its religious-objector clause, drug testing, FMLA,
  nondiscrimination), blank forms, templates with brackets, a phone-bank script, a steward
  training scenario marked fictional, an anonymised CNA's story, and aggregates (quorum
  table, remittance totals, PAC report totals, Fund claims by category, class settlement).
- Political opinion. The Local's own endorsement (press release, board minutes) and a
  candidate's questionnaire answers (a public figure's positions) are not labelled; a
  "Hi friend" PAC appeal is not. A named person's PAC payroll deduction with a phone-bank
  request, a PAC contribution receipt, a card contribution with yard signs, dinner tickets
  "for Maria Delgado" with "I support her", a phone-bank roster of named volunteers calling
  for a candidate, and a cancellation saying "registered Republican for thirty years" are
  political_opinion. A phone bank reminding members of the contract vote is not political.
- Health. A DOT test "verified positive for oxycodone" with an outpatient program, an FMLA
  certification with a diagnosis and sertraline, Crohn's with Stelara infusions, type 1
  diabetes in a Fund appeal, Biktarvy (HIV), a 28-day residential program for alcohol,
  macular degeneration in a notary question, whiplash and a concussion, a husband's
  pancreatic cancer in a hardship grant, dialysis and cataract surgery on a chapter concern
  list and a deceased member's stroke are health. Being selected for a random DOT test
  with no result, FMLA bonding leave for an adoption, and a generic annual wellness-visit
  reminder are not health.
- A BRCA1 pathogenic variant with a scheduled prophylactic mastectomy is genetic and health
  (a treatment). A DNA-kit ancestry estimate in a scholarship essay is genetic and
  racial_ethnic_origin. A religious exemption from the flu vaccine with "has not had the
  flu shot" is religious_belief and health. Observing Shabbat is religious_belief.
- Finger-scan match scores with REJECT/ACCEPT for a named employee in a time-clock export
  are biometric.
- Criminal history: an OVI arrest called in from the justice center; the writer's own
  dismissed trespass arrest at a sit-in; a son's juvenile adjudication and probation; a
  father's three years "at Tollgate Correctional" (a prison, implicit); reporting to a
  probation officer; an MVR showing a reckless-operation conviction with community
  control; a grandson sentenced to four years on a chapter concern list.
- Sexual orientation: "my wife" from a woman signing she/her; "my partner Thomas Bell -
  he's" from a man signing he/him; a man's "his husband"; a student telling his parents he
  is gay. An opposite-sex spouse is not labelled.
- Racial or ethnic origin: "the only Black mechanic in the Fleet garage" and "As a Puerto
  Rican woman ... the only Latina".
- Value labels. An Ohio CDL number on a BMV abstract, an Ohio licence read off a citation
  and an Ohio licence in an MVR are US_DRIVER_LICENSE, as is a Michigan operator licence
  written with its spaces; an Ohio ID card is US_STATE_ID; delegates' passport book
  numbers are US_PASSPORT; a spouse's ITIN is US_ITIN; "ssn_last4", "SSN (last 4)", "last
  four of SSN", "XXX-XX-3319" and "XXX-XX-6620" on a pay stub are US_SSN on the four
  digits; "Soc. Sec. no." and a beneficiary's SSN are US_SSN.
- The Local's own operating account and routing numbers, its online-banking password and
  security answer (each PASSWORD), its petty-cash debit card PIN (PIN) and that card's last
  four (CREDIT_CARD_LAST_DIGITS) are labelled; the hall door and alarm codes, the
  steward-training keypad code and the guest Wi-Fi password are not. "Payout account ...
  ending 1391" and a lockbox "account ending 7706" are masked bank accounts: not labelled.
- The Fund's claims-line telephone PIN is PIN; a HealthFund Online verification code and
  a member-portal sign-in code are ACCESS_CODE; an employer self-service password is
  PASSWORD; pension-portal security answers (a maiden name, a pet's name) are each
  PASSWORD. An example passphrase in an IT policy is not labelled.
- A retiree's pension IBAN is IBAN_CODE with its printed spaces; a scholarship award's and
  a hardship grant's deposit routing and account numbers are labelled (quoted back by the
  payer); a member's dues bank draft, typed "rounting", is labelled.
- Credit: each bureau score and each of three prequalification scores is CREDIT_SCORE;
  each adverse item after a dash bullet is CREDIT_REPORT on its whole line.
- Cards: a retiree's Mastercard broken over two lines is one CREDIT_CARD with the line
  break, and "the 3 numbers on the back" is CVV; an Amex's "4 little numbers on the front"
  is CVV; "Visa ... ending 6027" and "Mastercard ending 7731" are CREDIT_CARD_LAST_DIGITS.
- API_KEY: the DuesFlow secret key and the TextReach auth token after the account SID; the
  publishable key, the account SID and a DuesFlow account ID are not labelled.
- Unlabelled identifiers: grievance, AAA, FMCS, claim, Fund, legal-plan intake and batch
  numbers, employee numbers, committee IDs, the Local's EIN, store numbers,
  dates of birth, local and unit numbers.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_67: list[Case] = [
    (
        (
            "Subject: Appeal - claim HW-260918-332\n"
            "\n"
            "To the Trustees' Appeals Committee,\n"
            "\n"
            "I am appealing the denial of my continuous glucose monitor sensors (claim "
            'HW-260918-332). The EOB says "not medically necessary," but I have had type 1 '
            "diabetes since I was 11 and my endocrinologist's letter is attached. I had "
            "two lows under 40 at work this year, one of them on the route, and the "
            "sensors alarm before it gets that bad.\n"
            "\n"
            "Participant: Gerald Whitcomb\n"
            "Soc. Sec. no.: 516-38-7231\n"
            "Fund ID: RW-0044817\n"
            "Unit / employer: Unit 2, City of Riverbend\n"
            "\n"
            "I would like to attend the hearing in person if it is on a weekday after 3:30.\n"
            "\n"
            "Gerald Whitcomb\n"
            "(419) 555-0121"
        ),
        [
            ("health", ""),
            ("US_SSN", "516-38-7231"),
        ],
    ),
    (
        (
            "Subject: RE: fleet eligibility - Sutter\n"
            "\n"
            "Terrence,\n"
            "\n"
            "Fleet ran the annual MVR on Kyle Sutter (OH AE874329) and it shows a 2024 "
            "reckless operation conviction reduced from OVI, with one year of community "
            "control that ended in June. Fleet says he can keep the Class B but wants him "
            'off the sewer vactor truck "for insurance reasons."\n'
            "\n"
            "Nothing in Art. 31 lets them do that for a closed matter. I'd like to grieve "
            "if they follow through.\n"
            "\n"
            "Nina"
        ),
        [
            ("US_DRIVER_LICENSE", "AE874329"),
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Joe Varga Memorial Scholarship - Essay\n"
            "Applicant: Destiny Ambrose | Parent member: Leon Ambrose, Unit 5\n"
            "\n"
            "Prompt: Tell us about a time your family relied on one another.\n"
            "\n"
            "When I was in eighth grade my father went to Tollgate Correctional for three "
            "years. My mom picked up doubles at the nursing home and I learned to make "
            "dinner for my two little brothers, check their homework, and get everyone on "
            "the bus. We visited every other Saturday. The drive was two hours and my "
            "brothers always fell asleep on the way back.\n"
            "\n"
            "He came home in 2022. The Water department hired him through the "
            "second-chance program, and the steward in his unit showed him how to read his "
            "first pay stub. Watching him rebuild taught me that people are more than "
            "their worst year. I want to study social work so I can help other families "
            "through the years we went through."
        ),
        [
            ("criminal_history", ""),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: petty cash card\n"
            "\n"
            "Gwen,\n"
            "\n"
            "Since you're taking over the petty cash: the Local's debit card (the Kestrel "
            "Valley Visa, ends in 3150) is in the gray cash box in my bottom drawer. PIN "
            "is 9647. Use it for the coffee, the postage meter refill and the copier "
            "paper; anything over $200 needs a second signature on the voucher.\n"
            "\n"
            "Receipts go in the envelope taped to the inside of the box. Dolores "
            "reconciles on the 5th.\n"
            "\n"
            "Ron"
        ),
        [
            ("PIN", "9647"),
            ("CREDIT_CARD_LAST_DIGITS", "3150"),
        ],
    ),
    (
        (
            "Subject: Religious objection - Article 4.6\n"
            "\n"
            "To the Secretary-Treasurer:\n"
            "\n"
            "I am a baptized member of the Seventh-day Adventist Church, and my church "
            "teaches that I should not join or financially support a labor organization. "
            "Under Article 4.6 of the agreement and ORC 4117.09(C), I ask to pay an amount "
            "equal to the fair share fee to a charity instead. I have chosen the Marlow "
            "County Food Bank.\n"
            "\n"
            "I understand I will not be a member and will not vote on the contract. I "
            "would still like to be represented if I ever need it.\n"
            "\n"
            "Nathaniel Boateng\n"
            "Eligibility Specialist, Job & Family Services"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "Subject: beneficiary change\n"
            "\n"
            "Hi Carla,\n"
            "\n"
            "Now that the divorce from Sharon is final I need to take her off as "
            "beneficiary on the pension and the Fund's death benefit. I want my partner "
            "Thomas Bell on both instead - he's the one who'll be handling everything if "
            "something happens to me. We're not married (yet), so I understand he can't "
            "get the spousal survivor option, only the lump-sum refund.\n"
            "\n"
            "Can you mail the forms to the house rather than to work? Same address as on "
            "file.\n"
            "\n"
            "Kevin Ostrowski (he/him)\n"
            "Unit 5, Water Reclamation"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Executive Board minutes - December 2, 2026 (draft)\n"
            "\n"
            "Present: 11 of 13 board members. Quorum present.\n"
            "\n"
            "1. Treasurer's report accepted (operating balance $211,406; strike and "
            "defense fund $402,771).\n"
            "2. Motion to recommend a YES vote on the tentative agreement: passed 10-1.\n"
            "3. PAC report: endorsement of Maria Delgado ratified at the November "
            "membership meeting; PAC budget of $12,000 for mail approved 9-2.\n"
            "4. Motion to renew the hall's insurance with the same carrier (EIN on file "
            "34-1887206): passed.\n"
            "5. Scholarship committee: 41 applications received.\n"
            "\n"
            "Next meeting January 6."
        ),
        [],
    ),
    (
        (
            "Subject: DuesFlow settings - for the record\n"
            "\n"
            "For whoever takes over from me in January, here are the non-secret settings "
            "for the dues integration:\n"
            "\n"
            "Account ID: acct_3382RPEU0917\n"
            "Publishable key: pk_live_14K9dudgyoKpv0V4B8Nvoc3l (safe to share; it's in the "
            "portal's page code anyway)\n"
            "Webhook URL: https://portal.rpeu3382.org/hooks/duesflow\n"
            "Payout account: Kestrel Valley operating, ending 1391\n"
            "\n"
            "The secret key and the webhook signing secret are in the vault under "
            '"DuesFlow - live." Do not paste them anywhere else.\n'
            "\n"
            "Marco"
        ),
        [],
    ),
    (
        (
            "Subject: retiree dues for 2027\n"
            "\n"
            "Hi, I'm trying to renew my retiree chapter membership ($24/yr) but the "
            "website keeps timing out on me. Can you just run my card?\n"
            "\n"
            "Mastercard 5582 6782\n"
            "4514 1385 exp 08/29\n"
            "the 3 numbers on the back 417\n"
            "billing zip same as my address\n"
            "\n"
            "Thank you, and Merry Christmas to everybody at the hall.\n"
            "Bernadette Kowalczyk\n"
            "(retired 2020, Marlow Manor dietary)"
        ),
        [
            (
                "CREDIT_CARD",
                ("5582 6782\n4514 1385"),
            ),
            ("CVV", "417"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: PAC quarterly report filed\n"
            "\n"
            "The Riverbend Public Workers PAC (Committee ID OH-PAC-02217) filed its "
            "post-general report on time.\n"
            "\n"
            "Period totals:\n"
            "- Receipts: $38,412.00 (payroll deduction $31,880.00; other contributions "
            "$6,532.00)\n"
            "- Contributors: 611 by payroll deduction, 74 by card or check\n"
            "- Disbursements: $29,905.17 (mail $18,200; phones $4,105.17; candidate "
            "contributions $7,600)\n"
            "- Cash on hand: $22,118.40\n"
            "\n"
            "The full report, including the itemized contributor list required by law, is "
            "on file with the Board of Elections. Please don't forward the itemized list "
            "internally."
        ),
        [],
    ),
    (
        (
            "Subject: New sign-in for the member portal\n"
            "\n"
            "Starting December 1 the member portal no longer uses passwords. When you sign "
            "in, we'll email or text you a six-digit code that works for 10 minutes.\n"
            "\n"
            "A few reminders:\n"
            "- Nobody from the Local, the Fund or the Pension Office will ever ask you for "
            "that code. If someone does, hang up and call the hall.\n"
            "- If the code expires, just request a new one.\n"
            "- Your dues history, your ballot site for the contract vote and your "
            "scholarship applications are all on the portal.\n"
            "\n"
            "Having trouble? Reply to this email or call (419) 555-0100 and ask for IT "
            "support (Tuesdays and Thursdays)."
        ),
        [],
    ),
    (
        (
            "Subject: Your Union Member Home Advantage prequalification\n"
            "\n"
            "Hi Rosa,\n"
            "\n"
            "Good news - you're prequalified for up to $185,000. Because you are a Local "
            "3382 member in good standing you get the 0.25% rate discount and the mortgage "
            "hardship assistance if you're ever laid off or on strike.\n"
            "\n"
            "Scores we pulled 12/2: 688, 702 and 719. Underwriting uses the middle one, "
            "which puts you in our second pricing tier. If you can pay the Kestrel Valley "
            "card below 30% before we lock, we can re-pull.\n"
            "\n"
            "Next step is a 20-minute call to go over the documents list.\n"
            "\n"
            "Trevor Lindahl\n"
            "Loan Officer\n"
            "(419) 555-0195"
        ),
        [
            ("CREDIT_SCORE", "688"),
            ("CREDIT_SCORE", "702"),
            ("CREDIT_SCORE", "719"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: What's changing at the Fund on January 1\n"
            "\n"
            "Dear Participants,\n"
            "\n"
            "The Trustees approved these changes for 2027:\n"
            "\n"
            "- Continuous glucose monitors and insulin pumps: no prior authorization "
            "needed for participants with a diabetes diagnosis on file\n"
            "- GLP-1 drugs: prior authorization required; the Fund will cover them for "
            "diabetes and, after a 6-month program, for weight management\n"
            "- HIV prevention (PrEP) and its lab work: $0 copay\n"
            "- Mental health visits: $10 copay, down from $25, and no referral needed\n"
            "- Genetic counseling and BRCA testing: covered when recommended by a physician\n"
            "\n"
            "Questions? Call the Fund office at (419) 555-0150, Monday-Friday 8-4:30."
        ),
        [],
    ),
    (
        (
            "Subject: GR-26-0301 - finger-scan clock docking\n"
            "\n"
            "Kathy,\n"
            "\n"
            "HR finally sent the clock export for Lena Park (Marlow Manor, 3rd shift). "
            "Every dock on her time card is a rejected scan, not a late arrival:\n"
            "\n"
            "2026-11-09 22:58  match_score 0.41  threshold 0.60  REJECT\n"
            "2026-11-09 22:59  match_score 0.44  threshold 0.60  REJECT\n"
            "2026-11-16 22:57  match_score 0.38  threshold 0.60  REJECT\n"
            "2026-11-16 23:04  match_score 0.71  threshold 0.60  ACCEPT (docked 4 min)\n"
            "\n"
            "She badges in at the front door before 10:50 every night; the door log proves "
            "it. The vendor's own manual says to allow a PIN fallback. Let's add this to "
            "the grievance.\n"
            "\n"
            "Shanice"
        ),
        [
            ("biometric", ""),
        ],
    ),
    (
        (
            "Subject: Time for your annual wellness visit\n"
            "\n"
            "Dear Ruth Ellison,\n"
            "\n"
            "Our records show it has been more than 12 months since your last annual "
            "wellness visit. The Fund covers one preventive visit a year at no cost when "
            "you see an in-network provider.\n"
            "\n"
            'To schedule, call your primary care office or use the "Find a Provider" tool '
            "on HealthFund Online. If you've already had your visit this year, thank you, "
            "and you can ignore this reminder - claims can take up to 60 days to post.\n"
            "\n"
            "Health & Welfare Fund Office\n"
            "(419) 555-0150"
        ),
        [],
    ),
    (
        (
            "Subject: Add spouse to coverage - qualifying event\n"
            "\n"
            "Hi Denise,\n"
            "\n"
            "Annette and I got married on November 14 (certificate attached - the county "
            "clerk finally mailed it). I'd like to add my wife to my family coverage with "
            "the Fund effective December 1. She is losing her own plan from the hospital "
            "at the end of the month.\n"
            "\n"
            "Her DOB is 03/02/1979. She doesn't need dental, she is keeping her own "
            "through COBRA for now.\n"
            "\n"
            "Is there anything else you need from me? I'm at the Eastside branch all week, "
            "10 to 6.\n"
            "\n"
            "Thanks,\n"
            "Gloria Ruiz (she/her)\n"
            "Library Associate, Unit 7"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "PENSION OFFICE - DESIGNATION OF BENEFICIARY (Form P-7)\n"
            "\n"
            "Member name: ___________________________  Employee #: __________\n"
            "Member SSN: ___-__-____\n"
            "\n"
            "Primary beneficiary\n"
            "  Name: ___________________________  Relationship: _______________\n"
            "  Date of birth: ____/____/______     SSN: ___-__-____\n"
            "  Share: ______ %\n"
            "\n"
            "Contingent beneficiary\n"
            "  Name: ___________________________  Relationship: _______________\n"
            "  Date of birth: ____/____/______     SSN: ___-__-____\n"
            "\n"
            "A spouse must consent in writing, before a notary, if anyone other than the "
            "spouse is named as primary beneficiary. This form replaces any earlier "
            "designation."
        ),
        [],
    ),
    (
        (
            "ARTICLE 9 - NONDISCRIMINATION (TA language)\n"
            "\n"
            "9.1 Neither the Employer nor the Union shall discriminate against any "
            "employee because of race, color, religion, sex, sexual orientation, gender "
            "identity, national origin, ancestry, age, disability, genetic information, "
            "military status, political affiliation, or membership or non-membership in "
            "the Union.\n"
            "\n"
            "9.2 The Employer shall make reasonable accommodations for an employee's "
            "disability, pregnancy, or sincerely held religious belief, practice or "
            "observance, unless doing so would cause undue hardship.\n"
            "\n"
            "9.3 Complaints under this Article may be pursued through the grievance "
            "procedure or an outside agency, but not both at the same time."
        ),
        [],
    ),
    (
        (
            "STEWARD TRAINING - Scenario 4 (fictional)\n"
            "\n"
            "Use this scenario for the afternoon role-play. All names and facts are made "
            "up.\n"
            "\n"
            '"Pat," a fictional sanitation driver, tells you in the break room that he '
            "failed a random drug test last week, that he has a second job he hasn't "
            "reported, and that his brother is in jail. He asks you not to tell anyone.\n"
            "\n"
            "Questions for your table:\n"
            "1. What is confidential, and from whom?\n"
            "2. Which of these facts matter to a grievance, and which are none of the "
            "union's business?\n"
            "3. What do you write down, and where does it go?\n"
            "\n"
            "Report back at 2:15."
        ),
        [],
    ),
    (
        (
            "Subject: welcome to Local 3382\n"
            "\n"
            "Dear Oluwaseun,\n"
            "\n"
            "Welcome! Your signed membership card was received on December 1 and your "
            "membership in Riverbend Public Employees Union, Local 3382 is now active. "
            "Dues checkoff will begin with the first pay period in January.\n"
            "\n"
            "As a member you are eligible to vote in the ratification vote on December "
            "15-17 (bring a photo ID), to use the Legal Services Plan after 60 days, and "
            "to apply for the Varga Scholarship for your children after 12 months.\n"
            "\n"
            "Your steward at Job & Family Services is Anjali Raman.\n"
            "\n"
            "In solidarity,\n"
            "Gwen Sato, Recording Secretary"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Member Hardship Fund - grant approved\n"
            "\n"
            "Recipient: Tamara Lisowski, Unit 9 (Marlow Manor)\n"
            "Eligibility: member in good standing since 2011 - verified\n"
            "Amount: $1,500.00\n"
            "Reason: lost wages while caring for her husband (pancreatic cancer, home "
            "hospice since 10/30)\n"
            "\n"
            "Pay by ACH:\n"
            "  routing 672804223\n"
            "  account 727410530874 (savings)\n"
            "\n"
            "Approved by the Hardship Committee 12/3 (3-0). Please send before the 15th; "
            "she asked that the reason not go in the newsletter."
        ),
        [
            ("health", ""),
            ("ABA_ROUTING_NUMBER", "672804223"),
            ("US_BANK_NUMBER", "727410530874"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Your Local 3382 dues account - 3 months past due\n"
            "\n"
            "Dear Mr. Castellanos,\n"
            "\n"
            "Our records show that dues for September, October and November have not "
            "posted to your account. The Visa you set up for automatic payment after your "
            "move to part-time status (ending 6027) was declined on each attempt, we "
            "believe because it expired.\n"
            "\n"
            "Balance due: $184.20\n"
            "\n"
            "Under Article V, Section 3 of the Local's bylaws, a member more than 90 days "
            "in arrears loses voting privileges, and that would include the ratification "
            "vote on December 15-17. You can bring the account current by phone at (419) "
            "555-0147, at the hall window, or through the member portal.\n"
            "\n"
            "In solidarity,\n"
            "Dues Office, RPEU Local 3382"
        ),
        [
            ("CREDIT_CARD_LAST_DIGITS", "6027"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Quorum check - membership by unit as of 11/30\n"
            "\n"
            "Unit | In unit | Members | Checkoff | Arrears >90 days\n"
            "2  Streets & Sanitation | 431 | 412 | 409 | 6\n"
            "5  Water Reclamation    | 218 | 201 | 199 | 2\n"
            "7  Clerical & Library   | 506 | 447 | 441 | 11\n"
            "8  Job & Family Svcs    | 192 | 158 | 156 | 4\n"
            "9  Marlow Manor         | 377 | 324 | 318 | 14\n"
            "Total                   | 1,724 | 1,542 | 1,523 | 37\n"
            "\n"
            "Per the bylaws, quorum for the ratification vote is 10% of members (155). "
            "Dues income for November: $94,716.18. Retirees' chapter: 263 paid for 2026."
        ),
        [],
    ),
    (
        (
            "Subject: leave paperwork - Kaczmarek\n"
            "\n"
            "Kathy,\n"
            "\n"
            "Dominic Kaczmarek and his wife finalized the adoption of their two boys last "
            "Friday (finally!). He wants 8 weeks of FMLA bonding leave starting January 4, "
            "using his vacation first. HR sent him the wrong form (the medical one); I "
            "told him to ask for the bonding leave request instead.\n"
            "\n"
            "He also wants to add the boys to the Fund. Does he need the adoption decree "
            "or is the placement letter enough?\n"
            "\n"
            "Ilona"
        ),
        [],
    ),
    (
        (
            "Subject: Thank you for your contribution\n"
            "\n"
            "Dear Samuel Achterberg,\n"
            "\n"
            "Thank you for your contribution of $150.00 to the Riverbend Public Workers "
            "PAC on December 3, 2026, charged to your Mastercard ending 7731. Your support "
            "helps us elect candidates who stand with public workers, including Maria "
            "Delgado for Marlow County Commission.\n"
            "\n"
            "Contributions to the PAC are not deductible as charitable contributions for "
            "income tax purposes. State law requires us to report the name, address, "
            "occupation and employer of contributors who give more than $100 in a year.\n"
            "\n"
            "Riverbend Public Workers PAC\n"
            "Committee ID OH-PAC-02217"
        ),
        [
            ("CREDIT_CARD_LAST_DIGITS", "7731"),
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Subject: Know your rights at Saturday's rally\n"
            "\n"
            "Saturday's rally at the County building is permitted, and we don't expect any "
            "trouble. Still, everyone should know the basics:\n"
            "\n"
            "- Stay on the sidewalk and out of the building's entrances unless a marshal "
            "tells you otherwise.\n"
            "- If a police officer asks you to move, move, and tell a marshal.\n"
            '- If you are ever arrested, say "I want to speak to a lawyer" and nothing '
            "else. Don't sign anything.\n"
            "- The Legal Services Plan hotline, (419) 555-0177, is staffed all day "
            "Saturday. Write it on your arm.\n"
            "\n"
            "Marshals wear green vests. Meet at 10:30 at the corner of Canal and 3rd."
        ),
        [],
    ),
    (
        (
            "Subject: How your pension is figured (Retirement 101 recap)\n"
            "\n"
            "Thanks to the 60 people who came Thursday. As promised, the formula:\n"
            "\n"
            "Annual benefit = 2.0% x years of credited service x final average salary "
            "(your highest 3 years)\n"
            "\n"
            "Example (made-up numbers): someone with 25 years and a final average of "
            "$62,000 gets 2.0% x 25 x $62,000 = $31,000 a year, or $2,583.33 a month on "
            "the single-life option. A joint & survivor option lowers the monthly amount "
            "so that a beneficiary keeps getting paid after you die.\n"
            "\n"
            "To get your own estimate, send the Pension Office your name, employee number "
            "and planned retirement date. Please don't email full Social Security numbers; "
            "we already have them."
        ),
        [],
    ),
    (
        (
            "Subject: Can you chip in $10 before Friday?\n"
            "\n"
            "Hi friend,\n"
            "\n"
            "The Commission race is going to be decided by a few hundred votes. Maria "
            "Delgado's opponent has already raised twice what we have, most of it from the "
            "contractors who want to privatize Marlow Manor.\n"
            "\n"
            "Every dollar to the Riverbend Public Workers PAC goes to mail and phones in "
            "Marlow County precincts. Can you chip in $10 before Friday's reporting "
            "deadline?\n"
            "\n"
            "[ Give $10 ]  [ Give $25 ]  [ Give another amount ]\n"
            "\n"
            "Paid for by Riverbend Public Workers PAC, Committee ID OH-PAC-02217. Not "
            "authorized by any candidate or candidate's committee. Contributions are not "
            "tax deductible."
        ),
        [],
    ),
    (
        (
            "ARTICLE 4 - UNION SECURITY AND DUES DEDUCTION\n"
            "\n"
            "4.1 The Employer shall deduct regular monthly dues from the pay of each "
            "employee who has signed a written authorization and shall remit the amounts "
            "to the Union by the 10th day of the following month, with a list of names, "
            "employee numbers and amounts deducted.\n"
            "\n"
            "4.5 An authorization may be revoked only during the fifteen (15) days before "
            "its anniversary date, by written notice to the Union and the Employer.\n"
            "\n"
            "4.6 An employee who is a member of and adheres to the established and "
            "traditional tenets or teachings of a bona fide religion or religious body "
            "which has historically held conscientious objections to joining or "
            "financially supporting an employee organization may instead contribute an "
            "equal amount to a nonreligious charitable fund chosen by the employee.\n"
            "\n"
            "4.7 The Union shall indemnify the Employer against any claim arising from "
            "action taken under this Article."
        ),
        [],
    ),
    (
        (
            "Subject: RE: Legal plan - dependent coverage?\n"
            "\n"
            "Mr. Haddad,\n"
            "\n"
            "Thank you for calling. Because you are an active member, the Plan covers your "
            "dependent children under 19 for juvenile matters, so your son can use a panel "
            "attorney at no cost.\n"
            "\n"
            "From what you described - Yusuf was adjudicated delinquent in March on the "
            "receiving-stolen-property count and is on juvenile probation through next "
            "June - the probation violation hearing on the 18th is a covered matter. I "
            "have referred it to Attorney Celia Marchetti; her office will call you "
            "tomorrow to set up a meeting before the hearing.\n"
            "\n"
            "Please bring the March disposition entry and the violation notice.\n"
            "\n"
            "Legal Services Plan Administrator\n"
            "RPEU Local 3382"
        ),
        [
            ("criminal_history", ""),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: random test tomorrow - Gable\n"
            "\n"
            "Terrence,\n"
            "\n"
            "Troy Gable got pulled for a random DOT test this morning - collection is "
            "tomorrow at 7 at the Elm St clinic trailer. He asked for a steward to be "
            "there. He's not worried about the result, he's worried about the way they did "
            "it last time (made him wait three hours off the clock).\n"
            "\n"
            "I can't be there until 8. Can you cover the 7 o'clock, or ask Hector? If the "
            "wait goes past an hour, he should be on the clock per Art. 31.\n"
            "\n"
            "Nina"
        ),
        [],
    ),
    (
        (
            "Subject: Step 2 meeting - GR-26-0319\n"
            "\n"
            "Mr. Albright,\n"
            "\n"
            "Your Step 2 meeting on the overtime bypass grievance (GR-26-0319, 11/8 snow "
            "callout) is set for Wednesday, December 9 at 10:00 am in Labor Relations, "
            "City Hall, 3rd floor. I'll meet you in the lobby at 9:45.\n"
            "\n"
            "Please bring your phone log from the 8th showing that the yard didn't call "
            "you, and anything in writing about the callout list. The City's position is "
            "that the list was posted correctly; the posting they showed us has your "
            "number wrong by one digit, which helps us.\n"
            "\n"
            "Nina Ostrander\n"
            "Chief Steward, Unit 2"
        ),
        [],
    ),
    (
        (
            "Subject: shift change request - Reese\n"
            "\n"
            "Terrence,\n"
            "\n"
            "Jamal Reese asked if we can push for a swap to days. He has to report to his "
            "probation officer every other Thursday at 2 pm (Municipal Court, 18 months) "
            "and the nights rotation has him sleeping through it or calling off.\n"
            "\n"
            "There's an open day slot on the Westside crew that Ray wants to give up. If "
            "the City agrees to a straight swap it's not a bid issue. Can you call Kim in "
            "Labor Relations?\n"
            "\n"
            "Nina"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: Steward training Saturday - getting in\n"
            "\n"
            "Stewards,\n"
            "\n"
            "Saturday's training is in the big room at the hall, 9 to 3.\n"
            "\n"
            "The front door will be locked. Keypad code is 3382 then #. Guest Wi-Fi: "
            "network RPEU-Guest, password canalstreet1440. Coffee's on from 8:30.\n"
            "\n"
            "Bring your contract book and one real grievance you're working on (names "
            "taken off). We'll do Weingarten role-plays in the afternoon.\n"
            "\n"
            "Gwen"
        ),
        [],
    ),
    (
        (
            "Subject: question about record sealing\n"
            "\n"
            "Hi,\n"
            "\n"
            "I was one of the 14 people arrested at the statehouse sit-in over the pension "
            "bill in 2023 (criminal trespass, dismissed in January 2024). Now I'm applying "
            "for the Deputy Clerk posting and the County's background form asks \"Have you "
            'ever been arrested?" with no exception for dismissed cases.\n'
            "\n"
            "Does the legal plan cover filing to seal the arrest record, and how long does "
            "that usually take? The posting closes January 9.\n"
            "\n"
            "Also, do I have to answer yes while the application to seal is pending?\n"
            "\n"
            "Yolanda Trice\n"
            "Clerk of Courts office, 2nd floor"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: stop my PAC deduction\n"
            "\n"
            "To whoever handles this,\n"
            "\n"
            "Please stop my $5 PAC deduction effective immediately. I've been a registered "
            "Republican for thirty years and I'm not paying for Delgado's mailers, and I "
            "don't appreciate the phone calls at dinner either.\n"
            "\n"
            "I still support the contract and I'll be voting yes on the 15th. This is just "
            "about the PAC.\n"
            "\n"
            "Don Przybylski\n"
            "Streets, Westside crew"
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Subject: texting tool down - error from TextReach\n"
            "\n"
            "Phone bank texts didn't go out last night. This is what the TextReach "
            "integration log says:\n"
            "\n"
            "POST /2010-04-01/Accounts/ACf16f94ed76b7c4c2f9115f2e2c8962f1/Messages.json\n"
            "auth: ACf16f94ed76b7c4c2f9115f2e2c8962f1:d96b664036c9aa49f92a15bafb0df358\n"
            "response: 20003 Authenticate - credentials rejected (token rotated 11/30)\n"
            "\n"
            "I think someone rotated the token when they changed the billing card. Whoever "
            "has the dashboard, please put the new token in and delete this email. We have "
            "2,300 reminders queued for tonight.\n"
            "\n"
            "Dana"
        ),
        [
            ("API_KEY", "d96b664036c9aa49f92a15bafb0df358"),
        ],
    ),
    (
        (
            "Subject: Fund claims report - Q3 2026 (Trustees' packet)\n"
            "\n"
            "Paid claims, July-September, all participants (2,904 covered lives):\n"
            "\n"
            "Category                         | Claims | Paid\n"
            "Diabetes supplies and drugs      |    611 | $412,880\n"
            "Behavioral health                |    487 | $188,214\n"
            "Orthopedic surgery               |     42 | $611,503\n"
            "Maternity                        |     31 | $297,650\n"
            "Cancer treatment                 |     58 | $944,127\n"
            "Prescription - all other         |  5,920 | $701,335\n"
            "\n"
            "Large claims (over $100,000): 4, all under stop-loss. Individual claim "
            "details are in the confidential appendix, which is not being emailed."
        ),
        [],
    ),
    (
        (
            "Subject: Flu vaccine rule - Oduya\n"
            "\n"
            "Kathy,\n"
            "\n"
            'Grace Oduya got the "comply or be removed from the schedule" letter about the '
            "flu vaccine mandate at Marlow Manor. She has not had the flu shot and won't: "
            "she is a member of the Church of the First Born and her faith forbids "
            "vaccination. She filed the exemption form in October and never heard back.\n"
            "\n"
            "The agreement says exemptions are decided in 14 days. It's been 50. I want to "
            "file today and ask that she keep her shifts with a mask until it's decided.\n"
            "\n"
            "Ilona"
        ),
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: re: PAC $100 club\n"
            "\n"
            "Count me in for the $100 club again this year.\n"
            "\n"
            "Card: 4318 0422 6218 9823\n"
            "exp 11/27\n"
            "security code 508\n"
            "\n"
            "And put me and Linda down for two Delgado yard signs, we're on the corner so "
            "everybody going to the grocery lot will see them. Delgado's got my vote and "
            "my money.\n"
            "\n"
            "Roy Tennyson\n"
            "retired, Water Reclamation"
        ),
        [
            ("CREDIT_CARD", "4318 0422 6218 9823"),
            ("CVV", "508"),
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Subject: Tentative Agreement - what's in it (read before you vote)\n"
            "\n"
            "Brothers, sisters and friends,\n"
            "\n"
            "Your bargaining team reached a tentative agreement with the City and County "
            "at 1:40 am Thursday. Highlights:\n"
            "\n"
            "- Wages: 3.5% (1/1/27), 3.25% (1/1/28), 3% (1/1/29), plus a $1,200 "
            "ratification bonus\n"
            "- Health: employee premium share stays at 12% for the life of the contract; "
            "no new deductible\n"
            "- Sick leave bank: open to anyone who has donated 16 hours, capped at 480 "
            "hours per event\n"
            "- Article 31 (drug and alcohol testing): return-to-duty process now "
            "guaranteed before any discharge for a first positive\n"
            "- Shift differential: $0.80 to $1.10 per hour\n"
            "\n"
            "The full text is posted at the hall and on the portal. Ratification vote "
            "December 15-17 at all worksites. Questions? Call your steward or the hall at "
            "(419) 555-0100.\n"
            "\n"
            "In solidarity,\n"
            "Bargaining Team, RPEU Local 3382"
        ),
        [],
    ),
    (
        (
            "Subject: November remittance - reconciliation\n"
            "\n"
            "City payroll remitted $81,204.55 for 1,211 checkoff lines on the November 20 "
            "file (batch 2611-20-04). County payroll remitted $13,511.63 for 312 lines "
            "(batch MC-1120).\n"
            "\n"
            "Variance: the City file is short $96.40 - three lines show $0.00 where the "
            "prior month showed a deduction. Payroll says those are leaves of absence; I'm "
            "asking them to confirm.\n"
            "\n"
            "Both deposits went to the dues lockbox, Kestrel Valley, account ending 7706. "
            "The lockbox report matches to the penny.\n"
            "\n"
            "Ilse Moravec, Dues Office"
        ),
        [],
    ),
    (
        (
            "Subject: Phone banks this week - two kinds, sign up for either\n"
            "\n"
            "We're running two phone banks out of the hall this week and we need callers "
            "for both.\n"
            "\n"
            "1) Contract vote reminders (Mon-Thu, 4:30-7:30 pm): calling members to make "
            "sure they know their polling site and hours. Any member can help; no "
            "politics, just logistics.\n"
            "\n"
            "2) PAC phone bank for the County Commission race (Tue-Thu, 5-8 pm): "
            "voluntary, for those who want to.\n"
            "\n"
            "Sign-up sheets are on the table by the front door, or reply to this email "
            "with the nights you can do. Pizza provided. Bring a charged phone and earbuds."
        ),
        [],
    ),
    (
        (
            "Subject: Fwd: Your verification code\n"
            "\n"
            "Denise, this is what I got when I tried to log in to see the EOB you "
            "mentioned. It said to enter the code within 5 minutes but the page froze:\n"
            "\n"
            "> HealthFund Online: Your verification code is 052879. Do not share this code.\n"
            "\n"
            "Should I just wait and try again tomorrow? I don't want to get locked out "
            "before the appeal deadline.\n"
            "\n"
            "Peter Vasquez"
        ),
        [
            ("ACCESS_CODE", "052879"),
        ],
    ),
    (
        (
            "Subject: Fwd: FMLA cert - please keep this between us\n"
            "\n"
            "Rich, forwarding what my doctor filled out since HR says Part III is "
            '"incomplete." I don\'t want my supervisor reading it, so please just tell me '
            "if it's enough.\n"
            "\n"
            "---\n"
            "Section III, Part A: Patient has major depressive disorder, recurrent, "
            "moderate. Began sertraline 06/2026, dose adjusted 10/2026. Weekly "
            "psychotherapy. Episodic flare-ups expected 2-3 times per month lasting 1-2 "
            "days, during which the patient is unable to perform job functions.\n"
            "---\n"
            "\n"
            "Is HR even allowed to ask for more than that? The steward handout says they "
            "can't ask for the diagnosis itself.\n"
            "\n"
            "Owen Sedgwick\n"
            "Water Reclamation, 2nd shift"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: What the Legal Services Plan covers\n"
            "\n"
            "The Plan gives members and their dependents free advice and representation "
            "from panel attorneys. Covered matters include:\n"
            "\n"
            "- Wills, powers of attorney, and probate of small estates\n"
            "- Traffic and OVI defense, including license suspension hearings\n"
            "- Misdemeanor defense and record sealing and expungement\n"
            "- Juvenile matters for dependent children\n"
            "- Consumer debt, collections, credit report disputes and identity theft\n"
            "- Landlord-tenant and real estate closings for a primary home\n"
            "\n"
            "Not covered: matters against the Local or the Employer, business matters, and "
            "felonies (a discounted referral is available). Call the hotline at (419) "
            "555-0177, 24 hours a day."
        ),
        [],
    ),
    (
        (
            "Subject: Arbitrator selection - Whitaker grievance\n"
            "\n"
            "Marcus,\n"
            "\n"
            "FMCS sent the panel for the Whitaker matter (FMCS Case No. 260117-03214). "
            "Seven names:\n"
            "\n"
            "Abernathy, Colleen (Cleveland)\n"
            "Duchesne, Paul (Columbus)\n"
            "Hartigan, Mary Ellen (Pittsburgh)\n"
            "Kowalski, Stanley (Toledo)\n"
            "Nwosu, Chidi (Detroit)\n"
            "Ramsey, Burton (Indianapolis)\n"
            "Yoder, Anne (Fort Wayne)\n"
            "\n"
            "We strike first this time. I'd strike Ramsey and Duchesne (both heavy on "
            "management in discipline cases). We need to respond by December 14 or FMCS "
            "appoints.\n"
            "\n"
            "Joanne"
        ),
        [],
    ),
    (
        (
            "Retirees' Chapter - prayer and concern list (not for the newsletter)\n"
            "\n"
            "Please keep these families in mind this month:\n"
            "\n"
            "- Stan Petrakis is at St. Anselm for dialysis three times a week now; Helen "
            "says he'd love phone calls.\n"
            "- Lou Ferraro's grandson Nicky was sentenced last week to four years at "
            "Tollgate. Lou asked that we not bring it up at the luncheon, but he could use "
            "a visit.\n"
            "- Joan Mertz is recovering from cataract surgery and can't drive until after "
            "New Year's.\n"
            "\n"
            "Any member who can help with rides, call Gene at (419) 555-0168."
        ),
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: Arb prep - Whitaker (Fleet) - witness notes\n"
            "\n"
            "Marcus,\n"
            "\n"
            "Witness notes from Tuesday, for the harassment portion of the Whitaker "
            "grievance:\n"
            "\n"
            "- Darnell Whitaker is the only Black mechanic in the Fleet garage. The slur "
            "was written on his locker twice (Aug 12, Sept 30); photos in the file.\n"
            "- Two coworkers (Brian Koss, Al Fenner) saw the supervisor laugh about it and "
            "leave it up for a full shift.\n"
            '- The City\'s "investigation" was one phone call.\n'
            "\n"
            "Darnell is nervous about testifying with the supervisor in the room. Can we "
            "ask the arbitrator for a screen or to have the supervisor step out?\n"
            "\n"
            "Joanne"
        ),
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Subject: RE: scholarship payment\n"
            "\n"
            "Hi Jordan,\n"
            "\n"
            "Congratulations again! Per your reply, we'll send the $2,000 Varga award "
            "straight to your account instead of mailing a check to the college:\n"
            "\n"
            "Tri-State Savings\n"
            "routing 020599779\n"
            "acct 495095062205\n"
            "\n"
            "The deposit should arrive by December 18. You'll get a 1099 only if your "
            "total from the Fund is over $600, which it will be, so keep this email for "
            "your taxes.\n"
            "\n"
            "Ellen Voss\n"
            "Scholarship Fund Administrator"
        ),
        [
            ("ABA_ROUTING_NUMBER", "020599779"),
            ("US_BANK_NUMBER", "495095062205"),
        ],
    ),
    (
        (
            "FOR IMMEDIATE RELEASE\n"
            "\n"
            "Riverbend Public Employees Union Endorses Maria Delgado for Marlow County "
            "Commission\n"
            "\n"
            "RIVERBEND - Riverbend Public Employees Union, Local 3382, representing 1,724 "
            "city and county workers, today endorsed Maria Delgado for the District 2 seat "
            "on the Marlow County Commission. The endorsement followed candidate "
            "interviews by the Local's Political Action Committee and a vote of the "
            "membership meeting on November 19.\n"
            "\n"
            '"Maria Delgado has walked our picket lines and read our contract," said Local '
            'President Ray Castellano. "She knows who plows the roads and keeps the water '
            'safe."\n'
            "\n"
            "Delgado, a former county auditor, has pledged to oppose privatizing Marlow "
            "Manor.\n"
            "\n"
            "Contact: Gwen Sato, (419) 555-0104"
        ),
        [],
    ),
    (
        (
            "Subject: 2027 Joe Varga Memorial Scholarships - apply by February 15\n"
            "\n"
            "The Varga Fund will award six $2,000 scholarships this spring.\n"
            "\n"
            "Who can apply: children and grandchildren of members in good standing for at "
            "least 12 months, and of retirees' chapter members, who will be full-time "
            "college or trade school students in fall 2027.\n"
            "\n"
            'Essay (500 words max): "Tell us about a time your family relied on one '
            'another."\n'
            "\n"
            "How to apply: submit the form, the essay and a transcript on the portal or at "
            "the hall. Applicants are chosen by a committee of retirees who do not see "
            "names or units. Questions: Ellen Voss, (419) 555-0108."
        ),
        [],
    ),
    (
        (
            "Subject: Candidate questionnaire - Delgado (received)\n"
            "\n"
            "Responses from Maria Delgado, candidate for Marlow County Commission, "
            "District 2, to the Local's questionnaire:\n"
            "\n"
            '1. Will you oppose privatizing Marlow Manor? "Yes, without exception."\n'
            '2. Do you support binding arbitration for county employees? "Yes."\n'
            '3. Will you meet with the Local\'s leadership quarterly if elected? "Yes."\n'
            '4. Your position on the proposed high-deductible health plan? "I oppose '
            'shifting costs to workers."\n'
            "\n"
            'Responses from her opponent, Craig Vollmer, are attached; he answered "no '
            'comment" to questions 1 and 4. Both questionnaires will be posted for members.'
        ),
        [],
    ),
    (
        (
            "Subject: Leave request for Sean\n"
            "\n"
            "Terrence,\n"
            "\n"
            "Sean Mulcahy called me last night. He's checking into Glenbrook for the "
            "28-day residential program for alcohol starting Monday, and he wants to use "
            "his sick leave first and then unpaid leave under Art. 19 without his "
            "supervisor finding out why.\n"
            "\n"
            "I told him the EAP referral keeps it confidential and that HR only needs the "
            "provider's certification. Can you make sure the leave request goes straight "
            "to Benefits and not through the yard office?\n"
            "\n"
            "He also asked whether missing the ratification vote matters. I said he can "
            "vote by absentee ballot.\n"
            "\n"
            "Nina"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: Change of direct deposit - moving to Portugal\n"
            "\n"
            "Dear Pension Office,\n"
            "\n"
            "My wife and I closed on the house in Tavira last week, and from the February "
            "payment on I need my monthly benefit sent to our account at Banco Atlantico "
            "do Sul. The bank's confirmation letter is attached.\n"
            "\n"
            "Account holder: Walter J. Brandt\n"
            "IBAN: PT21 0035 0651 4069 5926 2138 0\n"
            "\n"
            "Please stop the deposit to the Kestrel Valley account after the January "
            "payment; I'm keeping it open for a few months for the property tax.\n"
            "\n"
            "I know about the 1099-R and the withholding form. Could you tell me whether "
            "the Pension Office needs a new proof-of-life form every year once I'm "
            "overseas?\n"
            "\n"
            "Walter Brandt\n"
            "Retired 2019, Streets Division"
        ),
        [
            ("IBAN_CODE", "PT21 0035 0651 4069 5926 2138 0"),
        ],
    ),
    (
        (
            "Joe Varga Memorial Scholarship - Essay (Tyler Brandt)\n"
            "\n"
            "My dad fixes water mains for the City. When the big freeze hit two winters "
            "ago, he worked 19 hours straight and came home with ice in his eyebrows. He "
            "didn't complain; he just said that 3,000 houses had water again.\n"
            "\n"
            "That winter I started going with him on Saturdays to the training yard, where "
            "the crew showed me how they find a leak by listening to a pipe. I got "
            "interested in how cities decide which pipes to replace first, and now I want "
            "to study civil engineering.\n"
            "\n"
            "My family relies on one another in ordinary ways. My mom runs the house "
            "schedule, my sister and I trade chores, and my dad teaches us that a job done "
            "well is a kind of respect."
        ),
        [],
    ),
    (
        (
            "RPEU LOCAL 3382 - AUTHORIZATION FOR DUES BY BANK DRAFT\n"
            "\n"
            "Member name: ______________________________   Employee #: ______________\n"
            "Unit: ____   Worksite: _________________________\n"
            "Bank name: _________________________________\n"
            "Routing number (9 digits): _ _ _ _ _ _ _ _ _\n"
            "Account number: __________________________   [ ] Checking  [ ] Savings\n"
            "Last 4 of SSN: ____\n"
            "\n"
            "I authorize RPEU Local 3382 to draft my regular dues from the account above "
            "on the 2nd business day of each month until I revoke this authorization in "
            "writing.\n"
            "\n"
            "Signature: ___________________________  Date: ____/____/________\n"
            "\n"
            "Return to the Dues Office, 1440 Canal St. Do not email this form once it is "
            "filled in."
        ),
        [],
    ),
    (
        (
            "Subject: dues - switching off payroll deducton\n"
            "\n"
            "Dues office,\n"
            "\n"
            "I'm going on unpaid leave January through March (helping my dad after his "
            "move) so payroll won't be taking my dues out. Please draft them from my "
            "checking instead so I don't fall behind and lose good standing.\n"
            "\n"
            "Kestrel Valley CU\n"
            "rounting 265352412\n"
            "acct 0718588535 (checking, in my name only)\n"
            "\n"
            "Start with the January 2 draft, $61.40 a month same as now. My employee # is "
            "100482273 if you need it for the payroll side.\n"
            "\n"
            "Thanks,\n"
            "Rosalind Pryce\n"
            "Water Reclamation, Unit 5"
        ),
        [
            ("ABA_ROUTING_NUMBER", "265352412"),
            ("US_BANK_NUMBER", "0718588535"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: New-hire orientation - agenda for stewards\n"
            "\n"
            "City orientation, Elm St yard, first Wednesday of each month. Our slot is 20 "
            "minutes after the benefits presentation.\n"
            "\n"
            "1. Who we are: Local 3382, five units, 1,724 workers\n"
            "2. Your contract: the book, your steward, your probation period\n"
            "3. What membership gets you: the vote on contracts, the Legal Services Plan, "
            "the Varga scholarships, the hardship fund\n"
            "4. The Health & Welfare Fund and the pension (these cover everyone in the "
            "unit, member or not)\n"
            "5. Cards: explain checkoff, answer questions, never pressure anyone\n"
            "\n"
            "Bring: 15 cards, contract books, the Fund enrollment flyer, pens."
        ),
        [],
    ),
    (
        (
            "Subject: [IT-0412] Dues sync failing since Friday\n"
            "\n"
            "The nightly sync from DuesFlow to the membership database stopped Friday "
            "night. The log shows 401 Unauthorized on every call. I regenerated the keys "
            "in the DuesFlow dashboard this morning:\n"
            "\n"
            "  publishable: pk_live_14K9dudgyoKpv0V4B8Nvoc3l\n"
            "  secret:      sk_live_XhGPjREJT3dJUabDTLIIt9Wj\n"
            "\n"
            "Can you paste the secret into the sync job config on the office server and "
            "rerun Friday through Sunday? The arrears report for the vote eligibility list "
            "depends on it, and Ilse needs it by Wednesday.\n"
            "\n"
            "Thanks,\n"
            "Marco (IT volunteer, Tuesdays)"
        ),
        [
            ("API_KEY", "sk_live_XhGPjREJT3dJUabDTLIIt9Wj"),
        ],
    ),
    (
        (
            "Steward notes - Whitford, Streets (12/3)\n"
            "\n"
            "Present: Dean Whitford, steward Nina Ostrander\n"
            "\n"
            "Dean says that on 11/24 at the Elm St yard, supervisor Gary Kroll called him "
            "a slur in front of the crew after Dean mentioned that his husband was picking "
            "him up because the truck was in the shop. Two crew members (Tomasz Wilk, "
            "Hector Villanueva) heard it. Kroll has since moved Dean to the night route, "
            "which Dean says is retaliation.\n"
            "\n"
            "Dean wants it handled as a grievance, not only an EEO complaint. Next step: "
            "request the route assignment records for November."
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Joe Varga Memorial Scholarship - Essay (Imani Okafor-Reyes)\n"
            "\n"
            "Last Christmas my grandmother gave everyone in the family a DNA kit. Mine "
            "came back 41% Nigerian, 23% Ghanaian, 19% Puerto Rican and a little bit of "
            "everything else. My grandmother cried when she saw the Yoruba region on the "
            "map, because her own grandmother used to tell stories about it.\n"
            "\n"
            'I realized I had been answering "other" on forms my whole life. Now I am '
            "teaching myself Yoruba with an app and interviewing my grandmother every "
            "Sunday for a family history project. I want to major in history and "
            "anthropology so I can help other families recover the stories that were lost."
        ),
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Subject: Appeal - Holloway - surgery denial\n"
            "\n"
            "Denise,\n"
            "\n"
            "Sharon Holloway's BRCA1 test came back positive (pathogenic variant) in "
            "September, after her sister's diagnosis. Her oncologist recommended a "
            "prophylactic double mastectomy and she is scheduled for January 12. The "
            "Fund's reviewer denied it as \"not medically necessary because there is no "
            'cancer."\n'
            "\n"
            'The plan document covers "risk-reducing surgery when recommended by a '
            "specialist.\" I've attached the oncologist's letter and the plan page. Can we "
            "get this to the Trustees' December meeting instead of January?\n"
            "\n"
            "Kathy"
        ),
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: Friday closing schedule - Adler\n"
            "\n"
            "Hi Marcus,\n"
            "\n"
            "Quick one before the LMC meeting. The new rotating Friday close at the "
            "branches puts Miriam Adler on the 9 pm close every third Friday. Miriam "
            "observes Shabbat and has never worked after sundown on Friday in 14 years; "
            "her old supervisor just swapped her to Saturday morning opens, which nobody "
            "wants anyway.\n"
            "\n"
            'The new manager says "the schedule is the schedule." I think this is an '
            "accommodation issue and a past-practice issue. Can we raise it at LMC before "
            "I file?\n"
            "\n"
            "Shanice\n"
            "Steward, Unit 7"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "ARTICLE 19 - LEAVES OF ABSENCE (TA language)\n"
            "\n"
            "19.2 Family and Medical Leave. Eligible employees shall receive up to twelve "
            "(12) weeks of FMLA leave in a rolling twelve-month period for their own "
            "serious health condition, to care for a spouse, child or parent with a "
            "serious health condition, or for the birth, adoption or foster placement of a "
            "child.\n"
            "\n"
            "19.3 Medical certification shall be on the Department of Labor form. The "
            "Employer shall not request a diagnosis, and supervisors shall not have access "
            "to medical certifications.\n"
            "\n"
            "19.5 Unpaid leave of up to six months for treatment of substance use "
            "disorders shall be granted on the recommendation of the EAP, and the "
            "employee's position held."
        ),
        [],
    ),
    (
        (
            "Subject: RE: Hollis termination - GR-26-0311\n"
            "\n"
            "Terrence,\n"
            "\n"
            "Pulling the file together for Step 3. Facts as I have them: Dwayne Hollis, "
            "Unit 2, rear-loader driver since 2014. Random DOT panel collected 10/22 at "
            "the Elm St yard. The MRO called him 10/29 - verified positive for oxycodone, "
            "no valid script on file. The City walked him out that afternoon and mailed "
            "the termination letter 11/4 without ever offering the return-to-duty process "
            "in Art. 31.4.\n"
            "\n"
            "He has been going to the Harbor Point outpatient program three nights a week "
            "since, and his SAP is willing to write a letter for the hearing. BMV abstract "
            "came back clean otherwise - Class B, no suspensions, no points:\n"
            "   CDL no. ........ EU214684\n"
            "   Restrictions ... none\n"
            "So the only thing keeping him off the truck is the City.\n"
            "\n"
            "Can you dig out the 2019 Kessler award where the arbitrator reinstated on "
            "last-chance terms?\n"
            "\n"
            "Nina Ostrander\n"
            "Chief Steward, Unit 2"
        ),
        [
            ("health", ""),
            ("US_DRIVER_LICENSE", "EU214684"),
        ],
    ),
    (
        (
            "Subject: Open grievance log - week of 12/7\n"
            "\n"
            "No.         | Grievant           | Unit | Issue                       | Step "
            "| Next date\n"
            "GR-26-0301  | (class)            | 9    | finger-scan clock docking   | 2    "
            "| 12/10\n"
            "GR-26-0311  | Hollis, D.         | 2    | discharge                   | 3    "
            "| 12/14\n"
            "GR-26-0319  | Albright, J.       | 2    | overtime bypass 11/8        | 2    "
            "| 12/9\n"
            "GR-26-0322  | Feeney, M.         | 7    | vacation denial             | 1    "
            "| 12/8\n"
            "GR-26-0324  | Wojcik, T.         | 5    | uniform allowance           | 2    "
            "| 12/11\n"
            "GR-26-0327  | Sandoval, R.       | 8    | out-of-class pay            | 1    "
            "| 12/15\n"
            "\n"
            "Arbitration: AAA 01-26-0004-1187 set for 1/21. Stewards: update the log by "
            "Friday noon, please."
        ),
        [],
    ),
    (
        (
            "Subject: resignation\n"
            "\n"
            "To the Secretary-Treasurer of Local 3382,\n"
            "\n"
            "Effective immediately I resign my membership in the Local and revoke my dues "
            "deduction authorization, to the extent permitted by its terms. I have been a "
            "member since 2012. I am sending a copy to City Payroll.\n"
            "\n"
            "For identification: Brent Haskell, Streets Division, employee # 100377145, "
            "last four of SSN 1407.\n"
            "\n"
            "Please confirm in writing the date the deductions will stop.\n"
            "\n"
            "Brent Haskell"
        ),
        [
            ("trade_union_membership", ""),
            ("US_SSN", "1407"),
        ],
    ),
    (
        (
            "Subject: essay submission - Caleb Moreno\n"
            "\n"
            "Dear Scholarship Committee,\n"
            "\n"
            "Pasted below is my essay. Thank you for the extension.\n"
            "\n"
            "The hardest conversation I ever had happened at our kitchen table in tenth "
            "grade, when I told my parents I'm gay. My dad drives a plow for the County "
            "and works twelve-hour shifts all winter. I expected him to go quiet. Instead "
            "he put down his coffee and said he'd already guessed and was waiting for me "
            "to be ready.\n"
            "\n"
            "That night taught me that courage can be quiet. Since then I have started a "
            "Gender and Sexuality Alliance at Riverbend North, tutored freshmen in "
            "chemistry, and worked weekends at the hardware store. I plan to study nursing "
            "at Marlow State.\n"
            "\n"
            "Caleb Moreno"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Subject: Steward tip - when a member brings you FMLA paperwork\n"
            "\n"
            "A reminder from Thursday's steward meeting:\n"
            "\n"
            "- You do not need to see the medical certification. If the member wants to "
            "show you, fine, but don't keep a copy.\n"
            "- Never forward a member's medical information to the group email. Put it in "
            "the paper file.\n"
            '- If HR says a certification is "incomplete," ask HR in writing what exactly '
            "is missing. The DOL form does not require a diagnosis.\n"
            "- Intermittent leave can be taken in the smallest increment the payroll "
            "system tracks (15 minutes).\n"
            "\n"
            "Blank WH-380-E forms are in the rack by the copier."
        ),
        [],
    ),
    (
        (
            "Subject: Ratification vote - where, when, what to bring\n"
            "\n"
            "The vote on the tentative agreement is December 15-17.\n"
            "\n"
            "Polling sites and hours:\n"
            "- Elm St yard break room: 5:30-8:00 am and 2:30-4:30 pm\n"
            "- Water Reclamation control building: 6:00-8:00 am and 2:00-4:00 pm\n"
            "- Main Library, Room B: 11:00 am-2:00 pm\n"
            "- Marlow Manor training room: 6:00-8:00 am, 2:00-4:00 pm and 10:00 pm-midnight\n"
            "- Union hall, 1440 Canal St: all three days 9:00 am-6:00 pm\n"
            "\n"
            "Bring a photo ID: a driver's license, state ID card or your City/County "
            "badge. Members on leave may request an absentee ballot by calling (419) "
            "555-0100 before December 11."
        ),
        [],
    ),
    (
        (
            "Subject: pay stubs for the overtime grievance\n"
            "\n"
            "Rich,\n"
            "\n"
            "You asked for my stubs from August to now for the overtime grievance. I'm at "
            "my sister's until Sunday and can't print anything. Easier if you just log in "
            "to the City's employee self-service and pull them yourself:\n"
            "\n"
            "user: hpaulsen\n"
            "password: Rvbd-Spring2026!\n"
            "\n"
            "Pay stubs are under Pay > History. Please don't change anything, my direct "
            "deposit is in there.\n"
            "\n"
            "Hank Paulsen"
        ),
        [
            ("PASSWORD", "Rvbd-Spring2026!"),
        ],
    ),
    (
        (
            "Subject: Arb prep - Bellamy attendance discipline (AAA 01-26-0004-1187)\n"
            "\n"
            "Hi Marcus,\n"
            "\n"
            "Notes for Thursday's prep call with counsel:\n"
            "\n"
            '- Keisha Bellamy, Clerk II at Main Library. Three-day suspension for "pattern '
            'absences" (Mondays, per HR).\n'
            "- Every one of the 9 dates lines up with a Crohn's flare. She was on "
            "intermittent FMLA through September and HR let the certification lapse "
            "without the 15-day notice.\n"
            '- Her GI switched her to Stelara in August; two of the "absences" are '
            "infusion days.\n"
            "- Credibility: she has been a dues-paying member since 2008 and was our "
            "alternate steward for Unit 7 until 2023, so management will say she knew the "
            "call-off rules. She did, and she followed them.\n"
            "\n"
            "Witnesses: Pam Ruddick (supervisor), Leon Tibbs (timekeeper). I still need "
            "the call-off log from the branch.\n"
            "\n"
            "- Joanne"
        ),
        [
            ("health", ""),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: is this right?\n"
            "\n"
            "Rich - pasted my stub below. Why did the dues jump? I thought the increase "
            "wasn't until after the vote.\n"
            "\n"
            "CITY OF RIVERBEND - EARNINGS STATEMENT\n"
            "Employee: MARTINEZ, ESTEBAN   SSN: XXX-XX-6620   Period: 11/16-11/29/2026\n"
            "Regular 80.00 hrs                     2,318.40\n"
            "Shift diff                               64.00\n"
            "Federal W/H                             218.77\n"
            "OPERS                                   324.58\n"
            "RPEU LOCAL 3382 DUES                     34.82\n"
            "Deferred comp                            50.00\n"
            "Net pay                               1,754.23\n"
            "\n"
            "Esteban"
        ),
        [
            ("trade_union_membership", ""),
            ("US_SSN", "6620"),
        ],
    ),
    (
        (
            "Subject: Credit report review - Legal Plan matter LP-26-0193\n"
            "\n"
            "Ms. Dunleavy,\n"
            "\n"
            "I reviewed the tri-bureau report you brought in on Monday.\n"
            "\n"
            "Scores: Equifax 571 / Experian 588 / TransUnion 566\n"
            "\n"
            "Negative items:\n"
            "- Collection, Northgate Recovery Services, $1,284 (original creditor: "
            "Lakeshore Home Card), reported 04/2025\n"
            "- 60-day late payment, Kestrel Valley CU auto loan, 07/2025\n"
            "- Charge-off, Harborline Bank, $2,910, 09/2024\n"
            "\n"
            "The Northgate item looks like it was reported after the settlement letter you "
            "showed me, so we will dispute it with all three bureaus this week. The late "
            "payment is accurate, but the credit union may remove it as a goodwill "
            "adjustment if you ask; I've drafted the letter.\n"
            "\n"
            "Paul Hennessy, Panel Attorney"
        ),
        [
            ("CREDIT_SCORE", "571"),
            ("CREDIT_SCORE", "588"),
            ("CREDIT_SCORE", "566"),
            (
                "CREDIT_REPORT",
                (
                    "Collection, Northgate Recovery Services, $1,284 (original "
                    "creditor: Lakeshore Home Card), reported 04/2025"
                ),
            ),
            ("CREDIT_REPORT", "60-day late payment, Kestrel Valley CU auto loan, 07/2025"),
            ("CREDIT_REPORT", "Charge-off, Harborline Bank, $2,910, 09/2024"),
        ],
    ),
    (
        (
            "Subject: enrollment - spouse has no social\n"
            "\n"
            "Hi Denise,\n"
            "\n"
            "The online enrollment won't take my husband's number. Arturo doesn't have a "
            "social security number yet, only the tax number the IRS gave him: "
            "985-78-7206. Can you put him on my family coverage by hand? Our marriage "
            "certificate is attached again.\n"
            "\n"
            "We also need to add his daughter from his first marriage when she moves here "
            "in February - do I send that form now or after?\n"
            "\n"
            "Veronica Salgado\n"
            "Marlow Manor, Unit 9"
        ),
        [
            ("US_ITIN", "985-78-7206"),
        ],
    ),
    (
        (
            "Subject: Settlement - GR-26-0240 (class) - Water Reclamation holiday pay\n"
            "\n"
            "We won. The City has agreed to settle the class grievance over holiday pay "
            "for 12-hour shifts at Water Reclamation:\n"
            "\n"
            "- All operators who worked the 2025 and 2026 holidays on 12-hour shifts get "
            "the missing 4 hours per holiday at time and a half.\n"
            "- 94 employees, average $612, total about $57,500, on the January 8 check.\n"
            "- Starting 2027, holiday pay will be 12 hours for 12-hour shift schedules.\n"
            "\n"
            "Thanks to the 37 of you who signed statements. Stewards have the list of "
            "covered dates if you want to check."
        ),
        [],
    ),
    (
        (
            "PAC deduction sign-up received\n"
            "\n"
            "Local 3382 member: Tamika Greer (Unit 9, CNA, Marlow Manor)\n"
            "Authorization: Riverbend Public Workers PAC - $5.00 per pay, voluntary, "
            "revocable at any time\n"
            "Signed: 12/01/2026 at the Marlow Manor break-room table\n"
            'Note from Tamika: "put me down for the phone bank for Delgado too, Tuesdays '
            'only, I get off at 3"\n'
            "\n"
            "Entered by: D. Farris, PAC treasurer\n"
            "Payroll code: PAC5 (effective first pay in January)"
        ),
        [
            ("political_opinion", ""),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Legal Plan intake - urgent - LP-26-0217\n"
            "\n"
            "Member: Curtis Fenwick, Unit 2 (member since 2016, dues current - verified by "
            "dues office)\n"
            "\n"
            "Called the hotline Sat 11/28 at 2:40 am from the Marlow County Justice "
            "Center. Arrested on OVI (4511.19(A)(1)(a)) after a traffic stop on Rt. 24; "
            "refused the breath test. ALS suspension imposed at the scene and the officer "
            "took the physical license - he read me the number off his copy of the "
            "citation: SC324190.\n"
            "\n"
            "Arraignment Mon 11/30 at 9:00, released on his own recognizance at 6 am.\n"
            "\n"
            "He drives a City packer, so the CDL disqualification is his biggest worry. "
            "Referred to panel attorney R. Bakshi; conflict check cleared.\n"
            "\n"
            "- Hotline attorney on call"
        ),
        [
            ("criminal_history", ""),
            ("US_DRIVER_LICENSE", "SC324190"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Treasurer handover - banking (delete after reading)\n"
            "\n"
            "Dolores,\n"
            "\n"
            "Everything for the operating account until Kestrel Valley adds you as a "
            "signer:\n"
            "\n"
            "Business online banking\n"
            "  user: rpeu3382treas\n"
            "  pw: Solidarity#Forever84\n"
            "  security q (first job): paper route\n"
            "Operating acct 362186761391\n"
            "routing 295886725\n"
            "\n"
            "The dues lockbox account is separate and only the bank touches it. Statements "
            "come on the 3rd.\n"
            "\n"
            "Hall front door is 4-1-7-9, the alarm is 0922. Change both after January, "
            "half the retirees know them.\n"
            "\n"
            "Ron"
        ),
        [
            ("PASSWORD", "Solidarity#Forever84"),
            ("PASSWORD", "paper route"),
            ("US_BANK_NUMBER", "362186761391"),
            ("ABA_ROUTING_NUMBER", "295886725"),
        ],
    ),
    (
        (
            "Subject: locked out of pension portal\n"
            "\n"
            "Carla,\n"
            "\n"
            "I'm locked out of the pension portal again after three tries. When I called, "
            "the recording said to email you the answers to my security questions so you "
            "can unlock it:\n"
            "\n"
            "Mother's maiden name - Dombrowski\n"
            "Name of first pet - Rivet\n"
            "\n"
            "I just want to see if my purchased service credit from the County years "
            "posted before I pick a retirement date.\n"
            "\n"
            "Thanks,\n"
            "Glen Harkavy"
        ),
        [
            ("PASSWORD", "Dombrowski"),
            ("PASSWORD", "Rivet"),
        ],
    ),
    (
        (
            "Subject: Scholarship verification - Natarajan-Cole\n"
            "\n"
            "Applicant ........................ Priya Natarajan-Cole\n"
            "Parent/guardian .................. Suresh Natarajan\n"
            "Employer / unit .................. City of Riverbend, Unit 7\n"
            "SSN (last 4) ..................... 4958\n"
            "\n"
            "Dues office: please confirm the parent has been a member in good standing for "
            "12 consecutive months as of 11/30/2026.\n"
            "\n"
            "---- reply ----\n"
            "Confirmed - Suresh Natarajan, continuous membership since 03/2019, no "
            "arrears. Checkoff through City payroll.\n"
            "Ilse Moravec, Dues Office"
        ),
        [
            ("US_SSN", "4958"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: [webform] Membership & Dues Checkoff Authorization - new submission\n"
            "\n"
            "form_id: mdca-v3\n"
            "submitted: 2026-11-30 14:22\n"
            "first_name: Anjali\n"
            "last_name: Raman\n"
            "employer: Marlow County\n"
            "department: Job & Family Services\n"
            "classification: Eligibility Specialist 2\n"
            "ssn_last4: 9902\n"
            "phone: (419) 555-0163\n"
            "join_local: YES\n"
            "authorize_checkoff: YES\n"
            "signature: /s/ Anjali Raman\n"
            "statement: I request membership in Riverbend Public Employees Union, Local "
            "3382, and authorize my employer to deduct regular dues and remit them to the "
            "Local.\n"
            "\n"
            "-- Routed to: dues@rpeu3382.org, stewards-unit8@rpeu3382.org"
        ),
        [
            ("US_SSN", "9902"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Your telephone PIN has been reset\n"
            "\n"
            "Dear Mr. Obradovic,\n"
            "\n"
            "As you requested by phone on December 4, the PIN for the Health & Welfare "
            "Fund's automated claims line has been reset.\n"
            "\n"
            "Temporary PIN: 6341\n"
            "\n"
            "Call (419) 555-0150, choose option 2, enter your participant ID and the "
            "temporary PIN, and you will be asked to choose a new four-digit PIN. Through "
            "the claims line you can check claim status, request ID cards and hear your "
            "deductible balance.\n"
            "\n"
            "If you did not request this change, call the Fund office right away.\n"
            "\n"
            "Health & Welfare Fund Office"
        ),
        [
            ("PIN", "6341"),
        ],
    ),
    (
        (
            "Subject: Fwd: Your sign-in code\n"
            "\n"
            "Can someone help? It keeps saying the code expired but I'm typing it in right "
            "away.\n"
            "\n"
            "---------- Forwarded message ---------\n"
            "From: Local 3382 Member Portal <no-reply@portal.rpeu3382.org>\n"
            "Subject: Your sign-in code\n"
            "\n"
            "Your one-time sign-in code is 896842. It expires in 10 minutes. If you did "
            "not request this code, you can ignore this email.\n"
            "---------\n"
            "\n"
            "I'm on my phone (Android). Just trying to see my dues history and my ballot "
            "location before the vote.\n"
            "\n"
            "Lydia Chen-Okafor"
        ),
        [
            ("ACCESS_CODE", "896842"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "PHONE BANK SCRIPT - contract vote reminder\n"
            "\n"
            "Hi, is this [FIRST NAME]? This is [YOUR NAME], a member of Local 3382 who "
            "works at [YOUR WORKSITE]. I'm calling to make sure you have what you need to "
            "vote on the tentative agreement.\n"
            "\n"
            "The vote is December 15-17. Your polling site is [SITE] and the hours are "
            "[HOURS]. Do you know where that is?\n"
            "\n"
            "[If yes] Great. Can we count on you to vote?\n"
            "[If they have questions about the TA] I can have a bargaining team member "
            "call you back - what's a good time?\n"
            "\n"
            "Thank them. Mark the result code: V (will vote), U (undecided), CB "
            "(callback), WN (wrong number)."
        ),
        [],
    ),
    (
        (
            "Subject: Orientation 12/2 - Streets new hires\n"
            "\n"
            "Terrence -\n"
            "\n"
            "Six new hires at the Elm St orientation this morning. I got my 20 minutes "
            "after the City's benefits slot.\n"
            "\n"
            "Cards signed (originals in the blue folder on your desk): Marcus Oyelaran, "
            "Beth Sandoval, Chris Neumeyer, Tomasz Wilk.\n"
            "Took a card home to think about it: Jalen Rudd.\n"
            "Said no: one (didn't want to be named, I'm not pushing).\n"
            "\n"
            "Beth already asked about steward training in January - she'd be good. Marcus "
            "wants to know whether his seniority from the County carries over; I told him "
            "I'd ask you.\n"
            "\n"
            "Nina"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Appeal letter template (stewards and members)\n"
            "\n"
            "To the Trustees' Appeals Committee:\n"
            "\n"
            "I am appealing the denial of claim [CLAIM NUMBER] for [SERVICE OR DRUG] dated "
            "[DATE OF SERVICE].\n"
            "\n"
            "Participant name: [PARTICIPANT NAME]\n"
            "Fund ID: [FUND ID]\n"
            "Patient (if a dependent): [DEPENDENT NAME]\n"
            "\n"
            "My doctor recommended this treatment because [REASON - attach the doctor's "
            "letter]. The Plan Document, section [SECTION], covers [QUOTE THE LANGUAGE].\n"
            "\n"
            "I request a hearing: [YES / NO]\n"
            "\n"
            "[SIGNATURE]\n"
            "\n"
            "Send it within 180 days of the denial. Keep a copy and a record of the date "
            "you sent it."
        ),
        [],
    ),
    (
        (
            "Subject: Prior auth - pharmacy kicked back a refill\n"
            "\n"
            "Denise,\n"
            "\n"
            "The pharmacy benefit manager rejected Marcus Lindqvist's Biktarvy refill "
            "yesterday because the prior authorization from last year expired on 11/30. He "
            "has two days of pills left and he's panicking - you can't skip doses on that "
            "one.\n"
            "\n"
            "His prescriber's office faxed the renewal this morning (fax confirmation "
            "attached). Can you call the PBM's override line and get a 7-day emergency "
            "supply approved while they review? The pharmacy is the one on Canal, store "
            "#0877.\n"
            "\n"
            "He asked me not to go through his supervisor for any of this.\n"
            "\n"
            "Rich Alvarado\n"
            "Steward, Unit 5"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: notary for pension application\n"
            "\n"
            "Hello,\n"
            "\n"
            "I'm filling out the retirement application and it says my signature has to be "
            "notarized. I don't drive anymore since my eyes went (macular degeneration, "
            "both eyes) so I gave up my license last year. Will my state ID work for the "
            "notary at the hall?\n"
            "\n"
            "It's an Ohio ID card, number XT211394, expires 2029.\n"
            "\n"
            "Also my daughter will be bringing me in - can she sit with me while I sign?\n"
            "\n"
            "Thank you,\n"
            "Harriet Lundquist"
        ),
        [
            ("US_STATE_ID", "XT211394"),
            ("health", ""),
        ],
    ),
    (
        (
            "ARTICLE 31 - DRUG AND ALCOHOL TESTING (TA language, 12/3/2026)\n"
            "\n"
            "31.1 Employees holding a CDL are subject to DOT testing under 49 CFR Part "
            "382. Non-CDL employees in safety-sensitive positions listed in Appendix F are "
            "subject to reasonable-suspicion testing only.\n"
            "\n"
            "31.4 An employee who has a first verified positive test shall be removed from "
            "safety-sensitive duties and referred to a Substance Abuse Professional. The "
            "employee shall be permitted to use accrued leave while completing the SAP's "
            "recommendations and shall be returned to duty after a negative return-to-duty "
            "test.\n"
            "\n"
            "31.6 Test results are confidential and shall be kept separate from the "
            "personnel file. The Union shall receive results only with the employee's "
            "written consent."
        ),
        [],
    ),
    (
        (
            "Subject: Bargaining Update #9 - health care\n"
            "\n"
            "Last session the County again proposed moving everyone to a high-deductible "
            "plan with a $3,000 family deductible. Our team said no.\n"
            "\n"
            "Why it matters: under that plan, a member with a chronic condition like "
            "diabetes or heart disease would pay the first $3,000 of care every year "
            "before the plan pays a dime. One of our Marlow Manor CNAs (she asked us to "
            "share her story without her name) told the County table that her cardiac "
            "rehab alone would have cost her $4,100 under their proposal.\n"
            "\n"
            "The County also wants to drop the Fund's $0 copay on generic maintenance "
            "drugs. Also no.\n"
            "\n"
            "We meet again Tuesday. Wear green on Tuesday so management sees us."
        ),
        [],
    ),
    (
        (
            "Subject: Legal plan - car accident\n"
            "\n"
            "Hi,\n"
            "\n"
            "I was rear-ended on I-75 on the way back from my mom's in Michigan on "
            "Thanksgiving. The other driver's insurance is already calling me to settle. I "
            "have whiplash and a concussion and I've been off work since Monday on the "
            "doctor's orders.\n"
            "\n"
            "The police report has my information as:\n"
            "Michigan operator license K 512 338 907 114 (I haven't switched it to Ohio "
            "yet)\n"
            "\n"
            "Can the legal plan help me with the insurance company, or do I need my own "
            "attorney?\n"
            "\n"
            "Brianna Koelsch"
        ),
        [
            ("US_DRIVER_LICENSE", "K 512 338 907 114"),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: IT policy - office passwords (please read)\n"
            "\n"
            "All staff and officer accounts now need a passphrase of at least 14 "
            "characters. A passphrase is several unrelated words, for example "
            "\"ladder-orange-canal-mitten\" - but please don't use that one, it's the "
            "example everybody will copy.\n"
            "\n"
            "- Don't reuse your personal banking password.\n"
            "- The bank, the Fund and DuesFlow passwords live in the shared vault only. "
            "Never paste them into email or the group chat.\n"
            "- Turn on the second factor for your email account by December 31.\n"
            "\n"
            "Marco (IT volunteer) will be at the hall Tuesday from 4 to 7 to help anyone "
            "set this up."
        ),
        [],
    ),
    (
        (
            "Subject: Toronto convention - delegate travel\n"
            "\n"
            "Delegates elected at the November membership meeting: Rhonda Castile, Victor "
            "Okonkwo, and Lisa Brennan (alternate).\n"
            "\n"
            "For the hotel block and the border I need each passport number by Friday. So "
            "far:\n"
            "\n"
            "Rhonda - 258664587 (exp 2031)\n"
            "Victor - A11804540 (new book, he renewed in October)\n"
            "Lisa - still looking for hers; she may use the passport card, that's fine for "
            "driving across\n"
            "\n"
            "We're driving in the local's van. Leaving the hall at 6 am on the 22nd.\n"
            "\n"
            "Gwen\n"
            "Recording Secretary"
        ),
        [
            ("US_PASSPORT", "258664587"),
            ("US_PASSPORT", "A11804540"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Delgado dinner tickets\n"
            "\n"
            "Hi Dana,\n"
            "\n"
            "I'd like two tickets to the PAC's dinner for Maria Delgado on the 12th, for "
            "me and my husband. I support her 100% and want to meet her before the "
            "election. Please put it on my Amex:\n"
            "\n"
            "371627142861310\n"
            "the 4 little numbers on the front: 4872\n"
            "exp 05/28\n"
            "\n"
            "If there's a vegetarian plate, one of each.\n"
            "\n"
            "Lucille Brandvold\n"
            "retired, Library"
        ),
        [
            ("CREDIT_CARD", "371627142861310"),
            ("CVV", "4872"),
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Subject: Retiree chapter dues - deceased member\n"
            "\n"
            "Dear Mrs. Kaminski,\n"
            "\n"
            "We were so sorry to hear of Walt's passing. He was a chapter member for "
            "fourteen years and never missed a spring luncheon.\n"
            "\n"
            "We are refunding the 2027 chapter dues he paid in October ($24), by check to "
            "your address. Please also call the Pension Office about the survivor benefit "
            "and the Fund's death benefit; Carla Benedetti is expecting your call.\n"
            "\n"
            "Several of us would like to come to the funeral. If you would share the "
            "arrangements, we will let the chapter know. We know the second stroke came "
            "very quickly after he came home.\n"
            "\n"
            "With sympathy,\n"
            "Retirees' Chapter officers"
        ),
        [
            ("trade_union_membership", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: my statement for the Step 2 meeting\n"
            "\n"
            "Shanice,\n"
            "\n"
            "Here is what I want on the record. I have worked in the Recorder's office for "
            "eleven years. As a Puerto Rican woman I was the only Latina in the office "
            "until 2024, and I have been passed over for the Lead Clerk spot three times "
            "for people I trained. This last time the job went to someone with eight "
            "months in.\n"
            "\n"
            "I am not asking for anything special, just the seniority language in Article "
            "12 to be followed.\n"
            "\n"
            "Marisol Ocasio"
        ),
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Subject: Delgado phone bank - volunteer roster wk of 12/7\n"
            "\n"
            "Shift      | Volunteer          | Unit | Cell\n"
            "Tue 5-8 pm | Lorna Pettiford    | 9    | 419-555-0118\n"
            "Tue 5-8 pm | Hector Villanueva  | 2    | 419-555-0172\n"
            "Wed 5-8 pm | Ada Blankenship    | 7    | 419-555-0139\n"
            "Thu 5-8 pm | Russ Kettering     | 5    | 419-555-0186\n"
            "Sat 10-1   | Lorna Pettiford    | 9    | 419-555-0118\n"
            "\n"
            "All shifts at the hall, 1440 Canal St. Scripts and call lists are in the "
            "dialer; Russ has the login. We're calling Marlow County voters in precincts "
            "4-11 for Maria Delgado's commission race - pizza on Tuesday."
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Subject: Pension estimate - Halvorsen, Lorraine (retirement date 6/1/2027)\n"
            "\n"
            "Lorraine,\n"
            "\n"
            "As requested, your estimate under the Joint & 75% Survivor option:\n"
            "\n"
            "Credited service ........ 27.5 yrs\n"
            "Final average salary .... $58,914\n"
            "Single life ............. $2,946.10/mo\n"
            "J&75 Survivor ........... $2,711.32/mo\n"
            "\n"
            "Beneficiary on file\n"
            "  Name: Erik Halvorsen (spouse)\n"
            "  DOB: 07/19/1961\n"
            "  SSN: 434-51-8706\n"
            "Member record: SSN XXX-XX-3319, hire date 11/06/1999\n"
            "\n"
            "Please check the beneficiary's number against his card before you sign the "
            "election form; a mismatch is the most common reason a first check is held.\n"
            "\n"
            "Carla Benedetti\n"
            "Pension Office"
        ),
        [
            ("US_SSN", "434-51-8706"),
            ("US_SSN", "3319"),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_67, "hard67", Path(__file__).with_name("hard-67.jsonl")))
