"""Hard set 84 (2026-12-08): local politics in a county with a December runoff election.

Written blind. One hundred fresh e-mails (with a few forms, exports, logs, a chat and a
voicemail transcript) around the December 12, 2026 city council runoff in the invented
Tamsen County: a council candidate's campaign office and its treasurer, her opponent's
campaign, both county party committees, a nonpartisan registration and rides nonprofit, a
ballot-measure committee, a League-style forum organiser, the elections office's
poll-worker recruiter, a payment processor, volunteers, donors and staffers' own mail.
40 decoys and 60 positives, in an order fixed by a seeded shuffle (random.Random(8484)).

What I read, and nothing else: /tmp/mg/set84/prompt.txt, /tmp/mg/set84/brief.txt,
/tmp/mg/set84/conventions.txt, /work/shared/policy/privacy-policy.txt,
tests/data/sensitive/independent_sets.py, scanner/categories.py, and the output of
grep -n "line-length" pyproject.toml. What I ran: cat on those files; mkdir, cat, sed,
python3 on my own scratch files in /tmp/hard84_gen/ (gen.py, the case drafts, check.py,
emit.py); python -m tests.data.sensitive.hard_84; ruff format and ruff check on this
module; sed, grep, wc on this module; git add and git commit of the two files.
Slips, honestly: the cat of conventions.txt came back truncated by my tool, so I read its
remaining lines with sed -n and counted them with wc -l (only cat was allowed on it); I
copied it with cat into /tmp/hard84_gen/conv.txt so that emit.py could paste it here
verbatim; and I ran python3 -c one-liners, one to list the weekdays of December 2026 (not
on a scratch file) and others to count the drafted cases. After the first commit I ran
git log -1 --format=%H (forbidden) and git status --short (not allowed) to read back the
commit hash and the tree state, then amended this docstring to say so. Nothing else was
read or run.

How identifiers were generated: /tmp/hard84_gen/gen.py, random.Random(84084). Card
numbers (Visa, Mastercard, Amex, Discover prefixes) get a Luhn check digit; full SSNs keep
SSA rules (area not 000, 666 or 900-999, group and serial not zero); the ITIN is 9XX with
group 86; routing numbers have a valid Federal Reserve prefix and ABA checksum; the German
IBAN has computed mod-97 check digits (printed in groups of four). Licence, state ID,
tribal ID, passport, account, CVV, last-four, PIN and one-time code digits are random
(rejecting repeated digits and ascending runs of five); the secret key and signing secret
are random alphanumerics after sk_live_ / whsec_. Decoy numbers were made to fail: four
16-digit transaction numbers and a 14-digit batch number fail Luhn, and the three
SSN-shaped mail-ballot batch numbers use areas 954, 666 and 987. Phone numbers are
555-01xx. Precincts, ballot styles, FEC and state filer IDs, an EIN, contribution, invoice
and order numbers are hand-written and unlabelled.

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
- Volunteering for a candidate's campaign (canvass, phone bank, driving voters for that
  campaign, yard signs) or for a party committee is political_opinion; volunteering for a
  nonpartisan turnout nonprofit (ride driver, registration table, fellowship application)
  is not, and staff writing in their role (field director, volunteer coordinator,
  treasurer, a web volunteer fixing keys, a sign-printing vendor) disclose no politics.
- A county party's letter appointing a named person precinct chair is political_opinion.
- A contribution refunded to a named contributor (over the limit, or a prohibited source)
  still discloses the contribution: political_opinion, with the card's last four as
  CREDIT_CARD_LAST_DIGITS or the refund IBAN as IBAN_CODE (quoted back by the payer).
- A donor's processor chat cancelling a recurring gift to a named campaign is
  political_opinion; the old password and the security answer typed in it are each
  PASSWORD.
- A poll-worker application with "No party preference" discloses no political opinion;
  its type 1 diabetes accommodation is health. Another application's "SSN, last four (for
  payroll)" is US_SSN on the four digits beside the party (political_opinion).
- A precinct board roster (inspector, clerks) names poll workers without party: serving as
  a poll worker discloses nothing. A voter's registration-status card (precinct, polling
  place, no party) is not labelled.
- A tribal ID card number written without letters is US_STATE_ID, and "(enrolled member)"
  of a named tribal nation is racial_ethnic_origin.
- Texas-style legal mail granting a named client an order of nondisclosure on a 2016
  possession charge is criminal_history; a background report's misdemeanor charge resolved
  with deferred adjudication and community supervision is criminal_history.
- Keeping Shabbat and going to shul, praying Maghrib every evening, singing every week in a
  parish's Spanish choir, and serving as a deacon of a named church are religious_belief.
- A named colleague's positive COVID test, a staffer's 31-week pregnancy with her OB's
  advice, a rider's Biktarvy refill, dialysis, a wheelchair after a stroke, hearing loss
  after meningitis, chemo, and a donor's son's fatal overdose after rehab are health.
- A payment processor's selfie-to-document face match for a committee's named
  representative, and an elections office's face check-in match scores for named trainees,
  are biometric.
- A campaign staff pay statement with "Campaign Workers Guild dues" is
  trade_union_membership; a retired donor who is "still a card-carrying member" of a local
  is trade_union_membership beside his contribution's political_opinion.
- A live secret key sent beside a publishable key labels only the secret as API_KEY; an
  e-mail giving only the account ID and publishable key is a decoy.
- Decoys: internal tracking-poll toplines by subgroup (union households, Latino voters,
  weekly churchgoers) are aggregate; a union local's press-release endorsement and a state
  representative's announced vote are public positions; a clean Live Scan report is
  neither biometric nor criminal_history; a fingerprint timeclock policy is not biometric;
  an anonymised "Ms. R." newsletter story and a training scenario marked fictional disclose
  nothing; a staffer's dog's insulin recheck is not health.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_84: list[Case] = [
    (
        "Subject: Your monthly sustainer draft is set up\n"
        "From: finance@tamsendems.example\n"
        "\n"
        "Hi Imogen,\n"
        "\n"
        "Your monthly $20 contribution to the Tamsen County Democratic Party is now set up as a\n"
        "bank draft on the 15th of each month.\n"
        "\n"
        "  Routing number: 270281167\n"
        "  Account number: 74132493841 (checking)\n"
        "  First draft: December 15, 2026\n"
        "\n"
        "If any of that is wrong, or you want to change the amount, just reply to this email.\n"
        "\n"
        "Thanks for being a sustaining member,\n"
        "Hollis Grant, Finance Chair\n",
        [
            ("ABA_ROUTING_NUMBER", "270281167"),
            ("US_BANK_NUMBER", "74132493841"),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Training check-in log, Dec 7\n"
        "\n"
        "Face check-in results from Monday's election worker training:\n"
        "\n"
        "  Renata Obi       match 0.93   admitted\n"
        "  Walter Ng        match 0.88   manual review (ID checked by Ofelia)\n"
        "  Dolly Fairbanks  match 0.95   admitted\n"
        "\n"
        "The kiosk goes back to the annex Tuesday.\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: Endorsement vote at Tuesday's membership meeting\n"
        "\n"
        "Brother Tomas,\n"
        "\n"
        "As a member in good standing of United Sheet Metal & Roofing Workers Local 88, you're\n"
        "entitled to vote on the local's runoff endorsements at Tuesday's membership meeting,\n"
        "7 PM at the hall. Our records show your dues are current through December.\n"
        "\n"
        "Bring your member card; the sergeant-at-arms will check it at the door.\n"
        "\n"
        "In solidarity,\n"
        "Renee Batiste, Recording Secretary\n",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: ID question for Saturday\n"
        "\n"
        "Hi, I became a citizen in October and I want to vote in the runoff. I don't have a\n"
        "driver's license yet. My passport number is A89075178, is that enough for the\n"
        "registration and for the polls?\n"
        "\n"
        "Thank you,\n"
        "Oksana Hrytsenko\n",
        [
            ("US_PASSPORT", "A89075178"),
        ],
    ),
    (
        "Election Worker Training - Module 6, Scenario 4 (fictional)\n"
        "\n"
        "A voter named Pat Sample tells you he is on probation and asks whether he is allowed to\n"
        "vote. What do you do?\n"
        "\n"
        "Answer: Do not decide eligibility yourself. Offer a provisional ballot and the\n"
        "eligibility hotline card. All names in these scenarios are invented for training.\n",
        [],
    ),
    (
        "From: Walt Brennecke <wbrennecke@mesquitemail.example>\n"
        "To: donate@venegasfordistrict4.example\n"
        "Subject: can't get the website to take my card\n"
        "\n"
        "Keisha,\n"
        "\n"
        "Your donation page keeps timing out on me. I'd like to give $250 for the runoff.\n"
        "Card is a Mastercard 5377 3617 5067 3733, exp 04/29, the three on the back are 478.\n"
        "Billing zip 77341. For the employer thing put retired, formerly a dispatcher at\n"
        "Ellison Freight.\n"
        "\n"
        "Go get 'em Saturday.\n"
        "Walt\n",
        [
            ("CREDIT_CARD", "5377 3617 5067 3733"),
            ("CVV", "478"),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: St. Agnes - registration table confirmed\n"
        "\n"
        "Team,\n"
        "\n"
        "We're confirmed for a voter registration table in the St. Agnes parking lot this Sunday\n"
        "after all three Masses (8:00, 9:30, 11:30). Father Ibarra asked that we stay "
        "nonpartisan\n"
        "and off the church steps. Bring the canopy and extra clipboards.\n"
        "\n"
        "Priya\n",
        [],
    ),
    (
        "Subject: field office - access for weekend volunteers\n"
        "\n"
        "All,\n"
        "\n"
        "The side door keypad at 1810 Calloway is 4817#, and the guest Wi-Fi is\n"
        "VenegasGuest / knockknock2026. The sign shed lockbox is 3390.\n"
        "\n"
        "Last one out: lights off, back door bolted.\n"
        "\n"
        "Tobias\n",
        [],
    ),
    (
        "Subject: employer/occupation follow-ups - script for volunteers\n"
        "\n"
        "When you call a contributor missing employer info, say:\n"
        "\n"
        '"Hi [FIRST NAME], this is [YOUR NAME] with the campaign. State law requires us to ask\n'
        'for the employer and occupation of contributors over $100. Do you have a moment?"\n'
        "\n"
        "Log answers in the EMPLOYER and OCCUPATION fields. Never write anything else in the\n"
        "notes field. Keisha\n",
        [],
    ),
    (
        "From: Tamsen Family Medicine\n"
        "Subject: Appointment reminder\n"
        "\n"
        "Hi Tobias,\n"
        "\n"
        "This is a reminder of your appointment with Dr. Kwan on Monday, December 14 at 9:10 AM.\n"
        "Please arrive 10 minutes early and bring your insurance card. Reply C to confirm.\n",
        [],
    ),
    (
        "Subject: Candidate night at the hall - open to the public\n"
        "\n"
        "All Tamsen County workers and their families are invited to candidate night at the\n"
        "Labor Temple, Wednesday at 6:30 PM. Both District 4 candidates will take questions.\n"
        "You don't need to be a union member to attend. Tamales and coffee provided.\n"
        "\n"
        "Tamsen Area Central Labor Council\n",
        [],
    ),
    (
        "Subject: Your rider for Saturday\n"
        "From: rides@turnouttamsen.example\n"
        "\n"
        "Hi Gwen,\n"
        "\n"
        "Your rider on Saturday is Emmanuel Okafor, 2215 Pecan Hollow Rd, pickup at 10:00 AM,\n"
        "polling place Westbrook Rec Center.\n"
        "\n"
        "He's used a power wheelchair since his stroke last spring, so we've moved you to the\n"
        "ramp van. Keys are on the hook by the copier.\n"
        "\n"
        "Reminder: rides are nonpartisan. No campaign shirts, buttons or talk in the vehicle.\n"
        "\n"
        "Thanks!\n"
        "Turnout Tamsen Rides Desk\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Turnout Tamsen - volunteer handbook, section 3: talking to voters\n"
        "\n"
        "- We never ask a voter who they support, what party they belong to, or what religion\n"
        "  they practice.\n"
        "- We don't ask about immigration status, health or criminal records.\n"
        "- If a voter volunteers that kind of information, don't write it down.\n"
        "- Our rides and registration help are for every eligible voter.\n",
        [],
    ),
    (
        "Subject: Saturday canvass pairs\n"
        "\n"
        "Hi Tobias,\n"
        "\n"
        "Jen Castellano and her wife Tasha both signed up to canvass for Marisol on Saturday.\n"
        "Can you put them on the same turf? They'd prefer the Oak Park packets since it's their\n"
        "neighborhood.\n"
        "\n"
        "Keisha\n",
        [
            ("political_opinion", ""),
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: District 4 runoff forum - logistics\n"
        "\n"
        "Thursday, December 10, 7:00 PM, Labor Temple, 118 Ferris St.\n"
        "\n"
        "- Live captioning (CART) on the side screen and ASL interpreters for the whole event.\n"
        "- Seats in the first two rows are held for anyone who needs them; no need to ask.\n"
        "- Questions from the audience on cards only; the League's moderator will read them.\n"
        "- Both candidates have confirmed.\n"
        "\n"
        "Tamsen County Civic Forum League\n",
        [],
    ),
    (
        "Subject: Victory Fund dinner - 2 tickets\n"
        "\n"
        "Hollis,\n"
        "\n"
        "Please charge my Amex 3774 549556 46884, CID 1206, for two tickets to the county "
        "party's\n"
        "Victory Fund dinner on the 18th. Seat us with the Eastside precinct chairs if you can.\n"
        "\n"
        "Warren Pasternak\n",
        [
            ("CREDIT_CARD", "3774 549556 46884"),
            ("CVV", "1206"),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: You're confirmed: Saturday canvass, Shift 2\n"
        "\n"
        "Hi Raj,\n"
        "\n"
        "You're confirmed to knock doors for Marisol this Saturday, December 12.\n"
        "\n"
        "  Shift 2: 12:30-3:30 PM\n"
        "  Staging: Venegas field office, 1810 Calloway Ave\n"
        "  Turf: Precinct 4117, packets A-14 through A-16\n"
        "\n"
        "Bring water, a charged phone with MiniVAN installed, and comfortable shoes. If\n"
        "something comes up, reply here so we can reassign your turf.\n"
        "\n"
        "Tobias Renner\n"
        "Field Director, Venegas for Council\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Voluntary self-identification - election worker recruitment\n"
        "(Does not affect your application.)\n"
        "\n"
        "Name: Desmond Achebe\n"
        "Race/ethnicity: Black or African American\n"
        "Gender: Man\n"
        "Veteran: No\n"
        "Disability: I do not want to answer\n"
        "\n"
        "Return to: Ofelia Garza, Tamsen County Elections Administration\n",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: late tomorrow\n"
        "\n"
        "Tobias, I'll be in around 11 tomorrow. Biscuit has his insulin recheck and a glucose\n"
        "curve at the vet at 8, and they won't let me drop him off. I'll cut turf for Shift 2\n"
        "from the waiting room.\n"
        "\n"
        "Keisha\n",
        [],
    ),
    (
        "Subject: rider note - Raymond\n"
        "\n"
        "Driver note for Saturday: after Raymond Castillo votes at Westbrook Rec Center, please\n"
        "stop at Main Street Pharmacy so he can pick up his Biktarvy refill. It's on the way "
        "home\n"
        "and he's already called it in.\n"
        "\n"
        "Rides Desk, Turnout Tamsen\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Re: moderating the District 4 runoff forum\n"
        "\n"
        "Hi Joan,\n"
        "\n"
        "I'd be honored to moderate, but I can't do Friday the 11th. I keep Shabbat, and from\n"
        "sundown Friday I'm at shul and then at home with my family. Could the League move it to\n"
        "Thursday, or find a co-moderator for Friday?\n"
        "\n"
        "Either way, send me the question list and I'll start trimming.\n"
        "\n"
        "Miriam Adler\n",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Deshawn's absentee ballot - jail visit Thursday\n"
        "\n"
        "Team,\n"
        "\n"
        "Deshawn Pruitt is in the Tamsen County Jail awaiting trial. He hasn't been convicted of\n"
        "anything, so he is still an eligible voter, and his absentee application was approved.\n"
        "\n"
        "Thursday's visit: we bring the ballot envelope instructions only. We do not touch the\n"
        "ballot, and we never suggest how to vote.\n"
        "\n"
        "Marcy, Turnout Tamsen jail voting project\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Re: background checks for school drives\n"
        "\n"
        "Hi Priya,\n"
        "\n"
        "To answer the volunteers' question: if a check ever comes back with an old conviction,\n"
        "it does not automatically disqualify anyone. We look at what the offense was, how long\n"
        "ago, and whether it relates to working with students, and the person always gets a\n"
        "chance to explain first.\n"
        "\n"
        "Maybe put that in the FAQ before the January drive.\n"
        "\n"
        "Lena, Volunteer Services\n",
        [],
    ),
    (
        "Subject: Prop B update: State Rep. Olvera is a Yes\n"
        "\n"
        "Hi neighbor,\n"
        "\n"
        "Big news: State Representative Carmen Olvera announced at Monday's press conference "
        "that\n"
        "she is voting Yes on Prop B, the Library & Parks Bond. She joins Mayor Dennis Akers and\n"
        "four of seven council members.\n"
        "\n"
        "Early voting ends today. Find your polling place at tamsenvotes.example.\n"
        "Paid for by Yes on Prop B - Library & Parks Bond Committee\n",
        [],
    ),
    (
        "Subject: seating for Carla at Thursday's forum\n"
        "\n"
        "Hi Bev,\n"
        "\n"
        "Carla Whitfield called again. She lost most of the hearing in her left ear after the\n"
        "meningitis last year and needs a seat in the first two rows, by the captioning screen.\n"
        "Please hold A3 for her and put a reserved card on it.\n"
        "\n"
        "Doors open at 6:15; the candidates arrive at 6:40.\n"
        "\n"
        "Joan\n"
        "Tamsen County Civic Forum League\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Your contribution to Venegas for Council - receipt\n"
        "From: receipts@venegasfordistrict4.example\n"
        "\n"
        "Hi Dolores,\n"
        "\n"
        "Thank you for your contribution of $150.00 to Marisol Venegas for Council, District 4,\n"
        "received December 6, 2026 at 9:14 PM.\n"
        "\n"
        "Payment: Visa ending in 8656\n"
        "Contribution ID: VFC-2026-11873\n"
        "Election designation: Runoff, December 12\n"
        "\n"
        "State law requires us to report the name, address, employer and occupation of anyone\n"
        "giving over $100. You listed: Harlow Bend ISD / Librarian.\n"
        "\n"
        "Contributions to Venegas for Council are not tax deductible.\n"
        "Venegas for Council - PO Box 4417 - Harlow Bend\n",
        [
            ("CREDIT_CARD_LAST_DIGITS", "8656"),
            ("political_opinion", ""),
        ],
    ),
    (
        "From: Pinecrest Federal Credit Union\n"
        "Subject: Anjali, your credit score is up\n"
        "\n"
        "Hi Anjali,\n"
        "\n"
        "Your credit score this month is 712. When your auto loan opened in March 2025 it was\n"
        "654. Nice work!\n"
        "\n"
        "Scores are provided for your information and are not used by Pinecrest for decisions.\n",
        [
            ("CREDIT_SCORE", "712"),
            ("CREDIT_SCORE", "654"),
        ],
    ),
    (
        "Subject: Your hereditary cancer panel result\n"
        "\n"
        "Hi Nadia,\n"
        "\n"
        "Your panel from November 18 found one pathogenic variant in the MLH1 gene. This variant\n"
        "is associated with Lynch syndrome. It is not a cancer diagnosis.\n"
        "\n"
        "We'll go over what it means and talk through screening options at your follow-up on\n"
        "December 17 at 2:00 PM.\n"
        "\n"
        "Hannah Sorensen, MS, CGC\n"
        "Genetic Counseling, Tamsen Regional\n",
        [
            ("genetic", ""),
        ],
    ),
    (
        "Venegas for Council - contribution FAQ\n"
        "\n"
        "How much can I give? Up to $500 per election from an individual. The general and the\n"
        "runoff are separate elections.\n"
        "Why do you ask for my employer and occupation? State law requires us to use our best\n"
        "efforts to collect it for contributions over $100 in a cycle.\n"
        "Can I give in cash? Up to $100.\n"
        "Can corporations give? No.\n",
        [],
    ),
    (
        "VOTER REGISTRATION APPLICATION (sample - do not submit)\n"
        "\n"
        "1. Last name ______________  First name ______________  Middle ________\n"
        "2. Residence address __________________________________________\n"
        "3. Date of birth ___/___/______\n"
        "4. Driver's license or state ID number: ______________\n"
        "5. If none, last four digits of your Social Security number: XXX-XX-____\n"
        "6. [ ] I do not have a driver's license, ID or Social Security number.\n"
        "\n"
        "Completed forms go to the Tamsen County Elections Administration.\n",
        [],
    ),
    (
        "Subject: Re: how much more can I give?\n"
        "From: treasurer@pikeforharlowbend.example\n"
        "\n"
        "Hi Bernadette,\n"
        "\n"
        "Good question, and thank you for checking first. Your $500 in October, on the Visa\n"
        "ending 6800, counted toward the general election. The runoff is a separate election,\n"
        "so you may give Gordon up to another $500 for December 12.\n"
        "\n"
        "Ray can give his own $500 too, even from your joint card, as long as he signs the\n"
        "contributor card himself so it's attributed to him.\n"
        "\n"
        "Thanks again for standing with Gordon,\n"
        "Lyle Ferrante, Treasurer, Pike for Harlow Bend\n",
        [
            ("political_opinion", ""),
            ("CREDIT_CARD_LAST_DIGITS", "6800"),
        ],
    ),
    (
        "ChipStream - daily settlement report, Dec 7\n"
        "Committee: Venegas for Council\n"
        "\n"
        "txn 5126768510025261   $25.00   settled\n"
        "txn 5146103420462541   $50.00   settled\n"
        "txn 3108666799156109   $10.00   refunded\n"
        "txn 4526353382215006   $100.00  settled\n"
        "\n"
        "Net deposit: $175.00 to account on file. Batch 68160051714686.\n",
        [],
    ),
    (
        "Voicemail transcription - (830) 555-0109 - Dec 8, 10:42 AM\n"
        "\n"
        '"Hello, this is ChipStream calling with your verification code.\n'
        "Your code is seven seven seven five three four. It expires in ten minutes.\n"
        'If you did not request this code, call ChipStream support."\n',
        [
            ("ACCESS_CODE", "seven seven seven five three four"),
        ],
    ),
    (
        "From: Main Street Pharmacy\n"
        "Subject: Your order has shipped\n"
        "\n"
        "Hi Anjali, your order #RX-440918 shipped today via Lonestar Courier and should arrive\n"
        "Thursday. Tracking: LSC8812930477. A signature is not required.\n",
        [],
    ),
    (
        "Subject: pledge from the house party\n"
        "\n"
        "Keisha, here's my card for the $100 I promised Marisol at the Delgados' house party:\n"
        "\n"
        "4638 6344 9920\n"
        "3576  exp 11/28\n"
        "\n"
        "Zip is 77338. Thanks for all you do.\n"
        "Lorraine Pettis\n",
        [
            ("CREDIT_CARD", "4638 6344 9920\n3576"),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Prop B ballot language lawsuit - status\n"
        "\n"
        "Committee members,\n"
        "\n"
        "The civil suit over the Prop B ballot language (Harlow Bend Taxpayers Alliance v. City\n"
        "of Harlow Bend, No. 2026-CV-04418) was dismissed Friday. The judge found the caption\n"
        "was not misleading. The measure stays on the December 12 ballot.\n"
        "\n"
        "Counsel's full memo is in the shared drive.\n",
        [],
    ),
    (
        "Tamsen County Elections Administration\n"
        "Election Worker Application - accommodation request\n"
        "\n"
        "Applicant: Reuben Kessler\n"
        "Preferred role: Clerk, Westbrook Rec Center\n"
        "Party affiliation: No party preference\n"
        "Accommodation requested: I have type 1 diabetes and wear an insulin pump. I'll need\n"
        "to keep juice and snacks at my station and step away briefly to check my glucose.\n"
        "\n"
        "Received December 7, 2026. Ofelia Garza will contact you.\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Tamsen County Elections Administration\n"
        "Election Worker Application - received\n"
        "\n"
        "Name: Harriet Lindqvist\n"
        "Preferred role: Clerk\n"
        "Languages: English, Swedish\n"
        "SSN, last four (for payroll): 1350\n"
        "Party affiliation (used only to balance precinct boards): Republican\n"
        "Availability: Saturday, December 12 (runoff), full day\n"
        "Training: Thursday, December 10, 6:00 PM, Elections Annex Room B\n"
        "\n"
        "Questions? Ofelia Garza, Election Worker Recruitment, (830) 555-0147\n",
        [
            ("political_opinion", ""),
            ("US_SSN", "1350"),
        ],
    ),
    (
        "Subject: [ChipStream] Webhook deliveries failing for Yes on Prop B\n"
        "\n"
        "Hello,\n"
        "\n"
        "Your endpoint https://yesonpropb.example/hooks/chipstream returned 401 for 37 events\n"
        "since December 5. Here is the last request we sent, for your developer:\n"
        "\n"
        "  POST /hooks/chipstream\n"
        "  X-ChipStream-Account: acct_7Hq2LmV9\n"
        "  X-ChipStream-Signing-Secret: whsec_ao7goFvlY71A2VjsBfqMisKEKwsl2jBd\n"
        "  Event: contribution.succeeded\n"
        "\n"
        "Deliveries will be retried for 72 hours.\n"
        "ChipStream Support\n",
        [
            ("API_KEY", "whsec_ao7goFvlY71A2VjsBfqMisKEKwsl2jBd"),
        ],
    ),
    (
        "FOR IMMEDIATE RELEASE - December 7, 2026\n"
        "\n"
        "United Sheet Metal & Roofing Workers Local 88 endorses Marisol Venegas for City Council\n"
        "\n"
        "Harlow Bend - The executive board of Local 88 voted unanimously to endorse Marisol\n"
        'Venegas in the District 4 runoff. "Marisol stood with working families on the '
        "prevailing\n"
        'wage ordinance," said Business Manager Lonnie Marsh.\n'
        "\n"
        "Local 88 represents roughly 1,400 sheet metal and roofing workers in Tamsen and two\n"
        "neighboring counties. Contact: press@smrw88.example\n",
        [],
    ),
    (
        "Subject: Refund of excess contribution\n"
        "\n"
        "Dear Ms. Albrecht,\n"
        "\n"
        "Your contributions to Venegas for Council this cycle total $1,250, which is $250 over\n"
        "the per-election limit. We are refunding $250 by international transfer to the account\n"
        "you gave us:\n"
        "\n"
        "  IBAN: DE48 3291 5323 1979 8615 35\n"
        "\n"
        "Thank you for your support of Marisol from Hamburg!\n"
        "Nadia Rowe, Treasurer\n",
        [
            ("IBAN_CODE", "DE48 3291 5323 1979 8615 35"),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: ChipStream account details for the web team\n"
        "\n"
        "Dev,\n"
        "\n"
        "Here is what's safe to put in the front-end config for the Prop B donate page:\n"
        "\n"
        "  Account ID: acct_7Hq2LmV9\n"
        "  Publishable key: pk_live_wZDR72vrJCWRq8WB8vOvhf1hXmMI\n"
        "\n"
        "The secret key stays in the server environment; I will not send it by email.\n"
        "\n"
        "Nadia\n",
        [],
    ),
    (
        "From: Pinecrest Federal Credit Union\n"
        "Subject: Know your number\n"
        "\n"
        "Did you know members can see their credit score free in online banking? Scores range\n"
        "from 300 to 850, and checking your own score never lowers it.\n"
        "\n"
        'Sign in and tap "My Credit" to get started.\n',
        [],
    ),
    (
        "Venegas for Council - pay statement\n"
        "Pay date: December 4, 2026\n"
        "\n"
        "Employee: Keisha Lamont, Volunteer Coordinator\n"
        "Gross pay: $1,850.00\n"
        "Federal income tax: $162.40\n"
        "Social Security: $114.70\n"
        "Medicare: $26.83\n"
        "Campaign Workers Guild dues: $27.75\n"
        "Net pay: $1,518.32\n",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: Your rental application at Cypress Landing\n"
        "\n"
        "Dear Tobias Renner,\n"
        "\n"
        "We are unable to approve your application for unit 214. Our decision was based in\n"
        "whole or in part on information from Northline Tenant Data.\n"
        "\n"
        "Credit score used: 588 (scores range from 300 to 850)\n"
        "Items on the report that affected the decision:\n"
        "- Collection account, Lakeshore Utilities, $1,240, reported 03/2025\n"
        "- 60-day late payment on Harbor Auto Finance installment loan, 08/2025\n"
        "\n"
        "You may request a free copy of the report within 60 days.\n"
        "Cypress Landing Leasing Office\n",
        [
            ("CREDIT_SCORE", "588"),
            ("CREDIT_REPORT", "Collection account, Lakeshore Utilities, $1,240, reported 03/2025"),
            (
                "CREDIT_REPORT",
                "60-day late payment on Harbor Auto Finance installment loan, 08/2025",
            ),
        ],
    ),
    (
        "Clearpath Screening - authorization received\n"
        "\n"
        "Requested by: Turnout Tamsen (school registration drives)\n"
        "Name: Bryce Holloway\n"
        "SSN: 098-25-3381\n"
        "Driver's license: 33181102\n"
        "Status: submitted; results in 3-5 business days\n",
        [
            ("US_SSN", "098-25-3381"),
            ("US_DRIVER_LICENSE", "33181102"),
        ],
    ),
    (
        "Tamsen County Elections Administration - election worker timeclock policy\n"
        "\n"
        "Starting with the December 12 runoff, election workers will clock in at a fingerprint\n"
        "timeclock in each precinct. The device stores a mathematical template, not an image of\n"
        "your fingerprint, and deletes it 30 days after the election. You may choose a PIN\n"
        "instead. Signing the consent form is voluntary.\n",
        [],
    ),
    (
        "Subject: Re: employer and occupation for your gift\n"
        "\n"
        "Employer: Bexley Hardware. Occupation: store manager.\n"
        "\n"
        "And tell Marisol we pray for her every Wednesday at Calvary Assembly, where I've been a\n"
        "deacon since 2011. Glad to chip in for the runoff.\n"
        "\n"
        "Curtis Bell\n",
        [
            ("political_opinion", ""),
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Holiday Victory Fund dinner - early bird pricing\n"
        "\n"
        "Hi friend,\n"
        "\n"
        "Join the Tamsen County Democratic Party for our Victory Fund dinner on December 18 at\n"
        "the Riverside Pavilion. Use promo code RUNOFF26 for $20 off a table of eight through\n"
        "Sunday.\n"
        "\n"
        "Tickets: tamsendems.example/dinner\n",
        [],
    ),
    (
        "ChipStream donor support - chat transcript\n"
        "\n"
        "Donor: I'm locked out and want to cancel my monthly gift to Pike for Harlow Bend.\n"
        "Agent: I can help. Can you confirm your old password and your security answer?\n"
        "Donor: old password was Gr@ckle2019. street you grew up on: Ocotillo Lane\n"
        "Agent: Thank you, Mr. Dunaway. Your recurring contribution is cancelled.\n",
        [
            ("PASSWORD", "Gr@ckle2019"),
            ("PASSWORD", "Ocotillo Lane"),
            ("political_opinion", ""),
        ],
    ),
    (
        "Tamsen County Elections Administration - Runoff Notice\n"
        "\n"
        "Your precinct: 4117\n"
        "Ballot style: 23B (City Council District 4 runoff; Prop B)\n"
        "Polling place on December 12: Westbrook Rec Center, 300 Westbrook Dr, 7 AM - 7 PM\n"
        "\n"
        "Bring an acceptable photo ID. A list is printed on the back of this card.\n"
        "Questions: (830) 555-0100 or tamsenvotes.example\n",
        [],
    ),
    (
        "From: Tamsen County Health District <partnerservices@tamsenhealth.example>\n"
        "Subject: Confidential - please call us\n"
        "\n"
        "Hello Marcus,\n"
        "\n"
        "Someone you had sexual contact with in the past 60 days has been diagnosed with\n"
        "gonorrhea and gave us your name so you could be told. Testing and treatment are free\n"
        "at our Pell Street clinic. We won't share who named you.\n"
        "\n"
        "Call Vanessa at (830) 555-0118, Monday to Friday.\n",
        [
            ("health", ""),
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: can't make Saturday\n"
        "\n"
        "Tobias,\n"
        "\n"
        "I'm so sorry, I have to drop my canvass shift. My oncologist moved my chemo to Friday\n"
        "and I'm useless for two days after. I can make calls for Marisol from home on Monday if\n"
        "you still want me.\n"
        "\n"
        "Greta\n",
        [
            ("health", ""),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Prop B contributions export, Dec 1-7\n"
        "\n"
        "contributor,city,amount,employer,occupation,method,card_last4\n"
        '"Alvarado, Ines",Harlow Bend,250.00,Tamsen Regional Hospital,Nurse,card,4056\n'
        '"Kowalczyk, Peter",Harlow Bend,100.00,Self-employed,Carpenter,card,6757\n'
        '"Nguyen, Bao",Pell City,500.00,Halvorsen & Reyes LLP,Attorney,check,\n'
        '"Whitaker, Lena",Harlow Bend,75.00,Retired,Retired,card,6481\n'
        "\n"
        "Totals: 4 contributions, $925.00. Yes on Prop B - Library & Parks Bond Committee\n",
        [
            ("political_opinion", ""),
            ("CREDIT_CARD_LAST_DIGITS", "4056"),
            ("CREDIT_CARD_LAST_DIGITS", "6757"),
            ("CREDIT_CARD_LAST_DIGITS", "6481"),
        ],
    ),
    (
        "Subject: Re: thank you for your gift\n"
        "\n"
        "Keisha, you don't need to thank me.\n"
        "\n"
        "I gave because Marisol was the only candidate at the forum who talked about treatment\n"
        "beds. My son Eli died of a fentanyl overdose in 2024 after two years in and out of\n"
        "rehab. If it's allowed, put the contribution down in his memory.\n"
        "\n"
        "June Halvorsen\n",
        [
            ("health", ""),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Rides to the polls - you're driving for Gordon!\n"
        "\n"
        "Hi Earl,\n"
        "\n"
        "Thanks for volunteering to drive voters for the Pike campaign on Saturday. For our\n"
        "insurance binder we have your Texas driver's license as 22519664. Pick up your magnet\n"
        "signs at headquarters Friday after 4.\n"
        "\n"
        "Lyle\n"
        "Pike for Harlow Bend\n",
        [
            ("political_opinion", ""),
            ("US_DRIVER_LICENSE", "22519664"),
        ],
    ),
    (
        "Subject: interpreter for Saturday\n"
        "\n"
        "Hi Ofelia,\n"
        "\n"
        "Mr. Tran at 44 Birchwood called the hotline and would like a Vietnamese interpreter "
        "when\n"
        "he votes at Westbrook Rec Center on Saturday, around 10 AM. Can you confirm one will be\n"
        "at that site?\n"
        "\n"
        "Hotline desk, Tamsen County Elections Administration\n",
        [],
    ),
    (
        "ChipStream - identity verification complete\n"
        "\n"
        "Committee: Yes on Prop B - Library & Parks Bond Committee\n"
        "Authorized representative: Nadia Rowe\n"
        "Document: state driver's license, verified\n"
        "Selfie-to-document face match: 97.4 (threshold 90.0)\n"
        "Liveness check: passed\n"
        "\n"
        "Payouts to the committee's bank account are now enabled.\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: registration table after Mass on Sunday\n"
        "\n"
        "Hi Lupe,\n"
        "\n"
        "Father Ibarra said yes to our voter registration table at St. Agnes this Sunday. Since\n"
        "you sing in the 11:30 Spanish choir every week anyway, would you staff the table after\n"
        "that Mass? I'll bring forms and the folding table.\n"
        "\n"
        "Priya\n",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Tamsen Area Building Trades Council - 2026 runoff candidate questionnaire\n"
        "\n"
        "Candidate name: ____________________\n"
        "Office sought: ____________________\n"
        "\n"
        "1. Will you support a project labor agreement on the new library branch?  Yes / No\n"
        "2. Will you support prevailing wage on city-funded projects?  Yes / No\n"
        "3. Have you ever crossed a picket line?  Yes / No  Explain: ____________\n"
        "\n"
        "Return by December 1 to questionnaire@tamsentrades.example\n",
        [],
    ),
    (
        "Subject: Your petition - order granted\n"
        "\n"
        "Dear Mr. Renner,\n"
        "\n"
        "Good news. Judge Castellanos signed the order of nondisclosure on your 2016 possession\n"
        "charge this morning. Once DPS processes it, private background check companies should\n"
        "no longer report it.\n"
        "\n"
        "A certified copy will come by mail. No further action is needed from you.\n"
        "\n"
        "Alicia Pham, Tamsen Legal Aid\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: timer for Thursday\n"
        "\n"
        "Joan,\n"
        "\n"
        "Ben tested positive for COVID on Sunday, so he won't be running the timer at the\n"
        "forum. I can do it, or Bev can. Ben says he's fine otherwise, just stuck at home.\n"
        "\n"
        "Stella\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: two signs for our corner lot\n"
        "\n"
        "Hi team,\n"
        "\n"
        "My husband Paul and I would like two Venegas signs. We're on the corner of Grady and\n"
        "9th, so one can face each street. We've been Marisol fans since the library fight.\n"
        "\n"
        "Leave them by the garage if nobody's home.\n"
        "\n"
        "Kevin Oduya\n",
        [
            ("political_opinion", ""),
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: treasurer handover - bank login\n"
        "\n"
        "Nadia,\n"
        "\n"
        "As promised, here's the campaign's login for Hill Country Community Bank online "
        "banking:\n"
        "\n"
        "  User ID: vfc4treasurer\n"
        "  Password: Brisket&Ballots!26\n"
        "  Security question (first concert you attended): Astrodome rodeo\n"
        "\n"
        "Please change the password once you're in, and delete this email.\n"
        "\n"
        "Marco\n",
        [
            ("PASSWORD", "Brisket&Ballots!26"),
            ("PASSWORD", "Astrodome rodeo"),
        ],
    ),
    (
        "Subject: Your tribal ID and Saturday\n"
        "\n"
        "Hi Sam,\n"
        "\n"
        "Good news: the elections office confirmed that your tribal ID card is an accepted\n"
        "photo ID at the polls. For the voter file update we filled in:\n"
        "\n"
        "  Tribal nation: Oxbow Creek Nation (enrolled member)\n"
        "  Tribal ID card number: 3254170\n"
        "\n"
        "If the number on your card looks different, text me a photo before Friday.\n"
        "\n"
        "Priya, Turnout Tamsen\n",
        [
            ("US_STATE_ID", "3254170"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "From: Pinecrest Federal Credit Union <alerts@pinecrestfcu.example>\n"
        "Subject: Your sign-in code\n"
        "\n"
        "Your Pinecrest online banking sign-in code is 729112. It expires in 10 minutes.\n"
        "Pinecrest will never call or text you to ask for this code.\n",
        [
            ("ACCESS_CODE", "729112"),
        ],
    ),
    (
        "Subject: Civic outreach fellowship - application\n"
        "\n"
        "Hi Ms. Nair,\n"
        "\n"
        "I'm applying for the civic outreach fellowship. I'm Hmong. My parents came from the\n"
        "refugee camp at Ban Vinai in 1989, and I grew up filling out forms for my grandmother.\n"
        "I'd like to focus on the Hmong families on the east side who've never been contacted.\n"
        "\n"
        "Resume attached.\n"
        "Pa Nhia Vang\n",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Driver form - insurance needs your license number\n"
        "\n"
        "Hi Gwen,\n"
        "\n"
        "Our insurer needs each volunteer driver's license number on file before Saturday. We\n"
        "have your Ohio license, PT087977, since you said you haven't switched yet. If you have\n"
        "a new in-state license, send that number instead.\n"
        "\n"
        "Thanks for driving!\n"
        "Rides Desk, Turnout Tamsen\n",
        [
            ("US_DRIVER_LICENSE", "PT087977"),
        ],
    ),
    (
        "Subject: Your registration form - one thing to fix\n"
        "\n"
        "Hi Minh,\n"
        "\n"
        "Thanks for stopping by our table at the Eastfield Market. Before we hand in your form,\n"
        "please check what we copied:\n"
        "\n"
        "- Driver's license number: 61799323 (read off your license, please confirm)\n"
        "- Last four of your SSN: 6297\n"
        "- Mailing address: same as residence\n"
        "\n"
        "Box 7 (previous address) is missing the zip code. Could you reply with it? Your form\n"
        "goes to the elections office on Thursday.\n"
        "\n"
        "Priya Nair\n"
        "Turnout Tamsen\n",
        [
            ("US_DRIVER_LICENSE", "61799323"),
            ("US_SSN", "6297"),
        ],
    ),
    (
        "Subject: Your appointment as precinct chair\n"
        "\n"
        "Dear Wallace Teague,\n"
        "\n"
        "Congratulations! The Tamsen County Republican Party executive committee voted on\n"
        "December 3 to appoint you chair of Precinct 2207 through the end of the term.\n"
        "\n"
        "Your first meeting is Monday at 7 PM at party headquarters, 410 Commerce St.\n"
        "\n"
        "Deb Halloran, County Chair\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Q4 filing checklist - county party\n"
        "\n"
        "Nadia,\n"
        "\n"
        "For the federal account and the state account, use these on the cover sheets:\n"
        "\n"
        "  FEC committee ID: C00718263\n"
        "  State filer ID: 00084417\n"
        "  EIN: 74-2918836\n"
        "\n"
        "The semiannual report covers July 1 through December 31 and is due January 15. Don't\n"
        "forget the runoff-period report is due eight days before the election, which means "
        "Friday.\n"
        "\n"
        "Hollis\n",
        [],
    ),
    (
        "Marisol Venegas on the runoff: a statement\n"
        "\n"
        "\"I'm running because every block in District 4 deserves a working streetlight, a safe\n"
        "crossing to school and a library that's open on Saturdays. I support the Library &\n"
        "Parks Bond, a tenant right-to-counsel pilot, and moving council meetings to 6 PM so\n"
        'working people can come."\n'
        "\n"
        "Venegas for Council - venegasfordistrict4.example\n",
        [],
    ),
    (
        "Subject: internal - tracking poll topline (Dec 3-5)\n"
        "\n"
        "n=412 likely runoff voters, +/- 4.8\n"
        "\n"
        "Venegas 48, Pike 44, undecided 8\n"
        "Union households: Venegas 58, Pike 35\n"
        "Latino voters: Venegas 61, Pike 30\n"
        "Weekly churchgoers: Pike 52, Venegas 41\n"
        "Prop B: Yes 54, No 39\n"
        "\n"
        "Do not forward outside the senior staff list.\n",
        [],
    ),
    (
        "Subject: before Saturday\n"
        "\n"
        "Keisha,\n"
        "\n"
        "Before I show up Saturday I want to be upfront. I did six years at Crestmoor State\n"
        "Prison and finished parole in 2023. If that's a problem for knocking doors for Marisol,\n"
        "just tell me and I'll make calls instead.\n"
        "\n"
        "Terrence\n",
        [
            ("criminal_history", ""),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Free rides to the polls on Saturday\n"
        "\n"
        "Hi friend,\n"
        "\n"
        "Turnout Tamsen is offering free, nonpartisan rides to the polls on Saturday,\n"
        "December 12, from 7 AM to 7 PM. Wheelchair-accessible ramp vans are available, and\n"
        "drivers can wait while you vote. Curbside voting is offered at every polling place for\n"
        "voters who can't stand in line.\n"
        "\n"
        "Book a ride: (830) 555-0124 or turnouttamsen.example/rides\n",
        [],
    ),
    (
        "Subject: Ride request for Saturday\n"
        "\n"
        "Hello Turnout Tamsen,\n"
        "\n"
        "My mother, Samira Haddad, needs a ride to vote on Saturday. She has dialysis at the\n"
        "Northgate center until 1:30, so could the driver pick her up there at 1:45? She's worn\n"
        "out after treatment, so curbside voting would be best if the site offers it.\n"
        "\n"
        "My number is (830) 555-0163.\n"
        "Nour Haddad\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: bank called\n"
        "\n"
        "Nadia,\n"
        "\n"
        "Hill Country Community Bank's telephone banking PIN for the campaign account is now\n"
        "7994 (I changed it after Marco left). And the verification code they just texted me for\n"
        "the new wire template is 146701, if you're still on the phone with them.\n"
        "\n"
        "Hollis\n",
        [
            ("PIN", "7994"),
            ("ACCESS_CODE", "146701"),
        ],
    ),
    (
        "Clearpath Screening - volunteer report complete\n"
        "\n"
        "Requested by: Turnout Tamsen (school registration drives)\n"
        "Candidate: Yolanda Briggs\n"
        "County criminal search (Tamsen): no records found\n"
        "Statewide criminal search: no records found\n"
        "Sex offender registry: no records found\n"
        "Fingerprints: checked via Live Scan, no record\n"
        "Result: Clear\n",
        [],
    ),
    (
        "Subject: Yes, you can register now\n"
        "\n"
        "Hi Darnell,\n"
        "\n"
        "I checked with the elections office about your question from Tuesday. Because you\n"
        "finished your parole in September, your right to vote is already restored. There's no\n"
        "waiting period and no extra paperwork, just the regular registration form.\n"
        "\n"
        "The deadline for the spring election is March 9. Want me to bring a form by the "
        "barbershop?\n"
        "\n"
        "Priya Nair\n"
        "Turnout Tamsen\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Re: One more thing we need: employer and occupation\n"
        "\n"
        "> State law requires us to use our best efforts to collect the employer and\n"
        "> occupation of every contributor who gives more than $100 in a cycle.\n"
        "\n"
        "Sorry for the slow reply. I'm retired now, I was an inside wireman for 31 years.\n"
        "Still a card-carrying member of Brazos Valley Electrical Workers Local 412, dues paid\n"
        'through 2027, but for employer you can just put "retired".\n'
        "\n"
        "The $200 was for Marisol, obviously. Tell her the east side is with her.\n"
        "\n"
        "Frank Medeiros\n",
        [
            ("political_opinion", ""),
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: Be an election worker on December 12\n"
        "\n"
        "Tamsen County needs 140 more election workers for the runoff. Workers are paid $15 an\n"
        "hour plus $30 for training. Bilingual Spanish and Vietnamese speakers are especially\n"
        "needed.\n"
        "\n"
        "The application asks for your party affiliation only so that each precinct board can be\n"
        'balanced as state law requires. Choosing "no party preference" is always an option.\n'
        "\n"
        "Apply: tamsenvotes.example/work\n"
        "Ofelia Garza, Election Worker Recruitment\n",
        [],
    ),
    (
        "Subject: Your vote, your voice - know your rights\n"
        "\n"
        "Hi friend,\n"
        "\n"
        "In our state, people with a felony conviction can register and vote again once they\n"
        "have completed their sentence, including any parole or probation. People in the county\n"
        "jail awaiting trial are still eligible and can vote by mail.\n"
        "\n"
        "Questions? Turnout Tamsen's voting rights line: (830) 555-0131.\n",
        [],
    ),
    (
        "Subject: W-9 for the yard sign invoice\n"
        "\n"
        "Nadia,\n"
        "\n"
        "Attached is my W-9 for the yard sign job. I'm a sole proprietor and don't have an SSN,\n"
        "so on line 1 I used my ITIN, 900-86-4459.\n"
        "\n"
        "Invoice 2217 is $1,480 for 400 corrugated signs and stakes.\n"
        "\n"
        "Hugo Salcedo\n"
        "Salcedo Print & Sign\n",
        [
            ("US_ITIN", "900-86-4459"),
        ],
    ),
    (
        "Tamsen County Elections Administration - mail ballot batch log\n"
        "\n"
        "Batch 954-59-8165   received 11:02   612 envelopes   signature review queued\n"
        "Batch 666-86-3476   received 13:40   587 envelopes   signature review queued\n"
        "Batch 987-73-0529   received 15:15   498 envelopes   in progress\n"
        "\n"
        "Next pickup from the Central Post Office: 9:00 AM.\n",
        [],
    ),
    (
        "Receipt template - v3 (do not send as-is)\n"
        "\n"
        "Hi {first_name},\n"
        "\n"
        "Thank you for your contribution of {amount} to Venegas for Council, received {date}.\n"
        "\n"
        "Payment: {card_brand} ending in {last4}\n"
        "Employer / occupation: {employer} / {occupation}\n"
        "\n"
        "Contributions are not tax deductible.\n",
        [],
    ),
    (
        "Subject: Hi friend - 4 days left\n"
        "\n"
        "Hi friend,\n"
        "\n"
        "Early voting ends today, and the District 4 runoff is Saturday, December 12. Marisol\n"
        "Venegas finished first in November by 212 votes, and runoffs are won on turnout.\n"
        "\n"
        "Can you chip in $25 before midnight so we can keep canvassers on the doors in Precinct\n"
        "4117 and 4120? Every gift is matched by our finance committee until Friday.\n"
        "\n"
        "Chip in: https://venegasfordistrict4.example/runoff\n"
        "Paid for by Venegas for Council\n",
        [],
    ),
    (
        "Turnout Tamsen - December newsletter\n"
        "\n"
        "Why rides matter. One rider last year (we'll call her Ms. R.) had just finished a round\n"
        "of chemotherapy and told our driver she'd never missed an election in 50 years. She\n"
        "didn't miss that one either.\n"
        "\n"
        "This runoff we have 31 drivers and four ramp vans. Know someone who needs a ride?\n"
        "Call (830) 555-0124.\n",
        [],
    ),
    (
        "Tamsen County Elections Administration - voter registration status\n"
        "\n"
        "Name: Rosalind Mbeki\n"
        "Status: Active\n"
        "Precinct: 2207\n"
        "Registered: October 2, 2026\n"
        "Polling place for December 12: Fire Station 3, 812 Ridge Rd\n"
        "\n"
        "Look up a sample ballot at tamsenvotes.example.\n",
        [],
    ),
    (
        "Subject: Keisha, your Rootwise ancestry results are ready\n"
        "\n"
        "Hi Keisha,\n"
        "\n"
        "Your DNA has been processed. Your ethnicity estimate:\n"
        "\n"
        "  Nigerian  41%\n"
        "  Ghanaian & Ivorian  22%\n"
        "  Cameroonian  13%\n"
        "  Scottish  9%\n"
        "  Other regions  15%\n"
        "\n"
        "Sign in to see your DNA relatives and migration stories.\n",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: 30% off DNA kits this week\n"
        "\n"
        "Give the gift of heritage. Rootwise ancestry kits are 30% off through December 14.\n"
        "Discover your ethnicity estimate, find DNA relatives, and explore migration stories\n"
        "from over 2,000 regions.\n"
        "\n"
        "Shop now at rootwise.example. Offer ends Monday.\n",
        [],
    ),
    (
        "ChipStream - refund issued\n"
        "\n"
        "Committee: Venegas for Council\n"
        "Contributor: Ingrid Paulsen\n"
        "Original contribution: $50.00 on November 28, 2026\n"
        "Refund reason: contributor is a city contractor (prohibited source)\n"
        "Refunded to: Discover ending in 0565\n",
        [
            ("political_opinion", ""),
            ("CREDIT_CARD_LAST_DIGITS", "0565"),
        ],
    ),
    (
        "Precinct 4117 - Westbrook Rec Center - Runoff board\n"
        "\n"
        "Inspector: Carla Ruiz\n"
        "Alternate inspector: Bill Thorsen\n"
        "Clerks: Denise Wu, Jamal Ortiz, Fran Ellery, Min-jun Park\n"
        "Setup: Friday 4 PM. Polls open Saturday 7 AM.\n"
        "\n"
        "Ofelia Garza, Tamsen County Elections Administration\n",
        [],
    ),
    (
        "Harlow Bend Ledger - morning roundup\n"
        "\n"
        "The District 4 runoff between Marisol Venegas and Gordon Pike is Saturday. Venegas has\n"
        "the endorsement of the Building Trades Council and two sitting council members; Pike is\n"
        "backed by the Chamber PAC and former mayor Ted Lusk. Campaign reports filed Monday show\n"
        "Venegas raised $61,400 since November and Pike $58,900.\n"
        "\n"
        "Prop B, the $48 million Library & Parks Bond, is also on the ballot.\n",
        [],
    ),
    (
        "Tamsen County Civic Forum League - Runoff Voters' Guide, District 4\n"
        "\n"
        "We asked both candidates the same three questions and print their answers unedited.\n"
        "The League does not support or oppose any candidate or party.\n"
        "\n"
        "Q1. What is the city's most urgent housing need?\n"
        'Venegas: "Protecting renters on the east side from sudden rent spikes."\n'
        'Pike: "Cutting permit delays so builders can add supply."\n'
        "\n"
        "Q2. Would you support a charter amendment for single-member districts?\n"
        'Venegas: "Yes."  Pike: "I\'d want to see the maps first."\n'
        "\n"
        "Guide printed in English, Spanish and Vietnamese. civicleague-tamsen.example\n",
        [],
    ),
    (
        "Subject: Pre-adverse action notice - volunteer application\n"
        "\n"
        "Dear Colette Ambrose,\n"
        "\n"
        "Before we make a final decision on your application to volunteer at our high school\n"
        "registration drives, we are sending you a copy of the report we received from\n"
        "Clearpath Screening and a summary of your rights.\n"
        "\n"
        "The report lists a 2021 misdemeanor theft charge in Tamsen County, resolved with\n"
        "deferred adjudication and 12 months of community supervision.\n"
        "\n"
        "You have five business days to tell us if anything in the report is wrong.\n"
        "\n"
        "Turnout Tamsen Volunteer Services\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Election worker payroll - please confirm\n"
        "\n"
        "Hi Harold,\n"
        "\n"
        "Before we process your runoff stipend ($180), please confirm the details we have:\n"
        "\n"
        "  SSN: 657-72-3781\n"
        "  Direct deposit routing number: 312951342\n"
        "  Account number: 872768530\n"
        "\n"
        'Reply "confirmed" or send corrections by Friday.\n'
        "Payroll, Tamsen County Elections Administration\n",
        [
            ("US_SSN", "657-72-3781"),
            ("ABA_ROUTING_NUMBER", "312951342"),
            ("US_BANK_NUMBER", "872768530"),
        ],
    ),
    (
        "Subject: Re: registering without a driver's license\n"
        "\n"
        "Hi Loretta,\n"
        "\n"
        "Yes, your state ID card works. On the form, write the ID number in the box that says\n"
        "\"Driver's license or state ID number\". From the photo you sent, that's 46866996\n"
        "(it expires in 2029, so you're fine).\n"
        "\n"
        "You don't need to add your Social Security digits if you give the ID number.\n"
        "\n"
        "Priya, Turnout Tamsen\n",
        [
            ("US_STATE_ID", "46866996"),
        ],
    ),
    (
        "Subject: Wednesday phone bank - heads up about Yusuf\n"
        "\n"
        "Hi Keisha,\n"
        "\n"
        "Yusuf Rahimi is on the 5-8 PM phone bank for Marisol on Wednesday. He asked whether he\n"
        "can step out around 5:35 to pray Maghrib in the back office, as he does every evening.\n"
        "I told him that's fine and that we'd keep the room free.\n"
        "\n"
        "He'll take the Spanish and Dari lists.\n"
        "\n"
        "Tobias\n",
        [
            ("political_opinion", ""),
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: field plan - me\n"
        "\n"
        "Tobias,\n"
        "\n"
        "I'm 31 weeks now, and my OB told me yesterday to stop walking turf because of my blood\n"
        "pressure. Can I take over the phone bank room instead, through Saturday? I can still do\n"
        "the 7 AM turf cutting from my laptop.\n"
        "\n"
        "Anjali\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: donate page fix - keys\n"
        "\n"
        "Hollis,\n"
        "\n"
        "The donate form is fixed. The problem was the test keys still in the config. The live\n"
        "ones are now in place:\n"
        "\n"
        "  publishable: pk_live_wZDR72vrJCWRq8WB8vOvhf1hXmMI\n"
        "  secret: sk_live_fD19WDxLzMtPRyOK2a11tmdV6SFF\n"
        "\n"
        "Please paste the secret into the password manager and then delete this email.\n"
        "\n"
        "Dev (volunteer web team)\n",
        [
            ("API_KEY", "sk_live_fD19WDxLzMtPRyOK2a11tmdV6SFF"),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_84, "hard84", Path(__file__).with_name("hard-84.jsonl")))
