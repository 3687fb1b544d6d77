"""Hard set 75 (2026-12-07): category and identifier words inside proper names and phrases.

Written blind. The author read only: this set's prompt (/tmp/mg/set75/prompt.txt, with cat
as the first command) and brief (/tmp/mg/set75/brief.txt), the labelling conventions
(/tmp/mg/set75/conventions.txt), the privacy policy (/work/shared/policy/privacy-policy.txt,
all of it; Section 9 defines Sensitive Data), tests/data/sensitive/independent_sets.py (record
format and checks), scanner/categories.py (category names) and the output of
`grep -n "line-length" pyproject.toml`. Nothing else in the repository or under /tmp/mg was
read or listed; the detector, its rules and the other test sets were not seen. Commands run:
the cats and the grep above; grep -c and awk on conventions.txt (to check it for backslashes,
triple quotes and long lines before copying it here); mkdir of /tmp/hard75_gen and throwaway
Python scripts there (generation, assembly of this file, and a self-check of this module's
own text for unlabelled Luhn-, ABA- or SSA-valid numbers), sed and awk on those scripts and
on this file; `python -m tests.data.sensitive.hard_75`; ruff format and ruff check on this
file; git add, git commit and git rev-parse. The scanner, make and pytest were not run.
Slips: none known.

Identifiers: card numbers (Luhn-valid, Visa/Mastercard/Amex/Discover prefixes), SSNs (SSA
rules), ITINs (valid groups), ABA routing numbers (valid prefix and checksum), account
numbers, IBANs (mod-97 computed for random German and Dutch BBANs), passport, driving-licence
and state-ID numbers in plausible formats, PINs, one-time codes, CVVs, credit scores, the
API keys and most decoy numbers (Luhn-failing member number, ABA-failing DUNS, a tracking
number, EINs) were drawn with Python's random module under fixed seeds (75075, 75076) in
/tmp/hard75_gen/; last fours were cut from generated values; none is a published test
number and none is a trivial sequence. Passwords, security answers, the APN (picked with an
area over 899 so it fails SSA rules), invoice, permit, case and reference numbers were
invented by hand. Phone numbers use 555-01xx; people and organisations are invented (well-known
organisation names such as Catholic Charities or Planned Parenthood are used only as
generic local agency names, as the brief asks).

Theme: words a detector may key on (Mercy, Hope, Grace, Faith, Justice, Christian, Angel,
Sterling, Pride, Union, Temple, Calvary, Liberty, Black Friday, Sober October, Ramadan Nights,
PIN pad, Social Security Office, License to Grill, HIV Program Coordinator, Chaplain, Union
Steward) appear inside names of people, organisations, places, products, events and job
titles. Decoys (40) disclose nothing under the conventions; positives (60) use the same kinds
of names but disclose something about an identifiable person, often beside look-alike
numbers (suite, PO box, EIN, invoice, permit, tax-exemption, DUNS, APN, serial numbers).

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
- Words inside proper names carry no category and no identifier: people named Grace, Hope,
  Faith, Mercy, Justice, Christian, Angel or Sterling; Mercy Hospital as an employer or
  sponsor; Union Street, Temple Avenue, Calvary Road, Liberty Park, St. Mary's parking lot;
  the Labor Temple; Pride bicycles, a "Pride" kiosk colour theme, the Pride Ride; a Black
  Friday sale; License to Grill; the Union of Rural Health Clinics; the Criminal Justice
  Reform Coalition; Positive Pathways; Hope Recovery Cafe named as a beneficiary.
- A named client receiving help from an agency whose name carries a faith (Jewish Family
  Service rent assistance, a St. Vincent de Paul furniture voucher, Catholic Charities
  immigration services, Lutheran Social Services resettlement or foster-care payments) is
  not thereby religious_belief, and volunteers staffing a Catholic Charities pantry disclose
  no faith. Guests picking up mail at a Union Gospel Mission shelter disclose nothing;
  referral to its addiction recovery program is health.
- Taking part in Sober October (a month's fundraising pledge to skip alcohol) is not health;
  a participant who writes she is 14 months sober through AA is health.
- A vendor list for a Ramadan night market discloses no one's faith; a vendor who writes that
  she is fasting and prays tarawih every night at a named masjid states religious practice:
  religious_belief. A family keeping kosher and lighting Shabbat candles (in a home-care
  note) is religious practice. A Catholic patient asking for the Anointing of the Sick and a
  child preparing for First Communion are religious practice.
- Nonpartisan voter-registration shift leads for an NAACP branch disclose no
  political_opinion (no candidate, party or committee), and a gift to a criminal-justice
  reform nonprofit's court-watch program is not a contribution to a candidate, party or
  committee: not political_opinion. Candidates' parties at a public forum are public
  figures' public positions. A scholarship form's stated race is racial_ethnic_origin and its
  "Church home: member of ..." line is religious_belief.
- Volunteering for a Pride Center or riding sweep on a Pride Ride discloses no sexual
  orientation; a volunteer's emergency contact given as "your wife" (a woman) is a same-sex
  spouse: sexual_orientation.
- A Zoom meeting passcode and a conference-bridge access code open a meeting, not an
  account; a cash-box safe combination and a storage-cage combination open no account: none
  is labelled. A member-portal or credit-union sign-in code is ACCESS_CODE.
- A science-centre membership card number, a DUNS number, an APN, a merchant ID, terminal
  serials, a WA UBI, an EFIN, a Zoom meeting ID, a booking number and tracking numbers are
  unlabelled identifiers. A "Stripe account" ID and a Twilio Account SID are not API_KEY;
  the Twilio auth token, the Stripe secret key and a SendGrid API key are.
- A HOPWA approval sent by an "HIV Program Coordinator" is health because of the HOPWA
  approval, not the job title; the job posting for that title is not labelled.
- A clean volunteer background check with "fingerprints were checked" stays unlabelled; a
  time clock's finger-scan match scores for named staff and a selfie-to-ID face match score
  for a named applicant are biometric; firmware release notes with lab error rates are not.
- A hereditary hemochromatosis result (two HFE C282Y copies) with a high ferritin and weekly
  phlebotomy is genetic and health; an MLH1 pathogenic variant with only "we will discuss
  screening options" is genetic only; an AncestryDNA estimate is genetic and
  racial_ethnic_origin.
- A juvenile-court adjudication with a disposition placement and a probation officer is
  criminal_history; an eviction (unlawful detainer) hearing reminder is civil: not labelled.
- An EEO form filled in for a named hire ("Hispanic or Latino", "American Indian or Alaska
  Native (Quechua)") is racial_ethnic_origin; the blank template of that form is not.
- A credit counselor's notes quoting a client's score and the adverse items on the client's
  report label the score CREDIT_SCORE and each item CREDIT_REPORT on its whole line after the
  dash bullet; a workshop naming score ranges (580, 670) and "a collection or a charge-off"
  in general is not labelled. Two applicants' middle scores in a Habitat pre-qualification
  letter are each CREDIT_SCORE.
- A Texas driver licence and a Mexican passport in a VITA ID check are US_DRIVER_LICENSE and
  US_PASSPORT beside the ITIN; a California licence on a poll-worker application is
  US_DRIVER_LICENSE; an Illinois state ID card on a shelter intake is US_STATE_ID; a Navajo
  Nation ID card is US_STATE_ID with the enrolment as racial_ethnic_origin.
- A memorial bench in memory of a named mother, with no cause of death, discloses nothing.
- The obituary draft's "born in Stavanger, Norway" is country of birth: not labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_75: list[Case] = [
    (
        """Subject: Saturday distribution - St. Mary's parking lot, shift list

Hi all,

Catholic Charities of the Willamette Valley is running the mobile pantry from St. Mary's
parking lot again this Saturday (Oct 12). Trucks arrive at 7:30.

Shift leads:
- 7:30-9:30   Grace Ferreira (unloading)
- 9:30-11:30  Christian Navarro (intake table)
- 11:30-1:00  Hope Delacroix (breakdown)

Please park on Union Street, not in the lot, so clients can pull through. The parish hall
restrooms will be open; the guest Wi-Fi is StMarysGuest / loaves2fishes.

Pantry permit on file with the city: FD-2024-0917. Our EIN for the donation letters is
72-4785219.

Thanks,
Tomasz Wielgosz
Volunteer Coordinator, Catholic Charities
(503) 555-0142""",
        [],
    ),
    (
        """Subject: Intake docs - Hernandez Coc, appointment moved

Hola Lucia,

Your appointment with the immigration legal services team at Catholic Charities moved to
Thursday 10/17 at 2:00, Suite 410 (same building, the elevator by the chapel).

We copied these from what you brought last week, so you don't need to bring the originals
again:
  Pasaporte (Guatemala): A43624674
  ITIN: 912-60-2524
  Our case reference: CC-IMM-24-0688 (ours, not USCIS)

If you still have the letter from the consulate, please bring that.

Saludos,
Marisela Ortega, DOJ Accredited Representative
Catholic Charities Immigration Legal Services
1420 Temple Avenue, Suite 410 | (503) 555-0177""",
        [("US_PASSPORT", "A43624674"), ("US_ITIN", "912-60-2524")],
    ),
    (
        """Subject: Job posting: HIV Program Coordinator (req. 24-117)

Please share with your networks.

Positive Pathways Community Health is hiring an HIV Program Coordinator (1.0 FTE,
$58,000-$64,000). The coordinator runs our HOPWA housing subsidy and Ryan White case
management programs, supervises two peer navigators, and reports to the Director of
Prevention Services.

Requirements: two years in case management; familiarity with PrEP and PEP referral
pathways. Lived experience is welcome but never required or asked about.

Apply by November 1 at positivepathways.example.org/jobs, requisition 24-117.

Equal opportunity employer. We do not ask applicants about HIV status, religion or criminal
history before an offer.

HR, Positive Pathways
PO Box 4417, Tacoma WA 98401""",
        [],
    ),
    (
        """Subject: Re: housing subsidy - good news

Hi Desmond,

Your HOPWA short-term rent assistance was approved this morning: $1,140 a month for November
and December, paid straight to Alder Court Apartments (our vendor no. 55817). You don't need
to do anything else until the recertification in January.

Bring your lease and the last clinic letter to that meeting; we'll also update your
emergency contact then.

Take care,
Renata Bassi
HIV Program Coordinator, Positive Pathways Community Health
(253) 555-0163""",
        [("health", "")],
    ),
    (
        """Subject: Diabetes Walk 2026 - sponsor invoices sent

Team,

Invoices went out today for the Riverfront Diabetes Walk sponsors. Amounts and status:

  Sterling Hardware ........... Gold        $2,500   INV-26-0311  paid (check 4418)
  Mercy Hospital .............. Presenting  $10,000  INV-26-0312  net 30
  Grace & Hope Florists ....... Bronze      $500     INV-26-0313  paid by card
  Union Street Credit Union ... Silver      $1,000   INV-26-0314  pending

Logo files are due to the printer by the 20th for the banner at Liberty Park.
Tax-exempt number for the sponsor letters: EIN 91-3585271.

Jolene Park
Events, Valley Diabetes Association""",
        [],
    ),
    (
        """Subject: Team Lily's Lanterns - walk day details

Hi everyone!

Thank you for joining Team Lily's Lanterns for the Riverfront Diabetes Walk on Saturday.
For anyone new: Lily was diagnosed with type 1 diabetes in March, right after her seventh
birthday, and she now wears a Dexcom and an Omnipod like a champ.

Team ID: 40887. Bibs are numbered 3311-3324; pick yours up at the Liberty Park tent.

Lily wants everyone in blue.

Love,
Annika (Lily's mom)
(360) 555-0129""",
        [("health", "")],
    ),
    (
        """Subject: Your service ticket #S-20417 - Pride Rover 7

Hi Justice,

Your Pride Rover 7 (frame serial PR7-0B2291-K) is checked in for the fall tune-up. We'll
true both wheels, replace the rear brake pads and bleed the hydraulics. Estimate: $145 parts
and labor, ready Thursday after 3.

We'll text (971) 555-0118 when it's done. Pay at pickup; we take cards, cash or Venmo.

Spoke & Sprocket, 88 Calvary Road
"Ride with Pride" - a proud Pride Bicycles dealer since 2015""",
        [],
    ),
    (
        """Subject: Order 7731 - two Pride Cruiser 3s, payment didn't go through

Hi Daniel,

The matching pair of Pride Cruiser 3s for you and your husband Marco are built and waiting,
but the card on the order was declined by the processor (expiry mismatch). You emailed us
the card this morning:

  4527 5405 6800 8172, exp 09/28, security code 782

I re-ran it and it went through, so no need to call. Please don't email card numbers again,
though - the phone line is safer.

The anniversary engraving on the head badges ("D + M, ten years") is included.

Spoke & Sprocket
88 Calvary Road | (971) 555-0118""",
        [
            ("CREDIT_CARD", "4527 5405 6800 8172"),
            ("CVV", "782"),
            ("sexual_orientation", ""),
        ],
    ),
    (
        """Subject: Sober October leaderboard - week 2

Hi Sober October team,

We're halfway! $4,860 raised for Hope Recovery Cafe's community kitchen so far.

Top fundraisers:
  1. Mercy Oyelaran - $910
  2. Angel Castaneda - $745
  3. The Sterling family - $600

Reminder: Sober October is a pledge to skip alcohol for one month to raise money. Nobody has
to share why they're taking part, and we never ask.

Mocktail night is Friday at the cafe, 212 Union Street. Bring a friend.

Cheers,
Bea Lindgren
Development, Hope Recovery Cafe""",
        [],
    ),
    (
        """Subject: Re: Sober October leaderboard - week 2

Bea,

Put me down for another $100. Funny thing: Sober October isn't really a challenge for me
anymore. I hit 14 months sober through AA last week, and the cafe's Tuesday recovery circle
is a big part of why. Say so on the leaderboard if you like, I'm not shy about it.

Mercy""",
        [("health", "")],
    ),
    (
        """Subject: Black Friday at the Mission thrift stores - 50% off everything

Friends,

Union Gospel Mission Thrift is doing Black Friday right: 50% off everything on Friday 11/28,
doors open at 7 a.m. at both stores.

Use code BLKFRI50 online. Every purchase funds hot meals and beds at the Mission.

Stores: 3015 Temple Avenue | 770 Calvary Road
Union Gospel Mission is a 501(c)(3), EIN 74-4720018.

Unsubscribe anytime.""",
        [],
    ),
    (
        """Subject: Black Friday match - pledge by phone (Sterling)

Hi Noor,

Sterling Whitcomb called during the Black Friday match and pledged $2,000. He read his card
out and asked us to run it tonight:

  Amex 3708 595117 92773
  CID 7849, exp 03/29
  Billing zip 97214

Please enter it in the batch and then delete this message. He'd like the acknowledgement to
go to his office, Suite 1200, 400 Liberty Street.

Thanks!
Cass
Annual Fund, Union Gospel Mission""",
        [("CREDIT_CARD", "3708 595117 92773"), ("CVV", "7849")],
    ),
    (
        """Subject: Ramadan Nights Market - final vendor list and booth map

Salaam all,

Here's the final list for Ramadan Nights at Liberty Park (Fridays and Saturdays, 8 p.m. to
midnight, March 6-28). Permit numbers are the city's temporary event permits.

  Booth 1  Noor's Kitchen (samosas, haleem)   permit TE-26-1147
  Booth 2  Faith & Fern Henna                 permit TE-26-1148
  Booth 3  Sterling Date Co.                  permit TE-26-1152
  Booth 4  Grace Abaya Boutique               permit TE-26-1153
  Booth 5  Angel's Kunafa Cart                permit TE-26-1160

Load-in from the Union Street gate only. Generators must stay 20 ft from the prayer tent.
Booth fees were due March 1; receipts came from market@ramadannights.example.org.

JazakAllah khair,
Imran Siddiqui, Market Coordinator""",
        [],
    ),
    (
        """Subject: Re: Ramadan Nights - booth 5 hours and my refund

Hi Imran,

Two things. I'm fasting this year and I pray tarawih at Masjid Al-Noor every night, so I
can't open Angel's Kunafa Cart before 10:15. Can I take the later slot?

Also the double booth-fee charge: please refund it to the same account I paid from.
  Routing 091782214
  Account 592674882

Thank you,
Angel Haddad""",
        [
            ("religious_belief", ""),
            ("ABA_ROUTING_NUMBER", "091782214"),
            ("US_BANK_NUMBER", "592674882"),
        ],
    ),
    (
        """Subject: Action needed: PIN pad upgrade at your thrift store terminals

Dear Merchant,

Cascade Community Bank is replacing all PIN pads with new tap-enabled units before January
31. Our records show two devices at Hope Thrift (Merchant ID 8284108):

  Terminal 1 - serial 281-647-903
  Terminal 2 - serial 281-650-118

A technician will call (541) 555-0152 to schedule. Your PIN pads keep working until the
swap. No cardholder PINs or card data are stored on the old units, and we will never ask
you for them.

Merchant Services, Cascade Community Bank""",
        [],
    ),
    (
        """Subject: Errands for Mrs. Okafor - Tuesday

Hi Jess,

The PIN pad at the Union Street branch was down again, so I couldn't get Mrs. Okafor's cash
for the week. Tomorrow can you try the ATM by the Safeway instead? Her debit card is in the
blue envelope in her kitchen drawer; she asked me to write the PIN down for you: 6298.

The lockbox on the back door is still 1047.

She also wants her metformin refill picked up from the Rite Aid on Temple Avenue - it's
ready.

Thanks,
Odile
Caregiver, Helping Hands Home Care""",
        [("PIN", "6298"), ("health", "")],
    ),
    (
        """Subject: Medicare & Social Security Q&A - Oct 22

Hi neighbors,

Our free benefits Q&A is Tuesday, Oct 22, 10 to noon, in the Grace Lutheran fellowship
hall. A staff member from the Social Security Office at 1900 Temple Avenue, Suite 150 will
answer general questions about retirement and survivor benefits.

Please do NOT bring your Social Security card or any documents - this is a general session,
and nobody will look up individual records.

For a one-on-one appointment, call the Social Security Office directly at (800) 555-0131.

Warmly,
Lutheran Senior Connections""",
        [],
    ),
    (
        """Subject: SSDI appointment for Ruth - what to bring

Hi Carmen,

Ruth's SSDI interview is at the Social Security Office, 1900 Temple Avenue, Suite 150, on
Nov 4 at 9:40. I filled in the SSA-3368 draft with what we have:

  Name: Ruth A. Sandoval
  SSN: 205-80-1041
  Condition: relapsing-remitting multiple sclerosis, dx 2019; on Ocrevus since 2022
  Neurologist: Dr. Patel, Mercy Hospital neurology

Please double-check the SSN against her card before Monday; the last form bounced because
a digit was off.

Marcus Tran
Benefits Navigator, Disability Rights Outreach""",
        [("US_SSN", "205-80-1041"), ("health", "")],
    ),
    (
        """Subject: License to Grill 2026 - team check-in

Pitmasters,

Welcome to the 6th annual License to Grill BBQ cook-off for the Justice Street Food Bank!
Check-in is Saturday at 6 a.m. in St. Mary's parking lot.

Your team number is on your apron. Temporary food permit: TFP-26-0419 (one permit for the
event, covers all teams).

Bring a photo ID to the wristband table - we just look, we don't copy anything.

Judging: chicken 12:00, ribs 1:00, brisket 2:00. People's choice ballots are $5.
Questions: Hope at (509) 555-0184.

See you at the pits!""",
        [],
    ),
    (
        """Subject: Van for License to Grill - driver details for the rental

Hi Priya,

For the U-Haul we need for License to Grill (hauling the smokers from Calvary Road to
St. Mary's lot), I'll be the named driver. Here's what they asked for:

  Driver: Christian Aldana
  WA driver license: WDLHMWXDDIHU, exp 2029
  DOB: 04/11/1988

Reservation # 24-UH-0731. Pickup Friday at 4 p.m.

Thanks,
Christian""",
        [("US_DRIVER_LICENSE", "WDLHMWXDDIHU")],
    ),
    (
        """Subject: Steward training - Saturdays in November at the Union Street hall

Brothers, sisters and siblings,

New and returning stewards: the Local 503 education committee is running Union Steward
training on November 8 and 15, 9 to 3, at the hall, 1120 Union Street.

Topics:
- Weingarten rights
- grievance writing and timelines
- duty of fair representation
- the new contract's overtime article

Lunch provided. Childcare on request by November 1.

In solidarity,
Education Committee, AFSCME Local 503""",
        [],
    ),
    (
        """Subject: Welcome to Local 2231 - Faith, your card is in

Hi Faith,

Your membership and dues-checkoff card came through on Tuesday, so you're officially a
member of SEIU Local 2231 as of October 1. Dues start on your second October paycheck from
Mercy Hospital.

Your union steward on 4 West is Justice Amankwah; she'll bring your contract book to your
next shift.

For our records we copied the last 4 of your SSN from the card: 3360.

Welcome aboard,
Dolores Kim
Member Organizer, SEIU Local 2231
(206) 555-0175""",
        [("trade_union_membership", ""), ("US_SSN", "3360")],
    ),
    (
        """Subject: Spiritual Care - chaplain office hours this week

Staff and volunteers,

Chaplain's office hours (2nd floor, room 214, next to the interfaith chapel):
  Mon-Wed 9-12: Chaplain Grace Mbeki
  Thu-Fri 1-4:  Rev. Christian Lund

Chaplains serve patients, families and staff of every faith and of none. The chapel is open
24 hours; prayer rugs and a qibla marker are in the cabinet.

To request a visit for a patient, page 4417 or enter a Spiritual Care consult in Epic.

Mercy Hospital Spiritual Care""",
        [],
    ),
    (
        """Subject: Consult follow-up - Mr. Fitzgerald, 5 North

Hi Father Tom,

I saw Declan Fitzgerald in 5N-12 this afternoon. He's a lifelong parishioner at St. Mary's
on Calvary Road, and with his heart failure getting worse he asked for the Anointing of the
Sick and Communion before Friday's valve procedure. Could you come by tomorrow after 10?

His daughter Maeve will be there.

Chaplain Grace Mbeki
Mercy Hospital Spiritual Care, pager 4417""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Your first day at Mercy Hospital - orientation Monday

Hi Faith,

Welcome to Mercy Hospital! Your orientation as a Patient Access Representative starts
Monday at 7:45 a.m. in the Calvary Building, Conference Room B.

Please bring, for the I-9: either a passport, or a driver's license together with your
Social Security card. HR will look at the originals; please don't email copies.

Your badge photo is at 10:30; parking permit 26-0845 will be printed on your badge.
Employee ID assigned: 600912.

Lunch is on us.

Talent Acquisition, Mercy Hospital""",
        [],
    ),
    (
        """Subject: FMLA approved - intermittent leave

Hi Sterling,

Your intermittent FMLA leave is approved from 10/14 through 4/14 to cover chemotherapy for
your Hodgkin lymphoma at the Mercy Hospital cancer center: every third Wednesday plus the day
after. Your manager sees only the dates, not the reason.

Code the days as FMLA-I in Kronos.

Leave Administration, Mercy Hospital HR
Case number LA-24-3309""",
        [("health", "")],
    ),
    (
        """Subject: Rent assistance approved - check mailed to your landlord

Dear Mr. Halpern,

Jewish Family Service approved your emergency rent assistance request. We mailed check no.
20871 for $950 to Temple Avenue Properties LLC on Monday for your November rent (Unit 3C).

JFS serves every family in the county regardless of faith; you don't need to do anything
else. If your landlord hasn't received it by the 8th, call me.

Shira Katz, Emergency Financial Assistance
Jewish Family Service | (612) 555-0196""",
        [],
    ),
    (
        """Subject: Home visit note - Mrs. Adler

Team,

Visited Miriam Adler at home today. Her Parkinson's has progressed since spring; the tremor
is worse in the mornings and she is now on carbidopa-levodopa four times a day. She wants
to stay home.

She keeps kosher and lights Shabbat candles every Friday, so please make sure her meal
delivery comes from the kosher kitchen and the aide leaves before sundown on Fridays.

Next steps: OT referral, grab bars, a medication timer.

Noa Berman, LCSW
Jewish Family Service, Older Adult Services""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Airport pickup Thursday - family of five arriving from Kabul via Doha

Volunteers,

Lutheran Social Services has a family of five arriving Thursday on QR 725 / AS 1022,
landing at 9:52 p.m. We need two drivers with minivans and one person to hold the welcome
sign at baggage claim.

The apartment on Calvary Road is furnished; please drop groceries by Wednesday (rice, oil,
tea, fruit, bread).

Case number for mileage reimbursement: LSS-R-26-0412.

Thanks for showing up, again.
Kristin Aas, Volunteer Coordinator, Lutheran Social Services""",
        [],
    ),
    (
        """Subject: Welcome stipend deposit - Rahimi family

Hi Zahra,

The welcome stipend for your family ($1,225 a month for three months) will be deposited on
the 1st. Please confirm this is the right account:

  Bank: Union Street Credit Union
  Routing: 325187608
  Account: 1127312698

For Saturday's community orientation, Hamid from our staff will be at the table. He is
Hazara like your family and speaks Hazaragi, so you can ask him anything.

Kristin Aas
Lutheran Social Services""",
        [
            ("ABA_ROUTING_NUMBER", "325187608"),
            ("US_BANK_NUMBER", "1127312698"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        """Subject: NAACP Branch 1147 - National Voter Registration Day at Liberty Park

Hi volunteers,

Branch 1147's nonpartisan registration table is at Liberty Park on Tuesday, 10 to 6. We
register anyone eligible, we don't endorse candidates or parties, and we never ask how
anyone will vote.

Shift leads: Justice Harmon (10-2) and Grace Okoye (2-6).

Clipboards and forms are in the branch office, Suite 12, 509 Union Street. Remember: never
fill in any part of a form for a voter, and never take a completed form home.

Thank you,
Rev. Loretta Pryor, Branch Secretary""",
        [],
    ),
    (
        """Subject: New submission: 2026 Freedom Fund Scholarship

Form: Freedom Fund Scholarship (NAACP Branch 1147)
Submitted: 03/02/2026 21:14
Applicant name: Justice T. Whitfield
High school: Liberty High School, class of 2026
Race/ethnicity (optional): Black or African American
Church home: member of Bethel AME Church, youth usher board
Intended major: civil engineering
GPA: 3.71
Recommender: Mr. Coleman (AP Physics)
Essay: attached (whitfield_essay.pdf)""",
        [("racial_ethnic_origin", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Parking and security changes at 2200 Liberty Ave

Tenants,

Starting Monday, the garage entrance moves to the Temple Avenue side. New permits (numbered
PK-3101 to PK-3188) are at the front desk; Suite 400 (Sterling Legal) and Suite 210
(Planned Parenthood Southeast health center) already have their allotment.

Security will staff the lobby desk 7 a.m. to 7 p.m. Planned Parenthood's own escorts will
continue to meet their patients at the curb on Saturdays.

Building Management, Liberty Square Properties""",
        [],
    ),
    (
        """Subject: Your visit is confirmed - Planned Parenthood Southeast

Hi Keisha,

You're confirmed for your IUD removal and replacement (Mirena) on Thursday, Oct 23 at
1:20 p.m., Suite 210, 2200 Liberty Ave. Park on the Temple Avenue side.

To fill in your health history before the visit, sign in to the patient portal with the
one-time code 512385 (expires in 24 hours).

Text STOP to opt out.
Planned Parenthood Southeast""",
        [("health", ""), ("ACCESS_CODE", "512385")],
    ),
    (
        """Subject: Mail call - front desk

Staff,

Mail is waiting at the men's front desk for:
  Angel Ruiz - 2 letters (one from the DMV)
  Christian Boateng - package, tracking 9400 0313 0492 4602 1523 58
  Deshawn Sterling - letter from the Social Security Administration

Guests need a photo ID or their Mission ID card to pick up. Anything unclaimed after 30 days
goes back to the sender.

Front Desk, Union Gospel Mission, 311 Calvary Road""",
        [],
    ),
    (
        """Subject: Referral - Tomas into the New Life program

Hi Pastor Reyes,

I'd like to refer Tomas Delgado to Union Gospel Mission's New Life addiction recovery
program. He finished detox at Mercy Hospital on Friday (alcohol and meth) and got out of the
county jail on the 3rd after 60 days on a possession charge. His probation officer, Ms.
Lyle, supports residential treatment as a condition.

He can start any day this week. Intake packet attached.

Ana Whitley, Reentry Case Manager
Second Chance Alliance | (509) 555-0170""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """Subject: Your membership at Hope Recovery Cafe

Hi Marcus,

Congratulations on your 90-day chip last night - the whole recovery circle was cheering.
Your sponsor Dale asked me to make sure you know the members-only Tuesday group is yours
now too.

Your $10 monthly membership is set up on the Visa ending 2085. Receipt no. HRC-24-0931.

See you Tuesday,
Bea""",
        [("health", ""), ("CREDIT_CARD_LAST_DIGITS", "2085")],
    ),
    (
        """Subject: We've moved! New address on Temple Avenue

Dear partners,

As of November 1, Calvary Road Legal Aid (no relation to the church up the road) is at
410 Temple Avenue, Suite 3B, Fresno CA 93721. Our mailing address stays PO Box 11870.

New main line: (559) 555-0108. Fax: (559) 555-0109.

Our EIN (68-7671781) is unchanged, so no new W-9 is needed. The clerk's office still has us
as counsel of record on all open docket numbers.

Thank you,
Bettina Osei, Office Manager""",
        [],
    ),
    (
        """Subject: Your 5787 membership renewal - Temple Beth El

Dear Ruth and Aaron,

Thank you for renewing your family membership at Temple Beth El for 5787. Your dues of
$2,400 will be charged in 10 installments to the Mastercard ending in 9617, starting
September 1.

Your High Holy Day seats (Section C, row 4) and Noah's bar mitzvah date (May 22) are
confirmed.

Temple Beth El, 1800 Temple Avenue
Office: (414) 555-0187""",
        [("religious_belief", ""), ("CREDIT_CARD_LAST_DIGITS", "9617")],
    ),
    (
        """Subject: Front desk coverage while Justice is out

Hi team,

Justice is out from the 14th to the 18th (a long-planned trip to see her grandkids).
Coverage:
  Mon: Grace   Tue: Mercy   Wed: Angel   Thu: Christian   Fri: Hope

Faith is running the criminal justice reform panel on Thursday night in the community room;
she needs two people to set out chairs and the Black History Month display boards that are
still in storage. Sterling has the keys to the storage cage (combination 4-1-7, please don't
tell the whole building).

Thanks,
Nadia""",
        [],
    ),
    (
        """Subject: Justice's start date - Second Chance Thrift

Hi Leah,

Justice Okonjo starts at Second Chance Thrift on Calvary Road on Monday at 8 a.m. He's on
parole until next August after his release from Coyote Ridge, so please schedule him off
on the first Tuesday afternoon of each month for his PO check-in.

He'll need a locker and an apron. The W-4 and I-9 are done; he showed his state ID.

Thanks,
Reggie Dunn, Reentry Employment Program""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Session notes - Angel M., first credit counseling visit

Hi Angel,

Thanks for coming in to Liberty Financial Coaching today. As promised, here is what we saw
on your TransUnion report.

Score today: 560

Items hurting it:
- Collection: Sterling Wireless account, $412, placed 2024 with Apex Recovery
- Charge-off: Union Street Credit Union Visa, $3,480, 2023
- 60-day late payment on the Honda auto loan, June 2025

Plan: dispute the wireless bill (you returned the phone), keep the car loan current, and
open a $500 secured card.

Next appointment: Nov 12 at 4:00.

Juan Pablo Ferreira, HUD-certified housing counselor""",
        [
            ("CREDIT_SCORE", "560"),
            (
                "CREDIT_REPORT",
                "Collection: Sterling Wireless account, $412, placed 2024 with Apex Recovery",
            ),
            ("CREDIT_REPORT", "Charge-off: Union Street Credit Union Visa, $3,480, 2023"),
            ("CREDIT_REPORT", "60-day late payment on the Honda auto loan, June 2025"),
        ],
    ),
    (
        """Subject: Free workshop: What's in a credit score? (Union Street Credit Union)

Hi Liberty Financial Coaching clients,

Join us Thursday at 6 p.m. in Union Street Credit Union's community room for "Credit Builder
101". We'll cover how FICO scores are calculated (payment history 35%, amounts owed 30%),
why a 580 and a 670 get different loan offers, what a collection or a charge-off does to a
report, and how to dispute errors with Equifax, Experian and TransUnion.

Bring a pen. Please don't bring your own report - this is a group class, not a one-on-one.

Free childcare; pizza at 5:45.
Liberty Financial Coaching""",
        [],
    ),
    (
        """Subject: Honorarium for your keynote - please confirm bank details

Dear Dr. Hoffmann,

Thank you again for the keynote at the Union of Rural Health Clinics forum. We are sending
the EUR 1,500 honorarium by international wire on Friday to the account you gave us:

  Kontoinhaberin: Dr. Gretchen Hoffmann
  IBAN: DE34 7138 8182 7275 1639 35

Please reply only if anything has changed. Our reference: HON-26-014. Our EIN, 65-1494685,
is on the attached letter for your records.

Best regards,
Lorna Whitfield
Programs, Union of Rural Health Clinics""",
        [("IBAN_CODE", "DE34 7138 8182 7275 1639 35")],
    ),
    (
        """Subject: Candidate forum Oct 9 - City Council Ward 3

Members and friends,

The League's candidate forum for Ward 3 is Thursday, Oct 9, at 7 p.m. at the Temple Avenue
branch library. Confirmed: Justice Mbeki (D), Grace Halvorsen (R) and Angel Ortiz
(nonpartisan). Each will answer the same questions on housing, public safety and the
Liberty Park redevelopment.

The League never supports or opposes candidates or parties. Submit questions at the door.

League of Women Voters of Ward 3""",
        [],
    ),
    (
        """Subject: Thank you for your contribution - Justice Mbeki for City Council 2026

Dear Grace Liu,

Thank you for your contribution of $250 to Justice Mbeki for City Council 2026 on
10/02/2026, charged to your Visa ending 4323.

Committee FPPC ID #1478823. Contributions are not tax deductible.

State law requires us to report your occupation and employer; we have: Nurse, Mercy
Hospital. Reply if that's wrong.

Paid for by Justice Mbeki for City Council 2026""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "4323")],
    ),
    (
        """Subject: Volunteer clearance - Angel Ferreira

Hi Rosa,

Angel Ferreira's background check for the Catholic Charities youth mentoring program came
back clear: no records found in the state patrol (WATCH) or national sex offender registry
searches. Fingerprints were checked as part of the FBI check; the result is "no record".

Order number BGC-2026-04417. She can start with her mentee the week of the 20th once she
finishes the safe environment training.

Thanks,
Paolo""",
        [],
    ),
    (
        """Subject: Time clock exceptions - week of 10/6

Hi Sterling,

The new finger-scan time clock at the Union Street store flagged two punches this week:

  Mon 10/06 07:58  Grace Ahn     match score 41 (threshold 60)  manager override
  Thu 10/09 16:02  Angel Pruitt  match score 38 (threshold 60)  re-enrolled, template T-20931

Both were real punches; I've approved them in the payroll export. Angel's re-enrollment
replaced the fingerprint template the clock stores for her.

Tamsin, Store Manager""",
        [("biometric", "")],
    ),
    (
        """Subject: Release notes 4.2 - FingerClock firmware

Hello administrators,

Firmware 4.2 for FingerClock readers is now available. Changes: faster enrollment, better
matching on dry fingers (false reject rate down from 2.1% to 1.4% in our lab tests), and a
new "Pride" colour theme for the kiosk screen in June.

Templates never leave the device, and no images are stored.

Update from Admin > Devices > Firmware. Your license key is unchanged.
Support: (888) 555-0190.

ChronoPunch Support""",
        [],
    ),
    (
        """Subject: Your genetic test results are ready

Hi Faith,

Your results from the hereditary cancer panel came back from the lab. One pathogenic variant
was found in the MLH1 gene, which is associated with Lynch syndrome. This is a result about
risk, not a diagnosis.

At your appointment on Nov 3 with our genetic counselor at the Mercy Hope Center, we will
discuss screening options and whether your brothers may want testing.

Please call with any questions before then.

Genetic Counseling, Mercy Hope Center | (414) 555-0158""",
        [("genetic", "")],
    ),
    (
        """Subject: DNA Day at the library - extract strawberry DNA!

Families,

Join the Temple Avenue library on Saturday for DNA Day: kids 8 to 12 will extract DNA from
strawberries, build a paper double helix, and learn how genetic traits are passed down.

No personal samples, no tests; nothing leaves the room but a necklace with your strawberry
DNA in it.

Led by Hope Ellison, genetic counseling student at State U.
Calendar registration code: DNA26.

Temple Avenue Branch Library""",
        [],
    ),
    (
        """Subject: Family reunion - the DNA results are in!

Hi cousins,

As promised at Grandma Mercy's birthday, here are my AncestryDNA results: 62% Nigerian
(Yoruba), 21% Ghanaian, 11% Scottish, 6% Cameroon. So the Scottish great-great-grandfather
story holds up!

I uploaded the match list to the family drive; Uncle Sterling shows up as a first cousin
once removed, which makes sense.

The reunion is still July 18 at Liberty Park, pavilion 3.

Love,
Adaeze""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Reminder: your hearing on Oct 21 (eviction case)

Hi Mr. Sterling,

This is a reminder from Calvary Road Legal Aid that your hearing in Unlawful Detainer case
no. 26CECL04117 is on Tuesday, Oct 21 at 8:30 a.m., Department 502, Fresno Superior Court.

Bring the rent receipts and the photos of the mold in the bathroom ceiling. Your attorney is
Hope Nakamura.

This is a civil case about the tenancy only.

Calvary Road Legal Aid | (559) 555-0108""",
        [],
    ),
    (
        """Subject: Bail posted - Christian V.

Team,

We posted $1,500 bail this morning for Christian Vasquez, held at the county jail since
Saturday on a misdemeanor trespass charge from the Liberty Park encampment sweep. Booking
no. 26-018837.

He's out as of 11:40 and staying with his sister on Union Street. Court date: Nov 6,
Dept. 12. Our court-watch volunteer Faith will meet him there.

Liberty Community Bail Fund""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Furniture voucher - Moreno family

Hi Hope,

The St. Vincent de Paul conference at St. Mary's approved a furniture voucher for the Moreno
family: two twin beds, a kitchen table and four chairs. Voucher no. SVdP-26-0288, good at
the Calvary Road store until Dec 15.

They'll pick up Saturday morning; their son is bringing a truck.

Thanks,
Walt Nowicki, SVdP Home Visit team""",
        [],
    ),
    (
        """Subject: Baptism Sunday - final list

Pastor Ruth,

Final list for Sunday's baptisms at Calvary Road Baptist (second service):
  Hope Adebayo (16)
  Christian and Mercy Lindholm (adults, transferring membership from First Baptist Eugene)
  Marcus Tellez

Towels and robes are in the choir room. The families want to take photos afterwards at
Liberty Park.

Deacon Ray""",
        [("religious_belief", "")],
    ),
    (
        """Subject: First Communion retreat - pickup at St. Mary's lot

Hi Grace,

Mateo's First Communion retreat is Saturday, 9 to 2. The bus leaves from St. Mary's parking
lot at 8:45 and comes back by 2:15. He should bring a sack lunch and his rosary.

His First Communion is Sunday, May 3 at the 10:30 Mass; Father Daniel asked that Mateo do
one of the readings.

Thanks,
Lucia, Faith Formation office, St. Mary's Parish""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Foster care reimbursement - direct deposit set up

Dear Ms. Grace Oduya,

Your monthly foster care reimbursement from Lutheran Social Services will now be deposited
directly:

  Routing number: 676053326
  Account number: 70010873825 (checking)

First deposit: November 5. The paper check (no. 30418) mailed on Oct 28 is the last one.

Lutheran Social Services Foster Care, Finance
EIN 42-1062084""",
        [("ABA_ROUTING_NUMBER", "676053326"), ("US_BANK_NUMBER", "70010873825")],
    ),
    (
        """Subject: Re: Family-to-Family class

Hi Donna,

Yes, the Family-to-Family class at the Temple Avenue NAMI office is a good fit. Since your
son Jordan was diagnosed with schizophrenia in the spring and is now on Invega injections,
the class covers exactly what you're dealing with: medications, relapse warning signs, and
how to talk to the treatment team.

The next session starts Oct 28 at 6:30 p.m. I've saved you a spot.

Warmly,
Hope Ellington
Family Programs Coordinator, NAMI Greater Valley""",
        [("health", "")],
    ),
    (
        """Subject: Board meeting Thursday - dial-in and Zoom

Board members,

Thursday's meeting is hybrid: in person in the Grace Commons boardroom (Suite 500, 77
Liberty Street) or by Zoom.

  Zoom meeting ID: 843 2291 6604
  Passcode: Liberty26
  Dial-in: (646) 555-0111, access code 4410 7730#

Guest Wi-Fi in the boardroom: GraceCommons-Guest / welcome2026

Agenda: FY27 budget, the Union Street lease, the Planned Giving committee report.

Hope Sato, Board Secretary""",
        [],
    ),
    (
        """Subject: PTO treasurer handover - banking logins

Hi Mercy,

Here's everything for the St. Mary's School PTO account at Union Street Credit Union, as
promised:

  Online banking user: stmaryspto
  Password: Calvary!Lilac2291
  Security question (first pet): Biscuit
  Office safe combination: 36-12-44 (not the bank, just the cash box)

The Square account for the book fair is under the PTO gmail; I'll change that password in
front of you on Monday.

Please change the banking password once you're in. Our EIN for the 990-N is 74-4915776.

Thanks for taking this on!
Angel""",
        [("PASSWORD", "Calvary!Lilac2291"), ("PASSWORD", "Biscuit")],
    ),
    (
        """Subject: Sales tax exemption - Hope Harbor Shelter

Hi Sterling Supply,

Please apply our exemption to the Hope Harbor Shelter account (customer no. 40172):

  Federal EIN: 33-3567720
  State sales tax exemption no.: E-0099-418-27
  DUNS: 931467318
  Exemption certificate expires: 06/30/2028

Ship to: 88 Mercy Lane, Dock 2. Bill to: PO Box 6612.

Thank you,
Rosalind Vega, Finance Manager""",
        [],
    ),
    (
        """Subject: Sponsorship form - Grace & Hope Florists (Diabetes Walk)

Hi Jolene,

Filled in below, since your PDF form wouldn't save. Please charge the card for our Bronze
sponsorship and send the receipt to Suite 4, 1600 Union Street.

  Business: Grace & Hope Florists LLC, EIN 59-7289672
  WA UBI / permit: 604 188 273
  Your invoice: INV-26-0313
  Card: 5560 2604 3919
4151 (sorry, my phone wrapped it), exp 11/27, CVV 154
  Cardholder: Hope Marchetti

PO Box 1740 for anything mailed.

Thanks!
Hope""",
        [("CREDIT_CARD", "5560 2604 3919\n4151"), ("CVV", "154")],
    ),
    (
        """Subject: Your 2025 return - IP PIN needed

Hi Mr. Okafor,

Your return is ready to e-file from the VITA site at Grace Lutheran. The IRS issued you an
Identity Protection PIN this year, and the return will be rejected without it. You read it
to me over the phone: 947778. I've entered it on the return with SSN ending 1884.

Refund estimate: $1,312 by direct deposit to the account on file.

Please sign form 8879 at the site on Saturday.

Ines, VITA Volunteer, Grace Lutheran tax site""",
        [("PIN", "947778"), ("US_SSN", "1884")],
    ),
    (
        """Subject: Free tax help at Grace Lutheran - starting Feb 1

Neighbors,

Free IRS-certified VITA tax preparation returns to Grace Lutheran Church (Temple Avenue
entrance) on Saturdays, Feb 1 to Apr 12, 9 a.m. to 1 p.m.

Bring: photo ID; Social Security cards or ITIN letters for everyone on the return; all
W-2s and 1099s; last year's return; and a voided check for direct deposit. If the IRS mailed
you an Identity Protection PIN (CP01A notice), bring that letter too.

Households earning under $67,000 qualify. You don't need to be a member of the church.

Site EFIN (on our posters): 618204""",
        [],
    ),
    (
        """Subject: New hire packet - EEO self-identification (voluntary)

Employee: Angel Reyes Quispe
Position: Environmental Services Tech, Mercy Hospital
Employee ID: 600874
Ethnicity: Hispanic or Latino
Race: American Indian or Alaska Native (Quechua)
Veteran status: Not a protected veteran
Disability: I do not want to answer
Signed electronically 10/03/2026 14:22""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: EEO self-ID form for new hires (template - please review)

Hi Dana,

Here's the updated voluntary self-identification form for the Mercy Hospital onboarding
packet. Fields are blank; HR fills nothing in.

  Employee: __________
  Ethnicity: [ ] Hispanic or Latino  [ ] Not Hispanic or Latino
  Race: [ ] Black or African American  [ ] White  [ ] Asian
        [ ] American Indian or Alaska Native
        [ ] Native Hawaiian or Other Pacific Islander  [ ] Two or more races
  Disability: [ ] Yes  [ ] No  [ ] I do not want to answer

Let me know if Legal wants changes before we print 500 copies.

Marisol, HR Operations""",
        [],
    ),
    (
        """Subject: Scholarship verification - tribal enrollment

Hi Shandiin,

Thanks for sending your documents for the Native Student Success grant. For our file:

  Tribal affiliation: Navajo Nation (enrolled member)
  Navajo Nation ID card no.: 295290067
  Census number: on file

Your award of $2,000 will post to your student account by Oct 30.

Hope Yazzie, Native American Student Center""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "295290067")],
    ),
    (
        """Subject: Community garden lease renewal - Liberty Park annex

Hi Faith,

The city renewed our lease for the Liberty Park annex garden through 2029. Reference details
for the board minutes:

  Parcel (APN): 912-04-1187
  Lease no.: PRK-L-26-033
  Water permit: WP-41364

Plot assignments for spring go out in February; returning gardeners keep their beds.

Thanks,
Hector, Union Street Community Garden""",
        [],
    ),
    (
        """Subject: Immunization exemption on file - Hope Lindqvist (grade 3)

Dear Mr. and Mrs. Lindqvist,

We received the signed religious exemption for Hope from the MMR and varicella vaccines,
stating that your family's faith as members of Calvary Road Mennonite Fellowship does not
permit them. Her other immunizations (DTaP, polio, hep B) are up to date.

If there is a measles case at school, Hope will need to stay home for 21 days.

School Nurse, Liberty Elementary""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Volunteer onboarding - Grace T.

Hi Grace,

Welcome to the Pride Center volunteer team! I've put you on the Thursday front desk with
Christian. For your emergency contact I have your wife, Justine Tavares, at (412) 555-0121;
let me know if that should be someone else.

Orientation is Saturday at 10 at 600 Liberty Ave, 2nd floor.

Thanks,
Rowan, Volunteer Coordinator, Three Rivers Pride Center""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: This week at the Pride Center

Hi friends,

  Mon 6pm  Queer Book Club: "Giovanni's Room"
  Wed 7pm  Name change & ID clinic with Liberty Legal (bring questions, not documents)
  Fri 8pm  Pride Prom fundraiser, tickets $15
  Sat 10am Volunteer orientation

The HIV/STI testing van from Positive Pathways parks outside on Thursdays, 2 to 6. Free and
confidential; walk-ins welcome.

Three Rivers Pride Center | 600 Liberty Ave, 2nd floor""",
        [],
    ),
    (
        """Subject: Important health information - please call us

Hi Christian,

This is Marisol Grant, a disease intervention specialist with the county HIV/STI program
(Positive Pathways clinic, Suite 300, 1420 Union Street). Someone you had sexual contact
with in the last 90 days has been diagnosed with syphilis and asked us to let you know,
without sharing who they are.

Free testing and treatment are available Monday to Friday; no appointment needed.

Please call me at (253) 555-0169 and mention reference code 41574.""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Your Science Center family membership

Hi Hope,

Welcome to the Temple Avenue Science Center! Your family membership is active:

  Member number: 6070 7834 5272 0772
  Level: Family Plus (2 adults, up to 4 children)
  Valid through: 06/30/2027

Show the card or the app at the front desk. The Liberty Park planetarium shows are free
for members on Sundays.

Membership Office, Temple Avenue Science Center""",
        [],
    ),
    (
        """Subject: Fwd: donation form - Criminal Justice Reform Coalition

Hi Teodora,

The donation form on our website timed out for this donor, so she emailed it to me. Can you
run it at the office?

---
From: Mercy Abernathy
Please put $150 toward the Criminal Justice Reform Coalition's court-watch program.
Discover 6011 9950 0427 8656, exp 08/28, code 530.
Billing: 22 Temple Avenue, Apt 5.
---

Thanks,
Justice Pryor, Development Associate""",
        [("CREDIT_CARD", "6011 9950 0427 8656"), ("CVV", "530")],
    ),
    (
        """Subject: Second Chance Job Fair - Nov 13 at the Labor Temple

Job seekers and case managers,

The Second Chance Job Fair for people with conviction records is Thursday, Nov 13, 10 to 2,
at the Labor Temple, 1120 Union Street: twenty-two fair-chance employers, free headshots,
and record-clearing help from Calvary Road Legal Aid.

No one will be asked about their record at the door. Bus passes are available from your
case manager.

Second Chance Alliance""",
        [],
    ),
    (
        """Subject: Poll worker application received - Grace Whitcombe

Thank you for applying to serve as an election worker for the November general election.

  Name: Grace Whitcombe
  Preferred polling place: Liberty Park Community Center (Precinct 114)
  Party affiliation: Republican
  CA driver license: C8802883
  Languages: English, Spanish
  Available: full day; training Oct 18

Boards are balanced by party as state law requires. You will hear about your assignment by
Oct 25.

County Elections Office""",
        [("political_opinion", ""), ("US_DRIVER_LICENSE", "C8802883")],
    ),
    (
        """Subject: Friend, we're 48 hours from the deadline

Hi friend, Justice Mbeki for City Council needs 112 more grassroots donors before midnight
Thursday. Can you chip in $10? Canvass launch Saturday, 10 a.m., Liberty Park.
Paid for by Justice Mbeki for City Council 2026, FPPC ID #1478823. Unsubscribe""",
        [],
    ),
    (
        """Subject: You're confirmed: Saturday canvass launch

Hi Hope,

Thanks for signing up to knock doors for Justice Mbeki this Saturday! You're on the Temple
Avenue turf with Angel; pick up your walk list at Liberty Park at 10.

Since you told us you've already mailed in your ballot for Justice, we've taken you off
the voter contact list.

Go team!
Rafael, Field Organizer
Justice Mbeki for City Council 2026""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Memorial bench - confirmation

Dear Mr. Achebe,

Thank you for your gift of $2,200 for a memorial bench in Liberty Park in memory of your
mother, Mercy Achebe. We received your check no. 1047 on 9/30.

Plaque text, as you approved: "For Mercy, who loved this park - 1941-2025".

Installation is planned for late spring near the Temple Avenue entrance.

Friends of Liberty Park
EIN 73-1497910""",
        [],
    ),
    (
        """Subject: Draft obituary for your review - Christian Halvorsen

Dear Ingrid,

Here is the draft for the Sunday paper. Please mark any corrections and send them back by
Thursday noon; the paper's deadline is Friday at 9.

---

Christian Olav Halvorsen, 81, of Salem, died peacefully at home on October 4 after a
four-year illness with ALS, surrounded by his family.

Christian was born in Stavanger, Norway, and came to Oregon at the age of six. He worked
for thirty-eight years as a machinist at Sterling Mills and never missed a day he could
help it.

A lifelong member of Grace Lutheran Church, he sang bass in its choir for fifty years and
served three terms on the church council. He coached Liberty Little League for two decades,
kept bees, and could fix anything with an engine.

He is survived by his wife of 56 years, Ingrid; his children, Erik (Linnea) Halvorsen and
Kari Halvorsen-Pryor; five grandchildren; and his sister, Solveig, of Bergen.

Services will be held at Grace Lutheran Church, 2300 Temple Avenue, on Saturday, October
12, at 11 a.m., with a reception to follow in the fellowship hall. In lieu of flowers,
the family suggests gifts to the ALS Association Oregon chapter or to the Grace Lutheran
food pantry.

---

We'll also need the photo you'd like to use (a scan is fine) and the number of printed
programs for the service.

With sympathy,
Marit Olsen
Sterling Funeral Home
(503) 555-0138""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Donation page keys for the developer

Hi Amos,

For the new Pride Ride donation page, here's what you need on the front end:

  Publishable key: pk_live_umLdn0r4HVv1sUVwOn7CzbY87t2Q0BII951ZpY03
  Stripe account: acct_1PfR8eLq0TsW2Hope

The secret key stays in our vault; I'll paste it into the server's environment variables
myself when you're ready.

Webhook endpoint: https://donate.prideride.example.org/hooks/stripe

Thanks,
Faith, Digital Team""",
        [],
    ),
    (
        """Subject: Re: Donation page keys for the developer

Amos,

The vault has locked me out, so here they are. Please put them straight into the env file
and delete this email:

  STRIPE_SECRET_KEY=sk_live_wZUlM6cLU0guHiirWbMr3YXK8tPdiZfC177P1mjy
  STRIPE_PUBLISHABLE_KEY=(same as before)
  SENDGRID_API_KEY=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

I'll rotate both once the Pride Ride page is live.

Faith""",
        [
            ("API_KEY", "sk_live_wZUlM6cLU0guHiirWbMr3YXK8tPdiZfC177P1mjy"),
            (
                "API_KEY",
                "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",
            ),
        ],
    ),
    (
        """Subject: Twilio creds for the bed-availability texts

Hi Dev,

For the Union Gospel Mission bed-availability text line:

  Account SID: AC3ec7f49b60ed10b1987c78c8a3a046f8
  Auth token: a222cc9103b575d568bda22a88880dbe
  From number: +1 509 555 0137

Please don't commit the token to the repo this time.

Ops""",
        [("API_KEY", "a222cc9103b575d568bda22a88880dbe")],
    ),
    (
        """Subject: Locked out of online banking

Hi,

I'm locked out of my Liberty Federal Credit Union online banking again. Account number
996510248857. I tried my password Juniper.Creek.84 three times before it locked. The
security answers on file are my mother's maiden name, Grace, and the street I grew up on,
Temple.

Can someone reset it? I'll be at the Union Street branch tomorrow if that's easier.

Thanks,
Christian Mbatha
(720) 555-0116""",
        [
            ("US_BANK_NUMBER", "996510248857"),
            ("PASSWORD", "Juniper.Creek.84"),
            ("PASSWORD", "Grace"),
            ("PASSWORD", "Temple"),
        ],
    ),
    (
        """Subject: Scam alert: we will never ask for your PIN or password

Members,

Several members got texts this week claiming to be from Liberty Federal Credit Union's fraud
team and asking for a one-time code. We will never call, text or email to ask for your PIN,
password, security answers or a verification code.

If you shared a code, call us at (720) 555-0155 right away.

Our routing number (on our website and on every check) has not changed.

Liberty Federal Credit Union, Union Street Branch""",
        [],
    ),
    (
        """Subject: Fwd: Liberty FCU code
Mom, it's 336366 (your Liberty FCU sign-in code, good for 10 minutes). Love, Hope""",
        [("ACCESS_CODE", "336366")],
    ),
    (
        """Subject: Passport appointment confirmed - Temple Avenue Library

Hi Christian,

Your passport acceptance appointment is Tuesday, Nov 18 at 3:30 for you and Hope (age 9).
Both parents must come with the child, or bring Form DS-3053.

Bring: the completed DS-11 forms (don't sign them yet), proof of citizenship, photo ID, and
two checks (one to the U.S. Department of State, one to the library for the $35 execution
fee). We take photos on site for $15.

Confirmation: PPT-26-11-0418.

Temple Avenue Library Passport Services""",
        [],
    ),
    (
        """Subject: Re: Passport renewal for Hope - previous passport number

Hi Christian,

Thanks for sending the details. On Hope's DS-11 I've written her previous passport number,
503786248, issued 2021 and reported lost. We'll still need the DS-64 signed at the
appointment.

See you Tuesday,
Marguerite, Passport Services, Temple Avenue Library""",
        [("US_PASSPORT", "503786248")],
    ),
    (
        """Subject: Strike benefit deposit - week 3

Hi Angel,

Your week 3 strike benefit of $500 from the AFSCME Local 503 strike fund goes out Friday by
direct deposit to:

  Routing: 300774874
  Account: 8648428216

If the account has changed since you signed up at the Union Street hall, tell me by
Wednesday noon.

Picket captains: please keep turning in sign-in sheets; benefits are paid per shift walked.

In solidarity,
Hope Castellanos
Strike Fund Administrator, AFSCME Local 503""",
        [
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "300774874"),
            ("US_BANK_NUMBER", "8648428216"),
        ],
    ),
    (
        """Subject: Fwd: my pay stub - overtime missing?

Hi Sterling,

Pasting my stub from last Friday. I worked 6 hours of overtime on the 3rd and it isn't there.

  Mercy Hospital - Earnings Statement
  Employee: Grace N. Adeyemi    SSN: XXX-XX-6140    Pay date: 10/10/2026
  Regular   72.00 hrs  $2,318.40
  Overtime   0.00 hrs  $0.00
  Deductions: Federal $241.10 | FICA $177.36 | SEIU 2231 dues $58.12 | 403(b) $115.92
  Net pay $1,725.90 - deposited to checking ****4471

You're our steward - can you file a grievance if payroll won't fix it?

Grace""",
        [("trade_union_membership", ""), ("US_SSN", "6140")],
    ),
    (
        """Subject: Intake - Hope House women's shelter (bed 14)

Guest: Angelique "Angel" Moreau
DOB: 02/17/1991
SSN: 827-56-7825
ID presented: Illinois state ID card G437-4023-6462 (exp. 2028)
Income: SNAP only
Emergency contact: sister, Faith Moreau, (217) 555-0148
Locker: 22    Bed: 14
Arrived by bus from Union Station.
Intake staff: Mercy D.""",
        [("US_SSN", "827-56-7825"), ("US_STATE_ID", "G437-4023-6462")],
    ),
    (
        """Subject: Hope Builders homeownership - pre-qualification result

Dear Justice and Marisol Bright,

Good news: your family pre-qualifies for the Hope Builders Habitat homeownership program.
From the joint credit report we pulled on 10/2:

  Justice - middle score 687
  Marisol - middle score 713

One item needs a letter of explanation before the selection committee meets:
  - 30-day late payment, Sterling Auto Finance, March 2025

Please bring the letter to the Union Street office by Oct 24.

Family Services, Hope Builders Habitat for Humanity""",
        [
            ("CREDIT_SCORE", "687"),
            ("CREDIT_SCORE", "713"),
            ("CREDIT_REPORT", "30-day late payment, Sterling Auto Finance, March 2025"),
        ],
    ),
    (
        """Subject: Travel reimbursement - Pride Ride volunteer

Hi Sanne,

Thanks for riding sweep on the Pride Ride! We're reimbursing your train tickets
(EUR 186.40) by SEPA transfer to:

  Name: S. de Vries
  IBAN: NL44ZFVG3995381916

Reference: PR-REIMB-0912. It should arrive within three working days.

Faith Okafor
Pride Ride Amsterdam-Utrecht, volunteer coordination""",
        [("IBAN_CODE", "NL44ZFVG3995381916")],
    ),
    (
        """Subject: E-file ID check - Ramirez return

Hi Ines,

For Angel Ramirez's return (VITA, Temple Avenue site), the software wants ID verification.
From the documents he showed:

  ITIN: 977-97-9289
  Texas driver license: 76079556, issued 2023
  Mexican passport: U73410596

Hope is quality-reviewing the return on Saturday. Please don't forward this.

Paul""",
        [
            ("US_ITIN", "977-97-9289"),
            ("US_DRIVER_LICENSE", "76079556"),
            ("US_PASSPORT", "U73410596"),
        ],
    ),
    (
        """Subject: Manual review needed - new member application

Application: Union Street Federal Credit Union, online membership
Applicant: Faith Adeyemi-Cole
ID document: New York non-driver ID 547494148
Selfie-to-ID face match: 0.63 (auto-approve threshold 0.80) - manual review required
Liveness check: passed

Please review the images in the queue and approve or decline by 5 p.m.

Member Services Automation""",
        [("biometric", ""), ("US_STATE_ID", "547494148")],
    ),
    (
        """Subject: Placement update - Mercy (Hope Youth Ranch)

Hi Ms. Castillo,

Mercy Delgado, 15, was placed at Hope Youth Ranch yesterday on a six-month disposition after
her adjudication in juvenile court on the shoplifting and assault counts. Her probation
officer, Mr. Grant, will visit every other week.

She can call home on Sundays, 4 to 6. Mail goes to PO Box 390, Sterling, CO 80751.

Caseworker, Grace Family Services""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Prayer chain - this week

Dear prayer partners,

Please keep these in your prayers this week:
  * Grace Whitley, recovering from hip replacement surgery at Mercy Hospital
  * Christian Boyd's mother, who had a stroke on Sunday
  * Our youth mission team traveling to Calvary Road Camp
  * Peace for our city

Calvary Road Baptist Prayer Chain""",
        [("health", "")],
    ),
    (
        """Subject: Your lab results and next steps

Hi Sterling,

Your genetic test confirmed hereditary hemochromatosis: you have two copies of the HFE
C282Y variant. Your ferritin is 1,140, so Dr. Grace Liu wants to start therapeutic
phlebotomy every week at the Mercy Hospital infusion center until it comes down.

The scheduler will call you from (406) 555-0112.

Hope Clinic Internal Medicine""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Your mom's new EBT card

Hi Faith,

Your mother came by Grace Senior Center on Temple Avenue today. Her replacement EBT card
arrived and we helped her set a new PIN at the kiosk. She asked me to send it to you since
she keeps forgetting it: 8599.

The card is in her purse, inner pocket. The center's side-door code for the Tuesday lunch
volunteers is now 3071, in case you drive her over.

Warmly,
Odessa, Grace Senior Center""",
        [("PIN", "8599")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_75, "hard75", Path(__file__).with_name("hard-75.jsonl")))
