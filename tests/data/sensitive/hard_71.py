"""Hard set 71 (2026-12-07): negation, modality, time and correction.

Written blind. I read only /work/shared/policy/privacy-policy.txt (all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief71.txt. I ran
only my own throwaway scripts under /tmp/hard71_gen/ (identifier generation, assembling and
shuffling the cases), `ls -la` on /tmp/hard71_gen and on this module's two output paths to see
whether an interrupted earlier attempt had left them (it had not), this module (through
independent_sets.write), ruff format and ruff check on this file, and git add, git commit and
git rev-parse HEAD. I ran no detector, no scanner command, no make or pytest, and no search tool.
Slips: none.

Identifiers were generated with seeded random.Random instances in throwaway scripts under
/tmp/hard71_gen/: card numbers are Luhn-valid (Visa, Mastercard, Amex), routing numbers pass the
ABA checksum with valid prefixes, SSNs follow the SSA rules, the ITIN has a valid group, IBANs
pass mod-97; account, passport, licence and state ID numbers, PINs, codes, keys and tokens are
random strings of the right shape. No published test numbers and no trivial sequences are used;
the library-card and rewards-card numbers in the decoys were made to fail Luhn on purpose, and
"1234" appears only as a PIN that is denied. Phone numbers are 555-01xx. All people,
organisations, clinics, campaigns and candidates are invented.

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
- Retraction does not undo a disclosure. A value written in full and then struck through
  (~~...~~), crossed out, "meant to black out", superseded, revoked, or belonging to an account
  the writer says is closed is still in the mail and is labelled as what it is: the closed
  account's routing and account numbers beside the new ones, a donor's crossed-out card, an SSN
  the sender meant to redact, the superseded PayPal password in the quoted thread beside the new
  one, and a revoked auth token beside its replacement. A card number in a quoted original is
  labelled even though the reply says the message was deleted.
- A number the writer says is something else is labelled as what it is: a library card number,
  a band's EIN and an Amtrak rewards number carry no label; the real value given after the
  correction is labelled. A mail holding only the library-card number, with the real card
  promised by phone, is a decoy; so is a rewards card that "isn't a payment card".
- A value named only to deny it ("the PIN isn't 1234 anymore") is not labelled; only the value
  given as the person's (the new PIN). Thresholds and hypothetical values ("if it were 620",
  "criteria say 600 minimum", "620 or higher") are not CREDIT_SCORE; the score the person got is.
- When a writer corrects which card was charged ("It wasn't my Visa ending 7813 ... it was the
  Discover ending 4874"), both are the writer's cards: both CREDIT_CARD_LAST_DIGITS.
- A wife's SSN typed in the husband's box and his own SSN given as the correction are both
  labelled US_SSN (both real, both identifiable people). A refusal to e-mail a full SSN followed
  by "the last four are 6051" is US_SSN on the four digits.
- A correction that moves a disclosure from one identifiable person to another still discloses:
  "it was his older brother, Dwayne, who served four years there" is criminal_history.
- Plain denials disclose nothing: "never been arrested or convicted", "has no allergies and
  doesn't take any medications", "I'm not [pregnant]", "I don't belong to any party and I'm not
  telling anyone how I vote", "Q: ... violent offense? A: No." A denial beside a fact labels the
  fact: "no food allergies ... IS allergic to bee stings (EpiPen)" is health; "never convicted
  of a felony ... misdemeanor DUI, two years of probation" is criminal_history; "not an
  enrolled member of any tribe ... my grandmother was Oglala Lakota" is racial_ethnic_origin;
  "not a Democrat or a Republican ... gave $250 to Rosa Delgado's campaign" is
  political_opinion; "not a big church family ... being confirmed" is religious_belief; "isn't
  out with covid ... had a miscarriage" is health; "No Cherokee at all" with the DNA percentages
  is genetic and racial_ethnic_origin.
- Vaccination status is health in the negative too: "I'm not vaccinated against COVID or the
  flu, and I don't plan to be" is health, unlike a plain denial of any condition, because the
  conventions name vaccination status itself.
- A test already taken for a named person is health before its result: "your urine sample for
  chlamydia and gonorrhea went out to the lab ... in case it comes back positive" discloses the
  test; the conditional is about the result. "In case anyone's covid test comes back positive"
  to a retreat group and "if a result ever comes back positive" in screening information name
  no one's test: decoys.
- Hypotheticals disclose nothing: "if I were pregnant, would I still be allowed...", "if a staff
  member needed surgery", "if you were to join the union".
- Questions without answers disclose nothing (a TB yes/no question sent to a household, "do you
  need my driver's license number typed out?"); a question answered with data labels the data
  (routing and account numbers under a quoted request, a son's SSN "you asked if we had", a
  methadone answer on a sober-living application, "Q7 asks about arrests ... I was arrested").
  A refusal ("I'm not going to email my social security number", "I'm not going to give that
  to a chatbot") discloses nothing.
- Planned facts count: chemo that "will start on the 14th", a doctor's prognosis ("will likely
  need dialysis by spring"), a confirmation next month, a religious exemption the parents "will
  be filing" (religious_belief and health), an upcoming sentencing (which implies a conviction:
  criminal_history), "I'll be canvassing for Hector Ruiz" (political_opinion). A dog's planned
  chemo is not health.
- Past facts count: eleven years as a Teamsters member until the brewery closed
  (trade_union_membership), a juvenile record "sealed in 2022", an arrest whose charges were
  dropped, "did six years at Soledad" (prison), a licence suspended "after my DUI", the last
  meeting with a parole officer, sex work that stopped in 2023 (sexual_orientation, the
  convention's "sex work"), a pregnancy that "ended at 9 weeks". "Did six years at Soledad
  Unified driving the route out to the ranches" is a bus-driving job: a decoy.
- "I chose 'prefer not to say' ... I'll just say it here: I'm Hmong" is racial_ethnic_origin:
  the later statement counts.
- A hospice patient who "won't be taking communion anymore" because he cannot swallow after a
  stroke, and "has been at St. Casimir's for sixty years", is religious_belief and health.
- "I've been coming to Jumu'ah every week since Ramadan" is the writer's religious practice:
  religious_belief. A public Eid prayer notice "whether or not you're Muslim" says nothing about
  anyone.
- A parent correcting "Father" to "my wife" for Parent 2 is sexual_orientation; a parent
  correcting "Mother" to "my husband" is a married opposite-sex couple: a decoy.
- A partner notice that says "you may have been exposed" is still an exposure notice: health and
  sexual_orientation.
- A tenant-screening collection marked "(paid 2025)" is still an adverse item: CREDIT_REPORT on
  its whole line after the dash bullet.
- An IBAN the writer refers to but does not write ("the IBAN on my registration form is my
  husband's old account") is nothing; only the IBAN written is labelled.
- A placeholder key (sk_test_ followed by X's) and a blank form field ("SSN: XXX-XX-____")
  are placeholders: not labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_71: list[Case] = [
    (
        (
            "Dear Nurse Patel,\n"
            "\n"
            "We will be filing a religious exemption for Hannah's MMR and varicella shots "
            "before school starts.\n"
            "We are Christian Scientists and have been members of First Church here for "
            "three generations.\n"
            "Please let me know which form the district wants this year; it changed last "
            "time.\n"
            "\n"
            "Sincerely,\n"
            "Miriam Holt"
        ),
        [("religious_belief", ""), ("health", "")],
    ),
    (
        (
            "Subject: double charge on my membership\n"
            "\n"
            "Hello,\n"
            "\n"
            "It wasn't my Visa ending 7813 that got charged twice for the family "
            "membership, like I said on\n"
            "the phone. I checked again and it was the Discover ending 4874. Two charges "
            "of $85 on the 3rd.\n"
            "Could you refund one of them?\n"
            "\n"
            "Thanks,\n"
            "Yolanda Pritchett"
        ),
        [("CREDIT_CARD_LAST_DIGITS", "7813"), ("CREDIT_CARD_LAST_DIGITS", "4874")],
    ),
    (
        (
            "Dear Coach Imani,\n"
            "\n"
            "About the junior volunteer background form for Tyrese: his juvenile record "
            "was sealed in 2022,\n"
            "so it may not show up, but I didn't want you surprised if it does. He was "
            "fifteen, he did his\n"
            "community service at the food bank, and honestly that's where he learned to "
            "love helping with\n"
            "little kids.\n"
            "\n"
            "He's so excited to help with the U8 team.\n"
            "\n"
            "Janelle Brooks"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "Subject: Correction to registration - Parent 2\n"
            "\n"
            "Hello,\n"
            "\n"
            "Your form pre-filled \"Father\" for the second parent on Milo's enrollment. I'm "
            "Parent 1 (mom), and\n"
            "Parent 2 is not my husband. It's my wife, Renata Kovac. We're both Milo's "
            "legal parents and we\n"
            "should both be on the pickup list. Her cell is 555-0129.\n"
            "\n"
            "Thank you,\n"
            "Ilse Kovac"
        ),
        [("sexual_orientation", "")],
    ),
    (
        (
            "Subject: New this spring\n"
            "\n"
            "Starting in March, Eastside Community Health will offer free, walk-in HIV and "
            "syphilis testing\n"
            "every Tuesday from noon to 6, no appointment and no insurance needed. We'll "
            "also start PrEP\n"
            "navigation on Thursdays. Please share with anyone who might want it."
        ),
        [],
    ),
    (
        (
            "Subject: pantry shift Saturday\n"
            "\n"
            "Hi Glenda,\n"
            "\n"
            "I can still come Saturday, but I'm 22 weeks pregnant now and my midwife says "
            "no lifting over\n"
            "twenty pounds, so can you put me on check-in instead of unloading the truck? "
            "I'm happy to do\n"
            "the sign-in sheets and the bread table. Thank you!!\n"
            "\n"
            "Tamsin"
        ),
        [("health", "")],
    ),
    (
        (
            "Subject: Re: volunteer application\n"
            "\n"
            "Hi Marcy,\n"
            "\n"
            "I've never been arrested or convicted of anything, so I answered no on "
            "question 6. The form also\n"
            "says some roles need fingerprints. Do I still need to go get fingerprinted if "
            "I'm only sorting\n"
            "books in the back room? The police station is only open for that on Tuesdays "
            "and I work then.\n"
            "\n"
            "Thanks,\n"
            "Otis Fairweather"
        ),
        [],
    ),
    (
        (
            "Subject: Biscuit\n"
            "\n"
            "Hi Dr. Lang,\n"
            "\n"
            "Thank you for everything this week. Biscuit will start chemo on the 14th, and "
            "we'll drop him off\n"
            "at 8 like you said. He's eating again and he stole a whole sock yesterday, so "
            "he's clearly\n"
            "feeling more like himself. Should we keep him off the prednisone the night "
            "before?\n"
            "\n"
            "The Hallorans"
        ),
        [],
    ),
    (
        (
            "Subject: Re: bus route volunteer\n"
            "\n"
            "Hi Gloria,\n"
            "\n"
            "Yes, I'd love to drive for the senior shopping shuttle. I did six years at "
            "Soledad Unified\n"
            "driving the route out to the ranches, and before that a few years of charter "
            "trips for a company\n"
            "in Monterey, so a 14-passenger van won't scare me. My class B is current.\n"
            "\n"
            "Let me know when the orientation is.\n"
            "\n"
            "Frank Delgado"
        ),
        [],
    ),
    (
        (
            "Hi Mrs. Langford,\n"
            "\n"
            "Thank you for the gala RSVP! For your safety, please never send card numbers "
            "by email. We've\n"
            "already deleted your message from our donations inbox and we'll call you at "
            "555-0185 to take\n"
            "the payment by phone.\n"
            "\n"
            "Warmly,\n"
            "Beth Arnaud\n"
            "Riverbend Literacy Project\n"
            "\n"
            "----- original message -----\n"
            "> I'd like two seats at the Gatsby table. Card: 5415 2847 8139 0016 exp 08/27 "
            "code 735\n"
            "> Ellen Langford"
        ),
        [("CREDIT_CARD", "5415 2847 8139 0016"), ("CVV", "735")],
    ),
    (
        (
            "Subject: What would dues be?\n"
            "\n"
            "Hi team,\n"
            "\n"
            "A few of you asked at the open meeting what joining would cost. If you were "
            "to join the union\n"
            "after we win recognition, dues would be 1.4% of base pay, capped at $45 a "
            "month, and nobody pays\n"
            "anything until the first contract is ratified. Next open meeting is Tuesday "
            "at 6 at the Labor\n"
            "Temple. Pizza provided.\n"
            "\n"
            "Organizing Committee, Brightwater Nurses United"
        ),
        [],
    ),
    (
        (
            "Subject: leave policy - hypothetical\n"
            "\n"
            "Hi Nora,\n"
            "\n"
            "Purely hypothetical question from the HR side, nobody in particular: if a "
            "staff member needed\n"
            "surgery, how much leave would they get under our current policy? The handbook "
            'says "up to six\n'
            "weeks\" but doesn't say whether that's paid. I'd like to have the answer ready "
            "before the board\n"
            "reviews the handbook in January.\n"
            "\n"
            "Thanks,\n"
            "Pete"
        ),
        [],
    ),
    (
        (
            "Subject: we couldn't verify your ID yet\n"
            "\n"
            "Hi Tobias,\n"
            "\n"
            "Your membership application for the tool library is on hold. The automatic "
            "check compared your\n"
            "selfie with the photo on your driver's license, and the face match came back "
            "at 0.62. Our system\n"
            "needs 0.80 to pass. This usually means glare or an old photo, not a problem "
            "with you.\n"
            "\n"
            "Please stop by the front desk with the license and we'll verify you in "
            "person. The table saw\n"
            "class on the 9th still has room.\n"
            "\n"
            "Northgate Tool Library"
        ),
        [("biometric", "")],
    ),
    (
        (
            "Subject: Poll worker application - reminder\n"
            "\n"
            "Hi Louise,\n"
            "\n"
            "Your poll worker application is almost complete. The county asks for party "
            "affiliation only so\n"
            "it can balance each board; the field is optional, and you may leave it blank. "
            "Please upload a\n"
            "photo of the signed page by the 15th. Training is October 3 at the library.\n"
            "\n"
            "Election Office, Carver County"
        ),
        [],
    ),
    (
        (
            "Subject: application - warehouse associate\n"
            "\n"
            "Mr. Haddad,\n"
            "\n"
            "The form asks about felony convictions and I checked no, which is true. I "
            "have never been\n"
            "convicted of a felony. I want to be upfront though: I have a 2019 misdemeanor "
            "DUI in Kern County\n"
            "and I finished two years of probation in 2021. I'd rather you hear it from me "
            "than from the\n"
            "background check.\n"
            "\n"
            "I can start any shift, including overnights, and I have my own ride.\n"
            "\n"
            "Ronnie Vasquez\n"
            "555-0143"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "Subject: letters for Jamal\n"
            "\n"
            "Church family,\n"
            "\n"
            "Jamal's sentencing is March 3 in Judge Pruitt's courtroom. His lawyer says "
            "character letters can\n"
            "make a real difference, especially from people who've known him since youth "
            "group. Letters\n"
            "should be addressed to the judge, one page, and dropped in the office by "
            "February 20.\n"
            "\n"
            "If you'd like to come to the hearing, we'll carpool from the fellowship hall "
            "at 8.\n"
            "\n"
            "Deacon Ray Hollis"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "VOLUNTEER STIPEND FORM (return by Dec 1)\n"
            "\n"
            "Name: ______________________\n"
            "Address: ______________________\n"
            "SSN: XXX-XX-____ (write the full number on the paper copy only; never email it)\n"
            "Signature: ______________________\n"
            "\n"
            "Return the paper copy to the front desk in the sealed envelope provided. "
            "Stipends are paid on\n"
            "the 15th of the following month. Questions? Email stipends@millcreekfriends.org"
        ),
        [],
    ),
    (
        (
            "Father Tom,\n"
            "\n"
            "Dad won't be taking communion anymore. The hospice nurse says he can't "
            "swallow safely since the\n"
            "second stroke. But he still wants you to come Thursday and pray with him. "
            "He's been at St.\n"
            "Casimir's for sixty years and he says it doesn't feel like Sunday without you.\n"
            "\n"
            "Afternoons are best, before 3.\n"
            "\n"
            "With gratitude,\n"
            "Anna Wojcik"
        ),
        [("religious_belief", ""), ("health", "")],
    ),
    (
        (
            "Team,\n"
            "\n"
            "Theresa asked me to pass this along so she doesn't have to repeat it to "
            "everyone: she isn't out\n"
            "with covid, as some of you heard. She had a miscarriage last week. She'll be "
            "back Monday and\n"
            "would rather nobody bring it up, but she wanted the rumor corrected.\n"
            "\n"
            "Please route her donor calls to me until then.\n"
            "\n"
            "Meg\n"
            "Development Director, Clearwater Land Trust"
        ),
        [("health", "")],
    ),
    (
        (
            "Subject: Re: your gift to Harvest Table\n"
            "\n"
            "Hi Lorna,\n"
            "\n"
            "Ignore the number I sent you this morning, that was my library card "
            "(24308610613850). I grabbed\n"
            "the wrong thing out of my wallet in the parking lot, sorry! The real card is\n"
            "4409 7590 9768 6752, expires 11/28, and the three digits on the back are 298.\n"
            "\n"
            "Please run the $150 for the Thanksgiving boxes same as last year, and put it "
            "in memory of my\n"
            "brother Phil if you can.\n"
            "\n"
            "Thanks,\n"
            "Gordon Pell"
        ),
        [("CREDIT_CARD", "4409 7590 9768 6752"), ("CVV", "298")],
    ),
    (
        (
            "Hi Teresa,\n"
            "\n"
            "Count me in for Saturday. I'll be canvassing for Hector Ruiz in the Elm Park "
            "precinct from 10\n"
            "to 2. I can bring my own clipboard and I've got comfortable shoes this time. "
            "My daughter might\n"
            "come along too if her shift gets covered.\n"
            "\n"
            "Roberta Quinn"
        ),
        [("political_opinion", "")],
    ),
    (
        (
            "Hi Dolores,\n"
            "\n"
            "I can't drive the Meals on Wheels route after all. My license was suspended "
            "after my DUI in\n"
            "August and I won't get it back until next year. I'm embarrassed but I'd "
            "rather tell you than\n"
            "make excuses. I can still pack meals at the kitchen on Mondays and Wednesdays.\n"
            "\n"
            "For the volunteer file, here's my state ID instead: 159121369.\n"
            "\n"
            "Gary Wendt"
        ),
        [("criminal_history", ""), ("US_STATE_ID", "159121369")],
    ),
    (
        (
            "Re: honorarium\n"
            "\n"
            "> Could you send your routing and account number for the direct deposit? We "
            "pay speakers by\n"
            "> ACH now, no more paper checks.\n"
            "\n"
            "Sure! Routing 706149715, account 81340659573 (checking, Coastline FCU). Name "
            "on the account is\n"
            "Harriet Moss-Ogden. Thanks again for having me at the volunteer appreciation "
            "lunch.\n"
            "\n"
            "Harriet"
        ),
        [("ABA_ROUTING_NUMBER", "706149715"), ("US_BANK_NUMBER", "81340659573")],
    ),
    (
        (
            "Subject: Correction to the October newsletter\n"
            "\n"
            "In our October profile of volunteer Marcus Bell we wrote that Marcus served "
            "time at Folsom before\n"
            "he found us. That was wrong, and we apologize to Marcus. It was his older "
            "brother, Dwayne, who\n"
            "served four years there, and it was Dwayne who first brought Marcus to the "
            "kitchen.\n"
            "\n"
            "Marcus asked us to send this correction to everyone who got the original "
            "issue. He and Dwayne\n"
            "both still cook with us on Wednesdays.\n"
            "\n"
            "Second Helpings Community Kitchen"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "Subject: Re: neighborhood association endorsement\n"
            "\n"
            "Walt,\n"
            "\n"
            "I don't belong to any party and I'm not telling anyone how I vote, including "
            "the association.\n"
            "That's between me and the ballot. I do think we should host a candidates' "
            "night at the library\n"
            "and invite everyone who's running. I can do the flyers.\n"
            "\n"
            "Hank"
        ),
        [],
    ),
    (
        (
            "Hi Marcus,\n"
            "\n"
            "Your fingerprints were taken for the background check at the sheriff's office "
            "on Monday, and the\n"
            "results go straight to the state, not to us. We'll email you when we hear "
            "back, usually in two\n"
            "weeks. We don't use any face or fingerprint scanning at the door here. You'll "
            "get a plain key\n"
            "fob like everyone else.\n"
            "\n"
            "Kelly, Volunteer Coordinator"
        ),
        [],
    ),
    (
        (
            "Hi Naomi,\n"
            "\n"
            "Thanks for your interest in the down-payment assistance program! Applicants "
            "need a middle\n"
            "credit score of 620 or higher and a household income at or below 80% of area "
            "median. We don't\n"
            "pull your credit until you formally apply, and that pull won't affect your "
            "score.\n"
            "\n"
            "Our next homebuyer class is January 11. Sign up at the link below.\n"
            "\n"
            "Greg Albers, Homebuyer Counselor\n"
            "Northside Housing Partnership"
        ),
        [],
    ),
    (
        (
            "Job posting: Case Manager, Reentry Housing\n"
            "\n"
            "New Leaf Reentry Network seeks a case manager to support people recently "
            "released from prison or\n"
            "jail. Experience with substance-use treatment, HIV services or the parole "
            "system is a plus.\n"
            "People with lived experience of incarceration are strongly encouraged to apply.\n"
            "$52,000-$58,000, full benefits. Apply by January 15."
        ),
        [],
    ),
    (
        (
            "Subject: strike assistance - week 2\n"
            "\n"
            "Sister Dolores Tran,\n"
            "\n"
            "Your week 2 strike assistance of $300 from Local 217 has been sent to the "
            "account you gave at\n"
            "sign-up:\n"
            "Routing: 726354056\n"
            "Account: 0138352058\n"
            "\n"
            "You are not eligible for week 1 because the first week is unpaid for every "
            "member. Picket shifts\n"
            "for next week are on the board at the hall.\n"
            "\n"
            "In solidarity,\n"
            "Local 217 Strike Fund"
        ),
        [
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "726354056"),
            ("US_BANK_NUMBER", "0138352058"),
        ],
    ),
    (
        (
            "Harbor Point Credit Union\n"
            "\n"
            "Hi Noreen,\n"
            "\n"
            "Your sign-in code is 473262. It expires in 10 minutes.\n"
            "\n"
            "We will never call, text or email you to ask for this code, and our staff "
            "will never ask you to\n"
            "read it back to them. If you didn't just try to sign in to online banking, "
            "call us at 555-0110\n"
            "and we'll lock your account."
        ),
        [("ACCESS_CODE", "473262")],
    ),
    (
        (
            "Subject: Re: Friday shift at the thrift store\n"
            "\n"
            "Hi Connie,\n"
            "\n"
            "Sorry to bail. I have my last meeting with my parole officer Friday at 10, "
            "and after that I'm off\n"
            "parole for good. I'll be in Saturday to make up the hours, and I'm bringing "
            "donuts to celebrate.\n"
            "\n"
            "Vince"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "Hi Joanne,\n"
            "\n"
            "I signed my card with 1199 at the Tuesday meeting. Please don't put my name "
            "in the newsletter or\n"
            "in the photo from the break room. My manager doesn't know yet and I'd like to "
            "tell her myself,\n"
            "after the vote.\n"
            "\n"
            "Thank you for everything you're doing for the night shift.\n"
            "\n"
            "Marisol Aquino, CNA"
        ),
        [("trade_union_membership", "")],
    ),
    (
        (
            "Hi Coach Ben,\n"
            "\n"
            "Re the camp form: Ava has no food allergies, so she doesn't need the nut-free "
            "table. She IS\n"
            "allergic to bee stings though, and she carries an EpiPen in the front pocket "
            "of her backpack.\n"
            "I wrote it in the wrong box on the paper form, sorry! Can you fix it on your "
            "end before the\n"
            "first day?\n"
            "\n"
            "Melinda Ortiz (Ava's mom)"
        ),
        [("health", "")],
    ),
    (
        (
            "Oops, what I pasted in the last message was the publishable key\n"
            "(pk_live_nSkhfV6Xo0nHi0xt6GHVNSs1), which is fine to have in the page source. "
            "The secret key\n"
            "you need for the donation form plugin is:\n"
            "\n"
            "sk_live_9LKU1LlrzduqpaoMVzbfw9Gj\n"
            "\n"
            "Please paste it into the plugin settings and then delete this email. I'll "
            "rotate it next month\n"
            "anyway.\n"
            "\n"
            "Derek\n"
            "Bright Pixel Web (for Friends of Mill Creek)"
        ),
        [("API_KEY", "sk_live_9LKU1LlrzduqpaoMVzbfw9Gj")],
    ),
    (
        (
            "Subject: after the retreat\n"
            "\n"
            "Hi everyone,\n"
            "\n"
            "Thank you for a wonderful weekend at Camp Tamarack. In case anyone's covid "
            "test comes back\n"
            "positive in the next few days, please let Jill know so she can give the rest "
            "of the group a\n"
            "heads-up. You don't have to say who you are to anyone else.\n"
            "\n"
            "Photos are in the shared folder. The group shot by the lake turned out great.\n"
            "\n"
            "Rev. Alan Moore"
        ),
        [],
    ),
    (
        (
            "Hi Ms. Achebe,\n"
            "\n"
            "I don't have a Social Security number. I never had one, so I can't fill in "
            "that box for the\n"
            "volunteer stipend. I have an ITIN from the IRS: 982-79-0847. Is that all "
            "right for the W-9, or\n"
            "do you need something else from me?\n"
            "\n"
            "Thank you,\n"
            "Ignacio Mendoza"
        ),
        [("US_ITIN", "982-79-0847")],
    ),
    (
        (
            "Subject: can't make Saturday\n"
            "\n"
            "Hi Lucia,\n"
            "\n"
            "I'm sorry, I have to miss Saturday's tutoring. My brother has been in ICE "
            "detention at Otay Mesa\n"
            "since October and his bond hearing was finally set for Saturday morning. The "
            "family wants as\n"
            "many of us in the room as possible. I'll make it up the following week.\n"
            "\n"
            "Thank you for understanding,\n"
            "Ernesto"
        ),
        [],
    ),
    (
        (
            "Hi Mr. Begay,\n"
            "\n"
            "I'm not an enrolled member of any tribe, so I don't think I qualify for the "
            "Native student\n"
            "grant, and I didn't want to apply under false pretenses. But my grandmother "
            "was Oglala Lakota,\n"
            "from Pine Ridge, and I'd love to come to the language table on Wednesdays if "
            "it's open to\n"
            "everyone.\n"
            "\n"
            "Thank you,\n"
            "Cody Harlan"
        ),
        [("racial_ethnic_origin", "")],
    ),
    (
        (
            "Hi Terri,\n"
            "\n"
            "For the silent auction item I won: the code you need is the four digits "
            "printed on the FRONT,\n"
            "above the number, 4224. Not the three on the back, sorry, I forgot it's an "
            "Amex. The card is\n"
            "3731 675797 88205, exp 02/29.\n"
            "\n"
            "Can't wait to hang that quilt.\n"
            "Barbara Nye"
        ),
        [("CVV", "4224"), ("CREDIT_CARD", "3731 675797 88205")],
    ),
    (
        (
            "Hi Ms. Carver,\n"
            "\n"
            "For my passport renewal appointment on the 12th: my old passport expired in "
            "2023, number\n"
            "777382465, and I have it with me to turn in. I also have my California "
            "driver's license\n"
            "(Y8964979) if you need a second ID. Do I need to bring the photo or can you "
            "take it at the\n"
            "library?\n"
            "\n"
            "Thanks,\n"
            "Nadine Okoro"
        ),
        [("US_PASSPORT", "777382465"), ("US_DRIVER_LICENSE", "Y8964979")],
    ),
    (
        (
            "Subject: Twilio token for the reminder texts\n"
            "\n"
            "Hi Paula,\n"
            "\n"
            "I revoked the auth token I sent Friday (7c18789b22ff0d25489f92de81f33e56) "
            "because I also pasted\n"
            "it in the volunteers Slack by accident. The new one is "
            "6fa4b6790540a7913f2f944983789ca0. The\n"
            "account SID stays the same, ACe10a5d4a55ea1ac5bd7dbced62bc4925.\n"
            "\n"
            "The appointment reminders should start going out again tonight.\n"
            "\n"
            "Ollie"
        ),
        [
            ("API_KEY", "7c18789b22ff0d25489f92de81f33e56"),
            ("API_KEY", "6fa4b6790540a7913f2f944983789ca0"),
        ],
    ),
    (
        (
            "Subject: question about the lead-safe cleanup day\n"
            "\n"
            "Hi there,\n"
            "\n"
            "Quick question before I sign up my group for the lead-safe cleanup on the "
            "21st. The waiver says\n"
            "pregnant volunteers shouldn't do the scraping. If I were pregnant, would I "
            "still be allowed to\n"
            "help with the sign-in table or the lunch setup? I'm not, I'm just the one who "
            "has to answer\n"
            "everyone's questions for the youth group, and I know someone will ask.\n"
            "\n"
            "Thanks,\n"
            "Bree Sandoval"
        ),
        [],
    ),
    (
        (
            "Hi Crystal,\n"
            "\n"
            "You asked on the phone why I come to the Tuesday drop-in when I'm \"not a "
            "working girl.\" I haven't\n"
            "done sex work since 2023, but I still come for the naloxone kits and the "
            "coffee, and because\n"
            "you're the only people who never made me feel like trash. I'd like to "
            "volunteer at the table if\n"
            "you'll have me.\n"
            "\n"
            "Keisha"
        ),
        [("sexual_orientation", "")],
    ),
    (
        (
            "Subject: meals for the Hallorans\n"
            "\n"
            "Hi all,\n"
            "\n"
            "Thank you to everyone who signed up. Update from Peggy: Dr. Osei says Walt "
            "will likely need\n"
            "dialysis by spring, so they're trying to keep his salt and potassium down. "
            "Please skip the ham\n"
            "and the banana bread. Plain chicken, rice and green beans are perfect.\n"
            "\n"
            "The cooler is on their front porch. Drop-offs before 5, please, since Walt "
            "naps after dinner.\n"
            "\n"
            "Joan (meal train coordinator)"
        ),
        [("health", "")],
    ),
    (
        (
            "Hi Andre,\n"
            "\n"
            "Thanks for coming in Friday. Your urine sample for chlamydia and gonorrhea "
            "went out to the lab\n"
            "this morning, and results usually take three to five days. In case it comes "
            "back positive, we'll\n"
            "call you from 555-0162 to set up treatment. It's one visit and it's free "
            "here. If it's negative\n"
            "you'll just get a message in the portal, nothing else to do.\n"
            "\n"
            "Take care,\n"
            "Kim Ashby, RN\n"
            "Eastside Community Health"
        ),
        [("health", "")],
    ),
    (
        (
            "Your order has shipped!\n"
            "\n"
            "Hi Walter,\n"
            "\n"
            "Your order from Greenway Pharmacy is on its way. Order no. 58210034, tracking "
            "number\n"
            "9400111202555844210063. Expected delivery: Thursday. A signature may be "
            "required.\n"
            "\n"
            "If nobody is home, the carrier will leave a notice and the package will wait "
            "at the post office\n"
            "for 15 days. Questions? Call 555-0190. Please don't reply to this email."
        ),
        [],
    ),
    (
        (
            "Hi Naomi,\n"
            "\n"
            "Your middle score came back at 612. If it were 620 you'd qualify for the "
            "down-payment assistance\n"
            "program right now, so you're close. The two things that will move it fastest "
            "are paying the\n"
            "Kohl's card below half its limit and not opening anything new before we "
            "re-pull in 60 days.\n"
            "\n"
            "You've got this.\n"
            "\n"
            "Greg Albers, Homebuyer Counselor\n"
            "Northside Housing Partnership"
        ),
        [("CREDIT_SCORE", "612")],
    ),
    (
        (
            "Hi Jerome,\n"
            "\n"
            "The number I texted you for the van-driver paperwork was my Amtrak Guest "
            "Rewards number, not my\n"
            "license. No wonder the insurance company bounced it! My Texas driver license "
            "number is 29738653,\n"
            "class C, expires 2029.\n"
            "\n"
            "Sorry about that, long week.\n"
            "Patrice"
        ),
        [("US_DRIVER_LICENSE", "29738653")],
    ),
    (
        (
            "Hey Ms. Trinh,\n"
            "\n"
            "My cousin Lamar said your shop takes apprentices. I did six years at Soledad "
            "and cut hair the\n"
            "whole time I was in there, had a line most days. Been home since March, "
            "staying with my aunt in\n"
            "Salinas. I don't have my license yet but I'm enrolled for the state board in "
            "the spring and I've\n"
            "got my own clippers.\n"
            "\n"
            "Could I come by one morning and show you what I can do? I'll sweep too.\n"
            "\n"
            "Appreciate you,\n"
            "DeShawn Pryor"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "Subject: background check complete\n"
            "\n"
            "Hi Troy,\n"
            "\n"
            "Good news: your volunteer background check came back with no records found, "
            "so you're cleared\n"
            "to coach with the Tigers this season. Please finish the concussion training "
            "module before the\n"
            "first practice, and pick up your badge at the field house.\n"
            "\n"
            "Thanks for stepping up!\n"
            "Westside Youth Football"
        ),
        [],
    ),
    (
        (
            "Hi genealogy club,\n"
            "\n"
            "I finally got my DNA results back for the family tree project, and it wasn't "
            "what Grandpa always\n"
            "told us. No Cherokee at all. 62% Irish, 21% Scottish, 11% Norwegian, and a "
            'bit of "Baltics" nobody\n'
            "can explain. I'll bring the printout Thursday.\n"
            "\n"
            "Marjorie Quill"
        ),
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        (
            "Subject: TB screening form for the kitchen volunteers\n"
            "\n"
            "Hi Mr. and Mrs. Halvorsen,\n"
            "\n"
            'The county asks all kitchen volunteers one question: "Has anyone in your '
            "household been\n"
            'diagnosed with TB in the last two years?" Please just answer yes or no on the '
            "paper form and\n"
            "return it by Friday. You don't need to explain anything or send anything by "
            "email.\n"
            "\n"
            "Thanks,\n"
            "Camille, Volunteer Coordinator"
        ),
        [],
    ),
    (
        (
            "Hi Mrs. Pham,\n"
            "\n"
            "Elijah will miss practice on April 27. He's being confirmed at St. Ansgar "
            "Lutheran that morning\n"
            "and we have family coming in from Fargo. We're not a big church family, "
            "honestly, but it matters\n"
            "to his grandpa and it's come to matter to him. He'll be at the game Monday "
            "with his cleats.\n"
            "\n"
            "Thanks for understanding,\n"
            "Karen Solberg"
        ),
        [("religious_belief", "")],
    ),
    (
        (
            "Subject: Re: side door code\n"
            "\n"
            "Correction to my earlier message: the side door code at the community center "
            "is 4471#, not\n"
            "4417#. The old one was disabled Monday. Please don't write it on the sign-up "
            "sheet this time.\n"
            "The Wi-Fi is still the same.\n"
            "\n"
            "Thanks, and see you at setup.\n"
            "Dev"
        ),
        [],
    ),
    (
        (
            "Subject: Correction: new pantry phone number\n"
            "\n"
            "In last week's newsletter we printed the new pantry phone as 555-0174. That "
            "was a typo, sorry!\n"
            "The correct number is 555-0147. Calls to the wrong number are going to a very "
            "patient dentist.\n"
            "\n"
            "Pantry hours are unchanged: Tuesday and Thursday 3 to 7, Saturday 9 to noon.\n"
            "\n"
            "Eastside Food Pantry"
        ),
        [],
    ),
    (
        (
            "Subject: Your confirmation for Camp Tamarack\n"
            "\n"
            "Hi Karen,\n"
            "\n"
            "Your confirmation number is TMK-2026-1148 for the week of July 12. Balance "
            "due May 1. Please\n"
            "bring the medical form on the first day; the nurse will collect it at check-in.\n"
            "\n"
            "Camp Tamarack Registration"
        ),
        [],
    ),
    (
        (
            "Subject: your mom's EBT card\n"
            "\n"
            "Hi Sharon,\n"
            "\n"
            "Quick note after today's visit with your mom. She told me the PIN isn't 1234 "
            "anymore, she\n"
            "changed it at the county office on Monday after someone looked over her "
            "shoulder at the\n"
            "market. The new PIN is 7176. She asked me to make sure you had it, since you "
            "do her shopping on\n"
            "Thursdays.\n"
            "\n"
            "The lockbox is the same as always.\n"
            "\n"
            "Bernadette\n"
            "Willow Senior Services"
        ),
        [("PIN", "7176")],
    ),
    (
        (
            "TRAINING SCENARIO 3 (fictional, for volunteer orientation only)\n"
            "\n"
            'Your client, "Jane Doe," tells you during intake that she is HIV positive and '
            "was recently\n"
            "released from county jail. She asks whether that will affect her housing "
            "application. Discuss\n"
            "with your small group: what do you say, what do you write down, and what do "
            "you leave out of the\n"
            "file?\n"
            "\n"
            "Facilitator note: there is no single right answer."
        ),
        [],
    ),
    (
        (
            "Dear scholarship committee,\n"
            "\n"
            'On the demographics page I chose "prefer not to say," because I didn\'t want '
            "it to affect how my\n"
            "application was scored. But my essay is really about it, so I'll just say it "
            "here: I'm Hmong. My\n"
            "parents came to Fresno from the camps in Thailand, and I'm the first in my "
            "family to apply to a\n"
            "four-year college.\n"
            "\n"
            "Respectfully,\n"
            "Pa Nhia Lor"
        ),
        [("racial_ethnic_origin", "")],
    ),
    (
        (
            "Hi Jordan,\n"
            "\n"
            "Your labs from the mobile unit on the 2nd are all back:\n"
            "\n"
            "HIV: nonreactive\n"
            "Syphilis (RPR): nonreactive\n"
            "Hep C antibody: nonreactive\n"
            "\n"
            "Nothing you need to do. Your next PrEP refill is due around the 20th, and we "
            "can draw your\n"
            "three-month labs the same day.\n"
            "\n"
            "Sam Whitaker, PA-C\n"
            "Out & About Health"
        ),
        [("health", "")],
    ),
    (
        (
            "Hi Jerome,\n"
            "\n"
            "For the van-driver paperwork, do you need my driver's license number typed "
            "out, or just a copy\n"
            "of the front and back? I can bring the card to the Thursday meeting if that's "
            "easier than\n"
            "emailing it. Also, does the insurance need my license to have been valid for "
            "three years or\n"
            "five?\n"
            "\n"
            "Patrice"
        ),
        [],
    ),
    (
        (
            "Re: bed application - Hope House\n"
            "\n"
            "Q: Have you ever been convicted of a violent offense?\n"
            "A: No.\n"
            "\n"
            "Q: Are you currently in treatment for substance use?\n"
            "A: Yes. Methadone at Riverbend Clinic since 2022, 80 mg daily, doing well. My "
            "counselor there is\n"
            "Tasha, she can send a letter.\n"
            "\n"
            "Q: Can you pay $125 a week?\n"
            "A: Yes, from my job at the car wash.\n"
            "\n"
            "Dwight Oyelaran"
        ),
        [("health", "")],
    ),
    (
        (
            "Subject: Re: speaking at the chamber breakfast\n"
            "\n"
            "Thanks for the invite, Phil, but I'll pass. I did not vote for Mayor Pratt, "
            "and I spent most of\n"
            "October knocking doors for Alma Reyes, so me sharing a stage with the mayor's "
            "office the week\n"
            "after the election would be a little awkward for everybody.\n"
            "\n"
            "Happy to sponsor a table, though.\n"
            "\n"
            "Donna Ferraro\n"
            "Ferraro's Hardware"
        ),
        [("political_opinion", "")],
    ),
    (
        (
            "Subject: ignore my last email\n"
            "\n"
            "Hi Lorna,\n"
            "\n"
            "Ignore the number I sent you earlier, that's my library card "
            "(26039870874577), not a credit\n"
            "card. I was reading off the wrong thing in the car. I'll call the office "
            "tomorrow morning and\n"
            "give the real card over the phone like you suggested.\n"
            "\n"
            "Sorry for the confusion!\n"
            "Gordon Pell"
        ),
        [],
    ),
    (
        (
            "Hi Coach Ben,\n"
            "\n"
            "Sofia has no allergies and doesn't take any medications, so I left that whole "
            "section of the camp\n"
            "form blank. She can swim and she's fine with sunscreen. Is it okay if her "
            "grandma picks her up\n"
            "on Wednesdays? I'll add her to the pickup list.\n"
            "\n"
            "Thanks,\n"
            "Daniela Reyes"
        ),
        [],
    ),
    (
        (
            "Subject: your progress, Danielle!\n"
            "\n"
            "Danielle,\n"
            "\n"
            "I pulled your report this morning with the permission you signed. When you "
            "started with us in\n"
            "January your score was 588. Today it's 641! Nothing new and negative showed "
            "up, and your card\n"
            "utilization is under 30% for the first time.\n"
            "\n"
            "Keep doing exactly what you're doing. Next session is the 18th, and bring the "
            "letter from the\n"
            "dentist's billing office so we can look at it together.\n"
            "\n"
            "Ana Ferris, Financial Coach\n"
            "Neighbors Credit Counseling"
        ),
        [("CREDIT_SCORE", "588"), ("CREDIT_SCORE", "641")],
    ),
    (
        (
            "Subject: Re: Friendly Visitor program\n"
            "\n"
            "Hi Diane,\n"
            "\n"
            "I know the program asks visitors to be vaccinated. I'm not vaccinated against "
            "COVID or the flu,\n"
            "and I don't plan to be. I'd understand if that rules me out for the nursing "
            "home visits, but\n"
            "maybe I could do the phone calls instead?\n"
            "\n"
            "Best,\n"
            "Roland Pike"
        ),
        [("health", "")],
    ),
    (
        (
            "Subject: deposit refund - updated bank info\n"
            "\n"
            "Ms. Okafor,\n"
            "\n"
            "Please do NOT use the account on my move-out form:\n"
            "~~Routing 223080946 / Acct 3009188669~~\n"
            "That was my Lakeshore Savings account and I closed it in September.\n"
            "\n"
            "Use my credit union instead:\n"
            "Routing 110261593\n"
            "Account 412317107200\n"
            "\n"
            "The keys are in the drop box and the place is broom-clean. Thank you for "
            "being so easy to rent\n"
            "from these four years.\n"
            "\n"
            "Jessamyn Roe"
        ),
        [
            ("ABA_ROUTING_NUMBER", "223080946"),
            ("US_BANK_NUMBER", "3009188669"),
            ("ABA_ROUTING_NUMBER", "110261593"),
            ("US_BANK_NUMBER", "412317107200"),
        ],
    ),
    (
        (
            "Subject: Re: neighborhood association endorsement\n"
            "\n"
            "Walt,\n"
            "\n"
            "I'm not a Democrat or a Republican, and I don't want the association "
            "endorsing anybody. That's\n"
            "not what we're for. Speaking only for myself though: I gave $250 to Rosa "
            "Delgado's campaign for\n"
            "council last month, and I'll be putting her sign in my yard this weekend. "
            "Keep my name off any\n"
            "list, please.\n"
            "\n"
            "Hank Lindqvist\n"
            "Maple & 9th"
        ),
        [("political_opinion", "")],
    ),
    (
        (
            "Subject: donation form\n"
            "\n"
            "Name: Harold Finch-Boyd\n"
            "Amount: $500 - annual fund\n"
            "Card number: ~~4414 0169 2686 2762~~ (changed my mind, please call me at "
            "555-0176 instead)\n"
            "Exp: 09/27\n"
            "\n"
            "Note: I crossed it out because my grandson says never to email a card. Call "
            "after 10 am please."
        ),
        [("CREDIT_CARD", "4414 0169 2686 2762")],
    ),
    (
        (
            "Subject: tenant screening - 14B Orchard\n"
            "\n"
            "Hi Lyle,\n"
            "\n"
            "Summary from the screening company for the applicant you asked about:\n"
            "\n"
            "Score: 574\n"
            "Evictions: none found\n"
            "Criminal: none found\n"
            "Negative items:\n"
            "- collection, Lakeside Utilities, $318 (paid 2025)\n"
            "- charge-off, Summit Card Services, $2,140\n"
            "\n"
            "Your written criteria say 600 minimum, so you'd need to send her an adverse "
            "action notice if you\n"
            "decline. Template attached.\n"
            "\n"
            "Paula, Orchard Property Help"
        ),
        [
            ("CREDIT_SCORE", "574"),
            ("CREDIT_REPORT", "collection, Lakeside Utilities, $318 (paid 2025)"),
            ("CREDIT_REPORT", "charge-off, Summit Card Services, $2,140"),
        ],
    ),
    (
        (
            "Subject: README note\n"
            "\n"
            "Ignore the API key in the README, it's a placeholder: "
            "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX. The real\n"
            "keys live only in the hosting dashboard's environment settings, and I'll add "
            "you as a\n"
            "collaborator there so you can see them without anyone emailing anything.\n"
            "\n"
            "Derek\n"
            "Bright Pixel Web"
        ),
        [],
    ),
    (
        (
            "Subject: Correction to registration - Parent 2\n"
            "\n"
            "Hello,\n"
            "\n"
            "Your form pre-filled \"Mother\" for the second parent on Nico's enrollment. I'm "
            "Parent 1 (mom), and\n"
            "Parent 2 is not a second mother. It's my husband, Carl Bergstrom. He should "
            "be on the pickup list\n"
            "too. His cell is 555-0191.\n"
            "\n"
            "Thank you,\n"
            "Joan Bergstrom"
        ),
        [],
    ),
    (
        (
            "Subject: Annual report highlights\n"
            "\n"
            "Friends,\n"
            "\n"
            "This year Bayou Area Care Services housed 214 households. 23% of our clients "
            "are living with HIV,\n"
            "and 41% have a history of incarceration. Our average client waited 11 days "
            "for placement, down\n"
            "from 19 last year. Thank you for making this possible.\n"
            "\n"
            "The full report is on our website."
        ),
        [],
    ),
    (
        (
            "You asked if we had Mateo's social yet for the scholarship paperwork. We do "
            "now, the card came\n"
            "in the mail Friday: 511-82-8215. Let me know if the foundation needs a copy "
            "of the card itself\n"
            "or just the number.\n"
            "\n"
            "Thanks for all your help with this,\n"
            "Rosa Jimenez"
        ),
        [("US_SSN", "511-82-8215")],
    ),
    (
        (
            "Subject: a story from our work\n"
            "\n"
            "One of our clients, we'll call her M., did six years in prison before she "
            "came to us. Today she\n"
            "manages the front desk at a dental office and coaches her daughter's softball "
            "team. Stories\n"
            "like hers are why we do this work. A gift of $50 pays for a month of job "
            "coaching for someone\n"
            "just like M.\n"
            "\n"
            "Please give before December 31.\n"
            "\n"
            "New Leaf Reentry Network"
        ),
        [],
    ),
    (
        (
            "Hi Marta,\n"
            "\n"
            "Quick update on the Hendry invoice: the small claims court date for the "
            "bakery's unpaid catering\n"
            "bill is June 4 at 9 am, courtroom 3. I'll bring the signed order form and the "
            "delivery photos.\n"
            "The clerk said most of these settle in the hallway.\n"
            "\n"
            "Sol"
        ),
        [],
    ),
    (
        (
            "Hi Rhonda,\n"
            "\n"
            "Answers to your three questions, in order:\n"
            "\n"
            "1. Yes, the IRS letter finally came. My Identity Protection PIN for this year "
            "is 786967.\n"
            "2. I don't have a driver's license (never learned to drive, bus girl all my "
            "life), but my state ID\n"
            "   number is D29221572 if you need it for the e-file identity check.\n"
            "3. No, I didn't have any gambling winnings. Bingo at the Elks doesn't count, "
            "I hope!\n"
            "\n"
            "See you Saturday at the VITA site.\n"
            "\n"
            "Lucille Barnaby"
        ),
        [("PIN", "786967"), ("US_STATE_ID", "D29221572")],
    ),
    (
        (
            "Hi Miriam,\n"
            "\n"
            "Your expanded carrier screening is back. You are NOT a carrier for cystic "
            "fibrosis or spinal\n"
            "muscular atrophy. You ARE a carrier for Tay-Sachs disease (one HEXA variant). "
            "Being a carrier\n"
            "doesn't affect your own health. We'll talk at your next visit about whether "
            "Jonathan would like\n"
            "to be screened too.\n"
            "\n"
            "Ruth Adler, MS, CGC\n"
            "Lakeview Family Genetics"
        ),
        [("genetic", "")],
    ),
    (
        (
            "Hallo Frau Becker,\n"
            "\n"
            "The IBAN on my registration form is my husband's old account, please don't "
            "use it. The refund\n"
            "for the exchange-program deposit should go to my own account:\n"
            "\n"
            "DE65 3181 0568 6805 9366 75\n"
            "(Katrin Vogel, Volksbank)\n"
            "\n"
            "Danke, and thank you for looking after our Jonas so well this autumn.\n"
            "\n"
            "Katrin Vogel"
        ),
        [("IBAN_CODE", "DE65 3181 0568 6805 9366 75")],
    ),
    (
        (
            "Subject: Re: PTO PayPal login\n"
            "\n"
            "Dana, scratch what I sent Monday. I changed it after the bake sale because "
            "too many people had\n"
            "it. New password is Maple!Lane2026 and the security question (first school) "
            "is still Whittier.\n"
            "\n"
            "Gail\n"
            "\n"
            "> On Mon, Gail Hendricks wrote:\n"
            "> Login is treasurer@oakhillpto.org, password Bobcats4ever, let me know if it "
            "works and\n"
            "> don't share it with the room parents."
        ),
        [("PASSWORD", "Maple!Lane2026"), ("PASSWORD", "Whittier"), ("PASSWORD", "Bobcats4ever")],
    ),
    (
        (
            "Hi Marta,\n"
            "\n"
            "Attached is the W-4 and the I-9 page for our new dishwasher. The scan of his "
            "W-4 shows his full\n"
            "SSN 714-81-4935 (sorry, I meant to black that out before sending). Everything "
            "else on it should\n"
            "be clean. He starts Thursday on the lunch line.\n"
            "\n"
            "Thanks,\n"
            "Sol\n"
            "Sol's Kitchen & Deli"
        ),
        [("US_SSN", "714-81-4935")],
    ),
    (
        (
            "Hi Sam,\n"
            "\n"
            "This is Lupe from the county sexual health program. Someone you had sex with "
            "in the last two\n"
            "months has tested positive for syphilis and asked us to let you know. You may "
            "have been exposed.\n"
            "Testing and treatment are free and confidential at our Alder Street clinic, "
            "walk-ins Monday to\n"
            "Thursday.\n"
            "\n"
            "We won't tell you who it was, and we won't tell anyone about you.\n"
            "\n"
            "Lupe Marquez, Disease Intervention Specialist"
        ),
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        (
            "Thank you for your gift to Harvest Table Food Bank!\n"
            "\n"
            "Amount: $40.00 (monthly)\n"
            "Method: bank transfer, checking ending in 4091\n"
            "Next draft: December 1\n"
            "\n"
            "Your monthly gift provides about 120 meals to families in Carver County. To "
            "change or cancel\n"
            "your gift, reply to this email or call 555-0157. This receipt is for your tax "
            "records; no goods\n"
            "or services were provided in exchange."
        ),
        [],
    ),
    (
        (
            "Subject: Re: locating your file\n"
            "\n"
            "Hi Terrence,\n"
            "\n"
            "I'm really not comfortable putting my whole social in an email, not after "
            "somebody opened two\n"
            "cards in my name last year. The last four are 6051 if that's enough to pull "
            "up my file from the\n"
            "2023 season. If you need the rest I'll come in Tuesday with the card itself.\n"
            "\n"
            "Thanks,\n"
            "Imelda Soto\n"
            "\n"
            "> On Mon, Terrence Boyle <terrence@casatax.org> wrote:\n"
            "> Hi Imelda, can you send your SSN so we can find last year's return? We "
            "moved offices and the\n"
            "> paper files are still in boxes."
        ),
        [("US_SSN", "6051")],
    ),
    (
        (
            "Hi Mr. Castellano,\n"
            "\n"
            'You asked whether that call from "our billing department" was really us. It '
            "wasn't. Here's the\n"
            'line from our privacy notice, word for word: "Riverside Family Dental will '
            "never ask for your\n"
            "Social Security number, card number, PIN or password by phone, text or "
            'email." If anyone calls\n'
            "asking for those, hang up and call the front desk at 555-0138.\n"
            "\n"
            "We've reported the number to the phone company.\n"
            "\n"
            "Janine, Office Manager"
        ),
        [],
    ),
    (
        (
            "Subject: intake form - wrong SSN\n"
            "\n"
            "Hi Consuelo,\n"
            "\n"
            "I put my wife's social in my box by mistake on page 1. The 391-24-0791 is "
            "Gloria's. Mine is\n"
            "442-44-8674. Her line on page 2 is correct as written. Can you fix it before "
            "you file?\n"
            "\n"
            "Thanks,\n"
            "Alberto Ruiz"
        ),
        [("US_SSN", "391-24-0791"), ("US_SSN", "442-44-8674")],
    ),
    (
        (
            "Subject: carrier screening - what to expect\n"
            "\n"
            "Hi,\n"
            "\n"
            "Thanks for asking about carrier screening. If you decide to have it, we draw "
            "one tube of blood\n"
            "and results take about three weeks. If a result ever comes back positive, one "
            "of our genetic\n"
            "counselors will call you to go over what it means and whether your partner "
            "should be tested.\n"
            "Most insurance covers it before or during pregnancy.\n"
            "\n"
            "Ruth Adler, MS, CGC\n"
            "Lakeview Family Genetics"
        ),
        [],
    ),
    (
        (
            "Subject: stepping back from the garden board\n"
            "\n"
            "Friends,\n"
            "\n"
            "Mom will start chemo on the 14th at Valley Oncology, and I'm going to be her "
            "driver, her cook and\n"
            "her everything for the next few months, so I need to step back as secretary "
            "until spring. Bea has\n"
            "kindly agreed to take minutes starting with the November meeting. The minute "
            "book and the shed\n"
            "key are on my porch in the green bin.\n"
            "\n"
            "Please don't send flowers. Send tomatoes in August.\n"
            "\n"
            "Corinne"
        ),
        [("health", "")],
    ),
    (
        (
            "Hi,\n"
            "\n"
            "Your chat assistant asked me for my mother's maiden name to unlock my online "
            "banking. I'm not\n"
            "going to give that to a chatbot, and I'm not putting it in an email either. "
            "Please have a real\n"
            "person call me at 555-0183 during business hours.\n"
            "\n"
            "Thanks,\n"
            "Vera Lindgren"
        ),
        [],
    ),
    (
        (
            "Subject: your loyalty card\n"
            "\n"
            "Hi Grace,\n"
            "\n"
            "Sorry about the mix-up at the register! Your new Garden Gate rewards card "
            "number is\n"
            "4164 2868 6749 1230. The old one (6014 9418 3858 8181) has been merged into "
            "it, so your points\n"
            "carried over. It isn't a payment card, just points toward the spring plant "
            "sale.\n"
            "\n"
            "Garden Gate Nursery"
        ),
        [],
    ),
    (
        (
            "To the hiring team at Crumb & Co.,\n"
            "\n"
            "I'm applying for the delivery driver opening. I drove for Brandt Brewing for "
            "eleven years and\n"
            "was a Teamsters Local 986 member the whole time, right up until the brewery "
            "closed in June. I\n"
            "have a clean CDL and no accidents in that time.\n"
            "\n"
            "I know you're a small shop and I'm not asking about a union here. I just "
            "wanted to explain the\n"
            'gap on my resume and why my last pay stubs say "dues" on them.\n'
            "\n"
            "Thanks for your time,\n"
            "Luis Carrasco"
        ),
        [("trade_union_membership", "")],
    ),
    (
        (
            "Subject: Eid al-Fitr\n"
            "\n"
            "As-salamu alaykum and good evening, neighbors,\n"
            "\n"
            "Eid prayer will be held at the Lincoln Park pavilion at 8:30 am, weather "
            "permitting, with\n"
            "breakfast afterwards. Everyone is welcome, whether or not you're Muslim; come "
            "meet the\n"
            "neighbors. Parking is on the east side.\n"
            "\n"
            "Masjid al-Noor Community Committee"
        ),
        [],
    ),
    (
        (
            "As-salamu alaykum Brother Idris,\n"
            "\n"
            "I'm not one of the regulars at the masjid, I know. For years I only came for "
            "Eid. But I've been\n"
            "coming to Jumu'ah every week since Ramadan and I'd like to help with the "
            "winter food drive. Is\n"
            "Saturday setup still at 9? I have a van and can pick up from the Costco on "
            "Route 4.\n"
            "\n"
            "Faisal"
        ),
        [("religious_belief", "")],
    ),
    (
        (
            "Hi Marcus,\n"
            "\n"
            "Good news first: there is no collection account from Brightline Wireless on "
            "any of your three\n"
            "reports. Whatever that letter was, it never got reported. The one thing still "
            "showing is:\n"
            "\n"
            "- 60-day late payment, Ridgeview Auto Finance, reported Aug 2024\n"
            "\n"
            "That falls off in 2031, but on-time payments from here on will matter far "
            "more than that one\n"
            "line. See you at the Thursday session.\n"
            "\n"
            "Ana Ferris, Financial Coach\n"
            "Neighbors Credit Counseling"
        ),
        [("CREDIT_REPORT", "60-day late payment, Ridgeview Auto Finance, reported Aug 2024")],
    ),
    (
        (
            "Subject: Re: question 7 on the fellowship application\n"
            "\n"
            "Hi Ms. Thornton,\n"
            "\n"
            "Question 7 asks about arrests, not just convictions, so I should answer yes. "
            "I was arrested at\n"
            "the pipeline protest near Cannon Ball in 2020. The charges were dropped six "
            "months later and I\n"
            "have the dismissal letter if you need it.\n"
            "\n"
            "Thank you,\n"
            "Winona Grey Cloud"
        ),
        [("criminal_history", "")],
    ),
    (
        (
            "Subject: W-9 fix\n"
            "\n"
            "Hi Pastor Dee,\n"
            "\n"
            "The number on the W-9 I dropped off Sunday was the band's EIN (84-2716093). "
            "Your treasurer says\n"
            "the honorarium for the fall festival set was paid to me personally, not to "
            "Lowland Drive as a\n"
            "group, so the 1099 needs my own social. It's 257-19-2683, name exactly as "
            "Curtis J. Abernathy.\n"
            "\n"
            "Sorry for the runaround, and thanks again for having us. The kids dancing in "
            "front of the stage\n"
            "was the best gig we've had all year.\n"
            "\n"
            "Curt"
        ),
        [("US_SSN", "257-19-2683")],
    ),
    (
        (
            "Subject: new time clock in January\n"
            "\n"
            "Hi all,\n"
            "\n"
            "Starting January 6 the bakery will use a new time clock that can read "
            "fingerprints instead of\n"
            "badges. Nobody has to use the fingerprint option; you can keep using your "
            "badge. If you want to\n"
            "enroll, read and sign the consent form attached, which explains what the "
            "clock stores and when\n"
            "it's deleted.\n"
            "\n"
            "Maria\n"
            "Sweet Crumb Bakery"
        ),
        [],
    ),
    (
        (
            "Hi Terrence,\n"
            "\n"
            "I'm not going to email my social security number. I'm sorry, I know it slows "
            "things down, but my\n"
            "sister got scammed that way last spring. I'll bring the card itself Thursday "
            "at 4 and you can\n"
            "copy whatever you need right there in front of me.\n"
            "\n"
            "Imelda"
        ),
        [],
    ),
    (
        (
            "Hi Lena,\n"
            "\n"
            "I won't need you for the birth after all. The pregnancy ended at 9 weeks, "
            "last Thursday. I'm\n"
            "okay, mostly. Can we still do the postpartum visits you talked about, even "
            "though it isn't\n"
            "postpartum exactly? I think I'd like someone to talk to who isn't my mother.\n"
            "\n"
            "Please keep the deposit for your time.\n"
            "\n"
            "Ruthie"
        ),
        [("health", "")],
    ),
]


if __name__ == "__main__":
    raise SystemExit(write(HARD_71, "hard71", Path(__file__).with_name("hard-71.jsonl")))
