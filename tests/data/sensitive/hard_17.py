"""Hard set 17: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

What the author read, and nothing else in the repository: Section 9 of the privacy policy
(/work/shared/policy/privacy-policy.txt, the definition of Sensitive Data, items (a)-(e));
tests/data/sensitive/independent_sets.py (the checker and the record format);
scanner/categories.py (the names of the special categories, used as labels); and the ruff
line-length setting in pyproject.toml. The detector, its rules, the other hard sets, the docs
and the git history were not read, and no text here was run through the detector.

Identifier values were generated for this set with valid check digits (Luhn for card numbers,
the ABA checksum and prefix rules for routing numbers, mod-97 for IBANs, SSA rules for SSNs,
the ITIN rules for ITINs); none is a published test number. Licence, passport and state ID
numbers follow the usual shape of their issuer and are random.

CONVENTIONS (every label can be checked against these decisions)

Special categories (health, genetic, biometric, racial_ethnic_origin, political_opinion,
religious_belief, trade_union_membership, sexual_orientation, criminal_history):
- Count only when the text discloses the category about an identifiable person: someone
  named, the addressee, the writer in the first person, or a clearly identified relative,
  colleague, client, student or patient. Labelled once per text with value "", however many
  people or mentions.
- Never count: topics, events, programs and services offered, appeals, job postings,
  anonymised stories (a pseudonym or initial with nothing identifying), aggregate statistics,
  public figures' public positions, templates with unfilled fields, blank forms, placeholders,
  policy text, fiction or training scenarios marked as such, buying a ticket to or running an
  event on a topic (an LGBTQ+ gala, an iftar, a film), and explicit negations ("no known
  allergies", "background check came back clear", "no registry match").
- health: a person's condition, illness, injury, disability, pregnancy complication, mental
  health, test score (PHQ-9, A1c), medication, surgery, or care that implies a condition
  (dialysis, methadone clinic, 504 plan, seizure action plan). Not health: dietary choices
  (vegetarian, gluten-free, halal, kosher) with no stated medical reason; a routine reminder
  from a general practice naming no condition, treatment or specialty; a medical debt on a
  credit report (that is a CREDIT_REPORT item).
- genetic: a person's genetic test result. A result alone (e.g. carrier status) is genetic
  only; when a condition, diagnosis or treatment is also disclosed, genetic and health.
- biometric: a person's biometric data or a biometric matching record (fingerprint template,
  face-match log). Scheduling fingerprinting for a background check, with no biometric data
  in the text, is not biometric.
- religious_belief: the text states a person's faith, religious practice or participation in
  a rite (bar mitzvah, Friday prayer). Not: mail from a faith community to its list (services,
  study, events), hall rentals, a prayer request relayed for someone, clergy or church-office
  titles used in an institutional role ("Pastor", "Deacon", "Financial Secretary") and
  institutional sign-offs ("In Christ"), courtesy formulas ("God bless", "Blessings"),
  dietary requests (a named "halal" meal included), holiday closures.
- political_opinion: a person's stated political view, party affiliation, or campaigning for
  a side. Not: nonpartisan civic work, an organization's own advocacy, officials' public
  positions.
- racial_ethnic_origin: a person's stated race or ethnicity, including in a demographic field
  of an export. Language spoken, nationality, country of arrival and immigration status alone
  do not count.
- trade_union_membership: a person's membership of, or representation by, a union. An
  employer's general memo about a collective agreement does not count.
- sexual_orientation: a stated orientation or a same-sex marriage or relationship of an
  identifiable person. Pronouns in a signature do not count.
- criminal_history: a person's conviction, juvenile adjudication, incarceration, parole,
  probation or arrest, first person included.

Value labels (values labelled exactly as written, spaces and dashes included; a card number
wrapped across a line break includes the newline):
- Government IDs: a passport of any country is US_PASSPORT; a driving licence of any state,
  province or country is US_DRIVER_LICENSE; a state ID card is US_STATE_ID; ITIN is US_ITIN;
  SSN is US_SSN, and a partial SSN given as such (last four) is US_SSN on the visible digits.
- Cards: a full number is CREDIT_CARD; the last four alone ("ending 6088", "...7754") is
  CREDIT_CARD_LAST_DIGITS; a security code (CVV, CVC, CID) is CVV.
- Bank: account number US_BANK_NUMBER, routing number ABA_ROUTING_NUMBER, IBAN IBAN_CODE,
  labelled whoever holds the account (an organization's own deposit or wire details too),
  since (b) names financial account numbers without restriction. A masked bank-account
  fragment ("checking account ending in 0423") is NOT labelled: "any portion thereof" is
  written for the identification numbers of (a), and the last-digits label exists only for
  cards. BIC/SWIFT codes, check numbers and deposit slip numbers are not labelled.
- PASSWORD: a password or security-question answer that opens a financial or online account
  (bank portal, payment account, volunteer portal), temporary ones included. Not: Wi-Fi
  passwords, meeting passcodes, example passwords in security training.
- PIN: the PIN of a card or benefits account.
- ACCESS_CODE: a one-time sign-in or approval code that opens an account. Codes that open no
  financial or online account (door, gate, alarm, lockbox, Zoom passcode) and order,
  confirmation or authorization numbers are NOT labelled.
- API_KEY: only the secret part of vendor credentials (Stripe secret key, Twilio auth token,
  a SendGrid key as issued); never publishable keys, account SIDs, usernames or charge ids.
- CREDIT_SCORE: each score reported for an identified person; not score ranges, program
  minimums or averages.
- CREDIT_REPORT: each adverse item on an identified person's report, on that item's span as
  written (a list line or the phrase naming it); general facts about credit reports are not.
- Never labelled: an organization's EIN, UEI, CAGE code or tax ID; insurance claim and policy
  numbers; invoice, order, transaction, tracking and ticket numbers; employee, student,
  member and badge numbers; vehicle plates and VINs; phone numbers; dates of birth.
- A person's own data sent to that person (receipts, sign-in codes) is labelled like any other.

Emphasis: mostly nonprofit senders (housing, reentry, youth and family services, refugee
resettlement, benefits and tax help, financial coaching, mental health and recovery, schools,
faith communities, advocacy and civic groups, arts, unions and HR) plus small businesses
(bakery, print shop, caterer, dental office) and transactional mail from donation, ticketing,
banking and portal platforms. Shapes: formal letters, quick notes, replies and forwards,
CSV and pipe-delimited exports, paper-form text, clinical shorthand, mobile shorthand,
non-native and regional Englishes (Spanish, French, Dutch, Vietnamese, Nigerian writers).
Items appear in subject lines, fields, sentences and list lines, wrapped across lines, and
next to dangerous decoys: organization EINs and bank details, door and Wi-Fi codes, meeting
passcodes, an SSN-shaped claim number with an impossible area, masked account fragments,
score ranges, special-category topics, negations, blank forms, placeholders and fiction.
"""

from pathlib import Path

from independent_sets import Case, write

HARD_17: list[Case] = [
    (
        """Subject: Re: Pre-screen packet - Denise Whitfield (unit 4B, Larkspur Commons)

Hi Tamara,

Following up on our call. Denise's packet is attached, but since the portal is down again
here are the items you said you needed before Friday:

SSN: 248-60-0479
Household size: 3 (Denise + two kids, 7 and 11)
Monthly income: $2,840 (Head Start aide, plus child support)
Credit score (TransUnion pull, 11/21): 587

The only thing on her report that worries me is a medical collection of $1,312 (Midland, 2024).
She has a payment plan for that and I included the letter.

Let me know if the owner needs anything else. She can move as early as Jan 1.

Thanks,
Rob Castellanos
Housing Navigator, Eastside Family Alliance""",
        [
            ("US_SSN", "248-60-0479"),
            ("CREDIT_SCORE", "587"),
            ("CREDIT_REPORT", "medical collection of $1,312 (Midland, 2024)"),
        ],
    ),
    (
        """Subject: Your receipt from Harbor Lights Youth Sailing

Dear Margaret Olsen,

Thank you for your gift of $250.00 to Harbor Lights Youth Sailing on December 2, 2026.

Transaction ID: 8842150937716204
Payment method: bank transfer (ACH)
Designation: Scholarship Fund - Summer 2027

No goods or services were provided in exchange for this contribution. Harbor Lights Youth
Sailing is a 501(c)(3) organization, EIN 47-2913086. Please keep this receipt for your records.

Manage your recurring gifts at any time from your donor dashboard.

GiveNorth, on behalf of Harbor Lights Youth Sailing""",
        [],
    ),
    (
        """Subject: Receipt: monthly gift to Cedar Valley Food Shelf

Hi Jorge,

Your monthly gift of $35.00 was processed on 12/01/2026.

  Amount ........ $35.00
  Card .......... Mastercard ending 6088
  Next charge ... 01/01/2027
  Fund .......... Where Needed Most

Every $35 provides roughly 105 meals through our partner pantries in Stearns and Benton
counties. To update your card or change your gift, reply to this email or call
320-555-0147.

With gratitude,
Cedar Valley Food Shelf""",
        [("CREDIT_CARD_LAST_DIGITS", "6088")],
    ),
    (
        """Subject: direct deposit for new hire

Hey Lorraine - can you add Mateo to payroll starting the 15th? His info:

Mateo Serrano
Bank: First Interstate
Routing 074383151
Checking 881774303

W-4 and I-9 are in the shared folder, I'll drop off the originals Thursday. He's 28 hrs/wk
at $19.50. Thx!

- Gina
Serrano & Daughters Bakery""",
        [("ABA_ROUTING_NUMBER", "074383151"), ("US_BANK_NUMBER", "881774303")],
    ),
    (
        """Subject: Hall rental confirmation - Dec 13 (Okonkwo family gathering)

Dear Mrs. Okonkwo,

Your rental of Fellowship Hall at Grace Methodist Church is confirmed for Saturday,
December 13, 2 pm to 9 pm. A few practical notes:

- Side door keypad: 4471# (works from 1:30 pm that day only)
- Guest WiFi: GraceGuest, password: stillwaters26
- Thermostat is behind the piano; please set back to 62 when you leave
- Folding tables are in closet B; chairs in closet C

Deposit of $150 received (check #2187). It will be returned within 10 days if the hall is
left as found.

Blessings,
Carol Heinz, Facilities""",
        [],
    ),
    (
        """Subject: between-session note

Hi Kendra,

Thanks for sending your check-in form. Your PHQ-9 this week was 11, down from 19 when we
started in September, which matches what you described about sleeping better since the
sertraline dose change. That's real progress.

For next Tuesday, could you keep the thought log for the two situations we talked about
(the team meeting and your sister's calls)? No need to write a lot.

If things get worse before then, you can call the 24/7 line at 988 or text me to move our
session earlier.

Warmly,
Alicia Ferrante, LCSW
Northside Counseling Collaborative""",
        [("health", "")],
    ),
    (
        """Subject: Referral: James Whitaker for warehouse associate opening

Hi Pete,

I'd like to refer James Whitaker for the second-shift warehouse associate role you posted.
James completed our 8-week forklift and OSHA-10 program in October with perfect attendance.

In the interest of transparency, since your application asks: James has a 2016 felony
conviction for burglary and finished parole in March 2022. He's been employed part-time at
Goodwill since then, and his supervisor is happy to give a reference.

The WOTC tax credit paperwork is attached if you decide to hire him.

Best,
Samira Haddad
Employment Specialist, Second Chance Works""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Now hiring: Peer Recovery Coach (part-time)

Friends,

River Bend Recovery Center is hiring a part-time Peer Recovery Coach (20 hrs/week, $24/hr).

What you'll do:
- Support adults in early recovery from opioid and alcohol use disorders
- Co-facilitate our Tuesday evening relapse-prevention group
- Help participants connect to housing, MAT providers, and benefits

What we're looking for:
- Lived experience of recovery (at least two years) is strongly preferred
- State Peer Recovery certification or willingness to obtain within 6 months
- A valid driver's license and reliable transportation

People with criminal records are encouraged to apply. Send a resume and short note to
jobs@riverbendrecovery.org by January 9.""",
        [],
    ),
    (
        """Subject: Su ITIN / your ITIN renewal - listo

Hola Sra. Paredes,

Good news: the IRS approved the renewal. Your ITIN stays the same: 934-54-5274. The new
letter came to our office, you can pick it up Monday to Thursday 10 to 4.

Para la declaración de 2026 vamos a necesitar:
- W-2 or 1099 forms from every job
- Receipts for childcare (daycare of Sofía)
- Last year's return if you have it

The appointments for the free tax prep start February 2. Reply with a day that works.

Saludos,
Luz Moreno, VITA volunteer
Casa Comunitaria del Valle""",
        [("US_ITIN", "934-54-5274")],
    ),
    (
        """Subject: Our 2026 impact, by the numbers

Dear friends,

As the year closes, here is what your support made possible at Maple Street Family Center:

- 1,214 children in after-school programs (58% identify as Latino, 27% as Black)
- 312 families received emergency rent help
- 19% of caregivers we served reported a disability; 11% are managing a chronic illness
- 64 parents completed our financial coaching series; average credit scores rose 41 points

None of this happens without you. A gift before December 31 will be matched up to $20,000
by the Hollis Foundation.

With thanks,
Evelyn Marsh, Executive Director""",
        [],
    ),
    (
        """Subject: FW: final roster for Saturday robotics showcase

Forwarding the export from the registration form so kitchen and first aid have it.

Name, Grade, School, Lunch, Medical notes
Amara Singh, 7, Lincoln MS, vegetarian, none
Theo Brandt, 8, Lincoln MS, regular, none
Lucas Ferreira, 6, Hillcrest, regular, severe peanut allergy - EpiPen in backpack
Zoe Tan, 7, Hillcrest, gluten free, none
Ibrahim Diallo, 8, Westgate, regular, none

Parent volunteers please arrive 7:45 for setup. Thanks!
Ms. Kowalczyk""",
        [("health", "")],
    ),
    (
        """Subject: {{campaign.subject_line}}

Hi {{contact.first_name}},

Thank you for your gift of {{gift.amount}} on {{gift.date}}. Your {{payment.card_brand}}
ending in {{payment.last4}} will be charged again on {{schedule.next_date}}.

Tax ID for your records: {{org.ein}}
Routing/account on file: {{payment.bank_routing}} / {{payment.bank_account}}

If you need to update your payment details, visit {{links.donor_portal}}.

{{org.signature_block}}""",
        [],
    ),
    (
        """Subject: leave request - March

Hi Renee,

I'd like to start the paperwork for parental leave. My wife Hannah is due March 18 and her
OB has her on modified bed rest from mid-February because of preeclampsia in her first
pregnancy, so I may need to start some intermittent FMLA days before the due date.

I've talked with Marcus about covering the Thursday intake clinic. Let me know what forms
you need from me and whether the doctor's note should come from her OB.

Thanks,
Daniel Kim
Program Coordinator""",
        [("health", "")],
    ),
    (
        """Subject: thank you, Dana!

Dana,

Just wanted to say thanks for the three phone-bank shifts for Yes on Measure J. You told me
on Thursday that you've been a registered Green since college and never expected to be
knocking doors for a bond measure, but you were one of our best callers.

Final tally comes in Tuesday night. Watch party is at Lucha Coffee from 8, bring a friend.

Onward,
Marisol
Field Organizer, Fair Transit Coalition""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Volunteers needed: voter registration tables, Jan 10 & 17

Hi all,

Bayview Library Friends is hosting nonpartisan voter registration tables at the main branch
on two Saturdays in January. We don't endorse candidates or measures, and volunteers must
not discuss how they plan to vote while at the table.

Shifts: 10-12, 12-2, 2-4. Training is 20 minutes and we'll cover the new state ID rules,
how to help someone who has moved, and what to do if someone asks about eligibility after
a felony conviction (short answer: refer them to the county clerk's sheet).

Sign up on the shared sheet. Coffee provided!

Priya, volunteer coordinator""",
        [],
    ),
    (
        """Subject: checking in

Hey Jordan,

It was really good to see you at group on Wednesday. You said coming out as gay to your
parents over Thanksgiving went "better than expected but still weird," and that sounds
about right. If you want to talk more one-on-one, I'm around Monday and Thursday afternoons.

Also the winter formal tickets are $5 and we have a few free ones if that helps, just ask.

Take care,
Sam (they/them)
Youth Program Mentor, Prism Youth Center""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Free screening: "Out in the Country" + panel, Jan 22

Friends of the Rialto,

Our Winter Documentary Series continues with "Out in the Country," a film about LGBTQ+
farmers in the rural Midwest. A short panel follows with the director and two local
growers.

Thursday, January 22, 7 pm. Free, but please reserve seats. ASL interpretation provided.
The theatre is wheelchair accessible through the Oak Street entrance.

Concessions benefit the Rialto restoration fund.

See you at the movies,
The Rialto Community Cinema""",
        [],
    ),
    (
        """Subject: intake summary - Vang family

Team,

Quick summary before Monday's case conference. The Vang family (parents and four children)
arrived from Thailand on Nov 19. They are Hmong and speak Hmong Daw at home; only the eldest
daughter, Mai, has some English. The father worked as a farm laborer.

Priorities:
1. School enrollment for the three younger kids (district wants immunization records)
2. Interpreter for the SNAP interview on 12/10 - please book a Hmong Daw speaker, not
   Lao
3. Winter coats, sizes in the shared sheet

Thanks,
Khadija
Resettlement Case Manager""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Aisha - accommodations for the unit test

Hi Mr. Delgado,

Just a heads-up for Thursday's unit test. Aisha's 504 plan (dyslexia and generalized
anxiety) gives her extended time (1.5x) and a separate room. Room 214 is free third
period, and Ms. Park can proctor.

She's been doing well this quarter and I'd like to keep the testing routine predictable for
her. Let me know if the timing doesn't work.

Thanks,
Ms. Farrow
School Counselor, Jefferson Middle School""",
        [("health", "")],
    ),
    (
        """Subject: Register now: Youth Mental Health First Aid (8 hrs), Feb 7

Hello coaches and club leaders,

The county is funding a free Youth Mental Health First Aid course for adults who work with
teens. You'll learn how to recognize signs of depression, anxiety, self-harm and substance
use, and how to connect a young person to help.

Date: Saturday, Feb 7, 9:00-5:00 (lunch provided)
Place: Fairview Rec Center, Room B
Seats: 30, first come first served

Certification is valid for three years. Questions? Reply here.

Lakeshore Youth Sports League""",
        [],
    ),
    (
        """Subject: Your carrier screening results

Dear Ms. Ochieng,

Your expanded carrier screening results are back. You were found to be a carrier of one
pathogenic variant in the CFTR gene (F508del), which is associated with cystic fibrosis.
Carriers typically have no symptoms. The other 273 conditions screened were negative.

Because both partners must be carriers for a child to be affected, we recommend screening
for your partner. I can order that kit to your home address.

Please call me at 503-555-0190 to go over the report.

Hannah Reyes, MS, CGC
Genetic Counseling, Willamette Women's Health""",
        [("genetic", "")],
    ),
    (
        """Subject: Re: Maria - leave and coverage plan

Hi Ron,

Maria asked me to share this with you directly so she doesn't have to repeat it. Her BRCA1
test came back positive last month, and after talking it through with her surgeon she's
scheduled a preventive double mastectomy on January 14. She expects to be out four to six
weeks.

She'd like the team to know only that she's having surgery and will be back in February.

I'll cover the grants calendar. Can you take the donor calls?

Thanks,
Lena""",
        [("genetic", ""), ("health", "")],
    ),
    (
        """Subject: New PTO rules under the 2027 contract

All staff,

As many of you know, the new collective bargaining agreement was ratified on November 20.
Starting January 1, 2027:

- PTO accrues at 6.15 hours per pay period for years 0-3 (was 5.54)
- The holiday list adds Juneteenth and the day after Thanksgiving
- Non-represented staff will receive the same PTO schedule

Questions about the contract itself should go to your steward or to the joint
labor-management committee at lmc@westbayhealthcenters.org.

HR Team, West Bay Community Health Centers""",
        [],
    ),
    (
        """Subject: Grievance meeting - T. Alvarez

Dear Ms. Brennan,

I am writing as chief steward of SEIU Local 1021 on behalf of our member Teresa Alvarez,
regarding the written warning issued on November 24. Under Article 12 of the collective
bargaining agreement, Ms. Alvarez is entitled to union representation at any meeting that
may lead to discipline.

Please propose two or three times next week for a Step 1 meeting. I am available any
afternoon except Wednesday.

Sincerely,
Kwame Asante
Chief Steward, SEIU Local 1021""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Montreal trip - passport numbers for the bus company

Hi Denise,

The tour operator needs passport numbers for the border manifest by Dec 15. Here's what
I have so far (the rest of the families haven't replied yet):

Ella Kim - US passport 967493474, exp 04/2031
Santiago Rojas - Mexican passport G38270451, exp 09/2029
Olivia Grant - US passport 385033923, exp 11/2030

Chaperones: I'll send mine and Mr. Lutz's separately.

Reminder to families: passport cards work for land crossings, but the operator prefers
books.

Thanks,
Beth Anders
Treasurer, Lakeside Youth Chorale""",
        [
            ("US_PASSPORT", "967493474"),
            ("US_PASSPORT", "G38270451"),
            ("US_PASSPORT", "385033923"),
        ],
    ),
    (
        """Subject: Livescan fingerprinting for new mentors - Jan 6

Hello new mentors,

State law requires fingerprint-based background checks for anyone mentoring minors. We've
booked a mobile Livescan unit at our office on Tuesday, January 6, 4-7 pm. Bring a
government photo ID. The fee ($49) is covered by Big Futures.

Results go directly to our HR office; we never receive the prints themselves. Most checks
clear in 3-5 business days.

Reply with a 15-minute slot so we can space people out.

Big Futures Mentoring""",
        [],
    ),
    (
        """Subject: Volunteer driver application - Harold Beck

Hi Sue,

Harold finished orientation yesterday and he's keen to start with the Tuesday medical rides.
For the insurance rider I need to send the carrier his license details:

CA driver license Y7302514, class C, exp 2029
Vehicle: 2019 Honda CR-V, plate 8KXR221

The DMV pull is clean. Can you add him to the January schedule once the carrier confirms?

Thanks!
Jim
Neighbors in Motion""",
        [("US_DRIVER_LICENSE", "Y7302514")],
    ),
    (
        """Subject: duplicate client record?

Hi Arturo,

I think Ms. Ruth Lindqvist has two records in the pantry system. She came in today and
showed her Illinois state ID card, R415-7302-9186, and the system matched it to an old
record under "Ruth Lindquist" from 2023.

Could you merge them? I didn't want to create a third one. She's fine with us keeping her
address and household size (2) on file.

Thanks,
Bev at the Thursday pantry""",
        [("US_STATE_ID", "R415-7302-9186")],
    ),
    (
        """Subject: Holiday food distribution - what to bring

Dear neighbors,

Our holiday distribution is Saturday, Dec 20, 9 am - noon at the St. Brendan school gym.

Please bring:
- A photo ID (driver's license, state ID, passport or consular card are all fine)
- Proof of address dated in the last 60 days
- Your own bags or boxes if you can

You do NOT need to show a Social Security card or immigration papers. We never ask for
them. Hams and turkeys while supplies last; vegetarian boxes also available.

Southside Community Pantry""",
        [],
    ),
    (
        """Subject: bank login while I'm out

Nia,

I'm out Dec 22-Jan 2. If a vendor payment comes up, you can get into the Community First
business online banking with our shared treasurer login:

user: hvhs_treasury
password: Kettle!Moss47

Please don't pay anything over $2,500 without texting me first. Bill.com approvals still
come to me.

Thanks,
Greg
Treasurer, Hudson Valley Historical Society""",
        [("PASSWORD", "Kettle!Moss47")],
    ),
    (
        """Subject: Re: locked out of the PayPal account

Yes - it's asking the security question. The answer is "Brookside Elementary" (first school
of the founder, don't ask). If it then texts a code it will go to the old office cell,
which is in the top drawer of my desk.

After you're in, please change the contact phone to the main line.

- Frances""",
        [("PASSWORD", "Brookside Elementary")],
    ),
    (
        """Subject: Security notice: your debit card PIN was changed

Hi Devon,

The PIN for your Neighborhood Credit Union debit card was changed at our Fremont Street ATM
on December 4 at 6:12 PM.

If this was you, no action is needed. If not, call us right away at 1-800-555-0177 so we
can lock the card. We will never email you your PIN or ask you to reply with it.

Neighborhood Credit Union
Federally insured by NCUA""",
        [],
    ),
    (
        """Subject: keys for the donation form

Hi Eli,

Here are the Stripe keys for the new donation page on the Wildflower Arts site. Please set
them as environment variables on the host and not in the repo:

Publishable: pk_live_lvuhfJXqIEnomef2mSJ5CMTIeg1ZTVnVv2
Secret: sk_live_Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG1y

Webhook endpoint should be /api/stripe/webhook. I'll rotate the secret after launch.

Thanks,
Jess Moreau
Operations Manager, Wildflower Arts Collective""",
        [("API_KEY", "sk_live_Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG1y")],
    ),
    (
        """Subject: Re: keys for the donation form

Hi Jess,

Quick check before I deploy. The publishable key I have is
pk_live_Hq2Wd8rN5tYx0VbL3kMzP7sA and the webhook signing secret should come through the
1Password vault, not email - I don't see it there yet. Could you share the vault item?

Test mode donations worked: test charge ch_3PmA9x2eZvjKlF returned 200 and the receipt
email fired.

Eli""",
        [],
    ),
    (
        """Subject: Your GiveNorth sign-in code

Hi Patrice,

Use this code to finish signing in to your GiveNorth organization dashboard:

    281108

The code expires in 10 minutes. If you didn't try to sign in, you can ignore this email;
someone may have typed your address by mistake.

GiveNorth Support
1200 Harbor Blvd, Suite 400, Oakland CA 94607""",
        [("ACCESS_CODE", "281108")],
    ),
    (
        """Subject: EBT card - new PIN

Hi Mr. Tesfaye,

It was nice to meet you at the benefits clinic today. As we discussed, I helped you call
the state line to set a new PIN for your EBT card. The PIN you chose is 3885. Please keep
this email somewhere safe, or write the PIN down and delete this message.

Your SNAP benefits will load on the 9th of each month. The balance line is printed on the
back of the card.

If the card is lost again, call the number on the back first to freeze it.

Regards,
Yordanos Haile
Benefits Navigator, Unity Neighborhood Services""",
        [("PIN", "3885")],
    ),
    (
        """Subject: Credit 101 workshop - slides and links

Thanks to everyone who came to Credit 101 on Tuesday. A few points people asked about:

- Scores range from 300 to 850. Many lenders treat 670+ as "good", and our first-time
  homebuyer partner requires at least 620 for the down-payment assistance program.
- Paying on time is about 35% of a FICO score; utilization is about 30%.
- Medical collections under $500 no longer show on reports from the big three bureaus.
- You can get free weekly reports at annualcreditreport.com.

Slides are attached. Next workshop (Budgeting with Irregular Income) is January 13.

Ana Lucía Torres
Neighborhood Finance Hub""",
        [],
    ),
    (
        """Subject: card for the software renewals

Hi Tessa,

The Adobe and Zoom renewals both failed because the old card expired. Please switch both
to the new operating card:

5217 5715 1020 1922
exp 08/28
CVV 614
Billing zip 97214

Also, the QuickBooks category for Zoom should be 6410 Software, not 6400 Office.

Thanks,
Ray
Finance & Admin, Portland Tenant Rights Project""",
        [("CREDIT_CARD", "5217 5715 1020 1922"), ("CVV", "614")],
    ),
    (
        """Subject: (no subject)

amex for the caterer deposit: 379876505554887 exp 11/27 cid 4821. name on card Rita
Oyelaran. theyre holding the date til 5 so pls call them asap, 555-0138 ask for Deb

sent from my phone""",
        [("CREDIT_CARD", "379876505554887"), ("CVV", "4821")],
    ),
    (
        """Subject: Intake form for the Jan cohort (please print)

Hi all, here is the paper intake form for people who can't use the online one. Please
print double-sided.

-------------------------------------------------
CLIENT INTAKE - CONFIDENTIAL
Name: ______________________  DOB: ___/___/_____
SSN or ITIN: ___-__-____
Driver's license / State ID #: ______________
Primary diagnosis (if any): ____________________
Current medications: ___________________________
Religious preference (optional): _______________
Have you ever been convicted of a felony?  [ ] Yes  [ ] No
-------------------------------------------------

Completed forms go in the locked cabinet, never in the front tray.

Thanks, Joelle""",
        [],
    ),
    (
        """Subject: Re: Grant disbursement - Berlin partner bank details

Dear Ms. Whitley,

Thank you for the grant agreement. Please find our bank details for the first tranche
(EUR 18,500) below:

Account holder: Kiezküche e.V.
Bank: GLS Gemeinschaftsbank
IBAN: DE83 0813 1245 9688 7831 28
BIC: GENODEM1GLS
Reference: GA-2026-114

We will send the signed interim report by 31 January. Many thanks again for your support.

Kind regards,
Jonas Albrecht
Kiezküche e.V.""",
        [("IBAN_CODE", "DE83 0813 1245 9688 7831 28")],
    ),
    (
        """Subject: Re: Re: gala table - payment

Hi Angela, sorry, my last email cut off. The full card number for the table of ten is 4735 2684
6332 1429, expiry 03/29. Billing address same as on file (48 Alder Lane). Please charge the
full $2,500 and email the receipt to my assistant.

Looking forward to it - Harold and I will bring the Nakamuras.

Best,
Susan Pryor""",
        [("CREDIT_CARD", "4735 2684\n6332 1429")],
    ),
    (
        """Subject: Reminder: what never goes in email

Team,

A reminder from our updated data handling policy (section 4.2), since we've had a couple of
slips this month:

"Staff shall not transmit Social Security numbers, bank or card numbers, passwords, or
client health, immigration, or criminal-record information by email, including internal
email. Use the case management system's secure messaging or the encrypted file share."

If you receive any of that from a client, don't forward it. Move it into the client file and
delete the email, then let me know so we can log it.

Thanks for taking care of our participants' privacy.
Owen Pratt, Compliance""",
        [],
    ),
    (
        """Subject: Re: W-2 correction

Hi Jenna,

The W-2 you sent me for 2025 has the last four of my social wrong. Mine ends in 8335 - you
can check against the I-9 copy in my file. The name and address are fine.

Can you send a corrected one (W-2c) before I file? My appointment with the tax preparer
is Feb 20.

Thanks,
Marcus Bell
Facilities, Eastgate Charter School""",
        [("US_SSN", "8335")],
    ),
    (
        """Subject: W-9 for Hector Ruiz - SSN 640-08-2760

Hi Amy,

Hector filled out the W-9 at the shop today (he's doing the mural on the north wall as a
contractor, $3,200 total). The form is scanned and attached, and I put his number in the
subject so you can find it later when you do the 1099s.

Invoice #1 is for the $1,600 deposit.

Thanks,
Lou
Corner Print & Frame""",
        [("US_SSN", "640-08-2760")],
    ),
    (
        """Subject: Action alert: Senate Bill 412 hearing Tuesday

Friends,

Senator Adrienne Cole, who chairs the Housing Committee, has said publicly she opposes
SB 412 (tenant right to counsel) and will try to hold it in committee. Representative Tom
Ueda, the bill's author, has called the hearing "a make-or-break moment."

Here's how you can help:
1. Call the committee office at 916-555-0134 before 5 pm Monday
2. Submit written testimony through the legislature's portal
3. Join us on the Capitol steps at 8:30 am Tuesday

Tenants Together Coalition""",
        [],
    ),
    (
        """Subject: Session 3 recap + homework

Hi Tanisha,

Great session today. Here's the recap from your reports, like you asked:

Scores: Equifax 598, TransUnion 611 (Experian still frozen - unfreeze before next time)

Items we want to tackle first:
1. Capital One charge-off, $2,310, opened 2019, charged off 05/2023
2. Collection from Portfolio Recovery for an old Sprint bill, $448
3. Two 30-day late payments on the Honda loan (Feb and Mar 2025)

Homework: call Portfolio Recovery and ask for validation in writing, and pull your annual
Experian report once it's unfrozen.

You're doing the work. See you January 8.
Carlos
Financial Coach, Neighborhood Finance Hub""",
        [
            ("CREDIT_SCORE", "598"),
            ("CREDIT_SCORE", "611"),
            ("CREDIT_REPORT", "Capital One charge-off, $2,310, opened 2019, charged off 05/2023"),
            ("CREDIT_REPORT", "Collection from Portfolio Recovery for an old Sprint bill, $448"),
            ("CREDIT_REPORT", "Two 30-day late payments on the Honda loan (Feb and Mar 2025)"),
        ],
    ),
    (
        """Subject: referral - R. Ekwueme

Dr. Lindqvist,

Referring Mr. Richard Ekwueme (DOB 03/14/1961) for diabetes education and podiatry.
Pt w/ T2DM x 8 yrs, A1c 9.2 on 11/18, on metformin 1000 bid + glipizide. Neuropathy
both feet, no ulcers. Pt prefers afternoon appts.

Please fax notes back to 555-0171. Thank you.

Grace Mbeki, FNP
Riverside Community Clinic""",
        [("health", "")],
    ),
    (
        """Subject: Welcome to the team, Aaron!

Hi Aaron,

Good news: your background check came back clear, and your references were glowing. You're
all set to start as a weekend reading buddy on January 10.

Before your first shift:
- Watch the 20-minute child-safety video (link in the volunteer portal)
- Pick up your badge at the front desk (Badge #V-2317)
- Park in the back lot; the front lot is for families

Welcome aboard!
Nicole, Volunteer Coordinator
Literacy Lights""",
        [],
    ),
    (
        """Subject: Re: January volunteer schedule

Hi Kat - one change. Please don't put Dev on Thursday mornings anymore, that's when he goes
to the methadone clinic and he's not comfortable telling the whole crew. Tuesday or Friday
is fine for him. Everything else on the draft looks good.

Thanks,
Rosa""",
        [("health", "")],
    ),
    (
        """Subject: endorsement question - confidential

Helen,

Before Thursday's board meeting you should know that Frank Delacroix called me. He's a
lifelong Republican and strongly opposed to us endorsing the school levy - he said he'd
resign if the board votes to endorse. I think he means it.

Our 501(c)(3) can take a position on a ballot measure within the lobbying limits, but we
should talk through how to handle Frank before the meeting.

Paul
Board Chair, Friends of Millbrook Schools""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Conference lunch order - final numbers

Hi Bella,

Final lunch numbers for the Regional Youth Workers Conference (Dec 11):

Total: 142
Vegetarian: 28
Vegan: 9
Halal: 11 (incl. speakers Abdi Warsame and Leila Haddad)
Kosher-style: 4
Gluten-free: 6

Please label the special meals with names for the two speakers only. Delivery to the Elm
Room by 11:45. Invoice to accounts@ryw-network.org, PO 88213.

Thanks!
Tasha""",
        [],
    ),
    (
        """Subject: Scholarship applicants - finalists export

Committee, here are the five finalists from the form export (full essays in the drive):

ID | Name | School | GPA | Ethnicity | First-gen
1043 | Keisha Brown | Central HS | 3.62 | Black/African American | Y
1057 | Daniel Cho | Central HS | 3.88 | Korean American | N
1071 | Rosa Ixcot | Valley HS | 3.71 | Indigenous (K'iche' Maya) | Y
1089 | Ethan Walsh | North HS | 3.55 | White | N
1102 | Farah Siddiqui | Valley HS | 3.94 | South Asian | Y

Interviews are January 17. Please score before the 12th.""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: FW: timeclock enrollment export - Riverside site

Forwarding from the vendor so IT can check why two people can't clock in.

EmpID, Name, Finger, Template (ISO 19794-2, hex, truncated), Quality
2231, Priya Raman, R-index, F73F289509DDDC3EBFFC5CCD8099EE02CAB83BB43E451F9A..., 41
2240, Luis Ortega, L-index, (re-enrollment required), 0

Vendor says quality under 50 fails matching, so Priya needs to re-enroll too. Can you do
both on Monday?

Dana, Office Manager
Riverside Early Learning Center""",
        [("biometric", "")],
    ),
    (
        """Subject: Office closures this spring

Hi families,

A reminder that the Learning Garden office and all classes will be closed on:

- Monday, Jan 18 (Martin Luther King Jr. Day)
- Monday, Feb 15 (Presidents' Day)
- Wednesday, Mar 10 (Eid al-Fitr)
- Thursday, Apr 22 (first day of Passover)

Make-up sessions for the missed classes will be on the following Saturdays, 10-12.

The Learning Garden""",
        [],
    ),
    (
        """Subject: door access log question

Hi Marco,

The access system flagged an entry at the side door Saturday 11:42 pm. The face match log
says "Carlos Mendez, similarity 0.97, template v3 updated 2026-11-02" but Carlos says he was
out of town. Can you pull his enrolled face template and the capture image and compare? If
the system is matching the wrong person we need to know before the audit.

Thanks,
Yvette, Operations
Eastside Arts Incubator""",
        [("biometric", "")],
    ),
    (
        """Subject: stepping back from the newsletter for a bit

Hi Joan,

I wanted to let you know I need to step back from editing the newsletter until March. I've
been dealing with a bad stretch of depression this fall, and my doctor and I are adjusting
my meds, which has left me pretty foggy. I'd rather hand it off than do it badly.

Rachel said she could do the January issue; I've shared the folder with her.

Thanks for understanding,
Bill Hartley""",
        [("health", "")],
    ),
    (
        """Subject: You're invited: Community Iftar & Interfaith Conversation

Dear neighbors,

The Tri-Valley Interfaith Council invites you to a community iftar, the evening meal that
breaks the daily fast during Ramadan, on Saturday, February 20 at the Islamic Center of
Tri-Valley. Everyone is welcome, whatever your faith or none.

6:15 pm  Welcome and short talks from local faith leaders
6:41 pm  Sunset, call to prayer and breaking of the fast
7:15 pm  Dinner and table conversations

Please RSVP so we can plan food. Parking is free in the lot behind the library.""",
        [],
    ),
    (
        """Subject: Re: Becker-Patel reception - menu tasting

Hi Tom,

So glad you and Raj enjoyed the tasting! To confirm the changes for your wedding reception
on May 15:

- Swap the salmon for the braised short rib (Raj's pick)
- Keep the mushroom risotto for the vegetarian guests
- Add a late-night taco station for 140

The groom-and-groom cake topper you sent the photo of will be fine on the tiered cake; our
baker just needs it by May 13.

Deposit of $3,000 received. Final count due April 25.

Cheers,
Natalie Rhodes
Rhodes Table Catering""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Dante - court date and school plan

Hi Ms. Rivera,

I'm Dante Howell's case manager at Pathways Youth Services. Dante is on probation following
a juvenile adjudication for the October car theft, and his probation officer, Mr. Greene,
asked that we coordinate on his school attendance.

His next review hearing is January 21 at 9 am, and the judge will want a letter on
attendance and grades. Could you send me his attendance since November 1?

Dante has consented to us sharing this information with you (release on file).

Thanks,
Oscar Nunez""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Wednesday Bible study - week 6

Hi all,

This Wednesday we're in Romans 8:28-39, with Psalm 23 as our opening reading. Bring your
questions from last week on suffering and hope; we ran out of time.

Room 104 (the library), 7:00-8:15 pm. Childcare in room 101 for ages 2-10, please sign up
by Tuesday noon.

Coffee is on Ken this week.

Deb
Adult Education, First Presbyterian""",
        [],
    ),
    (
        """Subject: Volunteer background check - G. Holt

Hi Meredith,

The check on Greg Holt came back. No sex-offender registry match, but it shows a 2012
misdemeanor DUI in Washoe County (fine paid, no jail). Under our policy that doesn't bar
him from the food-sort shifts, but he can't drive the van. I'll let him know.

Let me know if you disagree.
Tom, Volunteer Services""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Her name isn't important. Her story is.

Dear friend,

Last winter, a young mother came to our door with two kids and a garbage bag of clothes.
She had just been released after serving 18 months, and the only address she had was a
shelter that didn't take children. We'll call her "J."

Our reentry housing program found J. an apartment in 11 days. Today she's working full
time and her kids are back in school, and she's asked us to share her story without her
name.

This season, 40 more families like J.'s are on our waitlist. A gift of $100 covers a week
of transitional housing.

With hope,
Renata Flores, Executive Director
Open Door Reentry Housing""",
        [],
    ),
    (
        """Subject: SSDI appeal - Rosa Díaz - documents for the hearing

Attorney Khoury,

As requested, here is what we have for Ms. Díaz's reconsideration packet:

Claimant: Rosa Díaz
SSN: 657-75-8449
Date of onset: 03/2024
Primary impairment: relapsing-remitting multiple sclerosis; secondary: major depressive
disorder

Her neurologist's RFC form and the MRI reports (2024, 2025) are uploaded to the shared
folder. She has an interpreter preference for Spanish.

Best regards,
Mónica Salas
Disability Benefits Advocate, Legal Aid of the Foothills""",
        [("US_SSN", "657-75-8449"), ("health", "")],
    ),
    (
        """Subject: Hotline training - role-play scenarios for Saturday

New volunteers,

Please read these before Saturday's session. All scenarios are FICTIONAL; any resemblance
to real callers is coincidental.

Scenario 3: "Alex" (caller, 30s) says he recently learned he is HIV-positive, hasn't told
his partner, and is worried about losing his job. Practice: reflective listening, not
advice.

Scenario 4: "Mrs. T." (caller, 70s) is calling about her husband's dementia and says she's
exhausted. Practice: validating, exploring supports, warm referral.

We'll rotate roles in pairs. Bring a pen.

Corinne, Training Lead
Warmline of the North Coast""",
        [],
    ),
    (
        """Subject: deposit for Sunday's offering

Hi Deacon Moore,

Sunday's counted offering was $4,318.75 (cash $912, checks $3,406.75, 41 checks). I made
the deposit at the Main St branch this morning. For the ledger:

Account: 287438466408 (General Fund)
Routing: 101014830
Deposit slip #: 55109

The building fund envelopes ($640) went to the other account; I'll send that slip tomorrow.

Grace and peace,
Linda Tran, Financial Secretary""",
        [("US_BANK_NUMBER", "287438466408"), ("ABA_ROUTING_NUMBER", "101014830")],
    ),
    (
        """Subject: Invoice 2026-1187 from Cobalt Print Co.

Hi Maria,

Attached is invoice 2026-1187 for the spring gala printing.

  500 invitations, 2-color, 100 lb cover ....... $1,140.00
  500 #10 envelopes, printed ................... $215.00
  Rush fee ..................................... $75.00
  Total due .................................... $1,430.00

Terms: net 30. PO reference: PO-44719. Our federal tax ID is 93-1847720.
Pay by check to Cobalt Print Co., 2210 SE Division St, Portland OR 97202, or by card over
the phone at 503-555-0162.

Thanks for your business!
Sven""",
        [],
    ),
    (
        """Subject: Your Helping Hands volunteer portal account

Welcome, Chidi!

An account was created for you on the Helping Hands volunteer portal so you can sign up for
shifts and log hours.

Username: chidi.nwosu
Temporary password: Tq7!mebr42

You'll be asked to choose a new password the first time you sign in at
volunteer.helpinghands.org. This temporary password expires in 72 hours.

Helping Hands Volunteer Services""",
        [("PASSWORD", "Tq7!mebr42")],
    ),
    (
        """Subject: Your order has shipped - #114-2077415-8840263

Hello Riverbend Elementary PTA,

Good news, your order has shipped.

Items: Classroom Art Supply Bundle (x4), Washable Tempera Paint Set (x6)
Carrier: UPS Ground
Tracking number: 1Z 9F4 W22 03 4418 7729
Estimated delivery: Tuesday, December 9

Shipping to: Riverbend Elementary, Attn: Front Office, 44 School Rd, Elkhorn WI 53121

You can return most items within 30 days.""",
        [],
    ),
    (
        """Subject: Bank details for the reimbursement of the festival

Hello Mrs. Carter,

Thank you very much for your mail. As asked, I send you the bank informations of our
association so you can do the reimbursement of the travel costs for the dancers (EUR 2 140):

Titulaire : Association Danse en Partage
IBAN : FR98 5296 3037 2706 4685 7400 579
BIC : CCOPFRPPXXX

Please tell me when the transfer is done, our treasurer need it for the closing of the
year. It was a real pleasure to come in Minneapolis.

Best regards,
Élodie Marchand""",
        [("IBAN_CODE", "FR98 5296 3037 2706 4685 7400 579")],
    ),
    (
        """Subject: SAM.gov renewal done - numbers for the federal application

Hi Kendall,

Our SAM.gov registration is renewed through December 2027. For the AmeriCorps application,
the numbers you'll need:

UEI: K7MNVQ2XLR58
EIN: 81-4452906
CAGE code: 8T3Q1
Grants.gov AOR: Deborah Finch (Executive Director)

The 424 and the budget narrative are in the shared drive. Submission deadline is January 14
at 5 pm Eastern.

Jasper
Grants Manager, Horizon Service Corps""",
        [],
    ),
    (
        """Subject: double payment of membership

Dear sir/madam,

I see that my membership fee for the Friends of the Rijksmuseum Circle (EUR 60) was taken
two times this month, on 1 and 3 December. Could you please refund one of them to my
account NL69 RABO 9713 0111 69 (name: W. de Vries)?

My member number is 40-88217.

With kind regards,
Willemijn de Vries""",
        [("IBAN_CODE", "NL69 RABO 9713 0111 69")],
    ),
    (
        """Subject: Claim update - water damage, Community Arts Annex

Dear Ms. Park,

This is to confirm that we received the contractor's estimate for the water damage at
1412 Grand Ave. Your claim number is 947-31-0082; please include it on all correspondence.

An adjuster, Philip Norris, will visit on Thursday, December 11, between 10 am and noon.
Please have the maintenance log and photos of the affected rooms available.

Policy: CPP 7718204 (Commercial Package)
Deductible: $2,500

Sincerely,
Midwest Mutual Nonprofit Insurance""",
        [],
    ),
    (
        """Subject: Rental van drivers for the tour

Hi Kelsey,

For the van hire in Toronto the company wants licence numbers for both drivers:

- Aidan Murphy, Ontario licence M2841-39076-51208
- Funmi Adeyemi, UK (DVLA) licence ADEYE751128FA9KL, with her IDP

Funmi's licence is the photocard type, she'll bring the paper counterpart too just in case.
Both are over 25 so no young driver surcharge.

Cheers,
Ross
Tour Manager, Northern Lights Youth Orchestra""",
        [
            ("US_DRIVER_LICENSE", "M2841-39076-51208"),
            ("US_DRIVER_LICENSE", "ADEYE751128FA9KL"),
        ],
    ),
    (
        """Subject: Your password was changed

Hi Theresa,

The password for your DonorLoop account (t.nguyen@eastlakeyouth.org) was changed on
December 5, 2026 at 9:14 PM Pacific from a Chrome browser on macOS.

If you made this change, no action is needed.

If you didn't, reset your password right away from the sign-in page and contact your
organization's administrator. We will never ask for your password or a sign-in code by
email or phone.

DonorLoop Security""",
        [],
    ),
    (
        """Subject: Visa invitation letter request - conference

Good day Sir,

I am writing to kindly request an invitation letter for the Community Health Workers Summit
in Atlanta from 14-17 April 2027, for the purpose of my US visa interview at the embassy in
Abuja.

My details are as follows:
Full name: Ngozi Chiamaka Eze
Nigerian passport No: A07215348
Organisation: Hope Rising Foundation, Enugu

Kindly do the needful at your earliest convenience, as my appointment is on 20 January.

Thank you and God bless.
Ngozi Eze""",
        [("US_PASSPORT", "A07215348")],
    ),
    (
        """Subject: 5-minute security tip: passwords

Hi team,

Three quick things from this month's security training:

1. Attackers try the obvious first. Passwords like Summer2026!, Welcome1 or your org name
   plus the year are cracked in seconds. Don't use them anywhere.
2. Use the password manager for everything; it will generate long random ones for you.
3. Turn on two-step sign-in for email and the donor database. We'll enforce it on Jan 15.

Nobody from IT will ever ask for your password. If someone does, forward the message to
it-help@ourhouse.org.

Mateus, IT""",
        [],
    ),
    (
        """Subject: corporate cards - updated list for the auditor

Rachel,

Per the auditor's request, here is the current list of organization cards. I've only listed
the full number for the one being cancelled, as she needs to confirm it against the closure
letter:

Cardholder        Card                        Status
E. Navarro        Visa ...7754                active
T. Liu            Visa ...3390                active
Facilities        Discover 6011914322429933   cancelled 11/30

Limits and statements are in the audit folder.
Kim""",
        [
            ("CREDIT_CARD_LAST_DIGITS", "7754"),
            ("CREDIT_CARD_LAST_DIGITS", "3390"),
            ("CREDIT_CARD", "6011914322429933"),
        ],
    ),
    (
        """Subject: Spring book list - 9th grade English

Families,

Students will need their own copies of these for the spring semester. Used is fine.

- To Kill a Mockingbird, ISBN 978-0-06-093546-7
- The House on Mango Street, ISBN 978-0-679-73477-2
- Of Mice and Men, ISBN 978-0-14-017739-8

If cost is a barrier, email me with your student's ID number (it starts with S) and we will
loan a copy from the library, no questions asked.

Ms. Grayson
English Dept, Northgate High School""",
        [],
    ),
    (
        """Subject: Sam's seizure at practice today

Hi Mr. and Mrs. Oduya,

I wanted to write down what happened so you have it for Sam's neurologist. At about 4:40,
during the cool-down lap, Sam had what looked like a tonic-clonic seizure lasting about two
minutes. Coach Leah timed it and put him on his side; we called 911 as our plan says. EMS
checked him and he left with you at 5:15.

Please let us know when he's cleared to practice again, and whether we should update his
seizure action plan.

Coach Brian Mills
Tri-County Swim Club""",
        [("health", "")],
    ),
    (
        """Subject: Re: camp health form - Milo

Hi Nurse Jackie,

Sorry, I left that part blank by mistake. Milo has no known allergies, takes no medications
and has no medical conditions we're aware of. His pediatrician is Dr. Huang at Lakeview
Pediatrics if you need anything else. Immunization record is attached.

Thanks,
Andrea Voss""",
        [],
    ),
    (
        """Subject: Lena - field trip Friday

Hi Ms. Ortiz,

Lena is excited for the aquarium trip! Just so you know, if her asthma flares up (cold air
sets it off), her albuterol inhaler is in the front pocket of her backpack. She knows how to
use it but sometimes needs a reminder to sit down first.

I've signed the permission slip and sent $12 for lunch.

Thanks!
Priya Kapoor (Lena's mom)""",
        [("health", "")],
    ),
    (
        """Subject: Out of office: Re: volunteer hours report

Thank you for your email. I'm out of the office through Monday, December 8, with limited
access to email. For urgent volunteer matters please contact Jamal Pierce at 555-0119 or
volunteers@harborhouse.org. For press, contact comms@harborhouse.org.

Kind regards,
Siobhan Kelly
Volunteer Manager, Harbor House""",
        [],
    ),
    (
        """Subject: board recruitment - some thoughts

Janet,

After Tuesday I keep thinking about what Maribel said. As the only Latina on the board, she
feels she gets asked to speak for "the community" on every Spanish-language item, and she's
tired. I think we need to recruit two or three more people from Westside neighborhoods
before the spring, not just add a token seat.

Can we put this on the governance committee agenda?

Ruth""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Appointment reminder - Wednesday, December 10

Hello Marisol,

This is a reminder of your appointment with Dr. Amir Okafor at Maplewood Family Medicine on
Wednesday, December 10 at 9:40 AM.

Please arrive 15 minutes early and bring your insurance card and a list of anything you
would like to discuss. To cancel or reschedule, reply C or call 555-0148 at least 24 hours
in advance.

Our new parking garage entrance is on 3rd Street.

Maplewood Family Medicine""",
        [],
    ),
    (
        """Subject: absent english class

Dear teacher Susan,

I am sorry I cannot come to class on Tuesday and Thursday this week. My mother is in the
hospital for heart operation (bypass) and I must stay with her and translate for the
doctors. I will do the homework pages 54-56 and bring next week.

Thank you for understanding.
Best regards,
Thi Lan Pham""",
        [("health", "")],
    ),
    (
        """Subject: U12 Girls roster + jersey numbers

Coaches,

Final roster for the Winter Futsal League (U12 girls, Team Blue):

#4  Ava Lindgren (2015)
#7  Mia Castillo (2014)
#9  Harper Osei (2015)
#11 Chloe Brandt (2014)
#14 Nora Fitzgerald (2015)
#22 Sofia Ramirez (2014)

Emergency contacts are in the TeamSnap app. Games are Sundays at the Y, first match Jan 10,
1:00 pm. Registration fees are all paid except one (I'll follow up privately).

Deshawn, League Registrar""",
        [],
    ),
    (
        """Subject: re: overtime rotation

Mike,

I'm a Teamsters Local 853 member and I've been on the overtime list since June, but the
last three Saturday routes went to newer drivers. I'd like to talk about it before I file
anything. I'm free after my shift Wednesday.

Ray Castillo
Driver, Bay Area Food Rescue""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Free A1c screenings continue through December

Dear members,

One in ten adults in our county lives with diabetes, and many don't know it. Diabetes
Awareness Month is over, but our mobile health van keeps offering free A1c and blood
pressure screenings through December:

- Saturdays 9-1 at the Eastside Mercado
- Tuesdays 3-6 at Lincoln Recreation Center

No insurance needed. Results are shared only with you. Spanish and Vietnamese interpreters
are on site.

La Familia Health Collaborative""",
        [],
    ),
    (
        """Subject: Noah's bar mitzvah - March 6 details

Dear Rachel and David,

Mazel tov again! I'm so glad we finalized the date for Noah's bar mitzvah on Shabbat,
March 6. A few things to get started:

- Noah will begin weekly tutoring with Cantor Levin on Tuesdays at 4:30 from January 5
- His Torah portion is Ki Tisa; the tutor will send recordings
- Please submit the family's aliyah honors list by February 1
- Kiddush sponsorship forms are attached

Looking forward to celebrating with you.

Rabbi Miriam Gold
Temple Beth Shalom""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Call for artists: Black History Month mural project

Dear artists,

The Eastside Arts Council invites proposals for a 40-foot mural celebrating Black history in
the Hawthorne neighborhood, to be painted in February. Artists of all backgrounds may apply;
we especially welcome proposals developed with long-time residents and local elders.

Stipend: $8,000 plus materials
Deadline: January 9, 11:59 pm
Submit: sketch, 300-word statement, 5 images of past work

Questions? Join the info session on December 16 at 6 pm (Zoom link on our site).""",
        [],
    ),
    (
        """Subject: schedule request

Hi Colleen,

Could I shift my Friday hours to 7:30-12:00 and 2:00-5:30? As a practicing Muslim I attend
Jumu'ah prayer at the mosque on Fridays at 1:00, and the current noon-1:30 lunch doesn't
leave enough time to get there and back.

I can make up the extra half hour on Mondays. Happy to talk about it.

Thanks,
Yusuf Rahimi
Intake Specialist""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Board meeting Thursday - Zoom details and packet

Board members,

Thursday's meeting is hybrid: in person in the community room, or on Zoom.

Join: https://zoom.us/j/81244709931
Meeting ID: 812 4470 9931
Passcode: 591402

Packet (attached): minutes of Nov 13, Q3 financials, draft 2027 budget, ED evaluation
timeline. Please read the budget memo before the meeting; we'll vote on it.

Dial-in: +1 646 555 0128, same ID and passcode.

Lorena Vidal, Board Secretary""",
        [],
    ),
    (
        """Subject: Prayer chain - Linda Boateng

Dear prayer team,

One of our members called the office this morning about her neighbor, Linda Boateng. Linda
starts dialysis on Tuesday after her kidney function dropped further this month, and she's
nervous about the first sessions. Please keep Linda and her daughter Efua, who is driving
her three times a week, in your prayers.

If you'd like to bring a meal, Efua has set up a sign-up sheet; the link is in the bulletin.

In Christ,
Pastor Tom Reilly
Good Shepherd Lutheran Church""",
        [("health", "")],
    ),
    (
        """Subject: Your ACH gift is scheduled

Hi Gloria,

Thanks for setting up your monthly gift to Rivers Edge Land Trust by bank transfer.

Amount: $50.00 monthly, on the 15th
From: checking account ending in 0423 (Summit Bank)
First debit: December 15, 2026

It can take 3-5 business days for each transfer to clear. You can change or cancel any
time from the link in your donor portal.

Rivers Edge Land Trust
EIN 46-3381927""",
        [],
    ),
    (
        """Subject: Re: wire approval

ok the bank just texted the code, its 681273 - says it expires in 5 min so go go go.
then approve the $12,400 to Mendez Roofing and we're done for the year lol

- C""",
        [("ACCESS_CODE", "681273")],
    ),
    (
        """Subject: Your tickets: Harvey Milk Awards Gala - Feb 27

Hi Stephen,

Thanks for your purchase! Here are your tickets.

Event: 12th Annual Harvey Milk Awards Gala, benefiting the Bay Area LGBTQ+ Legal Fund
Date: Saturday, February 27, 2027, 6:00 PM
Venue: The Fairmont, Grand Ballroom
Tickets: 2 x General Admission ($175 each)
Order #: HMG-20771-K4

Present the QR code in the attached PDF at check-in. Black tie optional.

Questions? Reply to this email.
Tixwell, for Bay Area LGBTQ+ Legal Fund""",
        [],
    ),
    (
        """Subject: handoff - SMS reminders and email service creds

Hi Farida,

As I wrap up my contract, here are the credentials for the appointment-reminder system so
you can move them into your password manager. Please rotate both after you take over.

Twilio
  Account SID: AC23e238e3b1c77fc4c011f1bd38f1f349
  Auth token: 20fbd01f40072e3cf347862554017cdf
  From number: +1 (414) 555-0193

SendGrid
  API key: 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
  Sender: reminders@mkesmilesdental.com

The cron job runs at 7 am daily on the office server. Docs are in the README in the repo.

Best,
Neil Park""",
        [
            ("API_KEY", "20fbd01f40072e3cf347862554017cdf"),
            ("API_KEY", "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"),
        ],
    ),
    (
        """Subject: Thank you for donating your vehicle

Dear Mr. Lindholm,

Thank you for donating your 2011 Toyota Corolla to Wheels for Wellness. Our towing partner
picked it up on December 3.

Vehicle: 2011 Toyota Corolla LE, silver
VIN: 2T1BU4EE7BC613928
Odometer: 187,442
Pickup receipt #: WW-58817

We'll mail IRS Form 1098-C within 30 days of the sale. For that form we need your taxpayer
ID, so please call our office at 555-0165 rather than replying with it by email.

With gratitude,
Wheels for Wellness""",
        [],
    ),
    (
        """Subject: Letter of explanation - application for 2BR at Linden Court

To the Linden Court leasing committee,

I want to be upfront about my background check before you see it. In 2014, when I was 22,
I was convicted of possession with intent to distribute and served four years at Jessup.
I was released in 2018 and completed probation in 2021 without a violation.

Since then I have worked at the same commercial laundry for five years (now shift lead),
I finished my associate's degree at BCCC, and I have rented my current apartment for three
years with no late payments. My landlord's reference is attached.

I am asking you to consider who I am now. Thank you for your time.

Sincerely,
Andre Mitchell""",
        [("criminal_history", "")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_17, "hard17", Path(__file__).with_name("hard-17.jsonl")))
