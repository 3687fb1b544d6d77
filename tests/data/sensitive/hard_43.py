"""Hard set 43 (2026-12-07): red team: disguised, split and partial values.

Written by an independent helper session, started by the project and working blind. It read
exactly four things: the privacy policy (/work/shared/policy/privacy-policy.txt, all of it),
the checker and record format (tests/data/sensitive/independent_sets.py), the category names
(scanner/categories.py) and the output of grep -n "line-length" pyproject.toml, besides its
brief (/tmp/prompt43.txt, /tmp/mg/brief43.txt) and /tmp/mg/conventions.txt. Nothing else in
the worktree, /work/main or /work was read or listed; the detector was not run and no search
tool was used. Git: only `git add` of this module and its JSONL, and one `git commit`.
Slips: none.

Identifiers: every number, code and secret comes from throwaway generator scripts in
/tmp/hard43_gen/ using random.Random with fixed seeds, one script per kind: SSNs (seed 4301,
SSA rules) and ITINs (4302, valid group ranges); cards (4303, Luhn-valid Visa, Mastercard,
Amex, Discover), CVVs and last fours; ABA routing numbers (4304, 3-7-1 checksum and valid
prefixes), account numbers and IBANs (mod-97 check digits computed); passports, driving
licences, state and tribal ID numbers (4305); PINs, one-time codes, API secrets and passwords
(4306); tracking, order, invoice, serial, door and lockbox numbers (4307). Trivial sequences
were rejected, and no published test numbers were used. A few decoy strings (an asset tag, a
charter confirmation, a bib range, a plate, a VIN, a survey uid, a public key id) and the two
security answers were typed by hand; none is a valid identifier of any kind.
The disguises (dots, slashes, underscores, bullets, emoji, full-width digits, a zero-width or
no-break space, O and l for 0 and 1, digits as words, line breaks) were applied by hand to the
generated values. Phone numbers are 555-01xx; people and organisations are invented.

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
- A value the writer disguises (dots, slashes, underscores, odd spaces, bullets or emoji
  between groups, full-width digits, a zero-width or no-break space inside it) is labelled on
  the whole value exactly as written, from its first to its last character, disguise kept.
  An SSN or an API secret broken over two lines is one value holding the line break, like a
  card.
- Digits the writer types as words, or with "dash" between groups ("798 dash 86 dash 8723",
  "seven six two eight", "six sixty-four"), are labelled on the words exactly as written,
  like a voicemail transcription. Letters typed for digits (O for 0, l for 1) inside an
  account or passport number are part of the value as written.
- Euphemised or abbreviated labels ("soc", "my social", "the nine digits", "the long number
  on the front", "the three on the back", "the 4 on the front", "sec code", "routing/acct
  below") identify the kind as a plain label would; a value far below its label ("see
  below" ... "here it is:") is labelled where it stands.
- A value in a URL query string or a form-encoded line is labelled on the value only (after
  "=", before "&"), never on the parameter name; the account SID or public key beside an
  auth token or secret is not labelled, as in machine shapes.
- "My social ends in 5207" and "XXX-XX-2350" are US_SSN on the four digits. "The last 4 of
  my license" is US_DRIVER_LICENSE on the four digits (Section 9(a)'s "any portion thereof").
  A card "ends in" is CREDIT_CARD_LAST_DIGITS; a checking account "ending in" stays
  unlabelled, and a fully masked value ("Visa ••••", "XXX-XX-XXXX", "PIN ____") shows nothing.
- A password written with spaces between its characters is labelled with the spaces; a
  password written beside a hint is labelled on the password only; a hint alone ("first dog
  + the year we opened") gives no password and is not labelled.
- Shorthand and euphemism about an identifiable person count as the plain words would: T1D
  (type 1 diabetes), poz and HIV+, "the big C" with chemo, "in the family way" (pregnancy),
  "in the program" with a chip and sponsor (recovery), ADHD on a 504 plan, BRCA1+ (genetic,
  plus health with the surgery) are health or genetic; a DUI, "on paper" with a PO, "doing a
  nickel at Green Bay Correctional" and "picked up on the trespass charge" are
  criminal_history; "observant" with Sabbath shifts and fasting for Ramadan are religious
  practice: religious_belief; "a registered D" and "a lifelong D" giving to the Dem club's
  GOTV fund are political_opinion; "signed his card with Local 7" with dues checkoff is
  trade_union_membership; "is Diné" and "an enrolled Oglala Lakota citizen" are
  racial_ethnic_origin; "FM score 0.61" against an enrollment photo is biometric.
- The same shorthand in a program or class description, an event name ("Big C Run", "Family
  Way classes"), a public figure's party tag (R-12, D-4), a "Hi friend" party appeal, a
  board report's percentages, a fictional role-play card, or a plain-English sense
  ("observant volunteer", "soc hour", "Soc 210") is not labelled.
- Spelled-out phone numbers and addresses, tracking, order, invoice, charter and asset
  numbers with odd separators, a licence plate and VIN, a promo code or survey uid in a URL,
  a door keypad, gate code, lockbox and guest Wi-Fi password are not labelled however they
  are written.

Emphasis: a red-team set on disguised, split and partial values. Its positives write real
identifiers the way people do when told not to email them or when typing on a phone: SSNs
with dots, a zero-width space, full-width digits, emoji between groups, "dash" between
groups, split over two lines, inside a screener URL, or only as "ends in" and "XXX-XX-"
partials; ITINs with slashes and no-break spaces; cards with dots, full-width digits, a line
break, or in a form-encoded post, with the security code under a euphemism; routing and
account numbers far below their label, dictated as words, or with O for 0; IBANs in
lowercase or spaced oddly; PINs in words or with bullets; passwords spaced out or with a
hint; one-time codes spaced or dotted; API secrets in a query string, a wrapped line or a
curl command; a licence with underscores or as a last four, a passport with l for 1, a state
ID in a URL, a tribal ID; credit scores in words. Special categories come as shorthand and
euphemism about named people. The decoys use the same tricks on things that are not
sensitive: spelled-out phone numbers and addresses, tracking and order numbers with odd
separators, promo codes and survey ids in URLs, keypad and gate codes, a Wi-Fi password,
masked values, blank forms and templates, public figures' party tags, topical shorthand in
program descriptions, aggregate figures, a fictional training card, and plain-English senses
of the same words.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_43: list[Case] = [
    (
        """Subject: for Saturday's tax appt

Hi Ms. Okafor, the form said not to email my soc so I'm putting it like this lol: 702.43.0678

It's for my return, not my husband's. See you at 10.
- Tamika Reyes""",
        [("US_SSN", "702.43.0678")],
    ),
    (
        """Subject: call me back re: the pantry shift

Hey Gloria - my phone died so I'm writing from my sister's laptop. Call me at four one four,
five five five, oh one oh two after 6. Not the old number!!
Thx, Bernice""",
        [],
    ),
    (
        """Subject: Re: LIHEAP application - missing info

Sorry, I didn't want to put the whole thing in an email. My social ends in 5207, and the
application is under Dorothy Hale at 1812 Vine St. Let me know if the office needs anything else.

Dorothy""",
        [("US_SSN", "5207")],
    ),
    (
        """Subject: your order shipped!

Hi Corinne, the tote bags for the gala shipped this morning.
USPS tracking: 9400.7611.5844.7679.6838.49
(or paste it at usps.com without the dots)

Order no. 5921*0999. Let me know if they haven't arrived by Friday!
Pressfolk Printing""",
        [],
    ),
    (
        """Subject: gala table - paying by card

Hi Priya,
Our office manager says the online form keeps timing out, so here's the card for the 2 seats
at table 9 ($300):
the long number on the front is 4402.4324.2771.7963
exp 08/28, the three on the back: 639
Name on card: Harold Benning
Thanks!""",
        [("CREDIT_CARD", "4402.4324.2771.7963"), ("CVV", "639")],
    ),
    (
        """Subject: Mateo - camp form question

Hi Coach Ray, quick one: Mateo is T1D (dx'd last spring), so he'll have his Dexcom and pump at
camp. Does the nurse hold his glucagon or does he keep it in his bag?
- Lucia Ferrer (Mateo's mom)""",
        [("health", "")],
    ),
    (
        """Subject: New this fall: T1D Teen Hangouts

Our T1D Teen Hangouts are back! Teens living with type 1 diabetes (siblings welcome too) meet
every 2nd Thursday, 6-7:30 pm, at the Eastside Y. Snacks come with carb counts on the label.

What to expect:
* games and a short chat led by two college mentors who grew up with T1D
* a parents' corner down the hall with coffee
* no cost, no forms, no need to bring anything

RSVP at (612) 555-0170 or just show up.
Northwoods Diabetes Family Network""",
        [],
    ),
    (
        """Subject: Re: W-9 for the mural honorarium

Hi Jonah - here you go. Name: Celeste Amari, SSN 862-4\u200b8-3072 (sorry, typing on my phone),
address 40 Orchard Ln Apt 2. Can you confirm the $750 goes out this month?""",
        [("US_SSN", "862-4\u200b8-3072")],
    ),
    (
        """Subject: ITIN de Jorge

Buenas tardes, el Sr. Delgado me pidió que le mandara el número para su declaración:
989/83/0539 (es ITIN, no seguro social).
Gracias, Marisol""",
        [("US_ITIN", "989/83/0539")],
    ),
    (
        """Subject: 20% off your next order of event supplies

Thanks for ordering with us! Use this link for 20% off your next order:
https://shop.partyworks-supply.com/cart?promo=GALA20&utm_source=email&ref=31397057
Code expires Dec 31. One use per customer.""",
        [],
    ),
    (
        """Subject: housing app - question 7

Hi Denise, question 7 asks about a "qualifying condition." I'm poz, undetectable since 2019,
and my paperwork is at Dr. Amsel's office. Do I need a letter from them or is the lab sheet
enough?
Thanks, Rafael Ortiz""",
        [("health", "")],
    ),
    (
        """Subject: Re: testing event Saturday

Totally anonymous, nobody gives a name. If anyone's result comes back reactive we walk them
over to the linkage team that same day. Rapid tests are free and take 20 minutes. Bring friends!
- Outreach team""",
        [],
    ),
    (
        """Subject: direct deposit for stipend

Hi Nadia,

You asked for the routing/acct for my stipend deposit - see below. Also I'll be about ten
minutes late Thursday because the 14 bus is on the detour route again.

Thanks again for everything this semester. The mentoring program has been great, and my mom
says thank you too for the holiday basket, the kids finished the clementines in one day.

I also wanted to ask if the spring cohort still needs a peer lead. I could do Tuesdays and
Thursdays after my lab, and I already know most of the sophomores from the study table.

ok here it is:
306807428
76292861531
(checking, Lakeshore Credit Union)

Devon""",
        [("ABA_ROUTING_NUMBER", "306807428"), ("US_BANK_NUMBER", "76292861531")],
    ),
    (
        """Subject: Saturday set-up

Hi all, the side door keypad is 4.5.1.5 then # - the church office changed it Monday. Tables
are in the closet behind the stage. The coffee urn is ours, the cups are not.
Marta""",
        [],
    ),
    (
        """Subject: Dana - volunteer of the month?

I want to nominate Dana W. She's been in the program 14 months now, got her chip at the Sunday
meeting with her sponsor there, and she has not missed a single Tuesday breakfast shift. She
said it's fine to mention it.""",
        [("health", "")],
    ),
    (
        """Subject: driver application

Hi, before you run the check I should tell you I got a DUI in 2021 (first offense, did the
class, probation ended last year). My license is valid again. Am I still OK to drive for Meals
on Wheels?
Gary Pruitt""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Safe Rides this New Year's Eve

Our volunteers will give free rides home from 9 pm to 3 am on Dec 31. DUI arrests spike every
New Year's Eve, and one call to (719) 555-0147 can keep a friend off the road. Share this with
your group chat!""",
        [],
    ),
    (
        """Subject: hours letter for Marcus

Hey Trish, Marcus is on paper till March and his PO wants a letter with his volunteer hours
(42 so far). Can you sign one on letterhead? He's coming Thursday to pick it up.
- Luis""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Re: your gift

Dear Mrs. Albright, thank you! Your $25 monthly gift will keep drafting from your checking
account ending in 0537 on the 15th. To change it, reply to this email or call (608) 555-0112.""",
        [],
    ),
    (
        """Subject: Keisha's shifts

Gloria, heads up: Keisha's in the family way (due in June!) and her doctor said no more lifting
the 40 lb boxes. Can we move her to the intake desk for the next few months? She's fine with
me telling you.""",
        [("health", "")],
    ),
    (
        """Subject: schedule for Avi

Hi Ruth, the new hire Avi Feldman is observant, so please don't put him on Friday evening or
Saturday shifts; he's happy to take Sundays instead. Thanks!""",
        [("religious_belief", "")],
    ),
    (
        """Subject: RE: volunteer form

We never ask volunteers about religion or whether they keep a Sabbath. The availability grid is
the only thing we need: pick whichever days work and we'll build the schedule around that.""",
        [],
    ),
    (
        """Subject: poll greeters

Hi Bea, for Saturday's greeters put my wife Rosa down too - she's a registered D and wants to
hand out the slate cards at the library site. 10 to 2 works for her.
Tom""",
        [("political_opinion", "")],
    ),
    (
        """Subject: legislative update

Rep. Harlan (R-12) and Sen. Vasquez (D-4) co-sponsored the food bank tax credit this week.
Thank them if you see them at the Dec 14 legislative breakfast! Bill text is on our website.""",
        [],
    ),
    (
        """Subject: Fwd: failed submission

Jen, this is what the donation form posted before it crashed. Did the donor get charged twice?
Can you check with the processor?

amount=100&name=Wendell+Osei&card_number=5511845208932110&exp=1127&cvc=365&zip=53703""",
        [("CREDIT_CARD", "5511845208932110"), ("CVV", "365")],
    ),
    (
        """Subject: is this link right?

Hi Carla, the benefits screener link the county sent me has my info in it, is that normal??
https://screener.countyhelp.org/start?fname=Joy&lname=Baptiste&ssn=594177981&hh=3
Joy""",
        [("US_SSN", "594177981")],
    ),
    (
        """Subject: Re: enrollment packet

Mr. Lin, sorry, my phone keyboard was in Chinese mode. My daughter Mei's SSN for the
after-school program is １６１－０４－０１８３. Her birthday is 3/14/2016.
Wang Fang""",
        [("US_SSN", "１６１－０４－０１８３")],
    ),
    (
        """Subject: monthly

Put me down for $50/mo to the Dem club's GOTV fund, same Visa as last year, ends in 2209. I'm
a lifelong D and happy to knock doors in Ward 3 again.
- Phyllis Agbaje""",
        [("CREDIT_CARD_LAST_DIGITS", "2209"), ("political_opinion", "")],
    ),
    (
        """Subject: Intake form (blank) for Thursday clinic

Pasted below. Please don't fill it in by email; bring it on paper.

Name: ____________  DOB: __/__/____
SSN: XXX-XX-XXXX (last 4 only: ____)
Household size: ___   Monthly income: $______""",
        [],
    ),
    (
        """Subject: bank login for the pantry account

Gloria, for while I'm away: the online banking login for the pantry's account at First Prairie
is user pantry_treas, password (no spaces when you type it) M a p l e 2 4 &
The token app is on the office iPad.
Hal""",
        [("PASSWORD", "M a p l e 2 4 &")],
    ),
    (
        """Subject: locked out of the donor database

Hi IT desk, I'm locked out of the donor database again. My password hint is "first dog + the
year we opened," so I know roughly what it is; I think Caps Lock was on. Can you send a reset
link to this address?
- Francine""",
        [],
    ),
    (
        """Subject: Venmo for the bake sale

Sorry for the delay! The PTO Venmo login is the ptosunnyside email, password is Birch11* (the
tree by the front office + Jace's jersey number + a star). Please change it after Saturday.""",
        [("PASSWORD", "Birch11*")],
    ),
    (
        """Subject: credit union

Hon, if they call to verify on the credit union account, the "street you grew up on" answer
is Larkspur and the "favorite teacher" one is Mrs. Obi. Don't give anyone the card number over
the phone though.
Mom""",
        [("PASSWORD", "Larkspur"), ("PASSWORD", "Mrs. Obi")],
    ),
    (
        """Subject: Ernesto - can't make Saturday

Hi Mrs. Caldwell, Ernesto won't be at tutoring Saturday. His brother was moved to the ICE
processing center in Tacoma and the family is driving up for the bond hearing. He'll make up
the session next week.""",
        [],
    ),
    (
        """Subject: code

Dad the bank texted a code to my phone for your login, it's 45 47 47, it expires in 10 min""",
        [("ACCESS_CODE", "45 47 47")],
    ),
    (
        """Subject: Grandma's credit union login

Aunt Bev - I'm on the phone with Grandma, the verification code for her credit union login
came to my number: 6.0.3.3.1.8. Type it fast, it times out.""",
        [("ACCESS_CODE", "6.0.3.3.1.8")],
    ),
    (
        """Subject: webhook failing

Hey Sam, the donation sync is erroring. Here's the request from the log:
GET https://api.mailinghouse.io/v2/lists?account=ACbe2f8ec9481a3d28690ac18c61a13cf2&auth_token=6a9bdf1aace6ae340c862e09bf5a44c0&page=2
It has returned 401 since last night.""",
        [("API_KEY", "6a9bdf1aace6ae340c862e09bf5a44c0")],
    ),
    (
        """Subject: stripe keys for the new site

publishable: pk_live_YF2tOkFCVyLt5ZGHbKjs5aha
secret (sorry, it wrapped): sk_live_g30xhwzhJrDd
v4kXA4FWZHE5
Please move them into the env file and delete this email.""",
        [("API_KEY", "sk_live_g30xhwzhJrDd\nv4kXA4FWZHE5")],
    ),
    (
        """Subject: van driver list

Add me for the Dec 20 trip: Noreen Castellanos, CA DL F85_05_192, exp 2029. I did the van
training in October.""",
        [("US_DRIVER_LICENSE", "F85_05_192")],
    ),
    (
        """Subject: Re: rental van

They said to just give the last 4 of my license for the reservation: 5455. Pickup is Friday at
7 am.
- Ollie""",
        [("US_DRIVER_LICENSE", "5455")],
    ),
    (
        """Subject: passport for the build trip

Hi Kendra, for the Guatemala build roster: my passport no. is 748ll7269 (the l's are ones, my
1 key sticks), expires 2031. Name exactly as on it: Simone Achterberg.""",
        [("US_PASSPORT", "748ll7269")],
    ),
    (
        """Subject: Fwd: my RSVP confirmation

Did my RSVP go through? The page address after I hit submit was
https://events.harborlights.org/confirm?name=Elsie+Marr&nyid=500017981&guests=1
My son says I shouldn't have put my ID card number in, but the form asked for it.""",
        [("US_STATE_ID", "500017981")],
    ),
    (
        """Subject: scholarship app

Hi Ms. Two Bulls, I'm an enrolled Oglala Lakota citizen; tribal ID # 827 - 790819. My
transcript is attached.
Wiley Brings Plenty""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "827 - 790819")],
    ),
    (
        """Subject: Re: homebuyer class follow-up

Hi Mr. Akande, the lender pulled it - my middle score is six sixty-four.
They said the big things holding it down are a collection from Tri-County Waste for $412, and
a 60-day late on my car loan from 2023. Should I pay the collection off first?
- Thanh Vo""",
        [
            ("CREDIT_SCORE", "six sixty-four"),
            ("CREDIT_REPORT", "collection from Tri-County Waste for $412"),
            ("CREDIT_REPORT", "60-day late on my car loan from 2023"),
        ],
    ),
    (
        """Subject: Second Chance Job Fair - Jan 9

Employers at this fair hire people with records, including folks who are still on paper. Bring
a resume if you have one; we'll help if you don't. Free lunch and bus passes.
Questions: (414) 555-0155.""",
        [],
    ),
    (
        """Subject: reference for Darnell

To whom it may concern,

I've known Darnell Hughes since he came home in 2022 after doing a nickel at Green Bay
Correctional. He joined our deconstruction crew that spring and has been with us two years:
never late, first to volunteer for the cold jobs, and patient with new people. Last winter he
trained four crew members on the panel saw and now runs the tool crib on his own.

I'd hire him again without a second thought. Please call me with any questions.

Anita Lowe
Crew Supervisor, Rebuild Milwaukee
(414) 555-0137""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Year-end story for the newsletter

Draft attached. Note for the editor: this story is a composite of several participants, and
every name and detail is changed. "When 'J.' first came to us she was on probation and
sleeping in her car. Today she manages a team of six."
Please keep the composite note under the photo.""",
        [],
    ),
    (
        """Subject: prayer chain

Please add Ruth Kessler to the prayer chain - the big C is back and she starts chemo again
Tuesday. Her daughter says cards are welcome but no visitors yet.""",
        [("health", "")],
    ),
    (
        """Subject: couples weekend?

Hi Pedro, my husband Luis and I saw the flyer for the couples weekend at the lake. We're both
poz and would love to come. Is there still room?
-- Tomás""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Thriving Circle

Our Thriving Circle is a peer group for women living with HIV. It meets the 1st and 3rd
Wednesdays at 6 pm, with childcare on site. Call or text (505) 555-0111 to join; no names are
taken at the door.""",
        [],
    ),
    (
        """Subject: Re: CTC question

Here's my ITIN for the child tax credit: 932\u00a095\u00a03422. My kids have their own numbers,
I just don't have one yet.""",
        [("US_ITIN", "932\u00a095\u00a03422")],
    ),
    (
        """Subject: refund of the exchange deposit

Hello, this is Mrs. Brandt, host mother for Lukas. For the refund of the deposit please use my
account, iban de7950 929578 32695 32384 (Sparkasse). Thank you and greetings from Ulm!""",
        [("IBAN_CODE", "de7950 929578 32695 32384")],
    ),
    (
        """Subject: Confirmación de pago

Hola Inés, te confirmamos que el pago de tus honorarios por la charla de noviembre se envió
hoy a la cuenta ES25 550 52858 4985 21855 651. Puede tardar hasta tres días hábiles.
Un abrazo, Asociación Puentes""",
        [("IBAN_CODE", "ES25 550 52858 4985 21855 651")],
    ),
    (
        """Subject: Mr. Ames - grocery run

Hi Keiko, for Mr. Ames's shopping Thursday: his debit card is in the blue wallet in the
kitchen drawer, PIN is seven six two eight, and the lockbox on the porch is 1770. Receipt in
the envelope please.
- Harriet (care coordinator)""",
        [("PIN", "seven six two eight")],
    ),
    (
        """Subject: EBT

Mija, I changed the EBT pin to 6•8•0•2 because someone watched me type the old one at the
store. Don't tell your brother.""",
        [("PIN", "6•8•0•2")],
    ),
    (
        """Subject: Welcome to the Community Room

Guest wifi: HarborRoom_Guest, password w e l c o m e 2 0 2 6 (all lowercase, no spaces).
The printer is on the left; please log out of the laptop when you leave.""",
        [],
    ),
    (
        """Subject: Voicemail from (573) 555-0137

Transcription: "Hi, this is Angela Brooks calling about the rent assistance check, you can
deposit it direct, my account number is four five nine five two seven zero two and the routing
is 230337543 at Mid-Missouri Bank, thanks, bye."
""",
        [
            ("US_BANK_NUMBER", "four five nine five two seven zero two"),
            ("ABA_ROUTING_NUMBER", "230337543"),
        ],
    ),
    (
        """Subject: Voicemail from (802) 555-0103

Transcription: "Hey it's Gus from Green Mountain Roofing about the estimate for the shelter
roof. Call me back at eight oh two, five five five, oh one six four. Thanks."
""",
        [],
    ),
    (
        """Subject: for the background check

Hi Jess, the volunteer portal won't take my social (says invalid??) so here it is, split up
so the email doesn't eat it:
263-69-
7950
Thanks, Priscilla Odum""",
        [("US_SSN", "263-69-\n7950")],
    ),
    (
        """Subject: 🙈

ok ok here's the nine digits for the scholarship form 005 🔸 79 🔸 7120 delete after!! love u
Auntie
- Kaylee""",
        [("US_SSN", "005 🔸 79 🔸 7120")],
    ),
    (
        """Subject: 🎄 your wreath order

Thanks for supporting Troop 412! Order #1989•3252: 2 balsam wreaths, pickup Dec 13 at the
Lions shelter. Questions? Text (608) 555-0195.""",
        [],
    ),
    (
        """Subject: Re: sponsorship invoice

Card for the Gold sponsorship:
3492 943522
19090
the 4 on the front: 4356, exp 05/27, billing zip 97211
Meredith Sayers, Sayers & Co.""",
        [("CREDIT_CARD", "3492 943522\n19090"), ("CVV", "4356")],
    ),
    (
        """Subject: laptop donation receipt

Received: 1 Dell Latitude, serial OFWO5JR3RZ, asset tag l7-0442 (lowercase L, not a one). Wiped
and logged. Thank you for the donation, Westfield Dental!""",
        [],
    ),
    (
        """Subject: reimbursement - mileage

Hi Akosua, for the foster mileage reimbursement please send to my new account: routing
234863712, acct 5OO356531 (those should be zeros, autocorrect keeps changing them).
Thanks, Brenda Tuck""",
        [("ABA_ROUTING_NUMBER", "234863712"), ("US_BANK_NUMBER", "5OO356531")],
    ),
    (
        """Subject: Lena

Hi Coach, my sister Lena found out she's BRCA1+ and she's having a preventive double
mastectomy on Jan 8. Could the team sign a card? She'd love that.
- Ingrid""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: heritage night

Mr. Ellis, for heritage night Dee wants to talk about her 23andMe results: 38% Nigerian, 21%
Ghanaian, the rest mostly Irish. Is a poster OK or does it need to be slides?
- Dee's dad""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: pickup log flag

FYI the pickup kiosk flagged Jorge Alvarado today: FM score 0.61 vs his enrollment photo
(threshold 0.80). Ms. Pham verified him by hand. He might need to re-enroll.""",
        [("biometric", "")],
    ),
    (
        """Subject: kiosk update

The pickup kiosk vendor pushed v4.2 tonight: face match now runs on the device and the default
threshold moved to 0.80. No action needed from staff.""",
        [],
    ),
    (
        """Subject: Noah - tutoring notes

Noah's 504 came through (ADHD, inattentive type), so he gets extended time and a quiet room for
tests. Could the tutors build in 5-minute breaks too?
Thanks, Carmen Ruiz""",
        [("health", "")],
    ),
    (
        """Subject: Sam

Sam signed his card with Local 7 on Tuesday, so dues start on his next check. Can payroll set
up the checkoff?
- Rhonda, shop steward""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: open meeting Thursday

All warehouse workers are welcome at the Labor Temple on Thursday at 7 pm to hear about forming
a union. Pizza provided. Questions? (612) 555-0129.""",
        [],
    ),
    (
        """Subject: Amina - lunch shift

Hi Jo, Amina's fasting for Ramadan through the end of the month, so could she do the morning
setup instead of the lunch line? She'll be back on lunches after Eid.""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Community iftar nights

Everyone is welcome at our community iftar, Fridays during Ramadan at sunset in the fellowship
hall. Dates are on the flyer; we need volunteers for setup.""",
        [],
    ),
    (
        """Subject: Appointment reminder

Hi Olivia, this is a reminder of your appointment on Tue, Dec 15 at 10:40 am at Eastside
Community Clinic. Ref # 8263-7941. Please arrive 15 min early and bring your insurance card.
Reply C to confirm.""",
        [],
    ),
    (
        """Subject: Your order has shipped

Your pharmacy order 1570-8168 shipped today via UPS 1ZU77Y5I1594030693. A signature may be
required. Questions? (208) 555-0157.""",
        [],
    ),
    (
        """Subject: re: car loan counseling

Experian says 525 lol. Still showing a charge-off from Beacon Card Services, 2022. Can we meet
Thursday?
Jamal""",
        [
            ("CREDIT_SCORE", "525"),
            ("CREDIT_REPORT", "charge-off from Beacon Card Services, 2022"),
        ],
    ),
    (
        """Subject: ticket order

Hi, the online checkout keeps rejecting my card, so here:
４０７４ ４５４７ ８４０４ ５５９５ exp 11/27, sec code 144.
Two tickets for the Lunar New Year dinner please.
Grace Liu""",
        [("CREDIT_CARD", "４０７４ ４５４７ ８４０４ ５５９５"), ("CVV", "144")],
    ),
    (
        """Subject: payroll form

Hey Tony, new guy's social: 798 dash 86 dash 8723. He starts Monday on the morning crew.
- Luz""",
        [("US_SSN", "798 dash 86 dash 8723")],
    ),
    (
        """Subject: soc hour + Soc 210 readings

Reminder: soc hour after the board meeting, 5:30 at Fenwick's. Also, Prof. Adeyemi's Soc 210
students need the reading packets by Friday; copies are in the workroom.""",
        [],
    ),
    (
        """Subject: Re: utility shutoff help

They told me to write my ssn like this in the email: XXX-XX-2350. The account is in my name,
Marisela Cruz. The shutoff date is Dec 18.""",
        [("US_SSN", "2350")],
    ),
    (
        """Subject: receipt

Thank you for your gift of $40 to the Riverside Animal Shelter. Charged to: Visa ••••
(card details are not shown for your security). Your tax receipt is attached.""",
        [],
    ),
    (
        """Subject: dog sitting Sat

Gate code is seven-two-five-eight, the lockbox by the garage is 4520, and Pickles's leash is on
the hook. She gets her insulin at 6 (half a unit, it's in the fridge door).""",
        [],
    ),
    (
        """Subject: court support

Can anyone come to court with Deshawn on the 12th? He got picked up on the trespass charge last
month and the arraignment got moved. Room 3B, 9 am.""",
        [("criminal_history", "")],
    ),
    (
        """Subject: court support Dec 12

Tenant union members: we're packing the courtroom for the Oakwood Apartments eviction hearings
on Dec 12, 9 am, Room 2A. Wear green!""",
        [],
    ),
    (
        """Subject: refill

Hi nurse Val, it's Kwame - my PrEP refill didn't go through at Walgreens, and my 3-month labs
were all negative. Can you resend it?""",
        [("health", "")],
    ),
    (
        """Subject: help with curl

Getting 'invalid auth' on this one, any idea?

curl https://api.textblast.io/v1/send -d "body=Volunteer+reminder" \\
  -u "AK_public_4471:XuuP98xsElP7FZNKeDG707l2dmXd9TemvSvsyTYK"
""",
        [("API_KEY", "XuuP98xsElP7FZNKeDG707l2dmXd9TemvSvsyTYK")],
    ),
    (
        """Subject: new address for the newsletter

Please mail the newsletter to one two oh four Birch Lane, Unit B, Ames, Iowa, five oh oh one
oh. (My phone typed that out when I dictated it, sorry.) Thanks! - Walt""",
        [],
    ),
    (
        """Subject: language class

Hi Mr. Yazzie, my grandson Tyler is Diné on his mom's side and really wants to take the Navajo
class in the spring. Is there a waitlist?
- Carol Benally""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: BG check - Tanya R.

Tanya's background check is back: no records found in any county searched. She's cleared for
the Tuesday reading program and her badge will be ready Friday.""",
        [],
    ),
    (
        """Subject: Friend, 3 days left

Hi friend - Ward 3 Dems are 200 doors short of our weekend goal. Can you knock for two hours?
Sign up: https://act.ward3dems.org/knock?src=em1207
Paid for by Ward 3 Democrats.""",
        [],
    ),
    (
        """Subject: board packet - Q3 numbers

Q3 summary for Thursday's board meeting:

* 212 clients served, up 9% from Q2
* 38% reported being on paper or released within the last year
* 14% of households are managing diabetes; 6% of clients are HIV+
* average length of engagement: 7.5 months

Full tables are in the attached packet. The housing line is still the slowest to move, and
staff will bring a proposal for a second landlord liaison to the January meeting.""",
        [],
    ),
    (
        """Subject: Saturday training - role-play cards (FICTIONAL)

These are made-up clients for practice only; please don't use real cases.
Card 3: "Jay" is HIV+, on paper, and just lost his job. He asks whether his landlord needs to
know his status. Practice: what do you say first?""",
        [],
    ),
    (
        """Subject: [TEMPLATE] PIN reset confirmation

Hi {first_name},
Your debit card PIN was reset on {date}. Your new PIN is ____. If you did not request this,
call us at (971) 555-0114.
-- Member Services""",
        [],
    ),
    (
        """Subject: donated car paperwork

Hi Ron, the donated Corolla: plate 7KQ.2O4 (CA), VIN 2T1BR32E.65C.419286. The title is signed
over and the tow is Thursday.""",
        [],
    ),
    (
        """Subject: Family Way classes start Jan 6

Our free Family Way prenatal and new-parent classes meet Tuesdays at 6 pm. Open to all
expecting families in the county; dinner and childcare provided. Register at (309) 555-0165.""",
        [],
    ),
    (
        """Subject: hall hours over the holidays

The Local 7 hall is closed Dec 24-26. The dues window reopens Monday the 28th, and scholarship
applications for members' kids are due Jan 15. Happy holidays from the office staff.""",
        [],
    ),
    (
        """Subject: charter bus invoice

Invoice 0402/61 for the Dec 19 charter (56 seats, Kenosha to the Field Museum and back) is
attached. Confirmation BX-77.41.O2 (letter O). Balance due 10 days before travel.""",
        [],
    ),
    (
        """Subject: 2-minute survey about the holiday market

Tell us how we did! https://survey.harborlights.org/s/market26?uid=8f3k2q&src=email
All responses are anonymous. Thanks for coming!""",
        [],
    ),
    (
        """Subject: Big C Run bibs

Bibs for the Big C Run (proceeds go to the cancer center's family lodging fund) are ready:
pick up #0412 to #0460 at the front desk Saturday morning. Race starts at 8 sharp.""",
        [],
    ),
    (
        """Subject: shout-out

Thanks to our observant volunteer Kim, who noticed the walk-in freezer alarm Sunday night and
called it in before anything spoiled. Kim, the coffee is on us this week!""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_43, "hard43", Path(__file__).with_name("hard-43.jsonl")))
