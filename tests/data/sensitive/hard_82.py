"""Hard set 82 (2026-12-08): a regional food bank and its network in early December.

Written blind. One hundred e-mails (and a few pasted forms, logs and newsletter items)
from a regional food bank, its partner pantries at churches and a mosque, its SNAP
outreach desk, medically tailored meals dietitian, diaper bank, backpack and senior box
programs, volunteer office, drivers, development office, payroll, a clinic's referral
nurse, a financial coach, and clients writing in. 40 decoys and 60 positives, shuffled.

What I read, and nothing else: /tmp/mg/set82/prompt.txt, /tmp/mg/set82/brief.txt,
/tmp/mg/set82/conventions.txt, /work/shared/policy/privacy-policy.txt,
tests/data/sensitive/independent_sets.py, scanner/categories.py, and the output of
grep -n "line-length" pyproject.toml. What I ran: cat on those files; mkdir, cat and
python3 on my scratch files under /tmp/hard82_gen/ (gen.py, the case lists, build.py,
a copy of the conventions made with cat); python -m tests.data.sensitive.hard_82; ruff
format and ruff check on this module; sed/grep/awk/wc on this module; git add and git
commit of the two files. Slip, honestly: I ran awk (longest line) and grep -c (counts of
backslashes and triple quotes) directly on /tmp/mg/set82/conventions.txt instead of only
cat; they printed three numbers and nothing else.

How identifiers were generated: /tmp/hard82_gen/gen.py with random.Random(8208) (and
random.Random(82082) for the biometric template hash). Card numbers (Visa 4..., Mastercard
51..., Amex 37...) carry a valid Luhn digit; SSNs follow SSA rules (area not 000, 666 or
9xx, group and serial non-zero); the ITIN is 9xx with group 70-88; routing numbers have a
valid prefix and ABA checksum; the IBAN is German with a valid mod-97 check. Licence,
state ID, tribal ID and passport numbers, PINs, one-time codes, CVVs, last fours and
credit scores are random non-trivial digits (no jurisdiction check digits); the Stripe and
Twilio secrets and two passwords are random alphanumerics; security answers were written
by hand. Decoy numbers: every 13-19 digit run fails Luhn, and dashed SSN shapes have area
666 or 9xx with a group outside the ITIN ranges. Phones are 555-01xx; people, places,
organisations and the tribal band are invented; domains end .example.

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
- A CDL is a driving licence: US_DRIVER_LICENSE. A passport shown for a senior-box (CSFP)
  enrollment is US_PASSPORT whatever the country; a tribal ID shown by an enrolled member
  of a (fictional) band is US_STATE_ID beside racial_ethnic_origin.
- A state unemployment claimant PIN sent to an outreach worker opens a personal benefits
  account: PIN. A state benefits site's sign-in code forwarded by a client is ACCESS_CODE;
  her benefits-account password and two security answers are each PASSWORD.
- A donor's bank account and routing number, read off a returned check and quoted back to
  him by the charity, are labelled like any account quoted back to its holder.
- A donor's card number and "security code" in an email are CREDIT_CARD and CVV; an Amex
  "4-digit code on front" in a call log is CVV. A memorial gift "in memory of his late
  wife" discloses no special category.
- A tenant-screening letter forwarded to a financial coach: "Credit score used" is
  CREDIT_SCORE and each negative item is CREDIT_REPORT on its whole line after the dash;
  a coach's note of the score then and now labels both scores and the late-payment line.
- A union dues deduction on a pay stub with "XXX-XX-6855" is trade_union_membership and
  US_SSN on 6855. A striker who says he is a member of a local and receives strike pay,
  and a driver who writes that he signed his union card, are trade_union_membership. A
  labor council's food drive open to all is not.
- A volunteer who promised a council candidate's campaign to knock doors, and a donor who
  hosts a fundraiser for a state senate candidate and gave him the maximum, disclose
  political_opinion. A state senator's tour and her party's plan are public positions.
- "We are a Muslim family and we keep halal" is religious_belief; a man who took his
  shahada and a volunteer being confirmed at the Vigil Mass are religious_belief. A halal
  menu option, a mosque pantry open after Jumu'ah to all, a turkey tally by congregation,
  and a clinic referral that says a client "can't do pork" (no faith stated) are not.
- "We are a Hmong family" states an ethnicity: racial_ethnic_origin (more than language).
  A TEFAP intake's self-reported race for a named head of household is
  racial_ethnic_origin; anonymous percentages in a board report are aggregate.
- An ancestry kit result ("61% Nigerian, mostly Igbo") about the writer is genetic and
  racial_ethnic_origin. One HFE C282Y copy described as carrier status with "we'll talk
  about testing my kids" is genetic only.
- A time clock's finger match scores and template hash for a named employee, and a
  selfie-to-ID face match score for a named SNAP applicant, are biometric. An on-site
  "biometric screening" wellness event and "fingerprints were checked" in a clean
  screening are not.
- health for named people: a renal menu switch because of high potassium (kidney disease),
  Biktarvy, HOPWA housing approval, chemo, a child's type 1 diabetes in a backpack note,
  prostate surgery and incontinence briefs, donepezil, a spinal fusion lifting limit,
  "22 weeks" in a WIC note, an infant's milk-protein allergy and Nutramigen, and a
  pantry newsletter's prayer request for a named volunteer's heart attack (health only).
- "My wife Dana" from a woman, "Sam Whitlow and his husband Javier", and a referral
  naming a man's husband are same-sex spouses: sexual_orientation.
- Probation community service hours, a drug-court hours log (with Suboxone and IOP, also
  health), a volunteer screening reporting a DUI conviction, and a man home from state
  prison on parole are criminal_history. A pantry's policy on which court-ordered
  volunteers it accepts, and a training card on reentry, are not.
- Decoys: a program description naming the conditions Nourish+ serves and its HOPWA
  partner; blank SNAP, diaper-bank and referral forms; a role-play card marked fictional
  (its SSN has area 666); a pseudonymised newsletter story and an appeal draft about a
  composite "Ana"; a health-fair hypothetical ("if a result ever comes back reactive");
  a dog's diabetes and insulin; a keypad, lockbox, gate code, guest Wi-Fi password and
  promo code; recall lot numbers shaped like SSNs (area 9xx, group outside ITIN ranges);
  a case number and an invoice number that fail Luhn; an EIN in a receipt template.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_82: list[Case] = [
    (
        "From: Pauline Marsh-Reyes <pmreyes@riverbendmail.example>\n"
        "To: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "Subject: Dec 13 sort shift\n"
        "\n"
        "Hi Tess,\n"
        "Count me in for the Dec 13 sort shift, but please put me at the tables.\n"
        "Since my spinal fusion in August I'm not supposed to lift more than\n"
        "15 pounds, so no pallet breakdown for me this year.\n"
        "Pauline\n",
        [("health", "")],
    ),
    (
        "SNAP Outreach Training - Module 3: Referrals (new staff)\n"
        "\n"
        "If a client tells you she is pregnant or has a child under 5, offer a\n"
        "WIC referral on the same visit.\n"
        "If a client mentions a diagnosis such as diabetes, kidney disease, cancer\n"
        "or HIV, offer the Nourish+ referral form; do not write the diagnosis in\n"
        "your notes.\n"
        "If a client says they were recently released from jail, the reentry desk\n"
        "can help with ID. Never ask about it yourself.\n",
        [],
    ),
    (
        "From: Lena Kovac <lkovac@hvfoodbank.example>\n"
        "To: June Dorsey <jdorsey@mailbox.example>\n"
        "Subject: Your monthly gift\n"
        "\n"
        "Hi June,\n"
        "Your monthly gift of $20 didn't go through on December 1 because the\n"
        "Visa ending 1991 we have on file expired in November.\n"
        "You can update it at the link below or just call me at 555-0147.\n"
        "Thank you for three years of monthly giving!\n"
        "Lena\n",
        [("CREDIT_CARD_LAST_DIGITS", "1991")],
    ),
    (
        "From: Carla Sorensen <csorensen@orchardnet.example>\n"
        "To: csfp@hvfoodbank.example\n"
        "Subject: Mom's senior box\n"
        "\n"
        "Hello, my mother Edith Sorensen gets the senior box at the Grange.\n"
        "Her doctor started her on donepezil in the fall and she's been forgetting\n"
        "which Thursday is pickup day, so she missed November. Is home delivery\n"
        "possible, or can I be her proxy? I work nearby.\n"
        "Carla\n",
        [("health", "")],
    ),
    (
        "From: Odalys Ferreira <oferreira@hvfoodbank.example>\n"
        "To: reentry@tamsinworks.example\n"
        "Subject: Terrence O. - SNAP and ID\n"
        "\n"
        "Hi Marguerite,\n"
        "Terrence Oyelowo came by the Dunmere pantry. He came home from Kessler\n"
        "State Prison on Nov 30 after six years and reports to his parole officer\n"
        "weekly. I helped him start SNAP today; he still needs a state ID and an\n"
        "address letter from the shelter. Can your office help with the ID fee?\n"
        "Odalys\n",
        [("criminal_history", "")],
    ),
    (
        "From: Gail Mercado <payroll@hvfoodbank.example>\n"
        "To: support@timeguardclocks.example\n"
        "Subject: Finger clock rejecting one employee\n"
        "\n"
        "Hi, our TimeGuard FX unit at the warehouse keeps rejecting one employee.\n"
        "Log export from 12/04:\n"
        "  07:58:12 employee=Hallie Brandt id=0117 match_score=0.41 threshold=0.60 REJECT\n"
        "  07:58:40 employee=Hallie Brandt id=0117 match_score=0.38 threshold=0.60 REJECT\n"
        "  template_sha256=1ec3cf53f8c4219f305e83e7da26d38752849d79ca7d3f55446755eeb9eea2cc\n"
        "Should she re-enroll, or is the sensor going bad?\n"
        "Gail Mercado, Payroll & Benefits\n",
        [("biometric", "")],
    ),
    (
        "From: Ruben Estrada <restrada@hvfoodbank.example>\n"
        "To: support@webworksco.example\n"
        "Subject: Giving form broken since key rotation\n"
        "\n"
        "Hi,\n"
        "Since Friday's key rotation the donate page returns \"Invalid API Key\n"
        "provided\" and we're losing year-end gifts. Our config right now:\n"
        "  STRIPE_PUBLISHABLE_KEY=pk_live_ehsiYOr6y3W9n9PgzJfSRMMPX7NuPpNk\n"
        "  STRIPE_SECRET_KEY=sk_live_jByKxoruKJ4dLEmipN24IQGCnW1IMuyt\n"
        "Could you check whether the environment picked up the new pair?\n"
        "Ruben, Development Office\n",
        [("API_KEY", "sk_live_jByKxoruKJ4dLEmipN24IQGCnW1IMuyt")],
    ),
    (
        "From: Harrow Valley Food Bank <advocacy@hvfoodbank.example>\n"
        "To: supporters@hvfoodbank.example\n"
        "Subject: Hi friend - SNAP cuts are back on the table\n"
        "\n"
        "Hi friend,\n"
        "Congress is debating cuts that would take SNAP away from 3,000 people in\n"
        "our county. Please call your representative this week and tell them:\n"
        "protect SNAP. Script and phone numbers are at the link below.\n"
        "We do not endorse candidates or parties.\n",
        [],
    ),
    (
        "FOR IMMEDIATE RELEASE - December 7, 2026\n"
        "\n"
        "Pell River Credit Union gives $50,000 to Harrow Valley Food Bank\n"
        "\n"
        "Pell River Credit Union today announced a $50,000 gift to the Holiday\n"
        'Turkey Drive, its largest ever. "Our members asked us to do more this\n'
        'year," said CEO Margaret Ellery. The gift will buy about 2,500 turkeys.\n'
        "Media contact: Lena Kovac, 555-0129, press@hvfoodbank.example\n",
        [],
    ),
    (
        "From: Dolores Achebe <dachebe77@postbox.example>\n"
        "To: Odalys Ferreira <oferreira@hvfoodbank.example>\n"
        "Subject: the code\n"
        "\n"
        "Ms. Odalys the state benefits website just sent me a code to sign in,\n"
        "it says 252479. Can you finish my SNAP renewal with it like we said?\n"
        "It says it expires in 10 minutes sorry I saw it late\n"
        "Dolores\n",
        [("ACCESS_CODE", "252479")],
    ),
    (
        "From: Leona Aldana <laldana@postbox.example>\n"
        "To: pantry@stanselm-dunmere.example\n"
        "Subject: pet pantry?\n"
        "\n"
        "Hi, does the pet food shelf have any prescription diet cans? My beagle\n"
        "Biscuit was diagnosed with diabetes in October and is on insulin twice a\n"
        "day, and the vet food is expensive. Any brand is fine. Thank you!\n"
        "Leona\n",
        [],
    ),
    (
        "From: Ruben Estrada <restrada@hvfoodbank.example>\n"
        "To: help@textreach.example\n"
        "Subject: Mobile pantry reminders not sending\n"
        "\n"
        "Our text reminders for the Route 7 mobile pantry stopped on Dec 5.\n"
        "Account SID: AC0722da8aeb65d680a8f9594e932da880\n"
        "Auth Token: 6b5c834a8897f70f63be6fea9e1c1834\n"
        'The message log says "authentication failed". Did something expire?\n'
        "Ruben\n",
        [("API_KEY", "6b5c834a8897f70f63be6fea9e1c1834")],
    ),
    (
        "From: Bev Ankrom <bevankrom@lakeviewmail.example>\n"
        "To: pantry@stanselm-dunmere.example\n"
        "Subject: Tuesday pickups\n"
        "\n"
        "It's Bev from the Tuesday line. I won't be in for two weeks, I start my\n"
        "last round of chemo on the 10th and they said to stay away from crowds.\n"
        "Could my neighbor Carl Voss pick up for me? He has my card.\n"
        "Soft things are best right now if you have them, my mouth is sore.\n"
        "Thank you all, you've been so good to me.\n"
        "Bev\n",
        [("health", "")],
    ),
    (
        "From: Héctor Villalba <hvillalba@hvfoodbank.example>\n"
        "To: snap-intake@hvfoodbank.example\n"
        "Subject: Ruiz household - children only\n"
        "\n"
        "Mixed-status household: Esteban Ruiz is applying for the two children\n"
        "only. He gave his ITIN, 935-75-8468, for the income verification page;\n"
        "both kids' SSNs are already in the case file from the school meal form.\n"
        "Please don't put him on the household roster as an applicant.\n"
        "Héctor, SNAP Outreach\n",
        [("US_ITIN", "935-75-8468")],
    ),
    (
        "From: Quality Assurance <qa@hvfoodbank.example>\n"
        "To: warehouse-crew@hvfoodbank.example\n"
        "Subject: Peanut butter recall check - we're clear\n"
        "\n"
        "The manufacturer's recall covers lots 928-47-6245 and 938-41-9215 only.\n"
        "I checked every case on aisle C: our lots are all from a different\n"
        "plant, so nothing needs to be pulled. Keep distributing as normal.\n",
        [],
    ),
    (
        "From: Nadia Ferreira-Okoro, RD <nokoro@hvfoodbank.example>\n"
        "To: partner-pantries@hvfoodbank.example\n"
        "Subject: Free class: Cooking for Diabetes on a Budget\n"
        "\n"
        "Please post this for your clients:\n"
        '"Cooking for Diabetes on a Budget" - Wednesday Dec 16, 5:30 pm, Eastside\n'
        "Community Center kitchen. Open to anyone: people managing diabetes,\n"
        "family members who cook for them, or anyone curious. No referral, no\n"
        "sign-up questions about health. Each attendee takes home a grocery bag.\n",
        [],
    ),
    (
        "From: Ruth Engstrom <rengstrom@fieldnet.example>\n"
        "To: diaperbank@hvfoodbank.example\n"
        "Subject: adult briefs\n"
        "\n"
        "Hi, I'm writing for my husband Lorne. He had prostate surgery in October\n"
        "and still needs the adult briefs, size large, the overnight kind. Does\n"
        "the diaper bank give those out to seniors too or only baby diapers?\n"
        "We're in Pell River, I can come any weekday.\n"
        "Ruth Engstrom\n",
        [("health", "")],
    ),
    (
        "From: Lena Kovac <lkovac@hvfoodbank.example>\n"
        "To: Ulrike Brandauer <u.brandauer@posteo-mail.example>\n"
        "Subject: Refund of duplicate gift\n"
        "\n"
        "Dear Ms. Brandauer,\n"
        "Your December 2 gift was unfortunately processed twice. We will return\n"
        "the duplicate EUR 150 by bank transfer to the account you gave us:\n"
        "DE53 3675 4540 7889 3960 07\n"
        "You should see it within five business days. Thank you for your patience\n"
        "and for thinking of our neighbors from so far away.\n"
        "Lena Kovac, Donor Relations\n",
        [("IBAN_CODE", "DE53 3675 4540 7889 3960 07")],
    ),
    (
        "From: DeShawn Tully <dtully@mailbox.example>\n"
        "To: routes@hvfoodbank.example\n"
        "Subject: address change for mobile pantry\n"
        "\n"
        "Hi, my HOPWA housing got approved yesterday so I'm moving out of the\n"
        "motel. New address from Dec 12 is 40 Larkspur Way, Apt 3, Pell River.\n"
        "Can I switch from the Route 7 motel stop to the Larkspur stop?\n"
        "DeShawn\n",
        [("health", "")],
    ),
    (
        "From: Agency Relations <agencies@hvfoodbank.example>\n"
        "To: all-staff@hvfoodbank.example\n"
        "Subject: Senator Kaye visit recap\n"
        "\n"
        "Thanks to everyone who hosted State Senator Roberta Kaye on Friday. She\n"
        "toured the warehouse, packed senior boxes, and spoke about her party's\n"
        "plan to restore SNAP summer benefits and her vote against the cuts last\n"
        "session. Photos are in the shared drive; the press release went out at 3.\n",
        [],
    ),
    (
        "From: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "To: saturday-volunteers@hvfoodbank.example\n"
        "Subject: Saturday sort - what to know\n"
        "\n"
        "Welcome! Park behind the warehouse and enter through the front desk.\n"
        "Guest Wi-Fi: HVFB-Guest, password Turnip!Harvest26\n"
        "Closed-toe shoes only. Lunch is pizza from Mario's (gluten-free on request).\n"
        "If you're doing court-ordered hours, bring your form to the desk.\n",
        [],
    ),
    (
        "From: Janelle Ortiz, RN <jortiz@tamsinhealth.example>\n"
        "To: clinic-staff@tamsinhealth.example\n"
        "Subject: MTM referral form - updated version\n"
        "\n"
        "Use this version starting Monday:\n"
        "\n"
        "Patient name: ____________________  DOB: ___/___/______\n"
        "Qualifying condition: [ ] diabetes  [ ] CKD stage 3-5\n"
        "   [ ] cancer in active treatment  [ ] HIV\n"
        "Current medications: ________________________________\n"
        "Diet restrictions / allergies: ______________________\n"
        "Referring clinician signature: _____________________\n"
        "Fax completed forms to 555-0171.\n",
        [],
    ),
    (
        "From: Colleen Marsh <cmarsh@orchardnet.example>\n"
        "To: turkeydrive@hvfoodbank.example\n"
        "Subject: turkey sign-up\n"
        "\n"
        "Hi, my wife Dana and I would like to sign up for a turkey this year if\n"
        "there are any left. It's just the two of us plus her dad on the 25th.\n"
        "We can pick up at the Pell River Grange on the 19th.\n"
        "Thanks so much,\n"
        "Colleen Marsh\n",
        [("sexual_orientation", "")],
    ),
    (
        "From: Janelle Ortiz, RN <jortiz@tamsinhealth.example>\n"
        "To: mtm-referrals@hvfoodbank.example\n"
        "Subject: Referral - Joaquin Velarde\n"
        "\n"
        "Referral for Joaquin Velarde (DOB on file with you from last year).\n"
        "He has been stable on Biktarvy since spring but has lost 14 lb since\n"
        "September and lives alone. Please enroll him for two meals a day;\n"
        "he can't do pork. Phone 555-0163, best after noon.\n"
        "Janelle Ortiz, RN, Tamsin Community Health\n",
        [("health", "")],
    ),
    (
        "From: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "To: shift-leads@hvfoodbank.example\n"
        "Subject: Week of Dec 14 shifts\n"
        "\n"
        "Shift IDs for the scheduling sheet:\n"
        "  SH-1214-A  Mon  9-12  sort line (18 slots, 11 filled)\n"
        "  SH-1215-B  Tue  1-4   senior boxes (12 slots, 12 filled)\n"
        "  SH-1216-C  Wed  9-12  backpack packing (20 slots, 7 filled)\n"
        "  SH-1219-D  Sat  8-11  turkey distribution (40 slots, 36 filled)\n"
        "Corporate group from Birchwood Insurance is on SH-1219-D.\n",
        [],
    ),
    (
        "From: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "To: intake@tamsinprobation.example\n"
        "Subject: Court-ordered community service - what we accept\n"
        "\n"
        "Hello, answering your question about placements:\n"
        "We accept court-ordered community service for most people on probation\n"
        "or in diversion programs. We can't place anyone whose conviction involved\n"
        "a child or theft from a nonprofit, and no court-ordered volunteer drives.\n"
        "Please have each person bring the court form; we sign hours weekly.\n"
        "Tess Abernathy, Volunteer Coordinator\n",
        [],
    ),
    (
        "From: Deacon Paul Ferrante <office@olgoodcounsel-dunmere.example>\n"
        "To: Bettina Roos <pantry@stanselm-dunmere.example>\n"
        "Subject: Saturday coverage on the 12th\n"
        "\n"
        "Bettina, a heads-up for the joint pantry schedule: our Saturday lead,\n"
        "Wren Castellano, is being confirmed at the Vigil Mass on the 12th, so she\n"
        "can't run the morning distribution. Could one of your Lutheran volunteers\n"
        "cover 9-11? We'll cover your Tuesday the 22nd in return.\n"
        "Paul\n",
        [("religious_belief", "")],
    ),
    (
        "From: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "To: route-drivers@hvfoodbank.example\n"
        "Subject: Route 4 pairing Dec 10\n"
        "\n"
        "Quick heads-up: Sam Whitlow and his husband Javier are driving Route 4\n"
        "together on Thursday the 10th (their anniversary, they asked to ride\n"
        "together). Abel, please have the van keys at the front desk by 7:30.\n"
        "Tess\n",
        [("sexual_orientation", "")],
    ),
    (
        "From: Marlon Pruett <mpruett@hvfoodbank.example>\n"
        "To: route-drivers@hvfoodbank.example\n"
        "Subject: Route 7 mobile pantry - Dec 10 manifest\n"
        "\n"
        "Route 7 / Thursday Dec 10\n"
        "Order 2026-12-0417, TEFAP shipment 4146393660573980\n"
        "Stop 1  Dunmere Motel lot          8:30-9:15\n"
        "Stop 2  Larkspur Way park-and-ride 9:45-10:30\n"
        "Stop 3  Red Barn Community Hall    11:00-12:00\n"
        "Load: 14 pallets (4 produce, 6 dry, 2 dairy, 2 frozen)\n",
        [],
    ),
    (
        "Year-end appeal - draft 2 (for review)\n"
        "\n"
        "Dear [Donor Name],\n"
        "This winter, a grandmother in Dunmere (we'll call her Ana) told us she had\n"
        "been skipping her insulin to afford groceries. With your gift of [amount],\n"
        "families like hers can get both. Every $1 provides 4 meals.\n"
        "[Signature: Executive Director]\n",
        [],
    ),
    (
        "Harrow Valley Harvest - December Newsletter\n"
        "\n"
        "A Neighbor's Story\n"
        '"Maria" (not her real name; details changed to protect her privacy) lost\n'
        "her restaurant job after a cancer diagnosis last spring. Between treatment\n"
        "visits, the mobile pantry and our medically tailored meals kept her family\n"
        'fed. "I didn\'t have to choose between the electric bill and dinner."\n'
        "Stories like hers are a composite of what we hear every week.\n",
        [],
    ),
    (
        "From: Gail Mercado <payroll@hvfoodbank.example>\n"
        "To: Tobias Wren <twren@hvfoodbank.example>\n"
        "Subject: Adding Maren to dental\n"
        "\n"
        "Hi Tobias,\n"
        "For open enrollment you're adding Maren to the dental plan. On the form\n"
        "you wrote her SSN as 708-96-4775. Can you check it against her card?\n"
        "The carrier rejects anything that doesn't match. Deadline is Dec 11.\n"
        "Gail\n",
        [("US_SSN", "708-96-4775")],
    ),
    (
        "From: Simone Achterberg <coach@pellriverfinance.example>\n"
        "To: Yolanda Birch <ybirch@postbox.example>\n"
        "Subject: Great progress!\n"
        "\n"
        "Yolanda,\n"
        "I pulled your report for our session at the food bank: your score went\n"
        "from 595 when we started in June to 616 now. One item is still hurting\n"
        "you:\n"
        "- Late payment (30 days), StarLine Card, March 2026\n"
        "It ages off in time; keep the card current and under 30% used.\n"
        "See you Thursday at the pantry table.\n"
        "Simone\n",
        [
            ("CREDIT_SCORE", "595"),
            ("CREDIT_SCORE", "616"),
            ("CREDIT_REPORT", "Late payment (30 days), StarLine Card, March 2026"),
        ],
    ),
    (
        "From: Harrow Valley Food Bank <receipts@hvfoodbank.example>\n"
        "To: Priya Venkataraman <priya.v@orchardnet.example>\n"
        "Subject: Thank you for your gift\n"
        "\n"
        "Dear Priya,\n"
        "Thank you for your gift of $250 to the Holiday Turkey Drive on\n"
        "December 3, 2026, charged to your Mastercard ending in 7522.\n"
        "Your gift provides holiday meals for about 25 families in Tamsin County.\n"
        "No goods or services were provided in exchange for this contribution.\n"
        "With gratitude,\n"
        "Lena Kovac, Development Office\n",
        [("CREDIT_CARD_LAST_DIGITS", "7522")],
    ),
    (
        "Year-end receipt template (merge fields - do not send as is)\n"
        "\n"
        "Dear {first_name},\n"
        "Thank you for your gift of {amount} on {gift_date}, charged to your\n"
        "card ending in {last4}.\n"
        "Harrow Valley Food Bank is a 501(c)(3) organization, EIN 84-3920716.\n"
        "No goods or services were provided in exchange for your contribution.\n",
        [],
    ),
    (
        "From: Imam Yusuf Haddad <office@masjidalhuda-pr.example>\n"
        "To: pantry-volunteers@masjidalhuda-pr.example\n"
        "Subject: Good news and Saturday distribution\n"
        "\n"
        "Assalamu alaikum everyone,\n"
        "Our longtime pantry volunteer Daniel Kowalczyk took his shahada after\n"
        "Jumu'ah last Friday, alhamdulillah. Please congratulate him when you see\n"
        "him. He will lead the Saturday distribution this week while Br. Samir\n"
        "is traveling; the food bank truck arrives at 8:30.\n",
        [("religious_belief", "")],
    ),
    (
        "From: Marlon Pruett <mpruett@hvfoodbank.example>\n"
        "To: Abel Nakamura <anakamura@hvfoodbank.example>\n"
        "Subject: Monday\n"
        "\n"
        "Abel - just so you hear it from me and not the rumor mill: I signed my\n"
        "union card with the drivers' organizing committee Monday. Doesn't change\n"
        "anything about Route 7 or how I run the dock. If you want to talk about\n"
        "it, I'm around after the 2 pm return.\n"
        "Marlon\n",
        [("trade_union_membership", "")],
    ),
    (
        "From: Agency Relations <agencies@hvfoodbank.example>\n"
        "To: partner-pantries@hvfoodbank.example\n"
        "Subject: December order window - agency numbers\n"
        "\n"
        "Please check your agency number before you order:\n"
        "  PA-0417  St. Anselm Lutheran Pantry, Dunmere\n"
        "  PA-0522  Masjid Al-Huda Food Pantry, Eastside\n"
        "  PA-0609  Our Lady of Good Counsel Soup Kitchen\n"
        "  PA-0731  Fernhill Elementary Backpack Program\n"
        "  PA-0815  Pell River Grange Senior Site\n"
        "Orders over 3,000 lb need a second pallet jack at pickup.\n",
        [],
    ),
    (
        "From: Ingrid Pahl <ipahl@hvfoodbank.example>\n"
        "To: Gail Mercado <payroll@hvfoodbank.example>\n"
        "Subject: code\n"
        "\n"
        "Gail - Pell River Business Online just texted me the verification code\n"
        "523037. Can you type it in on your desktop so the payroll file releases?\n"
        "I'm stuck at the loading dock. Thanks!\n",
        [("ACCESS_CODE", "523037")],
    ),
    (
        "From: Janelle Ortiz, RN <jortiz@tamsinhealth.example>\n"
        "To: Agency Relations <agencies@hvfoodbank.example>\n"
        "Subject: Food Farmacy pickup schedule\n"
        "\n"
        "Our Food Farmacy shelf is open to every patient of the clinic, no\n"
        "diagnosis or referral needed: Mondays and Thursdays 2-5 pm in the lobby.\n"
        "Patients can take one bag of produce per visit. Could you bump our\n"
        "December produce allocation to 900 lb? Traffic doubled since October.\n"
        "Janelle\n",
        [],
    ),
    (
        "From: Agency Relations <agencies@hvfoodbank.example>\n"
        "To: board@hvfoodbank.example\n"
        "Subject: Program summary for the annual report\n"
        "\n"
        "Nourish+ (medically tailored meals): serves adults referred by a clinician\n"
        "for diabetes, chronic kidney disease, cancer in active treatment or HIV.\n"
        "People living with HIV are referred through our HOPWA partner, Tamsin\n"
        "Positive Living, which funds 40 slots. Meals are delivered weekly for 12\n"
        "weeks with two dietitian calls. Outcomes survey results are attached.\n",
        [],
    ),
    (
        "From: Gail Mercado <payroll@hvfoodbank.example>\n"
        "To: all-staff@hvfoodbank.example\n"
        "Subject: Open enrollment ends Dec 11 + wellness screening\n"
        "\n"
        "Reminder: benefits open enrollment closes Friday Dec 11.\n"
        "The free on-site biometric screening (blood pressure, cholesterol,\n"
        "glucose) is Wednesday Dec 9 in the conference room, open to all staff.\n"
        "Individual results go only to you; we receive headcounts only.\n",
        [],
    ),
    (
        "From: Warehouse Operations <ops@hvfoodbank.example>\n"
        "To: all-staff@hvfoodbank.example\n"
        "Subject: Warehouse door code changes Monday\n"
        "\n"
        "Starting Monday Dec 14 the dock door keypad code is 0423.\n"
        "The alarm code and the freezer padlock combination are unchanged.\n"
        "Volunteers should still come in through the front desk and sign in.\n"
        "Do not write the code on the door frame again, please.\n",
        [],
    ),
    (
        "From: Agency Relations <agencies@hvfoodbank.example>\n"
        "To: board@hvfoodbank.example\n"
        "Subject: FY26 client demographics\n"
        "\n"
        "From the USDA civil-rights data our partners collect (voluntary, no names):\n"
        "  38% Black or African American, 27% Hispanic or Latino,\n"
        "  24% White, 6% Asian (many Hmong families at Eastside), 5% other\n"
        "  31% of households include someone 60 or older\n"
        "  12% report a household member with a disability\n"
        "Full tables in the board packet.\n",
        [],
    ),
    (
        "From: Cheyenne Rowe <crowe@hvfoodbank.example>\n"
        "To: agency-relations@hvfoodbank.example\n"
        "Subject: Tsosie family - switching to the tribal program\n"
        "\n"
        "Harlan Tsosie stopped by the Route 7 stop today. He's an enrolled member\n"
        "of the Red Willow Band and showed his tribal ID, 535343, so he's moving\n"
        "to the tribal food distribution program at the community hall instead of\n"
        "our mobile stop. Please take him off our Route 7 list after Dec 15.\n"
        "Cheyenne\n",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "535343")],
    ),
    (
        "From: Kiara Ibsen <backpacks@hvfoodbank.example>\n"
        "To: fernhill-teachers@fernhillschools.example\n"
        "Subject: Weekend backpack program - how referrals work\n"
        "\n"
        "Teachers, a reminder for the new semester: refer any student you think\n"
        "needs weekend food by first initial and homeroom only. We never ask\n"
        "families about income, diagnoses, religion or immigration status.\n"
        "Every bag is the same; a nut-free bag is available for any classroom.\n",
        [],
    ),
    (
        "From: Marlon Pruett <mpruett@hvfoodbank.example>\n"
        "To: Amos Tuilagi <atuilagi@hvfoodbank.example>\n"
        "Subject: Route 12 notes for your ride-along\n"
        "\n"
        "Stops and access:\n"
        "  Our Lady of Good Counsel - dock door keypad 3006, ring if locked\n"
        "  Fernhill Elementary - lockbox on the gym door, code 7719\n"
        "  Pell River Grange - gate code #2417, back up to the ramp\n"
        "Bring the hand truck for Fernhill; their elevator is still out.\n",
        [],
    ),
    (
        "Masjid Al-Huda Food Pantry\n"
        "\n"
        "Distribution every Friday, 2:30-4 pm, after Jumu'ah, in the community room.\n"
        "All neighbors are welcome regardless of faith - no registration needed.\n"
        "Halal and vegetarian options available. Volunteers of every background\n"
        "are invited; contact the pantry desk at 555-0186.\n",
        [],
    ),
    (
        "From: Gail Mercado <payroll@hvfoodbank.example>\n"
        "To: Deon Marchetti <dmarchetti@hvfoodbank.example>\n"
        "Subject: Corrected stub, pay period ending 11/30\n"
        "\n"
        "Deon, here's the corrected stub. The overtime was short last time.\n"
        "\n"
        "Employee: Deon Marchetti        SSN: XXX-XX-6855\n"
        "Gross: $2,184.40\n"
        "  Federal withholding            $201.12\n"
        "  State withholding               $88.60\n"
        "  Warehouse Workers Union Local 417 dues   $48.10\n"
        "  403(b)                          $65.53\n"
        "Net: $1,781.05\n"
        "Gail\n",
        [("US_SSN", "6855"), ("trade_union_membership", "")],
    ),
    (
        "From: Bettina Roos <pantry@stanselm-dunmere.example>\n"
        "To: Renata Halvorsen <renata.h@mailbox.example>\n"
        "Subject: your mom's EBT card\n"
        "\n"
        "Hi Renata,\n"
        "Your mom came to the Thursday pantry and we called the EBT line together\n"
        "to reset her card after the old one stopped working. Her new PIN is 7482.\n"
        "She asked me to send it to you so you have it too (I told her not to\n"
        "write it on the card sleeve!).\n"
        "If you pick up her box on Saturday, the side door code is 6201 this month.\n"
        "Bettina, St. Anselm pantry coordinator\n",
        [("PIN", "7482")],
    ),
    (
        "From: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "To: backpacks@hvfoodbank.example\n"
        "Subject: Volunteer screening - Shane Pruitt\n"
        "\n"
        "Shane Pruitt's background check came back with a 2019 DUI conviction.\n"
        "Under our policy he can volunteer in the warehouse packing backpacks, but\n"
        "not at the school pickups where he'd be driving or alone with kids.\n"
        "I've put him on Wednesday packing. Please don't schedule him for routes.\n"
        "Tess\n",
        [("criminal_history", "")],
    ),
    (
        "From: Tamsin County Labor Council <info@tamsinlabor.example>\n"
        "To: community@tamsinlabor.example\n"
        "Subject: Union Holiday Food Drive - all welcome\n"
        "\n"
        "Brothers, sisters and neighbors: the Labor Council's annual canned-food\n"
        "drive for Harrow Valley Food Bank is Saturday Dec 12, 10 am-2 pm, at the\n"
        "Labor Temple. Union or not, everyone is welcome to drop off food or help\n"
        "load the truck. Hot chocolate provided.\n",
        [],
    ),
    (
        "SNAP Outreach Training - Role-play card 6 (FICTIONAL - practice only)\n"
        "\n"
        'Client: "Jane Sample," 44, says she just got out of prison last month\n'
        "and wants to apply. She reads you the SSN on her card: 666-22-6865.\n"
        "Your tasks:\n"
        "1. Explain that the SSN doesn't look valid and how to request a letter.\n"
        "2. Tell her the reentry desk can help with ID.\n"
        "Do not use real client details in role-play.\n",
        [],
    ),
    (
        "From: Ingrid Pahl <ipahl@hvfoodbank.example>\n"
        "To: Marcus Oyelaran <moyelaran@hvfoodbank.example>\n"
        "Subject: Operating account while I'm out Dec 9-16\n"
        "\n"
        "Marcus,\n"
        "You'll need the operating account for the vendor payments next week.\n"
        "Harbor Commerce Bank business online: user HVFB_ops\n"
        "Password: Y1QX*FQnq1\n"
        "If it asks the security question (street you grew up on): Quillfeather\n"
        "Please delete this email once you've saved it in the vault.\n"
        "Ingrid, Finance\n",
        [("PASSWORD", "Y1QX*FQnq1"), ("PASSWORD", "Quillfeather")],
    ),
    (
        "Call log - Development Office - Mon 12/07\n"
        "\n"
        "10:42  Arvid Lindqvist called in a year-end gift of $500.\n"
        "       Amex 376436264551336, exp 08/30, 4-digit code on front 9390.\n"
        "       Wants it in memory of his late wife Greta.\n"
        "       Receipt by mail to 14 Hollow Oak Rd.\n"
        "11:05  Left message for the Rotary about the turkey pickup.\n",
        [("CREDIT_CARD", "376436264551336"), ("CVV", "9390")],
    ),
    (
        "From: Nadia Ferreira-Okoro, RD <nokoro@hvfoodbank.example>\n"
        "To: healthfair-volunteers@hvfoodbank.example\n"
        "Subject: Health fair Saturday - your role\n"
        "\n"
        "Tamsin Community Health will offer free HIV and A1c testing at our table.\n"
        "Food bank volunteers do not handle testing or results. If a result ever\n"
        "comes back reactive, clinic staff will speak with the person privately;\n"
        "you only hand out the Nourish+ brochure and the produce bags.\n",
        [],
    ),
    (
        "From: Marisol Quintero <mquintero@postbox.example>\n"
        "To: Odalys Ferreira <oferreira@hvfoodbank.example>\n"
        "Subject: WIC appt Thursday\n"
        "\n"
        "Hola Ms. Odalys,\n"
        "Thank you for booking the WIC appointment for me. The office called and\n"
        "said bring ID, so my driver license number is V54173034 in case you need it\n"
        "for the form. The nurse also said to bring the paper from the clinic that\n"
        "shows I am 22 weeks, I have it.\n"
        "Can I still get the diapers from the diaper bank for my toddler that day?\n"
        "Marisol\n",
        [("US_DRIVER_LICENSE", "V54173034"), ("health", "")],
    ),
    (
        "From: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "To: Officer Dana Rusk <drusk@tamsinprobation.example>\n"
        "Subject: Hours update - Corbin Althaus\n"
        "\n"
        "Officer Rusk,\n"
        "Corbin Althaus has now completed 18 of the 40 community service hours\n"
        "ordered as part of his probation (sort line Dec 1, 3 and 5).\n"
        "He signs in at the front desk with his driver license, C246775634347,\n"
        "and he has been on time every shift. Next scheduled: Dec 10 and 12.\n"
        "Tess Abernathy, Volunteer Coordinator\n",
        [("US_DRIVER_LICENSE", "C246775634347"), ("criminal_history", "")],
    ),
    (
        "TEFAP household intake - Eastside pantry - 12/03/2026\n"
        "\n"
        "Head of household: Arlette Baptiste\n"
        "Household size: 4\n"
        "Race (self-reported): Black or African American\n"
        "Ethnicity (self-reported): Not Hispanic or Latino\n"
        "Income attestation: signed\n"
        "Volunteer: K. Ibsen\n",
        [("racial_ethnic_origin", "")],
    ),
    (
        "From: Pa Houa Vang <phvang@riverbendmail.example>\n"
        "To: csfp@hvfoodbank.example\n"
        "Subject: senior box for my mother\n"
        "\n"
        "Hello, my mother Youa Vang (78) gets the senior box at the Eastside site.\n"
        "We are a Hmong family and she mostly eats rice; the pasta and the boxed\n"
        "mac and cheese go to waste. Is it possible to trade those for rice?\n"
        "I can pick up on her behalf. Thank you.\n"
        "Pa Houa\n",
        [("racial_ethnic_origin", "")],
    ),
    (
        "DIAPER BANK INTAKE (blank - make 50 copies)\n"
        "\n"
        "Parent/guardian name: ________________________\n"
        "ID type:  [ ] state ID  [ ] driver license  [ ] passport  [ ] none\n"
        "ID number (optional): XXXXXXXX\n"
        "Children in diapers: ___  Sizes: ___  Wipes: [ ] yes [ ] no\n"
        "Adult incontinence supplies requested: [ ] yes [ ] no\n"
        "Referred by: ______________   Next eligible: ______________\n",
        [],
    ),
    (
        "From: Development Office <giving@hvfoodbank.example>\n"
        "To: supporters@hvfoodbank.example\n"
        "Subject: Gobble Gobble - double your turkey!\n"
        "\n"
        "Shop at any FreshWay through Dec 20 and use code GOBBLE26 at checkout for\n"
        "$5 off a turkey you drop in our bin by the door.\n"
        "Every turkey goes to a family in Tamsin County.\n"
        "Questions? Call 555-0129.\n",
        [],
    ),
    (
        "From: Accounts Payable <ap@hvfoodbank.example>\n"
        "To: billing@coldchainlogistics.example\n"
        "Subject: Invoice 7744921150726993829 - paid\n"
        "\n"
        "Hello, invoice 7744921150726993829 (reefer trailer rental, November) was\n"
        "paid by ACH on Dec 4 under PO 0416-22. Our vendor number with you is\n"
        "VN-30218. Please update your aging report.\n"
        "Accounts Payable, Harrow Valley Food Bank\n",
        [],
    ),
    (
        "From: Darnell Shipp <dshipp@lakeviewmail.example>\n"
        "To: Odalys Ferreira <oferreira@hvfoodbank.example>\n"
        "Subject: does strike pay count?\n"
        "\n"
        "Hi, I'm a member of Grocery Workers Local 1290 and we've been on strike\n"
        "at FreshWay since November 20. The union pays strike benefits of $350 a\n"
        "week. Does that count as income on the SNAP application? My wife and\n"
        "two kids are on the household. Pantry volunteer at Dunmere said to ask you.\n"
        "Darnell\n",
        [("trade_union_membership", "")],
    ),
    (
        "From: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "To: Rosalind Vega <rvega@tamsincourts.example>\n"
        "Subject: Hours log - Kayla Brisbane (drug court)\n"
        "\n"
        "Ms. Vega,\n"
        "Kayla Brisbane logged 12 community service hours in November toward her\n"
        "drug court requirement (sort line and the diaper bank).\n"
        "She mentioned she started Suboxone and now has IOP on Tuesday and\n"
        "Thursday mornings, so we moved her shifts to Wednesdays and Saturdays.\n"
        "Tess Abernathy, Volunteer Coordinator\n",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        "From: Nour Mansour <nmansour@postbox.example>\n"
        "To: diaperbank@hvfoodbank.example\n"
        "Subject: formula for Noor\n"
        "\n"
        "Hello, my daughter Noor is 4 months old and the pediatrician says she has\n"
        "a cow's milk protein allergy, so she is on Nutramigen now. WIC said they\n"
        "need the medical form before they switch her formula and it will take a\n"
        "week. Does the diaper bank have any Nutramigen to get us through?\n"
        "Nour\n",
        [("health", "")],
    ),
    (
        "From: Samira Haidari <shaidari@mailbox.example>\n"
        "To: turkeydrive@hvfoodbank.example\n"
        "Subject: holiday box question\n"
        "\n"
        "Salaam, we signed up for the holiday box at the Eastside pantry. We are a\n"
        "Muslim family and we keep halal, so please no canned ham and no turkey\n"
        "unless it is zabiha. Rice, chicken or the vegetarian box is perfect.\n"
        "My husband can pick up after Friday prayer at Masjid Al-Huda.\n"
        "Thank you, Samira\n",
        [("religious_belief", "")],
    ),
    (
        "From: Gail Mercado <payroll@hvfoodbank.example>\n"
        "To: Kwame Asante <kasante@hvfoodbank.example>\n"
        "Subject: Direct deposit set up\n"
        "\n"
        "Welcome aboard, Kwame!\n"
        "Your direct deposit is set up for the first paycheck on December 18:\n"
        "  Pell River Credit Union\n"
        "  Routing: 023109085\n"
        "  Account: 046674053319 (checking)\n"
        "If any digit looks wrong, reply before Friday so I can fix it before\n"
        "the payroll file goes out.\n"
        "Gail Mercado, Payroll & Benefits\n",
        [("ABA_ROUTING_NUMBER", "023109085"), ("US_BANK_NUMBER", "046674053319")],
    ),
    (
        "From: Greer Holloway <gholloway@mailbox.example>\n"
        "To: Nadia Ferreira-Okoro <nokoro@hvfoodbank.example>\n"
        "Subject: question from the nutrition class\n"
        "\n"
        "Hi Nadia, following up from Saturday's class. The genetics clinic called\n"
        "with my result: I have one copy of the HFE C282Y variant. They said that\n"
        "makes me a carrier, not the disease, and we'll talk about testing my kids\n"
        "at my next visit. Should I still skip the iron-fortified cereal in the\n"
        "pantry boxes or is that only for people who have it?\n"
        "Greer\n",
        [("genetic", "")],
    ),
    (
        "From: Lena Kovac <lkovac@hvfoodbank.example>\n"
        "To: Ruben Estrada <restrada@hvfoodbank.example>\n"
        "Subject: before you call Gloria W.\n"
        "\n"
        "FYI before your call with Gloria Whitcombe tomorrow: she told me at the\n"
        "luncheon that she's hosting a fundraiser for Paul Ridley's state senate\n"
        "campaign on the 11th and already gave him the maximum, so her year-end\n"
        "gift to us may be smaller than last year's $5,000. Don't push for more.\n"
        "Lena\n",
        [("political_opinion", "")],
    ),
    (
        "From: Nadia Ferreira-Okoro, RD <nokoro@hvfoodbank.example>\n"
        "To: Alden Pettigrew <apettigrew@mailbox.example>\n"
        "Subject: Your meals are changing next week\n"
        "\n"
        "Hi Mr. Pettigrew,\n"
        "This is Nadia, the dietitian with the medically tailored meals program.\n"
        "Your nephrologist sent over your last labs and your potassium is still\n"
        "running high, so starting Dec 14 your weekly box will switch to the\n"
        "renal menu: no potatoes or tomatoes, rice instead of beans, and the\n"
        "low-phosphorus bread. Let me know if any of it doesn't sit well.\n"
        "Nadia\n",
        [("health", "")],
    ),
    (
        "From: Odalys Ferreira <oferreira@hvfoodbank.example>\n"
        "To: snap-intake@hvfoodbank.example\n"
        "Subject: Brennan household - SNAP app ready to key in\n"
        "\n"
        "Hi team,\n"
        "I finished the paper application with Teodor Brennan at the Dunmere pantry\n"
        "this morning. His SSN is 574-23-7967; his daughter Ivy's card was lost in\n"
        "the move, so her number is still pending and I marked it that way.\n"
        "Household of 2, income is his part-time wages at the lumber yard only.\n"
        "Can someone enter it in the state portal before Friday the 11th?\n"
        "Thanks,\n"
        "Odalys\n"
        "SNAP Outreach, Harrow Valley Food Bank, 555-0112\n",
        [("US_SSN", "574-23-7967")],
    ),
    (
        "From: Marlon Pruett <mpruett@hvfoodbank.example>\n"
        "To: insurance@hvfoodbank.example\n"
        "Subject: New driver for the box truck roster\n"
        "\n"
        "Please add our new Route 7 driver to the insurer's roster:\n"
        "Amos Tuilagi, CDL 467201213, Class B, expires 2029.\n"
        "He starts Monday the 14th. MVR request form is attached.\n"
        "Marlon, Transportation\n",
        [("US_DRIVER_LICENSE", "467201213")],
    ),
    (
        "From: Harrow Valley Food Bank <noreply@hvfoodbank.example>\n"
        "To: Edwin Mulvaney <emulvaney@mailbox.example>\n"
        "Subject: Reminder: your Senior Box pickup\n"
        "\n"
        "Hi Edwin,\n"
        "This is a reminder that your Senior Box pickup is Thursday, Dec 10,\n"
        "between 1 and 3 pm at the Pell River Grange.\n"
        "If you can't make it, reply with the name of the person picking up for you.\n",
        [],
    ),
    (
        "From: Fern Bellamy <fbellamy@hvfoodbank.example>\n"
        "To: csfp@hvfoodbank.example\n"
        "Subject: New senior box enrollment - Fenwick\n"
        "\n"
        "Adding Lyle Fenwick to the Thursday Grange list.\n"
        "State ID card: K71627176\n"
        "Lives alone, no car; his neighbor Rhoda will pick up the box.\n"
        "Fern\n",
        [("US_STATE_ID", "K71627176")],
    ),
    (
        "From: Development Office <giving@hvfoodbank.example>\n"
        "To: partner-pantries@hvfoodbank.example\n"
        "Subject: Turkey drive tally - thank you, congregations!\n"
        "\n"
        "Turkeys collected as of Dec 7:\n"
        "  First Baptist Dunmere          212\n"
        "  Masjid Al-Huda                 140\n"
        "  Temple Beth Shalom              88\n"
        "  Our Lady of Good Counsel       131\n"
        "  Tamsin County Labor Council     64\n"
        "Goal: 1,200 by Dec 18. We're at 635!\n",
        [],
    ),
    (
        "From: Nell Quarrington <nquarrington@riverbendmail.example>\n"
        "To: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "Subject: swap my Dec 12 shift?\n"
        "\n"
        "Hi Tess, could I swap my Saturday Dec 12 packing shift for the Tuesday\n"
        "evening one? I promised the Amara Quist for County Council campaign I'd\n"
        "knock doors for her that morning before the runoff on the 15th.\n"
        "Sorry for the short notice!\n"
        "Nell\n",
        [("political_opinion", "")],
    ),
    (
        "From: Lucia Fermin <lfermin@postbox.example>\n"
        "To: Héctor Villalba <hvillalba@hvfoodbank.example>\n"
        "Subject: Fwd: identity check result\n"
        "\n"
        "Hector this is what came after I did the selfie thing for the SNAP site:\n"
        "\n"
        "> VeriFace identity check - Lucia Fermin\n"
        "> Selfie-to-ID face match: 0.93 (pass)\n"
        "> Liveness: pass\n"
        "> Status: verified, you may continue your application\n"
        "\n"
        "So I can finish it now right?\n",
        [("biometric", "")],
    ),
    (
        "Senior Box (CSFP) enrollment - Pell River Grange site - Dec 2\n"
        "\n"
        "Name: Aurelia Xicay\n"
        "Age: 67\n"
        "Household size: 1\n"
        "ID shown: passport A41742177\n"
        "Proof of address: lease (Maple Court Apts)\n"
        "Income: SSA, within limits\n"
        "Enrolled by: Fern Bellamy, volunteer\n",
        [("US_PASSPORT", "A41742177")],
    ),
    (
        "From: Nadia Ferreira-Okoro, RD <nokoro@hvfoodbank.example>\n"
        "To: mtm-clients@hvfoodbank.example\n"
        "Subject: Menu for the week of December 14\n"
        "\n"
        "Every client can choose any of this week's menus:\n"
        "  Renal-friendly: herb chicken, white rice, green beans (low potassium)\n"
        "  Diabetes-friendly: turkey chili with barley, side salad\n"
        "  Soft foods: salmon cakes, mashed cauliflower, applesauce\n"
        "  Vegetarian / halal-certified: lentil stew, flatbread\n"
        "Allergens: the chili contains wheat; the salmon cakes contain egg and fish.\n"
        "Call 555-0138 by Thursday to switch.\n",
        [],
    ),
    (
        "From: Lena Kovac <lkovac@hvfoodbank.example>\n"
        "To: Oswin Garrity <ogarrity@fieldnet.example>\n"
        "Subject: Your monthly gift is confirmed\n"
        "\n"
        "Dear Oswin,\n"
        "Confirming your new monthly gift of $35 by bank draft:\n"
        "routing number 677122078, account 417645816970.\n"
        "The first draft is December 15 and then on the 15th of each month.\n"
        "You can change or stop it any time by replying to this email.\n"
        "Lena\n",
        [("ABA_ROUTING_NUMBER", "677122078"), ("US_BANK_NUMBER", "417645816970")],
    ),
    (
        "From: Winona Pike <wpike@riverbendmail.example>\n"
        "To: Héctor Villalba <hvillalba@hvfoodbank.example>\n"
        "Subject: unemployment part of the form\n"
        "\n"
        "Hi Hector, for the income section you said you need to look at my\n"
        "unemployment claim. The website wants the claimant PIN, it's 845297.\n"
        "My claim number is on the letter I left with you.\n"
        "Winona\n",
        [("PIN", "845297")],
    ),
    (
        "St. Anselm Lutheran Church - Food Pantry\n"
        "\n"
        "Open Tuesdays 4-6 pm and Saturdays 9-11 am in Fellowship Hall.\n"
        "Everyone is welcome; you do not need to be a member or attend services.\n"
        "Extra holiday hours: Monday Dec 21, 10 am-noon.\n"
        "Pantry coordinator: Bettina Roos, 555-0154.\n",
        [],
    ),
    (
        "From: Okwudili Barnes <obarnes@hvfoodbank.example>\n"
        "To: warehouse-crew@hvfoodbank.example\n"
        'Subject: RE: break room "fun facts" board\n'
        "\n"
        "For the board: my DNA kit finally came back. 61% Nigerian (mostly Igbo,\n"
        'which my grandmother always said), 24% Scottish, the rest "broadly\n'
        'European." So the kilt at the holiday party is now justified.\n'
        "Odie\n",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        "From: Lena Kovac <lkovac@hvfoodbank.example>\n"
        "To: Mr. Clement Abernethy <cabernethy@hillmail.example>\n"
        "Subject: Returned check\n"
        "\n"
        "Dear Mr. Abernethy,\n"
        "Your check dated November 28 was returned by your bank unpaid. For your\n"
        "records, the account printed on the check: routing 098343960,\n"
        "account 9483853021. We have not resubmitted it. If you'd like, you can\n"
        "give online or send a new check; either is fine and we're grateful.\n"
        "Lena Kovac\n",
        [("ABA_ROUTING_NUMBER", "098343960"), ("US_BANK_NUMBER", "9483853021")],
    ),
    (
        "From: Yvette Crane <ycrane07@mailbox.example>\n"
        "To: coach@pellriverfinance.example\n"
        "Subject: what the apartment place sent me\n"
        "\n"
        "Hi Simone, here is what the screening letter from Birchwood Flats said,\n"
        "you told me to send it before our session at the food bank Thursday.\n"
        "\n"
        "Credit score used: 548\n"
        "Reasons / negative items:\n"
        "- Collection, Kestrel Recovery Services, $1,212\n"
        "- Charge-off, Dunmere Auto Finance, $4,390\n"
        "- 60 days late, StarLine Card, June 2026\n"
        "\n"
        "They said I can reapply with a cosigner. I don't have one.\n"
        "Yvette\n",
        [
            ("CREDIT_SCORE", "548"),
            ("CREDIT_REPORT", "Collection, Kestrel Recovery Services, $1,212"),
            ("CREDIT_REPORT", "Charge-off, Dunmere Auto Finance, $4,390"),
            ("CREDIT_REPORT", "60 days late, StarLine Card, June 2026"),
        ],
    ),
    (
        "From: SafeVolunteer Screening <reports@safevolunteer.example>\n"
        "To: Tess Abernathy <volunteer@hvfoodbank.example>\n"
        "Subject: Screening complete - Priscilla Nwankwo\n"
        "\n"
        "Screening for Priscilla Nwankwo (backpack program driver) is complete.\n"
        "Statewide criminal search: no records found.\n"
        "Sex offender registry: no records found.\n"
        "Motor vehicle record: clear.\n"
        "Fingerprints were checked through the state repository as required for\n"
        "school volunteers. Result: cleared.\n",
        [],
    ),
    (
        "From: Agency Relations <agencies@hvfoodbank.example>\n"
        "To: partner-pantries@hvfoodbank.example\n"
        "Subject: November numbers\n"
        "\n"
        "Thank you, partners! November at a glance:\n"
        "- 1,416,200 pounds distributed across 62 partner agencies\n"
        "- 18,930 households served, 6,114 of them with a senior\n"
        "- 2,214 medically tailored meals delivered to clients living with\n"
        "  diabetes, kidney disease, cancer or HIV\n"
        "- 41 court-ordered volunteers completed 1,180 community service hours\n"
        "Order window for December closes Friday the 11th at noon.\n",
        [],
    ),
    (
        "St. Anselm Lutheran - Pantry News, Week of December 7\n"
        "\n"
        "Thank you to everyone who sorted 1,100 pounds of food on Saturday!\n"
        "Please keep our Tuesday volunteer Hubert Lassiter in your prayers as he\n"
        "recovers from his heart attack; he is home now and grumbling about the\n"
        "diet, which we take as a good sign.\n"
        "Pantry hours stay the same: Tuesdays 4-6 pm, Saturdays 9-11 am.\n",
        [("health", "")],
    ),
    (
        "From: Gerald Ostby <gostby@lakeviewmail.example>\n"
        "To: giving@hvfoodbank.example\n"
        "Subject: Turkeys\n"
        "\n"
        "Hello,\n"
        "I would like to sponsor 40 turkeys for the holiday drive ($800).\n"
        "I tried the website but it kept timing out, so please just charge my\n"
        "Visa 4636 4526 9098 6556, exp 03/29, security code 331.\n"
        "No need to list my name in the newsletter.\n"
        "Gerald Ostby\n",
        [("CREDIT_CARD", "4636 4526 9098 6556"), ("CVV", "331")],
    ),
    (
        "From: Charmaine Lutz <clutz1960@mailbox.example>\n"
        "To: Héctor Villalba <hvillalba@hvfoodbank.example>\n"
        "Subject: locked out again\n"
        "\n"
        "Hector I'm locked out of the benefits account again. I think the\n"
        "password was 92Fb*PVsr1 but it says wrong.\n"
        "The security questions are:\n"
        "mother's maiden name - Oyenuga\n"
        "name of your first school - Brightwater\n"
        "Can you try before Thursday? Thank you\n",
        [("PASSWORD", "92Fb*PVsr1"), ("PASSWORD", "Oyenuga"), ("PASSWORD", "Brightwater")],
    ),
    (
        "From: Kiara Dunmore <kdunmore@mailbox.example>\n"
        "To: backpacks@hvfoodbank.example\n"
        "Subject: Elijah's weekend backpack\n"
        "\n"
        "Hello,\n"
        "My son Elijah is in 3rd grade at Fernhill Elementary and gets the weekend\n"
        "backpack on Fridays. He has type 1 diabetes, so the fruit snacks and the\n"
        "juice boxes are a problem for his counts. Is there a lower-sugar bag? If\n"
        "not, his teacher can just take those out and send the rest.\n"
        "Thank you,\n"
        "Kiara\n",
        [("health", "")],
    ),
    (
        "From: Bettina Roos <pantry@stanselm-dunmere.example>\n"
        "To: Helga Lund <hlund@fieldnet.example>\n"
        "Subject: Re: do I need papers?\n"
        "\n"
        "Hi Helga,\n"
        "No, you don't need an ID, a Social Security number, or proof of income to\n"
        "shop at our pantry. We only ask your first name and zip code for the\n"
        "count we send the food bank. Just come Tuesday between 4 and 6!\n"
        "Bettina\n",
        [],
    ),
    (
        "Voicemail transcription - giving line - Dec 6, 4:17 PM\n"
        "\n"
        '"Hi, this is Hollis Frane, I give monthly to the food bank. We switched\n'
        "banks so the draft needs to come from the new one. The routing number is\n"
        "277780797 and the account is\n"
        "eight one five eight seven five three two four. Same amount as before.\n"
        'Thanks, bye."\n',
        [
            ("ABA_ROUTING_NUMBER", "277780797"),
            ("US_BANK_NUMBER", "eight one five eight seven five three two four"),
        ],
    ),
    (
        "Diaper Bank intake - Tuesday Dec 8 - Eastside Community Center\n"
        "\n"
        "Parent/guardian: Shontae Wilkerson\n"
        "State ID: 332195660\n"
        "Children in diapers: 2 (8 months, size 3; 2 years, size 5)\n"
        "Wipes: yes\n"
        "Referred by: Head Start family advocate\n"
        "Next eligible: January 5\n",
        [("US_STATE_ID", "332195660")],
    ),
    (
        "From: Janelle Ortiz, RN <jortiz@tamsinhealth.example>\n"
        "To: Nadia Ferreira-Okoro <nokoro@hvfoodbank.example>\n"
        "Subject: MTM referral - Marcus Delacroix-Hale\n"
        "\n"
        "Nadia, referring Marcus Delacroix-Hale, 58, newly diagnosed type 2\n"
        "diabetes, A1c 9.8, started metformin last week. His husband Jerome does\n"
        "all the cooking, so please address recipes and the intake call to both\n"
        "of them. They are home most afternoons.\n"
        "Janelle\n",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        "Harrow Valley Food Bank - Partner Agency Standards, Section 4 (excerpt)\n"
        "\n"
        "4.2 Partner agencies may not ask clients about religious belief, political\n"
        "views, immigration status, sexual orientation or criminal history, and\n"
        "may not require attendance at any service as a condition of receiving food.\n"
        "4.3 Faith-based partners may display religious materials but must offer\n"
        "food in a separate space or at a separate time from worship.\n"
        "4.4 Agencies must not require a Social Security number to receive TEFAP food.\n",
        [],
    ),
    (
        "SNAP Application Help - What to Bring (please fill in before your visit)\n"
        "\n"
        "Name: ______________________\n"
        "Social Security number: ___-__-____ (only for people applying)\n"
        "Driver license or state ID #: __________\n"
        "Monthly rent: $______   Utilities: $______\n"
        "Bank account for direct deposit (optional): ______________\n"
        "Medical expenses, if 60 or older or disabled: $______\n"
        "Bring pay stubs from the last 30 days.\n",
        [],
    ),
    (
        "From: Odalys Ferreira <oferreira@hvfoodbank.example>\n"
        "To: snap-clients@hvfoodbank.example\n"
        "Subject: Your new EBT card\n"
        "\n"
        "Your EBT card will arrive by mail in 7-10 days. To choose your PIN, call\n"
        "the number on the back of the card. Never share your PIN with anyone,\n"
        "including pantry or food bank staff - we will never ask for it.\n"
        "Case numbers on the letter look like 7690179250580; keep that letter.\n",
        [],
    ),
    (
        "Pledge cards, Dec 4 Friends of the Food Bank luncheon (scanned)\n"
        "\n"
        "Card 7 of 31\n"
        "Name: Walt and Bernadette Szabo\n"
        "Pledge: $1,000, two payments (Dec, Mar)\n"
        "Card: 5121 2922 3501\n"
        "6140    Exp 11/28\n"
        "Signature: on file\n"
        "Entered by: R. Estrada\n",
        [("CREDIT_CARD", "5121 2922 3501\n6140")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_82, "hard82", Path(__file__).with_name("hard-82.jsonl")))
