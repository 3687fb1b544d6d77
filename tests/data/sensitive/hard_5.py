"""Hard set 5: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

The author read only privacy-policy section 9 and independent_sets.py; no scanner, rules,
docs or other case file. Conventions: identifier values are exact substrings occurring once;
special categories use "" (the whole text) and count only when the text is about an
identifiable person, never for topic (events, programs, appeals, anonymised stories, news
about public bodies); decoys have an empty label list. A partial SSN given as such is US_SSN;
a card's last four alone are CREDIT_CARD_LAST_DIGITS; a passcode in a public webinar
invitation is a decoy, while a one-time login or bank code sent to one person is ACCESS_CODE;
an organisation's EIN is a decoy; DOB, names, emails, addresses and phone numbers are not
labelled; an anonymised story is not identifiable.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_5: list[Case] = [
    # ---- identifiers and secrets -------------------------------------------------------
    (
        "Took a phone pledge from Mrs. Adaeze Okafor this morning. She wants $250 on her Visa "
        "4914 5856 3074 0774, exp 09/28, CVV 382. Can someone in finance run it before Monday?",
        [("CREDIT_CARD", "4914 5856 3074 0774"), ("CVV", "382")],
    ),
    (
        "--- Donation form submission (copied from the form builder) ---\n"
        "Name: Harold Vance\n"
        "Gift: $75.00 monthly, General Fund\n"
        "Card number: 5180703294888839\n"
        "Expiration: 11/27\n"
        "Security code: 917\n"
        "Tribute: none\n"
        "--- end ---\n"
        "The processor rejected it, please key it by hand.",
        [("CREDIT_CARD", "5180703294888839"), ("CVV", "917")],
    ),
    (
        "Hi Paula, the refund for the two gala tickets went back to the card ending in 8152 "
        "today. It can take 5-10 business days to show on your statement. Thanks for your "
        "patience! -- Donor Services",
        [("CREDIT_CARD_LAST_DIGITS", "8152")],
    ),
    (
        "Direct deposit change for Luis Ferreira, effective next pay period:\n"
        "  Bank: Lakeshore Community Credit Union\n"
        "  Routing: 073252416\n"
        "  Account: 4408127735 (checking)\n"
        "Please void the old account in the payroll system.",
        [("ABA_ROUTING_NUMBER", "073252416"), ("US_BANK_NUMBER", "4408127735")],
    ),
    (
        "Onboarding packet is almost done for our new program coordinator. Her SSN for the "
        "W-4 and I-9 is 412-68-3907, the rest is in the shared drive.",
        [("US_SSN", "412-68-3907")],
    ),
    (
        "When the benefits line asks you to verify, give them the last 4 of his social, 6182, "
        "and his date of birth. Don't read them the member ID, they already have it.",
        [("US_SSN", "6182")],
    ),
    (
        "For the 1099 on the interpreter stipend: Mr. Haidari doesn't have a Social yet, he "
        "uses ITIN 927-78-4415. Amount paid this year was $1,840.",
        [("US_ITIN", "927-78-4415")],
    ),
    (
        "Travel grant paperwork for the Geneva conference. Traveler: Nkechi Obi. "
        "US passport no. 567194283, issued 2021, expires 2031. The airline needs it by Friday.",
        [("US_PASSPORT", "567194283")],
    ),
    (
        "van rental tomorrow - Enterprise needs the driver's info. Dana's CA license is "
        "D4827163, exp 2029. She's the only one insured on our policy.",
        [("US_DRIVER_LICENSE", "D4827163")],
    ),
    (
        "Intake update: client has a NY non-driver photo ID, number 731 884 092, so we can "
        "skip the birth certificate for the SNAP application.",
        [("US_STATE_ID", "731 884 092")],
    ),
    (
        "Hi Marcus,\n\nYour new Office 365 account is ready.\n"
        "Username: mthompson@riverbendarts.org\n"
        "Temporary password: Wx7!mporT-42\n\n"
        "You'll be asked to change it at first login.\n\nIT Help Desk",
        [("PASSWORD", "Wx7!mporT-42")],
    ),
    (
        "Fwd: First Harbor Bank: Your verification code is 583017. It expires in 10 minutes. "
        "Do not share this code.\n\n-- can you finish the wire approval? the text came to my "
        "phone and I'm stuck in the board meeting",
        [("ACCESS_CODE", "583017")],
    ),
    (
        "The agency debit card for the food pantry is in the blue lockbox. PIN is 7352. "
        "Please only use it at Costco and keep the receipts.",
        [("PIN", "7352")],
    ),
    (
        "Here's the live key for the donation page integration so you can test the webhook: "
        "sk_live_51Nf7QvK2pRm8tYxZ0aLbW3cD9eHs\nDon't commit it to the repo please.",
        [("API_KEY", "sk_live_51Nf7QvK2pRm8tYxZ0aLbW3cD9eHs")],
    ),
    (
        "Housing program screening for applicant Teresa Mullins: income verified, landlord "
        "reference good, credit score came back 588. Case manager recommends approval "
        "with the deposit assistance.",
        [("CREDIT_SCORE", "588")],
    ),
    (
        "Re: rental application - her TransUnion pull shows two accounts in collections "
        "(Midland Credit, $1,912) and a 2023 auto repossession. Can we still co-sign?",
        [
            (
                "CREDIT_REPORT",
                "two accounts in collections (Midland Credit, $1,912) and a 2023 auto repossession",
            )
        ],
    ),
    (
        "Dear Ms. Whitfield, thank you for your pledge. For the international transfer, "
        "please send to our UK partner's account with Barclays: IBAN "
        "GB57 BARC 2003 8471 5293 06, reference GIFT-2026.",
        [("IBAN_CODE", "GB57 BARC 2003 8471 5293 06")],
    ),
    (
        "Grant disbursement form, section 4 (fiscal sponsor banking)\n"
        "ABA: 112240897 | Acct #: 583920471166 | Acct type: Operating\n"
        "Signature of authorized officer: ____________",
        [("ABA_ROUTING_NUMBER", "112240897"), ("US_BANK_NUMBER", "583920471166")],
    ),
    (
        "sms from Gloria: card 6011175715102012 exp 0328 cvc 219 for the $40 raffle, "
        "pls charge tonight thx",
        [("CREDIT_CARD", "6011175715102012"), ("CVV", "219")],
    ),
    (
        "Board member Ted Ngata paid for the auction catering on his Amex "
        "3767 620029 00430 (CID 2814) - we need to reimburse the card directly.",
        [("CREDIT_CARD", "3767 620029 00430"), ("CVV", "2814")],
    ),
    (
        "Emergency contact & ID form - Okonkwo, Chidi\n"
        "Driver license (TX): 39471628\n"
        "SSN: 538-24-7719\n"
        "Emergency contact: Ifeoma Okonkwo (wife)",
        [("US_DRIVER_LICENSE", "39471628"), ("US_SSN", "538-24-7719")],
    ),
    (
        "Your one-time sign-in code for DonorBase is 804 261. If you didn't request this, "
        "contact your administrator.",
        [("ACCESS_CODE", "804 261")],
    ),
    (
        "Fiona, the login for the Chase business portal is tvfoodbank_ops and the password "
        "is Harbor#2291lights. Please delete this email once you've saved it.",
        [("PASSWORD", "Harbor#2291lights")],
    ),
    (
        "Volunteer reimbursement: Sam used his own debit card 2221-5712-7358-3038 for the "
        "pizza, $86.40. Can we refund to that card instead of a check?",
        [("CREDIT_CARD", "2221-5712-7358-3038")],
    ),
    (
        "Passport renewal for our Kenya trip lead came through: new passport A38207154. "
        "Please update the travel roster.",
        [("US_PASSPORT", "A38207154")],
    ),
    (
        "Wire instructions for the Berlin chapter: Sparkasse KölnBonn, "
        "IBAN DE09370400444817302265, BIC COLSDE33. Amount: EUR 4,500.",
        [("IBAN_CODE", "DE09370400444817302265")],
    ),
    # ---- identifier-shaped decoys -------------------------------------------------------
    (
        "Thank you for your gift of $100 to Riverbend Arts Collective. Our EIN is 84-2917365; "
        "no goods or services were provided in exchange for your contribution.",
        [],
    ),
    (
        "You're invited! Grant Writing 101 (free public webinar)\n"
        "Join Zoom Meeting: https://zoom.us/j/84277193056\n"
        "Meeting ID: 842 7719 3056\n"
        "Passcode: 517392\n"
        "Share this invite with anyone who might be interested.",
        [],
    ),
    (
        "Your order of 500 lapel pins has shipped. USPS tracking: 9400 1118 9922 3857 1046 73. "
        "Estimated delivery Dec 11.",
        [],
    ),
    (
        "Acknowledgment letters batch 12 attached. Receipt #4716298803451172 was a duplicate "
        "and has been voided in the CRM.",
        [],
    ),
    (
        "Claim reference 900-41-7730 has been closed by the insurer; the van repair was "
        "covered minus the $500 deductible.",
        [],
    ),
    (
        "Forgot your password? Click 'Reset password' on the volunteer portal login page and "
        "we'll email you a link. We will never ask for your password by email.",
        [],
    ),
    (
        "Check #4417 for $1,200 was mailed to the landlord on 11/30. Room 2210 is booked for "
        "the Tuesday training, dial extension 3306 from the lobby.",
        [],
    ),
    (
        "SAM.gov registration renewed. UEI: KJ7NQ2M4LXB8, CAGE: 8R2K5. Federal award "
        "number 2026-48813-CFDA 93.569. Next renewal due Nov 2027.",
        [],
    ),
    (
        "Please mail the signed lease to PO Box 38827, Dayton OH 45401-8827, or call "
        "(937) 555-0143 with questions.",
        [],
    ),
    (
        "Use discount code GALA25 for 25% off gala tickets through Friday! Tables of 8 "
        "start at $1,600.",
        [],
    ),
    (
        "INC0048213 resolved: the printer on floor 3 (IP 10.42.118.7) was restored after a "
        "firmware update to v4.12.7. No further action needed.",
        [],
    ),
    (
        "Free financial literacy workshop: learn how credit scores work, why 700 is often "
        "treated as 'good', and how to read your own credit report. Open to the public.",
        [],
    ),
    (
        "Microsoft Teams meeting - Annual Community Forum (open to all)\n"
        "Dial-in: +1 312-555-0198\n"
        "Conference ID: 418 227 903#\n"
        "Everyone is welcome, please forward.",
        [],
    ),
    (
        "Sales tax exemption certificate 17-492038-6 is attached for the hardware store "
        "purchase. Our 501(c)(3) determination letter is on file with them.",
        [],
    ),
    (
        "Inventory: 6035 2290 1184 7726 is the gift card batch serial from the printer, not a "
        "card number. The batch holds 200 blank cards, none activated yet.",
        [],
    ),
    (
        "Routing slip for the board packet: ED -> Finance -> Chair. Account code 5410-02 "
        "(program supplies), cost center 118.",
        [],
    ),
    (
        "Drop a pin on the shared map for each pantry site so volunteers can find parking. "
        "Site codes: NW-14, NW-15, SE-03.",
        [],
    ),
    (
        "FedEx tracking 7749 2816 3305 - the auction items from the printer arrive Thursday "
        "between 10 and 2. Invoice 2026-1187 is net 30.",
        [],
    ),
    (
        "Reminder: the ISBN for the cookbook we're selling is 978-0-14-303943-3, list price "
        "$24.95. Please correct the order form.",
        [],
    ),
    (
        "Card number: **** **** **** **** (hidden). Your recurring gift of $20 was "
        "processed successfully on 12/01. Thank you!",
        [],
    ),
    # ---- special categories about an identifiable person -------------------------------
    (
        "Hi team, Carla Mendes won't be at the Saturday pantry shifts for a while; she's "
        "recovering from a hip replacement and hopes to be back in March.",
        [("health", "")],
    ),
    (
        "Dev, please schedule Mr. Albright's meal deliveries after 2pm. His dialysis is "
        "Mon/Wed/Fri mornings and he's exhausted afterwards.",
        [("health", "")],
    ),
    (
        "Case note 11/14 - J. Romero (DOB 04/02/1988) reports PTSD symptoms worsening since "
        "the eviction. Referred to the VA counselor; follow-up in two weeks.",
        [("health", "")],
    ),
    (
        "Could we move Aisha Rahman's volunteer slot to the early morning shift this month? "
        "She's fasting for Ramadan and would rather work before the midday heat.",
        [("religious_belief", "")],
    ),
    (
        "Eli Brandt asked not to be scheduled from Friday sundown through Saturday evening; "
        "he keeps Shabbat. Sundays are fine.",
        [("religious_belief", "")],
    ),
    (
        "Between us: Greg Walsh is a registered Republican and canvassed for Lindqvist last "
        "fall, so he may not be the best face for the voter outreach mailer.",
        [("political_opinion", "")],
    ),
    (
        "RSVP: Daniel Ortiz + 1. His husband Marcus will be joining him, please seat them "
        "together at table 6.",
        [("sexual_orientation", "")],
    ),
    (
        "Confidential - HR. Jordan Lee told her supervisor she is bisexual and asked that it "
        "not be shared with the rest of the program team. Please respect that.",
        [("sexual_orientation", "")],
    ),
    (
        "Dear friends,\nAs a Lakota woman who grew up on Pine Ridge, I know what your youth "
        "program means. Enclosed is my gift.\nWarmly,\nWinona Two Bulls",
        [("racial_ethnic_origin", "")],
    ),
    (
        "FYI the background check on volunteer applicant Ray Dubois came back with a 2019 "
        "felony DUI conviction. He can help in the warehouse but can't drive the van.",
        [("criminal_history", "")],
    ),
    (
        "Kevin starts in the warehouse Monday. He was released from Dixon Correctional in "
        "August after six years, so his parole officer may call to confirm his hours.",
        [("criminal_history", "")],
    ),
    (
        "Heads up: Linda Park is a shop steward with SEIU Local 1199, so she'll expect the "
        "grievance meeting notes to be copied to her union rep.",
        [("trade_union_membership", "")],
    ),
    (
        "Memorial gift: $500 in memory of my sister Rachel Stein, who carried the BRCA2 "
        "mutation and lost her fight with ovarian cancer in September.",
        [("genetic", ""), ("health", "")],
    ),
    (
        "Done: Samuel Ortiz's fingerprint template is enrolled in the new door system, and "
        "his face-recognition photo is saved for the front entrance reader.",
        [("biometric", "")],
    ),
    (
        "Yes, two of us will attend! Please note my guest Ben Adler has celiac disease, so "
        "he'll need a gluten-free meal.\n-- Ruth Feld",
        [("health", "")],
    ),
    (
        "Tanya Greer is pregnant and due in May, so let's plan front desk coverage for her "
        "leave now rather than in April.",
        [("health", "")],
    ),
    (
        "Please flag donor Robert Kim's record: he disclosed his HIV status at the clinic "
        "event and asked that we never mention it in the newsletter.",
        [("health", "")],
    ),
    (
        "Tom Reyes just hit 90 days sober and asked to be paired with another volunteer "
        "who's in recovery. Can you match him with Alan?",
        [("health", "")],
    ),
    (
        "Mrs. Haldane called to cancel her monthly gift. She's a lifelong Democrat and "
        "objected to our board chair's op-ed supporting the governor's veto.",
        [("political_opinion", "")],
    ),
    (
        "Note for the file: our incoming treasurer, Phil Grant, disclosed that he was "
        "convicted of embezzlement in 2012 and served 18 months. The board voted to proceed.",
        [("criminal_history", "")],
    ),
    (
        "Per her self-ID form, Mei Chen Alvarez identifies as Asian and Hispanic/Latina; "
        "HR, please make sure the EEO-1 report reflects that.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Farah Siddiqui converted to Catholicism last year and has asked to help with the "
        "parish Christmas drive instead of the mosque iftar this time.",
        [("religious_belief", "")],
    ),
    # ---- special-category words used as topic ------------------------------------------
    (
        "Join us for our Pride Month mixer on June 14! LGBTQ+ community members and allies "
        "are all welcome. Light refreshments provided.",
        [],
    ),
    (
        "Our community Ramadan iftar is on March 3 at the Eastside Center. Halal and "
        "vegetarian options will be served; everyone is invited.",
        [],
    ),
    (
        "Registration is open for the Cancer Survivors 5K! Team captains receive a free "
        "t-shirt, and all proceeds fund patient transportation.",
        [],
    ),
    (
        "This Saturday's voter registration drive is strictly nonpartisan: we do not endorse "
        "candidates or parties. Please leave campaign buttons at home.",
        [],
    ),
    (
        "Policy update: the state Senate's Republican majority voted down the housing bill "
        "on Tuesday; the Democratic caucus says it will reintroduce it in January.",
        [],
    ),
    (
        "Maria* (name changed to protect her privacy), a mother of two, was diagnosed with "
        "diabetes last spring. Thanks to donors like you, she now has the insulin she needs.",
        [],
    ),
    (
        "Our reentry program helps people with criminal records find stable work. Employers "
        "interested in fair-chance hiring can sign up for the January info session.",
        [],
    ),
    (
        "The teachers' union hall on 5th Street has agreed to host our winter rummage sale. "
        "Setup starts at 7am.",
        [],
    ),
    (
        "Free webinar: What genetic testing can and can't tell you about hereditary cancer "
        "risk, with a certified genetic counselor. Open to the public.",
        [],
    ),
    (
        "Our new timeclock uses fingerprint readers. See the attached FAQ for how biometric "
        "templates are stored and when they are deleted.",
        [],
    ),
    (
        "Black History Month reading list for the youth program is attached, along with "
        "discussion guides for each book.",
        [],
    ),
]


if __name__ == "__main__":
    raise SystemExit(write(HARD_5, "hard5", Path(__file__).with_name("hard-5.jsonl")))
