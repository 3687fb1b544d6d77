"""Hard set 69 (2026-12-07): chat, SMS and voicemail transcripts pasted into e-mail.

Written blind. I read only /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief69.txt. I ran
only throwaway generator and builder scripts under /tmp/hard69_gen/, this module (to validate
and write hard-69.jsonl), ruff format and ruff check on this file, and git add, commit and
rev-parse. No detector code, rules, docs, tests or other hard sets were opened, and the detector
was not run.
Slips: none.

Identifiers were generated with random.Random(6969) in /tmp/hard69_gen/gen.py: Luhn-valid card
numbers (Visa, Mastercard, Amex, Discover prefixes), ABA routing numbers with a valid Federal
Reserve prefix and checksum, SSNs that follow the SSA rules (no area 000, 666 or 900-999, no
group 00, no serial 0000), an ITIN in a valid group, mod-97-valid German and Spanish IBANs, and
random account, passport, licence, state ID, PIN and code digits; none is a published test
number or a trivial sequence. The secrets (SendGrid-shaped key, Twilio-shaped SID and token,
Stripe-shaped publishable key) are random characters in the vendors' shapes. Phone numbers are
555-01xx. All people, businesses and organisations are invented; real places, unions, drugs,
tests and vendors are named only as things people mention. The cases were shuffled with
random.Random(69) before being written here.

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
- Pasted chat, SMS and voicemail transcripts are read like other machine shapes: timestamps,
  display names, nicknames, emoji, reactions ("❤️ reacted to ..."), "(edited)" and
  "[image omitted]" are never part of a value. A value shown only in an omitted image ("here's
  my license [image omitted]") is not in the text and nothing is labelled.
- A value split over two consecutive bubbles that paste as two lines with no sender header
  between them is one value holding the line break (like a card broken over two lines).
- A bare answer in the bubble after a question is labelled as what was asked: "3152" after
  "last four of your social" is US_SSN; "Okonkwo" and "Biscuit" after the maiden-name and
  first-pet questions are PASSWORD; "408 286" after "QuickBooks wants a verification code" is
  ACCESS_CODE; "my methadone dose" after "what's the appointment for?" is health.
- A value the sender corrects in a later bubble is labelled every time it is written as a value
  of its kind: an SSN typed with two digits swapped and the corrected SSN are both US_SSN; a CVV
  first read upside down and the corrected CVV are both CVV; an old password and the current
  one are both PASSWORD; a tenant's savings account sent first and her checking account sent
  next are both US_BANK_NUMBER; a union's old account on file quoted back to a striking member
  and the new account she gives are both US_BANK_NUMBER.
- A message that was deleted in Slack but still appears in the export (a SendGrid key) is in the
  text: API_KEY. A rotated key kept in a password vault and "****redacted****" are nothing.
- Voicemail transcriptions: digits dictated as words are labelled from the first to the last
  digit word, filler ("uh", "um") and commas inside included; digits transcribed in spaced
  groups are labelled as transcribed (SSN "290 36 2086", Amex "3731 364715 37663"). A word the
  transcriber mangled is read as what it plainly stands for: "dial ices Monday Wednesday
  Friday at the Fresenius" is dialysis, health.
- Shorthand is read as written: "I'm SDA, sat is my sabbath" (Seventh-day Adventist) is
  religious_belief; "arraigned ... charge is poss w/ intent" is criminal_history; "BG 287 ...
  6 units lispro" is health; "rtg"/"acct" and "cc ... cvc" values are labelled as usual.
- A child taken by her father to jummah at the masjid every Friday is religious practice:
  religious_belief. A parishioner saying in a pledge voicemail that the family are members of
  the parish is religious_belief beside the bank values.
- "my mom got locked up again last night. she's at county" is jail custody of an identified
  relative: criminal_history. A parole officer who will call to verify employment "as part of
  his release conditions", and a PO's report date, are criminal_history. A treatment-court
  staffing update (clean UAs, Vivitrol, IOP) is criminal_history and health.
- A partner-notification text kept in a texting vendor's failed-message log still discloses to
  the named recipient: health and sexual_orientation.
- A woman writing about "my fiancée Jess ... she" and a man adding "my husband Andre" to a
  benefit plan disclose a same-sex partner: sexual_orientation. A man's "my wife Linda and I" is
  not labelled.
- Face-match and palm-match scores posted by a timeclock or gym-door integration into Slack for
  a named person are biometric.
- A penicillin allergy on a named child's trip medical form is health.
- A parcel-locker pickup code, a restaurant confirmation code, a safe combination, an alarm
  code, a lockbox, a door keypad and a guest Wi-Fi password open no account: never labelled.
  A username ("user: adaskitchen_llc") is not a password and is not labelled; the security
  answer beside it ("city where I was born: Enugu") is PASSWORD, and a birthplace so given says
  nothing about origin.
- Long references that only look like cards (a wire "Ref", USPS and UPS tracking numbers) and
  an EIN's last digits are not labelled; a training role-play marked FICTIONAL with
  deliberately invalid numbers, and placeholders ("###-##-####"), are nothing.
- A composite, name-changed participant story quoting texts, a bot's aggregate quarterly
  summary, a bot prompt answered "I do not wish to answer", and a credit union quoting the
  score range for its best rate disclose nothing.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_69: list[Case] = [
    (
        (
            "Subject: voicemail for tech help - Mr. Abernathy\n"
            "\n"
            "Hi Sam,\n"
            "Mr. Abernathy left this on the digital-literacy help line. He's "
            "trying to get into his bank\n"
            "app on the library computer. I haven't called him back yet; I wasn't "
            "sure we should be\n"
            "hearing codes at all.\n"
            "\n"
            "Transcribed by Google Voice:\n"
            "\"Yeah hi it's Walter Abernathy, I'm at the library, the bank app sent "
            "me a code on my flip\n"
            "phone and it says it's good for ten minutes, it's nine five six, uh, "
            "seven seven oh. Can\n"
            "somebody come put it in for me? I'm at computer number 6. Thanks.\"\n"
            "\n"
            "Jen, Adult Services"
        ),
        [
            ("ACCESS_CODE", "nine five six, uh, seven seven oh"),
        ],
    ),
    (
        (
            "Subject: phone order - Valentina - sympathy arrangement\n"
            "\n"
            "Hi Omar, please run this one, she texted it all in one message:\n"
            "\n"
            "Valentina Russo: cc 5167754429632763 exp 11/27 cvc 564 zip 02139, "
            "card is in my name\n"
            "Valentina Russo: please send the white lilies to Quinn Funeral Home "
            "by 10am Fri\n"
            "Me: will do, so sorry for your loss\n"
            "Valentina Russo: 🙏 thank you\n"
            "\n"
            "Thanks,\n"
            "Sylvie, Petal Street Florist"
        ),
        [
            ("CREDIT_CARD", "5167754429632763"),
            ("CVV", "564"),
        ],
    ),
    (
        (
            "Subject: Fwd: cake order texts - Okafor\n"
            "\n"
            "Hi Benny, can you run this one on the terminal before Saturday? I'm "
            "copying her texts\n"
            "below because the photo of the card was blurry. Delete this email "
            "after, please.\n"
            "\n"
            "---- Forwarded text thread (Chioma Okafor, 555-0147) ----\n"
            "Fri 11/27 4:02 PM\n"
            "Chioma: hi! it's Chioma, the 3 tier with the hibiscus flowers for Dec "
            "12\n"
            "Chioma: ok card is 4254 1857\n"
            "1175 8841\n"
            "Chioma: exp 03/29\n"
            "Me: got it, and the 3 digits on the back?\n"
            "Chioma: 321 🙏\n"
            "Me: perfect, deposit is $140, order #2291-C\n"
            'Chioma: ❤️ reacted to "perfect, deposit is $140, order #2291-C"\n'
            "\n"
            "Thanks!\n"
            "Tamsin\n"
            "Sugar & Salt Bakehouse"
        ),
        [
            ("CREDIT_CARD", "4254 1857\n1175 8841"),
            ("CVV", "321"),
        ],
    ),
    (
        (
            "Subject: Slack export - #ops-website, need the key rotated\n"
            "\n"
            "Hey Priya, pasting the relevant bit of the export. Nadim posted the "
            "live key in the channel\n"
            "before he deleted it, and the export still has it. Can you rotate it "
            "on the SendGrid side\n"
            "today?\n"
            "\n"
            "#ops-website - exported Dec 3, 2026\n"
            "Nadim Haddad  9:41 AM\n"
            "  newsletter form is 401ing again, here's what's in the prod env, can "
            "someone check it's\n"
            "  the right one\n"
            "  "
            "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\n"
            "  (edited)\n"
            "Jo Whitcombe  9:43 AM\n"
            "  😬 don't paste that here\n"
            "  :eyes: 2\n"
            "Nadim Haddad  9:44 AM\n"
            "  oh god sorry, deleting\n"
            "  This message was deleted.\n"
            "\n"
            "Thanks - Jo"
        ),
        [
            ("API_KEY", "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"),
        ],
    ),
    (
        (
            "Subject: grant narrative draft - participant story\n"
            "\n"
            "Hi Mercedes,\n"
            "For the story section I used a composite built from several "
            "participants' texts, with\n"
            "details changed, as the funder requires. Draft:\n"
            "\n"
            "\"One participant, whom we'll call J., texted his navigator the day he "
            "got his first state\n"
            "ID after years away: 'GOT IT!!! 📸' For J. and many like him, an ID is "
            "the first key to\n"
            'housing, work and benefits."\n'
            "\n"
            "Let me know if it reads too sentimental.\n"
            "Jerome"
        ),
        [],
    ),
    (
        (
            "Subject: Fwd: Fridays pickup for Aisha\n"
            "\n"
            "Hi team, see the texts from Aisha's mom. Please note on the pickup "
            "sheet that on Fridays\n"
            "her dad picks her up at 12:15.\n"
            "\n"
            "Safiya Rahman: Salaam Ms. Jo! starting next week her dad will get "
            "Aisha early on Fridays\n"
            "Safiya Rahman: he's taking her with him to jummah at the masjid now, "
            "she loves it\n"
            "Me: Of course! 12:15 ok?\n"
            "Safiya Rahman: perfect, jazakallah khair 😊\n"
            "\n"
            "Jo Whitfield\n"
            "Little Acorns Learning Center"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "Subject: new member - Skyler Lund\n"
            "\n"
            "Hi Membership,\n"
            "Skyler applied through the chat widget because the license upload "
            "kept failing.\n"
            "Transcript:\n"
            "\n"
            "Visitor (Skyler Lund): my license number is WDLZ6PXK23UB, Washington\n"
            "Agent (Noor): Thanks! And how long have you been licensed?\n"
            "Visitor (Skyler Lund): since 2017, no tickets\n"
            "Agent (Noor): Great, we'll run the driving record today.\n"
            "\n"
            "Noor, Green Wheels Car Share Co-op"
        ),
        [
            ("US_DRIVER_LICENSE", "WDLZ6PXK23UB"),
        ],
    ),
    (
        (
            "Subject: Failed SMS - ticket 30471, please review delivery\n"
            "\n"
            "Hi TextBridge support,\n"
            'One of our partner-services texts bounced with "carrier filtered". '
            "The message log from\n"
            "our dashboard:\n"
            "\n"
            "To: Devon Marsh (+1 555-0181)\n"
            "Status: FAILED (30007 carrier filtering)\n"
            'Body: "Hi Devon, this is Jai from the Eastside Health Project. '
            "Someone you had sexual\n"
            "contact with recently tested positive for gonorrhea. Please come in "
            "for free, confidential\n"
            'testing and treatment. Walk-ins M-F 9-5. Reply STOP to opt out."\n'
            "\n"
            "Can you tell us why it was filtered? We can't reach him any other "
            "way.\n"
            "Jai Mehta, Disease Intervention Specialist"
        ),
        [
            ("health", ""),
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Subject: W-4 / I-9 follow-up - Bashir\n"
            "\n"
            "Hi Greta,\n"
            "Bashir texted his SSN for the payroll setup; he corrected himself "
            "right after. Please use\n"
            "the second one and shred the sticky note I left on your desk.\n"
            "\n"
            "Bashir Nouri: hi it's Bashir, my social is 605-53-1906\n"
            "Bashir Nouri: sorry!! typo 605-53-1960\n"
            "Me: thanks, can you bring the card Monday for the I-9?\n"
            "Bashir Nouri: yes will do\n"
            "\n"
            "Deb, Office Manager\n"
            "Tall Oaks Landscaping"
        ),
        [
            ("US_SSN", "605-53-1906"),
            ("US_SSN", "605-53-1960"),
        ],
    ),
    (
        (
            "Subject: VM - question about what to bring\n"
            "\n"
            "Hi Monique,\n"
            "Voicemail from a client; can someone call her back?\n"
            "\n"
            '"Hi, this is Patrice Greer, I have the tax appointment Saturday, do I '
            "need my social\n"
            "security card and my driver's license, or just the license? And my "
            "daughter's card too?\n"
            "I can't find hers. Call me back, 555-0124. Thanks.\"\n"
            "\n"
            "Devon, VITA volunteer"
        ),
        [],
    ),
    (
        (
            "Subject: volunteer schedule - Saturdays\n"
            "\n"
            "Hi Nia,\n"
            "Quick one for the December schedule. From my texts with Esther:\n"
            "\n"
            "Esther Mwangi: I can do Tues and Thurs but never Saturdays, I'm SDA, "
            "sat is my sabbath\n"
            "Me: no problem, I'll put you on Tues/Thurs sorting\n"
            "Esther Mwangi: thanks! I can do Sunday events too\n"
            "\n"
            "Rob, Volunteer Coordinator, Harvest Table Food Pantry"
        ),
        [
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "Subject: Chat 5521-A - possible account takeover?\n"
            "\n"
            "Fraud team,\n"
            "Escalating this chat. The visitor passed knowledge-based verification "
            "but the typing\n"
            "pattern looked scripted. Please review before we reset online "
            "banking.\n"
            "\n"
            "Chat transcript - Lakeshore Teachers Credit Union\n"
            "14:02 Agent Bree: Hi! Before I can unlock online banking I need to "
            "verify you. What is\n"
            "your mother's maiden name?\n"
            "14:02 Visitor: Okonkwo\n"
            "14:03 Agent Bree: Thank you. And the name of your first pet?\n"
            "14:03 Visitor: Biscuit\n"
            "14:03 Agent Bree: And the last four of the debit card you use most?\n"
            "14:04 Visitor: 3019\n"
            "14:05 Agent Bree: Thanks, one moment while I review.\n"
            "\n"
            "Bree Halvorsen, Member Contact Center"
        ),
        [
            ("PASSWORD", "Okonkwo"),
            ("PASSWORD", "Biscuit"),
            ("CREDIT_CARD_LAST_DIGITS", "3019"),
        ],
    ),
    (
        (
            "Subject: Fwd: texts - Delgado graduation cake\n"
            "\n"
            "Hi Benny, can you put this on the board for the 19th? Thread below:\n"
            "\n"
            "Marta Delgado: hi! can I get the half sheet tres leches for Dec 19, "
            "pickup 2pm\n"
            "Me: yes! order #4418-D. Want to pay now or at pickup?\n"
            "Marta Delgado: do you need my card number?\n"
            "Me: nope, just pay at pickup 🙂\n"
            "Marta Delgado: perfect, my number is 555-0172 if anything changes\n"
            'Marta Delgado: 👍 reacted to "nope, just pay at pickup 🙂"\n'
            "\n"
            "Thanks,\n"
            "Tamsin, Sugar & Salt Bakehouse"
        ),
        [],
    ),
    (
        (
            "Subject: volunteer clearance - Marcus\n"
            "\n"
            "Hi Coach Ben,\n"
            "From my texts with the screening company:\n"
            "\n"
            "Checkr: Background check for Marcus Bell completed. Result: CLEAR. No "
            "records found.\n"
            "Me: thank you!\n"
            "\n"
            "Marcus can start with the U10 team Saturday.\n"
            "Alana, Big Siblings"
        ),
        [],
    ),
    (
        (
            "Subject: Q3 numbers for the board deck\n"
            "\n"
            "Hi Jerome,\n"
            "Pulled from the #data channel:\n"
            "\n"
            "Analytics Bot  8:00 AM\n"
            "  Q3 summary: 212 clients served · 38% Black · 27% Latino · 41 on "
            "probation or parole ·\n"
            "  19 enrolled in recovery programs · 64 housed\n"
            "Keisha Monroe  8:12 AM\n"
            "  can we add year-over-year?\n"
            "\n"
            "Slides by Friday please.\n"
            "Keisha"
        ),
        [],
    ),
    (
        (
            "Subject: Hernández return - ITIN for spouse\n"
            "\n"
            "Hi Dolores,\n"
            "Mr. Hernández sent his wife's ITIN by WhatsApp, here it is for the "
            "return. He also asked\n"
            "if the kids qualify for the CTC, can you check?\n"
            "\n"
            "[12/1/26, 6:44 PM] Rigoberto H.: buenas, el ITIN de mi esposa "
            "Marisela\n"
            "[12/1/26, 6:44 PM] Rigoberto H.: 990-98-4273\n"
            "[12/1/26, 6:46 PM] Rigoberto H.: the letter from IRS says renewed "
            "till 2029\n"
            "[12/1/26, 6:50 PM] VITA Eastside: Gracias, lo recibimos\n"
            "\n"
            "Omar, VITA site coordinator"
        ),
        [
            ("US_ITIN", "990-98-4273"),
        ],
    ),
    (
        (
            "Subject: numbers for the county call tomorrow\n"
            "\n"
            "Hi Sandra,\n"
            "From my Teams notes, in case you're covering:\n"
            "\n"
            "[Thu 9:02 AM] Dev Patel: county workforce office is 555-0190 ext "
            "4417, ask for Brenda\n"
            "[Thu 9:03 AM] Dev Patel: fax is 555-0191, they still want the form "
            "faxed 🙄\n"
            "[Thu 9:04 AM] Dev Patel: call is at 10:45, 30 min, agenda is the "
            "spring cohort\n"
            "[Thu 9:06 AM] Sandra Kim: got it\n"
            "\n"
            "Thanks,\n"
            "Dev, Midstate Fabrication"
        ),
        [],
    ),
    (
        (
            "Subject: FW: texts w/ Angela Moretti - prequal\n"
            "\n"
            "Hi Victor, forwarding my texts with Angela so you have them for the "
            "file.\n"
            "\n"
            "Me (Renee): Hi Angela, your middle score came back 612. We need 640 "
            "for the first-time\n"
            "buyer program.\n"
            "Me (Renee): what's pulling it down:\n"
            "- collection from Northgate Recovery, $1,284\n"
            "- 60 day late on your auto loan, March 2026\n"
            "Angela Moretti: ugh the collection is an old phone bill I thought I "
            "paid\n"
            "Me (Renee): if you can get it marked paid we'll rescore in 30 days\n"
            "Angela Moretti: ok calling them tomorrow\n"
            "\n"
            "Renee Lacroix, Homebuyer Counselor\n"
            "Open Door Housing Partnership"
        ),
        [
            ("CREDIT_SCORE", "612"),
            ("CREDIT_REPORT", "collection from Northgate Recovery, $1,284"),
            ("CREDIT_REPORT", "60 day late on your auto loan, March 2026"),
        ],
    ),
    (
        (
            "Subject: PCI incident? chat #60318 - card typed in chat\n"
            "\n"
            "Hi Farah,\n"
            "Flagging per our PCI procedure. The donor typed her full card into "
            "the web chat even though\n"
            "the bot warns not to, and the masking didn't catch it because of the "
            "dashes. Export from\n"
            "Zendesk:\n"
            "\n"
            "(14:21:09) Bot: Please don't share card numbers in chat. A team "
            "member will send a secure\n"
            "link.\n"
            "(14:21:40) Donor - Harriet Lowe: ok but can't you just take it, it's "
            "4496-6195-0662-9138\n"
            "(14:22:15) Agent - Owen: I'm sorry, I can't take it here. I'm sending "
            "the secure link now.\n"
            "(14:22:58) Donor - Harriet Lowe: fine lol\n"
            "\n"
            "Can you purge it from the ticket?\n"
            "Owen, Donor Care, Hope Springs Animal Rescue"
        ),
        [
            ("CREDIT_CARD", "4496-6195-0662-9138"),
        ],
    ),
    (
        (
            "Subject: newsletter idea\n"
            "\n"
            "Hi Meredith,\n"
            "From the board Teams chat:\n"
            "\n"
            "[Tue 7:40 PM] Bill Harmon: Senator Alvarado voted against the farm "
            "bill again, maybe\n"
            "mention it in the newsletter?\n"
            "[Tue 7:42 PM] Peg Lutz: we're nonpartisan, let's just link the roll "
            "call\n"
            "[Tue 7:43 PM] Bill Harmon: fair\n"
            "\n"
            "Meredith, Secretary"
        ),
        [],
    ),
    (
        (
            "Subject: Slack message from this morning\n"
            "\n"
            "Hi Ms. Ashford,\n"
            "You asked me to send anything related to the organizing. This was "
            "posted in our staff\n"
            "Slack (#general) by one of the baristas:\n"
            "\n"
            "Leah Tobin  7:22 AM\n"
            "  not trying to start drama but yes, I signed my union card with "
            "Workers United\n"
            "  yesterday. happy to talk to anyone who has questions\n"
            "  :heart: 5  :eyes: 2\n"
            "\n"
            "I haven't responded. What should I do?\n"
            "Greg Palmer, Owner, Daybreak Coffee Co."
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Corey's start date\n"
            "\n"
            "Hi Lorraine,\n"
            "Confirming Corey Pruitt starts on the line Monday the 14th. From my "
            "Teams chat with Dev:\n"
            "\n"
            "[Wed 1:40 PM] Dev Patel: heads up, his parole officer may call to "
            "verify employment, it's\n"
            "part of his release conditions\n"
            "[Wed 1:41 PM] Dev Patel: can you or I take that call? not the floor "
            "supervisors\n"
            "[Wed 1:43 PM] Sandra Kim: I'll take it, send it to my ext 2207\n"
            "\n"
            "Sandra, HR, Midstate Fabrication"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: please review - holiday SMS blast\n"
            "\n"
            "Hi Lena, can you approve this before 3? It goes to the 1,800 people "
            "on our text list.\n"
            "\n"
            '"Sugar & Salt Bakehouse: 🎄 Holiday pre-orders are open! Use code '
            "MERRY26 for 15% off any\n"
            "pie ordered by 12/18. Pickup Dec 22-24. Order at the link in our bio. "
            "Reply STOP to opt\n"
            'out."\n'
            "\n"
            "Last year's code was JOLLY25 so people might still try that one.\n"
            "Tamsin"
        ),
        [],
    ),
    (
        (
            "Subject: Unit 2A deposit refund\n"
            "\n"
            "Hi Walt,\n"
            "Still waiting on bank info for the 2A refund. Thread:\n"
            "\n"
            "Me: Hi Marcus, can you text me your routing and account number so I "
            "can send the deposit?\n"
            "Marcus Bell: can I just bring a voided check Friday? don't love "
            "texting that\n"
            "Me: sure, drop it in the box by the office\n"
            "Marcus Bell: 👍\n"
            "\n"
            "Denise\n"
            "Dominguez Property Mgmt"
        ),
        [],
    ),
    (
        (
            "Subject: phone order - Gundersen wreaths\n"
            "\n"
            "Hi Luz, please run this for the 6 wreaths (order W-1188). Mrs. "
            "Gundersen texted the card;\n"
            "note her correction on the security code:\n"
            "\n"
            "Ingrid Gundersen: 6011 7475 0213 4562 exp 10/28\n"
            "Ingrid Gundersen: code on back 916\n"
            "Ingrid Gundersen: oops sorry I was reading it upside down, it's 619\n"
            "Me: no problem, thank you!\n"
            "Ingrid Gundersen: 🎄\n"
            "\n"
            "Thanks,\n"
            "Arne, Nordic Pines Tree Farm"
        ),
        [
            ("CREDIT_CARD", "6011 7475 0213 4562"),
            ("CVV", "916"),
            ("CVV", "619"),
        ],
    ),
    (
        (
            "Subject: renter license - Saturday truck\n"
            "\n"
            "Hi Jamal,\n"
            "The renter for the 10' truck sent his license by text. The photo is "
            "in our phone only,\n"
            "I'll print it at the counter:\n"
            "\n"
            "Andre Flores: here's my license\n"
            "Andre Flores: [image omitted]\n"
            "Me: got it, thanks! see you at 9\n"
            "Andre Flores: 👍\n"
            "\n"
            "Lorna, Sunshine Budget Moving"
        ),
        [],
    ),
    (
        (
            "Subject: fundraiser payout\n"
            "\n"
            "Hi Owen,\n"
            "Good news from the fundraising app in our #finance Slack:\n"
            "\n"
            "GiveGrid  9:00 AM\n"
            "  💸 Payout of $1,240.00 to bank account ••••8812 initiated. Expected "
            "arrival: Dec 9.\n"
            "Farah  9:02 AM\n"
            "  🎉 that's the 5K money\n"
            "\n"
            "Can you log it in QuickBooks?\n"
            "Farah"
        ),
        [],
    ),
    (
        (
            "Subject: Support ticket #44190 - clock-in rejections\n"
            "\n"
            "Hi FaceClock support,\n"
            "One of our cooks keeps getting rejected at the kitchen tablet. The "
            "Slack alerts your\n"
            "integration posts to #timeclock are pasted below:\n"
            "\n"
            "FaceClock Bot  6:58 AM\n"
            "  ⚠️ Clock-in rejected - Tran, Minh (emp 0117)\n"
            "  face match 0.41 (threshold 0.80) · device KITCHEN-02\n"
            "FaceClock Bot  7:01 AM\n"
            "  ⚠️ Clock-in rejected - Tran, Minh (emp 0117)\n"
            "  face match 0.44 (threshold 0.80) · device KITCHEN-02\n"
            "Hoa Nguyen  7:03 AM\n"
            "  he's here I can see him lol, approving manually\n"
            "\n"
            "Could the new lighting have caused this?\n"
            "Thanks, Hoa Nguyen, GM, Pho Saigon Kitchen"
        ),
        [
            ("biometric", ""),
        ],
    ),
    (
        (
            "Subject: FW: your package is ready\n"
            "\n"
            "Hi Dana, the toner came to the locker at the Shell station instead of "
            "the office. Forwarding\n"
            "the text so you can grab it on your way in:\n"
            "\n"
            'From 555-0103: Your package is ready at Locker "Marigold" (Route 9 '
            "Shell). Pickup code:\n"
            "738214. Pickup by 12/9 or it will be returned. Do not share this "
            "code.\n"
            "Me: great, thanks\n"
            "From 555-0103: Replies to this number are not monitored.\n"
            "\n"
            "Thanks!\n"
            "Carmen, Office Manager, Westgate Community Arts"
        ),
        [],
    ),
    (
        (
            "Subject: Marcus Oyelaran - passport for the Costa Rica trip\n"
            "\n"
            "Hi Lisette,\n"
            "Marcus's dad sent this on the parents' GroupMe:\n"
            "\n"
            "Tunde Oyelaran: Marcus passport number 106460251, exp June 2031\n"
            "Tunde Oyelaran: he's allergic to penicillin btw, it's on the med form\n"
            "Ms. Huang: Thank you! I'll add both.\n"
            "\n"
            "Please add it to the airline manifest spreadsheet.\n"
            "Mei Huang, Trip Leader"
        ),
        [
            ("US_PASSPORT", "106460251"),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: FW: voicemail - salt order\n"
            "\n"
            "Facilities folks, the salt for the parking lot is in. Transcription:\n"
            "\n"
            '"Hi this is Gary from Hillside Hardware, calling about order number '
            "four four one, uh, nine\n"
            "two eight, the pallet of ice melt is in, you can pick up after two "
            "any day this week. Bring\n"
            "the truck, it's forty bags. Call back at five five five, oh one six "
            "six if you need it\n"
            'delivered instead. Thanks."\n'
            "\n"
            "Can someone with the pickup swing by Thursday?\n"
            "Len, Building Manager, Grace Community Center"
        ),
        [],
    ),
    (
        (
            "Subject: Open enrollment change - Paul Brennan\n"
            "\n"
            "Hi Gwen,\n"
            "From Paul's chat with our HR inbox:\n"
            "\n"
            "Paul Brennan: hey, want to add my husband Andre to the dental and "
            "vision at open\n"
            "enrollment\n"
            "HR: Sure! Marriage date?\n"
            "Paul Brennan: Aug 9 2025\n"
            "HR: We'll need his DOB, I'll send the form.\n"
            "\n"
            "Please add him to the carrier file.\n"
            "Nadia, People Ops, Linden & Co. Architects"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Subject: Bella's care while we're away\n"
            "\n"
            "Hi Kendra,\n"
            "Copying my texts to you here so you have everything in one email:\n"
            "\n"
            "Me: Bella gets 4 units of Vetsulin at 7am and 7pm, right after she "
            "eats\n"
            "Me: if she won't eat, skip the shot and call Dr. Han at 555-0151\n"
            "Me: the lockbox on the back door is 3390\n"
            "Kendra: got it! she's such a good girl 🐶\n"
            "Me: we're back Sunday night\n"
            "\n"
            "Thanks so much,\n"
            "Laurie"
        ),
        [],
    ),
    (
        (
            "Subject: reunion slideshow - DNA slide?\n"
            "\n"
            "Hi Dee,\n"
            "For the Whitaker reunion slideshow, Uncle Roy wants to include "
            "Grandpa's DNA results.\n"
            "From the cousins' chat:\n"
            "\n"
            "Roy Whitaker: Dad's AncestryDNA finally came back!!\n"
            "Roy Whitaker: 61% Nigeria, 22% Cameroon Congo & Western Bantu, 9% "
            "Ghana, 8% England &\n"
            "Northwestern Europe\n"
            "Tasha: Grandpa really said Yoruba king confirmed 😂\n"
            "Roy Whitaker: put it in the slideshow please\n"
            "\n"
            "Can your shop make a map graphic for that? Budget's about $150.\n"
            "Monique"
        ),
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Subject: VM - Gloria Pérez re: Thursday\n"
            "\n"
            "Dr. Amin, voicemail from this morning. Can you call her back about "
            "the blood thinner\n"
            "question?\n"
            "\n"
            "Transcription (Weave):\n"
            '"Hi this is Gloria Pérez, P-E-R-E-Z, I have the root canal Thursday '
            "at ten forty. I wanted\n"
            "to ask, I'm on Eliquis since my heart thing in August, do I need to "
            "stop it before? Um, and\n"
            "you can keep using the Mastercard ending in 9079 for the copay. My "
            "number is 555-0139.\n"
            'Okay, bye."\n'
            "\n"
            "Lena, front desk"
        ),
        [
            ("health", ""),
            ("CREDIT_CARD_LAST_DIGITS", "9079"),
        ],
    ),
    (
        (
            "Subject: parent conference - interpreter\n"
            "\n"
            "Hi Ms. Jo,\n"
            "Confirming from the Teams chat with the district:\n"
            "\n"
            "[Mon 1:15 PM] District Language Access: Mixteco interpreter confirmed "
            "for Thursday 3:30,\n"
            "parent conference for the Ruiz family\n"
            "[Mon 1:16 PM] Jo Whitfield: thank you! room 12\n"
            "[Mon 1:17 PM] District Language Access: 👍 by phone if the in-person "
            "interpreter is sick\n"
            "\n"
            "Jo"
        ),
        [],
    ),
    (
        (
            "Subject: onboarding bot - self-ID step working now\n"
            "\n"
            "Hi Alison,\n"
            "The bot finally saves to the HRIS. Here's the test I ran with "
            "Denise's consent:\n"
            "\n"
            "OnboardBot: Which best describes your race/ethnicity? (optional)\n"
            "Denise Wall: I do not wish to answer\n"
            "OnboardBot: Disability status? (optional)\n"
            "Denise Wall: I do not wish to answer\n"
            "OnboardBot: Thanks! You're all set.\n"
            "\n"
            "Brandon, IT"
        ),
        [],
    ),
    (
        (
            "Subject: strike pay week 3 - Deb's deposit bounced\n"
            "\n"
            "Hi Carlos,\n"
            "Deb Kowalczyk texted that her week 3 strike benefit didn't land. From "
            "the members'\n"
            "WhatsApp:\n"
            "\n"
            "[12/4/26, 5:02 PM] Deb K.: my strike pay never came, did I give you "
            "the wrong account?\n"
            "[12/4/26, 5:10 PM] Local 22 Office: we have routing 613266736 account "
            "790095060\n"
            "[12/4/26, 5:12 PM] Deb K.: oh no I closed that one, new one is "
            "1294807198 same bank\n"
            "\n"
            "Can you reissue to the new account?\n"
            "Marisa, Local 22 Office"
        ),
        [
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "613266736"),
            ("US_BANK_NUMBER", "790095060"),
            ("US_BANK_NUMBER", "1294807198"),
        ],
    ),
    (
        (
            "Subject: Vendor ticket - reminder calls sound robotic\n"
            "\n"
            "Hi CallPoint support,\n"
            "Patients say our reminder calls are hard to understand. Here's the "
            "transcript your system\n"
            "saved for one of Tuesday's calls:\n"
            "\n"
            '"Hello. This is Valley Family Clinic with a reminder for Joanne Pike. '
            "You have an\n"
            "appointment on Tuesday, December 8, at 10:40 AM with Doctor Osei. "
            "Press 1 to confirm, press\n"
            '2 to reschedule. Please arrive fifteen minutes early."\n'
            "\n"
            "Can the voice be slowed down?\n"
            "Mira, Practice Manager"
        ),
        [],
    ),
    (
        (
            "Subject: Slack recap - website keys\n"
            "\n"
            "Hi Priya, closing the loop from this morning in #ops-website:\n"
            "\n"
            "Jo Whitcombe  11:20 AM\n"
            "  rotated the SendGrid key, the new one is in the 1Password vault "
            'under "SendGrid prod".\n'
            "  please don't paste keys in Slack\n"
            "Nadim Haddad  11:24 AM\n"
            "  👍 also for the donate page Stripe widget, the publishable key goes "
            "in the HTML:\n"
            "  pk_live_QL5LjxmPpJJAklmepGSE5XhX\n"
            "Jo Whitcombe  11:25 AM\n"
            "  yep that one's public, fine in the page source\n"
            "\n"
            "So nothing left to do on our side. Thanks - Jo"
        ),
        [],
    ),
    (
        (
            "Subject: Visit notes - Mrs. Ferreira (Saturday)\n"
            "\n"
            "Hi Aline,\n"
            "Volunteer visit note from Saturday, pasted from Gloria's texts:\n"
            "\n"
            "Gloria (volunteer): Mrs. Ferreira was tired but chatty. Pain better "
            "since the new patch.\n"
            "Gloria (volunteer): She asked if Father Tom from Our Lady of Fatima "
            "can bring her\n"
            "communion on Sunday, she's gone there 50 years\n"
            "Gloria (volunteer): I told her I'd ask you\n"
            "\n"
            "Can you coordinate with the parish?\n"
            "Beth, Volunteer Coordinator, Valley Hospice"
        ),
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: VM from Terrence Boyd - dues question\n"
            "\n"
            "Rosa, this one's for you. He says he's been paying dues but isn't in "
            "our system.\n"
            "\n"
            "Voicemail transcription (RingCentral):\n"
            "\"Yeah this is Terrence Boyd, I'm a member of Local 1176, I work at "
            "the Kessler warehouse\n"
            "second shift. I've been paying dues out of my check since March but "
            "my steward, uh,\n"
            "Dwayne, says I'm not showing up on the list for the ratification "
            "vote. Call me back at\n"
            '555-0176, after two is best."\n'
            "\n"
            "Front desk, Warehouse Workers Local 1176"
        ),
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        (
            "Subject: Jaylen Pierce - court update\n"
            "\n"
            "Hi Board,\n"
            "Update from our court watcher in the Signal group this morning:\n"
            "\n"
            "Aubrey (court watch): Jaylen arraigned this AM, bail set at $2,500\n"
            "Aubrey (court watch): charge is poss w/ intent, PD is Ms. Farris\n"
            "Aubrey (court watch): family can cover $600\n"
            "Me: ok we'll post the rest today\n"
            "\n"
            "Desmond, Fund Coordinator, Community Bail Fund of Eastfield"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: webhook errors - donations not syncing\n"
            "\n"
            "Hi GiveGrid support,\n"
            "Our Slack alert shows the webhook failing since Tuesday:\n"
            "\n"
            "Zapier Alerts  2:14 AM\n"
            "  POST /hooks/donations -> 401 Unauthorized\n"
            "  Authorization: Bearer ****redacted****\n"
            "  request_id: req_8Hk2Lq7Vz\n"
            "  retry 3/5 scheduled 02:44\n"
            "\n"
            "Did something change on your end?\n"
            "Farah"
        ),
        [],
    ),
    (
        (
            "Hi Mercedes, good news for Darius's housing packet. He sent me this "
            "on Signal this morning:\n"
            "\n"
            "Darius 🦅: GOT IT!!! 📸 [image omitted]\n"
            "Darius 🦅: in case the pic is blurry the number on it is 422561172\n"
            "Me: that's huge, congrats!! did you tell your PO?\n"
            "Darius 🦅: yea Ms Kowalski said bring a copy to my next report date on "
            "the 16th\n"
            "Me: 👍 I'll add it to your file\n"
            "\n"
            "So the state ID is sorted. We still need the birth certificate for "
            "the SNAP recert.\n"
            "\n"
            "Jerome Baptiste\n"
            "Reentry Navigator, Second Chance Works"
        ),
        [
            ("US_STATE_ID", "422561172"),
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: bank stuff for while I'm in Lagos\n"
            "\n"
            "Femi,\n"
            "You'll need to handle the payroll transfers while I'm away. Here's "
            "what I sent you on\n"
            "WhatsApp, in one place:\n"
            "\n"
            "[11/30/26, 10:41 PM] Ada: First Keystone business online\n"
            "[11/30/26, 10:41 PM] Ada: user: adaskitchen_llc\n"
            "[11/30/26, 10:42 PM] Ada: pw Jollof&Plantain26\n"
            "[11/30/26, 10:43 PM] Ada: if it asks the security question, city "
            "where I was born: Enugu\n"
            "[11/30/26, 10:50 PM] Femi: ok 👍🏾\n"
            "\n"
            "Don't change anything else!\n"
            "Ada"
        ),
        [
            ("PASSWORD", "Jollof&Plantain26"),
            ("PASSWORD", "Enugu"),
        ],
    ),
    (
        (
            "Subject: VM - ride request for Mrs. Castellano\n"
            "\n"
            "Hi Dispatch,\n"
            "New ride request left overnight. The transcription is rough but "
            "readable.\n"
            "\n"
            "Voicemail (auto-transcribed):\n"
            '"Hi this is Nina Castellano calling for my mother, Rosa Castellano, '
            "she has dial ices\n"
            "Monday Wednesday Friday at the Fresenius on Route 9 at six fifteen in "
            "the morning, and my\n"
            "car died, so um, can she get on your rides list for the next two "
            "weeks? Call me at\n"
            '555-0154. Thank you so much."\n'
            "\n"
            "Pat, Volunteer Drivers of Greene County"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: Chat transcript #88407 - not verified, caller will phone in\n"
            "\n"
            "Tonya, for the callback queue. Transcript exported from LiveHelp:\n"
            "\n"
            "[15:02:11] Agent (Marcus): Thanks for contacting Riverbend Energy "
            "Assistance. To pull up\n"
            "the application I'll need your name and the last four of your social.\n"
            "[15:02:40] Visitor: Harold Beck\n"
            "[15:03:05] Visitor: i'm not comfortable typing that in a chat, can I "
            "call instead?\n"
            "[15:03:31] Agent (Marcus): Of course. Call 555-0110, option 3, and "
            "give reference\n"
            "RB-26-88407. We're open until 6.\n"
            "[15:03:50] Visitor: ok thanks\n"
            "\n"
            "Marcus Lindqvist\n"
            "Client Services"
        ),
        [],
    ),
    (
        (
            "Subject: Rachel + Jess - suit fittings\n"
            "\n"
            "Hi Corinne,\n"
            "Forwarding Rachel's texts so you can book the tailor. Lots of "
            "details, sorry!\n"
            "\n"
            "Rachel Adeyemi: hi!! update, me and my fiancée Jess both want to wear "
            "suits now 🤍\n"
            "Rachel Adeyemi: she's thinking sage green, I'm doing ivory\n"
            "Rachel Adeyemi: can we do fittings the week of Jan 11?\n"
            "Me: love it, I'll check with Marco\n"
            "Rachel Adeyemi: 🥹🥹\n"
            "\n"
            "Talk soon,\n"
            "Bea | Bloom & Vow Events"
        ),
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        (
            "Subject: staff holiday dinner - confirmed\n"
            "\n"
            "Hi team,\n"
            "We're booked! Confirmation text from the restaurant:\n"
            "\n"
            "From 555-0164: Casa Verde: Your reservation for 14 on Fri Dec 18 at "
            "7:30 PM is confirmed.\n"
            "Confirmation K7Q2XM. Reply C to cancel.\n"
            "Me: C? no don't cancel lol\n"
            "From 555-0164: Thank you, see you soon!\n"
            "\n"
            "Secret Santa limit is $25 again.\n"
            "Hoa"
        ),
        [],
    ),
    (
        (
            "Subject: FW: group chat - yard signs\n"
            "\n"
            "Board members, FYI since people asked whether the association is "
            "endorsing. We are NOT.\n"
            "But this was in the Maple Heights neighbors' WhatsApp, and Bill wants "
            "it moved off the\n"
            "association chat:\n"
            "\n"
            "[11/14/26, 8:03 AM] Gary Lindholm: I'm voting for Alvarez for "
            "council, sorry not sorry,\n"
            "and I've got 30 yard signs in my garage if anyone wants one\n"
            "[11/14/26, 8:05 AM] Peg: can we keep politics off here please\n"
            "[11/14/26, 8:11 AM] Gary Lindholm: just offering 🤷\n"
            "\n"
            "Thanks,\n"
            "Meredith, Secretary"
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Subject: Unit 3B deposit refund - bank info from tenant\n"
            "\n"
            "Hi Walt,\n"
            "For the 3B move-out refund ($1,150 after the carpet), Jasmine texted "
            "her bank info. Note\n"
            "she switched accounts halfway, use the second one:\n"
            "\n"
            "Jasmine Cole: hi mr. D, for the deposit\n"
            "Jasmine Cole: routing 653188366\n"
            "Jasmine Cole: account 3958747145\n"
            "Jasmine Cole: wait no that's my savings lol\n"
            "Jasmine Cole: checking is 4169853513\n"
            "Me: got it, I'll send to checking\n"
            "Jasmine Cole: thank u!! keys are in the drop box\n"
            "\n"
            "Thanks,\n"
            "Denise\n"
            "Dominguez Property Mgmt"
        ),
        [
            ("ABA_ROUTING_NUMBER", "653188366"),
            ("US_BANK_NUMBER", "3958747145"),
            ("US_BANK_NUMBER", "4169853513"),
        ],
    ),
    (
        (
            "Subject: Chat transcript #88213 - flag for supervisor review\n"
            "\n"
            "Tonya, the customer below gave more than we needed. Can you check "
            "whether we have to purge\n"
            "part of it from the CRM? Transcript exported from LiveHelp:\n"
            "\n"
            "[10:14:07] Agent (Marcus): Thanks for contacting Riverbend Energy "
            "Assistance. To pull up the\n"
            "application I'll need your name and the last four of your social.\n"
            "[10:14:52] Visitor: Eileen Sharpe\n"
            "[10:15:03] Visitor: 3152\n"
            "[10:15:40] Agent (Marcus): Thank you Eileen. I see the LIHEAP "
            "application from October.\n"
            "[10:16:22] Visitor: i need it expedited, i'm on oxygen at night since "
            "the COPD got worse and\n"
            "they said they'd shut off the 14th\n"
            "[10:17:01] Agent (Marcus): I'm sorry to hear that. I'll mark it "
            "medical priority. Can you\n"
            "upload a doctor's letter?\n"
            "[10:17:30] Visitor: ok my lung doctor is sending it\n"
            "[10:18:02] Agent (Marcus): Great. Your reference number is "
            "RB-26-88213.\n"
            "\n"
            "Marcus Lindqvist\n"
            "Client Services"
        ),
        [
            ("US_SSN", "3152"),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: Training - mock chat for new agents (FICTIONAL)\n"
            "\n"
            "All,\n"
            "Use this role-play in Thursday's PCI training. Everything in it is "
            "made up, including the\n"
            "numbers, which are deliberately invalid.\n"
            "\n"
            '[TRAINING] Visitor "Pat Example": hi can I just give you my card '
            "here? 4532 9910 2287 6104\n"
            "[TRAINING] Agent: I'm sorry, I can't accept card numbers in chat. "
            "I'll send a secure link.\n"
            '[TRAINING] Visitor "Pat Example": ok and my social is 900-41-2277 if '
            "you need it\n"
            "[TRAINING] Agent: Please don't share that. We never need your Social "
            "Security number.\n"
            "\n"
            "Discussion: what should the agent do with the transcript afterward?\n"
            "Owen, Donor Care Training Lead"
        ),
        [],
    ),
    (
        (
            "Atty. Greenberg,\n"
            "\n"
            "Ms. Mendoza texted the passport information tonight. Copying the "
            "thread (translated from\n"
            "Spanish by the phone, so the grammar is rough):\n"
            "\n"
            "Rosa Elena M: good evening licenciado here is the passport\n"
            "Rosa Elena M: [image omitted]\n"
            "Rosa Elena M: the number is G18275889 expire 2029\n"
            "Me (Sofía, paralegal): Thank you! We also need the date you entered, "
            "approximately\n"
            "Rosa Elena M: may of 2019 by Nogales I think the 14\n"
            "Me (Sofía, paralegal): perfect, thank you\n"
            "\n"
            "I'll put it in the FOIA draft tomorrow.\n"
            "Sofía Ruiz"
        ),
        [
            ("US_PASSPORT", "G18275889"),
        ],
    ),
    (
        (
            "Subject: gala tickets - Tom Nakamura\n"
            "\n"
            "Hi Hollis,\n"
            "From the website chat:\n"
            "\n"
            "Visitor (Tom Nakamura): hi, my wife Linda and I want two tickets to "
            "the Dec 12 gala\n"
            "Agent (Rebecca): Wonderful! I'll send the link. Any dietary needs?\n"
            "Visitor (Tom Nakamura): nope, see you there\n"
            "\n"
            "Rebecca, Development, Riverside Arts Council"
        ),
        [],
    ),
    (
        (
            "Subject: FW: New voicemail from (614) 555-0162 (0:58)\n"
            "\n"
            "Gail - this came in on the office line over the weekend. Can you set "
            "up her draft? The\n"
            "transcription is the phone system's, so read it generously.\n"
            "\n"
            "-----\n"
            "Voicemail transcription (confidence: medium)\n"
            "\"Hi, this is Loretta Quinlan, um, we've been members at Saint Casimir "
            "since we joined the\n"
            "parish in 2009 and I want to switch my, my pledge to the automatic "
            "withdrawal. The routing\n"
            "number is 721243858 and the account is\n"
            "three seven five, uh, four seven seven nine, seven nine five two "
            "eight.\n"
            "It's the checking at Buckeye Community. Thank you, God bless, call me "
            'if you need anything."\n'
            "-----\n"
            "\n"
            "Thanks,\n"
            "Deacon Phil"
        ),
        [
            ("ABA_ROUTING_NUMBER", "721243858"),
            (
                "US_BANK_NUMBER",
                "three seven five, uh, four seven seven nine, seven nine five two eight",
            ),
            ("religious_belief", ""),
        ],
    ),
    (
        (
            "Subject: transfer for the youth league\n"
            "\n"
            "Hi Coach,\n"
            "From my chat with the credit union this afternoon:\n"
            "\n"
            "Agent Bree: I see the business checking ending in 6621 for Eastfield "
            "Youth Soccer League.\n"
            "Visitor: yes that one, can you confirm the EIN on file?\n"
            "Agent Bree: For security I can only confirm the last digits, it ends "
            "in 8830.\n"
            "Visitor: yep that's us\n"
            "Agent Bree: Great, the transfer will post tomorrow.\n"
            "\n"
            "Dana, Treasurer"
        ),
        [],
    ),
    (
        (
            "Subject: Reservation 7714 - renter license\n"
            "\n"
            "Hi Jamal,\n"
            "The renter for Saturday's 15' truck couldn't get the upload to work, "
            "so he texted it.\n"
            "Please add it to the rental agreement:\n"
            "\n"
            "Curtis Flagg: [image omitted]\n"
            "Curtis Flagg: dl is W747-042-79-845-6 florida\n"
            "Me: Thanks Curtis, and exp date?\n"
            "Curtis Flagg: 08/2030\n"
            "Me: got it, see you at 8\n"
            "\n"
            "Lorna, Sunshine Budget Moving"
        ),
        [
            ("US_DRIVER_LICENSE", "W747-042-79-845-6"),
        ],
    ),
    (
        (
            "Subject: VM - Dr. Winslow's table for the gala\n"
            "\n"
            "Hi Hollis,\n"
            "Dr. Winslow left his card on voicemail for his table at the Dec 12 "
            "gala, even though I\n"
            "asked people not to. Transcription below. Please charge $2,500 and "
            "then I'll delete the\n"
            "message.\n"
            "\n"
            "Voicemail transcription (Vonage):\n"
            "\"Hi, it's Gerald Winslow. I'd like to buy the table for the gala, ten "
            "seats. Use the\n"
            "American Express, the number is 3731 364715 37663, um, expiration is "
            "September of\n"
            "twenty-eight, and the four digit number on the front is 4433. Any "
            "questions, call my\n"
            'assistant Cheryl at 555-0119. Thanks."\n'
            "\n"
            "Rebecca, Development, Riverside Arts Council"
        ),
        [
            ("CREDIT_CARD", "3731 364715 37663"),
            ("CVV", "4433"),
        ],
    ),
    (
        (
            "Subject: Teams bot export - voluntary self-ID (Keanu Kahale)\n"
            "\n"
            "Hi Alison,\n"
            "Our onboarding bot saved the self-ID answers into the chat instead of "
            "the HRIS form again.\n"
            "Copying them here; please enter them and then clear the chat history.\n"
            "\n"
            "OnboardBot: Which best describes your race/ethnicity? (optional)\n"
            "Keanu Kahale: Native Hawaiian or Other Pacific Islander\n"
            "OnboardBot: Veteran status? (optional)\n"
            "Keanu Kahale: I do not wish to answer\n"
            "OnboardBot: Thanks! You're all set.\n"
            "\n"
            "Brandon, IT"
        ),
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Subject: Ticket - palm scanner rejecting member\n"
            "\n"
            "Hi GateKeeper support,\n"
            "Member Rafael Ortega has been rejected at the front door twice this "
            "week. From the front\n"
            "desk Slack channel your integration posts to:\n"
            "\n"
            "GateKeeper  5:31 AM\n"
            "  ❌ Entry denied - Ortega, Rafael · palm match 61.8% (min 85%)\n"
            "GateKeeper  5:32 AM\n"
            "  ✅ Entry granted - Ortega, Rafael · palm match 97.2%\n"
            "Tori (desk)  5:40 AM\n"
            "  he had gloves on the first time lol\n"
            "\n"
            "Is 85% too strict for winter?\n"
            "Tori, Ironside Gym"
        ),
        [
            ("biometric", ""),
        ],
    ),
    (
        (
            "Subject: VM from Mrs. Halloran re: her card\n"
            "\n"
            "Hi Tomás,\n"
            "Mrs. Halloran called the care line; she wants you to pick up her "
            "groceries with her debit\n"
            "card Thursday. Transcription:\n"
            "\n"
            "\"Tomás, it's Bernadette Halloran. The card is in the blue envelope on "
            "the fridge, the pin is,\n"
            "um, seven two five four. Get the, um, the Ensure and the bananas. "
            'Thank you dear."\n'
            "\n"
            "Care line, Helping Hands Home Care"
        ),
        [
            ("PIN", "seven two five four"),
        ],
    ),
    (
        (
            "Subject: Fwd: message from the Tuesday group chat\n"
            "\n"
            "Father Mike,\n"
            "Thanks again for letting us use the parish hall. Stan asked me to "
            "share this with you since\n"
            "you've been rooting for him:\n"
            "\n"
            "[12/1/26, 9:14 PM] Stan W.: 90 days today 🎉🎉 couldn't have done it "
            "without my sponsor\n"
            "Ray and you all\n"
            "[12/1/26, 9:15 PM] Gina: SO proud of you Stan!!\n"
            "[12/1/26, 9:15 PM] Ray K.: 💪 one day at a time brother\n"
            "\n"
            "See you Tuesday,\n"
            "Len, group secretary"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: VM from Pastor Ruth - ushers\n"
            "\n"
            "Hi Gail,\n"
            "The voicemail that went out to the whole volunteer list; "
            "transcription for the newsletter:\n"
            "\n"
            "\"Hi everyone, it's Pastor Ruth. We still need four ushers for the "
            "Christmas Eve candlelight\n"
            "service at 10. If you can help, call the office at 555-0112. God "
            'bless, and thank you."\n'
            "\n"
            "Gail, Parish Office"
        ),
        [],
    ),
    (
        (
            "Subject: Standing ride request - Mr. Salas\n"
            "\n"
            "Hi drivers,\n"
            "From the dispatch chat, a new standing ride:\n"
            "\n"
            "Dispatch (Kim): what's the appointment for? we prioritize medical\n"
            "Hector Salas: my methadone dose at the clinic on Elm, every morning "
            "at 7, can't miss it\n"
            "Dispatch (Kim): ok got it, standing ride Mon-Sat 6:40 pickup\n"
            "\n"
            "Kim, Neighbors Ride Program"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: FW: parents' group chat\n"
            "\n"
            "Hi nurse Cathy,\n"
            "Parents are asking in the class WhatsApp; can you confirm?\n"
            "\n"
            "[12/3/26, 7:45 PM] Lindsey: school nurse is offering flu shots Friday "
            "to all students,\n"
            "right? do we need to sign something?\n"
            "[12/3/26, 7:47 PM] Marco: consent form came home Monday in the blue "
            "folder\n"
            "[12/3/26, 7:48 PM] Lindsey: ahh thank you\n"
            "\n"
            "Jo"
        ),
        [],
    ),
    (
        (
            "Subject: Checking in about Tyrese\n"
            "\n"
            "Hi Coach Ben,\n"
            "Tyrese texted me late last night. I'm forwarding since you'll see him "
            "at practice today\n"
            "before I do. Please go easy on him if he's off.\n"
            "\n"
            "Tyrese: u up?\n"
            "Tyrese: my mom got locked up again last night. she's at county\n"
            "Tyrese: im at my aunts for now\n"
            "Me: I'm so sorry. Are you safe at your aunt's?\n"
            "Tyrese: ya\n"
            "Tyrese: can u not tell nobody at school\n"
            "Me: I won't. I'll call you after 3:30\n"
            "\n"
            "Alana, Big Siblings mentor"
        ),
        [
            ("criminal_history", ""),
        ],
    ),
    (
        (
            "Subject: Square login for weekend - Maya covering\n"
            "\n"
            "Hi Maya, thanks for covering the shop Saturday. My texts with the "
            "login got messy so here's\n"
            "the thread again, use the second password:\n"
            "\n"
            "Me: login is the shop gmail, pw Marigold!2023\n"
            "Me: wait no\n"
            "Me: it's Marigold!2024, we changed it in January\n"
            "Maya: 👍 got it\n"
            "Maya: and the alarm?\n"
            "Me: 8 8 1 5 then OFF. the back door sticks, shove it\n"
            "\n"
            "Thanks!!\n"
            "Hollis, Fern & Thistle Flowers"
        ),
        [
            ("PASSWORD", "Marigold!2023"),
            ("PASSWORD", "Marigold!2024"),
        ],
    ),
    (
        (
            "Subject: weekend access for the volunteers\n"
            "\n"
            "Hi all, for Saturday's distribution, here's what Ruth sent in Teams:\n"
            "\n"
            "[Fri 2:10 PM] Ruth Osei: side door keypad is 4187#, the lockbox on "
            "the shed is 0923\n"
            "[Fri 2:11 PM] Kofi Mensah: and the wifi for the check-in tablets?\n"
            "[Fri 2:11 PM] Ruth Osei: HarvestGuest / sunflower2026\n"
            "[Fri 2:12 PM] Ruth Osei: alarm is off on Saturdays, don't worry about "
            "it\n"
            "\n"
            "Doors open at 8:30, distribution starts at 9:15.\n"
            "Kofi, Harvest Table Food Pantry"
        ),
        [],
    ),
    (
        (
            "Subject: Handover notes - banking (please read before I leave Friday)\n"
            "\n"
            "Kofi,\n"
            "Pulling together what you'll need while I'm out. A few of these I'd "
            "only ever sent you in\n"
            "Teams, so I'm copying them here to have it in one place:\n"
            "\n"
            "[Mon 10:12 AM] Ruth Osei: for the phone banking line at Valley "
            "Commerce the PIN is 3680,\n"
            "they'll ask for the business name first\n"
            "[Mon 10:13 AM] Ruth Osei: online banking you'll get your own login, "
            "don't use mine\n"
            "[Mon 10:14 AM] Kofi Mensah: ok. what's the safe combo again?\n"
            "[Mon 10:14 AM] Ruth Osei: 14-32-07, same as always\n"
            "\n"
            "Invoices go out on the 15th. Good luck!\n"
            "Ruth"
        ),
        [
            ("PIN", "3680"),
        ],
    ),
    (
        (
            "Subject: Twilio creds for the reminder texts\n"
            "\n"
            "Hi Joaquín,\n"
            "Our contractor shared these in Teams so you can finish the "
            "appointment-reminder\n"
            "integration. Please move them into the vault and tell me when it's "
            "done.\n"
            "\n"
            "[Thu 4:05 PM] Sam Reilly (contractor): Account SID "
            "AC20839fe1001ef2968005b8dfbf7b7061\n"
            "[Thu 4:05 PM] Sam Reilly (contractor): Auth token "
            "d2db150987e2082758cb540a21c7edff\n"
            "[Thu 4:06 PM] Sam Reilly (contractor): sending number is +1 555-0107\n"
            "\n"
            "Thanks, Tasha\n"
            "Neighborhood Legal Clinic"
        ),
        [
            ("API_KEY", "d2db150987e2082758cb540a21c7edff"),
        ],
    ),
    (
        (
            "Subject: bulletin copy for Sunday\n"
            "\n"
            "Hi Phil,\n"
            "From the staff group chat, for the bulletin:\n"
            "\n"
            "Pastor Ruth: Advent 3 this Sunday, Lessons & Carols on the 20th at "
            "4pm\n"
            "Pastor Ruth: Christmas Eve services 5pm family, 10pm candlelight\n"
            "Gail (office): ok and the blue Christmas service?\n"
            "Pastor Ruth: Dec 21, 7pm, chapel\n"
            "Gail (office): 👍\n"
            "\n"
            "Gail, Parish Office"
        ),
        [],
    ),
    (
        (
            "Subject: Reimbursement - Familie Brandt (host family, Feb trip)\n"
            "\n"
            "Hi Accounts,\n"
            "Please reimburse the Brandts €312.40 for the museum tickets they "
            "advanced for our\n"
            "students. Frau Brandt sent her bank details in the WhatsApp group for "
            "the trip:\n"
            "\n"
            "[28.11.26, 19:03] Katrin Brandt: Hallo! For the refund please use "
            "this account\n"
            "[28.11.26, 19:03] Katrin Brandt: DE58 7204 5886 7453 3441 39\n"
            "[28.11.26, 19:04] Katrin Brandt: Katrin & Jörg Brandt, Sparkasse\n"
            "[28.11.26, 19:10] Ms. Park: Danke! I'll pass it on.\n"
            "\n"
            "Thanks,\n"
            "Hyun-ji Park, Program Director, Bridges Student Exchange"
        ),
        [
            ("IBAN_CODE", "DE58 7204 5886 7453 3441 39"),
        ],
    ),
    (
        (
            "Subject: wire confirmation - venue deposit\n"
            "\n"
            "Hi Rebecca,\n"
            "The bank texted the confirmation for the gala venue deposit. Copying "
            "it for the file:\n"
            "\n"
            "From 555-0146: Valley Commerce Bank: Outgoing wire of $4,000.00 to "
            "HARBORVIEW EVENTS LLC\n"
            "completed. Ref 4485 2210 9763 0018. Questions? Call 555-0147.\n"
            "\n"
            "Please attach it to the PO.\n"
            "Hollis, Finance"
        ),
        [],
    ),
    (
        (
            "Subject: RE: 200 more signs?\n"
            "\n"
            "Hi Carla,\n"
            "Text from one of our regulars about a reorder:\n"
            "\n"
            "Walt Kaminski: can you print 200 more of the Reyes for Mayor signs? I "
            "already gave $500 to\n"
            "her campaign and I'd rather do this than write another check lol\n"
            "Walt Kaminski: same as last time, 18x24 corrugated\n"
            "Me: sure, I'll get a quote out\n"
            "Walt Kaminski: 👍\n"
            "\n"
            "Can you quote it? He'll pay cash at pickup.\n"
            "Eli, front counter, Union Street Print"
        ),
        [
            ("political_opinion", ""),
        ],
    ),
    (
        (
            "Subject: bug - W-9 form validation\n"
            "\n"
            "Hi dev team,\n"
            "Our intake chat widget is rejecting valid formats. Steps from the QA "
            "chat:\n"
            "\n"
            "QA (Ines): enter SSN as ###-##-#### with real digits, works\n"
            'QA (Ines): enter it as 9 digits no dashes, error "invalid SSN"\n'
            "QA (Ines): same for EIN, XX-XXXXXXX works, no-dash fails\n"
            "\n"
            "No real data was used. Can you loosen the regex?\n"
            "Ines"
        ),
        [],
    ),
    (
        (
            "Subject: loan question from a member\n"
            "\n"
            "Hi Victor,\n"
            "From the credit union chat:\n"
            "\n"
            "Visitor: what credit score do I need for your used car loan?\n"
            "Agent Bree: Our best rate, 6.49% APR, usually goes to scores of 700+, "
            "but we look at the\n"
            "whole picture. Want me to have a loan officer call you?\n"
            "Visitor: not yet, thanks\n"
            "\n"
            "Bree, Member Contact Center"
        ),
        [],
    ),
    (
        (
            "Subject: Nia - newborn screen follow-up\n"
            "\n"
            "Hi Grace,\n"
            "Nia's mom, Tamara, texted me after the pediatrician visit. She said I "
            "could pass it on to\n"
            "you for the home visit notes:\n"
            "\n"
            "Tamara J.: newborn screen came back, ped said Nia has sickle cell "
            "trait\n"
            "Tamara J.: she said it's just trait not the disease and we'll talk "
            "more at the 2 month\n"
            "Me: thanks for letting me know, we can talk about it Thursday\n"
            "\n"
            "Yvonne, Family Home Visiting"
        ),
        [
            ("genetic", ""),
        ],
    ),
    (
        (
            "Subject: FW: receipt - Gwen\n"
            "\n"
            "Hi Joe,\n"
            "Gwen forwarded her donation receipt text asking if it went through "
            "twice. It didn't:\n"
            "\n"
            "From 555-0188: Thanks Gwen! Your $25 contribution to Friends of Maya "
            "Chen was charged to\n"
            "Visa ending 7697. Paid for by Friends of Maya Chen. Reply STOP to "
            "quit.\n"
            "Gwen Albright: did this go through twice??\n"
            "Me: Only once, you're all set!\n"
            "\n"
            "Priscilla, volunteer desk"
        ),
        [
            ("political_opinion", ""),
            ("CREDIT_CARD_LAST_DIGITS", "7697"),
        ],
    ),
    (
        (
            "Hi Carmen,\n"
            "Lindsay texted me last night and said it was okay to share with you "
            "before Thursday's\n"
            "group so we're not blindsided:\n"
            "\n"
            "Lindsay P.: got my Invitae results back. BRCA1 positive 😭\n"
            "Lindsay P.: meeting w the breast surgeon on the 9th about a double "
            "mastectomy\n"
            "Lindsay P.: I'm ok I think. numb\n"
            "Me: I'm here. Want to talk before group?\n"
            "Lindsay P.: maybe Thursday 6:15?\n"
            "\n"
            "Thanks,\n"
            "Jan\n"
            "Pink Ribbon Circle of Tri-Valley"
        ),
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: VM for Ms. Cole - hearing reminder left\n"
            "\n"
            "Hi Dana,\n"
            "FYI I left this voicemail for Brandy Cole; the transcript is below "
            "for the file.\n"
            "\n"
            '"Hi Ms. Cole, this is Aaron from Legal Aid of Eastfield, reminding '
            "you about your\n"
            "eviction hearing on December 10 at 9 AM, courtroom 4B. Bring your "
            "lease and the rent\n"
            'receipts. Call me at 555-0179 before then. Thanks."\n'
            "\n"
            "Aaron, Housing Unit"
        ),
        [],
    ),
    (
        (
            "Subject: 5K packet pickup notes\n"
            "\n"
            "Hi volunteers,\n"
            "From the race group chat:\n"
            "\n"
            "Coach Dee: bibs 4417 to 4560 are at table 2, kids' bibs are the green "
            "ones\n"
            "Coach Dee: raffle tickets 0092281-0092290 went to the Lincoln PTA\n"
            "Farah: and the timing chips?\n"
            "Coach Dee: on the back of the bib, don't bend them\n"
            "\n"
            "Packet pickup 7-8:30 AM.\n"
            "Farah"
        ),
        [],
    ),
    (
        (
            "Subject: FW: Slack post from the coalition workspace\n"
            "\n"
            "Hi all,\n"
            "Sharing this from #announcements in the Eastfield Worker Coalition "
            "Slack, since a few of\n"
            "you asked:\n"
            "\n"
            "Marisa (Local 22)  3:45 PM\n"
            "  reminder: open info session about forming a union at the Labor "
            "Temple, Thursday 6pm.\n"
            "  anyone curious can come, food provided, no sign-up needed\n"
            "  :raised_hands: 12\n"
            "\n"
            "No need to RSVP. Childcare is available if you text 555-0196.\n"
            "Jen, Coalition Coordinator"
        ),
        [],
    ),
    (
        (
            "Subject: FW: shipping text\n"
            "\n"
            "Hi Eddie,\n"
            "The patient forwarded this and asked when to expect delivery:\n"
            "\n"
            "From 555-0193: Holloway Family Pharmacy: Your order #88120 has "
            "shipped via USPS. Track at\n"
            "the link. Questions? Reply or call us.\n"
            "Mr. Haskins: is this the one I talked to Pam about?\n"
            "\n"
            "Can you call him back?\n"
            "Pam"
        ),
        [],
    ),
    (
        (
            "Subject: RE: where are the coats?\n"
            "\n"
            "Hi Joyce,\n"
            "From my WhatsApp with the warehouse, so you can track them yourself:\n"
            "\n"
            "[12/2/26, 9:12 AM] Manny (warehouse): 2 boxes went UPS, "
            "1Z4F82W10391847725 and\n"
            "1Z4F82W10391853307\n"
            "[12/2/26, 9:13 AM] Manny (warehouse): the third one went USPS,\n"
            "9405 5112 0620 4481 7734 20\n"
            "[12/2/26, 9:20 AM] Me: thank you! 🙏 the kids at Lincoln will be "
            "thrilled\n"
            "\n"
            "Should all be there by Friday.\n"
            "Beth, Coats for Kids Coalition"
        ),
        [],
    ),
    (
        (
            "Subject: Omar - weekly update for staffing\n"
            "\n"
            "Hi Counselor Reyes,\n"
            "Per our texts, the weekly update for Omar Saleh for Thursday's "
            "treatment court staffing:\n"
            "\n"
            "Me: UA this week?\n"
            "Carl (case mgr): clean x2, Mon and Thu\n"
            "Carl (case mgr): he got his Vivitrol shot on the 1st, next one the "
            "29th\n"
            "Carl (case mgr): attending IOP 3x/week, missed none\n"
            "\n"
            "Best,\n"
            "Rita Vance, Recovery Coach, Pathways Peer Services"
        ),
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: compliance check - SMS script for Saturday\n"
            "\n"
            "Hi Joe,\n"
            "Can you check the disclaimer on this before it goes out to the list?\n"
            "\n"
            "\"Hi friend! It's Maya Chen. Early voting starts Saturday at the Civic "
            "Center. Can we count\n"
            "on your vote? Chip in $5 to help us reach more neighbors: "
            "chen4council.org/give\n"
            "Paid for by Friends of Maya Chen, FPPC ID 1449021. Reply STOP to opt "
            'out."\n'
            "\n"
            "Priscilla, volunteer desk"
        ),
        [],
    ),
    (
        (
            "Subject: autopay change - member 2208\n"
            "\n"
            "Hi Finance,\n"
            "Voicemail from a member changing her equity autopay. The account came "
            "out as words, the\n"
            "routing as digits:\n"
            "\n"
            "\"Hi this is June Takahashi, member number 2208, I'm changing banks "
            "for my equity payments,\n"
            "new routing is 717686005, account number, okay,\n"
            'one nine three six, oh six oh, two three seven nine five. Thanks."\n'
            "\n"
            "Ellie, Member Services, Cedar Hollow Food Co-op"
        ),
        [
            ("ABA_ROUTING_NUMBER", "717686005"),
            ("US_BANK_NUMBER", "one nine three six, oh six oh, two three seven nine five"),
        ],
    ),
    (
        (
            "Subject: final stipend for Lucía - Valencia bank\n"
            "\n"
            "Hi Accounting,\n"
            "Lucía finished her volunteer term in November; please send her final "
            "stipend (€600). She\n"
            "sent her IBAN on WhatsApp:\n"
            "\n"
            "[3/12/26, 21:17] Lucía Ferrer: hola!! for the last stipend, my "
            "account in Spain\n"
            "[3/12/26, 21:17] Lucía Ferrer: ES9846380443442105224267\n"
            "[3/12/26, 21:18] Lucía Ferrer: name Lucía Ferrer Gil, Caixa Popular\n"
            "[3/12/26, 21:30] Ines (program): Gracias Lucía, te echamos de menos 💛\n"
            "\n"
            "Thanks,\n"
            "Ines Cardoso, Volunteer Program, GreenCorps Abroad"
        ),
        [
            ("IBAN_CODE", "ES9846380443442105224267"),
        ],
    ),
    (
        (
            "Subject: VM - SSN left on voicemail\n"
            "\n"
            "Hi Monique,\n"
            "Ms. Greer left her whole social on the tax clinic voicemail. "
            "Transcription below; can you\n"
            "add it to her intake and then delete the recording?\n"
            "\n"
            "\"Hi it's Patrice Greer, for the tax appointment you needed my social, "
            "it's 290 36 2086.\n"
            "And my daughter's, I'll bring the card. Appointment's Saturday at "
            '9:30 right? Okay bye."\n'
            "\n"
            "Devon, VITA volunteer"
        ),
        [
            ("US_SSN", "290 36 2086"),
        ],
    ),
    (
        (
            "Subject: FW: from the neighborhood WhatsApp\n"
            "\n"
            "Hi Jai, people are sharing our event, which is great. From the "
            "Eastside neighbors group:\n"
            "\n"
            "[11/30/26, 6:02 PM] Rosa: Eastside Health Project is doing free rapid "
            "HIV and hep C testing\n"
            "this Saturday 10-2 at the Y, no appointment, results in 20 min. Share "
            "with anyone!\n"
            "[11/30/26, 6:04 PM] Tomás: can you bring someone who doesn't speak "
            "english?\n"
            "[11/30/26, 6:05 PM] Rosa: yes they have Spanish-speaking staff\n"
            "[11/30/26, 6:07 PM] Ken: 👍\n"
            "\n"
            "Dana, Outreach"
        ),
        [],
    ),
    (
        (
            "Subject: FW: QBO locked me out again\n"
            "\n"
            "Mo,\n"
            "Pasting our Slack so you see where it stands. Intuit sent the code to "
            "your phone as usual:\n"
            "\n"
            "Bernice (bookkeeper)  11:02 AM\n"
            "  QuickBooks wants a verification code, it went to your cell\n"
            "Mo Abdi  11:04 AM\n"
            "  408 286\n"
            "Bernice (bookkeeper)  11:05 AM\n"
            "  got in, thanks!\n"
            "\n"
            "Can we add my number as a second device so this stops?\n"
            "Bernice"
        ),
        [
            ("ACCESS_CODE", "408 286"),
        ],
    ),
    (
        (
            "Subject: Mr. D - weekend notes\n"
            "\n"
            "Hi Tamara,\n"
            "Aide texts from the weekend for Mr. Dombrowski. The sliding scale "
            "confused her, can you\n"
            "review at Monday's visit?\n"
            "\n"
            "Keisha (aide): BG 287 this am before breakfast\n"
            "Keisha (aide): gave 6 units lispro per the chart\n"
            "Keisha (aide): BG 164 at lunch, he ate good\n"
            "Me: ok good, recheck before dinner pls\n"
            "\n"
            "Jill, Scheduling, Comfort at Home Care"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: review - text bot script for results\n"
            "\n"
            "Hi Jai,\n"
            "Here's the auto-reply script for our testing line. Can you check the "
            "wording?\n"
            "\n"
            "Bot: Thanks for testing with Eastside Health Project!\n"
            "Bot: Most results are ready in 3-5 days. If your result ever comes "
            "back reactive, a\n"
            "counselor will call you from 555-0135. We never text results.\n"
            "Bot: Reply HOURS for clinic hours or HUMAN to reach staff.\n"
            "\n"
            "Dana, Outreach"
        ),
        [],
    ),
    (
        (
            "Subject: Mom's EBT card - from our family chat\n"
            "\n"
            "Hi Ms. Tran,\n"
            "You asked me to send what we have on Mom's EBT card before her "
            "appointment with you\n"
            "Tuesday. This is from our family WhatsApp; my brother set up the new "
            "PIN after the old\n"
            "card was stolen:\n"
            "\n"
            "[11/29/26, 7:12:44 PM] Kenji: Called the EBT line, new card comes in "
            "7-10 days\n"
            "[11/29/26, 7:13:10 PM] Kenji: new pin for mom is 6215\n"
            "[11/29/26, 7:13:15 PM] Kenji: write it down somewhere she won't lose "
            "it\n"
            "[11/29/26, 7:20:02 PM] Aiko: 👍 the neuro said her memory is getting "
            "worse, early\n"
            "Alzheimer's, she can't be doing this herself anymore\n"
            "[11/29/26, 7:20:31 PM] Aiko: I'll keep the card at my place\n"
            "\n"
            "Thanks for all your help,\n"
            "Aiko Sato"
        ),
        [
            ("PIN", "6215"),
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: Yazmin Begay - tribal set-aside\n"
            "\n"
            "From #scholarship-committee (pasted because the thread is long):\n"
            "\n"
            "Carol D  4:12 PM\n"
            "  Yazmin's interview went great. She said she's Diné and enrolled "
            "with the Navajo Nation,\n"
            "  so she qualifies for the Hozho set-aside\n"
            "Pete R  4:15 PM\n"
            "  do we need her CIB?\n"
            "Carol D  4:16 PM\n"
            "  yes, she'll send it next week\n"
            "\n"
            "Carol Dunham"
        ),
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        (
            "Subject: Slack thread re: Darnell's move-in\n"
            "\n"
            "Pasting from #housing-team so you have the context for the landlord "
            "call:\n"
            "\n"
            "Keisha Monroe  2:17 PM\n"
            "  good news, Darnell's HOPWA approval came through this morning 🎉\n"
            "  :raised_hands: 4\n"
            "Luis Ortega  2:19 PM\n"
            "  finally!! so we can do the move-in Friday?\n"
            "Keisha Monroe  2:20 PM\n"
            "  yep, voucher is up to $1,420, the unit on Pine works\n"
            "Luis Ortega  2:21 PM\n"
            "  I'll call the landlord at 555-0128 ext 14\n"
            "\n"
            "Keisha"
        ),
        [
            ("health", ""),
        ],
    ),
    (
        (
            "Subject: New hire DD info for 12/11 payroll - Harbor Light Youth "
            "Services\n"
            "\n"
            "Hi Kevin, our new youth counselor sent her direct deposit in our "
            "Teams chat instead of the\n"
            "form, so I'm copying it as-is. Please set it up for the 12/11 run.\n"
            "\n"
            "[12/2 3:18 PM] Ana Lucía Ferreira\n"
            "rtg 048466091\n"
            "[12/2 3:18 PM] Ana Lucía Ferreira\n"
            "acct 751629536 checking\n"
            "[12/2 3:19 PM] Ana Lucía Ferreira\n"
            "bank is Tri-County FCU if that matters\n"
            "[12/2 3:25 PM] Rhonda Vail\n"
            "👍\n"
            "\n"
            "Rhonda Vail, HR & Operations\n"
            "Harbor Light Youth Services"
        ),
        [
            ("ABA_ROUTING_NUMBER", "048466091"),
            ("US_BANK_NUMBER", "751629536"),
        ],
    ),
    (
        (
            "Subject: FW: blood drive text\n"
            "\n"
            "Hi all, here's the text the Red Cross coordinator sent our "
            "volunteers:\n"
            "\n"
            '"Thanks for signing up for the Dec 15 blood drive at Grace Community '
            "Center! Before you\n"
            "donate, everyone is asked the same private questions about travel, "
            "medications and sexual\n"
            'history. Eat a good meal and drink water. Your slot is confirmed."\n'
            "\n"
            "Please forward to anyone who signed up at the bake sale.\n"
            "Len"
        ),
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_69, "hard69", Path(__file__).with_name("hard-69.jsonl")))
