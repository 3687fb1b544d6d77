"""Hard set 77 (2026-12-07): checksum-valid look-alikes beside real identifiers.

Written blind. The author read only /tmp/mg/set77/prompt.txt, /tmp/mg/set77/brief.txt,
/tmp/mg/set77/conventions.txt, /work/shared/policy/privacy-policy.txt and, in
/work/wt-hard77, tests/data/sensitive/independent_sets.py, scanner/categories.py and the
output of grep -n "line-length" pyproject.toml. Commands run: mkdir and python3 for the
throwaway generator under /tmp/hard77_gen/ (gen.py writing values.json, head/body/assemble
files for this module), an awk/grep check of the conventions file (line lengths, no
backslashes or triple quotes) before pasting it here, a one-line python3 call for a few more
four-digit numbers, python -m tests.data.sensitive.hard_77, ruff format and ruff check on
this file, and git add, git commit and git rev-parse. The scanner, its rules and the other
test sets were not seen; make, pytest and search tools were not run.
Slips (minor, reported for honesty): cat was used beyond the listed files, but only on
this author's own generator output (/tmp/hard77_gen/values.json) and, by heredoc, to write
the throwaway files there; wc -l also ran on conventions.txt; and an extra self-check script
(python importing this module and independent_sets) listed the unlabelled Luhn-, ABA- and
SSN-shaped numbers in every text before the commit. Nothing else was read or listed.

Identifiers were generated with random.Random(77120726) in /tmp/hard77_gen/gen.py:
Luhn-valid card numbers (Visa, Mastercard, Amex and Discover prefixes), SSA-valid SSNs,
ITINs in valid groups, ABA-valid routing numbers, random account numbers, mod-97 IBANs (DE,
NL, GB, and FR with its RIB key), a Luhn-valid SIN, a CLABE with its check digit, and
passports, licences and state IDs in each issuer's layout. The look-alikes were generated the
same way: NPIs (Luhn with the 80840 prefix), ISBN-13s and UPCs with their own check digits,
VINs with the check digit, ISO 11649 RF references (mod-97), Canadian business numbers
(Luhn), ABA-valid 9-digit numbers used as invoice, member, donor, case, agency, student,
provider and grant numbers, and 16-digit gift-card, loyalty, order, pledge and
payment-reference numbers and 14-digit library barcodes that fail Luhn wherever a decoy holds
them (two Luhn-valid barcodes sit in positive texts, where the checks allow them). Phone
numbers are 555-01xx; people, organisations and the tribe named are invented.

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


Also agreed (in set 30):
- A New York non-driver ID card number is US_STATE_ID; a learner permit number issued by a
  DMV is a driving-licence number, US_DRIVER_LICENSE. A New Jersey licence written in its
  printed groups is labelled with its spaces.
- A union welcome letter confirming a signed membership and dues-checkoff card is
  trade_union_membership; the "last 4 of SSN" copied from that card is US_SSN.
- A member's pay stub pasted into a note to his union rep, with local dues among the
  deductions, is trade_union_membership; his torn rotator cuff and workers' comp leave are
  health; the masked deposit account on the stub is not labelled.
- A strike-benefit record to a named member is trade_union_membership, and the account and
  routing numbers the union pays into are labelled (quoted back by the payer).
- A political club's dues export listing members with their party enrollment is
  political_opinion; a volunteer confirmation for a council candidate's canvass is
  political_opinion. A club's open candidates forum and a "Hi friend" appeal are not.
- A contribution receipt to a named contributor is political_opinion, and the card's last
  four on it are CREDIT_CARD_LAST_DIGITS.
- A mosque family-membership renewal receipt is religious_belief (congregation
  membership), with the card's last four as CREDIT_CARD_LAST_DIGITS.
- A list of named people to be baptised on Sunday is religious_belief; so is a list of
  named lay members taking the Three Refuges and Five Precepts, and the bar mitzvah
  tutoring of a named child.
- A janazah announcement for a named man, saying he prayed Fajr at the mosque for thirty
  years, is religious_belief, and the kidney failure and dialysis it names are health.
- A church prayer list naming a woman's knee surgery and a named man's mother's stroke is
  health only; no one on it is described as a member.
- An IEP review notice naming a child's speech-language goals and ADHD accommodations is
  health (a disability plan). A camp roster with named children's allergies, asthma and
  diabetes is health, labelled once.
- A pharmacy "ready for pickup" notice naming sertraline is health; a pharmacy shipping
  notice with no drug named is not. A pharmacy immunization record for a named adult is
  health (vaccination status).
- A dental treatment plan for a named patient (gum disease, root canal, crown) is health.
- A daycare illness report (fever, vomiting, sent home) for a named child is health.
- A daycare pickup log of finger-scan match scores for named adults is biometric; the
  mention that templates stay in the scanner is not a second label.
- A check casher's identity-verification record with a selfie-to-ID face match score for a
  named customer is biometric, and the non-driver ID number in it is US_STATE_ID.
- A bail fund's note that bail was posted for a named man held in jail is
  criminal_history. A reentry letter saying a named man served eight years in a state
  prison and is on parole is criminal_history.
- A legal-aid intake recording a named client's arrest and charge, reduced to a traffic
  infraction, is criminal_history (the arrest and charge count whatever the outcome); his
  Honduran passport number is US_PASSPORT.
- A shelter advocate's referral saying a named partner was arrested and charged with
  assault is criminal_history about him; the survivor's broken wrist and surgery are
  health. A housing court reminder to a named tenant is a civil matter: not labelled.
- A carrier-screening result (one pathogenic CFTR variant) from an annual visit, with only
  "we will discuss screening for your partner", is genetic only.
- An LGBTQ centre's note to a woman about "you and your wife" is sexual_orientation. A
  partner notice for syphilis is health and sexual_orientation. A PrEP follow-up with
  negative HIV and STI results is health only.
- A wedding menu for two grooms is sexual_orientation; the named guests' heart condition
  and celiac disease are health.
- A charter school's enrollment export with parent-reported race for named students, and
  a food co-op hire's EEO self-identification stating his ethnicity, are
  racial_ethnic_origin; veteran status, gender, lunch status and home language on them
  are not labelled. A board report of school-wide percentages is aggregate: not labelled.
- A bodega owner's Square dashboard password sent to the nephew covering the store is
  PASSWORD; the alarm code beside it is not labelled.
- A laundry-card app's sign-in verification code (the card holds a stored balance) is
  ACCESS_CODE, like a member-portal sign-in code.
- A credit-union member's lock-out email giving her account number, old password and two
  security answers labels the account US_BANK_NUMBER and each of the three PASSWORD.
- A PTA's online-banking password and security answer in a treasurer handover are each
  PASSWORD; the PTA's EIN is not labelled.
- A senior centre's note of a member's new EBT PIN, sent to her daughter, is PIN; an IRS IP
  PIN quoted by a tax preparer is PIN, and the SSN's last four beside it are US_SSN.
- A landlord's summary of a tenant-screening report labels the score CREDIT_SCORE and each
  adverse item CREDIT_REPORT on its whole line after the dash bullet; "Evictions: none
  found" and "Criminal: none found" disclose nothing.
- A remittance receipt's beneficiary IBAN is IBAN_CODE, labelled with its printed spaces.
- A child's previous passport number written on a library passport-desk email is
  US_PASSPORT.
- A tenant's own account and routing numbers sent to her landlord for a deposit refund, a
  food co-op member's new autopay account, a driver co-op's payout account and a new hire's
  direct deposit are labelled ABA_ROUTING_NUMBER and US_BANK_NUMBER.
- A nail salon's advice to tell the technician about diabetes or blood thinners, a
  bakery's and caterer's allergen notices, a blood drive's private health questions and a
  school nurse's flu-shot rule are offered to all: not labelled.
- A dog's diabetes and insulin in a pet-care request are not health, and the owner's trip
  discloses nothing; the lockbox code is not labelled.

Added for this set:
- The rule used for every look-alike: a number is labelled by what the text says it is (its
  name, who issued it, what it opens), never by its shape or by a check it happens to pass.
  A number passing the Luhn, ABA, mod-97 or SSA check is unlabelled unless the text makes
  it one of the labelled identifiers; a labelled identifier named only vaguely ("the long
  number", "the code on the back", "the four little digits printed on the front", "the
  number you sent") is labelled when the context shows what it is.
- NPIs (individual, group or facility), taxonomy codes and CAQH IDs are provider numbers
  published in a public registry, not a government identification number of Section 9(a),
  and the label set has none: not labelled (like EINs). A referral letter or travel-clinic
  record carrying an NPI is positive only for what it says about the patient.
- Closed-loop merchant gift cards (a bookstore's card, a cafe's own card even when its
  number starts with a 4) and co-op member or loyalty cards are not credit or debit cards:
  their numbers are not labelled. A network debit card number sent by mistake in place of a
  gift card number is CREDIT_CARD.
- Nine-digit invoice, volunteer, donor, constituent, student, client, SNAP case, agency,
  provider, confirmation and grant numbers that pass the ABA checksum are not routing
  numbers and are not labelled, also when they sit next to a real routing and account
  number.
- ISO 11649 creditor references (RF...) pass mod-97 but are payment references, not IBANs;
  BIC codes, Fed IMAD/OMAD, end-to-end IDs, MTCNs, bank payment references, pledge and
  order numbers, merchant IDs and terminal IDs are not labelled. A masked IBAN is treated
  like a masked account number: not labelled.
- A Canadian Social Insurance Number is labelled US_SSN (decided for this set): it is the
  national counterpart of the SSN and a government identification number under Section
  9(a), and the conventions already carry passports and licences of any country on the US_
  labels. A Canadian business number (nine digits passing the same Luhn check as a SIN,
  written with its RR or RT suffix) and a Quebec QST number are an organisation's tax
  numbers: not labelled, like EINs.
- A Mexican CLABE is a bank account number: US_BANK_NUMBER.
- An organisation's own account number, routing number or IBAN given for a payment (a
  grantee's operating account, a translation agency's invoice) is labelled like any other:
  Section 9 and the conventions make no exception for organisations, and set 24 already
  treats an organisation's online banking as a financial account.
- An Ontario driver's licence is US_DRIVER_LICENSE and a U.S. passport card number is
  US_PASSPORT; a Michigan and an Ohio state ID card number are US_STATE_ID.
- Not labelled either: VINs, licence plates, vehicle title numbers, UEIs, CAGE codes, ALNs,
  USDOT and MC numbers, Medicare Advantage contract-plan numbers, NDCs, Rx numbers, vaccine
  lot numbers, ISBN-13s, UPCs, library card barcodes, reading-program "passport" numbers,
  shipping tracking numbers, corrections (MDOC) numbers, court case numbers, HMIS client IDs,
  employee numbers, a state seller's permit, VITA site numbers and EFINs.
- A Zoom meeting passcode, a parcel-locker pickup code, an event confirmation number and a
  promo code open no account: not labelled. A giving-portal sign-in code texted to the donor
  and a QuickBooks sign-in verification code are ACCESS_CODE, as agreed before.
- The password a donor gives for her own account on a giving site is PASSWORD; a thrift
  shop's Square password is PASSWORD and the customer Wi-Fi password beside it is not.
- A VITA note's "SSN ends in" four digits and a pay stub's "XXX-XX-" four digits are US_SSN
  on the four digits; a card's "ending in" four digits is CREDIT_CARD_LAST_DIGITS while a
  "checking account ending in" four digits beside it is not labelled.
- Dashed numbers shaped like an SSN that fail the SSA rules (a PO number in the 900s) and
  blank SSN fields (___-__-____) are not labelled.
- A tenant-screening "screening score" and a credit-builder loan's score at opening and now
  are CREDIT_SCORE; a program's threshold ("a score below 580") is about no person.
- HOPWA rent assistance approved for a named client is health (the program serves only
  people with HIV). An expungement intake's charge, plea and community control, and a
  release from a correctional facility with a parole agent, are criminal_history;
  "fingerprints were done at the sheriff's office" is not biometric.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_77: list[Case] = [
    (
        """\
Subject: Re: T4A slip for the Windsor workshop

Bonjour Colette,

Sorry for the slow reply. For the T4A slip, my SIN is 676 151 756, and the mailing
address is the same as on the volunteer form (412 Ouellette Ave, Apt 3, Windsor).

One question: the receipt you sent me last spring had the chapter's charity number on it
(770104628RR0001). Will the slip come from the Ontario chapter under that number, or from
the Detroit office?

Merci,
Mireille Thibodeau""",
        [("US_SSN", "676 151 756")],
    ),
    (
        """\
Subject: Your official donation receipt - Riverside Literacy Council (Ontario)

Dear Mr. Haldane,

Thank you for your gift of $250.00 CAD received on 14 November 2026.

OFFICIAL RECEIPT FOR INCOME TAX PURPOSES
Receipt no.: 2026-00871
Charitable registration number: 760975359 RR0001
Eligible amount of gift: $250.00
Location issued: Windsor, Ontario

Canada Revenue Agency: canada.ca/charities-giving

We never need your Social Insurance Number for a donation receipt, so please don't send it.

With gratitude,
Anneke Vos
Finance Coordinator, Riverside Literacy Council""",
        [],
    ),
    (
        """\
Subject: Referral - Produce Prescription Program - Dolores Akin

To the Fresh Start Pantry intake team,

I am referring my patient Dolores Akin (date of birth on the enclosed form) to your produce
prescription program. She has type 2 diabetes, with an A1c of 9.1 in October, and
hypertension, and she tells me she skips meals at the end of most months.

Referring provider: Nadia Serrano, FNP-C
NPI: 1099922449
Practice: Eastgate Community Health, Suite 210
Phone (312) 555-0148 | Fax (312) 555-0149

Please send the enrollment confirmation to my fax so it goes in her chart.

Nadia Serrano, FNP-C""",
        [("health", "")],
    ),
    (
        """\
Subject: Credentialing packet - Jonah Whitfield, LCSW

Hi Priya,

Jonah's packet is complete, so you can start the payer enrollment forms this week.

Individual NPI: 1713324295
Group NPI (Riverbend Counseling Collective): 1003410622
Taxonomy code: 1041C0700X
CAQH ProView ID: 53778520
Group tax ID: 86-7340825

Please hold off on booking anyone with him until the first plan approves the enrollment;
I'll forward the approval letters as they come in.

Thanks,
Odette Marsh
Operations Manager""",
        [],
    ),
    (
        """\
Subject: Re: Lantern Gala - two tickets

Hi Ruth,

Go ahead and put both tickets on my card. The long number is 4324 7316 6184 2808,
expiring 08/28, and the code on the back is 774. Billing zip is 60614.

Your confirmation email listed order no. 2403 5550 8350 9860 for one ticket. Is that the
same order, or will I end up with two?

Thanks,
Walt Brennan""",
        [("CREDIT_CARD", "4324 7316 6184 2808"), ("CVV", "774")],
    ),
    (
        """\
Subject: Stipend direct deposit - starting January

Hi Tamsin,

Here is the direct deposit information for my living stipend. I copied it from the bottom
of a check, so let me know if anything looks off.

Member / volunteer ID: 029418259
Bank: Kaskaskia Valley Credit Union
Routing number: 250432415
Checking account: 4230091417

My start date is still January 6.

Best,
Jalen Morrow
AmeriCorps VISTA, Second Harvest Outreach""",
        [("ABA_ROUTING_NUMBER", "250432415"), ("US_BANK_NUMBER", "4230091417")],
    ),
    (
        """\
Subject: Invoice 090475988 - spring appeal mailing

Hello Bernadette,

Attached is invoice 090475988 for the spring appeal mailing.

Customer no.: C-20418
Your PO: 2026-0311
Job: 4,200 letters, #10 window envelopes, presort standard
Postage advance: $1,612.40
Print and mail services: $1,572.10
Amount due: $3,184.50, net 30

You can pay through the customer portal or mail a check to Lakeshore Print & Mail, PO Box
7781, Racine WI 53408. If your finance office needs our numbers for its records: federal
tax ID 87-6317923, Wisconsin seller's permit 456-1027833148-03.

Thank you,
Curtis Vang
Lakeshore Print & Mail | (262) 555-0172""",
        [],
    ),
    (
        """\
Subject: Your return - one item before we can file

Hi Marisol,

We're almost done with your return. Your husband's ITIN assignment letter (CP565) shows
930-78-7207, but the number written on the intake sheet was off by one digit, so we used
the one from the letter. Please double-check it against the copy you have at home.

Once you both sign Form 8879 we can e-file. Our site number is S24017953 if the IRS asks
who prepared it.

Gracias,
Ilse Brandvold
Volunteer preparer, Westside Free Tax Help""",
        [("US_ITIN", "930-78-7207")],
    ),
    (
        """\
Subject: IP PIN for the 2026 return

Hello Mr. Okafor,

Thanks for bringing in the CP01A notice. The Identity Protection PIN on it is 028942, and
we have entered it on the return for the taxpayer whose SSN ends in 6459. Please keep the
notice; the IRS sends a new PIN every year.

For your records, our EFIN is 608747 and your appointment reference was 544624.

Warm regards,
Delphine Ruiz
Eastside VITA Coordinator""",
        [("PIN", "028942"), ("US_SSN", "6459")],
    ),
    (
        """\
Subject: Free tax help starts February 2 - what to bring

Hello neighbors,

Eastside VITA is back at the Maple Street Library on Tuesdays and Saturdays.

Bring:
- Photo ID for each taxpayer
- Social Security cards or ITIN letters for everyone on the return
- Your IP PIN letter, if the IRS sent you one
- W-2s, 1099s and last year's return
- A voided check if you want your refund deposited

Site number S24019880 | EFIN 663719
Appointments: (503) 555-0131

Volunteers never ask for any of this by email. Bring the papers with you.

Eastside VITA""",
        [],
    ),
    (
        """\
Subject: Passport appointment Saturday

Hello,

This is Gwen Adeyemi. I booked the 10:30 passport slot on Saturday with my library card,
23917045794979. It's for my son Tobi, who is 15, so it's a new application and not a
renewal.

The form asks for his most recent passport number, which is 571710093 (issued 2021). Do I
need to bring the old book too, or is the number enough?

Thank you,
Gwen""",
        [("US_PASSPORT", "571710093")],
    ),
    (
        """\
Subject: Reading Passport stamps - Ramos family

Hi Ana,

Good news: all three of your kids finished their Summer Reading Passports! Here's what we
have on file:

Passport #0418 - library card 23917554163405 - 12 stamps
Passport #0419 - library card 23917375182125 - 10 stamps
Passport #0420 - library card 23917168144454 - 14 stamps

Prize books are at the desk. We set aside:
- 9780464064541 (dinosaur field guide)
- 9781281082787 (graphic novel)
- 9780274330751 (joke book)

Bring any one of the cards when you pick them up.

Miss Holly
Youth Services, Alder Grove Public Library""",
        [],
    ),
    (
        """\
Subject: Book drive tally - boxes 1 to 3

Hi team,

Inventory from Saturday's drive, scanned at the sorting table:

Box 1 (picture books): 9780930894030 x3, 9781188556749 x1
Box 2 (middle grade): 9780220012632 x2, 9780996973014 x4
Box 3 (adult nonfiction): 9781463157975 x1
Non-book donations (UPC): 699856263617 (crayons, 24 ct) x6, 694875308462 (glue sticks) x10

Everything else was boxed for the sale. Totals go to the board Thursday.

Renata""",
        [],
    ),
    (
        """\
Subject: 2022 truck donation - paperwork

Hi Simone,

The truck is ready for pickup on Friday. Here's what the form asked for:

VIN: 1FTJL6VZ7NB229354
Plate: CT 48211 (I'll keep the plates)
Title no.: Y2641881309
Odometer: 61,402

The tow company also wants my Illinois driver's license number for the release, so here
it is: T284-4936-9628. The title is in my name only.

Harold Tomczak
(217) 555-0163""",
        [("US_DRIVER_LICENSE", "T284-4936-9628")],
    ),
    (
        """\
Subject: Your vehicle donation receipt (Form 1098-C)

Dear Ms. Ferreira,

Thank you for donating your 2020 Chrysler Pacifica to Wheels for Work. Your car sold at
auction on December 1, 2026 for $6,850.

Vehicle identification number: 2C4KH2MBXLL495877
Donation claim no.: WFW-26-03318
Donee: Wheels for Work, Inc., EIN 92-1546361
Gross proceeds: $6,850.00

Your Form 1098-C (Copy B) is attached, and the IRS copy was filed electronically. Keep it
with your 2026 tax records.

Sincerely,
Vehicle Donation Team
Wheels for Work | (602) 555-0104""",
        [],
    ),
    (
        """\
Subject: Invoice 2026-047 - translation of the caregiver toolkit

Dear Ms. Lindqvist,

Please find attached our invoice for the Dutch and Frisian translation of the caregiver
toolkit.

Amount: EUR 2,400.00 (VAT reverse-charged)
Payable to: Stichting Taalbrug, Utrecht
IBAN: NL12 RABO 8620 2331 84
BIC: RABONL2U
Payment reference: RF40 9687 1061 0

Please quote the payment reference so our bank can match the transfer automatically.
KvK 09781952 | VAT NL859263744B01

Kind regards,
Joris van Dam
Stichting Taalbrug""",
        [("IBAN_CODE", "NL12 RABO 8620 2331 84")],
    ),
    (
        """\
Subject: Danke! Your gift to the Harbor Refugee Fund arrived

Dear Mr. Koehler,

Your transfer of EUR 150.00 reached our German partner account on 2 December 2026.

Your reference: RF92 8543 6735 2563 2
Sent from: DE34 **** **** **** **46 47 (masked)
End-to-end ID: HRF2026120200417
BIC of your bank: FVHSDE21XXX

A German donation receipt (Zuwendungsbestaetigung) will follow in January.

Thank you for standing with families arriving in Hamburg.

Harbor Refugee Fund | Donor Care""",
        [],
    ),
    (
        """\
Subject: Treasurer handover - bank logins

Hi Felipe,

Welcome aboard as treasurer! The PTO's online banking is at Prairie State Bank:

Username: hollispto.treas
Password: Gingko!Lane42
Security question (first school mascot): Otters

The alarm code for the school office is 4209 if you're there after hours (that one has
nothing to do with the bank). Our EIN is 82-9702739; you'll need it for the W-9s.

Please change the password after your first login.

Thanks,
Meredith Cole
Outgoing Treasurer, Hollis Elementary PTO""",
        [("PASSWORD", "Gingko!Lane42"), ("PASSWORD", "Otters")],
    ),
    (
        """\
Subject: Board retreat logistics - Saturday

Hi all,

A few numbers for Saturday:

- Zoom for anyone joining remotely: meeting ID 871 2204 3316, passcode 525288
- Lodge guest Wi-Fi: network "CedarLodge-Guest", password pinecone2026
- Side door keypad (after 6 pm): 2540#
- Parking pass number for the lot: 0600

Lunch is at noon. Please read the draft strategic plan before you come.

Thanks,
Ines""",
        [],
    ),
    (
        """\
Subject: Donation form down - Stripe error on checkout

Hi Reuben,

Since this morning every donation on the year-end form fails with "Invalid API Key
provided". I checked the plugin's settings page and this is what's in it:

Publishable key: pk_live_MR7fwiVurE71DSTpMrUAeInU
Secret key: sk_live_8WEkWnZ3DOJLVzIQBHTEjX4C
Connected account: acct_v3zRf69qEL9A7GuN

Did the keys get rotated when you changed the bank account? The year-end appeal goes out
tomorrow, so I'd love to fix this today.

Thanks,
Paloma
Development Director, Cedar Hollow Land Trust""",
        [("API_KEY", "sk_live_8WEkWnZ3DOJLVzIQBHTEjX4C")],
    ),
    (
        """\
Subject: Checkout widget embed - what goes where

Hi Paloma,

For the new donate button on the events page, only the public pieces go into the page
template:

data-key="pk_live_9bbzkIfg1kAnIvwLm15FnPom"
data-account="acct_DDoQy2WeRCpPuyqf"
Analytics measurement ID: G-H3H16EVSB5

The publishable key is meant to be visible in the page source, so no need to worry that
it's in this email. The secret key stays in the server settings; I'm not putting it in
email.

Reuben""",
        [],
    ),
    (
        """\
Subject: SMS reminders stopped - Twilio credentials

Hey Kofi,

The pantry reminder texts stopped going out on Tuesday. The error log says "Authenticate"
(20003). Here's what's in the config file on the old laptop:

TWILIO_ACCOUNT_SID=AC54c9b0860777c720f0eeb1a2390ea685
TWILIO_AUTH_TOKEN=6d98ad61da01aa7f40a17df1cc4e2891
TWILIO_FROM=+13125550187

Can you check whether the token still matches the one in the Twilio console?

Thanks,
Mara""",
        [("API_KEY", "6d98ad61da01aa7f40a17df1cc4e2891")],
    ),
    (
        """\
Subject: newsletter sync to the CRM

Hi Theo,

To connect the volunteer CRM to our Mailchimp audience, the integration page asks for two
things. The audience (list) ID is b151be7d1b and the API key I just generated is
ccfc19347ca01f8e5003630e316f34a1-us21

Once it's connected, please delete this email.

Nell""",
        [("API_KEY", "ccfc19347ca01f8e5003630e316f34a1-us21")],
    ),
    (
        """\
Subject: Your credit review - next steps

Hi Dashawn,

Thanks for meeting with me on Thursday. Here is a summary of what we found on the report we
pulled together (TransUnion, file no. 31287240):

Score on the day we pulled it: 588

Items hurting the score most:
- Collection: Allied Recovery Services (cell phone), $1,240, opened 03/2025
- Late payment: Summit Auto Finance, 60 days late in 11/2025

Your plan for the next 90 days: set up autopay on the car loan, ask Allied for a
pay-for-delete letter before paying anything, and keep the secured card under 10%.

I'll see you on January 8 at 2:00.

Yolanda Pierce, Financial Coach
Open Door Financial Empowerment Center
(216) 555-0126""",
        [
            ("CREDIT_SCORE", "588"),
            (
                "CREDIT_REPORT",
                "Collection: Allied Recovery Services (cell phone), $1,240, opened 03/2025",
            ),
            ("CREDIT_REPORT", "Late payment: Summit Auto Finance, 60 days late in 11/2025"),
        ],
    ),
    (
        """\
Subject: Application update - Brightwood homeownership program

Hi Consuelo,

Our lender partner finished the mortgage pre-screen. For your file:

Applicant: Consuelo Arriaga
SSN: 546-54-2383
Middle score (tri-merge): 626
Public record: Chapter 7 bankruptcy, discharged 08/2021
Household size: 4

Because the discharge is more than two years old, it does not disqualify you. The next
step is the sweat-equity orientation on January 17.

Best,
Trevor Hollins
Family Services, Brightwood Habitat""",
        [
            ("US_SSN", "546-54-2383"),
            ("CREDIT_SCORE", "626"),
            ("CREDIT_REPORT", "Chapter 7 bankruptcy, discharged 08/2021"),
        ],
    ),
    (
        """\
Subject: Homeownership application checklist

Hello, and thank you for your interest in Brightwood Habitat homeownership!

Please bring these to your intake appointment:

Applicant name: ______________________
Social Security number: ___-__-____
Co-applicant SSN: ___-__-____
Monthly income: $__________
Current landlord and phone: ______________________

We will pull a credit report with your written permission at the appointment. A score
below 580 does not automatically disqualify you, and we do not count medical collections.

Intake line: (317) 555-0192""",
        [],
    ),
    (
        """\
Subject: your mom's EBT card

Hi Lorraine,

Your mom came in this morning and we helped her call the EBT line to reset her card. Her
new PIN is 6534. She asked me to send it to you because she's worried she'll forget it.

Her SNAP case number is 102657636, in case DHS calls about the renewal. The back-door
keypad is still 1493 if you come with her on Thursday.

Take care,
Bev
Front Desk, Maple Court Senior Center""",
        [("PIN", "6534")],
    ),
    (
        """\
Subject: Double Up Bucks at the Tuesday market - vendor update

Hi vendors,

Quick reminders for the winter season:

- Our FNS authorization number is 6976644; it goes on every SNAP reimbursement form.
- The market's EBT terminal ID is T-8277947. Only the info tent swipes SNAP cards.
- Double Up tokens are green and numbered 2601 to 3400 this season; please turn them in
  by the 5th of each month.
- Your vendor ID is printed on your reimbursement form (ours start with V-26-).

Shoppers should never read their PIN out loud to anyone, including our volunteers.

Thanks,
Gabriela
Market Manager, Eastside Farmers Market""",
        [],
    ),
    (
        """\
Subject: Refund for the duplicate camp registration

Hi Ms. Abernathy,

You were right, the system charged you twice for Kaia's week 3 registration. We've refunded
the duplicate $40 to the Visa debit card ending in 9785. The first payment, from your
checking account ending in 0097, stays as it is.

Refunds usually take 3 to 5 business days to show up.

Sorry for the trouble,
Camp Registrar, Greenleaf YMCA
(608) 555-0119""",
        [("CREDIT_CARD_LAST_DIGITS", "9785")],
    ),
    (
        """\
Subject: Thank you for your gift

Dear Mr. and Mrs. Castellano,

Thank you for your gift of $500 to the Hollow Creek Animal Rescue winter fund.

Gift date: December 3, 2026
Payment: electronic check, checking account ending in 2616
Confirmation number: 323488406
Designation: Winter shelter heating

No goods or services were provided in exchange for this gift. Please keep this receipt for
your tax records.

Gratefully,
Hollow Creek Animal Rescue | EIN 82-8380719""",
        [],
    ),
    (
        """\
Subject: Intake note - Quinonez, wage claim

Intake date: 12/02/2026
Client: Rosalba Quinonez
Legal aid file no.: 2026-EMP-0417
ID presented: Mexican passport G53979791, valid to 2029
Matter: unpaid overtime, March to October 2026
Opposing party: Sunrise Poultry Processing LLC
Next step: demand letter by 12/16

Client prefers calls after 5 pm at (479) 555-0178. Spanish.

- Nora E., paralegal""",
        [("US_PASSPORT", "G53979791")],
    ),
    (
        """\
Subject: Tuition waiver - enrollment verification

Hi Winona,

The tuition waiver office needs the tribal enrollment part of your file before the spring
term. This is what we have from the form you submitted:

Student ID: 240535762
Tribal affiliation: Red Willow Band of Ojibwe
Enrolled member: Yes
Tribal ID card no.: RW-0793052

We still need a copy of the card itself (front only is fine). You can drop it off at the
Student Success Center or upload it in the portal.

Miigwech,
Carla Beaulieu
Enrollment Services, Lakes Region Tribal College""",
        [("US_STATE_ID", "RW-0793052"), ("racial_ethnic_origin", "")],
    ),
    (
        """\
Subject: ID for pantry registration

Hi Joseph,

Your registration at the pantry is complete. We wrote down the number from your New York
State non-driver ID, 800694652, because the county asks us to verify one ID per household.
Your pantry client number is 060776057; give that number at the window instead of your ID
from now on.

Distribution days are Mondays and Thursdays, 10 to 1.

Rosa
Northgate Community Pantry""",
        [("US_STATE_ID", "800694652")],
    ),
    (
        """\
Subject: Driver volunteer - MVR check

Hi Keisha,

Thanks for signing up to drive a Meals on Wheels route! Our insurer needs a motor vehicle
record check before your first route. I have:

Name: Keisha Knowles
Florida driver license: K169-120-85-062-6
Vehicle: 2019 Corolla, plate QGT 7R4
Auto policy: FPC-4438297-02

Your MVR came back clean, so you're set for the Tuesday route. Your route number is 14 and
the kitchen's back-door code is 3306.

Marjorie
Volunteer Coordinator""",
        [("US_DRIVER_LICENSE", "K169-120-85-062-6")],
    ),
    (
        """\
Subject: Route 14 sheet for Tuesday

Route 14 - Tuesday, December 8
Driver: K. Knowles | Van VIN 1GCBL7GZ5PG564046 | Insurance FPC-4438297-01

Stop 1 - client #20418 - 12 Alder Ct - regular meal, leave at the door
Stop 2 - client #20433 - 88 Birch Ln Apt 2 - regular meal + 2 frozen
Stop 3 - client #20502 - 301 Cedar St - regular meal, ring twice
Stop 4 - client #20517 - 19 Dogwood Dr - regular meal, gate code 1782

Call the office at (904) 555-0112 if nobody answers at a stop.""",
        [],
    ),
    (
        """\
Subject: Your prescription is ready for pickup

Hi Marcus,

Your refill is ready at Northside Community Pharmacy.

Medication: Biktarvy 50/200/25 mg tablet, 30 count
Rx #: 5705401
NDC: 90995-9677-06
Copay: $0.00 (copay card applied)

The pickup window is open 9 to 7 on weekdays. Reply STOP to end pharmacy emails.

Northside Community Pharmacy | (773) 555-0145""",
        [("health", "")],
    ),
    (
        """\
Subject: Medicare plan comparison - handout from Tuesday's workshop

Hi everyone,

Here is the comparison table from Tuesday's open-enrollment workshop at the senior center.

Plan (contract-plan)                      Premium   Star rating
Prairie Health Advantage (H6346-210)      $0        4.0
Heartland Senior Choice (H7848-574)       $29       3.5
Lakeside Medicare Plus (H1406-033)        $0        4.5

You can look any plan up on the Medicare Plan Finder with its contract-plan number. Our
SHIP counselors can meet one-on-one through December 7; call (402) 555-0133.

Please don't email us your Medicare card number. Bring the card to your appointment.

Sunnyside Senior Center""",
        [],
    ),
    (
        """\
Subject: Monthly giving - switching from card to bank draft

Hi Anika,

I'd like to move my monthly gift from my credit card to a bank draft so more of it goes to
the shelter. My donor ID on your letters is 299690454.

Bank: Ozark Hills Bank
Routing: 231385772
Account: 62164654 (checking)
Amount: $35 on the 15th

Please stop the card payments after this month's.

Thanks so much,
Leonard Fish""",
        [("ABA_ROUTING_NUMBER", "231385772"), ("US_BANK_NUMBER", "62164654")],
    ),
    (
        """\
Subject: Welcome to the Hearth Circle!

Dear Priscilla,

Thank you for joining the Hearth Circle, our monthly giving community.

Donor ID: 279230892
Recurring gift ID: RG-26-1140
Amount: $35.00 on the 15th of each month
Paid from: checking account ending in 6373

Your first bank draft will be on December 15. You'll get one tax summary each January. To
change or stop your gift, call (479) 555-0114.

With gratitude,
Anika Sorensen
Hearth House Shelter""",
        [],
    ),
    (
        """\
Subject: pledge payment

Hi Dov,

Sorry, I ran out of room on the pledge card. Please charge the rest of my pledge to my
Amex: 3483 434186
18604, exp 11/27. The four little digits printed on the front above the number are 2074.

Pledge card no. 7415 9334 1478 3317 if you need it.

Thanks,
Ruth Adler""",
        [("CREDIT_CARD", "3483 434186\n18604"), ("CVV", "2074")],
    ),
    (
        """\
Subject: Your Greenleaf Co-op member card

Hi Tomasz,

Your new member-owner card is in the mail. Until it arrives you can give the cashier the
number instead:

Member card: 7570 7561 4477 7709
Patronage points this year: 1,240 (worth about $12.40)

Your member-owner equity is fully paid ($100). Patronage refunds go out in March as store
credit, not checks.

Thanks for being an owner!
Member Services, Greenleaf Food Co-op""",
        [],
    ),
    (
        """\
Subject: Re: gift card for the silent auction

Hi Joan,

Thank you for the Brightwater Books gift card! One thing, though: the number you sent,
4564 6276 1518 0585, has your bank's logo next to it in the photo, so I think that's your
debit card and not the gift card. You may want to call your bank just in case.

The gift card's own number is the one under its barcode, and your second photo shows it
clearly (6391 6751 5172 8382), so we have everything we need for the auction.

Thanks again,
Marcy
Silent Auction Committee, Eastbrook Schools Foundation""",
        [("CREDIT_CARD", "4564 6276 1518 0585")],
    ),
    (
        """\
Subject: Re: Scholarship form - parent tax ID

Hi Mr. Cardenas,

Thanks for sending the financial part of Daniela's scholarship form. On the parent tax ID
line you wrote 955-55-3486, which is an ITIN, and that's fine: the foundation accepts
ITINs. We just need you to sign page 3.

Daniela's student number for the form is S-1840894.

Best,
Laurel Quist
Scholarship Coordinator, Valley Futures Fund""",
        [("US_ITIN", "955-55-3486")],
    ),
    (
        """\
Subject: Volunteer driver from Windsor - insurance

Hi Grace,

Our insurer says Canadian volunteers can drive the van for the Detroit coat drive if we
send their licence details in advance. Anil's information:

Name: Anil Ramsaroop
Ontario driver's licence: R9917-19455-08809, class G, expires 2029
Canadian mailing address on file

He'll bring the licence itself on Saturday. The van is unit 3 (VIN on the insurance card).

Thanks,
Bruno""",
        [("US_DRIVER_LICENSE", "R9917-19455-08809")],
    ),
    (
        """\
Subject: Reimbursement - travel to the Leipzig exchange

Hi Wendell,

Here are my bank details for the travel reimbursement (EUR 486.20, receipts attached):

Account holder: Lena Brandt
IBAN: DE12 6190 9183 0063 2598 55
Reference: Reisekosten 2026-114

The reference is just so I can recognize the transfer on my statement.

Danke!
Lena""",
        [("IBAN_CODE", "DE12 6190 9183 0063 2598 55")],
    ),
    (
        """\
Subject: Stipend for our Oaxaca partner - transfer details

Hi Doreen,

Silvia Mendoza sent her bank details for the community promoter stipend ($400 a month). She
banks in Mexico, so instead of a routing number she gave her CLABE:

Beneficiary: Silvia Mendoza Ruiz
CLABE: 072180473636116102

Last month we used a money transfer instead; the tracking number was MTCN 5879459929 and
she picked it up in cash. A bank transfer will be cheaper.

Thanks,
Ezra""",
        [("US_BANK_NUMBER", "072180473636116102")],
    ),
    (
        """\
Subject: Your transfer is ready for pickup

Hello Mr. Ocampo,

Your money transfer to Guatemala City is available for cash pickup.

Tracking number (MTCN): 9535478778
Amount sent: USD 200.00
Amount to receive: GTQ 1,528.40
Pickup: any Transfer Pronto agent, with the receiver's photo ID

Share the tracking number only with the person picking up the money.

Transfer Pronto Customer Care | (915) 555-0181""",
        [],
    ),
    (
        """\
Subject: can you update my card?

Hi Beth,

I'm at my sister's and can't get into the donor portal on her computer. It just sent me a
sign-in code by text: 293754. Could you log in as me before it expires and update my card?
The old one expired in November.

My registration for the Harvest Walk came with confirmation no. 679211, if that helps you
find me.

Thanks!
Gloria Eberhardt""",
        [("ACCESS_CODE", "293754")],
    ),
    (
        """\
Subject: You're registered: Harvest Walk 2027

Hi Ahmed,

Thanks for registering for the Harvest Walk on April 17.

Confirmation no.: 558155
Team: Soles for Supper
Bib pickup: Friday, April 16, 4 to 7 pm at the food bank warehouse

Share promo code FRIENDS27 with a friend for $10 off their registration.

See you at the start line!
Harvest Walk team, Tri-County Food Bank""",
        [],
    ),
    (
        """\
Subject: Mrs. Delacroix - Thursday shopping

Hi Nadine,

Notes for your Thursday visit with Mrs. Delacroix:

- Her debit card is in the blue wallet in the kitchen drawer. She asked me to tell you the
  PIN is 1670 so you can do the grocery run for her.
- Lockbox on the side door: 9086
- She wants the store brand oatmeal, not the name brand.

Please leave the receipt on the counter.

Thanks,
Francine
Care Coordinator, Home Companions of Eastfield""",
        [("PIN", "1670")],
    ),
    (
        """\
Subject: Seed order + new gate code

Hi gardeners,

The seed order for the community garden came to the parcel locker at the Main St grocery.
Pickup code: 837265, good until Friday. Whoever grabs it, please bring it to the shed.

New gate code for the garden starting Monday: 2257. Please don't post it on social media.

Happy planting,
Vic""",
        [],
    ),
    (
        """\
Subject: my pay stub - is this right?

Hi Donna,

You asked for my stub from the last pay period. Here's what it says:

Employee: Ray Castillo        SSN: XXX-XX-4454
Gross pay: $2,184.00
Federal tax: $162.30
Social Security: $135.41
Medicare: $31.67
Local 2218 union dues: $48.00
Net pay: $1,806.62

I thought the dues went down after the contract vote. Can you check with the hall?

Ray""",
        [("trade_union_membership", ""), ("US_SSN", "4454")],
    ),
    (
        """\
Subject: Open meeting: what a union could mean at Riverside Care

Hi everyone,

Workers at Riverside Care are invited to an open information meeting on Sunday at 3 pm at
the Labor Temple, 218 Grand Ave. You don't have to be a member to come, and nobody will be
asked to sign anything.

Service Workers Local 2218 | Federal EIN 20-2537742

Childcare and food provided. Questions: (414) 555-0166.

In solidarity,
Organizing Committee""",
        [],
    ),
    (
        """\
Subject: State ID is ready - Mr. Sandoval

Hi Derek,

Good news for your client. Mr. Sandoval's state ID came through on Monday, so he can start
the warehouse job next week.

Michigan state ID no.: S 547 502 533 184
MDOC no.: 194599 (it's on the letter from his parole agent)
Released from Cedar Ridge Correctional Facility: 10/21/2026

He'll need to show the ID and the parole travel permit at orientation. Let me know if he
needs bus passes.

Kendra Oyelaran
Reentry Navigator, Second Start Michigan""",
        [("US_STATE_ID", "S 547 502 533 184"), ("criminal_history", "")],
    ),
    (
        """\
Subject: Reminder: housing court hearing Thursday

Hi Ms. Pruitt,

This is a reminder that your hearing is Thursday, December 10, at 9:00 am, Courtroom 4B.

Case no.: 2026-LT-004418
Landlord: Parkview Terrace LLC
Your attorney: Simone Achebe, Tenant Defense Project

Bring your rent receipts, the photos of the ceiling leak, and any texts with the property
manager. If you can't make it, call us right away at (216) 555-0157.

Tenant Defense Project""",
        [],
    ),
    (
        """\
Subject: Thank you for your contribution - Alvarez for City Council

Dear Bettina Hoff,

Thank you for your contribution of $150.00 to Alvarez for City Council on December 4, 2026,
charged to your Mastercard ending 5053.

Contributor: Bettina Hoff, 22 Linden Ave
Employer / occupation: Ridgeview Clinic, physical therapist

Contributions are not tax deductible.

Paid for by Alvarez for City Council 2026, FPPC ID 1449721""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "5053")],
    ),
    (
        """\
Subject: Year-end report due January 31

Hello Okoro campaign team,

Reminder that the committee's year-end report is due January 31.

Committee: Friends of Nadia Okoro
FEC ID: C00164298
Operating account: checking ending in 5747
Receipts this period: $48,210.00 from 612 contributors
Disbursements: $39,884.17

I'll need the bank statements through December 31 and the card processor's payout report.
Please don't send me the full account number; the last four are enough.

Thanks,
Reggie Amato, CPA
Compliance, Amato & Lee""",
        [],
    ),
    (
        """\
Subject: Financial assistance application - Mercy Valley Medical Center

Hello,

Thank you for asking about financial assistance at Mercy Valley Medical Center. Please
complete the application below and return it with proof of income.

Patient name: ______________________
Patient account number: ______________
Guarantor SSN (optional): ___-__-____
Household size: ____

Our facility NPI is 2125753014 and our tax ID is 81-8628032, in case your insurer or a
charity program asks for them.

Patient Financial Services | (505) 555-0124""",
        [],
    ),
    (
        """\
Subject: Quebec trip - Ellie's passport card

Hi Coach Ibsen,

Here's Ellie's info for the border list:

Name: Eleanor Brooks
U.S. passport card number: C88110517
Date of birth: on the permission form

Her dad will drop her at the bus. The permission slip says the charter is Northern Star
Coaches (USDOT 2972295); is that right?

Thanks,
Mallory Brooks""",
        [("US_PASSPORT", "C88110517")],
    ),
    (
        """\
Subject: Quebec trip - packing list and border documents

Families,

Every student needs ONE of these at the border: a passport book, a passport card, or an
enhanced driver's license. Please email me the document number by Friday; do not write it
on the packing list.

Bus: Northern Star Coaches, USDOT 2972295, MC 881204
Group booking: NSC-26-4471
Hotel block code: QCYOUTH27

Packing list: warm boots, two sweatshirts, snacks for the bus, a water bottle.

Coach Ibsen""",
        [],
    ),
    (
        """\
Subject: W-9 for the mural project

Hi Lucia,

Here's my W-9 information, since the form wouldn't upload. I'm a sole proprietor with no
EIN.

Name: Teodoro Villanueva
Business name: Villanueva Murals
Tax classification: individual / sole proprietor
TIN (SSN): 036-98-6872
Address: 1407 Alameda St, Tucson AZ 85713

My invoice for the first half of the mural is INV-0312. Thanks!

Teo""",
        [("US_SSN", "036-98-6872")],
    ),
    (
        """\
Subject: W-9 received - thanks

Hi Teo,

We got your W-9 and the TIN matched on the IRS check, so your 1099-NEC will go out in
January. We won't need the number again.

Invoice INV-0312 is approved; payment is scheduled for December 11 under PO 914-07-2059.
Our EIN, if your accountant asks: 83-3248097.

Thanks,
Lucia Ferreyra
Finance, Pueblo Arts Collective""",
        [],
    ),
    (
        """\
Subject: Grant payment setup - Eastside Youth Boxing

Hi Francesca,

Congratulations again on the award. To set up the first payment we need the account your
organization wants the funds deposited into. Here's what Coach Dre sent this morning;
please double-check it before we submit:

Grant no.: 011074436
Organization: Eastside Youth Boxing Club, UEI S9BDNZ4TKM7P
Bank routing number: 256089215
Operating account number: 359669878
Amount of first payment: $12,500

Please confirm by Friday.

Sincerely,
Monique Tran
Grants Manager, Harborview Community Foundation""",
        [("ABA_ROUTING_NUMBER", "256089215"), ("US_BANK_NUMBER", "359669878")],
    ),
    (
        """\
Subject: Award letter - Grant no. 081071715

Dear Director Oduya,

On behalf of the Harborview Community Foundation, I'm pleased to confirm a grant of
$40,000 to Westgate Literacy Partners for adult ESL classes.

Grant no.: 081071715
Grantee UEI: EQ3RH373XJME
Grantee EIN: 26-6983718
Federal pass-through: ALN 84.002, subaward no. 2026-AE-118
Grant period: January 1 to December 31, 2027

Your first report is due July 15. Payments are sent by ACH to the account on your grantee
profile.

Monique Tran, Grants Manager""",
        [],
    ),
    (
        """\
Subject: update my card please

Hello,

I can't figure out the new giving site. Can someone log in for me and change my monthly
gift to $20? My login is dottie.weems@example.net and the password is Hydrangea#1958. It's
still on my Discover ending 1363.

Thank you, dear.
Dorothy Weems""",
        [("PASSWORD", "Hydrangea#1958"), ("CREDIT_CARD_LAST_DIGITS", "1363")],
    ),
    (
        """\
Subject: Free flu shot clinic Saturday - lot info for volunteers

Volunteers,

Saturday's clinic runs 9 to 1 in the community room. Vaccine for the day:

Quadrivalent flu vaccine, 0.5 mL prefilled syringes
NDC: 80794-5109-06
Lot: UT7730KA, exp. 06/2027
Clinic NPI: 1856787340

Everyone 6 months and older can get a shot; no insurance needed. Nurses ask the screening
questions in private; volunteers only hand out forms and water.

Thanks!
Eastgate Community Health Outreach""",
        [],
    ),
    (
        """\
Subject: Shipments for the diaper drive

Hi Lorna,

Three shipments are on the way to the warehouse:

- Diapers (sizes 4 and 5), 18 cases: USPS 9400 1790 0074 0247 4278 55
- Wipes, 6 cases: UPS 1Z21EMBB5194980614
- Formula, 4 cases: FedEx 414302937047

The formula goes on the top shelf, not the floor. Receiving hours are 8 to 3.

Thanks,
Priya""",
        [],
    ),
    (
        """\
Subject: Voicemail from (618) 555-0139

New voicemail (1 min 12 s) from (618) 555-0139:

"Hi, this is Arlene Pruett calling about the utility help grant. You said you need my bank
information to send it, so the routing number is 057167064 and the account number is
seven four five nine four two two two one one zero three. It's a checking account at
Heartland Federal. My case number is [inaudible]. Call me back at this number. Thanks."

Transcription provided by Voicemail-to-Email. Accuracy may vary.""",
        [
            ("ABA_ROUTING_NUMBER", "057167064"),
            ("US_BANK_NUMBER", "seven four five nine four two two two one one zero three"),
        ],
    ),
    (
        """\
Subject: Incoming wire received - Alder Family Foundation grant

Hi Ben,

The foundation's wire arrived this morning. Details from the bank's advice:

Amount: $25,000.00
Originator: Alder Family Foundation
Credited to: operating account ****9135
Fed IMAD: 20261204MMQFMP2A000118
OMAD: 20261204B1Q8021C002917
Bank reference: 8131 1402 0558 7406

I've logged it in the grants tracker. Please send the thank-you letter today.

Carmen
Finance, Riverbend Arts Alliance""",
        [],
    ),
    (
        """\
Subject: ID voucher used - Mr. Whitlock

Hi Pam,

Mr. Whitlock used our ID voucher at the BMV yesterday. For the voucher log:

Voucher no.: 2026-0388
Ohio state ID card number: DV122482
Fee covered: $8.50

His birth certificate request (order no. 62-3008417) is still pending, but the BMV accepted
his school transcript and a utility bill.

Thanks,
Luis
ID Access Program, Columbus Neighbors United""",
        [("US_STATE_ID", "DV122482")],
    ),
    (
        """\
Subject: Free state ID vouchers - December hours

Need a state ID? We can help.

Columbus Neighbors United pays the BMV fee for a state ID card for anyone who needs one for
a job, housing or benefits. Vouchers this month are numbered 2026-0401 to 2026-0460.

Bring a birth certificate (or we help you order one), a Social Security card or a W-2, and
two proofs of address. Your ID number will be printed on the card; we do not keep a copy.

Walk-in hours: Tuesdays 10 to 2, 1187 E Main St. Call (614) 555-0118.""",
        [],
    ),
    (
        """\
Subject: I-9 documents for Kiara - new hire

Hi Roxanne,

I checked Kiara Fontenot's documents in person this morning for her I-9:

List B: Texas driver license 30294970, expires 2031
List C: Social Security card, 537-81-2318 (unrestricted)

Her start date is Monday and her employee no. is 3562342. The scans are in the HR folder,
not attached here.

Thanks,
Wes
Operations, Bayou Bend Youth Center""",
        [("US_DRIVER_LICENSE", "30294970"), ("US_SSN", "537-81-2318")],
    ),
    (
        """\
Subject: First-day paperwork

Welcome to the team!

On your first day please bring original documents for Form I-9: either one item from List
A (such as a U.S. passport or a permanent resident card), or one from List B (such as a
driver's license or state ID) plus one from List C (such as a Social Security card).

Please don't email copies or numbers. HR will look at the originals and fill in Section 2.

Employee no.: assigned on day one
Direct deposit form: bring a voided check

Bayou Bend Youth Center HR | (337) 555-0107""",
        [],
    ),
    (
        """\
Subject: Payment received - lost item

Hi Mr. Nakamura,

We received your $24.00 payment for the lost copy of "The Night Gardener."

Patron card: 23917988422208
Paid with: Visa ending 6222
Receipt no.: C-26-11807

Your account is clear and you can borrow again.

Alder Grove Public Library, Circulation""",
        [("CREDIT_CARD_LAST_DIGITS", "6222")],
    ),
    (
        """\
Subject: Library cards for Room 12's visit

Hi Ms. Oyelowo,

The new student cards for Room 12 are ready. I printed the barcodes on the sign-out sheet
so the kids don't need the physical cards on Thursday:

Table 1: 23917757923416, 23917442732604, 23917935533913
Table 2: 23917720099146, 23917154122843, 23917026735051
Table 3: 23917244439837

They are juvenile cards (limit 10 items, no fines). See you at 10:15!

Mr. Devlin
Children's Librarian""",
        [],
    ),
    (
        """\
Subject: Remboursement - cancelled volunteer trip

Dear Mr. Ashworth,

Since the spring volunteer build was cancelled, I would like my $1,200 deposit refunded to
my French account:

Titulaire: Camille Aubert
IBAN: FR76 7574 5785 3494 2133 9259 476
BIC: on the attached RIB

My registration number was 2026-BLD-0117.

Merci beaucoup,
Camille Aubert""",
        [("IBAN_CODE", "FR76 7574 5785 3494 2133 9259 476")],
    ),
    (
        """\
Subject: Honorarium payment - Dr. Whitcombe

Dear Dr. Whitcombe,

Thank you again for your keynote at our Rural Libraries Forum. We have scheduled your
honorarium of USD 1,500 by international wire on December 14 to the account you gave us:

Beneficiary: Harriet Whitcombe
IBAN: GB07 TZGG 6054 3928 8064 16
SWIFT/BIC: TZGGGB2L

Please let us know by Friday if anything above has changed. The wire confirmation will
follow.

Kind regards,
Ottilie Varga
Programs Director, Heartland Library Network""",
        [("IBAN_CODE", "GB07 TZGG 6054 3928 8064 16")],
    ),
    (
        """\
Subject: Fleet insurance renewal - vehicle schedule

Hi Marguerite,

For the renewal, here is our vehicle schedule. Please check the VINs against your records
before we sign.

Unit 1 - 2021 Toyota Sienna - VIN 5TDJZ6H28M9180020
Unit 2 - 2024 Ford Transit - VIN 1FB9VD6WXR9817286
Unit 3 - 2025 Nissan NV200 - VIN 3N6CKKU9XSL191604

Policy no.: CAP-7730-2291-04
Named insured: Harvest Rescue Network, FEIN 47-3088317

All three are garaged at 400 Industrial Pkwy and used for food rescue pickups.

Thanks,
Ned
Facilities, Harvest Rescue Network""",
        [],
    ),
    (
        """\
Subject: SAM.gov registration renewal - due January 9

Hi Dana,

Our SAM.gov registration expires January 9, so I'm starting the renewal. For reference:

Legal business name: Northwoods Watershed Alliance
UEI: TV36Y5K6N2T0
CAGE code: 2Q2B5
EIN: 87-2443541
NAICS: 813312, 541620

The old DUNS number is no longer used anywhere. As the E-Business POC you'll need to
approve the renewal once it's submitted.

Thanks,
Harlan""",
        [],
    ),
    (
        """\
Subject: Chargeback notice - case 26-114903

Dear Merchant,

A cardholder has disputed a transaction processed by Hillside Humane Society.

Merchant ID: 844920814143542
Dispute case: 26-114903
Transaction date: 11/09/2026
Amount: $75.00
Card: Visa ending 2307
Reason code: 13.1 (merchandise or services not received)

Respond by 12/18/2026 with proof of delivery or a copy of the donation receipt.

Granite Payments Dispute Team""",
        [("CREDIT_CARD_LAST_DIGITS", "2307")],
    ),
    (
        """\
Subject: November merchant statement - Hillside Humane Society

Hi Corinne,

Your November statement is ready.

Merchant ID: 802103608321322
Terminal IDs: 75014923, 75014931
Card volume: $18,406.20 (214 transactions)
Interchange and fees: $512.77
Net deposit: $17,893.43 to the account on file

Visa, Mastercard and Discover rates are unchanged; Amex went up 0.1%.

Granite Payments Merchant Services""",
        [],
    ),
    (
        """\
Subject: Capital campaign pledge - first installment

Hi Elspeth,

Please run the first installment of our pledge ($1,000) today on the Discover card:
6011 2386 2663 2376, exp 03/29, security code 263.

For your records our pledge ID is 8991 9348 8153 8036, and we'd like the remaining
installments on the same card in March and June.

Warmly,
Anton and Rhea Lisowski""",
        [("CREDIT_CARD", "6011 2386 2663 2376"), ("CVV", "263")],
    ),
    (
        """\
Subject: Phone gift - Beatrice Haverford

Phone gift taken at the front desk, 12/04, 2:40 pm

Donor: Beatrice Haverford (constituent ID 057630834)
Gift: $200, one-time, Winter Coat Drive
Card: Mastercard 5412-4438-4397-3937, exp 05/28, CVC 896
Acknowledgment: by mail, no email on file

Please process it and shred the sticky note. - Jamal""",
        [("CREDIT_CARD", "5412-4438-4397-3937"), ("CVV", "896")],
    ),
    (
        """\
Subject: HOPWA rental assistance approved - next steps

Hi Terrence,

Good news: your HOPWA short-term rent assistance was approved for December and January.

HMIS client ID: 2855202
Case no.: HP-26-0931
Landlord payment: $1,150 per month, sent directly to Parkside Apartments

Please keep your recertification appointment on January 12 and bring your lease.

Best,
Yvette Morales, Housing Case Manager
Positive Paths Housing Program""",
        [("health", "")],
    ),
    (
        """\
Subject: Social Security appointment for Mr. Hargrove

Hi Dolores,

I set up the retirement claim phone appointment for Mr. Hargrove on December 16 at 10:30
(SSA will call him). They asked me to have these ready:

SSN: 397-15-4699
Direct deposit: routing 065778144, account 526935327 (Four Corners Credit Union)
Appointment confirmation: BNC 26F4417K0032

Please make sure his phone is charged that morning.

Sandy
Benefits Navigator, Mesa Senior Services""",
        [
            ("US_SSN", "397-15-4699"),
            ("ABA_ROUTING_NUMBER", "065778144"),
            ("US_BANK_NUMBER", "526935327"),
        ],
    ),
    (
        """\
Subject: QBO code

Hi Lenore - QuickBooks just texted me a verification code to sign in to the Friends of Mill
Creek Park account: 161959. Can you type it in before it times out? Invoices 1043 and 1044
are ready to send after that.
- Pat""",
        [("ACCESS_CODE", "161959")],
    ),
    (
        """\
Subject: covering the thrift shop Saturday

Hi Maya,

Thanks for covering Saturday! The register is an iPad with Square. If it logs out:

Square login: marigoldthrift@example.org
Password: Marigold-Till-88

Customer Wi-Fi (if the iPad drops off): MarigoldGuest / thriftyfinds

The back room key is on the hook by the mop sink.

Joyce""",
        [("PASSWORD", "Marigold-Till-88")],
    ),
    (
        """\
Subject: receipts not sending - config

Hi Ilya,

Donation receipts stopped going out after the server move. The new .env has:

MAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=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
RECEIPT_TEMPLATE_ID=d-82d6e6e700d2cd9a5389787054d9dc4b
FROM_ADDRESS=receipts@lakeviewmusic.example.org

Could the template ID be wrong? The receipts worked until Tuesday.

Sam""",
        [
            (
                "API_KEY",
                "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",
            )
        ],
    ),
    (
        """\
Subject: Your credit-builder loan - six-month check-in

Hi Precious,

Congratulations on six on-time payments! When your credit-builder loan opened in June your
score was 541; the report we pulled this week shows 603.

Loan balance: $412.60
Next payment: $50 on December 20
Savings released at payoff: $600

Keep going, and call me if a payment will be late.

Haruto Beck, Financial Coach
Lakeshore Community Development Credit Union""",
        [("CREDIT_SCORE", "541"), ("CREDIT_SCORE", "603")],
    ),
    (
        """\
Subject: Screening results - unit 3B applicant

Hi Olu,

Screening came back for the 3B applicant:

Applicant: Renee Castaneda
Screening score: 612
- Charge-off: Lakeside Bank credit card, $2,310, 2024
- Collection: Metro Power & Light, $418, 2025
Evictions: none found
Criminal: none found

Since it's one of our affordable units, we mostly look at rental history, and the utility
collection doesn't disqualify her. I'd approve if the income checks out.

Tess""",
        [
            ("CREDIT_SCORE", "612"),
            ("CREDIT_REPORT", "Charge-off: Lakeside Bank credit card, $2,310, 2024"),
            ("CREDIT_REPORT", "Collection: Metro Power & Light, $418, 2025"),
        ],
    ),
    (
        """\
Subject: Foster care reimbursement - direct deposit confirmed

Dear Mr. and Mrs. Delgado,

Your monthly foster care reimbursement will now be deposited directly. Please check the
details we entered:

Provider no.: 062728906
Bank routing no.: 121700386
Account no.: 6162613905 (checking)
First deposit: January 2, 2027

If anything is wrong, call me before December 20.

Sincerely,
Agnes Whitford
Resource Family Support, Bright Horizons Family Services""",
        [("ABA_ROUTING_NUMBER", "121700386"), ("US_BANK_NUMBER", "6162613905")],
    ),
    (
        """\
Subject: Volunteer trip - documents received

Hi Ingrid,

Everything's in for the February clinic trip except one item. We have:

Passport: B34997891, exp. 2033
Travel clinic record: typhoid and hepatitis A vaccines given 11/20 (Eastgate Travel
Health, NPI 1043081573)

Still needed: the signed code of conduct. Please send it by December 15.

Thanks,
Beatriz Solano
Volunteer Programs, Hands Across Volunteers""",
        [("US_PASSPORT", "B34997891"), ("health", "")],
    ),
    (
        """\
Subject: Expungement clinic - intake summary for Mr. Greer

Hi Attorney Vance,

Intake summary from Saturday's clinic, for your review:

Client: Darnell Greer
Case: 2017-CF-001482, Franklin County
Offense: possession of a controlled substance (felony 5), plea in 2018
Sentence: 2 years community control, completed 2020
Other records: none

He's applying for a warehouse lead position and wants to know whether the record can be
sealed before the background check. He's available weekdays after 4.

Priscilla
Second Chance Legal Clinic""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: Re: DMV record pull

Hi Marisa, here's my California license number for the record pull: E8120499. My plate is
8KDM441 if you need it for the parking pass.
Jordan""",
        [("US_DRIVER_LICENSE", "E8120499")],
    ),
    (
        """\
Subject: Background check - Harper Lindahl

Hi Sergio,

Please start the background check for our new mentor, Harper Lindahl. She gave us:

SSN: 332-30-6509
Date of birth: on the consent form
Order no. for the screening vendor: 627957225

Fingerprints were done at the sheriff's office last week. She's matched with a 7th grader
starting in January, so please rush it if you can.

Thanks,
Nadia
Big Sky Mentors""",
        [("US_SSN", "332-30-6509")],
    ),
    (
        """\
Subject: Re: your registration - card declined

Hi Mei,

So sorry! I forgot the security code in my last email. It's 876. The card is the same one
I sent you yesterday for the conference registration. My room at the hotel is 318 if you
need to reach me.

Thanks,
Rosalind""",
        [("CVV", "876")],
    ),
    (
        """\
Subject: Facture / Invoice 4417 - bilingual signage

Hello Ms. Dunbar,

Attached is invoice 4417 for the bilingual signage at your Montreal office.

Subtotal: CAD 2,860.00
GST (5%): 143.00 - GST/HST no. 770114270 RT0001
QST (9.975%): 285.29 - QST no. 1229845773 TQ0001
Total: CAD 3,288.29

Payment by cheque or Interac e-Transfer to billing@enseignesboreal.example.ca.

Merci,
Enseignes Boreal inc.""",
        [],
    ),
    (
        """\
Subject: Delivery manifest - Thursday

Agency: Hope Street Community Pantry
Agency no.: 125203928
Route: 7 (stop 3 of 9)
Delivery window: 10:30 to 11:15

Pallet 1: shelf-stable (P-26-44810), 1,140 lb
Pallet 2: produce (P-26-44811), 860 lb
Pallet 3: dairy, keep cold (P-26-44812), 540 lb

Sign the driver's tablet at drop-off. Shortages must be reported within 24 hours.

Tri-County Food Bank Logistics | (309) 555-0153""",
        [],
    ),
    (
        """\
Subject: Raffle prizes logged

Hi Beverly,

I logged the donated gift cards for the spring raffle so we can track balances:

- Brightwater Books gift card, $50: 6197 1227 8736 2411
- Copper Kettle Cafe gift card, $25: 4258 7686 1466 0362
- Lakeside Cinemas e-gift card, $40: 2789 6263 0602 1870

The cafe card starts with a 4, but it's the cafe's own card (their name is printed on it),
not a Visa. All three are activated; I checked the balances on the stores' websites.

Thanks,
Jo""",
        [],
    ),
    (
        """\
Subject: Grant notification from Meridian Charitable Giving

Dear Friends at Sparrow Lane Community Garden,

We are pleased to notify you of a grant of $2,000.00 recommended by the Hollis Family
Giving Fund.

Grant ID: 297642093
Payment method: ACH to your organization's account on file
Payment reference: 8679 1075 6939 3389 (will appear on your bank statement)
Expected deposit date: December 9, 2026

This grant is for general operating support. Please send acknowledgments to the donors at
the address on file, not to Meridian.

Meridian Charitable Giving, Grants Administration""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_77, "hard77", Path(__file__).with_name("hard-77.jsonl")))
