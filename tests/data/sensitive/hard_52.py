"""Hard set 52 (2026-12-07): a state veterans service organisation and its county partners.

Written blind by an independent author (a helper session started for this one task) as an
evaluation set for mailguard's sensitive-data detector: 100 whole outbound emails from one
month of late autumn 2026 (Minnesota) of a statewide veterans service league, county
veterans service offices, a veterans' legal clinic, a housing program for homeless
veterans, a food shelf, Legion and VFW posts, a peer support circle, a job fair, an honor
guard and funeral homes, a scholarship fund, a women veterans' network, families and
volunteers. 58 cases carry sensitive data, 42 are decoys.

What was read: the task prompt, its brief (/tmp/mg/brief52.txt), the conventions
(/tmp/mg/conventions.txt), /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py and scanner/categories.py in the worktree, and the
output of `grep -n "line-length" pyproject.toml`. Nothing else of the worktree or of /work
was read or listed, no search or code-index tool was used, and neither the detector nor
pytest nor make was run.

Identifiers: generated with throwaway scripts in /tmp/hard52_gen/, one seeded
random.Random per kind (SSNs 5201, ITINs 5202, cards 5203 with Luhn check digits, routing
numbers 5204 with the ABA checksum, bank accounts 5205, IBANs 5206 with mod-97 check
digits, passports 5207, driver's licences 5208 and 5216, state and tribal ID numbers 5209
and 5216, PINs 5210, one-time codes 5211 and 5217, CVVs 5212, passwords 5213, API keys
5214, credit scores 5215). No value is used twice; last-four values are the last four of
a generated card or SSN. The security-question answer (a surname) and the unlabelled
keypad, gate, lockbox, alarm and Wi-Fi codes were chosen by hand. Phone numbers are
555-01xx; people, organisations, employers, banks and the public figures of the decoys are
invented (real places, federal agencies and colleges appear only as places).

Slips: none.

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
- A VA file number written in SSN shape (VA used the veteran's SSN as the claim number) is
  US_SSN on the value as written, spaces or hyphens kept; an eight-digit VA claim file
  number ("C-file 28 417 936") has no label and is not labelled.
- Military service numbers (an Army serial number on a DD-214 or a memorial plaque), unit
  names, DD-214 block numbers, VA and DD form numbers, posting and position numbers are
  not labelled.
- A named veteran's VA disability rating (a percentage, a grant or denial for a named
  condition, a combined rating), a parent's 100% permanent and total rating quoted in a
  scholarship letter, and a DD-214 narrative reason "Disability, Severance Pay" are health.
- Discharge characterisation: an administrative Other Than Honorable or General discharge
  is not labelled by itself (the OTH client's PTSD and TBI in the same letter are health);
  a bad-conduct discharge adjudged by a special court-martial after a conviction is
  criminal_history.
- Veterans Treatment Court after a DWI charge is criminal_history, like drug court, and
  the naltrexone and AA in the same update are health; supervised probation for a DWI is
  criminal_history.
- Military sexual trauma disclosed about a named veteran (MST counselling) is health; it is
  not sexual_orientation, which covers orientation, partners, sexual contacts and sex work.
- A HUD-VASH voucher, SSVF help, sleeping in a truck (homelessness) and a civil eviction
  hearing disclose no special category; a VA case manager who comes with every VASH
  voucher is part of the program, not a treatment.
- "A Hmong veteran of the Special Guerrilla Units" states the veteran's ethnicity:
  racial_ethnic_origin; the offer to interpret in Hmong adds nothing (language alone).
- A vendor's remittance routing and account numbers on an invoice (a business account) are
  ABA_ROUTING_NUMBER and US_BANK_NUMBER like any other account.
- A deacon who leads his church's Bible study and prayer meeting, a lifelong Catholic at
  daily Mass who was a Knight of Columbus, a lifelong member of a Lutheran congregation and
  a forty-year temple member with a Jewish burial are religious_belief; a funeral home or
  a church named only as a place is not.
- A Republican precinct chair who sits on the party's county executive committee and a
  volunteer doorknocking and phone-banking for a named state senate candidate disclose
  political_opinion; a state representative speaking about his own bill is a public
  figure's public position.
- Public figures honoured in public (a Medal of Honor recipient, a governor, an adjutant
  general, a former adjutant general's memorial) are not labelled; nothing about their
  health or death is given. Veteran status, branch, era, deployments and awards are never
  labelled, nor a veteran Y/N column in a food-shelf export.
- A named veteran's cancer approved as an Agent Orange presumptive, with chemotherapy, is
  health; PACT Act screening totals and claim percentages are aggregate.
- A Login.gov identity report's selfie-to-ID face match score for a named veteran is
  biometric; the document check naming a licence without its number is no value.
- A job candidate's membership of an IBEW local, told to a recruiter, is
  trade_union_membership; a building-trades information night ("no union membership
  required") is not.
- A fictional training file using the reserved number 987-65-4321 is not labelled (a
  training scenario, and not a valid SSN).
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_52: list[Case] = [
    (
        """Subject: Job posting: County Veterans Service Officer, Kandiyohi County

Kandiyohi County is accepting applications for County Veterans Service Officer.

The CVSO helps veterans, their dependents and survivors apply for federal, state and
county benefits: disability compensation, pension, survivor benefits, education, burial,
health care enrollment and state programs. The CVSO supervises an assistant and an office
specialist and reports to the County Administrator.

Minimum qualifications
- Veteran as defined in Minn. Stat. 197.447 (attach DD-214, member copy 4).
- Accreditation with VA through a veterans service organization within one year of hire.
- Valid driver's license.

Salary range $71,500-$94,200, plus full county benefits. Veterans' preference applies.
Apply at kandiyohi-jobs.example.gov by December 11. Posting number 2026-117.
""",
        [],
    ),
    (
        """Subject: Your discharge - what the Review Board can and can't do

Dear Mr. Haskins,

Thank you for meeting with us Thursday. I promised you a written answer about your
discharge, so here it is.

Your DD-214 shows a bad-conduct discharge adjudged by a special court-martial at Camp
Lejeune in 2004, after your conviction on the larceny and false official statement
charges. The Naval Discharge Review Board cannot upgrade a discharge that was adjudged by
a court-martial, except as clemency, and only for a special court-martial. The better
route in your case is a petition to the Board for Correction of Naval Records.

That petition needs letters of support from your employer and from people who know you,
and evidence of what you have done in the twenty years since. I'd like to start
collecting letters in December.

Sincerely,
Imogen Ruiz-Thorsen, Staff Attorney
Northland Veterans Legal Clinic
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Why your dad's VA.gov sign-in keeps failing

Hi Mrs. Ruud,

I talked with the Login.gov help desk about your father's account. The identity check
isn't failing because of his documents. It's the selfie step. Here's what the
verification report shows for Walter:

Document check: passed (Minnesota driver's license, not expired)
Selfie to ID photo match: 0.41 (threshold 0.80) - FAILED
Liveness check: passed
Attempts: 3 of 3 used today

The license photo is from 2017, before he grew the beard, so the face match score is
low. The easiest fix is to verify in person at the post office on
Germain Street. Bring the license and a utility bill.

Lupe Castellanos, CVSO
""",
        [("biometric", "")],
    ),
    (
        """Subject: Your rating decision came - let's go over it

Hi Gerald,

Your decision letter from VA arrived in our portal today. Here's the short version:

- Left knee (instability and limited flexion): granted, 30%
- Tinnitus: granted, 10%
- Obstructive sleep apnea: denied. VA says there's no link to service.

Combined rating: 40%, effective June 2, 2026, the date we filed your intent to file.
Back pay should deposit within about two weeks.

For the sleep apnea, I think we can win it as secondary to the knee and the weight you
put on after the surgery, with a doctor's opinion. We have one year to file a
supplemental claim. Come see me and bring your CPAP prescription.

Your claim file number, in case anyone at VA asks, is C-file 28 417 936.

Lupe Castellanos, CVSO
Crow Wing County Veterans Service Office
""",
        [("health", "")],
    ),
    (
        """Subject: Join the Million Veteran Program - enrollment day Dec 8

The Million Veteran Program is a national research program that studies how genes,
lifestyle and military exposures affect health. More than a million veterans have joined.

ENROLLMENT DAY
Tuesday, December 8, 9 a.m. - 3 p.m.
St. Cloud VA, Building 8 lobby

Joining takes about 20 minutes: a consent form, a short survey and one blood draw.
Participation is voluntary and does not affect your VA health care or benefits.
Research results are studied in groups; individual results are not given to your
doctor or to VA benefits staff.

Questions: call the MVP team at 320-555-0178.
""",
        [],
    ),
    (
        """Subject: Invoice #2026-1183 - Veterans Day luncheon catering

Minnesota Veterans Service League
Attn: Accounts Payable
1090 University Ave W, St. Paul, MN 55104

INVOICE 2026-1183        Date: November 13, 2026        Terms: Net 30
PO number: MVSL-4471

Veterans Day luncheon, November 11, St. Paul RiverCentre
240 plated lunches (walleye or chicken wild rice) @ $31.50      $7,560.00
Coffee and iced tea service                                       $420.00
Sheet cakes (4), decorated with the League seal                   $236.00
Service charge 18%                                              $1,479.24
Sales tax (exempt, certificate on file ES-31720)                    $0.00
TOTAL DUE                                                       $9,695.24

Please make checks payable to Northern Table Catering and mail to 2280 Como Ave,
St. Paul, MN 55108. Questions: Dina at 651-555-0188.
Thank you for your business!
""",
        [],
    ),
    (
        """Subject: Honors for Sgt. Terrance Boyd - Saturday

Ray,

Confirming military honors for Sergeant First Class Terrance Boyd, U.S. Army (Ret.), on
Saturday, December 5, at 10:00 a.m., Fort Snelling National Cemetery, committal
shelter A.

Terrance is survived by his husband of eleven years, Michael Boyd-Ellison, who will
receive the flag. Michael asked whether the detail could include someone from the 82nd
Airborne, since Terrance served with the division in Panama.

Please confirm when you can.

Alyssa Brandvold
Brandvold & Sons Funeral Home, Bloomington
952-555-0112
""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Does my husband's VA pension count as income for the food shelf?

Hello,

My husband Norman is 78 and served in the Navy during Korea. He gets a small VA pension
now, on top of his Social Security. Our granddaughter said we should come to your food
shelf, but I don't want to take food from someone who needs it more.

Does the VA pension count against us? Do we have to bring papers?

Thank you kindly,
Phyllis Engebretson
Randall
""",
        [],
    ),
    (
        """Subject: Cemetery volunteer background checks - all clear

Honor guard members,

The state veterans cemetery requires a background check for every volunteer who works
committal services. The results came back this week for the eleven of you who submitted
fingerprints at the sheriff's office in October.

All eleven cleared: no records found. That includes Ray, Jenna, Mark, Kurt, Lyle, Paul,
Dale, Ross, Amy, Tom and Barb. Your cemetery badges will be at the next drill.

If you didn't submit fingerprints yet, you can't take cemetery details after January 1.
The sheriff's office takes walk-ins on Tuesday mornings.

Ray Ostendorf
""",
        [],
    ),
    (
        """Subject: Hire a Vet Fair - Nov 18 - employers and openings

Veterans, spouses and transitioning service members:

The Hire a Vet Fair is Wednesday, November 18, 10 a.m. to 2 p.m., at the Granite City
Event Center in St. Cloud. Free admission, free parking, free coffee.

SOME OF THE EMPLOYERS AND OPENINGS
- Kessler Cold Storage: warehouse leads, forklift operators ($24-27/hr)
- Meridian Rural Electric: line worker apprentice, journeyman lineman
- Stearns County: deputy, jailer, veterans service officer
- Pinecrest Health: CNA, LPN, patient transport, sterile processing tech
- Northern Plains Rail: conductor trainee (relocation assistance)

BOOTHS YOU SHOULD VISIT
Booth 14 - Helmets to Hardhats and the building trades apprenticeship programs
Booth 22 - free resume review by volunteer HR professionals
Booth 31 - State workforce center: unemployment and training dollars for veterans

Bring a few copies of your resume and a pen. Dress is business casual; uniforms welcome.
Questions: Kurt Haugland, 320-555-0171.
""",
        [],
    ),
    (
        """Subject: FW: Pre-approval summary - VA purchase loan

Hi Marcus,

Forwarding the lender's pre-approval summary for Dale Ferris so you can start the
homebuyer education referral. Dale said it was fine to share with you.

---------- Forwarded message ----------
From: Sarah Ng, Loan Officer, Headwaters Mortgage
Borrower: Dale Ferris
Loan type: VA purchase, 0% down, funding fee financed
Middle credit score: 703
Derogatory items:
- Late payment, 60 days, Granite Auto Finance, 08/2024
Pre-approved amount: $245,000
Conditions: letter of explanation for the late payment; two most recent pay stubs
----------

Dale is hoping to be in a house by spring.

Kim Yarbrough, SSVF
""",
        [
            ("CREDIT_SCORE", "703"),
            ("CREDIT_REPORT", "Late payment, 60 days, Granite Auto Finance, 08/2024"),
        ],
    ),
    (
        """Subject: Thank you for your gift - receipt for your records

Dear Mr. and Mrs. Lindgren,

Thank you for your gift of $250, received November 9 by check no. 4417. Your generosity
keeps our Thanksgiving boxes on the table for veterans' families in Morrison County.

This letter serves as your receipt. No goods or services were provided in exchange for
this contribution. Little Falls Veterans Food Shelf is a 501(c)(3) organization,
EIN 41-1838204.

With gratitude,
Bonnie Kvale, Coordinator
Little Falls Veterans Food Shelf
""",
        [],
    ),
    (
        """Subject: IT reminder: passwords and phishing

All staff and CVSO partners,

A reminder from the League's IT volunteer:

1. Never send a password by email, text or chat, even to me. If you need to share access,
   call me and we'll set up a separate login for the other person.
2. VA, Login.gov and ID.me will never call or email you asking for a one-time code.
   If someone asks for the six-digit code, hang up.
3. Our password manager creates passwords like ********************. Use it.
4. The phishing test last month went to 64 people; 9 clicked. Better than last year's 17.

New this month: the office printer needs a release code at the panel. Your code is your
four-digit extension.

Thanks,
Ravi Mahalingam, IT volunteer
""",
        [],
    ),
    (
        """Subject: Checking in after the retreat

Hi Bree,

I've been thinking about you since the women's retreat at Camp Tamarack Lodge.
Thank you for trusting me with what happened at your first duty station. What you told me is MST,
plain and simple, and it was never your fault.

I'm glad you said yes to the Vet Center. Carmen there runs the MST counseling group on
Wednesdays and she's the real deal. You said the sertraline from your doctor has helped
you sleep a little. That's a start. Keep taking it while you begin counseling.

I'm here any time. Coffee next week?

Nicole
Peer Mentor, Northern Women Veterans Network
""",
        [("health", "")],
    ),
    (
        """Subject: Your tax return is ready to sign

Hi Mr. Duclos,

Good news, your return is done. Before you come to sign it on Saturday, one thing:

You got a letter from the IRS in January with an Identity Protection PIN, and we need it
on the return or the e-file will be rejected. You read it to me over the phone on
Tuesday: 165017. I've entered it on the return for your SSN ending 4215. If you get a
new letter before Saturday, bring it, because the IP PIN changes every year.

Refund: $1,212 federal, $388 state, to direct deposit as last year.

Thanks,
Corinne Halvorsen
Volunteer preparer, VFW Post 4847 free tax site
""",
        [("PIN", "165017"), ("US_SSN", "4215")],
    ),
    (
        """Subject: fish fry crew

Hi Commander,

Bad news for the December 4 fish fry. Glenn can't run the fryers this time. He's out
doorknocking every weekend for Karen Lindahl's state senate campaign until the special
election, and he's volunteering at her phone bank Friday nights. He said he'd make it
up to us in January.

I asked Butch and Ron, and they can handle it if someone else does the coleslaw.

Bud
""",
        [("political_opinion", "")],
    ),
    (
        """Subject: We're hiring: Housing Case Manager (HUD-VASH partner site)

Liberty Commons Veterans Housing is hiring a full-time Housing Case Manager.

ABOUT THE ROLE
You will carry a caseload of 20-25 formerly homeless veterans living in our 48 apartments,
working alongside VA case managers and landlords. You'll help residents keep their homes:
budgeting, rent recertification, connections to benefits, employment and treatment.

REQUIREMENTS
- Bachelor's degree in social work or a related field, or four years of equivalent work.
- Valid driver's license and reliable vehicle (mileage reimbursed).
- Must pass a background check, including fingerprints, before the first day.

PAY AND BENEFITS
$52,000-$58,500 DOE; health, dental, 403(b) with 4% match, 20 days PTO.

Veterans are strongly encouraged to apply. Send a resume and cover letter to
careers@libertycommons.org by December 4. Position ID: LC-26-114.
""",
        [],
    ),
    (
        """Subject: Thanksgiving meal delivery - driver schedule

Drivers, thank you! Here's the plan for Thanksgiving morning, November 26.

Pick up meals at the Legion kitchen at 10:30. Use the side door by the parking lot. The
gate code for the lot is 1945# (yes, really). If you need to get online while you wait,
the guest Wi-Fi is LegionGuest, password Poppies2026.

ROUTES
Route 1 (Sauk Centre north): Dale and Judy - 9 meals
Route 2 (Melrose): Kenny - 11 meals
Route 3 (Long Prairie road): Pat and Sue - 7 meals
Route 4 (in town): Scouts from Troop 48 with Mr. Ebnet - 14 meals

Route sheets with addresses will be on the clipboard. Knock, visit a few minutes, and
don't leave a meal on a porch without seeing someone.

Happy Thanksgiving,
Jan Reisinger, Auxiliary President
""",
        [],
    ),
    (
        """Subject: Your gift to the Ellen Marsh Scholarship Fund

Dear Ms. Grabowski,

Thank you for your online gift of $100 on November 28, Giving Tuesday week. Our records
show:

Date: 11/28/2026
Amount: $100.00
Payment: Visa ending in 2624
Designation: General scholarship fund

No goods or services were provided in exchange for this gift. The Ellen Marsh Fallen
Heroes Scholarship Fund is a 501(c)(3) nonprofit, EIN 27-4418206. Please keep this
receipt for your tax records.

Gratefully,
Harriet Lindqvist
""",
        [("CREDIT_CARD_LAST_DIGITS", "2624")],
    ),
    (
        """Subject: How to fill out VA Form 21-0781 (statement for PTSD claims)

This is our standard instruction sheet for VA Form 21-0781, "Statement in Support of
Claimed Mental Health Disorder(s) Due to an In-Service Traumatic Event(s)."

WHO USES IT
Any veteran filing for a mental health condition connected to an event in service.

SECTION II, THE EVENT(S)
- Date (month and year is enough): ____________
- Location (base, country, grid if you know it): ____________
- Unit of assignment at the time: ____________
- Describe what happened in your own words. You do not have to write more than you are
  comfortable writing. A service officer can help you.

SECTION III, OTHER EVIDENCE
List people who knew about it at the time and any changes others noticed: requests for
transfer, drop in evaluations, visits to a chaplain or medical.

You do not need a diagnosis before you file. VA schedules an exam.

Blue Earth County Veterans Service Office | 507-555-0121
""",
        [],
    ),
    (
        """Subject: Next steps after the Hire a Vet Fair - lineman apprenticeship

Hi Desmond,

Great talking with you at our booth on Wednesday. As promised, here's what happens next
for the line worker apprentice opening.

Since you told me you're already a member of IBEW Local 1873 from your years at the
substation contractor, you can skip the union orientation day. Bring your membership card
to the first day of the pre-apprentice class.

For the motor vehicle record check (required for the bucket truck), I have your
Minnesota driver's license as D357603297596. Please confirm that's right; a single wrong
digit sends the MVR request back.

Pre-employment physical and CDL permit test are the week of December 7.

Regards,
Carla Nyberg, Talent Acquisition
Meridian Rural Electric Cooperative
218-555-0174
""",
        [("trade_union_membership", ""), ("US_DRIVER_LICENSE", "D357603297596")],
    ),
    (
        """Subject: RE: Discharge upgrade petition - draft for your review

Dear Mr. Okafor,

Attached is the draft of your application to the Army Discharge Review Board. Please
read it slowly, mark anything that is wrong, and bring it to our meeting on the 19th.

A summary of where we stand. Your Other Than Honorable discharge in 2009 followed a
string of late formations and counseling statements after your second deployment. The
heart of the petition is the medical evidence: Dr. Sandoval's letter diagnosing you with
PTSD, and the 2008 screening that documented a traumatic brain injury after the rocket
attack at FOB Salerno. Under the liberal consideration guidance, the Board has to weigh
whether those conditions explain the conduct that led to the discharge. We think they do.

Two things we still need from you:
1. The name of the medic or platoon sergeant who saw you right after the attack.
2. Your signature on the release so we can get your VA treatment records.

Warm regards,

Imogen Ruiz-Thorsen, Staff Attorney
Northland Veterans Legal Clinic
612-555-0163
This message is confidential and may be protected by attorney-client privilege.
""",
        [("health", "")],
    ),
    (
        """Subject: PACT Act toxic exposure screenings - results from our fall events

Partners,

Thank you to every county office that hosted a toxic exposure screening day this fall
with the VA clinic teams. Across 14 events we saw 1,240 veterans. The screening takes
about five minutes and asks about burn pits, Agent Orange, radiation, Camp Lejeune water
and other exposures. Every enrolled veteran is eligible, whenever they served.

Of the veterans screened, 38% reported at least one possible exposure, and 212 started a
claim the same day with a CVSO at the next table. That is the model we want for 2027:
screening and a service officer in the same room.

Spring dates will be set in January. If your county wants one, reply to this email.

Paul Huot
Outreach Director, Minnesota Veterans Service League
""",
        [],
    ),
    (
        """Subject: Direct deposit change submitted

Hi Stan,

I submitted the direct deposit change for your VA compensation this morning. Here is
what I typed into the form, so you can check it against your checkbook before the
December 1 payment:

Bank: Granite Ridge Credit Union
Routing number: 091155883
Account number: 8008218364 (checking)

Your monthly payment stays the same: the 40% rating for your lower back and left knee
doesn't change when the bank does. If the December payment goes to the old account at
the bank you closed, the bank will bounce it back to Treasury and VA reissues it, which
takes two to three weeks. Let me know if that happens.

Lupe Castellanos, CVSO
Crow Wing County Veterans Service Office
218-555-0109
""",
        [("ABA_ROUTING_NUMBER", "091155883"), ("US_BANK_NUMBER", "8008218364"), ("health", "")],
    ),
    (
        """Subject: In memoriam: Maj. Gen. (Ret.) Arnold Vick, 1939-2026

The Minnesota Veterans Service League joins the state in mourning Major General (Ret.)
Arnold Vick, Adjutant General of Minnesota from 1991 to 1999.

General Vick enlisted in the Minnesota National Guard in 1957 and was commissioned in
1962. He commanded the 2nd Battalion, 136th Infantry, and later the 47th Infantry
Division, and led the Guard through the flood response of 1997. He served on the
League's board from 2002 to 2014.

The Governor has ordered flags at half-staff on state buildings on Saturday, the day of
the public memorial at the Minnesota State Capitol rotunda at 1 p.m. All are welcome.

Memorials to the League's scholarship fund may be sent to mnvsl.org/give.
""",
        [],
    ),
    (
        """Subject: Draft obituary for your review - Leo

Dear Margaret,

Here is the draft of Leo's obituary for the St. Cloud Times and our website. Please read
it carefully and make any changes you like.

Leo J. Schaefbauer, 79, of Cold Spring, died November 20, 2026, at home, surrounded by
his family, from complications of the diabetes and heart disease the VA traced to his
exposure to Agent Orange in Vietnam. He served with the 1st Cavalry Division in 1967-68.

Leo was a lifelong Catholic. He went to daily Mass at St. Boniface, was a Fourth Degree
Knight in the Knights of Columbus, and never missed the parish fish fry.

He is survived by his wife of 54 years, Margaret; children Tom (Jill), Ann (Pete) Kraus
and Paul; and nine grandchildren.

The Mass of Christian Burial will be Tuesday at 11 a.m., with military honors by the
Stearns County Combined Honor Guard.

With sympathy,
Wendell Thoma
Thoma-Kremer Funeral Chapel, Cold Spring
""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Applying in the Dependents category - what to include

If you are applying to the Ellen Marsh Fallen Heroes Scholarship Fund in the Dependents
category, include ONE of the following with your application:

- A VA benefit summary letter showing your parent's disability rating is 100%
  (permanent and total), or
- A letter confirming your eligibility for Chapter 35 Dependents' Educational
  Assistance, or
- A DD Form 1300 (Report of Casualty) if your parent died on active duty.

Black out everything on the letter except your parent's name and the rating or
eligibility line. We don't need Social Security numbers or file numbers, and please
don't send them.

Deadline: February 15, 2027.
Questions: scholarships@marshscholars.org
""",
        [],
    ),
    (
        """Subject: phone donation for the food shelf

Bonnie,

Mr. Ahlstrom called this afternoon wanting to give $200 for the Thanksgiving boxes in
memory of his brother. He doesn't do computers, so he read me his card number:

6011-0467-2537-4166, expires 11/27

I told him we'd send a receipt to his home address, 1408 Oak St. Can you run it through
the donation page tomorrow? I'll shred this note.

Thanks,
Judy
""",
        [("CREDIT_CARD", "6011-0467-2537-4166")],
    ),
    (
        """Subject: Food Shelf Notes - Thanksgiving week

LITTLE FALLS VETERANS FOOD SHELF - NOTES FOR NOVEMBER

Thanksgiving boxes go out Monday and Tuesday, November 23-24, from 9 to 6. Every
registered household gets a turkey or a ham, potatoes, stuffing, a pie and a gift card
for milk. Last year we gave out 318 boxes; this year we have ordered 360.

We are closed Thanksgiving Day and Friday the 27th.

VOLUNTEERS
- Box packing is Saturday the 21st, 9 a.m. to noon. Pizza after.
- Thursday crew: the back door keypad code is changing to 2917 on Dec 1.
- We still need two drivers for homebound deliveries on the 24th.

Thank you to Post 219, the Royalton FFA and Riverside Lutheran for the food drives.
Together they brought in 4,210 pounds.

Bonnie Kvale, Coordinator | 320-555-0129
""",
        [],
    ),
    (
        """Subject: Quartermaster handover - bank access

Bev,

Congratulations (and sorry) on becoming Post quartermaster. Here's everything for the Post's
accounts at Lakes Country Savings, so I can stop being the only one who knows it.

Online banking user: Post6634Treasurer
Password: Boundary$ridge21
Security question (last name of the Post's first Commander): Sjoquist
Telephone banking PIN: 9605

I added you as a user this morning. The bank texted me a verification code for your
first sign-in, 908177. It's only good for ten minutes, so if it has expired, call
me and I'll get a new one.

Not bank stuff, but while I'm at it: the office safe combination is in the sealed
envelope with the Commander, and the hall alarm code is 7193.

Change the password after your first login, please.

Arlen Dufresne, outgoing quartermaster
VFW Post 6634
""",
        [
            ("PASSWORD", "Boundary$ridge21"),
            ("PASSWORD", "Sjoquist"),
            ("PIN", "9605"),
            ("ACCESS_CODE", "908177"),
        ],
    ),
    (
        """Subject: Stripe keys for the new donate page

Hi Priya,

Here are the live credentials for the League's Stripe account so you can finish the
donate page on the new website. Please put them in the server config, not in the page
code, and delete this email when you're done.

Publishable key: pk_live_21ElG03hdQJtyrGjhAnlWOqzcqU5syyj
Secret key: sk_live_55YvkkYmyu0PJETVuWSHDvR6bFWjJyH3

Test mode is off. Please run a $1 donation yourself after it's live and refund it.

Thanks,
Steve Huot
Treasurer, Minnesota Veterans Service League
""",
        [("API_KEY", "sk_live_55YvkkYmyu0PJETVuWSHDvR6bFWjJyH3")],
    ),
    (
        """Subject: Security deposit refund - where to send it

Hi Kim,

The property manager at Maple Terrace says my security deposit refund of $640 will be
sent by direct deposit, but they need my bank information in writing from your office
since you paid the deposit. Here it is:

Name on account: Shauna Whitebird
Bank: Riverland Federal Credit Union
Routing number: 091209399
Account number: 874242048 (checking)

Thank you for everything you did with the landlord. I'm all moved in at the new place.

Shauna
""",
        [("ABA_ROUTING_NUMBER", "091209399"), ("US_BANK_NUMBER", "874242048")],
    ),
    (
        """Subject: Chaplain available at the Veterans Day luncheon

Guests and staff,

Chaplain (Col., Ret.) Margaret Osei will be at the Veterans Day luncheon to give the
invocation and will stay afterward in the quiet room next to the registration table.

Chaplain Osei serves people of every faith and of no faith. You don't need to belong to
any church to talk with her, and she won't ask. She can also connect you with the
chaplains at VA medical centers and with community clergy.

The quiet room is also open for anyone who needs a break from the crowd during the
program. No explanations needed.

Minnesota Veterans Service League
""",
        [],
    ),
    (
        """Subject: Tips for filling out VA Form 21-526EZ (handout for Saturday's workshop)

Here is the handout for Saturday's claims workshop. Print 40 copies, please.

FILLING OUT THE 21-526EZ: THE BOXES PEOPLE GET WRONG

Section I, Veteran identification
- Item 2: Social Security number, written as XXX-XX-XXXX.
- Item 3: VA file number, ONLY if it is different from your SSN. Leave it blank otherwise.
- Item 6: your current mailing address. VA will not forward mail.

Section V, Claim information
- List each condition on its own line ("left knee", "tinnitus", "sleep apnea").
- Put approximate dates of onset. "2003" is fine; you don't need the day.
- If you served in Vietnam, Thailand, or Korea near the DMZ in the covered years, some
  conditions are presumed to be from Agent Orange. Say where you served and when.

Section VIII, Direct deposit
- Routing number: ___________  Account number: ____________________
- Leave blank if VA already pays you and the account hasn't changed.

Sign and date Section IX. Unsigned forms are sent back, and that can cost months.

Kandiyohi County Veterans Service Office | 320-555-0156
""",
        [],
    ),
    (
        """Subject: Warrior Coffee - December meeting schedule

Warrior Coffee is our peer support circle for veterans of any era, branch or discharge.
No sign-up and no paperwork. Just coffee, doughnuts and people who get it.

WHERE: Harold Brekke American Legion Post 219, lower level, 412 Main St., Sauk Centre
WHEN: Tuesdays at 7:00 a.m. (Dec 1, 8, 15, 22, 29)

Topics this month (come for the coffee either way):
Dec 1 - Sleep, and why it falls apart after you get out
Dec 8 - Anger at home and at work
Dec 15 - Moral injury, with a guest from the Vet Center
Dec 22 - Getting through the holidays
Dec 29 - Open floor

Facilitators Larry and Monique are volunteers trained to lead the circle, not therapists.
If you are in crisis, call 988 and press 1 for the Veterans Crisis Line, any hour.

Forward this to a buddy who could use a cup.
""",
        [],
    ),
    (
        """Subject: Building trades apprenticeship info night - Dec 10

Thinking about a career in the trades after the military? Come to an info night with
Helmets to Hardhats and the Central Minnesota Building Trades Council.

Thursday, December 10, 6:30 p.m.
Labor Temple, 1260 Division St., St. Cloud

Representatives from the electricians, carpenters, pipefitters, ironworkers and
operating engineers will explain how apprenticeships work: paid from day one, health
care and pension, and how your military experience may earn credit. Post-9/11 GI Bill
benefits can add a monthly housing payment on top of apprentice wages.

Open to veterans, Guard and Reserve members and transitioning service members. No
union membership required to attend. Food provided.

RSVP: 320-555-0172
""",
        [],
    ),
    (
        """Subject: income docs for Rick Salazar - pay stub

Hi Dominic,

Rick asked me to send his pay stub for the income recertification since he can't get to
a scanner. Here it is, typed from the stub:

Employer: Northstar Axle & Gear, Inc.
Employee: Ricardo Salazar    SSN: XXX-XX-6292
Pay period: 11/01/2026 - 11/14/2026
Gross pay: $2,318.40
Federal withholding: $174.22
State withholding: $92.10
FICA: $177.36
UAW Local 2146 dues: $61.50
Net pay: $1,813.22

Let me know if you need the year-to-date stub too.

Lorena Salazar (Rick's wife)
""",
        [("trade_union_membership", ""), ("US_SSN", "6292")],
    ),
    (
        """Subject: Property tax relief for disabled veterans - 2027 applications

Minnesota's Disabled Veteran's Homestead Market Value Exclusion reduces the taxable
value of a veteran's home:

- $150,000 excluded for a veteran with a service-connected disability rating of 70% or
  higher
- $300,000 excluded for a veteran rated 100% total and permanent
- Surviving spouses and primary family caregivers may also qualify

To apply, file form CRV-DV with the county assessor by December 15, 2026 for taxes
payable in 2027, with a copy of the VA letter showing the rating. Once approved, the
exclusion continues as long as you own and live in the home.

Your county veterans service office can help with the form. Otter Tail County residents:
218-555-0139.
""",
        [],
    ),
    (
        """Subject: Order for the honor guard jackets

Hi Dawn,

We'd like to go ahead with the order from the quote: 14 honor guard jackets, the
embroidery of the Post 219 emblem, and 14 pairs of white gloves. Total with shipping was
$2,947.

Please charge the Post's American Express:
3797 501105 43272
Expires 06/28
CID 9550 (the four digits on the front)
Name on card: Harold Brekke Post 219

Ship to the Post at 412 Main St., Sauk Centre. We need them by December 5 if possible.

Thanks,
Dennis Welle, Adjutant
Harold Brekke American Legion Post 219
""",
        [("CREDIT_CARD", "3797 501105 43272"), ("CVV", "9550")],
    ),
    (
        """Subject: Question about my dad's Agent Orange claim

Hello,

I'm writing for my father, Raymond Tschida. He was in Vietnam with the 25th Infantry
Division in 1968-69 and lives with us in Sartell now. Over the last two years he was
diagnosed with Parkinson's disease, and in September his cardiologist said he also has
ischemic heart disease. He is on carbidopa-levodopa and a blood thinner.

Someone at the Legion told me both of those are on the Agent Orange list now and that he
should have filed years ago. Is that true? Can you help us file? He never applied for
anything from VA.

His Social Security number is 351-81-4116 if you need it to look him up. His DD-214 is
in the safe; I can bring a copy.

We can come in any weekday afternoon.

Thank you,
Michelle Tschida-Brandl
320-555-0194
""",
        [("health", ""), ("US_SSN", "351-81-4116")],
    ),
    (
        """Subject: Free tax help for veterans starts January 30

The VFW Post 4847 free tax site is back for the 2027 filing season!

IRS-certified volunteers prepare and e-file returns for free for households earning up
to $67,000. Veterans, families and neighbors are all welcome. You don't have to be a
member.

WHAT TO BRING
- Photo ID for you and your spouse
- Social Security cards or ITIN letters for everyone on the return
- All W-2s, 1099s and 1098s (VA disability compensation is not taxable; you don't need
  to bring VA letters)
- Your Identity Protection PIN letter (CP01A), if the IRS sent you one
- Last year's return and a voided check for direct deposit

Saturdays, 9 a.m. - 2 p.m., January 30 to April 10, at the Post, 218 Front St.
Appointments: 218-555-0145. Walk-ins after 12:30.
""",
        [],
    ),
    (
        """Subject: Minutes - MVSL Board of Directors, November 5, 2026

MINNESOTA VETERANS SERVICE LEAGUE
Board of Directors, regular meeting, November 5, 2026, St. Paul office and video

Present: Chair Bergstrom, Vice Chair Adeyemi, Treasurer Huot, Secretary Lund; directors
Kowalczyk, Redwing, Marchetti. Absent: Director Sorensen. Staff: Executive Director Paulsen.

1. Minutes of October 1 approved as circulated (Huot/Lund, carried).
2. Treasurer's report: operating cash $412,880; year-to-date revenue 81% of budget.
   The state grant (contract no. 2026-VSO-0117) second installment has been received.
3. Program report: 6,214 claims filed network-wide through October; 38% of new claims
   included hearing loss or tinnitus; 211 veterans attended the fall claims workshops.
4. Motion to renew the lease of the Mankato satellite office for three years at
   $1,950/month (Adeyemi/Marchetti). Carried 6-0.
5. The Veterans Day luncheon is confirmed for 240 guests.

Adjourned 8:42 p.m. Next meeting December 3.
Minutes by Judith Lund, Secretary. EIN 41-2837465.
""",
        [],
    ),
    (
        """Subject: Intake export - Saturday 11/21

Bonnie, here's Saturday's intake export from the tablet, for the county report.

date,household,size,veteran,id_shown,diet_notes,pickup
2026-11-21,Kowalski Dan,2,Y,none,,walk-in
2026-11-21,Hartmann Grace,1,N,none,prefers canned veg,walk-in
2026-11-21,Ochoa Luis,5,Y,MN DL A956617751281,"Luis: celiac, gluten-free only",car
2026-11-21,Thiele Mark,3,Y,none,,walk-in
2026-11-21,Begay Ruth,1,N,none,,delivery

Totals: 5 households, 12 people, 3 veteran households.
Ms. Hartmann also asked about Christmas boxes.

Pat
""",
        [("US_DRIVER_LICENSE", "A956617751281"), ("health", "")],
    ),
    (
        """Subject: Military honors - Chief Petty Officer Miriam Gold (Ret.), Dec 2

Ray,

Thank you for taking the Gold service on short notice. Details:

Wednesday, December 2, graveside at Adath Israel Cemetery, Duluth, 1:00 p.m.
Rabbi Eisner will officiate. Miriam was a member of Temple Israel for forty years, and
the family is following Jewish custom: burial within days, plain pine casket, no
flowers, and the honors must come after the Kaddish is said.

Miriam served 24 years in the Navy. She is survived by her wife of 19 years, Deborah
Stahl, who will receive the flag.

Please bring one Navy member to present if you can. Deborah asked for it.

Thank you,
Helen Jaskowiak
Jaskowiak-Lund Funeral Service
218-555-0116
""",
        [("religious_belief", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Honor Flight 2027 - applications are open

Northern Lights Honor Flight flies veterans to Washington, D.C., at no cost, to see the
memorials built in their honor.

Applications for the 2027 flights (April, May, September and October) are open now.
Priority goes to veterans of World War II and Korea and to veterans of any era with a
terminal illness, then to Vietnam-era veterans by date of application.

Every veteran flies with a guardian. Wheelchairs are available at every stop for any
veteran who wants one, no questions asked, and medical volunteers travel on every flight.

Guardians pay $600 toward their own trip.

Apply at nlhonorflight.org or pick up a paper form at your county veterans service office.
Last year we flew 412 veterans on four flights.
""",
        [],
    ),
    (
        """Subject: Reference for Anthony Reyes - Parkview Apartments

Dear Ms. Kastner,

I'm writing as Anthony Reyes's case manager in support of his application for unit 204.
Anthony holds a HUD-VASH voucher, and the housing authority will send you the paperwork
for the inspection.

I can tell you what kind of tenant he'll be. He moved into our transitional program in
March straight out of residential treatment at the VA, and his VA substance use counselor
tells me he has been sober for eight months. He goes to his aftercare group every week,
he pays his program fee on time, and his room passes every inspection.

Please call me with any questions.

Dominic Farrah
Case Manager, Liberty Commons Veterans Housing
612-555-0104
""",
        [("health", "")],
    ),
    (
        """Subject: Van schedule Monday 11/30 - Fergus Falls to Fargo VA

Drivers,

Monday's van run to the Fargo VA Medical Center. Leave the Otter Tail County Government
Services Center at 6:45 a.m. sharp.

Driver: Duane. Backup: Sharon.

Riders and appointments:
- Lyle Haugen - 8:30 oncology infusion (chemo, about 4 hours; he'll bring a lunch)
- Eldon Brekke - 9:00 dialysis, 3rd floor. He rides home with his son.
- Vic Strommen - 10:15 prosthetics clinic, new socket for his left leg
- Clara Mortenson - 11:00 eye clinic (dilated; she can't drive after)

Return run leaves at 2:30 from the main entrance.

Thank you for giving your Mondays.
Otter Tail County Veterans Service Office
""",
        [("health", "")],
    ),
    (
        """Subject: Dad's VA.gov login

Hi Lupe,

Thank you for being so patient with Dad on the phone this morning. After we hung up we
finally got the Login.gov account set up. In case it logs him out again when he comes in
on Tuesday, here is what we used:

Email: hal.petrakis52@mailbox.net
Password: Kettle%sumac34

The one-time code that came to his phone while we were doing it was 241846. I don't
know if you need that, but I'm sending it anyway.

He wants to see the status of the claim and he won't stop asking me.

Thanks,
Diane Petrakis-Moore
""",
        [("PASSWORD", "Kettle%sumac34"), ("ACCESS_CODE", "241846")],
    ),
    (
        """Subject: Invitation to speak at the Veterans Day program in St. Paul

Dear Mr. Vang,

On behalf of the Minnesota Veterans Service League, I would be honored if you would speak
at our Veterans Day luncheon on November 11 at the St. Paul RiverCentre.

Your nephew, Kou, told our staff that you are a Hmong veteran of the Special Guerrilla
Units, and that you served as a radio operator at Long Tieng from 1968 until the
evacuation in 1975. Very few of our guests know that history. Ten minutes about your
service and about coming to Minnesota would mean a great deal to everyone in the room.

Kou has offered to interpret if you prefer to speak in Hmong.

With respect,
Gretchen Paulsen
Executive Director, Minnesota Veterans Service League
651-555-0142
""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: My son Brandon - can he still get his VA money?

Dear Mr. Aho,

I'm Brandon Lindell's mother. You helped him with his PTSD claim last year, and he got
his 50% rating. Thank you for that.

Brandon is in the Otter Tail County jail. He pleaded guilty to assault in October and
is waiting to be sentenced in January. I'm afraid he could lose his disability payments
while he's locked up, and those payments cover his apartment rent. Is that true? Does
VA cut it off right away? He also stopped getting his medication from the VA when he
went in, and I don't know how to fix that either.

I don't know who else to ask. Please call me at 218-555-0197.

Sharon Lindell
""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: Veterans Day at the Capitol - photos and remarks

A crowd of more than 900 filled the Court of Honor on the Capitol grounds on Wednesday
for the state Veterans Day observance.

Governor Annika Strand thanked the 299,000 veterans who call Minnesota home and announced
that the state veterans homes in Bemidji and Montevideo, both opened in 2023, now have
waiting lists. Adjutant General Maj. Gen. Curtis Wendt recognized the 1st Battalion,
194th Armor Regiment and the 133rd Airlift Wing, both home from overseas deployments this
year.

The Minnesota Veterans Service League presented its Service Officer of the Year award to
the Blue Earth County Veterans Service Office for its 1,100 PACT Act claims.

See all the photos at mnvsl.org/gallery.
""",
        [],
    ),
    (
        """Subject: VA home loans - free homebuyer workshop

Thinking about buying a home with your VA loan benefit? Join Liberty Commons and
Headwaters Mortgage for a free two-hour workshop.

Saturday, December 12, 10 a.m. - noon, Liberty Commons community room

WHAT WE'LL COVER
- The certificate of eligibility and how to get it
- No down payment, no PMI, and what the funding fee is
- Credit: VA sets no minimum score, but most lenders look for 620 or higher. We'll
  show you how to pull your free reports and dispute errors.
- Down payment assistance programs in Minnesota
- The inspection, the appraisal, and closing costs

Coffee and rolls provided. Bring questions, not paperwork.
RSVP to 612-555-0104.
""",
        [],
    ),
    (
        """Subject: Honor guard - Veterans Day courthouse ceremony assignments

Guard members,

Here are the assignments for the Veterans Day ceremony at the Stearns County Courthouse,
Wednesday, November 11. Form up at 10:15 on the east steps.

Colors: Ostendorf (national), Meyer (state), Lieser and Dufault (guards)
Rifle team: Kray, Thelen, Schmitz, Lahr, Ebnet, Pfannenstein, Hennen
Bugler: Jenna Roering (live Taps, not the electronic bugle this year)

The keynote is retired Major General Lorraine Hultgren, former Adjutant General of the
Minnesota National Guard, who commanded the 34th Infantry Division "Red Bulls" during the
Iraq deployment. The 133rd Airlift Wing has promised a flyover at 11:00 if weather allows.

Uniform: dress blues or post uniform, white gloves, overcoats if below 35 degrees.

Questions to me.
Ray Ostendorf, Commander
Stearns County Combined Honor Guard
""",
        [],
    ),
    (
        """Subject: Notes for Thursday's visit - Mr. Paulsrud

Hi Tracy,

Notes for the Thursday visit with Mr. Paulsrud, since I'm off this week.

His dementia has been worse in the late afternoons, so do the grocery trip before lunch.
He takes the donepezil with breakfast; check the pill box, the Thursday slot should be
empty by the time you get there.

Groceries: his daughter Karen okayed the usual list. Use his debit card, it's in the
kitchen drawer. He can't remember the PIN at the register anymore, so Karen gave it to
us: 1765.

The lockbox on the front door is 2840 if he doesn't answer.

Thanks,
Deb Gunderson
In-home aide supervisor, Veteran-Directed Care program, Morrison County
""",
        [("PIN", "1765"), ("health", "")],
    ),
    (
        """Subject: Hire a Vet Fair - forklift certification sign-ups (export)

Kurt,

Export from the sign-up form for the free forklift certification class at the fair. The
training company needs a license number for each student. Two so far.

Name: Jamal Whitmore
Email: jwhitmore.mn@mailbox.net
Branch: Marine Corps
Driver's license state: WI
Driver's license number: F818-3797-4527-46
Race/ethnicity (optional): Black or African American
Gender (optional): Male

Name: Katie Sorensen
Email: katies.1990@mailbox.net
Branch: Army National Guard
Driver's license state: MN
Driver's license number: on file with employer
Race/ethnicity (optional): Prefer not to say
Gender (optional): Female

Class is Thursday 11/19, 8 a.m., at Kessler Cold Storage.
""",
        [("US_DRIVER_LICENSE", "F818-3797-4527-46"), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Normandy 2027 - roster check before we book

Hi ladies,

The airline needs our group roster by Friday, and I want to be sure I typed your
passport details right. Please check your own line and reply to me only.

1. Sgt. Maj. (Ret.) Denise Lafond - passport 135904540, exp. 2031
2. Lt. Col. (Ret.) Patricia Oyelaran - passport 397795272, exp. 2029

Denise, I told the tour company about your MS and that you'll need wheelchair assistance
at the airports and a ground-floor room at Bayeux. They said that's no problem.

Patricia, your $500 deposit went through on the Mastercard ending 2617.

Twelve of us so far! Deadline for the rest is January 15.

Tasha Greenwood
Trip Coordinator, Northern Women Veterans Network
""",
        [
            ("US_PASSPORT", "135904540"),
            ("US_PASSPORT", "397795272"),
            ("health", ""),
            ("CREDIT_CARD_LAST_DIGITS", "2617"),
        ],
    ),
    (
        """Subject: Van schedule Wednesday 12/2 - St. Cloud VA

Drivers,

Wednesday's van run to the St. Cloud VA. Leave the Kandiyohi County Health and Human
Services building at 7:15 a.m.

Driver: Orv. Backup: Linda.

Riders:
- Peter Janssen - 8:45 appointment
- Mike Estrada - 9:30 appointment
- Joan Hultgren - 10:00 appointment, with her husband
- Bob Lindeman - 11:15 appointment

Everyone goes to the main entrance; the volunteers at the information desk will point
them where they need to go. Return run at 1:30. Lunch vouchers are in the glove box.

Questions: 320-555-0156.
""",
        [],
    ),
    (
        """Subject: Spring scholarship payment - please confirm bank details

Dear Amira,

Congratulations again on your Ellen Marsh scholarship. Because you'll spend the spring
semester at the University of Galway, your college asked us to pay your $2,500 award
directly to you rather than to your school account in Minnesota.

Before our treasurer sends the wire, please confirm the account you gave us:

Account holder: Amira Sandvik
Bank: Allied Irish Banks, Galway
IBAN: IE70 AIBK 1920 7411 7096 12
BIC: AIBKIE2D

Reply "confirmed" or send corrections. The wire takes three to five business days.

Warmly,
Harriet Lindqvist
Scholarship Chair
""",
        [("IBAN_CODE", "IE70 AIBK 1920 7411 7096 12")],
    ),
    (
        """Subject: Free discharge upgrade workshop - December 5

Was your discharge Other Than Honorable or General (Under Honorable Conditions)? It may
be keeping you from VA health care, the GI Bill, and state benefits. Many veterans who
got bad paper had PTSD, a brain injury or military sexual trauma that no one looked at,
and the review boards must now give those cases liberal consideration.

FREE WORKSHOP
Saturday, December 5, 10:00 a.m. - 1:00 p.m.
Hennepin County Library - Brookdale, meeting room B

Attorneys from the Northland Veterans Legal Clinic will explain the boards, the forms
(DD Form 293 and DD Form 149), and how long it takes. Private consultations follow.

We do not ask about your discharge at the door, and nobody has to tell their story in
front of the room. Last year the clinic's upgrade applications succeeded in 61% of
decided cases.

Register: 612-555-0163 or nvlc.org/workshops
""",
        [],
    ),
    (
        """Subject: Appointment reminder - Crow Wing County Veterans Service Office

This is a reminder of your appointment:

Tuesday, November 17, 2026 at 9:30 a.m.
Crow Wing County Veterans Service Office
Historic Courthouse, 326 Laurel St., Suite 21, Brainerd
With: Lupe Castellanos, CVSO

Please bring:
- Your DD-214 (member copy 4 if you have it)
- Any letters you've received from VA in the last year
- A list of questions

If you need to reschedule, call 218-555-0109. Parking is free in the courthouse lot after
you get a pass from the front desk.
""",
        [],
    ),
    (
        """Subject: Dues for Leroy - can you run this?

Pam,

Leroy Voss called the canteen this afternoon to pay his 2027 dues. He wants to go life
member this year, so it's $325, not the annual $45. He read me his card over the phone:

4385 9256 5766 4392
exp 08/29
security code 846

Can you run it on the Square reader tonight and mail him the new card? I shredded the
sticky note.

Thanks,
Dutch
VFW Post 6634, Willmar
""",
        [("CREDIT_CARD", "4385 9256 5766 4392"), ("CVV", "846")],
    ),
    (
        """Subject: Caregiver program question - my husband

Hello Mr. Aho,

My husband Jeff is an Army veteran (Iraq, 2005 and 2007). Since his traumatic brain
injury from the IED in 2007 he has had seizures, and this fall they got worse. His
neurologist raised his levetiracetam and told him he can't drive for six months, so now
I drive him everywhere, manage his pills, and I've had to cut my hours at the bank.

Someone at the support group said VA has a caregiver program that pays a stipend to a
spouse. Would Jeff qualify? His VA rating is 70%, mostly for the TBI and the headaches.

I can come in any afternoon. I'd rather not discuss this on the phone with Jeff in the
room.

Thank you,
Kristen Mattson
""",
        [("health", "")],
    ),
    (
        """Subject: Charlie Company reunion news - November

CHARLIE COMPANY, 2ND BATTALION, 47TH INFANTRY (MECHANIZED) - REUNION ASSOCIATION
November news

Brothers,

Sad news first. Dennis Maki called to tell us he has bladder cancer. The VA approved
his claim this fall as an Agent Orange presumptive, and he starts chemotherapy at the
Minneapolis VA this month. Dennis says cards are welcome at his home in Virginia, MN.
He'd be glad to hear from you.

The 2027 reunion will be in Branson, Missouri, September 16-19. Room block details next
month.

Dues are still $20 a year. Send them to Al Kvistad, treasurer.

Rick Oberg, President
""",
        [("health", "")],
    ),
    (
        """Subject: Northern Women Veterans Network - November update

NORTHERN WOMEN VETERANS NETWORK
November update

WE MET, WE ATE, WE TALKED
Forty-three women came to the fall retreat at Camp Tamarack Lodge, from every branch
and every era from Vietnam to last year. Our member survey says 71% of you want more
in-person events in greater Minnesota, so 2027 will bring chapters in Bemidji and
Rochester.

RESOURCES FOR ANY WOMAN VETERAN
- Every VA medical center has a Women Veterans Program Manager. Ask for her by name.
- Vet Centers offer free, confidential counseling, including for military sexual trauma,
  with no disability rating or VA enrollment required.
- Childcare is available at our events; tell us ahead.

HOLIDAY BRUNCH
Saturday, December 12, 10:30 a.m., the Riverside Room, Duluth. RSVP to Tasha.

You are receiving this because you joined the Network. Reply STOP to leave the list.
""",
        [],
    ),
    (
        """Subject: Accommodation request for my interview

Hi Ms. Nyberg,

Thank you for the interview invitation for the warehouse supervisor position on
December 2. I'd like to ask for one accommodation.

I have hearing loss in both ears from my years as a tank crewman and I wear hearing
aids. They work well one-on-one, but in a loud room or on a speakerphone I miss things.
Could the interview be in a small room and not on a conference call? If a panel member
joins remotely, video with captions would work.

Thank you for understanding. I'm looking forward to it.

Sincerely,
Marcus Fairbanks
""",
        [("health", "")],
    ),
    (
        """Subject: RSVP holiday brunch - 2 adults

Hi Tasha,

Count me in for the December 12 brunch at the Riverside Room. My wife Renee is coming too.
She was Air Force, so she'll have plenty to say to the Navy table.

We'll bring the wild rice hotdish unless someone else already claimed it. No kids this
year, they're at Renee's sister's.

See you there,
Jolene Abernathy
USN 1998-2006
Northern Women Veterans Network, Duluth chapter
""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Worksheet for burial benefits - Eugene Stately

Hi Lupe,

As promised, the death certificate worksheet for Eugene Stately, so you can start the
burial allowance and the headstone application with the family.

Decedent: Eugene Francis Stately
Date of death: November 14, 2026
Social Security number: 672-31-5449
Race: American Indian - enrolled member, Red Lake Band of Chippewa Indians
Veteran: Yes, U.S. Army 1966-1969 (DD-214 attached)
Cause of death: (a) metastatic non-small cell lung cancer (b) COPD
Place of death: Red Lake hospital
Informant: Lorraine Stately, daughter

The family would like the honor guard from the Red Lake veterans' post. Burial will be
at the veterans cemetery at Little Falls.

Joanne Beaulieu
Beaulieu-Ness Funeral Home, Bemidji
218-555-0126
""",
        [("US_SSN", "672-31-5449"), ("racial_ethnic_origin", ""), ("health", "")],
    ),
    (
        """Subject: Your wife's ITIN renewal

Hi Mr. Barrientos,

Good news: we can file your joint return at our site this year. Your wife's ITIN expired
because it wasn't used on a return for three years, so we'll file the renewal (Form W-7)
along with the return.

I checked the number from the IRS letter you brought: 979-86-7742. That's the one we'll
renew. Because you two are filing jointly, you don't need to send her original passport;
we are a certifying site and we'll copy it here.

Please bring her passport on Saturday, December 5, at 10:00.

Corinne Halvorsen
Volunteer preparer, VFW Post 4847 free tax site
""",
        [("US_ITIN", "979-86-7742")],
    ),
    (
        """Subject: Military honors request - Orville Lindqvist, Saturday 11/21

Ray,

The Lindqvist family has asked for full military honors for Orville. Services are
Saturday, November 21, 11:00 a.m. at Trinity Lutheran Church in Paynesville, interment
after at Greenwood Cemetery.

Orville served in the Army in Korea, 1951-53, with the 45th Infantry Division. His Army
service number from the DD-214 is RA 17 284 903; the family has the original.

He died Monday at Paynesville hospital of complications of COPD. He was a lifelong member
of Trinity Lutheran and sang in its choir for sixty years, so the family would like the
guard to stand in the narthex during the choir's hymn before the procession.

Flag to go to his daughter, Carol. Please confirm you can field a detail.

Thank you,
Dean Wahlstrom
Wahlstrom-Kuhl Funeral Home, Paynesville
320-555-0182
""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: DIC application - what we still need

Dear Mrs. Lundquist,

Again, I am so sorry about Harold. Thank you for coming in so soon after the funeral.

Because Harold died of ALS, which VA treats as service-connected for any veteran with 90
days of continuous active service, you should qualify for Dependency and Indemnity
Compensation. I've drafted the application (VA Form 21P-534EZ).

Here is what I entered, so you can check it:
- Harold's VA file number: 577 42 7096
- Your bank for the monthly payment: Northwoods Community Bank
  Routing number 096824766, savings account 34336726

What we still need: the certified death certificate (the funeral home is sending it)
and your marriage certificate.

Call me any time, Mrs. Lundquist.

Dennis Aho, CVSO
Otter Tail County Veterans Service Office
218-555-0139
""",
        [
            ("health", ""),
            ("US_SSN", "577 42 7096"),
            ("ABA_ROUTING_NUMBER", "096824766"),
            ("US_BANK_NUMBER", "34336726"),
        ],
    ),
    (
        """Subject: Wednesday nights

Hi Larry,

I wanted to let you know why I've been skipping the Wednesday evening group. I'm a
deacon at Greater Mount Calvary Baptist Church now, and Wednesday night is Bible study
and prayer meeting, which I lead. Pastor asked me to take it over in October.

I'm not dropping out. Is there any chance the evening group could move to Thursdays? If
not, I'll come to the Tuesday coffee when I can get off work.

Thanks for everything, brother.
Calvin Whitfield
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: What the Northland Veterans Legal Clinic can help with

The Northland Veterans Legal Clinic gives free civil legal help to low-income veterans and
their families across Minnesota.

WE HELP WITH
- Discharge upgrades and records corrections
- VA benefit appeals at the Board of Veterans' Appeals
- Evictions, housing conditions and security deposits
- Consumer debt, garnishment and credit report errors
- Child support modification and custody (family law clinic, 2nd and 4th Thursdays)
- Driver's license reinstatement and expungement of old records

WE CAN'T HELP WITH
- Defense in a pending criminal case. We will refer you to the public defender or a
  Veterans Treatment Court coordinator.
- Cases where the other side is a veteran we already represent.

Last year the clinic closed 1,048 cases and helped veterans recover $2.3 million in
benefits and back pay.

Call the intake line, 612-555-0163, Monday through Thursday, 9-3.
""",
        [],
    ),
    (
        """Subject: Reminder - your hearing is Thursday the 19th

Hi Shauna,

Just a reminder that your hearing in the eviction case with Maple Terrace Apartments is
this Thursday, November 19, at 9:00 a.m. at the Hennepin County Government Center,
Housing Court, courtroom 1659. The file number is on the summons you showed me.

Please bring:
- Your lease and any letters from the landlord
- The receipts for the October and November money orders
- The SSVF approval letter showing we will pay the back rent

I'll meet you at the security line at 8:30. If the landlord's attorney offers a
settlement in the hallway, don't sign anything until we've read it together.

Kim Yarbrough
Housing Stability Specialist, Supportive Services for Veteran Families
612-555-0151
""",
        [],
    ),
    (
        """Subject: Invoice 10472 - Veterans Day programs and posters

Hi Gretchen,

Attached is invoice 10472 for the Veterans Day printing: 2,000 programs (tri-fold, 4-color)
and 150 posters, $3,184.60. Terms net 30.

We've switched banks, so please update our ACH details before you pay:

Prairie Press Printing LLC
Bank: Lakes Country Savings
Routing: 291067221
Account: 736367175645 (business checking)

If your AP system needs a new W-9 I can send that too. Thanks for the work this year.

Ned Schoenfeld
Prairie Press Printing, Wadena
218-555-0193
""",
        [("ABA_ROUTING_NUMBER", "291067221"), ("US_BANK_NUMBER", "736367175645")],
    ),
    (
        """Subject: DD-214 correction request - Darnell Hughes

Hi Paula,

Could you help us push a DD-214 correction for one of our veterans? The Army's copy is
missing his Combat Action Badge, and the Board for Correction of Military Records has been
sitting on it since March.

Veteran: Darnell Hughes
Block 3, SSN: 889-47-0849
Block 12a-b, dates: 2006-03-14 to 2012-09-30
Block 24, character of service: Honorable
Block 28, narrative reason for separation: Disability, Severance Pay, Combat Related
Requested correction: add the Combat Action Badge in Block 13

He served in Kunar Province with the 1st Battalion, 32nd Infantry in 2007.

Thanks,
Reggie Fontaine, CVSO
Blue Earth County Veterans Service Office
507-555-0121
""",
        [("US_SSN", "889-47-0849"), ("health", "")],
    ),
    (
        """Subject: Wreath laying for Sgt. Harlan Tollefson, Medal of Honor - Nov 11

Friends of the Memorial Park,

On Veterans Day at 2:00 p.m. we will lay a wreath at the memorial to Sergeant Harlan
Tollefson of Benson, the only Medal of Honor recipient from Swift County. Sergeant
Tollefson served with Company K, 3rd Battalion, 135th Infantry Regiment, 34th Infantry
Division, and received the Medal for his actions near Monte Cassino in February 1944.

The bronze plaque restored this summer carries his name, his Army serial number
(37 162 584), his unit and the text of the citation. Students from Benson High School will
read the citation aloud.

Refreshments follow at the Swift County Historical Society. All are welcome.

Swift County Veterans Memorial Committee
""",
        [],
    ),
    (
        """Subject: Post 6634 executive committee minutes - Nov 16

VFW POST 6634 - EXECUTIVE COMMITTEE
November 16, 2026, 7:00 p.m., Post canteen

Present: Sr. Vice Commander Ostby (presiding), Jr. Vice Commander Lafferty, Quartermaster
Dufresne, Adjutant Ramstad, Trustees Hagen and Voss, Auxiliary President Reisinger.

Commander's absence: Commander Dale Hanson remains at Kandi Regional Medical Center
after his stroke on November 3. His wife reports he is starting speech and physical therapy and
hopes to come home by Christmas. By the bylaws, Sr. Vice Commander Ostby presides until
the Commander returns. A card was signed and the Post will send a plant.

Quartermaster's report: checking $18,442; gaming account $6,210. Report accepted.

Old business: the new canteen cooler was installed for $3,150.

New business: motion (Lafferty/Hagen) to donate $500 to the Little Falls Veterans Food
Shelf for Thanksgiving. Carried.

Meeting adjourned 8:05 p.m.
Submitted by Gene Ramstad, Adjutant
""",
        [("health", "")],
    ),
    (
        """Subject: Ellen Marsh Scholarship - your application is complete

Dear Kaitlyn,

Thank you for applying to the Ellen Marsh Fallen Heroes Scholarship Fund. Your application
is complete and will go to the selection committee on December 3.

We received everything on the checklist: your transcript from Alexandria Technical and
Community College, the two recommendation letters, your essay, and your father's VA
benefit summary letter confirming his 100% permanent and total service-connected
disability rating, which places you in the dependents' award pool.

Awards are announced by December 18. Good luck on your finals.

Sincerely,
Harriet Lindqvist
Scholarship Chair, Ellen Marsh Fallen Heroes Scholarship Fund
""",
        [("health", "")],
    ),
    (
        """Subject: Post 219 Bugle - December

HAROLD BREKKE AMERICAN LEGION POST 219 - THE BUGLE

COMMANDER'S CORNER
Thanks to everyone who marched or stood at the Veterans Day program. We counted 180
people in the gym, the most since 2019.

SICK CALL
Comrade Arnie Halvorsen is home from Granite Regional Hospital after triple bypass
surgery and would love visitors after the 15th. Auxiliary member Doris Kuehn started dialysis in
November and is at the Melrose unit Monday, Wednesday and Friday. A card would cheer her.
Keep Vern Pohlmann in your thoughts as he starts radiation for his prostate cancer.

COMING UP
Dec 5 - Christmas party, 6 p.m., potluck; Post provides ham
Dec 7 - Pearl Harbor Remembrance, 11:55 a.m., flagpole
Dec 12 - Wreaths Across America at Sauk Centre cemetery, 11 a.m.

Dues for 2027 are $45. Pay at the bar or mail a check to the Adjutant.
""",
        [("health", "")],
    ),
    (
        """Subject: The Dispatch - November 2026 | Minnesota Veterans Service League

THE DISPATCH
Monthly news from the Minnesota Veterans Service League, St. Paul

VETERANS DAY, WEDNESDAY NOVEMBER 11
Our state office closes at noon so staff can attend ceremonies in their home counties.
Governor Annika Strand will lay the wreath at the Court of Honor at 11:00 a.m., and the
34th Infantry Division Band will play. All are welcome; parking is free in Lot Q.

THE NUMBERS, JANUARY THROUGH OCTOBER
County service officers in our network filed 6,214 claims this year, up 9 percent.
PACT Act claims were 1,382 of them. Veterans in the network received $41.7 million in new
retroactive awards. Thank you, CVSOs. That money pays rent and buys groceries in every
county in the state.

FORM CHANGES
VA's updated Form 21-526EZ (revision date April 2026) is now the only version accepted.
Toss your stack of older paper copies and print fresh ones from va.gov.

WINTER HOURS
From December 1 the state office is open 8:00-4:30, Monday through Friday.
Call 651-555-0142 or write to dispatch@mnvsl.org.

You are receiving this because you subscribed at mnvsl.org. Unsubscribe any time.
""",
        [],
    ),
    (
        """Subject: Your order #HG-48213 has shipped

Hello Harold Brekke Post 219,

Good news! Your order has shipped.

Order number: HG-48213
Ship date: December 1, 2026
Carrier: UPS Ground
Tracking number: 1Z8V94E70361452287
Estimated delivery: December 4, 2026

Items:
14 x Honor Guard Jacket, navy, embroidered (Post emblem)
14 x Parade Gloves, white cotton

Payment: card on file
Invoice: INV-2026-77104

Questions? Reply to this email or call Dawn at 800-555-0166 and mention your order
number. Thank you for honoring those who served!

Ceremonial Uniform Supply Co.
""",
        [],
    ),
    (
        """Subject: Honor guard - riflemen needed, week of Nov 30

Guard members, we have four services next week and we're short. Please reply with the
ones you can make.

Mon 11/30, 10:30 a.m. - Walter Brandt, Army, Korea. Miller-Hagen Funeral Home, St. Cloud.
Wed 12/2, 1:00 p.m. - Leonard Fiedler, Navy, Vietnam. Graveside, Oak Hill Cemetery.
Thu 12/3, 11:00 a.m. - Roger Imdieke, Marine Corps. Daniel Funeral Home, Melrose.
Sat 12/5, 2:00 p.m. - Evelyn Staples, Army Nurse Corps. Minnesota State Veterans
Cemetery, Little Falls (committal shelter B).

We need seven rifles and a bugler for each, and a two-person flag fold team. Blank
ammunition is in the gun locker; sign it out with Kray.

Ray Ostendorf, Commander
Stearns County Combined Honor Guard
""",
        [],
    ),
    (
        """Subject: news, and a favor

Hi Nicole,

I need to tell someone outside my family. My genetic test came back last week and I
carry a BRCA1 mutation. My mom had breast cancer at 44, so I wasn't shocked, but it's a
lot. My doctor at the women's clinic is referring me for an MRI, and I have a surgical
consult on December 10 to talk about a preventive mastectomy.

The favor: could you sit with me at the consult? Ron has to work and I don't want to be
the only person in the room asking questions.

Thanks for being my person.
Angela
""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: can't make the Dec meeting

Hi Jan,

I'm going to miss the Auxiliary meeting on the 8th. I'm now the Republican precinct chair
for Sauk Centre Ward 2, and the party's county executive committee meets that night. I
said I'd run the caucus training.

Can somebody save me a piece of whatever Doris bakes?

Marlene Thielen
""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Your hearing loss and tinnitus claim - next steps

Hi Ronald,

Thanks for coming in Thursday with your folder. As we discussed, I filed your claim
for bilateral hearing loss and tinnitus this morning, along with the buddy statement
from Gary Pfannenstein about the howitzer range at Fort Sill.

For your records, VA has the claim under VA file number 257-76-7659. That is your
Social Security number; VA used SSNs as file numbers for veterans who separated when
you did, so don't be surprised to see it on the letters.

What happens next:
- VA will mail you a notice for a hearing exam with a contract examiner. Go to it,
  even if the date is a nuisance. Missing it is the number one reason claims get denied.
- Bring your hearing aids to the exam and tell them about the ringing at night.
- Decision time right now is running about 120 days.

Call me if anything shows up in the mail you don't understand.

Marlys Eckstrom
Veterans Service Officer
Stearns County Veterans Service Office
320-555-0118
""",
        [("health", ""), ("US_SSN", "257-76-7659")],
    ),
    (
        """Subject: New client intake - what we ask, what we don't

Volunteers,

Before the Thanksgiving rush, a reminder about how we do intake.

We ask for: the name of the person picking up, the number of people in the household,
the ZIP code, and whether anyone in the household has served. That's it. The veteran
question is for our grant report; the answer doesn't change what anyone gets.

We don't ask for: photo ID, income, Social Security numbers, discharge papers or proof
of address. If someone offers you their ID, thank them and hand it back. Don't type the
number into the tablet.

If someone mentions an allergy or a diet, you can note "no peanuts" or "gluten-free" in
the diet column so packers can swap items.

Thanks for all you do,
Bonnie Kvale
""",
        [],
    ),
    (
        """Subject: Your HUD-VASH voucher - briefing on December 3

Dear Mr. Kettleson,

Good news: the Twin Cities Regional Housing Authority has approved your HUD-VASH
voucher.

You must attend a voucher briefing before you can start looking for an apartment:

Thursday, December 3, 2026, 1:00 p.m.
TCRHA office, 1450 Harmon Place, 3rd floor
Bring: photo ID, your Social Security card, and proof of income

Your VA case manager, Josie, and I will be there. After the briefing you will have 120
days to find a unit. We have a list of landlords who take vouchers, and we'll help with
the security deposit.

Congratulations. This is a big step.

Kim Yarbrough
Supportive Services for Veteran Families
612-555-0151
""",
        [],
    ),
    (
        """Subject: A reminder about politics at the Post

Comrades,

With the special election for state senate coming in December, a reminder. As a
501(c)(19) veterans' organization, the Post cannot endorse or oppose candidates, and Post
funds, letterhead and the hall sign can't be used for any campaign.

Members are welcome to attend the nonpartisan candidate forum we co-host with the Sauk
Centre Rotary Club on December 2 at 7 p.m. Both candidates have accepted. State
Representative Tom Eckhoff will also speak about his bill to expand the property tax
exclusion for disabled veterans.

Leave the yard signs in the car, please.

Gary Meyer, Commander
Harold Brekke American Legion Post 219
""",
        [],
    ),
    (
        """Subject: Congratulations to the 2026 Fall Scholars

The Ellen Marsh Fallen Heroes Scholarship Fund is proud to announce its fall 2026
scholars. Each receives $2,500 toward tuition for the spring semester.

- Alicia Brenner, Minnesota State University Moorhead, nursing
- Jacob Stordahl, St. Cloud Technical and Community College, diesel technology
- Marisol Fuentes-Lind, University of Minnesota Duluth, civil engineering
- Tobias Nwachukwu, Bemidji State University, criminal justice
- Hannah Rieck, Central Lakes College, agriculture business

The fund was established in 2013 by the family and Army friends of Sergeant Ellen Marsh
of Alexandria. Since then it has awarded $318,000 to 141 students from military and
veteran families.

Awards will be presented at the January 9 luncheon at Alexandria VFW Post 1217.
Donations: marshscholars.org.
""",
        [],
    ),
    (
        """Subject: Childcare and a question about the retreat

Hi Tasha,

I'd love to come to the winter retreat in February, but I need to give you a heads-up:
I'm 30 weeks pregnant, and the baby is due January 26, so I'll have a five-week-old with
me. Is there somewhere quiet I could nurse? My OB says travel is fine by then.

I'll also need childcare for my four-year-old, Mateo, during the Saturday sessions.

Thanks so much,
Yesenia Castro
Army, 2014-2020
""",
        [("health", "")],
    ),
    (
        """Subject: After Tuesday

Dan,

Just wanted to follow up after Tuesday's coffee. It took guts to tell the group about the
nightmares and about sleeping in the recliner so you don't wake up swinging at Karen.
You're not the only one. Half that room has done it.

You mentioned the VA psychiatrist put you on prazosin last month and you weren't sure it
was doing anything. Give it the few weeks she asked for, and tell her straight if it
isn't working. They can adjust the dose.

Call me any time, even at 3 a.m. My number is 320-555-0147.

Larry
Warrior Coffee peer facilitator
""",
        [("health", "")],
    ),
    (
        """Subject: Update on Travis for his mentor

Hi Gordon,

Thanks again for agreeing to mentor Travis through Veterans Treatment Court. Here's the
update you asked for before Thursday's review hearing.

Travis entered the program in September after his third-degree DWI charge; the plea
agreement lets the charge be dismissed if he completes all four phases. He's in Phase 1.
He has made every court date, and his UAs have all been clean. His VA doctor started him
on naltrexone in October, and he is going to AA at the Legion on Monday nights.

What would help most right now is rides. His license is revoked until March, and he's
missing his Thursday counseling when his sister can't drive him.

Judge Ferrante likes to see mentors in the gallery, so come if you can.

Best,
Anita Sorensen
Veterans Treatment Court Coordinator, Seventh Judicial District
""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: Your mom's new EBT PIN

Hi Sheila,

Your mother stopped by the food shelf Tuesday with her replacement EBT card. The old one
went through the wash, she says. She picked a new PIN at the county office and asked me to
send it to you, since you do her grocery run on Saturdays: it's 5256.

Evelyn also took home a Thanksgiving box, so no need to buy a turkey this week.

P.S. Since you're volunteering with us Thursday: the back door keypad is still 8340.

Take care,
Bonnie Kvale
Little Falls Veterans Food Shelf
320-555-0129
""",
        [("PIN", "5256")],
    ),
    (
        """Subject: Training case 3 for new service officers (fictional)

New CVSO class,

Here is practice case 3 for Thursday. This is a fictional training file. Every name and
number in it is made up. Don't search for this veteran.

TRAINING FILE - FICTIONAL
Veteran: "SFC John Q. Sample," Army, 2003-2015
SSN: 987-65-4321 (IRS and SSA reserved test range, not a real number)
Claimed: PTSD, lumbar strain, bilateral hearing loss
Evidence: two deployments, Combat Action Badge, private audiogram from 2019

Your tasks:
1. Which conditions need a nexus opinion, and which are conceded?
2. Which forms would you file, and in what order?
3. Draft the intent to file.

We'll grade it together.
Paula Redwing
Training Coordinator, Minnesota Veterans Service League
""",
        [],
    ),
    (
        """Subject: Delivery notes for Mr. Ostrowski

Hi Kenny,

Thanks for picking up the Ostrowski route from Ed. A few notes:

Mr. Ostrowski is diabetic, so swap out the juice, the canned peaches in syrup and the
pie. We keep a sugar-free box for him on the bottom shelf, marked "O." He also had a
toe amputated last spring and uses a walker, so it takes him a while to get to the door.
Knock and wait.

If he doesn't answer, the key is in the lockbox on the railing, code 3391. Put the cold
things in the fridge and leave a note.

Thanks,
Bonnie
""",
        [("health", "")],
    ),
    (
        """Subject: Expungement petition - please review before Friday

Hi Shane,

Your expungement petition is drafted. Please read the attached copy and call me with
corrections before Friday, when I plan to file it in Benton County District Court.

What the petition covers: your 2012 conviction for misdemeanor theft (the shoplifting
case in Sauk Rapids), for which you completed a year of probation. You've had no new
offenses since, so you're eligible, and the county attorney's office told me they don't
plan to object.

The court form asks for identifying information. I took these from the copy of your
license you gave me. Please check the number carefully:
Minnesota driver's license: H995816745399

The hearing is usually set six to eight weeks out. You'll need to come; it's short.

Imogen Ruiz-Thorsen, Staff Attorney
Northland Veterans Legal Clinic
""",
        [("criminal_history", ""), ("US_DRIVER_LICENSE", "H995816745399")],
    ),
    (
        """Subject: Honor Flight Dec 9 - roster for the TSA and airline

Hi Sue,

Here is the roster with IDs for the Washington trip on December 9, as the airline asked.
Please don't forward it.

Veteran: Arvid Sundberg, Korea, Army
  ID: Minnesota driver's license Q877215003034
  Needs: portable oxygen concentrator (airline approved), wheelchair at all stops
Guardian: his grandson Tyler Sundberg
  ID: North Dakota driver's license MXW923007

Arvid's cardiologist signed the medical form for the concentrator on Monday. His
congestive heart failure is stable, but Tyler has the list of his medications and will
carry the nitroglycerin.

Boarding passes get handed out at the hotel the night before.

Glen Hoiland
Northern Lights Honor Flight, flight coordinator
""",
        [
            ("US_DRIVER_LICENSE", "Q877215003034"),
            ("US_DRIVER_LICENSE", "MXW923007"),
            ("health", ""),
        ],
    ),
    (
        """Subject: Pearl Harbor Remembrance Day - Monday, December 7

All members and friends,

Post 219 will observe National Pearl Harbor Remembrance Day on Monday, December 7, at
the flagpole in Veterans Park. We begin at 11:55 a.m. so that the moment of silence
falls at 12:55 p.m., the hour of the attack in Hawaii.

This year we remember the 2,403 Americans killed that morning, including the 1,177
sailors and Marines lost aboard the USS Arizona. Members of the Sauk Centre High School
band will read the names of the Minnesotans lost that day, and the Post color guard will
present the colors.

Coffee and cookies in the Post lounge afterward.

Gary Meyer, Commander
""",
        [],
    ),
    (
        """Subject: Intake follow-up - Dwayne Bellcourt, unit 2B

Hi Marcus,

Finished Dwayne Bellcourt's intake for the studio at Liberty Commons this afternoon.
Notes for the file before you meet him Monday:

- ID: he doesn't have a state license right now. He is an enrolled member of the Leech Lake
  Band of Ojibwe, and his tribal ID card (No. 9463589) is his photo ID for the lease.
- He is on supervised probation in Cass County through next August for a 2024 DWI. His
  probation officer is Andrea Rainey; he signed a release so we can talk to her.
- He goes to outpatient chemical dependency treatment three evenings a week at the VA
  clinic in Brainerd, so he'll need the bus pass and not a daytime work schedule.
- Income: VA pension, plus he's been doing day labor.

He's been staying in his truck since September. Let's get him in before the cold.

Thanks,
Rosalind Pettibone
Intake Coordinator, Liberty Commons Veterans Housing
218-555-0137
""",
        [
            ("US_STATE_ID", "9463589"),
            ("racial_ethnic_origin", ""),
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        """Subject: Screening summary - unit 3C application

Hi Rosalind,

Here's the screening summary for the 3C applicant. Fair-housing reminder: under our
policy, these results don't disqualify a VASH applicant by themselves.

Applicant: Curtis Bergquist
ID verified: Minnesota ID card J288314756709
Credit score: 558
Negative items:
- Collection, Northland Recovery Services, $1,184, placed 03/2025
- Charge-off, Summit Card Services, $2,410, reported 11/2024
Evictions: none found
Criminal: none found

Recommendation: approve with the standard deposit; the voucher covers most of the rent.

Tom Reding
Property Manager, Liberty Commons
""",
        [
            ("US_STATE_ID", "J288314756709"),
            ("CREDIT_SCORE", "558"),
            ("CREDIT_REPORT", "Collection, Northland Recovery Services, $1,184, placed 03/2025"),
            ("CREDIT_REPORT", "Charge-off, Summit Card Services, $2,410, reported 11/2024"),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_52, "hard52", Path(__file__).with_name("hard-52.jsonl")))
