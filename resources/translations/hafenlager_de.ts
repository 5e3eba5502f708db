<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AssociationSource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="206"/>
        <source>Short code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="207"/>
        <location filename="../../ui/settings/records.py" line="224"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="208"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="209"/>
        <location filename="../../ui/settings/records.py" line="227"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="210"/>
        <location filename="../../ui/settings/records.py" line="228"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="217"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="225"/>
        <source>Short code (1–4 letters, printed on labels)</source>
        <translation>Kürzel (1–4 Buchstaben, steht auf den Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="226"/>
        <source>Colour (#RRGGBB, the band on labels)</source>
        <translation>Farbe (#RRGGBB, Streifen auf den Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="235"/>
        <source>New association</source>
        <translation>Neuer Verein</translation>
    </message>
</context>
<context>
    <name>BoxDetailPanel</name>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="27"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="28"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="29"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="30"/>
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="31"/>
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="32"/>
        <source>Contents (English)</source>
        <translation>Inhalt (englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="33"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="34"/>
        <source>Net / gross kg</source>
        <translation>Netto / brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="35"/>
        <source>Value per unit</source>
        <translation>Wert je Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="36"/>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="37"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="38"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="39"/>
        <source>Serial / VIN</source>
        <translation>Seriennr. / FIN</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="40"/>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="42"/>
        <source>Intake</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="48"/>
        <location filename="../../ui/stock/box_detail.py" line="102"/>
        <source>Select a box or scan its label</source>
        <translation>Kiste auswählen oder ihr Etikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="62"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="63"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="64"/>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="65"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="66"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="83"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="115"/>
        <source>used, %1 % wear</source>
        <translation>gebraucht, %1 % abgenutzt</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="126"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="130"/>
        <source>pallet %1 at %2</source>
        <translation>Palette %1 auf %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="134"/>
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
        <location filename="../../ui/convoys/gauges.py" line="37"/>
        <source>boxes</source>
        <translation>Kisten</translation>
    </message>
</context>
<context>
    <name>CategorySource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="125"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="126"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="127"/>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="128"/>
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="129"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="130"/>
        <source>Value EUR</source>
        <translation>Wert EUR</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="131"/>
        <source>Min. shelf life (days)</source>
        <translation>Mindesthaltbarkeit (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="132"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="133"/>
        <source>UN number</source>
        <translation>UN-Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="134"/>
        <source>Export note</source>
        <translation>Ausfuhrhinweis</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="149"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="160"/>
        <source>German name</source>
        <translation>Deutscher Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="161"/>
        <source>English name</source>
        <translation>Englischer Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="162"/>
        <source>Ukrainian name</source>
        <translation>Ukrainischer Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="163"/>
        <source>HS code (6 digits) or UKTZED (10)</source>
        <translation>HS-Code (6 Stellen) oder UKTZED (10)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="164"/>
        <source>Default unit</source>
        <translation>Standardeinheit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="165"/>
        <source>Default value per unit (EUR)</source>
        <translation>Standardwert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="166"/>
        <source>Expiry date required</source>
        <translation>Ablaufdatum nötig</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="168"/>
        <source>Minimum shelf life at departure (days)</source>
        <translation>Mindesthaltbarkeit bei Abfahrt (Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="170"/>
        <source>Vehicle (needs a VIN)</source>
        <translation>Fahrzeug (braucht eine FIN)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="171"/>
        <source>UN number (dangerous goods)</source>
        <translation>UN-Nummer (Gefahrgut)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="172"/>
        <source>Proper shipping name (ADR)</source>
        <translation>Offizielle Benennung (ADR)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="173"/>
        <source>ADR class</source>
        <translation>ADR-Klasse</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="174"/>
        <source>Packing group</source>
        <translation>Verpackungsgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="177"/>
        <source>ADR transport category</source>
        <translation>ADR-Beförderungskategorie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="179"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="181"/>
        <source>AHARS goods category</source>
        <translation>Warenkategorie in AHARS</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="182"/>
        <source>Export attention note</source>
        <translation>Hinweis für die Ausfuhr</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="183"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="195"/>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="196"/>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
</context>
<context>
    <name>ConvoyCorrections</name>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="86"/>
        <source>Remove from convoy (%1)</source>
        <translation>Vom Konvoi nehmen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="89"/>
        <source>Move to vehicle…</source>
        <translation>Auf anderes Fahrzeug…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="95"/>
        <source>Edit vehicle %1…</source>
        <translation>Fahrzeug %1 bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="115"/>
        <source>Remove from convoy</source>
        <translation>Vom Konvoi nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="116"/>
        <source>%1 of them are loaded on a truck. Unload them to:</source>
        <translation>%1 davon sind auf einen Lkw geladen. Abladen nach:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="144"/>
        <source>%1 taken off convoy %2.</source>
        <translation>%1 vom Konvoi %2 genommen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="160"/>
        <source>The convoy has no vehicle yet: add one first.</source>
        <translation>Der Konvoi hat noch kein Fahrzeug: zuerst eines hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="163"/>
        <source>Move to vehicle</source>
        <translation>Auf anderes Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="163"/>
        <source>Vehicle:</source>
        <translation>Fahrzeug:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="184"/>
        <source>%1 now on vehicle %2.</source>
        <translation>%1 jetzt auf Fahrzeug %2.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="209"/>
        <source>Take off the convoy</source>
        <translation>Vom Konvoi nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="210"/>
        <source>Take %1 off the convoy?</source>
        <translation>%1 vom Konvoi nehmen?</translation>
    </message>
</context>
<context>
    <name>ConvoyDialog</name>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="18"/>
        <source>New convoy</source>
        <translation>Neuer Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="32"/>
        <source>ATLAS export MRN, when the customs office gave one</source>
        <translation>ATLAS-Ausfuhr-MRN, sobald das Zollamt sie vergeben hat</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="34"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="36"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="37"/>
        <source>Delivery place</source>
        <translation>Lieferort</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="38"/>
        <source>Border crossing</source>
        <translation>Grenzübergang</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="39"/>
        <source>Departure</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="40"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="41"/>
        <source>Aid code</source>
        <translation>Hilfscode</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="42"/>
        <source>Aid code valid until</source>
        <translation>Hilfscode gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="43"/>
        <source>Export MRN</source>
        <translation>Ausfuhr-MRN</translation>
    </message>
</context>
<context>
    <name>ConvoyView</name>
    <message>
        <location filename="../../ui/convoys/view.py" line="66"/>
        <source>New convoy…</source>
        <translation>Neuer Konvoi…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="82"/>
        <source>Vehicle / pallet / box</source>
        <translation>Fahrzeug / Palette / Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="83"/>
        <location filename="../../ui/convoys/view.py" line="103"/>
        <source>Boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="84"/>
        <location filename="../../ui/convoys/view.py" line="103"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="85"/>
        <source>Loaded</source>
        <translation>Verladen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="86"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="87"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="103"/>
        <source>Association / category</source>
        <translation>Verein / Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="111"/>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="112"/>
        <source>Per association and category</source>
        <translation>Je Verein und Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="113"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="116"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="117"/>
        <source>Add vehicle…</source>
        <translation>Fahrzeug hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="118"/>
        <source>Choose goods…</source>
        <translation>Waren auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="119"/>
        <source>Start loading</source>
        <translation>Verladen beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="120"/>
        <source>Mark ready</source>
        <translation>Als bereit markieren</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="121"/>
        <location filename="../../ui/convoys/view.py" line="367"/>
        <source>Depart</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="122"/>
        <source>Confirm delivery…</source>
        <translation>Übergabe bestätigen…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="123"/>
        <source>Print papers…</source>
        <translation>Papiere drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="218"/>
        <source>No convoy yet: create one.</source>
        <translation>Noch kein Konvoi: einen anlegen.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="255"/>
        <source>not on a vehicle yet</source>
        <translation>noch auf keinem Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="269"/>
        <source>loose boxes</source>
        <translation>lose Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="272"/>
        <location filename="../../ui/convoys/view.py" line="293"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="303"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="303"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="319"/>
        <source>Nothing blocks departure.</source>
        <translation>Nichts verhindert die Abfahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="329"/>
        <source>Double-click to acknowledge with the licence or MRN</source>
        <translation>Doppelklick: mit Genehmigung oder MRN bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="331"/>
        <source>Double-click to take it off the convoy</source>
        <translation>Doppelklick nimmt es vom Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="335"/>
        <source>Readiness (%1)</source>
        <translation>Bereitschaft (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="356"/>
        <source>Convoy %1: %2</source>
        <translation>Konvoi %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="369"/>
        <source>Convoy %1 departs now: everything loaded is shipped and nothing of it can change any more. Go ahead?</source>
        <translation>Konvoi %1 fährt jetzt ab: alles Verladene gilt als versandt und kann nicht mehr geändert werden. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="388"/>
        <source>Convoy %1 departs: its papers are being made and archived…</source>
        <translation>Konvoi %1 fährt ab: seine Papiere werden erstellt und archiviert…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="406"/>
        <source>Convoy %1 departed; its papers are archived.</source>
        <translation>Konvoi %1 ist abgefahren; seine Papiere sind archiviert.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="452"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="453"/>
        <source>Licence number or MRN for:
%1</source>
        <translation>Genehmigungsnummer oder MRN für:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="463"/>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
</context>
<context>
    <name>CorrectBoxDialog</name>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="38"/>
        <source>Correct box %1</source>
        <translation>Kiste %1 korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="55"/>
        <source>Used goods</source>
        <translation>Gebrauchte Ware</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="61"/>
        <source>Has an expiry date</source>
        <translation>Hat ein Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="73"/>
        <source>(on its pallet)</source>
        <translation>(auf ihrer Palette)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="78"/>
        <source>Why is this corrected? (kept in the history)</source>
        <translation>Warum wird korrigiert? (bleibt in der Historie)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="83"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="84"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="85"/>
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="86"/>
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="87"/>
        <source>Contents (English)</source>
        <translation>Inhalt (englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="88"/>
        <source>Quantity (%1)</source>
        <translation>Menge (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="89"/>
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="90"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="91"/>
        <source>Value per unit (EUR)</source>
        <translation>Wert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="93"/>
        <source>Wear</source>
        <translation>Abnutzung</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="95"/>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="96"/>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="97"/>
        <source>Serial number or VIN</source>
        <translation>Seriennummer oder FIN</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="98"/>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="99"/>
        <source>Reason</source>
        <translation>Grund</translation>
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
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="18"/>
        <source>Confirm delivery</source>
        <translation>Übergabe bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="25"/>
        <source>number of the signed acceptance act</source>
        <translation>Nummer des unterschriebenen Übergabeprotokolls</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="27"/>
        <source>codes of boxes that came back (optional)</source>
        <translation>Codes zurückgekommener Kisten (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="28"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="29"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="30"/>
        <source>Came back</source>
        <translation>Zurückgekommen</translation>
    </message>
</context>
<context>
    <name>DisposeBoxDialog</name>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="158"/>
        <source>Dispose of box %1</source>
        <translation>Kiste %1 entsorgen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="160"/>
        <source>Box %1 (%2) leaves the stock for good. It stays in the history.</source>
        <translation>Kiste %1 (%2) verlässt den Bestand endgültig. Sie bleibt in der Historie.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="166"/>
        <source>Reason, for example: spoiled, broken</source>
        <translation>Grund, zum Beispiel: verdorben, kaputt</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="169"/>
        <source>Dispose</source>
        <translation>Entsorgen</translation>
    </message>
</context>
<context>
    <name>GoodsDialog</name>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="39"/>
        <source>Choose goods for %1</source>
        <translation>Waren für %1 auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="42"/>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="46"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="50"/>
        <source>All locations</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="54"/>
        <source>Any expiry</source>
        <translation>Beliebiges Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="57"/>
        <source>expiring within %1 months</source>
        <translation>läuft in %1 Monaten ab</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="60"/>
        <source>no vehicle yet</source>
        <translation>noch kein Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="68"/>
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="69"/>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="70"/>
        <source>Boxes</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="71"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="72"/>
        <source>Earliest expiry</source>
        <translation>Frühestes Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="73"/>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="81"/>
        <source>Put the selected pallets on the vehicle</source>
        <translation>Gewählte Paletten auf das Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="88"/>
        <source>Vehicle:</source>
        <translation>Fahrzeug:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="143"/>
        <source>vehicle %1</source>
        <translation>Fahrzeug %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="143"/>
        <source>the convoy</source>
        <translation>den Konvoi</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="146"/>
        <source>Reserved for %1 (pallets: %2, %3 kg gross): %4.</source>
        <translation>Reserviert für %1 (Paletten: %2, %3 kg brutto): %4.</translation>
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
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/view.py" line="59"/>
        <source>Donor (optional)</source>
        <translation>Spender (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="61"/>
        <source>New donation</source>
        <translation>Neue Spende</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="82"/>
        <source>Type to find a category</source>
        <translation>Tippen, um eine Kategorie zu finden</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="87"/>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="95"/>
        <source>net + %1 kg packaging</source>
        <translation>netto + %1 kg Verpackung</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="98"/>
        <source>Used</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="104"/>
        <location filename="../../ui/intake/view.py" line="207"/>
        <source>31.12.2027 or 12.2027</source>
        <translation>31.12.2027 oder 12.2027</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="117"/>
        <source> (at most %1)</source>
        <translation> (höchstens %1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="119"/>
        <source>Save and print labels (F9)</source>
        <translation>Speichern und Etiketten drucken (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="130"/>
        <source>&amp;Association</source>
        <translation>&amp;Verein</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="131"/>
        <source>Delivered by</source>
        <translation>Angeliefert von</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="133"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="134"/>
        <source>Contents (&amp;German)</source>
        <translation>Inhalt (&amp;deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="135"/>
        <source>Contents (&amp;Ukrainian)</source>
        <translation>Inhalt (&amp;ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="136"/>
        <source>Contents (English)</source>
        <translation>Inhalt (englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="140"/>
        <source>&amp;Quantity per box</source>
        <translation>&amp;Menge je Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="143"/>
        <source>&amp;Net kg per box</source>
        <translation>&amp;Netto kg je Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="144"/>
        <source>Gross kg per box</source>
        <translation>Brutto kg je Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="145"/>
        <source>Value per unit (EUR)</source>
        <translation>Wert je Einheit (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="150"/>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="151"/>
        <source>&amp;Expiry date</source>
        <translation>&amp;Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="152"/>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="153"/>
        <source>Serial number or VIN</source>
        <translation>Seriennummer oder FIN</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="155"/>
        <source>&amp;Location</source>
        <translation>&amp;Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="156"/>
        <source>Number of identical &amp;boxes</source>
        <translation>Anzahl gleicher &amp;Kisten</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="189"/>
        <source>The next save starts a new donation.</source>
        <translation>Das nächste Speichern beginnt eine neue Spende.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="205"/>
        <source>required: 31.12.2027 or 12.2027</source>
        <translation>Pflicht: 31.12.2027 oder 12.2027</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="257"/>
        <source>Donation %1 is open: the next save adds to it.</source>
        <translation>Spende %1 ist offen: das nächste Speichern fügt hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="270"/>
        <source>Saved %1 box(es): %2.</source>
        <translation>%1 Kiste(n) gespeichert: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="281"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Die Etiketten wurden nicht gedruckt: %1 Sie warten in der Nachdruckliste.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="287"/>
        <source>Labels printed.</source>
        <translation>Etiketten gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="296"/>
        <source>Please check</source>
        <translation>Bitte prüfen</translation>
    </message>
</context>
<context>
    <name>LocationLabels</name>
    <message>
        <location filename="../../ui/settings/locations.py" line="29"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="29"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="38"/>
        <source>Print labels of the selected locations</source>
        <translation>Etiketten der gewählten Lagerplätze drucken</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="54"/>
        <source>Select one or more locations first.</source>
        <translation>Erst einen oder mehrere Lagerplätze auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="61"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Die Etiketten wurden nicht gedruckt: %1 Sie warten in der Nachdruckliste.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="65"/>
        <source>Location labels printed.</source>
        <translation>Lagerplatz-Etiketten gedruckt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Hafenlager – donation hall Dortmund harbour</source>
        <translation>Hafenlager – Spendenhalle Dortmunder Hafen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Intake</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Convoys</source>
        <translation>Konvois</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Convoy paperwork and stock reports come here. The stock screen already exports its view to CSV and Excel.</source>
        <translation>Hier kommen die Konvoi-Papiere und Bestandsberichte hin. Die Bestandsansicht exportiert schon nach CSV und Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Volunteer: %1 · Station: %2</source>
        <translation>Helfer: %1 · Arbeitsplatz: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Daily backup written: %1</source>
        <translation>Tägliche Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Daily backup failed: %1</source>
        <translation>Tägliche Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>The daily backup failed – see the status bar.</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen – siehe Statusleiste.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Box %1</source>
        <translation>Kiste %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Pallet %1</source>
        <translation>Palette %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Location %1</source>
        <translation>Lagerplatz %1</translation>
    </message>
</context>
<context>
    <name>PalletDialog</name>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="29"/>
        <source>Pallet %1</source>
        <translation>Palette %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="35"/>
        <source>%1 · %2 · %3 boxes · net %4 kg · gross %5 kg with tare · owners: %6</source>
        <translation>%1 · %2 · %3 Kisten · netto %4 kg · brutto %5 kg mit Palette · Eigentümer: %6</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="49"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="50"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="51"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="52"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="53"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="54"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="75"/>
        <source>Print pallet labels (2)</source>
        <translation>Palettenetiketten drucken (2)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="100"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Die Etiketten wurden nicht gedruckt: %1 Sie warten in der Nachdruckliste.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="104"/>
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
        <translation>&amp;Vorschau…</translation>
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
    <name>RecentIntakes</name>
    <message>
        <location filename="../../ui/intake/recent.py" line="30"/>
        <source>Last intakes</source>
        <translation>Letzte Annahmen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="37"/>
        <source>Box</source>
        <translation>Kiste</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="38"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="39"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="40"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="44"/>
        <source>C&amp;orrect…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="45"/>
        <source>&amp;Reprint label</source>
        <translation>Etikett &amp;nachdrucken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="47"/>
        <source>Goods received note…</source>
        <translation>Eingangsbeleg…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="122"/>
        <source>Label printed.</source>
        <translation>Etikett gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="131"/>
        <source>Save a box first: the note lists a donation&apos;s boxes.</source>
        <translation>Erst eine Kiste speichern: der Beleg listet die Kisten einer Spende.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="135"/>
        <source>Goods received note printed.</source>
        <translation>Eingangsbeleg gedruckt.</translation>
    </message>
</context>
<context>
    <name>RecipientSource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="259"/>
        <location filename="../../ui/settings/records.py" line="288"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="260"/>
        <location filename="../../ui/settings/records.py" line="290"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="261"/>
        <source>EDRPOU</source>
        <translation>EDRPOU</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="262"/>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="263"/>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="264"/>
        <location filename="../../ui/settings/records.py" line="289"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="279"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="291"/>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="292"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="293"/>
        <source>EDRPOU (8 digits)</source>
        <translation>EDRPOU (8 Ziffern)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="294"/>
        <source>Register number (humanitarian aid)</source>
        <translation>Registernummer (humanitäre Hilfe)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="295"/>
        <source>May receive vehicles</source>
        <translation>Darf Fahrzeuge empfangen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="296"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="303"/>
        <source>New recipient</source>
        <translation>Neuer Empfänger</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/settings/records.py" line="67"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="68"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
</context>
<context>
    <name>ReprintList</name>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="31"/>
        <source>Reprint list (labels that did not print)</source>
        <translation>Nachdruckliste (nicht gedruckte Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="35"/>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="35"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="35"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="37"/>
        <source>&amp;Print again</source>
        <translation>Erneut &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="38"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="39"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="40"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="67"/>
        <source>receipt of donation %1</source>
        <translation>Beleg der Spende %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="87"/>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="95"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="107"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
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
        <location filename="../../ui/scan/view.py" line="79"/>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="80"/>
        <source>Put away</source>
        <translation>Einlagern</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="81"/>
        <source>Pack pallet</source>
        <translation>Palette packen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="82"/>
        <source>Unpack</source>
        <translation>Auspacken</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="83"/>
        <source>Stocktake</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="84"/>
        <source>Load truck</source>
        <translation>Lkw beladen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="85"/>
        <source>Unload</source>
        <translation>Entladen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="104"/>
        <source>Scan a label</source>
        <translation>Ein Etikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="112"/>
        <source>Yes, do it</source>
        <translation>Ja, ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="113"/>
        <source>Undo last scan</source>
        <translation>Letzten Scan rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="114"/>
        <source>New pallet</source>
        <translation>Neue Palette</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="115"/>
        <location filename="../../ui/scan/view.py" line="252"/>
        <source>Close pallet</source>
        <translation>Palette abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="116"/>
        <source>Finish stocktake</source>
        <translation>Inventur beenden</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="118"/>
        <source>Apply the corrections</source>
        <translation>Korrekturen buchen</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="147"/>
        <source>Last %1 scans</source>
        <translation>Letzte %1 Scans</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="217"/>
        <source>Pallet %1: %2 boxes · %3 pieces · net %4 kg · gross %5 of %6 kg · %7</source>
        <translation>Palette %1: %2 Kisten · %3 Stück · netto %4 kg · brutto %5 von %6 kg · %7</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="253"/>
        <source>Height of the pallet in cm (0 if not measured):</source>
        <translation>Höhe der Palette in cm (0, wenn nicht gemessen):</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="270"/>
        <source>The manifest waits in the reprint list: %1</source>
        <translation>Die Palettenliste wartet in der Nachdruckliste: %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="271"/>
        <source>Manifest printed.</source>
        <translation>Palettenliste gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="285"/>
        <source>Packing pallet %1</source>
        <translation>Palette %1 wird gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="288"/>
        <source>Vehicle %1 (%2) of convoy %3</source>
        <translation>Fahrzeug %1 (%2) des Konvois %3</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="295"/>
        <source>Putting away to %1</source>
        <translation>Einlagern auf %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="297"/>
        <source>Counting %1</source>
        <translation>Inventur %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="314"/>
        <source>Booked: %1 found here that were recorded elsewhere; %2 missing moved to quarantine.</source>
        <translation>Gebucht: hier gefunden, aber anderswo erfasst: %1; fehlend, ins Sperrlager gebucht: %2.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings/view.py" line="27"/>
        <source>Hall and sender</source>
        <translation>Halle und Absender</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="28"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="29"/>
        <source>Associations</source>
        <translation>Vereine</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="30"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="31"/>
        <source>Locations</source>
        <translation>Lagerplätze</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="32"/>
        <source>This station</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="33"/>
        <source>Data and backups</source>
        <translation>Daten und Sicherungen</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <location filename="../../ui/settings/station.py" line="46"/>
        <source>Station</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="47"/>
        <source>Label printer (rolls, thermal)</source>
        <translation>Etikettendrucker (Rolle, Thermo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="48"/>
        <source>A4 printer (sheets, receipts)</source>
        <translation>A4-Drucker (Bögen, Belege)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="49"/>
        <source>Box labels</source>
        <translation>Kistenetiketten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="50"/>
        <source>Pallet labels</source>
        <translation>Palettenetiketten</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="51"/>
        <source>Next free label on the A4 sheet</source>
        <translation>Nächstes freies Etikett auf dem A4-Bogen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="52"/>
        <source>Sounds on the scan screen</source>
        <translation>Töne auf dem Scan-Bildschirm</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="55"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="63"/>
        <source>No printer is installed on this PC. Labels are still saved and wait in the reprint list of the intake screen, where they can be saved as PDF.</source>
        <translation>Auf diesem PC ist kein Drucker eingerichtet. Etiketten werden trotzdem gespeichert und warten in der Nachdruckliste der Annahme, wo sie als PDF gespeichert werden können.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="77"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="81"/>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="94"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../ui/stock/model.py" line="65"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="66"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="68"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="73"/>
        <source>Contents (German)</source>
        <translation>Inhalt (deutsch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="78"/>
        <source>Contents (Ukrainian)</source>
        <translation>Inhalt (ukrainisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="83"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="88"/>
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="93"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="98"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="103"/>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="107"/>
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="114"/>
        <source>Received</source>
        <translation>Angenommen</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock/view.py" line="59"/>
        <source>Expires before</source>
        <translation>Läuft ab vor</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="66"/>
        <source>Code or words (German, Ukrainian, English)</source>
        <translation>Code oder Wörter (deutsch, ukrainisch, englisch)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="68"/>
        <source>&amp;Reset filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="87"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="88"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="89"/>
        <source>&amp;Location</source>
        <translation>&amp;Lagerplatz</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="90"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="101"/>
        <source>Searc&amp;h</source>
        <translation>Suc&amp;hen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="132"/>
        <source>C&amp;orrect…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="133"/>
        <source>&amp;Dispose…</source>
        <translation>&amp;Entsorgen…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="134"/>
        <source>&amp;Export view…</source>
        <translation>Ansicht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="192"/>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="195"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="198"/>
        <source>All locations</source>
        <translation>Alle Lagerplätze</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="202"/>
        <source>In the hall</source>
        <translation>In der Halle</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="203"/>
        <source>All statuses</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="283"/>
        <source>Boxes in view: %1</source>
        <translation>Kisten in der Ansicht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="354"/>
        <source>Export the boxes in view</source>
        <translation>Kisten der Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="356"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="366"/>
        <source>Owner colour</source>
        <translation>Farbe des Eigentümers</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="379"/>
        <source>Exporting %1 boxes…</source>
        <translation>%1 Kisten werden exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="380"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="386"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="414"/>
        <source>%1 boxes exported to %2</source>
        <translation>%1 Kisten exportiert nach %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="422"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="23"/>
        <source>Add vehicle to %1</source>
        <translation>Fahrzeug zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="25"/>
        <source>Vehicle %1 of %2</source>
        <translation>Fahrzeug %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="34"/>
        <source>street, postcode, town, country</source>
        <translation>Straße, PLZ, Ort, Land</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="38"/>
        <source>Name: passport number; Name: passport number</source>
        <translation>Name: Passnummer; Name: Passnummer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="44"/>
        <source>box code of a donated vehicle (optional)</source>
        <translation>Kistencode eines gespendeten Fahrzeugs (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="46"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="47"/>
        <source>Carrier&apos;s address</source>
        <translation>Anschrift des Frachtführers</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="48"/>
        <source>Truck plate</source>
        <translation>Kennzeichen Zugmaschine</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="49"/>
        <source>Trailer plate</source>
        <translation>Kennzeichen Auflieger</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="50"/>
        <source>Drivers</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="51"/>
        <source>Payload kg</source>
        <translation>Nutzlast kg</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="52"/>
        <source>Pallet places</source>
        <translation>Palettenplätze</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="53"/>
        <source>Loading length m</source>
        <translation>Ladelänge m</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="54"/>
        <source>Loading height m</source>
        <translation>Ladehöhe m</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="60"/>
        <source>Donated vehicle</source>
        <translation>Gespendetes Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="82"/>
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
        <location filename="../../ui/volunteer_dialog.py" line="23"/>
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="33"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="40"/>
        <source>Language of this PC</source>
        <translation>Sprache dieses PCs</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="56"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="57"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="58"/>
        <source>&amp;Station</source>
        <translation>&amp;Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="60"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="63"/>
        <source>Pick your name or type a new one.</source>
        <translation>Wählen Sie Ihren Namen oder tippen Sie einen neuen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="72"/>
        <source>Give this workstation a name, for example Halle-PC-1.</source>
        <translation>Geben Sie diesem Arbeitsplatz einen Namen, zum Beispiel Halle-PC-1.</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_dialog.py" line="77"/>
        <source>Type your name, so your work is recorded under it.</source>
        <translation>Tippen Sie Ihren Namen ein, damit Ihre Arbeit darunter erfasst wird.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="140"/>
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
        <location filename="../../ui/status_names.py" line="27"/>
        <source>loaded</source>
        <translation>verladen</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="16"/>
        <location filename="../../ui/status_names.py" line="29"/>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="17"/>
        <location filename="../../ui/status_names.py" line="30"/>
        <source>delivered</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="18"/>
        <location filename="../../ui/status_names.py" line="32"/>
        <source>disposed</source>
        <translation>entsorgt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="19"/>
        <source>dissolved</source>
        <translation>aufgelöst</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="23"/>
        <source>received</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="24"/>
        <source>moved</source>
        <translation>umgelagert</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="25"/>
        <source>packed</source>
        <translation>gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="26"/>
        <source>unpacked</source>
        <translation>ausgepackt</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="28"/>
        <source>unloaded</source>
        <translation>entladen</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="31"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="33"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="153"/>
        <source> Expired on {expiry}!</source>
        <translation> Abgelaufen am {expiry}!</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="154"/>
        <source> Expires soon: {expiry}.</source>
        <translation> Läuft bald ab: {expiry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="155"/>
        <source> Best before {expiry}.</source>
        <translation> MHD {expiry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="156"/>
        <source> Over the pallet limit of {limit} kg!</source>
        <translation> Über der Palettengrenze von {limit} kg!</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="157"/>
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
        <location filename="../../warehouse_app/services/scanning/messages.py" line="149"/>
        <source>Undone: box {code} is back at {place}.</source>
        <translation>Rückgängig: Kiste {code} ist wieder bei {place}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="150"/>
        <source>Undone: pallet {code} is back at {place}.</source>
        <translation>Rückgängig: Palette {code} ist wieder bei {place}.</translation>
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
        <location filename="../../warehouse_app/services/scanning/messages.py" line="148"/>
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
        <location filename="../../warehouse_app/services/scanning/messages.py" line="147"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="144"/>
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
        <location filename="../../warehouse_app/services/scanning/messages.py" line="145"/>
        <source>The box changed meanwhile: scan it again.</source>
        <translation>Die Kiste hat sich inzwischen geändert: noch einmal scannen.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="146"/>
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
</TS>
