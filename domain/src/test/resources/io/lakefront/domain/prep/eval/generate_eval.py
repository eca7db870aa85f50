#!/usr/bin/env python3
"""Writes the synthetic part of the tagging evaluation set (deterministic: seeded).

The name, street and city pools here are written separately from the tagger's word lists and hold
names those lists do not have, so that the evaluation measures coverage rather than echoing them.
Run from this folder: python3 generate_eval.py
"""
import csv
import random
from datetime import date, datetime, timedelta

R = random.Random(20261125)
ROWS = 60
AS_OF = date(2026, 11, 25)

GIVEN_EN = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Logan", "Mia",
            "Lucas", "Harper", "Jackson", "Evelyn", "Aiden", "Abigail", "Carter", "Ella", "Grayson", "Scarlett", "Wyatt",
            "Aria", "Brayden", "Penelope", "Colton", "Layla", "Everett", "Nora", "Declan", "Hazel", "Rowan", "Willow",
            "Silas", "Ivy", "Jasper", "Aurora", "Ezra", "Luna", "Maverick", "Piper", "Tobias", "Quinn", "Reid", "Sage"]
FAMILY_EN = ["Smith", "Johnson", "Brown", "Taylor", "Anderson", "Thomas", "Moore", "Martin", "Thompson", "White",
             "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Hill", "Green", "Baker", "Nelson",
             "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker", "Evans", "Collins", "Ashworth", "Blackwood",
             "Calloway", "Drummond", "Fairbanks", "Hargreaves", "Kingsley", "Lockhart", "Pemberton", "Radcliffe",
             "Thorne", "Whitaker", "Yardley", "Okafor", "Nakamura", "Kowalski", "Lindqvist", "Abernathy"]
GIVEN_DE = ["Hans", "Anna", "Lukas", "Lena", "Jonas", "Leonie", "Felix", "Marie", "Paul", "Sophie", "Maximilian",
            "Katharina", "Florian", "Johanna", "Tobias", "Sabine", "Jürgen", "Ursula", "Wolfgang", "Monika", "Dieter",
            "Gisela", "Björn", "Käthe", "Ottilie", "Rüdiger", "Henrike", "Volker", "Wiebke", "Malte", "Heiko", "Frauke"]
FAMILY_DE = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
             "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
             "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler", "Brinkmann",
             "Oberländer", "Wiesinger", "Dreßler", "Pfeiffer", "Jankowski", "Kaltenbach", "Rademacher"]
GIVEN_FR = ["Jean", "Marie", "Pierre", "Camille", "Louis", "Chloé", "Hugo", "Léa", "Théo", "Manon", "Julien",
            "Élodie", "Mathieu", "Océane", "Antoine", "Inès", "Baptiste", "Margaux", "Clément", "Aurélie", "Gaëtan",
            "Solène", "Anaïs", "Rémi", "Ludivine", "Enzo", "Maëlle", "Loïc"]
FAMILY_FR = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
             "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
             "Lemoine", "Chauvin", "Marchal", "Delacroix", "Besnard", "Carpentier", "Tessier", "Villeneuve"]
GIVEN_ES = ["José", "María", "Antonio", "Carmen", "Manuel", "Lucía", "Javier", "Laura", "David", "Marta", "Alejandro",
            "Sofía", "Pablo", "Elena", "Álvaro", "Paula", "Iker", "Nerea", "Unai", "Ainhoa", "Rocío", "Gonzalo", "Itziar"]
FAMILY_ES = ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
             "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Etxeberria", "Zubizarreta",
             "Villalobos", "Quintana", "Arrieta"]
GIVEN_NL = ["Jan", "Anne", "Daan", "Sanne", "Sem", "Femke", "Bram", "Lotte", "Thijs", "Fleur", "Joost", "Iris",
            "Wouter", "Maaike", "Stijn", "Noor", "Ruud", "Marloes", "Koen", "Lieke", "Gijs", "Roos"]
FAMILY_NL = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
             "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Verhoeven",
             "Kuipers", "Zwart", "van der Wal"]

US_STATES = ["CA", "TX", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "WA", "AZ", "MA", "CO", "OR", "MN"]
US_CITIES = ["Austin", "Denver", "Portland", "Columbus", "Springfield", "Fairview", "Riverside", "Franklin",
             "Greenville", "Bristol", "Clinton", "Madison", "Georgetown", "Salem", "Arlington", "Boulder", "Plano",
             "Tempe", "Naperville", "Scottsdale"]
STREET_EN = ["Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Sunset", "Park", "River",
             "Willow", "Highland", "Church", "Mill", "Meadow", "Forest", "Spring", "Ridge"]
TYPES_EN = ["Street", "St", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Lane", "Ln", "Ct", "Way", "Pl"]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schulstraße", "Lindenallee", "Marktplatz", "Bergstraße",
              "Kirchgasse", "Am Ring", "Rosenweg", "Goethestraße", "Schillerstr.", "Mühlenweg", "Birkenweg"]
DE_CITIES = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig",
             "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Gütersloh", "Paderborn", "Lüneburg",
             "Bad Homburg", "Wolfsburg", "Ingolstadt"]
DE_LAENDER = ["Bayern", "Berlin", "Hessen", "Sachsen", "Nordrhein-Westfalen", "Baden-Württemberg", "Niedersachsen",
              "Hamburg", "Bremen", "Thüringen"]
FR_CITIES = ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes", "Angers", "Annecy",
             "Besançon", "Perpignan", "Colmar", "Quimper", "Rouen"]
ES_CITIES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Granada", "Cádiz",
             "Pamplona", "Logroño", "Santander", "Oviedo", "Toledo"]
ES_PROV = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Vizcaya", "Málaga", "Zaragoza", "Granada", "Navarra"]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Zwolle", "Leeuwarden",
             "Apeldoorn", "Amersfoort", "Deventer", "Haarlem"]
UK_TOWNS = ["London", "Manchester", "Leeds", "Bristol", "York", "Bath", "Reading", "Norwich", "Exeter", "Chester",
            "Harrogate", "Stockport", "Swindon", "Luton", "Ipswich"]
UK_COUNTIES = ["Kent", "Surrey", "Essex", "Devon", "Norfolk", "Yorkshire", "Lancashire", "Cheshire", "Somerset"]
CA_CITIES = ["Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Winnipeg", "Halifax", "Kelowna",
             "Moncton", "Kingston", "Sherbrooke", "Red Deer"]
CA_PROV = ["Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Nova Scotia", "Saskatchewan",
           "New Brunswick"]
PRODUCTS = ["Trail Running Shoe", "Merino Wool Socks", "Insulated Water Bottle", "Canvas Tote Bag", "Rain Jacket",
            "Yoga Mat", "Espresso Grinder", "Cast Iron Pan", "Linen Shirt", "Leather Wallet", "Desk Lamp",
            "Wireless Earbuds", "Hiking Backpack 30L", "Ceramic Mug Set", "Bamboo Cutting Board"]
CATEGORIES = ["Footwear", "Apparel", "Outdoor", "Kitchen", "Home", "Electronics", "Accessories"]
TOPICS = ["billing", "shipping", "returns", "account", "product question"]
SENTENCES = ["The parcel arrived two days late and the box was damaged",
             "Customer asked whether the jacket runs small and wants to exchange it",
             "Refund issued after the second complaint about the missing item",
             "Please call back in the afternoon, the customer works night shifts",
             "Wants to update the delivery address before the next order ships",
             "Loyal customer, offered a voucher for the inconvenience caused",
             "Reported that the discount code did not apply at checkout",
             "Asked for an invoice with the company VAT number on it"]


def pick(seq):
    return R.choice(seq)


def maybe_blank(value, rate=0.05):
    return "" if R.random() < rate else value


def birth(min_age=18, max_age=90):
    days = R.randint(min_age * 365, max_age * 365)
    return AS_OF - timedelta(days=days)


def recent(days=900):
    return datetime(2026, 11, 1, 12, 0) - timedelta(minutes=R.randint(0, days * 24 * 60))


def us_phone():
    a, b, c = R.randint(201, 989), R.randint(200, 999), R.randint(0, 9999)
    return pick([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"+1 {a} {b} {c:04d}", f"{a}.{b}.{c:04d}"])


def de_phone():
    return pick([f"0{R.randint(30, 999)} {R.randint(100000, 9999999)}", f"+49 {R.randint(151, 179)} {R.randint(1000000, 99999999)}",
                 f"0{R.randint(151, 179)}-{R.randint(1000000, 9999999)}"])


def email_of(given, family, domains=("gmail.com", "yahoo.com", "outlook.com", "example.org", "web.de", "icloud.com")):
    base = (given + "." + family).lower().replace(" ", "").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    base = "".join(ch for ch in base if ch.isascii())
    return f"{base}{pick(['', str(R.randint(1, 99))])}@{pick(domains)}"


def write(name, header, rows, delimiter=","):
    with open(f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def crm_export():
    header = ["Contact ID", "First Name", "Last Name", "full_name", "email_address", "mobile", "Mailing Street",
              "Mailing City", "Mailing State", "Mailing Zip", "Mailing Country", "Birthdate", "Gender",
              "Created Date", "Loyalty Tier", "Email Opt In", "SMS Opt In", "Lifetime Value"]
    rows = []
    for i in range(ROWS):
        g, f = pick(GIVEN_EN), pick(FAMILY_EN)
        zip_ = f"{R.randint(1000, 99999):05d}" + pick(["", "", "", f"-{R.randint(1000, 9999)}"])
        rows.append([f"C{100000 + i * 7:07d}", g, f, f"{f}, {g}", email_of(g, f), us_phone(),
                     f"{R.randint(1, 9999)} {pick(STREET_EN)} {pick(TYPES_EN)}", pick(US_CITIES), pick(US_STATES), zip_,
                     pick(["US", "USA", "United States"]), birth().strftime("%m/%d/%Y"), pick(["F", "M", "F", "M", ""]),
                     recent().strftime("%m/%d/%Y"), pick(["Bronze", "Silver", "Gold", "Platinum", "None"]),
                     pick(["Yes", "No"]), pick(["Yes", "No", ""]), f"{R.uniform(0, 5000):.2f}"])
    write("crm_export", header, rows)


def kunden():
    header = ["Kundennummer", "Anrede", "Vorname", "Nachname", "Straße", "Hausnummer", "PLZ", "Ort", "Bundesland",
              "Land", "Geburtsdatum", "Telefon", "E-Mail", "Geschlecht", "Umsatz", "Newsletter"]
    rows = []
    for i in range(ROWS):
        sex = pick(["w", "m"])
        g, f = pick(GIVEN_DE), pick(FAMILY_DE)
        umsatz = f"{R.uniform(5, 20000):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        rows.append([f"K-{20000 + i}", "Frau" if sex == "w" else "Herr", g, f, pick(DE_STREETS), f"{R.randint(1, 180)}{pick(['', '', '', 'a', 'b'])}",
                     f"{R.randint(1067, 99998):05d}", pick(DE_CITIES), pick(DE_LAENDER), "Deutschland",
                     birth().strftime("%d.%m.%Y"), de_phone(), maybe_blank(email_of(g, f)), sex, umsatz, pick(["ja", "nein"])])
    write("kunden", header, rows, delimiter=";")


def clients_fr():
    header = ["identifiant", "civilité", "prénom", "nom", "adresse", "code postal", "ville", "pays", "téléphone",
              "courriel", "date de naissance", "sexe"]
    rows = []
    for i in range(ROWS):
        sex = pick(["F", "H"])
        g, f = pick(GIVEN_FR), pick(FAMILY_FR)
        rows.append([f"FR{R.randint(10000000, 99999999)}", "Mme" if sex == "F" else "M.", g, f,
                     f"{R.randint(1, 120)} {pick(['rue', 'avenue', 'boulevard', 'allée', 'chemin'])} {pick(['de la Paix', 'Victor Hugo', 'des Lilas', 'Jean Jaurès', 'du Moulin', 'Pasteur'])}",
                     f"{R.randint(1000, 95999):05d}", pick(FR_CITIES), pick(["France", "FR", "France"]),
                     f"0{R.randint(1, 7)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}",
                     email_of(g, f, ("orange.fr", "free.fr", "gmail.com", "laposte.net")),
                     birth().strftime("%d/%m/%Y"), sex])
    write("clients_fr", header, rows, delimiter=";")


def clientes_es():
    header = ["id_cliente", "nombre", "apellidos", "correo electrónico", "teléfono", "dirección", "ciudad",
              "provincia", "código postal", "país", "fecha de nacimiento"]
    rows = []
    for i in range(ROWS):
        g = pick(GIVEN_ES)
        f = pick(FAMILY_ES) + " " + pick(FAMILY_ES)
        rows.append([str(5000 + i), g, f, email_of(g, f.split()[0], ("gmail.com", "hotmail.es", "telefonica.net")),
                     f"+34 6{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(100, 999)}",
                     f"{pick(['Calle', 'Avenida', 'Paseo', 'Calle'])} {pick(['Mayor', 'de Alcalá', 'del Prado', 'San Juan', 'Real', 'de la Constitución'])}, {R.randint(1, 200)}",
                     pick(ES_CITIES), pick(ES_PROV), f"{R.randint(1001, 52999):05d}", pick(["España", "ES", "Spain"]),
                     birth().strftime("%Y-%m-%d")])
    write("clientes_es", header, rows)


def klanten_nl():
    header = ["klantnummer", "voornaam", "achternaam", "straat", "huisnummer", "postcode", "woonplaats",
              "geboortedatum", "telefoon", "e-mail"]
    rows = []
    for i in range(ROWS):
        g, f = pick(GIVEN_NL), pick(FAMILY_NL)
        rows.append([f"NL-{R.randint(100000, 999999)}", g, f, pick(["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Prinsengracht", "Julianalaan", "Schoolstraat"]),
                     f"{R.randint(1, 250)}{pick(['', '', 'A', '-2'])}", f"{R.randint(1000, 9999)} {pick(['AB', 'CD', 'KL', 'XZ', 'GH', 'RT'])}",
                     pick(NL_CITIES), birth().strftime("%d-%m-%Y"), f"06-{R.randint(10000000, 99999999)}",
                     email_of(g, f, ("ziggo.nl", "kpnmail.nl", "gmail.com"))])
    write("klanten_nl", header, rows)


def orders():
    header = ["order_id", "customer_ref", "order_date", "product", "category", "quantity", "unit_price", "currency",
              "total", "status", "notes"]
    rows = []
    for i in range(ROWS):
        qty = pick([1, 1, 1, 2, 2, 3, 4])
        price = R.uniform(4, 300)
        rows.append([f"ORD-{2026}-{i + 1:05d}", f"CUST{R.randint(1, 40):04d}", recent().strftime("%Y-%m-%dT%H:%M:%SZ"),
                     pick(PRODUCTS), pick(CATEGORIES), qty, f"{price:.2f}", pick(["USD", "EUR", "GBP"]),
                     f"{price * qty:.2f}", pick(["paid", "shipped", "delivered", "refunded"]),
                     maybe_blank(pick(SENTENCES), 0.5)])
    write("orders", header, rows)


def tickets():
    header = ["ticket_id", "customer_id", "opened_at", "closed_at", "status", "topic", "description", "priority"]
    rows = []
    for i in range(ROWS):
        opened = recent()
        rows.append([str(900000 + i * 3), f"CUST{R.randint(1, 40):04d}", opened.strftime("%Y-%m-%d %H:%M:%S"),
                     maybe_blank((opened + timedelta(hours=R.randint(1, 200))).strftime("%Y-%m-%d %H:%M:%S"), 0.3),
                     pick(["open", "pending", "closed"]), pick(TOPICS), pick(SENTENCES), pick(["low", "normal", "high"])])
    write("tickets", header, rows)


def uk_members():
    header = ["member_no", "title", "forename", "surname", "suffix", "address line 1", "address line 2", "town",
              "county", "postcode", "country", "phone", "dob", "ni_number"]
    rows = []
    for i in range(ROWS):
        g, f = pick(GIVEN_EN), pick(FAMILY_EN)
        pc = f"{pick(['SW', 'M', 'LS', 'BS', 'YO', 'EC', 'B', 'NW'])}{R.randint(1, 20)} {R.randint(1, 9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}"
        rows.append([f"M{i + 1:06d}", pick(["Mr", "Mrs", "Ms", "Dr", "Miss"]), g, f, pick(["", "", "", "", "Jr", "Sr", "III"]),
                     f"{R.randint(1, 300)} {pick(STREET_EN)} {pick(['Road', 'Street', 'Lane', 'Close', 'Crescent'])}",
                     pick(["", "", f"Flat {R.randint(1, 30)}", f"Apt {R.randint(1, 12)}", f"Unit {R.randint(1, 9)}"]),
                     pick(UK_TOWNS), pick(UK_COUNTIES), pc, pick(["United Kingdom", "UK", "GB", "England"]),
                     f"+44 7{R.randint(100, 999)} {R.randint(100000, 999999)}", birth().strftime("%d/%m/%Y"),
                     f"{pick(['AB', 'CE', 'JK', 'PR', 'TW'])}{R.randint(100000, 999999)}{pick('ABCD')}"])
    write("uk_members", header, rows)


def canada():
    header = ["ID", "FullName", "Email", "Phone", "Address", "Apt", "City", "Province", "Postal Code", "Country", "Join Date"]
    rows = []
    for i in range(ROWS):
        g, f = pick(GIVEN_EN + GIVEN_FR), pick(FAMILY_EN + FAMILY_FR)
        L = "ABCEGHJKLMNPRSTVXY"
        rows.append([str(i + 1), f"{g} {f}", email_of(g, f), us_phone(),
                     f"{R.randint(1, 9999)} {pick(STREET_EN)} {pick(TYPES_EN)}",
                     pick(["", "", f"Unit {R.randint(1, 40)}", f"Suite {R.randint(100, 900)}", f"#{R.randint(1, 30)}"]),
                     pick(CA_CITIES), pick(CA_PROV), f"{pick(L)}{R.randint(0, 9)}{pick(L)} {R.randint(0, 9)}{pick(L)}{R.randint(0, 9)}",
                     "Canada", recent(2000).strftime("%Y-%m-%d")])
    write("canada", header, rows)


def headerless_crm():
    header = [f"c{i}" for i in range(1, 13)]
    rows = []
    for i in range(ROWS):
        g, f = pick(GIVEN_EN), pick(FAMILY_EN)
        rows.append([f"{100 + i}", g, f, email_of(g, f), us_phone(), birth().strftime("%Y-%m-%d"), pick(US_CITIES),
                     pick(US_STATES), f"{R.randint(1000, 99999):05d}", pick(["US", "CA", "GB", "DE", "FR"]),
                     pick(["female", "male", "female", "male", "other"]), f"${R.uniform(1, 900):,.2f}"])
    write("headerless_crm", header, rows)


def headerless_orders():
    header = [f"field{i}" for i in range(1, 9)]
    rows = []
    for i in range(ROWS):
        rows.append([f"O{700000 + i}", recent().strftime("%Y-%m-%dT%H:%M:%SZ"), email_of(pick(GIVEN_EN), pick(FAMILY_EN)),
                     f"€{R.uniform(3, 400):.2f}", pick(["EUR", "USD", "GBP", "CHF"]), pick([1, 1, 2, 3, 1, 5]),
                     pick(["true", "false"]), pick(SENTENCES)])
    write("headerless_orders", header, rows)


def headerless_de():
    header = [f"col_{i}" for i in range(1, 9)]
    rows = []
    for i in range(ROWS):
        rows.append([pick(GIVEN_DE), pick(FAMILY_DE), f"{pick(DE_STREETS)} {R.randint(1, 99)}", f"{R.randint(1067, 99998):05d}",
                     pick(DE_CITIES), birth().strftime("%d.%m.%Y"), de_phone(),
                     f"{R.uniform(5, 3000):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")])
    write("headerless_de", header, rows, delimiter=";")


if __name__ == "__main__":
    crm_export()
    kunden()
    clients_fr()
    clientes_es()
    klanten_nl()
    orders()
    tickets()
    uk_members()
    canada()
    headerless_crm()
    headerless_orders()
    headerless_de()
