"""Hard set 50 (2026-12-07): one regional hospice and home-care nonprofit's winter.

Written by an independent helper session, started by the project and working blind. It read
only: the privacy policy (/work/shared/policy/privacy-policy.txt, all of it); the checker and
record format (tests/data/sensitive/independent_sets.py); the category names
(scanner/categories.py); the output of grep -n "line-length" pyproject.toml; and its own
brief with the two files it names (conventions.txt and brief50.txt). Nothing else in the
worktree, in /work/main or in /work was read or listed; the detector was not run, no scanner
or make command was run, and no web, code-index or document search tool was used. Git:
apart from the slip below, only `git add` of this module and hard-50.jsonl, and `git commit`,
in the worktree.
Slips: at the start, in /work/wt-hard50, it ran `git status --short | head; git branch
--show-current` (git commands beyond add and commit); status printed nothing and the branch
printed "hard50". After the first commit it ran `git rev-parse HEAD` to read the commit hash
(69da6384c8fe927585087c949e299b68e3a0e1ba); a second commit then recorded this slip.
Nothing else.

Identifiers: every number, code and secret comes from throwaway scripts in /tmp/hard50_gen/,
each kind drawn with its own random.Random and fixed seed: gen_ids.py (cards with valid Luhn
5001, SSNs under SSA rules and SSN last fours 5002, ITINs in valid group ranges 5003, ABA
routing numbers with valid prefix and 3-7-1 checksum 5004, bank accounts 5005, IBANs with
mod-97 check digits 5006, passports 5007, driving licences 5008, state and tribal ID cards
5009, passwords 5010, PINs 5011, one-time codes 5012, API secrets and the publishable key and
account SID beside them 5013, credit scores 5014, and the unlabelled order, serial, tracking,
record, keypad, EIN, invoice and NPI numbers 5015), gen_words.py (security answer 5016, guest
Wi-Fi password 5017, promo code 5018, username 5019) and gen_misc.py (template hash 5020;
visit, client, time-clock, form, PO and requisition numbers 5021). Trivial sequences were
rejected; no published test numbers are used. Phone numbers are 555-01xx. People,
organisations, vendors and the towns of Harlow Falls and Dorrance are invented (real places
such as Keshena and Waupun, and real tribal nations, appear only as places and nations).

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
- A named person stated to be the hospice's patient (on service, admitted, referred for a
  hospice evaluation, revoking the hospice benefit) is health: hospice care treats a
  terminal illness. Mail to or from hospice staff about a named person does not by itself
  say so; a memorial gift, a bench "in memory of my wife", a death at 88 or a funeral notice
  naming no illness is not health, and a daughter's FMLA leave to care for her father says
  nothing about her own health.
- A named client of the home-care homemaker or companion service (groceries, a meal, a
  tablet sign-in) is not thereby health; personal care tied to a named condition (an MS
  relapse, Ocrevus infusions) is.
- Veteran status, branch and service dates are not labelled; a service-connected bladder
  cancer is health. "A citizen of the Ho-Chunk Nation" and "Menominee ... enrolled member"
  are tribal enrollment: racial_ethnic_origin; the Menominee tribal ID card number is
  US_STATE_ID. A race column and an ethnicity column in a QAPI export of named patients are
  racial_ethnic_origin, and its diagnoses are health.
- An expired green card is immigration status and, like nationality, is not labelled; the
  Polish passport beside it is US_PASSPORT, as is a Philippine passport sent with an ITIN on
  a W-9 (US_ITIN) for vendor identity verification.
- A union hardship-fund grant to a named member "in good standing" is
  trade_union_membership (like strike benefits), and the routing and account numbers the
  union pays into are labelled (quoted back by the payer). A pay stub with "HCWU Local 418
  dues" pasted to a steward is trade_union_membership, and the writer's back injury and PT
  are health; the masked "checking ****2216" is not labelled. A dues total for 134 members
  is aggregate.
- The routing and account numbers in a suspected phishing direct-deposit request are still
  a routing number and an account number: ABA_ROUTING_NUMBER and US_BANK_NUMBER. A general
  phishing warning holds none.
- A foundation's prospect-research note that a named donor gave to a state party and hosted
  a candidate's fundraiser discloses her political_opinion; a volunteer swapping shifts to
  knock doors for a named county board candidate discloses hers.
- A time clock's finger-scan match score and template hash for a named employee, and a
  failed selfie face-match score in an EVV exception report for a named aide, are
  biometric. EVV release notes with aggregate match rates and consent text are not, nor is
  "fingerprints were also taken" for a clean volunteer background check.
- A pet-therapy volunteer's own type 1 diabetes and insulin pump, in the first person, are
  health; her dog's temperament, and another volunteer's dog's Lyme disease, doxycycline
  and rabies booster, are not.
- A credit-union decline letter's "credit score used" is CREDIT_SCORE, and each adverse
  item (a collection, a late payment) is CREDIT_REPORT on its whole line after the dash
  bullet; that the collection came from a named late husband's lymphoma treatment is
  health. A nurse's "middle score" quoted from her lender is CREDIT_SCORE.
- An online-banking username and a card's expiry date are not labelled; a security answer
  naming a first employer is PASSWORD. An Amex written in its 4-6-5 groups is labelled with
  its spaces, and the four digits on its front ("CID") are CVV. A card's last four on a
  pharmacy's charge for a non-covered drug are CREDIT_CARD_LAST_DIGITS.
- A pension account's one-time sign-in code forwarded to an aide, and a payroll portal's
  code read out by HR, are ACCESS_CODE; a homemaker client's debit-card PIN is PIN (the
  lockbox code beside it is not labelled); an IRS IP PIN for a late father's final return
  is PIN; a thrift shop's Square dashboard password is PASSWORD and its credit union's
  telephone-banking PIN is PIN (the alarm code is not labelled).
- A caregiver son in county drug court and a brother who "did eleven years at Waupun" (a
  state prison) are criminal_history; a form question "Have you been convicted of a crime"
  with empty boxes is a blank form.
- A unit's flu-vaccine list naming who is vaccinated, declined or exempt is health
  (vaccination status), and the named religious exemption adds religious_belief. A staff
  flu clinic and the masking rule for all unvaccinated staff are not labelled.
- An ancestry-kit estimate (Swedish, Norwegian, Finnish percentages) in a named patient's
  legacy story is genetic and racial_ethnic_origin; his COPD adds health. A daughter's own
  BRCA1 pathogenic variant with her mother's ovarian cancer and an MRI and surgical
  referral is genetic and health.
- A nursing home's question about reordering a named resident's Biktarvy is health (a drug
  used only for HIV). A hospital's general question whether hospice accepts patients on
  dialysis or TPN names no person: not labelled.
- "Joan's wife" written by Margaret, a widower's "his husband, Gary", and a male scheduler
  adding "my domestic partner, Luis ... he and I" to his benefits are same-sex partners:
  sexual_orientation. "His wife of 61 years, Linda" is not labelled.
- A newsletter remembrance of a volunteer naming no illness or faith, names read at a
  remembrance service, and Light Up a Life dedications are not labelled; an obituary draft
  naming Parkinson's and lifelong membership of a church is health and religious_belief.
- Also unlabelled: EVV client and visit IDs, a time-clock user number, medical record
  numbers in an export, online form, PO, requisition and member numbers, an organisation's
  NPI, and a Stripe publishable key and an SMS account SID beside their secrets (the secret
  key, the webhook signing secret and the auth token are each API_KEY).

Emphasis: a month of mail around one regional hospice and home-care nonprofit in winter
2026-27. Positives sit where senders put them: hospital, clinic and nursing-home referrals,
intake face sheets and admission packets, nurses' visit notes and aides' messages,
pharmacy deliveries, DME orders, chaplain and social-work notes, family emails, a
bereavement note, a legacy-project story, an obituary draft, billing and Medicare
revocation notes, payroll and HR mail (direct deposit, W-2, ITIN, benefits, vaccination
list, time clock), union letters and a pasted pay stub, volunteer applications and
background checks, memorial gift forms and receipts, donor card updates, prospect research,
and IT mail quoting vendor secrets. Many are implicit (Biktarvy, "eleven years at Waupun",
"Joan's wife", an ancestry estimate, a face-match score) and several hold an identifier with
no special category at all (a bench plaque paid by card, a gift receipt's last four, a
homemaker client's PIN). Decoys are the same senders' routine mail: trainings and events,
census and volunteer-hour aggregates, grief resources, a memorial acknowledgement naming no
condition, blank application and gift forms, facility door, lockbox, alarm and Wi-Fi codes,
order, invoice, serial and tracking numbers, policy and phishing notices, a job posting, a
hypothetical, an anonymised appeal story, a fictional training case, a remembrance written
in obituary style without private detail, and a volunteer's dog's Lyme disease.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_50: list[Case] = [
    (
        """Subject: Field safety notice - transport chair armrest bolts

NorthStar Medical Supply is contacting customers who bought the Ridgeway TC-18 transport
chair between March and September 2026. The left armrest bolt can loosen with use.

Chairs on your account (invoice INV-12374):
  NS91-25361
  NS35-53649
  NS78-84543

Please take these chairs out of loan service until we swap the armrest kits, at no
charge, on our next route day. Call (715) 555-0131 to schedule.

NorthStar Medical Supply, Customer Care""",
        [],
    ),
    (
        """Subject: Delivered: comfort kit and new orders for Eleanor Vance

Ridgeline Hospice Pharmacy Services - delivery confirmation

Delivered 12/05 14:52 to 418 Cedar Ct, Dorrance. Signed by: L. Vance (son).

Emergency comfort kit:
  morphine sulfate oral solution 20 mg/mL, 30 mL
  lorazepam 0.5 mg tablets x10
  haloperidol 0.5 mg tablets x10
  atropine 1% ophthalmic drops
  bisacodyl 10 mg suppositories x6
New order: dexamethasone 4 mg daily

Not covered by hospice (unrelated to the terminal diagnosis per the medical director):
levothyroxine 75 mcg, 90 tablets, $18.40, charged to the Visa ending 9446 on file.""",
        [("health", ""), ("CREDIT_CARD_LAST_DIGITS", "9446")],
    ),
    (
        """Subject: New group member - Tom

Hi Karen,

Tom Lindahl will join your Tuesday evening loss-of-a-spouse group starting January 6. He
lost his husband, Gary, in November after 31 years together. He asked me to tell you ahead
of time so he doesn't have to explain himself the first night. He isn't much of a talker
yet.

Beth, Bereavement Coordinator""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Memorial envelope text for the printer

MEMORIAL / HONOR GIFT
[ ] In memory of  [ ] In honor of: ______________________
Please notify: ______________________
Gift: [ ] $25  [ ] $50  [ ] $100  [ ] Other $______
[ ] Check enclosed  [ ] Visa  [ ] Mastercard  [ ] Discover  [ ] Amex
Card no.: ____ ____ ____ ____   Exp: __/__   Security code: ___
Signature: _____________________

Proof due to Harlow Printing by Wednesday.""",
        [],
    ),
    (
        """Subject: Fwd: Your sign-in code

Grace, can you read this to Dad when you get there at 3? He's trying to get into his
pension account on the tablet and the code came to my phone.

---------- Forwarded message ---------
From: Lakeland Mutual Pension Services <no-reply@lakelandmutualpension.com>
Subject: Your sign-in code

Your one-time sign-in code is 115899. It expires in 10 minutes. We will never call you to
ask for this code.""",
        [("ACCESS_CODE", "115899")],
    ),
    (
        """Subject: Your order has shipped

Ridgeline Hospice Pharmacy Services

Order SO-570610 for Tamarack Valley Hospice (inpatient unit stock) shipped today via UPS,
tracking 1ZAZTA1HCUKB0BW6O3, 3 boxes. Expected delivery Tuesday by end of day.

A signature from licensed staff is required on delivery. Questions: (715) 555-0188.""",
        [],
    ),
    (
        """Subject: Employment verification for my mortgage

Hi Brianna,

My lender (Northwoods Home Lending) needs a written verification of employment: start
date, position (RN case manager), FTE and year-to-date pay. They said my middle score came
back 721 so we're fine on that end; they just need HR's letter by Friday.
Fax: (715) 555-0150, attention underwriting.

Thank you!
Marisol Vega""",
        [("CREDIT_SCORE", "721")],
    ),
    (
        """Subject: Dad's bank login so you can help with bills

Hi Lydia,

Dad asked me to send you this so you can help him set up the utilities on autopay when
you're there Tuesday. He's fine with you seeing it.

Birch Valley Credit Union online banking
Username: graox58
Password: C3eXIZxzC5U#
Security question (name of your first employer): Brekke Cheese Co-op
Checking account number: 578521727352

Jenna Holm""",
        [
            ("PASSWORD", "C3eXIZxzC5U#"),
            ("PASSWORD", "Brekke Cheese Co-op"),
            ("US_BANK_NUMBER", "578521727352"),
        ],
    ),
    (
        """Subject: Foundation board packet - December 15 meeting

Board members,

The packet for Monday is attached. Highlights:

- Year-to-date gifts: $612,400 from 1,874 donors (memorial gifts 41% of the total)
- Evening of Light gala: $96,300 net
- Garden bench program: 11 benches placed
- Form 990 signature page for the fiscal year, EIN 37-7937922

We meet at 5:30 in the Birchwood Room; dinner at 5.

Colleen Ruiz""",
        [],
    ),
    (
        """Subject: QAPI export - December admissions (demographics check)

The race column is blank for two; please fix in the chart before Friday's report.

mrn,name,admit_date,race,ethnicity,primary_dx
TV6864367,Harold Bjork,2026-12-02,White,Not Hispanic or Latino,J44.1 COPD w exacerbation
TV7500739,Geraldine Hoff,2026-12-03,,Not Hispanic or Latino,I50.22 chronic systolic HF
TV2161814,Evelyn Maskwa,2026-12-09,American Indian or Alaska Native,,C22.0 liver cancer
TV1360809,Rosa Delgado,2026-12-10,White,Hispanic or Latino,C50.911 breast cancer
TV2875371,Samuel Odhiambo,2026-12-11,,,G12.21 ALS""",
        [("racial_ethnic_origin", ""), ("health", "")],
    ),
    (
        """Subject: Volunteer hours - calendar year to date

For the CMS volunteer report (5% of patient care hours):

Vigil: 1,312 hours (48 volunteers)
Music: 904 hours (17)
Pet therapy: 611 hours (14 teams)
Office and thrift shop: 3,870 hours (63)
Patient and family support visits: 2,455 hours (52)
Total: 9,152 hours, which is 6.1% of paid patient care hours.

Nadia""",
        [],
    ),
    (
        """Subject: Admission 12/9 - demographics for the chart

Patient: Evelyn Maskwa
Tribal affiliation: Menominee Indian Tribe of Wisconsin, enrolled member
Photo ID on file: Menominee tribal ID card 785-52981
Hospice diagnosis: C22.0 liver cell carcinoma
Preferred place of death: home, Keshena
Caregivers: daughter Rose and grandson Cody, alternating nights
Clinic: tribal clinic pharmacy will continue her non-hospice meds

Marta, Intake""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "785-52981"), ("health", "")],
    ),
    (
        """Subject: Receipt for your gift

Tamarack Valley Hospice Foundation

Gift date: December 4, 2026
Donor: Phyllis Anderberg
Amount: $100.00
Tribute: In memory of Harvey Anderberg
Payment: Mastercard ending in 3731

No goods or services were provided in exchange for this gift. Please keep this receipt for
your tax records.""",
        [("CREDIT_CARD_LAST_DIGITS", "3731")],
    ),
    (
        """Subject: Family handbook - spiritual care paragraph

Draft for the new family handbook:

"Our chaplains support people of every faith and of none. We never ask about religion at
admission unless you want to talk about it, and a chaplain visits only if you invite one.
Chaplains can also contact your own clergy or spiritual leader, help plan a memorial, or
simply listen."

Comments by Friday, please.""",
        [],
    ),
    (
        """Subject: Dale Whitcomb - Biktarvy supply

Hi, Pinecrest nursing here. Dale Whitcomb is down to five tablets of his Biktarvy. Should
we reorder from Ridgeline, or does it still come from the specialty pharmacy now that he
is with you? We don't want him to miss a dose.

Nora Pike, DON, Pinecrest Care Center""",
        [("health", "")],
    ),
    (
        """Subject: Lunch and learn for case managers: hospice eligibility beyond cancer

Join our medical director, Dr. Sunita Raman, for a 45-minute lunch session on when to
refer for hospice with heart failure, COPD, dementia (FAST staging), and kidney disease
when dialysis is stopped. One contact hour for nurses and social workers.

Wednesday, January 14, noon, Harlow Falls Memorial Hospital, conference room B.
Lunch from Mill Pond Deli. Register with Marta at intake@tvhospice.org.""",
        [],
    ),
    (
        """Subject: Phone gift - gala table sponsor

Anna, please run this today. Marvin Eckstrom called in a table sponsorship for the Evening
of Light, $1,000. He read me his Amex: 3456 568514 82714, exp 06/28, CID 7635 (the four
digits on the front). Receipt to his home address. Then delete this email, please.

Colleen""",
        [("CREDIT_CARD", "3456 568514 82714"), ("CVV", "7635")],
    ),
    (
        """Subject: Chaplain note - Miriam Adler

Visited Miriam Adler at Riverside Manor, room 114. Miriam is a lifelong member of Temple
Beth Ahavah and asked that Rabbi Feldman be called. She says the Shema every night before
sleep and wants it said with her at the end. The family will sit shiva at her son's home.

She is sleeping about 20 hours a day now and took only sips today. I called the temple
office and left a message for the rabbi; will follow up tomorrow morning.

Rev. Tom Haugen, Chaplain""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Home situation - Arlene Schutt

IDT,

Update on the Schutt home. Arlene's son Troy has moved back in as her caregiver. He told me
he's in the Birch County drug court program, tests twice a week and sees the judge every
other Thursday morning, so we'll need respite coverage those mornings.

Arlene is declining: her heart failure is worse, she's up to 4 L of oxygen and taking only
liquids. I've asked Volunteer Services about a Thursday sitter.

Lydia Brandt, MSW""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: Staff flu shot clinic - last chance

The last staff flu clinic of the season is Thursday, December 11, 7-10 am and 2-5 pm, in
the Birchwood Room. No appointment needed; bring your badge. If you got your shot
elsewhere, upload the record to the staff portal. Staff without a record on file wear a
mask in patient areas through March 31, per policy.

Employee Health""",
        [],
    ),
    (
        """Subject: Family lounge Wi-Fi and holiday hours

Inpatient unit staff: families keep asking, so please post this in every room.

Guest Wi-Fi network: TVH-Guest
Password: Tamarack9531#

The family kitchen is stocked through New Year's; the coffee maker in the lounge is for
families first.

Unit Manager""",
        [],
    ),
    (
        """Subject: Shopping for Mrs. Brandvold

Hi Tina,

I'm covering Mrs. Brandvold's Thursday homemaker visit. She said you usually do her
groceries at Mill Pond Market with her debit card and that the PIN is 3828. Is that
right, and do the receipts go in the envelope on the fridge?

Her list: milk, bananas, the rye bread, coffee, cat food.
Key is in the lockbox by the garage, 6677.

Grace (companion aide)""",
        [("PIN", "3828")],
    ),
    (
        """Subject: Order confirmation SO-233943

Thank you for your order, Tamarack Valley Hospice & Home Care (Dorrance branch).

PO-305985
  Nitrile gloves, M, 10 cases
  Nitrile gloves, L, 8 cases
  Adult briefs, L/XL, 12 cases
  Underpads 30x36, 6 cases
  Barrier cream 4 oz, 48
Ship to: 118 Main Street, Dorrance. Estimated delivery December 12, tracking
1Z493M52SJVJVASI9K.""",
        [],
    ),
    (
        """Subject: December mileage - first half

Kiara Bell, HHA - mileage 12/1 to 12/13

12/01  Harlow Falls > Dorrance > Harlow Falls      31.4 mi
12/03  Harlow Falls > Keshena > Harlow Falls       58.0 mi
12/05  Harlow Falls > Oak Ridge > Dorrance         24.6 mi
12/08  Harlow Falls > Dorrance                     15.2 mi
12/10  Dorrance > Harlow Falls                     15.2 mi
Total                                             144.4 mi @ $0.70 = $101.08""",
        [],
    ),
    (
        """Subject: Time clock - Kelsey's finger scan keeps failing

Ken,

The inpatient unit time clock has rejected Kelsey Rademacher's finger scan all week and
she's had to do paper time slips. The admin screen shows:

User 1842  Rademacher, K.
Last match score: 38 (threshold 60)
Template enrolled: 03/2025
Template hash: f5286f741c06e1a74be71255e635fed862f2ef1fde4f85df62533cc7453a67ae

Can you re-enroll her Monday before the 7 am shift?

Sheila""",
        [("biometric", "")],
    ),
    (
        """Subject: About my sister Connie

Hello,

My name is Dennis Roebke. I'm Connie Roebke's brother and I'm the one staying with her
now. I want to be upfront with the nurses: I did eleven years at Waupun and came home in
March. I'm not proud of it, but I'm here and I'm not going anywhere.

Connie's pain is worse at night and she's scared of the morphine. Can someone explain it
to her again?

(920) 555-0176""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: All-staff meeting January 8 - location change

Our conference room is being painted, so January's all-staff meeting is at the Labor
Temple on 3rd Street, 8:30 to 10. Lunch afterward is catered by the St. Brigid Parish
youth group fundraiser (sloppy joes, salad, bars). Parking is in the lot behind First
Lutheran across the street.

Sheila""",
        [],
    ),
    (
        """Subject: Biscuit out for a few weeks

Hi Nadia,

Biscuit won't be able to do his Tuesday visits for a few weeks. The vet found Lyme disease
and he's on doxycycline for 28 days, and his rabies booster is due, so we'll do that when
he's finished. He's tired but eating. Tell the folks at Riverside Manor he misses them!

Phil Aukes""",
        [],
    ),
    (
        """Subject: Swap Saturday?

Hi Nadia,

Could someone cover my Saturday harp hours at the inpatient unit? I signed up to knock
doors for Ellen Marquardt's county board campaign that morning and promised her I'd do
the whole north side. Happy to take a Sunday instead.

Dolores Fenwick""",
        [("political_opinion", "")],
    ),
    (
        """Subject: W-2 for 2026 - new address + my SSN was wrong?

Hi payroll, I moved, new address is 1187 Spruce St Apt 3, Harlow Falls. Also last year's
W-2 had my social wrong, it should be 735497367. Can you make sure the 2026 one is right?
Thanks, Deon Maki (LPN, inpatient unit)""",
        [("US_SSN", "735497367")],
    ),
    (
        """Subject: Dad's IP PIN letter came

Hi Lydia,

The IRS letter with Dad's Identity Protection PIN came today. For his final return the PIN
is 189796. Could you pass it to the volunteer tax helper you mentioned? She said she'd need
it before she can file.

Thank you for everything this fall.
Sam Ferris""",
        [("PIN", "189796")],
    ),
    (
        """Subject: Now hiring: RN Case Manager (REQ-5789)

Tamarack Valley Hospice & Home Care is hiring a full-time RN case manager for our
Dorrance team. Manage a caseload of about 12 hospice patients at home and in facilities,
coordinate with our IDT, and share evening call (one week in six).

Requirements: Wisconsin RN license, one year of acute or home care experience, valid
driver's license and insurance. Offer contingent on a background check and drug screen.

Apply at tvhospice.org/careers.""",
        [],
    ),
    (
        """Subject: Required: hospice documentation training before January 31

All clinical staff must complete the annual documentation module in the learning portal
by January 31: face-to-face encounter timing, certification narratives, the election
statement addendum, and what auditors look for in the first 60-day benefit period. It
takes about 50 minutes. Managers will get a completion report on February 2.

Compliance Office""",
        [],
    ),
    (
        """Subject: Mrs. Okafor - need two for transfers

Scheduling,

For Mrs. Okafor's Tuesday/Thursday personal care: since her MS relapse she can't bear
weight, so we need the Hoyer lift and two aides. Also on Thursday she goes to the infusion
center for her Ocrevus at 1, so we need to be done by 11:30.

Grace""",
        [("health", "")],
    ),
    (
        """Subject: Pet therapy application - a note about me and Juniper

Hi,

I sent in the application but wanted to mention something: I have type 1 diabetes and
wear an insulin pump, so I may need to step out to check my sugar during a visit.
Juniper (my golden) isn't an alert dog, she's just very calm. Her Pet Partners evaluation
is January 9.

Ann-Marie Sorensen""",
        [("health", "")],
    ),
    (
        """Subject: Volunteer clearances - week of 12/7

Cleared to start:
  Ann-Marie Sorensen (pet therapy)
  Luis Ocampo (thrift shop)
  Heidi Brandt (vigil)

All three: statewide criminal search, no records found; sex offender registry, no records
found; caregiver misconduct registry, no records found. Heidi's fingerprints were also
taken because she'll help with the school grief program; that check came back clear too.

Badge photos Thursday at 10.

Ellen Moua, HR Generalist""",
        [],
    ),
    (
        """Subject: Memorial gift form (online) #20066

Form: Memorial / Honor Gift
Gift amount: 150.00
In memory of: Leonard Mrozek
Message: Len was our neighbor for 40 years. Your nurses took such good care of him
through the ALS, especially at the end when he couldn't speak anymore.
Card type: Mastercard
Card number: 5266 0688 9683
5266
Expiration: 04/28
Send acknowledgment to: Irene Mrozek, 22 Birch Hollow Rd, Dorrance WI
Donor: Frank and Alice Weyer""",
        [("CREDIT_CARD", "5266 0688 9683\n5266"), ("health", "")],
    ),
    (
        """Subject: Getting through the holidays after a loss

Dear friends,

The first holidays after a death can be the hardest. A few things other families have
found helpful:

- Decide together which traditions to keep, change or skip this year.
- Light a candle or set a place at the table, if that feels right.
- Let people help: say yes to the casserole.
- It's all right to leave early, or not go at all.

Our free "Holidays and Grief" evening is December 10 at 6:30 pm at the Harlow Falls
office, and the Tuesday drop-in group continues through the season. Anyone who is
grieving is welcome; you don't need to have had someone in our care.

Bereavement Services, Tamarack Valley Hospice & Home Care
(715) 555-0165""",
        [],
    ),
    (
        """Subject: Flu vaccine status - inpatient unit (masking list)

Unit managers, inpatient unit status as of 12/7. Anyone not vaccinated masks in patient
areas through March 31.

Deon Maki - vaccinated 10/14
Hannah Yoder - religious exemption approved (influenza and COVID-19)
Chris Lundeen - declined, masking
Sarah Fjelstad - vaccinated 11/02
Marisol Vega - vaccinated 10/21

Employee Health""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Donation form broken after the site update

Hi Ben,

The memorial gift page has thrown "Invalid API Key provided" since Tuesday's site update.
This is what the settings file on the web host says:

STRIPE_PUBLISHABLE_KEY=pk_live_wv2MiLQzmY58lws9GPThtF3FcjK9DPxF
STRIPE_SECRET_KEY=sk_live_qGYCKyEIxCHzGepIyeGTLH4Xhj3hqbIQ
STRIPE_WEBHOOK_SECRET=whsec_EwmNW7p35qSGjw3qBsAGV94PVBEHpqOM

Could the update have swapped two of them? December is a third of our year.

Colleen Ruiz, Foundation""",
        [
            ("API_KEY", "sk_live_qGYCKyEIxCHzGepIyeGTLH4Xhj3hqbIQ"),
            ("API_KEY", "whsec_EwmNW7p35qSGjw3qBsAGV94PVBEHpqOM"),
        ],
    ),
    (
        """Subject: Veterans: we need you at the bedside

Did you serve? Our veteran-to-veteran volunteers visit patients who served, help with
pinning ceremonies, and sometimes just talk about the things only another veteran
understands.

Training is two evenings in January; no medical background needed. Spouses of veterans
are welcome too. Call Volunteer Services at (715) 555-0162 or reply to this email.""",
        [],
    ),
    (
        """Subject: Bench plaque order

Hello,

I'd like to order one of the memorial benches for the garden at the inpatient unit, in
memory of my wife, Lorraine Dahl. Plaque text: "Lorraine Dahl 1949 - 2026 / She loved
this garden."

Please charge the $1,200 to my Visa 4946-9810-2938-6778, exp 09/29, security code 175.
The billing address is the one you already have for me.

Thank you,
Everett Dahl""",
        [("CREDIT_CARD", "4946-9810-2938-6778"), ("CVV", "175")],
    ),
    (
        """Subject: Pay stub - short on hours again

Hi Teresa,

Here's my stub from Friday like you asked. I'm still on light duty after I hurt my back
transferring a patient in October (lumbar strain, PT twice a week), and scheduling keeps
cutting me to 24 hours even though the doctor cleared me for 32.

Pay period 11/16 - 11/29
Regular            24.00 hrs @ 19.85     476.40
Mileage                                   38.20
Federal tax                              -21.10
State tax                                -14.66
Social Security                          -29.54
Medicare                                  -6.91
HCWU Local 418 dues                       -8.26
Net pay                                  434.13  (checking ****2216)

Can the union take this up?
Kiara Bell""",
        [("trade_union_membership", ""), ("health", "")],
    ),
    (
        """Subject: Revocation - Paul Greiner, effective 12/10

Billing / Medicare team,

Paul Greiner signed a revocation of the Medicare hospice benefit today, effective
12/10/2026. He was accepted into an immunotherapy trial for his melanoma and starts
infusions next week. Please file the notice of termination/revocation within five
calendar days. He knows he can elect hospice again later, and we've told him to call us.

Discharge summary to follow.
Marta, Intake""",
        [("health", "")],
    ),
    (
        """Subject: November census for the board packet

Jim, numbers for the December board packet:

Average daily census: 138 (home 112, facilities 21, inpatient unit 5)
Admissions: 61 (referrals 94; 71% from hospitals)
Median length of stay: 19 days
Primary diagnoses of patients served: cancer 34%, dementia 21%, heart disease 17%,
lung disease 11%, other 17%
Live discharges: 7
Home care (non-hospice) clients served: 246

Bereavement follow-up is active for 412 families. Let me know if you want the trend chart.

Sheila Brandt, Director of Clinical Operations""",
        [],
    ),
    (
        """Subject: Winter Coat Days at Second Season Thrift

All coats, boots and snow pants are half price December 12-14. Shopping online? Use promo
code SEASONHMS at checkout.

Every purchase supports hospice and home care for families in Birch and Polk counties.
Open Tuesday to Saturday, 10-5.""",
        [],
    ),
    (
        """Subject: Union dues remittance - pay period ending 11/29

Total HCWU Local 418 dues withheld this period: $1,102.68 for 134 members (6 new checkoff
cards processed). Remitted by ACH on 12/04. The member-level file goes to the union by
secure upload only, not by email.

Payroll""",
        [],
    ),
    (
        """Subject: Covering the shop while I'm away (12/19 - 1/3)

Hi Joyce,

Thank you for taking over while I'm in Arizona. What you'll need:

- Square dashboard (registers and the daily deposit report): sign in with
  thrift@secondseasonthrift.org, password aCnP73SK0Yo*
- Harlow Falls Area Credit Union business checking: the telephone banking PIN is 1719 if
  you want to confirm a deposit posted
- Alarm: 7007, then OFF
- Petty cash is in the blue bank bag in the back office

Call me if anything's weird. Ruthanne""",
        [("PASSWORD", "aCnP73SK0Yo*"), ("PIN", "1719")],
    ),
    (
        """Subject: Legacy project - Mr. Lindqvist's story draft

Hi Nadia,

Here's the draft of Arne Lindqvist's life story for his grandkids. He's tiring fast with
the COPD now, so the last session was only 20 minutes.

One thing he insisted on including: his granddaughter gave him a DNA ancestry kit last
Christmas and it came back 62% Swedish, 21% Norwegian and 9% Finnish, which tickled him,
because his mother always said the family was "all Swede."

Could you print three copies before Friday?

Lois Eberhardt, legacy volunteer""",
        [("genetic", ""), ("racial_ethnic_origin", ""), ("health", "")],
    ),
    (
        """Subject: Visit reminder texts stopped

Scheduling's reminder texts to families stopped Monday. The log shows 401 Unauthorized from
the SMS provider on every send. Current settings in the scheduling system:

Account SID: AC621a89a15feae81cbaec5a3dc33bbc22
Auth token: a2330d27a8f8540982ccc806f88696ef
From number: +1 715 555 0190

Did anyone rotate the token in the provider console last week?

Ken Pham, IT""",
        [("API_KEY", "a2330d27a8f8540982ccc806f88696ef")],
    ),
    (
        """Subject: Light Up a Life - tree lighting December 14

Join us at 5 pm on the Harlow Falls town square for our Light Up a Life tree lighting.
For a gift of any size you can dedicate a light to someone you love or remember; names
are read aloud as the lights come on. Cocoa from the Lions Club, carols by the high school
choir.

Dedications: tvhospice.org/lights or (715) 555-0168.""",
        [],
    ),
    (
        """Subject: On-call schedule, Dec 20-28

Evenings and nights (5 pm - 8 am):
12/20-21  Janelle Kowalski, RN   (715) 555-0171
12/22-23  Abby Schroeder, RN     (715) 555-0172
12/24-25  Sam Whitebird, RN      (715) 555-0173
12/26-28  Marisol Vega, RN       (715) 555-0174
Backup / supervisor all week: Sheila Brandt, (715) 555-0170
Chaplain on call: Rev. Tom Haugen, (715) 555-0175""",
        [],
    ),
    (
        """Subject: Walt P. - visit note / on-call heads up

Team,

Saw Walt Pedersen this afternoon. Pain 8/10 with movement, grimacing at rest. Increased
the fentanyl patch from 25 to 37 mcg/hr (new patch on at 14:20); breakthrough morphine
10 mg SL q2h PRN, and Bev is keeping the log on the fridge. New redness over the sacrum,
stage 1, so we started turning him every two hours.

Lockbox on the back porch railing is 3524, key is for the side door. The dog is friendly.
If Bev calls tonight he'll probably need a PRN around 2 am.

Janelle Kowalski, RN""",
        [("health", "")],
    ),
    (
        """Subject: Care plan update - Fatima Haddad

IDT update after today's visit.

Fatima's end-stage liver disease is progressing: more confusion in the evenings, lactulose
increased to three times a day. Pain controlled on oxycodone 5 mg q6h PRN.

Fatima is Muslim and prays five times a day. Since the fall she can't stand for salah, so
her daughter helps her make wudu with a basin and she prays seated. The family asks for
female aides only, and that after death the body not be washed by staff: women from the
Harlow Falls Islamic Center will do the ghusl. The imam visits on Fridays.

Abby Schroeder, RN""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Welcome to Home Care Workers United, Local 418

Dear Marcus Oyelaran,

We have received your signed membership and dues-checkoff card dated December 2, 2026.
Welcome to the union! Your dues will start with the first full pay period after your
employer, Tamarack Valley Hospice & Home Care, processes the card.

For our records we copied from your card: last 4 of SSN 9418, classification Home Health
Aide, worksite Harlow Falls.

Your steward is Teresa Novak. New member orientation is January 13 at the hall.

In solidarity,
Local 418 Membership Office""",
        [("trade_union_membership", ""), ("US_SSN", "9418")],
    ),
    (
        """Subject: Reminder: political activity and the spring election

As a 501(c)(3), Tamarack Valley may not support or oppose any candidate. While on duty,
staff and volunteers may not wear campaign buttons or bring campaign literature into
patients' homes or our buildings, and patients' homes are never a place to talk politics
unless the patient raises it.

What you do on your own time is your own business, and we never ask how anyone votes.

Human Resources""",
        [],
    ),
    (
        """Subject: Thank you for your gift in memory of Dorothy Kallenbach

Dear Mr. and Mrs. Sundquist,

Thank you for your gift of $75 in memory of Dorothy Kallenbach. We have let her family
know of your kindness; the amount is kept private.

Memorial gifts pay for the care no insurance covers: music at the bedside, vigil
volunteers, and grief support for any family in our community.

No goods or services were provided in exchange for this gift.

With gratitude,
Tamarack Valley Hospice Foundation""",
        [],
    ),
    (
        """Subject: Quick question before we refer

Hi,

Does Tamarack Valley accept patients who want to keep doing dialysis for a while, or does
dialysis have to stop first? And is TPN ever continued on hospice? Families ask us this
all the time and we want to give the right answer.

Case Management, St. Adalbert Medical Center""",
        [],
    ),
    (
        """Subject: New card for my monthly gift

Hi, my old card expired. Please use Discover 6011 9395 1465 5722, exp 11/30, for my $25
monthly gift starting in January. Same name and address. Thank you! Bernadette Koss""",
        [("CREDIT_CARD", "6011 9395 1465 5722")],
    ),
    (
        """Subject: RE: locked out of PayView

Hi Deon,

The code PayView sent to the HR verification line is 901838. Enter it within 10 minutes,
then add your new phone under Profile > Security so the codes come to you next time.

Brianna, HR""",
        [("ACCESS_CODE", "901838")],
    ),
    (
        """Subject: Invoice INV-64090 - November rentals

NorthStar Medical Supply
Bill to: Tamarack Valley Hospice & Home Care, Accounts Payable
PO-681025

November rentals under contract:
  Hospital beds, 1,146 bed-days             $4,011.00
  Oxygen concentrators, 902 days            $2,706.00
  Wheelchairs and walkers, 1,420 days         $852.00
  Deliveries and pickups, 118 trips         $2,360.00
Total due: $9,929.00, net 30

Remit by ACH to the account on file or by check to PO Box 77, Harlow Falls.""",
        [],
    ),
    (
        """Subject: Visit notes export 12/08 - aide team 3

visit_id|caregiver|client|start|end|tasks|note
V-86629|T. Brecht|Hoff, Geraldine|08:02|09:15|bath;linen;vitals|BP 98/60, legs more swollen
V-89909|K. Bell|Pedersen, Walter|10:30|11:20|bath;reposition|sacrum red, told RN; new patch on
V-76570|S. Pruitt|Mrozek, Irene|13:00|14:00|companion;meal|""",
        [("health", "")],
    ),
    (
        """Subject: EVV exception - visit flagged for review

CareTrace EVV exception report, 12/08/2026

Caregiver: Tanya Brecht (HHA)
Visit: 08:02-09:15, client C-53404
Check-in method: selfie face verification
Face match score: 0.61 (threshold 0.80) - FAILED
Second attempt: 0.64 - FAILED
GPS: within 40 m of the client address
Action: supervisor to confirm the visit by phone; caregiver to re-enroll reference photo""",
        [("biometric", "")],
    ),
    (
        """Subject: Winter Service of Remembrance - Sunday, January 11, 3 pm

Families, staff, volunteers and neighbors are invited to our Winter Service of Remembrance
at the Harlow Falls Community Center. Readings and music from many traditions and from
none, candle lighting, and cookies afterward.

If you would like your loved one's name read aloud, sign up by January 5 at
(715) 555-0165.""",
        [],
    ),
    (
        """Subject: Holiday payroll calendar

Because of the holidays, payroll dates shift:

- Timesheets for the period ending 12/20 are due Monday 12/22 by 10 am (not Tuesday).
- Pay date 12/24 moves up to 12/23.
- Pay date 1/2 stays the same; approve timesheets by 12/30.
- Holiday pay applies to 12/25 and 1/1 for all eligible staff.

Payroll""",
        [],
    ),
    (
        """Subject: Prospect notes - Ruth Ann Meier (for Thursday's call)

Ruth Ann Meier, Dorrance. Widow of Carl Meier (Meier Implement).
Giving to us: $500 to the gala in 2025.
Wealth screen: estimated capacity $25k-$50k.
Public records: gave $2,500 to the Republican Party of Wisconsin in September and hosted a
fundraiser for a state assembly candidate at the farm in October.
Connection: board member Jim Ostrowski knows her from Rotary.
Interests: the memorial garden, veterans.

Colleen""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Something I learned - for Mom's team

Hi Lydia,

I wanted the team to know: my genetic test came back and I have the same BRCA1 pathogenic
variant they found in Mom after her ovarian cancer diagnosis. The counselor is referring me
for a breast MRI and a surgical consult about removing my ovaries.

Mom keeps asking if it's her fault. Could you or the chaplain talk with her this week?

Danielle Sorg""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Your memorial gift - duplicate transfer

Dear Ms. Hartmann,

Thank you for your gift in memory of your cousin, Walter Lemke. Our bank shows the
transfer arrived twice on December 3 (2 x EUR 200). Unless you would like us to keep it as
a second gift, we will return EUR 200 to the account it came from, IBAN
DE35 2218 2258 9305 1857 16, within ten business days.

With warm regards,
Colleen Ruiz
Gift Officer, Tamarack Valley Hospice Foundation""",
        [("IBAN_CODE", "DE35 2218 2258 9305 1857 16")],
    ),
    (
        """Subject: Case study for Thursday's social work training

FICTIONAL SCENARIO - for training only

"Marian," 68, has end-stage COPD and lives alone with two cats. Her son lives three hours
away and her neighbor brings meals. She has said she does not want to go to a nursing home
"ever." She was recently started on morphine for breathlessness and worries it will make
her an addict.

Discussion: How would you open the conversation about her care plan? What resources would
you bring in?""",
        [],
    ),
    (
        """Subject: New hire paperwork - Shania Pruitt (HHA, start 12/14)

Hi Payroll,

Shania's packet is complete except the I-9 documents, which she'll bring to orientation.
From her forms:

Direct deposit: Harlow Falls Area Credit Union
  routing 619310547
  checking 5212096934 (100%)
Driver's license (mileage program / auto insurance check): WI A924-3509-6288-58, exp 2030
Auto insurer: Badger Mutual, declarations page on file
Emergency contact: Dawn Pruitt (mother), (715) 555-0119

Brianna Koehler, HR""",
        [
            ("ABA_ROUTING_NUMBER", "619310547"),
            ("US_BANK_NUMBER", "5212096934"),
            ("US_DRIVER_LICENSE", "A924-3509-6288-58"),
        ],
    ),
    (
        """Subject: CareTrace EVV release 7.4: face verification updates

What's new in 7.4:

- Face verification works in low light (first-attempt match rate in pilot agencies rose
  from 94.1% to 97.8%).
- Agencies can set their own match threshold (default 0.80).
- Updated biometric consent text for Illinois and Texas caregivers; agencies should
  re-collect consent at next login.
- Fallback to PIN check-in when the camera is unavailable.

Release 7.4 rolls out to all agencies on December 15.""",
        [],
    ),
    (
        """Subject: Veteran pinning - Raymond Decorah, Friday 2 pm

Hi Gary,

Raymond Decorah, 78, US Army, Vietnam 1967-68. He is on our service with bladder cancer
that the VA has connected to Agent Orange, and he's declining faster this week, so we'd
like to move his pinning up to Friday at 2 pm at his daughter's house on Oak Street.

Raymond is a citizen of the Ho-Chunk Nation and asked whether the Nation's veterans color
guard could be invited. His daughter is calling them today. Could your post bring the
certificate and pin? The quilting guild has his quilt ready.

Thanks,
Beth Lindgren, Volunteer Services""",
        [("health", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Volunteer application (printable)

TAMARACK VALLEY HOSPICE & HOME CARE - VOLUNTEER APPLICATION

Name: ______________________________
Date of birth: ____/____/________
Driver's license or state ID no.: ____________________
Last 4 of SSN (background check only): XXXX
Have you been convicted of a crime in the last 7 years?  [ ] Yes  [ ] No
If yes, please explain: _______________________________
Areas of interest: [ ] Vigil  [ ] Music  [ ] Pet therapy  [ ] Thrift shop  [ ] Office

Return to Volunteer Services, 2210 Mill Pond Road, Harlow Falls.""",
        [],
    ),
    (
        """Subject: Credentialing packet for St. Adalbert's preferred provider list

Attached for your vendor file:

- Agency legal name: Tamarack Valley Hospice & Home Care, Inc.
- Organization NPI: 9742729611
- Federal EIN: 16-1246670
- State hospice license and Joint Commission certificate
- Certificate of insurance (general and professional liability)

Please send the signed referral agreement back to me.

Marta Gundersen, Intake and Referrals""",
        [],
    ),
    (
        """Subject: Irena K. - documents for the Medicaid application

Denise,

Irena Kowalczyk's granddaughter dropped off copies today. Irena's green card has expired,
so the county said it will take her Polish passport for identity: passport no. EL9856183,
valid to 2031. With the lung cancer she can't make the trip to the economic support
office, so the worker agreed to a phone interview Tuesday at 10.

Copies are in the locked drawer in my office.

Paulette""",
        [("US_PASSPORT", "EL9856183"), ("health", "")],
    ),
    (
        """Subject: Hospice referral - Arlen Thorsby, DOB 03/14/1941

From: Case Management, Harlow Falls Memorial Hospital
To: intake@tvhospice.org

Referral for hospice evaluation. Arlen Thorsby, 85, admitted 11/29 with obstructive
jaundice; CT shows metastatic pancreatic adenocarcinoma with multiple liver lesions.
Oncology saw him yesterday and he and his daughter Kristin have declined further treatment.
PPS 40%, eating a few bites, sleeping most of the day. Pain controlled on hydromorphone
2 mg PO q4h PRN, using 3-4 doses a day. Biliary stent placed 12/1.

He wants to go home to the farm outside Dorrance; Kristin will be primary caregiver and
has FMLA approved. Please call me at (715) 555-0147 to set up the visit. Discharge target
is Thursday.

Pauline Ostrowski, RN
Case Manager, 4 West""",
        [("health", "")],
    ),
    (
        """Subject: Admission packet - Leroy Gantz (12/11)

Checklist for the chart:
- Consents signed by patient (alert and oriented)
- Photo ID copied: WI driver license R673-4235-2144-15
- Hospice diagnosis: C61 prostate cancer with bone metastases
- POLST: DNR, comfort-focused treatment, signed
- NOE filed 12/11

Marta, Intake""",
        [("US_DRIVER_LICENSE", "R673-4235-2144-15"), ("health", "")],
    ),
    (
        """Subject: Our year-end letter

Dear friend,

Last winter a man we'll call "Mr. B" told our nurse he had one wish: to watch one more
sunrise over the lake where he'd fished all his life. Our team, two volunteers and his
neighbor made it happen, oxygen tank and all. (Details changed to protect the family's
privacy.)

Moments like that aren't paid for by insurance. They're paid for by you. Please give
before December 31.

Tamarack Valley Hospice Foundation""",
        [],
    ),
    (
        """Subject: Phishing warning - fake "payroll update" emails

Several staff received emails this week claiming to be from payroll and asking them to
"confirm your direct deposit" at a link. These are not from us.

- Payroll will never ask for your password or bank details by email.
- Never read a sign-in code to anyone who calls you.
- If you clicked, change your password at the staff portal and call the IT line.

Ken Pham, IT""",
        [],
    ),
    (
        """Subject: Coming back 1/4

Hi Sheila,

My surgeon cleared me to return January 4 after the hysterectomy, with no lifting over
20 lb for two more weeks (note attached). Could I do admissions and visits without
transfers until then?

Abby""",
        [("health", "")],
    ),
    (
        """Subject: Thank you, and a question about Saturday

Dear nurses,

I'm Margaret Ellison, Joan's wife of 22 years. Joan asked me to write because she's too
tired to type. Since she stopped dialysis on the 1st she has been more comfortable than we
expected, but her feet are swelling and the itching keeps her up at night.

Could Abby come Saturday instead of Monday? And Joan wants to know if the cello volunteer
can come back; it made her smile all afternoon.

Margaret""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        """Subject: Updated door codes for on-call (facilities)

For the on-call binder, as of Monday:

Pinecrest Care Center, east wing: 7832 then #
Maple Terrace Assisted Living, front vestibule: 2065*
Our inpatient unit, staff entrance on Mill Pond Rd: 8153
Riverside Manor after 9 pm: ring the bell and the night nurse lets you in; their
garage gate is 7038

Please don't write these on the back of your badge.

Scheduling""",
        [],
    ),
    (
        """Subject: Companion Vigil volunteer training - January 10 and 17

Hi everyone,

Our next Companion Vigil training runs two Saturdays, January 10 and 17, 9:00 to 1:00, in
the Birchwood Room at the Harlow Falls office (2210 Mill Pond Road). Vigil volunteers sit
with patients in their last hours so that no one dies alone when family can't be there.

We'll cover what the last days can look like, being present in silence, reading and
music at the bedside, how to chart a vigil visit, and taking care of yourself afterward.
Soup and bread at noon. You need to have finished general orientation first.

RSVP to me by January 5.

Nadia Fenske
Volunteer Services, Tamarack Valley Hospice & Home Care
(715) 555-0162""",
        [],
    ),
    (
        """Subject: Mom's Medicaid paperwork

Hi Denise,

Thank you for walking me through the long-term care Medicaid application yesterday. To
answer your questions: Mom's full name is Ruth Ellen Gustafson, her SSN ends in 1598 (I'll
bring the card Thursday), and she has been at Maple Terrace memory care since August.

Her neurologist's last letter says the Alzheimer's is now severe. She doesn't recognize my
brother anymore and needs help with every meal. I'm her financial POA. What else should I
bring?

Carol Gustafson-Reinke""",
        [("US_SSN", "1598"), ("health", "")],
    ),
    (
        """Subject: Hardship fund payment approved

Dear LaTonya,

The Local 418 Member Hardship Fund committee approved your request for $600 toward your
heating bill. As a member in good standing since 2021 you qualified without a waiting
period.

We will send it by direct deposit on December 18 to the account you gave us: routing
090472499, account 43223614 (Harlow Falls Area Credit Union). If that's wrong, call the
hall at (715) 555-0158 before the 16th.

In solidarity,
Teresa Novak, Steward""",
        [
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "090472499"),
            ("US_BANK_NUMBER", "43223614"),
        ],
    ),
    (
        """Subject: RE: Order SO-175809 - Harold Bjork, deliver today

NorthStar dispatch,

Please add to today's delivery for Harold Bjork, 77 Tamarack Lane, Dorrance: a 5 L oxygen
concentrator with 50 ft of tubing, two E-cylinders as backup, and a semi-electric hospital
bed with an alternating pressure mattress. He's on 2 L nasal cannula for his COPD and
drops to 84% walking to the bathroom. His wife says the bedroom doorway is 30 inches.

Thanks,
Marisol Vega, RN Case Manager""",
        [("health", "")],
    ),
    (
        """Subject: Respiratory season reminder for field staff

If a patient or anyone in the home tests positive for flu or COVID, wear an N95 and eye
protection for the visit, tell the case manager the same day, and schedule that home last
on your route when you can. If you develop symptoms yourself, don't come in; call your
supervisor before your shift.

Infection Prevention""",
        [],
    ),
    (
        """Subject: Second Season Thrift - December schedule and a reminder

Hi thrift volunteers,

The December schedule is on the board by the back office. Holiday hours: closed
December 24-25 and January 1, open until 7 pm on December 22 and 23.

The back door code changed to 6626 on Monday. Donation drop-off is Tuesday to Saturday,
10-3 only; please don't accept mattresses, car seats or cribs, and point people to the
county's recycling days instead.

Thank you for a record November!
Ruthanne""",
        [],
    ),
    (
        """Subject: 1099 setup - Ligaya Santos (comfort massage, contract)

AP team,

Ligaya's W-9 is attached. She uses an ITIN rather than an SSN: 920-79-4670. For vendor
identity verification she sent her Philippine passport, P7393575I, exp 2032.

Pay by check to the address on the W-9, $55 per visit, invoiced monthly. She starts
January 5.

Sheila""",
        [("US_ITIN", "920-79-4670"), ("US_PASSPORT", "P7393575I")],
    ),
    (
        """Subject: Judy's credit union letter (from our visit)

Lydia,

Judy Carlsen asked me to pass this on; she hopes you can help her with the car loan. Since
Gene died, the hospital bills from his lymphoma treatment went to collections and she never
knew. The letter from Birch Valley Credit Union says:

Application: used auto loan, $9,800
Decision: declined
Credit score used: 580 (TransUnion, 11/30/2026)
Items from your credit report:
- Collection, Northwoods Recovery, $4,212, placed 06/2026
- Late payment, Harlow Falls Area CU Visa, 60 days, 09/2026

She's frightened she'll lose the house. Could we talk Monday?

Beth, Bereavement""",
        [
            ("health", ""),
            ("CREDIT_SCORE", "580"),
            ("CREDIT_REPORT", "Collection, Northwoods Recovery, $4,212, placed 06/2026"),
            ("CREDIT_REPORT", "Late payment, Harlow Falls Area CU Visa, 60 days, 09/2026"),
        ],
    ),
    (
        """Subject: Aides: open meeting on the new scheduling app, Dec 16

Home Care Workers United, Local 418

All Tamarack Valley aides are welcome, members or not: come tell us what's working and
what isn't with the new scheduling app before we meet with management in January.

Tuesday, December 16, 6 pm, union hall, 310 Front Street. Pizza and childcare.

Teresa Novak, Steward""",
        [],
    ),
    (
        """Subject: Obituary draft for your review - Howard Tesch

Hi Linda,

Here's the draft we worked on. Change anything you like before it goes to the Herald.

Howard "Howie" Tesch, 84, of Dorrance, died December 5 at home after living with
Parkinson's disease for twelve years. He farmed the home place on County Road K for
fifty years and never missed a Badgers game on the radio. Howie was a lifelong member of
First Lutheran Church, where he sang bass in the choir and ushered at the early service.
He is survived by his wife of 61 years, Linda; three children; and nine grandchildren.

Funeral Saturday at 11 at First Lutheran, visitation from 9.

Beth, Bereavement Services""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Adding my partner to dental/vision

Hi Brianna,

Open enrollment question: I'd like to add my domestic partner, Luis Ocampo, to my dental
and vision plans starting January 1. He and I have lived together since 2019. What do you
need from us, the affidavit plus proof of a shared address?

Marco Bellini, Scheduling""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Volunteer application - Second Season Thrift

Online volunteer application (submitted 12/06/2026)

Name: Doris Vandenberg
Interest: Second Season Thrift - sorting, pricing, register
Availability: Tuesday and Thursday mornings
ID for background check: Wisconsin ID card R538-8534-5115-42 (I don't drive anymore)
Reference: Helen Ostby, neighbor, (715) 555-0143
How did you hear about us: my book club""",
        [("US_STATE_ID", "R538-8534-5115-42")],
    ),
    (
        """Subject: Newsletter draft - Remembering Arlene Haskins

Arlene Haskins, who answered our front desk phone every Wednesday for fourteen years, died
December 1 at 88. She knew every nurse's coffee order, kept a jar of peppermints by the
phone, and never once put a grieving caller on hold. We will miss her laugh.

Her family suggests gifts to the volunteer program in her name.""",
        [],
    ),
    (
        """Subject: Background check result - music volunteer applicant

Nadia,

The report on Gregory Tisdale (harp and guitar, bedside music) came back this morning.
Identity confirmed with Minnesota driver's license F757191293276.

Polk County, WI: OWI 2nd offense, convicted 2018, 10 days county jail, license revoked
14 months. Nothing else statewide or in Minnesota.

Under our policy a single conviction more than five years old can be approved with the
director's review, and he won't be driving for us. Do you want to set up the interview?

Ellen Moua, HR Generalist""",
        [("criminal_history", ""), ("US_DRIVER_LICENSE", "F757191293276")],
    ),
    (
        """Subject: New admit 12/3 - face sheet for billing

Billing team, routine home care admission today. Face sheet below; the signed NOE and
election statement are scanned into the chart.

Patient: Geraldine Hoff
DOB: 07/22/1938
SSN: 654-33-0623
Primary payer: Medicare Part A hospice benefit
Secondary: none
Terminal diagnosis: I50.22 chronic systolic (congestive) heart failure
Related: N18.4 chronic kidney disease, stage 4
Attending of record: Dr. Sunita Raman
Election date: 12/03/2026
Level of care: RHC

Thanks,
Marta, Intake""",
        [("US_SSN", "654-33-0623"), ("health", "")],
    ),
    (
        """Subject: Newsletter blurb - bedside music

Bedside music: Our volunteer harpists, guitarists and singers played at 212 bedsides this
year. Music can ease restlessness and give families something to share when words run
out. Musicians audition with our music coordinator and complete vigil training. If you
play and would like to give two hours a week, call (715) 555-0162.""",
        [],
    ),
    (
        """Subject: FW: Direct deposit update - phishing?

Ken,

This came to payroll "from" Keisha Danforth, but from a gmail address, and she's at a
conference all week. I haven't changed anything. Is this phishing?

> Hi, please change my direct deposit starting this payroll to
> Routing: 042472230
> Account: 34338759459
> Bank: Sunrise Digital Bank
> Thanks, Keisha

Brianna""",
        [("ABA_ROUTING_NUMBER", "042472230"), ("US_BANK_NUMBER", "34338759459")],
    ),
    (
        """Subject: Referral - hospice evaluation

Birch County Family Clinic

Patient: Vernon Hale    DOB 01/09/1933
Dx: G30.1 Alzheimer's disease with late onset; R63.4 abnormal weight loss
FAST 7c, nonverbal, bed-bound since October. Weight 121 lb, from 139 lb four months ago.
Two aspiration pneumonias since July.
Residence: Pinecrest Care Center. POA: daughter, Sharon Hale-Kimball, (715) 555-0124.

Please evaluate for hospice.

Ana Whitford, MD""",
        [("health", "")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_50, "hard50", Path(__file__).with_name("hard-50.jsonl")))
