<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="159"/>
        <source>Accept offer %1</source>
        <translation>Angebot %1 annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="163"/>
        <source>General stock (no need line)</source>
        <translation>Allgemeiner Bestand (keine Bedarfszeile)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="166"/>
        <source>%1, %2, line %3: %4 %5 %6</source>
        <translation>%1, %2, Zeile %3: %4 %5 %6</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="177"/>
        <source>No slot yet</source>
        <translation>Noch kein Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="180"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 frei)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="187"/>
        <source>Booked already: move it on the Drop-offs tab.</source>
        <translation>Schon gebucht: auf dem Reiter „Anlieferungen“ verschieben.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="190"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="191"/>
        <source>Drop-off slot</source>
        <translation>Zeitfenster der Anlieferung</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../ui/activity/detail.py" line="28"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="29"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="30"/>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="31"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="32"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="35"/>
        <source>Changes (field: before → after)</source>
        <translation>Änderungen (Feld: vorher → nachher)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="47"/>
        <source>Choose an entry to see what it changed</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="57"/>
        <source>(nobody signed in)</source>
        <translation>(niemand angemeldet)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="71"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="71"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../ui/activity/page.py" line="61"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="63"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="74"/>
        <source>Scan or type a box, pallet or convoy code</source>
        <translation>Kisten-, Paletten- oder Konvoicode scannen oder eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="77"/>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="78"/>
        <source>Export XLSX…</source>
        <translation>XLSX exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="79"/>
        <source>&amp;Reset filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="86"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="93"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="94"/>
        <source>&amp;Station</source>
        <translation>&amp;Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="95"/>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="96"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="192"/>
        <source>Everybody</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="197"/>
        <source>All stations</source>
        <translation>Alle Arbeitsplätze</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="267"/>
        <source> (scroll down for older ones)</source>
        <translation> (für ältere nach unten scrollen)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="268"/>
        <source>%1 entries shown</source>
        <translation>%1 Einträge angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="297"/>
        <source>Export the activity log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="299"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="323"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="336"/>
        <source>%1 entries exported to %2</source>
        <translation>%1 Einträge nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/activity/model.py" line="39"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="40"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="41"/>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="42"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="43"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="44"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>ActsButton</name>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="149"/>
        <source>Acceptance acts…</source>
        <translation>Übergabeprotokolle…</translation>
    </message>
</context>
<context>
    <name>ActsDialog</name>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="34"/>
        <source>Acceptance acts of %1</source>
        <translation>Übergabeprotokolle des Konvois %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="39"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="39"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="39"/>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="39"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="47"/>
        <source>Attach an act…</source>
        <translation>Protokoll anhängen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="63"/>
        <source>No act is attached yet: attach it here or when confirming the delivery.</source>
        <translation>Noch kein Protokoll angehängt: Hängen Sie es hier oder beim Bestätigen der Übergabe an.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="71"/>
        <source>whole convoy</source>
        <translation>ganzer Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="44"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="45"/>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="89"/>
        <source>The signed acceptance act</source>
        <translation>Das unterschriebene Übergabeprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="90"/>
        <source>Act (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Protokoll (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="101"/>
        <source>%1 attached.</source>
        <translation>%1 angehängt.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="114"/>
        <source>Save a copy of the act</source>
        <translation>Kopie des Protokolls speichern</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="125"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>AssociationSource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="225"/>
        <source>Short code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="226"/>
        <location filename="../../ui/settings/records.py" line="266"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="227"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="228"/>
        <location filename="../../ui/settings/records.py" line="269"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="229"/>
        <location filename="../../ui/settings/records.py" line="270"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="230"/>
        <source>Tax exemption</source>
        <translation>Steuerbefreiung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="257"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="267"/>
        <source>Short code (1–4 letters, printed on labels)</source>
        <translation>Kürzel (1–4 Buchstaben, steht auf den Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="268"/>
        <source>Colour (#RRGGBB, the band on labels)</source>
        <translation>Farbe (#RRGGBB, Streifen auf den Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="272"/>
        <source>Address (on donors&apos; receipts)</source>
        <translation>Anschrift (auf Zuwendungsbestätigungen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="273"/>
        <source>Tax office (for donors&apos; receipts)</source>
        <translation>Finanzamt (für Zuwendungsbestätigungen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="274"/>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="275"/>
        <source>Date of the exemption notice (dd.mm.yyyy)</source>
        <translation>Datum des Freistellungsbescheids (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="276"/>
        <source>Assessment period (year)</source>
        <translation>Veranlagungszeitraum (Jahr)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="277"/>
        <source>Purpose, as the statute names it</source>
        <translation>Zweck, wie in der Satzung genannt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="284"/>
        <source>New association</source>
        <translation>Neuer Verein</translation>
    </message>
</context>
<context>
    <name>BoxDetailPanel</name>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="28"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="29"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="30"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="31"/>
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="32"/>
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="33"/>
        <source>Contents (English)</source>
        <translation>Inhalt (englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="34"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="35"/>
        <source>Net / gross kg</source>
        <translation>Netto / brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="36"/>
        <source>Value per unit</source>
        <translation>Wert je Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="37"/>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="38"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="39"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="40"/>
        <source>Serial / VIN</source>
        <translation>Seriennr. / FIN</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="41"/>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="43"/>
        <source>Intake</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="49"/>
        <location filename="../../ui/stock/box_detail.py" line="103"/>
        <source>Select a box or scan its label</source>
        <translation>Kiste auswählen oder ihr Etikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="63"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="64"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="65"/>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="66"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="67"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="84"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="116"/>
        <source>used, %1 % wear</source>
        <translation>gebraucht, %1 % abgenutzt</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="127"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="131"/>
        <source>pallet %1 at %2</source>
        <translation>Palette %1 auf %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="135"/>
        <source>donation %1, %2</source>
        <translation>Spende %1, %2</translation>
    </message>
</context>
<context>
    <name>CapacityGauges</name>
    <message>
        <location filename="../../ui/convoys/gauges.py" line="14"/>
        <source>Capacity</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/gauges.py" line="31"/>
        <source>pallet places</source>
        <translation>Palettenplätze</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/gauges.py" line="36"/>
        <source>Whole convoy</source>
        <translation>Ganzer Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/gauges.py" line="39"/>
        <source>boxes</source>
        <translation>Kisten</translation>
    </message>
</context>
<context>
    <name>CategorySource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="126"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="127"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="128"/>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="129"/>
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="130"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="131"/>
        <source>Value EUR</source>
        <translation>Wert EUR</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="132"/>
        <source>Min. shelf life (days)</source>
        <translation>Mindesthaltbarkeit (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="133"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="134"/>
        <source>UN number</source>
        <translation>UN-Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="135"/>
        <source>Export note</source>
        <translation>Ausfuhrhinweis</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="150"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="161"/>
        <source>German name</source>
        <translation>Deutscher Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="162"/>
        <source>English name</source>
        <translation>Englischer Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="163"/>
        <source>Ukrainian name</source>
        <translation>Ukrainischer Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="164"/>
        <source>HS code (6 digits) or UKTZED (10)</source>
        <translation>HS-Code (6 Stellen) oder UKTZED (10)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="165"/>
        <source>Default unit</source>
        <translation>Standardeinheit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="166"/>
        <source>Default value per unit (EUR)</source>
        <translation>Standardwert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="167"/>
        <source>Expiry date required</source>
        <translation>Ablaufdatum nötig</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="169"/>
        <source>Minimum shelf life at departure (days)</source>
        <translation>Mindesthaltbarkeit bei Abfahrt (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="171"/>
        <source>Vehicle (needs a VIN)</source>
        <translation>Fahrzeug (braucht eine FIN)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="172"/>
        <source>UN number (dangerous goods)</source>
        <translation>UN-Nummer (Gefahrgut)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="173"/>
        <source>Proper shipping name (ADR)</source>
        <translation>Offizielle Benennung (ADR)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="174"/>
        <source>ADR class</source>
        <translation>ADR-Klasse</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="175"/>
        <source>Packing group</source>
        <translation>Verpackungsgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="178"/>
        <source>ADR transport category</source>
        <translation>ADR-Beförderungskategorie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="180"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="182"/>
        <source>AHARS goods category</source>
        <translation>Warenkategorie in AHARS</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="183"/>
        <source>Export attention note</source>
        <translation>Hinweis für die Ausfuhr</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="184"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="196"/>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="197"/>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
</context>
<context>
    <name>ConvoyCorrections</name>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="87"/>
        <source>Remove from convoy (%1)</source>
        <translation>Vom Konvoi nehmen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="90"/>
        <source>Move to vehicle…</source>
        <translation>Auf anderes Fahrzeug…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="96"/>
        <source>Edit vehicle %1…</source>
        <translation>Fahrzeug %1 bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="116"/>
        <source>Remove from convoy</source>
        <translation>Vom Konvoi nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="117"/>
        <source>%1 of them are loaded on a truck. Unload them to:</source>
        <translation>%1 davon sind auf einen Lkw geladen. Abladen nach:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="145"/>
        <source>%1 taken off convoy %2.</source>
        <translation>%1 vom Konvoi %2 genommen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="161"/>
        <source>The convoy has no vehicle yet: add one first.</source>
        <translation>Der Konvoi hat noch kein Fahrzeug: zuerst eines hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="164"/>
        <source>Move to vehicle</source>
        <translation>Auf anderes Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="164"/>
        <source>Vehicle:</source>
        <translation>Fahrzeug:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="185"/>
        <source>%1 now on vehicle %2.</source>
        <translation>%1 jetzt auf Fahrzeug %2.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="210"/>
        <source>Take off the convoy</source>
        <translation>Vom Konvoi nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="211"/>
        <source>Take %1 off the convoy?</source>
        <translation>%1 vom Konvoi nehmen?</translation>
    </message>
</context>
<context>
    <name>ConvoyDialog</name>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="19"/>
        <source>New convoy</source>
        <translation>Neuer Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="33"/>
        <source>ATLAS export MRN, when the customs office gave one</source>
        <translation>ATLAS-Ausfuhr-MRN, sobald das Zollamt sie vergeben hat</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="35"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="37"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="38"/>
        <source>Delivery place</source>
        <translation>Lieferort</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="39"/>
        <source>Border crossing</source>
        <translation>Grenzübergang</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="40"/>
        <source>Departure</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="41"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="42"/>
        <source>Aid code</source>
        <translation>Hilfscode</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="43"/>
        <source>Aid code valid until</source>
        <translation>Hilfscode gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="44"/>
        <source>Export MRN</source>
        <translation>Ausfuhr-MRN</translation>
    </message>
</context>
<context>
    <name>ConvoyView</name>
    <message>
        <location filename="../../ui/convoys/view.py" line="70"/>
        <source>New convoy…</source>
        <translation>Neuer Konvoi…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="87"/>
        <source>Vehicle / pallet / box</source>
        <translation>Fahrzeug / Palette / Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="88"/>
        <location filename="../../ui/convoys/view.py" line="108"/>
        <source>Boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="89"/>
        <location filename="../../ui/convoys/view.py" line="108"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="90"/>
        <source>Loaded</source>
        <translation>Verladen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="91"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="92"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="108"/>
        <source>Association / category</source>
        <translation>Verein / Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="116"/>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="117"/>
        <source>Per association and category</source>
        <translation>Je Verein und Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="118"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="121"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="122"/>
        <source>Add vehicle…</source>
        <translation>Fahrzeug hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="123"/>
        <source>Choose goods…</source>
        <translation>Waren auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="124"/>
        <source>Start loading</source>
        <translation>Verladen beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="125"/>
        <source>Mark ready</source>
        <translation>Als bereit markieren</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="126"/>
        <location filename="../../ui/convoys/view.py" line="361"/>
        <source>Depart</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="127"/>
        <source>Confirm delivery…</source>
        <translation>Übergabe bestätigen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="128"/>
        <source>Print papers…</source>
        <translation>Papiere drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="229"/>
        <source>No convoy yet: create one.</source>
        <translation>Noch kein Konvoi: einen anlegen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="269"/>
        <source>not on a vehicle yet</source>
        <translation>noch auf keinem Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="283"/>
        <source>loose boxes</source>
        <translation>lose Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="286"/>
        <location filename="../../ui/convoys/view.py" line="307"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="317"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="317"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="329"/>
        <source>Readiness (%1)</source>
        <translation>Bereitschaft (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="350"/>
        <source>Convoy %1: %2</source>
        <translation>Konvoi %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="363"/>
        <source>Convoy %1 departs now: everything loaded is shipped and nothing of it can change any more. Go ahead?</source>
        <translation>Konvoi %1 fährt jetzt ab: alles Verladene gilt als versandt und kann nicht mehr geändert werden. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="382"/>
        <source>Convoy %1 departs: its papers are being made and archived…</source>
        <translation>Konvoi %1 fährt ab: seine Papiere werden erstellt und archiviert…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="400"/>
        <source>Convoy %1 departed; its papers are archived.</source>
        <translation>Konvoi %1 ist abgefahren; seine Papiere sind archiviert.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="446"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="447"/>
        <source>Licence number or MRN for:
%1</source>
        <translation>Genehmigungsnummer oder MRN für:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="457"/>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../../ui/needs/page.py" line="21"/>
        <source>&amp;Needs</source>
        <translation>&amp;Bedarf</translation>
    </message>
    <message>
        <location filename="../../ui/needs/page.py" line="22"/>
        <source>&amp;Offers</source>
        <translation>&amp;Angebote</translation>
    </message>
    <message>
        <location filename="../../ui/needs/page.py" line="23"/>
        <source>&amp;Drop-offs</source>
        <translation>A&amp;nlieferungen</translation>
    </message>
</context>
<context>
    <name>CorrectBoxDialog</name>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="40"/>
        <source>Correct box %1</source>
        <translation>Kiste %1 korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="57"/>
        <source>Used goods</source>
        <translation>Gebrauchte Ware</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="63"/>
        <source>Has an expiry date</source>
        <translation>Hat ein Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="75"/>
        <source>(on its pallet)</source>
        <translation>(auf ihrer Palette)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="80"/>
        <source>Why is this corrected? (kept in the history)</source>
        <translation>Warum wird korrigiert? (bleibt in der Historie)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="85"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="86"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="87"/>
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="88"/>
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="89"/>
        <source>Contents (English)</source>
        <translation>Inhalt (englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="90"/>
        <source>Quantity (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="91"/>
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="92"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="93"/>
        <source>Value per unit (EUR)</source>
        <translation>Wert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="95"/>
        <source>Wear</source>
        <translation>Abnutzung</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="97"/>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="98"/>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="99"/>
        <source>Serial number or VIN</source>
        <translation>Seriennummer oder FIN</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="100"/>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="101"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="32"/>
        <source>%1 older lists</source>
        <translation>%1 ältere Listen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="35"/>
        <source>Needs of %1: %2</source>
        <translation>Bedarf von %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="44"/>
        <source>list %1 (%2): %3 % covered</source>
        <translation>Liste %1 (%2): %3 % gedeckt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="51"/>
        <source>, urgent lines %1 %</source>
        <translation>, dringende Zeilen %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="56"/>
        <source>List %1 (%2):</source>
        <translation>Liste %1 (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="67"/>
        <source>  %1. %2: %3 of %4 %5 on the convoy</source>
        <translation>  %1. %2: %3 von %4 %5 im Konvoi</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <location filename="../../ui/settings/data.py" line="35"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="36"/>
        <source>Backups folder</source>
        <translation>Ordner der Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="37"/>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="38"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="47"/>
        <source>Hafenlager backs the database up once a day at start and keeps the last 14 backups. To restore one, close Hafenlager on every station and run: hafenlager restore FILE</source>
        <translation>Hafenlager sichert die Datenbank einmal am Tag beim Start und behält die letzten 14 Sicherungen. Zum Wiederherstellen Hafenlager an allen Stationen schließen und ausführen: hafenlager restore DATEI</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="91"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="86"/>
        <source>Backup written to %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryConfirmations</name>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="34"/>
        <source>Delivery confirmations…</source>
        <translation>Lieferbestätigungen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="37"/>
        <source>One PDF per association, in German and Ukrainian: what of its goods was handed over, when and under which act, for its board to forward to donors.</source>
        <translation>Ein PDF je Verein, auf Deutsch und Ukrainisch: welche seiner Waren wann und mit welchem Übergabeprotokoll übergeben wurden, damit sein Vorstand es an die Spender weitergeben kann.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="55"/>
        <source>Save the delivery confirmations in</source>
        <translation>Lieferbestätigungen speichern in</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="73"/>
        <source>Making the delivery confirmations of convoy %1…</source>
        <translation>Lieferbestätigungen für Konvoi %1 werden erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="91"/>
        <source>%1 delivery confirmation(s) of convoy %2 saved in %3: %4</source>
        <translation>%1 Lieferbestätigung(en) für Konvoi %2 gespeichert in %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="99"/>
        <source>Convoy %1 handed over no goods: there is no delivery confirmation to save.</source>
        <translation>Konvoi %1 hat keine Waren übergeben: Es gibt keine Lieferbestätigung zu speichern.</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="22"/>
        <source>Confirm delivery</source>
        <translation>Übergabe bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="29"/>
        <source>number of the signed acceptance act</source>
        <translation>Nummer des unterschriebenen Übergabeprotokolls</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="31"/>
        <source>codes of boxes refused: they come back</source>
        <translation>Codes abgelehnter Kisten: Sie kommen zurück</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="34"/>
        <source>codes of boxes the recipient did not find (code:quantity for a part)</source>
        <translation>Codes der Kisten, die der Empfänger nicht fand (Code:Menge für einen Teil)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="37"/>
        <source>codes of boxes that arrived damaged</source>
        <translation>Codes beschädigt angekommener Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="39"/>
        <source>goods that came but are not on the papers</source>
        <translation>Waren, die kamen, aber nicht auf den Papieren stehen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="41"/>
        <source>scan or photo of the signed act (PDF, JPG, PNG)</source>
        <translation>Scan oder Foto des unterschriebenen Protokolls (PDF, JPG, PNG)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="42"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="47"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="48"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="49"/>
        <source>Signed act</source>
        <translation>Unterschriebenes Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="50"/>
        <source>Refused, came back</source>
        <translation>Abgelehnt, zurück</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="51"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="52"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="53"/>
        <source>Not on the papers</source>
        <translation>Nicht auf den Papieren</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="71"/>
        <source>The signed acceptance act</source>
        <translation>Das unterschriebene Übergabeprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="73"/>
        <source>Act (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Protokoll (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>DisposeBoxDialog</name>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="160"/>
        <source>Dispose of box %1</source>
        <translation>Kiste %1 entsorgen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="162"/>
        <source>Box %1 (%2) leaves the stock for good. It stays in the history.</source>
        <translation>Kiste %1 (%2) verlässt den Bestand endgültig. Sie bleibt in der Historie.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="168"/>
        <source>Reason, for example: spoiled, broken</source>
        <translation>Grund, zum Beispiel: verdorben, kaputt</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="171"/>
        <source>Dispose</source>
        <translation>Entsorgen</translation>
    </message>
</context>
<context>
    <name>DonorReceiptDialog</name>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="20"/>
        <source>private property</source>
        <translation>Privatvermögen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="19"/>
        <source>business property</source>
        <translation>Betriebsvermögen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="21"/>
        <source>the donor did not say</source>
        <translation>keine Angabe des Spenders</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="30"/>
        <source>Donor&apos;s receipt for donation %1</source>
        <translation>Zuwendungsbestätigung für Spende %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="37"/>
        <source>street, postcode, town</source>
        <translation>Straße, PLZ, Ort</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="42"/>
        <source>ask the donor and choose</source>
        <translation>Spender/in fragen und auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="43"/>
        <source>invoices or an appraisal set the value</source>
        <translation>Rechnungen oder ein Gutachten belegen den Wert</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="45"/>
        <source>how the value was set (optional)</source>
        <translation>wie der Wert ermittelt wurde (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="47"/>
        <source>Donor</source>
        <translation>Spender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="48"/>
        <source>Donor&apos;s address</source>
        <translation>Anschrift des Spenders</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="49"/>
        <source>The goods come from</source>
        <translation>Die Waren stammen aus</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="51"/>
        <source>Valuation</source>
        <translation>Wertermittlung</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="81"/>
        <source>Ask the donor where the goods come from (private or business property) and choose the answer; choose &apos;the donor did not say&apos; if they would not say.</source>
        <translation>Fragen Sie die Spenderin oder den Spender, woher die Waren stammen (Privat- oder Betriebsvermögen), und wählen Sie die Antwort; wählen Sie „keine Angabe des Spenders“, wenn sie oder er es nicht sagen möchte.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="93"/>
        <source>Save the donor&apos;s receipt</source>
        <translation>Zuwendungsbestätigung speichern</translation>
    </message>
</context>
<context>
    <name>DropOffsView</name>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="37"/>
        <source>vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="38"/>
        <source>boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="39"/>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="42"/>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="43"/>
        <source>arrived</source>
        <translation>angeliefert</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="44"/>
        <source>missed</source>
        <translation>nicht gekommen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="45"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="48"/>
        <source>Slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="49"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="50"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="53"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="54"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="55"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="56"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="58"/>
        <source>Offered / arrived</source>
        <translation>Angeboten / angeliefert</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="75"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="80"/>
        <source>Opening hours…</source>
        <translation>Öffnungszeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="88"/>
        <source>Book an offer here…</source>
        <translation>Angebot buchen…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="89"/>
        <location filename="../../ui/needs/dropoffs_view.py" line="254"/>
        <source>Close slot</source>
        <translation>Zeitfenster schließen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="90"/>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="91"/>
        <source>Cancel</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="92"/>
        <source>Did not come</source>
        <translation>Nicht gekommen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="96"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="97"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="122"/>
        <source>Confirmation for the donor:</source>
        <translation>Bestätigung für den Spender:</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="175"/>
        <source>Open: %1; slots of %2 min, %3 %4 each</source>
        <translation>Geöffnet: %1; Zeitfenster zu %2 min, je %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="185"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="199"/>
        <location filename="../../ui/needs/dropoffs_view.py" line="202"/>
        <source>%1 boxes, %2 kg</source>
        <translation>%1 Kisten, %2 kg</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="254"/>
        <source>Open slot</source>
        <translation>Zeitfenster öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="285"/>
        <source>No accepted offer waits for a slot: accept one first.</source>
        <translation>Kein angenommenes Angebot wartet auf ein Zeitfenster: Nehmen Sie zuerst eines an.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="290"/>
        <source>Book %1</source>
        <translation>Zeitfenster %1 buchen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="291"/>
        <source>Which offer?</source>
        <translation>Welches Angebot?</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="299"/>
        <source>Booked: offer %1 at %2.</source>
        <translation>Gebucht: Angebot %1 für %2.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="309"/>
        <source>Slot %1 opened.</source>
        <translation>Zeitfenster %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="309"/>
        <source>Slot %1 closed.</source>
        <translation>Zeitfenster %1 geschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="322"/>
        <source>No other slot is free in the next three weeks.</source>
        <translation>In den nächsten drei Wochen ist kein anderes Zeitfenster frei.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="325"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="326"/>
        <source>To which slot?</source>
        <translation>In welches Zeitfenster?</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="334"/>
        <source>%1 moved to %2.</source>
        <translation>%1 verschoben auf %2.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="342"/>
        <source>%1: did not come.</source>
        <translation>%1: nicht gekommen.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="342"/>
        <source>%1 cancelled.</source>
        <translation>%1 abgesagt.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="360"/>
        <source>Opening hours saved.</source>
        <translation>Öffnungszeiten gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="364"/>
        <source>Opening hours saved. %1 booked appointments lie outside them: move them and tell the donors: %2</source>
        <translation>Öffnungszeiten gespeichert. %1 gebuchte Termine liegen außerhalb: Verschieben Sie sie und sagen Sie den Spendern Bescheid: %2</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="382"/>
        <source>Save the confirmation</source>
        <translation>Bestätigung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="395"/>
        <source>The confirmation was not saved: %1</source>
        <translation>Die Bestätigung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="399"/>
        <source>Confirmation saved: %1</source>
        <translation>Bestätigung gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="412"/>
        <source>The confirmation of %1 is copied: paste it into the e-mail or chat.</source>
        <translation>Die Bestätigung von %1 ist kopiert: Fügen Sie sie in die E-Mail oder den Chat ein.</translation>
    </message>
</context>
<context>
    <name>ExpectedDropOffs</name>
    <message>
        <location filename="../../ui/intake/expected.py" line="30"/>
        <location filename="../../ui/intake/expected.py" line="53"/>
        <source>No appointment (%1 expected today)</source>
        <translation>Ohne Termin (%1 heute erwartet)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/expected.py" line="82"/>
        <source>%1: offered %2 boxes, %3 kg; arrived %4 boxes, %5 kg.</source>
        <translation>%1: angeboten %2 Kisten, %3 kg; angekommen %4 Kisten, %5 kg.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/expected.py" line="92"/>
        <source>More boxes came than were offered.</source>
        <translation>Es kamen mehr Kisten als angeboten.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/expected.py" line="94"/>
        <source>Fewer boxes so far than were offered.</source>
        <translation>Bisher weniger Kisten als angeboten.</translation>
    </message>
</context>
<context>
    <name>ExpiringActions</name>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="27"/>
        <source>Dispose of selected…</source>
        <translation>Auswahl entsorgen…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="28"/>
        <source>Put on a convoy…</source>
        <translation>Auf einen Konvoi…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="43"/>
        <source>Dispose of %1 boxes</source>
        <translation>%1 Kisten entsorgen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="44"/>
        <source>Why (e.g. expired, spoiled)?</source>
        <translation>Warum (z. B. abgelaufen, verdorben)?</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="53"/>
        <source>%1 boxes disposed of.</source>
        <translation>%1 Kisten entsorgt.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="63"/>
        <source>No convoy is being planned or loaded.</source>
        <translation>Kein Konvoi wird gerade geplant oder beladen.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="66"/>
        <source>Put on a convoy</source>
        <translation>Auf einen Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="66"/>
        <source>Which convoy?</source>
        <translation>Welcher Konvoi?</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="77"/>
        <source>%1 boxes reserved for %2.</source>
        <translation>%1 Kisten für %2 reserviert.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="30"/>
        <source>Create the hall&apos;s admin</source>
        <translation>Admin der Halle anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="33"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="40"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="41"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="42"/>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="43"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="44"/>
        <source>&amp;Station</source>
        <translation>&amp;Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="49"/>
        <source>Create admin</source>
        <translation>Admin anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="57"/>
        <source>This hall has nobody yet. You become its admin: you add the other people and give them their roles. Choose a PIN of 4 to 6 digits and keep it to yourself.</source>
        <translation>In dieser Halle ist noch niemand eingetragen. Sie werden ihr Admin: Sie legen die anderen Personen an und geben ihnen ihre Rollen. Wählen Sie eine PIN mit 4 bis 6 Ziffern und behalten Sie sie für sich.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="73"/>
        <source>Give this workstation a name, for example Halle-PC-1.</source>
        <translation>Geben Sie diesem Arbeitsplatz einen Namen, zum Beispiel Halle-PC-1.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="77"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden: Geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
</context>
<context>
    <name>GoodsDialog</name>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="55"/>
        <source>Choose goods for %1</source>
        <translation>Waren für %1 auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="58"/>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="62"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="66"/>
        <source>All locations</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="70"/>
        <source>Any expiry</source>
        <translation>Beliebiges Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="73"/>
        <source>expiring within %1 months</source>
        <translation>läuft in %1 Monaten ab</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="76"/>
        <source>no vehicle yet</source>
        <translation>noch kein Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="84"/>
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="85"/>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="86"/>
        <source>Boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="87"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="88"/>
        <source>Earliest expiry</source>
        <translation>Frühestes Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="89"/>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="101"/>
        <source>Put the selected pallets on the vehicle</source>
        <translation>Gewählte Paletten auf das Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="103"/>
        <source>From needs list…</source>
        <translation>Aus Bedarfsliste…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="113"/>
        <source>Vehicle:</source>
        <translation>Fahrzeug:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="173"/>
        <source>vehicle %1</source>
        <translation>Fahrzeug %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="173"/>
        <source>the convoy</source>
        <translation>den Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="176"/>
        <source>Reserved for %1 (pallets: %2, %3 kg gross): %4.</source>
        <translation>Reserviert für %1 (Paletten: %2, %3 kg brutto): %4.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="195"/>
        <source>Reserved from needs list %1: %2 pallets, %3 loose boxes, %4 kg gross.</source>
        <translation>Aus Bedarfsliste %1 reserviert: %2 Paletten, %3 lose Kisten, %4 kg brutto.</translation>
    </message>
</context>
<context>
    <name>HallSettings</name>
    <message>
        <location filename="../../ui/settings/hall.py" line="33"/>
        <source>Sender (association)</source>
        <translation>Absender (Verein)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="34"/>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="35"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="36"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="37"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="38"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="39"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="40"/>
        <source>Register entry (Vereinsregister)</source>
        <translation>Vereinsregister</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="57"/>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="58"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="59"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="67"/>
        <source>Convoy papers for destination</source>
        <translation>Konvoipapiere für Zielland</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="69"/>
        <source>Print a fourth CMR copy for the files</source>
        <translation>Eine vierte CMR-Ausfertigung für die Akten drucken</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="81"/>
        <source>These details are printed as the sender on labels and convoy documents.</source>
        <translation>Diese Angaben stehen als Absender auf Etiketten und Konvoi-Papieren.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="94"/>
        <source>The sender&apos;s name cannot be empty.</source>
        <translation>Der Name des Absenders darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="105"/>
        <source>Destination country: two letters, such as UA or MD.</source>
        <translation>Zielland: zwei Buchstaben, etwa UA oder MD.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="108"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="19"/>
        <source>vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="20"/>
        <source>boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="21"/>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="27"/>
        <source>Drop-off opening hours</source>
        <translation>Öffnungszeiten für Anlieferungen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="60"/>
        <source>Each slot lasts</source>
        <translation>Jedes Zeitfenster dauert</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="61"/>
        <source>Each slot takes</source>
        <translation>Jedes Zeitfenster fasst</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="36"/>
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="37"/>
        <source>Contents (German)</source>
        <translation>Inhalt (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="38"/>
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (Ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="39"/>
        <source>Contents (English)</source>
        <translation>Inhalt (Englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="40"/>
        <source>Quantity per box</source>
        <translation>Menge je Karton</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="41"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="42"/>
        <source>Number of boxes</source>
        <translation>Anzahl Kartons</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="43"/>
        <source>Net kg per box</source>
        <translation>Netto kg je Karton</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="44"/>
        <source>Gross kg per box</source>
        <translation>Brutto kg je Karton</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="45"/>
        <source>Best before</source>
        <translation>MHD</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="46"/>
        <source>Value per unit (EUR)</source>
        <translation>Wert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="47"/>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="48"/>
        <source>Serial number or VIN</source>
        <translation>Seriennummer oder FIN</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="60"/>
        <source>Import a donation list</source>
        <translation>Spendenliste importieren</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="68"/>
        <source>%1: %2 rows. Check what each column holds, then Check.</source>
        <translation>%1: %2 Zeilen. Prüfen Sie, was jede Spalte enthält, dann „Prüfen“.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="82"/>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="93"/>
        <source>Accept unusual figures (I have checked them)</source>
        <translation>Ungewöhnliche Werte annehmen (ich habe sie geprüft)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="97"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="98"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="100"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="144"/>
        <source>Ready: %1 rows, %2 boxes, one donation. Import saves them all.</source>
        <translation>Bereit: %1 Zeilen, %2 Kartons, eine Spende. „Importieren“ speichert alle.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="151"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="157"/>
        <source>%1 problem(s): nothing will be imported until they are corrected.</source>
        <translation>%1 Problem(e): Es wird nichts importiert, bis sie behoben sind.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/view.py" line="79"/>
        <source>Donor (optional)</source>
        <translation>Spender (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="81"/>
        <source>New donation</source>
        <translation>Neue Spende</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="82"/>
        <source>Import list…</source>
        <translation>Liste importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="83"/>
        <source>List template…</source>
        <translation>Listenvorlage…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="104"/>
        <source>Type to find a category</source>
        <translation>Tippen, um eine Kategorie zu finden</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="109"/>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="117"/>
        <source>net + %1 kg packaging</source>
        <translation>netto + %1 kg Verpackung</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="120"/>
        <source>Used</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="126"/>
        <location filename="../../ui/intake/view.py" line="296"/>
        <source>31.12.2027 or 12.2027</source>
        <translation>31.12.2027 oder 12.2027</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="139"/>
        <source> (at most %1)</source>
        <translation> (höchstens %1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="141"/>
        <source>Save and print labels (F9)</source>
        <translation>Speichern und Etiketten drucken (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="206"/>
        <source>Expected today</source>
        <translation>Heute erwartet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="152"/>
        <source>&amp;Association</source>
        <translation>&amp;Verein</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="153"/>
        <source>Delivered by</source>
        <translation>Angeliefert von</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="162"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="163"/>
        <source>Contents (&amp;German)</source>
        <translation>Inhalt (&amp;deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="164"/>
        <source>Contents (&amp;Ukrainian)</source>
        <translation>Inhalt (&amp;ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="165"/>
        <source>Contents (English)</source>
        <translation>Inhalt (englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="169"/>
        <source>&amp;Quantity per box</source>
        <translation>&amp;Menge je Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="172"/>
        <source>&amp;Net kg per box</source>
        <translation>&amp;Netto kg je Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="173"/>
        <source>Gross kg per box</source>
        <translation>Brutto kg je Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="174"/>
        <source>Value per unit (EUR)</source>
        <translation>Wert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="179"/>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="180"/>
        <source>&amp;Expiry date</source>
        <translation>&amp;Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="181"/>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="182"/>
        <source>Serial number or VIN</source>
        <translation>Seriennummer oder FIN</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="184"/>
        <source>&amp;Location</source>
        <translation>&amp;Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="185"/>
        <source>Number of identical &amp;boxes</source>
        <translation>Anzahl gleicher Ki&amp;sten</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="255"/>
        <source>%1 brings it without an association: choose whose goods they are.</source>
        <translation>%1 bringt die Spende ohne Verein: Wählen Sie, wem die Waren gehören.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="269"/>
        <source>The next save starts a new donation.</source>
        <translation>Das nächste Speichern beginnt eine neue Spende.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="294"/>
        <source>required: 31.12.2027 or 12.2027</source>
        <translation>Pflicht: 31.12.2027 oder 12.2027</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="275"/>
        <source>Donation %1 is open: the next save adds to it.</source>
        <translation>Spende %1 ist offen: das nächste Speichern fügt hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="376"/>
        <source>Saved %1 box(es): %2.</source>
        <translation>%1 Kiste(n) gespeichert: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="385"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Die Etiketten wurden nicht gedruckt: %1 Sie warten in der Nachdruckliste.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="391"/>
        <source>Labels printed.</source>
        <translation>Etiketten gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="402"/>
        <source>Choose the association that owns the goods first.</source>
        <translation>Wählen Sie zuerst den Verein, dem die Waren gehören.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="406"/>
        <source>Import a donation list</source>
        <translation>Spendenliste importieren</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="406"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="426"/>
        <source>Save the list template</source>
        <translation>Listenvorlage speichern</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="435"/>
        <source>The template was not saved: %1</source>
        <translation>Die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="439"/>
        <source>Template saved to %1.</source>
        <translation>Vorlage gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="452"/>
        <source>Printing %1 labels…</source>
        <translation>%1 Etiketten werden gedruckt…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="452"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="455"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="471"/>
        <source>Please check</source>
        <translation>Bitte prüfen</translation>
    </message>
</context>
<context>
    <name>LocationLabels</name>
    <message>
        <location filename="../../ui/settings/locations.py" line="30"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="30"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="39"/>
        <source>Print labels of the selected locations</source>
        <translation>Etiketten der gewählten Lagerplätze drucken</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="45"/>
        <source>Print the control sheet</source>
        <translation>Steuerbogen drucken</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="68"/>
        <source>Control sheet printed.</source>
        <translation>Steuerbogen gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="86"/>
        <source>Select one or more locations first.</source>
        <translation>Erst einen oder mehrere Lagerplätze auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="72"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Die Etiketten wurden nicht gedruckt: %1 Sie warten in der Nachdruckliste.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="92"/>
        <source>Location labels printed.</source>
        <translation>Lagerplatz-Etiketten gedruckt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Hafenlager – donation hall Dortmund harbour</source>
        <translation>Hafenlager – Spendenhalle Dortmunder Hafen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Intake</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Convoys</source>
        <translation>Konvois</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Needs &amp; offers</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Activity</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Switch person</source>
        <translation>Person wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Lock this station for the next person (Ctrl+L)</source>
        <translation>Arbeitsplatz für die nächste Person sperren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Language of the screens, for this volunteer</source>
        <translation>Sprache der Bildschirme, für diesen Helfer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source> · volunteer terminal</source>
        <translation> · Helfer-Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>%1 (%2) · Station: %3%4</source>
        <translation>%1 (%2) · Arbeitsplatz: %3%4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Daily backup written: %1</source>
        <translation>Tägliche Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Daily backup failed: %1</source>
        <translation>Tägliche Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>The daily backup failed – see the status bar.</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen – siehe Statusleiste.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Box %1</source>
        <translation>Kiste %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>Pallet %1</source>
        <translation>Palette %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Location %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
</context>
<context>
    <name>NeedLineDialog</name>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="20"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="21"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="22"/>
        <source>nice to have</source>
        <translation>wünschenswert</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="34"/>
        <source>New need line</source>
        <translation>Neue Bedarfszeile</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="36"/>
        <source>Need line %1</source>
        <translation>Bedarfszeile %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="43"/>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="55"/>
        <source>needed by</source>
        <translation>benötigt bis</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="69"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="70"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="71"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="72"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="73"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="74"/>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
</context>
<context>
    <name>NeedsFillDialog</name>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="41"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="42"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="43"/>
        <source>nice to have</source>
        <translation>wünschenswert</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="221"/>
        <source>Fill %1 from a needs list</source>
        <translation>%1 aus einer Bedarfsliste füllen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="226"/>
        <source>%1, list %2: %3</source>
        <translation>%1, Liste %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="233"/>
        <source>any vehicle with room</source>
        <translation>beliebiges Fahrzeug mit Platz</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="240"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="241"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="242"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="243"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="244"/>
        <source>On the convoy</source>
        <translation>Im Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="245"/>
        <source>Taken now</source>
        <translation>Jetzt eingeplant</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="246"/>
        <source>Still missing</source>
        <translation>Fehlt noch</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="254"/>
        <source>Reserve</source>
        <translation>Reservieren</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="259"/>
        <source>Needs list:</source>
        <translation>Bedarfsliste:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="261"/>
        <source>Vehicle:</source>
        <translation>Fahrzeug:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="288"/>
        <source>No needs list of this convoy&apos;s recipient yet: import one on the Needs page.</source>
        <translation>Noch keine Bedarfsliste des Empfängers dieses Konvois: Importieren Sie eine auf dem Reiter „Bedarf“.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="304"/>
        <source>(no room left)</source>
        <translation>(kein Platz mehr)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="306"/>
        <source>(%1 more on pallets with other goods)</source>
        <translation>(%1 mehr auf Paletten mit anderen Waren)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="328"/>
        <source>Takes pallets: %1, loose boxes: %2, %3 kg gross. After it: %4 of %5 kg, %6 of %7 pallet places.</source>
        <translation>Nimmt Paletten: %1, lose Kisten: %2, %3 kg brutto. Danach: %4 von %5 kg, %6 von %7 Palettenplätzen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="341"/>
        <source>The convoy has no recipient yet: reserving makes it %1.</source>
        <translation>Der Konvoi hat noch keinen Empfänger: Mit dem Reservieren wird %1 sein Empfänger.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="344"/>
        <source>Nothing in the hall can go for this list now.</source>
        <translation>Für diese Liste kann derzeit nichts aus der Halle mit.</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <location filename="../../ui/needs/view.py" line="38"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="39"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="40"/>
        <source>nice to have</source>
        <translation>wünschenswert</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="72"/>
        <source>Import needs list…</source>
        <translation>Bedarfsliste importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="76"/>
        <source>Shortage list…</source>
        <translation>Mangelliste…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="44"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="45"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="46"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="47"/>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="52"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="49"/>
        <source>In the hall</source>
        <translation>In der Halle</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="48"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="50"/>
        <source>On convoys</source>
        <translation>Auf Konvois</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="51"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="54"/>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="58"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="59"/>
        <source>partly covered</source>
        <translation>teilweise gedeckt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="60"/>
        <source>covered</source>
        <translation>gedeckt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="61"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="74"/>
        <source>Needs list template…</source>
        <translation>Vorlage Bedarfsliste…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="77"/>
        <source>New list…</source>
        <translation>Neue Liste…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="78"/>
        <source>Add line…</source>
        <translation>Zeile hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="79"/>
        <source>Edit line…</source>
        <translation>Zeile bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="80"/>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="89"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="159"/>
        <source>All recipients</source>
        <translation>Alle Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="169"/>
        <source>%1 – %2 (%3 lines)</source>
        <translation>%1 – %2 (%3 Zeilen)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="252"/>
        <location filename="../../ui/needs/view.py" line="320"/>
        <source>Choose the recipient whose list it is first.</source>
        <translation>Wählen Sie zuerst den Empfänger, dessen Liste es ist.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="256"/>
        <source>New needs list</source>
        <translation>Neue Bedarfsliste</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="256"/>
        <source>Title of the list</source>
        <translation>Titel der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="265"/>
        <source>Needs list %1 started: add its lines.</source>
        <translation>Bedarfsliste %1 angelegt: jetzt ihre Zeilen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="281"/>
        <source>Need line saved.</source>
        <translation>Bedarfszeile gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="293"/>
        <source>Status of the line</source>
        <translation>Status der Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="293"/>
        <source>The line is</source>
        <translation>Die Zeile ist</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="303"/>
        <source>Status saved.</source>
        <translation>Status gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="324"/>
        <source>Import a needs list</source>
        <translation>Bedarfsliste importieren</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="324"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="336"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="341"/>
        <source>Nothing was imported:</source>
        <translation>Es wurde nichts importiert:</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="343"/>
        <source>%1 lines imported.</source>
        <translation>%1 Zeilen importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="354"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="354"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="356"/>
        <source>Save the shortage list</source>
        <translation>Mangelliste speichern</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="373"/>
        <source>The shortage list was not saved: %1</source>
        <translation>Die Mangelliste wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="378"/>
        <source>%1 lines still short, saved to %2.</source>
        <translation>%1 Zeilen fehlen noch, gespeichert unter %2.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="391"/>
        <source>Save the needs list template</source>
        <translation>Vorlage der Bedarfsliste speichern</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="402"/>
        <source>The template was not saved: %1</source>
        <translation>Die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="406"/>
        <source>Template saved to %1.</source>
        <translation>Vorlage gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="27"/>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="29"/>
        <source>Offer %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="36"/>
        <source>phone or e-mail</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="38"/>
        <source>(a citizen, no association)</source>
        <translation>(Privatperson, kein Verein)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="42"/>
        <source>(not sure)</source>
        <translation>(nicht sicher)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="53"/>
        <source>only for a vehicle</source>
        <translation>nur bei Fahrzeugen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="54"/>
        <source>only between</source>
        <translation>nur zwischen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="75"/>
        <source>Offered by</source>
        <translation>Angeboten von</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="76"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="77"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="78"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="79"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="82"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="84"/>
        <source>Weight (kg, about)</source>
        <translation>Gewicht (kg, ca.)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="85"/>
        <source>Boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="86"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="89"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="90"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="40"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="41"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="42"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="43"/>
        <source>arrived</source>
        <translation>angeliefert</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="44"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="47"/>
        <source>not needed now</source>
        <translation>derzeit nicht benötigt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="48"/>
        <source>goods the hall does not accept</source>
        <translation>Waren, die die Halle nicht annimmt</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="49"/>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="52"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="53"/>
        <source>Offered by</source>
        <translation>Angeboten von</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="54"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="55"/>
        <source>About</source>
        <translation>Umfang (ca.)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="58"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="57"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="68"/>
        <source>Still coming</source>
        <translation>Noch ausstehend</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="69"/>
        <source>All offers</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="72"/>
        <source>New offer…</source>
        <translation>Neues Angebot…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="73"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="74"/>
        <source>Accept…</source>
        <translation>Annehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="75"/>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="76"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="77"/>
        <source>Add photo…</source>
        <translation>Foto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="78"/>
        <source>Photos…</source>
        <translation>Fotos…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="79"/>
        <source>Import offers…</source>
        <translation>Angebote importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="80"/>
        <source>Offers template…</source>
        <translation>Angebotsvorlage…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="89"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="149"/>
        <source>%1 boxes</source>
        <translation>%1 Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="210"/>
        <source>Offer %1 recorded.</source>
        <translation>Angebot %1 erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="221"/>
        <source>Offer %1 saved.</source>
        <translation>Angebot %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="231"/>
        <source>Offer %1 accepted.</source>
        <translation>Angebot %1 angenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="235"/>
        <source>Appointment %1 on %2.</source>
        <translation>Termin %1 am %2.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="248"/>
        <source>Decline offer %1</source>
        <translation>Angebot %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="249"/>
        <source>Why is it declined?</source>
        <translation>Warum wird es abgelehnt?</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="258"/>
        <source>Offer %1 declined.</source>
        <translation>Angebot %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="264"/>
        <source>Offer %1 withdrawn.</source>
        <translation>Angebot %1 zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="272"/>
        <source>Photo of the offer</source>
        <translation>Foto des Angebots</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="272"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="280"/>
        <source>Photo added to offer %1.</source>
        <translation>Foto zu Angebot %1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="307"/>
        <source>Import offers</source>
        <translation>Angebote importieren</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="307"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="319"/>
        <source>row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="327"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="328"/>
        <source>Nothing was imported:</source>
        <translation>Es wurde nichts importiert:</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="330"/>
        <source>%1 offers imported.</source>
        <translation>%1 Angebote importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="337"/>
        <source>Save the offers template</source>
        <translation>Angebotsvorlage speichern</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="346"/>
        <source>The template was not saved: %1</source>
        <translation>Die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="349"/>
        <source>Template saved: %1</source>
        <translation>Vorlage gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PalletDialog</name>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="30"/>
        <source>Pallet %1</source>
        <translation>Palette %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="36"/>
        <source>%1 · %2 · %3 boxes · net %4 kg · gross %5 kg with tare · owners: %6</source>
        <translation>%1 · %2 · %3 Kisten · netto %4 kg · brutto %5 kg mit Palette · Eigentümer: %6</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="50"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="51"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="52"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="53"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="54"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="55"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="76"/>
        <source>Print pallet labels (2)</source>
        <translation>Palettenetiketten drucken (2)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="101"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Die Etiketten wurden nicht gedruckt: %1 Sie warten in der Nachdruckliste.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="105"/>
        <source>Pallet labels printed.</source>
        <translation>Palettenetiketten gedruckt.</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="55"/>
        <source>Papers of convoy %1</source>
        <translation>Papiere des Konvois %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="59"/>
        <source>All vehicles, with donation letter and summary</source>
        <translation>Alle Fahrzeuge, mit Schenkungsurkunde und Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="62"/>
        <source>Vehicle %1: %2</source>
        <translation>Fahrzeug %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="71"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="71"/>
        <source>Copies</source>
        <translation>Exemplare</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="89"/>
        <source>file only</source>
        <translation>nur Datei</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="98"/>
        <source>Convoy departed: these are the papers archived at departure, checked against their SHA-256.</source>
        <translation>Konvoi abgefahren: Dies sind die bei der Abfahrt archivierten Papiere, geprüft gegen ihre SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="102"/>
        <source>Made from the current data. At departure the final set is archived.</source>
        <translation>Aus den aktuellen Daten erstellt. Bei der Abfahrt wird der endgültige Satz archiviert.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="114"/>
        <source>Pre&amp;view…</source>
        <translation>V&amp;orschau…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="115"/>
        <source>&amp;Print all…</source>
        <translation>Alles &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="116"/>
        <source>Save as &amp;folder…</source>
        <translation>Als &amp;Ordner speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="117"/>
        <source>Save as &amp;ZIP…</source>
        <translation>Als &amp;ZIP speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="118"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="150"/>
        <source>Packing list</source>
        <translation>Packliste</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="151"/>
        <source>CMR consignment note (3 originals)</source>
        <translation>CMR-Frachtbrief (3 Originale)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="152"/>
        <source>Pro-forma invoice</source>
        <translation>Proforma-Rechnung</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="153"/>
        <source>Acceptance act</source>
        <translation>Übergabeprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="154"/>
        <source>Pallet manifests</source>
        <translation>Palettenlisten</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="155"/>
        <source>Goods list for the declaration (XLSX and CSV)</source>
        <translation>Warenliste für die Anmeldung (XLSX und CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="156"/>
        <source>Donation letter (whole convoy)</source>
        <translation>Schenkungsurkunde (ganzer Konvoi)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="157"/>
        <source>Convoy summary (whole convoy)</source>
        <translation>Konvoi-Übersicht (ganzer Konvoi)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="187"/>
        <source>Save the papers in</source>
        <translation>Papiere speichern in</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="194"/>
        <source>Save the papers as ZIP</source>
        <translation>Papiere als ZIP speichern</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="196"/>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="207"/>
        <source>%1 files saved in %2</source>
        <translation>%1 Dateien gespeichert in %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="216"/>
        <source>Papers saved as %1</source>
        <translation>Papiere gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="244"/>
        <source>%1 pages sent to the printer.</source>
        <translation>%1 Seiten an den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="265"/>
        <source>first %1 of %2 pages; printing prints them all</source>
        <translation>die ersten %1 von %2 Seiten; gedruckt werden alle</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="293"/>
        <source>Choose at least one document.</source>
        <translation>Bitte mindestens ein Dokument wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="359"/>
        <source>Printing stopped.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="361"/>
        <source>Stopped: no papers were written.</source>
        <translation>Abgebrochen: Es wurden keine Papiere geschrieben.</translation>
    </message>
</context>
<context>
    <name>PeopleSettings</name>
    <message>
        <location filename="../../ui/settings/people.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="44"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="45"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="46"/>
        <source>PIN set</source>
        <translation>PIN vergeben</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="47"/>
        <source>Works here</source>
        <translation>Arbeitet hier</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="52"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="53"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="54"/>
        <source>Reset &amp;PIN…</source>
        <translation>&amp;PIN zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="60"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="61"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="72"/>
        <source>Lock a station after this long without input:</source>
        <translation>Arbeitsplatz sperren nach so langer Zeit ohne Eingabe:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="86"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="86"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="92"/>
        <source>(the whole hall)</source>
        <translation>(die ganze Halle)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="116"/>
        <location filename="../../ui/settings/people.py" line="123"/>
        <source>Choose a person in the list first.</source>
        <translation>Wählen Sie zuerst eine Person in der Liste aus.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="151"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="160"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="31"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="33"/>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="45"/>
        <source>(the whole hall)</source>
        <translation>(die ganze Halle)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="49"/>
        <source>Works here</source>
        <translation>Arbeitet hier</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="61"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="62"/>
        <source>&amp;Association</source>
        <translation>&amp;Verein</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="65"/>
        <source>A board member of an association sees that association&apos;s goods only. A lead or an admin needs a PIN; a volunteer without one sets it at the first sign-in.</source>
        <translation>Ein Vorstand eines Vereins sieht nur die Waren dieses Vereins. Eine Leitung oder ein Admin braucht eine PIN; Helfer/innen ohne PIN legen sie bei der ersten Anmeldung fest.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="72"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../ui/needs/photo_dialog.py" line="18"/>
        <source>Photos of offer %1</source>
        <translation>Fotos zu Angebot %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/photo_dialog.py" line="33"/>
        <source>%1 cannot be shown.</source>
        <translation>%1 kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="107"/>
        <source>New PIN for %1</source>
        <translation>Neue PIN für %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="114"/>
        <source>New &amp;PIN</source>
        <translation>Neue &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="115"/>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="119"/>
        <source>Tell the person their PIN in private; they can sign in with it at once.</source>
        <translation>Teilen Sie der Person ihre PIN unter vier Augen mit; sie kann sich sofort damit anmelden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="128"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden: Geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
</context>
<context>
    <name>ReceivingWindow</name>
    <message>
        <location filename="../../ui/receiving/window.py" line="34"/>
        <source>Receiving convoy %1</source>
        <translation>Empfang von Konvoi %1</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="44"/>
        <source>Expected boxes</source>
        <translation>Erwartete Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="45"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="46"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="47"/>
        <source>Not on the list</source>
        <translation>Nicht auf der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="54"/>
        <source>Finish and save the receipt</source>
        <translation>Abschließen und Empfangsbestätigung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="59"/>
        <source>Scan each pallet and box of the convoy.</source>
        <translation>Scannen Sie jede Palette und Kiste des Konvois.</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="72"/>
        <source>Pallet %1: %2 boxes arrived</source>
        <translation>Palette %1: %2 Kisten angekommen</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="75"/>
        <source>Box %1: %2</source>
        <translation>Kiste %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="78"/>
        <source>%1 was scanned already</source>
        <translation>%1 wurde bereits gescannt</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="79"/>
        <source>%1 is not on the convoy&apos;s list: noted as extra</source>
        <translation>%1 steht nicht auf der Liste des Konvois: als zusätzlich notiert</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="104"/>
        <source>The receipt was not saved: %1</source>
        <translation>Die Empfangsbestätigung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="109"/>
        <source>Receipt saved: %1. Send it to the hall.</source>
        <translation>Empfangsbestätigung gespeichert: %1. Schicken Sie sie an die Halle.</translation>
    </message>
</context>
<context>
    <name>RecentIntakes</name>
    <message>
        <location filename="../../ui/intake/recent.py" line="35"/>
        <source>Last intakes</source>
        <translation>Letzte Annahmen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="41"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="42"/>
        <source>Box</source>
        <translation>Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="43"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="44"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="45"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="49"/>
        <source>C&amp;orrect…</source>
        <translation>Korr&amp;igieren…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="50"/>
        <source>&amp;Reprint label</source>
        <translation>Etikett na&amp;chdrucken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="52"/>
        <source>Goods received note…</source>
        <translation>Eingangsbeleg…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="54"/>
        <source>Donor&apos;s receipt…</source>
        <translation>Zuwendungsbestätigung…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="130"/>
        <source>Label printed.</source>
        <translation>Etikett gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="139"/>
        <source>Save a box first: the note lists a donation&apos;s boxes.</source>
        <translation>Erst eine Kiste speichern: der Beleg listet die Kisten einer Spende.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="143"/>
        <source>Goods received note printed.</source>
        <translation>Eingangsbeleg gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="153"/>
        <source>Save a box first: the receipt is for a donation.</source>
        <translation>Erst eine Kiste speichern: Die Bestätigung gilt für eine Spende.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="157"/>
        <source>Donor&apos;s receipt %1 saved.</source>
        <translation>Zuwendungsbestätigung %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>RecipientSource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="312"/>
        <location filename="../../ui/settings/records.py" line="341"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="313"/>
        <location filename="../../ui/settings/records.py" line="343"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="314"/>
        <source>EDRPOU</source>
        <translation>EDRPOU</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="315"/>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="316"/>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="317"/>
        <location filename="../../ui/settings/records.py" line="342"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="332"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="344"/>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="345"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="346"/>
        <source>EDRPOU (8 digits)</source>
        <translation>EDRPOU (8 Ziffern)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="347"/>
        <source>Register number (humanitarian aid)</source>
        <translation>Registernummer (humanitäre Hilfe)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="348"/>
        <source>May receive vehicles</source>
        <translation>Darf Fahrzeuge empfangen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="349"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="356"/>
        <source>New recipient</source>
        <translation>Neuer Empfänger</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/settings/records.py" line="68"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="59"/>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="60"/>
        <source>Shipped</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="61"/>
        <source>Stock on hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="62"/>
        <source>Expired and expiring</source>
        <translation>Abgelaufen und bald ablaufend</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="66"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="67"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="68"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="69"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="70"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="71"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="72"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="73"/>
        <source>Convoy</source>
        <translation>Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="77"/>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="101"/>
        <source>All associations</source>
        <translation>Alle Vereine</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="107"/>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="109"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="112"/>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="115"/>
        <source>Days ahead:</source>
        <translation>Tage im Voraus:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="132"/>
        <source>Save as PDF/Excel/CSV…</source>
        <translation>Als PDF/Excel/CSV speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="135"/>
        <source>City&apos;s monthly sheet…</source>
        <translation>Monatsbericht für die Stadt…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="136"/>
        <source>The month of the &apos;to&apos; date, on one A4 page or as Excel</source>
        <translation>Der Monat des &apos;bis&apos;-Datums, auf einer A4-Seite oder als Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="218"/>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="247"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="249"/>
        <source>PDF (*.pdf);;Excel (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="307"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="324"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="274"/>
        <source>Save the city&apos;s monthly sheet</source>
        <translation>Monatsbericht für die Stadt speichern</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="276"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReprintList</name>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="32"/>
        <source>Reprint list (labels that did not print)</source>
        <translation>Nachdruckliste (nicht gedruckte Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="36"/>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="36"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="36"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="38"/>
        <source>&amp;Print again</source>
        <translation>Erneut d&amp;rucken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="39"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="40"/>
        <source>Pre&amp;view…</source>
        <translation>V&amp;orschau…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="41"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="68"/>
        <source>receipt of donation %1</source>
        <translation>Beleg der Spende %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="88"/>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="96"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="108"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../ui/signin/gates.py" line="45"/>
        <source>Needs a %1: sign in as one (Ctrl+L).</source>
        <translation>Erfordert die Rolle %1: Melden Sie sich damit an (Strg+L).</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../../ui/widgets/scan_input.py" line="19"/>
        <source>Scan or type a code, then Enter</source>
        <translation>Code scannen oder eintippen, dann Enter</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <location filename="../../ui/scan/view.py" line="86"/>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="87"/>
        <source>Put away</source>
        <translation>Einlagern</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="88"/>
        <source>Pack pallet</source>
        <translation>Palette packen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="89"/>
        <source>Unpack</source>
        <translation>Auspacken</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="90"/>
        <source>Stocktake</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="91"/>
        <source>Load truck</source>
        <translation>Lkw beladen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="92"/>
        <source>Unload</source>
        <translation>Entladen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="113"/>
        <source>Scan a label</source>
        <translation>Ein Etikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="126"/>
        <source>Yes, do it</source>
        <translation>Ja, ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="127"/>
        <source>Undo last scan</source>
        <translation>Letzten Scan rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="128"/>
        <source>New pallet</source>
        <translation>Neue Palette</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="129"/>
        <location filename="../../ui/scan/view.py" line="272"/>
        <source>Close pallet</source>
        <translation>Palette abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="130"/>
        <source>Finish stocktake</source>
        <translation>Inventur beenden</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="132"/>
        <source>Apply the corrections</source>
        <translation>Korrekturen buchen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="164"/>
        <source>Last %1 scans</source>
        <translation>Letzte %1 Scans</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="241"/>
        <source>Pallet %1: %2 boxes · %3 pieces · net %4 kg · gross %5 of %6 kg · %7</source>
        <translation>Palette %1: %2 Kisten · %3 Stück · netto %4 kg · brutto %5 von %6 kg · %7</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="273"/>
        <source>Height of the pallet in cm (0 if not measured):</source>
        <translation>Höhe der Palette in cm (0, wenn nicht gemessen):</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="290"/>
        <source>The manifest waits in the reprint list: %1</source>
        <translation>Die Palettenliste wartet in der Nachdruckliste: %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="291"/>
        <source>Manifest printed.</source>
        <translation>Palettenliste gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="309"/>
        <source>Packing pallet %1</source>
        <translation>Palette %1 wird gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="312"/>
        <source>Vehicle %1 (%2) of convoy %3</source>
        <translation>Fahrzeug %1 (%2) des Konvois %3</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="319"/>
        <source>Putting away to %1</source>
        <translation>Einlagern auf %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="321"/>
        <source>Counting %1</source>
        <translation>Inventur %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="338"/>
        <source>Booked: %1 found here that were recorded elsewhere; %2 missing moved to quarantine.</source>
        <translation>Gebucht: hier gefunden, aber anderswo erfasst: %1; fehlend, ins Sperrlager gebucht: %2.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings/view.py" line="29"/>
        <source>Hall and sender</source>
        <translation>Halle und Absender</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="30"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="31"/>
        <source>Associations</source>
        <translation>Vereine</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="32"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="33"/>
        <source>Locations</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="34"/>
        <source>This station</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="35"/>
        <source>Data and backups</source>
        <translation>Daten und Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="39"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin/dialog.py" line="62"/>
        <source>Locked: sign in to go on</source>
        <translation>Gesperrt: Zum Weitermachen anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="62"/>
        <location filename="../../ui/signin/dialog.py" line="87"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="70"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="72"/>
        <source>Your PIN (digits)</source>
        <translation>Ihre PIN (Ziffern)</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="81"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="82"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="83"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="84"/>
        <source>&amp;Station</source>
        <translation>&amp;Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="92"/>
        <source>Close Hafenlager</source>
        <translation>Hafenlager schließen</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="97"/>
        <source>This station is locked. Pick your name and type your PIN.</source>
        <translation>Dieser Arbeitsplatz ist gesperrt. Wählen Sie Ihren Namen und geben Sie Ihre PIN ein.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="100"/>
        <source>Pick your name and type your PIN. New here? Type your name and choose a PIN.</source>
        <translation>Wählen Sie Ihren Namen und geben Sie Ihre PIN ein. Neu hier? Geben Sie Ihren Namen ein und wählen Sie eine PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="119"/>
        <source>Give this workstation a name, for example Halle-PC-1.</source>
        <translation>Geben Sie diesem Arbeitsplatz einen Namen, zum Beispiel Halle-PC-1.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="122"/>
        <source>Type your name, so your work is recorded under it.</source>
        <translation>Geben Sie Ihren Namen ein, damit Ihre Arbeit darunter erfasst wird.</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <location filename="../../ui/settings/station.py" line="49"/>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="50"/>
        <source>Label printer (rolls, thermal)</source>
        <translation>Etikettendrucker (Rolle, Thermo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="51"/>
        <source>A4 printer (sheets, receipts)</source>
        <translation>A4-Drucker (Bögen, Belege)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="52"/>
        <source>Box labels</source>
        <translation>Kistenetiketten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="53"/>
        <source>Pallet labels</source>
        <translation>Palettenetiketten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="54"/>
        <source>Next free label on the A4 sheet</source>
        <translation>Nächstes freies Etikett auf dem A4-Bogen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="55"/>
        <source>Sounds on the scan screen</source>
        <translation>Töne auf dem Scan-Bildschirm</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="59"/>
        <source>Volunteer terminal: only the volunteers&apos; screens, whoever signs in</source>
        <translation>Helfer-Terminal: nur die Ansichten für Helfer/innen, egal wer sich anmeldet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="64"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="72"/>
        <source>No printer is installed on this PC. Labels are still saved and wait in the reprint list of the intake screen, where they can be saved as PDF.</source>
        <translation>Auf diesem PC ist kein Drucker eingerichtet. Etiketten werden trotzdem gespeichert und warten in der Nachdruckliste der Annahme, wo sie als PDF gespeichert werden können.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="86"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="90"/>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="104"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../ui/stock/model.py" line="70"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="71"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="73"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="78"/>
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="83"/>
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="88"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="93"/>
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="98"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="103"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="108"/>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="112"/>
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="119"/>
        <source>Received</source>
        <translation>Angenommen</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock/view.py" line="62"/>
        <source>Expires before</source>
        <translation>Läuft ab vor</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="69"/>
        <source>Code or words (German, Ukrainian, English)</source>
        <translation>Code oder Wörter (deutsch, ukrainisch, englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="71"/>
        <source>&amp;Reset filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="90"/>
        <source>O&amp;wner</source>
        <translation>Ei&amp;gentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="91"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="92"/>
        <source>&amp;Location</source>
        <translation>&amp;Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="93"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="104"/>
        <source>Searc&amp;h</source>
        <translation>Suc&amp;hen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="135"/>
        <source>C&amp;orrect…</source>
        <translation>Korr&amp;igieren…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="136"/>
        <source>&amp;Dispose…</source>
        <translation>&amp;Entsorgen…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="137"/>
        <source>&amp;Export view…</source>
        <translation>Ansicht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="196"/>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="199"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="202"/>
        <source>All locations</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="206"/>
        <source>In the hall</source>
        <translation>In der Halle</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="207"/>
        <source>All statuses</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="288"/>
        <source>Boxes in view: %1</source>
        <translation>Kisten in der Ansicht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="359"/>
        <source>Export the boxes in view</source>
        <translation>Kisten der Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="361"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="371"/>
        <source>Owner colour</source>
        <translation>Farbe des Eigentümers</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="384"/>
        <source>Exporting %1 boxes…</source>
        <translation>%1 Kisten werden exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="385"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="391"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="419"/>
        <source>%1 boxes exported to %2</source>
        <translation>%1 Kisten exportiert nach %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="427"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="24"/>
        <source>Add vehicle to %1</source>
        <translation>Fahrzeug zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="26"/>
        <source>Vehicle %1 of %2</source>
        <translation>Fahrzeug %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="35"/>
        <source>street, postcode, town, country</source>
        <translation>Straße, PLZ, Ort, Land</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="39"/>
        <source>Name: passport number; Name: passport number</source>
        <translation>Name: Passnummer; Name: Passnummer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="45"/>
        <source>box code of a donated vehicle (optional)</source>
        <translation>Kistencode eines gespendeten Fahrzeugs (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="47"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="48"/>
        <source>Carrier&apos;s address</source>
        <translation>Anschrift des Frachtführers</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="49"/>
        <source>Truck plate</source>
        <translation>Kennzeichen Zugmaschine</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="50"/>
        <source>Trailer plate</source>
        <translation>Kennzeichen Auflieger</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="51"/>
        <source>Drivers</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="52"/>
        <source>Payload kg</source>
        <translation>Nutzlast kg</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="53"/>
        <source>Pallet places</source>
        <translation>Palettenplätze</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="54"/>
        <source>Loading length m</source>
        <translation>Ladelänge m</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="55"/>
        <source>Loading height m</source>
        <translation>Ladehöhe m</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="61"/>
        <source>Donated vehicle</source>
        <translation>Gespendetes Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="83"/>
        <source>Pallet places is a whole number.</source>
        <translation>Palettenplätze sind eine ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>VehicleFields</name>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="22"/>
        <location filename="../../ui/intake/vehicle_fields.py" line="25"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="27"/>
        <source>diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="28"/>
        <source>petrol</source>
        <translation>Benzin</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="29"/>
        <source>electric</source>
        <translation>elektrisch</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="30"/>
        <source>hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="31"/>
        <source>gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="36"/>
        <source>03.2009 (optional)</source>
        <translation>03.2009 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="39"/>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="40"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="41"/>
        <source>Model year</source>
        <translation>Baujahr</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="42"/>
        <source>Fuel</source>
        <translation>Kraftstoff</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="43"/>
        <source>First registration</source>
        <translation>Erstzulassung</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="51"/>
        <source>Type the first registration like 03.2009 or 15.03.2009.</source>
        <translation>Erstzulassung bitte wie 03.2009 oder 15.03.2009 eingeben.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../ui/language_chooser.py" line="16"/>
        <source>Language of this PC</source>
        <translation>Sprache dieses PCs</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>Hafenlager cannot start</source>
        <translation>Hafenlager kann nicht starten</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Something went wrong. Nothing half-done was kept. The details are in %1</source>
        <translation>Etwas ist schiefgegangen. Nichts Halbfertiges wurde gespeichert. Die Einzelheiten stehen in %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Hafenlager</source>
        <translation>Hafenlager</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/status_names.py" line="13"/>
        <source>in stock</source>
        <translation>auf Lager</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="14"/>
        <source>on pallet</source>
        <translation>auf Palette</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="15"/>
        <location filename="../../ui/status_names.py" line="32"/>
        <source>loaded</source>
        <translation>verladen</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="16"/>
        <location filename="../../ui/status_names.py" line="34"/>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="17"/>
        <location filename="../../ui/status_names.py" line="35"/>
        <source>delivered</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="18"/>
        <location filename="../../ui/status_names.py" line="37"/>
        <source>disposed</source>
        <translation>entsorgt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="19"/>
        <source>dissolved</source>
        <translation>aufgelöst</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="20"/>
        <source>planning</source>
        <translation>in Planung</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="21"/>
        <source>loading</source>
        <translation>Beladung</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="22"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="23"/>
        <source>departed</source>
        <translation>abgefahren</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="24"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="28"/>
        <source>received</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="29"/>
        <source>moved</source>
        <translation>umgelagert</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="30"/>
        <source>packed</source>
        <translation>gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="31"/>
        <source>unpacked</source>
        <translation>ausgepackt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="33"/>
        <source>unloaded</source>
        <translation>entladen</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="36"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="38"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="44"/>
        <source>pcs</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="45"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="46"/>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="47"/>
        <source>set</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="165"/>
        <source> Expired on {expiry}!</source>
        <translation> Abgelaufen am {expiry}!</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="166"/>
        <source> Expires soon: {expiry}.</source>
        <translation> Läuft bald ab: {expiry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="167"/>
        <source> Best before {expiry}.</source>
        <translation> MHD {expiry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="168"/>
        <source> Over the pallet limit of {limit} kg!</source>
        <translation> Über der Palettengrenze von {limit} kg!</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="169"/>
        <source> Owners: {owners}.</source>
        <translation> Eigentümer: {owners}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="22"/>
        <source>Load: scan the vehicle&apos;s code, then its pallets and boxes.</source>
        <translation>Verladen: den Code des Fahrzeugs scannen, dann seine Paletten und Kisten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="23"/>
        <source>Unload: scan the vehicle&apos;s code, then what comes off it.</source>
        <translation>Entladen: den Code des Fahrzeugs scannen, dann was herunterkommt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="45"/>
        <source>Box {code}: {contents} · {amount} · {owner} · {place} · {status}</source>
        <translation>Kiste {code}: {contents} · {amount} · {owner} · {place} · {status}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="72"/>
        <source>Box {code} → {name} · {contents} · {amount}</source>
        <translation>Kiste {code} → {name} · {contents} · {amount}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="97"/>
        <source>Vehicle {number} ({plate}) of convoy {convoy}: {loaded} of {planned} planned items loaded.</source>
        <translation>Fahrzeug {number} ({plate}) des Konvois {convoy}: {loaded} von {planned} geplanten Posten verladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="101"/>
        <source>{code} is a {kind}: scan the vehicle first.</source>
        <translation>{code} ist ein Objekt ({kind}): erst das Fahrzeug scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="102"/>
        <source>{code} is on this vehicle already.</source>
        <translation>{code} ist schon auf diesem Fahrzeug.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="103"/>
        <source>{code} loaded on vehicle {number}: {loaded} of {planned} planned items.</source>
        <translation>{code} auf Fahrzeug {number} verladen: {loaded} von {planned} geplanten Posten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="110"/>
        <source>{code} loaded, but it was not planned: {loaded} of {planned} planned items.</source>
        <translation>{code} verladen, war aber nicht geplant: {loaded} von {planned} geplanten Posten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="143"/>
        <source>Stocktake of {place} booked: {found} found, missing {missing}, not expected there {unexpected}.</source>
        <translation>Inventur von {place} gebucht: {found} gefunden, fehlend {missing}, dort nicht erwartet {unexpected}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="148"/>
        <source>{code} holds goods of {owner}: you work with your own association&apos;s goods only</source>
        <translation>{code} enthält Waren von {owner}: Sie arbeiten nur mit den Waren Ihres eigenen Vereins</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="158"/>
        <source>Undone: box {code} is back at {place}.</source>
        <translation>Rückgängig: Kiste {code} ist wieder bei {place}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="159"/>
        <source>Undone: pallet {code} is back at {place}.</source>
        <translation>Rückgängig: Palette {code} ist wieder bei {place}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="160"/>
        <source>Undone: the new pallet {code} is dissolved; throw its labels away.</source>
        <translation>Rückgängig: Die neue Palette {code} ist aufgelöst; ihre Etiketten wegwerfen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="106"/>
        <source>{code} loaded, but it was planned for another vehicle: {loaded} of {planned} planned items.</source>
        <translation>{code} verladen, war aber für ein anderes Fahrzeug geplant: {loaded} von {planned} geplanten Posten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="113"/>
        <source>{code} unloaded from vehicle {number} to the dock.</source>
        <translation>{code} von Fahrzeug {number} an die Rampe entladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="94"/>
        <source>Box {code} off pallet {pallet_code}, now at {name}.</source>
        <translation>Kiste {code} von Palette {pallet_code} genommen, jetzt auf {name}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="87"/>
        <source>Box {code} on pallet {pallet_code}: {boxes} boxes, {gross} kg.</source>
        <translation>Kiste {code} auf Palette {pallet_code}: {boxes} Kisten, {gross} kg.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="13"/>
        <source>Look up: scan any label.</source>
        <translation>Suchen: ein beliebiges Etikett scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="17"/>
        <source>Pack: scan a pallet (or &apos;new pallet&apos;), then boxes.</source>
        <translation>Packen: eine Palette (oder &apos;Neue Palette&apos;) scannen, dann Kisten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="14"/>
        <source>Put away: scan the location first, then boxes or pallets.</source>
        <translation>Einlagern: erst den Lagerplatz scannen, dann Kisten oder Paletten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="124"/>
        <source>Stocktake {name}: {found} found, {missing} missing, {unexpected} unexpected.</source>
        <translation>Inventur {name}: {found} gefunden, {missing} fehlen, {unexpected} unerwartet.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="19"/>
        <source>Stocktake: scan the location, then everything found there.</source>
        <translation>Inventur: den Lagerplatz scannen, dann alles, was dort ist.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="18"/>
        <source>Unpack: scan boxes to take them off their pallet.</source>
        <translation>Auspacken: Kisten scannen, um sie von ihrer Palette zu nehmen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="119"/>
        <source>{code} counted ({found} of {expected}).</source>
        <translation>{code} gezählt ({found} von {expected}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="120"/>
        <source>{code} is not recorded here: it will be listed as unexpected.</source>
        <translation>{code} ist hier nicht erfasst: es wird als unerwartet aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="37"/>
        <source>&apos;{code}&apos; is not a Hafenlager code: codes are digits only.</source>
        <translation>&apos;{code}&apos; ist kein Hafenlager-Code: Codes bestehen nur aus Ziffern.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="71"/>
        <source>Box {code} is already at {name}.</source>
        <translation>Kiste {code} ist schon auf {name}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="82"/>
        <source>Box {code} is already on this pallet.</source>
        <translation>Kiste {code} ist schon auf dieser Palette.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="58"/>
        <source>Box {code} is loaded on a vehicle: unload it first.</source>
        <translation>Kiste {code} ist auf ein Fahrzeug verladen: erst entladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="93"/>
        <source>Box {code} is not on a pallet.</source>
        <translation>Kiste {code} ist auf keiner Palette.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="83"/>
        <source>Box {code} is on another pallet ({pallet_code}). Move it to this one? Scan &apos;yes&apos; to confirm.</source>
        <translation>Kiste {code} ist auf einer anderen Palette ({pallet_code}). Auf diese umpacken? Zum Bestätigen &apos;Ja&apos; scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="66"/>
        <source>Box {code} is on pallet {pallet_code}. Take it off and put it at {name}? Scan &apos;yes&apos; to confirm.</source>
        <translation>Kiste {code} ist auf Palette {pallet_code}. Herunternehmen und auf {name} stellen? Zum Bestätigen &apos;Ja&apos; scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="55"/>
        <source>Box {code} was disposed of: put it aside and tell the lead.</source>
        <translation>Kiste {code} wurde entsorgt: beiseitestellen und der Leitung Bescheid geben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="52"/>
        <source>Box {code} was shipped: it cannot be in the hall. Put it aside and tell the lead.</source>
        <translation>Kiste {code} wurde versandt: sie kann nicht in der Halle sein. Beiseitestellen und der Leitung Bescheid geben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="116"/>
        <source>Counting {name}: {expected} boxes expected.</source>
        <translation>Inventur {name}: {expected} Kisten erwartet.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="26"/>
        <source>Empty scan: scan the label again.</source>
        <translation>Leerer Scan: Etikett noch einmal scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="157"/>
        <source>Last scan undone.</source>
        <translation>Letzter Scan rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="49"/>
        <source>Location {name}: {boxes} boxes, {pallets} pallets</source>
        <translation>Lagerplatz {name}: {boxes} Kisten, {pallets} Paletten</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="75"/>
        <source>New pallet {code}: print its labels, then scan boxes.</source>
        <translation>Neue Palette {code}: Etiketten drucken, dann Kisten scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="76"/>
        <source>No pallet is open: scan a pallet first.</source>
        <translation>Keine Palette offen: erst eine Palette scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="123"/>
        <source>No stocktake is running.</source>
        <translation>Es läuft keine Inventur.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="39"/>
        <source>No {kind} has the code {code}.</source>
        <translation>Kein Objekt ({kind}) hat den Code {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="156"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="153"/>
        <source>Nothing waits for a yes.</source>
        <translation>Nichts wartet auf ein Ja.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="79"/>
        <source>Packing pallet {code}: {boxes} boxes, {gross} kg.</source>
        <translation>Palette {code} wird gepackt: {boxes} Kisten, {gross} kg.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="77"/>
        <source>Pallet {code} closed: {boxes} boxes, {gross} kg.</source>
        <translation>Palette {code} abgeschlossen: {boxes} Kisten, {gross} kg.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="64"/>
        <source>Pallet {code} is already at {name}.</source>
        <translation>Palette {code} steht schon auf {name}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="78"/>
        <source>Pallet {code} is {status}: it cannot be packed.</source>
        <translation>Palette {code} ist {status}: sie kann nicht gepackt werden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="63"/>
        <source>Pallet {code} is {status}: it cannot move.</source>
        <translation>Palette {code} ist {status}: sie kann nicht bewegt werden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="65"/>
        <source>Pallet {code} → {name}</source>
        <translation>Palette {code} → {name}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="48"/>
        <source>Pallet {code}: {boxes} boxes · {gross} kg · {place}</source>
        <translation>Palette {code}: {boxes} Kisten · {gross} kg · {place}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="61"/>
        <source>Put away to {name}: now scan boxes or pallets.</source>
        <translation>Einlagern auf {name}: jetzt Kisten oder Paletten scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="117"/>
        <source>Scan the location you are counting first.</source>
        <translation>Erst den Lagerplatz der Inventur scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="81"/>
        <source>Scan the pallet first (or &apos;new pallet&apos;).</source>
        <translation>Erst die Palette scannen (oder &apos;Neue Palette&apos;).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="129"/>
        <source>Pallet {pallet_code} is {status} now (another station): box {code} was not packed. Scan another pallet.</source>
        <translation>Palette {pallet_code} ist jetzt {status} (andere Station): Kiste {code} wurde nicht gepackt. Eine andere Palette scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="134"/>
        <source>{code} was changed since by another station: the last scan was not undone.</source>
        <translation>{code} wurde inzwischen an einer anderen Station geändert: der letzte Scan wurde nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="137"/>
        <source>The database is busy (another station is writing): {code} was not saved. Scan it again.</source>
        <translation>Die Datenbank ist belegt (eine andere Station schreibt): {code} wurde nicht gespeichert. Bitte noch einmal scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="141"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="154"/>
        <source>The box changed meanwhile: scan it again.</source>
        <translation>Die Kiste hat sich inzwischen geändert: noch einmal scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="155"/>
        <source>The scan to confirm no longer applies.</source>
        <translation>Der zu bestätigende Scan gilt nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="30"/>
        <source>{code} has a wrong check digit: check the label and type it again.</source>
        <translation>{code} hat eine falsche Prüfziffer: Etikett prüfen und neu eintippen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="27"/>
        <source>{code} is a product barcode from the packaging: scan the Hafenlager label.</source>
        <translation>{code} ist ein Produkt-Barcode der Verpackung: das Hafenlager-Etikett scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="80"/>
        <source>{code} is a {kind}: scan a pallet or a box.</source>
        <translation>{code} ist ein Objekt ({kind}): eine Palette oder Kiste scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="92"/>
        <source>{code} is a {kind}: scan the boxes to unpack.</source>
        <translation>{code} ist ein Objekt ({kind}): die auszupackenden Kisten scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="62"/>
        <source>{code} is a {kind}: scan the location first.</source>
        <translation>{code} ist ein Objekt ({kind}): erst den Lagerplatz scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="118"/>
        <source>{code} is already counted.</source>
        <translation>{code} ist schon gezählt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="34"/>
        <source>{code} is not a Hafenlager code (codes start with 1, 2, 3 or 9).</source>
        <translation>{code} ist kein Hafenlager-Code (Codes beginnen mit 1, 2, 3 oder 9).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="38"/>
        <source>{code} is not a known control code.</source>
        <translation>{code} ist kein bekannter Steuercode.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="33"/>
        <source>{code} is too short for a Hafenlager code.</source>
        <translation>{code} ist zu kurz für einen Hafenlager-Code.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="40"/>
        <source>{code} was just scanned: nothing changed.</source>
        <translation>{code} wurde gerade gescannt: nichts geändert.</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <location filename="../../ui/service_texts.py" line="23"/>
        <source>aid code</source>
        <translation>Hilfscode</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="24"/>
        <source>convoy</source>
        <translation>Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="25"/>
        <source>export</source>
        <translation>Ausfuhr</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="26"/>
        <source>goods</source>
        <translation>Waren</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="27"/>
        <source>loading</source>
        <translation>Beladung</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="28"/>
        <location filename="../../warehouse_app/services/masterdata.py" line="145"/>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="29"/>
        <source>shelf life</source>
        <translation>Haltbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="30"/>
        <location filename="../../warehouse_app/status_words.py" line="22"/>
        <source>vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="36"/>
        <source>box</source>
        <translation>Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="37"/>
        <source>pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="38"/>
        <location filename="../../warehouse_app/services/masterdata.py" line="144"/>
        <source>location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="39"/>
        <source>vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="40"/>
        <source>control code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="80"/>
        <source>The code is empty: scan the label again or type the digits under the bars.</source>
        <translation>Der Code ist leer: Etikett noch einmal scannen oder die Ziffern unter den Strichen eintippen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="88"/>
        <location filename="../../warehouse_app/codes.py" line="127"/>
        <source>&apos;{text}&apos; is a product barcode from the packaging: scan the Hafenlager label.</source>
        <translation>&apos;{text}&apos; ist ein Produkt-Barcode von der Verpackung: das Hafenlager-Etikett scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="96"/>
        <source>&apos;{raw}&apos; is not a Hafenlager code: codes are digits only, for example 10000427.</source>
        <translation>&apos;{raw}&apos; ist kein Hafenlager-Code: Codes bestehen nur aus Ziffern, z. B. 10000427.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="104"/>
        <source>&apos;{text}&apos; is too short: a Hafenlager code has at least {serial_digits} digits.</source>
        <translation>&apos;{text}&apos; ist zu kurz: Ein Hafenlager-Code hat mindestens {serial_digits} Ziffern.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="115"/>
        <source>&apos;{text}&apos; is not a Hafenlager code: it should start with 1 (box), 2 (pallet), 3 (location), 4 (vehicle) or 9 (control sheet).</source>
        <translation>&apos;{text}&apos; ist kein Hafenlager-Code: Er sollte mit 1 (Kiste), 2 (Palette), 3 (Lagerplatz), 4 (Fahrzeug) oder 9 (Steuerblatt) beginnen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="134"/>
        <source>&apos;{text}&apos; has a wrong check digit: a digit was mistyped or two were swapped. Check the code on the label and type it again.</source>
        <translation>&apos;{text}&apos; hat eine falsche Prüfziffer: Eine Ziffer wurde vertippt oder zwei wurden vertauscht. Code auf dem Etikett prüfen und noch einmal eintippen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/exports.py" line="35"/>
        <source>Cannot export to &apos;{path_name}&apos;: choose a .csv or .xlsx file.</source>
        <translation>Export nach &apos;{path_name}&apos; nicht möglich: eine .csv- oder .xlsx-Datei wählen.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="76"/>
        <source>Stopped: no papers were written.</source>
        <translation>Abgebrochen: Es wurden keine Papiere geschrieben.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="183"/>
        <source>Cannot create {out}: {reason}.</source>
        <translation>{out} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="193"/>
        <source>Cannot write {folder}: a folder has that name. Rename it or choose another output folder.</source>
        <translation>{folder} kann nicht geschrieben werden: Ein Ordner hat diesen Namen. Ordner umbenennen oder einen anderen Ausgabeordner wählen.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="205"/>
        <source>Cannot write the papers to {out}: {reason}.</source>
        <translation>Die Papiere können nicht nach {out} geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="217"/>
        <source>&apos;{path_name}&apos; should end in .zip.</source>
        <translation>&apos;{path_name}&apos; sollte auf .zip enden.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="234"/>
        <location filename="../../reports/shortage.py" line="87"/>
        <location filename="../../warehouse_app/exports.py" line="53"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="329"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/hall.py" line="39"/>
        <source>The sender&apos;s name cannot be empty.</source>
        <translation>Der Name des Absenders darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/hall.py" line="44"/>
        <source>Not a hall setting: {unknown}.</source>
        <translation>Keine Halleneinstellung: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/labels.py" line="98"/>
        <source>{parsed_text} is a {kind_label} code, not a {kind_label2} code.</source>
        <translation>{parsed_text} ist ein {kind_label}-Code, kein {kind_label2}-Code.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/labels.py" line="108"/>
        <source>Give at least one {kind_label} code.</source>
        <translation>Mindestens einen {kind_label}-Code angeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/labels.py" line="118"/>
        <source>Unknown {kind_label} code(s): {unknown}.</source>
        <translation>Unbekannte {kind_label}-Codes: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/labels.py" line="139"/>
        <source>Donation {donation_id} does not exist or has no boxes.</source>
        <translation>Spende {donation_id} existiert nicht oder hat keine Kisten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/languages.py" line="24"/>
        <source>Unknown document language {unknown}: choose from {languages} (for example uk,en,de).</source>
        <translation>Unbekannte Dokumentsprache {unknown}: aus {languages} wählen (z. B. uk,en,de).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/languages.py" line="35"/>
        <source>A language is named twice in &apos;{text}&apos;.</source>
        <translation>In &apos;{text}&apos; ist eine Sprache doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/languages.py" line="42"/>
        <source>Customs papers need Ukrainian and English: add {missing} (for example uk,en or uk,en,de).</source>
        <translation>Zollpapiere brauchen Ukrainisch und Englisch: {missing} hinzufügen (z. B. uk,en oder uk,en,de).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/languages.py" line="72"/>
        <source>&apos;{country}&apos; is not a country code: use two letters, such as UA or MD.</source>
        <translation>&apos;{country}&apos; ist kein Ländercode: zwei Buchstaben verwenden, z. B. UA oder MD.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/manifest.py" line="53"/>
        <source>Unknown pallet code: {code}.</source>
        <translation>Unbekannter Palettencode: {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/print_jobs.py" line="26"/>
        <source>{document} need codes, not a donation.</source>
        <translation>{document}: Codes angeben, keine Spende.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/print_jobs.py" line="39"/>
        <source>Unknown label document &apos;{document}&apos;.</source>
        <translation>Unbekanntes Etiketten-Dokument &apos;{document}&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/print_jobs.py" line="47"/>
        <source>A manifest job names one pallet.</source>
        <translation>Ein Druckauftrag für eine Packliste nennt genau eine Palette.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/print_jobs.py" line="51"/>
        <source>A receipt job names a donation.</source>
        <translation>Ein Druckauftrag für eine Quittung nennt eine Spende.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/receipt.py" line="65"/>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="112"/>
        <location filename="../../warehouse_app/services/intake.py" line="226"/>
        <source>There is no donation {donation_id}.</source>
        <translation>Es gibt keine Spende {donation_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="127"/>
        <source>sender name and city (Settings → Hall and sender)</source>
        <translation>Name und Ort des Absenders (Einstellungen → Halle und Absender)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="132"/>
        <source>sender street and postcode (Settings → Hall and sender)</source>
        <translation>Straße und Postleitzahl des Absenders (Einstellungen → Halle und Absender)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="141"/>
        <source>recipient of convoy {convoy_number}</source>
        <translation>Empfänger von Konvoi {convoy_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="154"/>
        <source>{label} of {recipient_name} (Settings → Recipients)</source>
        <translation>{label} von {recipient_name} (Einstellungen → Empfänger)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="166"/>
        <source>aid code of convoy {convoy_number}</source>
        <translation>Hilfscode von Konvoi {convoy_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="173"/>
        <source>border crossing of convoy {convoy_number}</source>
        <translation>Grenzübergang von Konvoi {convoy_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="180"/>
        <source>carrier name and address of vehicle {vehicle_number}</source>
        <translation>Name und Adresse des Frachtführers von Fahrzeug {vehicle_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="189"/>
        <source>driver of vehicle {vehicle_number}</source>
        <translation>Fahrer von Fahrzeug {vehicle_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="196"/>
        <source>truck plate of vehicle {vehicle_number}</source>
        <translation>Lkw-Kennzeichen von Fahrzeug {vehicle_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="203"/>
        <source>goods on vehicle {vehicle_number} (Convoys → assign pallets or boxes)</source>
        <translation>Waren auf Fahrzeug {vehicle_number} (Konvois → Paletten oder Kisten zuordnen)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="234"/>
        <source>Convoy {convoy_number} is cancelled: it gets no papers.</source>
        <translation>Konvoi {convoy_number} ist storniert: Er bekommt keine Papiere.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="240"/>
        <source>The papers need: {missing}.</source>
        <translation>Für die Papiere fehlt: {missing}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="370"/>
        <source>Convoy {convoy_number} has no vehicle: add one first.</source>
        <translation>Konvoi {convoy_number} hat kein Fahrzeug: zuerst eines hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="39"/>
        <source>Convoy {convoy}: {result} taken off (pallets {pallets}; boxes {boxes}).</source>
        <translation>Konvoi {convoy}: {result} abgenommen (Paletten {pallets}; Kisten {boxes}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="64"/>
        <source>{item} is loaded on vehicle {vehicle_number}: unload it first (Unload mode at the dock), or take it off and unload it in one go (--unload-to LOCATION, or the question in the convoy screen). Nothing changed.</source>
        <translation>{item} ist auf Fahrzeug {vehicle_number} verladen: zuerst entladen (Modus Entladen an der Rampe) oder vom Konvoi nehmen und in einem Schritt entladen (--unload-to LOCATION oder die Rückfrage im Konvoi-Bildschirm). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="104"/>
        <source>Convoy {convoy}: {result} moved to vehicle {vehicle} (pallets {pallets}; boxes {boxes}).</source>
        <translation>Konvoi {convoy}: {result} auf Fahrzeug {vehicle} umgesetzt (Paletten {pallets}; Kisten {boxes}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="123"/>
        <source>That vehicle belongs to another convoy than {convoy_number}.</source>
        <translation>Dieses Fahrzeug gehört zu einem anderen Konvoi als {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="133"/>
        <source>{item} is loaded on vehicle {vehicle_number}: unload it before moving it to another vehicle. Nothing changed.</source>
        <translation>{item} ist auf Fahrzeug {vehicle_number} verladen: vor dem Umsetzen auf ein anderes Fahrzeug entladen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="151"/>
        <source>Say which pallets or boxes.</source>
        <translation>Angeben, welche Paletten oder Kisten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="161"/>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="278"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="100"/>
        <source>{code_text} is not a pallet code.</source>
        <translation>{code_text} ist kein Palettencode.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="166"/>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="282"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="105"/>
        <source>Unknown pallet {code_text}.</source>
        <translation>Unbekannte Palette {code_text}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="171"/>
        <source>Pallet {code_text} is not on convoy {convoy_number}.</source>
        <translation>Palette {code_text} ist nicht im Konvoi {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="182"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="133"/>
        <source>{code_text} is not a box code.</source>
        <translation>{code_text} ist kein Kistencode.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="187"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="138"/>
        <source>Unknown box {code_text}.</source>
        <translation>Unbekannte Kiste {code_text}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="194"/>
        <source>Box {box_code} is on pallet {pallet_code}: take the pallet off the convoy, or unpack the box from it first.</source>
        <translation>Kiste {box_code} ist auf Palette {pallet_code}: die Palette vom Konvoi nehmen oder zuerst die Kiste von ihr auspacken.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="203"/>
        <source>Box {box_code} is not on convoy {convoy_number}.</source>
        <translation>Kiste {box_code} ist nicht im Konvoi {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="281"/>
        <source>Vehicle {vehicle} of convoy {convoy} changed.</source>
        <translation>Fahrzeug {vehicle} von Konvoi {convoy} geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="254"/>
        <source>{name} is longer than {text_fields_item} characters.</source>
        <translation>{name} ist länger als {text_fields_item} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="263"/>
        <source>A vehicle has no field {name!r}.</source>
        <translation>Ein Fahrzeug hat kein Feld {name!r}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="267"/>
        <source>Say what to change, e.g. --payload-kg 20000.</source>
        <translation>Angeben, was geändert werden soll, z. B. --payload-kg 20000.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="50"/>
        <source>Convoy number</source>
        <translation>Konvoinummer</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="56"/>
        <source>Convoy {number} exists already.</source>
        <translation>Konvoi {number} existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="60"/>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="134"/>
        <source>The departure date {departure:%d.%m.%Y} is in the past.</source>
        <translation>Das Abfahrtsdatum {departure:%d.%m.%Y} liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="67"/>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="144"/>
        <source>The arrival cannot be before the departure.</source>
        <translation>Die Ankunft kann nicht vor der Abfahrt liegen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="73"/>
        <source>Convoy {convoy} planned.</source>
        <translation>Konvoi {convoy} geplant.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="115"/>
        <source>Unknown convoy field(s): {unknown}.</source>
        <translation>Unbekannte Konvoi-Felder: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="153"/>
        <source>Convoy {convoy} changed.</source>
        <translation>Konvoi {convoy} geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="172"/>
        <source>Vehicle {result} added to convoy {convoy}: {truck_plate}, {payload_kg} kg payload.</source>
        <translation>Fahrzeug {result} zu Konvoi {convoy} hinzugefügt: {truck_plate}, {payload_kg} kg Nutzlast.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="194"/>
        <source>Payload kg</source>
        <translation>Nutzlast kg</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="199"/>
        <source>Loading length m</source>
        <translation>Ladelänge m</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="205"/>
        <source>Loading height m</source>
        <translation>Ladehöhe m</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="211"/>
        <source>Pallet places</source>
        <translation>Palettenplätze</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="220"/>
        <source>{donated_box} is not a donated vehicle in stock.</source>
        <translation>{donated_box} ist kein gespendetes Fahrzeug im Bestand.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="258"/>
        <source>Pallet {pallet_code} measured: {height_m} m high.</source>
        <translation>Palette {pallet_code} gemessen: {height_m} m hoch.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="265"/>
        <source>Pallet height</source>
        <translation>Palettenhöhe</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="269"/>
        <source>{height} m is taller than any truck: give the height in metres.</source>
        <translation>{height} m ist höher als jeder Lkw: Höhe in Metern angeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="76"/>
        <source>No recipient is set.</source>
        <translation>Kein Empfänger festgelegt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="77"/>
        <source>Choose the recipient.</source>
        <translation>Empfänger wählen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="84"/>
        <source>{name} has no {label}.</source>
        <translation>{name}: {label} fehlt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="88"/>
        <source>Enter the recipient&apos;s {label}.</source>
        <translation>{label} des Empfängers eingeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="91"/>
        <source>EDRPOU code</source>
        <translation>EDRPOU-Code</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="94"/>
        <source>register number (humanitarian aid)</source>
        <translation>Registernummer (humanitäre Hilfe)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="96"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="108"/>
        <source>No delivery place.</source>
        <translation>Kein Lieferort angegeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="109"/>
        <source>Enter the delivery place.</source>
        <translation>Lieferort eingeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="117"/>
        <source>No border crossing: the CMR and the customs declaration name it.</source>
        <translation>Kein Grenzübergang angegeben: CMR und Zollanmeldung nennen ihn.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="122"/>
        <source>Enter the border crossing (e.g. Korczowa).</source>
        <translation>Grenzübergang eingeben (z. B. Korczowa).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="134"/>
        <source>No aid code from the recipient&apos;s declaration.</source>
        <translation>Kein Hilfscode aus der Erklärung des Empfängers.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="136"/>
        <source>Ask the recipient for the aid code and enter it.</source>
        <translation>Den Empfänger nach dem Hilfscode fragen und ihn eingeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="146"/>
        <source>The aid code expires before the arrival.</source>
        <translation>Der Hilfscode läuft vor der Ankunft ab.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="147"/>
        <source>Ask the recipient to renew the aid code.</source>
        <translation>Den Empfänger bitten, den Hilfscode zu verlängern.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="159"/>
        <source>Departure or arrival date missing.</source>
        <translation>Abfahrts- oder Ankunftsdatum fehlt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="160"/>
        <source>Enter both dates.</source>
        <translation>Beide Daten eingeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="170"/>
        <source>The convoy has no vehicle.</source>
        <translation>Der Konvoi hat kein Fahrzeug.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="171"/>
        <source>Add a vehicle.</source>
        <translation>Fahrzeug hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="181"/>
        <source>Vehicle {gauge_label} carries {gross_kg} kg, over its payload of {payload_kg} kg.</source>
        <translation>Fahrzeug {gauge_label} trägt {gross_kg} kg, mehr als seine Nutzlast von {payload_kg} kg.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="190"/>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="207"/>
        <source>Move pallets to another vehicle.</source>
        <translation>Paletten auf ein anderes Fahrzeug umladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="198"/>
        <source>Vehicle {gauge_label} has {pallets} pallets for {pallet_places} places.</source>
        <translation>Fahrzeug {gauge_label} hat {pallets} Paletten für {pallet_places} Plätze.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="215"/>
        <source>Vehicle {gauge_label}: a pallet is {tallest_m} m tall, the loading height is {height_m} m.</source>
        <translation>Fahrzeug {gauge_label}: Eine Palette ist {tallest_m} m hoch, die Ladehöhe beträgt {height_m} m.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="225"/>
        <source>Take the tall pallet off, or repack it lower.</source>
        <translation>Die zu hohe Palette herunternehmen oder niedriger umpacken.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="236"/>
        <source>Vehicle {vehicle_number} has no plate or no driver.</source>
        <translation>Fahrzeug {vehicle_number} hat kein Kennzeichen oder keinen Fahrer.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="242"/>
        <source>Enter plates, drivers and passport numbers.</source>
        <translation>Kennzeichen, Fahrer und Passnummern eingeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="257"/>
        <source>{count} reserved boxes are on no vehicle.</source>
        <translation>{count} reservierte Kisten sind keinem Fahrzeug zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="260"/>
        <source>Assign them to a vehicle or release them.</source>
        <translation>Einem Fahrzeug zuordnen oder freigeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="275"/>
        <source>Box {code} ({category}) expired on {expiry}.</source>
        <translation>Kiste {code} ({category}) ist am {expiry} abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="282"/>
        <source>Box {code} ({category}) expires {expiry}: under {minimum} days left at the arrival.</source>
        <translation>Kiste {code} ({category}) läuft am {expiry} ab: bei Ankunft weniger als {minimum} Tage übrig.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="302"/>
        <source>Take the box off the convoy.</source>
        <translation>Kiste vom Konvoi nehmen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="309"/>
        <source>Unpack the box from pallet {pallet_code} (Unpack mode), or take the pallet off the convoy.</source>
        <translation>Kiste von Palette {pallet_code} auspacken (Modus Auspacken) oder die Palette vom Konvoi nehmen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="324"/>
        <source>Box {row_code} has no weight or no value.</source>
        <translation>Kiste {row_code} hat kein Gewicht oder keinen Wert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="327"/>
        <source>Correct the box in the stock screen.</source>
        <translation>Kiste in der Bestandsansicht korrigieren.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="361"/>
        <source>Vehicle {over} is above {value_limit} EUR or {kg_limit} kg: it needs an electronic export declaration (ATLAS).</source>
        <translation>Fahrzeug {over} liegt über {value_limit} EUR oder {kg_limit} kg: Es braucht eine elektronische Ausfuhranmeldung (ATLAS).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="371"/>
        <source>Enter the export MRN of the convoy (Edit convoy, or &apos;convoy set --mrn&apos;).</source>
        <translation>Ausfuhr-MRN des Konvois eingeben (Konvoi bearbeiten oder &apos;convoy set --mrn&apos;).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="388"/>
        <source>{name} may not receive vehicles, but box {code} is one.</source>
        <translation>{name} darf keine Fahrzeuge empfangen, aber Kiste {code} ist eines.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="412"/>
        <source>{name_en}: {export_note}</source>
        <translation>{name_en}: {export_note}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="417"/>
        <source>Acknowledge with the licence number or MRN.</source>
        <translation>Mit Genehmigungsnummer oder MRN bestätigen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="436"/>
        <source>{waiting_count} reserved boxes are not loaded.</source>
        <translation>{waiting_count} reservierte Kisten sind nicht verladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="440"/>
        <source>Load them by scanning, or take them off the convoy.</source>
        <translation>Per Scan verladen oder vom Konvoi nehmen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="465"/>
        <source>{count} pallet(s) on the convoy hold no box: {codes}.</source>
        <translation>{count} Palette(n) im Konvoi ohne Kiste: {codes}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="471"/>
        <source>Take the empty pallets off the convoy.</source>
        <translation>Leere Paletten vom Konvoi nehmen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness.py" line="94"/>
        <source>Convoy {convoy_number} is not ready: {blocking_count} problem(s). First: {first}</source>
        <translation>Konvoi {convoy_number} ist nicht bereit: {blocking_count} Problem(e). Erstes: {first}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness.py" line="110"/>
        <source>Unload the vehicles before cancelling.</source>
        <translation>Vor dem Stornieren die Fahrzeuge entladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness.py" line="117"/>
        <source>Convoy {convoy}: {before} → {after}.</source>
        <translation>Konvoi {convoy}: {before} → {after}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="60"/>
        <source>There is no file {path}: choose the act&apos;s scan again.</source>
        <translation>Die Datei {path} gibt es nicht: Wählen Sie den Scan des Protokolls erneut.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="66"/>
        <source>{name}: attach the signed act as a PDF, JPG or PNG file.</source>
        <translation>{name}: Hängen Sie das unterschriebene Protokoll als PDF-, JPG- oder PNG-Datei an.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="75"/>
        <source>{name} is not a readable {kind} of at most 20 MB: scan or photograph the act again.</source>
        <translation>{name} ist keine lesbare {kind}-Datei von höchstens 20 MB: Scannen oder fotografieren Sie das Protokoll erneut.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="91"/>
        <source>Acceptance act {act} attached to convoy {convoy} (vehicle {vehicle_number}).</source>
        <translation>Übergabeprotokoll {act} an Konvoi {convoy} angehängt (Fahrzeug {vehicle_number}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="104"/>
        <source>There is no convoy {convoy_number}.</source>
        <translation>Es gibt keinen Konvoi {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="109"/>
        <source>Convoy {convoy_number} has not left yet: an acceptance act comes with the handover.</source>
        <translation>Konvoi {convoy_number} ist noch nicht abgefahren: Ein Übergabeprotokoll gibt es erst bei der Übergabe.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="120"/>
        <location filename="../../warehouse_app/services/convoys/records.py" line="120"/>
        <source>Convoy {convoy_number} has no vehicle {number}.</source>
        <translation>Konvoi {convoy_number} hat kein Fahrzeug {number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="168"/>
        <source>There is no acceptance act {act_id}.</source>
        <translation>Es gibt kein Übergabeprotokoll {act_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="173"/>
        <source>The stored act {name} does not match its SHA-256 any more: restore a backup.</source>
        <translation>Das gespeicherte Protokoll {name} passt nicht mehr zu seinem SHA-256: Stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/records.py" line="152"/>
        <source>Convoy {convoy_number} is {status}: nothing of it can change any more.</source>
        <translation>Konvoi {convoy_number} ist {status}: Daran lässt sich nichts mehr ändern.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="34"/>
        <source>Box {box_code} was shipped already.</source>
        <translation>Kiste {box_code} wurde bereits versandt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="38"/>
        <source>Box {box_code} was disposed of.</source>
        <translation>Kiste {box_code} wurde entsorgt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="46"/>
        <source>Box {box_code} expires on {expiry_date:%d.%m.%Y}, before the arrival.</source>
        <translation>Kiste {box_code} läuft am {expiry_date:%d.%m.%Y} ab, also vor der Ankunft.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="163"/>
        <source>Needs list {list_id} belongs to {list_recipient}, but convoy {convoy_number} goes to {recipient}. Choose a list of {recipient}, or change the convoy&apos;s recipient first. Nothing was reserved.</source>
        <translation>Die Bedarfsliste {list_id} gehört zu {list_recipient}, aber Konvoi {convoy_number} fährt zu {recipient}. Wählen Sie eine Liste von {recipient} oder ändern Sie zuerst den Empfänger des Konvois. Es wurde nichts reserviert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="182"/>
        <source>Convoy {convoy_number} has no vehicle yet: add one first, so that its payload and pallet places say how much to take.</source>
        <translation>Konvoi {convoy_number} hat noch kein Fahrzeug: Fügen Sie zuerst eines hinzu, damit Nutzlast und Palettenplätze zeigen, wie viel mitgenommen werden kann.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="191"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="82"/>
        <source>That vehicle belongs to another convoy.</source>
        <translation>Dieses Fahrzeug gehört zu einem anderen Konvoi.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="394"/>
        <source>Nothing in the hall can go for needs list {list_id}: no free goods of its lines keep long enough, fit in the room left, or stay within what the lines still need. Nothing was reserved.</source>
        <translation>Für die Bedarfsliste {list_id} kann nichts aus der Halle mit: Es gibt keine freien Waren zu ihren Zeilen, die lange genug haltbar sind, in den restlichen Platz passen und den noch offenen Bedarf nicht überschreiten. Es wurde nichts reserviert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="422"/>
        <source>{refused} Nothing of needs list {list_id} was reserved: another station changed these goods since the proposal. Look at the new proposal and reserve again.</source>
        <translation>{refused} Aus der Bedarfsliste {list_id} wurde nichts reserviert: Ein anderer Arbeitsplatz hat diese Waren seit dem Vorschlag geändert. Prüfen Sie den neuen Vorschlag und reservieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="450"/>
        <source>Pallet {pallet_code} was packed or unpacked since the proposal.</source>
        <translation>Palette {pallet_code} wurde seit dem Vorschlag gepackt oder ausgepackt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="466"/>
        <source>Vehicle {number} is no longer on convoy {convoy_number}. Nothing was reserved: look at the new proposal.</source>
        <translation>Fahrzeug {number} gehört nicht mehr zum Konvoi {convoy_number}. Es wurde nichts reserviert: Prüfen Sie den neuen Vorschlag.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="479"/>
        <source>Convoy {convoy_number} got other goods since the proposal, and the proposal no longer fits its payload and pallet places. Nothing was reserved: look at the new proposal.</source>
        <translation>Konvoi {convoy_number} hat seit dem Vorschlag andere Waren bekommen, und der Vorschlag passt nicht mehr zu seiner Nutzlast und seinen Palettenplätzen. Es wurde nichts reserviert: Prüfen Sie den neuen Vorschlag.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="59"/>
        <source>Convoy {convoy}: {result} reserved on vehicle {vehicle} (pallets {pallets}; boxes {boxes}).</source>
        <translation>Konvoi {convoy}: {result} auf Fahrzeug {vehicle} reserviert (Paletten {pallets}; Kisten {boxes}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="109"/>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="117"/>
        <source>Pallet {pallet_code} is {pallet_status}.</source>
        <translation>Palette {pallet_code} ist {pallet_status}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="116"/>
        <source>Pallet {pallet_code}</source>
        <translation>Palette {pallet_code}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="122"/>
        <source>{refused} (on pallet {pallet_code})</source>
        <translation>{refused} (auf Palette {pallet_code})</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="145"/>
        <source>Box {box_code} is on pallet {pallet_code}: assign the pallet, or unpack the box first.</source>
        <translation>Kiste {box_code} ist auf Palette {pallet_code}: die Palette zuordnen oder zuerst die Kiste auspacken.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="156"/>
        <source>Box {box_code}</source>
        <translation>Kiste {box_code}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="170"/>
        <source>{what} is reserved for convoy {convoy_number} already.</source>
        <translation>{what} ist bereits für Konvoi {convoy_number} reserviert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="181"/>
        <source>It is loaded already: unload it before moving it.</source>
        <translation>Sie ist bereits verladen: erst entladen, dann umsetzen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="196"/>
        <source>Licence number or MRN</source>
        <translation>Genehmigungsnummer oder MRN</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="71"/>
        <source>Say which pallet or box to load.</source>
        <translation>Angeben, welche Palette oder Kiste verladen werden soll.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="78"/>
        <source>Unknown pallet {code}.</source>
        <translation>Unbekannte Palette {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="85"/>
        <location filename="../../warehouse_app/services/vehicles.py" line="156"/>
        <location filename="../../warehouse_app/services/vehicles.py" line="180"/>
        <source>Unknown box {code}.</source>
        <translation>Unbekannte Kiste {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="99"/>
        <source>Pallet {pallet_code} is reserved for convoy {convoy_number}.</source>
        <translation>Palette {pallet_code} ist für Konvoi {convoy_number} reserviert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="107"/>
        <source>Pallet {pallet_code} is loaded on vehicle {vehicle_number} already.</source>
        <translation>Palette {pallet_code} ist bereits auf Fahrzeug {vehicle_number} verladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="138"/>
        <source>Box {box_code} is on pallet {pallet_code}: load the pallet, or unpack the box first.</source>
        <translation>Kiste {box_code} ist auf Palette {pallet_code}: die Palette verladen oder zuerst die Kiste auspacken.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="149"/>
        <source>Box {box_code} is reserved for convoy {convoy_number}.</source>
        <translation>Kiste {box_code} ist für Konvoi {convoy_number} reserviert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="156"/>
        <source>Box {box_code} is loaded on vehicle {vehicle_number} already.</source>
        <translation>Kiste {box_code} ist bereits auf Fahrzeug {vehicle_number} verladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="202"/>
        <source>Pallet {pallet_code} is not loaded on this vehicle.</source>
        <translation>Palette {pallet_code} ist nicht auf diesem Fahrzeug verladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="218"/>
        <source>Say which pallet or box to unload.</source>
        <translation>Angeben, welche Palette oder Kiste entladen werden soll.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="225"/>
        <source>Box {box_code} is not loaded on this vehicle.</source>
        <translation>Kiste {box_code} ist nicht auf diesem Fahrzeug verladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="266"/>
        <source>The goods of convoy {convoy_number} kept changing while its papers were being made: stop loading and depart again.</source>
        <translation>Die Waren von Konvoi {convoy_number} haben sich beim Erstellen der Papiere immer wieder geändert: Verladen beenden und die Abfahrt noch einmal buchen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="289"/>
        <source>Convoy {convoy_number} is {status}: mark it ready first (&apos;hafenlager convoy check&apos; lists what is missing).</source>
        <translation>Konvoi {convoy_number} ist {status}: zuerst als bereit markieren (&apos;hafenlager convoy check&apos; zeigt, was fehlt).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="300"/>
        <source>Convoy {convoy_number} cannot depart: {blocking_count} problem(s) since it was marked ready. First: {first}</source>
        <translation>Konvoi {convoy_number} kann nicht abfahren: {blocking_count} Problem(e), seit er als bereit markiert wurde. Erstes: {first}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="338"/>
        <source>Convoy {convoy} departed with {boxes} boxes.</source>
        <translation>Konvoi {convoy} ist mit {boxes} Kisten abgefahren.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="45"/>
        <source>Receipt reference</source>
        <translation>Referenz der Empfangsbestätigung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="51"/>
        <source>Say where the returned goods go.</source>
        <translation>Angeben, wohin die zurückgebrachten Waren kommen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="58"/>
        <source>Convoy {convoy_number} is {convoy_status}: only a departed convoy can be delivered.</source>
        <translation>Konvoi {convoy_number} ist {convoy_status}: Nur ein abgefahrener Konvoi kann übergeben werden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="69"/>
        <source>Vehicle {truck_number} was delivered already.</source>
        <translation>Fahrzeug {truck_number} wurde bereits übergeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="74"/>
        <source>Vehicle {truck_number} has nothing left to deliver.</source>
        <translation>Fahrzeug {truck_number} hat nichts mehr zu übergeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="126"/>
        <source>Vehicle {vehicle} of convoy {convoy} handed over (receipt {receipt}): {delivered} boxes delivered, {back} came back.</source>
        <translation>Fahrzeug {vehicle} von Konvoi {convoy} übergeben (Empfangsbestätigung {receipt}): {delivered} Kisten übergeben, {back} zurückgekommen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="158"/>
        <source>Not waiting for delivery on vehicle {truck_number}: {names}.</source>
        <translation>Auf Fahrzeug {truck_number} nicht zur Übergabe offen: {names}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="53"/>
        <location filename="../../warehouse_app/services/stock.py" line="251"/>
        <source>There is no box with id {box_id}.</source>
        <translation>Es gibt keine Kiste mit der ID {box_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="62"/>
        <source>Give a reason: it is kept in the box&apos;s history.</source>
        <translation>Grund angeben: Er wird im Verlauf der Kiste gespeichert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="76"/>
        <source>Box {box_code} is {box_status} and can no longer be corrected.</source>
        <translation>Kiste {box_code} ist {box_status} und kann nicht mehr korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="84"/>
        <location filename="../../warehouse_app/services/intake.py" line="317"/>
        <source>Choose a category.</source>
        <translation>Kategorie wählen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="87"/>
        <source>Choose the association that owns the box.</source>
        <translation>Verein wählen, dem die Kiste gehört.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="96"/>
        <location filename="../../warehouse_app/services/intake.py" line="392"/>
        <source>Description (German)</source>
        <translation>Beschreibung (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="102"/>
        <location filename="../../warehouse_app/services/intake.py" line="398"/>
        <source>Description (Ukrainian)</source>
        <translation>Beschreibung (Ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="108"/>
        <location filename="../../warehouse_app/services/intake.py" line="404"/>
        <source>Description (English)</source>
        <translation>Beschreibung (Englisch)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="112"/>
        <location filename="../../warehouse_app/services/intake.py" line="331"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="94"/>
        <location filename="../../warehouse_app/services/offers.py" line="137"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="68"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="119"/>
        <location filename="../../warehouse_app/services/intake.py" line="342"/>
        <source>Value per unit</source>
        <translation>Wert je Einheit</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="129"/>
        <location filename="../../warehouse_app/services/intake.py" line="369"/>
        <source>Serial number or VIN</source>
        <translation>Seriennummer oder VIN</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="140"/>
        <location filename="../../warehouse_app/validation.py" line="184"/>
        <source>This category needs an expiry date.</source>
        <translation>Diese Kategorie braucht ein Ablaufdatum.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="145"/>
        <source>Box {box_code} is {box_status}: take it off the pallet before giving it its own location.</source>
        <translation>Kiste {box_code} ist {box_status}: vor der Zuweisung eines eigenen Lagerplatzes von der Palette nehmen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="156"/>
        <source>Choose a location for the box.</source>
        <translation>Lagerplatz für die Kiste wählen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="167"/>
        <source>Nothing was changed: edit a field, or cancel.</source>
        <translation>Nichts geändert: ein Feld bearbeiten oder abbrechen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="192"/>
        <source>Box {box} corrected: {reason}.</source>
        <translation>Kiste {box} korrigiert: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="215"/>
        <source>Box {box_code} is already {box_status}.</source>
        <translation>Kiste {box_code} ist bereits {box_status}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="221"/>
        <source>Box {box_code} is loaded on a vehicle: unload it first.</source>
        <translation>Kiste {box_code} ist auf einem Fahrzeug verladen: zuerst entladen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="237"/>
        <source>Box {box} disposed of: {reason}.</source>
        <translation>Kiste {box} entsorgt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="119"/>
        <source>There is no receiving area: add a location of kind &apos;receiving&apos;.</source>
        <translation>Kein Annahmebereich vorhanden: einen Lagerplatz der Art &apos;receiving&apos; anlegen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="178"/>
        <source>One donation belongs to one association.</source>
        <translation>Eine Spende gehört einem Verein.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="195"/>
        <source>Took in {count} box(es) {first}…{last} (donation {id}).</source>
        <translation>{count} Kiste(n) {first}…{last} angenommen (Spende {id}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="214"/>
        <source>Delivered by</source>
        <translation>Gebracht von</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="232"/>
        <source>These boxes belong to another association than the open donation: start a new donation.</source>
        <translation>Diese Kisten gehören zu einem anderen Verein als die offene Spende: eine neue Spende beginnen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="312"/>
        <source>Choose the association that owns the goods.</source>
        <translation>Den Verein wählen, dem die Waren gehören.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="320"/>
        <source>The number of boxes is 1 to {max_boxes_per_entry}.</source>
        <translation>Anzahl der Kisten: 1 bis {max_boxes_per_entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="328"/>
        <source>Unknown unit &apos;{unit}&apos;.</source>
        <translation>Unbekannte Einheit &apos;{unit}&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="333"/>
        <source>Net weight</source>
        <translation>Nettogewicht</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="359"/>
        <source>{doubts} Check the figures, or confirm them.</source>
        <translation>{doubts} Angaben prüfen oder bestätigen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="376"/>
        <source>A serial number or VIN names one item: enter such items one at a time.</source>
        <translation>Eine Seriennummer oder VIN gilt für genau ein Stück: solche Stücke einzeln erfassen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="384"/>
        <source>Choose where the boxes go.</source>
        <translation>Wählen, wohin die Kisten kommen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="92"/>
        <location filename="../../warehouse_app/services/people.py" line="277"/>
        <location filename="../../warehouse_app/services/recipients.py" line="73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="107"/>
        <source>Another association already has this name or short code.</source>
        <translation>Ein anderer Verein hat schon diesen Namen oder dieses Kürzel.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="113"/>
        <source>There is no association with id {info_id}.</source>
        <translation>Es gibt keinen Verein mit der ID {info_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="128"/>
        <source>Changed {subject} {code}.</source>
        <translation>{subject} {code} geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="130"/>
        <source>Added {subject} {code}.</source>
        <translation>{subject} {code} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="142"/>
        <source>association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="143"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="164"/>
        <source>Unknown unit &apos;{default_unit}&apos;: use pcs, kg, l or set.</source>
        <translation>Unbekannte Einheit &apos;{default_unit}&apos;: pcs, kg, l oder set verwenden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="170"/>
        <source>Minimum shelf life cannot be negative.</source>
        <translation>Die Mindesthaltbarkeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="175"/>
        <source>German name</source>
        <translation>Deutscher Name</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="178"/>
        <source>English name</source>
        <translation>Englischer Name</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="181"/>
        <source>Ukrainian name</source>
        <translation>Ukrainischer Name</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="188"/>
        <source>Default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="199"/>
        <source>Proper shipping name</source>
        <translation>Offizielle Benennung für die Beförderung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="206"/>
        <source>ADR class</source>
        <translation>ADR-Klasse</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="213"/>
        <source>Packing group</source>
        <translation>Verpackungsgruppe</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="221"/>
        <source>AHARS category</source>
        <translation>AHARS-Kategorie</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="228"/>
        <source>{un_number} needs its proper shipping name and class (ADR Table A): the CMR names dangerous goods by them.</source>
        <translation>{un_number} braucht die offizielle Benennung für die Beförderung und die Klasse (ADR Tabelle A): Der CMR-Frachtbrief bezeichnet Gefahrgut damit.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="240"/>
        <source>There is no category with id {info_id}.</source>
        <translation>Es gibt keine Kategorie mit der ID {info_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="259"/>
        <source>The ADR transport category is 0 to 4, not {value!r}.</source>
        <translation>Die ADR-Beförderungskategorie ist 0 bis 4, nicht {value!r}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="314"/>
        <source>Unknown association &apos;{text}&apos;. Known short codes: {known}.</source>
        <translation>Unbekannter Verein &apos;{text}&apos;. Bekannte Kürzel: {known}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="334"/>
        <source>Unknown category &apos;{text}&apos;. Give its German or English name or its HS code (&apos;hafenlager list categories&apos; shows them).</source>
        <translation>Unbekannte Kategorie &apos;{text}&apos;. Deutschen oder englischen Namen oder HS-Code angeben (&apos;hafenlager list categories&apos; zeigt sie an).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="351"/>
        <source>Unknown location &apos;{text}&apos;: give its code or its name.</source>
        <translation>Unbekannter Lagerplatz &apos;{text}&apos;: Code oder Namen angeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="368"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="375"/>
        <source>There is no volunteer called &apos;{cleaned}&apos;.</source>
        <translation>Niemand heißt &apos;{cleaned}&apos;: kein solcher Helfer eingetragen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="399"/>
        <source>Unknown language &apos;{language}&apos;: use de, uk or en.</source>
        <translation>Unbekannte Sprache &apos;{language}&apos;: de, uk oder en verwenden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="429"/>
        <source>Changed the settings: {names}.</source>
        <translation>Einstellungen geändert: {names}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="34"/>
        <source>{quantity} pieces in {net_kg} kg is {grams} g a piece.</source>
        <translation>{quantity} Stück bei {net_kg} kg ergibt {grams} g pro Stück.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="48"/>
        <source>{gross_kg} kg for one box is unusual (over {max_box_kg} kg).</source>
        <translation>{gross_kg} kg für eine Kiste ist ungewöhnlich (über {max_box_kg} kg).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="62"/>
        <source>{per_box} EUR for one box is unusual (over {dearest_box_eur} EUR).</source>
        <translation>{per_box} EUR für eine Kiste ist ungewöhnlich (über {dearest_box_eur} EUR).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="76"/>
        <source>{per_box} EUR for this entry is unusual (over {dearest_entry_eur} EUR).</source>
        <translation>{per_box} EUR für diesen Eintrag sind ungewöhnlich viel (über {dearest_entry_eur} EUR).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="90"/>
        <source>{box_count} boxes at once: {box_count} labels print.</source>
        <translation>{box_count} Kisten auf einmal: Es werden {box_count} Etiketten gedruckt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/printqueue.py" line="57"/>
        <source>Unknown document &apos;{document}&apos;.</source>
        <translation>Unbekanntes Dokument &apos;{document}&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/printqueue.py" line="74"/>
        <source>There is no print job {job_id}.</source>
        <translation>Es gibt keinen Druckauftrag {job_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/recipients.py" line="88"/>
        <source>The EDRPOU code has 8 digits.</source>
        <translation>Der EDRPOU-Code hat 8 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/recipients.py" line="92"/>
        <source>The EDRPOU code {edrpou} has a wrong check digit: a digit is mistyped. Compare it with the recipient&apos;s extract from the Unified State Register.</source>
        <translation>Der EDRPOU-Code {edrpou} hat eine falsche Prüfziffer: Eine Ziffer ist vertippt. Mit dem Auszug des Empfängers aus dem Einheitlichen Staatlichen Register vergleichen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/recipients.py" line="115"/>
        <source>There is no recipient with id {recipient_id}.</source>
        <translation>Es gibt keinen Empfänger mit der ID {recipient_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/recipients.py" line="133"/>
        <source>There is no recipient &apos;{name}&apos;. Add it with &apos;hafenlager recipient add&apos;.</source>
        <translation>Es gibt keinen Empfänger &apos;{name}&apos;. Mit &apos;hafenlager recipient add&apos; anlegen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/stock.py" line="339"/>
        <source>{parsed_text} is a control code: it works on the scan screen.</source>
        <translation>{parsed_text} ist ein Steuercode: Er wirkt im Scan-Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/stock.py" line="352"/>
        <source>No {kind_label} has the code {parsed_text}: it may belong to another database or was never printed from this one.</source>
        <translation>{kind_label} mit dem Code {parsed_text} nicht gefunden: Der Code gehört vielleicht zu einer anderen Datenbank oder wurde nie aus dieser gedruckt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/stock.py" line="369"/>
        <source>Unknown status &apos;{value}&apos;. Use one of: {choices}.</source>
        <translation>Unbekannter Status &apos;{value}&apos;. Möglich sind: {choices}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="69"/>
        <source>{year} is not a vehicle&apos;s model year.</source>
        <translation>{year} ist kein gültiges Modelljahr eines Fahrzeugs.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="75"/>
        <source>The first registration cannot be in the future.</source>
        <translation>Die Erstzulassung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="81"/>
        <source>Fuel is one of {fuels}.</source>
        <translation>Als Kraftstoff möglich: {fuels}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="85"/>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="90"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="111"/>
        <source>VIN {vin} is already box {holder}&apos;s: a vehicle is taken in once (check the VIN, or correct that box).</source>
        <translation>VIN {vin} gehört bereits zu Kiste {holder}: Ein Fahrzeug wird nur einmal erfasst (VIN prüfen oder jene Kiste korrigieren).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="135"/>
        <source>VIN {vin} was just taken in at another station: check the VIN.</source>
        <translation>Die VIN {vin} wurde gerade an einem anderen Arbeitsplatz erfasst: VIN prüfen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="147"/>
        <source>Donated vehicle {box_code} corrected (VIN {vin}).</source>
        <translation>Gespendetes Fahrzeug {box_code} korrigiert (FIN {vin}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="159"/>
        <source>Box {code} is not a vehicle: its category holds no vehicles.</source>
        <translation>Kiste {code} ist kein Fahrzeug: Ihre Kategorie enthält keine Fahrzeuge.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="36"/>
        <source>This copy is for an SQLite file; a PostgreSQL database is backed up with &apos;hafenlager backup&apos;, which runs pg_dump.</source>
        <translation>Diese Kopie ist für eine SQLite-Datei; eine PostgreSQL-Datenbank wird mit &apos;hafenlager backup&apos; gesichert, das pg_dump ausführt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="116"/>
        <source>Restore a backup with &apos;hafenlager restore FILE&apos; (backups are in {backup_dir}).</source>
        <translation>Eine Sicherung mit &apos;hafenlager restore FILE&apos; wiederherstellen (die Sicherungen liegen in {backup_dir}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="123"/>
        <source>Restore the newest backup (restore checks it): &apos;hafenlager restore {newest}&apos;.</source>
        <translation>Die neueste Sicherung wiederherstellen (restore prüft sie): &apos;hafenlager restore {newest}&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="152"/>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="116"/>
        <source>The backup to {dest} failed ({reason}). Free some disk space or choose another place with --out; the database itself is unchanged.</source>
        <translation>Die Sicherung nach {dest} ist fehlgeschlagen ({reason}). Speicherplatz auf der Festplatte freigeben oder mit --out einen anderen Ort wählen; die Datenbank selbst ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="181"/>
        <source>it is damaged: {damage}</source>
        <translation>sie ist beschädigt: {damage}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="185"/>
        <source>it has no schema_history table, so it is not a Hafenlager database</source>
        <translation>sie hat keine Tabelle schema_history, ist also keine Hafenlager-Datenbank</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="192"/>
        <source>it cannot be read: {reason}</source>
        <translation>sie kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="204"/>
        <source>; the failed copy is kept as {aside}</source>
        <translation>; die fehlgeschlagene Kopie bleibt als {aside} erhalten</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="210"/>
        <source>The backup to {dest} was not kept: {problem}{kept}. Run &apos;hafenlager check&apos;; the earlier backups are untouched.</source>
        <translation>Die Sicherung nach {dest} wurde nicht behalten: {problem}{kept}. &apos;hafenlager check&apos; ausführen; die früheren Sicherungen sind unberührt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="293"/>
        <source>The database is damaged ({damage}), so no daily backup was made and the earlier ones stay. {backup_dir}</source>
        <translation>Die Datenbank ist beschädigt ({damage}), daher wurde keine tägliche Sicherung angelegt und die früheren bleiben erhalten. {backup_dir}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="376"/>
        <source>There is no database at {path}. Check the path (--db or HAFENLAGER_DB); {missing}.</source>
        <translation>Unter {path} gibt es keine Datenbank. Pfad prüfen (--db oder HAFENLAGER_DB); {missing}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="389"/>
        <location filename="../../warehouse_app/storage/engine.py" line="129"/>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>{path} kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="395"/>
        <location filename="../../warehouse_app/storage/engine.py" line="135"/>
        <source>{path} is not a Hafenlager database (it is not an SQLite file at all). Check the path, or restore a backup with &apos;hafenlager restore FILE&apos;.</source>
        <translation>{path} ist keine Hafenlager-Datenbank (überhaupt keine SQLite-Datei). Pfad prüfen oder eine Sicherung mit &apos;hafenlager restore FILE&apos; wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="409"/>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="155"/>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="414"/>
        <source>{path} is not a Hafenlager database (not an SQLite file). Nothing was restored.</source>
        <translation>{path} ist keine Hafenlager-Datenbank (keine SQLite-Datei). Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="427"/>
        <source>{path} is an SQLite file but not a Hafenlager database. Nothing was restored.</source>
        <translation>{path} ist eine SQLite-Datei, aber keine Hafenlager-Datenbank. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="437"/>
        <source>{path} is damaged ({check}). Choose an older backup. Nothing was restored.</source>
        <translation>{path} ist beschädigt ({check}). Eine ältere Sicherung wählen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="450"/>
        <source>{path} cannot be read as a database ({exc}). Choose another backup. Nothing was restored.</source>
        <translation>{path} lässt sich nicht als Datenbank lesen ({exc}). Eine andere Sicherung wählen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="469"/>
        <source>Restoring {source} failed ({exc}).</source>
        <translation>Wiederherstellen von {source} fehlgeschlagen ({exc}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/change_feed.py" line="108"/>
        <source>cannot follow other stations&apos; changes: {exc}</source>
        <translation>Änderungen anderer Arbeitsplätze können nicht verfolgt werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="76"/>
        <source>{path} is a folder, not a database file. Give the path of a file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei. Den Pfad einer Datei angeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="85"/>
        <source>Cannot create the folder {parent} for the database ({strerror}). Choose another place with --db or HAFENLAGER_DB.</source>
        <translation>Der Ordner {parent} für die Datenbank kann nicht angelegt werden ({strerror}). Mit --db oder HAFENLAGER_DB einen anderen Ort wählen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="95"/>
        <source>The database {path} is read-only. Give your user write permission on the file, or copy it to a folder you can write to and open the copy with --db.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt. Ihrem Benutzer Schreibrechte für die Datei geben oder die Datei in einen beschreibbaren Ordner kopieren und die Kopie mit --db öffnen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="104"/>
        <source>The folder {parent} is read-only; the database needs to write its journal next to the file. Move the database to a folder you can write to.</source>
        <translation>Der Ordner {parent} ist schreibgeschützt; die Datenbank muss ihr Journal neben die Datei schreiben. Die Datenbank in einen beschreibbaren Ordner verschieben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="153"/>
        <source>{path} is an SQLite database of another program, not a Hafenlager database. Check the path, or restore a Hafenlager backup with &apos;hafenlager restore FILE&apos;.</source>
        <translation>{path} ist eine SQLite-Datenbank eines anderen Programms, keine Hafenlager-Datenbank. Pfad prüfen oder eine Hafenlager-Sicherung mit &apos;hafenlager restore FILE&apos; wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="184"/>
        <source>Cannot open {url}: {exc}. For PostgreSQL install the extra &apos;pip install hafenlager[postgres]&apos;.</source>
        <translation>{url} lässt sich nicht öffnen: {exc}. Für PostgreSQL das Extra installieren: &apos;pip install hafenlager[postgres]&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="213"/>
        <source>The database {where} is locked by another program or workstation. Wait a moment and try again; if it stays locked, close the other Hafenlager.</source>
        <translation>Die Datenbank {where} ist von einem anderen Programm oder Arbeitsplatz gesperrt. Einen Moment warten und erneut versuchen; bleibt sie gesperrt, das andere Hafenlager schließen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="222"/>
        <source>The database {where} is read-only. Give your user write permission on it.</source>
        <translation>Die Datenbank {where} ist schreibgeschützt. Geben Sie Ihrem Benutzer Schreibrechte darauf.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="230"/>
        <source>The disk holding {where} is full. Free some space (old backups, downloads); nothing was saved.</source>
        <translation>Die Festplatte mit {where} ist voll. Speicherplatz freigeben (alte Sicherungen, Downloads); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="239"/>
        <source>The database {where} is damaged ({exc}). Restore the latest backup with &apos;hafenlager restore FILE&apos; (backups are in the &apos;backups&apos; folder next to it).</source>
        <translation>Die Datenbank {where} ist beschädigt ({exc}). Die neueste Sicherung mit &apos;hafenlager restore FILE&apos; wiederherstellen (die Sicherungen liegen im Ordner &apos;backups&apos; daneben).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="250"/>
        <source>Cannot open the database {where}: check the path and its permissions.</source>
        <translation>Die Datenbank {where} lässt sich nicht öffnen: Pfad und Zugriffsrechte prüfen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="256"/>
        <source>Database error on {where}: {exc}</source>
        <translation>Datenbankfehler bei {where}: {exc}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/opening.py" line="136"/>
        <source>The database {target} is damaged ({damage}); it was not opened. {path}</source>
        <translation>Die Datenbank {target} ist beschädigt ({damage}); sie wurde nicht geöffnet. {path}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_tools.py" line="57"/>
        <source>{name} is not in {folder} ({bin_env_var}): {_install_hint}. Nothing was changed.</source>
        <translation>{name} ist nicht in {folder} ({bin_env_var}): {_install_hint}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_tools.py" line="73"/>
        <source>{name} was not found: {_install_hint}. Nothing was changed.</source>
        <translation>{name} wurde nicht gefunden: {_install_hint}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_tools.py" line="117"/>
        <source>{tool} cannot be started ({reason}): {install_hint}.</source>
        <translation>{tool} kann nicht gestartet werden ({reason}): {install_hint}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="82"/>
        <source>The backup of {url} to {dest} failed: {stderr}. The database itself is unchanged.</source>
        <translation>Die Sicherung von {url} nach {dest} ist fehlgeschlagen: {stderr}. Die Datenbank selbst ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="94"/>
        <source>The backup written to {dest} does not read back ({problem}), so it was not kept; the database itself is unchanged. Try again, or another place with --out.</source>
        <translation>Die nach {dest} geschriebene Sicherung lässt sich nicht zurücklesen ({problem}), daher wurde sie nicht behalten; die Datenbank selbst ist unverändert. Erneut versuchen oder mit --out einen anderen Ort wählen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="105"/>
        <source>{url} is not a Hafenlager database (it has no {history_table} table), so no backup was kept. Check --db or HAFENLAGER_DB.</source>
        <translation>{url} ist keine Hafenlager-Datenbank (ihr fehlt die Tabelle {history_table}), daher wurde keine Sicherung behalten. --db oder HAFENLAGER_DB prüfen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="162"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="168"/>
        <source>{path} is an SQLite backup; a PostgreSQL database is restored from a .pgdump made by &apos;hafenlager backup&apos;. To move an SQLite hall onto the server, use &apos;hafenlager migrate-to URL&apos; into an empty database. Nothing was restored.</source>
        <translation>{path} ist eine SQLite-Sicherung; eine PostgreSQL-Datenbank wird aus einer .pgdump-Datei wiederhergestellt, die &apos;hafenlager backup&apos; erstellt hat. Um eine SQLite-Halle auf den Server umzuziehen, &apos;hafenlager migrate-to URL&apos; in eine leere Datenbank verwenden. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="178"/>
        <source>{path} is not a Hafenlager backup (not a pg_dump custom-format file). Nothing was restored.</source>
        <translation>{path} ist keine Hafenlager-Sicherung (keine pg_dump-Datei im Custom-Format). Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="188"/>
        <source>{path} cannot be read as a PostgreSQL backup ({problem}). Choose another backup. Nothing was restored.</source>
        <translation>{path} lässt sich nicht als PostgreSQL-Sicherung lesen ({problem}). Eine andere Sicherung wählen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="198"/>
        <source>{path} is a PostgreSQL dump but not of a Hafenlager database. Nothing was restored.</source>
        <translation>{path} ist ein PostgreSQL-Dump, aber nicht von einer Hafenlager-Datenbank. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="215"/>
        <source>{path} cannot be read ({stderr}). Choose another backup. Nothing was restored.</source>
        <translation>{path} lässt sich nicht lesen ({stderr}). Eine andere Sicherung wählen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="268"/>
        <source>{source} cannot be read ({stderr}). Choose another backup. Nothing was restored.</source>
        <translation>{source} lässt sich nicht lesen ({stderr}). Eine andere Sicherung wählen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="292"/>
        <source>Restoring {source} into {url} failed: {stderr}. Nothing was restored; the database is as it was.</source>
        <translation>Das Wiederherstellen von {source} in {url} ist fehlgeschlagen: {stderr}. Es wurde nichts wiederhergestellt; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="334"/>
        <source>{source} was made by a newer Hafenlager (schema {version}); install that version to restore it. Nothing was restored.</source>
        <translation>{source} wurde von einem neueren Hafenlager erstellt (Schema {version}); zum Wiederherstellen diese Version installieren. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="345"/>
        <source>{url} holds tables of another program, not a Hafenlager database; restore into the hall&apos;s database or an empty one. Nothing was restored.</source>
        <translation>{url} enthält Tabellen eines anderen Programms, keine Hafenlager-Datenbank; in die Datenbank der Halle oder in eine leere wiederherstellen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="354"/>
        <source>Hafenlager is still open on {stations}: close it there first, a restore must not replace the database under a station (a PC that lost power stays connected until the server notices; --force restores anyway). Nothing was restored.</source>
        <translation>Hafenlager ist auf {stations} noch geöffnet: dort zuerst schließen, denn eine Wiederherstellung darf die Datenbank nicht unter einem laufenden Arbeitsplatz ersetzen (ein PC ohne Strom bleibt verbunden, bis der Server es bemerkt; --force stellt trotzdem wieder her). Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="23"/>
        <location filename="../../warehouse_app/validation.py" line="30"/>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label}: &apos;{value}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="38"/>
        <source>{label}: {value} is far too large; check the number.</source>
        <translation>{label}: {value} ist viel zu groß; Zahl prüfen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="51"/>
        <location filename="../../warehouse_app/validation.py" line="77"/>
        <source>{label} is {low} to {high}, not {number}.</source>
        <translation>{label} muss zwischen {low} und {high} liegen, nicht {number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="70"/>
        <source>{label} is a whole number, not {value!r}.</source>
        <translation>{label} muss eine ganze Zahl sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="91"/>
        <source>{label} {date:%d.%m.%Y} is more than two years ahead: check the year.</source>
        <translation>{label} {date:%d.%m.%Y} liegt mehr als zwei Jahre in der Zukunft: Jahr prüfen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="114"/>
        <source>{label} must be more than 0.</source>
        <translation>{label} muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="123"/>
        <source>{label} cannot be negative.</source>
        <translation>{label} darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="133"/>
        <source>Gross weight (with packaging) cannot be less than net weight.</source>
        <translation>Das Bruttogewicht (mit Verpackung) darf nicht kleiner als das Nettogewicht sein.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="146"/>
        <source>Wear: &apos;{percent}&apos; is not a whole number.</source>
        <translation>Abnutzung: &apos;{percent}&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="152"/>
        <source>Wear is a percentage from 0 to 100.</source>
        <translation>Abnutzung ist ein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="156"/>
        <source>New goods have 0 % wear; mark the goods as used.</source>
        <translation>Neue Waren haben 0 % Abnutzung; die Waren als gebraucht kennzeichnen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="166"/>
        <source>{label} is empty.</source>
        <translation>{label} ist leer.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="170"/>
        <source>{label} is longer than {max_length} characters.</source>
        <translation>{label} ist länger als {max_length} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="189"/>
        <source>The expiry date {value:%d.%m.%Y} is in the past: such goods cannot be shipped.</source>
        <translation>Das Verfallsdatum {value:%d.%m.%Y} liegt in der Vergangenheit: Solche Waren dürfen nicht versandt werden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="202"/>
        <source>&apos;{value}&apos; is not a colour like #C0392B.</source>
        <translation>&apos;{value}&apos; ist keine Farbe wie #C0392B.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="213"/>
        <source>&apos;{value}&apos; is not an HS code: 4 to 10 digits, for example 9404.30.</source>
        <translation>&apos;{value}&apos; ist kein HS-Code: 4 bis 10 Ziffern, zum Beispiel 9404.30.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="226"/>
        <source>&apos;{value}&apos; is not a two-letter country code such as DE or UA.</source>
        <translation>&apos;{value}&apos; ist kein zweistelliger Ländercode wie DE oder UA.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="239"/>
        <source>The short code is 1 to 4 letters A-Z, for example GW.</source>
        <translation>Das Kürzel hat 1 bis 4 Buchstaben A-Z, zum Beispiel GW.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="273"/>
        <source>&apos;{cleaned}&apos; is not a date: type it like 31.12.2027 or 12.2027.</source>
        <translation>&apos;{cleaned}&apos; ist kein Datum: z. B. als 31.12.2027 oder 12.2027 eingeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="301"/>
        <source>Driver &apos;{line}&apos; needs a passport number: write &apos;Name: passport number&apos;, one driver a line.</source>
        <translation>Fahrer &apos;{line}&apos; braucht eine Passnummer: &apos;Name: Passnummer&apos; schreiben, ein Fahrer pro Zeile.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="317"/>
        <source>The carrier {name} needs its address (street, postcode, town, country): the CMR names both.</source>
        <translation>Der Frachtführer {name} braucht seine Adresse (Straße, Postleitzahl, Ort, Land): Der CMR-Frachtbrief nennt beides.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="327"/>
        <source>Give the carrier&apos;s name with its address.</source>
        <translation>Name des Frachtführers mit Adresse angeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="350"/>
        <source>A VIN has 17 characters; {vin} has {vin_count}.</source>
        <translation>Eine VIN hat 17 Zeichen; {vin} hat {vin_count}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="357"/>
        <source>A VIN never holds {wrong} (they pass for 1 and 0): check {vin}.</source>
        <translation>Eine VIN enthält nie {wrong} (leicht mit 1 und 0 zu verwechseln): {vin} prüfen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="366"/>
        <source>A VIN holds only letters and digits: {vin} has {unknown}.</source>
        <translation>Eine VIN enthält nur Buchstaben und Ziffern: {vin} enthält {unknown}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="377"/>
        <source>The check digit of {vin} (9th character) should be {expected}: a character is mistyped.</source>
        <translation>Die Prüfziffer von {vin} (9. Zeichen) sollte {expected} sein: Ein Zeichen ist vertippt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="393"/>
        <source>A donated vehicle needs its VIN (17 characters, on the registration papers).</source>
        <translation>Ein gespendetes Fahrzeug braucht seine VIN (17 Zeichen, steht in den Fahrzeugpapieren).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/demo/__init__.py" line="35"/>
        <source>Unknown demo size &apos;{size}&apos;: use small, large or xl.</source>
        <translation>Unbekannte Demo-Größe &apos;{size}&apos;: small, large oder xl verwenden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/demo/__init__.py" line="41"/>
        <source>The database already holds {count} boxes; demo data goes only into an empty database. Start with --db on a new file to try the demo.</source>
        <translation>Die Datenbank enthält bereits {count} Kisten; Demodaten kommen nur in eine leere Datenbank. Zum Ausprobieren der Demo mit --db und einer neuen Datei starten.</translation>
    </message>
    <message>
        <location filename="../../reports/documents.py" line="24"/>
        <source>Unknown label format &apos;{name}&apos;. Formats: {formats} (&apos;hafenlager labels --list-formats&apos; describes them).</source>
        <translation>Unbekanntes Etikettenformat &apos;{name}&apos;. Formate: {formats} (&apos;hafenlager labels --list-formats&apos; beschreibt sie).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/convoy_set.py" line="101"/>
        <source>Convoy {convoy_number} departed: its papers are the archived ones, in the languages they were printed in. Leave out the languages to reprint them.</source>
        <translation>Konvoi {convoy_number} ist abgefahren: Seine Papiere sind die archivierten, in den Sprachen, in denen sie gedruckt wurden. Zum Nachdrucken die Sprachen weglassen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/archive.py" line="89"/>
        <source>The archived {file_name} of convoy {convoy_number} does not match its SHA-256: the database was damaged. Restore the latest backup (&apos;hafenlager restore FILE&apos;).</source>
        <translation>Die archivierte Datei {file_name} von Konvoi {convoy_number} passt nicht zu ihrem SHA-256: Die Datenbank wurde beschädigt. Die neueste Sicherung wiederherstellen (&apos;hafenlager restore FILE&apos;).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/file_check.py" line="115"/>
        <source>{path} is an SQLite database but not a Hafenlager database (it has no schema_history table). Check the path.</source>
        <translation>{path} ist eine SQLite-Datenbank, aber keine Hafenlager-Datenbank (ihr fehlt die Tabelle schema_history). Pfad prüfen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="80"/>
        <source>migrate-to copies an SQLite database, and {source} is a server; give the SQLite file with --db.</source>
        <translation>migrate-to kopiert eine SQLite-Datenbank, und {source} ist ein Server; die SQLite-Datei mit --db angeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="91"/>
        <source>There is no database at {path}. Check the path (--db or HAFENLAGER_DB); nothing was copied.</source>
        <translation>Unter {path} gibt es keine Datenbank. Pfad prüfen (--db oder HAFENLAGER_DB); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="100"/>
        <source>&apos;{url}&apos; is not a PostgreSQL URL; give one like postgresql://hafenlager@server/hafenlager.</source>
        <translation>&apos;{url}&apos; ist keine PostgreSQL-URL; eine wie postgresql://hafenlager@server/hafenlager angeben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="127"/>
        <source>{where} already holds tables ({tables_item}{more}); migrate-to copies into an empty database only. Create a new one (createdb -O hafenlager NAME) or give another. Nothing was changed.</source>
        <translation>{where} enthält bereits Tabellen ({tables_item}{more}); migrate-to kopiert nur in eine leere Datenbank. Eine neue anlegen (createdb -O hafenlager NAME) oder eine andere angeben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="162"/>
        <source>Copying into {where} failed while {current} ({reason}). Nothing was written: the database is as empty as it was. Correct the SQLite database (or tell the developers) and run migrate-to again.</source>
        <translation>Das Kopieren nach {where} ist fehlgeschlagen bei: {current} ({reason}). Es wurde nichts geschrieben: Die Datenbank ist so leer wie zuvor. Die SQLite-Datenbank korrigieren (oder den Entwicklern melden) und migrate-to erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="246"/>
        <source>The copy of the table {table} does not agree ({expected} rows in the SQLite database, {copied} copied, {found} on the server), so nothing was kept: the server&apos;s database is as empty as it was. Run &apos;hafenlager check&apos; on the file.</source>
        <translation>Die Kopie der Tabelle {table} stimmt nicht überein ({expected} Zeilen in der SQLite-Datenbank, {copied} kopiert, {found} auf dem Server), daher wurde nichts behalten: Die Datenbank des Servers ist so leer wie zuvor. &apos;hafenlager check&apos; für die Datei ausführen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrations/__init__.py" line="91"/>
        <source>This database holds tables but is not a Hafenlager database. Check the path, or restore a Hafenlager backup with &apos;hafenlager restore FILE&apos;.</source>
        <translation>Diese Datenbank enthält Tabellen, ist aber keine Hafenlager-Datenbank. Pfad prüfen oder eine Hafenlager-Sicherung mit &apos;hafenlager restore FILE&apos; wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrations/__init__.py" line="108"/>
        <source>This database was written by a newer Hafenlager (schema {version}; this program knows up to {current}). Install the newer Hafenlager, or restore a backup made with this version.</source>
        <translation>Diese Datenbank wurde von einem neueren Hafenlager geschrieben (Schema {version}; dieses Programm kennt Versionen bis {current}). Das neuere Hafenlager installieren oder eine mit dieser Version erstellte Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/transactions.py" line="43"/>
        <source>The database is busy: another station is writing. Nothing was saved; try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderer Arbeitsplatz schreibt gerade. Es wurde nichts gespeichert; in einem Moment erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/transactions.py" line="165"/>
        <source>This station&apos;s database login may not make this change. Nothing was saved: do it at a station whose login allows it, or ask the admin.</source>
        <translation>Die Datenbank-Anmeldung dieses Arbeitsplatzes darf diese Änderung nicht vornehmen. Es wurde nichts gespeichert: Nehmen Sie sie an einem Arbeitsplatz vor, dessen Anmeldung das erlaubt, oder fragen Sie den Admin.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="36"/>
        <source>No printer is set for this station (Settings → This station).</source>
        <translation>Für diesen Arbeitsplatz ist kein Drucker eingestellt (Einstellungen → Dieser Arbeitsplatz).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="43"/>
        <source>The printer &apos;{name}&apos; is not connected to this PC.</source>
        <translation>Der Drucker &apos;{name}&apos; ist nicht mit diesem PC verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="48"/>
        <source>The printer &apos;{name}&apos; reports an error (paper, ribbon, offline?).</source>
        <translation>Der Drucker &apos;{name}&apos; meldet einen Fehler (Papier, Farbband, offline?).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="88"/>
        <location filename="../../ui/printing/printer.py" line="178"/>
        <source>The printer &apos;{name}&apos; did not accept the job.</source>
        <translation>Der Drucker &apos;{name}&apos; hat den Auftrag nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/jobs.py" line="85"/>
        <source>Printing was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/seed.py" line="32"/>
        <source>UN 3528 when fuelled: drain the tank or ship it as dangerous goods (ADR).</source>
        <translation>UN 3528 mit Kraftstoff: Tank leeren oder als Gefahrgut (ADR) versenden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/seed.py" line="35"/>
        <source>Lithium-ion batteries (UN 3480/3481): dangerous goods rules for road transport.</source>
        <translation>Lithium-Ionen-Akkus (UN 3480/3481): Gefahrgutvorschriften für den Straßentransport.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/seed.py" line="215"/>
        <source>Export licence needed: enter the licence number before departure.</source>
        <translation>Ausfuhrgenehmigung nötig: die Genehmigungsnummer vor der Abfahrt eintragen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/seed.py" line="227"/>
        <source>Dual-use check: thermal imaging may need an export licence.</source>
        <translation>Dual-Use-Prüfung: Wärmebildtechnik kann eine Ausfuhrgenehmigung brauchen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="110"/>
        <source>The list has no column for {missing}. Name the columns like the template (Kategorie, Beschreibung, Menge, Gewicht (kg), Anzahl Kartons, MHD) or map them by hand. Nothing was imported.</source>
        <translation>Die Liste hat keine Spalte für {missing}. Benennen Sie die Spalten wie in der Vorlage (Kategorie, Beschreibung, Menge, Gewicht (kg), Anzahl Kartons, MHD) oder ordnen Sie sie von Hand zu. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="148"/>
        <source>The list has problems: nothing was imported.</source>
        <translation>Die Liste hat Probleme: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="156"/>
        <source>Row {row}: {refusal} Nothing was imported.</source>
        <translation>Zeile {row}: {refusal} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="171"/>
        <source>No association is called &apos;{code}&apos;: give its short code (hafenlager list associations). Nothing was imported.</source>
        <translation>Kein Verein heißt „{code}“: Geben Sie sein Kürzel an (hafenlager list associations). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="205"/>
        <source>HS code {code} belongs to several categories: name the category.</source>
        <translation>Der HS-Code {code} gehört zu mehreren Kategorien: Nennen Sie die Kategorie.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="212"/>
        <source>No category is called &apos;{name}&apos;{code_part}: use a category&apos;s name in German, English or Ukrainian (hafenlager list categories).</source>
        <translation>Keine Kategorie heißt „{name}“{code_part}: Verwenden Sie den Namen einer Kategorie auf Deutsch, Englisch oder Ukrainisch (hafenlager list categories).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="247"/>
        <source>A number of boxes is whole.</source>
        <translation>Eine Anzahl Kartons ist eine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="284"/>
        <source>{doubt} (import with &apos;accept unusual figures&apos; if right)</source>
        <translation>{doubt} (mit „Ungewöhnliche Werte annehmen“ importieren, wenn es stimmt)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="313"/>
        <location filename="../../warehouse_app/imports/donations.py" line="339"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="322"/>
        <source>&apos;{value}&apos; has a unit in it: write the number alone, the unit in its own column.</source>
        <translation>„{value}“ enthält eine Einheit: Schreiben Sie nur die Zahl, die Einheit in eine eigene Spalte.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="355"/>
        <source>Unknown unit &apos;{unit}&apos;: use Stk., kg, l or Satz.</source>
        <translation>Unbekannte Einheit „{unit}“: Stk., kg, l oder Satz verwenden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="40"/>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="49"/>
        <source>{path} is not a spreadsheet Hafenlager reads: save it as .xlsx or .csv.</source>
        <translation>{path} ist keine Tabelle, die Hafenlager liest: als .xlsx oder .csv speichern.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="63"/>
        <source>{path} has no rows to import: the first sheet needs a header row and one row per line of goods.</source>
        <translation>{path} hat keine Zeilen zum Importieren: Das erste Blatt braucht eine Kopfzeile und eine Zeile je Warenposten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="74"/>
        <location filename="../../warehouse_app/imports/sheets.py" line="113"/>
        <source>{path} has {rows} rows; an import takes at most {most}. Split the list into files of one delivery each.</source>
        <translation>{path} hat {rows} Zeilen; ein Import nimmt höchstens {most}. Teilen Sie die Liste in Dateien je Lieferung.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="104"/>
        <source>{path} cannot be read as an Excel file ({reason}): save it again.</source>
        <translation>{path} lässt sich nicht als Excel-Datei lesen ({reason}): Speichern Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="124"/>
        <source>{path} has merged cells ({cells}): unmerge them, one heading and one value per cell.</source>
        <translation>{path} hat verbundene Zellen ({cells}): Verbindung aufheben, eine Überschrift und ein Wert je Zelle.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="138"/>
        <source>{path}, cell {cell}, holds a formula: copy the sheet and paste it as values only, then import that.</source>
        <translation>{path}, Zelle {cell}, enthält eine Formel: Blatt kopieren, nur als Werte einfügen und das importieren.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="155"/>
        <source>{path} is not a text file: save the list as .xlsx or .csv.</source>
        <translation>{path} ist keine Textdatei: Speichern Sie die Liste als .xlsx oder .csv.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="69"/>
        <source>No recipient is called &apos;{recipient}&apos; (hafenlager recipient list). Nothing was imported.</source>
        <translation>Kein Empfänger heißt „{recipient}“ (hafenlager recipient list). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="80"/>
        <source>The needs list has no column for the quantity and the goods (Kategorie or Beschreibung, Menge). Nothing was imported.</source>
        <translation>Die Bedarfsliste hat keine Spalte für die Menge und die Waren (Kategorie oder Beschreibung, Menge). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="105"/>
        <source>A quantity is more than 0.</source>
        <translation>Eine Menge ist größer als 0.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="107"/>
        <source>The quantity is missing.</source>
        <translation>Die Menge fehlt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="156"/>
        <source>A category of the list was retired meanwhile at another desk. Nothing was imported: import the list again.</source>
        <translation>Eine Kategorie der Liste wurde inzwischen an einem anderen Platz stillgelegt. Es wurde nichts importiert: Importieren Sie die Liste erneut.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="164"/>
        <source>The recipient was removed meanwhile. Nothing was imported.</source>
        <translation>Der Empfänger wurde inzwischen entfernt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="173"/>
        <source>Needs list {list} of {recipient} imported from {file}: {lines} lines.</source>
        <translation>Bedarfsliste {list} von {recipient} aus {file} eingelesen: {lines} Zeilen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="55"/>
        <source>Needs list &quot;{title}&quot; of {recipient} started (list {result}).</source>
        <translation>Bedarfsliste „{title}“ von {recipient} angelegt (Liste {result}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="71"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="90"/>
        <source>Say what is needed: a category or a description.</source>
        <translation>Sagen Sie, was benötigt wird: eine Kategorie oder eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="126"/>
        <source>Line {result} added to needs list {list_id}: {entry}.</source>
        <translation>Zeile {result} zur Bedarfsliste {list_id} hinzugefügt: {entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="148"/>
        <source>Need line {line_id} changed: {entry}.</source>
        <translation>Bedarfszeile {line_id} geändert: {entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="160"/>
        <source>Need line {line_id} is now {status}.</source>
        <translation>Bedarfszeile {line_id} ist jetzt: {status}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="113"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="105"/>
        <source>Priority &apos;{value}&apos;: write urgent, normal or nice to have.</source>
        <translation>Priorität „{value}“: dringend, normal oder wünschenswert schreiben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="168"/>
        <source>A need line is open, partly covered, covered or withdrawn.</source>
        <translation>Eine Bedarfszeile ist offen, teilweise gedeckt, gedeckt oder zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="181"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="211"/>
        <source>There is no need line {line_id}.</source>
        <translation>Es gibt keine Bedarfszeile {line_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="124"/>
        <source>Say what is needed.</source>
        <translation>Geben Sie an, was gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="155"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="135"/>
        <location filename="../../warehouse_app/services/needs.py" line="116"/>
        <source>There is no needs list {list_id}.</source>
        <translation>Es gibt keine Bedarfsliste {list_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/offers.py" line="49"/>
        <source>The offers list has no column for who offers and what (Name, Kategorie or Beschreibung). Nothing was imported.</source>
        <translation>Die Angebotsliste hat keine Spalte dafür, wer was anbietet (Name, Kategorie oder Beschreibung). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/offers.py" line="106"/>
        <source>No association is called &apos;{code}&apos;: give its short code or name.</source>
        <translation>Kein Verein heißt „{code}“: Geben Sie sein Kürzel oder seinen Namen an.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/offers.py" line="117"/>
        <source>Count the boxes in whole numbers.</source>
        <translation>Geben Sie die Kisten als ganze Zahl an.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/shortage.py" line="66"/>
        <source>&apos;{path_name}&apos; should end in .pdf (to print or post) or .xlsx (for Excel).</source>
        <translation>„{path_name}“ sollte auf .pdf (zum Drucken oder Versenden) oder .xlsx (für Excel) enden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/shortage.py" line="89"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="65"/>
        <source>No recipient is called &apos;{recipient}&apos; (hafenlager recipient list).</source>
        <translation>Kein Empfänger heißt „{recipient}“ (hafenlager recipient list).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/template.py" line="160"/>
        <source>There is no &apos;{kind}&apos; template: choose donations, needs or offers.</source>
        <translation>Es gibt keine Vorlage „{kind}“: Wählen Sie donations, needs oder offers.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/dropoff.py" line="60"/>
        <source>The drop-off slot ends at {ends} before it starts at {starts}: choose a slot that ends after it starts.</source>
        <translation>Das Zeitfenster endet um {ends}, bevor es um {starts} beginnt: Wählen Sie ein Zeitfenster, das nach seinem Beginn endet.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/dropoff.py" line="373"/>
        <source>A drop-off confirmation cannot be written in &apos;{language}&apos;: choose one of {languages}.</source>
        <translation>Eine Anlieferungsbestätigung kann nicht auf „{language}“ erstellt werden: Wählen Sie eine dieser Sprachen: {languages}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="226"/>
        <location filename="../../warehouse_app/services/appointments.py" line="425"/>
        <source>There is no appointment {appointment_id}.</source>
        <translation>Es gibt keinen Termin {appointment_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="246"/>
        <source>Offer {offer_id} booked for {starts_at}.</source>
        <translation>Angebot {offer_id} gebucht für {starts_at}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="261"/>
        <location filename="../../warehouse_app/services/offers.py" line="230"/>
        <location filename="../../warehouse_app/services/offers.py" line="397"/>
        <source>There is no offer {offer_id}.</source>
        <translation>Es gibt kein Angebot {offer_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="265"/>
        <source>Accept offer {offer_id} first: only an accepted offer gets a slot.</source>
        <translation>Nehmen Sie zuerst Angebot {offer_id} an: Nur ein angenommenes Angebot bekommt ein Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="273"/>
        <source>Offer {offer_id} has an appointment already: move that one, or cancel it first.</source>
        <translation>Angebot {offer_id} hat schon einen Termin: Verschieben Sie diesen oder sagen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="313"/>
        <source>Appointment {appointment_id} moved to {starts_at}.</source>
        <translation>Termin {appointment_id} verschoben auf {starts_at}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="327"/>
        <source>Appointment {appointment_id} cancelled (did not come: {missed}).</source>
        <translation>Termin {appointment_id} abgesagt (nicht erschienen: {missed}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="344"/>
        <source>Drop-off slot {starts_at} changed (capacity {capacity}, closed {closed}).</source>
        <translation>Zeitfenster {starts_at} geändert (Kapazität {capacity}, geschlossen {closed}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="363"/>
        <source>The slot at {when} has appointments ({numbers}): move or cancel them first, and tell the donors.</source>
        <translation>Das Zeitfenster um {when} hat Termine ({numbers}): Verschieben oder stornieren Sie sie zuerst und sagen Sie den Spendern Bescheid.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="376"/>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="106"/>
        <source>A slot takes 1 to 1000.</source>
        <translation>Ein Zeitfenster fasst 1 bis 1000.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="396"/>
        <source>That appointment was cancelled meanwhile: receive the goods without it, or choose another.</source>
        <translation>Dieser Termin wurde inzwischen abgesagt: Nehmen Sie die Waren ohne Termin an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="430"/>
        <source>Appointment {number} cannot change any more ({status}).</source>
        <translation>Termin {number} kann nicht mehr geändert werden ({status}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="26"/>
        <source>The hall takes no drop-offs at {when}: choose one of the day&apos;s slots (the Drop-offs tab, or hafenlager appointments slots --date).</source>
        <translation>Um {when} nimmt die Halle keine Anlieferungen an: Wählen Sie eines der Zeitfenster des Tages (Reiter Anlieferungen, oder hafenlager appointments slots --date).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="53"/>
        <source>That slot has begun already: choose a later one.</source>
        <translation>Dieses Zeitfenster hat schon begonnen: Wählen Sie ein späteres.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="61"/>
        <source>The donor can bring it from {first} to {last} only: choose a slot then, or change the offer.</source>
        <translation>Der Spender kann es nur zwischen {first} und {last} bringen: Wählen Sie ein Zeitfenster in dieser Zeit oder ändern Sie das Angebot.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="73"/>
        <source>The slot at {when} is closed: choose another.</source>
        <translation>Das Zeitfenster am {when} ist geschlossen: Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="89"/>
        <source>The slot at {when} takes at most {capacity} {unit}, and this drop-off needs {wanted}: book it on two slots (two offers) or give a smaller load.</source>
        <translation>Das Zeitfenster um {when} fasst höchstens {capacity} {unit}, diese Anlieferung braucht {wanted}: Verteilen Sie sie auf zwei Zeitfenster (zwei Angebote) oder geben Sie weniger an.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="102"/>
        <source>The slot at {when} is full ({taken} of {capacity} {unit} taken): choose another.</source>
        <translation>Das Zeitfenster am {when} ist voll ({taken} von {capacity} {unit} belegt): Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="119"/>
        <source>An appointment takes at least one place of its slot.</source>
        <translation>Ein Termin belegt mindestens einen Platz seines Zeitfensters.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="463"/>
        <source>There is no appointment {number}.</source>
        <translation>Es gibt keinen Termin {number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="64"/>
        <source>&apos;{part}&apos; is not an opening time: write the weekday&apos;s number (1 Monday … 7 Sunday) and the hours, e.g. &apos;2 10:00-16:00, 4 15:00-19:00&apos;.</source>
        <translation>„{part}“ ist keine Öffnungszeit: Schreiben Sie die Nummer des Wochentags (1 Montag … 7 Sonntag) und die Uhrzeiten, z. B. „2 10:00-16:00, 4 15:00-19:00“.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="74"/>
        <source>&apos;{part}&apos; closes before it opens.</source>
        <translation>„{part}“ schließt, bevor es öffnet.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="103"/>
        <source>A slot lasts 10 to 480 minutes.</source>
        <translation>Ein Zeitfenster dauert 10 bis 480 Minuten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="109"/>
        <source>Count a slot in vehicles, boxes or m3.</source>
        <translation>Zählen Sie ein Zeitfenster in Fahrzeugen, Kisten oder m³.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="100"/>
        <source>Offered by</source>
        <translation>Angeboten von</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="82"/>
        <location filename="../../warehouse_app/services/offers.py" line="109"/>
        <source>That category no longer exists: choose another.</source>
        <translation>Diese Kategorie gibt es nicht mehr: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="115"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="121"/>
        <source>Say what is offered: a category or a description.</source>
        <translation>Geben Sie an, was angeboten wird: eine Kategorie oder eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="128"/>
        <source>That association no longer exists.</source>
        <translation>Diesen Verein gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="99"/>
        <location filename="../../warehouse_app/services/offers.py" line="133"/>
        <source>Unknown unit &apos;{unit}&apos;: use pcs, kg, l or set.</source>
        <translation>Unbekannte Einheit „{unit}“: Verwenden Sie Stk., kg, l oder Satz.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="138"/>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="142"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="53"/>
        <source>Boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="151"/>
        <source>&apos;Available until&apos; is before &apos;available from&apos;: check the dates.</source>
        <translation>„Verfügbar bis“ liegt vor „verfügbar ab“: Prüfen Sie die Datumsangaben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="183"/>
        <source>Offer {result} recorded: {entry}.</source>
        <translation>Angebot {result} erfasst: {entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="196"/>
        <source>Offers {result} recorded from a list.</source>
        <translation>Angebote {result} aus einer Liste erfasst.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="208"/>
        <source>Offer {offer_id} changed: {entry}.</source>
        <translation>Angebot {offer_id} geändert: {entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="216"/>
        <source>Offer {offer_id} is {status}: it cannot be changed any more.</source>
        <translation>Angebot {offer_id} ist {status}: Es kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="239"/>
        <source>Offer {offer_id} accepted (need line {need_line_id}).</source>
        <translation>Angebot {offer_id} angenommen (Bedarfszeile {need_line_id}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="249"/>
        <source>Offer {offer_id} is {status}: it cannot be accepted.</source>
        <translation>Angebot {offer_id} ist {status}: Es kann nicht angenommen werden.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="258"/>
        <source>That need line is gone, covered or withdrawn: accept the offer as general stock or choose another line.</source>
        <translation>Diese Bedarfszeile gibt es nicht mehr, sie ist gedeckt oder zurückgezogen: Nehmen Sie das Angebot als allgemeinen Bestand an oder wählen Sie eine andere Zeile.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="267"/>
        <source>The offer&apos;s category is not the need line&apos;s: choose a line that asks for these goods.</source>
        <translation>Die Kategorie des Angebots passt nicht zur Bedarfszeile: Wählen Sie eine Zeile, die diese Waren anfragt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="286"/>
        <source>Offer {offer_id} declined: {reason}.</source>
        <translation>Angebot {offer_id} abgelehnt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="296"/>
        <source>Decline with a reason: not needed now, not accepted goods or quality.</source>
        <translation>Lehnen Sie mit einem Grund ab: derzeit nicht benötigt, nicht angenommene Waren oder Qualität.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="309"/>
        <source>Offer {offer_id} withdrawn.</source>
        <translation>Angebot {offer_id} zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="322"/>
        <source>Offer {offer_id} is {status} already.</source>
        <translation>Angebot {offer_id} ist bereits {status}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offer_photos.py" line="26"/>
        <source>{name} is not a JPG or PNG photo.</source>
        <translation>{name} ist kein JPG- oder PNG-Foto.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offer_photos.py" line="33"/>
        <source>{name} is not a photo Hafenlager keeps (JPG or PNG, at most 8 MB).</source>
        <translation>{name} ist kein Foto, das Hafenlager speichert (JPG oder PNG, höchstens 8 MB).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointment_papers.py" line="23"/>
        <source>Appointment {number} is not booked any more ({status}): there is nothing to confirm. Book a new slot for the offer first.</source>
        <translation>Termin {number} ist nicht mehr gebucht ({status}): Es gibt nichts zu bestätigen. Buchen Sie zuerst ein neues Zeitfenster für das Angebot.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="9"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="10"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="11"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="12"/>
        <source>brought to the hall</source>
        <translation>in die Halle gebracht</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="13"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="16"/>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="17"/>
        <source>received at the door</source>
        <translation>angenommen am Tor</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="18"/>
        <source>the donor did not come</source>
        <translation>der Spender kam nicht</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="19"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="23"/>
        <source>boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="24"/>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/delivery_confirmation.py" line="81"/>
        <source>Convoy {convoy_number} is {status}: delivery confirmations are made once all its vehicles are delivered (&apos;hafenlager convoy deliver&apos;).</source>
        <translation>Konvoi {convoy_number} ist {status}: Lieferbestätigungen werden erstellt, sobald alle seine Fahrzeuge übergeben sind (&apos;hafenlager convoy deliver&apos;).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="53"/>
        <source>The association&apos;s address</source>
        <translation>Die Anschrift des Vereins</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="54"/>
        <source>Tax office</source>
        <translation>Finanzamt</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="55"/>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="56"/>
        <source>Assessment period</source>
        <translation>Veranlagungszeitraum</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="57"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="62"/>
        <source>The exemption notice&apos;s date lies ahead: give the date printed on it.</source>
        <translation>Das Datum des Freistellungsbescheids liegt in der Zukunft: Geben Sie das aufgedruckte Datum an.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="70"/>
        <source>The assessment period is the year the notice assessed (e.g. 2023), not after the notice&apos;s date.</source>
        <translation>Der Veranlagungszeitraum ist das Jahr, das der Bescheid veranlagt hat (z. B. 2023), nicht nach dem Datum des Bescheids.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="93"/>
        <source>Donor&apos;s receipt {result} for donation {donation_id}.</source>
        <translation>Zuwendungsbestätigung {result} für Spende {donation_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="116"/>
        <source>Donor</source>
        <translation>Spender</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="119"/>
        <source>Donor&apos;s address</source>
        <translation>Anschrift des Spenders</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="124"/>
        <source>Say where the goods come from: private, business or unknown.</source>
        <translation>Geben Sie an, woher die Waren stammen: Privatvermögen, Betriebsvermögen oder unbekannt (private, business, unknown).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="134"/>
        <source>{association} has no tax exemption on record: enter its tax office, tax number, the notice&apos;s date and the purpose (hafenlager association tax {code} …).</source>
        <translation>Für {association} ist keine Steuerbefreiung erfasst: Tragen Sie Finanzamt, Steuernummer, Datum des Bescheids und Zweck ein (hafenlager association tax {code} …).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="146"/>
        <source>The exemption notice of {association} dates from {date}, more than 5 years ago: a receipt on it would not be recognised (§ 63 Abs. 5 AO). Enter the new notice first.</source>
        <translation>Der Freistellungsbescheid von {association} ist vom {date}, also älter als 5 Jahre: Eine Bestätigung darauf würde nicht anerkannt (§ 63 Abs. 5 AO). Tragen Sie zuerst den neuen Bescheid ein.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="159"/>
        <source>The donation has no value recorded: correct the boxes&apos; value per unit first.</source>
        <translation>Für die Spende ist kein Wert erfasst: Korrigieren Sie zuerst den Wert je Einheit der Kisten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="227"/>
        <source>Receipt {number} was issued for this gift to {donor} on {date}: a gift has one receipt. Print it again for {donor}, or cancel it with the tax office.</source>
        <translation>Für diese Zuwendung wurde am {date} die Bestätigung {number} an {donor} ausgestellt: Eine Zuwendung hat eine Bestätigung. Drucken Sie sie für {donor} erneut oder stornieren Sie sie beim Finanzamt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="311"/>
        <source>The date of the exemption notice: type it like 14.05.2024.</source>
        <translation>Das Datum des Freistellungsbescheids: Geben Sie es in der Form 14.05.2024 ein.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/holdings.py" line="110"/>
        <source>Say how many days ahead to look (0 or more), not {days}.</source>
        <translation>Geben Sie an, wie viele Tage vorausgeschaut werden soll (0 oder mehr), nicht {days}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/records.py" line="134"/>
        <source>This report cannot be grouped by &apos;{group}&apos;; choose from: {allowed}.</source>
        <translation>Dieser Bericht lässt sich nicht nach „{group}“ gruppieren; wählen Sie aus: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/records.py" line="149"/>
        <source>The period ends on {end:%d.%m.%Y}, before it starts ({start:%d.%m.%Y}): swap the dates.</source>
        <translation>Der Zeitraum endet am {end:%d.%m.%Y}, bevor er beginnt ({start:%d.%m.%Y}): Vertauschen Sie die beiden Daten.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="37"/>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="38"/>
        <source>Shipped</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="39"/>
        <source>Disposed</source>
        <translation>Entsorgt</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="40"/>
        <source>Stock on hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="41"/>
        <source>Expired and expiring</source>
        <translation>Abgelaufen und bald ablaufend</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="44"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="65"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="45"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="46"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="47"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="48"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="66"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="49"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="50"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="59"/>
        <source>Pallets (shared by kg)</source>
        <translation>Paletten (nach kg aufgeteilt)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="47"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="48"/>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="49"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="50"/>
        <source>Movement</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="51"/>
        <source>Intake</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="52"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="54"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="51"/>
        <source>Convoy</source>
        <translation>Konvoi</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="55"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="57"/>
        <source>Delivery</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="58"/>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="59"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="60"/>
        <location filename="../../warehouse_app/services/activity_query.py" line="39"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="62"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="63"/>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="64"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="54"/>
        <source>Pieces</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="55"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="70"/>
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="56"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="57"/>
        <source>Value EUR</source>
        <translation>Wert EUR</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="60"/>
        <source>Average days in the hall</source>
        <translation>Tage in der Halle (Ø)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="61"/>
        <source>Oldest (days)</source>
        <translation>Älteste (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/model.py" line="161"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="62"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="64"/>
        <source>Box</source>
        <translation>Kiste</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="67"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="69"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="71"/>
        <source>Best before</source>
        <translation>MHD</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="72"/>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="73"/>
        <source>Minimum shelf life (days)</source>
        <translation>Mindesthaltbarkeit (Tage)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="74"/>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="75"/>
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="288"/>
        <source>Cannot save a report as &apos;{path_name}&apos;: choose .pdf, .xlsx or .csv.</source>
        <translation>Ein Bericht kann nicht als „{path_name}“ gespeichert werden: Wählen Sie .pdf, .xlsx oder .csv.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/city.py" line="54"/>
        <source>&apos;{text}&apos; is not a month: write it as 2026-11.</source>
        <translation>&apos;{text}&apos; ist kein Monat: Schreiben Sie ihn als 2026-11.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/city.py" line="64"/>
        <source>The city&apos;s sheet covers every association; you report on your own association&apos;s goods: choose a report of its own instead.</source>
        <translation>Die Liste für die Stadt umfasst alle Vereine; Sie berichten über die Waren Ihres eigenen Vereins: Wählen Sie stattdessen einen Bericht nur für ihn.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/expiring_actions.py" line="25"/>
        <source>Choose the boxes to dispose of first.</source>
        <translation>Wählen Sie zuerst die Kisten aus, die entsorgt werden sollen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/expiring_actions.py" line="31"/>
        <source>There is no box {box_code}.</source>
        <translation>Es gibt keine Kiste {box_code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/expiring_actions.py" line="45"/>
        <source>Choose the boxes to put on the convoy first.</source>
        <translation>Wählen Sie zuerst die Kisten für den Konvoi aus.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="64"/>
        <source>Box {box_code} is named twice: a box is either missing, damaged or refused.</source>
        <translation>Kiste {box_code} ist doppelt genannt: Eine Kiste fehlt, ist beschädigt oder wurde abgelehnt – nur eines davon.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="74"/>
        <source>A finding is missing, damaged, refused or extra, not {kind}.</source>
        <translation>Ein Befund ist fehlend, beschädigt, abgelehnt oder zusätzlich, nicht {kind}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="83"/>
        <source>Say what came that was not on the list.</source>
        <translation>Sagen Sie, was kam, aber nicht auf der Liste stand.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="95"/>
        <source>{box_code}: a part of a box (code:quantity) is missing or damaged, and more than 0.</source>
        <translation>{box_code}: Ein Teil einer Kiste (Code:Menge) fehlt oder ist beschädigt und ist mehr als 0.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="105"/>
        <source>Box {box_code} is not on vehicle {number}: only its own boxes can be missing, damaged or refused (goods that are not on the list are extra).</source>
        <translation>Kiste {box_code} ist nicht auf Fahrzeug {number}: Nur seine eigenen Kisten können fehlen, beschädigt sein oder abgelehnt werden (Waren, die nicht auf der Liste stehen, sind zusätzlich).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/receipts.py" line="56"/>
        <source>Convoy {convoy_number} has not left yet: its receiving kit is made at departure, when its goods are fixed.</source>
        <translation>Konvoi {convoy_number} ist noch nicht abgefahren: Seine Empfangsliste entsteht bei der Abfahrt, wenn seine Waren feststehen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/receipts.py" line="112"/>
        <source>This receipt checked a kit that was not issued for convoy {convoy_number}: import the receipt of this convoy&apos;s kit.</source>
        <translation>Diese Empfangsbestätigung prüfte eine Empfangsliste, die nicht für Konvoi {convoy_number} ausgegeben wurde: Importieren Sie die Bestätigung zur Empfangsliste dieses Konvois.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/receipts.py" line="123"/>
        <source>Convoy {convoy_number} is delivered already.</source>
        <translation>Konvoi {convoy_number} ist bereits zugestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/database.py" line="118"/>
        <source>Backup written to {file}.</source>
        <translation>Sicherung geschrieben: {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/database.py" line="227"/>
        <source>Restored from the backup {file}.</source>
        <translation>Aus der Datensicherung {file} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/pins.py" line="28"/>
        <source>That was a label, not a PIN: this station is locked. Sign in first; the scan was not booked.</source>
        <translation>Das war ein Etikett, keine PIN: Dieser Arbeitsplatz ist gesperrt. Melden Sie sich zuerst an; der Scan wurde nicht gebucht.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/pins.py" line="37"/>
        <source>A PIN is {low} to {high} digits, for example 4711; nothing else.</source>
        <translation>Eine PIN besteht aus {low} bis {high} Ziffern, zum Beispiel 4711, und aus nichts anderem.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="23"/>
        <source>Taking in donations</source>
        <translation>Spendenannahme</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="24"/>
        <source>Scanning</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="25"/>
        <source>Printing labels</source>
        <translation>Etikettendruck</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="26"/>
        <source>Planning convoys</source>
        <translation>Konvoiplanung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="27"/>
        <source>Making convoy papers</source>
        <translation>Erstellen von Konvoipapieren</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="28"/>
        <location filename="../../warehouse_app/services/activity_log.py" line="56"/>
        <source>Departure</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="29"/>
        <source>Recording a delivery</source>
        <translation>Erfassen einer Übergabe</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="30"/>
        <source>Correcting a box</source>
        <translation>Korrigieren einer Kiste</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="31"/>
        <location filename="../../warehouse_app/services/activity_log.py" line="53"/>
        <source>Disposal</source>
        <translation>Entsorgung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="32"/>
        <source>Keeping needs lists</source>
        <translation>Führen von Bedarfslisten</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="33"/>
        <source>Handling offers and appointments</source>
        <translation>Bearbeiten von Angeboten und Terminen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="34"/>
        <source>Reading the activity log</source>
        <translation>Einsehen des Protokolls</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="35"/>
        <source>Reading reports</source>
        <translation>Berichte lesen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="36"/>
        <source>Changing settings</source>
        <translation>Ändern von Einstellungen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="37"/>
        <source>Changing categories, associations and places</source>
        <translation>Ändern von Kategorien, Vereinen und Orten</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="38"/>
        <source>Changing recipients</source>
        <translation>Ändern von Empfängern</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="39"/>
        <source>Managing people</source>
        <translation>Verwalten von Personen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="40"/>
        <location filename="../../warehouse_app/services/activity_log.py" line="61"/>
        <source>Backup</source>
        <translation>Datensicherung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="41"/>
        <source>Restoring a backup</source>
        <translation>Wiederherstellen einer Datensicherung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="67"/>
        <source>volunteer</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="68"/>
        <source>lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="69"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="75"/>
        <source>a volunteer</source>
        <translation>eine Helferin oder einen Helfer</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="76"/>
        <source>a lead</source>
        <translation>eine Leitung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="77"/>
        <source>an admin</source>
        <translation>einen Admin</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="37"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="38"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="40"/>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="41"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="42"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="43"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="44"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="45"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="424"/>
        <source>Cannot export to &apos;{path_name}&apos;: choose a .xlsx file.</source>
        <translation>Export nach „{path_name}“ nicht möglich: Wählen Sie eine .xlsx-Datei.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="53"/>
        <source>This person is no longer active here. Sign in again with your own name.</source>
        <translation>Diese Person ist hier nicht mehr aktiv. Melden Sie sich erneut mit Ihrem eigenen Namen an.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="77"/>
        <source>{action} is the hall&apos;s work: you see your own association&apos;s goods only. Ask a lead of the hall.</source>
        <translation>{action} ist Aufgabe der Halle: Sie sehen nur die Waren Ihres eigenen Vereins. Fragen Sie eine Leitung der Halle.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="86"/>
        <source>{action} needs {a_role}: ask one, or sign in as {role}.</source>
        <translation>{action} braucht {a_role}: Fragen Sie nach, oder melden Sie sich als {role} an.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="96"/>
        <source>Refused: {action} ({role} {name}).</source>
        <translation>Abgelehnt: {action} ({role} {name}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="110"/>
        <source>Sign in first: this needs a person with a PIN.</source>
        <translation>Melden Sie sich zuerst an: Dafür ist eine Person mit PIN nötig.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="162"/>
        <source>You see your own association&apos;s goods only: choose it, or ask a lead of the hall.</source>
        <translation>Sie sehen nur die Waren Ihres eigenen Vereins: Wählen Sie ihn, oder fragen Sie eine Leitung der Halle.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="64"/>
        <location filename="../../warehouse_app/services/people.py" line="208"/>
        <source>There is no such person (id {id}).</source>
        <translation>Diese Person gibt es nicht (ID {id}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="102"/>
        <source>This hall has an admin already: sign in, or ask them to add you.</source>
        <translation>Diese Halle hat bereits einen Admin: Melden Sie sich an, oder bitten Sie den Admin, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="123"/>
        <source>{name} became the hall&apos;s first admin.</source>
        <translation>{name} ist jetzt der erste Admin der Halle.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="151"/>
        <source>{name} works here already: change their entry instead.</source>
        <translation>{name} arbeitet hier bereits: Ändern Sie stattdessen den vorhandenen Eintrag.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="165"/>
        <source>Added {name} as {role}.</source>
        <translation>{name} als {role} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="233"/>
        <source>{name} is the hall&apos;s last admin: make another person admin first.</source>
        <translation>{name} ist der letzte Admin der Halle: Machen Sie zuerst eine andere Person zum Admin.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="252"/>
        <source>Changed {name}.</source>
        <translation>{name} geändert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="266"/>
        <source>Unknown association &apos;{code}&apos;: give its short code, e.g. BGH.</source>
        <translation>Unbekannter Verein „{code}“: Geben Sie sein Kürzel an, z. B. BGH.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="285"/>
        <source>Unknown role &apos;{role}&apos;: use volunteer, lead or admin.</source>
        <translation>Unbekannte Rolle „{role}“: Verwenden Sie volunteer, lead oder admin.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="294"/>
        <source>A {role} needs a PIN: give one of 4 to 6 digits.</source>
        <translation>Die Rolle {role} braucht eine PIN: Vergeben Sie eine mit 4 bis 6 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="66"/>
        <source>{name} no longer works here: ask an admin.</source>
        <translation>{name} arbeitet hier nicht mehr: Fragen Sie einen Admin.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="77"/>
        <source>Too many wrong PINs for {name}: wait {seconds} s, then try again.</source>
        <translation>Zu viele falsche PINs für {name}: Warten Sie {seconds} s und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="92"/>
        <source>{name} has no PIN yet: ask an admin to set one.</source>
        <translation>{name} hat noch keine PIN: Bitten Sie einen Admin, eine festzulegen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="102"/>
        <source>{name} set a PIN and signed in.</source>
        <translation>{name} hat eine PIN festgelegt und sich angemeldet.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="117"/>
        <source>{name} signed in.</source>
        <translation>{name} hat sich angemeldet.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="132"/>
        <source>Nobody called {name} works here: ask an admin to add you.</source>
        <translation>Hier arbeitet niemand mit dem Namen {name}: Bitten Sie einen Admin, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="144"/>
        <source>{name} signed up as a volunteer.</source>
        <translation>{name} hat sich als Helfer/in registriert.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="159"/>
        <source>Wrong PIN. Try again, or ask an admin to reset it.</source>
        <translation>Falsche PIN. Versuchen Sie es erneut, oder bitten Sie einen Admin, sie zurückzusetzen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_roles.py" line="127"/>
        <source>&apos;{login}&apos; cannot be a database login: use small letters, digits and _, starting with a letter.</source>
        <translation>„{login}“ kann keine Datenbank-Anmeldung sein: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/shares.py" line="36"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
</TS>
