"""Hard set 9: written 2026-12-06 by an independent helper session, held apart from the
detector's development and never used for tuning.

The author read only privacy-policy section 9 and independent_sets.py; no scanner, rules,
docs or other case file. Conventions:

- Identifier and secret values are exact substrings that occur exactly once in their text,
  labelled as written (with their spaces, dots, dashes, slashes or quotes left outside).
- A value written across a line break (a card copied over two lines) is one span that
  includes the break; digits spoken in words are labelled as the words (PIN, ACCESS_CODE).
- A partial SSN given as such (the last four, or a masked ***-**-1234) is US_SSN, and the
  span is the four visible digits only; a card's last four alone are CREDIT_CARD_LAST_DIGITS.
- Every secret part of a vendor credential is API_KEY, including the identifier half of a
  pair (AWS access key id, Twilio account SID) and a Salesforce session id or Zoom JWT.
  A password inside a database URL, a login URL or a config table is PASSWORD; an online
  banking "passcode" chosen by the user is PASSWORD.
- A one-time login or bank code, or backup/recovery codes, sent to one person are
  ACCESS_CODE; a passcode in a public webinar invitation, a door code or an SMS template
  with a placeholder is a decoy.
- CREDIT_SCORE is the score number of an identifiable person; CREDIT_REPORT is the phrase
  that states the contents of that person's report (tradelines, collections); an average
  over a cohort is a decoy.
- An organisation's EIN is not labelled (also inside a 1099 table next to a labelled SSN).
  DOB, names, emails, postal addresses and phone numbers are never labelled.
- Special categories (SPECIAL_CATEGORIES) use "" (the whole text) and count only when the
  text discloses the category about an identifiable person (named, addressed, or the
  writer); events, programs, appeals, anonymised stories, aggregate statistics and news
  about public bodies or public figures' public positions are decoys.
- Decoys have an empty label list and hold no Luhn-valid card-shaped number and no
  SSA-valid dashed SSN; identifier-shaped order, ticket, case and tracking numbers fail
  their checks, and documentation samples (AWS example key, the textbook GB82 WEST IBAN)
  and placeholders (XXX-XX-XXXX, your-key-here) are decoys.
"""

from __future__ import annotations

from pathlib import Path

from independent_sets import Case, write

HARD_9: list[Case] = [
    # ---- web-form notifications -----
    (
        "New submission from Volunteer Background Check Consent (form #12)\n\n"
        "First Name: Tamsin\nLast Name: Okoro\nDate of Birth: 03/14/1991\n"
        "Social: 538-21-4476\nDriver's License State: IL\n"
        "Driver's License #: S530-4127-8836\n"
        "I consent to a criminal background check: Checked\n\n--\n"
        "This notification was sent by Gravity Forms on riverbendmutualaid.org",
        [("US_SSN", "538-21-4476"), ("US_DRIVER_LICENSE", "S530-4127-8836")],
    ),
    (
        "Hi Mo, JotForm just sent this over for the new translator contract. Can you get it "
        "into Bill.com?\n\nName (as shown on your income tax return): Esperanza Quiroga Lema\n"
        "Business name:\nFederal tax classification: Individual/sole proprietor\n"
        "Tax ID (SSN/ITIN): 912-78-4410\nAddress: 1180 W Foster Ave Apt 2, Chicago IL 60640\n"
        "Signature: E. Quiroga (typed)\n\nThanks, Bea",
        [("US_ITIN", "912-78-4410")],
    ),
    (
        "Wufoo entry #2214 - Update My Monthly Gift\n\nName: Harriet Vandermeer\n"
        "Email: hvandermeer@fastmail.com\nCard #: 3712 151281 73114\nExp/CVC: 04/29 / 7702\n"
        "Monthly amount: $35\nComments: new Amex, the old one was compromised",
        [("CREDIT_CARD", "3712 151281 73114"), ("CVV", "7702")],
    ),
    (
        "Formstack Submission: Direct Deposit Authorization\n\n"
        "Employee: Kwame Asante-Boateng\nBank name: Old National Bank\nAccount type: Checking\n"
        "ABA/RTN: 072151026\nAcct: 4471902385\nDeposit: 100% of net pay\n"
        "Effective pay period: 01/09/2027\nSubmitted 12/04/2026 4:17 PM CST from 73.44.201.18",
        [("ABA_ROUTING_NUMBER", "072151026"), ("US_BANK_NUMBER", "4471902385")],
    ),
    (
        "Google Forms response - Mileage & Reimbursement\n\n"
        "Your name: Dolores Whitby\nAmount: $63.80\nPay me by: ACH\n"
        "Routing #: 317986626\nAccount # (as printed on your checks): 0047/5521/8830\n"
        "Anything else? The slashes are how my credit union prints it, sorry!",
        [("ABA_ROUTING_NUMBER", "317986626"), ("US_BANK_NUMBER", "0047/5521/8830")],
    ),
    (
        "Cognito Forms: Online Banking Help Request\n\n"
        "Requested by: Gregory Barnes (son of client Ethel Barnes)\n"
        "What do you need? Mom wants you to set up autopay for her rent-assistance copay.\n"
        "Bank login: ethel.b1946\nPasscode: hedge-ROW-1147\n"
        "Please delete this after you set it up.",
        [("PASSWORD", "hedge-ROW-1147")],
    ),
    # ---- IT onboarding, codes and logins -----
    (
        "Welcome aboard, Ines! Your accounts are ready:\n\n"
        "- Google Workspace: Login: ines.carvalho@eastsidetenants.org / Pwd: bMIu&X23bs0b "
        "(you'll be asked to change it)\n"
        '- CiviCRM: same login, temporary password "Harbor-lantern-82"\n'
        "- GitHub CLI: use this token until your own is approved: "
        "ghp_GY6R7Jol8ALxt7pkkwMr5wWfkIOQCSjNBpjF\n\n"
        "Shout if anything doesn't work. - Raj (IT volunteer)",
        [
            ("PASSWORD", "bMIu&X23bs0b"),
            ("PASSWORD", "Harbor-lantern-82"),
            ("API_KEY", "ghp_GY6R7Jol8ALxt7pkkwMr5wWfkIOQCSjNBpjF"),
        ],
    ),
    (
        "Gloria, since your phone died, here are backup codes for your donor-database login "
        "that I generated from the admin panel. Each one works once:\n\n"
        "  4719 2038\n  8852 6107\n  3306 9921\n\n"
        "Cross them off as you use them, and please delete this email once you're back in.",
        [("ACCESS_CODE", "4719 2038"), ("ACCESS_CODE", "8852 6107"), ("ACCESS_CODE", "3306 9921")],
    ),
    (
        "FYI forwarding so you can get into the Mercury account while I'm out.\n\n"
        "---------- Forwarded message ---------\nFrom: Mercury <no-reply@mercury.com>\n"
        "To: Lena Whitfield\nSubject: Your Mercury login code\n\n"
        "Hi Lena, your one-time login code is 583104. It expires in 10 minutes. "
        "Never share this code with anyone.",
        [("ACCESS_CODE", "583104")],
    ),
    (
        "Call log 12/3, 2:40pm. Mrs. Adebayo called from the branch: the teller needed the "
        "code her credit union texted her to release the hold on her account. She read it to "
        "me as six-four-one-nine-nine-two before I could stop her. I told her to give it only "
        "to the teller, not to us; noting it in case she calls back.",
        [("ACCESS_CODE", "six-four-one-nine-nine-two")],
    ),
    # ---- cards: calls, handwriting, email replies, logs -----
    (
        "Phone note (Sat 11/29, Giving Tuesday line): Mr. Lionel Brathwaite wanted to give "
        "$250 but the online form kept erroring. He read me his card number: "
        "4807 3367 0581 0963, exp 09/28, security code 318. I ran it through the virtual "
        "terminal and it went through (receipt GT-26-0417). Shredding my notepad page now.",
        [("CREDIT_CARD", "4807 3367 0581 0963"), ("CVV", "318")],
    ),
    (
        "Transcribed from the paper pledge cards (Harvest Dinner, table 9); the handwriting on "
        "this one is rough.\n\nName: Wendell P. Sorensen\nPledge: $40/month from January\n"
        "Card no. (he wrote it over two lines):\n5584 8837\n1843 3214\n"
        "Exp: 02/30   CVV: [illegible]\nSignature: present",
        [("CREDIT_CARD", "5584 8837\n1843 3214")],
    ),
    (
        "Hi! Sorry, I'm not great with websites. Can you just put the $100 on my Visa? "
        "It's 4412.2584.9085.6497 and it expires in June 2028. The three numbers on the back "
        "are 226. Thank you for everything you do for the shelter cats. - Marjorie Feld",
        [("CREDIT_CARD", "4412.2584.9085.6497"), ("CVV", "226")],
    ),
    (
        "Quick update from the donor services queue: Alder Kinnear's monthly gift failed again "
        "on the Visa ending 2093. He called and asked us to switch it to the Mastercard ending "
        "in 8841, which is already on file from his gala ticket. I've updated the recurring "
        "profile; no action needed unless it bounces.",
        [("CREDIT_CARD_LAST_DIGITS", "2093"), ("CREDIT_CARD_LAST_DIGITS", "8841")],
    ),
    (
        "Heads up: the payment webhook was logging full request bodies. Example line from "
        "yesterday's worker log:\n\n"
        "2026-12-05T14:22:08.913Z INFO donate-worker req_id=7b2e91 body="
        '{"amount":7500,"pan":"6011633803113671","exp":"10/28","cvv":"044","zip":"97214"}\n\n'
        "I've turned that logging off and will purge the log bucket today.",
        [("CREDIT_CARD", "6011633803113671"), ("CVV", "044")],
    ),
    # ---- spreadsheets, tables and dumps -----
    (
        "Attaching the corrected payroll import since ADP rejected the first one. "
        "Pasting here too:\n\n"
        "emp_id,last,first,dept,hire_date,pay_type,rate,fed_allow,bank_routing,bank_acct,"
        "acct_type\n"
        "E-1041,Nakamura,Ren,Programs,2024-05-13,hourly,24.50,1,224660750,8830172294,C\n"
        "E-1057,Falade,Yetunde,Development,2025-09-02,salary,61200,0,104454976,000392817745,S"
        "\n\nLet me know if the zero-padded account looks wrong.",
        [
            ("ABA_ROUTING_NUMBER", "224660750"),
            ("US_BANK_NUMBER", "8830172294"),
            ("ABA_ROUTING_NUMBER", "104454976"),
            ("US_BANK_NUMBER", "000392817745"),
        ],
    ),
    (
        "Background screening batch for the youth mentors (tab-separated, straight from the "
        "sheet):\n\n"
        "Name\tDOB\tEmail\tSSN\tDL State\tDL Number\tCleared?\n"
        "Anika Sorensen\t1998-07-22\tanika.s@gmail.com\t318-44-0726\tWA\tWDLK83N2Q47B\tpending\n"
        "Tobias Greer\t2001-02-09\ttgreer01@yahoo.com\t604-37-1192\tOR\t7392648\tpending\n\n"
        "Please send to Sterling by Friday.",
        [
            ("US_SSN", "318-44-0726"),
            ("US_DRIVER_LICENSE", "WDLK83N2Q47B"),
            ("US_SSN", "604-37-1192"),
            ("US_DRIVER_LICENSE", "7392648"),
        ],
    ),
    (
        "From: intake-bot@screening-vendor.com\nCandidate: Marisol Etxeberria\n---\n"
        "ssn: 049-73-5581\ndl_number: F255-418-73-612-0\ndl_state: FL\n"
        "state_id: NY 841 227 390 (non-driver ID, prior residence)\n"
        "passport_no: 583920174\npassport_country: USA\nconsent_signed: 2026-11-30\n---\n"
        "Reply STOP to pause these notifications.",
        [
            ("US_SSN", "049-73-5581"),
            ("US_DRIVER_LICENSE", "F255-418-73-612-0"),
            ("US_STATE_ID", "841 227 390"),
            ("US_PASSPORT", "583920174"),
        ],
    ),
    (
        "Here's the roster for the Guatemala delegation; the airline wants passport numbers by "
        "Monday:\n\n"
        "| Traveler | Passport # | Expires | Seat pref |\n|---|---|---|---|\n"
        "| Naomi Feldstein | A04817263 | 2033-06-30 | aisle |\n"
        "| Curtis Oyelaran | 561938470 | 2029-01-14 | window |\n"
        "| Beatriz Molina | Z61832947 | 2031-10-02 | any |\n\n"
        "DeShawn's is still at the expediter.",
        [
            ("US_PASSPORT", "A04817263"),
            ("US_PASSPORT", "561938470"),
            ("US_PASSPORT", "Z61832947"),
        ],
    ),
    (
        "1099-NEC prep, pasted from the vendor tab:\n\n"
        "Payee\tTIN type\tTIN\tBox 1\n"
        "Riverbend Catering LLC\tEIN\t84-2917365\t$6,420.00\n"
        "Dana Whitcomb (photographer)\tSSN\t419620837\t$1,900.00\n"
        "Luz Ortega (interpreter)\tITIN\t943-81-2276\t$2,275.00\n\n"
        "Dana's W-9 is on file; Luz sent her renewed ITIN letter last week.",
        [("US_SSN", "419620837"), ("US_ITIN", "943-81-2276")],
    ),
    # ---- partial, spaced and mixed SSNs -----
    (
        "Verification for the benefits hotline: the caller said she is Yolanda Griggs, "
        "DOB 5/2/1966, last four of her Social 7719. That matches our file, so I released "
        "the appointment time.",
        [("US_SSN", "7719")],
    ),
    (
        "The IRS account transcript Mr. Haddad uploaded shows SSN ***-**-6620 and his 2025 AGI. "
        "I've attached it to his tax-prep folder; we still need his 1095-A.",
        [("US_SSN", "6620")],
    ),
    (
        "Transcribing the paper intake form from Monday's clinic: SSN written as "
        "5 0 7 - 3 9 - 1 6 8 4 (the spacing is hers). Household size 3, renting, no car.",
        [("US_SSN", "5 0 7 - 3 9 - 1 6 8 4")],
    ),
    (
        "Intake for the SNAP and Medicaid application help: client Harold Lindqvist, "
        "SS# 331-58-2094. Diagnoses he listed for the disability section: COPD and stage 3 "
        "kidney disease; he's on dialysis Monday, Wednesday and Friday mornings.",
        [("US_SSN", "331-58-2094"), ("health", "")],
    ),
    # ---- wire and honorarium details -----
    (
        "Honorarium for Prof. Juergen Albrecht (keynote, 14 Nov). He asked for a wire; "
        "details as he sent them:\n\nKontoinhaber: Juergen Albrecht\n"
        "IBAN: DE54 4970 2205 0913 8935 73\nBIC/SWIFT: WELADED1MIN\n"
        "Bank: Sparkasse Minden-Luebbecke\nAmount: EUR 1.200,00\n\n"
        'Please use reference "HON-2611" so he can match it.',
        [("IBAN_CODE", "DE54 4970 2205 0913 8935 73")],
    ),
    (
        "Thanks so much for having me on the panel! For the honorarium, ACH works best; "
        "it's all in my signature.\n\nBest,\nSeun\n--\n"
        "Oluwaseun Bright, PhD | Independent Researcher\n(312) 555-0148 | seunbright.net\n"
        "For payments: ABA/RTN 026437741 | Acct 9180 2276 441 (checking)",
        [("ABA_ROUTING_NUMBER", "026437741"), ("US_BANK_NUMBER", "9180 2276 441")],
    ),
    (
        "Re: volunteer travel reimbursement. Fiona says the UK account is the one to use "
        '(IBAN "GB57 NWBK 9111 2042 0798 58", sort code on the same statement). Can you set '
        "up the payment for GBP 186.40 before the 20th?",
        [("IBAN_CODE", "GB57 NWBK 9111 2042 0798 58")],
    ),
    # ---- config files, .env, logs, API keys -----
    (
        "Found this committed in the volunteer-portal repo (please rotate!):\n\n```\n"
        "# .env.production\nNODE_ENV=production\n"
        "STRIPE_SECRET_KEY=sk_live_d1cGYtz2S3x1yxJdZp9NGN9l\n"
        "DATABASE_URL=postgres://portal_app:Tr0ub4dor-Bay7@db.internal.eastside.org:5432/portal\n"
        "SESSION_TTL=3600\n```",
        [("API_KEY", "sk_live_d1cGYtz2S3x1yxJdZp9NGN9l"), ("PASSWORD", "Tr0ub4dor-Bay7")],
    ),
    (
        "Here's the config the contractor left on the shared drive, in case you need to "
        "redeploy the newsletter archive:\n\n```yaml\nstorage:\n  provider: s3\n"
        "  bucket: ftc-newsletter-archive\n  region: us-east-2\n"
        "  access_key_id: AKIAR0ZG6VYXO5ORT1NB\n"
        '  secret_access_key: "hWhfyDqqRQSaKqwsXAQDK+/PqvZmiLimBbmZBOE9"\n```\n'
        "We should probably move these into the password manager.",
        [
            ("API_KEY", "AKIAR0ZG6VYXO5ORT1NB"),
            ("API_KEY", "hWhfyDqqRQSaKqwsXAQDK+/PqvZmiLimBbmZBOE9"),
        ],
    ),
    (
        "The integration settings export (settings.json) has the email and map keys in "
        'plain text:\n\n{\n  "email": {\n    "provider": "sendgrid",\n'
        '    "sendgrid_api_key": '
        '"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",\n'
        '    "from": "news@harborfoodbank.org"\n  },\n'
        '  "lists": {"mailchimp_key": "b99ccddcabb097edff30a9234140e0d3-us14"},\n'
        '  "map": {"google_key": "AIzaDsTAY0Gf__47HcCCNifIZaYwoLq8kvAHtlB"}\n}',
        [
            ("API_KEY", "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"),
            ("API_KEY", "b99ccddcabb097edff30a9234140e0d3-us14"),
            ("API_KEY", "AIzaDsTAY0Gf__47HcCCNifIZaYwoLq8kvAHtlB"),
        ],
    ),
    (
        "Handover notes for whoever takes over the website:\n\n"
        "| Service | User | Secret |\n|---|---|---|\n"
        "| GitHub deploy bot | hfb-deploy | github_pat_pVCpSivSlVzOIXAkMhPZET_SQPriVX6c5zBVeOK"
        "Ram9DIBQvYr6Ai4YG2Vri5b5q7uwyJ0gM7oFt8g0n2R |\n"
        "| Netlify | web@harborfoodbank.org | (SSO, no password) |\n"
        "| WordPress admin | hfbadmin | `Quince!Tide-2291` |\n\n"
        "The GitHub token expires in March.",
        [
            (
                "API_KEY",
                "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",
            ),
            ("PASSWORD", "Quince!Tide-2291"),
        ],
    ),
    (
        "The SMS reminders stopped at 9:02. Error from the cron log:\n\n"
        "[2026-12-02 09:02:14] sms.send failed: 401 Unauthorized "
        "(account_sid=ACf2c1886b8d76613bc3e3c1aa0fa63e90 "
        "auth_token=cbbef20cfe3eb1f41bf65a212d7356d5)\n\n"
        "Looks like someone regenerated the token in the Twilio console. Who has access?",
        [
            ("API_KEY", "ACf2c1886b8d76613bc3e3c1aa0fa63e90"),
            ("API_KEY", "cbbef20cfe3eb1f41bf65a212d7356d5"),
        ],
    ),
    (
        "Pasting my Slack DM with the consultant for the record:\n\n"
        "Theo Brandt  10:14 AM\nhere's the bot token for the #volunteer-shifts integration: "
        "xoxb-994247479203-4068550298769-ZIE6CshJjX8j67ecKiIDGOcY\n"
        "Marta Ruiz  10:15 AM\nthanks! should I put it in the Zapier step?\n"
        'Theo Brandt  10:15 AM\nyep, the "Authorization" field',
        [("API_KEY", "xoxb-994247479203-4068550298769-ZIE6CshJjX8j67ecKiIDGOcY")],
    ),
    (
        "Zap setup notes (Volunteer hours -> Airtable):\n"
        "1. Trigger: new Google Form row\n2. Action: Airtable > Create record\n"
        "   Base: Volunteer Hours 2026\n"
        "   Token: patsnYunQkwluyzOQ.a2529bc3844d37495416ae830aa4f15bcf73bfeafcea006be525abe3c"
        "eac78d9\n3. Filter: hours > 0\nIf it breaks, the token probably expired.",
        [
            (
                "API_KEY",
                "patsnYunQkwluyzOQ.a2529bc3844d37495416ae830aa4f15bcf73bfeafcea006be525abe3ceac78d9",
            )
        ],
    ),
    (
        "The NPSP sync log shows the session id being passed in the URL, which seems bad:\n\n"
        "POST https://eastside.my.salesforce.com/services/data/v59.0/composite?sid="
        "00DF1ab131JkrVS!AQG6U0giQYjqNpomHNxjyU.avYFiIfWfQa.2bP4uYlFKJ6UyfpVTRVY56S6Uz7iK2QN1V"
        "DaWGGlE61OKgLeLjE1PXHIyWspGVk 200 OK\n\nCan we switch the connector to OAuth headers?",
        [
            (
                "API_KEY",
                "00DF1ab131JkrVS!AQG6U0giQYjqNpomHNxjyU.avYFiIfWfQa.2bP4uYlFKJ6UyfpVTRVY56S6Uz7iK2QN1V"
                "DaWGGlE61OKgLeLjE1PXHIyWspGVk",
            )
        ],
    ),
    (
        "This is the curl command I used to pull the webinar registrants:\n\n"
        'curl -s -H "Authorization: Bearer '
        "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJhdWQiOiBudWxsLCAiaXNzIjogIlFtN3hUZlYyUmth"
        "UDl3TGNaMG5FNGciLCAiZXhwIjogMTc5NjE2OTYwMH0.9ZXpXue88UbBfJtHCjEUGhEzIsmgwhNt1Um7C_cRT_K"
        '" https://api.zoom.us/v2/webinars/81244710936/registrants\n\n'
        "The Zoom JWT app is deprecated but still works for us until they cut it off.",
        [
            (
                "API_KEY",
                "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJhdWQiOiBudWxsLCAiaXNzIjogIlFtN3hUZlYyUmth"
                "UDl3TGNaMG5FNGciLCAiZXhwIjogMTc5NjE2OTYwMH0.9ZXpXue88UbBfJtHCjEUGhEzIsmgwhNt1Um7C_cRT_K",
            )
        ],
    ),
    (
        "Nginx access log excerpt from the intake API (note the header got logged):\n\n"
        '10.0.4.17 - - [04/Dec/2026:18:03:51 -0600] "GET /api/v1/clients?page=2 HTTP/1.1" '
        '200 5120 "-" "python-requests/2.32.3" auth="Bearer '
        'FfdLEXdr5HcQVFrhgdSpNLgrgdPHdZyY4eywCkLi"',
        [("API_KEY", "FfdLEXdr5HcQVFrhgdSpNLgrgdPHdZyY4eywCkLi")],
    ),
    # ---- PINs and credit counselling -----
    (
        "Voicemail transcript (Google Voice): \"Hi, it's Carmen Ruiz-Tapia from the Thursday "
        "pantry. If you need to buy the turkeys before I'm back, just use my debit card, the "
        "PIN is seven, three, nine, one, and I'll get reimbursed later. Call me back.\"",
        [("PIN", "seven, three, nine, one")],
    ),
    (
        "Session summary, Rashida Coleman, 2nd appointment. Pulled her tri-merge today: "
        "TransUnion 587, Equifax 602, Experian 594. Main drags are two 90-day lates on a "
        "Synchrony store card and a $1,842 collection from Midland for an old Verizon bill. "
        "Next step: dispute letter for the Midland item, then a secured card.",
        [
            ("CREDIT_SCORE", "587"),
            ("CREDIT_SCORE", "602"),
            ("CREDIT_SCORE", "594"),
            (
                "CREDIT_REPORT",
                "two 90-day lates on a Synchrony store card and a $1,842 collection from "
                "Midland for an old Verizon bill",
            ),
        ],
    ),
    (
        "From the housing counselor chat:\n"
        "Karen: did his report show anything besides the old eviction filing?\n"
        "Luis: yes, Equifax shows a charged-off Capital One card, $3,210, last payment "
        "08/2024, and a repossession by Santander Consumer in 2023\n"
        "Karen: ok that'll hurt his rental app. Name?\nLuis: Terrence Bowie",
        [
            (
                "CREDIT_REPORT",
                "a charged-off Capital One card, $3,210, last payment 08/2024, and a "
                "repossession by Santander Consumer in 2023",
            )
        ],
    ),
    # ---- special categories about identifiable people -----
    (
        "Hi team, I won't be at the Tuesday canvass or the phone bank next week. I start chemo "
        "on Thursday and my oncologist says to avoid crowds for a while. I can still do data "
        "entry from home. - Bernadette",
        [("health", "")],
    ),
    (
        "Can you make sure there's a fridge we can use at the retreat house? Marcus Webb needs "
        "to keep his insulin cold, and he has to eat on a schedule, so please don't let the "
        "lunch slip past 12:30.",
        [("health", "")],
    ),
    (
        "Priya Raman is back on Monday after her inpatient stay for severe depression. She's "
        "asked that we not make a big deal of it, but please keep her off the overnight shelter "
        "shifts for now.",
        [("health", "")],
    ),
    (
        "I got my results from the genetic counselor: I carry the BRCA2 mutation, so I'm "
        "having a preventive mastectomy in February and will need about six weeks off from "
        "coordinating the tutoring program.",
        [("genetic", ""), ("health", "")],
    ),
    (
        "Noah Castellano's genetic test confirmed Fragile X syndrome, so his mom asked that his "
        "camp aide be briefed before the first day.",
        [("genetic", ""), ("health", "")],
    ),
    (
        "The new time clock exports fingerprint templates. Attached is carla_mendes_fp.dat, "
        "Carla's enrolled right-index template; it has to be re-imported after the firmware "
        "update or she can't clock in.",
        [("biometric", "")],
    ),
    (
        "Spoke with Mrs. Lucia Iglesias's daughter today: her mother was diagnosed with "
        "early-onset Alzheimer's in October and can't manage her pledge anymore. Please cancel "
        "the recurring gift and send a kind note.",
        [("health", "")],
    ),
    (
        "Happy to be quoted in the newsletter! For the bio: I'm Hmong American, my parents "
        "came from Laos as refugees in 1980, and I grew up in Fresno. - Pa Nhia Vang",
        [("racial_ethnic_origin", "")],
    ),
    (
        "For the scholarship committee: Luis Ajpop self-identifies as K'iche' Maya on his "
        "application, so he qualifies for the Indigenous students' fund as well.",
        [("racial_ethnic_origin", "")],
    ),
    (
        "Please don't pair Helen Sato with Greg on the door-knocking turf. She told me she's a "
        "lifelong Libertarian who thinks the rent ordinance is theft, and the two of them "
        "argued about it at the last event.",
        [("political_opinion", "")],
    ),
    (
        "Aisha Rahman will need a quiet room around 1:15 each day of the retreat for her "
        "midday prayer, and halal meals at every sitting.",
        [("religious_belief", "")],
    ),
    (
        "Payroll: please start the union dues deduction for Rosa Delgado. She joined Teamsters "
        "Local 710 when she moved to the warehouse crew.",
        [("trade_union_membership", "")],
    ),
    (
        "I'm the SEIU steward on my unit at the hospital, so I shouldn't moderate the panel "
        "about the nurses' contract. Conflict of interest. Happy to help with setup. - Dani",
        [("trade_union_membership", "")],
    ),
    (
        "Seating note for the gala: Tom Reyes is bringing his husband, Wes, so please put them "
        "together at table 4 rather than splitting couples.",
        [("sexual_orientation", "")],
    ),
    (
        "I'm bi and out at work, so I'm glad to speak on the Pride panel. Just don't use my "
        "last name in the press release; my landlord reads it. - Jordan",
        [("sexual_orientation", "")],
    ),
    (
        "Derrick Vance's background check came back with a 2017 felony burglary conviction. "
        "He disclosed it at the interview; the board needs to decide about the mentoring role.",
        [("criminal_history", "")],
    ),
    (
        "Heads up before you call my references: I'm on probation until March for a DUI from "
        "last year, so I can't travel out of state for the conference.",
        [("criminal_history", "")],
    ),
    # ---- decoys: identifier shapes that are not identifiers -----
    (
        "Your order #4436446610036851 from Custom Ink has shipped: 48 volunteer tees "
        "(heather grey). Track it with USPS 9405 2245 3832 3640 5622 41. Questions? Reply to "
        "this email.",
        [],
    ),
    (
        "Re: Ticket 666-20-1187. Your CiviCRM support request has been updated: the "
        "scheduled-reminders bug is fixed in 5.81.2. Reply to reopen.",
        [],
    ),
    (
        "The county says our emergency rental assistance application is Case # 000-48-2231 "
        "and it is under review; they'll contact the landlord directly.",
        [],
    ),
    (
        "When you fill in the W-9, enter your number in Part I as XXX-XX-XXXX (SSN) or "
        "XX-XXXXXXX (EIN). Please do not email it to us; use the secure upload link instead.",
        [],
    ),
    (
        "The AWS tutorial uses AKIAIOSFODNN7EXAMPLE and "
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as placeholders. Replace them with your own "
        "from IAM, and never paste the real ones in the wiki.",
        [],
    ),
    (
        "Join our free public webinar, Know Your Tenant Rights, Thursday at 6pm CT!\n"
        "Zoom: https://us02web.zoom.us/j/81244710936\nMeeting ID: 812 4471 0936\n"
        "Passcode: 551207\nShare widely with neighbors and tenant groups.",
        [],
    ),
    (
        "Saturday setup crew: the side door keypad code is 4471, the light switches are on "
        "the left, and please lock up and text Marisa at 608-555-0193 when you leave.",
        [],
    ),
    (
        "Thank you for your gift of $150 on 12/02/2026. Harbor Food Bank is a 501(c)(3) "
        "organization, EIN 47-3815209. No goods or services were provided in exchange for "
        "your contribution.",
        [],
    ),
    (
        "Award letter received: Grant No. 2026-CDBG-0417, period 01/01/2027-12/31/2027. "
        "Reports go to the Office of Community Development, 121 N LaSalle St, Chicago IL "
        "60602-1288, phone (312) 555-0177.",
        [],
    ),
    (
        "Book club pick for January is 'Evicted' (ISBN 978-0-553-44743-8). We're also "
        "upgrading the sign-up page to WordPress 6.7.1 with plugin version 3.12.4.",
        [],
    ),
    (
        "Bug report: after the deploy of commit c97d9ab3c976c18d26cf8c09c5eb83e7df3df4f4 the "
        "event page 56aa4b62-1f32-e2a8-96b6-99b972a49fa4 returns a 500. The uploaded banner's "
        "sha256 is 1b6608d15e431382611d62236717acf1c681b67e65bd9e0d6a948fefe915a664.",
        [],
    ),
    (
        "The receipt template still says 'Card: XXXX-XXXX-XXXX-XXXX, exp MM/YY'. Can we change "
        "it to just say 'card on file' so donors don't think we're storing their numbers?",
        [],
    ),
    (
        "Your Pay.gov confirmation number is 315811904. Keep it for your records; it is not "
        "a payment account number.",
        [],
    ),
    (
        "Member #268595662, thanks for renewing! Your membership card is on its way and "
        "your member discount at the co-op starts today.",
        [],
    ),
    (
        "Invoice 5321 2758 9133 7869 from Lakeshore Printing is due 12/20. PO 2026-118, "
        "amount $1,480.00. Please route to Teresa for approval.",
        [],
    ),
    (
        "Two boxes went out today: UPS 1Z9F4A270358126649 and FedEx 7719 4420 8813. "
        "Both should arrive at the Eastside office by Wednesday.",
        [],
    ),
    (
        "Our bank's wire form shows an example IBAN (GB82 WEST 1234 5698 7654 32). Ignore "
        "that one; the real beneficiary details are in the signed letter in the finance "
        "drawer, not in email.",
        [],
    ),
    (
        "Reminder: the new password rules require 14 characters, the reset link expires "
        "after 30 minutes, and IT will never ask you for your password or a login code.",
        [],
    ),
    (
        "In your local .env, set STRIPE_SECRET_KEY=sk_live_your_key_here and "
        "MAILCHIMP_API_KEY=<your-key>-us14, then run npm start. Real keys live in 1Password.",
        [],
    ),
    (
        "The SMS template for the new portal reads: 'Your Harbor login code is {{otp}}. It "
        "expires in 10 minutes.' Can someone proofread it before we turn it on?",
        [],
    ),
    (
        "Data cleanup: the old import left SSN: ***-**-**** in 212 records, and 'DOB unknown' "
        "in 37. Those placeholders can be deleted.",
        [],
    ),
    (
        "Good news for the annual report: in our 2026 coaching cohort of 58 households the "
        "average credit score rose from 584 to 631 after six months.",
        [],
    ),
    (
        "Free credit report clinic on Saturday: bring a printout from annualcreditreport.com "
        "and a counselor will walk you through collections, late payments and disputes.",
        [],
    ),
    # ---- decoys: special-category topics, not people -----
    (
        "Council member Ortiz voted against the rent stabilization ordinance last night. Our "
        "statement is attached; please share it from the coalition account.",
        [],
    ),
    (
        "Pride Month planning: we're hosting a panel on LGBTQ+ elders and housing on June 12 "
        "at the library. Volunteers needed for registration and ASL interpreting.",
        [],
    ),
    (
        "Our survey of 412 pantry clients found that 31% live with diabetes or hypertension "
        "and 18% skipped medication to afford food. Full tables attached for the grant.",
        [],
    ),
    (
        "For the appeal letter: one of our clients, whom we'll call 'Maria', told us how "
        "recovery from addiction let her get her kids back. No identifying details, per her "
        "wishes.",
        [],
    ),
    (
        "Reentry job fair for people with conviction records, Saturday 10-2 at the Union Hall. "
        "Employers are fair-chance hiring; bring copies of your resume.",
        [],
    ),
    (
        "You're invited to the Interfaith Thanksgiving Breakfast: rabbis, imams and pastors "
        "from the east side will share a meal and a short reflection. RSVP by 11/20.",
        [],
    ),
    (
        "The nurses' union at County General announced a strike vote for next week. The "
        "board approved a short statement of solidarity; draft below for comments.",
        [],
    ),
]

if __name__ == "__main__":
    raise SystemExit(write(HARD_9, "hard9", Path(__file__).with_name("hard-9.jsonl")))
