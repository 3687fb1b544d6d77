"""Hard set 8: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

The author read only privacy-policy section 9 and independent_sets.py; no scanner, rules,
docs or other case file. Conventions:

- Identifier values are exact substrings that occur exactly once in their text, written the
  way the sender wrote them (spaces, dots, dashes or the word "dash" kept inside the value).
- Special categories (the names in SPECIAL_CATEGORIES) carry "" (the whole text) and count
  only when the text discloses the category about an identifiable person: someone named, a
  specific addressed individual, or the writer in the first person.  Indirect statements
  count when a reader would take them as that fact ("in and out of the hospital with her
  heart" is health, "clean 18 months" is health (substance-use recovery), "her people are
  from Oaxaca" is ethnic origin, "goes to meeting on First Day" is a Quaker's religious
  belief, "keeps halal"/"eats kosher" as a person's practice is religious belief, a named
  man's husband is sexual orientation).  Topics never count: events, programmes, appeals,
  anonymised stories, aggregate statistics, news about public bodies and public figures'
  public positions, offers of menu options to a whole list.  Vegetarian/vegan/gluten-free
  as a preference is not a category; a named person's food allergy or coeliac disease is
  health.
- A newsletter profile of a named volunteer is a disclosure when it states a category
  about that person (their diagnosis, their conviction, their faith), not when it only
  says they help with a cause (volunteering at a hospital or a reentry programme).
- A partial SSN given as such (the last four, a masked ***-**-1234, the second half of a
  number split across two quoted messages) is US_SSN; the first five digits alone are not
  labelled (the checker accepts only four or nine digits), the last four are.
- Corrections: when a thread keeps both the wrong and the corrected number of the same
  person, both are labelled (both were sent); "ignore the last number" without repeating
  it labels only the number present.
- A card's last four alone are CREDIT_CARD_LAST_DIGITS (also in receipts and CSV
  columns); the security code next to a card is CVV.
- ACCESS_CODE is a one-time login, verification or bank code sent to or by one person; a
  passcode in a public webinar invitation, a building door or gate code and a Wi-Fi
  password are decoys (they open no one's financial or personal account).
- PASSWORD and PIN are labelled for a person's or an organisation's own account, card or
  payment-platform login; generic advice about passwords is a decoy.
- CREDIT_REPORT values are the clause that states the report's contents; CREDIT_SCORE is
  the score number.
- An organisation's EIN, invoice, case, tracking, grant and membership numbers are decoys,
  as are numbers shaped like an SSN that SSA rules exclude (area 000, 666, 9xx outside the
  ITIN groups).  DOB, names, emails, postal addresses and phone numbers are never labelled.
- Clergy named in their public role (a pastor saying grace at an event) and greetings for
  religious holidays sent to a whole list are decoys; a person's own observance is not.
- Spelling and dates follow the (British, Canadian or Australian) writer where the
  mail is from one; the identifiers are always US ones.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_8: list[Case] = [
    # ---- long rambling mail, the identifier one clause in the middle -----
    (
        "Hi Tanisha, thanks again for jumping in on Saturday, the line at the pantry was out "
        "the door by 9 and we'd never have got through it without you. Parking is still a "
        "mess so use the lot behind the Methodist church and walk over. Oh and before I "
        "forget, payroll needs your SSN for the stipend form, so bring your card on "
        "Saturday and fill it in on the secure tablet, please don't email it. Also Gerald "
        "says the walk-in cooler is making that noise again so if you hear it just unplug "
        "and replug it, apparently that works. See you at 8:30!",
        [],
    ),
    (
        "Hello Mr. Okonkwo, thank you for the voided cheque, it arrived Tuesday along with the "
        "lovely card from your granddaughter. I've keyed in routing number 071326360 and "
        "account 4418 2093 57 for your monthly gift of $40, which will start on the 1st of "
        "January. The calendar you asked about is in the post, and our colour brochure for "
        "the spring programme should follow in February. Warm regards from all of us at "
        "Lakeshore Literacy.",
        [("ABA_ROUTING_NUMBER", "071326360"), ("US_BANK_NUMBER", "4418 2093 57")],
    ),
    (
        "Team, quick run-down for the gala load-in: truck arrives 7am at dock B, linens come "
        "from Rayburn's at 10, the florist needs the side door propped. Mrs. Delacroix rang "
        "to pay for her table and read her card to me over the phone, 4914 5856 3074 0774, "
        "exp 09/28, CVV 613, so Priya can you run that when you're in? The silent auction "
        "bid sheets are in the blue tub and the easels are in my car. Wine is 6 cases red "
        "4 white, don't let the caterer take it home again.",
        [("CREDIT_CARD", "4914 5856 3074 0774"), ("CVV", "613")],
    ),
    (
        "Dear Frances, apologies for the delay getting back to you about the Guatemala service "
        "trip, it's been a frantic fortnight here. The airline needs everyone's details by the "
        "15th, and I have Anil's passport as 568214937, expiring August 2031, but yours isn't "
        "on the sheet yet. We're still waiting to hear whether the bus from Antigua can take "
        "the tools as well as the team. Could you also ask the Rotary club whether their "
        "fundraising breakfast can move to the 20th?",
        [("US_PASSPORT", "568214937")],
    ),
    (
        "Morning all, minutes from Thursday are attached and the budget spreadsheet is on the "
        "shared drive. Rosa came by the VITA desk yesterday and her ITIN renewal finally came "
        "through, the number is 927-81-4456, so we can file her 2025 return this week. "
        "Remind me that the copier lease is up in March and the heating in room 3 is on the "
        "blink again. Coffee's on me Friday.",
        [("US_ITIN", "927-81-4456")],
    ),
    # ---- mobile-typed, no capitals or punctuation -----
    (
        "ok card is 5180703294888839 code on back 447 put it under my name for the 2 tix "
        "thx so much see u at the thing",
        [("CREDIT_CARD", "5180703294888839"), ("CVV", "447")],
    ),
    (
        "the bank just texted me a code 904417 can u put it in before it times out im "
        "driving and cant do it, its for the transfer to the scholarship acct",
        [("ACCESS_CODE", "904417")],
    ),
    (
        "my pin for the ebt card is 0627 can u check the balance when ur at the office i "
        "cant get the app to work on my phone",
        [("PIN", "0627")],
    ),
    (
        "running late traffic on the 401 is a nightmare be there in 20 save me a coffee and "
        "tell derek the projector cable is in the green bin",
        [],
    ),
    (
        "fyi bev wont make the 2pm shes been in and out of the hospital all week covering the "
        "chaplaincy front desk for the volunteer office there, she says sorry",
        [],
    ),
    # ---- corrections, retractions, split values -----
    (
        "Hi Lorna, ignore the last number I sent, the right one is 604.19.2283. I'd "
        "transposed two digits while typing it into the W-9 and only noticed when the "
        "payroll portal threw an error. Everything else on the form is fine. Sorry for the "
        "faff!",
        [("US_SSN", "604.19.2283")],
    ),
    (
        "Sorry, sorry, correction: the account number for the refund is 7302 5591 46, not "
        "7302 5519 46 like I wrote this morning, my fat fingers. Routing is the same, "
        "122957125. Cheers for sorting it, no worries if it's not till Monday arvo.",
        [
            ("US_BANK_NUMBER", "7302 5591 46"),
            ("US_BANK_NUMBER", "7302 5519 46"),
            ("ABA_ROUTING_NUMBER", "122957125"),
        ],
    ),
    (
        "ok here's the rest of it: 6094. That should be everything the bursary office needs "
        "for Kayla's form.\n\n"
        "> On Tue, 2 Dec 2026 at 19:04, Deb Fowler wrote:\n"
        "> first bit of my social is 238-51, I'll send the rest in a separate message to be "
        "safe\n",
        [("US_SSN", "6094")],
    ),
    (
        "Hi Jo, for the volunteer background check my social is 447 dash 20 dash 8163, I "
        "didn't want to type it the normal way in an email in case of bots. Let me know if "
        "the form needs anything else.",
        [("US_SSN", "447 dash 20 dash 8163")],
    ),
    # ---- government IDs of several states -----
    (
        "Hiya Carol, the van hire place needs a driver on file for the Saturday run. "
        "Stephen's Florida licence is R163-742-58-917-0 and he's happy to be named. "
        "The pick-up is at 8 from the depot on Fourth, and the sandwiches are sorted.",
        [("US_DRIVER_LICENSE", "R163-742-58-917-0")],
    ),
    (
        "Grandad doesn't drive any more so he's got the New York non-driver ID instead, "
        "number 739 214 586, which the clinic said is fine for the mobile van sign-up. He "
        "can be there for the 10:30 slot.",
        [("US_STATE_ID", "739 214 586")],
    ),
    (
        "Re the shelter intake: Ms. Pruitt's Ohio state ID is RT482917, copied from the card "
        "she showed me at the desk. Her bed assignment is 14B for now.",
        [("US_STATE_ID", "RT482917")],
    ),
    # ---- financial: IBAN, cards, last digits, PIN, passwords, codes, keys -----
    (
        "Hi Siobhan, lovely to finally meet you on the call. For your stipend as our Dublin "
        "programme officer, could you confirm your IBAN is IE32 AIBK 9311 5238 4017 64? "
        "Finance will pay on the 28th of each month, in euro, starting January.",
        [("IBAN_CODE", "IE32 AIBK 9311 5238 4017 64")],
    ),
    (
        "Thanks Jürgen - the honorarium for your keynote goes out Monday to "
        "DE08370400440817264395 as you asked. Travel receipts can come whenever.",
        [("IBAN_CODE", "DE08370400440817264395")],
    ),
    (
        "Thank you, Helen! Your gift of $50 to the Riverbend Animal Shelter was charged to "
        "your Visa ending in 2208 on 4 December 2026. No goods or services were provided in "
        "exchange for this contribution.",
        [("CREDIT_CARD_LAST_DIGITS", "2208")],
    ),
    (
        "We went through Mrs. Abbott's online banking in the session today. She uses the "
        "same password for everything, Bluebell1957, so we helped her change it and set up "
        "text alerts. Next session is the 11th.",
        [("PASSWORD", "Bluebell1957")],
    ),
    (
        "CiviBank: A new device signed in to your online banking on 5 Dec 2026 at 09:14. If "
        "this was you, no action is needed. If not, call us on 1-800-555-0199 and we'll "
        "lock your account. We will never ask for your code or PIN.",
        [],
    ),
    (
        "Hey Raj, for the signup form sync can you paste this into the Zapier step: "
        "929f4138251eab1b62f7feac95abdced-us21. It's our Mailchimp key so don't put it in "
        "the shared doc.",
        [("API_KEY", "929f4138251eab1b62f7feac95abdced-us21")],
    ),
    (
        "Config for the receipting script, as promised:\n"
        "SENDGRID_API_KEY=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\n"
        "FROM_ADDRESS=receipts@eastsidearts.org\n"
        "Let me know if the test send works.",
        [
            (
                "API_KEY",
                "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",
            )
        ],
    ),
    (
        "honestly my credit score is like 597 so i doubt ill qualify for the matched "
        "savings thing but ill come to the workshop anyway",
        [("CREDIT_SCORE", "597")],
    ),
    (
        "Notes for Dwayne's file before Thursday: his TransUnion pull shows two 30-day lates "
        "on the Navient loan in 2025 and a $1,140 collection from Midland Credit. Everything "
        "else is current and his FICO is sitting at 612, so let's talk through a dispute "
        "letter for the collection.",
        [
            (
                "CREDIT_REPORT",
                "two 30-day lates on the Navient loan in 2025 and a $1,140 collection from "
                "Midland Credit",
            ),
            ("CREDIT_SCORE", "612"),
        ],
    ),
    (
        "Counsellor note, Ms. Thibodeaux: her Equifax report lists a Chapter 7 discharge "
        "from 2019 and a repossession from Santander in 2020; utilisation is under 10%.",
        [
            (
                "CREDIT_REPORT",
                "a Chapter 7 discharge from 2019 and a repossession from Santander in 2020",
            )
        ],
    ),
    # ---- special categories, said indirectly -----
    (
        "Could someone else take Mrs. Patterson's Meals on Wheels route this month? She's "
        "been in and out of the hospital with her heart and her daughter doesn't want her "
        "lifting the coolers. I'll cover Tuesday myself.",
        [("health", "")],
    ),
    (
        "Luis has been clean 18 months now and he's asked if he can speak at the gala about "
        "the recovery house. I think it'd be powerful, but let's make sure he's comfortable "
        "with the photographer being there.",
        [("health", "")],
    ),
    (
        "Thanks for your message. I'm out of the office until 5 January recovering from hip "
        "surgery, with no access to email. For urgent matters please contact Naomi on "
        "ext. 214.",
        [("health", "")],
    ),
    (
        "For the holiday party: please label anything with nuts, since we always have a few "
        "allergies among the families, and there'll be a vegetarian table as usual. No "
        "satay from the Thai place this year, just to be safe.",
        [],
    ),
    (
        "Maya's genetic test came back and she carries the BRCA1 variant, which is why "
        "she's stepping down as race chair this year. She'd still love to hand out medals.",
        [("genetic", "")],
    ),
    (
        "Quick update from Aunt Rhoda: the 23andMe health report says she's a carrier for "
        "cystic fibrosis, so she's passing the info on to her nieces before the family "
        "reunion. She asked me to tell the support group.",
        [("genetic", "")],
    ),
    (
        "TimeTrack Pro notification: fingerprint template enrolled for employee Tomás Reyes "
        "(badge 0412) at the Eastside clinic clock. Template data: "
        "pHQHIe2a3w7IAVWfrhkfTJ6r2KWE4pvRSlOll+lEcMk9Yr7gIMGJUlp+P9hndLU2",
        [("biometric", "")],
    ),
    (
        "Harriet, the vendor sent back your voiceprint for the donor hotline's phone banking "
        "login, and the attachment bounced, so here it is pasted: VP1:7f2c9a0e41b85d36c0"
        "19e4a7b2f58d6031c9e7a4. Keep it somewhere safe in case we need to re-enrol you.",
        [("biometric", "")],
    ),
    (
        "Elena would be perfect for the outreach role. Her people are from Oaxaca and she "
        "grew up speaking Mixtec at home, so families will trust her straight away.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Being the only Black woman on this board for six years has been exhausting, and I "
        "want that on the record before we vote on the DEI plan.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Seating plan: please put Dave at table 9, away from Marjorie. He's a die-hard MAGA "
        "guy and she canvassed for the Democrats all autumn, and last year it got loud.",
        [("political_opinion", "")],
    ),
    (
        "I'll be honest with you, I'm a card-carrying Green Party member and I can't sign a "
        "fundraising letter that thanks the governor. Happy to help with anything else.",
        [("political_opinion", "")],
    ),
    (
        "Can we order from Kabul Kitchen for the committee lunch? Ahmed eats halal and last "
        "time he just had the crisps.",
        [("religious_belief", "")],
    ),
    (
        "Walter goes to meeting on First Day, so Sunday mornings are out for him, but he's "
        "glad to take the Saturday shift at the clothes closet.",
        [("religious_belief", "")],
    ),
    (
        "Keisha can't do the Tuesday call because she's a shop steward with AFSCME Local "
        "3299 and has a grievance hearing. Let's move it to Wednesday.",
        [("trade_union_membership", "")],
    ),
    (
        "Our volunteer Tom and his husband Chris have offered their barn for the harvest "
        "supper again. They'll need the tables back by Sunday night.",
        [("sexual_orientation", "")],
    ),
    (
        "As a gay man who grew up in rural Kansas, I know how much a group like yours would "
        "have meant to me at sixteen. Please put me down for $100 a month.",
        [("sexual_orientation", "")],
    ),
    # ---- newsletters profiling named volunteers -----
    (
        "VOLUNTEER SPOTLIGHT: Meet Darnell Hughes, who came home in 2021 after eleven years "
        'at San Quentin and now runs our Thursday job club. "Someone gave me a shot," he '
        "says. \"I'm just passing it on.\" Darnell's favourite part of the week is mock "
        "interviews.",
        [("criminal_history", "")],
    ),
    (
        "This month's spotlight is Gwen Albright, who started volunteering with us after her "
        "own MS diagnosis in 2018. Gwen now leads the Wednesday aqua class and has raised "
        "over $6,000 for the walk.",
        [("health", "")],
    ),
    (
        "Volunteer spotlight: Ruth Chen has knitted more than 400 hats for the NICU at "
        "St. Vincent's since 2019. When she's not knitting, Ruth is teaching her grandsons "
        "to play mahjong. Thank you, Ruth!",
        [],
    ),
    (
        "Meet our reentry mentors! This year 34 volunteers, many of them formerly "
        "incarcerated, gave over 2,000 hours to people coming home. Want to join them? "
        "Training starts 12 January.",
        [],
    ),
    # ---- decoys: logistics, auto-replies, notifications -----
    (
        "Join us for our free webinar, 'Year-End Giving Made Simple', on 10 December at "
        "2pm ET. Zoom link: https://zoom.us/j/81344926051 - Passcode: 552190. Everyone is "
        "welcome, please share with your networks.",
        [],
    ),
    (
        "Thank you for your generous gift of $250 to Harbor Lights Youth Sailing on 3 "
        "December 2026. Harbor Lights is a 501(c)(3) organisation, EIN 47-3819265. No goods "
        "or services were provided in exchange for your contribution.",
        [],
    ),
    (
        "Thanks for your email. I'm out of the office until Monday 8 December with limited "
        "access to email. For volunteer scheduling, contact volunteers@foodshare.org; for "
        "anything else I'll reply when I'm back.",
        [],
    ),
    (
        "Your password for the Volunteer Hub was changed on 5 December 2026 at 14:32. If "
        "you didn't make this change, reset your password at https://hub.foodshare.org/reset "
        "or reply to this message.",
        [],
    ),
    (
        "Shift reminder: Saturday 7am at the Elm Street pantry. The side door keypad code "
        "is 2580# and the Wi-Fi is PantryGuest / beans4all. Please park on the street.",
        [],
    ),
    (
        "Holiday lunch RSVP: we'll have vegetarian, vegan and gluten-free options, and "
        "halal and kosher meals can be ordered on request. Let Amira know by Friday.",
        [],
    ),
    (
        "Reminder: we will never ask you for your Social Security number, bank PIN or "
        "online banking password by email or phone. If anyone claiming to be from Open Door "
        "does, hang up and call us on 555-0142.",
        [],
    ),
    (
        "Your order #OD-774193 has shipped! Track it with USPS: 9400 1118 9922 3857 4419 26. "
        "Estimated delivery Tuesday. Thank you for supporting the shelter's holiday shop.",
        [],
    ),
    (
        "Hi, we tried to reach you about case 900-12-4471 regarding the utility assistance "
        "application. Please call the office between 9 and 4 so we can finish the intake.",
        [],
    ),
    (
        "Your museum membership number is 6034 1187 2290 4413 and your new card will arrive "
        "in 7-10 days. Show it at the desk for free entry and 10% off in the shop.",
        [],
    ),
    (
        "The fillable W-9 is attached. Please complete the TIN box yourself and return it "
        "via the secure upload link, not by email; the SSN field should read ___-__-____ "
        "on anything you send us.",
        [],
    ),
    (
        "Free credit workshop, Tuesday 6pm at the library: learn what's on a credit report, "
        "how scores are calculated, and why a score above 700 opens doors. Bring a friend.",
        [],
    ),
    # ---- grant reports, minutes, policies, job postings -----
    (
        "Year-one grant report, Healthy Homes Initiative: we served 412 households, of "
        "whom 38% identified as Hispanic/Latino, 22% reported a chronic health condition "
        "and 9% a disability. Median credit scores rose from 588 to 631 among the 60 "
        "participants in coaching.",
        [],
    ),
    (
        "Minutes, Board of Directors, 2 December 2026. Present: 9 of 11. The treasurer "
        "reported operating reserves of 4.2 months. The board discussed the staff union's "
        "bargaining proposal and authorised the ED to continue negotiations. Motion to "
        "adopt the whistleblower policy carried 9-0.",
        [],
    ),
    (
        "Minutes, Finance Committee, 28 November. J. Alvarez disclosed that he is a member "
        "of SEIU Local 1199 and recused himself from the vote on the contract with the "
        "nursing home. The motion carried 4-0 with one recusal.",
        [("trade_union_membership", "")],
    ),
    (
        "We're hiring a Programme Coordinator (full-time, $52,000). This position is "
        "covered by our collective agreement with OPEIU Local 8. We are an equal "
        "opportunity employer and welcome applicants of any race, religion, sexual "
        "orientation, disability or conviction history; background checks happen only after "
        "a conditional offer.",
        [],
    ),
    (
        "Data handling policy, section 4: staff must never paste full card numbers, Social "
        "Security numbers or medical details into email. If a donor sends one, delete it, "
        "reply from a fresh message, and log the incident with the privacy lead.",
        [],
    ),
    (
        "Case study for the annual report (names changed): 'M.' came to us after losing her "
        "flat following a long hospital stay. Within six months she had a new tenancy and a "
        "part-time job.",
        [],
    ),
    (
        "Great news from the capitol: Governor Hochul signed the tenant protection bill we "
        "lobbied for, and Senator Padilla's office has asked us to testify in March. As a "
        "501(c)(3) we remain strictly nonpartisan.",
        [],
    ),
    (
        "Our rare disease foundation now funds genetic counselling for families awaiting "
        "test results, and the new clinic entrance uses fingerprint access for staff. "
        "Enrolment sessions are Tuesday and Thursday.",
        [],
    ),
    (
        "Reminder that our Walk to End Alzheimer's team meets at 8am at the bandstand. "
        "There's a blood drive in the church hall afterwards if you're feeling generous.",
        [],
    ),
    (
        "Fourteen of our sixty volunteers are union members, 11 attend a faith community "
        "weekly, and two-thirds are over 55, according to this year's anonymous survey.",
        [],
    ),
    # ---- CSV / TSV exports pasted into mail -----
    (
        "Here's the export you asked for, Dianne:\n"
        "name,email,gift_date,amount,card_last4\n"
        "Paula Greer,pgreer@mail.com,2026-11-02,75.00,4417\n"
        "Omar Haddad,ohaddad@mail.com,2026-11-09,120.00,8853\n"
        "Lin Wu,lwu@mail.com,2026-11-21,35.00,0296\n",
        [
            ("CREDIT_CARD_LAST_DIGITS", "4417"),
            ("CREDIT_CARD_LAST_DIGITS", "8853"),
            ("CREDIT_CARD_LAST_DIGITS", "0296"),
        ],
    ),
    (
        "TSV from the tax clinic sign-in, please check before Monday:\n"
        "client\tssn_last4\titin\tappt\n"
        "B. Moreno\t3318\t\t10:00\n"
        "J. Adeyemi\t\t964 73 0218\t10:30\n"
        "K. Nguyen\t7052\t\t11:00\n",
        [
            ("US_SSN", "3318"),
            ("US_ITIN", "964 73 0218"),
            ("US_SSN", "7052"),
        ],
    ),
    (
        "Export of the December appeal results:\n"
        "name,email,dob,city,amount\n"
        "Grace Liu,grace.liu@mail.com,1961-04-17,Portland,100\n"
        "Sam Ortiz,sortiz@mail.com,1978-09-02,Eugene,25\n"
        "Total: 2 gifts, $125",
        [],
    ),
    # ---- Canadian and mobile mail, euphemisms, hard decoys -----
    (
        "Hi Gillian, sorry to pester. Our volunteer Priya's U.S. passport, C03917482, runs "
        "out in March, so she'll need to renew before the Tijuana build. Could the office "
        "write her a letter for the expedited service? Cheers, and happy holidays to the "
        "whole team in Halifax.",
        [("US_PASSPORT", "C03917482")],
    ),
    (
        "pw for the square account is Maple-Syrup-1867 dont tell anyone lol, ill change it "
        "after the craft fair",
        [("PASSWORD", "Maple-Syrup-1867")],
    ),
    (
        "Bake-off judging is at 3. Grandma Lottie's got the sugar, so please keep her away "
        "from the pie table no matter what she tells you.",
        [("health", "")],
    ),
    (
        "Our raffle is licensed: gaming licence no. 1187-RF-2026, issued by the city. Tickets "
        "are $5 or 5 for $20, and the draw is at the social on Friday.",
        [],
    ),
    (
        "Eid Mubarak, Shabbat Shalom and happy holidays to all our members, whatever you "
        "celebrate! The office closes 24 December and reopens 2 January.",
        [],
    ),
    # ---- mixed / hard -----
    (
        "Hi Pat, sorry this is long. The room at the rec centre is booked for the 9th, but "
        "they want a named contact with ID, so I gave them Rhonda's California licence, "
        "D4829173. Rhonda's only just back from chemo so please don't ask her to set up "
        "chairs; I'll bring the urn and the biscuits. The raffle prizes are in my boot.",
        [("US_DRIVER_LICENSE", "D4829173"), ("health", "")],
    ),
    (
        "Re: donation by phone\n\n"
        "Sorry, I read you the wrong expiry as well as the wrong card! The right one is "
        "4526.8463.3214.2655, expiry 11/29. I'm a Quaker so please leave the 'blessings' "
        "line off my receipt if you can.",
        [("CREDIT_CARD", "4526.8463.3214.2655"), ("religious_belief", "")],
    ),
    (
        "I'm away until 12 January with limited email.\n\n"
        "> Original message from Gary Whitfield:\n"
        "> Hi Sue, new debit card for the youth club account arrived, PIN is 3916. Shred this "
        "once you've seen it.",
        [("PIN", "3916")],
    ),
    (
        "Thanks for applying to the tenant rights fellowship. For the stipend, finance "
        "needs your ITIN or SSN on the attached form; you said you'd rather give the last "
        "four only for now, so I've noted ***-**-5618 and we'll collect the rest in person.",
        [("US_SSN", "***-**-5618")],
    ),
    (
        "hey so for the bail fund thing ill give 50 a month, i was locked up in 2017 for 8 "
        "months on a possession charge and nobody posted for me so this matters",
        [("criminal_history", "")],
    ),
    (
        "Dear Ms. Farouk, your one-time code to log in to the donor portal is 481 306. If you "
        "didn't request it, you can ignore this email. Please don't forward it.",
        [("ACCESS_CODE", "481 306")],
    ),
    (
        "Dear Ms. Farouk, thank you for attending our webinar on planned giving. The "
        "recording and slides are at https://example.org/pg-recording, passcode "
        "Legacy2026, and may be shared freely with your family or advisors.",
        [],
    ),
    (
        "Note to self for the committee: Pastor Reyes (St. Anne's) confirmed the hall for "
        "the breakfast and will say grace; the Muslim Student Association is bringing "
        "samosas; the vegetarian dish is from Chloe.",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_8, "hard8", Path(__file__).with_name("hard-8.jsonl")))
