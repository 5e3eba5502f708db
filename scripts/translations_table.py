"""German and Ukrainian texts of the GUI, by English source string.

`python scripts/update_translations.py` writes them into resources/translations/*.ts and
compiles the .qm files the app loads. Keep the &-accelerators unique per screen.
"""

from __future__ import annotations

# source: (German, Ukrainian)
TEXTS: dict[str, tuple[str, str]] = {
    "Hafenlager": ("Hafenlager", "Hafenlager"),
    "Something went wrong. Nothing half-done was kept. The details are in %1": (
        "Etwas ist schiefgegangen. Nichts Halbfertiges wurde gespeichert. Die Einzelheiten "
        "stehen in %1",
        "Щось пішло не так. Нічого напівзробленого не збережено. Подробиці в %1",
    ),
    "Apply the corrections": ("Korrekturen buchen", "Провести виправлення"),
    "Booked: %1 found here that were recorded elsewhere; %2 missing moved to quarantine.": (
        "Gebucht: hier gefunden, aber anderswo erfasst: %1; fehlend, ins Sperrlager gebucht: %2.",
        "Проведено: знайдено тут, але записано деінде: %1; відсутні, переміщено в карантин: %2.",
    ),
    "Close pallet": ("Palette abschließen", "Закрити піддон"),
    "Counting %1": ("Inventur %1", "Інвентаризація %1"),
    "Finish stocktake": ("Inventur beenden", "Завершити інвентаризацію"),
    "Last %1 scans": ("Letzte %1 Scans", "Останні %1 сканувань"),
    "Look up": ("Suchen", "Пошук"),
    "Pack pallet": ("Palette packen", "Пакування піддона"),
    "Packing pallet %1": ("Palette %1 wird gepackt", "Пакування піддона %1"),
    "Pallet %1: %2 boxes · %3 pieces · net %4 kg · gross %5 of %6 kg · %7": (
        "Palette %1: %2 Kisten · %3 Stück · netto %4 kg · brutto %5 von %6 kg · %7",
        "Піддон %1: ящиків %2 · одиниць %3 · нетто %4 кг · брутто %5 з %6 кг · %7",
    ),
    "Put away": ("Einlagern", "Розміщення"),
    "Putting away to %1": ("Einlagern auf %1", "Розміщення на %1"),
    "Scan a label": ("Ein Etikett scannen", "Скануйте етикетку"),
    "Stocktake": ("Inventur", "Інвентаризація"),
    "Undo last scan": ("Letzten Scan rückgängig", "Скасувати останнє сканування"),
    "Unpack": ("Auspacken", "Розпакування"),
    "Yes, do it": ("Ja, ausführen", "Так, виконати"),
    "Box {code} off pallet {pallet_code}, now at {name}.": (
        "Kiste {code} von Palette {pallet_code} genommen, jetzt auf {name}.",
        "Ящик {code} знято з піддона {pallet_code}, тепер на {name}.",
    ),
    "Box {code} on pallet {pallet_code}: {boxes} boxes, {gross} kg.": (
        "Kiste {code} auf Palette {pallet_code}: {boxes} Kisten, {gross} kg.",
        "Ящик {code} на піддоні {pallet_code}: ящиків {boxes}, {gross} кг.",
    ),
    "Box {code} → {name}": (
        "Kiste {code} → {name}",
        "Ящик {code} → {name}",
    ),
    "Look up: scan any label.": (
        "Suchen: ein beliebiges Etikett scannen.",
        "Пошук: скануйте будь-яку етикетку.",
    ),
    "Pack: scan a pallet (or 'new pallet'), then boxes.": (
        "Packen: eine Palette (oder 'Neue Palette') scannen, dann Kisten.",
        "Пакування: скануйте піддон (або 'Новий піддон'), потім ящики.",
    ),
    "Put away: scan the location first, then boxes or pallets.": (
        "Einlagern: erst den Lagerplatz scannen, dann Kisten oder Paletten.",
        "Розміщення: спершу скануйте місце, потім ящики або піддони.",
    ),
    "Stocktake {name}: {found} found, {missing} missing, {unexpected} unexpected.": (
        "Inventur {name}: {found} gefunden, {missing} fehlen, {unexpected} unerwartet.",
        "Інвентаризація {name}: знайдено {found}, бракує {missing}, зайвих {unexpected}.",
    ),
    "Stocktake: scan the location, then everything found there.": (
        "Inventur: den Lagerplatz scannen, dann alles, was dort ist.",
        "Інвентаризація: скануйте місце, потім усе, що там знайдено.",
    ),
    "Unpack: scan boxes to take them off their pallet.": (
        "Auspacken: Kisten scannen, um sie von ihrer Palette zu nehmen.",
        "Розпакування: скануйте ящики, щоб зняти їх із піддона.",
    ),
    "{code} counted ({found} of {expected}).": (
        "{code} gezählt ({found} von {expected}).",
        "{code} пораховано ({found} з {expected}).",
    ),
    "{code} is not recorded here: it will be listed as unexpected.": (
        "{code} ist hier nicht erfasst: es wird als unerwartet aufgeführt.",
        "{code} тут не записано: його буде позначено як зайвий.",
    ),
    "New pallet": (
        "Neue Palette",
        "Новий піддон",
    ),
    "The manifest waits in the reprint list: %1": (
        "Die Palettenliste wartet in der Nachdruckliste: %1",
        "Пакувальний лист чекає у списку передруку: %1",
    ),
    "Manifest printed.": ("Palettenliste gedruckt.", "Пакувальний лист надруковано."),
    "Sounds on the scan screen": ("Töne auf dem Scan-Bildschirm", "Звуки на екрані сканування"),
    "Load: scan the vehicle's code, then its pallets and boxes.": (
        "Verladen: den Code des Fahrzeugs scannen, dann seine Paletten und Kisten.",
        "Завантаження: скануйте код транспорту, потім його піддони та ящики.",
    ),
    "Unload: scan the vehicle's code, then what comes off it.": (
        "Entladen: den Code des Fahrzeugs scannen, dann was herunterkommt.",
        "Розвантаження: скануйте код транспорту, потім те, що з нього знімають.",
    ),
    "Vehicle {number} ({plate}) of convoy {convoy}: {loaded} of {planned} planned items loaded.": (
        "Fahrzeug {number} ({plate}) des Konvois {convoy}: {loaded} "
        "von {planned} geplanten Posten verladen.",
        "Транспорт {number} ({plate}) конвою {convoy}: завантажено "
        "{loaded} з {planned} запланованих позицій.",
    ),
    "{code} is a {kind}: scan the vehicle first.": (
        "{code} ist ein Objekt ({kind}): erst das Fahrzeug scannen.",
        "{code} – це {kind}: спершу скануйте транспорт.",
    ),
    "{code} is on this vehicle already.": (
        "{code} ist schon auf diesem Fahrzeug.",
        "{code} уже на цьому транспорті.",
    ),
    "{code} loaded on vehicle {number}: {loaded} of {planned} planned items.": (
        "{code} auf Fahrzeug {number} verladen: {loaded} von {planned} geplanten Posten.",
        "{code} завантажено на транспорт {number}: {loaded} з {planned} запланованих позицій.",
    ),
    "{code} loaded, but it was not planned: {loaded} of {planned} planned items.": (
        "{code} verladen, war aber nicht geplant: {loaded} von {planned} geplanten Posten.",
        "{code} завантажено, але не було заплановано: {loaded} з {planned} запланованих позицій.",
    ),
    "{code} loaded, but it was planned for another vehicle: {loaded} of {planned} planned items.": (
        "{code} verladen, war aber für ein anderes Fahrzeug geplant: "
        "{loaded} von {planned} geplanten Posten.",
        "{code} завантажено, але планувалося для іншого транспорту: "
        "{loaded} з {planned} запланованих позицій.",
    ),
    "{code} unloaded from vehicle {number} to the dock.": (
        "{code} von Fahrzeug {number} an die Rampe entladen.",
        "{code} розвантажено з транспорту {number} на рампу.",
    ),
    "Load truck": (
        "Lkw beladen",
        "Завантаження",
    ),
    "Vehicle %1 (%2) of convoy %3": (
        "Fahrzeug %1 (%2) des Konvois %3",
        "Транспорт %1 (%2) конвою %3",
    ),
    "Unload": ("Entladen", "Розвантаження"),
    "Add vehicle to %1": (
        "Fahrzeug zu %1 hinzufügen",
        "Додати транспорт до %1",
    ),
    "Add vehicle…": (
        "Fahrzeug hinzufügen…",
        "Додати транспорт…",
    ),
    "Aid code": (
        "Hilfscode",
        "Код допомоги",
    ),
    "Aid code valid until": (
        "Hilfscode gültig bis",
        "Код допомоги дійсний до",
    ),
    "Arrival": (
        "Ankunft",
        "Прибуття",
    ),
    "Association / category": (
        "Verein / Kategorie",
        "Організація / категорія",
    ),
    "Border crossing": (
        "Grenzübergang",
        "Пункт пропуску",
    ),
    "Boxes": (
        "Kisten",
        "Ящики",
    ),
    "Came back": (
        "Zurückgekommen",
        "Повернулося",
    ),
    "Capacity": (
        "Auslastung",
        "Завантаженість",
    ),
    "Carrier": (
        "Spediteur",
        "Перевізник",
    ),
    "Choose goods for %1": (
        "Waren für %1 auswählen",
        "Вибрати товари для %1",
    ),
    "Choose goods…": (
        "Waren auswählen…",
        "Вибрати товари…",
    ),
    "Confirm delivery": (
        "Übergabe bestätigen",
        "Підтвердити доставку",
    ),
    "Confirm delivery…": (
        "Übergabe bestätigen…",
        "Підтвердити доставку…",
    ),
    "Convoy %1 departed; its papers are archived.": (
        "Konvoi %1 ist abgefahren; seine Papiere sind archiviert.",
        "Конвой %1 вирушив; його документи заархівовано.",
    ),
    "Convoy %1 departs now: everything loaded is shipped and "
    "nothing of it can change any more. Go ahead?": (
        "Konvoi %1 fährt jetzt ab: alles Verladene gilt als versandt und "
        "kann nicht mehr geändert werden. Fortfahren?",
        "Конвой %1 вирушає: усе завантажене вважається "
        "відправленим і більше не змінюється. Продовжити?",
    ),
    "Convoy %1: %2": (
        "Konvoi %1: %2",
        "Конвой %1: %2",
    ),
    "Delivery place": (
        "Lieferort",
        "Місце доставки",
    ),
    "Depart": (
        "Abfahrt",
        "Відправлення",
    ),
    "Departure": (
        "Abfahrt",
        "Відправлення",
    ),
    "Donated vehicle": (
        "Gespendetes Fahrzeug",
        "Подарований транспорт",
    ),
    "Drivers": (
        "Fahrer",
        "Водії",
    ),
    "Earliest expiry": (
        "Frühestes Ablaufdatum",
        "Найраніший термін",
    ),
    "Loaded": (
        "Verladen",
        "Завантажено",
    ),
    "Mark ready": (
        "Als bereit markieren",
        "Позначити готовим",
    ),
    "Name: passport number; Name: passport number": (
        "Name: Passnummer; Name: Passnummer",
        "Ім'я: номер паспорта; Ім'я: номер паспорта",
    ),
    "New convoy": (
        "Neuer Konvoi",
        "Новий конвой",
    ),
    "New convoy…": (
        "Neuer Konvoi…",
        "Новий конвой…",
    ),
    "No convoy yet: create one.": (
        "Noch kein Konvoi: einen anlegen.",
        "Ще немає конвою: створіть його.",
    ),
    "Nothing blocks departure.": (
        "Nichts verhindert die Abfahrt.",
        "Ніщо не перешкоджає відправленню.",
    ),
    "Number": (
        "Nummer",
        "Номер",
    ),
    "Owners": (
        "Eigentümer",
        "Власники",
    ),
    "Pallet places": (
        "Palettenplätze",
        "Місця для піддонів",
    ),
    "Pallet places is a whole number.": (
        "Palettenplätze sind eine ganze Zahl.",
        "Кількість місць для піддонів – ціле число.",
    ),
    "Payload kg": (
        "Nutzlast kg",
        "Вантажопідйомність, кг",
    ),
    "Per association and category": (
        "Je Verein und Kategorie",
        "За організаціями та категоріями",
    ),
    "Put the selected pallets on the vehicle": (
        "Gewählte Paletten auf das Fahrzeug",
        "Поставити вибрані піддони на транспорт",
    ),
    "Readiness": (
        "Bereitschaft",
        "Готовність",
    ),
    "Readiness (%1)": (
        "Bereitschaft (%1)",
        "Готовність (%1)",
    ),
    "Receipt": (
        "Beleg",
        "Акт",
    ),
    "Recipient": (
        "Empfänger",
        "Отримувач",
    ),
    "Start loading": (
        "Verladen beginnen",
        "Почати завантаження",
    ),
    "Trailer plate": (
        "Kennzeichen Auflieger",
        "Номер причепа",
    ),
    "Truck plate": (
        "Kennzeichen Zugmaschine",
        "Номер тягача",
    ),
    "Vehicle / pallet / box": (
        "Fahrzeug / Palette / Kiste",
        "Транспорт / піддон / ящик",
    ),
    "Vehicle:": (
        "Fahrzeug:",
        "Транспорт:",
    ),
    "Vehicles": (
        "Fahrzeuge",
        "Транспорт",
    ),
    "box code of a donated vehicle (optional)": (
        "Kistencode eines gespendeten Fahrzeugs (freiwillig)",
        "код ящика подарованого транспорту (необов'язково)",
    ),
    "boxes": (
        "Kisten",
        "ящ.",
    ),
    "codes of boxes that came back (optional)": (
        "Codes zurückgekommener Kisten (freiwillig)",
        "коди ящиків, що повернулися (необов'язково)",
    ),
    "loose boxes": (
        "lose Kisten",
        "окремі ящики",
    ),
    "no vehicle yet": (
        "noch kein Fahrzeug",
        "ще без транспорту",
    ),
    "not on a vehicle yet": (
        "noch auf keinem Fahrzeug",
        "ще не на транспорті",
    ),
    "number of the signed acceptance act": (
        "Nummer des unterschriebenen Übergabeprotokolls",
        "номер підписаного акта приймання-передачі",
    ),
    "pallet places": (
        "Palettenplätze",
        "місць для піддонів",
    ),
    "Acknowledge": (
        "Bestätigen",
        "Підтвердити",
    ),
    "Acknowledged.": (
        "Bestätigt.",
        "Підтверджено.",
    ),
    "Address": (
        "Adresse",
        "Адреса",
    ),
    "Association": (
        "Verein",
        "Організація",
    ),
    "Double-click to acknowledge with the licence or MRN": (
        "Doppelklick: mit Genehmigung oder MRN bestätigen",
        "Подвійний клік: підтвердити ліцензією або MRN",
    ),
    "EDRPOU": (
        "EDRPOU",
        "ЄДРПОУ",
    ),
    "EDRPOU (8 digits)": (
        "EDRPOU (8 Ziffern)",
        "ЄДРПОУ (8 цифр)",
    ),
    "Edit…": (
        "Bearbeiten…",
        "Редагувати…",
    ),
    "Licence number or MRN for:\n%1": (
        "Genehmigungsnummer oder MRN für:\n%1",
        "Номер ліцензії або MRN для:\n%1",
    ),
    "May receive vehicles": (
        "Darf Fahrzeuge empfangen",
        "Може отримувати транспорт",
    ),
    "New recipient": (
        "Neuer Empfänger",
        "Новий отримувач",
    ),
    "Oblast": (
        "Oblast",
        "Область",
    ),
    "Recipients": (
        "Empfänger",
        "Отримувачі",
    ),
    "Register number": (
        "Registernummer",
        "Реєстраційний номер",
    ),
    "Register number (humanitarian aid)": (
        "Registernummer (humanitäre Hilfe)",
        "Реєстраційний номер (гуманітарна допомога)",
    ),
    "Any expiry": ("Beliebiges Ablaufdatum", "Будь-який термін"),
    "expiring within %1 months": ("läuft in %1 Monaten ab", "термін спливає за %1 міс."),
    "Loading length m": ("Ladelänge m", "Довжина кузова, м"),
    "Loading height m": ("Ladehöhe m", "Висота кузова, м"),
    "Height of the pallet in cm (0 if not measured):": (
        "Höhe der Palette in cm (0, wenn nicht gemessen):",
        "Висота піддона в см (0, якщо не виміряно):",
    ),
    # The scan loop's answers (ui/scan_messages.py); placeholders stay as they are.
    " Expired on {expiry}!": (" Abgelaufen am {expiry}!", " Термін минув {expiry}!"),
    " Expires soon: {expiry}.": (" Läuft bald ab: {expiry}.", " Термін скоро мине: {expiry}."),
    " Over the pallet limit of {limit} kg!": (
        " Über der Palettengrenze von {limit} kg!",
        " Перевищено ліміт піддона {limit} кг!",
    ),
    " Owners: {owners}.": (" Eigentümer: {owners}.", " Власники: {owners}."),
    "'{code}' is not a Hafenlager code: codes are digits only.": (
        "'{code}' ist kein Hafenlager-Code: Codes bestehen nur aus Ziffern.",
        "'{code}' не є кодом Hafenlager: коди складаються лише з цифр.",
    ),
    "Box {code} is already at {name}.": (
        "Kiste {code} ist schon auf {name}.",
        "Ящик {code} уже на місці {name}.",
    ),
    "Box {code} is already on this pallet.": (
        "Kiste {code} ist schon auf dieser Palette.",
        "Ящик {code} уже на цьому піддоні.",
    ),
    "Box {code} is loaded on a vehicle: unload it first.": (
        "Kiste {code} ist auf ein Fahrzeug verladen: erst entladen.",
        "Ящик {code} завантажено в транспорт: спершу розвантажте.",
    ),
    "Box {code} is not on a pallet.": (
        "Kiste {code} ist auf keiner Palette.",
        "Ящик {code} не на піддоні.",
    ),
    "Box {code} is on another pallet ({pallet_code}). Move it to this one? Scan 'yes' to "
    "confirm.": (
        "Kiste {code} ist auf einer anderen Palette ({pallet_code}). Auf diese umpacken? Zum "
        "Bestätigen 'Ja' scannen.",
        "Ящик {code} на іншому піддоні ({pallet_code}). Перекласти на цей? Для підтвердження "
        "скануйте 'Так'.",
    ),
    "Box {code} is on pallet {pallet_code}. Take it off and put it at {name}? Scan 'yes' to "
    "confirm.": (
        "Kiste {code} ist auf Palette {pallet_code}. Herunternehmen und auf {name} stellen? "
        "Zum Bestätigen 'Ja' scannen.",
        "Ящик {code} на піддоні {pallet_code}. Зняти й поставити на {name}? Для підтвердження "
        "скануйте 'Так'.",
    ),
    "Box {code} was disposed of: put it aside and tell the lead.": (
        "Kiste {code} wurde entsorgt: beiseitestellen und der Leitung Bescheid geben.",
        "Ящик {code} списано: відкладіть його й повідомте керівника.",
    ),
    "Box {code} was shipped: it cannot be in the hall. Put it aside and tell the lead.": (
        "Kiste {code} wurde versandt: sie kann nicht in der Halle sein. Beiseitestellen und der "
        "Leitung Bescheid geben.",
        "Ящик {code} відправлено: його не може бути на складі. Відкладіть і повідомте керівника.",
    ),
    "Box {code}: {contents} · {owner} · {place} · {status}": (
        "Kiste {code}: {contents} · {owner} · {place} · {status}",
        "Ящик {code}: {contents} · {owner} · {place} · {status}",
    ),
    "Counting {name}: {expected} boxes expected.": (
        "Inventur {name}: {expected} Kisten erwartet.",
        "Інвентаризація {name}: очікується ящиків: {expected}.",
    ),
    "Empty scan: scan the label again.": (
        "Leerer Scan: Etikett noch einmal scannen.",
        "Порожнє сканування: скануйте етикетку ще раз.",
    ),
    "Last scan undone.": ("Letzter Scan rückgängig gemacht.", "Останнє сканування скасовано."),
    "Location {name}: {boxes} boxes, {pallets} pallets": (
        "Lagerplatz {name}: {boxes} Kisten, {pallets} Paletten",
        "Місце {name}: ящиків {boxes}, піддонів {pallets}",
    ),
    "New pallet {code}: print its labels, then scan boxes.": (
        "Neue Palette {code}: Etiketten drucken, dann Kisten scannen.",
        "Новий піддон {code}: надрукуйте етикетки, потім скануйте ящики.",
    ),
    "No pallet is open: scan a pallet first.": (
        "Keine Palette offen: erst eine Palette scannen.",
        "Немає відкритого піддона: спершу скануйте піддон.",
    ),
    "No stocktake is running.": ("Es läuft keine Inventur.", "Інвентаризація не триває."),
    "No {kind} has the code {code}.": (
        "Kein Objekt ({kind}) hat den Code {code}.",
        "Немає об'єкта ({kind}) з кодом {code}.",
    ),
    "Nothing to undo.": ("Nichts rückgängig zu machen.", "Нічого скасовувати."),
    "Nothing waits for a yes.": ("Nichts wartet auf ein Ja.", "Ніщо не чекає на 'Так'."),
    "Packing pallet {code}: {boxes} boxes, {gross} kg.": (
        "Palette {code} wird gepackt: {boxes} Kisten, {gross} kg.",
        "Пакування піддона {code}: ящиків {boxes}, {gross} кг.",
    ),
    "Pallet {code} closed: {boxes} boxes, {gross} kg.": (
        "Palette {code} abgeschlossen: {boxes} Kisten, {gross} kg.",
        "Піддон {code} закрито: ящиків {boxes}, {gross} кг.",
    ),
    "Pallet {code} is already at {name}.": (
        "Palette {code} steht schon auf {name}.",
        "Піддон {code} уже на місці {name}.",
    ),
    "Pallet {code} is {status}: it cannot be packed.": (
        "Palette {code} ist {status}: sie kann nicht gepackt werden.",
        "Піддон {code}: {status}, його не можна пакувати.",
    ),
    "Pallet {code} is {status}: it cannot move.": (
        "Palette {code} ist {status}: sie kann nicht bewegt werden.",
        "Піддон {code}: {status}, його не можна переміщати.",
    ),
    "Pallet {code} → {name}": ("Palette {code} → {name}", "Піддон {code} → {name}"),
    "Pallet {code}: {boxes} boxes · {gross} kg · {place}": (
        "Palette {code}: {boxes} Kisten · {gross} kg · {place}",
        "Піддон {code}: ящиків {boxes} · {gross} кг · {place}",
    ),
    "Put away to {name}: now scan boxes or pallets.": (
        "Einlagern auf {name}: jetzt Kisten oder Paletten scannen.",
        "Розміщення на {name}: тепер скануйте ящики або піддони.",
    ),
    "Scan the location you are counting first.": (
        "Erst den Lagerplatz der Inventur scannen.",
        "Спершу скануйте місце, яке рахуєте.",
    ),
    "Scan the pallet first (or 'new pallet').": (
        "Erst die Palette scannen (oder 'Neue Palette').",
        "Спершу скануйте піддон (або 'Новий піддон').",
    ),
    "The box changed meanwhile: scan it again.": (
        "Die Kiste hat sich inzwischen geändert: noch einmal scannen.",
        "Ящик тим часом змінився: скануйте ще раз.",
    ),
    "The scan to confirm no longer applies.": (
        "Der zu bestätigende Scan gilt nicht mehr.",
        "Сканування для підтвердження вже не чинне.",
    ),
    "{code} has a wrong check digit: check the label and type it again.": (
        "{code} hat eine falsche Prüfziffer: Etikett prüfen und neu eintippen.",
        "{code} має неправильну контрольну цифру: перевірте етикетку й введіть ще раз.",
    ),
    "{code} is a product barcode from the packaging: scan the Hafenlager label.": (
        "{code} ist ein Produkt-Barcode der Verpackung: das Hafenlager-Etikett scannen.",
        "{code} – це штрихкод товару з упаковки: скануйте етикетку Hafenlager.",
    ),
    "{code} is a {kind}: scan a pallet or a box.": (
        "{code} ist ein Objekt ({kind}): eine Palette oder Kiste scannen.",
        "{code} – це {kind}: скануйте піддон або ящик.",
    ),
    "{code} is a {kind}: scan the boxes to unpack.": (
        "{code} ist ein Objekt ({kind}): die auszupackenden Kisten scannen.",
        "{code} – це {kind}: скануйте ящики для розпакування.",
    ),
    "{code} is a {kind}: scan the location first.": (
        "{code} ist ein Objekt ({kind}): erst den Lagerplatz scannen.",
        "{code} – це {kind}: спершу скануйте місце.",
    ),
    "{code} is already counted.": ("{code} ist schon gezählt.", "{code} уже пораховано."),
    "{code} is not a Hafenlager code (codes start with 1, 2, 3 or 9).": (
        "{code} ist kein Hafenlager-Code (Codes beginnen mit 1, 2, 3 oder 9).",
        "{code} не є кодом Hafenlager (коди починаються з 1, 2, 3 або 9).",
    ),
    "{code} is not a known control code.": (
        "{code} ist kein bekannter Steuercode.",
        "{code} не є відомим керівним кодом.",
    ),
    "{code} is too short for a Hafenlager code.": (
        "{code} ist zu kurz für einen Hafenlager-Code.",
        "{code} закороткий для коду Hafenlager.",
    ),
    "{code} was just scanned: nothing changed.": (
        "{code} wurde gerade gescannt: nichts geändert.",
        "{code} щойно скановано: нічого не змінено.",
    ),
    "Next free label on the A4 sheet": (
        "Nächstes freies Etikett auf dem A4-Bogen",
        "Наступна вільна етикетка на аркуші A4",
    ),
    "%1 (not connected)": ("%1 (nicht angeschlossen)", "%1 (не підключено)"),
    "&Association": ("&Verein", "&Організація"),
    "&Expiry date": ("&Ablaufdatum", "&Термін придатності"),
    "&Net kg per box": ("&Netto kg je Kiste", "&Нетто, кг на ящик"),
    "&Print again": ("Erneut &drucken", "&Друкувати знову"),
    "&Quantity per box": ("&Menge je Kiste", "&Кількість в ящику"),
    "&Reprint label": ("Etikett &nachdrucken", "&Передрукувати етикетку"),
    "(none)": ("(keiner)", "(немає)"),
    "31.12.2027 or 12.2027": ("31.12.2027 oder 12.2027", "31.12.2027 або 12.2027"),
    "A4 printer (sheets, receipts)": ("A4-Drucker (Bögen, Belege)", "Принтер A4 (аркуші, акти)"),
    "Box": ("Kiste", "Ящик"),
    "Box labels": ("Kistenetiketten", "Етикетки ящиків"),
    "Contents (&German)": ("Inhalt (&deutsch)", "Вміст (&німецькою)"),
    "Contents (&Ukrainian)": ("Inhalt (&ukrainisch)", "Вміст (&українською)"),
    "Delivered by": ("Angeliefert von", "Доставив"),
    "Donation %1 is open: the next save adds to it.": (
        "Spende %1 ist offen: das nächste Speichern fügt hinzu.",
        "Пожертва %1 відкрита: наступне збереження додасть до неї.",
    ),
    "Donor (optional)": ("Spender (freiwillig)", "Жертводавець (необов'язково)"),
    "Goods received note printed.": ("Eingangsbeleg gedruckt.", "Акт приймання надруковано."),
    "Goods received note…": ("Eingangsbeleg…", "Акт приймання…"),
    "Gross kg per box": ("Brutto kg je Kiste", "Брутто, кг на ящик"),
    "Kind": ("Art", "Тип"),
    "Label printed.": ("Etikett gedruckt.", "Етикетку надруковано."),
    "Label printer (rolls, thermal)": (
        "Etikettendrucker (Rolle, Thermo)",
        "Принтер етикеток (рулон, термо)",
    ),
    "Labels printed.": ("Etiketten gedruckt.", "Етикетки надруковано."),
    "Last intakes": ("Letzte Annahmen", "Останні приймання"),
    "Location labels printed.": ("Lagerplatz-Etiketten gedruckt.", "Етикетки місць надруковано."),
    "Locations": ("Lagerplätze", "Місця"),
    "New donation": ("Neue Spende", "Нова пожертва"),
    "No printer is installed on this PC. Labels are still saved and wait in the reprint list "
    "of the intake screen, where they can be saved as PDF.": (
        "Auf diesem PC ist kein Drucker eingerichtet. Etiketten werden trotzdem gespeichert und "
        "warten in der Nachdruckliste der Annahme, wo sie als PDF gespeichert werden können.",
        "На цьому комп'ютері немає принтера. Етикетки все одно зберігаються й чекають у списку "
        "передруку на екрані приймання, де їх можна зберегти як PDF.",
    ),
    "Number of identical &boxes": ("Anzahl gleicher &Kisten", "Кількість однакових &ящиків"),
    "Pallet labels": ("Palettenetiketten", "Етикетки піддонів"),
    "Pallet labels printed.": ("Palettenetiketten gedruckt.", "Етикетки піддона надруковано."),
    "Please check": ("Bitte prüfen", "Будь ласка, перевірте"),
    "Pre&view…": ("&Vorschau…", "&Попередній перегляд…"),
    "Print labels of the selected locations": (
        "Etiketten der gewählten Lagerplätze drucken",
        "Друкувати етикетки вибраних місць",
    ),
    "Print pallet labels (2)": ("Palettenetiketten drucken (2)", "Друкувати етикетки піддона (2)"),
    "Printed.": ("Gedruckt.", "Надруковано."),
    "Remove": ("Entfernen", "Видалити"),
    "Reprint list (labels that did not print)": (
        "Nachdruckliste (nicht gedruckte Etiketten)",
        "Список передруку (ненадруковані етикетки)",
    ),
    "Save a box first: the note lists a donation's boxes.": (
        "Erst eine Kiste speichern: der Beleg listet die Kisten einer Spende.",
        "Спершу збережіть ящик: акт містить ящики пожертви.",
    ),
    "Save and print labels (F9)": (
        "Speichern und Etiketten drucken (F9)",
        "Зберегти й надрукувати етикетки (F9)",
    ),
    "Save as &PDF…": ("Als &PDF speichern…", "Зберегти як &PDF…"),
    "Save as PDF": ("Als PDF speichern", "Зберегти як PDF"),
    "Saved %1 box(es): %2.": ("%1 Kiste(n) gespeichert: %2.", "Збережено ящиків: %1: %2."),
    "Saved as %1": ("Gespeichert als %1", "Збережено як %1"),
    "Select one or more locations first.": (
        "Erst einen oder mehrere Lagerplätze auswählen.",
        "Спершу виберіть одне або кілька місць.",
    ),
    "Station": ("Arbeitsplatz", "Робоче місце"),
    "The labels did not print: %1 They wait in the reprint list.": (
        "Die Etiketten wurden nicht gedruckt: %1 Sie warten in der Nachdruckliste.",
        "Етикетки не надруковано: %1 Вони чекають у списку передруку.",
    ),
    "The next save starts a new donation.": (
        "Das nächste Speichern beginnt eine neue Spende.",
        "Наступне збереження почне нову пожертву.",
    ),
    "This station": ("Dieser Arbeitsplatz", "Це робоче місце"),
    "Type to find a category": (
        "Tippen, um eine Kategorie zu finden",
        "Почніть вводити, щоб знайти категорію",
    ),
    "Used": ("Gebraucht", "Вживане"),
    "Waiting": ("Wartet seit", "Чекає з"),
    "Why": ("Warum", "Чому"),
    "net + %1 kg packaging": ("netto + %1 kg Verpackung", "нетто + %1 кг упаковки"),
    "optional": ("freiwillig", "необов'язково"),
    "receipt of donation %1": ("Beleg der Spende %1", "акт пожертви %1"),
    "required: 31.12.2027 or 12.2027": (
        "Pflicht: 31.12.2027 oder 12.2027",
        "обов'язково: 31.12.2027 або 12.2027",
    ),
    "%1 boxes exported to %2": ("%1 Kisten exportiert nach %2", "%1 ящиків експортовано до %2"),
    "%1 · %2 · %3 boxes · net %4 kg · gross %5 kg with tare · owners: %6": (
        "%1 · %2 · %3 Kisten · netto %4 kg · brutto %5 kg mit Palette · Eigentümer: %6",
        "%1 · %2 · %3 ящ. · нетто %4 кг · брутто %5 кг з піддоном · власники: %6",
    ),
    "&Back up now": ("Jetzt &sichern", "&Зробити копію зараз"),
    "&Category": ("&Kategorie", "&Категорія"),
    "&Dispose…": ("&Entsorgen…", "&Списати…"),
    "&Edit…": ("&Bearbeiten…", "&Редагувати…"),
    "&Export view…": ("Ansicht e&xportieren…", "&Експорт списку…"),
    "&Location": ("&Lagerplatz", "&Місце"),
    "&Language": ("&Sprache", "&Мова"),
    "Language of this PC": ("Sprache dieses PCs", "Мова цього комп'ютера"),
    "&Name": ("&Name", "&Ім'я"),
    "&New…": ("&Neu…", "&Новий…"),
    "&Owner": ("&Eigentümer", "&Власник"),
    "&Reset filters": ("Filter &zurücksetzen", "&Скинути фільтри"),
    "&Save": ("&Speichern", "&Зберегти"),
    "&Station": ("&Arbeitsplatz", "&Робоче місце"),
    "(on its pallet)": ("(auf ihrer Palette)", "(на своєму піддоні)"),
    "(server: use pg_dump)": ("(Server: mit pg_dump sichern)", "(сервер: копія через pg_dump)"),
    "Active": ("Aktiv", "Активна"),
    "All categories": ("Alle Kategorien", "Усі категорії"),
    "All locations": ("Alle Lagerplätze", "Усі місця"),
    "All owners": ("Alle Eigentümer", "Усі власники"),
    "All statuses": ("Alle Zustände", "Усі статуси"),
    "Associations": ("Vereine", "Організації"),
    "Backup failed": ("Sicherung fehlgeschlagen", "Резервне копіювання не вдалося"),
    "Backup written to %1": ("Sicherung geschrieben: %1", "Резервну копію збережено: %1"),
    "Backups folder": ("Ordner der Sicherungen", "Папка резервних копій"),
    "Box %1": ("Kiste %1", "Ящик %1"),
    "Box %1 (%2) leaves the stock for good. It stays in the history.": (
        "Kiste %1 (%2) verlässt den Bestand endgültig. Sie bleibt in der Historie.",
        "Ящик %1 (%2) остаточно вибуває із запасу. В історії він залишиться.",
    ),
    "Boxes in view: %1": ("Kisten in der Ansicht: %1", "Ящиків у списку: %1"),
    "C&orrect…": ("&Korrigieren…", "&Виправити…"),
    "Cancel": ("Abbrechen", "Скасувати"),
    "Categories": ("Kategorien", "Категорії"),
    "Category": ("Kategorie", "Категорія"),
    "Category %1": ("Kategorie %1", "Категорія %1"),
    "City": ("Ort", "Місто"),
    "Code": ("Code", "Код"),
    "Code or words (German, Ukrainian, English)": (
        "Code oder Wörter (deutsch, ukrainisch, englisch)",
        "Код або слова (німецькою, українською, англійською)",
    ),
    "Code:": ("Code:", "Код:"),
    "Colour": ("Farbe", "Колір"),
    "Colour (#RRGGBB, the band on labels)": (
        "Farbe (#RRGGBB, Streifen auf den Etiketten)",
        "Колір (#RRGGBB, смуга на етикетках)",
    ),
    "Condition": ("Zustand", "Стан"),
    "Contact": ("Kontakt", "Контакт"),
    "Contents": ("Inhalt", "Вміст"),
    "Contents (English)": ("Inhalt (englisch)", "Вміст (англійською)"),
    "Contents (German)": ("Inhalt (deutsch)", "Вміст (німецькою)"),
    "Contents (Ukrainian)": ("Inhalt (ukrainisch)", "Вміст (українською)"),
    "Convoy paperwork and stock reports come here. The stock screen already exports its view "
    "to CSV and Excel.": (
        "Hier kommen die Konvoi-Papiere und Bestandsberichte hin. Die Bestandsansicht "
        "exportiert schon nach CSV und Excel.",
        "Тут будуть документи конвою та звіти про запаси. Екран запасів уже експортує список "
        "у CSV та Excel.",
    ),
    "Convoys": ("Konvois", "Конвої"),
    "Correct box %1": ("Kiste %1 korrigieren", "Виправити ящик %1"),
    "Country code": ("Ländercode", "Код країни"),
    "Country of origin": ("Herkunftsland", "Країна походження"),
    "Ctrl+%1": ("Strg+%1", "Ctrl+%1"),
    "Daily backup failed: %1": (
        "Tägliche Sicherung fehlgeschlagen: %1",
        "Щоденна резервна копія не вдалася: %1",
    ),
    "Daily backup written: %1": (
        "Tägliche Sicherung geschrieben: %1",
        "Щоденну резервну копію збережено: %1",
    ),
    "Data and backups": ("Daten und Sicherungen", "Дані та резервні копії"),
    "Database": ("Datenbank", "База даних"),
    "Database: %1": ("Datenbank: %1", "База даних: %1"),
    "Default unit": ("Standardeinheit", "Одиниця за замовчуванням"),
    "Default value per unit (EUR)": (
        "Standardwert je Einheit (EUR)",
        "Вартість за одиницю за замовчуванням (EUR)",
    ),
    "Dispose": ("Entsorgen", "Списати"),
    "Dispose of box %1": ("Kiste %1 entsorgen", "Списати ящик %1"),
    "E-mail": ("E-Mail", "Ел. пошта"),
    "English": ("Englisch", "Англійською"),
    "English name": ("Englischer Name", "Назва англійською"),
    "Excel workbook (*.xlsx);;CSV for Excel (*.csv)": (
        "Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)",
        "Книга Excel (*.xlsx);;CSV для Excel (*.csv)",
    ),
    "Expires before": ("Läuft ab vor", "Термін до"),
    "Expiry": ("Ablaufdatum", "Термін придатності"),
    "Expiry date": ("Ablaufdatum", "Термін придатності"),
    "Expiry date required": ("Ablaufdatum nötig", "Потрібен термін придатності"),
    "Export": ("Export", "Експорт"),
    "Export attention note": ("Hinweis für die Ausfuhr", "Примітка щодо експорту"),
    "Export failed": ("Export fehlgeschlagen", "Експорт не вдався"),
    "Export note": ("Ausfuhrhinweis", "Примітка щодо експорту"),
    "Export the boxes in view": ("Kisten der Ansicht exportieren", "Експортувати ящики зі списку"),
    "Exporting %1 boxes…": ("%1 Kisten werden exportiert…", "Експорт %1 ящиків…"),
    "From → to": ("Von → nach", "Звідки → куди"),
    "German": ("Deutsch", "Німецькою"),
    "German name": ("Deutscher Name", "Назва німецькою"),
    "Give this workstation a name, for example Halle-PC-1.": (
        "Geben Sie diesem Arbeitsplatz einen Namen, zum Beispiel Halle-PC-1.",
        "Дайте назву цьому робочому місцю, наприклад Halle-PC-1.",
    ),
    "Gross kg": ("Brutto kg", "Брутто, кг"),
    "HS code": ("HS-Code", "Код УКТЗЕД"),
    "HS code (6 digits)": ("HS-Code (6 Stellen)", "Код УКТЗЕД (6 цифр)"),
    "Hafenlager backs the database up once a day at start and keeps the last 14 backups. To "
    "restore one, close Hafenlager and run: hafenlager restore FILE": (
        "Hafenlager sichert die Datenbank einmal täglich beim Start und behält die letzten 14 "
        "Sicherungen. Zum Zurückspielen Hafenlager schließen und ausführen: "
        "hafenlager restore DATEI",
        "Hafenlager робить резервну копію бази раз на день під час запуску й зберігає останні "
        "14 копій. Щоб відновити копію, закрийте Hafenlager і виконайте: "
        "hafenlager restore ФАЙЛ",
    ),
    "Hafenlager cannot start": ("Hafenlager kann nicht starten", "Hafenlager не може запуститися"),
    "Hafenlager – donation hall Dortmund harbour": (
        "Hafenlager – Spendenhalle Dortmunder Hafen",
        "Hafenlager – склад пожертв, порт Дортмунда",
    ),
    "Hall and sender": ("Halle und Absender", "Склад і відправник"),
    "Has an expiry date": ("Hat ein Ablaufdatum", "Має термін придатності"),
    "History": ("Historie", "Історія"),
    "In use": ("In Gebrauch", "Використовується"),
    "Intake": ("Annahme", "Приймання"),
    "Location": ("Lagerplatz", "Місце"),
    "Location %1": ("Lagerplatz %1", "Місце %1"),
    "Min. shelf life (days)": ("Mindesthaltbarkeit (Tage)", "Мін. термін придатності (днів)"),
    "Minimum shelf life at departure (days)": (
        "Mindesthaltbarkeit bei Abfahrt (Tage)",
        "Мінімальний залишок терміну при відправленні (днів)",
    ),
    "Name": ("Name", "Назва"),
    "Net / gross kg": ("Netto / brutto kg", "Нетто / брутто, кг"),
    "Net kg": ("Netto kg", "Нетто, кг"),
    "New association": ("Neuer Verein", "Нова організація"),
    "New category": ("Neue Kategorie", "Нова категорія"),
    "Note": ("Notiz", "Примітка"),
    "Origin": ("Herkunft", "Походження"),
    "Owner": ("Eigentümer", "Власник"),
    "Owner colour": ("Farbe des Eigentümers", "Колір власника"),
    "Pallet": ("Palette", "Піддон"),
    "Pallet %1": ("Palette %1", "Піддон %1"),
    "Phone": ("Telefon", "Телефон"),
    "Pick your name or type a new one.": (
        "Wählen Sie Ihren Namen oder tippen Sie einen neuen ein.",
        "Виберіть своє ім'я або введіть нове.",
    ),
    "Place": ("Platz", "Місце"),
    "Planning and loading the trucks to Zhytomyr comes here.": (
        "Hier kommt das Planen und Beladen der Lkw nach Schytomyr hin.",
        "Тут буде планування та завантаження вантажівок до Житомира.",
    ),
    "Postcode": ("PLZ", "Поштовий індекс"),
    "Put away, pack pallets, load trucks and take stock by scanning comes here. Until then, a "
    "scan on any screen opens the box or pallet.": (
        "Hier kommen Einlagern, Paletten packen, Lkw beladen und Inventur per Scanner hin. Bis "
        "dahin öffnet ein Scan auf jedem Bildschirm die Kiste oder Palette.",
        "Тут буде розміщення, пакування піддонів, завантаження вантажівок та інвентаризація "
        "сканером. А поки що сканування на будь-якому екрані відкриває ящик або піддон.",
    ),
    "Quantity": ("Menge", "Кількість"),
    "Quantity (%1)": ("Menge (%1)", "Кількість (%1)"),
    "Reason": ("Grund", "Причина"),
    "Reason, for example: spoiled, broken": (
        "Grund, zum Beispiel: verdorben, kaputt",
        "Причина, наприклад: зіпсовано, зламано",
    ),
    "Received": ("Angenommen", "Прийнято"),
    "Receiving donations box by box and printing their labels comes here.": (
        "Hier kommt die Annahme der Spenden Kiste für Kiste mit Etikettendruck hin.",
        "Тут буде приймання пожертв ящик за ящиком і друк етикеток.",
    ),
    "Register entry (Vereinsregister)": ("Vereinsregister", "Запис у реєстрі (Vereinsregister)"),
    "Reports": ("Berichte", "Звіти"),
    "S&tatus": ("S&tatus", "С&татус"),
    "Saved.": ("Gespeichert.", "Збережено."),
    "Scan": ("Scannen", "Сканування"),
    "Scan or type a code, then Enter": (
        "Code scannen oder eintippen, dann Enter",
        "Скануйте або введіть код, потім Enter",
    ),
    "Searc&h": ("Suc&hen", "По&шук"),
    "Select a box or scan its label": (
        "Kiste auswählen oder ihr Etikett scannen",
        "Виберіть ящик або скануйте його етикетку",
    ),
    "Sender (association)": ("Absender (Verein)", "Відправник (організація)"),
    "Serial / VIN": ("Seriennr. / FIN", "Серійний № / VIN"),
    "Serial number or VIN": ("Seriennummer oder FIN", "Серійний номер або VIN"),
    "Settings": ("Einstellungen", "Налаштування"),
    "Short code": ("Kürzel", "Скорочення"),
    "Short code (1–4 letters, printed on labels)": (
        "Kürzel (1–4 Buchstaben, steht auf den Etiketten)",
        "Скорочення (1–4 латинські літери, друкується на етикетках)",
    ),
    "Start": ("Starten", "Почати"),
    "Status": ("Status", "Статус"),
    "Stock": ("Bestand", "Запаси"),
    "Street and number": ("Straße und Hausnummer", "Вулиця та номер будинку"),
    "The daily backup failed – see the status bar.": (
        "Die tägliche Sicherung ist fehlgeschlagen – siehe Statusleiste.",
        "Щоденна резервна копія не вдалася – див. рядок стану.",
    ),
    "The sender's name cannot be empty.": (
        "Der Name des Absenders darf nicht leer sein.",
        "Назва відправника не може бути порожньою.",
    ),
    "These details are printed as the sender on labels and convoy documents.": (
        "Diese Angaben stehen als Absender auf Etiketten und Konvoi-Papieren.",
        "Ці дані друкуються як відправник на етикетках і документах конвою.",
    ),
    "This workstation": ("Dieser Arbeitsplatz", "Це робоче місце"),
    "Type your name, so your work is recorded under it.": (
        "Tippen Sie Ihren Namen ein, damit Ihre Arbeit darunter erfasst wird.",
        "Введіть своє ім'я, щоб ваша робота записувалася під ним.",
    ),
    "UN number": ("UN-Nummer", "Номер ООН"),
    "UN number (dangerous goods)": ("UN-Nummer (Gefahrgut)", "Номер ООН (небезпечні вантажі)"),
    "Ukrainian": ("Ukrainisch", "Українською"),
    "Ukrainian name": ("Ukrainischer Name", "Назва українською"),
    "Unit": ("Einheit", "Одиниця"),
    "Used goods": ("Gebrauchte Ware", "Вживані товари"),
    "Value EUR": ("Wert EUR", "Вартість, EUR"),
    "Value per unit": ("Wert je Einheit", "Вартість за одиницю"),
    "Value per unit (EUR)": ("Wert je Einheit (EUR)", "Вартість за одиницю (EUR)"),
    "Vehicle": ("Fahrzeug", "Транспортний засіб"),
    "Vehicle (needs a VIN)": ("Fahrzeug (braucht eine FIN)", "Транспортний засіб (потрібен VIN)"),
    "Volunteer: %1 · Station: %2": (
        "Helfer: %1 · Arbeitsplatz: %2",
        "Волонтер: %1 · Робоче місце: %2",
    ),
    "Wear": ("Abnutzung", "Знос"),
    "What": ("Was", "Що"),
    "When": ("Wann", "Коли"),
    "Who": ("Wer", "Хто"),
    "Who is working?": ("Wer arbeitet?", "Хто працює?"),
    "Why is this corrected? (kept in the history)": (
        "Warum wird korrigiert? (bleibt in der Historie)",
        "Чому виправляється? (зберігається в історії)",
    ),
    "Your name": ("Ihr Name", "Ваше ім'я"),
    "corrected": ("korrigiert", "виправлено"),
    "created": ("angelegt", "створено"),
    "delivered": ("übergeben", "доставлено"),
    "disposed": ("entsorgt", "списано"),
    "dissolved": ("aufgelöst", "розформовано"),
    "donation %1, %2": ("Spende %1, %2", "пожертва %1, %2"),
    "in stock": ("auf Lager", "на складі"),
    "loaded": ("verladen", "завантажено"),
    "moved": ("umgelagert", "переміщено"),
    "new": ("neu", "нове"),
    "on pallet": ("auf Palette", "на піддоні"),
    "packed": ("gepackt", "упаковано"),
    "pallet %1 at %2": ("Palette %1 auf %2", "піддон %1, місце %2"),
    "received": ("angenommen", "прийнято"),
    "shipped": ("versandt", "відправлено"),
    "unloaded": ("entladen", "розвантажено"),
    "unpacked": ("ausgepackt", "розпаковано"),
    "used, %1 % wear": ("gebraucht, %1 % abgenutzt", "вживане, знос %1 %"),
    "yes": ("ja", "так"),
    # Print papers (issue 6)
    "%1 files saved in %2": ("%1 Dateien gespeichert in %2", "%1 файлів збережено в %2"),
    "%1 pages sent to the printer.": (
        "%1 Seiten an den Drucker gesendet.",
        "%1 сторінок надіслано на принтер.",
    ),
    "&Print all…": ("Alles &drucken…", "&Друкувати все…"),
    "Acceptance act": ("Übergabeprotokoll", "Акт приймання-передачі"),
    "All vehicles, with donation letter and summary": (
        "Alle Fahrzeuge, mit Schenkungsurkunde und Übersicht",
        "Усі транспортні засоби, з дарчим листом і зведенням",
    ),
    "CMR consignment note (3 originals)": (
        "CMR-Frachtbrief (3 Originale)",
        "Накладна CMR (3 оригінали)",
    ),
    "Choose at least one document.": (
        "Bitte mindestens ein Dokument wählen.",
        "Виберіть принаймні один документ.",
    ),
    "Close": ("Schließen", "Закрити"),
    "Convoy departed: these are the papers archived at departure, checked against their SHA-256.": (
        "Konvoi abgefahren: Dies sind die bei der Abfahrt archivierten Papiere, geprüft gegen "
        "ihre SHA-256.",
        "Конвой вирушив: це документи, заархівовані під час відправлення, перевірені за їхнім "
        "SHA-256.",
    ),
    "Convoy summary (whole convoy)": (
        "Konvoi-Übersicht (ganzer Konvoi)",
        "Зведення конвою (весь конвой)",
    ),
    "Copies": ("Exemplare", "Примірники"),
    "Document": ("Dokument", "Документ"),
    "Donation letter (whole convoy)": (
        "Schenkungsurkunde (ganzer Konvoi)",
        "Дарчий лист (весь конвой)",
    ),
    "Goods list for the declaration (XLSX and CSV)": (
        "Warenliste für die Anmeldung (XLSX und CSV)",
        "Перелік товарів для декларації (XLSX і CSV)",
    ),
    "Made from the current data. At departure the final set is archived.": (
        "Aus den aktuellen Daten erstellt. Bei der Abfahrt wird der endgültige Satz archiviert.",
        "Створено з поточних даних. Під час відправлення остаточний комплект архівується.",
    ),
    "Packing list": ("Packliste", "Пакувальний лист"),
    "Pallet manifests": ("Palettenlisten", "Пакувальні листи піддонів"),
    "Papers of convoy %1": ("Papiere des Konvois %1", "Документи конвою %1"),
    "Papers saved as %1": ("Papiere gespeichert als %1", "Документи збережено як %1"),
    "Print papers…": ("Papiere drucken…", "Друкувати документи…"),
    "Pro-forma invoice": ("Proforma-Rechnung", "Рахунок-проформа"),
    "Save as &ZIP…": ("Als &ZIP speichern…", "Зберегти як &ZIP…"),
    "Save as &folder…": ("Als &Ordner speichern…", "Зберегти в &теку…"),
    "Save the papers as ZIP": ("Papiere als ZIP speichern", "Зберегти документи як ZIP"),
    "Save the papers in": ("Papiere speichern in", "Зберегти документи в"),
    "Vehicle %1: %2": ("Fahrzeug %1: %2", "Транспортний засіб %1: %2"),
    "ZIP archive (*.zip)": ("ZIP-Archiv (*.zip)", "Архів ZIP (*.zip)"),
    "file only": ("nur Datei", "лише файл"),
    # Papers' languages per destination (issue 6)
    "Convoy papers for destination": ("Konvoipapiere für Zielland", "Документи конвою для країни"),
    "Destination country: two letters, such as UA or MD.": (
        "Zielland: zwei Buchstaben, etwa UA oder MD.",
        "Країна призначення: дві літери, наприклад UA або MD.",
    ),
    "Print a fourth CMR copy for the files": (
        "Eine vierte CMR-Ausfertigung für die Akten drucken",
        "Друкувати четвертий примірник CMR для архіву",
    ),
    "Convoy %1 departs: its papers are being made and archived…": (
        "Konvoi %1 fährt ab: seine Papiere werden erstellt und archiviert…",
        "Конвой %1 вирушає: його документи створюються й архівуються…",
    ),
    "Printing stopped.": ("Drucken abgebrochen.", "Друк зупинено."),
    "Stopped: no papers were written.": (
        "Abgebrochen: Es wurden keine Papiere geschrieben.",
        "Зупинено: жодного документа не записано.",
    ),
    "first %1 of %2 pages; printing prints them all": (
        "die ersten %1 von %2 Seiten; gedruckt werden alle",
        "перші %1 з %2 сторінок; друкуються всі",
    ),
}
