"""Hard set 70 (2026-12-07): a workforce development nonprofit's fortnight in December.

Written blind. I read only /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief70.txt.
I ran only throwaway generator and checking scripts (under /tmp/hard70_gen/ and inline
python checks of word counts, ABA and Luhn look-alikes), `cal`, this module (to validate and
write hard-70.jsonl), ruff format and ruff check on this module, and git add, git commit
and git rev-parse HEAD. No detector code, rules, docs, tests or other hard sets
were opened, and the detector was not run. Slips: none.

Identifiers were generated with a seeded random.Random in throwaway scripts under
/tmp/hard70_gen/: Luhn-valid card numbers (a Visa debit card and a fleet fuel card),
checksum-valid ABA routing numbers, SSNs that follow the SSA rules (area not 000, 666 or
900+, group and serial not zero), an ITIN in a valid group, a mod-97-valid German IBAN,
random licence, ID, passport, account, PIN and code values; no published test numbers and
no trivial sequences. Phone numbers are 555-01xx. All people and organisations (employers,
the union local, the workforce board, the testing vendor, the payroll processor, banks,
shops, clinics, courts and prisons) are invented; only public agencies and programmes (the
BMV, TSA, IRS, WIOA, the Federal Bonding Program, WOTC), a tribal nation, a faith and
equipment or boot brands are named as they are.

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
- A drug-screen result for a named trainee is health, a NEGATIVE included (a test result,
  positive or negative), and so is an MRO's verified negative explained by an Adderall
  prescription. A notice telling a named trainee to report for a screen with an
  authorization number, naming no result, a vendor invoice with counts, program rules that
  every placement is screened, and a job posting's screening requirement are not.
- A DOT medical card's issue and expiry dates for named drivers are not labelled (the
  certificate says only that the driver was certified); a one-year card given because of
  blood pressure and lisinopril, a sleep-study referral, and an insulin-treated diabetes
  assessment (MCSA-5870) are health. A class notice to bring medication lists and
  hearing aids to the group DOT physical is offered to all.
- A CDL learner permit (CLP) number and a commercial licence of any state are
  US_DRIVER_LICENSE; an Ohio ID card number on an I-9 List B line is US_STATE_ID; a tribal
  citizenship card number is US_STATE_ID (as a tribal nation's ID card), and the enrolled
  citizenship beside it is racial_ethnic_origin. An I-9 List A passport is US_PASSPORT.
- A fleet fuel card issued to a trainee is a payment card: its full number is CREDIT_CARD
  and its driver PIN is PIN. A prepaid Visa gas card's last four are
  CREDIT_CARD_LAST_DIGITS. Gas-voucher, childcare-voucher, bus-pass serial, purchase-order,
  invoice, BMV ticket, requisition, collection authorization and specimen numbers are
  unlabelled identifiers.
- A stipend paycard's reset PIN is PIN; the paycard vendor's face match for a named
  cardholder is biometric. A payroll processor's generic warning that it never asks for a
  PIN is not labelled.
- A trainee's job-board (JobLink Ohio) password, a payroll employee-site password and a
  union member-portal password with its security answer are each PASSWORD (online
  accounts); usernames and e-mail logins beside them are not labelled. A payroll
  sign-in verification code and a state unemployment portal one-time passcode are
  ACCESS_CODE. A Zoom meeting passcode opens no account: not labelled.
- A webhook signing secret ("whsec_...") in a request header and a payroll API secret key
  are API_KEY; the client ID, account header and publishable key are not.
- An ACH return notice and a direct-deposit change confirmation quoting a trainee's
  routing and account numbers back are labelled ABA_ROUTING_NUMBER and US_BANK_NUMBER; a
  funding account "ending 6620", an ACH company ID, trace numbers, a bank reference
  number and ETPL program IDs (nine digits) are not labelled.
- An SSN written with spaces by the trainee ("674 48 2235") is US_SSN on the spaced
  string; "SSN (last 4)" on an apprenticeship letter is US_SSN on the four digits; a
  W-2 notice showing "XXX-XX-____" is a placeholder.
- criminal_history also covers: an MVR's OVI conviction, a state nurse-aide background
  check's disqualifying theft conviction, a self-disclosed charge now sealed (the charge
  counts whatever the outcome), a Federal Bonding letter stating release from federal
  custody, a letter to a probation officer about a condition of probation, house arrest
  with an ankle monitor, a TSA hazmat threat determination citing a felony, and a WOTC
  "qualified ex-felon" target group with conviction and release dates. A clean background
  report ("no records found"), a second-chance hiring fair, aggregate reentry outcomes,
  and a hiring rule about OVIs in a job posting are not.
- trade_union_membership also covers: an apprentice indentured with dues check-off, union
  "working dues" on a named apprentice's pay stub, named pre-apprentices sworn in as
  members, a trainee's own Teamsters membership kept on a withdrawal card, and a member's
  note that his dues posted. A union's PAC payroll-deduction receipt to a named new member
  is political_opinion and trade_union_membership. A recruitment flyer, an open house,
  aptitude rankings by applicant number and OSHA-10 card numbers are not labelled.
- A trainee canvassing for a council candidate as a volunteer team lead is
  political_opinion; an executive director's call to contact legislators about the budget
  is an appeal.
- Jumu'ah prayer at a named Islamic centre, keeping the Sabbath as a Seventh-day
  Adventist, and being Amritdhari Sikh with a dastaar accommodation are religious_belief.
  A graduation held in a church fellowship hall, with the pastor's hall rules, is a place.
- A heterozygous Factor V Leiden result with a past clot and Eliquis is genetic and
  health. Cancer treatment named in a graduation award for a named graduate (who asked for
  it to be said) is health, as are a child's autism and IEP in a childcare request and a
  trainee's diabetic neuropathy in a boot request.
- A voluntary self-identification with a stated race and "Disability: I do not wish to
  answer" is racial_ethnic_origin only; a WIOA data-validation record's race field is
  racial_ethnic_origin, and its SNAP and veteran fields are not labelled. A blank
  eligibility checklist with race boxes and a board's suppressed race table are not.
- A finger-scan time clock's punch-exception log with match scores for named trainees is
  biometric; a notice that the lab clock stores templates, with a consent form and a PIN
  alternative, is not.
- Training scenarios with fictional residents' conditions in a CNA skills lab, a clinical
  rule never to record residents' diagnoses, a free flu-shot clinic offered to all, and a
  credit workshop explaining score ranges disclose nothing. Credit-coaching notes giving
  a named trainee's bureau scores are CREDIT_SCORE on each score; "files are thin" is no
  adverse item.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_70: list[Case] = [
    (
        (
            "Subject: job board account\n"
            "\n"
            "Tasha - I cant get into the state job board (JobLink Ohio) again, it keeps "
            "sending me back to the sign in page. Can you log in and upload my new resume "
            "with the CNA cert on it? Bellmont and Maple Crest both said apply online.\n"
            "\n"
            "email is kgrayson.cna@example.com\n"
            "password is Jaylen&Mia2019\n"
            "\n"
            "its the same password for everything so please dont share it haha. thank you\n"
            "\n"
            "Kiara Grayson"
        ),
        [
            ("PASSWORD", "Jaylen&Mia2019"),
        ],
    ),
    (
        (
            "Ms. Albrecht,\n"
            "\n"
            "I tried to change my tax withholding on the Paywell employee site like you "
            "showed us but it keeps saying something about my W-4 being locked. Can you "
            "just log in as me and fix it? I'm claiming my two kids now.\n"
            "\n"
            "username: tpruitt88\n"
            "password: Brownies#Lake22\n"
            "\n"
            "Sorry I know you said not to do this but I have class all day and the office "
            "closes before I get out. I'll change the password after.\n"
            "\n"
            "DeShawn Pruitt"
        ),
        [
            ("PASSWORD", "Brownies#Lake22"),
        ],
    ),
    (
        (
            "Mr. Swenson,\n"
            "\n"
            "Asking ahead so it's not a problem later. On Fridays I go to Jumu'ah at the "
            "Fairbrook Islamic Center, the khutbah starts 1:15 and I'm back by 2:15. The "
            "class schedule shows the practical from 1 to 3 on Fridays. Can I take a late "
            "lunch those days and do my practical time after 2:15? I've been praying there "
            "since I moved here and I don't like to miss it. I can stay late or come early "
            "any other day.\n"
            "\n"
            "JazakAllah khair,\n"
            "Idris Mansour\n"
            "Forklift cohort FL-26-12"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "Subject: Swearing-in list - Local 1043 general meeting 12/8\n"
            "\n"
            "Renee,\n"
            "\n"
            "For your graduation slides: these five of your pre-apprenticeship grads took "
            "the oath and were sworn in as members at Tuesday night's general meeting. "
            "They'll get their dues books in the mail.\n"
            "\n"
            "Antoine Biggs\n"
            "Marisol Vega\n"
            "Kyle Rennick\n"
            "Destiny Ocasio\n"
            "Hector Palomares\n"
            "\n"
            "Please spell the names exactly like that, Hector was very specific. Kyle and "
            "Destiny start with Greystone Concrete on the 14th; the other three are on the "
            "out-of-work list and should get dispatched before Christmas.\n"
            "\n"
            "Frank DeLuca\n"
            "Laborers' Local 1043 JATC"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Region 9 WDB - Quarterly Performance Summary, Northgate Works (Q1 PY26)\n"
            "\n"
            "Exiters this quarter: 41\n"
            "Credential attainment: 35 of 41 (85%)\n"
            "Employed 2nd quarter after exit: 29 of 38 (76%)\n"
            "Median quarterly earnings: $9,612\n"
            "Reentry participants (self-identified justice involvement): 18 exiters, 13 "
            "employed\n"
            "Participants with a disability (self-reported): 6\n"
            "Race/ethnicity breakdown: see attached table (suppressed where cell size < 5)\n"
            "\n"
            "Northgate Works met or exceeded all negotiated levels for the quarter. The "
            "Board thanks your staff for timely data entry.\n"
            "\n"
            "Monitoring contact: Priya Venkataraman, Region 9 WDB"
        ),
        [],
    ),
    (
        (
            "LABORERS' LOCAL 1043 APPRENTICESHIP - NOW ACCEPTING APPLICATIONS\n"
            "\n"
            "Earn while you learn! Start at $21.18/hr with raises every 1,000 hours, full "
            "health insurance and a pension from day one.\n"
            "\n"
            "Open house: Saturday, December 12, 10 a.m. - 1 p.m.\n"
            "Local 1043 Training Center, 2250 Stockyard Rd, Fairbrook\n"
            "\n"
            "Requirements: 18+, valid driver's license or a plan to get one, able to pass "
            "a drug screen, high school diploma or GED. Graduates of the Northgate Works "
            "pre-apprenticeship get direct entry - no waiting list.\n"
            "\n"
            "Questions? Frank DeLuca, Apprenticeship Coordinator, (937) 555-0152\n"
            "\n"
            "Union built. Union strong."
        ),
        [],
    ),
    (
        (
            "Laborers' Local 1043 Political Action Fund\n"
            "\n"
            "Dear Brother Biggs,\n"
            "\n"
            "Thank you for signing up for voluntary payroll contributions to the Local "
            "1043 Political Action Fund as a new member. Your authorization of $5.00 per "
            "week will begin with your first paycheck from your signatory employer.\n"
            "\n"
            "Contributor: Antoine Biggs\n"
            "Authorization date: 12/08/2026\n"
            "Method: payroll deduction via employer\n"
            "\n"
            "Contributions are voluntary and are not a condition of membership or "
            "employment. You may revoke this authorization at any time in writing. "
            "Contributions to the Political Action Fund are used in connection with "
            "federal and state elections and are not tax deductible.\n"
            "\n"
            "Political Action Fund Committee, Laborers' Local 1043"
        ),
        [
            ("political_opinion", ""),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "CDL class - your DOT physical\n"
            "\n"
            "Everyone needs a DOT medical card before the CLP test. We booked the group at "
            "Valley Occupational Health on Monday, December 7, starting 1 p.m.\n"
            "\n"
            "Bring:\n"
            "- A list of any medications you take, with doses\n"
            "- Glasses or contacts if you wear them\n"
            "- Your hearing aids if you use them\n"
            "- Any paperwork from your doctors about ongoing conditions\n"
            "\n"
            "The exam is covered by the program. It takes about 45 minutes. If the "
            "examiner gives you a card shorter than 2 years, that's okay - just bring it "
            "to Marcus."
        ),
        [],
    ),
    (
        (
            "Paywell Payroll Services - ACH Return Notification\n"
            "\n"
            "Client: Northgate Works (client no. NW-40218)\n"
            "Batch: STIP-1204   Effective entry date: 12/04/2026\n"
            "\n"
            "One entry in this batch was returned by the receiving bank.\n"
            "\n"
            "  Receiver name:   PRUITT DESHAWN M\n"
            "  RDFI routing:    070872789\n"
            "  DFI account:     0758466324\n"
            "  Amount:          $250.00\n"
            "  Return code:     R03 - No account / unable to locate account\n"
            "\n"
            "Funds for this entry will be credited back to your funding account within two "
            "business days. Please confirm the employee's banking details before "
            "resubmitting. If the employee has changed banks, a new direct deposit "
            "authorization is required.\n"
            "\n"
            "Paywell Client Support\n"
            "support line (937) 555-0171\n"
            "This is an automated notice. Replies to this address are not monitored."
        ),
        [
            ("ABA_ROUTING_NUMBER", "070872789"),
            ("US_BANK_NUMBER", "0758466324"),
        ],
    ),
    (
        (
            "Frank,\n"
            "\n"
            "Aptitude test rankings for the December Local 1043 intake are posted on the "
            "board at the training center. We list by applicant number only:\n"
            "\n"
            "2612-044  score 86\n"
            "2612-051  score 82\n"
            "2612-039  score 79\n"
            "2612-047  score 74\n"
            "2612-058  score 71\n"
            "\n"
            "Interviews for the top 20 will be January 5-7. Applicants who scored below 60 "
            "can retest in six months.\n"
            "\n"
            "Brenda Kowal\n"
            "JATC Office Administrator"
        ),
        [],
    ),
    (
        (
            "Frank,\n"
            "\n"
            "One thing for the Greystone jobsite before Harpreet starts. He's Amritdhari "
            "Sikh, so he wears his dastaar and keeps his kesh uncut. He can't wear a "
            "standard hard hat over it. I looked it up and there are a few Class E hard "
            "hats made for turbans, or some sites accept a turban with a face shield for "
            "the tasks that allow it. Can you ask Greystone's safety guy which they'll "
            "accept? He's fine with a full beard net under the respirator.\n"
            "\n"
            "He was my best student this round - I don't want a PPE issue to cost him the "
            "spot.\n"
            "\n"
            "Gil Swenson"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "Renee - incident write-up for the warehouse lab, Tuesday 12/1, about 10:40.\n"
            "\n"
            "Ray Dominguez was walking a loaded pallet jack up the ramp to dock 3 and it "
            "rolled back on him. He didn't get pinned, but he twisted catching it and felt "
            "a pull in his lower back. I had him sit out and ice it, and Dev drove him to "
            "Valley Urgent Care at 11:15. Diagnosis was a lumbar muscle strain, ibuprofen "
            "and light duty for 5 days, no lifting over 15 lbs.\n"
            "\n"
            "He's back Thursday doing RF scanner and inventory counts only. Filed with our "
            "workers comp carrier under the training policy; claim paperwork in your box. "
            "Ramp has been re-taped and I'm adding a two-person rule for loaded jacks on "
            "the incline.\n"
            "\n"
            "Gil Swenson\n"
            "Warehouse & Forklift Instructor"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Call to action from the Ohio Workforce Coalition\n"
            "\n"
            "The state budget proposal released last week cuts WIOA-matching dollars for "
            "short-term credentials by 18%. That's about 400 fewer CDL, CNA and forklift "
            "seats statewide.\n"
            "\n"
            "Please call your state senator and representative before the Finance "
            "Committee hearing on December 15 and ask them to restore the funding. A "
            "script is attached. Share this with your graduates and employer partners - "
            "their stories matter most.\n"
            "\n"
            "Renee Castellano\n"
            "Executive Director, Northgate Works"
        ),
        [],
    ),
    (
        (
            "Subject: stipend deposit - new bank\n"
            "\n"
            "Hi Ms. Albrecht,\n"
            "\n"
            "I closed my old phone-app bank account because it kept getting frozen so can "
            "you switch my forklift stipend to my new one at Fairbrook Community Credit "
            "Union? Its a checking account.\n"
            "\n"
            "routing is 264239714\n"
            "acct # 6273895163\n"
            "\n"
            "I put the voided check in the box at the front desk but the lady said to "
            "email it too just in case. I dont want to miss Fridays deposit because I got "
            "rent due the 5th.\n"
            "\n"
            "Thank you\n"
            "Daquan Ellery\n"
            "Warehouse cohort WH-26-11\n"
            "(937) 555-0143"
        ),
        [
            ("ABA_ROUTING_NUMBER", "264239714"),
            ("US_BANK_NUMBER", "6273895163"),
        ],
    ),
    (
        (
            "Office holiday schedule\n"
            "\n"
            "Northgate Works will be closed December 24 - 25 and January 1. Classes that "
            "fall on those days are made up on December 28 and January 2; stipends for "
            "those weeks are paid in full.\n"
            "\n"
            "The staff holiday potluck is December 18 at noon in the break room - everyone "
            "is welcome, sign up for a dish on the sheet by the copier. Gil is bringing "
            "his chili again, so plan accordingly.\n"
            "\n"
            "Front desk: (937) 555-0100"
        ),
        [],
    ),
    (
        (
            "Money Basics workshop - open to all trainees, Tuesday 12/8, 12:30 over lunch\n"
            "\n"
            "- What a credit score is and why employers and landlords look at it (scores "
            "run 300 to 850)\n"
            "- How to pull your free credit reports and dispute mistakes\n"
            "- Medical collections: the new rules\n"
            "- Setting up direct deposit and why paycards have fees\n"
            "\n"
            "Pizza provided. Bring your phone if you want help logging into "
            "annualcreditreport.com - we won't look at your reports unless you ask.\n"
            "\n"
            "Kim Albrecht"
        ),
        [],
    ),
    (
        (
            "Gil - forwarding this like you asked. It's Dominic's first stub from Redline "
            "since he started as an apprentice. I don't get half of it.\n"
            "\n"
            "REDLINE PAVING & SITEWORK        Pay date 12/04/2026\n"
            "Employee: Dominic Ferrante       Class: Laborer Apprentice, 1st period\n"
            "Hours: 40.0 @ $21.18            Gross: $847.20\n"
            "Fed W/H 61.40 | OH W/H 18.22 | SS 52.53 | Medicare 12.28\n"
            "Local 1043 working dues (2.5%) 21.18\n"
            "Fringe to Funds (employer paid) - H&W / Pension / Training\n"
            "Net: $681.59   Direct deposit xxxxxx3317\n"
            "\n"
            "Why is the dues thing taken out if I already paid the initiation? And the net "
            "is way less than they told me at the orientation.\n"
            "\n"
            "- Carla (Dominic's mom)"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Monique,\n"
            "\n"
            "Your childcare voucher for Bright Steps Early Learning is approved for "
            "December.\n"
            "\n"
            "Voucher: CC-26-1187\n"
            "Child: Noah F.\n"
            "Days: Mon-Fri, 7 a.m. - 5:30 p.m.\n"
            "Weekly rate $210, paid by Northgate directly to the center; your copay is $0\n"
            "\n"
            "Bright Steps will ask you to sign their enrollment packet and give emergency "
            "contacts at drop-off on the first day. The voucher runs through the end of "
            "your training plus 30 days of job search.\n"
            "\n"
            "Dev Khatri\n"
            "Supportive Services | Northgate Works"
        ),
        [],
    ),
    (
        (
            "Fairbrook Regional Transit - Order Confirmation\n"
            "\n"
            "Order: FRT-B-44102\n"
            "Customer: Northgate Works (agency account 20-3318)\n"
            "Item: 31-day adult pass (reduced fare agency rate), qty 15 @ $38.00\n"
            "Total: $570.00, invoiced net 30\n"
            "\n"
            "Pass serial numbers: 8841203561 through 8841203575\n"
            "Activation: on first tap\n"
            "Pickup: Transit Center customer service window, after 12/3\n"
            "\n"
            "Lost passes cannot be replaced. Agencies are responsible for distributing "
            "passes to eligible riders."
        ),
        [],
    ),
    (
        (
            "Dev - work boot request for Samuel Kirby, CDL. He needs a wide (4E) composite "
            "toe, men's 11, and NOT a stiff steel toe. He has diabetic neuropathy in both "
            "feet and his podiatrist wants extra depth for his inserts. The boot voucher "
            "is $150 but the only pair at the store that fits him is $189. Can we approve "
            "the difference out of the supportive services line? Otherwise he's going to "
            "show up to range day in sneakers.\n"
            "\n"
            "Marcus"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Nadia,\n"
            "\n"
            "I-9 documents for the two new hires starting Monday, as you asked, since they "
            "are doing Section 2 with us at the training center:\n"
            "\n"
            "Precious Adeyemi - List A: U.S. passport A07377460, expires 2033\n"
            "Hollis Gray - List B: Ohio ID card LS054584 / List C: Social Security card "
            "(original seen, not copied)\n"
            "\n"
            "Both originals were examined by me on 12/7. The scans are uploaded to your "
            "portal; I'm only putting the numbers here so you can match the files.\n"
            "\n"
            "Brianna Fogle\n"
            "Employer Relations | Northgate Works"
        ),
        [
            ("US_PASSPORT", "A07377460"),
            ("US_STATE_ID", "LS054584"),
        ],
    ),
    (
        (
            "Paywell Payroll Services - Batch Settlement Summary\n"
            "\n"
            "Client: Northgate Works (NW-40218)\n"
            "Batch: STIP-1211\n"
            "Payments: 23 direct deposit, 9 paycard\n"
            "Total: $8,000.00\n"
            "Settlement date: 12/11/2026\n"
            "Funding account: ending 6620 (debited 12/10)\n"
            "ACH company ID: 1820443197\n"
            "Trace range: 091000017220481 - 091000017220503\n"
            "\n"
            "No exceptions. Earnings statements are available to employees in the Paywell "
            "portal Friday morning."
        ),
        [],
    ),
    (
        (
            "Subject: emergency contact change\n"
            "\n"
            "Hi,\n"
            "\n"
            "Can you update my emergency contact for clinicals? It's not my mom anymore - "
            "please put my wife, Dana Whitcomb, (937) 555-0188. We got married in October "
            "so she is on my insurance now too. Maple Crest's form has the old one.\n"
            "\n"
            "Also my last name is staying Pierce for now, I haven't done the paperwork.\n"
            "\n"
            "Thank you!\n"
            "Lakeisha Pierce\n"
            "CNA 26-4"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Nadia,\n"
            "\n"
            "Here's the WOTC screening (Form 8850 + 9061 answers) for Curtis Lyle, for "
            "your tax credit vendor. He signed on or before the job offer date, 12/3.\n"
            "\n"
            "SSN: 135-89-9627\n"
            "Target group: Qualified ex-felon\n"
            "Conviction date: 02/2021 (felony, Fairbrook County Common Pleas)\n"
            "Release date: 05/2025\n"
            "Also: SNAP recipient (household), last 6 months\n"
            "\n"
            "Please file within 28 days of his start date. The originals are in the "
            "onboarding envelope.\n"
            "\n"
            "Brianna Fogle\n"
            "Employer Relations | Northgate Works"
        ),
        [
            ("US_SSN", "135-89-9627"),
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "WIOA Data Element Validation - Sample Records Request\n"
            "Region 9 Workforce Development Board / State Monitoring Unit\n"
            "\n"
            "Northgate Works: please provide source documentation for the following "
            "sampled participant by December 11. Values below are as entered in the state "
            "case management system.\n"
            "\n"
            "Participant: Gloria Ekwueme\n"
            "SSN: 238-86-2432\n"
            "Program: Adult, Title I    Enrollment: 06/15/2026\n"
            "Race: Black or African American\n"
            "Ethnicity: Not Hispanic or Latino\n"
            "Veteran: No    Low income: Yes (SNAP)\n"
            "Credential attained: State Tested Nurse Aide, 10/30/2026\n"
            "Employed Q2 after exit: pending\n"
            "\n"
            "Source documents needed: proof of SNAP, credential copy, wage record or "
            "employer verification. Self-attestation is acceptable for race and ethnicity.\n"
            "\n"
            "Upload through the secure document portal. Do not send documents by email."
        ),
        [
            ("US_SSN", "238-86-2432"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Graduation - Friday, December 11, 6:00 p.m.\n"
            "Greater Hope Baptist Church fellowship hall, 900 Linden Ave (the gym at our "
            "place is too small this year)\n"
            "\n"
            "Run of show:\n"
            "6:00 Welcome - Renee Castellano, Executive Director\n"
            "6:10 Remarks - Frank DeLuca, Laborers' Local 1043\n"
            "6:20 CNA pinning - Lorna Pickett, RN\n"
            "6:35 CDL, forklift and pre-apprenticeship certificates\n"
            "6:55 Graduate speaker - Jamal Ruffin\n"
            "7:05 Cake and photos\n"
            "\n"
            "Each graduate may bring up to 4 guests. Pastor Hanes has asked that we clear "
            "the hall by 8:30 for choir practice."
        ),
        [],
    ),
    (
        (
            "Subject: Federal Bonding Program - bond issued\n"
            "\n"
            "Dear Ms. Fogle,\n"
            "\n"
            "This confirms that a fidelity bond in the amount of $5,000 has been issued "
            "for the employee listed below, effective on his first day of work, for a "
            "period of six months at no cost to the employer.\n"
            "\n"
            "Employee: Lamar Whitfield\n"
            "Employer: Bellmont Distribution LLC, Fairbrook OH\n"
            "Hire date: 12/07/2026\n"
            "Position: Warehouse associate / forklift\n"
            "Eligibility basis: released from federal custody (FCI) in September 2026, "
            "under supervised release\n"
            "\n"
            "Please keep this letter with the employee's personnel file. Contact our "
            "office if he leaves before the end of the bond period.\n"
            "\n"
            "Bonding Services Unit\n"
            "Ohio Department of Jobs - Reentry Employment Programs\n"
            "(614) 555-0129"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Kevin,\n"
            "\n"
            "The results webhook from ClearPath has been failing since Monday. Here's the "
            "request from their retry log that our endpoint rejected. I think our side is "
            "validating against the old secret.\n"
            "\n"
            "POST /hooks/clearpath/results HTTP/1.1\n"
            "Host: intake.northgateworks.example\n"
            "Content-Type: application/json\n"
            "X-ClearPath-Account: acct_NW40218\n"
            "X-ClearPath-Signing-Secret: whsec_O6wuDf7FqCebZzYnUGzY9wY4Guie7tnJ\n"
            "X-ClearPath-Event: result.finalized\n"
            "\n"
            '{"order": "CP-8821733", "status": "finalized"}\n'
            "\n"
            "Response: 401 Unauthorized (signature mismatch)\n"
            "\n"
            "Can you update the secret in the intake app config? I'd rather not keep this "
            "in email, so delete after.\n"
            "\n"
            "Renee"
        ),
        [
            ("API_KEY", "whsec_O6wuDf7FqCebZzYnUGzY9wY4Guie7tnJ"),
        ],
    ),
    (
        (
            "Supportive services - gas vouchers issued week of 11/30\n"
            "\n"
            "Voucher #      Participant         Track     Amount\n"
            "GV-2612-0088   T. Holt             CDL       $40\n"
            "GV-2612-0089   J. Ruffin           CDL       $40\n"
            "GV-2612-0090   S. Kirby            CDL       $40\n"
            "GV-2612-0091   B. Cole             CNA       $25\n"
            "GV-2612-0092   L. Carrasco         WH        $25\n"
            "\n"
            "Vouchers are redeemable at the Valley Fuel Stop only and expire 12/31. Fund "
            "balance after this week: $1,935 of $6,000.\n"
            "\n"
            "Dev Khatri"
        ),
        [],
    ),
    (
        (
            "Job order - Bellmont Distribution, Springdale DC\n"
            "\n"
            "Positions: 12 order selectors, 4 forklift operators (reach truck)\n"
            "Shift: 2nd (2:30 p.m. - 11 p.m.), Mon-Fri, overtime most Saturdays\n"
            "Pay: $19.25/hr selectors, $20.75/hr forklift; +$1.50 shift differential\n"
            "Requirements: pass a pre-employment drug screen and background check; able to "
            "lift 50 lbs repeatedly; forklift certificate for operator roles\n"
            "Fair chance employer - records reviewed case by case, no blanket exclusions\n"
            "\n"
            "Referrals to Nadia Pruett by December 14 for the January 4 start. Req "
            "numbers: BD-SPR-2612-07 and BD-SPR-2612-08."
        ),
        [],
    ),
    (
        (
            "Hi Brianna,\n"
            "\n"
            "Attaching our new-hire packet back for Jose Lindqvist-Mora, signed. One page "
            "of it is the voluntary self-identification we have to keep as a federal "
            "contractor. I'm pasting his answers since the scan came out blurry:\n"
            "\n"
            "Gender: Male\n"
            "Race/Ethnicity: Hispanic or Latino; also checked White\n"
            "Veteran status: I am not a protected veteran\n"
            "Disability: I do not wish to answer\n"
            "\n"
            "He starts Monday at 6 a.m. at the Springdale DC. Thanks for another great "
            "referral.\n"
            "\n"
            "Nadia Pruett\n"
            "HR Generalist, Bellmont Distribution"
        ),
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "ClearPath Screening Services - Client Update\n"
            "\n"
            "Beginning January 4, our Fairbrook (Valley Pike) collection site will open at "
            "6:30 a.m. Monday through Friday and close at 5:00 p.m. Saturday collections "
            "move to our Springdale site.\n"
            "\n"
            "Also new in January: oral fluid testing is available for non-DOT programs at "
            "the same price as urine. Results for negative oral fluid tests average 24 "
            "hours from collection.\n"
            "\n"
            "Your account rep remains Raymond Cho. Questions: (937) 555-0164."
        ),
        [],
    ),
    (
        (
            "Mr. Swenson, can I get out of the Saturday forklift make-up? I've been "
            "knocking doors every Saturday for Councilwoman Ortiz's campaign since October "
            "and we have the big canvass on the 12th before the special primary. I'm a "
            "volunteer team lead so I kind of have to be there. I can do the make-up hours "
            "on the Sunday or after class Wednesday if that works.\n"
            "\n"
            "Thanks,\n"
            "Rodney Baptiste"
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Tasha,\n"
            "\n"
            "OSHA 10 cards came in from the training provider for the pre-apprenticeship "
            "group:\n"
            "\n"
            "Antoine Biggs     card 28-41098773\n"
            "Kyle Rennick      card 28-41098774\n"
            "Destiny Ocasio    card 28-41098777\n"
            "Hector Palomares  card 28-41098780\n"
            "\n"
            "Marisol's will come separately because her name was misspelled on the roster. "
            "They should carry the cards on every jobsite. I'll hand them out at the "
            "Thursday session.\n"
            "\n"
            "Gil"
        ),
        [],
    ),
    (
        (
            "Tasha,\n"
            "\n"
            "Calling you back in writing because you were in class. The MRO finished the "
            "review on Lionel Agbaje's screen from Tuesday. The lab result was "
            "non-negative for amphetamines, but he gave the MRO his Adderall prescription "
            "and the pharmacy confirmed it, so it goes to you as a verified NEGATIVE. "
            "Bellmont only sees the negative.\n"
            "\n"
            "Please remind him he doesn't need to tell the employer anything about the "
            "prescription unless it affects a safety-sensitive job - forklift is fine per "
            "their policy.\n"
            "\n"
            "Raymond Cho\n"
            "Client Services, ClearPath Screening"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Hi Dev,\n"
            "\n"
            "Thank you for the childcare voucher. One thing the daycare needs before Noah "
            "can start: he has autism and a plan from the school district, and Bright "
            "Steps wants a copy of the IEP so the aide knows about the noise and the "
            "transitions. I have it at home. Can I bring it to you and you fax it? I don't "
            "have a scanner.\n"
            "\n"
            "His speech therapy is Tuesdays at 3 so I'd need to pick him up at 2:30 on "
            "those days, which is why I asked about the morning class.\n"
            "\n"
            "Thanks,\n"
            "Monique Fairley"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Fairbrook County Drug Court - Weekly Partner Report\n"
            "\n"
            "Participant: Shawna Reyes          Phase: 2\n"
            "Partner agency: Northgate Works (CNA training)\n"
            "Week of: 11/30 - 12/4\n"
            "\n"
            "Attendance: 4 of 4 class days, on time\n"
            "Random UA (court lab): 12/2 negative\n"
            "Treatment: attended IOP Mon/Wed/Thu at Harbor Counseling, continuing Suboxone "
            "per prescriber\n"
            "Employment/education goal: completing CNA training, state test scheduled "
            "12/18\n"
            "\n"
            "Comments from program: Shawna is one of the strongest students in the cohort "
            "and has been helping others with vitals practice. No concerns.\n"
            "\n"
            "Submitted by: Tasha Whitlock, Career Coach\n"
            "For the treatment team meeting, Wednesday 8:30 a.m."
        ),
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Renee,\n"
            "\n"
            "This is the formal notice for the annual on-site monitoring of your WIOA "
            "Title I training contracts:\n"
            "\n"
            "Contract: R9-WIOA-2026-044 (Adult/DW ITAs)\n"
            "ETPL program IDs: 262190443 (CDL Class A), 262190118 (State Tested Nurse "
            "Aide), 262190275 (Forklift/Warehouse)\n"
            "Review dates: January 12-13, 2027\n"
            "\n"
            "We will sample 15 participant files. Please have the participant list ready, "
            "along with attendance records and credential documentation. We will not need "
            "access to your case management system during the visit.\n"
            "\n"
            "Priya Venkataraman\n"
            "Program Monitor, Region 9 Workforce Development Board"
        ),
        [],
    ),
    (
        (
            "Subject: December CDL - permit test dates\n"
            "\n"
            "Class,\n"
            "\n"
            "The BMV has given us two group slots for the CLP knowledge tests at the "
            "Fairbrook Valley Pike office:\n"
            "\n"
            "Tue 12/8 at 8:30 a.m. - cohort CDL-26-12A\n"
            "Thu 12/10 at 8:30 a.m. - cohort CDL-26-12B\n"
            "\n"
            "Bring your current Ohio license, your Social Security card, proof of address "
            "and the $20 fee (money order or card at the counter). You take general "
            "knowledge, air brakes and combination vehicles. If you fail one section you "
            "can retest after 24 hours; we'll drive you back on the 11th.\n"
            "\n"
            "Your CLP has to be held 14 days before you can take the skills test, so these "
            "dates keep us on track for the 12/28 and 12/30 skills slots.\n"
            "\n"
            "Marcus Oyelaran\n"
            "CDL Program Manager | Northgate Works\n"
            "(937) 555-0121"
        ),
        [],
    ),
    (
        (
            "Warehouse lab - new time clock\n"
            "\n"
            "Starting Monday the warehouse lab uses a finger-scan time clock (same model "
            "Bellmont and Tri-County use, so you get used to it). Please read and sign the "
            "attached consent form before your first punch. The clock stores a math "
            "template, not a picture of your fingerprint, and the templates are deleted "
            "when you finish the program.\n"
            "\n"
            "If you don't want to use the finger scan, tell Gil and you can punch in with "
            "a PIN instead. Nobody loses stipend over it.\n"
            "\n"
            "Renee Castellano, Executive Director"
        ),
        [],
    ),
    (
        (
            "Tasha can you help, my unemployment claim is locked and I need to file my "
            "weekly claim before Saturday or I lose the week. The state site sent me this:\n"
            "\n"
            '"Ohio Unemployment: your one-time passcode is 498238. Do not share this '
            'code."\n'
            "\n"
            "I'm on the phone in the break room and the page keeps timing out before I can "
            "type it. You have my claimant ID from the intake. Can you put it in on your "
            "computer? Sorry I know this is weird\n"
            "\n"
            "- Luis Carrasco"
        ),
        [
            ("ACCESS_CODE", "498238"),
        ],
    ),
    (
        (
            "A reminder from Paywell about your stipend card\n"
            "\n"
            "Paywell will never call, text or email you to ask for your card number, your "
            "PIN, your password or a verification code. If someone contacts you asking for "
            "any of these, hang up and call the number on the back of your card.\n"
            "\n"
            "Keep your PIN to yourself - not even your program staff need it. If you "
            "forget it, you can reset it in the Paywell app or at customer service after "
            "answering your security questions.\n"
            "\n"
            "This message was sent to all Northgate Works stipend participants."
        ),
        [],
    ),
    (
        (
            "Subject: class time\n"
            "\n"
            "Mr. Swenson I need to ask something kind of private. I'm in the methadone "
            "program at Crossway and I have to dose every morning, they open at 6:30 but "
            "the line is long and some days I dont get out until 8:15. Can I come in at "
            "8:30 for the forklift class instead of 8? I'll stay through lunch to make it "
            "up. I really dont want to lose my spot, I've been doing good for 7 months. "
            "Please dont tell the other guys.\n"
            "\n"
            "Nate"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Forklift & Warehouse cohort FL-26-12 - certificates issued 12/4/2026\n"
            "\n"
            "Certificate numbers for your records (sit-down counterbalance, Class IV/V; "
            "stand-up reach, Class II):\n"
            "\n"
            "Idris Mansour       NW-FL-2612-0417\n"
            "Curtis Lyle         NW-FL-2612-0418\n"
            "Nate Kowalski       NW-FL-2612-0419\n"
            "Daquan Ellery       NW-FL-2612-0421\n"
            "Ray Dominguez       NW-FL-2612-0424\n"
            "\n"
            "Evaluations were done per 29 CFR 1910.178(l). Certificates are valid for "
            "three years from the evaluation date, with refresher evaluation required "
            "sooner after an incident or a change in truck type. Employers may still "
            "evaluate operators on their own equipment.\n"
            "\n"
            "Wallet cards will be handed out at graduation.\n"
            "\n"
            "Gil Swenson, Instructor"
        ),
        [],
    ),
    (
        (
            "Terrance,\n"
            "\n"
            "Here is your Northgate fuel card for the CDL range weeks. It's loaded for "
            "$120 and works at the Valley Fuel Stop and Kessler's Market pumps only. Keep "
            "this email; the card number and your driver PIN are below if the pump asks.\n"
            "\n"
            "Card: 7071 6593 2884 9213\n"
            "Driver PIN: 3965\n"
            "Good through: 12/31/2026\n"
            "\n"
            "Save your receipts and turn them in to me every Friday. If the card is lost "
            "call me right away so I can cancel it - don't wait until Monday.\n"
            "\n"
            "Dev Khatri\n"
            "Supportive Services Coordinator | Northgate Works\n"
            "(937) 555-0133"
        ),
        [
            ("CREDIT_CARD", "7071 6593 2884 9213"),
            ("PIN", "3965"),
        ],
    ),
    (
        (
            "Second Chance Hiring Fair - Wednesday, December 9, 1-4 p.m.\n"
            "Northgate Works, 1400 Valley Pike\n"
            "\n"
            "Twelve employers who hire people with records will be on site, including "
            "Bellmont Distribution, Tri-County Cold Storage and Redline Paving. Bring "
            "copies of your resume.\n"
            "\n"
            "Also at the fair: legal aid attorneys for record sealing questions, the BMV "
            "reinstatement van, and help applying for a Certificate of Qualification for "
            "Employment (CQE).\n"
            "\n"
            "Open to anyone - you do not have to be enrolled in a Northgate program. Share "
            "with friends and family.\n"
            "\n"
            "Omar Haddad, Reentry Navigator, (937) 555-0126"
        ),
        [],
    ),
    (
        (
            "Renee,\n"
            "\n"
            "Heads up that First Fairbrook Bank changed the operations contact on our "
            "funding account. When Paywell asks during the quarterly verification, the "
            "bank reference number is 0614-2290-113 and the new treasury rep is Dana "
            "Kessler. Nothing else changes - same account for stipends and same cut-off "
            "(Wednesday 3 p.m.).\n"
            "\n"
            "Also, the board approved the 2027 stipend budget at $212,000, up from "
            "$190,000.\n"
            "\n"
            "Kim"
        ),
        [],
    ),
    (
        (
            "Dear Kim,\n"
            "\n"
            "thank you again for inviting me to give the reach truck safety workshop on 1 "
            "and 2 December. As discussed, please transfer the honorarium of USD 600 to my "
            "account in Germany, as I do not have a US account:\n"
            "\n"
            "Account holder: Jürgen Hollmann\n"
            "IBAN: DE92 6112 1441 8446 9073 56\n"
            "Bank: Filstal Volksbank (my local branch)\n"
            "\n"
            "The invoice with my address is attached. If your bank needs a SWIFT code as "
            "well, let me know and I will send it.\n"
            "\n"
            "With kind regards from Stuttgart,\n"
            "Jürgen Hollmann\n"
            "Technical Trainer, Hollmann Flurförderzeug-Schulung"
        ),
        [
            ("IBAN_CODE", "DE92 6112 1441 8446 9073 56"),
        ],
    ),
    (
        (
            "Hi Kevin, thanks for volunteering to fix the stipend export. Here are the "
            "Paywell API credentials from the admin panel so the script can push the "
            "weekly batch:\n"
            "\n"
            "PAYWELL_CLIENT_ID=NW-40218\n"
            "PAYWELL_PUBLISHABLE=pk_live_n4Tq8LmR2vXs\n"
            "PAYWELL_SECRET_KEY=sk_live_7b0c031a2b124091c42dc2146dd8e537404ea839\n"
            "\n"
            "The batch runs Thursday at 5pm. Please don't commit these to the repo - last "
            "volunteer did that and we had to rotate everything.\n"
            "\n"
            "Kim"
        ),
        [
            ("API_KEY", "sk_live_7b0c031a2b124091c42dc2146dd8e537404ea839"),
        ],
    ),
    (
        (
            "hey Marcus its Jamal from the december CDL class. you asked for my CLP so the "
            "school can put me in the ELDT registry before range day. its DW782626 class "
            "A, BMV printed it 11/19 and its good till may. i passed air brakes and "
            "combination on the first try lol. my med card is the 2 year one so thats "
            "fine. do i need to bring anything else monday or just my boots and the "
            "permit? thanks man"
        ),
        [
            ("US_DRIVER_LICENSE", "DW782626"),
        ],
    ),
    (
        (
            "Hartwell - December driver class pre-trip notes (yard, 12/3)\n"
            "\n"
            "Unit 4417 (Freightliner Cascadia): left steer tire tread 5/32 - ok; air leak "
            "at gladhand, trailer 53-2216 - write up\n"
            "Unit 4422: ABS light stayed on after start-up - shop\n"
            "Unit 4409: passed all points\n"
            "\n"
            "Reminder: company USDOT number 3391207 and MC number must be on both doors; "
            "the trainees kept calling out the wrong one on the walkaround. Practice the "
            "cab card and the annual inspection sticker date.\n"
            "\n"
            "Marcus Oyelaran"
        ),
        [],
    ),
    (
        (
            "Ms. Whitlock,\n"
            "\n"
            "You asked if I was eligible for the tribal workforce money. I'm an enrolled "
            "citizen of the Cherokee Nation (my grandma's side, we're from Tahlequah "
            "originally). My tribal citizenship card number is 0041876 and the blue card "
            "says Cherokee by blood. I also have my CDIB at home if you need that too.\n"
            "\n"
            "I don't know if the Section 166 program covers people living in Ohio, but my "
            "auntie said to ask. If not no worries, I'm still doing the CNA class either "
            "way.\n"
            "\n"
            "Wado,\n"
            "Raelynn Tsosie-Baker"
        ),
        [
            ("racial_ethnic_origin", ""),
            ("US_STATE_ID", "0041876"),
        ],
    ),
    (
        (
            "Hi Keisha,\n"
            "\n"
            "Bellmont wants to move forward with your offer! Next step is your "
            "pre-placement drug screen. Please go to ClearPath Fairbrook (Valley Pike, "
            "next to the laundromat) any time before 4 p.m. Thursday, December 10.\n"
            "\n"
            "Bring a photo ID and this authorization number: CP-AUTH-26-5581. It's a "
            "standard 10-panel urine test, no appointment needed, and Northgate pays. "
            "Don't drink a ton of water right before - a dilute sample means you have to "
            "go back.\n"
            "\n"
            "Once ClearPath reports to me, I'll confirm your start date with Nadia at "
            "Bellmont.\n"
            "\n"
            "Tasha Whitlock\n"
            "Career Coach | Northgate Works"
        ),
        [],
    ),
    (
        (
            "Brianna,\n"
            "\n"
            "Background results for the three warehouse candidates you referred for the "
            "January class at Springdale:\n"
            "\n"
            "Gloria Ekwueme - county criminal search (Fairbrook, Hollins): no records "
            "found; statewide: no records found; sex offender registry: clear\n"
            "Idris Mansour - no records found, all jurisdictions\n"
            "Walt Hendricks - no records found; address history 7 years verified\n"
            "\n"
            "All three are clear to schedule for orientation. Employment verification is "
            "pending on Walt's brewery job.\n"
            "\n"
            "Nadia Pruett\n"
            "HR Generalist, Bellmont Distribution"
        ),
        [],
    ),
    (
        (
            "Omar,\n"
            "\n"
            "Update on Brent Sayer for the Tri-County interview Thursday. He's still on "
            "house arrest with the ankle monitor until January 9, and his schedule has to "
            "be approved by his probation officer every week. He can get the interview "
            "approved if we send the time and address by Tuesday noon. After the 9th he's "
            "just on regular reporting.\n"
            "\n"
            "Can you send that to his PO? I have her fax number from the last one. He's "
            "ready for the interview - he brought his forklift card in to show me.\n"
            "\n"
            "Tasha Whitlock\n"
            "Career Coach"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "ClearPath Screening Services - Result Report\n"
            "\n"
            "Employer/Program: Northgate Works - Placement Screening\n"
            "Donor: Keisha Lamont\n"
            "Donor ID (last 4): on file\n"
            "Collection date: 12/02/2026    Site: ClearPath Fairbrook (Valley Pike)\n"
            "Panel: 10-panel urine, DOT-style collection, non-regulated\n"
            "Specimen ID: CP-8821407\n"
            "\n"
            "Result: NEGATIVE\n"
            "Amphetamines NEG | Cocaine NEG | Marijuana NEG | Opiates NEG | PCP NEG\n"
            "Benzodiazepines NEG | Barbiturates NEG | Methadone NEG | Propoxyphene NEG | "
            "Oxycodone NEG\n"
            "\n"
            "Reviewed by: ClearPath MRO services\n"
            "Reported to: Tasha Whitlock, Career Coach\n"
            "\n"
            "This report is confidential and intended only for the designated employer "
            "representative."
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Hey Mr. O, it's Tanisha. I got to the BMV early today!! I took a ticket, I'm "
            "A-114 and they're on A-96 so it'll be a while. Is it the general knowledge "
            "first or air brakes? I studied all weekend with the app. Also my mom says "
            "good luck to everybody in the class lol"
        ),
        [],
    ),
    (
        (
            "Ms. Albrecht I can't get to the BMV till friday so can you pay the $40 for my "
            "CLP test online with my card and I'll pay you back? its my debit card\n"
            "\n"
            "4846 3290 6449 8507\n"
            "exp 09/28\n"
            "back is 771\n"
            "name on card Tanisha R Moody\n"
            "\n"
            "I know I probably shouldn't send this in email lol. Thank you so much for "
            "helping, the BMV lady said the date fills up fast."
        ),
        [
            ("CREDIT_CARD", "4846 3290 6449 8507"),
            ("CVV", "771"),
        ],
    ),
    (
        (
            "Renee,\n"
            "\n"
            "Bad news on Ebony Marsh. Her state background check for the nursing home came "
            "back this morning with a 2019 theft conviction (M1, Fairbrook Municipal). "
            "Under the state's disqualifying offense rules that keeps her out of direct "
            "care until 2029 unless she gets the certificate of qualification. Maple Crest "
            "can't take her for the clinical.\n"
            "\n"
            "She finished all the classroom hours with a 94. I don't want her to walk "
            "away. Can Omar sit with her about the CQE petition and can we look at a "
            "placement at the hospital's central supply or dietary where the rule doesn't "
            "apply?\n"
            "\n"
            "Lorna Pickett, RN\n"
            "CNA Program Instructor"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Warehouse Lab - TimeTrak Punch Exceptions, 12/03/2026\n"
            "Device: TT-F40 (lab entrance)   Verification: finger, threshold 0.70\n"
            "\n"
            "Name            Punch     Match score   Result\n"
            "Daquan Ellery   07:58     0.91          accepted\n"
            "Ray Dominguez   08:02     0.66          rejected - retry\n"
            "Ray Dominguez   08:02     0.88          accepted\n"
            "Nate Kowalski   08:29     0.93          accepted\n"
            "Idris Mansour   07:55     0.52          rejected - supervisor override (G. "
            "Swenson)\n"
            "\n"
            "Two rejections today. Idris's template was enrolled from a smudged scan of "
            "his right index; please re-enroll his left index before Monday.\n"
            "\n"
            "Auto-generated for Gil Swenson."
        ),
        [
            ("biometric", ""),
        ],
    ),
    (
        (
            "Paywell Payroll Services\n"
            "Direct Deposit Change - Confirmation\n"
            "\n"
            "Client: Northgate Works (NW-40218)\n"
            "Employee: Aaliyah Grant (stipend participant)\n"
            "Effective: next pay date, 12/11/2026\n"
            "\n"
            "Previous: Paywell PayCard\n"
            "New:      Checking\n"
            "          Routing number 029729362\n"
            "          Account number 96963430\n"
            "          Allocation: 100% of net\n"
            "\n"
            "The employee will receive a prenote to this account. If this change was not "
            "requested by the employee, contact Paywell immediately; changes made from a "
            "new device are held for 48 hours.\n"
            "\n"
            "Paywell Client Support"
        ),
        [
            ("ABA_ROUTING_NUMBER", "029729362"),
            ("US_BANK_NUMBER", "96963430"),
        ],
    ),
    (
        (
            "Ms. Whitlock,\n"
            "\n"
            "Before I sign up for the warehouse track I wanted to ask you something. I'm "
            "still a Teamsters member from when I drove for the brewery (Local 1290 I "
            "think?) and I kept paying my dues on withdrawal card after the layoff. If I "
            "get placed at Bellmont or Tri-County and they're union shops, do I transfer "
            "in or start over? I don't want to lose my years toward the pension if I can "
            "help it.\n"
            "\n"
            "Also I'm fine with the drug screen, just want to know what day.\n"
            "\n"
            "Thanks\n"
            "Walt Hendricks"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Renee,\n"
            "\n"
            "Just wanted to pass along a thank-you. Redline hired three of your graduates "
            "this fall and all three are still with us past 90 days - that's better than "
            'our own walk-in hires. One of our foremen asked for "more from Northgate" at '
            "the safety meeting, which I've never heard him say about anybody.\n"
            "\n"
            "We'll have two more laborer openings in March when the bridge job starts. Put "
            "us on the list.\n"
            "\n"
            "Doug Redline\n"
            "Redline Paving & Sitework"
        ),
        [],
    ),
    (
        (
            "Lorna,\n"
            "\n"
            "Clinical compliance for the Maple Crest rotation - all of your group is "
            "cleared except the two below. Please make sure they bring paperwork Monday.\n"
            "\n"
            "- Precious Adeyemi: two-step TST complete, step 1 read 0 mm 11/23, step 2 "
            "read 0 mm 12/1. Hep B series: dose 2 given 12/3, dose 3 due in April - that's "
            "fine for start, just need the card.\n"
            "- Hollis Gray: TST step 2 not read yet (placed Tues), flu shot declined - "
            "she'll need to mask on the unit through March.\n"
            "\n"
            "Everyone else has TB, flu and CPR on file.\n"
            "\n"
            "Jen Marlow, RN\n"
            "Staff Development, Maple Crest Care Center"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "ClearPath Screening Services\n"
            "INVOICE  No. CPS-2026-11-0388\n"
            "Bill to: Northgate Works, 1400 Valley Pike, Fairbrook OH\n"
            "Period: November 1-30, 2026\n"
            "Terms: Net 30\n"
            "\n"
            "Non-DOT 10-panel urine, lab-based           14 @ $38.00     $532.00\n"
            "Breath alcohol screen (placement request)     2 @ $25.00      $50.00\n"
            "Collection site after-hours fee              1 @ $45.00      $45.00\n"
            "MRO review (non-negatives)                    3 @ $15.00      $45.00\n"
            "                                                  TOTAL       $672.00\n"
            "\n"
            "Remit to: ClearPath Screening Services, PO Box 4417, Fairbrook OH\n"
            "Questions: billing (937) 555-0164\n"
            "\n"
            "Individual results are never shown on invoices. Please reference the invoice "
            "number with payment."
        ),
        [],
    ),
    (
        (
            "Hartwell Freight Lines - Driver Openings (Regional, home weekends)\n"
            "\n"
            "- Class A CDL, 6 months experience OR graduate of an approved school "
            "(Northgate Works grads welcome)\n"
            "- Clean MVR: no more than 2 moving violations in the last 3 years, no DUI/OVI "
            "in the last 5 years\n"
            "- Pass DOT drug screen and physical\n"
            "- Sign-on bonus $2,500 for grads hired by January 31\n"
            "\n"
            "Apply: hartwellfreight.example/drive or ask Brianna Fogle at Northgate. "
            "Requisition HFL-REG-2612."
        ),
        [],
    ),
    (
        (
            "Cohort 26-4,\n"
            "\n"
            "Clinical rotation at Maple Crest starts Monday. Reminders:\n"
            "\n"
            "- Report to the staff entrance at 6:45 a.m. in navy scrubs with your name "
            "badge.\n"
            "- Never write residents' names, room numbers or diagnoses in your notebook or "
            "on your phone. Use initials on the practice care plans and shred them before "
            "you leave.\n"
            "- Phones stay in your locker. No photos, ever.\n"
            "- If you feel sick, text me before 6 a.m. - don't come in.\n"
            "\n"
            "I'm proud of this group. See you at the time clock.\n"
            "\n"
            "Lorna"
        ),
        [],
    ),
    (
        (
            "Ms. Pickett, I'm so sorry about missing skills lab. I had my hematology "
            "appointment and it went long. They finally got the results of the genetic "
            "test back: I'm heterozygous for Factor V Leiden, which explains the clot in "
            "my leg last spring. I'm staying on Eliquis for now and they want to recheck "
            "in 6 months. She said standing all shift is okay as long as I wear the "
            "compression socks and keep moving.\n"
            "\n"
            "Can I make up the lab Thursday afternoon? I'll bring the after visit summary.\n"
            "\n"
            "Alyssa Tran"
        ),
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: RE: MVR + PSP requests for Dec grads\n"
            "\n"
            "Angela,\n"
            "\n"
            "Here are the two drivers you asked about for orientation on the 14th. Both "
            "signed the FCRA disclosure and the PSP authorization Thursday; originals are "
            "in the envelope going out with the courier.\n"
            "\n"
            "Tyrell Banks - Ohio CDL XH002521 - SSN 366-25-8019 - DOB on the app\n"
            "Javier Montes - Kentucky CDL R18221296 - SSN he'll give you in person, he "
            "wasn't comfortable emailing it\n"
            "\n"
            "Javier moved up from Covington in the spring so his licence is still KY; he "
            "says he'll transfer once he has a permanent address.\n"
            "\n"
            "Let me know if Hartwell needs anything else before they can be scheduled.\n"
            "\n"
            "Brianna Fogle\n"
            "Employer Relations | Northgate Works\n"
            "(937) 555-0118\n"
            "\n"
            "> From: Angela Strode <astrode@hartwellfreight.example>\n"
            "> Can you send licence numbers + SSNs for the two drivers so our safety dept "
            "can run MVRs?"
        ),
        [
            ("US_DRIVER_LICENSE", "XH002521"),
            ("US_SSN", "366-25-8019"),
            ("US_DRIVER_LICENSE", "R18221296"),
        ],
    ),
    (
        (
            "Flu shots at Northgate!\n"
            "\n"
            "The Fairbrook County Health District will be in the CNA lab Thursday, "
            "December 10, 9 a.m. - noon, giving free flu and COVID shots to anyone who "
            "wants one - trainees, family members and staff. No appointment, no insurance "
            "needed.\n"
            "\n"
            "CNA students: Maple Crest requires a flu shot or a mask on the unit through "
            "March, so this is an easy way to get it done.\n"
            "\n"
            "Questions? Lorna Pickett, RN"
        ),
        [],
    ),
    (
        (
            "Marcus,\n"
            "\n"
            "Got the credit summary back for Jerome's lease-purchase application. Honestly "
            "it's going to be tough:\n"
            "\n"
            "Middle score: 561\n"
            "Derogatory items:\n"
            "- Collection - Northstar Recovery, $1,240, opened 2023\n"
            "- Charge-off - Capital Union auto loan, $6,880, 2021\n"
            "- 60 days late - Fairbrook Gas & Electric, August 2024\n"
            "\n"
            "Our program floor is 580 with no open collections. If he pays the Northstar "
            "one or gets a pay-for-delete and comes back in 60 days I can take another "
            "look. Or he can drive a company truck for 6 months first and then he's "
            "automatically eligible regardless of score. I'd point him that way.\n"
            "\n"
            "Carl Meeks\n"
            "Driver Recruiting, Roadstar Lease Services"
        ),
        [
            ("CREDIT_SCORE", "561"),
            ("CREDIT_REPORT", "Collection - Northstar Recovery, $1,240, opened 2023"),
            ("CREDIT_REPORT", "Charge-off - Capital Union auto loan, $6,880, 2021"),
            ("CREDIT_REPORT", "60 days late - Fairbrook Gas & Electric, August 2024"),
        ],
    ),
    (
        (
            "Fwd: Your Paywell verification code\n"
            "\n"
            "---------- Forwarded message ---------\n"
            "From: Paywell <no-reply@paywell.example>\n"
            "Subject: Your Paywell verification code\n"
            "\n"
            "Your Paywell sign-in verification code is 306390. It expires in 10 minutes. "
            "If you did not request this code, call us right away.\n"
            "\n"
            "----------\n"
            "\n"
            "Ms. Albrecht this is the code it sent me, you said forward it when it came so "
            "you could finish my direct deposit setup on your end. I'm in the truck at the "
            "range so I can't do it myself right now.\n"
            "\n"
            "Jamal Ruffin"
        ),
        [
            ("ACCESS_CODE", "306390"),
        ],
    ),
    (
        (
            "Angela,\n"
            "\n"
            "Med card dates for the three December grads you asked about, so your DQ files "
            "are complete:\n"
            "\n"
            "Tyrell Banks - medical examiner's certificate issued 11/18/2026, expires "
            "11/18/2028\n"
            "Jamal Ruffin - issued 11/20/2026, expires 11/20/2028\n"
            "Javier Montes - issued 11/21/2026, expires 11/21/2028\n"
            "\n"
            "All three are self-certified non-excepted interstate (NI) with the BMV. "
            "Copies of the cards are uploaded to your carrier portal. National Registry "
            "numbers of the examiners are printed on the copies.\n"
            "\n"
            "Brianna Fogle\n"
            "Employer Relations | Northgate Works"
        ),
        [],
    ),
    (
        (
            "Brianna - quick heads up before Monday.\n"
            "\n"
            "Ran Corey Whitaker's MVR this morning. Licence is valid, Class A CLP on file, "
            "but there's an OVI conviction from August 2022 (Fairbrook Municipal Court) "
            "with a 12 month suspension that ended last year. Our insurer won't take "
            "anyone inside 5 years of an OVI for the regional fleet, so he's off the "
            "Hartwell list for now.\n"
            "\n"
            "He'd be eligible for our yard jockey opening in Springdale if he wants it - "
            "no public road driving. Can you ask him? I'd rather say it through you than "
            "have it come as a cold rejection letter.\n"
            "\n"
            "Angela Strode\n"
            "Safety & Recruiting, Hartwell Freight Lines"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Marcus,\n"
            "\n"
            "Update on Terrance Holt's DOT physical yesterday. He passed, but the examiner "
            "only gave him a ONE-year card because his pressure was 148/92 and he's on "
            "lisinopril. She also scored him high on the sleep apnea questionnaire (neck "
            "size, snoring, BMI) and wants a sleep study within 90 days or she won't "
            "recertify. He's embarrassed about it so I told him I'd handle the paperwork "
            "with you instead of bringing it up in front of the class.\n"
            "\n"
            "Can the supportive services fund cover the home sleep test copay if his "
            "Medicaid plan doesn't? He's still on track for the skills test on the 11th.\n"
            "\n"
            "Dev Khatri\n"
            "Supportive Services Coordinator"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: ITDM form for Samuel\n"
            "\n"
            "Samuel Kirby brought me the MCSA-5870 his endocrinologist filled out - the "
            "insulin-treated diabetes assessment the medical examiner needs. It says his "
            "type 1 is stable on a pump, no severe hypoglycemic episodes in the last 12 "
            "months, and last A1c 7.1. The doc signed it 11/24, so he has to see the ME "
            "within 45 days of that date or it goes stale.\n"
            "\n"
            "I booked him at Valley Occupational for 12/9 at 2:00. Can you make sure he's "
            "excused from the range that afternoon? He also asked if he can keep glucose "
            "tabs in the truck during the skills test - I said yes, but confirm with the "
            "examiner.\n"
            "\n"
            "Marcus Oyelaran\n"
            "CDL Program Manager"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Northgate Works - Guest network and lab info for visiting employers\n"
            "\n"
            "Wi-Fi: Northgate-Guest\n"
            "Password: forklift2026\n"
            "\n"
            "Warehouse lab side door keypad: 4471# (locks automatically at 5 p.m.)\n"
            "\n"
            "For the virtual employer panel on Thursday:\n"
            "Zoom meeting ID 846 2210 9374, passcode 518207\n"
            "\n"
            "Parking is in the back lot; the front spaces are for the CNA clinical van."
        ),
        [],
    ),
    (
        (
            "PO #NW-2612-031 - Valley Workwear Supply, Fairbrook\n"
            "\n"
            "Qty  Item                                      Size   Name\n"
            "1    Timberland PRO composite toe, EH rated    10W    J. Ruffin\n"
            "1    Timberland PRO composite toe, EH rated    11     T. Keller\n"
            '1    Red Wing SuperSole 8"                     9.5    R. Baptiste\n'
            "1    KEEN Utility women's safety toe           8      M. Vega\n"
            "1    Carhartt steel toe                        12     A. Biggs\n"
            "\n"
            "Total: $691.40 (nonprofit discount applied). Ship to the Valley Pike office "
            "attn: Dev Khatri."
        ),
        [],
    ),
    (
        (
            "Paywell PayCard - Identity Verification Result\n"
            "\n"
            "Cardholder: Hollis Gray\n"
            "Program: Northgate Works stipend paycard\n"
            "Document: Ohio driver license (front/back) - document checks passed\n"
            "Selfie-to-document face match: 0.94 (threshold 0.80) - PASS\n"
            "Liveness: PASS\n"
            "Verified: 12/02/2026 16:41 ET\n"
            "\n"
            "The card will ship to the address on file within 5-7 business days. This "
            "record is retained for 90 days for fraud review and then deleted.\n"
            "\n"
            "Paywell Compliance"
        ),
        [
            ("biometric", ""),
        ],
    ),
    (
        (
            "Brandy,\n"
            "\n"
            "Recapping what we did at your appointment today so you have it in writing:\n"
            "\n"
            "1. Gas card: I loaded $60 on the prepaid Visa gas card ending 4854. It's good "
            "at any station. Receipts to me by the 15th please.\n"
            "2. Bus pass: a 31-day pass is at the front desk for the nights your sister "
            "has the car.\n"
            "3. EBT: we called the Ohio Direction card line together and you set your new "
            "PIN to 2370. Don't write it on the card! The old card is cut up and in our "
            "shred bin.\n"
            "4. Car loan: Kim will go over the credit piece with you Thursday.\n"
            "\n"
            "Call me if anything doesn't work.\n"
            "Dev Khatri\n"
            "Supportive Services | Northgate Works\n"
            "(937) 555-0133"
        ),
        [
            ("CREDIT_CARD_LAST_DIGITS", "4854"),
            ("PIN", "2370"),
        ],
    ),
    (
        (
            "Welcome to Northgate Works! A few program rules for everyone starting this "
            "month:\n"
            "\n"
            "- Stipends ($250/week for full-time tracks) are paid on Fridays by direct "
            "deposit or Paywell paycard, for weeks with 90% attendance or better.\n"
            "- Every job placement with our hiring partners requires a pre-employment drug "
            "screen and a background check. We pay for both.\n"
            "- Having a record does NOT disqualify you from our training. Many of our "
            "employer partners hire people with records, and our reentry navigator can "
            "help you with the paperwork.\n"
            "- Supportive services (gas cards, bus passes, childcare vouchers, work boots) "
            "are available based on need. Ask Dev.\n"
            "- Tell us early if anything - health, family, transportation, court dates - "
            "might get in the way of class. We'd rather problem-solve than lose you.\n"
            "\n"
            "Questions? Front desk, (937) 555-0100."
        ),
        [],
    ),
    (
        (
            "Hi Ms. Pickett,\n"
            "\n"
            "I wanted to tell you before clinicals start. I'm 24 weeks pregnant (due in "
            "March) and my OB at Valley Women's said I can do the clinical but no lifting "
            "over 25 pounds and no transfers without a second person or the lift. She "
            "wrote a note, I'll bring it Monday. I know the skills test has the transfer "
            "in it, can I still do it if I use the gait belt and a partner? I really want "
            "to finish before the baby comes.\n"
            "\n"
            "Thank you,\n"
            "Yesenia Ortega\n"
            "CNA Cohort 26-4"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "hi kim, here's what you need for the W-4 thing for stipends\n"
            "\n"
            "name: Wendell Okafor\n"
            "ssn 674 48 2235\n"
            "single, no dependents\n"
            "address same as intake\n"
            "\n"
            "i wrote it with spaces because my phone kept turning it into a phone number "
            "link. lmk if you need the actual card, i can bring it thursday."
        ),
        [
            ("US_SSN", "674 48 2235"),
        ],
    ),
    (
        (
            "Dev,\n"
            "\n"
            "Thanks for the childcare voucher. Quick correction for the Bright Steps "
            "enrollment form: the second parent should be my husband Andre Keller, not my "
            "brother. The center wanted both parents listed for pickup and I put Marcus "
            "because he was the one who dropped off that week, my bad. Andre picks up on "
            "Tuesdays and Thursdays, I do the other days after range.\n"
            "\n"
            "Terrence Keller\n"
            "CDL Class A, December group"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Ms. Albrecht,\n"
            "\n"
            "Here is the W-9 info for the stipend. I don't have a social security number, "
            "I have the ITIN from the IRS. Taxpayer ID: 972-58-4917. Name is Esperanza "
            "Villalobos Cruz, address is the same as on my intake. Is that okay for the "
            "stipend or do I need something else? The lady at the tax place said ITIN "
            "works for a W-9.\n"
            "\n"
            "Gracias,\n"
            "Esperanza"
        ),
        [
            ("US_ITIN", "972-58-4917"),
        ],
    ),
    (
        (
            "Renee,\n"
            "\n"
            "Draft of the special recognitions for the graduation program. Tell me if "
            "anything is too much:\n"
            "\n"
            "Perfect attendance: Idris Mansour, Daquan Ellery\n"
            "Top CDL skills score: Jamal Ruffin (98)\n"
            "Instructors' award: Denise Harlan - Denise finished every hour of the CNA "
            "program while going through chemo for breast cancer, and never once asked for "
            "a break. She asked us to mention it because she wants other women to know you "
            "can do it.\n"
            "\n"
            "I'll print once you okay it.\n"
            "Tasha"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "To all stipend participants:\n"
            "\n"
            "Your 2026 Form W-2 (or 1099-NEC for participants paid as contractors before "
            "July) will be mailed by January 31 to the address Paywell has on file. To "
            "protect you, the form shows your Social Security number masked as XXX-XX-____ "
            "except for the last four digits.\n"
            "\n"
            "If you moved, update your address in the Paywell portal before December 31. "
            "Please do not send us your Social Security number by email - if we need to "
            "verify it, we'll do it in person.\n"
            "\n"
            "Kim Albrecht\n"
            "Finance & Stipends | Northgate Works"
        ),
        [],
    ),
    (
        (
            "Lorna,\n"
            "\n"
            "Scheduling question for the Maple Crest clinical. Grace Obuya is a "
            "Seventh-day Adventist and keeps the Sabbath from Friday sundown to Saturday "
            "sundown, so she can't do the Saturday 7-3 shift that's on the rotation for "
            "week two. She told me in her intake and she's done every other requirement. "
            "Can we swap her into the Thursday evening group? Jen at Maple Crest says they "
            "can absorb one more on Thursday if you're OK with it.\n"
            "\n"
            "Tasha"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "CNA 26-4 - skills lab Thursday\n"
            "\n"
            "Scenario practice today (all fictional, for the skills test):\n"
            "\n"
            'Station 1: "Mr. Jenkins," 82, CHF, on 2 L oxygen - measure and record radial '
            "pulse and respirations\n"
            'Station 2: "Mrs. Alvarez," right-side weakness after a stroke - assist with '
            "dressing, weak side first\n"
            'Station 3: "Mr. Boone," Foley catheter - catheter care and measure output\n'
            "Station 4: partner practice - manual blood pressure on each other (don't "
            "write down each other's numbers, just practice the technique)\n"
            "\n"
            "Gloves and gowns are at the back table. Scrubs required.\n"
            "\n"
            "Lorna Pickett, RN"
        ),
        [],
    ),
    (
        (
            "I PASSED!!!! Class A, no restrictions, first try on the backing too. The "
            "examiner said my pre-trip was the best he saw all week. Thank you Mr. O and "
            "Mr. Swenson for staying late with us in the cold. Hartwell orientation is on "
            "the 14th and my mom is already telling everyone at her job lol. Thank you "
            "Northgate!!!\n"
            "\n"
            "Tyrell"
        ),
        [],
    ),
    (
        (
            "WIOA ELIGIBILITY CHECKLIST - ADULT PROGRAM (blank, for intake binders)\n"
            "\n"
            "Participant name: ____________________\n"
            "SSN: ___-__-____  or  Alien registration doc: __________\n"
            "Date of birth: ___/___/______\n"
            "Selective Service registration (males born after 1959): Y / N / N/A\n"
            "Race (optional, check all that apply): [ ] American Indian/Alaska Native [ ] "
            "Asian [ ] Black/African American [ ] Native Hawaiian/Pacific Islander [ ] "
            "White\n"
            "Ethnicity: [ ] Hispanic/Latino [ ] Not Hispanic/Latino\n"
            "Disability (optional): Y / N / Prefer not to say\n"
            "Justice involved: Y / N\n"
            "Low income documentation: ____________\n"
            "\n"
            "Staff initials: _____  Date: ________"
        ),
        [],
    ),
    (
        (
            "Dear Marisol,\n"
            "\n"
            "Congratulations! This letter confirms that you were indentured as a "
            "first-period apprentice in the Laborers' Local 1043 Joint Apprenticeship "
            "Program on December 3, 2026, and that your membership application and dues "
            "check-off authorization were accepted by the Local.\n"
            "\n"
            "Your initiation fee was paid from the pre-apprenticeship completion grant. "
            "Monthly dues ($34.50) will be deducted by your signatory contractor beginning "
            "with your first full pay period. We have your information as follows:\n"
            "\n"
            "Name: Marisol Vega\n"
            "Apprentice no.: 1043-A-26-117\n"
            "SSN (last 4): 0468\n"
            "Home address: on file\n"
            "\n"
            "Please bring your steel toes and your OSHA 30 card to the safety orientation "
            "on December 12 at the training center.\n"
            "\n"
            "In solidarity,\n"
            "Frank DeLuca\n"
            "Apprenticeship Coordinator, Laborers' Local 1043 JATC"
        ),
        [
            ("trade_union_membership", ""),
            ("US_SSN", "0468"),
        ],
    ),
    (
        (
            "Hi Ms. Fogle,\n"
            "\n"
            "Thanks for sending Andre Voss over. I read his letter and I want to be "
            "upfront so there are no surprises at orientation. He told us he did six years "
            "at Ridgeway Correctional and has been home since March. He's on parole "
            "through April 2028 and his officer is Ms. Kendrick at the Fairbrook adult "
            "parole office. He needs Tuesday afternoons for his report-ins, and we can do "
            "that on second shift.\n"
            "\n"
            "We're a fair chance employer and it doesn't change the offer. I just need the "
            "parole officer's contact for the emergency sheet if he agrees.\n"
            "\n"
            "Phil Granger\n"
            "Operations Manager, Tri-County Cold Storage"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Hi Daquan,\n"
            "\n"
            "Paywell reset your stipend card PIN this morning after you called from the "
            "office. Your temporary PIN is 7902. The first time you use the card at an ATM "
            "it will ask you to change it - pick something you'll remember that isn't your "
            "birthday.\n"
            "\n"
            "Friday's stipend ($250) will load to the card as usual. If the card gets "
            "declined again, call the number on the back first, then call me.\n"
            "\n"
            "Kim Albrecht\n"
            "Finance & Stipends | Northgate Works"
        ),
        [
            ("PIN", "7902"),
        ],
    ),
    (
        (
            "Officer Reinholt,\n"
            "\n"
            "As you requested, this confirms that Curtis Lyle completed all four weeks of "
            "our forklift and warehouse certification course (Nov 9 - Dec 4), with 100% "
            "attendance and a passing score on the written and practical exams. He "
            "received his certificate on Friday.\n"
            "\n"
            "He asked me to send it directly to you for his probation file, since "
            "completing a vocational program was one of his conditions. He has two "
            "interviews next week, one at Bellmont and one at Tri-County Cold Storage. If "
            "you need the attendance log on letterhead I can mail it.\n"
            "\n"
            "Omar Haddad\n"
            "Reentry Navigator | Northgate Works\n"
            "(937) 555-0126"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Marcus,\n"
            "\n"
            "Bad news on the hazmat endorsement for Dwayne Rollins. TSA's threat "
            "assessment came back as an Initial Determination of Threat Assessment - they "
            "cite his 2014 felony conviction (aggravated robbery, Hollins County). He can "
            "appeal if the record is wrong or apply for a waiver showing rehabilitation, "
            "and he has 60 days. He's still fine for the Class A itself, just no H or X "
            "endorsement, so no tanker-hazmat jobs at Hartwell.\n"
            "\n"
            "I'll print him the waiver instructions. Let me know if Omar wants to help him "
            "with the letters.\n"
            "\n"
            "Brianna"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Frank,\n"
            "\n"
            "I'm locked out of the Local 1043 member portal again. Can you reset it or "
            "just check if my dues posted for November? The contractor said they took it "
            "out but I don't see it.\n"
            "\n"
            "Login: hpalomares\n"
            "Password: Tigres#Monterrey17\n"
            "\n"
            'Also the portal wants my security question and I put "Abuelita Rosa" for the '
            "first question if you need it. Sorry, my phone broke and the reset text "
            "doesn't come.\n"
            "\n"
            "Hector Palomares\n"
            "Apprentice, 1st period"
        ),
        [
            ("PASSWORD", "Tigres#Monterrey17"),
            ("PASSWORD", "Abuelita Rosa"),
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Hi Kiara,\n"
            "\n"
            "Here are my notes on your resume for the Maple Crest application:\n"
            "\n"
            "1. Put the STNA certification at the very top with the date you passed.\n"
            "2. The gap from 2021 to 2024 - you don't have to explain it on the resume. If "
            'they ask, "I was caring for family full time" is honest and enough.\n'
            "3. Move the Quik-Save Dollar job to one line; keep the cashier and inventory "
            "duties.\n"
            "4. Take off the photo and your date of birth.\n"
            "\n"
            "Send me the next draft by Thursday and I'll get it to Jen Marlow directly.\n"
            "\n"
            "Tasha"
        ),
        [],
    ),
    (
        (
            "Notes from financial coaching - Brandy Cole, 12/2\n"
            "\n"
            "Pulled her free reports today. TransUnion 612, Equifax 598 (Experian locked, "
            "she'll unfreeze it). Her files are thin - only two open accounts, both paid "
            "on time - so the scores should climb fast. She wants a $7k used car loan so "
            "she can get to the Springdale night shift - the bus doesn't run past 11.\n"
            "\n"
            "Plan: add a $500 credit-builder loan, autopay on the Kohlmann store card, "
            "reapply at Fairbrook CCU in January. Dev to check if supportive services can "
            "do a gas card + bus pass bridge until then.\n"
            "\n"
            "Kim Albrecht"
        ),
        [
            ("CREDIT_SCORE", "612"),
            ("CREDIT_SCORE", "598"),
        ],
    ),
    (
        (
            "hi omar, sorry to bug you on a saturday. my lawyer from legal aid texted that "
            "the judge signed the order and my record is sealed now!! the 2016 possession "
            "charge and the trespassing one. does that mean when bellmont runs the "
            "background check it wont show? and do i still have to check the box on "
            "applications that asks if ive ever been convicted? i dont want to lie but i "
            "dont want to lose another job over it either\n"
            "\n"
            "- Kendra"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_70, "hard70", Path(__file__).with_name("hard-70.jsonl")))
