#!/usr/bin/env python3
"""Writes the held-out part of the evaluation set: schemas written after the tagger was tuned on the
first part, to measure how it does on exports it was not shaped around. Seeded; run from this folder."""
import random
import uuid
from datetime import timedelta

import generate_eval as g

g.R = random.Random(7771)
R = g.R
pick = g.pick


def shopify():
    header = ["Customer Id", "First name", "Last name", "Email", "Accepts Email Marketing", "Default Address Address1",
              "Default Address Address2", "Default Address City", "Default Address Province Code",
              "Default Address Country Code", "Default Address Zip", "Phone", "Total Spent", "Total Orders", "Note"]
    rows = []
    for i in range(g.ROWS):
        gn, fn = pick(g.GIVEN_EN), pick(g.FAMILY_EN)
        rows.append([str(uuid.UUID(int=R.getrandbits(128))), gn, fn, g.email_of(gn, fn), pick(["yes", "no"]),
                     f"{R.randint(1, 999)} {pick(g.STREET_EN)} {pick(g.TYPES_EN)}",
                     pick(["", "", "", f"Apt {R.randint(1, 40)}", f"Suite {R.randint(100, 500)}"]), pick(g.US_CITIES),
                     pick(g.US_STATES), "US", f"'{R.randint(1000, 99999):05d}", g.us_phone(),
                     f"{R.uniform(0, 3000):.2f}", str(pick([0, 1, 1, 2, 3, 5, 8])), g.maybe_blank(pick(g.SENTENCES), 0.7)])
    g.write("shopify", header, rows)


def hubspot():
    header = ["Record ID", "Lifecycle Stage", "Phone Number", "Street Address", "Postal Code", "State/Region",
              "Country/Region", "Date of birth", "Create Date", "Lead Status"]
    rows = []
    for i in range(g.ROWS):
        rows.append([str(R.randint(10 ** 9, 10 ** 10)), pick(["subscriber", "lead", "customer", "opportunity"]),
                     g.us_phone(), f"{R.randint(1, 999)} {pick(g.STREET_EN)} {pick(g.TYPES_EN)}",
                     f"{R.randint(1000, 99999):05d}", pick(["Texas", "California", "New York", "Ohio", "Oregon", "Florida"]),
                     pick(["United States", "Canada", "Mexico"]), g.birth().strftime("%Y-%m-%d"),
                     g.recent().strftime("%Y-%m-%d %H:%M"), pick(["New", "Open", "In progress", "Unqualified"])])
    g.write("hubspot", header, rows)


def headerless_mixed():
    header = [f"v{i}" for i in range(1, 11)]
    rows = []
    for i in range(g.ROWS):
        gn, fn = pick(g.GIVEN_DE), pick(g.FAMILY_DE)
        rows.append([str(uuid.UUID(int=R.getrandbits(128))), f"{fn}, {gn}", g.de_phone(), g.birth().strftime("%d.%m.%Y"),
                     f"{R.randint(1067, 99998):05d}", pick(["BY", "NW", "HE", "BE", "SN", "BW"]), pick(["DEU", "AUT", "CHE"]),
                     pick(["w", "m", "d", "w", "m"]), pick(["1", "0"]),
                     f"{R.uniform(1, 500):.2f} €".replace(".", ",")])
    g.write("headerless_mixed", header, rows, delimiter=";")


def patients():
    header = ["MRN", "SSN", "Patient Name", "DOB", "Sex", "Address", "City", "ST", "ZIP", "Home Phone", "Email", "Last Visit"]
    rows = []
    for i in range(g.ROWS):
        gn, fn = pick(g.GIVEN_EN), pick(g.FAMILY_EN)
        dob = g.birth(0, 95)
        rows.append([f"MR{R.randint(100000, 999999)}", f"{R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                     f"{gn} {fn}", f"{dob.month}/{dob.day}/{dob.year}", pick(["Male", "Female"]),
                     f"{R.randint(1, 999)} {pick(g.STREET_EN)} {pick(g.TYPES_EN)}", pick(g.US_CITIES), pick(g.US_STATES),
                     f"{R.randint(1000, 99999):05d}", g.us_phone(), g.maybe_blank(g.email_of(gn, fn), 0.2),
                     (g.AS_OF - timedelta(days=R.randint(1, 700))).strftime("%Y-%m-%d")])
    g.write("patients", header, rows)


def au_loyalty():
    header = ["member id", "given names", "family name", "unit", "street no", "street name", "suburb", "state",
              "postcode", "mobile", "joined", "points", "tier"]
    rows = []
    for i in range(g.ROWS):
        rows.append([f"AU{i + 1:05d}", pick(g.GIVEN_EN), pick(g.FAMILY_EN), pick(["", "", "", str(R.randint(1, 20)), f"U{R.randint(1, 9)}"]),
                     str(R.randint(1, 400)), f"{pick(g.STREET_EN)} {pick(['Street', 'Road', 'Crescent', 'Parade', 'Close'])}",
                     pick(["Bondi", "Fitzroy", "Toowong", "Subiaco", "Glenelg", "Sandy Bay", "Manly", "Carlton", "Paddington"]),
                     pick(["NSW", "VIC", "QLD", "WA", "SA", "TAS"]), f"{R.randint(800, 7999):04d}",
                     f"04{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(100, 999)}", g.recent(3000).strftime("%d/%m/%Y"),
                     str(R.randint(0, 20000)), pick(["Blue", "Silver", "Gold"])])
    g.write("au_loyalty", header, rows)


if __name__ == "__main__":
    shopify()
    hubspot()
    headerless_mixed()
    patients()
    au_loyalty()
