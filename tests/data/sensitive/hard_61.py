"""Hard set 61 (2026-12-07): refugee resettlement and immigrant legal services agency.

Written by an independent helper session, started by the project and working blind. It read
only: /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt, /tmp/mg/brief61.txt and the
task prompt /tmp/mg/prompt61.txt. It ran only: throwaway scripts under /tmp/hard61_gen/
(identifier generators, and reflow.py, which re-emitted the hand-written texts as implicitly
concatenated strings within the 100-column limit and asserted the cases unchanged),
`python3 -c` with the calendar module (weekdays of December 2026), wc, awk
and od on the conventions file (line lengths, no backslashes or triple quotes), this module
(`PYTHONPATH=. /work/main/.venv/bin/python tests/data/sensitive/hard_61.py`), `ruff format`
and `ruff check` on this module, and `git add` / `git commit` / `git rev-parse HEAD`. It did
not list directories, open any other project file, run the detector or any scanner command,
or use any web, code-index or document search tool.
Slips: none.

Identifiers: every labelled number, code and secret comes from throwaway scripts under
/tmp/hard61_gen/ (gen_ids.py, gen_extra.py, gen_lb.py) using random.Random with fixed seeds:
Luhn-valid card numbers (Visa, Amex) completed from random bodies; ABA routing numbers with a
valid Federal Reserve prefix and checksum; SSNs by SSA rules (no 000/666/9xx area, no 00
group, no 0000 serial) and ITINs by IRS rules (9XX, valid group); bank account numbers as
random 8-12 digit strings; Ukrainian and Lebanese IBANs with computed mod-97 check digits;
passport numbers in each issuer's shape (Afghan P+8 digits, Ugandan A+8, Venezuelan 9
digits, Ukrainian 2 letters+6, Pakistani 2 letters+7, Ethiopian EP+7, DRC OP+7, Haitian 2
letters+7, Cuban K+6, Honduran F+7, Guatemalan 9 digits, Syrian N+9, Jamaican A+7,
Nicaraguan C+8, Iranian letter+8, Russian series+number, Sudanese and Somali P+8, Burundian
PA+6, U.S. next-generation letter+8); Ohio licences and ID cards as 2 letters+6 digits,
Kentucky letter+8, Michigan letter+12 in printed groups, Florida letter+12 in dashed groups,
Minnesota letter+12; four- and six-digit PINs and one-time codes; credit scores in the
500-780 range; a 32-hex Twilio auth token, a Stripe-style secret key and a SHA-256
template hash; passwords built from random four-character fragments joined to ordinary
words. Security answers (places, a teacher's name) were made up. Unlabelled reference
numbers (USCIS receipt and I-94 numbers, a tracking number) come from the same scripts;
agency case IDs, order, check, SNAP case and MRN numbers, EINs and lockbox or gate codes
were typed by hand and are neither Luhn-valid card shapes nor SSN shapes. Phone numbers are
555-01xx. All people, organisations, clinics, banks' customers, campaigns and the agency
(Lakeview Newcomer Services) are invented; real places, real parties and real programs
appear only as context.

CONVENTIONS (every label can be checked against these):
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
- An arrest, charge or imprisonment abroad described in an asylum declaration or prep note
  (an Iranian convert held 23 days by the Ministry of Intelligence and bailed, an Eritrean
  held in a shipping container without charge, a Ghanaian arrested and charged over a
  same-sex relationship) is criminal_history: the conventions count arrests and
  incarceration whatever their cause or outcome. Civil immigration detention by ICE, "no
  arrests anywhere per intake", "never been arrested, charged or detained", and being the
  complainant in a police report stay unlabelled.
- USCIS receipt numbers, I-94 admission record numbers, agency case IDs, SNAP case numbers,
  an IOM booking reference, an MRN and a federal civil case number are unlabelled reference
  numbers, like case and docket numbers. A-numbers appear only as blank fields or as "not
  typed here", never as values.
- Expired passports are labelled US_PASSPORT like valid ones; a U.S. passport copied as
  proof of citizenship is US_PASSPORT; the foreign passport in an I-9 List A entry is
  US_PASSPORT and the I-94 number beside it is not labelled.
- An Ohio "OL#" (operator's licence) is US_DRIVER_LICENSE; an Ohio identification card is
  US_STATE_ID; a Michigan licence keeps its printed spaces and a Florida licence its
  dashes.
- Coordinating for an opposition party (Vente Venezuela), membership of Komala, and taking
  part in an anti-government protest movement (the UPOLI occupation, Azul y Blanco
  marches) disclose the client's political_opinion. Naming a public figure the client
  supported adds nothing further.
- An ethnic or indigenous identity stated for a named client (Hazara, Rohingya, Karen, Maya
  Mam, Garifuna, Banyamulenge, Tigrayan, Kurd) is racial_ethnic_origin; booking an
  interpreter in Tigrinya, Mam, S'gaw Karen or Somali, a home language, a birthplace used
  as a security answer, nationality and camp names alone are not.
- "Religion (self-reported): Shia" with a request for a mosque for Friday prayer, a
  convert's baptism, an Ahmadi praying at his jamaat every Friday, Pentecostal fellowship
  membership, a staff member fasting for Ramadan and taking Eid as a holiday, and a
  co-sponsor volunteer writing that she and her husband are members of a synagogue and keep
  Shabbat are religious_belief. Greetings ("God bless you", "merry Christmas", "salam"), a
  church office's bulletin item and halal labels for all potluck guests are not.
- A religious exemption from named school vaccines for practising Muslim parents' children
  is religious_belief and health, as agreed in set 24.
- A child's sickle cell disease stated as a condition (no test result) is health, not
  genetic. A DNA relationship test for a follow-to-join petition ("not excluded",
  "EXCLUDED as biological father") is genetic only, like a paternity result.
- Biktarvy with a lapsed Ryan White enrollment is health (HIV implied); dialysis named as the
  reason a delivery must wait is health; a workplace tendon repair on workers' comp is
  health; "Medical: nothing disclosed today" and "Health: see RHA, pending" are not.
- "His partner Brian ... their five years together" and "Odette as her spouse" with a
  foreign same-sex marriage are sexual_orientation; a volunteer Deborah's "my husband Alan"
  is not labelled.
- A staff member's Microsoft 365 password and the sign-in code sent to her phone, and a
  client's USCIS online account password and 2-step code, open online accounts: PASSWORD
  and ACCESS_CODE. A credit union's online-banking temporary password and two security
  answers are each PASSWORD.
- A timeclock enrolment log with a fingerprint template hash and a failed match score for a
  named employee is biometric; a USCIS biometrics appointment and county fingerprinting for
  volunteer background checks are not.
- Union dues for UFCW on a client's pay stub and a steward's welcome confirming a signed
  OPEIU membership card are trade_union_membership; a "labor-management committee" agenda
  item is not.
- A freelance interpreter's own routing and account numbers for invoice payments are
  labelled ABA_ROUTING_NUMBER and US_BANK_NUMBER, like a direct deposit; the IBAN of a
  client's relative abroad given for a remittance is IBAN_CODE with its printed spaces.
- A utility collection and a 30-day late payment in a loan officer's note are each
  CREDIT_REPORT on the line after the dash bullet; a VantageScore at loan opening and at
  close are both CREDIT_SCORE.
- A training scenario marked fictional, a novel's plot, an appeal about "H." with her name
  changed, and grant and board reports with counts and percentages are never labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_61: list[Case] = [
    (
        "Fwd: intake sheet - Rahimi household (arr. 12/03)\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Beatriz Oyelaran <boyelaran@lakeviewnewcomer.org>\n"
        "Date: Fri, Dec 4, 2026 at 4:51 PM\n"
        "Subject: intake sheet - Rahimi household (arr. 12/03)\n"
        "To: Mirwais Sadat <msadat@lakeviewnewcomer.org>\n"
        "\n"
        "Mirwais - typed this up from the paper form so you have it before Monday's home visit. "
        "Originals are in the locked cabinet.\n"
        "\n"
        "HOUSEHOLD INTAKE / R&P\n"
        "Case no.: RP-26-0412          Arrival: 12/03/2026 (CMH, late flight)\n"
        "PA ........ Rahimi, Ghulam Sakhi   yob 1984   Travel doc: AFG ppt P54773678\n"
        "Spouse .... Rahimi, Zarghona       yob 1989   Travel doc: AFG ppt P17585407\n"
        "Children .. Mursal (11), Elham (8), Hadi (3) - on parents' docs\n"
        "Language .. Dari (PA also some Urdu)        Interpreter: YES\n"
        "Ethnicity (self-reported) ..... Hazara\n"
        "Religion (optional, self-rep.) . Shia - asked if there is a Shia mosque near the "
        "apartment for Friday prayer\n"
        "A-Number ...................... on I-94, not copied here\n"
        "Health ........................ see RHA, pending\n"
        "Notes: Hadi's shoes are too small; winter coats for all 5. Zarghona prefers a female "
        "caseworker.\n"
        "\n"
        "Thanks!\n"
        "B.",
        [
            ("US_PASSPORT", "P54773678"),
            ("US_PASSPORT", "P17585407"),
            ("racial_ethnic_origin", ""),
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Final text for the New Year KYR card (English side)\n"
        "\n"
        "Jonah, here's the English side as approved by Daniel. Spanish, Dari, French and Haitian "
        "Creole translations are due back Dec 18.\n"
        "\n"
        "KNOW YOUR RIGHTS - keep this card in your wallet\n"
        '* You have the right to remain silent. You can say: "I want to speak with a lawyer."\n'
        "* Do not open your door unless the officer shows a warrant signed by a judge. A form "
        "signed by an ICE officer is not the same thing.\n"
        "* Do not sign any paper you do not understand.\n"
        "* Do not carry papers from another country or false documents.\n"
        "* Write your A-Number here: A- ___ ___ ___ and give a copy to someone you trust.\n"
        "* Call us: Lakeview Immigration Legal Clinic (614) 555-0147, Mon-Thu 9-5.\n"
        "We never ask about your religion, your politics or who you love before helping you. Our "
        "services are free and confidential.\n"
        "\n"
        "Printing: 2,500 cards, 3.5 x 2 in., two-sided, Riverside Print order #PR-22917.",
        [],
    ),
    (
        "Subject: Safavi decl. draft 3 - for Farsi read-back Thursday\n"
        "\n"
        "Parisa,\n"
        "Below are paragraphs 6-10 of Negar's declaration as they stand. Please read them back to "
        "her in Farsi on Thursday and mark anything she corrects - dates especially. Do not "
        "forward; this is attorney work product.\n"
        "Priya\n"
        "\n"
        "---\n"
        "6. I was raised in a Shia Muslim family in Shiraz but I did not practise. In March 2022 a "
        "colleague at the pharmacy, Leila, invited me to a small group that met on Friday evenings "
        "in an apartment in the Maaliabad neighbourhood to read the Bible.\n"
        "7. I came to believe in Jesus Christ. I was baptized by the group's leader, Brother "
        "Hamid, in the bathtub of that apartment in May 2022. After that I attended every week and "
        "I helped by copying the Persian New Testament onto USB sticks.\n"
        "8. On 9 November 2022, four men from the Ministry of Intelligence came to my parents' "
        "house at 6 in the morning. They took my laptop and my phone and put me in a car with my "
        "eyes covered. I was held for 23 days in the Ministry's detention center on Zand "
        "Boulevard, in a cell alone. They asked me again and again for the names of the others in "
        "the group.\n"
        "9. I was released on a bail guarantee of my father's house deed and told I would be tried "
        'for "propaganda against the Islamic Republic" and "acting against national '
        'security".\n'
        "10. In January 2023 I left Iran through the Bazargan crossing ...\n"
        "---",
        [
            ("religious_belief", ""),
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: RHA results - Mohammadi household\n"
        "From: Esther Nyambura, RN\n"
        "To: Halima Osman\n"
        "Cc: health-team\n"
        "\n"
        "Halima,\n"
        "Domestic screening results came back this morning for the Mohammadi household "
        "(RP-26-0398). Short version so you can plan visits:\n"
        "\n"
        "- Shabnam (mom, 34): QFT positive, chest x-ray clear = latent TB, not contagious. Clinic "
        "wants to start 4 months of daily rifampin; she needs liver labs monthly. She was very "
        "worried it means she can't cook for the kids - please reassure her it doesn't.\n"
        "- Arash (9): blood lead 7 mcg/dL, recheck in 3 months; started on iron drops for anemia.\n"
        "- Soraya (6): labs normal. Needs MMR #2 and varicella #2 before the school start date.\n"
        "- Dad (Wahid): cleared, BP a little high, recheck at first PCP visit.\n"
        "\n"
        "Follow-up at Westside Family Health Tue 12/15 at 10:20 - please book a Dari interpreter "
        "(in person, female if possible).\n"
        "\n"
        "Esther",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Board packet - arrivals & health screening snapshot (FY26)\n"
        "\n"
        "Board members,\n"
        "Ahead of the Dec 17 meeting, a quick snapshot from our FY2026 annual report (Oct 1, 2025 "
        "- Sep 30, 2026):\n"
        "\n"
        "Arrivals resettled: 412 individuals in 118 households\n"
        "  Democratic Republic of the Congo ... 31%\n"
        "  Afghanistan ....................... 22%\n"
        "  Venezuela ......................... 14%\n"
        "  Burma (Myanmar) .................... 9%\n"
        "  Ukraine (parole, not R&P) .......... 8%\n"
        "  Other (12 countries) .............. 16%\n"
        "\n"
        "Domestic medical screening (adults, n = 268):\n"
        "  latent TB infection ............... 13%\n"
        "  hepatitis B (chronic) .............. 4%\n"
        "  referred for mental-health care ... 11%\n"
        "\n"
        "Children enrolled in school within 30 days: 94%\n"
        "Adults employed at 180 days: 71% (state average for R&P agencies: 64%)\n"
        "\n"
        "The State Refugee Coordinator's office will publish the statewide numbers in February. "
        "Nothing here identifies a client; please don't ask staff for the names behind the "
        "percentages.\n"
        "\n"
        "Ruth Okafor-Lindqvist\n"
        "Executive Director",
        [],
    ),
    (
        "Subject: RE: enrollment packet - Kabongo children (Grace, Joel)\n"
        "\n"
        "Hi Ms. Whitford,\n"
        "\n"
        "Thanks for your patience. Answers to the enrollment center's checklist below, and I'll "
        "bring the originals on Wednesday.\n"
        "\n"
        "1) Proof of residency: lease in Mama Esperance's name (Maple Ridge Apts, #3B), plus her "
        "Ohio identification card, no. ZW149938.\n"
        "2) Birth certificates: the family only has the UNHCR registration; we'll use the "
        "affidavit of age.\n"
        "3) Immunizations: Grace (7) is missing DTaP #5 and IPV #4 - clinic appointment is 12/22. "
        "Joel (10) is up to date.\n"
        "4) Health: Joel has sickle cell disease. When he has a pain crisis he needs water, warmth "
        "and a call to his mother; his hematologist at Nationwide Children's will send a school "
        "care plan. Please make sure the nurse has it before Jan 5.\n"
        "5) Language: Lingala and French at home; Joel speaks some English.\n"
        "\n"
        "Kwame Asante | School Liaison\n"
        "Lakeview Newcomer Services | (614) 555-0163\n"
        "\n"
        "> On Fri, Dec 4, 2026, Dana Whitford wrote:\n"
        "> We still need proof of residency, birth certificates and the immunization record for "
        "both students.",
        [
            ("US_STATE_ID", "ZW149938"),
            ("health", ""),
        ],
    ),
    (
        "Subject: RE: Nkurunziza start date / payroll\n"
        "\n"
        "Hi Tasha,\n"
        "\n"
        "His card came in Saturday's mail! SS# is 532-81-3908 (name exactly as on the card: "
        "NKURUNZIZA EMMANUEL). He's fine with a Jan 4 start on second shift.\n"
        "\n"
        "For direct deposit he opened a share draft account at Scioto Valley Credit Union last "
        "week:\n"
        "RTN/ABA: 049674853\n"
        "Acct: 970731085\n"
        "\n"
        "Can you confirm once the I-9 is done? He still has his refugee I-94 if there's any issue "
        "with the card.\n"
        "\n"
        "Thanks,\n"
        "Mirwais Sadat\n"
        "Employment Specialist, LNS\n"
        "\n"
        "-----Original Message-----\n"
        "From: Tasha Greer <tgreer@midohiocoldstorage.com>\n"
        "Sent: Friday, December 4, 2026 2:12 PM\n"
        "Subject: Nkurunziza start date / payroll\n"
        "\n"
        "Mirwais - we can onboard Emmanuel as soon as we have his SSN and banking for direct "
        "deposit. Orientation is Mondays.",
        [
            ("US_SSN", "532-81-3908"),
            ("ABA_ROUTING_NUMBER", "049674853"),
            ("US_BANK_NUMBER", "970731085"),
        ],
    ),
    (
        "Subject: Direct deposit form for new hires (blank)\n"
        "\n"
        "Please print this for Monday's job-readiness class so clients can practise filling it "
        "out. Do NOT have them write real numbers in class.\n"
        "\n"
        "EMPLOYEE DIRECT DEPOSIT AUTHORIZATION\n"
        "Employee name: ______________________________\n"
        "Bank name: _________________________________\n"
        "Routing number (9 digits): ___ ___ ___ ___ ___ ___ ___ ___ ___\n"
        "Account number: ____________________________\n"
        "Account type: [ ] Checking  [ ] Savings\n"
        "Last four of SSN: ____\n"
        "Signature: _________________   Date: __________\n"
        "\n"
        "Tip for the class: the routing number is the first group of numbers at the bottom left of "
        "a check.",
        [],
    ),
    (
        "Subject: ITIN letter came - Rosa Quispe\n"
        "\n"
        "Hola Lucía,\n"
        "\n"
        "The CP565 finally came for Rosa (asylum pending, no EAD yet). Her ITIN is 988-52-6392 - "
        "please add it to the tax intake so we can do her 2026 return in February.\n"
        "\n"
        "Same envelope had the CP01A with her Identity Protection PIN for filing season: 869714. "
        "Put it in the locked tax folder, not in the case notes; it changes every year anyway.\n"
        "\n"
        'She asked whether having an ITIN "reports" her to immigration - I told her no, but '
        "could you explain it again in Spanish when you see her?\n"
        "\n"
        "Gracias,\n"
        "Tomasz",
        [
            ("US_ITIN", "988-52-6392"),
            ("PIN", "869714"),
        ],
    ),
    (
        "Subject: I-765 receipt + biometrics - Ortega Paz\n"
        "\n"
        "FYI for the file:\n"
        "\n"
        "Receipt Number: IOE4561474207\n"
        "Form: I-765, Application for Employment Authorization, category (c)(8)\n"
        "Received: 11/19/2026    Notice date: 11/24/2026\n"
        "Applicant: Wilmer Ortega Paz (A# on the notice, not typed here)\n"
        "\n"
        "ASC appointment: 12/21/2026, 8:00 AM, Columbus Application Support Center. Bring the "
        "appointment notice and photo ID. USCIS will take his fingerprints and photo.\n"
        "\n"
        "Processing time online says 3.5 months. The clock for the (c)(8) 180-day rule is running "
        "separately - see the EOIR case tracker.\n"
        "\n"
        "- Tomasz",
        [],
    ),
    (
        "Subject: Sat + next week deliveries (pls read the Saleh note)\n"
        "\n"
        "Crew -\n"
        "\n"
        "Saturday 12/12, meet at the warehouse 9 AM. Two trucks:\n"
        " Truck 1: Kabongo (Maple Ridge #3B) - bunk bed, 2 dressers, kitchen box x2\n"
        " Truck 2: Nguyen-Tran (Brookview #108) - couch, table + 4 chairs\n"
        "\n"
        "Saleh apartment (Building C, #214) still needs beds and a sofa. Lockbox is on the stair "
        "railing, code 4471. Please NOT Monday/Wednesday/Friday mornings - Ahmad is at dialysis "
        "until about 1:30 those days and Rania won't open the door to men she doesn't know while "
        "he's out. Tuesday or Thursday afternoon works best.\n"
        "\n"
        "Snow shovels are in the back of Truck 2. Thank you all - 14 homes furnished since "
        "Thanksgiving!\n"
        "\n"
        "Greg Pilkington\n"
        "Volunteer & Donations Coordinator",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Re: year-end gift\n"
        "\n"
        "Dear Ms. Strand,\n"
        "\n"
        "Thank you so much - your $500 gift in memory of your father has been processed and a "
        "receipt will come from our donor system within a day. For your security, in future please "
        "use the donate page or call me at (614) 555-0118 rather than sending card details by "
        "email.\n"
        "\n"
        "Warmly,\n"
        "Margo Whitcombe\n"
        "Development Director\n"
        "\n"
        "On Sun, Dec 6, 2026 at 9:02 PM Carol Strand wrote:\n"
        "> Hi Margo, I'd like to give $500 before the 31st in memory of my dad, who came here from "
        "Hungary in 1957 with nothing. Visa 4256 1596 5653 1875, exp 03/29, the code on the back "
        "is 892. Billing zip 43214.\n"
        "> Carol",
        [
            ("CREDIT_CARD", "4256 1596 5653 1875"),
            ("CVV", "892"),
        ],
    ),
    (
        "Subject: Declaration skeleton v4 (for pro bono volunteers)\n"
        "\n"
        "Volunteer attorneys - pasted below is the updated I-589 declaration skeleton. Please "
        "don't fill it in on the shared drive; start a new copy in the client's folder.\n"
        "\n"
        "DECLARATION OF [CLIENT FULL NAME]\n"
        "\n"
        "I, [CLIENT FULL NAME], declare under penalty of perjury:\n"
        "1. I was born on [DATE] in [CITY, COUNTRY]. My native language is [LANGUAGE].\n"
        "2. I am a member of the ____________ ethnic group / religion / political party [choose; "
        "delete the rest].\n"
        "3. On or about [DATE], I was [threatened / beaten / detained] by [PERSECUTOR] because of "
        "my ____________.\n"
        "4. [If applicable] I was arrested on [DATE] and held at [PLACE] for [NUMBER] days.\n"
        "5. I fear that if I return to [COUNTRY], ____________.\n"
        "I declare under penalty of perjury under the laws of the United States that the foregoing "
        "is true and correct.\n"
        "Signed: ______________________   Date: ___________\n"
        "Interpreter certification: I, [INTERPRETER], am competent in English and [LANGUAGE] ...\n"
        "\n"
        "Reminder: the one-year filing deadline is strict. Flag anything close to it to Daniel.",
        [],
    ),
    (
        "Subject: Kato - passport question + witness\n"
        "\n"
        "Daniel,\n"
        "\n"
        "Quick one before I file Kato's I-589 on Monday. His Ugandan passport (A91112157) expired "
        "in August. I'm listing it as expired in Part A.I and not asking him to renew through the "
        "embassy, for obvious reasons given the 2023 law.\n"
        "\n"
        "He wants his partner Brian to testify at the interview about their five years together in "
        "Kampala and the raid on the bar. Brian has his own affirmative case pending (we don't "
        "represent him). Any problem with one partner being a witness for the other? I think it's "
        "fine and actually helps corroborate.\n"
        "\n"
        "Sarah",
        [
            ("US_PASSPORT", "A91112157"),
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: Fwd: WhatsApp from Yorman (machine translated)\n"
        "\n"
        "Forwarding the auto-translation of Yorman's WhatsApp so it's in the file. The original "
        "Spanish voice note is saved to his folder.\n"
        "\n"
        "\"Good afternoon lawyer Priya, it's Yorman Castillo. I send you the photos of the card of "
        "the party. I was coordinator of Vente Venezuela in the Catedral parish of Barquisimeto "
        "from 2019 until I left in 2024, we organized the primary of Maria Corina and the "
        "witnesses for the July 28 election. My passport number is 383730497, it is expired since "
        "2022 but I still have the book. Also I have the photos of the colectivos in front of my "
        'mother house. God bless you, thank you for everything."\n'
        "\n"
        "Lucía Barrientos\n"
        "Legal Assistant",
        [
            ("political_opinion", ""),
            ("US_PASSPORT", "383730497"),
        ],
    ),
    (
        "Subject: interpreter request - Haile family, Westgate Elementary\n"
        "\n"
        "Hi Awet,\n"
        "\n"
        "Could you cover a parent-teacher conference for the Haile family at Westgate Elementary "
        "on Wed Dec 16, 3:30-4:15? Tigrinya, in person. Mrs. Haile will come with the two younger "
        "kids; the school says it's a routine first-semester check-in.\n"
        "\n"
        "Parking is behind the gym. Invoice the usual rate + mileage.\n"
        "\n"
        "Thanks!\n"
        "Beatriz",
        [],
    ),
    (
        "CASE NOTE - 12/09/2026 - Hussein, Mohammed (RP-26-0379)\n"
        "Staff: H. Osman   Contact: home visit   Interp: Rohingya (phone, line 2)\n"
        "\n"
        "Family are Rohingya from Buthidaung township; spent 7 years in Kutupalong camp before "
        'processing in Malaysia. Mohammed says the neighbours downstairs keep asking "are you '
        'Bengali" and it upsets his wife; explained that nobody at the agency will share where '
        "they are from.\n"
        "Reviewed: rent due 1/1 ($910, RCA covers Jan), SNAP interview done, bus passes loaded.\n"
        "Next: ESL placement test 12/14, job readiness class starts 1/6.\n"
        "Time: 1.5 h",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Interpreter policy - reminder for new volunteers\n"
        "\n"
        "A few reminders before the holiday rush:\n"
        '1. Never use a client\'s child as an interpreter, even for "simple" things.\n'
        "2. Use the phone line (access details are in the orientation binder) if the in-person "
        "interpreter cancels.\n"
        "3. Interpreters don't add opinions or advice. If a client asks them about religion or "
        "politics, they say it's not their role.\n"
        "4. We don't ask clients about religion, sexual orientation or political views at intake. "
        "If a client raises it, the caseworker refers them to the legal team.\n"
        "5. Confidentiality: what you hear stays in the room. This applies to the furniture crew "
        "too.\n"
        "\n"
        "Thanks, Beatriz",
        [],
    ),
    (
        "Subject: Mugisha - psych eval is in\n"
        "\n"
        "Team,\n"
        "\n"
        "Dr. Anand's psychological evaluation for Jean-Claude Mugisha came in last night (34 pp., "
        "uploaded to his folder). Key findings for the brief:\n"
        '  * PTSD, chronic, and major depressive disorder, recurrent - both "consistent with the '
        'trauma he describes"\n'
        "  * his memory gaps about the 2021 dates are explained as a symptom, which helps with "
        "credibility\n"
        "  * he started sertraline in October through Dr. Ellis at the torture treatment program "
        "and is sleeping better on prazosin\n"
        "\n"
        "Please do NOT push him on dates in the prep session on the 18th; Dr. Anand recommends "
        "breaks every 30 minutes.\n"
        "\n"
        "Priya",
        [
            ("health", ""),
        ],
    ),
    (
        "hi Jonah, Fabrice called me (again, poor guy). He has 9 Biktarvy left and the pharmacy "
        "says his Ryan White enrollment lapsed when he moved. The clinic can see him Mon 12/28 at "
        "1:00 to redo the paperwork but that's cutting it close. Can you drive him? If not I'll "
        "ask one of the Trinity volunteers.\n"
        "- Esther\n"
        "\n"
        "Sent from my iPhone",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Your 2026 gift receipt - thank you!\n"
        "\n"
        "Dear Dr. and Mrs. Abernathy,\n"
        "\n"
        "Thank you for your generous gift to Lakeview Newcomer Services.\n"
        "\n"
        "Gift ID: DN-26-18834\n"
        "Date received: December 2, 2026\n"
        "Amount: $250.00\n"
        "Method: check #2107\n"
        "Designation: Winter Coat Drive\n"
        "\n"
        "No goods or services were provided in exchange for this contribution. Lakeview Newcomer "
        "Services is a 501(c)(3) organization, EIN 31-1846207. Please keep this receipt for your "
        "tax records.\n"
        "\n"
        "Your gift bought 5 winter coats for children arriving this month.\n"
        "\n"
        "With gratitude,\n"
        "Margo Whitcombe, Development Director\n"
        "Lakeview Newcomer Services | 1180 Parsons Ave, Columbus, OH | (614) 555-0118",
        [],
    ),
    (
        "Subject: Hamdan I-485 - the OVI\n"
        "\n"
        "Daniel,\n"
        "\n"
        "Before we file Omar's adjustment I want us on the same page about his 2023 OVI. The "
        "certified disposition arrived from Franklin County Municipal Court (case 2023 TRC "
        "118406): pleaded to OVI, first offense, 3-day driver intervention program, 1-year ALS "
        "suspension, fine paid.\n"
        "\n"
        "BMV record pulled today with his OL# TL476401 shows the suspension ended 5/2024 and he's "
        "valid.\n"
        "\n"
        "A single OVI is not a bar but it's a discretion issue - I'd like proof of the DIP "
        "completion and two reference letters in the packet. OK?\n"
        "\n"
        "Tomasz",
        [
            ("criminal_history", ""),
            ("US_DRIVER_LICENSE", "TL476401"),
        ],
    ),
    (
        "Subject: RE: auto loan - Pierre-Louis\n"
        "\n"
        "Hi Samira,\n"
        "\n"
        "I ran it: tri-merge middle score 624. Underwriting can do the Corolla at 11.9% with "
        "$1,500 down, 60 months, but they'll want the two items below explained in a short letter "
        "from Mr. Pierre-Louis:\n"
        "\n"
        "- Collection: Mid-Ohio Recovery Services, orig. creditor Buckeye Power & Light, $612, "
        "opened 03/2025\n"
        "- 30-day late payment on his Capital One Platinum, 07/2025\n"
        "\n"
        "If the collection is the utility bill from his first apartment, a letter from your agency "
        "helps a lot.\n"
        "\n"
        "Kendra Voss\n"
        "Member Loan Officer, Scioto Valley Credit Union",
        [
            ("CREDIT_SCORE", "624"),
            (
                "CREDIT_REPORT",
                "Collection: Mid-Ohio Recovery Services, orig. creditor Buckeye Power & Light, "
                "$612, opened 03/2025",
            ),
            ("CREDIT_REPORT", "30-day late payment on his Capital One Platinum, 07/2025"),
        ],
    ),
    (
        "Subject: Training scenario for Thursday's volunteer attorney session (FICTIONAL)\n"
        "\n"
        "THIS IS A TRAINING EXERCISE. All names and facts are invented.\n"
        "\n"
        'Scenario 3: "Amal" is a 29-year-old woman from a fictional country, Veridonia. At her '
        "second meeting she tells you she is a lesbian, that she was held by police for two days "
        "after a raid on a party, and that she has been taking HIV medication since 2023. She asks "
        "you not to tell her brother, who came with her.\n"
        "\n"
        "Discussion questions:\n"
        " a) What goes into the I-589, and in what words?\n"
        " b) How do you handle the brother's presence?\n"
        " c) What corroboration can you realistically get?",
        [],
    ),
    (
        "Subject: Fwd: text from Amina\n"
        "\n"
        "keep for the file - I told her to change it at the machine next time & not to text it to "
        "anyone (even us).\n"
        "\n"
        "---- forwarded text ----\n"
        "From: +1 (614) 555-0172\n"
        "Dec 8, 2026 7:41 PM\n"
        "salam sister Halima the snap card pin is 4243 my son will go to Kroger tomorrow with the "
        "card, i forget again i am sorry",
        [
            ("PIN", "4243"),
        ],
    ),
    (
        "Subject: Dawit T. - credit union account opened\n"
        "\n"
        "Case note for Dawit Tesfaye (RP-26-0401), 12/07, 11:00-12:30, at Buckeye Community FCU, "
        "Morse Rd branch.\n"
        "\n"
        "Opened share savings + checking. Checking acct no. 8128970810. Debit card mailed to the "
        "apartment, 7-10 days.\n"
        "Set up online banking with him on my phone because he doesn't have a smartphone yet:\n"
        "  username: dawit.tesfaye26\n"
        "  temp password: Dwt.CsD9!winter\n"
        "  security Q1 (city you were born in): Adigrat\n"
        "  security Q2 (name of your first teacher): Letemariam\n"
        "He has the login written on a card in his wallet. Follow up when he gets his phone (Dec "
        "14?) to change the password.",
        [
            ("US_BANK_NUMBER", "8128970810"),
            ("PASSWORD", "Dwt.CsD9!winter"),
            ("PASSWORD", "Adigrat"),
            ("PASSWORD", "Letemariam"),
        ],
    ),
    (
        "Subject: Staff + volunteer potluck Dec 18 - sign-up & labels\n"
        "\n"
        "Hi all!\n"
        "\n"
        "Our end-of-year potluck is Friday Dec 18, 12-2 in the big classroom. Families from the "
        "evening ESL class are bringing bolani, injera and pupusas 🎉\n"
        "\n"
        "Please label your dish:\n"
        "  (H) halal   (V) vegetarian   (VG) vegan   (N) contains nuts   (G) contains gluten   (P) "
        "contains pork\n"
        "Many of our guests keep halal or vegetarian diets, so please keep pork dishes on the far "
        "table with their own serving spoons. If you have a severe allergy, check with the cook "
        "before you eat - we can't guarantee anything.\n"
        "\n"
        "White elephant: $15 limit, bring it wrapped.\n"
        "\n"
        "Sign-up sheet is on the kitchen door.\n"
        "Colleen (HR) & the Fun Committee",
        [],
    ),
    (
        "Subject: 🎉 Thierry passed!!\n"
        "\n"
        "He passed the road test this morning on the second try (parallel parking, finally). Ohio "
        "DL# SC277238, temporary paper licence until the card comes in the mail.\n"
        "\n"
        "Samira, can you send that number to Erie Mutual so the car insurance quote goes out "
        "today? He starts the route at the bakery on Jan 4 and needs to be insured by then.\n"
        "\n"
        "Jonah",
        [
            ("US_DRIVER_LICENSE", "SC277238"),
        ],
    ),
    (
        "Subject: I-9 Section 2 - Bondar, Oleksandr (start 12/14)\n"
        "\n"
        "Hi Mirwais,\n"
        "\n"
        "Thanks for bringing Oleksandr in. For Section 2 we recorded:\n"
        "\n"
        "List A\n"
        "  Document title: Foreign passport with Form I-94\n"
        "  Issuing authority: Ukraine\n"
        "  Document number: RG765330\n"
        "  Expiration: 08/17/2031\n"
        "  I-94 admission no.: 580945125G5 (parole, U4U), admit until 06/03/2027\n"
        "\n"
        "HR note: since the I-94 is his work-authorization evidence until the EAD arrives, I've "
        "set a reverification tickler for 05/2027.\n"
        "\n"
        "Best,\n"
        "Priscilla Adeyemi\n"
        "HR Generalist, Greenway Logistics",
        [
            ("US_PASSPORT", "RG765330"),
        ],
    ),
    (
        "Subject: news clip for the newsletter\n"
        "\n"
        'For the January newsletter "in the news" box:\n'
        "\n"
        '"Senator Harlan Brooke (R-OH) said Tuesday he would vote against any increase in the '
        "refugee admissions ceiling for FY2027, calling the 125,000 figure 'unrealistic'. Rep. "
        "Denise Achebe (D-OH), whose district includes much of Columbus's north side, said in "
        "response that Ohio employers 'are begging for these workers'.\"\n"
        "\n"
        "Can someone confirm we can quote the Dispatch? Also let's keep our own commentary neutral "
        "- we're nonpartisan and our board is mixed.\n"
        "Margo",
        [],
    ),
    (
        "Subject: help with transfer to Kharkiv?\n"
        "\n"
        "Hi Nadia,\n"
        "\n"
        "Iryna came to the front desk asking for help sending money to her mother in Kharkiv for a "
        "generator (their building has had power 4 hours a day since the strikes). She has the "
        "Wise app but gets stuck on the Ukrainian form. Her mother's account details:\n"
        "\n"
        "Beneficiary: Hnatiuk Valentyna Petrivna\n"
        "Bank: PrivatBank\n"
        "IBAN: UA93 3318 4922 5390 3611 1852 8147 7\n"
        "Amount: $300\n"
        "\n"
        "Could you sit with her after the Thursday English class? Please don't do it for her - "
        "just show her.\n"
        "\n"
        "Beatriz",
        [
            ("IBAN_CODE", "UA93 3318 4922 5390 3611 1852 8147 7"),
        ],
    ),
    (
        "Subject: warehouse access over the holidays\n"
        "\n"
        "Furniture volunteers -\n"
        "\n"
        "The warehouse will be closed Dec 24 - Jan 1 except for emergency pickups. If Greg asks "
        "you to do a run:\n"
        "  Gate keypad: 7290#\n"
        "  Side door lockbox: 0815\n"
        "  Alarm: we'll disarm it remotely, text the on-call phone (614) 555-0139 ten minutes "
        "before you arrive.\n"
        "Please take the donated mattresses from bay 3 first; the fire marshal flagged the aisle.\n"
        "\n"
        "Happy holidays and thank you!",
        [],
    ),
    (
        "Subject: new bank for my invoices\n"
        "\n"
        "Hello Colleen,\n"
        "\n"
        "Starting with the December invoice please pay my interpreter invoices to my new account, "
        "I closed the old one at Fifth Third.\n"
        "\n"
        "Bank: Heartland Community Bank\n"
        "Routing no. 642186968\n"
        "Checking no. 46624334\n"
        "Name on account: Awet Gebremeskel\n"
        "\n"
        "December: 14.5 hours Tigrinya/Amharic + 86 miles. Invoice attached.\n"
        "Thank you and merry Christmas,\n"
        "Awet",
        [
            ("ABA_ROUTING_NUMBER", "642186968"),
            ("US_BANK_NUMBER", "46624334"),
        ],
    ),
    (
        "Subject: FW: Identity verification result - RAHMANI, NADIA (pass)\n"
        "\n"
        "Forwarding so you know her unemployment claim can move.\n"
        "\n"
        "-----Original Message-----\n"
        "From: no-reply@idcheck-services.net\n"
        "Subject: Identity verification result\n"
        "\n"
        "Applicant: RAHMANI, NADIA\n"
        "Session: 7F3A-22C9\n"
        "Document: Ohio ID card, no. LV299173, exp. 11/2030\n"
        "Document authenticity: PASS\n"
        "Selfie-to-document face match: 0.962 (threshold 0.80) - PASS\n"
        "Liveness check: PASS\n"
        "Result: VERIFIED 12/08/2026 14:22 ET",
        [
            ("US_STATE_ID", "LV299173"),
            ("biometric", ""),
        ],
    ),
    (
        "Subject: Re: the Qasim kids' kitten\n"
        "\n"
        "lol yes the kitten (Simba) has ringworm, not the kids. The shelter vet gave him drops and "
        "said to wash the bedding. Landlord says pets are fine with a $200 deposit, which the "
        "co-sponsor group offered to cover. Kids are thrilled.\n"
        "- Samira",
        [],
    ),
    (
        "Subject: DNA results - Warsame I-730 follow-to-join\n"
        "\n"
        "Priya,\n"
        "\n"
        "Results from Meridian DNA Diagnostics (AABB accredited) came in this morning for the "
        "Warsame follow-to-join. Summary:\n"
        "\n"
        "Alleged father: Hassan Abdi Warsame (buccal swab collected in Columbus 10/29)\n"
        "Child 1: Sagal Hassan Abdi (collected at US Embassy Nairobi 11/12): not excluded - "
        "combined paternity index 41,220; probability of paternity 99.998%\n"
        "Child 2: Ayaan Hassan Abdi (collected at US Embassy Nairobi 11/12): EXCLUDED as "
        "biological father (mismatches at 9 of 21 loci)\n"
        "\n"
        "Obviously we need to talk to Hassan privately before anything goes to USCIS - Ayaan may "
        "still qualify another way (stepchild? adoption?) and I don't want this coming up in front "
        "of the family. Can you book a room for Tuesday, Somali interpreter, male?\n"
        "\n"
        "Tomasz",
        [
            ("genetic", ""),
        ],
    ),
    (
        "Subject: Ndayishimiye - workers' comp + union\n"
        "\n"
        "Hi Samira,\n"
        "\n"
        "Update on Pascal (plant job). He cut his left hand on the boning line on 11/30, 9 "
        "stitches and a tendon repair on 12/2; he's off work until at least mid-January on "
        "workers' comp. The comp check hasn't started yet.\n"
        "\n"
        "His pay stub from 11/27 shows UFCW Local 1147 dues ($48.30) so he is a member - I called "
        "the union hall and the steward, Marcy, will help him with the comp claim and says the "
        "local has a hardship fund for members at Christmas. Can we help him fill out the "
        "application? It's in English only.\n"
        "\n"
        "Mirwais",
        [
            ("trade_union_membership", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Re: TB question from the volunteer training\n"
        "\n"
        "Good question from Saturday's training. If a client's TB test ever comes back positive, "
        "the clinic handles all of it - they call the client, the health department and Esther, in "
        "that order. Volunteers are never told, and there's no reason to stop doing home visits: "
        "latent TB isn't contagious, and active TB is usually caught overseas before anyone "
        "travels. If you're worried about your own exposure, the county offers free testing for "
        "volunteers on request.",
        [],
    ),
    (
        "Subject: RE: Campbell/Reid - marriage cert + passports\n"
        "\n"
        "Sarah,\n"
        "\n"
        "Got it. For Tanisha's I-589 we'll list Odette as her spouse and include her as a "
        "derivative - the Ontario marriage certificate (2021) is valid for immigration purposes "
        "even though Jamaica won't recognize it. That's actually part of our nexus argument.\n"
        "\n"
        "Tanisha's Jamaican passport: A3809473, valid to 2029. Odette's is at the consulate for "
        "renewal - don't count on it before the filing date.\n"
        "\n"
        "Daniel\n"
        "\n"
        "> Tanisha asked if it matters that they married in Toronto and not here. I said I'd check "
        "with you. - S.",
        [
            ("US_PASSPORT", "A3809473"),
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: Candelaria - declaration notes (Mam interpreter session 12/10)\n"
        "\n"
        "Notes from today's session (interp. Mateo, Mam/Spanish, by phone):\n"
        "\n"
        "- C. is Maya Mam from an aldea near Todos Santos Cuchumatán. Family farm 2 cuerdas, lost "
        "after her husband's death.\n"
        '- The men who came to the house in 2023 called her "india" and said indigenous widows '
        "don't get to keep land. Police in Huehue told her to go home.\n"
        "- Wants to bring her daughter (16) later - explain the I-730 only if she wins.\n"
        "- Guatemalan passport 205361200, issued 2024 in Huehuetenango (she paid a tramitador); "
        "she has it.\n"
        "- Medical: nothing disclosed today.\n"
        "\n"
        "Next session Jan 7 after the holidays.\n"
        "Lucía",
        [
            ("racial_ethnic_origin", ""),
            ("US_PASSPORT", "205361200"),
        ],
    ),
    (
        "Subject: Hearing reminder - Baltazar Ixcoy, Jan 7 (need Mam interpreter)\n"
        "\n"
        "Calendar hold for the team:\n"
        "\n"
        "Master calendar hearing\n"
        "Client: Baltazar Ixcoy\n"
        "Court: Cleveland Immigration Court, Courtroom 2\n"
        "Date/time: Thursday, Jan 7, 2027, 8:30 AM\n"
        "Judge: IJ Moreland\n"
        "Type: initial master, pleadings\n"
        "Attorney: Sarah Kim-Delgado (EOIR-28 filed 12/03)\n"
        "\n"
        "The court's Mam interpreter is not guaranteed - Sarah will file a motion to request one "
        "this week. Car leaves LNS at 5:30 AM; Jonah driving.\n"
        "\n"
        "(A# is in the case tracker only; please don't put it in email.)",
        [],
    ),
    (
        "Subject: Mubarak - corroboration list\n"
        "\n"
        "Daniel,\n"
        "\n"
        "For Mubarak Ahmad's asylum brief, corroboration we still need:\n"
        "\n"
        "1. Letter from the Ahmadiyya Muslim Community USA confirming he's a member - the jamaat "
        "president in Dublin, OH, says two weeks. Mubarak has prayed there every Friday since he "
        "arrived.\n"
        "2. FIR copy from the Rabwah police station - he has a photo only. He was the complainant, "
        "not the accused, after they burned the shop.\n"
        "3. Copy of his Pakistani passport, no. ZP3466894, bio page plus all stamps.\n"
        "4. Declaration from his cousin about the 2024 attack on the Ahmadi place of worship in "
        "their town.\n"
        "\n"
        "I'll ask Farid to translate the Urdu documents next week.\n"
        "Priya",
        [
            ("religious_belief", ""),
            ("US_PASSPORT", "ZP3466894"),
        ],
    ),
    (
        "Subject: volunteer screenings - Dec batch\n"
        "\n"
        "Greg,\n"
        "\n"
        "The December batch of volunteer background checks is done. All 9 cleared:\n"
        " Abernathy, Paul - no records found\n"
        " Castellanos, Irene - no records found\n"
        " Dunmore, Keith - no records found\n"
        " Li, Wen - no records found\n"
        ' (5 more in the portal, all "no records found")\n'
        "Fingerprints were taken at the county for the two who'll work with unaccompanied minors "
        "(Castellanos and Li); both came back clear.\n"
        "\n"
        "Reminder: they still need the 2-hour confidentiality training before their first shift.\n"
        "Colleen",
        [],
    ),
    (
        "Subject: Tesfamariam affidavit - translation check\n"
        "\n"
        "Awet, can you check my English of these two paragraphs against the Tigrinya recording? "
        "Filmon is very particular about place names.\n"
        "\n"
        '"In 2019 I was arrested with eleven other members of our Full Gospel fellowship while we '
        "were praying in a house in Mai Temenai. We were taken to Mai Serwa and kept in a metal "
        "shipping container with more than thirty men. We were told we would be released if we "
        "signed a paper saying we would leave the Pentecostal church and return to the Orthodox "
        "Church. I refused. I was held there for one year and seven months without any charge or "
        'trial."\n'
        "\n"
        '"After my release I was ordered to report to the military ..."\n'
        "\n"
        "Thanks -\n"
        "Sarah",
        [
            ("religious_belief", ""),
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Re: Ximena - passport + affidavit\n"
        "\n"
        "Ok will do. Her Nica passport is C20871164, she renewed it in Costa Rica in 2022 so the "
        "issuing place says San José - that's fine, right?\n"
        "\n"
        "Re the declaration: she was in the UPOLI occupation in May 2018 and ran the first-aid "
        "table for the students; later she marched with the Azul y Blanco opposition against "
        "Ortega and posted the photos on Facebook. The photos are still up. Paramilitaries painted "
        '"plomo" on her parents\' gate in 2021.\n'
        "\n"
        "Lucía\n"
        "\n"
        "On Tue, Dec 8, 2026 at 10:14 AM Priya Venkataraman wrote:\n"
        "> Can you get Ximena's passport no. and confirm the protest dates before I draft?",
        [
            ("US_PASSPORT", "C20871164"),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Your order has shipped! Order #1493028815\n"
        "\n"
        "Hi Lakeview Newcomer Services,\n"
        "\n"
        "Good news - part of your order is on its way.\n"
        "\n"
        "Order number: 1493028815\n"
        "Delivery: Dec 15, 2026, 8am-12pm\n"
        "Tracking (XPO Last Mile): 005790419673\n"
        "Items: MALM 6-drawer dresser x4, SLÄKT bed frame x2, LACK side table x6\n"
        "\n"
        "Delivery address: Lakeview Newcomer Services Warehouse, 2260 Refugee Rd, Columbus OH "
        "43207\n"
        "Questions? Call 1-888-555-0117",
        [],
    ),
    (
        "Subject: Zarifa - OB follow-up and insulin\n"
        "\n"
        "Halima,\n"
        "\n"
        "Zarifa (Noori household) saw the OB today. She's 27 weeks and the glucose test confirmed "
        "gestational diabetes. They're starting her on insulin at night; the diabetes educator "
        "will teach her to inject on Friday at 2:00 (Pashto interpreter booked). She's scared of "
        "the needles - maybe you could be there.\n"
        "\n"
        "She also needs a glucose meter + strips - the pharmacy says RMA covers them, no prior "
        "auth needed.\n"
        "\n"
        "Esther Nyambura, RN",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Dahir children - vaccine exemption form\n"
        "\n"
        "Mr. Dahir came by about the school's letter. He's fine with most of the catch-up shots, "
        "but he and his wife are asking for a religious exemption from MMR and varicella for "
        "Faduma (8) and Hamza (6) because of the pork gelatin - as practising Muslims they won't "
        "accept it. I explained that gelatin-free versions of those two aren't available here and "
        "that the school may keep the kids home during an outbreak. He still wants to sign.\n"
        "\n"
        "The Ohio form needs to go to the district by Jan 4. Can you print it in Somali if there "
        "is one?\n"
        "\n"
        "Kwame",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Mandamus filed - Farahani v. Director, USCIS\n"
        "\n"
        "All - we filed the mandamus complaint for Mr. Farahani's asylum case (pending since 2019) "
        "this morning.\n"
        "\n"
        "Case No. 2:26-cv-01847 (S.D. Ohio), assigned to Judge Whitlock. The AUSA typically "
        "answers within 60 days, and USCIS often schedules the interview before that.\n"
        "\n"
        "Service copies went out by certified mail today. Please calendar the answer deadline for "
        "Feb 8 and the Rule 26(f) conference once the judge sets it.\n"
        "\n"
        "Daniel",
        [],
    ),
    (
        "Subject: schedule request for Feb-Mar\n"
        "\n"
        "Hi Colleen,\n"
        "\n"
        "Putting this in early since you're doing the Q1 schedule: Ramadan will run roughly Feb 8 "
        "- Mar 9 next year and I'll be fasting. Could I work 7:30-4:00 with a short lunch instead "
        "of 9-5:30 for those weeks? I'd also like Eid al-Fitr (likely Mar 10) as my floating "
        "holiday.\n"
        "\n"
        "Happy to cover the late Thursday intake in April to make up.\n"
        "\n"
        "Thanks,\n"
        "Halima",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: For the Dec 20 bulletin - Welcome Circle\n"
        "\n"
        "From the church office, for the Sunday bulletin:\n"
        "\n"
        "REFUGEE WELCOME CIRCLE - Our congregation's co-sponsorship with Lakeview Newcomer "
        "Services continues! The family we welcomed in October has moved into their own apartment, "
        "and in January we'll begin preparing for a second family. Needs: twin sheets, a kitchen "
        "table, rides to appointments on weekday mornings. Interested? Stop by the Welcome Circle "
        "table in Fellowship Hall after the 10:30 service or email "
        "welcome@trinitylutheran-cbus.org.",
        [],
    ),
    (
        "Subject: leave\n"
        "\n"
        "Colleen - sorry to do this by email from my phone. The biopsy was positive. I'll start "
        "chemo for breast cancer on Jan 12, every other Tuesday for 16 weeks. I'd like to keep "
        "working on the other days and do intermittent FMLA. Can we talk Monday? Please keep it "
        "between us and Ruth for now.\n"
        "\n"
        "Samira\n"
        "Sent from my phone",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: RE: outside activity question\n"
        "\n"
        "Derek,\n"
        "\n"
        "Thanks for checking. Volunteering for the Reyes for Mayor campaign on your own time is "
        "completely fine. A few guardrails since we're a 501(c)(3):\n"
        " - no agency email, phones or client lists;\n"
        " - don't wear the LNS badge or lanyard while canvassing;\n"
        " - don't mention your job in campaign materials.\n"
        "Have fun knocking doors in the cold.\n"
        "\n"
        "Colleen Mar\n"
        "HR & Operations\n"
        "\n"
        "> I've started canvassing on Saturdays for Reyes for Mayor and I'm on the host committee "
        "for her January fundraiser. Is there anything I need to know?",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Fall enrollment summary for the school district liaison meeting\n"
        "\n"
        "Kwame here - numbers for Thursday's meeting with the district (Aug 1 - Dec 1):\n"
        "- 212 newly arrived school-age children enrolled across 31 schools\n"
        "- 38 needed catch-up vaccines before the first day; 6 enrolled under the 14-day grace "
        "period\n"
        "- 17 were referred for special education evaluation (vs. 11 last fall)\n"
        "- Top home languages: Swahili, Dari, Spanish, Kinyarwanda, Pashto\n"
        "No names in this summary - please keep it that way if it gets forwarded.",
        [],
    ),
    (
        "Subject: [Ticket #4410] Timeclock enrollment error - Osman, Halima\n"
        "\n"
        "Ravi,\n"
        "\n"
        "The new timeclock at the front desk won't enroll Halima. Error log from the admin page:\n"
        "\n"
        "2026-12-09 08:14:02 ENROLL user=hosman emp_id=1027 finger=R_INDEX quality=38 (min 50) "
        "RETRY\n"
        "2026-12-09 08:14:40 ENROLL user=hosman emp_id=1027 finger=R_INDEX quality=61 OK "
        "template_sha256=1b4e8ad4520afe2758bad1774d139aa3f5b5b3b54e57dcfc606a9b1fc74eb1bb\n"
        "2026-12-09 08:14:41 MATCH_VERIFY user=hosman score=0.41 FAIL\n"
        "\n"
        "It enrolled but then won't verify her. She's been clocking in on the web portal in the "
        "meantime. Can you delete the template and re-enroll her on the left index?\n"
        "\n"
        "Colleen",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: SMS reminders down - Twilio creds\n"
        "\n"
        "Ravi - the appointment reminder texts stopped on Friday. Twilio says the auth token was "
        "rotated when Jonah reset the account. New values from the console:\n"
        "\n"
        "Account SID: ACec6cd7ff52461ac25af67eb01302fc8f\n"
        "Auth Token: 88f593b59c975c8ad8031cbff5c2560a\n"
        "Messaging service: LNS Reminders (+1 614-555-0150)\n"
        "\n"
        "Please update the Salesforce integration and then delete this email. 200+ reminders are "
        "queued for next week, including the Jan 4 school starts.\n"
        "\n"
        "Colleen",
        [
            ("API_KEY", "88f593b59c975c8ad8031cbff5c2560a"),
        ],
    ),
    (
        "Subject: Open house Dec 15 - logistics\n"
        "\n"
        "Volunteers for Tuesday's open house:\n"
        " - Setup 4:30, doors 5:30, remarks 6:15 (Ruth + the mayor's office rep)\n"
        " - Guest Wi-Fi: LNS-Guest / password: welcome2027! (it's printed on the table tents too)\n"
        " - Coat check in room 104\n"
        " - Parking: the church lot across Parsons (they said yes)\n"
        "Wear your name tags and please steer reporters to Margo.",
        [],
    ),
    (
        "Subject: RE: locked out of Outlook\n"
        "\n"
        "Ravi, I'm locked out again after the password change 😩\n"
        "I set it to Lakeview-Tm4j!Winter26 yesterday and now it says wrong password. The code "
        "that just came to my phone is 609094 if you need it to get in.\n"
        "Help before the 10 am intake please!!\n"
        "Lucía\n"
        "\n"
        "> Lucía, your account is locked after 5 failed attempts. Reply and I'll unlock it "
        "remotely. -R",
        [
            ("PASSWORD", "Lakeview-Tm4j!Winter26"),
            ("ACCESS_CODE", "609094"),
        ],
    ),
    (
        "CASE NOTE 12/10/2026 - Bakhtiari, Ghazal (LEG-26-1187)\n"
        "Phone call, 15 min, English (client's choice).\n"
        "Client can't find her receipt notice for the I-131. Logged in to her USCIS online account "
        "together so I could see the case status (she shared her screen on WhatsApp).\n"
        "  login email: ghazal.bakhtiari90@gmail.com\n"
        "  password she uses: Ghazal#G9dZ2026\n"
        "  2-step code she read to me: 672489\n"
        'Status: "Case Was Received" 11/30. Told her to change the password since she uses it '
        "for everything. She will.\n"
        "- T.W.",
        [
            ("PASSWORD", "Ghazal#G9dZ2026"),
            ("ACCESS_CODE", "672489"),
        ],
    ),
    (
        "Subject: SNAP recert reminders - Jan\n"
        "\n"
        "These households have SNAP recertification due in January. Please call each one this week "
        "and book interview help:\n"
        "\n"
        " Hussein (case 1048823619) - due 1/8\n"
        " Kabongo (case 1052219046) - due 1/12\n"
        " Tesfaye (case 1049907731) - due 1/15\n"
        "\n"
        "They need to bring: December pay stubs, a rent receipt and the county letter.",
        [],
    ),
    (
        "Subject: volunteer driver - Randy Toller - background check back\n"
        "\n"
        "Greg,\n"
        "\n"
        "Randy's screening came back. MVR is clean for 7 years (Ohio OL# PG243202). The criminal "
        "search shows a 2014 conviction in Licking County for possession of drug paraphernalia, a "
        "misdemeanor, with 12 months' community control completed in 2015. Nothing since.\n"
        "\n"
        "Under our volunteer policy a single misdemeanor more than 10 years old isn't "
        "disqualifying for driving adults. He'd need a second review to drive unaccompanied "
        "minors. OK to approve him for the airport pickup team?\n"
        "\n"
        "Colleen",
        [
            ("US_DRIVER_LICENSE", "PG243202"),
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: RCA application - Paw household\n"
        "\n"
        "Beatriz,\n"
        "\n"
        "For the RCA application for Saw Paw Htoo's household (arrived 11/17):\n"
        "  SSN (PA): 041-84-1413 - card arrived\n"
        "  Spouse Naw Eh Say: applied 11/20, not yet\n"
        "  Children: 3, on the SNAP case\n"
        "Family is ethnic Karen from Hpa-an; they lived 14 years in Mae La camp. They speak S'gaw "
        "Karen and some Burmese - please book a S'gaw Karen interpreter for the county interview, "
        "not Burmese; it matters to them.\n"
        "\n"
        "Thanks,\n"
        "Mirwais",
        [
            ("US_SSN", "041-84-1413"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: RCA/RMA monthly report - November\n"
        "\n"
        "Sent to ODJFS today:\n"
        " Active RCA cases: 37 households / 88 individuals\n"
        " New in November: 11\n"
        " Closed: 6 (4 employment, 1 moved out of state, 1 time-expired)\n"
        " Total RCA paid: $41,318\n"
        " RMA enrollees referred for specialty care: 14\n"
        " Average time from arrival to first RCA payment: 19 days",
        [],
    ),
    (
        "Subject: Al-Khatib - family reunification costs / transfer\n"
        "\n"
        "Nadia,\n"
        "\n"
        "Mr. Al-Khatib wants to send his brother in Beirut money for the kids' embassy trip. "
        "Details he gave me (from a photo, please double-check with him):\n"
        "\n"
        "Beneficiary: Khaled Al-Khatib\n"
        "Bank: BLOM Bank, Hamra branch\n"
        "IBAN: LB44 2850 8886 1211 2758 3992 4227\n"
        "Amount: USD 1,200\n"
        "\n"
        "For the Western Union ID he'll use his Syrian passport N690378955 (expired, but the WU "
        "agent accepted it last time together with his EAD).\n"
        "\n"
        "Samira",
        [
            ("IBAN_CODE", "LB44 2850 8886 1211 2758 3992 4227"),
            ("US_PASSPORT", "N690378955"),
        ],
    ),
    (
        "Subject: EAD/SSN tracker export 12/11 (R&P arrivals Oct-Nov)\n"
        "\n"
        "Ruth asked for the arrivals still missing SSN cards. Export below (passport numbers are "
        "needed for the SSA follow-ups; delete after use).\n"
        "\n"
        "case_id,hoh_name,arrival,ppt_country,ppt_no,ssn_last4,ssa_status\n"
        'RP-26-0388,"MUKIZA, Jean-Bosco",2026-10-14,BDI,PA897239,5307,card received\n'
        'RP-26-0391,"ALEMU, Tesfaye",2026-10-22,ETH,EP7292067,,pending 51 days\n'
        'RP-26-0397,"IVANOVA, Darya",2026-11-02,RUS,70 4350708,9155,card received\n'
        'RP-26-0404,"MAHAMED, Sahra",2026-11-18,SOM,P35767901,,pending 23 days\n'
        "\n"
        "Two pending over 45 days -> Mirwais to call the SSA field office on Monday.",
        [
            ("US_PASSPORT", "PA897239"),
            ("US_SSN", "5307"),
            ("US_PASSPORT", "EP7292067"),
            ("US_PASSPORT", "70 4350708"),
            ("US_SSN", "9155"),
            ("US_PASSPORT", "P35767901"),
        ],
    ),
    (
        "Subject: Staff book club - January pick\n"
        "\n"
        'Hi all, January\'s book is "The Salt Road North", the novel about Idris, a gay Sudanese '
        "teacher who is arrested in Khartoum and ends up sleeping in a church in Calais. Some of "
        "you said last month's was too heavy - this one is funny too, I promise. We meet Jan 21 at "
        "lunch. Copies at the front desk.\n"
        "- Beatriz",
        [],
    ),
    (
        "Subject: Voicemail from (614) 555-0186 (1 min 12 s)\n"
        "\n"
        "Transcription (beta):\n"
        "\"Hi, this is Marisol Ventura, I'm calling for Samira about the, um, the rent help for "
        "January. You said to leave the account for the deposit. So my account number is nine "
        "eight three eight three four seven six six nine six three and the routing is 076491630, "
        "it's at Huntington. Okay. Call me back if something is wrong. Thank you, bye.\"\n"
        "\n"
        "Play: https://voice.lakeviewnewcomer.org/vm/8f21c  |  Mark as read",
        [
            ("US_BANK_NUMBER", "nine eight three eight three four seven six six nine six three"),
            ("ABA_ROUTING_NUMBER", "076491630"),
        ],
    ),
    (
        "Subject: Kwabena - new facts at prep\n"
        "\n"
        "Daniel, flagging two things from today's prep with Kwabena before I revise the "
        "declaration:\n"
        "\n"
        "1) He's now told me about the 2024 arrest in Kumasi. Neighbours reported him and his "
        "boyfriend Yaw to the assemblyman; police held both of them for four nights at the station "
        'and charged him with "unnatural carnal knowledge". The case was "struck out" after '
        "his uncle paid, but there's a charge sheet somewhere. It helps the claim, but we need to "
        "disclose it properly on the I-589.\n"
        "2) Yaw is now in Accra and in hiding. Kwabena is terrified of anything being posted "
        "online.\n"
        "\n"
        "Sarah",
        [
            ("sexual_orientation", ""),
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: World AIDS Day table - recap\n"
        "\n"
        "Thanks to everyone who staffed the table on Dec 1 with the county health department. 64 "
        "people took materials, 23 took free self-test kits, and the health department's van did "
        "rapid tests for anyone who asked (they don't share results with us). Next: the county's "
        "PrEP navigator will do a lunch-and-learn for staff in February - open to everyone.\n"
        "- Esther",
        [],
    ),
    (
        "Subject: Re: new client from Minnesota - Letebrhan\n"
        "\n"
        "Hi Beatriz - intake for Letebrhan Gebru, secondary migrant from St. Paul (moved in with "
        "her sister on Livingston Ave).\n"
        "\n"
        "ID: she still has her Minnesota driver's licence, A621824446909, valid to 2028 - she'll "
        "switch to Ohio after the holidays.\n"
        "Background: she is Tigrayan, from Adwa. Asylum granted 2024 (Arlington AO), so she's an "
        "asylee, not a refugee - RSS eligibility only, not R&P.\n"
        "Needs: job referral (she was a nurse's aide), ESL level 4, and a winter coat.\n"
        "\n"
        "Thanks!\n"
        "Halima",
        [
            ("US_DRIVER_LICENSE", "A621824446909"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Bizimana household - pre-arrival note\n"
        "\n"
        "From the pre-arrival packet (arriving Dec 16, ORD->CMH):\n"
        "\n"
        "Head of household: Bizimana, Rukundo - DRC passport OP9104446\n"
        "Household size 6. The family are Banyamulenge from the South Kivu high plateau and spent "
        "9 years in Nakivale settlement in Uganda. Languages: Kinyamulenge, Kinyarwanda, Swahili.\n"
        "Needs: crib for the 1-year-old, bus orientation, school enrollment for 3 kids.\n"
        "\n"
        "Apartment: Brookview #205, 3BR. Furniture delivery Dec 14.",
        [
            ("US_PASSPORT", "OP9104446"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: December interpreter hours (through 12/11)\n"
        "\n"
        "Interpreter    Language          Hours  Miles\n"
        "Farid N.       Dari/Pashto       22.5   140\n"
        "Awet G.        Tigrinya/Amharic  14.5    86\n"
        "Yuliia K.      Ukrainian/Rus.     9.0    32\n"
        "Fabiola D.     Haitian Creole     6.5    18\n"
        "Mateo C.       Mam/Spanish        4.0     0 (phone)\n"
        "Total                            56.5   276\n"
        "\n"
        "Please approve by 12/15 so they're paid before Christmas.",
        [],
    ),
    (
        "Subject: TPS re-reg - Jean-Baptiste, Wilkens\n"
        "\n"
        "Fabiola,\n"
        "\n"
        "For Wilkens's TPS re-registration (window closes Jan 9) I need him to bring:\n"
        " - Haitian passport (his is GH8853777, exp. 2027 - OK)\n"
        " - his Florida licence, U111-345-40-960-1, since that's the ID on his last EAD filing; he "
        "moved up from Miami in August and hasn't switched it yet\n"
        " - last year's approval notice\n"
        "Can you call him in Kreyòl and set up a time next week? He works nights at the airport so "
        "mornings are bad.\n"
        "\n"
        "Tomasz",
        [
            ("US_PASSPORT", "GH8853777"),
            ("US_DRIVER_LICENSE", "U111-345-40-960-1"),
        ],
    ),
    (
        "Subject: Appointment reminder\n"
        "\n"
        "Westside Family Health\n"
        "Patient: ABDI, FADUMO    MRN: 00482913\n"
        "Appointment: Tue, Dec 22, 2026 at 9:40 AM\n"
        "Provider: Dr. L. Hargrove\n"
        "Location: 2nd floor, suite 210\n"
        "\n"
        "Please arrive 15 minutes early and bring your insurance card. To cancel call (614) "
        "555-0194. An interpreter will be provided if you asked for one.",
        [],
    ),
    (
        "Subject: Yunior - CHNV parole -> Cuban Adjustment Act\n"
        "\n"
        "Daniel,\n"
        "\n"
        "Yunior Álvarez Rey hit one year since parole on 11/27, so he can file under the CAA. Docs "
        "in hand:\n"
        "- Cuban passport K713381 (exp 2029)\n"
        "- I-94 with parole stamp\n"
        "- Kentucky driver's license K72849198 (he lived in Louisville first)\n"
        "- birth certificate + translation\n"
        "No arrests anywhere per intake. Fee waiver? He earns $38k at the warehouse, so probably "
        "not eligible.\n"
        "\n"
        "Tomasz",
        [
            ("US_PASSPORT", "K713381"),
            ("US_DRIVER_LICENSE", "K72849198"),
        ],
    ),
    (
        "Subject: Garifuna declaration - Suazo\n"
        "\n"
        "Priya,\n"
        "\n"
        "Notes from my session with Dilcia Suazo. She is Garífuna from Santa Fe, Colón - the land "
        "title fight with the palm company is the core of it; the men who burned the house told "
        'her "negros fuera". Her brother was disappeared in 2022 (OFRANEH put out a statement - '
        "I found it).\n"
        "\n"
        "Her Honduran passport is F1571707; she left it with her aunt in the Bronx, who will mail "
        "it.\n"
        "\n"
        "She prefers Spanish over Garifuna for the interview.\n"
        "Lucía",
        [
            ("racial_ethnic_origin", ""),
            ("US_PASSPORT", "F1571707"),
        ],
    ),
    (
        "Subject: Policy update: EAD fees & auto-extension\n"
        "\n"
        "Legal team + caseworkers,\n"
        "Quick summary of what changed this fall, as we understand it:\n"
        " * I-765 fee for initial (c)(8) applications: $550, plus the annual asylum fee while the "
        "case is pending.\n"
        " * Renewals filed on time still get an automatic extension, but it's shorter than "
        "before.\n"
        " * Refugees (a)(3) and asylees (a)(5): still no fee for the initial EAD.\n"
        "We'll do a 30-min huddle on Jan 6. Please don't give clients fee numbers from memory - "
        "check the USCIS fee page the day you file.\n"
        "Daniel",
        [],
    ),
    (
        "Subject: pledge card scan - OCR text (Giving Tuesday table)\n"
        "\n"
        "OCR output from the card dropped at the Giving Tuesday table (original is in the safe):\n"
        "\n"
        "LAKEVIEW NEWCOMER SERVICES - 2027 PLEDGE\n"
        "Name: Howard & June Pettibone\n"
        "Pledge: $100 / month x 12    Start: January 2027\n"
        "[x] Charge my card monthly   Card: AMEX\n"
        "Number: 3790 073907\n"
        "07212\n"
        "Exp: 09/28    4-digit code on front: 7139\n"
        "Signature: [illegible]\n"
        "\n"
        "Can someone call them to confirm the number? The OCR may have split it.",
        [
            ("CREDIT_CARD", "3790 073907\n07212"),
            ("CVV", "7139"),
        ],
    ),
    (
        "Subject: Airport pickup Wed 12/16 - Bizimana family (6)\n"
        "\n"
        "Drivers: Greg (van) + Paul (minivan)\n"
        "Flight: United 3471 ORD-CMH, arrives 9:52 PM (check the app, it's been late)\n"
        "IOM booking ref: QX7TZP, 6 passengers, 11 bags + 1 stroller\n"
        "Meet at baggage claim 3 with the LNS sign. IOM bags are white with a blue logo - don't "
        "open them.\n"
        "Bring: 6 winter coats (sizes in the shared sheet), a hot meal (rice and chicken, mild), a "
        "phone with credit for the family.\n"
        "Apartment: Brookview #205, key in the office lockbox (code 6638).",
        [],
    ),
    (
        "Subject: Receipt for your gift to Lakeview Newcomer Services\n"
        "\n"
        "Thank you, Priyanka Mehta-Collins!\n"
        "\n"
        "Amount: $75.00 (monthly)\n"
        "Date: December 1, 2026\n"
        "Payment: Visa ending in 4339\n"
        "Fund: Where Most Needed\n"
        "Transaction: ch_9c21-TR-5574\n"
        "\n"
        "Your next gift of $75.00 will be charged on January 1, 2027. To update your card, visit "
        "your donor portal.\n"
        "\n"
        "Lakeview Newcomer Services is a 501(c)(3) nonprofit. No goods or services were received "
        "in exchange for this gift.",
        [
            ("CREDIT_CARD_LAST_DIGITS", "4339"),
        ],
    ),
    (
        "Subject: Fwd: code\n"
        "\n"
        "Jonah - she forwarded this from her phone while we were on the call setting up Zelle so "
        "she can pay rent to Mr. Hadley. I used it and it's set up now.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Mariam Yousufzai\n"
        "Date: Wed, Dec 9, 2026, 6:03 PM\n"
        "\n"
        "> Chase: 432953 is your one-time code to sign in. Don't share it with anyone. We'll never "
        "call to ask for it.",
        [
            ("ACCESS_CODE", "432953"),
        ],
    ),
    (
        "Subject: I-94 for Mrs. Haidari (printed)\n"
        "\n"
        "Pulled it from the CBP site for her SSA appointment:\n"
        "\n"
        "Most Recent I-94\n"
        "Admission I-94 Record Number: 25809786196\n"
        "Most Recent Date of Entry: 2026 September 28\n"
        "Class of Admission: RE\n"
        "Admit Until Date: D/S\n"
        "Document Number: none (IOM travel letter)\n"
        "Country of Citizenship: Afghanistan\n"
        "\n"
        "Printed 2 copies; one is in her folder.",
        [],
    ),
    (
        "Subject: Shabbat dinner for the Noori family?\n"
        "\n"
        "Hi Samira,\n"
        "\n"
        "Our welcome circle has loved getting to know the Nooris. My husband Alan and I are "
        "members at Congregation Beth Shalom, and we'd like to invite them to our home for Shabbat "
        "dinner on Friday the 18th - nothing religious expected of them, we just light the candles "
        "and eat too much. We'll make everything vegetarian so halal isn't an issue.\n"
        "\n"
        "Is that appropriate, or too much too soon? Happy to follow your lead.\n"
        "\n"
        "Deborah Feld\n"
        "Beth Shalom Welcome Circle",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: DRAFT year-end appeal - please review by Dec 10\n"
        "\n"
        "Dear friend,\n"
        "\n"
        'When "H." arrived in Columbus last winter (we\'ve changed her name and some details to '
        "protect her), she carried one suitcase and a folder of papers she couldn't read. She had "
        "fled her country after men came to her village because of her faith, and she had spent "
        "four years in a camp where her youngest was born.\n"
        "\n"
        "Today H. works the early shift at a bakery, her kids are in school, and she is saving for "
        "a car.\n"
        "\n"
        "Your gift of $150 furnishes a child's bedroom. $500 covers a family's first month of "
        "rent. Please give before December 31.\n"
        "\n"
        "With gratitude,\n"
        "Ruth Okafor-Lindqvist",
        [],
    ),
    (
        "Subject: Welcome to the union, Jonah!\n"
        "\n"
        "Hi Jonah,\n"
        "\n"
        "This is Keisha, steward for the LNS unit of OPEIU Local 1794. We got your signed "
        "membership card and dues authorization on Dec 3 - welcome! Dues checkoff starts with the "
        "Jan 8 paycheck (1.15% of gross).\n"
        "\n"
        "Our next unit meeting is Jan 12 at 5:30 (pizza, upstairs classroom). The bargaining "
        "survey is coming in January; please fill it out, especially the caseload question.\n"
        "\n"
        "In solidarity,\n"
        "Keisha Bramwell\n"
        "Unit Steward",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: Rostami - party letter and passport\n"
        "\n"
        "Priya,\n"
        "\n"
        "Hiwa Rostami brought in the letter from the Komala office in Koya (Iraqi Kurdistan) "
        "confirming he has been a member of the party since 2016 and distributed its leaflets in "
        "Mahabad. Original letter is Sorani Kurdish; Farid can't do Sorani, so I've asked the "
        "university contact.\n"
        "\n"
        "He is a Kurd from Mahabad, and his brother was also harassed, which supports the "
        "family-based theory.\n"
        "\n"
        "His Iranian passport: B75073997 (valid to 2028, issued in Urmia).\n"
        "\n"
        "Tomasz",
        [
            ("political_opinion", ""),
            ("racial_ethnic_origin", ""),
            ("US_PASSPORT", "B75073997"),
        ],
    ),
    (
        "Subject: Q1 grant report narrative - Pride Fund\n"
        "\n"
        "Draft narrative for the Rainbow Harbor Foundation report (Jul-Sep):\n"
        "- 14 LGBTQ+ asylum seekers received legal representation (9 from East Africa, 3 from the "
        "Caribbean, 2 from Central Asia).\n"
        "- 5 affirmative cases were granted; 0 denied; the rest are pending.\n"
        "- 6 clients were connected to PrEP or HIV care through our health partner.\n"
        "- Housing: 4 placed in host homes.\n"
        "No client names or identifying details in the report, per the funder's template.",
        [],
    ),
    (
        "Subject: coverage while I'm out 12/21-1/4\n"
        "\n"
        "Derek,\n"
        "\n"
        "Thanks for covering finance over the break. Everything you need:\n"
        "\n"
        "- Payroll (Paylocity) is submitted through 1/8 already, nothing to do.\n"
        "- Deposits: scan checks with the desk scanner; Margo has the donor log.\n"
        "- Online banking, Heartland Community Bank business portal:\n"
        "    Company ID: LKVNEWCOMER\n"
        "    User: dmaldana  (I added you as a user on 12/2)\n"
        "    Password until you change it: Zq!Heart-YXlJ-88\n"
        '    Security question "city where you got your first job": Zanesville\n'
        "- Bills: rent for the Brookview units auto-pays 1/1. If the landlord calls, refer him to "
        "Samira.\n"
        "\n"
        "Don't approve any wire without calling me.\n"
        "Colleen",
        [
            ("PASSWORD", "Zq!Heart-YXlJ-88"),
            ("PASSWORD", "Zanesville"),
        ],
    ),
    (
        "Subject: donate page broken - Stripe keys?\n"
        "\n"
        "Ravi,\n"
        "\n"
        'The year-end giving page throws "Invalid API Key provided" since this morning - worst '
        "possible week 😬. I pulled these from the Stripe dashboard (Developers > API keys):\n"
        "\n"
        "Publishable key: pk_live_mr3oHPHdPb38RImnMkiIJcC9\n"
        "Secret key: sk_live_yjNo6bzS6EktR3XD2auOrDuZ\n"
        "\n"
        "Can you paste them into the WordPress plugin settings? After that I'll roll the secret "
        "key per your rule.\n"
        "\n"
        "Margo",
        [
            ("API_KEY", "sk_live_yjNo6bzS6EktR3XD2auOrDuZ"),
        ],
    ),
    (
        "Subject: Holiday gift drive - wish list is up!\n"
        "\n"
        "This year's Holiday Gift Drive serves 61 newly arrived families (183 kids!). Each family "
        "has an ID like F-117 and a wish list with ages and sizes - no names, to protect privacy.\n"
        "Example: F-117: boy 8 (pants size 10, loves soccer), girl 5 (coat 5T, anything Frozen), "
        "baby 1 (diapers size 4).\n"
        "Drop-off: Dec 14-18, 9-5, gifts unwrapped with the family ID taped on. Gift cards from "
        "Kroger or Target are welcome too.",
        [],
    ),
    (
        "Subject: Credit Builder graduation - congrats Faisal!\n"
        "\n"
        "Hi Faisal,\n"
        "\n"
        "Your 12-month Credit Builder loan closed this week with every payment on time. When you "
        "opened it in December 2025 your VantageScore was 502; as of this month's statement it's "
        "670. 🎉 That's enough for the secured-to-unsecured card upgrade, and it will help with "
        "the apartment application in March.\n"
        "\n"
        "The $1,200 you saved has been moved to your savings account.\n"
        "\n"
        "Best,\n"
        "Anh Tran\n"
        "Financial Coach, Lakeview Newcomer Services (with Scioto Valley Credit Union)",
        [
            ("CREDIT_SCORE", "502"),
            ("CREDIT_SCORE", "670"),
        ],
    ),
    (
        'Subject: [IT] Phishing alert - "USCIS Payroll" emails\n'
        "\n"
        "Heads up: several staff got an email this morning that looks like it's from \"USCIS "
        "Payroll Services\" asking you to confirm your SSN and direct deposit at a link. It's "
        "fake. USCIS doesn't run our payroll, and nobody will ever email you for your SSN, your "
        "bank account or the 6-digit code from the Authenticator app.\n"
        "If you clicked: change your Microsoft password right away and tell me. If you entered "
        "anything, call me at (614) 555-0131.\n"
        "- Ravi (Northpoint IT)",
        [],
    ),
    (
        "Subject: new walk-in - Mohamed Osman Idris\n"
        "\n"
        "Walk-in 12/11, 2:15 pm, Arabic (Farid covered by phone).\n"
        "Came from Dearborn last month; staying with a cousin on Cleveland Ave. Asylum pending "
        "(filed 2024, no interview yet).\n"
        "ID: Sudanese passport P60167837 (expired 2025); Michigan driver's license R 317 699 332 "
        "060.\n"
        "Needs: (c)(8) EAD renewal - current card expires 2/2027; food pantry referral; winter "
        "coat (XL).\n"
        "Next: legal consult with Sarah on 12/17 at 11.\n"
        "- Beatriz",
        [
            ("US_PASSPORT", "P60167837"),
            ("US_DRIVER_LICENSE", "R 317 699 332 060"),
        ],
    ),
    (
        "Subject: All-staff Dec 16 agenda\n"
        "\n"
        "1. Holiday coverage schedule (Colleen)\n"
        "2. Updated religious accommodation policy - prayer room booking, fasting schedules, "
        "holiday swaps (Colleen)\n"
        "3. Legal: one-year asylum deadlines falling Dec 24 - Jan 4 (Daniel)\n"
        "4. Labor-management committee update (Ruth)\n"
        "5. Winter weather: home visit rules when roads are bad\n"
        "Lunch provided (halal and vegetarian options).",
        [],
    ),
    (
        "Subject: I-130s for the Habimana parents - proof of citizenship\n"
        "\n"
        "Priya,\n"
        "\n"
        "Good news: Claudine naturalized in September and got her passport. For the two I-130s "
        "(mother and father, both in Kigali) we'll use a copy of her U.S. passport as proof of "
        "citizenship instead of the certificate, which she can't find.\n"
        "\n"
        "Passport no.: A74070067, issued 10/21/2026, expires 10/20/2036.\n"
        "\n"
        "She wants to file online before the new year.\n"
        "Tomasz",
        [
            ("US_PASSPORT", "A74070067"),
        ],
    ),
    (
        "Subject: Re: Okello - background questions\n"
        "\n"
        "Yes, I went through Part B of the I-589 line by line with him and the Swahili "
        "interpreter. He confirmed he has never been arrested, charged or detained anywhere, "
        "including in Kenya, and never served in any armed group. He was relieved when I explained "
        "why we ask.",
        [],
    ),
    (
        "Subject: SNAP phone interview - notes\n"
        "\n"
        "Interview with the county worker (Mr. Pruitt), 12/10 9:30, for the Lwin household. The "
        'worker read back the SSN he has on file as "soc 551 89 4972" and Thet Lwin confirmed '
        "it's correct. Income: $2,310/mo from the laundry job. Shelter costs OK. Approval expected "
        "within 7 days; the EBT card will be mailed.\n"
        "- Beatriz",
        [
            ("US_SSN", "551 89 4972"),
        ],
    ),
    (
        "Subject: Yordi - moved again\n"
        "\n"
        "Update: ICE moved Yordi Mejía from the Columbus field office hold room to the Moshannon "
        "Valley Processing Center (PA) last night. It's civil immigration detention only - no "
        "criminal charges anywhere. Bond hearing requested for Dec 22 (video). His sister will "
        "bring the sponsor letter and lease.",
        [],
    ),
    (
        "Subject: Re: unit for the Sultani family\n"
        "\n"
        "Samira, the 2nd-floor walk-up won't work. Bibi Gul (the grandmother) had a stroke in "
        "Islamabad last year - her right side is weak, she uses a wheelchair and needs a grab bar "
        "and a roll-in shower if possible. The family would rather share a room than leave her "
        "behind, so we need ground floor.\n"
        "\n"
        "I asked Brookview about #102 (ADA unit), open Jan 1. Can you call Ms. Hadley?\n"
        "Mirwais",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Free tax help flyer (Jan-Apr) - final\n"
        "\n"
        "FREE TAX PREPARATION at Lakeview Newcomer Services\n"
        "Saturdays, Jan 30 - Apr 10, 9 AM - 1 PM, by appointment\n"
        "Bring:\n"
        " - Social Security card or ITIN letter for everyone on the return\n"
        " - Photo ID\n"
        " - All W-2s and 1099s\n"
        " - Your IRS Identity Protection PIN letter (CP01A), if you got one\n"
        " - A voided check for direct deposit of your refund\n"
        "We never ask about immigration status for tax help. Call (614) 555-0177 or ask at the "
        "front desk.",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_61, "hard61", Path(__file__).with_name("hard-61.jsonl")))
