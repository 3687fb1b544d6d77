"""Hard set 72 (2026-12-07): a free VITA tax site's first weeks of the filing season.

Written blind. I read only /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief72.txt.
I ran only throwaway generator and build scripts under /tmp/hard72_gen/, this module (to
validate and write hard-72.jsonl), ruff format and ruff check on this module, and git add,
git commit and git rev-parse.
Slips: my first command, meant only to print the prompt, also ran `ls -la /tmp/mg`, which
listed that directory (file names only), and after the first successful run I ran `git
status --short`, which is not among the git commands allowed. I opened no file either
listed beyond those named above.

Identifiers were generated with a seeded random.Random in throwaway scripts under
/tmp/hard72_gen/: Luhn-valid card numbers, checksum-valid ABA routing numbers, SSNs that
follow the SSA rules (area not 000, 666 or 9xx; group and serial not zero), ITINs with a
valid group, mod-97 IBANs, and random account, passport, licence, ID, PIN and code digits
with no trivial sequences. No published test numbers are used. Phone numbers are 555-01xx.
All people, organisations (Marlow Valley Community Action, Riverbend Community Credit
Union, ClearPath Refund Services) and places such as Harlan Falls are invented; real
agencies, forms and programs are named only as the things a real tax site would name.

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
- Preparer and site numbers are unlabelled identifiers, like EINs: a volunteer's PTIN, the
  site's EFIN and SIDN, a DLN from a transcript, a CP2000 control number, a state rebate
  confirmation number, appointment and confirmation numbers, a vendor's partner ID and
  publishable key. Tax years, form and line numbers, AGI and refund amounts, exam scores
  and percentages are not labelled.
- A Self-Select PIN used to sign a named client's e-filed return authenticates the
  taxpayer to the IRS as the IP PIN does: PIN, each spouse's separately.
- A volunteer's tax-software login password is PASSWORD and its forwarded two-factor code
  ACCESS_CODE (the account opens clients' returns); a client's IRS Online Account password
  and pet-name security answer are each PASSWORD; a state revenue portal (myPATH)
  verification code is ACCESS_CODE; a temporary online-banking password in a credit
  union's welcome letter is PASSWORD.
- A prepaid refund card issued by a bank-product vendor is a card: its number is
  CREDIT_CARD, its security code CVV, its last four CREDIT_CARD_LAST_DIGITS, and the PIN a
  client chose for it PIN. A debit card broken over two lines keeps the line break.
- An account number dictated as words in a voicemail transcription is US_BANK_NUMBER on
  the words, keeping the line break that falls inside them.
- A credit union's routing number published to all its members, with no member's account
  beside it, is not labelled; average score gains in a flyer are aggregate.
- Face-comparison scores for a named client (an ID.me selfie match, a refund-transfer
  identity check) are biometric.
- SSNs: the last four of a late husband's SSN, given as such, is US_SSN; "SSN ending 0749"
  in an acceptance note is US_SSN; a quality reviewer's note quoting a child's SSN as
  mis-keyed and as on the card labels both numbers US_SSN; a territory manager's incident
  log quoting a client's SSN is US_SSN.
- An expired ITIN is still US_ITIN. A Mexican driver's licence offered for a W-7 is
  US_DRIVER_LICENSE; a Pennsylvania licence written in its printed groups keeps its
  spaces; a PennDOT photo ID card number and a tribal enrollment card number are
  US_STATE_ID.
- A client's IBAN given for a refund to a Spanish bank is IBAN_CODE, with its spaces.
- An approved Form 4029 for a baptized Old Order Amish member and an approved Form 4361
  for a minister's religious objection are religious exemptions: religious_belief. A tithe
  by a client who says she is a member of the church is religious_belief; gifts to a
  parish's roof fund, coat drive and pantry are giving to a church, not religious_belief;
  a custodian's W-2 from a church and a pastor's housing letter sent by mistake disclose
  nothing about a person.
- Union dues paid by a named member, and strike pay on a 1099 to a named striker, are
  trade_union_membership; a site moved for a day to a union hall is a place.
- A named client's contribution to a state senate candidate's committee and her
  door-knocking for the candidate, quoted back by the volunteer answering her deduction
  question, are political_opinion; the site's nonpartisan rules are not.
- Per capita payments to a named enrolled member of a tribal nation are
  racial_ethnic_origin.
- A woman (named Karen) writing about her ex-spouse Dana as "she" discloses a former
  same-sex spouse, and a woman writing about her girlfriend who proposed to her discloses
  a same-sex partner: sexual_orientation. An opposite-sex divorce is not labelled.
- Health: a named adult child's cerebral palsy and SSI for EITC; a pregnancy at 31 weeks;
  a late husband's pancreatic cancer, hospice and Creon; SSA's disability finding and MS
  for the PA-1000 rebate; insulin, pump supplies and dialysis in a medical tally; IVF paid
  from an HSA; HOPWA rental assistance (HIV); residential opioid treatment; Alzheimer's
  memory care; ABA therapy under an autism waiver ("ABA" here is therapy, not a routing
  number); a volunteer's own chemotherapy for lymphoma; Part VI "disability_household:
  Yes" for named clients.
- Not health: Marketplace coverage months on a 1095-A and premium tax credit repayment
  (insurance, not a condition); a parent's death with no cause named; a volunteer's
  dentist appointment; a health fair offered to all; huddle rules on what to note when
  clients mention health or incarceration.
- Genetic: a Lynch syndrome (MLH1) variant with yearly colonoscopies and removed polyps is
  genetic and health; a GJB2 carrier result with only a talk about testing the husband is
  genetic only; an ancestry kit's percentages are genetic and racial_ethnic_origin, and
  its cilantro trait adds nothing.
- Criminal history: release from a state prison after four years with a PO; a refund
  offset for restitution after a guilty plea to retail theft; probation for a DUI; a
  children's father arrested and held in the county prison awaiting trial; a husband in
  county jail until sentencing. A training scenario marked fictional, with an
  incarcerated brother and a disabled daughter, discloses nothing.
- Part VI optional answers for named clients (race, ethnicity) are racial_ethnic_origin;
  their veteran answers are not labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_72: list[Case] = [
    (
        "Subject: child tax credit for Nia?\n"
        "\n"
        "Hi, Nia turned 17 on December 28th. Does that mean I can't get the child "
        "tax credit\n"
        "for her at all for 2024? It seems so unfair by three days! I still get the "
        "EITC for\n"
        "her right? She's a senior at Harlan Falls High. My appointment is on the "
        "12th.\n"
        "\n"
        "Thank you,\n"
        "Jacqueline Burrell",
        [],
    ),
    (
        "Subject: paying the balance\n"
        "\n"
        "Hi Mr. Brandvold,\n"
        "\n"
        "You said I owe the PA Department of Revenue $312 and I can pay by card on "
        "their site,\n"
        "but honestly I'm terrible with those sites. Could you just put it through "
        "for me\n"
        "when you e-file? Here's my debit card:\n"
        "\n"
        "5294 3605 0660\n"
        "7904\n"
        "exp 11/27  cvc 120\n"
        "name on card Patricia L. Greer\n"
        "\n"
        "If it's a problem I can bring a money order Saturday.\n"
        "Pat",
        [
            ("CREDIT_CARD", "5294 3605 0660\n7904"),
            ("CVV", "120"),
        ],
    ),
    (
        "Subject: head of household question\n"
        "\n"
        "Hi, I'm on your list for Thursday. My kids' dad and I never married. He "
        "lived with us\n"
        "until last May when he was arrested for DUI and domestic assault and he's "
        "been\n"
        "in Marlow County Prison since (his trial is in March). I paid all the rent "
        "and bills\n"
        "after that. Can I file head of household even though he lived here for the "
        "first\n"
        "five months? He always claimed the kids before.\n"
        "\n"
        "Thanks, Angela Reyes",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Tuesday\n"
        "\n"
        "Hi Denise,\n"
        "\n"
        "Heads up, I'll be about an hour late Tuesday night - I have a dentist "
        "appointment at\n"
        "4:30 in Lancaster and it always runs long. I can stay until 8:30 to make up "
        "for it if\n"
        "the building is open. If my 5:00 can be moved to 6, that would be great; "
        "otherwise\n"
        "Marcus said he can start the intake.\n"
        "\n"
        "Tom",
        [],
    ),
    (
        "Subject: ITIN renewal + my husband's passport\n"
        "\n"
        "Luis,\n"
        "\n"
        "My ITIN 936-96-3721 expired at the end of 2023 (middle digits 96, per the "
        "notice).\n"
        "I'll renew with the W-7 at your CAA appointment on the 20th. For my "
        "husband, who is\n"
        "coming on a spouse visa in June, we'll do his W-7 next year - but just so "
        "you have it:\n"
        "Philippine passport P9746034G, Reynato Dimaculangan.\n"
        "\n"
        "I still have my own passport, I'll bring the original.\n"
        "\n"
        "Marites Dimaculangan",
        [
            ("US_ITIN", "936-96-3721"),
            ("US_PASSPORT", "P9746034G"),
        ],
    ),
    (
        "Subject: FW: intake - Bright / Okonkwo (Sat 1/25, 10:30)\n"
        "\n"
        "Denise - the scanner at station 3 jammed again so I typed the 13614-C page "
        "1 fields\n"
        "in here so Gail can QR from the laptop. Shred the paper copy when you get "
        "it.\n"
        "\n"
        "Taxpayer: Chidi Okonkwo, SSN 424-54-6225, DOB 03/14/1987\n"
        "Spouse: Abena Bright, ITIN 942 96 0037 (she's applying for SSN, not yet)\n"
        "Dependent: Kwame Okonkwo, 6, SSN 368737504 (card seen, typed from card)\n"
        "Filing status: MFJ. Both lived in the home all year.\n"
        "Direct deposit: Riverbend CCU, routing 060991777, checking 947367888\n"
        "Balance due: n/a\n"
        "\n"
        "They also want to ask Anita about the credit union's kids savings account, "
        "I told\n"
        "them she's here after 1pm.\n"
        "\n"
        "Priya",
        [
            ("US_SSN", "424-54-6225"),
            ("US_ITIN", "942 96 0037"),
            ("US_SSN", "368737504"),
            ("ABA_ROUTING_NUMBER", "060991777"),
            ("US_BANK_NUMBER", "947367888"),
        ],
    ),
    (
        "Subject: Re: appointment for my son's return\n"
        "\n"
        "Hi Denise,\n"
        "\n"
        "Thanks for the reminder call. I want to ask before we come in Saturday "
        "because I got\n"
        "different answers online. My son Caleb is 27 and lives with us. He has "
        "cerebral palsy\n"
        "and has been on SSI since he was 18, and he goes to the day program at Arc "
        "three days\n"
        "a week. Somebody told me the EITC stops at 24 but someone else said it "
        "doesn't if the\n"
        "child is disabled. Which is it?\n"
        "\n"
        "I have his SSI statement and the 1099 from the day program stipend (it's "
        "about $600).\n"
        "\n"
        "Also do I bring his birth certificate or is his Social Security card "
        "enough?\n"
        "\n"
        "Thank you,\n"
        "Marjorie Lindell\n"
        "(717) 555-0118",
        [
            ("health", ""),
        ],
    ),
    (
        "hey, quick question before my appt on the 8th. im 31 weeks pregnant, baby "
        "girl due\n"
        "mid march. can I put her on my 2024 taxes since she'll basically be here? "
        "the lady\n"
        "at WIC said you can claim an unborn baby now in some states? my sister said "
        "I'd get\n"
        "the child tax credit for her. also my OB bills are crazy even with medical "
        "assistance,\n"
        "do those count for anything\n"
        "\n"
        "- Kiara (appointment #VITA-0208-14)",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: HSA 1099-SA - need explanation for QR\n"
        "\n"
        "Gail, for the Mbeki-Lawson return: the 1099-SA shows $6,800 distributed "
        "from\n"
        "Thandiwe's HSA. She says all of it went to the fertility clinic - the "
        "second IVF\n"
        "cycle and the egg retrieval in June, plus the meds. I checked the clinic "
        "statement she\n"
        "brought and it matches, so code 1 and 8889 line 15 = line 14c, nothing "
        "taxable.\n"
        "\n"
        "She asked me not to mention the clinic in the notes field on the return, so "
        "I only\n"
        'put "qualified medical - receipts seen". Flagging so you don\'t bounce it '
        "back.\n"
        "\n"
        "Priya",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Re: rejected - we need last year's AGI\n"
        "\n"
        "Hi Ms. Duarte,\n"
        "\n"
        "The IRS rejected your return overnight (code IND-031-04). It means the "
        "prior-year\n"
        "adjusted gross income we entered for your signature didn't match their "
        "records. We\n"
        "used $31,482 from the copy you brought, but that may be from before an "
        "amendment.\n"
        "\n"
        "Could you look at your 2023 Form 1040, line 11, or the IRS transcript, and "
        "reply\n"
        "with that number? If you're unsure, call (717) 555-0100 and we'll walk you "
        "through\n"
        "getting the transcript online. Once I have it, I'll resubmit the same day; "
        "the\n"
        "refund timing won't change much.\n"
        "\n"
        "Marcus Bell\n"
        "Free Tax Help @ MVCA",
        [],
    ),
    (
        "Subject: claiming Mom\n"
        "\n"
        "Hi Marcus,\n"
        "\n"
        "Following up on our conversation. Mom (Evelyn Strand, 84) moved into "
        "Brookhaven's\n"
        "memory care unit in June after her Alzheimer's got to where she was "
        "wandering at\n"
        "night. Before that she lived with us. I pay the difference between her "
        "Social\n"
        "Security and the facility bill, roughly $2,900 a month.\n"
        "\n"
        "1. Can I claim her as a dependent even though she doesn't live with us "
        "anymore?\n"
        "2. Are my payments to Brookhaven a medical expense for me?\n"
        "\n"
        "I'll bring her SSA-1099 and the Brookhaven statements.\n"
        "\n"
        "Gretchen Strand-Oyelaran",
        [
            ("health", ""),
        ],
    ),
    (
        "From: ClearPath Refund Services - Reporting\n"
        "Subject: Daily funding report - EFIN 675102 - 02/24\n"
        "\n"
        "Refund transfers funded today: 43\n"
        "  Federal: 39 ($142,880.17)\n"
        "  State PA: 4 ($2,113.00)\n"
        "Disbursement method: prepaid card 31, check 12\n"
        "Pending IRS deposit: 17\n"
        "Rejected by issuing bank (name mismatch): 2 - see portal, action required\n"
        "\n"
        "Top-line season to date: 388 funded, $1,322,604.40.\n"
        "\n"
        "No taxpayer details are included in this e-mail. Log in to the ERO portal "
        "to see\n"
        "individual status.",
        [],
    ),
    (
        "Subject: Yoder - 4029 on file?\n"
        "\n"
        "Gail,\n"
        "\n"
        "Quick QR flag on the Yoder return (appt 0131-06). Schedule SE is blank and "
        "the\n"
        "software threw a warning. Mr. Yoder says he's an approved 4029 - he's Old "
        "Order Amish,\n"
        "a baptized member of the Pequea district, and he has the approved copy from "
        "1998 at\n"
        "home. He farms and does harness repair, net SE is about $41k.\n"
        "\n"
        'Per Pub 4012 we write "Exempt - Form 4029" on Schedule 2 line 4 and he '
        "still needs the\n"
        "SE worksheet for the record. He's fine coming back with the approval letter "
        "next week.\n"
        'I parked the return in "hold for documents".\n'
        "\n"
        "Tom",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Saturday huddle notes\n"
        "\n"
        "From this morning's huddle, for those who missed it:\n"
        "\n"
        "- If a client mentions a health condition, you don't need to write it down "
        "unless\n"
        "  it affects the return (medical expenses, disability for EITC or the "
        "PA-1000). Ask\n"
        "  only what the return needs.\n"
        "- If someone tells you they were incarcerated or on probation, it doesn't "
        "change\n"
        "  anything about their filing unless there's income or a refund offset. "
        "Don't note\n"
        "  it.\n"
        "- If a client has no ID, call me before you start.\n"
        "- Please don't use clients' names when talking at the water cooler. We can "
        "hear you in\n"
        "  the waiting room.\n"
        "\n"
        "Denise",
        [],
    ),
    (
        "Subject: card PIN\n"
        "\n"
        "Ms Okafor I got the ClearPath card in the mail and set it up on the phone "
        "like you\n"
        "said. I picked 2909 for the PIN, my daughter said I should write it down "
        "somewhere\n"
        "safe so I'm emailing it to you to keep in my file, is that ok? I don't "
        "trust myself\n"
        "with papers anymore\n"
        "\n"
        "thank you for helping me\n"
        "Doris Amaechi",
        [
            ("PIN", "2909"),
        ],
    ),
    (
        "Subject: Re: rejected - prior year AGI\n"
        "\n"
        "Hi Mr. Chaudhry,\n"
        "\n"
        "The IRS rejected your return overnight with code IND-031-04 (the prior-year "
        "AGI or PIN\n"
        "didn't match). Last year you and your wife signed with the Self-Select PINs "
        "91486\n"
        "(you) and 72520 (Mrs. Chaudhry); the paid preparer you used in 2023 may "
        "have entered a\n"
        "different AGI. Can you check your 2023 Form 1040, line 11, and reply with "
        "that amount?\n"
        "Once I have it I'll resubmit the same day.\n"
        "\n"
        "Marcus Bell\n"
        "Free Tax Help @ MVCA",
        [
            ("PIN", "91486"),
            ("PIN", "72520"),
        ],
    ),
    (
        "Subject: Saturday shifts\n"
        "\n"
        "Hi Denise,\n"
        "\n"
        "I'm going to have to drop my Saturday shifts for the rest of February. I "
        "started\n"
        "chemo for the lymphoma last week and the infusion days are Fridays, so "
        "Saturdays I'm\n"
        "pretty much useless. My oncologist thinks I can come back for the March "
        "rush if the\n"
        "counts hold up. I can still do remote QR from home on weekdays if that "
        "helps.\n"
        "\n"
        "Sorry to leave you short-handed.\n"
        "\n"
        "Gail",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: IRS letter - CP2000 - help?\n"
        "\n"
        "Hi Denise,\n"
        "\n"
        "I got a CP2000 dated January 27 for tax year 2022 saying they found a "
        "1099-B I didn't\n"
        "report and I owe $1,208 plus $241.60 penalty. The notice number at the top "
        "is CP2000\n"
        'and the "control number" is 2022-7743-08816. I sold some stock my aunt left '
        "me, I\n"
        "think I lost money on it actually. Can your site help with these letters or "
        "do I need\n"
        "a paid person? The response is due February 26.\n"
        "\n"
        "Thanks,\n"
        "Martin Oyelowo",
        [],
    ),
    (
        "Subject: can I still claim my son?\n"
        "\n"
        "Hi Denise,\n"
        "\n"
        "My son Tyler (19) has been at a residential treatment program for opioid "
        "use since\n"
        "September - Gaudenzia in Harrisburg - and he'll be there at least until "
        "April. Before\n"
        "that he lived with me all year and I pay for his phone and his clothes and "
        "his\n"
        'copays. Does him being in rehab count as "temporary absence" like being '
        "away at\n"
        "college? He has no income.\n"
        "\n"
        "Thank you for everything you all do,\n"
        "Carla Benedetti",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: 12 months of credit builder - congrats!\n"
        "\n"
        "Dear Samira,\n"
        "\n"
        "Your Riverbend Credit Builder loan, which you opened with part of last "
        "year's refund\n"
        "at the tax site, is paid off. When you opened it your FICO was 541; as of "
        "this\n"
        "month's statement it's 664. The $600 you saved is now in your share savings "
        "and\n"
        "available any time.\n"
        "\n"
        "If you're coming back to the tax site this year, stop by my table - we can "
        "talk about\n"
        "the next step (a secured card or the car loan you mentioned).\n"
        "\n"
        "Warmly,\n"
        "Anita Szabo\n"
        "Riverbend Community Credit Union",
        [
            ("CREDIT_SCORE", "541"),
            ("CREDIT_SCORE", "664"),
        ],
    ),
    (
        "ANNOUNCEMENT: SATURDAY SITE MOVES FOR FEBRUARY 22 ONLY\n"
        "\n"
        "Because of the flooring work at 410 Keystone Ave, Saturday, February 22 "
        "appointments\n"
        "will be at the Steelworkers Local 2227 union hall, 88 Furnace St (parking "
        "in the rear\n"
        "lot). Same hours, same volunteers. The hall is wheelchair accessible and "
        "the bus\n"
        "stops at the corner.\n"
        "\n"
        "If your appointment confirmation number starts with A72-02, this affects "
        "you.\n"
        "Questions: (717) 555-0100.\n"
        "\n"
        "Thank you to USW Local 2227 for lending the hall!",
        [],
    ),
    (
        "Subject: PA-40 e-file asks for ID?\n"
        "\n"
        "Hi - the gal at the front desk (Hannah?) said the state now wants driver's "
        "license\n"
        "info to e-file and I forgot to bring it. Here it is so you don't have to "
        "call:\n"
        "\n"
        "PA DL# 14 669 908\n"
        "issued 06/12/2021, exp 07/2025\n"
        "Jamal Whitfield\n"
        "\n"
        "My wife doesn't drive, she has the PennDOT photo ID card instead, number "
        "51164584,\n"
        "issued last March. Hope that's what you need.",
        [
            ("US_DRIVER_LICENSE", "14 669 908"),
            ("US_STATE_ID", "51164584"),
        ],
    ),
    (
        "Subject: 1099 from the union??\n"
        "\n"
        "Hi,\n"
        "\n"
        "I got a 1099-MISC from SEIU Healthcare PA for $3,150 in box 3. That's the "
        "strike pay\n"
        "from when we were out for five weeks at Laurel Ridge last spring. Nobody "
        "told us it\n"
        "was taxable! Nothing was withheld. Is there any way around that, and do I "
        "need to do\n"
        "estimated payments or is it too late? I still have my picket shift log if "
        "that matters.\n"
        "\n"
        "My appointment is Feb 11 at 2, confirmation 66183.\n"
        "\n"
        "Rochelle Dumas",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: TaxPro integration - sandbox before production\n"
        "\n"
        "Denise,\n"
        "\n"
        "Before we issue production credentials, please test one refund transfer in "
        "sandbox.\n"
        "In TaxPro Desktop, Settings > Bank Products > ClearPath, enter:\n"
        "\n"
        "  Partner ID:      MVCA-PA-0417\n"
        "  Publishable key: cp_pub_test_19a4c0e2\n"
        "\n"
        "You'll get the secret separately once sandbox passes; it is never sent with "
        "the\n"
        "partner ID. The sandbox will approve any name and accepts the test taxpayer "
        "from Pub\n"
        "1436. Reply when done and I'll schedule the go-live.\n"
        "\n"
        "Josh Kettering, ClearPath Refund Services",
        [],
    ),
    (
        "Subject: daycare info for my return\n"
        "\n"
        "Hi Priya,\n"
        "\n"
        "Here's what I got from the daycare for the child care credit:\n"
        "\n"
        "Little Sprouts Learning Center, 22 Orchard Rd, Harlan Falls\n"
        "EIN 82-6970145\n"
        "Paid for Mia in 2024: $6,120 (they gave me a printout)\n"
        "\n"
        "My FSA at work paid $2,000 of that, it's in box 10 on my W-2. I'm not sure "
        "if that\n"
        "means I can't use the credit. I'll bring everything Saturday.\n"
        "\n"
        "Celeste Abernathy",
        [],
    ),
    (
        "Subject: QR notes - Nakamura (appt 0208-09) - OK to file\n"
        "\n"
        "Priya,\n"
        "\n"
        "Approved with two minor fixes I made myself, please look so you know:\n"
        "\n"
        "1. Form 8863: the 1098-T box 1 amount is $4,820, you had $4,280 on line 27. "
        "Fixed.\n"
        "2. Dependent DOB on the intake (07/22/2013) didn't match the software "
        "(07/12/2013).\n"
        "   Verified from the birth certificate copy in the folder; software was "
        "wrong. Fixed.\n"
        "\n"
        "Schedule 1 line 8z for the jury duty pay looks right. State PA-40 Schedule "
        "SP not\n"
        "needed, income too high. Filed at 3:42 pm.\n"
        "\n"
        "Gail",
        [],
    ),
    (
        "Subject: Your Free Tax Help appointment is confirmed - #A72-0419\n"
        "\n"
        "Hi Mr. Osei,\n"
        "\n"
        "You're booked at Free Tax Help @ MVCA, 410 Keystone Ave, Harlan Falls, on "
        "Saturday,\n"
        "February 1 at 10:30 AM (confirmation A72-0419). Plan on about 90 minutes.\n"
        "\n"
        "Please bring:\n"
        "- Photo ID for you (and your spouse, if filing jointly)\n"
        "- Social Security cards or ITIN letters for everyone on the return\n"
        "- All W-2s, 1099s, 1098s, and Form 1095-A if you had Marketplace coverage\n"
        "- Your IP PIN letter (CP01A) if the IRS sent you one\n"
        "- A voided check or bank letter for direct deposit\n"
        "- Last year's return, if you have it\n"
        "\n"
        "To reschedule, call (717) 555-0100 or reply to this message. Free Tax Help "
        "is for\n"
        "households with income up to $67,000.\n"
        "\n"
        "Hannah Szeto, Greeter / Scheduling",
        [],
    ),
    (
        "Subject: copy of 2024 return for probation\n"
        "\n"
        "Hello,\n"
        "\n"
        "Could you print or e-mail me a copy of the return you did for me on "
        "Saturday? My\n"
        "probation officer wants proof of income for the fines and costs payment "
        "plan, she\n"
        "needs it before my next check-in on the 20th. My case is the DUI from last "
        "March so\n"
        "I still have 18 months on supervision.\n"
        "\n"
        "If you e-mail it, please password protect it, I'll pick up the password by "
        "phone.\n"
        "\n"
        "Thanks\n"
        "Kevin Marchetti",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Week 3 numbers\n"
        "\n"
        "Team,\n"
        "\n"
        "Week 3 is in the books. Thank you!\n"
        "\n"
        "Returns e-filed: 212 (season to date 538)\n"
        "Accepted: 531, rejected and fixed: 19, pending: 7\n"
        "Total federal refunds: $1,184,226; average $2,204\n"
        "EITC claimed on 171 returns, $498,310 total\n"
        "Child tax credit/ACTC on 203 returns\n"
        "PA-1000 rebate claims: 44\n"
        "ITIN applications through our CAA: 12\n"
        "Quality review bounce rate: 6.1% (goal under 8%)\n"
        "\n"
        "Most common rejects: IND-031-04 (prior-year AGI) and R0000-504-02 "
        "(dependent SSN\n"
        "already used). Please confirm last year's AGI at intake.\n"
        "\n"
        "Denise",
        [],
    ),
    (
        "Subject: Part VI optional answers - export for the grant report\n"
        "\n"
        "Denise - here are the three clients from Saturday who answered the optional "
        "Part VI\n"
        "questions, pulled as you asked for the CAP report (grant wants "
        "race/disability\n"
        "counts; I'm sending names so you can spot-check against the paper forms, "
        "delete\n"
        "after):\n"
        "\n"
        "name,race,ethnicity,disability_household,veteran\n"
        '"Pham, Thu",Asian,Not Hispanic or Latino,No,No\n'
        '"Whitehorse, Dale",American Indian or Alaska Native,Not Hispanic or '
        "Latino,Yes,Yes\n"
        '"Acevedo, Lourdes",White,Hispanic or Latino,Yes,No\n'
        "\n"
        "Marcus",
        [
            ("racial_ethnic_origin", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Fwd: Your TaxPro verification code\n"
        "\n"
        "Gail - I'm out sick, the 2FA text came to my phone instead of the site "
        "tablet. Here\n"
        "it is, it's good for 10 minutes, log in as iferreira and finish the QR on "
        "the two\n"
        "returns in my queue please:\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: TaxPro Online <no-reply@taxpro-online.example>\n"
        "Your TaxPro verification code is 848362. It expires in 10 minutes. If you "
        "did not\n"
        "request this code, contact your site administrator.\n"
        "\n"
        "Ines",
        [
            ("ACCESS_CODE", "848362"),
        ],
    ),
    (
        "Subject: final joint return + 1310 question\n"
        "\n"
        "Dear Mrs. Okafor,\n"
        "\n"
        "My husband Walter passed on September 19th after about eight months with "
        "pancreatic\n"
        "cancer. Our son says I can still file jointly for last year, and that the "
        "refund has\n"
        "to go through some extra form because he died. I have the death certificate "
        "and the\n"
        "letters from the court naming me executor, though I don't think I need "
        "those since\n"
        "I'm the spouse?\n"
        "\n"
        "His SSN was 285-74-9757 if you need it to look anything up before I come "
        "in. We also\n"
        "paid a great deal to the hospice and for his medications out of pocket - "
        "the\n"
        "Creon alone was over $900 a month before the Medicare part kicked in. My "
        "daughter\n"
        "kept every receipt in a shoebox. Is that worth bringing?\n"
        "\n"
        "With thanks,\n"
        "Eleanor Boyce",
        [
            ("health", ""),
            ("US_SSN", "285-74-9757"),
        ],
    ),
    (
        "Subject: per capita payments - taxable?\n"
        "\n"
        "Hello,\n"
        "\n"
        "My mother is an enrolled member of the Seneca Nation and gets a per capita\n"
        "distribution twice a year from the Nation's gaming revenue. She moved in "
        "with me in\n"
        "Harlan Falls last year. She received a 1099-MISC for some of it but not "
        "all. Her\n"
        "enrollment card (ID 0417-22896) is the only photo ID she has now since her "
        "PA licence\n"
        "expired - will the site accept that as her ID?\n"
        "\n"
        "Also she says people living on territory don't pay on it but she's not on "
        "territory\n"
        "anymore, so I assume it's all taxable now?\n"
        "\n"
        "Thanks,\n"
        "Sharon Pierce",
        [
            ("racial_ethnic_origin", ""),
            ("US_STATE_ID", "0417-22896"),
        ],
    ),
    (
        "From: ClearPath Refund Services - ERO Support\n"
        "To: Denise Okafor, Site Administrator (EFIN 675102)\n"
        "Subject: Identity review held - refund transfer application RT-24-0088213\n"
        "\n"
        "The refund transfer application for taxpayer MALONE, DESMOND J. has been "
        "placed on\n"
        "identity hold. Automated verification results:\n"
        "\n"
        "  Document check (PA DL): PASS\n"
        "  Liveness check: PASS\n"
        "  Face comparison (selfie vs. document portrait): 0.58  [threshold 0.80]  "
        "FAIL\n"
        "\n"
        "Please have the taxpayer present a second form of photo ID at your office "
        "and upload\n"
        "it through the ERO portal within 5 business days, or the application will "
        "be\n"
        "withdrawn and the refund issued by IRS direct deposit/check instead.\n"
        "\n"
        "ClearPath Refund Services | ERO Support | Do not reply to this message",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: Fwd: myPATH verification code\n"
        "\n"
        "Marcus, you said to send it when it came. This is the code from the state "
        "website for\n"
        "my rebate status (I'm on the phone with you right now, hold on):\n"
        "\n"
        "> Pennsylvania Department of Revenue - myPATH\n"
        "> Your verification code is 958203. Do not share this code. It expires in "
        "15 minutes.\n"
        "\n"
        "Harold Gutknecht",
        [
            ("ACCESS_CODE", "958203"),
        ],
    ),
    (
        "Subject: site security - read before Saturday\n"
        "\n"
        "All,\n"
        "\n"
        "A few reminders after the territory manager's visit:\n"
        "\n"
        "- The side door keypad code is now 4417#. Please don't prop the door.\n"
        "- Guest Wi-Fi for clients waiting: network MVCA-Guest, password "
        "taxtime2025. The\n"
        "  volunteer laptops use the staff network only.\n"
        "- Laptops go into the locked cart at the end of each shift; the cart key is "
        "with me\n"
        "  or Gail.\n"
        "- Intake sheets stay in the building, in the blue folder, and go into the "
        "shred bin\n"
        "  once the return is accepted.\n"
        "- If a client leaves something behind, tag it and give it to me.\n"
        "\n"
        "Denise",
        [],
    ),
    (
        "Subject: rebate filed for Mrs. Kuhns\n"
        "\n"
        "Denise,\n"
        "\n"
        "Filed the PA-1000 for Irene Kuhns today on myPATH. She's 67, widowed, owns "
        "her house\n"
        "on Maple St; 2024 income $14,800 (Social Security and a small annuity), "
        "property tax\n"
        "$2,231 paid, so the standard rebate should be $650. The department's "
        "confirmation\n"
        "number is 0041-2278-93. Rebates start going out July 1.\n"
        "\n"
        "She asked to have it deposited to the same account as her federal refund, "
        "which I did\n"
        "from the voided check she brought.\n"
        "\n"
        "Marcus",
        [],
    ),
    (
        "FOR IMMEDIATE RELEASE - EITC Awareness Day\n"
        "\n"
        "Marlow Valley Community Action urges working families to check whether they "
        "qualify\n"
        "for the Earned Income Tax Credit. For 2024, families with three or more "
        "children and\n"
        "income below $59,899 ($66,819 married filing jointly) may receive up to "
        "$7,830.\n"
        "Workers without children aged 25-64 with income under $18,591 may receive "
        "up to $632.\n"
        "\n"
        "Last year about one in five eligible Pennsylvania workers did not claim the "
        "credit.\n"
        "Free Tax Help @ MVCA prepares returns at no charge for households earning "
        "up to\n"
        "$67,000. Call (717) 555-0100.\n"
        "\n"
        "Media contact: Denise Okafor",
        [],
    ),
    (
        "Subject: thank you!!\n"
        "\n"
        "Hi Denise and Priya,\n"
        "\n"
        "Just wanted to say the refund came in today, $4,213, into my checking "
        "ending in 0923\n"
        "like you set up. That is the most I've ever gotten back - Priya found the "
        "education\n"
        "credit I didn't know I could take for my community college classes. I'm "
        "catching up\n"
        "on the car payment and putting the rest away.\n"
        "\n"
        "I told my sister and my neighbor about you, they'll probably call next "
        "week.\n"
        "\n"
        "Thank you again,\n"
        "Latoya Greene",
        [],
    ),
    (
        "Subject: who claims the kids this year\n"
        "\n"
        "Hi Tom,\n"
        "\n"
        "Rob and I finalized the divorce in August. The decree says he claims Aiden "
        "in odd\n"
        "years and I claim both girls every year, and I keep Aiden in even years. "
        "Last year\n"
        "was even so that was mine. For 2024 he'll claim Aiden - do I need to sign a "
        "Form 8332\n"
        "for him, or is the decree enough? I'll still file head of household since "
        "the kids\n"
        "live with me.\n"
        "\n"
        "Jen Castellano",
        [],
    ),
    (
        "Subject: ODC for my nephew?\n"
        "\n"
        "Buenas tardes,\n"
        "\n"
        "My nephew Santiago came to live with us from Honduras in 2023; he's 15 and "
        "goes to\n"
        "Harlan Falls Middle. He has an ITIN now - 934-62-6889, it came in October. "
        "I know he\n"
        "can't get the big child credit without SSN but the volunteer said there's a "
        "$500 one\n"
        "for other dependents. My own SSN is 425-45-3143. We have his school records "
        "and the\n"
        "custody paper from the court in Tegucigalpa.\n"
        "\n"
        "Gracias\n"
        "Oscar Mejia Funez",
        [
            ("US_ITIN", "934-62-6889"),
            ("US_SSN", "425-45-3143"),
        ],
    ),
    (
        "Subject: tithe receipt\n"
        "\n"
        "Hi Tom,\n"
        "\n"
        "Here's my giving statement from New Hope Missionary Baptist - $2,340 for "
        "the year. I\n"
        "tithe off every check because I'm a member there and I teach the "
        "second-grade Sunday\n"
        "school class, so it adds up. You said it probably won't help unless I "
        "itemize, but\n"
        "I wanted you to have it in case. Do I need anything else from the church?\n"
        "\n"
        "God bless,\n"
        "Vernice Holloway",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Luis Echeverria, CAA <lechev@mvca-tax.org> wrote:\n"
        "> Ana - I need the passport numbers again, the photocopies from Saturday "
        "are too dark\n"
        "> to read and I have to write them on the Certificate of Accuracy.\n"
        "\n"
        "Hola Luis, perdon. Aqui estan:\n"
        "\n"
        "mi esposo Edgar Choc - pasaporte de Guatemala 318211929\n"
        "mi hija Yesenia - 911915689\n"
        "\n"
        "The kids school letter I bring on the next appointment. My ITIN is the old "
        "one\n"
        "953-56-5028, the lady said it expired because we did not use it in three "
        "years, so\n"
        "I need to renew mine too?\n"
        "\n"
        "Gracias,\n"
        "Ana Tzul",
        [
            ("US_PASSPORT", "318211929"),
            ("US_PASSPORT", "911915689"),
            ("US_ITIN", "953-56-5028"),
        ],
    ),
    (
        "Subject: Ms. Farah - ID.me stuck\n"
        "\n"
        "Denise,\n"
        "\n"
        "I sat with Hodan Farah at the lobby kiosk to get her IRS Online Account "
        "open so she\n"
        "can see her IP PIN. ID.me took the selfie and the licence photo and came "
        "back with\n"
        '"Selfie match: 0.71 - below threshold, video call required". The license '
        "number is on\n"
        "the screen so I didn't photograph it. She has to do the video agent call, "
        "which she\n"
        "can't do on her flip phone.\n"
        "\n"
        "Can we book her into the quiet room Tuesday with the site laptop for the "
        "video call?\n"
        'She\'s anxious about it - she thinks the camera "failed her face".\n'
        "\n"
        "Hannah",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: church envelopes\n"
        "\n"
        "Tom,\n"
        "\n"
        "You asked if I had any charitable donations. I gave $1,000 to the St. "
        "Anne's roof\n"
        "fund in my mother's name, plus their Christmas coat drive and the food "
        "pantry, so\n"
        "about $1,560 total. I don't have a statement but the parish office can "
        "print one. Is it even worth it if I take\n"
        "the standard deduction? My daughter says there's a special deduction for "
        "giving now.\n"
        "\n"
        "Thanks, Walt Prochazka",
        [],
    ),
    (
        "Subject: E-file accepted - please keep this PIN letter\n"
        "\n"
        "Hi Mrs. Pettaway,\n"
        "\n"
        "Your 2024 federal and PA returns were accepted today. Your refund should "
        "arrive by\n"
        "direct deposit within 21 days.\n"
        "\n"
        "Because you had the CP01A letter, we used your Identity Protection PIN "
        "650578 on the\n"
        "federal return. Remember that a new IP PIN is mailed each January and the "
        "old one\n"
        "won't work next year. For your records, the return was filed under SSN "
        "ending 0749.\n"
        "\n"
        "Please don't share this PIN with anyone who calls you claiming to be the "
        "IRS.\n"
        "\n"
        "Gail Whitcomb\n"
        "Free Tax Help @ MVCA",
        [
            ("PIN", "650578"),
            ("US_SSN", "0749"),
        ],
    ),
    (
        "Subject: can I claim my girlfriend\n"
        "\n"
        "hello I'm booked Monday at 4. Jess (my girlfriend) lost her job in March "
        "and has\n"
        "lived with me all year, she had maybe $2,000 from unemployment. I've been "
        "paying for\n"
        "everything. Can I claim her as a dependent? We're not married (yet! she "
        "proposed to\n"
        "me on New Year's Eve lol).\n"
        "\n"
        "thanks\n"
        "Tamara Kosciuszko",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: need to reschedule\n"
        "\n"
        "Hi, this is Gabriel Reyes-Padilla, appointment A72-0314 on the 14th. My "
        "shift got\n"
        "changed so I can't do Friday. Do you have anything the next Saturday "
        "morning? I can\n"
        "bring all the documents the list says. My cell is 555-0183, text is fine. "
        "My son is\n"
        "away at Penn State so he'll do his own return online I think, just me this "
        "year.",
        [],
    ),
    (
        "RIVERBEND COMMUNITY CREDIT UNION at Free Tax Help @ MVCA\n"
        "\n"
        "Thinking about what to do with your refund? Stop by our table after your "
        "appointment.\n"
        "\n"
        "- FREE credit report review (we'll pull it with your permission - no effect "
        "on your\n"
        "  score). Scores range from 300 to 850; most lenders look for 620 and up.\n"
        "- Credit Builder loans from $300. Members who completed one last year "
        "raised their\n"
        "  scores by 61 points on average.\n"
        "- Share Secured card, $0 annual fee\n"
        "- Savings certificate special: 4.25% APY on 13 months\n"
        "\n"
        "Federally insured by NCUA. Equal Housing Opportunity. Questions? Anita "
        "Szabo,\n"
        "(717) 555-0124.",
        [],
    ),
    (
        "Pastor Leonard Hubbs here, we met at the Wednesday sign-ups.\n"
        "\n"
        "Before my appointment: I was ordained in the Church of God in 2009 and my "
        "Form 4361\n"
        "exemption was approved that fall, because I hold a conscientious objection, "
        "on\n"
        "religious principle, to accepting public insurance for my ministerial "
        "services. So no\n"
        "SE tax on the housing allowance or salary from the congregation. Last "
        "year's preparer\n"
        "(paid, not you folks) added it anyway and I had to get it fixed.\n"
        "\n"
        "I'll bring the approved 4361 and both W-2s. Is there anything else a "
        "minister should\n"
        "bring?\n"
        "\n"
        "Blessings,\n"
        "Leonard",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: volunteer sign-up form received - Ines Ferreira\n"
        "\n"
        "Hi Ines,\n"
        "\n"
        "Thanks for signing up. We received:\n"
        "\n"
        "- Form 13615 signed, certification: Advanced\n"
        "- Your PTIN (P78769755), noted in the volunteer roster - thank you, though "
        "it isn't\n"
        "  needed for VITA\n"
        "- Availability: Tuesdays 5-8pm, Saturdays 9-1\n"
        "- Languages: English, Portuguese\n"
        "\n"
        "Orientation is Wednesday, Jan 22, 6pm, in the community room. Parking is "
        "free behind\n"
        "the building.\n"
        "\n"
        "Hannah Szeto for Denise Okafor",
        [],
    ),
    (
        'Subject: SCAM ALERT - fake "IRS refund hold" texts\n'
        "\n"
        "Several clients showed us this text this week. It is NOT from the IRS or "
        "from us:\n"
        "\n"
        '  "IRS NOTICE: Your 2024 refund of $1,864.00 is on hold. Verify your '
        "identity\n"
        "  within 24 hrs at irs-refund-verify.help: SSN: ___-__-____, IP PIN: "
        "______,\n"
        '  card number: ____ ____ ____ ____, CVV: ___"\n'
        "\n"
        "The IRS doesn't text about refunds, and we will never ask for your card or "
        "your IP\n"
        "PIN by text. Don't click the link. Forward the text to 7726 (SPAM) and "
        "delete it.\n"
        "\n"
        "Free Tax Help @ MVCA | (717) 555-0100",
        [],
    ),
    (
        "Subject: genetic testing bill - deductible?\n"
        "\n"
        "Hi,\n"
        "\n"
        "Adding to my documents list: in April I paid $1,250 out of pocket for "
        "genetic testing\n"
        "after my father's colon cancer. The report came back positive for a Lynch "
        "syndrome\n"
        "variant (MLH1), so now I get a colonoscopy every year - I had the first one "
        "in\n"
        "August and they took out two polyps. Insurance paid that part but not the "
        "test.\n"
        "\n"
        "Can the test count as a medical expense? My total medical isn't huge "
        "otherwise.\n"
        "\n"
        "Devon Almeida",
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: refund to my account in Spain?\n"
        "\n"
        "Hola Priya,\n"
        "\n"
        "I'm moving back to Valencia in April for my mother, and I will close my "
        "account at\n"
        "PNC before I go. Can the IRS send the refund to my Spanish bank? It is "
        "Banco\n"
        "Sabadell, IBAN ES90 5158 1251 9917 4847 5614, under my name Inmaculada "
        "Ferrer Gil.\n"
        "If not possible I will leave the PNC open for a few months more, no "
        "problem.\n"
        "\n"
        "Also I worked in Spain January to March last year before I came back - do I "
        "need\n"
        "to put that salary here too?\n"
        "\n"
        "Un saludo,\n"
        "Inma",
        [
            ("IBAN_CODE", "ES90 5158 1251 9917 4847 5614"),
        ],
    ),
    (
        "From: ClearPath Refund Services <cards@clearpath-refunds.example>\n"
        "Subject: Your ClearPath Prepaid Card is ready\n"
        "\n"
        "Hello KEISHA RANDOLPH,\n"
        "\n"
        "Your federal refund of $5,214.00 has been loaded to your ClearPath Prepaid "
        "Visa.\n"
        "If you have not received your card by mail, you can use the card details "
        "below for\n"
        "online purchases until it arrives:\n"
        "\n"
        "  Card number: 4362 1526 8534 7844\n"
        "  Exp: 03/28    Security code: 920\n"
        "\n"
        "To set your card PIN, call (717) 555-0137 from the phone number on your "
        "account.\n"
        "Free Tax Help @ MVCA does not issue or service this card.",
        [
            ("CREDIT_CARD", "4362 1526 8534 7844"),
            ("CVV", "920"),
        ],
    ),
    (
        "Subject: medical expenses - worth itemizing?\n"
        "\n"
        "Hi Priya,\n"
        "\n"
        "You said to tally medical to see if it's more than 7.5% of our income. "
        "Here's what I\n"
        "got for Raymond this year:\n"
        "\n"
        "- insulin (Humalog + Lantus), after insurance: $2,140\n"
        "- pump supplies: $1,380\n"
        "- dialysis - three times a week since July, copays $1,920\n"
        "- mileage to the dialysis center: 74 trips x 22 miles round trip\n"
        "- his glasses $210\n"
        "\n"
        "Our AGI was about $58,000 I think. Plus the property tax and the mortgage "
        "interest.\n"
        "Does it get us over the standard deduction?\n"
        "\n"
        "Linda Whitaker",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: two W-2s, one from a church?\n"
        "\n"
        "Hi, just confirming what to bring. I have two jobs: I'm the custodian at "
        "Grace\n"
        "Fellowship Church (they gave me a W-2 but there's nothing in the Social "
        "Security box,\n"
        "is that normal?) and I drive for the school district. The church also gave "
        "me a\n"
        "housing amount on a letter but I don't live there, I think that's for the "
        "pastor and\n"
        "they sent me his letter by mistake.\n"
        "\n"
        "Phil Kowalczyk\n"
        "(717) 555-0146",
        [],
    ),
    (
        "TRAINING SCENARIO 7 (fictional - for practice only)\n"
        "\n"
        "Marisol Kent, 44, brings her 13614-C. She is single, with two children: "
        "Diego (15) and\n"
        "Ana (22). Ana is permanently and totally disabled (autism and epilepsy) and "
        "lives with\n"
        "Marisol all year. Marisol worked as a home health aide (W-2 box 1 $28,410). "
        "Her\n"
        "brother Luis, who lived with them until May, is now incarcerated at a state\n"
        "correctional institution.\n"
        "\n"
        "SSNs: Marisol XXX-XX-XXXX, Diego XXX-XX-XXXX, Ana XXX-XX-XXXX\n"
        "\n"
        "Questions:\n"
        "1. Is Ana a qualifying child for EITC? (Pub 4012, tab I)\n"
        "2. Can Marisol claim Luis as a qualifying relative?\n"
        "3. What filing status should Marisol use?\n"
        "\n"
        "Answer key on page 14. Do not enter scenario data in the live software.",
        [],
    ),
    (
        "Subject: partner integration - production credentials\n"
        "\n"
        "Denise,\n"
        "\n"
        "Your site is approved for ClearPath's Refund Transfer integration in TaxPro "
        "Desktop.\n"
        "Enter the following in Settings > Bank Products > ClearPath for each "
        "station. The\n"
        "secret should be treated like a password; do not store it in shared "
        "documents.\n"
        "\n"
        "  Partner ID:      MVCA-PA-0417\n"
        "  Publishable key: cp_pub_8c1d0e77a2f94b6b\n"
        "  Secret key:      cp_sec_4df5ec29d903366887da0aefa27e497f2cf5ca2c\n"
        "\n"
        "If a station is lost or stolen, call us and we will rotate the secret.\n"
        "\n"
        "Josh Kettering\n"
        "Partner Onboarding, ClearPath Refund Services",
        [
            ("API_KEY", "cp_sec_4df5ec29d903366887da0aefa27e497f2cf5ca2c"),
        ],
    ),
    (
        "Subject: Marketplace form question\n"
        "\n"
        "Hi Priya,\n"
        "\n"
        "I got my 1095-A from Pennie today. I had coverage through them January to "
        "July, then\n"
        "my new job's insurance started in August. Do I need the form if I had "
        "employer\n"
        "insurance most of the year? Also the letter says I might have to pay back "
        "some of the\n"
        "premium credit because I made more than I estimated. How bad could that be? "
        "My\n"
        "appointment is next Saturday.\n"
        "\n"
        "Brenda Ostrowski",
        [],
    ),
    (
        "Subject: one more receipt\n"
        "\n"
        "Hello Tom,\n"
        "\n"
        "Found one more medical receipt for my pile: $480 for the carrier screening "
        "I had at\n"
        "my annual visit in May. The result said I carry one copy of a GJB2 variant "
        "(hearing\n"
        "loss related) and they'll talk about testing my husband at the next visit. "
        "Nothing\n"
        "else came of it, I feel fine, I just don't know if a test like that counts.\n"
        "\n"
        "I know it's probably not enough to itemize, but the site checklist said to "
        "bring\n"
        "everything.\n"
        "\n"
        "Thanks!\n"
        "Natalia Brennan",
        [
            ("genetic", ""),
        ],
    ),
    (
        "Subject: haven't filed since 2019\n"
        "\n"
        "Hi, my PO gave me your flyer. I got out of SCI Mahanoy in October after "
        "four years\n"
        "and I need to do my taxes. I worked about ten weeks at the recycling plant "
        "since\n"
        "then. I don't have anything from the years I was inside obviously, but I "
        "think I owe\n"
        "for 2019 from before I went in. Can you do old years? And does the stimulus "
        "thing\n"
        "still exist, I never got any of those.\n"
        "\n"
        "I have my Social Security card and my DOC release papers as ID, I don't "
        "have a\n"
        "licence yet. My number for call backs is (717) 555-0191.\n"
        "\n"
        "Terrell Sykes",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: direct deposit to Riverbend - what to put on the return\n"
        "\n"
        "Hi everyone,\n"
        "\n"
        "A few clients opened accounts with us on site and weren't sure what to tell "
        "the\n"
        "preparer. For a Riverbend account, the routing number is 621776218 (it's "
        "the same for\n"
        "every member) and the account number is your 10-digit member/share number - "
        "not the\n"
        "number on your debit card. If you haven't received your welcome letter yet, "
        "the\n"
        "preparer can print a direct deposit form from our table.\n"
        "\n"
        "Please don't e-mail your account number to the site; bring the letter.\n"
        "\n"
        "Anita Szabo\n"
        "Riverbend Community Credit Union",
        [],
    ),
    (
        "From: Howard Lindqvist, IRS SPEC Territory Manager\n"
        "Subject: Site review scheduled - MVCA (SIDN S23084517)\n"
        "\n"
        "Denise,\n"
        "\n"
        "I've scheduled the quality site review for Free Tax Help @ MVCA on "
        "Thursday, Feb 20\n"
        "from 9:00 to 12:00. I'll be reviewing against the Quality Site Requirements "
        "in Pub\n"
        "5166. Please have available:\n"
        "\n"
        "- Volunteer Agreements (Form 13615) for everyone working that day\n"
        "- Your site's EFIN 675102 and SIDN S23084517 on the signage\n"
        "- The intake/interview and quality review process as actually done\n"
        "- Reference materials (Pub 4012, Pub 17, Volunteer Resource Guide)\n"
        "\n"
        "No client files need to be pulled. I may observe a preparation with the "
        "client's\n"
        "permission.\n"
        "\n"
        "Howard Lindqvist\n"
        "Territory Manager, SPEC - Central PA, (717) 555-0177",
        [],
    ),
    (
        "From: ClearPath Refund Services - Partner Programs\n"
        "Subject: 2025 season enrollment confirmed - EFIN 675102\n"
        "\n"
        "Hello Denise,\n"
        "\n"
        "Your office (EFIN 675102, MVCA) is enrolled for the 2025 season. Refund "
        "transfer fee\n"
        "to taxpayer: $0 (nonprofit partner program). Ask your clients to choose "
        '"Refund\n'
        'Transfer" only if they have no bank account; clients with an account should '
        "use\n"
        "direct deposit.\n"
        "\n"
        "Reminder on funding: refunds post 1-2 business days after IRS deposit. When "
        "a client\n"
        "asks about a delay, use the IRS transcript's DLN (for example "
        "16904341070572 on a\n"
        "sample transcript) and the 846 code date - we cannot see IRS processing.\n"
        "\n"
        "Partner support: (717) 555-0108, 8am-8pm weekdays.\n"
        "\n"
        "Josh Kettering\n"
        "ClearPath Refund Services",
        [],
    ),
    (
        "NEED AN ITIN? WE CAN HELP - FREE\n"
        "\n"
        "Free Tax Help @ MVCA has a Certifying Acceptance Agent (CAA) on site on "
        "Thursdays.\n"
        "Our CAA can review your original passport and documents and certify copies, "
        "so you\n"
        "don't have to mail originals to the IRS.\n"
        "\n"
        "- New ITINs and renewals (ITINs not used on a return for 3 years expire)\n"
        "- Dependents and spouses, including children abroad\n"
        "- The W-7 is filed with your tax return\n"
        "\n"
        "Bring your passport, or two other documents from the IRS list. Se habla "
        "espanol.\n"
        "Appointments: (717) 555-0100, ext. 3.",
        [],
    ),
    (
        "Subject: please do NOT email SSNs\n"
        "\n"
        "Volunteers,\n"
        "\n"
        "This week three clients e-mailed full Social Security numbers to the site "
        "inbox\n"
        'because a volunteer asked them to "send the last digits" after the '
        "appointment. Our\n"
        "e-mail is not encrypted. If you need a number that was missed at intake:\n"
        "\n"
        "1. Call the client from the site phone and enter it directly into the "
        "software, or\n"
        "2. Ask them to bring the card at pick-up.\n"
        "\n"
        "Never ask for an SSN, ITIN, bank account, or IP PIN by e-mail or text. If a "
        "client\n"
        "sends one anyway, reply without quoting it and delete the message.\n"
        "\n"
        "Denise",
        [],
    ),
    (
        "MVCA COMMUNITY HEALTH SATURDAY - AT THE TAX SITE\n"
        "\n"
        "Saturday, February 15, 9am-1pm, community room (next to Free Tax Help)\n"
        "\n"
        "- Free flu and COVID-19 vaccines (bring your insurance card if you have "
        "one; no one\n"
        "  turned away)\n"
        "- Blood pressure and glucose checks with Marlow County Health Department "
        "nurses\n"
        "- Sign up for health coverage or Medicaid with a Pennie navigator\n"
        "- Free diapers and formula while supplies last\n"
        "\n"
        "Waiting for your tax appointment? Stop by! All services are free and open "
        "to\n"
        "everyone.",
        [],
    ),
    (
        "Subject: IRS account\n"
        "\n"
        "Tom, as you asked, here's what I used when I made the IRS online account in "
        "2022 so\n"
        "you can help me pull the transcript on Saturday:\n"
        "\n"
        "username: bettyjmoss52\n"
        "password: Pinochle#1958blue\n"
        "security question - name of your first pet: Buttons\n"
        "\n"
        "I wrote it in my address book but I can never find the address book.\n"
        "\n"
        "Betty Moss",
        [
            ("PASSWORD", "Pinochle#1958blue"),
            ("PASSWORD", "Buttons"),
        ],
    ),
    (
        "Subject: can't get in\n"
        "\n"
        "Denise the software locked me out again after the update. I reset it to\n"
        "Tulip!Harbor2025 like it asked but now it says my account needs the "
        "coordinator to\n"
        "unlock. Username is pramanvita. Can you unlock me before 9? I have a 9:15 "
        "with the\n"
        "Haddad family and all their docs are in my queue.\n"
        "\n"
        "(sorry, I know we're not supposed to email passwords. I'll change it again "
        "once I'm in)\n"
        "\n"
        "Priya",
        [
            ("PASSWORD", "Tulip!Harbor2025"),
        ],
    ),
    (
        "Subject: callback\n"
        "\n"
        "Hi, you called while I was at work - my number is 555-0139 and the best "
        "time is\n"
        "after 5. You said you needed the last four of my SSN to pull up my file, "
        "it's 9472.\n"
        "The appointment is under Reyes-Padilla, Gabriel.",
        [
            ("US_SSN", "9472"),
        ],
    ),
    (
        "Voicemail from (717) 555-0162, 1 min 12 s, transcribed by PhoneDesk:\n"
        "\n"
        '"Hi, this is, um, Darnell Pruitt, I was in Tuesday with the lady, Priya I '
        "think.\n"
        "She said I could call in the bank stuff since I didn't have a check with "
        "me. It's\n"
        "the Keystone Federal, the routing is 128017467 and the account is nine nine "
        "five\n"
        "two one three four three, that's checking. Okay. And you can call me back "
        "at the\n"
        "same number if it didn't come through. Thanks, bye.\"\n"
        "\n"
        "(Transcription confidence: 0.87)",
        [
            ("ABA_ROUTING_NUMBER", "128017467"),
            ("US_BANK_NUMBER", "nine nine five\ntwo one three four three"),
        ],
    ),
    (
        "Subject: question about housing help being income\n"
        "\n"
        "Hello,\n"
        "\n"
        "I'm scheduled for Friday. I get rental assistance through the HOPWA program "
        "at\n"
        "AIDS Resource Alliance - they pay $640 a month straight to my landlord. Do "
        "I have to\n"
        "report that as income? I also got a $1,200 gift card from a research study "
        "at Penn\n"
        "last summer. I don't want to get in trouble for leaving something off.\n"
        "\n"
        "Anthony Gervais",
        [
            ("health", ""),
        ],
    ),
    (
        "IDENTITY PROTECTION PIN - WHAT TO KNOW BEFORE YOUR APPOINTMENT\n"
        "\n"
        "- An IP PIN is a six-digit number the IRS assigns to protect your return.\n"
        "- If the IRS mailed you one (letter CP01A), bring the letter: your return "
        "will be\n"
        "  rejected without the current year's PIN.\n"
        "- A new IP PIN is issued every January. Last year's number will not work.\n"
        "- Lost it? You can retrieve it in your IRS Online Account, or we can help "
        "you\n"
        "  request a replacement at the site (allow extra time).\n"
        "- Anyone can now opt in voluntarily - ask your preparer.\n"
        "- Never give your IP PIN to anyone who calls, texts or emails you. The IRS "
        "will not\n"
        "  ask for it that way, and neither will we.\n"
        "\n"
        "Free Tax Help @ MVCA | 410 Keystone Ave | (717) 555-0100",
        [],
    ),
    (
        "Subject: Re: donations question\n"
        "\n"
        "> Can I deduct the money I gave to Marisol's campaign? It was $250 in "
        "September plus\n"
        "> I bought a $40 ticket to the pancake fundraiser.\n"
        "\n"
        "Hi Gloria,\n"
        "\n"
        "Unfortunately contributions to a political campaign, including Marisol "
        "Vega's state\n"
        "senate committee, aren't deductible on the federal return, and neither is "
        "the\n"
        "pancake breakfast ticket. Pennsylvania doesn't allow them either. The $120 "
        "you gave\n"
        "to the food bank in December is a charitable gift, but since you're taking "
        "the\n"
        "standard deduction it won't change your refund this year.\n"
        "\n"
        "I know you also spent a lot of Saturdays door-knocking for her - volunteer "
        "time isn't\n"
        "deductible, but your mileage for a charity would be, if you ever do that "
        "for the food\n"
        "bank instead.\n"
        "\n"
        "Marcus Bell\n"
        "Volunteer Preparer, Free Tax Help @ MVCA",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: FBAR reminder - Schaefer\n"
        "\n"
        "Hi Mr. Schaefer,\n"
        "\n"
        "While finishing your return I saw the interest from your Sparkasse savings\n"
        "(DE75113578498075700240). Because the account held more than $10,000 at one "
        "point\n"
        "last year (you mentioned about EUR 14,000 after your aunt's estate was paid "
        "out), you\n"
        "need to file an FBAR (FinCEN 114) separately online by April 15. We can't "
        "file it at\n"
        'the site, but it\'s free and takes about 20 minutes. I also checked "Yes" on '
        "Schedule B\n"
        "Part III, line 7a, and entered Germany on 7b.\n"
        "\n"
        "Let me know if you'd like the step-by-step handout.\n"
        "\n"
        "Tom Brandvold, Volunteer (Advanced certified)",
        [
            ("IBAN_CODE", "DE75113578498075700240"),
        ],
    ),
    (
        "Subject: amended 2023 return?\n"
        "\n"
        "Hi - I was a client last year (Priya did mine). Dana and I finalized our "
        "divorce in\n"
        "November. We filed separately for 2023 because we were already living "
        "apart, and I\n"
        "just found out she claimed Owen on hers even though he was with me 230-some "
        "nights\n"
        "that year. My e-file got rejected because his SSN was already used.\n"
        "\n"
        "I'm honestly not sure what to do. We were married for six years and she and "
        "I never\n"
        "fought about money before this. Is it her return that has to be amended or "
        "mine?\n"
        "Can you do amended returns at the site?\n"
        "\n"
        "I can bring the decree and the letter (CP87A I think).\n"
        "\n"
        "Thanks,\n"
        "Karen Holt",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "From: Howard Lindqvist, IRS SPEC Territory Manager\n"
        "Subject: Data incident - MVCA site, 2/8\n"
        "\n"
        "Denise,\n"
        "\n"
        "Following up on your call. For the incident log: please confirm that the "
        "intake sheet found in the parking\n"
        "lot by the library staff was Mr. Vance's, SSN 377-46-7999, and that no "
        "other client's\n"
        "information was on that page. Also confirm the date the client was notified "
        "and\n"
        "whether you've recommended he request an IP PIN.\n"
        "\n"
        "Reminder to all partners that intake sheets stay inside the building and "
        "are shredded\n"
        "once the return is accepted.\n"
        "\n"
        "Howard Lindqvist\n"
        "Territory Manager, SPEC - Central PA",
        [
            ("US_SSN", "377-46-7999"),
        ],
    ),
    (
        "hi its Rosalind Teague, I had the 9am this morning with Tom. he said we "
        "cant\n"
        "efile without my IP PIN and I found the letter!! its the CP01A from "
        "January.\n"
        "the number is 589525 . can he still send it today? I dont want to come back "
        "in\n"
        "with the grandkids again lol\n"
        "\n"
        "also he asked for last four of my social for the callback, its 6225 no wait "
        "thats\n"
        "my late husbands, mine is 5836\n"
        "\n"
        "thank you\n"
        "Roz",
        [
            ("PIN", "589525"),
            ("US_SSN", "6225"),
            ("US_SSN", "5836"),
        ],
    ),
    (
        "Subject: Re: Re: signing our joint return\n"
        "\n"
        "I talked to my husband. He's in the Marlow County jail until his sentencing "
        "next\n"
        "month so he can't come sign anything. The lady at the jail said he can sign "
        "a paper\n"
        "if you mail it to him. We want to file joint like always. Is that allowed "
        "when he's\n"
        "in there? Or do I file separate?\n"
        "\n"
        "Yolanda Price",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Re: where is my refund??\n"
        "\n"
        "Hi Ms. Okafor,\n"
        "\n"
        "The Where's My Refund tool says it was sent on 2/21 to my ClearPath card, "
        "the one\n"
        "ending 9111, but the card app shows $0.00. I called the number on the back "
        "and it\n"
        "just hangs up. I used the refund transfer because I didn't have a bank "
        "account.\n"
        "Can you see anything on your end? I have rent due on the 1st.\n"
        "\n"
        "Monique Settles\n"
        "(717) 555-0154",
        [
            ("CREDIT_CARD_LAST_DIGITS", "9111"),
        ],
    ),
    (
        "Subject: W-7 packet - Ortega Salinas family (CAA review)\n"
        "\n"
        "Luis,\n"
        "\n"
        "I pulled together what the family brought Thursday for the three W-7s. "
        "Originals were\n"
        "reviewed at the desk and handed back, copies are in the locked drawer.\n"
        "\n"
        "- Reynaldo Ortega Salinas (spouse, box e): Mexican passport E81052583, "
        "expires 2031.\n"
        "  Passport alone covers identity and foreign status, no second document "
        "needed.\n"
        "- Lucia Ortega (dependent, box d): passport G23082376. She's 9, so we still "
        "need the\n"
        "  school record for US residency - mom says the office at Franklin "
        "Elementary will\n"
        "  print one Monday.\n"
        "- Mateo Ortega (dependent, box d): he only has the Mexican driver's licence\n"
        "  MOR-8841-2207 and the birth certificate, no passport yet. Is the licence "
        "enough\n"
        "  with the birth certificate for a dependent under 18, or do we hold his "
        "W-7?\n"
        "\n"
        "Taxpayer's own SSN card was seen. I did not attach the W-7s to anything "
        "yet.\n"
        "\n"
        "Hannah",
        [
            ("US_PASSPORT", "E81052583"),
            ("US_PASSPORT", "G23082376"),
            ("US_DRIVER_LICENSE", "MOR-8841-2207"),
        ],
    ),
    (
        "Subject: Re: W-7 documents for my wife\n"
        "\n"
        "Hi Mr. Mensah,\n"
        "\n"
        "Thanks for asking before the appointment. A valid passport is the only "
        "document that\n"
        "proves both identity and foreign status by itself, so if your wife's "
        "Ghanaian\n"
        "passport hasn't expired, that's all she needs for identity. Without a "
        "passport she\n"
        "would need at least two documents from the list of 13 on the W-7 "
        "instructions (for\n"
        "example a national ID card with photo and a foreign birth certificate), and "
        "one must\n"
        "have a photo.\n"
        "\n"
        "Please bring the originals Thursday; I'll review and return them the same "
        "day.\n"
        "\n"
        "Luis Echeverria\n"
        "Certifying Acceptance Agent, Free Tax Help @ MVCA",
        [],
    ),
    (
        "Subject: Property Tax/Rent Rebate - Mrs. Adeyemi\n"
        "\n"
        "Denise,\n"
        "\n"
        "Starting the PA-1000 for Florence Adeyemi. She's 58, so she qualifies on "
        "the\n"
        "disability side, not age: SSA found her disabled in 2022 (she has the award "
        "letter,\n"
        "primary diagnosis was her MS). Income is her SSDI only, $17,640, so under "
        "the cap.\n"
        "She rents from Eastgate Apartments, landlord signed the rent certificate.\n"
        "\n"
        "Her SSN for the form is 893-97-8949. She asked whether she has to send the "
        "SSA letter\n"
        "every year - I said yes, the disability proof goes with each claim. Correct "
        "me if\n"
        "the department changed that.\n"
        "\n"
        "Marcus",
        [
            ("health", ""),
            ("US_SSN", "893-97-8949"),
        ],
    ),
    (
        "Subject: Your new Riverbend account - Welcome!\n"
        "\n"
        "Dear Mr. Osei,\n"
        "\n"
        "Welcome to Riverbend Community Credit Union! Your Free Tax Help refund will "
        "be\n"
        "deposited to the account we opened for you today at the tax site:\n"
        "\n"
        "  Member/account number: 3452030975\n"
        "  Routing number: 225439090 (use this on your tax return)\n"
        "\n"
        "Online banking: username kosei1987, temporary password Rvb-7Kq2-msx. You "
        "will be\n"
        "asked to change it the first time you sign in.\n"
        "\n"
        "Your debit card will arrive in 7-10 business days.\n"
        "\n"
        "Anita Szabo\n"
        "Riverbend Community Credit Union at MVCA",
        [
            ("US_BANK_NUMBER", "3452030975"),
            ("ABA_ROUTING_NUMBER", "225439090"),
            ("PASSWORD", "Rvb-7Kq2-msx"),
        ],
    ),
    (
        "Subject: Your Money Check-In follow-up - Jerome\n"
        "\n"
        "Hi Jerome,\n"
        "\n"
        "Great to meet you at the tax site after your return was done. As promised, "
        "here's a\n"
        "recap of what we looked at on your free report (TransUnion, pulled with "
        "your\n"
        "permission on 2/3):\n"
        "\n"
        "Score: 587\n"
        "Negative items:\n"
        "  - Collection: Midland Credit Mgmt (orig. Verizon), $1,140, reported "
        "06/2022\n"
        "  - Charge-off: Capital One card, $2,380, 09/2021\n"
        "  - 60 days late: Santander auto loan, 12/2023\n"
        "\n"
        "Plan we talked about: $500 of the refund into a Riverbend Share Secured "
        "loan (the\n"
        "credit builder), dispute the Verizon collection since you returned the "
        "equipment,\n"
        "and set up autopay on the car loan. Let's check in again in May.\n"
        "\n"
        "Anita Szabo, Financial Coach\n"
        "Riverbend Community Credit Union @ Free Tax Help MVCA",
        [
            ("CREDIT_SCORE", "587"),
            (
                "CREDIT_REPORT",
                "Collection: Midland Credit Mgmt (orig. Verizon), $1,140, reported 06/2022",
            ),
            ("CREDIT_REPORT", "Charge-off: Capital One card, $2,380, 09/2021"),
            ("CREDIT_REPORT", "60 days late: Santander auto loan, 12/2023"),
        ],
    ),
    (
        "Subject: ABA receipts\n"
        "\n"
        "Priya,\n"
        "\n"
        "Here are the ABA therapy totals for Eli for the year, from the provider "
        "portal:\n"
        "Jan-Jun $3,120 (in-home, 10 hrs/wk), Jul-Dec $2,460 (clinic). The autism "
        "waiver\n"
        "covered the rest. Also his speech therapy copays, $35 x 22 visits.\n"
        "\n"
        "On the bank side, our routing is 726977271 and checking 120815340, same as "
        "last year\n"
        "but the account number on last year's return had a typo, so please double "
        "check.\n"
        "\n"
        "Rachel Okonjo",
        [
            ("health", ""),
            ("ABA_ROUTING_NUMBER", "726977271"),
            ("US_BANK_NUMBER", "120815340"),
        ],
    ),
    (
        "Subject: Re: refund offset letter\n"
        "\n"
        "Hi Ms. Okafor,\n"
        "\n"
        "You asked me to send what the letter said. It's from Treasury (Bureau of "
        "the Fiscal\n"
        "Service). It says $1,412 of my refund was applied to a debt owed to the "
        '"Marlow County\n'
        'Court of Common Pleas - restitution" and the balance $389 is coming to me.\n'
        "\n"
        "That's from the retail theft case from 2021 - I pled guilty and I've been "
        "paying the\n"
        "restitution monthly through the clerk, I'm almost done. I didn't know they "
        "could take\n"
        "my tax refund on top of that. Is there anything I can do or is that just "
        "how it is?\n"
        "\n"
        "Thank you,\n"
        "Brianna Castellano",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "From: Howard Lindqvist, IRS SPEC Territory Manager\n"
        "Subject: Security Summit reminders for partners\n"
        "\n"
        "Partners,\n"
        "\n"
        "Mid-season reminders:\n"
        "\n"
        "- Report any data loss or theft (laptops, paper intake, e-mail sent to the "
        "wrong\n"
        "  person) to your territory office within 24 hours. Pub 4299 describes your\n"
        "  obligations.\n"
        "- Volunteers must have signed Form 13615 and completed Volunteer Standards "
        "of Conduct\n"
        "  before touching a return.\n"
        "- Multi-factor authentication must be on for all tax software accounts. Do "
        "not share\n"
        "  accounts or codes between volunteers.\n"
        '- Phishing is up: scammers pose as EFIN holders and as "IRS e-Services" '
        "asking you to\n"
        "  verify your EFIN. Verify by calling the e-Help Desk.\n"
        "\n"
        "Howard Lindqvist, Territory Manager, SPEC - Central PA",
        [],
    ),
    (
        "Subject: Thank you for supporting Free Tax Help!\n"
        "\n"
        "Dear Mr. and Mrs. Hallett,\n"
        "\n"
        "Thank you for your gift of $250 to Marlow Valley Community Action in "
        "support of\n"
        "Free Tax Help @ MVCA. Last season, volunteers filed 1,284 returns and "
        "brought $2.9\n"
        "million in refunds back to Marlow County families, at no cost to them.\n"
        "\n"
        "MVCA is a 501(c)(3) organization, EIN 20-3663614. No goods or services were "
        "provided\n"
        "in exchange for your contribution. Please keep this letter for your tax "
        "records.\n"
        "\n"
        "With gratitude,\n"
        "Denise Okafor, Site Coordinator\n"
        "on behalf of the MVCA Board of Directors",
        [],
    ),
    (
        "Subject: QR notes - Ferraro (appt 0215-03) - BOUNCED\n"
        "\n"
        "Marcus - returning this one, three items:\n"
        "\n"
        "1. Form 8812: Sofia's SSN is entered as 437-08-6054 but the card copy in "
        "the file\n"
        "   reads 437-08-6045. The IRS would reject or worse, assign the credit to "
        "nobody.\n"
        "   Please re-key from the card.\n"
        "2. Child care: Little Sprouts EIN is on the 2441, good, but amount paid "
        "shows $4,800\n"
        "   and the provider statement says $4,380.\n"
        "3. Direct deposit: you have the account and routing reversed on the 8888 "
        "screen.\n"
        "   Not sure how the software took it. Please fix and re-verify with the "
        "client's\n"
        "   check.\n"
        "\n"
        "Everything else ties out. Send back to my queue when done.\n"
        "\n"
        "Gail Whitcomb, Quality Reviewer",
        [
            ("US_SSN", "437-08-6054"),
            ("US_SSN", "437-08-6045"),
        ],
    ),
    (
        "Subject: splitting my refund\n"
        "\n"
        "Priya,\n"
        "\n"
        "I want to do what you said about splitting the refund so I don't blow it "
        "all. Can\n"
        "you do:\n"
        "\n"
        "$1,000 -> savings at Riverbend, routing 273157913, acct 17426987934\n"
        "the rest -> my checking at Members 1st, routing 071802800, acct 35770344\n"
        "\n"
        "Both accounts are in my name only. If the 8888 thing is too complicated "
        "just put it\n"
        "all in the checking.\n"
        "\n"
        "Dominique Blackwell",
        [
            ("ABA_ROUTING_NUMBER", "273157913"),
            ("US_BANK_NUMBER", "17426987934"),
            ("ABA_ROUTING_NUMBER", "071802800"),
            ("US_BANK_NUMBER", "35770344"),
        ],
    ),
    (
        "Subject: nonpartisan reminder\n"
        "\n"
        "Hi all,\n"
        "\n"
        "It's an election year for the county commissioners and the state house "
        "seat, and the\n"
        "candidates forum at the library is the same Saturday as our site. A few "
        "rules from\n"
        "MVCA and from our IRS partnership:\n"
        "\n"
        "- No campaign buttons, shirts, or literature at the site, including in the "
        "waiting\n"
        "  area.\n"
        "- Don't discuss candidates or parties with clients, even if they bring it "
        "up.\n"
        "- Voter registration forms may be offered to everyone, without comment.\n"
        "\n"
        "We serve everyone. Thanks for keeping it that way.\n"
        "\n"
        "Denise Okafor, Site Coordinator",
        [],
    ),
    (
        "Subject: certification reminder - Advanced due Friday\n"
        "\n"
        "Volunteers,\n"
        "\n"
        "As of this morning, these folks still need to finish certification in Link "
        "& Learn\n"
        "before their first shift:\n"
        "\n"
        "- Volunteer Standards of Conduct: Ines, Marcus (retake), Hannah\n"
        "- Advanced: Ines\n"
        "- Site coordinator training: done\n"
        "\n"
        "Marcus passed Basic with 86% and Advanced with 82% (80% needed), nice work. "
        "Print\n"
        "your certificate and sign Form 13615 with your certification level. Anyone "
        "with a\n"
        "PTIN can note it on the form, but it isn't required for VITA.\n"
        "\n"
        "Gail Whitcomb, QR / Training Lead",
        [],
    ),
    (
        "Subject: IP PIN?\n"
        "\n"
        "Hello - my friend said everyone needs an IP PIN now or your return gets "
        "rejected. I\n"
        "never got a letter from the IRS. Do I need to get one before my appointment "
        "on the\n"
        "15th? I don't have a computer, only my phone.\n"
        "\n"
        "Thanks, Wendell Okoro",
        [],
    ),
    (
        "Subject: intake pre-check - Delgado / Whitfield-Delgado\n"
        "\n"
        "Tom,\n"
        "\n"
        "Pre-check for your 11:00 (entered from their mailed-in packet):\n"
        "\n"
        "Taxpayer: Ramon Delgado, SSN 312-10-2373\n"
        "Spouse: Adrian Whitfield-Delgado (husband), SSN 701-94-0803\n"
        "Married 08/2023. MFJ. No dependents.\n"
        "W-2s: 2 (Ramon - Lancaster General; Adrian - Turkey Hill)\n"
        "1098-E student loan interest: Adrian, $1,104\n"
        "Refund: direct deposit, account info on their voided check in the envelope.\n"
        "\n"
        "They said last year's preparer refused to file them jointly (!) - please "
        "make sure\n"
        "they're comfortable.\n"
        "\n"
        "Hannah",
        [
            ("US_SSN", "312-10-2373"),
            ("US_SSN", "701-94-0803"),
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: DNA kit lol\n"
        "\n"
        "ok this is a silly one but my cousin swears you can deduct it. I bought one "
        "of those\n"
        "ancestry DNA kits in November ($89). Results said I'm 41% Nigerian, 22% "
        "Ghanaian,\n"
        "and the rest mostly Irish and Scottish, which explains a lot about "
        "Thanksgiving. Is\n"
        "it a medical expense? It did the health trait report too but that just said "
        "I'm\n"
        "likely to hate cilantro.\n"
        "\n"
        "Jordan Ashby-Mensah",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: got it!!\n"
        "\n"
        "Good news, the refund finally came today, $3,874 - the IRS transcript had "
        "said\n"
        '"refund issued" on 3/4 with the code 846 and a DLN of 72976676939058, I '
        "have no idea\n"
        "what that means but Priya said it's normal. Thank you for putting up with "
        "my\n"
        "daily phone calls, I know I was a pain.\n"
        "\n"
        "See you next year,\n"
        "Grace Mbatha",
        [],
    ),
    (
        "Subject: Dad's final return\n"
        "\n"
        "Hello,\n"
        "\n"
        "My father, Arthur Lindgren, passed away on October 3rd. I'm his daughter "
        "and the\n"
        "executor. He had Social Security and a small pension, and I think he'd be "
        "due a\n"
        "refund because they withheld from the pension. Do I file his final return "
        "at your\n"
        "site, and do I need the Form 1310 since I'm not a surviving spouse? I have "
        "the\n"
        "short certificate from the Register of Wills and his last two returns.\n"
        "\n"
        "I live in Ohio but can come in on a Saturday.\n"
        "\n"
        "Karin Lindgren-Moss",
        [],
    ),
    (
        "Subject: are union dues deductible at all anymore?\n"
        "\n"
        "Tom,\n"
        "\n"
        "Sorry to bug you after hours. You asked me to check whether I had anything "
        "besides the\n"
        "W-2. The only other thing is my dues - I've been in UFCW Local 1776 since I "
        "started at\n"
        "the warehouse and they take $57 a month out, so $684 for the year, it's on "
        "my last pay\n"
        'stub under "UN DUES". My brother-in-law says he deducts his every year as a '
        "work\n"
        "expense. If that's not a thing anymore just tell me and I'll stop asking "
        "him.\n"
        "\n"
        "See you Saturday,\n"
        "Hector Ruelas",
        [
            ("trade_union_membership", ""),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_72, "hard72", Path(__file__).with_name("hard-72.jsonl")))
