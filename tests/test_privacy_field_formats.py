"""Formats found by the probe sets (``tests/data/deid_adversarial/probe*.txt``), one each.

Each identifier must be masked at the default level, and each clinical text must stay. All
values are synthetic. An eponym that is also a person's name ("Braden 14", "Jackson-Pratt")
is masked before a number or out of its clinical term: recall comes first.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maas_client.privacy import deidentify, detect
from maas_client.privacy._unicode import readable
from maas_client.privacy.detect import _beyond_typed
from maas_client.testing.deid_eval import evaluate, load_cases

DATA = Path(__file__).parent / "data" / "deid_adversarial"

# A note in Spanish whose clinical words are capitalised mid-sentence (synthetic)
SPANISH_NOTE = (
    "Paciente de 54 años que acude por Disfonía leve y Disfagia. Refiere Agresión por parte de "
    "su pareja. Exploración: Consciente, Orientada, Colaboradora. No Petequias conjuntivales, "
    "no Estridor. Valorada por la Dra. Marta Olivares Ruiz y por la Sra. Ferrer, del Hospital "
    "Valdecarros de Alcobendas, con el Protocolo de Violencia de Género."
)
# notes in other languages told so by their lower-case words, few of them English
ITALIAN_TABLE = (
    "Progetto di follow-up della coorte con i dati raccolti per la regione e il comune di "
    "residenza, aggiornati ogni mese dal medico di famiglia e dalla figlia.\n"
    "LO-0040 | Mereu, Giovanni Battista | M | polmonite\n"
    "LO-0041 | Dieta, Riposo | - | nessuna variazione\n"
)
FINNISH_NOTE = (
    "Seuraava käynti neuvolassa Espoossa; puoliso tulee mukaan ja hän on kotona koko viikon "
    "ajan, verenpaine hyvä eikä turvotusta ole ollut lainkaan tällä viikolla."
)
GERMAN_PLAN = (
    "Wirkstoff | Handelsname | Hinweise | Grund\n"
    "Bisoprolol | Concor | Puls unter 55 nicht einnehmen, bitte den Arzt fragen | "
    "Herzschwäche, Diabetes\n"
    "Metformin | Glucophage | mit dem Essen einnehmen und bei Durchfall pausieren | Diabetes\n"
)

MASKED = [
    # a German plate after a firm's car or "Kennz.", its district's letters with an umlaut
    ("Mitarbeiterin: Olena K. (Pflegefachkraft), Dienstwagen DÜW-LN 312\nTour 3", "DÜW-LN 312"),
    ("mit Firmenfahrzeug (Kennz. HI-KT 5520) durch Vorarbeiter in die Klinik", "HI-KT 5520"),
    # a German number with its area code before a slash, in a table's cell; the first day of a
    # range before a day and month with full stops
    ("| 09:05 | Apotheke am Markt   | 02234/20 11 45   | Rezept Eliquis 5 mg |", "02234/20 11 45"),
    ("Notfallnummern Praxisvertretung 21.–23.03.: Dr. Jessen", "21.–23.03."),
    # numbers and months a scanner misread: letters for digits, a zero for an "O"
    ("BR00KFIELD SURGERY   Tel: O1632 96O 2l9\n l7 Chape1 Street", "O1632 96O 2l9"),
    ("NHS no. 452 3l0 9672   Rose Cottage", "452 3l0 9672"),
    ("[stamp]  RECEIVED 27 N0V 2023  - T&O BOOKING", "27 N0V 2023"),
    ("Les Lilas, le l8 novembre 2024\n\nObjet : Mme Andrieux", "l8 novembre 2024"),
    ("Date of outcome: 0ctober 7, 2024\nAttending: Dr. M. R. Villanueva", "0ctober 7, 2024"),
    # a letter's reference initials after "ref:", with a "Mc" in them; initials after
    # "Transcribed:"; initials in a pipe table after a row's cell wrapped onto the next line
    ("Consultant: Dr Fiona McAllister\nOur ref: FMcA/jp     Dictated: 14/03/2024", "FMcA"),
    ("Signed: Dr J. Steenkamp   10/04/2025   Ref: JS/cv", "JS/cv"),
    ("Castellanos, Orthogeriatric Registrar   Transcribed: LMcK 15/04/2025", "LMcK"),
    (
        "DATE | APPT | WIRE U / L | NOTES | STAFF\n"
        "06/13/23 | ADJ | same / same | TAD 1.6x8 mm LL 5-6 for | JC\n"
        "      anchorage; Oraqix topical only\n"
        "08/01/23 | ADJ | same / same | OJ 3 mm; midline 1 mm R | AL\n",
        "AL",
    ),
    # a caret-separated name after a key's "=" and in a DICOM dump's quotes
    ("ReferringPhysicianName=MCANDREW^FERGUS^^DR\nPatientName=ABERNETHY^LACHLAN^IAIN", "LACHLAN"),
    ("(0010, 0010) Patient's Name  PN: 'PETROSYAN^ARMEN^G'\n(0010, 0020) Patient ID", "ARMEN"),
    # a street's line before its postal code after a dash, a dot or a line's end; a range of
    # house numbers
    (
        "Prof. Daniel Zürcher\nRoute du Vieux-Moulin 12 – CH-1860 Aigle\nTél.",
        "Route du Vieux-Moulin 12",
    ),
    ("Dermatologie & Allergologie\nGroße Bleiche 44 · 55116 Mainz-Altstadt", "Große Bleiche 44"),
    (
        "Herrn\nDr. Maximilian von Quadt-Heyden\nAm Rabenstein 3\n55262 Heidesheim",
        "Am Rabenstein 3",
    ),
    ("Spedition Haberkorn GmbH, Industriestraße 8–10, 34621 Frielendorf", "Industriestraße 8–10"),
    # initials after an examiner's or a technologist's label; a district named after its word
    # in a note in another language
    ("Chart 40-1187   Exam date: 10/22/2024   Examiner: JNK, RDH   Probe: UNC-15", "JNK"),
    ("Test date: 01/17/2024   Technologist: RKB\nIndication: episodic cough", "RKB"),
    (
        "Meldepflichtige Erkrankung nach § 6 IfSG. Meldendes Gesundheitsamt: Gesundheitsamt"
        " Landkreis Nordwestmecklenburg, Aktenzeichen GA-NWM-2026-0211. Die Patientin wurde"
        " über die Maßnahmen aufgeklärt.",
        "Nordwestmecklenburg",
    ),
    # a town after a five-digit postal code that is a word too, after a street's number and a
    # dash; a letter's place before its date in another language
    ("Dr. Rossi -- Via San Vitale 118 -- 40125 Bologna -- Tel. 051 229 4410", "Bologna"),
    ("Cabinet médical\nRue Saint-Gilles 214 – 4000 Liège\nTél. : 04 223 45 67", "Liège"),
    (
        "Sehr geehrte Frau Kollegin, wir berichten über Ihre Patientin, die sich bei uns zur"
        " Behandlung befand und über die Therapie aufgeklärt worden ist.\n"
        "Bad Sassendorf, den 07.02.2024   gez. H. Brüggemann",
        "Bad Sassendorf",
    ),
    # a user name of an initial or a role, a full stop and a surname, anywhere; a French
    # export's columns of names and numbers
    ("alarm_01=11:06 venous pressure high, ack=s.lindinger\nphysician=dr.aumayr", "s.lindinger"),
    ("alarm_01=11:06 venous pressure high, ack=s.lindinger\nphysician=dr.aumayr", "dr.aumayr"),
    ("13/09/2024 10:41;bruna.kfreitas\nA24-0913-004471;PD-7781203", "bruna.kfreitas"),
    (
        "IPP;NDA;NOM_USAGE;NOM_NAISSANCE;PRENOM;DDN;SEXE;MED_RESP\n"
        "330245871;25007711;LABORDE;DUPRAT;JEAN-CLAUDE;03/05/1948;M;DR CASTAGNET\n",
        "DUPRAT",
    ),
    # a month on its own after a preposition of time or the words that place it in its month,
    # in French, German and Portuguese (as "since December" in English)
    ("Depuis la dernière consultation de novembre, elle a présenté une exacerbation.", "novembre"),
    ("Die Patientin nimmt seit Dezember eine kombinierte Pille ein.", "Dezember"),
    ("Prüfungsphase, Tabletteneinnahme vergessen? Anfang März „Aussetzer“ ca. 5 s.", "Anfang März"),
    ("Paciente já teve atestado de 2 dias em junho/2024 (CID K29.7 gastrite).", "junho/2024"),
    # a Brazilian council's licence and a Portuguese doctor's cédula; a Brazilian record's
    # number with full stops; a Brazilian house number with a full stop and its flat; a French
    # NIR after "immatriculation"; German years after an age; French and German institutions
    # named head first
    ("Dr. Rafael G. Tavares — CRM-MG 45.781 — RQE 23.110", "45.781"),
    ("Dr. Rafael G. Tavares — CRM-MG 45.781 — RQE 23.110", "23.110"),
    ("Nome: Dra. Marina Okamoto Ribeiro\nCRM: SP 162.884       Especialidade", "SP 162.884"),
    ("Enf. Carla Rossetto — COREN-RS 331.908", "331.908"),
    ("Alta do SU: 17-03-2024 — médico V. Sampaio, cédula 52 880.", "52 880"),
    ("Paciente: Sebastião Ferreira     Prontuário: 556.091-2", "556.091-2"),
    (
        "Endereço: Rua Coronel Quirino, 2.210, bloco C, ap. 84 — Cambuí",
        "Rua Coronel Quirino, 2.210, bloco C, ap. 84",
    ),
    ("Numéro d'immatriculation : 1 79 12 44 109 086 69", "1 79 12 44 109 086 69"),
    ("Geburtsdatum: 11.01.1928    Alter: 97 Jahre", "97 Jahre"),
    ("Dr I. Marchand – Pneumologie – CH de Montbrison-Vallée\nLigne directe", "Montbrison-Vallée"),
    (
        "Dr Sophie Barale – Urgences, Centre hospitalier de Cagnes-Fontonne",
        "Centre hospitalier de Cagnes-Fontonne",
    ),
    ("Entlassung am 12.05.2025 aus: Klinik Donauhöhe, 2. Medizinische Abteilung", "Donauhöhe"),
    # a French street after its number and a comma, and the French, Belgian, Swiss and Quebec
    # street types (place, cours, square, rang, av.); German telephone groups of one digit,
    # after a slash, and after "Durchwahl"; an international number with a one-digit group;
    # initials in a column headed "Given by" beside a label with a number; a login under
    # "driver"
    (
        "Service de Cardiologie\n41, rue du Plateau-Vert – 69004 Lyon\nSecrétariat",
        "41, rue du Plateau-Vert",
    ),
    ("Dr A. Martin, 18 place du Marché, 21200 Beaune", "18 place du Marché"),
    ("Élodie Marchetti, sage-femme – 3 cours Napoléon, 20000 Ajaccio", "3 cours Napoléon"),
    ("Adresse : 392, rang Saint-Joseph, Sainte-Marie (Québec) G6E 3B4", "392, rang Saint-Joseph"),
    ("Mme BLANCHARD, 27 av. du Général-Leclerc, 93260 Les Lilas", "27 av. du Général-Leclerc"),
    ("Betreuerin (Nichte, Tel. 0581 7 38 02) informiert.", "0581 7 38 02"),
    ("Fax:       07252 / 46 2 18-9\nTel.:      07252 / 46 2 18", "07252 / 46 2 18-9"),
    ("Absender: BMA Holzinger, Durchwahl 07252 549 87-412, Sekretariat", "07252 549 87-412"),
    ("12-MAR-2025 14:07   VON: +43 7252 5 49 87-420  KH Steyrtal Labor", "+43 7252 5 49 87-420"),
    (
        "Date\tVial/Dil\tArm\tVol A\tPEF\tWheal 30 min\tReaction\tGiven by\n"
        "12/11/23\tGreen 1:1000\tL/R\t0.05\t420\t0/0\tnone\tMH\n",
        "MH",
    ),
    (
        "patient_id,last,first,hcpcs,item,qty,deliv_date,driver,notes\n"
        "P0013847,Abernathy,Loretta,E1390,EverFlo 5L concentrator,1,2024-09-16,dwhitt,setup\n",
        "dwhitt",
    ),
    # an Italian town before its province's code, in Italian; initials and a particle before a
    # surname in Dutch; a capitalised particle of an Italian surname; a key of initials before
    # initials, particles and a surname; a Belgian town after a street's number and its postal
    # code; a Dutch town after "te"; German's short weekday before a date; a family name in
    # capitals before a given name; an Italian login after "utente"; a Dutch one after "door:"
    (
        "La paziente è nata il 03/07/1941 a Chieri (TO) e vive con la figlia, che la accompagna"
        " alle visite della settimana presso il nostro ambulatorio di cardiologia.",
        "Chieri (TO)",
    ),
    (
        "Intaker: K. de Ruiter, GZ-psycholoog. De cliënte is verwezen door de huisarts en komt"
        " met haar partner voor een eerste gesprek over de klachten van de laatste maanden.",
        "K. de Ruiter",
    ),
    ("Firma: D. Di Censo", "D. Di Censo"),
    ("Le invio il sig. Le Pera, mio assistito", "Le Pera"),
    ("Paraaflijst: MvD = M. van Dijk (RT-laborant)", "MvD"),
    ("zelfbetalend deel naar adres Leopoldlaan 88, 3900 Pelt.", "Pelt"),
    (
        "Dhr. Dewulf, wonende Hoogstraat 10 te Zwevezele, werd verwezen voor verder onderzoek"
        " van een ijzergebreksanemie. Hij klaagt sinds januari van moeheid en heeft geen"
        " klachten van buikpijn of bloed bij de ontlasting gehad in de afgelopen maanden.",
        "Zwevezele",
    ),
    ("Behandlung Nr. 1342   Datum: Do., 14.03.2024   Platz 6", "Do., 14.03.2024"),
    ("01    | JONES Bryn (HDF)    | OKAFOR Chidi       | HALE Frank (CVC)", "OKAFOR Chidi"),
    ("Estrazione del 02/09/2024 ore 08:15 - utente op_lcarbone - formato CSV", "op_lcarbone"),
    ("Verzonden via ZorgDomein door: jhoekstra op 03-04-2024 16:42 (ë)", "jhoekstra"),
    # a chat export's login heading a message before its time; a French surname's label;
    # initials and particles before any word as a surname
    ("thread\n\npriya.n (Tox fellow) 01:12\nAttending heads-up.", "priya.n"),
    ("thread\n\nmkowalczyk 01:15\nok. start high-dose insulin", "mkowalczyk"),
    ("1. SALARIÉ(E) EXPOSÉ(E)\nNom : BENSAÏD          Prénom : Nadia", "BENSAÏD"),
    ("melding gedaan door R. van den Akker op 17-10-2024", "R. van den Akker"),
    # a town after Italian words of birth and home, in Italian
    (
        "La paziente MELIS Efisia, nata a Villacidro il 18/06/1962, è stata trasferita presso"
        " il nostro reparto per la prosecuzione delle cure e della terapia in corso.",
        "Villacidro",
    ),
    # a Dutch postcode where a field holds one; an Italian plate after "targata"; a German
    # ambulance's plate
    ("geboortedatum=1978-03-19\npostcode=5911 AX\nhuisnummer=27a", "5911 AX"),
    (
        "Woont in Rotterdam-Feijenoord, Putselaan 288b (3074 JK), met partner en twee kinderen."
        " Hij werkt als chauffeur en heeft geen klachten van hoesten of koorts gehad in de"
        " afgelopen weken, maar hij is wel erg moe en slaapt slecht sinds zijn opname.",
        "3074 JK",
    ),
    ("autovettura Fiat Panda grigia targata FK 482 TD e motociclo", "FK 482 TD"),
    ("Tour 1 - KTW MR-RK 2214  Besatzung: Lukas Feit (NotSan)", "MR-RK 2214"),
    # Dutch, Flemish and Italian institutions named head first
    ("2024-07-15 08:22:31   | Apotheek Het Anker, Zwolle (ë)", "Apotheek Het Anker"),
    ("Aan: dienst Geriatrie, AZ Sint-Gerolf (identificatie) é", "AZ Sint-Gerolf"),
    ("Presidio Ospedaliero San Bernardino Alpe - S.C. Medicina Interna è", "San Bernardino Alpe"),
    # a patient's name after the word for the patient in other languages, with its title left
    # out and two family names before the given ones; a given name in capitals before a
    # surname found elsewhere
    ("Paciente: Xosé Manuel Lestón Iglesias      Sexo: H", "Xosé Manuel Lestón Iglesias"),
    ("Utente: Adelino Fontoura Calado · N.º utente 198 334 620", "Adelino Fontoura Calado"),
    ("Paciente: QUESADA MORA, ISABEL          NHC: 0662193", "QUESADA MORA, ISABEL"),
    ('401-1;0091827;2024H004418;"SOLÍS PRADA, AURELIO";91;08/03/2024', "SOLÍS PRADA, AURELIO"),
    ("Nome do paciente: KAUÃ SOARES PRADO\nNome da mãe: LUCIENE SOARES\n", "LUCIENE SOARES"),
    # practices named for their specialty, a hospital named for its landscape, an outreach
    ("From: Harbor Point Gastroenterology - Endoscopy", "Harbor Point Gastroenterology"),
    ("Practice: Palm Parade Medical, 2/118", "Palm Parade Medical"),
    ("Ambulance took him to Northern Ranges Hospital - temp", "Northern Ranges Hospital"),
    ("High Plains Neurology Outreach\nVisit date", "High Plains Neurology Outreach"),
    # a Japanese block address with its building, a part of a month; a street of Spain and
    # Catalonia named first with its particles ("de los"), an abbreviated square
    ("住所　〒252-0239 相模原市中央区中央2-14-7 ハイツ若葉203\n電話", "中央2-14-7 ハイツ若葉203"),
    ("所在地及び名称　〒179-0074 東京都練馬区春日町4丁目22番9号", "春日町4丁目22番9号"),
    ("住所　　札幌市北区北二十四条西6丁目2-15", "北二十四条西6丁目2-15"),
    ("再診断書 令和7年10月末); 運転", "令和7年10月末"),
    ("Avda. de los Almendros, 112 · 28947", "Avda. de los Almendros, 112"),
    ("Passeig de la Riera, 41-45 · 08794", "Passeig de la Riera, 41-45"),
    ("Aparcamiento en Pza. del Mercado Viejo, 4", "Pza. del Mercado Viejo, 4"),
    # a German pension number with its letter, the visible end of a masked number, a user name
    # in a log's row and under a key of who did something, a name in an HL7 field without its
    # identifier, a postcode's first digits in XML
    ("Versicherungsnummer: 17 240575 K 018            Kennzeichen", "17 240575 K 018"),
    ("Social Insurance Number: ***-***-217", "***-***-217"),
    ("account ending **** 6612, sort code **-**-48, on Tuesdays.", "**-**-48"),
    ("04/08 03:14   rgillespie (FP-0041-R2)      Hollister", "rgillespie"),
    ('"technologist": "p.okafor",\n    "scorer": "p.okafor",', "p.okafor"),
    ("<SubmittedBy>lfranzen_admin</SubmittedBy>", "lfranzen_admin"),
    ("Payer use only - Reviewer: jkessler_RN   Decision: PENDED", "jkessler_RN"),
    ("ORC|RE||IZ77310452^LKP|||||||^OSTROWSKI^ANN^^^^^^^^^^^RN|||", "OSTROWSKI^ANN"),
    ("<Zip3>681</Zip3>", "681"),
    ("Dr Merck saw him", "Merck"),
    # Japanese: a name in kana after its reading's label, a name after a role or a relation, a
    # chat's speaker, a user name after who did something, a clinic's and an insurer's name
    ("被保険者氏名　早坂　フミ", "早坂　フミ"),
    ("患者：マツモト　セイジ　　ID：7719", "マツモト　セイジ"),
    ("確認技師：小田切　　承認：K.Oda", "小田切"),
    ("届出人：妻 大河内 節子（同居）", "大河内 節子"),
    ("緊急連絡先 長女 さつき 070-5521-0937", "さつき"),
    ("07:52 ちあき（夜勤リーダー）：513の件", "ちあき"),
    ("出力日時: 2024-08-01　出力者: dpc_tanabe　施設コード", "dpc_tanabe"),
    ("かかりつけ医：大宮東口ファミリークリニック 森永先生", "大宮東口ファミリークリニック"),
    ("千葉→楢崎Dr　電話", "楢崎"),
    ("IN1|1|06260411|洛北製作所健康保険組合|||", "洛北製作所健康保険組合"),
    # Spanish, Portuguese, Catalan and Galician: an institution named head first, a town after
    # its postal code or its label, a date in Galician
    ("SERVICIO ANDALUZ DE SALUD — Hospital Comarcal de la Vega Alta",
     "Hospital Comarcal de la Vega Alta"),
    ("control por su MAP (CS Las Acacias). Teléfono", "CS Las Acacias"),
    ("Médica de família (USF Ribeira da Lage), na", "USF Ribeira da Lage"),
    ("HOSPITAL UNIVERSITARIO VIRGEN DE LA ALMENARA — Servicio",
     "HOSPITAL UNIVERSITARIO VIRGEN DE LA ALMENARA"),
    ("Avda. de los Almendros, 112 · 28947 Torrejón del Pinar · Centralita",
     "Torrejón del Pinar"),
    ("Passeig de la Riera, 41-45 · 08794 Sant Pere de Vilamar · Tel. 93 871 22 00",
     "Sant Pere de Vilamar"),
    ("Largo Professor Egas Moniz, 4935-118 Vale Escuro · Tel. 258 800 300", "Vale Escuro"),
    ("C.P.: 37187     Localidad: Villaseca de Tormes     Provincia: Salmerón",
     "Villaseca de Tormes"),
    ("Data da solicitude: 21 de xuño de 2024", "21 de xuño de 2024"),
    # a person before a maker, a serial number in brackets after a product, a postcode's
    # second half that spells a tuberculosis regimen, a Vietnamese name after a doctor's label
    ("Nurse Tamsin Stryker called about the Medtronic Azure", "Tamsin Stryker"),
    ("Medtronic Azure (RNB412587S) implanted", "RNB412587S"),
    ("12 Cowley Road, Oxford OX4 1HP", "OX4 1HP"),
    ("Bác sĩ: Nam\nGiới: Nữ", "Nam"),
    ("Harrison Ford was late to clinic", "Harrison Ford"),
    ("XR L clavicle 26/08/2024 (Hamilton ED): fracture", "Hamilton"),
    # a person's name under "name" in a record of a person, and under a relative's key
    ('{"bed": "4B-09", "urn": "K0518233", "name": "WATTS, Jarrah", "dob": "1987-05-30"}',
     "WATTS, Jarrah"),
    ("child_name=Bibi Hawa\nfather_name=Gul Agha\nsex=F", "Gul Agha"),
    # a record number shaped like a LOINC code whose check digit fails; "Berg" as a surname
    ("Patient 4471-2 (see LOINC table)", "4471-2"),
    ("Seen by Dr Berg on the ward", "Berg"),
    # an age by its label with the sex, in a JSON key, after a name with the sex; a registration
    ("Name : Mrs. Mariamma Varghese         Age/Sex : 91 Yrs / F", "91"),
    ('"birth_date": "1930-12-02",\n"age_at_filing": "90",', "90"),
    ("Pt: Desjardins, Mireille, 91 F - hypotension from GI bleed", "91"),
    ("রোগী: শ্রীমতী অন্নপূর্ণা সাহা, মহিলা, ৯১ বছর", "৯১"),
    ("Fixed-wing C-FMLQ; PC-12 C-GBKA wheels-up 09:02", "C-GBKA"),
    ("Itinerary: 06OCT flight XX3417 ALC-MAN dep 11:40", "06OCT"),
    # names, dates and addresses in Bengali, Urdu, Tamil, Sinhala, Nepali and Gurmukhi script
    ("রোগীর নাম: মোঃ আব্দুল কাদের মণ্ডল\nবয়স: ৬৭", "আব্দুল কাদের মণ্ডল"),
    ("ஆலோசகர்: டாக்டர் ஆர். பாலசுப்ரமணியன், MS", "ஆர். பாலசுப்ரமணியன்"),
    ("HO: වෛද්‍ය ඩී. එම්. සචිනි     VP: වෛද්‍ය ආර්. පී. ගුණසේකර", "ඩී. එම්. සචිනි"),
    ("তারিখ: ৯ই শ্রাবণ, ১৪৩১ (ইং 25.07.2024)", "৯ই শ্রাবণ, ১৪৩১"),
    ("मिति: २०८१ साउन १२ (ई.सं. २७ जुलाई २०२४)", "२०८१ साउन १२"),
    ("تاریخ داخلہ: ۳۱ مارچ ۲۰۲۴ء (بمطابق ۲۰ رمضان المبارک ۱۴۴۵ھ)", "۲۰ رمضان المبارک ۱۴۴۵ھ"),
    ("ਦਾਖਲਾ: ੧੨/੦੩/੨੦੨੪ (੨੯ ਫੱਗਣ) ਸਵੇਰੇ", "੨੯ ਫੱਗਣ"),
    ("ලිපිනය: නො. 56/2, ගල්වරුසාව පාර, මීගොඩ\nදුරකථන: 077", "නො. 56/2, ගල්වරුසාව පාර, මීගොඩ"),
    ("ঠিকানা: গ্রাম- চর বাহাদুরপুর, ডাকঘর- বাহাদুরপুর\nধর্ম: ইসলাম", "চর বাহাদুরপুর"),
    # initials and user names under a column of who did it; an EXIF date; a note's date
    ("| Date | INR | Dose | By  |\n|---|---|---|---|\n| 02/01/24 | 2.4 | 5 mg | JK  |", "JK"),
    ("Job No. | Mode  | Porter(s) | Status\nPT-0044 | Bed + O2 | Dean | Complete", "Dean"),
    ("ZONE     PATIENT        AGE  MD    RN    LOS\nACUTE 4  NGUYEN, Bao    37   KTM   SH    2:05",
     "KTM"),
    ("[ExifIFD]       DateTimeOriginal         : 2024:05:14 11:03:27", "2024:05:14"),
    ("Note 3/13: fingerprint failed x3 (dry skin)", "3/13"),
    ("Claimed DOB: 1 Hamal 1388 (21 March 2009)", "1 Hamal 1388"),
    ('<Export bearbeiter="tkessler"/>', "tkessler"),
    # a month in Zulu, Xhosa and Samoan with its day or year; a town's key in snake case
    ("Usuku lokuzalwa: 12 Ephreli 1987   Ubulili: Owesifazane", "12 Ephreli 1987"),
    ("PO Box 4417, Lepuia\n\n17 Aperila 2025\n\nDr Tuiasosopo", "17 Aperila 2025"),
    ("zip_last_slept=93706\ncity_last_slept=Fresno\nsleeping_location=riverbed", "Fresno"),
    # initials after a verb of handling a record, a town that is also a scale's name
    ("Curated: 2024-01-22 by JPK, reviewed by SLW. Referred by FT.", "FT"),
    ("Lives in Bristol with her son since 2019.", "Bristol"),
    # a unit, a level, a box or a floor before the street (Australian, Canadian, British)
    ("Service\nLevel 2, 484 Wickham Tce, Spring Hill QLD 4000", "Level 2, 484 Wickham Tce"),
    ("Whitemouth Clinic\nBox 219, 31 Main Street\nWhitemouth Landing", "Box 219, 31 Main Street"),
    ("Clinic, Ground Floor, 5 Corella Street, Kirrawee.", "Ground Floor, 5 Corella Street"),
    ("grandparents' home at 14 Quarry Bank, Coombe Hollis", "14 Quarry Bank"),
    # a surname and a given name both in capitals, in a roster's row
    ("0815 DUVALL, KENDRA        HT3   DC    f/u", "DUVALL, KENDRA"),
    # user names after a key naming who worked on a record, a JSON list of them
    ('"staff": ["mcarrasco", "dtoluwase"], "priority": "urgent"', "dtoluwase"),
    ("intake_staff=jpreciado\nstreet_name=Lil Bit", "jpreciado"),
    ("Data capturer: t.naidoo   TIER.Net entry", "t.naidoo"),
    # a FHIR reference to a patient
    ('"subject": {"reference": "Patient/p-100231"}', "p-100231"),
    # a record's key that is an identifier, not a name in snake case
    ('{"A1234567": {"status": "active"}}', "A1234567"),
    # a name in capitals with its particle, and a surname before an initial
    ("Titular: MARIA DE LA CRUZ DIAZ, afiliada 4471", "MARIA DE LA CRUZ DIAZ"),
    ("Thoracic Tumor Board - PAPADIMITRIOU E (PSO-3318840) + 2 others", "PAPADIMITRIOU"),
    # dates: a legal text's day in words before "day of", an ordinal and a year in words, a
    # Malay day's "hb", a Swedish ordinal, Filipino dates either way round, Finnish months
    # with a year
    ("knocked down on or about the twelfth day of June 2024 by a car", "twelfth day of June"),
    ("Date in words: Sixth February, Two Thousand and Twenty-Four",
     "Sixth February, Two Thousand and Twenty-Four"),
    ("Tarikh    : 14hb Mac 2024", "14hb Mac 2024"),
    ("Koronarangiografi den 11:e mars visade 90 % stenos", "11:e mars"),
    ("Pentavalent 1        ika-16 ng Pebrero 2024            RN Alonzo", "ika-16 ng Pebrero 2024"),
    ("Pentavalent 2        Marso 15, 2024            RN Alonzo", "Marso 15, 2024"),
    ("MMSE 18/30 (syyskuu 2023), sydämen vajaatoiminta", "syyskuu 2023"),
    # an address's landmark after its street, as South Asia and Africa give the way
    ("Address: Compound 4, Ile Olopade, behind Oja Oba mosque, Ibadan\nPhone: 0803 555 1234",
     "behind Oja Oba mosque"),
    # a Nordic place before its institution's head in lower case; initials after a log's time
    ("Fastlege:       Trond Vik, Sagene legesenter\nEpikrise til:   Fastlege og pasient",
     "Sagene"),
    ("Journal\n08.04.24 08:05 KHL: Bruker i seng ved ankomst, nattevakt rapporterer uro.", "KHL"),
    ("man. d. 4. marts 2024\n  07.30  /MT  Morgenbesøg. BS 11,2 mmol/L.", "MT"),
    # Korean: a name after a label spaced out, after a role glued to its word, after a
    # department; places under a province; a KakaoTalk sender. Indonesian: a WhatsApp sender
    # with the time written with a dot, villages and districts after their word, RT/RW, a
    # street with a title cut short; Vietnamese: a numbered ward, a name after a word of
    # address; a name after an Indonesian title
    ("환 자 명 : 김순례  (여/95세)", "김순례"),
    ("삼킴 곤란으로 자세 권고 (언어치료사 한슬기).", "한슬기"),
    ("서명: 내분비내과 윤서진", "윤서진"),
    ("소 재 지: 경기도 수원시 팔달구 매산로 12", "팔달구"),
    ("2024. 7. 2. 오후 8:41, 도윤맘 : 안녕하세요 서도윤 엄마예요", "도윤맘"),
    ("14/08/24 19.04 - Yanti: Waalaikumsalam bu bidan.", "Yanti"),
    ("Alamat : Dk. Ngemplak RT 002/RW 005, Ds. Jeblog, Kec. Karanganom, Kab. Klaten", "Jeblog"),
    ("Alamat : Dk. Ngemplak RT 002/RW 005, Ds. Jeblog, Kec. Karanganom, Kab. Klaten",
     "RT 002/RW 005"),
    ("Jl. Jend. Sudirman No. 8, Klaten 57413", "Jl. Jend. Sudirman No. 8"),
    ("Trạm y tế Phường 4 quận Tân Bình", "Phường 4"),
    ("Bác Tư có tiền sử bệnh Parkinson, đang uống thuốc", "Tư"),
    ("Ambulan desa: Pak Kasno 0852-2011-7788", "Kasno"),
    # a card's last four digits on a bill that lists revenue codes
    ("UB-04 statement: revenue codes 0450 emergency, 0300 lab. Card on file ending 0378.",
     "0378"),
    # initials after the word "initials"; user names after a key that names who wrote, and
    # after a log line's time with a role glued; a name after a police or custody rank; a
    # name after an XCN's identifier that opens with letters
    ("Technician: CAOHC-certified, initials RDP", "RDP"),
    ('{"type": "chronic_care", "clinician": "apruett.np", "problems": []}', "apruett.np"),
    ("Note auth: hngata / session 10.42.8.117", "hngata"),
    ("12/30/2024 01:14  nhuerta_RN:  CO called from 3-South, inmate c/o chest pain", "nhuerta_RN"),
    ("Screener e-sig: kostrowski / 03/02/2024 04:58", "kostrowski"),
    ("2 officers assigned (Ofc Ybarra, Ofc Lusk), rest of the unit on lockdown", "Lusk"),
    ("PV1|1|I|MAT^DEL2^01||||C6120448^HOPE^CAROLINE", "HOPE^CAROLINE"),
    # a login's initial glued to a surname; given names after their particle, glued
    ("Verified by GPritchard at 10:42 after review.", "GPritchard"),
    ("Family meeting with LaToya and DeShawn about discharge.", "LaToya"),
    # a name written FAMILY^GIVEN as an XML element's text
    ('<element tag="0008,0090" vr="PN" name="ReferringPhysicianName">DR^KULKARNI^ANAGHA'
     "</element>", "KULKARNI"),
    # a town among the nouns of a note in another language, and with a Turkish case after an
    # apostrophe; a host's port with its address; initials in a Hebrew label's value; a Thai
    # nurse's title glued to her name
    (
        "Der Patient wurde mit dem Rettungswagen in die Klinik gebracht und die Übergabe "
        "erfolgte in der Notaufnahme durch den Notarzt. Einsatzort: A12, km 12,4, Richtung "
        "Innsbruck, Gemeindegebiet Kirchbichl.",
        "Innsbruck",
    ),
    ("Öykü: 2019 yılında Aydın'dan Kayseri'ye taşınan hasta, 15 yıldır diyabet", "Kayseri"),
    ("RPM gateway log: BP cuff upload from 10.24.8.113:8443; reading BP 168/94", "8443"),
    ("מאשר/ת: ל. פרידמן, טכנולוגית מעבדה ראשית", "פרידמן"),
    ("BCG-553       พว.อรุณี\nแรกเกิด     HBV1", "อรุณี"),
    # towns in their own script and after a village's, a district's or a town's word; a
    # Hebrew or Arabic town with a preposition glued before it
    ("患者家住杭州市西湖区，近日来诊", "杭州市"),
    ("주소: 인천광역시 연수구 송도동 23-4", "인천광역시"),
    ("Địa chỉ: 12 Trần Phú, quận Hải Châu, TP. Đà Nẵng", "Đà Nẵng"),
    ("Địa chỉ: Thôn 3, xã Lại Xuân, huyện Thủy Nguyên", "Lại Xuân"),
    ("נולד בבגדאד, גר היום בכפר סבא עם בתו", "כפר סבא"),
    ("पता: ग्राम चंदलाई, तहसील चाकसू, जिला जयपुर", "चंदलाई"),
    ("ที่อยู่ ๕๖ หมู่ ๑๑ ต.ในเมือง อ.เมือง จ.ขอนแก่น", "ในเมือง"),
    ("محل الإقامة: ولاية صحم، قرية الخضراء", "صحم"),
    # names in Arabic, Hebrew, Persian, Hindi and Thai after a label, a title or a relation,
    # and a chat export's senders
    ("Patient Name / اسم المريض : خالد سعيد المزروعي\nEmirates ID", "خالد"),
    ("מטופלת: רבקה שטרן    ת\"ז 075884395", "רבקה"),
    ("نام و نام خانوادگی: بهار رضایی        نام پدر: امید", "بهار"),
    ("उपचारकर्ता चिकित्सक: डॉ. आलोक श्रीवास्तव (कक्ष १२)", "आलोक"),
    ("ผู้รับรองผล: ทนพญ.สุภาวดี ร.", "สุภาวดี"),
    ("12/04/2024, 9:14 م - منى: يا جماعة ستو اتنقلت الرعاية", "منى"),
    ("المستشفى اتصل، دكتور شريف قال عندها جلطة", "شريف"),
    # dates of other calendars and in other scripts; ages over 89 in them
    ("الدخول: 03-Mar-2024 (22 شعبان 1445 هـ)", "22 شعبان"),
    ("תאריך קבלה: 18/03/2024 (ח' באדר ב' תשפ\"ד)", "ח' באדר ב' תשפ\"ד"),
    ("من ١٥ ربيع الأول ١٤٤٦ إلى ١٧ ربيع الأول ١٤٤٦", "١٥ ربيع الأول ١٤٤٦"),
    ("مریض از جوزای ۱۴۰۲ تحت تداوی بوده", "جوزای ۱۴۰۲"),
    ("अगली विज़िट: २२ जुलाई २०२४ को मेडिसिन OPD", "२२ जुलाई २०२४"),
    ("קרוב נוסף: אחיו בן ה-91 ברמלה", "91"),
    ("العمر عند الوفاة: ثلاث وتسعون سنة", "ثلاث وتسعون"),
    ("สามี: นายมา ปัญญาดี อายุ ๙๖ ปี ติดเตียง", "๙๖"),
    # streets in Hebrew, Persian and Thai
    ("כתובת: רח' נחל דולב 12/3, בית שמש", "נחל דולב 12/3"),
    ("نشانی: تهران، خیابان شریعتی، کوچه یاس، پلاک ۲۴، واحد ۵", "پلاک ۲۴"),
    # dates: a Hungarian month before its day, a Spanish month's abbreviation, a legal text's
    # day in words and figures, Portuguese weekdays cut short
    ("kardiológiai kontroll október 23-án 10 órakor", "október 23-án"),
    ("Probable reingreso..: 15-ENE-2024", "15-ENE-2024"),
    ("el día martes veintidós (22) de agosto de dos mil veintitrés por", "veintidós (22)"),
    ("Data: seg, 04/12/2023  07h55", "seg"),
    # a street's office, floor and suite in Spanish and Portuguese
    ("Av. Insurgentes Sur 1602, piso 4, cons. 411, Col. Crédito Constructor", "cons. 411"),
    ("Logradouro: Rua Teodoro Sampaio, 744 — conj. 52, Pinheiros", "conj. 52"),
    # Spanish and Portuguese users, names under a label with a dot leader, a chat's sender
    # saved with a number
    ("Impreso 2024-01-08 16:12 por usuario jpnievesa", "jpnievesa"),
    ("Usuario HIS: jamora", "jamora"),
    ("Assinado digitalmente por thais.campos em 04/12/2023 (Ré)", "thais.campos"),
    ("Generado: 2023-10-02 18:40:11 por ymartinezc (Pagó)", "ymartinezc"),
    (" Apellido paterno....: QUIROZ\n Apellido materno....: CAMPOS", "QUIROZ"),
    ("12/4/24, 21:14 - Pocha (+54 9 351 678-2210): Hola Dra", "Pocha"),
    # a grading export's user columns; a theatre team's initials after their roles
    ("episode_id,site,pg_user,pg_re,sg_user\nEP1,Ripon,hgarside,R0M0,pwhitlock", "hgarside"),
    ("Signed: scrub NT  / circulating PM", "NT"),
    ("Crisis leader: consultant anaesthetist DF (initials); scribe AP.", "AP"),
    ("(M0014) Branch State: IL      (M0016) Branch ID: Q8211045", "Q8211045"),
    # initials after a signature's label, in a signature key, after a role in brackets; a
    # user name in a field named for who did something
    ("Investigator: Dr Rajesh Bhattacharya  Signature: NPE   Date: 29/07/2024", "NPE"),
    ("Pharmacy signature key:\n  KY = YAMAMOTO Keiko (pharmacist)   TM = Takeshi Mori", "KY"),
    ("  PT (RL): walking 40 m quad stick + supervision", "RL"),
    ('"audit": {"exported_by": "rgallo", "workstation_ip": "10.40.12.9"}', "rgallo"),
    ('<Resolution by="jwhitcomb" on="Aug 3, 2024" reasonCode="12"/>', "jwhitcomb"),
    # a highway's mile marker, the cross streets after a dispatch system's label
    ("Type: MVA-INJ     Loc: I-35 NB MILE MARKER 182.4 (0.3 MI N OF EXIT 182)",
     "I-35 NB MILE MARKER 182.4"),
    ("MVC UNK INJ - RT 6 EB NEAR MM 162 - TAC 3", "RT 6 EB NEAR MM 162"),
    ("X-St     : N ASHBY AVE / TILLMAN LN\nMap Pg   : 22-C", "N ASHBY AVE / TILLMAN LN"),
    ("zip=60608\nxst1=W 27th St\nxst2=W 28th Pl\nlat=41.8", "W 28th Pl"),
    # a user name after "by" in other languages, and after a label of who signed or printed
    ("Dicté le 09/04/2024, frappé par mjoubert le 10/04/2024", "mjoubert"),
    ("Registo encerrado por fsantos a 22.01.2025 às 09h52.", "fsantos"),
    ("Utskriven 2025-02-20 13:05 av mlindqvist — Sida 1 av 2", "mlindqvist"),
    ("Signatur: mhol (sykepleier, natt, pasienten søvnig)", "mhol"),
    ("Ref. P31KD29 on the ticket", "P31KD29"),
    ("MSH|^~\\&|EPICADT|MERCY|RHAPSODY|LAB|20240311081522||ADT^A01^ADT_A01|MSG00031877|P|2.5.1",
     "MSG00031877"),
    # a reference's display names a practitioner; a site's address that is no standard's
    ('"performer": [{"reference": "Practitioner/77", "display": "Dr Imogen Fairbairn"}]',
     "Imogen Fairbairn"),
    ("see https://portal.lakeshorehs.example.org/chart/88120734 for the file", "lakeshorehs"),
    # dates in words in French, Italian, Portuguese; Catalan months, "d'" and weekdays; the
    # Italian first's degree sign; the Nordic article and weekdays; Finnish weekdays
    ("certifie avoir examiné ce jour, le vingt-trois août deux mille vingt-quatre, à 16 h",
     "vingt-trois août deux mille vingt-quatre"),
    ("Il paziente è ricoverato alle ore 06:15 del primo gennaio 2025.", "primo gennaio 2025"),
    ("Termo lavrado aos vinte e dois dias do mês de janeiro de dois mil e vinte e cinco, o",
     "vinte e dois dias do mês de janeiro de dois mil e vinte e cinco"),
    ("Data d'ingrés: 9 d'octubre de 2024        Data d'alta", "9 d'octubre de 2024"),
    ("Data d'implantació: dijous, 27 de febrer de 2025    Operador", "dijous, 27 de febrer"),
    ("Esame obiettivo (ore 00:10 del 1° gennaio):", "1° gennaio"),
    ("Opererades den 4 oktober i spinalanestesi", "den 4 oktober"),
    ("sjukskrivning 25 % till och med tisdagen den 11 mars.", "tisdagen den 11 mars"),
    ("\nTiistaina 4. helmikuuta klo 8.30 — Satu K.", "Tiistaina 4. helmikuuta"),
    # Chinese names after a role's label, a relation, before a title; Korean names after a
    # role or a relation; Vietnamese names whole, their middle names with them
    ("报告医师：钱    审核医师：许文博    报告时间", "钱"),
    ("家属（长子高晓峰，电话139 1620 4487）", "高晓峰"),
    ("快递请寄：常青路166号8-3-602，胡女士收", "胡"),
    ("记录者：彭佳琪/郑主任审签", "郑"),
    ("보호자 연락: 아들 손병철 010-2231-5567", "손병철"),
    ("판독의: 서정우 / 검사자: MT 은", "서정우"),
    ("Người liên hệ: vợ Ngô Thị Thu An – (028) 3551 2087", "Ngô Thị Thu An"),
    ("Họ và tên mẹ / người nuôi dưỡng: TRỊNH THỊ MỸ DUYÊN", "TRỊNH THỊ MỸ DUYÊN"),
    # a street's unit before and after it, a word taken for a name before a street's kind,
    # two such streets that cross
    ("Home: 2290 HALVORSEN RD APT 4C, Fargo ND", "APT 4C"),
    ("Office: Unit 12, 40 Canal Wharf Road, Leeds", "Unit 12"),
    ("Site: Civic Plaza, 600 S. State St, 4th Fl, Chicago", "4th Fl"),
    ('the street as "Corrimal St not Corrimal the suburb"', "Corrimal St"),
    ("Nearest hydrant: Cunard St at Robie St (H-4418)", "Cunard St at Robie St"),
    # what this round's clinical codes and times keep out: a number glued to its label in
    # Cyrillic, a SNOMED-shaped record number where no SNOMED is named, a LOINC-shaped
    # account number, a brand-like name before a child's treatment, times that run backwards
    ("04.03.2024 07:58  ← тел.0504418820  скасуйте мій запис", "0504418820"),
    ("Pt ID 38341003 seen in clinic today", "38341003"),
    ("SNOMED problem list; pt ID 38341004 seen today", "38341004"),
    ("panel ordered; account,40012-7,billing", "40012-7"),
    ("Previous PND after Alfie (sertraline 6 months) then well", "Alfie"),
    ("visitor badge 2300-1410 returned", "2300-1410"),
    ("crew Asif & Bev.", "Bev"),
    # dates with a lower-case month: a day's ordinal before it, an abbreviation with a year
    ("from 1st to 9th august. shes 83", "9th august"),
    ("has apointment with doctor Patel on 19 of september for result", "19 of september"),
    ("Tamiz metabólico neonatal tomado el 15-may-2024 (talón)", "15-may-2024"),
    ("5ª       | 10 ago 2024    | 27.0", "10 ago 2024"),
    ("colecistitis, revisar nov-2024\n", "nov-2024"),
    # ages over 89 in messages and in another language's words in capitals
    ("da ihr Ehemann (inzwischen 91 Jahre alt) nicht mehr", "91"),
    ("his nan (Pat, 94 this year) had a fall", "94"),
    ("TEXTER: shes 92 and still beats everyone", "92"),
    ("Note: correct age is 101; EHR banner shows 100", "101"),
    ("too old to be 94 and too young to be dead", "94"),
    # a form's slashes and hyphens between spaces
    ("4. Date of Birth: 11 / 08 / 1957     5. Phone", "11 / 08 / 1957"),
    ("3. Social Security Number: 431 - 67 - 2259\n", "431 - 67 - 2259"),
    # initials after a sign-off's label; dotted initials after a role or in quotes after a name;
    # a chat's sender in brackets after its time
    ("Supervisor sign-off: GW 00:40\n", "GW"),
    ('bumps in the bathroom. Peer R.T. gave feedback: "Just bring', "R.T."),
    ("Another peer (D.M.) disclosed a slip on Percs", "D.M."),
    ('Mr. Bishop ("T.J.") continues to engage', "T.J."),
    ("05/06/2024 10:15  Clinic (Jonalyn): Good morning po", "Jonalyn"),
    # a cue with a colon across a column's gap
    ("Patient:    John Smith   DOB on file", "John Smith"),
    # a device's serial number under "S/N"; a postcode's first half before its second
    ("S/N | DEVICE        | WARD\n48213 | Infusion pump | 4B", "48213"),
    ("Toronto ON M5V 2T6", "M5V"),
    # names in Cyrillic and Greek notes: with initials, after a relation or a comma within a
    # sentence, by a patronymic's or a surname's ending, after a patient's label; towns after
    # their prefix; names in accented Greek; a machine export's columns of names
    ("Лечащий врач ________ Ларионов А. В.\nЗав. отделением", "Ларионов А. В."),
    ("Врач КЛД: Шмидт О. А.", "Шмидт О. А."),
    ("Анамнез: со слов дочери, Веры Игоревны. Находилась на лечении.", "Веры Игоревны"),
    ("Адрес: г. Москва, ул. Маршала Бирюзова", "Москва"),
    ("Ο θεράπων ιατρός: Δ. Παπαδόπουλος, Επιμελητής", "Παπαδόπουλος"),
    ("Η κόρη της, Μαρία Καραγιάννη-Λώλη, ανέφερε", "Καραγιάννη-Λώλη"),
    ("Pacient: K. R., 67 let        Datum: 14. 3. 2024", "K. R."),
    ("Ασθενής: Τσ. Ε.   Φύλο: Θ", "Τσ. Ε."),
    ("Име једног родитеља: Милорад\nДатум рођења", "Милорад"),
    ("nr_kartoteki;pesel;nazwisko;imie;data_przyjecia;jgp;lekarz\n"
     "00418872;67042211573;Zając;Henryk;2024-03-15;F31;Gołąb P.", "Zając"),
    ("nr_kartoteki;pesel;nazwisko;imie;data_przyjecia;jgp;lekarz\n"
     "00418872;67042211573;Zając;Henryk;2024-03-15;F31;Gołąb P.", "Gołąb P."),
    # streets of Eastern Europe: a type before the name in Cyrillic, Greek and Romanian, with
    # the house's and the flat's numbers; a type after the name in Hungarian, Lithuanian and
    # Turkish; a box at a post office
    ("Адрес: г. Москва, ул. Маршала Бирюзова, д. 14, кв. 87", "Бирюзова, д. 14, кв. 87"),
    ("м. Харків, просп. Гагаріна, буд. 20, кв. 7", "Гагаріна, буд. 20"),
    ("гр. Пловдив 4000, ул. „Капитан Райчо“ № 56, ет. 3, ап. 9\n", "Райчо“ № 56, ет. 3, ап. 9"),
    ("ж.к. „Младост“ 1, бл. 45, вх. Б, ет. 6, ап. 32\n", "ап. 32"),
    ("бул. „Пещерско шосе“ 71, тел. централа", "Пещерско шосе“ 71"),
    ("Διεύθυνση: οδός Δωδώνης 38, Τ.Κ. 452 21", "Δωδώνης 38"),
    ("sector 2, Str. Fabricii nr. 46, bl. C2, sc. 1, et. 3, ap. 12, cod", "bl. C2, sc. 1"),
    ("Adresa: Bd. Independenței nr. 21, bl. A2, parter, Iași", "Independenței nr. 21"),
    ("1089 Budapest, Kálvária tér 7. III. em. 12.\nTartózkodási hely", "Kálvária tér 7. III"),
    ("Balatonalmádi, Petőfi Sándor utca 5.\n", "Petőfi Sándor utca 5"),
    ("2120 Dunakeszi, Fóti út 41/B (lánya lakása)", "Fóti út 41/B"),
    ("Adresas: Tilžės g. 118-22, Šiauliai", "Tilžės g. 118-22"),
    ("Bahçelievler Mah. Gül Sok. No: 14 D: 3, 06490 Çankaya", "Bahçelievler Mah. Gül Sok. No: 14"),
    ("Levelezési cím:      1441 Budapest, Pf. 318\n", "Pf. 318"),
    ("Quebec (4471, rue Saint-Denis, app. 3, Montréal", "4471, rue Saint-Denis"),
    # dates of Central and Eastern Europe: full stops and spaces, the year first, months of
    # Serbian, Polish, Czech, Russian, Ukrainian and Greek in the cases a month and a year take
    ("Датум рођења: 14. 08. 1963.      ЈМБГ", "14. 08. 1963"),
    ("Hospitalizace: od 3. 4. 2024 do 11. 4. 2024", "11. 4. 2024"),
    ("Felvétel: 2024. 03. 12.   Távozás: 2024. 03. 22.", "2024. 03. 12"),
    ("a régi, 2019. 05. 08.-i implantációs lapot", "2019. 05. 08.-i"),
    ("(leghosszabb epizód, 2024. január 19-én)", "2024. január 19-én"),
    ("Következő kontroll: 2024. augusztus (távmonitorozás)", "2024. augusztus"),
    ("Gydyta stacionare nuo 2024 m. kovo 11 d. iki", "2024 m. kovo 11 d."),
    ("Датум посете: 21. фебруар 2024.    Евид. бр.", "21. фебруар 2024"),
    ("Супруг преминуо новембра 2019, у 92. години", "новембра 2019"),
    ("rozliczenie za okres marzec 2024 — wysyłka", "marzec 2024"),
    ("Наступний профогляд — у вересні 2024; вакцинація", "вересні 2024"),
    ("η κάρτα ανανεώθηκε τον Ιανουάριο του 2024 στο ΚΕΠ", "Ιανουάριο του 2024"),
    ("Новий вільний час: 06.03 13:40.\n05.03.2024 12:12", "06.03"),
    ("витяг надіслано 14.03 о 09:10.", "14.03"),
    ("подпись ______\n«05» марта 2024 г.\nМ.П.", "«05» марта"),
    # a given name that is also a word, after a role in its run
    ("Ticket created. Nurse Cherry or Head Nurse Faith will call you", "Faith"),
    ("Yes po, si Nurse Joy po ulit", "Joy"),
    # a dot leader after a name's label; initials and user names under a handler's column
    ("  Surname ................. ASHWORTH\n  Forename(s) ............. BETHANY", "ASHWORTH"),
    ("specimen_id,collected,mrn,pt_initials,collector,observed,analyte\n"
     "UDS-0041,2024-03-12 08:14,40088213,J.K.,tmorales,Y,Opiates", "tmorales"),
    ("specimen_id,collected,mrn,pt_initials,collector,observed,analyte\n"
     "UDS-0041,2024-03-12 08:14,40088213,J.K.,tmorales,Y,Opiates", "J.K."),
    # who checked or dispensed, by initials after a label or a pharmacist's credential
    ("Counselled by: DF   Tech: kwinslow   Verified: OK", "DF"),
    ("Counselled by: DF   Tech: kwinslow   Verified: OK", "kwinslow"),
    ("Dispensed: TR   Checked: AH\nPrepared by FY1", "TR"),
    ("Second check: KV/NL.\n", "NL"),
    ("Verification 10/07; 1st RPh LM, 2nd RPh GS.\n", "LM"),
    # user names: after a role's prefix, signing off, in a field named for who did something
    ("2025-10-24 08:05  RPN-jbell     Lindgren, Oskar", "RPN-jbell"),
    ("Filled, pt aware. -- kbrandon\n", "kbrandon"),
    ('{"dispensedBy": "kmurray_pharm", "whenHandedOver": "2025"}', "kmurray_pharm"),
    ("Account holder: darnell.whitby   Linked profiles: 2", "darnell.whitby"),
    # a version's shape with no program before it; a patient's number in the message
    ("Ref: lot 1.2.3 of ref 4.5.6 kept", "1.2.3"),
    ("MSH|^~\\&|LAB|HOSP|EHR|NGH|202503061422||ORU^R01^ORU_R01|MSG1|P|2.5.1\nPID|1||000447712",
     "000447712"),
    # a code opening one line only, before a name
    ("Reg list\nA1234  John Smith, reviewed\nSeen today", "A1234"),
    ("CPT 99214\nBilled J9000, J9040 for 2 cycles; ref W4417 verified", "W4417"),
    # a title in capitals before a name; a name after a role's label
    ("Referred by DR. Hope and MR. Young", "Hope"),
    ("Seen by MR. SMITH today", "SMITH"),
    ("\nTriage RN Faith Goodwin; charge nurse aware", "Goodwin"),
    # an age over 89 with the sex; an account's number shaped as a LOINC code
    ("Pt: R.G., 92/M   TB Case No. pending", "92/M"),
    ("Statement: Acct #40012-7 | service", "40012-7"),
    # five digits in a text that bills with CPT codes, where a ZIP code stands
    ("CPT 99214. Mail to Tulsa OK 74105   cell 918-555-0107", "74105"),
    ("CPT 99214 billed; USPS requires ZIP+4; 33139 alone rejected by the courier", "33139"),
    ("CPT 99214.\nEscaz\u00fa   10203              Costa Rica", "10203"),
    # a DNA profile's alleles (not the paternity index after them)
    ("LOCUS   MOTHER   CHILD   PI\nD8S1179   12, 14   13, 14   1.92\nTH01   7, 9.3   6, 9.3   2.96",
     "6, 9.3"),
    # such a word before a verb a person does is a name
    ("Summary:\nNgaio was admitted via ED on the ward", "Ngaio"),
    # German streets shortened to "str." and named with a word of their own
    ("Lieferung: Lindenstr. 7, 2. OG links", "Lindenstr. 7"),
    ("Praxis: Schönhauser Allee 118 · 10437 Berlin", "Schönhauser Allee 118"),
    # an initial before a surname in another language's note; a name in brackets
    ("Befund vom 12.03.2024. Bearbeitet: R. Wienhold, Reha-Technik, Durchwahl 12", "Wienhold"),
    ("DELIVER TO:  Mrs Dorothy (Dot) Fairweather", "Dot"),
    ("her former fiance William (Will) Kerehoma, who", "Kerehoma"),
    # the senders of LINE's and KakaoTalk's exports
    ("[LINE] Chat history\n09:12\tひろみ\tおはようございます", "ひろみ"),
    ("2024년 10월 18일 오후 7:02, 주연서 : 선생님 안녕하세요", "주연서"),
    # Chinese, Japanese and Korean names before a title or after a record's label
    ("신경외과 맹재석 교수 협진", "맹재석"),
    ("检验者：黎晓　审核者：覃志坚", "覃志坚"),
    # their dates: a weekday in brackets, numerals, Minguo years, Korean dots, glued to words
    ("次回 2月16日（金）外来", "2月16日（金）"),
    ("紹介日 令和六年十月三日", "令和六年十月三日"),
    ("出生日期: 053/02/14 (60y)", "053/02/14"),
    ("의뢰일자: 2024. 10. 15.", "2024. 10. 15"),
    ("リハビリテーション病院へ10/18に転院調整中", "10/18"),
    # ages over 89 in numerals and decades; numbers a label gives
    ("姉 比嘉 ウシ様（百二歳、別施設入所中）", "百二"),
    ("入所者最高齢の90代女性", "90"),
    ("身体障害者手帳（心臓機能障害1級）第A0184273号。", "A0184273"),
    ("原路退回至尾号8817的银行卡", "8817"),
    # initials a legend gives glued to the name, or with a surname's prefix
    ("Signatures: JL=Jae-won Lim; QC rerun OK   JL", "JL"),
    ("Lab staff initials: LMcG = Liam McGettigan\n02/05/24   07:22  B24   LMcG  Y", "LMcG"),
    # initials a name's parentheses give, wherever they stand
    ("Claims adjuster: Eamon Brophy (EB)\n14/06/2024  EB  Site visit", "EB"),
    # initials with full stops where a person signs
    ("started tryparsamide weekly.  R.H.B.\nOct. 24   Inoculated", "R.H.B."),
    ("10/05/25 | T.F.   | 9  | PKW4418 | ankle", "T.F."),
    ("Foot of page: Checked A.J.S. Matron 31/3/43.", "A.J.S."),
    # a user name of an initial glued to a surname
    ("SN 371224   OP 40817 (hreyes)   M007", "hreyes"),
    ("units fated in BloodNet 05-Sep-2024 by mhannigan. Batch", "mhannigan"),
    ("COLL BY: jmcbride   RN", "jmcbride"),
    # a name's word again in capitals: a transcript's speaker
    ("I spoke with Colin Sweeney today.\nSWEENEY: This is the statement.", "SWEENEY"),
    # a day and month in a text that writes its dates so; a Nordic date; an ISO date's tail
    ("MR 20.02.2025 viste ruptur; treningskamp 17.02. var første", "17.02."),
    ("Vondt i lysken. MR tatt 20/2-25: adductor longus", "20/2-25"),
    ("onset 2024-02-12 V; RTW 02-16 after 48 h", "02-16"),
    ("penile ulcer, first noticed 3/4. Bilat LAD", "3/4"),
    # an age under a header whose labels carry a season's years or an ordinal
    ("Res | Name | Age | Flu vax 23-24 | 1st pos sample\nR1 | Lillian Hargrove | 94 | HD | 1/6",
     "94"),
    ("Cap given to Mrs Omez 20 mg daily", "Omez"),  # a title before it: a name
    ("PCI to RCA with DES x1 on 18 ต.ค. 66; echo 19 ต.ค. 66: LVEF 48%", "18 ต.ค. 66"),
    # British plates with no vehicle word before them, and glued as a camera reads them
    ("RUN SHEET     Tue 11 Jun 2024     Vans LK71 XRW / LR22 BVU", "LR22 BVU"),
    ('reported also as "YK19HZT" on ANPR', "YK19HZT"),
    # a date whose digits a scan misread ("1" as "l", "0" as "O")
    ("                    llth March, l952.\n\nDr. P. J. Hennessy", "llth March, l952"),
    ("A barium meal on the 2lst February showed a chronic ulcer", "2lst February"),
    # a surname's and a given name's labels in other languages, a label in brackets
    (" 1.2 Cognome: FERRARO      1.3 Nome: LUCIA", "LUCIA"),
    ("Nazwisko: WIŚNIEWSKA   Imię: GRAŻYNA   Imię drugie: Maria", "GRAŻYNA"),
    ("1. Family Name (Last Name): NGUYEN   Given Name: THI HOA", "NGUYEN"),
    # initials a signature list or a legend gives a person, wherever they stand in the grid
    (" 08:00   RK   RK   JB\nSIGNATURE LIST:  JB Joanne Bewley RGN   RK Rajesh Kutty RGN", "RK"),
    (" 9/10   DR HALLORAN   DLW\nCONS: DLW = Miss D. L. Wainwright; RJF = Mr R. J. Fothergill",
     "DLW"),
    # a town in a row's cells before its state and ZIP; a town's usual first word after a
    # place's preposition or "via"; a place's name after "of"; a town after a street, before
    # a bracket
    ("000124|Ms.|Aaliyah Monroe-Pitts|PO Box 472||Drums|PA|18222||TCO8L1R3X", "Drums"),
    ("Mom called - pt back at college in Port Callow, can't come in.", "Port Callow"),
    ("Bridge closed until 14/06 - diversion via Upper Swaile.", "Upper Swaile"),
    ("sister Marlene Grunwald, 91, of Sheboygan Falls; 11 grandchildren", "Sheboygan Falls"),
    ("former home 7 Yarrara Rd, Pennant Hills (sold 2021); his", "Pennant Hills"),
    # old numbers: an exchange named by a place after a cue, a party line, a dialled exchange
    ("M.O. Dr. F. X. Lenihan, Kilbrack (Tel. Kilbrack 9).", "Kilbrack 9"),
    ("HOSPITAL,        Telephone: Rathkeelan 48", "Rathkeelan 48"),
    ("Chenier Landing   ph. 41-J (party line)", "41-J"),
    ("OCC. Stevedore    BUS. PHONE  CAnal 4416 ext 22", "CAnal 4416"),
    # ages over 89 in a resident's own words, after "a lady of", "age of", "age on admission:"
    ("Date of birth: 12.09.1932       I am 91.       Address", "91"),
    ("for more than twenty years - at 91 I finally gave up", "91"),
    ("Resident is 90 - monitor for sedation", "90"),
    ("Not bad advice from a lady of 100! She", "100"),
    ("April 9th, at the age of 102, with her daughter", "102"),
    ("October 1932         Age on admission: 91            Room: 14", "91"),
    # a machine named by its site and kind, with its number's leading zero
    ("ED RN    KLT-ED-WS09    Chart Review", "KLT-ED-WS09"),
    ("Server: SJH-RFAX02   Exported by", "SJH-RFAX02"),
    # user names after a label, in a column after a record's number, in a web server's log,
    # in parentheses; a short surname in capitals before a given name; Dutch titles
    ("MBI 4TQ9 / sender kpoulsen / OCR log", "kpoulsen"),
    ("case_id=PA-24-0193377   exported_by=jlindqvist  ts", "jlindqvist"),
    ("ENTITIES  Account ....... priya.nandakumar (primary)", "priya.nandakumar"),
    ("0041903   mhalloran     Sent", "mhalloran"),
    ("73.142.88.201 - lisa.marchetti [12/Nov/2024:19:02:11 +0000]", "lisa.marchetti"),
    ("Owner: SOC Tier 2 (c.ibbotson)", "c.ibbotson"),
    ("R24-10885  BEGAY, Lorraine (SV0049233)", "BEGAY"),
    ("Gesprek leidinggevende (mw. A. Yildiz) met medewerker", "Yildiz"),
    # dates of old letters, of other calendars, in a form's boxes, year first with a month's name
    ("W.R. negative. E.E.G. normal (recorded 10th inst.).", "10th inst."),
    ("DOB: 1409/03/14 هـ (25/10/1988)", "1409/03/14 هـ"),
    ("Date of admission: 18 ต.ค. 2566 (18 Oct 2023)", "18 ต.ค. 2566"),
    ("Date of discharge: 15 Mehr 1402 (7 October 2023)", "15 Mehr 1402"),
    ("Date of birth (MM/DD/YYYY): 0 4 / 1 1 / 1 9 5 2   Sex: M", "0 4 / 1 1 / 1 9 5 2"),
    ("Admitted: 2024-Feb-26 22:14 via ED", "2024-Feb-26"),
    ("Response dated Mar. 21/24 read aloud", "Mar. 21/24"),
    # phones with an area code in brackets or a trunk zero before a hyphen
    ("Ph (063) 41 2200   Fax (063) 41 2287", "(063) 41 2200"),
    ("WhatsApp (11) 9 8742-1605", "(11) 9 8742-1605"),
    ("Lars Eriksson (SE) 070-418 27 73", "070-418 27 73"),
    ('voicemail verstaan als "06 - 7 43 12 88".', "06 - 7 43 12 88"),
    # rural routes, mail bags, mail held at the post office
    ("c/o Mrs. R. Thibodaux, Rte. 1, Box 44, Chenier Landing", "Rte. 1, Box 44"),
    ("Res. R.F.D. No. 2, Moss Hollow", "R.F.D. No. 2"),
    ("Address  R.R. 2, Site 7, Box 11, Sainte-Edwige", "R.R. 2, Site 7, Box 11"),
    ("relatives (Glen Avon, RMB 2241 Toogong Rd).", "RMB 2241 Toogong Rd"),
    ("RECORDS, Locked Bag 14, YARRABOOL NSW 2794", "Locked Bag 14"),
    ("care of brother, RD 2, Glenmorven. Signed", "RD 2"),
    ("Her parents' address is General Delivery, Lac-aux-Pins, Que.", "General Delivery"),
    # a Korean day after its month and a plate's number after its syllable are no counts
    ("입원일: 2024년 5월 3일, 퇴원", "3일"),
    ("사고 차량 12가 3456 (승용차)", "12가 3456"),
    ("地址：臺北市大安區信義路四段118巷7號3樓", "118巷7號3樓"),
    # any word before a state's code after a place's preposition is a town, eponym or not
    ("Child from Coxsackie, NY with coxsackievirus A16", "Coxsackie"),
    ("Dr. Smith-Jones III said the graft had taken", "Smith-Jones III"),
    # VistA signatures and prescriptions, VA sites before a service, an age after "died in"
    ("help.\n\n/es/ MARISOL K. ODUYA, PharmD, BCACP", "MARISOL K. ODUYA"),
    ("Rx #10934472 tamsulosin 0.4 mg cap #90,", "#10934472"),
    ("warm handoff to the Iowa River VAMC SUD clinic", "Iowa River"),
    ("died in Cleveland Mills at 99.", "99"),
    # research exports: a semicolon CSV, an age's machine field name, labels with a question
    # mark or an inflected word
    (
        "Proben-ID;Entnahmedatum;Material;Einsender\nBB24-01;12.01.2024;Serum;Weißenborn\n",
        "Weißenborn",
    ),
    ("ppt_id,initials,age_at_enroll,sex,gds15\nOO3-0402,RWB,94,M,3\n", "94"),
    (
        "Screen No\tInitials\tEligible?\tApproached by\nS07-001\tJ.M.H.\tY\tRT\n",
        "J.M.H.",
    ),
    # Gulf, South and Southeast Asian records: Islamic months of two words and the era "H",
    # a year glued after an apostrophe, trunk-zero phones, Md./Mst. and lineage words
    ("from Islamabad (1 Dhu al-Qadah 1446H); return after", "1 Dhu al-Qadah 1446H"),
    ("Departure: (20 Ramadan 1446 H) Solo – Jeddah", "20 Ramadan 1446 H"),
    ("vaccine 0.5 mL IM — given 15th Mar'25 at clinic", "15th Mar'25"),
    ("Contact: +94 77 555 0132, 081-2555 091", "081-2555 091"),
    ("Patient: Md. Abdul Karim, 44 y, M", "Md. Abdul Karim"),
    ("Wife: Mst. Rahima Khatun", "Mst. Rahima Khatun"),
    ("Name: Puan Zaleha binti Mat Isa", "Zaleha binti Mat Isa"),
    ("Bed 7 — Mr Jimmy anak Jugah, 37", "Jimmy anak Jugah"),
    # dictated names and answers: "comma" between surname and given name, a name spelled
    # alone, a date of birth in the next speaker's line, a surname after "doctor"
    ("history and physical on patient ortega comma ramon mrn", "ortega comma ramon"),
    ("caller: b r a n n i g a n first name theresa", "b r a n n i g a n"),
    (
        "and his date of birth\ncaller: ten seventeen fifty eight\nagent: okay",
        "ten seventeen fifty eight",
    ),
    ("caller: fifteenth june forty nine", "fifteenth june forty nine"),
    ("couples counseling with doctor ellison on thursdays", "ellison"),
    # ages over 89 after "now", in parentheses after "age", after "passed"; towns in a text
    # typed or transcribed in lower case
    ("Nana (Edna Doherty),\nwho is now 93 and moved in", "93"),
    ("given her age (93) and health", "93"),
    ("Hattie passed last spring at 101.", "101"),
    ("we moved up from dayton in june, she's in evanston now", "dayton"),
    ("lives with his daughter lucia in pueblo west former smoker", "pueblo west"),
    # speech recognition's raw text: dates, streets, postcodes, e-mails and codes said aloud
    ("caller: date of birth four twelve fifty six i'm calling", "four twelve fifty six"),
    ("repeat bloods on fourth of february were similar", "fourth of february"),
    ("caller: july twenty first eighty eight", "july twenty first eighty eight"),
    ("that'll be march third then", "march third"),
    ("we're over on forty one twelve larkspur lane in town", "forty one twelve larkspur lane"),
    ("two hundred and six lasalle boulevard apartment nine oh four", "apartment nine oh four"),
    ("the walgreens on cleveland avenue by the kroger", "cleveland avenue"),
    ("sudbury ontario p three a one w nine buzzer", "p three a one w nine"),
    ("fourteen mill lane beeston n g nine two h p", "n g nine two h p"),
    ("mrn v a one one six six zero four", "v a one one six six zero four"),
    ("email c dot reid two at nhs dot net", "c dot reid two at nhs dot net"),
    ("physio at harrogate netball club dot co dot uk full stop", "harrogate netball club"),
    # VA and military records: VistA names, installations, VA sites
    ("From: GRIER, DANIELLE M RN (PACT Gold 1)", "GRIER, DANIELLE M"),
    ("Locations: Kuwait (Camp Sandhollow), Iraq", "Camp Sandhollow"),
    ("Dr. Kerrigan at Marrowstone Creek CBOC, 01/31/2025.", "Marrowstone Creek"),
    # a classification's town is a town elsewhere
    ("She moved from Paris to Montreal in 2019.", "Montreal"),
    ("Flew to Paris III days later.", "Paris"),
    # phones and SSNs with an en dash or a spaced hyphen between the digit groups
    ("Daughter 617–555–0167 any time.", "617–555–0167"),
    ("Call (617) 555 - 0145 after 1600.", "(617) 555 - 0145"),
    ("SSN 078–05–1120 per card.", "078–05–1120"),
    # record numbers with thousands commas, an upper-case "NO.", digit groups
    ("MRN 4,471,902 confirmed with two identifiers.", "4,471,902"),
    ("CHART NO.: 000-44-719", "000-44-719"),
    ("subscriber no: 881 22 0093 01", "881 22 0093 01"),
    # addresses: a half house number, units before the number, a rural route box
    ("Staying at 1024 1/2 Elm Alley (rear unit).", "1024 1/2 Elm Alley"),
    ("Discharged to Flat 2, 14 Wexford Mews.", "Flat 2"),
    ("Unit 7/22 Kookaburra Cres, lives with partner.", "Unit 7"),
    ("Moved to 4400 Old Route 66, Trlr 9; HbA1c 9.1%.", "Trlr 9"),
    ("Lives at Rural Route 3, Box 44A, with her nephew.", "Rural Route 3, Box 44A"),
    # postcodes outside the US: both halves
    ("Discharged to London SW1A 2AA.", "SW1A 2AA"),
    ("Montréal QC H3G 1P1.", "H3G 1P1"),
    # a device's hardware address, an apostrophe in an e-mail address
    ("Hub MAC 00:1A:2B:3C:4D:5E paired.", "00:1A:2B:3C:4D:5E"),
    ("Daughter's address is o'brien.k@example.ie.", "o'brien.k@example.ie"),
    # ages over 89 as age and sex, and as a birthday
    ("97M with CHF, EF 25%.", "97M"),
    ("92F presents after a fall.", "92F"),
    ("Celebrated his 100th birthday last week.", "100th"),
    # dates: a day alone, a month after "mid-", a range
    ("Seen on the 3rd; returns on the 17th.", "3rd"),
    ("Symptoms since mid-March, worse since then.", "March"),
    ("Hospitalised Jan 6-8, 2021 for DKA.", "Jan 6-8, 2021"),
    # names: in single quotes, a handle, a user's folder, in capitals after a cue
    ("Known on the ward as 'Bubba'; stable.", "Bubba"),
    ("Follows him at @mward_runs online.", "@mward_runs"),
    (r"Saved to C:\Users\mward\Pictures\rash.jpg", "mward"),
    ("PATIENT: LEBLANC-TREMBLAY, GENEVIÈVE M", "LEBLANC-TREMBLAY, GENEVIÈVE M"),
    ("Patient: SMITH, JOHN", "SMITH, JOHN"),
    ("Electronically signed by SIOBHAN O'ROURKE-DIAZ, PA-C.", "SIOBHAN O'ROURKE-DIAZ"),
    ("7730182,LUND,ASTRID,F,55407,E11.9", "LUND,ASTRID"),
    ("Wristband: KALLIO, AINO / 0049281", "KALLIO, AINO"),
    ("Last modified by jrobles4 on 03/19/2024 10:42", "jrobles4"),
    # a street without a house number
    ("Third house past the church on Old Salem Pike, yellow mailbox.", "Old Salem Pike"),
    ("Sleeps in his car in the lot at Grand Ave most nights.", "Grand Ave"),
    # names with particles, apostrophes and hyphens, after a relation, in lower case
    ("Signed: van der Berg, Anneke (RN)", "van der Berg, Anneke"),
    ("Abdullah bin Rashid al-Mansouri seen today.", "Abdullah bin Rashid al-Mansouri"),
    ("Pt D'Angelo-Whitfield reports dizziness.", "D'Angelo-Whitfield"),
    ("Daughter Rain and son Sky visit on weekends.", "Rain"),
    ("Dictated by: r. okonkwo-baptiste, np", "r. okonkwo-baptiste"),
    ("/s/ mbeki-lindgren 11:02", "mbeki-lindgren"),
    ("cc: t. whitcombe-nash, a. de souza", "a. de souza"),
    # numbers that a unit-like word follows, codes with a leading zero
    ("Subject 0042 in the cohort.", "0042"),
    ("Badge 4471902 in the drawer.", "4471902"),
    ("Participant P-042 withdrew.", "P-042"),
    # plates
    ("Vanity plate reads LUV2RUN.", "LUV2RUN"),
    ("UK reg AB12 CDE involved in the collision.", "AB12 CDE"),
    # HL7 v2 segments: the identifying fields by position, "\r" or "\n" between segments
    ("MSH|^~\\&|LAB\rPID|1||3318820^^^CHI^MR||ODUYA^FEMI||19520907|M", "ODUYA^FEMI"),
    ("PID|1||3318820||ODUYA^FEMI||||||48 HARTWELL ST^^NEWTON^MA^02458", "48 HARTWELL ST^^NEWTON"),
    ("PID|1||2219930||HAAS^LEONA||||||||^PRN^PH^^1^319^5550187", "319^5550187"),
    ("OBR|1\nNK1|1|DOE^JANE|SPO|1 MAIN ST^^BOSTON^MA|617-555-0100", "DOE^JANE"),
    # ages over 89 after a verb that takes an age
    ("Mother died at 98 of a stroke; father at 71 of MI.", "98"),
    ("She turns 100 next month.", "100"),
    ("DIED AT 98 PER FAMILY.", "98"),
    # dictation: digits and letters spoken as words; characters spaced out by a scanner
    ("Callback is five five five, two one two, eight eight four zero, her cell.",
     "five five five, two one two, eight eight four zero"),
    ("License number is D as in David four four one nine two zero three.",
     "D as in David four four one nine two zero three"),
    ("Plate was Charlie X-ray seven seven two, per the patient.", "Charlie X-ray seven seven two"),
    ("Lives at one-two-one-four Magnolia Terrace.", "one-two-one-four"),
    ("Z I P :  4 8 2 0 1     S T A T E :  MI", "4 8 2 0 1"),
    ("P h o n e :  4 1 5 - 5 5 5 - 0 1 9 2", "4 1 5 - 5 5 5 - 0 1 9 2"),
    ("Surname spelled N-W-A-N-K-W-O for the chart.", "N-W-A-N-K-W-O"),
    ("Send it to rosa dot delgado at yahoo dot com, not the portal.",
     "rosa dot delgado at yahoo dot com"),
    ("e-mail:  sandra.k@ comcast.net   (scan p.2)", "sandra.k@ comcast.net"),
    # names in capitals: after a title or an initial, long unknown words, a known given name
    # before an initial
    ("TRIAGE: PT ABDULRAHMAN AL-QAHTANI TO ED", "ABDULRAHMAN AL-QAHTANI"),
    ("ECG SHOWN TO DR FARAH HADDAD AT 0312.", "FARAH HADDAD"),
    ("EOB mailed to DENISE A FAIRWEATHER 9 CHERRY LN", "DENISE A FAIRWEATHER"),
    ("REFILLS: 2   DR. K. PATEL", "K. PATEL"),
    ("FAX NO. (505)555-0116   ATTN: R. BEGAY", "R. BEGAY"),
    ("Rx# 6604127   LOPEZ-HUERTA, JAVIER   LISINOPRIL 20MG TAB", "LOPEZ-HUERTA, JAVIER"),
    # addresses and places in capitals and in labelled fields (forms, JSON, YAML)
    ("Box 5: 1847 JUNIPER HOLLOW RD APT 3B, FLAGSTAFF, AZ 86001", "1847 JUNIPER HOLLOW RD APT 3B"),
    ("Box 5: 1847 JUNIPER HOLLOW RD APT 3B, FLAGSTAFF, AZ 86001", "FLAGSTAFF"),
    ("ADDR1: PO BOX 2291   ADDR2: RR 4 BOX 117", "PO BOX 2291"),
    ("ADDR1: PO BOX 2291   ADDR2: RR 4 BOX 117", "RR 4 BOX 117"),
    ("CITY: HAYS   ST: KS", "HAYS"),
    ("HOME CITY: TRUTH OR CONSEQUENCES   STATE: NM", "TRUTH OR CONSEQUENCES"),
    ('address: {line: "77 Rue Saint-Denis, app. 402", city: "Montréal"}',
     "77 Rue Saint-Denis, app. 402"),
    ('"address":[{"line":["1187 Sycamore Bend Dr"],"city":"Fort Collins"}]', "Fort Collins"),
    # dates without a year after a word that takes one, Spanish dates
    ("G2P1, LMP 6/12, EDD 3/19/25.", "6/12"),
    ("s/p CABG on Tues 9/17; chest tubes out.", "9/17"),
    ("Fecha de nacimiento: 5 de mayo de 1944.", "5 de mayo de 1944"),
    # ages over 89 with a sex after a slash, as a decade of someone's life
    ("AGE/SEX: 91Y/M   ROOM: 4W-12", "91Y"),
    ("Pt in his mid-90s, lives alone.", "mid-90s"),
    # an identifier's digit groups ending in a check digit; an Australian plate cue
    ("Medicare card no. 5918 33207 2 (IRN 1)", "5918 33207 2"),
    ("Rego XQG-48L noted by paramedics.", "XQG-48L"),
    # from the fourth probe set: a capitals surname and a given name after a longer run, ages
    # after "is" or a noun for one, short-year and ISO-week dates, a date after "today",
    # a toll-free number spelt with letters
    ("2. PATIENT'S NAME MCALLISTER, JUNE R", "MCALLISTER, JUNE R"),
    ("ED BOARD | Rm 7 | HOFFMANN, Klaus-Dieter | ESI 2", "HOFFMANN, Klaus-Dieter"),
    ("Husband is 88, patient is 91; both on donepezil 10 mg.", "91"),
    ("Nonagenarian, 93, admitted with Na 121.", "93"),
    ("Labs 03-Mar-24: ALT 88 U/L.", "03-Mar-24"),
    ("Elective repair booked for 2024-W22.", "2024-W22"),
    ("POD 3 today (11/11), Hgb 8.9.", "11/11"),
    ("Business line is 1-888-GO-TILES; best reached there.", "1-888-GO-TILES"),
    # leaks the probe sets left: initials with a cue, a common-word name after a credential,
    # a name broken at a line end, a city of common words before a state, a county, a city
    # before a state and ZIP with no comma, dates in other languages, a month/day after
    # "visit", a weekday before a date
    ("Case discussed with J.R. (attending) and A.K.M. (fellow).", "A.K.M."),
    ("[07:49] RN Will: Hi, it was e-sent this am.", "Will"),
    ("Seen by Dr. Fitz-\ngerald on the ward.", "Fitz-\ngerald"),
    ("Patient Kowal-\nski reports less pain.", "Kowal-\nski"),
    ("Lives in Normal, IL with daughter; MMSE 22/30.", "Normal"),
    ("Reportable condition forwarded to Maricopa County health dept.", "Maricopa County"),
    ("Mailing: PO Box 2291, Bisbee AZ 85603; no mail delivery.", "Bisbee"),
    ("Ricoverato il 12 gennaio 2024, dimesso il 19/01/2024.", "12 gennaio 2024"),
    ("Aufnahme am 12. März 2024.", "12. März 2024"),
    ("Le patient est revu le 1er février.", "1er février"),
    ("O paciente nasceu em 5 de maio de 1932.", "5 de maio de 1932"),
    ("Opname 3 mrt 2024.", "3 mrt 2024"),
    ("HH visit 3/3: arrived at noon.", "3/3"),
    ("Admitted Friday 8 November; POD 3.", "Friday 8 November"),
    # a month and year with a hyphen, "the 5th day of", ages: a decade of life, "93 y", after
    # a name
    ("Labs Mar-2024 and MAR/24 reviewed.", "Mar-2024"),
    ("Born on the 5th day of March, 1931.", "5th day of March, 1931"),
    ("She is in her tenth decade of life.", "tenth decade"),
    ("Patient 93 y, male, with CHF.", "93 y"),
    ("Mrs Okafor (94) lives alone.", "94"),
    ("Ruth Adler, 93, CHF exacerbation.", "93"),
    # a user name after its label, an e-mail written with brackets, digit groups of an
    # identifier that each look like a count
    ("ip=10.0.4.17 user=mrodriguez action=view_chart", "mrodriguez"),
    ('{"username": "k.obi", "login": "jdoe4"}', "k.obi"),
    ("Emailed mk [at] yahoo [dot] com today.", "mk [at] yahoo [dot] com"),
    ("Service number 123-45-678 on file.", "123-45-678"),
    # a name written FAMILY^GIVEN^MIDDLE outside an HL7 segment; streets of other countries
    ("PatientName: OKONKWO^CHIDI^A  PatientBirthDate: 19310412", "OKONKWO^CHIDI^A"),
    ("Mme Fournier, 14 rue des Lilas, 69003 Lyon.", "14 rue des Lilas"),
    ("| Home address | 17 Rue du Lac, Unit 4 | Allergies |", "17 Rue du Lac, Unit 4"),
    ("Sr. Gutiérrez, Calle Mayor 12, 3º B, 28013 Madrid.", "Calle Mayor 12, 3º B"),
    ("Draw at pt home 2250 Calle Los Olivos #5, Chula Vista.", "2250 Calle Los Olivos #5"),
    ("Adres: ul. Marszałkowska 84/92 m. 15, Warszawa.", "ul. Marszałkowska 84/92 m. 15"),
    ("Rua das Flores, 123, Porto.", "Rua das Flores, 123"),
    ("Wohnhaft Hauptstraße 5, Berlin; Kerkstraat 12, Utrecht.", "Hauptstraße 5"),
    # a message typed in lower case
    ("my mom florence delacroix-nguyen says the lisinopril makes her cough", "florence"),
    ("spoke with mary jones about her meds", "mary jones"),
    # from the fifth probe set: phones, e-mail, plates and dates in other forms, ages
    ("Mobil: 070-555 12 34 — Eliquis 5 mg x 2", "070-555 12 34"),
    ("Celular (41) 99555-0184 | losartana 50 mg", "(41) 99555-0184"),
    ("portal login ayo.adeyemi＠mailbox.example — reset requested", "ayo.adeyemi＠mailbox.example"),
    ("contact: p.nakamura&#64;kaigo.example (family)", "p.nakamura&#64;kaigo.example"),
    ("Patient gave email as walt.k@[192.0.2.17]. BMI 31.4.", "walt.k@[192.0.2.17]"),
    ("correio: jose.conceição@correio.example.pt | ok", "jose.conceição@correio.example.pt"),
    ("subscriber_id: MZH-449-20-118 (dependent 02)", "MZH-449-20-118"),
    ("medical license number 'G 88213' (CA) signed", "G 88213"),
    ("vehicle no. KA 05 MN 4471 | RTA, GCS 13", "KA 05 MN 4471"),
    ("plate number LND 482 KJ | BAC 0.12%", "LND 482 KJ"),
    ("Immatriculation GH-417-KT — accident", "GH-417-KT"),
    ("Link: hxxps://drive.example[.]com/u/0/folders/pellegrino_records", "pellegrino_records"),
    ("Saved to file:///C:/Users/mfontaine/Documents/scan.pdf", "mfontaine"),
    ("postnummer 113 57 Stockholm | Hb 102 g/L", "113 57"),
    ("Forwarding: PSC 473 Box 2211, FPO AP 96349.", "PSC 473 Box 2211"),
    ("Visit date (DD/MMM/YYYY): 17/MAR/2025; ALT 88 U/L", "17/MAR/2025"),
    ("Further to your letter of the 3rd inst. regarding Mr Halloran.", "3rd inst"),
    ("admitted the night of the 14th, discharged on the 19th after IV fluids.", "19th"),
    ("A nonagenarian retired schoolteacher presenting with delirium.", "nonagenarian"),
    ("Age/Sex: 092/F | Dx: Alzheimer disease", "092"),
    ("(0010,1010) PatientAge AS [095Y]", "095"),
    ("row: S-4471,104,M,I50.9", "104"),
    ("Great-grandmother, 96, brought in by grandson after a fall.", "96"),
    ("Patientin, 92 J., Vorhofflimmern.", "92"),
    # names: a capitals surname and its given names in any case, initials before a name
    ("PATIENT: WHITCOMBE, Ottoline R | DOB: 07/14/1952", "WHITCOMBE, Ottoline R"),
    ("pt Narayanan s/o K. Ramaswamy, accompanied by wife.", "K. Ramaswamy"),
    ("IN RE THE GUARDIANSHIP OF AUGUSTINE P. MERRIWEATHER, an adult.", "AUGUSTINE P. MERRIWEATHER"),
    ('Invite: "Telehealth f/u – Corwin Ashby-Lund" | Organizer: x', "Corwin Ashby-Lund"),
    ('"MRN","Last","Dx" "00583712","Fairweather","J44.1"', "Fairweather"),
    ("Adresse : 12 bis, rue des Tanneurs, 69004 Lyon.", "12 bis, rue des Tanneurs"),
    ("Endereço: Rua Padre Anchieta, 1450, apto 73, Curitiba", "Rua Padre Anchieta, 1450, apto 73"),
    ("Bostadsadress: Storgatan 27 B, lgh 1102, Luleå", "Storgatan 27 B, lgh 1102"),
    # a city after a postal code; the prefix of a place name
    ("postnummer 113 57 Stockholm | Hb 102 g/L", "Stockholm"),
    ("Home ZIP 00927 (San Juan), PR; dengue NS1 positive.", "San Juan"),
    # from the sixth probe set
    ("contact 1 (028) 8542 3317; fixo (11) 3555-0142", "(028) 8542 3317"),
    ("Filipino caregiver says Lola is 93 taong gulang.", "93"),
    ("audiology intake | Age: 098 | Sex: F", "098"),
    ("PT re-evaluation: initial eval 5-III-24, today 2-IV-24.", "5-III-24"),
    ("consent stamps: 2024. március 5. (HU), 5 marta 2024 (RU)", "2024. március 5."),
    ("PSG recorded the night of 3-4 March 2024; AHI 41.3/h.", "3-4 March 2024"),
    ("dosing agreed on 12 Sha'ban 1445 AH.", "12 Sha'ban"),
    ("INSERT INTO contacts(role,email) VALUES ('guardian','N.Zulu_1984@outlook.com');",
     "N.Zulu_1984@outlook.com"),
    ("pt spelled her address with spaces, kwame.asante @ nhs.net, and", "kwame.asante @ nhs.net"),
    ("Korean portal profile: e-mail seoyeon.kim@한국병원.kr; ok", "seoyeon.kim@한국병원.kr"),
    ("MVC trauma call: plates CA 123-456 (driver)", "CA 123-456"),
    ("pump telemetry sent to 203[.]0[.]113[.]47 instead", "203[.]0[.]113[.]47"),
    ("pick-up Odos Egnatias 112, 546 30 Thessaloniki; HD Tue/Thu/Sat", "546 30 Thessaloniki"),
    ("Travel clinic itinerary: Cebu City -> Puerto Princesa, 3 weeks", "Cebu City"),
    ("8 912 555-44-10 (patient's mobile)", "8 912 555-44-10"),
    ("Fax to hospice ((021) 455 0147) failed x3.", "(021) 455 0147"),
    ("caseworker: t.nguyen-walsh(at)dcyf.example.gov; lead 7", "t.nguyen-walsh(at)dcyf"),
    ("link: www dot gofundme dot com slash f slash help-sipho-walk-again; T6", "help-sipho"),
    ("visit slipped from tuesday 5 march to thursday the 7th because of snow", "7th"),
    # a British or Irish postal code after a comma and the town before it
    ("Flat 2, 14 Tennyson Court, Harrogate, HG1 2PJ. NHS No: 485 777 3456.", "Harrogate"),
    ("left at 14 Ballybane Road, Galway, H91 E2K3; pt on O2 2 L/min.", "H91 E2K3"),
    ("Sleep kit: Flat 2/1, 38 Dumbarton Road, Glasgow G11 6AA - returned.", "Glasgow G11 6AA"),
    ("Eircode on the referral is D6W Y4K8 (Terenure).", "D6W Y4K8"),
    # a plate of three capitals and three digits; a scale's name after a title is a name
    ("drivers' vehicles NAK-4471 and AAB-123; COHb 9%", "AAB-123"),
    ("Seen with Mrs. Braden 13 days ago.", "Braden"),
    # a score's name or an eponym that is also a name stays a name outside its term
    ("Ballard left. Fujimoto called. Lives in Marburg near Lassa.", "Ballard"),
    ("Ballard left. Fujimoto called. Lives in Marburg near Lassa.", "Fujimoto"),
    ("Ballard left. Fujimoto called. Lives in Marburg near Lassa.", "Marburg"),
    ("Contact: Braden 13 Main St, Ogden", "Braden"),
    # a phone number's extension and country code, plates after cues in other languages, a
    # record number of two-digit pairs
    ("pls call +55 11 3069-4471 ramal 218.", "+55 11 3069-4471 ramal 218"),
    ("recados 55-5512-4471 ext. 3; callback tel:+13125550177;ext=209", "ext. 3"),
    ("callback tel:+13125550177;ext=209", "+13125550177;ext=209"),
    ("per Telefax +43 1 40400-12345; Troponin T hs 48 ng/l", "+43 1 40400-12345"),
    ("conductor del vehículo placas MXA-447-C; TCE leve", "MXA-447-C"),
    ("Atropello — patente KJ·TR·54; fractura", "KJ·TR·54"),
    ("Færdselsuheld: reg.nr. CV 44 712; GCS 15", "CV 44 712"),
    ('<encounter patient_mrn="00-44-71-29" dx="K85.10">', "00-44-71-29"),
    # ages at the end of a sentence, in German, Swedish and Spanish, with their months; dates
    # of other calendars with their years
    ("Age: 92. Lives alone.", "92"),
    ("patient { age_years: 103 sex: FEMALE }", "103"),
    ("92-jährige Patientin; en 93-årig kvinna", "92-jährige"),
    ("en 93-årig kvinna med förmaksflimmer", "93-årig"),
    ("Edad: noventa y dos años; demencia", "noventa y dos años"),
    ("husband, 99 years and 11 months, also at home", "99 years and 11 months"),
    ("pt_age\t90y 3m\tdx\tI63.9", "90y 3m"),
    ("Admitted 1 Ramadan 1445 AH with DKA", "1 Ramadan 1445 AH"),
    ("discharge 27 Esfand 1402; rhino-orbital mucormycosis", "27 Esfand 1402"),
    # e-mail addresses spelled out; streets of South America, Eastern Europe, Israel, Denmark,
    # Indonesia and the Gulf; initials after a person cue
    ("informes a j.hernandez (at) prodigy (dot) net (dot) mx; neumonía", "(dot) mx"),
    ("email me at nadia underscore rahman at outlook dot com, I need", "nadia underscore"),
    ("scene: Av. Corrientes 3247, 5° B, Buenos Aires", "Corrientes 3247"),
    ('line1 = "prosp. Obolonskyi 22, kv. 117"', "Obolonskyi 22, kv. 117"),
    ("Адреса: вул. Сумська 44, кв. 9, Харків", "Сумська 44"),
    ("patronage nurse: ul. Malysheva, d. 51, kv. 12, Yekaterinburg", "Malysheva, d. 51, kv. 12"),
    ("Discharge letter — Rehov HaNevi'im 31, apt. 4, Jerusalem", "HaNevi'im 31"),
    ("Recipient | Nørrebrogade 184, 3. tv., 2200 København N", "Nørrebrogade 184, 3. tv."),
    ("Alamat: Jl. Sudirman No. 45, Jakarta Pusat 10220", "Sudirman No. 45"),
    ("home: Villa 27, Street 14b, Al Barsha 2, Dubai", "Villa 27, Street 14b"),
    ("\\section*{Case presentation} Patient V.K., a 56-year-old man", "V.K."),
    # a day with a full stop before a lower-case month, romanised East Asian dates, a date in
    # a spreadsheet formula
    ("consent stamps: 5. mars 2024 (IS), 12. března 2024 (CZ)", "5. mars 2024"),
    ("consent stamps: 12. března 2024 (CZ)", "12. března 2024"),
    ("jiezhong riqi 2024 nian 3 yue 5 ri; next dose", "2024 nian 3 yue 5 ri"),
    ("Lipid clinic card: visit 2024nyeon 3wol 5il, LDL-C 98", "2024nyeon 3wol 5il"),
    ('G2 =DATEDIF(DATE(1930,4,9),TODAY(),"y") returns 93', "1930,4,9"),
    # digits of other scripts, full-width forms and invisible characters read as ASCII; a
    # trunk zero in parentheses; fax cues in other languages; plates after Turkish and French
    # cues; a Welsh particle; an encoded value; a what3words address
    ("pasted portal text: DOB 12\u200b/03/\u200b1957; CKD G3b", "12\u200b/03/\u200b1957"),
    ("call family if VT recurs -- 787\u200b-555\u200b-0143; NSVT", "787\u200b-555\u200b-0143"),
    ("Copy-paste: mehmet.kaya\u200b@posta.example.com.tr; INR 2,4", "mehmet.kaya"),
    ("電話 ０９０−４４１２−７７８３; 既往歴 高血圧", "０９０−４４１２−７７８３"),
    ("OPD टिपोट: उमेर ९३ वर्ष, मधुमेह (T2DM)", "९३"),
    ("ملخص: العمر ٩٤ سنة، قصور القلب", "٩٤"),
    ("Otpusno pismo: 93 godine, fibrilacija pretkomora", "93"),
    ("Fiche de liaison : Tél. +212 (0)5 35 63 21 47 ; HbA1c 9,4", "+212 (0)5 35 63 21 47"),
    ("Sevk yazısı: Faks 0 (212) 414 22 97; HbA1c %8,2", "0 (212) 414 22 97"),
    ("Trafik kazası notu: araç plakası 34 KLM 412; Glasgow 13", "34 KLM 412"),
    ("SLT note: Gwenllian ap Rhys named 18/20 pictures in Welsh", "Gwenllian ap Rhys"),
    ("HTTP header dump: X-Patient-Ref: TVJOOjAwNDgyOTEzNw== (base64)", "TVJOOjAwNDgyOTEzNw=="),
    ("casualty located at ///lantern.mossy.bicycle, tib-fib fracture", "lantern.mossy.bicycle"),
    ('"DM me or email ana.quispe.m [at] correo [dot] pe if you want', "correo [dot] pe"),
    # Colombian, Peruvian, Portuguese and Welsh streets; a Roman month after a day and a full
    # stop; a vanity number of any area code; letters of another script before the digits
    ("Dirección: Carrera 43A # 14-109, Torre 2, Apto 1502, Medellín", "43A # 14-109, Torre 2"),
    ("Ficha domiciliaria: Av. San Luis 2630, Int. 401, San Borja", "San Luis 2630, Int. 401"),
    ("patient_street=Rua da Carreira 88, 2.º Esq. patient_city=Funchal", "Carreira 88, 2.º Esq."),
    ("term-time address Flat 4, 27 Heol y Wig, Aberystwyth SY23 2LR", "27 Heol y Wig"),
    ("Ambulantni nalaz: kontrola 2. IV 2024.; HbA1c 6,9 %", "2. IV 2024"),
    ("son drives a taxi, reachable on 1-876-TAXI-247; sickle cell trait", "1-876-TAXI-247"),
    ("регистрийн дугаар УБ85071412; бруцеллёз", "УБ85071412"),
    # a street line before a postal code and its town, whatever its words; file names with
    # spaces: the rest of a path, a phone's or computer's stamped picture name
    ("Pediatrická správa: Hlavná 58, 040 01 Košice; akútna bronchitída", "Hlavná 58"),
    ("adresas Laisvės al. 53-7, LT-44309 Kaunas; dg. I10", "Laisvės al. 53-7"),
    ('input="Bulevar oslobođenja 46a, stan 12, 21000 Novi Sad"', "oslobođenja 46a, stan 12"),
    ("Izraksts: Rīgas iela 22-4, Daugavpils, LV-5401; ICD-10 I10", "Rīgas iela 22-4"),
    ("Saved to C:\\Users\\mw\\Pictures\\rash left arm.jpg", "C:\\Users\\mw\\Pictures\\rash left"),
    ("Sent WhatsApp Image 2023-11-04 at 14.22.05.jpeg to derm.", "WhatsApp Image 2023-11-04 at"),
    ("Attached Screen Shot 2023-11-04 at 2.22.05 PM.png.", "Screen Shot 2023-11-04 at 2.22.05 PM"),
    # a month and a day after a word that dates something; an age after a sex, or opening a
    # sentence about a person
    ("POD#2 (11/6), drain output 40 mL.", "11/6"),
    ("Follow up week of 7/10.", "7/10"),
    ("review 17/4 with bloods", "17/4"),
    ("F/91, lives alone.", "91"),
    ("At 91, she still lives independently.", "91"),
    ("Ripoti ya kliniki: Bibi ana umri wa miaka 97; shinikizo la damu 168/94", "97"),
    # identity documents: a passport's machine-readable name, a licence barcode's elements
    ("MRZ: P<GBRSMITH<<JOHN<PETER<<<<<<<<<<<<<<<<<<<; seen for visa medical", "JOHN<PETER"),
    ("Passport MRZ (OCR): P«KENOTIENO««ACHIENG«AKINYI««««««««««", "ACHIENG«AKINYI"),
    ("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "ERIKSSON<<ANNA<MARIA"),
    ("PDF417: DAQT48213377\nDCSNGUYEN\nDACMINH\nDAG4410 BELLAIRE BLVD APT 12\nDAJTX",
     "4410 BELLAIRE BLVD APT 12"),
    ("DLDAQT48213377 DCSNGUYEN DACMINH ANH DBB07141988 DAIHOUSTON DAJTX", "MINH ANH"),
    ("Stationnement hémodialyse : plaque F23 KXT ; vignette handicapé", "F23 KXT"),
    ("Informe de accidente: carro HXT-482 y moto KLM 48D; fractura de fémur", "KLM 48D"),
    # a place by its coordinates
    ("casualty located (GPS 46.51972 N, 7.96083 E), tib-fib fracture", "46.51972 N, 7.96083 E"),
    ("home location 40.7128, -74.0060 shared by the app", "40.7128, -74.0060"),
    ("pickup=lat=40.7128&lon=-74.0060", "-74.0060"),
    ("GPS: 51°30′26″N 0°7′39″W", "51°30′26″N 0°7′39″W"),
    # Chinese, Japanese and Korean: names after a cue or before a title, a Japanese name apart
    # by a space, places by their suffix, streets by their shape, plates after their cue
    ("会诊记录：患者王秀英，女，93岁，慢性阻塞性肺疾病急性加重；主治医师刘芳。", "王秀英"),
    ("会诊记录：患者王秀英，女，93岁，慢性阻塞性肺疾病急性加重；主治医师刘芳。", "刘芳"),
    ("请将胸部CT报告发送至张伟医生。", "张伟"),
    ("入院時記録：田中 トメ、92歳、大腿骨頸部骨折", "田中 トメ"),
    ("医療費振込先：山本 健一 様　普通預金", "山本 健一"),
    ("병록번호 1184-2207 | 환자 박서연 | 진단 제2형 당뇨병 | 주치의 이준호", "박서연"),
    ("주소: 서울특별시 마포구 월드컵북로12길 34, 502호 (03962)", "마포구 월드컵북로12길 34, 502호"),
    ("住址：浙江省杭州市西湖区文三路120号3单元502室，邮编310012", "杭州市西湖区文三路120号"),
    ("邮政编码 410100，住址长沙县星沙镇开元路18号；高血压 3级", "长沙县星沙镇开元路18号"),
    ("住所：〒150-0001 東京都渋谷区神宮前4丁目28-11 メゾン桜202号", "渋谷区神宮前4丁目28-11"),
    ("交通事故：车牌号浙A·8K2L9，驾驶员周小红，锁骨骨折", "浙A·8K2L9"),
    ("事故記録：車両番号 品川 300 さ 12-34、運転者 小林 大輔、頸椎捻挫", "品川 300 さ 12-34"),
    # a name before a head word of an eponym is still a name after a title, or before a weak
    # head word with no value
    ("Spoke with Mrs Alport's daughter; Mrs Alport's disease course discussed", "Alport"),
    ("Okonkwo test results are back; call Ms Fabry syndrome clinic", "Okonkwo"),
    ("hypothyroid on levothyroxine 50 mcg; her sister is 89 and her brother 90.", "90"),
    ("Home HD flowsheet row: Mon 18/11 | std Kt/V 2.3", "18/11"),
    ("CIOMS narrative: a female (initials M.K.F.) on dabigatran 110 mg BID", "M.K.F."),
    ("form-urlencoded: email=aiyana.whitehorse%40example.net&consent=yes", "aiyana.whitehorse"),
    ("HIV on TLD; post to Private Bag X4012, Kimberley 8300.", "X4012"),
    ("SVNR 1237 150532; Hauptstraße 14/2/7, 4020 Linz; Morbus Parkinson", "14/2/7"),
    ("residente in Via dei Coronari 44, scala B, int. 9, 00186 Roma", "scala B, int. 9"),
    ("Endereço: Rua Marquês de Abrantes, 118, apto 1204, bloco B, Flamengo", "bloco B"),
    ("repr: {'name': 'S F', 'age': 94, 'dob': datetime.date(1930, 6, 9)}", "1930, 6, 9"),
    ("repr: {'name': 'S F', 'age': 94, 'dob': datetime.date(1930, 6, 9)}", "94"),
    ("patient { birth_date { year: 1930 month: 6 day: 9 } }", "1930 month: 6 day: 9"),
    # a name in lower case after a title, in a note that is not in lower case
    ("Pt seen by dr smith today, BP 120/80.", "smith"),
    ("Plan: spoke with dr. anne okafor-bello re: MRI", "anne okafor-bello"),
    ("ED course: per mr hill, pt stable on 2 L NC", "hill"),
    # a timestamp's time with its date; a phone number right after "=" or ";"
    ("2024-10-28T13:18:50Z user=vmoses ip=10.2.3.4 action=VIEW", "2024-10-28T13:18:50Z"),
    ("ph=559.129.5185;fx=(692) 652-5771", "(692) 652-5771"),
    # a record number after a name is no score ("James chart 12" would be an eponym's chart)
    ("Pt: Donna James  Chart 0910664054", "Donna James"),
    # initials before a surname, glued or apart; a greeting; lower-case names after a cue
    ("-- J Dougherty, RN", "J Dougherty"),
    ("Immunisation given by S.Becker, RN, left deltoid", "S.Becker"),
    ("Hi Sandy, your lisinopril refill was sent.", "Sandy"),
    ("hi dr gay its sandy. also my mom bernice is staying with me. thanks sandy", "bernice"),
    ("hi dr gay its sandy. also my mom bernice is staying with me. thanks sandy", "sandy"),
    ("hey cole - its melanie king . my dob is in the chart", "cole"),
    # a town read as two common words after a place's preposition
    ("presented to an urgent care in Beavercreek with three days of cough", "Beavercreek"),
    ("a long drive back from his son's house in Harrogate. Seen same day", "Harrogate"),
    # a month and day without a year: after an event word, between dates, before a time, in
    # a table cell
    ("R IJ triple-lumen CVC placed 1/14; L radial arterial line", "1/14"),
    ("No scale data from 4/12 through 4/15; gain between 4/20 and 4/24", "4/15"),
    ("NP Ko will cover 5/13 to 5/24 while I am away", "5/13"),
    ("Spontaneous rupture of membranes 11/1 at 21:40, clear fluid", "11/1"),
    ("tamsulosin 0.4 mg | PO qHS | 7/21 | 6/11/2023 | Continue", "7/21"),
    # name fields in capitals, nicknames in parentheses, a generational suffix
    ("LAST NAME: SMITH   FIRST: TONYA   MI: T\nDL #: DL50795324", "TONYA"),
    ("LAST NAME: ROBERSON   FIRST: JILL   MI: J\nDL #: 0229-830-9073", "ROBERSON"),
    ("NAME (LAST, FIRST MI): CANNON, TIFFANY S.\nPREFERRED NAME: BABE", "BABE"),
    ("## demographics ##\npt_name=Chad_Patton\nmrn no MR-0245273", "Chad_Patton"),
    ("Student: Chelsea Scott ('Peaches')  DOB May 21, 2011", "Peaches"),
    ("Pt resting in bed, A&Ox3. Likes to be called (Sissy). Given penicillamine", "Sissy"),
    ("Discussed with daughter Jeremy Alvarez III at 420-841-1312.", "Jeremy Alvarez III"),
    # a caret name in any pipe table or after an XCN's identifier; a user name in prose
    ("TDZ9729|HORÁČKOVÁ^LADA|19890504|O+|MELD 17", "HORÁČKOVÁ^LADA"),
    ("PV1|1|I|2000^2012^01||||2767121488^BURTON^AMY^^^DR|||MED||||ADM|A0|", "BURTON^AMY"),
    ("[6:32 PM] bot: MRN updated by user youngrachel from the portal", "youngrachel"),
    # an age and a sex letter opening a summary; an Australian state and postcode
    ("CLINICAL HISTORY: 104 M with Bell's palsy, MELD 18.", "104"),
    ("Called to bedside for Tracy Gray, a 96 F with end-stage heart failure", "96"),
    ("GP: Dr Mei Lin Tan, 88 Enmore Rd, Enmore NSW 2042", "2042"),
    ("Mrs Doreen Price\n8 Wattle Court, Coburg VIC 3058", "Coburg"),
    # employers, schools, practices, ships, military units and union locals, by their head word
    ("He works nights at Columbia River Cold Storage.", "Columbia River Cold Storage"),
    ("Lost his job at Valley Steel Supply in May.", "Valley Steel Supply"),
    ("Classmates at Westbrook Academy shared the photo.", "Westbrook Academy"),
    ("Counselor at Memorial High School referred her.", "Memorial High School"),
    ("FROM: Valley Oncology & Hematology", "Valley Oncology & Hematology"),
    ("HARBORVIEW ORTHOPAEDIC ASSOCIATES\n77 Wharf Street", "HARBORVIEW ORTHOPAEDIC ASSOCIATES"),
    ("Late husband served on the USS Missouri.", "USS Missouri"),
    ("Unit: 2nd Bn, 506th Infantry Regiment, 101st Airborne Division",
     "2nd Bn, 506th Infantry Regiment, 101st Airborne Division"),
    ("Union: Teamsters Local 414", "Teamsters Local 414"),
    ("She works at the desk of Hollybrook Public Library.", "Hollybrook Public Library"),
    ("attends an AA group at Grace Lutheran Church basement", "Grace Lutheran Church"),
    ("Prenatal care at Eastgate Community Health Center; outside mrn 4471902.",
     "Eastgate Community Health Center"),
    ("Transported to St. Alban's Medical Center trauma bay", "St. Alban's Medical Center"),
    ("Funeral arrangements pre-planned with Hartley & Sons Funeral Home.",
     "Hartley & Sons Funeral Home"),
    ("at the offices of Whitaker Lyle PLLC, 15 West Sixth Street, Floor 9, Tulsa",
     "Whitaker Lyle PLLC, 15 West Sixth Street, Floor 9"),
    # a month and day opening a line of a terse note, or after an event word
    ("NPN 1900-0700\n3/14: pt restless early eve", "3/14"),
    ("SW note\n5/2 met w/ pt + daughter", "5/2"),
    ("Jobe test weak. MRI 5/14 demonstrates a tear.", "5/14"),
    ("MOLST completed 2/20.", "2/20"),
    # a weekday joined to its date
    ("Sent: Thursday, April 11, 2024 4:51 PM", "Thursday, April 11, 2024"),
    # a month and day apart by a hyphen after an admission word, or opening a line at a time
    ("pt 78 yo m adm 12-3 w/ urosepsis, now HD 3.", "12-3"),
    ("Respiratory Care Note\n10-22 0345 called to bed 4", "10-22"),
    # staff by initials or user name: typist's reference, typed-by labels, a read-back, a
    # signature before a credential
    ("Thank you for this referral.\n\nJAF/pd\nDD: 03/14/2024", "JAF/pd"),
    ("DD: 05/20/24  DT: 05/21/24  RC/mt  #00912-44", "RC/mt"),
    ("Transcribed by: KLM  DD: 02/08/2024", "KLM"),
    ("Coder: bpetrosyan   Abstracted: 04/22/2024", "bpetrosyan"),
    ("Critical K called to R. Ahn RN at 11:40 by MTS.", "MTS"),
    ("Result called to Nora RN at 0905 by tgreene, read-back verified.", "tgreene"),
    ("3/15 0600 labs sent.\n-- mjt RN", "mjt"),
    # a street's flat or floor in lower case or before the word, a house on a numbered road
    ("lives in a walk-up at 88 Ferry St apt 2R, Everett.", "88 Ferry St apt 2R"),
    ("77 Wharf Street, 2nd Floor, New Bedford", "2nd Floor"),
    ("Tow yard lot on 4400 Route 23 South.", "4400 Route 23 South"),
    # an organisation in a field before two spaces; a log's user column by its field names
    ("School: Eastbrook High School   Sport(s): football", "Eastbrook High School"),
    ("event_ts,user,role,workstation_ip\n2024-07-01 06:58:12,rgallo,RN,10.30.12.41", "rgallo"),
    # names and places in CDA's XML elements
    ("<name><given>Dustin</given><given>Ray</given><family>Harlan-Pruitt</family></name>",
     "Harlan-Pruitt"),
    ("<name><given>Dustin</given><given>Ray</given></name>", "Ray"),
    ("<addr><city>Lubbock</city><postalCode>79416</postalCode></addr>", "Lubbock"),
    # dictation: a date in words with its month in lower case, a spoken title, a relation
    ("date of birth march third nineteen forty two medical record", "march third nineteen"),
    ("next visit the twelfth of september period", "the twelfth of september"),
    ("he fell twice since may twenty eighth period", "may twenty eighth"),
    ("history colon mister peterson is an eighty two year old man", "peterson"),
    ("lives in the same building with her son carl who is sixty eight", "carl"),
    # an age over 89 after a name and "is"
    ("pt's only sibling, Aunt Lil, is 101 and lives nearby.", "101"),
    # initials signing off a log entry or a letter, a record handled by someone's initials
    ("request to Dr. Price at (920) 555-0199. -JB\n01/08 09:20 - Pt enrolled", "JB"),
    ("Filled #30. -RK, RPh (license RPH 16-44802)", "RK"),
    ("ok thank you!! will do. -m\n", "-m"),
    ("cc: Patient; diabetes@nhs.example.uk\nAM/gp", "AM/gp"),
    ("HIM use only: processed by kpr 07/23/2024; 212 pages sent", "kpr"),
    ("Report generated by mwt.", "mwt"),
    # a log's month and day with a leading zero, the end of a range, days in words
    ("01/10 08:50 - Updated sig received", "01/10"),
    ("- 3/18 - 3/19: Little Sprouts, Kuna", "3/19"),
    ("after a family meeting on the afternoon of the twenty-second, care was", "twenty-second"),
    ("missed classes on November 4th and 5th.", "5th"),
    ("his birthday is june 9. my new cell", "june 9"),
    # ages after "lived to", "died ... at"; names after "Decedent:", "name was", "thanks,"
    ("Her own mother lived to 102. Funeral arrangements pre-planned.", "102"),
    ("Opal Brightwater, who died last spring at 92.", "92"),
    ("her husband Saul died at 94 in 2019.", "94"),
    ("Case no. ME-24-0417    Decedent: Garrick Fenwick-Oduya    Examination", "Fenwick-Oduya"),
    ('"He said his name was Slim... we left the party"', "Slim"),
    ("my new email is on file. thanks, maria", "maria"),
    ("[1205] @rthompson: bed 12 pt Berry pulse 64 pls reassess", "Berry"),
    # two streets that cross, a British parade, a code found again inside a longer code
    ("turned across his lane at Sahara Avenue and Rancho Drive. Police",
     "Sahara Avenue and Rancho Drive"),
    ("Dr Owain Hughes\nSeaview Medical Practice\n2 Marine Parade\nEastbourne", "2 Marine Parade"),
    ("MRN AM-004418 on file.\nClinic finger-scan check-in (template FS-AM-004418).",
     "FS-AM-004418"),
    # four digits that could be a time, where an identifier stands
    ("SSN ending 4471; PIN 1234; ext 2204", "4471"),
    ("SSN ending 4471; PIN 1234; ext 2204", "1234"),
    ("Mailing address:\n1122 Birchwood Lane", "1122"),
    ("Pt known on the street as 'Smokey'; UDS + fentanyl", "Smokey"),
    # organisations by more head words, and hospitals named in capitals
    ("TAMPINES RIVERSIDE GENERAL HOSPITAL (Singapore) - INPATIENT DISCHARGE",
     "TAMPINES RIVERSIDE GENERAL HOSPITAL"),
    ("works at Lakeview Drug Mart; burial, Cedar Hill Cemetery; 22 years at Round Mountain "
     "Gold Mine", "Lakeview Drug Mart"),
    ("burial, Cedar Hill Cemetery; Lab: Helix Coast Genomics", "Cedar Hill Cemetery"),
    ("burial, Cedar Hill Cemetery; Lab: Helix Coast Genomics", "Helix Coast Genomics"),
    ("seen by Dr Hallam at Calder Bridge Neuroscience Unit.", "Calder Bridge Neuroscience Unit"),
    # staff: a typist after a signature, a result collected or a note written by initials,
    # initials in parentheses after their owner's name, a log's user after its time
    ("Electronically signed 03/11/2024 15:26. CET/vr", "CET/vr"),
    ("Acc# 24-H-118203   Coll 03/11/24 0545   by RJT\nHolloway J", "RJT"),
    ("Collections note by cjr: pt states she already paid", "cjr"),
    ("hygienist Summer Pham, RDH (SP). Next recall", "SP"),
    ("grossed by PA J. Mwangi (jm); cold ischemia", "jm"),
    ("04/16/24 09:45 akhan: appeal letter received", "akhan"),
    ("2024-03-02 21:14:07   jkowalski   10.42.118.77     VIEW chart", "jkowalski"),
    ("Home: Kerkstraat 7-II, 1017 GA Amsterdam; holiday", "1017 GA Amsterdam"),
    # a year of birth or death, and an age after it
    ("I-1  Padraig Reilly (maternal grandfather), b. 1921, d. 1989 - prostate cancer", "1921"),
    ("I-1  Padraig Reilly (maternal grandfather), b. 1921, d. 1989 - prostate cancer", "1989"),
    ("Year of birth: 1961 (age 62)", "1961"),
    ("Wife Solveig died in 2019 at 99. Caregiver grandson", "99"),
    ("Sachiko (paternal grandmother), b. 1933, alive at 91\n", "91"),
    # not a code: an identifier in a field named like one, a name beside a code
    ('{"postcode": "02139", "area_code": "4471"}', "02139"),
    ('{"postcode": "02139", "area_code": "4471"}', "4471"),
    ("OBX|1|NM|2345-7^GLUCOSE^LN||189|mg/dL\nOBR|1|||80053|||||||||||1093817264^BRANDT^SUSAN",
     "1093817264"),
    ('"acct_no","cpt","amt"\n"A-2291-0048","99285","1840.00"', "A-2291-0048"),
    # a census row whose column runs into the next one still has its age masked
    ("RM  RESIDENT          AGE   CODE   PRIMARY DX\n"
     "107  EASTMAN, FLOYD  90    DNR/DNI COPD (J44.9)", "90"),
    # a surname and a given name or initial beside a name
    ("PHARMACY: Holloway, June MRN#4821177 vancomycin", "Holloway, June"),
    ("RM 4E-22   ATT: SHIMIZU, K", "SHIMIZU, K"),
    ("Contact: wife LEUNG Mei-ling (HKID K7742096)", "LEUNG Mei-ling"),
    ("Prescriber: Mendelsohn, Avi DDS", "Mendelsohn"),
    ("WRISTBAND 1: LITTLE, ROSE A | F | 06/30/1990", "LITTLE, ROSE A"),
    ('Son-in-law Desmond "Rocky" Little fills her pill box.', "Little"),
    ("Bed 7 | Baby Girl Castellanos | MRN N0047719", "Baby Girl Castellanos"),
    ("FL76 ATTENDING: NPI 1437720098  LAST DVORAK  FIRST MILES", "DVORAK"),
    ("FL76 ATTENDING: NPI 1437720098  LAST DVORAK  FIRST MILES", "MILES"),
    # dates a weekday, "the" or a clock time makes so
    ("pick me up tuesday the fourteenth if thats ok", "tuesday the fourteenth"),
    ("HD8 (the 5th): ambulating", "the 5th"),
    ("Appointment moved to 10/10 09:15 with Dr. Kapoor.", "10/10"),
    ("excuse note given for 3/14.", "3/14"),
    # digits split by spaces
    ("SSN last4 5 5 0 2.", "5 5 0 2"),
    ("National Insurance number: QQ 12 34 56 C", "QQ 12 34 56 C"),
    # an address a label opens, over its commas
    ("Address: No. 14, Olorunsogo Street, off Iwo Road, Agodi, Ibadan, Oyo State.",
     "No. 14, Olorunsogo Street, off Iwo Road, Agodi, Ibadan"),
    ("Mailing address: Blk 7 Lot 22, Sampaguita St., Phase 2, Brgy. San Isidro",
     "Blk 7 Lot 22, Sampaguita St., Phase 2, Brgy. San Isidro"),
    # a name in parentheses after a disease is no brand
    ("seen for bronchitis (Maria brought him) today", "Maria"),
    # not a time or a code: an identifier in a list after an identifier's cue
    ("MRN 4471902, 4471903", "4471903"),
    # organisations named by landscape words, by a legal form after a comma, by new heads
    ("Transferred to Vail Summit Trauma Center.", "Vail Summit Trauma Center"),
    ("Institution Name: Mercy Hollow Medical Center", "Mercy Hollow Medical Center"),
    ("Re: Fairchild v. Rapid Rail Couriers, Inc.", "Rapid Rail Couriers, Inc"),
    ("From: Blue Heron Rheumatology, PLLC", "Blue Heron Rheumatology, PLLC"),
    ("lives at Red Rock Pines Assisted Living; wife visits", "Red Rock Pines Assisted Living"),
    ("Employer: Gallatin Valley Timber Co-op", "Gallatin Valley Timber Co-op"),
    ("To: Summit Crest Health Plan, Prior Auth", "Summit Crest Health Plan"),
    # a weekday in other languages and "weds" before a date
    ("Consultation du mardi 14 janvier 2025.", "mardi 14 janvier 2025"),
    ("Opname ma 4 nov. 2024, ontslag vr 8 nov. 2024", "vr 8 nov. 2024"),
    ("Weds 25th Sept 2024 BP 138/88", "Weds 25th Sept 2024"),
    # a range of days before a month, a year of death, a day over its month
    ("in room 418 from the ninth to the twelfth of april", "the ninth to the twelfth of april"),
    ("her husband passed in 2021.", "2021"),
    ("dictated 19 April, transcribed 20/4 (jt).", "20/4"),
    ("HUS day 7 11/3: grade I IVH", "11/3"),
    # typists after a time or a dash, in parentheses after a record's verb, at a line's start
    ("transcribed 11/22/2024 06:40 RA/mlt", "RA/mlt"),
    ("Hip precautions x 6 wks.\n— CP/jd", "CP/jd"),
    ("transcribed 20/4 (jt).", "jt"),
    ("Imogen Halverson, Esq.\nIH:pw", "IH:pw"),
    # lower-case names after a role, spelled out after themselves, found again
    ("refer comma see doctor faith mcallister period", "faith mcallister"),
    ("note on patient hollis grant young that's young", "hollis grant young"),
    ("From: tammy nguyen   Sent: 3/9/2024 11:52 PM", "tammy nguyen"),
    ("this is gloria espinal e s p i n a l my date of birth", "espinal e s p i n a l"),
    # (the first "hollis" is found again from the name after "patient")
    ("first name hollis, as said. patient hollis grant young", "hollis"),
    # a house number with a half; a town of the world's list after a place's preposition
    ("Home: 22 1/2 Orchard Ln., Apt. 3R, Wooster, Ohio 44691", "22 1/2 Orchard Ln., Apt. 3R"),
    ("works nights out on 4410 State Route 83 North and", "4410 State Route 83 North"),
    ("Burns referral: from Tripoli (North Lebanon)", "Tripoli"),
    ("He drives up from Eagle Pass every Thursday", "Eagle Pass"),
    # X12 segments by position; a name again in its own script beside its Latin spelling
    ("NM1*QC*1*BLOOMFIELD*AVA*R***MI*XQH884120377-02~N3*88 WINTER ST~N4*CONCORD*NH*03301~",
     "BLOOMFIELD*AVA*R"),
    ("NM1*QC*1*BLOOMFIELD*AVA*R***MI*XQH884120377-02~N3*88 WINTER ST~N4*CONCORD*NH*03301~",
     "CONCORD"),
    ("Name: ZHANG Wei (张伟)   Sex: M", "张伟"),
    ("Name: Ahmad Al-Khatib / أحمد الخطيب   A-number: A 214", "أحمد الخطيب"),
    ("GI consulted (Dr Kim Ji-woo / 김지우).", "김지우"),
    ("Machine: Fresenius 2008T  S/N 2KAX041877", "2KAX041877"),
    ("Vehicle 1: 2017 Subaru Outback, silver, CO plate BXR-4471", "BXR-4471"),
    ("Sincerely,\nMercedes Ibarra-Lindqvist, MD", "Mercedes Ibarra-Lindqvist"),
    ("Abbott Smith called back; works at Ford Motor Company", "Abbott Smith"),
    ("Abbott Smith called back; works at Ford Motor Company", "Ford Motor Company"),
    # dates with months in other scripts and languages, other calendars' months first, the
    # word for year or the era after the year, a weekday in other languages before the date
    ("Дата рождения: 5 апреля 1951 г. (05.04.1951)", "5 апреля 1951 г."),
    ("Дата народження: 17 березня 1958 р. РНОКПП", "17 березня 1958 р."),
    ("Date: Τρίτη 4 Μαρτίου 2025   Referred by", "Τρίτη 4 Μαρτίου 2025"),
    ("Kontrol: Poli Anak Senin, 26 Agustus 2024; Poli Kandungan", "Senin, 26 Agustus 2024"),
    ("Wiedervorstellung am Dienstag, den 15. Juli 2025 um 09:30", "Dienstag, den 15. Juli 2025"),
    ("Născut la 9 martie 1947 în Cluj", "9 martie 1947"),
    ("Alizaliwa tarehe 3 Machi 1952 huko Moshi", "3 Machi 1952"),
    ("วันที่ 12 มีนาคม 2567 ผู้ป่วย", "12 มีนาคม 2567"),
    ("Screening ২০ মার্চ ২০২৪ (20 March 2024)", "২০ মার্চ ২০২৪"),
    ("Visit date: Meskerem 12, 2017 E.C. (22 September 2024)", "Meskerem 12, 2017 E.C."),
    ("Follow-up: after Eid, Shawwal 15 / 24 April 2024.", "Shawwal 15"),
    ("Almanya'ya taşınma planı: Nisan 2025.", "Nisan 2025"),
    # a name after "mom" or "dad"; one word in capitals after a title in capitals
    ("Called mom May Love at 912-555-0134, left VM.", "May Love"),
    ("To (503) 555-0152: MR. KING - your Rx for lisinopril 10 mg", "KING"),
    # a pipe table whose header holds a number in parentheses; an age in words in its cells;
    # an age as a JSON string
    ("| Rm | Resident | Age | Falls (90 d) |\n| 101 | Mabel Fairchild | 102 | 1 |\n"
     "| 103 | Edith Larkspur | ninety-one | 3 |", "102"),
    ("| Rm | Resident | Age | Falls (90 d) |\n| 101 | Mabel Fairchild | 102 | 1 |\n"
     "| 103 | Edith Larkspur | ninety-one | 3 |", "ninety-one"),
    ('"birthDate": "1931-02-27",\n    "age": "93",', "93"),
    # organisations: a landscape's or a street's words before a head; new heads; the words
    # after "of"; the words before a union local
    ("Great Basin Poison Center - CALL RECORD", "Great Basin Poison Center"),
    ("f/u 2/52 w/ GP Dr Hargreaves @ Beech Lane Surgery; HF nurse", "Beech Lane Surgery"),
    ("QUARRY LANE CLINICAL LABORATORIES - TEST REQUISITION", "QUARRY LANE CLINICAL LABORATORIES"),
    ("at the Caldwell County Jail infirmary", "Caldwell County Jail"),
    ("Pt's vehicle towed by Amador Tow & Recovery, receipt", "Amador Tow & Recovery"),
    ("Your results from Helixline Diagnostics (report)", "Helixline Diagnostics"),
    ("(studies nursing at Al-Noor College of Nursing)", "Al-Noor College of Nursing"),
    ("Lou Marchetti (Engineers' Union Local 94) was copied", "Engineers' Union Local 94"),
    # a CSV cell with a comma and a space in it; a pipe table's label with a parenthesis
    ("registry_id,last_name,first_name,dob,vaccine,administered_by,facility\n"
     "IIS000887120,Hill,Grace,2023-04-30,MMR II,Brandt, Lisa RN,Maple Grove Pediatrics",
     "Brandt, Lisa RN"),
    ("| Time | Patient (Last, First) | DOB | Room |\n|---|---|---|---|\n"
     "| 10:20 | May, Will | 09/12/2001 | 2 |", "May, Will"),
    # an SQL dump's INSERT with its columns named; a value in single quotes; user names
    ("INSERT INTO `patients` (`mrn`,`last_name`,`first_name`,`phone`,`pcp`) VALUES\n"
     "('A0019328','Young','Faith','(802) 555-0170','Dr. Winslow'),\n('A0019330','King',"
     "'Bishop',NULL,'Dr. Achebe');", "'Young','Faith','(802) 555-0170','Dr. Winslow'"),
    ("INSERT INTO `patients` (`mrn`,`last_name`,`first_name`,`phone`,`pcp`) VALUES\n"
     "('A0019328','Young','Faith','(802) 555-0170','Dr. Winslow'),\n('A0019330','King',"
     "'Bishop',NULL,'Dr. Achebe');", "'A0019330','King','Bishop'"),
    ("INSERT INTO `patients` (`mrn`,`last_name`,`first_name`) VALUES ('A0019328','Young',"
     "'Faith');", "'Young','Faith'"),
    ("(0010,0020) Patient ID                          LO: 'MH00447198'", "MH00447198"),
    ("12:02 | transcribed by oadeyemifrost | dictation job #D-55190372", "oadeyemifrost"),
    ("opened by tpetrakis-dev on Mar 4, 2024 · 6 comments", "tpetrakis-dev"),
    ("**mkowalczyk** commented on Mar 4, 2024", "mkowalczyk"),
    (";; export by mhernandez 2025-02-21 07:02; bounced addresses", "mhernandez"),
    ("Critical K+ 6.1 read back by jd.", "jd"),
    # a town's prefix and a name after a place's preposition; an age after a name's comma in
    # parentheses or after an age's key; typist initials after "by:"; initials before a name
    ("Family report she moved here from East Stephanie in the spring.", "East Stephanie"),
    ("Born 07/03/1928 in New Cameronhaven. He was survived by a sister.", "New Cameronhaven"),
    ("Proband: Schultz, Frederikke, (97), referred for Wilson disease", "97"),
    ("- Father: Nicklas Sørensen, died at (104), Crohn's", "104"),
    ("continue fludrocortisone 0.1 mg.\nage_at_visit=(93)", "93"),
    ("Dictated by: UM/sh  D: 11/04/2021", "UM/sh"),
    ("Participant VMB (Vladimíra Bláhová) consented on 28 May", "VMB"),
    # a card's expiry; a display name in lower case; a surname glued to its initial or title
    ("Visa 30157764113389 exp 05/34\nCVC: ***", "05/34"),
    ("> On March 07, 2021, carl vesterlund <periksson@example.com> wrote:", "carl vesterlund"),
    ("good morning cole its susan barnett here. my doc said", "cole"),
    ("Patient: D.Cordova  Medical Record No. 00349472", "D.Cordova"),
    ("Requested by Dr.Patel on 10/02/1993", "Patel"),
    # initials apart by hyphens after a cue; a log's user before an address; an HL7 event's
    # operator; a pharmacist's initials after the date of a fill
    ("Subject ID: 117-0042   Initials: R-J-K   Randomization no.: R0871", "R-J-K"),
    ("2024-03-03 02:01:44   tquintanilla 203.0.113.58     PORTAL LOGIN", "tquintanilla"),
    ("MSH|^~\\&|EPIC|LAB|||20240509083012||ADT^A01|MSG1|P|2.5.1\n"
     "EVN|A01|20240509082955|||JDOYLE\nPID|1||E1104487^^^MRN^MR", "JDOYLE"),
    ("   Filled 01/04/24 JLS  / Refilled 02/03/24 MTW - early by 3 days", "MTW"),
    # a month and a day with no word that dates them: recall first
    ("adm 10/16 w/ acute asthma exacerbation", "10/16"),
    ("BMP 10/15 at Quest on Reservoir St.", "10/15"),
    ("per attending Dr. Haruki Ellingsworth (11/29).", "11/29"),
    ("metformin 500 mg BID | resume 2/26 (48 h post contrast)", "2/26"),
    # a month alone after a word that puts it in time, in either case
    ("One ear infection in May treated at walk-in with amoxicillin.", "May"),
    ("Labs: Hgb 11.8 (from 13.2 in Oct), Cr 1.6", "Oct"),
    ("no self-harm since june. etoh 3-4 drinks/wk", "june"),
    # the part of a month and the season of a year are part of the date; a month in capitals
    ("returned from Adelaide in late June. On examination", "late June"),
    ("relationship ended last November; friend mid-July visit", "last November"),
    ("PTSD dx at Huntington Oaks (fall 2018; admitted 10/2/2018)", "fall 2018"),
    ("dream enactment since the winter of 2020", "winter of 2020"),
    ("STATUS POST CABG IN MAY OF 1991 AT HOLSTON RIDGE", "MAY OF 1991"),
    ("FOLLOW-UP: DR. ABERNATHY ON NOVEMBER TWENTY-THIRD. CBC", "NOVEMBER TWENTY-THIRD"),
    # a day of the month alone, in capitals, in a list; a month and day before a morning, at the
    # end of a range from a day no scale reaches, with a day of two digits
    ("ON THE EVENING OF THE SIXTH HE HAD A BRIEF RUN OF VT", "THE SIXTH"),
    ("BROUGHT TO THE OPERATING ROOM ON THE FOURTEENTH AFTER FAILING", "THE FOURTEENTH"),
    ("Vivotif capsules x3 (the 14th, 16th, 18th), batch VV-240118", "16th, 18th"),
    ("Cath lab 3/5 AM with Dr. Okafor; earliest 1/10 PM", "3/5"),
    ("Cath lab 3/5 AM with Dr. Okafor; earliest 1/10 PM", "1/10"),
    ("14 readings 1/22–2/4: avg 146/92", "2/4"),
    ("Metformin XR 1 g nocte — RECOMMENCE 11/07 if creatinine <110", "11/07"),
    # a street ending "St" or "Dr" after "on"; a street named by its number; a rural route's
    # box; a level or a unit before the street's number
    ("BMP 10/15 at Quest on Reservoir St. Wife to call back", "Reservoir St"),
    ("staying at Ronald McDonald House on Riley Hospital Dr since 5/18", "Riley Hospital Dr"),
    ("at the intersection of Calloway Ave and 9th Street in Ridgemont", "9th Street"),
    ("FROM THEIR HOME ON ROUTE 4, BOX 227, BLOUNTVILLE", "ROUTE 4, BOX 227"),
    ("Travel Clinic, Level 3, 150 Collins Street, Melbourne VIC 3000", "Level 3"),
    ("Prairie Sky Gastroenterology\n305 - 1855 Albert Street, Regina, SK  S4P 2T1", "305"),
    ("by ambulance from home (12/44 The Esplanade, Cronulla NSW 2230)", "12/44"),
    ("pls contact me on here. im at 5 Oakfield Close, Ross-on-Wye HR9 7DE.", "Oakfield Close"),
    # the towns after a street and a comma
    ("lives with his partner at 14 Rose Hill Lane, Ashhurst.", "Ashhurst"),
    ("Family Pharmacy #2217, 2690 N Fairfield Rd, Beavercreek 45431", "Beavercreek"),
    ("Hand Therapy, Level 1, 88 Tory Street, Te Aro, Wellington 6011", "Te Aro, Wellington"),
    # a British plate after a vehicle; a weekday and an ordinal day; a day after "on the"
    ("received via Serco van SN19 XRK arrived 21/03/2024 18:52", "SN19 XRK"),
    ("his replacement hire car was YH24 MLO.", "YH24 MLO"),
    ("permit P-ED-2291 displayed on white Tesla RVN 5517; permit", "RVN 5517"),
    ("backed his Ford F-150 PGX-2210 into a visitor's car", "PGX-2210"),
    ("Secondary screen booked Mon 25th — GP clinic AM", "Mon 25th"),
    ("Woke around 2 a.m. on the 4th with fever T 38.9 C", "the 4th"),
    ("Helped the neighbour's cow calve on the 2nd (retained placenta).", "2nd"),
    ("Dressings were changed on the 14th, 16th, 18th without incident.", "18th"),
    ("Seen on the 14th for review.", "14th"),
    # the initial before a particle name; a particle after a separator; the middle initial
    # after "Surname, Given"
    ("Appearances: K. van der Berg for the district; P. le Roux for the family", "K."),
    ("Appearances: K. van der Berg for the district; P. le Roux for the family", "P."),
    ("2025-01-14;in-person;Tagalog;dela Cruz, Ma. Luisa;M0650118", "dela"),
    ("lead(s) | affected? | action\nCastellano, Rudolph J | 00782241 | 2021-06-09", " J "),
    # a month in lower case and its year; a day and a month before a clock time
    ("her husband reg died in march twenty twenty two at the age of ninety", "march twenty"),
    ("seen in march 2019 for review", "march 2019"),
    ("units given 15 with patient; checked by Lisa Nguyen-Tran RN 22/2 19:40", "22/2"),
    # a phone with a trunk zero and an area code before a hyphen
    ("Txt sent. Wife rang back from 04-555 8219: at Porirua for a funeral", "04-555 8219"),
    # a lot after "lot" in lower case; a month with its year after its part; a month and day
    # before "at" and a clock time
    ("Ixiaro (JE) dose 1 R deltoid, lot JEV23B14; dose 2 due 2024-02-26", "JEV23B14"),
    ("End-of-treatment CT: NED. Next CT ~mid-July 2024.", "mid-July 2024"),
    ("No further lows. Appt booked with Dr. Bell 3/6 at 2:15 PM.", "3/6"),
    # a chat's speaker before a colon is a name; so is one nobody knows, at strict
    ("[12:01] ok\nMaria: ok, see you at 3\nTsetsegmaa: thank you", "Maria"),
    # a name after a role
    ("follow-up Saturday AM (chaplain Will Goodenough on weekend)", "Will Goodenough"),
    ("Pt's vehicle left at scene, locked; gym manager Bret Halvorsen notified.", "Bret"),
    # given names in capitals after a surname in capitals; a surname in capitals before given
    # names
    ("Patient: McALLISTER, DOUGLAS R   MRN 40018827", "DOUGLAS R"),
    ("a label for another patient (NAKAMURA, KENTA, MRN 90-331-779)", "KENTA"),
    ("Applicant: SIDHU, Gurpreet Kaur     DOB 08-Mar-2001", "SIDHU"),
    ("RE: KAPOOR, Vikramjit \"Vik\"     DOB: 1968-Apr-09", "KAPOOR"),
    # a day past any month's number over 7 or 12; a month and day after more words of events
    ("presented to Toowoomba Base Hospital ED 16/7; ALT 142 U/L", "16/7"),
    ("Wound clean, sutures out at GP 16/12.", "16/12"),
    ("Plan: SN 2w3, 1w4; PT eval 1/10; MSW for Medicaid waiver", "1/10"),
    ("sister (12) scheduled for skin check 4/8. Sun protection", "4/8"),
    ("dad's two hunting rifles moved 4/9 to uncle's gun safe", "4/9"),
    ("Outcome: attended our clinic 10/10; treated", "10/10"),
    # two days before a month, and the end of a range glued to its start
    ("Hearing: 12 and 13 August 2024   Findings: 30 September", "12 and 13 August"),
    ("visited grandmother's village 31 Mar-4 Apr: rural, well water", "4 Apr"),
    ("away 12th-15th March at a wedding", "12th-15th"),
    # a given name in lower case after a relation, in a clinician's note
    ("Denies SI. Broke up w/ bf (tyler) ~2 wks ago. Sleep OK.", "tyler"),
    ("Denies SI. Her roommate savannah \"has been great.\" Sleep OK.", "savannah"),
    ("Adherent to sertraline. mom (bridget) called office on 9/5 worried.", "bridget"),
    ("thank u so much!! my mom (gloria) is flying in wed", "gloria"),
    # a table whose first column numbers its rows, or whose labels hold a unit's letter
    ("| # | Name | Age | Unit |\n|---|---|---|---|\n| 1 | Nora Keegan | 94 | Oak |", "94"),
    ("CHI\tSurname\tForename\tf-Hb µg/g\n2307481095\tDUTHIE\tAlexander\t12", "DUTHIE"),
    # a surname with a prefix in capitals; a surname in capitals before two given names
    ("Patient: McCUTCHEON, Delores Jean   DOB 03/14/1948", "McCUTCHEON"),
    ("15:18 — RESCUE. NGUYEN Van Thanh, 14 y, from Cabramatta", "NGUYEN"),
    # a month, day and year apart by hyphens; plates of more countries, after more vehicles
    ("AUG-12-2024 15:42  FROM: SAHYADRI MULTISPECIALITY", "AUG-12-2024"),
    ("Vehicles: Car 1 1-KQX-447, bus 1-TRB-992, hired medical car (FR) GH-447-ZL.", "1-KQX-447"),
    ("Vehicles: Car 1 1-KQX-447, bus 1-TRB-992, hired medical car (FR) GH-447-ZL.", "GH-447-ZL"),
    ("midazolam 5 mg buccal | 999: ambulance YJ70 EHA to County Hospital", "YJ70 EHA"),
    ("no longer drives, but believes his red Rover 25 (YT03 RZK) is still his", "YT03 RZK"),
    # a serial whose last letter is no temperature's unit after five digits or more; a
    # toll-free number spelt with letters, as Britain and Australia write them
    ("pacemaker Boston Scientific Accolade MRI s/n ACC-447120K — REMOVED", "ACC-447120K"),
    ("witness login by fingerprint OMN-FP-60233C (Bethan Lloyd, RN)", "OMN-FP-60233C"),
    ("event control 01531 555 040; welfare text line 0800 555 TALK", "0800 555 TALK"),
    # an English place made of two common words ("stone" and "haven"), labelled a town after
    # a preposition of place
    ("Wife informed by OIM; home Stonehaven, mobile 07700 900 962.", "Stonehaven"),
    ("PATIENT LOG — music festival, Ledbury showground — Sat 26 July 2025", "Ledbury"),
    # the parts of a name after a name's label on its line; a preferred name
    ("(M0040) Patient Name — First: WILHELMINA  MI: R  Last: STROUD   (goes by", "WILHELMINA"),
    ("(M0040) Patient Name — First: WILHELMINA  MI: R  Last: STROUD   (goes by", "STROUD"),
    ("Name (Last, First MI): NAKAMURA-BELL, HOPE K       Preferred: Hope\nSex: F", "Hope\n"),
    # New Zealand's health index after its cue; a month and day heading a log's entry
    ("Weight 3620 g, HC 35 cm, length 51 cm. NHI ZRM47KT.\nThird stage", "ZRM47KT"),
    ("avoid St John's wort.\nVisit 2 — 9/10: sleep 5 → 6.5 h. Same points", "9/10"),
    # a surname in capitals after given names; a log line's author after its time; an age in
    # parentheses after a relative or a date of birth
    ("Pt: Delbert Ray TOOMBS   MRN 6619283   FIN 330019482", "TOOMBS"),
    ("Client: Beryl Annette McKINLAY   DOB 18.05.1933", "McKINLAY"),
    ("Procedure: colonoscopy.\n\n03/02/25 09:14  KR  rang home — no answer", "KR"),
    ("Staff: Tracey (lead)\n08:01 TRACEY — mrs hazel pringle rang", "TRACEY"),
    ("PONV prophylaxis (Apfel 3).\n- Carer for her mother (94) who lives with them", "94"),
    ("Requester: Pt BEAUCHAMP, Lorraine | MRN M00410093 | DOB 12/30/1933 (91)", "91"),
    ("breath \"like drowning\"; being a burden on Bunny (90 herself).", "90"),
    # a day in digits after "on" ending a clause; a weekday's short form and a day; initials
    # signing a note or before a record number; a range from a day and a month; a month and
    # day after a time of day
    ("Will check accounts: she will do this with SW on 22nd.\nOther adults", "22nd"),
    ("omit apixaban 2 days (last dose Sat 8th AM). eGFR 61.", "Sat 8th"),
    ("Discussed with Dr Abiodun 14:45. — J.N.P.", "J.N.P."),
    ("Case 2 — M&M-25-048\n54 y/o M (T.K., MRN BSW-1109874), lap chole", "T.K."),
    ("appointment within 14 days: YES (away 25/1–1/2)", "1/2"),
    ("Fitz SHO #2218\n14:10 8/10 SpR addendum — BO x1.", "8/10"),
    # a pharmacy benefit's group and member; Australia's Medicare number with its reference
    ("benefit: CVS Caremark — BIN 004336 PCN ADV RxGrp RX8844  RxID W448812907-01", "RX8844"),
    ("employer group: Meridian Township Schools)    RxGRP: GLURX77", "GLURX77"),
    ("Episode EP 10449812\nMedicare 4117 26501 3-2   Private: none", "4117 26501 3-2"),
    # a drug's brand name before a known surname is a given name
    ('Invite: "Telehealth f/u – Corwin Ashby-Lund" | Organizer: nurse', "Corwin"),
    # a name that is a common word, found again in title case
    ('Twin B, his sister "Juniper", went home.\n\nJuniper has hypoglycemia unawareness.',
     "\nJuniper"),
    ("Patient: WHITCOMBE, Ottoline R | DOB: 07/14/1952", "Ottoline"),
    # "Surname, Given" with a prefixed or a state's surname, or after a patient's cue; a
    # table whose last label is a phrase; staff initials in a record's places
    ("pt's 3 kids ages 4, 9, 12\nAl-Sayed, Yousef | 88155902 | 60659 | interpreter", "Al-Sayed"),
    ("107 | Washington, Cleotha | ninety-one | DNR | New Stage 2", "Washington"),
    ("(from RN report PSE-25-01104): pt Hollingsworth, Garnet MRN 58831007", "Garnet"),
    ("Patient: Pak, Soon-ja    MRN 92200457    Accession", "Soon-ja"),
    ("Rm | Resident | Age | Code | Event / change in condition (SBAR summary)\n"
     "101A | Pruitt, Hazel | 97 | DNR | Refused supper", "97"),
    ("Outcome (added 1/14/25 11:20 by WTB): to OR 06:40", "WTB"),
    ("Declined: conversion filed, no longer applicable.\nBK RN 6/9/25", "BK"),
    ("typo at registration.\n10/14 TD: verified in state eligibility", "TD"),
    ("Internal Medicine Clinic 4B\n  AR 2/3: aunt asks that all appt reminders", "2/3"),
    # a file name with an identifier found in it is masked whole; a month and year in Spanish
    ("MRN 90044718\n| ID - Driver License | DL_front_90044718.jpg | rfairbanks", "DL_front_"),
    ("Glucosa capilar 132. Cr 1.3 (era 0.9 en mayo 2025).", "mayo 2025"),
    # a user's check of the wheel: given names of any words after a surname in capitals, a
    # prefixed surname in capitals, a Spanish month and year in a note with accents
    ("DUNSTERFIELD, Marigold Averill seen for cellulitis.", "Marigold Averill"),
    ("WHITCOMBE, Ottoline R seen in clinic.", "Ottoline R"),
    ("Referred by GP; McFARQUHAR, ROSALIND J admitted via ED.", "McFARQUHAR, ROSALIND J"),
    ("Próxima revisión: mayo 2025.", "mayo 2025"),
    # a month and day after an echo, an anticipated event, a release or a delivery
    ("Acute on chronic HFrEF (EF 25% on TTE 3/3), NYHA III", "3/3"),
    ("home w/ HH when off IV diuretics; anticipate 3/9 vs 3/10.", "3/9"),
    ("SSN matches last 4. Released 4/10.\n\nReq SSA-CDR-25-0031", "4/10"),
    ("Signature required. Delivery 5/8 (Thu) between 10-2", "5/8"),
    # the initials a legend gives a person, wherever they stand
    ("Staff key: TK = Tamika Kowalski, CPhT; DV = Deepak Varma\n| 2024-08-21 | TK/DV |", "TK/DV"),
    # a person with a title is no eponym, whatever word follows
    ("Consent: Dr. Smith sign the form in clinic", "Smith"),
    ("Hips: Dr Ortolani or Barlow click to review", "Ortolani"),
    # an age over 89 after a relative opening an aside
    ("lives with her sister Edith (herself 91, independent) and", "91"),
    ("caregiver strain (wife 90; she says she copes)", "90"),
    # a machine's tag after the machine; a number too long to be a measurement before a unit
    ("dialyzer Optiflux F180NR; RO system RO-BV-02.", "RO-BV-02"),
    ("oximeter Nonin 3150; video camera CRSD-CAM-R4", "CRSD-CAM-R4"),
    ("forklift unit # FL-22, serial H2X-77104418", "FL-22"),
    ("Consultant Physician   Provider No 4471893F", "4471893F"),
    # signatures and titles in lower case; typist labels; a participant's "Last, First"
    ("— j. ortiz-bautista, MD PGY1   10/19/23 0742", "j. ortiz-bautista"),
    ("clinician: b. thistlewood, pmhnp", "b. thistlewood"),
    ("rtc 4 wks. crisis: 988.\n— bt, pmhnp-bc", "bt"),
    ("CT surg (dr hollis-grant) — no surgical indication", "hollis-grant"),
    ("seen w/ fellow & attg dr k. adebayo-hart", "adebayo-hart"),
    ("DT: 07/15/1996 07:40    TRANS: KLM    JOB: 96-07-1188", "KLM"),
    ("Part 2 records — initials: DKVO", "DKVO"),
    ("Participant: Rutherford, Cecily Anne    Study ID: AHF-014-0093", "Rutherford"),
    ("rotated. Closing. cc @lfoster-privacy", "@lfoster-privacy"),
    # names in Arabic, Persian, Hebrew and Thai script after a label, a title or a relation;
    # Japanese and Korean names after their labels
    ("الاسم: محمد بن عبدالله بن راشد الكعبي\nالمرافق: ابنه راشد (+971 55 555 0621)",
     "محمد بن عبدالله بن راشد الكعبي"),
    ("الاسم: محمد بن عبدالله\nالمرافق: ابنه راشد (+971 55 555 0621)", "راشد"),
    ("پزشک معالج: دکتر علیرضا کاظمی\u200cپور", "علیرضا کاظمی\u200cپور"),
    ("מעקב: רופאת משפחה ד״ר רונית אלמוג תוך שבוע", "רונית אלמוג"),
    ("בת: מיכל כהן 054-555-0612", "מיכל כהן"),
    ("ชื่อ-สกุล: นางสมศรี ใจดี (Mrs Somsri Jaidee)", "นางสมศรี ใจดี"),
    ("患者氏名：佐々木 美智子（ササキ ミチコ）", "佐々木 美智子"),
    ("환자명: 김순자 (KIM SUN-JA)   성별/나이: 여/92", "김순자"),
    # a nickname of two capitals; a name quoted in a JSON array; codes still masked in quotes
    ('Bed 8 - Jane "JJ" Jessup 29F (DKA)', "JJ"),
    ('"name": {"family": "Blackwood", "given": ["Theodora", "June"]},', "June"),
    ('"privacyCase": {"id": "PRV-2024-0611-004", "status": "OPEN"}', "PRV-2024-0611-004"),
    ("Caller: Brittany Lopez-Hart (mother)   Site: home", "Brittany Lopez-Hart"),
    # a title's initials before a surname that is common words ("ram" and "dial") or a word
    ("Last medical: 11 Jan 2024 (Dr P. Ramdial, Dorval)", "P. Ramdial"),
    ("seen by Dr A. Shah, C-spine cleared", "A. Shah"),
    ("optometrist Ms K. Barraclough (Specsavers)", "K. Barraclough"),
    ("reviewed by Dr AJ Ramdial today", "AJ Ramdial"),
    # a particle and a surname after a given name; a short word between two parts of a name
    ("Referred by: Dr Anneke de Wit (plastics), surgery", "Anneke de Wit"),
    ("Reported 19 Aug 2024 by Dr Lim Jun Hao, cardiology.", "Lim Jun Hao"),
    # names that read as two common words ("lat" and "rice", "fair" and "weather")
    ('says "Latrice\'s niece came instead, she was', "Latrice"),
    ("3 front steps; lives with wife Jan Fairweather and a dog", "Fairweather"),
    ("Spoke to Hardcastle at the depot about the wheelchair", "Hardcastle"),
    # a transcript's speakers after the line's timestamp
    ("[00:00:19] MARISOL: thanks for having me.\n[00:00:24] DANA: so take us back", "MARISOL"),
    ("[00:00:19] MARISOL: thanks for having me.\n[00:00:24] DANA: so take us back", "DANA"),
    ("00:07:42 Trent: he's a lineman", "Trent"),
    # lower-case initials and particles after a title in lower case; a log's author
    ("| H0417762 | dr e. considine, Kilrush | ?PMR ESR 64", "e. considine"),
    ("OHC doctor: dr r.k. bishnoi (AFIH), RMC reg", "r.k. bishnoi"),
    ("triaging cons dr ciara ní bhriain / reg", "ciara ní bhriain"),
    ("mon 3/2 earlies — bev: J up 7am, had his meds", "bev"),
    ("wed 5th — kemi: dentist @ 10", "kemi"),
    # a weekday in lower case and an ordinal; a month of another language and a year; a day
    # and a month with full stops after a word a day follows
    ("flying into BHQ on sun 9th on the 14:20", "sun 9th"),
    ("(MMS 14/30 en octobre 2024), Ostéoporose", "octobre 2024"),
    ("le 14 octobre 2024 à 10h", "14 octobre 2024"),
    ("Vorige opname sept. 2024 (ook decompensatie)", "sept. 2024"),
    ("COVID-19 booster — Okt 2024", "Okt 2024"),
    ("Dekubitus Kategorie 1 sakral (seit 15.03.), Braden-Skala 14", "15.03."),
    ("stop clopidogrel 7 days before (last dose 08.10.).", "08.10."),
    ("buprenorphine/naloxone 16/4 mg SL daily since sept 2024 (MOUD program)", "sept 2024"),
    # a month's abbreviation in lower case with a day, as a diary has it
    ("mon 6th jan — woke up with it 6am L side", "6th jan"),
    ("2 paracetomol. 8/10. gone by 2pm. period started jan 5", "jan 5"),
    ("(mrs e. lavelle, Pullathomas) died 2nd oct — remove from list", "2nd oct"),
    # an age over 89 in the next column after a name, or after the word for age in another
    # language
    ("mrs kathleen gallagher — 97 — Carrowteige — Comirnaty JN.1", "97"),
    ("T-0041192  YELLOW  Hilda Bergstrom-Nash        93   hip pain, on warfarin", "93"),
    ("biyenan Lola Pacing, edad 91 — may ubo", "91"),
    ("Alter: 93 Jahre, Pflegegrad 3", "93"),
    # a town of the world's list as an item of a list or a route
    ("--- 2025-06-04 09:02 @derm_volunteer_nk (Dr Nkechi Ubah, Leeds) ---", "Leeds"),
    ("HEPATITIS C (DAA)   courier dispensary, Midrand, Gauteng", "Midrand"),
    ("Wed 26/2 Mthatha → Lusikisiki (98 km) → Flagstaff\n", "Flagstaff"),
    # a plate after a word for a vehicle, its groups apart by spaces
    ("0908 land Marla, met by roadhouse ute S412 BMZ driven by the manager", "S412 BMZ"),
    ("monthly delivery, lorry GBF 4471 K; order ref BX-SG-7710392", "GBF 4471 K"),
    # a month and day at the end of a line, or after a word of the past ("checked 3/12" is no
    # British "review in 3/12")
    ("replacement card requested 2/20; state ID appt DMV 3/18\nactive problems", "3/18"),
    ("my last one was 9/26, next is 10/24\n[00:15:06] DANA: ok", "10/24"),
    ("PDMP checked 3/12 – no outside fills.", "3/12"),
    # a weekday before a bare day in a diary; the first day of a range; months in a range
    ("WEEK 2 (13–19 jan)\nmon 13 5/10 after screen all day", "13–19 jan"),
    ("WEEK 2 (13–19 jan)\nmon 13 5/10 after screen all day", "mon 13"),
    ("winter address (Jan–Mar some yrs): daughter's", "Jan–Mar"),
    ("echo due june\n - station hand", "june"),
    ("Voyage prévu: du 1er au 26 septembre 2025; consultation", "1er au 26 septembre 2025"),
    ("| Loi, Giovanna | F | 1° maggio 1921 | 103 |", "1° maggio 1921"),
    ("| Twinrix 2 | 5 giugno '21 | dott. Pedrazzini |", "5 giugno '21"),
    # a day and month with full stops in a table's cell, in parentheses, after a weekday or
    # before a time
    ("| Jansen, Tjark | 65 041186 J 012 | 14.11. | o.B. |", "14.11."),
    ("done Day 27 (Mi., 30.04.) because of the holiday", "Mi., 30.04."),
    ("Rebooket NOR 422 tir 20.05.\n - 3A Dagrun", "20.05."),
    ("Letzte Gabe: Enoxaparin 21.03. 08:00; Metformin 08:00.", "21.03."),
    # a date glued to a word; a date in Vietnamese; a weekday and day of another language
    ("?UTI/delirium, seen10jun by RN Ebony", "10jun"),
    ("nội trú từ ngày 20 tháng 05 năm 2024 đến ngày 23 tháng 05 năm 2024.", "20 tháng 05 năm 2024"),
    # a range ending in a full numeric date; a day and month of two digits before a time
    ("bill detected — same DOS 3/3/25-5/3/25, voided.", "3/3/25-5/3/25"),
    ("admitted Redcliffe Private Hospital 3-9/5/25 (LOS 6)", "3-9/5/25"),
    ("Buurtzorg team Duinoord, laatste bezoek 19-03 21:15 (wijkverpleegkundige)", "19-03"),
    # a street named in one Dutch or Finnish word, with its house number
    ("GGD TBC-bestrijding, Schiedamsedijk 95, 3011 EN Rotterdam.", "Schiedamsedijk 95"),
    ("A-031 | Nokian K-Market, Kirkkokatu 9, Nokia | Cardiac Science G5", "Kirkkokatu 9"),
    # ages over 89 in words of other languages, beside the age in digits
    ("Pat. 2: PKW-Fahrerin, 91 J. (einundneunzig), leicht verletzt", "91 J. (einundneunzig)"),
    ("| F | 1921 | 103 (centotré) | Arzana |", "103 (centotré)"),
    ("Il soggetto più anziano compirà centosei anni il prossimo anno.", "centosei anni"),
    # ages over 89 in a range; a masked number's masked groups; a card's version code
    ("Aged 90+ this quarter: 7 of 9 (ages 90-104). Median", "104"),
    ("PMJAY-UP-7K2H94QX1 | XXXX XXXX 4471 | finger R-thumb", "XXXX XXXX 4471"),
    ("bank a/c seeding issue, aadhaar xxxx xxxx 3382\nNK-20418001", "xxxx xxxx 3382"),
    ("Patient: Kwandibens, Cheryl-Ann   ON HCN 4082 117 953 KP   DOB", "4082 117 953 KP"),
    ("Motorradfahrer, geb. 03.03.1999, SV-Nr 13 030399 S 113, Helm ab", "13 030399 S 113"),
    ("Health card 4082 117 953 KP presented at triage.", "4082 117 953 KP"),
    # an aircraft's registration after a word of aviation; a fleet number or a plate with a
    # three-digit group after a word for a vehicle
    ("tue 11/3/25 aircraft VH-FXQ (PC-12)   pilot", "VH-FXQ"),
    ("Aircraft: King Air B350  rego VH-NQK (backup a/c VH-MWT u/s)", "VH-MWT"),
    ("Sikorsky S-92A LN-ONQ (reserve LN-OIX)   Destinasjon", "LN-OIX"),
    ("Aeromedical transfer: aircraft N482MT; ECMO VV", "N482MT"),
    ("Kylie Monaghan haul truck op, truck HT-207 — lower back pain", "HT-207"),
    ("Modalità di arrivo: Ambulanza 118 (mezzo BG-217, Croce Bianca)", "BG-217"),
    ("by tech Dustin Caudill (emp 4471), van KY 224 HQJ\nreceived by", "KY 224 HQJ"),
    # in a note in another language: a surname and given names as a table's cell holds them,
    # a town with a case ending
    (ITALIAN_TABLE, "Mereu, Giovanni Battista"),
    ("weighed pt Jones 75 kg today", "Jones"),
    # a surname in capitals after a title and an initial; French and German titles
    ("DIN 02247494\nDr R. OLIVEIRA   Qty 30   Refills 2", "R. OLIVEIRA"),
    ("Seen with Dr R. OLIVEIRA in fracture clinic.", "OLIVEIRA"),  # no eponym after a title
    ("PHARMACIE DU MARCHÉ — Thiès\nMme NDIAYE Awa — prescrit par Dr F. Sarr", "NDIAYE"),
    ("Klientin: Frau Margrit Häfliger-Suter, geb. 02.11.1938", "Margrit Häfliger-Suter"),
    # the name that signs a closing on the next line
    ("Kind regards,\nMarloes de Wit | Student Health Desk | +31 10 555 0124", "Marloes de Wit"),
    ("Thanks,\nChidi", "Chidi"),
    (FINNISH_NOTE, "Espoossa"),
    # in a note in another language, its names after titles, in institutions and towns
    (SPANISH_NOTE, "Marta Olivares Ruiz"),
    (SPANISH_NOTE, "Ferrer"),
    (SPANISH_NOTE, "Valdecarros"),
    (SPANISH_NOTE, "Alcobendas"),
    # the name after a rank or a title's abbreviation, and its form in another script
    ("Booked in by custody Sgt R. Achterberg at 22:14.", "R. Achterberg"),
    ("Copy by e-mail to the Master, Capt. Aleksandar Petrović.", "Aleksandar Petrović"),
    ("नाम / Name: सुनीता देवी शर्मा  (Smt. Sunita Devi Sharma)", "सुनीता देवी शर्मा"),
    # a name in Arabic or Hebrew script after a cue in English
    ("Patient: رائف طرابلسي  MRN 96076032", "رائف طرابلسي"),
    ("Discussed with daughter علوان بو مدين at 281-555-0147.", "علوان بو مدين"),
    ("NEXT OF KIN\nRelative: יאיר עיסא\nאזור תעשיה", "יאיר עיסא"),
    # an age beside a sex in parentheses, an age with "years" in Vietnamese and Turkish
    ("HC-25-01198 / PRICE, Hattie (F, 102) fall at home", "102"),
    ("ông cụ (chồng, 97 tuổi) ở nhà", "97"),
    ("Hasta 94 yaşında, düşme sonrası", "94"),
    ("Clinic closed over Christmas; seen after Labor Day 2024", "Labor Day"),
    # a firm named after a person, by its legal form
    ("Funeral director: Willis Ltd, tel 1-582-555-0146.", "Willis Ltd"),
    ("Employer: Mani and Sons   Occupation: teacher", "Mani and Sons"),
    # the first month and day of a list of dates; a person after "Examinee:"
    ("ATG 1.5 mg/kg x3 doses (3/12, 3/13, 3/14) + methylprednisolone", "3/12"),
    ("Examinee: Rowan A. Hilliard-Sato   DOB: 7/23/1969", "Rowan A. Hilliard-Sato"),
    # an employer after its label, in English and other languages
    ("Group #: 00417726-0003   Employer: Robins AFB Credit Union\n  Rx BIN 610014",
     "Robins AFB Credit Union"),
    ("Arbeitgeber: Rheinische Paketdienst GmbH (Lagerarbeiterin)", "Rheinische Paketdienst"),
    # streets of Australian and British kinds
    ("NOK: Marcia Rios\n0 Beth Approach\nWest Jennifer, SA, 4909", "0 Beth Approach"),
    # a file's name with the folders of its path
    ('Previous image (/couple/maybe/approach.tiff) from Thursday', "couple/maybe/approach.tiff"),
    ("saved to C:\\Users\\pmehta\\Desktop\\CTPA_0093381.png today", "pmehta"),
    # a town in capitals after a preposition
    ("Pt transferred to KINGSTON by road, admitted from ED in SHOCK", "KINGSTON"),
    # streets of Spanish-speaking countries and Brazil named by their kind first
    ("location (verified): Andador Mercado 828 Edif. 770, Depto. 766, Col. Llamas",
     "Andador Mercado 828 Edif. 770, Depto. 766"),
    ("Moreira S.A., Vereda Cassiano, 287, Vila Do Pombal", "Vereda Cassiano, 287"),
    # a nickname after its label in another language; a British form's "Other names:"
    ("Paciente: Ravy Cavalcante   Apelido: Cookie   CPF: 311.342.012-14", "Cookie"),
    ("Surname: PRYCE-MORGAN     Other names: GARETH HUW     Date of birth", "GARETH HUW"),
    # a name after a German doctorate's field
    ("Mit freundlichen kollegialen Grüßen\nDr. med. Löwer (Oberarzt)", "Löwer"),
    # initials with no space between them before a surname
    ("Location: Ward 4\nRequested by: B.M. Grenier    Collected: 13 Jun 23", "B.M. Grenier"),
    # a lineage's word between two names; a surname after a middle initial
    ("Clinical context (from ward NO Priya d/o Rajendran): post-op", "Priya d/o Rajendran"),
    ("\n - Muthu a/l Raman (emp OL-00412) -- DOB", "Muthu a/l Raman"),
    ("Treating doctor: Dr Aniket V. Kulkarni, MS", "Kulkarni"),
    # an address after a cue without a colon: resident of (r/o), "address" before a number
    ("Gurpreet Singh s/o Baldev Singh, 34/M, r/o H. No. 2271, Gali No. 4, Basti Jodhewal",
     "H. No. 2271, Gali No. 4, Basti Jodhewal"),
    ("UHID CL-BLR-771804; address #47, 3rd Cross, 6th Main, HAL 2nd Stage", "#47, 3rd Cross"),
    # a British postcode after its label, whole (its letters were left: "2RT"); a bank's branch
    ("Address: 18 HEOL Y NANT, PONTYPRIDD   Postcode: CF37 2RT\n   National", "CF37 2RT"),
    ("Payee bank: BSB 062-914 acct 1044 7720", "062-914"),
    # an Irish county and the town before it; a town named like a state, before a state
    ("Apt 12, The Maltings, Water Street\nMallow, Co. Cork\nP51 TX92", "Mallow"),
    ("Apt 12, The Maltings, Water Street\nMallow, Co. Cork\nP51 TX92", "Cork"),
    ("Northland Urgent Care - Virginia, MN   NUC-558210", "Virginia"),
    # a user name made of an initial and a surname, as an eMAR signs a dose
    ("  03/31  1700  GIVEN     40 MG   DSOUSA    Doc: BP 118/64", "DSOUSA"),
    # a plate after a hearse or a trailer
    ("truck reg CA 447-120, trailer CA 447-121.", "CA 447-121"),
    # an address told in a patient's message, in lower case, and its town
    ("my new address is 1930 tara key in ashleystad N5L 6Y8. u can call me", "1930 tara key"),
    ("my new address is 1930 tara key in ashleystad N5L 6Y8. u can call me", "ashleystad"),
    ("my new address is h.no. 47, kalla chowk in hajipur 805446.", "h.no. 47, kalla chowk"),
    # the label of an address in other languages, or with a word that says which one
    ("Adresse: 47, rue Paul Bert, 69003 Lyon ; tél. 06 55 50 14 47", "47, rue Paul Bert"),
    ("Adresse principale: 4471, boul. Lévesque Est, app. 302, Laval", "4471, boul. Lévesque Est"),
    ("Domicilio: Cra 27 # 45-12, Apto 502, Torre 2, barrio Cabecera", "Cra 27 # 45-12, Apto 502"),
    ("Address (home): Rosemary Cottage, 2 Chapel Lane, Ditchling", "Rosemary Cottage"),
    # a town whose name holds a country's or a month's ("Tecomán" is no "tec" and "Oman")
    ("Moved to Tecomán in 2019 with her sister.", "Tecomán"),
    ("Lives in Koreatown with her sister.", "Koreatown"),
    # the sender of a message in a chat app's export, kin word and all
    ("14/01/24, 21:43 - Pinky Didi: 7 am?? Who will take her", "Pinky Didi"),
    ("[18/05/2024, 07:05:12] Auntie Pearl: Pray pray pray", "Auntie Pearl"),
    # an age over 89 after a person and a verb, as families write it
    ("Mum is 95, she'll be 96 on the 3rd of May.", "95"),
    ("Mum is 95, she'll be 96 on the 3rd of May.", "96"),
    ("dad's 97 now and still drives", "97"),
    # a surname nobody knows after "doctor", as a caller says it
    ("mi doctor is doctor brissett. please call mi back", "brissett"),
    # a month and day after a word that dates it
    ("Wearable defibrillator fitted 2/10. HF NP to call 8/12.", "2/10"),
    ("Wearable defibrillator fitted 2/10. HF NP to call 8/12.", "8/12"),
    # a surname after a given name the word lists hold as a word, after a title
    ("Our GP Dr Sandeep Ahluwalia has referred her.", "Ahluwalia"),
    # dates in lower case: "dec" and "mar" before a day no month can be, a weekday and "the"
    ("also the modem light isnt syncing, data stopped dec 29", "dec 29"),
    ("since sat the 8th but worse tonight", "sat the 8th"),
    # a caller's name after a hesitation, a title or a cue of West African English
    ("hi um good morning this is uh ruth ann bellamy calling about my husband", "ruth"),
    ("good mawning nurse dis is miss hyacinth campbell from four paths", "hyacinth"),
    ("good evening ma this na chidinma okeke wey dey come antenatal", "chidinma okeke"),
    ("mi grandson dwayne check mi pressure wid di machine", "dwayne"),
    # a dictated letter's reference: the author's initials and the typist's
    ("Sigrid Haugland, M.D.\nSH/dmb   cc: Ingrid Solberg", "SH/dmb"),
    ("R. Estrada-Quinn, MD   REQ/ss   cc: Dr. Lavallee", "REQ/ss"),
    # a date-shifted year, as challenge corpora shift them; a day of this or next month
    ("PCI x2 (RCA 2099, LAD/OM2 January 2101), T2DM", "January 2101"),
    ("scheduled for catheterization on the 21st of this month. Please", "21st of this month"),
    # Australia's Medicare number with its reference, after "number is"; a Philippine block
    # and the crosses and mains of Bengaluru
    ("Wayne's Medicare number is 2953 70416 1-2 if you need it.", "2953 70416 1-2"),
    ("Medicare: 4126 55031 7 3\nDVA file no.: VX047381", "4126 55031 7 3"),
    ("address po Blk 12 Lot 7 Sampaguita St., Brgy. Concepcion Uno", "Blk 12"),
    ("Address for correspondence: No. 14, 3rd Cross, 5th Main, Malleswaram", "3rd Cross"),
    # a surname before a credential and a colon stays one; copies to names in lower case
    ("Smith RN: reviewed the chart", "Smith"),
    ("cc: tom reyes, np", "tom reyes"),
    # a dictated letter's reference before its copies, and after "by", whatever its letters
    ("Endocrinology\nIP:rfc   cc: Dr. T. Moravec", "IP:rfc"),
    ("Fax sent 09:40 Attn: Abby.   Sent by AS/mh\n", "AS/mh"),
    # streets: a name with accents, a Canadian unit before the house, Calgary's numbered avenues
    ("with his aunty at 31 Tākapu Road, Waitangirua, Porirua 5024", "31 Tākapu Road"),
    ("residence 807-1250 Quayside Dr, New Westminster V3M 6E2", "807-1250 Quayside Dr"),
    ("bed CRF-22, 203 15 Ave SE, Calgary, AB T2G 1G4", "203 15 Ave SE"),
    # a Māori name's article, a letter's reader, a user name after "user name", an age's word
    ("- Te Ariki Herewini-Paul, 6 yrs (DOB 20/01/2019), attends", "Te Ariki"),
    ("Dear Mere,\n\nRE: Thomas Arthur BRANDT", "Mere"),
    ("Portal user name: kszymanski   DOB 04/03/1990", "kszymanski"),
    ("Date de naissance: 24 mars 1929    Âge: 95 ans", "95 ans"),
    # a letter and four digits after a name in brackets, or before "exp" or "per", stay masked
    ("REDCLOUD,VERNON JAMES   (R4417)   SSN: 000-12-4417", "R4417"),
    ("State licenses: TX Q4471 (exp. 08/31/2026); LA MD", "Q4471"),
    ("last-initial/last-four M7704 per VA policy.", "M7704"),
    # the word before a surname found alone that is more of the name
    ("Mouse arrived at 10:20 (confirmed by worker Precious Mensah).", "Precious"),
    ("SCRUB: L. Danforth, R.N.   CIRCULATOR: Peg Huddleston, R.N.", "Peg"),
    ("Recorded: A. Ngata-Moore 14/03/2025 16:55; site note J. Te Rangi 15/03/2025", "J. Te"),
    ("Person detained: Raylene Suzette Garza-McBride    DOB: 04/04/1970", "Garza"),
    # a town of the world's list, though it reads as two words or a drug's ending
    ("repeat CBC tomorrow AM at Antipolo lab, strict fluid intake", "Antipolo"),
    ("previously under Harrogate and District NHS Foundation Trust", "Harrogate"),
    # India's ABHA addresses and UPI ids, user names in a log's column or after "Operator:"
    ("ABHA address: jyotsna.parmar@abdm\nRation card", "jyotsna.parmar@abdm"),
    ("we can do UPI to shubhamhosp.homecare@okhdfc or cash.", "shubhamhosp.homecare@okhdfc"),
    ("2025-03-02T06:14:07Z   jfontaine         RN NICU", "jfontaine"),
    ("2024-07-01 06:58:12,rgallo,RN,fingerprint,FPT-229", "rgallo"),
    ("31/01/2025 17:42   Operator: lpeacock\nInvoiceNo,Patient", "lpeacock"),
    # towns named with "upon" or a hyphen's "on", Dublin's postal districts
    ("Child Benefit Office, PO Box 1, Newcastle upon Tyne NE88 1AA.", "Newcastle upon Tyne"),
    ("moved to Stoke-on-Trent and Southend-on-Sea last year", "Southend-on-Sea"),
    ("Harbour Court, 22 Quay Road, Dublin 8  |  Tel +353 1 555 0400", "Dublin 8"),
    # a Canadian postal code and the town before its province (no ventilator's model)
    ("1015 Upper James Street, Hamilton ON L9C 3A6", "L9C 3A6"),
    ("1015 Upper James Street, Hamilton ON L9C 3A6", "Hamilton"),
    # a nurse's note in lower case: relatives after the relation, staff after or before the role
    ("visitors: wife rose, dtrs hope and faith. social: dtr renata is hcp", "rose"),
    ("visitors: wife rose, dtrs hope and faith. social: dtr renata is hcp", "faith"),
    ("visitors: wife rose, dtrs hope and faith. social: dtr renata is hcp", "renata"),
    ("wife shelley and son brodie driving down from the farm", "brodie"),
    ("restraints applied per policy at 0130, md feeney notified.", "feeney"),
    ("floor tomorrow if bed avail. pruitt rn to assume care at 1900.", "pruitt"),
    ("kuznetsov.\nj. whitfield rn / m. adeyemi rn", "m. adeyemi"),
    # holidays that are a day by "Day", and the words that tie a day to a date
    ("born on Canada Day this year; passed on Remembrance Day 2013", "Canada Day"),
    ("born on Canada Day this year; passed on Remembrance Day 2013", "Remembrance Day"),
    ("then last year, on the Monday after Heritage Day, she phoned", "the Monday after"),
    ("The call came on the Sunday before Thanksgiving 2022.", "the Sunday before"),
    ("married on the last Saturday of September 1963 at St Mary's", "last Saturday of"),
    # a numbered county or state road
    ("in the family farmhouse on County Road 14, about four miles north", "County Road 14"),
    ("he died on State Highway 2 near Mangatainoka", "State Highway 2"),
    # a town named for a feature of the land, after a preposition of place or "at"
    ("58 yo f from Portage Bend, brought by ems after mvc", "Portage Bend"),
    ("stemi on 5/2 while fishing at Tamarack Point. taken by ambulance", "Tamarack Point"),
    ("Spoke with Mrs. Day 13 days ago; Doris Day called back", "Day"),
    # a speaker before an English verb and a colon stays a name
    ("Tsetsegmaa writes: ok, see you then", "Tsetsegmaa"),
    ("1) Subject 0307-0012 — SAE acute kidney injury", "0307-0012"),
]

KEPT = [
    # the punctuation a German dictation speaks
    (
        "Sehr geehrte Frau Kollegin Komma wir berichten über Ihre Patientin Punkt Absatz Die"
        " Patientin wurde am Montag aufgenommen Punkt",
        "Komma",
    ),
    # times and references apart by a slash are no telephone numbers
    ("hydrocortisone 15 mg/5 mg at 0700/1400.\nCRITERIA: 2010 ACR/EULAR", "0700/1400"),
    # an ICD-10 code of the circulatory chapter and oxygen are no misread numbers
    ("Dx: I10 essential hypertension; SpO2 94% on O2 2 L via NC", "I10"),
    ("Dx: I10 essential hypertension; SpO2 94% on O2 2 L via NC", "O2 2 L"),
    # a record's keys with capitals, a duration in German
    ('"clinic_baseline": {"ppFEV1": 78, "FEV1_L": 3.18, "set_on": "2023-11-14"}', "FEV1_L"),
    ('"clinic_baseline": {"ppFEV1": 78, "FEV1_L": 3.18, "set_on": "2023-11-14"}', "ppFEV1"),
    ("Zolpidem 10 mg N1, ½ Tbl. zur Nacht bei Bedarf, max. 14 Tage", "Tage"),
    # a participle before a date opening a line is no place
    (
        "Sehr geehrte Frau Kollegin, wir berichten über Ihre Patientin, die sich bei uns zur"
        " Behandlung befand.\nMontag, 12.03.2024 Visite\nSigned, 12.03.2024",
        "Signed",
    ),
    # a record's key and a lithium disilicate crown are no user names
    ("meldung.typ=Erstimplantation\naggregat.hersteller=Medtronic", "aggregat.hersteller"),
    ("Material: IPS e.max Press (lithium disilicate), shade A2", "e.max"),
    # C-reactive protein and chronic renal failure (no council's licence without its state),
    # a Malaysian clinic named by its specialty, a laboratory named by its technique
    ("CRP 45.2 mg/L, CRF stage 3, CRO-sponsored trial", "CRP 45.2"),
    ("ARAHAN\n - TCA Klinik Kardiologi 6 minggu (19 April 2024)", "Klinik"),
    ("Serviço de Cardiologia — Laboratório de Ecocardiografia\nRELATÓRIO", "Laboratório"),
    # a DICOM tag as pydicom prints it, CDT codes in a text about teeth, an orthodontic wire's
    # size, an endodontic file's size and taper, orthodontic eponyms and dental brands; a
    # number before a French word for a course that is no street
    ("(0008, 0020) Study Date  DA: '20240611'", "0008"),
    ("(0008, 0020) Study Date  DA: '20240611'", "0020"),
    ("Dental ledger\n11/19/2024  BRD  D4910  --  Periodontal maintenance  168.00", "D4910"),
    (
        "Gingivitis generalised; recall 3 months for tooth 46, then D4910 at 3-month interval.",
        "D4910",
    ),
    ("12/13/22 | ADJ | .019x.025 NiTi / same | -- | decal UL2", "019x.025"),
    ("Canals shaped with WaveOne Gold to 25/.07 at working length.", "25/.07"),
    ("Cephalometric analysis (McNamara, Ricketts) shows a Class II skeletal base.", "McNamara"),
    ("Cephalometric analysis (McNamara, Ricketts) shows a Class II skeletal base.", "Ricketts"),
    ("Aligners: Invisalign 22 stages, then Vivera retainers; Clinpro 5000 at night.", "Invisalign"),
    ("Il suit 2 cours de natation par semaine et marche tous les jours.", "2 cours"),
    # a colleague addressed in Italian, words after Italian labels of a user, a chemical's
    # symbol in brackets in German, radiotherapy's dose-volume metrics, food brands, a date's
    # day before a year (no street's number), frequencies in a list, an acronym in capitals
    # before a given name
    ("Caro Collega,\nle invio la paziente per una valutazione.", "Collega"),
    (
        "L'operatore sanitario ha registrato i parametri; l'utente lavora come magazziniere.",
        "sanitario",
    ),
    ("Agens: Kohlenmonoxid (CO). Ursache laut Feuerwehr: defekte Therme.", "CO"),
    ("PTV D95% 98.2%, Dmean 1.2 Gy, Dmax 51 Gy, cord D0.03cc 44 Gy, V20Gy 24%", "Dmean"),
    ("Breakfast: 2 Weetabix with milk, Oreos at 3pm, Nutella toast", "Weetabix"),
    ("Rule recap: since July 1, 2023 Medicare requires the JZ modifier", "Medicare"),
    ("H1: average of 500, 1000, 2000 Hz not more than 25 dB", "Hz"),
    ("ICU Maria called back", "ICU"),
    ("Laatste maaltijd\nzaterdag 18:30. Mictie zonder klachten", "zaterdag"),
    # a sentence after the word for the patient
    ("Informação ao utente: A receita pode ser dispensada em qualquer farmácia", "A receita"),
    # a specialty alone or with its kind, "Medical" as an adjective, a valve's maker, a ministry
    ("Consultant: Dr A. Rahman, Chemical Pathology", "Chemical Pathology"),
    ("Paediatric Neurology clinic", "Paediatric Neurology"),
    ("RN CHPN. Medical director Dr. Harlan Okereke.", "Medical"),
    ("mitral valve replacement (St Jude Medical bileaflet, 2006)", "St Jude Medical"),
    ("Ministry of Health - Assistive Devices Program", "Ministry of Health"),
    ("Poli Mata;H25.1;Katarak", "Poli"),
    # "the most" in Japanese
    ("転ばないかが一番心配", "一番"),
    # a disease named for its describer, a laxative, a vaccine's maker, an HL7 code and its
    # coding system, a count after masks, a word after a time, a reviewer's rank
    ("rejected given Barrett's and BMI.", "Barrett's"),
    ("PEG 3350 (GoLYTELY) 4 L split prep", "PEG 3350"),
    ("1st Dose       Pfizer  EN6201        1 / 14 / 21", "Pfizer"),
    ("RXR|C38299^Subcutaneous^NCIT|LA^Left Arm^HL70163", "C38299"),
    ("RXR|C38299^Subcutaneous^NCIT|LA^Left Arm^HL70163", "HL70163"),
    ("score ** 3", "3"),
    ("07:20  callback list: +353 87 241 8830", "callback"),
    ("Reviewer: board-certified in pediatric pulmonology", "board-certified"),
    ("Technologist comments: repeat not required.", "comments"),
    # Japanese: a drug and its brand after its dose, a weight and the last one, a form's label
    # and its value, a heading spaced out, a time of day and an order; a generic institution
    ("　オピカポン25mg（オンジェンティス） 1日1回", "オピカポン25mg"),
    ("　体重 58.2kg（前回 59.0kg）", "58.2kg"),
    ("続柄 父　性別 男　職業 会社員", "性別 男"),
    ("健 康 保 険　被 保 険 者 証", "健 康"),
    ("1日1回 就寝前 追加", "就寝前 追加"),
    ("当院に入院、大学病院へ紹介", "大学病院"),
    ("続柄 父　生年月日 昭和40年4月3日", "生年月日"),
    # an institution's kind, an English heading, a specialty, an acronym after a head
    ("Hospital Course: uneventful", "Hospital Course"),
    ("Hospital de Día de Oncología", "Hospital"),
    ("treated for CAP Treated with ceftriaxone", "CAP Treated"),
    ("CAP CURB-65 3 -> improving", "CAP CURB-65"),
    # makers alone and a model's code after its name, a lead's model and length, a model after
    # "modelNumber" or "modelo", a tuberculosis regimen, units in words and other scripts,
    # Vietnamese form words whose first syllable is a name
    ('"modelNumber":"W1DR01","manufacturer":"Medtronic"', "Medtronic"),
    ('"modelNumber":"W1DR01","manufacturer":"Medtronic"', "W1DR01"),
    ("Medtronic Azure XT DR MRI SureScan (W1DR01)   SN RNB412587S", "W1DR01"),
    ("SureScan, modelo W1DR01, nº de série RNB604213S", "W1DR01"),
    ("RA lead   : CapSureFix Novus MRI 5076-52 cm   SN PJN7712340", "5076-52"),
    ("System Philips EPIQ CVx, X5-1 transducer", "Philips EPIQ"),
    ("Stryker rep Trent Mabry called", "Stryker"),
    ("TPT: 3HP (isoniazid + rifapentine) completed", "3HP"),
    ("метформін 1000 мг 2 р/д", "1000"),
    ("ميتفورمين 1000 ملغ مع الإفطار", "1000"),
    ("Metformin 1000 milligrams twice daily", "1000"),
    ("heparyna 3000 j. bolus + 1000 j./h", "1000"),
    ("risks: perforation 1 in 1000, expulsion 1 in 20", "1000"),
    ("Phương pháp điều trị: Ceftriaxone 2 g/ngày", "Phương"),
    ("Họ và tên: Nguyễn Văn Tùng　　Năm sinh: 1969　　Nam/Nữ: Nam", "Năm"),
    ("Giới tính của con: Nam        Cân nặng: 3.250 gram", "Nam"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI CHỦ NGHĨA"),
    ('"deviceName":[{"name":"MiniMed 780G","type":"manufacturer-name"}],"modelNumber"',
     "MiniMed 780G"),
    # LOINC codes in a text that names LOINC, an echo's method, a balance score, a standard,
    # a virus's lineage, a body surface after a decimal comma
    ("Creatinine  0.74  mg/dL  0.5-1.1  2160-0\n(codes: LOINC)", "2160-0"),
    ("FEVG 58 % (Simpson biplan); EF by biplane Simpson 62 percent", "Simpson biplan"),
    ("A: Continues to improve; Berg now at 47/56 (MCID reached)", "Berg"),
    ("Laboratory accredited to ISO 15189:2022", "ISO 15189:2022"),
    ("Booster: XBB.1.5 monovalent, 0.3 mL IM", "XBB.1.5"),
    ("eGFR (CKD-EPI)   19    mL/min/1,73m²  >60", "1,73m²"),
    ("Vitals: BP 120/80, 99 F, HR 88; G-CSF given; DICOM C-FIND to PACS", "99 F"),
    # a province before its postal code, a herb, a burns chart, a skin's type, a clotting test
    ("27 Earl Street, Kingston, Ontario K7L 2G6, revoke any previous power", "Ontario"),
    ("enzyme inducers: rifampicin, carbamazepine, St John's wort.", "St John's"),
    ("BURN ASSESSMENT CHART (Lund & Browder)", "Lund & Browder"),
    ("Risk profile: Fitzpatrick II, >100 naevi", "Fitzpatrick II"),
    ("20WBCT at 20 min: unclotted; repeat 20WBCT 6-hourly", "20WBCT"),
    # "medical" in Sinhala before a certificate, not a doctor before a name
    ("වෛද්‍ය සහතිකය / MEDICAL CERTIFICATE", "සහතිකය"),
    # a page's number, a province's code, a count's power of ten, an analyser, phrases that
    # hold names, a role under a column of people
    ("Page 1/1\nPatient ID: 7702318", "1/1"),
    ("420 Hazeldean Rd, Kingsford, ON L4T 2M8", "ON"),
    ("B-Eosinofila 0,9 x10⁹/L (förhöjt)", "x10⁹/L"),
    ("Mäliaðferð: Roche cobas e801 (Elecsys), Sysmex XN.", "Roche cobas e801"),
    ("health check for Aboriginal and Torres Strait Islander people", "Torres Strait Islander"),
    ("Estadio clínico probable Ann Arbor IIB con masa bulky", "Ann Arbor"),
    ("UC surveillance, Mayo endoscopic score 1.", "Mayo"),
    ("Ingen holdepunkt for Lynch syndrom ut fra MMR-status.", "Lynch"),
    ("PD-L1 TPS 60 % (22C3).", "22C3"),
    ("Potassium [Moles/volume] in Serum or Plasma", "Moles"),
    ("| Task | Owner | Due |\n|---|---|---|\n| SAE form review | PI | 24 May |", "PI"),
    # tests named for people, a resident, the clinician on call
    ("Blood Wassermann ++++.  E.S.R. (Westergren) fortnightly; Salk vaccine given", "Westergren"),
    ("Res refuses at times; family aware & agrees", "Res"),
    ("NOTIFIED:\n  On-call NP via answering service", "On-call"),
    # a rare English word or a medical word behind a prefix, after "by" too
    ("Fundus firm. Lochia rubra, moderate. Enrollee co-pay applies.", "Lochia"),
    ("PDA was closed by transcatheter device closure at 5 weeks.", "transcatheter"),
    # a code after its system's key in JSON
    ('{"date": "2024-02-09", "type": "WCC 2 mo", "cpt": "99391"}', "99391"),
    # variants as reports write them without "p." or "c.", ACMG criteria, a chromosome band
    ("CFTR Phe508del (F508del) and Leu939Trp; BRCA1 185delAG, 5382insC", "185delAG"),
    ("CFTR 3849+10kbC>T in trans; PM2_Supporting, PS4_Moderate met", "PM2_Supporting"),
    ("Microarray: 22q11.2 deletion (2.5 Mb), Arg853Gln of uncertain significance", "22q11.2"),
    # an antiretroviral regimen, a count's power of ten
    ("Regimen TDF/3TC/DTG since 2019, previously TDF+3TC+EFV", "TDF/3TC/DTG"),
    ("Plaquettes 210 x 10³/µL, GB 5,2", "10³/µL"),
    # the name a newborn is registered under before one is given
    ("BABY'S SURNAME ........ DELA CRUZ\nBABY'S FIRST NAME ..... BABY GIRL", "BABY GIRL"),
    # a FHIR reference to a clinical resource (a patient's stays masked)
    ("ERROR  Observation/vs-01   code missing; WARN  Condition/c-20  display", "Observation/vs-01"),
    # a record's key in snake case that holds a digit; an e-mail's header in Dutch
    ('{"afib_history_burden_pct": 6,\n  "bp_readings_7d": {"mean_sys": 138}}', "bp_readings_7d"),
    ("Van:       Sanne de Wit-Hoekstra <sanne@example.nl>\nAan:  poli@example.nl", "Van:"),
    # a heading or an institution's name in capitals that a Romance particle joins
    ("INSTITUTO MEXICANO DEL SEGURO SOCIAL\nNOTA DE EVOLUCIÓN MATUTINA\nFecha: 14/03/2024",
     "EVOLUCIÓN"),
    ("INSTITUTO MEXICANO DEL SEGURO SOCIAL\nNOTA DE EVOLUCIÓN MATUTINA\nFecha: 14/03/2024",
     "INSTITUTO MEXICANO"),
    # a dose's number in a column before a date
    ("Pentavalent 2                       Marso 15, 2024                    RN Alonzo",
     "Pentavalent 2"),
    # words of ICD-10-CM's descriptions that no general word list holds
    ("Findings:\nMUSCULOSKELETAL\n  L knee: stable. Unstageable pressure injury, sacrum.",
     "MUSCULOSKELETAL"),
    ("Findings:\nMUSCULOSKELETAL\n  L knee: stable. Unstageable pressure injury, sacrum.",
     "Unstageable"),
    # a time zone and a label after a time, an abbreviation opening a log's entry
    ("Report generated: 03/18/2024 06:00 CDT    Source: Clarity AUDIT", "CDT"),
    ("DD: 03/14/2024 14:22  DT: 03/15/2024 08:01  Job #4471", "DT"),
    ("22:15  VE: cervix 7 cm, station 0, membranes intact", "VE"),
    # a Korean role's word that is no name, a department of a village's word, a log's
    # heading that reads like a chat's line, an eponym after Vietnamese "disease"
    ("간호사 확인 후 투약", "확인"),
    ("TB TREATMENT CARD - Barangay Health Station / Rural Health Unit", "Health Station"),
    ("08/15/2093 06:00 - Night shift summary: Resident slept most of the night.",
     "Night shift summary"),
    ("Bác Tư có tiền sử bệnh Parkinson, đang uống thuốc", "Parkinson"),
    # a provider's taxonomy code; a bill's revenue codes and CPT codes, in a line with its
    # modifier column, or in brackets in a statement that charges an ICD-10 code
    ("33b. ZZ207X00000X   acceptable provider type (MD, 207Q00000X)", "207Q00000X"),
    ("UB-04 statement: revenue codes 0450 emergency, 0300 lab. Card on file ending 0378.",
     "0450"),
    ("CMS-1500 line 1:\n03 18 24   03 18 24    11          99214       25            ABE",
     "99214"),
    ("Dx E11.9\n04/18/24  Lipid panel (80061)     $38.00", "80061"),
    # a location and a specimen's source in HL7 written with carets, a FHIR export's type, a
    # LOINC code as a coding's code, a table's header of initials
    ("PV1|1|E|ED^TRK12^^NWMC||||1790433021^KUROSAWA^EMI|", "ED^TRK"),
    ("OBR|1|PLC-55093114^EPIC||||20240507021400|||||||||Blood^Venous|", "Blood^Venous"),
    ('[ { "type": "Patient", "count": 11 } ]', "Patient"),
    ('{"system":"http://loinc.org","code":"59408-5","display":"Oxygen saturation"}', "59408-5"),
    ("Site\tInitials\tYOB\tMRN", "YOB"),
    # glued names of products and services, abbreviations in mixed case, common words behind
    # a prefix, numbered rooms and wards, a limit before its amount, a word cut short
    ("Sent by FedEx; results to the WeChat group; PEth 212 ng/mL; LCx stenosis 70%.", "FedEx"),
    ("Sent by FedEx; results to the WeChat group; PEth 212 ng/mL; LCx stenosis 70%.", "WeChat"),
    ("Sent by FedEx; results to the WeChat group; PEth 212 ng/mL; LCx stenosis 70%.", "PEth"),
    ("Risk of refeeding noted. Contraindications reviewed, Unwitnessed fall last week.",
     "Contraindications"),
    ("Risk of refeeding noted. Contraindications reviewed, Unwitnessed fall last week.",
     "Unwitnessed"),
    ("Location: MICU, Room 4B bed 2; transferred from Ward 22 Respiratory.", "Room"),
    ("Location: MICU, Room 4B bed 2; transferred from Ward 22 Respiratory.", "Ward"),
    ("Take 1 tablet every 6 hours as needed. Max 4 tablets/day.", "Max"),
    ("Telefonat mit Pat. am Montag: keine Synkopen. Pat.-Nr. 05-017", "Pat"),
    # a tag of another kind than a plate under a "Tag" column
    ("Seq | File                 | Tag\n01  | IMG_0412_face.jpg    | PHI-PHOTO\n"
     "02  | IMG_0413_site.jpg    | CLIN-PHOTO", "PHI-PHOTO"),
    # a code in a quoted list's cell, a state's code under its key, a UID the DICOM standard
    # defines, an HL7 message's sending application, a unit of radioactivity, an average
    ('"1220871","14/08/2015","3307 81924 4","XR","XR Elbow Left","Dr Summer Ali"', '"XR"'),
    ('{"city": "Kayenta Flats", "state": "AZ", "postalCode": "86033"}', "AZ"),
    ("SOP Class UID: 1.2.840.10008.5.1.4.1.1.3.1 (DICOM)", "1.2.840.10008.5.1.4.1.1.3.1"),
    ("MSH|^~\\&|LORENZO|RTH|TRAKCARE|OPD|20240108112204||SIU^S12|LOR-55|P|2.4", "LORENZO"),
    ("Tc-99m HDP | 600  MBq     | 606 MBq  | RW", "MBq"),
    ("Cube Avg Thickness (µm)  273\nAverage RNFL Thickness   86 µm", "RNFL Thickness"),
    # a common word of a note in another language that a town spells too, opening a line
    (
        "Receta: losartán 50 mg tabletas con agua.\nTomar 1 cada 12 horas por la mañana y por "
        "la noche durante el mes de tratamiento.\nEste certificado no es válido sin la firma.",
        "Tomar",
    ),
    # MedDRA's codes, an investigational product's code before its dose, a hearing test's
    # frequencies, international units in German and Spanish, HL7 fields and OIDs, a JSON key
    ("MedDRA 26.0: Drug-induced liver injury (PT 10072268). Liver biopsy", "10072268"),
    ("ARM: TRT A = CRX-771 300 mg SC Q2W; TRT B = placebo", "CRX-771"),
    ("Freq (Hz)      500  1000  2000  3000  4000  6000  8000\nBaseline R   10", "4000"),
    ("STEMI Hinterwand, Heparin 5000 IE, ASS 250 mg", "5000"),
    ("heparina sódica 5000 UI iv; se activa Código Infarto", "5000"),
    ('[tcl] PV1.19 "V240912" -> PB.visit OK; MSH|^~\\&|', "PV1.19"),
    ('<id root="2.16.840.1.113883.4.6" extension="1902117466"/>', "2.16.840.1.113883.4.6"),
    ('{"ts": "2024-11-29T08:01:17-07:00", "lat": 33.41516, "lon": -111.83152}', "lon"),
    # eponyms before their head or after a disease's word in other languages
    ("no spontaneous nystagmus (with Frenzel goggles); NBST (Guthrie card) sent", "Frenzel"),
    ("sin datos de enfermedad de Graves; sospecha de hipercortisolismo", "Graves"),
    ("Serum gefr. ACTH, Cortisol (V.a. Morbus Addison)", "Addison"),
    # common Vietnamese words ("Chẩn đoán" is diagnosis), the country and the sex "Nam"; a
    # disease, a province and a given name that a town's name spells
    ("Chẩn đoán: Sốt xuất huyết. Trưởng khoa: Lâm Quang Vinh", "Chẩn đoán"),
    ("Giới: Nam   Quốc tịch: Việt Nam", "Nam"),
    ("不完全川崎病？建议IVIG", "川崎"),
    ("籍贯：湖南省湘潭县", "湖南"),
    ("accepting (张秀英) for STEMI", "秀英"),
    # eponyms standing alone for an instrument, a test or a disease
    ("Budd-Chiari syndrome excluded on Doppler.", "Doppler"),
    ("OGT, Foley 16 Fr, Pt pulling at Foley tubing", "Foley"),
    ("6MWT 342 m, SpO2 nadir 88%, Borg 7", "Borg"),
    ("a man with Parkinson's did not get his tablets", "Parkinson's"),
    # DICOM: a dump's codes, numbers and attribute names, a report's coded concepts, storage
    # classes and machines' titles, an audit message's codes
    ("(0002,0000) File Meta Information Group Length  UL: 196", "Meta Information"),
    ("(0008,0016) SOP Class UID   UI: CT Image Storage", "CT Image Storage"),
    ("(0018,1151) X-Ray Tube Current   IS: '142'", "142"),
    ('<contains NUM:(113830,DCM,"Mean CTDIvol")="48.2" (mGy,UCUM,"mGy")>', "113830"),
    ('Called AE: PACS_GW2  Peer MAC 00:1B:63:84:45:E6', "PACS_GW2"),
    ('<EventID csd-code="110103" codeSystemName="DCM" originalText="Export"/>', "110103"),
    # Spanish words after "por" that read like a user's login
    ("rehabilitación física 3 veces por semana; evaluación por imagen", "semana"),
    ("visit,measure,value,unit\n1,weight,1.92,kg\n2,weight,2.21,kg\n3,weight,3.30,kg", "\n2,"),
    ("FIX:C (Christmas factor) 0.87; Haemophilia B (Christmas disease) excluded", "Christmas"),
    ("W0417 24 301188 O NEG  E0382V00  K-neg (screened)", "E0382V00"),
    # a visit's times, a route sheet's times after a row's number, muscle grades, visits a
    # week, an OASIS item's code in brackets
    ("Visit date: 03/11/2024    Time in: 0905    Time out: 1010", "0905"),
    ("Visit date: 03/11/2024    Time in: 0905    Time out: 1010", "1010"),
    (" 1   0800   TAUROA, Hemi (ZKP4417)       14 Kowhai St", "0800"),
    ("  Quadriceps                    3-/5 (ext lag) 4+/5", "3-/5"),
    ("PLAN\nPT 3w2, 2w3 (13 visits).", "3w2"),
    ("(M0014) Branch State: IL      (M0016) Branch ID: Q8211045", "M0016"),
    ("SPREC: PL1 = EDTA-Plasma, RNA = PAXgene Blood RNA Tube", "RNA"),
    ("Care coordinator: Jamal Prescott, RN (MCO)", "MCO"),
    ("the lesion MM 3 cm on the left; no cross-reactivity", "MM 3"),
    ("bezafibrato no por ahora; traitement par amoxicilline-acide clavulanique", "ahora"),
    ("bezafibrato no por ahora; traitement par amoxicilline-acide clavulanique", "amoxicilline"),
    ("| HFrEF                          | C09DX04  | 2021       | Y", "C09DX04"),
    # a standard's address, a code's field in FHIR and CDA, a coding's display, a logger's
    # name, an X12 envelope's parties, time and control numbers, HL7 fields of codes
    ('"system": "http://loinc.org", "code": "4548-4"', "http://loinc.org"),
    ('"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"', "hl7.org/fhir"),
    ('{"resourceType": "Patient", "id": "p-1"}', "Patient"),
    ('<telecom value="tel:+1-270-555-0135" use="HP"/>', "HP"),
    ('"interpretation":[{"coding":[{"code":"H","display":"High"}]}]', "High"),
    ("2024-04-02 10:11:38,204 INFO  [ADT-IN-ONT] received ADT^A08", "ADT-IN-ONT"),
    ("ISA*00*          *00*          *ZZ*MIDLANDCLINIC  *ZZ*AVAILITY       *240415*0932*^*"
     "00501*000004417*0*P*:~\nNM1*PR*2*BLUE HARBOR~", "AVAILITY"),
    ("ISA*00*          *00*          *ZZ*MIDLANDCLINIC  *ZZ*AVAILITY       *240415*0932*^*"
     "00501*000004417*0*P*:~\nNM1*PR*2*BLUE HARBOR~", "000004417"),
    ("AL1|1|DA|70618^Penicillin^RXNORM|MO|Hives", "70618"),
    # number words that are no day before a month's word
    ("T 37.5° mañana sin fiebre", "37.5°"),
    # counts glued to Chinese words; roles beside a Chinese name; Vietnamese headings and
    # words that open with a family name; Korean labels after a role
    ("查体：BP 162/94 mmHg，HR 98次/分，双肺底", "98次/分"),
    ("既往史：高血压10年，服氨氯地平 5mg qd", "高血压10年"),
    ("医师签名：赵（副主任医师）  Zhao L.", "副主任医师"),
    ("送检医生：黄   采样时间：2024-05-17", "送检"),
    ("TÓM TẮT HỒ SƠ BỆNH ÁN\nHọ và tên: Nguyễn Văn Tùng", "HỒ SƠ BỆNH ÁN"),
    ("보호자 연락처: 언니 이슬 010-4827-3310", "연락처"),
    # a word cut short before a full stop; a user agent's products and a request's status
    ("Occ. furnace tender, Beltrami Steel & Wire Co.", "Occ"),
    ("Diag. Dementia paralytica (general paresis)", "Diag"),
    ('"GET /fhir/r4/Patient?_id=x HTTP/1.1" 200 1822 "-" "Mozilla/5.0 (iPhone)"', "200 1822"),
    ('"GET /fhir/r4/Patient?_id=x HTTP/1.1" 200 1822 "-" "Mozilla/5.0 (iPhone)"', "Mozilla/5.0"),
    ('"GET /fhir/r4/Patient?_id=x HTTP/1.1" 200 1822 "-" "-"', "fhir/r4/Patient"),
    ("(iPhone; CPU iPhone OS 17_6 like Mac OS X) okhttp/4.12", "17_6"),
    # a LOINC code in its own cell of an export that names LOINC; SNOMED CT concepts in a
    # text that names SNOMED; units and form numbers in Cyrillic
    ("specimen_id,loinc,analyte\nUDS-1,19295-5,Opiates", "19295-5"),
    ('{"loinc": "4548-4", "display": "Hemoglobin A1c"}', "4548-4"),
    ("SNOMED problems: hypertension 38341003, COPD 13645005", "38341003"),
    ("SNOMED problems: hypertension 38341003, COPD 13645005", "13645005"),
    ("SCTID 11000001102 (an extension's concept)", "11000001102"),
    ("СЧ 128/мин, лейкоциты 7,8×10⁹/л, S 38 см²", "128/мин"),
    ("СЧ 128/мин, лейкоциты 7,8×10⁹/л, S 38 см²", "10⁹/л"),
    ("Медицинская документация, форма № 057/у-04", "057/у-04"),
    # times: after a date and a column's gap, in a range, after a month and day, before a
    # round or a check, after an onset or a scene
    (" 3/4        1000   1      5/10", "1000"),
    ("call with PMU Dr Cardoso 1300–1410 local", "1300"),
    ("next ANC visit Feb 10 0830 with the midwife", "0830"),
    ("last seen on 2300 rounds; found on 2345 check", "2300"),
    ("chest pain, onset 0500 at rest; FD on scene 0601", "0500"),
    ("chest pain, onset 0500 at rest; FD on scene 0601", "0601"),
    # billing codes listed with what they code in brackets
    ("CPT: 45385 (snare), 45390 (EMR), 45381 (submucosal injection), 45380.", "45390"),
    # a drug's brand beside its generic name
    ("He remains well on Priadel (lithium carbonate) 1000 mg nocte", "Priadel"),
    ("  2. Macrogol 3350 (Laxido) 1 sachet BD", "Laxido"),
    ("Switched to Trelegy Ellipta (fluticasone furoate/umeclidinium) daily", "Trelegy Ellipta"),
    # a measurement before "now", a verb "may" after a number, a value after "is"
    ("HR 96 now settled; SpO2 94 now on 2L", "96"),
    ("patients aged 18 may consent for themselves", "18 may"),
    ("my LDL is 118 so start the atorvastatin", "118"),
    ("heard 3 days ago 2024 was", "3 days ago"),
    # an eponym in brackets before a colon; an abbreviation's dotted letters in brackets
    ("IOP (Goldmann): R 18 mmHg, L 16 mmHg at 10:40", "Goldmann"),
    ("Artificial pneumothorax (A.P.): refills 300-500 ml", "A.P."),
    # a credential before a column's gap is no cue for the word after it
    ("Charge: Kirsty Nguyen RN   Handing over: Jess (night)", "Handing"),
    # obstetric notation, an ICD-10 code of weeks, an ordinal dose, times with a letter or after
    # "ETA", a register's row numbers under "S/N"
    ("DOB: 11/03/1994   Age: 29 y   G2 P1001   Lang: English", "P1001"),
    ("Dx: O09.521, Z3A.09, E89.0 noted", "Z3A.09"),
    ("Dating US: CRL 31 mm = 9w6d, FHR 168 bpm", "9w6d"),
    ("Pentavalente                       1ª        04/04/2024", "1ª"),
    ("Date of birth 06/03/2024   Time: 1420H", "1420H"),
    ("from Campbelltown (NETS retrieval ETA 0930)", "0930"),
    (" S/N| DATE OF DELIVERY   | SEX | WT\n 412| 28/03/2024         | F   | 3.1kg", "412"),
    # the nouns of a note in Cyrillic or Greek that open its sentences and lines
    ("Выписной эпикриз\nНаходилась на стационарном лечении.\nПоступила по экстренным показаниям.",
     "Находилась"),
    ("Гемоглобин (HGB)          104  г/л\nЭритроциты (RBC)          3,92", "Эритроциты"),
    # the internal os of the cervix; a reference, not a street
    ("posterior, clear of the internal os. Cervix 3.6 cm.", "Cervix"),
    ("as shown by Smith et al. 2019 and Jones et al. 5", "al. 5"),
    # a value ending a sentence before a number; a decimal before a time
    ("HR 72. 4 pts reviewed", "72"),
    ("K 4.12 13:40 recheck", "4.12"),
    # a role before a word that is no name
    ("Seen by Nurse Practitioner today; Nurse Specialist review booked", "Practitioner"),
    # a checker's label before a word or an abbreviation
    ("Checked: NA\nVerified: ECG done", "ECG"),
    ("Checked: NA\nVerified: ECG done", "NA"),
    # a program's version; an HL7 message's type and version
    ("model HX-200  fw 7.1.9 to 7.2.1  MAC pending", "7.2.1"),
    ('{"os": "watchOS 10.3.1", "export_version":"2.4.1"}', "2.4.1"),
    ("MSH|^~\\&|LAB|HOSP|EHR|NGH|202503061422||ORU^R01^ORU_R01|MSG1|P|2.5.1\nPID|1||000447712",
     "ORU_R01"),
    ("MSH|^~\\&|LAB|HOSP|EHR|NGH|202503061422||ORU^R01^ORU_R01|MSG1|P|2.5.1\nPID|1||000447712",
     "2.5.1"),
    # a time in the cell after a date's
    ("Date | Time | Visitor\n2/5  | 1015 | Marcy Holcomb\n2/5  | 1300 | J. Ybarra RN", "1300"),
    # an assessment form's item codes; HCPCS codes listed in a text that bills with CPT codes
    ("A0800. Gender .............. 2. Female\nA0900. Birth Date .......... 0\nA1200. Marital",
     "A0900"),
    ("Section M\nM0150  At risk for pressure ulcer? 1\nM1200  A. Pressure reducing device",
     "M0150"),
    ("CPT 96413, 96415, 96417 x3, J9000, J9040, J9360, J9130.", "J9040"),
    # an abbreviation in capitals with a full stop before a common word; a role's label
    ("LVEF 48%, no MR. Course uncomplicated, no arrhythmia", "Course"),
    ("\nTriage RN Faith Goodwin; charge nurse aware", "Triage"),
    # a chromosome's rearrangement, an age under 90 with the sex, LOINC codes where tests stand
    ("karyotype 46,XX,t(9;22)(q34;q11.2), del(17p), inv(16)", "t(9;22)(q34;q11.2)"),
    ("FISH: t(11;14) POSITIVE; del(17p), t(4;14) negative", "t(4;14)"),
    ("Name: Gurpreet Singh s/o Baldev Singh, 34/M, r/o Ludhiana", "34/M"),
    ("HBA1C                         4548-4     8.1      H     %", "4548-4"),
    ("WBC (6690-2)                        7.2", "6690-2"),
    ("LOINC panel: 2160-0 creatinine, 2951-2 sodium, 2524-7 lactate", "2524-7"),
    # CPT codes where they stand as codes, in a text that names CPT
    ("CPT codes. Tests: CMP (80053), lipid panel (80061), TSH (84443)", "80061"),
    ("CPT 99385\n02/03/25     99395, 93000, 92552, 99173   $ 392.00", "93000"),
    ("Billing (CPT): 88305, 88311, 88313x2, 88342x3", "88313x2"),
    ("CPT\n 97112 neuromuscular re-education x1   97116 gait training x1", "97116"),
    ("HCPCS/CPT\nColonoscopy with biopsy          45380     2,480.00   1,512.00", "45380"),
    # a registry form's item numbers before their labels
    ("3001 Arrival Date/Time: 03/02/2024   3005 Health Insurance: Medicare", "3005"),
    ("LOCUS   MOTHER   CHILD   PI\nD8S1179   12, 14   13, 14   1.92\nTH01   7, 9.3   6, 9.3   2.96",
     "1.92"),
    # a word nobody knows heading a line before a word in lower case, a colon or a dash
    ("Korvaus maksetaan tilille FI49 5000 9", "Korvaus maksetaan"),
    ("Lähete — faksi 09 4711 2345; keliakia", "Lähete"),
    ("Enrolment: Kenya ID 24817355; device IPv6 only", "Kenya ID"),
    # a genus before its Latin epithet; a doer's noun; keys of iCalendar; a stack trace's class
    ("Candida auris screen negative; suspected Amanita phalloides", "Candida auris"),
    ("Pronouncer: Carmen Ouellette, RN", "Pronouncer"),
    ("BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nATTENDEE;ROLE=REQ-PARTICIPANT", "VCALENDAR"),
    ("    at com.mycarebuddy.sync.SyncWorker.doWork(SyncWorker.kt:143)", "com.mycarebuddy"),
    ("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)", "Linux"),
    ("Québec (Québec) G1R 2J6", "(Québec)"),
    # counts and codes glued to Chinese and Japanese: a token ends at a bracket or full stop
    ("【副病名】2型糖尿病（E11.9）、橋本病（E06.3）", "2型糖尿病"),
    ("2) エフィエント錠3.75mg　1錠　分1朝食後", "エフィエント錠3.75mg"),
    ("運転再開はICD非植込みのため原則1か月後と説明", "原則1か月後"),
    ("年齢：67歳; 1/2錠 分2", "67歳"),
    ("年齢：67歳; 1/2錠 分2", "1/2錠"),
    # short abbreviations ending in a capital, and units of frequency
    ("Specific IgE 412 kU/L; MenB and HepB given; HbF 6%", "IgE 412"),
    ("hearing loss at 4000 Hz; IVUS 60 MHz", "4000 Hz"),
    # a British time in a text of dotted dates; words in parentheses; abbreviations with dots
    ("approx. 23.10. No crash helmet; seen 14.05.2024", "23.10."),
    ("dummy (komma) and (fridge) and (melena)", "(komma) and (fridge) and (melena)"),
    ("signed by J. J. Moriarty, R.O., of the district", "R.O."),
    ("Route I.V.  B.P.\nnext", "B.P."),
    ("RPE 11-13 and RR 10-15 with onset 2024-02-12", "RPE 11-13"),
    ("Grace Bell seen. BELL'S PALSY resolved", "BELL'S PALSY"),
    # a drug nobody knows after a safe word and before its dose
    ("Cap Omez 20 mg daily; Give Monocef 1 g IV; Tab Azithral 500 mg", "Monocef 1 g"),
    ("enterovirus EV71 PCR positive; meds PO12 BID", "EV71 PCR"),
    ("Nome: Paracetamolo 500 mg cpr, 1 cpr x 3/die", "Paracetamolo 500 mg"),
    ("pH 7.35; Phone: call back 3 times; Tel: Monday 3; IVig 1000 mg", "IVig 1000 mg"),
    ("I am 95% sure; age of 90 days; at 92 bpm; HR is 94; the man of 98 kg", "98 kg"),
    ("CHA2DS2-VASc 3, HER2-IHC 2+, SARS-CoV-2, ICD-10-CM, AO-OTA 31-B2", "AO-OTA 31-B2"),
    ("the account is overdue; sender unknown; owner agreed; intake form; entered data", "form"),
    ("10.20.4.18 - svc_portal [12/Nov/2024:19:02:15 -0500]", "svc_portal"),
    ("Ann Arbor stage IIB, Reed-Sternberg cells", "IIB"),
    ("Vitals: RR 16, HR 88; RD 2 visits; Route: IV; RT 3 sessions", "RD 2"),
    ("ratio 1 2 / 3 4 and 0 4 / 1 1", "1 2 / 3 4"),
    ("c/o Mr. Gerald Pickett, R.R. #3, Stanwick, Ontario, as a domestic", "Ontario"),
    # counts and measures glued to Chinese, Japanese or Korean characters
    ("【退院時処方】フロセミド錠20mg 1錠 朝、A-DROP 3点。7日間 投与", "1錠"),
    ("메트포르민 500mg 1일 2회, 제2형 당뇨병", "1일"),
    ("高血压 3级，每日15小时以上", "3级"),
    # eponyms without a head word, graded pairs of names, subdivided grades, German compounds
    ("sinus rhythm to Mobitz type I (Wenckebach) at 02:40", "Wenckebach"),
    ("Unna boot, silver alginate; Gamow bag on standby", "Unna"),
    ("Weber B, Schatzker II, Salter-Harris III, Gustilo IIIA", "Salter-Harris III"),
    ("Durie-Salmon IIA, R-ISS II, Binet B", "Durie-Salmon IIA"),
    ("Consider Class IIa ICD; MGFA IIb", "IIa"),
    ("Verkehrsunfall; Schenkelhalsfraktur links, Hemiprothese", "Schenkelhalsfraktur"),
    ("Epikrise: Echokardiographie unauffällig", "Echokardiographie"),
    ("Rx #10934472 tamsulosin 0.4 mg cap #90,", "#90"),
    ("ppt_id,initials,age_grp,sex\nOO3-0402,RWB,65-69,M\n", "65-69"),
    ("Time\tDir\tNumber\tName\n09:12\tIN\t027 555 0192\t(no match)\n", "(no match)"),
    ("seen 03-2024 0830 today", "0830"),
    ("Grade 2 H. pylori gastritis; Hb 12 H", "Hb 12 H"),
    ("fever comma cough comma april showers", "april"),
    ("the doctor will see you now", "will"),
    ("c o p d exacerbation", "c o p d"),
    ("r ij tlc placed at osh, cxr confirms placement. hgb 8.9", "osh"),
    ("3 x lane drift left on open road, 1 x failure to give way", "open road"),
    ("He passed urine at 95 mL", "95"),
    # spoken words that are no date, street or name
    ("you may first want to see", "may first"),
    ("walked two blocks down the road then a three way catheter", "down the road"),
    ("BVM, SAM splint, Stifneck collar", "BVM, SAM"),
    ("Camp Director note; camp nurse on duty", "Camp Director"),
    # towns that name a clinical classification, with its value or head word
    ("Sigmoid 6 mm Paris 0-Is polyp, NICE type 2.", "Paris"),
    ("Crohn disease (Montreal A2 L3 B1) on ustekinumab.", "Montreal"),
    ("Thyroid FNA Bethesda IV, Bethesda category III.", "Bethesda IV"),
    ("MoCA: Montreal Cognitive Assessment 24/30.", "Montreal Cognitive"),
    ("Edmonton Frail Scale 7; Sydney system biopsies.", "Sydney"),
    # long derived words nobody is named: a service, a count, a German or Dutch noun
    ("Kelly Ann Rose, RN, Anticoagulation Service", "Anticoagulation"),
    ("Subcarinal node 9 mm short axis.", "Subcarinal"),
    ("Pre-treatment: Neutrophils 1.9 x10^9/L.", "Neutrophils"),
    ("Hospitalised Jan 6-8, 2021 for DKA.", "Hospitalised"),
    ("Morgensteifigkeit 30 Minuten, CRP 12 mg/l.", "Morgensteifigkeit"),
    ("To: Klinikum Am Lech, Kardiologie, Lechstraße 45", "Kardiologie"),
    ("Apgar 8/9; G3P2012, EBL 1200 mL.", "G3P2012"),
    # generic services, headings and labels are not organisations; a time is not a date
    ("Referred to the Anticoagulation Clinic today.", "Anticoagulation Clinic"),
    ("Follow up in Family Medicine clinic.", "Family Medicine"),
    ("SCHOOL HEALTH FORM\nStudent: Chelsea", "SCHOOL HEALTH FORM"),
    ("EMS PATIENT CARE REPORT - MOTOR VEHICLE", "EMS PATIENT CARE REPORT"),
    ("Member ID W228519047   Group #: 84412", "Group #"),
    ("Insurance: Oregon Health Plan", "Oregon Health Plan"),
    ("Collected: 03/22/2024 06:15", "06:15"),
    ("Apgar 8/9 at 1 and 5 minutes.", "8/9"),
    ("NIHSS 4 at 0830, GCS 15 (E4V5M6).", "E4V5M6"),
    ("Staged pT2N1M0 after resection.", "pT2N1M0"),
    ("Biopsy: Gleason 3+4=7.", "3+4=7"),
    ("Dx: U07.1, F32.A and Z79.4.", "U07.1"),
    ("Temp 38.9 °C at 14h30.", "14h30"),
    ("Call after 1600 today.", "1600"),
    ("Platelets 412,000, WBC 11,400/uL.", "11,400/uL"),
    ("eGFR 52 mL/min/1.73m2 today.", "mL/min/1.73m2"),
    ("Airway: Mallampati III.", "Mallampati III"),
    ("Killip II on arrival.", "Killip II"),
    ("Returned on Sunday; Tmax 39.2.", "Tmax 39.2"),
    ("On Skyrizi 600 mg IV.", "Skyrizi 600 mg"),
    ("Lhermitte sign present.", "Lhermitte sign"),
    ("Breslow 1.2 mm, Clark level IV.", "Clark level IV"),
    ("Temp 98F overnight.", "98F"),
    ("Pt: COPD, CHF exacerbation.", "COPD, CHF"),
    ("7730182,F,CHF,HTN,E11.9", "CHF,HTN"),
    ("Per Dr. Smith, continue the Blood Pressure Log.", "Blood Pressure Log"),
    ("HbA1c 7.2, SpO2 94%, q6h, FEV1 2.1, CD4 350.", "HbA1c 7.2, SpO2 94%, q6h, FEV1 2.1, CD4 350"),
    ("NDC 0002-8215-01 dispensed.", "0002-8215-01"),
    ("Walked 1500 feet with a walker.", "1500 feet"),
    ("Time of death: 0412 on arrival.", "0412"),
    ("Lachman negative, McMurray positive medially.", "McMurray"),
    ("Epley maneuver done for BPPV.", "Epley maneuver"),
    ("BMP: Na 138 K 4.1 Glu 142", "Glu 142"),
    ("Patient called to confirm the visit.", "to confirm"),
    ("OBX|1|NM|2160-0^Creatinine^LN||1.4|mg/dL|0.6-1.3|H", "Creatinine"),
    ("Took one or two tablets; Apgars eight and nine.", "one or two"),
    ("Pt in his mid-90s, SpO2 mid-90s on 2 L NC.", "SpO2 mid-90s"),
    ("Sat 1 3 2 / 8 4 on the scanned flowsheet.", "1 3 2 / 8 4"),
    ("Email address: not on file; IP address: none.", "not on file"),
    ("PICC line: 42 cm external length.", "42 cm"),
    ("LISINOPRIL 20MG TAB, adalimumab 40 mg/0.4 mL", "20MG TAB, adalimumab 40 mg/0.4 mL"),
    ("Spirometry FEV1/FVC 0.62, GOLD 2.", "Spirometry FEV1/FVC 0.62"),
    ("Morse Fall Scale 65; Hoehn and Yahr stage 2; Katz ADL 4/6.",
     "Morse Fall Scale 65; Hoehn and Yahr stage 2; Katz ADL 4/6"),
    ("House-Brackmann grade III; Schirmer test 3 mm/5 min.",
     "House-Brackmann grade III; Schirmer test 3 mm/5 min"),
    ("Uses Medtronic MiniMed 780G; Dexcom G6; ResMed AirSense 10.",
     "Medtronic MiniMed 780G; Dexcom G6; ResMed AirSense 10"),
    ("Device: Medtronic Azure XT DR MRI SN RNB402117S.", "Medtronic Azure XT DR MRI"),
    ("She is 95 kg; SpO2 is 94%; HR is 92.", "She is 95 kg; SpO2 is 94%; HR is 92"),
    ("Pt is 100 pounds; LVAD speed 5400 rpm.", "Pt is 100 pounds; LVAD speed 5400 rpm"),
    ("Take today 1/2 tab at bedtime.", "1/2 tab"),
    ("Part B H&E + ER/PR/HER2; RxBIN 610014, RxPCN 9999.", "ER/PR/HER2; RxBIN 610014, RxPCN 9999"),
    ("Ottawa rules negative; Alvarado score 4; Eisenmenger not present; IgM positive.",
     "Ottawa rules negative; Alvarado score 4; Eisenmenger not present; IgM positive"),
    ("Pain 5 out of 10; 1 set of labs 2 days ago.", "Pain 5 out of 10; 1 set of labs 2 days ago"),
    ("RN Assessment done; Fam-\nily at bedside; chest X-\nray clear.",
     "RN Assessment done; Fam-\nily at bedside; chest X-\nray clear"),
    ("Pt N.P.O. after midnight; D.O.B. verified.", "N.P.O."),
    ("Fingerprint ID 88210-4471; APO AE 09012.", "Fingerprint ID"),
    ("Ruth Adler, 95 kg, SpO2 93%; fever for 3 days.", "95 kg, SpO2 93%; fever for 3 days"),
    ("The user: reports pain; TPAL 2-0-1-2; strength 5/5/5.",
     "The user: reports pain; TPAL 2-0-1-2; strength 5/5/5"),
    ("OBX|1|NM|2160-0^Creatinine^LN||1.4|mg/dL; OBR|1|||CBC^Complete Blood Count^L",
     "CBC^Complete Blood Count^L"),
    ("Transported via ambulance to Plaza Medical Center; seen via Zoom 3 times.",
     "Transported via ambulance to"),  # "via" and "Plaza" open no street (the centre is masked)
    ("Transported via ambulance to Plaza Medical Center; seen via Zoom 3 times.",
     "seen via Zoom 3 times"),
    ("gene test pending, max dose 40 mg, ana negative, will call", "gene test pending, max dose"),
    ("RN Will: stable. Pt will follow up.", "Pt will follow up"),
    # drugs named in other countries before a dose, eponyms, form labels in other languages,
    # codes with a description or in a DICOM tag, a query string's other fields, CSV headers
    ("Alvedon 500 mg; Waran 2,5 mg enligt schema; Doliprane 1 g.",
     "Alvedon 500 mg; Waran 2,5 mg enligt schema; Doliprane 1 g"),
    ("Dx: ductal carcinoma, Nottingham grade 2; Bosniak IIF cyst; Kayser-Fleischer rings.",
     "Nottingham grade 2; Bosniak IIF cyst; Kayser-Fleischer rings"),
    ("Lewy body dementia; Inj. Ceftriaxone 1 g IV BD.", "Lewy body dementia; Inj. Ceftriaxone"),
    ("Adresse : 12 bis, rue des Tanneurs | Endereço: Rua X, 1 | Mobil: 070-555 12 34",
     "Adresse"),
    ("G0439 annual wellness visit; D2740 crown; (0010,0010) PN", "G0439 annual wellness visit"),
    ("(0010,0010) PatientName PN", "(0010,0010)"),
    ("?city=Schenectady&work_state=NY&dx=J45.40", "dx=J45.40"),
    ('"MRN","Last","Dx" "00583712","Fairweather","J44.1"', '"MRN","Last","Dx"'),
    ("Kcentra 1500 IU; seen at 0830 Patient was calm.", "1500 IU; seen at 0830 Patient"),
    ("Pacemaker model W1DR01, serial RNB448127S; GET /Observation?code=8480-6",
     "model W1DR01"),
    ("GET /fhir/Observation?code=8480-6 HTTP/1.1", "8480-6"),
    ("hydrocortisone 15 mg AM/5 mg PM", "15 mg AM/5 mg PM"),
    ("Karnofsky 60; Epworth 15; Barthel Index 45/100; Ishihara plates 10/14; Amsler grid normal",
     "Karnofsky 60; Epworth 15; Barthel Index 45/100; Ishihara plates 10/14; Amsler grid"),
    ("ALSFRS-R 38; UPDRS-III 32; WAIS-IV FSIQ 88; 28+3 wks; paracetamol 750 mg 6/6h; 6MWT 280 m",
     "ALSFRS-R 38; UPDRS-III 32; WAIS-IV FSIQ 88; 28+3 wks; paracetamol 750 mg 6/6h; 6MWT 280 m"),
    ("BRCA1 c.2373dupG; CFTR p.Phe508del; NM_000492.4:c.1521_1523delCTT.",
     "c.2373dupG; CFTR p.Phe508del; NM_000492.4:c.1521_1523delCTT"),
    ("TPAL 2-0-1-2; ABG 7.31/52/68; Vent: AC 450/14/5/40%", "2-0-1-2; ABG 7.31/52/68"),
    ("HOME CITY: TRUTH OR CONSEQUENCES", "HOME CITY"),
    ("Staged ypT2, T2N1M0; labs B12, E11.9 noted; Vitamin D, B12 low.", "T2N1M0; labs B12, E11.9"),
    ("Montréal, QC, H3G 1P1.", "QC"),
    # bedside scores named after people, billing codes before an abbreviation
    ("sacral PI, Braden 14, Morse 45; Ballard 30 wks; Waterlow 22, Braden 11.",
     "sacral PI, Braden 14, Morse 45; Ballard 30 wks; Waterlow 22, Braden 11"),
    ("DME order E0601 CPAP approved; A0428 BLS non-emergency.", "E0601 CPAP approved; A0428 BLS"),
    ("Transfusion: A Pos, DAT negative; O RhD neg", "A Pos, DAT negative; O RhD neg"),
    ("code systems 2.16.840.1.113883.6.1 (LOINC); engine v4.2.1.7; HL7 v2.5.1.",
     "2.16.840.1.113883.6.1 (LOINC); engine v4.2.1.7; HL7 v2.5.1"),
    ("EGFR L858R, JAK2 V617F, MEFV M694V; L4/5 foraminal stenosis; TPAL 2-0-1-2",
     "EGFR L858R, JAK2 V617F, MEFV M694V; L4/5 foraminal stenosis; TPAL 2-0-1-2"),
    ("aSAH, Hunt-Hess 3, modified Fisher 3; Rumack-Matthew line; Kikuchi-Fujimoto disease",
     "Hunt-Hess 3, modified Fisher 3; Rumack-Matthew line; Kikuchi-Fujimoto disease"),
    ("SNOMED CT 44054006, RxNorm 197361; Pplat 27 cmH2O", "SNOMED CT 44054006, RxNorm 197361"),
    ("Voicemail received Tue, 12 Mar 2024 14:05:33 +0100: call back", "14:05:33 +0100"),
    ("complete AV block 2 weeks ago; House staff note: Street 5 stories high.",
     "AV block 2 weeks ago; House staff note: Street 5 stories"),
    ("Allergies: N.K.D.A.; Dx: U.S.A. trip", "N.K.D.A.; Dx: U.S.A. trip"),
    ("Device: ApneaLinkAirProMax; SureScanMRIConditional; 1.73m²", "ApneaLinkAirProMax; SureScan"),
    ("HFE C282Y homozygous, APOE ε3/ε4 (rs7412 typed)", "APOE ε3/ε4"),
    ("eGFR 27 mL/min/1.73m²; metformin 850 mg 2x1; doxiciclina 100 mg c/12 h; Graves' disease",
     "mL/min/1.73m²; metformin 850 mg 2x1; doxiciclina 100 mg c/12 h; Graves' disease"),
    ("TUG 18 s, Berg 41/56; Marsh 3b; Fazekas 2; Child-Pugh B8; delirium (4AT 6)",
     "Berg 41/56; Marsh 3b; Fazekas 2; Child-Pugh B8; delirium (4AT 6)"),
    ("HLA-B*57:01 negative, CYP2C19*2/*2 poor metabolizer; amoxicilina 500 mg c/8h",
     "CYP2C19*2/*2 poor metabolizer; amoxicilina 500 mg c/8h"),
    # no street before a postal code: a clinical abbreviation, words of a sentence
    ("BP 120, 75008 Paris", "BP 120"),
    # any word before the head word of an eponymous term, with a value after a weak one
    ("no Capgras delusion or Cotard syndrome; Koebner phenomenon; Glanzmann thrombasthenia",
     "Capgras delusion or Cotard syndrome; Koebner phenomenon; Glanzmann thrombasthenia"),
    ("Schober test 3 cm; Tubiana stage 2; Baux score 98; Ivor Lewis oesophagectomy",
     "Schober test 3 cm; Tubiana stage 2; Baux score 98; Ivor Lewis oesophagectomy"),
    ("Christmas disease excluded; Parinaud's syndrome; Lennox-Gastaut syndrome",
     "Christmas disease excluded; Parinaud's syndrome; Lennox-Gastaut syndrome"),
    ("電話 090-4412-7783; 既往歴 高血圧 (hypertension), amlodipine 5 mg", "既往歴 高血圧"),
    ("令和6年11月5日 受診、CRP 1.2 mg/dL; 会诊记录：主治医师刘芳。", "受診、CRP 1.2 mg/dL; 会诊"),
    ("会诊记录：主治医师刘芳。", "主治医师"),
    ("환자 연락처 010-5555-8821; 처방의 한서윤 (의사 면허번호 제98765호)", "연락처"),
    ("慢性阻塞性肺疾病急性加重，血氧饱和度 88%，予布地奈德 2 mg 雾化", "慢性阻塞性肺疾病急性加重"),
    ("digoxin 0.125 mg, 0.250 mg; SG 1.0250, pH 6.5; TARMED 00.0010, 00.0020; 38.5°C",
     "0.125 mg, 0.250 mg; SG 1.0250, pH 6.5; TARMED 00.0010, 00.0020; 38.5°C"),
    ("carotid plaque 120 and plaque 3 mm; plaque A1 stable, plaque HER2 neg", "plaque 120"),
    ("POD#2, HD#3; review 3/12 (three months)", "POD#2, HD#3; review 3/12"),
    ("pain from 8/10 to 3/10; started 1/2 tab; BP 96/60, F/u 2/52", "8/10 to 3/10; started 1/2"),
    ("Anna Novak lives at Hlavná 58, 040 01 Košice", " lives at "),
    ("uploaded photo of the wound on day 3 wound.jpg; PSG AHI 41.3/h -a psg.pdf", "PSG AHI 41.3/h"),
    ("Echo: mild mr and tr; ms flare on ocrelizumab; dr aware, dr on call notified",
     "mild mr and tr; ms flare on ocrelizumab; dr aware, dr on call notified"),
    ("pt's son Dave will call back after 1700", "will call back"),
    ("Dear Dr. Chase, thanks again; Hi all, its ok, thank you doctor", "Dear Dr. "),
    ("Dear Dr. Chase, thanks again; Hi all, its ok, thank you doctor", "Hi all, its ok"),
    ("Dear Dr. Chase, thanks again; Hi all, its ok, thank you doctor", "thank you doctor"),
    ("Pathologist: C Fletcher MD, PhD; Counselor: L. Brown, MS, CGC", "MD, PhD"),
    ("pain from 8/10 to 3/10; score of 4/5 at 10:00; strength 4/5 and 3/4 of dose",
     "pain from 8/10 to 3/10; score of 4/5 at 10:00; strength 4/5 and 3/4 of dose"),
    ("Rhys named 18/20 pictures in Welsh and 11/20 in English", "11/20"),
    ("First: check BP and recheck. PMH: MI: 2019, arm ('left') raised", "First: check BP"),
    ("OBR|1||CBC^Complete Blood Count^L|; NK1|1|ROE^ANN|DAU^Daughter|", "CBC^Complete Blood"),
    ("OBR|1||CBC^Complete Blood Count^L|; NK1|1|ROE^ANN|DAU^Daughter|", "DAU^Daughter"),
    ("T: 99 F, HR 88; Tmax: 101 F; the user reports pain; failed login x5", "T: 99 F, HR 88"),
    ("T: 99 F, HR 88; Tmax: 101 F; the user reports pain; failed login x5", "the user reports"),
    ("MRA: circle of Willis patent; islets of Langerhans; Purkinje fibers; Kupffer cells",
     "circle of Willis patent; islets of Langerhans; Purkinje fibers; Kupffer cells"),
    ("G1P0 at 39w1d, Apgars 7 and 9; Achilles tendon intact", "39w1d, Apgars 7 and 9; Achilles"),
    ("transferred to wheelchair in Room 4; switched to Sulfasalazine", "Sulfasalazine"),
    ("adm 3-4 days ago; seen 3-4 times; on 2-4 L NC", "adm 3-4 days ago; seen 3-4 times"),
    ("you may first try the march third in line; her son reports; Mr Lee is 93.5 kg",
     "you may first try the march third in line; her son reports"),
    ("Mr Lee is 93.5 kg", "93.5 kg"),
    ("Refer to Comprehensive Stroke Center, Plastic Surgery, Robotic Surgery, Mohs Surgery, "
     "Nursing Home, Cancer Center, OPIOID TREATMENT PROGRAM; Inpatient Pharmacy",
     "Comprehensive Stroke Center, Plastic Surgery, Robotic Surgery, Mohs Surgery, "
     "Nursing Home, Cancer Center, OPIOID TREATMENT PROGRAM; Inpatient Pharmacy"),
    ("Billed J18.9. \nHospital course: stable", "Hospital course"),
    ("Elevated CO on arrival; treated for CO poisoning.", "Elevated CO on arrival"),
    ("Taken by mouth. Seen by me. Reviewed by pt.\nBP 120/80 - ok\nGiven 2 mg IV. - ED",
     "Taken by mouth. Seen by me. Reviewed by pt.\nBP 120/80 - ok\nGiven 2 mg IV. - ED"),
    ("SpO2 will be 95% on 2L; pain 8/10 - 6/10 now", "SpO2 will be 95% on 2L; pain 8/10 - 6/10"),
    # eponyms by the instrument, incision or sign they name
    ("Bookwalter retractor placed; via Gibson incision; Veress needle entry; three 0 Ethibond "
     "sutures; Petersen's defect closed; an Austin Flint murmur; (Bruce protocol)",
     "Bookwalter retractor placed; via Gibson incision; Veress needle entry; three 0 Ethibond "
     "sutures; Petersen's defect closed; an Austin Flint murmur; (Bruce protocol)"),
    ("<medication><name>Lisinopril</name><dose>10 mg</dose></medication>", "Lisinopril"),
    # a 24-hour time after a date, after an event, opening a log line, before hours
    ("restraints applied 2215, d/c'd 0300.\n3/15 0600 labs sent. CXR done 0510.\n"
     "0500 AM labs drawn\nEvents: 0215 pt attempted to get OOB\nsedation held 0600 hrs",
     "0600 labs sent. CXR done 0510.\n0500 AM labs drawn\nEvents: 0215 pt "
     "attempted to get OOB\nsedation held 0600 hrs"),
    ("restraints applied 2215, d/c'd 0300.", "2215, d/c'd 0300"),
    ("on metformin since 2019; EF 55% in 2019; born in the 1990s", "2019; EF 55% in 2019"),
    ("Ward 3, 2024 GE Healthcare scanner", "2024 GE Healthcare scanner"),
    ("Amy Chan (ACE inhibitor) at 10:30 am  called.\n11/21 9:31 AM pt: ok\nCV:rrr",
     "(ACE inhibitor) at 10:30 am  called."),
    ("Amy Chan (ACE inhibitor) at 10:30 am  called.\n11/21 9:31 AM pt: ok\nCV:rrr",
     "9:31 AM pt: ok\nCV:rrr"),
    # codes where a format says they are codes: a table's code column, an HL7 test or
    # service field, a FHIR coding
    ('"acct_no","cpt","icd10","amt"\n"A-2291-0048","99285","J18.9","1840.00"', "99285"),
    ("OBR|1|ORD88120|LAB553902|80053^COMPREHENSIVE METABOLIC PANEL\n"
     "OBX|1|NM|2345-7^GLUCOSE^LN||189|mg/dL|70-99|H|||F", "80053"),
    ("OBX|1|NM|2345-7^GLUCOSE^LN||189|mg/dL|70-99|H|||F", "2345-7"),
    ('{"system": "http://loinc.org", "code": "8867-4"}', "8867-4"),
    ("OPIOID TREATMENT PROGRAM; ENDOSCOPY CENTER; moved to the Intensive Care Unit; Clinical "
     "Laboratory", "OPIOID TREATMENT PROGRAM; ENDOSCOPY CENTER; moved to the Intensive Care Unit; "
     "Clinical Laboratory"),
    # modern, British and irregular words Webster's 1934 lacks
    ("Transplant Coordinator reviewed. Tumour board: Haematology. Paid in full; Women's "
     "clinic. Programme: Orthopaedic.",
     "Transplant Coordinator reviewed. Tumour board: Haematology. Paid in full; Women's "
     "clinic. Programme: Orthopaedic."),
    ("Diagnosed by CT.\nICU RN\nnotified by phone.", "by CT.\nICU RN\nnotified by phone."),
    ("Plan: 5 mg/dL drop\nBP/hr stable  ok", "BP/hr stable"),
    ("RM  RESIDENT          AGE   CODE   PRIMARY DX\n"
     "107  EASTMAN, FLOYD  90    DNR/DNI COPD (J44.9)", "DNR/DNI COPD (J44.9)"),
    ("Using a spacer, she took albuterol.", "Using"),
    ("IBUPROFEN 1200 MG DAILY; INFUSE 1000 ML OVER 8 HRS", "1200 MG DAILY; INFUSE 1000 ML"),
    ("Next dose 1400, then 2200. Scheduled: 0800, 1400 and 2200",
     "Next dose 1400, then 2200. Scheduled: 0800, 1400 and 2200"),
    ("pain 3/10 at rest, 8/10 with activity; score of 4/5 at 10:00", "3/10 at rest, 8/10"),
    ("Dx: COPD, ASTHMA", "COPD, ASTHMA"),
    # eponyms before head words, brands after their drugs, codes in a list, dose times
    ("Krukenberg spindle OS; Takayasu arteritis; Heller myotomy; Direct Coombs test negative.",
     "Krukenberg spindle OS; Takayasu arteritis; Heller myotomy; Direct Coombs test negative"),
    ("tofacitinib (Xeljanz) 5 mg BID; iohexol (Omnipaque 350) 75 mL; IVC filter (Denali)",
     "tofacitinib (Xeljanz) 5 mg BID; iohexol (Omnipaque 350) 75 mL; IVC filter (Denali)"),
    ("Rx: 1) Tab. Telma 40 (telmisartan 40 mg) 1-0-0. 2) Cap. Pregabalin 75 mg 0-0-1",
     "Tab. Telma 40"),
    ("CPT 93306, 93000, 99223; J9271, J9355", "93306, 93000, 99223"),
    ("| Drug | Dose | Route | Times |\n| Vancomycin | 1,250 mg | IV | q12h 0600/1800 |\n"
     "| Levothyroxine | 75 mcg | PO | 0600 empty stomach |", "q12h 0600/1800"),
    ("| Drug | Dose | Route | Times |\n| Vancomycin | 1,250 mg | IV | q12h 0600/1800 |\n"
     "| Levothyroxine | 75 mcg | PO | 0600 empty stomach |", "0600 empty stomach"),
    ("hydrocortisone 15 mg/5 mg at 0700/1400.", "0700/1400"),
    # clinical headings with a strict head; two numbers over a slash that are no date
    ("Comprehensive Stroke Center; Cardiac Rehabilitation; Activities of Daily Living",
     "Comprehensive Stroke Center; Cardiac Rehabilitation; Activities of Daily Living"),
    ("Rapid Response Team called; Treatment Plan reviewed", "Rapid Response Team"),
    ("BiPAP 12/5; buprenorphine/naloxone 8/2; pupils 4/3 brisk; joint count 9/6; 24/7 care",
     "BiPAP 12/5; buprenorphine/naloxone 8/2; pupils 4/3 brisk; joint count 9/6; 24/7 care"),
    ("co-amoxiclav TDS 10/7; Apgars 9/8; VA 6/5; CPAP 10/5", "10/7; Apgars 9/8; VA 6/5"),
    ("G1P0 at 26+0/40, BP 118/74", "26+0/40"),
    ("CV:rrr\nROS:neg\ngiven 2 PO/prn", "CV:rrr\nROS:neg\ngiven 2 PO/prn"),
    ("the nurse said to wait; patient will follow up; pt rose from bed; PT eval done",
     "the nurse said to wait; patient will follow up; pt rose from bed; PT eval done"),
    ("options a b c d are listed", "a b c d"),
    ("improvement in IgA nephropathy; moved to Mexico; back to Normal; take 1 1/2 Tabs",
     "improvement in IgA nephropathy; moved to Mexico; back to Normal; take 1 1/2 Tabs"),
    ("NM1*40*2*GRANITE STATE HEALTH*****46*GSH01~N4*CONCORD*NH*03301~", "GRANITE STATE HEALTH"),
    ("NM1*QC*1*VOSS*LENA~SVC*HC:99214*245*118.22**1~HI*ABK:J45.41~PRV*PE*PXC*207K00000X~",
     "99214*245*118.22**1~HI*ABK:J45.41~PRV*PE*PXC*207K00000X"),
    ("主治医：中村 直子（医籍登録番号 第456789号）", "医籍登録番号"),
    # a maker and its model; the serial number or plate after it is masked (see MASKED)
    ("RM 4\tKING, R\tC. diff colitis\tCONTACT+", "C. diff colitis"),
    ("Interpreter: Spanish; case manager Discharge planning started", "Spanish"),
    ("strength 4/5 at 10:00 today; pain 7/10 at 14:00; a lot of pain", "4/5 at 10:00 today"),
    ("strength 4/5 at 10:00 today; pain 7/10 at 14:00; a lot of pain", "7/10 at 14:00; a lot"),
    ("Tdap given (lot U7114AA).", ")."),
    # a form's labels in any language: one word opening a line or a cell before a colon
    ("Domicilio: Calle Mayor 12\nRozpoznanie: cukrzyca typu 2\nLeczenie: metformina",
     "Rozpoznanie: cukrzyca typu 2\nLeczenie"),
    ("| Betreft: verwijzing | Zorgverzekeraar: zie pas |", "Betreft: verwijzing | Zorgverzekeraar"),
    ("you may march on; FiO2 ratio 22/15 10:00", "you may march on; FiO2 ratio 22/15"),
    ("Interpreter: Spanish; case manager Discharge planning started", "Discharge planning"),
    ("drove a 2019 Toyota Tacoma TRD Pro, then a Ford F-150 Raptor and a Honda CR-V",
     "2019 Toyota Tacoma TRD Pro, then a Ford F-150 Raptor and a Honda CR-V"),
    ("DBS candidacy (Medtronic Percept PC, Boston Scientific Vercise Genus)",
     "Medtronic Percept PC, Boston Scientific Vercise Genus"),
    ("Vehicle 1: 2017 Subaru Outback, silver, CO plate BXR-4471", "2017 Subaru Outback"),
    ("RESP: Hamilton C6 ventilator; Abbott FreeStyle Libre 2 sensor", "Hamilton C6"),
    # a title in capitals before a word that is no name; generic services; a month that is
    # also a name before a number
    ("HX OF MS. PATIENT IS WELL; SEVERE MR. MILD TR.", "PATIENT IS WELL; SEVERE MR. MILD TR."),
    ("seen by Community Nursing Service and Home Care Service", "Community Nursing Service"),
    ("Maja 12 years old, in Mars 2 weeks", "Mars 2 weeks"),
    # contractions; a relation in parentheses before a label; a schedule's times in a row;
    # quoted list cells and codes in capitals in a JSON record
    ("Can you see? They're about the size of a quarter. I'll call. my husband doesn't like",
     "They're about the size of a quarter. I'll call. my husband doesn't like"),
    ("Caller: Brittany Lopez-Hart (mother)   Site: home", "Site: home"),
    ("SCHEDULED        0600  0800  1000  1200  1400\nextended infusion  0600  1400  2200",
     "0600  0800  1000  1200  1400\nextended infusion  0600  1400  2200"),
    ('"resourcesViewed": ["Problem list", "Med list"], "status": "OPEN", "state": "MA"',
     '"Problem list", "Med list"], "status": "OPEN", "state": "MA"'),
    # a word that starts with a Hebrew title's letters; an age after "son of" in Hebrew
    ("ביום ג׳ במרפאת לב; בן 67", "במרפאת לב; בן 67"),
    # words after "by" that are no user names; a date column's time of day
    ("caused by mrsa, complicated by strep, reviewed by auscultation, updated by phone.",
     "caused by mrsa, complicated by strep, reviewed by auscultation, updated by phone."),
    ("Check-in: identity verified by palm-vein scan; pump operated by co-worker on site.",
     "identity verified by palm-vein scan; pump operated by co-worker on site."),
    ("Reviewed by: Marcus Oduya, RN, CCDS    Physician: Dr. Celia Brandstetter (EP)", "(EP)"),
    ("Admitted to North Tower; she travelled to South America last year.", "North Tower"),
    ("Dx: HTN/dm  stable", "HTN/dm"),
    ("E.Coli and P.Aeruginosa grew; SpO2 (97) on RA.", "P.Aeruginosa grew; SpO2 (97)"),
    ("From: Support Team <help@example.com>", "Support Team"),
    ("Pump given 3/4 IV push; Heparin given 1/2 vial", "3/4 IV push; Heparin given 1/2 vial"),
    ("you may want to march; Oct. was hard; Re: Request for coverage", "may want to march; Oct."),
    ("Re: Request for coverage of dupilumab; RE: Records request", "Request for coverage"),
    ("snp rs123 noted, e.g., md; x-ray, pa and lateral", "x-ray, pa and lateral"),
    ("Dispensed 5/6/2024 RPH", "RPH"),
    # scores, ratios and counts over a slash are no dates
    ("GCS 10/15 on arrival; H/H 9/27; Norco 10/15 q6h; finished 2/3 of meal", "GCS 10/15 on"),
    ("strength 4/5-5/5 bilaterally, pain 7/10-8/10; metoprolol 1/2 AM",
     "4/5-5/5 bilaterally, pain 7/10-8/10; metoprolol 1/2 AM"),
    ("PATIENT MAY RETURN TO CLINIC; BROWN, JUNE; sixth cranial nerve; PHQ-9 score system",
     "PATIENT MAY RETURN TO CLINIC"),
    ("PATIENT MAY RETURN TO CLINIC; on the first day; PHQ-9 score system; 1500mL",
     "on the first day; PHQ-9 score system; 1500mL"),
    ("Per Dr. Smith, see the 2nd floor on Tuesday", "Per Dr."),
    ("statement sent to 9 Elm Rd, Texas 77001", "Texas"),
    ("height on the 25th centile; on the 2nd floor; on the 5th postoperative day; the 3rd dose",
     "height on the 25th centile; on the 2nd floor; on the 5th postoperative day; the 3rd dose"),
    ("returned from Wuhan; EV71 PCR positive; FL11 SEX: F", "EV71 PCR positive; FL11 SEX: F"),
    ("H/H 9/27; Norco 10/15 q6h; finished 2/3 of meal", "H/H 9/27; Norco 10/15 q6h"),
    ("MoCA 21/30. Mini Nutritional Assessment 10/14.", "10/14"),
    ("attention 14/18, memory 13/26, fluency 8/14, language 22/26", "8/14"),
    ("Epworth 12/24, RBD1Q positive, GDS-15 6/15, EPDS 4/30", "GDS-15 6/15, EPDS 4/30"),
    ("INSERT INTO `labs` (`mrn`,`test`,`collected`) VALUES ('A0019327','Glucose',"
     "'2024-07-01 08:12:00');", "08:12:00"),
    ("ECG: LBBB, QT 460 ms; CABG (LIMA-LAD, SVG-OM)", "LBBB, QT 460 ms"),
    ("ECG: LBBB, QT 460 ms; CABG (LIMA-LAD, SVG-OM)", "SVG-OM"),
    # "called" before a word is a verb, not a nickname's cue
    ("Mom called office, worried; RN called pt back; called pharmacy re refill",
     "Mom called office, worried; RN called pt back; called pharmacy re refill"),
    ("ICD-10-CM I10; CHA2DS2-VASc 3; IL-6 high; G-CSF; T-SPOT-TB",
     "ICD-10-CM I10; CHA2DS2-VASc 3; IL-6 high; G-CSF; T-SPOT-TB"),
    ("ORGANIZER;CN=Dr Priya Raman:mailto:p.raman@example.org", "ORGANIZER;CN"),
    ("heparin 25000U; 100000IU vit D; 98.6F; WBC 11.2K; 1800 MG IV; 1300 UNITS QID",
     "heparin 25000U; 100000IU vit D; 98.6F; WBC 11.2K; 1800 MG IV; 1300 UNITS QID"),
    ("neuro ICU nsg\n08-17 0800 GCS 10 (E3V2M5), pupils 3mm", "0800 GCS 10"),
    ("spasticity, Modified Ashworth 2; Westley croup score 4; Wickham striae; Bainbridge reflex",
     "spasticity, Modified Ashworth 2; Westley croup score 4; Wickham striae; Bainbridge reflex"),
    ("pain 9/10: severe; CAS 2/7: TRAb 8.4; bloods in 3/12: FBC; Dose 1/2: given",
     "pain 9/10: severe; CAS 2/7: TRAb 8.4; bloods in 3/12: FBC; Dose 1/2: given"),
    ("April 2024. Audiologist: Declan Furlong MISA.\n09:14  BP  120/80\n10:00  RR  18",
     "MISA.\n09:14  BP  120/80\n10:00  RR  18"),
    ("04/07 09:10 SGT — medical director aware; SpO2 (94) on RA", "SGT — medical director aware"),
    ("04/07 09:10 SGT — medical director aware; SpO2 (94) on RA", "SpO2 (94) on RA"),
    # a word after a prefix and a hyphen; more endings of clinical words; ward shorthand
    ("Pre-morbid normal diet. Pre-discharge HOME VISIT. Pre-obs 10:05: BP 112/70",
     "Pre-morbid normal diet. Pre-discharge HOME VISIT. Pre-obs 10:05: BP 112/70"),
    ("Consultant Geriatrician review; Anthropometry; Fluzone High-Dose Quadrivalent",
     "Consultant Geriatrician review; Anthropometry; Fluzone High-Dose Quadrivalent"),
    ("O: Obs in range. Abdo soft. Indep with crutches. Outpt physio; SpR addendum",
     "O: Obs in range. Abdo soft. Indep with crutches. Outpt physio; SpR addendum"),
    ("on 2nd floor; by 3rd attempt; Sun exposure; sat up; 08:00 pain 8/10; 12:00 GCS 10/15",
     "on 2nd floor; by 3rd attempt; Sun exposure; sat up; 08:00 pain 8/10; 12:00 GCS 10/15"),
    # brands of the drug dictionary, in any sentence position
    ("cleanse Prontosan, Iodosorb to slough; dapagliflozin 10 mg (Forxiga); Comirnaty KP.2 "
     "and Spikevax lots; start Amgevita once screen back; Nurofen OTC ceased",
     "Iodosorb to slough; dapagliflozin 10 mg (Forxiga); Comirnaty"),
    ("start Amgevita once screen back; Nurofen OTC ceased", "start Amgevita once screen back"),
    # common words in capitals after a name and a comma in a note in capitals, and nowhere
    # else as a name's words
    ("HE WAS BROUGHT IN BY HIS WIFE, LORETTA, FROM THEIR HOME. HE WAS TAKEN TO THE LAB AND "
     "WAS STENTED.", "FROM THEIR HOME. HE WAS TAKEN TO THE LAB AND WAS STENTED."),
    ("VT terminated by ATP; link sent by SMS; WOC RN: see plan; completed by GP",
     "VT terminated by ATP; link sent by SMS; WOC RN: see plan; completed by GP"),
    ("Attn: Mrs. Alvarado, School Nurse\n- CGM: Dexcom G7\n- PNA: CTX day 3",
     "School Nurse\n- CGM: Dexcom G7\n- PNA: CTX day 3"),
    ("Visit 2 — 9/10: sleep better. Pain 9/10 this morning, 4/10 after oxycodone.",
     "Pain 9/10 this morning, 4/10 after oxycodone."),
    ("LBBB, Normal sinus rhythm; HFrEF, NT-proBNP, ADLs", "LBBB, Normal sinus rhythm; HFrEF"),
    ("spironolactone 12.5 mg; repeat TTE 3/12.", "repeat TTE 3/12."),
    # counts of days, ages in months and scores over a slash
    ("cough for 14/7, 16/7 hx of fever; aged 18/12, 24/7 care, 18/12 old boy; recheck 3/12",
     "cough for 14/7, 16/7 hx of fever; aged 18/12, 24/7 care, 18/12 old boy; recheck 3/12"),
    ("review in clinic 3/12; check 4/5 power", "review in clinic 3/12; check 4/5 power"),
    # eponyms by the click, curve, device or body part they name, and a pair before one head
    ("No Ortolani or Barlow click; Bhutani nomogram; Friedman curve; Woods screw manoeuvre; "
     "Bakri balloon 500 mL; Couvelaire uterus; Montgomery tubercles; Braxton Hicks contractions",
     "No Ortolani or Barlow click; Bhutani nomogram; Friedman curve; Woods screw manoeuvre; "
     "Bakri balloon 500 mL; Couvelaire uterus; Montgomery tubercles; Braxton Hicks contractions"),
    ("Fontan circulation, Pierre Robin sequence, Miller Fisher variant, Argyll Robertson pupils "
     "absent, LVEF 28% by Simpson biplane, Todd paresis, Lund and Browder chart 18%",
     "Fontan circulation, Pierre Robin sequence, Miller Fisher variant, Argyll Robertson pupils "
     "absent, LVEF 28% by Simpson biplane, Todd paresis, Lund and Browder chart 18%"),
    # a clinical word after a name and a short word: no part of the name
    ("Dr Ng Heart failure clinic; seen by Dr Smith de novo", "Heart failure clinic"),
    ("seen by Dr Smith de novo", "de novo"),
    # eponyms by their head words
    ("Pancoast tumor with Horner syndrome; Gottron papules; Shouldice repair; Limberg flap; "
     "Carhart notch at 2 kHz; cf. Belfast regimen; Roth spots; Seldinger technique",
     "Pancoast tumor with Horner syndrome; Gottron papules; Shouldice repair; Limberg flap; "
     "Carhart notch at 2 kHz; cf. Belfast regimen; Roth spots; Seldinger technique"),
    # a value ending a sentence, a section's number; roles and vitals after a time
    ("Weight 82.4 kg, height 175 cm, BMI 26.9. TSH 6.2.", "BMI 26.9. TSH 6.2."),
    ("see section 4.2. for details", "section 4.2."),
    ("08:00 BP: 120/80\n[10:02] PLAN: discharge\n[10:03] INTERVIEWER: and then",
     "BP: 120/80\n[10:02] PLAN: discharge\n[10:03] INTERVIEWER: and then"),
    ("14/2 — plan: review bloods", "plan: review bloods"),
    ("augmentin: aug 2 g daily; dec 5 units; mar 2 lesions", "aug 2 g daily; dec 5 units; mar 2"),
    ("Bristol stool type 6, Rome IV criteria; daughter drove down from Glasgow overnight -- "
     "Glasgow Coma Scale to be repeated", "Rome IV criteria"),
    ("daughter drove down from Glasgow overnight -- Glasgow Coma Scale to be repeated",
     "Glasgow Coma Scale"),
    ("GP clinic, Jurong West, Singapore; scooter crash, Canggu, Bali", "Singapore"),
    ("the car 2 hours later; took a taxi 20 min; van 3 of 4 unloaded", "car 2 hours later"),
    (SPANISH_NOTE, "Disfonía leve y Disfagia. Refiere Agresión"),
    (SPANISH_NOTE, "Consciente, Orientada, Colaboradora. No Petequias conjuntivales, no Estridor"),
    # a registration's shape without a word of aviation; a weekday's letters in capitals; a
    # decimal ending a sentence; a unit after a number's groups; counts after a vehicle
    ("RA-ILD on CT, HR-HPV negative, OB-GYN review.", "RA-ILD on CT, HR-HPV negative, OB-GYN"),
    ("DAPSA 22, HAQ-DI 1.1. HLA-B27 negative.", "HAQ-DI 1.1."),
    ("BMI 26.9. Next review in clinic.", "BMI 26.9."),
    ("colonoscopy booked, PEG 3350 4 L prep.", "L prep"),
    ("car seat 2-3 times a week; fri 2 tabs", "2-3 times a week; fri 2 tabs"),
    # counts and rates per unit, as other languages write them
    ("hemoglobina 13,9 g/dL, leucócitos 3.100/mm³, plaquetas 98.000/mm³, TGO 88 U/L",
     "3.100/mm³, plaquetas 98.000/mm³"),
    ("RR 162/94 Hgmm, pulzus 96/perc; mtoto 140/dk; eGFR 62 ml/min/1,73 m²",
     "96/perc; mtoto 140/dk; eGFR 62 ml/min/1,73"),
    # a count before a time; a word that starts like an age in words
    ("dosis 2-3 12:00 ok; il centro (cento metri)", "dosis 2-3 12:00 ok; il centro (cento metri)"),
    # a title before a title
    ("Frau Dr. med. Annegret Hölzl-Baumann, Fachärztin", "Frau Dr. med."),
    # a closing signed by a team or a desk
    ("Best wishes,\nThe Clinic Team", "The Clinic Team"),
    ("Kind regards,\nStudent Health Desk", "Student Health Desk"),
    # a measurement's name before its value and unit, in any language
    ("TD 150/90 mmHg, Nadi 96x/menit, Suhu 37,8 °C", "Nadi 96x/menit, Suhu 37,8 °C"),
    ("severe AS (AVA 0.7 cm², Vmax 4.6 m/s), bicuspid", "Vmax 4.6 m/s"),
    # a time of day in UTC; nouns in a cell of another language's table
    ("tourniquet applied 1510Z.\n1536Z  TMAS link-call to the coordinator", "1510Z"),
    (ITALIAN_TABLE, "Dieta, Riposo"),
    (GERMAN_PLAN, "Herzschwäche, Diabetes"),
    # a label past a column's gap after a name is no more of the name
    ("Forename(s): Niamh Bríd   Date of birth: 11/06/1991", "Date"),
    ("Name: Mary Smith   Ward: 7B", "Ward"),
    # ranks, a noun after a determiner, a dose by its frequency, a dilution, a plan's BIN
    ("Booked in by custody Sgt R. Achterberg at 22:14.", "Sgt"),
    ("Copy by e-mail to the Master, Capt. Aleksandar Petrović.", "Master"),
    ("Cont metformin 1000 BID, Jardiance 10.", "1000 BID"),
    ("Epinephrine 1:1000 0.5 mg IM given.", "1:1000"),
    ("RxBIN 610014 / PCN ADV, BIN 610020, group 99992801", "BIN 610020"),
    ("Lives at home with his wife; seen at 10 am in clinic.", "Lives at home"),
    ("Pt transferred to KINGSTON by road, admitted from ED in SHOCK", "SHOCK"),
    ("Date/time of injury: 04/24/2024 06:50   Reported to employer: 04/24/2024 07:05", "07:05"),
    # organisms and the infections named after places
    ("Serology: Lassa fever, Ebola virus disease and Zika negative; West Nile virus IgM neg",
     "Lassa fever, Ebola virus disease and Zika"),
    ("Blood culture: Fusobacterium necrophorum; stool: Vibrio cholerae O1 Ogawa", "Vibrio"),
    ("Ixodes tick bite; Rickettsia rickettsii PCR pending, Coxsackievirus A16", "Coxsackievirus"),
    # the time a dose is given at, by how it is given or by what follows
    ("pantoprazole 40 mg PO daily 0600 (NDC 0008-0841-81)", "0600"),
    ("insulin glargine 18 units SubQ 2100; lispro per scale", "2100"),
    ("1630 BG 134 -> 0 units, 2100 BG 189 -> 2 units", "2100"),
    ("  03/31  0900  GIVEN     40 MG   KMAHONEY", "0900"),
    ("Note date Mar 18 2025 0710\n\nS: No acute events", "0710"),
    # a list of codes joined by "+"
    ("Port placement R IJ, CPT 36561 + 77001 + 76937.", "77001 + 76937"),
    ("Strength 5/5, 4/5, 3/5 in the left arm", "5/5, 4/5, 3/5"),
    # the times that open a log's lines; a CD marker, a protein change in one-letter code
    ("PACU\n1147 Arrival. Report from CRNA.\n1205 Pain 4/10. Nausea 2\nd/c", "1147"),
    # a holiday named by "Day" is none without it; scales named after people and places
    ("Labor: spontaneous, Bishop 8. Memorial Hospital ED. Mother's name: Ana", "Labor"),
    ("ER/PR Allred 8/8; Lawton IADL 6/8; Vanderbilt scale; Humphrey 24-2", "Allred"),
    # XML elements' names; a Dutch dose a day; the power of ten of a count
    ("<Address><AddressLine1>4 Harrowgate Lane</AddressLine1></Address>\n<CommunicationNumbers>",
     "CommunicationNumbers"),
    ("<Address><AddressLine1>4 Harrowgate Lane</AddressLine1></Address>", "AddressLine1"),
    ("Medicatie: metoprolol 50 mg 1dd1, omeprazol 20 mg 1dd1.", "1dd1"),
    ("WBC     11.8     H     10*3/UL     4.0-10.5", "3/UL"),
    ("NPM1 c.860_863dup (p.W288Cfs*12) VAF 39%; CD117 partial, SCr 1.1, AKI", "p.W288Cfs"),
    ("NPM1 c.860_863dup (p.W288Cfs*12) VAF 39%; CD117 partial, SCr 1.1, AKI", "CD117"),
    # a Read code beside its term; note shorthand; brands of other English-speaking countries
    ("Coded: Asthma attack (H333.); Nocturia (1A23.); LUTS (1AG..)", "H333."),
    ("Coded: Asthma attack (H333.); Nocturia (1A23.); LUTS (1AG..)", "1AG.."),
    ("Appt booked; Eval by Surg, Rcvd 8/5 via Surescripts", "Appt booked; Eval by Surg, Rcvd"),
    ("Reliever: Ventolin Evohaler 100mcg; stop Clenil; continue Movicol, Somac", "Clenil"),
    # a Canadian drug's number before its name, a dose in a pharmacy's capitals, exam eponyms
    ("2024/03/11   02248808   APO-GABAPENTIN 300MG CAP", "02248808   APO-GABAPENTIN"),
    ("02242963   SUBOXONE 8MG/2MG SL TAB (DAILY WIT)", "8MG/2MG"),
    ("Schober normal; Cormack-Lehane 2a; QTc (Bazett) 472 ms; Ortolani neg", "Schober"),
    ("LINES: R IJ CVC. VALVES: normal. ELISA positive. MELD-Na 24, UKELD 52", "ELISA"),
    ("Generalised anxiety disorder (F41.1); r/o Cushing syndrome, r/o 2 lesions", "Cushing"),
    ("home internet address 198.51.100.61 (cellular adapter)", "(cellular adapter)"),
    # a variant's dbSNP id, a protein change after its DNA change, lamivudine
    ("| VKORC1 | rs9923231 A/A | NUDT15 c.415C>T (R139C) het", "rs9923231"),
    ("| VKORC1 | rs9923231 A/A | NUDT15 c.415C>T (R139C) het", "R139C"),
    ("BRCA1 c.68_69delAG (p.Glu23ValfsTer17), pathogenic", "p.Glu23ValfsTer17"),
    ("Switch: TLD (TDF 300 mg / 3TC 300 mg / DTG 50 mg)", "3TC"),
    # clinical words the general word lists miss, by their endings or by name
    ("WEARABLE CARDIOVERTER-DEFIBRILLATOR -- ORDER. Presbyopia. Paracentesis done.",
     "CARDIOVERTER-DEFIBRILLATOR"),
    ("Presbyopia and Diplopia noted. Thoracentesis done. Otoscope exam normal.", "Thoracentesis"),
    ("Closed with 3-0 Vicryl Rapide, 4-0 Monocryl. Contrast 88 mL Visipaque 270. Dispo: home",
     "Vicryl Rapide, 4-0 Monocryl"),
    # countries, peoples and languages are larger than a state: no place that identifies
    ("Born in Nigeria, speaks Yoruba; moved from Scotland in 2019.", "Nigeria"),
    ("Born in Nigeria, speaks Yoruba; moved from Scotland in 2019.", "Yoruba"),
    ("Born in Nigeria, speaks Yoruba; moved from Scotland in 2019.", "Scotland"),
    ("Interpreter (Tigrinya) booked; Samoan family meeting at 2 pm.", "Samoan"),
    # a 24-hour time opening a log's entry, after a date, or before the day
    ("0700 Report to night RN at bedside.\n0730 Up to chair.", "0700"),
    ("- 1415 Coverage verified with payer", "1415"),
    ("Date/time 13-Jun-25 1742   Location: bay 4", "1742"),
    ("Last use 0800 today.", "0800"),
    # the roles and shorthand of a chat are no names
    ("5/18/24, 7:06 PM - Mum: ok see u there", "Mum"),
    ("none of you are my doctor lol. thx", "lol"),
    # readings and doses said in words are no ages over 89
    ("abeg my BP don high again o, one fifty over one hundred", "one hundred"),
    ("the home reading was ninety eight over sixty this afternoon", "ninety eight"),
    ("carbidopa levodopa twenty five one hundred three times daily", "one hundred"),
    ("breath sounds dec 2 bilaterally", "dec 2"),
    # a unit, a word or an abbreviation after a slash is no typist's initials
    ("Heparin 25000 IU/ml; OT/pt eval; CXR PA/lat; HIV/aids; CBC/diff", "OT/pt"),
    ("Heparin 25000 IU/ml; OT/pt eval; CXR PA/lat; HIV/aids; CBC/diff", "PA/lat"),
    ("ECG: Heart Block 2, Mobitz type I", "Heart Block 2"),
    # a role's label before a credential and a colon; a chief complaint after "CC:"
    ("Attending: Dr. Owen    Triage RN: J. Smith    PCP: Dan Brookes", "Triage"),
    ("5 EAST BED BOARD   Charge RN: Tamika   Unit sec: Bo", "Charge"),
    ("CC: fall, head strike, on warfarin", "fall"),
    ("D5 0.45% NaCl + 20 mEq/L KCl; Carb ratio 1:10 breakfast", "NaCl"),
    ("D5 0.45% NaCl + 20 mEq/L KCl; Carb ratio 1:10 breakfast", "Carb"),
    # the products and eponymous tests of allied health, nutrition and renal care
    ("NG feed Osmolite 1.5 at 40 mL/h; dialyzer Optiflux F180NR", "Osmolite"),
    ("Implant: Straumann BLT; Bone graft: Bio-Oss 0.25 g; Membrane: Bio-Gide", "Bio-Oss"),
    ("Fields: Esterman binocular; Semmes-Weinstein 4.31; Hawkins-Kennedy +", "Semmes-Weinstein"),
    # a letter to nobody by name; a bare number is no street's name but before "Ave" or "St"
    ("Dear Colleague,\nThank you for seeing", "Colleague"),
    ("Dear Custodian:\n\nPursuant to the enclosed", "Custodian"),
    ("12 Street Clinic, second floor", "12 Street"),
    ("ROS:neg\nCV:rrr", "ROS:neg"),
    # a statute's sections and years; the Capital Territory's postcodes are 02xx, 26xx, 29xx
    ("Application for assessment (s.8A) / Medical certificate (s.8B)", "s.8A"),
    ("within the meaning of s.3(1)(a) and (b) of the Act", "s.3(1)(a)"),
    ("Dr Rashid Qureshi, Section 12(2) approved", "12(2)"),
    ("Aggravated assault (ARS 13-1204), criminal damage", "13-1204"),
    ("MENTAL HEALTH ACT 2001 — IRELAND\nForm 6 — Recommendation", "2001"),
    # a role's label in another form of the verb; New Zealand's and Ireland's words
    ("Priya Venkataraman, MD        Admitting RN: Colette Ashby, RN", "Admitting"),
    ("Continue s.11. Whānau contact via Hine.", "Whānau"),
    # a billing code in brackets after what it codes, or before its description in brackets
    ("bitewings x4 (D0274), prophylaxis child (D1120).", "D0274"),
    ("J9312 (rituximab 10 mg), J9263 (oxaliplatin 0.5 mg)", "J9312"),
    ("(M0020) Patient ID Number: HH-0042193", "M0020"),
    # an eye's acuity after the other's, a spectacle prescription, a prism, a fluoride's ppm
    ("VA R 6/9 L 6/24 unaided; pinhole 6/12", "6/24"),
    ("Rx: R +3.75/-0.75x175, L +5.25/-1.00x5", "3.75/-0.75x175"),
    ("L esotropia 6Δ at near, 4Δ at distance", "6Δ"),
    ("Duraphat 5000 ppm toothpaste, 51 g tube", "5000 ppm"),
    ("Non-Hodgkin lymphoma; Comfort care only.", "Non-Hodgkin"),
    ("Burns 18% TBSA; fluids by Parkland formula. NHS number: 612 448 0091", "Parkland"),
    ("Burns 18% TBSA; fluids by Parkland formula. NHS number: 612 448 0091", "NHS"),
    ("Neuro: GCS 14 (E4V4M6), pupils 3 mm; ventilator Hamilton C6", "E4V4M6"),
    # a protocol's day after a transplant or an infusion; oncology's words
    ("Febrile neutropenia Day +8: Klebsiella; bone marrow Day +100", "Day +8"),
    ("Apheresis catheter insertion; Lymphovascular invasion: present; Deauville 3", "Apheresis"),
    # a trial's registration numbers identify the trial, no patient
    ("Protocol: ARX-4471-301 (EudraCT 2022-003118-41, NCT05518822)", "2022-003118-41"),
    ("Protocol: ARX-4471-301 (EudraCT 2022-003118-41, NCT05518822)", "NCT05518822"),
    # a heading in another language: a word, then words in lower case to a colon
    ("Ficha de traslado: Valentina Soto M. llegó a urgencias", "Ficha"),
    ("Lettre de cardiologie : admis le 14 mars", "Lettre"),
    # roles, verbs and shifts in a nurse's note are no names
    ("son will call back; wife may visit; md aware, rn notified; charge rn. night rn", "will"),
    ("son will call back; wife may visit; md aware, rn notified; charge rn. night rn", "charge"),
    ("micu nsg progress note 0700-1900; rn covered lunch 1200-1230", "0700-1900"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_field_format_is_masked(text: str, secret: str) -> None:
    start = text.index(secret)
    covered = [False] * len(text)
    for span in detect(text):
        covered[span.start : span.end] = [True] * (span.end - span.start)
    left = [c for i, c in enumerate(text[start : start + len(secret)], start) if not covered[i]]
    assert not any(c.isalnum() for c in left), "".join(left)
    assert secret not in deidentify(text).text


@pytest.mark.parametrize(("text", "clinical"), KEPT)
def test_clinical_text_stays(text: str, clinical: str) -> None:
    start = text.index(clinical)
    end = start + len(clinical)
    assert [s for s in detect(text) if s.start < end and start < s.end] == []


def test_a_typed_span_ending_inside_a_number_keeps_the_net_span_of_the_number() -> None:
    # the typed scan once read "12, 10" of "12, 1007 Lausanne" as a house and its floor, and
    # the postcode the net found added two digits only: "07" was left in the text
    text = "Domicile: Chemin des Fleurettes 12, 1007 Lausanne; travaille à Bellinzona"
    typed = [(10, 38, "STREET_ADDRESS", 0.95)]
    net = [(36, 40, "ZIP", 0.5)]
    assert _beyond_typed(text, typed, net) == net
    assert "07" not in deidentify(text).text


def test_town_after_a_preposition_is_labelled_a_town() -> None:
    text = "Parents live in Bloomington (45 min away); a sister in Sudbury has Sjogren syndrome."
    assert [(s.entity, text[s.start : s.end]) for s in detect(text)] == [
        ("CITY", "Bloomington"),
        ("CITY", "Sudbury"),
    ]


def test_a_dutch_postcodes_letters_open_no_institution() -> None:
    # ("CH" heads a French hospital's name: "CH de Vierzon"; after four digits it is a postcode's)
    text = "Vindplaats: woning, Laan van Meerdervoort 1207, 2555 CH Den Haag (wijk Kijkduin)."
    found = {text[s.start : s.end]: s.entity for s in detect(text)}
    assert found.get("Den Haag") == "CITY"
    assert found.get("2555 CH") == "ZIP"


@pytest.mark.parametrize(
    ("name", "recall", "precision", "broken"),
    [
        ("probe", 0.93, 0.90, 14),
        ("probe2", 0.97, 0.96, 1),
        ("probe3", 0.96, 0.93, 8),
        ("probe4", 0.96, 0.90, 3),  # "nonagenarian" is masked, which probe4 does not mark
        ("probe5", 0.95, 0.94, 8),
        ("probe6", 0.92, 0.85, 13),
        ("probe7", 0.95, 0.74, 52),  # German compounds, brands named like people: see the file
        ("probe8", 0.92, 0.71, 78),  # place-named scores, device models, genetics: see the file
        ("probe9", 0.92, 0.81, 85),  # notes in Japanese and Korean, traps: see the file
        ("probe10", 0.95, 0.93, 22),  # whole documents
        ("faker10", 0.95, 0.95, 140),  # Faker's values in another author's templates
        ("probe11", 0.90, 0.85, 96),  # exports, field notes, OCR, dictation: see the file
        ("probe12", 0.97, 0.88, 70),  # a third party's style: prose, letters, logs, abroad
        ("probe13", 0.89, 0.88, 90),  # i2b2 style, claims, pedigrees, patients' own messages
        ("probe14", 0.90, 0.85, 120),  # eponym and brand lists, OCR, dictation, abroad
        # X12, CSV and log exports, 20 countries' scripts and calendars; it marks years of
        # events and whole timestamps as dates, which Safe Harbor does not ask for
        ("probe15", 0.89, 0.84, 190),
        # SQL dumps, issue trackers, iCalendar, chat exports, OCR'd faxes, Arabic, Persian,
        # Hebrew, Thai and 30 other countries' records; its names keep their titles
        ("probe16", 0.82, 0.78, 400),
        # mainstream US, UK, Canadian and Australian notes in many voices, terse shorthand,
        # 1990s dictation in capitals, templated notes
        ("probe17", 0.92, 0.88, 115),
        # 50 documents of kinds no earlier set has (coroners, prisons, dispatch logs, SMS
        # gateways, theatre lists, immigration medicals ...) in ten countries' English
        ("probe18", 0.86, 0.86, 130),
        # mainstream notes again, 70% American, in 41 kinds and many voices
        ("probe19", 0.95, 0.87, 90),
        # 50 more kinds (a ship's doctor, an army sick parade, a refugee intake, a ski patrol,
        # a cremation form ...) in fifteen countries' English, tables pasted as TSV and Markdown
        ("probe20", 0.94, 0.88, 100),
        # mainstream day-to-day records again, in 50 more kinds (a falls report, a safeguarding
        # referral, huddle minutes, a reception log, mail-merge letters ...) in eight countries
        ("probe21", 0.93, 0.88, 105),
        # American EHR output in 50 more kinds (sticky notes, downtime back-entry, a jail intake,
        # a police blood draw, an IHS home visit, Puerto Rican and border notes in Spanish ...)
        ("probe22", 0.94, 0.86, 160),
        # 50 kinds again from primary, community and specialty care in ten countries: a podcast
        # transcript, an ambient scribe draft, SMS threads, a diary, OCR'd registers
        ("probe23", 0.90, 0.89, 95),
        # hospital, administrative and cross-border records, a dozen of them in other languages
        # (Spanish, French, German, Italian, Polish, Portuguese, Dutch, Swedish, Tagalog,
        # Vietnamese, Turkish) with their clinical words capitalised mid-sentence, which the
        # net reads as another language's nouns: see the file
        ("probe24", 0.88, 0.80, 160),
        # identifier-dense records (retrievals, coroners, claims, trials, fleets, aviation and
        # offshore medicine) in many countries, a third of them in their own languages
        ("probe25", 0.85, 0.85, 175),
        # short and medium notes, half of them in 19 other languages, and English notes from
        # migrant, refugee and travel medicine
        ("probe26", 0.90, 0.88, 100),
        # mainstream records of six English-speaking countries as their EHRs export them (Epic
        # SmartText residue, Cerner, Meditech, EMIS, SystmOne, Best Practice, HealthPathways)
        ("probe27", 0.96, 0.84, 150),
        # mainstream American documents of 50 specialties, in each one's own voice
        ("probe29", 0.96, 0.84, 130),
        # a Safe Harbor stress set of short notes dense with identifiers in unusual formats,
        # from India, Nigeria, Singapore, South Africa, the Philippines and nine other countries
        ("probe28", 0.93, 0.85, 150),
        # Faker's values in 60 templates of another author, in 14 locales, 15% of the notes
        # in the locale's own language
        ("probe30", 0.96, 0.91, 130),
        # longitudinal American records in the i2b2/n2c2 challenge's style: a dozen patients
        # over years, dictated, date-shifted, signed with initials
        ("probe31", 0.96, 0.95, 30),
        # patients' and families' own words in ten countries: portal messages, voicemail
        # transcripts, chat exports, forum posts, in lower case, with typos and spoken numbers
        ("probe32", 0.92, 0.89, 60),
        # behavioural health, addiction, social care and legal documents of six countries
        ("probe33", 0.95, 0.91, 55),
        # allied health and community care: dental, optical, audiology, pharmacy, therapies
        ("probe34", 0.96, 0.87, 65),
        # maternity, neonatal, paediatric and fertility records of seven countries
        ("probe35", 0.97, 0.89, 60),
        # oncology, haematology and transplant records of six countries
        ("probe36", 0.96, 0.86, 100),
        # ICU and ward nursing notes in the PhysioNet style, in lower case, and transcriptions
        ("probe37", 0.91, 0.93, 20),
        # narrative prose with every identifier mid-sentence and unlabelled
        ("probe38", 0.92, 0.90, 15),
        # US Veterans Affairs and military records: CPRS notes, C&P exams, DoD forms, units,
        # installations, VistA names and signatures
        ("probe39", 0.93, 0.83, 80),
        # paediatrics, schools and child welfare in the US, UK and Australia
        ("probe40", 0.96, 0.88, 90),
        # English records of the Gulf, South and Southeast Asia: Hijri dates, lineage names,
        # civil ID numbers, building and P.O. Box addresses
        ("probe41", 0.94, 0.89, 40),
        # raw speech recognition: lower case, numbers, dates and addresses said aloud, names
        # spelled letter by letter, dictation commands
        ("probe42", 0.80, 0.88, 60),
        # research and registry exports: REDCap CSV, dictionaries, line listings, manifests,
        # fixed-width and semicolon tables
        ("probe43", 0.94, 0.83, 100),
        # health IT and security: access audits, interface-engine queues, help-desk tickets,
        # firewall and web-server logs, print and fax queues, user names and machine names
        ("probe44", 0.93, 0.79, 105),
        # specialty pharmacy and medication access: prior authorisations, copay cards, REMS,
        # courier manifests, PDMP reports
        ("probe45", 0.93, 0.87, 90),
        # long-term care: MDS, care plans, MAR grids of initials, guardianship, ages over 89
        ("probe46", 0.92, 0.78, 125),
        # international patients: visa medicals, consulates, other calendars, national IDs
        ("probe47", 0.89, 0.83, 80),
        # archival records: case books, OCR'd letters, ledgers, old dates, exchanges, routes
        ("probe48", 0.84, 0.80, 105),
        # medico-legal and insurance: chronologies, subpoenas, APS, disability and injury claims
        ("probe49", 0.93, 0.84, 75),
        # remote monitoring and home equipment: device exports, pairing logs, delivery tickets
        ("probe50", 0.91, 0.79, 105),
        # public health: line lists, contact tracing, outbreak reports, quarantine notices
        ("probe51", 0.90, 0.82, 175),
        # Chinese, Japanese, Korean and Southeast Asian records in their own languages
        ("probe52", 0.78, 0.72, 130),
        # occupational and sports medicine: team logs, pilot and seafarer medicals, drug tests
        ("probe53", 0.89, 0.82, 105),
        # laboratory, pathology and blood bank: LIS printouts, ISBT labels, instrument logs
        ("probe54", 0.90, 0.78, 190),
        # pharmacy: dispensing records, PDMP reports, e-prescriptions, compounding logs
        ("probe55", 0.94, 0.80, 140),
        # maternity, neonatal and paediatric care in six countries, two other languages
        ("probe56", 0.91, 0.79, 130),
        # behavioural health and addiction: crisis lines, holds, dosing logs, group notes
        ("probe57", 0.91, 0.83, 130),
        # transplant, dialysis and organ donation: referrals, HLA reports, run sheets
        ("probe58", 0.93, 0.84, 90),
        # patients' own messages: SMS and chat threads, voicemail transcripts, portal forms
        ("probe59", 0.94, 0.84, 100),
        # Cyrillic, Greek and Central European records in their own languages
        ("probe60", 0.89, 0.83, 110),
        # FHIR resources and bundles, C-CDA, HL7 v2 and X12 messages, engine logs
        ("probe61", 0.93, 0.77, 125),
        # emergency medical services: dispatch logs, ePCR exports, radio transcripts
        ("probe62", 0.91, 0.83, 70),
        # French, Italian, Dutch, Nordic, Portuguese and Catalan records in their languages
        ("probe63", 0.88, 0.83, 120),
        # Chinese, Korean and Vietnamese records in their own scripts
        ("probe64", 0.79, 0.77, 155),
        # clinical research and pharmacovigilance: CIOMS, MedWatch, CRFs, logs, letters
        ("probe65", 0.93, 0.78, 95),
        # rehabilitation and home care: therapy notes, OASIS, EVV logs, DME orders
        ("probe66", 0.94, 0.78, 170),
        # the operating theatre: anaesthesia records, counts, implant logs, WHO checklists
        ("probe67", 0.94, 0.86, 115),
        # German, Polish, Czech, Hungarian, Greek and Turkish records in their own languages
        ("probe68", 0.88, 0.84, 85),
        # Arabic, Hebrew, Persian, Hindi and Thai records in their own scripts
        ("probe69", 0.89, 0.87, 80),
        # Latin American records in Spanish and Portuguese with their national identifiers
        ("probe70", 0.91, 0.78, 80),
        # radiology informatics: DICOM dumps, worklists, PACS audits, HL7 imaging messages
        ("probe71", 0.94, 0.84, 135),
        # eye, ear and hearing care: OCT and field printouts, screening logs, device fittings
        ("probe72", 0.95, 0.79, 170),
        # Swedish, Norwegian, Danish, Finnish, Icelandic and Dutch records in their languages
        ("probe73", 0.87, 0.78, 155),
        # death and after: certificates, post-mortems, coroners' files, funerals, bereavement
        ("probe74", 0.93, 0.90, 50),
        # English records of Nigeria, Ghana, Kenya, South Africa, India, Pakistan, Sri Lanka
        ("probe75", 0.93, 0.85, 85),
        # medical billing and claims: CMS-1500, UB-04, X12, EOBs, collections, coding queries
        ("probe76", 0.94, 0.78, 335),
        # Korean, Vietnamese, Indonesian, Malay and Filipino records in their own languages
        ("probe77", 0.89, 0.77, 90),
        # correctional, occupational and forensic health: custody, DOT exams, drug tests
        ("probe78", 0.96, 0.84, 56),
        # clinical genetics: variant reports, pedigrees, biobank manifests, cascade letters
        ("probe79", 0.92, 0.83, 150),
        # military and veterans' health: VA notes, DD forms, casualty cards, unit rosters
        ("probe80", 0.88, 0.85, 48),
        # street medicine, homelessness, sexual health and harm reduction, with street names
        ("probe81", 0.84, 0.90, 82),
        # Indigenous, rural and remote health in Australia, Canada, the US, Aotearoa, Pacific
        ("probe82", 0.91, 0.83, 117),
        # scheduling, telehealth and patient logistics: reminders, ICS invites, transport
        ("probe83", 0.93, 0.88, 74),
        # African records in French, Portuguese, Swahili, Amharic, Hausa, Yoruba, Zulu, Xhosa
        ("probe84", 0.74, 0.81, 67),
        # cardiology and cardiac devices: ECGs, Holters, device checks, INR logs, registries
        ("probe85", 0.90, 0.84, 125),
        # dermatology, wounds, burns and plastics with clinical photographs' metadata
        ("probe86", 0.91, 0.85, 125),
        # humanitarian, refugee and migrant health: camp registers, asylum reports, line lists
        ("probe87", 0.90, 0.86, 100),
        # advance care planning, palliative care and hospice, and their legal paperwork
        ("probe88", 0.94, 0.89, 105),
        # Bengali, Urdu, Tamil, Sinhala, Nepali and Punjabi records in their own scripts
        ("probe89", 0.82, 0.80, 125),
        # hospital operations: handovers, bed boards, pager logs, porters, incident reports
        ("probe90", 0.90, 0.88, 110),
        # Spain and Portugal: Spanish, Catalan, Galician and Portuguese hospital and GP records
        ("probe91", 0.85, 0.82, 110),
        # Japanese records in their own script: referral letters, insurance cards, chats
        ("probe92", 0.83, 0.80, 165),
        # neurology, sleep and neurophysiology: EEG, EMG, PSG, EDF headers, seizure diaries
        ("probe93", 0.93, 0.87, 55),
        # endoscopy, GI, hepatology and bariatric surgery: reports, scope logs, screening
        ("probe94", 0.94, 0.87, 108),
        # immunisation and travel medicine: records, registry messages, certificates
        ("probe95", 0.91, 0.82, 150),
        # disability, benefits and social insurance of six countries
        ("probe96", 0.92, 0.86, 103),
        # Italian hospital and primary-care records in Italian
        ("probe97", 0.85, 0.87, 75),
        # Dutch and Flemish records in Dutch
        ("probe98", 0.82, 0.88, 62),
        # nephrology and dialysis in five countries: run sheets, machine logs, transport
        ("probe99", 0.91, 0.87, 95),
        # poison control, toxicology, animal bites and zoonoses
        ("probe100", 0.89, 0.85, 100),
        # radiotherapy and nuclear medicine: plans, record-and-verify exports, isotope logs
        ("probe101", 0.89, 0.85, 78),
        # nutrition, dietetics and eating disorders: TPN orders, food diaries, pump logs
        ("probe102", 0.93, 0.83, 175),
        # French-language records of France, Belgium, Switzerland and Quebec in French
        ("probe103", 0.88, 0.87, 72),
        # German-language records of Germany, Austria and Switzerland in German
        ("probe104", 0.87, 0.82, 88),
        # Brazilian and Portuguese records in Portuguese
        ("probe105", 0.87, 0.83, 115),
        # dentistry and oral and maxillofacial surgery: charts, claims, lab slips, implants
        ("probe106", 0.89, 0.82, 192),
        # pulmonology, respiratory medicine and allergy: PFTs, action plans, immunotherapy
        ("probe107", 0.91, 0.84, 106),
        # orthopaedics, trauma and musculoskeletal care: implant stickers, registries, casts
        ("probe108", 0.92, 0.86, 105),
    ],
)
def test_probe_sets(name: str, recall: float, precision: float, broken: int) -> None:
    """The probe sets as a whole (see ``probe*.txt``): they no longer hold
    out, so this guards against losing what they found rather than measuring recall on
    unseen text."""
    cases = load_cases(DATA / f"{name}.jsonl")
    score = evaluate(cases, lambda text: [(s.start, s.end) for s in detect(text)])
    assert score.overall_recall >= recall
    assert score.precision >= precision
    assert len(score.broken) <= broken


# Pieces of the formats with rules of their own: HL7 segments, labelled fields, dictated and
# scanned identifiers.
HL7_PIECES = ["PID|", "NK1|", "GT1|", "IN1|", "OBX|", "|", "||", "^", "~", "&", "\r", "\n",
              " ", "DOE", "JANE", "12345678", "617-555-0100", "1 MAIN ST", "19440312", "é", ""]
FIELD_AND_DICTATION_PIECES = [
    "five", "one", "oh", "Charlie", "x-ray", "D as in David", " ", ", ", "-", "  ", "\n", "CITY",
    "city", "Address", "addr1", "line", ":", "=", '"', "[", "{", "}", "|", ";", "HAYS",
    "Montréal", "14 Main St", "apt 3", "4 8 2 0 1", "N-W-A-N-K", " dot ", " at ", "yahoo", "com",
    "İ", "5 de mayo de 1944", "his mid-90s", "91Y/M", "LMP 6/12", "Fitz-", "gerald", "J.R.",
    "12. März", "Bisbee AZ 85603", "^", "SMITH^JOHN", "14 rue des Lilas", "Calle Mayor 12",
    "\u200b", "\u00ad", "０", "٩", "−", "(0)5", "ext. 3", "ramal", "1445 AH", "",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(HL7_PIECES), max_size=40)
    | st.lists(st.sampled_from(FIELD_AND_DICTATION_PIECES), max_size=40)
)
def test_structured_and_dictated_text_restores_exactly(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans = detect(text)
    assert all(0 <= a.start < a.end <= len(text) for a in spans)
    assert all(a.end < b.start for a, b in itertools.pairwise(spans))  # disjoint, not touching
    out = deidentify(text)
    assert out.reidentify(out.text) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 /-\u200b\u00ad\ufeff０٩९−Ａ", max_size=30))
def test_readable_text_maps_back_to_the_original(text: str) -> None:
    """Each character of the text the detectors read stands for the one its offset names."""
    scanned, offsets = readable(text)
    if offsets is None:
        assert len(scanned) == len(text)
        offsets = [*range(len(text)), len(text)]
    assert len(offsets) == len(scanned) + 1 and offsets[-1] == len(text)
    for char, at in zip(scanned, offsets, strict=False):
        assert readable(text[at])[0] == char
    assert all(c not in scanned for c in "\u200b\u00ad\ufeff")
