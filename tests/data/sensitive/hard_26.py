"""Hard set 26 (Sun Dec 6 2026): a month of mail from one mid-sized town's small senders.

Written by an independent helper session. The author read only the brief, the shared privacy
policy (above all Section 9), tests/data/sensitive/independent_sets.py, scanner/categories.py
and the ruff line-length setting (grep -n "line-length" pyproject.toml: 100). Beyond that list
the author ran `ls tests/data/sensitive | grep -c .`, which printed only a file count (no
names were seen), and `date`. No other repository file, rule, set, report or test was read,
git was used only to add and commit this set, and the detector was never run on these texts.

Values: every identifier was drawn by a throwaway seeded script in /tmp (random.Random with
fixed seeds): Luhn-completed Visa, Mastercard and Amex numbers; ABA routing numbers with a
Chicago-district prefix (07, 27) and the 3-7-1 checksum; mod-97 IBANs (DE, IL); SSNs obeying
SSA rules; an ITIN with a valid group; random digits for passports, Wisconsin licence and ID
numbers (letter plus 13 digits), a tribal ID, bank accounts, PINs, one-time codes, CVVs,
card last fours and credit scores; random base62 and hex for passwords, an API secret, an
auth token and fingerprint template hashes. Security-question answers are ordinary words.
The town (Kettle Rapids, Wisconsin), its organisations and its people are invented.

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

Emphasis: the everyday shapes a small-sender mail provider carries for one town: one-to-one
replies with card, bank or SSN details typed in by ordinary people, portal messages with
labs and prescriptions, receipts, screening results, exports (a contributions CSV, a door
scanner export with fingerprint hashes, a self-identification page), and newsletters.
Decoys sit right next to each category: a giving statement, a generic appointment reminder,
a shipping notice with no drug, a clean background check, a fair-chance workshop, a
fictional CASA training case, masked accounts ("ending in"), lockbox, door and Wi-Fi codes,
a promo code, an anonymised appeal, a hypothetical about testing, a public vote, a union
job posting and press release, pronouns and a new first name, and a diabetic dog.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_26: list[Case] = [
    (
        """Subject: IEP annual review - Mateo Ruiz, grade 4

Hi Ms. Ruiz,

Thank you for meeting with us Thursday. A summary for your records: Mateo's team agreed to
continue his reading support and to add 20 minutes a week with Mr. Dahl for the ADHD
accommodations we discussed (movement breaks, preferential seating, extended time on tests).
Dr. Okafor's note about the change to his Focalin dose is now in his file.

Please sign the attached consent page and send it back in his folder.

Kristen Vogel
Special Education Coordinator, Kettle Rapids Area School District
""",
        [("health", "")],
    ),
    (
        """Subject: Lincoln Elementary PTA - November news

Hello Lincoln families!

Bake sale totals are in: $1,842 for the library fund. Thank you to everyone who baked,
bought, or stayed late to wipe down tables.

Coming up:
- Nov 14, 6:30 pm: PTA meeting in the cafeteria (childcare in the gym)
- Nov 21: Turkey Trot fun run, sign up at the office by the 18th
- Dec 5: Winter concert, grades 3-5

Our December meeting will vote on the playground shade project. All parents and guardians
are voting members; no dues required.

See you soon,
Lincoln PTA Board
""",
        [],
    ),
    (
        """Subject: Re: reimbursement for book fair supplies

Hi Leah,

Sorry for the delay! Here's what you asked for so you can set up the direct deposit:

Name on account: Dana M. Kowalczyk
Bank: Riverbend Community Credit Union
Routing: 073238485
Account: 30470313 (checking)

The receipts total $217.46, photos attached. If it's easier to just write a check, that's
fine too.

Thanks,
Dana
""",
        [("ABA_ROUTING_NUMBER", "073238485"), ("US_BANK_NUMBER", "30470313")],
    ),
    (
        """Subject: Troop 212 winter campout - medical form for Eli

Hi Mr. Brandt,

I filled out Eli's health form but wanted to flag two things in writing. He has a peanut
allergy and carries an EpiPen in the front pocket of his pack; a second one will be in the
zip bag with his name on it. He also uses an albuterol inhaler before hiking in cold air.

He knows how to use both, but please make sure the adult in his cabin knows too.

Thanks,
Rachel Sorensen
""",
        [("health", "")],
    ),
    (
        """Subject: Troop 212 - Winter campout packing list

Scouts and parents,

We leave Friday at 5:30 pm from St. Luke's parking lot and return Sunday by noon.

Bring: sleeping bag rated to 0F, foam pad, two pairs of wool socks per night, hat, mittens,
headlamp, mess kit, and a refillable water bottle. No cotton jeans.

Medical forms (Parts A and B) must be on file before we leave. If your scout's form has
changed since summer camp, hand a new copy to Mr. Brandt at drop-off.

Yours in Scouting,
Troop 212 Committee
""",
        [],
    ),
    (
        """Subject: Spring tuition - paying by card

Hi Marcy,

I couldn't get the online form to take my card, so here it is for the spring tuition for
both girls ($640):

Visa 4573 9430 2837 3934
exp 08/28, security code 694
Billing address is the same as on file.

Please charge it and send the receipt to this email. Thank you!

Priya Natarajan
""",
        [("CREDIT_CARD", "4573 9430 2837 3934"), ("CVV", "694")],
    ),
    (
        """Subject: Your tickets: Kettle Rapids Youth Orchestra Winter Concert

Order #KRYO-38858

2 x Adult General Admission    $12.00
1 x Student (under 18)          $5.00
Processing fee                  $1.45
Total charged                  $30.45
Payment: Apple Pay

Saturday, December 13, 3:00 pm
Harmon Auditorium, Kettle Rapids High School

Show this email at the door. Doors open at 2:30. Large print programs are available at
the usher table.
""",
        [],
    ),
    (
        """Subject: Intake form submission - Hillside Food Pantry

New submission from the Hillside Food Pantry intake form:

Name: Gloria Tate
Household size: 4 (2 adults, 2 children)
Address: 1180 Kessler Ave, Apt 3
Phone: (920) 555-0187
Last 4 of SSN (for TEFAP sign-in): 7442
Receiving SNAP: Yes
Preferred pickup day: Wednesday

Submitted 11/03 10:14 am from hillsidepantry.org/intake
""",
        [("US_SSN", "7442")],
    ),
    (
        """Subject: Reminder: your Saturday warehouse shift

Hi Tom,

You're signed up for Saturday 8:00-11:00 am sorting produce at the Hillside warehouse.

The side door keypad code is 5160# this month. Closed-toe shoes please, and dress warm;
the cooler room is 38 degrees.

Parking is in the gravel lot behind the building. Text Jess at (920) 555-0133 if you're
running late.

Thanks for showing up for your neighbors!
Hillside Food Pantry
""",
        [],
    ),
    (
        """Subject: Your lab results from St. Brigid Free Clinic

Hi Anthony,

Dr. Lindqvist reviewed your bloodwork from October 28. Your A1C came back at 8.4, which is
higher than where we want it for your diabetes. She'd like to increase your metformin to
1000 mg twice a day and see you back in six weeks.

Your cholesterol and kidney numbers look fine.

Please call us at (920) 555-0140 to schedule, or reply here with a good day.

St. Brigid Free Clinic
""",
        [("health", "")],
    ),
    (
        """Subject: St. Brigid Free Clinic - our year in numbers

Friends,

This year our volunteer doctors, nurses and interpreters saw 1,204 patients across 3,310
visits. We ran 412 diabetes screenings, gave 689 flu shots, and filled 2,950 prescriptions
at no cost to patients. Seventy percent of the people we served work at least one job.

None of this happens without you. A gift of $50 covers one patient's lab panel.

With gratitude,
The St. Brigid Free Clinic board
""",
        [],
    ),
    (
        """Subject: Message from your care team - Lakeshore Community Health

Hi Devon,

Your labs from your PrEP follow-up on 11/6 are back: HIV test non-reactive, kidney function
normal. Your next 90-day supply of Descovy was sent to the Main Street pharmacy this
morning.

Next lab visit is due in February. You can book through the portal.

Nurse Alicia, Lakeshore Community Health Center
""",
        [("health", "")],
    ),
    (
        """Subject: Confidential - please call Lakeshore Community Health

Marcus,

This is Jordan Pike, disease intervention specialist with the county health department,
working with Lakeshore Community Health. Someone you had sexual contact with in the past
few months has been diagnosed with syphilis and named you as a partner. We do not share who.

Testing and treatment are free and quick. Please call me at (920) 555-0162 or walk in to
Lakeshore any weekday 8 to 4:30 and ask for me.

Jordan Pike
""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Appointment reminder

Hi Sandra,

This is a reminder of your appointment at Lakeshore Community Health Center:

Tuesday, November 18 at 10:40 am
Dr. Farah Patel, Family Medicine
1420 Lakeshore Dr, Suite 200

Please arrive 15 minutes early and bring your insurance card and any questions you have.
Reply C to confirm or call (920) 555-0150 to reschedule.
""",
        [],
    ),
    (
        """Subject: Prayer request for Doris

Pastor Jim,

Could you please add my sister Doris Halvorsen to the prayer list this Sunday? She starts
chemotherapy for ovarian cancer at Aurora on Monday and is pretty scared. She'd appreciate
cards more than visits for now.

Thank you,
Carol Benning
""",
        [("health", "")],
    ),
    (
        """Subject: Baptism registration - received

Dear Mr. and Mrs. Lindgren,

We have received your registration for the baptism of your daughter, Grace Elise Lindgren,
at the 10:30 service on Sunday, January 11. Pastor Ingrid will meet with you and the
godparents on Wednesday, January 7 at 6:30 pm in the church library to go over the order of
service.

Please bring a white garment if you'd like Grace to wear one; we provide the candle.

Peace,
Bethany Lutheran Church Office
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Your year-to-date contribution statement - Bethany Lutheran

Dear Frank Ostrowski,

Thank you for your generosity this year. For your tax records:

Total contributions, January 1 - November 30: $1,430.00
  General fund: $1,100.00
  Food pantry: $330.00

No goods or services were provided in exchange for these contributions. Your full-year
statement will be mailed in January.

Bethany Lutheran Church, EIN 39-1078425
""",
        [],
    ),
    (
        """Subject: Noah's bar mitzvah tutoring schedule

Hi Rebecca,

Cantor Feld has Noah down for Tuesdays at 4:15 starting December 2, leading up to his bar
mitzvah on May 16. He'll start with the Torah blessings and then move on to his portion,
Behar. Recordings will be in the shared folder by Monday.

Also, a reminder that Noah's family service project proposal is due to me by January 15.

Shalom,
Miriam Katz, Education Director
Temple Beth Shalom
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Social hall rental confirmed - Dec 20

Hi Jenna,

Your rental of the Temple Beth Shalom social hall is confirmed for Saturday, December 20,
9:00 am to 12:00 pm, for the community yoga workshop. The fee is $150, and the $100
deposit is refundable if the room is left as found.

Tables and chairs are on the carts by the kitchen. The building alarm is handled by our
custodian, Luis, who will let you in at 8:30.

Thanks,
Temple Office
""",
        [],
    ),
    (
        """Subject: Membership renewal - Islamic Center of Kettle Rapids

Assalamu alaikum Brother Yusuf,

Jazakallah khair for renewing the family membership for you, Sister Amina and the
children. Your 2027 membership is recorded and your receipt is attached ($300, paid by
check).

As members you are welcome to vote at the annual general meeting on January 18 after
Dhuhr prayer. Weekend Quran classes for Bilal and Safiya resume January 10.

Islamic Center of Kettle Rapids, Membership Committee
""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Open house and community dinner, Sunday

Neighbors,

The Islamic Center of Kettle Rapids invites everyone to our annual open house this Sunday,
December 14, from 2 to 5 pm. Take a tour, ask questions, try some food from the families
who cook for our Friday lunches, and meet our new youth director.

Parking is available at Jefferson Middle School across the street; please don't park on
Birch Lane.

All are welcome. No RSVP needed.
""",
        [],
    ),
    (
        """Subject: You're confirmed: Saturday canvass for Alvarez for Council

Hi Brenda,

Thanks for signing up to knock doors for Teresa Alvarez! You're confirmed for:

Saturday, Nov 22, 10 am - 1 pm
Meeting spot: 318 Walnut St (the campaign office)
Turf: Ward 6, north of Division St

We'll have clipboards, lit, and coffee. Wear comfortable shoes. Bring a friend if you can.

Alvarez for Council volunteer team
""",
        [("political_opinion", "")],
    ),
    (
        """Subject: We're $2,400 short of our goal

Hi friend,

Our end-of-month deadline is Sunday at midnight, and we're $2,400 short of what we need to
keep our mail program on schedule. Can you chip in $25 before then?

Every dollar goes to reaching voters in Ward 6 about safer crosswalks and a library that's
open on Sundays.

Donate here: alvarezforcouncil.org/give

Paid for by Alvarez for Council.
""",
        [],
    ),
    (
        """Subject: Receipt for your contribution to the Kettle County Democratic Party

Dear Harold Mueller,

Thank you for your contribution.

Amount: $250.00
Date: 11/09/2026
Method: Mastercard ending 0745
Designation: Federal account

Contributions are not tax deductible. State law requires us to report the name, address,
occupation and employer of contributors of more than $200 in a calendar year.

Kettle County Democratic Party
""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "0745")],
    ),
    (
        """Subject: Agenda - County Party monthly meeting, Nov 20

7:00 Call to order, approve October minutes
7:10 Treasurer's report
7:20 Guest: State Sen. Karen Holt on her transit funding bill
7:45 Committee reports (events, outreach, candidate recruitment)
8:15 Open floor

The meeting is at the Labor Temple, 220 Oak St. Open to the public; you don't need to be a
member to attend. Snacks provided.
""",
        [],
    ),
    (
        """Subject: Your membership card is processed - KREA Local 4417

Hi Ms. Brandvold,

Welcome to the Kettle Rapids Education Association! We've processed your signed membership
card and dues authorization. Dues of $38.50 per pay period will begin with the December 15
paycheck.

Your building rep at Jefferson Middle is Dave Kerr. Our next general membership meeting is
January 8 at 4:30 in the Jefferson library.

In solidarity,
Sheila Yang, Membership Chair, KREA
""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Open town hall on the district budget - all staff welcome

The Kettle Rapids Education Association is hosting an open town hall on the proposed
district budget on Tuesday, December 2 at 5:00 pm in the high school commons.

Any district employee - teachers, paras, bus drivers, food service, custodians - is welcome,
whether or not you are a member. Bring your questions about class sizes and the referendum.

Pizza at 4:45.
""",
        [],
    ),
    (
        """Subject: Strike fund payment - week 2

Hi Keisha,

Your strike benefit for the week of November 10 ($400.00) was sent by direct deposit to the
account you gave us at the picket sign-up table:

Routing 277602419
Account 48972745

If the deposit isn't there by Friday, let me know. Thank you for walking the line, and see
you at the 7 am shift at the Ridgeview entrance.

Tom Greer, Treasurer
Wisconsin Nurses United, Ridgeview Hospital unit
""",
        [
            ("trade_union_membership", ""),
            ("ABA_ROUTING_NUMBER", "277602419"),
            ("US_BANK_NUMBER", "48972745"),
        ],
    ),
    (
        """Subject: Now hiring: Labor Organizer (Northeast Wisconsin)

Wisconsin Nurses United is hiring a full-time organizer based in Kettle Rapids.

You will: support nurses at four hospitals, train worksite leaders, help run contract
campaigns. Some evenings and weekends.

Pay: $62,000-$70,000, full benefits, mileage. Experience organizing in any setting
welcome; nursing background not required.

Apply by December 31 with a resume and a short letter to jobs@wnunited.org.
""",
        [],
    ),
    (
        """Subject: About your auto loan application

Dear Ms. Ferris,

Thank you for applying for an auto loan with Riverbend Community Credit Union. We are
unable to approve your application at this time.

Your credit score: 602 (Equifax, scale 300-850)
Key factors from your credit report:
- Collection account, Midwest Recovery Services, $1,140, opened 03/2024
- 60-day late payment on Synchrony Bank card, 07/2025

You have the right to a free copy of your report within 60 days. We would be glad to talk
about our credit-builder loan.

Consumer Lending, Riverbend Community Credit Union
""",
        [
            ("CREDIT_SCORE", "602"),
            (
                "CREDIT_REPORT",
                "Collection account, Midwest Recovery Services, $1,140, opened 03/2024",
            ),
            ("CREDIT_REPORT", "60-day late payment on Synchrony Bank card, 07/2025"),
        ],
    ),
    (
        """Subject: Your Riverbend sign-in code

Riverbend Online Banking

Your one-time sign-in code is 794365. It expires in 10 minutes.

If you did not try to sign in, call us at (920) 555-0100. Riverbend will never call or text
you asking for this code.
""",
        [("ACCESS_CODE", "794365")],
    ),
    (
        """Subject: Your November statement is ready

Hi Paul,

Your November statement for checking ending in 5446 is ready in online banking.

While you're there: our holiday loan rate is 6.99% APR through December 31, and the
Main Street branch will close at 1 pm on Christmas Eve.

Riverbend Community Credit Union
""",
        [],
    ),
    (
        """Subject: Re: documents for this year's return

Hi Linda,

Here is the info you asked for, sorry it took me so long.

Me: Carlos Mendoza, SSN 362-48-9076
My wife: Lucia Mendoza, ITIN 972-83-9967 (she is still waiting on her SSN)
Kids: Sofia and Diego, both on last year's return, no changes

W-2 from Kettle Foods and the 1098 for the house are attached. Lucia also had $3,200 in
cleaning income, I'll bring the notebook.

Thanks,
Carlos
""",
        [("US_SSN", "362-48-9076"), ("US_ITIN", "972-83-9967")],
    ),
    (
        """Subject: IP PIN for filing

Hi Greg,

The IRS sent me the letter with my Identity Protection PIN for this year. It's 420489.
You said you need it before you can e-file, so here it is.

Anything else you need from me? I can drop off the 1099s on Thursday.

Janet Kowalski
""",
        [("PIN", "420489")],
    ),
    (
        """Subject: Your 2026 tax organizer - what to bring

Hello,

Appointments for the 2026 tax season open January 5. Please bring:

- Photo ID for you and your spouse
- Social Security cards or ITIN letters for everyone on the return
- W-2s, 1099s, 1098s, and any health insurance forms (1095-A)
- Last year's return if we did not prepare it
- Bank routing and account number for direct deposit: ____________

Taxpayer SSN: XXX-XX-____

Book online or call (920) 555-0171.
Harbor Tax & Bookkeeping
""",
        [],
    ),
    (
        """Subject: Re: can't get into the bank site

Hi Marlene,

OK, I got the QuickBooks verification code just now: 590620

For the business banking login (Gentry Plumbing at Fox Valley Bank), I changed the password
last week. It's gngLs0mtiF now. If it asks the security question, the answer to "city
where you were married" is Eau Claire.

Please delete this after you're in!

Rick Gentry
""",
        [
            ("ACCESS_CODE", "590620"),
            ("PASSWORD", "gngLs0mtiF"),
            ("PASSWORD", "Eau Claire"),
        ],
    ),
    (
        """Subject: Invoice 2026-118 from Harbor Tax & Bookkeeping

Hi Pastor Dean,

Attached is the invoice for October bookkeeping for Grace Community Church:

Monthly bookkeeping (October)      $325.00
Payroll filings (941, WT-6)         $60.00
Total due                          $385.00

Client EIN on file: 39-1632207. Payment is due by December 1; you can pay by check or
through the client portal.

Thanks,
Linda Harbor
""",
        [],
    ),
    (
        """Subject: Fwd: card for the Equinox

Mike - customer called back to pay for the brake job so we can release the car tonight.

Card: Amex 3722 109439 54607
Exp 11/27   CID 5246
Name: Denise Albright
Amount: $612.38, invoice 16569

Run it and shred this note.
- Tanya, front desk, Fox River Auto
""",
        [("CREDIT_CARD", "3722 109439 54607"), ("CVV", "5246")],
    ),
    (
        """Subject: Your receipt from Fox River Auto

Thanks for choosing Fox River Auto!

Invoice 45387153 - 2019 Honda CR-V
Full synthetic oil change          $74.99
Tire rotation                      $25.00
Wiper blades (pair)                $32.50
Tax                                 $7.23
Total                             $139.72
Paid: Visa (chip)

Next service due at 68,400 miles or by May 2027. Your courtesy inspection is attached;
front brake pads are at 5 mm.
""",
        [],
    ),
    (
        """Subject: Re: freezing my membership

Hi Coach Dre,

Thanks for getting back to me. Yes, please freeze my membership starting December 1. I'm
having ACL reconstruction on my left knee on the 3rd and my surgeon says no lifting for at
least three months. I'll bring the doctor's note to the front desk this week.

I'll miss the 6 am crew!

Stephanie Rolle
""",
        [("health", "")],
    ),
    (
        """Subject: December class schedule at Iron Oak Fitness

Hey Iron Oak fam!

New this month:
- Mon/Wed 5:30 am: Strength Foundations with Dre
- Tue/Thu 6:00 pm: Spin 45
- Sat 8:00 am: Community bootcamp (free, bring a friend)

The guest Wi-Fi is IronOak-Guest, password squats4days. Lockers are day-use only; anything
left overnight goes to lost and found.

Holiday hours: closed Dec 25, 7 am - noon on Dec 24 and 31.
""",
        [],
    ),
    (
        """Subject: Fwd: door scanner export for migration

Dre,

Here's the export from the old door scanner so the new vendor can migrate members without
re-enrolling everyone. Three rows as a sample:

member_id,name,finger,template_sha1,enrolled
10482,Stephanie Rolle,R-index,c6fa26b659f3e0a4b56b2f71ee5172d2f6a2685a,2024-02-11
10517,Owen Lee,L-index,09fe076f9552f47873ef891f3422dfb438abc0f7,2024-03-02
10533,Jen Ostrowski,R-thumb,e90bf46020e1e6b21c3e1c7f2981f8c184e05a5f,2024-03-19

Full file is in the shared drive.
Kelsey
""",
        [("biometric", "")],
    ),
    (
        """Subject: Update to our door access policy

Members,

Starting January 5, Iron Oak will switch to a new entry system. You can use the app, your
key fob, or the fingerprint reader. Fingerprint entry is optional: if you choose it, we
will ask you to sign a consent form, store only an encrypted template, and delete it within
30 days of cancelling.

Questions? Stop by the front desk or read the full policy at ironoakfit.com/privacy.
""",
        [],
    ),
    (
        """Subject: Insurance claim for Ethan

Hi Ms. Pruitt,

Delta Dental returned Ethan's claim because the subscriber ID didn't match. Your plan uses
the subscriber's Social Security number. Could you confirm the number for the subscriber
(your husband)? We have 772-88-0961 on file, but the claim came back unmatched.

Sorry for the trouble,
Nicole, Billing
Riverside Family Dental
""",
        [("US_SSN", "772-88-0961")],
    ),
    (
        """Subject: Time for your checkup!

Hi Amanda,

Our records show you're due for your six-month cleaning and exam. We have openings on
Monday, December 8 at 2:00 pm and Friday, December 12 at 8:40 am.

Reply with the time that works, or book online at riversidesmiles.com. Remember that most
dental plans reset in January, so December is a good time to use your benefits.

Riverside Family Dental
""",
        [],
    ),
    (
        """Subject: Your visual field test next week

Hi Mr. Abernathy,

A reminder that your visual field test and pressure check with Dr. Kim are on Wednesday,
November 19 at 1:30 pm. Since your glaucoma diagnosis in June we check your pressures every
four months; please use your latanoprost drops as usual the night before.

The test takes about 45 minutes. Someone should drive you if your eyes are dilated.

ClearView Eye Care
""",
        [("health", "")],
    ),
    (
        """Subject: 40% off a second pair through December 31

Hi there,

Treat yourself (or your prescription sunglasses) this season: take 40% off a second pair of
complete glasses at ClearView Eye Care. Use code SECONDPAIR40 online or show this email at
the front desk.

Don't forget: your FSA or HSA dollars can be used for glasses and contacts. Use them before
they expire!

ClearView Eye Care, 44 Main Street
""",
        [],
    ),
    (
        """Subject: Your home exercise program

Hi Gerald,

Great work today. Here's your updated plan after the rotator cuff repair:
- Pendulums, 2 x 1 minute, 3 times a day
- Table slides, 10 reps, twice a day
- Ice 15 minutes after exercises

Keep the sling on when you're out of the house until Dr. Fenn clears you at the six-week
visit. Next PT sessions: Tue 11/18 and Fri 11/21 at 3:15.

Megan Cho, PT, DPT
Northside Physical Therapy
""",
        [("health", "")],
    ),
    (
        """Subject: Your prescription is ready for pickup

Hi Andre,

Good news: your prescription is ready at Kettle Drug, 310 Main St.

Biktarvy 50-200-25 mg tablets, qty 30
Copay: $0.00 (copay card applied)

We'll hold it for 10 days. Pickup window hours: Mon-Fri 9-7, Sat 9-2.

Kettle Drug Pharmacy
""",
        [("health", "")],
    ),
    (
        """Subject: Your order has shipped

Hi Lorraine,

Your Kettle Drug mail order has shipped and should arrive by Thursday.

Order: 1469756
Carrier: UPS, tracking 1Z7W4E910388124460
Packages: 1

For your privacy, the package does not list what's inside. Signature not required.

Kettle Drug Pharmacy
""",
        [],
    ),
    (
        """Subject: Rental application - 412 Pine St, upper unit

Application received from the website form:

Applicant: Kyle Benson
Current address: 88 Ridge Rd, Apt 4, Kettle Rapids
Employer: Pioneer Plastics, 3 years, $22.50/hr
Driver's license: WI K712-0039-0878-43
SSN: 899-16-5232
Pets: none
Desired move-in: January 1

Applicant authorized a credit and background check.
""",
        [("US_DRIVER_LICENSE", "K712-0039-0878-43"), ("US_SSN", "899-16-5232")],
    ),
    (
        """Subject: Showing at 412 Pine tomorrow

Hi Sam,

You're all set to show the upper unit at 412 Pine St tomorrow at 5:30. The lockbox is on
the back railing, code 9031. Please put the key back and spin the dial.

The downstairs tenant knows about it. Lights in the kitchen are on the switch by the back
door. Text me after and let me know how it went.

Ron
""",
        [],
    ),
    (
        """Subject: Screening results - 412 Pine upper applicant

Hi Ron,

Screening came back for Kyle Benson:

Credit score: 558
Negative items:
- Charge-off, Capital One credit card, $2,310, 2023
- Collection, Kettle Rapids Utilities, $186, 2024

Income verified at about 3.1x rent. Eviction search: no records found. Criminal search: no
records found.

Given the score we'd suggest a double deposit if you want to approve. Your call.

Amy, Northgate Property Management
""",
        [
            ("CREDIT_SCORE", "558"),
            ("CREDIT_REPORT", "Charge-off, Capital One credit card, $2,310, 2023"),
            ("CREDIT_REPORT", "Collection, Kettle Rapids Utilities, $186, 2024"),
        ],
    ),
    (
        """Subject: Hearing date - 77 Elm, unit 5

Ron,

The eviction hearing for unit 5 at 77 Elm is set for December 9 at 9:00 am at the Kettle
County Courthouse, room 210, case no. 2026SC003118. The tenant has until then to pay the
balance of $2,460 to dismiss.

I'll attend with the ledger and the 5-day notice. No need for you to be there unless you
want to.

Amy, Northgate Property Management
""",
        [],
    ),
    (
        """Subject: Re: booking the move for Dec 13

Hi Vince,

We'd like to book the 3-man crew for Saturday the 13th. Here's the card for the $200
deposit (my husband's, he said it's fine):

Mastercard 5270 9206
3849 4386, exp 02/29

Name on card is Gary Holm. The rest we'll pay by check on moving day.

Thanks,
Helen Holm
""",
        [("CREDIT_CARD", "5270 9206\n3849 4386")],
    ),
    (
        """Subject: Packing help add-on

Hi,

We booked a move for December 20 (confirmation 231483). Could we add the full packing
service? I'm 32 weeks pregnant and my midwife told me not to lift boxes, and my husband
works nights until the 18th.

Please let me know what it adds to the quote.

Thanks,
Brianna Cole
""",
        [("health", "")],
    ),
    (
        """Subject: Timeline draft v3 - Daniel & Chris

Hi Daniel and Chris,

Attached is version 3 of the day-of timeline. Main changes: the grooms' first look moves to
3:15 at the riverwalk, and the processional now has both of you walking in with your moms.

Still need from you: final headcount by the 1st, the song for the first dance, and the name
of whoever is giving the toast for Chris's side.

Can't wait!
Jolene, Something Blue Events
""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Vendor confirmations for Megan & Tyler

Hi Megan,

All vendors are confirmed for Saturday, June 13:
- Ceremony: Riverside Park gazebo, 4:00 pm
- Reception: The Granary, dinner at 6:00
- Florist: Petal & Stem (bouquets, 8 centerpieces)
- DJ: Mark Vos, setup from 4:30

Tyler's mom asked about a second shuttle from the hotel; I'll get a quote.

Jolene, Something Blue Events
""",
        [],
    ),
    (
        """Subject: Re: passport info for the Cancun block

Jolene,

Here are ours for the resort and the transfer company:

Ashley Carlson, passport 953099288, expires 2031
Ryan Carlson, passport 458474765, expires 2029

Our flights get in at 1:40 pm on the 8th.

Ashley
""",
        [("US_PASSPORT", "953099288"), ("US_PASSPORT", "458474765")],
    ),
    (
        """Subject: Obituary draft for your review - Eugene Kaminski

Dear Janet,

Here is the draft obituary for your father. Please mark any changes.

"Eugene 'Gene' Kaminski, 81, of Kettle Rapids, died peacefully at home on November 12 after
a four-year battle with ALS. Gene was a lifelong member of St. Casimir Catholic Parish,
where he served as an usher and sang in the choir for forty years..."

The Mass of Christian Burial is planned for Saturday at 11 am at St. Casimir. We need your
approval by Wednesday noon to make Sunday's paper.

With sympathy,
Paul Dorner, Dorner Family Funeral Home
""",
        [("health", ""), ("religious_belief", "")],
    ),
    (
        """Subject: Free pre-planning lunch seminar - December 10

You're invited to a free lunch and conversation about planning ahead: what a funeral costs
today, how to record your wishes, and how pre-funded plans work with Medicaid rules.

Wednesday, December 10, 11:30 am
Kettle Rapids Senior Center, Room B

Lunch is provided by Dorner Family Funeral Home. No obligation. Call (920) 555-0199 to
reserve a seat.
""",
        [],
    ),
    (
        """Subject: Your passport appointment - missing item

Hi Mr. Delaney,

Thank you for coming in Saturday for your passport application. When we reviewed the DS-11,
we noticed the lost passport section was incomplete. You listed your previous passport as
729465299 but did not attach the DS-64 statement about the loss.

Please fill out the DS-64 and bring it by before Friday so we can send the package. Our
passport desk is open Tuesday and Saturday, 10 am - 2 pm.

Kettle Rapids Public Library, Passport Services
""",
        [("US_PASSPORT", "729465299")],
    ),
    (
        """Subject: Your hold is ready

Hi Beth,

The following item is ready for pickup at the Main Library holds shelf:

"The Women" by Kristin Hannah (large print)

We'll hold it until December 12. Don't forget: passport services are now by appointment on
Tuesdays and Saturdays, and the genealogy club meets on the first Monday in the Local
History Room.

Kettle Rapids Public Library
""",
        [],
    ),
    (
        """Subject: Re: genealogy club - my DNA results

Hi Marge,

You asked at the meeting to send my results for the group slide. My AncestryDNA estimate
came back: 46% Norway, 28% Germanic Europe, 14% Ireland, 9% Indigenous Americas - North,
3% Sweden & Denmark. The Indigenous part surprised my whole family! I'm hoping the club can
help me find which great-grandparent that came from.

See you Monday,
Linda Sorensen
""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Transportation request for Walter Berg

Hi Gail,

I'd like to sign my dad, Walter Berg, up for the senior center van on Tuesdays and Thursdays
for the lunch program. Since his stroke in August he uses a walker and can't manage the bus
steps, so he'll need the lift. He also has mild aphasia, so please be patient if he's slow
to answer.

You can reach me at (920) 555-0115.

Thank you,
Kim Berg
""",
        [("health", "")],
    ),
    (
        """Subject: Van rider registration received

Hi Mrs. Olson,

We received your senior van rider registration. For our records:

Rider: Evelyn Olson
Date of birth: 03/14/1941
Wisconsin ID card: M375-2385-7655-37
Emergency contact: Ron Olson (son)

Your first ride is Monday. The driver will honk once and wait five minutes.

Kettle Rapids Senior Center
""",
        [("US_STATE_ID", "M375-2385-7655-37")],
    ),
    (
        """Subject: Senior Center - December lunch menu and events

Lunch (11:30, suggested donation $3.50):
Mon - Swedish meatballs, egg noodles
Tue - Chicken wild rice soup, roll
Wed - Ham and scalloped potatoes
Thu - Fish fry
Fri - Chef salad

Events:
- Dec 4: Medicare Part D plan review with a SHIP counselor (call to reserve 30 minutes)
- Dec 11: Holiday bingo
- Dec 17: Blood pressure checks with Lakeshore nursing students, no appointment

Kettle Rapids Senior Center
""",
        [],
    ),
    (
        """Subject: New enrollment - Ray Whitfield, Welding cohort 14

Hi Coach Tina,

Ray Whitfield starts in Welding cohort 14 on Monday. Some background so you can support
him: Ray was released from Oshkosh Correctional in September after five years and is on
parole through 2028. His agent, Ms. Bauer, may stop by the shop; she has already approved
his class schedule.

He's motivated and already has his OSHA-10.

Marcus Dean, Career Navigator
Fox Valley Works
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Form submission: WIOA enrollment - demographic page

Form: Fox Valley Works enrollment, page 4 of 6
Submitted by: Pa Houa Vang
Date: 11/12/2026

Race: Asian
Ethnicity: Not Hispanic or Latino
Veteran: No
Disability status: I do not want to answer
Highest grade completed: 12
Language preferred: English

Next page: Employment history
""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Fair-chance hiring workshop for employers

Fox Valley Works is hosting a free breakfast workshop for local employers on fair-chance
hiring: what Wisconsin law says about asking about arrest and conviction records, how the
federal bonding program works, and what our graduates bring to the shop floor.

Our own application never asks about criminal records; we ask what support someone needs
to finish the program.

Thursday, December 4, 7:30-9:00 am, Fox Valley Works training center.
""",
        [],
    ),
    (
        """Subject: CASA report due 12/1 - the Harmon children

Hi Denise,

Thanks for your visit notes. For the court report, please make sure to update:

- Mom (Kayla Harmon) has completed 8 of 12 weeks of outpatient treatment for
  methamphetamine use at Bellin, and her last three screens were negative.
- Dad (Travis Harmon) is still in the Kettle County Jail awaiting sentencing on the
  burglary charge; the kids have not had contact since October.

Report is due to me by Monday so I can file it before the December 4 hearing.

Leah Ortiz, Volunteer Supervisor, Kettle County CASA
""",
        [("health", ""), ("criminal_history", "")],
    ),
    (
        """Subject: Pre-service training, session 5 - practice case

New volunteers,

For Thursday, please read the practice case file attached. It is a fictional training
scenario: "Jayden, age 7, was placed with his grandmother after his father was arrested and
his mother entered residential treatment." None of the people are real, and the case file
is written only for practice.

Come ready to draft the first two sections of a court report. We'll work in pairs.

Kettle County CASA Training Team
""",
        [],
    ),
    (
        """Subject: Registration update - Lakeshore Community Health

Hi Mr. Cornelius,

Thank you for updating your registration. We've added the following so your visits can be
billed to the tribal health program instead of to you:

Tribal enrollment: Oneida Nation of Wisconsin, enrolled member
Tribal ID card number: 881857

Please bring the card to your next visit so we can make a copy.

Patient Registration, Lakeshore Community Health Center
""",
        [("US_STATE_ID", "881857"), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Your genetic test results

Hi Rachel,

Your hereditary cancer panel from Lakeshore's genetics clinic is back. The lab found one
pathogenic variant in BRCA2. This is a genetic finding, not a diagnosis.

I'd like to set up a 45-minute video visit to go over what this means and to discuss
screening options. Please pick a time in the portal this week.

Hannah Voss, MS, CGC
Genetic Counselor
""",
        [("genetic", "")],
    ),
    (
        """Subject: Account opening review - ID verification

Team,

New member application from Darnell Hughes flagged for manual review. The verification
vendor report:

Document check: passed (Wisconsin driver license)
Selfie liveness: passed
Face match score: 0.62 (threshold 0.80)
Result: REVIEW

Please call him to come into a branch with his ID before we open the share account.

Member Services, Riverbend CCU
""",
        [("biometric", "")],
    ),
    (
        """Subject: Volunteer clearance complete

Hi Mr. Hanson,

Good news: your background check for school volunteering came back clear (no records
found), so you're approved to chaperone the 5th-grade field trip on December 11.

Please check in at the front office and pick up a volunteer badge when you arrive.
Fingerprints are not required for day chaperones.

Kettle Rapids Area School District, Volunteer Services
""",
        [],
    ),
    (
        """Subject: Your volunteer application

Hi Brian,

Thanks for applying to drive for our home delivery route. Your background check showed a
2021 OWI conviction. Under our insurance policy, drivers need a clean driving record for
five years, so we can't put you on the delivery route right now.

We'd still love to have you in the warehouse on Saturdays if you're up for it; no driving
required there.

Jess Amundson, Volunteer Coordinator, Hillside Food Pantry
""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Stripe keys for the new registration site

Hi Marcy,

The new registration form is live in test mode. To switch it to live, paste these into the
settings page (Settings > Payments):

Publishable key: pk_live_Ac4aRgjucVXp0E0mFPUx8WJf
Secret key: sk_live_6T6bhm04GfzFblVl3fBzyT8j

Please don't forward the secret one to anyone; after you paste it, delete this email.

Owen (volunteer web guy)
""",
        [("API_KEY", "sk_live_6T6bhm04GfzFblVl3fBzyT8j")],
    ),
    (
        """Subject: Text reminders setup

Dre,

I set up the class-reminder texts. The booking app needs the Twilio credentials:

Account SID: ACf3e2c1f17885937330d763d3f04f0561
Auth token: f128f3d5e3dc9b873fb5412b826447c9
From number: (920) 555-0178

Paste them into Integrations > SMS. Texts go out 2 hours before each class.

Kelsey
""",
        [("API_KEY", "f128f3d5e3dc9b873fb5412b826447c9")],
    ),
    (
        """Subject: Honorarium for the Shabbat concert

Dear Cantor Levi,

Thank you again for the beautiful concert. We have sent your honorarium of $1,200 by wire
to the account you gave us:

Account holder: Avi Levi
IBAN IL17 0901 3062 1652 7130 286

Our bank says it should arrive within three business days. Please let me know when it
does.

Warmly,
Temple Beth Shalom Treasurer
""",
        [("IBAN_CODE", "IL17 0901 3062 1652 7130 286")],
    ),
    (
        """Subject: Refund for the exchange host family fee

Hallo Frau Becker,

The Kettle Rapids Youth Orchestra board approved the refund of your host family fee ($180)
since Lena stayed with the Hansens instead. We will send it by international transfer to:

Kontoinhaber: Sabine Becker
IBAN: DE19210763864504027189

Please confirm the name and IBAN are correct before Friday.

Marcy Thiel, KRYO Treasurer
""",
        [("IBAN_CODE", "DE19210763864504027189")],
    ),
    (
        """Subject: Loaner car agreement - Fox River Auto

Loaner agreement signed electronically:

Customer: Patricia Gomez
Driver license: W996-5670-6940-87 (WI), exp 2029
Insurance: State Farm, policy on file
Loaner: 2021 Chevy Malibu, plate ATK-2291
Out: 11/14 8:05 am, fuel full, 41,220 miles
Due back: when your car is ready

Customer is responsible for tolls and tickets during the loan.
""",
        [("US_DRIVER_LICENSE", "W996-5670-6940-87")],
    ),
    (
        """Subject: Re: treasurer handoff

Hi Joan,

For the handoff: the telephone banking PIN for the Grace Community Church checking account
at Fox Valley Bank is 8417. I'll have the bank add you as a signer next week; after that
please change it.

The deposit bag key is in the desk drawer in the office, and the safe combination is in the
envelope Pastor Dean has.

Thanks for taking this on,
Roger
""",
        [("PIN", "8417")],
    ),
    (
        """Subject: PTA Square login for the holiday shop

Hi Aisha,

Here's the login for the PTA's Square account so you can run the card reader at the
holiday shop:

Email: lincolnpta.treasurer@gmail.com
Password: nYUBQHD1j9
Security question (first pet's name): Pickles

Please don't change anything in the bank settings. I'll reset the password after the
shop.

Leah
""",
        [("PASSWORD", "nYUBQHD1j9"), ("PASSWORD", "Pickles")],
    ),
    (
        """Subject: Your credit-builder progress

Hi Tyrone,

Six months of on-time payments on your credit-builder loan! Your free score update from
TransUnion shows 617, up from 605 when you opened the loan in May.

Three more payments and the $600 in your savings is released to you. Want to talk about a
secured card next? Reply and we'll set up a time.

Riverbend Community Credit Union
""",
        [("CREDIT_SCORE", "617"), ("CREDIT_SCORE", "605")],
    ),
    (
        """Subject: Export: contributions 11/01-11/15

contribution_export_alvarez_for_council.csv (first rows)

date,name,address,occupation,employer,amount
11/02,Mary Jo Fenske,515 Elm St,Retired,,100.00
11/04,Steven Park,29 Lakeview Ct,Engineer,Kohler Co,250.00
11/09,Dolores Ruiz,1402 Main St Apt 2,Nurse,Ridgeview Hospital,50.00

Total for period: $3,415.00 from 61 contributors.
Alvarez for Council, Treasurer
""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Your pay statement for 11/01 - 11/14 is available

Hi Tasha Brown,

Your pay statement from Lakeshore Community Health Center is ready in the employee portal.

Gross pay: $3,482.50
Federal tax: $388.10
State tax: $162.44
Health insurance: $96.00
WNU union dues: $41.25
Net pay: $2,401.22

Direct deposit to checking ending in 4305.
""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Re: class directory update

Hi Ms. Larkin,

Yes, please update Ava's directory listing. The parents line should read "Jamie Torres and
Rosa Torres" - we're both her moms (Rosa is my wife; she was left off last year). Both of
our cell numbers can go in.

Ava will be at the holiday party, and Rosa is signing up to bring fruit.

Thanks!
Jamie Torres
""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Immunization exemption on file - Caleb Yoder

Dear Mr. and Mrs. Yoder,

The school nurse's office has received Caleb's Wisconsin Student Immunization Record with
the religious exemption checked for the MMR and varicella vaccines, based on your family's
religious beliefs. His other vaccines are up to date.

Please note that during a measles outbreak, students without the MMR vaccine may be
excluded from school for up to 21 days.

Nurse Paula Stern, Jefferson Middle School
""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: Free flu vaccine clinic at school - sign up by Nov 21

Families,

Lakeshore Community Health Center will hold a free flu vaccine clinic at every elementary
school on December 3. Any student can take part with a signed consent form; no insurance
is needed.

Consent forms went home in Friday folders and are also on the district website. Students
without a form will not be vaccinated.

Kettle Rapids Area School District Health Services
""",
        [],
    ),
    (
        """Subject: Name for the class list

Hi Mr. Grant,

Quick note before the new semester: our kid has been going by River at home and with
friends, and would like to be called River at school too, with they/them pronouns. Their
legal name can stay in the district system for now.

They're a little nervous about roll call on the first day, so anything you can do to make
it smooth would mean a lot.

Thanks,
Dawn Kessler
""",
        [],
    ),
    (
        """Subject: Interpreter for parent-teacher conferences

Hi Mrs. Her,

We have scheduled an interpreter who speaks Hmong, Mr. Lor, for your conference about Kou
on Thursday, November 20 at 4:40 pm in room 112. The conference will take about 20
minutes.

If that time doesn't work, call the front office at (920) 555-0108 and ask for Nou.

Washington Elementary
""",
        [],
    ),
    (
        """Subject: Press release: Kettle Rapids teachers ratify new contract

FOR IMMEDIATE RELEASE

Teachers in the Kettle Rapids Area School District voted this week to ratify a tentative
agreement, 512 to 61, with 82% of eligible educators voting.

Highlights: a 4.5% base increase, two additional planning days, and class size caps in
grades K-3. The school board is expected to approve the agreement on December 15.

Media contact: KREA communications, (920) 555-0191
""",
        [],
    ),
    (
        """Subject: Scam alert: fake calls from "Riverbend fraud department"

Members,

We've had reports of calls that appear to come from our number asking members to read back
a code or their card PIN to "stop a fraudulent charge." Riverbend will never ask for your
PIN, your online banking password, or a sign-in code by phone, text, or email.

If you get one of these calls, hang up and call us at (920) 555-0100.

Riverbend Community Credit Union
""",
        [],
    ),
    (
        """Subject: Biscuit's insulin refill and recheck

Hi Karen,

Biscuit's Vetsulin refill is ready at the front desk. Dr. Amundsen would like to see her
for a glucose curve in two weeks, since her numbers were still high at the last visit. She
should be fasted the morning of the recheck, but give her insulin as usual after breakfast
at the clinic.

Her rabies booster is also due in January.

Fox Valley Veterinary Clinic
""",
        [],
    ),
    (
        """Subject: Estimate for Mochi's dental

Hi Jason,

Here is the estimate for Mochi's dental cleaning and two extractions on December 9:

Pre-anesthetic bloodwork     $118
Anesthesia and monitoring    $265
Cleaning and X-rays          $310
Extractions (2)              $240
Pain medication (home)        $38
Total estimate               $971

Please no food after 10 pm the night before. Drop-off is 7:30 am.

Fox Valley Veterinary Clinic
""",
        [],
    ),
    (
        """Subject: Hillside Food Pantry - winter appeal

Dear neighbor,

One of the moms who comes to our Wednesday pantry (we'll call her "M.") told us she had to
choose last winter between the heating bill and her daughter's inhaler refill. With your
help, families like hers don't have to make that choice.

$35 fills a grocery box for a family of four. Give at hillsidepantry.org/winter.

With thanks,
Hillside Food Pantry
""",
        [],
    ),
    (
        """Subject: Free rapid HIV and hep C testing, first Tuesdays

St. Brigid Free Clinic now offers free, confidential rapid HIV and hepatitis C testing on
the first Tuesday of each month, 4-7 pm. Results in 20 minutes. No names are recorded on
the test log.

If a result ever comes back reactive, a nurse will talk with you privately that day and
help set up follow-up care at no cost.

Walk in, or text (920) 555-0140 to hold a time.
""",
        [],
    ),
    (
        """Subject: Council recap: budget vote

Neighbors,

At Tuesday's meeting the council passed the 2027 budget 6-3. Council member Teresa Alvarez
voted yes and spoke in favor of restoring Sunday library hours; Council member Rick Haldane
voted no, citing the levy increase.

The next meeting is December 9. Public comment sign-up opens at 6:15.

Ward 6 Neighborhood Association
""",
        [],
    ),
    (
        """Subject: Your amended return was accepted

Hi Mr. and Mrs. Bauer,

Good news: the IRS accepted your amended 2024 return. The additional refund of $846 is
expected to be deposited to your checking account ending in 0616 within 8-12 weeks.

No action is needed on your part. We'll keep a copy of the 1040-X in your file.

Harbor Tax & Bookkeeping
""",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_26, "hard26", Path(__file__).with_name("hard-26.jsonl")))
