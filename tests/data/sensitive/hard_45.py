"""Hard set 45 (2026-12-07): red team: misspelled, second-language and phone-typed English.

Written by an independent helper session, started by the project and working blind. It read
exactly: /work/shared/policy/privacy-policy.txt (all of it);
tests/data/sensitive/independent_sets.py (the checker and record format);
scanner/categories.py (category names); the output of
grep -n "line-length" pyproject.toml; and its brief (the prompt, /tmp/mg/brief45.txt and
/tmp/mg/conventions.txt). Nothing else in the worktree, in /work/main or in /work was read,
listed or grepped; the detector, scanner commands and make were not run; no search, code-index
or web tool was used. Ruff was run on this module only. Git: only `git add` of this module and
hard-45.jsonl and `git commit` in the worktree (run twice: the commit was amended once, to
correct the Identifiers paragraph of this docstring).
Slips: none.

Identifiers: every number, code and secret comes from throwaway scripts in /tmp/hard45_gen/
(gen_ids.py, gen_more.py), each kind drawn from its own random.Random with a fixed seed: SSNs
4501 (SSA rules: area not 000, 666 or 900+, group and serial not zero), ITINs 4502 (valid
group ranges), card numbers 4503 (Luhn check digit computed), CVVs and Amex CIDs 4504, ABA
routing numbers 4505 (valid prefix, 3-7-1 check digit computed), bank account numbers 4506,
IBANs 4507 (ES and FR, mod-97 check digits computed), passports 4508, driving licences 4509,
state and tribal ID numbers 4510, PINs and the IRS IP PIN 4511 (the PIN written as words is
one of them), one-time codes 4512, passwords 4513, API
secrets and the unlabelled SID and publishable key 4514, credit scores 4515, decoy order,
tracking, invoice, ticket, MRN, EIN, DOC, door, Wi-Fi and promo values 4516 (the 16-digit
hotel confirmation was checked to fail Luhn), phone numbers 4518 (all 555-01xx), card last
fours 4519, the masked account four 4520, the padlock combination 4521 and the match score
4524. No published test numbers and no trivial sequences. People, organisations, companies,
creditors and churches are invented; real places, public programmes (WIC, HOPWA) and vendors
(Twilio, Stripe, Credit Karma) appear only as context. Not generated, written by hand: the
two security answers ("Truong Le Loi", an invented school name; "Nha Trang", a city) and the
three user names beside passwords (no label applies to them); the 4513 strings are the
passwords only.

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
- Misspelled, autocorrected, split or run-together field names ("sosial security", "socail",
  "social security bomber", "rooting number", "acount", "past word", "pasword", "mypassword
  is", "driv ers licens", "pasport numbr", "pin numer", "credit scor", "midle scor") are read
  as the field meant; the value is labelled as usual, on the value only.
- An SSN typed with spaces instead of dashes ("899 94 3108") is US_SSN on the string exactly
  as typed.
- A PIN dictated into a phone and typed out as words ("nine three three zero") is PIN on the
  words exactly as written, like a voicemail transcription.
- Colloquial and misspelled condition words name the condition: "the sugar" (diabetes), "high
  presure", "diabetis", "canser", "chemoterapy", "depresion", "H.I.V", "sifilis" are health
  when said of an identifiable person; the same words in a workshop open to all, a yearly
  tally, a job posting, a training role play or about a dog stay unlabelled.
- A second-language false friend is read by its context: "i am embarased 5 month, the baby
  come in june" is a pregnancy: health.
- Misspelled faith and record words count like spelled ones: "presbiterian" with coming every
  Sunday and a baptism request is religious_belief; "Jehova witness" refusing a transfusion is
  religious_belief, and the named husband's knee replacement and type 2 diabetes are health;
  "parol" and "probaton" are criminal_history.
- "His father he is in the jail since march" in a mother's note about her named son is jail
  custody of an identified relative: criminal_history.
- A pronoun slip from a writer whose first language has no gendered pronouns ("my husband
  Rodel she will pick up") does not make a same-sex partner; only a stated same-sex spouse or
  partner ("me and my husband Carlos, we are two mans married") is sexual_orientation.
- Age alone ("I am having 34 years"), a country of origin ("from Somalia", "from Haiti") and
  a language spoken at home are not labelled; "i am black" answering a job form's race
  question and "we are mixteco from Oaxaca" are racial_ethnic_origin.
- "cancer" as a zodiac sign ("i am cancer in the horoscope") is not health.
- A late Social Security retirement payment, with no number and no condition, discloses
  nothing.
- "checking finish in 0337" is a masked bank last four like "ending in": not labelled; "my
  card finish in 2495" and "visa end in 7179" are CREDIT_CARD_LAST_DIGITS.
- A daycare finger-scan log's failed match (49.7 against a threshold of 60) for a named man
  is still a result of biometric processing: biometric.
- In a tenant-screening copy the score after "Credit scor:" is CREDIT_SCORE and each adverse
  item is CREDIT_REPORT on its whole line after the dash bullet; "Evictions: none found" and
  "Criminal: none found" disclose nothing.
- A user name beside a password (rmartinez58, thuynails, thu.nguyen.88) has no label. A
  patient-portal sign-in code is ACCESS_CODE and, naming no condition, not health.
- A relative held by immigration "not for crime, only papers" ("he dont have any crime") is
  in civil immigration detention: not labelled; a passport number given for him is still
  US_PASSPORT.

Emphasis: one hundred realistic mails (58 positives, 42 decoys) as small nonprofits receive
them from people writing English as a second or third language, typing on phones or in a
hurry: Spanish, Haitian Creole, Vietnamese, Somali, Tagalog, Arabic, Russian, Korean,
French and Igbo speakers' English, all-caps and no-caps mail, missing punctuation, autocorrect
slips and run-together words. Positives put government IDs (full, spaced and last-four SSNs,
ITINs, foreign passports, licences, state and tribal IDs), bank, card, IBAN, PIN, password,
security-answer, one-time-code, API-secret, score and credit-report values behind misspelled
field names, and disclose health, genetic, biometric, origin, political, faith, union,
orientation and criminal-record facts in misspelled or colloquial words. Decoys are the same
writers' routine mail with the same slips: orders, tracking, invoices, phone numbers, door,
gate, padlock and Wi-Fi codes, a promo code, a blank form and a template, misspelled policy
questions, topical health words with no person, aggregate counts, a public figure, a pet's
diabetes, a zodiac "cancer", a pronoun slip, language and nationality alone, civil detention,
a clean background check, open meetings and a training role play.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_45: list[Case] = [
    (
        """Subject: papers for the taxes apointment

hola good morning, is Rosa Quintanilla. for the apointment of the taxes on saturday you ask me
send the numbers before. my sosial security is 860-83-2322 and my husband Efrain he dont have
social, he have the ITIN 967-90-8628. we have 2 kids, the W2 and the 1099 i bring in paper.
thank you so much

Rosa""",
        [("US_SSN", "860-83-2322"), ("US_ITIN", "967-90-8628")],
    ),
    (
        """Subject: order not come

hi i order the 3 tshirts for the 5k run, order numbr 2075-3516-60, the traking say deliverd
tuesday but nothing in my door. can u check pls. my phone 612-555-0121 thx""",
        [],
    ),
    (
        """Subject: for my manman

Bonjou Miss Carline,

I write for my mother Yvrose Pierre-Louis. She have the sugar and the high presure since long
time, the doctor tell her take the insuline 2 time every day and her legs they swell. She
cannot stand long in the line at the pantry on thursday. It is possible somebody bring the box
to the car? I can drive her and wait in the parking.

Mesi anpil,
Wilner""",
        [("health", "")],
    ),
    (
        """Subject: ESL class tonight

teacher the door of the church hall is lock after 6, pastor Amos say the code is 8978 for the
side door by the parking. the class is in room 3 downstairs like before. see you tonight
- Thu""",
        [],
    ),
    (
        """Subject: Re: direct deposit form

Hi Dana sorry I forget to put in the form. The rooting number is 114788713 and acount
641131531, is checking in First Prairie Community Bank.

Sent from my iPhone""",
        [("ABA_ROUTING_NUMBER", "114788713"), ("US_BANK_NUMBER", "641131531")],
    ),
    (
        """Subject: paper for start work monday

Dear Ms. Hanh,

I am Tran Van Loc, I start Monday in the kitchen for the morning shift. For the form I-9 you
ask me, number of my passport is B8979694, passport of Viet Nam, expire 2031. I bring also the
original on Monday, and the card of Social Security I am still waiting.

Thank you very much,
Loc""",
        [("US_PASSPORT", "B8979694")],
    ),
    (
        """Subject: cannot volunteer sat

sorry Maribel i cannot come saturday morning for the food sorting. my dog Chispa she have the
diabetis now, the vet give her insuline 2 time a day at 7 and 7 and nobody else in the house
can do the injection. maybe the next month i come again""",
        [],
    ),
    (
        """Subject: MY SON DANIEL

HELLO MISS I AM THE MOTHER OF DANIEL OKAFOR FROM THE U12 SOCCER. DANIEL HE IS VERY SAD THIS
MONTH AND NOT COME TO PRACTICE BECAUSE HIS FATHER HE IS IN THE JAIL SINCE MARCH AND I WORK
TWO JOB. PLEASE DONT GIVE HIS PLACE TO OTHER KID, HE WANT TO PLAY. I TRY BRING HIM SATURDAY.
GOD BLESS YOU""",
        [("criminal_history", "")],
    ),
    (
        """Subject: question about pantry

hi, the food pantry ask for sosial security numbr? my neighbor she dont have one and she is
afraid to come. also she need ID or no? thanks""",
        [],
    ),
    (
        """Subject: question about the program

Hello.

My name is Oleg Vasiliev. I am having 34 years, I am living in Brighton Beach with my mother.
I have H.I.V from 2019, I take Biktarvy one time every day and the viral load now is not
detect, the doctor is happy. But I lose my job in the restaurant in september and I cannot pay
full rent. The social worker in hospital she say your organization help with the rent for
people like me.

What documents I need to bring? I have lease, letter from old job and the bank statements for
3 months. I can come on tuesday or thursday, in other days I have the interviews.

Best regards,
Oleg""",
        [("health", "")],
    ),
    (
        """Subject: scholarship form

Sorry the social security bomber is 899 94 3108 , the phone change it lol. Name Guadalupe Ortiz""",
        [("US_SSN", "899 94 3108")],
    ),
    (
        """Subject: why the senator

I see in the news the senator Whitfield he vote again the workers bill and he say in tv he is
proud christian. how he can do this to the workers?? i am very angry, what our group will do
about it, we make a letter or go to his office??""",
        [],
    ),
    (
        """Subject: Lola Remedios grocery

Hi mam Joy,

I am the caregiver of Lola Remedios in Unit 4B. Tomorrow I go to buy her grocery with her
debit card, she tell me the pin numer is 2386, is ok I use it or you want I wait for the
daughter to come? The lockbox key for the unit is 5807 if the night aide need.

Salamat po,
Marites""",
        [("PIN", "2386")],
    ),
    (
        """Subject: pick up box

Good morning po, my husband Rodel she will pick up the food box today because I am working
double shift. she is wearing the blue cap and she have the copy of my ID. thank you po

Maricel""",
        [],
    ),
    (
        """Subject: request for schedule on friday

Dear manager,

I am Yusuf Haddad from the warehouse team, second shift. I am muslim and I pray the Jumaa at the
masjid every friday at 1 oclock, I am member of the Islamic Center of the Valley since 2012.
Please can I take my lunch from 12:45 on fridays? I will stay more in the end of the shift so
the hours are same.

Thank you
Yusuf""",
        [("religious_belief", "")],
    ),
    (
        """Subject: I dont understand the form

I open the pdf for the volunteer and it say:

Name: ______________________
SSN: ___-__-____
Drivers Licens #: ____________
Emergency contact: ____________

I must put all this or only the name? sorry my english""",
        [],
    ),
    (
        """Subject: help for my mama

Hi Nicole from the computer class, my mama account at the credit union, user is rmartinez58 and
the past word is lupita*tigre97 , please help her pay the light bill on wednesday because she
dont know the computer and I am in Texas for work. thank you!! Ramiro""",
        [("PASSWORD", "lupita*tigre97")],
    ),
    (
        """Subject: volunteer driver

Good afternoon, I want to be volunteer driver for the seniors on tuesday and friday. my driv
ers licens is B9735766 California, I have clean record 12 years, no ticket. I have Toyota
Sienna 7 seats. Call me 718-555-0198 after 3pm.

Armando""",
        [("US_DRIVER_LICENSE", "B9735766")],
    ),
    (
        """Subject: question for the class

teacher if somebody in the english class have covid positive, what we do? we close the class or
only that person stay home? i ask because in my job they close everything last year""",
        [],
    ),
    (
        """Subject: for the registration

i dont have licens, only the state ID, the number is 692781900 from New York, the non driver
one. my name Fatoumata Diallo. is ok for the registration of the sewing class?""",
        [("US_STATE_ID", "692781900")],
    ),
    (
        """Subject: wifi

the wifi for guest in community room is Jardin3455 , for the printer no need pasword only push
the green button. -- Sokha, front desk""",
        [],
    ),
    (
        """Subject: donation for the family of the fire

Hello, I want donate $100 for the family of the fire in Maple street. I dont know how use the
website, it ask me many things. My card is 4021 2172 7852 3102 expire 09/28 and the 3 numbers
in the back 801. Name in card Hector Villalobos. Please send me the recibo for the taxes.

God bless""",
        [("CREDIT_CARD", "4021 2172 7852 3102"), ("CVV", "801")],
    ),
    (
        """Subject: taller de salud / health workshop

REMINDER!! the diabetis and high presure workshop is in spanish next tuesday 6pm in the library
basement, free for everybody, bring your family and neighbors. we have free snack, blood
presure check for who want, and raffle of a blender""",
        [],
    ),
    (
        """Subject: for the WIC

hello i am embarased 5 month, the baby come in june. the doctor in the clinic say i have the
anemia and give me the vitamin with iron. how i apply for the WIC? my name Yesenia Cruz,
305-555-0147""",
        [("health", "")],
    ),
    (
        """Subject: package

hi the box of books for the kids arrive? ups traking 1Z7AL6NA6685736649 say deliver to front
desk 2:14pm. pls check with the guard. thx Minh""",
        [],
    ),
    (
        """Subject: letter for my brother

Salaan,

My name is Hodan. My brother Abdirahman he was in prison 4 years in Stillwater, now he is on
parol since august and he live with me. He need letter from your center that he is coming to
the job training every day, the parol officer ask for it before the 15. Please can you write
it, I can come pick up.

Mahadsanid
Hodan Warsame""",
        [("criminal_history", "")],
    ),
    (
        """Subject: refund of camp

good morning the refund of the summer camp you send already? the bank app show nothing in my
checking finish in 0337. it was $180 for my son Bilal, the week we travel to Chicago so we did
not go. thank you""",
        [],
    ),
    (
        """Subject: important health information

Dear Mr. Esteban Ramirez,

I am Lucia Ferreira from the County Health Department, program of STD. One person who you had
sexual contact with in the last 3 month was diagnose with sifilis. For privacy we cannot say
the name of the person. Please come for the free test and treatment, is very easy, only one
injection if needed. Clinic hours monday to friday 8 to 4, no appointment, or call me
919-555-0182.

Lucia""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: EIN for the aplication

hi Samira the EIN of our organizacion is 77-4622594, the grant portal ask it in page 2. the
budget i send tomorow morning. thanks, Bashir""",
        [],
    ),
    (
        """Subject: pray for my wife

pastor please pray for my wife Lourdes she have the canser in the breast, she start the
chemoterapy monday in St. Vincent. we are very scare. thank you for everything

Ernesto""",
        [("health", "")],
    ),
    (
        """Subject: baptise our baby

Hello,

We are presbiterian all our life, in Korea we go to Sinam Presbitarian church in Daegu. Now we
live here 1 year and we come every sunday to your church, we sit in the back with the baby.
We want to baptise our daughter Seo-yeon in the christmas service. What we need to do? Is a
class for the parents?

Kim Min-jun and Park Ji-woo""",
        [("religious_belief", "")],
    ),
    (
        """Subject: interpreter for meeting

please for the parent meeting on thursday my mother she speak only Haitian creole, not french
and not english. can you have the interpreter for her? thank you

Rose-Marie""",
        [],
    ),
    (
        """Subject: help with my check

hello i am member of the union Local 26 since 2016, they take the dues from my check every 2
weeks $38. but this month they take 2 time. who i talk for this? my name is Reina Alvarado,
janitor night shift in the Foshay building""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Card

Hi Teresa this is Don I am talking to the phone because my hands are full of flour. The new
pin for the bank card is nine three three zero. Please take out the 200 for the rent at the machine
tomorrow and bring me the receipt. Thank you dear""",
        [("PIN", "nine three three zero")],
    ),
    (
        """Subject: recordatorio de cita / apointment reminder

Hello Mr. Farah, this is reminder you have apointment with Dr. Patel on Tuesday 10:30 am at
Riverside Family Clinic. Please bring the insurance card and photo ID, arrive 15 minute early
for the papers. If you cannot come please call 617-555-0141. Your number MRN 41860052.""",
        [],
    ),
    (
        """Subject: sign

hi i vote for Maria Delgado for city council, she help my street with the light. can somebody
bring me the sign for my yard? 412 Elm, apartment 2. thanks Thanh""",
        [("political_opinion", "")],
    ),
    (
        """Subject: WE ARE HIRING

WE ARE HIRING: case manager bilingual somali-english. experience with HIV services and housing
prefer, also driver licens and own car. full time with benefits. send resume to the office
before march 3, no phone calls please""",
        [],
    ),
    (
        """Subject: table for the gala

Mrs Adler, for the table of 8 at the gala, please charge my amex 3736 005323 48691, the 4
number in front small is 0793, name Rafael Benavides. The receipt to this email please, and
put the name of my company in the table card.""",
        [("CREDIT_CARD", "3736 005323 48691"), ("CVV", "0793")],
    ),
    (
        """Subject: background check

Hi Jamal, your background check for volunteer come back, no records found, everything good. you
can start the tutoring monday 4pm, room 12. welcome!!""",
        [],
    ),
    (
        """Subject: the letter of IRS

Hi Mr Greene,

for the taxes this year the IRS send me the letter with the pin numer 6 digit, is 446786. You
say before I need give you this one. My last 4 of socail is 5578 if you need to find my file.

Thank you,
Oksana""",
        [("PIN", "446786"), ("US_SSN", "5578")],
    ),
    (
        """Subject: cake for the party

hello for the birthday party of the seniors, my birthday is july 2 so i am cancer in the
horoscope lol. can the cake have the crab on it? my friend Lupe is leo so maybe a lion also.
thank u Nora""",
        [],
    ),
    (
        """Subject: my DNA result

hi Kiara, remember i tell you i do the DNA test from the kit? the result come: 62% west african
(nigeria, ghana), 31% european and 7% indigenous americas. my grandma was right lol. i bring
the printout to the genealogy club thursday

Denise""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: ALL WORKERS WELCOME

ALL WORKERS WELCOME - meeting to learn about the union for the warehouse, thursday 7pm at the
Labor Temple. pizza free, bring coworker. you dont need be member to come""",
        [],
    ),
    (
        """Subject: need to talk

hello miss Angela, i am mother of Kevin from the youth group. he tell us last week he is gay.
his father very upset, not talk to him. i dont know what to do, i love my son. you know somebody
speak vietnamese to talk with us? thank you, Lan""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: gala discount

use the code GALA87 for 20% off the tickets of the gala, only until friday!! share with the
family pls""",
        [],
    ),
    (
        """Subject: aplication for the house

Dear Mrs Johnson,

I am Marcus Bell, my case manager Mr. Ortiz tell me to send you this information for the
transitional house on 5th Avenue.

I come home in july after 6 years in the state prison, now I am on parole until 2027 and I
report every month. I have my social security card now, the number 652-22-9618. I dont have
licens yet, only the ID of the DOC 699385 and the birth certificate. I work in the warehouse
on Lakeview at night, 5 nights, so I can pay the program fee every week.

My mother she live in Gary but her apartment is too small for me and my cousin is there
already. Right now I sleep on the couch of my friend Terrell in Englewood but his landlord say
no more after the end of the month, so I need the place before december if possible.

About me: I finish the forklift certificate in october and the food handler card, I have
both papers. In the warehouse I start at 10pm and finish 6:30am, monday to friday, and the
supervisor Mrs. Gomez she say if I keep good attendance I can go to day shift in spring. I
save $640 already for the deposit and the first weeks. I dont have car, I take the bus 9 and
the train, so a house near the bus line is better for me but I take any room you have.

I read the house rules that Mr. Ortiz give me: no visitors after 9, cook your own food, clean
the kitchen on your day, the house meeting on sunday night. All this is ok for me, I am used
to schedule and I am quiet person. I can bring my own sheets and the small fridge.

For references you can call Mr. Ortiz 312-555-0152 or my supervisor Mrs. Gomez at the
warehouse office 312-555-0122 between 8 and 4. I can come for the interview any day before
6pm, I just need one day notice for sleep.

Thank you for the chance,
Marcus Bell
312-555-0193""",
        [("US_SSN", "652-22-9618"), ("criminal_history", "")],
    ),
    (
        """Subject: november news of the Westgate Neighbors Center

NOVEMBER NEWS - WESTGATE NEIGHBORS CENTER

Hello friends and neighbors! Here the news of this month, please share with your family and
the people in your building who dont have email.

1. PANTRY NEW HOURS
From november 6 the pantry open tuesday 3 to 7pm and saturday 9 to 12. No papers need, no
questions, everybody welcome. Please bring your own bags, we dont have more plastic bags.

2. ENGLISH AND COMPUTER CLASSES
The english class level 1 and 2 continue monday and wednesday 6pm. The new computer class
start thursday: how to use the email, how to make appointment online, how to not give your
pasword to the scam people. Teacher Mr. Okonkwo. Free, but sign up in the front desk.

3. HEALTH WORKSHOPS (open to all)
- november 14: the diabetis and the food of the holidays, with nutritionist from the county
- november 28: high presure, how to take it at home, free machine for the first 20 people
The workshops are in spanish and english, with somali interpreter.

4. WINTER COATS
We collect coats, boots and gloves for kids and adults until december 1. Clean please! Drop in
the big box by the door.

5. THANK YOU VOLUNTEERS
Big thank you to Mrs. Fadumo and her daughters for the sambusa in the harvest party, to Don
Pedro for fix the shelves, and to the high school kids who sort 2 tons of food!

STORY OF THE MONTH

One mother, we will call her "Ana" (not real name, some details change for privacy), come to
our door two winters ago with 3 kids and one suitcase. She dont speak english and she dont know
where is the school, the clinic, nothing. Our volunteers help her find the apartment, the
english class and the job.

Today "Ana" work in a bakery and she is volunteer in our pantry every saturday. She say: "when
I come I have nothing, now I help other people like me".

Your donation make stories like this possible. Thank you to all our friends!!""",
        [],
    ),
    (
        """Subject: devolucion / refund

Hello, I pay double the inscription of the conference, please return one to my acount in
Spain, IBAN ES35 9167 1288 3541 9315 1483, name Inmaculada Ferrer. Sorry my english.

Saludos""",
        [("IBAN_CODE", "ES35 9167 1288 3541 9315 1483")],
    ),
    (
        """Subject: code

jorge the bank send me code 639528 for enter the online banking, put it fast is only 10
minute!!""",
        [("ACCESS_CODE", "639528")],
    ),
    (
        """Subject: thank you volunteers

this year 43 familys with the diabetis come to our clinic day, and 12 people with the high
presure start the walking group in the park. thank you to all the volunteer, see you in
january!!""",
        [],
    ),
    (
        """Subject: my son

good morning teacher, my son Mateo he have the depresion since the winter, the doctor give him
sertralina and he go to therapy every wednesday after school. if he look tired in the class is
because this. please dont tell the other kids.

Claudia (mom)""",
        [("health", "")],
    ),
    (
        """Subject: team list

hi coach, my kid now use the name River and they/them, please change in the list of the team
and in the t-shirt. thank you

Olga""",
        [],
    ),
    (
        """Subject: screening result

Hello Mr. Ibrahim,

the screening for the apartment 3B come back today. I copy what it say:

Credit scor: 545
Negative items:
- Collection, Northpoint Recovery, $1,214, opened 2022
- Late payment 90 days, Sunbelt Auto Finance, March 2023
- Charge-off, Harbor Bank card, $612
Evictions: none found
Criminal: none found

Sorry, with this I cannot rent to you this time, the owner association rules are strict.
Maybe in the next year you try again, you are very nice family.

Regards,
Tatiana (manager)""",
        [
            ("CREDIT_SCORE", "545"),
            ("CREDIT_REPORT", "Collection, Northpoint Recovery, $1,214, opened 2022"),
            ("CREDIT_REPORT", "Late payment 90 days, Sunbelt Auto Finance, March 2023"),
            ("CREDIT_REPORT", "Charge-off, Harbor Bank card, $612"),
        ],
    ),
    (
        """Subject: letter of support

my cousin Wilmer is in the detention of immigration in Otay Mesa since 2 month, he dont have
any crime, only the papers. the lawyer say a letter from the food bank where he volunteer can
help for the bond. can you write it Mrs. Dominguez?""",
        [],
    ),
    (
        """Subject: the blood test of the baby

hello Mrs Pamela from the doula program, the doctor office call me about the newborn test of my
baby Fatima. they say she carry the sickle cell trait, one gen only, is not the disease. they
say we talk more in the 2 month visit. I am worry, what is mean this?

Halima""",
        [("genetic", "")],
    ),
    (
        """Subject: invoice

hola, the invoice INV-19744 for the 40 chairs rent, we pay by check or zelle? the party for the
seniors was very nice thanks""",
        [],
    ),
    (
        """Subject: help with computer

hi Linh, i cannot enter the website of unemployment again. my user is thu.nguyen.88 and
mypassword is Saigon.Girasol2 , can you try from the office? i call you after 5""",
        [("PASSWORD", "Saigon.Girasol2")],
    ),
    (
        """Subject: for the scholarship

Hello, I am enroll member of Navajo Nation, my tribal ID number is NN369020 like the form ask.
My mom is Dine and my dad from Laguna Pueblo. When is the interview?? thanks

Tyrell Begay""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "NN369020")],
    ),
    (
        """Subject: back door

hey the back door code for pantry is 4213 the key box not work so use the code and close good
after you bring the milk inside""",
        [],
    ),
    (
        """Subject: my husband

hi Miss Keisha, my husband Rigoberto he is in the drug court program since january, he take the
suboxone every morning and go to the meetings. the judge want letter that he come to the
parenting class. he came 6 times. can you do? thank you

Yolanda""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: winter schedule

Salam everybody, the new time for Jumaa in winter is 12:30. the parking in the back is close
for the snow, use the school lot. the iftar dinner is open to all neighbors, bring a friend""",
        [],
    ),
    (
        """Subject: the sms for reminder

Hi Pavel,

for connect the reminder SMS to our system, here the data from Twilio:
Account SID AC0d045cc6af939b823d6ce89bb1c765a7
Auth Token 81924d1e9a9cf9bc111c79ad15f2f026

Please dont share with nobody. After you finish I change it.

Dmitri""",
        [("API_KEY", "81924d1e9a9cf9bc111c79ad15f2f026")],
    ),
    (
        """Subject: training saturday

For the training saturday: ROLE PLAY (not real person, everything invent). The client "Juan"
tell you he have HIV and he was in the jail before. Practice what you say to him and what you
write in the notes. Remember is only practice.""",
        [],
    ),
    (
        """Subject: donation button

hello Amir, the donation button in the website not work again. the sekret key is
sk_live_GpW3yTJshlcmCBbfHjnbIpjZ and the publish key pk_live_lPiEfMl5On1KbolvU6Rji4MA, maybe i
put them in the wrong place? sorry i am not expert""",
        [("API_KEY", "sk_live_GpW3yTJshlcmCBbfHjnbIpjZ")],
    ),
    (
        """Subject: the surgery of my husband

Hello nurse Patty,

my husband Gerardo will have the surgery of the knee on the 14, the replacement. We are Jehova
witness, he not accept the transfusion of blood, please put it in his file. He have also the
sugar, type 2, he take metformina in the morning.

Thank you,
Marisol""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: volunteer soccer

hello my name is Ahmed i am from Somalia, i live in Minneapolis 6 years. i want to volunteer for
teach the kids soccer on saturday, i have experience as coach. phone 612-555-0166""",
        [],
    ),
    (
        """Subject: card

hi Norma, yesterday i sign the card for the union in the break room, also my cousin Elvia she
sign. when is the vote? we are 14 in the night shift who want it

Catalina""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: reminder for volunteers

hi volunteers, remember we dont ask nobody about religion or immigration papers at the pantry,
everybody get the food same. thank you""",
        [],
    ),
    (
        """Subject: the house program

hello Mr Chen, for the first time homebuyer class, the lender say my midle scor is 693 from the
3 reports, is enough for the down payment program? i have 2 kids and work at the school
cafeteria 8 years. thanks

Luz""",
        [("CREDIT_SCORE", "693")],
    ),
    (
        """Subject: garden gate

the gate of the community garden now have code 7161 then push #. dont give to people outside
the garden pls. the tomato are ready!!""",
        [],
    ),
    (
        """Subject: pledge

ok here my card for the pledge $25 monthly
5160 3741 3007
5884 exp 11/27 cvv 739
name Ifeoma Nwosu""",
        [("CREDIT_CARD", "5160 3741 3007\n5884"), ("CVV", "739")],
    ),
    (
        """Subject: raffle prize

the fedex numbr 366918931180 for the raffle prize (the TV), the winner ticket numbr is 0864802.
Mr Lopez he win!! call him pls 713-555-0123""",
        [],
    ),
    (
        """Subject: my brother

good afternoon, my brother Edwin Xoc is in the ICE detention in Louisiana, not for crime, only
papers. the lawyer of your organization ask his passport of Guatemala, the number is
248191841. he is born 1994. please help us

Candelaria Xoc""",
        [("US_PASSPORT", "248191841")],
    ),
    (
        """Subject: new acount

Dear [NAME],

welcome to the member portal. your user is [USERNAME] and the temporal pasword is XXXXXXXX,
please change after the first login. If problem call 215-555-0130.

Community Credit Help Desk""",
        [],
    ),
    (
        """Subject: my appointment

hi Jesse from the clinic, i cannot come on friday for the PrEP refill, can i come monday? the
last test for H.I.V was negative and the kidney test ok also. thank you

Andres""",
        [("health", "")],
    ),
    (
        """Subject: the bank for the salon

Thuy,

I go to Vietnam 3 weeks from tomorrow, you do the bank for the nail salon while I am gone.
online banking user: thuynails
pasword Paloma$Medina3
if it ask the question:
first school - Truong Le Loi
city where you marry - Nha Trang

dont forget:
- pay the rent on the 1, the landlord Mr. Sato take check only, the checkbook is in the drawer
  under the register, I sign 3 check already, you only write the amount
- the supply order for the gel and the acetone, the company call every tuesday, order 2 box
  of each color in the list on the wall, not more, last time we have too many
- the payroll is every friday, Kim and Ngoc they want cash, the others direct deposit, the app
  do it alone but you check the hours on the paper before
- the electric bill come around the 10, pay online with the same bank, not with the card
- if the pedicure chair number 4 leak again call Dung the plumber, not the big company, they
  charge too much
- saturday is busy, Lan can come early at 9 to help, tell her I pay her extra
- the alarm you know, same like before
- the health inspector maybe come this month, keep the sterilizer log every day and the
  gloves box full

call me on whatsapp if problem, morning here is night there so send message and I answer when
I wake up. and dont give the password to nobody, not even Kim.

Chi Hoa""",
        [
            ("PASSWORD", "Paloma$Medina3"),
            ("PASSWORD", "Truong Le Loi"),
            ("PASSWORD", "Nha Trang"),
        ],
    ),
    (
        """Subject: credit

how i can check my credit scor for free? the landlord say i need good credit for the apartment
and i dont know where. is safe the credit karma?""",
        [],
    ),
    (
        """Subject: EBT card

Miss Rosa from the senior center, my mother Ngozi she change the pin numer of her EBT card
yesterday, the new is 1872. she forget always so i tell you also. the code of the building is
0294 for the volunteer who bring her groceries. thank you

Chidi""",
        [("PIN", "1872")],
    ),
    (
        """Subject: Your order has shipped

Your order from Mercy Pharmacy has ship! Traking USPS 9400307444929392402791, arrive 2-3 days.
Questions call 404-555-0176.""",
        [],
    ),
    (
        """Subject: the trip

hi for the youth trip to Canada the pasport numbr of my son Diego Herrera is N11298866 (mexico
passport), he have the visa also. what else you need?? - Silvia""",
        [("US_PASSPORT", "N11298866")],
    ),
    (
        """Subject: blood drive

BLOOD DRIVE saturday in the gym!! before donate they ask some question privat about health and
travel, is normal, everybody same. eat good breakfast before and drink water""",
        [],
    ),
    (
        """Subject: about the question in aplication

Hello Ms Park,

in the application it ask if I have conviction. I was arrest in 2019 for DUI in Daly City, I
finish the probaton and the classes in 2021. I want to be honest with you. I still can apply
for the driver position for the food rescue?

Thank you,
Jerome Santos""",
        [("criminal_history", "")],
    ),
    (
        """Subject: microloan form

for the microloan form, i dont have social, my ITIN is 950-82-9377 and my ID of New Mexico is
490299298. i sell tamales 5 years in the market on saturday. what more i need? Celia P.""",
        [("US_ITIN", "950-82-9377"), ("US_STATE_ID", "490299298")],
    ),
    (
        """Subject: Election day!!

Hi friend!! Election day is november 4, the poll is in the Lincoln school gym 7am to 8pm.
Every vote count, bring your neighbor!

- Neighbors for Better Parks""",
        [],
    ),
    (
        """Subject: receipt

hello I give $50 to the campain of Tom Reyes for mayor last night in the party at the taqueria,
but I dont get the reciept in the email. the charge is in my visa end in 7179. my name Efren
Solis. thank you""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "7179")],
    ),
    (
        """Subject: social security not come

my social security of retirement dont come this month, the 3 is passed. somebody in the senior
center can help me call them? i dont understand the machine voice. Ilse""",
        [],
    ),
    (
        """Subject: the form

hi miss the form for the job at the hotel ask race and etnicity. i am black, from Haiti, not
hispanic. i mark "Black or African American" is correct? the question of veteran i leave it
empty

Jean-Baptiste""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: hotel for the conference

hi Marisol the hotel for the conference in Sacramento is confirm, 2 rooms, confirmation numbr
2806570395182267, check in 4pm thursday. the parking is $25 the night, keep the receipt.
- Victor""",
        [],
    ),
    (
        """Subject: pick up problem

Mrs. Lee,

the finger machine at the door not recognize the grandfather of Ethan yesterday. the log say
match scor 49.7 for Mr. Wu Jian, it need 60 for open. I let him in after I call you. Please he
can come to re-enroll the finger this week?

Yuki, daycare office""",
        [("biometric", "")],
    ),
    (
        """Subject: concesion stand

for saturday game, the lock of the concesion shed is 23-31-16 and the alarm of the club house
9550 then OFF. the hot dog are in the freezer. thx coach Ramon""",
        [],
    ),
    (
        """Subject: stipend

sorry for the bank they need routing, is 045196908 and acount 2355069338 checking. the stipend
for the promotora training go there please

Blanca""",
        [("ABA_ROUTING_NUMBER", "045196908"), ("US_BANK_NUMBER", "2355069338")],
    ),
    (
        """Subject: foster parents

Good evening, my name is Miguel Angel Rios. Me and my husband Carlos, we are two mans married 4
years, we want to be foster parents for teenager. We speak spanish and english. Is a problem
for the agency that we are gay couple? When is the next orientation?

Miguel""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: question of privasy

hello i read the privasy policy in your website but i not understand the part of the sensitive
data. you sell my informacion to other company? you share my adress with the goverment? i want
to know before i give my email for the newsletter. thank you very much and sorry my english is
not perfect, i am learning in the class of the library.

Dragana""",
        [],
    ),
    (
        """Subject: volunteer driver renew

hi Brenda i want to continue drive for the meals on wheels next year. my licens of Texas is
22075593, new one, expire 2031. the doctor tell me i have the sugar now but is control with
the pills, i can drive no problem, he sign the paper for you.

Eusebio""",
        [("US_DRIVER_LICENSE", "22075593"), ("health", "")],
    ),
    (
        """Subject: good news!!

Ms. Kendra!!! my HOPWA aplication is aprove, the letter come today, they pay part of the rent
from next month. thank you thank you for help me with all the papers. now i can stay in the
apartment with my daughter.

Blessings,
Marie-Claude Jean""",
        [("health", "")],
    ),
    (
        """Subject: free flu shot

FREE FLU SHOT for everybody saturday 9 to 1 in the parking of St. Brigid, no insurance need,
no papers need. kids 6 month and up with parent. tell your friends""",
        [],
    ),
    (
        """Subject: for the school form

good morning the form of my son ask the etnicity, we are mixteco from Oaxaca, we speak mixteco
and spanish at home. what box i mark? my son name Isaias Lopez, 3rd grade with Mrs. Bauer.
thank you""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: charge 2 times

hello the registration of the soccer for my 2 boys you charge 2 times, my card finish in 2495
show $120 two time on the 3 of september. please return one. thank you Gloria Mendez""",
        [("CREDIT_CARD_LAST_DIGITS", "2495")],
    ),
    (
        """Subject: honorarium

Bonjour Mrs Whitaker,

thank you again for invite me to speak at the forum of the refugee women, it was big honor for
me. For the honorarium of $300 you can send to my acount in France, the IBAN is
FR33 2636 0778 3270 7786 9736 971, name Aminata Sow. If you need other information please
tell me.

Cordialement,
Aminata""",
        [("IBAN_CODE", "FR33 2636 0778 3270 7786 9736 971")],
    ),
    (
        """Subject: Fwd: your code

honey the clinic portal send this to my phone, you are doing the form for me no?

---- Forwarded ----
Your Eastside Health portal sign-in code is 014944. It expire in 10 minutes. Do not share.""",
        [("ACCESS_CODE", "014944")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_45, "hard45", Path(__file__).with_name("hard-45.jsonl")))
