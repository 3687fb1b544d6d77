"""Hard set 48 (2026-12-07): one mid-size city's public library system and its partners.

Written by an independent helper session, started by the project and working blind. It read
only: /work/shared/policy/privacy-policy.txt (all of it); tests/data/sensitive/
independent_sets.py (the checker and record format); scanner/categories.py (category names);
the output of `grep -n "line-length" pyproject.toml` (line 82: line-length = 100); and its
brief (/tmp/prompt48.txt with the two files it names, /tmp/mg/conventions.txt and
/tmp/mg/brief48.txt). Nothing else in the worktree, in /work/main or in /work was opened,
listed, grepped or searched; the detector was not run; no scanner or make command was used;
no web, code-index or document search tool was used. Git: only `git add` of this module and
hard-48.jsonl, then one `git commit`, in the worktree.
Slips: none.

Identifiers: every number, code and secret comes from throwaway scripts in /tmp/hard48_gen/
using random.Random with a fixed seed per kind: gen_cards.py (seed 4801: Luhn-valid Visa,
Mastercard, Amex and Discover numbers, CVVs, card last fours), gen_gov.py (4802: SSNs under
SSA rules, ITINs in the valid group ranges, U.S./Mexican passports, Ohio licence and ID
numbers, a Michigan licence, a tribal ID number), gen_bank.py (4803: ABA routing numbers with
valid prefixes and the 3-7-1 checksum, account numbers, IE and GB IBANs passing mod-97),
gen_secrets.py (4804: passwords, PINs, one-time codes, Stripe/Twilio/SendGrid-shaped keys,
credit scores), gen_decoy.py (4805: 14-digit library card and item barcodes checked NOT to
pass Luhn, ISBN-13s, hold, PO and order numbers, guest pass, EIN) and gen_misc.py (4806:
keypad, lockbox and alarm codes, confirmation, check, member, case, flight and OCLC numbers, a
SHA-256 template hash, scores). All digit strings were rejected if they were one repeated digit
or held an ascending run of five; no published test numbers are used. Phone numbers are
555-01xx; people, organisations, the city of Ashford and its branches are invented (real
agencies, banks and tribes appear only as names).

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
- A library card number or item barcode (in an email, a hold notice or an ILS export) opens
  no financial account and is no government identifier: not labelled. ISBNs, hold, PO, ILL,
  OCLC, booking, order and travel confirmation numbers are unlabelled identifiers.
- A patron's library account PIN and new catalog password open a personal online account:
  PIN and PASSWORD. The library's one-time sign-in code forwarded to a parent is
  ACCESS_CODE; the draft template of that email ({{otp_code}}) has unfilled fields: none.
- A public-computer guest pass opens a timed anonymous session on a shared PC, no one's
  account, and is treated like the guest Wi-Fi password: not labelled. Side-door keypad,
  book-sale lockbox and branch alarm codes are not labelled.
- A patron's online-banking password and security answer written down by lab staff are each
  PASSWORD (the username is not labelled); the PIN for a patron's state unemployment account
  is PIN and the site's texted sign-in code ACCESS_CODE.
- A Friends treasurer handover: the Square password, the business online-banking password
  and its security answer are each PASSWORD (set 24); the book-room alarm code is not.
- A Stripe secret key, a Twilio auth token and a SendGrid key in a failed-request alert are
  API_KEY; the publishable key, the account SID and the sender phone number are not.
- Characters of a novel discussed by a book club (a hidden diagnosis, years in a
  penitentiary) are fiction: not labelled. An author talk's subject (a penitentiary's
  history) is a topic. Book club members' own radiation, ancestry-test percentages
  (genetic and racial_ethnic_origin) and a man's "my husband Paul" (sexual_orientation) count.
- "She told the group she is Hmong" is a stated ethnicity: racial_ethnic_origin. Birth in a
  Thai refugee camp, photos from Mogadishu, and a facilitator who came from Kabul and speaks
  Dari and Pashto are place, nationality or language alone: not labelled.
- An enrolled citizen of a tribe gives racial_ethnic_origin, and the tribal ID card number is
  US_STATE_ID (as in the conventions). A Michigan licence written in its printed groups is
  US_DRIVER_LICENSE with its spaces; a Mexican passport is US_PASSPORT.
- A citizenship student's membership of a party's student wing abroad and his campaigning
  for that party are political_opinion; a mock interview marked TRAINING with a fictional
  applicant is not labelled.
- criminal_history: an OVI arrest and guilty plea for an N-400; a sealing intake's
  convictions and probation; a job application's misdemeanor with community control (Ohio's
  probation); a tutoring log's parole officer and "came home from Marion Correctional"; a
  staff background check's felony, prison term and post-release control; a veterans
  treatment court progress note (its PTSD group and negative drug screens are also health).
- Praying Dhuhr every day (asking a day center for a quiet room) and being picked up for
  jumu'ah at an Islamic Center are religious practice: religious_belief.
- trade_union_membership: a resume's "elected shop steward" of a named local, a union welcome
  letter for a signed card, a grievance for a named member. A union's open meeting for all
  staff is not.
- A constituent's "I knocked doors for you" to a council member is political_opinion; the
  council member's own vote on library hours is a public figure's public position: not
  labelled; a nonpartisan candidates forum is an event open to all.
- health: a methadone-clinic intake; "low vision from macular degeneration" and "uses a
  walker" on a homebound list; a child's limb difference and prosthesis; chemotherapy under
  FMLA; type 1 diabetes in a grievance; a VA PTSD rating; a pregnancy Medicaid application;
  a writer's hip replacement; a teen's levetiracetam for seizures; MS and Ocrevus on an SSDI
  checklist. A dog's knee surgery and gabapentin are not health.
- A memorial gift for a donor's late husband "through his ten years with Parkinson's" is
  health about him (a deceased person is identifiable); "Mastercard ending" gives
  CREDIT_CARD_LAST_DIGITS, and "check #" numbers are unlabelled.
- A staff member's carrier result (one CFTR variant, "a carrier, not sick") with only talk of
  screening for someone else is genetic only.
- A failed selfie-to-ID face match score in an identity-verification summary and a
  makerspace finger-reader enrollment error with the template hash and match score are
  biometric; a fingerprint-based background check with "no records found" is neither
  biometric nor criminal_history.
- Bank details in an automated voicemail transcription (routing in digits, account in
  words), a foundation's bank-draft pledge, an author honorarium IBAN with printed spaces
  and a donor refund IBAN are labelled as in the conventions; a VITA acceptance notice with
  only "checking account ending in 3390" is not labelled. A BIC is not labelled.
- A denial letter's score and dash-bulleted adverse items, forwarded by a job seeker, and a
  consumer clinic's report summary are CREDIT_SCORE and CREDIT_REPORT, each item on its
  whole line after the dash.
- A gala pledge card whose Mastercard number runs onto a second line is one CREDIT_CARD
  value holding the line break; an Amex's four-digit code on the front is CVV.
- Aggregate percentages in a grant report (race, disability, justice-system history) and
  season totals are aggregate; a flu-shot clinic, a blood drive's private health questions,
  an AA open meeting's room change, a record-sealing clinic flyer, a blank intake sheet and a
  composite appeal story ("Rose" is not a real person) disclose nothing about a person.
- A teen's new first name and they/them pronouns on a roster are not labelled; an eviction
  hearing reminder is a civil matter; a generic appointment reminder names no condition.

Emphasis: a month of mail around one city library system: circulation desks, the card and
account system, the MakerLab, teen programs and homework help, the seed library, adult
literacy, ESL circles, a citizenship class, a VITA tax site, legal aid office hours, a
workforce job club, a benefits navigator, a day center next door, a veterans' table, the
Friends, the foundation, the staff union, a council member and her campaign, and book clubs.
Positives sit where senders put them, often one item in otherwise routine mail: intake and
direct-deposit details (one account dictated in words), passwords, PINs and one-time codes
for library, bank, unemployment and payment accounts, vendor keys, card numbers typed from
paper forms (one wrapped), partial SSNs, foreign passports and IBANs, a tribal ID, credit
items, and special categories disclosed implicitly (Ocrevus, levetiracetam, a methadone
intake, parole, jumu'ah, "my husband Paul"). Decoys are the same senders' routine mail and
near misses: library card and item barcodes, ISBNs, guest passes, Wi-Fi, keypad and alarm
codes, masked accounts, templates and blank forms, aggregate statistics, fiction, topics,
events open to all, a pet's surgery, nationality and language alone, pronouns, a clean
background check and a civil eviction hearing.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_48: list[Case] = [
    (
        """Subject: Your hold is ready at Eastgate Branch

Hello Denise,

The item you requested is waiting for you on the Eastgate Branch holds shelf:

  The Lighthouse Keeper's Almanac / Corbin, Ruth
  Item barcode: 31872101877635
  Hold number: 6454458
  Pick up by: Saturday, December 19, 2026

Holds are shelved by the last four digits of your library card. If you can't make it in
time, you can pause or cancel the hold from My Account.

Ashford Public Library - Eastgate Branch - 555-0118""",
        [],
    ),
    (
        """Subject: VITA pre-season intake - Ortega household

Hi Teresa,

Intake for the Ortegas is done. The paper folder is in the locked cabinet behind the
reference desk; here is what the preparer needs for the e-file so you don't have to dig:

Taxpayer: Luis Ortega, SSN 021-79-3037
Spouse: Adela Ortega, ITIN 976-54-0772 (renewal letter in folder, dated 9/2025)
Filing status: MFJ, dependent on the separate sheet
W-2s: Ashford Metro Parks; Kroeger Distribution (two, he changed warehouses in June)
1099-INT: none this year
Refund: direct deposit, Buckeye Valley Community Credit Union
  Routing: 659462442
  Checking: 2159046298

They'd like to come back Saturday, January 30 to sign. Adela prefers Spanish; Ruben is on
that shift.

Marco
Main Library VITA site, Room 210""",
        [
            ("US_SSN", "021-79-3037"),
            ("US_ITIN", "976-54-0772"),
            ("ABA_ROUTING_NUMBER", "659462442"),
            ("US_BANK_NUMBER", "2159046298"),
        ],
    ),
    (
        """Subject: Riverside Book Club - discussion questions for "The Salt Orchard"

Hi everyone,

Here are Priscilla's questions for Thursday (6:30, Riverside community room). No spoilers in
the subject line for the two of you still reading!

1. Marguerite hides her diagnosis from her sons until the harvest is in. Did you read that
   as pride, or as protecting them?
2. Tom comes home after eleven years in the state penitentiary and the town never once says
   the word "prison." How does the author make the silence do the work?
3. Why are Ada's chapters in the first person and nobody else's?
4. The orchard is sold in the last chapter. Was that the ending you wanted?

Copies of the novel are still on the book club shelf at Riverside.

See you Thursday,
Helen""",
        [],
    ),
    (
        """Subject: can't log in to my account

Hi, I'm trying to renew my books online and it keeps saying "invalid PIN." My card number is
21872911491458 and the PIN I set up in the fall was 6935. I typed it three times and now it
says the account is locked. Can you unlock it or reset it? I have two books due Friday.

Thanks,
Gloria Benavides""",
        [("PIN", "6935")],
    ),
    (
        """Subject: Re: Teen Tech Night lock-in - permission form

Ms. Whitaker,

Signed form is attached. One thing for the staff who'll be there overnight: Noah takes
levetiracetam for his seizures, one dose at 9 pm. He knows to take it himself but please
remind him if the game tournament is going. If he does have a seizure, time it, keep him on
his side, and call me at 555-0134. No need for 911 unless it goes past five minutes.

Thanks for doing these nights, he talks about them for weeks.

Carla Mendes""",
        [("health", "")],
    ),
    (
        """Subject: Your public computer guest pass

Guest pass: G5AL58WL
Valid: Tuesday, December 15, 2026, one 60-minute session on any public PC at the Main
Library (2nd floor) or the Northfield Branch.

Printing is 10 cents a page (black and white); pay at the print release station. Files are
erased when you log off. Need more time? Ask at the Information Desk.""",
        [],
    ),
    (
        """Subject: Thursday office hours - sealing intake, D. Hargrove

Hi Naomi,

Notes from the walk-in at the library office hours (Room 114) so you have them before the
review call:

Client: Dwayne Hargrove, DOB 04/11/1988, phone 555-0147
ID shown: Ohio driver license XM684286
Record: 2014 conviction, Ashford Municipal Court, receiving stolen property (M1), 30 days
suspended, one year probation, completed 2015. Also a 2017 disorderly conduct (MM), fine
paid.
Goal: sealing under the new law. He's applying for CDL training through the workforce
center and the 2014 case keeps coming up on their background screen.

He has the certified journal entries at home and will drop copies at the library desk in an
envelope marked for you.

Jamal
Legal aid volunteer, Main Library office hours""",
        [("US_DRIVER_LICENSE", "XM684286"), ("criminal_history", "")],
    ),
    (
        """Subject: Welcome to the Winter Craft Fair at Linden Park Branch!

Thanks for signing up as a vendor. Setup starts at 8:30 am Saturday in the Linden Park
meeting room; tables are first come, first served.

Wi-Fi for your card readers:
  Network: APL-Guest
  Password: bookworm-winter26

The guest network drops you every 4 hours, so reconnect before the afternoon rush. Parking
is free in the lot behind the branch. Questions: 555-0126.""",
        [],
    ),
    (
        """Subject: Citizenship class - Tomas's N-400 questions

Hi Ellen,

Tomas Reyes-Ibarra stayed after class Tuesday with his N-400 draft. Two things I wasn't sure
how to answer, so I'm sending them to you before the legal aid volunteer sees him:

1. Travel: he listed his trips to Mexico. The passport he used until 2022 was his Mexican
   passport G42073755; he has the new one too. Do we list both numbers?
2. He was arrested in 2012 in Franklin County for OVI, pleaded guilty, did the three-day
   driver intervention program, license suspended six months. He checked "no" on "have you
   ever been arrested" because he says it was "just traffic." I told him it has to be yes
   and that he needs the certified court disposition before the interview.

He's worried. I said the legal aid attorney will go over it with him on the 17th.

Thanks,
Bill Okafor (volunteer, Tuesday citizenship class)""",
        [("US_PASSPORT", "G42073755"), ("criminal_history", "")],
    ),
    (
        """Subject: VITA 2026 season wrap-up numbers for the board

Final numbers from the Main Library VITA site for the 2026 filing season:

- Returns e-filed: 412 federal, 398 state
- Total refunds: $611,840; average federal refund $1,486
- EITC claimed on 173 returns
- 61% of households had income under $35,000
- Volunteers: 24 preparers, 9 greeters, 2 quality reviewers
- Busiest day: Saturday, March 7 (38 returns)

Thank you all. Training for the 2027 season starts January 9 in Room 210.""",
        [],
    ),
    (
        """Subject: Membership forms from the book sale table

Hi Joan,

Three paper membership forms came in at the December book sale. Two paid cash (in the
envelope). The third wants to pay by card, so I typed it from the form for you to run in
Square. Please shred the form after:

Name: Harold Pettibone
Level: Patron ($100)
Card: Visa 4916 8532 2601 0335, exp 08/29, security code 536
Billing ZIP: 43219 (I think, hard to read)

He also checked "interested in volunteering - book sorting."

Marilyn""",
        [("CREDIT_CARD", "4916 8532 2601 0335"), ("CVV", "536")],
    ),
    (
        """Subject: Welcome to Local 1217, Keisha!

Dear Keisha Odom,

Welcome to the Ashford Library Workers Union, Local 1217! We've received your signed
membership and dues-checkoff card, dated December 3, 2026. Payroll will start deducting dues
from your first January paycheck.

For our records we copied the following from your card:
  Position: Library Associate II, Eastgate Branch
  Last 4 of SSN: 2079
  Preferred email: personal

Your steward at Eastgate is Raymond Tully. The next new-member orientation is Wednesday,
January 13 at the Labor Temple, 5:30 pm (pizza provided).

In solidarity,
Donna Sierra, Membership Secretary""",
        [("trade_union_membership", ""), ("US_SSN", "2079")],
    ),
    (
        """Subject: Seed Library: starting seeds indoors

Hello gardeners!

The Seed Library cabinet at Riverside is restocked for 2027. When to start indoors:
- Onions and leeks: mid-January
- Peppers and eggplant: late February
- Tomatoes: mid-March (no earlier, they get leggy!)

Take up to 5 packets per household per month; no library card needed. Please return saved
seeds in labelled envelopes (variety, year, where grown).

Seed-starting workshop: Saturday, January 23, 10 am, Riverside meeting room. Free and open
to all.

The Seed Library volunteers""",
        [],
    ),
    (
        """Subject: Wednesday conversation circle notes (Dec 9)

Hi Lorena,

Good group last night, eleven people. The theme was "holidays at home."

Pa Houa Vang talked about Hmong New Year; she told the group she is Hmong, born in Ban Vinai
camp in Thailand, and came to Ohio in 2004. Her English is really taking off since she
started at the hospital laundry. Yusuf brought photos from Mogadishu. Ana and Lucia did a
skit about ordering at a bakery, which everyone loved.

Next week: "weather" (appropriate!). I'll bring the picture cards.

Ruth""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Room booking confirmed: Linden Park Meeting Room B

Booking #R-2026-8302
Group: Linden Park Neighborhood Association
Date: Monday, January 11, 2027, 6:30-8:30 pm
Room: Meeting Room B (capacity 40)
Setup: theater style, projector and screen

After-hours entry: side door keypad 6595#. Please make sure the door latches behind you and
leave the room as you found it. Meetings in library rooms must be free and open to the
public.

Questions: 555-0109""",
        [],
    ),
    (
        """Subject: SSDI application - docs checklist

Hi Monique,

It was good to meet you at the library on Tuesday. As promised, here's where we are on your
disability application and what I still need from you.

Entered so far:
- Name: Monique Carter
- SSN: 206-73-4432
- Condition: relapsing-remitting multiple sclerosis, diagnosed 2021
- Treating neurologist: Dr. Farrah Quinlan, Capital Valley Neurology
- Current treatment: Ocrevus infusions every six months; last infusion November 2026
- Last day worked: August 14, 2026 (Tri-County Call Center)

Still needed:
- Names and dates for the MRI centers
- Your work history for the last five years (job titles and dates are enough)

I'm at the Main Library benefits desk Tuesdays and Thursdays, 10-2. Call 555-0152 if you
need to move our next appointment.

Nadia Brooks
Benefits Navigator, Ashford Community Action""",
        [("US_SSN", "206-73-4432"), ("health", "")],
    ),
    (
        """Subject: VITA intake sheet (blank) - please print 50 for Saturday

Hi Sam, can you print 50 of these for the greeter table? Text below in case the attachment
doesn't open.

------------------------------------------------------------
MAIN LIBRARY VITA SITE - CLIENT INTAKE (page 1 of 2)
Your name: ______________________   SSN/ITIN: ___-__-____
Spouse name: ____________________   SSN/ITIN: ___-__-____
Phone: (___) ___-____
Refund by direct deposit?  [ ] Yes  [ ] No
   Routing no.: _____________   Account no.: _________________
Did you receive an IRS Identity Protection PIN?  [ ] Yes  [ ] No
------------------------------------------------------------

Thanks!
Teresa""",
        [],
    ),
    (
        """Subject: Friends' online store keys for the new website

Hi Priya,

The web volunteer asked for the Stripe keys so the "Join the Friends" and "Book sale
pre-order" pages can take payments. From the Friends' Stripe dashboard (live mode):

Publishable key: pk_live_HwvBLSfhAJ7ZvmBABEuzZqf7
Secret key: sk_live_nrqbFSYva9L93qSb89FauUfV

Please put the secret one only in the server settings, never in the page code. I'll roll it
once the site is live.

Thanks,
Glen (Friends of the Ashford Public Library, treasurer)""",
        [("API_KEY", "sk_live_nrqbFSYva9L93qSb89FauUfV")],
    ),
    (
        """Subject: Re: January book club

I'll have to sit out January. I start radiation on the 4th, five days a week for six weeks,
and I'm told I'll be wiped out. Save me a seat for February! - Bev""",
        [("health", "")],
    ),
    (
        """Subject: Author Talk: "Walls of Stone" with historian Dr. Celeste Marwood

Join us Thursday, January 21 at 7 pm in the Main Library auditorium for a talk by historian
Dr. Celeste Marwood on her new book, "Walls of Stone: The Ohio Penitentiary, 1834-1984."
Dr. Marwood will discuss prison reform movements, the 1930 fire, and how the penitentiary
shaped the neighborhoods around it. A book signing follows; copies are available from
Gramercy Books. Free and open to all, no registration required. ASL interpretation
provided.""",
        [],
    ),
    (
        """Subject: Darnell's replacement ID came in

Hi Kristen,

Good news: the BMV mailed Darnell Fluker's replacement state ID to our address and it came
today. Number is MM162425, expires 2030. I locked it in the client mail drawer.

He needs it Monday for his intake at the methadone clinic on Cleveland Ave (8 am), so if he
comes in over the weekend please give it to him and have him sign the mail log.

Thanks,
Jorge
Harbor Day Center (next door to the Main Library)""",
        [("US_STATE_ID", "MM162425"), ("health", "")],
    ),
    (
        """Subject: Lost library card

Hello, I lost my library card at the Northfield branch on Saturday, I think in the children's
area. The number on my app is 21872047969869. Can you freeze it so no one checks things out
on it? I'll come in for a replacement this week.
Thank you, Mei-Ling Cho""",
        [],
    ),
    (
        """Subject: Linden Park Sunday hours

Councilmember Pruitt,

I knocked doors for you in the 2025 race and I'd do it again, but I have to tell you that
Linden Park losing its Sunday hours is a real blow to our side of town. My kids do their
homework there every Sunday afternoon because we don't have internet at home, and the
Eastgate branch is two bus transfers away.

Please raise this at the budget hearing on the 14th.

Sincerely,
Gerald Amsel
1418 Dorsey Ave.""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Your monthly gift is set up - thank you!

Dear Erik and Solveig,

Thank you for your pledge to the Ashford Library Foundation's Reading Forward campaign!
Your monthly gift of $50 will be drawn on the 15th of each month, beginning January 15,
2027, from the account you gave us:

  Bank: Scioto Savings Bank
  Routing number: 269831162
  Account number: 600458084

If any of this is wrong, or you'd like to change the amount, just reply or call 555-0161.

With gratitude,
Beatrice Lam
Donor Relations, Ashford Library Foundation""",
        [("ABA_ROUTING_NUMBER", "269831162"), ("US_BANK_NUMBER", "600458084")],
    ),
    (
        """Subject: Veterans' Outreach Table - January schedule

The Veterans Service Commission outreach table is in the Main Library lobby on the first
and third Wednesday, 11 am - 2 pm:

- Jan 6: VA health care enrollment and PACT Act toxic exposure screening sign-up
- Jan 20: Disability claims and appeals help; bring your DD-214 if you have it

Any veteran or family member is welcome, no appointment needed. Free coffee courtesy of the
Friends of the Library.""",
        [],
    ),
    (
        """Subject: Follow-up from the outreach table: Curtis Bell

Hi Lt. Moreno,

At the library table yesterday Curtis Bell (Army, 2003-2011) asked us to start an increase
claim. His current rating is 70% for PTSD; he says the nightmares and panic attacks are
worse since his son deployed, and he's now seeing a counselor at the Vet Center weekly. He
didn't have his DD-214 with him; the last four of his SSN are 9332 if you want to pull his
file ahead of the appointment on the 19th.

Thanks,
Anita Rowe, VSO
Veterans Service Commission""",
        [("health", ""), ("US_SSN", "9332")],
    ),
    (
        """Subject: patron help - Mrs. Dunleavy's bank login

Hi Tasha,

Heads up for tomorrow morning: Mrs. Ellen Dunleavy came to the computer lab again to check
her Heartland Federal account. She can't remember her login, so she asked me to write it
down "somewhere safe" and I didn't know what else to do:

  Username: edunleavy47
  Password: Copper?Orchard28
  Security question (street you grew up on): Bellwood

I know we're not supposed to keep these. Can we talk to Anne about a better way? Maybe the
Tech Help volunteers can set her up with a password book. I'll delete this after.

Marcus""",
        [("PASSWORD", "Copper?Orchard28"), ("PASSWORD", "Bellwood")],
    ),
    (
        """Subject: Volunteer clearance - Homework Help

Hi Dana,

The background check for Peter Nakamura (Homework Help, Thursdays at Eastgate) came back
today: fingerprint-based BCI and FBI checks, no records found. He's cleared to start
January 7. Badge pickup is at the Volunteer Office.

Thanks,
Liz (Volunteer Services)""",
        [],
    ),
    (
        """Subject: Resume for review - Job Club

Hi Ms. Grant, here's my resume like you asked at job club. Be honest!

DELPHINE WATTS
Ashford, OH | 555-0173 | dwatts.resume@mailbox.example

SUMMARY
Warehouse lead with 12 years of inventory, shipping and team experience, looking for a
logistics coordinator role.

EXPERIENCE
Lead Associate, Kroeger Distribution Center, 2016-2026
- Ran a 14-person receiving crew on second shift
- Cut dock-to-stock time 30% by re-slotting fast movers
- Elected shop steward, Teamsters Local 1184 (2019-2026): handled grievances for 60 members

Picker/Packer, Eastgate Fulfillment, 2013-2016

SKILLS
Forklift certified, WMS (Manhattan), Excel, bilingual English/French

Thanks!
Delphine""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Your 2026 return was accepted

Hi Mr. Abernathy,

Good news: the IRS accepted your federal return on January 29, and Ohio accepted the state
return the same day. Your federal refund of $2,314 will go to your checking account ending
in 3390, usually within 21 days. You can track it at IRS.gov with "Where's My Refund?"

Keep the copy of your return we gave you. See you next year!

Main Library VITA site""",
        [],
    ),
    (
        """Subject: Gwen's schedule for January - FMLA

Hi Carl,

HR approved Gwen Aldridge's intermittent FMLA. She has chemotherapy every other Tuesday
starting January 5 and will be out those days and, most likely, the Wednesday after. Please
don't schedule her on the Eastgate desk on Tuesdays or Wednesdays through March; I've asked
Northfield to lend us a sub for those shifts.

She'd rather people not ask her about it at work, so please just say she's on a modified
schedule.

Thanks,
Pam Oyelaran, Branch Manager, Eastgate""",
        [("health", "")],
    ),
    (
        """Subject: Homework Help starts back January 5

Homework Help returns after winter break:
  Main Library teen room: Monday-Thursday, 3:30-5:30 pm
  Eastgate Branch: Tuesday and Thursday, 4-6 pm

Free drop-in tutoring for grades 3-12 in math, reading, writing and science. No sign-up, no
library card needed. Our tutors never ask students about grades, immigration status or
anything at home; just bring your homework.

Snacks provided by the Friends of the Library.""",
        [],
    ),
    (
        """Subject: New hire paperwork - Jonah Whitcombe (Page, Northfield)

Hi Payroll,

Forwarding the onboarding items for Jonah Whitcombe, part-time page at Northfield starting
January 4. Originals are in his personnel folder.

W-4: single, no adjustments, SSN 315-40-3985
I-9 (List A): U.S. passport 416621697, exp. 03/2033, examined in person 12/18 by M. Tran
Direct deposit (100%):
  First Ohio Bank, checking
  Routing 080310448
  Account 382740837244

Let me know if anything's missing.
Mai Tran, HR Assistant""",
        [
            ("US_SSN", "315-40-3985"),
            ("US_PASSPORT", "416621697"),
            ("ABA_ROUTING_NUMBER", "080310448"),
            ("US_BANK_NUMBER", "382740837244"),
        ],
    ),
    (
        """Subject: Book sale volunteer shifts - January 9

Thank you, book sale volunteers! Shifts for Saturday, January 9 (Main Library, lower level):

  8:00-10:00   Setup: Joan, Howard, Trinh
  10:00-12:00  Cashiers: Marilyn, Deb
  12:00-2:00   Cashiers: Phil, Anjali
  2:00-3:00    Bag sale and teardown: everyone who can!

The cash box and the Square reader are in the Friends closet; the lockbox code is 1-5-3-0.
Please wear your name badges.""",
        [],
    ),
    (
        """Subject: Honorarium payment for your January 28 talk

Dear Siobhan,

We're so looking forward to your virtual visit for the Big Read! The Foundation will pay
your honorarium of $1,500 by international wire the week after the event. To confirm, we
have these details from your invoice:

  Account name: Siobhan Ni Bhriain
  Bank: Allied Irish Banks, Galway
  IBAN: IE45 AIBK 9382 5113 0670 67
  BIC: AIBKIE2D

Please let me know if anything has changed, and send the tech check times that suit you.

Warmly,
Beatrice Lam, Ashford Library Foundation""",
        [("IBAN_CODE", "IE45 AIBK 9382 5113 0670 67")],
    ),
    (
        """Subject: Voicemail from 555-0188 (0:47)

Voicemail transcription (automated, may contain errors):

"Hi, this is, um, Rosalind Pike, I was at the tax help on Saturday and the lady said call
back with my bank because I didn't have my checkbook. So the routing is 679191793 and the
account number is three zero six four one four four seven three seven four. It's a
checking at, uh, Pinnacle Credit Union. Okay, thank you, bye."

Received Mon 12/21 10:14 AM, Main Library VITA line""",
        [
            ("ABA_ROUTING_NUMBER", "679191793"),
            ("US_BANK_NUMBER", "three zero six four one four four seven three seven four"),
        ],
    ),
    (
        """Subject: Citizenship class - mock interview script (TRAINING, fictional applicant)

For Thursday's practice, pairs take turns as officer and applicant. The applicant below is
made up; please don't use anyone's real story.

OFFICER: Have you ever been arrested, cited or detained by any law enforcement officer?
APPLICANT (fictional "Rosa Lima"): Yes, once in 2015, for driving without a license. I paid
the fine.
OFFICER: Do you have the court papers?
APPLICANT: Yes, here is the certified disposition.
OFFICER: Have you ever been a member of a communist or totalitarian party?
APPLICANT: No.

Then switch roles. Remember: at the real interview, answer truthfully and bring certified
copies of any court records.""",
        [],
    ),
    (
        """Subject: tutoring log - Andre, week of Dec 7

Session 1 (Tue): Andre finished the Level 3 reader. Still mixes up b and d when he's tired.
We did the driver's manual vocabulary list (yield, merge, intersection).

Session 2 (Thu): Andre read the letter from his parole officer out loud by himself, first
time ever. He said when he came home from Marion Correctional last spring after nine years
he couldn't read the bus schedule, and now he rides to work alone. Goal for January: the
written driving test.

Frances (volunteer tutor, Adult Literacy Program)""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Teen Advisory Board roster update

Hi Jess,

Quick update for the TAB roster and name tags: Sky Patterson (listed as Skylar) uses
they/them now; their mom emailed to let us know. Please change the sign-in sheet and the
Google group. Otherwise no changes for January. The meeting is the 12th at 4 pm.

Thanks!
Rob""",
        [],
    ),
    (
        """Subject: [MakerLab door] sync error - 1 enrollment rejected

Automated message from the MakerLab access controller (Main Library, lower level)

Event: ENROLLMENT_SYNC_FAILED
Member: Okonkwo, Chidi (member #ML-3418)
Reader: north door, finger reader FR-7
Template format: ISO 19794-2
Template hash (SHA-256): d1493a0b79431c3e2eb7737c59f3b9d79d735d38257ec1c24136622c74c24133
Match score against stored template: 54 (threshold 60)
Action: member must re-enroll at the MakerLab desk before the next visit.""",
        [("biometric", "")],
    ),
    (
        """Subject: Expiring cards report - Northfield - January

CSV from the ILS, cards expiring in January (Northfield home branch):

patron_barcode,name,expires,checkouts_ytd,fines_due
21872253399800,"Haddad, Sami",2027-01-06,41,0.00
21872338967650,"Lorimer, Beth",2027-01-14,7,1.20
21872220182092,"Quarles, Dion",2027-01-22,112,0.00

Renewal reminders go out automatically 14 days ahead. Let me know if you want the
Eastgate list too.

Hollis (Systems)""",
        [],
    ),
    (
        """Subject: Homebound delivery list - January route (Eastgate)

Export from the Outreach module for Thursday's van route:

patron,address,id_on_file,notes
"Ferris, Opal","212 Wick St","Ohio ID HU843884","low vision from macular degeneration - large
print only; ring twice"
"Burkholder, Len","48 Sedgwick Ct","on file","uses a walker, leave bag inside storm door"
"Ames, Dolores","901 Pell Ave Apt 3","on file","audiobooks on CD only"

Driver: Maureen. Please bring back the Ferris returns (6 items).""",
        [("US_STATE_ID", "HU843884"), ("health", "")],
    ),
    (
        """Subject: Credit report review - Tamika Ross (consumer clinic)

Hi Devon,

I pulled Tamika's free report with her at the library session today. Summary for the file
before her January 12 appointment:

Score shown with the report (VantageScore 3.0): 508
Negative items:
- Collection: Midstate Recovery Services, for Central Ohio Power, $1,140, 03/2024
- Charge-off: Capital Harbor Bank credit card, $2,870, charged off 11/2023
- Late payment: Buckeye Auto Finance, 60 days late 07/2025

She thinks the power account is from an apartment she never lived in (possible identity
theft). She'll bring her old leases so we can draft the dispute letter.

Roz Mitchell, paralegal volunteer""",
        [
            ("CREDIT_SCORE", "508"),
            (
                "CREDIT_REPORT",
                "Collection: Midstate Recovery Services, for Central Ohio Power, $1,140, 03/2024",
            ),
            (
                "CREDIT_REPORT",
                "Charge-off: Capital Harbor Bank credit card, $2,870, charged off 11/2023",
            ),
            ("CREDIT_REPORT", "Late payment: Buckeye Auto Finance, 60 days late 07/2025"),
        ],
    ),
    (
        """Subject: Free flu and COVID shots at Northfield Branch, January 9

The county health department will give free flu shots and updated COVID-19 vaccines in the
Northfield Branch meeting room on Saturday, January 9, 10 am - 2 pm. Everyone 6 months and
older is welcome. Bring your insurance card if you have one; no one is turned away.""",
        [],
    ),
    (
        """Subject: Your mom's new EBT card PIN

Hi Renata,

Your mother, Mrs. Alvarez, came by the benefits desk today and we called the EBT customer
line together to set a PIN on her replacement Ohio Direction card. She asked me to send it
to you since you do her shopping: the new PIN is 3492. Please have her keep the card and the
PIN in different places.

Nadia Brooks
Benefits Navigator, Ashford Community Action""",
        [("PIN", "3492")],
    ),
    (
        """Subject: Reminder: your appointment on Thursday

Hi Mr. Kowalczyk,

This is a reminder of your appointment with the benefits navigator at the Main Library
(Room 118) on Thursday, January 7 at 2:00 pm. Please bring a photo ID and any letters you
have received. If you need to reschedule, call 555-0152.""",
        [],
    ),
    (
        """Subject: Your IP PIN for this year's return

Hi Mrs. Lattimore,

Thanks for sending the photo of your IRS letter (CP01A). For the preparer's notes: your
Identity Protection PIN for this filing season is 369787, for the return with SSN ending
4465. We can't e-file without it, so please bring the letter to your appointment on
February 6 too, just in case.

Main Library VITA site""",
        [("PIN", "369787"), ("US_SSN", "4465")],
    ),
    (
        """Subject: Book club kit order - Gramercy Books

Hi Ruthanne,

Please order 12 copies each for the spring book club kits:
  978-1-25588-162-0  "The Salt Orchard" (pbk)
  978-1-864606-48-5  "Nine Rivers Home"
  978-1-97999-692-1  "A Map of Small Fires"

Ship to Main Library, Collection Services, attn: Acquisitions. PO 43444808.

Thanks,
Dev""",
        [],
    ),
    (
        """Subject: Re: "The Mapmaker's Daughter" - the ancestry chapter

Loved tonight's discussion. On the ancestry-test chapter: I finally did 23andMe last year and
mine came back 41% Nigerian, 18% Ghanaian, 27% English and Scottish, the rest scattered. My
grandmother always said we had Scottish in us and nobody believed her!

See you in February. - Lorraine""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: All library workers: open meeting on the 2027 budget

The Ashford Library Workers Union, Local 1217 invites ALL library staff, members or not, to
an open meeting about the proposed 2027 budget and the Sunday hours cuts.

Wednesday, January 20, 5:30 pm, Labor Temple, 2nd floor. Childcare and dinner provided.
Questions? Text 555-0149.""",
        [],
    ),
    (
        """Subject: quiet room request

Hi team,

Ibrahim Jalloh asked if he can use the small counseling room for about 15 minutes around
12:30 every day to pray Dhuhr. He's been praying in the stairwell. The room is free then on
weekdays, so I said yes unless anyone objects. Please don't book it 12:15-12:45.

Kerry (Harbor Day Center)""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Councilmember Pruitt's January update

Dear neighbors,

At the December 14 budget hearing I voted against the proposed cut to library Sunday hours,
and I will keep pushing to restore them at Linden Park and Eastgate. Libraries are where our
kids do homework, where job seekers print resumes, and where neighbors meet.

Join me for coffee at the Linden Park branch on Saturday, January 16 at 10 am.

Yvonne Pruitt
Ashford City Council, Ward 4""",
        [],
    ),
    (
        """Subject: Library supporters reception - contributions to enter

Hi Olu,

Here are the contributions from Tuesday's "Friends of Yvonne" reception (held at the
Goodale Street house, not the library!) for you to enter before the year-end report:

- Marjorie Tennant, retired librarian, $250, check #5779
- Paul and Dee Haskins, $100, cash
- Ravi Subramaniam, $500, Visa ending 6221 (processed at the event)
- Ann-Marie Keogh, $50, check #2137

Please send the thank-you letters by the 31st.

Carol
Treasurer, Committee to Re-elect Yvonne Pruitt""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "6221")],
    ),
    (
        """Subject: ESL conversation circles - winter session

The winter session starts January 6! Circles meet:
  Tuesday 6 pm, Main Library Room 201 (all levels)
  Wednesday 10 am, Eastgate Branch (beginners; childcare available)
  Saturday 11 am, Northfield Branch (intermediate)

Please welcome our new facilitator, Farid Noori, who came to Ashford from Kabul in 2022 and
speaks Dari, Pashto and English. Volunteers are always welcome; no teaching experience
needed.""",
        [],
    ),
    (
        """Subject: Application - Delivery Driver - Terrence Boyd

(Submitted with help from the Workforce Center job club)

Employer: Ashford Medical Supply
Applicant: Terrence Boyd
Position: Delivery Driver, full time
Driver's license: Ohio UB227267, class D, exp. 2029
Have you been convicted of a crime in the last 7 years? Yes
If yes, explain: 2021, possession of drug paraphernalia (misdemeanor), Ashford Municipal
Court. Fines paid, completed 6 months of community control.
Available start date: January 11
References: attached""",
        [("US_DRIVER_LICENSE", "UB227267"), ("criminal_history", "")],
    ),
    (
        """Subject: Now hiring: Library Page (part-time), Northfield Branch

Ashford Public Library is hiring a part-time Library Page (15-20 hours a week, $15.25 an
hour). Duties: shelving, pulling holds, tidying the collection and helping patrons find
materials. Must be 16 or older and able to lift 25 pounds. Finalists must pass a background
check.

Apply online by January 15. Ashford Public Library is an equal opportunity employer.""",
        [],
    ),
    (
        """Subject: Re: teller job - what happened?

Ms. Grant,

The bank sent me the letter about why they didn't hire me. It says they pulled my credit
and lists:

  Credit score used: 641
  - Charge-off: Wexley Furniture Credit, $1,980 (2023)
  - Collection: Cityline Wireless, $212 (2024)

I didn't know that would matter for a teller job. Should I still apply to the other two
banks from job club? I want to fix it.

Brianna Colter""",
        [
            ("CREDIT_SCORE", "641"),
            ("CREDIT_REPORT", "Charge-off: Wexley Furniture Credit, $1,980 (2023)"),
            ("CREDIT_REPORT", "Collection: Cityline Wireless, $212 (2024)"),
        ],
    ),
    (
        """Subject: MakerLab: filament order + January certifications

Filament order #66770694 (PLA, 12 spools; PETG, 4 spools) arrives Tuesday.

Certifications in January (sign up at the MakerLab desk, free for cardholders):
- Laser cutter basics: Jan 9 and Jan 23, 1 pm
- 3D printer (Prusa MK4): Jan 12, 6 pm
- Vinyl cutter: Jan 16, 11 am

Reminder: the exhaust fan has to be on before every laser cut. - Arturo""",
        [],
    ),
    (
        """Subject: 3D print request - prosthetic cover for Eli

Hi Arturo,

My son Eli (9) was born with a below-elbow limb difference on his left arm and just got his
new myoelectric prosthesis. He wants a cover that looks like a Minecraft creeper. His OT
sent the measurements as an STL (attached). Could we book the Prusa for a Saturday? Happy
to pay for the filament.

Thanks,
Jenna Ruiz""",
        [("health", "")],
    ),
    (
        """Subject: Seed Library shift swap

Can someone cover my Seed Library shift on Saturday the 16th? Our dog Biscuit had his knee
surgery (TPLO) on Monday and I don't want to leave him alone yet; he's on gabapentin and
crate rest for eight weeks. I can take any shift in February in exchange. - Wendell""",
        [],
    ),
    (
        """Subject: Re: Seed Library shift swap

I can take Saturday the 16th! I'm finally back to driving six weeks after my hip
replacement, so I'm glad to get out of the house. Give Biscuit a scratch for me. - Ginny""",
        [("health", "")],
    ),
    (
        """Subject: Fwd: Your Ashford Public Library sign-in code

Mom, this is the code the library sent for your account. Type it on the tablet when it asks.

---------- Forwarded message ----------
From: Ashford Public Library <noreply@apl-oh.example>
Subject: Your Ashford Public Library sign-in code

Your one-time sign-in code is 398813. It expires in 10 minutes. If you didn't try to sign
in, you can ignore this message.""",
        [("ACCESS_CODE", "398813")],
    ),
    (
        """Subject: Draft: sign-in code email template (for review)

Hi Web Team, here is the proposed text for the verification email in the new catalog. Merge
fields are in braces:

  Subject: Your Ashford Public Library sign-in code
  Hi {{patron.first_name}},
  Your one-time sign-in code is {{otp_code}}. It expires in 10 minutes.
  Library staff will never ask you for this code or for your PIN.

Please review by Friday.
Hollis (Systems)""",
        [],
    ),
    (
        """Subject: patron tech help notes - Mr. Szabo's unemployment claim

Hi Leon,

For Thursday: Mr. Istvan Szabo is coming back to the computer lab to finish his weekly
unemployment claim. He had me write down the PIN for his account on the state unemployment
site because he keeps forgetting it: 4176. Today the site also texted a one-time sign-in
code (796617) to his daughter's phone, and she read it to him over the phone, so next time
ask him to bring her number.

He's learning fast. Be patient with the mouse.

Trina, Computer Lab""",
        [("PIN", "4176"), ("ACCESS_CODE", "796617")],
    ),
    (
        """Subject: Adult literacy grant report - demographics section

Draft numbers for the state literacy grant report (July-December 2026):

  Learners served: 138
  Age: 18-24 (14%), 25-44 (51%), 45-64 (28%), 65+ (7%)
  Race/ethnicity (self-reported): Black 46%, White 27%, Hispanic/Latino 15%, Asian 8%,
    other or not reported 4%
  Learners with a disability (self-reported): 19%
  Learners reporting a justice-system history: 22%

Let me know if the board wants these broken out by branch.""",
        [],
    ),
    (
        """Subject: EEO self-ID form - Library Associate hire

Hi Mai,

Attached is the voluntary self-identification form Tyrone Haskell filled out with his new
hire packet. For the EEO-4 report:

  Name: Tyrone Haskell
  Position: Library Associate I, Main Library
  Race/ethnicity: Black or African American
  Gender: Male
  Veteran status: Not a protected veteran
  Disability: I do not want to answer

Thanks,
Rebecca (HR)""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Passport appointment follow-up - Nguyen family

Hi Lisa,

Notes from the 10:30 passport acceptance appointment, in case they come back Friday with the
missing photo:

Applicant: Ellie Nguyen (age 8), DS-11
Parent present: Kim-Anh Nguyen, ID Ohio driver license ZJ795832
Other parent's consent: DS-3053, notarized, attached
Previous passport (child's, expired 2024): 929073202. She brought it; it goes in with the
application.
Still needed: a 2x2 photo (the one they brought had glasses).

Thanks,
Omar (Passport desk, Main Library)""",
        [("US_DRIVER_LICENSE", "ZJ795832"), ("US_PASSPORT", "929073202")],
    ),
    (
        """Subject: Passport services at the library - what to bring

The Main Library is a passport acceptance facility. Appointments are Tuesday to Saturday;
book online or at the Information Desk. Please bring:

- A completed DS-11 (do not sign it until we ask you to)
- Proof of citizenship (birth certificate or previous passport)
- A photo ID such as a driver license or state ID
- One 2x2 photo
- Two payments: a check to the U.S. Department of State, and the $35 execution fee to
  Ashford Public Library

Children under 16 need both parents present or a notarized DS-3053.""",
        [],
    ),
    (
        """Subject: Draft acknowledgment - Kessler memorial gift

Hi Bea,

Can you look over this draft before it goes out?

"Dear Mrs. Kessler,
Thank you for your gift of $500 in memory of your husband, Walter Kessler. You wrote that
the Northfield branch was where Walter kept reading, large-print westerns mostly, all
through his ten years with Parkinson's. We will place a bookplate in his name in the new
large-print collection..."

Gift processed 12/22 on Mastercard ending 4116.

Thanks,
Simone""",
        [("health", ""), ("CREDIT_CARD_LAST_DIGITS", "4116")],
    ),
    (
        """Subject: Foundation 2026 year-end summary

The Ashford Library Foundation (EIN 53-1991225) raised $1.24 million in 2026 from 1,912
donors. Highlights:
- 68% of gifts were under $100
- Reading Forward campaign: 74% of goal
- Endowment value at December 31: $8.9 million
- Grants to the library: summer reading, MakerLab equipment, homebound delivery van

Thank you for making it possible.""",
        [],
    ),
    (
        """Subject: Treasurer handover - logins

Glen,

As promised, here are the Friends' logins so you can take over the books on January 1:

Square (book sale card reader and online payments)
  Login: treasurer@friendsapl.example
  Password: Harbor*Lantern61

Olentangy Community Bank, business online banking
  User ID: FOAPL-treas
  Password: Cobalt#Meadow29
  Security question (first concert): Fleetwood Mac

Book room alarm: 2947, then OFF.

Change the passwords once you're in. Thank you for taking this on!
Priya""",
        [
            ("PASSWORD", "Harbor*Lantern61"),
            ("PASSWORD", "Cobalt#Meadow29"),
            ("PASSWORD", "Fleetwood Mac"),
        ],
    ),
    (
        """Subject: Closing shift this weekend - Eastgate

Hi all, Saturday closing is Maria and Jamie. Reminders: count the drawer, log out the
self-checks, alarm code is 9188 then AWAY, and check the restrooms before locking the
front. Sunday we're closed (budget hours). Thanks! - Pam""",
        [],
    ),
    (
        """Subject: Re: Winter Teen Makers Club - Friday pickup

Hi Ms. Whitaker, Amara will need to leave at 1:15 on Fridays during winter break. Her dad
picks her up for jumu'ah at the Islamic Center on Hamilton Road and they're back by 2:30 if
she can rejoin. Thank you! - Safiya Diallo""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Holiday hours

All Ashford Public Library locations will close at 5 pm on Thursday, December 24, and will be
closed on Friday, December 25 and Friday, January 1. Book drops stay open, and e-books and
streaming are available any time with your library card. Happy holidays!""",
        [],
    ),
    (
        """Subject: SMS reminders for MakerLab bookings - Twilio credentials

Arturo,

Here are the Twilio credentials for the booking reminder texts. The account SID goes in the
"username" field of the booking plugin, the auth token in "password":

  Account SID: AC8184bb3503ecd69c9a1288bb20054036
  Auth token: 26c9910d44d2305a7c9aedaf80bb366b
  From number: +1 614 555 0193

Hollis (Library IT)""",
        [("API_KEY", "26c9910d44d2305a7c9aedaf80bb366b")],
    ),
    (
        """Subject: ILL request received

Your interlibrary loan request has been received:
  Title: Ohio Canal Towns: A Field Guide
  OCLC #: 876430097
  Request ID: ILL-5266728
  Pickup location: Riverside Branch

Most requests arrive within 2-3 weeks. We'll email you when it's on the holds shelf.""",
        [],
    ),
    (
        """Subject: Library card application - ID question

Hi, I'm applying online for a library card and the form only lets me pick "Ohio driver
license or state ID" as the ID type. I'm an enrolled citizen of the Eastern Shawnee Tribe of
Oklahoma and my tribal ID card is my photo ID (card no. 601774; my Ashford address is on a
sticker on the back). Will that work? I just moved here for a job at the university.

Thanks,
Wyatt Blalock""",
        [("US_STATE_ID", "601774"), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Reminder: your court date on January 8

Dear Ms. Pennington,

This is a reminder that your eviction hearing is Friday, January 8 at 9:00 am at Ashford
Municipal Court, Courtroom 4B (case no. 2026 CVG 737542). Bring your lease, your rent
receipts and the photos of the ceiling leak. Your attorney, Naomi Feld, will meet you
outside the courtroom at 8:30.

Legal Aid of Central Ohio - library office hours""",
        [],
    ),
    (
        """Subject: phone payment for lost items - please run

Hi Sherry,

Patron Leonard Fisk (card 21872593131806) called to pay for two lost DVDs and a damaged
Chromebook charger, $64.98 total. The card reader at the desk was down so I took it over the
phone:

Discover 6011361565134657, exp 11/28, CVV 718, name on card Leonard R Fisk

Can you key it in at the business office terminal and then shred this? Sorry.

Kev, Circulation, Main""",
        [("CREDIT_CARD", "6011361565134657"), ("CVV", "718")],
    ),
    (
        """Subject: Record sealing clinic at the Main Library - January 16

Is an old conviction holding you back from a job or an apartment? Volunteer attorneys from
Legal Aid of Central Ohio will meet one-on-one with anyone who wants to know whether their
record can be sealed or expunged.

Saturday, January 16, 10 am - 2 pm, Main Library Room 114. Free, first come, first served.
If you have court papers, bring them; if not, we can look up most Ohio cases on the spot.""",
        [],
    ),
    (
        """Subject: Marcus Tillery - veterans treatment court update

Hi Ms. Harlan,

A quick update for Marcus Tillery's review hearing in veterans treatment court on
January 12: he has attended every PTSD group session at the VA since October, and his last
three drug screens were negative. He's been helping at our outreach table at the library on
Wednesdays and asked me to mention that his mentor will come with him.

Anita Rowe, VSO
Veterans Service Commission""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: Blood drive at Eastgate - January 22

Red Cross blood drive in the Eastgate meeting room, Friday, January 22, 11 am - 5 pm. Before
you donate you'll answer some private health questions (recent travel, medications and so
on) with Red Cross staff. Every donor gets a T-shirt. Sign up at the circulation desk or
just walk in.""",
        [],
    ),
    (
        """Subject: Step 1 grievance - Rosa Delgado accommodation

Hi Raymond,

I'm filing today on behalf of Rosa Delgado (member, Local 1217; Circulation Clerk at
Riverside). Her manager denied her request to keep juice and her glucose meter at the desk
and to take short breaks to check her blood sugar. She has type 1 diabetes and has had two
lows on the desk this month. She has a doctor's note. We're citing Article 14 and the ADA.

Can you sit in on the Step 1 meeting Tuesday at 3?

Lionel Barros, Chief Steward""",
        [("trade_union_membership", ""), ("health", "")],
    ),
    (
        """Subject: School board candidates forum at Linden Park

The League of Women Voters of Ashford and the library present a nonpartisan forum with all
candidates for the May 2027 school board primary. Thursday, February 4, 7 pm, Linden Park
Branch. Audience questions on cards. The library does not endorse candidates.""",
        [],
    ),
    (
        """Subject: Re: February book club - hosting

Happy to host February since the branch is closed that Sunday! My husband Paul and I are at
77 Kenilworth Road; park on the street, our driveway is a sheet of ice. Paul is making his
famous lemon bars. - Gregory""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Give the gift of reading this winter

Dear friend,

"Rose" is not a real person; her story is drawn from several learners in our Adult Literacy
Program. For years she couldn't read her children's report cards or the labels on her
medicine. Now, after eighteen months with a volunteer tutor, she reads bedtime stories.

A gift of $50 buys a tutor kit; $250 trains a new volunteer. Give at the circulation desk or
on our website.

Ashford Library Foundation""",
        [],
    ),
    (
        """Subject: Client can't get into her IRS online account

Hi Teresa,

Patricia Lund came back today; she still can't get her IRS online account for the IP PIN.
She printed the identity verification summary for us:

  Identity verification summary
  Name: Patricia Lund
  Document: Ohio ID card FG950557
  Selfie-to-ID face match: 0.63 (threshold 0.80) - FAILED
  Liveness check: passed
  Next step: video call with a trusted referee

Can one of the preparers sit with her on Saturday for the video call?

Marco""",
        [("US_STATE_ID", "FG950557"), ("biometric", "")],
    ),
    (
        """Subject: Travel confirmation - author visit February 3

Hi Mr. Castellanos,

Your travel for the February 3 author visit is booked:
  Flight: Southwest 7127, arrives 1:40 pm, confirmation 2PCN34
  Hotel: Hilton Garden Inn Downtown, confirmation 15577974, two nights

Our program manager will meet you at baggage claim. The honorarium check will be handed to
you after the talk.

Abigail Stroud, Adult Programs""",
        [],
    ),
    (
        """Subject: N-400 question about organizations

Hi Ellen,

Another one from Tuesday's class. Faisal Rahman (interview in March) asked about the N-400
question on membership in any organization, association or party. At university in Dhaka
he was a member of the Bangladesh Chhatra League, the Awami League's student wing, from 2008
to 2012, and he campaigned for the Awami League in the 2008 election. He wants to know
whether to list it. I said yes, list everything, and that the legal aid attorney can look at
it with him.

Bill""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Pledge card from the gala - please process

Hi Bea, here's one of the gala pledge cards typed up (handwritten; the card number ran onto
a second line, so I kept it that way):

  Name: Dr. Howard Tsai
  Pledge: $1,000 to Reading Forward, paid now
  Card number: 5327 7427 1076
6884   exp 05/30   (no security code written)

Can you call him for the code, or run it without?
Simone""",
        [("CREDIT_CARD", "5327 7427 1076\n6884")],
    ),
    (
        """Subject: Thursday morning off?

Hi Pam,

Could I swap my Thursday morning desk shift? I have a follow-up with the genetic counselor.
My carrier screening came back and I carry one CFTR variant (so I'm a carrier, not sick),
and they want to talk about screening for Mark. I can work Saturday instead.

Thanks,
Lauren""",
        [("genetic", "")],
    ),
    (
        """Subject: Medicaid application submitted

Hi Brittany,

Your Medicaid application for pregnant women went in today through the Ohio Benefits portal.
For your records:

  Applicant: Brittany Sayre
  SSN: 329-44-8785
  Pregnancy: due date June 2, 2027; first prenatal visit at Eastside Women's Health on 12/29
  Household: 1 (plus the expected child)

You should get a letter within 30 days. Call me at 555-0152 if anything arrives that you
don't understand.

Nadia Brooks
Benefits Navigator, Ashford Community Action""",
        [("US_SSN", "329-44-8785"), ("health", "")],
    ),
    (
        """Subject: Room change: Tuesday evening meetings in January

Starting January 5, the Tuesday 7 pm Alcoholics Anonymous open meeting moves from Meeting
Room A to Room C (lower level) at the Main Library, because of the tax-site setup. The
Thursday chess club stays in Room A. The elevator is next to the children's room.""",
        [],
    ),
    (
        """Subject: Refund of your duplicate gift

Dear Mr. Greaves,

Thank you again for your generous gift in honour of your sister's retirement. It looks like
the online form went through twice on December 20, so we are refunding the second gift of
$200 by international transfer to the account you gave us:

  Account name: Alistair Greaves
  IBAN: GB14NWBK46371344996249

Please allow 3-5 business days.

Beatrice Lam, Ashford Library Foundation""",
        [("IBAN_CODE", "GB14NWBK46371344996249")],
    ),
    (
        """Subject: Re: New catalog - can't sign in

Thanks for the link. I made a new password, Juniper&Cobalt94. Can you check whether my holds
came over from the old system? The account is under Florence Adeyemi.""",
        [("PASSWORD", "Juniper&Cobalt94")],
    ),
    (
        """Subject: [events-newsletter] SendGrid send failed (401)

Automated alert from the events newsletter integration:

POST https://api.sendgrid.com/v3/mail/send -> 401 Unauthorized
Request header:
  Authorization: Bearer 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
Error: "The provided authorization grant is invalid, expired, or revoked"
Campaign: January Events at Your Library (18,402 subscribers)
Retries: 3 of 3 failed. Check the API key in Settings > Integrations.""",
        [("API_KEY", "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")],
    ),
    (
        """Subject: Gala table - Ortmann & Saye LLP

Hi Bea, the law firm is buying a table for the Booked for Good gala ($2,500). Their office
manager phoned it in:

  Amex 3799 807053 85272, exp 10/28, 4-digit code on the front: 9129
  Name on card: Gretchen Ortmann

Table 6, near the stage, please. - Simone""",
        [("CREDIT_CARD", "3799 807053 85272"), ("CVV", "9129")],
    ),
    (
        """Subject: Conditional offer - background result, Security Officer

Hi Rebecca,

The background check for Damon Kilgore (Security Officer, Main Library) came back with a
2018 felony theft conviction in Licking County; he served 14 months at Noble Correctional
and finished post-release control in 2021. He disclosed it at his interview. Under our
fair-chance policy we need the individualized assessment before we confirm or withdraw the
offer. Can we meet Monday?

Paul Yoder, Facilities and Security""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Bring these to your tax appointment

Checklist for your free tax appointment at the Main Library:
- Photo ID for you (and your spouse if filing jointly)
- Social Security cards or ITIN letters for everyone on the return
- All W-2s, 1099s and any 1095-A
- Your IRS Identity Protection PIN letter, if you got one
- A voided check if you want direct deposit

Returns are prepared by IRS-certified volunteers for households earning up to $67,000.""",
        [],
    ),
    (
        """Subject: new card - out of state license OK?

Hi, I just moved to Ashford from Grand Rapids and want a library card. My driver's license
is still Michigan (F 872 742 281 633) until I get to the BMV, but I have a lease for my new
address here. Is that enough or do I need something else?
- Kendra Voss""",
        [("US_DRIVER_LICENSE", "F 872 742 281 633")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_48, "hard48", Path(__file__).with_name("hard-48.jsonl")))
