"""Hard set 83 (2026-12-08): HR and payroll mail of small nonprofits and small businesses.

Written blind. 100 e-mails (40 decoys, 60 positives) of December HR and payroll work at a
food co-op, a youth-arts nonprofit, a community kitchen, a home-care agency, a print shop
and a bakery, with their outsourced payroll provider, benefits broker, PEO, screening
vendor, workers' comp carrier and union steward: onboarding and I-9s, direct deposit,
open enrollment, leave and accommodations, garnishments, dues, background and credit
checks, year-end W-2/1099 questions, holiday-party meals. Decoys come from the same
senders: policy text, blank forms, plan descriptions, postings, aggregates, calendars,
batch and check numbers, door and alarm codes, a public official's news, training.

What I read, and nothing else: /tmp/mg/set83/prompt.txt, /tmp/mg/set83/brief.txt,
/tmp/mg/set83/conventions.txt, /work/shared/policy/privacy-policy.txt,
tests/data/sensitive/independent_sets.py, scanner/categories.py, and the output of
grep -n "line-length" pyproject.toml. What I ran: cat on those files; mkdir, cat, sed and
python3 on my own scratch files in /tmp/hard83_gen/ (gen.py, the seeded generator;
check.py, a checker for check digits, unlabelled look-alikes and value counts; emit.py,
which shuffles the cases with a fixed seed and writes this module);
python -m tests.data.sensitive.hard_83; grep, sed and wc on this module; ruff format and
ruff check on this module; git add and git commit of the two files. Slip, honestly: none
that I know of (one sed on my own scratch file matched nothing and changed nothing).

How identifiers were generated: gen.py uses random.Random(20261208 + 83). SSNs obey SSA
rules (area not 000, 666 or 900-999; group and serial not zero); the W-2c's corrected SSN
is the generated one with its group digits transposed, the "last four" values 7418 and 0253
are the ends of generated SSNs and 6203 was picked by hand. The ITIN is 9xx with group 73.
Routing numbers have a Federal Reserve prefix and a valid ABA checksum; account numbers are
random 10-11 digits. Card numbers are Luhn-valid with random bodies (Visa 4..., Mastercard
52...), never published test numbers; the CVV, PINs and one-time codes are random digits.
The IBAN is a Portuguese one with a valid mod-97 check. Passports (U.S. letter + 8 digits,
Mexican G + 8), the Illinois and Pennsylvania licences, the Oregon ID and tribal ID numbers
are random digits in plausible shapes (no check digit). The API secret and client ID are
random alphanumerics; passwords were written by hand. Decoy numbers: the 13-, 16- and
19-digit references fail Luhn; the SSN-shaped decoys have area 666 and area 962 with group
46 (neither a valid SSN nor a valid ITIN); batch, check, employee, badge, ticket and claim
numbers are random 5-8 digits; the EIN is unlabelled by convention.

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
- A creditor's writ of garnishment and a child-support withholding order are civil
  matters: neither is criminal_history nor CREDIT_REPORT; the SSN on the order, or its
  last four given as "XXX-XX-6203", is US_SSN, and the case number is not labelled.
- A PEO's credit-check summary line "Public record: Chapter 7 bankruptcy, ..." is
  CREDIT_REPORT from "Chapter 7" to the end of the line (the field name left out), and
  its "Middle score" is CREDIT_SCORE; a note that no other items were found adds nothing.
- A tribal ID card shown as an I-9 List B document is US_STATE_ID; being an enrolled
  citizen of a band, stated for an Indian-preference hire, is racial_ethnic_origin.
- A payroll card's PIN, reset and sent by HR to the employee, is PIN (it opens the card
  account). An employee's payroll self-service one-time code sent to HR is ACCESS_CODE;
  an enrollment-portal password and texted verification code are PASSWORD and
  ACCESS_CODE; an IRS IP PIN an employee volunteers to HR is PIN.
- An HRIS-to-payroll integration's client secret is API_KEY; the client ID beside it is not.
- A post-accident drug test positive for a named drug, in a termination letter, is health
  (a test result).
- A halal plate together with stepping out for Maghrib prayer at the party, and singing
  in the choir at a Mass every year, are religious practice: religious_belief.
- A woman (signing "she/her") naming her girlfriend as emergency contact, a man (he/him)
  adding his husband to benefits, and "Dana's plus-one is her wife" are same-sex partners:
  sexual_orientation. The pronouns themselves are not labelled. "As a bi woman" is a
  stated orientation.
- A union steward's Weingarten request for "one of our members", a signed dues-checkoff
  card, a pay stub's local dues line and an instruction to keep a named employee's dues
  deduction on his final check are trade_union_membership; a monthly dues remittance of
  "23 members" with a total, and an info session open to the whole unit, are not.
- Being picked up and held in county jail until a hearing is criminal_history (jail
  custody), like a DUI conviction on an MVR, a misdemeanor conviction with probation on a
  background report, parole check-ins and drug-court check-ins.
- Being elected a party's precinct committeeperson, and knocking doors for a named
  candidate's runoff campaign, are political_opinion; a board chair who won a council
  seat is a public figure's public position: not labelled.
- A fingerprint template hash with a low match score in a time-clock support ticket, a
  face-clock log of named staff with match scores, and a remote I-9 selfie-to-document
  match score are biometric; a time-clock consent notice and a "fingerprint-based state
  check" on a clean background report are not.
- A carrier finding (one GJB2 variant) with only a counselling visit about testing the
  husband is genetic only; a positive BRCA1 test with a planned preventive mastectomy is
  genetic and health; a DNA kit's "41% Nigerian, mostly Yoruba" is genetic and
  racial_ethnic_origin.
- Kesimpta shots (a drug for one condition), "I'm due March 20", a hepatitis B titer and
  TB test in a caregiver file, 60 days without a drink with an outpatient program, and a
  child admitted with RSV are health. A reminder of "your appointment with Northgate
  Clinic" naming no condition, and a dog's knee surgery, are not.
- A sample SSN quoted as fake in a payroll provider's phishing warning, with references
  that fail Luhn, is a decoy; so is an employer EIN, a group number, and batch, check,
  employee, badge, ticket and claim numbers.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_83: list[Case] = [
    (
        "From: Gus Halloran <gus.h@mailhub.example>\n"
        "To: Marguerite Osei <hr@ostranderprint.example>\n"
        "Subject: why did my check go down\n"
        "\n"
        "Marguerite, pasted from my 12/5 stub:\n"
        "\n"
        "  Gross                 1,842.00\n"
        "  Federal income tax      148.20\n"
        "  Social Security         114.20\n"
        "  Medicare                 26.71\n"
        "  State income tax         61.44\n"
        "  GCIU Local 508 dues      44.75\n"
        "  Net pay (checking xxxx1186)  1,446.70\n"
        "\n"
        "Last month dues were 39.50. Did the union raise them or is that a mistake on "
        "your end?\n"
        "Gus\n",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "From: Wade Kittredge <wade.k@postbox.example>\n"
        "To: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "Subject: schedule for January\n"
        "\n"
        "Hi Bettina,\n"
        "\n"
        "For the new schedule: I have drug court check-ins every Wednesday at 1:30 and my\n"
        "IOP group is Tuesday and Thursday 6-9 p.m. My case manager says the judge looks "
        "at\n"
        "work attendance too, so I really want to get this right. Mornings any day are "
        "great.\n"
        "\n"
        "Thanks,\n"
        "Wade\n",
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        "From: Adaeze Worthington <adaeze@cedarrowcare.example>\n"
        "To: Odile Marchetti <ed@cedarrowcare.example>\n"
        "Subject: heads up before open enrollment closes\n"
        "\n"
        "Hi Odile,\n"
        "\n"
        "Wanted to tell you before I pick a plan on Friday: I'm due March 20! Nobody "
        "else at\n"
        "work knows yet. I'm trying to figure out if the Gold plan is worth it for the\n"
        "delivery, and when I should send in my leave paperwork.\n"
        "\n"
        "Could we talk Thursday after the care team meeting?\n"
        "Adaeze\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: Shirin Talbot <shirin.t@mailhub.example>\n"
        "To: Marguerite Osei <hr@ostranderprint.example>\n"
        "Subject: W-2 question + IRS letter\n"
        "\n"
        "Hi Marguerite,\n"
        "\n"
        "Can you forward this to whoever at the payroll company handles W-2 fixes? My "
        "box 12\n"
        "code for the HSA looks wrong. They asked me to confirm who I am with the last "
        "four of\n"
        "my social, which is 7418.\n"
        "\n"
        "Also the IRS mailed me my Identity Protection PIN for this filing season: "
        "563336. My\n"
        "preparer said employers sometimes need it for W-2 stuff? If not, please just "
        "ignore.\n"
        "\n"
        "Thanks,\n"
        "Shirin\n",
        [
            ("US_SSN", "7418"),
            ("PIN", "563336"),
        ],
    ),
    (
        "From: Alicia Brandvold <alicia.b@cedarrowcare.example>\n"
        "To: Odile Marchetti <ed@cedarrowcare.example>\n"
        "Subject: emergency contact update\n"
        "\n"
        "Hi Odile,\n"
        "\n"
        "Please change my emergency contact to my girlfriend, Jen Matsuda, 555-0162. "
        "Please\n"
        "take my ex-husband off entirely, he shouldn't be called for anything anymore.\n"
        "\n"
        "Thank you!\n"
        "Alicia (she/her)\n",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "From: VerifyNow Remote I-9 <results@verifynow.example>\n"
        "To: onboarding@keystonehr.example\n"
        "Subject: Identity check complete - Ngozi Adeyemi-Clark\n"
        "\n"
        "Employer: Cedar Row Home Care\n"
        "Employee: Ngozi Adeyemi-Clark\n"
        "Document reviewed: U.S. passport card (front and back)\n"
        "Selfie-to-document face match: 0.962 (pass)\n"
        "Liveness check: pass\n"
        "Reviewer: J. Hartwell, authorized representative\n"
        "\n"
        "Section 2 may now be completed in your E-Verify account.\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "From: Harlan Voss <harlan@brightwatercoop.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Pete back Monday\n"
        "\n"
        "Gloria - Pete dropped off his doctor's note. He's cleared for light duty after "
        "the\n"
        "scope on his right knee: no kneeling, no ladders, nothing over 20 lb until his\n"
        "recheck on 1/12. I'll keep him on register and the bulk-bin labels.\n"
        "\n"
        "Do we need to do anything on the payroll side for the two weeks he was out?\n"
        "Harlan (grocery lead)\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: Gloria Pettibone <office@brightwatercoop.example>\n"
        "To: Rory Mbeki <rory.mbeki@postbox.example>\n"
        "Subject: Re: next steps\n"
        "\n"
        "Hi Rory,\n"
        "\n"
        "Your background check is still pending with ClearPath; most take three to five\n"
        "business days. If anything does come back on the report, you'll get a copy and a\n"
        "summary of your rights, and you'll have a chance to explain before we decide\n"
        "anything. Nothing has come back yet. We'll hold the cashier orientation spot "
        "for you.\n"
        "\n"
        "Gloria\n",
        [],
    ),
    (
        "From: ClearPath Screening <adjudication@clearpathscreen.example>\n"
        "To: Nadia Vukovic <nadia.vukovic@mailhub.example>\n"
        "Subject: Pre-adverse action notice - Staff Accountant, Larkspur Youth Arts\n"
        "\n"
        "Dear Nadia Vukovic,\n"
        "\n"
        "Larkspur Youth Arts may decide not to hire you based in whole or in part on the\n"
        'consumer credit report we prepared on 12/02/2026. A copy of the report and "A '
        "Summary\n"
        'of Your Rights Under the Fair Credit Reporting Act" are enclosed.\n'
        "\n"
        "Credit score used: 561 (range 300-850)\n"
        "Items considered:\n"
        "  - Collection account, Ridgeline Recovery Partners, balance $2,318, placed "
        "04/2025\n"
        "  - Charge-off, Harbor Point Card Services, $4,906, charged off 09/2024\n"
        "  - 90 days late, Cobalt Auto Finance, reported 06/2025\n"
        "\n"
        "You have five business days to dispute anything in the report with us before a "
        "final\n"
        "decision is made. Call 555-0184 or reply to this message.\n"
        "\n"
        "ClearPath Screening, Adjudication Desk\n",
        [
            ("CREDIT_SCORE", "561"),
            (
                "CREDIT_REPORT",
                "Collection account, Ridgeline Recovery Partners, balance $2,318, placed 04/2025",
            ),
            (
                "CREDIT_REPORT",
                "Charge-off, Harbor Point Card Services, $4,906, charged off 09/2024",
            ),
            ("CREDIT_REPORT", "90 days late, Cobalt Auto Finance, reported 06/2025"),
        ],
    ),
    (
        "From: Tallgrass Payroll Services <notices@tallgrasspayroll.example>\n"
        "To: r.haddad@mailhub.example\n"
        "Subject: Direct deposit change processed - Cedar Row Home Care\n"
        "\n"
        "Hello Rania,\n"
        "\n"
        "Your direct deposit change for Cedar Row Home Care is effective with the 12/19 "
        "pay date:\n"
        "\n"
        "  Primary:    routing 237770475, checking 66957508800, remainder of net pay\n"
        "  Secondary:  same routing, savings 4970305653, $150.00 per pay\n"
        "\n"
        "A prenote was sent today. If you did not request this change, call us at "
        "555-0137\n"
        "before Tuesday at noon so we can stop the batch.\n"
        "\n"
        "Tallgrass Payroll Services - Employee Care\n",
        [
            ("ABA_ROUTING_NUMBER", "237770475"),
            ("US_BANK_NUMBER", "66957508800"),
            ("US_BANK_NUMBER", "4970305653"),
        ],
    ),
    (
        "From: Tallgrass Payroll Services <notices@tallgrasspayroll.example>\n"
        "To: Payroll contacts <clients@tallgrasspayroll.example>\n"
        "Subject: 2027 biweekly payroll calendar and holiday cutoffs\n"
        "\n"
        "Pay date    Period ends   Submit by\n"
        "01/02       12/27         12/29, 2 p.m. (moved for New Year's)\n"
        "01/16       01/10         01/13, 2 p.m.\n"
        "01/30       01/24         01/27, 2 p.m.\n"
        "02/13       02/07         02/10, 2 p.m.\n"
        "Batches submitted after cutoff will pay one business day late. Direct deposit\n"
        "funds settle at 6 a.m. local on the pay date; live checks print the day before.\n"
        "Questions: 555-0137.\n",
        [],
    ),
    (
        "From: Marguerite Osei <hr@ostranderprint.example>\n"
        "To: Tallgrass Payroll Services <support@tallgrasspayroll.example>\n"
        "Subject: Final check - Jaime Ortolan (term 12/5)\n"
        "\n"
        "Hi,\n"
        "\n"
        "Jaime Ortolan's last day was 12/5. Please run the final check off-cycle on 12/10\n"
        "with his unused PTO (22.5 hrs). Keep the GCIU Local 508 dues deduction on this\n"
        "final check; Rosalind at the local confirmed dues stop after final pay.\n"
        "\n"
        "Marguerite\n",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "From: Rosalind Ferrante <steward@local508.example>\n"
        "To: Marguerite Osei <hr@ostranderprint.example>\n"
        "Subject: Dues checkoff authorization - Priya Shankar\n"
        "\n"
        "Marguerite,\n"
        "\n"
        "Attached is a signed membership application and dues checkoff card for Priya\n"
        "Shankar (bindery, hired 11/17). She signed it at Thursday's break. Her card "
        "lists\n"
        "the last 4 of her SSN as 0253 so you can match her in payroll.\n"
        "\n"
        "Please start dues with the first full pay period in January.\n"
        "In solidarity,\n"
        "Rosalind Ferrante, Chief Steward, GCIU Local 508\n",
        [
            ("trade_union_membership", ""),
            ("US_SSN", "0253"),
        ],
    ),
    (
        "From: Ignatius Pryor <ignatius@larkspurarts.example>\n"
        "To: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "Subject: conflict-of-interest check\n"
        "\n"
        "Hi Maribel,\n"
        "\n"
        "Since we're a 501(c)(3), I wanted to flag something: I was just elected "
        "Democratic\n"
        "precinct committeeperson for 22-B. It's evenings only (second Tuesdays) and I'd\n"
        "never do party stuff on Larkspur time or email. Do I need to update my\n"
        "conflict-of-interest form before the board meeting?\n"
        "\n"
        "Ignatius\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "From: Gloria Pettibone <office@brightwatercoop.example>\n"
        "To: All staff <staff@brightwatercoop.example>\n"
        "Subject: W-2s, address changes and the 1/23 deadline\n"
        "\n"
        "A few year-end notes:\n"
        "  - Moved this year? Update your address in Tallgrass by 12/31 so your W-2 goes\n"
        "    to the right place.\n"
        "  - W-2s post in the Tallgrass app on 1/23; paper copies mail the same day.\n"
        "  - Our employer EIN (box b) is 84-3920716 if your tax preparer asks.\n"
        "  - Tallgrass will never email you asking for your password or SSN.\n"
        "Happy holidays!\n"
        "Gloria\n",
        [],
    ),
    (
        "From: Harlan Voss <harlan@brightwatercoop.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Dmitri - weekend no-shows\n"
        "\n"
        "Gloria,\n"
        "\n"
        "Dmitri missed Saturday and Sunday without calling in. His sister called this "
        "morning\n"
        "and said he was picked up Friday night and sat in county jail until his hearing\n"
        "Monday. He's back on tonight's close. How do we code the two shifts - "
        "unexcused, or\n"
        "is there something else? I don't want to do this wrong.\n"
        "Harlan\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "From: Ines Fairbanks <ines.fairbanks@postbox.example>\n"
        "To: payroll@hollisandpine.example\n"
        "Subject: direct deposit - the form wouldn't upload\n"
        "\n"
        "Hi! The onboarding portal kept timing out on the direct deposit page, so here "
        "it is:\n"
        "\n"
        "Bank: Prairie Commons Credit Union\n"
        "Routing: 106004667\n"
        "Account: 6700959570 (checking)\n"
        "Amount: 100%\n"
        "\n"
        "I don't have paper checks anymore, so I can't send a voided one. I can send a "
        "bank\n"
        "letter if you need it. Thank you, and see you at the 5 a.m. bake on Monday!\n"
        "Ines\n",
        [
            ("ABA_ROUTING_NUMBER", "106004667"),
            ("US_BANK_NUMBER", "6700959570"),
        ],
    ),
    (
        "From: Devon Amesbury <devon@riverbendkitchen.example>\n"
        "To: hr@riverbendkitchen.example\n"
        "Subject: Section 2 for Tomasz (dish, started today)\n"
        "\n"
        "Bettina - I did Tomasz Wisniak's I-9 at the start of his shift. He had two docs:\n"
        "List B: Illinois driver's license B221-2167-4123, exp 06/2029\n"
        "List C: Social Security card 438-66-2189 (no restriction printed on it)\n"
        "Both originals, both looked fine to me. I put copies in the locked drawer.\n"
        "He still owes us the W-4 and the direct deposit slip, he said tomorrow.\n"
        "Devon\n",
        [
            ("US_DRIVER_LICENSE", "B221-2167-4123"),
            ("US_SSN", "438-66-2189"),
        ],
    ),
    (
        "From: Keystone HR Partners <hr@keystonehr.example>\n"
        "To: Odile Marchetti <ed@cedarrowcare.example>\n"
        "Subject: Draft termination letter - Curtis Lamb\n"
        "\n"
        "Odile, draft for your review:\n"
        "\n"
        "Dear Curtis,\n"
        "This letter confirms that your employment with Cedar Row Home Care ends "
        "effective\n"
        "December 8, 2026. Following the November 30 vehicle accident during a client\n"
        "visit, your post-accident drug test was positive for oxycodone without a valid\n"
        "prescription, which violates our Drug-Free Workplace Policy.\n"
        "Your final paycheck, including accrued PTO, will be issued on the next regular\n"
        "payday. COBRA information will be mailed separately.\n"
        "\n"
        "Let us know if you want changes before it goes out.\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: Kwame Asante <kwame.asante@mailhub.example>\n"
        "To: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "Subject: PTO Friday\n"
        "\n"
        "Hi Bettina, can I use a PTO day this Friday? My dog Biscuit is having surgery on\n"
        "his knee (the TPLO thing) and I have to drop him off at 7 and pick him up at 4.\n"
        "He'll be on pain meds and a cone for two weeks, poor guy. Omar said he'd cover.\n"
        "Kwame\n",
        [],
    ),
    (
        "From: Rosalind Ferrante <steward@local508.example>\n"
        "To: Cyrus Ostrander <cyrus@ostranderprint.example>\n"
        "Subject: Weingarten request - Thursday meeting with Luis\n"
        "\n"
        "Cyrus,\n"
        "\n"
        "Luis Ferreira is one of our members and he has asked for union representation at\n"
        "the investigatory meeting you scheduled for Thursday at 10 about the jammed "
        "folder.\n"
        "I'll attend as his steward. If the time doesn't work, please propose another "
        "before\n"
        "Wednesday noon; the meeting can't go ahead without his rep present.\n"
        "\n"
        "Rosalind Ferrante, Chief Steward\n",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "From: River Tanaka-Moss <river@cedarrowcare.example>\n"
        "To: Odile Marchetti <ed@cedarrowcare.example>\n"
        "Subject: name and pronouns in Sprocket\n"
        "\n"
        "Hi Odile,\n"
        "\n"
        "Could you update my preferred name to River and my pronouns to they/them in\n"
        "Sprocket HR and on the schedule? My legal name stays the same on payroll and my "
        "W-2\n"
        "for now. A new badge would be great whenever it's convenient.\n"
        "\n"
        "Thanks!\n"
        "River\n",
        [],
    ),
    (
        "From: Keystone HR Partners <training@keystonehr.example>\n"
        "To: Managers <managers@ostranderprint.example>\n"
        "Subject: Required: supervisor training, December 16, 9-11 a.m.\n"
        "\n"
        "This year's two-hour supervisor session covers:\n"
        "  - harassment prevention and bystander steps\n"
        "  - pregnancy, disability and religious accommodation requests\n"
        "  - what to say (and not say) when a union steward asks to join a meeting\n"
        "  - handling background check results under the fair chance ordinance\n"
        "  - the new biometric time clock consent rules\n"
        "Attendance is tracked for the insurer. Bring your questions; there's a Q&A at "
        "the\n"
        "end. Coffee and pastries from Hollis & Pine.\n",
        [],
    ),
    (
        "From: Tallgrass Payroll Services <notices@tallgrasspayroll.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Batch 65012642 approved - Brightwater Food Co-op\n"
        "\n"
        "Batch 65012642 (pay date 12/12) was approved at 1:47 p.m.\n"
        "  Direct deposits: 31   Live checks: 2 (check nos. 189703 and 189704)\n"
        "  Employee IDs on live checks: 7089500, 7089512\n"
        "  Funding: ACH debit from operating checking ending in 4471 on 12/11\n"
        "  Trace reference: 6938524606913494\n"
        "  Client ID: BW-73303\n"
        "\n"
        "Need a void or a reissue? Reply before 4 p.m. with the check number.\n",
        [],
    ),
    (
        "From: Gloria Pettibone <office@brightwatercoop.example>\n"
        "To: New hires - January <newhires@brightwatercoop.example>\n"
        "Subject: Please bring these on day one\n"
        "\n"
        "Welcome aboard! Please fill this in and bring it with your I-9 documents:\n"
        "\n"
        "  Legal name: ______________________\n"
        "  SSN: XXX-XX-XXXX\n"
        "  Bank name: ______________________\n"
        "  Routing number: _________  Account number: ______________\n"
        "  Deposit: [ ] 100%   [ ] split (attach second account)\n"
        "  Emergency contact: ______________  Phone: ___-____\n"
        "\n"
        "Do not email this page. Hand it to me in person and I'll key it in and shred it.\n"
        "Gloria\n",
        [],
    ),
    (
        "From: Marguerite Osei <hr@ostranderprint.example>\n"
        "To: GCIU Local 508 <treasurer@local508.example>\n"
        "Subject: November dues remittance\n"
        "\n"
        "Hi,\n"
        "\n"
        "November dues remittance is attached: 23 members, two pay periods, $1,947.60\n"
        "total, sent as check no. 276034 on 12/5. The itemized register follows by secure\n"
        "upload as usual. The December remittance will include the January rate change if\n"
        "you send it to us by 12/15.\n"
        "Marguerite\n",
        [],
    ),
    (
        "From: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "To: events@emberhall.example\n"
        "Subject: Larkspur party 12/18 - final special meals\n"
        "\n"
        "Hi Colette,\n"
        "\n"
        "Final special-meal list for our 12/18 party (38 guests total):\n"
        "  Yusuf Haddad - halal plate, please; he'll also step out around 4:40 for "
        "Maghrib,\n"
        "    so if there's a quiet side room we could use, that would be lovely\n"
        "  Dana Okonkwo - celiac, so a truly gluten-free plate (separate fryer)\n"
        "  Dana's plus-one is her wife, Mel - no restrictions\n"
        "  Anton Brill - vegetarian\n"
        "\n"
        "Everything else stays the same as the contract.\n"
        "Maribel\n",
        [
            ("religious_belief", ""),
            ("health", ""),
            ("sexual_orientation", ""),
        ],
    ),
    (
        "From: Granite Mutual Claims <claims@granitemutual.example>\n"
        "To: Hollis & Pine Bakery <owner@hollisandpine.example>\n"
        "Subject: Claim WC-26-88140 - information needed\n"
        "\n"
        "Hello Rosa,\n"
        "\n"
        "We've opened the workers' compensation claim for your employee:\n"
        "  Claimant: Beto Arvizu\n"
        "  SSN: 108-76-6700\n"
        "  Injury: lumbar strain, lifting 50 lb flour sacks, 11/28/2026\n"
        "  Treating provider: Eastside Occupational Health; physical therapy 2x/week\n"
        "\n"
        "Please send his wage statement for the 13 weeks before the injury so we can set "
        "the\n"
        "weekly benefit rate.\n"
        "Granite Mutual, Workers' Compensation\n",
        [
            ("US_SSN", "108-76-6700"),
            ("health", ""),
        ],
    ),
    (
        "From: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "To: onboarding@keystonehr.example\n"
        "Subject: New hire 1/5 - Aurelie Fontaine\n"
        "\n"
        "Heads up for January: Aurelie Fontaine (dance teaching artist) is a Canadian "
        "citizen\n"
        "working here on a TN. She'll bring her Canadian passport and I-94 on day one, "
        "and I'll\n"
        "do Section 2 in person. Her offer letter is signed and her W-4 is in the portal.\n"
        "Can you set the I-9 reverification reminder to 60 days before her TN end date?\n"
        "Maribel\n",
        [],
    ),
    (
        "From: owner@hollisandpine.example\n"
        "To: jobs@communityboard.example\n"
        "Subject: Job posting - Delivery Driver, early mornings\n"
        "\n"
        "Hollis & Pine Bakery is hiring a delivery driver, 4:30-10:30 a.m., "
        "Tuesday-Saturday,\n"
        "$21/hour plus mileage. Requirements: valid driver's license, three years of "
        "driving\n"
        "experience, and a motor vehicle record that meets our insurer's guidelines "
        "(we'll run\n"
        "an MVR after a conditional offer). We welcome applicants with conviction "
        "records and\n"
        "consider each record individually under the fair chance ordinance.\n"
        "Apply in person at the shop or email owner@hollisandpine.example.\n",
        [],
    ),
    (
        "From: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "To: onboarding@keystonehr.example\n"
        "Subject: I-9 for Joaquin Barrera (List A)\n"
        "\n"
        "Hi again,\n"
        "\n"
        "Joaquin Barrera (weekend teaching artist) brought a foreign passport with his\n"
        "Form I-94 for List A:\n"
        "  Document: Passport, issued by Mexico\n"
        "  Number: G36561995\n"
        "  Expiration: 2031\n"
        "  I-94 admission record showing employment authorization through 10/2027\n"
        "I'll set the reverification reminder in the calendar.\n"
        "\n"
        "Maribel\n",
        [
            ("US_PASSPORT", "G36561995"),
        ],
    ),
    (
        "From: Punchwell Time Systems <notices@punchwell.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Biometric consent notice for your employees (please post)\n"
        "\n"
        "Brightwater Food Co-op uses Punchwell finger and face time clocks. The clock "
        "turns a\n"
        "scan into a mathematical template; it does not store photos or fingerprint "
        "images.\n"
        "Templates are used only to record time worked, are never sold, and are destroyed\n"
        "within 30 days after employment ends or three years after the last punch, "
        "whichever\n"
        "is first. Employees who do not consent may punch in with a badge and PIN pad "
        "instead.\n"
        "Please have each employee sign the consent form before enrollment.\n",
        [],
    ),
    (
        "From: events@emberhall.example\n"
        "To: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "Subject: Your 12/18 event - arrival details\n"
        "\n"
        "Hi Maribel,\n"
        "\n"
        "Doors open at 3:30 for setup. Your guests can use the Ember Hall guest Wi-Fi:\n"
        "network EmberHall-Events, password cider-porchlight. Parking is validated at the\n"
        "front desk; for the photo booth add-on, use promo code LARKSPUR26 for 15% off.\n"
        "The final headcount and special meals are due Friday at noon.\n"
        "\n"
        "Colette, Ember Hall Events\n",
        [],
    ),
    (
        "From: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "To: Audra Kenning <finance@larkspurarts.example>\n"
        "Subject: Reimbursement - holiday party deposit\n"
        "\n"
        "Audra,\n"
        "\n"
        "The Ember Hall deposit ($400) had to go on my own Visa ending in 9159 because "
        "the\n"
        "org card was declined for being over limit. Receipt attached. Could this go out "
        "with\n"
        "the 12/12 reimbursements?\n"
        "\n"
        "Also the caterer wants the final headcount by Friday - currently 38 RSVPs.\n"
        "Maribel\n",
        [
            ("CREDIT_CARD_LAST_DIGITS", "9159"),
        ],
    ),
    (
        "From: Jessamyn Tull <jtull@postbox.example>\n"
        "To: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "Subject: self-ID form back\n"
        "\n"
        "Hi Bettina, here's the voluntary self-identification form you sent, filled out:\n"
        "\n"
        "  Name: Jessamyn Tull\n"
        "  Race/ethnicity: Hispanic or Latino\n"
        "  Protected veteran status: I am not a protected veteran\n"
        "  Disability status: I do not want to answer\n"
        "\n"
        "See you on the 15th for orientation!\n"
        "Jessamyn\n",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "From: Odile Marchetti <ed@cedarrowcare.example>\n"
        "To: Keystone HR Partners <hr@keystonehr.example>\n"
        "Subject: Flu vaccine exemption - Bernadette Okafor\n"
        "\n"
        "Keystone,\n"
        "\n"
        "Bernadette Okafor (caregiver) has submitted a religious exemption request for "
        "our\n"
        "influenza vaccine requirement. She writes that as a practicing Christian "
        "Scientist\n"
        "she relies on prayer for healing and has not had the flu shot or any other "
        "vaccine\n"
        "as an adult.\n"
        "\n"
        "I'd like to approve it with masking during flu season for her client visits. "
        "Can you\n"
        "confirm that's consistent with the policy and the state home-care rules?\n"
        "Odile\n",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        "From: Arlo Benningfield <it@cedarrowcare.example>\n"
        "To: Integrations <integrations@tallgrasspayroll.example>\n"
        "Subject: Sprocket HR -> Tallgrass sync failing since Friday\n"
        "\n"
        "Hi,\n"
        "\n"
        "The nightly new-hire sync from Sprocket HR to Tallgrass has failed three nights "
        "in a\n"
        "row with 401 Unauthorized. Here's what's configured on our side:\n"
        "\n"
        "  Client ID: 9GjlI0YxQKBJww8sN5pS\n"
        "  Client secret: 9oriwuO0EG5D3XOQMoSj6TKvH43D3mGNuPrU2iIc\n"
        "  Endpoint: https://api.tallgrasspayroll.example/v2/employees\n"
        "\n"
        "We rotated nothing on our end. Did your side expire the credentials? We have "
        "four\n"
        "caregivers starting on 12/15 who need to be in the 12/19 payroll.\n"
        "\n"
        "Arlo, IT (part-time), Cedar Row Home Care\n",
        [
            ("API_KEY", "9oriwuO0EG5D3XOQMoSj6TKvH43D3mGNuPrU2iIc"),
        ],
    ),
    (
        "From: Kwame Asante <kwame.asante@mailhub.example>\n"
        "To: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "Subject: Re: can't get into paystubs\n"
        "\n"
        "Bettina - thanks for staying on the phone with me. The code it just texted me is\n"
        "823866, it says it expires in ten minutes. I'm typing it on my end too but it "
        "keeps\n"
        "saying invalid, so maybe you can try it from the admin side? I need my last "
        "stub for\n"
        "the apartment application by tonight.\n"
        "\n"
        "Kwame\n",
        [
            ("ACCESS_CODE", "823866"),
        ],
    ),
    (
        "From: Tamsin Grieve <tamsin@riverbendkitchen.example>\n"
        "To: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "Subject: unpaid days 12/15-12/16?\n"
        "\n"
        "Hi Bettina,\n"
        "\n"
        "Could I take Monday and Tuesday (12/15-16) as unpaid days? I signed up to knock\n"
        "doors for Teodora Vance's campaign in the Ward 3 runoff and those are the last "
        "two\n"
        "canvass days before the election. I already found coverage for my Tuesday lunch\n"
        "shift (Omar).\n"
        "\n"
        "Thanks!\n"
        "Tamsin\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "From: Keystone HR Partners <hr@keystonehr.example>\n"
        "To: Odile Marchetti <ed@cedarrowcare.example>\n"
        "Subject: Handbook 2027 - revised Section 6.3 for your sign-off\n"
        "\n"
        "6.3 Family and Medical Leave\n"
        "Eligible employees may take up to 12 workweeks of job-protected leave in a "
        "12-month\n"
        "period for the birth or placement of a child, to care for a spouse, child or "
        "parent\n"
        "with a serious health condition, or for their own serious health condition.\n"
        "Employees must provide 30 days' notice when the need is foreseeable. Cedar Row "
        "may\n"
        "require medical certification from a health care provider; certifications are "
        "kept\n"
        "in a separate confidential medical file, never in the personnel file.\n"
        "Group health coverage continues during leave on the same terms as if the "
        "employee\n"
        "had continued to work.\n"
        "\n"
        "Redline attached. We need your approval by 12/19 to print for January.\n",
        [],
    ),
    (
        "From: Marguerite Osei <hr@ostranderprint.example>\n"
        "To: Tallgrass Payroll Services <support@tallgrasspayroll.example>\n"
        "Subject: New income withholding order - Anselm Kravitz\n"
        "\n"
        "Hi team,\n"
        "\n"
        "We were served an Income Withholding for Support today for Anselm Kravitz "
        "(bindery,\n"
        "employee 2207). Details from the order:\n"
        "\n"
        "  Case number: CS-2026-0318-DR\n"
        "  Obligor SSN on order: 417-99-5529 (matches our file)\n"
        "  Current support: $212.00 per biweekly pay, arrears $25.00 per pay\n"
        "  Remit to: State Disbursement Unit, per the order\n"
        "\n"
        "Please start it on the 12/19 check and send me the first remittance report.\n"
        "Marguerite\n",
        [
            ("US_SSN", "417-99-5529"),
        ],
    ),
    (
        "From: Keystone HR Partners <screening@keystonehr.example>\n"
        "To: Odile Marchetti <ed@cedarrowcare.example>\n"
        "Subject: Credit check summary - Finance Director finalist\n"
        "\n"
        "Odile,\n"
        "\n"
        "The tri-merge came back for Samuel Achterberg (Finance Director finalist):\n"
        "  Middle score: 688\n"
        "  Public record: Chapter 7 bankruptcy, discharged 03/2019\n"
        "  No other derogatory items in the last seven years.\n"
        "\n"
        "Per your policy, the bankruptcy alone is not disqualifying for this role. If you\n"
        "want to move ahead, we'll send the final offer letter tomorrow.\n"
        "\n"
        "Keystone HR Partners, Screening\n",
        [
            ("CREDIT_SCORE", "688"),
            ("CREDIT_REPORT", "Chapter 7 bankruptcy, discharged 03/2019"),
        ],
    ),
    (
        "From: Keystone HR Partners <reports@keystonehr.example>\n"
        "To: Odile Marchetti <ed@cedarrowcare.example>\n"
        "Subject: Q4 people dashboard - Cedar Row Home Care\n"
        "\n"
        "Headcount 12/1: 64 (52 caregivers, 12 office/admin)\n"
        "Hires YTD: 27   Separations YTD: 19   Annualized turnover: 31%\n"
        "Workers' comp claims YTD: 3 (2 back strains, 1 dog bite); lost days 41\n"
        "FMLA leaves open: 4; ADA accommodations granted YTD: 6\n"
        "EEO-1 snapshot: 38% Hispanic or Latino, 24% Black, 29% White, 9% Asian or two+\n"
        "Union-represented: 0%\n"
        "\n"
        "Full report in the portal. No individual data is in this email.\n",
        [],
    ),
    (
        "From: Keystone HR Partners <training@keystonehr.example>\n"
        "To: Managers <managers@ostranderprint.example>\n"
        "Subject: Pre-work for 12/16: Scenario 3 (fictional)\n"
        "\n"
        "Please read before the session. This scenario is made up for training.\n"
        "\n"
        'Scenario 3. "Jordan," a press operator, tells you on Friday afternoon that she '
        "is\n"
        "pregnant, that her doctor has told her not to lift more than 25 pounds, and that\n"
        "she has been too nervous to tell anyone. She asks you to keep it between the two\n"
        "of you. On Monday, another supervisor asks you why Jordan is on the light table.\n"
        "\n"
        "Questions: What can you say to the other supervisor? Who else needs to know? "
        "What\n"
        "accommodation process applies? Write two or three sentences for each.\n",
        [],
    ),
    (
        "From: Delphine Acosta <delphine.acosta@postbox.example>\n"
        "To: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "Subject: paying my share while on unpaid leave\n"
        "\n"
        "Bettina,\n"
        "\n"
        "You said I have to pay my share of the dental and the kids' supplemental life "
        "while\n"
        "I'm on unpaid leave. Please charge this card for December and January:\n"
        "\n"
        "Mastercard 5273 3072 8826\n"
        "2395   exp 04/29\n"
        "\n"
        "Name on card Delphine Acosta. Thanks for handling this.\n"
        "Delphine\n",
        [
            ("CREDIT_CARD", "5273 3072 8826\n2395"),
        ],
    ),
    (
        "From: Efrain Solorzano <efrain.caterer@postbox.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Re: 1099 info for the tamale orders\n"
        "\n"
        "Hi Gloria,\n"
        "\n"
        "Sorry for the wait. You asked for my taxpayer number for the 1099. I don't have "
        "a\n"
        "social, I use my ITIN: 926-73-8489. The name on the letter is Efrain Solorzano "
        "Ruiz,\n"
        "same as on my invoices. Business address didn't change.\n"
        "\n"
        "Do you need the W-9 signed again or is this email enough?\n"
        "\n"
        "Gracias,\n"
        "Efrain\n",
        [
            ("US_ITIN", "926-73-8489"),
        ],
    ),
    (
        "From: Meridian Benefits Group <eap@meridianbenefits.example>\n"
        "To: All staff, Riverbend Community Kitchen <staff@riverbendkitchen.example>\n"
        "Subject: The holidays are hard sometimes. Your EAP is free.\n"
        "\n"
        "Your Employee Assistance Program offers free, confidential help for you and "
        "anyone\n"
        "in your household:\n"
        "  - counseling for stress, depression, anxiety and grief\n"
        "  - support for alcohol or drug use, for you or someone you love\n"
        "  - legal and financial consults, including help with garnishments and debt\n"
        "Call 555-0119 any time, day or night. Your employer never learns who calls or "
        "why.\n",
        [],
    ),
    (
        "From: Gloria Pettibone <office@brightwatercoop.example>\n"
        "To: Keyholders <keyholders@brightwatercoop.example>\n"
        "Subject: Holiday closure 12/25 - codes and lockup\n"
        "\n"
        "Closed Thursday 12/25 and open 10-4 on 12/26.\n"
        "  Alarm panel disarm: 4829, then OFF\n"
        "  Back door keypad (changes 1/2): 7316#\n"
        "  Loading dock lockbox: 0512\n"
        "  Guest Wi-Fi for the delivery drivers: BrightwaterGuest / parsnip-lantern\n"
        "\n"
        "Whoever closes on the 24th: check the walk-in temp log and set the alarm to "
        "STAY,\n"
        "not AWAY, because the cleaner comes at 6.\n",
        [],
    ),
    (
        "From: Keystone HR Partners <hr@keystonehr.example>\n"
        "To: Audra Kenning <finance@larkspurarts.example>\n"
        "Subject: Credit checks for finance roles - process and template\n"
        "\n"
        "Credit checks apply only to roles with bank, payroll or check-signing access, "
        "and\n"
        "only after a conditional offer. Steps: 1) FCRA disclosure and authorization;\n"
        "2) report ordered through ClearPath; 3) if anything may affect the decision,\n"
        "pre-adverse action notice with a copy of the report; 4) wait five business days;\n"
        "5) final notice.\n"
        "\n"
        "Template, pre-adverse action:\n"
        "  Dear [Candidate],\n"
        "  Your credit score of [___] and the following items: [list items] may affect "
        "...\n"
        "\n"
        "Do not paste report contents into email; attach the PDF from ClearPath instead.\n",
        [],
    ),
    (
        "From: Marisol Kang-Whitaker <marisol@larkspurarts.example>\n"
        "To: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "Subject: updating my EEO info\n"
        "\n"
        "Hi Maribel,\n"
        "\n"
        'When I started I checked "Asian" on the self-ID form because I was in a rush. '
        "Could\n"
        'you update it to "Two or More Races"? My dad is Black and my mom is Korean, and '
        "I'd\n"
        "rather the form say so.\n"
        "\n"
        "Thanks!\n"
        "Marisol\n",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "From: Winona Birchfield <hr@kettleriverhealth.example>\n"
        "To: Keystone HR Partners <onboarding@keystonehr.example>\n"
        "Subject: Indian preference documentation - Leland Cadotte\n"
        "\n"
        "Hi,\n"
        "\n"
        "Leland Cadotte accepted the community health worker position. He is an enrolled\n"
        "citizen of the Kettle River Band of Ojibwe and asked to be considered under our\n"
        "Indian preference policy, so I've added a note to his file.\n"
        "\n"
        "For the I-9 he presented his tribal ID card (no. 312756) as List B, with his "
        "Social\n"
        "Security card as List C. Copies are in the portal.\n"
        "\n"
        "Start date is 1/5. Thanks!\n"
        "Winona\n",
        [
            ("US_STATE_ID", "312756"),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "From: ClearPath Screening <reports@clearpathscreen.example>\n"
        "To: Hollis & Pine Bakery <owner@hollisandpine.example>\n"
        "Subject: MVR results - Delivery Driver candidate Colm Deasy\n"
        "\n"
        "Motor Vehicle Record, Pennsylvania\n"
        "  Driver: Colm Deasy\n"
        "  License no.: 47890433, class C, status valid\n"
        "  Violations (3 yrs): none\n"
        "  Convictions: DUI, 75 Pa.C.S. 3802(a)(1), convicted 02/2022, ARD not granted\n"
        "  Suspension: 12 months, restored 03/2023\n"
        "\n"
        "Your insurer's driver guidelines exclude drivers with a DUI conviction in the "
        "last\n"
        "five years. Let us know whether to issue a pre-adverse action notice.\n",
        [
            ("US_DRIVER_LICENSE", "47890433"),
            ("criminal_history", ""),
        ],
    ),
    (
        "From: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "To: All staff <staff@larkspurarts.example>\n"
        "Subject: Holiday party RSVP - due Friday\n"
        "\n"
        "Please reply with this filled in by Friday:\n"
        "\n"
        "  Name: ____________   Bringing a guest? [ ] yes [ ] no   Guest name: __________\n"
        "  Meal: [ ] chicken  [ ] vegetarian  [ ] vegan\n"
        "  Special meal: [ ] halal  [ ] kosher  [ ] gluten-free  [ ] nut allergy  [ ] "
        "other ____\n"
        "  Need a quiet room for prayer or a break? [ ] yes\n"
        "\n"
        "There will be a non-alcoholic drinks table. Party is 12/18, 4-8 p.m., Ember "
        "Hall.\n",
        [],
    ),
    (
        "From: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "To: Board Finance Committee <finance@riverbendkitchen.example>\n"
        "Subject: Injury summary for the insurance renewal\n"
        "\n"
        "For the renewal packet (from the OSHA 300A draft, calendar 2026 to date):\n"
        "  Total recordable cases: 4\n"
        "  Cases with days away from work: 2 (total days away: 17)\n"
        "  Cases with job transfer or restriction: 2\n"
        "  Injury types: 3 cuts/lacerations, 1 burn\n"
        "  Average employees: 29; total hours worked: 51,900\n"
        "We added cut-resistant gloves at every slicer station in October.\n",
        [],
    ),
    (
        "From: Priscilla Dunmore <priscilla@brightwatercoop.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: idea for next year\n"
        "\n"
        "Hi Gloria,\n"
        "\n"
        "I've been thinking about this since the staff survey. As a bi woman on a small\n"
        "team I've never felt comfortable bringing it up, but I'd love to help start a "
        "Pride\n"
        "group at the co-op, even just a monthly lunch. I'm happy to be the contact "
        "person if\n"
        "you think the board would support it.\n"
        "\n"
        "Priscilla\n",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "From: Audra Kenning <finance@larkspurarts.example>\n"
        "To: jobs@communityboard.example\n"
        "Subject: Posting - Staff Accountant (full time)\n"
        "\n"
        "Larkspur Youth Arts seeks a Staff Accountant to run AP, payroll reconciliation "
        "and\n"
        "grant reporting. $58,000-$64,000, full benefits, hybrid.\n"
        "Because this role handles cash and bank accounts, a consumer credit check is "
        "done\n"
        "after a conditional offer, with your written authorization and the FCRA notices.\n"
        "We do not use a credit score cutoff.\n"
        "\n"
        "Larkspur Youth Arts is an equal opportunity employer. We do not discriminate on "
        "the\n"
        "basis of race, color, religion, national origin, sex, sexual orientation, gender\n"
        "identity, age, disability, genetic information, veteran status or union "
        "activity.\n"
        "Applicants with arrest or conviction records are considered under the city's "
        "fair\n"
        "chance ordinance. Apply by 1/9 at jobs.larkspurarts.example.\n",
        [],
    ),
    (
        "From: Meridian Benefits Group <wellness@meridianbenefits.example>\n"
        "To: All staff, Ostrander Print <staff@ostranderprint.example>\n"
        "Subject: On-site flu shots and biometric screening, 12/11\n"
        "\n"
        "Northgate Clinic will be in the break room on 12/11 from 10 to 2:\n"
        "  - free flu shots (bring your insurance card, but no cost to you)\n"
        "  - biometric screening: blood pressure, cholesterol and glucose, 10 minutes\n"
        "Completing the screening earns the $200 wellness credit on 2027 premiums. "
        "Results\n"
        "go only to you, never to Ostrander Print. Sign up on the sheet by the time "
        "clock.\n",
        [],
    ),
    (
        "Subject: I-9 docs for Wren Castellano (start 12/15)\n"
        "From: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "To: onboarding@keystonehr.example\n"
        "\n"
        "Hi Keystone team,\n"
        "\n"
        "Wren Castellano starts Monday as our teaching-artist coordinator. She brought "
        "her\n"
        "U.S. passport for Section 2, so List A only:\n"
        "  Document: U.S. Passport\n"
        "  Number: A31075940\n"
        "  Expiration: 08/14/2033\n"
        "  Issuing authority: U.S. Department of State\n"
        "I examined the original in person this morning and it appeared genuine. The "
        "scan is in\n"
        "the secure folder, not attached here.\n"
        "\n"
        "Can you open the E-Verify case by Wednesday? Her first paycheck is the 12/26 "
        "run.\n"
        "\n"
        "Thanks,\n"
        "Maribel\n"
        "Office Manager, Larkspur Youth Arts\n",
        [
            ("US_PASSPORT", "A31075940"),
        ],
    ),
    (
        "From: ClearPath Screening <reports@clearpathscreen.example>\n"
        "To: Odile Marchetti <ed@cedarrowcare.example>\n"
        "Subject: Report complete - Felicity Oduya (caregiver) - CLEAR\n"
        "\n"
        "Candidate: Felicity Oduya\n"
        "  SSN trace: completed, addresses match application\n"
        "  County criminal (7 years, 3 counties): no records found\n"
        "  Statewide criminal: no records found\n"
        "  State abuse and neglect registry: not listed\n"
        "  Fingerprint-based state check: submitted 12/1, no record\n"
        "Overall status: CLEAR. You may proceed with the offer.\n",
        [],
    ),
    (
        "From: Marguerite Osei <hr@ostranderprint.example>\n"
        "To: All staff <staff@ostranderprint.example>\n"
        "Subject: 2027 holidays and your floating holiday\n"
        "\n"
        "The shop closes 12/24 at noon and reopens 12/29. For 2027, everyone also gets "
        "one\n"
        "floating holiday to use for any religious or cultural observance, a birthday, or\n"
        "anything else. You don't need to tell us what it's for; just give two weeks' "
        "notice\n"
        "so we can cover the press. Unused floating holidays don't carry over.\n",
        [],
    ),
    (
        "From: Felix Oyelowo <felix@ostranderprint.example>\n"
        "To: Marguerite Osei <hr@ostranderprint.example>\n"
        "Subject: out this week - Eli\n"
        "\n"
        "Marguerite,\n"
        "\n"
        "My son Eli was admitted to Children's last night with RSV. He's on oxygen and "
        "they\n"
        "think three or four days. I'll need to be out the rest of the week; can I use "
        "sick\n"
        "time first and then FMLA if it goes longer? I'll send the hospital paperwork "
        "when\n"
        "I get it.\n"
        "\n"
        "Felix\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: Harlan Voss <harlan@brightwatercoop.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: EAP question for Kenji (confidential)\n"
        "\n"
        "Gloria,\n"
        "\n"
        "Kenji came to me after close yesterday. He told me he's 60 days without a drink "
        "and\n"
        "going to meetings most nights, and he wants to start the evening outpatient "
        "program\n"
        "at Lakeside in January. He asked whether EAP covers it and whether he can move "
        "to\n"
        "day shifts so he doesn't miss group.\n"
        "\n"
        "Can you send him the EAP number directly? He doesn't want it going through the\n"
        "team chat.\n"
        "Harlan\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: Year-End Team <yearend@tallgrasspayroll.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: W-2c prepared - Hattie Brennaman (tax year 2025)\n"
        "\n"
        "Gloria,\n"
        "\n"
        "As discussed, Hattie's 2025 W-2 was filed with two digits of her SSN transposed.\n"
        "The W-2c is ready for your signature:\n"
        "\n"
        "  Box c, previously reported SSN: 254-26-8422\n"
        "  Box d, correct SSN: 254-62-8422\n"
        "  Wages and withholding: no change\n"
        "\n"
        "We'll file the W-3c with SSA once you approve in the portal. Her 2026 W-2 will\n"
        "print with the corrected number.\n"
        "\n"
        "Rhonda, Year-End Team\n",
        [
            ("US_SSN", "254-26-8422"),
            ("US_SSN", "254-62-8422"),
        ],
    ),
    (
        "From: Tom Whitcombe <tom.w@hollisandpine.example>\n"
        "To: Meridian Benefits Group <enroll@meridianbenefits.example>\n"
        "Subject: adding my wife - marriage 11/22\n"
        "\n"
        "Hi,\n"
        "\n"
        "I got married on November 22 and want to add my wife, Priya Whitcombe, to the\n"
        "Silver PPO and dental. Marriage certificate attached. The payroll deduction can "
        "come\n"
        "out of the same deposit as now (checking ending 2274).\n"
        "\n"
        "Thanks,\n"
        "Tom\n",
        [],
    ),
    (
        "From: Ezekiel Marsh <ezekiel@brightwatercoop.example>\n"
        "To: Harlan Voss <harlan@brightwatercoop.example>\n"
        "Subject: Saturday inventory 12/20\n"
        "\n"
        "Harlan,\n"
        "\n"
        "I saw I'm on the schedule for the year-end inventory on Saturday the 20th. I'm a\n"
        "Seventh-day Adventist and I keep the Sabbath from Friday sundown to Saturday "
        "sundown,\n"
        "so I can't work that day. I can come in Saturday at 6 p.m. to finish the back "
        "room,\n"
        "or take the whole Sunday count instead.\n"
        "\n"
        "Thanks for understanding,\n"
        "Ezekiel\n",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "From: Tallgrass Payroll Services <compliance@tallgrasspayroll.example>\n"
        "To: Marguerite Osei <hr@ostranderprint.example>\n"
        "Subject: How we process garnishments (for your handbook)\n"
        "\n"
        "When Ostrander Print receives a withholding order, scan it to us the same day.\n"
        "Order of priority: child support, then federal tax levies, then student loans, "
        "then\n"
        "creditor garnishments. Child support may take 50-65% of disposable earnings; a\n"
        "creditor garnishment is capped at 25% or the state minimum-wage floor.\n"
        "Remittances to the State Disbursement Unit go out with each pay date under your\n"
        "employer EIN, 84-3920716. Employees may call us at 555-0137 with questions about\n"
        "their own deduction.\n",
        [],
    ),
    (
        "From: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "To: claims@granitemutual.example\n"
        "Subject: First report of injury - Odalys Quintero\n"
        "\n"
        "Employer: Riverbend Community Kitchen\n"
        "Employee: Odalys Quintero, prep cook, hired 04/2024\n"
        "Date/time of injury: 12/03/2026, about 9:40 a.m.\n"
        "What happened: hand slipped on the mandoline while slicing onions, deep cut to "
        "the\n"
        "left index finger\n"
        "Treatment: Eastside Urgent Care, six stitches and a tetanus booster\n"
        "Work status: released to modified duty, no wet work for 10 days\n"
        "Witness: Devon Amesbury (kitchen lead)\n"
        "\n"
        "Please send the claim number to me; I'll post the notice in the break room.\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: Celeste Amadi <celeste.amadi@postbox.example>\n"
        "To: Meridian Benefits Group <enroll@meridianbenefits.example>\n"
        "Subject: please enroll me - open enrollment closes Friday\n"
        "\n"
        "Hello,\n"
        "\n"
        "I'm on leave and can't get to a computer that works with the enrollment site. "
        "Can\n"
        "someone just do it for me? I want the Silver PPO, employee + children, and to "
        "drop\n"
        "vision.\n"
        "\n"
        "Login is my work email, password Kestrel!Pond84\n"
        "It texted a verification code to my phone: 066953\n"
        "\n"
        "I work at Hollis & Pine Bakery. Thank you!\n"
        "Celeste\n",
        [
            ("PASSWORD", "Kestrel!Pond84"),
            ("ACCESS_CODE", "066953"),
        ],
    ),
    (
        "From: Harriet Lomax <hlomax@postbox.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Fwd: Poll worker assignment - December 16 runoff\n"
        "\n"
        "Gloria, here's the county letter for my civic-leave day. - Harriet\n"
        "\n"
        "---------- Forwarded message ----------\n"
        "From: Alder County Elections <pollworkers@aldercounty.example>\n"
        "\n"
        "Dear Harriet Lomax,\n"
        "Thank you for serving as an election judge for the December 16 runoff.\n"
        "  Assignment: Precinct 14, Cedar Grange Hall\n"
        "  Party affiliation (as stated on your application): Republican\n"
        "  Training: December 9, 6:00 p.m.\n"
        "Please arrive by 5:30 a.m. on Election Day.\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "From: Devon Amesbury <devon@riverbendkitchen.example>\n"
        "To: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "Subject: Armando - Thursday\n"
        "\n"
        "Bettina, about Thursday in the walk-in. Armando says it was a seizure, the first\n"
        "one in about three years. He'd run out of his levetiracetam and it lapsed for a\n"
        "week. He's back on it, his neurologist cleared him, and he brought a note.\n"
        "\n"
        "Should we keep him off the slicer and the fryer until his next appointment? I "
        "don't\n"
        "want to treat him differently if we're not supposed to.\n"
        "Devon\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: ClearPath Screening <adjudication@clearpathscreen.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Report complete - Rory Mbeki (cashier)\n"
        "\n"
        "Gloria,\n"
        "\n"
        "Rory Mbeki's report is complete and needs your review:\n"
        "  County criminal, Alder County: misdemeanor retail theft, convicted 08/2019,\n"
        "  12 months probation, completed 09/2020\n"
        "  Statewide and federal: no other records\n"
        "\n"
        "Under the city's fair chance ordinance you'll need to do the individualized "
        "assessment\n"
        "(nature of the offense, time elapsed, the job's duties) before any adverse "
        "action.\n"
        "The assessment form is in your dashboard.\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "From: Audra Kenning <finance@larkspurarts.example>\n"
        "To: Beatriz Lemos <bia@lemosillustra.example>\n"
        "Subject: December invoice - wire details check\n"
        "\n"
        "Ola Beatriz,\n"
        "\n"
        "Thanks for the mural sketches, the kids loved them. Before I release the wire "
        "for\n"
        "invoice LYA-2026-112 (EUR 1,850), can you confirm these details from your W-8BEN\n"
        "packet are still right?\n"
        "\n"
        "  Beneficiary: Beatriz Lemos\n"
        "  Bank: Banco Atlantico do Tejo, Lisbon\n"
        "  IBAN: PT67 3545 9150 6532 7534 6831 4\n"
        "\n"
        "Our bank cuts off international wires on 12/19, so a quick yes would be great.\n"
        "\n"
        "Audra\n"
        "Finance & Operations, Larkspur Youth Arts\n",
        [
            ("IBAN_CODE", "PT67 3545 9150 6532 7534 6831 4"),
        ],
    ),
    (
        "From: Audra Kenning <finance@larkspurarts.example>\n"
        "To: Teaching artists (contract) <artists@larkspurarts.example>\n"
        "Subject: 1099-NEC season - what we need from you\n"
        "\n"
        "If we paid you $2,000 or more this year as a contractor, you'll get a 1099-NEC "
        "by\n"
        "January 31. We need a current W-9 on file with your SSN or ITIN (or EIN if you "
        "have\n"
        "a business). Please upload it through the secure link, don't email it, and don't\n"
        "send a photo of your Social Security card. If you're not a U.S. person, we'll "
        "send\n"
        "you a W-8BEN instead and no 1099 will be issued.\n",
        [],
    ),
    (
        "From: Harlan Voss <harlan@brightwatercoop.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Lupe leaving early 12/12\n"
        "\n"
        "FYI, Lupe asked to leave at 3 on Friday the 12th. She sings in the choir at the\n"
        "Our Lady of Guadalupe Mass at St. Anselm's every year and rehearsal is at 4. I "
        "said\n"
        "yes and moved Marco to close. Nothing for payroll, she's making up the hours "
        "Sunday.\n"
        "Harlan\n",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "From: Rosalind Ferrante <steward@local508.example>\n"
        "To: Bindery and pressroom <floor@ostranderprint.example>\n"
        "Subject: Contract info session - everyone welcome\n"
        "\n"
        "The tentative agreement summary is ready. We're holding an info session on\n"
        "Wednesday 12/17 at 5:30 p.m. at the Labor Temple, 2nd floor. Everyone in the\n"
        "bargaining unit is welcome, whether or not you've signed a card, and you can "
        "bring\n"
        "questions about wages, the health plan and the new overtime rules.\n"
        "Pizza provided. Childcare available if you RSVP by Monday.\n"
        "Rosalind Ferrante, Chief Steward\n",
        [],
    ),
    (
        "From: Odile Marchetti <ed@cedarrowcare.example>\n"
        "To: Keystone HR Partners <hr@keystonehr.example>\n"
        "Subject: employment verification for Terrence\n"
        "\n"
        "Hi,\n"
        "\n"
        "Terrence Albright (maintenance, started 11/3) is on parole, and his parole "
        "officer,\n"
        "Ms. Achebe, sent a verification form asking for his schedule and pay rate. He's "
        "fine\n"
        "with us sending it; he signed the release. He also checks in with her the first\n"
        "Monday of each month at 9, so I'd like to keep his Mondays starting at 11.\n"
        "\n"
        "Can you fill out the form from the HRIS? I'd rather not guess his hours.\n"
        "Odile\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "From: Tallgrass Payroll Services <security@tallgrasspayroll.example>\n"
        "To: Payroll contacts <clients@tallgrasspayroll.example>\n"
        "Subject: Year-end phishing: what our real messages look like\n"
        "\n"
        "Scammers send fake W-2 requests every December. Some tells from recent examples:\n"
        "  - The fake used a sample SSN, 666-28-4805, which SSA never issues (area 666).\n"
        "  - Another used 962-46-3858, which is neither a valid SSN nor a valid ITIN.\n"
        "  - Our real invoices carry a 19-digit reference like 9426629664058171315 and a\n"
        "    13-digit batch trace like 2804072325439; neither is a card or bank number.\n"
        "We will never ask you to email a W-2 list, a password, or a sign-in code.\n",
        [],
    ),
    (
        "From: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "To: Facilities <facilities@larkspurarts.example>\n"
        "Subject: Badges for the January starters\n"
        "\n"
        "Please program three badges before 1/5: Aurelie (badge 915741), Joaquin (278744)\n"
        "and Wren (559417). All three need the studio wing and the main door, not the\n"
        "office suite. Also, the lobby keypad code changes to 6042 on 1/2; please post "
        "it on\n"
        "the staff board, not in email to the teaching artists.\n"
        "Maribel\n",
        [],
    ),
    (
        "From: Marcus Whitfield <marcus.w@hollisandpine.example>\n"
        "To: Meridian Benefits Group <enroll@meridianbenefits.example>\n"
        "Subject: Qualifying event - marriage 11/29\n"
        "\n"
        "Hi,\n"
        "\n"
        "I got married on November 29 and would like to add my husband, Andre Solberg, to\n"
        "my medical and dental coverage. I understand I have 30 days from the wedding. "
        "Our\n"
        "marriage certificate is attached. Andre's date of birth is 07/02/1990.\n"
        "\n"
        "Should his coverage start 12/1 or 1/1? Either is fine, we just want to know.\n"
        "\n"
        "Thanks,\n"
        "Marcus Whitfield (he/him)\n"
        "Hollis & Pine Bakery\n",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "From: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "To: Devon Amesbury <devon@riverbendkitchen.example>\n"
        "Subject: Re: Priya's swap for the 24th\n"
        "\n"
        "Devon - approve Priya's swap with Tamsin for the 24th. You don't need to ask "
        "her why\n"
        "she wants the day. We never ask about religion, or anything else, for holiday\n"
        "swaps; as long as the shift is covered and nobody goes into overtime, it's a "
        "yes.\n"
        "Bettina\n",
        [],
    ),
    (
        "From: Hannah Eberle <hannah@hollisandpine.example>\n"
        "To: owner@hollisandpine.example\n"
        "Subject: two hours off on 12/17\n"
        "\n"
        "Hi Rosa,\n"
        "\n"
        "Could I leave at 1 on Wednesday the 17th? My carrier screening from my annual\n"
        "physical came back showing I carry one copy of a GJB2 variant, and the genetic\n"
        "counselor wants to meet to talk about testing my husband. The appointment is at "
        "2.\n"
        "\n"
        "I'll come in at 4 a.m. instead of 5 to make up the time.\n"
        "Hannah\n",
        [
            ("genetic", ""),
        ],
    ),
    (
        "From: Anton Brill <anton@larkspurarts.example>\n"
        "To: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "Subject: Thursday morning\n"
        "\n"
        "Hi Maribel, I have an appointment Thursday at 9 and should be in by 11. Here's "
        "the\n"
        "reminder they sent so you know it's real, ha:\n"
        "\n"
        '  "Reminder: your appointment with Northgate Clinic is 12/11 at 9:00 AM.\n'
        '   Reply C to confirm or R to reschedule."\n'
        "\n"
        "I'll move the 10 a.m. check-in with the ceramics group to the afternoon.\n"
        "Anton\n",
        [],
    ),
    (
        "From: Corinne Vasquez-Hale <corinne@ostranderprint.example>\n"
        "To: Marguerite Osei <hr@ostranderprint.example>\n"
        "Subject: leave in February (private)\n"
        "\n"
        "Marguerite,\n"
        "\n"
        "I'd like to start the FMLA paperwork. My genetic test came back positive for a\n"
        "BRCA1 mutation, and after a lot of back and forth with my surgeon I'm having a\n"
        "preventive double mastectomy on February 9. They said to plan on four to six "
        "weeks.\n"
        "\n"
        "I'm okay with Cyrus knowing I'll be out, but please don't share why.\n"
        "Corinne\n",
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        "From: Keystone HR Partners <hr@keystonehr.example>\n"
        "To: Managers <managers@hollisandpine.example>\n"
        "Subject: Template: asking for a doctor's note\n"
        "\n"
        "When you request a medical certification or return-to-work note, always include\n"
        "this language:\n"
        "\n"
        '  "The Genetic Information Nondiscrimination Act of 2008 prohibits employers '
        "from\n"
        "  requesting or requiring genetic information of an individual or family member.\n"
        "  Please do not provide any genetic information, including family medical "
        "history\n"
        "  or the results of an individual's or family member's genetic tests.\"\n"
        "\n"
        "Then ask only whether the employee can perform the job's essential functions.\n",
        [],
    ),
    (
        "From: Marguerite Osei <hr@ostranderprint.example>\n"
        "To: Supervisors <supervisors@ostranderprint.example>\n"
        "Subject: Reminder: reference calls go to HR\n"
        "\n"
        "A few of you have been getting calls about former employees. Please don't give\n"
        "references yourselves. Our policy is to confirm dates of employment and last job\n"
        "title only, and only through HR. We don't discuss reasons for leaving, "
        "attendance,\n"
        "health, union activity or anything in someone's file. Forward any call or email "
        "to\n"
        "me at 555-0148.\n",
        [],
    ),
    (
        "From: Riverbend Community Kitchen <news@riverbendkitchen.example>\n"
        "To: Staff and volunteers <all@riverbendkitchen.example>\n"
        "Subject: December staff newsletter\n"
        "\n"
        "In this issue: our culinary cohort graduation, the new dish machine, and a story\n"
        'from one of our line cooks, who asked us not to use her name. "Two years ago I '
        "was\n"
        'drinking every day and couldn\'t hold a job," she writes. "This kitchen gave me a\n'
        'schedule I could build a life around."\n'
        "If you or someone you love is struggling, the EAP number is on the break-room "
        "board.\n"
        "Also: the 12/19 payroll is the last one of the year. Turn in timecards by "
        "Tuesday.\n",
        [],
    ),
    (
        "From: Bettina Hollaway <hr@riverbendkitchen.example>\n"
        "To: Jun Oyama <jun.oyama@postbox.example>\n"
        "Subject: Your paycard PIN\n"
        "\n"
        "Hi Jun,\n"
        "\n"
        "The paycard company reset your PIN like you asked when you called. Your new\n"
        "temporary PIN is 2611. The first time you use it at an ATM it will ask you to "
        "pick a\n"
        "new one, so pick something only you know.\n"
        "\n"
        "Your Friday pay will load to the card as usual.\n"
        "Bettina\n",
        [
            ("PIN", "2611"),
        ],
    ),
    (
        "From: Yvette Lindqvist <yvette@larkspurarts.example>\n"
        "To: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "Subject: schedule request for January\n"
        "\n"
        "Hi Maribel,\n"
        "\n"
        "Quick one before everyone scatters for the holidays. I start my monthly Kesimpta\n"
        "shots again in January and the day after tends to knock me flat. Could I work "
        "from\n"
        "home the day after each one? I'll put them on Thursdays so it's always a Friday,\n"
        "and I can keep my Saturday workshop.\n"
        "\n"
        "Happy to fill out whatever form you need.\n"
        "Yvette\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: Meridian Benefits Group <enroll@meridianbenefits.example>\n"
        "To: All staff, Hollis & Pine Bakery <staff@hollisandpine.example>\n"
        "Subject: Open enrollment closes Friday 12/12 - your 2027 plan choices\n"
        "\n"
        "Bronze HSA: $3,400 deductible; preventive care, HIV testing and PrEP covered at "
        "100%.\n"
        "Silver PPO: $1,500 deductible; $30 therapy and psychiatry visits; substance use\n"
        "treatment covered in and out of network.\n"
        "Gold PPO: $500 deductible; maternity and fertility benefits; gender-affirming "
        "care;\n"
        "genetic counseling and BRCA testing when medically indicated.\n"
        "All plans: EAP with six free counseling sessions per issue, and a $0 flu shot.\n"
        "\n"
        "Group number 0074419. Log in to the enrollment site to choose; if you do "
        "nothing,\n"
        "you keep your 2026 plan.\n",
        [],
    ),
    (
        "From: Lorna Beckwith <lornab@postbox.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: COBRA January premium\n"
        "\n"
        "Hi Gloria,\n"
        "\n"
        "I still haven't got the COBRA coupon book and January's premium is due 1/1. Can "
        "you\n"
        "just run it on my card like you did for December?\n"
        "\n"
        "Visa 4548 6963 5680 7202\n"
        "Exp 11/28, code on back 980\n"
        "Billing zip is the same as my old address on file.\n"
        "\n"
        "Thank you so much. Tell everyone at the deli I said happy holidays.\n"
        "Lorna\n",
        [
            ("CREDIT_CARD", "4548 6963 5680 7202"),
            ("CVV", "980"),
        ],
    ),
    (
        "From: Harlan Voss <harlan@brightwatercoop.example>\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: face clock rejected people this morning\n"
        "\n"
        "Gloria, the new face clock at the back door rejected two people this morning "
        "and I\n"
        "had to override. Here's what the kiosk log shows:\n"
        "\n"
        "  06:58  Soto, Ramon       face match 0.91  accepted\n"
        "  07:02  Lund, Kari        face match 0.47  rejected (override HV)\n"
        "  07:05  Marsh, Ezekiel    face match 0.89  accepted\n"
        "  07:11  Pell, Aidan       face match 0.52  rejected (override HV)\n"
        "\n"
        "Kari had a hat on, Aidan shaved his beard. Can we ask Punchwell to lower the "
        "cutoff?\n"
        "Harlan\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "From: Gloria Pettibone <office@brightwatercoop.example>\n"
        "To: Tobias Renner <tobias@brightwatercoop.example>\n"
        "Subject: Payroll while I'm out 12/15-12/31\n"
        "\n"
        "Tobias,\n"
        "\n"
        "You're covering payroll for the two runs while I'm away. The Tallgrass admin "
        "login:\n"
        "  Username: brightwater.admin\n"
        "  Password: mB7#ruvTallow22\n"
        "  Security question (city where I was born): Sandusky\n"
        "Approve the batch by 2 p.m. Tuesday or it slips a day. Timecards come from the\n"
        "kiosk export, don't retype them.\n"
        "\n"
        "Please delete this email once you've put it in the password manager.\n"
        "Gloria\n",
        [
            ("PASSWORD", "mB7#ruvTallow22"),
            ("PASSWORD", "Sandusky"),
        ],
    ),
    (
        "From: Odile Marchetti <ed@cedarrowcare.example>\n"
        "To: All staff <staff@cedarrowcare.example>\n"
        "Subject: Year-end check: emergency contacts\n"
        "\n"
        "Before winter driving season, please check your emergency contact in Sprocket "
        "HR.\n"
        "If it's out of date, reply with:\n"
        "\n"
        "  Contact name: ______________\n"
        "  Relationship: ______________\n"
        "  Phone: 555-____   Alternate: ______________\n"
        "\n"
        "We only use this if something happens to you at work or on a client visit.\n",
        [],
    ),
    (
        "From: Maribel Oyelaran <maribel@larkspurarts.example>\n"
        "To: All staff <staff@larkspurarts.example>\n"
        "Subject: News about our board chair\n"
        "\n"
        "Some of you saw it in the Courier: our board chair, Judith Fairweather, won the\n"
        "Ward 2 city council seat in November, running on her affordable-housing and\n"
        "youth-arts platform. Under our bylaws she'll step down from the board on "
        "January 1,\n"
        "and Vice Chair Ogden Price will serve as interim chair.\n"
        "\n"
        "As a 501(c)(3) we don't endorse candidates, so please keep campaign talk off\n"
        "Larkspur email. Cards for Judith are in the office if you'd like to sign one.\n",
        [],
    ),
    (
        "From: Devon Amesbury <devon@riverbendkitchen.example>\n"
        "To: hr@riverbendkitchen.example\n"
        "Subject: I-9 for Hollis (prep), he doesn't drive\n"
        "\n"
        "Bettina, Hollis Kerrigan doesn't have a driver's license, so for List B he "
        "showed an\n"
        "Oregon ID card, number 9506560, expires 2031. List C was his birth certificate "
        "from\n"
        "Multnomah County. Both originals. He starts prep shift Thursday.\n"
        "Devon\n",
        [
            ("US_STATE_ID", "9506560"),
        ],
    ),
    (
        "From: support@punchwell.example\n"
        "To: Gloria Pettibone <office@brightwatercoop.example>\n"
        "Subject: Ticket #58175 - enrollment failing on kiosk BW-02\n"
        "\n"
        "Hi Gloria,\n"
        "\n"
        "We looked at the kiosk logs for Priscilla Dunmore (badge 4417). Her right index\n"
        "enrollment keeps failing the quality check:\n"
        "  template hash: "
        "de7a2eb629a236d70eeffd013b50b5165788422c6254f9301ec8abf37faf6c68\n"
        "  verification match score: 0.31 (threshold 0.60)\n"
        "Please have her re-enroll using her left index finger, and clean the sensor "
        "first.\n"
        "\n"
        "Punchwell Time Systems Support\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "From: Odile Marchetti <ed@cedarrowcare.example>\n"
        "To: All staff <staff@cedarrowcare.example>\n"
        "Subject: Rainbow Caregivers lunch - all welcome\n"
        "\n"
        "The Rainbow Caregivers group is hosting a holiday lunch on 12/19 at noon in the\n"
        "training room. It's open to everyone: LGBTQ+ staff, allies, and anyone curious.\n"
        "Topics this month: making intake forms friendlier for clients' partners and\n"
        "families, and the new domestic partner benefit for 2027. Sandwiches from Hollis "
        "&\n"
        "Pine; RSVP so we get the count right.\n",
        [],
    ),
    (
        "From: Odile Marchetti <ed@cedarrowcare.example>\n"
        "To: Keystone HR Partners <hr@keystonehr.example>\n"
        "Subject: Sofia's hep B record for her file\n"
        "\n"
        "Attached is Sofia Rentoul's hepatitis B record for her caregiver file: three "
        "doses\n"
        "(2019-2020) and a positive surface antibody titer drawn at Northgate Clinic on\n"
        "11/24/2026. She also had her TB skin test read negative the same week.\n"
        "\n"
        "She can now be scheduled for the Delgado and Hsu clients.\n"
        "Odile\n",
        [
            ("health", ""),
        ],
    ),
    (
        "From: Marguerite Osei <hr@ostranderprint.example>\n"
        "To: Tallgrass Payroll Services <support@tallgrasspayroll.example>\n"
        "Subject: Writ of garnishment - Naomi Pell\n"
        "\n"
        "Another one, sorry. A writ of continuing garnishment came in for Naomi Pell\n"
        "(press operator):\n"
        "\n"
        "  Creditor: Cascade Lending Co.\n"
        "  Employee identified on the writ as: Naomi R. Pell, SSN XXX-XX-6203\n"
        "  Amount: 25% of disposable earnings until $3,140.77 is paid\n"
        "\n"
        "Please set it up after the child support order already on her file, and send\n"
        "the answer form back to me so I can file it within 20 days.\n"
        "Marguerite\n",
        [
            ("US_SSN", "6203"),
        ],
    ),
    (
        "From: Oluwaseun Drake <seun@cedarrowcare.example>\n"
        "To: Potluck crew <potluck@cedarrowcare.example>\n"
        "Subject: Re: potluck sign-up\n"
        "\n"
        "Put me down for a main! My DNA kit results finally came back - 41% Nigerian, "
        "mostly\n"
        "Yoruba - so obviously I'm bringing jollof rice. My grandma's recipe via my aunt,\n"
        "so fair warning, it has a kick.\n"
        "\n"
        "Seun\n",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_83, "hard83", Path(__file__).with_name("hard-83.jsonl")))
