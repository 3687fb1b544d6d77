"""Hard set 18: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

What the author read, and nothing else in the repository: the privacy policy
(/work/shared/policy/privacy-policy.txt, above all Section 9, the definition of Sensitive
Data), tests/data/sensitive/independent_sets.py (the checker and record format),
scanner/categories.py (the names of the special categories) and the line-length setting of
pyproject.toml. The detector, its rules, its docs, the other sets and the git history were
not read, and the detector was never run on these texts.

Every identifier value was generated for this set with valid check digits (Luhn for cards,
the ABA checksum for routing numbers, mod-97 for IBANs, SSA rules for SSNs, the ITIN group
rules for ITINs); none is a published test number or a trivial sequence.

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

Emphasis: rural and tribal health, farmworker services, prison and jail ministry,
addiction medicine and drug court, PrEP, partner notification and HIV housing, abortion
funds and a pregnancy centre, transgender care navigation, sex-worker outreach and
vacatur, union card counts, strike funds and dues, campaign volunteer data and FEC
best-efforts letters, deacon notes, zakat and tzedakah funds, immigration detention
visitation, public defence, juvenile diversion, foster home studies and adoption, elder
exploitation and guardianship, payday and credit counselling, credit unions, tax
preparers, payroll, leave administration, background screening, telehealth and pharmacy,
genetic counselling and ancestry, biometric time clocks and ID verification. Shapes:
forwarded and quoted threads, tables and CSV exports, shorthand logs, non-native English,
Subject-only items, values split across lines or with unusual separators, implicit and
euphemistic disclosures, and near-miss decoys (EINs, order and tracking numbers,
placeholders, door and Wi-Fi codes, clean background checks, aggregate statistics,
anonymised stories, fiction, public figures, special-category words as topics).
"""

from pathlib import Path

from independent_sets import Case, write

HARD_18: list[Case] = [
    (
        """Subject: PRC referral - Harlan Two Bulls / cardiology f/u

Hi Denise,

Forwarding for Purchased/Referred Care. Harlan Two Bulls (DOB 03/14/1958) came to our
mobile unit in Kyle on 11/24. BP 182/104, new-onset atrial fibrillation on the strip,
started on apixaban per Dr. Ferris. He needs the cardiology consult in Rapid City before
12/19 or he loses the slot.

He is an enrolled member of the Oglala Sioux Tribe, tribal ID 0418-27736 - copy of the
card is in the shared drive under PRC/2026/December. CHSDA residency is verified.

His granddaughter can drive him; she asked about the mileage reimbursement form.

Thanks,
Carmen Yellow Hawk, CHR
Wakpamni Community Health Representative Program""",
        [("health", ""), ("racial_ethnic_origin", ""), ("US_STATE_ID", "0418-27736")],
    ),
    (
        """Subject: Winter hours + flu/COVID shots at the Manderson satellite

Hau kola,

Starting December 8 the Manderson satellite clinic will be open Monday through Thursday,
8:00 to 4:30, and closed Fridays through February. The mobile unit still comes to Wanblee
on the second and fourth Tuesdays.

Flu and COVID shots are walk-in, no appointment. If you are new to the clinic please bring
your tribal ID card or Certificate of Degree of Indian Blood, and your insurance card if
you have one - nobody is turned away for not having it.

When BIA Route 27 is icy, call the clinic line at 605-455-2171 before you drive out.

Pilamaya,
Oglala Community Health Services""",
        [],
    ),
    (
        """Subject: para el consulado / worker Efrain

Hello Ms. Whitaker,

I write for Efrain Soto Luna, he is H-2A worker in the Delgado Farms crew, bunkhouse 3.
Yesterday in the field he fall down from the heat, they take him to Clinica de Salud in
the ambulance, the doctor say is heat stroke and the kidney is not good, creatinine very
high, he stay two nights for the IV.

The employer keep his passport in the office, this is not legal we know. The number is
G28417395 (Mexico, expire 2031). Please can you help us to ask it back and to call the
consulate in Raleigh so they know.

Thank you very much,
Luz Marina Ortega
Outreach, Carolina Farmworker Network""",
        [("US_PASSPORT", "G28417395"), ("health", "")],
    ),
    (
        """Subject: Re: ITIN + envio a Guatemala

Don Aurelio,

Good news, your ITIN letter (CP565) came to our office today. The number is 976-97-0471 -
please write it in the little notebook, not in the phone, and bring the letter on Thursday
so we can file the 2025 return and the 2024 one that was missing.

About the money for your wife: Banrural told us the transfer from the credit union works
with the IBAN, not only with the account number. What you gave us is:

    GT11 BRRH 6034 3432 2545 5916 0986   (titular: Marta Elena Aju Coyoy)

Check with her that the name is exactly like on her DPI; if one letter is different the
bank sends it back and charges the fee two times.

Saludos,
Yesenia
Centro de Apoyo al Trabajador Agricola - Immokalee""",
        [("US_ITIN", "976-97-0471"), ("IBAN_CODE", "GT11 BRRH 6034 3432 2545 5916 0986")],
    ),
    (
        """Subject: Heat illness prevention training for crew leaders - Spanish & Mixteco

Crew leaders and mayordomos,

Cal/OSHA heat training for the 2027 season is Saturday, January 16, 8:00-11:00 at the
Salinas Valley Grange hall. We will cover:

- the difference between heat exhaustion and heat stroke, and when to call 911
- why dark urine and cramps matter (kidney damage builds up over a season)
- the shade, water and rest-break rules once it passes 80 and 95 degrees
- how to write the emergency plan for each field, with the nearest clinic address

Interpretation in Spanish and Mixteco Bajo. Lunch provided. Every crew leader who finishes
gets a certificate for the grower's files.

Farmworker Health & Safety Institute""",
        [],
    ),
    (
        """Subject: Fwd: Tuesday chapel notes - C pod

---------- Forwarded message ---------
From: Chaplain Raymond Okonkwo <rokonkwo@openskyprisonministry.org>
Date: Tue, Dec 1, 2026 at 9:14 PM
Subject: Tuesday chapel notes - C pod
To: Kairos Team 14 <team14@openskyprisonministry.org>

Brothers,

Eleven men tonight. Deshawn Parker (DOC #A482716) asked to be baptized before his transfer
to Lakeland in January; he has been in Bible study since April and finished Romans with
Brother Pete. I will ask the warden's office whether we can use the chapel tank on the 22nd.

Marcus W. is back from the hole and asked for prayer for his mother.

Reminder: no cell phones past the sally port, and no writing down anyone's charges.

In Him,
Ray""",
        [("criminal_history", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Prison ministry volunteer orientation - January 9

Welcome, new volunteers!

Orientation for the county jail and the women's facility is Saturday, January 9, 9:00 to
1:00 in Fellowship Hall. The sheriff's office requires it before your clearance is issued.

Please remember:
- Do not ask residents about their charges or sentences; let them share if they choose.
- No gifts, cash, stamps or phone numbers may pass hands.
- Dress code: no denim, no orange, no open-toed shoes.
- Bring a government photo ID to every visit; it is checked at the gate each time.

Coffee and donuts from 8:30. Questions: Deacon Phil, ext. 12.

Open Door Prison Ministry""",
        [],
    ),
    (
        """Subject: Open Door Prison Ministry - December letter

Dear friends of Open Door,

Thank you for carrying us through another year of Sunday services at the county jail and
letters to the women at Central California Women's Facility.

A story we are allowed to share: Luis Carrillo came home in October after six years at
Soledad. He has not missed the Saturday 7 a.m. men's prayer breakfast since, and on
November 22 he was received into membership at Iglesia Nueva Vida. Luis asked us to tell
you that your Christmas cards "were the only mail some of us got."

We still need 40 volunteers for card-writing night on December 13 (Fellowship Hall, 6 p.m.)
and stamps - lots of stamps.

With gratitude,
Pastor Gloria Medeiros""",
        [("criminal_history", ""), ("religious_belief", "")],
    ),
    (
        "Subject: Kayla Rourke - missed 3 dosing days (methadone 90 mg), hold take-homes, "
        "pls call her today",
        [("health", "")],
    ),
    (
        """Subject: Weekly compliance report - drug court participants (ROI on file)

Officer Bamberg,

Per the signed releases, weekly toxicology for the drug court participants assigned to you:

Participant        | Case no.    | Collected | Result
-------------------+-------------+-----------+-----------------------------------
Tyler J. Hensley   | 26-CR-0411  | 11/30     | buprenorphine +, fentanyl -
Amber K. Coates    | 26-CR-0387  | 11/30     | buprenorphine +, methamphetamine +
Raymond Dufresne   | 25-CR-1172  | 12/02     | no-show (counts as positive)

Amber self-reported use on 11/27 and has agreed to add a second IOP group; we do not think
a sanction would help her right now. Raymond's phone is off; his sister says he is working
nights in Lebanon.

Renee Kaczmarek, LCSW
Upper Valley Recovery Clinic""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """Subject: Now hiring: Peer Recovery Specialist (2 FTE) - please share

Friends,

Upper Valley Recovery Clinic is hiring two Peer Recovery Specialists for our office-based
buprenorphine program and our jail in-reach team.

- Lived experience of recovery from substance use is required for this role.
- Hold, or obtain within 6 months, the state Certified Peer Recovery Specialist credential.
- A criminal record is not an automatic bar; we review each background check individually.
- Valid driver's license and the ability to drive to the county jail twice a week.

Salary $48,000-$54,000, full benefits, 4 weeks PTO. Apply by January 8 at the link below.
Please forward to anyone in your networks who would be a fit.""",
        [],
    ),
    (
        """Subject: labs

hey Marcus - ur 3 mo labs r back. HIV Ag/Ab NR, RPR NR, creatinine 0.9, eGFR >90, all
good. sent the Descovy refill (90 day) to the CVS on Halsted, should b ready after 4.
next labs due early March, I'll text a reminder.
~ Nurse Jo, Northside Pride Health PrEP team""",
        [("health", "")],
    ),
    (
        """Subject: PrEP is now walk-in on Thursdays + a new injectable option

Hi friends,

Starting December 10, our Capitol Hill clinic offers walk-in PrEP starts every Thursday
from 2 to 7 pm - no appointment and no insurance required. A rapid HIV test, labs and
your first prescription can all happen in the same visit.

We now also offer long-acting injectable PrEP (cabotegravir, every two months) for people
who would rather not take a daily pill.

Dr. Amina Yusuf will host a Q&A on Instagram Live on December 15 at 6 pm about PrEP, PEP
and doxy-PEP. Send your questions anonymously with the link below.

This message went to everyone on our community list. Unsubscribe any time.""",
        [],
    ),
    (
        """Subject: Important health information - please call us

Hi Devon,

This is Lena from the Partner Services program at Cascade County Sexual Health Clinic.
Someone you had sexual contact with in the last three months was recently diagnosed with
syphilis and asked us to let you know, without sharing their name.

You may have been exposed. Syphilis is easy to cure with one shot, and we can see you the
same day - no cost, no insurance needed. Please call me at 406-555-0143 or walk in Monday
to Friday, 8:30 to 4:00.

Your information is confidential and will not be shared with the person who named you.

Lena Hart, Disease Intervention Specialist""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: RE: unit 4B lease - rent assistance confirmation

Ms. Grady,

Following up on your voicemail. Terrence Hall has been approved for HOPWA short-term rent,
mortgage and utility assistance (STRMU) through Lifeline Community Services. We will pay
$1,140 toward December and the same toward January directly to Eastgate Properties; the
W-9 request is attached.

Please send the ledger showing the balance after the November payment, and let me know if
the late fee can be waived since the assistance was approved inside the grace period.

Best,
Omar Reyes, Housing Case Manager
Lifeline Community Services""",
        [("health", "")],
    ),
    (
        """Subject: Q3 Ryan White Part B narrative - draft for Monday's submission

Hi Lorraine,

Q3 numbers for the narrative (July 1 - Sept 30, 2026):

- Clients served: 412 (up from 388 in Q2)
- Newly diagnosed clients linked to care within 30 days: 31 of 34 (91%)
- Viral suppression among clients with a lab in the period: 93.4%
- Housing: 57 clients received HOPWA or emergency financial assistance
- Age 50+: 46% of clients; Latino clients 29%; Black clients 38%

No individual client identifiers are in the narrative or the attachment. Can you check the
suppression figure against the CAREWare export before I paste it in?

Thanks, Ben""",
        [],
    ),
    (
        """Subject: Re: Payment for patient B.N., 12/11 appt

Hi Tasha,

Confirming our pledge of $450 for Brianna Nwosu's appointment on Friday the 11th (she is
at 17w by LMP, so it is the two-day D&E). The remaining $300 comes from the national fund.

Please charge our virtual card:
5521 9294 7672 3720   exp 03/28   CVC 139

and send the receipt to billing@prairiefund.org. Her ride and hotel are booked by our
practical support team, so nothing else is needed from the clinic side.

- Rosa, case manager, Prairie Abortion Fund""",
        [
            ("health", ""),
            ("CREDIT_CARD", "5521 9294 7672 3720"),
            ("CVV", "139"),
        ],
    ),
    (
        """Subject: She drove 600 miles. You helped.

Dear friend,

Last month a caller - we'll call her R., and we have changed details to protect her -
phoned our hotline from a gas station. She was 19, working two jobs, and her state's ban
meant the nearest clinic was 600 miles away. Our volunteers booked her bus ticket and a
motel room, and pledged $400 toward her care.

R.'s story is one of 1,140 calls we answered this year. Every call we could not fund is a
person who had to wait, borrow, or go without.

Give $25 today and a donor will match it through December 31.

Prairie Abortion Fund""",
        [],
    ),
    (
        """Subject: Hotline training - role-play scenarios for Saturday (FICTIONAL)

Volunteers,

These are fictional scenarios for Saturday's role-play. Names and details are invented;
do not treat them as real callers or repeat them outside training.

Scenario 3 - "Kayla," 17, calls from a school bathroom. She thinks she is about 10 weeks
pregnant, her parents don't know, and her state requires parental consent. Practise
explaining judicial bypass without giving legal advice.

Scenario 4 - "Mr. Ortega," calling for his wife, who has a heart condition and was told
continuing the pregnancy is dangerous. Practise staying with the caller's own words.

Bring the resource binder. See you at 10.""",
        [],
    ),
    (
        """Subject: Your visit on Tuesday

Hi Kaylee,

It was so good to meet you and Josh on Tuesday. As the sonographer explained, the
ultrasound showed one baby with a strong heartbeat (158 bpm), measuring 8 weeks 3 days,
which puts your estimated due date around July 19.

Since you mentioned some spotting last weekend, please call Dr. Amberly's office if it
comes back, and keep taking the prenatal vitamins we sent home with you.

Your next "Earn While You Learn" session is Thursday at 5, and the diapers you picked out
will be ready at the front desk.

Warmly,
Heather, Client Advocate
Hope Springs Pregnancy Resource Center""",
        [("health", "")],
    ),
    (
        """Subject: Alex - surgery letter + insurance appeal

Hi Priya,

Quick update for the care team meeting. Alex (they/them; the legal name on the insurance
card is still Alexandra Bishop) has been on estradiol and spironolactone since September
2025 through Dr. Kemal, and the November bloodwork was in range. The second readiness
letter from their therapist came in, so we can send the packet for the vaginoplasty
consult at OHSU.

The Moda denial says "cosmetic". I'm drafting the appeal with the SOC-8 citations and will
send it to you Friday for review.

Jess
Gender-Affirming Care Navigation, Basin Health Collective""",
        [("health", "")],
    ),
    (
        """Subject: Name change clinic - Saturday Jan 9 reminders

Hi Jordan,

You're confirmed for the free name and gender marker clinic on Saturday, January 9 at
10:00, Westside Library, meeting room B. Please bring:

- two copies of your signed petition (we will help if it is not finished)
- a photo ID, any kind, even expired
- nothing for the fee - the waiver form is already in your folder

Your volunteer attorney is Maria Oyelaran. We have also updated your name in our system to
Jordan and your pronouns to he/him; let me know if anything still shows up wrong.

Trans Legal Aid Project""",
        [],
    ),
    (
        """Subject: outreach log 12/3 (van, Aurora Ave)

8:40p - 14 contacts, 6 new
- "Roxy" (Destiny Morales, gave full name for the clinic referral): back working Aurora
  since her bf left, 3-4 dates a night. Bad date last Fri near 105th - white Tacoma,
  partial plate CKN. Added to the bad date sheet.
  PrEP ran out 2 wks ago, wants to restart -> warm handoff to Dr. Liu Thurs.
- out: 300 condoms, 40 naloxone kits, 12 fentanyl strips, 25 pairs socks
- no police contact tonight

- Bree (peer outreach), Safe Harbor Outreach""",
        [("sexual_orientation", ""), ("health", "")],
    ),
    (
        """Subject: Winter outreach kits - what we need

Hi neighbors,

Every Tuesday and Friday night our peer outreach team drives the van along Aurora Avenue
and offers sex workers warm socks, hand warmers, condoms, naloxone and a ride to shelter
when it drops below freezing. Everyone on the team has done the work themselves.

Wishlist for December:
- wool socks and hand warmers (300 of each)
- travel-size lotion and lip balm
- prepaid phone cards
- gas cards for the van

Peer stipends are $25 a shift - a gift of $100 covers a whole week of night outreach.

Thank you for keeping people safe,
Safe Harbor Outreach""",
        [],
    ),
    (
        """Subject: card count - Sunrise Senior Living (Tacoma) - CONFIDENTIAL

Organizing committee only, do not forward.

Signed authorization cards as of Thursday night: 61 of 97 (63%).
New this week:
  Housekeeping: Lupe Ortega, Fatima Diallo, Ken Buckner
  CNAs (nights): Arlette Pierre, Samuel Oduya
  Dietary: Wes Morrow (signed at the bus stop, wants it quiet - his brother is a supervisor)

Still undecided / need a second visit: Janet H., the two new LPNs.
Do NOT talk to Renee in HR about any of this.

Target to file with the NLRB is 70%. Next committee meeting Sunday 4pm at Lupe's.

In solidarity,
Cory, organizer""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Know your rights: forming a union at work - Thursday at the library

Hello,

Federal law protects your right to talk with coworkers about pay, schedules and safety,
and to form or join a union, whether or not you have papers. Come learn how it works:

Thursday, December 17, 6:30 pm
Tacoma Public Library, Main Branch, Olympic Room

The meeting is open to everyone. Nobody will be asked to sign anything, and we do not
share attendance with employers. Childcare and interpretation in Spanish and Tagalog.

Pierce County Workers' Center""",
        [],
    ),
    (
        """Subject: Week 3 strike benefit - direct deposit confirmation

Sister Ibarra,

Your week 3 strike benefit of $400.00 from the Local 3000 Strike and Defense Fund was
released today. It will post by Monday to the account you gave us at the picket line:

  Bank: Columbia Bank
  Routing: 047699814
  Account: 5631877460

If any of that is wrong, reply before Friday noon. Picket shifts for next week are on the
app, and the hardship fund form is at the strike kitchen.

In solidarity,
Strike Fund Desk""",
        [
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "047699814"),
            ("US_BANK_NUMBER", "5631877460"),
        ],
    ),
    (
        "Subject: Strike fund: 1,200 nurses are on the line at St. Brendan's - "
        "can you chip in $25 before Friday?",
        [],
    ),
    (
        """Subject: Your pay statement for 11/16/2026 - 11/29/2026 is ready

Hi Arturo Benavides,

Your pay statement from Rainier Valley Grocery Co-op is ready in the employee portal.

Summary
  Gross pay ............................ $2,184.00
  Federal income tax ................... $161.42
  Social Security / Medicare ........... $167.08
  Union dues - UFCW 3000 ............... $41.50
  Medical (employee + child) ........... $96.25
  Net pay .............................. $1,717.75
  Deposited to: checking ending 8542

Questions? Reply to this email or call Payroll at extension 214.""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Heads up: holiday payroll schedule

Hi Ana,

Because of the Christmas holiday, payday moves up to Wednesday, December 23. Your net pay
will be deposited to your checking account ending in 4471 as usual, and your pay stub
will be in the portal the evening before.

The office closes at noon on the 24th and reopens January 4. If you need your 2026 W-2
mailed somewhere other than your home address, update it in the portal by December 31.

Happy holidays,
Mia, Payroll & Benefits
Eastside Montessori School""",
        [],
    ),
    (
        """Subject: vol export for Saturday's phone bank

Pasted below for the captains who can't open Sheets on their phones.
support: 1 = strong Kaur, 2 = lean Kaur

name,phone,prec,support,role,notes
Denise Albright,614-555-0186,FR-23,1,phones,"Sat AM; brings own laptop"
Victor Huang,614-555-0122,FR-23,1,canvass,"ex-Republican, great at persuasion doors"
Amara Bello,614-555-0175,FR-41,2,data entry,"also active in the DSA chapter"
Ron Tillman,614-555-0109,FR-41,1,driver,"has a van, 7 seats"

Please don't forward this list outside the campaign.
- Kit, field organizer, Kaur for County Commission""",
        [("political_opinion", "")],
    ),
    (
        """Subject: We need 40 more doors knocked this weekend

Hi friend,

Election day for the school board runoff is December 15, and our field team is short 40
volunteers for Saturday and Sunday. Three-hour shifts start at 10 and 1 from the office on
Parsons Ave. We provide walk lists, clipboards, water and training.

Can't knock doors? We also need people to write postcards at home.

Sign up at the link below - it takes one minute.

Paid for by Neighbors for Tomas Ibanez. Not authorized by any other candidate.""",
        [],
    ),
    (
        """Subject: A quick request from Friends of Dana Reyes for Congress

Dear Mr. Okafor,

Thank you for your contribution of $500 to Friends of Dana Reyes for Congress on
November 18, 2026. Federal law requires us to use our best efforts to collect and report
the name, mailing address, occupation and name of employer of each individual whose
contributions exceed $200 in an election cycle.

Please reply to this email with your occupation and employer, or fill in the short form
at the link below. If you are retired, simply write "retired".

Thank you again for standing with Dana.

Paid for by Friends of Dana Reyes for Congress.""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Compliance reminder: contributor info & limits for the year-end push

Finance team,

A few reminders before the December 31 deadline:

1. When anyone's total reaches $200 for the cycle, we must ask for occupation and employer;
   send the best-efforts letter within 30 days if it is missing.
2. Check the individual limit per election before processing any large check.
3. No cash over $100, and no contributions from foreign nationals without permanent
   residence, federal contractors, or corporate accounts.
4. Excess contributions are refunded or redesignated within 60 days.

Our committee ID for the Q4 report is C00891347. Questions go to Lauren before you call
the donor.""",
        [],
    ),
    (
        """Subject: Re: turf 12 notes

> any good convos?

Three. 1418 Pine - Elena Varga, says she is voting Ortiz for council "because of the bus
line", but her husband Gary is a die-hard Republican who took our lit and tossed it. Mark
her 2 (lean), him 5. 1422 Pine: nobody home. 1430 Pine - Mr. Abdi, undecided, worried
about property tax; he wants a call from the candidate herself.

Finished the turf at 4:10. Dropped the clipboard at the office.
- Theo""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Call Senator Pryce's office before Tuesday's vote

Friends,

State Senator Gordon Pryce told the Fresno Bee last week that he will vote NO on SB 1021,
the farmworker heat-protection and overtime bill. He is vice-chair of the Agriculture
Committee, and two of his colleagues have said they will follow his lead.

Call his Capitol office at (916) 555-0134 before Tuesday and tell him farmworkers in his
district need shade, water and fair overtime. A short script is below.

Paid for by the Valley Farmworker Action Fund.""",
        [],
    ),
    (
        """Subject: Deacon visitation notes - week of Nov 30

Deacons,

Visits this week:
* Ruth Abernathy - home from St. Joseph's after the hip replacement; PT 3x/week, walker.
  She very much wants communion brought to her this Sunday since she can't make the 8:00.
  Dale will take the home communion kit.
* Harold & June Pettibone - June's memory is worse; Harold admitted he has been hiding the
  car keys. Suggested the caregiver group that meets at First Methodist.
* New member class: the Nguyens will be received on Dec 13.

Please keep these notes within the board.
Deacon Mary Frances Cole, Grace Lutheran Church""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: This week at Grace Lutheran

Advent midweek soup supper - Wednesdays at 6:00, worship at 7:00.
Baptism class for parents and sponsors - Sunday, December 13, after the 10:30 service.
Call the office to sign up.
Christmas Eve services at 4:00, 7:00 and 11:00 (candlelight).
The Deacons' Fund collected $2,140 for Thanksgiving baskets - thank you!
Stewardship: 2027 pledge cards are due December 20; extra cards are in the narthex.
Deacon meeting Monday at 7: budget, roof repair bids, visitation schedule.""",
        [],
    ),
    (
        """Subject: Zakat committee - application Y.H. (recommend approve)

Assalamu alaikum committee members,

Brother Yusuf Haddad has prayed Fajr with us almost every morning for three years and
volunteers with the Friday food line. He is asking for help with two months' rent ($2,350)
because his wife Samira is in her fourth round of chemotherapy for breast cancer at
Froedtert, and he has cut his driving hours to take her.

I visited the home on Sunday with Sr. Noor; the documents are complete (lease, pay stubs,
hospital letter). I recommend we approve from the zakat al-mal fund and pay the landlord
directly.

Jazakum Allahu khayran,
Imam Khalid, Masjid Al-Noor Welfare Committee""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Jumu'ah parking + Ramadan 2027 planning

Assalamu alaikum,

Starting this Friday, please use the overflow lot at Lincoln Elementary for Jumu'ah. The
city towed four cars from Maple Street last week, and the school has kindly opened its lot
from 12:30 to 2:30.

Ramadan 2027 is expected to begin around February 8. The iftar committee meets for the
first time on Sunday, December 13, after Dhuhr in the small hall. We are looking for
sponsors for all 30 nights; $1,200 feeds about 300 people for one night.

Masjid Al-Noor Board""",
        [],
    ),
    (
        """Subject: Tzedakah fund - Levin transfer (please process)

Hi Marcy,

The rabbi's discretionary committee approved $1,800 for the Levin family (members since
2009; Aaron lost his job at the plant in October and they are behind on the mortgage).
Please send it by ACH today so it lands before the 15th:

Account holder: Aaron and Dina Levin
Routing 096044591 / Acct 3705146226 (checking, Bell Bank)

Nothing goes on the board report except "family assistance, $1,800". Thank you!
Ruth, Executive Director, Temple Beth Shalom""",
        [
            ("religious_belief", ""),
            ("ABA_ROUTING_NUMBER", "096044591"),
            ("US_BANK_NUMBER", "3705146226"),
        ],
    ),
    (
        """Subject: Visitor approval - Saturday 12/12 - Adelanto

Hello Officer Castaneda,

Submitting our volunteer for approval for social visitation at the Adelanto ICE Processing
Center on Saturday, December 12:

Visitor: Margaret (Peggy) Lindqvist
DOB: 02/09/1961
ID: California driver license B6492175
Visiting: Mr. Oscar Aguilar Funes (identifiers on file with your office), Unit 2B

Ms. Lindqvist has visited with our program since 2022 and has never had an incident.
Please let me know if anything else is needed before Thursday.

Thank you,
Friends of Adelanto Detainees, Visitation Program""",
        [("US_DRIVER_LICENSE", "B6492175")],
    ),
    (
        """Subject: Saturday visits - pairs and reminders

Visitors,

Pairs for Saturday 12/12 (check-in 7:30, lobby B):
- Peggy + Tom -> Mr. Aguilar Funes and Mr. Ramirez Soto (both Unit 2B)
- Hana + Luis -> Ms. Kebede (she would like a crossword book and colored pencils)
- Grace + Dev -> Mr. Tran, who was moved to Unit 4 on Tuesday

Reminders: no phones or jewelry past the lobby; books must be new and sent from the
publisher; commissary deposits only through the kiosk. Please do not ask anyone about
their case - if they want legal help, give them the hotline card.

Thanks for showing up, every week.
Friends of Adelanto Detainees""",
        [],
    ),
    (
        """Subject: Jamal Price - arraignment outcome / next steps

Hi Ms. Price,

Jamal asked me to keep you in the loop, so here is where things stand. At this morning's
arraignment he pleaded not guilty to possession with intent to distribute and to the
misdemeanor resisting charge. Judge Holloway set bail at $5,000; the prosecutor pointed to
his 2019 burglary conviction, and I argued it was old and he has held a job since.

The community bail fund has agreed to post it this afternoon, so he should be home
tonight. The next date is the preliminary hearing on December 17 at 9:00, Courtroom 4.

Nadia Frost, Assistant Public Defender
Marion County Public Defender's Office""",
        [("criminal_history", "")],
    ),
    (
        """Subject: New report: 62% of people in our county jail have not been convicted

Friends,

Our new report is out. On an average day in 2025, 1,318 people were held in the Dane
County Jail, and 62% of them were awaiting trial. The median bail for those held more than
a week was $2,500 - less than a used car, more than most of them could pay.

Read the full report at the link below, and join us at the county board meeting on
January 7 at 5:30 to ask for a pretrial services pilot.

Bail Reform Wisconsin""",
        [],
    ),
    (
        """Subject: Diversion referral - K.T. (DOB 2011) - from Probation Intake

Ms. Reyes-Lam,

Referring Kevin Tran, 15, to the Restorative Youth Circle program. He was adjudicated on
11/20 for retail theft ($214 of merchandise), a first offense; the judge stayed the
disposition pending completion of diversion.

School: Franklin High, 10th grade. He has an IEP for ADHD and takes Concerta in the
mornings, so please schedule circles after school rather than during first period.

Parent contact: Linh Tran (mother), evenings after 6.

Officer D. Marsh, Juvenile Probation Intake""",
        [("criminal_history", ""), ("health", "")],
    ),
    (
        """Subject: Restorative Youth Circle - 2026 results at a glance

Partners,

Thank you for a year of referrals. The headline numbers for 2026:

- 148 youth referred by probation and by schools
- 121 completed their circle agreements (82%)
- re-referral within 12 months: 11%, against 34% for the county's comparison group
- 93 harmed parties took part; 88% said they were satisfied

We will present the full evaluation to the juvenile court bench on January 21.

Restorative Youth Circle""",
        [],
    ),
    (
        """Subject: Home study draft - Ortiz-Kent (sections 4 & 6) for supervisor review

Tanya,

Sections 4 and 6 are below; the rest is in the shared folder.

4. Applicants' health
Dana Ortiz-Kent (44) reports good health; annual physical 8/2026, no medications.
Michelle Ortiz-Kent (41) has been treated for generalized anxiety since 2015 (sertraline
100 mg, stable; letter from Dr. Haas, PCP, attached). Neither applicant uses tobacco.

6. Background checks
FBI and state fingerprint checks returned 11/19. Dana has a 2009 misdemeanor DUI (Clark
County) with all terms completed; no other history. Child abuse registry clear for both.

Dana and her wife, Michelle, married in 2018 and have lived on Bell Ave since 2020.

Sam Okafor, Licensing Worker""",
        [("health", ""), ("criminal_history", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Could you open your home? Foster parent info night, Jan 14

Hello,

Forty children in our county are waiting tonight for a foster home close to their school.
Come to a relaxed information night and ask anything:

Thursday, January 14, 6:30 pm, Bridgeway Family Services, 2nd floor

You don't need to be married, own your home, or have parenting experience. Single people,
LGBTQ+ families, renters and older adults all make wonderful foster parents. Licensing
includes a home study, training and background checks; we walk you through every step.

Bridgeway Family Services""",
        [],
    ),
    (
        """Subject: Referral summary - baby girl "Ji-woo" (born 10/30/2026)

Dear Mr. and Mrs. Whitcombe,

We are happy to share the referral summary for the baby girl we discussed by phone.

Ji-woo was born on October 30 at Providence St. Vincent, 7 lb 2 oz. Her birth mother is
Korean, 22, a graduate student; her birth father, who has signed his relinquishment, is
African American. The birth mother's one request is that Ji-woo grows up knowing both of
her heritages, and she would welcome a letter and photos once a year.

Please review the attached file and let us know by December 14 whether you would like to
move forward.

Warm regards,
Lauren Pike, Adoption Social Worker, Open Arms Adoption""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: APS referral - Evelyn Grady (84) - suspected financial exploitation

Intake worker,

I'm the social worker at Meadowbrook Senior Center. Evelyn Grady (DOB 4/2/1942) was
diagnosed with moderate Alzheimer's dementia in the spring and cannot manage money on her
own. Her son Curtis moved in with her in August. Since then her checking account at
Horizon Federal Credit Union (acct 728173360) has gone from about $31,000 to under $900,
with ATM withdrawals almost every day at the casino on Route 9.

She told me on Tuesday she "doesn't know where the money went". Please call me before you
contact the son; she is afraid of him.

Angela Morrow, MSW, Meadowbrook Senior Center""",
        [("health", ""), ("US_BANK_NUMBER", "728173360")],
    ),
    (
        """Subject: Annual guardianship report - In re Walter P. Ames - draft for review

The clerk asked for the revised page 2 by Friday. Highlights:

Ward: Walter P. Ames, age 79, SSN (last four) 5823
Residence: Willow Creek Memory Care, room 12 (since 3/2025)
Condition: vascular dementia, progressing; two falls in the past year, no fractures;
  the family declined a hospice evaluation in October.
Finances: see Exhibit B; the house sale closed 9/14 and proceeds are in the blocked account.

Please confirm the visit log (monthly) before I sign.

Beth Navarro, Certified Guardian, Fiduciary Partners of Ohio""",
        [("US_SSN", "5823"), ("health", "")],
    ),
    (
        """Subject: CLE: spotting financial exploitation in guardianship cases (1.5 credits)

Colleagues,

Join the Elder Law Section on January 20 at noon for a 90-minute CLE on recognising
financial exploitation in guardianship and power-of-attorney cases.

We will walk through a composite case study (identifying details removed) of an
86-year-old with dementia whose caregiver drained an account over eight months, and
cover bank red flags, APS referral duties, and emergency petitions.

1.5 general CLE credits approved. Members free, non-members $45.""",
        [],
    ),
    (
        """Subject: Summary of our session - next steps

Hi Shawna,

Thanks for coming in on Tuesday. Here is what we found when we pulled your report together:

- Your FICO score was 561 (TransUnion).
- Collection: Speedy Cash, $812, placed with Ace Recovery 04/2025
- Collection: Check Into Cash, $1,190, charged off 01/2026
- Your Capital One card is current - keep it that way!

Plan: we will call CashNet about stopping the rollover, and you qualify for the Payday
Alternative Loan at Oak Valley Credit Union to pay it off. Bring your last two pay stubs
to the next session on December 15.

Marisol, Financial Coach, Community Money Center""",
        [
            ("CREDIT_SCORE", "561"),
            ("CREDIT_REPORT", "Collection: Speedy Cash, $812, placed with Ace Recovery 04/2025"),
            ("CREDIT_REPORT", "Collection: Check Into Cash, $1,190, charged off 01/2026"),
        ],
    ),
    (
        """Subject: Stuck in the payday loan cycle? Free workshop Dec 16

Neighbors,

A $400 payday loan can cost more than $500 in fees if it rolls over for five months. Learn
how to get out, and what to use instead, at our free workshop:

Wednesday, December 16, 6:00 pm, Eastside Library community room

We will cover your rights when a lender calls your job, how to ask for an extended
payment plan, and small-dollar loans at local credit unions. Stay afterwards for
one-on-one help, and bring a recent pay stub and your loan agreements if you want it.

Community Money Center""",
        [],
    ),
    (
        """Subject: Rates just dropped on auto loans

Hi Member,

New and used auto loan rates are lower through January 31:

  Credit score 740 and above ....... as low as 5.49% APR
  680 to 739 ....................... as low as 6.74% APR
  Below 680 ........................ call us - we look at more than a number

You can check your own score for free any time in online banking under "Credit Savvy".
Refinancing from another lender? We'll add $150 to your savings when the loan funds.

Pioneer Trail Credit Union. Federally insured by NCUA.""",
        [],
    ),
    (
        """Subject: Your Online Banking password has been reset

Dear Member,

As you requested by phone today, we have reset your Summit Ridge Credit Union online
banking password. Your temporary password is:

    qW4!ncZ8Tp

You will be asked to choose a new password the first time you sign in. The temporary
password expires in 24 hours.

If you did not request this change, call us right away at 1-800-555-0199.

Summit Ridge Credit Union Member Services""",
        [("PASSWORD", "qW4!ncZ8Tp")],
    ),
    (
        """Subject: Your sign-in code

Bayou Community FCU

Use this code to finish signing in:  729 514

Requested from: Chrome on Windows, near Lafayette, LA, Dec 6, 2026 at 7:42 PM CT.
The code expires in 10 minutes. Bayou Community staff will never call or text you to ask
for it. If this wasn't you, change your password and call 337-555-0170.""",
        [("ACCESS_CODE", "729 514")],
    ),
    (
        """Subject: Re: Re: 2025 return - missing info (Hernandez / Cruz)

Hola Sra. Cruz,

Thank you, we have everything now. For our records, here is what you gave us by phone:

Taxpayer: Rogelio Hernandez - SSN 806 67 3305
Spouse: Ana Lucia Cruz de Hernandez - ITIN 926-77-1079 (renewed 2025)
Dependents: Mateo (copy of SS card received), Valentina (W-7 included with the return)

Refund by direct deposit to your account at Banner Bank:
routing 120948767, checking 1646856018

We will e-file on Monday. Please come sign the 8879 before then.

Marta, Preparadora de Impuestos, Servicios Latinos de Yakima""",
        [
            ("US_SSN", "806 67 3305"),
            ("US_ITIN", "926-77-1079"),
            ("ABA_ROUTING_NUMBER", "120948767"),
            ("US_BANK_NUMBER", "1646856018"),
        ],
    ),
    (
        """Subject: 2026 tax season intake form (please print and fill in)

VITA Free Tax Prep - Client Intake (companion sheet to Form 13614-C)

Your name: ____________________   SSN or ITIN: ___-__-____
Spouse name: __________________   SSN or ITIN: ___-__-____

For direct deposit of your refund:
  Bank routing number (9 digits): _ _ _ _ _ _ _ _ _
  Account number: ______________________  [ ] checking  [ ] savings
Did you receive an IP PIN from the IRS?  [ ] yes  [ ] no   If yes: ______

Bring: photo ID, Social Security cards or ITIN letters for everyone on the return, all
W-2s and 1099s, and last year's return. Appointments start January 26.""",
        [],
    ),
    (
        """Subject: ITIN renewals - taller informativo 12/12

Hola a todos,

Join us Saturday, December 12, at 10 am for a free talk about ITINs.

An ITIN is a nine-digit number that always begins with 9 (it looks like 9XX-XX-XXXX). If
an ITIN was not used on a tax return for three years in a row, it expires at the end of
the third year, and a refund can be delayed until it is renewed.

We will explain Form W-7, which documents are accepted, and how to renew without mailing
your original passport. No personal documents are needed for the talk itself.

Servicios Latinos de Yakima""",
        [],
    ),
    (
        """Subject: your IP PIN for e-file

Mr. Delacroix,

The IRS mailed your CP01A letter to the old address, so your sister brought it by this
morning. Because we are filing your late 2024 return this month, we need the Identity
Protection PIN that is valid for calendar 2026: 626652.

I have entered it in the software, so you don't need to do anything. Keep the letter, but
please don't share the number with anyone who calls claiming to be the IRS.

Louis Broussard, EA, Broussard Tax Service""",
        [("PIN", "626652")],
    ),
    (
        """Subject: Your tax appointment: Saturday, January 30, 10:15 AM

Hi Mr. Tesfaye,

You're booked with Broussard Tax Service on Saturday, January 30 at 10:15 AM.

Please bring:
- Social Security cards for you and each dependent
- photo ID for you and your spouse
- all W-2s, 1099s and the 1095-A if you had Marketplace insurance
- your 2025 return
- a voided check if you want your refund by direct deposit

Reply to reschedule. Parking is behind the building.""",
        [],
    ),
    (
        """Subject: FMLA determination - Carla Nguyen (EE #40417)

Hi Dominic,

Claim determination from the leave administrator, for your records as Carla's manager
(please keep the reason out of the schedule notes):

Intermittent leave APPROVED 12/1/2026 - 5/31/2027
Frequency: up to 4 episodes a month, 1-2 days each
Reason: chronic migraine with aura (certified by neurologist 11/24)

Carla can code absences as FMLA-INT in the timekeeping system. Reach out to me if the
frequency seems to exceed the certification.

Benefits Team, Lighthouse PEO""",
        [("health", "")],
    ),
    (
        """Subject: Consumer report complete - Mills, Trevor A. - Order 7730-44182

Report status: COMPLETE - REVIEW REQUIRED

SSN trace: XXX-XX-6618 - issued TX, addresses match application
County criminal - Harris County, TX:
  2017  Theft $100-$750 (Class B misdemeanor)  Disposition: convicted, 30 days jail
Federal criminal: no records
Motor vehicle: valid, one speeding ticket 2024

Under the FCRA, before taking adverse action you must give the applicant a pre-adverse
action notice, a copy of this report and the Summary of Rights.

Clearpath Screening""",
        [("US_SSN", "6618"), ("criminal_history", "")],
    ),
    (
        """Subject: Background check complete - Oyelowo, Grace - CLEAR

Volunteer screening result for: Grace Oyelowo (youth mentor program)

County criminal (Franklin, OH; 7 years) ....... no records found
Statewide criminal (OH) ....................... no records found
National sex offender registry ................ no records found

Status: CLEAR - eligible to begin after the mentor training on January 9.

Big Brothers Big Sisters of Central Ohio, Volunteer Services""",
        [],
    ),
    (
        """Subject: Your visit summary from Tuesday

Hi Renata,

Here is the summary of your video visit with Dr. Anil Patel on December 1.

What we discussed: ongoing panic attacks, trouble sleeping, stress at work.
Diagnosis: generalized anxiety disorder (F41.1); insomnia.
Plan: start buspirone 10 mg twice a day; referral to CBT with our behavioral health team;
follow up by video in 4 weeks, sooner if the side effects bother you.

Your prescription was sent to Walgreens on Fremont. Message us in the app with questions.

Your care team at ClearPath Telehealth""",
        [("health", "")],
    ),
    (
        """Subject: Reminder: your video visit tomorrow at 3:40 PM

Hi Jonah,

This is a reminder of your video visit with Dr. Camille Lee tomorrow, Tuesday, December 8,
at 3:40 PM Pacific.

Before your visit:
- test your camera and microphone with the link below
- have your insurance card and a list of your questions ready
- join from a quiet, private place

Need to reschedule? Reply to this email at least 24 hours ahead.

ClearPath Telehealth""",
        [],
    ),
    (
        """Subject: Your refill is ready - Order RX-8820417

Hi Luis,

Good news - your refill of BIKTARVY 50-200-25 MG TAB (30 tablets) is ready. Because it is
part of our specialty program, it will ship in discreet packaging by overnight delivery
and arrive Tuesday. Your copay card covered the full cost, so you owe $0.00.

Please be home to sign for it, or choose a pickup location in the app.

Cornerstone Specialty Pharmacy""",
        [("health", "")],
    ),
    (
        """Subject: Your order has shipped

Your order A29-5541807 from MedQuick Pharmacy shipped today by USPS Priority Mail.

Tracking: 9400 1118 9922 3357 4418 06
Items: 1 prescription item (the details are in your account, for your privacy)
Ship to: home address on file

Questions about delivery? Reply to this email. Questions about your medication? Call a
pharmacist any time at 1-888-555-0162.""",
        [],
    ),
    (
        """Subject: Your genetic test results are ready

Hi Stephanie,

Your results from the 84-gene hereditary cancer panel you did in October are back, and
I'd like to go through them with you by phone this week. In short, the test found one
pathogenic variant in BRCA2 (c.8487+1G>A).

This does not mean you have cancer. It means your lifetime risk is higher than average,
and there are screening options we will talk through together. Your sisters and your
daughter may also want to be tested; I can help you share the letter with them.

Rachel Stern, MS, CGC, Genetic Counselor, Prairie Cancer Genetics""",
        [("genetic", "")],
    ),
    (
        """Subject: Free webinar: Is hereditary cancer testing right for you?

Join genetic counselor Rachel Stern, MS, CGC, on Tuesday, January 12 at noon for a free
45-minute webinar:

- what BRCA1, BRCA2 and Lynch syndrome mean
- who should consider testing (for example, a close relative diagnosed before 50)
- how much testing costs, and what insurance usually covers
- what happens after a positive result

Register at the link below. This webinar is educational and is not medical advice.

Prairie Cancer Genetics""",
        [],
    ),
    (
        """Subject: Re: cascade testing for your family

Hi Mr. Osei,

Thank you for letting us know that your sister Abena has agreed to be tested. As a
reminder of why: your genetic result showed Lynch syndrome (a pathogenic MLH1 variant),
and your mother's colon cancer at 52 fits that picture.

Abena can use the family letter at any lab; the test will look only for your variant, so
it costs much less. Please ask her to bring the letter to her doctor.

Rachel Stern, MS, CGC""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: Kwame, your DNA story is ready

Hi Kwame,

Your ancestry results are in! Here is your ethnicity estimate:

  Nigeria ...................................... 41%
  Ghana ........................................ 23%
  Cameroon, Congo & Western Bantu Peoples ...... 14%
  England & Northwestern Europe ................ 11%
  Scotland ...................................... 6%
  Benin & Togo .................................. 5%

We also found 312 DNA matches, including a likely second cousin. Sign in to explore them.

RootLine DNA""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: 40% off DNA kits - give the gift of your story

This season, give someone their story.

Discover an ethnicity estimate across more than 2,600 regions, find relatives you never
knew about, and see the migrations your ancestors made. Order by December 15 for Christmas
delivery, and use code FAMILY40 at checkout.

Results usually arrive 6 to 8 weeks after the lab receives the saliva sample.

RootLine DNA""",
        [],
    ),
    (
        """Subject: [TimeKeep] Re-enrollment completed - 2 employees

Site: Valley Harvest Packing - Line 2 terminal (TK-700)

These employees were re-enrolled after repeated failed punches:

Emp ID  Name              Finger    Template ID  Quality  Threshold
2214    Ruiz, Adela       R-index   tpl_8c41e9   78/100   FAR 1:50,000
2231    Bokassa, Jean-P.  L-thumb   tpl_27d0b3   64/100   FAR 1:50,000

Template hash (2214, ISO 19794-2): 62320439505ad8d79978f12ad825bf86d6ecc776
Old templates were deleted from the terminal at 06:12.

TimeKeep Support""",
        [("biometric", "")],
    ),
    (
        """Subject: Updated Biometric Information Privacy Policy - please read and sign by 12/18

Team,

Because our new time clocks use finger scans, Illinois law (BIPA) requires a written
policy and your signed consent. Summary:

1. What we collect: a mathematical template derived from a finger scan, not an image.
2. Purpose: timekeeping only.
3. Retention: destroyed within 30 days after employment ends.
4. Disclosure: only to our timekeeping vendor, under contract.

Please sign the consent in the HR portal. If you decline, you will get a badge instead.

Lakeview Family Health Center, Human Resources""",
        [],
    ),
    (
        """Subject: Verification result: REVIEW - applicant Dana Whitfield

Applicant: Dana Whitfield | Flow: new-member onboarding | Client: Pioneer Trail CU

Document: Ohio driver license no. RK482907, exp 2029-03-14 - authentic (barcode matches)
Face match (selfie vs. document portrait): 0.71 - BELOW threshold 0.80
Liveness: passed (passive)
Reason codes: FM-LOW (possible aging or glasses)

Recommended action: manual review, or ask the applicant to retake the selfie without
glasses.

VeriSure Identity""",
        [("biometric", ""), ("US_DRIVER_LICENSE", "RK482907")],
    ),
    (
        """Subject: [Product update] Passive liveness v4 and new face-match thresholds

Hello VeriSure customers,

On January 5 we will release passive liveness v4, which cuts false rejections for users
with darker skin tones and for older phones, as measured on our public benchmark.

At the same time the default face-match threshold will move from 0.80 to 0.82. You can
keep the old threshold in the dashboard. Selfies and templates are still deleted 24 hours
after a decision. Sandbox keys are unaffected.

VeriSure Identity, Product Team""",
        [],
    ),
    (
        """Subject: Re: your gala tickets - card declined

Hi Ellen,

Ms. Ferreira called back about her two gala tickets and read me a different card over the
phone, since the first one was declined. Can you run it in the office? Visa 4834 5113 9321
7757, exp 08/29, billing zip 02144.

After you run it, please delete this email - I know we should not be emailing these.

Thanks!
Mateus, volunteer, Casa do Brasil Cultural Center""",
        [("CREDIT_CARD", "4834 5113 9321\n7757")],
    ),
    (
        """Subject: How to update the card for your monthly gift

Hi there,

If your card was replaced, here is how to keep your monthly gift going:

1. Sign in to your donor account at the link below.
2. Choose "Payment method", then "Replace card".
3. Enter the new card number (it looks like XXXX XXXX XXXX XXXX), the expiration date
   (MM/YY), and the 3-digit security code on the back.

Please never email us your card number; we will never ask for it by email or phone.

Riverside Food Collective""",
        [],
    ),
    (
        """Subject: Thank you for your gift to Riverside Food Collective

Dear Ms. Castellanos,

Thank you for your gift of $150.00 received on November 29, 2026 (Giving Tuesday).

Receipt no.: 2026-11-04418
Payment: online, confirmation 7F3K-22QX

Riverside Food Collective is a 501(c)(3) organization, EIN 84-2291706. No goods or services
were provided in exchange for this contribution. Please keep this receipt for your taxes.

Your gift bought 600 pounds of fresh produce for our Saturday market.""",
        [],
    ),
    (
        """Subject: Order confirmed - St. Brigid School spirit wear

Thank you for your order!

Order number: 4417 2093 8861 5521
Item: hooded sweatshirt, navy, youth M (SKU 666-20-4519) x 2 ....... $64.00
Paid with PayPal

Orders placed by December 10 are delivered to classrooms on December 17. Proceeds support
the 8th-grade trip.

St. Brigid School Parent Association""",
        [],
    ),
    (
        """Subject: donation form - keys for the new site

Hi Priya,

Stripe and Twilio are connected. For the donation form and the text-to-give number:

Stripe publishable: pk_live_zymMlopiWfqUyHRSIf8NFmAU  (fine to put in the page)
Stripe secret: sk_live_XqiQyv5QHEaQNtyloFn1sF3t  <- server side only, env vars please
Twilio Account SID: AC6bc64e5a22fac180d6b2e6e1b465e551
Twilio Auth Token: 504b03a6810aca6448b92e0a786eba2b

I'll rotate both secrets after launch, but please don't paste them into Slack.

Devin, Hollow Tree Web Studio""",
        [
            ("API_KEY", "sk_live_XqiQyv5QHEaQNtyloFn1sF3t"),
            ("API_KEY", "504b03a6810aca6448b92e0a786eba2b"),
        ],
    ),
    (
        """Subject: Re: your mother's bank login

Hi Danny,

I signed in to your mother's Riverbend Savings account to pay the county property tax, as
we agreed. From a new computer the bank asks one of two security questions; for your file:

  "What street did you grow up on?" -> Kosciuszko
  "What was the name of your first pet?" -> Pierogi

The username is still her email address. I have not changed anything else.

Carol Jensen, Daily Money Manager, Jensen Senior Bill Pay""",
        [("PASSWORD", "Kosciuszko"), ("PASSWORD", "Pierogi")],
    ),
    (
        """Subject: Parish hall keys + Wi-Fi for the Advent craft fair

Hi vendors,

Setup is Friday from 4 to 8 pm. Side door keypad: 4417#. Please let yourselves in and lock
up when you leave.

Wi-Fi network: StMarkGuest
Password: Magnificat2026!

Card readers work fine on it. Tables are first come, first served; the coffee urn is in the
kitchen.

St. Mark's Altar Guild""",
        [],
    ),
    (
        """Subject: Overnight volunteer info - Warming Center Dec 7-13

Thank you for signing up for an overnight shift!

- Lockbox on the side door (for the building keys): 2958
- Alarm panel: enter 7143 and press OFF within 30 seconds; set it again when you leave.
- Guest check-in starts at 7 pm; lights out at 10.

The guest list and intake forms are in the blue binder. Please do not photograph them or
take them home. On-call staff: Monique, 555-0148.

Interfaith Warming Center""",
        [],
    ),
    (
        """Subject: follow-up from today - Maya S. (confidential, counselor notes)

Mr. Okoro,

Following up on Maya Sandoval's (grade 11) visit to my office during 4th period. She told
me she is bisexual and that two students in her chemistry class have been sending her
messages about it on Snapchat. She asked specifically that we NOT tell her parents.

I have opened a Title IX harassment report and saved the screenshots she showed me. Can we
meet tomorrow before first period to plan how to talk to the two students?

Ms. Delgado, School Counselor, Westview High School""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Prayer chain - Thursday

Dear prayer partners,

Please lift up:
- Tom Becker, who learned this week that his pancreatic cancer has spread; he starts a new
  chemo on Monday and asked for prayers for Linda, too.
- Maria and Jesse Alvarez, grieving the loss of their pregnancy at 14 weeks.
- Our mission team in Guatemala, traveling home Saturday.
- Pastor Dave's sabbatical planning.

"Do not be anxious about anything..." Philippians 4:6

Grace and peace,
Evelyn, for the Prayer Team, Cornerstone Baptist Church""",
        [("health", "")],
    ),
    (
        """Subject: Fwd: new hire packet - Quintero

Forwarding Jorge's completed packet for HRIS entry. The self-identification page goes to
the separate EEO file, not to his personnel file:

  Name: Jorge Quintero Batz
  Race/ethnicity: Hispanic or Latino; also identifies as Maya K'iche'
  Veteran status: not a protected veteran
  Disability (CC-305): I do not wish to answer

Everything else (W-4, I-9 documents seen, direct deposit form) is in the upload folder.

Nora, HR Coordinator, Valley Harvest Packing""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Dispute letter draft for your review

Hi Mr. Kowalski,

Here is the draft letter to Experian. As we discussed, we are disputing two items:

1. The Chapter 7 bankruptcy filed 03/2016 (case 16-40127), which should have come off
   your report in March.
2. A Synchrony Bank account reported 90 days late in 06/2025, which you paid on time
   (bank statement attached).

Once they are corrected your score, currently 604, should improve enough for the FHA
pre-approval. Sign page 2 and mail it certified; keep the receipt.

Denise Harper, HUD-Certified Housing Counselor, Neighborhood Housing Partners""",
        [
            ("CREDIT_REPORT", "Chapter 7 bankruptcy filed 03/2016 (case 16-40127)"),
            ("CREDIT_REPORT", "Synchrony Bank account reported 90 days late in 06/2025"),
            ("CREDIT_SCORE", "604"),
        ],
    ),
    (
        """Subject: Re: van driver paperwork - Siobhan

Hi Greg,

Siobhan is our visiting volunteer from Leeds for the winter shelter season and will drive
the 15-passenger van on Tuesdays. Our insurer accepts a UK licence for up to 12 months.
Her details for the policy:

Siobhan Halloran, DOB 14/03/1987
UK driving licence no. HALLO853147SJ9KE (full, categories B and D1)
UK passport 561930482 (for the insurer's identity check)

Let me know if they need anything else before Tuesday.

Rev. Anne Whitlock, Shelter Coordinator, Trinity Winter Shelter""",
        [("US_DRIVER_LICENSE", "HALLO853147SJ9KE"), ("US_PASSPORT", "561930482")],
    ),
    (
        """Subject: Marcus's ID is in!

Team,

Marcus Bell's Illinois state ID came to the office today (he used our address after his
release from Stateville in September). The number for the SNAP application is
R542-3871-9046. He also asked us to keep his birth certificate in the safe for now.

He starts at the warehouse on Monday. Can someone drive him to the DHS office on Friday?

Reentry Navigation, Second Chances Coalition""",
        [("US_STATE_ID", "R542-3871-9046"), ("criminal_history", "")],
    ),
    (
        """Subject: Refund of your double registration - Run for Refugees 2026

Dear Mr. van Dijk,

You registered twice for the 10K on November 8, so we will refund the second entry fee of
EUR 45 by bank transfer to the account you entered on the form:

IBAN: NL79RABO9409309518
Name: J. van Dijk

Please allow five working days. Thank you for running with us - together the runners
raised EUR 38,400 for the legal aid fund.

Refugee Rights Europe, Events Team""",
        [("IBAN_CODE", "NL79RABO9409309518")],
    ),
    (
        """Subject: Your stipend card for the Youth Climate Fellowship

Hi Jaylen,

Your reloadable stipend card (the green Visa ending in 1797) is at the front desk, and we
loaded the first $250 today. We had to set a PIN to activate it: 5646. Please change it at
any ATM the first time you use the card.

The next load is on the 1st of each month as long as your timesheet is in. Let me know if
the card is lost - we can freeze it right away.

Tasha, Program Manager, Green Corridor Youth Fellowship""",
        [("CREDIT_CARD_LAST_DIGITS", "1797"), ("PIN", "5646")],
    ),
    (
        """Subject: Vacatur petition - intake summary (T.L.)

Attorney Greene,

Intake summary for Tiana Lofton, referred by the Safe Harbor drop-in center:

- Convictions for prostitution in 2019 and 2021 (Cook County), both on pleas; fines paid.
- She was trafficked by an ex-partner from 2017 to 2021; the police report from her 2021
  escape is attached, so she should qualify for vacatur.
- She still does some survival sex work and wants to stop; no open cases.

She can meet Tuesday or Thursday afternoons.

Keisha, Legal Advocate, Survivors' Legal Project""",
        [("criminal_history", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Why I give - a note from our board chair

Dear friends,

When I was diagnosed HIV-positive in 1998, my doctor told me to get my affairs in order.
I'm writing to you twenty-eight years later, on my third career, with an undetectable
viral load and two grandchildren who think I hung the moon.

What kept me alive was not only medicine. It was a case manager at this agency who found
me an apartment and drove me to every appointment for a year. Please give what you can
this December so the next person gets the same.

David Montoya, Board Chair, Lifeline Community Services""",
        [("health", "")],
    ),
    (
        """Subject: Saturday testing van + holiday hours

Hi Sam,

The testing van will be outside Club Neon this Saturday from 9 pm to 1 am: free rapid HIV
and syphilis tests, results in 20 minutes, no name required. If a result ever comes back
reactive, a navigator is right there with you and can book a same-week appointment.

Holiday hours: the clinic is closed December 24-25 and January 1. Anyone can book a PrEP
or PEP visit in the app at any time.

Northside Pride Health""",
        [],
    ),
    (
        """Subject: Re: what do you ask at intake?

Hi Pastor Kim,

Good question. At the clinic we never ask about immigration status, and we don't ask about
religion, criminal records, or who anyone votes for. We don't need Social Security numbers
either. The only things we collect are name, date of birth, household size and income, for
the sliding fee.

Your congregation's families are welcome on any weekday; no appointment is needed for the
food pantry or for the Tuesday evening clinic.

Marisa, Clinic Manager, Esperanza Community Clinic""",
        [],
    ),
    (
        """Subject: RE: flu vaccine requirement - Ruth Haldane

Hi Colleen,

HR approved Ruth Haldane's request for a religious exemption from the flu vaccine
requirement; she submitted a statement about her practice as a Christian Scientist. She
will wear a mask in patient homes from November through March, per the policy.

Please update her status in the scheduling system so the coordinators don't keep flagging
her as non-compliant.

Thanks,
Gail, HR Manager, Heartland Home Health""",
        [("religious_belief", ""), ("health", "")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_18, "hard18", Path(__file__).with_name("hard-18.jsonl")))
