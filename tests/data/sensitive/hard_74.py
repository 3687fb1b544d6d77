"""Hard set 74 (2026-12-07): an Area Agency on Aging and its partners in December.

Written blind. The author read only: the privacy policy (/work/shared/policy/
privacy-policy.txt, all of it), tests/data/sensitive/independent_sets.py (record format and
checks), scanner/categories.py (category names), the output of
grep -n "line-length" pyproject.toml, the set's conventions and brief under /tmp/mg/set74/
and its prompt. The author did not see the detector, its rules, or any other test set, and
did not run the scanner, make, pytest or any search tool.

What was run: throwaway generator scripts under /tmp/hard74_gen/ (seeded random.Random,
seeds 74120726 and 7412072602); a short python3 one-liner that imported luhn_valid,
aba_valid, iban_valid and ssn_valid from independent_sets.py to confirm that decoy numbers
fail Luhn and that the IBANs pass mod-97; /work/main/.venv/bin/python -m
tests.data.sensitive.hard_74 (until it wrote hard-74.jsonl cleanly); ruff format and ruff
check on this file; git add, git commit and git rev-parse. Slips: none known beyond the
fact that importing the check functions meant executing independent_sets.py (an allowed
file) outside the module run.

Identifiers: card numbers are random bodies with a computed Luhn digit (Visa 4, Mastercard
51-55, Amex 34/37, Discover 6011); routing numbers are random with a valid Federal Reserve
prefix and computed ABA check digit; SSNs are random with area 001-899 (not 666), group and
serial non-zero; the ITIN has a 9 area and a valid group; the German IBAN's check digits
were computed by mod-97; passports, Ohio licence/ID numbers (two letters, six digits),
account numbers, PINs, one-time codes, CVVs, scores and the Twilio-style token were drawn
from the same seeded generators; every value was checked against trivial sequences. Decoy
numbers that look like cards (a furnace serial, a scam-newsletter example) were drawn to fail
Luhn. Phone numbers use 555-01xx (and 1-8xx-555-01xx); people, agencies, banks, utilities,
clinics and vendors in the texts are invented, except public bodies and programmes named as
such (Social Security, Medicare, the BMV, IHS, a county jail) and drug names.

The conventions below are copied verbatim from /tmp/mg/set74/conventions.txt.

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
- Medicare Beneficiary Identifiers are still avoided (the brief's "Medicare numbers" are not
  used, since the label set has no label for them); Medicare Advantage contract numbers and
  Part D plan IDs (H4417-008, S5810-142), HEAP case numbers, ride tickets, job and invoice
  numbers, a UEI and a state contract number are unlabelled identifiers. A utility account
  number (gas, electric) is not a financial account number: not labelled.
- A named person's use of a wheelchair is health (a disability). A route sheet's diet order
  for a named client (renal, diabetic, mechanical soft with thickened liquids) is health; a
  low-sodium menu served to every client is not.
- A ride to a condition-specific service (dialysis, a named infusion drug, hospice) is
  health; a ride to a named doctor at a general medical plaza is a generic appointment: not
  labelled. Ride-programme percentages by destination are aggregate.
- Being a client of a daily money management (bill-payer) programme or of a representative
  payee programme discloses no condition by itself; the masked "checking ending in" on its
  statements is not labelled.
- A caller's invented story of an arrest, which the family confirms is false ("I have never
  been arrested"), discloses no criminal history. A true jail term the scammer knew about
  and used to make the story believable is criminal_history about that grandson.
- Numbers shown as a scam example in a newsletter ("XXX-XX-4417" in a fake letter) belong to
  no person and are not labelled; so is an example password in a class handout and a
  "######" code placeholder.
- Union dues for a retiree chapter on a pension stub are trade_union_membership; a home care
  aide's union dues on the stub her employer family received, with her stated membership,
  are trade_union_membership about her.
- Keeping kosher (and taking kosher meals for that reason) is religious practice:
  religious_belief. Bible study at "her church, where she's been a member since 1971" is
  congregation membership. A Rabbi's candle lighting open to all, a Faith & Film club led by
  a pastor, a concert held in a church and a congregation's gift receipt disclose nothing.
- A precinct captain for a county party, and a payee client's requested donation to a
  named candidate's committee "because he wants her reelected", are political_opinion;
  a legislative breakfast with two sitting legislators is public figures' public positions.
- Enrolled citizenship of a tribal nation is racial_ethnic_origin; the Ethnicity and Race
  boxes on a HUD recertification scan are too, beside the SSN OCR'd with spaces (US_SSN on
  the spaced string as OCR'd).
- A face-match score for a named adult-day pickup, and a finger-scan template hash with a
  match score for a named payee client, are biometric; a touchless check-in announcement
  with a pilot's aggregate verification rate is not.
- A home DNA test's health report giving one APOE4 copy, with "no symptoms and no
  diagnosis", is genetic only; a confirmed Huntington's disease test with CAG repeats and
  chorea is genetic and health.
- Ryan White case management with Biktarvy discloses HIV: health. Leqembi discloses
  Alzheimer's disease: health.
- A one-time code and a checking account number dictated as words in a voicemail
  transcription are ACCESS_CODE and US_BANK_NUMBER on the words as transcribed. A
  my Social Security one-time code and a Medicare.gov text code are ACCESS_CODE; a new EBT
  card PIN is PIN; a building side-door keypad, a porch lockbox, a gate code and a
  community-room door code are not labelled.
- A Twilio auth token in an integration error is API_KEY; the account SID beside it and a
  Stripe publishable key on its own are not labelled.
- A HECM lender's "middle score" is CREDIT_SCORE and the bankruptcy it cites is
  CREDIT_REPORT from "Chapter 13" to the end of the clause (the line break kept); an
  eligibility threshold ("a credit score of 580 or above") belongs to no one.
- A card number a front-desk note breaks over two lines is one CREDIT_CARD value with the
  line break; card numbers in a pasted CSV are labelled per row, with the CVV column's value
  as CVV where present.
- A pet's diabetes, insulin and prescription food are not health; an adult day centre's "if
  your loved one's test comes back positive" reminder is hypothetical; a blank SHIP intake form
  and a training case marked fictional are not labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_74: list[Case] = [
    # 0
    (
        """Subject: Route 7 sub sheet for Tuesday 12/8

Hi Corinne,

Thanks for covering Route 7 while Hank is out. Here's the sheet. 14 hot / 3 frozen.

Stop 1  Ruth Ann Kessler, 118 Orchard Ln - RENAL diet, no added salt, diabetic dessert
Stop 2  Harold Greer, 22 Mill St - mechanical soft, thickened liquids (stroke in Sept,
        swallowing still weak). Lockbox on the porch rail is 2719 if he doesn't answer.
Stop 3  Bea & Lou Tomczak, 40 Mill St - 2 regular, big dog in back, use the front door
Stop 4  Vernon Akers, 9 Quarry Rd - regular, leave on the bench
Stop 5  Ida Marsh, 311 Ridge Ave - diabetic, low sugar, she likes to chat
Stop 6  Clement Ostrowski, 311 Ridge Ave Apt 2 - regular + frozen for the weekend
Stop 7  Pearl Vance, 14 Fulton St - regular. Ring twice, she's slow to the door
Stop 8  Louis Beaudry, 60 Fulton St - renal, no added salt (on dialysis MWF, so he
        may not be home till 11 - leave it in the cooler box on the porch)
Stop 9  Gladys Imhoff, 2 Church Rd - regular, extra milk
Stop 10 Nettie & Walt Sorensen, 8 Church Rd - 2 regular, 1 frozen
Stop 11 Frank Dobos, 73 Church Rd - regular, ignore the sign about the dog (no dog)
Stop 12 Alma Trent, 5 Kiln Rd - pureed (after her throat cancer surgery), 2 nutrition
        shakes from the box in the van
Stop 13 Roy Pflum, 19 Kiln Rd - frozen only, no hot this week

Hank's mileage log is in the glove box. If anyone on the route doesn't answer and you
can't see them through the window, call me before you leave the stop - don't just go on.

Route 7 cooler goes back to the Eastgate kitchen by 1:00.

Dana Pruitt
Route Coordinator, Millbrook Meals on Wheels
(740) 555-0112
""",
        [("health", "")],
    ),
    # 1
    (
        """Subject: SHIP Notes - last call for Medicare Open Enrollment (ends Dec 7)

Dear friends,

Medicare Open Enrollment ends Monday, December 7. If you have not compared plans yet, our
volunteer counsellors have a few slots left at Eastgate Senior Center and by phone.

Plans people are asking about this year:
  - Valley Care Advantage (HMO), contract H4417-008: $0 premium, new dental allowance
  - Buckeye Senior Choice (PPO), H3923-011: $38 premium, larger network
  - Part D: Keystone Rx Basic, S5810-142: tier 1 generics (metformin, lisinopril,
    atorvastatin) at $0; tier 3 preferred brands at $47

What changed for 2027:
  - The Part D out-of-pocket cap is now $2,100 for covered drugs.
  - The Medicare Prescription Payment Plan lets you spread drug costs over the year.
  - Two local Advantage plans are leaving the county (H5521-014 and H5521-020); members
    got a letter in October and have a special enrollment period until the end of February.
  - Extra Help income limits went up; if you get Medicaid or a Medicare Savings Program,
    you already have Extra Help.

Questions we hear every year:
  Q: Do I have to do anything if I'm happy with my plan?
  A: No, it renews. But check that your drugs and doctors are still covered.
  Q: Will a counsellor tell me which plan to pick?
  A: We show you the costs side by side; the choice is yours.

Bring your red-white-and-blue Medicare card, a list of your prescriptions and your
pharmacy's name. We never sell plans and we never ask for your bank information.

Call (740) 555-0131 to book.

Millbrook Valley Area Agency on Aging
SHIP - Medicare Counselling
""",
        [],
    ),
    # 2
    (
        """Subject: Your Extra Help application was submitted

Dear Mrs. Lindqvist,

It was nice to meet you at the Benefits Check-Up clinic on Wednesday. As promised, here is
what we sent to Social Security for your Extra Help (Low-Income Subsidy) application:

  Name: Margit E. Lindqvist
  Social Security number: 272-63-9913
  Household: 1
  Monthly income: $1,412 (Social Security)
  Resources: checking and savings, about $6,800 together

You should get a letter from Social Security in about three weeks. If they ask for a bank
statement, bring it to us and we will copy it for you.

Warmly,
Amir Haddad
Benefits Counsellor, Millbrook Valley AAA
(740) 555-0127
""",
        [("US_SSN", "272-63-9913")],
    ),
    # 3
    (
        """Subject: Route 12 - Thursday changes

Drivers,

Route 12 is up to 19 meals (16 hot, 3 frozen). Changes for Thursday 12/10:

  #4  Pettibone - new address 77 Sycamore, gate code #4812, park on the street
  #9  Renner - cancelled this week (visiting her daughter in Dayton)
  #15 Mrs. Oduya - knock loud, TV is on
  #18 Kraus - leave with the neighbour at #20 if no answer

Reminder: the December menu is low-sodium for every client on every route, per the
dietitian's new menu cycle, so don't let anyone tell you they got the "wrong" meal.

Thanks for everything you do,
Dana
(740) 555-0112
""",
        [],
    ),
    # 4
    (
        """Subject: Dad's bank login for the bill-payer volunteer

Hi Ms. Abeyta,

Thank you for matching Dad with a volunteer bill-payer. Since the Alzheimer's diagnosis in
the spring he can't keep track of the bills, and I'm four hours away in Cincinnati.

Here is what Gene will need to get into his online banking at Peoples Valley Bank:
  Username: hgreer47
  Password: Buckeye!Tractor19
  Security question (first pet): Rusty

The electric, gas and water are the main ones. Please have Gene call me at (513) 555-0184
before paying anything over $200.

Thank you so much,
Carla Greer-Watts
""",
        [("PASSWORD", "Buckeye!Tractor19"), ("PASSWORD", "Rusty"), ("health", "")],
    ),
    # 5
    (
        """Subject: The Twelve Scams of Christmas - Millbrook ScamWatch newsletter

Scam #3: "Your card has been locked"
You get a text that looks like this:

    ALERT: Card 4800 9077 4250 7182 suspended. Reply with your full card number
    and the 3 digits on the back to restore access.

That number is made up for this newsletter, and your bank will NEVER ask you to text your
card number or security code. Call the number on the back of your own card instead.

Scam #4: "Medicare is sending new cards"
Medicare does not call to "update" your card. Hang up.

Scam #5: The grandchild in trouble
A caller says your grandson is in jail and needs bail money in gift cards. Call your
grandson or his parents on a number you already have.

Questions? ScamWatch Line (740) 555-0150, weekdays 9-4.
""",
        [],
    ),
    # 6
    (
        """Subject: ScamWatch intake - Mrs. Delphine Archer (card given to caller)

Rosa Delgado, ScamWatch advocate, 12/2/26, 10:40 am

Caller's daughter, Renee Archer, on the line with her mother. Mrs. Archer (84) got a call
yesterday from a man saying he was from "Medicare card replacement". She read him her Visa
card, 4868 4374 9312 3928, exp 04/29, and the three numbers on the back, 624. Daughter
says her mom was diagnosed with mild cognitive impairment last year and gets confused on
the phone.

Steps taken:
 - Helped Renee call the bank's fraud line; card cancelled, two charges disputed.
 - Reported to the FTC.
 - Mailed our "Hang up on Medicare callers" card.

Follow-up call Monday.
""",
        [("CREDIT_CARD", "4868 4374 9312 3928"), ("CVV", "624"), ("health", "")],
    ),
    # 7
    (
        """Subject: New payee account - Ernest Pohl

Hi Janelle,

SSA approved us as representative payee for Ernest Pohl. Please set up the direct deposit
change (form SSA-1199) with the new payee account:

  Account title: Valley Money Management Program FBO Ernest Pohl
  Bank: Ohio Heritage Savings
  Routing: 045615340
  Account: 526691722

His first deposit to us should be the January 3 payment. The old joint account with his
nephew will be closed once that comes through.

Ted Larkin
Case Manager, Valley Money Management Program
(740) 555-0163
""",
        [("ABA_ROUTING_NUMBER", "045615340"), ("US_BANK_NUMBER", "526691722")],
    ),
    # 8
    (
        """Subject: Your November statement from the Daily Money Management program

Dear Mr. Whitcomb,

Here is your November summary. Your Social Security payment of $1,288.00 was deposited to
your checking account ending in 6552 on November 3.

Paid for you this month:
  Linden Court rent ............ $412.00
  Valley Electric Co-op ........ $  96.41
  Midvale Cable (phone/TV) ..... $  88.17
  Pocket money (4 weeks) ....... $240.00

Balance after bills: $451.42. Your volunteer, Gene, will bring the receipts on his visit.

Valley Money Management Program
(740) 555-0163
""",
        [],
    ),
    # 9
    (
        """Subject: Incident report - Walter this afternoon

Dear Mrs. Szabo,

I'm writing to follow up on my phone call. Walter lost his balance getting up from the
lunch table around 12:45 and sat down hard on the floor. He did not hit his head, and our
nurse, Keisha, checked him over: no pain in his hips, a small bruise on his left elbow.

Because of his Parkinson's we had already given his carbidopa-levodopa at noon, and Keisha
thinks he stood up before it had kicked in. We'll walk with him after lunch from now on.

The incident form is attached for your records.

Marcus Whitfield
Director, Cedar Hollow Adult Day Center
(740) 555-0140
""",
        [("health", "")],
    ),
    # 10
    (
        """Subject: Cedar Hollow News - December

Hello Cedar Hollow families,

December at the center:
  * Dec 9: music therapy with the Valley Strings duo
  * Dec 14-18: Memory Cafe holiday crafts (caregivers welcome to stay)
  * Dec 22: cookie exchange - please label anything with nuts

A reminder from our nurse: any medication brought from home must come in its original
pharmacy bottle with the label attached, and we need a signed medication form on file.

We close at 1:00 on December 24 and reopen December 28.

Marcus Whitfield, Director
Cedar Hollow Adult Day Center, (740) 555-0140
""",
        [],
    ),
    # 11
    (
        """Subject: Niagara Festival of Lights - rooming list and passports

Hi Brenda,

Here is the rooming list for our Eastgate group (Dec 15-17) with the passport numbers the
hotel on the Canadian side asked for:

  Room 1: Dolores Fenn, passport 746665863 / Arthur Fenn, passport G57631358
  Room 2: June Palko / Marian Holt (passport cards, numbers to follow)
  Room 3: Elsie Stroud (single)

Arthur uses a wheelchair, so please make sure Room 1 is the accessible room with the
roll-in shower, and that the coach has the lift.

Thanks!
Pam Okonkwo
Trips & Activities, Eastgate Senior Center
(740) 555-0145
""",
        [("US_PASSPORT", "746665863"), ("US_PASSPORT", "G57631358"), ("health", "")],
    ),
    # 12
    (
        """Subject: Eastgate Senior Center - January class schedule

Happy New Year from Eastgate! Classes start January 4.

MONDAY     9:30  Chair Yoga (Studio B)
           1:00  Tai Chi for Arthritis
TUESDAY   10:00  Healthy Living with Diabetes workshop (6 weeks, open to all)
           2:00  Faith & Film club - "It's a Wonderful Life"
WEDNESDAY  9:30  A Matter of Balance (fall prevention)
           1:00  Smartphone basics
THURSDAY  10:00  Line dancing
FRIDAY    12:00  Bingo at the Labor Temple annex while our hall floor is refinished

All classes are free for members. Sign up at the front desk or call (740) 555-0145.
""",
        [],
    ),
    # 13
    (
        """Subject: Welcome to Ride Neighbors - you're cleared to drive

Hi Martin,

Good news: your volunteer driver application is complete.

  - Ohio driver's license GO520026 checked with the BMV: valid, no points
  - Insurance card on file (expires 06/2027)
  - Fingerprints taken at the Sheriff's office on 11/19 for the BCI/FBI check:
    no records found

Your orientation is Thursday at 10:00 at the AAA office. After that I'll start sending you
ride requests for the east side of the county.

Wes Brandt
Volunteer Driver Scheduler, Ride Neighbors
(740) 555-0158
""",
        [("US_DRIVER_LICENSE", "GO520026")],
    ),
    # 14
    (
        """Subject: Ride request - Friday 12/11
Sue, can you take Mrs. Albright Friday? 9:15 pickup at 604 Linden Ct 2B for her 10:00 with
Dr. Okafor, Riverside Medical Plaza Suite 210, about an hour. Ticket RN-20481. - Wes""",
        [],
    ),
    # 15
    (
        """Subject: Standing rides for Ray Mendoza starting Monday

Hi Bob and Lena,

Ray Mendoza starts dialysis on Monday at Valley Kidney Center on Route 33, three days a
week. Chair time is 6:45 am, so pickup at 6:15 at 12 Cobb St. He'll be tired going home
around 10:30.

  Mon - Bob
  Wed - Lena
  Fri - Bob

Tickets RN-20502 through RN-20504. Thank you both!

Wes Brandt, Ride Neighbors
(740) 555-0158
""",
        [("health", "")],
    ),
    # 16
    (
        """Subject: Ombudsman visit - Maple Terrace, Room 214

Nora Fitzgerald, Regional LTC Ombudsman - visit notes, 12/3

Resident: Mr. Clifford Haney, Room 214. Complainant: daughter, Pat Haney-Burke.

Pat reports her father has developed a stage 3 pressure injury on his right heel since
October and that repositioning is not being done every two hours at night. I saw the
dressing (dated 12/1, not changed since) and the heel boot was not on.

Met with the DON. Plan: wound nurse consult this week, turning schedule posted at the
bedside, family care conference Dec 10 at 2:00. I will revisit on Dec 8.
""",
        [("health", "")],
    ),
    # 17
    (
        """Subject: Fwd: Fair housing complaint - Linden Court Apt 3C

Amir - forwarding the form Mrs. Trammell filled out in the office today so your fair
housing advocate can call her. Please let me know who is assigned.
Sharon Veit, Manager, Linden Court Apartments

---------- Complaint form ----------
Complainant: Odessa Trammell, Apt 3C
Phone: (740) 555-0176
Race: Black or African American
Basis of complaint (check all): [x] Race  [ ] Disability  [ ] Familial status
Describe what happened: Residents from the 2nd floor tell me I can't sit in the community
room in the evenings "with my friends" and the night attendant backed them up.
Date(s): November 20 and December 1
""",
        [("racial_ethnic_origin", "")],
    ),
    # 18
    (
        """Subject: Ombudsman program - 2026 year in numbers

Board members,

Ahead of Thursday's meeting, the Long-Term Care Ombudsman program's 2026 numbers:

  Facilities covered: 23 nursing homes, 41 assisted living
  Complaints opened: 412 (up 9%)
    - care (pressure injuries, falls, medications): 31%
    - dignity and respect: 18%
    - discharge and eviction: 14%
    - food and dietary: 9%
  Resolved to the resident's satisfaction: 77%

Volunteer ombudsmen: 12, who made 1,960 visits.

Nora Fitzgerald, Regional Long-Term Care Ombudsman
""",
        [],
    ),
    # 19
    (
        """Subject: Mom is on hospice now

Hi Lorraine,

I wanted to let the caregiver group know I won't be there on Thursday. Mom (Irene) came
home from Riverside on Monday and started hospice with Riverbend Hospice. The cancer has spread to
her liver and they're keeping her comfortable.

She's been a member of St. Casimir parish her whole life and has asked for Father Nowak to
come and give her the anointing, which he did yesterday. It meant a lot to her.

Thank you for the respite hours last month. I'll be in touch.
Theresa Bialik
""",
        [("health", ""), ("religious_belief", "")],
    ),
    # 20
    (
        """Subject: Pre-need worksheet for Dad

Mr. Hostetler,

Here is the information you asked for so we can finish Dad's pre-need arrangements before
my brother and I go back home:

  Full name: Walter Eugene Brandt
  Date of birth: 3/14/1938
  Social Security number: 276-20-6153
  Veteran: yes, Army 1958-1960 (DD-214 attached)
  Religion: Lutheran (ELCA). Dad has been a member of Zion Lutheran on Church Street for
  over fifty years and wants the service there, with Pastor Miller.

The caregiver program at the AAA said you could also bill the burial insurance directly.

Thank you,
Karen Brandt Ostrowski
""",
        [("US_SSN", "276-20-6153"), ("religious_belief", "")],
    ),
    # 21
    (
        """Subject: Survivor benefit appointment for Judith Amsel

Judith,

I've booked your survivor benefit appointment with Social Security for December 14 at 1:30
(by phone, they'll call you). Please have these near the phone:

  - Carol's death certificate (you have two certified copies)
  - your marriage certificate from 2015
  - Carol's Social Security number, 551-67-3293
  - your own Social Security card

Because you and Carol were married more than nine months, you should qualify for the
survivor benefit on her record. I'm so sorry again about your wife; I know March feels like
yesterday.

Amir Haddad, Benefits Counsellor
(740) 555-0127
""",
        [("US_SSN", "551-67-3293"), ("sexual_orientation", "")],
    ),
    # 22
    (
        """Subject: Rainbow Elders holiday lunch - Dec 16

Hello everyone,

Rainbow Elders, Eastgate's social group for LGBTQ+ older adults and friends, is having its
holiday lunch on Wednesday, December 16, at noon in the Garden Room. Ham or vegetarian
lasagna; RSVP to the front desk by the 11th.

Everyone is welcome - you don't need to be LGBTQ+ to come, and you don't need to tell us
anything about yourself.

Pam Okonkwo, Eastgate Senior Center
(740) 555-0145
""",
        [],
    ),
    # 23
    (
        """Subject: ScamWatch - Mrs. Hobart, gift cards

Rosa Delgado, 12/4

Mrs. Evelyn Hobart (79) bought $2,000 in gift cards on Tuesday after a caller said he was
her grandson Tyler and needed bail after a DUI. What made her believe him: the caller knew
that Tyler had done four months in the Licking County jail last year, and that he'd "been
doing so well since." Her daughter thinks the scammer found the old court news online.

Tyler is fine and at work. Gift card company contacted; $600 still unspent and frozen.
Police report made with Millbrook PD. Will call Mrs. Hobart Friday.
""",
        [("criminal_history", "")],
    ),
    # 24
    (
        """Subject: Thank you for helping my grandmother

Dear Ms. Delgado,

Thank you for calling Grandma back so fast last night. The man on the phone told her he
was me, that I'd been arrested after a car accident in Florida and needed $3,500 for a
lawyer. I was in my dorm at Ohio University the whole time, and I have never been arrested
for anything. She didn't send any money, thanks to you.

We put your number on her fridge.

Josh Kettering
""",
        [],
    ),
    # 25
    (
        """Subject: Safe at Home work order - Mrs. Vukovich, 88 Birch Lane

Gil,

Please schedule the crew for next week at Anna Vukovich's house. She had her left hip
replaced in October and her PT wants:
  - two grab bars by the toilet and one in the tub
  - a second stair rail to the basement (laundry is down there)
  - raised toilet seat

She also has macular degeneration, so swap the hallway and stair bulbs for the brightest
LEDs we carry and add the lighted switch plates.

Job S26-0388. No charge to her; it's covered by the Title III-B grant.

Sandy Moreau, Care Coordinator
""",
        [("health", "")],
    ),
    # 26
    (
        """Subject: Weatherization job W26-0417 closed out

Gil,

Job W26-0417 (Sutter, 15 Quarry Rd) is done and passed the final inspection.

  Furnace: Goodman 96% AFUE, serial 5823 8826 6831 6084
  Attic insulation: R-49 blown cellulose
  Air sealing: 2,150 CFM50 before / 1,310 after
  Invoice #4471-B to the HWAP grant: $8,942.60

Photos are in the shared drive. Mr. Sutter asked that the crew call before coming back for
the CO detector check.

Denny Walsh, Crew Lead
""",
        [],
    ),
    # 27
    (
        """Subject: HEAP winter crisis application - Mr. Oyelaran

Hi Kim,

Sending the winter crisis (HEAP) packet for Mr. Samuel Oyelaran. He had a disconnect
notice from Tri-County Gas. Copies attached:

  - Ohio ID card NW721652 (he doesn't drive anymore)
  - Social Security award letter for 2026 ($1,104/month)
  - Tri-County Gas bill, account 1708 5520 0391
  - signed HEAP application

He can be reached at (740) 555-0168. He's home every day.

Amir Haddad, Benefits Check-Up Clinic
""",
        [("US_STATE_ID", "NW721652")],
    ),
    # 28
    (
        """Subject: Reminder: your HEAP appointment on December 9

Dear Mrs. Castellano,

This is a reminder of your HEAP appointment on Wednesday, December 9, at 11:00 at the
Benefits Check-Up Clinic. Please bring:

  - your most recent Valley Electric Co-op bill (account number 110 482 935 7)
  - proof of income for the last 30 days
  - a photo ID

Your HEAP case number is HP-2026-118806. If you need a ride, call Ride Neighbors at
(740) 555-0158.

Millbrook Valley AAA
""",
        [],
    ),
    # 29
    (
        """Subject: Tax-Aide: Mr. Tran's ITIN renewal

Hi Mrs. Tran,

Thank you for bringing your husband's papers on Tuesday. His ITIN, 965-61-0862, expired
because it was not used on a return for three years, so we need to renew it before we file
your 2026 joint return.

I filled in the W-7 for Minh. We will need his passport original at the appointment, and
our certifying volunteer will copy it and give it right back.

Next appointment: January 12, 10:00, Eastgate Senior Center, Room 4.

Diane Fuchs
Volunteer, Tax-Aide site at Eastgate
""",
        [("US_ITIN", "965-61-0862")],
    ),
    # 30
    (
        """Subject: Extra Help - counting Mrs. Brandauer's German pension

Hi Amir,

Quick question before I send Gisela Brandauer's Extra Help application. Besides Social
Security she gets a small widow's pension from the Deutsche Rentenversicherung, paid every
month into her old account in Germany:

  IBAN DE87 4997 5649 9648 5221 58
  about EUR 214 a month

Do we count the account balance as a resource too? She says it's under EUR 1,000.

Thanks,
Ilse Carver, SHIP volunteer
""",
        [("IBAN_CODE", "DE87 4997 5649 9648 5221 58")],
    ),
    # 31
    (
        """Subject: Screening result - application for Apt 1F

Hi Sharon,

Here's the summary from the screening service for the Apt 1F applicant, Mr. Delbert Yost.

  Credit score: 544
  Negative items:
  - Collection account: Valley Electric Co-op, $412, placed 03/2025
  - Late payment: Lakeview Bank card, 60 days late, 08/2024
  Evictions: none found
  Criminal: none found

Under our tenant selection plan a score under 580 needs a mitigating-circumstances letter,
so I've mailed him the form.

Lydia Pham, Leasing, Linden Court Apartments
""",
        [
            ("CREDIT_SCORE", "544"),
            ("CREDIT_REPORT", "Collection account: Valley Electric Co-op, $412, placed 03/2025"),
            ("CREDIT_REPORT", "Late payment: Lakeview Bank card, 60 days late, 08/2024"),
        ],
    ),
    # 32
    (
        """Subject: Your reverse mortgage counselling follow-up

Dear Mr. and Mrs. Dunlevy,

Thank you for completing HECM counselling with us. As we discussed, the lender's financial
assessment pulled a tri-merge credit report. Your middle score came back at 691, and the
only item the underwriter asked about was the Chapter 13 bankruptcy, filed 2018 and
discharged in 2023.

A short letter of explanation from you should be enough for the underwriter. Your
counselling certificate is attached; it's good for 180 days.

Regards,
Felicia Grant, HUD-approved housing counsellor
Millbrook Valley AAA, (740) 555-0135
""",
        [
            ("CREDIT_SCORE", "691"),
            ("CREDIT_REPORT", "Chapter 13 bankruptcy, filed 2018 and\ndischarged in 2023"),
        ],
    ),
    # 33
    (
        """Subject: Telephone reassurance calls failed overnight (Twilio 20003)

Hi Paul,

The automated morning check-in calls didn't go out today; 143 clients didn't get their
call. The log shows the Twilio credentials in the config were rejected after last week's
server move:

  TWILIO_ACCOUNT_SID=AC1d61971d6cb0a438143902d9a5b63f49
  TWILIO_AUTH_TOKEN=c742da5dd8210c4233c76834ec7b7694
  error 20003: Authenticate

Can you check whether the token was rotated? Volunteers are making the calls by hand until
it's fixed.

Kevin Ames, IT, Millbrook Valley AAA
""",
        [("API_KEY", "c742da5dd8210c4233c76834ec7b7694")],
    ),
    # 34
    (
        """Subject: Donate page back up

All,

The online donation page is working again. For the record, the page uses the publishable
key only:

  STRIPE_PUBLISHABLE_KEY=pk_live_izQQPfh6cWiNY0olwnz2XLUMqsTLaPhK

The secret key was rotated and is in the password vault, not in email. If anyone sees a
"payment failed" complaint from a donor, forward it to me.

Kevin Ames, IT
""",
        [],
    ),
    # 35
    (
        """Subject: ScamWatch - Mr. Faulkner, my Social Security takeover

Rosa Delgado, 12/7

Mr. Leroy Faulkner (81) called: a woman said she was from Social Security and was
"protecting his benefits". While on the phone he got a text and read the code to her:
"Your my Social Security one-time security code is 274087." She then changed his direct
deposit. We called SSA with him; the change is blocked and his December payment will go to
his own bank. Helped him set up a new password with his granddaughter present.
""",
        [("ACCESS_CODE", "274087")],
    ),
    # 36
    (
        """Subject: Re: volunteer shopper for Mom

Yes, Deb can shop for Mom on Fridays. Her debit card PIN is 1557 (she forgets it at the
register); side door keypad is 4090 if the desk is closed. Thanks! Nadine Pollard
""",
        [("PIN", "1557")],
    ),
    # 37
    (
        """Subject: Voicemail from (740) 555-0193

Voicemail transcription (ScamWatch Line, received 12/8 7:52 PM):

"Hi, this is Opal Greene, I'm calling because, um, a man from the bank called me tonight
and said there was fraud. He had me read him the code they texted me,
seven zero zero six two one, and my checking account number, which is
six four one six five three six nine, and now I'm worried I did something wrong. My number
is 555-0193. Thank you."
""",
        [
            ("ACCESS_CODE", "seven zero zero six two one"),
            ("US_BANK_NUMBER", "six four one six five three six nine"),
        ],
    ),
    # 38
    (
        """Subject: What a fake Social Security letter looks like

From this month's ScamWatch column:

Scammers now mail letters that look official. One a reader brought us said:

    "NOTICE OF SUSPENSION. Your Social Security number XXX-XX-4417 has been
    suspended due to suspicious activity. Call 1-888-555-0104 within 24 hours."

The number is fake and the letter was sent to hundreds of people. Social Security does not
suspend numbers. Tear it up, or bring it to us and we'll report it.

Millbrook ScamWatch, (740) 555-0150
""",
        [],
    ),
    # 39
    (
        """Subject: Brain health class?

Hi Lorraine,

I've been going to the caregiver group since Dad passed, and I had a question for myself
this time. My home DNA test's health report came back last week saying I have one copy of the
APOE4 variant. I have no symptoms and no diagnosis - the report just says my risk is
higher than average.

Is the "Brain Health for Life" class in January something I could join, or is it only for
caregivers?

Thanks,
Marguerite Lowell
""",
        [("genetic", "")],
    ),
    # 40
    (
        """Subject: Pickup check failed at 3:05 - Lillian Moss

Marcus,

Flag from the front desk tablet this afternoon:

  Participant: Lillian Moss
  Pickup: Dennis Moss (son, authorized)
  Face match to enrolled photo: 0.915 (threshold 0.950) - NOT VERIFIED
  Override: staff ID check, Ohio license shown, released 3:09

Second time this week the match has come in low for Dennis since he grew the beard. Should
we re-enroll his photo?

Keisha Dorsey, RN
Cedar Hollow Adult Day Center
""",
        [("biometric", "")],
    ),
    # 41
    (
        """Subject: New touchless check-in at Cedar Hollow

Dear families,

Starting January 4, authorized pickups can check in with the face check-in tablet by the
front door instead of signing the paper log. It is optional: if you'd rather not enroll,
show your ID to staff as you do now.

During the three-month pilot the tablet verified 96% of pickups on the first try. Photos
and face templates stay on the tablet, are never shared, and are deleted within 30 days
after you stop being an authorized pickup. A consent form is attached.

Marcus Whitfield, Director
""",
        [],
    ),
    # 42
    (
        """Subject: Early vote ride for Dad

Hi Wes,

Could a Ride Neighbors driver take my father, Frank Liberatore, to the Board of Elections
to vote early for the February school levy? Any weekday morning works.

He'll want to chat the whole way - he's been a precinct captain for the county Democratic
Party for over thirty years and still knocks doors for them every fall.

He lives at 55 Hawthorne, (740) 555-0189.

Thanks,
Gina Liberatore
""",
        [("political_opinion", "")],
    ),
    # 43
    (
        """Subject: Legislative breakfast - Dec 11

Join us Friday, December 11, 8:00 am at Eastgate Senior Center for our annual Legislative
Breakfast. State Representative Marla Ayers (R) and State Senator Tom Keefe (D) will talk
about senior property-tax relief and the Passport waiver waiting list, then take questions.

Coffee and pastries from the Eastgate kitchen. Free, all are welcome. Seating is limited;
RSVP to (740) 555-0101.

Millbrook Valley Area Agency on Aging
""",
        [],
    ),
    # 44
    (
        """Subject: Notes from Mr. Kowalczyk's Extra Help appointment

Amir,

Went through Stan Kowalczyk's paperwork with him today. His monthly pension stub from the
steelworkers' plan shows:

  Gross pension ............................ $1,142.00
  Medical premium (retiree plan) ........... $  86.50
  Steelworkers Local 7714 retiree chapter dues  $   6.00
  Net deposit to checking ending 7094 ...... $1,049.50

His biggest cost is his COPD inhaler, Trelegy, at $112 a month in the Part D coverage gap.
With Extra Help that should drop to a few dollars. I'll file online tomorrow.

Ilse Carver, SHIP volunteer
""",
        [("trade_union_membership", ""), ("health", "")],
    ),
    # 45
    (
        """Subject: Caregiver group meets at the Carpenters Hall in January

Hello caregivers,

While the Eastgate building has its roof replaced, our Thursday caregiver support group
will meet at the Carpenters Union Hall, 410 Front Street, from January 7 through January
28. Free parking in the back lot. Respite care is available at Cedar Hollow during the
meeting; call (740) 555-0140 to reserve a spot.

Lorraine Abeyta
Family Caregiver Support Program
""",
        [],
    ),
    # 46
    (
        """Subject: Representative payee referral - Leon Hatcher

Ted,

Referral for the rep payee program. Leon Hatcher, 58, was released from Hocking Ridge Correctional
in August after eleven years and is on parole (PO: Agent Danner, (740) 555-0171). His SSI
was reinstated last month and SSA wants a payee because he's never had a bank account.

  SSN: 387-02-8791
  Address: Second Chance House, 19 Vine St

He's motivated and wants to work toward managing his own money. Can you meet him next week?

Brianna Cole, Reentry Coordinator
""",
        [("criminal_history", ""), ("US_SSN", "387-02-8791")],
    ),
    # 47
    (
        """Subject: APS referral follow-up - Mrs. Yoder's checks

Hello Detective Marsh,

Following up on the Adult Protective Services referral for Mrs. Martha Yoder (87). Her son
Darren was arrested in September and charged with theft from an elderly person for the
checks he wrote on her account; he is out on bond and, per Mrs. Yoder, came by the house
on Sunday.

The bank has agreed to put a hold on the account if you request it:
  First Farmers Bank, checking 370238572

Please call me if you need her statements.

Rosa Delgado, Elder Abuse Advocate, (740) 555-0150
""",
        [("criminal_history", ""), ("US_BANK_NUMBER", "370238572")],
    ),
    # 48
    (
        """Subject: Court date for Apt 4A

Ms. Veit,

This confirms that the eviction hearing for Apartment 4A (Franklin Dowd) is set for
December 15 at 9:00 in Millbrook Municipal Court, housing docket, case 2026 CVG 004812.
The AAA's legal aid partner will attend with Mr. Dowd to ask for a payment plan.

Please bring the ledger and the 3-day notice.

Harriet Lund, Staff Attorney, Valley Legal Aid for Seniors
""",
        [],
    ),
    # 49
    (
        """Subject: Respite hours?

Hi Lorraine,

My name is Gary Pelletier. I'm caring for my husband, Phil, at home - he was diagnosed with
ALS two years ago and now needs help with everything. Our son comes on weekends but I
haven't had a weekday afternoon to myself since summer.

A neighbour told me your program pays for respite hours. How do we apply?

Gary
(740) 555-0124
""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    # 50
    (
        """Subject: IHS question for Mrs. Birdsong

Hi Felicia,

I met with Leota Birdsong at the clinic this morning. She is an enrolled citizen of the
Cherokee Nation and moved here from Tahlequah to be near her son. She wanted to know
whether she can still use Indian Health Service or Cherokee Nation Health Services for
anything while she lives in Ohio, or whether Medicare is her only option now.

Do you know who at the state handles this? I told her I'd call her back by Friday.

Amir Haddad, Benefits Counsellor
""",
        [("racial_ethnic_origin", "")],
    ),
    # 51
    (
        """Subject: Concern - Mr. Hollis, Route 3

Dana,

I'm worried about Mr. Hollis on Route 3. Today he didn't know what day it was and thought
I was his brother. The kitchen smelled of gas from a burner left on low (I turned it off),
and his pill box was spilled on the floor - I could see his Seroquel and donepezil bottles
on the counter, both nearly full, so I don't think he's taking them.

He ate some of the meal while I was there. Can somebody from the caregiver program or APS
check on him today?

Mike Trumbull, volunteer driver, Route 3
(740) 555-0186
""",
        [("health", "")],
    ),
    # 52
    (
        """Subject: Thank you, drivers! 2026 by the numbers

Dear Meals on Wheels volunteers,

What a year. Together you delivered 38,412 meals on 19 routes to 604 neighbours. 61% of
the people we served were on a therapeutic diet (diabetic, renal or mechanical soft), and
for 1 in 3 of them, you were the only visitor that day.

Please join us for the volunteer holiday party on December 18, 4:00-6:00, at the Eastgate
kitchen. Spouses welcome.

Dana Pruitt and the Millbrook Meals on Wheels team
""",
        [],
    ),
    # 53
    (
        """Subject: code from Medicare.gov
Ilse - Mom's Medicare.gov text code is 535040, she's next to me, go ahead and log in to
check her Part D plan (letter says S5810-142). Debbie Raines""",
        [("ACCESS_CODE", "535040")],
    ),
    # 54
    (
        """Subject: Auto-pay for Mom's rent (Apt 2D)

Hi Sharon,

Mom (Rosalind Fairbanks, Apt 2D) would like her rent to come out automatically on the
first of the month, starting January. Here's her checking account:

  Routing number: 281358089
  Account number: 91515411
  Name on account: Rosalind J. Fairbanks

I've signed the authorization form as her power of attorney and left it in your drop box.

Thank you,
Mark Fairbanks
""",
        [("ABA_ROUTING_NUMBER", "281358089"), ("US_BANK_NUMBER", "91515411")],
    ),
    # 55
    (
        """Subject: phone payment - holiday luncheon tickets

Sharon, message from the front desk (Trudy):

Mrs. Agnes Pruett called to pay for 2 luncheon tickets ($24) and asked us to run her card.
She read it to me and I typed it as she went:
Card: 5251 4504 6475
2759  exp 11/28  CVV 873
Name on card: Agnes M. Pruett

Please run it today and shred this after. She wants the receipt mailed, not emailed.
""",
        [("CREDIT_CARD", "5251 4504 6475\n2759"), ("CVV", "873")],
    ),
    # 56
    (
        """Subject: Sponsor table - Caregiver Appreciation Dinner

Hi Lorraine,

Our office would like to sponsor a table of 8 again this year ($800). Please charge the
company Amex:

  Card: 3451 738788 24241
  CID: 3185
  Billing ZIP: 43055

Send the receipt to me for our books. Thank you for all you do for caregivers!

Renata Cho
Office Manager, Cho & Pike Family Dentistry
""",
        [("CREDIT_CARD", "3451 738788 24241"), ("CVV", "3185")],
    ),
    # 57
    (
        """Subject: Thank you for your gift

Dear Mr. and Mrs. Hallock,

Thank you for your generous gift of $250 to Millbrook Meals on Wheels, received December 2
and charged to your Visa ending in 2708. Your gift will provide about 40 hot meals to
homebound neighbours this winter.

No goods or services were provided in exchange for your contribution. Please keep this
letter for your tax records. Millbrook Valley AAA is a 501(c)(3) organisation,
EIN 31-1187296.

With gratitude,
Joan Ferrante, Development Director
""",
        [("CREDIT_CARD_LAST_DIGITS", "2708")],
    ),
    # 58
    (
        """Subject: Gift receipt

Dear Reverend Okafor and the members of Mount Olive Baptist,

Thank you for the congregation's gift of $1,150 from your Thanksgiving offering, received
by check no. 4417 on November 30. It will fund the Christmas Day meal delivery on all 19
routes.

No goods or services were provided in exchange. EIN 31-1187296.

Joan Ferrante, Development Director
Millbrook Valley Area Agency on Aging
""",
        [],
    ),
    # 59
    (
        """Subject: Title III quarterly report submitted

Hi Leslie,

The Q1 FY27 Title III report went in this morning. For your files:

  Grantee: Millbrook Valley Area Agency on Aging, EIN 31-1187296
  UEI: K7MNQ2LJ8PX5
  State contract: ODA-AAA-27-0944
  Congregate meals: 9,812   Home-delivered: 11,204
  Caregiver respite hours: 1,406
  Unduplicated clients served: 2,318

The next report is due April 15.

Tom Reinholt, Finance
""",
        [],
    ),
    # 60
    (
        """Subject: Cancel standing rides - Mr. Abernathy

Wes, please cancel Clyde Abernathy's Tue/Thu rides to the center. His daughter called:
he's on hospice care at home with Riverbend Hospice now. - Andrea, Eastgate front desk
""",
        [("health", "")],
    ),
    # 61
    (
        """Subject: Caregiver support group - December topics

Thursdays, 1:30-3:00, Eastgate Senior Center, Room 6

  Dec 3   When is it time for hospice? (guest: Riverbend Hospice social worker)
  Dec 10  Holidays and dementia: keeping visits calm
  Dec 17  Caring for yourself: sleep, stress and saying no

Respite care at Cedar Hollow is free during group; call (740) 555-0140 to reserve.
Everything shared in group stays in group.

Lorraine Abeyta, Family Caregiver Support Program, (740) 555-0122
""",
        [],
    ),
    # 62
    (
        """Subject: Recert scan for Apt 5B - please check OCR

Lydia,

The scanner read the recertification packet for Apt 5B (Mrs. Consuelo Arriaga) as below.
Can you check it against the paper before it goes to the HUD file?

  Head of household: ARRIAGA, CONSUELO
  SSN: 4 6 4 6 8 3 1 7 9
  Date of birth: 07/02/1941
  Ethnicity: [x] Hispanic or Latino  [ ] Not Hispanic or Latino
  Race: [x] White
  Annual income: $15,936

The income matches her SSA letter. I'll sign off once you confirm.

Sharon Veit, Manager, Linden Court Apartments
""",
        [("US_SSN", "4 6 4 6 8 3 1 7 9"), ("racial_ethnic_origin", "")],
    ),
    # 63
    (
        """Subject: ScamWatch - Mrs. Pinkney, fake SSA call

Rosa Delgado, 12/9

Mrs. Clara Pinkney (88) said a caller told her her Social Security number was "linked to
a crime in Texas" and would be frozen. He already knew the last four of her Social
Security number, 7970, which is why she stayed on the line. She did not give him anything
else. Advised: fraud alert with one bureau, SSA OIG report, and block-access option on her
my Social Security account. Her nephew will help her tomorrow.
""",
        [("US_SSN", "7970")],
    ),
    # 64
    (
        """Subject: Free state ID cards for seniors

From the AAA newsletter, December:

Did you give up driving this year? Ohioans 65 and older can get a state ID card from any
BMV for free. Bring your birth certificate or passport, your Social Security card, and two
proofs of your address (a utility bill and a bank statement work). The card is good for
four years, or eight years if you ask for it.

Need a ride to the BMV? Call Ride Neighbors at (740) 555-0158.
""",
        [],
    ),
    # 65
    (
        """Subject: Hanukkah meal for Mr. Feldman

Hi Dana,

Saul Feldman on Route 5 asked whether his Hanukkah meal next week could come from the
kosher kitchen at Temple Beth Shalom instead of ours - he keeps kosher and has been taking
only the frozen kosher entrees since he started with us. The Temple's Mitzvah Meals
program says they can make it renal-friendly (he's on dialysis and they know his limits).

Can the Route 5 driver pick it up on the way?

Sandy Moreau, Care Coordinator
""",
        [("religious_belief", ""), ("health", "")],
    ),
    # 66
    (
        """Subject: Faith & Film club - December pick

Hello film friends,

Our December movie is "The Apostle" (1997), Tuesday the 15th at 2:00 in the Garden Room.
Pastor Jim Lowry from Grace Community will lead the discussion afterwards, as he does every
month. Popcorn provided. No need to be a churchgoer - we talk about the movie, not you.

Pam Okonkwo, Eastgate Senior Center
""",
        [],
    ),
    # 67
    (
        """Subject: Complaint - Mom moved to memory care without notice

Ms. Fitzgerald,

My mother, Bernadette Kiley, lives at Brookfield Place. On December 1 they moved her to the
locked memory care wing without calling me. I'm her health care POA. She has vascular
dementia but she was doing all right in her old room.

When I visited, she was very sleepy and the nurse told me they'd started her on Risperdal
"for agitation". Nobody asked me. Can you help?

Sean Kiley
(740) 555-0133
""",
        [("health", "")],
    ),
    # 68
    (
        """Subject: Adding a household member - Apt 6A

Hi Sharon,

Mr. Tomas Alvarez in 6A came in this morning. He would like to add his partner of twenty
years, Walter Keene, to the lease as a household member. They registered as domestic
partners in Columbus in 2009, and Mr. Keene is moving in from their old house on January 1.

I gave him the add-a-member form and the income sheet for Mr. Keene. Do we need a new
background check for the household, or just Mr. Keene?

Lydia Pham, Leasing
""",
        [("sexual_orientation", "")],
    ),
    # 69
    (
        """Subject: Your rights as a resident (for posting)

Please print and post the attached in each facility's lobby, per the ombudsman program.

As a resident of a long-term care facility you have the right to:
  - be treated with dignity and respect
  - privacy in your medical care, records and communications
  - practice your religion and take part in activities of your choosing
  - vote, and get help to do so
  - manage your own money or choose who manages it
  - be free from physical or chemical restraints

Regional Long-Term Care Ombudsman, (740) 555-0138
""",
        [],
    ),
    # 70
    (
        """Subject: Stan's check request

Ted,

Stan Mikulski (payee client) came in today and asked for $50 from his personal allowance
to go to "Friends of Marla Ayers" - he says she's the only one who answers his letters and
he wants her reelected. He signed the check request. Is a political donation an allowed use
of personal allowance funds? If yes I'll cut the check Friday.

Janelle Ortiz
Valley Money Management Program
""",
        [("political_opinion", "")],
    ),
    # 71
    (
        """Subject: Annual guardian's report - Eleanor Pruitt

Judge Maddox's chambers asked for a courtesy copy; summary below.

  Ward: Eleanor M. Pruitt, 91
  Probate case: 2021 GRD 00318
  Residence: Brookfield Place, memory care
  Condition: moderate Alzheimer's dementia; needs help with all ADLs; weight stable
  Visits by guardian: monthly (12 this year)
  Recommendation: guardianship should continue

Full report filed December 4.

Carol Benning, Volunteer Guardian Program
""",
        [("health", "")],
    ),
    # 72
    (
        """Subject: Volunteers needed - Volunteer Guardian Program

The Volunteer Guardian Program is looking for caring adults to serve as court-appointed
guardians for older adults who can no longer make decisions for themselves and have no
family to help.

You will: visit your ward at least monthly, make medical and living decisions with the
help of our staff, and file a short annual report with the probate court.

You need: a clean background check (BCI/FBI fingerprints), a valid driver's license, and
about four hours a month. Training is January 20-22. Call Carol at (740) 555-0165.
""",
        [],
    ),
    # 73
    (
        """Subject: Finger-scan sign-in problems - Leonard Ames

Ted,

Leonard Ames couldn't sign for his cash allowance with the finger scanner this morning.
The log shows:

  client: AMES, LEONARD
  template_sha1: 35fdb98f6ae954a7e255bc9e2975b482dbec4720
  attempts: 3   best_score: 41 (min 60)   result: REJECT

The scanner glass may need cleaning again. I paid him with the photo-ID override. Should we
re-enroll his right index instead of the left?

Janelle Ortiz
""",
        [("biometric", "")],
    ),
    # 74
    (
        """Subject: Application - Apt 3A

Sharon,

New application for 3A from Mr. Raymond Tuttle. He is 68, single, moving from his daughter's
house in Zanesville.

  ID: Ohio driver license BC193549
  SSN (last 4): 1318
  Income: Social Security + small pension, about $1,650/month
  Current landlord reference: none (living with family)

I ran the screening authorization through. Waiting list position is 4.

Lydia
""",
        [("US_DRIVER_LICENSE", "BC193549"), ("US_SSN", "1318")],
    ),
    # 75
    (
        """Subject: Ride for Mrs. Ganz, Wednesday

Hi Lena,

Can you take Hedda Ganz on Wednesday? Pick up 8:30 at 201 Elm, to the Riverside infusion
center (2nd floor) for her Leqembi infusion. It takes about an hour plus 30 minutes of
watching afterwards, so plan on being there until 11:00. Her husband may ride along.

Ticket RN-20533.

Wes
""",
        [("health", "")],
    ),
    # 76
    (
        """Subject: Ride Neighbors - November report

November totals:

  Rides given: 412 (387 medical, 25 grocery/errand)
  Volunteer drivers active: 31
  Miles driven: 9,870
  Destinations: dialysis 38%, cancer treatment 21%, primary care 19%, other 22%
  Unfilled requests: 14 (mostly early-morning dialysis)

We need two more drivers for the east side. Please share the flyer.

Wes Brandt, Volunteer Driver Scheduler
""",
        [],
    ),
    # 77
    (
        """Subject: Huntington's - what comes next for us

Lorraine,

Thank you for the call. To answer your question: Dad's neurologist confirmed it with the
blood test in October - Huntington's disease, 44 CAG repeats. His chorea is getting worse
and he fell twice last month.

My sister is now deciding whether to be tested herself; I'm not ready to. Is there a
caregiver group for families dealing with HD, or should we go to the general one?

Mark Schaffer
""",
        [("genetic", ""), ("health", "")],
    ),
    # 78
    (
        """Subject: If your loved one gets sick this winter

Dear Cedar Hollow families,

A few reminders as flu and COVID season picks up:
  - If your loved one's COVID or flu test comes back positive, please keep them home for 5
    days and until they have been fever-free for 24 hours.
  - If they have vomiting or diarrhea, please keep them home for 48 hours after it stops.
  - Our free flu and COVID vaccine clinic is December 10, 9-11 am, for participants and
    caregivers.

Thank you for helping us keep everyone well.
Keisha Dorsey, RN
""",
        [],
    ),
    # 79
    (
        """Subject: Mrs. Gallo's new EBT PIN

Hi Rita,

Just so you know for Friday's shopping trip: Mrs. Josephine Gallo's Ohio Direction card was
replaced after she lost her purse. We helped her pick a new PIN at the clinic today - 1597
- and she wants you to have it in case she forgets at the store. She has $214 in food
benefits this month.

Amir Haddad, Benefits Check-Up Clinic
""",
        [("PIN", "1597")],
    ),
    # 80
    (
        """Subject: ScamWatch tip: the "bank fraud department" call

A caller says he's from your bank's fraud department and needs to "verify" you. He'll say
he is sending you a code and asks you to read it back:

    "Your verification code is ######. Do not share this code with anyone."

The moment you read it to him, he can get into your account. Your bank already knows who
you are. Hang up and call the number on the back of your card.

ScamWatch Line: (740) 555-0150
""",
        [],
    ),
    # 81
    (
        """Subject: sign-in sheet from Tuesday's tablet class

Hi Pam,

Heads up - on the sign-in sheet from Tuesday's tablet class, Margaret Oberle wrote her
email address and her email password next to her name so she "wouldn't lose it":
moberle1948@gmail.com / Peonies&Pie1948. I blacked it out on the sheet and shredded the
copy, but I wanted you to know in case you want to help her change it next week.

Rich Dunham, volunteer instructor
""",
        [("PASSWORD", "Peonies&Pie1948")],
    ),
    # 82
    (
        """Subject: Handout for Tuesday: making a strong password

Class handout (Smartphone basics, week 3)

A strong password is long and easy for you to remember. Try three or four unrelated words
with a number:

    Blue-Kettle-Mountain-42      (an example - don't use this one!)

Never use your birthday, your pet's name or "password123". Write your passwords in a
notebook you keep at home, not on a sticky note on the tablet.

Rich Dunham, volunteer instructor
""",
        [],
    ),
    # 83
    (
        """Subject: You're approved - Home Repair Match Loan

Dear Mrs. Ferrell,

Good news. Valley Community Credit Union has approved your Home Repair Match Loan of
$4,500 for the new roof. Your credit score of 704 qualified you for the 0% rate, and the
AAA's Safe at Home program will cover the other half of the work.

Please come to the branch to sign by December 18. Bring a photo ID.

Gil Maddox, Safe at Home Repair Program
(740) 555-0147
""",
        [("CREDIT_SCORE", "704")],
    ),
    # 84
    (
        """Subject: Home Repair Match Loan - who qualifies

Homeowners 60 and older in Millbrook, Perry and Hocking counties can apply. To qualify:

  - own and live in the home
  - household income at or below 80% of area median
  - a credit score of 580 or above (or a co-signer)
  - property taxes current

The credit union will pull your credit after you apply; checking your own report does
not hurt your score. Call Gil at (740) 555-0147.
""",
        [],
    ),
    # 85
    (
        """Subject: My brother staying with Mom

Ms. Delgado,

You asked me to put this in writing. My brother Kyle got out of the Perry County jail on
November 20 after 60 days and has been staying with Mom since. He's in drug court now and
goes to the clinic for his Suboxone every morning, which is good, but Mom says money has
gone missing from her purse twice and she's afraid to say anything to him.

I don't want him back in jail, I just want Mom safe. What are her options?

Tina Rourke
""",
        [("criminal_history", ""), ("health", "")],
    ),
    # 86
    (
        """Subject: Thank you!

Dear Eastgate staff,

Mom had the best time at the holiday concert at St. Paul's Lutheran on Sunday. The bus was
warm, the driver was so patient, and the choir sang all the old carols. She is still
humming them. Thank you for getting her out of the house.

Merry Christmas,
Diane Yoder-Kline
""",
        [],
    ),
    # 87
    (
        """Subject: Lunch day change for Mrs. Okafor

Andrea,

Please move Mrs. Grace Okafor from the Thursday congregate lunch to Wednesday starting next
week. Thursdays she's at Bible study at her church, Mount Zion AME, where she's been a
member since 1971, and she says she's missed three lunches already.

Thanks!
Pam
""",
        [("religious_belief", "")],
    ),
    # 88
    (
        """Subject: Holiday hours at Eastgate

Eastgate Senior Center holiday hours:

  Tue Dec 8    Hanukkah candle lighting with Rabbi Stern, 4:00 (open to all)
  Fri Dec 18   Christmas lunch, noon (reservations by Dec 14)
  Thu Dec 24   closed at noon
  Fri Dec 25   closed
  Thu Dec 31   closed at noon
  Fri Jan 1    closed

Meals on Wheels will deliver frozen meals on Dec 23 for the 24th and 25th.
""",
        [],
    ),
    # 89
    (
        """Subject: paying for Dad's meals

Hi,

My father, Carl Jessup, gets private-pay meals on Route 9. Please charge his December and
January meals to my Mastercard:

5466-4538-2915-6519, exp 09/28, security code 893

Name on card: Laura Jessup-Dale. Billing address is mine, 2200 Kettering Ave, Dayton.

Thank you,
Laura
""",
        [("CREDIT_CARD", "5466-4538-2915-6519"), ("CVV", "893")],
    ),
    # 90
    (
        """Subject: Niagara trip balances - please run today

Pam - the balances for the Niagara trip, from the paper forms. Run these and then delete
this email.

name,card,exp,cvv,amount
Stroud Elsie,6011242537959076,03/27,349,$186.00
Palko June,4862920757991250,10/28,,$186.00
Holt Marian,check #2211,,,$186.00

June said she'd call with the back code if the machine asks for it.

Trudy, front desk
""",
        [
            ("CREDIT_CARD", "6011242537959076"),
            ("CREDIT_CARD", "4862920757991250"),
            ("CVV", "349"),
        ],
    ),
    # 91
    (
        """Subject: Important: changes to your drug list for 2027

Dear Member,

Each year we review the drugs our plan covers. Starting January 1, 2027, Keystone Rx Basic
(S5810-142) will make these changes:

  - Eliquis moves from tier 3 to tier 4
  - Januvia is removed; sitagliptin (generic) added on tier 2
  - Trelegy Ellipta moves from tier 3 to tier 2

If you take one of these drugs, talk to your doctor about whether to switch, or ask for a
transition fill. Questions? Call Member Services at 1-800-555-0179 (TTY 711).

Keystone Rx Basic
""",
        [],
    ),
    # 92
    (
        """Subject: Extra Help and Mr. Castellanos's clinic meds

Ilse,

Reynaldo Castellanos came to the clinic today for help with his 2027 Part D plan. His
Ryan White case manager at the Eastside clinic already covers his Biktarvy through the
state program, and she asked that we pick a Part D plan that has it on the formulary so
the program only pays the copay.

He's also on atorvastatin. Can you run the plan finder for both with his zip, 43055?

Amir
""",
        [("health", "")],
    ),
    # 93
    (
        """Subject: Free blood pressure checks on Wednesdays

Valley Health nursing students will offer free blood pressure and blood sugar checks in
the Eastgate lobby every Wednesday in December, 10:00 to noon. No appointment and no
paperwork - just roll up your sleeve. If a number is high, the students will give you a
card to take to your own doctor.

Eastgate Senior Center, (740) 555-0145
""",
        [],
    ),
    # 94
    (
        """Subject: Intake form for SHIP appointments (please print 50)

MEDICARE COUNSELLING INTAKE

Name: _______________________   Date of birth: ___/___/______
Phone: (____) _____-________
Social Security number (optional, for Extra Help only): ___-__-____
Current plan and plan ID: _________________________
Prescriptions (name, dose, how often): ____________________________________
Diagnoses you want us to consider when comparing plans: ___________________
Do you want a counsellor who speaks another language?  [ ] No  [ ] Yes: __________

Signature: _______________________
""",
        [],
    ),
    # 95
    (
        """Subject: Tasha's pay stub question

Hi Lorraine,

We're employing Tasha Reed as Dad's home care aide through the self-directed caregiver
option, and the fiscal agent's stub for her first two weeks shows a deduction we didn't
expect:

  Gross: $1,104.00   FICA: $84.46   Home Care Workers United Local 88 dues: $22.08

Tasha says she's been a union member for years and wants the dues taken out. Is that
something we have to set up, or does the fiscal agent handle it?

Thanks,
Martin Ochs
""",
        [("trade_union_membership", "")],
    ),
    # 96
    (
        """Subject: AniMeals - Mr. Dietz's cat

Dana,

Mr. Dietz on Route 11 says his cat, Pumpkin, was diagnosed with diabetes at the vet and is
on insulin shots now, so she needs the prescription diabetic cat food instead of the
regular AniMeals bag. The vet is donating the first case. Can the Route 11 driver take it
on Thursday?

Sandy
""",
        [],
    ),
    # 97
    (
        """Subject: Community room code and guest Wi-Fi
From Dec 1 the community room door code is 5931# and the guest Wi-Fi ("LindenGuest")
password is maple-porch-22. Please don't share the door code with delivery drivers. -Sharon
""",
        [],
    ),
    # 98
    (
        """Subject: SHIP training - practice case 4 (fictional)

Practice case for Saturday's new-volunteer training. THIS CLIENT IS MADE UP.

  "Mrs. Dorothy Practice", 72, lives alone in Millbrook
  Income: $1,350/month Social Security
  Prescriptions: Eliquis 5 mg twice daily, Januvia 100 mg, Synthroid
  Current plan: Buckeye Senior Choice (PPO), H3923-011
  Question: "My drug costs went up - should I switch?"

Work in pairs: run the plan finder, compare three plans, and decide whether she might
qualify for Extra Help.

Ilse Carver, SHIP volunteer trainer
""",
        [],
    ),
    # 99
    (
        """Subject: A warm meal, a friendly face - our year-end appeal

Dear friend,

Meet "Margaret." She is 86, a widow with diabetes and failing eyesight, and the Meals on
Wheels driver is often the only person she sees all day. (Margaret is a composite of
several neighbours we serve; her name and details are changed to protect their privacy.)

This December, $65 provides a month of meals for someone like Margaret. Please give at
millbrookaaa.org/give or with the enclosed envelope.

With thanks,
Joan Ferrante, Development Director
""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_74, "hard74", Path(__file__).with_name("hard-74.jsonl")))
