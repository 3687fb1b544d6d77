"""Hard set 81 (2026-12-08): disclosures spread across sentences, lines and turns.

Written blind. One hundred short e-mails from nonprofits and small businesses (a pantry,
caterers, a print shop, tax preparers, a gym, a daycare, a funeral home, unions, a
campaign) in which the person and the sensitive item sit in different sentences, lines or
quoted turns: pronoun and ellipsis chains, lists under a named heading, quoted questions
answered "yes" or "same as before", field names apart from their values, and partners
known by a given name and a relationship word. 60 positives, 40 decoys of the same shapes.

What I read, and nothing else: /tmp/mg/set81/prompt.txt, /tmp/mg/set81/brief.txt,
/tmp/mg/set81/conventions.txt, /work/shared/policy/privacy-policy.txt,
tests/data/sensitive/independent_sets.py, scanner/categories.py, and the output of
grep -n "line-length" pyproject.toml. What I ran: mkdir, cat and python3 on my scratch
files under /tmp/hard81_gen/ (gen.py, cases_pos.py, cases_dec.py, emit.py, check.py),
python -m tests.data.sensitive.hard_81, ruff format and ruff check on this
module, sed/grep/awk/wc on this module, git add and git commit of the two files. No slips.

How identifiers were generated: /tmp/hard81_gen/gen.py, Python random.Random(8120261208).
Card numbers (Visa, Mastercard, Amex) end in a computed Luhn check digit; routing numbers
have a valid Federal Reserve prefix and ABA checksum; SSNs avoid area 000, 666 and 9xx and
group or serial zero; the ITIN has a 9 area and a group in the ITIN ranges; the IBANs (DE,
GB) carry computed mod-97 check digits. Passport, licence, state and tribal ID numbers,
account numbers, PINs, codes, passwords, the secret key, the auth token and the template
hash are random draws. Decoy 16-digit numbers were redrawn until they fail Luhn; decoy
SSN-shaped references use area 666, or area 934 with group 08. Phone numbers are 555-01xx.
Case order shuffled with random.Random(81).

The conventions, copied verbatim from the set's conventions file, then the decisions
added for this set:

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
- A value is labelled where it stands, even when its field name is lines above it, at the
  bottom of the message after the signature, or in a quoted line; the field name and any
  separating blank lines are never part of the value.
- A quoted question that names a person and states the item (parole check-ins, union dues
  by checkoff, a 504 plan's accommodations, a PIN, a middle score), answered "yes", "same
  as before" or "still the same", is a disclosure about that person; a value in the
  quoted question (the EBT PIN, the middle score) is labelled there, since the reply
  confirms it is current. Answered "no" or "not that I know", with nothing else said
  about the person, nothing is labelled.
- A partner identified only by a given name and a relationship word in another sentence
  ("Luis is his husband", "her wife ... Her name is Corinne") is a same-sex spouse:
  sexual_orientation. A cake order for a named contact's wedding with a "two brides"
  topper is sexual_orientation. An opposite-sex wife or husband is not labelled.
- A named customer who keeps a strict Jain diet and does not eat after sunset is stated
  religious practice: religious_belief. A vegetarian menu is not.
- A bride and groom "both confirmed" at a named parish, with a full Mass confirmed, is
  religious_belief. A reply that the couple has not chosen an officiant discloses nothing.
- Washing and shrouding by the men of his masjid, where he prayed Jumu'ah weekly for
  twenty years, is religious_belief for the deceased man; a hall next to a masjid is a
  place and carries no category.
- A Christian Science religious exemption from MMR and varicella for a named child is
  religious_belief and health (vaccination status), as agreed in set 24.
- Hosting a house party for a council candidate is support for a candidate:
  political_opinion; so is a canvass reply that a named couple is voting for him. Printing
  flyers for a two-sided levy forum, a mayor's public position and a "Hi friend" appeal
  are not labelled.
- A named cook who is the steward for a union local is a member: trade_union_membership. A
  reply that a coworker only translated at a grievance, and a union info night open to
  everyone, disclose no membership.
- "Your dad's unit at Pinecrest Correctional", written to a mentored child, is the
  addressee's father's incarceration: criminal_history. A self-disclosed burglary
  conviction, prison term and parole on an application is criminal_history. A clear
  background check, a court-watch notice that records no names, a hiring policy for
  applicants with records, an anonymised newsletter story ("after six years inside") and
  a fictional hotline role-play are not labelled.
- Chemo "again Tuesday" after "Maria Ocampo called", Vyvanse for "her son", a VBAC plan
  with a due date, a HOPWA approval, a pill-organizer list under a named client's visit
  handoff, and a 504 plan confirmed "same as at school" are health. A flu-shot clinic open
  to all, a generic appointment reminder, a pharmacy shipment naming no drug, and a dog's
  glucose curve and insulin reached through "Her beagle" are not.
- A partner notice to a named person (someone you had sex with tested positive) is health
  and sexual_orientation, as the conventions state.
- A GJB2 carrier finding that "does not affect your own hearing", with partner screening to
  be discussed, is genetic only. A BRCA1 pathogenic variant with a surgical consult for a
  preventive mastectomy is genetic and health. A carrier-screening talk open to the public
  is not labelled.
- A palm-vein match-score log for a named gym member, a fingerprint template re-enrolment
  record with its hash for a named pickup adult, and a selfie-to-ID similarity score for a
  named customer are biometric. A reply explaining how the palm reader stores templates is
  not.
- A student's self-written "Hmong American" under an ethnicity field, tribal enrollment in
  the Navajo Nation, a death worksheet's race "White" and a DNA ancestry estimate are
  racial_ethnic_origin (the estimate also genetic). Aggregate percentages and a workshop
  using a made-up sample report are not.
- The tribal ID card number is US_STATE_ID, as the conventions state. A New York
  non-driver ID number is US_STATE_ID; a California and a Texas driver licence number are
  US_DRIVER_LICENSE.
- The last four of the owner's card for a pet's wellness plan are CREDIT_CARD_LAST_DIGITS;
  the pet's plan is not health. An employee's reply giving only "3677" to a request for
  the last four of his SSN is US_SSN on those digits.
- An answering-service transcript of a credit union's one-time passcode, read out in words,
  is ACCESS_CODE on the words as transcribed (as agreed in set 25). A sign-in code texted
  for a member's online banking is ACCESS_CODE.
- An SMS vendor's Auth Token is API_KEY; the Account SID beside it is not labelled. A
  publishable key alone is not labelled.
- A Square dashboard password and the security answer "Pepper" for a family bakery are each
  PASSWORD; the "usual" alarm code has no value and is not labelled. A library friends
  group's online-banking password and security answer are each PASSWORD.
- A collection from a utility company is a CREDIT_REPORT item and says nothing about
  health; each adverse item is labelled on its whole line after the dash bullet.
- A door keypad code, a garden gate combination, a guest Wi-Fi password, a promo code, a
  catering order number, a 10K registration number (16 digits, failing Luhn), a parcel
  tracking number (16 digits, failing Luhn), and SSN-shaped work-order and claim
  references (area 666; area 934 with group 08, outside the ITIN groups) are not labelled.
- A card number read over the phone in groups and written over two lines is one
  CREDIT_CARD value holding the line break; an Amex CID is CVV.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_81: list[Case] = [
    (
        "Subject: Treasurer handover\n"
        "Dolores,\n"
        "Everything for the Friends of Halvorsen Library bank account is below.\n"
        "Online banking username:\n"
        "fohl_treasurer\n"
        "Password:\n"
        "Cobalt%11juniper\n"
        'Security question ("street you grew up on"):\n'
        "Linnet Lane\n"
        "Please change the password once you're in, and shred this.\n"
        "Arthur\n",
        [("PASSWORD", "Cobalt%11juniper"), ("PASSWORD", "Linnet Lane")],
    ),
    (
        "Subject: breakfast recap\n"
        "Mayor Tomas Reyes spoke at the chamber breakfast this morning.\n"
        "He laid out why he's backing the transit levy and asked member businesses to\n"
        "endorse it before February.\n"
        "Slides are in the shared drive.\n"
        "Ingrid\n"
        "Westgate Merchants Association\n",
        [],
    ),
    (
        "Subject: cake order\n"
        "Order: three tiers, lemon-lavender, serves 120\n"
        "Event: Quist/Haddad wedding, June 6\n"
        "Contact: Noor Haddad\n"
        "Topper: two brides, one in a suit and one in a gown\n"
        "Deposit received.\n"
        "Sugarbeet Bakery\n",
        [("sexual_orientation", "")],
    ),
    (
        "Order 20418 - anniversary arrangement\n"
        "Deliver to: Graham Whitcombe, 14 Alder Court, Apt 6\n"
        'Card message: "Ten years and I\'d still pick you. - Luis"\n'
        "Note from the caller: Luis is his husband, and it's a surprise, so please\n"
        "don't call the apartment first. If nobody answers, leave it with the concierge.\n"
        "Petals & Stem, front counter\n",
        [("sexual_orientation", "")],
    ),
    (
        "Subject: Re: your mom's EBT card\n"
        "> The replacement card for Mrs. Whitaker came Monday. Did she keep the old PIN\n"
        "> (8897), or do we need to set a new one at the kiosk?\n"
        "Still the same, she kept it. Thank you for helping her with all this.\n"
        "Lorraine Whitaker\n"
        "(to: Outreach, Silver Pines Senior Center)\n",
        [("PIN", "8897")],
    ),
    (
        "Subject: Re: booking deposit\n"
        "To: Driftwood Lodge\n"
        "> Please send the card for the deposit when you can.\n"
        "Here it is, for Helga Sorensen's retreat booking:\n"
        "Amex 3783 679918 91893\n"
        "CID (front, above the number): 4864\n"
        "exp 02/28\n"
        "Mattias, assistant to Helga Sorensen\n",
        [("CREDIT_CARD", "3783 679918 91893"), ("CVV", "4864")],
    ),
    (
        "Subject: Tues/Thurs visits - handoff\n"
        "Hi Renata,\n"
        "You're covering Mrs. Adaeze Nwankwo starting next week. Her daughter set up\n"
        "the pill organizer; please check it matches this list:\n"
        "- metformin 500 mg, breakfast and supper\n"
        "- lisinopril 10 mg, morning\n"
        "- donepezil 5 mg, bedtime\n"
        "The door is around the side. She likes the radio on.\n"
        "Kofi, Scheduling\n"
        "Brightwell Home Care\n",
        [("health", "")],
    ),
    (
        "Subject: Re: ceremony details\n"
        "> Teodora mentioned that she and Marco were both confirmed at St. Anselm's.\n"
        "> Will the ceremony be a full Mass, or just the wedding rite?\n"
        "Yes, a full Mass. Father Okonkwo is presiding, and they want the readings in\n"
        "both Croatian and English.\n"
        "Lydia\n"
        "Ivy & Oak Weddings\n",
        [("religious_belief", "")],
    ),
    (
        "Subject: Re: Bogdan\n"
        "> Is Bogdan in a union at his other job? The hearing notice mentioned Local 88.\n"
        "Not that I know. That notice was for the dishwashers' grievance; he only\n"
        "translated for them.\n"
        "Ellie\n"
        "Copperline Bistro\n",
        [],
    ),
    (
        "Subject: Re: W-2 mismatch\n"
        "> Hi Amos, the W-2 we printed for you didn't match the SSA file. Can you reply\n"
        "> with the last four of your SSN so I can fix it?\n"
        "3677\n"
        "Sent from my phone\n"
        "(to: office, Holloway Roofing)\n",
        [("US_SSN", "3677")],
    ),
    (
        "Subject: Re: Biscuit\n"
        "Dana Whitfield called about Biscuit.\n"
        "Her beagle's glucose curve was high again, so Dr. Ames is raising the insulin to\n"
        "5 units twice a day. Recheck in two weeks.\n"
        "Cedar Paws Veterinary\n",
        [],
    ),
    (
        "Subject: direct deposit\n"
        "Welcome to Stonecrop Brewing, Sanjay!\n"
        "From your direct deposit form:\n"
        "Bank: Lakeshore Savings\n"
        "Routing\n"
        "620077303\n"
        "Account (checking)\n"
        "202554098156\n"
        "Your first deposit goes out on the 15th.\n"
        "Marta, Office\n",
        [("ABA_ROUTING_NUMBER", "620077303"), ("US_BANK_NUMBER", "202554098156")],
    ),
    (
        "Subject: race packet\n"
        "Hi Hollis,\n"
        "Your Turkey Trot 10K registration is confirmed.\n"
        "Registration number:\n"
        "6011124583022941\n"
        "Bib pickup is Wednesday at Ironwood Fitness.\n"
        "Harvest Run Committee\n",
        [],
    ),
    (
        "Subject: appointment reminder\n"
        "Hi Thandiwe,\n"
        "This is a reminder of your appointment on Tuesday, December 15, at 10:30 am at\n"
        "Lakeshore Family Practice. Please arrive 10 minutes early.\n"
        "Reply C to confirm or call (503) 555-0184 to reschedule.\n",
        [],
    ),
    (
        "Subject: covering the shop this week\n"
        "Mateo,\n"
        "While I'm in Guadalajara you'll need the Square dashboard for Esperanza Bakery.\n"
        "Login is the bakery email.\n"
        "Password is on the line below.\n"
        "Lantern*53saffron\n"
        "If it asks the security question (name of your first pet), the answer is\n"
        "Pepper\n"
        "The alarm code is the usual one.\n"
        "Tia Lupe\n",
        [("PASSWORD", "Lantern*53saffron"), ("PASSWORD", "Pepper")],
    ),
    (
        "Subject: open house logistics\n"
        "Hi all,\n"
        "Doors at 5. The guest Wi-Fi for the open house is below, for anyone who asks.\n"
        "Network\n"
        "Larkspur-Guest\n"
        "Password\n"
        "marigold-teapot-41\n"
        "Larkspur Community Studio\n",
        [],
    ),
    (
        "Subject: Re: your return\n"
        "Hi Flor,\n"
        "Good news: your ITIN renewal was approved.\n"
        "The number stays the same. For the return I'll use the one on the IRS letter:\n"
        "950-50-3409\n"
        "We can file as soon as your last pay stub comes in.\n"
        "Yesenia\n"
        "Community Tax Help (VITA site)\n",
        [("US_ITIN", "950-50-3409")],
    ),
    (
        "Subject: Re: intake questions\n"
        "Hi Sandra,\n"
        "To answer the board's question: we never ask applicants about HIV status or\n"
        "any other diagnosis at intake. Eligibility is income and household size only.\n"
        "Pathways Housing Partners\n",
        [],
    ),
    (
        "Subject: intake - Rosalind Achterberg\n"
        "Hi Omar,\n"
        "New return for Rosalind Achterberg (single, one W-2, one 1099-NEC).\n"
        "She didn't want to type her SSN into the portal, so she read it to me over the\n"
        "phone. I've put it at the very bottom of this message.\n"
        "Her documents are in the shared folder under ACHTERBERG 2026.\n"
        "Thanks,\n"
        "Lena\n"
        "Birch Street Tax Service\n"
        "\n"
        "\n"
        "\n"
        "412-03-8485\n",
        [("US_SSN", "412-03-8485")],
    ),
    (
        "Subject: Thank you for your contribution\n"
        "Dear Mr. Delacroix,\n"
        "Thank you for giving to Friends of Devon Achebe for Council.\n"
        "Amount: $250.00\n"
        "Paid with: Visa ending 3844\n"
        "Date: 12/03/2026\n"
        "Paid for by Friends of Devon Achebe for Council.\n",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "3844")],
    ),
    (
        "Subject: claim reference\n"
        "Hi Mr. Delacroix,\n"
        "Your warranty claim for the dishwasher was received on Monday.\n"
        "Claim reference:\n"
        "934-08-6316\n"
        "Keep this for your records; a technician will call within two business days.\n"
        "Appliance Doctors\n",
        [],
    ),
    (
        "Subject: pickup re-enrollment\n"
        "Authorized pickup adult: Shauna Billings\n"
        "Child: Micah, Room 4\n"
        "Her old fingerprint template stopped matching after the scanner update, so we\n"
        "re-enrolled her this morning. New template record:\n"
        "  template_id 88213\n"
        "  sha256 e931202042ac91f9b91ae7f477e7fe5c7c73da65eb0ebb03fe521967156fa80f\n"
        "Please ask her to try the scanner at pickup today.\n"
        "Front desk\n"
        "Little Acorns Daycare\n",
        [("biometric", "")],
    ),
    (
        "Subject: Re: ceremony details\n"
        "> Did Teodora say whether the ceremony will be a Mass?\n"
        "No, not yet. She said they haven't picked a venue or an officiant, and they're\n"
        "leaning toward the vineyard.\n"
        "Lydia\n"
        "Ivy & Oak Weddings\n",
        [],
    ),
    (
        "Subject: Re: autopay\n"
        "Hi Mr. Abernathy,\n"
        "Pickle's wellness plan renews on the 15th.\n"
        "We'll charge the card on file, the one ending in 3560, unless you tell us\n"
        "otherwise. If you'd rather use a different card, just call.\n"
        "Front desk\n"
        "Cedar Paws Veterinary\n",
        [("CREDIT_CARD_LAST_DIGITS", "3560")],
    ),
    (
        "Subject: donate button\n"
        "Hi Dev,\n"
        "For the donate button on the Harbor Lights page, use the publishable key below.\n"
        "It is meant to sit in the page source, so it's fine to paste here:\n"
        "pk_live_XqNdFswxco1OoxTk3jLXOfol\n"
        "The secret key stays with the treasurer; please don't ask her to email it.\n"
        "Harbor Lights Literacy\n",
        [],
    ),
    (
        "Subject: your IP PIN\n"
        "Gwen,\n"
        "Your letter from the IRS came to the office with the rest of your mail.\n"
        "Your Identity Protection PIN for this filing season is at the bottom. We need\n"
        "it to e-file, so please don't lose the letter.\n"
        "See you on the 20th.\n"
        "\n"
        "651022\n"
        "Ruth Ann\n"
        "Prairie Tax & Bookkeeping\n",
        [("PIN", "651022")],
    ),
    (
        "Subject: volunteer training scenario (fictional)\n"
        "Role-play 3 for Saturday's hotline training. All names are made up.\n"
        'Caller "Sam": says his boyfriend was arrested last week and he\'s scared to go\n'
        "home.\n"
        "Volunteer: practise reflecting feelings; don't give legal advice.\n"
        "Training team, Harbor Lights Crisis Line\n",
        [],
    ),
    (
        "Subject: new client intake form\n"
        "Please print 20 copies of the blank intake form for Saturday. Fields, top to\n"
        "bottom:\n"
        "Name\n"
        "______________________\n"
        "SSN\n"
        "___-__-____\n"
        "Driver license / state ID no.\n"
        "______________________\n"
        "Signature\n"
        "Lena\n"
        "Birch Street Tax Service\n",
        [],
    ),
    (
        "Subject: holiday promo\n"
        "Hi Ruth,\n"
        "Customers keep asking, so here's the holiday promo for the Wildfern Soap shop.\n"
        "Code, good through December 31:\n"
        "FERNJOY15\n"
        "Wildfern Soap\n",
        [],
    ),
    (
        "Subject: new driver paperwork\n"
        "Hi Rosie,\n"
        "Luis Ybarra starts on the delivery route Monday. From his application:\n"
        "Texas driver license\n"
        "(number on the next line)\n"
        "66056352\n"
        "Class C, expires 2030\n"
        "Please add him to the insurance.\n"
        "Deon\n"
        "Mesquite Floral Delivery\n",
        [("US_DRIVER_LICENSE", "66056352")],
    ),
    (
        "Subject: Re: exemption form\n"
        "> Is Abigail Thornbury's exemption on file before the January cutoff?\n"
        "Yes. Her parents filed the religious exemption for MMR and varicella; they are\n"
        "Christian Scientists, and she has had neither vaccine.\n"
        "Nurse's office\n"
        "Hollyfield Montessori\n",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        "Subject: Re: payroll question\n"
        "> Are Hector Salinas's union dues still coming out through the Local 412\n"
        "> checkoff, or did he switch to paying the hall directly?\n"
        "Same as before, checkoff. $38.50 a pay period.\n"
        "Dee\n"
        "Harlan Auto Body, office\n",
        [("trade_union_membership", "")],
    ),
    (
        "Subject: Re: palm scanner\n"
        "Hi Kwame,\n"
        "Thanks for asking how the palm reader works.\n"
        "Templates are stored only on the device, never with your name in the cloud,\n"
        "and are deleted 30 days after a membership ends. You can always use a key fob.\n"
        "Ivy\n"
        "Ironwood Fitness\n",
        [],
    ),
    (
        "Subject: Your report is ready\n"
        "Hi Wendell,\n"
        "Your Rootline DNA report came back this morning.\n"
        "Ancestry estimate:\n"
        "  West African (Yoruba and Igbo regions)   58%\n"
        "  Scottish and Irish                       27%\n"
        "  Indigenous Americas, Eastern Woodlands    9%\n"
        "  Unassigned                                6%\n"
        "I can go over it with you Thursday at the shop.\n"
        "June Calloway\n"
        "Calloway Family History\n",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        "Subject: Re: rehearsal dinner deposit\n"
        "Hi Corinna,\n"
        "Deborah Lindqvist phoned in the deposit for the rehearsal dinner (Friday the\n"
        "19th, 40 guests). I wrote it down as she read it off:\n"
        "  4753 7131 1053 0267\n"
        "  exp 09/28\n"
        "  back of card: 288\n"
        "Can you run it before 3? She's expecting the receipt by email.\n"
        "Pim\n"
        "Ovenbird Catering\n",
        [("CREDIT_CARD", "4753 7131 1053 0267"), ("CVV", "288")],
    ),
    (
        "Subject: 72 hours left\n"
        "Hi friend,\n"
        "We're 72 hours from the end-of-year deadline and $4,100 short.\n"
        "Can you chip in $25 for Devon Achebe's council campaign?\n"
        "Paid for by Friends of Devon Achebe for Council.\n",
        [],
    ),
    (
        "Subject: Re: Maple Street doors\n"
        "> Did the Harwoods on Maple say yes to a yard sign?\n"
        "Yes, both of them. Paul said they're voting for Achebe, and Ines wants to help\n"
        "with phone banking after New Year.\n"
        "Kit\n"
        "volunteer canvass lead, Ward 3\n",
        [("political_opinion", "")],
    ),
    (
        "Subject: Re: housing application\n"
        "> Does Nizhoni's application show tribal enrollment? The preference units\n"
        "> need it.\n"
        "Yes. Nizhoni Yazzie is an enrolled member of the Navajo Nation. Her tribal ID\n"
        "card number is on the next line:\n"
        "1061547\n"
        "Intake\n"
        "Red Mesa Housing Partnership\n",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "1061547")],
    ),
    (
        "Subject: household plan\n"
        "Hi Theo,\n"
        "Amara Ilesanmi upgraded to the household plan today.\n"
        "She wants her husband added as the second member; his name is Curtis.\n"
        "Marisa\n"
        "Juniper Climbing Co-op\n",
        [],
    ),
    (
        "Subject: Rush reprint?\n"
        "Hi Walt,\n"
        "Irene Kowalczyk came in about the yard signs again.\n"
        "She's hosting a house party for Devon Achebe's council campaign on the 12th and\n"
        'wants 50 more signs plus a banner that says "Neighbors for Achebe".\n'
        "Can we have them by Wednesday?\n"
        "Sunny\n"
        "Copper Press Print Shop\n",
        [("political_opinion", "")],
    ),
    (
        "Subject: Please call us\n"
        "Hi Jordan,\n"
        "This is Renee from the Eastside Community Health outreach team.\n"
        "Someone you had sex with recently tested positive for gonorrhea and asked us to\n"
        "let you know, without sharing their name.\n"
        "We can test and treat you this week at no cost. Call (503) 555-0162 and ask\n"
        "for me.\n",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        "Subject: flagged check\n"
        "Customer: Delphine Arsenault\n"
        "Check: payroll, $1,126.40\n"
        "ID scanned at counter 2.\n"
        "Selfie vs. ID photo:\n"
        "0.88 similarity (threshold 0.80), pass\n"
        "No manager override needed.\n"
        "Quick Cash on 5th\n",
        [("biometric", "")],
    ),
    (
        "Subject: reminder texts stopped\n"
        "Hi Kai,\n"
        "The appointment reminders for Bayview Dental stopped on Monday. Here's what the\n"
        "SMS vendor's settings page shows:\n"
        "Account SID: AC36f8fa087071b20a57687e0ccc028b08\n"
        "Auth Token (next line; please don't paste it into the ticket):\n"
        "30be4418918d72d0cffa6da66afed50a\n"
        "Can you check whether it was rotated?\n"
        "Bev, office manager\n",
        [("API_KEY", "30be4418918d72d0cffa6da66afed50a")],
    ),
    (
        "Subject: court watch Thursday\n"
        "Volunteers,\n"
        "We're observing Judge Ellery's arraignment calendar Thursday at 9.\n"
        "We note bail amounts and how long hearings take; we never record defendants'\n"
        "names. Meet in the lobby.\n"
        "Open Justice Court Watch\n",
        [],
    ),
    (
        "Subject: Errands for Mr. Ferreira\n"
        "Hi Tasha,\n"
        "Wednesday list for Mr. Ferreira:\n"
        "- groceries (his list is on the fridge)\n"
        "- pharmacy pickup, already paid\n"
        "- cash from the ATM, $60; his debit card PIN is 4394\n"
        "The lockbox on the back porch is 2261 if he's napping.\n"
        "Thanks,\n"
        "Gwen\n"
        "Hearthside Companion Care\n",
        [("PIN", "4394")],
    ),
    (
        "Subject: Fwd: scholarship nomination\n"
        "Nominee: Maiyer Vang\n"
        "Grade 12, Mesa Alta High School\n"
        "Ethnicity\n"
        "(as written by the student on page 1)\n"
        "\n"
        "Hmong American\n"
        "\n"
        "Her essay about the robotics team is attached. The committee meets Dec 14.\n"
        "Carmen\n"
        "Four Corners Youth Fund\n",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Subject: workshop signup\n"
        "Hi Wendell,\n"
        'You\'re signed up for "Reading your DNA ancestry estimate" on the 19th.\n'
        "We'll use a made-up sample report (62% this, 30% that) to show how the\n"
        "percentages are calculated and why they change between updates.\n"
        "June Calloway\n"
        "Calloway Family History\n",
        [],
    ),
    (
        "Subject: credit-building class\n"
        "Hi Odalys,\n"
        "Thanks for signing up for the credit-building class.\n"
        "Session 2 covers how a score moves from, say, 580 to 720, and what a collection\n"
        "or a late payment does to it. Bring questions, not reports.\n"
        "Linden Court Housing Cooperative\n",
        [],
    ),
    (
        "Subject: Re: rush\n"
        "Hi Walt,\n"
        "Irene Kowalczyk picked up the flyers for the library levy forum.\n"
        "Both sides are presenting, and the Riverside Civic Forum is moderating.\n"
        "The invoice is in the drawer.\n"
        "Sunny\n"
        "Copper Press Print Shop\n",
        [],
    ),
    (
        "Subject: hall booking\n"
        "Hi Mr. Rahimi,\n"
        "The community hall is booked for your daughter's graduation party on Friday,\n"
        "5 to 9 pm. The masjid next door holds Jumu'ah at 1:15, so the lot may be full\n"
        "until 2; setup can start at 3.\n"
        "Lakeview Community Hall\n",
        [],
    ),
    (
        "Subject: Re: Saturday crew\n"
        "> Is Terrell still checking in with his parole officer? I need to know\n"
        "> before I put him on the school-grounds job.\n"
        "Yep, every other Thursday until June. His PO already okayed Saturday hours,\n"
        "so go ahead.\n"
        "Manny\n"
        "Greenway Landscaping\n",
        [("criminal_history", "")],
    ),
    (
        "Subject: Door log question\n"
        "Hi Marcus,\n"
        "Member: Kwame Boateng\n"
        "He says the side door wouldn't open for him on Tuesday morning. Here is what\n"
        "the reader logged for his scans:\n"
        "06:41:02  palm-vein match 0.61  rejected\n"
        "06:41:19  palm-vein match 0.93  accepted\n"
        "So it worked on the second try. Maybe his hand was cold?\n"
        "Ivy\n"
        "Ironwood Fitness\n",
        [("biometric", "")],
    ),
    (
        "Subject: Saturday lunch - Menon party\n"
        "Chef,\n"
        "Rahul Menon confirmed 24 for Saturday.\n"
        "He keeps a strict Jain diet, so nothing with onion, garlic, potatoes or carrots\n"
        "on his plate, and he won't eat after sunset. The rest of the table is regular\n"
        "vegetarian.\n"
        "Anjali, Front of House\n"
        "Tamarind Table\n",
        [("religious_belief", "")],
    ),
    (
        "Subject: service visit\n"
        "Hi Rosalind,\n"
        "Your furnace work order number is\n"
        "666-22-9746\n"
        "Our tech, Abel, will come Thursday between 8 and noon. Please clear a path to\n"
        "the basement.\n"
        "Tern Valley Heating & Air\n",
        [],
    ),
    (
        "Subject: Reggie's housing\n"
        "Hi Marcus,\n"
        "Good news on Reggie Fontaine's voucher.\n"
        "The HOPWA approval came through yesterday. He can start viewing units next week.\n"
        "Sandra\n"
        "Pathways Housing Partners\n",
        [("health", "")],
    ),
    (
        "Subject: Thursday deliveries\n"
        "Hi Luz,\n"
        "Gloria Underwood called this morning. Flu shot clinic is Tuesday in the\n"
        "fellowship hall, open to anyone, and she needs two volunteers for sign-in.\n"
        "Can you or Ray do it?\n"
        "Bernadette\n"
        "Eastside Pantry Deliveries\n",
        [],
    ),
    (
        "Subject: arrangements - Mr. Rahimi\n"
        "Hi Sami,\n"
        "Mr. Rahimi's daughter called this morning.\n"
        "Her father is to be washed and shrouded by the men from his masjid, where he\n"
        "prayed Jumu'ah every week for twenty years. Janazah after Dhuhr tomorrow.\n"
        "No embalming. Please have the washing room ready by 10.\n"
        "Faye\n"
        "Lakeview Funeral Home\n",
        [("religious_belief", "")],
    ),
    (
        "Subject: keys for the shop site\n"
        "Hi Dev,\n"
        "For the Wildfern Soap checkout, the publishable key is already in the theme.\n"
        "The secret key is on the line after the blank one. Please put it in the server\n"
        "environment only, never in the repo.\n"
        "\n"
        "sk_live_f4GVgXKJgfy0TYbhFjzYK3Ig\n"
        "\n"
        "Thanks,\n"
        "Ruth (owner)\n",
        [("API_KEY", "sk_live_f4GVgXKJgfy0TYbhFjzYK3Ig")],
    ),
    (
        "Subject: Saturday shift\n"
        "Hi Paulette,\n"
        "Thanks for taking the early pantry shift. You'll be first in, so the side door\n"
        "code is at the bottom. It's the building keypad and it changes monthly.\n"
        "Coffee is in the left cabinet; the milk crates go back to the truck.\n"
        "\n"
        "4471#\n"
        "Bernadette\n",
        [],
    ),
    (
        "Subject: gala table sponsorship\n"
        "Table sponsor: Dr. Felix Amadi\n"
        "He called in his card for the $2,500 table. Number, as he read it:\n"
        "5572 4801 3691\n"
        "0560\n"
        "exp 07/29\n"
        "CVV 167\n"
        "Please run it and email the receipt to his office.\n"
        "Grants & Events\n"
        "Harbor Lights Literacy\n",
        [("CREDIT_CARD", "5572 4801 3691\n0560"), ("CVV", "167")],
    ),
    (
        "Subject: Re: Saturday crew\n"
        "> Does Dario have anything on his record that would keep him off the\n"
        "> school-grounds job?\n"
        "Not that I know of. His background check came back clear in April, no\n"
        "records found. Put him on it.\n"
        "Manny\n"
        "Greenway Landscaping\n",
        [],
    ),
    (
        "Subject: screening summary - unit 3B\n"
        "Applicant: Odalys Ferrer\n"
        "Score: 642\n"
        "Negative items:\n"
        "- Collection, Midvale Utility Services, $1,240, opened 2024\n"
        "- 60-day late payment, Brightline Auto Finance, March 2025\n"
        "Income meets 2.5x rent. I'd approve with the standard deposit.\n"
        "Howard\n"
        "Linden Court Housing Cooperative\n",
        [
            ("CREDIT_SCORE", "642"),
            ("CREDIT_REPORT", "Collection, Midvale Utility Services, $1,240, opened 2024"),
            ("CREDIT_REPORT", "60-day late payment, Brightline Auto Finance, March 2025"),
        ],
    ),
    (
        "Subject: household plan\n"
        "Hi Theo,\n"
        "Janelle Okafor upgraded to the household plan at the desk today.\n"
        "She wants her wife added as the second member. Her name is Corinne, same last\n"
        "name; she'll come in Saturday for her photo.\n"
        "Marisa\n"
        "Juniper Climbing Co-op\n",
        [("sexual_orientation", "")],
    ),
    (
        "Subject: Re: Marguerite\n"
        "> What did the report show for Marguerite Oduya?\n"
        "Score 597. One item:\n"
        "- charge-off, Cascade Furniture Credit, $2,310, 2023\n"
        "Nothing else negative. I'd still approve with a co-signer.\n"
        "Lin\n"
        "Fairhaven Apartments leasing\n",
        [
            ("CREDIT_SCORE", "597"),
            ("CREDIT_REPORT", "charge-off, Cascade Furniture Credit, $2,310, 2023"),
        ],
    ),
    (
        "Subject: garden gate\n"
        "Hi Ottilie,\n"
        "Your plot at the Alder Street Community Garden is ready.\n"
        "The gate combination, which we change every season:\n"
        "1942\n"
        "Compost bins are by the shed.\n"
        "Alder Street Garden Committee\n",
        [],
    ),
    (
        "Subject: for the year-end appeal\n"
        "Draft paragraph for the letter:\n"
        "\"Last winter a grandmother came to our door. We'll call her M.\n"
        "She had just finished chemo and couldn't stand in line at the pantry.\n"
        'Our drivers brought her groceries every week until spring."\n'
        "Details are changed to protect her privacy.\n"
        "Development team, Eastside Pantry\n",
        [],
    ),
    (
        "Subject: host family reimbursement\n"
        "Dear Mrs. Brandt,\n"
        "The stipend for Lukas's host family is being refunded to you, as agreed, since\n"
        "you paid the fall travel yourself.\n"
        "We will wire EUR 410 to the account you sent us:\n"
        "DE81 2556 9137 3228 8722 20\n"
        "Please tell us within a week if that is wrong.\n"
        "Corey\n"
        "Bridges Exchange Program\n",
        [("IBAN_CODE", "DE81 2556 9137 3228 8722 20")],
    ),
    (
        "Subject: Re: Tuesday\n"
        "Maria called. Chimney sweep again Tuesday, so the pantry boxes have to come off\n"
        "the back porch by 8.\n"
        "Bernadette\n",
        [],
    ),
    (
        "Subject: pantry registration\n"
        "Client: Babatunde Oyelaran\n"
        "He doesn't drive, so he brought his state card instead.\n"
        "ID type: NY non-driver ID\n"
        "ID no.\n"
        "973279787\n"
        "Household of three, Tuesday pickup.\n"
        "Nell\n"
        "Northside Food Shelf\n",
        [("US_STATE_ID", "973279787")],
    ),
    (
        "Subject: template - card activation letter\n"
        "Dear {first_name},\n"
        "Your new Harbor Federal debit card is on its way. Your PIN is XXXX and will\n"
        "arrive separately. Call (503) 555-0139 with questions.\n"
        "Template 14, Member Services (do not send without merge)\n",
        [],
    ),
    (
        "Subject: Re: payroll question\n"
        "> Hector asked whether the Local 412 info night is only for members.\n"
        "No, it's open to everyone in the shop. It's Tuesday at 6 at the Labor Temple,\n"
        "and they're bringing pizza.\n"
        "Dee\n"
        "Harlan Auto Body, office\n",
        [],
    ),
    (
        "Subject: Thursday off\n"
        "Hi Pat,\n"
        "Bogdan asked for Thursday off. He's the steward for the kitchen crew with\n"
        "Hospitality Workers Local 88, and they have a grievance hearing that afternoon.\n"
        "Can you cover his station?\n"
        "Ellie\n"
        "Copperline Bistro\n",
        [("trade_union_membership", "")],
    ),
    (
        "Subject: card received\n"
        "Authorization card received through the web form:\n"
        "Name\n"
        "Marisol Quintanilla\n"
        "Employer / shop\n"
        "Greenleaf Commercial Laundry, night shift\n"
        "Signature (typed)\n"
        "Marisol Quintanilla\n"
        "Date\n"
        "11/30/2026\n"
        "I'll add her to the Greenleaf list.\n"
        "Ren, Organizing Dept.\n"
        "Laundry & Linen Workers Local 77\n",
        [("trade_union_membership", "")],
    ),
    (
        "Subject: newsletter story\n"
        "Draft for the winter newsletter:\n"
        '"One of our crew leads, who asked us not to use his name, came to us after six\n'
        'years inside. This spring he trained eleven new hires."\n'
        "Photo: hands only.\n"
        "Greenway Landscaping\n",
        [],
    ),
    (
        "Subject: January talk\n"
        "Hi Priya,\n"
        "Thanks for asking about the carrier screening talk.\n"
        "Dr. Helena Strand will explain what GJB2 and CFTR results mean for families.\n"
        "It's open to the public, January 12 at 6 pm in the library annex.\n"
        "Northfield Family Health Collective\n",
        [],
    ),
    (
        "Subject: new client\n"
        "Booked: Thandiwe Mokoena, referred by Lakeshore Birth Center.\n"
        "Due March 14, second baby. She's hoping for a VBAC this time and wants a doula\n"
        "with her at the hospital from early labor.\n"
        "Consult is Thursday at 11.\n"
        "Ama\n"
        "Riverside Doula Collective\n",
        [("health", "")],
    ),
    (
        "Order 20522 - anniversary arrangement\n"
        "Deliver to: Gideon Farrow, 9 Birch Row\n"
        'Card message: "Twenty years. Still my favorite. - Lucia"\n'
        "Note from the caller: Lucia is his wife, and it's a surprise, so please don't\n"
        "ring ahead. If nobody answers, leave it on the porch bench.\n"
        "Petals & Stem, front counter\n",
        [],
    ),
    (
        "Subject: Lisbon group - missing passport number\n"
        "Hi Gabriel,\n"
        "Thanks for sending your details after the call. The airline needs everyone's\n"
        "passport number by Friday, and yours was the last one.\n"
        "I copied it from your email below; please check it against the booklet.\n"
        "(expires 2031)\n"
        "867346821\n"
        "Farrah\n"
        "Compass Rose Travel\n",
        [("US_PASSPORT", "867346821")],
    ),
    (
        "Subject: Your screening results\n"
        "Hi Priya,\n"
        "Your carrier screen from the November visit came back.\n"
        "You carry one copy of a GJB2 variant. That makes you a carrier; it does not\n"
        "affect your own hearing.\n"
        "We'll talk about whether to screen your partner at the January visit.\n"
        "Warmly,\n"
        "Helena Strand, Genetic Counselor\n"
        "Northfield Family Health Collective\n",
        [("genetic", "")],
    ),
    (
        "Subject: Pride climb night\n"
        "Hi all,\n"
        "Theo is running Pride climb night again on the 18th. It's open to everyone,\n"
        "members and guests, with a DJ and free shoe rental.\n"
        "Sign-up sheet is at the front desk.\n"
        "Juniper Climbing Co-op\n",
        [],
    ),
    (
        "Subject: your bank sign-in code\n"
        "Mr. Danforth,\n"
        "We set up your Ridgeline Federal online banking at tech help today, but the\n"
        "bank texted the sign-in code to the center phone instead of yours.\n"
        "It's good for ten minutes:\n"
        "477417\n"
        'Type it where the screen says "Verify it\'s you".\n'
        "Priscilla\n"
        "Oakmont Senior Center tech help\n",
        [("ACCESS_CODE", "477417")],
    ),
    (
        "Subject: Re: camp forms\n"
        "To: Tall Pines Day Camp\n"
        "> Does Owen still need the accommodations from his 504 plan, the movement\n"
        "> breaks and seating near his counselor?\n"
        "Yes, same as at school. I'll send the plan with his forms.\n"
        "Beth (Owen's mom)\n",
        [("health", "")],
    ),
    (
        "Subject: truck rental - Saturday\n"
        "Driver: Ottilie Brandvold\n"
        "License state: California\n"
        "License number\n"
        "B7110368\n"
        "Expires 04/2029\n"
        "We'll have the 16-foot box truck ready at 8.\n"
        "Sal\n"
        "Two Hands Moving\n",
        [("US_DRIVER_LICENSE", "B7110368")],
    ),
    (
        "Subject: applicant notes\n"
        "Applicant: Curtis Bellweather\n"
        "Position: warehouse crew lead\n"
        "Conviction history (self-disclosed on page 2):\n"
        "  2019 - burglary, second degree; served 3 years at Stonefield\n"
        "  off parole since August 2024\n"
        "Strong references from the reentry program.\n"
        "Jo\n"
        "Second Shift Staffing\n",
        [("criminal_history", "")],
    ),
    (
        "Subject: status for Friday\n"
        "Kenji Morrow - drug court review is Friday at 9.\n"
        "Three UAs negative since the last hearing, attending IOP Tue/Thu, and he's on\n"
        "Suboxone through the clinic.\n"
        "I'll bring the attendance sheet.\n"
        "Dara, Case Manager\n"
        "Open Door Recovery\n",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        "Subject: visit day\n"
        "Hi Keisha,\n"
        "A reminder about Saturday's family visit day.\n"
        "Your dad's unit at Pinecrest Correctional moved visits to 10 a.m., so the van\n"
        "leaves the center at 7:15. Bring the visitor form and your school ID.\n"
        "Ms. Ortega\n"
        "Bridges to Home Mentoring\n",
        [("criminal_history", "")],
    ),
    (
        "Subject: Thursday deliveries\n"
        "Hi Luz,\n"
        "Maria Ocampo called this morning. Chemo again Tuesday, so she won't be up for\n"
        "the door. Please leave her box with the neighbor in 2B; he knows the drill.\n"
        "Thanks,\n"
        "Bernadette\n"
        "Eastside Pantry Deliveries\n",
        [("health", "")],
    ),
    (
        "Subject: job posting - crew lead\n"
        "Second Shift Staffing is hiring a warehouse crew lead.\n"
        "We welcome applicants with conviction histories. If a background check comes\n"
        "back with a record, we look at it individually and you can explain it.\n"
        "Apply by December 20.\n",
        [],
    ),
    (
        "Subject: year-end numbers\n"
        "Board,\n"
        "This year we served 212 households. 41% identified as Hispanic or Latino,\n"
        "22% as Black, 18% as white and 7% as Asian; the rest declined to answer.\n"
        "The full table is attached.\n"
        "Northside Food Shelf\n",
        [],
    ),
    (
        "Subject: worksheet - Imbert\n"
        "Decedent: Harold Imbert\n"
        "Date of death: 12/04/2026\n"
        "Social Security number\n"
        "435-98-4435\n"
        "Race\n"
        "White\n"
        "Cause of death (per hospice): COPD\n"
        "Informant: Carol Imbert (daughter)\n"
        "Brookside Funeral Chapel\n",
        [("US_SSN", "435-98-4435"), ("racial_ethnic_origin", ""), ("health", "")],
    ),
    (
        "Subject: Re: rescore\n"
        "> On Benedikt Auer's file: his middle score on the last tri-merge was 701.\n"
        "> Anything change after the rescore?\n"
        "Still the same. The paid-off card hasn't reported yet; I'll check Friday.\n"
        "Wes\n"
        "Hartwell Mortgage Partners\n",
        [("CREDIT_SCORE", "701")],
    ),
    (
        "Subject: Re: afternoon sessions\n"
        "Hi Ayo,\n"
        "Ms. Petrakis wrote back about the schedule.\n"
        "Her son started Vyvanse last week, so she expects him to be less hungry at\n"
        "snack and maybe a bit flat by four. She asked us to note anything we see.\n"
        "Dana\n"
        "Brightside After-School Tutoring\n",
        [("health", "")],
    ),
    (
        "Subject: Registration refund\n"
        "Hi Tomasz,\n"
        "The board approved the refund for your son's spring registration ($185).\n"
        "Before I send it, please check the details you gave us on Friday.\n"
        "Bank: Cedar Valley Credit Union\n"
        "Routing number (first box on the form):\n"
        "\n"
        "718110237\n"
        "\n"
        "Account number:\n"
        "57433491944\n"
        "If anything is off, reply before Wednesday.\n"
        "Jess Amundsen, Treasurer\n"
        "Riverbend Youth Soccer\n",
        [("ABA_ROUTING_NUMBER", "718110237"), ("US_BANK_NUMBER", "57433491944")],
    ),
    (
        "Subject: handoff template\n"
        "Here's the blank handoff sheet for new caregivers:\n"
        "Client: ____________\n"
        "Meds to set out:\n"
        "- ____________ , time: ____\n"
        "- ____________ , time: ____\n"
        "Door / entry notes: ____________\n"
        "Fill one in per client and keep it in the binder.\n"
        "Kofi, Scheduling\n"
        "Brightwell Home Care\n",
        [],
    ),
    (
        "Subject: Voicemail for Mrs. Castellanos\n"
        "Answering service transcript, Bright Days Adult Day Center, 12/07 4:12 pm\n"
        "Caller: automated message, Harbor Federal Credit Union\n"
        '"This is Harbor Federal with a message for Ines Castellanos. Your one-time\n'
        'passcode is zero seven one five zero six. Do not share this code."\n'
        "Front desk: left a copy of this in her cubby.\n",
        [("ACCESS_CODE", "zero seven one five zero six")],
    ),
    (
        "Subject: your order shipped\n"
        "Hi Nadia,\n"
        "Your dad's order from Willow Creek Pharmacy has shipped in a plain box.\n"
        "Tracking number (Parcelwing):\n"
        "4275432173891041\n"
        "Someone 18 or older will need to sign for it.\n"
        "Willow Creek Pharmacy\n",
        [],
    ),
    (
        "Subject: Re: Saturday lunch\n"
        "> Is the Menon party still the vegetarian thali menu for 24?\n"
        "Same as before. Rahul just asked for extra mango lassi and a cake at 2.\n"
        "Anjali, Front of House\n"
        "Tamarind Table\n",
        [],
    ),
    (
        "Subject: update from Rosa\n"
        "Hi team,\n"
        "Rosa Villanueva called the helpline yesterday.\n"
        "Her panel came back: BRCA1 pathogenic variant. She's meeting the surgeon in\n"
        "January about a preventive mastectomy and wants to talk to a peer mentor first.\n"
        "Can someone who went through the same thing call her?\n"
        "Grace\n"
        "Pink Ribbon Circle volunteer line\n",
        [("genetic", ""), ("health", "")],
    ),
    (
        "Subject: refund for cancelled workshop\n"
        "Dear Ms. Pemberton,\n"
        "We're sorry the pottery intensive was cancelled. Your refund of GBP 220 is on\n"
        "its way, to the account you gave at booking:\n"
        "GB64 NWBK 2395 1721 8533 04\n"
        "Please allow 3 to 5 working days.\n"
        "Hollow Kiln Studio\n",
        [("IBAN_CODE", "GB64 NWBK 2395 1721 8533 04")],
    ),
    (
        "Subject: Re: rehearsal dinner\n"
        "Hi Corinna,\n"
        "Deborah Lindqvist confirmed the menu for the rehearsal dinner: the salmon, the\n"
        "mushroom risotto and the lemon tart. She'll pay at the tasting.\n"
        "For the rentals company, use this order number:\n"
        "079551062643\n"
        "Pim\n"
        "Ovenbird Catering\n",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_81, "hard81", Path(__file__).with_name("hard-81.jsonl")))
