"""Hard set 44 (2026-12-07): one rural Midwestern farm county's late-autumn mail.

Written by an independent helper session, started by the project and working blind. It read
exactly these and nothing else: /work/shared/policy/privacy-policy.txt (all of it);
tests/data/sensitive/independent_sets.py (the checker and record format);
scanner/categories.py (category names); the output of
grep -n "line-length" pyproject.toml; and its brief (/tmp/prompt44.txt, with
/tmp/mg/brief44.txt and /tmp/mg/conventions.txt). No other file or folder in the worktree,
in /work/main or in /work was opened, listed or searched; the detector was not run, no
scanner or make command was used, and no web, code-index or document search tool was used.
Git: only `git add` of this module and hard-44.jsonl, then one `git commit` on branch hard44.
Slips: none.

Identifiers: every number, code and secret comes from throwaway scripts in /tmp/hard44_gen/
(gen.py, gen2.py, gen3.py, gen5.py, gen6.py), each kind drawn from its own random.Random with
a fixed seed (4401-4423, 4430-4434, 4440, 4450): SSNs under SSA rules (the last-four values
are the tails of generated SSNs), ITINs in valid group ranges, card numbers Luhn-completed
(last-four values are tails of generated cards), routing numbers with the ABA 3-7-1 checksum
and Federal Reserve prefixes, IBANs with mod-97 check digits, a CLABE with its 3-7-1 check
digit, passport, licence, state-ID and tribal-ID numbers in their issuers' shapes, passwords,
security answers (drawn from short lists), PINs, one-time codes, API secrets and credit
scores; the decoy look-alikes (840 ear tags, a 16-digit settlement reference, all chosen to
fail Luhn), VINs with valid check digits, equipment PINs, premise IDs, meter, utility-account,
MRN, EIN and policy numbers; and the small reference numbers (tickets, work orders, runs,
FSA farms and tracts, case, claim, lot, invoice and member numbers), keypad, lockbox and gate
codes and promo codes. No published test numbers or trivial sequences. Street addresses,
dates, amounts, weights, prices and usernames are written by hand. Phone numbers are
555-01xx. The county, its towns, people and organisations are invented; real places outside
the county, real companies (Twilio, Rabobank, BBVA Mexico, Equifax, Fareway) and the
Meskwaki Nation appear only as context.

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
- A general farm organisation's membership and dues (a county Farmers Union local, the Farm
  Bureau) are not trade_union_membership, which needs a workers' union (UFCW local dues on
  a packing-plant pay stub are), and not political_opinion, which needs a candidate, party
  or committee. The Farm Bureau receipt's "Visa ending in" four digits are
  CREDIT_CARD_LAST_DIGITS.
- A Mexican CLABE given for a monthly wire is a bank account number: US_BANK_NUMBER.
- A business's own routing and account numbers in a 1099 vendor ACH export (an LLC custom
  harvester) are labelled like anyone's; its EIN beside them is not. The ITIN and SSN rows
  are US_ITIN and US_SSN.
- A lender's tri-merge summary printing all three scores labels each CREDIT_SCORE; each
  derogatory item, a Chapter 12 farm bankruptcy included, is CREDIT_REPORT on its whole line
  after the dash bullet, and a later comment naming "the Chapter 12" is no second item. A
  Habitat committee summary's middle score and its nested charge-off line are labelled the
  same way. A collection or late payment owed to a wireless carrier or a co-op agronomy
  account discloses no health.
- A bank letter of credit for a livestock-auction buyer gives his account number:
  US_BANK_NUMBER, beside his licence (US_DRIVER_LICENSE); the buyer number is not labelled.
- An equipment "PIN" (product identification number) on a combine work order and in dealer
  mail is a serial number: not labelled. Nor are VINs, trailer plates, 840 RFID ear tags,
  premise IDs, scale-ticket settlement references, FSA farm and tract numbers, crop-insurance
  policy and claim numbers, seed lot numbers, meter numbers, an electric co-op's member
  account number (a utility account is not a bank account) and a sheriff's civil case
  number.
- Animals throughout: BVD-PI calves, genomic EPDs and a bull calf that carries neuropathic
  hydrocephalus (not genetic), a mare's strangles and a dog's rabies tag are not labelled.
  A veterinary technician's own low rabies titer and pre-exposure booster are health (a
  person's test result and vaccination).
- An electric co-op's medical priority entry for a named member (COPD, oxygen concentrator,
  physician certification) is health; the co-op's advice to every member who relies on
  powered medical equipment is not.
- A sheriff's permit-to-carry denial citing a named applicant's domestic abuse assault
  conviction is criminal_history, with his licence number as US_DRIVER_LICENSE; a sheriff's
  sale in a mortgage foreclosure is a civil matter: not labelled.
- A deacon's note that a named man held in the county jail since his arrest asks for
  confession and Communion and prays the rosary is criminal_history and religious_belief.
- A Misa de quince años booked for a named girl, with her baptism and confirmation records
  and preparation talks, is religious practice: religious_belief. A Mennonite letter of
  transfer commending named members, and a notice of named youths' baptism upon confession
  of faith, are religious_belief. A bulletin praying for "all who are sick" names no one.
- A funeral folder for a named man says he was baptized, confirmed and a lifelong member
  (religious_belief), had ALS (health) and leaves "his husband, Tom" (sexual_orientation).
- An extension referral naming a farmer's depression and his counseling vouchers is health;
  a farm-stress webinar on depression and suicide offered to all is not.
- Two copies of HFE C282Y reported with hereditary hemochromatosis and weekly phlebotomy are
  genetic and health.
- A timeclock vendor's ticket giving a named employee's hand-geometry template hash and
  verify score is biometric.
- "Q'anjob'al Maya" as a named worker's origin on an outreach intake is racial_ethnic_origin
  (an indigenous people); the interpreter languages listed in an open clinic flyer are not.
  A scholarship applicant's "first-generation Mexican American" is racial_ethnic_origin; an
  announcement welcoming students of every background is not. An enrolled Meskwaki Nation
  member on a Title VI Indian Education form is racial_ethnic_origin and the tribal ID card
  number is US_STATE_ID.
- Latent TB (positive QuantiFERON, rifampin) for a named H-2A worker is health; his Mexican
  passport number is US_PASSPORT. A named worker's pesticide-drift rash is health.
- A pay stub the writer pastes with UFCW local dues is trade_union_membership, and its
  "XXX-XX-8040" is US_SSN on the four digits; a dependent-care FSA deduction is not health.
- A hospital financial-assistance note naming an emergency appendectomy is health, and its
  "SSN last 4" is US_SSN. A class head-lice notice and a hospital's aggregate needs
  assessment name no one; a reminder with an MRN and no condition is not health.
- A farmer's telephone-banking PIN sent to his daughter is PIN and the texted verification
  code he forwards is ACCESS_CODE; a bank voicemail passcode dictated as words is ACCESS_CODE
  on the words. An electric co-op member portal's password and its security answer, and a
  4-H club's online-banking password and security answer, are each PASSWORD.
- A home-health note's client debit-card PIN is PIN; the lockbox code beside it, a pantry
  back-door code, a campground gate combination, an ambulance bay keypad and promo codes are
  not labelled.
- A crop-insurance application giving both spouses' SSNs labels each US_SSN, and a claim
  payment quoting the routing and account numbers it was paid into labels both. A married
  opposite-sex couple's joint return (her SSN, his ITIN) is US_SSN and US_ITIN only.
- A candidate forum notice summarising both township candidates' public positions, and
  trustee minutes recording the elected candidate, disclose no private person's opinion.

Emphasis: a month of ordinary mail in one invented Iowa farm county, late autumn 2026, from
about forty senders: elevator, electric co-op, farm credit and bank, crop insurance,
extension and 4-H, FFA, vet, sale barn, Farm Bureau and Farmers Union, clinic and hospital,
farmworker health, home health, ambulance, township, sheriff's civil desk, school, three
churches, pantry, seed, machinery, locker, fair board, a township race, Habitat and a tax
preparer. Positives sit where these senders put them: payroll and vendor setup (a CSV with
an LLC, an ITIN and an SSN), loan and credit reviews with scores and a Chapter 12 bankruptcy,
insurance and auction paperwork, a CLABE wire, IBANs, card numbers (one broken over two
lines, an Amex front code), portal passwords and security answers, PINs, sign-in codes (one
dictated in a voicemail), payment and SMS secrets, prayer chains, a funeral folder, a
quinceañera, Mennonite transfers and baptisms, a jail ministry note, ambulance and hospital
billing, pantry intake, school health plans, a partner notice, a hand-scan timeclock ticket,
a genetic result, tribal and ethnic origin, a union pay stub and political yard-sign and
contribution mail. Decoys are the same senders' routine mail: scale tickets and bids, ear-tag
and premise IDs, VINs and equipment PINs, meter and policy numbers, blank forms and
checklists, market reports and aggregate statistics, open clinics and webinars on health,
church schedules, a candidate forum, a Farmers Union dues reminder, a clean background check,
civil sheriff's notices, gate and keypad codes, and sick or genetically tested animals.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_44: list[Case] = [
    (
        """Subject: Scale ticket 81921 - Hessburg Farmers Co-op - yellow corn

HESSBURG FARMERS COOPERATIVE ELEVATOR
Inbound scale ticket               Ticket: 81921
Date: 11/02/2026 14:37             Location: Hessburg main
Customer: Ahrens Farms LLC (cust 21354)
Commodity: Yellow corn #2          Split: 100% Ahrens Farms LLC
Truck: red Pete 389 / hopper 14
Gross: 81,420 lb   Tare: 29,880 lb   Net: 51,540 lb
Moisture 17.8%   Test wt 56.2   FM 0.9%   Damage 1.4%
Shrink 4.39%     Dry bushels 877.15
Applied to: contract 26-1547 (load 7 of 12)
Settlement ref: 9241411453291751
Weighmaster: K. Rasch
Questions about this ticket: (641) 555-0112""",
        [],
    ),
    (
        """Subject: RE: harvest help - direct deposit and W-4 for Tomás

Jill,

Here is what Tomás gave me at the scale house this morning for the harvest payroll. He started
9/29 running the Verlo receiving pit and will probably stay on through December for bin
cleanout.

Employee: Tomás Herrera Ruiz
SSN: 491-19-1358
Filing status: single, no dependents
Direct deposit - Verlo State Bank
  Routing: 097843296
  Checking: 34904694

He would like the whole check deposited. The paper W-4 is in the blue folder on your desk.

Thanks,
Marv Kuhlmann
Operations, Hessburg Farmers Co-op""",
        [
            ("US_SSN", "491-19-1358"),
            ("ABA_ROUTING_NUMBER", "097843296"),
            ("US_BANK_NUMBER", "34904694"),
        ],
    ),
    (
        """Subject: New message from Verlo Family Health Clinic

Gordon,

Your lab results from Tuesday are back. Your A1c is 8.1, up from 7.4 in June; your kidney
numbers are normal. Dr. Engel would like to add Jardiance 10 mg once a day along with your
metformin and see you again in three months. With harvest over, this is a good time to get
back to the evening walks we talked about.

The new prescription has been sent to Hessburg Pharmacy. Reply here or call the nurse line at
(641) 555-0131 with any questions.

Becky, RN
Verlo Family Health Clinic""",
        [("health", "")],
    ),
    (
        """Subject: Hessburg Co-op cash bids - Mon Nov 9

Good morning,

Cash bids as of 8:30 a.m.

Corn      Nov      3.91   (Z -0.37)
Corn      Jan      4.02   (H -0.34)
Corn      NC27     4.28   (Z7 -0.32)
Soybeans  Nov     10.08   (F -0.58)
Soybeans  Jan     10.21   (F -0.45)
Soybeans  NC27    10.36   (X7 -0.52)

Prairie Gap closes for the season after Friday; Hessburg stays open 7-5 through December.
Dryer charge is 4 cents per point over 15.0%. Open storage is free through 12/31, then 3 cents
a month. Deferred-payment contracts for January 2027 must be signed by 12/18.

Hessburg Farmers Co-op grain desk
(641) 555-0112""",
        [],
    ),
    (
        """Subject: Your 2027 operating line is approved

Hi Nate and Carla,

Good news: the loan committee approved your 2027 operating line at $640,000, up from $585,000
to cover the extra quarter you rented from the Sievers estate. Rate is prime plus 0.25,
variable, maturing 12/1/2027.

For your file: we pulled a tri-merge report on Nate as primary borrower, and the middle score
was 743, so you qualify for the young and beginning farmer rate reduction again.

Next steps: sign the note and security agreement at the Verlo branch any weekday, and bring
your 2026 crop insurance schedule of insurance and the landlord's lease for the Sievers
ground. Funds will be available the day after you sign.

Mark Foht
Loan Officer, Heartland Prairie Farm Credit, Verlo branch
(641) 555-0156""",
        [("CREDIT_SCORE", "743")],
    ),
    (
        """Subject: BVD-PI ear notch results - Schuett calves

Lyle,

The lab results on the 46 ear notches we pulled on the 14th are back. Forty-four are negative.
Two calves tested positive for BVD persistent infection:

  840003726740560  black baldy heifer, dam tag Y212
  840003129683842  black steer, dam tag G07

PI calves shed virus for life, so pull those two off the bunk today and keep them away from
the bred cows. We should test the two dams as well, and I'd like to add a modified-live BVD
booster for the cow herd at preg check on the 3rd. The other 44 are fine to go to the Prairie
Gap sale.

Dr. Ann Lorenzen
Linden Ford Veterinary Clinic""",
        [],
    ),
    (
        """Subject: Prayer chain - Arlene Vos

Prayer chain friends,

Please hold Arlene Vos in your prayers this week. She begins chemotherapy for breast cancer at
the cancer center in Waterloo on Thursday, six rounds three weeks apart. Her daughter Janet is
coming from Omaha to drive her. Cards are welcome at the house, but she asks for no visitors
while her counts are low.

Please pass this along to the next person on your list.

Doris, for the St. Paul's prayer chain""",
        [("health", "")],
    ),
    (
        """Subject: 1099 vendor ACH setup export - Dierks Family Farms

Pam,

Below is the vendor setup export for the three contractors Dierks Family Farms paid by ACH
this year. Please load them before the December run so the 1099-NECs pull the right TINs.

vendor_name,tin_type,tin,ach_routing,ach_account,paid_2026
Kuhl Custom Harvesting LLC,EIN,79-9048802,281229257,372153274809,48215.00
Rolando Pérez Vásquez,ITIN,920-61-4874,286423508,62844483,6840.00
Kyle Brandt,SSN,766-39-9442,073359238,24321407,3150.00

Rolando hauled big squares for us in August; Kyle did fall fence and tiling work.

Thanks,
Deb Meyer, EA
Meyer Tax & Bookkeeping""",
        [
            ("ABA_ROUTING_NUMBER", "281229257"),
            ("US_BANK_NUMBER", "372153274809"),
            ("US_ITIN", "920-61-4874"),
            ("ABA_ROUTING_NUMBER", "286423508"),
            ("US_BANK_NUMBER", "62844483"),
            ("US_SSN", "766-39-9442"),
            ("ABA_ROUTING_NUMBER", "073359238"),
            ("US_BANK_NUMBER", "24321407"),
        ],
    ),
    (
        """Subject: Production report reminder - policy 5152340

Hi Ron,

A reminder that your 2026 production records for corn and soybeans are due to us by
December 15 so we can update your APH for 2027. Your policy 5152340 covers FSA farms 2180 and
3384 (tracts 1161, 1369 and 4575). Settlement sheets from the co-op or bin measurements both
work.

Current APH: corn 204 bu/a, soybeans 61 bu/a. The sales closing date for 2027 spring crops is
March 15; projected prices come out in early March and I'll send the quote then.

Dirks Crop Insurance Agency
(641) 555-0148""",
        [],
    ),
    (
        """Subject: Locked out of MemberLink - can you reset?

Hi,

I got locked out of the Corliss REC member portal after last week's update. Username is
dhinz_quarry. The password I had was Gravel#89auger, and the security question is "make of
your first tractor", answer Massey. Can you reset it or tell me what I'm doing wrong? I need
to get the November bill paid before I leave for my sister's.

Thanks,
Doug Hinz""",
        [("PASSWORD", "Gravel#89auger"), ("PASSWORD", "Massey")],
    ),
    (
        """Subject: 2026-27 4-H enrollment form (print and return)

CORLISS COUNTY 4-H YOUTH ENROLLMENT 2026-27

Member name: ______________________________   Grade as of 9/1: ____
Club: ______________________________________
Parent/guardian: ___________________________   Phone: (___) ___-____
Projects: [ ] Beef  [ ] Swine  [ ] Sheep  [ ] Poultry  [ ] Photography  [ ] Foods
Health information for camps and trips (allergies, medications, conditions):
______________________________________________________________________
Emergency contact: __________________________   Phone: (___) ___-____
Photo release:  [ ] yes  [ ] no

We do not collect Social Security numbers. Return to the extension office by December 31 or
enroll online after December 1.

Corliss County Extension & Outreach""",
        [],
    ),
    (
        """Subject: outreach intake 11/12 - Diego Pascual Mateo

Tri-County Farmworker Health Program - mobile outreach intake
Date: 11/12/2026        Site: Hinrichs turkey barns, Prairie Gap
Name: Diego Pascual Mateo        Year of birth: 1994
Preferred language: Q'anjob'al, some Spanish (phone interpreter: Marta)
Origin: Q'anjob'al Maya, from Santa Eulalia, Huehuetenango
ID shown: Guatemalan passport 105452105
Complaint: itchy red rash on both forearms and neck for 5 days, started the day after spray
drift from the field west of the barns; mild eye burning, no trouble breathing.
Plan: hydrocortisone 1% cream, cetirizine 10 mg daily; pesticide exposure report filed with
the state; recheck on the 19th at the barns.
Outreach worker: L. Quintanilla""",
        [("racial_ethnic_origin", ""), ("health", ""), ("US_PASSPORT", "105452105")],
    ),
    (
        """Subject: card for the herd bill

Hi Ann,

Go ahead and run the pinkeye and preg-check bill on my card; I don't want to mail a check
before the sale. It's Visa 4588 3426 2591 0714, exp 08/29, and the code on the back is 586.
Name on the card is Julie Schroeder.

The two heifers you treated with LA-300 are both looking better. Eye patches are still on.

Thanks,
Julie""",
        [("CREDIT_CARD", "4588 3426 2591 0714"), ("CVV", "586")],
    ),
    (
        """Subject: Prairie Gap Livestock Auction - Tuesday market report

Receipts: 1,842 head (last week 2,116; a year ago 1,590)

Steers       400-500 lb   $385.00-$412.00
             500-600 lb   $355.00-$381.50
             600-700 lb   $329.00-$348.25
Heifers      400-500 lb   $352.00-$371.00
             500-600 lb   $331.00-$349.75
Slaughter cows            $148.00-$171.00
Bred cows (3rd period)    $3,100-$3,850 per head

Calves were steady to $5 higher on a good buyer turnout. Next special: bred cow and heifer
sale Saturday, December 12, 11 a.m. To consign call (641) 555-0170.""",
        [],
    ),
    (
        """Subject: Precinct election official application - Rock Creek Twp

Forwarding for the auditor's office: Sharon dropped this off at my house Sunday.
- Dorothy Kail, Rock Creek Township Clerk

CORLISS COUNTY AUDITOR - PRECINCT ELECTION OFFICIAL APPLICATION
Name: Sharon Pingel
Address: 1871 Quarry Rd, Hessburg
Precinct: Rock Creek Township
Party affiliation (used to balance boards): Republican
Iowa driver's license no.: 273UL5243
Available for: general and special elections
Previous service: 2022, 2024
Signature: Sharon Pingel        Date: 11/30/2026""",
        [("political_opinion", ""), ("US_DRIVER_LICENSE", "273UL5243")],
    ),
    (
        """Subject: Minutes - Rock Creek Township Trustees, Nov 10

Present: trustees Ahrens, Voss and Gerdes; clerk Kail. Called to order 7:00 p.m. at the
township hall.

1. Minutes of Oct 13 approved.
2. Road report: 190th St. grading finished; two culverts on Quarry Rd need replacing in the
   spring. Gravel bid from Linden Ford Aggregate at $14.80/ton accepted.
3. Cemetery: mowing bids for 2027 from Voss Lawn ($3,400) and Prairie Mowing ($3,950). Voss
   abstained; Prairie Mowing bid accepted 2-0 after discussion of the Voss relationship.
4. Fire protection contract with the City of Hessburg renewed at $18,750.
5. Canvass noted: Lorraine Pietsch elected trustee, term begins January 1.
6. Claims of $6,212.40 approved, including the Linden Ford Aggregate invoice for October
   gravel, the cemetery fence repair and the clerk's quarterly salary.
7. Snow removal: trustees reviewed the 2026-27 snow agreement with the county secondary
   roads department. The township will again pay for plowing of the three dead-end roads
   (Quarry Rd north of 190th, Mill Creek Ln and the cemetery lane) at the county's hourly
   rate. Gerdes asked that the cemetery lane be plowed within 24 hours of any burial.
8. Cemetery: the clerk reported 4 lots sold in 2026 and 2 burials. The trustees discussed
   raising the lot price from $400 to $500 for non-residents; tabled to December.
9. Township hall: the furnace was serviced; the roof over the back entry still leaks. Voss
   will get two bids before the December meeting. The hall remains available to residents
   for $50 a day with a $100 deposit.
10. Budget: the clerk presented the first draft of the FY28 budget. The proposed levy is
   unchanged at $0.675 per $1,000 of taxable value; a public hearing will be set in
   February as required.
11. Correspondence: a letter from the county engineer on posted bridges; a thank-you from
   the Hessburg Volunteer Ambulance Service for the township's annual donation.

Adjourned 8:05 p.m. Next meeting December 8.
Dorothy Kail, Clerk""",
        [],
    ),
    (
        """Subject: Ardis - Tues visit notes and grocery run

Kelsey,

Notes from today at Ardis Wolter's for your Thursday visit:
- O2 at 2 L by concentrator, sats 91-93%. Dr. Engel changed her Lasix to 40 mg twice a day
  because the CHF swelling in her ankles is back. Weighed 163.4, up 3 lb since last week.
- She wants you to do the Fareway run Thursday. Her debit card is in the kitchen drawer and
  the PIN is 3145. Receipts go in the envelope on the fridge.
- Lockbox on the back door is 1760 if she doesn't hear the bell.

Trina
Homeward Home Health""",
        [("PIN", "3145"), ("health", "")],
    ),
    (
        """Subject: Run 26-0245 billing face sheet (Tjaden)

HESSBURG VOLUNTEER AMBULANCE SERVICE - BILLING FACE SHEET
Run: 26-0245       Date: 11/06/2026       Dispatched: 05:52
Patient: Harold Tjaden       DOB: 03/14/1951
SSN: 766-99-1676
Primary: Medicare Part B     Secondary: Prairie Mutual Medigap Plan G
Chief complaint: crushing chest pain while feeding cattle; 12-lead showed inferior STEMI.
Care: aspirin 324 mg, nitroglycerin x1, IV access, O2 by cannula.
Transport: emergent to Corliss County Memorial Hospital; flown from there to Des Moines.
Loaded miles: 14.2
Crew: J. Reiter (EMT), S. Albers (AEMT), driver T. Buss""",
        [("US_SSN", "766-99-1676"), ("health", "")],
    ),
    (
        """Subject: Thursday drill - TRAINING SCENARIO (not a real call)

TRAINING SCENARIO for the December 3 drill only. The patient is fictional and will be played
by a mannequin plus one volunteer actor.

Dispatch: 58-year-old male pinned under a tipped grain cart on a gravel road, conscious,
complaining of pelvic pain, tractor still running. Bystander reports he was under it about
20 minutes.

Objectives:
- scene safety: shut down the tractor and PTO, stabilize the cart with cribbing
- pelvic binder, spinal motion restriction, crush injury considerations
- request air early and set up the landing zone at the Hessburg ballfield

Meet at the station at 6:30 p.m. Bring turnout gear.
Joel Reiter, Training Officer""",
        [],
    ),
    (
        """Subject: Spanish-speaking visit at the county jail

Hola equipo,

Marco Delgado, who has been held in the Corliss County Jail since his arrest in October, sent
word through the jail chaplain that he would like to make his confession and receive
Communion before Christmas. He prays the rosary every night and asked for a Spanish Bible.

Can one of you who speaks Spanish come with me to the Tuesday 2 p.m. visiting slot? The jail
needs the visitor form 48 hours ahead.

Gracias,
Deacon Rubén Salinas
St. Isidore Parish - Jail & Prison Ministry""",
        [("criminal_history", ""), ("religious_belief", "")],
    ),
    (
        """Subject: RE: Harvest Line financing app - Brian Hinrichs

Jeff,

Here's what you said was missing off the finance application for the used 8R:

Full legal name: Brian Allen Hinrichs
SSN: 131-04-7928
Driver's license: Iowa 897OK3587, expires 2029
Employer: self-employed (Hinrichs Farms)
Gross farm income 2025: see the Schedule F I dropped off Monday

If they want the trade-in appraisal in writing, have the service desk email it to me.

Brian""",
        [("US_SSN", "131-04-7928"), ("US_DRIVER_LICENSE", "897OK3587")],
    ),
    (
        """Subject: Work order 42264 ready - S780 combine

VERLO IMPLEMENT - SERVICE DEPARTMENT
Work order: 42264            Customer: Dwight Ahrens
Unit: S780 combine           PIN: 1H0S780SGN0650194
Engine hours: 2,146          Separator hours: 1,502

Work performed (winter inspection):
- replaced feeder house chain and slats
- replaced 6 rotor vanes, rebalanced chopper
- new unloading auger bearing, gearcase oil changed
- updated yield monitor software

Parts $4,812.66    Labor 14.5 hr @ $148.00 = $2,146.00    Total $6,958.66

The combine is ready to pick up Friday after 10 a.m., or we can deliver it for $2.50 a mile.
Service desk (641) 555-0183""",
        [],
    ),
    (
        """Subject: Seizure action plan for Avery - please sign

Dear Mrs. Lutz,

I have updated Avery's seizure action plan for the bus, PE and the 4th-grade field trips. As
you told me at conferences, Avery takes levetiracetam 500 mg at 7 a.m. and 7 p.m. at home, so
no doses are given at school. Her rescue medicine (Nayzilam nasal spray) stays in the nurse's
office and goes along on every field trip with a trained adult.

If a seizure lasts longer than 5 minutes, staff will give the rescue dose and call 911, then
you. Please sign the attached plan and send it back in her folder.

Deb Sievert, RN
School Nurse, Verlo-Hessburg Community School District""",
        [("health", "")],
    ),
    (
        """Subject: VHCSD board agenda - Monday, Nov 16

Verlo-Hessburg Community School District
Regular board meeting, 6:00 p.m., high school media center

1. Call to order; approve agenda
2. Public comment (limit 3 minutes per speaker)
3. Bus route 4 change during the 190th St. bridge closure
4. Snow-day make-up plan for 2026-27
5. Whole-grade sharing agreement with Oakvale for wrestling
6. Approve FFA travel: National Convention and the spring ag tour
7. FY26 audit report
8. Superintendent's report: enrollment 612, up 9
9. Adjourn""",
        [],
    ),
    (
        """Subject: Letter of transfer - Yoder family

Dear Pastor Lois Nafziger and the Salem Mennonite congregation,

Willow Creek Mennonite Church gladly commends to your fellowship Marvin and Ruth Ann Yoder and
their son Caleb. Marvin and Ruth Ann were received into membership here in 2009, and Caleb was
baptized upon confession of faith in 2022. All three are members in good standing. They are
moving to the farm near Oakvale after the first of the year and have asked that their
membership be transferred to Salem.

We will miss them in the choir and on the relief sale committee. May God bless their new home.

In Christ,
Pastor Dan Roth, for the Willow Creek church council""",
        [("religious_belief", "")],
    ),
    (
        """Subject: online store keys - Hessburg Locker

Gene,

The holiday bundle page is live. For your records, these are the payment keys I put into the
store settings. Please don't forward this email.

Publishable key: pk_live_SyTbCJlT3Ib14mlKCcUNAkBuwK6osbbr
Secret key: sk_live_k47KBH1dOtXPy0rtKtqFlzd8SnaujCW1

If you ever change web people, roll the secret key from the dashboard first. Orders will come
into the locker inbox as before.

Sam Reinking
Reinking Web & Design""",
        [("API_KEY", "sk_live_k47KBH1dOtXPy0rtKtqFlzd8SnaujCW1")],
    ),
    (
        """Subject: Your beef processing - cut sheet confirmation

Hi Tim,

We have your half beef (the Angus steer from Schuett's) on the rail. Hanging weight 412 lb.

Cut sheet on file:
- steaks 1 inch, 2 per pack; roasts 3 lb; ground beef 1 lb packs
- soup bones yes; liver no; short ribs yes
Processing $1.15/lb hanging = $473.80, plus $95 kill fee. Total $568.80.

It will be ready the week of December 7. Bring coolers; we are open 8-5 weekdays and 8-noon
Saturday. Please call if you need to change the cut sheet before Friday.

Hessburg Locker
(641) 555-0166""",
        [],
    ),
    (
        """Subject: sign list from my Quarry Rd loop

Lorraine,

Finished my loop Sunday afternoon. Here's where signs go before Tuesday:
- Dwight and Bev Ahrens, 1920 Quarry Rd: big sign by the mailbox. Dwight said he's voting for
  you because you'll actually grade the roads.
- Ray Voss (corner place at 190th): small sign.
- LaVerne Kraus: renter, can't have a sign, but told me she's voting for you.
- Hinrichs place: nobody home, left a lit piece in the door.

I can put the signs out Monday on my way to town.

Patty""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Trustee candidate forum - Thursday, Oct 29

The Corliss County Farm Bureau and the Hessburg Commercial Club invite all Rock Creek Township
residents to a forum with both candidates for township trustee, Dale Rasmussen and Lorraine
Pietsch, on Thursday, October 29, 7 p.m. at the Hessburg Community Hall.

Rasmussen has said he will keep the township levy flat and contract out more of the road work.
Pietsch has called for a five-year culvert replacement plan and posting trustee minutes
online. Questions may be submitted in writing at the door. Coffee and bars provided.

This is a nonpartisan event; neither sponsor endorses a candidate.""",
        [],
    ),
    (
        """Subject: my pay stub for the daycare credit question

Hi Deb,

You asked what comes out of my check at the plant for the dependent care FSA. Here's the
bottom of my last stub:

PRAIRIE PORK PROCESSING LLC            Pay date 10/30/2026
Employee: Alicia Navarro   Emp ID 40114   SSN: XXX-XX-8040
Regular        80.00 hrs     1,672.00
Overtime        6.50 hrs       203.78
Deductions:
  Federal WH                   142.11
  Social Security              104.38
  Medicare                      24.41
  Iowa WH                       61.93
  Dependent Care FSA           192.31
  UFCW Local 2290 dues          41.80
Net pay                      1,308.84

So is the FSA money the same thing you meant on the credit form?

Alicia""",
        [("trade_union_membership", ""), ("US_SSN", "8040")],
    ),
    (
        """Subject: Corliss County Farmers Union - 2027 dues

Hi LaVern,

Your family membership in the Corliss County Farmers Union local runs through December 31.
2027 dues are $60 and include the state newsletter, the member discount on the winter
conference and a vote for delegates to the state convention. You can renew with a check to
"Corliss Co. Farmers Union," PO Box 88, Hessburg, or at the December meeting.

The December meeting is Thursday the 10th at the Linden Ford library, 7 p.m.; the speaker is
from the state on cooperative grain storage grants.

Gail Thiesen, secretary""",
        [],
    ),
    (
        """Subject: Kessler application - committee summary

Family Selection Committee,

Summary for the Kessler application (Rhonda Kessler and her two boys, now renting the
upstairs of the old hardware building in Linden Ford):

- Income: $38,900 (disability benefits plus part-time work in the school kitchen), inside our
  30-60% AMI band.
- Credit: middle score 581. One adverse item on the report:
  - Charge-off: Corn Belt Card Services, $2,130, charged off 08/2024, now settled
- Need: the apartment has 22 stairs, and Rhonda has used a wheelchair since her multiple
  sclerosis diagnosis in 2023. We would need a zero-step entry and a roll-in shower.
- Sweat equity: her brother and the St. Isidore men's group have pledged most of the 250
  hours.

Recommend approval with the standard credit counseling condition.
Nancy Wiese, Habitat for Humanity of Corliss County""",
        [
            ("CREDIT_SCORE", "581"),
            (
                "CREDIT_REPORT",
                "Charge-off: Corn Belt Card Services, $2,130, charged off 08/2024, now settled",
            ),
            ("health", ""),
        ],
    ),
    (
        """Subject: Build days Dec 5 and 12 - Mill Street house

Volunteers,

We're closing in on the Mill Street house. Saturday build days:
- Dec 5, 8 a.m.-3 p.m.: interior trim and closet doors (12 volunteers)
- Dec 12, 8 a.m.-noon: paint touch-up and cleanup (8 volunteers)

Sign up on the volunteer page. Wear closed-toe shoes; gloves and safety glasses provided.
Lunch on the 5th is from the St. Paul's youth group. Under-16s can help at the ReStore
instead, which is open Thursday-Saturday 9-4 and takes furniture and appliance donations.

Habitat for Humanity of Corliss County
(641) 555-0152""",
        [],
    ),
    (
        """Subject: your IRS IP PIN

Hi Leon,

The IRS letter you brought in last week had your Identity Protection PIN: 469457. We used it
for the amended 2025 return, which went out today. I've noted it in your file with your SSN
ending 5210 so we match the right taxpayer.

The IRS mails a new IP PIN every January (notice CP01A), so please bring that letter to your
2026 appointment as well; the old one will not work.

Deb Meyer, EA
Meyer Tax & Bookkeeping""",
        [("PIN", "469457"), ("US_SSN", "5210")],
    ),
    (
        """Subject: treasurer handover - Linden Ford Livewires 4-H

Hi Jen,

Thanks for taking over as club treasurer. Everything for the club account:

- Bank: Verlo State Bank, club checking. The club's EIN (30-9368676) is on the account, not
  anyone's Social Security number.
- Online banking user: lflivewires4h
- Password: Prairie$47silage
- Security question "city you were born in": Sigourney (that was my answer, sorry; change it
  when you log in)
- Checks need two signatures: yours and the club leader's.

The ledger and receipt box are in the tote I left at the extension office.

Amy Kruse, outgoing treasurer""",
        [("PASSWORD", "Prairie$47silage"), ("PASSWORD", "Sigourney")],
    ),
    (
        """Subject: Reminder: market beef weigh-in and premise IDs

4-H and FFA families,

Market beef ID and weigh-in for the 2027 county fair is Saturday, January 9, 8-11 a.m. at the
fairgrounds. Every animal needs an official 840 RFID tag and your farm's premise ID.

Examples of what we need on the form:
  Premise ID: 00D7V4H
  RFID tag: 840003745579445

If you don't have a premise ID, the extension office can register your farm in about ten
minutes. Market swine and sheep tag-in is in May.

Corliss County Extension & Outreach - 4-H""",
        [],
    ),
    (
        """Subject: Brazil ag tour - passport info for Brooke

Mr. Koenig,

Here is Brooke's passport information for the tour company:

Name as on passport: Brooke Ann Sievers
Passport no.: 258450024
Issued: 06/2025    Expires: 06/2035
Date of birth: 04/22/2009

We'll send the second deposit with her next week. Let us know if they need a copy of the
photo page.

Dana Sievers""",
        [("US_PASSPORT", "258450024")],
    ),
    (
        """Subject: Fruit sale wrap-up

FFA members and parents,

The fall fruit sale is done: 412 cases of oranges, 198 of grapefruit and 276 of apples, for
a chapter profit of $5,930. Top three sellers: Brooke S. (41 cases), Owen P. (37) and Maddie
K. (35).

Fruit arrives Wednesday, December 2. Unloading at the ag shop starts at 3:30 p.m.; we need
every member there. Customers can pick up at the shop 4-7 p.m.

Mr. Koenig, Hessburg FFA advisor""",
        [],
    ),
    (
        """Subject: Your genetic test result

Wendell,

Your HFE gene test came back: you have two copies of the C282Y variant (homozygous). That
confirms hereditary hemochromatosis and explains the high iron numbers from September
(ferritin 1,140, transferrin saturation 78%).

The plan is therapeutic phlebotomy once a week in the hospital's infusion room until your
ferritin is under 100, then a few times a year. Your brothers and your daughter should be
offered the same test. I'll see you after the fourth phlebotomy.

Dr. Karen Paulsen
Corliss County Memorial Hospital - Internal Medicine""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Genomic results on the 2026 bull calves

Hi Roger,

The genomic results on the bull calves are in.

Lot 14  CE +11   BW -0.4   WW +71   YW +128   Marb +0.82
Lot 17  CE +8    BW +0.9   WW +79   YW +141   Marb +0.64
Lot 22  CE +14   BW -1.6   WW +62   YW +109   Marb +1.05

Lots 14 and 17 tested free of AM, NH, CA and DD. Lot 22 is a carrier of NH (neuropathic
hydrocephalus), so we'll cut him and sell him as a feeder rather than a breeding bull. The
updated sale catalog goes to the printer December 1.

Sheila, Kraus Angus""",
        [],
    ),
    (
        """Subject: Timeclock sync error - re-enroll needed

PalmTrack support ticket #39667

Clock: PalmTrack HP-40, serial PT40-0820
Site: Hessburg Farmers Co-op, scale house
Event: TEMPLATE_MISMATCH for employee 0192 (Hinrichs, Dale)
  hand geometry template hash: ce4a17ae0b1863e424a2aa7e
  last verify score: 41 (threshold 60)
  failed attempts: 3, on 11/17 between 06:02 and 06:04

Action: please re-enroll Dale at the clock (three hand placements, fingers flat against the
pegs). Until then a supervisor can punch him in with the override badge.

PalmTrack Support""",
        [("biometric", "")],
    ),
    (
        """Subject: Appointment reminder

Dear Lois Brandt,

This is a reminder of your appointment with Dr. Karen Paulsen on Tuesday, November 24 at
9:40 a.m. at Corliss County Memorial Hospital, clinic entrance B.

MRN: 20669895

Please arrive 15 minutes early and bring your insurance card and a list of the medicines you
take. To cancel or reschedule, call (641) 555-0134.

Corliss County Memorial Hospital""",
        [],
    ),
    (
        """Subject: Confidential - please call the county health nurse

Hello Travis,

This is Megan Schlueter, the disease intervention nurse at Corliss County Public Health.
Someone you had sexual contact with in the last two months has been diagnosed with chlamydia
and gave your name so that you can get care. We cannot tell you who it was.

Testing and treatment are free and private at our office on Tuesdays and Thursdays from 1 to
4 p.m., or I can meet you somewhere else. Please call me at (641) 555-0138 this week.

Megan Schlueter, RN
Corliss County Public Health""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Winter clinic nights / Noches de clínica de invierno

Tri-County Farmworker Health Program - winter clinic nights

Open to all farmworkers and their families, with or without insurance.
Abierto a todos los trabajadores agrícolas y sus familias, con o sin seguro.

Tuesdays in December, 5-8 p.m., Prairie Gap Community Center
- blood pressure and diabetes screening
- TB testing
- flu and COVID shots
- fluoride varnish for children
- help signing up for the sliding-fee card

Interpreters in Spanish, K'iche', Q'anjob'al and Mam. Free; no appointment needed.
Information: (641) 555-0142""",
        [],
    ),
    (
        """Subject: Gary's service - draft folder and hymns

Tom,

I am so sorry again. Here is the draft of the service folder for Saturday; please check the
details and tell me what to change.

    Gary Lee Lindqvist
    March 2, 1958 - November 18, 2026

    Gary was baptized and confirmed at St. Paul's Lutheran Church and was a member here all
    his life, singing bass in the choir for forty years. After he was diagnosed with ALS in
    2023 he was cared for at home by his husband, Tom Brandt, and by Homeward hospice. He is
    survived by Tom; his sisters Karen (Dale) Rasmussen and Jo Lindqvist; and many nieces and
    nephews.

Hymns you picked: "Children of the Heavenly Father," "Abide with Me," "Shall We Gather at the
River." Lunch by the Circle women in the fellowship hall.

Pastor Ellen Haugen
St. Paul's Lutheran Church, Hessburg""",
        [("religious_belief", ""), ("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Advent at St. Paul's

Advent and Christmas at St. Paul's Lutheran Church, Hessburg

- Wednesdays in Advent (Dec 2, 9, 16): soup supper 5:30 p.m., Holden Evening Prayer 6:30 p.m.
- Sunday school Christmas program: Sunday, December 13, 9:30 a.m.
- Christmas Eve: family service 4 p.m.; candlelight service 10 p.m.
- Christmas Day: no service

Each week we pray for all who are sick, grieving, serving far from home or traveling this
season. Year-end giving statements will be mailed by January 20.

St. Paul's church office
(641) 555-0127""",
        [],
    ),
    (
        """Subject: Re: 2027 seed prepay - card info

Kevin,

Let's do the prepay on the Amex to get the early-pay discount: 3715 368199 01145, exp 11/28,
and the four-digit code on the front is 1850. Put it on the Ostrander Farms account for the
420 units of beans and 260 of corn we went over.

If the discount goes up after the first, let me know before you run it.

Neil Ostrander""",
        [("CREDIT_CARD", "3715 368199 01145"), ("CVV", "1850")],
    ),
    (
        """Subject: Early-order deadline December 18 - Kruse Seed

Early-order savings end December 18:
- 6% cash discount on corn and soybeans paid by 12/18
- additional 2% on 200+ units
- promo code TASSEL94 for free seed treatment on any KS soybean

New for 2027:
  KS 112-4RIB (112-day corn, lot 26-8214)
  KS 2.9E (2.9 maturity Enlist soybean, lot 26-7633)

Plot results for Corliss County are on our website. Call for delivery scheduling.

Kruse Seed
(641) 555-0191""",
        [],
    ),
    (
        """Subject: bank stuff while we're in Arizona

Jody,

While Mom and I are in Arizona you'll need to move money from the farm savings to checking
for the land payment on the 1st. Call the Verlo State Bank phone line at (641) 555-0119, pick
option 2, and when it asks for the PIN it's 8770.

Sometimes it texts me a verification code instead. Here's the one that came this morning when
I tried it: 774739. If another one comes in, I'll forward it right away.

Dad""",
        [("PIN", "8770"), ("ACCESS_CODE", "774739")],
    ),
    (
        """Subject: Verlo State Bank - December rates and your e-statement

Dear customer,

Your November e-statement for checking ending in 0629 is ready in online banking.

December CD specials:
  7-month   4.05% APY
  13-month  3.90% APY
  24-month  3.65% APY
Minimum deposit $1,000.

Holiday hours: closed Thursday, November 26; closing at noon December 24 and 31; closed
December 25 and January 1.

Verlo State Bank, Member FDIC
(641) 555-0119""",
        [],
    ),
    (
        """Subject: Schutte credit review - for Wednesday committee

Loan committee,

Credit summary for Curtis Schutte (Linden Ford), request $210,000 machinery and cattle term
loan:

Tri-merge scores: 625, 645 (middle), 660
Derogatory items on the report:
- Chapter 12 bankruptcy, filed 03/2018, discharged 06/2021
- 90-day late payment, Harvest Line Financial equipment note, 04/2024

Comment: the Chapter 12 followed the 2016-17 hog price collapse, and Curtis has paid as agreed
on everything since the April 2024 slip, which was a disputed warranty repair. Collateral is
the 2019 Quadtrac and 120 bred cows; debt-to-asset would be 0.44 after the loan.

Mark Foht
Heartland Prairie Farm Credit""",
        [
            ("CREDIT_SCORE", "625"),
            ("CREDIT_SCORE", "645"),
            ("CREDIT_SCORE", "660"),
            ("CREDIT_REPORT", "Chapter 12 bankruptcy, filed 03/2018, discharged 06/2021"),
            (
                "CREDIT_REPORT",
                "90-day late payment, Harvest Line Financial equipment note, 04/2024",
            ),
        ],
    ),
    (
        """Subject: Annual meeting and 2027 policy resolutions

Corliss County Farm Bureau annual meeting
Monday, November 30, 6:30 p.m., Verlo Legion Hall. Roast beef supper, $10 at the door.

Resolutions for delegate vote:
1. Support property tax relief on agricultural land.
2. Oppose the use of eminent domain for private carbon pipelines.
3. Support state funding for rural broadband to the farmstead.
4. Ask the county to replace posted bridges on the 190th St. corridor.

Members will also elect two board directors. Delegates to the state convention will be chosen
at the close of the meeting.""",
        [],
    ),
    (
        """Subject: Your Corliss County Farm Bureau membership receipt

Thank you, Dennis and Jan Sievert!

Membership year: 2027
Membership type: family
Amount: $75.00
Paid: 11/19/2026 by Visa ending in 4742
Member number: FB-0089066

Your member benefits include rental car and hotel discounts, the Farm Bureau Spokesman and
member pricing at our winter meetings. Your new card will arrive in January.

Corliss County Farm Bureau""",
        [("CREDIT_CARD_LAST_DIGITS", "4742")],
    ),
    (
        """Subject: Planned outage Nov 21 and meter upgrade - Corliss REC

Dear member,

A planned outage on the Linden Ford substation is scheduled for Saturday, November 21, from
6 to 9 a.m., so crews can replace a regulator. Your new meter (meter no. 19956036) was
installed on November 9; your account number 56365070 stays the same.

If anyone in your home relies on electrically powered medical equipment, have a backup plan
for the outage window and call us to ask about our medical priority list.

Corliss Rural Electric Cooperative
(641) 555-0109""",
        [],
    ),
    (
        """Subject: medical priority list - add Verna Ostrander

Dispatch and line crew,

Please add to the medical priority list (outage callbacks and first restoration on the Quarry
Rd feeder):

Member: Verna Ostrander, 2214 Quarry Rd (account 70471594)
Equipment: oxygen concentrator, 24 hours a day; hospital bed with air mattress
Physician certification: received 11/16 from Dr. Engel (COPD, continuous oxygen)
Backup: two portable tanks, about 6 hours
Contact: daughter Pam Ostrander, (641) 555-0125

Member services, Corliss REC""",
        [("health", "")],
    ),
    (
        """Subject: Autopay enrollment confirmation

Dear Harlan Voss,

You are now enrolled in automatic payment for your Corliss REC account 16080766. Your monthly
bill will be drafted on its due date from:

Bank routing number: 273057644
Account number: 37799843604 (checking)

First draft: December 15, 2026. To change or cancel autopay, call us at least five business
days before the due date.

Corliss Rural Electric Cooperative
(641) 555-0109""",
        [("ABA_ROUTING_NUMBER", "273057644"), ("US_BANK_NUMBER", "37799843604")],
    ),
    (
        """Subject: Notice of Sheriff's Sale - Case EQCV066147

CORLISS COUNTY SHERIFF - CIVIL DIVISION
Verlo State Bank, Plaintiff, vs. Dean R. Hollings and Marcy A. Hollings, Defendants.

By virtue of a special execution issued in the above foreclosure, the sheriff will sell the
following real estate at public auction on Tuesday, December 15, 2026, at 10:00 a.m. at the
north door of the Corliss County Courthouse: Lot 4, Block 2, Miller's Addition to the City of
Verlo.

Judgment amount: $186,402.17 plus interest and costs. Terms: cash or certified funds.

Civil Deputy T. Hanke
(641) 555-0103""",
        [],
    ),
    (
        """Subject: Permit to carry application - notice of denial

Mr. Shane Dreyer,

Your application for a nonprofessional permit to carry weapons, received 11/09/2026 with Iowa
driver's license 396IS1214, is denied. The background check found a conviction for domestic
abuse assault in Corliss County on 05/12/2022, which makes you ineligible for a permit under
state law.

You may appeal this denial to an administrative law judge within 30 days of this notice.
Your $50 application fee is not refundable.

Civil Division, Corliss County Sheriff's Office
(641) 555-0103""",
        [("criminal_history", ""), ("US_DRIVER_LICENSE", "396IS1214")],
    ),
    (
        """Subject: Volunteer background check - cleared

Hi Jennifer,

Your volunteer screening for Corliss County 4-H is complete:
- Iowa criminal history check: no records found
- Sex offender registry: no record
- Child and dependent adult abuse registry: no record

You are cleared to serve as a club volunteer through November 2029. Please finish the online
youth protection module before your first meeting.

Corliss County Extension & Outreach - 4-H""",
        [],
    ),
    (
        """Subject: RE: new policy paperwork - need both SSNs

Hi Randy,

Since we're setting the new rented ground up under a husband-wife entity, here are both
numbers you asked for:

Larry Pruess: 410-26-5632
Denise Pruess: 096-30-9091

It's FSA farm 4122, the old Wiebke place, 156 acres. We want the same 85% enterprise unit
coverage as the home farm.

Larry""",
        [("US_SSN", "410-26-5632"), ("US_SSN", "096-30-9091")],
    ),
    (
        """Subject: Your hail claim payment has been sent

Dear Ron Gerdes,

Your 2026 soybean hail claim has been paid. Payment of $24,318.60 was sent by ACH on
November 20 to the account on file:

Routing number: 088990792
Account number: 611428481505 (Gerdes Farms checking)

Please allow two business days for the deposit. The claim worksheet is attached for your
records.

Dirks Crop Insurance Agency, on behalf of the insurer
(641) 555-0148""",
        [("ABA_ROUTING_NUMBER", "088990792"), ("US_BANK_NUMBER", "611428481505")],
    ),
    (
        """Subject: Claim update - 2026 soybeans, Prairie Gap unit

Al,

The adjuster finished the appraisal on your Prairie Gap soybean unit on Friday. Claim number
IV-26-49461. Findings: hail damage on 212 of 240 acres, appraised yield 38 bu/a against a
guarantee of 52.5, about a 28% loss. The production worksheet goes to the company Monday;
payment usually follows in two to three weeks.

If you disagree with the appraisal, tell me before the worksheet is signed and we can ask
for a second look.

Randy Dirks
Dirks Crop Insurance Agency""",
        [],
    ),
    (
        """Subject: new seller setup - Mitch Kramer

Prairie Gap Livestock Auction office,

Mitch Kramer is selling 60 head of fall calves on the 24th; it's his first time selling with
you. His W-9 and direct deposit information:

Name: Mitchell J. Kramer
TIN (SSN): 371-55-1058
Bank: First Prairie Savings
  Routing: 714253606
  Account: 4406821188 (checking)

He'd like proceeds deposited rather than a check at the window.

Thanks,
Becca at Kramer Cattle""",
        [
            ("US_SSN", "371-55-1058"),
            ("ABA_ROUTING_NUMBER", "714253606"),
            ("US_BANK_NUMBER", "4406821188"),
        ],
    ),
    (
        """Subject: buyer number for Saturday's bred cow sale

BUYER REGISTRATION - PRAIRIE GAP LIVESTOCK AUCTION
Name: Cody Reiter
Operation: Reiter Cattle Co., Oakvale
Driver's license: 689FW5277 (Iowa)
Bank letter of credit: Farmers Savings Bank of Oakvale, account 402372560480, guaranteed to
$150,000
Buyer number assigned: 191

Cody, bring this with you Saturday and show your license at the window to get your card.""",
        [("US_DRIVER_LICENSE", "689FW5277"), ("US_BANK_NUMBER", "402372560480")],
    ),
    (
        """Subject: Reminders from Linden Ford Vet

Hi Sievert family,

- Buster (dog): rabies booster is due in December; his current tag number is 2026-1100.
- Dolly (mare): the nasal wash came back positive for strangles. Keep her in the north pen,
  away from the other horses, with her own buckets, for at least three more weeks. Finish the
  penicillin as directed and take her temperature twice a day.
- Your barn cats are welcome at the Saturday spay/neuter clinic on the 12th.

Linden Ford Veterinary Clinic
(641) 555-0160""",
        [],
    ),
    (
        """Subject: your rabies titer result

Kayla,

Your rabies titer from the October draw came back at 0.3 IU/mL. For staff who handle strays
and unvaccinated livestock we keep titers at 0.5 or above, so you are due for a single
pre-exposure booster. Dr. Lorenzen set it up with Corliss County Public Health for Monday at
8:30; the clinic pays.

Until then, please leave bite-quarantine dogs and any rabies suspects to Jess.

Marcia
Practice Manager, Linden Ford Veterinary Clinic""",
        [("health", "")],
    ),
    (
        """Subject: referral - Jim Baustian (please call this week)

Lori,

Carol Baustian called the extension office today about her husband Jim. Since they sold the
cow herd in September Jim has been badly depressed: not sleeping, not eating, and he told her
he doesn't see the point of going on. She says he has not hurt himself, and there are no
guns in the house now; his brother took them.

Jim agreed to talk to a counselor, so I gave Carol a Rural Concern Line voucher for three
free sessions and the 988 number. Can you call her at (641) 555-0161 this week to set up the
first session?

Mary Hoeft
Corliss County Extension & Outreach""",
        [("health", "")],
    ),
    (
        """Subject: Free webinar: Managing stress after a hard year on the farm

Low prices, high input costs and a wet harvest have made 2026 a hard year for many farm
families. Join us for a free one-hour webinar on Tuesday, December 8 at noon:

- recognizing depression and anxiety in yourself and others
- how to ask a neighbor directly about suicide, and where to send them
- talking with your lender before a payment is missed
- free counseling vouchers through the Rural Concern Line

Anyone can call or text 988 at any time. Register at the extension office or by phone.

Corliss County Extension & Outreach
(641) 555-0144""",
        [],
    ),
    (
        """Subject: intake - Thursday pantry night

New household, Thursday 11/19:
Name: Maribel Ortiz
Household: 3 (Maribel, two children ages 6 and 9)
ID: Iowa non-operator ID 969YZ7415
Address: 405 Elm St, Prairie Gap
Income: under 185% of poverty (self-declared)
Dietary: Maribel has type 2 diabetes, so pack the low-sugar box; no allergies for the kids
Referred by: school social worker
Intake volunteer: Hank""",
        [("US_STATE_ID", "969YZ7415"), ("health", "")],
    ),
    (
        """Subject: Pantry volunteers - December schedule

Thank you all! In November we served 212 households and handed out 64 Thanksgiving boxes.

December shifts:
- Thursdays 3-7 p.m.: intake (2), shelves (3), carry-out (2)
- Saturday, December 19: holiday box packing, 9 a.m.-noon

The back-door code changed to 5488 on Monday. Please park on the east side so clients can use
the front lot. The youth group from St. Isidore is covering carry-out on the 17th.

Hessburg Area Food Pantry""",
        [],
    ),
    (
        """Subject: Quinceañera de Yesenia - documentos / documents

Señora Morales,

Gracias por reservar la Misa de quince años de Yesenia para el sábado 16 de enero a las 2 p.m.
(en español). Para la preparación necesitamos:

- la fe de bautismo de Yesenia (she was baptized here at St. Isidore in 2011, so we will
  pull that record ourselves)
- su certificado de confirmación
- que Yesenia asista a las dos pláticas de preparación con la Hermana Lupe, los domingos
  después de la misa de las 12:30

Cualquier pregunta, llame a la oficina: (641) 555-0129.

Oficina parroquial, St. Isidore Catholic Church""",
        [("religious_belief", "")],
    ),
    (
        """Subject: St. Isidore - Advent and Guadalupe schedule

Weekend Masses: Saturday 5 p.m.; Sunday 8:30 a.m.; Misa en español Sunday 12:30 p.m.

Our Lady of Guadalupe, Saturday, December 12:
  Mañanitas 5 a.m., Mass 6 a.m., tamales and champurrado in the hall after
Advent confessions: Wednesdays 5-6 p.m. and Saturday, December 19, 10 a.m.-noon
Christmas Eve: 4 p.m. (English), 8 p.m. (bilingual); Christmas Day: 9 a.m.

Parish office hours: Monday-Thursday 9-3. (641) 555-0129""",
        [],
    ),
    (
        """Subject: Voicemail from (641) 555-0119 (0:24)

New voicemail for Dennis Sievert
From: (641) 555-0119
Duration: 0:24
Transcription:
"Hello, this is the Verlo State Bank automated security line calling for Dennis. Your one
time passcode to finish signing in to online banking is nine five zero zero four three. This
code expires in ten minutes. If you did not request it, please call us."

Tap to listen. Transcriptions may contain errors.""",
        [("ACCESS_CODE", "nine five zero zero four three")],
    ),
    (
        """Subject: Form 8879 information - Ramírez return

Hi Deb,

For our 2026 return: my SSN is 675-08-6809 and my husband Aurelio's ITIN is 998-51-7486. The
ITIN renewal letter came in August; a copy is attached. We're filing jointly again and want
the refund direct deposited to the same account as last year.

We can come in to sign the 8879 any Tuesday or Thursday after 4.

Sandra Ramírez""",
        [("US_SSN", "675-08-6809"), ("US_ITIN", "998-51-7486")],
    ),
    (
        """Subject: FBAR reminder - your Rabobank account

Hi Joost and Marieke,

Because the high balance on your Rabobank savings account went over $10,000 this year (the
inheritance from Marieke's mother), you will need to file an FBAR by April 15. I have the
account as NL98 RABO 3557 9408 31 from last year's worksheet.

Please send me the highest balance in euros during 2026 and the December 31 balance. I'll
also check whether Form 8938 applies with your joint return.

Deb Meyer, EA
Meyer Tax & Bookkeeping""",
        [("IBAN_CODE", "NL98 RABO 3557 9408 31")],
    ),
    (
        """Subject: Year-end tax checklist - Meyer Tax & Bookkeeping

Appointments for the 2026 season open January 12. Please bring:

[ ] all 1099s, including 1099-G and CCC-1099-G from FSA
[ ] grain and livestock settlement sheets, and your 2026 crop insurance indemnity statements
[ ] Social Security card for any new dependent   SSN: ___-__-____
[ ] IRS IP PIN letter (CP01A), if you get one    IP PIN: ______
[ ] depreciation list for equipment bought or sold
[ ] receipts for health insurance premiums

Please do not email photos of Social Security cards; use the secure upload link or bring
them in.

Meyer Tax & Bookkeeping
(641) 555-0150""",
        [],
    ),
    (
        """Subject: Wire for Eusebio's mother - monthly

Verlo State Bank wire desk,

Please set up the monthly international wire for our hired man, Eusebio Cárdenas, from his
checking account with you to his mother's account in Mexico:

Beneficiary: María Elena Cárdenas Ruiz, Zamora, Michoacán
Bank: BBVA México
CLABE: 012180809139038722
Amount: US$450 on the 1st of each month

He signed the authorization at the branch on Friday.

Ron Gerdes
Gerdes Farms""",
        [("US_BANK_NUMBER", "012180809139038722")],
    ),
    (
        """Subject: TB follow-up - Gerardo Aguilar (H-2A, Kuhl Custom Harvesting)

Forwarded to the crew lead with Gerardo's written consent.

Patient: Gerardo Aguilar Mendoza
ID: Mexican passport G74822377
Result: QuantiFERON positive on arrival screening; chest X-ray clear; no symptoms.
Assessment: latent TB infection, not contagious.
Plan: rifampin 600 mg daily for 4 months, started 11/02. He returns to Mexico on December 15;
we are enrolling him in the binational TB referral program so he can get months 3 and 4 from
a clinic near Tamazunchale.

Please remind him to take it every morning with water, not with breakfast.

Tri-County Farmworker Health Program""",
        [("US_PASSPORT", "G74822377"), ("health", "")],
    ),
    (
        """Subject: Title VI Indian Education form - Lily

Ms. Morgan,

Thank you for returning the Title VI Indian Education eligibility form for Lily. We have
recorded:

Student: Lily Morgan, grade 3, Verlo Elementary
Tribe: Sac & Fox Tribe of the Mississippi in Iowa (Meskwaki Nation), enrolled member
Tribal ID card number: 1214-751

Lily is welcome to join the Thursday after-school language and culture club, which starts
back up on December 3.

Julie Albers, Federal Programs
Verlo-Hessburg Community School District""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "1214-751")],
    ),
    (
        """Subject: Head lice in Mrs. Albers' 2nd grade

Dear 2nd grade families,

A case of head lice was found in Mrs. Albers' class this week. Please check your child's hair
tonight, especially behind the ears and at the back of the neck. Lice do not spread disease
and are not a sign of poor hygiene. If you find live lice, treat your child before they come
back to school and let me know so I can help.

A how-to sheet is attached, in English and Spanish.

Deb Sievert, RN, School Nurse""",
        [],
    ),
    (
        """Subject: Refund of Lukas's convention deposit

Dear Mr. and Mrs. Brenner,

Since Lukas's exchange year ends December 18, before the state FFA convention in April, the
chapter will refund his $250 deposit. The district business office will send it by
international wire to the account you gave us:

IBAN: DE41 8849 7946 7297 2160 16
Account holder: Stefan Brenner

Please allow two weeks. Lukas has been a great addition to the chapter; the members will miss
him at the ag shop.

Mr. Koenig, Hessburg FFA advisor""",
        [("IBAN_CODE", "DE41 8849 7946 7297 2160 16")],
    ),
    (
        """Subject: superintendent background checks - 2027 fair

Board members,

The background checks on the 2027 barn superintendents came back from the sheriff's office.
All are clear except Randy Voss (sheep barn): his check shows an OWI first-offense conviction
in 2020, with probation completed in 2021.

Our policy only disqualifies for offenses involving children or theft, so I recommend we
approve him along with the others. We'll vote at the December 14 meeting.

Karla Pruess, fair board secretary""",
        [("criminal_history", "")],
    ),
    (
        """Subject: 2026 premium checks mailed; campground gate

Fair board and superintendents,

Premium checks went out Friday: $48,210 to 312 exhibitors across 4-H, FFA and open class.
Any check not cashed by March 31 is void.

The campground gate combination has been changed to 7-8-1-9 for winter storage. Campers and
boats must be out by December 1 or moved to the south row.

Karla Pruess
Corliss County Fair Board""",
        [],
    ),
    (
        """Subject: Thank you for your contribution

Dear Marlys Ehrhardt,

Thank you for your contribution of $100 to the Committee to Elect Lorraine Pietsch for Rock
Creek Township Trustee, received October 27, 2026 and charged to your Visa ending in 3896.
Your support is helping us reach every farm on the township's roads before November 3.

Paid for by the Committee to Elect Lorraine Pietsch""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "3896")],
    ),
    (
        """Subject: RE: parts order 7022 - card

Kelly,

Sorry, my phone cut the number off last time. Here it is again for the chopper knives and the
hydraulic hoses: Mastercard 5182 3014 4826
4805 exp 03/28, name is Doug Pingel.

Ship UPS to the farm; I'll be in the shop all week.

Doug""",
        [("CREDIT_CARD", "5182 3014 4826\n4805")],
    ),
    (
        """Subject: Winter inspection special - book by December 31

Verlo Implement service department

Book your winter inspection by December 31:
- combines: $1,495 flat labor, parts extra
- row-crop tractors: $695
- planters: $475, plus meter calibration
Free pickup and delivery within 25 miles. Use code SNOW64 when you book online for 10% off
parts on the work order.

Have your machine's PIN or serial number handy when you call.

Service desk (641) 555-0183""",
        [],
    ),
    (
        """Subject: paging app - SMS stopped working

Hi Connor,

Since Tuesday our page-out texts aren't reaching crew phones. Here is the settings screen from
the admin panel so you can look at it:

SMS provider: Twilio
Account SID: AC86388b5bf13926546f5a305d06fb370e
Auth token: 08943c9085589ea99d7b63d35bac12f9
From number: +1 641 555 0177
Last status: 20003 Authenticate

Could the token have been rotated when the treasurer changed the card on the account?

Joel Reiter
Training Officer, Hessburg Volunteer Ambulance Service""",
        [("API_KEY", "08943c9085589ea99d7b63d35bac12f9")],
    ),
    (
        """Subject: November run report

Hessburg Volunteer Ambulance Service - November

Calls: 31 (medical 19, falls 5, motor vehicle 3, farm injury 2, transfers 2)
Average response time: 11.4 minutes
Mutual aid given: 2; received: 1
Crew hours: 1,046

The bay keypad code changes to 0015 on December 1. CPR recertification is Wednesday,
December 9, 6:30 p.m. at the station; sign up on the board.

Joel Reiter, Training Officer""",
        [],
    ),
    (
        """Subject: Baptism Sunday, December 13

Dear Willow Creek family,

On Sunday, December 13, we will celebrate baptism upon confession of faith for Jonah Schrock
and Ella Gingerich, who completed the fall membership class with me. Jonah and Ella will share
their faith stories during worship and then be received into membership.

Please stay for the fellowship meal after the service. Bring a salad or dessert.

Pastor Dan Roth
Willow Creek Mennonite Church""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Relief sale totals - thank you

Dear friends,

The fall relief sale raised $187,420 for disaster relief and development work. Quilts brought
$64,300, the meat canning project filled 1,150 cans, and the pie stand sold out by 11 a.m.

Next year's sale is the first Saturday in October. Quilt tops can be dropped at the church
office any weekday morning. Thank you to every cook, cutter and auctioneer.

Relief Sale Committee""",
        [],
    ),
    (
        """Subject: First day paperwork - bring these

Hi Ty,

Welcome to Hessburg Locker! For Monday at 7 a.m., please bring:
- your documents for the I-9 (a passport, or a driver's license plus a Social Security card
  or birth certificate)
- a voided check if you want direct deposit
We'll fill out the W-4 together. Please don't text us photos of your Social Security card.

Wear boots you don't mind getting wet; we provide frocks, hairnets and knife gloves.

Gene Bertram, Hessburg Locker""",
        [],
    ),
    (
        """Subject: Financial assistance application - Duane Meier

Patient Financial Services,

Submitting the financial assistance application for Duane Meier (patient and guarantor) for
the October 22 emergency room visit and emergency appendectomy.

Household: 2
2025 income: $31,400 (farm loss plus wages)
SSN last 4: 1324
Insurance: none until January 1 (marketplace plan starts then)

Tax return and two pay stubs are attached. Please let me know if anything else is needed.

Alyssa, financial counselor
Corliss County Memorial Hospital""",
        [("health", ""), ("US_SSN", "1324")],
    ),
    (
        """Subject: Community health needs assessment - summary

Corliss County Memorial Hospital's 2026 community health needs assessment is complete. From the
county survey (n = 1,206) and state data:

- 34% of adults have obesity; 11% have diagnosed diabetes
- 1 in 5 adults reported frequent mental distress, up from 1 in 7 in 2020
- farm-related injuries were the leading cause of ER visits for men 45-64
- 22% of residents live more than 30 minutes from a pharmacy

Priorities for 2027-2029: mental health access, diabetes prevention and farm safety.

Community Relations, Corliss County Memorial Hospital""",
        [],
    ),
    (
        """Subject: IEP annual review - Brody Kramer

Dear Mr. and Mrs. Kramer,

Brody's annual IEP review is set for Tuesday, December 1 at 3:30 p.m. in the elementary
conference room. We will review his goals for reading fluency and written expression under
his specific learning disability (dyslexia) and his accommodations: audiobooks, extended time
and tests read aloud.

If that time doesn't work, call me and we'll find another. You are welcome to bring anyone
who knows Brody well.

Mrs. Hoeft, Special Education
Verlo-Hessburg Community School District""",
        [("health", "")],
    ),
    (
        """Subject: Farm Bureau scholarship application - Daniela Ruiz

Applicant: Daniela Ruiz, Verlo-Hessburg High School, class of 2027
Intended major: animal science

Personal statement (excerpt):
"As a first-generation Mexican American student, I grew up on the dairy where my parents have
milked for fourteen years. I started doing fresh-cow checks with my dad when I was twelve,
and I want to come back to Corliss County as a herd veterinarian."

Application complete; two references received.""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: 2027 Farm Bureau scholarships now open

Corliss County Farm Bureau will award four $1,500 scholarships to high school seniors from
Farm Bureau member families who plan to study agriculture or a related field. Students from
every background are encouraged to apply, including first-generation college students.

Deadline: February 15, 2027. Applications need a transcript, two references and a 300-word
personal statement. Forms at the county office or on our website.""",
        [],
    ),
    (
        """Subject: Invoice 3907 - cattle hauling

WESSELS TRUCKING
Invoice 3907        Date: 11/18/2026
Bill to: Kramer Cattle
Load: 58 head fed steers, Prairie Gap to the packer at Tama, 96 loaded miles
Tractor: 2023 Peterbilt, VIN 1XP7U9EP5ND887302
Trailer: Wilson pot, plate TRL 49592
Rate: $6.10 per loaded mile = $585.60; washout $95
Total due: $680.60, net 15 days

Driver: Mike Wessels""",
        [],
    ),
    (
        """Subject: Re: this week

Friday off for my cousin's wedding in Ottumwa, back Saturday for chores. - Eusebio""",
        [],
    ),
    (
        """Subject: Notice of action taken - equipment loan application

Dear Mr. Colton Wiese,

Thank you for applying to Verlo State Bank for a $38,000 loan for a used skid steer. We are
unable to approve your application at this time.

Your credit score: 595 (range 300-850), from Equifax, dated 11/12/2026.
Key factors: delinquency on accounts; too few accounts paid as agreed.

Adverse items from your credit report:
- Collection account, Prairie Wireless, $486, placed 02/2025
- 60-day late payment, Hessburg Farmers Co-op agronomy account, 07/2025

Our decision was based in whole or in part on information obtained in a report from the
consumer reporting agency named above. The reporting agency played no part in our decision
and is unable to supply specific reasons why we have denied credit to you. Under the Fair
Credit Reporting Act, you have the right to a free copy of your report from the reporting
agency if you request it within 60 days of receiving this notice. You also have the right to
dispute the accuracy or completeness of any information in your report directly with the
reporting agency. Its address and toll-free number are printed on the enclosed sheet.

You may reapply at any time. Many farm customers in your position reapply after a collection
is paid or settled and six months of on-time payments are reported; our loan officers are
glad to go over a plan with you, and the county extension office offers free farm financial
counseling.

NOTICE: The federal Equal Credit Opportunity Act prohibits creditors from discriminating
against credit applicants on the basis of race, color, religion, national origin, sex,
marital status, age (provided the applicant has the capacity to enter into a binding
contract); because all or part of the applicant's income derives from any public assistance
program; or because the applicant has in good faith exercised any right under the Consumer
Credit Protection Act. The federal agency that administers compliance with this law
concerning this creditor is the Federal Deposit Insurance Corporation, Consumer Response
Center, whose address is on the enclosed sheet.

Sincerely,

Pat Hollander
Consumer Lending, Verlo State Bank""",
        [
            ("CREDIT_SCORE", "595"),
            ("CREDIT_REPORT", "Collection account, Prairie Wireless, $486, placed 02/2025"),
            (
                "CREDIT_REPORT",
                "60-day late payment, Hessburg Farmers Co-op agronomy account, 07/2025",
            ),
        ],
    ),
    (
        """Subject: Fwd: Your AgPortal sign-in code

Kyle, use this to get into the co-op portal and print the settlement sheets for Deb. It's
only good for 10 minutes.

---------- Forwarded message ----------
From: Hessburg Farmers Co-op <noreply@hessburgcoop.example>
Subject: Your AgPortal sign-in code

Your AgPortal sign-in code is 427295. If you did not request this code, you can ignore this
email.""",
        [("ACCESS_CODE", "427295")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_44, "hard44", Path(__file__).with_name("hard-44.jsonl")))
