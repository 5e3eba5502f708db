<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AssociationSource</name>
    <message>
        <location filename="../../ui/settings_view.py" line="255" />
        <source>Short code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="256" />
        <location filename="../../ui/settings_view.py" line="273" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="257" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="258" />
        <location filename="../../ui/settings_view.py" line="276" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="259" />
        <location filename="../../ui/settings_view.py" line="277" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="266" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="274" />
        <source>Short code (1–4 letters, printed on labels)</source>
        <translation>Kürzel (1–4 Buchstaben, steht auf den Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="275" />
        <source>Colour (#RRGGBB, the band on labels)</source>
        <translation>Farbe (#RRGGBB, Streifen auf den Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="284" />
        <source>New association</source>
        <translation>Neuer Verein</translation>
    </message>
</context>
<context>
    <name>BoxDetailPanel</name>
    <message>
        <location filename="../../ui/box_detail.py" line="32" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="33" />
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="34" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="35" />
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="36" />
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="37" />
        <source>Contents (English)</source>
        <translation>Inhalt (englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="38" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="39" />
        <source>Net / gross kg</source>
        <translation>Netto / brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="40" />
        <source>Value per unit</source>
        <translation>Wert je Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="41" />
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="42" />
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="43" />
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="44" />
        <source>Serial / VIN</source>
        <translation>Seriennr. / FIN</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="45" />
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="46" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="47" />
        <source>Intake</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="53" />
        <location filename="../../ui/box_detail.py" line="107" />
        <source>Select a box or scan its label</source>
        <translation>Kiste auswählen oder ihr Etikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="67" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="68" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="69" />
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="70" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="71" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="88" />
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="120" />
        <source>used, %1 % wear</source>
        <translation>gebraucht, %1 % abgenutzt</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="131" />
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="135" />
        <source>pallet %1 at %2</source>
        <translation>Palette %1 auf %2</translation>
    </message>
    <message>
        <location filename="../../ui/box_detail.py" line="139" />
        <source>donation %1, %2</source>
        <translation>Spende %1, %2</translation>
    </message>
</context>
<context>
    <name>CategorySource</name>
    <message>
        <location filename="../../ui/settings_view.py" line="184" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="185" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="186" />
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="187" />
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="188" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="189" />
        <source>Value EUR</source>
        <translation>Wert EUR</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="190" />
        <source>Min. shelf life (days)</source>
        <translation>Mindesthaltbarkeit (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="191" />
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="192" />
        <source>UN number</source>
        <translation>UN-Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="193" />
        <source>Export note</source>
        <translation>Ausfuhrhinweis</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="208" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="219" />
        <source>German name</source>
        <translation>Deutscher Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="220" />
        <source>English name</source>
        <translation>Englischer Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="221" />
        <source>Ukrainian name</source>
        <translation>Ukrainischer Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="222" />
        <source>HS code (6 digits)</source>
        <translation>HS-Code (6 Stellen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="223" />
        <source>Default unit</source>
        <translation>Standardeinheit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="224" />
        <source>Default value per unit (EUR)</source>
        <translation>Standardwert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="225" />
        <source>Expiry date required</source>
        <translation>Ablaufdatum nötig</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="227" />
        <source>Minimum shelf life at departure (days)</source>
        <translation>Mindesthaltbarkeit bei Abfahrt (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="229" />
        <source>Vehicle (needs a VIN)</source>
        <translation>Fahrzeug (braucht eine FIN)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="230" />
        <source>UN number (dangerous goods)</source>
        <translation>UN-Nummer (Gefahrgut)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="231" />
        <source>Export attention note</source>
        <translation>Hinweis für die Ausfuhr</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="232" />
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="244" />
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="245" />
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
</context>
<context>
    <name>CorrectBoxDialog</name>
    <message>
        <location filename="../../ui/box_dialogs.py" line="53" />
        <source>Correct box %1</source>
        <translation>Kiste %1 korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="70" />
        <source>Used goods</source>
        <translation>Gebrauchte Ware</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="76" />
        <source>Has an expiry date</source>
        <translation>Hat ein Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="88" />
        <source>(on its pallet)</source>
        <translation>(auf ihrer Palette)</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="93" />
        <source>Why is this corrected? (kept in the history)</source>
        <translation>Warum wird korrigiert? (bleibt in der Historie)</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="98" />
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="99" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="100" />
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="101" />
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="102" />
        <source>Contents (English)</source>
        <translation>Inhalt (englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="103" />
        <source>Quantity (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="104" />
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="105" />
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="106" />
        <source>Value per unit (EUR)</source>
        <translation>Wert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="108" />
        <source>Wear</source>
        <translation>Abnutzung</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="110" />
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="111" />
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="112" />
        <source>Serial number or VIN</source>
        <translation>Seriennummer oder FIN</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="113" />
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="114" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <location filename="../../ui/settings_view.py" line="299" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="300" />
        <source>(server: use pg_dump)</source>
        <translation>(Server: mit pg_dump sichern)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="301" />
        <source>Backups folder</source>
        <translation>Ordner der Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="302" />
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="303" />
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="313" />
        <source>Hafenlager backs the database up once a day at start and keeps the last 14 backups. To restore one, close Hafenlager and run: hafenlager restore FILE</source>
        <translation>Hafenlager sichert die Datenbank einmal täglich beim Start und behält die letzten 14 Sicherungen. Zum Zurückspielen Hafenlager schließen und ausführen: hafenlager restore DATEI</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="330" />
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="332" />
        <source>Backup written to %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>DisposeBoxDialog</name>
    <message>
        <location filename="../../ui/box_dialogs.py" line="173" />
        <source>Dispose of box %1</source>
        <translation>Kiste %1 entsorgen</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="175" />
        <source>Box %1 (%2) leaves the stock for good. It stays in the history.</source>
        <translation>Kiste %1 (%2) verlässt den Bestand endgültig. Sie bleibt in der Historie.</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="181" />
        <source>Reason, for example: spoiled, broken</source>
        <translation>Grund, zum Beispiel: verdorben, kaputt</translation>
    </message>
    <message>
        <location filename="../../ui/box_dialogs.py" line="184" />
        <source>Dispose</source>
        <translation>Entsorgen</translation>
    </message>
</context>
<context>
    <name>HallSettings</name>
    <message>
        <location filename="../../ui/settings_view.py" line="58" />
        <source>Sender (association)</source>
        <translation>Absender (Verein)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="59" />
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="60" />
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="61" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="62" />
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="63" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="64" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="65" />
        <source>Register entry (Vereinsregister)</source>
        <translation>Vereinsregister</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="74" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="80" />
        <source>These details are printed as the sender on labels and convoy documents.</source>
        <translation>Diese Angaben stehen als Absender auf Etiketten und Konvoi-Papieren.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="93" />
        <source>The sender's name cannot be empty.</source>
        <translation>Der Name des Absenders darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="97" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Hafenlager – donation hall Dortmund harbour</source>
        <translation>Hafenlager – Spendenhalle Dortmunder Hafen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <location filename="../../ui/main_window.py" line="84" />
        <location filename="../../ui/main_window.py" line="86" />
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <location filename="../../ui/main_window.py" line="79" />
        <source>Intake</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Receiving donations box by box and printing their labels comes here.</source>
        <translation>Hier kommt die Annahme der Spenden Kiste für Kiste mit Etikettendruck hin.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>Put away, pack pallets, load trucks and take stock by scanning comes here. Until then, a scan on any screen opens the box or pallet.</source>
        <translation>Hier kommen Einlagern, Paletten packen, Lkw beladen und Inventur per Scanner hin. Bis dahin öffnet ein Scan auf jedem Bildschirm die Kiste oder Palette.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <location filename="../../ui/main_window.py" line="97" />
        <source>Convoys</source>
        <translation>Konvois</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>Planning and loading the trucks to Zhytomyr comes here.</source>
        <translation>Hier kommt das Planen und Beladen der Lkw nach Schytomyr hin.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <location filename="../../ui/main_window.py" line="104" />
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Convoy paperwork and stock reports come here. The stock screen already exports its view to CSV and Excel.</source>
        <translation>Hier kommen die Konvoi-Papiere und Bestandsberichte hin. Die Bestandsansicht exportiert schon nach CSV und Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Volunteer: %1 · Station: %2</source>
        <translation>Helfer: %1 · Arbeitsplatz: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Daily backup written: %1</source>
        <translation>Tägliche Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>Daily backup failed: %1</source>
        <translation>Tägliche Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>The daily backup failed – see the status bar.</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen – siehe Statusleiste.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>Box %1</source>
        <translation>Kiste %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Pallet %1</source>
        <translation>Palette %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>Location %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
</context>
<context>
    <name>PalletDialog</name>
    <message>
        <location filename="../../ui/pallet_dialog.py" line="31" />
        <source>Pallet %1</source>
        <translation>Palette %1</translation>
    </message>
    <message>
        <location filename="../../ui/pallet_dialog.py" line="37" />
        <source>%1 · %2 · %3 boxes · net %4 kg · gross %5 kg with tare · owners: %6</source>
        <translation>%1 · %2 · %3 Kisten · netto %4 kg · brutto %5 kg mit Palette · Eigentümer: %6</translation>
    </message>
    <message>
        <location filename="../../ui/pallet_dialog.py" line="51" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pallet_dialog.py" line="52" />
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/pallet_dialog.py" line="53" />
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/pallet_dialog.py" line="54" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/pallet_dialog.py" line="55" />
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/pallet_dialog.py" line="56" />
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/settings_view.py" line="131" />
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="132" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../../ui/scan_input.py" line="18" />
        <source>Scan or type a code, then Enter</source>
        <translation>Code scannen oder eintippen, dann Enter</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="45" />
        <source>Hall and sender</source>
        <translation>Halle und Absender</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="46" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="47" />
        <source>Associations</source>
        <translation>Vereine</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="48" />
        <source>Data and backups</source>
        <translation>Daten und Sicherungen</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../ui/stock_model.py" line="65" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="66" />
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="68" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="73" />
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="78" />
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="83" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="88" />
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="93" />
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="98" />
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="103" />
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="107" />
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="109" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/stock_model.py" line="114" />
        <source>Received</source>
        <translation>Angenommen</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock_view.py" line="52" />
        <source>Expires before</source>
        <translation>Läuft ab vor</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="59" />
        <source>Code or words (German, Ukrainian, English)</source>
        <translation>Code oder Wörter (deutsch, ukrainisch, englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="61" />
        <source>&amp;Reset filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="80" />
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="81" />
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="82" />
        <source>&amp;Location</source>
        <translation>&amp;Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="83" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="92" />
        <source>Searc&amp;h</source>
        <translation>Suc&amp;hen</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="120" />
        <source>C&amp;orrect…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="121" />
        <source>&amp;Dispose…</source>
        <translation>&amp;Entsorgen…</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="122" />
        <source>&amp;Export view…</source>
        <translation>Ansicht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="174" />
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="177" />
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="180" />
        <source>All locations</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="183" />
        <source>All statuses</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="230" />
        <source>Boxes in view: %1</source>
        <translation>Kisten in der Ansicht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="300" />
        <source>Export the boxes in view</source>
        <translation>Kisten der Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="302" />
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="312" />
        <source>Owner colour</source>
        <translation>Farbe des Eigentümers</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="325" />
        <source>Exporting %1 boxes…</source>
        <translation>%1 Kisten werden exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="326" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="332" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="347" />
        <source>%1 boxes exported to %2</source>
        <translation>%1 Kisten exportiert nach %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock_view.py" line="355" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="23" />
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="30" />
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="35" />
        <source>Language of this PC</source>
        <translation>Sprache dieses PCs</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="51" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="52" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="53" />
        <source>&amp;Station</source>
        <translation>&amp;Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="55" />
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="58" />
        <source>Pick your name or type a new one.</source>
        <translation>Wählen Sie Ihren Namen oder tippen Sie einen neuen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="67" />
        <source>Give this workstation a name, for example Halle-PC-1.</source>
        <translation>Geben Sie diesem Arbeitsplatz einen Namen, zum Beispiel Halle-PC-1.</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="72" />
        <source>Type your name, so your work is recorded under it.</source>
        <translation>Tippen Sie Ihren Namen ein, damit Ihre Arbeit darunter erfasst wird.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="117" />
        <source>Hafenlager cannot start</source>
        <translation>Hafenlager kann nicht starten</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>in stock</source>
        <translation>auf Lager</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>on pallet</source>
        <translation>auf Palette</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <location filename="../../ui/labels.py" line="26" />
        <source>loaded</source>
        <translation>verladen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <location filename="../../ui/labels.py" line="28" />
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <location filename="../../ui/labels.py" line="29" />
        <source>delivered</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <location filename="../../ui/labels.py" line="31" />
        <source>disposed</source>
        <translation>entsorgt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>dissolved</source>
        <translation>aufgelöst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>received</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>moved</source>
        <translation>umgelagert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>packed</source>
        <translation>gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>unpacked</source>
        <translation>ausgepackt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>unloaded</source>
        <translation>entladen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>created</source>
        <translation>angelegt</translation>
    </message>
</context>
</TS>