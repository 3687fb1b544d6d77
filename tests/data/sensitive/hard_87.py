"""Hard set 87 (2026-12-08): one detail, many registers (texting, formal letters, jargon, voice).

Written blind. 100 short e-mails and messages (40 decoys, 60 positives) in which the same
kinds of detail are said by teenagers in texting style, elderly writers in formal letters
and all-caps notes, non-native writers translating literally, clinicians and lawyers in
abbreviations, people using euphemism, slang and emoji, run-on sentences, autocorrect typos
and voice-to-text artifacts ("comma", "period", digits dictated as words). Decoys use the
same registers for hyperbole, song and game titles, TV, hypotheticals, generic advice,
templates, open events, codes that open nothing and numbers that fail their checks.

What I read, and nothing else: /tmp/mg/set87/prompt.txt, /tmp/mg/set87/brief.txt,
/tmp/mg/set87/conventions.txt, /work/shared/policy/privacy-policy.txt,
tests/data/sensitive/independent_sets.py, scanner/categories.py, and the output of
grep -n "line-length" pyproject.toml. What I ran: cat on those files; mkdir, cat, python3
on my own scratch files under /tmp/hard87_gen/ (gen.py, cases.py, emit.py); wc on my
module path and cat on a scratch path (both absent) to see whether an earlier attempt had
left anything; python -m tests.data.sensitive.hard_87 with /work/main/.venv/bin/python;
sed, grep, awk, wc on my module; ruff format and ruff check on my module; git add and git
commit of my two files. Slip, honestly: to check my own output I also ran an inline
python3 (ast) over my module and the conventions file to confirm the copy is verbatim,
piped grep over my own JSONL through cut, tr and head to see the shuffled kinds, and ran
git status in the worktree; none of these read anything beyond my own files and the
files named above.

How identifiers were generated: /tmp/hard87_gen/gen.py, random.Random(87087). Cards are
Luhn-valid (Visa, Mastercard, Amex); SSNs follow SSA rules (area not 000, 666 or 9xx, group
and serial non-zero); the ITIN has a 9xx area and group 70-88; routing numbers pass the ABA
prefix and checksum rules; the IBAN passes mod-97; passports, licences, state and tribal
IDs, PINs, one-time codes, passwords, the secret key and credit scores are seeded random
strings in plausible shapes. No value is a trivial run. Decoy numbers fail on purpose: the
16-digit tracking number and the 18-digit order number fail Luhn, and the dashed
SSN-shaped part number has area 955 (9xx, and a group outside the ITIN ranges). Gate,
door, lockbox and alarm codes, the guest Wi-Fi password and the promo code are invented
and open no account. Phone numbers are 555-01xx; people, places and organisations are
invented; domains end .example. Case order was shuffled with random.Random(8787).

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
- Register changes nothing: a detail is labelled when an ordinary reader would clearly
  understand it about an identifiable person, whether it is said in texting style, in
  all caps, in clinical or legal abbreviations, in euphemism or slang ("out on paper",
  "back from upstate, did his 7", "6 months clean" with a sponsor's chip, "the magic
  number" for a debit-card PIN, "dx'd ... it's endo"), or in emoji ("Jess ... 🤰🤰 12 wks" is
  pregnancy: health; "🔵🔵🔵 all the way down the ballot" and grandma "went 🔴" are
  votes: political_opinion, once).
- Digits dictated as words in a person's own voice-to-text message (not only an
  automated voicemail) are labelled on the words exactly as transcribed; an SSN
  transcribed as spaced single digits is US_SSN on the spaced string. Transcription
  artifacts ("comma", "period") are never part of a value.
- A one-time bank code that an elderly writer says she read aloud to a caller, quoted in
  her e-mail, is ACCESS_CODE (the code itself is disclosed, whoever asked for it).
- A password for a named online game account (Hexfall) opens an online account:
  PASSWORD. The user name beside it is not labelled.
- In a run-on adverse-action message with each reason on its own line, each
  CREDIT_REPORT item runs from its name (leading article left out) to the end of its
  line; "too many inquiries" is not an adverse credit-report item and is not labelled.
  In a typo'd message ("credit scone is 606") the score is CREDIT_SCORE as usual; a late
  payment ends at the clause's comma.
- A self-reported score with "when we did the car loan" and "paying off the card" is a
  credit score: CREDIT_SCORE on both numbers.
- An SSN's last four "only last 4 legible" on a billing note is US_SSN; the same note's
  COPD with home oxygen is health.
- A New York non-driver ID is US_STATE_ID; the writer's macular degeneration beside it
  is health. A Mexican passport is US_PASSPORT; a California licence number given for a
  cousin is US_DRIVER_LICENSE.
- A voice-ID score against an enrolled voiceprint for a named customer is biometric, like
  a face-match or fingerprint score.
- Beta-thalassemia carrier status of a named child, "not sick from it, only carry",
  with a talk at the next visit, is genetic only. An ancestry estimate in a teen's text
  is genetic and racial_ethnic_origin. A Lynch (MLH1) variant with a screening and
  surgery plan is genetic and health.
- "I am Quechua from Cusco" names an indigenous people: racial_ethnic_origin. "The only
  hmong kid in 10th grade" states the writer's ethnicity. "As a Black woman" in a letter
  to the editor is racial_ethnic_origin about the named writer.
- Fasting till sunset "this month" with iftar is Ramadan practice: religious_belief. A
  son taken to Jumu'ah by his father, and a lifelong member of the Religious Society of
  Friends declining to swear an oath, are religious_belief.
- A worker who writes that she signed the union card, a member's strike pay "from the
  local for me", and a member in good standing of an IBEW local are
  trade_union_membership.
- A woman writing "as her wife" of Harriet, a man named Omar writing "my husband Felix",
  and a teen who told her grandmother she is bi are sexual_orientation; a partner notice
  for gonorrhea to a named man is health and sexual_orientation.
- A tenant application's disclosed misdemeanor conviction with completed probation is
  criminal_history; a drug-court progress note is criminal_history, and the Suboxone and
  IOP in it are health. An unlawful detainer (eviction) notice is civil: not labelled.
- Decoys, never labelled: hyperbole and jokes ("literally dying", "my OCD about labels",
  "still deaf" after a concert, "allergic of Monday mornings", "genetically blessed",
  "in my DNA", "card-carrying member of the cat video fan club", "joined the union of
  people who ignore her texts", "we murdered them", "criminals on defense", "pray for me"
  before a test); song titles ("Folsom Prison Blues") and a TV theme's "gay old time";
  game and TV plots (lycanthropy in Skyrim, a D&D cleric's gods, a fictional prison
  show); a hypothetical arrest quiz; an aggregate applicants' report; an anonymised donor
  story; a marked training scenario; a blank intake form with XXX-XX-XXXX; a generic
  appointment reminder that names no condition; a pet's insulin; a question about a
  hereditary panel with no test taken; a senator's public vote; interview rules that say
  what not to ask; open events (a Labor Temple meeting, a Pride night, BP checks, flu
  shots, Mass times); a "hey friend" campaign appeal; time clocks that "use a finger scan"
  with no data; abbreviations that only look clinical or correctional (PO as purchase
  order, DOC as a document, CCW as counter-clockwise, pt as part, Hx of leaks on a unit);
  a gate and door code, a shop alarm code dictated as words, a guest Wi-Fi password and a
  promo code.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_87: list[Case] = [
    (
        (
            "Dear colleagues,\n"
            "I must confess I am allergic of Monday mornings, as we say in my village it is the\n"
            "illness with no medicine. So I bring the pastries today to cure all of us.\n"
            "They are in the kitchen near the printer.\n"
            "Best regards, Dragomir\n"
        ),
        [],
    ),
    (
        (
            "🗳️✅ voted this morning\n"
            "🔵🔵🔵 all the way down the ballot, didn't skip a single race\n"
            "👵 took grandma too, she went 🔴 on everything lmao\n"
            "thanksgiving is gonna be fun 🦃\n"
        ),
        [("political_opinion", "")],
    ),
    (
        (
            "SISTERS!!! Lumen Beauty is doing 40% off til midnight\n"
            "code SLAYDEC40 at checkout 💅\n"
            "im getting the lip kit, u want anything??\n"
            "pls say yes so i hit free shipping\n"
        ),
        [],
    ),
    (
        (
            "cant hang sat im knocking doors for Rosa Delgado-Finch again 🗳️\n"
            "city council race is SO close\n"
            "my feet hurt already lol\n"
            "come with?? they give u free pizza\n"
        ),
        [("political_opinion", "")],
    ),
    (
        (
            "strike pay came thru finally 400 from the local for me this week so we can do the\n"
            "electric bill but not the car payment im gonna call Westlake and ask for an\n"
            "extension and if that doesnt work i guess we borrow from your mom again\n"
            "love u - D\n"
        ),
        [("trade_union_membership", "")],
    ),
    (
        (
            "Welcome to the Ashgrove cottage! 🏡\n"
            "Wi-Fi for guests: network AshgroveGuest, password Heronfield2026\n"
            "Checkout is 10am, leave keys in the bowl.\n"
            "Call 555-0134 if the heat acts up.\n"
        ),
        [],
    ),
    (
        (
            "Pt Corinne Abadi - genetics f/u\n"
            "MLH1 pathogenic variant confirmed (Lynch). Hx colon ca in father, dx age 48.\n"
            "Plan: colonoscopy q1-2y, discuss risk-reducing TAH-BSO after childbearing.\n"
            "Refer GC for cascade testing of sibs.\n"
            "- Dr. S. Iqbal\n"
        ),
        [("genetic", ""), ("health", "")],
    ),
    (
        (
            "Hi Ms. Beaulieu,\n"
            "for the scholarship form my tribal ID # is 067249, im an enrolled member of the\n"
            "Turtle Mountain Band of Chippewa. my mom said to put both on there\n"
            "sorry i forgot it last time lol\n"
            "- Kaden Azure\n"
        ),
        [("US_STATE_ID", "067249"), ("racial_ethnic_origin", "")],
    ),
    (
        (
            "Mr. Devin Achterberg -\n"
            "This is the county health dept. A person you had sexual contact with in the past\n"
            "60 days has been dx w/ gonorrhea. Pls come to the STI clinic (rm 104) for free\n"
            "testing and tx. Walk-ins M-F 8-4. Your info is confidential.\n"
            "DIS Officer R. Lam, 555-0127\n"
        ),
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        (
            "Dear teacher Ms. Holloway,\n"
            "Please excuse my son Yusuf on Friday after lunch, he go with his father to the\n"
            "mosque for the Friday prayer, the Jumu'ah. His father is very strict for this since\n"
            "Yusuf is now twelve. He will come back for last class.\n"
            "Thank you, Amina Farouk\n"
        ),
        [("religious_belief", "")],
    ),
    (
        (
            "Hi Renata,\n"
            "Nana's groceries are on her debit card again this week. The magic number is 0964\n"
            "(don't write it on the card like last time 🙈). Receipt goes in the blue tin.\n"
            "The lockbox on the porch is still 2-1-7.\n"
            "Thanks love, Bev\n"
        ),
        [("PIN", "0964")],
    ),
    (
        (
            "Dear Mr. Whitaker,\n"
            "Yesterday I sign the card for the union, the SEIU, like my coworkers in the night\n"
            "shift. My supervisor say now I can lose my hours. Is this true? In my country it\n"
            "is normal to be in union.\n"
            "Thank you, Beatriz Okonkwo-Silva\n"
        ),
        [("trade_union_membership", "")],
    ),
    (
        (
            "Report for the board: 41% of this year's scholarship applicants identified as\n"
            "Hispanic or Latino, 23% as Black, and 18% as Asian American. Full table attached.\n"
            "No individual applications are shared in this summary.\n"
            "- Gloria, Scholarship Committee\n"
        ),
        [],
    ),
    (
        (
            "ok so the bank letter came they said no on the card and it says my score is 541\n"
            "the reasons are a charge-off by Westbrook Card Services from 2023\n"
            "and a collection account from Tri-County Ambulance\n"
            "and too many inquiries so i guess thats that lol anyway can u still come saturday\n"
        ),
        [
            ("CREDIT_SCORE", "541"),
            ("CREDIT_REPORT", "charge-off by Westbrook Card Services from 2023"),
            ("CREDIT_REPORT", "collection account from Tri-County Ambulance"),
        ],
    ),
    (
        (
            "📣 Pride Night at the Eastfield Library 🏳️\u200d🌈\n"
            "Friday 6-8, drag story hour + zine making\n"
            "all ages, all identities, no RSVP needed\n"
            "questions? text 555-0102\n"
        ),
        [],
    ),
    (
        (
            "ok so ur gonna log in for me on Hexfall while im at my dads\n"
            "user is xXcrumbsXx and pw is Maple%50quill\n"
            "DONT buy anything w my gems and dont change my skin\n"
            "if it asks for a code txt me\n"
            "thx bestie 🫶\n"
        ),
        [("PASSWORD", "Maple%50quill")],
    ),
    (
        (
            "random q but if i ever got arrested who would u call first\n"
            "like hypothetically\n"
            "Tasha says she'd call her lawyer aunt and i dont even have a lawyer aunt\n"
            "this is for a buzzfeed quiz dont worry lol\n"
        ),
        [],
    ),
    (
        (
            "FREE BLOOD PRESSURE CHECKS AT THE SENIOR CENTER\n"
            "EVERY TUESDAY 10 TO NOON IN THE CRAFT ROOM\n"
            "NURSES FROM VALLEY HEALTH. NO SIGN UP NEEDED.\n"
            "EVERYONE WELCOME, BRING A FRIEND.\n"
        ),
        [],
    ),
    (
        (
            "[Auto-transcribed voicemail] hi this is Ingrid from Stillwater Federal fraud team\n"
            "calling for mister Paolo Renzi the voice ID check on your call this morning scored\n"
            "0.31 against your enrolled voiceprint so we have locked telephone access to the\n"
            "account for now please call us back at 555-0166 thank you\n"
        ),
        [("biometric", "")],
    ),
    (
        (
            "Interviewer reminders for Tuesday's panel:\n"
            "- do NOT ask about religion, union membership, marital status or health\n"
            '- do not ask where someone is "originally from"\n'
            "- stick to the scored questions, notes go in the portal\n"
            "Thanks! - Priyanka, HR\n"
        ),
        [],
    ),
    (
        (
            "mom 🔑 for the credit union app 👉 Marigold$35heron\n"
            "👆 capital M!!! it's case sensitive 🙄\n"
            "dont give it to dad he locks it out every time 😂\n"
            "call me if it asks for the text code 📱\n"
        ),
        [("PASSWORD", "Marigold$35heron")],
    ),
    (
        (
            "ngl the cultural night thing is kinda my moment\n"
            "im the only hmong kid in 10th grade so mrs Tran asked me to do the paj ntaub display\n"
            "my grandma is sewing a new one 😭😭\n"
            "u coming??\n"
        ),
        [("racial_ethnic_origin", "")],
    ),
    (
        (
            "re: ticket 40912 - Delphine Okoro still can't get into the HR portal\n"
            "face match on her re-verification came back 0.42, threshold is 0.80\n"
            "prob the old badge photo, she's got a new haircut too\n"
            "gonna have her re-enroll at the kiosk tmrw\n"
        ),
        [("biometric", "")],
    ),
    (
        (
            "just so ur not surprised grandpa Ernesto tried to get Mateo at 3 and the thumb\n"
            "scanner only gave him a 61 match and it needs 85 so they made him wait for me to\n"
            "call them lol can u redo his fingerprint enrollment thing at drop off tmrw he was\n"
            "so mad\n"
        ),
        [("biometric", "")],
    ),
    (
        (
            "omg kiera can u do me a huge favor\n"
            "my phone bill is due 2day n my acct is locked\n"
            "card is 4726 4939 4865 0678 exp 09/28 the back thing is 774\n"
            "pls pay the $62 on the Lumen Mobile app ill venmo u back fri\n"
            "ty ily 😭🙏\n"
            "- jaz\n"
        ),
        [("CREDIT_CARD", "4726 4939 4865 0678"), ("CVV", "774")],
    ),
    (
        (
            "hey Linh it's Omar sending from the car my husband Felix and I can't make the\n"
            "holiday thing Saturday he's got the flu really bad comma fever and everything so\n"
            "we're staying in period rain check question mark\n"
        ),
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        (
            "Ty hit 6 months clean friday 💪\n"
            "his sponsor drove up from Harlan to give him the chip\n"
            "we're doing a little cookout sunday, no beer obviously lol\n"
            "come thru if ur free\n"
        ),
        [("health", "")],
    ),
    (
        (
            "Dear Customer Service,\n"
            "\n"
            "I have been locked out of my online banking at Stillwater Federal again. For your\n"
            "records, the answers to my security questions are as follows: my first school was\n"
            "Harmon Creek Elementary, and my father's middle name was Augustus.\n"
            "\n"
            "I would be grateful if someone would telephone me at 555-0178 in the afternoon.\n"
            "\n"
            "Respectfully,\n"
            "Mr. Clement Dufresne\n"
        ),
        [("PASSWORD", "Harmon Creek Elementary"), ("PASSWORD", "Augustus")],
    ),
    (
        (
            "Dear Mr. Whitcombe,\n"
            "\n"
            "Enclosed please find my cheque for fifty dollars towards your campaign for county\n"
            "commissioner. I have voted Republican in every election since 1956 and I do not\n"
            "intend to stop now, whatever my grandchildren may say.\n"
            "\n"
            "Yours truly,\n"
            "Harlan T. Voss\n"
        ),
        [("political_opinion", "")],
    ),
    (
        (
            "TO WHOM IT MAY CONCERN AT THE COUNTY ENERGY OFFICE\n"
            "I AM APPLYING FOR THE WINTER PROPANE HELP AGAIN THIS YEAR.\n"
            "MY SOCIAL IS 393-55-0054 AND MY HUSBANDS IS ON THE OLD FORM YOU HAVE.\n"
            "PLEASE CALL 555-0142 IF THERE IS MORE TO FILL OUT.\n"
            "MY GRANDDAUGHTER SET UP THIS EMAIL FOR ME.\n"
            "GLADYS MERRIWEATHER\n"
        ),
        [("US_SSN", "393-55-0054")],
    ),
    (
        (
            "Dear Dr. Whitfield,\n"
            "My sister and I are considering the hereditary cancer panel. If a result ever came\n"
            "back positive, would our children's insurance be affected? We have not been tested\n"
            "and have no diagnosis; we simply want to understand the process before deciding.\n"
            "Kind regards, Lorna Featherstone\n"
        ),
        [],
    ),
    (
        (
            "Hello Mr. Tarrant,\n"
            "\n"
            "I send you the data for the rent of the car for my cousin and me. My passport\n"
            "of Mexico is G83690285 and it expire in 2031. My cousin have only the license of\n"
            "drive of California, the number is E0853232.\n"
            "\n"
            "We arrive the day 19 in the night, please you wait for us, the flight is late\n"
            "always.\n"
            "Thank you very much for your kindness,\n"
            "Rogelio Baltazar Inda\n"
        ),
        [("US_PASSPORT", "G83690285"), ("US_DRIVER_LICENSE", "E0853232")],
    ),
    (
        (
            'From our winter newsletter: One of our clients (we\'ll call him "J.") came to us\n'
            "after eleven years in state prison with nothing but a paper bag of belongings.\n"
            "Today he runs a crew of six. Stories like J.'s are possible because of donors like\n"
            "you. Names and details changed to protect privacy.\n"
        ),
        [],
    ),
    (
        (
            "Dear Nurse Petra,\n"
            "The test of the genes for my daughter Anh come back, they say she carry one copy of\n"
            "the beta thalassemia, but she is not sick from it, only carry. The doctor say we\n"
            "talk about it more in the next visit in January.\n"
            "Can I bring also her brother for same test?\n"
            "Thank you, Tran Thi Mai\n"
        ),
        [("genetic", "")],
    ),
    (
        (
            "To the Editor,\n"
            "\n"
            "As a Black woman of seventy-eight years who has lived on Cullen Street since 1971,\n"
            "I wish to state my objection to the renaming of the library branch without a word\n"
            "to those of us who fought to have it built.\n"
            "\n"
            "Respectfully,\n"
            "Mrs. Odessa Pruitt\n"
        ),
        [("racial_ethnic_origin", "")],
    ),
    (
        (
            "ALL WORKERS WELCOME\n"
            "OPEN MEETING ABOUT THE NEW SCHEDULING SYSTEM\n"
            "THURSDAY 7PM AT THE LABOR TEMPLE, 212 FOUNDRY ST\n"
            "COFFEE AND DONUTS. YOU DO NOT NEED TO BE A MEMBER TO ATTEND.\n"
            "BRING YOUR QUESTIONS.\n"
        ),
        [],
    ),
    (
        (
            "yo Priya checkout on prod is 401ing again\n"
            "i rotated it this morning, new secret is sk_live_e677C8d6ieXE0Di0Az9CenO8\n"
            "publishable one is pk_live_RpfEYiR8dlE65frb8Am6jfqO (thats fine to ship in the js)\n"
            "pls dont paste the sk in slack this time lmao\n"
            "- Kofi\n"
        ),
        [("API_KEY", "sk_live_e677C8d6ieXE0Di0Az9CenO8")],
    ),
    (
        (
            "WE MURDERED THEM 42-7 🏈🔥\n"
            "the refs tried to rob us on that one call but nah\n"
            "coach said we're criminals on defense lmao\n"
            "state semis next fri!!!\n"
        ),
        [],
    ),
    (
        (
            "Hi Wendell, reminder: your appointment with Dr. Okafor at Maple Grove Family\n"
            "Practice is Tues 12/15 at 10:30am. Please arrive 15 min early and bring your\n"
            "insurance card. Reply C to confirm or call 555-0188 to reschedule.\n"
        ),
        [],
    ),
    (
        (
            "im literally dying 💀💀 this chem hw is actually killing me\n"
            "like who decided moles were a unit\n"
            "if i dont make it tell my mom i loved her lol\n"
            "ok ft me in 10\n"
        ),
        [],
    ),
    (
        (
            "TO THE PENSION OFFICE\n"
            "I HAVE BEEN A MEMBER IN GOOD STANDING OF IBEW LOCAL 418 SINCE 1979 AND HAVE PAID\n"
            "MY DUES EVERY MONTH. I WANT TO KNOW WHY MY STATEMENT SAYS 38 YEARS OF SERVICE\n"
            "WHEN IT SHOULD SAY 41. PLEASE ANSWER IN WRITING.\n"
            "FRANK DOMBROWSKI\n"
        ),
        [("trade_union_membership", "")],
    ),
    (
        (
            "ok here's the card for the tickets before they sell out its 5285 9260\n"
            "1017 6486 and exp is 11/27 and the zip is the old house one\n"
            "get 4 if u can its for Lila's bday\n"
        ),
        [("CREDIT_CARD", "5285 9260\n1017 6486")],
    ),
    (
        (
            "DEAR HARDWARE STORE\n"
            "I NEED ANOTHER CARTRIDGE FOR THE KITCHEN FAUCET. THE PART NUMBER\n"
            "ON THE OLD ONE SAYS 955-17-1416 BUT IT IS HARD TO READ.\n"
            "PLEASE CALL 555-0150 WHEN IT COMES IN. I WILL PAY CASH.\n"
            "ARTHUR PEMBERTON\n"
        ),
        [],
    ),
    (
        (
            "ok party is at Jordyn's lake house 🎉\n"
            "gate code is 4471 then press # and the door code is 8302\n"
            "parking is on the grass not the driveway\n"
            "bring snacks or dont come lol\n"
        ),
        [],
    ),
    (
        (
            "that concert was SICK 🤘 im still deaf lol\n"
            "my ears are ringing like a microwave\n"
            "10/10 would lose hearing again\n"
            "who has the videos\n"
        ),
        [],
    ),
    (
        (
            "did u see Senator Haverford's speech lol\n"
            "she said she's voting no on the farm bill AGAIN\n"
            "the whole diner went quiet when it came on\n"
            "anyway dinner at 6\n"
        ),
        [],
    ),
    (
        (
            "Dear Members of the Over-Sixties Club,\n"
            "\n"
            "A gentle reminder that the pharmacy at Ridgeway Plaza is offering flu and shingles\n"
            "vaccinations to all comers on Tuesdays and Thursdays this month. No appointment is\n"
            "needed. Do bring your insurance card.\n"
            "\n"
            "Cordially,\n"
            "The Committee\n"
        ),
        [],
    ),
    (
        (
            "bro my khajiit got lycanthropy AGAIN in Skyrim 😭\n"
            "and my cleric in the D&D campaign just switched gods mid-session\n"
            "Evan said thats not how faith works and i said its a GAME evan\n"
            "u playing tonight or nah\n"
        ),
        [],
    ),
    (
        (
            "so the loan officer called back and my credit scone is 606 (autocorrect lol, SCORE)\n"
            "she said thats the middle one of the three\n"
            "it would be higher if not for a late payment to Corvane Auto Finance in march, which\n"
            "i told her was when i was between jobs\n"
            "anyway she thinks we can still do the FHA thing\n"
        ),
        [
            ("CREDIT_SCORE", "606"),
            ("CREDIT_REPORT", "late payment to Corvane Auto Finance in march"),
        ],
    ),
    (
        (
            "NEW PATIENT INTAKE (please complete before visit)\n"
            "Name: ______________  DOB: ___/___/_____\n"
            "Current medications: ______________________\n"
            "Past diagnoses: __________________________\n"
            "SSN (optional): XXX-XX-XXXX\n"
            "Signature: ______________\n"
        ),
        [],
    ),
    (
        (
            "Dear Reverend Ames,\n"
            "\n"
            "Harriet and I have been together forty-one years and married these last nine, and\n"
            "as her wife I should like to be the one to read at her sister's service on Saturday.\n"
            "Please let me know whether that would be suitable.\n"
            "\n"
            "Sincerely,\n"
            "Margaret (Peggy) Lund\n"
        ),
        [("sexual_orientation", "")],
    ),
    (
        (
            "hey Marcy its mom sending this with the talking thing\n"
            "the bank just text me a code it says five five three seven nine two and not to share\n"
            "it but I can't get into the app can you put it in for me on the Harbor Point Credit\n"
            "Union thing period I'm on the porch call me\n"
            "Sent from my iPhone dictation sorry for typos\n"
        ),
        [("ACCESS_CODE", "five five three seven nine two")],
    ),
    (
        (
            "Hi Deshawn - quick one b4 I e-file:\n"
            "IRS sent ur 2026 IP PIN, it's 281442 (new every yr, don't reuse last yr's)\n"
            "also confirm SSN on the W-2 ends 8583? payroll had a typo last yr\n"
            "if both ok reply Y and I'll transmit tonite\n"
            "- Pauline, Kestrel Tax Svcs\n"
        ),
        [("PIN", "281442"), ("US_SSN", "8583")],
    ),
    (
        (
            "Great question from our workshop! Generally a score of 670 or above is considered\n"
            '"good," and late payments can stay on a report for up to seven years.\n'
            "Pay on time, keep balances low, and check your reports free once a year.\n"
            "- Riverbend CU Financial Wellness\n"
        ),
        [],
    ),
    (
        (
            "Dear Ms. Carrow,\n"
            "Thank for your help with my salary last month. For this month please you send\n"
            "the money to the account of my brother in Germany, he study there and need for\n"
            "the rent. His IBAN is DE92564389803725101382, name Nguyen Van Khoa.\n"
            "I am sorry for the trouble, my account in here is close now.\n"
            "Best regard,\n"
            "Nguyen Thi Lan\n"
        ),
        [("IBAN_CODE", "DE92564389803725101382")],
    ),
    (
        (
            "ugh my sister is just genetically blessed\n"
            "eats pizza every day and still runs a 6 min mile\n"
            "meanwhile i look at a cookie and gain 3 lbs\n"
            "its in my DNA to suffer\n"
        ),
        [],
    ),
    (
        (
            "mom whats this lol it came to my phone not urs\n"
            '"Harborline CU: 863003 is your sign-in code. Do not share it."\n'
            "is that for ur account?? r u getting hacked\n"
            "also can i go to Ava's\n"
        ),
        [("ACCESS_CODE", "863003")],
    ),
    (
        (
            "Handoff 0700\n"
            "Rm 12 Dolores Ybarra 71F hx T2DM, CKD3, dx LLE cellulitis\n"
            "on IV cefazolin q8h, BG 240s overnight, SSI per protocol\n"
            "fam at bedside, dtr is HCP\n"
            "- RN K. Moss\n"
        ),
        [("health", "")],
    ),
    (
        (
            "Hi all - quick note from the supply closet: I've relabeled every bin in here so\n"
            "please put things back where they go. Yes, I know, my OCD about labels is showing\n"
            "again 😅 The glue sticks are NOT markers. Thank you!\n"
            "- Rhoda, front office\n"
        ),
        [],
    ),
    (
        (
            "Uncle Ray's back from upstate 🙏 did his 7 and he's out on paper now\n"
            "PO says he's gotta be in by 9 every night so thanksgiving dinner is at 4 sharp\n"
            "dont ask him about it at the table ok\n"
            "- Keisha\n"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "hey can we push the lunch mtg to after 5:15? I'm fasting till sunset this month 🌙\n"
            "happy to do iftar at the Lebanese place if ppl are down\n"
            "otherwise zoom is fine\n"
            "- Samir\n"
        ),
        [("religious_belief", "")],
    ),
    (
        (
            "Now hiring: Reentry Case Manager (bilingual Spanish/English)\n"
            "Experience with justice-involved adults, substance use treatment and housing\n"
            "programs preferred. Valid driver's license required. $52k-58k, full benefits.\n"
            "Apply at careers.harborline.example by Jan 9.\n"
        ),
        [],
    ),
    (
        (
            "Good afternoon,\n"
            "For the form of the school lunch you ask me the number of social security of the\n"
            "parent. I don't have social, I have the number of taxes ITIN 958-85-6996, is that\n"
            "okay? My husband also not have. The children yes they have but you say only parent.\n"
            "Thank you, Marisela Quispe\n"
        ),
        [("US_ITIN", "958-85-6996")],
    ),
    (
        (
            "OMG Jess just told me 🤰🤰 12 wks!!!\n"
            "due in june 👶🎉 she's telling her mom sunday\n"
            "dont say anything at book club she'll kill me 🤐\n"
        ),
        [("health", "")],
    ),
    (
        (
            "Hello,\n"
            "I make the order of the curtains last week and it not arrive. The number of the\n"
            "order is 742627648369998424. Can you tell me where is it? Also I want change the\n"
            "colour to green if still possible.\n"
            "Thank you, Halina\n"
        ),
        [],
    ),
    (
        (
            "Dear Lorraine,\n"
            "The gentleman from the bank asked me to read him the little number that came on my\n"
            "telephone, which was 593263, and I did so. Only afterwards did I think it peculiar\n"
            "that the bank should need to ask me for its own number. Do you think I have been\n"
            "foolish?\n"
            "Your loving aunt,\n"
            "Philippa\n"
        ),
        [("ACCESS_CODE", "593263")],
    ),
    (
        (
            "St. Brigid's Christmas schedule\n"
            "Christmas Eve: family Mass 4pm, midnight Mass 11:30pm (carols from 11)\n"
            "Christmas Day: 9am and 11am\n"
            "All are welcome. Parking in the school lot.\n"
        ),
        [],
    ),
    (
        (
            "Attorney notes - consult w/ Ms. Yolanda Breck, 12/04\n"
            "Tri-merge pulled 12/03. Middle score 704.\n"
            "Derogatory items:\n"
            "- Chapter 7 bankruptcy, discharged 06/2019\n"
            "- 30-day late, Pinecrest Mortgage Servicing, 08/2024\n"
            "Client seeks refi; advise re: seasoning req. for conv. loan.\n"
            "-- RB\n"
        ),
        [
            ("CREDIT_SCORE", "704"),
            ("CREDIT_REPORT", "Chapter 7 bankruptcy, discharged 06/2019"),
            ("CREDIT_REPORT", "30-day late, Pinecrest Mortgage Servicing, 08/2024"),
        ],
    ),
    (
        (
            "Billing - pt Harold Fenwick, DOS 12/02\n"
            "fax from referring office cut off the SSN, only last 4 legible: 2277\n"
            "dx on the referral is COPD exac, O2 2L NC at home\n"
            "pls verify w/ pt's dtr before resubmitting claim\n"
            "thx, Lorna (front desk)\n"
        ),
        [("US_SSN", "2277"), ("health", "")],
    ),
    (
        (
            "hey so i know i bailed on thursday again im sorry my therapist upped my lexapro to\n"
            "20 and the first week always wipes me out and i didnt want to be weird at dinner so\n"
            "i just stayed home and slept but im feeling more like a person now so can we\n"
            "reschedule for next week maybe wednesday\n"
        ),
        [("health", "")],
    ),
    (
        (
            "ok no spoilers but s2 of Cell Block Nine is UNREAL\n"
            "when Dolores gets sent to solitary i screamed\n"
            "the warden is the real villain of that show fight me\n"
            "we watching ep 7 tonight??\n"
        ),
        [],
    ),
    (
        (
            "NOTICE TO TENANT Mr. Roland Achebe, Unit 2C\n"
            "Pursuant to the lease and Civil Code 1161, a hearing on the landlord's complaint\n"
            "for unlawful detainer is set for 01/14/2027, Dept. 9, Case No. 26-UD-04417.\n"
            "You may file a written response. Legal aid: 555-0119.\n"
            "- Property Management\n"
        ),
        [],
    ),
    (
        (
            "Hello Miss Jenny from HR,\n"
            "I am new worker in the kitchen since Monday. For the salary, put please on my\n"
            "account in Lakeshore Bank, the number of account 65862881 and the number of\n"
            "routing 627492321. In my country we take salary in envelope, so I am not sure I\n"
            "write correct. Please check for me.\n"
            "Thank you,\n"
            "Oleksandr Hrytsenko\n"
        ),
        [("US_BANK_NUMBER", "65862881"), ("ABA_ROUTING_NUMBER", "627492321")],
    ),
    (
        (
            "hey all, the new time clocks go in monday\n"
            "they use a finger scan instead of badges, HR says ur prints stay on the device\n"
            "if u dont want to do the finger thing u can ask for a PIN instead\n"
            "questions go to Darnell\n"
        ),
        [],
    ),
    (
        (
            "hey friend!! 👋 its Team Delgado-Finch\n"
            "early voting starts MON and every door counts 🗳️\n"
            "can u chip in $5 b4 midnight? link below\n"
            "reply STOP to opt out\n"
        ),
        [],
    ),
    (
        (
            "hey Sam it's Dad the alarm code for the shop is one nine four two and then press\n"
            "off period the cleaners are coming at 6 so leave the back light on and lock the\n"
            "side door when you go thanks bud\n"
            "sent via voice text\n"
        ),
        [],
    ),
    (
        (
            "Hi Marguerite - confirming ur recurring $25/mo to Friends of Oyelaran for Assembly\n"
            "starts 1/1. Card on file ending 3391.\n"
            "Thx for being in this w/ us!\n"
            "- Campaign finance team\n"
        ),
        [("CREDIT_CARD_LAST_DIGITS", "3391"), ("political_opinion", "")],
    ),
    (
        (
            "this is a message for Tonya at the benefits office this is Rufus Kimble returning\n"
            "your call about the food assistance my social security number is 5 2 9 9 6 2 3 1 6\n"
            "and my date of birth you already have please call back at 555-0193 thank you\n"
            "[Voicemail transcription - accuracy may vary]\n"
        ),
        [("US_SSN", "5 2 9 9 6 2 3 1 6")],
    ),
    (
        (
            "Dear Pharmacy,\n"
            "\n"
            "Since the macular degeneration took most of my sight I no longer hold a driving\n"
            "licence, and so I enclose the number of my New York non-driver identification card,\n"
            "801493702, as you requested for the records. My niece Colette will collect my\n"
            "parcels on Thursdays.\n"
            "\n"
            "With thanks,\n"
            "Edmund Rayle\n"
        ),
        [("US_STATE_ID", "801493702"), ("health", "")],
    ),
    (
        (
            "playlist for saturday so far:\n"
            '"Hurt" (the Johnny Cash one), "Jolene", "Folsom Prison Blues", "Sweet Caroline"\n'
            'Dad wants "Born in the U.S.A." and I refuse lol\n'
            "add whatever u want just no polka this time\n"
        ),
        [],
    ),
    (
        (
            "Hello, for the form of the clinic they ask my race and I don't understand the boxes.\n"
            "I am Quechua from Cusco, my parents also, we speak Spanish and Quechua at home.\n"
            "Which box I mark? Other? Thank you.\n"
            "Wilber Condori\n"
        ),
        [("racial_ethnic_origin", "")],
    ),
    (
        (
            "ur package from Thistle & Fig shipped!! 📦\n"
            "tracking # 3270 8253 9756 9870 (Northstar Freight)\n"
            "should be there thurs, someone has to sign for it\n"
            "dont let the dog eat the box again\n"
        ),
        [],
    ),
    (
        (
            "Dear Mrs. Halvorsen,\n"
            "I regret that I shall be unable to attend the Garden Club luncheon on the 14th. My\n"
            "physician has had me on the warfarin since the business with my heart in October,\n"
            "and I must have my blood drawn every Thursday morning without fail.\n"
            "Please give my regards to the ladies.\n"
            "Sincerely, Agatha Lindqvist\n"
        ),
        [("health", "")],
    ),
    (
        (
            "pray for me im taking the SAT saturday 🙏🙏\n"
            "if i get below a 1200 im moving to the woods\n"
            "jk but seriously pray\n"
            "also does anyone have a calculator i can borrow\n"
        ),
        [],
    ),
    (
        (
            "Hey Lars - PO 4471-088 for the valve kits got approved.\n"
            "Turn the shutoff CCW 2 full turns before swapping the cartridge.\n"
            "Install steps are in the DOC I shared (pt 2, pg 4). Hx of leaks on unit 3B so\n"
            "check twice.\n"
            "- Milo\n"
        ),
        [],
    ),
    (
        (
            "Re: Tenant application - Curtis Nwachukwu\n"
            "Applicant discloses a 2019 misdemeanor conviction (PC 487) with 3 yrs informal\n"
            "probation, completed 2022. Per our individualized assessment policy, please request\n"
            "the mitigating-circumstances form before the committee meets.\n"
            "- Leasing, Birchwood Commons\n"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "Lol Renee is a card-carrying member of the cat video fan club\n"
            "she sent me 14 today before 9am\n"
            "I've joined the union of people who ignore her texts\n"
            "(jk love u Renee)\n"
        ),
        [],
    ),
    (
        (
            "GUESS WHOS SCORE IS 767 NOW 📈📈\n"
            "it was 748 when we did the car loan!!!\n"
            "paying off the card was worth it fr\n"
            "ok now u can stop calling me irresponsible\n"
        ),
        [("CREDIT_SCORE", "767"), ("CREDIT_SCORE", "748")],
    ),
    (
        (
            "hi this is Bernard Okafor calling about the furnace repair invoice comma I want\n"
            "to pay by card the card is 3718 333612 68407 expires April 28 and the little code\n"
            "on the front is 3898 period if you could email me the receipt at\n"
            "bokafor@mailbox.example that would be great thank you\n"
            "[transcribed by Clearline Voicemail]\n"
        ),
        [("CREDIT_CARD", "3718 333612 68407"), ("CVV", "3898")],
    ),
    (
        (
            "SIM LAB SCENARIO 4 (fictional patient - for training only)\n"
            'Pt "Jane Roe" 54F hx HTN, T2DM, presents w/ CP radiating to L arm\n'
            "Students: obtain hx, order ECG, identify STEMI criteria.\n"
            "Debrief 1500 in rm 210.\n"
        ),
        [],
    ),
    (
        (
            "🚨🚨 mom\n"
            "💳 ending in 1200 got charged TWICE for the spotify family plan 😤\n"
            "the blue one not the gold one\n"
            "can u call them tmrw i have school\n"
        ),
        [("CREDIT_CARD_LAST_DIGITS", "1200")],
    ),
    (
        (
            "update: i told grandma im bi 😳\n"
            'she just said "ok" and asked if i wanted more pie 🥧\n'
            "like??? that's it???\n"
            "i love her so much\n"
        ),
        [("sexual_orientation", "")],
    ),
    (
        (
            "finally got dx'd today 🩺 it's endo like we thought 😮\u200d💨\n"
            "stage 3, surgery in feb\n"
            "at least im not crazy lol it was real the whole time\n"
            "wine night when im recovered 🍷\n"
        ),
        [("health", "")],
    ),
    (
        (
            "Grandpa keeps singing the Flintstones theme at dinner\n"
            '"we\'ll have a gay old time" every single night\n'
            "it was funny the first 40 times\n"
            "send help 😩\n"
        ),
        [],
    ),
    (
        (
            "DC progress note - participant Shane Tolliver\n"
            "Phase 2, 94 days. UDS 12/01 neg. Suboxone 8mg daily via Dr. Haddad, compliant.\n"
            "Attended 3/3 IOP groups. Curfew checks OK.\n"
            "Recommend advance to Phase 3 at next staffing.\n"
            "- Case Mgr J. Okwu\n"
        ),
        [("criminal_history", ""), ("health", "")],
    ),
    (
        (
            "Dear Sir or Madam,\n"
            "\n"
            "I am writing, at the suggestion of my grandson, to arrange that my pension be\n"
            "deposited directly henceforth. My account at the Farmers & Drovers Savings Bank\n"
            "is numbered 7204663778 and the routing number, as printed upon my cheques, is\n"
            "273922384.\n"
            "\n"
            "My grandson is kindly typing this for me, as I do not care for the electronic mail\n"
            "myself. I should be obliged if you would confirm receipt by post.\n"
            "\n"
            "Yours faithfully,\n"
            "(Mrs.) Winifred P. Ashcombe\n"
        ),
        [("US_BANK_NUMBER", "7204663778"), ("ABA_ROUTING_NUMBER", "273922384")],
    ),
    (
        (
            "Biscuit's on insulin now 🐶💉 vet says his sugar was 500\n"
            "twice a day shots with his breakfast and dinner\n"
            "he's being SO good about it\n"
            "who knew dogs got diabetes\n"
        ),
        [],
    ),
    (
        (
            "Counsel,\n"
            "\n"
            "Re: People v. Thibodeaux - our client, Mr. Lyle Thibodeaux, was arraigned 11/24 on\n"
            "one count of DUI (VC 23152(a)) and released OR. His CA DL no. G4917501 was seized at\n"
            "booking and an APS hearing has been requested within the 10-day window.\n"
            "\n"
            "Please calendar the readiness conf. and send discovery to this office.\n"
            "\n"
            "Marisol Venn, Paralegal\n"
            "Venn & Okoro LLP\n"
        ),
        [("US_DRIVER_LICENSE", "G4917501"), ("criminal_history", "")],
    ),
    (
        (
            "LMAOOO my GeneRoot results came back\n"
            '38% Nigerian 22% Irish and 4% "broadly Scandinavian" 💀💀\n'
            "my dad is NOT gonna believe the viking part\n"
            "screenshotting for the group chat\n"
        ),
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        (
            "Dear Friends at the Historical Society,\n"
            "\n"
            "As a lifelong member of the Religious Society of Friends I must decline to swear the\n"
            "oath printed on the volunteer form; I will gladly affirm instead, as Quakers have\n"
            "done for three centuries. I trust this presents no difficulty.\n"
            "\n"
            "In friendship,\n"
            "Ruth Ellery Garner\n"
        ),
        [("religious_belief", "")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_87, "hard87", Path(__file__).with_name("hard-87.jsonl")))
