"""Hard set 86 (2026-12-08): a rural county's nonprofits and small businesses before Christmas.

Written blind. One hundred e-mails, phone messages, forms and drafts as one mailbox in
Tamsen County (invented) sees them in the week before Christmas: a pharmacy and its delivery
driver, a family medicine front desk, a feed store's charge accounts, a fire department
auxiliary, a Catholic parish and a Lutheran church, a 4-H club, the extension office, a
credit union, a tax preparer, a funeral home, a bail bonds office, a dialysis transport
service, a pregnancy resource center, a Head Start and a VFW post. 40 decoys from the same
senders (holiday hours, appeals, bulletins, program topics, blank forms, policy notices,
obituary templates, store account and invoice numbers, door codes, animals, anonymised and
fictional stories) and 60 positives.

What I read, and nothing else: /tmp/mg/set86/prompt.txt, /tmp/mg/set86/brief.txt,
/tmp/mg/set86/conventions.txt, /work/shared/policy/privacy-policy.txt,
tests/data/sensitive/independent_sets.py, scanner/categories.py, and the output of
grep -n "line-length" pyproject.toml. What I ran: cat on those files; mkdir, cat, python3,
awk and grep on my scratch files under /tmp/hard86_gen/ (gen.py, cases.py, build.py,
check.py); python -m tests.data.sensitive.hard_86 with /work/main/.venv/bin/python; sed,
grep, awk and wc on this module; ruff format and ruff check on this module; git add and git
commit of the two files. Slip, honestly: outside that list I also ran awk on the conventions
file (to measure its longest line), a python3 one-liner that read this module and the
conventions file to confirm the copy below is verbatim, cp and cmp to confirm that ruff
format left the JSON-lines output unchanged, and git status --short; none of them read
anything beyond the files named above or changed anything but my scratch folder.

How identifiers were generated: /tmp/hard86_gen/gen.py, Python's random.Random(861208).
Card numbers (Visa, Mastercard, Amex) get a computed Luhn digit and are not published test
numbers; SSNs follow SSA rules (area not 000, 666 or 9xx; group and serial non-zero); the
ITIN starts with 9 and has a group in 50-65, 70-88, 90-92 or 94-99; routing numbers have a
Federal Reserve prefix and a valid ABA checksum; the Norwegian IBAN has computed mod-97
check digits; licence, state ID, tribal ID and passport numbers follow plausible state or
federal shapes; PINs, one-time codes, CVVs and card last fours are random digits; the
secret key and publishable key are random letters and digits after a vendor-style prefix.
No value is a repeated digit or an ascending run. Decoy look-alikes fail on purpose: the
13-, 16- and 19-digit barcode, payment reference and tracking numbers fail Luhn, and the
training SSN has area 975 (9xx, which SSA never issues). Phone numbers are 319-555-01xx;
people, places and organisations are invented (real nations and peoples are named only as
origins), and domains end .example.

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
- A veterans treatment court ("vet court") supervising a named man is criminal_history,
  like a drug court; his days sober and weekly PTSD group are health.
- A selfie-to-ID face match score in an account-opening review is biometric even when it
  fails the threshold; the licence number beside it is US_DRIVER_LICENSE. A voice-biometric
  score against a named member's enrolled voiceprint is biometric, including the score an
  impostor's call got against it. A bail-bond app's selfie check-in face match for a named
  defendant is biometric, and his bond on a burglary charge is criminal_history.
- A credit union's notice that its app signs in with Face ID and never receives face data
  is a product update: not biometric.
- An Iowa non-driver ID number on a pregnancy center intake is US_STATE_ID and the
  positive pregnancy test beside it is health. A Ho-Chunk Nation tribal ID card number is
  US_STATE_ID, and the note that parent and child are enrolled members is
  racial_ethnic_origin. Real nations and peoples are named; they are origins, not senders.
- An expired ITIN quoted by the tax preparer is still US_ITIN.
- A collection marked "paid" in a feed store's charge-account credit pull is still an
  adverse item: CREDIT_REPORT on its whole line after the dash bullet, like the late
  payment above it; the score is CREDIT_SCORE and the licence used to verify ID is
  US_DRIVER_LICENSE.
- A pharmacy driver's route note with a customer's "Visa ending 2071" and no drug named is
  CREDIT_CARD_LAST_DIGITS only; a returned "bag" with a barcode and no drug named, and a
  delivery to a care home's desk with no patient named, are not health.
- An Amex number written in its printed 4-6-5 groups is labelled with its spaces; "the 4
  digits on the front" are CVV. A card broken over two lines in a bail office note keeps
  the line break in its value; the mother paying the premium for her son's possession
  charge makes the note criminal_history.
- A church's confirmands (named youth) reading lessons before their affirmation of baptism
  are in religious practice: religious_belief. A baptism date with godparents' sponsor
  letters is religious_belief. Communion brought to named inmates awaiting sentencing is
  religious_belief and criminal_history.
- A daughter's note to the funeral home that her late mother's DNA kit said "61%
  Norwegian" is an ancestry estimate: genetic and racial_ethnic_origin.
- A church fellowship-hall rental for "two brides" after a courthouse ceremony is a
  same-sex partnership: sexual_orientation; renting the hall says nothing about faith.
- A tax preparer's note that a named client's gifts to a candidate committee and a county
  party are not deductible is political_opinion. A feed store owner's note that a named
  customer asked for a candidate's yard sign and is voting for her is political_opinion.
  An auxiliary member missing a shift because she is knocking doors for a named
  candidate's campaign is political_opinion.
- Weekly strike benefits from a union lodge's strike fund deposited to a named member
  (no account numbers quoted) are trade_union_membership; so is an obituary draft calling
  the deceased a member and steward of an electrical workers' local, and union dues and
  strike pay on a named client's pay stub read by the tax preparer.
- A union renting the VFW hall for its party discloses nobody's membership; a state
  senator's party label and public stance are a public figure's public position.
- A transport service's Christmas dialysis schedule naming riders is health; the same
  change sent to all riders and families with no one named is a service offered to all.
- A funeral home's note that a named man's husband is the family contact is
  sexual_orientation; the flag and honor guard (veteran status) are not labelled.
- A family advocate's note that a named parent's boyfriend is in the county jail until
  sentencing is criminal_history; a VFW note that a named member's son came home after
  four years at a correctional facility and is on parole is criminal_history.
- A parish year-end contribution statement to a named donor is giving to a church: not
  religious_belief. A prayer chain asking safe travel for a named family discloses
  nothing. A church office forwarding a "Hi friend" campaign appeal discloses nothing.
- A heifer's genetic test and genomic EPDs, a steer's antibiotic and pinkeye patches, and
  the post dog's rabies booster and antibiotics are about animals: not labelled.
- A volunteer driver screening with "no records found", "no match" on the sex offender
  registry and a clean MVR is not criminal_history; "MVR came back clean" in a new-hire
  note adds nothing.
- A tax preparer's training return with "SSN: 975-40-4766 (training only)" is a fictional
  scenario with an invalid SSN: decoy. A bail form's "SSN: XXX-XX-XXXX" is a placeholder.
- A Head Start note that a named grandmother asked for a Spanish interpreter is language
  alone: not labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_86: list[Case] = [
    (
        (
            "From: St. Columba Catholic Church <bulletin@stcolumba-weller.example>\n"
            "To: Bulletin list\n"
            "Subject: Christmas Mass schedule\n"
            "\n"
            "Christmas Eve: 4:00 pm (children's pageant), 10:00 pm carols, Midnight Mass.\n"
            "Christmas Day: 9:00 am. Confessions Monday 12/21, 6-8 pm, two priests.\n"
            "Holy Family Sunday: regular schedule. All are welcome; visitors need not\n"
            "register. Poinsettia memorials are listed in next week's bulletin.\n"
        ),
        [],
    ),
    (
        (
            "From: Al Brandvold <quartermaster@vfw9127.example>\n"
            "To: Denny Hochstetler <dhoch@mailbox.example>\n"
            "Subject: canteen over Christmas\n"
            "\n"
            "Denny, thanks for covering the canteen Dec 24-26 while I'm at my daughter's.\n"
            "\n"
            "Square login for the register: canteen@vfw9127.example\n"
            "Password: Gold$tar-Canteen9\n"
            "Alarm panel by the back door: 8117 then OFF.\n"
            "\n"
            "Cash bag goes in the safe, not the cooler. Call if the tap lines freeze.\n"
            "Al\n"
        ),
        [
            ("PASSWORD", "Gold$tar-Canteen9"),
        ],
    ),
    (
        (
            "From: Shonda Pettis <spettis@tamsenheadstart.example>\n"
            "To: Ostby classroom team <ostbyam@tamsenheadstart.example>\n"
            "Subject: pickup list change - Liam Reyes\n"
            "\n"
            "Destiny stopped in this morning. Please take Cole Brekhus off Liam's pickup\n"
            "list; he's in the county jail until his sentencing in January. Only Destiny\n"
            "and Grandma Pat can pick up. Updated card is in the binder.\n"
            "Shonda\n"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "From: Marcy Brekke <marcy@brekketax.example>\n"
            "To: Nate Brekke <nate@brekketax.example>\n"
            "Subject: Weisz organizer\n"
            "\n"
            "Nate, Harold Weisz wrote his tax-portal login right on the organizer cover:\n"
            "user hweisz1958, password Tractor!rust44. Please log in once to pull his 1099-Rs,\n"
            "then call him and have him change it. Also cross it out on the paper before it\n"
            "gets scanned.\n"
            "Thanks, M\n"
        ),
        [
            ("PASSWORD", "Tractor!rust44"),
        ],
    ),
    (
        (
            "PHONE MESSAGE - Weller Family Medicine\n"
            "To: Dr. Okafor / nurse line     From: front desk (Lacey)     12/15 3:05 pm\n"
            "Glenda Ruud called about the thyroid results from Friday. She doesn't want to\n"
            "change her levothyroxine dose before Christmas without talking to you first.\n"
            "Best number 319-555-0165, home after 4.\n"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "From: Gary Lien <driver@halvorsendrug.example>\n"
            "To: Pharmacy <rx@halvorsendrug.example>\n"
            "Subject: Eide - not home\n"
            "\n"
            "Verna Eide wasn't home and the card reader wouldn't connect out there anyway.\n"
            "Brought the bag back, barcode 3963107828279, it's on the will-call shelf.\n"
            "She says she'll come in Friday and pay at the counter.\n"
            "Gary\n"
        ),
        [],
    ),
    (
        (
            "From: VFW Post 9127 <commander@vfw9127.example>\n"
            "To: Post members\n"
            "Subject: Christmas dinner and our guest speaker\n"
            "\n"
            "Christmas dinner is Sunday the 20th at noon. Our speaker is State Senator\n"
            "Harlan Voigt (R-Weller), who will talk about his veterans' property tax bill\n"
            "and why he opposes closing the Tamsen VA clinic. Ham and turkey; bring a\n"
            "dessert. Buddy Poppy donations go to the relief fund.\n"
        ),
        [],
    ),
    (
        (
            "From: TPCU Member Onboarding <onboarding@tpcu.example>\n"
            "To: Branch staff <weller@tpcu.example>\n"
            "Subject: manual review - online account opening, Siri Amundson\n"
            "\n"
            "Applicant: Siri Amundson, Harmony MN\n"
            "ID document: Minnesota DL X822953939332 (front and back captured)\n"
            "Selfie to ID photo face match: 0.71 (threshold 0.80) - FAILED\n"
            "Liveness: passed\n"
            "Please call her to come into the branch with the ID before we fund the account.\n"
        ),
        [
            ("US_DRIVER_LICENSE", "X822953939332"),
            ("biometric", ""),
        ],
    ),
    (
        (
            "From: Weller Family Medicine <nurse@wellerfamilymed.example>\n"
            "To: Jordan Pedersen <jpedersen@mailbox.example>\n"
            "Subject: please call us - confidential\n"
            "\n"
            "Jordan,\n"
            "Someone you had sexual contact with in the last two months has been diagnosed\n"
            "with gonorrhea and asked us to let you know. Testing and treatment are free\n"
            "here; we have walk-in times Dec 21 and 22. Please call the nurse line at\n"
            "319-555-0112 and ask for Beth.\n"
        ),
        [
            ("health", ""),
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "From: Marcy Brekke <marcy@brekketax.example>\n"
            "To: Dean and Holly Sather <satherfarm@mailbox.example>\n"
            "Subject: direct deposit for the amended return\n"
            "\n"
            "Dean and Holly,\n"
            "Before I e-file the amended 2025 return, please check the refund account you\n"
            "gave me on the organizer:\n"
            "\n"
            "  Tamsen Prairie CU, checking\n"
            "  Routing 072499568\n"
            "  Account 5831025200\n"
            "\n"
            "If that's right just reply OK. The refund should be about $1,860.\n"
            "Marcy\n"
        ),
        [
            ("ABA_ROUTING_NUMBER", "072499568"),
            ("US_BANK_NUMBER", "5831025200"),
        ],
    ),
    (
        (
            "From: VFW Post 9127 <commander@vfw9127.example>\n"
            "To: Post members\n"
            "Subject: holiday hours at the post\n"
            "\n"
            "Canteen hours: Dec 24 noon-5, closed Christmas Day, New Year's Eve party 8-1.\n"
            "Officers setting up for the dinner: hall door code is 4845, lock it behind you.\n"
            "The Carpenters Local 1103 rented the hall for their Christmas party on the 19th,\n"
            "so the canteen closes early that night.\n"
        ),
        [],
    ),
    (
        (
            "From: Halvorsen Drug <counter@halvorsendrug.example>\n"
            "To: Bookkeeping <books@halvorsendrug.example>\n"
            "Subject: card on file for charge acct 1147 (Eide)\n"
            "\n"
            "Verna Eide called to put a new card on her house charge account since the old\n"
            "one was stolen at the mall:\n"
            "4533 2696 3764 2850  exp 09/30  CVV 411\n"
            "Billing zip same as before. Please update before month-end statements.\n"
            "- Pat at the counter\n"
        ),
        [
            ("CREDIT_CARD", "4533 2696 3764 2850"),
            ("CVV", "411"),
        ],
    ),
    (
        (
            "From: RiverRide Medical Transport <dispatch@riverride.example>\n"
            "To: Drivers <drivers@riverride.example>\n"
            "Subject: Christmas week dialysis runs\n"
            "\n"
            "Tamsen Kidney Center is closed Friday the 25th, so the Friday chairs move up:\n"
            "- Orville Nyhus: Thu 12/24 5:45 am pickup, 6:30 chair\n"
            "- Lorna Berge: Thu 12/24 6:15 am pickup, wheelchair van\n"
            "- Dwight Aakre: Thu 12/24 10:30 am pickup, bring the lift sheet\n"
            "Regular Monday schedule resumes 12/28. Check the cooler for the holiday cookies.\n"
            "Bev\n"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "From: Our Savior's Prayer Chain <prayerchain@oursaviors-weller.example>\n"
            "To: Prayer Chain members\n"
            "Subject: prayers this week\n"
            "\n"
            "This week we pray for all who are grieving at Christmas, for our homebound\n"
            "members, for those serving far from home, and for safe travel for the Haugen\n"
            "family driving to Arizona. Pass this on to the next person on your list.\n"
            "Arlene\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen County Head Start <jdewitt@tamsenheadstart.example>\n"
            "To: Rosa Jimenez <rjimenez@mailbox.example>\n"
            "Subject: Mateo's services over break\n"
            "\n"
            "Hi Rosa,\n"
            "Just so you know, the AEA speech therapist will keep Mateo's IEP sessions going\n"
            "by video on Dec 22 and 29 at 10. She'll work on his /s/ and /r/ sounds and the\n"
            "picture schedule we use for transitions. The link is in your texts.\n"
            "Merry Christmas! Jill DeWitt, Lead Teacher\n"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "From: Tamsen County Extension 4-H <4h@tamsen.extension.example>\n"
            "To: Marla Ueland <marla.ueland@mailbox.example>\n"
            "Subject: Japan exchange paperwork for Josie\n"
            "\n"
            "Hi Marla,\n"
            "Josie's application for the summer 2027 Japan exchange is complete except one\n"
            "thing: the passport number on the form (X64955194) has an expiration of\n"
            "May 2027, and Japan wants six months left. Please renew now; the state office\n"
            "needs the new number by February 15.\n"
            "\n"
            "Thanks, Renee Paulsrud, 4-H Youth Coordinator\n"
        ),
        [
            ("US_PASSPORT", "X64955194"),
        ],
    ),
    (
        (
            "From: Harbor Light Pregnancy Resource Center <director@harborlightprc.example>\n"
            "To: Board and supporters\n"
            "Subject: 2026 in numbers\n"
            "\n"
            "This year we served 212 clients: 148 pregnancy tests, 64 limited ultrasounds,\n"
            "and 31 moms completed Earn While You Learn. Volunteers gave 2,400 hours and the\n"
            "baby closet gave out 1,100 packs of diapers. Thank you for a year of hope.\n"
            "Linnea Borg, Director\n"
        ),
        [],
    ),
    (
        (
            "PHONE MESSAGE - Tamsen Prairie CU, Weller branch\n"
            "For: Dawn      Taken by: Kelsey      12/17 9:40 am\n"
            "Caller: Ruben Castañeda, member, cell 319-555-0183\n"
            "Says the app texted him a code, 547827, when he tried to move money to his\n"
            "daughter. He read it to me to ask if that is how we verify him. I told him we\n"
            "never need that code and not to read it to anyone. He wants to know if his\n"
            "account is ok. Please call back before noon.\n"
        ),
        [
            ("ACCESS_CODE", "547827"),
        ],
    ),
    (
        (
            "From: VFW Post 9127 Service Officer <vso@vfw9127.example>\n"
            "To: Post members\n"
            "Subject: VSO office hours in January\n"
            "\n"
            "Need help with a VA disability claim, PACT Act toxic exposure screening, or\n"
            "burial benefits? I'm at the post Tuesdays 9-noon starting January 5. Bring your\n"
            "DD-214. Walk-ins welcome; all veterans and surviving spouses, member or not.\n"
            "Bill Marsh, County VSO\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen Prairie Credit Union <news@tpcu.example>\n"
            "To: Members\n"
            "Subject: new in the app: Face ID sign-in\n"
            "\n"
            "Our mobile app now lets you sign in with Face ID or your fingerprint. Your face\n"
            "and fingerprint data never leave your phone; we never receive or store them.\n"
            "Turn it on under Settings > Security. Update to version 6.4 to get it.\n"
        ),
        [],
    ),
    (
        (
            "From: Our Savior's Lutheran Church <office@oursaviors-weller.example>\n"
            "To: Pastor Leif Amdahl <pastor@oursaviors-weller.example>\n"
            "Subject: Fwd: Hi friend, can you chip in $5?\n"
            "\n"
            "Pastor, another one of these came to the church office address. Should I just\n"
            "unsubscribe us? We can't have campaign mail on the office account.\n"
            "> Hi friend, the special election is January 12 and every dollar counts.\n"
            "> Chip in $5 before midnight to keep our ads on the air!\n"
            "Karen\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen Prairie CU <deposits@tpcu.example>\n"
            "To: Dawn Pfaff <dpfaff@tpcu.example>\n"
            "Subject: member question - Kyle Brandvold deposits\n"
            "\n"
            'Dawn, Kyle Brandvold asked why his last two deposits show as "IAM LODGE 1192\n'
            "STRIKE FUND\" instead of payroll. They're his weekly strike benefits while the\n"
            "Lodge is out at the foundry; $300 each on 12/4 and 12/11. He wants to know if he\n"
            "can still get the skip-a-pay. I told him yes.\n"
            "Kelsey\n"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "From: Tamsen Prairie Credit Union <news@tpcu.example>\n"
            "To: Members\n"
            "Subject: holiday hours and a scam warning\n"
            "\n"
            "Branches close at noon Dec 24 and all day Dec 25 and Jan 1.\n"
            "Scam season: we will never call, text or email to ask for your PIN, your online\n"
            "banking password, or the code we text you when you sign in. Hang up and call us.\n"
            "Holiday Loan special: use promo code HOLLY26 for 1% off through Jan 15.\n"
        ),
        [],
    ),
    (
        (
            "From: Ostby Feed & Seed <counter@ostbyfeed.example>\n"
            "To: Hallie Brudos <hallie.b@mailbox.example>\n"
            "Subject: your steer's meds\n"
            "\n"
            "Hallie, the vet's order for your steer came in: one bottle of LA-200 and the\n"
            "pinkeye patches. Dr. Naess says give the second shot 72 hours after the first\n"
            "and keep him out of the dusty pen. It's on your dad's account. Good luck at\n"
            "the winter show!\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen Prairie Credit Union <news@tpcu.example>\n"
            "To: Members\n"
            "Subject: Money Matters: what moves your credit score\n"
            "\n"
            "Payment history is about 35% of a FICO score. One 30-day late payment can drop\n"
            "a 780 score by 90 points or more, and a collection account stays on a report for\n"
            "seven years. Scores above 740 usually get our best auto rates. Free credit\n"
            "counseling with Lyle every Wednesday; no appointment needed.\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen County Extension <master.gardener@tamsen.extension.example>\n"
            "To: Pam Kvale <pkvale@mailbox.example>\n"
            "Subject: Master Gardener background check - one fix\n"
            "\n"
            "Pam,\n"
            "The state volunteer office kicked back your background check form because the\n"
            "licence number was missing a digit. I corrected it from the copy you brought in:\n"
            "Iowa DL 344DP2193. If that matches your card, you don't need to do anything.\n"
            "Spring class starts Feb 3.\n"
            "Joanne\n"
        ),
        [
            ("US_DRIVER_LICENSE", "344DP2193"),
        ],
    ),
    (
        (
            "From: Halvorsen Drug <rx@halvorsendrug.example>\n"
            "To: Gary Lien <driver@halvorsendrug.example>\n"
            "Subject: Thursday add-on\n"
            "\n"
            "Gary, add Curtis Vold to Thursday's route. His Biktarvy refill is ready but he\n"
            "asked us to put it in a plain brown bag with no label showing and hand it only\n"
            "to him, not his roommate. No copay due.\n"
            "Thanks, Pharmacist Mei\n"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "From: Marcy Brekke <marcy@brekketax.example>\n"
            "To: Pete Aune <paune@mailbox.example>\n"
            "Subject: your year-end pay stub\n"
            "\n"
            "Pete, thanks for sending the December stub early. I see Box 14 items coming:\n"
            "UNION DUES - UFCW LOCAL 431: $842.16 YTD, and the $1,200 strike pay in May\n"
            "will come on a 1099 from the Local. Dues aren't deductible on your federal\n"
            "return right now, but keep the stub with your tax papers anyway.\n"
            "Marcy\n"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "From: Lindqvist-Moe Funeral Home <office@lindqvistmoe.example>\n"
            "To: Staff\n"
            "Subject: updated obituary template\n"
            "\n"
            "[Full name], [age], of [town], passed away peacefully on [date] at [place],\n"
            "surrounded by family. [He/She] was born [date] in [place] to [parents].\n"
            "Survivors include [names]. In lieu of flowers, memorials may be directed to\n"
            "[organization]. Visitation will be [day/time] at Lindqvist-Moe Funeral Home.\n"
        ),
        [],
    ),
    (
        (
            "From: Marcy Brekke <marcy@brekketax.example>\n"
            "To: Efraín Solís <esolis.weller@mailbox.example>\n"
            "Subject: Inés's ITIN needs renewing before we file\n"
            "\n"
            "Efraín,\n"
            "\n"
            "I checked before the busy season: Inés's ITIN 958-94-5045 wasn't used on a return\n"
            "for three years in a row, so it expired. We need to send a W-7 renewal with the\n"
            "2026 return or the IRS will hold the credit for the kids. Bring her original\n"
            "passport when you come in on January 9; I can certify it here so she doesn't have\n"
            "to mail it.\n"
            "\n"
            "Marcy\n"
        ),
        [
            ("US_ITIN", "958-94-5045"),
        ],
    ),
    (
        (
            "From: Tamsen County Head Start <enroll@tamsenheadstart.example>\n"
            "To: Enrollment file <files@tamsenheadstart.example>\n"
            "Subject: eligibility docs - Nakai Whitewing\n"
            "\n"
            "Child: Nakai Whitewing, age 4, Weller classroom\n"
            "Parent: Corrina Whitewing\n"
            "Parent ID: Ho-Chunk Nation tribal ID card no. 328246\n"
            "Tribal enrollment: child and parent are enrolled members (priority points)\n"
            "Income docs: pay stubs, Nov 2026\n"
            "Start date: January 5\n"
        ),
        [
            ("US_STATE_ID", "328246"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "From: Lindqvist-Moe Funeral Home <office@lindqvistmoe.example>\n"
            "To: Weller Gazette obituaries <obits@wellergazette.example>\n"
            "Subject: obituary for Thursday's paper - Harold Nygaard\n"
            "\n"
            "Harold Nygaard, 88, of Weller passed away peacefully December 15 surrounded by\n"
            "family. He farmed east of town for 50 years and never missed a Hawkeye game.\n"
            "Survivors include his wife Ruth, three children and nine grandchildren.\n"
            "In lieu of flowers, memorials may be directed to the Weller Public Library.\n"
        ),
        [],
    ),
    (
        (
            "From: Oddvar's delivery log <driver@halvorsendrug.example>\n"
            "To: Halvorsen Drug front counter <counter@halvorsendrug.example>\n"
            "Subject: Tuesday route notes 12/15\n"
            "\n"
            "Stop 4 Teigen, 2214 Ridge Rd: delivered 3 bags, he paid the balance $48.17 on\n"
            "his Visa ending 2071, signed slip is in the envelope.\n"
            "Stop 6 Moen: nobody home, left door tag, will try Thursday.\n"
            "Stop 7 Haugland Manor: left tote with the nurse at the desk.\n"
            "Roads bad past the county line, back by 4.\n"
            "- Gary\n"
        ),
        [
            ("CREDIT_CARD_LAST_DIGITS", "2071"),
        ],
    ),
    (
        (
            "From: Weller Family Medicine <frontdesk@wellerfamilymed.example>\n"
            "To: Patients\n"
            "Subject: holiday clinic hours\n"
            "\n"
            "We close at noon on Dec 24 and 31 and are closed Dec 25 and Jan 1. For urgent\n"
            "needs call the on-call nurse at 319-555-0112. If a lab result ever needs\n"
            "attention over the holidays, a nurse will call you; we never leave results on\n"
            "voicemail. Flu shots: walk-in, Mon-Fri 8-4.\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen County Head Start <enroll@tamsenheadstart.example>\n"
            "To: Enrollment file <files@tamsenheadstart.example>\n"
            "Subject: ChildPlus entry - Amari Coleman\n"
            "\n"
            "Child: Amari Coleman  DOB 03/2022\n"
            "Parent/guardian: Tasha Coleman (mother)\n"
            "Race (parent-reported): Black or African American\n"
            "Ethnicity: Not Hispanic or Latino\n"
            "Home language: English\n"
            "Classroom: Ostby AM, start 1/5/2027\n"
        ),
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "From: Harbor Light Pregnancy Resource Center <intake@harborlightprc.example>\n"
            "To: Client file <files@harborlightprc.example>\n"
            "Subject: intake 12/16 - K. Mraz\n"
            "\n"
            "Client: Kayla Mraz, 19\n"
            "ID shown: Iowa non-driver ID 245BL9471\n"
            "Reason for visit: pregnancy test\n"
            "Result: positive; LMP about 7 weeks ago\n"
            "Next steps: limited ultrasound Dec 22, 10:00; referred to Weller Family\n"
            "Medicine for prenatal care; diapers from the Earn While You Learn shelf.\n"
            "Advocate: Trina\n"
        ),
        [
            ("US_STATE_ID", "245BL9471"),
            ("health", ""),
        ],
    ),
    (
        (
            "From: Our Savior's Lutheran Church <office@oursaviors-weller.example>\n"
            "To: Annika Rolfsrud <annika.r@mailbox.example>\n"
            "Subject: Re: fellowship hall for your reception\n"
            "\n"
            "Hi Annika,\n"
            "Congratulations to you and Bethany! The fellowship hall is free on Saturday,\n"
            "June 12 after your courthouse ceremony. Two brides, two cakes, no problem: the\n"
            "kitchen has room for both. Rental is $150 and the deposit holds the date.\n"
            "Karen\n"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "From: Gary Lien <driver@halvorsendrug.example>\n"
            "To: Pharmacy <rx@halvorsendrug.example>\n"
            "Subject: Strand delivery\n"
            "\n"
            "Marvel Strand wasn't answering so I left the insulin pens in the cooler bag\n"
            "inside her storm door like she said. Her Eliquis wasn't in the tote, she says\n"
            "she has 3 days left. Can someone call her? I can bring it out Thursday.\n"
            "Gary\n"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "From: Our Savior's Lutheran Church <office@oursaviors-weller.example>\n"
            "To: Congregation\n"
            "Subject: Simply Giving form for 2027\n"
            "\n"
            "Want to set up automatic offerings? Fill in and return:\n"
            "Name: ______________________\n"
            "Bank routing number: _ _ _ _ _ _ _ _ _\n"
            "Account number: ____________________  Checking / Savings\n"
            "Amount: $______  1st / 15th / both\n"
            "Attach a voided check. Forms go in the offering plate or the office mail slot.\n"
        ),
        [],
    ),
    (
        (
            "From: Second Chance Bail Bonds <office@tamsenbail.example>\n"
            "To: Website contact list\n"
            "Subject: open all holidays\n"
            "\n"
            "Jail doesn't close for Christmas and neither do we. We post bond at Tamsen\n"
            "County Jail and surrounding counties 24 hours a day, 365 days a year.\n"
            "Payment plans available. We never run your credit. Call 319-555-0190.\n"
        ),
        [],
    ),
    (
        (
            "From: Weller Volunteer Fire Department Auxiliary <auxiliary@wellervfd.example>\n"
            "To: Friends and neighbors\n"
            "Subject: our year-end fund drive\n"
            "\n"
            "This year your department answered 212 calls, including 41 medical emergencies\n"
            "and 9 structure fires. Your gift before December 31 will buy two new AEDs and\n"
            "turnout gear for our three new volunteers. Send a check to the fire hall or give\n"
            "at the pancake supper. Thank you for keeping Weller safe!\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen County Head Start <training@tamsenheadstart.example>\n"
            "To: Family advocates\n"
            "Subject: in-service practice scenario (fictional)\n"
            "\n"
            'Practice scenario, made up for training: "Maria" tells you her partner was\n'
            "arrested last week and she is pregnant and scared to lose her housing. Role-play\n"
            "how you'd respond, what referrals you'd offer, and what you would and would not\n"
            "write in the file. We'll discuss at the Jan 4 in-service.\n"
        ),
        [],
    ),
    (
        (
            "From: Brekke Tax Service <office@brekketax.example>\n"
            "To: Clients\n"
            "Subject: what to bring in January\n"
            "\n"
            "Appointments open January 5. Please bring:\n"
            "- W-2s, 1099s, and last year's return\n"
            "- Social Security cards for any new dependents\n"
            "- Your IRS IP PIN letter (CP01A), if you get one: IP PIN ______\n"
            "- Bank routing and account numbers for direct deposit\n"
            "We're closed Dec 24 - Jan 4. Happy holidays from Marcy and Nate!\n"
        ),
        [],
    ),
    (
        (
            "From: Weller Family Medicine <results@wellerfamilymed.example>\n"
            "To: Craig Tollefsrud <ctollef@mailbox.example>\n"
            "Subject: genetic test result\n"
            "\n"
            "Craig,\n"
            "Your hereditary cancer panel found a pathogenic variant in MLH1 (Lynch\n"
            "syndrome). Together with the two adenomas removed at your October colonoscopy,\n"
            "Dr. Okafor recommends a colonoscopy every year from now on and a visit with\n"
            "the genetic counselor in Rochester. Your brother and kids may want testing too.\n"
            "We'll call to schedule after the holidays.\n"
        ),
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "From: Weller VFD Auxiliary <auxiliary@wellervfd.example>\n"
            "To: Auxiliary members\n"
            "Subject: setting up for the Dec 19 supper\n"
            "\n"
            "We'll set up tables Friday at 4. Side door code is 2632 then the # key; the\n"
            "bay doors stay down. Guest Wi-Fi for the card reader: WVFD-Guest, password\n"
            "Hoses&Holly. Bring your own griddle spatulas if you like yours better.\n"
            "Deb\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen County Extension <ag@tamsen.extension.example>\n"
            "To: FSA county office <fsa.tamsen@agency.example>\n"
            "Subject: Lee Xiong - beginning farmer paperwork\n"
            "\n"
            "Hi Doris,\n"
            "Lee Xiong dropped off his microloan paperwork with us since your office was\n"
            "closed for training. On the socially disadvantaged producer certification he\n"
            'wrote "I am Hmong American, my family farmed in Laos." He asked if that\'s all\n'
            "you need for the higher cost-share on the high tunnel. I'll bring it Monday.\n"
            "Beth, Extension\n"
        ),
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "From: Lindqvist-Moe Funeral Home <office@lindqvistmoe.example>\n"
            "To: Dennis Kuehl <dkuehl@mailbox.example>\n"
            "Subject: obituary draft for your mother\n"
            "\n"
            "Dennis, here is the draft for your review:\n"
            "\n"
            "Rosemary Kuehl, 81, of Weller died December 16 at home after living with ALS\n"
            "for three years. She was a lifelong member of St. Columba Catholic Church, where\n"
            "she served on the Altar Society and prayed the rosary each morning. Mass of\n"
            "Christian Burial will be Tuesday at 11.\n"
            "\n"
            "Send any changes by noon tomorrow. Jon\n"
        ),
        [
            ("health", ""),
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "From: RiverRide Medical Transport <office@riverride.example>\n"
            "To: Payroll <payroll@riverride.example>\n"
            "Subject: new driver - Jolene Sward\n"
            "\n"
            "New hire starting Dec 21, part-time van driver.\n"
            "Minnesota driver's license C811271620601, exp 2029; MVR came back clean.\n"
            "Direct deposit: routing 076382587, account 730070783 (checking).\n"
            "W-4 and I-9 are in her folder. First ride-along is the Monday morning route.\n"
            "Thanks, Bev\n"
        ),
        [
            ("US_DRIVER_LICENSE", "C811271620601"),
            ("ABA_ROUTING_NUMBER", "076382587"),
            ("US_BANK_NUMBER", "730070783"),
        ],
    ),
    (
        (
            "From: TPCU Call Center <callcenter@tpcu.example>\n"
            "To: Fraud desk <fraud@tpcu.example>\n"
            "Subject: voice ID mismatch on Brandt account\n"
            "\n"
            "Caller claiming to be member Lyle Brandt asked for a $3,000 transfer at 14:22.\n"
            "VoiceKey result: 31/100 against his enrolled voiceprint (pass is 70). Agent\n"
            "ended the call. Lyle called back himself at 15:05 from his home number and\n"
            "matched at 92. Please put a verbal password on his account.\n"
        ),
        [
            ("biometric", ""),
        ],
    ),
    (
        (
            "From: Ostby Feed & Seed <credit@ostbyfeed.example>\n"
            "To: Customers\n"
            "Subject: Farm Charge accounts for 2027\n"
            "\n"
            "Open an Ostby Farm Charge account before January 31: 30 days same as cash on\n"
            "feed, seed and fencing. We check credit with Experian; most accounts over $2,500\n"
            "need a score of 640 or better, and a past late payment won't always disqualify\n"
            "you. Applications at the counter. Statements go out on the 25th.\n"
        ),
        [],
    ),
    (
        (
            "From: Our Savior's Prayer Chain <prayerchain@oursaviors-weller.example>\n"
            "To: Prayer Chain members\n"
            "Subject: prayer request - Duane K.\n"
            "\n"
            "Please hold Duane Kittleson in prayer. He starts radiation on Monday for the\n"
            "cancer in his throat and will be driving to Rochester every weekday through\n"
            "January. Joan asks for prayers for strength and for safe winter roads.\n"
            "Pass this on to the next person on your list.\n"
            "Arlene\n"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "From: Ostby Feed & Seed <credit@ostbyfeed.example>\n"
            "To: Wade Kleppe <wkleppe@mailbox.example>\n"
            "Subject: your farm charge account application\n"
            "\n"
            "Wade,\n"
            "\n"
            "We ran the application for a $5,000 feed charge line. Here's what came back:\n"
            "Experian score: 689\n"
            "- 30 days late, Crossroads Implement Finance, 02/2025\n"
            "- Collection, Tamsen Rural Electric, $312, paid 2026\n"
            "ID verified: Iowa DL 828BX9646\n"
            "\n"
            "We can open it at $2,500 now and look again after six months on time.\n"
            "Reply if that works. Gail Ostby\n"
        ),
        [
            ("CREDIT_SCORE", "689"),
            ("CREDIT_REPORT", "30 days late, Crossroads Implement Finance, 02/2025"),
            ("CREDIT_REPORT", "Collection, Tamsen Rural Electric, $312, paid 2026"),
            ("US_DRIVER_LICENSE", "828BX9646"),
        ],
    ),
    (
        (
            "From: Weller VFD Auxiliary <auxiliary@wellervfd.example>\n"
            "To: Deb Engebretson <deb.e@mailbox.example>\n"
            "Subject: Re: raffle tickets by phone\n"
            "\n"
            "Deb, here's the one that came in on the hall phone for the quilt raffle. Please\n"
            "run it and then black it out of this email.\n"
            "\n"
            "Myrna Halvorsen, 20 tickets ($40)\n"
            "Amex 3795 884228 01891, exp 11/28, the 4 digits on the front: 3113\n"
            "\n"
            "Drawing is at the Dec 19 pancake supper.\n"
            "Sue\n"
        ),
        [
            ("CREDIT_CARD", "3795 884228 01891"),
            ("CVV", "3113"),
        ],
    ),
    (
        (
            "From: Lindqvist-Moe Funeral Home <office@lindqvistmoe.example>\n"
            "To: Janice Forde <jforde@mailbox.example>\n"
            "Subject: death certificate worksheet - please check\n"
            "\n"
            "Janice, please read this over before I submit to the state tonight.\n"
            "\n"
            "Decedent: Walter Eugene Forde\n"
            "Date of death: 12/14/2026, home, Weller\n"
            "SSN: 706-78-5411\n"
            "Race: White\n"
            "Usual occupation: Dairy farmer\n"
            "Cause of death (per Dr. Okafor): metastatic pancreatic cancer\n"
            "Informant: Janice Forde, daughter\n"
            "\n"
            "Jon\n"
        ),
        [
            ("US_SSN", "706-78-5411"),
            ("health", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "From: St. Columba Parish Office <office@stcolumba-weller.example>\n"
            "To: Gerald Fjelstad <gfjelstad@mailbox.example>\n"
            "Subject: your 2026 contribution statement\n"
            "\n"
            "Dear Gerald,\n"
            "Thank you for your generosity. For your tax records, your gifts to St. Columba\n"
            "Parish in 2026 totaled $1,640.00 (Christmas collection, building fund, pantry).\n"
            "No goods or services were provided in exchange for these gifts.\n"
            "Theresa Kuehl, Parish Secretary\n"
        ),
        [],
    ),
    (
        (
            "From: Tamsen Prairie Credit Union <lending@tpcu.example>\n"
            "To: Renata Oyler <roylerhome@mailbox.example>\n"
            "Subject: Your Holiday Loan application - notice of action taken\n"
            "\n"
            "Dear Renata Oyler,\n"
            "\n"
            "Thank you for applying for a $1,500 Holiday Loan on December 14, 2026. We are\n"
            "unable to approve it at this time.\n"
            "\n"
            "Credit score used in our decision: 540 (Equifax; scores range from 300 to 850)\n"
            "Items from your credit report that affected the decision:\n"
            "- Collection account, Midwest Recovery Group, orig. creditor Ostby Propane, $1,240\n"
            "- Late payment, 60 days, Crossroads Auto Finance, reported 03/2026\n"
            "- Charge-off, Northfield Card Services, $2,915\n"
            "\n"
            "You may request a free copy of your report within 60 days. Questions: 319-555-0147.\n"
        ),
        [
            ("CREDIT_SCORE", "540"),
            (
                "CREDIT_REPORT",
                "Collection account, Midwest Recovery Group, orig. creditor Ostby Propane, $1,240",
            ),
            ("CREDIT_REPORT", "Late payment, 60 days, Crossroads Auto Finance, reported 03/2026"),
            ("CREDIT_REPORT", "Charge-off, Northfield Card Services, $2,915"),
        ],
    ),
    (
        (
            "From: Ostby Feed & Seed <billing@ostbyfeed.example>\n"
            "To: Loren Tweet <ltweet@mailbox.example>\n"
            "Subject: December statement, account 20417\n"
            "\n"
            "Account: 20417   Statement date: 12/25/2026\n"
            "Previous balance: $1,942.30\n"
            "Invoice 88120  12/02  layer pellets, mineral   $412.80\n"
            "Invoice 88157  12/09  fencing supplies         $639.15\n"
            "Payment 12/14  ref 1922868428329176             -$800.00\n"
            "New balance: $2,194.25. Due January 25.\n"
        ),
        [],
    ),
    (
        (
            "From: Marcy Brekke <marcy@brekketax.example>\n"
            "To: Bjorn Haugland <bhaugland@mailbox.example>\n"
            "Subject: Re: year-end donations list\n"
            "\n"
            "Bjorn,\n"
            "Got your list, thanks. The church, the fire department fund drive and the food\n"
            "pantry are all deductible. The $500 you gave to Friends of Marit Solberg and the\n"
            "$100 to the Tamsen County Republicans are not, political contributions never\n"
            "are, so I'll leave those off Schedule A.\n"
            "Marcy\n"
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "From: RiverRide Medical Transport <dispatch@riverride.example>\n"
            "To: Riders and families\n"
            "Subject: Christmas week schedule\n"
            "\n"
            "The dialysis center is closed Friday, December 25. If you normally ride on\n"
            "Fridays, your ride moves to Thursday the 24th; dispatch will call you with the\n"
            "new pickup time. Wheelchair van service runs as usual. Heated blankets are\n"
            "on every van. Dispatch: 319-555-0176.\n"
        ),
        [],
    ),
    (
        (
            "From: Rick Dolan <rick@tamsenbail.example>\n"
            "To: Weller Gazette <letters@wellergazette.example>\n"
            "Subject: letter for the holiday edition\n"
            "\n"
            "Last Christmas Eve a mother called our office at 2 in the morning. Her son had\n"
            "been picked up in another county and she had no idea what to do. By 7 am he was\n"
            "home for presents. I'm not sharing names, but I think about that family every\n"
            "December. Whatever you're facing this season, you're not alone.\n"
            "Rick Dolan, Second Chance Bail Bonds\n"
        ),
        [],
    ),
    (
        (
            "From: Gail Ostby <gail@ostbyfeed.example>\n"
            "To: Solberg volunteers <friends@solbergforsenate.example>\n"
            "Subject: more yard signs?\n"
            "\n"
            "Hi, it's Gail at the feed store. Gene Lindahl came in for layer feed today and\n"
            "asked for another Marit Solberg sign, the wind took his first one. Says his\n"
            "whole family is voting for her in the special election. Also Arnie Sveum wants\n"
            "one for the corner by his shop. Can someone drop off five more?\n"
            "Gail\n"
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "From: Katie Lorenzen <klorenzen@mailbox.example>\n"
            "To: Brekke Tax Service <office@brekketax.example>\n"
            "Subject: baby's social security card came!\n"
            "\n"
            "Hi Marcy,\n"
            "Elsie's card finally came in the mail yesterday so you can add her for 2026.\n"
            "Her number is 730-67-7237. Born Oct 30, so she counts for the whole year, right?\n"
            "See you in February.\n"
            "Katie\n"
        ),
        [
            ("US_SSN", "730-67-7237"),
        ],
    ),
    (
        (
            "From: RiverRide Medical Transport <office@riverride.example>\n"
            "To: Bev Solum <bev@riverride.example>\n"
            "Subject: volunteer driver screening - Hank Ellefson\n"
            "\n"
            "Bev, Hank's screening came back: criminal background check, no records found;\n"
            "sex offender registry, no match; MVR clean, no violations in 5 years.\n"
            "He can start the Tuesday runs after his van orientation.\n"
            "Marcia, Office Manager\n"
        ),
        [],
    ),
    (
        (
            "From: Second Chance Bail Bonds <office@tamsenbail.example>\n"
            "To: Agents\n"
            "Subject: new indemnitor form (blank)\n"
            "\n"
            "Defendant name: ____________  Booking #: ________  Charge(s): ____________\n"
            "Indemnitor name: ____________  Relationship: ____________\n"
            "Driver's license #: ____________  SSN: XXX-XX-XXXX\n"
            "Employer: ____________  Years: ____\n"
            "Premium paid: $______  Cash / Card  Receipt #: ______\n"
        ),
        [],
    ),
    (
        (
            "From: Lindqvist-Moe Funeral Home <jon@lindqvistmoe.example>\n"
            "To: Staff <staff@lindqvistmoe.example>\n"
            "Subject: Haagenson arrangements\n"
            "\n"
            "Arrangements for Robert Haagenson, 67: visitation Sunday 2-5, service Monday 11\n"
            "at the chapel. Family contact is his husband, Everett Lund, 319-555-0129; they\n"
            "were together 31 years. Everett wants the flag folded and presented to him.\n"
            "Honor guard from the VFW confirmed.\n"
            "Jon\n"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "From: St. Columba Parish Office <office@stcolumba-weller.example>\n"
            "To: Michael and Anna Reisinger <reisingers@mailbox.example>\n"
            "Subject: Baptism of Theresa Rose\n"
            "\n"
            "Dear Michael and Anna,\n"
            "\n"
            "Father Tran will baptize Theresa Rose on Sunday, December 27 after the\n"
            "10:00 Mass. Please have the godparents, Luke Reisinger and Clare Henning, bring\n"
            "their sponsor letters from their home parishes. A white garment is provided.\n"
            "\n"
            "Blessings, Theresa Kuehl, Parish Secretary\n"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "From: Weller Family Medicine <reminders@wellerfamilymed.example>\n"
            "To: Arne Vigen <avigen@mailbox.example>\n"
            "Subject: appointment reminder\n"
            "\n"
            "Arne, this is a reminder of your appointment with Dr. Okafor on Friday,\n"
            "December 18 at 10:40 am. Please bring your insurance card and arrive 10\n"
            "minutes early. Reply C to confirm or call 319-555-0112 to reschedule.\n"
            "For your privacy we never send test results by email or text.\n"
        ),
        [],
    ),
    (
        (
            "From: Lindqvist-Moe Funeral Home <office@lindqvistmoe.example>\n"
            "To: Arvid Nesheim <anesheim@mailbox.example>\n"
            "Subject: pre-need plan draft change\n"
            "\n"
            "Dear Arvid,\n"
            "\n"
            "As you asked on the phone, the monthly payment for your and Solveig's pre-need\n"
            "contracts will come from your new account starting January 15:\n"
            "Routing: 271534389\n"
            "Account: 53242535616\n"
            "\n"
            "The old draft from Farmers Savings is stopped. Warm wishes for the holidays.\n"
            "Jon Lindqvist\n"
        ),
        [
            ("ABA_ROUTING_NUMBER", "271534389"),
            ("US_BANK_NUMBER", "53242535616"),
        ],
    ),
    (
        (
            "From: Halvorsen Drug <delivery@halvorsendrug.example>\n"
            "To: Selma Haugen <shaugen@mailbox.example>\n"
            "Subject: your order is on its way\n"
            "\n"
            "Hi Selma, order #418822 left the store with our driver at 1:15.\n"
            "Delivery window: 2-4 pm. Tracking 8709809447183296960.\n"
            "If no one is home, the driver will leave a tag; refrigerated items come back to\n"
            "the store. Questions? 319-555-0108.\n"
        ),
        [],
    ),
    (
        (
            "From: Weller Family Medicine <results@wellerfamilymed.example>\n"
            "To: Hannah Skogen <hskogen@mailbox.example>\n"
            "Subject: your carrier screening result\n"
            "\n"
            "Hi Hannah,\n"
            "Your carrier screening from your annual visit is back. You carry one copy of a\n"
            "change in the SMN1 gene, which means you are a carrier for spinal muscular\n"
            "atrophy. Carriers are healthy. Dr. Okafor will go over what this means and\n"
            "talk about screening for your husband at your visit on January 7.\n"
            "Weller Family Medicine nursing\n"
        ),
        [
            ("genetic", ""),
        ],
    ),
    (
        (
            "From: Our Savior's Lutheran Church <office@oursaviors-weller.example>\n"
            "To: Harlan Moe <hmoe@mailbox.example>\n"
            "Subject: your automatic offering starting January\n"
            "\n"
            "Dear Harlan,\n"
            "\n"
            "Thank you for returning the Simply Giving form. Starting January 5 we will\n"
            "draft $60 twice a month from:\n"
            "\n"
            "  Bank routing number: 098033678\n"
            "  Account number: 627999865774 (savings)\n"
            "\n"
            "Please let us know if anything looks wrong. Blessed Christmas!\n"
            "Karen Tollefson, Office Administrator\n"
        ),
        [
            ("ABA_ROUTING_NUMBER", "098033678"),
            ("US_BANK_NUMBER", "627999865774"),
        ],
    ),
    (
        (
            "From: Tamsen County Extension <news@tamsen.extension.example>\n"
            "To: Extension newsletter list\n"
            "Subject: winter programs\n"
            "\n"
            "- Dining with Diabetes: four Tuesdays starting Jan 12, Weller library\n"
            "- Farm Stress and Mental Health First Aid, Feb 4, free for farm families\n"
            "- Private pesticide applicator recertification, Jan 21 and Feb 18\n"
            "- Beef quality assurance, Feb 9\n"
            "Register at 319-555-0150. Accommodations for disabilities on request.\n"
        ),
        [],
    ),
    (
        (
            "From: Halvorsen Drug <news@halvorsendrug.example>\n"
            "To: Customers\n"
            "Subject: Christmas hours\n"
            "\n"
            "Dec 24: 9 am - 1 pm. Dec 25: closed. Dec 31: 9 am - 3 pm. Jan 1: closed.\n"
            "Flu, COVID and shingles shots are walk-in any time we're open, no appointment.\n"
            "Free delivery in town continues with Gary; order by 10 for same-day.\n"
            "Merry Christmas from all of us at Halvorsen Drug!\n"
        ),
        [],
    ),
    (
        (
            "From: Al Brandvold <quartermaster@vfw9127.example>\n"
            "To: Post 9127 Commander <commander@vfw9127.example>\n"
            "Subject: bank code went to my old phone\n"
            "\n"
            "Bob,\n"
            "The credit union still has my old cell on the post's online banking. When you\n"
            "tried to log in at 2:10 it texted me: 936925. That's the code to finish\n"
            "signing in, use it in the next few minutes. I'll stop by the branch Friday to\n"
            "change the number to yours.\n"
            "Al\n"
        ),
        [
            ("ACCESS_CODE", "936925"),
        ],
    ),
    (
        (
            "From: Roger Kvamme <rkvamme@vfw9127.example>\n"
            "To: Post 9127 Service Officer <vso@vfw9127.example>\n"
            "Subject: Brandon for the Christmas dinner\n"
            "\n"
            "Bill, Brandon Haakenson asked if he can help serve at the Christmas dinner. His\n"
            "vet court mentor says that's fine, he's 120 days sober and doing his weekly PTSD\n"
            "group at the VA clinic. Judge wants him doing something on the holidays. No bar\n"
            "duty obviously, put him on the serving line with me.\n"
            "Roger\n"
        ),
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "From: Deacon Ray Faust <deacon.ray@stcolumba-weller.example>\n"
            "To: Jail ministry team\n"
            "Subject: Christmas visits at county jail\n"
            "\n"
            "I'll bring Communion to Luis Ortega and Shane Mikkelson in C-block on the 23rd;\n"
            "both asked to receive. Luis is still waiting on sentencing, so keep his mother\n"
            "in your prayers too. Jail staff need our names by Friday.\n"
            "Deacon Ray\n"
        ),
        [
            ("criminal_history", ""),
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "From: Ostby Feed & Seed <counter@ostbyfeed.example>\n"
            "To: Gail Ostby <gail@ostbyfeed.example>\n"
            "Subject: payment on acct 20417 by phone\n"
            "\n"
            "Gail, Loren Tweet called to pay down his feed account before year end.\n"
            "Run $800 on 5554-0818-4143-7485, exp 06/28. He said no receipt needed.\n"
            "Invoices 88120 and 88157 are the ones he wants paid first.\n"
            "- Brody\n"
        ),
        [
            ("CREDIT_CARD", "5554-0818-4143-7485"),
        ],
    ),
    (
        (
            "From: Tom Rasmussen <tomras@mailbox.example>\n"
            "To: Weller Family Medicine <frontdesk@wellerfamilymed.example>\n"
            "Subject: Fwd: Your WellerConnect sign-in code\n"
            "\n"
            "My wife can't get into the portal from her phone so I'm sending this along,\n"
            "she's Janet Rasmussen. Is this right?\n"
            "\n"
            "---------- Forwarded message ----------\n"
            "From: WellerConnect <no-reply@wellerfamilymed.example>\n"
            "Your one-time sign-in code is 346738. It expires in 10 minutes.\n"
            "If you did not request this code, call 319-555-0112.\n"
        ),
        [
            ("ACCESS_CODE", "346738"),
        ],
    ),
    (
        (
            "From: Weller VFD Auxiliary <auxiliary@wellervfd.example>\n"
            "To: Auxiliary officers\n"
            "Subject: Dec 19 pancake supper workers\n"
            "\n"
            "Update on the pancake supper schedule:\n"
            "- Joan Vick can't do the 5-7 shift after all, she's knocking doors for Ray\n"
            "  Thune's county supervisor campaign that night and promised him the weekend.\n"
            "- Sue will take her spot on the griddle.\n"
            "- We still need two people for cleanup.\n"
            "Deb\n"
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "From: Second Chance Bail Bonds <office@tamsenbail.example>\n"
            "To: File <file@tamsenbail.example>\n"
            "Subject: indemnitor app - Kurt Halvorsen bond\n"
            "\n"
            "Defendant: Kurt Halvorsen, booked Tamsen County Jail 12/19 02:30\n"
            "Charge: OWI 2nd offense; bond set $2,000\n"
            "Indemnitor: Sherry Halvorsen (mother)\n"
            "  Iowa DL 984FF5931\n"
            "  SSN 852-85-0239\n"
            "  Employer: Weller Care Center, 11 yrs\n"
            "Premium $200 paid cash, receipt 4471.\n"
            "Released 06:10, court Jan 8.\n"
        ),
        [
            ("US_DRIVER_LICENSE", "984FF5931"),
            ("US_SSN", "852-85-0239"),
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "From: Rick Dolan <rick@tamsenbail.example>\n"
            "To: Office <office@tamsenbail.example>\n"
            "Subject: card for the Ruiz bond\n"
            "\n"
            "Took this over the phone at 11 pm, mom is paying the premium for her son\n"
            "Danny Ruiz (possession charge, arraigned tomorrow). Card number:\n"
            "5112 2442 5822\n"
            "0670\n"
            "exp 02/29, CVC 623, name on card Lucia Ruiz\n"
            "Run it first thing, I'm posting at 7.\n"
            "Rick\n"
        ),
        [
            ("CREDIT_CARD", "5112 2442 5822\n0670"),
            ("CVV", "623"),
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "From: Marrow Creek Clovers 4-H <news@marrowcreek4h.example>\n"
            "To: Club families\n"
            "Subject: December meeting recap\n"
            "\n"
            "Thanks to Dr. Naess for the talk on heifer genetics. Josie's heifer tested\n"
            "free of PHA and TH, and her calf's genomic EPDs came in above breed average for\n"
            "calving ease. Next month: record books due, and we'll pick a spring service\n"
            "project. Snacks: the Kleppe family.\n"
        ),
        [],
    ),
    (
        (
            "From: Dawn Pfaff <dpfaff@tpcu.example>\n"
            "To: Online Banking Help <help@tpcu.example>\n"
            "Subject: FW: locked out again (Aasland)\n"
            "\n"
            "Forwarding from the website contact form, she says it's urgent before the 23rd.\n"
            "\n"
            "> Hi, this is Corinne Aasland. I locked myself out of online banking trying to\n"
            "> pay the propane bill. My account number is 922730041300. The old password was\n"
            "> Snowplow#Dec26 and now it says too many attempts. Security answers, in case you\n"
            "> need them: first pet Biscuit, street I grew up on Nordgaard Road.\n"
            "> Can someone reset it? I'm home after 3.\n"
            "\n"
            "Dawn\n"
        ),
        [
            ("US_BANK_NUMBER", "922730041300"),
            ("PASSWORD", "Snowplow#Dec26"),
            ("PASSWORD", "Biscuit"),
            ("PASSWORD", "Nordgaard Road"),
        ],
    ),
    (
        (
            "From: VFW Post 9127 Auxiliary <auxiliary@vfw9127.example>\n"
            "To: Commander Bob Quale <commander@vfw9127.example>\n"
            "Subject: one more for Christmas dinner\n"
            "\n"
            "Bob, add one more to the dinner count. Marlene's son Tyler came home Tuesday\n"
            "after four years at Ridgeview Correctional and she'd like him to meet some of\n"
            "the guys. He's on parole till 2028, so he can't be in the bar room; the dining\n"
            "hall is fine.\n"
            "Linda\n"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "From: Lindqvist-Moe Funeral Home <office@lindqvistmoe.example>\n"
            "To: Carol Dahle <cdahle@mailbox.example>\n"
            "Subject: Dale's obituary - second draft\n"
            "\n"
            "Carol, I added what you asked:\n"
            "\n"
            "Dale worked as a lineman for Tamsen Rural Electric for 38 years and was a proud\n"
            "member of Electrical Workers Local 482, serving as its steward for a decade.\n"
            "He loved ice fishing on Lake Ostby and his Friday night cribbage.\n"
            "\n"
            "Visitation Monday 4-7. Jon\n"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "From: St. Columba Parish Office <office@stcolumba-weller.example>\n"
            "To: Parish web volunteer <webhelp@stcolumba-weller.example>\n"
            "Subject: online giving errors again\n"
            "\n"
            "Kevin, the Christmas collection page is throwing this. Pasting what it shows:\n"
            "\n"
            "  Config error: payment processor rejected request\n"
            "  publishable_key = pk_live_LjV69UMT4n1VoWbg14Kd3sVe\n"
            "  secret_key = sk_live_1X3LeMTjWgcNFnJEGmxErCJV\n"
            "  status 401 at 12/16/2026 08:14\n"
            "\n"
            "Can you look before the Christmas Eve Masses? Father wants people to be able\n"
            "to give from their phones.\n"
            "Theresa\n"
        ),
        [
            ("API_KEY", "sk_live_1X3LeMTjWgcNFnJEGmxErCJV"),
        ],
    ),
    (
        (
            "From: Tamsen County Head Start <cook@tamsenheadstart.example>\n"
            "To: Families\n"
            "Subject: holiday party menu and a note\n"
            "\n"
            "Party menu Dec 18: turkey roll-ups, apple slices, sunbutter cookies (nut-free),\n"
            "milk. Our kitchen is peanut- and tree-nut-free every day. Abuela Ortiz asked\n"
            "for a Spanish interpreter at conferences; we'll have Sra. Pérez at both sessions\n"
            "so any family who prefers Spanish is welcome to use her.\n"
        ),
        [],
    ),
    (
        (
            "From: Marrow Creek Clovers 4-H <treasurer@marrowcreek4h.example>\n"
            "To: Kari and Steinar Lunde <lunde.family@post.example>\n"
            "Subject: refund of Ingrid's camp deposit\n"
            "\n"
            "Dear Kari and Steinar,\n"
            "\n"
            "Since Ingrid flies home before camp, the club voted to refund her $150 deposit.\n"
            "We will wire it to the account you sent:\n"
            "IBAN NO31 1329 1721 690\n"
            "Account holder: Kari Lunde\n"
            "\n"
            "It was a joy hosting her this fall. God jul!\n"
            "Becky Sorum, club treasurer\n"
        ),
        [
            ("IBAN_CODE", "NO31 1329 1721 690"),
        ],
    ),
    (
        (
            "From: Pastor Leif Amdahl <pastor@oursaviors-weller.example>\n"
            "To: Confirmation families\n"
            "Subject: Christmas Eve readers\n"
            "\n"
            "The second-year confirmands will read the lessons at the 4:00 service:\n"
            "Ingrid Solum (Isaiah 9), Noah Fjelstad (Luke 2:1-7), Hallie Brudos (Luke 2:8-20).\n"
            "Please be in the sanctuary by 3:30 for robes. Their affirmation of baptism is\n"
            "set for Pentecost Sunday; mentors will be assigned in January.\n"
            "Pastor Leif\n"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "From: Lisa Brekken <lbrekken@mailbox.example>\n"
            "To: Lindqvist-Moe Funeral Home <office@lindqvistmoe.example>\n"
            "Subject: Re: Mom's obituary draft\n"
            "\n"
            "Jon, one more change. Mom was so proud of that DNA kit we gave her, it said\n"
            '61% Norwegian and 24% Swedish, so could the obituary say "Gladys was proud of\n'
            'her Norwegian roots" after the part about the lefse? The rest looks perfect.\n'
            "Lisa\n"
        ),
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "From: Marcy Brekke <marcy@brekketax.example>\n"
            "To: Seasonal preparers\n"
            "Subject: training - W-4 practice return (fictional)\n"
            "\n"
            "For Thursday's practice session, use this made-up client:\n"
            "  Name: Sam Sample, single, two dependents\n"
            "  SSN: 975-40-4766 (training only, not a real number)\n"
            "  Wages: $48,200; federal withheld $3,115\n"
            "Work out the W-4 step 3 amount and bring your answer. Coffee's on me.\n"
        ),
        [],
    ),
    (
        (
            "From: Weller Family Medicine <frontdesk@wellerfamilymed.example>\n"
            "To: New patients\n"
            "Subject: new patient form (please fill out before your visit)\n"
            "\n"
            "Name: ______________________  Date of birth: ___/___/______\n"
            "Current medications: _____________________________________\n"
            "Allergies: ______________________  Do you smoke?  Y / N\n"
            "Race (optional): ______________  Preferred language: __________\n"
            "Pharmacy: ______________________  Emergency contact: __________\n"
            "Signature: ______________________\n"
        ),
        [],
    ),
    (
        (
            "From: Harbor Light Pregnancy Resource Center <news@harborlightprc.example>\n"
            "To: Friends of Harbor Light\n"
            "Subject: Baby Bottle Boomerang is back\n"
            "\n"
            "Pick up a baby bottle at your church or at Halvorsen Drug, fill it with change\n"
            "or a check, and bring it back by January 18. Every $30 covers a pregnancy test\n"
            "and a visit with an advocate. All our services are free and confidential, and we\n"
            "never share what a client tells us with parents or partners.\n"
        ),
        [],
    ),
    (
        (
            "From: Shonda Pettis <spettis@tamsenheadstart.example>\n"
            "To: Alyssa Grunwald <alyssa.g@mailbox.example>\n"
            "Subject: your EBT card\n"
            "\n"
            "Hi Alyssa,\n"
            "We got the replacement card set up on the phone line this morning like you\n"
            "asked. The new PIN you picked is 2826, write it somewhere safe and not on the\n"
            "card. The card is in your cubby at the center.\n"
            "\n"
            "Over break the building is locked, use the side door keypad 6299 if you come\n"
            "for the coat closet on the 22nd.\n"
            "\n"
            "Shonda, Family Advocate\n"
        ),
        [
            ("PIN", "2826"),
        ],
    ),
    (
        (
            "From: Lyle Ostrem <lostrem@tpcu.example>\n"
            "To: Travis Duffy <tduffy77@mailbox.example>\n"
            "Subject: Re: skip-a-pay and the truck loan\n"
            "\n"
            "Travis,\n"
            "\n"
            "Good news before Christmas. I pulled your file for the rate review you asked\n"
            "about: your score is 736 now, up from 648 when we opened the truck loan in\n"
            "March 2024. That puts you in our A tier, so come January we can drop the rate\n"
            "a full point. The December skip-a-pay is approved too, the $25 fee comes out\n"
            "of share savings.\n"
            "\n"
            "Merry Christmas,\n"
            "Lyle Ostrem, Lending, Tamsen Prairie Credit Union, 319-555-0147\n"
        ),
        [
            ("CREDIT_SCORE", "736"),
            ("CREDIT_SCORE", "648"),
        ],
    ),
    (
        (
            "From: VFW Post 9127 Auxiliary <auxiliary@vfw9127.example>\n"
            "To: Post members\n"
            "Subject: Sarge update\n"
            "\n"
            "Good news on Sarge, the post's black lab: he got his rabies booster, had the\n"
            "cracked tooth pulled and is on antibiotics for a week. No table scraps at the\n"
            "Christmas dinner, please! He'll be in his bed by the stage.\n"
        ),
        [],
    ),
    (
        (
            "From: BondTrack Check-in <alerts@tamsenbail.example>\n"
            "To: Rick Dolan <rick@tamsenbail.example>\n"
            "Subject: missed check-in review - Cody Marsh\n"
            "\n"
            "Client: Cody Marsh (bond #B-2611, burglary 3rd, Tamsen Co.)\n"
            "Weekly selfie check-in 12/18 21:02\n"
            "Face match to booking photo: 0.58 - below 0.85, flagged\n"
            "Location: Harmony MN (outside approved area)\n"
            "Action: call client, confirm whereabouts before court 12/29.\n"
        ),
        [
            ("biometric", ""),
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "From: St. Columba Food Pantry <pantry@stcolumba-weller.example>\n"
            "To: Pantry volunteers\n"
            "Subject: reminder on intake\n"
            "\n"
            "Reminder for the holiday boxes: we never ask about religion, immigration status\n"
            "or why someone needs food. Any ID or a piece of mail with a county address is\n"
            "enough. If someone offers their story, listen, but don't write it down.\n"
            "Thanks for all you do, Theresa\n"
        ),
        [],
    ),
    (
        (
            "From: Brekke Tax Service <office@brekketax.example>\n"
            "To: Lorraine Vang <lvang.home@mailbox.example>\n"
            "Subject: your IP PIN letter came here\n"
            "\n"
            "Hi Lorraine,\n"
            "\n"
            "The IRS sent your CP01A notice to our office address again (we'll fix the\n"
            "address on your next return). Your Identity Protection PIN for the 2027 filing\n"
            "season is 775553. I matched it to the SSN ending 6182 on your file, so we're set\n"
            "when your W-2s come in. Shred this email after you write the number down.\n"
            "\n"
            "We're closed Dec 24 - Jan 4. Happy holidays!\n"
            "Marcy Brekke, EA\n"
        ),
        [
            ("PIN", "775553"),
            ("US_SSN", "6182"),
        ],
    ),
    (
        (
            "From: Tamsen County Extension <ag@tamsen.extension.example>\n"
            "To: Producers list\n"
            "Subject: socially disadvantaged producer cost-share, how to apply\n"
            "\n"
            "USDA offers higher cost-share for producers who self-certify as socially\n"
            "disadvantaged (race, ethnicity or gender) or as beginning farmers or veterans.\n"
            "The form is AD-2047 at the FSA office. Extension staff can help you fill it in;\n"
            "we don't keep copies. Questions: Beth, 319-555-0150.\n"
        ),
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_86, "hard86", Path(__file__).with_name("hard-86.jsonl")))
