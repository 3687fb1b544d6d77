"""Hard set 47 (2026-12-07): red team: attribution, whose detail is it.

Written by an independent helper session, started by the project and working blind. It read
exactly: /work/shared/policy/privacy-policy.txt (all of it, Section 9 defines Sensitive
Data); tests/data/sensitive/independent_sets.py (the checker and record format);
scanner/categories.py (category names); the output of grep -n "line-length" pyproject.toml;
and its brief with the two files it names, /tmp/mg/brief47.txt and /tmp/mg/conventions.txt.
Nothing else in the worktree, /work/main or /work was read, listed, grepped or searched; the
detector was not run, no scanner or make command was used, and no web, code-index or
document search tool was used. Git: only `git add` of this module and hard-47.jsonl, and
one `git commit`.
Slips: none.

Identifiers: every number, code and secret comes from a throwaway script,
/tmp/hard47_gen/gen.py, with one random.Random per kind and fixed seeds: 4701 card numbers
(Luhn-valid Visa, Mastercard, Amex), 4702 CVVs, 4703 card last fours, 4704 SSNs (SSA rules:
no area 000, 666 or 9xx, no group 00 or serial 0000), 4705 ITINs (9XX with groups 50-65,
70-88, 90-92, 94-99), 4706 ABA routing numbers (valid prefixes, 3-7-1 check digit), 4707
bank account numbers, 4708 IBANs (mod-97 check digits), 4709 passports, 4710 driving
licences, 4711 state and tribal ID numbers, 4712 passwords, PINs, one-time codes and API
secrets, 4713 credit scores, 4714 the unlabelled EINs, door and lockbox codes, case
numbers, a masked account's last four, an FPPC ID and a template record suffix. Values
with runs of one digit or ascending runs are rejected; no published test numbers are used.
The SSN last four on the tax letter is the last four of a seed-4704 SSN, and the voicemail's
spoken code is a seed-4712 code written out in words. Written by hand: the two
security-question answers ("Linwood", "Pickles", ordinary words), and words and codes that
carry no label (a guest Wi-Fi password, a promo code, usernames), plus amounts, dates,
addresses and biometric match scores, which are not identifiers. Phone numbers are
555-01xx. People and organisations are invented; real places, one tribal nation and the
1969 Stonewall uprising appear only as places and history.

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
- A person identified by role in a small organisation ("our treasurer", "the new night
  manager", "our new van driver") is an identifiable colleague: what the text says about
  that person counts as if the person were named.
- A client given only by initials and a case number in mail between providers, or from a
  provider to a court or a housing desk (D.M., R.D., M.K.), is an identifiable client; a
  person in an appeal under a stated pseudonym ("J." (not his real name)) is an
  anonymised story.
- A public figure's illness or indictment as announced or reported in the news (a
  governor's cancer treatment, a former sheriff's indictment) is treated like a public
  figure's public positions: not labelled. So is a bishop celebrating a public Mass in his
  office.
- A historical figure presented in a public history talk (a town founder who died in 1871:
  his Quaker faith, his jailing, his "falling sickness") is not labelled; the
  deceased-person convention of set 28 is about private people in family and funeral-home
  mail.
- A bare statement that a person does not have a condition ("I do not have diabetes!",
  with no test, diagnosis or treatment) discloses no health; a negative test result still
  does.
- A question put to every reader of a bulk mailing ("Do you or someone you love live with
  diabetes?", "Had a new partner this year?", "Have you ever been arrested?") discloses
  nothing about the addressee; "you" counts only where the text states a fact about the
  person it is addressed to (a partner notice, a genetic result, a refill, probation
  hours).
- Rehearsal notes about a character ("Walter (the character, not Greg!)") and a novel's
  characters are fiction; a classroom mock election whose roles were drawn by lottery and
  that is marked as reflecting no one's views is a training scenario: not labelled.
- An animal's DNA panel (breed percentages, an MDR1 variant) is neither genetic nor
  racial_ethnic_origin; goats' CAE results and a goat's penicillin are not health.
- An occupation (a contributor's "Nurse"), a surname, and a job or a staff signature
  disclose no category. Two women who adopt a son as "Priya and her wife Dana" disclose a
  same-sex spouse (sexual_orientation); the adoption and family leave are not health.
- A parent telling a scout leader that her son came out as gay is sexual_orientation (like
  a youth who told his parents); a counselling supervision note on a client's anxiety
  disorder and sertraline is health, and "her girlfriend moved in" is a same-sex partner:
  sexual_orientation.
- A canvass note's named couple "both voting for you" is political_opinion; a neighbour
  who is undecided and worried about library hours states no support for a candidate or
  party.
- A finger-scanner re-enrolment of a named parent with match scores and a new template
  record is biometric, like the daycare pickup log. A credit union's optional Voice ID
  announcement is a product update: not biometric.
- "She speaks K'iche'" with a K'iche' interpreter booked is language alone, and an asylum
  application is immigration: neither is labelled; the passport number beside them is.
- A credit score quoted as a general threshold in a class ("a score of 670 or above") is
  no one's score: not labelled.
- An Amex number written in its printed 4-6-5 groups is labelled with its spaces; a
  four-digit "code on the front" is CVV. A driver roster export labels each licence number
  in its row (Illinois and Washington formats); empty cells are nothing.
- An appeal's story of a man "just released from prison" who "had been using since he was
  fifteen", told under a pseudonym, is neither criminal_history nor health; the drug-court
  report on client D.M. is both.

Emphasis: a red-team set on attribution. The same kinds of words (cancer, seizures and
their drugs, HIV and its programs, diabetes, pregnancy, BRCA and Lynch results, ancestry
percentages, tribal enrollment, race boxes, fasting and prayer, synagogue membership,
union cards and dues, votes and contributions, a same-sex spouse or partner, parole,
probation, a DUI, face and finger match scores, SSNs, passports, licences, cards, bank
numbers, passwords, PINs, codes, keys and credit scores) appear in pairs of mail that
differ mainly in whose they are. Positives attach them to the writer, the addressee, a
named private person, a relative, a colleague known by role, a client known by initials
and case number, or a deceased father on a funeral-home worksheet. Decoys attach them to a
governor and a former sheriff in the news, a bishop at a public Mass, a play's character,
a novel's family, a mock-election role, a beagle, goats and a dog's DNA, a pseudonymous
appeal, aggregate grant numbers, a hypothetical in a handbook, a negation, questions to
every reader, blank W-9, camp-health and self-identification forms, placeholder card and
key strings, a town founder of the 1800s, venues named for faiths, job postings, an open
union meeting, a strike exhibit, door, lockbox, Wi-Fi and promo codes, an EIN and a civil
docket number, and a masked checking account.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_47: list[Case] = [
    (
        """Subject: Your genetic test result

Dear Ms. Haverford,

Your hereditary cancer panel result is now available in the patient portal. A pathogenic
variant was found in the BRCA1 gene. This does not mean that you have cancer. Dr. Anand
will call you this week to discuss what it means for your screening and for your
relatives.

West Hills Genetics""",
        [("genetic", "")],
    ),
    (
        """Subject: Intake: Mrs. Ixcoy

Paola,

For tomorrow's consult: Marta Ixcoy, Guatemalan passport H91655851, entered 2019, asylum
application pending. She speaks K'iche' and some Spanish; I've booked a K'iche'
interpreter for 10am. She is not in removal proceedings.

Sam""",
        [("US_PASSPORT", "H91655851")],
    ),
    (
        """Subject: spare room

Hi Mrs. Albright,

I wanted to ask before I sign the renewal. My brother Luis is coming home from Folsom next
month after four years, and his parole officer needs an address for him before the
release date. Could he stay in our spare room while he gets on his feet? He'll be working
with the reentry program on Grand Avenue.

Thanks,
Marisol (unit 3B)""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Free STI testing all April

Had a new partner this year? April is STI Awareness Month, and the Cass County Health
Department is offering free, confidential testing for syphilis, gonorrhea, chlamydia and
HIV, no insurance needed. Walk-ins welcome Monday to Friday, 8-4. Everyone who gets tested
gets a $10 grocery card.""",
        [],
    ),
    (
        """Subject: Visit request, Room 14

Chaplain Ruiz,

Mrs. Doreen Kettleman in Room 14 asked this morning for her own rabbi from Congregation
Ahavat Shalom to come and say the Vidui with her. She has been a member there since 1968.
Her COPD has worsened overnight, she is on continuous oxygen now, and the family has been
called. Could you phone the synagogue office and let me know when he can come?

Beatrice, RN""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Barn sitting this weekend

Thanks so much for covering chores! The lockbox on the tack room door is 3191.

The CAE results came back on the goats: Daisy and Clementine (the two Nubian does) tested
positive, so keep them in the north pen and feed them last. Hazel the wether is on
penicillin for foot rot, 4 ml morning and night; syringes are in the fridge door.

Eggs go in the blue cooler. Back Sunday by 6.""",
        [],
    ),
    (
        """Subject: New volunteer application: self-identification page

Here is the optional self-identification page we're adding to the volunteer application.
Please review the wording; all questions can be skipped.

Race/ethnicity (optional, check all that apply):
[ ] American Indian or Alaska Native
[ ] Asian
[ ] Black or African American
[ ] Hispanic or Latino
[ ] Native Hawaiian or Other Pacific Islander
[ ] White
[ ] I prefer not to answer

Answers are reported to funders only as totals and never shared with shift leads.""",
        [],
    ),
    (
        """Subject: Camp health form (please complete before June 1)

Parents, please fill in and return this form for each camper.

Camper name: ______________________
Allergies: ______________________
Current medications: ______________________
Conditions we should know about: ______________________
Date of last tetanus shot: ____/____/______
Parent signature: ______________________

Medications must come in the original pharmacy bottle. The camp nurse will contact you if
anything on the form needs follow-up.""",
        [],
    ),
    (
        """Subject: Grant report numbers for Q2

Hi Dev,

Here are the demographics for the Q2 report to the foundation: 212 unduplicated
participants; 38% Black or African American, 27% Hispanic or Latino, 19% white, 9% Asian,
4% American Indian or Alaska Native, 3% two or more races. 61% of households reported
income below 200% of the poverty line.

Let me know if they want it broken out by site.

Lupe""",
        [],
    ),
    (
        """Subject: delegation travel form

Hi Carmen,

Here's my info for the group booking to Huehuetenango for the coffee co-op visit:

Nathaniel Oyelaran
US passport 591894604, expires 03/2033
DOB 07/19/1984

Window seat if possible. I'll bring my own rain gear.

Nate""",
        [("US_PASSPORT", "591894604")],
    ),
    (
        """Subject: Congratulations, Priya!

Team, some happy news: our volunteer coordinator Priya and her wife Dana finalized the
adoption of their son Arjun on Friday! Priya will be out for eight weeks of family leave.
The card is at the front desk if you want to sign it before Wednesday.""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Supervision notes, client M.K. (25-9715)

Hi Dr. Sato,

Notes for Thursday's supervision on M.K., 29, in treatment with me since June for
generalized anxiety disorder; sertraline 100 mg through her PCP.

Session 14 (today): M.K. reports fewer panic episodes at work since her girlfriend moved
in with her last month and they split the commute. Sleep improved to about six hours.
Still avoiding the grocery store alone. We practised the exposure ladder, steps 3 and 4.

I'd like your view on tapering sessions to every other week.

Jess Aldana, LPC (provisional)""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: In the news: a good week to get screened

Friends,

You may have seen that Governor Whitfield Asher announced on Monday that he is being
treated for prostate cancer. Whatever you think of his politics, it is a good moment to
remind the men in our community that the Eastside Wellness Van offers free PSA screening
every Saturday in April in the Jewish Community Center parking lot, 9am to 1pm. No
appointment, no insurance needed.

Questions: (608) 555-0134.

Eastside Wellness Van""",
        [],
    ),
    (
        """Subject: HOPWA approval, case 20-5846

Hi Sandra,

Good news: your client in case 20-5846 (R.D.) was approved for HOPWA short-term rent
assistance, three months at $850. The first check goes to the landlord on the 1st. Please
have R.D. sign the recertification form by the 20th.

Housing Desk""",
        [("health", "")],
    ),
    (
        """Subject: Now hiring: Part-time Hospice Chaplain

Harbor Lights Hospice seeks a part-time chaplain.

Requirements: Master of Divinity or equivalent; ordination or endorsement by a recognized
faith group; at least one unit of CPE; comfort serving patients and families of all faiths
and none. 24 hours a week, with some on-call weekends.

Send a cover letter and resume to hr@harborlights.example by March 1.""",
        [],
    ),
    (
        """Subject: MVR results for the van driver position

Hi Frank,

The MVR for our new van driver came back. It shows a 2021 DUI conviction with 12 months of
probation, completed. Our insurer won't cover a driver within five years of a DUI, so he
can't drive the van until next spring. Can we move him to dispatch until then?

Lorraine""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Housing programs overview for new case managers

Welcome to the team. A quick map of the rent programs we run:

- HOPWA: rent and utility help for low-income households in which someone is living with
  HIV/AIDS.
- ESG: rapid rehousing for households that are homeless or about to be.
- County Emergency Fund: one-time help with a past-due bill, for any county resident.

Eligibility is documented in the file, never in email. Questions go to the Housing Desk.""",
        [],
    ),
    (
        """Subject: Re: table for the gala

Please charge our table to my card, I'd rather not do it on the website:

Amex 3720 283458 51407, exp 11/27, four-digit code on the front 8382.
Name on card: Philippa Grange

Thank you!""",
        [("CREDIT_CARD", "3720 283458 51407"), ("CVV", "8382")],
    ),
    (
        """Subject: Thursday board call

Hi all,

Our treasurer won't be on Thursday's call. She started radiation for her breast cancer this
week and asked me to let the board know, so nobody worries if she is slow on email for a
while. I'll walk through the Q3 numbers in her place.

Marguerite
Board Secretary, Eastside Literacy Project""",
        [("health", "")],
    ),
    (
        """Subject: Shift note, Mr. Halvorsen, Tuesday

For Wednesday's aide:

- Lockbox on the side door is 8420.
- He asked me to do his grocery run with his debit card; his PIN is 7760. Receipt and
  change go in the envelope on the fridge.
- Ate most of lunch, good spirits, watched the ballgame.

Yvette, Home Helpers of Cass County""",
        [("PIN", "7760")],
    ),
    (
        """Subject: Re: Ochoa family return

Hi Felipe,

I'm finishing the Ochoa return. Rosa's ITIN is 975-71-9397 (renewed last year, the IRS
letter is in the folder). Her husband's ITIN expired, so we'll need a new W-7 before we
file. Can you ask them to come in Saturday? Appointments at (915) 555-0131.

Inez, VITA site coordinator""",
        [("US_ITIN", "975-71-9397")],
    ),
    (
        """Subject: 1937 strike exhibit opens Saturday

The Labor History Museum's new exhibit marks the 1937 textile strike in Dunmore. Over 4,000
mill workers walked out, and the union local grew from 300 to 2,800 members in six weeks.
Docents will be at the Labor Temple gallery on Saturdays through June. Union members and
non-members alike get in free.""",
        [],
    ),
    (
        """Subject: Devolucion del deposito / deposit refund

Dear Sra. Ortega Molina,

Since Lucia's exchange semester was cancelled, we will refund the $300 deposit by wire to
the account you gave us: IBAN ES19 7637 1406 7618 3606 8591. Please allow ten business
days. We are so sorry the trip could not go ahead this year.

Ellen Marsh
Harbor Youth Exchange""",
        [("IBAN_CODE", "ES19 7637 1406 7618 3606 8591")],
    ),
    (
        """Subject: Candidate forum recap

Thanks to everyone who came to Tuesday's candidates forum at the Lakeview branch library.
Both council candidates answered all eight of the questions you submitted.

As reported in Thursday's Gazette, Mayor Ed Dunleavy has since endorsed Renata Solis, and
State Senator Grace Okonjo has endorsed her opponent, Phil Amundsen.

As a 501(c)(3), the Lakeview Neighbors Association does not support or oppose candidates.
The full recording is on our website.""",
        [],
    ),
    (
        """Subject: Honorarium transfer

Dear Dr. Brenner,

Thank you again for your keynote at the Literacy Summit. Our finance office will send your
honorarium of $1,500 by international wire next week to the account you gave us:

IBAN DE60 8568 6589 8645 6791 22

Please let us know if anything has changed.

Best regards,
Nadia Sharif, Events""",
        [("IBAN_CODE", "DE60 8568 6589 8645 6791 22")],
    ),
    (
        """Subject: Re: lunch order for the retreat

Hi Carol,

Just to clear it up: I do not have diabetes! I asked for the sugar-free dessert because
I'm cutting back after the holidays, not for any medical reason. Please don't put me on
the special-diets list; the regular lunch is great.

George""",
        [],
    ),
    (
        """Subject: Volunteer handbook, section 6 (draft for comment)

Board and shift leads,

Below is the draft of section 6. Comments to Rosalind by Friday please.

6.1 Safety first. Closed-toe shoes on the warehouse floor at all times. Only trained
volunteers operate the pallet jack.

6.2 Lifting. Nobody lifts more than 40 pounds alone. Ask for a second person.

6.3 Medical information. We do not ask volunteers about their health. If a volunteer has
epilepsy, diabetes or another condition they would like the shift lead to know about, they
may tell the lead privately, and it will not be written down anywhere.

6.4 Emergencies. If anyone has a seizure on site, call 911, time it, move hard objects
away and keep the area clear. Do not put anything in the person's mouth. If someone seems
confused, shaky or sweaty, offer juice from the first-aid fridge and call 911 if they do
not improve.

6.5 Incident reports. Shift leads file an incident report the same day. Reports describe
what happened, not anyone's diagnosis.

Thanks,
Rosalind Achterberg, Volunteer Manager""",
        [],
    ),
    (
        """Subject: Book club: March pick

Our March book is "The Orchard Keeper's Daughter" by Lise Amberley. Heads up that it deals
with the narrator's mother's bipolar disorder and her stays in a psychiatric hospital, and
with her father's drinking. We meet at Rosa's on the 14th. Rosa, I'll bring lemon bars.""",
        [],
    ),
    (
        """Subject: Board discussion: the sheriff in the news

Some of you have asked whether former Sheriff Dale Kellam's indictment, which has been all
over the news this week, affects our reentry grant. It does not: the grant is with the
county, not the sheriff's office, and our contract runs through 2027. Please refer any
press calls to Marlene.""",
        [],
    ),
    (
        """Subject: A story from our recovery house

Dear friend,

When "J." (not his real name) came to us three years ago, he had just been released from
prison and had been using since he was fifteen. Today he runs a restaurant kitchen and
mentors new residents on Sunday nights.

Stories like his are why we ask for your support this winter. A gift of $50 covers a week
of groceries for one resident.

With thanks,
The Bridgeway House team""",
        [],
    ),
    (
        """Subject: Biscuit update

For those asking: Biscuit (our office beagle) had another seizure under the reception desk
yesterday. The vet has put her on phenobarbital twice a day and wants bloodwork in three
weeks. Please don't give her treats from your lunch while her dose settles, and if she
seems wobbly, text me at (503) 555-0119. She is otherwise her usual greedy self.

Nell, front office""",
        [],
    ),
    (
        """Subject: treasurer handover

Hi Gwen, welcome aboard!

The PTA's online banking is at Riverbend Credit Union. Username oakhillpta, password
Harbor#Orchid66. If it asks the security question (first school you attended), the answer
is Linwood. The EIN letter and the checkbook are in the folder in the supply closet.

Please change the password once you're in, and add yourself as a signer at the branch.

Marcy""",
        [("PASSWORD", "Harbor#Orchid66"), ("PASSWORD", "Linwood")],
    ),
    (
        """Subject: enrollment form question

Hi Ms. Pak,

The online enrollment form only lets me pick one box for race, but our son Kai is Native
Hawaiian and Filipino. Can I write that in, or should I pick "two or more races"?

Thanks,
Leilani Cabrera""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: schedule change for Ramadan

Hi Corinne,

Heads up for the March schedule: the new night manager asked whether he can take his meal
break at sunset during Ramadan so he can break his fast, and step into the quiet room for
Isha prayer around 9. I said yes. Can you make sure the front desk is covered 7:10-7:40?

He's fasting, so no pressure about the staff pizza night either.

Walt""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Introducing Voice ID at Harborview Credit Union

Tired of security questions? Starting this month you can enroll in Voice ID when you call
us. Your voiceprint is stored as an encrypted template and used only to confirm it's you.
Enrollment is optional, you can opt out at any time, and you can always verify with your
PIN instead. Read the full biometric privacy notice on our website.""",
        [],
    ),
    (
        """Subject: Re: W-9 for the spring retreat honorarium

Hi Pat,

Sorry, the form didn't attach from my phone. Here is what you need for the 1099:

Miriam Estrada-Kole
1148 Larkspur Ct, Fresno CA 93722
SSN 057-43-7144

Please mail the check rather than deposit it, I'm switching banks this month.

Thanks again for having me,
Miriam""",
        [("US_SSN", "057-43-7144")],
    ),
    (
        """Subject: ID for Mr. Beaulieu's housing application

Hi Tasha,

I found Gerald Beaulieu's new state ID in his locker envelope: NY non-driver ID 278055040,
issued 01/2026. That should let us finish his housing application this week. His birth
certificate is still pending from Albany.

Marcus, Case Management""",
        [("US_STATE_ID", "278055040")],
    ),
    (
        """Subject: question about my stub

Hi Rosa,

I'm looking at my last pay stub and the Local 44 dues came out twice ($38.50 each). I only
signed up for the one deduction when I joined last spring. Can you check it with payroll?
I'm on nights so text is best.

Earl Whitfield, custodial""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Prayer list for this week

Please keep in your prayers:

- Ruth Okafor, recovering at home after open-heart surgery
- the family of Gene Pasternak
- our partner school in Quetzaltenango

Meals for Ruth: sign up with Doris in the narthex.""",
        [("health", "")],
    ),
    (
        """Subject: Open meeting: should we form a union?

All direct-care staff at Maple Grove are invited to an open information meeting on Sunday
at 3pm at the Labor Temple, 2nd floor. Organizers from Healthcare Workers United will
explain how union elections work and answer your questions. Coming does not sign you up
for anything. Childcare and pizza provided.""",
        [],
    ),
    (
        """Subject: text reminders down

Hi Theo,

Appointment reminder texts stopped going out yesterday. The settings page shows:

Account SID: AC1723941799ea05fd6b24e4242404d334
Auth Token: 7458517417acba65e308e15e7d2cb2bf

I think the token was rotated when Pam left. Can you check on your end?

Front desk, Riverbend Family Dental""",
        [("API_KEY", "7458517417acba65e308e15e7d2cb2bf")],
    ),
    (
        """Subject: Holiday and observance policy (updated)

We never ask staff about religion. Any employee may swap shifts for a religious observance
without giving a reason. During Ramadan, staff who are fasting may request a meal break at
sunset; requests around Lent, Passover, the High Holy Days, Diwali and other observances
will be honored the same way. Send requests to your supervisor two weeks ahead when you
can.

Human Resources""",
        [],
    ),
    (
        """Subject: Check-in exceptions, Tuesday

Front desk flagged two kiosk check-ins for review:

07:42  Keisha Brandt    face match 0.94  pass
08:15  Roland Imari     face match 0.61  below 0.80 threshold, manual ID check done

No other exceptions. Full log exported to the shared drive.

- Ops""",
        [("biometric", "")],
    ),
    (
        """Subject: Mock election, Civics 8

This week our 8th graders run a mock election with three fictional parties. Roles were
drawn by lottery: Amara plays the Harbor Party candidate, Theo the Green Valley Party
candidate, and Lucas the Frontier Party candidate. None of this reflects any student's or
family's own views. The debate is Thursday at 1:15 in the gym, and families are welcome.""",
        [],
    ),
    (
        """Subject: Pride Month movie night

Join the Rainbow Alliance at the Eastside Library on June 12 for a screening of a
documentary about the 1969 Stonewall uprising, followed by a discussion led by our
volunteers. Ages 14 and up, free popcorn. Allies very welcome!""",
        [],
    ),
    (
        """Subject: Background check complete

Hi Luis,

Good news: your volunteer background check for the mentoring program is complete.
Fingerprints were checked through the state and FBI databases and no criminal records were
found. You're cleared to meet your mentee starting the 9th. Orientation is Saturday at 10.

Kendra
Tri-County Youth Mentors""",
        [],
    ),
    (
        """Subject: Phone-bank training script (role-play)

For Saturday's practice calls, pair up. One of you plays "Mrs. Delgado", a fictional donor
who wants to give by card. Practice saying: "For your security, we can't take card numbers
by email or voicemail. I'll transfer you to our secure line." If the "donor" starts reading
a number like XXXX XXXX XXXX XXXX, stop them politely and transfer.""",
        [],
    ),
    (
        """Subject: Have you ever been arrested?

Have you ever been arrested or convicted? An old record can keep you from jobs and
housing, even if the charge was dropped. Our free record-clearing clinic is Saturday,
10-2, at the Eastside Library. Volunteer lawyers will tell you if your record can be
sealed. Nothing you say is shared with anyone.""",
        [],
    ),
    (
        """Subject: Your credit review before Thursday

Hi Tomas,

I pulled your tri-merge report with your permission this morning. Your middle score is
598. Two items are holding it down:

- Collection, Midstate Utility Recovery, $1,240, opened 03/2024
- Late payment, 60 days, Capital Auto Finance, 11/2024

If we settle the collection first, we can re-check in 45 days. Please bring your last two
pay stubs on Thursday.

Ana
Homeownership Center of Linn County""",
        [
            ("CREDIT_SCORE", "598"),
            ("CREDIT_REPORT", "Collection, Midstate Utility Recovery, $1,240, opened 03/2024"),
            ("CREDIT_REPORT", "Late payment, 60 days, Capital Auto Finance, 11/2024"),
        ],
    ),
    (
        """Subject: Setup notes for the donation plugin

For whoever sets this up next year: in Settings > Payments, paste the publishable key
(starts with pk_live_) in the first box and the secret key (sk_live_XXXXXXXXXXXX) in the
second. Never email the real secret key; it lives in the board's password manager under
"Stripe". Test with a $1 donation and refund it.""",
        [],
    ),
    (
        """Subject: driver roster export for the insurer

Hi Leon, here is the export the insurer asked for (drivers only need the licence columns):

name,role,state,dl_number,dl_expires
Maya Koenig,driver,IL,E098-5471-5952,2028-03-14
Owen Pratt,dispatcher,IL,,
Sam Iverson,driver,WA,WDLQ32YDH7PT,2027-09-30
Tasha Bright,coordinator,IL,,

Let me know if they need the MVRs too.
Rhonda""",
        [("US_DRIVER_LICENSE", "E098-5471-5952"), ("US_DRIVER_LICENSE", "WDLQ32YDH7PT")],
    ),
    (
        """Subject: History Night: the founders of Millbrook

Join the Millbrook Historical Society on Thursday at 7 for "Quakers, Abolitionists and the
Underground Railroad in Millbrook".

Curator Dana Felt will talk about town founder Elias Pruitt (1802-1871), a Quaker who
sheltered freedom seekers in his barn, was jailed twice under the Fugitive Slave Act, and
suffered all his life from what his letters call "the falling sickness". Pruitt's journals
and the original barn door will be on display.

Free; refreshments after.""",
        [],
    ),
    (
        """Subject: Refill ready

Hi Andre, your Biktarvy refill is ready for pickup at the Midtown pharmacy counter. Please
bring photo ID. Hours 9-7 weekdays.""",
        [("health", "")],
    ),
    (
        """Subject: Centennial Mass: street closures on Sunday

For the cathedral's 150th anniversary, Bishop Harlan Moss will celebrate Mass on the front
steps at 11am on Sunday. Main Street will be closed between 3rd and 6th from 8am to 2pm, so
our Sunday soup kitchen will use the alley entrance on 4th. Volunteers, please allow extra
time for parking.""",
        [],
    ),
    (
        """Subject: We got your card!

Hi Teresa,

This is Omar from the organizing committee. Your signed authorization card for Healthcare
Workers United Local 812 came through the online form last night. That makes 14 of the 22
of us on 4 West. Nothing goes to management until we file.

See you at the break-room meeting Thursday?

Omar""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Credit basics class, March 9

In this free class we'll cover how scores are calculated, why a score of 670 or above is
usually called "good", what a collection or a late payment does to a report, and how to
dispute errors. Nobody will be asked to share their own report. Westside branch library,
6pm. Register at the front desk or call (319) 555-0188.""",
        [],
    ),
    (
        """Subject: Your recurring gift

Dear Harold and June,

Thank you for setting up your monthly gift to Second Presbyterian. The first draft of
$75.00 will come from your checking ending in 9052 on the 1st. You can change or stop it
at any time by calling the church office.

With gratitude,
The Finance Committee""",
        [],
    ),
    (
        """Subject: W-9 needed before we can pay you

Hello,

Before the finance office can release your stipend we need a W-9 on file. On the form,
please fill in:

Name: ________________________
SSN or ITIN: ___-__-____
Address: ________________________

For your records, our EIN is 11-7678641. Please do not email the completed form; upload it
through the secure link we sent or drop it at the front desk in an envelope.

Grace Fellowship Finance Office""",
        [],
    ),
    (
        """Subject: canvass notes, Precinct 12

Renata,

Saturday's doors on Alder Street:

1120 - Mr. and Mrs. Farouk, both voting for you, want a yard sign
1126 - no answer, left lit
1134 - Ginny Holt, undecided, worried about the library hours, wants a call
1142 - moved out, house for sale
1150 - no soliciting sign, skipped

I'll go back to 1126 and 1134 on Tuesday evening. Out of signs, can you leave five on
your porch?

- Pete""",
        [("political_opinion", "")],
    ),
    (
        """Subject: lifting at the pantry

Hi Tess,

I'm 30 weeks pregnant now and my midwife says no more lifting over 20 pounds, so could you
put me on the check-in table instead of the loading dock for the rest of the fall? Happy to
do extra Saturdays at the table.

Noor""",
        [("health", "")],
    ),
    (
        """Subject: We're hiring: Van Driver (part-time)

Harlan County Meals is hiring a part-time van driver for our home-delivered meals routes.

Requirements: valid driver's license and a clean driving record for the last three years;
able to lift 30 pounds; must pass a background check. Bilingual English/Spanish a plus.

20 hours a week, weekday mornings, $19/hour. Apply by June 1 with a short note about
yourself to jobs@harlanmeals.example.""",
        [],
    ),
    (
        """Subject: Free talk: what does a BRCA result mean?

Join genetic counselor Lena Marsh on Wednesday at 6:30pm in the Community Room. She'll
explain hereditary cancer testing, what a "variant of uncertain significance" is, and who
might consider testing. Bring your questions; nobody will be asked about their own
results. Light supper provided.""",
        [],
    ),
    (
        """Subject: Hi friend, your vote matters on Nov 4

Hi friend,

Election Day is Tuesday, November 4. Polls are open 7am to 8pm. Not sure where you vote?
Check your polling place on the county clerk's website or call (608) 555-0190.

The Lakeview Neighbors Association is nonpartisan and does not support or oppose any
candidate or party.""",
        [],
    ),
    (
        """Subject: your IP PIN for this year

Hi Mr. Adewale,

The IRS letter you dropped off has this year's Identity Protection PIN: 775183. I've
entered it on your return (SSN ending 1378). We can e-file as soon as you sign the 8879,
which is waiting for you at the front desk.

Sunita, Northgate Tax Help""",
        [("PIN", "775183"), ("US_SSN", "1378")],
    ),
    (
        """Subject: Your results and next steps

Dear Mr. Castellano,

Your genetic testing found a pathogenic variant in the MLH1 gene, which means you have
Lynch syndrome. Given the two colon polyps removed at your colonoscopy in May, Dr. Ferreira
recommends a colonoscopy every year from now on and would like to see you on the 22nd.

Lakeside GI and Genetics""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: driver info for the insurance rider

Hi Joan,

For the van rider, our insurer needs each volunteer driver's license. Mine is California
A7935180, expires 2029. My wife drives on Wednesdays too, I'll send hers tomorrow when she
finds her wallet.

Bill Tanaka""",
        [("US_DRIVER_LICENSE", "A7935180")],
    ),
    (
        """Subject: Social studies unit: Hmong history

Families,

Next week our fourth graders begin a unit on the history of the Hmong people, from the
mountains of Laos to the Twin Cities. A guest speaker from the Hmong Cultural Center will
visit on Friday. Students won't be asked about their own family backgrounds, but they are
welcome to share if they want to.

Ms. Vang, Room 12""",
        [],
    ),
    (
        """Subject: Eli and winter camp

Hi Mr. Jim,

Eli came out to us as gay over Thanksgiving, and he's nervous about the cabin assignments
at the troop's winter camp. He asked me to ask you quietly whether he can bunk with his
cousin Nate. We're proud of him and just want him to have a good weekend.

Laura Whitcomb""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Re: Social Security card appointment for Mr. Thibodeaux

Hi Dawn,

The field office needs his number before they'll book the replacement-card appointment:
Clarence Thibodeaux, DOB 04/11/1961, SSN 624-80-7738. He has no phone, so please give them
my number, (337) 555-0166, as the contact.

Renee, Acadiana Outreach""",
        [("US_SSN", "624-80-7738")],
    ),
    (
        """Subject: Thank you for your contribution

Dear Anita Pruett,

Thank you for your contribution of $250.00 to Neighbors for Renata Solis on 09/14. Your
Visa ending in 7509 has been charged.

State law requires us to ask for your occupation and employer. You told us: Nurse, Valley
Children's Hospital.

Paid for by Neighbors for Renata Solis for City Council 2026, FPPC ID 1430254""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "7509")],
    ),
    (
        """Subject: Coat drive drop-off locations

The winter coat drive runs November 3-17. Drop-off points this year:

- Catholic Charities warehouse, 400 Mill St (loading dock, weekdays 9-4)
- St. Anne's parish hall, side entrance
- Jewish Community Center lobby
- Islamic Center of Hollis Park, front office

All sizes welcome; we especially need children's coats and gloves. Thank you!""",
        [],
    ),
    (
        """Subject: Worksheet for your review: Walter B. Hruska

Dear Mrs. Hruska-Lind,

Thank you for meeting with us yesterday. Below is the information we will submit for your
father's death certificate. Please read it carefully and reply with any corrections by
Thursday noon; once it is filed, changes require a court-ordered amendment.

Decedent: Walter Benedikt Hruska
Date of birth: 02/14/1938
Date of death: 11/29/2026
Place of death: Home, 2217 Orchard Rd, Cedar Rapids IA
Social Security number: 872-46-2216
Marital status: Widowed (spouse Helen M. Hruska, deceased 2019)
Usual occupation: Machinist, 41 years, Collins Radio and successors
Education: High school graduate
Military service: U.S. Army, 1957-1959
Race: White
Hispanic origin: No, not Hispanic or Latino
Father: Anton Hruska. Mother: Marie Vesely.
Informant: Karen Hruska-Lind, daughter

Cause of death (from the attending physician's draft):
  (a) Metastatic pancreatic cancer
  (b) Cachexia
Other significant conditions: Type 2 diabetes, chronic kidney disease stage 3

Disposition: Burial, Oak Hill Cemetery, Cedar Rapids
Service: Hruska Funeral Chapel, Saturday 10am, visitation one hour before

We have ordered ten certified copies as you asked. The obituary draft will follow
separately.

With sympathy,
Tom Brandvold
Brandvold & Sons Funeral Home""",
        [("US_SSN", "872-46-2216"), ("health", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: phone pledge from last night

Logging the pledge Mr. Ferris called in at 8:40pm, since the card terminal was down:

John Ferris, $500, Mastercard 5455 9509 3694
0480 exp 02/29 CVC 192

Please run it this morning and shred the sticky note.""",
        [("CREDIT_CARD", "5455 9509 3694\n0480"), ("CVV", "192")],
    ),
    (
        """Subject: Important health information for you

Hello,

This is Jordan from the Cass County Health Department. Someone you had sexual contact with
in the last 60 days has been diagnosed with syphilis and asked us to let you know
confidentially. Please get tested and treated; it is free at our clinic on 5th Street,
walk-in Monday to Friday. Call me at (701) 555-0149 with any questions.

Jordan Mikkelsen, Disease Intervention Specialist""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: can you pay the water bill for me

Dear Rick,

My eyes are too bad this week to do the computer. Could you pay the water bill from my
account when you come Thursday? The bank site is Lakeshore Savings, username ebpoole,
password Juniper*Willow50. If it asks about my first pet, it was Pickles.

Thank you, dear.
Edna""",
        [("PASSWORD", "Juniper*Willow50"), ("PASSWORD", "Pickles")],
    ),
    (
        """Subject: Re: banner order

Dolores said to use her card for the banner order since the org card is maxed until the 1st.

Number is 4563 2645 5849 5274, exp 08/28, security code 897, billing zip 60640.

She'll submit the receipt for reimbursement. Please delete this after you place the order!

T.""",
        [("CREDIT_CARD", "4563 2645 5849 5274"), ("CVV", "897")],
    ),
    (
        """Subject: pickup scanner problem

Marisa,

The finger scanner at the toddler room rejected Mr. Devlin twice this morning (match score
41 and 44, threshold 60). I re-enrolled his right index finger at 8:10 and the new
template record is DEV-f13f. It matched at 88 on the test scan. Can you check the
reader's glass? It looked smudged.

Abby""",
        [("biometric", "")],
    ),
    (
        """Subject: Your verification code

Your Harborview Credit Union sign-in code is 110600. It expires in 10 minutes. We will
never call you to ask for this code.""",
        [("ACCESS_CODE", "110600")],
    ),
    (
        """Subject: direct deposit

Hi Gloria, here's my direct deposit info for payroll: Pinecrest Federal Credit Union,
routing 083386013, account 870369002992 (checking). Is my start date still the 3rd?

- Amos""",
        [("ABA_ROUTING_NUMBER", "083386013"), ("US_BANK_NUMBER", "870369002992")],
    ),
    (
        """Subject: donation form broken again

Hi Raj,

The donate page has been throwing a 401 since the plugin update. Here's what is in the
settings screen right now:

Publishable key: pk_live_TvnJvjPyPJvfnFGXboSDWvEuySNBFEQw
Secret key: sk_live_KUl2QQ6JpKFMVI1idNUoFL6SS8AyLyHd

Did they get swapped somehow? Can you look before the Giving Tuesday push?

Moira""",
        [("API_KEY", "sk_live_KUl2QQ6JpKFMVI1idNUoFL6SS8AyLyHd")],
    ),
    (
        """Subject: Strike benefit deposit, week 3

Brother Okonkwo,

Your week 3 strike benefit of $500 from the Local 219 strike fund will be deposited Friday
to routing 613090371, account 82895198631, as on your enrollment form. The picket schedule
for next week is attached.

In solidarity,
Maria Esposito
Secretary-Treasurer, Local 219""",
        [
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "613090371"),
            ("US_BANK_NUMBER", "82895198631"),
        ],
    ),
    (
        """Subject: Mileage reimbursement set up

Hi Mr. Kaya,

Your direct deposit for foster-care mileage reimbursements is now set up. Please check the
details we have:

Routing number: 072119220
Account number: 807233949 (checking)

The first deposit should arrive on the 15th. If anything is wrong, call me before then at
(313) 555-0172.

Beth Orlov
Family Services, Wayne Foster Network""",
        [("ABA_ROUTING_NUMBER", "072119220"), ("US_BANK_NUMBER", "807233949")],
    ),
    (
        """Subject: New time clocks on Monday

Starting Monday, the warehouse time clocks will use fingerprint sign-in. The clock stores a
mathematical template, not an image, and it never leaves the device. You must sign the
consent form before you enroll. If you would rather not use a fingerprint, ask HR for a
badge instead. Enrollment runs 7-9am all week in the break room.""",
        [],
    ),
    (
        """Subject: Voicemail from (614) 555-0111

Voicemail transcription (automated):

"Hello, this is the Summit Federal automated service calling for Danielle. Your one time
sign in code is nine three six six two five. This code expires in ten minutes. If you did
not request this code, please call us."

Forwarded by your phone service.""",
        [("ACCESS_CODE", "nine three six six two five")],
    ),
    (
        """Subject: fee waiver paperwork

Hi Jonah,

For the fee waiver in Friends of Elm Park v. City of Marlow, Case No. 21-4089, the clerk
needs our EIN (34-9133226) and the board resolution. Hearing is set for the 18th. Can you
sign the resolution before Friday?

Priscilla, Friends of Elm Park""",
        [],
    ),
    (
        """Subject: Marcus and Saturday's shift

Hey Jo,

Just so the shift leads know: Marcus had a seizure in the warehouse on Saturday around 11.
He came round quickly and his mom picked him up. He told me afterwards that his neurologist
switched him to levetiracetam last month and he's still adjusting to it.

He wants to keep volunteering but will stay off the pallet jack until his doctor clears
him. Can you pair him with Hannah on sorting for the next few weeks?

-Bea""",
        [("health", "")],
    ),
    (
        """Subject: Are you living with type 2 diabetes?

Do you or someone you love live with diabetes? Our free six-week Healthy Kitchens class
starts March 3 at the Westside YMCA. Learn to cook low-sugar meals on a budget and take
home a bag of groceries each week. Call (414) 555-0107 to save a seat.

Northside Community Health""",
        [],
    ),
    (
        """Subject: Can't make the Oct 2 board meeting

Hi Sam,

I'm sorry to miss the budget vote. October 2 is Yom Kippur and I'll be at Temple Beth
Shalom with my family from Kol Nidre the night before until the fast ends. We've been
members there for twenty years and I have never missed it. My proxy goes to Ines.

Ruthie""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Your scholarship application is complete

Dear Tayen,

Thank you for applying for the Northern Plains Nursing Scholarship. Your file is now
complete and will go to the committee on May 12.

We have verified your enrollment as a citizen of the Sisseton Wahpeton Oyate, and your
tribal ID card number 852-69134 matches the copy you uploaded. Your transcript from the
tribal college and both reference letters arrived last week.

A few things to know about the next steps:

1. The committee scores essays without names, so please don't be surprised if the
   interviewers ask you to tell them about your community again.
2. Interviews are by video on May 15 or 16. Reply with the times that work for you.
3. Award letters go out by May 20, and the first disbursement is made to the college in
   August, not to you directly.

If your mailing address changes over the summer, let me know.

Warmly,
Cheryl Two Bulls
Scholarship Coordinator, Northern Plains Health Careers Fund""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "852-69134")],
    ),
    (
        """Subject: Costa Rica trip paperwork

Hi Mr. Oduya,

Here is Ellie's passport info for the airline booking: Eleanor Ruth Lindgren, passport
number 520544249, expires 06/2031. Her middle name is on the passport but not on her
school ID, will that be a problem?

Thanks,
Kristin Lindgren (Ellie's mom)""",
        [("US_PASSPORT", "520544249")],
    ),
    (
        """Subject: Bella's DNA results are in!

Great news: Bella's canine DNA panel is complete. She is 48% Border Collie, 31% Australian
Shepherd and 21% Labrador Retriever. She carries one copy of the MDR1 variant, so tell your
vet before she gets ivermectin or certain sedatives. Share her breed card with friends!

PawPrint Canine DNA""",
        [],
    ),
    (
        """Subject: your mom's EBT card

Hi Carla, it's Denise at the Eastgate Senior Center. Your mom reset her EBT card PIN with
me this morning because she'd forgotten the old one. The new PIN is 7394. She asked me to
send it to you since you do her shopping on Tuesdays. The building door code hasn't
changed.""",
        [("PIN", "7394")],
    ),
    (
        """Subject: Welcome, new volunteers!

A few practical things for your first shift:

- Side door keypad: 4912, then push hard
- Guest Wi-Fi: OakHill-Guest, password sunflowerfields
- Parking is behind the fellowship hall
- Sign in at the kiosk every time, even if you're only staying an hour

See you Saturday!
Oak Hill Community Pantry""",
        [],
    ),
    (
        """Subject: Weekly report, client D.M. (case 26-5770)

Judge Reyes,

Weekly compliance report for D.M., adult drug court, for the week ending Friday.

Attendance: D.M. attended all three IOP groups (Mon, Wed, Thu) and his individual session
with me on Tuesday.

Testing: urine screens on 2/3 and 2/6 were negative for all substances tested.

Medication: he remains on buprenorphine 16 mg daily, prescribed by Dr. Faulk, and the
pharmacy confirms on-time pickups.

Phase: he has 112 days in the program and is eligible to request Phase 3 at the next
status hearing. He has started part-time work at a tire shop and his employer has signed
the verification form.

Recommendation: no sanctions; continue current phase. I will attend the Thursday status
hearing in person.

K. Lindqvist, LCSW
Bridgeway Recovery Services""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """Subject: family tree project

Aunt Vi,

My DNA kit results finally came back! It says I'm 41% Nigerian, 23% Irish, 18% Scottish
and the rest scattered all over. That fits Grandpa's stories about Cork. Can you send me the
photos from the reunion so I can add names to the tree?

Love, Deja""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Early-bird tickets for the Harvest Gala

Early-bird tickets are $45 until September 30. Use code HARVEST25 at checkout for $10 off
a table of eight. The gala benefits our backpack program. Questions? (217) 555-0158.""",
        [],
    ),
    (
        """Subject: screening summary for unit 2A applicant

Hi Greg,

Screening for Jamal Pierce is back.

Credit score: 626
Negative items:
- Charge-off, Northbay Card Services, $2,180, 2023
- Collection, Cascade Water District, $312, 2024
Evictions: none found
Criminal: none found
Income: verified at 3.1x rent

Your call, but the charge-off is the only real concern.

Sheila, Bayview Property Services""",
        [
            ("CREDIT_SCORE", "626"),
            ("CREDIT_REPORT", "Charge-off, Northbay Card Services, $2,180, 2023"),
            ("CREDIT_REPORT", "Collection, Cascade Water District, $312, 2024"),
        ],
    ),
    (
        """Subject: hours update

Hi Darnell,

Quick update: with last Saturday's shift you now have 28 of your 40 court-ordered community
service hours. I'll send the signed log to your probation officer on Friday like last time.
Next shift is the 12th, 9am at the pantry.

Ms. Greene""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Rehearsal notes, The Long Season, Act II

Cast and crew,

Reminder that in II.3, Walter (the character, not Greg!) tells his sister that he is gay
and has been living with HIV for ten years. We're playing it quiet, no music under it.
Props still needs the pill organizer for Walter's kitchen table.

Off book for Act II by the 18th, please.

Nadine, director""",
        [],
    ),
    (
        """Subject: Membership renewal declined

Hi Corey,

Your Millbrook Historical Society membership renewal didn't go through: the Mastercard
ending in 9787 was declined. You can update your card on our website or call us at
(563) 555-0181. Thanks for being a member!""",
        [("CREDIT_CARD_LAST_DIGITS", "9787")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_47, "hard47", Path(__file__).with_name("hard-47.jsonl")))
