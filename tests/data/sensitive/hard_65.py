"""Hard set 65 (2026-12-07): mixed community-service senders.

Written by an independent helper session working blind, as a red team on context distance
and oblique wording. The senders are a county food bank (Mercer Valley Food Bank), a
domestic-violence shelter's advocates (Lanternwood House), a credit union's member services
(Brightwater Community Credit Union), a senior center (Oak Hollow), a youth mentoring
program (Bridgeway Youth Mentors), a legal aid clinic (Millbrook Legal Aid Clinic) and a
community college's student services (Calder Valley Community College). The session read
only: the privacy policy (/work/shared/policy/privacy-policy.txt, all of it),
tests/data/sensitive/independent_sets.py, scanner/categories.py, the output of
`grep -n "line-length" pyproject.toml`, /tmp/mg/conventions.txt and /tmp/mg/brief65.txt. It
ran: cat, sed, awk and wc on those files; scripts under /tmp/hard65_gen/ (ids.py and
extra.py for the identifiers, gen.py to write this module from the drafted cases, and small
python and grep edits of those drafts); a throwaway check that called validate() from
independent_sets.py on the draft cases and counted words and line lengths; this module
(which validates and writes hard-65.jsonl); ruff format and ruff check on this file; git
add, git commit and git rev-parse HEAD. It did not look at the detector, its rules, any
other test set or any other project file, and ran no scanner command or make.

Slips: none.

Identifiers: every number, code and secret was generated or invented for this set. SSNs
(374-40-0887 written with spaces, 728-60-2012, and the last four 5698 of 592-69-5698) were
drawn with random.Random(65065) under the SSA rules (area not 000, 666 or 9xx; group and
serial not zero); the ITIN 959-81-8227 has a 9 and a group in 70-88. Card numbers were
Luhn-completed from a random body with the same seed (Visa 4..., Amex 34...); the
Mastercard last four 8549 are the end of a Luhn-valid number from that run. Routing numbers
pass the ABA prefix and 3-7-1 checksum; account numbers are random digits; the German and
Spanish IBANs carry check digits computed by mod-97. Passport numbers are random digits (US,
nine) or a G and eight digits (Mexican style); the Ohio-style licence and state ID numbers
are two random capitals and six random digits; the tribal ID card number is eight random
digits. PINs, one-time codes, CVVs and credit scores are random digits from
random.Random(65065) and random.Random(65066); the vendor secret and publishable key are
random letters and digits behind an invented "ppy_" prefix; passwords and security answers
were made up by hand. Phone numbers are 555-01xx. Student IDs, case, gift and application
numbers, the EIN and pantry card numbers were typed by hand and are unlabelled. All people,
organisations, vendors and bureau furnishers are invented (place names such as Toledo or
Koblenz are only places).

The CONVENTIONS block below is lines 1-287 of /tmp/mg/conventions.txt verbatim: the earlier
set's CONVENTIONS with the agreements of sets 24 to 29 that it carried. The file's last
block ("Also agreed (in set 30)") was read as that earlier set's own additions and is not
copied; nothing in this set contradicts it.

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

Added for this set:
- Oblique names for a government ID count when the text shows which ID it is: "the nine
  digits from your blue card" (the Social Security card) copied with spaces is US_SSN on
  the spaced string; "the last-four the bank asked for", answering a subject line that
  asks for the last 4 of the SSN, is US_SSN on the four digits; a parent's number "on line
  3 of the worksheet" read "off her card" for FAFSA verification is US_SSN; "the other
  number the IRS gave her" (she has no Social) is US_ITIN; "the card from the BMV, not a
  license" is a state ID card: US_STATE_ID.
- A table caption that says what a bare "Last column" holds (Ohio state ID card numbers)
  labels each value in that column; a row reading "(did not show a card)" has no value. A
  pantry's own card numbers (MV-20417) in the same layout are not labelled.
- The same oblique words in a decoy disclose nothing: a request withdrawn ("I do NOT need
  the nine digits"), a scam warning, instructions with "### ###" or "XXX-XX-XXXX",
  numbers kept back for a voided check or a visit, "the number on the back of her green
  card is not needed" with no number, a go-bag template with blanks.
- "Her meds for the sugar" for a named member is health (diabetes medicine); so are a
  mentee's puffer and new controller inhaler, a client's renal box with dialysis days,
  sertraline that ran out, donepezil with afternoon confusion, chemo through March, a
  pregnancy ("pregnent", with the prenatal clinic), an accommodation letter naming ADHD
  and an X-ray showing a hairline fracture. A brown-bag medicine review, a hike packing
  list, low-sugar and low-sodium boxes and an accommodations notice offered to all are not.
- "The Kingdom Hall folks - it's his congregation" taking a named man to the midweek
  meeting is religious_belief, as is a named member fasting for Ramadan. The Kingdom Hall
  lending tables, evening hours that help "during Ramadan" for everyone and a visiting
  interfaith chaplain's hours are not.
- "His time inside at Lebanon" about a named ex, "came home from Ross Correctional after
  six years", a mentee's dad "coming home from Chillicothe Correctional", a sheriff's
  report of an arrest and assault charge cited in a conduct email, an arrest and DV charge
  with an arraignment, an OVI conviction on a BMV record and a 2011 F5 conviction in a
  sealing application are criminal_history. A "Coming Home Circle", reentry food boxes, a
  Clean Slate Day flyer, disciplinary probation with no police involved, and a "PO
  hearing" on a civil protection order (ex parte order, respondent served) are not.
- A 2019 solicitation charge from the time a named client was doing sex work is
  criminal_history and sexual_orientation (sex work), whatever the plea.
- A woman client's ex, "Dana ... she's the one on the lease", is a same-sex former partner:
  sexual_orientation. A mentee who told his mentor he is gay is sexual_orientation. A
  shelter's statement that it serves survivors abused by a girlfriend or wife is not.
- "Family is Hmong" on a mentoring preference form is racial_ethnic_origin; the language
  preference beside it adds nothing, and a list of the languages mentors speak is not
  labelled. An AncestryDNA printout with percentages for a named member is genetic and
  racial_ethnic_origin. A positive BRCA1 result with planned surgery and the mother's
  breast cancer is genetic and health.
- Knocking doors for a named county-commissioner candidate and recruiting riders "to vote
  for her", and addressing get-out-the-vote postcards at the county Democratic Party
  office, are political_opinion. A candidates forum and a nonpartisan registration table
  are not.
- A strike-pantry list of named workers who each showed a Local 881 card, a client "in
  SEIU Local 1991 since 2017" with his steward and dues on his stub, and a member of a UAW
  local's retiree chapter with his retiree card are trade_union_membership. Thanks to a
  local's members for a volunteer day is not.
- A selfie-to-licence face match score for a named applicant is biometric (its licence
  number US_DRIVER_LICENSE); palm-vein match scores in a testing-center log are biometric.
  A selfie-verification policy and fingerprints taken for a clean background check are not.
- A PIN dictated as words in a voicemail transcript is PIN on the words; an account number
  dictated as words is US_BANK_NUMBER on the words. A new debit-card PIN a survivor asked
  the advocate to hold, and an EBT PIN noted from a client's folder, are PIN. "The code the
  app shows" typed into an email and a forwarded one-time portal code are ACCESS_CODE.
- A member's online-banking password and "first school" answer sent by a volunteer, and
  the password ("pasword") and two security answers a locked-out member typed, are each
  PASSWORD; a computer-lab guest Wi-Fi password is not labelled, nor is a username.
- An agency's own Visa number wrapped over two lines is one CREDIT_CARD with the line
  break; "the three little numbers on the back" and "the four small digits printed on the
  front" of an Amex are CVV. A donation receipt's "Mastercard ending 8549" is
  CREDIT_CARD_LAST_DIGITS; "checking ending in 4471" and "ending in 0613" are not labelled.
- "The number we got back from the bureau" is CREDIT_SCORE, and each of three bureau
  scores in a tri-merge is labelled; score ranges in a class are not. Items a named man
  disputes as identity theft are still items on his report: each CREDIT_REPORT on its
  whole line after the dash bullet.
- A vendor signing secret in a webhook header is API_KEY; the publishable key and the
  account ID beside it are not labelled.
- An exchange student's IBAN for a deposit refund and a remittance beneficiary's IBAN are
  IBAN_CODE with their printed spaces.
- Receiving SNAP or EBT, Social Security income, a green card, an N-400, trips abroad and
  surnames on their own (Nguyen, Ho) are not labelled.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.sensitive.independent_sets import Case, write

HARD_65: list[Case] = [
    (
        "Subject: Re: SNAP recert - the nine digits from your blue card\n"
        "\n"
        "Hi Marisol,\n"
        "\n"
        "Sorry it took me so long, my daughter had to dig out the envelope with my papers. You\n"
        "said on the phone you needed the nine digits from my blue card to finish the recert on\n"
        "the county site before Friday, and the new address.\n"
        "\n"
        "New address is 41 Tillman Ct, Apt 2B, Mercerburg. Rent is $725 and I pay lights\n"
        "separate, about $90 most months.\n"
        "\n"
        "My hours at the laundromat went down to 22 a week since August. I put the last two "
        "stubs\n"
        "in the drop box at the pantry on Tuesday, in an envelope with my name on it.\n"
        "\n"
        "Here it is, copied straight off the card:\n"
        "\n"
        "374 40 0887\n"
        "\n"
        "Thank you for sitting with me on this, I could not figure out that website by myself.\n"
        "Gloria Petrakis",
        [
            ("US_SSN", "374 40 0887"),
        ],
    ),
    (
        "Subject: Re: SNAP recert - the nine digits from your blue card\n"
        "\n"
        "Hi Gloria,\n"
        "\n"
        "Marisol from Mercer Valley Food Bank here. A correction to what I said on the phone: "
        "I do\n"
        "NOT need the nine digits from your blue card. The county already has them from your "
        "first\n"
        "application, and please never put them in an email to anyone, us included.\n"
        "\n"
        "What I still need for the recert:\n"
        "- the two newest pay stubs from the laundromat\n"
        "- the lease page that shows your rent ($725)\n"
        "- one utility bill with the new address\n"
        "\n"
        "If the county worker asks, your case number is 0041-776-2290 and your worker is Ms.\n"
        "Albright. Bring the blue card itself on Thursday only if she asks to see it in person.\n"
        "\n"
        "See you at 10:30,\n"
        "Marisol Ortega, Client Services, 555-0143",
        [],
    ),
    (
        "Subject: Lorraine - Tuesday lunch\n"
        "\n"
        "Hi Denise,\n"
        "\n"
        "Just a heads-up from the front desk. Your mom was in great spirits at lunch and won the\n"
        "50/50 (eleven dollars, she was thrilled).\n"
        "\n"
        "On the van ride home she told Ray she'd left her meds for the sugar on the kitchen\n"
        "counter this morning and hadn't taken them, and she asked him not to make a fuss. Ray\n"
        "walked her in and saw the pill box was still full for Monday and Tuesday too.\n"
        "\n"
        "We're not nurses and we can't manage medicine here, but we thought you'd want to know\n"
        "before Thursday. If it helps, our van can wait five minutes at her door on Thursdays\n"
        "while she takes them.\n"
        "\n"
        "Warmly,\n"
        "Bev Linton\n"
        "Program Director, Oak Hollow Senior Center\n"
        "555-0118",
        [
            ("health", ""),
        ],
    ),
    (
        "OAK HOLLOW NEWS - March\n"
        "\n"
        "Brown Bag Day is back! Bring every bottle you take - your meds for the sugar, the blood\n"
        "pressure pills, the vitamins, the cream from the foot doctor - in a grocery bag to the\n"
        "Maple Room on Thursday, March 14, 10 to noon.\n"
        "\n"
        "Nurse Pat Kowalski from the county health department will sit with anyone who signs up,\n"
        "look for doubles and old prescriptions, and answer questions in private. Nothing is\n"
        "written down and nothing is kept. Open to all members and their caregivers.\n"
        "\n"
        "Also this month:\n"
        "- Chair yoga moves to Mondays at 9:15\n"
        "- The Amish Country bus trip has six seats left ($64)\n"
        "- Tax help by appointment, call the desk at 555-0118",
        [],
    ),
    (
        "Ray,\n"
        "\n"
        "Change to the Thursday evening van list, starting this week:\n"
        "\n"
        "Mr. Odell Haines no longer needs a ride home from bingo. He told me the Kingdom Hall\n"
        "folks - it's his congregation, he's been with them since he moved here - will pick "
        "him up\n"
        "at 6:15 for their midweek meeting, and one of the elders drops him back afterwards. He\n"
        "said he'd rather be at the meeting than at bingo anyway.\n"
        "\n"
        "That frees a seat, so please add Mrs. Carrow (Pine St, same stop as before).\n"
        "\n"
        "He still needs the Monday grocery run, nothing changes there.\n"
        "\n"
        "Thanks!\n"
        "Bev",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Thank-you list for the rummage sale\n"
        "\n"
        "Hi all,\n"
        "\n"
        "Before I forget, here's who gets a thank-you card after Saturday's rummage sale:\n"
        "\n"
        "- The Kingdom Hall folks on Ridge Road, for lending us twelve folding tables and "
        "bringing\n"
        "  them in their own truck\n"
        "- St. Brigid's for the coat racks\n"
        "- Harlan's Hardware for the price stickers\n"
        "- The Scout troop for carrying boxes\n"
        "\n"
        "We cleared $1,412 for the lunch fund. Tables go back Monday at 9 - Ray has the van.\n"
        "\n"
        "Bev Linton, Oak Hollow Senior Center",
        [],
    ),
    (
        "Subject: N-400 packet - Reyes, Ana (appt Thurs)\n"
        "\n"
        "Irene,\n"
        "\n"
        "Notes for tomorrow's packet so you're not waiting on me:\n"
        "\n"
        "1. The number on the back of her green card is not needed (the form only wants the\n"
        "   front), so leave those boxes blank and don't copy the back.\n"
        "2. Address history is fine as printed; she moved to Ellery Ave in 2021.\n"
        "3. Trips: only the one to Puebla, 19 days, Dec 2023.\n"
        "4. Employer: Rosewood Care, since 2019.\n"
        "5. Part 1, item 14 asks for a passport. She brought the one from the consulate today\n"
        "   (issued 2022, good until 2032): G58366170\n"
        "\n"
        "Fee waiver is approved, so no check.\n"
        "\n"
        "Daniel",
        [
            ("US_PASSPORT", "G58366170"),
        ],
    ),
    (
        "Citizenship Saturday - what to bring\n"
        "\n"
        "Millbrook Legal Aid Clinic, 2nd floor, Saturday 9 am to 1 pm. Free, walk-ins welcome.\n"
        "\n"
        "Please bring:\n"
        "- Your green card (we copy the front only).\n"
        "- Any passport you have, current or expired. We will not write the number down today;\n"
        "  we only check the travel stamps.\n"
        "- Dates of trips outside the US in the last five years.\n"
        "- Proof of any benefits you receive, if you want a fee waiver.\n"
        "\n"
        "Q: My mother is coming with me. Does she need the number on the back of her green card?\n"
        "A: No. The number on the back of her green card is not needed, and we never copy it.\n"
        "\n"
        "Questions: Irene Fuchs, 555-0162.",
        [],
    ),
    (
        "Subject: Re: wire for the truck - please confirm last 4 of SSN\n"
        "\n"
        "Hi Anjali,\n"
        "\n"
        "Thanks for calling me back. The dealer in Toledo says they need the money by Thursday "
        "or\n"
        "they sell the truck to the next guy, so I want to get this done.\n"
        "\n"
        "Wire details from the dealer's sheet are attached, it's their business account at Fifth\n"
        "Lake Bank, amount $18,400.\n"
        "\n"
        "I'll be at work until 6 but I can come in Wednesday at lunch and sign whatever you "
        "need.\n"
        "My cell is still 555-0177.\n"
        "\n"
        "Oh and the last-four the bank asked for is 5698, sorry, I forgot it on the phone.\n"
        "\n"
        "Terry Mueller",
        [
            ("US_SSN", "5698"),
        ],
    ),
    (
        'Subject: Scam alert: calls asking for "the last-four"\n'
        "\n"
        "Dear Members,\n"
        "\n"
        'Several of you have told us about calls from someone who says they are "Brightwater\n'
        'fraud." They know your name and that your checking ends in 4471 or some other real\n'
        'number, and then they ask you to read "the last-four the bank asked for" to confirm '
        "it is\n"
        "you.\n"
        "\n"
        "Brightwater will never call you and ask for any part of your Social Security number,\n"
        "your card PIN or a code from our app. If you get a call like this, hang up and call "
        "us at\n"
        "555-0190.\n"
        "\n"
        "If you already gave something out, call us right away: we can lock your accounts while\n"
        "we look.\n"
        "\n"
        "Member Services\n"
        "Brightwater Community Credit Union",
        [],
    ),
    (
        "Subject: locked out again\n"
        "\n"
        "Hello,\n"
        "\n"
        "This is Harold Brandt, member since 1988. The young lady on the phone this morning (I\n"
        "think her name was Kayla) said she could unlock my online banking if I read her the "
        "code\n"
        "the app shows, but my grandson had my phone at the time and by the time he brought it\n"
        "back the call had dropped.\n"
        "\n"
        "I would rather not sit on hold again, so here it is. It came in at 10:52:\n"
        "\n"
        "640203\n"
        "\n"
        "I am trying to pay the gas bill before the 15th. Please call me at home at 555-0131 if\n"
        "anything else is needed. I do not check this email much.\n"
        "\n"
        "Harold Brandt",
        [
            ("ACCESS_CODE", "640203"),
        ],
    ),
    (
        "Subject: Your new sign-in steps\n"
        "\n"
        "Hi Harold,\n"
        "\n"
        "Thanks for coming in today. Here are the steps we went over, in writing as you asked:\n"
        "\n"
        "1. Open the Brightwater app and tap Sign In.\n"
        "2. Type your username. Then wait for the text message.\n"
        "3. Type the code the app shows (six numbers, like ### ###) into the box. It only works\n"
        "   for ten minutes.\n"
        '4. If it expires, tap "Send a new code."\n'
        "\n"
        "The code the app shows is for you alone. Nobody from Brightwater will ever ask you to\n"
        "read it to us, on the phone or by email, so if someone asks, hang up.\n"
        "\n"
        "Kayla Dunn\n"
        "Member Services, Brightwater Community Credit Union\n"
        "555-0190",
        [],
    ),
    (
        "Subject: TEFAP audit - Hollis Twp mobile pantry 10/08\n"
        "\n"
        "Hi Dev,\n"
        "\n"
        "The state auditor wants the proxy pickups from the Hollis Township mobile pantry\n"
        "documented. Table 2 below, as she asked: the last column is the Ohio state ID card "
        "number\n"
        "of the person who picked up (proxies only; households who came themselves aren't "
        "listed).\n"
        "\n"
        "Table 2. Proxy pickups, Hollis Twp, 10/08\n"
        "\n"
        "Household          | Proxy             | HH size | Last column\n"
        "Pruitt, Carol      | Pruitt, Dale      | 3       | XV762769\n"
        "Nguyen, Thi        | Ho, Linh          | 5       | WO058773\n"
        "Beasley, Ron       | Beasley, Amber    | 2       | (did not show a card)\n"
        "\n"
        "The paper sign-in sheets are in the blue binder in the warehouse office.\n"
        "\n"
        "Marisol",
        [
            ("US_STATE_ID", "XV762769"),
            ("US_STATE_ID", "WO058773"),
        ],
    ),
    (
        "Subject: TEFAP audit - Hollis Twp mobile pantry 10/08\n"
        "\n"
        "Hi Dev,\n"
        "\n"
        "Table 2 for the auditor, as she asked. She only wants our own pantry card numbers for "
        "the\n"
        "proxy pickups; she said specifically not to send any state ID numbers, she checks "
        "those on\n"
        "site.\n"
        "\n"
        "Table 2. Proxy pickups, Hollis Twp, 10/08 (last column: Mercer Valley pantry card no.)\n"
        "\n"
        "Household          | Proxy             | HH size | Last column\n"
        "Pruitt, Carol      | Pruitt, Dale      | 3       | MV-20417\n"
        "Nguyen, Thi        | Ho, Linh          | 5       | MV-18833\n"
        "Beasley, Ron       | Beasley, Amber    | 2       | MV-21090\n"
        "\n"
        "Paper sheets are in the blue binder in the warehouse office.\n"
        "\n"
        "Marisol",
        [],
    ),
    (
        "Subject: bowling outing notes - Jaylen\n"
        "\n"
        "Shawn,\n"
        "\n"
        "Good night overall. Jaylen bowled a 97 and beat me, which he will tell you about.\n"
        "\n"
        "Two things for his file. He had to step out twice to use his puffer, and the second "
        "time\n"
        "he was wheezing pretty hard for a few minutes. When I dropped him off his grandma said\n"
        "the clinic put him on a new controller inhaler last month and he's been skipping it\n"
        'because it "tastes like metal." She\'s going to call the clinic.\n'
        "\n"
        "I didn't want to push him on it in front of the other kids. Can we talk about whether I\n"
        "should carry a spare for our outings?\n"
        "\n"
        "Thanks,\n"
        "Colin (mentor, Tuesday group)",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Saturday hike - packing list\n"
        "\n"
        "Hi mentors and families,\n"
        "\n"
        "We leave the Bridgeway office at 8:30 sharp for Clear Fork trail. Pack list for every\n"
        "mentee:\n"
        "\n"
        "- water bottle and lunch (we bring snacks)\n"
        "- shoes that can get muddy\n"
        "- a rain layer\n"
        "- any puffer, EpiPen or other medicine you might need, in your own backpack\n"
        "\n"
        "Mentors: the first-aid kit will be with Shawn, and every mentor will have the trail map\n"
        "and the ranger station number (555-0109). We won't hold anyone's medicine for them, so\n"
        "check bags before we leave.\n"
        "\n"
        "See you Saturday!\n"
        "Shawn Okafor, Program Coordinator, Bridgeway Youth Mentors",
        [],
    ),
    (
        "Subject: Tamika - safety plan update\n"
        "\n"
        "Lupe,\n"
        "\n"
        "Quick update before the team meeting. Tamika met with me this morning.\n"
        "\n"
        "- Her ex, Curtis, finished his time inside at Lebanon on the 3rd. His mother told her "
        "he\n"
        "  is staying on Vine St, about a mile from her job.\n"
        "- She's asked to move her shift to days so she isn't walking to the bus after dark.\n"
        "- The kids' school has the pickup list; only Tamika and her sister are on it.\n"
        "- She wants to keep her room with us through the end of the month while the housing\n"
        "  voucher goes through.\n"
        "\n"
        "Can you check whether we can fit her into the Thursday court-accompaniment slot?\n"
        "\n"
        "Keisha Brandt\n"
        "Advocate, Lanternwood House",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "New at Lanternwood: Coming Home Circle\n"
        "\n"
        "For anyone whose partner or ex is coming home after time inside, or has just come home.\n"
        "Maybe you don't know what to expect, maybe you've been here before. We meet Wednesdays\n"
        "at 6 pm in the blue room; childcare in the playroom.\n"
        "\n"
        "What we'll cover:\n"
        "- planning for the first weeks after release\n"
        "- how protective orders work when someone is coming home\n"
        "- your rights at work and with your landlord\n"
        "\n"
        "You don't have to share your story, and nothing said in the circle goes in a file. Call\n"
        "Keisha or Lupe at 555-0125 to save a seat, or just show up.",
        [],
    ),
    (
        "Subject: Sutter - reinstatement\n"
        "\n"
        "Daniel,\n"
        "\n"
        "Pulled the BMV record for Mr. Sutter this morning. Summary:\n"
        "\n"
        "- Licence no. TE677544, class D.\n"
        "- Suspended through 06/2027: the court suspension from his 2024 OVI conviction in\n"
        "  Mercer County Municipal Court, plus a non-compliance suspension for insurance.\n"
        "- Reinstatement fee owed: $575 (the BMV will do a payment plan).\n"
        "- He is eligible for limited driving privileges for work if he gets the interlock.\n"
        "\n"
        "He drives for the mulch yard, so the privileges matter. I told him we'd call by Friday.\n"
        "\n"
        "Irene Fuchs, Paralegal\n"
        "Millbrook Legal Aid Clinic",
        [
            ("US_DRIVER_LICENSE", "TE677544"),
            ("criminal_history", ""),
        ],
    ),
    (
        "Driver's License Reinstatement Clinic - Tuesday nights in October\n"
        "\n"
        "Lost your license over unpaid fines, a missed child-support payment or no insurance? "
        "Our\n"
        "volunteers can pull your BMV record with you and make a plan.\n"
        "\n"
        "Before you come:\n"
        "- You do not need to know your license number. If you have the card, bring it; we'll\n"
        "  look at it together. Please don't email the number to us.\n"
        "- Bring any letters from the BMV or the court.\n"
        "- If you owe reinstatement fees, we can ask for a payment plan.\n"
        "\n"
        "Millbrook Legal Aid Clinic, 114 Court St. Call Irene at 555-0162 to book a 30-minute\n"
        "slot.",
        [],
    ),
    (
        "Subject: Refund set-up for my spring aid\n"
        "\n"
        "Hi Ms. Pratt,\n"
        "\n"
        "I went through the checklist you gave me at the financial aid window. Answers in order:\n"
        "\n"
        "- Step 1, the nine-digit number printed at the bottom left of my checks (the checklist\n"
        '  calls it the "routing" one): it\'s the first number in step 4\n'
        "- Step 2, type: checking\n"
        "- Step 3, name on the account: Terrence Vail (just me, not joint)\n"
        "- Step 4, the numbers, in the order the form asks: 283929665, then 9859524496\n"
        "\n"
        "I start work-study on Monday so I'd like the refund before rent is due on the 1st if\n"
        "that's possible.\n"
        "\n"
        "Thank you,\n"
        "Terrence Vail\n"
        "Student ID 00418822",
        [
            ("ABA_ROUTING_NUMBER", "283929665"),
            ("US_BANK_NUMBER", "9859524496"),
        ],
    ),
    (
        "Subject: Refund set-up for my spring aid\n"
        "\n"
        "Hi Ms. Pratt,\n"
        "\n"
        "I went through the checklist you gave me at the financial aid window:\n"
        "\n"
        "- Step 1, the nine-digit number printed at the bottom left of my checks (the "
        '"routing"\n'
        "  one): I'll bring a voided check instead of typing it\n"
        "- Step 2, type: checking\n"
        "- Step 3, name on the account: Terrence Vail\n"
        "- Step 4, the account number: same, it's on the voided check\n"
        "\n"
        "My roommate said never to email bank numbers, so I'll come to the window Thursday "
        "between\n"
        "classes. Is 1:30 okay?\n"
        "\n"
        "Thank you,\n"
        "Terrence Vail\n"
        "Student ID 00418822",
        [],
    ),
    (
        "Subject: Housing deposit refund - Lena Hoffmann (exchange, fall term)\n"
        "\n"
        "Dear Student Accounts,\n"
        "\n"
        "I left Calder Valley in December after my exchange semester and I was told the $300\n"
        "housing deposit would be returned to me. I do not have a US bank account any more (I\n"
        "closed it before I flew home).\n"
        "\n"
        "Could you please send the refund to my account in Germany? The bank said you will need\n"
        "these:\n"
        "\n"
        "Account holder: Lena Marie Hoffmann\n"
        "Bank: Sparkasse Rhein-Lahn\n"
        "IBAN: DE27 5677 1002 0471 0928 81\n"
        "\n"
        "If there is a fee for the international transfer, please take it from the deposit.\n"
        "\n"
        "Many thanks and greetings from Koblenz,\n"
        "Lena Hoffmann",
        [
            ("IBAN_CODE", "DE27 5677 1002 0471 0928 81"),
        ],
    ),
    (
        "Subject: Your auto loan application\n"
        "\n"
        "Dear Mr. Delgado,\n"
        "\n"
        "Thank you for applying for a used-auto loan with Brightwater. We were not able to "
        "approve\n"
        "the amount you asked for this time, and we want to be clear about why.\n"
        "\n"
        "The number we got back from the bureau on the 14th was 646. Our program for the rate "
        "you\n"
        "asked about starts higher, and two things on the report weighed the most:\n"
        "\n"
        "- A collection from Northway Utilities, $1,240, placed in 2024\n"
        "- A 60-day late payment on your Capital Arc card, March 2025\n"
        "\n"
        "What we can do: a smaller loan with a co-signer, or our Credit Builder loan for six\n"
        "months, after which we'd be glad to look again. Anjali Rao can walk you through "
        "either at\n"
        "555-0190.\n"
        "\n"
        "Sincerely,\n"
        "Member Lending, Brightwater Community Credit Union",
        [
            ("CREDIT_SCORE", "646"),
            ("CREDIT_REPORT", "collection from Northway Utilities, $1,240, placed in 2024"),
            ("CREDIT_REPORT", "60-day late payment on your Capital Arc card, March 2025"),
        ],
    ),
    (
        "Subject: You're signed up - Credit Builder class\n"
        "\n"
        "Hi Carla,\n"
        "\n"
        "You're in for Thursday's Credit Builder class, 6 pm in the community room.\n"
        "\n"
        "What we'll cover:\n"
        "- what the number from the bureau means (scores from 580 to 669 are usually called\n"
        '  "fair", 670 to 739 "good")\n'
        "- how a collection or a 60-day late payment affects you, and for how long\n"
        "- how to dispute something that isn't yours\n"
        "\n"
        "You don't need to bring your report or know your score. If you want, we'll help you "
        "pull\n"
        "your free reports together at the end, on your own phone, and you keep them.\n"
        "\n"
        "Anjali Rao, Member Services\n"
        "Brightwater Community Credit Union",
        [],
    ),
    (
        "Subject: Tasha - card stuff (locked notes only)\n"
        "\n"
        "Lupe,\n"
        "\n"
        "Putting this in the locked notes at Tasha's request. She opened her own checking at\n"
        "Brightwater yesterday, first account ever in just her name. Big day.\n"
        "\n"
        "She's worried she'll forget the number she picked for the new debit card because she's\n"
        "been changing passwords on everything this week, and she doesn't want it written\n"
        "anywhere her ex might see it. She asked us to hold it for her until she's memorized it:\n"
        "\n"
        "7629\n"
        "\n"
        "Please don't put it in the case notes or the shared drive. I'll delete this once she "
        "tells\n"
        "me she's got it.\n"
        "\n"
        "Keisha",
        [
            ("PIN", "7629"),
        ],
    ),
    (
        "Subject: Tech Tuesday - Mrs. Fenwick\n"
        "\n"
        "Bev,\n"
        "\n"
        "Mrs. Marjorie Fenwick came to Tech Tuesday to set up online banking with her credit\n"
        "union. We got it done. She asked me to send the details to you so there's a copy here,\n"
        "because last time she lost the paper.\n"
        "\n"
        "- Username: mfenwick44\n"
        "- Password she picked: Bluejay!Porch7\n"
        '- Security question "Name of your first school": Garfield Elementary\n'
        "\n"
        "She knows I'm sending this. Her daughter in Dayton is supposed to help her change it to\n"
        "something only she knows, so maybe don't print it.\n"
        "\n"
        "Gene (Tech Tuesday volunteer)",
        [
            ("PASSWORD", "Bluejay!Porch7"),
            ("PASSWORD", "Garfield Elementary"),
        ],
    ),
    (
        "Subject: Tech Tuesday returns\n"
        "\n"
        "Hi everyone,\n"
        "\n"
        "Tech Tuesday is back on March 5, 1 to 3 pm in the computer lab. Gene and Priya will "
        "help\n"
        "with phones, tablets, email and online banking.\n"
        "\n"
        "A few notes:\n"
        "- The computer lab Wi-Fi is OakHollow-Guest and the guest password is on the whiteboard\n"
        '  (it\'s "readingroom", same as last year).\n'
        "- Please bring your passwords written down if you want help signing in, but keep the\n"
        "  paper in your purse. We won't copy them or keep them.\n"
        "- If your bank sends a code to your phone, you read it yourself, not the volunteer.\n"
        "\n"
        "Bev Linton, Oak Hollow Senior Center, 555-0118",
        [],
    ),
    (
        "Subject: donation form -> CRM sync failing since Monday\n"
        "\n"
        "Dev,\n"
        "\n"
        "The online giving form is still taking gifts but nothing has reached the CRM since\n"
        "Monday. The Pantrypay dashboard shows every webhook failing. Here's one of the failed\n"
        "requests from their log, copied as-is:\n"
        "\n"
        "  POST /hooks/pantrypay  401 Unauthorized\n"
        "  X-Pantrypay-Account: acct_MV0042\n"
        "  X-Pantrypay-Publishable: ppy_pk_live_LdTILoLP1UaQR8eW3v5F\n"
        "  X-Pantrypay-Signing-Secret: ppy_sk_live_aCWWtTlEnfzWrRshyYdgBLoF\n"
        '  body: {"gift_id": "G-88213", "amount": 50.00, "fund": "Holiday Meals"}\n'
        "\n"
        "I think the secret was rotated when they moved us to the new plan and the CRM still has\n"
        "the old one. Can you update it on our side? Holiday Meals is our biggest week.\n"
        "\n"
        "Renata (development)",
        [
            ("API_KEY", "ppy_sk_live_aCWWtTlEnfzWrRshyYdgBLoF"),
        ],
    ),
    (
        "Subject: Re: donation form -> CRM sync failing since Monday\n"
        "\n"
        "Renata,\n"
        "\n"
        "Fixed. Pantrypay did rotate the signing secret when we changed plans. I put the new one\n"
        "in the password vault and in the CRM connector; it is not in this email and shouldn't\n"
        "ever be.\n"
        "\n"
        "For the website people: the only key that goes on the public giving page is the\n"
        "publishable one, ppy_pk_live_LdTILoLP1UaQR8eW3v5F. That one is meant to be public and\n"
        "they can paste it anywhere.\n"
        "\n"
        "I replayed the failed webhooks from Monday on, so the Holiday Meals gifts (gift IDs\n"
        "G-88190 to G-88240) should all be in the CRM now. Tell me if any are missing.\n"
        "\n"
        "Dev Raman, IT & Data\n"
        "Mercer Valley Food Bank",
        [],
    ),
    (
        "Subject: Amish Country trip - Eleanor's seat\n"
        "\n"
        "Bev,\n"
        "\n"
        "Eleanor Voss called the desk to pay for her seat on the Amish Country bus trip ($64). "
        "She\n"
        "doesn't do the internet, so I wrote down what she read me and I'm sending it to you to\n"
        "run on the office terminal:\n"
        "\n"
        "Visa\n"
        "4528 9536 7596 9922\n"
        "exp 08/28\n"
        "name on card: Eleanor R. Voss\n"
        "\n"
        "She also read off the three little numbers on the back before I could stop her: 494\n"
        "\n"
        "She wants a window seat and to sit with Dottie Marsh if possible. Please shred my "
        "sticky\n"
        "note once it goes through; it's in your inbox tray.\n"
        "\n"
        "Joan (front desk)",
        [
            ("CREDIT_CARD", "4528 9536 7596 9922"),
            ("CVV", "494"),
        ],
    ),
    (
        "Subject: Re: Amish Country trip - paying for my seat\n"
        "\n"
        "Dear Mrs. Voss,\n"
        "\n"
        "Thank you for wanting to join us on the Amish Country trip! Please don't send your card\n"
        "number or the three little numbers on the back by email, and don't leave them on the\n"
        "desk voicemail. Email isn't safe for that.\n"
        "\n"
        "Three easy ways to pay the $64:\n"
        "- cash or check at the front desk, any weekday 9 to 4\n"
        "- call me at 555-0118 and I'll run the card while we're on the phone\n"
        "- have your son pay online with the link on our website\n"
        "\n"
        "I've held a window seat for you next to Dottie Marsh until Friday.\n"
        "\n"
        "Bev Linton, Program Director\n"
        "Oak Hollow Senior Center",
        [],
    ),
    (
        "Subject: Thank you for feeding your neighbors\n"
        "\n"
        "Dear Harriet Mayo,\n"
        "\n"
        "Thank you for your gift to Mercer Valley Food Bank. Because of friends like you, our\n"
        "pantries served 4,118 families in November.\n"
        "\n"
        "Gift details\n"
        "Date: 12/03/2026\n"
        "Amount: $150.00\n"
        "Fund: Holiday Meals\n"
        "Paid with: Mastercard ending 8549\n"
        "Gift ID: G-88217\n"
        "\n"
        "No goods or services were provided in exchange for this gift. Please keep this receipt\n"
        "for your tax records. Our EIN is 31-1587420.\n"
        "\n"
        "With gratitude,\n"
        "Renata Solis, Development Director\n"
        "Mercer Valley Food Bank",
        [
            ("CREDIT_CARD_LAST_DIGITS", "8549"),
        ],
    ),
    (
        "Subject: ID check review - new member application #A-20931\n"
        "\n"
        "Tom,\n"
        "\n"
        "The online application from Kwame Boateng dropped into manual review. The vendor report\n"
        "says:\n"
        "\n"
        "  document: Ohio driver license, front and back\n"
        "  number on document: DV141790\n"
        "  face match (selfie vs. document photo): 0.94, threshold 0.80\n"
        "  liveness: pass\n"
        "  address match: fail (document shows old address on Wren St)\n"
        "\n"
        "So the face is fine; it's only the address. He uploaded a gas bill with the new address\n"
        "on Juniper Ave, which looks good to me. Can you approve the membership so he can fund "
        "the\n"
        "share account today?\n"
        "\n"
        "Anjali",
        [
            ("US_DRIVER_LICENSE", "DV141790"),
            ("biometric", ""),
        ],
    ),
    (
        "Subject: New: open your membership from your phone\n"
        "\n"
        "Dear Members,\n"
        "\n"
        "Starting May 1, anyone in your household can open a Brightwater membership from their\n"
        "phone. The app asks for a photo of a driver license or state ID and a quick selfie.\n"
        "\n"
        "How we handle it:\n"
        "- The selfie is compared with the ID photo by our verification vendor; the result and "
        "the\n"
        "  images are deleted after 30 days.\n"
        "- If the match doesn't work, a person at the branch checks the ID instead. You can\n"
        "  always choose the branch.\n"
        "- We never store a copy of your face or fingerprints.\n"
        "\n"
        "Questions? Call Member Services at 555-0190.\n"
        "\n"
        "Brightwater Community Credit Union",
        [],
    ),
    (
        "Subject: Genealogy club - Thursday recap\n"
        "\n"
        "Hi all,\n"
        "\n"
        "Lovely turnout Thursday, eleven of us plus two grandkids.\n"
        "\n"
        "Dolores Pryor brought the printout from her AncestryDNA kit that her son gave her for\n"
        "Christmas: 41% Nigeria, 22% Cameroon and Congo, 19% England and Northwestern Europe, "
        "and\n"
        "the rest in small bits. She was tickled that it matched the family story about her "
        "great-\n"
        "grandmother from Charleston, and she wants help finding the Pryor side in the 1870\n"
        "census next.\n"
        "\n"
        "Walt brought his grandfather's naturalization papers, and we spent the last half hour "
        "on\n"
        "how to read old handwriting.\n"
        "\n"
        "Next meeting: Thursday the 21st, computer lab.\n"
        "\n"
        "Marian (club volunteer)",
        [
            ("genetic", ""),
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: DNA and Your Family Tree - workshop\n"
        "\n"
        "Hi genealogy club,\n"
        "\n"
        "Thinking about one of those DNA kits? The county library's genealogy librarian, Ms.\n"
        "Okafor, will talk about what ancestry tests can and can't tell you, on Thursday the "
        "28th\n"
        "at 1 pm in the computer lab.\n"
        "\n"
        "She'll cover:\n"
        '- what an "ethnicity estimate" is and why two companies give different answers\n'
        "- privacy: who can see your results and how to delete them\n"
        "- using matches to break through a brick wall in the 1870 census\n"
        "\n"
        "Nobody needs to have taken a test, and nobody will be asked about their results. Open "
        "to\n"
        "all members and guests.\n"
        "\n"
        "Marian (club volunteer)",
        [],
    ),
    (
        "Subject: Walt's clipboard\n"
        "\n"
        "Bev,\n"
        "\n"
        "Walt Fiore asked again this morning if he can leave his clipboard and a stack of flyers\n"
        "at the front desk. He's been out knocking doors for Joanne Hargrove every Saturday "
        "since\n"
        "Labor Day (county commissioner, the one with the yard signs everywhere) and he wants\n"
        "members to sign up to get rides to vote for her.\n"
        "\n"
        "I told him I'd check with you. I think the rule is no campaign materials in the "
        "building,\n"
        "but he's going to ask you directly, and he was pretty worked up about it.\n"
        "\n"
        "Also the coffee maker in the Maple Room is leaking again.\n"
        "\n"
        "Joan",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: County commissioner candidates forum - Oct 9\n"
        "\n"
        "Oak Hollow Senior Center will host a candidates forum for the county commissioner "
        "race on\n"
        "Wednesday, October 9, at 2 pm in the Maple Room. Both candidates, Joanne Hargrove and "
        "Phil\n"
        "Tatum, have said yes.\n"
        "\n"
        "How it works:\n"
        "- Members write questions on cards at the door; our volunteer moderator picks them.\n"
        "- Each candidate gets two minutes per question.\n"
        "- No signs, flyers, clipboards or buttons in the building, for either side. That rule\n"
        "  applies to members too.\n"
        "\n"
        "The van will run the Thursday routes that day for anyone who needs a ride. Oak Hollow\n"
        "does not endorse candidates.\n"
        "\n"
        "Bev Linton, Program Director",
        [],
    ),
    (
        "Subject: Strike pantry - Kroll's Market workers, week 2\n"
        "\n"
        "Marisol,\n"
        "\n"
        "Week 2 list for the strike pantry at the union hall. Each of these showed a Local 881\n"
        "card at the table, per the agreement with the local:\n"
        "\n"
        "Dennis Haag - HH 4\n"
        "Maria Lutz - HH 2\n"
        "Pete Arvelo - HH 6\n"
        "Sandy Ochs - HH 1\n"
        "\n"
        "Pete asked if we have diapers (size 4). The local is sending two volunteers for "
        "Saturday\n"
        "unloading. We're using about 30 boxes a day, so I'd plan on 200 for next week.\n"
        "\n"
        "Gail (pantry partner lead)",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: Thank you, Local 881!\n"
        "\n"
        "Hi volunteers,\n"
        "\n"
        "Big thanks to the members of UFCW Local 881 who sorted 9,000 pounds of produce on\n"
        "Saturday. Their hall also donated the use of its parking lot for the November mobile\n"
        "pantry.\n"
        "\n"
        "Upcoming:\n"
        "- Dec 7: warehouse sort, 9 am to noon. Everyone welcome, union or not.\n"
        "- Dec 14: Holiday Meals packing at the union hall, bring a friend.\n"
        "\n"
        "If your workplace, union, church or club wants a group shift, email Gail at the "
        "warehouse\n"
        "or call 555-0147.\n"
        "\n"
        "Mercer Valley Food Bank",
        [],
    ),
    (
        "Subject: Intake - Kim R. (room 4)\n"
        "\n"
        "Team,\n"
        "\n"
        "New intake last night, Kim R., 34, came in by taxi after calling the hotline.\n"
        "\n"
        "- Person causing harm: her ex, Dana Whitcomb. They shared the apartment on Holloway\n"
        "  for four years; Dana still has a key and she's the one on the lease.\n"
        "- Kim has her car, her phone and her work badge; she does NOT have her birth\n"
        "  certificate or her cat (the cat is with a neighbor).\n"
        "- She wants to keep working at the call center. Shift is 7 to 3.\n"
        "- Protective order: she's thinking about it. Lupe to go over the process Friday.\n"
        "\n"
        "Please don't confirm to anyone who calls that Kim is here, including anyone saying\n"
        "they're her partner.\n"
        "\n"
        "Keisha",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: Re: do you take women whose abuser is a woman?\n"
        "\n"
        "Hi Jordan,\n"
        "\n"
        "Thanks for asking before you referred her. Yes. Lanternwood House serves survivors of\n"
        "every gender and orientation, and abuse by a girlfriend, wife or ex is taken just as\n"
        "seriously as any other. We don't ask about anyone's orientation at intake, and we don't\n"
        "need to know it to help.\n"
        "\n"
        "Your client can call the hotline at 555-0125 any time, or come in with you. If she\n"
        "prefers, an advocate can meet her at the library instead of the shelter.\n"
        "\n"
        "Keisha Brandt, Advocate\n"
        "Lanternwood House",
        [],
    ),
    (
        "Subject: Native American Tuition Waiver - spring\n"
        "\n"
        "Hi Naomi,\n"
        "\n"
        "Checking in on the waiver for my spring classes. I sent everything in October but my\n"
        "bill still shows the full tuition.\n"
        "\n"
        "What the office asked for, in the order on the form:\n"
        "- Tribal nation: Citizen Potawatomi Nation\n"
        "- Enrolled member: yes, since birth\n"
        "- Card number (from my tribal ID card): 30098850\n"
        "- Program: Nursing prerequisites, 13 credits\n"
        "\n"
        "Sorry if I'm emailing the wrong person. My classes start Jan 13.\n"
        "\n"
        "Jolene Whitehorse\n"
        "Student ID 00427315",
        [
            ("racial_ethnic_origin", ""),
            ("US_STATE_ID", "30098850"),
        ],
    ),
    (
        "Native American Tuition Waiver - how to apply\n"
        "\n"
        "Calder Valley Community College waives tuition for students who are enrolled members "
        "of a\n"
        "federally recognized tribe.\n"
        "\n"
        "To apply:\n"
        "1. Fill in the waiver form in Student Services, room 110.\n"
        "2. Show your tribal ID card or enrollment letter in person. We look at it and hand it\n"
        "   back; please do not email the card or its number.\n"
        "3. Apply by the census date each term.\n"
        "\n"
        "The waiver covers tuition only; fees and books are separate. Questions: Naomi Pratt,\n"
        "Student Services, 555-0156.",
        [],
    ),
    (
        "Subject: VITA - Rosa Quintanilla, Saturday 10:00\n"
        "\n"
        "Maria,\n"
        "\n"
        "For Rosa's appointment on Saturday: she doesn't have a Social, so everything goes under\n"
        "the other number the IRS gave her. She renewed it in January and brought the letter\n"
        "today, so we're good for this year.\n"
        "\n"
        "Her two kids have SSNs; she'll bring the cards. Child care: she pays Little Sprouts\n"
        "about $3,100 a year and has the receipts.\n"
        "\n"
        "The number from the renewal letter, so you can start the return tonight:\n"
        "\n"
        "959-81-8227\n"
        "\n"
        "Dependent care credit only, no EIC for her.\n"
        "\n"
        "Irene",
        [
            ("US_ITIN", "959-81-8227"),
        ],
    ),
    (
        "ITIN renewals - free help at Millbrook Legal Aid\n"
        "\n"
        "If the IRS gave you a tax number that starts with a 9 (an ITIN) and you haven't used it\n"
        "on a tax return in the last three years, it has probably expired. We can help you renew\n"
        "it for free.\n"
        "\n"
        "Bring:\n"
        "- your passport or two other IDs\n"
        "- the IRS letter with your number on it, if you have it (we look at it; we don't keep a\n"
        "  copy)\n"
        "- last year's return, if you filed\n"
        "\n"
        "Renewal takes about 7 to 11 weeks. Saturdays 9 to 1, January through April. Call "
        "Maria or\n"
        "Irene at 555-0162.",
        [],
    ),
    (
        "Subject: Home delivery route 3 - changes\n"
        "\n"
        "Hi drivers,\n"
        "\n"
        "Changes to route 3 starting Monday:\n"
        "\n"
        "- Mr. Ike Bramlett (Sycamore Ln) moves from Wednesday to Thursday. He's at dialysis "
        "Monday,\n"
        "  Wednesday and Friday mornings and isn't home. His box is the renal one: no bananas,\n"
        "  potatoes, tomatoes or canned soup; the warehouse marks it with a red R.\n"
        "- The Garzas (Elm St) are moving; last delivery Monday.\n"
        "- New stop: Mrs. Wanda Perl, 210 Hickory, 2nd floor, ring twice.\n"
        "\n"
        "Thanks for getting through the ice last week.\n"
        "\n"
        "Marisol",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: New box options at every pantry\n"
        "\n"
        "Hi pantry leads,\n"
        "\n"
        "Starting in January, every partner pantry can offer three box types:\n"
        "\n"
        "- Standard box\n"
        "- Low-sugar box (no juice, no white rice, extra beans and frozen vegetables)\n"
        "- Low-sodium box\n"
        "\n"
        "Anyone can pick any box; nobody is asked why, and nothing about it goes on the sign-in\n"
        "sheet. Please don't write health notes next to names. If a neighbor tells you about "
        "their\n"
        'diabetes or kidneys, just say "the low-sugar box or low-sodium box might work for '
        'you."\n'
        "\n"
        "Marisol Ortega, Client Services\n"
        "Mercer Valley Food Bank",
        [],
    ),
    (
        "Subject: check-in - Makayla (confidential)\n"
        "\n"
        "Shawn,\n"
        "\n"
        "Had coffee with Makayla after school Thursday. She told me she's pregnent, due in "
        "April,\n"
        "and she started going to the prenatal clinic at the health department last week. Her\n"
        "mom knows and is being supportive, which is a relief. The baby's dad is not in the\n"
        "picture.\n"
        "\n"
        "She wants to stay in school and asked whether our program can still match her next "
        "year.\n"
        "I told her yes as far as I know, but wanted to check with you.\n"
        "\n"
        "She asked me not to tell the other mentors. I haven't.\n"
        "\n"
        "Dana (mentor)",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Renee - court tomorrow\n"
        "\n"
        "Lupe,\n"
        "\n"
        "For tomorrow:\n"
        "\n"
        "- Renee's wrist: the X-ray at Mercy showed a hairline fracture. She's in a splint for "
        "six\n"
        "  weeks and can't lift the baby's car seat with that hand.\n"
        "- Bo was arrested at the house Saturday night and is charged with domestic violence; "
        "the\n"
        "  arraignment is at 9 in Municipal Court, courtroom B.\n"
        "- She wants to ask for a no-contact order at the arraignment. The victim advocate from\n"
        "  the prosecutor's office knows she's coming.\n"
        "- She needs a ride; I'll take her at 8:15.\n"
        "\n"
        "Keisha",
        [
            ("health", ""),
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Pruett - sealing application draft\n"
        "\n"
        "Daniel,\n"
        "\n"
        "Draft sealing application for Lyle Pruett is in his folder. The key facts:\n"
        "\n"
        "- One conviction, possession (F5), Mercer County Common Pleas, 2011.\n"
        "- Completed two years' community control (probation) in 2013, no violations.\n"
        "- Nothing since. The BCI check came back with only that one entry.\n"
        "- He's applying for a CDL and the felony keeps showing up on employer checks.\n"
        "\n"
        "He's eligible under the new waiting periods. I need your signature on page 3 before we\n"
        "file Thursday.\n"
        "\n"
        "Irene",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Clean Slate Day - Saturday, April 12\n"
        "\n"
        "Got an old record that keeps coming up on job or housing applications? Millbrook Legal\n"
        "Aid Clinic and the Public Defender will help you find out whether you can seal it.\n"
        "\n"
        "- Bring a photo ID.\n"
        "- You don't need to know your case numbers; we'll look them up with you.\n"
        "- Everything you tell us is confidential.\n"
        "- Free, no income limit.\n"
        "\n"
        "Walk-ins 9 am to 1 pm at the Mercer County Library, main branch. Questions: 555-0162.\n"
        "\n"
        "Please share with anyone who might need it.",
        [],
    ),
    (
        "Subject: Accommodation letter - Priya Natarajan, BIO 121\n"
        "\n"
        "Dr. Hallett,\n"
        "\n"
        "Priya Natarajan is registered with Accessibility Services and has asked us to send you\n"
        "her accommodation letter for BIO 121, section 03.\n"
        "\n"
        "Approved accommodations, based on her documented ADHD:\n"
        "- 1.5x time on exams and quizzes\n"
        "- testing in a reduced-distraction room (our Testing Center can proctor)\n"
        "- permission to record lectures for personal study\n"
        "\n"
        "Please schedule her exams with the Testing Center at least three days ahead. The letter\n"
        "itself is attached; please keep it out of shared folders.\n"
        "\n"
        "Ruth Calloway\n"
        "Accessibility Services, Calder Valley Community College",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Exams this term - accommodations\n"
        "\n"
        "Dear BIO 121 students,\n"
        "\n"
        "If you have a disability, a health condition, or a temporary injury that affects how "
        "you\n"
        "take exams, you may be eligible for accommodations such as extra time or a quiet room.\n"
        "Accessibility Services decides; I just follow the letter.\n"
        "\n"
        "- Register with Accessibility Services in room 112, or call 555-0153.\n"
        "- You never have to tell me your diagnosis, and please don't.\n"
        "- Requests should be in at least two weeks before the first exam (Feb 20).\n"
        "\n"
        "Dr. Hallett",
        [],
    ),
    (
        "Subject: Voicemail from 555-0166 (transcribed)\n"
        "\n"
        "Voicemail, Member Services line, Mon 8:47 AM, 0:41\n"
        "\n"
        '"Hi, this is Bernice Tolliver, I was in Friday and got my new debit card, the lady\n'
        "said to call and leave the number I want on it since the machine at the branch wasn't\n"
        "working. So I want it to be four three seven five. Four three seven five. It's my late\n"
        "husband's birthday so I won't forget it. Okay, if you need anything else call me back "
        "at\n"
        'this number. Thank you, bye."\n'
        "\n"
        "Tom - can you set this up on her card when the system is back and then call her to\n"
        "confirm? And remind her not to leave it on voicemail next time.",
        [
            ("PIN", "four three seven five"),
        ],
    ),
    (
        "Subject: Voicemail from 555-0172 (transcribed)\n"
        "\n"
        "Voicemail, Member Services line, Tue 4:12 PM, 0:38\n"
        "\n"
        "\"Yeah hi, Luis Carrasco, I'm trying to get my paycheck to go to you guys instead of "
        "the\n"
        "old bank. My job wants the account number for the direct deposit form and I lost the\n"
        "paper. I think it's eight two zero three one four four four nine but can somebody call\n"
        "me and tell me if that's right? I have to turn in the form tomorrow. Thanks.\"\n"
        "\n"
        "Anjali - he's right, that's his share draft account. I'll call him back; flagging "
        "because\n"
        "he left it on the open line.",
        [
            ("US_BANK_NUMBER", "eight two zero three one four four four nine"),
        ],
    ),
    (
        "Subject: Jess - go-bag checklist (done)\n"
        "\n"
        "Lupe,\n"
        "\n"
        "Went through the go-bag list with Jess today. Status:\n"
        "\n"
        "- Birth certificates for her and both kids: in the bag.\n"
        "- Her passport (US, the blue one, renewed 2023): at her sister Carla's. Number in "
        "case it\n"
        "  goes missing again: 729398021\n"
        "- Kids' school records: in the bag.\n"
        "- Spare car key: hidden at work.\n"
        "- Cash: $60 in the bag.\n"
        "- Phone: new one from us, old one left at home.\n"
        "\n"
        "She asked that we not keep copies of anything else. I'll shred my worksheet once this "
        "is\n"
        "in the locked file.\n"
        "\n"
        "Keisha",
        [
            ("US_PASSPORT", "729398021"),
        ],
    ),
    (
        "Go-bag checklist (Lanternwood House safety planning)\n"
        "\n"
        "Keep this list somewhere your partner won't see it. You don't have to do everything at\n"
        "once.\n"
        "\n"
        "Documents\n"
        "- Passport: ______________ (or where it is: ______________)\n"
        "- Driver's license or state ID: ______________\n"
        "- Birth certificates for you and your kids\n"
        "- Social Security cards (don't write the numbers here)\n"
        "\n"
        "Money\n"
        "- Cash, even a little\n"
        "- A debit card in your name only. Don't write the PIN on this sheet.\n"
        "\n"
        "Other\n"
        "- Medicines, glasses, chargers\n"
        "- Spare keys\n"
        "\n"
        "Questions? Call an advocate any time: 555-0125.",
        [],
    ),
    (
        "Subject: Andre - heads up\n"
        "\n"
        "Shawn,\n"
        "\n"
        "Andre was quiet at the library Tuesday and finally told me why. His dad is coming home\n"
        "from Chillicothe Correctional next month after four years, and Andre doesn't know if\n"
        "he's going to live with them or with his grandma. He's nervous and kind of excited and\n"
        "kind of mad.\n"
        "\n"
        "I told him I'd still see him every Tuesday no matter what. Do we have anything for kids\n"
        "whose parent is coming home? I remember you mentioned a group.\n"
        "\n"
        "Also he got a B on the science test he was worried about.\n"
        "\n"
        "Colin",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: New group: Kids with a Parent Away\n"
        "\n"
        "Hi mentors,\n"
        "\n"
        "Starting in February, Bridgeway will run a monthly group for mentees who have a "
        "parent in\n"
        "prison or jail, or a parent coming home. Mentors can come too.\n"
        "\n"
        "- Second Saturday, 10 am, at the Bridgeway office\n"
        "- Led by a counselor from the county family center\n"
        "- Pizza, games, and time to talk if kids want to\n"
        "\n"
        "Please don't tell us in email which of your mentees this applies to. Just mention the\n"
        "group to every family and let them decide. Flyers are on the table by the door.\n"
        "\n"
        "Shawn Okafor, Program Coordinator",
        [],
    ),
    (
        "Subject: lunch holds - March\n"
        "\n"
        "Kitchen crew,\n"
        "\n"
        "For March, please hold a lunch plate for Mrs. Yasmin Haddad in the warmer and send it\n"
        "home with her at 3. She's fasting for Ramadan and breaks her fast after sunset, so she\n"
        "won't be eating at noon but doesn't want to miss the meal. Her driver picks her up at\n"
        "3:15.\n"
        "\n"
        "Also, Mr. Stein is back from his daughter's and wants to be on the Thursday list again.\n"
        "And we're out of the small foil pans; Ray is picking some up Tuesday.\n"
        "\n"
        "Thanks,\n"
        "Bev",
        [
            ("religious_belief", ""),
        ],
    ),
    (
        "Subject: Evening pantry hours in March\n"
        "\n"
        "Hi members,\n"
        "\n"
        "During March, the Oak Hollow pantry shelf will stay open until 8:30 pm on Tuesdays and\n"
        "Thursdays. We heard from several neighbors that evening hours help during Ramadan, and\n"
        "after-work hours help lots of caregivers too, so everyone is welcome in the evenings.\n"
        "\n"
        "- Take-home plates will be in the warmer from 6:30 pm.\n"
        "- The van will not run in the evenings, sorry.\n"
        "- Volunteers for the evening shifts: sign up at the desk.\n"
        "\n"
        "Bev Linton, Program Director",
        [],
    ),
    (
        "Subject: Re: FAFSA verification - items still missing\n"
        "\n"
        "Hi Ms. Pratt,\n"
        "\n"
        "Sorry, I didn't see your email until today. Answers to the two things on your list:\n"
        "\n"
        "Item 1 (the household size): it's 4, me, my mom and my two little brothers. My dad\n"
        "doesn't live with us.\n"
        "\n"
        "Item 2 (Parent 1's number on line 3 of the worksheet, you said it has to match the\n"
        "FAFSA exactly): my mom read it to me off her card, 728-60-2012\n"
        "\n"
        "She works at the hospital laundry and doesn't have a computer, so I filled in her part.\n"
        "Is there anything else before the refund can go out?\n"
        "\n"
        "Thank you,\n"
        "Marcus Bell",
        [
            ("US_SSN", "728-60-2012"),
        ],
    ),
    (
        "Subject: FAFSA verification - items still missing\n"
        "\n"
        "Hi Marcus,\n"
        "\n"
        "Your file was selected for verification. Two items are missing:\n"
        "\n"
        "1. Household size (how many people live with you and your parent).\n"
        "2. Parent 1's Social Security number on line 3 of the worksheet, in the format\n"
        "   XXX-XX-XXXX, exactly as on the FAFSA.\n"
        "\n"
        'Please do NOT email item 2. Upload the worksheet in the student portal under "My\n'
        'Documents", or bring it to the window. Your refund will go out about ten days after '
        "the\n"
        "file is complete.\n"
        "\n"
        "Naomi Pratt, Financial Aid\n"
        "Calder Valley Community College, 555-0156",
        [],
    ),
    (
        "Subject: HELOC - the Okonkwo file\n"
        "\n"
        "Tom,\n"
        "\n"
        "The tri-merge came back for Chidi and Ada Okonkwo. For Chidi, since he's the primary:\n"
        "\n"
        "Equifax: 702 (this is the middle one, the one we use)\n"
        "TransUnion: 714\n"
        "Experian: 652\n"
        "\n"
        "Ada's middle is higher, so Chidi's is the one that counts for pricing. Nothing\n"
        "derogatory on either report; the Experian difference is just an old address.\n"
        "\n"
        "Loan-to-value is 71% with the new appraisal. I think we can do prime minus a quarter.\n"
        "Can you sign off before Thursday's committee?\n"
        "\n"
        "Anjali",
        [
            ("CREDIT_SCORE", "702"),
            ("CREDIT_SCORE", "714"),
            ("CREDIT_SCORE", "652"),
        ],
    ),
    (
        "Subject: Mrs. Odom - card\n"
        "\n"
        "Marisol,\n"
        "\n"
        "Mrs. Juanita Odom came back today. The new EBT card came in the mail and she called the\n"
        "number on the back with me at the desk to set it up. She wanted the four digits she\n"
        'picked written on the inside of her folder, because "the last time I forgot and they\n'
        'locked it for two days."\n'
        "\n"
        "I told her we'd rather not, but she insisted, so it's on the folder and I'm noting it\n"
        "here too in case the folder walks off: 2194\n"
        "\n"
        "She's going to use it at Kroll's this afternoon. Can you check with her next week "
        "that it\n"
        "worked?\n"
        "\n"
        "Deb (client services volunteer)",
        [
            ("PIN", "2194"),
        ],
    ),
    (
        "Subject: EBT card questions at the pantry\n"
        "\n"
        "Hi pantry volunteers,\n"
        "\n"
        "Lots of EBT questions lately. Here's the script:\n"
        "\n"
        "- New card or lost card: call the number on the back of the card. It's open 24 hours.\n"
        "- Forgot the PIN: the same number can reset it. The client picks the four digits on the\n"
        "  phone. Volunteers should step away while they do it.\n"
        "- Never write a client's PIN on a folder, sign-in sheet or sticky note, even if they "
        "ask.\n"
        "- Card balance: the ConnectEBT app, or the receipt from the last purchase.\n"
        "\n"
        "Thank you for being patient with everyone this month.\n"
        "Marisol Ortega, Client Services, 555-0143",
        [],
    ),
    (
        "Subject: Marcus T. - confidential\n"
        "\n"
        "Shawn,\n"
        "\n"
        "Something Marcus T. told me on our walk Saturday, and he said I could tell you but "
        "nobody\n"
        "else: he's gay, and he hasn't told his foster mom yet because he's afraid she'll ask "
        "for\n"
        "him to be moved. He asked me if Bridgeway would tell her.\n"
        "\n"
        "I told him we wouldn't share anything without him, but I'd ask you about what we're\n"
        "required to do. He seemed relieved to have said it out loud.\n"
        "\n"
        "Can we talk before our next outing? Also, are there any LGBTQ youth groups near the "
        "east\n"
        "side you'd recommend?\n"
        "\n"
        "Paul (mentor)",
        [
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: Vidal - unemployment appeal hearing\n"
        "\n"
        "Daniel,\n"
        "\n"
        "Hearing for Ramon Vidal is Tuesday at 10, by phone. Some notes:\n"
        "\n"
        "- He was let go from Midland Linen after the shift-change dispute. The employer says\n"
        '  "misconduct" (leaving early twice).\n'
        "- He's been in SEIU Local 1991 since 2017. His steward, Connie Marsh, will be on the "
        "call\n"
        "  as a witness; she says the supervisor approved both early exits in the group text.\n"
        "- His last pay stub still shows the local's dues coming out, so they didn't process the\n"
        "  termination until a week after.\n"
        "\n"
        "I'll send Connie the call-in number. Exhibits are in the folder.\n"
        "\n"
        "Irene",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: Conduct meeting - Devin Hale\n"
        "\n"
        "Hi Dean Morris,\n"
        "\n"
        "Scheduling the conduct meeting for Devin Hale. Background for you: the Sheriff's report\n"
        "from the off-campus party on October 31 shows he was arrested that night and charged "
        "with\n"
        "assault after the fight in the parking lot. The case is pending in county court.\n"
        "\n"
        "Under the code, we review the off-campus conduct separately from the court case. I've\n"
        "offered him Tuesday at 2 or Wednesday at 10 and told him he may bring an advisor.\n"
        "\n"
        "Carla Jimenez\n"
        "Student Conduct Office, Calder Valley Community College",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Conduct outcome - Devin Hale\n"
        "\n"
        "Hi Dean Morris,\n"
        "\n"
        "Outcome letter for Devin Hale is attached for your records. Summary:\n"
        "\n"
        "- Findings: responsible for two residence-hall noise violations and a guest-policy\n"
        "  violation (September and October).\n"
        "- Sanction: disciplinary probation through the end of spring term, and 10 hours of\n"
        "  service with the campus food pantry.\n"
        "- No police were involved and nothing was referred off campus.\n"
        "\n"
        "He's been cooperative. He can appeal within five business days.\n"
        "\n"
        "Carla Jimenez\n"
        "Student Conduct Office",
        [],
    ),
    (
        "Subject: overflow hotel - tonight\n"
        "\n"
        "Front desk at the Ridgeway Inn,\n"
        "\n"
        "Lanternwood House needs one room tonight and tomorrow night (2 nights) for a family of\n"
        "three, guest name under our agency. Please bill the room and tax to our agency card. "
        "It's\n"
        "the one we used in August; in case it isn't on file any more:\n"
        "\n"
        "4575 8756 2207\n"
        "9483\n"
        "\n"
        "exp 11/27, billing zip 43950. Our advocate will bring the family around 9 pm. Please "
        "don't\n"
        'put any name on the reservation other than "Lanternwood guest."\n'
        "\n"
        "Keisha Brandt, Advocate\n"
        "Lanternwood House, 555-0125",
        [
            ("CREDIT_CARD", "4575 8756 2207\n9483"),
        ],
    ),
    (
        "Subject: Fwd: your code\n"
        "\n"
        "Mom,\n"
        "\n"
        "Here's the thing from the school. Log in to the financial aid portal with my username\n"
        "(sbarrera7) and when it asks, put in the number below. It only lasts 10 minutes so do "
        "it\n"
        'right when you get this. Then click "Parent PLUS" and sign the part for you. I\'m in '
        "lab\n"
        "until 4 and can't have my phone out.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Calder Valley CC <no-reply@caldervalley.example>\n"
        "Subject: Your one-time sign-in code\n"
        "\n"
        "Use this to finish signing in: 259078\n"
        "If you didn't try to sign in, change your password.\n"
        "\n"
        "Love you, Sofia",
        [
            ("ACCESS_CODE", "259078"),
        ],
    ),
    (
        "Subject: Alicia - pharmacy run\n"
        "\n"
        "Lupe,\n"
        "\n"
        "Can you or the evening advocate take Alicia to the CVS on Main tomorrow before 6? Her\n"
        "sertraline ran out; the bottle is still at the old apartment and she won't go back for\n"
        "it. The prescriber at the health center sent a new script over this afternoon, so it\n"
        "should be ready.\n"
        "\n"
        "She's been having a hard few days without it and asked for someone to go with her. The\n"
        "copay is $4; use the petty cash envelope and keep the receipt.\n"
        "\n"
        "Thanks,\n"
        "Keisha",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: New client - referral from Second Chance Works\n"
        "\n"
        "Marisol,\n"
        "\n"
        "Second Chance Works sent over a new client for the Monday pantry: Jerome Tibbs, 52,\n"
        "living at the Harmon House on 4th St. He came home from Ross Correctional in September\n"
        "after six years and is still waiting on his first SNAP interview.\n"
        "\n"
        "He doesn't have a stove at Harmon House, just a microwave, so the no-cook box would be\n"
        "best. His case manager, Angela, can pick up if he's at work.\n"
        "\n"
        "Thanks for fitting him in,\n"
        "Gail",
        [
            ("criminal_history", ""),
        ],
    ),
    (
        "Subject: Reentry partnership\n"
        "\n"
        "Hi pantry leads,\n"
        "\n"
        "We now have a partnership with Second Chance Works. Anyone coming home from prison or\n"
        "jail in Mercer County can get a no-cook food box on the day they're released, no\n"
        "paperwork, at any of our pantries or at the Second Chance office.\n"
        "\n"
        "- Don't ask people where they've been or for how long.\n"
        "- Nothing about a record goes on the sign-in sheet.\n"
        "- No-cook boxes are on the bottom shelf, marked NC. Anyone without a stove can have "
        "one,\n"
        "  whether or not they came through Second Chance.\n"
        "\n"
        "Questions to Gail, 555-0147.",
        [],
    ),
    (
        "Subject: Art - afternoons\n"
        "\n"
        "Bev,\n"
        "\n"
        "Art Lindqvist's wife, Jean, stopped in. She said the geriatric clinic started him on\n"
        "donepezil last month, and he's been more confused in the late afternoons. She asked if\n"
        "he can stay in the Maple Room with the puzzle group instead of going out on the walking\n"
        "club route, and if someone can make sure he's on the 3:15 van and not wandering to the\n"
        "bus stop.\n"
        "\n"
        "I told her we'd try. Maybe we put him at Ray's table since they get along?\n"
        "\n"
        "Joan",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: international transfer - Beatriz Soto\n"
        "\n"
        "Tom,\n"
        "\n"
        "Mrs. Beatriz Soto was at the Oak St branch this morning to send money to her brother in\n"
        "Valencia, same as every January. The wire form is scanned, but the teller's writing is\n"
        "hard to read, so here it is typed:\n"
        "\n"
        "Beneficiary: Joaquin Soto Ferrer\n"
        "Bank: Caixa Rural Valencia\n"
        "Beneficiary account (IBAN):\n"
        "ES16 9717 2076 7005 4856 4577\n"
        "Amount: 1,500.00 USD, converted at the bank's rate\n"
        "Purpose: family support\n"
        "\n"
        "She signed the disclosure. Please release it before the 2 pm cutoff.\n"
        "\n"
        "Anjali",
        [
            ("IBAN_CODE", "ES16 9717 2076 7005 4856 4577"),
        ],
    ),
    (
        "Subject: Gloria Ames - housing application\n"
        "\n"
        "Irene,\n"
        "\n"
        "The housing authority kicked back Gloria's application for two things: a copy of her\n"
        "photo ID and the ID's number on page 2. She doesn't drive, so it's the card from the\n"
        "BMV, not a license. She renewed it last month.\n"
        "\n"
        "The other missing piece is the landlord reference, which her last landlord has now\n"
        "signed. I've scanned that.\n"
        "\n"
        "Her Social Security letter for 2026 shows $1,104 a month.\n"
        "\n"
        "For page 2, from the card itself: OM491353\n"
        "\n"
        "I'll upload everything Monday unless you see a problem.\n"
        "\n"
        "Daniel",
        [
            ("US_STATE_ID", "OM491353"),
        ],
    ),
    (
        "Subject: please unlock my online account!!\n"
        "\n"
        "To whoever reads this,\n"
        "\n"
        "I have been locked out of online banking since Saturday and I need to move money for\n"
        "rent. I tried everything. Here is what I've been putting in, maybe I'm wrong about one:\n"
        "\n"
        "the pasword: Cardinals2019!\n"
        "the question about my first dog: Buckeye\n"
        "the question about the city I was born in: Wapakoneta\n"
        "\n"
        "My member number is on my card at home, I'm at work. Please just reset it and call me "
        "at\n"
        "555-0184, my name is Denise Corrado.\n"
        "\n"
        "Thank you",
        [
            ("PASSWORD", "Cardinals2019!"),
            ("PASSWORD", "Buckeye"),
            ("PASSWORD", "Wapakoneta"),
        ],
    ),
    (
        "Subject: Time to update your security questions\n"
        "\n"
        "Dear Members,\n"
        "\n"
        "This month everyone will be asked to pick new security questions when they sign in.\n"
        "\n"
        "A few tips from the fraud team:\n"
        "- Don't use answers anyone can find on Facebook, like your first dog or the city you\n"
        "  were born in. You can make up an answer, as long as you remember it.\n"
        "- Never send your password or your answers by email, even to us.\n"
        "- If you get locked out, call 555-0190 and we'll verify you by phone.\n"
        "\n"
        "Brightwater Community Credit Union",
        [],
    ),
    (
        "Subject: Testing Center - flagged check-in, Nov 18\n"
        "\n"
        "Ruth,\n"
        "\n"
        "Flag from this morning's check-in for the HIST 201 midterm:\n"
        "\n"
        "  student: Leah Moy, ID 00433019\n"
        "  palm-vein check-in: match 0.71 (pass threshold 0.85)\n"
        "  second scan: 0.69\n"
        "  photo ID at desk: matched by proctor, admitted\n"
        "\n"
        "I let her test since the proctor was sure it was her; the scanner had been acting up\n"
        "all morning with cold hands. Should I re-enroll her template before the final, or just\n"
        "note it?\n"
        "\n"
        "Marcus (Testing Center)",
        [
            ("biometric", ""),
        ],
    ),
    (
        "Subject: match request - Sophia Vang\n"
        "\n"
        "Shawn,\n"
        "\n"
        "Intake for Sophia Vang (12, Lincoln Middle) is done. Her mom filled in the preference\n"
        "part of the form:\n"
        "\n"
        "- Family is Hmong; they'd like a Hmong mentor if we have one, or a woman if not.\n"
        "- Mom prefers calls in Hmong; Sophia speaks English at school.\n"
        "- Interests: drawing, volleyball, the library.\n"
        "- Available Wednesdays after 4.\n"
        "\n"
        "I think Pa Nou from the fall training might be a good fit. Want me to reach out to her?\n"
        "\n"
        "Dana",
        [
            ("racial_ethnic_origin", ""),
        ],
    ),
    (
        "Subject: Matching - languages\n"
        "\n"
        "Hi mentors,\n"
        "\n"
        "Several families asked whether we can match by the language spoken at home. Yes, when "
        "we\n"
        "can. Right now we have mentors who speak Hmong, Somali, Spanish and Arabic.\n"
        "\n"
        "On the preference form, families can list:\n"
        "- languages they'd like calls in\n"
        "- a mentor's gender, if it matters to them\n"
        "- interests and availability\n"
        "\n"
        "We never ask about race or religion on the form, and mentors shouldn't ask either. "
        "Thanks\n"
        "to everyone who volunteered to interpret at the spring picnic!\n"
        "\n"
        "Shawn Okafor, Program Coordinator",
        [],
    ),
    (
        "Subject: relocation funds - Tamara\n"
        "\n"
        "Hi Lorna,\n"
        "\n"
        "Tamara's relocation grant ($1,850 for first month and deposit) was approved by the\n"
        "committee this morning. Per the grant rules, it goes straight to her, not the landlord.\n"
        "\n"
        "She opened a new account on her own last week (the old joint one is being closed). From\n"
        "the direct-deposit form she signed:\n"
        "\n"
        "  ABA: 226663470\n"
        "  Acct: 483271085\n"
        "  Type: checking, sole owner\n"
        "\n"
        "Please send by ACH, not a check: the ex still gets mail at the old address. Memo line\n"
        '"Lanternwood assistance" only.\n'
        "\n"
        "Keisha Brandt\n"
        "Advocate, Lanternwood House",
        [
            ("ABA_ROUTING_NUMBER", "226663470"),
            ("US_BANK_NUMBER", "483271085"),
        ],
    ),
    (
        "Subject: Re: relocation funds - Tamara\n"
        "\n"
        "Keisha,\n"
        "\n"
        "Got it. Before I send the ACH, one thing from the bank letter she gave us: the old "
        "joint\n"
        "checking ending in 0613 is still open, and the ex is a signer. Her new account is fine;\n"
        "I'll use the numbers from the signed form that's in the locked file, so they don't need\n"
        "to go around by email.\n"
        "\n"
        "Can you remind her to ask the credit union to close the old checking ending in 0613, or\n"
        "at least take her name off it? Otherwise he can overdraw it and it lands on her.\n"
        "\n"
        "ACH goes out Thursday.\n"
        "\n"
        "Lorna Fitch, Finance\n"
        "Lanternwood House",
        [],
    ),
    (
        "Subject: Okoye - identity theft dispute letters\n"
        "\n"
        "Daniel,\n"
        "\n"
        "Mr. Emeka Okoye brought his Experian report. He says these three aren't his (the\n"
        "addresses are in Columbus, he has never lived there):\n"
        "\n"
        "- Charge-off, Vantage Auto Finance, $8,912, reported 05/2025\n"
        "- Collection, Ridgeline Telecom, $412, placed 2024\n"
        "- 90 days late, Fastlane Retail card, Jan 2025\n"
        "\n"
        "The FTC identity theft report is done (he has the printout). I've drafted the dispute\n"
        "letters to all three bureaus and the furnishers. Please review before Friday; he wants\n"
        "them out before his apartment application.\n"
        "\n"
        "Irene",
        [
            ("CREDIT_REPORT", "Charge-off, Vantage Auto Finance, $8,912, reported 05/2025"),
            ("CREDIT_REPORT", "Collection, Ridgeline Telecom, $412, placed 2024"),
            ("CREDIT_REPORT", "90 days late, Fastlane Retail card, Jan 2025"),
        ],
    ),
    (
        "Subject: Voter registration table - Sept 24\n"
        "\n"
        "Hi all,\n"
        "\n"
        "The League of Women Voters will have a nonpartisan table in the lobby on National Voter\n"
        "Registration Day, Tuesday September 24, 10 am to 2 pm.\n"
        "\n"
        "They can help you:\n"
        "- register or update your address\n"
        "- request an absentee ballot\n"
        "- find your polling place and whether it's accessible\n"
        "\n"
        "They won't ask who you vote for, and neither will we. The van will also run on Election\n"
        "Day for anyone who wants a ride to the polls, whatever their choice.\n"
        "\n"
        "Bev Linton, Oak Hollow Senior Center",
        [],
    ),
    (
        "Subject: Edna's Wednesdays\n"
        "\n"
        "Ray,\n"
        "\n"
        "Edna Mackey asked if the van can drop her at the county Democratic Party office on "
        "Market\n"
        "St on Wednesdays at 1 instead of bringing her here. She's been addressing "
        "get-out-the-vote\n"
        "postcards for them with her sister since the summer and says they need the help through\n"
        "November.\n"
        "\n"
        "She'll still come to Friday lunch. If the van can't do it, let me know and I'll call "
        "her\n"
        "daughter.\n"
        "\n"
        "Bev",
        [
            ("political_opinion", ""),
        ],
    ),
    (
        "Subject: Crane - housing denial\n"
        "\n"
        "Daniel,\n"
        "\n"
        'The Maple Court denial letter for Ms. Tanya Crane cites "criminal history." The only '
        "thing\n"
        "on her record is the 2019 solicitation charge from the sting on Route 9, from when "
        "she was\n"
        "doing sex work to keep the lights on. She pleaded to disorderly conduct and paid the "
        "fine.\n"
        "\n"
        "She's been out of that life for five years and works at the nursing home laundry now. I\n"
        "think we have a good argument under the county's fair chance rule. I'd like to send the\n"
        "appeal letter Monday.\n"
        "\n"
        "Irene",
        [
            ("criminal_history", ""),
            ("sexual_orientation", ""),
        ],
    ),
    (
        "Subject: PO hearing - Tasha, the 18th\n"
        "\n"
        "Lupe,\n"
        "\n"
        "Tasha's PO hearing is set for the 18th at 1:30, Domestic Relations, courtroom 3. This "
        "is\n"
        "the full hearing on the civil protection order; the ex parte one from last week stays "
        "in\n"
        "place until then.\n"
        "\n"
        "- The magistrate allowed her to appear by video from our conference room.\n"
        "- She has the photos of the texts printed; I'll bring copies.\n"
        "- The respondent was served on Tuesday, so the hearing will go ahead.\n"
        "\n"
        "Can you book the conference room and the laptop for 1 to 3?\n"
        "\n"
        "Keisha",
        [],
    ),
    (
        "Subject: skip-a-pay request - Warren Ickes\n"
        "\n"
        "Tom,\n"
        "\n"
        "Warren Ickes called about his car loan. He's on leave from the plant while he's doing\n"
        "chemo through March, every other Thursday at the cancer center, and his short-term\n"
        "disability pays about 60% of his check.\n"
        "\n"
        "He asked to skip the January and February payments. He's never been late in nine years\n"
        "with us. I'd recommend the hardship skip-pay with the fee waived and the two payments\n"
        "added to the end.\n"
        "\n"
        "Can you approve? He's coming in Monday to sign.\n"
        "\n"
        "Anjali",
        [
            ("health", ""),
        ],
    ),
    (
        "Subject: Visiting chaplain - Wednesdays\n"
        "\n"
        "Hi everyone,\n"
        "\n"
        "Chaplain Ruth Adeyemi from the county hospice will be at Oak Hollow on Wednesdays "
        "from 10\n"
        "to noon in the quiet room, starting next week. She's interfaith and not here to preach.\n"
        "\n"
        "Anyone can stop by to talk: about a loss, a diagnosis in the family, a hard week, or\n"
        "nothing in particular. You don't need an appointment, and nothing is written down.\n"
        "\n"
        "If you'd rather she visit you at home, ask the desk and we'll pass it on.\n"
        "\n"
        "Bev Linton, Program Director",
        [],
    ),
    (
        "Subject: Chester - pension paperwork\n"
        "\n"
        "Bev,\n"
        "\n"
        "Chester Wojcik asked me to help him with the pension address change. He's been a member\n"
        "of the UAW Local 1112 retiree chapter since he left the plant in 2009 and still goes to\n"
        "their monthly breakfast; he brought his retiree card so I could copy the member number\n"
        "for the form.\n"
        "\n"
        "The chapter has a benefits rep, Gus, who will take the form to the local's office. So\n"
        "we're done on our end once I mail the copy to Gus.\n"
        "\n"
        "He also wants to know if we have room in the Friday pinochle game.\n"
        "\n"
        "Joan",
        [
            ("trade_union_membership", ""),
        ],
    ),
    (
        "Subject: request for medical withdrawal - spring\n"
        "\n"
        "Dear Student Services,\n"
        "\n"
        "I need to withdraw from my spring classes for medical reasons. My genetic test came "
        "back\n"
        "positive for a BRCA1 mutation, and my mom had breast cancer at 41, so my doctors\n"
        "recommended surgery this spring. The surgery is scheduled for February 12 and recovery\n"
        "is about six weeks.\n"
        "\n"
        "I'd like to keep my financial aid if I can and come back in the fall. What forms do I\n"
        "need, and does the letter from my surgeon need to say anything specific?\n"
        "\n"
        "Thank you,\n"
        "Hannah Kessel\n"
        "Student ID 00429117",
        [
            ("genetic", ""),
            ("health", ""),
        ],
    ),
    (
        "Subject: background check - new mentor\n"
        "\n"
        "Shawn,\n"
        "\n"
        "Results for the new mentor, Greg Tillis, came back today:\n"
        "\n"
        "- County and state criminal records: no records found\n"
        "- Sex offender registry: no records found\n"
        "- Driving record: valid license, no violations\n"
        "- References: three, all positive\n"
        "\n"
        "Fingerprints were taken at the sheriff's office as part of the state check; nothing "
        "came\n"
        "back. He's cleared to start training on the 14th.\n"
        "\n"
        "Dana, Volunteer Coordinator\n"
        "Bridgeway Youth Mentors",
        [],
    ),
    (
        "Subject: gala sponsorship - Harlan Hardware\n"
        "\n"
        "Shawn,\n"
        "\n"
        "Mr. Phil Harlan called to pay for his table sponsorship ($1,500) and asked me to run it\n"
        "on his business Amex. I don't have access to the card terminal, so here it is for you:\n"
        "\n"
        "card: 3403 068387 52525\n"
        "exp: 04/29\n"
        "the four small digits printed on the front, above the number: 6417\n"
        "name: Harlan Hardware LLC / Philip Harlan\n"
        "\n"
        "He wants the receipt mailed, not emailed. His logo is on the way for the program\n"
        "booklet.\n"
        "\n"
        "Maya (events volunteer)",
        [
            ("CREDIT_CARD", "3403 068387 52525"),
            ("CVV", "6417"),
        ],
    ),
    (
        "Subject: Re: can't log in to the student portal\n"
        "\n"
        "Hi Sofia,\n"
        "\n"
        "I've reset your student portal account. A temporary password is on its way by text to "
        "the\n"
        "phone number we have on file; it is never sent by email, and IT will never ask you to\n"
        "email your password to us.\n"
        "\n"
        "When you sign in you'll be asked to pick a new password (at least 12 characters) and "
        "set\n"
        "up the sign-in code on your phone. If the code doesn't arrive, call the help desk at\n"
        "555-0159.\n"
        "\n"
        "Calder Valley CC IT Help Desk",
        [],
    ),
    (
        "Subject: Costa Rica field course - flight booking\n"
        "\n"
        "Hi Professor Lund,\n"
        "\n"
        "Thanks for the reminder. I know the form said to bring my passport to the meeting, "
        "but I\n"
        "will be at my clinical rotation until after 5 that day, so I'm sending what the travel\n"
        "agent needs for the group booking:\n"
        "\n"
        "Full name as on passport: Abigail Rose Teller\n"
        "Date of birth: 03/14/2004\n"
        "Passport number: 354660919, expires 2033\n"
        "Known Traveler Number: none\n"
        "\n"
        "I'll bring the passport itself to the pre-departure meeting on the 6th so you can check\n"
        "it. Excited!\n"
        "\n"
        "Abby Teller",
        [
            ("US_PASSPORT", "354660919"),
        ],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_65, "hard65", Path(__file__).with_name("hard-65.jsonl")))
