"""Hard set 76 (2026-12-07): a domestic violence and sexual assault agency and its partners.

Written blind. 100 hand-written e-mails (40 decoys, 60 positives) from a regional domestic
violence and sexual assault services agency and its partners over two weeks of December: the
hotline's follow-up staff, shelter intake, legal advocates (injunctions, custody, U visas and
VAWA self-petitions), a hospital SANE program, a transitional housing program, an address
confidentiality program (ACP), a children's counselling program, a batterer intervention
program, a teen dating-violence school program, a police victim-services unit, a financial
empowerment class, volunteers, donors, landlords and employers.

What I read, each with cat except the grep: the task prompt (/tmp/mg/set76/prompt.txt, the
first command), /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
grep -n "line-length" pyproject.toml, /tmp/mg/set76/conventions.txt and
/tmp/mg/set76/brief.txt. Nothing else in the repository or under /tmp/mg was read or listed;
I saw no detector code, rules or other test set.

What I ran: mkdir /tmp/hard76_gen and throwaway scripts there (gen.py for the identifier
values; cases_a.py, cases_b.py and cases_c.py holding the hand-written cases; build.py, which
writes this module with the cases in an order shuffled by random.Random(76) and the
conventions copied in; check.py, which imports this module and lists each case's kind, line
count and labels and looks for unlabelled valid-looking numbers); then, from the worktree,
python -m tests.data.sensitive.hard_76, ruff format and ruff check on this file, awk to list
its lines over 100 characters, and git add, git commit and git rev-parse.
Slips: the first run of gen.py stopped with a ValueError at the SSN step (its trivial-sequence
helper did not skip dashes); I fixed the helper with sed and reran it with the same seed, so
the card and routing numbers printed before the crash came out identical. To check my own
edits I also ran grep and sed -n on my scratch files under /tmp/hard76_gen and on this
module, which the prompt's list of commands did not name; they touched no other file.

Identifiers: drawn by gen.py with random.Random(7607): Visa, Mastercard, Amex and Discover
numbers with a computed Luhn digit; ABA routing numbers with a valid Federal Reserve prefix and
computed checksum; SSNs under SSA rules (area not 000, 666 or 9xx, group and serial non-zero);
ITINs 9XX with a group in 50-65 or 70-88; PT and NL IBANs with computed mod-97 check digits;
licence and ID card numbers in the Wisconsin letter-plus-13-digits shape; passport, account,
tribal ID, PIN and one-time code digits; a 32-hex auth token and a 32-hex template hash. None
is a trivial sequence or a published test number. Decoy numbers shaped like identifiers were
drawn to fail the checks (a 16-digit tracking number failing Luhn; 9-digit vendor and renewal
codes failing the ABA checksum) or written by hand to break SSA and ITIN rules (912-31-5047).
Passwords, security answers, people, organisations, places, the union local and the tribal
band are invented; phone numbers are 555-01xx.

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
- Being a survivor of domestic violence, sexual assault or stalking, calling the hotline,
  staying in the shelter, being an agency client or an ACP participant, or ending a lease under
  a domestic-abuse provision is not itself a special category; what a text says beyond that is
  labelled as usual.
- A named survivor's sexual assault is not read as her sexual activity (no
  sexual_orientation); her forensic (SANE) exam findings, injuries, HIV PEP, emergency
  contraception, pregnancy and STI tests and their results are health.
- A civil protective order (petition, injunction hearing, temporary restraining order, the
  sheriff's service on the respondent) is a civil matter: not criminal_history. An arrest
  (including a survivor's dual arrest whose charge was later dismissed), booking, a criminal
  charge, a juvenile adjudication, a conviction, jail, probation and probation-ordered batterer
  intervention are criminal_history of the person concerned.
- Being a crime victim, a police report taken with "no arrest has been made", a U visa
  law-enforcement certification and a sign-up for jail-release notifications disclose no
  criminal_history.
- Immigration matters (U visa, VAWA self-petition, a waiver for an entry, nationality, years in
  the state, a brother's ICE detention) are not labelled; a survivor who is K'iche' Maya (an
  indigenous people) is racial_ethnic_origin.
- A police descriptor of a named arrestee ("W/M") states his race: racial_ethnic_origin.
- A forensic DNA (CODIS) profile match naming a suspect is genetic data about him: genetic;
  his arrest is criminal_history.
- A phone's screen-lock passcode opens a device, not an account: not labelled. An email
  account's password, a bank app password and their security answers are PASSWORD.
- An emergency-fund prepaid card's PIN is PIN and its last four CREDIT_CARD_LAST_DIGITS; the
  PIN of a new debit card is PIN; an online-banking username is not labelled.
- A danger-assessment score is not a credit score. A medical-billing collection on a screening
  report is CREDIT_REPORT and names no condition or treatment: not health.
- ACP participant numbers and substitute addresses, court case, police report, SANE kit, FTC
  report, state contract and vendor numbers, an ACP renewal code and a licence plate are
  unlabelled identifiers.
- Going to Friday Jumu'ah prayers at a mosque is religious practice: religious_belief. A
  Jehovah's Witness declining blood states her faith (religious_belief) beside the health
  matter (low hemoglobin, IV iron).
- An employee's union membership stated by HR ("a member of Local 2210") is
  trade_union_membership.
- Making calls for a candidate's campaign (in a volunteer application) and canvassing for a
  candidate are political_opinion.
- A donor writing that her sister's husband was convicted of the sister's murder and is
  serving life discloses his criminal_history.
- A dog's seizure medication at a pet-friendly shelter is not health (animals).
- An adopt-a-family list by family number only, a composite appeal story, a fictional
  training role-play and aggregate newsletter or grant figures identify no one.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_76: list[Case] = [
    (
        """\
Subject: SecureEntry release 4.2 - fingerprint readers at the shelter

Hi Kathleen,

SecureEntry 4.2 will install on the two fingerprint readers on Monday night. What changes:
- the false-accept rate drops to 1 in 50,000 in our testing
- templates stay on the reader and are never sent to our cloud
- residents can still use a fob instead of a fingerprint; enrollment remains optional
- the consent form text is updated to match the state's biometric privacy law

No action is needed from staff. Ticket #SE-77413.

Arjun Mehta
SecureEntry Support""",
        [],
    ),
    (
        """\
Subject: How to register for custody release notifications

Hi everyone,

As promised at Tuesday's safety planning workshop, here's how anyone can sign up for a call or
text when a person is released from the county jail:

1. Call (920) 555-0177 or go to the state notification website.
2. Search by the person's name or booking number.
3. Choose a four-digit PIN of your own: ____ (you'll enter it to confirm each call).
4. Add up to three phone numbers and an email address.

Any advocate can sit with you while you do it. Registration is free and the person is never told
who registered.

Owen Hasler
Victim Services, Millbrook Police Department""",
        [],
    ),
    (
        """\
Subject: Report taken - case 26-019207

Ms. Albright,

This confirms that Officer Lind took your statement on December 5 about the slashed tires and
the note left on your windshield. The case number is 26-019207. The investigation is open; no
suspect has been identified and no arrest has been made. If anything else happens, call 911
and give the case number.

Victim services can also help you apply to have your address kept confidential.

Owen Hasler
Victim Services Specialist, Millbrook Police Department""",
        [],
    ),
    (
        """\
Subject: Tanya Greer - rental application at 418 Birch

Hello Mr. Dahl,

Thank you for meeting Tanya on Thursday. You asked about the background check. Yes, it shows a
2019 conviction for retail theft and 60 days served in the Larkspur County jail. That was while
she was living with her ex, who sent her into stores and kept the money; it is part of why she
came to us. Since then she has completed our transitional program, kept a job at Ridgeview
Nursing for 14 months and paid her share of the rent on time every month.

Linden House can guarantee the first six months of rent through our housing fund, and I am happy
to be your contact if anything comes up. Would you consider her application with that in mind?

Best regards,
Gwen Pollard
Housing Coordinator, Linden House Transitional Program""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: Dorsey arrest - info for victim contact

Hi Nadia,

Per our MOU, sharing this for your victim contact (she signed the release at the scene):

Victim: Heather Quist, DOB 07/21/1991, WI DL J182-2662-6710-66
Report no.: MPD 26-018844
Suspect: Kyle J. Dorsey, W/M, 34
Arrested 12/04 at 23:40 for strangulation and suffocation, and disorderly conduct (DV).
Booked into Larkspur County Jail; initial appearance 12/07 at 1:30 pm.
A no-contact order will be requested as a bail condition.

Heather asked for a call from your office after 5 pm at her sister's number, (920) 555-0158.

Owen Hasler
Victim Services Specialist, Millbrook Police Department""",
        [
            ("US_DRIVER_LICENSE", "J182-2662-6710-66"),
            ("criminal_history", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        """\
Subject: Patience Osei - transfusion question

Dr. Lamb,

Patience Osei (SANE exam 12/06) is a Jehovah's Witness and declined blood products when we
talked about her hemoglobin of 8.1. She agreed to IV iron. She asked that her elder, Brother
Mensah, not be contacted by the hospital about the assault. Can we set up the iron infusion
this week?

Ruth Adeyemi, RN, SANE-A""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """\
Subject: Wear orange Wednesday! Last of the 16 Days events

Hi volunteers and friends,

The 16 Days of Activism against Gender-Based Violence end on December 10, Human Rights Day, and
we're closing with "Orange the Square" on Wednesday:

  When: Wednesday, December 9, 5:00-6:30 pm
  Where: Courthouse Square, Millbrook (warming tent by the bandstand)
  What: luminaria walk, hot cider, short remarks from our hotline team, and a moment of
        silence for everyone in our state killed by a partner this year

Bring something orange. ASL interpretation provided. Parking in the Elm Street ramp is free
after 5.

Thanks for everything you've done these 16 days,
Carly Voss
Community Engagement, Larkspur Valley Safe Homes""",
        [],
    ),
    (
        """\
Subject: Your 2026 return and the IRS letter

Hi Brandi,

Your 5071C letter was about the return your ex filed with your Social Security number (last
four 4609) in February. You're cleared with the IRS now, and they have issued you an Identity
Protection PIN. You'll need it on your 2026 return, and so will we at the free tax site:

IP PIN: 829155

Please don't give it to anyone who calls. The IRS never calls for it.

Tom Kessler
VITA volunteer, Money on My Terms""",
        [("US_SSN", "4609"), ("PIN", "829155")],
    ),
    (
        """\
Subject: Security deposit refund - Unit 2B

Ms. Halvorsen,

I received your notice ending the lease under the domestic abuse provision, and the advocate's
letter. You don't owe rent after January 31. I'll refund the full $1,150 deposit by ACH as you
asked, to:

Routing: 110808066
Account: 407280540962

Please reply "confirmed" and I'll send it Monday. Good luck with the move.

Ray Jessup
Jessup Properties""",
        [("ABA_ROUTING_NUMBER", "110808066"), ("US_BANK_NUMBER", "407280540962")],
    ),
    (
        """\
Subject: Your ACP mail portal sign-in code
Your one-time sign-in code for the ACP Mail Portal is 684085. It expires in 10 minutes.""",
        [("ACCESS_CODE", "684085")],
    ),
    (
        """\
Subject: Your credit report review (Money on My Terms)

Hi Delphine,

Thanks for pulling your report with me on Thursday. Here's the summary so you have it in writing.

Your TransUnion score: 561

Negative items we found:
- Collection account: Midstate Recovery Group, $1,214 (Lakeshore Wireless), 2024
- Late payment: 90 days late on the Harbor Auto Finance loan, August 2025
- Charge-off: Fenwick Bank credit card, $3,087, charged off May 2025

You told me the wireless account and the Fenwick card were opened by your ex in your name while
you lived together. That's coerced debt, and we can dispute both with the identity theft report
and the letter from Theo. The car loan late payment is yours, but we can ask for a goodwill
adjustment, since you've paid on time ever since.

Next class: Thursday 6 pm, "Building credit after abuse."

Shauna Pelletier
Financial Empowerment Coordinator""",
        [
            ("CREDIT_SCORE", "561"),
            (
                "CREDIT_REPORT",
                "Collection account: Midstate Recovery Group, $1,214 (Lakeshore Wireless), 2024",
            ),
            (
                "CREDIT_REPORT",
                "Late payment: 90 days late on the Harbor Auto Finance loan, August 2025",
            ),
            ("CREDIT_REPORT", "Charge-off: Fenwick Bank credit card, $3,087, charged off May 2025"),
        ],
    ),
    (
        """\
Subject: Changing Course - intake steps for referral sources

Thank you for referring participants to Changing Course. How intake works:

1. The referral source (probation, the court, a treatment provider, or the participant himself)
   sends our one-page referral form.
2. We schedule a 90-minute intake assessment within 10 days.
3. The program is 26 weekly sessions of 2 hours. Fees are on a sliding scale, $10 to $40.
4. Referral sources get a monthly attendance report and are told of any absence within two
   business days.
5. With the participant's consent we contact current or former partners once, only to offer
   them advocacy services; nothing they say is shared with the participant.

Questions: Roger Villalobos, (920) 555-0152.""",
        [],
    ),
    (
        """\
Subject: Update on the Rivera investigation

Ruth,

Sharing with Maya Rivera's permission: the crime lab reported a CODIS hit this week. The DNA
profile developed from the bedding collected at the apartment matched Jared Elling's profile in
the database, and he was arrested yesterday afternoon on a warrant. Detective Brunner will call
Maya this evening; could you let her advocate know?

Owen Hasler
Victim Services, Millbrook PD""",
        [("genetic", ""), ("criminal_history", "")],
    ),
    (
        """\
Subject: Unit 4 turnover Friday

Hi Dale,

Unit 4 turns over Friday. The lockbox on the back rail has the key (code 3906), and the building
entry keypad is 2284#. Carpet cleaning comes at 9 and the painters at 1. Please swap the
deadbolt cylinder before the new family moves in on Monday.

Gwen""",
        [],
    ),
    (
        """\
Subject: RE: Gala table sponsorship

Hi Carly,
Count us in for a table at the Spring Gala ($1,200). Please run it on our Discover:
6011 3710 4578
9764  exp 04/28, code 805
Name on card: Deborah Strand. Please send the receipt to this email.
Thanks! Deb""",
        [("CREDIT_CARD", "6011 3710 4578\n9764"), ("CVV", "805")],
    ),
    (
        """\
Subject: November hotline numbers for the board packet

Hi all,

Here are the November figures for Tuesday's board packet (final, pulled from the call log this
morning):

- Total contacts: 1,284 (calls 803, texts 412, chats 69)
- First-time contacts: 61%
- Callers who disclosed strangulation at some point: 23%
- Callers asking about safety during pregnancy: 4%
- Referrals to the Ashgrove SANE program: 38
- Shelter requests: 97 (41 placed with us, 22 with partner shelters, 34 hotel or declined)
- Spanish-language contacts: 118; Hmong-language contacts: 9
- Average call length: 14 min; longest: 2 h 06 min

Compared with November 2025, contacts are up 11% and shelter requests up 19%. The December
spike usually starts around the 20th, so please keep the holiday on-call list current.

Nadia Reyes-Holm
Hotline Program Manager
Larkspur Valley Safe Homes""",
        [],
    ),
    (
        """\
Subject: Household composition - Shay Burke

Tasha, for the Linden House waitlist: Shay would like to apply as a two-adult household with her
girlfriend, Lena Ochoa, who has been helping with the kids since Shay left. Lena isn't on any
lease and has her own income. Does our policy allow a partner on the application? - Gwen""",
        [("sexual_orientation", "")],
    ),
    (
        """\
Subject: Your new account at Ashgrove Federal

Hi Rachel,

You're all set! Your new checking account is in your name only and uses the office as its
mailing address. For your employer's direct deposit form:

Routing number: 632392607
Account number: 78265739823

The debit card comes in 7-10 days. The PIN you picked at the branch was 0944; please memorise
it and shred this email once the form is in.

Shauna""",
        [("ABA_ROUTING_NUMBER", "632392607"), ("US_BANK_NUMBER", "78265739823"), ("PIN", "0944")],
    ),
    (
        """\
Subject: Screening - Nadine P., unit 1C

Gwen,

Screening for Nadine came back:

Credit: insufficient history, no score returned
Evictions: none found
Criminal: none found
Income verification: meets 2.5x rent with the subsidy

We can approve with your program's guarantee. Can she sign Wednesday?

Paula Reinholt
Maple Grove Apartments""",
        [],
    ),
    (
        """\
Subject: Fox River Savings - you're back in

Hi Jess,

We got your online banking sorted out on the phone with Fox River Savings this afternoon while
you were at work. Your ex had changed the email on the account, so they locked it. What's set
now:

Username: jmarkey_2026 (unchanged)
New password: Cobalt*Harrow*519
If you sign in from the shelter computer before 5 pm today, the bank will ask for the one-time
code they read to me: 562067 (it expires after that)

The account email is now your new address. I also asked them to add a verbal password to the
account, which you'll set in person at the branch.

Shira""",
        [("PASSWORD", "Cobalt*Harrow*519"), ("ACCESS_CODE", "562067")],
    ),
    (
        """\
Subject: SANE on-call, Dec 14-27

Hi advocates,

SANE on-call for the next two weeks (page through the ED charge nurse, (920) 555-0190):
Dec 14-17: Ruth A.
Dec 18-20: Megan T.
Dec 21-24: Luz P.
Dec 25-27: Ruth A.

Reminder: exams are available up to 120 hours after an assault, with or without a police
report. Every patient is offered HIV PEP when indicated, emergency contraception and STI
prophylaxis, free of charge. Please meet patients in the family room, not in triage.

Ruth""",
        [],
    ),
    (
        """\
Subject: Enrollment error - resident Kim Dao, reader 2

Hi Bernie,

The enrollment for Kim Dao on reader 2 failed its quality check last night, so she's still on a
fob. From the log:

  resident: DAO, KIM (room 9)
  finger: right index
  template_hash: ff9ff0ab54ad7254b41e3bfc55180421
  verify_score: 0.41 (threshold 0.60)
  result: REJECT

Could you have her re-enroll with the left index? Dry skin in winter often causes this.

Arjun
SecureEntry Support""",
        [("biometric", "")],
    ),
    (
        """\
Subject: Gift in memory of my sister

Hello,

I'd like to make a gift of $500 in memory of my sister, Joanne Pruitt, who would have turned 50
this week. Please charge my Visa 4941 8542 4379 3258, exp 09/29, security code 252. Her husband
was convicted of her murder in 2021 and is serving a life sentence, and the advocates at your
agency sat with our family through the whole trial. I'll never forget that.

If you can, please send the acknowledgment to my mother, Dorothy Pruitt, 77 Larch Lane,
Ashgrove.

With gratitude,
Ellen Pruitt-Haas""",
        [("CREDIT_CARD", "4941 8542 4379 3258"), ("CVV", "252"), ("criminal_history", "")],
    ),
    (
        """\
Subject: Kerrigan petition - respondent info and injuries for the affidavit

Hi Lorraine,

Here is what I have for Shannon's petition, so you can finish the affidavit before Thursday:

RESPONDENT
Travis Allan Kerrigan, DOB 03/14/1988
WI driver license V362-8116-9780-40
Works at Kessel Auto Body, 2nd shift
Prior record: convicted in 2021 of disorderly conduct with the domestic abuse modifier, on
probation until March 2023. He told Shannon he "knows how to beat it this time."

INCIDENT 11/29
He pushed her into the door frame. She was seen at the Ashgrove ED that night: fractured left
orbital floor, referred to ENT, follow-up CT on 12/11. She has the discharge papers and photos.

FIREARMS
He owns a deer rifle and a handgun (Shannon thinks it's kept in the truck's console). Please
ask for surrender within 48 hours.

EARLIER INCIDENTS (from Shannon's journal)
- 2019: threw her phone into the lake after she called her sister
- 2022: took the car keys and her paychecks for two months
- August 2026: punched a hole in the bedroom door next to her head
- October 2026: followed her to work three days in a row

RELIEF REQUESTED
- no contact; stay away from 1140 Spruce Court and Little Sprouts daycare
- temporary placement of the children with Shannon; supervised visits only
- firearm surrender

Children: Logan (6) and Piper (3), both staying with their grandmother for now.

Let me know if you need the 911 log too.

Theo Lindqvist
Legal Advocate, LVSH""",
        [("US_DRIVER_LICENSE", "V362-8116-9780-40"), ("criminal_history", ""), ("health", "")],
    ),
    (
        """\
Subject: follow-up call - E. Okafor

Spoke with Emeka Okafor at 4:10 pm today (safe number, he answered himself). His husband,
Graham, was arrested Tuesday night and is still in the county jail waiting for his initial
appearance; the officer told Emeka a no-contact order will be a bail condition. Emeka wants to
stay in the house for now. He asked about our LGBTQ+ survivors group; I gave him the Thursday
time. Next call: Friday after 3.

- Jonah P., hotline follow-up""",
        [("sexual_orientation", ""), ("criminal_history", "")],
    ),
    (
        """\
Subject: High-danger review - Olivia S.

Team,

Adding Olivia S. to Wednesday's high-danger review. Her danger assessment score is 19 (extreme
danger). Her ex-partner, Brent Lowry, has prior convictions for aggravated battery (2017) and
for violating a restraining order (2022), and she believes he has bought a handgun. She is
staying with a cousin in Port Aldous and will not come into shelter.

Proposed: ask MPD to flag the cousin's address, expedite the injunction petition, and offer her
an ACP enrollment.

Theo""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: Rowan - follow-up

Mr. Haugen,

After Friday's Respect Works session, Rowan stayed behind. He told me he's bisexual and that his
ex-boyfriend, Tyler, has been posting screenshots of their messages since they broke up. Rowan
isn't out at home and asked that we not call his parents. Can we meet about a safety plan for
school, and about asking the platform to take the posts down?

Priya""",
        [("sexual_orientation", "")],
    ),
    (
        """\
Subject: ACP renewal reminder

Dear Participant,

Your Address Confidentiality Program enrollment (participant no. 2022-01186) ends on February
8, 2027. To renew, send the renewal form with the code 092045664 printed at the top, signed
and dated, to the substitute address by January 25. An advocate can help you fill it out.

If you have moved, you do not need to tell us your new address on the form; call us instead.

ACP Office, Office of the Attorney General
(608) 555-0182""",
        [],
    ),
    (
        """\
Subject: Your order has shipped - 2,000 wallet cards

Hello Larkspur Valley Safe Homes,

Good news! Your order W-88104 (2,000 wallet-size hotline cards, matte, two-sided) has shipped.

Carrier: FedEx Ground
Tracking number: 3458681798934857
Estimated delivery: Thursday, December 10

Invoice total: $612.40, billed to the card on file. Questions? Reply to this email.

Kindest regards,
The PrintRight Team""",
        [],
    ),
    (
        """\
Subject: Action alert: call Sen. Kjellberg about SB 412 before Friday

Friends,

SB 412 would let survivors end a lease with 14 days' notice and a letter from an advocate,
without a court order. It has a hearing in the Senate Judiciary Committee on Friday.

Senator Annika Kjellberg, who chairs the committee, said last week that she "has concerns about
landlords' costs". Please call her office at (608) 555-0171 and say:
  "I'm a constituent and I support SB 412. Survivors shouldn't have to choose between safety
  and their credit."

Thank you for using your voice!
Public Policy Team
Northern Lakes Coalition Against Domestic Violence""",
        [],
    ),
    (
        """\
Subject: Marisela Ortiz - leave and schedule

Hi Theo,

Following up on our call. Marisela's doctor has her off work for two weeks for the concussion,
then on light duty (no overhead work, no lifting over 20 lb) until her neurology follow-up in
January. We'll hold her press operator position.

She's a member of Local 2210, so I've copied her steward, Denise Kral, on the move to first
shift. Security has the photo of her ex-husband and knows not to let him past the gate.

Regards,
Janelle Brooks
HR Manager, Fox Bend Packaging""",
        [("health", ""), ("trade_union_membership", "")],
    ),
    (
        """\
Subject: Pet-friendly room - Biscuit's paperwork

Hi Renee, yes, Biscuit can come with you! We just need his rabies certificate (the vet can fax it
to (920) 555-0131) and proof of his distemper booster. Since he's on seizure medication, bring
two weeks of his phenobarbital and we'll keep it in the kennel office. - Bernie""",
        [],
    ),
    (
        """\
Subject: Tamika's car loan!!

Shauna, great news for the class (Tamika said I can share it with her first name): the credit
union approved her car loan this morning. They pulled a 604, up from 551 when she started the
class in June. She's picking the car up Saturday!

Wendy""",
        [("CREDIT_SCORE", "604"), ("CREDIT_SCORE", "551")],
    ),
    (
        """\
Subject: Can't do my Thursday hotline shifts after the 10th

Hi Nadia,

I have to step back from my Thursday overnights for a while. I start chemo for breast cancer on
December 15, and they've told me the first rounds will knock me out. I'm hoping to be back in
March.

I'll miss it. Please give the Thursday crew a hug from me.

Margaret Sorensen""",
        [("health", "")],
    ),
    (
        """\
Subject: Tzoc - U visa packet checklist

Hi Ms. Fennell,

Checklist for Rosa Elvira Tzoc's U visa packet before our Monday meeting:

1. I-918 Supplement B: signed by Millbrook PD on 12/01 (original in the safe).
2. Personal statement: drafted in K'iche' with the interpreter, Spanish and English versions
   attached. Rosa is K'iche' Maya from Momostenango; she wants the statement to say so,
   because it explains why she could not ask the local police for help before.
3. ID: Guatemalan passport no. N80115908 (expired 2025).
4. ITIN letter: 999-64-1920, for the fee waiver's income proof.
5. Children's birth certificates: requested.

I-192 waiver: you said we probably need it for the 2019 entry. I'll bring everything Monday.

Imani Castellanos
Legal Advocate (Immigration), LVSH""",
        [("racial_ethnic_origin", ""), ("US_PASSPORT", "N80115908"), ("US_ITIN", "999-64-1920")],
    ),
    (
        """\
Subject: Volunteer application - Trent Albrecht

Hi Wendy,

Attached is my volunteer application. You asked about phone experience: I made calls for Amy
Harlan's state assembly campaign in 2024 (about 40 hours) and I've done two seasons on the food
bank's holiday line. I'm available evenings and most weekends, and I'm fine with a background
check.

Thanks,
Trent Albrecht""",
        [("political_opinion", "")],
    ),
    (
        """\
Subject: Paternity results - Ferreira custody case

Hi Lorraine,

The DNA results came in today for the custody case (2026FA000611):

  Alleged father: Luis Ferreira
  Child: Sofia Ferreira-Nunes
  Combined Paternity Index: 4,871,223
  Probability of paternity: 99.99998%
  Conclusion: Luis Ferreira cannot be excluded as the biological father.

Gabriela expected this; it mainly matters for the child support order. I'll bring the lab
report to Monday's prep.

Theo""",
        [("genetic", "")],
    ),
    (
        """\
Subject: Background check complete - Marcus Feld

Hi Wendy,

Marcus Feld's fingerprint-based check through the state Department of Justice came back: no
records found. The sex offender registry search also had no match, and his references were
good. He is cleared for hotline training starting January 9.

Kathleen""",
        [],
    ),
    (
        """\
Subject: Volunteer training, Module 4 role-play script (fictional)

Trainers,

For Saturday's Module 4, please use this script. It is fictional; never use real callers'
details in role-plays.

CALLER ("Lena", 29, fictional): calls at 2 am from a gas station. Her boyfriend choked her
tonight and she blacked out for a moment. She is 10 weeks pregnant and worried about the baby.
He has been arrested before and "always gets out".
VOLUNTEER: practise the strangulation screening questions, encourage medical care, offer the
SANE program, and do a brief safety plan.
DEBRIEF: what would change if Lena told you she is undocumented? If her partner were a woman?

Time: 20 minutes per pair.

Dolores Whitcomb
Training Coordinator""",
        [],
    ),
    (
        """\
Subject: Safety plan update - Deb

Shira, quick update for Deb's file. She has been knocking doors two nights a week for Marisol
Vega's county board campaign, and her ex has started showing up at the campaign office on Main
Street. She doesn't want to stop volunteering. We talked about going out in pairs, parking in
the lit lot and telling the campaign manager. Can you check whether the canvassing app shares
her location with other volunteers? - Nadia""",
        [("political_opinion", "")],
    ),
    (
        """\
Subject: Reminder for hotline volunteers: health information from callers

Volunteers,

A few reminders after Thursday's debrief:
- If a caller tells you she is pregnant, ask whether she has been hit or choked during the
  pregnancy and offer the medical advocacy line.
- If a caller says her HIV status is being used against her ("he says he'll tell my family"),
  that's a form of abuse: note "threat of disclosure" in the log, never the status itself.
- If a caller mentions medication the abuser controls, we can help her get a replacement supply.
- Never write a diagnosis in the shared log.

Thanks,
Nadia""",
        [],
    ),
    (
        """\
Subject: Sharon's EBT card

Hi Dot,

Sharon and I called the EBT line this morning and changed her card's PIN to 7367, since her
ex-husband knew the old one. She asked me to send it to you because you do her shopping on
Tuesdays. The December benefits are already loaded.

Thanks,
Wendy (senior outreach, LVSH)""",
        [("PIN", "7367")],
    ),
    (
        """\
Subject: Interpreter for the Tesfaye hearing

Hi Theo,

The Amharic interpreter is confirmed for Meron Tesfaye's custody hearing, case 2026FA000742,
on Wednesday, December 16 at 9:00 in Branch 5. The interpreter will meet you both at the
advocate room at 8:30.

Linh (front desk)""",
        [],
    ),
    (
        """\
Subject: Thank you for your December gift

Dear Mr. and Mrs. Lindahl,

Thank you for your monthly gift of $40, drafted on December 1 from your checking account ending
in 6120. Your gifts this year total $480. No goods or services were provided in exchange for
these contributions. Larkspur Valley Safe Homes is a 501(c)(3) organization, EIN 39-1482076.

Because of friends like you, 41 families had a safe place to sleep last month.

With thanks,
Kathleen Amundsen
Executive Director""",
        [],
    ),
    (
        """\
Subject: Adopt-a-family list, round 2 (numbers only)

Hi sponsors,

Thank you! Here are the families still waiting for a sponsor. We never share names, only family
numbers; please write the number on each gift tag.

Family #14: mom and two boys (4 and 9). Boys: 4T and 10/12 pants, Lego, a soccer ball.
Family #22: mom and baby girl (8 months). Size 3 diapers, board books, a warm coat (women's L).
Family #31: grandmother raising two girls (6 and 13). Art supplies, a bike helmet, a phone case.
Family #9: dad and daughter (7). Kids' L winter boots, a dollhouse, a gas gift card.

Drop-off: December 14-16, 10-4, at the donation center.

Wendy Marr""",
        [],
    ),
    (
        """\
Subject: Text line integration failing since 02:14

Hi Arlo,

Since 02:14 this morning, texts to the hotline number are not reaching the counsellor queue. The
Textwell webhook shows 401 errors. Config currently deployed:

  TEXTWELL_ACCOUNT_SID=AC7f21c9e0b34d58a6e1f0c2d9b7a34e51
  TEXTWELL_AUTH_TOKEN=4eec75de4823d9cb4d248352cec0127f
  WEBHOOK_URL=https://texts.lvsafehomes.org/inbound

Did the token get rotated on their side? We're forwarding texts by hand until it's fixed.

Nadia""",
        [("API_KEY", "4eec75de4823d9cb4d248352cec0127f")],
    ),
    (
        """\
Subject: Grace - support at Thursday's hearing

Theo,

Grace called. She's been a member of New Covenant Baptist Church for 20 years and wants her
pastor, Rev. Hale, to sit with her at Thursday's injunction hearing. Is that OK with the court?
She does not want the church's women's ministry to hear anything about it. - Nadia""",
        [("religious_belief", "")],
    ),
    (
        """\
Subject: lab result - Brianna L.

Gwen, Brianna's chlamydia test from the exam came back positive; she picked up the doxycycline
this afternoon. She asked that it not come up at house meeting. - Ruth""",
        [("health", "")],
    ),
    (
        """\
Subject: Emergency fund wire for Inês

Hi Marguerite,

The committee approved $900 from the emergency fund for Inês Carvalho's flight and first month
with her aunt in Braga. She still has an account there from before she moved. Wire details:

  Beneficiary: Inês Carvalho
  IBAN: PT52 9703 8035 0585 8326 8892 3
  Bank: Banco Atlântico Norte, Braga

Please send it before Thursday; her flight is on the 12th.

Imani""",
        [("IBAN_CODE", "PT52 9703 8035 0585 8326 8892 3")],
    ),
    (
        """\
Subject: Occupancy 12/07 6 am

Beds: 34 of 38 filled
Family rooms: 5 of 8 filled (3 open)
ADA room: open
Overflow hotel vouchers in use: 2 (Riverside Inn)
Kennel: 2 dogs, 1 cat
Expected check-outs today: 3 (rooms 2, 11, 15)
Expected arrivals: 1 family transfer from Hope Harbor, ETA noon

Night staff note: the front gate latch is sticking again; maintenance ticket #88214 is open.

- Bernie""",
        [],
    ),
    (
        """\
Subject: Enrollment - Jayden Morales, grade 3 (McKinney-Vento)

Ms. Tran,

Jayden Morales (grade 3) is staying at a shelter and qualifies under McKinney-Vento. His mother
asked me to send what you requested for the lunch program: his Social Security number is
628645381. Please don't put our address on any school paperwork; use the district office
address for his file. He can start Monday.

Kiara Dobbs
Children's Advocate, LVSH""",
        [("US_SSN", "628645381")],
    ),
    (
        """\
Subject: Holiday safety plan worksheet (print for the lobby rack)

Team, here's the text for the holiday version of the safety plan worksheet. Please proofread by
Wednesday.

MY HOLIDAY SAFETY PLAN
If I need to leave quickly, I will go to: ______________________
People I can call: ____________________ Phone: (___) ___-____
My code word with friends and family: ______________
Where I keep copies of my ID, Social Security card and bank cards: ______________
New passwords I have set (keep them somewhere only I can reach): ______________
If I am at a gathering where my partner will be, I will:
  [ ] keep my phone charged  [ ] park facing out  [ ] leave with a friend
24-hour hotline: (920) 555-0100 (call or text)

Thanks!
Carly""",
        [],
    ),
    (
        """\
Subject: Newsletter draft - "Who we served in 2026"

Hi Carly,

Numbers for the winter newsletter, January 1 - November 30:

- 1,104 adults and 391 children served
- 7% of adults identified as LGBTQ+
- 19% were born outside the United States; 11% preferred a language other than English
- 12% disclosed a disability
- 64% were parents of children under 18
- 38% had been strangled at least once, a key risk factor for homicide

Can we put the strangulation figure in the pull quote?

Sam""",
        [],
    ),
    (
        """\
Subject: VOCA quarterly report - narrative draft

Hi Marguerite,

Here's the draft narrative for the Q1 (Oct-Dec) VOCA report. Numbers through Dec 5:

Persons served: 612 (new: 287)
Hotline contacts: 3,709
Shelter nights: 3,118
Legal advocacy: 146 protective-order petitions supported, 41 U visa certification requests,
  17 VAWA self-petitions referred to immigration counsel
Medical advocacy: 97 SANE exams with an advocate present
Children's counselling: 58 children, 402 sessions
Underserved populations: 21% Spanish speaking, 6% LGBTQ+, 3% Deaf or hard of hearing

Award no. 2026-VOCA-0417-GG; our UEI is on the cover sheet. Let me know if you want the
"barriers" section shorter.

Sam Ferrante
Data & Evaluation""",
        [],
    ),
    (
        """\
Subject: Money on My Terms - January class flyer (final text)

MONEY ON MY TERMS
A free 6-week financial empowerment class for survivors
Thursdays, Jan 8 - Feb 12, 6:00-7:30 pm, childcare and dinner provided

Week 1: What is a credit score? (Scores run from 300 to 850; many lenders want 620 or more
        for a car loan.)
Week 2: Reading your credit report: collections, late payments, charge-offs
Week 3: Coerced debt and identity theft
Week 4: Opening an account the abuser can't see
Week 5: Budgeting on an unpredictable income
Week 6: Savings and matched savings accounts

Register with Shauna at (920) 555-0138. You don't have to share your story to attend.""",
        [],
    ),
    (
        """\
Subject: Consult confirmed - Tuesday 10 am

Hi Ms. Mejía,

Your consultation with attorney Fennell is confirmed for Tuesday, December 15 at 10:00 am at our
office. A Spanish interpreter will be there. Please bring:
- any ID you have (passport, consular ID)
- any police reports or court papers
- proof you have lived in Wisconsin since 2019 (leases, school letters for the children)

You told me you are from El Salvador and that your brother was held in the ICE facility in
Dodge County last year before his bond hearing. Ms. Fennell can answer questions about that
too, but the consult is about you.

Imani""",
        [],
    ),
    (
        """\
Subject: Your Address Confidentiality Program enrollment is complete

Dear Participant,

Your enrollment in the Address Confidentiality Program (ACP) is complete. Please keep this
message somewhere safe.

Your ACP participant number: 2026-04417
Your substitute address:
  ACP Participant 2026-04417
  PO Box 7840
  Capitol City, WI 53708-7840

Use the substitute address as your home, work and school address with state and local
agencies. First-class, certified and registered mail sent to it is forwarded to you within
three business days. Packages are not forwarded.

Your enrollment lasts four years. We will write to you 60 days before it ends.

ACP Office, Office of the Attorney General
(608) 555-0182""",
        [],
    ),
    (
        """\
Subject: K.M. follow-up - please keep in her file only

Imani,

Keisha Monroe came back this morning for her 72-hour check after the exam on the 3rd. Quick
summary for your advocacy notes:

- She has taken every dose of the HIV PEP so far (Truvada plus raltegravir, 28-day course).
  The nausea is better with the ondansetron.
- Baseline HIV, hepatitis B and syphilis tests from the ED were negative.
- She had emergency contraception in the ED; today's pregnancy test was negative.
- Repeat HIV test due at 6 weeks (around January 14) and at 3 months.

She asked whether crime victim compensation can cover the rest of the PEP copay ($312). Could
you start the claim? The kit (SK-26-0418) went to the state crime lab on Friday.

Ruth Adeyemi, RN, SANE-A
SANE Program Coordinator, Ashgrove Memorial Hospital""",
        [("health", "")],
    ),
    (
        """\
Subject: Candidates forum on survivor safety - January 21

Dear partners,

The Northern Lakes Coalition is hosting a nonpartisan forum with all three candidates for
Larkspur County Sheriff on Thursday, January 21, 6:30 pm, at the public library's community
room. Each candidate will answer the same five questions on firearm surrender, protective-order
service and victim notification.

Larkspur Valley Safe Homes does not endorse candidates. Staff may attend as members of the
public. Send questions for the moderator to forum@northernlakescoalition.org by January 14.

Carly Voss
Community Engagement""",
        [],
    ),
    (
        """\
Subject: Holiday gatherings at the shelter

Hi all,

A few optional holiday gatherings are coming to the shelter's living room. Residents can join
any, all or none, and nobody is asked about their faith:

- Dec 14-21, 6 pm: Hanukkah candle lighting with volunteers from Temple Beth Or
- Dec 20, 2 pm: Father Tomás from St. Brigid's offers a blessing and cookies
- Dec 22, 5 pm: the Al-Noor women's group brings dinner
- Dec 24, 7 pm: carols by the fireplace

Please post this on the residents' board.

Bernie""",
        [],
    ),
    (
        """\
Subject: Marcy's housing application

Gwen, for Marcy's application at the Birchwood tribal housing site: Marcy is an enrolled member
of the Bear Lake Band of Ojibwe, and they want her tribal ID card number on the form: 336405.
She also asked whether her enrollment affects the income limit; I said I'd ask you. - Tasha""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "336405")],
    ),
    (
        """\
Subject: Background result - volunteer applicant T. Quill

Wendy,

The check for Trevor Quill came back with a 2015 OWI conviction (2nd offense) and a 2018
misdemeanor theft conviction. Under our policy he can't be on the hotline or drive residents,
but he could still help at the donation center if you want. I'll let you tell him.

Kathleen""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: Sana's schedule and parking

Hi Nadia,

Following up on the safety plan meeting. We've moved Sana to the 7-3:30 shift and she'll park in
the fenced lot by the loading dock. She asked to take her lunch at 12:30 on Fridays to go to
Jumu'ah prayers at the mosque on Elm; that's fine, and our guard will walk her to her car when
she leaves. The front desk has a copy of the injunction and her ex's photo.

Thanks,
Corey Lindgren
Operations Manager, Larkspur Credit Services""",
        [("religious_belief", "")],
    ),
    (
        """\
Subject: Aaliyah - follow-up after Respect Works group

Priya,

Thank you for staying after group Thursday. Aaliyah came to see me Friday morning. She told me
her pregnancy test at the school-based clinic was positive and she has an appointment there on
the 14th; she wants you at the meeting with her mom. She also said Jordan was adjudicated
delinquent last month for the assault at the homecoming game and is on juvenile supervision,
but he has been messaging her from a new account.

Can we meet Monday at 7:30, before first hour?

Mr. Haugen
School Counsellor, Millbrook East High School""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """\
Subject: When Ana called, we answered

Dear friend,

Last winter, Ana called our hotline at 3 am from a hospital parking lot. Her arm was broken, she
was five months pregnant, and her husband had just been arrested for the second time. She
didn't know where she and her two children would sleep.

That night, an advocate met her at the hospital. Within a week, Ana and her kids had a room at
our shelter; within a year, an apartment of their own.

Ana's story is a composite of several survivors we served this year. Names and details have
been changed to protect their safety.

A gift of $50 covers one night of safe shelter for a family. Will you give before December 31?

With hope,
Kathleen Amundsen
Executive Director, Larkspur Valley Safe Homes""",
        [],
    ),
    (
        """\
Subject: Mateo's assessment results

Dear Ms. Ibarra,

Thank you for bringing Mateo in for his assessment on Tuesday. As we discussed, his scores fit
post-traumatic stress disorder: the nightmares, the startle and the stomachaches before school
are all part of that. It is very treatable at his age. I recommend trauma-focused CBT once a
week for about 12 to 16 weeks, with you joining the last 15 minutes of each session.

With your permission I've sent the school counsellor a short letter asking for a quiet place he
can go when he feels overwhelmed; it doesn't name the diagnosis.

Our next session is Tuesday at 4:00 in the Little Oaks playroom.

Warmly,
Daniel Okonkwo-Reid, LPC
Little Oaks Children's Counselling Program""",
        [("health", "")],
    ),
    (
        """\
Subject: Kayla - house rules exception request

Gwen,

Kayla is asking for an exception to the 7 am chore schedule: her methadone dosing at the Fox
Valley clinic is at 6:15 and she can't get back before 7:30. Also, her probation agent, Ms.
Ruiz, wants to do a home visit on the 16th; can we host it in the office instead of her unit?

Thanks,
Tasha Briggs
Case Manager, Linden House""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """\
Subject: Derrick Hollins - third missed session

Agent Pryor,

This is to let you know that Derrick Hollins missed his Changing Course group again on December
3. That is his third absence out of 26 required sessions, and under the program rules and his
probation conditions I have to report it to you. He has completed 11 sessions. If he misses one
more, he will be discharged and will have to start over.

He said he had to work a double; he did not bring any proof.

Roger Villalobos
Facilitator, Changing Course Batterer Intervention Program""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: ACP: updating your state ID card

Dear Ms. Lee,

Your ACP enrollment is now active (participant number 30518). Your application listed
Wisconsin ID card number S071-3176-8205-77. To change the address on that card to your
substitute address, take the enclosed ACP authorization letter to any DMV service center; you
do not have to give your real address there.

Remember that your ACP card does not replace your state ID.

Marisa Thune
ACP Specialist""",
        [("US_STATE_ID", "S071-3176-8205-77")],
    ),
    (
        """\
Subject: pay stub for the budget worksheet

Shauna, here's my pay stub like you asked. I typed it out because the photo was blurry:

Ashgrove Memorial Hospital - Pay period 11/16 - 11/29
Gross pay: 1,912.50
Federal tax: 148.22
State tax: 79.31
Social Security: 118.58
Medicare: 27.73
Health insurance: 64.00
HCWU Local 88 dues: 38.20
Net pay: 1,436.46
Direct deposit: xxxx3318

The dues come out of every check, is that normal?
Thanks, Raquel""",
        [("trade_union_membership", "")],
    ),
    (
        """\
Subject: Kitchen note for this week

Hello kitchen crew,

Our new guest Fatima and her two boys keep halal. Please use the separate pans on the blue shelf
and check labels for gelatin. Fatima also prays five times a day; we've set up the small room by
the laundry for her with a clean rug, so please don't store supplies there.

Thank you!
Bernie""",
        [("religious_belief", "")],
    ),
    (
        """\
Subject: Safety plan notes for Renata (room 4)

Bernie,

Renata checked in Sunday night. For the safety plan: the person she is fleeing is her ex-wife,
Colleen Marsh. Colleen still has a key to the Ashgrove apartment and knows Renata's schedule at
the library. Renata asked that overnight staff give no information to a woman calling as her
"sister".

Colleen's car: silver Subaru Outback, plate AGJ-4471.

Thanks,
Nadia""",
        [("sexual_orientation", "")],
    ),
    (
        """\
Subject: Emergency card for Lucia

Lucia, here are the details for the emergency prepaid card I gave you this afternoon (it's in
the envelope with the bus passes):

Card ending: 0132
PIN: 8113
Balance: $300 (groceries, gas and phone minutes)

Nobody else can reload it, and it doesn't show up on your bank statement. - Tasha""",
        [("CREDIT_CARD_LAST_DIGITS", "0132"), ("PIN", "8113")],
    ),
    (
        """\
Subject: Welcome! Your first shift Saturday

Hi Marcus,

Welcome to the volunteer team! A few things for Saturday's 9-1 shift at the donation center
(not the shelter; that address is never shared):

- Side door keypad: 7160# (the front door stays locked)
- Guest Wi-Fi: LVSH-Guest, password sunflower-porch
- Sign in on the clipboard and wear the blue lanyard
- Park behind the building, not in the loading zone

Thanks for giving your Saturday!
Wendy Marr
Volunteer Coordinator""",
        [],
    ),
    (
        """\
Subject: Award details for the county board memo

Hi Kathleen,

For the county board memo on Tuesday, here are the details of the new state award:

Program: Domestic Abuse Grant Program, calendar year 2027
Award amount: $418,250
State contract no.: 912-31-5047
State vendor ID: 738180383
Our EIN: 39-1482076
Match required: 20% (cash or in-kind)

The memo only needs the amount and the program name; the rest is for your records.

Marguerite""",
        [],
    ),
    (
        """\
Subject: Emergency fund application form (fillable) - v3

Hi team,

v3 of the emergency fund form is on the shared drive. Field list for your review:

Applicant name: ______________________
Date of birth: ___/___/______
SSN: XXX-XX-____ (optional; last four only)
Bank name: ______________________
Routing number: _________   Account number: ______________
Reason for request: [ ] rent  [ ] utilities  [ ] medical  [ ] transportation  [ ] other
Amount requested: $________
Advocate signature: ______________________

I removed the "marital status" and "religion" fields from v2; we don't need them.

Marguerite""",
        [],
    ),
    (
        """\
Subject: Appointment reminder

Hi Corinne, this is a reminder of your appointment with Theo on Wednesday at 11:00 at the
Ashgrove office (please use the side entrance). Bring any papers you got from the court.
Call (920) 555-0126 if you need to reschedule.""",
        [],
    ),
    (
        """\
Subject: Respect Works assemblies - January schedule

Hi Ms. Carney,

Here is the January schedule for the Respect Works dating-violence prevention assemblies:
- Jan 12: 9th grade, 2nd hour, auditorium ("What healthy looks like")
- Jan 14: 10th grade, 3rd hour ("Digital abuse and sexting")
- Jan 20: 11th and 12th grade, advisory ("Consent and the law")

Each session ends with the school counsellors introducing themselves. Students can also text
our teen line at (920) 555-0109. Permission slips aren't required, but families can opt out.

Priya Santhanam
Prevention Educator""",
        [],
    ),
    (
        """\
Subject: FW: Voicemail for Mariah

Hi Mariah, this came into the shelter voicemail for you this morning; forwarding like you asked.
- Bernie

---------- Voicemail transcription ----------
From: (920) 555-0163
Received: Mon 12/07 9:42 AM
Duration: 0:21
"Hello, this is an automated message from Lakeshore Savings for Mariah Dent. Your
verification code is one seven two eight four three. This code expires in 15 minutes. Do not
share this code with anyone. Goodbye."
----------------------------------------------""",
        [("ACCESS_CODE", "one seven two eight four three")],
    ),
    (
        """\
Subject: Relocation grant - please check these before Wednesday

Hi Yesenia,

Good news: the relocation committee approved your grant ($2,400) at Friday's meeting. I filled
in the state fund's payee form with what you gave me at intake. The fund will not let us change
anything after the first payment, so please check every line and text me at (920) 555-0147 if
something is wrong:

  Payee: Yesenia Calderón Ruiz
  SSN: 390-53-4232
  Bank: Northwoods Community Credit Union
  Routing number: 686018869
  Account number: 93425604418 (checking)

The money usually lands 5-7 business days after I submit. Once it does, you can put down the
deposit on the Port Aldous apartment.

Take care,
Marguerite Lund
Finance & Grants Coordinator
Larkspur Valley Safe Homes""",
        [
            ("US_SSN", "390-53-4232"),
            ("ABA_ROUTING_NUMBER", "686018869"),
            ("US_BANK_NUMBER", "93425604418"),
        ],
    ),
    (
        """\
Subject: Alondra (room 6) - prenatal care

Hi Leah,

Alondra is 22 weeks pregnant (due around April 6) and hasn't had prenatal care since she left
Milwaukee in October. I booked her at the Ashgrove Women's Clinic for Tuesday at 9:20; she'd
like a female provider and a ride. Can a volunteer driver take her? She also asked for the
thicker mattress pad.

Bernie Kowalczyk
Shelter Intake""",
        [("health", "")],
    ),
    (
        """\
Subject: Updated confidentiality policy, section 4 (please read and sign by 12/15)

All staff and volunteers,

Section 4 has been updated. The changes are in bold in the attached PDF; the text is below.

4.1 We do not confirm or deny that any person is or has been a client, resident or caller, to
anyone, including police, family members and other agencies, without a written, time-limited
release signed by that person.
4.2 We never ask about immigration status, religion or sexual orientation at intake. If a
client chooses to tell us, it is recorded only when needed for services.
4.3 HIV status, pregnancy and other health information are never shared with other residents
and are never written in the shared shift log.
4.4 Under VAWA and VOCA we may not enter personally identifying information in the HMIS.
4.5 Subpoenas go to the Executive Director the same day.
4.6 Case notes are kept to what is needed for services: no opinions, no diagnoses, and nothing
a survivor says about her own past that she has not asked us to write down.
4.7 Paper files stay in the locked file room; nothing with a client's name leaves the building.
4.8 Do not use personal phones to text clients. Use the agency phones, and delete the thread
at the end of each shift.
4.9 When a client asks for her file, give her a copy within five business days.
4.10 Volunteers who learn a client's information outside their shift (at church, at school
pickup, online) keep it confidential there too.

Questions go to your supervisor. Breaches must be reported the same day, even if you are not
sure one happened.

Kathleen Amundsen
Executive Director""",
        [],
    ),
    (
        """\
Subject: Question about domestic violence leave

Hello,

One of our employees may need some time off in the next few weeks because of a domestic
violence situation. We want to do the right thing. Does state law require us to give leave,
and is it paid? We don't need to know the details of her situation and haven't asked her for
any.

Thank you,
Pat Lindqvist-Moore
Owner, Ridge Road Bakery""",
        [],
    ),
    (
        """\
Subject: Little Oaks winter groups

Hi families,

Little Oaks winter groups start the week of January 11:

- Feelings Club (ages 5-7): Tuesdays 4:00-4:45
- Brave Hearts (ages 8-11): Wednesdays 4:00-5:00
- Teen group (12-17): Thursdays 5:30-6:30, pizza provided
- Caregiver circle: Thursdays 5:30-6:30, same time as the teen group

Groups are free. Call Daniel at (920) 555-0145 to sign up. We could use donations of
washable markers, playdough and fidget toys.

Daniel Okonkwo-Reid, LPC""",
        [],
    ),
    (
        """\
Subject: Tech safety handout - strong passwords (draft)

Hi Shira,

Draft text for the back of the tech safety handout:

STRONG PASSWORDS
- Use a passphrase of three or four random words plus a number, for example
  Purple-Canoe-Lantern-88 (don't use this one!).
- Never use your children's names or birthdays, or anything your partner could guess.
- Change the answers to security questions too; they don't have to be true.
- Turn on two-step sign-in, but make sure the codes go to a phone only you can reach.

Does that sound right? I'll send it to the printer Friday.

Carly""",
        [],
    ),
    (
        """\
Subject: Ms. Nguyen's replacement passport

Hi Imani,

Thao Nguyen's replacement U.S. passport arrived at the office today: passport number 265262628,
issued November 30, 2026. The old one is still with her ex-husband; it was reported lost and
stolen in October, so it's no longer valid. She'll pick the new one up Thursday.

Linh (front desk)""",
        [("US_PASSPORT", "265262628")],
    ),
    (
        """\
Subject: Ana Lucía - tax transcript request

Ana Lucía, I sent the request for your 2023-2025 tax transcripts today with ITIN 988-64-4960.
They will go to the office mailbox, not home. We need them for the VAWA evidence that you and
Rafael filed together. I'll call you when they arrive. - Imani""",
        [("US_ITIN", "988-64-4960")],
    ),
    (
        """\
Subject: Documentation for Lourdes' case file

Imani,

For Lourdes Benavides (exam 12/05, with her written consent to share with you):
- petechiae on both eyelids and behind the ears
- hoarse voice, pain on swallowing, a 6 cm abrasion across the front of the neck
- CT angiogram of the neck: no vessel injury
- follow-up with her primary doctor in one week; back to the ED for any trouble breathing

The officer told me her boyfriend, Caleb Brandt, was booked into the county jail that night.
Photos are in the locked SANE file; you can view them with me.

Ruth Adeyemi, RN, SANE-A""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """\
Subject: Reminder - your hearing Thursday at 1:30

Hi Danielle,

Just a reminder that your injunction hearing is this Thursday, December 10, at 1:30 pm in Branch
3 of the Larkspur County Courthouse (case no. 2026CV001873). The sheriff's return shows Curtis
was served on December 2, so the hearing will go ahead. The temporary restraining order stays in
effect until the judge decides.

Please bring your journal and the screenshots of the messages. I'll meet you at the security
entrance at 1:00 and we can wait in the advocate room, away from the main hallway.

If anything changes, call the office at (920) 555-0126.

Theo""",
        [],
    ),
    (
        """\
Subject: Rapid rehousing referral - Yazmin

Gwen, here's Yazmin's row for the rapid rehousing referral, in the columns the county asked for:

name,age,household_size,race,ethnicity,veteran,disability
Yazmin Pérez,31,3,White,Hispanic/Latina,No,Declined

She's fine with the county seeing this; she just doesn't want the shelter address on it.
- Tasha""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """\
Subject: Intake note - J.R. (advocate handoff)

Handoff for tomorrow's advocate:

J.R. arrived 11:40 pm with one child (age 2) by police transport from Ashgrove. Room 7. She
declined the optional questions on religion and sexual orientation; we don't ask about
immigration status. She said she has no medical needs she wants to share right now. Wants to
talk about the injunction and getting her car back from the impound lot.

- Overnight staff (Kendra)""",
        [],
    ),
    (
        """\
Subject: Jasmine - charge dismissed

Hi Imani, good news: the DA dismissed Jasmine's battery charge from the dual arrest on 11/22.
The no-contact order between her and Andre is lifted as of today, but she wants the injunction
hearing to go ahead. Can you call her after 3? - Theo""",
        [("criminal_history", "")],
    ),
    (
        """\
Subject: meds for Carmen (room 12)

Leah, Carmen asked me to let the nurse volunteer know that she takes Biktarvy every morning at 8
and can't miss doses. Her bottle is in the med lockbox, top shelf, and the refill is due on the
18th at Ashgrove Pharmacy. Thanks, Bernie""",
        [("health", "")],
    ),
    (
        """\
Subject: Year-end gift
Hi, I'd like to give $250 before the end of the year. My Amex is 3717 820073 19704, exp 11/28,
CID 1477, billing zip 54909. Thank you for what you do. - Greg Halloran""",
        [("CREDIT_CARD", "3717 820073 19704"), ("CVV", "1477")],
    ),
    (
        """\
Subject: What we changed today (keep this somewhere he can't see)

Hi Priscilla,

Here's a record of everything we changed at the tech safety appointment, since you asked me to
write it down. Please copy it into your notebook and then delete this email.

- New email account (this one): password Quarry!Finch2291
- Security question "name of your first teacher": Ilse Varga
- Bank app (Lakeshore Savings): new password Tidewater-maple-83, and the new security answer
  for "street you grew up on" is Wenonah Court
- Phone: new screen-lock passcode 4527
- Location sharing turned off on the phone; the old iPad is signed out of your Apple account
- The car: we didn't find a tracker, but the dealer can check on Monday

Don't reuse any of these for the new Facebook account. If something looks off again, call me
before you change anything so we can document it first.

Shira Adler
Technology Safety Advocate, LVSH""",
        [
            ("PASSWORD", "Quarry!Finch2291"),
            ("PASSWORD", "Ilse Varga"),
            ("PASSWORD", "Tidewater-maple-83"),
            ("PASSWORD", "Wenonah Court"),
        ],
    ),
    (
        """\
Subject: Draft dispute letter - please review

Hi Monique, here's the draft for the card company. Change anything you want:

"To Whom It May Concern,
I am disputing the charges listed below on my Mastercard 5319 6739 6155 2717. They were made by
my former partner, who kept my card without permission after I moved out on October 28. I have
filed an identity theft report (FTC report no. 176004519) and enclose the police report.
  11/02  Gas N Go, Millbrook          $84.12
  11/05  BestPrice Electronics        $1,249.99
  11/09  Online transfer fee          $35.00
Please remove these charges and issue me a new card number."

Shauna""",
        [("CREDIT_CARD", "5319 6739 6155 2717")],
    ),
    (
        """\
Subject: Screening result - Jolene Harker, unit 3A

Gwen,

Here's the screening summary for Jolene, as she authorized:

Score: 538
- Charge-off: Summit Card Services, $2,460, 2023
- Collection: Millbrook Medical Billing, $615, 2024
Evictions: none found
Criminal: none found

Our cutoff is usually 600, but with your program's guarantee we can approve. Lease signing
Friday at 10?

Paula Reinholt
Maple Grove Apartments""",
        [
            ("CREDIT_SCORE", "538"),
            ("CREDIT_REPORT", "Charge-off: Summit Card Services, $2,460, 2023"),
            ("CREDIT_REPORT", "Collection: Millbrook Medical Billing, $615, 2024"),
        ],
    ),
    (
        """\
Subject: Linden House application - Amber Koski

Gwen, here's what Amber gave me for the Linden House application (she's in room 3 until the
20th):

Name: Amber L. Koski
DOB: 05/02/1994
SSN: 466-21-4329
Driver license: C055-4668-5481-86
Children: Owen (8), Ruby (4)
Income: $1,640/month (Quik Mart, part time) + child support when it comes
Current location: LVSH shelter (do not write the address on the form)

She can interview any weekday after 2. - Bernie""",
        [("US_SSN", "466-21-4329"), ("US_DRIVER_LICENSE", "C055-4668-5481-86")],
    ),
    (
        """\
Subject: Duplicate donation - refund request

Dear Larkspur Valley Safe Homes,

I am afraid my gift of $150 on December 2 went through twice (I clicked the button again when
the page froze). Could you please refund the second one? As I live in Utrecht, a bank transfer
is easiest for me:

Name: Pieter van der Sloot
IBAN: NL98ISME2130153628

My sister in Millbrook volunteers with you and told me about your work.

Kind regards,
Pieter van der Sloot""",
        [("IBAN_CODE", "NL98ISME2130153628")],
    ),
    (
        """\
Subject: Reimbursement - Yolanda's insulin

Marguerite, I've approved the emergency fund reimbursement to Yolanda for her insulin copay,
$87.40, which she paid with her Visa ending in 9160 on 12/02. Receipt attached. Her ex cancelled
the family insurance, so we're also helping her apply for BadgerCare. - Tasha""",
        [("CREDIT_CARD_LAST_DIGITS", "9160"), ("health", "")],
    ),
]


if __name__ == "__main__":
    raise SystemExit(write(HARD_76, "hard76", Path(__file__).with_name("hard-76.jsonl")))
