"""Hard set 46 (2026-12-07): one big city's LGBTQ+ community center and its partners.

Written by an independent helper session, started by the project and working blind. It read
exactly four things: the privacy policy (/work/shared/policy/privacy-policy.txt, all of it),
tests/data/sensitive/independent_sets.py (the checker and record format),
scanner/categories.py (category names) and the output of grep -n "line-length" on
pyproject.toml, besides its brief and the two files it names (/tmp/mg/conventions.txt,
/tmp/mg/brief46.txt). Nothing else in the worktree, /work/main or /work was read or listed;
the detector was not run, no scanner or make command was run, and no search tool (web,
code-index or document search) was used. Git use: `git add` of this module and its JSONL
output and one `git commit`, in the worktree, besides the slip below.
Slips: one. Before committing, `git status --short` was run in the worktree (not among the
permitted git commands); it printed only this set's two untracked files,
tests/data/sensitive/hard-46.jsonl and tests/data/sensitive/hard_46.py. Nothing else.

Identifiers: every number, code and secret comes from throwaway scripts in /tmp/hard46_gen/
(gen.py, gen_words.py, gen_misc.py), each kind drawn from its own random.Random with a fixed
seed (cards 46001, SSNs 46002, SSN last fours 46003, ITINs 46004, passports 46005, Illinois
licences 46006, Illinois state IDs 46007, routing numbers 46008, account numbers 46009,
IBANs 46010, CVVs, PINs and one-time codes 46011, passwords 46012, API credentials 46013,
credit scores 46014, decoy order, ticket, door, alarm, padlock and lockbox numbers 46015,
card last fours 46016, masked account fours 46017, the tribal ID 46018, security answers
46101-46103, Wi-Fi and promo strings 46104-46105, grant, case, invoice and clinic reference
numbers and the EIN 46106 (the eviction case number's "CH" was changed to "EV" by hand),
and the Rx, client-ID, receipt, docket, booth and committee-ID numbers 46201-46206). Cards
pass Luhn, routing numbers the ABA 3-7-1 check, IBANs mod-97, SSNs the SSA rules and ITINs
the group ranges; no published test numbers and no trivial sequences are used. Dates,
times, amounts, ages, lab values and street addresses are written by hand and identify no
one. Phone numbers are 555-01xx. The center, its partners, the 51st Ward alderperson, the
people and the organisations are invented; real places, courts, agencies, vendors and drugs
(Chicago streets, Stateville, Cook County Jail, the Ho-Chunk Nation, Square, Stripe,
Twilio, Equifax, Biktarvy) appear only as such.

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
- An organisation's own operating account, quoted back with its routing number by a funder
  before a grant payment, is labelled like any other account: ABA_ROUTING_NUMBER and
  US_BANK_NUMBER.
- The stated ground of an asylum claim (threats after his neighbours learned he is gay) is a
  stated orientation: sexual_orientation. The asylum consult and nationality stay unlabelled;
  a Guatemalan passport number is US_PASSPORT.
- A same-sex spouse is read from what the text itself says of both people ("his husband of
  24 years", a writer signing "he/him" who writes of "my husband"); a couple whose genders
  the text does not give is not labelled.
- A passport renewal or ID update "in your new name" is a name change only: the passport and
  state ID numbers are labelled, the name change is not.
- A trans man's prenatal visit is health (pregnancy and its care); his pronouns are not
  labelled. An undetectable viral load with a CD4 count in a case note about a named client
  is health (test results).
- Starting estradiol with spironolactone is medical transition: health. A Factor V Leiden
  result that changes that estradiol from pills to a patch is genetic and health.
- An Illinois Link card is an EBT card: its PIN is PIN; the loading-dock code beside it is
  not labelled.
- A tribal ID number is labelled as written, prefix included ("HCN-..."), US_STATE_ID.
- Volunteering at, or being given a task for, an event open to all (a Trans Day of
  Remembrance vigil) discloses nothing about the volunteer; nor does a drag show's lineup of
  stage names, a kickball team's name ("The Shortstop Gays"), or a bookshop's promotion of
  an author's published memoir (a published story).
- Belonging to a chorus, a kickball league, an employee resource group or a tenants' union is
  no special category; the card's last four on a chorus dues receipt are
  CREDIT_CARD_LAST_DIGITS all the same.
- A pharmacy Rx number, a clinic partner-services reference number, a grant number and an
  eviction case number are unlabelled identifiers.
- Harm-reduction outreach notes that a named woman does sex work: sexual_orientation; that
  she started PrEP: health.
- A ClearPay face-similarity score for a named new employee is biometric; the licence it was
  checked against, given without its number, is no value.

Emphasis: a month of mail around an invented Chicago LGBTQ+ community center (front desk,
youth drop-in, senior lunch, housing navigator, legal clinic, sexual-health clinic and
pharmacy) and its partners (a counselling practice, pantry, chorus, kickball league, bookshop
cafe, Lutheran church, synagogue, Pride committee, an alderperson's office and campaign,
tenants' union, bar, employer ERG, foundation, payroll vendor and bank). Positives sit where
senders put them: name-change and passport paperwork, asylum and expungement intake, VITA tax
prep with an ITIN and IP PIN, payroll and I-9 setup, a funder's ACH check, an HMIS CSV export,
clinic results, a partner notice, pharmacy and vaccine records, transition care, a trans
man's prenatal visit, counselling intake with a copay card, a card read over the phone and
broken over two lines, a treasurer's bank handover, a voicemail code in words, vendor
credentials, credit letters and a tenant screening, and identity facts about named people
(a parent's note that a son came out, husbands, brides, an obituary, a baptism list, a
b-mitzvah, an ancestry result, tribal enrolment, ERG self-ID, union dues on a pay stub,
campaign volunteering and giving, jail, parole, drug court and a DUI). Decoys are the same
senders' routine mail: Pride and event schedules open to all, aggregate program numbers, a
grant report without persons, a public official's vote, published memoirs, HIV-testing and
PrEP education, a blank intake form, a template with placeholders, ticket, order, tracking,
invoice and case numbers, door and lockbox codes, guest Wi-Fi and promo
codes, a masked checking account, a clean background check, civil immigration detention, an
eviction reminder, tenants' union dues, a pet's vaccines, a job posting, a hypothetical
results policy, a negation FAQ, an anonymised appeal, a training role-play and a storytelling
piece marked as fiction.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_46: list[Case] = [
    (
        """Subject: Fall Pride Street Fest: this Saturday's schedule

Hi everyone,

Here is the run of show for Saturday, October 10, on Halden Ave between Belmont and Roscoe.
Everything is free and open to all ages; no RSVP needed.

11:00  Gates open, family zone with face painting and the story tent
12:00  Opening words from the Fest committee
12:30  Lakeview Lavender Chorus on the main stage
1:30   Youth poetry slam (Northlight youth drop-in)
2:30   Queer history walking tour leaves from the info booth
4:00   Drag bingo hosted by the Copper Heron
6:00   DJ set until close at 9:00

Free HIV and syphilis testing is available all day in the Northlight Health van at the
Roscoe end. ASL interpretation on the main stage from noon to 6.

See you out there!
Northside Pride Fest Committee
(773) 555-0112""",
        [],
    ),
    (
        """Subject: Your lab results from Nov 3

Hi Desmond,

Your results from your PrEP follow-up on November 3 are back and everything looks good:

- HIV antigen/antibody: non-reactive (negative)
- Syphilis (RPR): non-reactive
- Gonorrhea and chlamydia, all three sites: not detected
- Kidney function (creatinine): normal, so keep taking Descovy once a day as you have been

Your next three-month visit is due in early February. We'll send a reminder, and your
refills are already set up at the Halden Ave pharmacy.

Camille Duarte, RN
Northlight Health | PrEP Navigation
(773) 555-0147""",
        [("health", "")],
    ),
    (
        """Subject: keys + logins for this weekend

Dani,

Thanks again for covering Saturday and Sunday while I'm in Milwaukee. Things you'll need:

Square dashboard (refunds and the end-of-day report)
  login: maxine@spineandsaucer.com
  password: Velvetquartz21*

Alarm panel by the back door: 9011 then OFF. Set it again on your way out.
The spare register key is in the blue mug on the espresso shelf.

If the card reader drops off the network, unplug it for ten seconds. Call me if anything
catches fire, otherwise I trust you completely.

Maxine
Spine & Saucer Books""",
        [("PASSWORD", "Velvetquartz21*")],
    ),
    (
        """Subject: Legal clinic intake form (blank) for Thursday walk-ins

Front desk team, please print 20 copies of the attached for Thursday's clinic. The text is
below in case the attachment doesn't open.

NORTHLIGHT LEGAL CLINIC - NAME AND GENDER MARKER INTAKE
Current legal name: ______________________
Name you want on your documents: ______________________
Date of birth: ___/___/______
Social Security number: ___-__-____
Illinois driver's license or state ID no.: ______________________
Passport number (if any): ______________________
Any past arrests or convictions? (affects the publication waiver)  Yes / No
Documents to update:  [ ] Social Security  [ ] State ID/DL  [ ] Passport  [ ] Birth cert.
Pronouns (optional): ________

Thanks!
Omar Saleem, Paralegal
Northlight Legal Clinic""",
        [],
    ),
    (
        """Subject: Re: name change - what I have on file for your follow-up filings

Hi Avery,

Good news: Judge Kaplan granted the petition on Tuesday, so you are now legally Avery Tran.
Here is what I have on file to prepare the follow-up paperwork, so you can check it:

  SSN (for the SS-5): 354-63-3036
  Illinois driver's license: T931-6699-2699
  Certified copies of the order: 3 (you picked them up Wednesday)

Order of operations: Social Security first (bring one certified copy and your license), wait
about ten days, then the Secretary of State facility for the license. Your bank, employer
and insurance can follow in any order.

Let me know if any of the numbers above is off.

Hannah Brightwater
Staff Attorney, Northlight Legal Clinic""",
        [("US_SSN", "354-63-3036"), ("US_DRIVER_LICENSE", "T931-6699-2699")],
    ),
    (
        """Subject: my son Eli - youth drop-in

Hello Jules,

My name is Carla Benedetti, I'm Eli's mom. Eli is 16 and came out to us as gay over the
summer. We are fully behind him, but he's been pretty isolated at school, and his school
counselor thinks a peer group would help with the anxiety he's had since spring (he's in
weekly therapy for it and just started a low dose of Lexapro).

Could he come to the Tuesday drop-in? Does a parent need to sign anything? I'm happy to
bring him the first time and wait in the cafe downstairs.

Thank you for what you do,
Carla
(773) 555-0163""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        """Subject: Your tickets: Copper Heron Benefit Night for Northlight Youth

Order #429499 confirmed

Thanks, Jamie! You're coming to Drag Me to Dinner, a benefit for Northlight's youth drop-in.

Date: Friday, November 13, 2026, doors 7:00 pm
Venue: The Copper Heron, 2960 N. Halden Ave
Tickets: 2 x General Admission ($35.00), 1 x Raffle Bundle ($20.00)
Total: $90.00 (paid)

Ticket codes: H5944-15, D6237-39
Show these at the door on your phone or printed. All proceeds go to the youth drop-in.
Questions? Reply to this email or call (773) 555-0129.""",
        [],
    ),
    (
        """Subject: Elmstead grant EFF-2024-191: ACH details check before the first payment

Hi Colin,

Before we release the first installment of the renewal ($60,000), our finance team asks
every grantee to confirm the bank details entered on the ACH authorization. This is what
we have for Northlight LGBTQ+ Community Center:

  Bank: Greystone Community Bank, Chicago
  Account type: business checking (operating)
  Routing number: 076628212
  Account number: 983703252433

If any of this is wrong, please send a new voided check rather than replying with
corrections. Otherwise no reply is needed and the payment goes out January 6.

Best,
Grace Whitford
Program Officer, Elmstead Family Foundation""",
        [("ABA_ROUTING_NUMBER", "076628212"), ("US_BANK_NUMBER", "983703252433")],
    ),
    (
        """Subject: Storytelling night submission (fiction) - "Night Bus"

Hi storytelling crew,

Here's my piece for the December 4 "True-ish" night. To be clear for the program: this one
is FICTION. Every character is made up.

NIGHT BUS (fiction, about 4 minutes)
Rafe had the letter folded into eighths in his jacket. Reactive, it said, and then a lot of
words he hadn't read yet. The 22 bus smelled like wet wool. Across the aisle a man in a
county-jail sweatshirt slept with his mouth open, and Rafe thought: everyone on this bus is
carrying something. At Foster he got off, walked to the lake, and called his sister, who
picked up on the first ring like she had been waiting all year.

Let me know if it runs long.
Theo Lindqvist""",
        [],
    ),
    (
        """Subject: Important health information - please call us

Mr. Kwame Osei,

This message is from the Partner Services team at Northlight Health. Someone you had sexual
contact with in the past 90 days has been diagnosed with syphilis and asked us to let you
know, without sharing their name. You may have been exposed.

Syphilis is easy to treat, but it often has no symptoms. We recommend a blood test and, in
most cases, a single penicillin injection at the same visit. Both are free at our clinic,
and no insurance is needed.

Please call me at (773) 555-0151, or walk in Monday to Friday, 10 to 6. Your reference
number is NH857218; you don't need to give any other details at the front desk.

Kofi Mensah
Disease Intervention Specialist, Northlight Health""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Montreal tour - passport details for the group booking

Hi Sandrine,

As promised, here are the passport details for the three singers who missed the first
upload. Names are exactly as printed in the passports.

Surname      Given names      Passport no.   Expires
OYELARAN     Bisi Adaeze      774491305      2031-03-18
MCALLISTER   Fergus James     894057112      2029-11-02
HOLLOWAY     Denise Marie     A19320573      2036-06-27

All three are US citizens. The rest of the chorus (41 singers) is already in your system.

Thanks so much!
Anton Bell
Artistic Director, Lakeview Lavender Chorus""",
        [
            ("US_PASSPORT", "774491305"),
            ("US_PASSPORT", "894057112"),
            ("US_PASSPORT", "A19320573"),
        ],
    ),
    (
        """Subject: Q3 numbers for the board packet

Nadia,

Program numbers for July to September, for the board packet:

Youth drop-in: 412 unique youth, 2,960 visits. 61% youth of color (34% Black, 19% Latine,
8% Asian American); 44% identify as trans or nonbinary; 23% unstably housed.
Senior lunch: 188 unique seniors, 5,104 meals.
Pantry: 1,377 households, 41,220 lbs distributed.
Northlight Health: 2,208 HIV tests (11 new diagnoses, all linked to care within 7 days);
643 people on PrEP at quarter end.
Legal clinic: 96 name and gender-marker cases opened, 71 closed.

No client names anywhere in this; it's all pulled from the dashboards.
Tomasz""",
        [],
    ),
    (
        """Subject: Odessa Banks' proxy shopping - Thursday

Hi Gus,

Notes for whoever does Mrs. Banks' shopping run on Thursday, since she can't make it in
this week:

She gave us written permission to use her Link card for the Aldi part of the list (the
pantry covers the rest). The card is in the envelope in the locked drawer; her PIN is 6135.
Please put the receipt back in the envelope with the card.

The loading dock door code is 1900 if you're bringing the van around back.

Thanks!
Marguerite (Thursday volunteer lead)""",
        [("PIN", "6135")],
    ),
    (
        """Subject: Welcome to the Sheridan Corridor Tenants Union!

Hi Benji,

Thanks for joining the Sheridan Corridor Tenants Union! Your first month of dues ($5) came
through, and you're now a member of the 5133 N. Halden building committee. Your building
reps are Ana Lucía and Moe in 3B.

Next building meeting: Wednesday, November 18, 7 pm, in the Northlight community room
(second floor). We'll be going over the rent-increase letters and the heat complaints.

In solidarity,
Ana Lucía Paredes
Organizer, Sheridan Corridor Tenants Union""",
        [],
    ),
    (
        """Subject: ClearPay chat transcript - Case 302331

Chat transcript (sent at your request)

ClearPay Support (Ines): Thanks for contacting ClearPay Payroll. Before I can change the
company's pay schedule I need to verify you. What city did you get your first job in?
Colin Ashby: Kankakee
ClearPay Support (Ines): Thank you. And the name of your first pet?
Colin Ashby: Pistachio
ClearPay Support (Ines): You're verified, thanks. I've moved Northlight LGBTQ+ Community
Center from semi-monthly to biweekly pay starting with the January 8 check date. Your
staff will see the change on their next stub.
Colin Ashby: Great, thanks Ines.
ClearPay Support (Ines): Anything else I can help with today?
Colin Ashby: That's all.

ClearPay Payroll | support@clearpay-payroll.com""",
        [("PASSWORD", "Kankakee"), ("PASSWORD", "Pistachio")],
    ),
    (
        """Subject: Draft obituary for Lou - for your review

Dear Harold,

Here is a first draft of Lou's obituary for our newsletter and the paper. Please change
anything you like; it's yours.

Louis "Lou" Abernathy, 71, died peacefully on November 2 at Lakeview Hospice after a
two-year illness with ALS. Lou staffed Northlight's front desk every Tuesday for nineteen
years and knew every regular by name and every dog by treat preference. Before that he
taught shop at a high school on the South Side for thirty years. He is survived by his
husband of 24 years, Harold Brandt, his sister June Abernathy of Peoria, and more friends
than the auditorium will hold.

Memorial: Saturday, November 28, 2 pm, in the Northlight auditorium.

With love,
Priya Nandakumar
Front Desk Coordinator""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Appointment reminder

Hi Morgan,

This is a reminder of your appointment at Northlight Health on Wednesday, November 18, at
10:30 am with Dr. Adeyemi.

Please arrive 10 minutes early and bring a photo ID and your insurance card if you have
one. To reschedule, call (773) 555-0147 or reply to this message.

Northlight Health
3318 N. Halden Ave, 3rd floor""",
        [],
    ),
    (
        """Subject: Your extended 2025 return - ready to sign

Hola Rogelio,

Your 2025 federal return (on extension) is ready to sign at the VITA table on Saturday.
Before you come, please check these two numbers against your letters from the IRS:

  ITIN: 972-85-2519
  Identity Protection PIN (from your CP01A letter): 688097

The IP PIN changes every January, so this one is only good for returns filed this year.
Your refund should be $1,214 by direct deposit about three weeks after we e-file.

Hasta el sábado,
Lupe Arriaga
VITA Volunteer Preparer, Northlight Center""",
        [("US_ITIN", "972-85-2519"), ("PIN", "688097")],
    ),
    (
        """Subject: 51st Ward Update: Fair Housing Ordinance passes, winter resources

Neighbors,

On Wednesday the City Council passed the Source of Income Fair Housing Ordinance 38 to 11.
I co-sponsored it and voted yes, because no one in this ward should be turned away from an
apartment for paying with a voucher.

Winter resources:
- Warming center at the Northlight Center, 3318 N. Halden, weekdays 9 to 9 from Dec 1
- Free furnace checks for seniors: call the ward office at (773) 555-0135
- Snow shoveling volunteers needed for the senior block program

Ward night is the second Monday of each month, 5 to 7 pm. No appointment needed.

Alderperson Renata Quill
51st Ward""",
        [],
    ),
    (
        """Subject: Nov housing caseload export for HMIS reconciliation

Tomasz - here's the export you asked for, the four active households, for reconciling
against HMIS. Please don't forward outside the housing team.

client_id,last_name,first_name,ssn_last4,program,race_ethnicity,move_in_date
H-2291,Achterberg,Lise,0337,RRH-City,White,2026-09-14
H-2259,Quinones,Mateo,5946,HOPWA-TBRA,Hispanic/Latino,2026-10-01
H-2269,Fairweather,Dionne,7247,RRH-City,Black/African American,pending
H-2218,Nakamura-Ruiz,Tess,,RRH-City,declined,pending

Tess declined to give the last four, so that field is blank on purpose.
Bea""",
        [
            ("US_SSN", "0337"),
            ("US_SSN", "5946"),
            ("US_SSN", "7247"),
            ("health", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        """Subject: Cafe info for the book club hosts

Hi book club hosts,

A few things for your first night in the back room:

Guest Wi-Fi: network SpineSaucer-Guest, password aulqr435
Members get 15% off the month's pick with code SPINE67 at the register or on our site.
The cafe closes at 8, but you can stay in the back room until 9:30. Please stack the chairs.

November's pick is the new essay collection from the Pilsen poets. Enjoy!

Maxine
Spine & Saucer Books""",
        [],
    ),
    (
        """Subject: Sunday Nov 22 - baptisms and new members

Hi altar guild and ushers,

This Sunday at the 10:30 service we will baptize three people and receive two as new
members by affirmation of baptism:

Baptism: Keisha Monroe; Adrian Feld; baby Juniper Sato-Greer (daughter of Ken and Marisa)
Affirmation of baptism / new members: Tobias Lund and Wren Castellano

Please reserve the front left pews for their families, and have the shells and the paschal
candle ready before the prelude.

Peace,
Pastor Ruth Engstrom
St. Aelred Lutheran Church""",
        [("religious_belief", "")],
    ),
    (
        """Subject: donate page is down - stripe error

Hey Colin,

The donate page has been throwing "Something went wrong" since the plugin update last night.
I think the secret key got truncated when the settings were migrated. This is what's in the
plugin settings right now:

  Mode: Live
  Publishable key: pk_live_51Juzvsa03aMWdualoEGlczFzKEYawmVISgBrABPf9
  Secret key: sk_live_51Rbao3TrerOGHu8M8JKCJZbnyVvLB8V8SOZLi0d7H

Can you log into the Stripe dashboard and check whether that secret key matches the one
there? If it does, I'll roll it anyway, since it's now been in an email.

Sorry for the Saturday ping,
Wes (web volunteer)""",
        [("API_KEY", "sk_live_51Rbao3TrerOGHu8M8JKCJZbnyVvLB8V8SOZLi0d7H")],
    ),
    (
        """Subject: Casework request - my brother was moved to another ICE facility

Dear Alderperson Quill's office,

My brother Wilmer Castaneda was moved from the Broadview processing center to a detention
facility in Kentucky last week, two days before his bond hearing. He is Honduran and has
lived in the ward for eleven years; his asylum case is still pending. His lawyer cannot
reach him and we don't know if the hearing will happen.

Can your office ask which facility he is in now and whether the hearing was rescheduled?
I can bring his paperwork to ward night.

Thank you,
Yesenia Castaneda
(773) 555-0171""",
        [],
    ),
    (
        """Subject: Walt's lunches

Hi Bernadette,

Walt and I will both be back at senior lunch starting Monday. Since his pacemaker went in
last month, his cardiologist wants him on the low-sodium plate, so please put him down for
that. I'll stay on the regular.

My husband also asked me to tell you he misses the Wednesday card game more than he misses
salt.

See you Monday,
Gerald Okafor (he/him)""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        """Subject: Screening summary - Dionne Fairweather, 4417 N. Halden #2

Hi Tomasz,

Per Dionne's signed authorization, here is the summary of her tenant screening report for
the unit at 4417 N. Halden #2:

Applicant: Dionne Fairweather
Credit score (VantageScore 3.0): 649
Negative items:
  - Collection: Midwest Recovery Bureau (cable bill), $412, placed 02/2025
  - Charge-off: Lakeside Card Services credit card, $1,980, 2024
Evictions: none found
Criminal: none found

With the voucher covering most of the rent, the owner is willing to approve with a deposit
of one month. Let me know if she wants to go ahead.

Stan Wozniak
Halden Property Group""",
        [
            ("CREDIT_SCORE", "649"),
            (
                "CREDIT_REPORT",
                "Collection: Midwest Recovery Bureau (cable bill), $412, placed 02/2025",
            ),
            ("CREDIT_REPORT", "Charge-off: Lakeside Card Services credit card, $1,980, 2024"),
        ],
    ),
    (
        """Subject: Now hiring: HIV Prevention Outreach Worker (full time)

Northlight Health is hiring a full-time HIV Prevention Outreach Worker to run testing
events, talk with people about PrEP and PEP, and link anyone who tests positive to care the
same week.

$52,000 to $58,000, full benefits, 32-hour week option.
Bilingual English/Spanish preferred. Evenings and some weekends.

People living with HIV, trans and nonbinary people, and people with lived experience of
incarceration or of sex work are strongly encouraged to apply. We do not run credit checks.

Apply by December 15 at northlightcenter.org/jobs.""",
        [],
    ),
    (
        """Subject: Your prescription is ready

Northlight Community Pharmacy

Hi LUIS F., your prescription is ready for pickup:

  BIKTARVY 50-200-25 MG TABLET (30)
  Rx #5647341
  Copay: $0.00

Pickup window: Mon-Fri 9 am-7 pm, Sat 10 am-2 pm, first floor next to the clinic entrance.
Reply STOP to end text and email alerts.""",
        [("health", "")],
    ),
    (
        """Subject: Hotline volunteer training - role-play scripts for Saturday

TRAINING MATERIAL - the scenarios below are invented for practice.

Scenario 3 (pairs, 10 min)
Caller "Sam" says he just got a reactive result at a pop-up event and was released from the
county jail last month. He has no phone plan and is staying with a friend.
Practice goals: stay calm, don't promise anything about confirmatory testing, offer the
warm handoff to Northlight Health, and ask about a safe place to sleep tonight.

Scenario 4 (pairs, 10 min)
Caller "Dee" wants to know if PrEP will show up on her parents' insurance.

Debrief at 11:40. Coffee is on us.
Rosa Delacroix, Volunteer Trainer""",
        [],
    ),
    (
        """Subject: phone donation from the benefit - please run

Rick,

A guy called the bar during the raffle because the QR code wouldn't load for him and he
wants to give $250 to the youth drop-in. I wrote it down off the phone:

Name: Harlan Boyce
Card: 4692 8465
7378 9485
Exp 04/28, CVV 960
Billing zip 60657

Can you run it through the Square terminal tomorrow and then delete this? Sorry, I know
email isn't ideal, I was behind the bar by myself.

Sasha (bar manager)""",
        [("CREDIT_CARD", "4692 8465\n7378 9485"), ("CVV", "960")],
    ),
    (
        """Subject: Passport renewal in your new name - checklist for Thursday

Hi Quinn,

For the DS-82 renewal in your new name, bring these on Thursday and we'll fill it out
together:

 - Your current passport (no. 213260277, expires 2027); it gets mailed in with the form
 - The certified copy of your name change order
 - A new 2x2 photo (the drugstore on Halden does them)
 - Your Illinois state ID, W454-8610-2708, as backup ID
 - A check or money order for $130

Processing is running about six weeks, so it should come back well before your trip.

Omar Saleem, Paralegal
Northlight Legal Clinic""",
        [("US_PASSPORT", "213260277"), ("US_STATE_ID", "W454-8610-2708")],
    ),
    (
        """Subject: November at Spine & Saucer: new memoirs and a reading

Hello readers,

New on the memoir table this month:

- "Loud in the Pews" by Paulette Greaves, her account of getting sober and coming out at
  fifty. Paulette reads here on Thursday, November 19, at 7 pm.
- "Two Left Cleats," a very funny history of queer softball leagues in the Midwest.
- A reissue of the 1989 oral history of the Chicago AIDS quilt panels.

The cafe has a new pumpkin-cardamom loaf and the chairs by the window are finally fixed.

Maxine and the Spine & Saucer crew""",
        [],
    ),
    (
        """Subject: housing application - Terrell Booker

Mr. Wilk,

My reentry caseworker gave me your email. I came home in August after seven years at
Stateville and I'm on parole until 2028. Right now I'm sleeping on my cousin's couch in
Rogers Park but her lease says no extra adults.

I work full time at a warehouse in Elk Grove (second shift) and can pay up to $900. My PO
says a letter from you about the housing search would help.

Can I come by the center on Friday morning?

Terrell Booker
(312) 555-0184""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Your direct deposit is set up

Hi Rowan,

Your direct deposit for Northlight LGBTQ+ Community Center is set up in ClearPay:

  Deposit to: checking ending in 7503 (Greystone Community Bank)
  Amount: 100% of net pay
  Starts: pay date December 4, 2026

If you didn't make this change, call ClearPay right away at (800) 555-0166.

ClearPay Payroll""",
        [],
    ),
    (
        """Subject: solo in the winter concert?

Hi Anton,

I'd love to be considered for the solo in "Wade in the Water" this winter. It's personal
for me: my DNA ancestry results came back in October, 58% Nigerian and 21% Cameroonian, and
I've been reading everything I can about the spirituals and the people who carried them
here. I'd like the bio in the program to mention that if I get it.

I can come early to Tuesday rehearsal to sing it for you.

Thanks,
Marcus Whitfield (tenor 2)""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: You're confirmed: Saturday canvass for Renata Quill

Hi Paolo,

Thanks for signing up to knock doors for Renata's re-election! You're confirmed for:

  Saturday, November 21, 10 am to 1 pm
  Meet at the campaign office, 4712 N. Halden (look for the purple door)

We'll give you a turf packet, the app login and a clipboard. Wear comfortable shoes and
bring water. Your shift partner is Joanne, who has canvassed the 51st for years.

See you Saturday,
Field Team, Friends of Renata Quill

Paid for by Friends of Renata Quill.""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Free HIV testing + PrEP info night, Tuesday Dec 1 (World AIDS Day)

Everyone is welcome, no appointment or insurance needed.

Tuesday, December 1, 4 to 9 pm, Northlight Center lobby
- Free rapid HIV tests, results in 20 minutes
- PrEP and PEP information from our navigators
- Candlelight reading of names at 7 pm in the garden
- Free condoms, lube and snacks

Testing is confidential, and every test comes with a $20 grocery card while supplies last.
Share this with your friends!

Northlight Health Outreach Team""",
        [],
    ),
    (
        """Subject: Identity verification result - new employee onboarding

ClearPay Onboarding - Identity Check

Employee: Yusuf Demir
Employer: Northlight LGBTQ+ Community Center
Check run: 11/12/2026 14:06 CT

Document: Illinois driver's license (front and back) - authentic
Selfie-to-document face similarity: 0.962 (threshold 0.850) - PASS
Liveness check: PASS
Result: VERIFIED. The employee can finish their I-9 and tax forms.

This report is stored for 30 days and then deleted.""",
        [("biometric", "")],
    ),
    (
        """Subject: Your volunteer badge + side door

Hi Felix,

Welcome to the Saturday front desk crew! Your badge will be waiting at the desk.

The side door on Roscoe has a keypad: 8819 then the # key. Please make sure it latches
behind you; it sticks in the cold.

Your first shift is Saturday, 9 am to 1 pm, shadowing Priya. Wear something comfortable,
and feel free to raid the snack drawer.

Priya Nandakumar
Front Desk Coordinator""",
        [],
    ),
    (
        """Subject: Your vaccination record - JYNNEOS dose 2

Northlight Health - Immunization Record

Patient: Farid Haddad
Date of birth: 03/14/1991

Vaccine: JYNNEOS (mpox), dose 2 of 2
Date given: 11/09/2026
Site: left forearm, intradermal
Given by: C. Duarte, RN

Your series is complete. Keep this record with your other immunization documents; it is
also in your patient portal.""",
        [("health", "")],
    ),
    (
        """Subject: pay stub for my complaint

Hi Hannah,

Here's the pay stub you asked for, from before they cut my hours. I pasted it because the
scan was blurry.

VANTOR FREIGHT LLC - EARNINGS STATEMENT
Employee: Jesse Okonjo          SSN: XXX-XX-1357
Pay period: 09/01/2026 - 09/15/2026
Regular hours 80.00 @ 24.10      1,928.00
Deductions:
  Federal income tax               164.22
  Social Security                  119.54
  Medicare                          27.96
  IL state tax                      95.44
  UWFA Local 19 union dues          38.50
Net pay                          1,482.34

After I asked HR to update my name, my hours went from 80 to 48. I have the emails.

Jesse""",
        [("trade_union_membership", ""), ("US_SSN", "1357")],
    ),
    (
        """Subject: Winter concert rehearsal schedule

Hello Lavender Chorus!

Rehearsals through the winter concert:

Tuesdays 7:00 to 9:30 pm, Northlight auditorium
Saturday, December 5, 10 am to 2 pm, sectionals (basses in room 204)
Tech rehearsal: Thursday, December 10, 6 pm, St. Aelred Lutheran Church
Concerts: Friday and Saturday, December 11 and 12, 7:30 pm, same venue

Please have "Wade in the Water" and the Hanukkah medley memorized by the sectionals. Black
concert wear with a splash of lavender, as always.

Anton""",
        [],
    ),
    (
        """Subject: Injury report - Sunday game, Field 3

Commissioner's injury report (for the league file and the insurance carrier)

Date: Sunday, October 18, 2026, about 11:40 am
Location: Field 3
Player: Marisol Vega (Team Teal)
What happened: non-contact, left knee gave out while rounding first base. A teammate drove
her to the ER.
Update: Marisol texted me tonight that the MRI shows a torn ACL and she's having surgery in
three weeks. She's out for the season.

Shay Whitlock
Commissioner, Northside Pride Kickball League""",
        [("health", "")],
    ),
    (
        """Subject: special order - call-in

Maxine,

A customer called for the signed box set of the Greaves memoir trilogy (the $180 one). She
wants it shipped to her office:

Name: Dr. Philippa Ng
Card: Amex 3784 512953 99371, exp 11/27
CID (the 4 digits on the front): 7147
Ship to: 211 W. Wacker, Suite 900

I didn't want to run it myself since it's over $150. Can you do it in the morning?

Ollie""",
        [("CREDIT_CARD", "3784 512953 99371"), ("CVV", "7147")],
    ),
    (
        """Subject: Reminder: your court date is Tuesday

Hi Mr. Dorsey,

This is a reminder from the Sheridan Corridor Tenants Union that your eviction case
(2026-EV-28967) is on the call Tuesday, December 1, at 9:30 am at the Daley Center,
room 1408.

A volunteer from the tenant legal hotline will meet you at the courtroom door. Bring your
lease, your rent receipts and the photos of the ceiling leak.

You are not alone in this.
Ana Lucía Paredes
Organizer""",
        [],
    ),
    (
        """Subject: Good news - your HOPWA rental assistance was approved

Ray,

Your application for HOPWA tenant-based rental assistance was approved this morning! That
means the program will pay the part of your rent above 30% of your income for the next
twelve months, starting with the January rent.

Next steps: I'll send the landlord packet to Halden Property Group this week, and we'll need
your signature on the lease addendum. Can you come by Wednesday afternoon?

Congratulations, you earned this.
Tomasz Wilk
Housing Navigator, Northlight Center""",
        [("health", "")],
    ),
    (
        """Subject: How we share test results (for new testing volunteers)

Welcome to the testing team! A few rules for how results are shared:

1. Rapid test results are given in person, in a private room, never in the lobby.
2. If a result ever comes back reactive, a counselor stays with the person, a confirmatory
   test is drawn the same day, and a navigator is introduced before they leave.
3. We never give results by text or voicemail.
4. Lab results are released to the patient portal after a clinician reviews them.

Questions go to Camille Duarte or the clinic manager on shift.
Northlight Health""",
        [],
    ),
    (
        """Subject: Intake notes - Edwin Pacheco (asylum consult 11/12)

Hannah,

Notes from Edwin's consult this morning (Spanish, interpreted by Lupe):

- Guatemalan passport no. 694765815 (valid to 2029); original is with him
- Entered 03/2025 at San Ysidro; affirmative filing, so the one-year deadline is 03/2026
  and we are late: need the changed-circumstances argument
- Basis: after his neighbors in Quetzaltenango learned he is gay, he received death threats
  for over a year and was driven out of his town; he has two of the threatening notes
- Lives with a cousin in Albany Park, works at a bakery

He'd like to come back with the notes on the 19th.
Omar""",
        [("US_PASSPORT", "694765815"), ("sexual_orientation", "")],
    ),
    (
        """Subject: treasurer handover - bank access

Simone,

Welcome aboard as treasurer! Here's what you need for Greystone. Please change the password
the first time you log in and then delete this email.

Greystone Business Online
  User ID: northlight_treas
  Password: Harborember95$
  Security question (street you grew up on): Berwyn
Telephone banking PIN: 7029

The checkbook is in the finance cabinet (padlock 1904). Colin does the day-to-day
bill pay; you approve anything over $5,000.

Patrick""",
        [("PASSWORD", "Harborember95$"), ("PASSWORD", "Berwyn"), ("PIN", "7029")],
    ),
    (
        """Subject: Product update: face-scan time clocks for ClearPay Time

Hi ClearPay customers,

Starting in January, ClearPay Time supports face-scan clock-in on our TC-4 wall clocks.

- Off by default. Each employer turns it on per location.
- Employees in Illinois must sign the BIPA consent in the app before enrolling; anyone who
  declines keeps using a PIN.
- In our pilot with 212 employers, the match rate was 99.4% and median clock-in time fell
  from 9 seconds to 3.

The consent text and our biometric retention policy are in the Help Center.
ClearPay Payroll""",
        [],
    ),
    (
        """Subject: Sasha's b-mitzvah tutoring - schedule and progress

Hi Dana and Rob,

Sasha is doing wonderfully. They have the Torah blessings down cold and can chant the first
aliyah of their portion, Vayeshev, straight from the scroll with only a little help on the
trope. Next we start the haftarah blessings.

We'll keep Mondays at 4:30 in the synagogue library. Please have Sasha practice ten minutes
a day with the recording I sent; the practice matters more than the length.

Kol hakavod to Sasha,
Cantor Yael Brenner
Kehilat Or Shalem""",
        [("religious_belief", "")],
    ),
    (
        """Subject: A warm place this winter

Dear friend,

Last January a young woman we'll call R. walked into our youth drop-in after three nights
riding the Red Line to stay warm. Her story is a composite of several young people we
served last winter, but every detail happened to someone.

That night she got a hot meal, a shower, a winter coat and a bed through our housing
partners. This winter we expect 400 young people through our doors.

$50 keeps the drop-in open for one more evening hour. Give at northlightcenter.org/winter.

With gratitude,
Nadia Rahimi
Executive Director, Northlight LGBTQ+ Community Center""",
        [],
    ),
    (
        """Subject: Notice of action taken on your loan application

Greystone Community Bank
November 16, 2026

Theresa Lindgren
Re: Personal loan application, $6,000

Thank you for applying. We are unable to approve your application at this time, based in
whole or in part on information in your consumer credit report from Equifax.

Your credit score: 572
Scores range from 300 to 850. Date of score: November 13, 2026.

Items from your credit report that affected our decision:
- Collection account: Lakeshore Recovery (utility), $1,140, reported 06/2025
- 60-day late payment: Northshore Auto Finance, April 2026

Under the Fair Credit Reporting Act you may get a free copy of your report from Equifax
within 60 days and dispute anything that is wrong.

Consumer Lending, Greystone Community Bank""",
        [
            ("CREDIT_SCORE", "572"),
            (
                "CREDIT_REPORT",
                "Collection account: Lakeshore Recovery (utility), $1,140, reported 06/2025",
            ),
            ("CREDIT_REPORT", "60-day late payment: Northshore Auto Finance, April 2026"),
        ],
    ),
    (
        """Subject: cake for Andre on Sunday

Hi Priya,

Andre hits 90 days sober this Sunday, and his sponsor Phil asked whether we could have a
small cake at the Sunday Serenity meeting (6 pm, room 210). Phil will bring the chip. Could
the front desk order a sheet cake from the bakery on Halden and put it on the meeting's
petty cash? No nuts, please.

Thanks!
Lorraine (Sunday Serenity secretary)""",
        [("health", "")],
    ),
    (
        """Subject: Friend, 83 days to go

Hi friend,

The election is 83 days away, and the developer-backed PAC just reserved $40,000 of mailers
in the 51st Ward.

We don't have their money. We have neighbors. Can you chip in $5 today so we can print our
own door hangers, or sign up for a Saturday canvass shift?

Chip in: friendsofrenataquill.org/donate
Volunteer: friendsofrenataquill.org/canvass

Thank you,
Team Renata

Paid for by Friends of Renata Quill.""",
        [],
    ),
    (
        """Subject: Volunteer hours verification - Vincent Amato

Hi Gus,

I'm Vincent Amato's case manager with the Cook County Drug Treatment Court. Vincent is in
Phase 2 of the program, and part of his requirements is 40 hours of community service. He
tells me he did 24 hours at the pantry in October. Could you confirm that in writing on
your letterhead before his status hearing on December 9?

For the court's information, he is attending IOP three evenings a week and his
buprenorphine dose has been stable since September. He speaks very highly of the pantry.

Thank you,
Denise Holloway-Price, LCSW
Case Manager, Drug Treatment Court""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: Interim report - Elmstead grant EFF-2024-191

Dear Grace,

Please find our six-month interim report below; the budget-to-actuals is attached.

Youth Housing Bridge, January to June 2026:
- 3 cohorts of youth enrolled in the bridge program (54 young people in all)
- 71% moved into stable housing within 90 days; 88% still housed at six months
- 12 landlords newly recruited, 5 of them in the 51st Ward
- Staff: one full-time navigator hired in March; peer mentor stipends paid to 6 alumni

Our biggest challenge remains security deposits; we'd welcome a conversation about the
renewal.

Warmly,
Nadia Rahimi
Executive Director""",
        [],
    ),
    (
        """Subject: Honorarium sent - DJ set, Fall Pride Street Fest

Hallo Jonas,

Thank you again for closing out the Fall Fest, people are still talking about it. We sent
your honorarium of EUR 800 today by international wire to the account on your invoice:

  Account holder: Jonas Reinholt
  IBAN: DE44 5541 1761 3438 4472 10
  Reference: Northlight Fall Pride DJ honorarium

It should arrive in two to four business days. Let me know if it doesn't.

Bis bald,
DeShawn Pruitt
Chair, Northside Pride Fest Committee""",
        [("IBAN_CODE", "DE44 5541 1761 3438 4472 10")],
    ),
    (
        """Subject: Your voluntary self-identification was updated

Vantor Freight People Team

Hi Lena,

Thanks for updating your voluntary self-identification in the People portal. These answers
are confidential and are used only in aggregate. Your saved answers (11/16/2026):

  Sexual orientation: Bisexual
  Gender identity: Woman
  Race/ethnicity: Asian (Korean)
  Disability status: I do not wish to answer
  Veteran status: Not a protected veteran

You can change your answers at any time.""",
        [("sexual_orientation", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Advent and Christmas at St. Aelred

Friends and neighbors,

All are welcome at St. Aelred Lutheran Church, including LGBTQ+ people and families of
every shape. This season:

- Advent Sundays, 9 and 10:30 am, with soup supper on Wednesdays at 6
- Blue Christmas, Thursday, December 17, 7 pm: a quiet service for anyone grieving
- Christmas Eve: 4 pm family service, 10 pm candlelight service with the Lavender Chorus

The coat drive runs all of December. Drop coats in the bins by the north door.

Pastor Ruth Engstrom""",
        [],
    ),
    (
        """Subject: after-hours donations - lockbox

Hi donors and drivers,

If you're bringing food or coats after 6 pm, use the gray lockbox by the pantry's alley
door. The code is 1504. Turn the dial back to zero when you're done.

Please no glass jars, no opened packages and nothing that needs a fridge. For big
donations, text Gus at (773) 555-0118 and he'll meet you.

Thank you!
Northlight Pantry""",
        [],
    ),
    (
        """Subject: Starting your estradiol - instructions and labs

Hi Nia,

Dr. Adeyemi has sent your prescriptions to the Halden Ave pharmacy:

- Estradiol 2 mg tablets: one tablet twice a day
- Spironolactone 50 mg tablets: one tablet twice a day with food

Common early effects are tiredness and needing to pee more often. Call us if you have leg
swelling or pain, chest pain or shortness of breath.

Labs in 6 weeks: estradiol, testosterone and potassium. I've booked you for Tuesday,
January 5, at 8:15 am.

Camille Duarte, RN
Northlight Health | Gender-Affirming Care""",
        [("health", "")],
    ),
    (
        """Subject: bail posted for Kenji - pickup at 26th & Cal

Team,

Kenji Morales was arrested at Thursday's action outside the developer's office and charged
with misdemeanor criminal trespass. He's been held at Cook County Jail since last night.

We posted his $500 bond at 2:40 pm. Release usually takes 4 to 8 hours. Can someone with a
car wait at the 26th & California gate from 6 pm? He'll need a phone charger and a coat;
his were taken with his property.

His court date is December 14; we'll organize court support closer to it.
Northside Community Bail Fund""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Lunch & Learn: PrEP 101 with Northlight Health (Dec 3)

Hi Vantor folks,

The Pride ERG is hosting a Lunch & Learn, open to all employees and allies:

PrEP 101: what it is, who it's for, and how to get it
Thursday, December 3, noon to 1 pm, Training Room B and on Teams
Speaker: a PrEP navigator from Northlight Health

Lunch from the taqueria downstairs. No questions about anyone's own health will be asked,
and the recording will be posted on the ERG page.

Lena Park
Chair, Vantor Pride ERG""",
        [],
    ),
    (
        """Subject: Fwd: Voicemail from (800) 555-0178

Bernadette, this is the message the bank left while I was at lunch. You said to send it to
you so you can help me get into the online banking on Thursday.

Dolores

---------- Voicemail transcription ----------
From: (800) 555-0178
Duration: 0:21
"Hello, this is Greystone Community Bank. Your one time verification code is
three four two two four seven. This code expires in ten minutes. If you did not request
this code, please call us at the number on the back of your card."
""",
        [("ACCESS_CODE", "three four two two four seven")],
    ),
    (
        """Subject: Receipt: Fall 2026 season dues

Lakeview Lavender Chorus

Receipt no. 89095
Received from: Corey Tanaka
Description: Fall 2026 season dues (includes concert T-shirt, size M)
Amount: $120.00
Paid with: Mastercard ending 0970
Date: 10/02/2026

Thank you for singing with us! Scholarships for dues are always available; just ask.""",
        [("CREDIT_CARD_LAST_DIGITS", "0970")],
    ),
    (
        """Subject: Background check complete - Priscilla Owusu

Hi DeShawn,

The volunteer background check for Priscilla Owusu is complete:

  Cook County criminal search: no records found
  Illinois statewide search: no records found
  National sex offender registry: no records found

She's cleared for the youth zone at the Fall Fest and for the youth drop-in going forward.
Her check is good for two years.

Paula
Volunteer Coordinator, Northlight Center""",
        [],
    ),
    (
        """Subject: Your clotting test result

Hi Elena,

The genetic test Dr. Adeyemi ordered before raising your dose came back: you are
heterozygous for Factor V Leiden, meaning one copy of the variant.

Because this raises the risk of blood clots with estrogen pills, she'd like to switch your
estradiol from tablets to the twice-weekly patch, which carries less clot risk. Your dose
stays the same. The new prescription is at the pharmacy now; finish the tablets you have
this week, then start the patch on Monday.

She's happy to talk it through; just book a phone visit.

Camille Duarte, RN
Northlight Health""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Fall Fest vendor booth assignments + invoices

Vendors,

Booth assignments for Saturday (setup from 9 am, Halden Ave closed to traffic from 8):

Booth 12  Spine & Saucer Books          INV-8773  paid
Booth 20  Copper Heron (beer garden)    INV-7563  paid
Booth 24  Lakeview Lavender Chorus      INV-7765  no fee (nonprofit)
Booth 32  Halden Tacos                  INV-8406  due Friday
Booth 62  Sheridan Corridor Tenants     INV-7007  no fee (nonprofit)
Booth 66  Glitter & Grit face painting  INV-5402  paid

Bring your own tent weights (40 lbs per leg). Questions to DeShawn.""",
        [],
    ),
    (
        """Subject: New hire setup - Imani Cole (start 12/1)

Hi ClearPay team,

Please set up our new hire for the December 4 payroll:

Name: Imani Cole
Position: Youth Program Coordinator, $54,000/yr, paid biweekly
SSN: 598-71-2993
W-4: single, no adjustments
Direct deposit (100%, checking):
  Routing number: 271313283
  Account number: 5829519584

Her I-9 is done and in our files. Let me know if you need anything else.

Colin Ashby
Finance Manager, Northlight LGBTQ+ Community Center""",
        [
            ("US_SSN", "598-71-2993"),
            ("ABA_ROUTING_NUMBER", "271313283"),
            ("US_BANK_NUMBER", "5829519584"),
        ],
    ),
    (
        """Subject: Saturday lineup at the Copper Heron

Benefit Saturday, November 14, doors at 9, show at 10:

Hosted by Anita Refill
- Vera Similitude
- Dolly Llama
- Kit Kat Kardashian (first time at the Heron!)
- King Leo Tolstoy
- Special guest: the Lakeview Lavender Chorus tenor section, singing one number in heels

$10 at the door, every dollar of the cover goes to the youth drop-in. Tip your queens.
The Copper Heron""",
        [],
    ),
    (
        """Subject: Case note - Mateo Q., 11/19

For the housing file:

Met with Mateo at the center. His labs from 11/12 came back: viral load undetectable
(<20 copies/mL) and CD4 631. He has been taking Dovato every day since July and hasn't missed
a clinic visit. He says the stable apartment is the reason.

Rent is current. He asked about a second bedroom if his sister moves here in the spring;
told him that needs a new HOPWA recertification, which we'll do in March.

T. Wilk""",
        [("health", "")],
    ),
    (
        """Subject: Your 5787 membership renewal - thank you!

Kehilat Or Shalem

Dear Ari Feldman,

Thank you for renewing your household membership for 5787.

  Membership: household, sliding scale
  Amount: $1,200.00
  Paid with: Visa ending 1785
  Date: 10/19/2026

Your seats for next year's High Holy Days are held automatically. We look forward to seeing
you at Shabbat services and at the Hanukkah party.

Shalom,
The Kehilat Or Shalem office""",
        [("religious_belief", ""), ("CREDIT_CARD_LAST_DIGITS", "1785")],
    ),
    (
        """Subject: Community Hanukkah candle lighting - all welcome

Join Kehilat Or Shalem and the Northlight Center for the third night of Hanukkah:

Sunday, December 6, 4:30 pm, Northlight garden (indoors if it snows)
- Lighting of the big menorah
- Latkes, sufganiyot and hot cider
- Dreidel tournament for kids and competitive adults

No membership or tickets needed. Everyone is welcome, whatever you believe or don't.""",
        [],
    ),
    (
        """Subject: outreach notes Fri 11/13

Kit and I did the Lawrence-to-Wilson loop, 9 pm to 1 am. 14 contacts, 120 condoms and 30
naloxone kits given out.

Dominique: still doing sex work, mostly dates through the apps now instead of the corner.
She started PrEP with us last month and says she's taking it every day. Asked for more
condoms and a ride to Tuesday's legal clinic, which I set up.

No one else gave a name tonight. Cold, quiet, everyone asked about the warming center.

Rae""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        """Subject: Your order has shipped

Northlight Community Pharmacy - Mail Order

Hi Sam,

Your order #741338 has shipped.

Carrier: UPS Ground
Tracking: 1ZWND3WGCYVWTEIUHL
Packages: 1
Signature required: no

Questions about your order? Call (773) 555-0148.""",
        [],
    ),
    (
        """Subject: SMS reminder setup for the clinic - credentials

Camille,

The texting service for appointment reminders is set up. The scheduling vendor needs the
following pasted into their "SMS provider" screen:

  Provider: Twilio
  Account SID: AC9fb995cf462e3ba1747406a283f6ded9
  Auth token: cb5fe4e50f68109d67c6b2bb5a74efc8
  From number: (773) 555-0190

Once it's in, please delete this email, and I'll rotate the token after go-live.

Wes""",
        [("API_KEY", "cb5fe4e50f68109d67c6b2bb5a74efc8")],
    ),
    (
        """Subject: draft text for the refill reminder - please review

Hi Camille,

Here's the draft for the automated refill reminder. The merge fields fill in from the
EHR when it sends:

"Hi {{first_name}}, this is Northlight Health. Your {{medication_name}} refill is due on
{{refill_date}}. Reply 1 to have it sent to {{pharmacy_name}}, or call us at (773) 555-0147.
Reply STOP to opt out."

Is "refill" OK, or should we say "prescription"? Legal asked us to keep drug names out
of the preview line.

Wes""",
        [],
    ),
    (
        """Subject: Northlight Youth Leadership Award - application

Applicant: Skye Redhorn, age 17, senior at a CPS high school
Program: Youth drop-in, since 2024

Personal statement (excerpt):
"I'm an enrolled member of the Ho-Chunk Nation (tribal ID HCN-280086), and I grew up
between Black River Falls and Chicago. At the drop-in I started the Thursday zine, which
now has 30 contributors. I want to study graphic design and come back to teach it here."

Recommender: Jules Okonkwo-Reyes, Youth Program Coordinator
Submitted 11/20/2026""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "HCN-280086")],
    ),
    (
        """Subject: Volunteer screening result - Brent K. (beer garden)

DeShawn,

Brent Kowalczyk's background check came back with a 2021 DUI conviction in DuPage County
(misdemeanor; he completed court supervision in 2023).

Under our alcohol-service policy he can't pour at the beer garden, but he's fine for the
info booth or the setup crew. I'll call him tonight and offer him the info booth.

Paula
Volunteer Coordinator""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Pride Pet Parade registration confirmed

Hi Noelle,

Biscuit is registered for the Pride Pet Parade on Saturday at 1 pm! We have his rabies
certificate on file. Thanks for letting us know he's diabetic and needs his insulin at
noon; there's a shaded, quiet tent by the info booth where you can do that.

Costume judging is at 12:30. Our judges are notoriously weak for dogs in capes.

Northside Pride Fest Committee""",
        [],
    ),
    (
        """Subject: Your 20-week visit Thursday

Hi Jonah,

See you Thursday! Your anatomy ultrasound is at 9:00, then your visit with Gwen, your
midwife, at 9:45. Drink water beforehand, but you don't need a full bladder at this stage.

We've noted on your chart that you use he/him and that you'd like the team to say
"chestfeeding." The glucose screening will be at your 28-week visit in January.

Northlight Health Prenatal Team""",
        [("health", "")],
    ),
    (
        """Subject: Pantry FAQ for new volunteers

Welcome to the pantry! Answers to the questions we get most:

Who can shop? Anyone. Once a week, no proof of address or income needed.
What do we ask? Household size and zip code, for our funders' totals. That's it.
What do we never ask? Immigration status, religion, HIV status or anything about health.
Someone asks for more? Say yes if we have it.
Someone is upset? Get the shift lead. You're never alone on the floor.

Thank you for being here.
Gus Pappas, Pantry Coordinator""",
        [],
    ),
    (
        """Subject: Thank you for your contribution to Friends of Renata Quill

Contribution receipt

Contributor: Howard Pines
Address: 4920 N. Halden Ave, Chicago, IL 60640
Employer / occupation: Lakeview Dental Group / dentist
Amount: $250.00
Date: 11/20/2026
Payment: Visa ending 3795

Thank you for standing with Renata! Contributions are not tax deductible. Friends of Renata
Quill is registered with the Illinois State Board of Elections (committee ID 74336).

Paid for by Friends of Renata Quill.""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "3795")],
    ),
    (
        """Subject: Re: intake paperwork

Hi Dr. Sorensen,

I filled out all the forms in the portal. About the panic attacks I mentioned on the
phone: they've been happening three or four times a week since the layoff, mostly at night,
and my GP wants me to try therapy before anything else.

Here's my card for the copays since the portal keeps timing out:
4116 9368 4602 3099, exp 08/29, CVV 603

See you Tuesday at 5.
Bryce Halvorsen""",
        [("health", ""), ("CREDIT_CARD", "4116 9368 4602 3099"), ("CVV", "603")],
    ),
    (
        """Subject: Senior lunch menu, week of November 30

Monday: turkey chili, cornbread, green salad
Tuesday: baked cod, rice pilaf, green beans
Wednesday: Thanksgiving leftovers potluck (bring a dish if you like!)
Thursday: chicken and dumplings, carrots
Friday: veggie lasagna, garlic bread

Low-sodium and diabetic-friendly plates are available every day on request, and allergen
cards are on each table. Wednesday's card game starts at 1.

Bernadette Faye
Senior Programs""",
        [],
    ),
    (
        """Subject: Fwd: Your Greystone Business Online verification code

Nadia, the bank sent the sign-in code to my email instead of yours. Here it is; it expires
at 10:52.

Colin

---------- Forwarded message ----------
From: Greystone Community Bank <alerts@greystonecb.com>
Subject: Your Greystone Business Online verification code

Use 907930 to finish signing in to Business Online for NORTHLIGHT LGBTQ COMMUNITY CENTER.
The code expires in 10 minutes. Greystone will never call you to ask for this code.""",
        [("ACCESS_CODE", "907930")],
    ),
    (
        """Subject: Thank you for your gift to Northlight

Dear Patrice Haskins,

Thank you for your gift of $500.00 on November 24, 2026, to the Northlight LGBTQ+
Community Center. Your support keeps the youth drop-in, senior lunch and pantry open.

Receipt no. 20061
Northlight LGBTQ+ Community Center is a 501(c)(3) organization, EIN 83-8894103. No goods or
services were provided in exchange for this contribution.

With gratitude,
Nadia Rahimi
Executive Director""",
        [],
    ),
    (
        """Subject: Prayer list for Sunday, November 29

Please hold in prayer this week:

- Dev Malhotra, recovering at home from hip replacement surgery
- Carol's sister Anne, beginning chemotherapy next week
- The family and friends of Lou Abernathy
- Everyone traveling for the holiday
- Those sleeping outside as the cold comes in

To add someone to the list, reply by Thursday noon.
St. Aelred Lutheran Church office""",
        [("health", "")],
    ),
    (
        """Subject: Hall rental contract - Noor & Kelsey's reception

Hi Noor,

Congratulations again to you and Kelsey! Attached is the rental contract for your wedding
reception in the Northlight auditorium on Saturday, May 15, 2027, 5 pm to midnight.

Since both brides are getting ready on site, room 204 is yours from noon. The deposit of
$600 holds the date; the balance is due April 15. Your caterer will need to send us their
insurance certificate.

Please sign and return by December 15.
Priya Nandakumar, Front Desk & Rentals""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: PRESS RELEASE: Northlight joins amicus brief in Seventh Circuit case

FOR IMMEDIATE RELEASE - November 23, 2026

CHICAGO - The Northlight LGBTQ+ Community Center today joined 41 community organizations
in an amicus brief before the U.S. Court of Appeals for the Seventh Circuit in Doe v.
Board of Education (No. 24-3864), a case about school records policies.

"Young people tell us every week that school is where they most need to be safe," said
Executive Director Nadia Rahimi.

Media contact: (773) 555-0102""",
        [],
    ),
    (
        """Subject: Prior authorization approved - Kai Brennan

Hi Kai,

Good news: your insurance approved the prior authorization for Vyvanse 30 mg through
November 2027, so the pharmacy can fill it today.

Dr. Sorensen would like to check in about sleep and appetite at your next session.

Bridgewater Counseling Collective
(773) 555-0157""",
        [("health", "")],
    ),
    (
        """Subject: Standings after week 8 + playoff bracket

Northside Pride Kickball League - Fall 2026

1. Team Teal           7-1
2. Balls of Fury       6-2
3. Kick Me Maybe       5-3
4. The Shortstop Gays  4-4
5. Base Instincts      2-6
6. Free Agents         0-8

Playoffs Sunday: 1 vs 4 at 10 am, 2 vs 3 at 11:15, final at 1. Closing party after at
the Copper Heron. Bring your bib for the drink special.

Shay Whitlock, Commissioner""",
        [],
    ),
    (
        """Subject: Expungement and sealing screening - Dario Delgado

Hannah,

Screening results for Dario from this morning's walk-in:

ID: Illinois state ID D392-7750-5930
1. 2014 retail theft, Cook County: pleaded guilty, 12 months court supervision, completed
   2015. Eligible for expungement.
2. 2016 arrest, possession of a controlled substance: nolle prosequi. Eligible for
   expungement.

He wants it done before he applies for the CNA program in the spring. Fee waiver form
attached; he's on SNAP.

Omar""",
        [("criminal_history", ""), ("US_STATE_ID", "D392-7750-5930")],
    ),
    (
        """Subject: Elmstead Family Foundation: 2027 Community Health RFP now open

The Elmstead Family Foundation invites proposals for its 2027 Community Health grants.

Eligible: 501(c)(3) organizations in Cook County with budgets under $5 million.
Priorities: HIV prevention and care, LGBTQ+ aging, mental health for young people.
Awards: $25,000 to $75,000 a year, up to two years.
Deadline: February 1, 2027.

Privacy: we never ask grantees to share an individual's HIV status, identity or any
client-level data. Report numbers in aggregate only.

Information session: January 12, 2027, online.""",
        [],
    ),
    (
        """Subject: Your credit builder loan: one-year check-in

Hi Tasha,

It's been a year since you opened your Credit Builder loan with us, and it's working: your
FICO Score was 654 when the loan opened, and it's 719 as of this month.

You have three payments left, after which the $1,000 in your savings is yours. Want to talk
about a secured card or a car loan next? Book a free session with our financial coach.

Greystone Community Bank
Member Services""",
        [("CREDIT_SCORE", "654"), ("CREDIT_SCORE", "719")],
    ),
    (
        """Subject: Order confirmation #902782

Thank you for your order, Northlight Health!

Ship to: Northlight Health, 3318 N. Halden Ave, 3rd floor
Items:
  40 x Rapid HIV-1/2 antibody test kit (box of 25)
  10 x Condoms, assorted (case of 500)
  6 x Lubricant, single-use (case of 1,000)
  4 x Naloxone nasal spray (box of 24)

Estimated delivery: December 2. Grant-funded order, net 30 terms.""",
        [],
    ),
    (
        """Subject: new bartender paperwork - Marco Medina

Rick,

Marco's I-9 documents (I saw the originals today):

  List B: Illinois driver's license M946-3418-7331, expires 06/2029
  List C: Social Security card, 828-61-7728

He starts Friday. His W-4 and direct deposit form are in the envelope in the office.

Sasha""",
        [("US_DRIVER_LICENSE", "M946-3418-7331"), ("US_SSN", "828-61-7728")],
    ),
    (
        """Subject: TDOR vigil volunteer roster - Friday, November 20

Thank you all for volunteering for the Trans Day of Remembrance vigil.

4:30  Setup (chairs, candles, sound): Jules, Priscilla, Ahmed
5:30  Greeters at both doors: Corey, Mei, Harold
6:00  Readers of names: Quinn, Bisi, Tobias, Elena
6:45  Candle safety and cleanup: Felix, Dani, Wes

Tissues at every row. The community room stays open afterward with tea for anyone who needs
company. The vigil is open to the public.

Jules""",
        [],
    ),
    (
        """Subject: Minutes - Pride Fest Committee, November 9

Present: 11 of 13 members. Chair: DeShawn Pruitt.

1. Fall Fest wrap-up: attendance about 14,000; net revenue $18,400 after costs. Vendor
   invoices all paid except one.
2. Motion to set the 2027 June theme as "Rooted and Rising": passed 9-2.
3. Motion to move the beer garden to the Roscoe end: tabled until January.
4. Next meeting: Monday, December 14, 6:30 pm, Northlight room 210.

Submitted by the secretary.""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_46, "hard46", Path(__file__).with_name("hard-46.jsonl")))
