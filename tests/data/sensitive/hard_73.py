"""Hard set 73 (2026-12-07): bounced, auto-replied and machine-forwarded mail.

Written blind. Read: /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt, /tmp/mg/brief73.txt and the
task prompt /tmp/mg/prompt73.txt. Ran: throwaway generator and emitter scripts under
/tmp/hard73_gen/, this module (to validate the cases and write hard-73.jsonl), ruff format and
ruff check on this module, and git add, git commit and git rev-parse. No detector, scanner
command, make, pytest or search tool was run, and no other project file was opened.
Slips: my first shell command read the task prompt and, in the same command, ran
`ls /tmp/mg`, listing that directory (file names only). No file there other than the prompt,
conventions.txt and brief73.txt was opened.

Identifiers were generated with seeded random.Random instances in throwaway scripts under
/tmp/hard73_gen/: Luhn-valid card numbers (Visa, Mastercard, Amex), checksum-valid ABA
routing numbers with valid prefixes, SSNs that follow the SSA rules (no 000, 666 or 9xx area,
no 00 group, no 0000 serial), ITINs in the valid group ranges, mod-97-valid IBANs, and random
account, passport, licence, state-ID, PIN, one-time-code, CVV and key strings; none is a
published test number or a trivial sequence. Look-alike numbers in decoys (transaction, order,
campaign and PO IDs) were checked to fail Luhn, and 9-digit ones to fail the ABA check. Phone
numbers are 555-01xx. All people and organisations are invented; product names (Outlook,
Google Calendar, QuickBooks Online, WPForms) appear only as the machinery that sent the mail.

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
- Automated mail is read for what it carries: the original quoted under a delivery failure
  (NDR) or an out-of-office reply, a held list post in a moderation notice, a customer's words
  in a ticket update, posts in a digest, form fields in a form-to-email notification, notes
  in a calendar invitation and a voicemail transcription are labelled like any text, even when
  the message was never delivered. Headers rendered as text count too: the Subject of a
  returned message's headers ("Keisha Morrow - methadone dose change to 85 mg") is health; a
  recall report's subject ("Keith's PO meeting moved - ... probation") is criminal_history; a
  read receipt's subject "enrolled Navajo Nation member" is racial_ethnic_origin and "A1c 9.2,
  insulin titration plan" is health; "your MLH1 result (variant confirmed) and next steps for
  screening" is genetic only.
- An out-of-office's own reason discloses about its writer: recovering from a hip
  replacement, an IVF egg retrieval and a 28-day residential program at a "Recovery Center"
  are health; away for Umrah and "I keep Shabbat" are religious_belief; time off to knock
  doors for a named candidate is political_opinion; a shop steward of a named local on the
  picket line is trade_union_membership. Out "for a doctor's appointment", on parental leave,
  on bereavement leave, on jury duty, at an HIV prevention conference presenting the clinic's
  results (staff in role), at a staff retreat at an abbey, and a union hall or campaign office
  closed for holidays or training disclose nothing.
- A single MUTYH pathogenic variant described as a carrier result, with only talk of testing
  siblings, is genetic only.
- Machinery numbers are unlabelled identifiers: Message-IDs, queue IDs, SMTP and DSN status
  codes, campaign IDs, transaction, order, PO, confirmation, request and ticket numbers
  (including look-alikes such as a 16-digit transaction ID failing Luhn, a 13-digit ticket
  number, a 9-digit RSVP confirmation number, "REQ 666-21-4409" and "900-14-2257"), and a
  video meeting's ID and passcode (a passcode opens a meeting, not an account).
- A donation form that e-mails the unmasked card and CVC for a council candidate's committee
  gives CREDIT_CARD, CVV and the contributor's political_opinion; a bounced contribution
  receipt with "Visa ending in" gives CREDIT_CARD_LAST_DIGITS and political_opinion. A
  receipt saying "Visa (stored by processor)" with a transaction ID gives nothing.
- A newsletter tool's API key written with its datacenter suffix ("-us21") is API_KEY on the
  whole key; an SMS provider's auth token is API_KEY, and the account SID, an Audience ID and
  a publishable "pk_live_" key are not labelled.
- A one-time sign-in code a donor quotes in a ticket, and a bank's business verification code
  forwarded inside a bounced message, are ACCESS_CODE; "we sent a 6-digit code to
  ***-***-0127" with no code gives nothing.
- A QuickBooks Online password in a message whose recall failed is PASSWORD; a co-op's and a
  church's online-banking passwords and security answers are each PASSWORD (the church's
  account discloses nobody's faith); a storeroom door code, a gate code, a guest Wi-Fi
  password and a garden lockbox code are not labelled.
- An IRS IP PIN in a bounced message is PIN and "the SSN ending 5509" is US_SSN; a read
  receipt for a reminder about the IP PIN program is not labelled. An EBT PIN written into a
  home companion's visit notes is PIN; the lockbox code beside it is not.
- A Florida licence written in its printed groups is US_DRIVER_LICENSE with its dashes; a
  Guatemalan passport number is US_PASSPORT; a tribal ID card number is US_STATE_ID beside
  racial_ethnic_origin for the enrollment; a NY non-driver ID on a pantry registration is
  US_STATE_ID with its printed spaces; an SSN written "426 86 8393" or "780475534" is US_SSN
  as written.
- Bank account digits spoken in a voicemail transcription are US_BANK_NUMBER on the words as
  transcribed; a phone number and an order number spoken the same way are not labelled. A
  refund "to checking ending in 3390" is not labelled.
- A credit item pasted in a held list post, or listed on a housing-counseling intake, is
  CREDIT_REPORT on its whole line after the bullet, and the person's score is CREDIT_SCORE; a
  program's "580 cutoff" is policy text.
- A timeclock vendor's case quoting a named employee's fingerprint match score and template
  ID is biometric; a check casher's review alert with a named customer's selfie-to-ID face
  match is biometric.
- A client's court date "for the shoplifting charge" quoted under an auto-reply, a sentencing
  prep call for a named man who pleaded to burglary, a volunteer driver's disclosed DUI with
  probation, and a reentry reference saying a named man finished his sentence and is on parole
  are criminal_history.
- Naltrexone in a pharmacy ticket and methadone for a named patient are health (drugs that
  imply a condition); a psychiatrist starting a named child on Abilify is health.
- A digest post that a named child started chemo is health; congratulations to named people
  who "took refuge" are religious_belief; a neighbour volunteering for a mayoral campaign and
  voting for her is political_opinion; a coworker's shoutout that a named worker signed her
  union card is trade_union_membership. A lost cat on thyroid medication is an animal.
- A venue walkthrough for "the brides" and a held post from "my wife Tamsin and I (the two
  moms)" are sexual_orientation; a partner notice inside a delayed-delivery notice is health
  and sexual_orientation. A member's contact form saying she has been a member of a named
  union local since 2019 is trade_union_membership.
- Never labelled here: a donation appeal (insulin for "a neighbor"), a composite "Meet Ana"
  story, a free flu-shot clinic, an open organizing meeting, a candidates forum, a nonpartisan
  voter-registration table, a Know Your Rights workshop, a chemo-care-bag packing party, a
  blood drive, a general prayer chain, "Prayer breakfast tickets", a question about
  sliding-scale counseling and insurance, a clean background check, and a test submission
  with placeholder fields.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_73: list[Case] = [
    (
        """Subject: Your message to board@kensingtoncivic.org was rejected

Your message was rejected by the list moderator for the following reason:

    Attachments are not allowed on this list. Please post a link instead.

Rejected message:
Subject: Candidates forum - Jan 14

The Kensington Civic Association will host a forum for all five candidates for the
Ward 3 council seat on January 14 at 7 pm at the Kensington library. Each candidate
gets three minutes for opening remarks. Questions may be submitted in advance. The
Association does not endorse candidates.""",
        [],
    ),
    (
        """Subject: Your message to board@riverbendfoodcoop.org has been held

Your message is being held because it is larger than the list's 40 KB limit (message
size: 2.3 MB). A moderator will review it.

Original message:
From: Priya Natarajan
Subject: treasurer handoff - all the logins

Hi all, attaching the bank statements for Oct-Nov. For Hector, since he takes over in
January, the Northland Bank business online banking is:
user: riverbendcoop-ops
password: Turnip&Kale2026!
security question (first street you lived on): Wexford
Please change the password once you're in. The storeroom door code is 4816, that one
stays the same.
Priya""",
        [("PASSWORD", "Turnip&Kale2026!"), ("PASSWORD", "Wexford")],
    ),
    (
        """Subject: [warehouse-workers-north] digest: 3 new messages

Topic: break room fridge
  Joyce K: Whoever left the fish, please. It's been a week.

Topic: card signing update
  Alvaro M: Shoutout to Tanya Brooks on B shift, who signed her union card today.
  That makes the whole pick line! Meeting Sunday at 3 at the diner.

Topic: snow schedule
  Reggie P: If the lot isn't plowed by 5, use the east gate.

You're receiving this digest because of your group settings.""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Oakridge Parents Digest, Vol 42, Issue 17

Today's Topics:

   1. Carpool for the science fair (Lena Ortiz)
   2. Re: Meal train thank you (Carrie Lund)
   3. Lost: navy fleece, size 10 (Abdi Warsame)

----------------------------------------------------------------------
Message: 1
From: Lena Ortiz
Subject: Carpool for the science fair

Anyone driving from the north side Saturday? I can take 3 kids plus their boards.

----------------------------------------------------------------------
Message: 2
From: Carrie Lund
Subject: Re: Meal train thank you

I can't thank you all enough for the dinners since Ben started chemo. He's tired
but finished round 2 yesterday, and the lasagnas have been a lifesaver.

----------------------------------------------------------------------
Message: 3
From: Abdi Warsame
Subject: Lost: navy fleece, size 10

Left at the gym Tuesday. Name tag says HODAN.""",
        [("health", "")],
    ),
    (
        """Subject: Message held: Open organizing meeting - all drivers welcome

Your message to riders-and-drivers@lists.example.org is being held for moderator
review because it contains a link from a new domain.

Held message:
All delivery drivers are invited to an open meeting about forming a union, Sunday at
2 pm at the Labor Temple, 4th floor. Come hear from drivers at other companies,
ask questions, and decide for yourself. Food and childcare. No sign-up needed.""",
        [],
    ),
    (
        """Subject: [Ticket #5281] Which key goes in the donation widget?

Customer (Omar Saleh, Tri-County Youth Orchestra):
Is this the right one for the website widget? It starts with pk_live so I assumed it's
okay to share: pk_live_6nXHqYsmKlazmpNCVEBMPkudxBkIaWgG9sSjQIjb

Agent (Liv):
Yes, that's your publishable key, it's meant to go in the page. Never send us the
secret key - if anything asks for it, stop and call us at 555-0164.""",
        [],
    ),
    (
        """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)

** Address not found **

Your message wasn't delivered to treasurer@harborlightpantry.org because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <treasurer@harborlightpantry.org>: Recipient address rejected: User unknown

----- Original message -----
From: Noreen Vasquez <noreen.v.cooks@gmail.com>
Date: Mon, Dec 7, 2026 at 9:14 AM
Subject: stipend direct deposit
To: treasurer@harborlightpantry.org

Hi Walt,
Here's my bank info for the kitchen-lead stipend like you asked. It's Lakeshore
Federal Credit Union, routing 059527699 and my checking is 5028557374. If it's
easier I can drop off a voided check Thursday when I do the soup prep.
Thanks!
Noreen""",
        [("ABA_ROUTING_NUMBER", "059527699"), ("US_BANK_NUMBER", "5028557374")],
    ),
    (
        """Subject: [Ticket #7719] Garden plot - can't get in

Customer (Ines Abara):
Hi, I'm plot 14 at the Jackson St community garden. The lockbox code you sent in March
(4829) isn't opening it and the hose key is inside. Did it change?

Agent (Wes, Green Commons Gardens):
Sorry! We changed it for winter. The new lockbox code is 7356. Please lock it again
when you leave.""",
        [],
    ),
    (
        """Subject: Read: Prayer breakfast tickets - table for 8

Your message

  To: Pastor Lionel Grant
  Subject: Prayer breakfast tickets - table for 8
  Sent: Friday, December 4, 2026 2:10:05 PM (UTC-05:00) Eastern Time (US & Canada)

was read on Monday, December 7, 2026 8:41:17 AM (UTC-05:00) Eastern Time (US &
Canada).

Sent from the Rotary Club of Dunmore office""",
        [],
    ),
    (
        """Subject: Your message to Maplewood-Neighbors awaits moderator approval

Your mail to 'Maplewood-Neighbors' with the subject

    Re: block party - who's bringing what

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive notification of
the moderator's decision.

> Count us in for the block party! My wife Tamsin and I (the two moms in the green
> house at #14) will bring the big grill and a tray of elote. Our boys can help set
> up tables. - Jo Petrakis""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  j.hartmann.bonn@web.de
    host mx-ha03.web.de [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<j.hartmann.bonn@web.de>:
    550 Requested action not taken: mailbox unavailable

------ This is a copy of the message, including all the headers. ------

From: Treasurer, Riverside Community Chorus <treasurer@riversidechorus.org>
To: j.hartmann.bonn@web.de
Subject: Refund of your festival registration

Dear Jürgen,
We're so sorry the tour dates no longer work for you. I sent your refund of $340 by
international wire today to the account you gave us, IBAN DE16 5543 1760 0884 0764 29
(Stadtbank Bonn). It can take 3-5 business days to arrive.
With best wishes,
Adaeze Moreau, Treasurer""",
        [("IBAN_CODE", "DE16 5543 1760 0884 0764 29")],
    ),
    (
        """Subject: Volunteer application received - Marcus Webb

New volunteer application (Youth Mentoring)

Name: Marcus Webb
Background check: Clear - no records found (completed 12/03/2026)
Driver's license: on file with HR
Reference 1: Rev. Alice Thornton (work supervisor)
Reference 2: Dana Kilroy
Preferred site: Eastside Community Center
Availability: Wednesdays after 3

Application ID: VA-2026-0918""",
        [],
    ),
    (
        """Subject: [Support] Ticket 88213: Locked out of the donor portal

Ticket 88213 - new reply from requester

Ernestine Falk wrote:
> I did the "text me a code" thing three times. The last one that came was 535178 and
> it still says "something went wrong". I just want to update my monthly gift card
> before the holidays. I'm on the portal right now if someone can call me.

--
Status: Awaiting agent | Priority: Normal | Group: Donor Care
Lakeside Literacy Council""",
        [("ACCESS_CODE", "535178")],
    ),
    (
        """Subject: Read: Intake - Raymond Tsosie, enrolled Navajo Nation member - voucher transfer

This is a receipt for the mail you sent to
housing@highdeserthousing.org at 12/3/2026 9:18 AM

This receipt verifies that the message has been displayed on the recipient's computer
at 12/7/2026 1:40 PM

High Desert Housing Partners | Intake & Referrals""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: [TEST] New submission - Client Intake (form preview)

This is a test submission sent while editing the form.

Full name: test test
Date of birth: 01/01/1900
SSN: ___-__-____
Driver's license #: XXXXXXXX
Card number: **** **** **** ****
Reason for visit: [select one]
Notes: testing the email notification layout - please ignore

Form ID 4417 | Environment: staging""",
        [],
    ),
    (
        """Subject: Delivery delayed: Your genetic testing results

Delivery is delayed to these recipients or groups:

m.okonkwo.home@outlook.com

Subject: Your genetic testing results

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours
and 54 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:
Generating server: PH0PR07MB8551.namprd07.prod.outlook.com
Remote Server returned '451 4.4.7 Message delayed'

Original message:

Hi Mrs. Okonkwo,
Your hereditary cancer panel is back. You carry one pathogenic variant in the MUTYH
gene. With a single copy this is a carrier result, not a diagnosis, and it does not
change your own screening. Your brothers and sisters could choose to be tested; we
can go through what that would mean at your follow-up call on the 15th.
Warmly,
Hana Leclerc, MS, CGC
Bluestem Genetic Counseling""",
        [("genetic", "")],
    ),
    (
        """Subject: Automatic reply: Setup details for Saturday's craft fair

I'm out until Monday. For vendor questions please text 555-0178.

-----Original Message-----
From: Hollis Grange Hall Rentals
Subject: Setup details for Saturday's craft fair

Hi vendors! Load-in starts at 7:00. The gate code for the back lot is 2580#, and the
guest Wi-Fi is GrangeGuest / password apple-butter-24. Tables are numbered; your
table number is on the map. Please have your cash box ready - we don't provide change.
Coffee in the kitchen from 6:45.""",
        [],
    ),
    (
        """Subject: New entry: Build Trip Registration - Guatemala, March 2027

Open Hands Build Corps - new registration

Trip: Guatemala build, March 6-14, 2027
Participant: Marcus Lindell
Name exactly as on passport: MARCUS JAMES LINDELL
Passport number: 877113173
Passport expiration: 08/2031
Emergency contact: Joanne Lindell, 555-0158
T-shirt size: L
Dietary needs: none
Deposit: paid online

View all entries in your dashboard.""",
        [("US_PASSPORT", "877113173")],
    ),
    (
        """Subject: Cloud Mountain Sangha - daily digest (2 messages)

Cloud Mountain Sangha - daily digest

Message 1
From: Roshi's assistant, Greta
Subject: Thank you

Congratulations to Mei Lin and Daniel Strand, who took refuge at Sunday's ceremony.
Their rakusus are finished and hanging in the zendo for everyone to see.

Message 2
From: Thom Barrera
Subject: Parking

The lot is being repaved next week. Please park on Alder St.

You are receiving the daily digest. Change your delivery settings on the list page.""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Automatic reply: Spring sponsorship packet

I'm on jury duty at the county courthouse this week and can only check email in the
evenings. If you're asking about the spring sponsorship packet, it's attached to our
website's "Partner with us" page, and Corinne (corinne@eastlakeymca.example) can
answer questions about table sponsorships.

Back to normal on Monday, December 14.
Brent Hallowell
Development Associate""",
        [],
    ),
    (
        """Subject: Recall failed: new QuickBooks login

Your attempt to recall the message "new QuickBooks login" from Sam Oduya
(sam@oduyalandscaping.com) failed because the message had already been opened. The
message remains in the recipient's mailbox.

Original message:
Sam - I reset the QuickBooks Online sign-in after the phishing scare last week. The
user ID stays the same (office@oduyalandscaping.com).
New password: Teal-Lantern-62!
Don't put it on the sticky note this time lol.
- Mo""",
        [("PASSWORD", "Teal-Lantern-62!")],
    ),
    (
        """Subject: Automatic reply: grievance meeting next week?

The Local 88 hall office is closed Friday, December 25 through Sunday, December 27.
Staff will return Monday.

For an urgent grievance or a discharge, call the on-call business agent line at
555-0143. Dues questions, hiring hall dispatch and apprenticeship applications will
be answered when the office reopens. Our open membership meeting is the second
Tuesday in January.

Local 88 Hall Office""",
        [],
    ),
    (
        """Subject: Invitation: Voter registration table - Central Library @ Sat Dec 12, 2026 11am

Voter registration table - Central Library
When: Sat Dec 12, 2026 11am - 2pm
Where: Central Library lobby
Who: League of Young Voters (chapter), Ida Moreno, Chris Lam, Babajide Ade

Notes: nonpartisan - we help anyone register or update an address, we do not discuss
candidates or parties. Bring clipboards, pens and the blank forms box. Parking
validation at the info desk.""",
        [],
    ),
    (
        """Subject: Message held for moderation: Crestview Tenants Talk

A message you sent to crestview-tenants@groups.example is awaiting moderator approval
because you are a new member. Messages from new members are moderated for the first
14 days.

Subject: credit letter question

Has anyone dealt with this? I got my free report to apply for the senior building on
Elm and it says:
- collection from Crestline Recovery Partners, $2,310, reported 03/2025
- 60 days late on the Dalton's store card, August 2024
My score came out 536 which is under their 580 cutoff. Can I dispute the collection
if I never had an account with them?
Thanks, Ruby Vance, apt 3C""",
        [
            (
                "CREDIT_REPORT",
                "collection from Crestline Recovery Partners, $2,310, reported 03/2025",
            ),
            ("CREDIT_REPORT", "60 days late on the Dalton's store card, August 2024"),
            ("CREDIT_SCORE", "536"),
        ],
    ),
    (
        """Subject: Invitation: Prep call - Luis Cardenas sentencing @ Mon Dec 14, 2026 3pm

Prep call - Luis Cardenas sentencing
When: Mon Dec 14, 2026 3pm - 3:45pm Mountain Time
Joining info: meet.example.com/qzr-hvta-kpe
Who: Selma Ortiz (Second Chance Advocates) - organizer, Anna Lindahl, Gil Cardenas

Description:
Luis pleaded to the burglary count in October and sentencing is Dec 18 before Judge
Whitford. We need character letters from his supervisor at the car wash and his
former coach by the 16th. Anna (public defender) will say which letters to file.
Gil - please bring the photos from the job-training graduation.""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Invitation: December board meeting - budget review @ Thu Dec 17, 2026 6:30pm

December board meeting - budget review
When: Thu Dec 17, 2026 6:30pm - 8pm Central Time
Where: Video call
Meeting ID: 873 4412 9051
Passcode: 660913
One tap mobile: +1 555-0100,,87344129051#

Agenda: 2027 budget vote, audit committee report, executive session.

Who: board@prairiestarfoodshelf.example
Invitation from Google Calendar""",
        [],
    ),
    (
        """Subject: Intake form submitted - Homebuyer Readiness

A new intake was submitted on the Fairhaven Housing Counseling site.

Applicant: Tasha Pruitt
Phone: 555-0131
Credit score (from her free credit app): 566
Negative items she listed:
* Charge-off - Harbor Platinum card, $1,870, 2023
* Collection - Midland Recovery Group, $412
Goal: buy within 18 months, FHA
Preferred counselor: Devon Marsh
Class: Saturday homebuyer workshop (Jan)""",
        [
            ("CREDIT_SCORE", "566"),
            ("CREDIT_REPORT", "Charge-off - Harbor Platinum card, $1,870, 2023"),
            ("CREDIT_REPORT", "Collection - Midland Recovery Group, $412"),
        ],
    ),
    (
        """Subject: Automatic reply: proofs for the annual report

I'm away on bereavement leave this week and will return on Monday, December 14. I
won't be checking email.

For the annual report proofs, please send corrections to Liesel Ng
(lng@harborfoundation.example), who is handling the print schedule. The printer's
queue number for our job is 84-2217.

Thank you for understanding,
Marguerite Olsen
Communications Director""",
        [],
    ),
    (
        """Subject: Recall: Holiday potluck signup

Marcy Chen would like to recall the message, "Holiday potluck signup". The
sign-up sheet link in it pointed to last year's form.

Message Recall Report
Originally Sent: 12/7/2026 10:02 AM
Recall Requested: 12/7/2026 10:04 AM
Recipient: All Staff (allstaff@southsidehousing.example)    Recall Status: Partial

Southside Housing Alliance""",
        [],
    ),
    (
        """Subject: Undeliverable: Volunteer orientation this Thursday!

Delivery has failed to these recipients or groups:

volunteers-all@greenfieldliteracy.org
Your message couldn't be delivered because the recipient's email system rejected it for
failing authentication checks.

Diagnostic information for administrators:
Generating server: SA1PR02MB9912.namprd02.prod.outlook.com
Remote Server returned '550 5.7.26 This message does not pass authentication checks
(SPF and DKIM both do not pass).'

Original message headers:
Message-ID: <20261207141508.3F1C2A40B7@mail.greenfieldliteracy.org>
Date: Mon, 7 Dec 2026 09:15:08 -0500
From: Greenfield Literacy <hello@greenfieldliteracy.org>
Subject: Volunteer orientation this Thursday!
X-Campaign-ID: 6529346806855""",
        [],
    ),
    (
        '''Subject: New voicemail from (414) 555-0181 (0:32)

From: (414) 555-0181
To: Orders - Milkweed Pottery
Received: Mon Dec 07 2026 11:48 AM

Transcription:
"Hi, this is Sheila, I'm calling about order five one seven four three two, the two
mugs and the big serving bowl. I wanted to see if they can ship before the 18th.
My number is four one four five five five zero one eight one. Thanks so much."''',
        [],
    ),
    (
        """Subject: [PunchPoint Support] Case 00571236 updated - clock rejecting employee

Case 00571236: Fingerprint clock rejecting one employee
Account: Rosa's Family Laundromat (2 locations)

Customer comment:
It keeps rejecting Marisol Vega at the Grand Ave store. The admin screen says "Match
score 0.41 (threshold 0.60)" and under her profile the template ID is
8b68f617e55cc023a9623468e7f754df. Everyone else clocks in fine. Can we delete her
and re-enroll?

Agent reply:
Yes - delete the template under Employees > Marisol Vega > Biometrics and re-enroll
with three scans of the same finger.""",
        [("biometric", "")],
    ),
    (
        """Subject: Announce post from office@gracefellowshipnc.org requires approval

As list administrator, your authorization is requested for the following mailing
list posting:

    List:    announce@lists.gracefellowshipnc.org
    From:    office@gracefellowshipnc.org
    Subject: This Sunday - baptisms and potluck
    Reason:  Message has more than 10 recipients in Cc

At your convenience, visit your dashboard to approve or deny the request.

--- held message ---
Friends, we will celebrate baptisms in the 10:30 service this Sunday! Please pray for
Lucia Ferreira, Owen Baptiste and Mr. Harold Kim as they are baptized, and stay for
the potluck in the fellowship hall afterward. The sign-up sheet for dishes is in the
narthex.
Pastor Dee & the church office""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Read: Gloria Mendez - A1c 9.2, insulin titration plan

Your message

  To: Dr. Anand Patel
  Subject: Gloria Mendez - A1c 9.2, insulin titration plan
  Sent: Monday, December 7, 2026 10:02:31 AM (UTC-06:00) Central Time (US & Canada)

was read on Monday, December 7, 2026 11:15:48 AM (UTC-06:00) Central Time (US &
Canada).

Mesa Community Health - Outreach Desk""",
        [("health", "")],
    ),
    (
        """Subject: New message from your website - counseling question

Name: Daria Kuznetsova
Email: daria.k@example.com
Phone: (not provided)
Message: Hi, do you offer a sliding scale for individual counseling, and do you have
any evening appointments after 5? Do you take any insurance, or is it self-pay only?
Thank you.

Sent from the Contact page of Maple Leaf Community Counseling Center""",
        [],
    ),
    (
        """Subject: [WPForms] New Entry: Contribute - Friends of Ana Ruiz

You have a new form submission on anaruizforcouncil.example.

Amount: $100.00
First Name: Harold
Last Name: Whitcomb
Email: hwhitcomb@example.net
Address: 418 Linden Ave, Millbrook
Employer: retired
Occupation: retired
Card Number: 4903702657675733
Expiration: 04 / 29
CVC: 771
I certify that this contribution is made from my own funds: Checked

---
This notification is set to email entries in full. Please switch the card field to the
processor's secure element before the next mailing.""",
        [("CREDIT_CARD", "4903702657675733"), ("CVV", "771"), ("political_opinion", "")],
    ),
    (
        """Subject: Invitation: Eli Rosen - bar mitzvah tutoring @ Weekly on Wednesday 4:30pm

Eli Rosen - bar mitzvah tutoring
When: Weekly from 4:30pm to 5:15pm on Wednesday, from Wed Jan 6 to Wed Apr 28
Where: Beth Shalom library (Zoom if it snows)
Who: Cantor Miriam Adelson - organizer, Eli Rosen, Deborah Rosen

Notes: We're starting with the Torah blessings, then Vayeshev. Deborah asked that we
record the trope practice so Eli can practise at his dad's house on weekends.

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Updated invitation: Venue walkthrough - Priya & Anjali @ Sat Jan 9, 2027 1pm

Updated invitation

Venue walkthrough - Priya & Anjali
When: Sat Jan 9, 2027 1pm - 2:30pm Eastern Time
Where: The Foundry Loft, 212 Mill St
Who: Camille Dubois (Foundry Loft events), Priya Raman, Anjali Mehta

Notes from Camille: the brides want to see the ceremony layout with the aisle on the
river side, and both of their mothers will join. We'll do a tasting of the two paneer
appetizers at the end. Parking is in the back lot; the freight door is open from 12:30.

Reply for priya.raman@example.net: Yes / No / Maybe""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Ticket 90217 updated: verification code never arrives

Requester (Bernadette Ovalle):
I tried logging into the member portal five times. It says "we sent a 6-digit code to
***-***-0127" but the text never comes. My phone gets other texts fine.

Agent (Sanjay):
Thanks. Our SMS provider had an outage this morning; codes should arrive now. If not,
choose "email me a code" instead.

Cedar Valley Credit Union - Member Support""",
        [],
    ),
    (
        """Subject: Automatic reply: Catering contract for the spring gala

Our team is away at our annual staff retreat at St. Benedict's Abbey, December 8-10,
with limited phone and email access. We will answer all messages when we return on
Friday.

For same-week event emergencies, call our on-call coordinator at 555-0196.

Gather & Graze Catering""",
        [],
    ),
    (
        """Subject: Automatic reply: Conservation easement - Hollis parcel

Thank you for your note. I'm out of the office until Monday, January 11, recovering
from a hip replacement, and I won't be checking email while I'm laid up.

For anything about easements or the Hollis Creek parcel, please contact Bettina Lowry
at blowry@tworiverslandtrust.org or 555-0118. Gifts of stock and year-end donations
can go to gifts@tworiverslandtrust.org.

With thanks,
Gail Forsberg
Director of Land Protection, Two Rivers Land Trust""",
        [("health", "")],
    ),
    (
        """Subject: Automatic reply: my court date

I am out of the office on Friday, December 11, and will return Monday. If this is
about a hearing in the next 48 hours, call our intake line at 555-0190.

Eastfield Legal Aid Clinic | Walk-in hours Tue & Thu 9-12

-----Original Message-----
From: Tanisha Greer <tgreer88@gmail.com>
Sent: Thursday, December 10, 2026 6:47 PM
To: Marcus Bell <mbell@eastfieldlegalaid.org>
Subject: my court date

Hi Mr Bell its Tanisha. the letter came and my court date for the shoplifting charge
is Jan 8 at 9am in courtroom 4B. Do I need to bring the receipts from the store or
will you have them? also my mom can drive me so I wont be late this time""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Client Request #2291 updated - bank access for year-end

Ledgerline Bookkeeping - Client Request #2291 updated

From: Ray Mbeki (Treasurer, Good Shepherd Lutheran Church)
Message:
Marcy, you asked for read access to the bank for the year-end reconciliation. We don't
have the accountant login set up yet so just use mine for now:
Online banking at Cornerstone Community Bank
Username: gslc.treasurer
Password: Vesper!Bell1957
If it asks the security question (mother's maiden name) it's Kowalczyk.
I'll set up your own user after Christmas.

Assigned to: Marcy Quinlan | Status: Waiting on us""",
        [("PASSWORD", "Vesper!Bell1957"), ("PASSWORD", "Kowalczyk")],
    ),
    (
        """Subject: [Support #31906] Bounce errors when sending our newsletter

Customer (Paulette Greaves, Northside Food Forest):
Half our newsletter bounced this morning with
"421 4.7.0 [TSS04] Messages from 198.51.100.14 temporarily deferred due to
unexpected volume" and a few "550 5.7.1 Service unavailable; client host blocked".
Message-ID on one of them: <20261207084455.13c7e2@mta3.sendline.example>.
Case ref from the last time this happened: 900-14-2257.

Agent (Ruth): Deferrals from 421 retry automatically; no action needed.""",
        [],
    ),
    (
        """Subject: Re: [Ticket 7731] Double charge on my order

Oak & Awl Furniture - Ticket 7731

Customer reply (via email):
Yes it's the same card both times, Amex 3724 410513 30302, the CID on the front is
7274. Order 1 was the walnut bookshelf and order 2 was the bookshelf again, I only
clicked once. Can you refund the second one?

Previous message from Oak & Awl:
Sorry about that! Can you tell us which card you used so we can match the charges?""",
        [("CREDIT_CARD", "3724 410513 30302"), ("CVV", "7274")],
    ),
    (
        """Subject: Ticket [#RF-2093] Refund request - workshop cancellation

New reply on your ticket [#RF-2093]

Customer: Fiona Breckenridge
> Thank you for offering the refund for the cancelled weaving workshop. I'm back in
> Edinburgh now, so a UK transfer is easier than a cheque. My IBAN is
> GB23 NWBK 0106 2666 6733 56, name Fiona M Breckenridge.

Agent note: refund of $285 approved. Sent to finance.
Loomhouse Fiber Studio""",
        [("IBAN_CODE", "GB23 NWBK 0106 2666 6733 56")],
    ),
    (
        """Subject: Undelivered Mail Returned to Sender

This is the mail system at host relay.cedarpathclinic.org.

I'm sorry to have to inform you that your message could not be delivered to one or
more recipients. The message headers are attached below; the body was not kept.

<pharmacy@rxplusmain.com>: connect to mx.rxplusmain.com[203.0.113.18]:25:
    Connection timed out

Final-Recipient: rfc822; pharmacy@rxplusmain.com
Original-Recipient: rfc822;pharmacy@rxplusmain.com
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.rxplusmain.com[203.0.113.18]:25: Connection
    timed out

Text-of-returned-message headers:
Return-Path: <nurse.line@cedarpathclinic.org>
Received: by relay.cedarpathclinic.org (Postfix, from userid 1004)
    id 7C3E21A04F2; Mon, 7 Dec 2026 07:58:12 -0500 (EST)
Message-ID: <20261207125812.7C3E21A04F2@relay.cedarpathclinic.org>
From: Cedar Path Nurse Line <nurse.line@cedarpathclinic.org>
To: pharmacy@rxplusmain.com
Subject: Keisha Morrow - methadone dose change to 85 mg, please confirm take-home pickup""",
        [("health", "")],
    ),
    (
        """Subject: Invitation: ITIN renewal - Rosa Quintanilla @ Tue Dec 15, 2026 10am - 11am (CST)

ITIN renewal - Rosa Quintanilla
When: Tuesday Dec 15, 2026 10am - 11am Central Time - Chicago
Where: Casa Comunitaria, 2nd floor, room 3
Calendar: volunteers@casacomunitaria.org
Who: Ines Barrios - organizer, Rosa Quintanilla, Luz Herrera (VITA volunteer)

Description:
Rosa's ITIN 971-78-5829 expired because she didn't file for 3 years. Renewal goes
with the 2025 return (W-7, box a). Bring: her original passport + the CP565 letter if
she still has it. Luz will certify the passport copy, don't mail the original.

Going (volunteers@casacomunitaria.org)? Yes - Maybe - No
Invitation from Google Calendar""",
        [("US_ITIN", "971-78-5829")],
    ),
    (
        """Subject: Update on your request #41877: Text reminders not sending

Your request (#41877) has been updated. To add additional comments, reply to this email.

Moises (Volunteer Hub Support)
Dec 7, 2026, 14:22 EST
Can you confirm which SMS provider credentials you entered under Settings > Messaging?

Harriet Voss
Dec 7, 2026, 13:05 EST
Hi, our shift reminders to volunteers stopped on Thursday. These are the numbers from
our SMS account:
Account SID AC574e4080171a964721b2a7f6ce6b1e83
Auth Token f89029abf332d0f4d9e627d60ea4ffdd
From number +1 (415) 555-0193
Thank you! - Harriet, Bayview Tenants Network""",
        [("API_KEY", "f89029abf332d0f4d9e627d60ea4ffdd")],
    ),
    (
        """Subject: Auto-Reply: invoice 2291 - window repair

Hi, this is Dominic at Keel & Sash Window Repair. I'm taking the next three weeks off
to knock doors full time for Teresa Okafor's campaign for county commissioner, so
replies will be slow until November 4.

My brother Lou is covering jobs already on the calendar (555-0155). Invoices can be
paid through the link on your estimate as usual. If it's an emergency like a broken
pane, Lou will get to you the same day.

Dominic Ferraro""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Invitation: Know Your Rights workshop (open to the public) @ Sat Jan 16, 2027

Know Your Rights workshop - open to the public
When: Sat Jan 16, 2027 10am - 12pm Pacific Time
Where: Centro Cultural, main hall

Description: A free workshop on what to do if you are stopped by police or if
immigration agents come to your door or workplace. Presented by volunteer attorneys.
Spanish and Mam interpretation. Bring questions; no personal information will be
collected. Snacks provided.

Organizer: events@centrocultural.example""",
        [],
    ),
    (
        """Subject: Invitation: Chemo Care Bag packing party @ Sat Dec 19, 2026 10am - 12pm

Chemo Care Bag packing party
When: Sat Dec 19, 2026 10am - 12pm
Where: Hope Ridge Cancer Support Network office, 2nd floor

Notes: We'll pack 200 comfort bags (lip balm, ginger chews, fleece blankets, puzzle
books) for the infusion center. Volunteers of all ages welcome. Pizza at noon.
Please RSVP so we have enough tape and markers.""",
        [],
    ),
    (
        """Subject: [eastgate-neighbors] Digest Number 2314

Messages in this digest (3):
1. Snow shoveling volunteers
2. I've got lawn signs
3. Recycling pickup moved

1. Snow shoveling volunteers - Posted by: Patrice Odom
We still need two people for the Maple Ct seniors' walks. Reply to me.

2. I've got lawn signs - Posted by: Wendell Crane
I'm volunteering with the Reyes for Mayor campaign again this cycle. If anyone on
Birch or Elm wants a lawn sign, I have a trunk full. Happy to talk about why I'm
voting for her, too.

3. Recycling pickup moved - Posted by: Nell Hardy
Pickup moves to Saturday the week of Christmas.""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Recall: Ticket 5417432738019 status - boiler replacement

Devin Achterberg would like to recall the message, "Ticket 5417432738019 status -
boiler replacement".

Recall Status: Failed for 2 recipients (message already read), Succeeded for 1.
Original sent: 12/7/2026 3:16 PM

Achterberg Heating & Cooling | Service dispatch 555-0187""",
        [],
    ),
    (
        """Subject: Read: Reminder - sign up for the IRS IP PIN program before filing season

Your message

  To: All clients (bcc)
  Subject: Reminder - sign up for the IRS IP PIN program before filing season
  Sent: Tuesday, December 1, 2026 9:00:00 AM

was read on Monday, December 7, 2026 7:22:54 PM.

Lindqvist Tax & Bookkeeping""",
        [],
    ),
    (
        """Subject: [VerifyDesk] Review needed - customer ID check

Store: Lucky Star Check Cashing, Store 2
Customer: Delroy Whitaker
Document: NY non-driver ID (front and back captured)
Selfie-to-ID face match: 71.3% (below 80% auto-approve)
Liveness: pass
Transaction: payroll check, $612.40
Action needed: manager review before cashing

Open the review in VerifyDesk to approve or decline. Do not reply to this email.""",
        [("biometric", "")],
    ),
    (
        """Subject: Automatic reply: Quote request - kitchen cabinets

Thank you for writing to Adler Cabinetry. I keep Shabbat, so I'm offline from sundown
Friday until after dark Saturday, and the shop is closed then too. I answer quote
requests on Sunday mornings.

If you've already placed an order and need to change the install date, please call
Noa at 555-0129 during the week.

Eitan Adler
Adler Cabinetry, est. 2009""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This
is a temporary error that has now become permanent:

  denise@brightsidedentalarts.com
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: Fwd: Your Harborview Bank verification code

Denise - it's me, can you log in and approve payroll before 3? Here's the code:

---------- Forwarded message ---------
From: Harborview Bank Business Online <alerts@harborviewbank.example>
Your one-time verification code is 422145. It expires in 10 minutes. Harborview Bank
will never call you to ask for this code.""",
        [("ACCESS_CODE", "422145")],
    ),
    (
        """Subject: [Ticket #48213] Where is my order? (status: pending)

Ticket #48213 updated. Status: Pending

Customer wrote:
Hi, I can't find the confirmation for order 4177708144898760 and my tracking link
doesn't work. It was a gift for my sister's birthday on the 12th. Can you check?

Agent (Priyanka):
Thanks for waiting! The carrier scanned it this morning; it's due Thursday. Request ref
REQ 666-21-4409.

Brightwater Candle Co.""",
        [],
    ),
    (
        """Subject: [volunteers] digest: blood drive reminder

1. Blood drive Saturday - Deb Okoro
Our blood drive is Saturday 9-3 in the fellowship hall. All healthy adults are
welcome. The eligibility questions are asked privately by the blood center staff,
not by us. Sign up for a slot so we can spread out the donors.

2. Re: Blood drive Saturday - Cal Whitney
I'll bring the cookies and juice again.""",
        [],
    ),
    (
        """Subject: Automatic reply: deposit for the book club dinner

Thank you for emailing Trattoria Bella Notte! Our event coordinator is off until
Tuesday. Private room deposits are processed when she returns. Hours: Tue-Sun 4-10.

> From: Gwen Abernathy
> Sent: Sat 12/5/2026 11:20 AM
> To: Carla (Bella Notte Events)
> Subject: deposit for the book club dinner
>
> Hi Carla - here's the card for the $150 deposit for the 19th, 14 people.
> Mastercard 5432-6542-0926-1263 exp 11/27, sec code 283. Name on card
> Gwendolyn R Abernathy. Please email me a receipt!""",
        [("CREDIT_CARD", "5432-6542-0926-1263"), ("CVV", "283")],
    ),
    (
        """Subject: Undeliverable: RE: tables for the Spring Gala

Delivery has failed to these recipients or groups:

events@eastsidearts.org
The email address you entered couldn't be found. Please check the recipient's email
address and try to resend the message. If the problem continues, please contact your
helpdesk.

Diagnostic information for administrators:
Generating server: CH2PR11MB4410.namprd11.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found
by SMTP address lookup'

-----Original Message-----
From: Lorraine Pettibone
Sent: Monday, December 7, 2026 8:02 AM
To: events@eastsidearts.org
Subject: RE: tables for the Spring Gala

Put us down for two tables again, same as last year. Use the Visa on file, or if
it expired use this one - 4980 9390 8221 1819, exp 9/28, and the 3 digit code on
the back is 187. Billing zip is the same as always.
Lorraine""",
        [("CREDIT_CARD", "4980 9390 8221 1819"), ("CVV", "187")],
    ),
    (
        """Subject: [Donation Receipt] New donation received - Riverbend Animal Rescue

Donation received

Donor: Carolyn Spratt
Amount: $75.00 (monthly)
Payment method: Visa (stored by processor)
Transaction ID: 9499883933876922
Authorization: 0A7F33
Date: 12/07/2026 06:12 AM
Designation: Winter kennel heating fund

This donation will appear on your payout of 12/09/2026.""",
        [],
    ),
    (
        """Subject: Automatic reply: Jaylen - new medication

Hello, I am out of the building for a district training on Dec 8 and 9. For urgent
student safety concerns please call the front office at 555-0104.
Ms. Dorsey, School Counselor, Pinecrest Middle School

-----Original Message-----
From: Andre Whitfield
Sent: Monday, December 7, 2026 4:12 PM
To: Dorsey, Lynette
Subject: Jaylen - new medication

Ms Dorsey, just a heads up, his new psychiatrist started Jaylen on Abilify last week
and he may be sleepy in first period. We're watching it. If he seems off can you
let me know? Thanks, Andre (Jaylen's dad)""",
        [("health", "")],
    ),
    (
        """Subject: Contact form: question about the grocery worker scholarship

Name: Lupe Santana
Email: lupe.santana77@example.com
Message: Hello, I have been a member of Grocery & Retail Workers Local 418 since 2019
(I work produce at Sunfield Market on Federal) and my union rep said your foundation
has a scholarship for members' kids. My daughter graduates in May. Does she apply or
do I? Is there a deadline?

--
This e-mail was sent from a contact form on Front Range Education Fund""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: [Free Tax Help] Ticket #3307 - "ITIN invalid" error on the portal

A client replied to ticket #3307.

Client wrote:
Hi, I'm trying to upload my documents on the portal but when I put my ITIN
986-83-5669 it says "invalid format". I tried with and without the dashes. My
appointment is Saturday at the library site. Can you fix it or should I just bring
the papers?
Gracias, Wilmer

Reply above this line to respond. Ticket status: Open""",
        [("US_ITIN", "986-83-5669")],
    ),
    (
        """Subject: Riverton Neighbors - Daily Digest (4 messages)

1. Lost cat - orange tabby, answers to Biscuit (Hanna Voigt)
Last seen Sunday near the school. He's on thyroid meds so please call 555-0124.

2. Garage sale Saturday (Oscar Lindgren)
Tools, kids' bikes, a couch. 8 till noon.

3. Library hours over break (Jess Park)
Closed Dec 24-25 and Jan 1.

4. Anyone recommend a dentist who takes walk-ins? (Reuben Kaye)
Asking for the neighbourhood list - our old one retired.""",
        [],
    ),
    (
        """Subject: Automatic reply: Parent volunteer schedule - spring concert

I'm away from email. As a shop steward for Healthcare Workers United Local 602 I'm on
the picket line at Saint Agnes Medical Center every day this week, and I won't be
checking this inbox until the strike is settled.

For the Westbrook Elementary concert volunteer schedule, please reach out to the other
PTO co-chair, Hye-jin Park, at hpark.pto@gmail.com.

- Renata Cole""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: New RSVP: Winter Supporters Dinner

A new RSVP was submitted.

Name: Philip & June Arrington
Number attending: 2
Meal choice 1: roasted chicken
Meal choice 2: vegetarian
Accessibility needs: none
Seating request: near the Hendersons if possible
Parking pass needed: yes

Confirmation number: 084213377
Hillside Garden Conservancy""",
        [],
    ),
    (
        """Subject: Form submission - Emergency Rent Help

Applicant name: Doreen Maddox
Date of birth: 03/14/1961
SSN: 780475534
Household size: 2
Monthly income: SSI $967
Reason for request: fell behind after my hospital stay in Oct. I use a wheelchair since
the amputation and my rent went up $85.
Landlord: Prairie Court Apartments
Amount requested: $1,140
How did you hear about us: 211

--
Sent by the website form at Prairie Neighbors Fund""",
        [("US_SSN", "780475534"), ("health", "")],
    ),
    (
        """Subject: Undeliverable: Your 2026 return - IP PIN

Delivery has failed to these recipients or groups:

fmarquez1958@yaho.com
The domain name in the email address is incorrect. Check the address and try again.

Diagnostic information for administrators:
Generating server: DM6PR19MB3307.namprd19.prod.outlook.com
Remote Server returned '550 5.4.310 DNS domain yaho.com does not exist'

-----Original Message-----
From: Cheryl Lindqvist, EA <cheryl@lindqvisttax.com>
To: fmarquez1958@yaho.com
Subject: Your 2026 return - IP PIN

Hi Felipe,
The IRS mailed your new Identity Protection PIN and you forwarded the letter - thank
you. For our records it's 141790, and it goes with the SSN ending 5509 on your return.
We will e-file as soon as your W-2 from the school district comes in.
Cheryl
Lindqvist Tax & Bookkeeping""",
        [("PIN", "141790"), ("US_SSN", "5509")],
    ),
    (
        """Subject: Saint Brendan Community Prayer Chain - digest

Prayer requests this week:

- For all the families who lost their homes in the Fairview apartment fire, and for
  the firefighters who are still working the site.
- For peace in our city over the holidays.
- For the volunteers serving at the Christmas Eve community dinner.

The parish hall will collect coats and blankets for the fire victims until Friday.""",
        [],
    ),
    (
        """Subject: Automatic reply: Mr. Obi - visit notes Dec 7

I'm out of the office until Wednesday. Schedule changes: call the office at 555-0112.
Harmony Home Companions

-----Original Message-----
From: Gladys Monroe
Sent: Monday, December 7, 2026 5:40 PM
Subject: Mr. Obi - visit notes Dec 7

Did his grocery run at the market on 5th, he paid with his EBT card. He wants his EBT
PIN written in his notes because he keeps forgetting it: 5970. Lockbox on the back
porch is still 3114. He was in good spirits, we watched the game.
Gladys""",
        [("PIN", "5970")],
    ),
    (
        """Subject: Automatic reply: Volunteer shift question

The Okafor for Commissioner campaign office is closed Monday, December 7 for
staff training. Volunteer shifts resume Tuesday at 10 am.

If you signed up to phone bank this week, you'll receive a confirmation text with
your shift time. To request a yard sign or to update your volunteer profile, visit
the campaign website. For press inquiries, contact press@okaforforcommissioner.example.

Paid for by Okafor for Commissioner.""",
        [],
    ),
    (
        """This is the mail system at host mail.crestviewtenants.org.

I'm sorry to have to inform you that your message could not be delivered to one or
more recipients. It's attached below.

<l.ferris@example.net>: host mx.example.net[203.0.113.61] said: 552 5.2.2 Mailbox
    full (in reply to RCPT TO command)

Reporting-MTA: dns; mail.crestviewtenants.org
X-Postfix-Queue-ID: 9A41C2E0F7
Arrival-Date: Mon,  7 Dec 2026 18:20:44 -0500 (EST)

--- Original message ---
Subject: Open meeting Thursday - heat and rent notices

All Crestview tenants are welcome at the open meeting Thursday at 7 pm in the community
room. Agenda: heat complaints in buildings C and D, the rent increase notices, and
electing two new building reps. Childcare and Spanish interpretation provided.
Crestview Tenants Union""",
        [],
    ),
    (
        """Subject: Undeliverable: Thank you for your contribution to Neighbors for Lydia Chan

Delivery has failed to these recipients or groups:

r.oyelaran@comcast.ent
The domain name in the email address is incorrect.

Diagnostic information for administrators:
Remote Server returned '550 5.4.310 DNS domain comcast.ent does not exist'

Original message:

Dear Rotimi Oyelaran,
Thank you for your contribution of $250.00 to Neighbors for Lydia Chan for State
Assembly 2026 on December 6, 2026, charged to Visa ending in 3877. Your support
keeps our volunteers on the doors every weekend.
Paid for by Neighbors for Lydia Chan for State Assembly 2026, FPPC ID 1468203""",
        [("CREDIT_CARD_LAST_DIGITS", "3877"), ("political_opinion", "")],
    ),
    (
        """Subject: Automatic reply: Board packet for Thursday

I'm out this afternoon for a doctor's appointment and back in the office tomorrow
morning. The December board packet went out last Friday; if you didn't receive it,
Thea at the front desk can resend it (555-0153).

Happy holidays,
Ramona Beecher
Executive Director, Northfield Arts Council""",
        [],
    ),
    (
        """Subject: Ticket #14420 updated: refill not shipped

Your ticket with Greenway Community Pharmacy has been updated.

Customer (Paul Ibsen) wrote:
My naltrexone refill was supposed to ship Friday and the tracking hasn't moved since.
I only have two days left. Can I pick it up at the counter instead?

Staff reply (Nadia):
Hi Paul, the carrier lost the package. We've set aside a new fill at the counter for
you; it's ready now.

Ticket status: Solved""",
        [("health", "")],
    ),
    (
        """Subject: Respuesta automática: documentos para la cita

Estoy fuera de la oficina hasta el 14 de diciembre. Para emergencias llame al
555-0166. / I'm out of the office until December 14. For emergencies, please call
555-0166.

Lic. Carmen Villalobos
Centro Legal del Valle

-----Mensaje original-----
De: Edgar Xicay
Enviado: lunes, 7 de diciembre de 2026 17:03
Asunto: documentos para la cita

Buenas tardes licenciada, le mando el número de mi pasaporte de Guatemala como me
pidió: T42284063, vence en 2029. La copia del acta de nacimiento la llevo el jueves.
Gracias, Edgar""",
        [("US_PASSPORT", "T42284063")],
    ),
    (
        """Subject: Returned mail: see transcript for details

The original message was received at Mon, 7 Dec 2026 10:41:07 -0600
from c-hsd1.mn.example.net [198.51.100.77]

   ----- The following addresses had permanent fatal errors -----
<payroll@gustafsonbooks.net>
    (reason: 550 5.7.1 Message rejected as spam by Content Filtering)

   ----- Transcript of session follows -----
... while talking to mx.gustafsonbooks.net.:
>>> DATA
<<< 550 5.7.1 Message rejected as spam by Content Filtering
554 5.0.0 Service unavailable

   ----- Original message -----
Subject: new hire - Priscilla

Hi Dana, our new counter person at the bakery starts Monday. Priscilla Ngata,
SSN 426 86 8393, single, no extra withholding, same pay rate as Tomas. I'll bring
her I-9 papers Friday when I drop off the receipts.
- Birgit, Sweet Rye Bakery""",
        [("US_SSN", "426 86 8393")],
    ),
    (
        """Subject: New registration - Tuesday Pantry (Bushwick)

A new household was registered at the Tuesday pantry.

Household head: Yolanda Ferrer
ID shown: NY non-driver ID
ID number: 678 232 255
Household members: 4
ZIP: 11237
Volunteer: Kenji
Note from volunteer: address on her ID is the old one, she moved in September.

This message was sent automatically by the Sunrise Pantry intake form.""",
        [("US_STATE_ID", "678 232 255")],
    ),
    (
        """Subject: New submission: Volunteer Driver Application

Form: Volunteer Driver Application
Site: Meals Together of Fresno County

Name: Gordon Ashby
Phone: (559) 555-0176
CA Driver License Number: D0699427
License expiration: 07/2029
Any moving violations or convictions in the last 7 years?: Yes
If yes, explain: DUI in 2019, did 3 years probation and the class, no problems since
Vehicle: 2016 Honda CR-V
Availability: Tues/Thu mornings
Signature: Gordon Ashby

Submitted from 198.51.100.23 on 12/07/2026 07:41""",
        [("US_DRIVER_LICENSE", "D0699427"), ("criminal_history", "")],
    ),
    (
        """This is the mail system at host mx1.newleafreentry.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

<rentals@maplecourtapts.com>: host mail.maplecourtapts.com[198.51.100.42] said:
    550 5.1.1 <rentals@maplecourtapts.com>... User unknown (in reply to RCPT TO
    command)

--- Original message follows ---
From: Keon Bradshaw <kbradshaw@newleafreentry.org>
To: rentals@maplecourtapts.com
Subject: Reference for Darnell Hayes - unit 2B application

Hello,
I'm Darnell's case manager at New Leaf. He came home in June after finishing his
sentence at Jackson and he's on parole through March 2027. He has kept every
appointment with us and has held his job at the bakery for five months. Happy to
talk any time: 555-0162.
Keon""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Out of office until Dec 14

Hi there - I'm out this week for my egg retrieval (round two of IVF, fingers crossed)
and will be slow to respond until Monday the 14th.

Sunny Side Dog Walking clients: walks are still happening! Jess and Amara have the
keys and your schedules. Text the booking line at 555-0121 for changes or to add a
holiday visit.

- Kirsten""",
        [("health", "")],
    ),
    (
        """Subject: Delivery Status Notification (Delay)

This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed:

     jordan.mckee.93@example.com

----- Original message -----
From: Partner Services - Clearwater Community Health
Subject: Please call us - confidential

Hi Jordan, this is Bea from Clearwater Community Health. Someone you had sexual contact
with in the last two months has been diagnosed with gonorrhea and asked us to let you
know. Free testing and treatment are available Mon-Fri, walk in from 9 to 4, and we
don't share your name. Call me at 555-0172 if you have questions.""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Message Recall Report for message: Keith's PO meeting moved - Hennepin County
probation, Thurs 2pm

Originally Sent: 12/7/2026 9:51 AM
Recall Requested: 12/7/2026 9:53 AM

Recipient                                      Recall Status
Dale Sorensen (dsorensen@northstarwork.org)    Failed: the message was already read
Marta Quist (mquist@northstarwork.org)         Succeeded
Front Desk (frontdesk@northstarwork.org)       Pending

Northstar Workforce Partners""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Undelivered Mail Returned to Sender

This is the mail system at host smtp.copperleafdesign.example.

<ap@northgatebrewing.example>: host mx.northgatebrewing.example[198.51.100.90]
    said: 550 5.1.1 Recipient address rejected: User unknown (in reply to RCPT TO)

Reporting-MTA: dns; smtp.copperleafdesign.example
X-Postfix-Queue-ID: 5D8B31F2A9
X-Postfix-Sender: rfc822; billing@copperleafdesign.example
Final-Recipient: rfc822; ap@northgatebrewing.example
Action: failed
Status: 5.1.1

--- Original message ---
Subject: Invoice 2026-118 - tap handle design

Invoice 2026-118, $1,480.00, net 30. Pay by ACH or card through the invoice link.
PO 7644273970865. Thank you!""",
        [],
    ),
    (
        """Subject: Out of office: Re: tile samples for the Pham kitchen

I'm on parental leave until March 1 and not checking email. Congratulations are
welcome when I'm back!

For design questions, please email Nadia at nadia@stonecrestinteriors.example. For
orders, deliveries and invoices, use orders@stonecrestinteriors.example or call the
showroom at 555-0147.

Thanks,
Owen Castellano
Stonecrest Interiors""",
        [],
    ),
    (
        """Subject: New voicemail from (608) 555-0184 (0:47)

You received a new voicemail.

From: (608) 555-0184
To: Main Line - Driftless Housing Co-op
Received: Mon Dec 07 2026 8:12 AM
Duration: 0:47

Transcription (beta):
"Hi, this is Gloria Banda in unit eleven, um, calling about the rebate check for the
solar share. You can just put it in my account instead of a check, it's at Valley
Credit Union, the account number is
four three three five zero zero zero five eight seven eight.
Okay, call me back if you need anything else. Thanks, bye."

Listen to the message in your voicemail portal.""",
        [("US_BANK_NUMBER", "four three three five zero zero zero five eight seven eight")],
    ),
    (
        """Subject: Undeliverable: Your security deposit refund

Delivery has failed to these recipients or groups:

thanh.nguyen.home@example.org
The recipient's mailbox is full and can't accept messages now. Please try resending
this message later, or contact the recipient directly.

Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceeded'

-----Original Message-----
From: Willow Bend Property Co.
Subject: Your security deposit refund

Hi Mr. Nguyen, your deposit refund of $1,250.00 was sent by ACH to checking ending in
3390 today, reference RF-20261207-4471. Please allow 2-3 business days. The itemized
list of deductions (none!) is attached.
Thanks for being a great tenant,
Willow Bend Property Co.""",
        [],
    ),
    (
        """Subject: Out of Office: Catering quote for Dec 19

Assalamu alaikum and thank you for contacting Saffron Table Catering.

I am away for Umrah with my parents and will be back in the shop on December 21. My
phone will be off most of the time. Rafiq is taking all catering orders while I'm
gone - call him at 555-0137 or write to orders@saffrontable.com. If you need our
certificate of insurance for your venue, he can send that too.

Jazakallah khair for your patience,
Samira Haddad
Owner, Saffron Table Catering""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Post awaiting moderation: Year-end story draft

A post to comms-team@sheltercoalition.example is awaiting moderation (reason: sender
not on allow list).

> Draft for the year-end letter - please comment by Friday:
> "Meet Ana" (not her real name - Ana is a composite of several mothers we served this
> year). Ana arrived at our door in February after leaving an abusive partner, with two
> kids and a bag of clothes. Like many of our residents, she was in recovery from opioid
> use. Today she has her own apartment and a job at a bakery.""",
        [],
    ),
    (
        """Subject: [Ticket #60418] Re: Sync to our newsletter list stopped working

## Please type your reply above this line ##

Harbor Help Desk updated ticket #60418. Status: Open -> Pending

Kofi (Harbor Help Desk)
Thanks, Janelle. Once the sync is working again, please generate a new key and delete
this one, since it's now sitting in a ticket.

Janelle Osei (Pine Street Arts Collective)
Here's what's in the integration settings. It has been failing since Friday with
"401 API Key Invalid":
API key: 51451e379e3b993eff036abaa07d5213-us21
Audience ID: 8c2f14d9a0""",
        [("API_KEY", "51451e379e3b993eff036abaa07d5213-us21")],
    ),
    (
        """Subject: [Wheelshare Co-op] Ticket #5120: Member verification failed

Ticket #5120 - new comment from member

Antoine Delacroix:
The app says my license can't be verified. It's a Florida license, number
M913-241-12-219-7, I just moved here in October and haven't switched it yet. Do you
need a photo of the back?

Wheelshare Co-op Member Support - reply above this line""",
        [("US_DRIVER_LICENSE", "M913-241-12-219-7")],
    ),
    (
        """Subject: Return Receipt (displayed) - Tomasz - your MLH1 result

Return receipt

Your message
    To: tomasz.wrobel@fastmail.example
    Cc: intake@prairiegenetics.org
    Subject: Tomasz - your MLH1 result (variant confirmed) and next steps for screening
    Sent: 12/4/2026 3:44 PM

was displayed on 12/7/2026 8:03 AM. There is no guarantee that the message has been
read or understood. The contents may have been displayed without being read.""",
        [("genetic", "")],
    ),
    (
        """Subject: Your message to westside-families is awaiting approval

Your mail to 'westside-families' with the subject

    Free flu shots Saturday at the rec center

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Message has implicit destination

> Free flu and COVID shots for everyone 6 months and up, Saturday 10-2 at the Westside
> Rec Center. No insurance needed, no appointment needed. Bring the kids - there will
> be stickers and a hot cocoa table. Questions: call the county health line.""",
        [],
    ),
    (
        """Subject: Delivery Status Notification (Failure)

** Message not delivered **

Your message couldn't be delivered to donors@clarkcountyfreeclinic.org because the
remote server rejected it.

The response was:
554 5.7.1 Message rejected: content flagged as bulk

----- Original message -----
Subject: Can you help a neighbor this winter?

Dear friend,
This winter, families across the county are choosing between rent and medicine. Your
gift of $50 provides a month of insulin for a neighbor who has nowhere else to turn,
and $120 covers a full set of lab work for an uninsured patient.
Give today at the link below - every gift is matched until December 31.
With gratitude,
The Clark County Free Clinic team""",
        [],
    ),
    (
        """Subject: Automatic reply: PrEP navigator referral

Thanks for your message. I'm at the regional HIV prevention conference through
Thursday, presenting our clinic's navigation results with the county health
department. I'll have limited email.

For client appointments or refills, call the front desk at 555-0135. For new
referrals, use the referral form on our website and our intake team will follow up
within one business day.

Jonah Feld, MPH
Program Manager, Riverside Wellness Collective""",
        [],
    ),
    (
        """Subject: Auto reply - Lakeview Print & Sign

Thanks for reaching out to Lakeview Print & Sign. I'm in a 28-day residential program
at Pine Hollow Recovery Center through the end of the month and won't have my phone.
Proofs and orders are being handled by Marguerite (marguerite@lakeviewprint.com,
555-0149). Banners for the January festival ship on schedule.

Appreciate your patience,
Troy Lindgren""",
        [("health", "")],
    ),
    (
        """Subject: New application: Seven Rivers Native Scholars Fund

Applicant: Kaya Wolfe
Email: kaya.wolfe@example.edu
Tribal affiliation: Oneida Nation
Enrolled member?: Yes
Tribal ID card number: 47049
College: Northern Plains Technical College, LPN program
Year: 2nd
Essay uploaded: yes (kaya_essay_final.docx)
Recommender: Mr. Daniel Skenandore

This entry was sent by the application form. Reply to reach the applicant.""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "47049")],
    ),
]


if __name__ == "__main__":
    raise SystemExit(write(HARD_73, "hard73", Path(__file__).with_name("hard-73.jsonl")))
