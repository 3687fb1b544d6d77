"""Hard set 49 (2026-12-07): red team: one detail in long, busy mail.

Written by an independent helper session, started by the project and working blind. It read
only: /work/shared/policy/privacy-policy.txt (all of it); tests/data/sensitive/
independent_sets.py (the checker and record format); scanner/categories.py (category names);
the output of grep -n "line-length" pyproject.toml; and its brief (/tmp/prompt49.txt, with
/tmp/mg/brief49.txt and /tmp/mg/conventions.txt). Nothing else in the worktree, /work/main or
/work was read, listed, grepped or searched; neither the detector nor any scanner command was
run (the only code run besides the author's own generator and build scripts was the checker,
imported the way the prescribed check command imports it, with scanner.categories); no
search or code-index tool was used. Git: only `git add` of this module and hard-49.jsonl, and
one `git commit`, in the worktree.
Slips: none.

Identifiers: every number, code and secret was produced by throwaway scripts in
/tmp/hard49_gen/ (gen.py, build.py): one random.Random per kind with a fixed seed (4901-4949
for sensitive kinds, 5001-5043 for decoy kinds), values drawn in text order and never reused.
Cards pass Luhn (Visa, Mastercard, Amex); routing numbers pass the ABA 3-7-1 check with a
valid prefix; the IBAN passes mod-97; SSNs follow SSA rules (area not 000, 666 or 9xx, group
and serial non-zero); the ITIN has a 9xx area and a valid group; no value is a repeated digit
or an ascending run. Decoy kinds (EINs, ZIP+4, invoice, order, PO, grant, ticket, receipt,
policy, plate, serial, APN, lot and reference numbers, keypad codes, Wi-Fi passwords, promo
codes, a 16-digit ISP account number drawn to fail Luhn) never form a Luhn-valid card-shaped
or a valid SSN-shaped number. Phone numbers are all 555-01xx. Dates, amounts and percentages
were written by hand. People, organisations, congregations and union locals are invented
(a few real place names, prisons, vendors and programs appear only as settings).

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
- A document named without its number ("she will bring her passport", "U.S. passport card;
  number recorded in the I-9 system only", "bring your Social Security cards") gives no
  value label; blank template fields (___-__-____) are placeholders.
- An ISP or utility account number (a 16-digit cable account in an office-move checklist)
  is neither a bank account nor a card: not labelled. A bank's SWIFT/BIC is not labelled.
- An organisation's own card (a development-office Amex sent to a hotel for the master bill)
  is CREDIT_CARD, its front four-digit CID is CVV; a card and "security code" taken by phone
  for a race registration are CREDIT_CARD and CVV.
- A payroll-portal (ADP) registration one-time code in a new hire's checklist opens her
  payroll account: ACCESS_CODE. A SendGrid key given as the SMTP password and a Mailchimp
  API key are API_KEY; the SMTP username "apikey", Mailchimp audience IDs, a Twilio account
  SID and a Stripe publishable key are not labelled.
- A named participant's own credit scores (before and after, in a club newsletter) are
  CREDIT_SCORE, each labelled; a program's average scores across participants are aggregate:
  not CREDIT_SCORE.
- Public-benefit enrolments (SNAP recertification, LIHEAP, Lifeline, a senior transit pass)
  are not special categories; only the EBT PIN in such a list is labelled.
- A background check "ordered" or "received" with no result stated, and Live Scan and sex
  offender searches returning "no record" / "no match", disclose no criminal history.
- A dental-plan deduction on a pay stub names no condition: not health. Union dues and dues
  arrears on a named employee's pasted pay stub, with "I signed my card", are
  trade_union_membership; so is a union bulletin welcoming named co-workers who signed
  membership cards.
- Board minutes reporting a tentative agreement with the staff bargaining unit (no member
  named), a workers' centre's open meetings about forming a union, and a coalition's town
  halls at union halls are not trade_union_membership.
- A staff spotlight or participant story told with the person's name and permission counts
  like any other disclosure: a promoted employee who "came home after nine years at Folsom
  State Prison" is criminal_history; a named client's A1C results and diabetes medicines are
  health; a named interpreter who "is Purepecha" is racial_ethnic_origin. A story "details
  changed", under an initial, or a composite is not labelled.
- A board memo on a conditional hire reporting the candidate's DUI conviction and completed
  probation, a property report that a named tenant is on parole after release from a state
  prison, and a crew schedule saying a named volunteer does court-ordered community service
  as a condition of probation are criminal_history. A court-referred volunteer policy naming
  no one is policy text.
- A named child walked to Sunday Mass because she is preparing for confirmation, and two
  named children keeping the Ramadan fast on a school trip (suhoor and iftar arranged), are
  religious practice: religious_belief. Worship schedules, a prayer list's instructions with
  no names, and a warming centre in a church hall disclose nothing.
- A parent's note that her son's genetic test found a pathogenic SCN1A variant confirming
  Dravet syndrome, with a new medication plan, is genetic and health.
- A Navajo Nation tribal ID verified for a tribal-member scholarship slot is US_STATE_ID on
  the card number and racial_ethnic_origin (enrolled member). Surnames on a roster, a Title
  VI Indian Education program's aggregate counts and blank ED 506 form, and festival groups
  named by culture or country disclose no one's origin; nationality and O-1 visas are not
  labelled.
- A hospice patient's enrolment and overnight oxygen, a gala honoree's MS diagnosis and
  wheelchair, and a staff member's pregnancy and her OB's advice given as the reason for
  leave are health.
- Election-board rosters that give each named poll worker's party are political_opinion (as
  a poll-worker application); a nonpartisan registration drive's totals and a coalition's
  bill campaign are not.

Emphasis: a red-team set of long, busy nonprofit mail (board packets, newsletters with a
personal note at the end, minutes with roll calls and action items, grant reports with
tables, run-of-show documents, volunteer and crew schedules, gift and registration batches,
onboarding checklists, IT handovers, property updates, packing lists) in which each positive
hides one or two sensitive items (an SSN in an onboarding or vendor list, a bank password in
an IT handover, a card in a gift batch, a diagnosis, faith, parole or union card mentioned
in passing) among many identifier-shaped decoys: phones, EINs, ZIP+4, invoice, order, grant,
ticket, policy, plate, serial and parcel numbers, keypad codes and guest Wi-Fi passwords.
The decoys are the same kinds of long mail with no sensitive item but many near misses:
programs and events about health, faith, unions, elections and criminal justice offered to
all, aggregate tables, composite or anonymised stories, templates with blanks, fictional
training scenarios, policy text, clean background checks, masked accounts, a pet's insulin,
a publishable key and a non-Luhn 16-digit account number.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_49: list[Case] = [
    (
        """Subject: Onboarding checklist - Priya Raman, Pantry Programs Coordinator (start 12/14)

Hi Colette,

Here is the full checklist for Priya's first two weeks so nothing falls through the cracks
while I'm at the regional conference. [x] = done, [ ] = still open.

BEFORE DAY ONE
[x] Offer letter countersigned 11/23 (band P2, $52,400, exempt)
[x] Reference calls (2 of 2) logged in the hiring folder
[x] Background check ordered through ClearPath, order 3037754; report received 11/30,
    filed in the confidential cabinet
[x] Payroll profile created; employee no. 3872
[x] W-4 and DE 4 received. SSN for payroll was keyed from the W-4 as 842-32-0396;
    please compare it with the card at the I-9 meeting, her handwriting was hard to read
[ ] Keycard request to facilities, ticket #98550
[ ] Laptop (asset tag HT-8793) imaged by Tomas; charger is in the IT closet
[ ] Add to the Pantry Leads and All Staff lists; shared drive "Programs" read/write

DAY ONE (Monday 12/14)
- 9:00 Welcome at the front desk, 1480 Alder Way, Suite 200, Oakland CA 26486-9978
- 9:30 I-9 Section 2 with me or Dana. She will bring List A documents; the copy goes in
  the I-9 binder, never the personnel file.
- 10:30 Tour: warehouse, cold room (door code is posted inside the office only), dock 3
- 12:00 Lunch with the pantry team (budget code 6120, up to $18 a person)
- 1:30 Benefits walkthrough with Hollis at Bay Benefits, (510) 555-0142. Enrollment window
  closes 30 days after the start date. Plan year renews 1/1.
- 3:00 Food safety module 1 (ServSafe voucher IQ796785)

WEEK ONE
- Shadow Marcus on the Tuesday mobile pantry route (truck 4, plate GOS-4106)
- Partner agency calls: St. Anselm Pantry, Eastlake Seniors, Fruitvale Family Center
- Read the TEFAP handbook sections 3 and 5; civil rights training due by 12/31
- Meet with the Data team about the intake software (Link2Feed) permissions

WEEK TWO
- Co-lead the 12/22 holiday distribution (target 640 households, 38 volunteers)
- First 1:1 with me on 12/23; 30/60/90 plan draft due 1/8

Open questions for you: can we order her business cards (PO PO 953165) before the holidays,
and does she need a county food handler card in addition to ServSafe?

Thanks!
Renee Adeyemi
Operations Manager, Harvest Table Food Bank
(510) 555-0187""",
        [("US_SSN", "842-32-0396")],
    ),
    (
        """Subject: December board packet - Coyote Ridge Land Trust

Board members,

Attached and pasted below is the packet for the December 10 meeting (6:30 pm, Grange Hall,
220 Orchard Street). Please read before the meeting; we have a full consent agenda.

1. CALL TO ORDER AND ROLL CALL (Chair Ellen Marsh)

2. CONSENT AGENDA
   a. Minutes of November 12
   b. Treasurer's report (October close)
   c. Renewal of D&O policy DO-1856729 and general liability policy BOP-9535682 with
      Pinnacle Nonprofit Insurance, combined premium $7,184 (up 6.2%)

3. TREASURER'S REPORT (October close)
   Operating cash ................ $212,406
   Stewardship endowment ......... $1,884,230
   Accounts receivable ........... $41,900 (state grant FG-2025-182, reimbursement pending)
   YTD revenue vs budget ......... 84% of annual
   YTD expense vs budget ......... 71% of annual
   The audit firm (Halvorsen & Pike) will begin fieldwork January 18. Our EIN for the
   engagement letter is 93-4009674.

4. STEWARDSHIP REPORT
   - Easement monitoring: 31 of 34 properties visited. Outstanding: parcels APN
     928-456-018, 581-885-912 and 988-245-149 (access blocked by snow).
   - The Hendricks easement amendment (well relocation) awaits the county recorder,
     document no. OQ681386.
   - Weed crew invoice INV-26-4599 approved ($3,420).

5. PROGRAMS
   The "Healthy Trails" walking series for older adults drew 118 participants this fall;
   the county health department co-sponsored it and wants to repeat it in the spring. The
   school field-trip program served 22 classes (614 students).

6. DEVELOPMENT
   Year-end appeal mailed 11/28 to 2,140 households; 212 gifts so far ($48,770).
   Grant applications: Orchard Fund (due 1/15, FG-2026-893) and the state Wildlife
   Conservation Board (CF-2026-185).

7. EXECUTIVE SESSION
   Personnel: annual review of the Executive Director. Staff will leave the room.

8. ADJOURN

Questions before the meeting to me at (916) 555-0163.

Ellen Marsh, Chair""",
        [],
    ),
    (
        """Subject: IT handover - everything I know about the Lantern Youth Theatre setup

Hi Jordan,

Since I'm moving to Denver at the end of the month, here is the handover for the office
tech. It's long; keep it somewhere safe and delete this email once you've moved it into
the password manager (Bitwarden org invite is in your inbox).

NETWORK
- ISP: Comcast Business, account 1211929, support (800) 555-0119
- Router: Ubiquiti UDM in the rack closet, admin at 192.168.15.99. I reset the admin login to
  your email; you'll get a reset link.
- Guest Wi-Fi "LanternGuest", password BasilVelvet06 (posted in the lobby, fine to share)
- Staff Wi-Fi uses everyone's Microsoft login, nothing to hand over
- Printer: Brother MFC in the hallway, 192.168.13.18; the scan-to-email relay uses the
  app password in Bitwarden

BUILDING
- Front door keypad 1015, rehearsal hall side door 4290 (these are the
  codes the volunteers know; change them in January)
- Alarm panel: Bay Alarm, account CQ981214; the alarm code is with Marguerite

MICROSOFT 365
- Tenant lanternyt.onmicrosoft.com, 14 licenses (Business Basic is free for us)
- Global admins: you and Marguerite. My account is removed on the 30th.

FINANCE SYSTEMS
- QuickBooks Online: you're already an admin.
- Bank: Sierra Vista Credit Union business online banking. Username is LYT-ops and the
  password is CKjE@jmbyic0. The 2-step codes go to the office cell, (720) 555-0176.
  Please change the password after your first login and store the new one in Bitwarden.

WEBSITE AND TICKETING
- Squarespace: login is the office@ address; renewal 3/2 ($276)
- Ticket platform: OvationTix, our org ID AR511106; box office reports run Fridays

HARDWARE INVENTORY
- 6 laptops (asset tags LY-101 to LY-106), 2 desktops in the box office
- Sound board serial STQ5083435, projector serial SMG1605946
- Spare toner, HDMI cables and the label maker are in bin 4 of the closet

Call me anytime before the 30th: (720) 555-0133.

Thanks for taking this on!
Sam""",
        [("PASSWORD", "CKjE@jmbyic0")],
    ),
    (
        """Subject: Westside Commons Garden - November newsletter

Hello gardeners!

FALL CLEANUP RECAP
Thanks to the 41 of you who came out on November 8. We pulled 19 bags of bindweed, spread
six yards of mulch from the city's free program, and finally fixed the hose bib by bed 27.
The shed inventory is posted on the door; please sign out the good pruners.

PLOT RENEWALS
Renewal forms for 2027 are due January 15. Fees stay at $35 for a standard plot and $20
for raised beds; scholarships are available, no questions asked. Pay by check to
Westside Commons (memo: plot number) or online at the usual link. Our fiscal sponsor's
EIN, for those who asked, is 27-9342434.

WINTER WORKSHOPS (Community Room, 3300 Juniper Ave, Unit B, 68633-4773)
- Dec 6, 10 am: Seed saving with Arturo
- Jan 10, 10 am: Pruning fruit trees
- Feb 7, 10 am: Planning for a pollinator border

TOOL LIBRARY
New hours: Saturdays 9 to noon. Tool check-out is tracked by your member number; if you
have lost yours, it is on the renewal form (e.g. M-85499).

COMPOST CORNER
The three-bin system is full; please use bin C only until the spring turn. No meat,
dairy or pet waste.

GARDEN COMMITTEE
We meet the second Tuesday at 6:30. Minutes are in the shared folder. The city grant
(CDG-2025-653) reimbursement of $2,180 came through for the new raised beds.

A PERSONAL NOTE
Many of you have asked after Dolores, who has had plot 14 since the garden opened. She
started dialysis three times a week last month and won't be at workdays for a while. Her
daughter says cards are welcome at the community room mailbox, and Ken and Lupe are
keeping her collards watered.

See you in the beds,
Hannah Brightwater, Garden Coordinator
(503) 555-0128""",
        [("health", "")],
    ),
    (
        """Subject: Camp Tamarack Winter Session packing list and arrival details

Dear Camp Tamarack families,

We can't wait to see your campers on Friday, January 8! Here is everything you need.

ARRIVAL
Buses leave the Riverside Park & Ride (lot C, 4410 Kestrel Road, 81842-7256) at 3:30 pm.
Bus 1 is cabins 1-4, bus 2 is cabins 5-8. Check-in table opens at 2:45. Please have your
confirmation number ready (it starts with TW, e.g. TW-36515).

PACKING LIST
- Warm sleeping bag (rated to 20 F) and pillow
- 3 base layers, 2 fleece or wool mid-layers, 1 waterproof shell
- Snow pants, insulated boots, 2 pairs of gloves, warm hat, neck gaiter
- 5 pairs of wool socks (cotton gets cold when wet)
- Headlamp with spare batteries
- Water bottle labeled with name
- Toiletries, sunscreen and lip balm (the snow glare is real)
- Optional: a book, a journal, a deck of cards
Please leave phones, games and food at home. Phones found in cabins go to the office.

MEDICATIONS
All medications, including vitamins and over-the-counter items, must be handed to the
nurse at check-in in the original pharmacy container with the camper's name on it, along
with the signed medication form (download link in the portal). Our nurse, RN Beth Calder,
will hold them in the health lodge. If your camper needs something at a specific time,
write it on the form. This applies to every camper, every session.

FORMS DUE BY JANUARY 2
- Health history form (in the portal)
- Photo release
- Ski rental sizing (boot size and height)

FEES
Balance due 12/20. Session fee $615; ski rental $45; cabin fleece $28. Payments go
through the portal; we never take card numbers by email or phone.

PICK-UP
Sunday, January 10 at 1:00 pm at the same lot. Anyone picking up who is not on the
authorized list must show ID.

Questions: the camp office at (612) 555-0105, ext. 252, or just reply.

Warmly,
Jess Okonkwo, Winter Session Director""",
        [],
    ),
    (
        """Subject: Year-end gift batch 12/03 for acknowledgment letters

Hi Ruth,

Here is batch 12/03 for acknowledgment letters. Everything is posted in Bloomerang except
where I've noted. Please send letters by Friday; the two memorial gifts need the special
card stock.

#  Donor                         Amount    Method / reference               Fund
1  Alvarez, Teresa & Mark        $250.00   check 2997                  General
2  Bishop Family Foundation      $5,000.00 grant letter CF-2026-137           Youth Arts
3  Chen, Wallace                 $100.00   check 4099                  General
4  Dlamini, Nomvula              $75.00    online, receipt R26-80769      General
5  Fairbanks, June (memorial for Harold Fairbanks)
                                 $500.00   check 5793                  Scholarship
6  Greer, Patrick                $1,200.00 DAF, Fidelity Charitable XC354742 Youth Arts
7  Hoang, Linh                   $60.00    online, receipt R26-15890      General
8  Iverson, Carl (memorial for Harold Fairbanks)
                                 $150.00   check 9252                  Scholarship
9  Jablonski, Irene              $300.00   pledge form, see note            General
10 Kamara, Samuel                $40.00    cash, receipt R2026-11869        General

Batch total: $7,675.00 (10 gifts). Deposit slip EA441666 matches.

Note on gift 9: Mrs. Jablonski mailed a pledge form instead of a check and wrote her
card details in the "other" box: 4699 4996 9298 1659, exp 07/29. I ran it on the virtual
terminal today (auth TQ3H3E) and shredded the form, but the number is still in the
scanned PDF in the batch folder; please redact that scan before filing.

Letters: standard template for 1-4, 6, 7, 9 and 10; memorial template for 5 and 8
(notify Harold's family at 22 Pell Court, Ames IA 23571-2802). Gift 2 gets the
foundation template with the grant number.

Thanks,
Mateo
Development Associate, Riverlight Arts Collective""",
        [("CREDIT_CARD", "4699 4996 9298 1659")],
    ),
    (
        """Subject: Minutes - Eastgate Neighborhood Association, November 18

EASTGATE NEIGHBORHOOD ASSOCIATION
Minutes of the General Meeting, November 18, 7:00 pm, Eastgate Library, Meeting Room B

ROLL CALL (board)
Present: Felix Ambrose (chair), Marisol Vega (treasurer), Dee Hargrove (secretary),
Omar Siddiqui, Lena Brooks-Park
Excused: Walt Peterson (travelling)
Members and guests: 27 signed in

1. Minutes of October 21 approved (Siddiqui / Brooks-Park), unanimous.

2. Treasurer's report (Vega). Checking balance $6,212.44; savings $11,030.10. Dues
   received from 14 households ($280). Insurance renewal BOP-5130164 paid ($612).

3. Police liaison report (Officer Tran, by email). October calls for service in Beat 22:
   9 vehicle break-ins, 3 residential burglaries, 12 noise complaints. The department asks
   residents to report catalytic converter thefts online (case numbers are emailed back,
   e.g. VI843493). No questions.

4. City updates. Paving on Larch Street is scheduled for April (project CF-2025-791). The
   stop-sign request at Larch and 9th is under review, traffic ticket 96163.

5. Health and wellness fair (Brooks-Park). The county clinic will offer free flu shots,
   blood pressure checks and diabetes screening to anyone who comes on January 23, 10-2,
   at the library. Volunteers needed for setup: 5 signed up.

6. Winter coat drive. 140 coats collected, delivered to Eastgate Family Shelter.

7. Tree planting. 31 street trees requested; the utility will mark lines first.
   Permit OV775393.

ACTION ITEMS
- Hargrove: post minutes to the website and the listserv by 11/25
- Vega: file the annual state report (entity no. 1227343) by 12/15
- Siddiqui: confirm fair tables with library (contact (612) 555-0158)
- Ambrose: letter to council member on Larch and 9th

Next meeting: January 20, 7:00 pm. Adjourned 8:41 pm.

Respectfully submitted,
Dee Hargrove, Secretary""",
        [],
    ),
    (
        """Subject: Birchwood Court - December property update for owners and residents

Good afternoon,

Here is the monthly update for Birchwood Court (1820 Birchwood Ct, Madison WI 20407-5023).

MAINTENANCE
- Boiler 2 annual service completed 11/19 by Lakeside Mechanical (invoice INV-2026-7403,
  $1,340). Boiler 1 is scheduled for 12/9; heat may be off 9 am to noon that day.
- Work orders closed this month: 23. Open: 4 (units 104, 211, 306 and 312). Unit 211's
  dishwasher part is back-ordered, PO PO 700435.
- Snow removal contract with Hillside Grounds renewed, contract IW825464.
- Parking lot restriping moved to spring.

LEASING
- Units 108 and 215 are leased for January 1. Unit 402 is listed ($1,395).
- Renter's insurance certificates are due for 9 units; reminders went out 12/1.

RENT AND AUTOPAY
Rent portal maintenance is planned for 12/14 from 11 pm to 1 am.

Kenji in unit 305 asked us to set up autopay while the portal's bank-link feature is
broken, so I've entered his checking account by hand. For our records and for him to
confirm (Kenji, you're copied): routing number 697016517, account number
721211897, first draft January 1 for $1,260. Please reply if any digit is wrong.

COMMUNITY
- The holiday potluck is December 19 at 5 pm in the clubhouse (room 133).
- Package room: we now use lockers; your pickup code arrives by text.
- Reminder: no grills on balconies per the city fire code.

CONTACTS
Office: (608) 555-0124, Monday-Friday 9-5
After-hours maintenance emergencies: (608) 555-0161

Best regards,
Tamsin Groves
Community Manager, Northbrook Residential""",
        [("ABA_ROUTING_NUMBER", "697016517"), ("US_BANK_NUMBER", "721211897")],
    ),
    (
        """Subject: Final report, Pathways Summer Jobs 2026 (grant GR-2025-979)

Dear Ms. Okafor,

Please find below our final report for the Pathways Summer Jobs program, funded by the
Community Opportunity Fund (grant YEF-2026-523, award $120,000, period 3/1-10/31).

1. PARTICIPANTS
                              Goal    Actual
   Youth enrolled              80       86
   Completed 6-week placement  68       71
   Employer partners           25       29
   Paid hours (total)        14,400   15,212
   Average wage               $16.50   $16.90

2. WHO WE SERVED (self-reported at intake, aggregate)
   Ages 16-17: 54%   Ages 18-24: 46%
   In foster care or recently aged out: 12%
   Justice-involved (any prior system contact): 17%
   Reported a disability: 9%
   First language other than English: 38%

3. OUTCOMES AT 90 DAYS
   Still employed or in school: 79%
   Opened a bank account through our credit union partner: 41 youth
   Earned a food handler or OSHA-10 credential: 33 youth

4. A STORY FROM THE SUMMER
   A participant we'll call J. (details changed to protect privacy) started the summer
   unsure he'd last a week at the hardware store placement. By August he was training new
   hires on the register. His supervisor has offered him a part-time position.

5. BUDGET VS ACTUAL
   Youth wages and payroll taxes    $88,400   $91,260
   Staff (2 coordinators, 0.6 FTE)  $21,000   $20,150
   Transportation (bus passes)       $6,600    $5,480
   Supplies, work boots, uniforms    $4,000    $3,110
   Total                           $120,000  $120,000

6. LESSONS LEARNED
   Transportation remains the biggest barrier. We're exploring a ride partnership for 2027.

Our EIN is 95-1598941 and the final invoice (INV-2026-2112) is attached.

Sincerely,
Diego Palacios, Program Director, Eastside Youth Works
(213) 555-0171""",
        [],
    ),
    (
        """Subject: Run of show v4 - Harbor Light Gala, Saturday 12/12

Team, here is v4 of the run of show. Changes from v3 are marked (NEW).

VENUE: Pier 9 Event Hall, 500 Embarcadero Way. Load-in via the freight door, dock 2.
Production contact: Ari (AV), (415) 555-0139. Venue manager: Colleen, (415) 555-0150.

2:00  Load-in: AV, pipe and drape, auction tables
3:30  Sound check: emcee, band (The Tidewater Five), video playback
4:30  Volunteer briefing in Room 148 (38 volunteers; captains in orange lanyards)
5:00  Registration opens. Bid paddles are pre-assigned (101-380); walk-ins get 381+
5:30  Doors. Cocktail hour, silent auction open (112 lots)
6:45  Guests seated. Table map v3 still current (44 tables)
7:00  Welcome - emcee Rafael Soto
7:05  Invocation - Rev. Dr. Anne Whitlock, Harbor Interfaith Council
7:10  Dinner service begins
7:40  Mission video (4:12)
7:45  Honoree presentation (NEW: order changed)
      - Introduction by board chair Miriam Feld
      - Award to Grace Okafor, Volunteer of the Year
        Stage note: Grace has used a wheelchair since her MS diagnosis; the ramp is at
        stage left, and please have the handheld mic (not the podium mic) ready for her.
        Her husband Daniel will accompany her up.
      - Grace's remarks (3 min)
8:05  Live auction, auctioneer Pam Li (8 lots; lot 5 is the Napa trip, donor ref NQ678349)
8:35  Fund-a-Need: goal $85,000 for the Youth Mentoring expansion
8:55  Silent auction closes; band starts
10:00 Checkout opens (Square readers 1-6; the Wi-Fi password for readers is on the
      laminated card)
11:00 Venue clear; load-out until midnight

OPEN ITEMS
- Liquor liability certificate, policy DO-9562465, to the venue by Wednesday
- Final headcount to caterer by 12/9 (currently 412)
- Valet tickets: vendor invoice INV-2026-4724 approved

Thanks all,
Noor Haddad, Events Manager""",
        [("health", "")],
    ),
    (
        """Subject: Handover notes: Cedar Hollow Nature Center office systems

Hi Priscilla,

Welcome aboard! These are the notes I promised before I start my leave. Nothing secret is
in this email: real passwords live in the shared 1Password vault ("Office" collection),
which you now have access to. If something isn't in the vault, ask Gene.

DOORS AND ALARMS
- Visitor center front door keypad: 8836 (volunteers know this one)
- Maintenance barn padlock combination: 1641
- Alarm: ADT, account LK929632. You'll get your own user code when ADT calls you.

WI-FI
- "CedarHollow-Visitors" password TernOrchid83 (it's printed on the welcome desk sign)
- Staff network uses the vault entry "Staff Wi-Fi"

ONLINE DONATIONS
- Our donation form uses Stripe. For the website developer you can share the publishable
  key, which is safe to be public:
  pk_live_TWFx1G4ATO7ru85RDHRszqZiCgwfz3RE
  The secret key is only in the vault and in the website's hosting settings; never paste
  it into email or a ticket.
- Stripe account support PIN: in the vault.

PHONES
- Main line (301) 555-0115 forwards to the front desk; after hours to voicemail box 353
- Naturalist cell (301) 555-0136 (the red phone on the charger)

EQUIPMENT
- Laptops: CH-01 to CH-05, serials CXI0825367, CLO2481197, KUV8760151,
  URM3775585 and XLS0338497
- Projector in the classroom: model EB-X49, serial WBX1567037
- Trail cameras 1-8: SD cards get swapped every other Monday

VENDORS
- Copier lease with Capital Office Systems, contract LJ814770, renews in May
- Website hosting renewal 2/14, invoice INV-26-9310 ($312)
- Domain renews automatically on the office card

Tax-exempt info for vendors: EIN 87-0600007, state exemption certificate ES757310.

Good luck, and please feed the corn snake on Thursdays if Gene forgets!
Wren""",
        [],
    ),
    (
        """Subject: PTA minutes, Dec 2 - including treasurer handover

LINCOLN ELEMENTARY PTA - GENERAL MEETING MINUTES
December 2, 6:00 pm, school library

ATTENDANCE
Officers: Keisha Tran (president), Brandon Liu (VP), Olga Petrova (secretary),
Dana Whitcomb (outgoing treasurer), Farid Haidari (incoming treasurer)
Principal Marquez; 19 members present (quorum is 12)

1. WELCOME AND APPROVAL OF MINUTES
   November minutes approved as written.

2. PRINCIPAL'S REPORT
   Winter concert December 17 at 6:30. Book fair raised $2,870 in store credit. The new
   reading specialist starts in January.

3. FUNDRAISING
   - Fun Run final: $14,215 raised, 312 students participated.
   - Restaurant night at Mama Lucia's (Dec 10): flyers go home Friday.
   - Square reader: transactions total $1,904 this fall.

4. TREASURER'S REPORT AND HANDOVER
   Balance in checking: $21,406.52. The state charity registration (QU544502) and the
   990-N were filed; our EIN is 85-2528669. Dana walked Farid through the books and the bank.
   For the record, because Dana's access ends Friday: the PTA's online banking at
   Heritage Community Bank is user LincolnPTA, password gffq!CAy5BL1, and the security
   question "first street you lived on" is answered Kestrel Avenue. Farid will change
   both after first login and the new ones will NOT be put in minutes.
   Motion to add Farid as signer and remove Dana (Liu / Petrova), passed unanimously.

5. GRANTS TO TEACHERS
   Eight requests received ($3,940). Approved: classroom libraries for rooms 280 and
   384; robotics kit; a garden bed. Reimbursements need receipts by 1/15.

6. VOLUNTEERS
   Lunch recess volunteers needed on Tuesdays. The district volunteer application takes
   about two weeks to clear.

ACTION ITEMS
- Farid: update the signature card at the bank; change online banking credentials
- Olga: send minutes to the listserv with the bank paragraph removed
- Keisha: confirm concert bake sale table

Next meeting January 13. Adjourned 7:22 pm.
Olga Petrova, Secretary""",
        [("PASSWORD", "gffq!CAy5BL1"), ("PASSWORD", "Kestrel Avenue")],
    ),
    (
        """Subject: December volunteer schedule - Northside Community Pantry

Hi everyone,

Here's the December schedule. We're short on two Saturday shifts, so please look for the
*** and reply if you can fill one.

TUESDAY EVENING DISTRIBUTION (4:30-7:00)
Dec 1:  Aisha, Ben, Carmen, Dwight, Leo (lead: Carmen)
Dec 8:  Aisha, Ben, Yusuf, Hal, Mina (lead: Ben)
Dec 15: Carmen, Dwight, Hal, Leo, Priya (lead: Dwight)
Dec 22: Ben, Yusuf, Mina, Priya, *** (lead: Yusuf)
Dec 29: CLOSED

FRIDAY MOBILE PANTRY AT ST. BRIGID CLINIC PARKING LOT (10:00-12:30)
Dec 4:  Gloria, Hal, Theo (driver: Theo, van plate OUG-7721)
Dec 11: Gloria, Leo, Sunita (driver: Sunita)
Dec 18: Theo, Mina, Sunita (driver: Theo)

SATURDAY WAREHOUSE SORT (9:00-12:00)
Dec 5:  Aisha, Dwight, Gloria, Yusuf
Dec 12: ***, ***, Hal, Leo
Dec 19: Carmen, Mina, Theo, Priya

NOTES
- Yusuf swapped Dec 11 for Dec 22 (thank you!).
- The Friday site will have a Spanish interpreter from the clinic for intake; Sunita and
  Gloria can help with Mandarin and Tagalog.
- Holiday boxes: we're packing 260 on Dec 19. Turkey donation from Pine Valley Grocers,
  order 8759459, arrives the 18th.
- Please wear closed-toe shoes in the warehouse and sign the liability waiver if you
  haven't (it's on the clipboard).
- Parking: use the back lot at 710 Elm St., entrance on Cole Ave. The back gate code is
  1756; please don't share it.
- The TEFAP sign-in sheets must be filled in for every household; the state audit is in
  February.

Shift questions: text me at (773) 555-0190. Emergencies on shift: (773) 555-0102.

Thanks for everything you do,
Marguerite Boyle, Volunteer Coordinator""",
        [],
    ),
    (
        """Subject: Holiday schedule + coverage plan, Family Resource Center front desk

Hi all,

Below is the front-desk coverage plan for December and early January. Please check your
rows and tell me by Wednesday if anything is wrong.

WEEK OF DEC 7
Mon  Keisha (8-12), Arjun (12-5)
Tue  Lorraine (8-12), Keisha (12-5)
Wed  Arjun (8-12), Lorraine (12-5)
Thu  Keisha (8-12), Bea (12-5)
Fri  Bea (8-1); office closes at 1 for staff training, room 407

WEEK OF DEC 14
Mon  Keisha (8-5)
Tue  Arjun (8-12), Bea (12-5)
Wed  Lorraine (8-5)
Thu  Arjun (8-12), Lorraine (12-5)
Fri  Bea (8-5)

WEEKS OF DEC 21 AND DEC 28
Reduced hours 9-3. Arjun, Lorraine and Bea rotate (see the shared calendar).
Closed Dec 24, 25, 31 and Jan 1.

WHY THE CHANGE
Keisha's last day before leave is December 15. Her baby is due in mid-January and she
plans to be out through the end of March; her OB asked her to cut back to desk work
until then, so please don't schedule her for the diaper bank loading dock. Bea is
picking up her Wednesday parent group.

OTHER REMINDERS
- Diaper bank distributions continue Tuesdays; order from the regional bank is
  52120969 (arrives 12/8).
- The copier service call is ticket #81639; until it's fixed, print to the
  hallway Brother (192.168.1.79).
- Holiday gift cards for families: the log is in the locked drawer; each card number is
  recorded with the family's case number, not their name.
- Mileage forms for November are due 12/10.

Front desk line: (505) 555-0147. My cell for schedule emergencies: (505) 555-0183.

Thank you!
Renata Olguin, Office Manager""",
        [("health", "")],
    ),
    (
        """Subject: Batch 47 gift entry - please review before I post

Hi Celeste,

Batch 47 is ready for your review. 12 gifts, $9,340.00 total.

Gift  Donor                    Amount     Tender                        Appeal
4701  Abernathy, Louise        $100.00    check 1690                YE26
4702  Bautista, Ramon          $50.00     online (Stripe TBKXM5)       YE26
4703  Carver Family Fund       $2,500.00  DAF, Schwab Charitable PR785784 YE26
4704  Delacroix, Simone        $25.00     online (Stripe 6NJ5D8)       GT26
4705  Easterbrook, Neil        $1,000.00  stock: 12 sh, DTC 3212, broker ref XB655796
4706  Fong, Peter & Alice      $250.00    check 1395                YE26
4707  Garza, Elena             $35.00     monthly EFT, see note          SUST
4708  Holloway Trust           $4,000.00  wire, ref UF581661              MAJ
4709  Ibarra, Joaquin          $120.00    check 3377                YE26
4710  Jun, Soo-ah              $60.00     online (Stripe Q6VZ8U)       GT26
4711  Kowalczyk, Anna          $100.00    check 7268                YE26
4712  Lindqvist, Erik          $1,100.00  QCD from IRA, custodian letter  YE26

NOTES
- 4705: value uses the mean of high/low on 12/1 ($83.33 a share).
- 4707: Elena's monthly EFT moved to her new checking account ending in 7074; the
  bank change form is in the sustainer folder. Nothing else needed.
- 4712: QCD gifts get the special letter with no "goods or services" line.
- Appeal codes: YE26 year-end, GT26 Giving Tuesday, SUST sustainer, MAJ major gift.

Deposit ticket DL561917 for the checks ($570.00) went to the bank 12/4.

Once you approve, I'll post and run the letters.

Thanks!
Bao Nguyen, Gift Processing, Lakeshore Literacy Council
(312) 555-0197""",
        [],
    ),
    (
        """Subject: Q3 report to the Brightwater Health Foundation - Vida Sana program

Dear Ms. Aldana,

Here is our third-quarter report for the Vida Sana diabetes prevention and management
program (grant YEF-2026-762, $75,000, year 2 of 3).

ENROLLMENT AND ATTENDANCE
                                    Q1     Q2     Q3    YTD
New participants                    34     29     31     94
Sessions held (Spanish / English)   24/12  24/12  26/12  74/36
Average attendance per session      14     16     15     15
Completed 16-week core curriculum   --     22     27     49

CLINICAL MEASURES (participants with two readings, n = 61)
Average A1C at enrollment                       8.6
Average A1C at 16 weeks                         7.7
Share with at least 5% weight loss              38%
Average minutes of activity per week            112 (from 64)

COMMUNITY HEALTH WORKER ACTIVITY
Home visits: 143. Referrals to Clinica del Valle: 38. Food-as-medicine boxes: 512.

PARTICIPANT VOICE
With her written permission, we'd like to share Rosa Medina's words. Rosa joined in
March with an A1C of 9.4; at her September check it was 7.1, and her doctor has taken
her off one of her two diabetes medicines. "I cook the same food my mother cooked, just
smarter," she told the group. She now co-leads the Thursday walking club.

CHALLENGES
Two promotoras left in August; one replacement has started. The partner clinic's
glucometer strips shortage (vendor order 4143223) delayed screening events by three
weeks.

BUDGET STATUS
Spent to date $51,220 of $75,000 (68%). A small rebudget request is attached.

Thank you for your partnership.
Lucia Paredes, Program Manager, Fuerza Comunitaria
EIN 87-5474552 | (559) 555-0112""",
        [("health", "")],
    ),
    (
        """Subject: New hire paperwork template (please use for all Jan starts)

Hi supervisors,

Below is the updated onboarding template. Copy it into a new document for each new hire;
do not send completed forms by email. Completed forms go to HR through the secure upload
link only.

------------------------------------------------------------
NEW HIRE INFORMATION (HR use)
Legal name: ______________________  Preferred name: ______________
Position: ________________________  Supervisor: __________________
Start date: ___/___/______          Site: [ ] Main  [ ] Annex  [ ] Mobile
Social Security number: ___-__-____
Driver's license # (if driving for work): ______________  State: ____
Emergency contact: ______________________  Phone: (___) ___-____
Direct deposit: routing # _________  account # ______________
[ ] I-9 completed within 3 business days
[ ] W-4 and state withholding
[ ] Handbook acknowledgment signed
[ ] Mandated reporter training (due within 30 days)
[ ] Confidentiality agreement
[ ] Keycard issued: no. ______
------------------------------------------------------------

NOTES FOR SUPERVISORS
- Equipment requests go to IT through the helpdesk, e.g. ticket #32435.
- Keycards are issued by facilities, (410) 555-0166.
- Mileage reimbursement requires a copy of the license and proof of insurance to HR,
  not to you.
- The first paycheck is issued on the next regular payday after the paperwork clears.
  Payroll calendar: 1/8, 1/22, 2/5.
- Please remind new hires that we never ask for bank information by text.

Our state unemployment account number and EIN (87-8894722) for the I-9 employer section
are printed on the HR cover sheet.

Thanks,
Adaeze Obi, HR Generalist, Chesapeake Family Services""",
        [],
    ),
    (
        """Subject: Board packet, Second Chance Works - December 15 meeting

Dear Directors,

The packet for Tuesday's meeting is below; attachments are in the board portal.

AGENDA
1. Call to order, roll call, approval of October minutes
2. Executive Director's report (Hattie Brooks)
3. Finance committee report (Gil Navarro): October financials, FY27 budget draft
4. Program committee: employer partnership update
5. Governance: two board nominations
6. Adjourn

EXECUTIVE DIRECTOR'S REPORT (excerpt)
Enrollment. 64 participants are active in the 12-week job readiness cohort; 41 have
completed it since July. Job placements YTD: 58, average wage $19.40.

Funding. The county workforce board renewed our contract (93YM8599-01) at $310,000.
The Hollister Foundation grant (CDG-2026-371) report is due 1/31.

Staff spotlight. Please join me in congratulating Luis Ortega, promoted this month to
Employer Relations Manager. Many of you know Luis's story: he came home in 2021 after
nine years at Folsom State Prison, went through our first cohort, and has since placed
more than 90 graduates with 30 employers. Luis will present the employer update at the
meeting.

Facilities. The lease at 2250 Mission Blvd (suite 300, 58826-2005) renews in June. The
landlord proposes 3% increases; we're negotiating.

FINANCE COMMITTEE SUMMARY
Operating revenue YTD: $1.21M (budget $1.18M)
Operating expense YTD: $1.09M (budget $1.15M)
Cash on hand: 4.1 months
Line of credit, account WG914627: unused

GOVERNANCE
Nominees: Dr. Simone Achebe (community college dean) and Kurt Hallstrom (retired CFO).
Bios attached.

Questions: Hattie Brooks, (916) 555-0144.""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Run of show - Saturday community flu and COVID vaccine clinic (12/5)

Hi volunteers and staff,

Here is the run of show for Saturday's free vaccine clinic at the Lakeview Recreation
Center, 915 Shore Road, 72024-9544. It's open to everyone ages 3 and up; no insurance
needed.

7:30  Staff arrive; pharmacy van parks at the north entrance
7:45  Set up stations:
      Station 1 Registration (tables 1-4), Station 2 Screening questions,
      Stations 3-6 Vaccination (privacy screens), Station 7 Observation (15 min chairs)
8:15  Cold chain check: flu vaccine lots LOT WM0575 and LOT HV1995; COVID lots LOT DE6047 and
      LOT GT3633. Log temperatures every hour on the sheet.
8:30  Volunteer huddle (gym office). Roles:
      Greeters: Alma, Tobias; Registration: Pei, Jonah, Fatou, Ricky;
      Runners: Siobhan, Kwame; Observation: Nurse Delgado, Nurse Kim
9:00  Doors open
10:30 Break rotation (15 minutes each, runners cover)
12:00 Lunch delivered (order 14957852, Bayside Deli)
1:00  Walk-ins close
1:30  Last patient through observation; inventory count
2:00  Break down; van departs

REMINDERS
- Screening questions are asked privately at Station 2 by nurses only; volunteers do not
  see or record answers.
- If anyone asks about eligibility, the answer is yes: everyone 3+ is welcome.
- Incident forms are in the red binder. Call 911 for emergencies, then me.
- Parking passes for staff: permit LM461236, on the dashboard.

Totals from last year's clinic: 286 flu shots and 174 COVID shots.

Site lead: Marisa Chu, (206) 555-0181. Pharmacy lead: Devin Park, (206) 555-0109.""",
        [],
    ),
    (
        """Subject: Quebec City trip: final packing list, itinerary and roster check

Dear families of the Grade 8 French Club,

We leave in two weeks! Please read everything below.

ITINERARY
Thu 1/14  5:30 am meet at school, gym entrance. Coach bus (Brightline Tours, booking
          9176-247) departs 6:00. Lunch stop in Burlington; border crossing at
          Highgate Springs around 1 pm.
Fri 1/15  Old Quebec walking tour; Musee de la civilisation; evening skating
Sat 1/16  Winter carnival workshops; dinner at a sugar shack
Sun 1/17  Depart 9:00 am; back at school around 6:30 pm

PACKING LIST
- Passport (in the carry-on, not the suitcase) and the signed parental consent letter
- Winter coat, snow pants, boots, 2 hats, 2 pairs of mittens
- 4 days of clothes, pajamas, toiletries
- Up to $100 CAD spending money in a zipper pouch
- Medications in original bottles, given to Mme. Laurent at the bus
- Phone and charger (phones collected at 10 pm)

ROSTER CHECK
Tour company rooming and border lists are due Friday. Please check your child's line on
the printed roster sent home Monday. One correction so far: Ava Kowalski's passport
number was copied wrong from her form. The correct number is F39894998, expiring
2031. Mrs. Kowalski, please confirm.

EMERGENCY CONTACTS DURING THE TRIP
Trip leader Mme. Laurent: (802) 555-0168
Hotel Le Clos (booking 3998-753): the number will be on the itinerary card
School office: (802) 555-0120

BALANCE
Final payment ($385) was due 12/1. Three families still owe; invoices INV-26-4120,
INV-2026-7800, INV-2026-4722. Scholarships are available, just ask me privately.

Merci!
Claire Laurent, French teacher and trip leader""",
        [("US_PASSPORT", "F39894998")],
    ),
    (
        """Subject: Riverfront Runners - December news, race calendar and a milestone

Hi Runners,

YEAR IN REVIEW
We logged 41,300 club miles this year, had 63 members finish a race, and raised $8,140 for
the Riverfront Food Shelf through the Turkey Trot. Thank you!

DECEMBER GROUP RUNS
- Tuesdays 6:00 pm, track workouts at Central High (gate on Pine St.)
- Thursdays 6:00 pm, 5-mile social run from the boathouse
- Saturdays 8:00 am, long run from Founders Park (water at mile 4 and 8)
Headlamps and reflective vests required after dark.

RACE CALENDAR
Dec 12  Jingle Jog 5K (club discount code for members only, see the members page)
Jan 1   Resolution Run 10K, bib pickup Dec 31 at Fleet Feet
Feb 20  Frostbite Half. Registration confirmation numbers look like KN3XEY; if you
        didn't get one, email the race director, not us.

MEMBERSHIP
2027 dues are $30 ($15 for students). Renew by Jan 31 to keep your member number
(e.g. M-82488) and your RRCA insurance coverage (policy NPL-4362926).

VOLUNTEERS NEEDED
Water stop captains for the Frostbite Half: 6 spots. Contact Deb at (612) 555-0117.

GEAR
New club singlets arrive Dec 15 (order 7273529). Pick them up at the Thursday run.

A MILESTONE
Marcus Whitfield asked me to share this with all of you: on December 9 he celebrates two
years sober. He says the Saturday long run was part of how he got through the first
months after rehab, along with his AA home group. If you see him at the boathouse,
congratulate him. (Coffee's on me that day.)

COACH'S TIP
Winter running: dress as if it's 15 degrees warmer than it is, and do your strides
indoors when it's icy.

See you out there,
Coach Ana Bergstrom
Riverfront Runners Club | (612) 555-0148""",
        [("health", "")],
    ),
    (
        """Subject: Monthly update: Linden Terrace Apartments (affordable housing)

Dear residents and partners,

Here is the December update from the Linden Terrace management office.

BUILDING AND REPAIRS
- Elevator B modernization: the contractor (work order 5169720) finishes 12/18.
  Until then, elevator A serves all floors.
- Heat complaints: 12 logged in November; 10 resolved. Radiator valves in units 507
  and 611 are on order (PO PO 201751).
- Pest control: quarterly treatment is 12/10. Notice posted on each floor.

RECERTIFICATIONS
Annual income recertifications for January move-in anniversaries are due by 12/20. Bring
pay stubs for the last 60 days and benefit letters. Do not email documents; use the drop
box by the office (room 393).

HOUSING COURT
The office has filed three nonpayment cases this quarter in housing court (index numbers
are on the notices residents received, e.g. LT-86614308). If you receive a notice, the
Legal Aid Society holds a walk-in clinic here every Wednesday, 10-1. Rental assistance
through the city ERAP program is still open; applications take about six weeks.

TENANT ASSOCIATION
The Linden Terrace Tenants Union meets December 14 at 7 pm in the community room. Dues
are $2 a month; the union has endorsed the Measure H rent stabilization ballot question.
Management has agreed to meet the union's board in January about the laundry room.

COMMUNITY ROOM
- Wednesdays: Legal Aid clinic
- Thursdays: Homework help (ages 6-12), 3:30-5:30
- Saturdays: Senior coffee hour, 10 am
- Dec 19: Holiday party with the Fire Station 14 toy drive

PARKING
Permits for 2027 (e.g. VD253922) are issued at the office with your lease and a vehicle
registration. Towing resumes January 4 for unpermitted vehicles in lot B.

Office: 1450 Linden Ave., 46893-6041. Hours Monday-Friday 9-5. Phone (718) 555-0131.
After-hours emergencies: (718) 555-0175.

Marisol Figueroa, Property Manager""",
        [],
    ),
    (
        """Subject: RE: my December 1 pay - something's off with the deductions

Hi Tanya,

Thanks for looking into this. Here's the pay stub text pasted from the portal, as you
asked, so you can compare with what payroll shows. The net is about $61 less than
November and I can't see why.

EMPLOYEE: Jerome Whitaker        EMPLOYEE ID: 8755
PAY DATE: 12/01/2026            PAY PERIOD: 11/16/2026 - 11/30/2026
POSITION: Case Manager II        DEPT: Housing Services (cost center 4120)

EARNINGS                  HOURS     RATE       CURRENT     YTD
Regular                   80.00     26.4400    2,115.20    48,903.06
Holiday                    8.00     26.4400      211.52     1,269.12
Mileage (non-taxable)                              48.37       702.11
GROSS                                           2,375.09    50,874.29

DEDUCTIONS                              CURRENT     YTD
Federal income tax                        198.41   4,612.85
Social Security                           144.26   3,110.42
Medicare                                   33.74     727.43
State income tax                           92.10   2,050.63
403(b) 5%                                 116.34   2,541.16
Dental (employee + child)                  21.50     473.00
Local 4417 Nonprofit Workers dues          38.60     424.60
Local 4417 dues arrears (Oct, Nov)         61.00      61.00

NET PAY                                 1,669.14
DIRECT DEPOSIT: checking ****4182   1,669.14

So it looks like the difference is the "dues arrears" line. I signed my card in October
but I thought the union said arrears wouldn't be taken until January. Could you check
with payroll (ticket #82429) whether that's right, or whether it was entered early?
If it's right, no problem, I just want to understand it.

Also, my mileage for 11/23 (the Linden Terrace home visit, 14.2 miles) doesn't seem to be
on there; the form was submitted as MW142663.

Thanks,
Jerome
Case Manager II, Housing Services | ext. 207""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Text-alert system handover (Twilio) for Safe Routes Alliance

Hi Devon,

As promised, here's everything you need to take over the text-alert system that sends
the walking-school-bus reminders and snow-day alerts. I'll be offline from Friday.

HOW IT WORKS
- Parents sign up on the website form (Gravity Forms) -> Zapier zap "SMS signup" ->
  Twilio Messaging Service "SafeRoutes Alerts".
- Alerts are sent from the small Python script on the office PythonAnywhere account
  (cron at 6:15 am on school days). Code is in the GitHub repo saferoutes/alerts.

TWILIO
- Account SID: AC6b190a637cb169d5d55558704157667c
- Auth token: 66b29015440309f6b2b94a558e9a0de5
- Messaging Service SID and the sending number (+1 (414) 555-0126) are in the script's
  config.py. Please rotate the auth token in the console after you've updated the
  script, and put the new one only in PythonAnywhere's environment variables.
- Billing: auto-recharge $20 when balance falls below $10; last invoice INV-2026-5963.
- A2P 10DLC campaign registration: campaign ID IU634063, approved 6/2.

CONTACT LISTS
- 1,284 active subscribers across 9 schools. Opt-outs (STOP) are handled by Twilio.
- School codes in the sheet: RB, HL, WT, MS, EV, LK, PN, GR, CS.

WHAT BREAKS
- When a school changes its bell schedule, update schedule.csv (times are local).
- If Zapier's task limit hits 750 in a month, signups queue; upgrade or wait.
- The snow-day alert is manual: run send_alert.py with the --all flag from the console.

VENDOR CONTACTS
- Twilio support ticket from October about carrier filtering: #19812
- PythonAnywhere plan renews 3/9 ($5/month)

Call me if anything is unclear: (414) 555-0189.
Thanks, and good luck with the January launch at the new schools!
Imani""",
        [("API_KEY", "66b29015440309f6b2b94a558e9a0de5")],
    ),
    (
        """Subject: Troop 212 Winter Campout - packing list, carpools and permission slips

Hi Scout families,

Our winter campout at Camp Wolf Lake is January 15-17. Here's what you need to know.

DEPARTURE AND RETURN
We leave Friday at 5:30 pm from the St. Matthew's Lutheran parking lot (our usual meeting
place, 1200 Ridge Rd.) and return Sunday around 1 pm. Campsite: Pioneer Loop, site 14.

CARPOOLS
Driver 1: Mr. Delgado (van, 6 seats), plate 7DJL787
Driver 2: Mrs. Abernathy (SUV, 4 seats), plate 5YGC579
Driver 3: Mr. Lindqvist (truck + gear trailer)
Drivers: please send proof of insurance to the committee chair before the trip; we keep
a copy on file for council rules. No ID numbers by email, please.

PACKING LIST (every scout)
- Scout handbook and a pencil
- Sleeping bag rated 0-15 F, closed-cell foam pad (two pads if you have them)
- Wool or synthetic base layers, fleece, insulated jacket, shell
- Winter boots with liners, 3 pairs of wool socks, camp shoes
- Warm hat, balaclava, mittens AND gloves
- Mess kit, water bottle in an insulated sleeve
- Headlamp, whistle, small first-aid kit
- Personal medications in original bottles (given to Mr. Patel, our medical lead)
No cotton! No electronics except a phone for emergencies, kept in the patrol box.

PATROL FOOD
Each patrol plans menus with its grubmaster. Budget: $18 per scout. Receipts to the
treasurer (reimbursement form UC210495).

PERMISSION SLIPS AND FEES
Permission slips and the annual health form (parts A and B) are due January 8. Campout
fee $25 per scout via the troop's online payment link (invoice INV-26-4245 for the
campsite is already paid).

Questions: Scoutmaster Ray Okonjo, (608) 555-0156, or the troop email.

Yours in Scouting,
Ray""",
        [],
    ),
    (
        """Subject: Onboarding status: three January hires (please review by Friday)

Hi Fern,

Here is where we are with the three January hires. Ticket numbers refer to the IT
helpdesk; everything else is in the HRIS.

1) CHOU VANG - Youth Program Specialist, start 1/4
   [x] Offer accepted 11/20; salary $48,000; grant-funded (allocation CDG-2025-695)
   [x] Background check cleared 12/1 (order 15159145)
   [x] I-9 appointment booked 1/4, 9:00
   [x] EEO self-identification returned: race/ethnicity "Asian - Hmong"; veteran status
       "not a veteran"; disability "prefer not to answer". (Filed in the EEO folder,
       separate from the personnel file.)
   [ ] Laptop, ticket #23964
   [ ] Mandated reporter training link

2) LAURA BENNETT - Grants Accountant, start 1/11
   [x] Offer accepted 11/24; salary $67,500
   [x] Background check cleared 12/3 (order 6653311)
   [ ] EEO form not yet returned
   [ ] QuickBooks and Bill.com access (ticket #74141)
   [ ] Signature card at the bank (after 90 days)

3) MOHAMED ABDI - Van Driver (part-time), start 1/18
   [x] Offer accepted 12/2; $21.25/hour
   [ ] Background check and motor vehicle record pending (order 4937335)
   [ ] Insurance carrier approval (fleet policy NPL-8493316)
   [ ] CPR/First Aid class 1/16 at the Red Cross, room 408

GENERAL
- Orientation is January 19, 9:00-3:00, at the main office, 800 University Ave.,
  St. Paul 55783-4252.
- New-hire lunch budget: $20 a person, budget code 6110.
- Please send welcome emails with the handbook link (not attachments).

Thanks,
Ingrid Solberg, HR Coordinator, Hmong American Youth Partnership
(651) 555-0138""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Board minutes (draft) - Morningside Senior Services, November 20

MORNINGSIDE SENIOR SERVICES - BOARD OF DIRECTORS
Draft minutes, November 20, 5:30 pm, conference room and video

ROLL CALL
Present: Helen Ocampo (chair), Raymond Futch (vice chair), Sarah Lindgren (treasurer),
Dr. Amit Rao, Bernadette Cole, Tomasz Nowak. Absent: Gloria Reyes.
Staff: Paul Henning (executive director), Erin Sato (finance director).

1. APPROVAL OF MINUTES. October minutes approved (Cole / Nowak), unanimous.

2. FINANCE (Lindgren / Sato). October statements reviewed. Meals on Wheels cost per meal
   rose to $9.84; the county contract (90SQ1281-04) reimburses $8.90. Net operating
   result YTD: -$14,210, within the board's approved range. 403(b) audit (plan no.
   BQ593379) completed with no findings.

3. COLLECTIVE BARGAINING UPDATE (Henning). Management and the staff bargaining unit
   (drivers, kitchen and activity staff; 26 positions) reached a tentative agreement on
   November 12: 3.5% COLA in each of two years, a new step for drivers, and a
   joint labor-management safety committee. The union will hold its ratification vote
   December 1. Board approval of the budget impact ($61,000 a year) is requested in
   December.

4. PROGRAMS. Adult day program census averaged 38. Falls-prevention classes ("A Matter of
   Balance") enrolled 52 older adults this fall; the hearing-aid loaner bank served 19.

5. FACILITIES. Roof repair bid from Summit Roofing ($48,400, bid WE105784) approved
   (Rao / Ocampo), unanimous.

6. EXECUTIVE SESSION. 6:40-7:05 pm, personnel (ED evaluation process). No action.

ACTION ITEMS
- Henning: circulate the final agreement language before the December meeting
- Sato: model the agreement's cost in the FY28 budget
- Ocampo: appoint an ad hoc ED evaluation committee

Adjourned 7:08 pm. Next meeting December 18.
Recorded by Bernadette Cole, Secretary""",
        [],
    ),
    (
        """Subject: Contributions batch 14 for filing - Yes on Measure K (FPPC ID 15020914)

Hi Lorena,

Batch 14 is ready for the semi-annual report. All contributions below have complete
contributor information except where noted. Committee: Yes on Measure K, Neighbors for
Safe Streets; FPPC ID as in the subject line.

Date   Contributor            City          Occupation / Employer       Amount   Method
11/30  Aguilar, Benita        Fresno        Teacher / Fresno USD        $100     check 2451
11/30  Bhatt, Rohan           Clovis        Engineer / Pacific Gas      $250     online 7DEU4X
12/01  Castellanos, Irma      Fresno        Retired                     $50      online KXANWJ
12/01  Dunleavy, Sean         Fresno        Nurse / Sierra Pediatrics   $100     check 5391
12/02  Espinoza, Tomas        Sanger        Owner / Espinoza Tire       $500     check 9890
12/02  Fairweather, Gail      Clovis        Attorney / Self             $1,000   online CLWHZ7
12/03  Grijalva, Nestor       Fresno        Student                     $25      online RRBHB2
12/03  Holm, Kirsten          Fresno        (info requested)            $99      cash

Batch total: $2,124. Deposited 12/4, deposit slip VX509798.

NOTES
- Fairweather: over $100, so occupation/employer is required; she confirmed by phone.
- Holm: under $100 so no occupation needed, but cash over $100 is not allowed; this is
  $99, fine.
- Online contributions come through ActBlue; the processor's batch ID is CC401650.

Please add these to the Form 460 Schedule A draft. The treasurer's review is Monday.

Thanks,
Arturo Beltran, Finance Assistant
Yes on Measure K | (559) 555-0140""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Annual report to the Tillman Fund - Reentry Housing Navigation 2026

Dear Mr. Abernathy,

Thank you for the Tillman Fund's support (grant GR-2026-493, $95,000). Our annual report
on the Reentry Housing Navigation program follows.

1. PEOPLE SERVED
                                         Target   Actual
   Referrals received                       150      171
   Enrolled in navigation                   120      133
   Housed (any permanent housing)            70       78
   Still housed at 6 months                  56       61

2. REFERRAL SOURCES (aggregate)
   State parole offices                     62%
   County probation                         21%
   Jail reentry unit                        11%
   Self / community referral                 6%

3. BARRIERS (share of enrolled participants)
   Prior eviction on record                 34%
   Conviction-based landlord denials        41%
   No photo ID at intake                    28%
   No income at intake                      47%

4. WHAT CHANGED THIS YEAR
   - 14 landlords joined our Fair Chance Landlord network (now 39).
   - The risk-mitigation fund paid 6 claims averaging $1,150 (fund account SK190990).
   - ID recovery: we helped 37 participants get state IDs and birth certificates.

5. STORIES
   Our participant stories are composites drawn from several people, as agreed with our
   clients' advisory panel, so that no one can be identified. One composite: a man in his
   fifties, released after a long sentence, who found a room within six weeks and now
   works nights at a bakery.

6. FINANCES
   Personnel $71,300; flexible assistance $14,900; landlord fund $6,900;
   admin $1,900. Total $95,000.

Our EIN is 26-4418170. Please call me at (916) 555-0192 with any questions.

Sincerely,
Keith Ramsey, Director of Housing, New Leaf Reentry Collaborative""",
        [],
    ),
    (
        """Subject: November counseling report + one client note for Gwen

Hi Gwen,

Here is the November summary for the HUD 9902 and one client note you asked for.

NOVEMBER ACTIVITY
Pre-purchase counseling sessions ............ 42
Homebuyer education (8-hour class) .......... 2 classes, 31 graduates
Foreclosure prevention ...................... 17 households
Rental / credit counseling .................. 24 households
Down payment assistance files submitted ..... 6 (program GR-2026-267)
Average session length ...................... 62 minutes

Outcomes reported this month: 4 purchases closed, 3 loan modifications, 1 forbearance.

CLASS SCHEDULE (Community Room, 410 Grand Ave., 55826-0818)
Jan 9, Jan 23, Feb 6 (Spanish), Feb 20. Registration code for partners: TIX46RS.

CLIENT NOTE - Dwayne and Patrice Holloway (file BC661192)
Their lender pulled a new tri-merge report on 11/30. The middle score is now 717,
up 38 points since August, which gets them under the 0.5 point pricing bump. The only
remaining negative item is:
  - Collection, Capital Recovery Assoc. (Metro Wireless), $412, paid 09/2026
The lender says a paid collection under $500 won't block the loan. Patrice will send
the pay-off letter to the lender; the file goes to underwriting next week.

ADMIN
- Counselor certification renewals: 2 due in March.
- Our HUD agency ID and the EIN (93-3610638) are on the quarterly form cover sheet.
- Budget: we've used 61% of the HUD grant with 5 months left.

Thanks,
Simone Reyes, Housing Counselor, Gateway Homeownership Center
(414) 555-0174""",
        [
            ("CREDIT_SCORE", "717"),
            (
                "CREDIT_REPORT",
                "Collection, Capital Recovery Assoc. (Metro Wireless), $412, paid 09/2026",
            ),
        ],
    ),
    (
        """Subject: Meals on Wheels driver roster, January routes (and one fleet insurance item)

Hi route captains,

Here is the January roster. Routes start from the kitchen at 10:15 unless noted. Meal
counts are as of today and will change; check the route sheet each morning.

ROUTE  AREA                MEALS  MON            WED            FRI
1      Northgate           14     Harold P.      Harold P.      Lucy A.
2      Riverside / Mill    11     Beatriz C.     Omar F.        Omar F.
3      Eastlake            16     Tom W.         Tom W.         Joyce L.
4      Hillcrest           9      Ngozi E.       Rita S.        Rita S.
5      Cedar Park          12     Lucy A.        Beatriz C.     Harold P.
6      County Rd 9 (rural) 7      Joyce L.       Ngozi E.       Tom W.
Frozen weekend packs go out Fridays on routes 1, 3 and 6 (insulated bags in bin 2).

NEW DRIVERS
Welcome to Rita Solano (route 4) and Omar Farouk (route 2). Both completed orientation
on 12/3 and rode along twice.

FLEET / INSURANCE
Our insurer (non-owned auto, policy WC-4692827) needs each new driver's licence for the
annual motor vehicle record check. Omar's is done. For Rita, I have Texas licence
18362422, class C, expiring 2029; Rita, please confirm the number is right, because the
MVR request bounced last week (request PO352322).

REMINDERS
- Sign the mileage log every trip (rate $0.67/mile); logs are due the 5th.
- If a client doesn't answer, call the office at (512) 555-0153 before leaving; never
  leave a meal on the porch.
- Wellness check concerns go on the yellow form, not by text.
- Holiday closure: no delivery January 1. Shelf-stable boxes go out 12/30.
- Van 2 (plate ZOP-5045) is back from the shop; repair invoice INV-2026-5079.

Kitchen address for new drivers: 2601 Bluebonnet Lane, Austin TX 62322-6023. Park behind
the dumpster enclosure, not in the client spaces.

Thank you for driving!
Gabriela Moreno, Volunteer and Route Coordinator
Capital Area Meals on Wheels""",
        [("US_DRIVER_LICENSE", "18362422")],
    ),
    (
        """Subject: Memorial and tribute gifts received Nov 16-30 (for family notifications)

Hi Bettina,

Below are the memorial and tribute gifts from the second half of November. Families have
asked to be notified of gifts but not amounts, as usual.

IN MEMORY OF HAROLD LINDSTROM (notify: Carol Lindstrom, 14 Aspen Ct., Boulder CO
56532-4195)
  Ann & Richard Mays          check 3626     "Harold loved the spring bird walks."
  Boulder Birders Club        check 4084
  Peter Oyelaran              online R2026-37860
  Susan Whitfield             online R2026-15938   "For the trail he helped build."

IN MEMORY OF JUNE ARCENEAUX (notify: Denise Arceneaux-Moore, address on file)
  The Haddad family           check 8411
  Louise Parrish              online R26-14054

IN HONOR OF THE 40TH WEDDING ANNIVERSARY OF FRANK & DORA PELLETIER
  Their children, via DAF     grant YEF-2026-784     "Happy 40th, Mom and Dad!"

IN HONOR OF COACH RAMIREZ'S RETIREMENT
  Westview HS Cross Country   check 7375

TOTALS
Memorial gifts: 6 ($1,175). Tribute gifts: 2 ($700). All posted to the Nature Preserve
Fund (GL 4310) except the anniversary gift (unrestricted).

The notification cards are in the drawer; please use the blue memorial card for
Lindstrom and Arceneaux and the cream card for the two honor gifts. The printer job for
envelopes is saved as "tribute-nov2" (print ticket #36220).

Thanks so much,
Naomi Feld, Donor Relations, Flatirons Nature Conservancy
(303) 555-0114""",
        [],
    ),
    (
        """Subject: Friends of the Maple Street Library - Winter newsletter

Dear Friends,

BOOK SALE RESULTS
Our November book sale raised $6,418, our best ever. 84 volunteers worked 610 hours. The
leftover books went to the county jail library program and to two Little Free Library
stewards. Thank you!

WHAT YOUR DUES BOUGHT THIS YEAR
- 3 museum passes (zoo, science center, art museum), borrowed 412 times
- The summer reading prizes for 1,150 kids
- A new large-print collection and two magnifier stations
- The author series (5 events, 690 attendees)

UPCOMING
- Dec 12, 2 pm: Holiday crafts for kids (meeting room 106)
- Jan 16, 7 pm: Author talk with novelist Ruth Ekwueme
- Feb 1-28: Membership drive. Members get a card with a Friends number (like
  M-19232) for the book sale preview night.

BOARD NEWS
Our treasurer, Alan Mbeki, is stepping down after six years. The nominating committee
proposes Tom Gallagher. Elections at the annual meeting, March 3. Our EIN for your
charitable receipts: 87-3398574.

A NOTE FROM THE EDITOR
Many of you have met Tom at the sale's cashier table. He and his husband Luis adopted
two brothers, ages 6 and 9, this fall, so you may see all four of them at story time.
Tom says the boys have already read every dinosaur book in the branch.

VOLUNTEER CORNER
We need help sorting donations on Tuesday mornings at the book sale room (enter through
the loading dock door at the back). The sorting shift lead is Penny, (608) 555-0196.

Happy reading,
Mariel Costa, Newsletter Editor
Friends of the Maple Street Library, PO Box 2218, Madison WI 54153-0544""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Website migration checklist (Wix -> WordPress), status as of 12/4

Hi Ines,

Status of the migration for the Blue Heron Watershed Council site. The cutover is planned
for Tuesday 12/15 at 8 pm.

DOMAIN AND DNS (registrar: Namecheap, account owner: office@)
- A record @ -> new host, TTL 300 (set the day before)
- CNAME www -> @
- MX records unchanged (Google Workspace)
- SPF: v=spf1 include:_spf.google.com include:servers.mcsv.net ~all
- DKIM for Mailchimp: k1._domainkey CNAME dkim.mcsv.net (already verified)
- DMARC: p=none for now; reports to dmarc@

HOSTING
- New host: SiteGround GrowBig, order 87889663, renews 12/2027
- Staging site: stagingUI636830.sg-host.com (basic auth shared with you in LastPass)

PLUGINS
- GiveWP for donations (Stripe connected via OAuth; no keys to copy)
- The Events Calendar (license ZJX6354526)
- Mailchimp for WP: connect it after cutover by generating a new API key in Mailchimp
  (Account > Extras > API keys). I revoked the old Wix key on 12/1, so there is nothing
  to carry over.
- Yoast SEO, Wordfence, UpdraftPlus (backups to the Google Drive folder)

CONTENT
- 46 pages migrated, 212 blog posts imported, 9 to fix by hand (tables)
- Redirects: 38 old URLs mapped in the Redirection plugin (CSV in the shared drive)
- Forms: volunteer signup, contact, water monitoring data upload

AFTER CUTOVER
- Check the donation form with a live $1 gift and refund it
- Submit the sitemap to Google Search Console
- Cancel Wix Premium (plan TS163682) after 30 days

Tax info for the host's nonprofit discount: EIN 38-9256033.

Call or text me with questions: (971) 555-0125.
Thanks! Bram""",
        [],
    ),
    (
        """Subject: Email delivery setup for the new donor CRM - config notes

Hi Mercy,

The new CRM (CiviCRM on our Kinsta hosting) is ready to send. Here's the configuration
so you can finish the test sends tomorrow while I'm on the road.

OUTBOUND MAIL
- Provider: SendGrid (Essentials plan, 50k emails/month), account owner tech@
- SMTP server: smtp.sendgrid.net, port 587, TLS
- SMTP username: apikey (literally the word "apikey")
- SMTP password / API key:
  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
  I created it with "Mail Send" permission only. Put it into CiviCRM under Administer >
  System Settings > Outbound Email, then delete this email.
- Sender identity: donations@ (domain authenticated on 12/2)

DNS (already done at Cloudflare)
- em15973.ourdomain CNAME u2496835.wl.sendgrid.net
- s1._domainkey and s2._domainkey CNAMEs
- Link branding: url58165.ourdomain

TEST PLAN
1. Send a test contribution receipt to your own address (receipt template no. 7)
2. Check that the footer shows our address: 77 Harbor St., Portland ME 47443-6876
3. Send the Giving Tuesday thank-you to the "Staff test" group (12 contacts)
4. Look at the SendGrid activity feed for bounces

SCHEDULED JOBS
- Cron runs every 15 minutes (cPanel job CU260724)
- Mailing batch limit: 500 per run

BILLING
- SendGrid invoices go to the finance inbox, last one INV-26-9745 ($19.95)
- Kinsta plan renews 2/1 (invoice INV-2026-7556)

If anything fails, the error log is under Administer > System Settings > Debugging. I'm
reachable by phone at (207) 555-0191 after 6 pm.

Thanks!
Joaquin""",
        [("API_KEY", "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")],
    ),
    (
        """Subject: VITA site schedule, Saturday 2/6 - appointments and one correction

Hi preparers and greeters,

Here's Saturday's schedule at the Westgate Library site (room 160). Doors open at
9:00; first appointment 9:30.

TIME   CLIENT (last name)   PREPARER   QR      NOTES
9:30   Abbott               Linh       Dave    Single, W-2 only
9:30   Baptiste             Sam        Dave    MFJ, two W-2s, 1098-T
10:30  Carrillo             Linh       Rosa    See correction below
10:30  Dunmore              Ibrahim    Rosa    Retired, 1099-R, SSA-1099
11:30  Esposito             Sam        Dave    Head of household, EITC
11:30  Fairchild            Ibrahim    Rosa    1099-NEC (rideshare), Schedule C
1:00   Gutierrez            Linh       Dave    MFJ, CTC, dependent care
1:00   Hoang                Sam        Rosa    Prior-year amended return
2:00   Idowu                Ibrahim    Dave    Single, W-2, marketplace 1095-A

CORRECTION FOR 10:30 CARRILLO
Mr. Julio Carrillo called to say the ITIN on his intake sheet was copied wrong when we
pre-screened by phone. His ITIN is 965-55-7788 (from his CP565 letter, which he will
bring). Linh, please use that number and check it against the letter before e-filing.
His wife's and kids' numbers were fine.

SITE REMINDERS
- Site ID QA629311; EFIN on the e-file cover sheet.
- Intake sheets (Form 13614-C) stay in the red folder; shred copies at end of day.
- Bring your volunteer badge (badge numbers like 5769).
- The library's side door code for volunteers is 9183 before 9:00.
- Lunch is sponsored by Great River Credit Union; order 2627606 arrives at noon.

Thanks,
Aurelia Kwon, Site Coordinator
(651) 555-0107""",
        [("US_ITIN", "965-55-7788")],
    ),
    (
        """Subject: What to bring to your free tax appointment (please read before you come)

Hello from the Free Tax Help program at Riverside Community Action!

Your appointment is confirmed. To make sure we can finish your return in one visit,
please bring the following. If you are married filing jointly, both spouses must come.

IDENTITY
- Photo ID for you (and your spouse)
- Social Security cards or ITIN letters for everyone on the return (we cannot use
  numbers from memory)
- If the IRS sent you an Identity Protection PIN, bring the most recent letter (CP01A);
  do not email or text it to us

INCOME
- W-2s from every job; 1099s (NEC, MISC, G, R, SSA-1099, INT, DIV)
- Records of any cash or self-employment income and expenses

CREDITS AND DEDUCTIONS
- Form 1098-T and receipts for tuition
- Child care provider's name, address, EIN or SSN, and amount paid
- Form 1095-A if you had Marketplace insurance

REFUND
- A voided check or your bank's routing and account numbers on a bank letter, if you
  want direct deposit (please bring it, don't send it)

LAST YEAR
- A copy of last year's return, if you have it

APPOINTMENT DETAILS
Location: Riverside Community Action, 3010 Riverside Dr., Suite 140, 73751-7197
Confirmation: 8XQY9M
If you need to reschedule: (651) 555-0152 (voicemail is checked daily)
Interpreters available in Spanish, Somali, Hmong and Karen on request.

We never charge a fee and we never ask for your IRS account password.

Riverside Community Action is a 501(c)(3), EIN 27-4114285.""",
        [],
    ),
    (
        """Subject: Cabin 6 (Juniper) - final details for Session 2 families

Dear Cabin 6 families,

I'm Maya, your kids' counselor for Session 2 at Camp Pinecrest! Here's what our cabin
needs before drop-off on Sunday, July 11.

CABIN 6 ROSTER (ages 9-10)
Eli, Finn, Jonah, Mateo, Ravi, Sam, Theo, Wesley

DROP-OFF
Sunday 2-4 pm at the Main Lodge. Park in lot B, follow the signs to the cabin row. You
can help your camper set up; bunks are first come, first served.

PACKING REMINDERS (from the full list)
- Sleeping bag and pillow, flashlight, 2 water bottles
- 8 T-shirts, 3 pairs of shorts, 2 pairs of long pants, swimsuit, rain jacket
- Closed-toe shoes for the ropes course (required)
- Label everything; our lost and found had 140 items last session
Please don't send food; it attracts critters into the cabin.

HEALTH CENTER CHECK-IN
All medications go to Nurse Pam at the health center table before you come to the cabin.
For our cabin, the health center asked me to pass on that Theo's levetiracetam (morning
and evening) and his rescue med plan arrived with his forms, so his family only needs to
bring the bottles. Everyone else: please bring any medications in original containers.

CABIN ACTIVITIES
Each camper chooses two electives: canoeing, archery, nature lab, arts, drama, or
fishing. Our cabin's overnight at the lean-to is Wednesday (weather permitting).

MAIL
Letters: Camper name, Cabin 6, Camp Pinecrest, 4470 Lake Road, 52494-0720. Email-a-camper
codes come with the parent portal (e.g. MF4DSD).

PICK-UP
Saturday, July 24, 10 am-noon. Pick-up authorization list is in the portal.

See you Sunday!
Maya, Cabin 6 counselor
Camp office: (715) 555-0188""",
        [("health", "")],
    ),
    (
        """Subject: Winter community calendar - Eastside Community Center (Dec-Feb)

Hi neighbors,

Here's our winter calendar. All events are free and open to everyone unless noted.
Registration helps us plan food and chairs: use the code for each event on our website.

DECEMBER
Dec 5   Diwali lights craft night for families, 5-7 pm, Room A (code FALL34EW)
Dec 10  Hanukkah candle lighting and latkes with the Eastside Jewish Community Council,
        6 pm, courtyard
Dec 12  Las Posadas procession and tamales, hosted by the Barrio Arts Collective, 5 pm
Dec 19  Winter concert: Eastside Youth Choir and the Golden Age Ukulele Band, 3 pm
Dec 26  Kwanzaa opening celebration (Umoja), 4 pm, gym

JANUARY
Jan 9   Lunar New Year lantern workshop (code CAMP69ZH)
Jan 16  MLK Day of Service kickoff: neighborhood cleanup, meet at the flagpole
Jan 23  Health fair with free blood pressure and vision screening, 10-2

FEBRUARY
Feb 6   Black History Month film night: "Eyes on the Prize" part 1, 6:30 pm
Feb 13  Lunar New Year celebration and potluck
Feb 20  Ramadan preparation cooking class with the Somali Women's Association (open to
        all), 4 pm

ROOM RENTALS
Rooms are available to community groups at $15/hour (nonprofits free on weekdays).
Reservation numbers look like 8312-942. Certificates of insurance are needed for
events over 50 people (our policy, BOP-2558120, covers center-run events only).

ACCESSIBILITY
The building is wheelchair accessible. ASL interpreters available with two weeks'
notice.

Front desk: (206) 555-0165. 4220 Rainier Ave S, Seattle WA 91309-2559.

Warmly,
Jasmine Tolbert, Programs Coordinator""",
        [],
    ),
    (
        """Subject: Year-end report: Indigenous Language Interpreter Network, FY2026

Dear members of the Allocation Committee,

We are pleased to report on the second year of the Indigenous Language Interpreter
Network (ILIN), supported by your grant GR-2026-675 ($60,000).

1. PURPOSE
   ILIN trains and places interpreters in Mixteco, Zapoteco, Triqui, Purepecha and K'iche'
   for clinics, schools and courts in the county, where Spanish interpretation alone
   leaves many families unserved.

2. RESULTS
                                         Goal     Actual
   Interpreters trained (40-hour course)   20       23
   Interpreters certified (county panel)   10       12
   Assignments completed                 900    1,046
   Languages / variants covered            8       11
   Average response time (hours)          24       19

3. ASSIGNMENTS BY SETTING
   Health clinics 48%   Schools 31%   Courts and legal aid 14%   Other 7%

4. INTERPRETER SPOTLIGHT
   Tomas Huitzimengari joined as a trainee in 2025. Tomas is Purepecha, from Cheran in
   Michoacan, and grew up speaking Purepecha at home; he now leads our Purepecha glossary
   project and mentors three new trainees. He asked us to include his name.

5. CHALLENGES
   Court scheduling changes on short notice; we're piloting a standby roster. Mileage
   costs exceeded budget by 11%.

6. BUDGET
   Trainer fees $18,500; interpreter stipends $29,700; mileage $7,100; materials $2,200;
   admin $2,500. Total $60,000. Invoice INV-26-7632 for the final quarter is attached.

Thank you for believing in this work.
Veronica Soto, Executive Director, Puentes del Valle
EIN 45-8214820 | (831) 555-0178""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Alder Glen Senior Apartments - December update for families and staff

Dear residents, families and staff,

Here is our December update.

BUILDING
- The fire alarm inspection is Tuesday 12/8, 9 am to 3 pm. Alarms will sound briefly
  on each floor. Inspection report no. GV893379 will be posted in the lobby.
- The new lobby door opener is installed (work order 36977790). Please report any
  problems to the front desk.
- Generator test: first Monday of each month, 10 am.

ACTIVITIES (Community Room)
- Mondays 10:00 Chair yoga
- Wednesdays 2:00 Bingo (prizes from the Lions Club)
- Thursdays 11:00 Blood pressure checks with the parish nurse program, open to all
- Dec 17 Holiday luncheon, sign-up sheet at the desk (48 seats)

TRANSPORTATION
The shuttle to Fairview Market and the pharmacy runs Tuesdays and Fridays at 10. Sign up
at the desk by 4 pm the day before. Shuttle van plate UDZ-3353.

STAFF NOTES (staff list only below this line)
- Unit 3B: Mr. Ernesto Castillo has enrolled in hospice with Valley Hospice as of 12/2.
  Hospice aides will come daily between 9 and 11; his oxygen concentrator runs all
  night, so maintenance should not shut off power to 3B during the panel work on 12/10.
  His daughter Ana (cell (505) 555-0129) is the contact.
- Unit 2F: new resident move-in 12/14 (lease US696132).
- Unit 4A: grab bar install approved (work order 15851789).

MAINTENANCE REQUESTS
Use the portal or call the desk at (505) 555-0118. After hours: (505) 555-0172.

RENT
January rent is due 1/1. Housing assistance payment contract 21KF0704-04 renewed for
2027.

Warm wishes for the season,
Rosalind Achterberg, Site Manager
Alder Glen Senior Apartments, 90 Glen Ave NE, Albuquerque NM 41272-6644""",
        [("health", "")],
    ),
    (
        """Subject: Volunteer screening results - December mentor cohort (all cleared)

Hi Kendra,

Good news: all eight mentor applicants for the December cohort are cleared. Here's the
summary for your files.

APPLICANT           APPLIED   REFERENCES  LIVE SCAN   SEX OFFENDER  DMV (drivers)  STATUS
Andre Bellamy       10/28     2/2         cleared     no match      --             CLEARED
Colleen Duarte      10/30     2/2         cleared     no match      clean          CLEARED
Haruto Fujimoto     11/2      2/2         cleared     no match      --             CLEARED
Imelda Quintero     11/3      2/2         cleared     no match      clean          CLEARED
Josiah Kimani       11/5      2/2         cleared     no match      --             CLEARED
Lourdes Martinez    11/9      2/2         cleared     no match      clean          CLEARED
Pieter Van Dijk     11/12     2/2         cleared     no match      --             CLEARED
Yvonne Achebe       11/16     2/2         cleared     no match      --             CLEARED

Live Scan: fingerprints were taken at the UPS Store on Main (ATI numbers on file, e.g.
HS792093) and the DOJ and FBI responses came back "no record" for all eight. The
national sex offender search came back "no match" for all. DMV pulls for the three who
will drive mentees: no violations.

NEXT STEPS
- Mentor training: Saturday 12/12, 9-3, room 374. Lunch order 53695398.
- Match meetings start the week of January 4.
- Badges: Sofia will print them (badge numbers 8342 to 4612).
- The screening invoice from the county ($32 x 8 = $256, invoice INV-2026-5769) is approved.

Please file the clearance letters in the locked cabinet and shred the applicant copies of
the Live Scan forms after 30 days.

Thanks,
Marcus Albright, Volunteer Screening Coordinator
Big Futures Mentoring | (209) 555-0110""",
        [],
    ),
    (
        """Subject: Handover: KidTrack check-in kiosks at both after-school sites

Hi Lamar,

Here are my notes on the KidTrack kiosks before I hand you the admin role on Monday.

HARDWARE
- Site 1 (Jefferson Elementary, room 228): kiosk tablet serial JNU5375897, finger
  reader serial HIY3615480
- Site 2 (Garfield Rec Center, front office): tablet serial EAD8007828, reader serial
  XJL5947062
- Both on the "KT-Devices" Wi-Fi VLAN; the reader firmware updates on Sundays at 2 am.

ADMIN
- Admin console: kidtrack portal, org ID HG559387. You'll get the invite by email.
- Support: (888) 555-0193, contract LC108672, renews 8/31.

HOW PICKUP VERIFICATION WORKS
Authorized adults enroll a finger at the front desk once (with the signed consent form).
At pickup the kiosk compares the scan to their enrolled template and logs a match score;
the threshold is 0.82. Below that, staff check photo ID by hand.

OPEN ISSUE (please follow up with support)
Garfield had false rejects on Tuesday. From the site 2 log:
  12/01 17:42  adult: Renee Gallagher  child: Owen G.   score 0.79  REJECT (ID checked)
  12/01 17:44  adult: Renee Gallagher  child: Owen G.   score 0.91  MATCH
  12/01 17:58  adult: Terrence Boyd    child: Kayla B.  score 0.95  MATCH
Support thinks the reader glass needs cleaning; ticket #55400. If it keeps
happening, they'll send a new reader (RMA LH926417).

OTHER
- Daily attendance export goes to the district at 7 pm (SFTP job ZQ611632).
- Parent portal password resets are self-service; never reset them by phone.
- Kiosk PIN-pad fallback for staff uses their employee number, not a secret.

Thanks for picking this up!
Odette""",
        [("biometric", "")],
    ),
    (
        """Subject: Timeclock update and biometric information notice (all staff, please read)

Hello team,

On January 11 we are replacing the paper time sheets at the warehouse and the thrift
store with ClockWise timeclocks. Here is what changes and what doesn't.

WHAT CHANGES
- Hourly staff will clock in and out at the timeclock by the break room.
- You can choose how to identify yourself: a finger scan or a 4-digit badge number
  plus photo. Both options are equal; nobody has to use the finger scan.
- Supervisors approve time in the ClockWise app every Monday by noon.

BIOMETRIC INFORMATION NOTICE AND CONSENT (summary)
If you choose the finger scan, the clock converts points on your fingertip into a
mathematical template. It does not store an image of your fingerprint. Templates are
encrypted, kept only on the timeclock and ClockWise's servers, never sold, and deleted
within 30 days after you leave or switch to the badge option, and in any case within
three years of your last use. The full policy is posted on the break-room board and on
the intranet; you must sign the consent form before enrolling. You may withdraw consent
at any time.

ENROLLMENT SESSIONS
- Warehouse: Jan 5, 7:00-9:00 am and 2:30-4:30 pm (break room)
- Thrift store: Jan 6, 9:00-11:00 am (back office)

THINGS THAT STAY THE SAME
- Pay periods, payday, overtime rules, meal break rules
- Salaried staff don't use the timeclock

HARDWARE AND VENDOR
- Timeclocks: 2 units, serials FEV2822480 and EVG5055818
- Vendor contract MN244220; support (800) 555-0146
- Purchase order PO 878245, invoice INV-26-8708 ($2,340)

Questions: talk to your supervisor or email HR. The HR line is (414) 555-0121.

Thank you,
Priyanka Desai, HR Manager, Second Harvest Thrift & Warehouse""",
        [],
    ),
    (
        """Subject: Winter tour run of show - Youth Symphony, Chicago (Jan 15-17)

Chaperones and staff,

Here's the run of show for the winter tour. Please print it and keep it with you.

FRIDAY 1/15
6:30 am  Call at the school loading dock. Instrument truck loads (truck ref QO434206)
7:15 am  Coach buses depart (Lakefront Coaches, booking 2360-463; bus 1 strings,
         bus 2 winds/brass/percussion)
12:30 pm Lunch stop, Kalamazoo
4:00 pm  Hotel check-in, Palmer Grand (group code NMKR4D); room list attached
6:00 pm  Dinner, hotel ballroom B
8:00 pm  Sectional rehearsals (rooms 386, 191, 194)
10:30 pm Room checks; lights out 11:00

SATURDAY 1/16
8:00 am  Breakfast
9:30 am  Masterclasses at the conservatory (2 buses, depart 9:00)
1:00 pm  Lunch; afternoon at the Art Institute (student tickets prepaid, order 6372905)
5:30 pm  Call for the concert at Orchestra Hall side stage door
7:30 pm  Concert (tickets for families: box office reference YB710508)
10:00 pm Buses to hotel

SUNDAY 1/17
8:00 am  Breakfast
8:30 am  Two notes: (1) Miriam Castellano will walk with chaperone Mrs. Okafor to the
         8:00 Mass at Holy Name Cathedral, as her parents asked; she is preparing for
         confirmation this spring and doesn't miss Sunday Mass. They'll be back by 9:30.
         (2) Everyone else: pack and bring luggage to the lobby by 10:00.
11:00 am Joint rehearsal with the Lakeshore Youth Orchestra
1:00 pm  Buses depart; arrive home about 7:00 pm

EMERGENCY CONTACTS
Tour manager Gideon Rhee: (773) 555-0122
Hotel front desk: (312) 555-0167
Orchestra office: (616) 555-0103

Medication log is in the blue folder with the head chaperone.

Thanks,
Gideon""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Speaker honoraria - payment batch for the Rural Health Equity Summit

Hi Oksana,

Here is the honorarium batch for the summit speakers. All W-9s or W-8BENs are on file.
Please release payment by 12/18 so the funds land before the holidays.

SPEAKER                 SESSION                          AMOUNT    METHOD
Dr. Lillian Agbaje      Keynote                          $2,500    ACH, vendor CA251324
Marco Terrazas          Panel: Clinic transportation     $750      check, mail to home
Dr. Hannah Whitcombe    Workshop: Telehealth in schools  $1,000    ACH, vendor KM216782
Prof. Rhys Pemberton    Plenary: Lessons from Wales      $1,500    international wire
Sarita Ghimire          Panel: Community health workers  $750      ACH, vendor YH352984
TOTAL                                                    $6,500

WIRE DETAILS FOR PROF. PEMBERTON (from his W-8BEN packet; please confirm back with him)
Account name: Rhys A. Pemberton
Bank: Barclays Bank UK PLC, Cardiff
IBAN: GB54 BARC 2078 9418 1465 51
SWIFT/BIC: as printed on the bank letter in his packet
Amount: $1,500 USD; our bank will convert. Reference: "RHES honorarium".

NOTES
- Terrazas asked for a paper check to his home address (on the W-9).
- Grant source: HRSA rural health network award 21JO4039-03, line "speaker fees".
- Invoice numbers: speakers without invoices get an internal reference
  (e.g. INV-26-1414).
- Session recordings are on the shared drive; the slides go on the website 12/21.

Expense reports (travel) are separate and due by 12/31.

Thanks,
Delphine Moreau, Summit Coordinator
Heartland Rural Health Network | (515) 555-0134""",
        [("IBAN_CODE", "GB54 BARC 2078 9418 1465 51")],
    ),
    (
        """Subject: Speaker logistics packet - Spring Nonprofit Leadership Forum (April 22)

Dear speakers,

Thank you for joining us on April 22 at the Civic Center (200 Market St., room 224).
Here's everything you need.

SCHEDULE
8:00   Speaker check-in and breakfast (green room, 2nd floor)
8:45   AV check for morning speakers
9:30   Opening plenary
10:45  Breakout block A
12:00  Lunch (speakers reserved table 1)
1:15   Breakout block B
2:30   Breakout block C
3:45   Closing panel and reception

AV
Each room has a projector with HDMI and USB-C, a clicker, and a lavalier mic. Please send
slides by April 15 (16:9). We can't accept slides on USB drives on the day.

TRAVEL AND LODGING
- Hotel block at the Riverside Inn, group code SGMSDW, until March 30 ($149/night)
- Airport shuttle every 30 minutes; parking validation at the registration desk
- Mileage at $0.67/mile for drivers

HONORARIA AND PAYMENT
Speakers receiving an honorarium will get a link to our secure payee portal, where you
enter your tax form and bank details. Please don't email bank or tax information to us;
we will delete any we receive. Payments go out within 30 days of the event. Your speaker
agreement number is in your confirmation (format JH133016).

RECORDINGS
Sessions are recorded unless you opt out on the speaker agreement.

ACCESSIBILITY
Live captioning in all rooms; ASL in the plenary. Tell us about any access needs you
have as a speaker, and we'll arrange them privately.

Contacts on the day: Tomasz (AV) (317) 555-0116, Lydia (speakers) (317) 555-0179.

With thanks,
Lydia Carrington, Program Manager, Indiana Nonprofit Alliance""",
        [],
    ),
    (
        """Subject: I-9 and onboarding follow-ups - week of 12/7

Hi team leads,

Quick status on onboarding for the four people starting this month at the Bronx and
Queens sites.

1. Alisha Grant (Family Advocate, Bronx) - start 12/7
   [x] I-9 Section 1 completed online 12/3
   [x] Section 2 done 12/7 in person by Kelvin. List A: U.S. passport card; document
       number recorded in the I-9 system only.
   [x] Direct deposit form received (processed in payroll)
   [ ] CPR class 12/19 (registration RJ239673)

2. Wilfredo Pena (Facilities Tech, Queens) - start 12/7
   [x] I-9 Section 1 completed 12/4
   [x] Section 2: List B New York non-driver ID card, ID number 733 922 134, expires
       2030; List C Social Security card (number recorded in the I-9 system only)
   [ ] Uniform order 23626364; boots reimbursement up to $150
   [ ] Keys: facilities ticket #18566

3. Joy Adebayo (Program Assistant, Bronx) - start 12/14
   [ ] I-9 Section 1 link sent 12/4
   [ ] Laptop imaging, ticket #20036

4. Colm Brennan (Bookkeeper, part-time) - start 12/21
   [ ] Offer letter countersigned
   [ ] Background check (order 94329197)

REMINDERS
- Section 2 must be done within three business days of the start date.
- E-Verify case numbers go in the tracker (e.g. case 68670253).
- Employee handbook acknowledgment (v2026.2) before first payday.
- Staff ID photos: Tuesday 12/15, 10-11, room 164.

HR: (718) 555-0199. Our EIN for the E-Verify MOU is 20-3565155.

Thanks,
Nadia Rahman, HR Associate, Northern Boroughs Family Services""",
        [("US_STATE_ID", "733 922 134")],
    ),
    (
        """Subject: 5th grade Outdoor Science School (Feb 22-24) - packing list and notes

Dear 5th grade families,

Outdoor Science School is almost here! We will be at Mountain Pines Camp Monday through
Wednesday, February 22-24.

DEPARTURE AND RETURN
Bus leaves school at 8:30 am Monday (arrive by 8:00 at the multipurpose room with
luggage). We return Wednesday at about 2:45 pm.

PACKING LIST (one duffel or suitcase + one sleeping bag)
- Warm jacket, rain jacket, hat, gloves
- 3 days of clothes plus one extra set (it's muddy!)
- 2 pairs of closed-toe shoes (one that can get wet)
- Pajamas, toiletries, towel
- Flashlight, reusable water bottle
- Sleeping bag and pillow
NO phones, electronics, candy or money.

MEDICATIONS
Any medicine must be in the original container with a signed medication form; hand it to
the school nurse at the bus. This includes allergy and asthma medicine.

MEALS
Camp serves family-style meals and can accommodate dietary needs listed on the medical
form. A note from the camp kitchen: Amira and Yusuf Hassan will be keeping the Ramadan
fast during the trip, so the kitchen will pack suhoor for them to eat before dawn in the
dining hall and hold their dinner for iftar at sunset. Their cabin leaders know.

COSTS
Cost is $265; scholarships cover 40% of our students this year. If you still owe, the
invoice number is on your statement (format INV-26-4560).

CONTACT DURING THE TRIP
Camp office: (909) 555-0185. Principal Delacruz: (909) 555-0135.
Camp address for mail: 41200 Pine Ridge Rd, 41546-2068

We can't wait!
The 5th grade team (Ms. Oduya, Mr. Brandt, Mrs. Kaplan)""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Minutes, Workers' Resource Center board meeting - November 30

WORKERS' RESOURCE CENTER - BOARD OF DIRECTORS
Minutes of the meeting of November 30, held at the Labor Temple, 2nd floor meeting room

PRESENT: Ana Cruz (chair), Leon Draper (treasurer), Sun-Hee Park, Gerardo Ibarra,
Delia Nwosu. STAFF: Raquel Soto (director).

1. MINUTES. October minutes approved.

2. FINANCE (Draper). Cash $84,220. The state labor education grant (CF-2026-944) second
   payment arrived ($40,000). The building rent to the Labor Temple association is paid
   through March (invoice INV-2026-2241).

3. DIRECTOR'S REPORT (Soto)
   - Wage claims: 41 workers helped file with the labor commissioner in Q3; $212,000 in
     back wages recovered (aggregate).
   - Know-your-rights workshops: 9 held, 260 attendees, in English, Spanish and Haitian
     Creole. Topics: heat safety, wage theft, the right to organize.
   - The center hosted two open meetings this fall for warehouse workers interested in
     learning about forming a union. Attendance and sign-in sheets are not kept, by
     design, and staff do not ask who is or isn't a member of any union.

4. PARTNERSHIPS. The building trades apprenticeship open house is January 14 at the Labor
   Temple; the center will staff a table. The community college's ESL for construction
   class starts February 2 (course QG532417).

5. POLICY. The board reviewed the updated confidentiality policy: client files are kept
   in the locked cabinet, and no client information is shared with employers.

ACTION ITEMS
- Soto: draft the 2027 workshop calendar
- Draper: file the annual report (state entity no. 29866133)
- Cruz: thank-you letter to the Labor Temple association

Next meeting January 25. Adjourned 8:05 pm.
Recorded by Delia Nwosu""",
        [],
    ),
    (
        """Subject: Weekend canvass schedule - Ward 4, Dec 12-13 (Friends of Leticia Ramos)

Hi team,

Thank you for signing up to knock doors for Leticia's city council race! Here's the
weekend plan. Turf packets are in MiniVAN; you'll get the code at the staging location.

STAGING LOCATION
Ramos for Council field office, 1904 W. Division St. (rear entrance), 55088-8804.
Coffee and donuts from 9:15. Parking in the lot behind the laundromat.

SATURDAY 12/12
Shift 1 (9:30-12:30)
  Turf 4-A  Aurelio Banks, Mina Choi
  Turf 4-B  Desmond Price, Kelly O'Rourke
  Turf 4-C  Farah Nasser, Jules Whitman
Shift 2 (1:00-4:00)
  Turf 4-D  Bernadette Flynn, Ivan Petrov
  Turf 4-E  Rashid Omar, Tess Lindholm
  Turf 4-F  Omar Aziz, Cheryl Mendez (Spanish-speaking turf)

SUNDAY 12/13
Shift 3 (12:00-3:00)
  Turf 4-G  Aurelio Banks, Desmond Price
  Turf 4-H  Mina Choi, Farah Nasser
  Phone bank at the office: Kelly O'Rourke, Jules Whitman (call list LK778097)

SCRIPT REMINDERS
- Introduce yourself as a volunteer with the campaign.
- Ask about the top issue on the block; record it in MiniVAN.
- Leave a door hanger if no one answers (bins by the door).
- Don't go inside homes. Don't argue. Say thank you.

SAFETY
Always canvass in pairs. If anything feels off, leave. Field lead: Jamal, (773) 555-0137.

PAPERWORK
Committee: Friends of Leticia Ramos, state committee ID 2641073. Volunteer time is not
a contribution, but mileage you pay for yourself may need to be reported: log it on the
sheet (over $150 total, tell us).

Thank you!
Jamal Whitaker, Field Organizer""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Voter registration drive results - November (nonpartisan)

Hi coalition partners,

Here are the November results from the Vote Ready Coalition's nonpartisan registration
drive. Thank you for hosting tables!

RESULTS BY SITE
Site                            Days   Forms   New regs   Updates   Pre-regs (16-17)
Central Library                   6     212       141        58          13
Westside Community College        4     188       130        44          14
Northgate Farmers Market          3      97        61        33           3
Laundromat Partners (5 sites)     8     154       102        49           3
Naturalization ceremony, 11/18    1     236       236         0           0
TOTAL                            22     887       670       184          33

Forms were delivered to the county elections office within the legal deadline; receipt
numbers are on the delivery log (e.g. R2026-90550, R2026-46346).

REMINDERS FOR VOLUNTEERS
- We are nonpartisan. We do not ask anyone about party or candidates, we do not comment
  on the party box, and we never suggest how to fill it in.
- Do not keep copies or photos of any form. Tracking uses the form's serial number only
  (e.g. IVE1869349).
- If someone asks about a candidate, give them the county's voter guide.

WHAT'S NEXT
The county's deadline for the March municipal election is February 12. We're planning 14
more site days. The state senator's office has asked to co-host a table; we declined,
since we don't co-host with elected officials.

THANKS
To the Northgate Farmers Market for free table space, and to Westside CC's student
government for 19 volunteers.

Questions: (412) 555-0155.
Kamala Brightwell, Coordinator, Vote Ready Coalition (a project of Civic Futures, EIN
88-9877056)""",
        [],
    ),
    (
        """Subject: Benefits Day follow-ups (Dec 3) - assignments for the outreach team

Hi outreach team,

Thank you for a busy Benefits Day: 37 older adults seen, 52 applications or renewals
started. Below are the follow-ups, by volunteer. Please log each call in the tracker.

ROSALIE
- Mr. Eduardo Lima: LIHEAP application submitted (confirmation 5L7C2G); call 12/10
  to make sure the utility bill copy went through.
- Mrs. Pauline Greer: property tax rebate (form PTR-1) mailed 12/4.

HAKEEM
- Mr. and Mrs. Chu: Lifeline phone discount, provider order 9500542; they need the new
  SIM card activated.
- Ms. Doris Fenwick: senior transit pass application; photo taken, card ready 12/17.

LUPE
- Mrs. Carmen Olivera: SNAP recertification approved. Her new EBT card came in the mail
  and she set it up at our table with Lupe's help. She asked us to keep a note of the
  new PIN for her daughter Ines, who does her shopping: 5824. Lupe, please call
  Ines at (505) 555-0195 with it and then delete this line from the tracker.
- Mr. Walter Benally: homestead exemption; needs a copy of his deed (county doc no.
  CL824056).

GEORGE
- Mr. Vince Albano: utility payment plan; account 48839945 with the gas company.
- Mrs. Ida Kowalczyk: senior farmers market vouchers (booklet 93126).

GENERAL
- Next Benefits Day: January 7, 9-1, Room 189.
- Tracker is in the shared drive ("Benefits 2026").
- The building's side entrance code for early setup is 6136.

Thanks, all!
Theresa Lucero, Senior Services Program Manager
Valle Grande Senior Center, (505) 555-0150""",
        [("PIN", "5824")],
    ),
    (
        """Subject: Welcome to Greenway Conservation Corps! Your first-week checklist

Hi Dominic,

Welcome! We're excited to have you on the trail crew starting Monday, January 11. Here's
your first-week checklist. Bring this email with you.

BEFORE MONDAY
[ ] Create your payroll login (ADP Workforce Now). Go to the ADP registration page,
    enter our registration code for new hires, and when ADP asks for the one-time
    code, use 127017. That code is yours alone and expires 1/10 at midnight; if it
    expires, call me and I'll send a new one.
[ ] Review the crew handbook (link in the portal)
[ ] Buy boots if you don't have them: reimbursement up to $175 with a receipt

MONDAY 1/11
7:00  Arrive at the shop, 16 Quarry Road, Unit C, 36680-3294. Park on the gravel side.
7:15  Paperwork with me: I-9 (bring your documents), W-4, emergency contact
8:30  Safety orientation: PPE, tool safety, radio use (radio call sign Crew 3)
10:00 Gear issue: hard hat, gloves, eye protection, rain gear (gear log LG753302)
11:00 Drive to the Mill Creek site with Crew 3 (truck plate PVW-9335)
3:30  Back at the shop; tool cleaning and debrief

REST OF THE WEEK
- Tuesday to Thursday: Mill Creek trail reroute with crew leader Ximena
- Friday: chainsaw safety class (Game of Logging level 1, class CN143364)

PAY AND HOURS
$18.50/hour, 40 hours a week; overtime on weekends is rare. Payday is every other Friday;
the first one is January 22.

WHO TO CALL
Me (crew supervisor): (802) 555-0144
Shop phone: (802) 555-0170
If you're sick or running late, text me before 6:30 am.

See you Monday!
Ruben Castellanos, Crew Supervisor, Greenway Conservation Corps""",
        [("ACCESS_CODE", "127017")],
    ),
    (
        """Subject: Security setup after the phishing incident - what we changed

Hi everyone,

Following last month's phishing attempt on the finance inbox, here is a summary of the
changes we made and what you need to do.

WHAT HAPPENED
A spoofed "DocuSign" email asked for Microsoft 365 logins. Two people clicked, nobody
entered a password, and no account was accessed. Incident ticket #74430.

WHAT WE CHANGED
1. Multi-factor authentication is now required for every Microsoft 365 account.
   Use the Microsoft Authenticator app. Text-message codes are the fallback only.
2. Each admin's printed backup codes are sealed in envelopes in the office safe. We will
   never send backup codes or authenticator codes by email, and you should never share
   one with anyone, including IT.
3. The bank's online banking now requires a hardware token for wires and ACH batches.
   Tokens are serials LOL1019328 and TMJ1457869, assigned to the finance director and
   the executive director.
4. External emails get a yellow "EXTERNAL" banner.
5. Guest Wi-Fi was moved to its own network. New guest password HeronMaple02 (that one is
   fine to share with visitors).

WHAT YOU NEED TO DO
- If you haven't set up the Authenticator app, do it by Friday. Instructions are on the
  intranet page "MFA setup".
- Complete the 20-minute phishing training (link from KnowBe4, course BD713607).
- Report suspicious emails with the "Report" button.

INVENTORY (for the auditors)
- Firewall: FortiGate 60F, serial HSP8916750, firmware 7.2
- Laptops: 22, all with BitLocker enabled
- Cyber insurance policy HPL-7682565, renews 3/1

Thanks for your patience,
Gordon Achebe, IT Manager, Tri-County Legal Aid
(304) 555-0111""",
        [],
    ),
    (
        """Subject: Interim report, Home Again Housing Program (grant CF-2026-351)

Dear Ms. Vance,

Please find our six-month interim report for the Home Again Housing Program.

1. HOUSEHOLDS SERVED (June 1 - November 30)
                                             Goal (12 mo)   Actual (6 mo)
   Households placed in permanent housing         45             26
   Households receiving rental assistance         60             38
   Move-in kits provided                          45             29
   Average days from referral to move-in          60             54

2. FUNDING MIX
   Your grant covers case management and move-in costs. Rental assistance comes from
   HUD CoC, city ESG and HOPWA funds; utility deposits from the county.

3. CLIENT STORY
   Andre Fontaine has agreed to let us share his story and his name. Andre spent most of
   last winter in his car. In August his HOPWA long-term rental assistance was approved,
   and in September he moved into a one-bedroom near the clinic on 5th Street, where he
   keeps his appointments every month. He is back at work part-time at a print shop.
   "The key was the first thing I'd owned in two years," he told us.

4. STAFFING
   We hired a second housing navigator in August. Caseloads are 22 per navigator.

5. LANDLORD PARTNERSHIPS
   31 landlords in the network; 7 new since June. Damage mitigation claims: 1 ($640).

6. SPENDING TO DATE
   Personnel $38,400; move-in costs $11,250; landlord incentives $4,500;
   admin $3,100. Total $57,250 of $110,000 (52%).

Our next report is due June 15. Please call me with questions at (402) 555-0108.

Sincerely,
Wendell Obuya, Program Director, Open Door Housing Partners
EIN 26-9410137""",
        [("health", "")],
    ),
    (
        """Subject: FY27 budget narrative - housing programs section (draft for review)

Hi Tova,

Here is my draft of the housing programs section of the FY27 budget narrative. Please
mark up by Thursday.

HOUSING PROGRAMS - BUDGET NARRATIVE

A. Funding sources
   HUD Continuum of Care (renewal 14FY1499-01)             $612,000
   HOPWA (Housing Opportunities for Persons With AIDS),
     city sub-grant FG-2026-465                               $188,000
   Emergency Solutions Grant (city)                         $142,000
   State Housing Trust Fund                                  $95,000
   Private foundations (3 grants)                           $140,000
   Total                                                  $1,177,000

B. Program descriptions
   Rapid Re-Housing serves families with children who are newly homeless. Permanent
   Supportive Housing serves adults with disabilities who have been homeless for a year
   or more. The HOPWA program offers tenant-based rental assistance and short-term
   rent, mortgage and utility help to eligible households; eligibility is determined by
   the city's HOPWA office, and our staff never record diagnoses in the housing files.

C. Staffing
   1.0 FTE housing manager, 4.0 FTE housing navigators, 0.5 FTE landlord liaison,
   0.25 FTE data specialist.

D. Changes from FY26
   The HOPWA award increases 6% to reflect fair market rents. ESG decreases by $18,000.
   We propose moving 0.25 FTE of the data specialist to the HMIS budget line.

E. Outcomes we are committing to
   85% of households remain housed at 12 months; 60% increase income.

Supporting tables are in the attached workbook ("FY27_housing_v3.xlsx", tabs 1-6). The
agency's UEI is M88X3X8H3ZHJ and EIN 26-6153271.

Thanks,
Corinne Lafleur, Grants Manager""",
        [],
    ),
    (
        """Subject: Board packet - Eastside Arts Alliance, executive session (CONFIDENTIAL)

Board members,

In addition to the regular packet sent Monday, this email contains the materials for
Thursday's executive session on the finance director hire. Please do not forward.

REGULAR PACKET SUMMARY (for reference)
- Minutes of November 5
- October financials: revenue $412,300 YTD; expenses $388,910 YTD
- Facilities committee: roof bid RS360904 ($22,800)
- Development: year-end appeal at $31,400 of $60,000 goal

EXECUTIVE SESSION: FINANCE DIRECTOR HIRE
The search committee (Hsu, Delgado, Abara) recommends Roger Hale for Finance Director.
Roger has 14 years of nonprofit finance experience, most recently as controller at a
regional theater.

As required by our fair chance hiring policy, the offer was made conditionally. The
background check (vendor order 1516510) came back with one item: a 2019 misdemeanor DUI
conviction in Ohio, with probation completed in 2020. Roger disclosed it himself in his
second interview. Our policy asks the board to consider whether the conviction is related
to the duties of the job; the committee's view is that it is not (the role involves no
driving), and it recommends proceeding.

Terms proposed: $98,000 salary, start February 1, standard benefits.

Proposed motion: "To confirm the conditional offer to Roger Hale as Finance Director on
the terms presented."

Other executive session item: annual review of the insurance policies (D&O
NPL-5742894, crime and fidelity CGL-2037263).

Questions to me before Thursday: (510) 555-0161.
Yvette Okonjo, Board Chair""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Job posting approved - Youth Program Coordinator (please share widely)

Hi staff and board,

The Youth Program Coordinator posting is approved and live. Please share it with your
networks. Posting text below.

-------------------------------------------------------
YOUTH PROGRAM COORDINATOR (full-time, non-exempt)
Southside Youth Collective - Posting no. VO611936

About us: Southside Youth Collective runs after-school, summer and mentoring programs for
340 young people ages 10-18.

What you'll do: plan and lead after-school sessions; supervise 6 part-time youth
workers; track attendance in our database; build relationships with families and
schools.

What we're looking for: two years of youth work experience; a valid driver's licence and
insurable driving record (you'll drive the program van); Spanish a plus.

Pay and benefits: $24-$27/hour, medical/dental/vision, 403(b) with 4% match, 20 days PTO.

Background checks: finalists must pass a background check, including a criminal record
check and fingerprinting, as required by the state for people working with minors. Under
our fair chance policy, a record is not an automatic bar; we consider the nature of any
offense, how long ago it was, and whether it relates to the job. We ask no questions about
criminal history until after a conditional offer.

We welcome applicants of every race, religion, national origin, gender identity, sexual
orientation, age and disability status.

To apply: send a resume and short letter to jobs@southsideyouth.org by January 15.
-------------------------------------------------------

Where it's posted: Idealist (listing SV652704), Indeed, the state nonprofit association
job board, and two university career centers.

Interview panel: Farida, Kwame and one youth representative.

Thanks!
Omari Davis, Executive Director
(314) 555-0145""",
        [],
    ),
    (
        """Subject: December 1-7 gifts for acknowledgment (batch 49) + one special note

Hi Caroline,

Batch 49 is posted. Totals and notes below. 15 gifts, $11,985.00.

Gift ID  Donor                      Amount      Tender               Designation
R2026-18941  Aldridge, Wesley        $100.00     check 6679      Unrestricted
R26-58134  Benavides, Lucia        $250.00     online               Scholarships
R26-74417  Coleman Foundation      $5,000.00   check 4142      Capital
R2026-78229  Dunphy, Martin & Claire $500.00     check 3839      Unrestricted
R26-71736  Eastman, Ruth           $75.00      online               Unrestricted
R2026-16202  Farrow, Nathan          $1,000.00   DAF ZW342329          Capital
R2026-20385  Gallo, Anthony          $50.00      online               Unrestricted
R2026-15613  Hensley, Brooke         $60.00      online               Scholarships
R26-85959  Ito, Kenji              $200.00     check 8707      Unrestricted
R26-78700  Jaramillo, Rosa         $150.00     online               Scholarships
R26-96475  Keane, Francis          $2,500.00   stock (8 sh)         Capital
R2026-15568  Lowell, Janet           $100.00     check 4022      Unrestricted
R26-58540  Mbeki, Thandi           $1,500.00   wire RH959412         Capital
R2026-42008  Nakamura, Emi           $250.00     online               Scholarships
R2026-74358  Sorensen, Margaret      $250.00     check 1447      Scholarships

SPECIAL NOTE
Margaret Sorensen's check came with a card asking that the gift be "in honor of my wife,
Elena Sorensen, for her 70th birthday, and our 25 years together." Please use the
tribute letter and send a card to Elena at their home address (same as Margaret's on
file). No amount on the card, please.

Deposit ticket for checks: OJ554029 ($9,260.00), deposited 12/8.

Thank you!
Bridget Keogh, Database Manager, Cascadia Scholarship Fund
(503) 555-0104""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Paws & Whiskers Rescue - December foster newsletter

Hi fosters!

NUMBERS
November: 47 adoptions (31 cats, 16 dogs), 62 animals in foster, 9 on the waitlist for
intake. Our vet bills were $14,880 for the month; thank you to Dr. Alvarez's clinic for
the 20% rescue discount (account JR213014).

FOSTER SCHEDULE FOR THE HOLIDAYS
We need backup fosters Dec 20-Jan 3 for:
- Biscuit (dog, 9 yrs): diabetic, gets insulin twice a day with meals (Vetsulin, 8 units).
  His foster mom Carla will show you how; it's easier than it sounds.
- Pepper and Salt (kittens, 10 wks): finishing their FVRCP boosters 12/22.
- Moose (dog, 4 yrs): recovering from a torn ACL surgery; crate rest until January.
- Olive (cat, 12 yrs): hyperthyroid, on methimazole gel on the ear.
Reply to this email if you can take one!

ADOPTION EVENTS
- Saturdays 11-3 at Pet Supply Plus, 400 Route 9 (event permit WH694019)
- Dec 13: Santa photos with your pet, $10 (promo code for fosters: CAMP44MO)

SUPPLIES
Supply pickup is Tuesdays 5-7 at the storage unit (unit 289, gate code 6739).
Order requests go through the form; the last Chewy order was 77799793.

MEDICAL APPOINTMENTS
Book vet visits through Dana at (860) 555-0184. Always bring the animal's rescue ID
(like M-52448) and the foster folder.

THANK YOU
To the Hartley family, who fostered 11 kittens this fall, and to the Grange for the
donated dog food (1,200 lbs).

Paws & Whiskers Rescue, PO Box 118, Glastonbury CT 10292-6171 | EIN 83-7988587""",
        [],
    ),
    (
        """Subject: Registration batch 6 - Hope Run 5K (Dec 19), phone registrations included

Hi Ines,

Here's registration batch 6 for the Hope Run. Online registrations came through
RunSignup; the three phone registrations from the front desk need to be entered by hand.

ONLINE (already in RunSignup)
Bib   Name                 Age  Shirt  Team                      Order
25732 Anders, Leif        34   M      Northside Striders        93502606
89051 Baptiste, Yvonne    29   S      --                        23227411
53277 Castillo, Ramon     41   L      Riverside Running Club    7904041
12839 Duong, Mai          52   M      --                        9331868
13205 Eberhardt, Karl     63   XL     Striders                  48470999
98824 Fitzgerald, Nora    17   S      Central HS XC             85674120

PHONE REGISTRATIONS (enter by hand, then shred the desk slips)
1) Hollis, Denise, age 58, shirt M, no team, $35
   Card: 5162 3260 9855 7913, exp 11/28, security code 968
   Billing ZIP 36676-1898
2) Iqbal, Sana, age 36, shirt S, team "Hope Walkers", $35, paying cash on race day
3) Jorgensen, Pete, age 70, shirt L, no team, $25 (senior rate), check mailed (check
   1026)

RACE DAY
Packet pickup: Dec 18, 4-7 pm, Fleet Street Running (store order 3070124 for the
safety pins). Start at 9:00 am, Riverside Park pavilion. Timing by Chip Timing Co.,
contract BY187860.

Total registered: 418. Shirts ordered: 450 (PO PO 725270).

Thanks!
Rafael Dominguez, Event Coordinator, Hope Community Health Fund
(401) 555-0166""",
        [("CREDIT_CARD", "5162 3260 9855 7913"), ("CVV", "968")],
    ),
    (
        """Subject: Minutes - Sunnyside Business Association, December 3

SUNNYSIDE BUSINESS ASSOCIATION
Monthly meeting minutes, December 3, 8:00 am, Sunnyside Diner back room

ROLL CALL
Present: Gloria Mendes (president), Hank Ostrowski (treasurer), Priya Sethi, Dennis
Abara, Lucia Ferrante, Tom Yoon. Excused: Jaspreet Singh (at the gurdwara this morning
for his son Harjot's Amrit ceremony; he sends congratulations on the lights!).
Guests: Officer Kim (community policing), Wanda Pierce (city economic development).

1. MINUTES of November approved.

2. TREASURER (Ostrowski). Balance $18,422. Dues collected from 41 of 56 members. Holiday
   lights invoice INV-26-4622 ($6,800) paid; the city matched $3,400 (grant GR-2025-879).

3. HOLIDAY LIGHTS. Installed on 38 poles; 2 strings out on 46th St. (ticket #15669
   with the installer).

4. COMMUNITY POLICING (Officer Kim). Shoplifting reports down 12% since September.
   Businesses can register cameras with the department's voluntary program.

5. SMALL BUSINESS SATURDAY. 24 businesses participated; passport game cards returned:
   310. Winner of the $500 gift card drawing: Ana Teixeira.

6. CITY UPDATE (Pierce). Storefront improvement grants reopen January 15 (up to $5,000,
   application RW277724). Parking meters on Queens Blvd. go to pay-by-phone in February.

ACTION ITEMS
- Mendes: thank-you letter to the city for the lights match
- Sethi: survey members on 2027 events
- Yoon: fix the association's website contact form (hosting ticket #98688)

Next meeting January 7, 8:00 am. Adjourned 9:10.
Minutes: Lucia Ferrante, Secretary""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Warming center volunteer schedule, Dec 14-27 (St. Mark's fellowship hall)

Hi warming center volunteers,

The overnight warming center opens at St. Mark's Episcopal fellowship hall (entrance on
the Oak Street side) whenever the forecast low is below 20 F. Here's the schedule for the
next two weeks. Shifts are 7 pm-1 am and 1 am-7 am.

DATE      EVENING (7-1)                 OVERNIGHT (1-7)
Mon 12/14 Barb, Kofi                    Rick, Anneliese
Tue 12/15 Laila, Pat                    Rick, Dev
Wed 12/16 Barb, Sung-min                Anneliese, Tony
Thu 12/17 Kofi, Pat                     Dev, Tony
Fri 12/18 Laila, Sung-min               Rick, Anneliese
Sat 12/19 (open)                        (open)
Sun 12/20 Barb, Kofi                    Tony, Dev
Mon 12/21-Sun 12/27: see the sign-up sheet; Christmas Eve and Christmas night are full.

NOTES
- Father Dan or the parish sexton will unlock at 6:45 pm; the hall's alarm code is with
  them, not with volunteers.
- Cots and blankets are in the storage room (room 147). The laundry service
  pickup (account IH246238) is Mondays.
- Dinner is donated by a different congregation or group each night; the meal schedule
  is posted on the kitchen door. St. Vincent de Paul provides breakfast.
- Guests don't need ID and are never asked about religion, immigration status or
  anything else. Everyone is welcome.
- Incident log in the red binder; for emergencies call 911, then the on-call coordinator
  at (608) 555-0113.
- Volunteer training refresher: Dec 12, 10 am (one hour).

Thank you for keeping our neighbors warm.
Sheila Grandberry, Warming Center Coordinator""",
        [],
    ),
    (
        """Subject: Onboarding plan for Nadia Petrosyan (Program Associate, starts 1/4)

Hi Owen,

Here's the onboarding plan for Nadia. You're her supervisor, so please look it over and
add anything program-specific.

FIRST DAY (Monday 1/4)
8:30  Welcome and I-9 with me (HR office, room 355)
9:30  IT setup: laptop (asset SBH2001638), email, Slack, Salesforce (ticket #15432)
11:00 Tour and introductions
12:00 Lunch with the team (budget code 6115)
1:30  Benefits enrollment (carrier group no. LX899506; Nadia chose the PPO)
3:00  Meet with you: role, 90-day plan

WORKPLACE ACCOMMODATION (approved 12/2)
Nadia has type 1 diabetes and uses an insulin pump and continuous glucose monitor. We've
approved: keeping her phone on her at all times (the CGM app runs on it, including in
workshops), breaks as needed for snacks or insulin, a small fridge drawer in the break
room for supplies, and flexibility to step out of long sessions. Please keep this
between you, me and Nadia. She is happy for the team to know she may need to step out,
but the details are hers to share.

FIRST MONTH
- Week 1: shadow the youth leadership sessions (Tuesdays and Thursdays, 4-6)
- Week 2: co-facilitate; start the attendance database cleanup
- Week 3: lead the parent night (1/21) with Jordan
- Week 4: 30-day check-in with you and me

PAY AND PAPERWORK
Salary $50,000; biweekly payroll. Direct deposit and W-4 are done through the payroll
portal, not by email.

Thanks,
Maribel Santos, HR Manager, Bridgeport Youth Leadership Project
(203) 555-0187""",
        [("health", "")],
    ),
    (
        """Subject: Hawthorne Commons - monthly owner report, November

Hello,

Here is the November owner report for Hawthorne Commons (24 units, 3115 Hawthorne Blvd,
Portland OR 98212-6802).

FINANCIAL SUMMARY
Gross potential rent          $38,880
Vacancy loss                  ($1,620)
Collected                     $36,540 (98.3% of billed)
Operating expenses            $14,212
Net operating income          $22,328
Reserve contribution           $2,000 (reserve account PJ634383)

OCCUPANCY
23 of 24 units occupied. Unit 14 turned over 11/15; painting and carpet complete
(vendor invoices INV-2026-3860 and INV-2026-2217). Showings this week.

NEW RESIDENT, UNIT 9
Dale Whitcomb moved in November 2 through the county's reentry housing partnership. As
we discussed before approval, Dale is on parole after his release from Snake River
Correctional in September, and his parole officer may make home visits; the lease
addendum and the partnership's guarantee (agreement BU137417) are in the file. So far,
so good: rent paid on time and he's already helped clear the storm drains.

MAINTENANCE
- 17 work orders completed, 2 open (units 3 and 20, both plumbing; PO PO 883814)
- Gutter cleaning done 11/20
- Smoke detector batteries replaced building-wide

CAPITAL PROJECTS
Roof replacement scheduled for June; three bids received (lowest $84,500, bid WQ985577).

UPCOMING
Annual fire inspection 12/14. Holiday hours: office closed 12/24-12/25.

Questions: (971) 555-0159.
Katrina Voss, Portfolio Manager, Pioneer Residential Management""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Winter concert run of show + program notes (Dec 16, 7 pm)

Hi music staff and volunteers,

Here's the final run of show for the Lakeside Middle School winter concert.

5:30  Student call (band room); volunteers set chairs in the gym (560 chairs)
6:00  Sound check: choir risers, band, jazz band mics 1-6
6:30  Doors open; programs handed out at both entrances
7:00  Welcome - Principal Abernathy
7:05  6th grade band: "Jingle Bells Fantasy", "Snow Day March"
7:20  7th grade choir: "Winter Wonderland", "Hanukkah, Oh Hanukkah", "Silent Night"
7:35  8th grade orchestra: "Sleigh Ride", "Carol of the Bells"
7:50  Intermission (PTO bake sale in the cafeteria, Square reader KJJ7563182)
8:05  Jazz band: "Feliz Navidad", "Christmas Time Is Here"
8:20  Combined choirs: "Light One Candle"; "This Little Light of Mine"
8:30  Closing and thank-yous

PROGRAM CORRECTIONS (printed programs went out before these)
- Jazz band soloist: the program lists "Alexandra Kim." Alex now goes by Alex and uses
  they/them pronouns; please announce them as "Alex Kim" on alto sax. Their parents asked
  us to make sure of it.
- 7th grade choir accompanist is Mr. Perez, not Ms. Hollander.

LOGISTICS
- Livestream on the district channel (stream key is in the AV binder).
- Lost and found will be at the front table.
- Parking: lots A and B; overflow at the church across the street (they've agreed).
- Tickets are free; the donation box supports the music trip (account JR596128).

Custodian on duty: Mr. Brooks, (586) 555-0132. Music office: (586) 555-0124.

Thank you!
Ms. Holloway, Choir Director""",
        [],
    ),
    (
        """Subject: Handover - email marketing stack (Mailchimp + Zapier), please read

Hi Kofi,

As you take over the newsletters, here is how our email setup hangs together. I've
listed everything I can think of.

MAILCHIMP
- Account: Standard plan, 18,400 contacts, billing to the development card
- Audiences: "Main" (ID CL956687) and "Volunteers" (ID BA667473)
- Tags we use: donor-2026, volunteer-active, event-gala, newsletter-es
- Templates: "Monthly v5" and "Appeal 2026"; please don't edit the footer (it holds the
  legally required mailing address)

INTEGRATIONS
- The website's signup form uses the Mailchimp for WordPress plugin
- The donor database syncs nightly through a small Zapier zap ("Bloomerang -> MC")
- Both use this API key:
  fe56703dc45239bb1ffa38e2fa182468-us12
  When you're set up, create a new key under Account > Extras > API keys, update both
  integrations, and then delete this one.

DELIVERABILITY
- Domain authenticated (DKIM, SPF) in September
- Average open rate 38%; clicks 4.1%
- Last month's complaint rate 0.02%, well below the 0.1% limit

CALENDAR
- Newsletter: first Thursday, 10 am
- Volunteer digest: every other Monday
- Year-end appeal series: 12/1, 12/15, 12/29, 12/31

BILLING
Last invoice INV-26-8973, $230. The plan renews monthly on the 9th.

If anything breaks, the Zapier task history shows the error. My cell until the 20th:
(720) 555-0149.

Thanks, and have fun with it!
Renata""",
        [("API_KEY", "fe56703dc45239bb1ffa38e2fa182468-us12")],
    ),
    (
        """Subject: Coastal Families Network - December newsletter (and a note from me)

Dear families and friends,

NETWORK NEWS
- 84 families joined the Network this year, from 11 states.
- The winter family retreat is February 13-15 at Camp Seabreeze (registration code
  TIX24ZZ; scholarships available).
- Our sibling workshop series returns in January (Tuesdays, 6 pm, online).

RESEARCH CORNER
The natural history study at Coastal Children's is still enrolling. Eligible families
can contact the study coordinator at (617) 555-0164, study no. FJ380010.

FUNDRAISING
The Shore Walk raised $42,600 (team of the year: "Maddie's Mermaids"). Thank you!

A NOTE FROM ME
Some of you have asked why I've been quiet this fall. In October we finally got the
results of our son Eli's genetic testing: he has a pathogenic SCN1A variant, which
confirmed what his neurologist suspected, that his seizures are Dravet syndrome. We've
started him on a new medication plan and he's had fewer bad nights since. I'm telling
you because this community taught us not to carry things alone. Thank you for the
casseroles and the patience.

VOLUNTEERS NEEDED
Retreat childcare helpers (must pass a background check): contact Melissa at
(617) 555-0138.

DONATE
Gifts by check to Coastal Families Network, PO Box 4406, Quincy MA 59266-6219.
EIN 81-7582576. Online: the donate button on our site.

With love,
Hannah Moreau, Founder and Director""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Genetic testing assistance program - 2026 results and 2027 changes

Dear partners and supporters,

Thank you for another year of support for our Genetic Testing Assistance Program. Here's
a summary for the board and our clinic partners.

2026 RESULTS (aggregate)
Applications received                       388
Tests funded                                312
Average grant per test                      $610
Referring clinics                           27
Turnaround (application to approval)        4.2 days
Results reported as positive (any finding)  31%
Families referred to a genetic counselor    100% (all tested families)

WHAT THE PROGRAM COVERS
Diagnostic exome and genome sequencing, targeted gene panels, and carrier screening for
families referred by a clinician. We pay the lab directly; families never receive a bill
from us.

PRIVACY
We don't receive results. Labs send results only to the ordering clinician. If a result
ever comes back positive for a condition covered by our family support fund, the clinic
can refer the family to us, and we will ask for only the minimum information needed.

2027 CHANGES
- Income limit raised to 400% of the federal poverty level
- New lab partner (agreement UT780311) with faster turnaround
- Online application in Spanish and Portuguese

FINANCES
Program expenses 2026: $190,320. Funding: the Whitfield Family Foundation (grant
YEF-2026-555), the state rare disease fund (YEF-2026-537), and 1,140 individual donors.

Questions: program line (857) 555-0127.
Dr. Celia Marchetti, Program Director, New England Rare Disease Alliance
EIN 85-2138246""",
        [],
    ),
    (
        """Subject: Winter league registration - batch 3 for data entry (Rez Runners Youth)

Hi Corinne,

Batch 3 of winter league registrations is below. Please enter them in TeamSnap and file
the paper forms in the 2027 binder.

#   PLAYER              AGE  TEAM           GUARDIAN             PHONE            PAID
31  Begay, Shawn        11   U12 Hawks      Loretta Begay        (505) 555-0106   $40 cash
32  Chee, Marisa        9    U10 Swifts     Daniel Chee          (505) 555-0173   $40 check 6661
33  Etsitty, Kyle       12   U12 Hawks      Rose Etsitty         (505) 555-0151   waiver
34  Harvey, Tayanita    10   U10 Swifts     Vernon Harvey        (505) 555-0179   $40 online
35  Joe, Brandon        13   U14 Eagles     Sheila Joe           (505) 555-0162   $40 online
36  Nez, Aubrey         11   U12 Hawks      Carl Nez             (505) 555-0121   $40 cash
37  Tsosie, Leah        13   U14 Eagles     Irene Tsosie         (505) 555-0190   waiver

NOTES
- 33 and 37: fee waivers approved under the chapter youth fund (voucher JH396233).
- 34: Tayanita is playing on the tribal-member scholarship slot, so her enrollment had
  to be verified. Vernon brought her Navajo Nation tribal ID card; she is an enrolled
  member, card no. NTC-669504. I've noted "verified" on the form; we don't need
  to keep a copy.
- Uniform order 20775798 for batch 3 goes in Friday (sizes on the forms).

SCHEDULE
Practices start January 9 at the chapter house gym (Mon/Wed 4:30-6). Games on Saturdays
at Window Rock and Gallup. The referee contract is KZ482985.

FORMS STILL MISSING
Sports physicals for 31 and 36; photo releases for 32 and 35.

Thanks!
Marlene Yazzie, League Coordinator
(505) 555-0114""",
        [("US_STATE_ID", "NTC-669504"), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Native American Heritage Month recap + Indian Education program update

Dear families and staff,

Thank you for a wonderful November! Here's a recap and our update for the year.

HERITAGE MONTH EVENTS
- Nov 6: Opening assembly with the Red Earth drum group (all schools via livestream)
- Nov 13: Family night with frybread and a beading workshop (214 attendees)
- Nov 20: Guest author visit, "Stories of the Four Directions" (grades 3-5)
- Nov 24: Film screening and panel at the high school auditorium

TITLE VI INDIAN EDUCATION PROGRAM (aggregate, district-wide)
Students served this year                    388
Schools with an Indian Education advocate    11
Tutoring sessions (Sept-Nov)                 1,412
Graduation rate, Native students (last year) 81% (up from 74%)
Culture and language classes                 Ojibwe (2 sections), Dakota (1 section)

FORMS
The ED 506 student eligibility form is used to count students for federal funding. It is
voluntary and kept confidential. Families can get a blank form from the school office or
the program office; please return it in the sealed envelope. Staff never ask students
about their tribal affiliation in class.

PARENT COMMITTEE
The Indian Education Parent Committee meets the second Thursday at 6 pm in room
272 of the district office. All are welcome; dinner is provided.

GRANT AND BUDGET
Federal award 21AE9468-01: $142,600 for this school year. The district's EIN for
partner organizations is 86-1532815.

Contact: Program office (218) 555-0140, 1400 Pine Ave, Suite 3, 89850-7910.

Miigwech,
Sarah Whitebird, Indian Education Coordinator""",
        [],
    ),
    (
        """Subject: Credit Builders Club - December update and a celebration

Hi Credit Builders,

CLASS SCHEDULE (Tuesdays, 6-7:30 pm, Room 2B at the Eastside Library)
Dec 8   Reading your credit report line by line
Dec 15  Holiday budgets that don't hurt in January
Jan 5   Setting 2027 goals (bring your plan)
Jan 12  Secured cards and credit-builder loans: what to ask

CREDIT-BUILDER LOANS
Our partner, Unity Federal Credit Union, still offers the $500 credit-builder loan to
club members (application code FALL01LM). Payments of $43/month for 12 months are
reported to all three bureaus. Loan documents reference the club's partnership
agreement, no. MA467195.

FREE TAX PREP
Tax season is coming! Free tax prep starts January 26; appointments at (313) 555-0186.

REMINDERS
- Pull your free reports at the official annual credit report site only.
- Never pay anyone who promises to "erase" accurate negative items.
- The club's matched savings fund: deposits are matched 1:1 up to $300 (account
  QQ398949).

A CELEBRATION
Denise Carrington asked me to share this with all of you, so here it is: when Denise
joined the club in January her score was 571, and her latest report shows
693. She paid off two old accounts, kept her secured card under 10% use, and
this month she was approved for her first car loan at a normal rate. Denise, we are so
proud of you!

Next month's coffee is on the club. See you Tuesday.

Lamont Greer, Financial Coach
Eastside Community Development Corporation, 8801 Mack Ave, Detroit MI 87028-2765""",
        [("CREDIT_SCORE", "571"), ("CREDIT_SCORE", "693")],
    ),
    (
        """Subject: Financial coaching outcomes, 2026 - report to the United Way panel

Dear panel members,

Here are the 2026 outcomes for our Financial Coaching program (United Way grant
YEF-2026-596).

PARTICIPATION
Clients enrolled                           312
Clients with 3+ coaching sessions          204
Workshops held                             38 (attendance 611)
Free credit report reviews                 287

CREDIT OUTCOMES (clients with a score at intake and at 6 months, n = 148)
Average score at intake                    596
Average score at 6 months                  641
Share with any score increase              78%
Share moving above 620                     46%
Collections resolved (total, all clients)  212 accounts, $188,400

SAVINGS AND DEBT
Average emergency savings at 6 months      $612 (from $85)
Average non-mortgage debt reduced by       $2,340
Clients opening a first bank account       57

STAFFING
3 coaches (2.6 FTE). All are certified through the national coaching certification
program (certificate numbers such as JX412827).

PARTNERS
Unity Federal Credit Union (credit-builder loans), Eastside Library (classrooms), and the
city's Office of Financial Empowerment.

BUDGET
Grant amount: $85,000. Spent: $84,120. A no-cost extension of the remaining $880 is not
needed; it will be returned.

Thank you for investing in these families.
Lamont Greer, Financial Coach and Program Lead
Eastside Community Development Corporation | EIN 86-8926250 | (313) 555-0102""",
        [],
    ),
    (
        """Subject: December resource packet for the Okonkwo-Reyes foster home

Dear Chiamaka and Luis,

Here's your December packet. As always, please call your licensing worker with any
questions.

1. TRAINING HOURS
   You have 14 of your 24 annual training hours. Upcoming free trainings:
   - Dec 9, 6-8 pm: Trauma-informed parenting (online, course LA875019)
   - Jan 13, 6-8 pm: Supporting school success
   - Jan 27, 10-12: CPR/First Aid recertification (room 265)

2. RESPITE
   Respite providers available in December: the Lindqvist and Mwangi homes. Book through
   the respite line at (614) 555-0115 at least a week ahead.

3. CLOTHING AND HOLIDAY
   Clothing allowance vouchers for the quarter are ready for pickup (voucher XH741327).
   The holiday gift program deadline is December 11.

4. REIMBURSEMENT PAYMENTS
   As you asked, we changed your monthly board payment to your new joint account. The
   change is effective with the January 1 payment ($1,140 for December). Please check
   the numbers we entered:
       Bank: Heartland Community Credit Union
       Routing number: 321084763
       Account number: 4120322271
   If anything is wrong, call the finance office at (614) 555-0178 before December 20.

5. MILEAGE
   Mileage for school and visit transport is reimbursed at $0.67/mile. November forms
   are due December 10 (form HI418646).

6. LICENSE RENEWAL
   Your home study update is due in March. The fire inspection is scheduled for
   February 16 (inspection GV165275).

Thank you for all you do.
Yolanda Baptiste, Licensing Worker, Franklin County Foster Care Network
(614) 555-0145""",
        [("ABA_ROUTING_NUMBER", "321084763"), ("US_BANK_NUMBER", "4120322271")],
    ),
    (
        """Subject: Riverside Chorale - winter newsletter, concert details and a farewell

Dear singers and friends,

WINTER CONCERT
"Songs of Light," Saturday, December 19, 7:30 pm, and Sunday, December 20, 3 pm, at the
Riverside Performing Arts Center. Call time 6:30 pm Saturday, 2:00 pm Sunday. Concert
black with the new blue scarves (pick yours up at rehearsal).

Tickets: $20 adults, $10 students. Ticket orders look like 5405936; if you ordered for
family, pick up at will call.

REHEARSALS
Dec 7 and Dec 14: regular rehearsals, 7-9:30 pm
Dec 17: dress rehearsal at the hall (loading door on Water St.)

MUSIC
Please return the November concert folders (folder numbers are inside the cover, like
3863). The choir library is missing 6 copies of the Rutter.

SPRING SEASON
Auditions for new members: January 9. Spring concert: Brahms Requiem, May 15.
Dues for the spring season: $90, due January 31 (scholarships available).

IN MEMORIAM
We lost our longest-serving alto, Ruth Baptiste, on November 22, at 84. Ruth sang with
the Chorale for 41 years. She died at home after a long fight with pancreatic cancer,
surrounded by family. Ruth was a lifelong member of Bethel AME Church, where she also
sang in the senior choir every Sunday; her homegoing service is there on December 5 at
11 am. The Chorale will sing "Precious Lord" at the service; rehearsal for that is
December 3 at 6 pm.

The board voted to dedicate the Sunday concert to Ruth.

With love,
Margaret Oyelowo, Chorale Manager | (804) 555-0153""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Hospice volunteer training - module 4 materials (practice scenarios)

Hi new volunteers,

Here are the materials for Saturday's module 4, "Communicating at the bedside." Please
read them before class (9 am-1 pm, Education Room 115, Valley Hospice, 2040 Fulton
Ave).

AGENDA
9:00   Review of module 3 (boundaries and confidentiality)
9:30   Listening skills: reflection, silence, open questions
10:30  Break
10:45  Practice scenarios in pairs (below)
12:15  Spiritual care: what the chaplain does, and what volunteers don't do
12:45  Wrap-up and sign-off sheet

PRACTICE SCENARIOS (TRAINING ONLY - FICTIONAL)
The people in these scenarios are invented for practice. Any resemblance to patients is
coincidental.

Scenario A. "Mr. Delaney," 78, has end-stage heart failure. He tells you he was a union
electrician for forty years and asks whether you think God forgives people who left the
church. Practice: reflect, don't advise.

Scenario B. "Mrs. Ocampo," 66, has metastatic breast cancer. Her wife is exhausted and
asks you to sit with her so she can nap. Practice: offering presence, respecting roles.

Scenario C. "Jamal," 45, has ALS. He mentions his years in prison and that his brother
won't visit. Practice: non-judgmental listening; when to involve the social worker.

SIGN-OFF
Bring your completed module 3 quiz. Your volunteer ID (e.g. 5815) goes on every
sheet. TB test results are due to volunteer services by January 15 (all volunteers).

Questions: Volunteer Services, (916) 555-0169.
Lorraine Tsai, Volunteer Coordinator""",
        [],
    ),
    (
        """Subject: Saturday work crew schedule, Dec 5 - Jan 30 (Habitat build site)

Hi crew leaders,

Here's the Saturday schedule for the Maple Row build (lots 4-7, 1110 Maple Row,
49689-8802). Crews start at 7:45 with the safety talk.

DATE    LOT 4 (framing)          LOT 5 (siding)          LOT 6/7 (site work)
12/5    Carlos, Dee, Nate        Ama, Jerry, Wen         Derek, Lou
12/12   Carlos, Ama, Nate        Dee, Jerry, Priscilla   Derek, Lou, Wen
12/19   Dee, Jerry, Priscilla    Ama, Carlos, Wen        Derek, Lou
12/26   NO BUILD (holiday)
1/2     NO BUILD (holiday)
1/9     Carlos, Ama, Wen         Dee, Nate, Jerry        Derek, Priscilla
1/16    Dee, Nate, Jerry         Carlos, Ama, Lou        Derek, Wen
1/23    Carlos, Dee, Priscilla   Ama, Nate, Wen          Derek, Lou
1/30    Ama, Jerry, Nate         Carlos, Dee, Wen        Derek, Priscilla

NOTES
- Derek is completing court-ordered community service hours as a condition of his
  probation, so he's on every Saturday through January. Crew leaders on lots 6/7, please
  sign his hours log at the end of each shift; the probation department checks it
  monthly (his log sheet is in the trailer, blue folder).
- Homeowner sweat-equity hours: the Mensah family (lot 5) and the Ortiz family (lot 6).
- Tool trailer lock combination is 2727; please re-lock.
- Lumber delivery (order 8118656) arrives 12/4; the crane is booked 1/9 (ticket
  #25890).
- Lunch is provided by a different sponsor each week (list in the trailer).

SAFETY
Hard hats and closed-toe boots, always. Ladder training for new volunteers at 7:30.

Build site lead: Eli Navarro, (720) 555-0194. Construction manager: (720) 555-0157.

Thanks!
Eli""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Court-referred volunteer policy (updated) - for site supervisors

Hi site supervisors,

The board approved the updated policy for court-referred community service volunteers on
November 19. Here's the text, followed by the practical steps.

POLICY 7.3 - COURT-REFERRED COMMUNITY SERVICE
1. Greenleaf Food Recovery accepts adults referred by courts, probation departments and
   diversion programs to complete community service hours, on the same terms as other
   volunteers.
2. We do not ask about, record, or discuss the offense or case. We only need the
   referral form, which lists the required hours and the agency contact.
3. Referred volunteers are scheduled like any other volunteer and may not be singled out
   by assignment, uniform or break schedule.
4. Supervisors sign hour logs truthfully. We do not sign for hours not worked.
5. We may decline a referral for reasons that apply to any volunteer (e.g. a role
   requiring a driving record check).
6. Referral forms are kept by the volunteer coordinator in a locked file for one year.

PRACTICAL STEPS
- New referral? Send the person to the volunteer coordinator, (612) 555-0141. Don't
  photocopy anything yourself.
- The referral agency contacts we work with most: the county community service office
  (reference numbers look like GI856526) and the youth diversion program.
- Logs: use form GFR-12 (a pad is at every site). Sign and date each line.
- Questions from an agency about a volunteer's attendance go to the coordinator.

TRAINING
A 30-minute supervisor refresher is on December 10 at 2 pm (video link to follow, room
134 for those at the warehouse).

Thank you for making every volunteer welcome.
Teresa Lund, Volunteer Program Director, Greenleaf Food Recovery""",
        [],
    ),
    (
        """Subject: VITA - two e-file rejects to fix before Monday (site FG452745)

Hi Marisol and Dev,

Two returns from last Saturday came back rejected. Please fix them on Monday before we
open. Everything else in the batch (2372713) was accepted.

REJECT 1 - return for Patricia Oyelaran (prepared by Dev, QR by Marisol)
Code IND-181-01: the Identity Protection PIN was missing. Patricia called today; her IP
PIN for this filing season, from her CP01A letter, is 264440. (For matching the
return in TaxSlayer: last four of her SSN 5683.) Please enter it in the
Identity Protection PIN field on the main info screen, re-run diagnostics, and
re-transmit. She doesn't need to come back in.

REJECT 2 - return for the Abernathy household (prepared by Marisol)
Code R0000-504-02: the dependent's date of birth doesn't match SSA records. Mrs.
Abernathy is bringing the birth certificate Monday at 10. Don't re-transmit until we've
seen it.

SITE NOTES
- Saturday count: 31 returns prepared, 29 accepted, 2 rejected (above).
- Refunds total so far: $186,420; EITC claimed on 14 returns.
- Supply order (paper, toner) is PO PO 539176; arrives Wednesday.
- The library's meeting room 215 is ours until 4 pm; please be out by 4:15.
- Volunteer hours sheet: please sign in and out every day.

Thanks for your careful work!
Aurelia Kwon, Site Coordinator, East Metro Free Tax Help
(651) 555-0131""",
        [("PIN", "264440"), ("US_SSN", "5683")],
    ),
    (
        """Subject: Gala ticket refunds and transfers - final list for reconciliation

Hi Wen,

Here's the final list of ticket refunds and transfers for the Lighthouse Gala (event
date 11/14), so you can reconcile the event account. Everything has been processed.

REFUNDS (cancellations before the 11/1 deadline)
Order     Purchaser              Tickets  Amount     Refunded to          Date
8967088  Abara, Chidi            2        $350.00    check 1399         10/22
6991468  Bell, Harriet           1        $175.00    original payment     10/25
11556949  Cortez, Manuel          4        $700.00    check 2447         10/29
3807333  Dahl, Ingrid            2        $350.00    see note             10/30

TRANSFERS (no refund; tickets moved to a new guest)
23129761  Everett, Paul  -> Everett, Sophie         1 ticket
96075377  Fong, Winnie   -> Park, Jae-won           2 tickets

CONVERTED TO DONATIONS (donor declined refund)
18994568  Gutierrez, Ana      2 tickets, $350.00 now a gift (receipt R26-31836)
32219487  Hartmann, Lois      1 ticket,  $175.00 now a gift (receipt R26-76558)

NOTE ON DAHL
Ms. Dahl bought on the event platform, but the platform's refund failed because her card
had been replaced. She called and asked that the refund go to her new card instead; I
processed it through our virtual terminal on 10/30 to her Visa ending in 1806
(auth UZWN7R). The platform shows the original order as "refund failed," so please
match it to the virtual terminal batch instead.

TOTALS
Refunded: $1,575.00. Transferred: 3 tickets. Converted to gifts: $525.00.
Platform fees not refunded: $42.18 (the platform keeps them).

Event account: GL 4800 (ticket revenue), class "Gala 2026". Platform payout IDs for
October: IB916227 and AZ983471.

Thanks!
Jasper Nwankwo, Events Associate, Lighthouse Youth Services
(843) 555-0123""",
        [("CREDIT_CARD_LAST_DIGITS", "1806")],
    ),
    (
        """Subject: Office move checklist - vendors, accounts and dates (Dec 18 move)

Hi all,

We move from 401 Front St. to 1250 Commerce Way, Suite 310, 75510-5359, on Friday,
December 18. Here is the checklist with vendor account numbers so whoever is on the phone
can find them.

UTILITIES AND SERVICES
- Internet: Comcast Business, account 8021 3084 9243 6200; install at the new office 12/16,
  8-12 (work order 74366885). Cancel the old service effective 12/21.
- Phones: RingCentral, account FJ855743; the main number (303) 555-0192 moves with us.
- Electric: Xcel Energy, new account set up, service start 12/14 (confirmation
  UMWUPE).
- Water and trash are included in the new lease.

MOVERS
- Two Guys Moving, estimate ZC995919, $4,180, crew of 4, truck arrives 7:30 am
- Crates are delivered 12/10 (20 crates, labels by department)
- IT equipment moves separately with our IT vendor on 12/17 (ticket #97930)

KEYS AND ACCESS
- New office key fobs (18) picked up from building management 12/15
- Old office keys returned to the landlord 12/21; the old keypad code 0630 will
  be deleted that day

MAIL
- USPS change of address filed, confirmation CDVPKQ
- Update the address on the website, letterhead, the state charity registration and our
  Candid profile
- Our EIN (86-9989807) stays the same; the bank just needs the new address

INSURANCE
- Certificate of insurance for the new landlord (policy HPL-9821753) sent 12/2
- Movers' certificate received

FURNITURE
- 12 desks from the surplus warehouse (PO PO 875373) delivered 12/17

Questions: Anika Wells, Operations, (303) 555-0171.""",
        [],
    ),
    (
        """Subject: Poll worker assignments - Precincts 401-412 (March 2 municipal election)

Hello poll workers,

Thank you for serving! Here are your assignments. Chief judges will call their teams this
week. Training is mandatory (see below).

As required by county rules, each board is balanced by party, using the party listed on
your poll worker application.

PRECINCT 401 (Lincoln Rec Center, gym)
  Chief judge: Harriet Vogel (DEM)
  Judges: Samuel Okoro (REP), Lena Marsh (DEM), Victor Pham (REP)
PRECINCT 402 (Grace Fellowship Hall, Room 297)
  Chief judge: Donald Reece (REP)
  Judges: Maria Esposito (DEM), Craig Whitman (REP), Ayesha Malik (DEM)
PRECINCT 403 (Fire Station 9 community room)
  Chief judge: Patricia Lund (DEM)
  Judges: Juan Herrera (REP), Nikki Soto (DEM), Leonard Grant (REP)
PRECINCTS 404-412: assignments in the attached spreadsheet (same format).

TRAINING (choose one; 3 hours)
- Feb 6, 9 am, Elections Office, 100 Main St., training room B
- Feb 9, 6 pm, Westside Library
- Feb 13, 9 am, online (link by email)

ELECTION DAY
Report at 5:45 am. Polls open 6:00 am to 8:00 pm. Bring your lunch; meal allowance of
$15 is included in your pay. Pay: $220 for judges, $260 for chief judges, plus $25 for
training. Payroll uses your poll worker ID (e.g. 9521).

SUPPLIES
Chief judges pick up supply cases Saturday, February 27, 9-noon (case numbers like
PT652446). Seal numbers must be logged on the opening form.

Questions: Elections Office, (515) 555-0147.
Carolyn Beaumont, Poll Worker Coordinator, Polk Valley County Elections""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Enrollment packet checklist for Zuri (Infant Room, start 1/11)

Hi Ms. Danielle,

Here's our checklist for Zuri's enrollment in the Infant Room. I've marked what's done and
added notes where I have questions.

[x] Enrollment agreement signed (tuition $1,480/month, 5 days)
[x] Registration fee paid ($150, receipt R2026-34632)
[x] Emergency contact form: me, Jerome (dad), and Grandma Pearl, (404) 555-0100
[x] Authorized pickup list (3 people)
[x] Infant feeding plan: labeled bottles, 4 oz every 3 hours; I'll bring a week's
    supply on Mondays
[x] Safe sleep acknowledgment signed
[ ] Immunization record (I'll bring the pediatrician's printout on her first day)
[ ] Physician's report form (pediatrician's office has it, request FG931548)
[ ] Photo release (still deciding)

A NOTE FOR HER FILE
The pediatrician asked me to tell you, in case it ever matters: Zuri's newborn screen
showed she has sickle cell trait. She's a carrier, not the disease, and the doctor said
there's nothing special to do; we'll talk about it more at her 2-month visit. I'd like it
on her file just so you know.

SUPPLIES I'M BRINGING
- 2 packs of diapers (size 1), wipes, diaper cream
- 3 changes of clothes, 2 sleep sacks, pacifiers labeled with her name
- Bottles (6), labeled

QUESTIONS
1. Is the classroom's parent app code the same for both parents? (We have EFF3LG.)
2. Can Grandma Pearl drop off on Wednesdays before 7:30?

Thanks so much, see you on the 11th!
Brianna Coleman
(404) 555-0116""",
        [("genetic", "")],
    ),
    (
        """Subject: Little Acorns Early Learning - family handbook updates for 2027

Dear families,

Our family handbook has been updated for 2027. Here are the sections that changed; the
full handbook is on the parent portal.

SECTION 4: HEALTH REQUIREMENTS
- Every child must have an up-to-date immunization record or a valid exemption on file,
  as required by state licensing. Records are due within 30 days of enrollment.
- A physician's report is required at enrollment and every year after.
- Medication can be given only with the signed medication authorization form, in the
  original container.

SECTION 5: ILLNESS POLICY
Children must stay home, or will be sent home, with:
- a temperature of 100.4 F or higher
- vomiting or diarrhea (two or more times in a day)
- an unexplained rash, or pink eye with discharge
Children may return 24 hours after symptoms end without medicine. If a contagious
illness is reported in a classroom, we'll notify families in that classroom without
naming the child.

SECTION 7: TUITION AND FEES
- Infant $1,480/month; Toddler $1,360; Preschool $1,150
- Sibling discount 10%
- Autopay available through the parent portal; we don't accept bank details by email.

SECTION 9: SAFE SLEEP AND FEEDING
Infants sleep on their backs in cribs with no blankets or bumpers. Breastmilk and formula
must be labeled with the child's name and date.

SECTION 11: ARRIVAL AND PICKUP
The front door keypad code 3250 changes quarterly; pickup only by authorized adults
with photo ID.

Licensing: state facility license no. TL444484. Questions: (404) 555-0168.
Little Acorns Early Learning, 2290 Peachtree Rd NW, 80472-1503""",
        [],
    ),
    (
        """Subject: Local 388 Bulletin - December (welcome new members!)

Sisters, brothers and friends,

CONTRACT UPDATE
Our bargaining team met with management at Riverbend Health Services on December 2 and
December 9. Wage proposals are on the table; next session is January 6. Updates will be
posted on the union board in the break room and on the website.

GENERAL MEMBERSHIP MEETING
Thursday, December 17, 6:30 pm at the union hall, 505 Commerce St. Dinner at 6. Agenda:
bargaining report, holiday food drive, 2027 steward elections.

WELCOME TO OUR NEWEST MEMBERS
These co-workers signed their membership cards in November. Say hello!
  - Tamika Rhodes, Dietary (Main campus)
  - Hector Villanueva, Environmental Services (North clinic)
  - Anjali Menon, Medical Records (Main campus)
  - Bill Sorensen, Transport (Main campus)

STEWARD TRAINING
New steward training is January 16, 9-3, at the hall (lunch provided). Register with the
office at (618) 555-0135.

HOLIDAY FOOD DRIVE
Bins are in all three break rooms through December 18. Last year we filled 62 boxes for
the Riverbend Food Pantry.

DUES AND RECORDS
Dues deductions appear on your pay stub as "L388 dues." If your address or phone changed,
call the office. Our federation affiliation number for the state filing is JJ116732.

In solidarity,
The Local 388 Executive Board""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Campaign update from the Fair Staffing Coalition - December

Hi everyone,

This is the December update from the Fair Staffing Coalition, our campaign for safe
staffing ratios in the state's nursing homes.

WHERE THE BILL STANDS
The Safe Staffing Act (HB 8560) had its committee hearing on December 3. More than
140 people testified, including nursing home workers, residents' families and three of
the state's largest unions. The committee chair has promised a vote in January.

OPEN TOWN HALLS (everyone welcome, union members or not)
- Jan 7, 6:30 pm: Springfield, Labor Temple, 2nd floor
- Jan 14, 6:30 pm: Carbondale, public library meeting room
- Jan 21, 6:30 pm: Peoria, Teamsters hall (parking in the rear lot)
RSVP isn't required, but it helps us plan food.

LOBBY DAY
Our lobby day at the Capitol is February 10. Buses leave from six cities (bus list
OF532726). Sign up by January 25.

BY THE NUMBERS
- 31 coalition member organizations, including 6 unions and 9 community groups
- 4,812 petition signatures delivered to the governor's office
- 212 letters to the editor published since June

WHAT YOU CAN DO
- Call your state representative (find them on the legislature's website)
- Share your story on our website (stories are published only with permission)
- Chip in to the coalition's education fund (EIN 86-0527887); gifts are not political
  contributions

Thank you,
Nia Washington, Campaign Coordinator, Fair Staffing Coalition
(217) 555-0128""",
        [],
    ),
    (
        """Subject: Parking permits for 2027 - applications received (Ashford Court)

Hi Mel,

Here are the 2027 parking permit applications received so far for Ashford Court. Permits
are due to be issued by December 28. Vehicle info is from the applications; I've checked
registrations against plates.

UNIT  RESIDENT            VEHICLE                    PLATE       SPACE  STATUS
101   Ortega, Luz         2017 Honda Fit             9AWA651    A-3    issued (OM864037)
104   Pruitt, Gary        2020 Ford F-150            RBT-4915    A-7    issued (GP526499)
203   Nakamura, Kei       2015 Toyota Prius          PJA-8936    B-2    issued (YA935341)
206   Adeyemi, Funke      2019 Subaru Outback        GEF-4987    B-5    pending, see note
305   Rask, Tobias        2012 Mazda 3               6VBY638    C-1    issued (AL627049)
308   Ellison, June       2021 Kia Soul              7QBD174    C-4    issued (PX331158)

NOTE ON UNIT 206
Funke just moved from Chicago and her car is still registered in Illinois. Our policy
needs the resident's licence number when the registration is out of state, so the
permit can be matched if the car is ticketed. She gave her Illinois driver's licence,
K786-5729-5691. Please enter it in the permit system and issue a temporary permit until
she re-registers the car here (she has 30 days).

OTHER
- Guest passes: 2 per unit per month; the book is at the office.
- Lot sweeping is scheduled for 12/22, 6-9 am (vendor work order 70867756).
- Tow company contract TO174997; towing of unpermitted cars resumes January 4.
- The lot gate code for residents changes 1/1 to 0603.

Office: (614) 555-0177.
Thanks,
Petra Jovanovic, Assistant Manager""",
        [("US_DRIVER_LICENSE", "K786-5729-5691")],
    ),
    (
        """Subject: Artist residency logistics - Kwame Asante (Jan 18 - Feb 26)

Hi team,

Here's the logistics summary for our winter artist in residence, textile artist Kwame
Asante from Kumasi. Please read the parts for your area.

1. TRAVEL AND VISA
   Kwame's visa interview at the embassy in Accra is on December 14. The embassy needs
   our invitation letter to list his passport number exactly as printed: Ghanaian
   passport G2421558. Sheila, please update the letter (draft in the residency folder)
   and send the signed PDF to Kwame by Thursday.
   Flight: Accra to New York, Jan 17 (booking XULFVG); then Amtrak to Hudson (ticket
   73774).

2. HOUSING
   Residency cottage 2 (the blue one). Cleaning on 1/15 (invoice INV-2026-8503). Winter boots
   and a coat are in the hall closet; please check sizes against his form.

3. STUDIO
   Studio C, with two floor looms from the weaving guild (loan agreement CD366820).
   Yarn and dye order 2433313 arrives the week of January 11.

4. SCHEDULE
   Jan 18      Arrival, welcome dinner
   Jan 21      Open studio for members
   Feb 4       Public talk, "Kente and the Grammar of Pattern," 7 pm, main hall
   Feb 11-13   Workshop for high school students (3 sessions)
   Feb 24      Closing exhibition opening
   Feb 26      Departure

5. HONORARIUM AND PER DIEM
   $6,000 honorarium in two payments; $40/day per diem. Payments go through the
   international payee portal (ticket #59538).

Questions: Sheila Morrow, Residency Manager, (518) 555-0109.""",
        [("US_PASSPORT", "G2421558")],
    ),
    (
        """Subject: Run of show - Festival of Nations Saturday stage (Feb 6)

Hi stage crew and volunteers,

Here's the run of show for the main stage at Saturday's Festival of Nations, Civic Center
Hall A. Stage manager: Joaquin Ruiz, (651) 555-0130.

10:00  Doors. Vendor hall open (64 booths; booth map v6)
10:15  Opening: Mayor's welcome (3 min) and the Dakota Youth Drum (10 min)
10:35  Ballet Folklorico Quetzalli (20 min; 12 dancers; quick change in dressing room 2)
11:05  Somali Youth Choir (15 min)
11:30  Hmong New Year dance troupe "Paj Ntaub" (15 min)
12:00  Lunch break; recorded music (playlist "Festival 2027")
12:45  Visiting artists from Ghana: Adinkra Drum and Dance Ensemble (30 min)
       Note: the ensemble's O-1 visas were approved in November and they arrive Thursday;
       their tour manager is Efua Mensah, (646) 555-0118.
1:30   Irish step dance, Rince na Cathrach school (20 min)
2:00   Ukrainian bandura ensemble (15 min)
2:30   Lion dance by the Twin Cities Lion Dance Association (outdoors, front plaza)
3:00   Filipino tinikling workshop for kids (audience participation)
3:30   Finale: all performers, "We Are One" (5 min)
4:00   Stage strike; load-out by 6:00

TECH
- 8 wireless handhelds, 4 lavs; drum mics for the Ghana ensemble (stage plot v2)
- Projection: performer names and countries in English and each group's language
- Interpreters: ASL interpreters at stage right all day

LOGISTICS
- Performer check-in at the green room; wristbands by group (list PF192700)
- Hospitality: water and fruit; lunch order 6966635
- Parking passes for performers: lot C, permit DH244073

Thanks, everyone!
Joaquin""",
        [],
    ),
    (
        """Subject: Accounts payable - new vendor setups, week of 11/30 (please approve)

Hi Lorraine,

Seven new vendors are ready for your approval in Bill.com. W-9s are on file for all of
them and the TIN match came back OK for each.

VENDOR                            TYPE              TIN (from W-9)   PAY BY   TERMS
Blue Ridge Printing LLC           LLC (S corp)      EIN 45-9165221      ACH      Net 30
Cardinal Catering Co.             Corporation       EIN 91-8529654      ACH      Net 15
Delgado Translation Services      Sole proprietor   see note         check    Net 30
Evergreen Facility Services Inc.  Corporation       EIN 84-2772237      ACH      Net 30
Foothill Youth Soccer Assn.       Nonprofit         EIN 81-4549524      check    on receipt
Greenbriar Plumbing               Partnership       EIN 86-9987430      ACH      Net 30
Harbor Sign & Banner              LLC (single mbr)  EIN 61-4200116      card     on receipt

NOTE ON DELGADO TRANSLATION SERVICES
Rosa Delgado is a sole proprietor without an EIN, so her W-9 has her Social Security
number: 065-23-8300. It's entered in Bill.com's encrypted TIN field; please don't copy it
anywhere else. We'll send her a 1099-NEC in January (she's at $2,340 so far this year).

OTHER AP ITEMS
- Invoices awaiting approval: INV-2026-4272 (Cardinal, $1,870), INV-2026-1534 (Evergreen,
  $3,400), INV-26-4858 (Harbor Sign, $612)
- Credit memo from Blue Ridge Printing for the misprinted postcards: XX144456 ($418)
- Check run Thursday: 14 checks, starting with check no. 1358
- The county's purchase order for the translation contract is PO 535127

Thanks!
Ellis Moreno, Accounts Payable, Valley Immigrant Resource Center
(559) 555-0181""",
        [("US_SSN", "065-23-8300")],
    ),
    (
        """Subject: St. Paul's Weekly - Advent schedule, giving update, parish notes

Dear friends of St. Paul's,

ADVENT AND CHRISTMAS SCHEDULE
- Sundays in Advent: 8:00 and 10:30 am
- Wednesday Advent soup suppers: 6 pm, followed by Evening Prayer at 7
- Christmas Eve: 4 pm family service (pageant), 10 pm candlelight service
- Christmas Day: 10 am
All services are open to everyone; the 10:30 service is livestreamed.

GIVING UPDATE
Pledges for 2027: 118 households have pledged $312,400 (goal $340,000). Pledge cards
can be returned in the plate or by mail. Year-end gifts of stock: the parish's brokerage
account information is available from the office; our EIN is 84-6792688.

OUTREACH
- Winter coat drive: 212 coats delivered to the Eastside shelter
- The food pantry served 640 households in November; volunteers needed Thursdays
- Giving Tree tags (gift requests from the family shelter) are in the narthex; tags are
  numbered, e.g. 81877, and return by December 14

PRAYER LIST
To add someone to the prayer list, call the parish office or use the card in the pew.
Names stay on for four weeks unless you ask us to renew them. We pray each week for
those who are sick, those who grieve, and all who serve in harm's way.

BUILDING
The boiler replacement (contract UR432495) is done. The nursery bathroom renovation
begins January 4; use the hall restrooms.

STAFF
Office hours Monday-Thursday, 9-3. Parish office: (401) 555-0187. Parish administrator:
Lydia Fenwick.

In Christ,
The Rev. Canon Martha Oyelaran, Rector""",
        [],
    ),
    (
        """Subject: Volunteer onboarding tech - handover of the ID verification setup

Hi Bao,

Before I leave on Friday, here's how the new volunteer onboarding flow works, and one
stuck case that needs a manual review.

THE FLOW
1. Applicant fills out the Volunteer Application (Jotform, form GD995453).
2. Jotform sends them a VeriCheck link. They photograph their ID and take a selfie.
3. VeriCheck compares the selfie to the ID photo and returns a face match score. Our
   threshold is 0.90. Above it, the background check order goes out automatically
   (Sterling, account OI660963).
4. Below it, the case goes to "Manual review" in the VeriCheck dashboard.

ACCOUNTS
- VeriCheck dashboard: your invite is pending; org ID OX611648
- Jotform: you're an admin now
- Sterling: Carmen is the admin; she'll add you

STUCK CASE (please review Monday)
Applicant: Dana Ruiz (applied 12/1 for the youth mentor role)
  ID document check: PASS (expiry OK, security features OK)
  Face match score: 0.84 (below threshold)
  Liveness: PASS
  VeriCheck note: "glasses glare"
Please have Dana come in with her ID so you can verify in person, then mark the case
"Verified in person" and release the background check order.

BILLING
VeriCheck bills $1.50 per check; November invoice INV-26-6857 ($186). Sterling bills
separately (invoice INV-2026-1862).

DATA RETENTION
VeriCheck deletes selfies and ID images after 30 days; we never download them.

Good luck!
Priscilla""",
        [("biometric", "")],
    ),
    (
        """Subject: Identity verification vendor - pilot results and decision memo

Hi leadership team,

Here's the summary of our three-month pilot of automated identity verification for
volunteer onboarding, and my recommendation.

PILOT RESULTS (Aug-Oct, aggregate)
Applicants who started verification           412
Completed verification                        376 (91%)
Automatic pass (face match above threshold)   341 (91% of completed)
Manual review                                 35
Median time to complete                       3 minutes 40 seconds
Applicant satisfaction (survey, 1-5)          4.3

WHAT THE VENDOR DOES
The vendor compares a selfie with the photo on the applicant's ID and returns a score;
images and templates are deleted after 30 days. We receive only pass/fail/manual-review
and the score, never the images. Our consent text has been reviewed by counsel; the
state's biometric privacy law applies, and the consent screen appears before any photo
is taken.

COSTS
$1.50 per verification (pilot total $618, invoice INV-26-2146). Annual estimate: $2,400.
Staff time saved: about 6 hours a month.

RISKS
- Applicants without a smartphone: keep the in-person option
- False rejects for people wearing glasses (about 4% of manual reviews in the pilot)
- Vendor lock-in: contract term is 12 months, renewable (draft contract SW634252)

RECOMMENDATION
Adopt the vendor for all volunteer onboarding from January 1, keep in-person
verification available to anyone, and review the rejection rate each quarter.

Please reply with questions before the December 15 leadership meeting.
Carmen Alvarado, Director of Volunteer Engagement
(412) 555-0160""",
        [],
    ),
    (
        """Subject: Conference logistics - hotel, room block and incidentals (Jan 27-29)

Hi Ravi,

Here's where we are on the Youth Workforce Convening at the Harborview Hotel. Please
review before I send the final rooming list on Friday.

CONTRACT
- Room block: 45 rooms (Jan 26-28), group rate $169 + tax, group code MLPMLU
- Meeting space: Salons A-C, breakout rooms 201-204 (BEO no. PK421751)
- Food and beverage minimum: $18,000; we're at $16,240 with the current menu
- Attrition: 80% of block; cutoff January 5

MASTER BILL AND INCIDENTALS
The hotel needs a card on file for the master account (rooms and tax for the 22 youth
delegates plus meeting space). Jocelyn authorized the development office Amex today;
the sales manager asked us to send the number and code by email rather than fill in
their fax form:
  Card: 3490 697404 51260
  CID (4 digits on the front): 2419
  Exp: 08/28, cardholder Jocelyn Marsh (billing ZIP on file)
Incidentals for adult attendees are on their own cards at check-in.

ROOMING LIST
Youth delegates are two per room; chaperones in adjoining rooms (list v3 in the shared
folder). Accessible rooms: 3 requested.

AV
Projectors and screens in all rooms; 2 wireless mics in Salon A; streaming quote
TA462881 ($1,400) pending.

TRANSPORT
Airport shuttle for 22 youth on Jan 26 (quote BW142459). Parking validation for day
attendees.

Please call me with questions: (617) 555-0174.
Monique Laurent, Events and Operations""",
        [("CREDIT_CARD", "3490 697404 51260"), ("CVV", "2419")],
    ),
    (
        """Subject: Vendor payment setup - how we pay contractors (for program managers)

Hi program managers,

A few of you have asked how to get a new contractor paid. Here's the process.

1. W-9 FIRST
   Every contractor fills out a W-9 through the secure vendor portal before any work
   starts. Individuals may use an SSN or an EIN; we encourage sole proprietors to get a
   free EIN from the IRS website. Never collect a W-9 by email, and never write a TIN in
   a ticket, spreadsheet or email.

2. TIN MATCH
   Finance runs the IRS TIN match. Results come back in 1-2 days.

3. PAYMENT METHOD
   Contractors enter their own bank details in the portal for ACH. We never take bank
   account numbers by phone or email; if someone asks you to "just update" bank details
   by email, forward it to finance: it's a common fraud.

4. INVOICES
   Invoices go to ap@ with the program's cost center (e.g. 4120) and the PO number (e.g.
   PO 170839). Finance pays Net 30.

5. 1099s
   Finance issues 1099-NEC forms in January to anyone paid $600 or more.

COMMON QUESTIONS
- Can we pay a contractor in cash? No.
- Can a contractor be paid before the W-9 is approved? No.
- What if the contractor is a nonprofit? Still need a W-9 (they'll have an EIN, like
  ours, 95-9723546).

Finance contact: Ellis Moreno, (559) 555-0148.
Thanks!
Joanne Park, Finance Director""",
        [],
    ),
    (
        """Subject: Grace Community Church - midweek news and prayer requests

Dear church family,

THIS SUNDAY
Worship at 9:30 and 11:00. The children's choir sings at the 11:00 service. Coffee hour
is hosted by the youth group (proceeds to the mission trip).

CALENDAR
- Wed Dec 9, 6:30 pm: Advent Bible study, fellowship hall
- Sat Dec 12, 9 am: Men's breakfast
- Sun Dec 13, 4 pm: Christmas cantata
- Thu Dec 17: Food pantry holiday distribution (volunteers, meet at 3 pm)

PRAYER REQUESTS
- For Walter Greene, home from the hospital after his heart bypass surgery last week;
  his wife June says cards are welcome but visits should wait until January.
- For the families at the Riverside shelter this winter.
- For our mission partners in Honduras.

FINANCES
Giving through November: $288,410 (budget $301,000). Building fund: $41,200 of $75,000.
Online giving link is on the website; our EIN for your tax records is 93-7496600.

MISSION TRIP
The youth mission trip to Appalachia is June 21-28. Deposits ($100) due January 15.
Fundraiser: Christmas wreath sale, order forms at the welcome desk (order numbers
look like 6042826).

FACILITIES
The sanctuary sound system upgrade (quote PC300943) was approved by the council. Snow
removal contract: Hillside Grounds, IR707570.

Church office: (317) 555-0103. Office hours Tuesday-Friday, 9-1.

Blessings,
Pastor Dwight Holloway""",
        [("health", "")],
    ),
    (
        """Subject: Sunrise Seniors Club - December newsletter

Hello, Sunrise Seniors!

DECEMBER EVENTS (Senior Center, 44 Elm St.)
- Dec 3: Holiday card-making, 10 am
- Dec 8: Trip to the botanical garden lights (bus leaves 4 pm; 38 seats, trip AD388110)
- Dec 10: Blood pressure and flu shot clinic by the county nurses, 9-12, open to all
- Dec 15: Holiday luncheon ($8; RSVP by Dec 10)
- Dec 22: Movie afternoon: "It's a Wonderful Life"

EXERCISE CLASSES
Chair yoga Mondays at 10; walking club Tuesdays and Thursdays at 9 (meet at the
flagpole); tai chi Fridays at 11.

MEMBERSHIP
Dues for 2027 are $12 (members get a card number like M-11847 for trips and
discounts). Pay at the front desk.

HAPPY NEWS
- Dolores and Frank Abernathy celebrated their 50th wedding anniversary on November 21
  with a party at the Elks Lodge. Congratulations!
- Ben Sato's granddaughter graduated from nursing school; he's been telling everyone.
- Welcome to new members Margaret Ochoa, Luis Pena and Harriet Wells.

VOLUNTEERS NEEDED
Drivers for the grocery shuttle on Wednesdays (van plate 1WCI230; must be 25+ with a
clean driving record). Call Rita at (330) 555-0125.

CENTER INFORMATION
Hours: Monday-Friday, 8:30-4:30. Phone (330) 555-0163. The center's meal program is
funded by the Area Agency on Aging (contract 14UY9302-03).

See you soon!
Rita Kowalski, Program Director""",
        [],
    ),
    (
        """Subject: 3rd grade field trip to the science museum - chaperone roster and notes

Hi chaperones,

Thank you for coming with us on Friday, December 11! Here's the plan.

SCHEDULE
8:45  Meet in Room 310; nametags and group lists
9:00  Buses depart (bus numbers 14 and 22)
9:45  Arrive; coats on the carts, bathrooms
10:00 Planetarium show "Journey to the Stars"
11:00 Exhibit halls (groups rotate: Dinosaurs, Body Worlds for Kids, Water Lab)
12:15 Lunch in the museum lunchroom (sack lunches from the cafeteria, order 2220454)
1:00  Hands-on lab: simple machines
2:00  Buses depart; back at school 2:45

GROUPS (5 students per adult)
Group 1 - Mr. Haddad: Aaron, Bella, Cyrus, Daisy, Elan
Group 2 - Mrs. Pruitt: Fiona, Gabe, Hana, Isaac, Jade
Group 3 - Ms. Tran-Whitley: Kofi, Lena, Milo, Nadia, Oscar
Group 4 - Jess Alvarez-Reed: Priya, Quinn, Rosa, Sasha, Theo
Group 5 - Mr. Olsen: Uma, Victor, Willa, Xavi, Yara

NOTES
- Sasha's moms, Jess and her wife Kim, are both coming: Jess has group 4, and Kim will
  meet us at the museum at 10 to help in the lab (she's on the volunteer list).
- Students should not buy anything in the gift shop; please remind your group.
- Medications travel with the school nurse in the blue bag.
- Museum tickets are prepaid (confirmation FE56YR); our group arrival window is 9:45.

EMERGENCY CONTACTS
Ms. Greenberg (teacher): (608) 555-0111. School office: (608) 555-0180.

Thanks!
Ms. Greenberg, 3rd grade, Room 221""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Hotel and travel for board members - annual retreat (Feb 19-21)

Hi board members,

Here are the travel details for the annual board retreat at the Lakeside Lodge.

LODGING
Rooms are booked for Friday and Saturday nights (Feb 19-20). The lodge has our group
rooming list; confirmation numbers look like 5474-638. Rooms and tax are billed to
the organization's master account; the lodge has our card on file through its secure
credit card authorization form, which our finance director submitted directly. Please
don't send any card numbers to the lodge yourselves. Incidentals (room service, spa) are
on your own card at check-in.

TRAVEL
- Carpools leave from the office (2100 Main St.) at 3:00 pm Friday. Drivers: Nadine,
  Curtis, Ben. Mileage reimbursed at $0.67/mile.
- If you fly, book your own and submit the receipt (up to $450; expense form VO332506).

AGENDA (draft)
Friday: dinner and a conversation with two program participants
Saturday: strategic plan review; finance committee report; fundraising training
Sunday: governance self-assessment; adjourn at noon

MEALS
All meals are provided. Dietary needs go on the RSVP form (we'll share only with the
lodge kitchen).

WHAT TO BRING
The strategic plan draft (v4), the board handbook, warm clothes for the Saturday walk.

D&O insurance (policy NPL-9020744) covers board activities at the retreat.

Questions: Tamsin Leigh, Board Liaison, (802) 555-0198.""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_49, "hard49", Path(__file__).with_name("hard-49.jsonl")))
