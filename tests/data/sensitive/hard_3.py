"""Held-apart evaluation set "hard-3" for the mailguard sensitive-data detector.

Written 2026-12-06 by an independent helper session that did not read the detector
(scanner/, rules/), its documentation, or any other evaluation set. The only source
for the taxonomy was the provider's privacy policy, Section 9 ("Sensitive Data").

This set is HELD APART: it must never be used to tune rules, thresholds or models.
Use it only to measure. If a case is found to be mislabelled, fix the label here
with a note in the commit message; do not change texts to make the detector pass.

Every text was written by hand for this set. Numbers are well-known public test
numbers (card brands' test PANs, documented example routing numbers / IBANs) or
were generated for this set with valid check digits (Luhn, ABA, ISO 7064 mod-97,
SSA area/group/serial rules). Tokens and keys are random strings in the vendor's
format; none are live.

Labelling conventions used here:

* Identifiers and secrets carry the exact substring holding the value. A partial
  SSN (last four digits given as such) is US_SSN: the policy says "or any portion
  thereof". A card's last four digits alone are CREDIT_CARD_LAST_DIGITS.
* Special categories carry "" and cover the whole text. They are labelled only when
  the text reveals something about an identifiable person (named, initialled, or the
  writer themself); anonymised stories, events, programs and news stay clean.
* Dates of birth, names, emails, postal addresses and phone numbers are personal
  data but are not Sensitive Data under Section 9, so they are not labelled.
* Organisation identifiers that are public by design (an EIN on a donation receipt)
  are not government IDs of a person and are decoys.
* ACCESS_CODE / PIN / PASSWORD: labelled when the code is a secret that would let
  someone into an individual's account (login passwords, one-time login or bank
  verification codes, a debit-card PIN). A passcode printed in a PUBLIC webinar
  invitation that is meant to be shared freely is not a secret and opens no one's
  account, so it is a decoy (see the webinar case and its comment).
* API keys / tokens (GitHub, Stripe, Slack, AWS access key id and secret) are
  API_KEY; an AWS key pair gives two API_KEY spans. A git commit hash is not a key.
* Mentioning "password", "PIN", "CVV", "credit score" or "API key" as a topic, with
  no actual secret or value present, is a decoy.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_3: list[Case] = [
    # ------------------------------------------------------------------
    # Identifiers and secrets (27)
    # ------------------------------------------------------------------
    (
        "Hi Denise,\n\nI tried the online form twice and it kept timing out, so here's my "
        "info for the monthly gift: card number 4539 1891 4585 6301, expires 11/28, the "
        "code on the back is 417. Please start it this month.\n\nThanks,\nWalt Hennessy",
        [("CREDIT_CARD", "4539 1891 4585 6301"), ("CVV", "417")],
    ),
    (
        "--- Forwarded pledge card (Spring Gala, table 12) ---\n"
        "Name: Priya Raman\n"
        "Gift amount: $1,500.00\n"
        "Card type: AMEX\n"
        "Card No.: 3744 633214 26585\n"
        "CID: 8842\n"
        "Exp: 04/29",
        [("CREDIT_CARD", "3744 633214 26585"), ("CVV", "8842")],
    ),
    (
        "Sorry, my phone split the number weirdly. It's\n5424 1874\n0775 2684\nexp 07/27. "
        "Put $50 toward the coat drive please.",
        [("CREDIT_CARD", "5424 1874\n0775 2684")],
    ),
    (
        "FW: phone pledge\n> caller said charge 4012888888881881 for $35/mo starting June, "
        "exp 0230, she'll mail the signed form",
        [("CREDIT_CARD", "4012888888881881")],
    ),
    (
        "Thank you, Ms. Oduya! Your recurring gift of $25.00 will continue to be charged to "
        "the Visa ending in 4242 on the 1st of each month.",
        [("CREDIT_CARD_LAST_DIGITS", "4242")],
    ),
    (
        "Oops, forgot one thing: the security code for the Discover ending in 1117 is 902.",
        [("CREDIT_CARD_LAST_DIGITS", "1117"), ("CVV", "902")],
    ),
    (
        "Intake for Rosa Delgado is done. SSN 523-48-7716, DOB 3/2/1961. She'll need help "
        "with the SNAP recertification before the 15th.",
        [("US_SSN", "523-48-7716")],
    ),
    (
        "Attached W-9 details for the stipend payment:\n"
        "Payee: Marcus Bell\n"
        "TIN type: SSN\n"
        "Taxpayer ID: 412 73 5590\n"
        "Address: 18 Linden Ct, Dayton OH 45409",
        [("US_SSN", "412 73 5590")],
    ),
    (
        "For the benefits call tomorrow, the caseworker will verify her identity with the "
        "last four of her social, which is 6218.",
        [("US_SSN", "6218")],
    ),
    (
        "pls add to his volunteer file - soc sec # 287659104 - the background check vendor "
        "needs it by Friday",
        [("US_SSN", "287659104")],
    ),
    (
        "Mr. Ortiz files with an ITIN rather than a social, so please put 912-78-4431 on "
        "his stipend 1099 instead of leaving the TIN box blank.",
        [("US_ITIN", "912-78-4431")],
    ),
    (
        "Driver's license for the van rental: California D4821937, exp. 2029. The "
        "insurance rider needs it before Thursday.",
        [("US_DRIVER_LICENSE", "D4821937")],
    ),
    (
        "Volunteer driver form\nName: Alicia Gomez\nState: NY\nLicense #: 739 204 815\n"
        "Class: D\nYears driving: 12",
        [("US_DRIVER_LICENSE", "739 204 815")],
    ),
    (
        "Her FL DL is W426-545-30-761-0 if the hotel asks for ID at check-in.",
        [("US_DRIVER_LICENSE", "W426-545-30-761-0")],
    ),
    (
        "Travel form - Chaperone\nFull name: Teresa Wu\nPassport Number: A04518372\n"
        "Issuing country: USA\nEmergency contact: (415) 555-0188",
        [("US_PASSPORT", "A04518372")],
    ),
    (
        "Direct deposit for your stipend is set up:\nBank: Chase\nRouting: 021000021\n"
        "Account: 483920117645\nType: Checking\n\nFirst payment goes out on the 30th.",
        [("ABA_ROUTING_NUMBER", "021000021"), ("US_BANK_NUMBER", "483920117645")],
    ),
    (
        "I switched banks, so please pull the monthly ACH from my new account at Wells "
        "Fargo, #7104 3398 2261, starting in March. Thank you! - Gloria",
        [("US_BANK_NUMBER", "7104 3398 2261")],
    ),
    (
        "Dear Ms. Becker, for the Berlin partner grant please transfer to IBAN "
        "DE44 5001 0517 5407 3249 31 (account holder: Nachbarschaftshilfe e.V.).",
        [("IBAN_CODE", "DE44 5001 0517 5407 3249 31")],
    ),
    (
        "Bank details for the Lyon host family stipend: FR1420041010050500013M02606, BIC "
        "PSSTFRPPLYO. Please confirm once sent.",
        [("IBAN_CODE", "FR1420041010050500013M02606")],
    ),
    (
        "Hi Joan,\n\nI've reset your CRM login.\nUsername: jkowalski\n"
        "Temporary password: Maple!Harbor72\nYou'll be asked to change it when you sign "
        "in.\n\n- IT Help Desk",
        [("PASSWORD", "Maple!Harbor72")],
    ),
    (
        "The PIN for the program's prepaid debit card (Rafael's grocery stipend) is 7305. "
        "Please don't write it on the card.",
        [("PIN", "7305")],
    ),
    (
        "Hi Marcy, I'm setting up my recurring gift through my bank's bill pay and got "
        "stuck. The bank just texted me a one-time code, 482913 - can you enter it on your "
        "end while we're on the phone?",
        [("ACCESS_CODE", "482913")],
    ),
    (
        "For the website deploy I added a token so the Action can push: "
        "ghp_aEbUOolLr7GG4GWIm2sTVPHQ8emEeJ0Xf5VS. I'll rotate it after launch.",
        [("API_KEY", "ghp_aEbUOolLr7GG4GWIm2sTVPHQ8emEeJ0Xf5VS")],
    ),
    (
        "Here's the donations account secret key for the new form plugin: "
        "sk_live_5hBgtEzCyUlb1bjKbdWZrmhE",
        [("API_KEY", "sk_live_5hBgtEzCyUlb1bjKbdWZrmhE")],
    ),
    (
        "Bot token for the volunteer-reminder integration, paste it into the settings "
        "page: xoxb-571510201920-7732636957127-pxImanDyMYYSBJBpNHWWLVih",
        [("API_KEY", "xoxb-571510201920-7732636957127-pxImanDyMYYSBJBpNHWWLVih")],
    ),
    (
        "Backup credentials for the photo archive bucket:\n"
        "aws_access_key_id = AKIADNYACZA54YXAUXVT\n"
        "aws_secret_access_key = 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",
        [
            ("API_KEY", "AKIADNYACZA54YXAUXVT"),
            ("API_KEY", "QT948pt2h91AoliUjoLFrvIuzPhqmO/y+6pLE7db"),
        ],
    ),
    (
        "Good news on the housing application: Ms. Tran's TransUnion score came back at "
        "642, which clears the landlord's 620 minimum.",
        [("CREDIT_SCORE", "642")],
    ),
    # ------------------------------------------------------------------
    # Identifier-shaped decoys (20)
    # ------------------------------------------------------------------
    (
        "Your Giving Tuesday t-shirt shipped! UPS tracking: 1Z 999 AA1 01 2345 6784. "
        "Estimated delivery Thursday.",
        [],
    ),
    (
        "Order #113-4829117-3390215 from our wish list was delivered to the shelter on "
        "11/28. Thank you to whoever sent the diapers!",
        [],
    ),
    (
        "Thank you for your gift of $250.00 on December 2, 2026. Harbor Lights Food Pantry "
        "is a 501(c)(3) organization, EIN 52-1693387. No goods or services were provided "
        "in exchange for this contribution.",
        [],
    ),
    (
        "Questions? Call our volunteer line at (202) 555-0143 or text 202-555-0199 between "
        "9 and 5, Monday through Friday.",
        [],
    ),
    (
        "Please mail checks to P.O. Box 4417, Silver Spring, MD 20914-4417, payable to "
        "Harbor Lights.",
        [],
    ),
    (
        "This month's book club pick is Evicted (ISBN 978-0-553-44743-9). Copies are at "
        "the front desk; we meet Jan 8 at 6:30.",
        [],
    ),
    # Luhn-invalid 16-digit number in card-like grouping.
    (
        "Your grant application reference is 2024 0815 3377 1902; please quote it in all "
        "correspondence with the foundation.",
        [],
    ),
    # Luhn-invalid 16-digit number, unseparated.
    (
        "Registration confirmed for the Harvest 5K. Confirmation number: 7301554928810467. "
        "Packet pickup opens at 7am.",
        [],
    ),
    # Public webinar passcode: the invitation is sent to the whole list and meant to be
    # shared. It opens no individual's account and is not secret, so it is NOT an
    # ACCESS_CODE under Section 9(b). Consistently, a one-time login or bank
    # verification code sent to one person IS labelled ACCESS_CODE above.
    (
        "Join our public Volunteer Orientation webinar on Zoom, Tuesday at noon.\n"
        "Meeting ID: 845 2210 9937\nPasscode: 551203\n"
        "All are welcome - please share this invite with friends!",
        [],
    ),
    (
        "Forgot your password? Reset it at https://donate.harborlights.org/account/reset - "
        "the link expires in 24 hours.",
        [],
    ),
    (
        "Reminder: Harbor Lights will never ask for your PIN, your card's security code, or "
        "your Social Security number by email or phone.",
        [],
    ),
    (
        "To update your card, enter the 16-digit number and the 3-digit CVV from the back "
        "into the secure form. Please don't reply to this email with card details.",
        [],
    ),
    (
        "Your donor record has been updated.\nConstituent ID: 418203391\nPlease reference "
        "this ID when calling about your giving history.",
        [],
    ),
    (
        "Pledge schedule: $500.00 on 01/15/2027, $500.00 on 04/15/2027, and $1,000.00 on "
        "07/15/2027 (total $2,000.00).",
        [],
    ),
    (
        "The broken donate button is fixed in commit 9f3c2ab71e04d5c88b1f6a2e7d90c3b4a5e6f718; "
        "it will be live after tonight's deploy.",
        [],
    ),
    (
        "Your support ticket 7c9e6679-7425-40de-944b-e07fc1f90ae7 has been closed. Reply to "
        "this message to reopen it.",
        [],
    ),
    (
        "Invoice INV-2026-00417 for the banquet hall deposit ($1,850.00) is due 12/20. "
        "Our PO number is 4500218836.",
        [],
    ),
    (
        "Our free Credit Builders workshop covers how credit scores are calculated, what's "
        "in a credit report, and how to dispute errors. Saturdays at 10am.",
        [],
    ),
    (
        "Welcome to the volunteer portal!\nUsername: your email address\n"
        "Password: the one you created when you registered\n"
        "Trouble signing in? Use the Forgot Password link.",
        [],
    ),
    (
        "To connect the volunteer app, generate an API key under Settings > Integrations and "
        "paste it into the app yourself. Please don't email keys to staff.",
        [],
    ),
    # ------------------------------------------------------------------
    # Special categories about an identifiable person (19, one also has an SSN)
    # ------------------------------------------------------------------
    (
        "Maria Lopez won't be at Saturday's food bank shift. She starts chemo next week for "
        "her breast cancer and asked us to keep her on the list for spring.",
        [("health", "")],
    ),
    (
        "Reminder for the overnight camping trip: Tommy Reyes needs to bring his insulin pen "
        "and glucose meter, and he has to check his levels before dinner and at bedtime.",
        [("health", "")],
    ),
    (
        "Just a heads-up that Deb Park was admitted to St. Mary's on Tuesday and will be out "
        "through the gala. Please send cards to the office rather than the hospital.",
        [("health", "")],
    ),
    (
        "Keisha Grant asked to move to check-in instead of unloading trucks since she's 26 "
        "weeks along - her OB said no lifting over 20 lbs.",
        [("health", "")],
    ),
    (
        "Case note 11/14 - Client J. Ramirez reports panic attacks 3-4x/week; continues "
        "sertraline 50 mg. Referred to the community clinic for weekly therapy.",
        [("health", "")],
    ),
    (
        "Ahmed asked to swap his Friday afternoon shift to Sunday because he goes to Jumu'ah "
        "prayers at the mosque. Can anyone trade with him?",
        [("religious_belief", "")],
    ),
    (
        "Please don't schedule Rivka Stern on Friday evenings or Saturdays - she keeps "
        "Shabbat - and order her a kosher meal for the volunteer lunch.",
        [("religious_belief", "")],
    ),
    (
        "Linda Chen, our new board treasurer, is also the shop steward for SEIU Local 1199 "
        "at Mercy Hospital, so she'll recuse herself from the nurses' contract discussion.",
        [("trade_union_membership", "")],
    ),
    (
        "Before we place Marcus Hill at the youth center: his background check came back "
        "with a 2019 felony conviction for possession with intent. Can we talk Monday?",
        [("criminal_history", "")],
    ),
    (
        "Referral to the legal clinic: Jerome Watts, SSN 614-20-3387, was released from "
        "county jail on 2/14 after 90 days for a DUI and needs help getting his license "
        "reinstated.",
        [("US_SSN", "614-20-3387"), ("criminal_history", "")],
    ),
    (
        "Our new mentee Ana and her family arrived from Guatemala last spring. She's Maya "
        "K'iche' and speaks K'iche' at home, so Spanish is her second language - please "
        "pair her with a patient tutor.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "For the grant narrative bio: Dr. Thu Nguyen, our program director, is the daughter "
        "of Vietnamese boat refugees who resettled in Houston in 1980.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Jordan Ellis said he and his husband, Marco, would both like to help at the pantry "
        "on Saturdays. Can you add them to the same team?",
        [("sexual_orientation", "")],
    ),
    (
        "Sam told the teen leadership staff that he came out as bisexual last month, and "
        "asked that we not mention it to his parents.",
        [("sexual_orientation", "")],
    ),
    (
        "Call notes 11/20: Harold Beck (donor since 2011) said he's a lifelong Republican "
        "and will stop giving if we endorse the school bond. Keep him off advocacy emails.",
        [("political_opinion", "")],
    ),
    (
        "Karen Whitfield shared that her genetic test came back BRCA1-positive, so she's "
        "having a preventive mastectomy in March and will step back from the committee "
        "until May.",
        [("genetic", ""), ("health", "")],
    ),
    (
        "Derek Wills' fingerprints were captured at the Live Scan site this morning; the "
        "fingerprint image file is attached for the state clearance submission.",
        [("biometric", "")],
    ),
    (
        "Dear Harbor Lights team,\n\nEnclosed is my check for $300. As a two-time breast "
        "cancer survivor, I know what your patient navigation program means to families.\n\n"
        "Warmly,\nEllen Marsh",
        [("health", "")],
    ),
    (
        "Hi all,\n\nHere's the Saturday pantry schedule: Ben and Lucy on intake 8-10, Omar "
        "on the loading dock 9-12, and Dana on the sorting line 10-1. Parking is behind the "
        "church; use the side door.\n\nDana, I kept you off the dock since you're still "
        "recovering from your back surgery.\n\nThanks!\nCarla",
        [("health", "")],
    ),
    # ------------------------------------------------------------------
    # Special-category words as topic, about no identifiable person (10)
    # ------------------------------------------------------------------
    (
        "Lace up for the Walk to End Breast Cancer on October 12! Every mile funds "
        "screenings for uninsured women in our county. Register your team at the link below.",
        [],
    ),
    (
        "All are welcome at our Interfaith Thanksgiving Service on Nov 24 at First Baptist "
        "Church. Christian, Jewish, Muslim, Hindu and nonreligious neighbors will share "
        "readings and a meal.",
        [],
    ),
    (
        "Last night the City Council voted 7-2 to expand the winter shelter budget. Read "
        "our statement and thank your council member.",
        [],
    ),
    (
        "Pride Month is here! We need volunteers to staff our booth at the June 14 parade "
        "and hand out resource guides from our LGBTQ+ youth program.",
        [],
    ),
    (
        "Last winter, a mother of three came to our pantry after losing her job during "
        "cancer treatment. Your gift today means families like hers never have to choose "
        "between medicine and groceries.",
        [],
    ),
    (
        "Our Second Chance reentry program helps people with criminal records earn forklift "
        "certifications and connects them with fair-chance employers.",
        [],
    ),
    (
        "The county health department confirmed a measles case at an unnamed elementary "
        "school. Free MMR vaccine clinics are listed below.",
        [],
    ),
    (
        "Our volunteer appreciation dinner will be held at the Teamsters Local 727 hall on "
        "Main Street. Dinner is at 6; spouses and partners welcome.",
        [],
    ),
    (
        "Reminder: as a 501(c)(3) we are strictly nonpartisan. Volunteers at the voter "
        "registration table may not wear campaign buttons or discuss candidates.",
        [],
    ),
    (
        "Celebrate Hispanic Heritage Month with us on Sept 20: mariachi, a loteria "
        "tournament, and food trucks from local Latino-owned businesses.",
        [],
    ),
]


if __name__ == "__main__":
    raise SystemExit(write(HARD_3, "hard3", Path(__file__).with_name("hard-3.jsonl")))
