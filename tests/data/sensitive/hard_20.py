"""Hard set 20 (2026-12-06): everyday outbound mail of nonprofits and small businesses.

Written by an independent helper session. The author read only the privacy policy
(/work/shared/policy/privacy-policy.txt, above all Section 9), the checker and record format
(tests/data/sensitive/independent_sets.py), the special-category names
(scanner/categories.py) and the ruff line-length setting in pyproject.toml. The detector
(scanner/, rules/), its docs, the other sets and eval reports were never read, and the
detector was never run on these texts.

Values: every identifier was generated for this set by a throwaway script outside the
repository (seeded random digits): card numbers completed with a Luhn check digit, ABA
routing numbers with a valid prefix and the 3-7-1 checksum, IBANs with mod-97 check digits
computed for their country, SSNs obeying SSA rules (area not 000, 666 or 9xx, group and
serial non-zero), ITINs of the form 9XX with a valid group, and random bank account numbers,
passport, licence and ID numbers in plausible formats; secrets (API keys, tokens, hashes)
are random base62 or hex. No published test number and no trivial sequence is used.

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
Added for this set:
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

Emphasis: a week of ordinary outbound mail rather than a hunt for hard cases. Senders are
food banks, church offices, a mosque, mentoring, reentry, housing-counseling, hospice, HIV,
recovery, immigration-legal, foster-care, homeless-shelter, senior-services and free-tax-
prep programs, unions and campaigns, schools, a PTA, a college disability office, clinics, a
pharmacy, a doula, a therapist, an endodontist, a land trust, a library, a theatre, an arts
center and a genealogy society, and small businesses (bakery, bed and breakfast, plumber,
landscaper, tree crew, bookstore, weaving studio, accountant, tax preparer, photographer,
climbing gym, coffee shop, property manager, daycare, packaging supplier). Shapes are one-
to-one notes and replies (some from non-native writers, one quoting a client), newsletters,
receipts, transactional notices (codes, shipping, reminders), web-form and CSV exports, a
pay statement, a table export, minutes, a blank form, policy text and a job posting. 57
texts carry sensitive data, mostly in plain, unhidden form (an SSN confirmed for a
background check, a card taken by phone, a client's condition in a case note, a union dues
line); the 43 decoys are ordinary mail, many on topics next to the categories (aggregate
health statistics, an open union meeting, a clean background check, a pet's vaccines, a
civil eviction hearing, civil immigration detention, a door code, a masked bank account, a
fiction-marked training scenario).
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_20: list[Case] = [
    (
        """Subject: Re: background check form - missing info

Hi Terrence,

Thanks for sending the mentor application back so quickly. The screening vendor kicked it
back this morning because two fields didn't come through on the PDF (the boxes were blank on
our end, probably a fillable-form glitch). I've typed in what you read to me over the phone,
can you confirm both are right before I resubmit?

SSN: 527-85-9502
Texas driver license: 31842907

Once it's in, the check usually takes three to five business days. After that I'll set up
your match interview with Mr. Okafor and the family. You'll also need to finish the online
child-safety training module before the interview; the link is in the welcome packet.

Thanks again for giving your Saturdays to this, it means a lot to the kids on our waitlist.

Alicia Moreno
Match Support Specialist
Coastal Bend Youth Mentors
(361) 555-0127""",
        [("US_SSN", "527-85-9502"), ("US_DRIVER_LICENSE", "31842907")],
    ),
    (
        """Subject: December Pantry Notes: record turnout and a new Saturday shift

Dear friends,

November was our busiest month since 2020. Volunteers packed 4,812 boxes and the mobile
pantry made 31 stops across Harlan and Letcher counties. Thank you, all of you.

A few numbers from the regional hunger study we took part in this fall: one in five
households we serve includes someone managing diabetes or high blood pressure, and more
than half of the seniors surveyed said they sometimes skip meals to afford medication.
That is why, starting in January, every pantry site will offer a produce-forward box with
lower-sodium canned goods. Anyone can choose it. You don't need a note from a doctor and
you don't have to tell us anything.

New Saturday shift: the warehouse will be open 8 to 11 a.m. on Saturdays for groups of up
to twelve. Church youth groups, scout troops and office teams have already claimed most of
January, so sign up early on the volunteer page.

Turkey drive: thanks to the Harlan Rotary, the Letcher County Farm Bureau and 212
individual donors, we handed out 1,640 turkeys and 900 ham vouchers the week before
Thanksgiving. The line at the Cumberland site stretched past the fire station, and the
volunteer fire department kept everybody in coffee all morning. We will do it again for
Christmas on December 19, with hams this time.

New truck: the refrigerated box truck we've been raising money for since March arrived on
November 20. It doubles the fresh produce and dairy we can carry to the mobile pantry stops,
and it means no more borrowed coolers in the back of Dewey's pickup. Dewey is relieved.

Ways to help this month:
- Give a monthly gift; $15 a month provides about 45 meals.
- Host a food drive at your office or church. We'll drop off boxes and pick them up.
- Follow us on Facebook for last-minute calls when a grocery donation needs unloading.

Holiday hours: all sites closed December 24-25 and January 1.

With gratitude,
Renee Caudill
Executive Director, Mountain Table Food Bank""",
        [],
    ),
    (
        """Subject: phone gift - please process today

Hey Raj,

Mrs. Doris Albrecht called the main line while you were at lunch. She's giving $500 to the
spring appeal in memory of her husband Walter and wanted it on her Amex:

3473 583037 69685  exp 08/28  CID 7201

Billing address is the one we have on file (Shorewood, 53211). She'd like the
acknowledgment letter to go to her, not to the kids, and she asked for no thank-you call
from the board this year, so please note "mail only" in Raiser's Edge.

Please run it today and then delete this email. I know, I know, we talked about this at
staff meeting. She would not do the online form.

Kelsey""",
        [("CREDIT_CARD", "3473 583037 69685"), ("CVV", "7201")],
    ),
    (
        """Subject: Prayer Chain update - Thursday

Good morning,

Please keep these requests before you this week:

- Margaret Ellis begins chemotherapy on Tuesday for her breast cancer. She asks for
  strength and that the nausea stays away. Cards can go to her home on Birch Lane.
- The Hendricks family as they move to Knoxville after 22 years with us.
- Our mission team traveling to Guatemala in February.
- Praise report: the youth group raised $1,900 at the chili supper!

If you have a request, reply to this email or call the church office at 423-555-0178.
Requests stay on the chain for two weeks unless you tell us otherwise.

Thank you,
Barbara Nolan
Prayer Chain Coordinator, First Baptist Church of Greeneville""",
        [("health", "")],
    ),
    (
        """Subject: Fellowship Hall rental confirmed - Saturday, January 16

Hi Keisha,

This confirms your rental of the Fellowship Hall at Westminster Presbyterian for your
mother's 70th birthday party on Saturday, January 16, 1:00-5:00 p.m. (setup from noon).

Rental fee: $175, paid by check #2043 on December 3.
Refundable deposit: $100, returned within two weeks if the hall is left as found.

A few house rules: no alcohol on the property, no open flames other than birthday candles,
and please bag trash and take it to the dumpster behind the kitchen. Tables and 60 chairs
are in the north closet. The kitchen has a commercial fridge you're welcome to use, but the
stove is off-limits unless one of our trained kitchen volunteers is there.

The side door on Elm Street will be unlocked at noon by our sexton, Ray. His cell is
919-555-0144 if anything goes wrong.

Happy birthday to your mom!

Linda Ferrell
Building Administrator""",
        [],
    ),
    (
        """Subject: Direct deposit set up for the Jan 15 payroll

Hi Mei,

Welcome aboard! I entered your direct deposit in Gusto from the voided check you dropped off
on Friday:

Routing: 042195737
Account: 315495601521 (checking)

Because the bank has to verify the account first, your first paycheck on January 15 will
still be a paper check; I'll leave it in your mailbox in the office. Everything after that
goes straight to the account.

If you'd rather split your pay between two accounts, you can add a second one yourself once
you log in to Gusto, just let me know so I'm not surprised.

Best,
Carol Whitfield
Office Manager, Riverside Arts Collective""",
        [("ABA_ROUTING_NUMBER", "042195737"), ("US_BANK_NUMBER", "315495601521")],
    ),
    (
        """Subject: Biscuit is due for his annual vaccines

Hi Jordan,

Our records show that Biscuit is due for his rabies booster and DHPP vaccine this month.
He's also due for his yearly heartworm test, which we can do at the same visit with a quick
blood draw.

Book online at pawsandwhiskersvet.com/book or call us at 555-0199. Saturday morning
appointments fill quickly in December, so book soon if that's what works for you.

Reminder: please bring Biscuit on a leash or in a carrier, and if he gets anxious in the car,
ask us about a pre-visit calming plan.

See you soon!
The team at Paws & Whiskers Veterinary Clinic""",
        [],
    ),
    (
        """Subject: Tu cita de impuestos / your tax appointment - Feb 6

Hola Sra. Paredes,

Thank you for coming to the VITA clinic at the Eastside library. We are almost ready to file
your 2026 return. Two things:

1. Your ITIN 917-65-2745 was renewed by the IRS in October, so we can use it. Good news.
2. For your son Mateo we have the SSN 806-20-6959 from the copy of his card. Please bring
   the original card on Saturday so our quality reviewer can see it. It's a rule for the
   Child Tax Credit, not because something is wrong.

Please also bring the 1099-NEC from the cleaning company and the receipts for supplies you
bought (mops, products, gas for the car if you have them).

Your appointment: Saturday, February 6, 10:30 a.m., room B. If you need to change it, call
or text 555-0163 and leave a message, Spanish is fine.

Gracias,
Tomás Reyes, volunteer preparer
United Way Free Tax Prep""",
        [("US_ITIN", "917-65-2745"), ("US_SSN", "806-20-6959")],
    ),
    (
        """Subject: Welcome to the January cohort, Darnell

Darnell,

It was good to meet you at orientation on Tuesday. I wanted to put the plan we talked about
in writing so you have it.

The forklift certification class runs Mondays and Wednesdays, 9 to 3, starting January 11
at our Dayton training center. I already spoke with your parole officer, Ms. Grant, and she
approved the schedule, so your check-ins can stay on Friday afternoons.

Since you came home from Lebanon Correctional in August you've done a lot of the hard work
already: you have your ID, a bus pass, and a room at your aunt's. Our part is the next step,
getting the certificate and getting you in front of the three warehouses that hire from
this program.

Things to bring the first day: steel-toe boots (we have a voucher if you need one), lunch,
and the signed participation agreement.

Call or text me any time at 937-555-0108.

Andre Coleman
Employment Coach, Second Shift Reentry Partners""",
        [("criminal_history", "")],
    ),
    (
        """Subject: 48 hours left before the deadline

Hi friend,

I'll be quick. Our end-of-year deadline is Thursday at midnight, and we're still $11,400
short of the goal that keeps our field offices open through the spring.

Every dollar goes to organizers knocking doors in neighborhoods the other side has written
off. If you can, chip in $5, $25 or whatever works for you today.

>> Give now at ruizforcouncil.org/give

Thank you for everything,
Ana

Paid for by Committee to Elect Ana Ruiz. Contributions are not tax deductible.
You are receiving this email because you signed up at ruizforcouncil.org.
Unsubscribe | Update preferences""",
        [],
    ),
    (
        """Subject: Welcome to Local 2214, Jennifer!

Dear Sister Jennifer Alvarez,

On behalf of the Executive Board, welcome to UFCW Local 2214. Your membership became
effective on November 1, and your membership card and a copy of our contract with Valley
Fresh Markets are in the mail to your home.

A few things every new member should know:

- Dues are 1.6% of base pay and are deducted from each paycheck, starting with the pay
  period that ends December 12.
- Your steward at the Main Street store is Hector Ruiz. Go to him first with any question
  about scheduling, discipline or pay.
- General membership meetings are the second Wednesday of each month at 6:30 p.m. at the
  union hall, 880 Industrial Parkway. Dinner is served.

We're stronger together, and we're glad you're with us.

In solidarity,
Patricia Okonkwo
Secretary-Treasurer, UFCW Local 2214""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Appointment reminder - Tuesday, December 15 at 9:40 AM

Hello Marcus,

This is a reminder of your appointment at Bright Smile Family Dentistry:

Tuesday, December 15 at 9:40 AM with Dr. Anita Rao
4120 Oak Hollow Drive, Suite 2

Please arrive 10 minutes early to update your paperwork, and bring your insurance card if it
has changed this year. If you need to reschedule, please give us at least 24 hours' notice
by calling 555-0134 or replying to this email.

Reply C to confirm.

Bright Smile Family Dentistry""",
        [],
    ),
    (
        """Subject: you knocked 140 doors!!

Gabe,

I was going through the walk lists from Saturday and you personally knocked 140 doors for
Nguyen for State House. That's the most of anyone on the north side team, by a lot. And your
notes were actually readable, which is rarer than you'd think.

Two asks: could you lead a canvass from the Lakeview staging location this Saturday? You'd
just need to get there at 9:30, hand out turf and scripts, and do the check-in calls.
And if your sister still wants to help, bring her!

Also, Linh wants to say thank you in person. She'll be at the Lakeview staging location
around 11.

Thanks for everything,
Maya
Field Organizer, Nguyen for State House""",
        [("political_opinion", "")],
    ),
    (
        """Subject: Open town hall on staffing ratios - all St. Vincent nurses welcome

St. Vincent nurses,

Our bargaining team has been at the table with management for six weeks, and we want every
nurse in the building to hear where things stand before the next session.

What: Open town hall on staffing ratios, mandatory overtime and the new float policy
When: Thursday, December 10, two sessions, 7:30 a.m. and 7:30 p.m.
Where: Union hall, 402 Grand Avenue (across from the parking garage)

Whether or not you've joined yet, you're welcome. Bring your questions and your stories
about short-staffed shifts. Breakfast and dinner will be provided, and there will be a
Tagalog interpreter at both sessions.

If you can't make it, the slides will be posted on the bulletin board in the break room.

Nurses United of Western Pennsylvania""",
        [],
    ),
    (
        """Subject: Your credit review from Monday

Hi Tanya,

Thank you for meeting with me on Monday. Here's a summary of what we found when we pulled
your tri-merge report, so you have it in writing.

Scores: TransUnion 604, Equifax 611, Experian 598

Items hurting your scores:
- Collection account, Midland Credit Management (original creditor Verizon Wireless), $412
- 60-day late payment on your Santander auto loan, October 2025

The good news: your credit card balances are low and everything else is on time. For the
home buyer program you need a middle score of 620, and I think we can get there in four to
six months.

Next steps we agreed on:
1. Call Midland and ask for a pay-for-delete letter before paying anything.
2. Set up autopay on the auto loan so it never slips again.
3. Keep the two cards under 10% of their limits.

I'll see you at the homebuyer class on January 12, and we'll pull the report again in April.

Warmly,
Gloria Banks, HUD-certified Housing Counselor
Neighborhood Housing Services of Toledo""",
        [
            ("CREDIT_SCORE", "604"),
            ("CREDIT_SCORE", "611"),
            ("CREDIT_SCORE", "598"),
            (
                "CREDIT_REPORT",
                "Collection account, Midland Credit Management (original creditor Verizon "
                "Wireless), $412",
            ),
            ("CREDIT_REPORT", "60-day late payment on your Santander auto loan, October 2025"),
        ],
    ),
    (
        """Subject: Your order has shipped

Hi Robert,

Good news, your order #RX-448120 from Lakeside Pharmacy has shipped and is on its way.

Carrier: USPS Priority Mail
Expected delivery: Wednesday, December 9
Package: 1 item, signature not required

Your package is in plain, unmarked packaging. If it hasn't arrived by Friday, reply to this
email or call our pharmacy team at 555-0186, Monday to Saturday, 8 a.m. to 7 p.m.

Want refill reminders by text instead of email? Update your preferences in the Lakeside app.

Thank you for choosing Lakeside Pharmacy.""",
        [],
    ),
    (
        """Subject: Your GiveHub verification code

Hi Patricia,

Use this code to finish signing in to your GiveHub donor account:

381947

The code expires in 10 minutes and can only be used once. If you didn't try to sign in, you
can ignore this email; no one can get into your account without this code.

GiveHub, 1200 Market Street, Suite 400, Philadelphia, PA""",
        [("ACCESS_CODE", "381947")],
    ),
    (
        """Subject: Reset your Harbor Theatre account password

Hi Eleanor,

We received a request to reset the password for your Harbor Theatre subscriber account.

To choose a new password, click the link below. The link works for 60 minutes.

https://tickets.harbortheatre.org/account/reset?t=Zq81LmN4

If you didn't ask for this, you can ignore this email and your password will stay the same.

Looking forward to seeing you at A Christmas Carol!

Harbor Theatre Box Office""",
        [],
    ),
    (
        """Subject: PayPal login for the treasurer handoff

Hi Danielle,

Congrats again (condolences?) on becoming PTO treasurer. As promised, here's what you need
to get into the PayPal account we use for the fun run registrations and the spirit wear
store:

Login email: treasurer@oakridgepto.org
Password: Lighthouse#2291!

Please change the password as soon as you're in and turn on two-step verification with your
own phone, right now it still texts my number. The bank login for the checking account is a
separate thing, Mr. Castillo will add you at the branch on Thursday since that one needs two
signers.

The binder with receipts from last year is in the PTO closet, top shelf.

Thanks!
Jen Holloway""",
        [("PASSWORD", "Lighthouse#2291!")],
    ),
    (
        """Subject: Check-in details for your retreat at Cedar Hollow

Hello Ms. Williams,

We're looking forward to hosting your quilting guild's winter retreat from Friday, January 8
through Sunday, January 10. Here is everything you need to get in.

Gate: the main gate on Hollow Road opens with code 2580#.
Lodge key: in the lockbox by the front door, code 7734. Please return it to the box when you
leave on Sunday.
Wi-Fi: network CedarHollowGuest, password firefly-meadow (for all of your guests).

Check-in is any time after 3 p.m. on Friday; checkout is by noon Sunday. The dining hall
kitchen is stocked with coffee, tea and paper goods. Firewood is under the deck.

Our caretaker, Dale, lives on site in the white house by the barn, phone 540-555-0112.

Cedar Hollow Retreat Center""",
        [],
    ),
    (
        """Subject: Stripe keys for the new donation form

Hi Vikram,

Here are the live Stripe keys for the Friends of the Library checkout you're building.
The publishable key goes in the front-end config, the secret key only on the server:

Publishable: pk_live_fN3av7zwehk57gJ6vvpSvmXb
Secret: sk_live_LU23STOguSMZ8cOS9liO0Ipxj8O04MFw

Please don't commit the secret to the repo, put it in the hosting environment variables
like we did for the newsletter signup. Once the form is live I'll rotate the key and send
you the new one through the password manager instead of email (I know, I should have done
that this time too).

Target launch is before Giving Tuesday next year, so no rush, but I'd love a test page by
mid-January.

Thanks,
Beth Sandoval
Board Treasurer, Friends of the Millbrook Public Library""",
        [("API_KEY", "sk_live_LU23STOguSMZ8cOS9liO0Ipxj8O04MFw")],
    ),
    (
        """Subject: 12 Days of Cookies starts Monday!

Hi friends of the bakery,

Our favorite time of year is here. From Monday, December 7 through Friday, December 18,
we're featuring a different holiday cookie every day: gingerbread, pfeffernüsse, Mexican
wedding cookies, rugelach, pizzelle and more.

Use code COOKIE12 at checkout on our website for 12% off any dozen, or show this email at
the counter.

Holiday orders: cookie trays and bûche de Noël must be ordered by December 19 for pickup on
the 23rd or 24th. We close at 2 p.m. on Christmas Eve and reopen December 28.

Thank you for a wonderful year!
Rosa & the crew at Sweet Crumb Bakery""",
        [],
    ),
    (
        """Subject: Your wedding gallery is ready!

Dana and Priya,

Your gallery is live! Everything from the getting-ready shots at the Inn to the last dance is
here:

https://gallery.lucyhartphoto.com/dana-priya

I still get chills looking at the moment Priya saw you at the end of the aisle, Dana. And
your moms crying into the same tissue during the vows, I'm making that one a print for them.

A few practical things:
- You can download full-resolution files for the next 12 months.
- The album designer opens in January; I'll send you a link to pick your 60 favorites.
- Print orders placed through the gallery ship in about 10 days.

Congratulations again to the two of you. It was an honor to photograph your wedding.

Lucy Hart Photography""",
        [("sexual_orientation", "")],
    ),
    (
        """Subject: Your carrier screening results

Dear Ms. Kowalski,

Your expanded carrier screening results from Helix Genomics are back, and I
wanted to let you know before our call so nothing comes as a surprise.

The test found that you are a carrier of one pathogenic variant in the GJB2 gene, which is
associated with a form of inherited hearing loss. Being a carrier does not affect your own
health. No other variants were found among the 274 genes on the panel.

At our telephone appointment on Wednesday, December 16 at 2 p.m., we will go over what this
means and discuss whether screening your partner makes sense for your family planning.
A copy of the full report is in your patient portal.

Please call me if you have questions before then.

Sincerely,
Hannah Lindqvist, MS, CGC
Genetic Counselor, Lakeshore Women's Health""",
        [("genetic", "")],
    ),
    (
        """Subject: Invoice #1188 - water heater replacement, 62 Orchard St

Hi Mr. Brennan,

Thanks for having us out on Tuesday. Invoice below; the PDF is attached too.

Invoice #1188          Date: 12/08/2026
Customer: Tom Brennan, 62 Orchard St, Bristol

Remove and haul away 40-gal gas water heater ............. $150.00
Bradford White 50-gal gas water heater .................. $1,389.00
Expansion tank, valves, flex lines, venting ............... $212.40
Labor, 5.5 hrs @ $95 ....................................... $522.50
Town plumbing permit ........................................ $65.00
TOTAL ........................................................ $2,338.90

Payment due in 30 days. We take check, card over the phone, or Zelle to
billing@oconnorplumbing.com. The water heater has a 6-year tank warranty; I'll register it
for you this week.

O'Connor Plumbing & Heating LLC, EIN 47-3819265
Kevin O'Connor""",
        [],
    ),
    (
        """Subject: Re: DNA SIG meeting - my results finally came in

Hi all,

Following up on last month's DNA special interest group meeting, my AncestryDNA results came
in on Friday, and they explain a few things about the McAllister brick wall!

My estimate came back 61% Scottish, 22% Irish, 9% Nigeria and 8% Sierra Leone. The West
African part is coming through my father's mother, Lettie, which lines up with the family
story that her grandfather was born in Edgefield County, South Carolina, and not in Ohio the
way the 1880 census says.

I also have two new third-cousin matches with trees going back to Edgefield, and I've
written to both. If anyone has experience with pre-1870 records from that county, I would
love to borrow your brain at the January meeting.

See you on the 14th,
Loretta Hayes
Western Reserve Genealogical Society""",
        [("genetic", ""), ("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Reminder: your court date is Wednesday, December 16

Hello Ms. Johnson,

This is Kayla from the Tenant Defense Project at Legal Aid of the Piedmont. Your eviction
hearing is this Wednesday:

Date: Wednesday, December 16, 9:00 a.m.
Place: Guilford County Courthouse, 201 S. Eugene St., Courtroom 1B (small claims)
Case no.: 26CVM004817

Your attorney, Mr. Adeyemi, will meet you outside the courtroom at 8:40. Please bring:
- your lease
- rent receipts or bank statements showing payments since August
- the photos of the ceiling leak and mold in the bathroom
- the letters you sent the landlord asking for repairs

If you can't come, call us right away at 336-555-0151. Missing the hearing usually means the
landlord wins automatically.

Kayla Brooks, Paralegal
Legal Aid of the Piedmont""",
        [],
    ),
    (
        """Subject: Tribal Scholars Fund - enrollment verified

Dear Cody,

Thank you for your application to the Tribal Scholars Fund for the spring semester. Our
office received confirmation of your enrollment as a citizen of the Muscogee (Creek) Nation,
and we have recorded your citizenship card number, MCN-048217, in your file. You do not need
to send anything else for the enrollment requirement.

Your application is now complete. The review committee meets on January 9, and award
letters go out by January 20. Awards range from $1,500 to $4,000 per semester and are paid
directly to Northeastern State University.

If your enrollment in the nursing program changes before then, please let us know.

Mvto,
Sharon Deere
Scholarship Coordinator, Tribal Scholars Fund""",
        [("racial_ethnic_origin", ""), ("US_STATE_ID", "MCN-048217")],
    ),
    (
        """Subject: We're hiring: Medical Case Manager (bilingual preferred)

Positive Pathways is hiring a full-time Medical Case Manager to join our Ryan White team in
Fresno.

What you'll do:
- Carry a caseload of about 45 clients living with HIV, helping them stay in care and on
  treatment
- Complete intakes, benefits screening and care plans
- Coordinate with clinics, pharmacies and housing providers, including HOPWA programs
- Keep accurate, confidential records in CAREWare

What we're looking for:
- Bachelor's degree in social work or a related field, or equivalent experience
- At least one year of case management experience
- Spanish or Hmong a strong plus
- People living with HIV are strongly encouraged to apply

Pay: $52,000-$58,000, full benefits, 4 weeks PTO, student loan forgiveness eligible.

To apply, send a resume and short cover letter to jobs@positivepathways.org by January 15.
Positive Pathways is an equal opportunity employer.""",
        [],
    ),
    (
        """Subject: Re: passport

Hola Sra. Mejía,

Thank you for your message. Yes, we got the photo, it is clear. Below is your message, and
my answers.

> Good afternoon, I send the foto of my passport like you ask. The number is F0298374, it
> expire in march 2027. My other passport the old one I lost it when I cross, I dont have.
> Is a problem for the case?

No, it is not a problem. The passport you have now is the one we need for the application.
I wrote the number in your file exactly as it shows on the page. We will explain in your
declaration that the old one was lost.

Next steps: please come on Thursday, December 17 at 10 a.m. to sign the forms with the
attorney. Bring the two letters from your employer and your sister, and the original passport.

Un abrazo,
Lucía Fernández
Legal Assistant, Valley Immigrant Rights Center""",
        [("US_PASSPORT", "F0298374")],
    ),
    (
        """Subject: Your new patient visit: Harold B. (Thursdays)

Hi Janet,

Thank you for saying yes to another patient! Here's what you need for your first visit on
Thursday.

Patient: Harold Beck, 79, lives at home with his wife, Joan, on Ridgeview Road.
Harold has ALS. He can't speak much anymore and uses a letter board and an eye-gaze tablet,
so give him time. He loves the Cleveland Guardians and old Westerns; Joan says he'll want to
show you his baseball card binders.

Your role is companionship so that Joan can get out for a few hours: she usually goes to her
own appointments and the grocery store. You don't provide personal care or feeding; the
hospice aide comes Monday, Wednesday and Friday for that.

Please sign in and out on the Volunteer app and call the on-call nurse line, 216-555-0119,
if anything seems off.

Thanks so much,
Rachel Kim
Volunteer Coordinator, Lakeview Hospice""",
        [("health", "")],
    ),
    (
        """Subject: Our new intake practices (effective January 1)

Dear partners and volunteers,

Starting January 1, Open Door Community Services is simplifying how we welcome new guests at
the pantry and the clothing closet. Please read this before your next shift.

What we ask: first name, ZIP code, and the number of people in the household. That's it.

What we never ask: Social Security numbers, immigration status, religion, health conditions
or disability, criminal records, or proof of income. If a guest offers any of this, thank
them and do not write it down. Do not photograph IDs.

Why: our funders only need aggregate counts, and every extra question keeps someone in need
from walking through the door.

Records: the intake tablets store only the three fields above and are wiped every 90 days.

Questions? Talk to your shift lead or email me.

Ruth Engel
Executive Director, Open Door Community Services""",
        [],
    ),
    (
        """Subject: Accommodation letter for spring semester

Hi Priyanka,

Your accommodations for the spring semester are approved. Based on the documentation from
your psychiatrist confirming your ADHD diagnosis, you will receive:

- 1.5x extended time on exams and quizzes, taken in the Testing Center
- A reduced-distraction testing room
- Permission to record lectures for personal study
- Copies of instructor slides before class when available

Your accommodation letters will be sent to your instructors on the first day of the
semester. Please book exams in the Testing Center portal at least five business days ahead.

Remember to meet with each instructor during the first two weeks to talk through how the
accommodations will work in their course. If anything isn't being honored, contact me.

Best,
Marcus Bell, Accessibility Specialist
Office of Disability Resources, Front Range Community College""",
        [("health", "")],
    ),
    (
        """Subject: What $40 did for one family this winter

Dear neighbor,

Picture a mother we'll call Maria. Her story is a composite of several families who came to
us last winter, with details changed to protect their privacy.

Maria works two part-time jobs cleaning offices. Last January her youngest got pneumonia,
she missed a week of shifts, and the gas bill she'd been juggling went to a shutoff notice.
When she walked into our Emergency Assistance office she had $14 in her account and a
thermostat set to 58.

We paid the gas bill that day. A volunteer helped her apply for LIHEAP. Our food pantry sent
her home with two full bags, and our tax clinic later found her $2,900 she didn't know she
was owed.

That's what a gift of $40 starts. This winter we expect 600 families like Maria's.

Will you give today? Every gift made before December 31 will be matched by the Hartwell
Family Foundation.

Gratefully,
Denise Carter
Executive Director, Northside Community Action""",
        [],
    ),
    (
        """Subject: Phase 2 - nice work, Kevin

Kevin,

House meeting agreed unanimously: you move up to Phase 2 on Monday. That means the later
curfew (11 on weekdays), your own room on the second floor once Tyler moves out on the 20th,
and you're off chore rotation for bathrooms.

What stays the same: keep going to your IOP sessions at Crossroads three nights a week, keep
your Suboxone appointments with Dr. Farah, and keep doing the random tests. Ninety days clean
is a real thing and everybody in the house noticed.

Rent for January is due on the 1st, $650. You can pay by Venmo to the house account or drop
a money order in the office box.

Proud of you man.

Luis Ortega
House Manager, Second Wind Sober Living""",
        [("health", "")],
    ),
    (
        """Subject: Warmline training - Module 4 role-play scripts

Hi new volunteers,

Attached are the role-play scripts for Saturday's Module 4 session. All of the callers in
these scripts are fictional, made up by our training team, so please don't worry about
confidentiality when you practice with each other.

Scenario A: "Denise," 52, calls because she was just diagnosed with type 2 diabetes and is
overwhelmed by the diet changes. Practice reflective listening; do not give medical advice.

Scenario B: "Tom," 34, calls at 2 a.m. saying he relapsed after 8 months sober and feels
ashamed. Practice the warm handoff to the crisis line.

Scenario C: "Aisha," 19, calls about her roommate's drinking. Practice setting boundaries on
what the warmline can and can't do.

Please read all three before Saturday and come with one question each. We'll meet in the
basement training room at 10 a.m.; bring a notebook.

Marisol Vega
Volunteer Trainer, Peer Support Warmline of Northern Colorado""",
        [],
    ),
    (
        """Subject: Your HOPWA rental assistance is approved

Dear Mr. Delacroix,

I'm happy to let you know that your application for HOPWA tenant-based rental assistance
has been approved, effective January 1 through June 30.

What this means: the program will pay $940 of your monthly rent directly to Bayou Gardens
Apartments. Your share will be $285 a month, which is 30% of your income, paid to the
landlord as usual. Your case manager, Simone, will send the landlord the paperwork this week.

To keep the assistance, please:
- Keep your appointments with Simone every month
- Report any change in income or household within 10 days
- Allow the unit inspection in January (we'll schedule it with you)

Recertification will happen in May.

Congratulations, and please call me if anything is unclear.

Dwayne Thibodeaux
Housing Specialist, Crescent Care Housing Services""",
        [("health", "")],
    ),
    (
        """Subject: Volunteer application form (please fill in and return)

Thank you for your interest in volunteering at Hope House! Please complete this form and
return it to volunteer@hopehousekc.org or drop it at the front desk.

Full name: ____________________________
Date of birth: ___/___/______
Social Security number: ___-__-____ (required for the background check)
Driver's license number and state: ______________________
Address: _______________________________________________
Phone: ______________________  Email: __________________________
Emergency contact (name and phone): ______________________________

Which programs interest you? (check all that apply)
[ ] After-school tutoring   [ ] Meal service   [ ] Front desk   [ ] Special events

Availability: [ ] Weekday mornings  [ ] Weekday evenings  [ ] Weekends

I authorize Hope House to conduct a criminal background check.
Signature: ______________________  Date: ___________

Hope House Kansas City, 1401 Troost Avenue""",
        [],
    ),
    (
        """Subject: Your Eliquis refill has shipped

Hi Gerald,

Your prescription order from CareRx Mail Pharmacy is on the way.

Medication: Eliquis (apixaban) 5 mg tablets, 180-day supply
Prescriber: Dr. S. Mahmoud
Order number: 30-5518842
Tracking: FedEx, expected Friday, December 11

Your copay of $94.00 was charged to the card on file. A pharmacist is available 24/7 at
1-800-555-0172 if you have questions about your medication.

Please don't stop taking Eliquis without talking to your prescriber first, even if you
have a procedure coming up.

CareRx Mail Pharmacy""",
        [("health", "")],
    ),
    (
        """Subject: Legislative wrap-up: what passed, what stalled

Hi everyone,

The short session ended Thursday night, and here's where our priorities landed.

Passed: the Paid Family Leave expansion (HB 212). Thank you to the 400 of you who called
your legislators in October. Senator Diane Whitaker, who chairs the Labor Committee, voted
yes after voting no in 2024, and said on the floor that she changed her mind after hearing
from small business owners in her district.

Stalled: the minimum wage bill never got a committee vote. Representative Carl Benning, the
committee chair, told reporters he won't schedule it until after the election.

Coming up: our Lobby Day is February 17. Registration opens January 5, and we'll provide
training, lunch and carpools from six cities.

Thank you for everything you do,
The Working Families Coalition of Maine team""",
        [],
    ),
    (
        """Subject: Mosque volunteer roster - Ramadan prep and daily prayers

Assalamu alaikum brothers,

Jazakum Allahu khayran to everyone who stepped up this month. Here is the updated roster:

Fajr (daily, 6:15 a.m.): Brother Yusuf Haddad leads; Brother Omar Siddiqui opens the doors
and handles the heating.
Dhuhr and Asr: Brother Imran Qureshi, Monday to Thursday.
Friday khutbah set-up: Brother Bilal Ahmed and his sons.

Brother Yusuf, thank you especially for coming every single morning in the snow this week,
even when only four of us came.

Ramadan prep: we'll start planning iftar sponsorships in January. If your family wants to
sponsor a night, tell Sister Amina in the office.

Please reply if you need to swap a week.

Tariq Mansour
Volunteer Coordinator, Islamic Center of Greater Lansing""",
        [("religious_belief", "")],
    ),
    (
        """Subject: January book club pick: "Demon Copperhead" + location change

Hi readers,

Thank you to everyone who came out for our cozy December discussion of The Thursday Murder
Club (and to Gwen for the lemon bars).

For January we're reading Demon Copperhead by Barbara Kingsolver, a novel that retells David
Copperfield in the mountains of southwest Virginia during the opioid crisis. It's long and
it's heavy in places, but the group voted for it, and a few of you mentioned it's been on
your list since it won the Pulitzer. The library has six copies on hold for us at the
circulation desk and the ebook has no waitlist.

Location change: because of the carpet replacement, we'll meet in the Community Room at the
Oak Street branch, not the usual Reading Room. Same time, Tuesday, January 12 at 6:30 p.m.

Happy holidays and happy reading,
Nadia Petrov
Adult Services Librarian, Willow Creek Public Library""",
        [],
    ),
    (
        """Subject: Amelia's baptism - Sunday, January 17

Dear Michael and Sarah,

We're so glad you've asked to have Amelia baptized at St. Brigid's. Father Daniel has her
baptism on the calendar for Sunday, January 17, after the 11:00 Mass.

Before then, please:
- Attend the baptism preparation class on Sunday, January 10, at 12:30 in the parish hall
  (one session; parents and godparents).
- Send a copy of Amelia's birth certificate.
- Let me know the names of her godparents. At least one must be a confirmed Catholic; if a
  godparent belongs to another parish, they'll need a sponsor letter from that parish.

There is no fee. Many families make an offering, but it's not expected.

We can't wait to welcome her!

Teresa Molloy
Parish Secretary, St. Brigid Catholic Church""",
        [("religious_belief", "")],
    ),
    (
        """Subject: New Monday class: Yoga for Stress & Sleep

Namaste, friends!

December is hard for a lot of us. Short days, long to-do lists, family stuff. So starting
Monday, December 7 we're adding a gentle evening class built around calming the nervous
system: slow flow, long holds, breathwork and a 15-minute guided rest at the end.

Yoga for Stress & Sleep
Mondays, 7:30-8:30 p.m., with Jess
All levels welcome, props provided

This class isn't therapy and isn't a substitute for care. If you're going through a hard
time, talking to someone helps; we've put a list of local counseling resources and the 988
Lifeline at the front desk.

Members book in the app as usual. Drop-in is $18, or try it free with code RESTFUL on your
first visit.

See you on the mat,
Tara & the team at Bloom Yoga Studio""",
        [],
    ),
    (
        """Subject: Re: flu vaccine requirement - exemption approved

Hi Esther,

HR has reviewed your request, and your religious exemption from the influenza vaccination
requirement is approved for the 2026-2027 season. I know you explained in your letter that
your faith has guided this decision for many years, and we respect that.

Because you won't be receiving the flu vaccine this season, the same precautions apply as
for any unvaccinated team member through March 31:
- Wear a surgical mask in all patient areas and in the break room when not eating.
- Masks are in the supply room; take what you need.
- Let your supervisor know if you develop any flu-like symptoms and stay home.

This approval is kept confidential in your employee health file and shared only with your
supervisor, Dana, for scheduling purposes.

Thank you,
Kimberly Osei
Employee Health Coordinator, Meadowbrook Senior Living""",
        [("religious_belief", ""), ("health", "")],
    ),
    (
        """Subject: You're registered! Jingle Bell 5K - Saturday, December 12

Hi Kendra,

You're in! Here are your race details:

Event: Jingle Bell 5K & Kids' Elf Dash
Date: Saturday, December 12, 9:00 a.m. start
Location: Riverside Park, main pavilion
Bib number: 1147
Shirt size: Women's M

Packet pickup is Friday, December 11, 3-7 p.m. at Fleet Feet on Main Street, or race
morning from 7:45 a.m. Bring a photo ID for pickup. Jingle bells for your shoes are in the
packet, and costumes are strongly encouraged.

Every registration supports the Boys & Girls Club of Riverside.

See you at the start line!
Jingle Bell 5K Race Committee""",
        [],
    ),
    (
        """Subject: Re: tomorrow's arraignment - what to expect

Mr. Whitfield,

This is a reminder that your arraignment on the DUI charge is tomorrow, Tuesday, December 15,
at 8:30 a.m. in Courtroom 3 of the Dane County Courthouse. I'll be there by 8:15.

At arraignment the judge reads the charge and we enter a plea of not guilty. It's short.
We'll also ask that your bail conditions be modified so you can drive to work with an
ignition interlock, since your license was administratively suspended after the arrest.

Please:
- Dress as you would for a job interview
- Bring the interlock installer quote and your employer's letter
- Do not discuss the case with anyone at the courthouse

You answered everything I asked in our meeting; there's nothing else to prepare.

Regards,
Adam Feldstein
Feldstein Defense, LLC""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Board meeting minutes - November 19, 2026

Riverbend Land Trust, Board of Directors
Minutes of the regular meeting, November 19, 2026, 6:00 p.m., library meeting room

Present: G. Novak (chair), L. Ferreira, T. Banks, M. Chu, R. Iyer, S. Whitlow (staff)
Absent: P. Oduya

1. Minutes of October 15 approved as circulated (Ferreira/Chu, unanimous).
2. Treasurer's report: operating cash $212,480; stewardship endowment $1.31M. Year-to-date
   revenue is 94% of budget. Report accepted.
3. Conservation: the Halvorsen easement (88 acres) closed on November 6. Baseline
   documentation is complete. The Miller Creek project is awaiting the appraisal.
4. Development: the year-end appeal mailed November 12; 61 gifts totaling $18,350 so far.
5. Policy: the board adopted the revised conflict-of-interest policy (Iyer/Banks,
   unanimous). All directors to sign disclosure statements by January 15.
6. Adjourned at 7:42 p.m. Next meeting: January 21, 2027.

Respectfully submitted, Meredith Chu, Secretary""",
        [],
    ),
    (
        """Subject: New form submission: Record Clearance Intake

A new submission was received on your form "Record Clearance Intake (Expungement Clinic)".

Submitted: 12/05/2026 4:17 PM

First name: Rashad
Last name: Monroe
Phone: (414) 555-0139
Email: rmonroe.work@gmail.com
County where the case was filed: Milwaukee
Type of case: Misdemeanor
What were you convicted of? Possession of THC, 2nd offense, and resisting an officer
Year of conviction: 2015
Did you finish your sentence, including probation? Yes, probation ended 2017
Any open cases now? No
How did you hear about us? Friend / family
Preferred clinic date: Saturday, January 16 (Central Library)

View this submission in your dashboard.
You are receiving this notification because you are an owner of this form.""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Thank you for your December gift

Dear Mr. and Mrs. Gallagher,

Thank you for your gift of $150.00 to the Harbor Animal Rescue League, received on
December 4, 2026 by electronic funds transfer from your checking account ending in 3318.

Your generosity helps us care for the 80 to 120 dogs and cats in our shelter on any given
day, and this month it will help pay for the heated kennel runs we've been fundraising for
since spring.

No goods or services were provided in exchange for this contribution. Please keep this
letter for your tax records. Harbor Animal Rescue League is a 501(c)(3) organization,
EIN 22-3148760.

With wags and purrs,
Colleen Murphy
Director of Development""",
        [],
    ),
    (
        """Subject: got your card!!

Luis -

Got your signed card from Marisol at shift change, thank you. That makes 41 out of 63 on
second shift at the Elk Grove warehouse. We need 70% to feel good about filing, so we're
close.

I know you were worried about the supervisors finding out. Cards go straight to the
organizer at the Teamsters office and management never sees names, even after we file.
The NLRB only counts them.

Could you talk to Danny and Ernesto on your line this week? They both asked questions at
the cookout but didn't sign. You're the one they listen to.

Next committee meeting: Sunday 4pm at Tía Carmen's restaurant, back room. Bring anyone
who's ready.

Solidarity,
Rochelle (organizing committee)""",
        [("trade_union_membership", "")],
    ),
    (
        """Subject: Room assignments for January - fellowship hall and classrooms

Hi all,

Here's the January building schedule for outside groups using our space. Please pass it on
to your members and let me know about any conflicts by December 20.

Mondays 7-9 p.m.: Fellowship Hall - Riverside Community Chorus
Tuesdays 7-8:30 p.m.: Room 104 - Tuesday Night AA group (same as always; coffee in the
kitchen, please wash the urn)
Wednesdays 6-8 p.m.: Fellowship Hall - Boy Scout Troop 212
Thursdays 10 a.m.-noon: Room 104 - Grief support group (facilitated by Evergreen Hospice)
Saturdays 9-11 a.m.: Fellowship Hall - Al-Anon family group

Reminders: the building is locked at 9:30 p.m., and the last group out is responsible for
turning off the lights and checking the bathrooms. The thermostat is set by the office;
please don't change it.

Thanks,
Gary Lindholm
Facilities Manager, Bethany Lutheran Church""",
        [],
    ),
    (
        """Subject: Pay statement for period ending 11/28/2026

Your pay statement is available. Plain-text copy below for your records.

ACME COLD STORAGE INC.            Pay date: 12/04/2026
Employee: Ramon Villalobos        Employee ID: 20418
SSN: XXX-XX-6607                  Pay period: 11/15/2026 - 11/28/2026

EARNINGS              HOURS    RATE       CURRENT     YTD
Regular               80.00    24.15      1,932.00    44,436.00
Overtime              6.50     36.23      235.50      5,921.42
Holiday               8.00     24.15      193.20      772.80

DEDUCTIONS                                CURRENT     YTD
Federal income tax                        174.61      4,180.22
Social Security                           146.43      3,466.35
Medicare                                  34.25       810.68
State income tax                          92.48       2,201.14
Union dues - Teamsters Local 705          48.00       1,104.00
Dental (pre-tax)                          12.40       285.20

NET PAY                                   1,857.53
Deposited to checking ****4471            1,857.53

Questions about your pay? Contact payroll@acmecold.com.""",
        [("US_SSN", "6607"), ("trade_union_membership", "")],
    ),
    (
        """Subject: Invitation letter for Sofia Almeida - visa appointment

To the Consular Section, Embassy of the United States, Brasília:

This letter confirms that Ms. Sofia Almeida, a Brazilian citizen, has been accepted as an
unpaid intern with the Chesapeake Watershed Alliance in Annapolis, Maryland, from March 1 to
May 28, 2027, under our partnership with the Universidade Federal de Minas Gerais.

During her internship Ms. Almeida will assist our water-quality monitoring team with field
sampling and data analysis. The Alliance will provide housing in our staff residence and a
weekly living stipend of $250. Her travel costs are covered by her university.

Please contact me if you need anything further.

Sincerely,
Dr. Paul Henning
Science Director, Chesapeake Watershed Alliance
410-555-0193 | phenning@chesapeakewatershed.org""",
        [],
    ),
    (
        """Subject: Receipt: your contribution to Friends of Mae Park

Dear Linda,

Thank you so much for your contribution to Mae's campaign for Alameda County Board of
Supervisors. Your support means the world to her and to our whole team.

Contribution receipt
Contributor: Linda Tran, Oakland, CA
Amount: $250.00
Date: December 3, 2026
Payment: Visa ending in 2655
Recipient: Friends of Mae Park for Supervisor 2026 (FPPC ID 1478231)

State law requires us to report the name, address, occupation and employer of contributors
who give $100 or more. If you haven't already, please reply with your occupation and
employer.

With gratitude,
The Friends of Mae Park team

Paid for by Friends of Mae Park for Supervisor 2026.""",
        [("political_opinion", ""), ("CREDIT_CARD_LAST_DIGITS", "2655")],
    ),
    (
        """Subject: Interpreter request confirmed - Dec 14 parent conference

Hi Mr. Castro,

Your interpreter request is confirmed.

Student: Ana Castro, 4th grade, Room 12 (Ms. Peterson)
Parent-teacher conference: Monday, December 14, 3:45 p.m.
Language: Tagalog
Interpreter: Mr. Ferdinand Aquino (in person)

The conference is 20 minutes. Ms. Peterson will share Ana's reading and math progress and
her winter goals. If you prefer to meet by video, reply to this email and we'll send a link
that the interpreter can join too.

Thank you,
Brenda Wallace
Family Liaison, Jefferson Elementary School""",
        [],
    ),
    (
        """Subject: Re: IP PIN - got it, thanks

Hi Glen and Martha,

Got your IRS Identity Protection PIN, thank you: 582047. I've entered it on the return so it
won't get rejected like last year. Remember the IRS issues a new one every January, so
watch for the CP01A letter next year and send it to me as soon as it arrives.

The only thing I'm still missing is the 1099-R for Martha's IRA distribution. Once I have
that I'll finish the return and send you a draft to look over before e-filing.

Fee is the same as last year, $425, payable when you sign the 8879.

Have a wonderful holiday,
Sandra Whitley, EA
Whitley Tax & Bookkeeping""",
        [("PIN", "582047")],
    ),
    (
        """Subject: Next step for your substitute teacher license: fingerprints

Dear applicant,

Thank you for applying to substitute teach in the Hillcrest Unified School District. Your
application has been reviewed and you are ready for the next step.

All substitute teachers must complete a fingerprint-based background check through the
state Department of Justice before their first assignment. Please schedule a Live Scan
appointment at any location listed on the DOJ website and bring:
- the attached Request for Live Scan Service form (already filled in with our ORI code)
- a valid government-issued photo ID
- $49 for the processing fee (the district reimburses this after your first 10 days of work)

Results usually come back to us within two weeks. We'll contact you when they arrive to
schedule orientation.

Human Resources
Hillcrest Unified School District""",
        [],
    ),
    (
        """Subject: Bank details for your artist fee - please confirm

Hi Harriet,

We're ready to pay your fee for the January residency ($2,400, per the agreement). Since
this will be an international wire, our bank asked us to confirm the details with you in
writing before we send it. Here's what we have from your invoice:

Account name: Harriet Wilde
Bank: NatWest, Bristol
IBAN: GB12 NWBK 9924 8152 9630 37
BIC/SWIFT: NWBKGB2L

Can you reply and confirm these are correct? Once you do, the wire will go out within three
business days. Our bank charges the wire fee on our side; your bank may deduct a small
receiving fee.

We're so excited to have you in Taos for the printmaking residency.

Best,
Marisa Cordova
Operations Manager, Sangre de Cristo Arts Center""",
        [("IBAN_CODE", "GB12 NWBK 9924 8152 9630 37")],
    ),
    (
        """Subject: Your coach clearance - you're all set

Hi Coach Derek,

Good news: your background screening for the spring season came back clear. The report
from Sterling Volunteers shows no records found in the national criminal database, the
sex offender registry, or the county searches for the addresses you've lived at.

You're cleared to coach the U10 Thunder for the spring season. Two more things before the
first practice on March 2:
- Finish the SafeSport Core training (about 90 minutes, online)
- Pick up your coach bag, pinnies and cones at the equipment shed on February 21

Clearances are good for two years, so you won't need to do this again until 2028.

Thanks for volunteering!
Angela Ruiz
Volunteer Coordinator, Westside Youth Soccer Association""",
        [],
    ),
    (
        """Subject: Orchestra tour - chaperone passport list for the travel agent

Hi Pam,

Here's the chaperone list for the Vienna trip that Atlas Travel asked for. The student list
went in last week. They need passport numbers to book the group fare, so please double
check yours against your passport before I send it on Friday.

1. Karen Abbott - US passport 561907384, expires 06/2031
2. Luis Delgado - US passport A04829173, expires 09/2034
3. Pam Sorensen - passport renewal in progress; will send when it arrives

Pam, the travel agent says the name on the ticket has to match the passport exactly,
including middle names, so let me know if yours will change.

Thanks!
Marianne Cho
Tour Coordinator, Greater Madison Youth Orchestra Parents' Association""",
        [("US_PASSPORT", "561907384"), ("US_PASSPORT", "A04829173")],
    ),
    (
        """Subject: Estimate for spring cleanup and new beds

Hello Mrs. Okoro,

Thank you for walking the property with me Friday. Here is the estimate we talked about.

1. Spring cleanup (leaves, branches, edging all beds, first mow): $380
2. Remove overgrown junipers along the driveway, grind stumps: $650
3. New front bed, about 220 sq ft: soil amendment, 3 hydrangeas, 5 boxwoods,
   12 perennials, steel edging, 3" hardwood mulch: $2,840
4. Mulch all other beds (about 9 yards): $765

Total: $4,635

We can start the cleanup the first week of April, weather allowing, and install the new bed
mid-April when the nurseries get their stock. A 30% deposit holds your spot on the schedule.

Let me know if you want to adjust anything; happy to swap plants for things that attract
pollinators, like you mentioned.

Thanks,
Tony Russo
Russo & Sons Landscaping""",
        [],
    ),
    (
        """Subject: Licensing file - Kevin's driver's license

Hi Angela,

Your home study is almost done. The only thing missing from your foster care licensing file
is the copy of Kevin's driver's license. On the application he wrote the number as
M260-418-93-517-0 (Florida), but the state portal needs a scan of the front and back, not
just the number, because he'll be transporting children to visits and appointments.

Could you send a photo of both sides this week? Once that's in, your file goes to the
licensing supervisor, and you should have your license by mid-January.

Also, congratulations on finishing the 30 hours of pre-service training. Your trainer said
you two asked the best questions in the class.

Thanks,
Tamika Rowe
Licensing Specialist, Heartland Family Services""",
        [("US_DRIVER_LICENSE", "M260-418-93-517-0")],
    ),
    (
        """Subject: Author event: Priya Raman signs "The Salt Roads" - Dec 10

Dear readers,

We're thrilled to host Priya Raman on Thursday, December 10 at 7 p.m. for the launch of
her new novel, The Salt Roads, a sweeping story of three generations of a family of
pearl divers in the Gulf of Mannar.

The event is free. Priya will read, answer questions and sign books afterward. Preorder a
copy with code SALT10 for 10% off and we'll have it waiting for you at the counter.

Also this month:
- Saturday story time at 10:30 a.m., now with our new reading dog, Waffles
- Holiday gift-wrapping every weekend, donations go to the literacy council
- Staff picks table: our favorite books of the year, 20% off through December 31

See you at the shop!
Juniper Books""",
        [],
    ),
    (
        """Subject: your ID came in!

Hi Jerome,

Great news, your Ohio ID card came in the mail to the shelter today. The ID number is
RS729416. I wrote it down on your case plan so we can use it for the job applications
without you having to dig the card out every time.

You can pick up the card at the front desk any time, just sign the mail log. Please keep it
somewhere safe; a lot of guys keep it in the lockers.

Now that you have it, we can do the next things on your list:
- Open the checking account at the credit union (Tuesday, 2 p.m., I'll go with you)
- Apply at the Kroger distribution center and the two temp agencies
- Sign up for the Metro bus reduced fare card

Proud of you.

Stephanie Park
Case Manager, Faith Mission Men's Shelter""",
        [("US_STATE_ID", "RS729416")],
    ),
    (
        """Subject: Your 2026 contribution statement

Dear Mr. and Mrs. Adebayo,

Thank you for your generosity this year. Below is your statement of contributions received
by Grace Fellowship from January 1 through November 30, 2026, for your tax records.

General fund:            $3,120.00
Building fund:              $600.00
Benevolence fund:           $250.00
Total:                    $3,970.00

December gifts will appear on a final statement we'll email in January. No goods or
services were provided in exchange for these contributions other than intangible religious
benefits.

If anything doesn't match your records, please contact the finance office at
finance@gracefellowship.org or 770-555-0147.

Grace Fellowship Finance Office""",
        [],
    ),
    (
        """Subject: Online banking for Mrs. Okafor's autopay

Hi Bernadette,

Quick update from my visit with Mrs. Okafor on Friday. She wants us to set up autopay for
her electric and water bills so she stops getting late notices. She gave me her online
banking login for First Federal so we can do it together at our next visit:

Username: gokafor52
Password: Sunflower!1948
Security question (name of your first school): Lincoln Elementary

I know the program rule is that volunteers don't keep client passwords, so I haven't
written it anywhere else. Could you set it up from the office with her on speakerphone
instead, then have her change the password? I'd feel better that way.

She's doing well otherwise, and she sent me home with half a sweet potato pie.

Thanks,
Dolores Fitch
Volunteer, Daily Money Management Program
Elder Services of the Valley""",
        [("PASSWORD", "Sunflower!1948"), ("PASSWORD", "Lincoln Elementary")],
    ),
    (
        """Subject: Head lice in the Butterfly Room

Dear Butterfly Room families,

We've had a case of head lice in the Butterfly Room this week. This is very common in young
children and is not a sign of poor hygiene. To protect privacy, we will not share which
child.

What we're doing: washing all nap mats, blankets and dress-up clothes, and vacuuming the
carpets and reading corner.

What we ask: please check your child's hair tonight and tomorrow, especially behind the ears
and at the back of the neck. If you find lice or nits, keep your child home until they've
had a first treatment, and let the office know.

Please send nap blankets home in a sealed bag on Friday for washing.

Thank you for helping us keep everyone comfortable!
Ms. Yolanda and the staff of Little Acorns Early Learning Center""",
        [],
    ),
    (
        """Subject: Important health notice from Hennepin Sexual Health Clinic

Hello Jordan,

We're contacting you confidentially because someone you had sexual contact with in the past
60 days has been diagnosed with gonorrhea and asked us to let their partners know. We will
never tell you who it was, and we didn't tell them you would be contacted.

Gonorrhea often has no symptoms, so please get tested and treated even if you feel fine.
Treatment is a single shot, it's quick, and at our clinic it's free.

Walk-in hours: Monday to Friday, 8 a.m. to 4 p.m., 525 Portland Ave, 2nd floor.
Show this email at the desk (reference PN-7731) and you'll be seen the same day.

If you have already been tested and treated since your last contact, please call our
partner services nurse at 612-555-0107 so we can close your notice.

Hennepin Sexual Health Clinic""",
        [("health", ""), ("sexual_orientation", "")],
    ),
    (
        """Subject: Sponsorship opportunities: 2027 Heart of the Valley Gala

Dear Mr. Whitcomb,

On behalf of the Mercy Valley Hospital Foundation, I'd like to invite Whitcomb Ford to
join us as a sponsor of the 2027 Heart of the Valley Gala on Saturday, March 13 at the
Grand Regency Ballroom.

This year's gala will raise funds for our new cardiac rehabilitation center, which will
serve more than 1,200 patients a year from across the valley once it opens in 2028.

Sponsorship levels:
- Presenting Sponsor, $25,000: two tables, logo on all materials, remarks from the stage
- Gold Sponsor, $10,000: one table, logo on screens and the program
- Silver Sponsor, $5,000: four tickets, name in the program

I'd love to buy you a coffee and share more about the project. Would any time the week of
January 4 work?

Warm regards,
Jennifer Lau
Director of Corporate Relations, Mercy Valley Hospital Foundation""",
        [],
    ),
    (
        """Subject: Your lab results and PrEP refill

Hi Marco,

Your labs from your visit on November 30 are back:

- HIV test: negative
- Kidney function (creatinine): normal

Since everything looks good, Dr. Abrams has sent a new 90-day prescription for your Descovy
to the Walgreens on Division Street. Your next lab visit is due in early March; you can
schedule it in the portal.

Keep taking it every day. If you ever miss more than a couple of doses in a row, message us
before restarting.

Take care,
Nurse Kelly Brandt, RN
Northside Community Health, PrEP Program""",
        [("health", "")],
    ),
    (
        """Subject: Build day schedule - Saturday, December 12 (Maple Ave house)

Hi volunteers,

Thank you for signing up for Saturday's build at 1417 Maple Avenue. Here's what to expect.

7:30 a.m. Check-in and safety talk (coffee and donuts provided)
8:00 a.m. Crews start: interior trim, painting, and porch railings
12:00 p.m. Lunch, provided by Sunrise Rotary
3:30 p.m. Clean-up and tool return

What to wear: closed-toe shoes (boots are best), clothes you don't mind ruining, layers.
We provide hard hats, gloves and safety glasses. Volunteers must be 16 or older; under 18
needs a signed parent waiver.

Parking is on the street; please don't block the neighbors' driveways.

The family will join us at lunch to say thank you; they've put in 280 of their 300 sweat
equity hours, and move-in is planned for February!

See you Saturday,
Ben Ortiz
Construction Volunteer Manager, Habitat for Humanity of Tri-County""",
        [],
    ),
    (
        """Subject: Checking in at 32 weeks

Hi Alexis,

I hope the baby shower was everything you wanted! I'm writing to check in now that you're at
32 weeks.

A few things from our last visit:
- Your midwife said your blood pressure was up a little, so please keep taking readings at
  home twice a day and text me the numbers. If it's over 140/90, call the birth center right
  away.
- We'll do our birth plan review at your home on Thursday, December 17 at 6 p.m. Marcus can
  join too.
- Start packing your hospital bag this week, just in case. I'll bring the checklist.

It's normal to feel more tired now and to have trouble sleeping. The pregnancy pillow I
dropped off should help.

Text me anytime.

Imani Johnson, Birth Doula
Roots & Wings Doula Collective""",
        [("health", "")],
    ),
    (
        """Subject: Maplewood PTA - December News

Hello Maplewood families!

Thank you for an amazing fall! The Fun Run raised $18,420, which will pay for the new
library books, the 5th-grade trip to the science museum, and the buddy bench on the
playground.

Upcoming:
- Winter Concert: Thursday, December 17, 6 p.m. in the gym. K-2 at 6, grades 3-5 at 7.
- Holiday Book Fair: December 14-18 in the library. Volunteers needed for checkout shifts!
- Spirit Wear: last day to order hoodies for holiday delivery is December 9.
- Staff appreciation: the PTA will serve a hot breakfast to teachers on December 18.
  Sign up to bring a dish.

Our next general meeting is Tuesday, January 12 at 6:30 p.m. in the cafeteria. Childcare is
provided, and all are welcome.

Happy holidays!
Maplewood Elementary PTA""",
        [],
    ),
    (
        """Subject: Rescheduling Thursday's session

Hi Naomi,

I have to move our Thursday session. I'm so sorry for the short notice, I've been called
for jury duty.

Could we meet on Friday, December 11 at 4 p.m. instead? Same office, or telehealth if that's
easier with the kids home.

Since we're in the middle of the EMDR processing for the accident memories, I don't want to
leave too long a gap. If Friday doesn't work, let's at least do a 20-minute phone check-in
this week. Please use the grounding exercises from last week if the nightmares come back,
and remember the crisis line (988) is there any time.

Warmly,
Dr. Helen Marsh, PsyD
Marsh Counseling & Trauma Recovery""",
        [("health", "")],
    ),
    (
        """Subject: Tutor notes - Tuesday at the county jail

Hi Books Behind Bars tutors,

Quick notes from Tuesday's session in the C-pod classroom at the Pima County jail:

Carlos passed the GED math practice test with a 152! He's been in custody since August and
told me this is the first test he's ever finished early. He wants to sit for the real math
test before his sentencing in February, so Ruth, if you can add a second session with him
on Thursdays, that would be amazing.

Supplies: we're out of the blue practice workbooks and the pencils without erasers (the
only kind allowed inside). I've ordered more.

Reminder: new tutors need to finish the jail's security orientation before the January 12
session. Bring only your ID and car key; everything else stays in the lockers.

Thanks, everyone.
Gwen Harper
Program Lead, Books Behind Bars""",
        [("criminal_history", "")],
    ),
    (
        """Subject: Action needed: two-step verification starts January 4

Hi team,

Starting Monday, January 4, everyone at Harbor Family Counseling will need two-step
verification to sign in to email, the scheduling system and the shared drive.

What to do before then (takes 5 minutes):
1. Install the Microsoft Authenticator app on your phone.
2. Go to aka.ms/mfasetup and follow the prompts.
3. When asked, approve the test notification on your phone.

After January 4, when you sign in on a new device you'll approve a prompt or type the
6-digit code shown in the app. Never give that code to anyone, including IT; we will never
ask you for it.

If you don't have a smartphone, let me know and I'll get you a small hardware key instead.

Thanks,
Ray Mendoza
IT Support (part-time), Harbor Family Counseling""",
        [],
    ),
    (
        """Subject: Gala registrations export - Dec 5

Hi Tom,

Here's today's export of new paid registrations from the event platform so you can update
the seating chart. Payments settled in the processor this morning.

name,email,tickets,table_pref,amount,card_brand,card_last4,dietary
Eleanor Voss,evoss@brightmail.com,2,Board table,500.00,Visa,8316,none
David & Kim Nakamura,dknakamura@fastnet.org,4,with the Ellisons,1000.00,MC,5209,vegetarian
Rhonda Pierce,rpierce@pierceinsurance.com,8,Sponsor table,2400.00,Amex,1447,none

Still waiting on the Hendersons, who said they'd pay by check.

Also, the caterer needs final counts by December 18, so let's plan to lock the seating chart
on the 16th.

Thanks,
Jasmine
Events Coordinator, Boys & Girls Clubs of the Coastal Plain""",
        [
            ("CREDIT_CARD_LAST_DIGITS", "8316"),
            ("CREDIT_CARD_LAST_DIGITS", "5209"),
            ("CREDIT_CARD_LAST_DIGITS", "1447"),
        ],
    ),
    (
        """Subject: December rent statement - Unit 3B

Hi Mr. Petrakis,

Your rent statement for 118 Chestnut Street, Unit 3B:

11/01  Rent, November                       $1,275.00
11/03  Payment received (Zelle)            -$1,275.00
11/15  Water/sewer share, Q3                   $84.60
12/01  Rent, December                       $1,275.00
12/02  Payment received (Zelle)            -$1,275.00

Balance due: $84.60

The water and sewer share is split between the four units by number of people in each
unit, as in your lease. Please add it to your January payment or send it separately,
whichever is easier.

Reminder: the boiler service is Tuesday, December 15 between 9 and noon. The heat will be
off for about two hours.

Thanks,
Elaine Grady
Grady Property Management""",
        [],
    ),
    (
        """Subject: S-corp election - need your SSN to finish

Hi Sam,

I'm finishing the Form 2553 so Tidewater Kayak Tours LLC can be taxed as an S corporation
starting January 1. I have the company info (EIN 84-2917365, formation date, fiscal year),
but I need your personal details as the sole shareholder.

From the intake sheet you filled out in October, I have your SSN as 116-77-1434. Can you
confirm that's correct? Your handwriting on the 7 vs. 1 was a little hard to read, and the
IRS will reject the election if it doesn't match.

Once confirmed, I'll send the form to you through the secure portal for your signature. It
has to be filed by March 15 to take effect for 2027.

Also, we should set up payroll for you before your first S-corp distribution. Let's talk in
January.

Thanks,
Priya Deshmukh, CPA
Deshmukh Accounting Group""",
        [("US_SSN", "116-77-1434")],
    ),
    (
        """Subject: Update on your brother's case

Dear Ms. Herrera,

I'm writing to update you on your brother, Julio.

Julio is being held in civil immigration detention at the Otay Mesa Detention Center. As
we explained on the phone, immigration detention is not a criminal matter: he has not been
charged with any crime, and the case is only about his permission to stay in the United
States.

Our attorney, Ms. Park, filed a request for a bond hearing, and the hearing is set for
Tuesday, December 15 at 1 p.m. before the Immigration Court. Family members can attend in
person or listen by phone.

To prepare, we need by Friday:
- Letters of support from family, employers and neighbors, signed and dated
- Proof of your address, since Julio would live with you if released
- Any pay stubs from his job at the restaurant

You can drop these off at our office or email scans to me.

Sincerely,
Rebeca Salinas
Paralegal, Border Community Legal Services""",
        [],
    ),
    (
        """Subject: Re: scholarship disbursement - FAFSA match

Hi Jasmine,

Thanks for your patience. The financial aid office at Georgia State says they couldn't
match our scholarship to your aid record because the name on our check request was
"Jasmine Ortiz-Bell" and your FAFSA says "Jasmine Ortiz."

They asked us to resend the request with your name as it appears on the FAFSA and the last
four digits of your SSN, which you gave us on the application: 1241. I've sent the
corrected request today.

The $3,000 should post to your student account within about 10 business days, well before
the January 15 tuition deadline. If it doesn't show up by January 8, let me know and I'll
call them.

Congratulations again, and good luck with finals!

Monique Everett
Program Officer, Bright Futures Scholarship Fund""",
        [("US_SSN", "1241")],
    ),
    (
        """Subject: Free HIV testing this Saturday - here's what to expect

Hi friends,

We're offering free, confidential rapid HIV and hepatitis C testing this Saturday,
December 12, from 10 a.m. to 2 p.m. at the Eastside Community Center. No appointment, no
insurance, no ID needed.

What to expect:
- A finger-prick test with results in about 20 minutes
- A private room and a trained counselor the whole time
- A $20 grocery gift card for everyone who tests, while supplies last

If a result ever comes back reactive, our counselor will stay with you, explain what it
means, do a confirmatory test the same day and connect you to care, usually within 72
hours. Most people who test will get a non-reactive result.

Questions? Text us at 555-0118.

Bring a friend!
Lowcountry AIDS Services""",
        [],
    ),
    (
        """Subject: Your check-in on Dec 2 - face match issue

Hi Noor,

We noticed your check-in at Summit Climbing Gym on December 2 at 6:48 p.m. didn't go through
automatically. Our FaceEntry system compared your photo to your member profile and returned
a face match score of 0.61, below our 0.80 threshold, so the front desk checked your ID
manually.

This usually happens when a profile photo is old or taken in poor light. To fix it, open the
Summit app, go to Profile > Face Entry, and retake your photo in good light without a hat
or glasses. It takes about a minute.

If you'd rather not use face check-in at all, you can switch to the QR code option in the
same menu, and we'll delete your face data within 30 days.

See you on the wall!
Summit Climbing Gym Member Services""",
        [("biometric", "")],
    ),
    (
        """Subject: Employee handbook update: biometric time clocks (please read and sign)

Hi everyone,

As announced at the all-staff meeting, we're replacing the paper timesheets at all three
Little Sprouts centers with fingerprint time clocks on January 4. Illinois law requires us
to give you this notice and get your written consent first.

What we collect: a mathematical template made from your fingerprint, not an image of it.
How we use it: only to record when you clock in and out.
Who sees it: the time clock vendor (ClockWise) stores it encrypted; no one at Little
Sprouts can see it, and it is never sold or shared.
How long we keep it: until you leave Little Sprouts, then it's deleted within 30 days.

If you don't want to use the fingerprint clock, you can use a PIN badge instead; just tell
your director. Choosing not to consent will not affect your job in any way.

Please sign the consent form attached and return it to your director by December 18.

Thank you,
Monica Reyes
HR Manager, Little Sprouts Early Learning""",
        [],
    ),
    (
        """Subject: EEO data export for the affirmative action plan

Hi Gregory,

As requested, attached and pasted below is the voluntary self-identification data for the
three hires we made in Q4, for the affirmative action plan update. The rest of the year's
data is in the spreadsheet from September.

Hire date  | Name             | Position             | Sex    | Race/ethnicity (self-ID)
10/05/2026 | Pa Nhia Vang     | Staff Accountant     | Female | Asian (Hmong)
10/19/2026 | Derrick Owens    | Warehouse Lead       | Male   | Black or African American
11/30/2026 | Colleen Mahoney  | Customer Service Rep | Female | White

These came from the optional form new hires fill out on day one, so please keep this file
restricted to the HR folder.

Thanks,
Ashley Nguyen
HR Generalist, Tri-State Packaging Supply""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Volunteer with us at PrideFest 2027!

Hi friends,

PrideFest is back on June 12-13, 2027, and we need 300 volunteers to make it happen!
Whether you're LGBTQ+ or an ally, there's a place for you.

Volunteer roles:
- Welcome and info booths
- Stage crew and artist hospitality
- Water stations (the most popular shift, bring sunscreen)
- Accessibility team: ASL interpreter support, quiet space, mobility shuttle
- Green team: recycling and compost stations

Every volunteer gets a PrideFest T-shirt, meals during your shift, and free entry to the
after-party. Shifts are four hours; most people do one.

Sign up by March 31 at pridefestmke.org/volunteer. Volunteer orientation is Saturday, May 22
at the Community Center.

With pride,
The PrideFest Milwaukee Volunteer Team""",
        [],
    ),
    (
        """Subject: so sorry about Saturday

Hi Rosa,

I'm really sorry I didn't make it to the Saturday shift at the garden, and that I didn't
text until after. I had a migraine that started Friday night and I couldn't get out of bed
until the afternoon. They've been happening more often this fall, and my neurologist just
switched me to a new preventive medication, so hopefully things settle down soon.

Can I make it up? I could do the Wednesday afternoon watering shift for the next two weeks,
or help with the seed inventory in January if you still need people.

Also, I dropped the extra burlap sacks from the coffee shop at the tool shed on Sunday.

Thanks for understanding,
Claire""",
        [("health", "")],
    ),
    (
        """Subject: Free flu & COVID shots for staff and families - Dec 9

Hi all,

Walgreens is coming to the main office on Wednesday, December 9, from 11 a.m. to 3 p.m. to
give free flu shots and updated COVID-19 vaccines to any staff member, volunteer or family
member age 3 and up.

- Sign up for a 10-minute slot on the sheet at the front desk or on the shared calendar
- Bring your insurance card if you have one (no cost to you either way)
- Wear a short-sleeved shirt or layers

Getting vaccinated is completely voluntary, and no one will ask whether you did or didn't.
We just want to make it easy.

Thanks,
Operations Team, Northwoods Conservation Corps""",
        [],
    ),
    (
        """Subject: Fwd: phone order - Simmons retirement party cake

Hi Mira,

Took this order over the phone at 4:50 while you were out. Copying my notes from the order
pad so you can run the card tomorrow when the terminal's working again:

Customer: Paula Simmons, 555-0175
Pickup: Friday 12/18, 3 p.m.
Half-sheet carrot cake, cream cheese frosting, "Happy Retirement Doug!" in blue, 40 servings
Also 2 dozen mini cupcakes (lemon)
Total: $148.50, paid in full by card

Card: 5376 2002 9004
3174  exp 11/27  CVV 318
(billing zip 48104)

She said to call her before charging if there's any problem. I'll shred the order pad page
once you confirm it went through.

Jess""",
        [("CREDIT_CARD", "5376 2002 9004\n3174"), ("CVV", "318")],
    ),
    (
        """Subject: Re: Reservation 24-28 May - deposit

Dear Mrs. Callahan,

thank you very much for your quick answer. We are happy to book the Garden Room for 4
nights, from 24 to 28 of May, for me and my husband Jürgen.

For the deposit you can charge my Mastercard: 2720 7326 3695 7121, valid until 04/29, the
security number on the back is 552. If it is more easy for you, I can also pay by bank
transfer, my IBAN is DE45 2764 6857 4005 7997 13 (Sparkasse Hannover). Please tell me what
you prefer.

We arrive with a rental car from Boston in the afternoon, maybe 5 pm. Is it possible to
have breakfast without gluten? It is not allergy, only we eat like this.

Many greetings from Hannover,
Ingrid Baumann""",
        [
            ("CREDIT_CARD", "2720 7326 3695 7121"),
            ("CVV", "552"),
            ("IBAN_CODE", "DE45 2764 6857 4005 7997 13"),
        ],
    ),
    (
        """Subject: Welcome to membership at Grace Lutheran!

Dear Tom and Ellen,

What a joy it was to receive you both into membership at Grace Lutheran last Sunday, along
with the four other new members. The congregation was so glad to welcome you.

A few things to help you get connected:
- Your offering envelopes will be in your mailbox in the narthex by the end of the month.
- Ellen, the altar guild would love to have you; they meet the first Saturday of the month.
- Tom, Pastor Kirsten mentioned you sang in a choir back in Minneapolis. Chancel choir
  rehearses Wednesdays at 7.
- You're listed in the new member section of the January newsletter, with the photo from
  Sunday.

If there's anything we can do to help you feel at home, please let me know.

Blessings,
Carolyn Strand
Membership Coordinator, Grace Lutheran Church""",
        [("religious_belief", "")],
    ),
    (
        """Subject: Reminder: root canal appointment Thursday

Hi Denise,

This is a reminder from Lakeside Endodontics about your root canal treatment on tooth #19:

Thursday, December 10, 1:30 p.m. with Dr. Vivek Patel
Plan for about 90 minutes.

Before your appointment:
- Keep taking the amoxicillin Dr. Lee prescribed until it's finished.
- Eat a normal meal beforehand; you'll be numb for a few hours afterward.
- If you'd like nitrous oxide, arrange for someone to drive you home.

Your estimated patient portion, after Delta Dental, is $312. We'll collect it at checkout.

Call 555-0145 to reschedule.

Lakeside Endodontics""",
        [("health", "")],
    ),
    (
        """Subject: Your package is out for delivery

Hello,

Your package from Hearth & Loom Studio is out for delivery today.

Order: #HL-20931 (2 items)
Carrier: UPS Ground
Tracking number: 1Z 4X7 R92 03 8816 5524

Estimated delivery: today by 8 p.m.

Delivery instructions on file: leave at side door. To change them, visit the UPS tracking
page.

Thank you for supporting our small weaving studio! Every scarf is made by hand in our
Asheville workshop.

Hearth & Loom Studio""",
        [],
    ),
    (
        """Subject: Welcome to the Daily Grind team - first day info

Hi Theo,

Welcome to the team! Here's what you need for Saturday.

Shift: 6:00 a.m. to 12:30 p.m. with Ana, who'll train you on the espresso machine.
Back door keypad: 4719 (please don't share it).
Wi-Fi: DailyGrindGuest / password: cortado-2026 (same as the customer network)

Payroll: we use ADP. You'll get a separate email to set up your account. To log in the first
time, use your email address and the temporary password Tq8!mR2v-Kd. It'll make you choose
a new one. Please add your direct deposit and W-4 by Wednesday so your first check isn't
late.

Dress code: black or dark jeans, closed-toe shoes, hair tied back. We provide the aprons.

Excited to have you!
Jordan Bell
Owner, The Daily Grind Coffee Co.""",
        [("PASSWORD", "Tq8!mR2v-Kd")],
    ),
    (
        """Subject: Your utility relief card is ready to use

Hi Mrs. Kessler,

Your Winter Warmth utility relief card has been loaded with $300. The card was mailed to you
on Monday in a plain white envelope, so please watch for it.

Card: prepaid Mastercard ending in 0531
PIN: 8305

To activate, call the number on the back of the card and enter the PIN above. The card can
be used to pay your gas or electric bill online, by phone, or at the utility office. It
can't be used for cash or other purchases.

The funds expire on April 30, so please use them before then.

If you have any trouble activating the card, please call our office at 555-0126.

Sincerely,
Winter Warmth Program
Community Action Partnership of Lancaster County""",
        [("CREDIT_CARD_LAST_DIGITS", "0531"), ("PIN", "8305")],
    ),
    (
        """Subject: Scholar spotlight: meet Kai Kealoha

Aloha kākou,

This month we're proud to introduce one of our 2026 Pūnana Scholars, Kai Kealoha.

Kai is a Native Hawaiian sophomore at the University of Hawaiʻi at Hilo studying marine
science. Growing up in Keaukaha, he spent summers fishing with his grandfather and
volunteering at the Waiākea fishpond restoration. Now he's helping a research team monitor
water temperature and ʻama'ama (mullet) populations in traditional fishponds around Hilo
Bay.

"My kūpuna managed these fishponds for generations," Kai says. "I want to bring that
knowledge together with the science."

Kai shared his story with us and agreed to be featured here. Thank you to the donors who
made his scholarship possible.

Applications for the 2027 Pūnana Scholars open February 1.

Mahalo,
Pūnana Education Foundation""",
        [("racial_ethnic_origin", "")],
    ),
    (
        """Subject: Jake - out until Monday

Crew,

Heads up, Jake cut his hand pretty bad on the pole saw at the Whitmore job this
morning. I took him to urgent care, he got 6 stitches and a tetanus shot, and the doctor
said no gloves-on work until the stitches come out. He's off until Monday.

So for the rest of the week:
- Marco, you're running the second truck with Eli
- Thursday, the Patterson stump grinding moves to Friday
- Everyone: blades get checked before every job, no exceptions. I'm serious.

I'm filing the workers' comp paperwork tonight.

Walt""",
        [("health", "")],
    ),
    (
        """Subject: Ticket #48213 - Employee 114 fingerprint not recognized

Hello ClockWise Support,

One of our employees, Maria Lopez (employee #114), has not been able to clock in on the
fingerprint reader at our Elm Street kitchen since Monday. Re-enrolling on the device
didn't help. Per your instructions, here is the export from the admin console:

Employee: 114 - Lopez, Maria
Device: CW-200 (serial CW2-33817), Elm Street
Enrolled finger: right index
Template hash (SHA-256):
38c5f058963fd3b5a8d6ab4dfe993c225f66f7fd8d79ec782ffd560b23c168c2
Last successful match: 11/30/2026 06:58
Match attempts since: 14, all rejected (best score 41, threshold 60)

Could you tell us if the template is corrupt, or if the reader needs replacing? In the
meantime Maria is clocking in with her badge.

Thanks,
Dwight Sorensen
Office Manager, Harvest Table Restaurant Group""",
        [("biometric", "")],
    ),
    (
        """Subject: Thank you for Friday's lunch, and a note about Walter

Dear friends,

Thank you to everyone who came to the Friday Lunch Bunch at the Center. Forty-two of you
braved the snow for Chef Marcus's pot roast!

A special thank-you to Walter Brennan and his husband, George, who have been coming to the
lunch since the very first one in 2015 and who brought the beautiful poinsettias for every
table. They're celebrating 45 years together this month, and they've asked that instead of
gifts, people make a donation to the Center's transportation fund, which brings homebound
members to lunch.

Coming up:
- December 18: Holiday lunch and sing-along with the Gay Men's Chorus
- January 8: Lunch and a talk on avoiding scams targeting older adults

As always, lunch is free for members 60 and over.

Warmly,
Bev Harrington
Program Director, SAGE Center of the Twin Cities""",
        [("sexual_orientation", "")],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_20, "hard20", Path(__file__).with_name("hard-20.jsonl")))
