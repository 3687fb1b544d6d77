"""Hard set 68 (2026-12-07): a center for independent living and its partners in December.

Written blind. I read only /work/shared/policy/privacy-policy.txt (Section 9),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief68.txt. I
ran only throwaway scripts under /tmp/hard68_gen/ (generators, a word count, a calendar
check, and a Luhn check of decoy numbers with luhn_valid from independent_sets.py), this
module (to validate and write hard-68.jsonl), ruff format and ruff check on this module,
and git add, commit and rev-parse. I did not run the detector, any scanner command, make or
pytest, and opened no other file of the project.
Slips: none.

Identifiers were generated with seeded random.Random instances in throwaway scripts under
/tmp/hard68_gen/: Luhn-valid card numbers (Visa, Mastercard, Amex),
checksum-valid ABA routing numbers, SSNs that follow the SSA rules (no 000, 666 or 9xx area,
no 00 group, no 0000 serial), an ITIN in the 9XX-7X range, mod-97-valid IBANs (DE, GB),
and random account, licence, state ID, tribal ID, passport, PIN, one-time code and API key
strings. None is a published test number or a trivial sequence. Decoys' look-alike numbers
(transit pass numbers, serials, a policy number) were checked to fail Luhn or the SSA rules.
Phone numbers are 555-01xx. The center (Kestrel Valley CIL), its partners, vendors, landlords,
the fiscal agent, the union local, the campaign, and all people are invented; places of
worship and tribal nations appear only as what a named invented person says about himself
or herself.

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
- The CIL's name as sender or place, a generic reminder from it, and services it offers to
  everyone (peer groups, benefits webinars, nonpartisan voter help, the AT lending library,
  transit and registry notices) disclose nothing about a named person. A named person's use
  of a benefit or service that exists only for disabled people discloses a disability:
  health. In this set: SSDI and disabled widow's benefits, an ABLE account (opened, locked
  out of, or in identity verification), Access Ride paratransit eligibility or a ride book,
  waiver attendant hours, a nursing-home transition (including the transition funds
  reimbursing a relative), a home modification or van conversion for a named person's
  wheelchair or knee, an IEP, a Pre-ETS roster's disability column, and a consumer-employer
  writing about her own attendants ("my morning attendant").
- A consumer's locked-out benefits login with two paychecks to report names no benefit or
  condition: PASSWORD and ACCESS_CODE only. A medical collection that names only a
  radiology practice discloses no condition by itself.
- Deaf, DeafBlind (tactile ASL), sudden hearing loss, low vision and blindness of a named
  person are health, even where Deaf is also a cultural identity. Interpreters, CART and a
  hearing loop offered at events, and a DHH report of totals, are not labelled.
- Staff speaking about themselves are not writing in role: a peer coordinator's newsletter
  column about his own bipolar disorder and lithium, and a sick-day note about a Crohn's
  flare, are health.
- A union member's note to her rep about her own herniated disc and workers' comp is health
  beside trade_union_membership; an open meeting "for members and non-members" at the Labor
  Temple is not membership.
- EVV selfie-to-enrollment face-match scores for a named attendant, a live-scan rejection
  listing a named applicant's fingerprint template hashes, and an ABLE identity check's
  selfie-to-ID match score are biometric. The live-scan rejection ("no criminal history
  search was performed") is not criminal_history; an EVV release note offering optional
  face verification with a pilot match rate, and a clean check "through WebCheck", are
  neither biometric nor criminal_history.
- A vendor's IBAN on an invoice, a landlord company's ACH routing and account numbers, and a
  relative's IBAN for a refund are labelled like any account (the label set does not ask
  who holds the account); a masked "checking ending in 6120" or "****0917" is not.
- An SSN in a voicemail transcript, punctuated by the transcriber as "480, 30, 0195", is
  US_SSN on that string as transcribed; a telephone-banking PIN transcribed as words ("one
  eight four six") is PIN on the words.
- An IRS IP PIN is PIN on its six digits; "SSN ending in 5585" is US_SSN on the four digits.
- A one-time code for a fiscal agent's employer portal (it releases payroll) and a
  patient-portal proxy sign-in code are ACCESS_CODE.
- A Zoom meeting ID and passcode, a side-door keypad, a lockbox, an alarm and a guest Wi-Fi
  password open no account: not labelled. Staff transit pass numbers (even in 4x4 groups),
  AT serial numbers and asset tags, VR authorization and case numbers, an insurance claim
  number and a policy number shaped like an SSN but with a 9xx area, invoice and work-order
  numbers, an Access Ride ID, a live-scan TCN and EINs are unlabelled identifiers.
- A tribal ID card number given by an enrolled member is US_STATE_ID and the enrollment is
  racial_ethnic_origin; an attendant's Mexican passport is US_PASSPORT beside her ITIN; a
  Pennsylvania licence given on an Ohio I-9 is US_DRIVER_LICENSE.
- "Hmong American" and "Mexican American" in a volunteer export are racial_ethnic_origin;
  its language column is not labelled.
- An ancestry estimate offered as a group icebreaker is still genetic and
  racial_ethnic_origin.
- A woman bringing "my wife Mel", a woman married 22 years ("two old ladies"), and a man
  whose husband took his surname disclose a same-sex spouse: sexual_orientation. A peer
  circle "for LGBTQ+ disabled folks and allies" open to all is not.
- A named voter telling a nonpartisan canvasser whom she is voting for is political_opinion
  though the canvasser takes no side; so are volunteering for a candidate's campaign and for
  a ballot-issue committee's phone bank. A legislator's recorded vote, a nonpartisan
  candidates forum and a "Hi friend" appeal are not. A state ID number given for voter
  registration is US_STATE_ID and discloses no politics.
- Juvenile probation after an adjudication, parole after state prison, and a registry
  background check listing OVI and theft convictions are criminal_history. A role-play
  marked fictional (a brain injury, a probation officer), a composite appeal story marked
  as such, and a job posting inviting disabled applicants are not labelled.
- A lector at Mass, forty years' membership of a temple with Shabbat services, and praying
  five times a day with twenty years' membership of an Islamic Center are religious_belief.
  A DHH social in a temple's social hall and a potluck in a church fellowship hall are
  places only.
- A publishable key alone is not labelled; a Bearer token in a quoted request header is
  API_KEY, like a secret key.
- An Amex written as "3795 179019" and "77666" on two lines is one CREDIT_CARD holding the
  line break, with the four front digits as CVV.
- A lender's "middle score of 588" and a landlord's "Score: 535" are CREDIT_SCORE, and their
  dash-bulleted collection, late-payment and charge-off items are CREDIT_REPORT on the whole
  line after the bullet; "Public records: none" is not labelled.
- A DMD deletion confirming Duchenne, with deflazacort, is genetic and health; an SMN1
  carrier result ("not affected") with only counselling about testing the partner is
  genetic only.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_68: list[Case] = [
    (
        "Subject: Invoice 2026-1187 - Kestrel Valley CIL\n"
        "\n"
        "Dear Ms. Nandakumar,\n"
        "\n"
        "Please find attached invoice 2026-1187 for 3 x LumaRead 22 desktop video magnifiers "
        "with speech output, total EUR 6,870.00, payable within 30 days. Payment by "
        "international transfer to:\n"
        "\n"
        "Lesehilfe Technik GmbH\n"
        "IBAN: DE96 2346 8182 9698 0692 01\n"
        "Reference: 2026-1187\n"
        "\n"
        "Warranty registration for serial numbers LR22-40871, LR22-40872 and LR22-40873 is "
        "complete. The units ship from Leipzig on Monday and should reach you before the new "
        "year.\n"
        "\n"
        "Mit freundlichen Gruessen / kind regards,\n"
        "Jana Weidlich\n"
        "Export Sales, Lesehilfe Technik GmbH\n",
        [
            ("IBAN_CODE", "DE96 2346 8182 9698 0692 01"),
        ],
    ),
    (
        "Subject: ABLE account is open!!\n"
        "\n"
        "Hi Luis,\n"
        "\n"
        "Just wanted to let you know we FINALLY got Theo's ABLE account opened through the "
        "state program. Here are the numbers for the SSI paperwork you said his caseworker "
        "would want:\n"
        "\n"
        "Theo Solis ABLE checking\n"
        "routing 062188672\n"
        "acct 7066457588\n"
        "\n"
        "His grandma wants to put in $2,000 for Christmas. That won't count against his SSI "
        "resource limit, right? You said anything under the yearly amount is fine but I want "
        "to hear it one more time before she writes the check, she's already nervous about "
        '"messing up his benefits."\n'
        "\n"
        "Also he turned 19 last week so I think he needs his own letter now?\n"
        "\n"
        "Thank you for everything,\n"
        "Renata Solis\n",
        [
            ("ABA_ROUTING_NUMBER", "062188672"),
            ("US_BANK_NUMBER", "7066457588"),
            ("health", ""),
        ],
    ),
    (
        "Subject: DHH program - quarterly report to the foundation\n"
        "\n"
        "Dear Ms. Abernethy,\n"
        "\n"
        "Here is our quarterly summary for the Deaf and Hard of Hearing program "
        "(July-September):\n"
        "\n"
        "- 58 people served; 212 year to date\n"
        "- 38% of visits used the hearing loop or a personal amplifier\n"
        "- 14 videophones installed, 9 amplified phones loaned\n"
        "- 122 interpreter hours booked for consumers at medical and legal appointments\n"
        "- 3 workshops on captioned telephone services (41 attendees total)\n"
        "\n"
        "We are on track to meet all outcomes in the grant agreement. Photos from the fall "
        "ASL social are attached with signed releases.\n"
        "\n"
        "Hallie Quist\n"
        "DHH Program Coordinator\n",
        [],
    ),
    (
        "Subject: [TEMPLATE] Benefits counseling - earnings follow-up email\n"
        "\n"
        "Hi [First Name],\n"
        "\n"
        "Thanks for meeting with me on [date]. As we discussed, please bring the following "
        "to your next appointment:\n"
        "\n"
        "- Your most recent benefit award letter (claim number: ____________)\n"
        "- Pay stubs for [month(s)]\n"
        "- Your Social Security number if it is not already in your file: XXX-XX-____\n"
        "\n"
        "Remember: report your earnings to Social Security by the 10th of the month after "
        "you are paid.\n"
        "\n"
        "[Counselor name]\n"
        "Benefits Counselor, Kestrel Valley CIL\n"
        "\n"
        "-- Staff: do not send this template without filling in every bracket. Delete the "
        "SSN line if we already have it. Never put a full SSN in an email.\n",
        [],
    ),
    (
        "Subject: District 4 holiday closure and counselor changes\n"
        "\n"
        "Dear consumers and partners,\n"
        "\n"
        "The District 4 office will be closed December 24-25 and January 1. Counselor Paul "
        "Nguyen is moving to the Lorain office on January 4; his caseload will be split "
        "between Kimberly Diaz and a new counselor starting in February. Your case number "
        "and your plan will not change, and no services will be interrupted.\n"
        "\n"
        "If you aren't sure who your counselor is, call the front desk at (330) 555-0190 and "
        "have your case number ready.\n"
        "\n"
        "State Office of Vocational Rehabilitation, District 4\n",
        [],
    ),
    (
        "Subject: Where our state legislators stand on paratransit funding\n"
        "\n"
        "Advocates,\n"
        "\n"
        "Here is where the Tri-County delegation landed on HB 318, the bill that would have "
        "restored paratransit operating funds:\n"
        "\n"
        "- Rep. Hollis Garner voted no, saying the county levy should cover it.\n"
        "- Rep. Dana Okoro (no relation to anyone here!) voted yes and spoke in committee.\n"
        "- Sen. Lydia Whitford co-sponsored the Senate version and has said publicly she "
        "will bring it back in January.\n"
        "\n"
        "Our next advocacy day is January 20 at the Statehouse. We'll provide "
        "transportation, ASL interpreters and a quiet room. RSVP to Teresa.\n"
        "\n"
        "KVCIL Advocacy Committee\n",
        [],
    ),
    (
        "Subject: Mom's apartment - a few requests\n"
        "\n"
        "Corinne,\n"
        "\n"
        "Thank you for showing Mom and me the unit yesterday. A few things before she signs:\n"
        "\n"
        "1. She prays five times a day and needs a clean corner of the bedroom with room for "
        "her prayer rug. The northeast corner would be perfect.\n"
        "2. She's been a member at the Islamic Center of Marlow Falls for twenty years. The "
        "imam's wife has offered to help with groceries, so please add her to the emergency "
        "contacts.\n"
        "3. Her attendants need to be women.\n"
        "4. Since the amputation she can't use a tub, so the roll-in shower is a must.\n"
        "\n"
        "Samir Qureshi (for Fatima Qureshi)\n",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Live scan submission rejected - applicant Yusuf Haddad\n"
        "\n"
        "Pinecrest Fiscal Services - Attendant Onboarding,\n"
        "\n"
        "Your live scan submission for applicant Yusuf Haddad (TCN 2026-348-11872) was "
        "rejected by the state repository before search. Reason: insufficient image quality "
        "on two fingers.\n"
        "\n"
        "Finger         NFIQ   Template hash (SHA-256, first 32)\n"
        "R index        4      3f9c1b77e0a24d58c6b1e2fa90d4477b\n"
        "R middle       5      a81e6c03d7f2b9954e0c31d8b6f7a21e\n"
        "\n"
        "Please have the applicant rescan at any WebCheck location within 30 days; the fee "
        "is waived for rescans. No criminal history search was performed on this submission.\n"
        "\n"
        "ScanPoint Fingerprinting Services\n"
        "(330) 555-0184\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: Job posting - Peer Support Specialist (full time)\n"
        "\n"
        "Kestrel Valley Center for Independent Living is hiring a Peer Support Specialist.\n"
        "\n"
        "About the role: facilitate peer groups, meet one-on-one with consumers, and help "
        "people set their own independent living goals. $21.50/hr, full benefits, hybrid "
        "schedule.\n"
        "\n"
        "Who we're looking for: people with lived experience of disability are strongly "
        "encouraged to apply. More than half of our staff and board are disabled, and that's "
        "on purpose. Ohio peer supporter certification preferred, or willingness to complete "
        "it in the first six months.\n"
        "\n"
        "Accommodations in the application process are available on request. Apply by "
        "January 8 at kvcil.org/jobs.\n"
        "\n"
        "KVCIL is an equal opportunity employer.\n",
        [],
    ),
    (
        "Subject: fwd my stub - overtime missing?\n"
        "\n"
        "Hi, I pasted my stub below bc the portal won't let me upload. I worked 46 hrs the "
        "week of 11/16 and I don't see any OT on it.\n"
        "\n"
        "PINECREST FISCAL SERVICES - EARNINGS STATEMENT\n"
        "Employee: Deshawn Kirby    SSN: XXX-XX-3656\n"
        "Pay period 11/15/2026 - 11/28/2026    Pay date 12/04/2026\n"
        "Regular        80.00 hrs @ 16.75     1,340.00\n"
        "Overtime        0.00 hrs                 0.00\n"
        "Gross                                1,340.00\n"
        "Fed W/H                                 71.20\n"
        "Soc Sec                                 83.08\n"
        "Medicare                                19.43\n"
        "OH State                                22.61\n"
        "HCWU Local 412 dues                     21.40\n"
        "Net pay                              1,122.28\n"
        "Deposited: Checking ****0917\n"
        "\n"
        "Also is the union dues right? it was 19 something last time.\n"
        "\n"
        "Deshawn\n",
        [
            ("trade_union_membership", ""),
            ("US_SSN", "3656"),
        ],
    ),
    (
        "Subject: cant get in\n"
        "\n"
        "luis im at the library computer and it logged me out again. password is "
        "Bluejay!Porch42 and the code they just texted me is 469132 can u do the wage report "
        "from ur end like last time? its the december pay from the hardware store, 2 checks "
        "412.50 and 388.00\n"
        "\n"
        "the lady next to me says its a scam to give ppl ur password lol but its u so\n"
        "\n"
        "ferris\n"
        "sent from my phone\n",
        [
            ("PASSWORD", "Bluejay!Porch42"),
            ("ACCESS_CODE", "469132"),
        ],
    ),
    (
        "Subject: Registry background check - Kyle Bruner\n"
        "\n"
        "Hi Amara,\n"
        "\n"
        "The background check for Kyle Bruner (attendant registry applicant) came back. BCI "
        "shows a 2019 OVI conviction in Marlow Falls Municipal Court and a 2022 petty theft "
        "conviction in Lorain County. Under the waiver rules the theft conviction is a "
        "disqualifying offense for five years, so we can't add him to the registry until "
        "2027. The OVI alone would not have disqualified him.\n"
        "\n"
        "Can you let him know? He can request a copy of the report from BCI directly. I'm "
        "out Friday, so call Kendra if anything comes up.\n"
        "\n"
        "Thanks,\n"
        "Laurel Fisk\n"
        "Onboarding, Pinecrest Fiscal Services\n",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Adding my husband as my attendant\n"
        "\n"
        "Hello,\n"
        "\n"
        "My name is Paul Amsel and I direct my own care on the waiver. Since my stroke in "
        "April my husband Anthony has been doing almost all of my care (showers, transfers, "
        "my meds), and my case manager says he can be hired as my paid attendant through "
        "you.\n"
        "\n"
        "What forms does he need to fill out? He's worried the background check will be "
        "confused because he changed his last name to Amsel when we got married in 2019. "
        "Should he list his old name somewhere?\n"
        "\n"
        "Thank you,\n"
        "Paul Amsel\n"
        "(330) 555-0135\n",
        [
            ("sexual_orientation", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: timesheets!!\n"
        "\n"
        "Lupe,\n"
        "\n"
        "I can't get into the Pinecrest employer portal on my tablet, it keeps sending me "
        "codes and then timing out before I can type them. The one I just got is 882270. Can "
        "you approve your own timesheet and Tasha's from your phone on my account? They're "
        "due noon tomorrow or you both get paid late, and I won't have that happen before "
        "Christmas.\n"
        "\n"
        "I need my morning attendant on time tomorrow, so go to bed early!\n"
        "\n"
        "Margaret Albers\n",
        [
            ("ACCESS_CODE", "882270"),
            ("health", ""),
        ],
    ),
    (
        "Subject: Elevator out of service - Building B\n"
        "\n"
        "Dear Linden Court residents,\n"
        "\n"
        "The Building B elevator will be out of service Tuesday, December 15, from 9 AM to "
        "about 3 PM for the annual state inspection.\n"
        "\n"
        "Residents who use wheelchairs, scooters or walkers: the ground-floor community room "
        "will be open with coffee, and the east entrance ramp will be salted by 7 AM. If you "
        "need groceries or packages carried up that day, call the office and maintenance "
        "will help.\n"
        "\n"
        "We're sorry for the inconvenience.\n"
        "\n"
        "Mona Pell\n"
        "Leasing, Linden Court Apartments\n"
        "(330) 555-0126\n",
        [],
    ),
    (
        "Subject: Community transition funds - reimbursement for Harold's deposit\n"
        "\n"
        "Hi June,\n"
        "\n"
        "The transition funds were approved to reimburse you for the security deposit and "
        "first month you fronted for your dad's apartment when he left Brookhaven. Please "
        "confirm these are right before Ray sends the ACH on Friday:\n"
        "\n"
        "Routing: 306380644\n"
        "Account: 6354747083 (checking, June Pike)\n"
        "\n"
        "Once it posts you should see it in two business days. Tell Harold I said the new "
        "place looks great in the photos!\n"
        "\n"
        "Corinne Bledsoe\n"
        "Nursing Home Transition Coordinator, KVCIL\n",
        [
            ("ABA_ROUTING_NUMBER", "306380644"),
            ("US_BANK_NUMBER", "6354747083"),
            ("health", ""),
        ],
    ),
    (
        "Subject: Webinar: ABLE accounts 101 (Dec 10)\n"
        "\n"
        "Wondering whether an ABLE account is right for you or a family member? Join our "
        "free webinar.\n"
        "\n"
        "When: Thursday, December 10, 12-1 PM\n"
        "Zoom meeting ID: 862 5510 3974\n"
        "Passcode: 407719\n"
        "\n"
        "We'll cover who is eligible, how ABLE savings affect SSI and Medicaid, what counts "
        "as a qualified expense, and how to open an account. Bring your questions; nothing "
        "you ask will be recorded with your name.\n"
        "\n"
        "Captions and an ASL interpreter will be provided. Slides in large print are "
        "available on request.\n"
        "\n"
        "Luis Ferreira\n"
        "Benefits Counselor, KVCIL\n",
        [],
    ),
    (
        "Subject: out today\n"
        "\n"
        "Hi all,\n"
        "\n"
        "I'm not coming in today, my Crohn's is flaring and I was up most of the night. I'll "
        "move the 10:00 AT demo with the Rivera family to Thursday and call them myself. The "
        "loaner iPad for the Wednesday group is charged and on my desk.\n"
        "\n"
        "Priya\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Front desk reminder - what we ask (and don't)\n"
        "\n"
        "Front desk team,\n"
        "\n"
        "A reminder, since we have two new people:\n"
        "\n"
        "- We never ask about diagnosis, religion or immigration status at intake. The "
        'intake form asks what someone wants help with, not what\'s "wrong" with them.\n'
        "- If someone tells you about a condition anyway, don't write it on the sign-in "
        "sheet.\n"
        "- Everyone gets offered the same list of services, in the format they prefer.\n"
        "- Interpreters (ASL, Spanish, anything else) are booked through Hallie, for anyone "
        "who asks.\n"
        "\n"
        "Thanks for making this a place people want to walk into.\n"
        "\n"
        "Dana\n",
        [],
    ),
    (
        "Subject: refund of the stairlift deposit\n"
        "\n"
        "Dear Gwen,\n"
        "\n"
        "My sister tells me the grant came through and covered the whole stairlift for Mum, "
        "so the $850 deposit I put down in October can come back to me. I'm in Manchester, "
        "so a US cheque is a nightmare to pay in. Could the installer wire it instead? My "
        "details:\n"
        "\n"
        "Graham Whitley\n"
        "IBAN GB29 NWBK 8417 8995 4982 58\n"
        "\n"
        "Mum has been so much happier since she can get upstairs to her own bed again. After "
        "the hip fracture she'd been sleeping on the settee for months. Thank you all.\n"
        "\n"
        "Best wishes,\n"
        "Graham\n",
        [
            ("IBAN_CODE", "GB29 NWBK 8417 8995 4982 58"),
            ("health", ""),
        ],
    ),
    (
        "Subject: Peer groups in December (all open, no sign-up)\n"
        "\n"
        "Here's the peer group schedule through the holidays. All groups are free and open "
        "to anyone, and you don't have to share anything to attend.\n"
        "\n"
        "Mondays 6 PM - Brain Injury Peer Group (in person + Zoom)\n"
        "Tuesdays 1 PM - Chronic Pain and Fatigue Circle\n"
        "Wednesdays 6 PM - Rainbow Peer Circle for LGBTQ+ disabled folks and allies\n"
        "Thursdays 4 PM - Young Adults (18-30) Hangout\n"
        "Saturday 12/12 - No groups (holiday party!)\n"
        "\n"
        "Peer support isn't therapy; it's people with disabilities supporting each other. If "
        "you need a ride, Access Ride or the 23 bus stop right out front.\n"
        "\n"
        "Ben Okafor\n"
        "Peer Support Coordinator\n",
        [],
    ),
    (
        "Subject: Summer Bridges 2027 - now taking applications\n"
        "\n"
        "Students ages 14-21 and families,\n"
        "\n"
        "Summer Bridges is back! Six weeks of paid work experience, job coaching and weekly "
        "workshops on budgeting, self-advocacy and getting around on transit.\n"
        "\n"
        "- No IEP or 504 plan is needed to apply; any student who thinks they'd benefit is "
        "welcome.\n"
        "- Students earn $12.50/hr for up to 20 hours a week.\n"
        "- Information nights: January 12 and 14, 6 PM, at the CIL and on Zoom.\n"
        "\n"
        "Applications are due March 1. Paper applications are available at every high school "
        "office in Tri-County.\n"
        "\n"
        "Marcus Oyelaran\n"
        "Youth Transition Specialist, KVCIL\n",
        [],
    ),
    (
        "Subject: Ramp at 412 Orchard - consent form for Unit 2\n"
        "\n"
        "Mr. Haskins,\n"
        "\n"
        "Thank you for calling me back. As we discussed, your tenant in Unit 2, Marcus "
        "Greer, has been approved for a Safe at Home modification grant. Since his spinal "
        "cord injury in August he uses a power wheelchair, and right now he can't get in or "
        "out of the building without two people bumping the chair down the back steps.\n"
        "\n"
        "The grant covers a modular aluminum ramp at the rear entrance (about 24 feet with "
        "one switchback), widening the bathroom door to 34 inches, and lever handles. "
        "Modular ramps come out in a day when a tenant moves, so nothing about the change is "
        "permanent. We need your signed consent before Ostrander Lift & Ramp can schedule "
        "the install; they are holding December 15.\n"
        "\n"
        "The form is attached. You can sign it on your phone.\n"
        "\n"
        "Gwen Ashby\n"
        "Home Modification Coordinator, KVCIL\n"
        "(330) 555-0121\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Driver rehab evaluation - Dec 16\n"
        "\n"
        "Mr. Haverford,\n"
        "\n"
        "Your referral for a driver rehabilitation evaluation has been authorized for "
        "Wednesday, December 16, at 9:30 at Riverside Outpatient Therapy.\n"
        "\n"
        "Before the evaluation I need one thing from you: the license number we have on "
        "file, EM882738, did not match the BMV record when the evaluator checked it. Please "
        "send a photo of the front of your license or call me with the number exactly as "
        "printed.\n"
        "\n"
        "The evaluator will try hand controls and a left-foot accelerator because of the "
        "right-side weakness from your stroke. Bring your glasses and wear comfortable "
        "shoes.\n"
        "\n"
        "Kimberly Diaz\n"
        "VR Counselor, State Office of Vocational Rehabilitation, District 4\n"
        "(330) 555-0190\n",
        [
            ("US_DRIVER_LICENSE", "EM882738"),
            ("health", ""),
        ],
    ),
    (
        "Subject: grab bars + shower chair for Rae\n"
        "\n"
        "Hi Gwen,\n"
        "\n"
        "Thank you for coming out Monday. Rae and I talked it over and we want to go ahead "
        "with the grab bars and the handheld shower. We've been married 22 years, two old "
        "ladies and a cat in a house with a tub neither of us should be climbing into. Since "
        "Rae's knee replacement she really can't step over the edge, and I'm not much better "
        "with my balance.\n"
        "\n"
        "Can the contractor come after the 4th? We'll have my wife's sister here over "
        "Christmas.\n"
        "\n"
        "Dottie Gruber\n",
        [
            ("sexual_orientation", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: fun thing for the group?\n"
        "\n"
        "Ben,\n"
        "\n"
        'For the "where we come from" night in January, could I share my DNA results? The '
        "ancestry test says I'm 62% Nigerian, 21% Cameroon/Congo, and 9% Scottish, which "
        "made my granddad laugh for about ten minutes. Might be a good icebreaker if other "
        "people want to bring theirs too.\n"
        "\n"
        "Tamika Holloway\n",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Access Ride application - ID question\n"
        "\n"
        "Hi Priya,\n"
        "\n"
        "For the Access Ride application the form asks for a state ID or driver's license "
        "number. I don't drive (my neurologist hasn't cleared me since the seizures came "
        "back four years ago), but I do have my tribal ID from the Eastern Shawnee Tribe, "
        "I'm an enrolled member. The number is 9019286. Will TCTA take that? I'd rather not "
        "pay for a state card if I don't have to.\n"
        "\n"
        "Also, can I come in Tuesday to do the functional assessment part with you?\n"
        "\n"
        "Wren Halloway\n",
        [
            ("US_STATE_ID", "9019286"),
            ("racial_ethnic_origin", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Disability Pride potluck - RSVP + accommodations\n"
        "\n"
        "You're invited to our winter Disability Pride potluck!\n"
        "\n"
        "When: Friday, December 18, 5:30-8 PM\n"
        "Where: Fellowship hall, St. Anne's Episcopal Church, 210 Elm St. (the accessible "
        "entrance is on the parking lot side, with a power door)\n"
        "\n"
        "Please RSVP by December 14 and tell us about any accommodations you need: ASL, "
        "CART, large print, a quiet space, a ride, or food that fits your diet. We'll label "
        "every dish with its ingredients and keep the room scent-free.\n"
        "\n"
        "All are welcome. Bring friends!\n"
        "\n"
        "KVCIL Events Team\n",
        [],
    ),
    (
        "Subject: donate page keys (year-end campaign)\n"
        "\n"
        "Dana,\n"
        "\n"
        "Here are the keys for the new donate page so Ray can paste them into the plugin "
        "tonight:\n"
        "\n"
        "publishable: pk_live_51Qh7RkT2bWc9ZyXn4MdVe8LpAs\n"
        "secret: sk_live_JEJXIPHmUOXDDyMgEvvUBKlNbXPZ\n"
        "\n"
        "Please don't put the secret one in the shared Google doc, just in the plugin "
        "settings, and delete this email after. I'll rotate it in January anyway.\n"
        "\n"
        "Sam Achterberg\n"
        "(volunteer, website stuff)\n",
        [
            ("API_KEY", "sk_live_JEJXIPHmUOXDDyMgEvvUBKlNbXPZ"),
        ],
    ),
    (
        "Subject: I-9 docs - Tobias Renner\n"
        "\n"
        "Hi Pinecrest,\n"
        "\n"
        "I'm the new attendant from the KVCIL registry. The onboarding checklist said to "
        "email the I-9 document numbers if I can't come in person this week:\n"
        "\n"
        "- Pennsylvania driver's license 95668913 (I just moved from Erie, haven't switched "
        "it yet)\n"
        "- Social Security card, number 519-36-2831\n"
        "\n"
        "I'll bring the originals to orientation on the 10th. Is parking free there?\n"
        "\n"
        "Tobias Renner\n",
        [
            ("US_DRIVER_LICENSE", "95668913"),
            ("US_SSN", "519-36-2831"),
        ],
    ),
    (
        "Tri-County Transit Authority - Customer Service Receipt\n"
        "\n"
        "Customer: Delphine Akers\n"
        "Date: 12/03/2026\n"
        "Item: Access Ride 20-ride book (paratransit), December          $50.00\n"
        "Paid: Mastercard ending 8043\n"
        "\n"
        "Reminder: Access Ride trips must be booked by 5 PM the day before. Ride books never "
        "expire. Your attendant rides free when listed on your eligibility file. Holiday "
        "schedule: no Access Ride service on December 25.\n"
        "\n"
        "Questions? Call (330) 555-0108, TTY 711.\n",
        [
            ("CREDIT_CARD_LAST_DIGITS", "8043"),
            ("health", ""),
        ],
    ),
    (
        "TRI-COUNTY TRANSIT AUTHORITY\n"
        "Access Ride Eligibility Determination\n"
        "\n"
        "Dear Ms. Annette Kibler,\n"
        "\n"
        "We have completed our review of your application received November 12, 2026, "
        "including the in-person functional assessment on December 2. You have been found "
        "CONDITIONALLY ELIGIBLE for Access Ride paratransit service through December 31, "
        "2029.\n"
        "\n"
        "Conditions: Access Ride is available to you for trips that would require walking "
        "more than 1/4 mile, crossing a street without an accessible pedestrian signal, or "
        "traveling after dark, because of your low vision (retinitis pigmentosa, as "
        "documented by your eye care provider). For other trips we encourage fixed-route "
        "service, which you may ride free with your Access Ride ID.\n"
        "\n"
        "Your Access Ride ID is AR-2026-07741. You may bring one personal care attendant at "
        "no charge.\n"
        "\n"
        "If you disagree with this decision you may appeal within 60 days.\n"
        "\n"
        "Eligibility Office, TCTA\n"
        "cc: Priya Nandakumar, KVCIL\n",
        [
            ("health", ""),
        ],
    ),
    (
        "KVCIL Newsletter - December\n"
        "Peer to Peer: Getting Through the Holidays\n"
        "by Ben Okafor, Peer Support Coordinator\n"
        "\n"
        "I've lived with bipolar disorder for about twenty years, and December used to be my "
        "worst month. The light goes, the schedule goes, and for a long time I'd stop taking "
        'my lithium around Thanksgiving because I felt "fine." What finally helped was '
        "boring: a fixed bedtime, one person I text every morning, and telling my "
        "psychiatrist the truth.\n"
        "\n"
        "If the season is heavy for you too, our peer groups keep meeting through the "
        "holidays, and you can drop in without signing up. You don't have to say anything. "
        "Sitting with people who get it counts.\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Staff meeting agenda - Monday Dec 14\n"
        "\n"
        "1. Year-end numbers (Dana) - 10 min\n"
        "2. Accessible voting recap: 43 voters helped, 6 curbside, what to fix for May "
        "(Teresa)\n"
        "3. AT lending library: 19 devices out over the holidays, inventory due the 15th "
        "(Priya)\n"
        "4. Nursing home transitions: 2 moves scheduled before Jan 5 (Corinne)\n"
        "5. Holiday party thank-yous (Ben)\n"
        "6. Board retreat date (Dana)\n"
        "\n"
        "Meeting is hybrid. Captions will be on in Zoom; the room has the loop. If you need "
        "the agenda in another format, tell Nadia by Friday.\n",
        [],
    ),
    (
        "Subject: [CareCheck API] 401 errors on nightly EVV export\n"
        "\n"
        "Hi Pinecrest IT,\n"
        "\n"
        "Our nightly pull from your aggregator endpoint started failing on Dec 6 at 02:00. "
        "Request excerpt from our log:\n"
        "\n"
        "POST /v2/visits/export HTTP/1.1\n"
        "Host: api.carecheckevv.com\n"
        "Authorization: Bearer L6gMdOH4vlUccbU0LxRW6gD4H3OktNUJEys0uCpa\n"
        "X-Agency-ID: PFS-00418\n"
        "Content-Type: application/json\n"
        "\n"
        'Response: 401 {"error":"token_revoked"}\n'
        "\n"
        "Did someone rotate the token on your side? If so, please send the new one through "
        "the portal, not email.\n"
        "\n"
        "Marco Pellegrini\n"
        "Integration Support, CareCheck EVV\n",
        [
            ("API_KEY", "L6gMdOH4vlUccbU0LxRW6gD4H3OktNUJEys0uCpa"),
        ],
    ),
    (
        "Subject: new hire paperwork - Ofelia Castaneda\n"
        "\n"
        "Hello Pinecrest,\n"
        "\n"
        "I am the new attendant, I start Monday with my client on the east side. The lady at "
        "the office said to send you my numbers for the tax form and the direct deposit "
        "because the scanner at the library did not work.\n"
        "\n"
        "Tax ID (ITIN): 951-73-3788\n"
        "ID: Mexican passport X52176771\n"
        "Bank: Lakeshore Federal Credit Union\n"
        "Routing 624791287\n"
        "Account 625063287 (checking)\n"
        "\n"
        "I do not have the social security card yet, she said you can start me with the ITIN "
        "and I update when the card comes. Please tell me if you need something more. My "
        "phone is (330) 555-0147, text is better.\n"
        "\n"
        "Thank you,\n"
        "Ofelia Castaneda\n",
        [
            ("US_ITIN", "951-73-3788"),
            ("US_PASSPORT", "X52176771"),
            ("ABA_ROUTING_NUMBER", "624791287"),
            ("US_BANK_NUMBER", "625063287"),
        ],
    ),
    (
        "Subject: Open meeting for ALL home care workers - contract update\n"
        "\n"
        "Hi everyone,\n"
        "\n"
        "Home care workers in Tri-County are invited to an open meeting on Wednesday, "
        "December 9, 6 PM, at the Labor Temple on Third Street. Members and non-members are "
        "both welcome, and there is no sign-up.\n"
        "\n"
        "We'll go over where bargaining with the state stands, the proposed $1.25 raise, and "
        "the new EVV rules. Dinner and childcare provided. The building is accessible, with "
        "the entrance on the parking lot side.\n"
        "\n"
        "Questions? Call the hall at (330) 555-0155.\n"
        "\n"
        "Denise Harrow\n"
        "Organizer, Home Care Workers United Local 412\n",
        [],
    ),
    (
        "Subject: Claim 0032-8841-17 - accessible van, minor collision\n"
        "\n"
        "Ray,\n"
        "\n"
        "Your claim has been opened. Summary:\n"
        "\n"
        "Claim no.: 0032-8841-17\n"
        "Policy no.: 912-41-0083\n"
        "Vehicle: 2022 Ford Transit, side-entry wheelchair lift\n"
        "Date of loss: 12/02/2026, rear bumper damage in the CIL lot\n"
        "Injuries reported: none\n"
        "Lift damage: none reported\n"
        "\n"
        "An adjuster will contact you within two business days to schedule an inspection. "
        "Please keep the van out of service only if the lift door doesn't close.\n"
        "\n"
        "Gianna Rocco\n"
        "Commercial Claims, Buckeye Mutual\n",
        [],
    ),
    (
        "Subject: Safe at Home 2027 guidelines (final)\n"
        "\n"
        "Gwen,\n"
        "\n"
        "Final guidelines for the 2027 round, as approved by the county:\n"
        "\n"
        "Eligibility: homeowners or renters (with landlord consent) in Tri-County with a "
        "household member who has a disability or is 60 or older.\n"
        "\n"
        "Income limits (80% AMI):\n"
        "1 person $48,650 | 2 people $55,600 | 3 people $62,550 | 4 people $69,450\n"
        "\n"
        "Maximum grant: $12,000; deferred loans up to $25,000 for larger projects, forgiven "
        "after five years.\n"
        "Eligible work: ramps, grab bars, stairlifts, bathroom conversions, widened doors, "
        "visual and tactile alarms.\n"
        "\n"
        "Please replace the website version by January 4.\n"
        "\n"
        "Patrice Lindell\n"
        "County Community Development Office\n",
        [],
    ),
    (
        "Voicemail transcription\n"
        "From: Ray Delacroix (330) 555-0112\n"
        "Received: Mon 12/07 6:41 PM\n"
        "Length: 0:38\n"
        "\n"
        "\"Hi Nikki, it's Ray. Sorry, one more thing I forgot to put in the email. If the "
        "online banking is down Thursday, the telephone banking line at Lakeshore asks for a "
        "PIN, it's one eight four six, then pound, then it'll ask for the last four of the "
        "account. Don't release anything except payroll. Okay, thanks, bye.\"\n",
        [
            ("PIN", "one eight four six"),
        ],
    ),
    (
        "Subject: my ID for the voter form\n"
        "\n"
        "Teresa, you asked what ID number I put on the registration. It's my state ID card "
        "not a license: UM919863. I moved here from Cleveland in July so the address on the "
        "card is still the old one. Does that matter for voting Tuesday? I don't want to get "
        "turned away after taking two buses.\n"
        "\n"
        "Octavia Reese\n",
        [
            ("US_STATE_ID", "UM919863"),
        ],
    ),
    (
        "Subject: Accessible candidates forum - Thursday Dec 3\n"
        "\n"
        "Both candidates in the Ward 3 special election, Ana Dees and Carl Mertens, have "
        "confirmed for our accessible candidates forum this Thursday, December 3, 6:30 PM at "
        "the Marlow Falls Public Library.\n"
        "\n"
        "Questions will focus on paratransit, sidewalks, housing and jobs. You can submit "
        "questions in advance by email, text or videophone. ASL interpreters and CART will "
        "be provided, and the forum will be livestreamed with captions.\n"
        "\n"
        "The CIL does not support or oppose any candidate. This forum is open to the public.\n"
        "\n"
        "Teresa Vukovich\n"
        "Voter Access Organizer, KVCIL\n",
        [],
    ),
    (
        "Subject: Background check result - Lena Ortiz\n"
        "\n"
        "Hi Amara,\n"
        "\n"
        "Background check for Lena Ortiz (attendant registry) came back clean: BCI and FBI, "
        "no records found. Her fingerprints went through WebCheck at the Marlow Falls "
        "library on the 1st, so she's good for five years.\n"
        "\n"
        "She can start orientation on the 10th. I'll send her the handbook and the EVV setup "
        "instructions today.\n"
        "\n"
        "Thanks,\n"
        "Laurel Fisk\n"
        "Onboarding, Pinecrest Fiscal Services\n",
        [],
    ),
    (
        "Subject: Linden Court application - Hattie Greaves\n"
        "\n"
        "Hi Ms. Pell,\n"
        "\n"
        "Attached is the rental application for Mrs. Hattie Greaves. Her driver's license "
        "expired while she was at Brookhaven, and the only current photo ID she has is her "
        "U.S. passport, number Z58755918, expiring 2031. I included a copy of the photo "
        "page.\n"
        "\n"
        "Since her stroke she can't sign reliably, so her daughter Lorraine will sign as "
        "power of attorney. The transition program's deposit guarantee letter is also "
        "attached.\n"
        "\n"
        "Thank you,\n"
        "Corinne Bledsoe\n"
        "Nursing Home Transition Coordinator, KVCIL\n",
        [
            ("US_PASSPORT", "Z58755918"),
            ("health", ""),
        ],
    ),
    (
        "Subject: Wed canvass notes - Eastgate Towers (for data entry)\n"
        "\n"
        "Hi team, notes from Wednesday at Eastgate Towers. Please get these into "
        "VoterConnect tonight, the special election is Tuesday.\n"
        "\n"
        "Apt 3B - Gloria Ibarra. Totally blind, so she wanted the accessible absentee option "
        "explained twice; we walked through the remote ballot marking tool with her screen "
        "reader. She told me she's voting for Ana Dees for council and asked where to get a "
        "yard sign for her window. Reminded her we're nonpartisan and gave her the "
        "campaign's number. Follow-up call Monday about the return envelope.\n"
        "Apt 4F - no answer, left the accessible-voting flyer.\n"
        "Apt 5A - Mr. Tran, already voted early. Asked about curbside voting for next time.\n"
        "Apt 6C - moved out.\n"
        "\n"
        "Teresa Vukovich\n"
        "Voter Access Organizer\n",
        [
            ("health", ""),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Q from the registry training - what if a check comes back with something?\n"
        "\n"
        "Amara asked a good question at the registry training, so I'm answering for "
        "everyone.\n"
        "\n"
        "If an attendant's background check ever comes back with a conviction, don't panic "
        "and don't tell the consumer first. Pinecrest looks it up against the waiver's list: "
        "some offenses disqualify for five years, some for ten, some permanently, and some "
        "don't disqualify at all. If it's not disqualifying, the consumer-employer decides. "
        "If it is, Pinecrest sends the letter.\n"
        "\n"
        "Either way, we don't discuss it in group emails. Call me.\n"
        "\n"
        "Laurel Fisk\n"
        "Onboarding, Pinecrest Fiscal Services\n",
        [],
    ),
    (
        "Subject: Darnell P. - apartment approved by parole\n"
        "\n"
        "Corinne,\n"
        "\n"
        "Quick update: Darnell's PO (Officer Brannigan) approved the Linden Court apartment "
        "this morning, so the only thing left is the home visit. After eleven years at "
        "Mansfield he's been at the nursing facility since spring and he is more than ready. "
        "Parole runs through 2028; his reporting will be by phone for the first 90 days "
        "because the Main Street office still isn't wheelchair accessible.\n"
        "\n"
        "His attendant hours still need the waiver amendment. Since the gunshot injury he "
        "has no use of his legs and limited grip on the left, so mornings need two hours "
        "minimum.\n"
        "\n"
        "Jolene Marsh\n"
        "Reentry Navigator, Second Door Reentry Services\n",
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Tyrese - job shadow clearance\n"
        "\n"
        "Kim,\n"
        "\n"
        "Good news, Tyrese's probation officer signed off on the job shadow at Brightwell "
        "Mobility. He's on juvenile probation through March for the adjudication last spring "
        "and his curfew is 8 pm, so the shift has to end by 6 to leave time for two buses.\n"
        "\n"
        "His mom says his ADHD meds are finally right and the school sees a difference. He's "
        "really excited about the wheelchair repair bench.\n"
        "\n"
        "Marcus Oyelaran\n"
        "Youth Transition Specialist, KVCIL\n",
        [
            ("criminal_history", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Mom's application - disabled widow's benefits\n"
        "\n"
        "Luis,\n"
        "\n"
        "Here's what you asked for so you can fill out the SSA form before the appointment. "
        "Mom's full name is Dorothy Pasquale and her social is 320-73-4102. Dad's number is "
        "on the copy of his card I already gave you.\n"
        "\n"
        "Her neurologist wrote the letter about the Parkinson's and it's in the folder. "
        "She's 58, so you said she might qualify for disabled widow's benefits rather than "
        "waiting for 60. Is there anything else from the neurologist we need?\n"
        "\n"
        "Thanks,\n"
        "Rob Pasquale\n",
        [
            ("US_SSN", "320-73-4102"),
            ("health", ""),
        ],
    ),
    (
        "Subject: 2026 by the numbers (draft for the annual report)\n"
        "\n"
        "Board members,\n"
        "\n"
        "Draft numbers for the annual report, through November 30:\n"
        "\n"
        "- 1,184 people served across all programs (up 9%)\n"
        "- 14 people moved from nursing homes back to the community\n"
        "- 212 people served by the Deaf and Hard of Hearing program\n"
        "- 96 home modifications completed; average cost $4,310\n"
        "- 61% of benefits counseling participants increased their earnings\n"
        "- 43 voters assisted with accessible voting in the special election\n"
        "- 318 assistive technology loans, 27 of which led to a purchase\n"
        "\n"
        "Demographic breakdowns are in the appendix as percentages only. Please send edits "
        "to Dana by the 11th.\n"
        "\n"
        "Dana Whitcomb\n",
        [],
    ),
    (
        "Subject: DHH holiday social - Dec 13\n"
        "\n"
        "Hi everyone!\n"
        "\n"
        "The Deaf and Hard of Hearing holiday social is Sunday, December 13, 2-5 PM, in the "
        "social hall at Temple Beth Shalom (thank you to them for the free space again). "
        "Everyone is welcome: Deaf, hard of hearing, DeafBlind, hearing family and friends.\n"
        "\n"
        "We'll have two ASL interpreters, CART on the big screen, and the hearing loop will "
        "be on. Can't make it in person? Join on Zoom: meeting ID 883 4127 0956, passcode "
        "581224.\n"
        "\n"
        "Bring a dish if you like. Videophone (330) 555-0142 or text Hallie with questions.\n"
        "\n"
        "Hallie Quist\n"
        "DHH Program Coordinator, KVCIL\n",
        [],
    ),
    (
        "Subject: battery order\n"
        "\n"
        "Hi Tamsin,\n"
        "\n"
        "Priya said to email you directly. I need to order the two replacement batteries for "
        "my power chair (the group 24 gel ones, same as last time). Please put it on my "
        "Amex:\n"
        "3795 179019\n"
        "77666\n"
        "exp 06/29, the 4 numbers on the front are 5218\n"
        "\n"
        "Can they be delivered to my apartment instead of the CIL? I can't get there until "
        "after the holidays and the chair is only going about half a day on a charge.\n"
        "\n"
        "Leon Farraday\n",
        [
            ("CREDIT_CARD", "3795 179019\n77666"),
            ("CVV", "5218"),
            ("health", ""),
        ],
    ),
    (
        "Subject: VR vendor authorization - Job Ready Fridays (group)\n"
        "\n"
        "Good afternoon,\n"
        "\n"
        "Please find the authorization for the spring Pre-ETS group workshop series:\n"
        "\n"
        "Authorization no.: VR-26-004417\n"
        "Vendor: Kestrel Valley Center for Independent Living\n"
        "Service: Job Ready Fridays (work readiness, group), 10 sessions\n"
        "Participants: up to 12 students\n"
        "Rate: $300 per session, $3,000 total\n"
        "Dates: January 15 - March 26, 2027\n"
        "\n"
        "Please submit attendance by session count only on the invoice; individual "
        "attendance stays in the case files. Invoices go to the district fiscal mailbox.\n"
        "\n"
        "Sherri Battaglia\n"
        "Fiscal Specialist, State Office of Vocational Rehabilitation, District 4\n",
        [],
    ),
    (
        "Subject: TCTA service changes starting January 3\n"
        "\n"
        "Riders,\n"
        "\n"
        "Starting Sunday, January 3:\n"
        "- Route 23 (Mill St) adds Sunday service every 45 minutes, 8 AM - 6 PM.\n"
        "- Route 7 (Eastgate) moves its downtown stop to the new accessible shelter at "
        "Fourth & Main.\n"
        "- Access Ride booking hours extend to 7 PM.\n"
        "\n"
        "Fares (unchanged):\n"
        "Full fare $1.50 | Reduced fare $0.75 (seniors 65+, people with disabilities, "
        "Medicare card holders) | Access Ride $2.50 per trip\n"
        "\n"
        "Reduced fare cards are issued at the customer center with proof of eligibility. "
        "Call (330) 555-0108, TTY 711.\n"
        "\n"
        "Tri-County Transit Authority\n",
        [],
    ),
    (
        "Subject: banking handover while I'm out\n"
        "\n"
        "Nikki,\n"
        "\n"
        "While I'm on vacation next week you'll need to release the payroll transfer on "
        "Thursday. Online banking for the operating account: username kvcil-ops, password "
        "Kestrel#Ledger88. If it asks the security question (city where the organization was "
        "founded), the answer is Ashtabula.\n"
        "\n"
        "Please don't change anything else, and don't approve the Ostrander invoice until "
        "Gwen signs it.\n"
        "\n"
        "Ray\n",
        [
            ("PASSWORD", "Kestrel#Ledger88"),
            ("PASSWORD", "Ashtabula"),
        ],
    ),
    (
        "Subject: Security deposit assistance - payee info\n"
        "\n"
        "Hi Ray,\n"
        "\n"
        "For the deposit assistance payments going forward, please pay Northgate Properties "
        "by ACH instead of paper check. The last two checks were lost somewhere between our "
        "mailroom and the bank.\n"
        "\n"
        "Northgate Properties LLC\n"
        "Routing 686592563\n"
        "Account 03102682\n"
        "Memo: the unit number\n"
        "\n"
        "Thanks, and happy holidays to the whole CIL crew.\n"
        "\n"
        "Mona Pell\n"
        "Northgate Properties\n",
        [
            ("ABA_ROUTING_NUMBER", "686592563"),
            ("US_BANK_NUMBER", "03102682"),
        ],
    ),
    (
        "Subject: Paratransit is a right. Chip in $10?\n"
        "\n"
        "Hi friend,\n"
        "\n"
        "When Access Ride hours got cut last spring, thousands of our neighbors lost their "
        "way to work, to the doctor and to the grocery store. Ana Dees has a plan to restore "
        "evening service and she needs your help in the last week of this race.\n"
        "\n"
        "Chip in $10 today to get our message on the air before Tuesday.\n"
        "\n"
        "[Donate now]\n"
        "\n"
        "Thank you,\n"
        "Team Dees\n"
        "\n"
        "Paid for by Friends of Ana Dees. Contributions are not tax deductible.\n"
        "Unsubscribe\n",
        [],
    ),
    (
        "Subject: Holiday pay schedule + timesheet deadlines\n"
        "\n"
        "To all attendants and employers using Pinecrest Fiscal Services:\n"
        "\n"
        "Because of the holidays, the pay schedule changes this month:\n"
        "- Timesheets for 12/13-12/26 are due Monday 12/28 by noon (not Sunday).\n"
        "- Pay date moves from Thursday 12/31 to Wednesday 12/30.\n"
        "- Christmas Day and New Year's Day hours are paid at time and a half.\n"
        "\n"
        "Direct deposit changes must be made on the signed DD form with a voided check. We "
        "will never ask for your routing or account number by email, text or phone, and you "
        "should never send them that way.\n"
        "\n"
        "Pinecrest Fiscal Services, EIN 34-1907762\n"
        "(330) 555-0160\n",
        [],
    ),
    (
        "Subject: Fwd: Your Riverside Health sign-in code\n"
        "\n"
        "Corinne, forwarding this so we can pull up Dad's ALS clinic notes together when you "
        "come Tuesday. I set it up as proxy access. The code only lasts 10 minutes, so if "
        "it's dead just hit resend and I'll forward the new one.\n"
        "\n"
        "Nick Abernathy\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Riverside Health MyChart\n"
        "Subject: Your Riverside Health sign-in code\n"
        "\n"
        "Your one-time sign-in code is 346150. It expires in 10 minutes. If you didn't "
        "request this code, you can ignore this message.\n",
        [
            ("ACCESS_CODE", "346150"),
            ("health", ""),
        ],
    ),
    (
        "Subject: AT lending library - year-end inventory\n"
        "\n"
        "Priya, here's the count from Friday. Everything below is on the shelf (not out on "
        "loan):\n"
        "\n"
        "Item                              Serial / asset tag\n"
        "iPad 10th gen (switch-adapted)    SN DMPX4471QH2K / KV-AT-0112\n"
        "iPad 10th gen                     SN DMPX4493RT8L / KV-AT-0113\n"
        "Eye-gaze tablet, GazeLink 13      SN 7731 0048 2295 6616 / KV-AT-0140\n"
        "Portable ramp, 6 ft               KV-AT-0201\n"
        "Video magnifier, LumaRead 22      SN LR22-38815 / KV-AT-0177\n"
        "Amplified phone, ClearSound CS40  SN 5521-90837-2 / KV-AT-0188\n"
        "\n"
        "Two asset tags are missing labels (0140 and 0188) - I wrote the numbers in Sharpie "
        "for now. The grant report needs the full list by the 15th.\n"
        "\n"
        "Nadia\n",
        [],
    ),
    (
        "Subject: RE: Yates deferred loan - underwriting summary\n"
        "\n"
        "Gwen,\n"
        "\n"
        "Summary for the Safe at Home deferred loan file, applicant Bernice Yates, 77 "
        "Garfield St.\n"
        "\n"
        "Tri-merge came back with a middle score of 588. That's under our 600 floor, but the "
        "program allows an exception when the repair is for accessibility. Derogatory items:\n"
        "- Collection, Midland Recovery Services, $1,240, reported 02/2024\n"
        "- 60-day late payment, Synchrony Bank (Lowe's card), 07/2025\n"
        "Public records: none.\n"
        "\n"
        "If you can put in writing that the bathroom conversion is for her wheelchair "
        "(roll-in shower and grab bars, per the OT's home assessment), I'll take it to loan "
        "committee on the 10th with an exception recommendation.\n"
        "\n"
        "Dev Ramaswamy\n"
        "Loan Officer, Marlow Falls Community Development Corp\n",
        [
            ("CREDIT_SCORE", "588"),
            ("CREDIT_REPORT", "Collection, Midland Recovery Services, $1,240, reported 02/2024"),
            ("CREDIT_REPORT", "60-day late payment, Synchrony Bank (Lowe's card), 07/2025"),
            ("health", ""),
        ],
    ),
    (
        "Subject: RE: Loretta Banks application - screening results\n"
        "\n"
        "Corinne,\n"
        "\n"
        "Screening came back on Ms. Banks. Score: 535. Negative items:\n"
        "- Charge-off, Capital One, $2,310, 2021\n"
        "- Collection, Marlow Falls Radiology, $480, 2023\n"
        "Evictions: none found. Criminal: none found.\n"
        "\n"
        "Our usual cutoff is 580, but with your program's deposit guarantee and the waiver "
        "covering her attendant, the owner will approve with a double deposit. Let me know "
        "and I'll send the lease.\n"
        "\n"
        "Mona Pell\n"
        "Leasing, Linden Court Apartments\n"
        "\n"
        "> From: Corinne Bledsoe\n"
        "> Loretta is moving out of Brookhaven through our nursing home transition program "
        "on\n"
        "> January 5. She uses a wheelchair and needs a ground-floor unit with the roll-in "
        "shower.\n",
        [
            ("CREDIT_SCORE", "535"),
            ("CREDIT_REPORT", "Charge-off, Capital One, $2,310, 2021"),
            ("CREDIT_REPORT", "Collection, Marlow Falls Radiology, $480, 2023"),
            ("health", ""),
        ],
    ),
    (
        "Subject: Your 2026 IP PIN - free tax prep at KVCIL\n"
        "\n"
        "Hi Mr. Okon,\n"
        "\n"
        "Your IRS Identity Protection PIN letter arrived at our site (you asked us to hold "
        "your mail from the IRS). The PIN for the 2026 filing season is 791293. We will "
        "enter it on the return we file under your SSN ending in 5585.\n"
        "\n"
        "Please bring your SSA-1099, the 1099-INT from the credit union, and your photo ID "
        "to the appointment on January 28. Appointments are in the accessible conference "
        "room on the first floor.\n"
        "\n"
        "Gail Sorensen\n"
        "VITA volunteer, Free Tax Prep at Kestrel Valley CIL\n",
        [
            ("PIN", "791293"),
            ("US_SSN", "5585"),
        ],
    ),
    (
        "Subject: EVV clock-in flags for Dec 2 and Dec 4\n"
        "\n"
        "Hi Rosa,\n"
        "\n"
        "Our system flagged two of your visits last week. The CareCheck app compares the "
        "selfie you take at clock-in with your enrollment photo, and both of these came in "
        "under the 0.80 match threshold:\n"
        "\n"
        "Wed 12/02  7:02 AM  face match 0.58  FLAGGED\n"
        "Fri 12/04  6:58 AM  face match 0.61  FLAGGED\n"
        "Mon 12/07  7:05 AM  face match 0.93  ok\n"
        "\n"
        "Most of the time it's lighting (a kitchen at 7 in the morning in December is dark), "
        "but we still need those two visits confirmed before the pay run on the 11th. Could "
        "you and your client both sign the manual verification form I attached and send back "
        "a photo of it? If you turn on the light over the stove before you clock in it "
        "usually fixes it.\n"
        "\n"
        "Thanks,\n"
        "Kendra Voss\n"
        "EVV Support, Pinecrest Fiscal Services\n"
        "(330) 555-0163\n",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: not work related, sorry!\n"
        "\n"
        "Nadia,\n"
        "\n"
        "I know it's weird to email this to your work address but my phone is in rice. The "
        "carrier screening came back: I have one copy of the SMN1 deletion, so I'm a carrier "
        "but not affected. The genetic counselor wants to talk about testing Tomas before we "
        "start trying, and she said it's nothing to panic about. I'm weirdly calm??\n"
        "\n"
        "Coffee after your Thursday group? My treat.\n"
        "\n"
        "Hannah\n",
        [
            ("genetic", ""),
        ],
    ),
    (
        "Subject: deposit for Nate's van conversion\n"
        "\n"
        "Hi, this is Meredith Choi. Priya at the CIL said I could send the card by email for "
        "the deposit on the lowered-floor conversion, so Nate can finally ride in his "
        "wheelchair instead of us lifting him into the seat:\n"
        "\n"
        "2299 9821 1357 6610  exp 11/27  code on back 504\n"
        "Name on card: Meredith A Choi\n"
        "\n"
        "Please call me if it doesn't go through, (330) 555-0166. We'd love to have the van "
        "back before his spring appointments in Columbus.\n"
        "\n"
        "Meredith\n",
        [
            ("CREDIT_CARD", "2299 9821 1357 6610"),
            ("CVV", "504"),
            ("health", ""),
        ],
    ),
    (
        "Subject: leaving at 3 today\n"
        "\n"
        "Hi team,\n"
        "\n"
        "Heads up that I'm leaving at 3 today. Biscuit (my beagle, for the new folks) has "
        "his diabetes recheck at the vet and they're adjusting his insulin again, so I need "
        "to get him there before they close. I'll have my laptop on tonight if the Yates "
        "file needs anything.\n"
        "\n"
        "Gwen\n",
        [],
    ),
    (
        "Voicemail transcription\n"
        "From: (330) 555-0144\n"
        "Received: Wed 12/09 10:17 AM\n"
        "Length: 1:02\n"
        "\n"
        '"Hi Luis, this is Harlan Teague calling about my SSDI review, the continuing '
        "disability form you said you'd help with. You asked for my social, it's 480, 30, "
        "0195. Um, and the transplant team said to tell you it's been three years since my "
        "kidney transplant and they'll send records. Call me back after two, I'm at "
        "dialysis, no, sorry, I mean I used to be, I'm at the clinic until two. Thanks.\"\n",
        [
            ("US_SSN", "480, 30, 0195"),
            ("health", ""),
        ],
    ),
    (
        "Subject: Voting in the Dec 8 special election - accessibility info\n"
        "\n"
        "Voters in Ward 3,\n"
        "\n"
        "Every polling place in Ward 3 has a ballot marking device with audio, large print, "
        "a sip-and-puff port and a touchscreen. You can bring someone to help you vote (not "
        "your employer or union officer), or ask for two poll workers to help.\n"
        "\n"
        "Curbside voting: call the Board of Elections at (330) 555-0131 when you arrive, or "
        "ask someone to go inside for you.\n"
        "\n"
        "Accessible absentee ballots can be marked online with a screen reader and must be "
        "returned by mail or drop box by 7:30 PM on Election Day.\n"
        "\n"
        "Need a ride? Access Ride and fixed-route buses are free on Election Day.\n"
        "\n"
        "Kestrel Valley CIL Voter Access Project (nonpartisan)\n",
        [],
    ),
    (
        "Subject: Re: TWP question / paperwork for Thursday\n"
        "\n"
        "Luis,\n"
        "\n"
        "Sorry this is late, my hands were bad all weekend. You asked for the number for the "
        "SSA-821 so here it is: 631 50 2047. I double checked it against my card.\n"
        "\n"
        "To answer your other question, yes I still get the SSDI, it started in 2023 after "
        "the MS relapse that put me in the hospital. I've been doing the candle thing on "
        "Etsy since September and I think I made about $1,100 in November, which is why I "
        "got nervous about the trial work months. Is November one of them? I really can't "
        "lose the check, rent is most of it.\n"
        "\n"
        "I'll bring the bank statements Thursday. Is it ok if my sister drives me? She'd "
        "need to sit in.\n"
        "\n"
        "Janelle\n"
        "\n"
        "> On Tue, Dec 1, 2026 at 4:12 PM Luis Ferreira wrote:\n"
        "> Hi Janelle, to finish the work activity report I'll need your SSN and your gross\n"
        "> earnings by month since you started selling. No rush before Thursday.\n",
        [
            ("US_SSN", "631 50 2047"),
            ("health", ""),
        ],
    ),
    (
        "Subject: Safe at Home grant application (blank, for the website)\n"
        "\n"
        "SAFE AT HOME HOME MODIFICATION GRANT - APPLICATION\n"
        "\n"
        "Applicant name: ______________________  Date of birth: ___/___/______\n"
        "Address: ______________________________________________\n"
        "Social Security number: ___-__-____\n"
        "Do you own or rent? [ ] Own  [ ] Rent   Landlord name: ________________\n"
        "Household size: ____   Total monthly household income: $________\n"
        "Disability or condition that requires the modification (optional): "
        "________________________\n"
        "Modifications requested: [ ] Ramp [ ] Grab bars [ ] Stairlift [ ] Bathroom [ ] "
        "Other ______\n"
        "\n"
        "Signature: ______________________\n"
        "\n"
        "Return to: Gwen Ashby, KVCIL. Applications are reviewed in the order received.\n",
        [],
    ),
    (
        "Subject: Sunday shifts for Dad\n"
        "\n"
        "Hi Lupe,\n"
        "\n"
        "Dad asked me to pass this along since typing is hard for him this month. Starting "
        "this Sunday he needs his attendant there by 7:15 instead of 8. He's back to reading "
        "at the 9:00 Mass at St. Casimir. He's been a lector there since before his MS got "
        "bad and he's thrilled they finally built a ramp up to the ambo. Getting him "
        "showered, dressed and into the chair takes a good hour and a half.\n"
        "\n"
        "Pinecrest says Sunday hours over 8 count as the same rate, so no change there.\n"
        "\n"
        "Thank you for everything you do for him,\n"
        "Kasia Kowalczyk (Walter's daughter)\n",
        [
            ("religious_belief", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Pre-ETS roster - spring Work Readiness cohort\n"
        "\n"
        "Marcus,\n"
        "\n"
        "Here's the roster for the spring cohort so you can set up groups. Please confirm by "
        "the 14th.\n"
        "\n"
        "student,school,grade,disability_category,race_ethnicity,vr_counselor\n"
        "Jaylen Moss,Marlow Falls HS,11,Specific learning disability,Black or African "
        "American,K. Diaz\n"
        "Ana Lucia Ferrer,Eastgate HS,12,Hearing impairment,Hispanic/Latino,K. Diaz\n"
        "Brody Sandstrom,Marlow Falls HS,11,Autism,White,P. Nguyen\n"
        "Keira Two Hawks,Northfield HS,10,Other health impairment,American Indian,K. Diaz\n"
        "Mateo Alvarez,Eastgate HS,12,Intellectual disability,Hispanic/Latino,P. Nguyen\n"
        "\n"
        "Kimberly Diaz\n"
        "VR Counselor, State Office of Vocational Rehabilitation, District 4\n",
        [
            ("racial_ethnic_origin", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Invoice 88417 - payment\n"
        "\n"
        "Hi Tamsin,\n"
        "\n"
        "Please run the balance on invoice 88417 (the demo tilt-in-space chair and the two "
        "rental cushions for the AT lending library) on our card:\n"
        "\n"
        "Kestrel Valley CIL\n"
        "4926 8217 2942 4095\n"
        "exp 09/28, security code 318\n"
        "billing zip 44870\n"
        "\n"
        "Please email the receipt to me and to Priya, she's tracking the lending library "
        "grant. Happy holidays to everyone at Brightwell!\n"
        "\n"
        "Ray Delacroix\n"
        "Finance Manager\n"
        "Kestrel Valley Center for Independent Living\n",
        [
            ("CREDIT_CARD", "4926 8217 2942 4095"),
            ("CVV", "318"),
        ],
    ),
    (
        "Subject: Edna's move on the 17th\n"
        "\n"
        "Dear Ruth,\n"
        "\n"
        "Good news: the apartment at Linden Court passed inspection Friday, so we are "
        "holding Edna's move out of Brookhaven for Thursday the 17th. The waiver team "
        "approved her attendant hours (five hours a day to start), and the oxygen company "
        "will deliver the concentrator and the hospital bed on the 16th so everything is set "
        "up when she walks in.\n"
        "\n"
        "Edna asked me twice to make sure her schedule leaves Friday evenings and Saturday "
        "mornings free. She has been a member of Temple Beth Shalom for more than forty "
        "years and told me the hardest part of Brookhaven was missing Shabbat services. Her "
        "attendant can take her in the accessible van, and the rabbi offered to visit the "
        "first week.\n"
        "\n"
        "I still need you or Edna to sign the lease addendum. Could you stop by Monday?\n"
        "\n"
        "Warmly,\n"
        "Corinne Bledsoe\n"
        "Nursing Home Transition Coordinator\n"
        "Kestrel Valley Center for Independent Living\n",
        [
            ("health", ""),
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: phone bank sign up\n"
        "\n"
        "Teresa,\n"
        "\n"
        "Count me in for the Yes on Issue 3 committee phone bank. I can take Tuesday and "
        "Thursday nights through the vote. The transit levy is the reason I can get to work "
        "at all, so this one is personal. I can also bring my own headset.\n"
        "\n"
        "Is it at your office or at the committee's place on Fourth Street? If it's Fourth "
        "Street, what time do they lock the side door?\n"
        "\n"
        "Ellen Prothero\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: thank you + question\n"
        "\n"
        "Hi Teresa!\n"
        "\n"
        "Thank you so much for helping me at the library table with the registration form, I "
        "never would have figured out the address part on my own. Also wanted to tell you I "
        "signed up to knock doors for Hollis Garner's state rep campaign on Saturdays, I "
        "really think he's the one who will fix the bus lines out here. His campaign office "
        "is on Mill Street. Do you know if the 23 still stops there on weekends? I don't "
        "want to be late on my first day.\n"
        "\n"
        "Have a great holiday,\n"
        "Raymond Tull\n",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Updated reasonable accommodation policy (effective Jan 1)\n"
        "\n"
        "All staff,\n"
        "\n"
        "The board approved the updated accommodation policy on Thursday. Main changes:\n"
        "\n"
        "- Any employee may request a reasonable accommodation at any time, in writing or "
        "verbally, to their supervisor or directly to HR.\n"
        "- We do not ask for a diagnosis. We may ask for information about functional "
        "limitations only when the need isn't obvious, and that information is kept in a "
        "separate confidential file, never in the personnel file.\n"
        "- Requests for remote work, schedule changes, screen readers, ergonomic equipment "
        "and service animals follow the same interactive process.\n"
        "- Decisions will be made within 10 business days.\n"
        "\n"
        "The full policy is on the shared drive under HR > Policies. Questions to me.\n"
        "\n"
        "Dana Whitcomb\n"
        "Executive Director\n",
        [],
    ),
    (
        "Subject: Training packet - intake role-play (FICTIONAL SCENARIO)\n"
        "\n"
        "Team,\n"
        "\n"
        "For Thursday's new-staff training, please read the role-play below. The consumer is "
        "made up; any resemblance to a real person is an accident.\n"
        "\n"
        "SCENARIO (fictional): Arlo, 42, calls the front desk. He had a brain injury in a "
        "car crash two years ago, just lost his job at a warehouse, and is behind on rent. "
        'He says his probation officer told him to call us. He asks whether we can "fix his '
        'SSDI."\n'
        "\n"
        "Discussion questions:\n"
        "1. What are Arlo's own goals, in his words?\n"
        "2. Which referrals are ours, and which aren't?\n"
        "3. What do you say about confidentiality in the first two minutes?\n"
        "\n"
        "Ben will play Arlo; pair up with someone from another program.\n"
        "\n"
        "Marcus\n",
        [],
    ),
    (
        "Subject: Mom's card\n"
        "\n"
        "Hi Bev,\n"
        "\n"
        "Thank you again for setting up the shopping trips with Mom's new attendant. Mom "
        "can't read the keypad at the store anymore, the macular degeneration got a lot "
        "worse since the summer, so she said it's fine for Tasha to run the card for her. "
        "Her Direct Express PIN is 7226. Please only give it to Tasha and don't write it in "
        "the binder on the counter, Mom's neighbor reads everything.\n"
        "\n"
        "If there's a better way to do this (a rep payee? a second card?) I'm open to it, I "
        "just live four hours away and can't get there until Christmas.\n"
        "\n"
        "Carol Duffy (Joan's daughter)\n"
        "(614) 555-0129\n",
        [
            ("PIN", "7226"),
            ("health", ""),
        ],
    ),
    (
        "Subject: Caleb's results\n"
        "\n"
        "Marcus,\n"
        "\n"
        "Wanted you to know before the transition meeting. Caleb's genetic testing came back "
        "last week: a deletion of exons 45-50 in the dystrophin gene, which confirms "
        "Duchenne. Honestly we knew, but having it on paper helps with school and with VR. "
        "His neuromuscular doctor started him on deflazacort and wants a cardiac MRI in "
        "January.\n"
        "\n"
        "He doesn't want it brought up in front of the other kids in the group, so please "
        "keep it between us and the team. He's still set on the coding camp.\n"
        "\n"
        "Thanks,\n"
        "Ilse Marchetti\n",
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Nursing home transition program - overview for new partners\n"
        "\n"
        "Thank you for your interest in partnering with us on nursing home transition.\n"
        "\n"
        "How it works: anyone living in a nursing home in Tri-County who wants to move back "
        "to the community can ask for a visit, and so can family, staff or an ombudsman on "
        "their behalf. A transition coordinator and a peer mentor help with housing, "
        "furniture, benefits and setting up services.\n"
        "\n"
        "Since 2019 the program has helped 71 people move, and 88% were still living in the "
        "community a year later. Average time from first visit to move-in is five months.\n"
        "\n"
        "Corinne Bledsoe\n"
        "Nursing Home Transition Coordinator, KVCIL\n",
        [],
    ),
    (
        "Subject: Re: holiday party?\n"
        "\n"
        "Hi Sharon,\n"
        "\n"
        "Of course, bring Mel! Spouses and partners are always welcome. The party is at the "
        "office Saturday the 12th, 4 to 7. Use the back entrance by the ramp; the front "
        "steps are icy. We'll have ASL interpreters and a quiet room.\n"
        "\n"
        "See you there,\n"
        "Ben\n"
        "\n"
        "Ben Okafor\n"
        "Peer Support Coordinator, KVCIL\n"
        "\n"
        "> From: Sharon Leavitt\n"
        "> Can I bring my wife Mel to the party? She's shy but she'd love to finally meet "
        "the\n"
        "> group I keep talking about. She makes a mean spinach dip.\n",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: form export - accessible voting ambassadors\n"
        "\n"
        "Teresa,\n"
        "\n"
        "Here's the export from the sign-up form for the new ambassadors (the ones who'll "
        "staff the accessible voting machine demo at the library):\n"
        "\n"
        "name,phone,language,race_ethnicity,availability\n"
        "Pa Lee,(330) 555-0171,Hmong/English,Hmong American,Sat AM\n"
        "Dorian Fitch,(330) 555-0173,English,White,Weekdays after 3\n"
        "Yesenia Ruiz,(330) 555-0176,Spanish/English,Mexican American,Sun\n"
        "\n"
        "The funder wants demographics in the final report, but only as totals, so maybe we "
        "shouldn't keep names next to race in this sheet?\n"
        "\n"
        "Jamie\n",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        'Subject: Year-end appeal draft - "Marnie\'s story"\n'
        "\n"
        "Dana,\n"
        "\n"
        "Draft appeal copy below. Marnie is a composite: her story blends three consumers "
        "from this year and none of the details belong to any one person. The footnote says "
        "so.\n"
        "\n"
        '"When Marnie came to us in March, she had been living in a nursing home for two '
        "years. She wanted her own front door, her own kitchen, and a bus stop within "
        "rolling distance. With a peer mentor, a transition coordinator and a lot of phone "
        "calls, she moved into her own apartment in August. Last week she hosted her first "
        "Thanksgiving.\n"
        "\n"
        'Your gift of $50 helps someone like Marnie come home."\n'
        "\n"
        "*Marnie is a composite of several consumers' experiences; names and details have "
        "been changed.\n"
        "\n"
        "Let me know if we want a photo (stock, obviously).\n"
        "\n"
        "Jordan, Development\n",
        [],
    ),
    (
        "Subject: amplified phones order\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "Hi ClearSound team,\n"
        "\n"
        "Please charge the order for the 6 amplified cordless phones and 4 neckloops for our "
        "DHH loan =\n"
        "closet to the program card:\n"
        "\n"
        "4674 4316 2458 6370=20\n"
        "exp 03/29=20\n"
        "CVV 927\n"
        "\n"
        "Our tax exempt cert is on file. Ship to the office, attention Hallie. It "
        "doesn=E2=80=99t need to =\n"
        "arrive before the holidays.\n"
        "\n"
        "Thanks!\n"
        "Hallie Quist, KVCIL\n",
        [
            ("CREDIT_CARD", "4674 4316 2458 6370"),
            ("CVV", "927"),
        ],
    ),
    (
        "Subject: light duty / workers comp - need help\n"
        "\n"
        "Hi Denise,\n"
        "\n"
        "I'm a member of Local 412 (joined in 2024, my card number is on file with you). I "
        "hurt my lower back on Nov 30 transferring my client from the bed to the chair. "
        "Urgent care did an MRI and it's a herniated disc at L4-L5. The doctor put me on no "
        "lifting over 10 lbs for six weeks, but Pinecrest says there's no light duty for "
        "attendants and I should just file workers comp.\n"
        "\n"
        "Can the union help me with the comp claim? I've never done one and I can't go six "
        "weeks without a check.\n"
        "\n"
        "Thank you,\n"
        "Maribel Soto\n"
        "(330) 555-0157\n",
        [
            ("trade_union_membership", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: Saturday coverage - codes and keys\n"
        "\n"
        "Hi Jordan,\n"
        "\n"
        "Thanks for covering the Saturday open house. Everything you need:\n"
        "\n"
        "- Side door keypad: 4817 then #\n"
        "- AT demo room lockbox (van keys are in here too): 2290\n"
        "- Guest Wi-Fi: KVCIL-Guest, password Ramps4All!\n"
        "- Alarm: the panel by the copier, same code as the side door\n"
        "\n"
        "The coffee is in the cabinet over the sink. Lock the demo room when you leave, the "
        "new eye-gaze tablet is in there.\n"
        "\n"
        "Priya\n",
        [],
    ),
    (
        "Subject: locked out of ABLE acct\n"
        "\n"
        "Luis, sorry to bother you again. I'm locked out of my ABLE account (32600933933) "
        "since the website update. The password was Tulip-Ridge-2024 and I answered Hartwell "
        "for mother's maiden name and Lakeside for first school, and it still said no. The "
        "call center hold was 90 min and then it hung up on me.\n"
        "\n"
        "Can you call them with me Tuesday? I have to pay January rent out of that account "
        "and I don't want it to be late again.\n"
        "\n"
        "Mara Lindqvist\n",
        [
            ("US_BANK_NUMBER", "32600933933"),
            ("PASSWORD", "Tulip-Ridge-2024"),
            ("PASSWORD", "Hartwell"),
            ("PASSWORD", "Lakeside"),
            ("health", ""),
        ],
    ),
    (
        "Subject: KVCIL holiday hours + 2027 large-print calendars\n"
        "\n"
        "Friends,\n"
        "\n"
        "Our office will be closed December 24 through January 1 and will reopen Monday, "
        "January 4 at 9. Voicemail is checked daily, and the videophone line (330) 555-0142 "
        "will forward to staff on call.\n"
        "\n"
        "The 2027 calendars are here! Large-print, braille and plain-language versions are "
        "free for anyone who wants one; stop by the front desk or ask us to mail one. The AT "
        "lending library will take returns through the mail slot while we're closed.\n"
        "\n"
        "If you are in crisis over the holidays, call or text 988. Deaf and hard of hearing "
        "callers can use 988 by videophone or text.\n"
        "\n"
        "Warm wishes from all of us at Kestrel Valley Center for Independent Living\n",
        [],
    ),
    (
        "Subject: interpreter request - Mr. Olsen, Dec 10\n"
        "\n"
        "Riverside Health Patient Access,\n"
        "\n"
        "I'm writing on behalf of Arvid Olsen, who is DeafBlind and uses tactile ASL. He has "
        "a cataract surgery consult with Dr. Amundsen on Thursday, December 10 at 1:40 PM. "
        "He needs a Certified Deaf Interpreter working with a tactile interpreter; a VRI "
        "screen will not work for him.\n"
        "\n"
        "Please confirm the booking with me directly, since Mr. Olsen can't take phone "
        "calls. I'll meet him in the lobby and guide him up.\n"
        "\n"
        "Hallie Quist\n"
        "Deaf and Hard of Hearing Program Coordinator, KVCIL\n",
        [
            ("health", ""),
        ],
    ),
    (
        "FRIENDS OF ANA DEES\n"
        "Contribution receipt\n"
        "\n"
        "Dear Mr. Cyrus Almeda,\n"
        "\n"
        "Thank you for your contribution of $50.00 on December 4, 2026, to Friends of Ana "
        "Dees for Marlow Falls City Council, Ward 3.\n"
        "\n"
        "Payment method: Visa ending in 5172\n"
        "Transaction ID: FAD-2026-10318\n"
        "\n"
        "Ohio law requires us to report the name and address of contributors. Please keep "
        "this receipt for your records. Contributions are not tax deductible.\n"
        "\n"
        "With gratitude,\n"
        "The Dees campaign\n"
        "Paid for by Friends of Ana Dees\n",
        [
            ("CREDIT_CARD_LAST_DIGITS", "5172"),
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: CareCheck 4.2 - face verification at clock-in (consent needed)\n"
        "\n"
        "Dear attendants,\n"
        "\n"
        "CareCheck version 4.2 arrives on January 4. The new version offers optional face "
        "verification at clock-in instead of the GPS-only check. Here's what you need to "
        "know:\n"
        "\n"
        "- Face verification is optional. If you don't consent, you keep clocking in with "
        "GPS and a PIN you choose.\n"
        "- If you consent, the app creates a face template on your phone. It is encrypted "
        "and deleted within 30 days after you stop working with Pinecrest.\n"
        "- In the pilot, 97.8% of clock-ins matched on the first try.\n"
        "\n"
        "The consent form is in the app under Settings > Privacy. You can withdraw consent "
        "at any time.\n"
        "\n"
        "Pinecrest Fiscal Services - EVV Support\n",
        [],
    ),
    (
        "Subject: Invoice 2026-5541 - KVCIL office ramp repair\n"
        "\n"
        "Kestrel Valley Center for Independent Living\n"
        "Attn: Ray Delacroix\n"
        "\n"
        "Invoice 2026-5541    Date: 12/04/2026    Terms: Net 30\n"
        "Work order 88-20417\n"
        "\n"
        "Replace 3 rotted decking sections, office entrance ramp      $   640.00\n"
        "Non-slip tread, 36 ft                                         $   198.00\n"
        "Handrail re-anchor (both sides)                               $   275.00\n"
        "Total                                                         $ 1,113.00\n"
        "\n"
        "Remit by ACH to our checking ending in 6120, or mail a check to the address below.\n"
        "\n"
        "Ostrander Lift & Ramp, EIN 31-4478203\n"
        "(330) 555-0138\n",
        [],
    ),
    (
        "Subject: Jaden's IEP meeting - transition pages\n"
        "\n"
        "Hi Ms. Oduya,\n"
        "\n"
        "Thank you for inviting me to Jaden's IEP meeting on the 11th. I read the draft "
        "transition pages over the weekend and have two suggestions before Friday.\n"
        "\n"
        "First, since his autism makes loud, crowded spaces really hard for him, the job "
        "shadow at the hardware store might work better at the library's book-repair room, "
        "which is quiet and has a predictable routine. He lit up when we toured it. Second, "
        "I'd like the postsecondary goal to name the VR referral explicitly so the spring "
        "Pre-ETS slot isn't lost.\n"
        "\n"
        "Happy to talk by phone Thursday afternoon.\n"
        "\n"
        "Marcus Oyelaran\n"
        "Youth Transition Specialist, KVCIL\n",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: December staff transit passes\n"
        "\n"
        "Hi all,\n"
        "\n"
        "The employer transit passes for December are loaded. If your card didn't update, "
        "tap it at any fare machine and it will pull the new month. Pass numbers for the "
        "benefits file:\n"
        "\n"
        "Dana W.    6019 4402 7731 5581\n"
        "Luis F.    6019 4402 7731 5597\n"
        "Priya N.   6019 4402 7731 5604\n"
        "Teresa V.  6019 4402 7731 5612\n"
        "\n"
        "Reminder that the pass is a pre-tax benefit; if you stop using it, let me know so "
        "we stop the deduction. Lost passes cost $5 to replace at the TCTA customer center.\n"
        "\n"
        "Ray\n",
        [],
    ),
    (
        "Subject: Attendants wanted - Tri-County registry\n"
        "\n"
        "Want work that matters? Kestrel Valley CIL's attendant registry connects personal "
        "care attendants with people who hire and direct their own care.\n"
        "\n"
        "- $16.75/hr to start, set your own schedule\n"
        "- Paid training, including CPR and safe transfers (next class: Thursday, December "
        "10)\n"
        "- Background check required; we pay for the fingerprinting\n"
        "- No experience needed: many of our best attendants started by helping a family "
        "member\n"
        "\n"
        "Call Amara at (330) 555-0119 or apply at kvcil.org/registry. Spanish-speaking "
        "attendants are especially needed.\n",
        [],
    ),
    (
        "Subject: donate button embed code\n"
        "\n"
        "Dana,\n"
        "\n"
        "For the year-end donate button on the homepage, here's what goes in the embed "
        "snippet. This one is the publishable key, so it's fine to be in the page source:\n"
        "\n"
        "pk_live_51Rb3HtNs8QwLm2ZcVx7KyPe4Dg\n"
        "\n"
        "The secret key stays in the password manager. I'm not putting it in email, and if "
        "Ray asks for it, tell him to message me on Signal.\n"
        "\n"
        "Sam Achterberg\n",
        [],
    ),
    (
        "Subject: Identity verification complete - ABLE account application\n"
        "\n"
        "Dear Colleen Hart,\n"
        "\n"
        "Your identity check for the ABLE account you are opening as authorized legal "
        "representative for Avery Hart is complete.\n"
        "\n"
        "Result: PASSED\n"
        "Selfie-to-ID face match: 96.2 (threshold 85)\n"
        "Liveness check: passed\n"
        "Document: Ohio driver license (front and back)\n"
        "\n"
        "You can now return to the application to fund Avery's account. Sessions expire "
        "after 30 minutes of inactivity.\n"
        "\n"
        "ABLE Program Member Services\n",
        [
            ("biometric", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: W-2s are coming - check your name and SSN\n"
        "\n"
        "To all Pinecrest attendants:\n"
        "\n"
        "W-2s will be mailed by January 31. To make sure yours is correct:\n"
        "\n"
        "- Log in to the portal and check that your name matches your Social Security card "
        "exactly.\n"
        "- If your address changed, update it by December 31.\n"
        "- If the last four digits shown in the portal are wrong, call us. Do not email your "
        "SSN, and we will never ask you for it by email or text.\n"
        "\n"
        "Employer: Pinecrest Fiscal Services, EIN 34-1907762. Employers of record are listed "
        "on each W-2 as required.\n"
        "\n"
        "Pinecrest Fiscal Services, Payroll\n",
        [],
    ),
]


if __name__ == "__main__":
    raise SystemExit(write(HARD_68, "hard68", Path(__file__).with_name("hard-68.jsonl")))
