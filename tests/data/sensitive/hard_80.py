"""Hard set 80 (2026-12-08): a youth sports league and its winter-break day camp, in December.

Written blind. One hundred e-mails (40 decoys, 60 positives, shuffled with a fixed seed)
from a regional youth sports league as its winter basketball and swim seasons start and
its winter-break day camp is booked: registrar, camp director and nurse, scholarship
(fee-waiver) committee, background-check coordinator, treasurer, uniform vendor, gym and
pool partners, coaches' own mail, team parents and parents writing back. Decoys come from
the same senders: blank forms, templates, policy text, codes that open no account,
look-alike numbers, public figures, anonymised and fictional stories, negations.

What I read, and nothing else: /tmp/mg/set80/prompt.txt, /tmp/mg/set80/brief.txt,
/tmp/mg/set80/conventions.txt, /work/shared/policy/privacy-policy.txt,
tests/data/sensitive/independent_sets.py, scanner/categories.py, and the output of
grep -n "line-length" pyproject.toml. What I ran: cat on those files (and cat of the
conventions file into a scratch copy), mkdir, cat, sed and python3 on my own scratch files
under /tmp/hard80_gen/ (a seeded generator, the case sources, a module emitter and a
checker), python -m tests.data.sensitive.hard_80, ruff format and ruff check on this
module, grep/wc/sed on this module, and git add / git commit of the two files.
Slip, honestly: before copying the conventions into this docstring I ran awk (longest
line), grep (backslashes, triple quotes), tail and od (trailing bytes) on
/tmp/mg/set80/conventions.txt, which the prompt allows me to read only with cat. They
showed nothing but those three facts; I then used a cat copy for everything else. After
the first commit I also ran git rev-parse HEAD to read the commit hash, then amended the
commit (git commit --amend) to record that here.

How identifiers were generated: /tmp/hard80_gen/gen.py, Python random.Random seeded
with 8020261208, appended streams for later needs. Positive card numbers are Luhn-valid
with random bodies (Visa, Mastercard, Amex; no published test numbers); routing numbers
pass the ABA checksum with a valid prefix; SSNs keep SSA rules (no area 000, 666 or 9xx,
no zero group or serial); ITINs are 9XX with a valid group; IBANs (DE) pass mod-97;
passports, licences, state and tribal IDs, account numbers, PINs, codes, passwords and
keys are random strings with no trivial runs. Decoy 16-digit order, ticket and rewards
numbers fail Luhn; decoy dashed SSN-shaped game and meet IDs have area 9xx with group
below 50 (neither SSN- nor ITIN-valid); decoy nine-digit invoice numbers fail the ABA
checksum; door, keypad, gate, cabinet and padlock codes are four-digit strings from the
generator. Written by hand: the security answers (Kowalczyk, Birchwood), the locker
combination, the guest Wi-Fi password, the league EIN and the reference numbers.

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
- A return-to-play clearance that describes a graduated return after a hit in a
  scrimmage, without the word concussion, is health. An insulin pump the child
  disconnects and "feels low" (implied diabetes), Focalin XR at camp (implied ADHD), an
  OB's modified bed rest with a baby due (pregnancy), a counselor, panic attacks and new
  medication, and a coach's own ACL reconstruction follow-up are health.
- A camp nurse's counselor notes naming children's asthma, type 1 diabetes and ear tubes
  are health, labelled once; "no dairy, family preference, not an allergy" adds nothing.
- A parent's request to the team to pray for her father's small stroke is health only;
  "if you're the praying kind" discloses no one's faith.
- A religious exemption from MMR and chickenpox vaccines, grounded in the family's faith
  and congregation, is religious_belief and health (vaccination status).
- Keeping Shabbat (no Friday-night or Saturday games), going to Jumu'ah at the masjid
  every Friday, and children serving at the altar through Simbang Gabi dawn Masses are
  religious practice of named people: religious_belief. Simbang Gabi, though a Filipino
  tradition, states no one's ethnicity: no racial_ethnic_origin.
- Newborn screening showing sickle cell trait ("the carrier result, not the disease"),
  with only the pediatrician's advice to allow water and rest breaks, is genetic only.
  A genetic test confirming Marfan syndrome with losartan and a cardiologist's
  restriction is genetic and health. A DNA ancestry composition forwarded by a coach is
  genetic and racial_ethnic_origin.
- A pool's face check-in exceptions with face match scores for named coaches, a camp
  finger-scan pickup export with match values for named adults, and a fingerprint
  template hash in a scanner enrollment error for a named volunteer are biometric. The
  pool's FaceEntry notice (templates stored on the device) is policy: not labelled.
- A parent stating "We're Hmong" is racial_ethnic_origin; the grandmother speaking Hmong
  alone would not be. Enrollment in a (fictional) band of Ojibwe is racial_ethnic_origin,
  and the tribal ID card number given as proof of age is US_STATE_ID. A grant export
  with a race_ethnicity column for named children is racial_ethnic_origin.
- A volunteer canvass confirmation, a parent running a council candidate's phone bank,
  and a contribution receipt (with its card's last four as CREDIT_CARD_LAST_DIGITS) are
  political_opinion. A "Hi friend" appeal forwarded from the league inbox, a mayor's
  public support for a bond, and a no-campaign-gear rule at a polling-place gym are not.
- Strike pay from a named local to the writer on strike, a nurse who is her unit's steward
  in the nurses' union, and a union welcome letter confirming a signed dues-checkoff card
  are trade_union_membership. A local's jersey sponsorship and open house are not.
- "Ava has two moms ... me and my wife", a man's "my husband Rafael", and "Theo's dads
  (Ben and his husband Luis)" are same-sex partnerships: sexual_orientation. Married
  opposite-sex co-coaches and a Pride Night open to all are not labelled.
- A volunteer's OWI conviction with probation, a father on probation after an assault
  charge, a volunteer's self-disclosed eight months in county jail, and a named parent
  arrested at a game and taken to the county jail are criminal_history. A clean
  screening result ("no records found", fingerprints checked and clear) is not.
- A child's passport number given for age verification and a Canadian passport on a
  cross-border roster are US_PASSPORT; a CDL number is US_DRIVER_LICENSE; a Michigan
  licence is labelled with its printed spaces, a Wisconsin licence with its dashes.
- A "CVC" on a hotel card authorization is CVV; the card number wrapped onto a second
  line is one CREDIT_CARD value with the line break kept. An Amex written in its 4-6-5
  groups is labelled with those spaces; "the 4 digits printed on the front" are CVV.
- The league debit card given to a volunteer is CREDIT_CARD and its PIN is PIN; the
  concession-shed padlock beside it is not labelled. The league's online-banking password
  and security answer in a treasurer handover are each PASSWORD and its phone-banking PIN
  is PIN; the storage-cage padlock is not labelled.
- A parent's password and security answer for the league registration site, where her
  card is saved, are each PASSWORD. A registration platform's admin sign-in code is
  ACCESS_CODE. An EBT PIN that a fee-waiver reviewer read off a photo and quotes back to
  the parent is PIN.
- A payment processor's secret key in a settings excerpt is API_KEY; the publishable key
  and account ID beside it are not labelled, and a mail holding only those is a decoy.
- A mortgage pre-approval's middle score is CREDIT_SCORE. An adverse action notice pasted
  into a fee-waiver application labels its score CREDIT_SCORE and each factor
  CREDIT_REPORT on its whole line after the dash bullet.
- A bank account number dictated in words in a voicemail transcription is US_BANK_NUMBER
  on the words; the routing number transcribed as digits is ABA_ROUTING_NUMBER.
- SSI "because of his cerebral palsy" on a fee-waiver form is health, and the child's SSN
  on it is US_SSN; WIC, SNAP or household income alone are not labelled. "Last 4 of SSN"
  on a volunteer form and an "SSN ending" in a tax preparer's note are US_SSN.
- A refund "to checking ending in" four digits, a refund reference, jersey order and
  production ticket numbers, a hotel group code and rewards number, bracket and swim meet
  IDs, invoice numbers and the league EIN are not labelled.
- A team mascot dog's extractions and antibiotics are not health; an anonymised swimmer
  ("J.", details changed) and a fictional training scenario with a made-up name disclose
  nothing; a family's holiday trip to grandparents names no category.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_80: list[Case] = [
    (
        "Subject: Fee waivers for winter season - who qualifies\n"
        "From: scholarships@lvysl.example\n"
        "\n"
        "Families qualify for a full or partial fee waiver if they receive SNAP, WIC, "
        "Medicaid\n"
        "or free school lunch, or if household income is under the amounts in the table "
        "below.\n"
        "We never ask about immigration status, religion, or why your income changed.\n"
        "A simple form and one document (a benefits letter or recent pay stub) are enough.\n"
        "Household of 2: $3,400/mo   Household of 4: $5,200/mo   Household of 6: $7,000/mo\n"
        "Applications are due Dec 15. Questions: Doug Wexley, 555-0142.\n",
        [],
    ),
    (
        'Subject: 14U "Life After the Buzzer" workshop - credit scores 101\n'
        "To: 14U families\n"
        "\n"
        "Our older players asked for money basics, so a volunteer from Harbor Lakes CU "
        "will run\n"
        "a free 45-minute session after practice on Jan 13. Topics: what a credit score is\n"
        "(most models run from 300 to 850), why a 720 gets a better car loan rate than a 580,\n"
        "how a late payment or a collection hurts, and how to build credit with a first card.\n"
        "No personal information is collected. Pizza provided.\n",
        [],
    ),
    (
        "Subject: Winter Day Camp - health & allergy form (please complete)\n"
        "From: Gwen Taddeo, RN <nurse@lvysl.example>\n"
        "\n"
        "Camper name: ______________________   Age: ____   Group: ____\n"
        "Allergies (food, insect, medication): ______________________\n"
        "Reaction type:  [ ] hives  [ ] swelling  [ ] anaphylaxis  [ ] other: ________\n"
        "Emergency medication supplied?  [ ] yes  [ ] no   Location: ______________\n"
        "Other conditions the nurse should know about: ______________________\n"
        "Physician name and phone: ______________________\n"
        "Parent/guardian signature: ______________________   Date: __________\n"
        "Return to nurse@lvysl.example by Dec 16. Forms without a signature cannot be "
        "accepted.\n",
        [],
    ),
    (
        "Subject: Payment setup for the camp page - nothing secret in here\n"
        "From: Jordan Fikes <jfikes@devmail.example>\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Renata,\n"
        "For the camp registration page I only need the public values, which are fine to "
        "email:\n"
        "  publishable key: pk_live_7MIApffTgIM06XFE6nF1qJsD7qgzd5Jp\n"
        "  account ID: acct_feNqHE2cYmMZF0os\n"
        "The secret key should never go in email. Add me to the password manager and I'll\n"
        "pull it from there. Test checkout on Thursday.\n"
        "Jordan\n",
        [],
    ),
    (
        "Subject: Jaden - something for his swim file\n"
        "To: Coach Bea Harrington <bharrington@inbox.example>\n"
        "\n"
        "Coach Bea,\n"
        "One thing for his file, since the form didn't have a spot for it: Jaden's newborn\n"
        "screening showed sickle cell trait. It's the carrier result, not the disease. Our\n"
        "pediatrician just said to let him drink water and take a breather when he asks "
        "during\n"
        "the hard sets.\n"
        "Thanks, Nia Okoro\n",
        [
            ("genetic", ""),
        ],
    ),
    (
        "Subject: Welcome to Local 1187, Brother Hollis\n"
        "From: Bev Navarro <records@atwlocal1187.example>\n"
        "To: Dwayne Hollis <dhollis@inbox.example>\n"
        "\n"
        "Dear Dwayne Hollis,\n"
        "Your signed membership and dues-checkoff card was received on 11/30/2026. Dues "
        "of 1.4%\n"
        "of base pay begin with the pay period ending 12/19.\n"
        "Card details on file: last 4 of SSN 2952, unit Fleet Maintenance, hired 06/2019.\n"
        "General meetings are the second Thursday at the hall. I know you coach on Thursdays,\n"
        "so the recording goes out on the members' list.\n"
        "In solidarity,\n"
        "Bev Navarro, Recording Secretary, Amalgamated Transit Workers Local 1187\n",
        [
            ("trade_union_membership", ""),
            ("US_SSN", "2952"),
        ],
    ),
    (
        "Subject: Incident report - broken backboard, Court B\n"
        "To: LVYSL board\n"
        "\n"
        "Date: 12/3, 10U practice, Northgate Court B\n"
        "What happened: a dunk attempt by an adult assistant during warm-ups cracked the\n"
        "backboard glass. Nobody was under the basket and no one was injured.\n"
        "Action: court B basket roped off; Northgate facilities notified (ticket #44107).\n"
        "Cost estimate: $1,150. Filed by Kim Acheson, site director\n",
        [],
    ),
    (
        "Subject: Youth sports grant - participant rows (do not forward)\n"
        "To: scholarships@lvysl.example\n"
        "\n"
        "Doug, the Larkfield Community Foundation wants the row-level file this year:\n"
        "participant,age,program,race_ethnicity,fee_waiver\n"
        "Amara Okafor,11,winter basketball,Black/African American,Y\n"
        "Diego Salinas,9,winter swim,Hispanic/Latino,Y\n"
        "Noor Haddad,12,winter basketball,Middle Eastern/North African,N\n"
        "That's just the first three rows so you can check the format; the full file is "
        "on the drive.\n"
        "Leigh\n",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: December bills for approval\n"
        "From: Alan Prewitt <treasurer@lvysl.example>\n"
        "To: LVYSL board\n"
        "\n"
        "Board, the December bills (league EIN 38-4711203 on all invoices):\n"
        "  Northgate court rental, invoice 852600533 - $2,400.00, check #2291\n"
        "  Cedar Hollow lane rental, invoice 704058337 - $1,860.00, check #2292\n"
        "  Kestrel Teamwear, order KT-558210 - $1,632.00, paid by league card\n"
        "  Referees (Dec 5-6) - $512.00, by ACH\n"
        "Please approve by reply; I'll post the checks Thursday.\n"
        "Alan\n",
        [],
    ),
    (
        "Subject: FaceEntry check-in exceptions - Dec 7 (LVYSL coaches)\n"
        "From: Devon Price <frontdesk@cedarhollowaquatics.example>\n"
        "To: Kim Acheson <kacheson@lvysl.example>\n"
        "\n"
        "Hi Kim,\n"
        "Two of your coaches were flagged at the staff entrance last night, so we let "
        "them in by hand:\n"
        "  Bea Harrington   face match score 0.61 (threshold 0.80)\n"
        "  Tomas Reyes      face match score 0.74 (threshold 0.80)\n"
        "Both can re-take their enrollment photo at the front desk any time before Thursday.\n"
        "Devon Price, Front Desk Supervisor, 555-0177\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: Immunization records - Ezra and Judah Klassen\n"
        "To: nurse@lvysl.example\n"
        "\n"
        "Nurse Gwen,\n"
        "The camp form asks for immunization records. Ezra and Judah have not had the "
        "MMR or the\n"
        "chickenpox vaccine. We have the state's religious exemption on file for both "
        "boys; our\n"
        "faith and our congregation at Fairhaven Reformed Fellowship are the reason, and the\n"
        "signed form from the county is attached.\n"
        "Please call me at 555-0153 if there is ever an outbreak notice at camp.\n"
        "Hannah Klassen\n",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Re: Junior coach volunteer\n"
        "To: screening@lvysl.example\n"
        "\n"
        "Hi Marisol,\n"
        "I want to be upfront before my check comes back: I did eight months in the "
        "county jail\n"
        "in 2021 on a possession charge. I've had the same job for three years since, and my\n"
        "nephew's the reason I want to coach. If that rules me out, I understand.\n"
        "Terrell Gaines\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Free sports physicals - Saturday Dec 12\n"
        "To: all league families\n"
        "\n"
        "Larkfield Pediatrics is offering free sports physicals for any league player on\n"
        "Saturday, Dec 12, 9am-1pm, in the Northgate community room. No appointment needed.\n"
        "Bring the league's physical form (on the website) and your child's insurance card if\n"
        "you have one. A physical from the last 12 months is required for travel teams.\n"
        "Questions: 555-0131.\n",
        [],
    ),
    (
        "Subject: Fee waiver application - Rojas family (winter swim)\n"
        "To: scholarships@lvysl.example\n"
        "\n"
        "Parent/guardian: Alma Rojas\n"
        "Household size: 5\n"
        "Taxpayer ID (ITIN): 927-79-3361\n"
        "Monthly household income: $2,840 (cleaning work, varies by month)\n"
        "Benefits received: WIC\n"
        "Children applying: Nicolas Rojas (age 9), Valeria Rojas (age 11)\n"
        "Program: Winter swim, Tues/Thurs at Cedar Hollow\n"
        "Amount requested: full waiver ($180 x 2)\n"
        "Signature: Alma Rojas   Date: 12/07/2026\n",
        [
            ("US_ITIN", "927-79-3361"),
        ],
    ),
    (
        "Subject: Registration FAQ - what we ask for (and what we don't)\n"
        "From: registrar@lvysl.example\n"
        "\n"
        "Q: Do you need my child's Social Security number?  A: No. We never ask for it.\n"
        "Q: Why do you ask about allergies and medications?  A: So the coach and camp nurse\n"
        "can keep your child safe. It's optional, but please tell us about anything serious.\n"
        "Q: Do you ask about religion or immigration status?  A: No, never.\n"
        "Q: Can I pay with a card?  A: Yes, online. Never email a full card number.\n",
        [],
    ),
    (
        "Subject: Port Alder Winter Classic - 14U girls travel roster, passport numbers\n"
        "To: registration@portalderclassic.example\n"
        "\n"
        "Hello,\n"
        "Per your border-crossing instructions, here are the passport numbers for the "
        "players on\n"
        "the bus Friday Jan 15. Chaperones' numbers will follow from their own accounts.\n"
        "- Hannah Lindqvist, U.S. passport 955998087\n"
        "- Kiara Boateng, U.S. passport 483500043\n"
        "- Mila Ouellette, travelling on her Canadian passport XB839529\n"
        "Two more players are still waiting on renewals; I'll send theirs by Dec 18.\n"
        "Renee Abernathy, Team Parent, Larkfield Valley 14U Girls\n",
        [
            ("US_PASSPORT", "955998087"),
            ("US_PASSPORT", "483500043"),
            ("US_PASSPORT", "XB839529"),
        ],
    ),
    (
        "Subject: Your pre-approval is ready, Kevin\n"
        "From: Mara Delgado <mdelgado@lakeshorehomelending.example>\n"
        "To: Kevin Oduya <koduya@inbox.example>\n"
        "\n"
        "Hi Kevin,\n"
        "Good news: you're pre-approved for up to $265,000. Your middle score from the "
        "tri-merge\n"
        "report came in at 743, which puts you in our best standard rate tier.\n"
        "Next steps: two recent pay stubs and your last two months of bank statements.\n"
        "P.S. Saw your U12 team on the league page - congrats on the Turkey Shootout win!\n"
        "Mara Delgado, Loan Officer, 555-0134\n",
        [
            ("CREDIT_SCORE", "743"),
        ],
    ),
    (
        "Subject: Northgate - door and locker codes for winter season\n"
        "From: Kim Acheson <kacheson@lvysl.example>\n"
        "To: all winter coaches\n"
        "\n"
        "Coaches,\n"
        "New codes start Monday:\n"
        "  Side door (Court B entrance): 4550#\n"
        "  Equipment room keypad: 8745\n"
        "  Ball locker combination: 31-06-22\n"
        "Please don't give these to players or parents, and let the desk know if a code stops\n"
        "working. The codes change again on Feb 1.\n"
        "Kim\n",
        [],
    ),
    (
        "Subject: Incident / conduct report - 12/5, 14U boys game at Northgate\n"
        "To: LVYSL board\n"
        "\n"
        "Summary: after the final buzzer a fight started in the parking lot between two "
        "adults.\n"
        "Northgate security called police. Mr. Wade Griggs (parent of a 14U player) was "
        "arrested\n"
        "at the scene and taken to the county jail; no players were involved or hurt.\n"
        "Action: Mr. Griggs is banned from league events pending the board's conduct review.\n"
        "Filed by Kim Acheson, site director\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Carpool - week of 12/14\n"
        "To: 8U basketball families\n"
        "\n"
        "Carpool for practice at Northgate, week of 12/14:\n"
        "Mon/Wed - Sorensen van (Lily, Max, Theo)\n"
        "Tue/Thu - Theo's dads are driving (Ben and his husband Luis, silver Highlander)\n"
        "Saturday game - everyone on their own, tip-off at 9.\n"
        "Reply-all if you need to swap.\n"
        "Ashley Park, team parent\n",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: Thank you for your contribution\n"
        "From: Friends of Helen Marsh <receipts@helenmarsh.example>\n"
        "To: Kevin Oduya <koduya@inbox.example>\n"
        "\n"
        "Dear Kevin Oduya,\n"
        "Thank you for your contribution of $100.00 to Friends of Helen Marsh for State "
        "House,\n"
        "received 12/04/2026.\n"
        "Payment method: Visa ending in 1092\n"
        "Employer / occupation (as you reported): Larkfield Public Schools / PE teacher\n"
        "Contributions are not tax deductible. Paid for by Friends of Helen Marsh.\n",
        [
            ("political_opinion", ""),
            ("CREDIT_CARD_LAST_DIGITS", "1092"),
        ],
    ),
    (
        "Subject: Saturday games - Levi Adler\n"
        "To: Coach Dwayne Hollis <dhollis@inbox.example>\n"
        "\n"
        "Hi Coach,\n"
        "Before the winter schedule is final: our family keeps Shabbat, so Levi can't "
        "play Friday\n"
        "night or Saturday games until after sundown. Sundays and weeknights are no "
        "problem, and\n"
        "he's happy to make up missed practices on Sunday mornings.\n"
        "Thanks for working with us,\n"
        "Miriam Adler\n",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Kestrel Teamwear order KT-558210 confirmed\n"
        "To: treasurer@lvysl.example\n"
        "\n"
        "Hi Alan,\n"
        "Your order for the winter basketball reversible jerseys is confirmed:\n"
        "  48 reversible jerseys (navy/white), numbers per the roster file you uploaded\n"
        "  Ship to: LVYSL equipment room, Northgate Community Gym\n"
        "  Charged: $1,632.00 to Mastercard ending in 8846\n"
        "Estimated delivery Dec 16. Reply to this email with sizing changes by Friday.\n"
        "Kestrel Teamwear Customer Care | orders@kestrelteamwear.example | 555-0188\n",
        [
            ("CREDIT_CARD_LAST_DIGITS", "8846"),
        ],
    ),
    (
        "Subject: Treasurer handover - bank access (delete after reading)\n"
        "To: Nadia Farouk <nfarouk@inbox.example>\n"
        "\n"
        "Nadia,\n"
        "As promised, the league's business online banking at Harbor Lakes CU:\n"
        "  User ID: lvysl-treas\n"
        "  Password: 9pu%hCCT%xB2\n"
        "  Security question (first coach's last name): Kowalczyk\n"
        "Phone banking PIN is 7042 if the website is down.\n"
        "The storage cage at Northgate is 8526 - that's just the padlock, nothing to do "
        "with the bank.\n"
        "I'll change the password after the January board meeting, once you're added as "
        "a signer.\n"
        "Alan\n",
        [
            ("PASSWORD", "9pu%hCCT%xB2"),
            ("PASSWORD", "Kowalczyk"),
            ("PIN", "7042"),
        ],
    ),
    (
        "Subject: Camp nurse procedures - allergic reactions (staff)\n"
        "From: Gwen Taddeo, RN <nurse@lvysl.example>\n"
        "To: camp counselors\n"
        "\n"
        "If a camper ever shows signs of a serious allergic reaction (trouble breathing,\n"
        "swelling of the lips or tongue, hives all over), do not wait: use the camper's own\n"
        "auto-injector, or the camp's stock epinephrine in the red bag, and call 911.\n"
        "Then call me at 555-0136 and the parent, in that order.\n"
        "The medication cabinet code is 9102; the cabinet is in the nurse's office only.\n"
        "We will practice with trainer pens at orientation on the 19th.\n",
        [],
    ),
    (
        "Subject: Holiday schedule - Brennan kids\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Hi Renata,\n"
        "Our plans for the break: Rowan and Tess will be at camp Dec 21-23, then we "
        "drive up to\n"
        "their grandparents' place for a few days and come back for Dec 29-31.\n"
        "Their aunt, Molly Brennan, will do pickup on the 22nd. She's on the approved list.\n"
        "Thanks! Erin Brennan\n",
        [],
    ),
    (
        "Subject: Volunteer screening form - Greg Solano (assistant coach, 8U)\n"
        "To: Marisol Brandt <screening@lvysl.example>\n"
        "\n"
        "Marisol,\n"
        "Filled in the fields here since the PDF wouldn't save on my laptop:\n"
        "Full legal name: Gregory Alan Solano\n"
        "Date of birth: 03/14/1986\n"
        "Driver license: F 539 779 373 893 (Michigan)\n"
        "Last 4 of SSN: 7340\n"
        "Other names used: none\n"
        "Let me know if you need anything else before the Dec 12 deadline.\n"
        "Greg\n",
        [
            ("US_DRIVER_LICENSE", "F 539 779 373 893"),
            ("US_SSN", "7340"),
        ],
    ),
    (
        "Subject: Stepping down as team parent\n"
        "To: 8U basketball families\n"
        "\n"
        "Hi all,\n"
        "I hate doing this mid-season, but my OB put me on modified bed rest last week "
        "(baby #3\n"
        "is due in February and is being dramatic about it). Ashley Park has offered to "
        "take over\n"
        "the snack schedule and the carpool sheet.\n"
        "I'll still be in the group chat!\n"
        "Mina Sorensen\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Holiday party RSVP\n"
        "To: Kim Acheson <kacheson@lvysl.example>\n"
        "\n"
        "Hi Kim - Daniel here (14U assistant). Count me and my husband Rafael for the "
        "coaches'\n"
        "party on the 19th. We'll bring the cranberry meatballs again since apparently that's\n"
        "our job now.\n"
        "Daniel Okafor\n",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: Maple Crest Inn - LVYSL tournament block details\n"
        "From: reservations@maplecrestinn.example\n"
        "To: Renee Abernathy <rabernathy@inbox.example>\n"
        "\n"
        "Your group block is set up for Jan 8-10:\n"
        "  Group code: LVYSL12G (families book individually with this code)\n"
        "  Block confirmation: MC-0108-55731\n"
        "  Rewards member no. on the block: 4081 1112 4391 2557\n"
        "Rate: $119/night plus tax. Rooms not booked by Dec 28 are released.\n"
        "Breakfast 6:30-9:30; early team breakfast can be arranged.\n",
        [],
    ),
    (
        "Subject: Pickup kiosk export - summer camp audit, week of Aug 10\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Renata, here's the export the licensing auditor asked for (finger-scan kiosk, "
        "main lobby):\n"
        "date   time   adult           child           match  result\n"
        "08/10  16:42  Rosa Ibarra     Lucas Ibarra    97.2   OK\n"
        "08/10  16:58  Ken Whitford    Ava Whitford    64.0   RETRY\n"
        "08/10  17:00  Ken Whitford    Ava Whitford    93.5   OK\n"
        "The rest of the week is on the shared drive.\n"
        "Leigh (camp office)\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: Refund for summer camp double payment - Vogel family\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Dear Ms. Oyelaran,\n"
        "Thank you for noticing that we paid the July camp twice. We are back home in Germany\n"
        "now, so a transfer to our account here is easiest:\n"
        "Account holder: Markus Vogel\n"
        "IBAN: DE55 6165 1998 9582 7588 81\n"
        "Lena still talks about the lake days. Please greet the counsellors from us!\n"
        "Best regards,\n"
        "Markus Vogel\n",
        [
            ("IBAN_CODE", "DE55 6165 1998 9582 7588 81"),
        ],
    ),
    (
        "Subject: League debit card for the holiday tournament run\n"
        "To: Lupe Arriaga <larriaga@inbox.example>\n"
        "\n"
        "Lupe,\n"
        "Here's the league debit card for the warehouse-club run before the holiday "
        "tournament:\n"
        "Card 4258 2317 8674 8618, exp 02/28\n"
        "PIN 6903 (their card readers always ask for it)\n"
        "The concession shed padlock is 3357. Receipts in the blue envelope, please.\n"
        "Budget is $400 - hot dogs, buns, water, and the good popcorn.\n"
        "Alan\n",
        [
            ("CREDIT_CARD", "4258 2317 8674 8618"),
            ("PIN", "6903"),
        ],
    ),
    (
        "Subject: Reminder - concussion awareness training due before first practice\n"
        "To: all winter coaches\n"
        "\n"
        "Coaches,\n"
        "Every head and assistant coach must complete the free online concussion awareness\n"
        "course (about 30 minutes) before running a practice. It covers the signs of a\n"
        "concussion, when to pull a player, and the league's return-to-play steps.\n"
        "Upload your certificate to the coach portal, or send it to screening@lvysl.example.\n"
        "Twelve of you have not uploaded yet; the portal shows who.\n"
        "Kim\n",
        [],
    ),
    (
        "Subject: Staff door scanner - enrollment error for one LVYSL volunteer\n"
        "From: Northgate Facilities <facilities@northgatecc.example>\n"
        "To: screening@lvysl.example\n"
        "\n"
        "Marisol,\n"
        "The new finger scanner on the staff door rejected one of your enrollments Saturday:\n"
        '  enroll_user: "Marisol Brandt"\n'
        "  template_sha1: 683c1a9636af02f55d9eeae5163169b09b850057\n"
        "  error: DUPLICATE_TEMPLATE (matches existing record for same user)\n"
        "Looks like you enrolled twice. No action needed; we cleared the duplicate.\n"
        "Ticket #44120, Northgate Facilities\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: Template - medication authorization (camp office copy)\n"
        "From: camp@lvysl.example\n"
        "\n"
        "Dear {{parent_name}},\n"
        "We have received the medication authorization for {{camper_name}}.\n"
        "Medication: {{medication_name}}   Dose: {{dose}}   Time: {{time_given}}\n"
        "Please hand the medication to the camp nurse at drop-off in its original pharmacy\n"
        "container. We cannot accept pills in baggies or unlabeled bottles.\n"
        "Questions: Gwen Taddeo, RN, 555-0136\n",
        [],
    ),
    (
        "Subject: No practice Tuesday - gym is a polling place\n"
        "To: all winter coaches\n"
        "\n"
        "Reminder: Northgate is a polling place for Tuesday's council runoff, so Court B is\n"
        "closed all day. All Tuesday practices move to Wednesday, same times.\n"
        "Also a reminder of league policy: coaches and volunteers may not wear campaign "
        "shirts,\n"
        "buttons or hats at practices or games, for any candidate or issue.\n"
        "Kim\n",
        [],
    ),
    (
        "Subject: Winter camp - arrival info for families\n"
        "From: camp@lvysl.example\n"
        "\n"
        "Camp entrance: the blue door on the east side of Northgate.\n"
        "Gate code for the east lot after 6pm: 4372\n"
        "Guest Wi-Fi for parents waiting at pickup: NorthgateGuest / password hoops2026\n"
        "Drop-off 8:00-8:45, pickup by 5:30 (extended care until 6:00).\n"
        "Please label water bottles and bring lunch; snacks are provided.\n"
        "Renata Oyelaran, Camp Director\n",
        [],
    ),
    (
        "Subject: Re: Assistant coach availability\n"
        "To: Coach Greg Solano <gsolano@inbox.example>\n"
        "\n"
        "Greg, I can do Mondays and Wednesdays but not Tuesdays - I'm the steward for "
        "our unit\n"
        "in the nurses' union at Larkfield General and Tuesday evenings are grievance "
        "meetings.\n"
        "Happy to run the clock at Saturday games though.\n"
        "Alexis Dunmore\n",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: 10U swim carpool drivers - licence info for the file\n"
        "To: screening@lvysl.example\n"
        "\n"
        "Marisol,\n"
        "League rule says carpool drivers need a licence on file, so here are the two of "
        "us doing\n"
        "the Saturday meet run to Cedar Hollow:\n"
        "Driver 1: Beth Okonkwo - MI licence N 867 714 360 165 - minivan, 7 seats\n"
        "Driver 2: Paul Lindqvist - WI licence D405-1476-3092-95 - SUV, 5 seats\n"
        "Insurance cards are attached. We leave the Northgate lot at 7:15.\n"
        "Beth\n",
        [
            ("US_DRIVER_LICENSE", "N 867 714 360 165"),
            ("US_DRIVER_LICENSE", "D405-1476-3092-95"),
        ],
    ),
    (
        "Subject: Volunteer background checks - how it works (policy summary)\n"
        "From: Marisol Brandt <screening@lvysl.example>\n"
        "\n"
        "All volunteers 18 and older who work with players are screened every two years.\n"
        "- The vendor collects your SSN and ID directly; the league never sees or stores "
        "them.\n"
        "- Some roles (overnight tournament chaperones) need fingerprinting at an "
        "approved site.\n"
        "- Disqualifying: any conviction for a violent or sexual offense, or involving a "
        "child.\n"
        "- Other records, such as driving offenses, are reviewed case by case by the board.\n"
        "Results are confidential and shared only with the board's screening panel.\n"
        "Questions about the process: 555-0145.\n",
        [],
    ),
    (
        "Subject: Meet your 12U girls coaches\n"
        "To: 12U girls families\n"
        "\n"
        "Welcome to winter basketball! Your coaches this year are Dana and Rob Whitcomb "
        "- yes,\n"
        "they're married, and yes, they will argue about the zone defense. Dana played at\n"
        "Larkfield High and Rob has coached in the league for six seasons.\n"
        "First practice: Tuesday at 6:00 at the Temple Beth Shalom court.\n",
        [],
    ),
    (
        "Subject: Invitation from our gym partner\n"
        "To: all league families\n"
        "\n"
        "Pastor Jim and the folks at Grace Community Church, who lend us their gym on\n"
        "Thursdays, invite all league families to their Christmas Eve candlelight service at\n"
        "7pm and cookies afterward. Everyone is welcome; no RSVP and no obligation.\n"
        "The gym will be closed Dec 24-27.\n",
        [],
    ),
    (
        "Subject: Team prayer request\n"
        "To: 12U girls families\n"
        "\n"
        "Hi 12U families,\n"
        "A few of you asked after Saturday's game, so: my dad (Grandpa Walt to half the "
        "team) had\n"
        "a small stroke on Thursday. He's home now and doing speech therapy three times "
        "a week.\n"
        "If you're the praying kind, we'd appreciate it. Kenzie may miss this Saturday.\n"
        "Thank you all - Jodi Ames\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Volunteer screening result - Rick Faraday (needs board review)\n"
        "From: Marisol Brandt <screening@lvysl.example>\n"
        "To: LVYSL board\n"
        "\n"
        "Board,\n"
        "The vendor report for Rick Faraday (volunteer, 12U boys assistant coach) came "
        "back with\n"
        "one item: OWI conviction, Marlow County, 2019, with 12 months of probation "
        "completed in\n"
        "2020. Under our policy a single OWI over five years old is reviewed case by case; he\n"
        "would not be on the carpool driver list either way.\n"
        "Please reply with your vote by Friday.\n"
        "Marisol\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Cedar Hollow Invitational - 10U entries\n"
        "To: Coach Bea Harrington <bharrington@inbox.example>\n"
        "\n"
        "Entries for Saturday's meet (swimmer ID / event / seed time):\n"
        "  924-09-5074  Hannah Lindqvist   50 free   31.42\n"
        "  928-07-6810  Sophie Tran        50 back   38.90\n"
        "  945-43-9149  Kiara Boateng      100 IM    1:24.15\n"
        "Warm-ups at 7:30, first event 8:45. Swimmer IDs are the meet system's, not the\n"
        "swimmers' own numbers. Heat sheets post Friday night.\n"
        "Meet Desk, Cedar Hollow Aquatic Center\n",
        [],
    ),
    (
        "Subject: [Template] Registration confirmed - {{program_name}}\n"
        "From: registrar@lvysl.example\n"
        "\n"
        "Hi {{parent_first_name}},\n"
        "Thanks for registering {{player_name}} for {{program_name}}!\n"
        "Amount paid: {{amount}}   Card: XXXX-XXXX-XXXX-{{card_last4}}\n"
        "Medical/allergy form: {{form_status}}\n"
        "Your first practice is {{first_practice}}. We'll email the schedule a week before.\n"
        "Priya Halvorsen, Registrar\n",
        [],
    ),
    (
        "Subject: Kestrel Teamwear - production update, order 8329 6240 5149 8060\n"
        "From: orders@kestrelteamwear.example\n"
        "To: treasurer@lvysl.example\n"
        "\n"
        "Hi Alan,\n"
        "Your jerseys are on the press this week. Name bars and numbers per the roster file:\n"
        "  #3 ABERNATHY, #11 LINDQVIST, #14 BOATENG, #22 OUELLETTE, #30 TRAN\n"
        "Shorts: 12 YM, 18 YL, 10 AS, 8 AM.\n"
        "Production ticket 7083698181559476 is attached for your records.\n"
        "Estimated ship date Dec 14. Reply within 24 hours for any spelling changes.\n"
        "Kestrel Teamwear Customer Care, 555-0188\n",
        [],
    ),
    (
        "Subject: Fee waiver - proof of hardship\n"
        "To: scholarships@lvysl.example\n"
        "\n"
        "Hi Doug,\n"
        "The form asked for anything showing our situation changed. This came last week "
        "when we\n"
        "tried to refinance the van, and I think it explains things better than I can:\n"
        "---\n"
        "Notice of Adverse Action - Tri-County Auto Finance\n"
        "Applicant: Shauna Lyle\n"
        "Credit score used: 572 (range 300-850)\n"
        "Key factors from your credit report:\n"
        "- Collection account, Granite Telecom Services, $2,310, reported 04/2026\n"
        "- Late payment (60 days), Harbor Lakes CU auto loan, 08/2026\n"
        "---\n"
        "So that's where we are. Tyrell really wants to keep swimming this winter.\n"
        "Shauna\n",
        [
            ("CREDIT_SCORE", "572"),
            (
                "CREDIT_REPORT",
                "Collection account, Granite Telecom Services, $2,310, reported 04/2026",
            ),
            ("CREDIT_REPORT", "Late payment (60 days), Harbor Lakes CU auto loan, 08/2026"),
        ],
    ),
    (
        "Subject: Fee waiver program - 2026 summary for the board\n"
        "From: scholarships@lvysl.example\n"
        "\n"
        "Board members,\n"
        "This year 142 children received full or partial waivers, up from 118 last year.\n"
        "About 41% of waiver families identified as Hispanic or Latino, 22% as Black, "
        "and 9% as\n"
        "Asian; 63% reported SNAP or Medicaid. Average waiver: $137.\n"
        "No individual applications are included here; they stay with the committee.\n"
        "Doug Wexley, Scholarship Committee\n",
        [],
    ),
    (
        "Subject: Snack list for winter games - allergen-aware for everyone\n"
        "To: all team parents\n"
        "\n"
        "Hi team parents,\n"
        "To keep things simple, the league snack list is the same for every team this winter.\n"
        "All of these are peanut- and tree-nut-free, and the starred ones are also "
        "gluten-free:\n"
        "  clementines*, cheese sticks*, pretzel rods, popcorn cups*, graham crackers,\n"
        "  apple slices*, rice-crispy bars (made in a nut-free facility)\n"
        'Please skip anything homemade, and check labels for "may contain".\n'
        "Thanks for helping every kid enjoy the post-game snack!\n"
        "Kim Acheson, LVYSL site director\n",
        [],
    ),
    (
        "Subject: Nurse notes for counselors - Week 1 (Dec 21-24)\n"
        "From: Gwen Taddeo, RN <nurse@lvysl.example>\n"
        "\n"
        "Counselors, please read before Monday. Do not forward outside camp staff.\n"
        "Red group: Talia Brooks - inhaler in the nurse bag, exercise-induced asthma\n"
        "Red group: Oscar Velde - type 1, CGM on his arm; if he looks pale or shaky, "
        "send him to me\n"
        "Blue group: Imani Scott - no dairy at snack (family preference, not an allergy)\n"
        "Blue group: Henry Lam - new ear tubes, no diving or going underwater in the pool\n"
        "Thanks,\n"
        "Gwen Taddeo, RN, Camp Nurse\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Cedar Hollow - new face check-in for staff and coaches (notice)\n"
        "From: frontdesk@cedarhollowaquatics.example\n"
        "\n"
        "Starting January 4, staff and partner coaches can enter through the staff door using\n"
        "FaceEntry, a face check-in system, instead of a key card.\n"
        "Enrollment is voluntary. Templates are stored on the device, never shared, and are\n"
        "deleted within 30 days of leaving. Anyone may keep using a key card instead.\n"
        "Consent forms are at the front desk. Questions: 555-0177.\n",
        [],
    ),
    (
        "Subject: Thank you, Carpenters Local 2217!\n"
        "To: all league families\n"
        "\n"
        "A big thank-you to Carpenters Local 2217 for sponsoring this winter's 12U "
        "jerseys and\n"
        "for building the new scorer's table at Northgate. Their apprenticeship office is\n"
        "holding an open house for high-school juniors and seniors on Jan 20 - everyone is\n"
        "welcome, no sign-up needed.\n"
        "Look for the Local 2217 logo on the sleeves!\n",
        [],
    ),
    (
        "Subject: Maya and the meets\n"
        "To: Coach Bea Harrington <bharrington@inbox.example>\n"
        "\n"
        "Coach Bea,\n"
        "Maya's counselor suggested she stick to practices, no meets, until after winter "
        "break.\n"
        "The panic attacks have eased since she started the new medication, but a "
        "crowded pool\n"
        "deck with a buzzer is still a lot for her. She really does want to stay on the team.\n"
        "Thanks for understanding,\n"
        "Rachel Osei\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Ella - no contact drills, per her cardiologist\n"
        "To: Coach Tamsin Ruel <truel@inbox.example>\n"
        "\n"
        "Coach Ruel,\n"
        "Ella's genetic test came back last month and confirmed Marfan syndrome (an FBN1 "
        "variant,\n"
        "the same one her dad has). She's on losartan now, and her cardiologist's letter "
        "says no\n"
        "contact drills and no max-effort sprints. Shooting and passing are fine.\n"
        "The letter is attached for the league file. Ella is disappointed but handling it.\n"
        "Sarah Whitcombe\n",
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Locked out of my registration account\n"
        "To: registrar@lvysl.example\n"
        "\n"
        "Hi, the league site locked me out after last week's update. In case it helps "
        "you find it:\n"
        "Email: hgarrity@mailbox.example\n"
        "Password: HRp#nkjg#4XG\n"
        "Security question (name of your elementary school): Birchwood\n"
        "My card is saved in there, so please don't just make me a new account.\n"
        "Heather Garrity (mom of Finn, 8U)\n",
        [
            ("PASSWORD", "HRp#nkjg#4XG"),
            ("PASSWORD", "Birchwood"),
        ],
    ),
    (
        "Subject: Re: Fee waiver application - approved (please read)\n"
        "To: Kristen Draper <kdraper@inbox.example>\n"
        "\n"
        "Hi Ms. Draper,\n"
        "Good news: Caleb is approved for the full winter basketball waiver.\n"
        "One thing we wanted to flag kindly: the photo of your EBT card you sent as "
        "proof of SNAP\n"
        "also showed the sticky note with your PIN, 5038. We deleted the photo from our "
        "inbox,\n"
        "but you may want to change the PIN at the state EBT line to be safe.\n"
        "Practice starts Monday at Northgate, 6pm.\n"
        "Doug Wexley, Scholarship Committee\n",
        [
            ("PIN", "5038"),
        ],
    ),
    (
        "Subject: Biscuit update (team mascot)\n"
        "To: 10U basketball families\n"
        "\n"
        "Hi families,\n"
        "Some of the kids asked why Biscuit wasn't at Saturday's game. He had two teeth "
        "out and\n"
        "a lump removed on his side - the vet says it was nothing serious. He's on "
        "antibiotics\n"
        "and a cone for ten days and is very offended about it.\n"
        "He'll be back courtside for the Jan 9 game.\n"
        "Coach Marcus\n",
        [],
    ),
    (
        "Subject: Pride Night at the Jan 23 games - all welcome\n"
        "To: all league families\n"
        "\n"
        "Our gym partner is hosting Pride Night during the Jan 23 game block, and every team,\n"
        "family and fan is invited. There will be rainbow laces for any player who wants them\n"
        "(totally optional), a face-paint table, and a welcome message from the league board.\n"
        "Volunteers for the face-paint table can sign up with Kim.\n",
        [],
    ),
    (
        "Subject: Fwd: Your TeamSignup verification code\n"
        "To: registrar@lvysl.example\n"
        "\n"
        "Priya - the system texted the code to my phone instead of yours, here it is:\n"
        "> TeamSignup: 209465 is your sign-in code for the Larkfield Valley YSL admin "
        "account.\n"
        "> It expires in 10 minutes. Never share this code.\n"
        "Sorry, I only just saw it. If it's expired, hit \"resend\" and I'll keep my phone "
        "out.\n"
        "- Doug\n",
        [
            ("ACCESS_CODE", "209465"),
        ],
    ),
    (
        "Subject: Re: Winter basketball refund - Eli Marchetti (10U)\n"
        "From: Carla Marchetti <cmarchetti@fastmail.example>\n"
        "To: registrar@lvysl.example\n"
        "\n"
        "Hi Priya,\n"
        "Thanks for approving the refund now that Eli moved up to the travel team. The "
        "card we\n"
        "registered with was cancelled (someone skimmed it at a gas station), so please "
        "put the\n"
        "$145 back on my new one instead:\n"
        "Visa 4706 8416 1153 0912, exp 09/29, security code 611\n"
        "Name on card is Carla J. Marchetti, billing zip 49304.\n"
        "Thanks so much,\n"
        "Carla\n",
        [
            ("CREDIT_CARD", "4706 8416 1153 0912"),
            ("CVV", "611"),
        ],
    ),
    (
        "Subject: Safeguarding reminder before tournament travel\n"
        "To: all coaches and chaperones\n"
        "\n"
        "Before the January trips, a few non-negotiables:\n"
        "- Never be alone with a single player in a room, car or locker area.\n"
        "- Two adults in every hotel-hallway check, every night.\n"
        "- Report any concern about a child's safety to Marisol or Kim the same day.\n"
        "- Messages to players go through the team app with a parent copied.\n"
        "If you have questions about the code of conduct, call Marisol at 555-0145.\n",
        [],
    ),
    (
        "Subject: Winter season coaching stipend - direct deposit check\n"
        "From: Alan Prewitt <treasurer@lvysl.example>\n"
        "To: Dwayne Hollis <dhollis@inbox.example>\n"
        "\n"
        "Dwayne,\n"
        "Your $300 head-coach stipend for 14U boys basketball goes out Friday 12/18 by ACH.\n"
        "Please confirm this is still right before I submit the batch:\n"
        "  Routing 303936224\n"
        "  Account 71168099\n"
        "If anything changed since last winter, reply by Wednesday and I'll hold yours.\n"
        "Alan Prewitt\n"
        "LVYSL Treasurer | 555-0147\n",
        [
            ("ABA_ROUTING_NUMBER", "303936224"),
            ("US_BANK_NUMBER", "71168099"),
        ],
    ),
    (
        "Subject: Winter break camp - can your office run my card?\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Hi Renata,\n"
        "The online form keeps timing out on my phone, so could your office put it "
        "through? Two\n"
        "campers, Jules and Margo Feeney, all 8 days, with extended care.\n"
        "Amex 3440 547747 81506\n"
        "Exp 05/28, the 4 digits printed on the front are 6395\n"
        "Billing address 118 Tamarack Lane, Larkfield.\n"
        "Call me at 555-0119 if that doesn't work.\n"
        "Siobhan Feeney\n",
        [
            ("CREDIT_CARD", "3440 547747 81506"),
            ("CVV", "6395"),
        ],
    ),
    (
        "Subject: Fwd: Your ancestry results are ready, Owen!\n"
        "To: Marcus Bell <mbell@inbox.example>\n"
        "\n"
        "Ha - so THAT'S why I burn in ten minutes at the summer camp pool.\n"
        "---------- Forwarded message ----------\n"
        "From: RootTrace <results@roottrace.example>\n"
        "Hi Owen, your DNA ancestry composition is ready:\n"
        "  Scandinavian 41%\n"
        "  Irish 27%\n"
        "  Nigerian 18%\n"
        "  Broadly Northwestern European 14%\n"
        "Log in to see your relative matches.\n",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Camp checkout failing - payment keys fixed\n"
        "From: Jordan Fikes <jfikes@devmail.example>\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Renata,\n"
        'The winter camp checkout was throwing "Invalid API key" because the site still '
        "had the\n"
        "test keys. I put the live ones from your email into the settings file:\n"
        "  PAYMENTS_PUBLISHABLE_KEY=pk_live_XSHiFE7U3qDxPkgg39VXMDtkg2eQubEM\n"
        "  PAYMENTS_SECRET_KEY=sk_live_DMuvpZ36o6y3kfvrT4s5AgaZZCHy5KCK\n"
        "  account: acct_LpYNuKyNzSuOMk5P\n"
        "Registrations are going through now. Next time please share the secret through the\n"
        "password manager, not email - I'll rotate it on Friday anyway.\n"
        "Jordan\n",
        [
            ("API_KEY", "sk_live_DMuvpZ36o6y3kfvrT4s5AgaZZCHy5KCK"),
        ],
    ),
    (
        "Subject: Thursday practice coverage\n"
        "To: Marcus Bell <mbell@inbox.example>\n"
        "\n"
        "Hey Marcus,\n"
        "Can you run Thursday's 10U practice? My surgeon moved my post-op check to 5:30 - six\n"
        "weeks out from the ACL reconstruction and they want to see how the graft is "
        "holding up.\n"
        "I'll be back on the sideline (probably on crutches) for Saturday's game.\n"
        "Coach Tamsin\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Sickle cell trait - what the state's new athletics rule means\n"
        "To: all league families\n"
        "\n"
        "The state now requires every youth league to share information about sickle cell\n"
        "trait with families each season. Most people with the trait never have problems, but\n"
        "hard exercise in heat can be risky, so all our coaches allow water and rest "
        "breaks on\n"
        "request. Testing is not required by the league, and we do not collect results.\n"
        "More information: the handout at the registration table.\n",
        [],
    ),
    (
        "Subject: Fee waiver - Adaptive Swim (Micah Tessier)\n"
        "To: scholarships@lvysl.example\n"
        "\n"
        "Applicant: Janelle Tessier (mother)\n"
        "Child: Micah Tessier, age 13\n"
        "Benefits: Micah gets SSI because of his cerebral palsy; award letter attached\n"
        "Child's SSN (your form said it's needed to match the SSI letter): 116-34-7568\n"
        "Household income: $1,950/month plus SSI\n"
        "Program: Adaptive Swim, Saturdays 9am, Cedar Hollow\n"
        "Notes: he uses his walker to the pool edge and a lift chair to get in.\n",
        [
            ("US_SSN", "116-34-7568"),
            ("health", ""),
        ],
    ),
    (
        "Subject: My details for the Port Alder bus manifest\n"
        "To: Renee Abernathy <rabernathy@inbox.example>\n"
        "\n"
        "Hi Renee,\n"
        "For the manifest: my passport number is R42531515 (expires 2031).\n"
        "The bus company also wants a backup driver listed, and since I still have my "
        "CDL from\n"
        "the delivery job they asked for the licence too: Ohio UD579996.\n"
        "I'll bring both documents on the 15th.\n"
        "Coach Tamsin Ruel\n",
        [
            ("US_PASSPORT", "R42531515"),
            ("US_DRIVER_LICENSE", "UD579996"),
        ],
    ),
    (
        "Subject: Re: Welcome to 8U basketball!\n"
        "To: Coach Greg Solano <gsolano@inbox.example>\n"
        "\n"
        "Thank you, Coach! This is our first season with the league. We're Hmong - my "
        "husband's\n"
        "parents came over from Laos in the 80s - and his mom will do most of the pickups on\n"
        "weekdays. She speaks mostly Hmong, so if anything comes up, please text me instead.\n"
        "Pa Vang (Kou's mom)\n",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Coach training scenario #3 (fictional) - head injury on the court\n"
        "To: all winter coaches\n"
        "\n"
        "TRAINING SCENARIO - FICTIONAL. Names and events are made up for practice.\n"
        'During a rebound, "Casey Marlow" (12) bumps heads with a teammate, stands up, and\n'
        "says she's fine but seems confused about the score.\n"
        "Questions to discuss: Does Casey stay in? Who do you call? What does she need before\n"
        "she returns to practice?\n"
        "Bring your answers to Thursday's coaches' meeting.\n",
        [],
    ),
    (
        "Subject: Medication authorization - Bennett Ruiz\n"
        "To: nurse@lvysl.example\n"
        "\n"
        "Nurse Gwen,\n"
        "The signed authorization is attached. Bennett takes his Focalin XR at 7 at "
        "home, but on\n"
        "camp days he needs the short-acting 5 mg at 12:30 or the afternoon goes "
        "sideways. The\n"
        "pharmacy label is on the bottle and I'll hand it to you at drop-off on the 21st.\n"
        "Diego Ruiz\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Your IP PIN for the 2026 return\n"
        "From: Hollander Tax Service <office@hollandertax.example>\n"
        "To: Rita Szabo <rszabo@inbox.example>\n"
        "\n"
        "Hi Rita (I always think of you as Coach Rita from the pool deck!),\n"
        "The IRS mailed your new Identity Protection PIN and you forwarded the letter: "
        "957642.\n"
        "We'll use it with your SSN ending 7055 when we e-file in late January.\n"
        "Nothing else needed from you until your W-2 arrives.\n"
        "Grace Hollander, EA, 555-0141\n",
        [
            ("PIN", "957642"),
            ("US_SSN", "7055"),
        ],
    ),
    (
        "Subject: Re: Age verification for 10U - Arjun Mehta\n"
        "To: registrar@lvysl.example\n"
        "\n"
        "Hi Priya,\n"
        "We don't have his birth certificate here (it's in a box at my parents' house), "
        "but Arjun\n"
        "has a passport. The number is 562958204, issued 2023, and the date of birth on it is\n"
        "05/19/2016. I can bring it to the gym Saturday if someone needs to see it in person.\n"
        "Thanks,\n"
        "Vikram Mehta\n",
        [
            ("US_PASSPORT", "562958204"),
        ],
    ),
    (
        "Subject: Pickup restriction - Jace Moreno\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Renata,\n"
        "Please make sure only I or my mom picks up Jace during camp. His father, "
        "Brandon Moreno,\n"
        "is on probation after the assault charge in September, and the conditions say no\n"
        "contact with Jace. A copy of the order is attached. If he shows up, please call "
        "me at\n"
        "555-0114 and don't release Jace.\n"
        "Thank you, Alyssa Moreno\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Proof of age for Wren (12U girls basketball)\n"
        "To: registrar@lvysl.example\n"
        "\n"
        "Hi Priya,\n"
        "Wren doesn't have a state ID yet, but she's an enrolled member of the Kettle "
        "River Band\n"
        "of Ojibwe like her dad and me, and her tribal ID card shows her birth date. The card\n"
        'number is 728598. I also ticked the "outside funding" box - the band\'s youth '
        "fund is\n"
        "paying her fee this season.\n"
        "Miigwech,\n"
        "Lorna Bigsby\n",
        [
            ("US_STATE_ID", "728598"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Re: Day camp cancellation - refund form\n"
        "To: Renata Oyelaran <camp@lvysl.example>\n"
        "\n"
        "Hi Ms. Oyelaran,\n"
        "We can't make the Dec 28-31 week after all (my shifts changed). Your form asked for\n"
        "direct deposit info rather than a check, so here it is:\n"
        "Bank: Harbor Lakes Credit Union\n"
        "Routing: 320135710\n"
        "Account: 305766864761 (checking, in my name, Tomasz Wilk)\n"
        "Refund is for Ania Wilk, camper #C-2291.\n"
        "Thank you!\n"
        "Tomasz Wilk\n",
        [
            ("ABA_ROUTING_NUMBER", "320135710"),
            ("US_BANK_NUMBER", "305766864761"),
        ],
    ),
    (
        "Subject: Your refund has been sent - Winter swim\n"
        "From: registrar@lvysl.example\n"
        "To: Tomasz Wilk <twilk@inbox.example>\n"
        "\n"
        "Hi Tomasz,\n"
        "Your refund of $180.00 for Ania Wilk (winter swim) was sent today by direct "
        "deposit to\n"
        "checking ending in 4213. Please allow 2-3 business days for it to appear.\n"
        "Refund reference: RF-2026-1208-07\n"
        "Priya Halvorsen, Registrar\n",
        [],
    ),
    (
        "Subject: Port Alder Winter Classic - brackets posted\n"
        "From: brackets@portalderclassic.example\n"
        "\n"
        "Your teams' bracket IDs for the Jan 15-17 tournament:\n"
        "  14U Girls Gold - bracket PAW-14G-0311, pool game IDs 986-12-0575 and 950-45-0158\n"
        "  12U Boys Silver - bracket PAW-12B-0207, pool game IDs 951-03-0407 and 946-18-8849\n"
        "Scores and seeding update live on the tournament site. Check-in closes 45 minutes\n"
        "before your first game. Please have your team roster printed.\n"
        "Tournament Desk, 555-0181\n",
        [],
    ),
    (
        "Subject: New voicemail from 555-0123 (0:52)\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Transcription:\n"
        "\"Hi, this is Dolores Quintero, Mateo's grandma, about the camp refund form. I "
        "couldn't\n"
        "open the link so I'm leaving the numbers. The routing number is 625105898 and "
        "the account\n"
        "is seven zero one three seven two four nine four six eight one. It's a checking "
        "account\n"
        "at Harbor Lakes. Call me back if you can't hear it. Thank you, bye.\"\n"
        "(Transcription may contain errors.)\n",
        [
            ("US_BANK_NUMBER", "seven zero one three seven two four nine four six eight one"),
            ("ABA_ROUTING_NUMBER", "625105898"),
        ],
    ),
    (
        "Subject: Return-to-play clearance - Addison Greer (14U girls)\n"
        "To: Coach Dwayne Hollis <dhollis@inbox.example>\n"
        "\n"
        "Coach Hollis,\n"
        "Addison was seen today for the hit she took in the Dec 1 scrimmage. She has "
        "completed\n"
        "stage 4 of the graduated return (non-contact drills) with no symptoms. She may "
        "resume\n"
        "full-contact practice on 12/10, and games after one full practice without symptoms.\n"
        "Please tell her parents right away about any headache, dizziness or light "
        "sensitivity.\n"
        "Dr. Farah Nasser, Larkfield Sports Medicine, 555-0138\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Parent meeting Thursday - interpreter available\n"
        "To: 10U basketball families\n"
        "\n"
        "Parent meeting this Thursday at 6:30 in the Northgate community room. We've booked a\n"
        "Spanish interpreter, so the Gomez and Salinas families (and anyone else who'd "
        "like it)\n"
        "can follow along - just sit at the front left table.\n"
        "Agenda: schedule, carpools, snack rotation, uniforms.\n"
        "Coach Greg\n",
        [],
    ),
    (
        "Subject: Re: Background check - missing info\n"
        "To: screening@lvysl.example\n"
        "\n"
        "Hi Marisol,\n"
        "Sorry, the vendor kicked it back because I only put the last four. The full "
        "number is\n"
        "481-88-3278. I don't drive, so the ID I uploaded is my state ID card, number\n"
        "H358984755155 (the photo of the back was blurry, that's the number off the front).\n"
        "Thanks for your patience - I'm excited to help with timing at the swim meets.\n"
        "Odessa Pruitt\n",
        [
            ("US_SSN", "481-88-3278"),
            ("US_STATE_ID", "H358984755155"),
        ],
    ),
    (
        "Subject: Winter practice locations\n"
        "To: all winter coaches\n"
        "\n"
        "Court assignments for the winter season:\n"
        "  8U and 10U: St. Brigid's Parish Hall gym, Mon/Wed 5:30-7:00\n"
        "  12U: Temple Beth Shalom social hall court, Tue/Thu 6:00-7:30\n"
        "  14U: Northgate Community Gym, Court B, Mon/Wed/Fri\n"
        "Please leave the halls as you found them; both buildings host events right after us.\n"
        "Parking is in the back lots, not the front.\n"
        "Kim\n",
        [],
    ),
    (
        "Subject: Completed health & allergy form - Poppy Nakamura (Winter Day Camp)\n"
        "To: Gwen Taddeo <nurse@lvysl.example>\n"
        "\n"
        "Camper: Poppy Nakamura   Age: 7   Group: Red\n"
        "Allergies: tree nuts (cashew, pistachio) - anaphylaxis in 2024\n"
        "Emergency medication: EpiPen Jr. x2, front pocket of her backpack\n"
        "Other conditions: none\n"
        "Dietary: will bring her own lunch; fine with the camp's nut-free snacks\n"
        "Physician: Dr. L. Amsel, Larkfield Pediatrics, 555-0131\n"
        "Parent signature: Keiko Nakamura   Date: 12/06/2026\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Holiday schedule - Santos kids\n"
        "To: camp@lvysl.example\n"
        "\n"
        "Hi Renata,\n"
        "Dates for the winter break camp: Gabi and Tomas will come Dec 21-23 and Dec 28-30.\n"
        "We finish Simbang Gabi on the 24th - nine dawn Masses at St. Columba, and both "
        "kids are\n"
        "serving at the altar this year - so they'll be too sleepy for camp that week anyway.\n"
        "Pickup will be their grandma most days.\n"
        "Thanks! Joy Santos\n",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Background check result - Tomas Reyes (cleared)\n"
        "From: Marisol Brandt <screening@lvysl.example>\n"
        "To: Tomas Reyes <treyes@inbox.example>\n"
        "\n"
        "Hi Tomas,\n"
        "Your volunteer screening is complete: no records found. Your fingerprints were "
        "checked\n"
        "at the county site as part of the tournament-chaperone level, and that part "
        "also came\n"
        "back clear. You're approved to coach through December 2028.\n"
        "Welcome aboard, and see you at the swim deck!\n"
        "Marisol\n",
        [],
    ),
    (
        "Subject: Card authorization - Maple Crest Inn, Jan 8-10 tournament block\n"
        "To: Front Desk <reservations@maplecrestinn.example>\n"
        "\n"
        "Hi Dana,\n"
        "As team parent for the 12U girls I'm guaranteeing the block of six rooms on my card.\n"
        "Your form only had one short line, so it wrapped:\n"
        "Card: 5580 3429 4408\n"
        "1523   exp 11/28   CVC 902\n"
        "Cardholder: Renee Abernathy\n"
        "Please do not put incidentals on this card; each family will settle their own room.\n"
        "Thanks, Renee Abernathy, 555-0162\n",
        [
            ("CREDIT_CARD", "5580 3429 4408\n1523"),
            ("CVV", "902"),
        ],
    ),
    (
        "Subject: Age verification night - Thursday Dec 10\n"
        "From: registrar@lvysl.example\n"
        "\n"
        "All new players in travel programs need proof of age. Bring one of these "
        "originals to\n"
        "Northgate on Thursday, Dec 10, 6-8pm: birth certificate, passport, or state ID card.\n"
        "A board member looks at the document and ticks a box. We do not copy documents or\n"
        "write down any numbers.\n"
        "Can't make it? Email Priya to set up a time.\n",
        [],
    ),
    (
        "Subject: Fee waiver - Kaminski, income changed\n"
        "To: scholarships@lvysl.example\n"
        "\n"
        "Hi Doug,\n"
        "Updating our application from October: I've been out on strike with the rest of\n"
        "Steelcraft Workers Local 609 since Nov 2, and the only income right now is the "
        "$500 a\n"
        "week in strike pay from the local, plus my wife's part-time job.\n"
        "Could the boys' winter basketball fees be moved to the waiver list?\n"
        "Pete Kaminski\n",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: LVYSL newsletter - championship coach to speak at kickoff\n"
        "To: all league families\n"
        "\n"
        "This Saturday's season kickoff features Mayor Denise Harlow, who has publicly backed\n"
        "the pool bond on the spring ballot, and State University head coach Roland Beaumont,\n"
        "fresh off his team's conference championship. Coach Beaumont told reporters last\n"
        "week that he learned the game in a church-league gym much like ours.\n"
        "Doors open at 9 at Northgate. Free hot chocolate for players in uniform.\n",
        [],
    ),
    (
        "Subject: You're confirmed: Saturday canvass for Ortega for School Board\n"
        "From: Team Ortega <volunteer@ortegaforschools.example>\n"
        "To: Tamsin Ruel <truel@inbox.example>\n"
        "\n"
        "Hi Tamsin,\n"
        "Thanks for signing up to knock doors for Lucia Ortega! Here are your details:\n"
        "Saturday Dec 12, 10am-1pm, meet at 412 Fenwick Ave (the blue house)\n"
        "Your turf: the streets around Northgate Community Gym\n"
        "Wear comfortable shoes, and bring a water bottle. Questions: 555-0169.\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Snack swap Saturday?\n"
        "To: 10U basketball families\n"
        "\n"
        "Hi 10U parents, can anyone swap snack weeks with me? I'm running the phone bank for\n"
        "Dev Amani's city council campaign all day Saturday (runoff is Tuesday!) and "
        "can't be at\n"
        "the game. Happy to take Jan 9 or Jan 16 in exchange.\n"
        "- Corinne (Hugo's mom)\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Emergency contacts - Ava Lindgren-Shaw\n"
        "To: registrar@lvysl.example\n"
        "\n"
        "Hi Priya,\n"
        'Your form only has lines for "mother" and "father", so I wrote in the margin: '
        "Ava has\n"
        "two moms. Please list both me and my wife, Jen Shaw, as parents with equal pickup\n"
        "rights. Jen's cell is 555-0128 and mine is 555-0129.\n"
        "Kirsten Lindgren\n",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: FW: Hi friend - can you chip in before midnight?\n"
        "To: Coach Tamsin Ruel <truel@inbox.example>\n"
        "\n"
        "Tamsin, this landed in the league inbox - not ours, please ignore.\n"
        "> Hi friend,\n"
        "> Our end-of-year deadline is midnight tonight and we're $4,000 short. Can you "
        "chip in\n"
        "> $10 to keep our grassroots campaign going? Every dollar counts.\n"
        "> Paid for by Committee for a Better Larkfield.\n"
        "- Kim\n",
        [],
    ),
    (
        'Subject: Newsletter - "Back in the water," a swimmer\'s story\n'
        "To: all league families\n"
        "\n"
        "One of our 11-year-old swimmers (we'll call her \"J.\" at her family's request) was\n"
        "diagnosed with type 1 diabetes last spring. This winter she's back at practice, "
        "and her\n"
        "coach says she's faster than ever. Her advice to other kids: \"Just tell your coach\n"
        'what you need."\n'
        "This story was shared anonymously, and details have been changed.\n",
        [],
    ),
    (
        "Subject: Friday game at the January tournament\n"
        "To: Coach Dwayne Hollis <dhollis@inbox.example>\n"
        "\n"
        "Salaam Coach,\n"
        "Omar and Yusuf go with their dad to Jumu'ah at the masjid every Friday at 1:30, "
        "so the\n"
        "1:00 tip-off on Friday Jan 8 at the tournament won't work for them. If the bracket\n"
        "allows it, could they join for the 4:00 game instead? Otherwise they'll be "
        "there Saturday.\n"
        "Thank you, Samira Qasim\n",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Re: Winter swim - Liam's pump\n"
        "To: Coach Bea Harrington <bharrington@inbox.example>\n"
        "\n"
        "Coach Bea,\n"
        "Quick note before Tuesday: Liam disconnects his pump for the pool, so he'll "
        "leave it in\n"
        'the red case on the bleachers. If he says he feels "low", there are juice boxes '
        "in there.\n"
        "He checks himself after practice; you don't need to do anything except let him "
        "get out.\n"
        "Thanks! Carmen Duarte\n",
        [
            ("health", ""),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_80, "hard80", Path(__file__).with_name("hard-80.jsonl")))
