"""Hard set 28 (2026-12-07): a fortnight of everyday mail from senders in one rural county.

Written by an independent helper session. The author read only the brief, Section 9 of
/work/shared/policy/privacy-policy.txt (and the rest of that policy file), the checker
tests/data/sensitive/independent_sets.py, scanner/categories.py and the ruff line-length
setting of pyproject.toml (grep for "line-length"; once more through sed of lines 75-90
piped to that grep, which printed only the matching line), and a file count of
tests/data/sensitive (no file names or contents were looked at). Nothing else in the repository was
read: no scanner code, rules, docs, other hard sets, reports or tests. The detector was
not run on these texts.

Values: every identifier was produced by throwaway seeded scripts in /tmp (random.Random
with fixed seeds): Luhn-completed card numbers (Visa, Discover, Amex), ABA routing numbers
with a valid prefix and the 3-7-1 checksum, mod-97 IBANs (DE, NL), SSNs obeying the SSA
rules, ITINs with a valid group, random digits for passports, driving licences (Iowa,
Nebraska and Kansas shapes), the tribal ID, bank accounts, PINs, one-time codes, CVVs and
credit scores, random base62/hex for the passwords, API secrets, the Twilio SID and the
template hash. No published test numbers are used. People, places and organisations are
invented (Wapsie County, Ardell, New Haldane, Cedar Ford); phone numbers use 555-01xx.

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

Added for this set:
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

Emphasis: ordinary rural-county mail, mostly short notes written the way people actually
write them (a farmer typing his card into a bill-pay reply, a daughter emailing her dad's
password, a steward's grievance notes), spread over a farm co-op and grain elevator, 4-H
and FFA, extension, a rural clinic and hospital foundation, a volunteer ambulance, a
township, county party and commissioner campaign, a rural electric co-op, a feed store, a
veterinarian, a Mennonite woodworker, churches and a Catholic parish, a food pantry and
meal site, a school and its boosters, a credit union and farm lender, a tax preparer, a
small manufacturer, a trucking firm, a body shop, a funeral home, a library, a VFW post,
a meatpacking union local and migrant farmworker services. Decoys sit next to each
category: animal health, soil and grain tests, generic reminders and vaccine clinics,
hypothetical testing notices, composite appeal stories and blank pledge forms, training
scenarios, public candidates' positions and vote tallies, masked account numbers, door
codes, a clean background check, a biometric consent notice and an employee wellness
"biometric screening".
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_28: list[Case] = [
    (
        """Subject: Patronage direct deposit form - Roger Vandersloot

Hi Jolene,

Here's what you asked for so the patronage check goes straight in this year instead of the
mail. Account is at Farmers Savings Bank in Ardell, joint with my wife Pam.

Routing: 041664450
Checking account: 76635929

Member no. is 20417 if you need it. Thanks,
Roger
""",
        [("ABA_ROUTING_NUMBER", "041664450"), ("US_BANK_NUMBER", "76635929")],
    ),
    (
        """Subject: Wapsie Valley Cooperative annual meeting - Feb 12

Members,

The 2026 annual meeting is Thursday, February 12 at the Ardell Community Center. Supper at
5:30 (pork loin and cheesy potatoes), business meeting at 6:45. Three director seats are up:
District 1 (Hank Reiter, incumbent), District 3 (open), District 5 (Dale Ostrem, incumbent).

Cash patronage of 32% will be paid in March; equity retirement on 2011 stock continues.
Bring your member number (it is on your statement) to pick up your ballot.

Wapsie Valley Cooperative | Ardell - New Haldane - Cedar Ford
""",
        [],
    ),
    (
        """Subject: RE: new seller account

Marcy, sorry I didn't get the W-9 back before the first load. I'm selling as myself, not
through the LLC this year, so use my Social: 601-64-1019. Name on the checks should be
Travis J. Moellenbeck, 2281 Hickory Ave, New Haldane.

The beans went on scale ticket 88213 this morning. Thanks, Travis
""",
        [("US_SSN", "601-64-1019")],
    ),
    (
        """Subject: Your Cedar Ford Grain customer portal sign-in code

Hello Arlene Kuehl,

Use this code to finish signing in to your Cedar Ford Grain account (settlements, contracts
and 1099s): 641612

The code expires in 10 minutes. If you did not try to sign in, call the office at
319-555-0147.
""",
        [("ACCESS_CODE", "641612")],
    ),
    (
        """Subject: Cash bids and harvest hours, Oct 14

Corn: $4.02 (basis -0.41 Dec)
Soybeans: $9.86 (basis -0.74 Nov)
Harvest hours this week: 7 a.m. to 10 p.m., Sunday noon to 8 p.m.
Moisture discount starts at 15.5%; shrink 1.3% per point. Dryer charge 4.5 cents a point.
Please have your farm number and bin assignment ready at the probe. Scale tickets 88190
through 88344 from last week are posted in the portal.

Cedar Ford Grain
""",
        [],
    ),
    (
        """Subject: Camp health form for Kaylee - please read before Friday

Hi Ms. Schroeder,

Sending Kaylee's camp health info since the paper form got ruined in the rain. She has a
peanut allergy and carries two EpiPens (one in her backpack, one for the nurse). She also
has asthma and uses her albuterol inhaler before anything with a lot of running. She had
her tetanus booster in June.

Her counselor should know she gets homesick the second night too, ha.

Thanks, Becky Lindaman (mom)
""",
        [("health", "")],
    ),
    (
        """Subject: Refund of Lena's 4-H exchange camp fee

Dear Mr. and Mrs. Hartmann,

Since Lena went home two weeks early, the Wapsie County 4-H Council approved a refund of
her $180 camp fee. We will send it by international wire to the account you gave us:

Account holder: Jürgen Hartmann
IBAN: DE60 6841 0753 8161 6882 81
Bank: Sparkasse Lörrach-Rheinfelden

Please tell us if anything is wrong before Friday. Lena was a joy at the fair.

Nancy Schroeder, 4-H Youth Coordinator
""",
        [("IBAN_CODE", "DE60 6841 0753 8161 6882 81")],
    ),
    (
        """Subject: Swine and sheep weigh-in, county fair

Exhibitors,

Swine and sheep weigh-in is Saturday July 18, 7-10 a.m. at the show barn. All pigs must have
ear notches matching the May ID and a health certificate signed by your vet within 30
days. Sheep need scrapie tags. Any animal showing signs of illness will be sent home.

Hogs with a sale number must be tattooed. Questions, call the Extension office.
""",
        [],
    ),
    (
        """Subject: Costa Rica trip - need passport numbers by Nov 1

Mr. Huisman,

Here's Brody's info for the airline and the insurance:
Name as on passport: Brody Allen Kruse
Passport number: 306462234
Expires 03/2034

I signed the release form and dropped it in the ag room. -- Tammy Kruse
""",
        [("US_PASSPORT", "306462234")],
    ),
    (
        """Subject: Greenhand ceremony + CDE practice

Members, Greenhand degrees will be given at the November chapter meeting (Nov 10, 7 p.m.,
ag room). Official dress required: black pants or skirt, white collared shirt, official
FFA jacket zipped to the top. Parents welcome.

Livestock judging practice moves to Tuesdays at the Kruse farm; soils team meets Thursday
mornings at 7. Fruit sale orders are due Nov 20.

-- Mr. Huisman, Wapsie Valley FFA Advisor
""",
        [],
    ),
    (
        """Subject: following up

Hi Dennis,

Just checking in after our talk at the co-op meeting. Carol told me you got in with
Dr. Pham at the clinic and that the sertraline seems to be taking the edge off. I'm glad.
The counselor I mentioned through the farm stress program, Ruth Ann, still has Tuesday
evening slots and she'll do it by phone if you'd rather not drive in during harvest.

No pressure. Call me anytime.
Jim Oberbroeckling, Extension and Outreach, Wapsie County
""",
        [("health", "")],
    ),
    (
        """Subject: Soil test results - Kuehl north 80

Arlene,

Results from the samples you brought in Sept. 30:
Grid 1: pH 6.1, P 14 ppm (low), K 168 ppm (optimum), OM 3.4%
Grid 2: pH 5.7, P 22 ppm, K 141 ppm (low)
Recommend 2 tons ag lime per acre on grid 2 ahead of beans. The cornstalk nitrate test came
back in the normal range. Let me know if you want a manure sample run.

-- Wapsie County Extension
""",
        [],
    ),
    (
        """Subject: It's OK to not be OK this harvest

Long days, low prices and wet weather wear on anybody. If you or someone you know is
struggling, the farm stress line is free, confidential and open 24/7 at 800-555-0199.
Trained staff can talk about stress, legal and financial questions, and crisis help. You
don't have to give your name.

Extension is also hosting a free "Rooted in Resilience" coffee at the Cedar Ford library
on Nov 4. Bring a neighbor.
""",
        [],
    ),
    (
        """Subject: Your lab results from Dr. Pham

Hello Leonard Rasmussen,

Your A1C from Monday came back at 8.4, up from 7.6 in June. Dr. Pham would like to increase
your metformin to 1000 mg twice a day and add Jardiance 10 mg. Your kidney function and
cholesterol were fine. The new prescription was sent to Ardell Pharmacy.

Please schedule a diabetes education visit with our nurse, Kim, in the next month.

Wapsie Valley Rural Health Clinic
""",
        [("health", "")],
    ),
    (
        """Subject: Harper's newborn screening result

Hi Ashley and Cole,

Harper's newborn screen came back from the state lab. Everything was normal except it shows
she carries sickle cell trait (one copy of the gene). This is not sickle cell disease; it
mostly matters for family planning down the road. Dr. Pham will go over it at the 2-month
visit and can order testing for the two of you if you'd like.

Wapsie Valley Rural Health Clinic
""",
        [("genetic", "")],
    ),
    (
        """Subject: Genetic test result and next steps

Dear Janelle,

As we discussed on the phone, your Invitae panel found a pathogenic variant in BRCA2. Given
this and your mother's ovarian cancer, Dr. Pham has referred you to the breast clinic in
Waterloo for an MRI and a consult about risk-reducing surgery. The genetic counselor, Amy
Cho, will call you Thursday.

Wapsie Valley Rural Health Clinic
""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Confidential: please call the clinic

Tanner,

This is Deb Hoch, the nurse at Wapsie Valley Rural Health Clinic. Someone you had sexual
contact with in the past few months has been diagnosed with syphilis and gave us your name
so you could be tested and treated. The test is a simple blood draw and treatment is one
shot. We will not tell you who it was. Please call me directly at 319-555-0183 or stop by
Tuesday or Thursday afternoon.
""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: New patient registration - Shirley Wanatee

Front desk note for chart setup:
Shirley Wanatee, DOB 04/22/1961, enrolled member of the Meskwaki Nation (Sac & Fox Tribe of
the Mississippi in Iowa). ID shown: tribal ID card no. 3678756. She is establishing care
here because she moved in with her daughter in Ardell.
""",
        [("US_STATE_ID", "3678756"), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Appointment reminder

Hi Marilyn, this is a reminder of your appointment with Jenna Kroeger, PA-C, at Wapsie
Valley Rural Health Clinic on Tuesday, Oct 20 at 10:40 a.m. Please arrive 15 minutes early
and bring your insurance card and a list of your current medications. Reply C to confirm or
call 319-555-0160 to reschedule.
""",
        [],
    ),
    (
        """Subject: Walk-in flu and COVID shot clinic Saturday

Flu and updated COVID vaccines for anyone 6 months and older, Saturday Oct 3, 8 a.m. to noon
at the clinic. No appointment needed. Most insurance accepted; no one turned away for
inability to pay. High-dose flu vaccine available for 65+. Bring your insurance card.

Wapsie Valley Rural Health Clinic
""",
        [],
    ),
    (
        """Subject: Free confidential testing now at the clinic

Starting this month, Wapsie Valley Rural Health Clinic offers free HIV and hepatitis C
testing every Wednesday, no appointment needed. Results are ready in 20 minutes. If a
result ever comes back reactive, our nurse will walk you through confirmatory testing and
link you to care the same day. We also prescribe PrEP; ask any provider. Nothing is shared
with your employer.
""",
        [],
    ),
    (
        """Subject: Fwd: pledge card from the gala

Karen, Lorraine Naber filled out her card at the table Saturday but the terminal was down.
Typed from the card (her handwriting wrapped the number):

Gift: $500 toward the new imaging wing
Card: 6011 3662 0104
4590   exp 11/28   CVV 698
Name on card: Lorraine M. Naber

Wapsie Valley Hospital Foundation
""",
        [("CREDIT_CARD", "6011 3662 0104\n4590"), ("CVV", "698")],
    ),
    (
        """Subject: A year-end gift keeps care close to home

Dear Friend,

Picture a farmer (we'll call him Jim) who feels chest pain in the combine cab at 9 p.m.
Thanks to donors, the nearest emergency room is 12 minutes away, not 55. Stories like Jim's
are composites of the patients we serve every week.

This year, 2,140 people came through our ER doors. Your gift helps us finish the imaging
wing.

[ ] $50  [ ] $100  [ ] $250  [ ] Other ______
Card number: ____ ____ ____ ____   Exp: __/__   Security code: ___

Wapsie Valley Hospital Foundation
""",
        [],
    ),
    (
        """Subject: paging system keys for Chief Ahrens

Mike,

Since I'm stepping off the board, here's what you need for the Twilio account that sends
the page-outs and the text group. Store it in the binder, not on the whiteboard this time.

Account SID: ACc74b4b73f633515a829b5dc2c2c61efc
Auth token: 9eceb34896735261ce582c97d7e3b74b

Login is the squad gmail. -- Duane
""",
        [("API_KEY", "9eceb34896735261ce582c97d7e3b74b")],
    ),
    (
        """Subject: November training night - scenario

Training night is Nov 9, 7 p.m. at the station. Scenario (training only, fictional
patient): a 64-year-old male found by his wife in the hog barn, pale and sweaty, history of
heart attack, takes nitroglycerin and Eliquis. Crews will work the 12-lead and the
helicopter landing zone setup. CEUs count toward your recert.

Bring your stethoscope. Kolaches from Dvorak's.
Cedar Ford Volunteer Ambulance
""",
        [],
    ),
    (
        """Subject: new bay door code

All members, the keypad on the east bay door is changed to 8902 then the # key, effective
tonight. The old code stops working at midnight. Do not post it on Facebook or on the coffee
maker. Lockbox at the township shed is still the same.
""",
        [],
    ),
    (
        """Subject: general assistance application

Dear Trustee Kramer,

I am asking for help with my propane bill this winter. I have been on SSDI since my back
surgery in 2022 and I cannot go back to the packing plant. My check is $1,186 a month and
the propane company wants $640 to fill the tank. The form asked for the last four of my
Social, it's 5460.

Thank you, Linda Sievers, 1504 Elm St, Cedar Ford
""",
        [("US_SSN", "5460"), ("health", "")],
    ),
    (
        """Subject: Cody B. community service hours

Verlyn,

Cody Brandt will be working off his community service at the township cemetery starting
Saturday. It's 40 hours as a condition of his probation from the burglary case last spring,
so his probation officer needs a sign-off sheet each week. Have him mow and trim the west
section and keep track of his hours. Sheet is in the shed.

Township Clerk
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Draft minutes, Liberty Township trustees, Oct 6

Present: Trustees Kramer, Hulsing, Meyer; Clerk Ann Pruisner.
- Road grading contract for 2027 awarded to Schlichting Excavating, $38,200. Motion
  Hulsing, second Meyer, carried 3-0.
- Fire and ambulance levy: trustees voted 2-1 to keep the rate at 0.67 (Meyer opposed).
- Cemetery lot sales: 4 lots sold, $1,800.
- Burn ban lifted effective Oct 7.
Adjourned 8:14 p.m.
""",
        [],
    ),
    (
        """Subject: Thank you for signing up, Gail!

Hi Gail,

Thanks for volunteering at the Wapsie County Republicans booth at the fair! You're on the
Thursday 4-7 p.m. shift with Roger and Denise, handing out fans and signing people up for
the party mailing list. Please wear the red shirt we gave you at the Lincoln Dinner.

Wapsie County Republican Central Committee
""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Receipt: contribution to Deb Ostrander for County Commissioner

Thank you, Lyle Haverkamp!

Your contribution of $250.00 to Friends of Deb Ostrander was received on Oct 2.
Payment: Visa ending in 8475
Employer: self-employed. Occupation: farmer.

Paid for by Friends of Deb Ostrander.
""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "8475")],
    ),
    (
        """Subject: yard sign list for the south half

Deb, here's who I've got so far for signs and help. All of them told me they're voting for
you:
- Bev Janssen, 1880 320th St: big sign, will host a coffee Oct 17
- Orville and Ruth Pleggenkuhle: small sign by the mailbox
- Kent Mescher: will drive people to the polls Nov 3
I'll take more signs out Saturday. -- Marv
""",
        [("political_opinion", "")],
    ),
    (
        """Subject: 12 days to go!

Hi friend,

Twelve days until Election Day. Deb Ostrander is running for County Commissioner because
our gravel roads and bridges can't wait another four years. She supports a five-year road
plan, keeping the county care facility public, and no wind-turbine rule changes without a
public hearing.

Can you chip in $25 or put a sign in your yard? Reply to this email.

Paid for by Friends of Deb Ostrander
""",
        [],
    ),
    (
        """Subject: County convention March 14 - delegate info

The Wapsie County Democratic Party convention will be held Saturday, March 14 at 10 a.m. at
the New Haldane Legion Hall. Precinct delegates elected on caucus night should check in by
9:30. Alternates will be seated as needed. Platform committee meets at 9. Lunch by the
Auxiliary, $8.

Questions: reply to this email.
""",
        [],
    ),
    (
        """Subject: Candidate forum for County Commissioner District 2

Both candidates for District 2 County Commissioner, Deb Ostrander and incumbent Ray Tjaden,
have confirmed for our forum Oct 15 at 7 p.m. in the high school commons. Mr. Tjaden has
said he will defend the current secondary-roads budget; Ms. Ostrander has called for a
five-year road plan. Questions from the audience will be collected on cards. The forum will
be streamed on the school's YouTube channel.

League of Women Voters of Wapsie County
""",
        [],
    ),
    (
        """Subject: pay my bill

Hi, this is Harold Dettmer on the 200th St account. I can't get the website to take my card
so please run it for the October bill, $312.47.
4116 6093 0479 1594
exp 07/29, code on back 408
Thanks, Harold
""",
        [("CREDIT_CARD", "4116 6093 0479 1594"), ("CVV", "408")],
    ),
    (
        """Subject: Medical priority form - Schaapveld

Rita,

Ron Schaapveld's doctor sent back the medical-necessity form. Ron has COPD and is on an
oxygen concentrator 24 hours a day, so please put the Schaapveld place (location 4417-02)
on the priority call list before any planned outage and flag it for the line crew during
storms. His daughter Michelle is the emergency contact, 319-555-0126.

Member Services, Wapsie Electric Cooperative
""",
        [("health", "")],
    ),
    (
        """Subject: Planned outage Wednesday, New Haldane substation

Members served by the New Haldane substation will be without power Wednesday, Oct 21 from
1 to 3 a.m. while crews replace a regulator. If you rely on electricity for medical
equipment and have not filled out a medical priority form, call us. Right-of-way tree
trimming continues along 310th Street through November.

Wapsie Electric Cooperative
""",
        [],
    ),
    (
        """Subject: feed order for Thursday

Hi Shelly, can you have 40 bags of 16% layer pellets and 10 bags of calf starter ready
Thursday? I'll pick up after chores. Put it on my card, the Amex this time:
3704 944061 28253, exp 05/28, the 4 digits on front are 3519.
-- Dwight Boeckholt
""",
        [("CREDIT_CARD", "3704 944061 28253"), ("CVV", "3519")],
    ),
    (
        """Subject: Chick Days start March 7!

Pullets, broilers, ducklings and turkey poults arriving weekly through April. All chicks
are vaccinated for Marek's disease at the hatchery. Medicated chick starter (amprolium) is
10% off with any chick purchase. Heat lamps, waterers and pine shavings in stock.

Ardell Feed & Supply
""",
        [],
    ),
    (
        """Subject: Biscuit is due for vaccines

Hi Meyer family,

Biscuit is due for his rabies booster and DHPP, and his heartworm test and Simparica Trio
refill are coming up. His last visit note says to watch his weight (he's 71 lb). Book
online or call Cedar Ford Veterinary Clinic at 319-555-0171.
""",
        [],
    ),
    (
        """Subject: Johne's results - Ostrem dairy

Dale,

ELISA results on the 62 cows we sampled: 59 negative, 3 positive (ear tags 418, 507, 733).
I'd cull 418 first; she's the one that's been losing condition. TB test on the heifers
you're selling was negative, so the health papers are ready. I'll bring the Bang's vaccine
for the calves next Tuesday.

Dr. Kay Reiter, DVM
""",
        [],
    ),
    (
        """Subject: Dusty's bloodwork

Hi Jan,

Dusty's ACTH came back high at 94, so that confirms Cushing's (PPID). I'd start him on
Prascend, one tablet daily, and recheck in 6 weeks. Keep him off the lush pasture; a
grazing muzzle will help with the laminitis risk. He's 23, so this is really common.

Dr. Kay Reiter, Cedar Ford Veterinary Clinic
""",
        [],
    ),
    (
        """Subject: Re: hickory dining set delivery

Dear Mrs. Lundquist,

The table and six chairs will be finished the week of the 16th. We can deliver Tuesday or
Thursday but not on a Sunday; our family are members of Pleasant View Mennonite Church and
we keep the Lord's Day as a day of rest. My son Lavern will bring it with the driver.

Balance due on delivery is $2,340, check is fine.

Eli Miller, Miller Woodworking
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Holiday hours at Country View Bulk Foods

We will be closed Thanksgiving Day, Christmas, New Year's Day, Good Friday and Ascension
Day. Fresh noodles, trail bologna and Amish-made baby Swiss are back in stock. We now take
cards, though cash is always welcome. No Sunday hours.
""",
        [],
    ),
    (
        """Subject: Avery's baptism Sunday

Hi Jake and Brianna,

We're so glad to welcome Avery into the family of faith this Sunday! The baptism will be
during the 9:30 service. Please sit in the front left pew and come up during the hymn
before the sermon. Grandpa Ron is reading the lesson. Her baptismal candle and certificate
will be ready.

Pastor Karen Vollmer, Zion Lutheran Church, New Haldane
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Prayer chain

Please pray for Doris Wendt, who had a stroke Tuesday morning and was taken by helicopter
to Mercy in Cedar Rapids. Her son Gary says she is stable but can't talk yet. Also continue
to pray for the Hoffman family as they grieve.

Trinity UCC Prayer Chain
""",
        [("health", "")],
    ),
    (
        """Subject: Curtis

Pastor Dan,

Curtis got out of the Wapsie County jail Thursday after his 90 days. He's staying in the
basement apartment at his sister's and asked if he could still help with the Wednesday
meal. I told him yes. He's nervous about coming to church after everything was in the
paper. Can you call him this week? Number is 319-555-0133.

-- Sharon (jail ministry team)
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: VBS and potluck

Vacation Bible School is June 8-12, 9 to 11:30 a.m., for kids age 4 through 5th grade, any
church or none. Theme: "Farm Fresh Faith." Sign up at the welcome table or reply to this
email. Potluck after worship June 14; bring a hot dish and a salad or dessert.

First Presbyterian Church, Ardell
""",
        [],
    ),
    (
        """Subject: Sponsor certificate for Michael Reuter

To the Office of Religious Education, St. Mary's, Dubuque:

This is to certify that Michael Reuter is a registered and practicing member of St.
Boniface Parish, New Haldane. He was confirmed here in 2011, attends Mass regularly, and is
eligible to serve as a Confirmation sponsor for his nephew, Owen.

Fr. Thomas Kleinhesselink, Pastor
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Your recurring gift is set up

Dear Joan Scheidecker,

Thank you for setting up your monthly gift of $75 to the St. Boniface capital campaign.
Please check the bank information we will draft on the 1st of each month:

Routing number: 321494913
Account number: 737590741218 (checking)

If anything is wrong, call the parish office before Nov 25.
""",
        [("ABA_ROUTING_NUMBER", "321494913"), ("US_BANK_NUMBER", "737590741218")],
    ),
    (
        """Subject: Lenten fish fry and Mass times

Friday fish fries run Feb 20 through Mar 27, 4:30-7 p.m. in the parish hall: fried cod,
baked pollock, coleslaw, and Sister Agnes's famous cheesy potatoes. Adults $15, kids $7.
Stations of the Cross Fridays at 7. Ash Wednesday Masses at 7 a.m. and 6 p.m. Everyone
welcome.

St. Boniface Parish, New Haldane
""",
        [],
    ),
    (
        """Subject: mom's card

Hi Deanna, thanks for taking Mom shopping Saturday since I'm working. Her EBT card is in
the zipper pocket of her purse. The PIN is 0785. She likes to get the store brand coffee
and bananas. Back door of the pantry is 3469 if you drop off the tote.

-- Rhonda
""",
        [("PIN", "0785")],
    ),
    (
        """Subject: Distribution this Thursday

The Cedar Ford Food Pantry is open Thursday 3-6 p.m. in the basement of the Methodist
church. This week: USDA pork, canned green beans, peanut butter, apples from the Huber
orchard, and diapers (size 4 and 5). Any household in Wapsie County may come once a month;
bring a piece of mail with your address. Volunteers needed for unloading at 1 p.m.
""",
        [],
    ),
    (
        """Subject: Edna's meals

Hi Paula,

Edna Vrba started dialysis at the Waverly unit, Monday, Wednesday and Friday, so she won't
be at the meal site those days until after 1. Can the driver bring her tray home instead?
Her doctor wants her on the renal diet now: no bananas or potatoes, low salt, and only one
carton of milk.

Thanks, Jolene (her niece)
""",
        [("health", "")],
    ),
    (
        """Subject: Meal site menu, week of Nov 2

Mon: Swiss steak, mashed potatoes, green beans
Tue: Chicken and noodles over mashed potatoes
Wed: Ham balls, sweet potatoes, coleslaw
Thu: Roast turkey, stuffing, cranberry sauce (Thanksgiving dinner, reservations required)
Fri: Baked fish, scalloped corn
Low-sodium and diabetic-friendly desserts available every day on request. Suggested
donation $4 for those 60+. Call by 10 a.m. the day before.

Cedar Ford Senior Meal Site
""",
        [],
    ),
    (
        """Subject: IEP annual review for Colton

Dear Mr. and Mrs. Pleggenkuhle,

Colton's annual IEP review is scheduled for Nov 12 at 3:30 p.m. in the elementary
conference room. We will review his progress in reading under his specific learning
disability (dyslexia) and his speech-language goals, and discuss extended time on district
assessments.

Please bring any questions. Mrs. Hemesath, Special Education Teacher
""",
        [("health", "")],
    ),
    (
        """Subject: Certificate of religious exemption - Eli Yoder

Mrs. Yoder,

The school nurse received your signed Certificate of Religious Exemption for Eli (grade 2)
from the MMR, varicella and Tdap vaccines, based on your family's religious beliefs. It
will be kept with his health record. Eli may attend as usual; if there is a measles case in
the building he would have to stay home for 21 days.

Wapsie Valley CSD Health Office
""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Hunter's lunch account

Mrs. Vos,

Hunter's finger scan stopped matching at the lunch line, so we re-enrolled him today. The
re-enrollment scored 87 on the match test and his new template record is
5bc071c767f9803b5f77cc854aab3b73c8f00e48d56aee99d0710064e238bcbd. Lunch balance: $14.60.

Food Service Office, Wapsie Valley CSD
""",
        [("biometric", "")],
    ),
    (
        """Subject: 2-hour late start Tuesday

Due to fog and icy gravel roads, Wapsie Valley schools will start 2 hours late Tuesday. No
morning preschool. Buses on the north routes (2, 5 and 9) will run hard-surface roads only;
parents on those routes please meet the bus at the blacktop.
""",
        [],
    ),
    (
        """Subject: booster club online banking

Kristy,

Congrats on being the new treasurer (ha). Here's the online banking for the booster club
account at Cedar Ford State Bank:
Username: wvboosters
Password: BlueJays!8254
Security questions: city you were born in = Ottumwa; first pet = Rusty
The signature card still has my name until we update it at the bank.

-- Tonya
""",
        [("PASSWORD", "BlueJays!8254"), ("PASSWORD", "Ottumwa"), ("PASSWORD", "Rusty")],
    ),
    (
        """Subject: spirit wear store keys

Tonya, for the online spirit wear store the web guy needs the Stripe keys. The publishable
one is pk_live_dyhrjUsuVmUOLW1NPrBfgjnU and the secret key is
sk_live_DbxpVh1840tcLQYJEFJktd4P. Orders close Oct 30 and everything ships to the school.

-- Kristy
""",
        [("API_KEY", "sk_live_DbxpVh1840tcLQYJEFJktd4P")],
    ),
    (
        """Subject: Concession stand schedule - football

Home games:
Sept 4 (vs. Denver): Wrestling parents
Sept 18 (vs. Jesup): Volleyball parents
Oct 2 (Homecoming): Band parents, extra grill help needed
The shed padlock combo is the same as last year. Bring your own Square reader if you have
one; the club's reader stays with Tonya. Walking tacos $4, brats $3.
""",
        [],
    ),
    (
        """Subject: Volunteer clearance - Shane Ahrens

Shane Ahrens's volunteer background check for the booster club came back clear: no records
found in the state criminal history or sex offender registry. He is approved to work
concessions and the youth wrestling tournament. Clearance is good for 2 years.

Activities Office, Wapsie Valley CSD
""",
        [],
    ),
    (
        """Subject: Notice of action taken on your auto loan application

Dear Brandon Kuhlmann,

We are unable to approve your application for a $24,000 auto loan. Your credit score from
Equifax was 562 (range 300-850). Key factors from your credit report:
- Collection account, Midwest Recovery Services, original creditor Ardell Clinic, $1,214
- Charge-off, Capital One credit card, $3,880, reported 08/2024

You may request a free copy of your report from Equifax within 60 days.
Prairie Lakes Credit Union
""",
        [
            ("CREDIT_SCORE", "562"),
            (
                "CREDIT_REPORT",
                "Collection account, Midwest Recovery Services, original creditor Ardell"
                " Clinic, $1,214",
            ),
            ("CREDIT_REPORT", "Charge-off, Capital One credit card, $3,880, reported 08/2024"),
        ],
    ),
    (
        """Subject: Your verification code

Prairie Lakes CU: 981352 is your one-time code to sign in to online banking. It expires in
5 minutes. We will never call you to ask for this code.
""",
        [("ACCESS_CODE", "981352")],
    ),
    (
        """Subject: Identity verification result - new membership

Applicant: Maria Guadalupe Ortiz
Document: Iowa driver's license 863QB3810, exp 2029
Selfie-to-ID face match: 0.928 (pass, threshold 0.80)
Liveness check: pass
Accounts opened: share savings and checking. Welcome packet mailed.

Prairie Lakes Credit Union, Member Services
""",
        [("biometric", ""), ("US_DRIVER_LICENSE", "863QB3810")],
    ),
    (
        """Subject: Transfer completed

Hi Ken,

Your scheduled transfer of $200.00 from checking ending in 2505 to savings ending in 0531
posted today. Reminder: Prairie Lakes Credit Union will never call, text or email to ask
for your PIN, password or a one-time code. If someone does, hang up and call us at
319-555-0190.
""",
        [],
    ),
    (
        """Subject: Operating line pre-approval

Kent,

Good news: the committee approved your 2027 operating line of $385,000 at prime plus 0.75.
Your middle score on the tri-merge came back 711. The report does show a
30-day late payment on the John Deere Financial account in March 2024, which we noted in
the file; no other derogatory items.

Next step is updated crop insurance and a signed security agreement.
Becky Thoms, Loan Officer, Heartland Farm Credit
""",
        [
            ("CREDIT_SCORE", "711"),
            (
                "CREDIT_REPORT",
                "30-day late payment on the John Deere Financial account in March 2024",
            ),
        ],
    ),
    (
        """Subject: Dad's online banking

Dad, I reset your Farmers Savings online banking so you can see the land payment. Write
this down and then delete this email!!
User ID: haverkampL
Password: X4Ks4q3gsLYJ
If it asks the security question (name of your first 4-H calf) the answer is Clover.
Love, Jess
""",
        [("PASSWORD", "X4Ks4q3gsLYJ"), ("PASSWORD", "Clover")],
    ),
    (
        """Subject: info for our taxes

Hi Carla,

Here's what you asked for on the organizer. Same as last year, no changes.
Me: Kyle Brinkman, SSN 593-64-8771
Wife: Megan Brinkman, SSN 155-28-5208
The IRS sent me an Identity Protection PIN letter again, this year's is 235758.
I'll drop off the 1099s from the elevator Friday.

Kyle
""",
        [("US_SSN", "593-64-8771"), ("US_SSN", "155-28-5208"), ("PIN", "235758")],
    ),
    (
        """Subject: Your return was accepted

Dear Dale and Sharon Kaltenheuser,

Your 2025 federal and Iowa returns were accepted. Refunds will be deposited to the account
you gave us:
Routing: 242967914
Account: 92129067414
Federal refund $3,118; Iowa refund $604. Allow 21 days.

Wapsie Tax & Bookkeeping
""",
        [("ABA_ROUTING_NUMBER", "242967914"), ("US_BANK_NUMBER", "92129067414")],
    ),
    (
        """Subject: FBAR reminder - Rabobank account

Hi Wim,

Don't forget the FBAR this year. Your Rabobank account in the Netherlands went over $10,000
when your mother's estate paid out, so it has to be reported. I have the number as
NL61 RABO 4309 8952 94. Send me the highest balance during 2025 and the Dec 31 balance.

Carla, Wapsie Tax & Bookkeeping
""",
        [("IBAN_CODE", "NL61 RABO 4309 8952 94")],
    ),
    (
        """Subject: Rosa's ITIN came

Carla, good news, Rosa's ITIN letter finally came: 974-50-1962. Can you amend 2024 so she's
on as my spouse instead of me filing single? I'll bring the letter in.

-- Miguel Sandoval
""",
        [("US_ITIN", "974-50-1962")],
    ),
    (
        """Subject: Tax season 2026 - what to bring

Our office opens January 20. Please bring:
- W-2s, 1099-G, 1099-PATR (co-op patronage), 1099-NEC, and grain settlement sheets
- Form 1098 (mortgage interest) and property tax receipts
- Social Security cards for any new dependents
Client info sheet (fill in at home):
Name: ______________  SSN: ___-__-____  Spouse SSN: ___-__-____
IP PIN (if the IRS sent one): ______

Wapsie Tax & Bookkeeping, EIN 42-1837705
""",
        [],
    ),
    (
        """Subject: new hire paperwork - Tyler Mescher

Hi Janet,

Tyler Mescher starts on second shift Monday. For the I-9 he showed his Iowa driver's
license, 921IY8849, and his Social Security card, 469-19-7734. Originals were returned to
him. Please set up payroll and put him in the welding cell with Gary for the first two
weeks.

Dave, Production Supervisor, Ardell Fabrication
""",
        [("US_DRIVER_LICENSE", "921IY8849"), ("US_SSN", "469-19-7734")],
    ),
    (
        """Subject: FMLA approved - Samantha Hoeger

Samantha,

Your FMLA leave is approved for the birth of your baby, due Feb 9. Based on your doctor's
note, your leave is expected to start Feb 2 (earlier if needed for pregnancy
complications). Your health insurance continues during leave. Please send the birth
certificate or discharge papers when you can.

Janet Frerichs, HR, Ardell Fabrication
""",
        [("health", "")],
    ),
    (
        """Subject: Open enrollment Nov 1-15

Open enrollment for 2027 benefits runs Nov 1-15. Premiums go up 6% on the family plan. New
this year: free on-site biometric screening (blood pressure, cholesterol, glucose) for all
employees on Nov 5, and a $200 HSA deposit if you complete it. Results go only to you and
the health plan, never to Ardell Fabrication.

HR
""",
        [],
    ),
    (
        """Subject: Now hiring: CNC machinist, second shift

Ardell Fabrication is hiring a CNC machinist for second shift, $24-29/hour plus shift
differential. Must pass a pre-employment drug screen and lift test. We do not ask about
criminal history on the application; a background check is done only after an offer.
Apply at the front office or online.
""",
        [],
    ),
    (
        """Subject: New time clocks and biometric notice

Starting Dec 1, the shop will use finger-scan time clocks. The clock stores a numeric
template, not an image of your fingerprint, and templates are deleted within 30 days after
employment ends. Please read and sign the attached Biometric Information Consent before
enrolling. Employees who do not consent can use a badge instead.

HR, Ardell Fabrication
""",
        [],
    ),
    (
        """Subject: DOT medical card and CPAP report

Rick,

Your DOT medical card expires Nov 30. The examiner will want your CPAP compliance download
for the sleep apnea again (last one showed 6.2 hours a night, so you're fine). Also the
copy of your CDL in your file is the old one; your Nebraska CDL number is H86321066,
correct? Send a photo of the new card when you get a minute.

Safety Dept, Kuehl Trucking
""",
        [("US_DRIVER_LICENSE", "H86321066"), ("health", "")],
    ),
    (
        """Subject: Applicant MVR - Jason Dreyer

Jason Dreyer's MVR and background came back. He has an OWI 1st conviction from Black Hawk
County in 2019 and his license was suspended for 180 days. Nothing since. Under our
insurance he's not eligible for hauling until five years clean, so he could start in the
shop. Your call.

Safety Dept, Kuehl Trucking
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Load 44107 - Monday

Driver: Rick
Pick up: Cedar Ford Grain, 6 a.m., 1,000 bu soybeans, hopper 22
Deliver: ADM Cedar Rapids, appointment 9:30
Second load: backhaul fertilizer from Ardell co-op, PO 23018
Truck 14, trailer 6. Fuel at the Casey's in Jesup, not the Kwik Star.
""",
        [],
    ),
    (
        """Subject: rental authorization and deductible

Hi Darla,

Enterprise needs the driver info for Mrs. Bakker's rental while her Buick is in the shop.
Driver: Joyce Bakker, Kansas license K25411949 (she still has her Kansas one, she moved
here in the spring). Her $500 deductible was paid today on her Visa ending 4428.

Larry, Ardell Body & Glass
""",
        [("US_DRIVER_LICENSE", "K25411949"), ("CREDIT_CARD_LAST_DIGITS", "4428")],
    ),
    (
        """Subject: Estimate for 2019 Buick Enclave

VIN 5GAEVBKW2KJ182640
Claim no. 17-88A302-44 (Farm Bureau)
Replace rear bumper cover, blend quarter panel, R&I tail lamp, 4.2 hours body labor, 3.0
hours paint. Parts $1,106.38; labor $702.00; paint materials $214.50. Total $2,022.88
before deductible. Estimated completion: Thursday.

Ardell Body & Glass
""",
        [],
    ),
    (
        """Subject: Death certificate worksheet - Harlan Meyer

Please check before I file with the county registrar:
Decedent: Harlan Eugene Meyer, age 83, Liberty Township
SSN: 260-77-8633
Race: White. Hispanic origin: No
Veteran: Yes (Army, Korea)
Cause of death: metastatic pancreatic cancer, about 8 months
Informant: Carol Meyer (daughter)

Oltmann-Fisher Funeral Home
""",
        [("US_SSN", "260-77-8633"), ("health", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: arrangements for Dale

Hi Tom,

Thank you for walking us through everything yesterday. Gerald would like the obituary to
list him as Dale's husband of 31 years, and both of their nephews as pallbearers. Dale
wanted the service at the funeral home, not at a church. Gerald will bring the photos
Thursday.

Renee (Gerald's sister)
""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Free pre-planning lunch at the Legion

Oltmann-Fisher Funeral Home invites you to a free lunch and talk on pre-planning, Tuesday,
Nov 10 at noon at the Ardell American Legion. Learn about Medicaid-compliant funeral
trusts, veterans' burial benefits and cremation options. No obligation. RSVP 319-555-0112.
""",
        [],
    ),
    (
        """Subject: Marv's DNA results!

Genealogy club,

Marv Huisman got his AncestryDNA back and brought it to Tuesday's meeting: 41% Dutch, 29%
Germanic Europe, 18% Norway, and 3% Indigenous Americas - North, which nobody in his family
expected. It also matched him to a second cousin in Grand Rapids who has the Huisman
family Bible. Next meeting we'll look at the Ellis Island records.

Cedar Ford Public Library Genealogy Club
""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Summer reading and meeting room

Summer reading kicks off June 1: "Color Our World." Kids log minutes for prizes; adults can
enter a drawing for a grocery gift card. The seed library is stocked (tomatoes, zinnias,
green beans). Free tax forms are at the front desk. If you booked the meeting room, the
side door keypad is 2339, and please leave the thermostat at 68.

Cedar Ford Public Library
""",
        [],
    ),
    (
        """Subject: VFW membership application - Tony Dvorak

Commander,

Tony Dvorak brought his DD-214 in to join. Served with the 1-133rd Infantry in Iraq
2005-06, so he's eligible. He mentioned the VA just raised his rating to 70% for PTSD and
tinnitus and he goes to group at the Waterloo vet center on Thursdays, so he can't do
Thursday bingo. Good guy.

Quartermaster, VFW Post 7392
""",
        [("health", "")],
    ),
    (
        """Subject: Veterans Day program

Veterans Day program Nov 11 at 10 a.m. in the high school gym, followed by a free lunch at
the Post for all veterans and their families. Buddy Poppy distribution at Fareway and Kwik
Star the weekend before. Color guard members meet at 9:15 in dress uniform.

VFW Post 7392, Ardell
""",
        [],
    ),
    (
        """Subject: Welcome to UFCW Local 617

Yesenia,

We received your signed union authorization card from the kill floor at Prairie Pork on
Oct 8. Welcome to UFCW Local 617! Your dues of $14.25 a week will start on your Oct 23
paycheck. Your steward on B shift is Hector Lara. Please come to the new member orientation
(in Spanish and English) on Oct 25.
""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: grievance - Duc Nguyen, denied light duty

Notes for the grievance meeting Tuesday:
Member: Duc Nguyen, trim line, 9 years, dues current
Issue: Company denied light duty after his carpal tunnel surgery on the right hand, even
though Dr. Halverson's note restricts him to no knife work for 6 weeks.
Ask: back pay for the 4 days he was sent home, and light-duty placement in packaging.

-- Hector Lara, Chief Steward
""",
        [("trade_union_membership", ""), ("health", "")],
    ),
    (
        """Subject: Contract vote results and open meeting

The new four-year contract at Prairie Pork was ratified Sunday, 612 yes to 141 no. Raises
of $1.10 the first year and line-speed protections are included. All Prairie Pork workers,
union or not, are invited to an open meeting about the new safety committee on Nov 3 at
4 p.m. at the hall. Interpreters in Spanish, Tigrinya and Karen.

UFCW Local 617
""",
        [],
    ),
    (
        """Subject: ITIN renewal appointment

Hi Carla,

I'm sending Hilario Ramos Cruz to you for his tax return. He is working with us this season
at the seed corn plant. His ITIN is 924-62-5785 (expired, needs renewal with the return)
and his Mexican passport is G77117353, so he can use that instead of certified copies.

Thanks, Lupe, Wapsie Migrant Farmworker Services
""",
        [("US_ITIN", "924-62-5785"), ("US_PASSPORT", "G77117353")],
    ),
    (
        """Subject: Interpreter needed - Marisol

Deb,

For Marisol Hernández's meeting with the housing inspector on Monday we need a Mixteco
interpreter, not Spanish. She is Mixtec from Oaxaca and her Spanish is limited. The
interpreting service can do video at 10 if we book by Friday.

Lupe
""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Juan's blood test after the drift

Dr. Pham,

Juan Esquivel, one of the detasseling crew, came to us dizzy and vomiting the day after the
spray drift on the Kuehl field. The clinic drew a cholinesterase level and it came back at
58% of his baseline, so he's off field work. Can you see him again Thursday for a recheck?

Lupe, Wapsie Migrant Farmworker Services
""",
        [("health", "")],
    ),
    (
        """Subject: Heat safety training for all crews

Heat safety training for detasseling and vegetable crews is Saturday, June 27 at 8 a.m. at
the Cedar Ford park shelter, in Spanish and English. Topics: water, rest, shade,
recognizing heat exhaustion, and your right to breaks. Free water bottles and cooling
towels. Bring a friend.

Wapsie Migrant Farmworker Services
""",
        [],
    ),
    (
        """Subject: Consulado sobre Ruedas - Cedar Ford, Dec 5

The Mexican consulate in Omaha will hold a mobile consulate at the St. Boniface parish hall
on Saturday, December 5, 9 a.m. to 3 p.m. Services: passports, matrícula consular and birth
registrations for Mexican citizens, by appointment only. Our staff will be there to help
with forms. Bring your birth certificate and a photo ID.

Wapsie Migrant Farmworker Services
""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_28, "hard28", Path(__file__).with_name("hard-28.jsonl")))
