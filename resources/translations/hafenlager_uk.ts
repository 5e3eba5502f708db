<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="159"/>
        <source>Accept offer %1</source>
        <translation>Прийняти пропозицію %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="163"/>
        <source>General stock (no need line)</source>
        <translation>Загальний запас (без рядка потреб)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="166"/>
        <source>%1, %2, line %3: %4 %5 %6</source>
        <translation>%1, %2, рядок %3: %4 %5 %6</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="177"/>
        <source>No slot yet</source>
        <translation>Ще без слота</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="180"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (вільно: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="187"/>
        <source>Booked already: move it on the Drop-offs tab.</source>
        <translation>Уже записано: переносьте на вкладці «Записи».</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="190"/>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="191"/>
        <source>Drop-off slot</source>
        <translation>Слот доставки</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../ui/activity/detail.py" line="28"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="29"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="30"/>
        <source>Station</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="31"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="32"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="35"/>
        <source>Changes (field: before → after)</source>
        <translation>Зміни (поле: було → стало)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="47"/>
        <source>Choose an entry to see what it changed</source>
        <translation>Виберіть запис, щоб побачити, що він змінив</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="57"/>
        <source>(nobody signed in)</source>
        <translation>(вхід не виконано)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="71"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/activity/detail.py" line="71"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../ui/activity/page.py" line="61"/>
        <source>&amp;From</source>
        <translation>&amp;Від</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="63"/>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="74"/>
        <source>Scan or type a box, pallet or convoy code</source>
        <translation>Скануйте або введіть код ящика, піддона чи конвою</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="77"/>
        <source>Refresh (F5)</source>
        <translation>Оновити (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="78"/>
        <source>Export XLSX…</source>
        <translation>Експорт XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="79"/>
        <source>&amp;Reset filters</source>
        <translation>Скинути &amp;фільтри</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="86"/>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="93"/>
        <source>&amp;Person</source>
        <translation>К&amp;ористувач</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="94"/>
        <source>&amp;Station</source>
        <translation>&amp;Робоче місце</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="95"/>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="96"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="192"/>
        <source>Everybody</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="197"/>
        <source>All stations</source>
        <translation>Усі робочі місця</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="267"/>
        <source> (scroll down for older ones)</source>
        <translation> (старіші — прокрутіть униз)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="268"/>
        <source>%1 entries shown</source>
        <translation>Показано записів: %1</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="297"/>
        <source>Export the activity log</source>
        <translation>Експортувати журнал дій</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="299"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="323"/>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/activity/page.py" line="336"/>
        <source>%1 entries exported to %2</source>
        <translation>Експортовано записів: %1, файл: %2</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/activity/model.py" line="39"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="40"/>
        <source>Person</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="41"/>
        <source>Station</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="42"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="43"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/activity/model.py" line="44"/>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
</context>
<context>
    <name>ActsButton</name>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="149"/>
        <source>Acceptance acts…</source>
        <translation>Акти приймання…</translation>
    </message>
</context>
<context>
    <name>ActsDialog</name>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="34"/>
        <source>Acceptance acts of %1</source>
        <translation>Акти приймання-передачі конвою %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="39"/>
        <source>Vehicle</source>
        <translation>Транспортний засіб</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="39"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="39"/>
        <source>Attached</source>
        <translation>Додано</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="39"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="47"/>
        <source>Attach an act…</source>
        <translation>Додати акт…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="63"/>
        <source>No act is attached yet: attach it here or when confirming the delivery.</source>
        <translation>Акт ще не додано: додайте його тут або під час підтвердження доставки.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="71"/>
        <source>whole convoy</source>
        <translation>увесь конвой</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="44"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="45"/>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="89"/>
        <source>The signed acceptance act</source>
        <translation>Підписаний акт приймання-передачі</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="90"/>
        <source>Act (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Акт (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="101"/>
        <source>%1 attached.</source>
        <translation>%1 додано.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="114"/>
        <source>Save a copy of the act</source>
        <translation>Зберегти копію акта</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/acts_dialog.py" line="125"/>
        <source>Saved as %1.</source>
        <translation>Збережено як %1.</translation>
    </message>
</context>
<context>
    <name>AssociationSource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="225"/>
        <source>Short code</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="226"/>
        <location filename="../../ui/settings/records.py" line="266"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="227"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="228"/>
        <location filename="../../ui/settings/records.py" line="269"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="229"/>
        <location filename="../../ui/settings/records.py" line="270"/>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="230"/>
        <source>Tax exemption</source>
        <translation>Звільнення від податків</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="257"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="267"/>
        <source>Short code (1–4 letters, printed on labels)</source>
        <translation>Скорочення (1–4 латинські літери, друкується на етикетках)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="268"/>
        <source>Colour (#RRGGBB, the band on labels)</source>
        <translation>Колір (#RRGGBB, смуга на етикетках)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="272"/>
        <source>Address (on donors&apos; receipts)</source>
        <translation>Адреса (на підтвердженнях для жертводавців)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="273"/>
        <source>Tax office (for donors&apos; receipts)</source>
        <translation>Податкова інспекція (для довідок жертводавцям)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="274"/>
        <source>Tax number</source>
        <translation>Податковий номер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="275"/>
        <source>Date of the exemption notice (dd.mm.yyyy)</source>
        <translation>Дата рішення про звільнення (дд.мм.рррр)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="276"/>
        <source>Assessment period (year)</source>
        <translation>Податковий період (рік)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="277"/>
        <source>Purpose, as the statute names it</source>
        <translation>Мета, як її визначає статут</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="284"/>
        <source>New association</source>
        <translation>Нова організація</translation>
    </message>
</context>
<context>
    <name>BoxDetailPanel</name>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="28"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="29"/>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="30"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="31"/>
        <source>Contents (German)</source>
        <translation>Вміст (німецькою)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="32"/>
        <source>Contents (Ukrainian)</source>
        <translation>Вміст (українською)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="33"/>
        <source>Contents (English)</source>
        <translation>Вміст (англійською)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="34"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="35"/>
        <source>Net / gross kg</source>
        <translation>Нетто / брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="36"/>
        <source>Value per unit</source>
        <translation>Вартість за одиницю</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="37"/>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="38"/>
        <source>Expiry</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="39"/>
        <source>Origin</source>
        <translation>Походження</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="40"/>
        <source>Serial / VIN</source>
        <translation>Серійний № / VIN</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="41"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="42"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="43"/>
        <source>Intake</source>
        <translation>Приймання</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="49"/>
        <location filename="../../ui/stock/box_detail.py" line="103"/>
        <source>Select a box or scan its label</source>
        <translation>Виберіть ящик або скануйте його етикетку</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="63"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="64"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="65"/>
        <source>From → to</source>
        <translation>Звідки → куди</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="66"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="67"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="84"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="116"/>
        <source>used, %1 % wear</source>
        <translation>вживане, знос %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="127"/>
        <source>new</source>
        <translation>нове</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="131"/>
        <source>pallet %1 at %2</source>
        <translation>піддон %1, місце %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_detail.py" line="135"/>
        <source>donation %1, %2</source>
        <translation>пожертва %1, %2</translation>
    </message>
</context>
<context>
    <name>CapacityGauges</name>
    <message>
        <location filename="../../ui/convoys/gauges.py" line="14"/>
        <source>Capacity</source>
        <translation>Завантаженість</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/gauges.py" line="31"/>
        <source>pallet places</source>
        <translation>місць для піддонів</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/gauges.py" line="36"/>
        <source>Whole convoy</source>
        <translation>Увесь конвой</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/gauges.py" line="39"/>
        <source>boxes</source>
        <translation>ящ.</translation>
    </message>
</context>
<context>
    <name>CategorySource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="126"/>
        <source>German</source>
        <translation>Німецькою</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="127"/>
        <source>English</source>
        <translation>Англійською</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="128"/>
        <source>Ukrainian</source>
        <translation>Українською</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="129"/>
        <source>HS code</source>
        <translation>Код УКТЗЕД</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="130"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="131"/>
        <source>Value EUR</source>
        <translation>Вартість, EUR</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="132"/>
        <source>Min. shelf life (days)</source>
        <translation>Мін. термін придатності (днів)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="133"/>
        <source>Vehicle</source>
        <translation>Транспортний засіб</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="134"/>
        <source>UN number</source>
        <translation>Номер ООН</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="135"/>
        <source>Export note</source>
        <translation>Примітка щодо експорту</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="150"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="161"/>
        <source>German name</source>
        <translation>Назва німецькою</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="162"/>
        <source>English name</source>
        <translation>Назва англійською</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="163"/>
        <source>Ukrainian name</source>
        <translation>Назва українською</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="164"/>
        <source>HS code (6 digits) or UKTZED (10)</source>
        <translation>Код HS (6 цифр) або УКТЗЕД (10)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="165"/>
        <source>Default unit</source>
        <translation>Одиниця за замовчуванням</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="166"/>
        <source>Default value per unit (EUR)</source>
        <translation>Вартість за одиницю за замовчуванням (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="167"/>
        <source>Expiry date required</source>
        <translation>Потрібен термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="169"/>
        <source>Minimum shelf life at departure (days)</source>
        <translation>Мінімальний залишок терміну при відправленні (днів)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="171"/>
        <source>Vehicle (needs a VIN)</source>
        <translation>Транспортний засіб (потрібен VIN)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="172"/>
        <source>UN number (dangerous goods)</source>
        <translation>Номер ООН (небезпечні вантажі)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="173"/>
        <source>Proper shipping name (ADR)</source>
        <translation>Належне відвантажувальне найменування (ДОПНВ)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="174"/>
        <source>ADR class</source>
        <translation>Клас ДОПНВ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="175"/>
        <source>Packing group</source>
        <translation>Група упаковки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="178"/>
        <source>ADR transport category</source>
        <translation>Транспортна категорія ДОПНВ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="180"/>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="182"/>
        <source>AHARS goods category</source>
        <translation>Категорія товару в АСГД</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="183"/>
        <source>Export attention note</source>
        <translation>Примітка щодо експорту</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="184"/>
        <source>In use</source>
        <translation>Використовується</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="196"/>
        <source>New category</source>
        <translation>Нова категорія</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="197"/>
        <source>Category %1</source>
        <translation>Категорія %1</translation>
    </message>
</context>
<context>
    <name>ConvoyCorrections</name>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="87"/>
        <source>Remove from convoy (%1)</source>
        <translation>Зняти з конвою (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="90"/>
        <source>Move to vehicle…</source>
        <translation>Перемістити на транспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="96"/>
        <source>Edit vehicle %1…</source>
        <translation>Редагувати транспорт %1…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="116"/>
        <source>Remove from convoy</source>
        <translation>Зняти з конвою</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="117"/>
        <source>%1 of them are loaded on a truck. Unload them to:</source>
        <translation>%1 з них завантажено у вантажівку. Розвантажити до:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="145"/>
        <source>%1 taken off convoy %2.</source>
        <translation>%1 знято з конвою %2.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="161"/>
        <source>The convoy has no vehicle yet: add one first.</source>
        <translation>У конвої ще немає транспорту: спершу додайте його.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="164"/>
        <source>Move to vehicle</source>
        <translation>Перемістити на транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="164"/>
        <source>Vehicle:</source>
        <translation>Транспорт:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="185"/>
        <source>%1 now on vehicle %2.</source>
        <translation>%1 тепер на транспорті %2.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="210"/>
        <source>Take off the convoy</source>
        <translation>Зняти з конвою</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/corrections.py" line="211"/>
        <source>Take %1 off the convoy?</source>
        <translation>Зняти %1 з конвою?</translation>
    </message>
</context>
<context>
    <name>ConvoyDialog</name>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="19"/>
        <source>New convoy</source>
        <translation>Новий конвой</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="33"/>
        <source>ATLAS export MRN, when the customs office gave one</source>
        <translation>MRN експорту ATLAS, коли митниця його видала</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="35"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="36"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="37"/>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="38"/>
        <source>Delivery place</source>
        <translation>Місце доставки</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="39"/>
        <source>Border crossing</source>
        <translation>Пункт пропуску</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="40"/>
        <source>Departure</source>
        <translation>Відправлення</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="41"/>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="42"/>
        <source>Aid code</source>
        <translation>Код допомоги</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="43"/>
        <source>Aid code valid until</source>
        <translation>Код допомоги дійсний до</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/convoy_dialog.py" line="44"/>
        <source>Export MRN</source>
        <translation>MRN експорту</translation>
    </message>
</context>
<context>
    <name>ConvoyView</name>
    <message>
        <location filename="../../ui/convoys/view.py" line="70"/>
        <source>New convoy…</source>
        <translation>Новий конвой…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="87"/>
        <source>Vehicle / pallet / box</source>
        <translation>Транспорт / піддон / ящик</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="88"/>
        <location filename="../../ui/convoys/view.py" line="108"/>
        <source>Boxes</source>
        <translation>Ящики</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="89"/>
        <location filename="../../ui/convoys/view.py" line="108"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="90"/>
        <source>Loaded</source>
        <translation>Завантажено</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="91"/>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="92"/>
        <source>Expiry</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="108"/>
        <source>Association / category</source>
        <translation>Організація / категорія</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="116"/>
        <source>Vehicles</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="117"/>
        <source>Per association and category</source>
        <translation>За організаціями та категоріями</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="118"/>
        <source>Readiness</source>
        <translation>Готовність</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="121"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="122"/>
        <source>Add vehicle…</source>
        <translation>Додати транспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="123"/>
        <source>Choose goods…</source>
        <translation>Вибрати товари…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="124"/>
        <source>Start loading</source>
        <translation>Почати завантаження</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="125"/>
        <source>Mark ready</source>
        <translation>Позначити готовим</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="126"/>
        <location filename="../../ui/convoys/view.py" line="361"/>
        <source>Depart</source>
        <translation>Відправлення</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="127"/>
        <source>Confirm delivery…</source>
        <translation>Підтвердити доставку…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="128"/>
        <source>Print papers…</source>
        <translation>Друкувати документи…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="229"/>
        <source>No convoy yet: create one.</source>
        <translation>Ще немає конвою: створіть його.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="269"/>
        <source>not on a vehicle yet</source>
        <translation>ще не на транспорті</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="283"/>
        <source>loose boxes</source>
        <translation>окремі ящики</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="286"/>
        <location filename="../../ui/convoys/view.py" line="307"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="317"/>
        <source>Association</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="317"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="329"/>
        <source>Readiness (%1)</source>
        <translation>Готовність (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="350"/>
        <source>Convoy %1: %2</source>
        <translation>Конвой %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="363"/>
        <source>Convoy %1 departs now: everything loaded is shipped and nothing of it can change any more. Go ahead?</source>
        <translation>Конвой %1 вирушає: усе завантажене вважається відправленим і більше не змінюється. Продовжити?</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="382"/>
        <source>Convoy %1 departs: its papers are being made and archived…</source>
        <translation>Конвой %1 вирушає: його документи створюються й архівуються…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="400"/>
        <source>Convoy %1 departed; its papers are archived.</source>
        <translation>Конвой %1 вирушив; його документи заархівовано.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="446"/>
        <source>Acknowledge</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="447"/>
        <source>Licence number or MRN for:
%1</source>
        <translation>Номер ліцензії або MRN для:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/view.py" line="457"/>
        <source>Acknowledged.</source>
        <translation>Підтверджено.</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../../ui/needs/page.py" line="21"/>
        <source>&amp;Needs</source>
        <translation>&amp;Потреби</translation>
    </message>
    <message>
        <location filename="../../ui/needs/page.py" line="22"/>
        <source>&amp;Offers</source>
        <translation>П&amp;ропозиції</translation>
    </message>
    <message>
        <location filename="../../ui/needs/page.py" line="23"/>
        <source>&amp;Drop-offs</source>
        <translation>&amp;Записи</translation>
    </message>
</context>
<context>
    <name>CorrectBoxDialog</name>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="40"/>
        <source>Correct box %1</source>
        <translation>Виправити ящик %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="57"/>
        <source>Used goods</source>
        <translation>Вживані товари</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="63"/>
        <source>Has an expiry date</source>
        <translation>Має термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="75"/>
        <source>(on its pallet)</source>
        <translation>(на своєму піддоні)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="80"/>
        <source>Why is this corrected? (kept in the history)</source>
        <translation>Чому виправляється? (зберігається в історії)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="85"/>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="86"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="87"/>
        <source>Contents (German)</source>
        <translation>Вміст (німецькою)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="88"/>
        <source>Contents (Ukrainian)</source>
        <translation>Вміст (українською)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="89"/>
        <source>Contents (English)</source>
        <translation>Вміст (англійською)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="90"/>
        <source>Quantity (%1)</source>
        <translation>Кількість (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="91"/>
        <source>Net kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="92"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="93"/>
        <source>Value per unit (EUR)</source>
        <translation>Вартість за одиницю (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="95"/>
        <source>Wear</source>
        <translation>Знос</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="97"/>
        <source>Expiry date</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="98"/>
        <source>Country of origin</source>
        <translation>Країна походження</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="99"/>
        <source>Serial number or VIN</source>
        <translation>Серійний номер або VIN</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="100"/>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="101"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="32"/>
        <source>%1 older lists</source>
        <translation>старіших списків: %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="35"/>
        <source>Needs of %1: %2</source>
        <translation>Потреби отримувача %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="44"/>
        <source>list %1 (%2): %3 % covered</source>
        <translation>список %1 (%2): покрито %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="51"/>
        <source>, urgent lines %1 %</source>
        <translation>, термінові рядки %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="56"/>
        <source>List %1 (%2):</source>
        <translation>Список %1 (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/coverage_panel.py" line="67"/>
        <source>  %1. %2: %3 of %4 %5 on the convoy</source>
        <translation>  %1. %2: у конвої %3 з %4 %5</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <location filename="../../ui/settings/data.py" line="35"/>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="36"/>
        <source>Backups folder</source>
        <translation>Папка резервних копій</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="37"/>
        <source>This workstation</source>
        <translation>Це робоче місце</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="38"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Зробити копію зараз</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="47"/>
        <source>Hafenlager backs the database up once a day at start and keeps the last 14 backups. To restore one, close Hafenlager on every station and run: hafenlager restore FILE</source>
        <translation>Hafenlager робить резервну копію бази даних раз на день під час запуску і зберігає останні 14 копій. Щоб відновити одну з них, закрийте Hafenlager на всіх робочих місцях і виконайте: hafenlager restore ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="91"/>
        <source>Backup failed</source>
        <translation>Резервне копіювання не вдалося</translation>
    </message>
    <message>
        <location filename="../../ui/settings/data.py" line="86"/>
        <source>Backup written to %1</source>
        <translation>Резервну копію збережено: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryConfirmations</name>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="34"/>
        <source>Delivery confirmations…</source>
        <translation>Підтвердження доставки…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="37"/>
        <source>One PDF per association, in German and Ukrainian: what of its goods was handed over, when and under which act, for its board to forward to donors.</source>
        <translation>Один PDF для кожної організації, німецькою та українською: які з її товарів передано, коли й за яким актом — щоб правління переслало це жертводавцям.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="55"/>
        <source>Save the delivery confirmations in</source>
        <translation>Зберегти підтвердження доставки в</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="73"/>
        <source>Making the delivery confirmations of convoy %1…</source>
        <translation>Створюються підтвердження доставки конвою %1…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="91"/>
        <source>%1 delivery confirmation(s) of convoy %2 saved in %3: %4</source>
        <translation>Підтвердження доставки конвою %2 (%1) збережено в %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/confirmations.py" line="99"/>
        <source>Convoy %1 handed over no goods: there is no delivery confirmation to save.</source>
        <translation>Конвой %1 не передав жодних товарів: немає підтвердження доставки, яке можна зберегти.</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="22"/>
        <source>Confirm delivery</source>
        <translation>Підтвердити доставку</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="29"/>
        <source>number of the signed acceptance act</source>
        <translation>номер підписаного акта приймання-передачі</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="31"/>
        <source>codes of boxes refused: they come back</source>
        <translation>коди ящиків, від яких відмовилися: вони повертаються</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="34"/>
        <source>codes of boxes the recipient did not find (code:quantity for a part)</source>
        <translation>коди ящиків, яких отримувач не знайшов (код:кількість для частини)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="37"/>
        <source>codes of boxes that arrived damaged</source>
        <translation>коди ящиків, що прибули пошкодженими</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="39"/>
        <source>goods that came but are not on the papers</source>
        <translation>товари, що прибули, але яких немає в документах</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="41"/>
        <source>scan or photo of the signed act (PDF, JPG, PNG)</source>
        <translation>скан або фото підписаного акта (PDF, JPG, PNG)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="42"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="47"/>
        <source>Vehicle</source>
        <translation>Транспортний засіб</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="48"/>
        <source>Receipt</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="49"/>
        <source>Signed act</source>
        <translation>Підписаний акт</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="50"/>
        <source>Refused, came back</source>
        <translation>Відмовлено, повернуто</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="51"/>
        <source>Missing</source>
        <translation>Бракує</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="52"/>
        <source>Damaged</source>
        <translation>Пошкоджено</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="53"/>
        <source>Not on the papers</source>
        <translation>Немає в документах</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="71"/>
        <source>The signed acceptance act</source>
        <translation>Підписаний акт приймання-передачі</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/delivery_dialog.py" line="73"/>
        <source>Act (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Акт (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>DisposeBoxDialog</name>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="160"/>
        <source>Dispose of box %1</source>
        <translation>Списати ящик %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="162"/>
        <source>Box %1 (%2) leaves the stock for good. It stays in the history.</source>
        <translation>Ящик %1 (%2) остаточно вибуває із запасу. В історії він залишиться.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="168"/>
        <source>Reason, for example: spoiled, broken</source>
        <translation>Причина, наприклад: зіпсовано, зламано</translation>
    </message>
    <message>
        <location filename="../../ui/stock/box_dialogs.py" line="171"/>
        <source>Dispose</source>
        <translation>Списати</translation>
    </message>
</context>
<context>
    <name>DonorReceiptDialog</name>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="20"/>
        <source>private property</source>
        <translation>приватне майно</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="19"/>
        <source>business property</source>
        <translation>майно підприємства</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="21"/>
        <source>the donor did not say</source>
        <translation>жертводавець не вказав</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="30"/>
        <source>Donor&apos;s receipt for donation %1</source>
        <translation>Довідка для жертводавця про пожертву %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="37"/>
        <source>street, postcode, town</source>
        <translation>вулиця, поштовий індекс, місто</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="42"/>
        <source>ask the donor and choose</source>
        <translation>запитайте жертводавця й виберіть</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="43"/>
        <source>invoices or an appraisal set the value</source>
        <translation>вартість підтверджено рахунками або оцінкою</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="45"/>
        <source>how the value was set (optional)</source>
        <translation>як визначено вартість (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="47"/>
        <source>Donor</source>
        <translation>Жертводавець</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="48"/>
        <source>Donor&apos;s address</source>
        <translation>Адреса жертводавця</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="49"/>
        <source>The goods come from</source>
        <translation>Походження товарів</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="51"/>
        <source>Valuation</source>
        <translation>Оцінка вартості</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="81"/>
        <source>Ask the donor where the goods come from (private or business property) and choose the answer; choose &apos;the donor did not say&apos; if they would not say.</source>
        <translation>Запитайте жертводавця, звідки товари (приватне майно чи майно підприємства), і виберіть відповідь; якщо він не хоче відповідати, виберіть «жертводавець не вказав».</translation>
    </message>
    <message>
        <location filename="../../ui/intake/donor_receipt_dialog.py" line="93"/>
        <source>Save the donor&apos;s receipt</source>
        <translation>Зберегти довідку для жертводавця</translation>
    </message>
</context>
<context>
    <name>DropOffsView</name>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="37"/>
        <source>vehicles</source>
        <translation>авто</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="38"/>
        <source>boxes</source>
        <translation>ящ.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="39"/>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="42"/>
        <source>booked</source>
        <translation>записано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="43"/>
        <source>arrived</source>
        <translation>надійшло</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="44"/>
        <source>missed</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="45"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="48"/>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="49"/>
        <source>Booked</source>
        <translation>Зайнято</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="50"/>
        <source>Free</source>
        <translation>Вільно</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="53"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="54"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="55"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="56"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="57"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="58"/>
        <source>Offered / arrived</source>
        <translation>Заявлено / надійшло</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="75"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="80"/>
        <source>Opening hours…</source>
        <translation>Години прийому…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="88"/>
        <source>Book an offer here…</source>
        <translation>Записати сюди…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="89"/>
        <location filename="../../ui/needs/dropoffs_view.py" line="254"/>
        <source>Close slot</source>
        <translation>Закрити слот</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="90"/>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="91"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="92"/>
        <source>Did not come</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="96"/>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="97"/>
        <source>Copy text</source>
        <translation>Копіювати текст</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="122"/>
        <source>Confirmation for the donor:</source>
        <translation>Підтвердження для жертводавця:</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="175"/>
        <source>Open: %1; slots of %2 min, %3 %4 each</source>
        <translation>Прийом: %1; слоти по %2 хв, по %3 %4 кожен</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="185"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="199"/>
        <location filename="../../ui/needs/dropoffs_view.py" line="202"/>
        <source>%1 boxes, %2 kg</source>
        <translation>%1 ящ., %2 кг</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="254"/>
        <source>Open slot</source>
        <translation>Відкрити слот</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="285"/>
        <source>No accepted offer waits for a slot: accept one first.</source>
        <translation>Жодна прийнята пропозиція не чекає на слот: спершу прийміть пропозицію.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="290"/>
        <source>Book %1</source>
        <translation>Запис на %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="291"/>
        <source>Which offer?</source>
        <translation>Яку пропозицію?</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="299"/>
        <source>Booked: offer %1 at %2.</source>
        <translation>Записано: пропозиція %1 на %2.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="309"/>
        <source>Slot %1 opened.</source>
        <translation>Слот %1 відкрито.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="309"/>
        <source>Slot %1 closed.</source>
        <translation>Слот %1 закрито.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="322"/>
        <source>No other slot is free in the next three weeks.</source>
        <translation>У найближчі три тижні немає іншого вільного слота.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="325"/>
        <source>Move %1</source>
        <translation>Перенести %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="326"/>
        <source>To which slot?</source>
        <translation>На який слот?</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="334"/>
        <source>%1 moved to %2.</source>
        <translation>%1 перенесено на %2.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="342"/>
        <source>%1: did not come.</source>
        <translation>%1: не прийшли.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="342"/>
        <source>%1 cancelled.</source>
        <translation>%1 скасовано.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="360"/>
        <source>Opening hours saved.</source>
        <translation>Години прийому збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="364"/>
        <source>Opening hours saved. %1 booked appointments lie outside them: move them and tell the donors: %2</source>
        <translation>Години роботи збережено. %1 записів тепер поза ними: перенесіть їх і повідомте жертводавців: %2</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="382"/>
        <source>Save the confirmation</source>
        <translation>Зберегти підтвердження</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="395"/>
        <source>The confirmation was not saved: %1</source>
        <translation>Підтвердження не збережено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="399"/>
        <source>Confirmation saved: %1</source>
        <translation>Підтвердження збережено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/dropoffs_view.py" line="412"/>
        <source>The confirmation of %1 is copied: paste it into the e-mail or chat.</source>
        <translation>Підтвердження %1 скопійовано: вставте його в лист або чат.</translation>
    </message>
</context>
<context>
    <name>ExpectedDropOffs</name>
    <message>
        <location filename="../../ui/intake/expected.py" line="30"/>
        <location filename="../../ui/intake/expected.py" line="53"/>
        <source>No appointment (%1 expected today)</source>
        <translation>Без запису (сьогодні очікується: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/expected.py" line="82"/>
        <source>%1: offered %2 boxes, %3 kg; arrived %4 boxes, %5 kg.</source>
        <translation>%1: запропоновано ящиків %2, %3 кг; прибуло ящиків %4, %5 кг.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/expected.py" line="92"/>
        <source>More boxes came than were offered.</source>
        <translation>Прибуло більше ящиків, ніж запропоновано.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/expected.py" line="94"/>
        <source>Fewer boxes so far than were offered.</source>
        <translation>Поки що ящиків менше, ніж запропоновано.</translation>
    </message>
</context>
<context>
    <name>ExpiringActions</name>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="27"/>
        <source>Dispose of selected…</source>
        <translation>Утилізувати вибрані…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="28"/>
        <source>Put on a convoy…</source>
        <translation>До конвою…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="43"/>
        <source>Dispose of %1 boxes</source>
        <translation>Утилізувати ящики (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="44"/>
        <source>Why (e.g. expired, spoiled)?</source>
        <translation>Чому (наприклад, прострочено, зіпсовано)?</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="53"/>
        <source>%1 boxes disposed of.</source>
        <translation>Утилізовано ящиків: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="63"/>
        <source>No convoy is being planned or loaded.</source>
        <translation>Жоден конвой зараз не планується і не завантажується.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="66"/>
        <source>Put on a convoy</source>
        <translation>До конвою</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="66"/>
        <source>Which convoy?</source>
        <translation>Який конвой?</translation>
    </message>
    <message>
        <location filename="../../ui/reports/expiring_actions.py" line="77"/>
        <source>%1 boxes reserved for %2.</source>
        <translation>Зарезервовано ящиків для %2: %1.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="30"/>
        <source>Create the hall&apos;s admin</source>
        <translation>Створення адміністратора залу</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="33"/>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="40"/>
        <source>&amp;Name</source>
        <translation>&amp;Ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="41"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="42"/>
        <source>PIN &amp;again</source>
        <translation>PIN-код &amp;ще раз</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="43"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="44"/>
        <source>&amp;Station</source>
        <translation>&amp;Робоче місце</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="49"/>
        <source>Create admin</source>
        <translation>Створити адміністратора</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="57"/>
        <source>This hall has nobody yet. You become its admin: you add the other people and give them their roles. Choose a PIN of 4 to 6 digits and keep it to yourself.</source>
        <translation>У цьому залі ще нікого немає. Ви станете його адміністратором: ви додаєте інших користувачів і призначаєте їм ролі. Виберіть PIN-код із 4–6 цифр і нікому його не повідомляйте.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="73"/>
        <source>Give this workstation a name, for example Halle-PC-1.</source>
        <translation>Дайте цьому робочому місцю назву, наприклад Halle-PC-1.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/first_admin.py" line="77"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN-коди не збігаються: введіть той самий PIN-код двічі.</translation>
    </message>
</context>
<context>
    <name>GoodsDialog</name>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="55"/>
        <source>Choose goods for %1</source>
        <translation>Вибрати товари для %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="58"/>
        <source>All owners</source>
        <translation>Усі власники</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="62"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="66"/>
        <source>All locations</source>
        <translation>Усі місця</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="70"/>
        <source>Any expiry</source>
        <translation>Будь-який термін</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="73"/>
        <source>expiring within %1 months</source>
        <translation>термін спливає за %1 міс.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="76"/>
        <source>no vehicle yet</source>
        <translation>ще без транспорту</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="84"/>
        <source>Pallet</source>
        <translation>Піддон</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="85"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="86"/>
        <source>Boxes</source>
        <translation>Ящики</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="87"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="88"/>
        <source>Earliest expiry</source>
        <translation>Найраніший термін</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="89"/>
        <source>Owners</source>
        <translation>Власники</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="101"/>
        <source>Put the selected pallets on the vehicle</source>
        <translation>Поставити вибрані піддони на транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="103"/>
        <source>From needs list…</source>
        <translation>Зі списку потреб…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="113"/>
        <source>Vehicle:</source>
        <translation>Транспорт:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="173"/>
        <source>vehicle %1</source>
        <translation>транспортного засобу %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="173"/>
        <source>the convoy</source>
        <translation>конвою</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="176"/>
        <source>Reserved for %1 (pallets: %2, %3 kg gross): %4.</source>
        <translation>Зарезервовано для %1 (піддонів: %2, %3 кг брутто): %4.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="195"/>
        <source>Reserved from needs list %1: %2 pallets, %3 loose boxes, %4 kg gross.</source>
        <translation>Зарезервовано зі списку потреб %1: піддонів %2, окремих ящиків %3, %4 кг брутто.</translation>
    </message>
</context>
<context>
    <name>HallSettings</name>
    <message>
        <location filename="../../ui/settings/hall.py" line="33"/>
        <source>Sender (association)</source>
        <translation>Відправник (організація)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="34"/>
        <source>Street and number</source>
        <translation>Вулиця та номер будинку</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="35"/>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="36"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="37"/>
        <source>Country code</source>
        <translation>Код країни</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="38"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="39"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="40"/>
        <source>Register entry (Vereinsregister)</source>
        <translation>Запис у реєстрі (Vereinsregister)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="57"/>
        <source>Ukrainian</source>
        <translation>Українською</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="58"/>
        <source>English</source>
        <translation>Англійською</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="59"/>
        <source>German</source>
        <translation>Німецькою</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="67"/>
        <source>Convoy papers for destination</source>
        <translation>Документи конвою для країни</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="69"/>
        <source>Print a fourth CMR copy for the files</source>
        <translation>Друкувати четвертий примірник CMR для архіву</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="81"/>
        <source>These details are printed as the sender on labels and convoy documents.</source>
        <translation>Ці дані друкуються як відправник на етикетках і документах конвою.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="94"/>
        <source>The sender&apos;s name cannot be empty.</source>
        <translation>Назва відправника не може бути порожньою.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="105"/>
        <source>Destination country: two letters, such as UA or MD.</source>
        <translation>Країна призначення: дві літери, наприклад UA або MD.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/hall.py" line="108"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="19"/>
        <source>vehicles</source>
        <translation>авто</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="20"/>
        <source>boxes</source>
        <translation>ящ.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="21"/>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="27"/>
        <source>Drop-off opening hours</source>
        <translation>Години прийому доставок</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="60"/>
        <source>Each slot lasts</source>
        <translation>Тривалість слота</translation>
    </message>
    <message>
        <location filename="../../ui/needs/hours_dialog.py" line="61"/>
        <source>Each slot takes</source>
        <translation>Місткість слота</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="35"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="36"/>
        <source>HS code</source>
        <translation>Код HS</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="37"/>
        <source>Contents (German)</source>
        <translation>Вміст (німецькою)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="38"/>
        <source>Contents (Ukrainian)</source>
        <translation>Вміст (українською)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="39"/>
        <source>Contents (English)</source>
        <translation>Вміст (англійською)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="40"/>
        <source>Quantity per box</source>
        <translation>Кількість в ящику</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="41"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="42"/>
        <source>Number of boxes</source>
        <translation>Кількість ящиків</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="43"/>
        <source>Net kg per box</source>
        <translation>Нетто кг на ящик</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="44"/>
        <source>Gross kg per box</source>
        <translation>Брутто кг на ящик</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="45"/>
        <source>Best before</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="46"/>
        <source>Value per unit (EUR)</source>
        <translation>Вартість за одиницю (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="47"/>
        <source>Country of origin</source>
        <translation>Країна походження</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="48"/>
        <source>Serial number or VIN</source>
        <translation>Серійний номер або VIN</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="60"/>
        <source>Import a donation list</source>
        <translation>Імпорт списку пожертв</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="68"/>
        <source>%1: %2 rows. Check what each column holds, then Check.</source>
        <translation>%1: %2 рядків. Перевірте, що містить кожен стовпець, потім «Перевірити».</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="82"/>
        <source>(not imported)</source>
        <translation>(не імпортується)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="93"/>
        <source>Accept unusual figures (I have checked them)</source>
        <translation>Прийняти незвичні значення (я їх перевірив)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="97"/>
        <source>&amp;Check</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="98"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="100"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="144"/>
        <source>Ready: %1 rows, %2 boxes, one donation. Import saves them all.</source>
        <translation>Готово: %1 рядків, %2 ящиків, одна пожертва. «Імпортувати» збереже все.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="151"/>
        <source>Row %1</source>
        <translation>Рядок %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/import_dialog.py" line="157"/>
        <source>%1 problem(s): nothing will be imported until they are corrected.</source>
        <translation>Проблем: %1. Нічого не буде імпортовано, доки їх не виправлено.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/view.py" line="79"/>
        <source>Donor (optional)</source>
        <translation>Жертводавець (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="81"/>
        <source>New donation</source>
        <translation>Нова пожертва</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="82"/>
        <source>Import list…</source>
        <translation>Імпорт списку…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="83"/>
        <source>List template…</source>
        <translation>Шаблон списку…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="104"/>
        <source>Type to find a category</source>
        <translation>Почніть вводити, щоб знайти категорію</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="109"/>
        <source>optional</source>
        <translation>необов&apos;язково</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="117"/>
        <source>net + %1 kg packaging</source>
        <translation>нетто + %1 кг упаковки</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="120"/>
        <source>Used</source>
        <translation>Вживане</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="126"/>
        <location filename="../../ui/intake/view.py" line="296"/>
        <source>31.12.2027 or 12.2027</source>
        <translation>31.12.2027 або 12.2027</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="139"/>
        <source> (at most %1)</source>
        <translation> (не більше %1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="141"/>
        <source>Save and print labels (F9)</source>
        <translation>Зберегти й надрукувати етикетки (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="206"/>
        <source>Expected today</source>
        <translation>Очікуються сьогодні</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="152"/>
        <source>&amp;Association</source>
        <translation>&amp;Організація</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="153"/>
        <source>Delivered by</source>
        <translation>Доставив</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="162"/>
        <source>&amp;Category</source>
        <translation>&amp;Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="163"/>
        <source>Contents (&amp;German)</source>
        <translation>Вміст (&amp;німецькою)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="164"/>
        <source>Contents (&amp;Ukrainian)</source>
        <translation>Вміст (&amp;українською)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="165"/>
        <source>Contents (English)</source>
        <translation>Вміст (англійською)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="169"/>
        <source>&amp;Quantity per box</source>
        <translation>К&amp;ількість в ящику</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="172"/>
        <source>&amp;Net kg per box</source>
        <translation>Н&amp;етто, кг на ящик</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="173"/>
        <source>Gross kg per box</source>
        <translation>Брутто, кг на ящик</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="174"/>
        <source>Value per unit (EUR)</source>
        <translation>Вартість за одиницю (EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="179"/>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="180"/>
        <source>&amp;Expiry date</source>
        <translation>&amp;Термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="181"/>
        <source>Country of origin</source>
        <translation>Країна походження</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="182"/>
        <source>Serial number or VIN</source>
        <translation>Серійний номер або VIN</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="184"/>
        <source>&amp;Location</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="185"/>
        <source>Number of identical &amp;boxes</source>
        <translation>Кількість однакових &amp;ящиків</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="255"/>
        <source>%1 brings it without an association: choose whose goods they are.</source>
        <translation>%1 привозить без організації: виберіть, кому належать ці товари.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="269"/>
        <source>The next save starts a new donation.</source>
        <translation>Наступне збереження почне нову пожертву.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="294"/>
        <source>required: 31.12.2027 or 12.2027</source>
        <translation>обов&apos;язково: 31.12.2027 або 12.2027</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="275"/>
        <source>Donation %1 is open: the next save adds to it.</source>
        <translation>Пожертва %1 відкрита: наступне збереження додасть до неї.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="376"/>
        <source>Saved %1 box(es): %2.</source>
        <translation>Збережено ящиків: %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="385"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Етикетки не надруковано: %1 Вони чекають у списку передруку.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="391"/>
        <source>Labels printed.</source>
        <translation>Етикетки надруковано.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="402"/>
        <source>Choose the association that owns the goods first.</source>
        <translation>Спершу виберіть організацію, якій належать товари.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="406"/>
        <source>Import a donation list</source>
        <translation>Імпорт списку пожертв</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="406"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Таблиці (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="426"/>
        <source>Save the list template</source>
        <translation>Зберегти шаблон списку</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="435"/>
        <source>The template was not saved: %1</source>
        <translation>Шаблон не збережено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="439"/>
        <source>Template saved to %1.</source>
        <translation>Шаблон збережено: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="452"/>
        <source>Printing %1 labels…</source>
        <translation>Друк етикеток: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="452"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="455"/>
        <source>Printing</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="471"/>
        <source>Please check</source>
        <translation>Будь ласка, перевірте</translation>
    </message>
</context>
<context>
    <name>LocationLabels</name>
    <message>
        <location filename="../../ui/settings/locations.py" line="30"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="30"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="30"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="39"/>
        <source>Print labels of the selected locations</source>
        <translation>Друкувати етикетки вибраних місць</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="45"/>
        <source>Print the control sheet</source>
        <translation>Друкувати аркуш керуючих кодів</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="68"/>
        <source>Control sheet printed.</source>
        <translation>Аркуш керуючих кодів надруковано.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="86"/>
        <source>Select one or more locations first.</source>
        <translation>Спершу виберіть одне або кілька місць.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="72"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Етикетки не надруковано: %1 Вони чекають у списку передруку.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/locations.py" line="92"/>
        <source>Location labels printed.</source>
        <translation>Етикетки місць надруковано.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Hafenlager – donation hall Dortmund harbour</source>
        <translation>Hafenlager – склад пожертв, порт Дортмунда</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Scan</source>
        <translation>Сканування</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Intake</source>
        <translation>Приймання</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Stock</source>
        <translation>Запаси</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Convoys</source>
        <translation>Конвої</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Needs &amp; offers</source>
        <translation>Координація</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Activity</source>
        <translation>Журнал дій</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Switch person</source>
        <translation>Змінити користувача</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Lock this station for the next person (Ctrl+L)</source>
        <translation>Заблокувати робоче місце для наступного користувача (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Language of the screens, for this volunteer</source>
        <translation>Мова екранів для цього волонтера</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Signed in: %1</source>
        <translation>Користувач: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source> · volunteer terminal</source>
        <translation> · термінал волонтерів</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>%1 (%2) · Station: %3%4</source>
        <translation>%1 (%2) · Робоче місце: %3%4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Daily backup written: %1</source>
        <translation>Щоденну резервну копію збережено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Daily backup failed: %1</source>
        <translation>Щоденна резервна копія не вдалася: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>The daily backup failed – see the status bar.</source>
        <translation>Щоденна резервна копія не вдалася – див. рядок стану.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Box %1</source>
        <translation>Ящик %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>Pallet %1</source>
        <translation>Піддон %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Location %1</source>
        <translation>Місце %1</translation>
    </message>
</context>
<context>
    <name>NeedLineDialog</name>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="20"/>
        <source>urgent</source>
        <translation>терміново</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="21"/>
        <source>normal</source>
        <translation>звичайно</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="22"/>
        <source>nice to have</source>
        <translation>бажано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="34"/>
        <source>New need line</source>
        <translation>Новий рядок потреби</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="36"/>
        <source>Need line %1</source>
        <translation>Рядок потреби %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="43"/>
        <source>(no category)</source>
        <translation>(без категорії)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="55"/>
        <source>needed by</source>
        <translation>потрібно до</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="69"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="70"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="71"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="72"/>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="73"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/needs/need_line_dialog.py" line="74"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>NeedsFillDialog</name>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="41"/>
        <source>urgent</source>
        <translation>терміново</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="42"/>
        <source>normal</source>
        <translation>звичайно</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="43"/>
        <source>nice to have</source>
        <translation>бажано</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="221"/>
        <source>Fill %1 from a needs list</source>
        <translation>Заповнити %1 зі списку потреб</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="226"/>
        <source>%1, list %2: %3</source>
        <translation>%1, список %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="233"/>
        <source>any vehicle with room</source>
        <translation>будь-який транспорт із місцем</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="240"/>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="241"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="242"/>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="243"/>
        <source>Requested</source>
        <translation>Запитано</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="244"/>
        <source>On the convoy</source>
        <translation>У конвої</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="245"/>
        <source>Taken now</source>
        <translation>Береться зараз</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="246"/>
        <source>Still missing</source>
        <translation>Ще бракує</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="254"/>
        <source>Reserve</source>
        <translation>Зарезервувати</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="259"/>
        <source>Needs list:</source>
        <translation>Список потреб:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="261"/>
        <source>Vehicle:</source>
        <translation>Транспорт:</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="288"/>
        <source>No needs list of this convoy&apos;s recipient yet: import one on the Needs page.</source>
        <translation>Від отримувача цього конвою ще немає списку потреб: імпортуйте його на вкладці «Потреби».</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="304"/>
        <source>(no room left)</source>
        <translation>(місця більше немає)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="306"/>
        <source>(%1 more on pallets with other goods)</source>
        <translation>(ще %1 на піддонах з іншими товарами)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="328"/>
        <source>Takes pallets: %1, loose boxes: %2, %3 kg gross. After it: %4 of %5 kg, %6 of %7 pallet places.</source>
        <translation>Береться піддонів: %1, окремих ящиків: %2, %3 кг брутто. Після цього: %4 з %5 кг, %6 з %7 місць для піддонів.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="341"/>
        <source>The convoy has no recipient yet: reserving makes it %1.</source>
        <translation>У конвою ще немає отримувача: після резервування ним стане %1.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/goods_dialog.py" line="344"/>
        <source>Nothing in the hall can go for this list now.</source>
        <translation>Зараз на складі немає нічого для цього списку.</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <location filename="../../ui/needs/view.py" line="38"/>
        <source>urgent</source>
        <translation>терміново</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="39"/>
        <source>normal</source>
        <translation>звичайно</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="40"/>
        <source>nice to have</source>
        <translation>бажано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="72"/>
        <source>Import needs list…</source>
        <translation>Імпорт списку потреб…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="76"/>
        <source>Shortage list…</source>
        <translation>Список нестачі…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="44"/>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="45"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="46"/>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="47"/>
        <source>Needed by</source>
        <translation>Потрібно до</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="52"/>
        <source>Requested</source>
        <translation>Запитано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="49"/>
        <source>In the hall</source>
        <translation>На складі</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="48"/>
        <source>Missing</source>
        <translation>Бракує</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="50"/>
        <source>On convoys</source>
        <translation>У конвоях</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="51"/>
        <source>Offered</source>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="54"/>
        <source>Owners</source>
        <translation>Власники</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="58"/>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="59"/>
        <source>partly covered</source>
        <translation>частково покрито</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="60"/>
        <source>covered</source>
        <translation>покрито</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="61"/>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="74"/>
        <source>Needs list template…</source>
        <translation>Шаблон списку потреб…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="77"/>
        <source>New list…</source>
        <translation>Новий список…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="78"/>
        <source>Add line…</source>
        <translation>Додати рядок…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="79"/>
        <source>Edit line…</source>
        <translation>Змінити рядок…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="80"/>
        <source>Status…</source>
        <translation>Статус…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="89"/>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="159"/>
        <source>All recipients</source>
        <translation>Усі отримувачі</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="169"/>
        <source>%1 – %2 (%3 lines)</source>
        <translation>%1 – %2 (рядків: %3)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="252"/>
        <location filename="../../ui/needs/view.py" line="320"/>
        <source>Choose the recipient whose list it is first.</source>
        <translation>Спершу виберіть отримувача, чий це список.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="256"/>
        <source>New needs list</source>
        <translation>Новий список потреб</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="256"/>
        <source>Title of the list</source>
        <translation>Назва списку</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="265"/>
        <source>Needs list %1 started: add its lines.</source>
        <translation>Список потреб %1 створено: додайте його рядки.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="281"/>
        <source>Need line saved.</source>
        <translation>Рядок потреби збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="293"/>
        <source>Status of the line</source>
        <translation>Статус рядка</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="293"/>
        <source>The line is</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="303"/>
        <source>Status saved.</source>
        <translation>Статус збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="324"/>
        <source>Import a needs list</source>
        <translation>Імпорт списку потреб</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="324"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Таблиці (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="336"/>
        <source>Row %1</source>
        <translation>Рядок %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="341"/>
        <source>Nothing was imported:</source>
        <translation>Нічого не імпортовано:</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="343"/>
        <source>%1 lines imported.</source>
        <translation>Імпортовано рядків: %1.</translation>
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
        <translation>Зберегти список нестачі</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="373"/>
        <source>The shortage list was not saved: %1</source>
        <translation>Список нестачі не збережено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="378"/>
        <source>%1 lines still short, saved to %2.</source>
        <translation>Рядків із нестачею: %1, збережено: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="391"/>
        <source>Save the needs list template</source>
        <translation>Зберегти шаблон списку потреб</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="402"/>
        <source>The template was not saved: %1</source>
        <translation>Шаблон не збережено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/view.py" line="406"/>
        <source>Template saved to %1.</source>
        <translation>Шаблон збережено: %1.</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="27"/>
        <source>New offer</source>
        <translation>Нова пропозиція</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="29"/>
        <source>Offer %1</source>
        <translation>Пропозиція %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="36"/>
        <source>phone or e-mail</source>
        <translation>телефон або ел. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="38"/>
        <source>(a citizen, no association)</source>
        <translation>(приватна особа, без організації)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="42"/>
        <source>(not sure)</source>
        <translation>(не визначено)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="53"/>
        <source>only for a vehicle</source>
        <translation>лише для транспортного засобу</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="54"/>
        <source>only between</source>
        <translation>лише в період</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="75"/>
        <source>Offered by</source>
        <translation>Хто пропонує</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="76"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="77"/>
        <source>Association</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="78"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="79"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="82"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="84"/>
        <source>Weight (kg, about)</source>
        <translation>Вага (кг, приблизно)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="85"/>
        <source>Boxes</source>
        <translation>Ящики</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="86"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="89"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offer_dialog.py" line="90"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="40"/>
        <source>open</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="41"/>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="42"/>
        <source>declined</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="43"/>
        <source>arrived</source>
        <translation>надійшло</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="44"/>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="47"/>
        <source>not needed now</source>
        <translation>зараз не потрібно</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="48"/>
        <source>goods the hall does not accept</source>
        <translation>товари, які склад не приймає</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="49"/>
        <source>quality</source>
        <translation>якість</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="52"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="53"/>
        <source>Offered by</source>
        <translation>Хто пропонує</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="54"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="55"/>
        <source>About</source>
        <translation>Орієнтовно</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="56"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="58"/>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="57"/>
        <source>Appointment</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="68"/>
        <source>Still coming</source>
        <translation>Ще очікуються</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="69"/>
        <source>All offers</source>
        <translation>Усі пропозиції</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="72"/>
        <source>New offer…</source>
        <translation>Нова пропозиція…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="73"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="74"/>
        <source>Accept…</source>
        <translation>Прийняти…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="75"/>
        <source>Decline…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="76"/>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="77"/>
        <source>Add photo…</source>
        <translation>Додати фото…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="78"/>
        <source>Photos…</source>
        <translation>Фото…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="79"/>
        <source>Import offers…</source>
        <translation>Імпорт пропозицій…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="80"/>
        <source>Offers template…</source>
        <translation>Шаблон пропозицій…</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="89"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="149"/>
        <source>%1 boxes</source>
        <translation>%1 ящ.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="210"/>
        <source>Offer %1 recorded.</source>
        <translation>Пропозицію %1 записано.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="221"/>
        <source>Offer %1 saved.</source>
        <translation>Пропозицію %1 збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="231"/>
        <source>Offer %1 accepted.</source>
        <translation>Пропозицію %1 прийнято.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="235"/>
        <source>Appointment %1 on %2.</source>
        <translation>Запис %1 на %2.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="248"/>
        <source>Decline offer %1</source>
        <translation>Відхилити пропозицію %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="249"/>
        <source>Why is it declined?</source>
        <translation>Чому її відхилено?</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="258"/>
        <source>Offer %1 declined.</source>
        <translation>Пропозицію %1 відхилено.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="264"/>
        <source>Offer %1 withdrawn.</source>
        <translation>Пропозицію %1 відкликано.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="272"/>
        <source>Photo of the offer</source>
        <translation>Фото пропозиції</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="272"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Фото (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="280"/>
        <source>Photo added to offer %1.</source>
        <translation>Фото додано до пропозиції %1.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="307"/>
        <source>Import offers</source>
        <translation>Імпорт пропозицій</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="307"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Таблиці (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="319"/>
        <source>row %1, %2: %3</source>
        <translation>рядок %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="327"/>
        <source>… and %1 more</source>
        <translation>… і ще %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="328"/>
        <source>Nothing was imported:</source>
        <translation>Нічого не імпортовано:</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="330"/>
        <source>%1 offers imported.</source>
        <translation>Імпортовано пропозицій: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="337"/>
        <source>Save the offers template</source>
        <translation>Зберегти шаблон пропозицій</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="346"/>
        <source>The template was not saved: %1</source>
        <translation>Шаблон не збережено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/offers_view.py" line="349"/>
        <source>Template saved: %1</source>
        <translation>Шаблон збережено: %1</translation>
    </message>
</context>
<context>
    <name>PalletDialog</name>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="30"/>
        <source>Pallet %1</source>
        <translation>Піддон %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="36"/>
        <source>%1 · %2 · %3 boxes · net %4 kg · gross %5 kg with tare · owners: %6</source>
        <translation>%1 · %2 · %3 ящ. · нетто %4 кг · брутто %5 кг з піддоном · власники: %6</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="50"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="51"/>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="52"/>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="53"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="54"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="55"/>
        <source>Expiry</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="76"/>
        <source>Print pallet labels (2)</source>
        <translation>Друкувати етикетки піддона (2)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="101"/>
        <source>The labels did not print: %1 They wait in the reprint list.</source>
        <translation>Етикетки не надруковано: %1 Вони чекають у списку передруку.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pallet_dialog.py" line="105"/>
        <source>Pallet labels printed.</source>
        <translation>Етикетки піддона надруковано.</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="55"/>
        <source>Papers of convoy %1</source>
        <translation>Документи конвою %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="59"/>
        <source>All vehicles, with donation letter and summary</source>
        <translation>Усі транспортні засоби, з дарчим листом і зведенням</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="62"/>
        <source>Vehicle %1: %2</source>
        <translation>Транспортний засіб %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="71"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="71"/>
        <source>Copies</source>
        <translation>Примірники</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="89"/>
        <source>file only</source>
        <translation>лише файл</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="98"/>
        <source>Convoy departed: these are the papers archived at departure, checked against their SHA-256.</source>
        <translation>Конвой вирушив: це документи, заархівовані під час відправлення, перевірені за їхнім SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="102"/>
        <source>Made from the current data. At departure the final set is archived.</source>
        <translation>Створено з поточних даних. Під час відправлення остаточний комплект архівується.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="111"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="114"/>
        <source>Pre&amp;view…</source>
        <translation>Попередній пере&amp;гляд…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="115"/>
        <source>&amp;Print all…</source>
        <translation>&amp;Друкувати все…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="116"/>
        <source>Save as &amp;folder…</source>
        <translation>Зберегти в &amp;теку…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="117"/>
        <source>Save as &amp;ZIP…</source>
        <translation>Зберегти як &amp;ZIP…</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="118"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="150"/>
        <source>Packing list</source>
        <translation>Пакувальний лист</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="151"/>
        <source>CMR consignment note (3 originals)</source>
        <translation>Накладна CMR (3 оригінали)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="152"/>
        <source>Pro-forma invoice</source>
        <translation>Рахунок-проформа</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="153"/>
        <source>Acceptance act</source>
        <translation>Акт приймання-передачі</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="154"/>
        <source>Pallet manifests</source>
        <translation>Пакувальні листи піддонів</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="155"/>
        <source>Goods list for the declaration (XLSX and CSV)</source>
        <translation>Перелік товарів для декларації (XLSX і CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="156"/>
        <source>Donation letter (whole convoy)</source>
        <translation>Дарчий лист (весь конвой)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="157"/>
        <source>Convoy summary (whole convoy)</source>
        <translation>Зведення конвою (весь конвой)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="187"/>
        <source>Save the papers in</source>
        <translation>Зберегти документи в</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="194"/>
        <source>Save the papers as ZIP</source>
        <translation>Зберегти документи як ZIP</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="196"/>
        <source>ZIP archive (*.zip)</source>
        <translation>Архів ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="207"/>
        <source>%1 files saved in %2</source>
        <translation>%1 файлів збережено в %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="216"/>
        <source>Papers saved as %1</source>
        <translation>Документи збережено як %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="244"/>
        <source>%1 pages sent to the printer.</source>
        <translation>%1 сторінок надіслано на принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="265"/>
        <source>first %1 of %2 pages; printing prints them all</source>
        <translation>перші %1 з %2 сторінок; друкуються всі</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="293"/>
        <source>Choose at least one document.</source>
        <translation>Виберіть принаймні один документ.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="359"/>
        <source>Printing stopped.</source>
        <translation>Друк зупинено.</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/papers_dialog.py" line="361"/>
        <source>Stopped: no papers were written.</source>
        <translation>Зупинено: жодного документа не записано.</translation>
    </message>
</context>
<context>
    <name>PeopleSettings</name>
    <message>
        <location filename="../../ui/settings/people.py" line="43"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="44"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="45"/>
        <source>Association</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="46"/>
        <source>PIN set</source>
        <translation>PIN-код є</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="47"/>
        <source>Works here</source>
        <translation>Працює тут</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="52"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="53"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="54"/>
        <source>Reset &amp;PIN…</source>
        <translation>Скинути &amp;PIN-код…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="60"/>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="61"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="72"/>
        <source>Lock a station after this long without input:</source>
        <translation>Блокувати робоче місце після бездіяльності протягом:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="86"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="86"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="92"/>
        <source>(the whole hall)</source>
        <translation>(увесь зал)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="116"/>
        <location filename="../../ui/settings/people.py" line="123"/>
        <source>Choose a person in the list first.</source>
        <translation>Спершу виберіть користувача у списку.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="151"/>
        <source>Saved %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/people.py" line="160"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="31"/>
        <source>Change %1</source>
        <translation>Змінити: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="33"/>
        <source>Add a person</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="45"/>
        <source>(the whole hall)</source>
        <translation>(увесь зал)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="49"/>
        <source>Works here</source>
        <translation>Працює тут</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation>&amp;Ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="61"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="62"/>
        <source>&amp;Association</source>
        <translation>&amp;Організація</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="65"/>
        <source>A board member of an association sees that association&apos;s goods only. A lead or an admin needs a PIN; a volunteer without one sets it at the first sign-in.</source>
        <translation>Член правління організації бачить лише товари цієї організації. Керівнику й адміністратору потрібен PIN-код; волонтер без PIN-коду встановлює його під час першого входу.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="72"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-код</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../ui/needs/photo_dialog.py" line="18"/>
        <source>Photos of offer %1</source>
        <translation>Фото до пропозиції %1</translation>
    </message>
    <message>
        <location filename="../../ui/needs/photo_dialog.py" line="33"/>
        <source>%1 cannot be shown.</source>
        <translation>%1 не вдається показати.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="107"/>
        <source>New PIN for %1</source>
        <translation>Новий PIN-код: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="114"/>
        <source>New &amp;PIN</source>
        <translation>Новий &amp;PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="115"/>
        <source>PIN &amp;again</source>
        <translation>PIN-код &amp;ще раз</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="119"/>
        <source>Tell the person their PIN in private; they can sign in with it at once.</source>
        <translation>Повідомте PIN-код цій людині наодинці: з ним можна одразу ввійти.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/person_dialog.py" line="128"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>PIN-коди не збігаються: введіть той самий PIN-код двічі.</translation>
    </message>
</context>
<context>
    <name>ReceivingWindow</name>
    <message>
        <location filename="../../ui/receiving/window.py" line="34"/>
        <source>Receiving convoy %1</source>
        <translation>Приймання конвою %1</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="44"/>
        <source>Expected boxes</source>
        <translation>Очікувалося ящиків</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="45"/>
        <source>Arrived</source>
        <translation>Прибуло</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="46"/>
        <source>Missing</source>
        <translation>Бракує</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="47"/>
        <source>Not on the list</source>
        <translation>Немає в списку</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="54"/>
        <source>Finish and save the receipt</source>
        <translation>Завершити й зберегти розписку</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="59"/>
        <source>Scan each pallet and box of the convoy.</source>
        <translation>Скануйте кожен піддон і ящик конвою.</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="72"/>
        <source>Pallet %1: %2 boxes arrived</source>
        <translation>Піддон %1: прибуло ящиків — %2</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="75"/>
        <source>Box %1: %2</source>
        <translation>Ящик %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="78"/>
        <source>%1 was scanned already</source>
        <translation>%1 уже відскановано</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="79"/>
        <source>%1 is not on the convoy&apos;s list: noted as extra</source>
        <translation>%1 немає в списку конвою: записано як зайве</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="104"/>
        <source>The receipt was not saved: %1</source>
        <translation>Розписку не збережено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receiving/window.py" line="109"/>
        <source>Receipt saved: %1. Send it to the hall.</source>
        <translation>Розписку збережено: %1. Надішліть її на склад.</translation>
    </message>
</context>
<context>
    <name>RecentIntakes</name>
    <message>
        <location filename="../../ui/intake/recent.py" line="35"/>
        <source>Last intakes</source>
        <translation>Останні приймання</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="41"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="42"/>
        <source>Box</source>
        <translation>Ящик</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="43"/>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="44"/>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="45"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="49"/>
        <source>C&amp;orrect…</source>
        <translation>&amp;Виправити…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="50"/>
        <source>&amp;Reprint label</source>
        <translation>&amp;Передрукувати етикетку</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="52"/>
        <source>Goods received note…</source>
        <translation>Акт приймання…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="54"/>
        <source>Donor&apos;s receipt…</source>
        <translation>Довідка жертводавцю…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="130"/>
        <source>Label printed.</source>
        <translation>Етикетку надруковано.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="139"/>
        <source>Save a box first: the note lists a donation&apos;s boxes.</source>
        <translation>Спершу збережіть ящик: акт містить ящики пожертви.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="143"/>
        <source>Goods received note printed.</source>
        <translation>Акт приймання надруковано.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="153"/>
        <source>Save a box first: the receipt is for a donation.</source>
        <translation>Спершу збережіть ящик: довідка видається на пожертву.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/recent.py" line="157"/>
        <source>Donor&apos;s receipt %1 saved.</source>
        <translation>Довідку для жертводавця %1 збережено.</translation>
    </message>
</context>
<context>
    <name>RecipientSource</name>
    <message>
        <location filename="../../ui/settings/records.py" line="312"/>
        <location filename="../../ui/settings/records.py" line="341"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="313"/>
        <location filename="../../ui/settings/records.py" line="343"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="314"/>
        <source>EDRPOU</source>
        <translation>ЄДРПОУ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="315"/>
        <source>Register number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="316"/>
        <source>Vehicles</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="317"/>
        <location filename="../../ui/settings/records.py" line="342"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="332"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="344"/>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="345"/>
        <source>Country code</source>
        <translation>Код країни</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="346"/>
        <source>EDRPOU (8 digits)</source>
        <translation>ЄДРПОУ (8 цифр)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="347"/>
        <source>Register number (humanitarian aid)</source>
        <translation>Реєстраційний номер (гуманітарна допомога)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="348"/>
        <source>May receive vehicles</source>
        <translation>Може отримувати транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="349"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="356"/>
        <source>New recipient</source>
        <translation>Новий отримувач</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/settings/records.py" line="68"/>
        <source>&amp;New…</source>
        <translation>&amp;Новий…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/records.py" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/view.py" line="59"/>
        <source>Received</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="60"/>
        <source>Shipped</source>
        <translation>Відправлено</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="61"/>
        <source>Stock on hand</source>
        <translation>Наявні запаси</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="62"/>
        <source>Expired and expiring</source>
        <translation>Прострочене й на межі терміну</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="66"/>
        <source>Association</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="67"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="68"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="69"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="70"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="71"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="72"/>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="73"/>
        <source>Convoy</source>
        <translation>Конвой</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="77"/>
        <source>Group by:</source>
        <translation>Групувати за:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="101"/>
        <source>All associations</source>
        <translation>Усі організації</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="107"/>
        <source>Report:</source>
        <translation>Звіт:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="109"/>
        <source>From:</source>
        <translation>З:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="112"/>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="115"/>
        <source>Days ahead:</source>
        <translation>Днів наперед:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="132"/>
        <source>Save as PDF/Excel/CSV…</source>
        <translation>Зберегти як PDF/Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="135"/>
        <source>City&apos;s monthly sheet…</source>
        <translation>Місячний звіт для міста…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="136"/>
        <source>The month of the &apos;to&apos; date, on one A4 page or as Excel</source>
        <translation>Місяць дати «по», на одній сторінці A4 або як Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="218"/>
        <source>Rows: %1</source>
        <translation>Рядків: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="247"/>
        <source>Save report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="249"/>
        <source>PDF (*.pdf);;Excel (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="307"/>
        <source>Saving %1…</source>
        <translation>Збереження: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="324"/>
        <source>Saved %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/view.py" line="274"/>
        <source>Save the city&apos;s monthly sheet</source>
        <translation>Зберегти місячний звіт для міста</translation>
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
        <translation>Список передруку (ненадруковані етикетки)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="36"/>
        <source>Waiting</source>
        <translation>Чекає з</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="36"/>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="36"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="38"/>
        <source>&amp;Print again</source>
        <translation>&amp;Друкувати знову</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="39"/>
        <source>Save as P&amp;DF…</source>
        <translation>Зберегти як &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="40"/>
        <source>Pre&amp;view…</source>
        <translation>Попередній пере&amp;гляд…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="41"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="68"/>
        <source>receipt of donation %1</source>
        <translation>акт пожертви %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="88"/>
        <source>Printed.</source>
        <translation>Надруковано.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="96"/>
        <source>Save as PDF</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <location filename="../../ui/intake/reprint_list.py" line="108"/>
        <source>Saved as %1</source>
        <translation>Збережено як %1</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../ui/signin/gates.py" line="45"/>
        <source>Needs a %1: sign in as one (Ctrl+L).</source>
        <translation>Потрібна роль «%1»: увійдіть із цією роллю (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../../ui/widgets/scan_input.py" line="19"/>
        <source>Scan or type a code, then Enter</source>
        <translation>Скануйте або введіть код, потім Enter</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <location filename="../../ui/scan/view.py" line="86"/>
        <source>Look up</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="87"/>
        <source>Put away</source>
        <translation>Розміщення</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="88"/>
        <source>Pack pallet</source>
        <translation>Пакування піддона</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="89"/>
        <source>Unpack</source>
        <translation>Розпакування</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="90"/>
        <source>Stocktake</source>
        <translation>Інвентаризація</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="91"/>
        <source>Load truck</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="92"/>
        <source>Unload</source>
        <translation>Розвантаження</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="113"/>
        <source>Scan a label</source>
        <translation>Скануйте етикетку</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="126"/>
        <source>Yes, do it</source>
        <translation>Так, виконати</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="127"/>
        <source>Undo last scan</source>
        <translation>Скасувати останнє сканування</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="128"/>
        <source>New pallet</source>
        <translation>Новий піддон</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="129"/>
        <location filename="../../ui/scan/view.py" line="272"/>
        <source>Close pallet</source>
        <translation>Закрити піддон</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="130"/>
        <source>Finish stocktake</source>
        <translation>Завершити інвентаризацію</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="132"/>
        <source>Apply the corrections</source>
        <translation>Провести виправлення</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="164"/>
        <source>Last %1 scans</source>
        <translation>Останні %1 сканувань</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="241"/>
        <source>Pallet %1: %2 boxes · %3 pieces · net %4 kg · gross %5 of %6 kg · %7</source>
        <translation>Піддон %1: ящиків %2 · одиниць %3 · нетто %4 кг · брутто %5 з %6 кг · %7</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="273"/>
        <source>Height of the pallet in cm (0 if not measured):</source>
        <translation>Висота піддона в см (0, якщо не виміряно):</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="290"/>
        <source>The manifest waits in the reprint list: %1</source>
        <translation>Пакувальний лист чекає у списку передруку: %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="291"/>
        <source>Manifest printed.</source>
        <translation>Пакувальний лист надруковано.</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="309"/>
        <source>Packing pallet %1</source>
        <translation>Пакування піддона %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="312"/>
        <source>Vehicle %1 (%2) of convoy %3</source>
        <translation>Транспорт %1 (%2) конвою %3</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="319"/>
        <source>Putting away to %1</source>
        <translation>Розміщення на %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="321"/>
        <source>Counting %1</source>
        <translation>Інвентаризація %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan/view.py" line="338"/>
        <source>Booked: %1 found here that were recorded elsewhere; %2 missing moved to quarantine.</source>
        <translation>Проведено: знайдено тут, але записано деінде: %1; відсутні, переміщено в карантин: %2.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings/view.py" line="29"/>
        <source>Hall and sender</source>
        <translation>Склад і відправник</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="30"/>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="31"/>
        <source>Associations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="32"/>
        <source>Recipients</source>
        <translation>Отримувачі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="33"/>
        <source>Locations</source>
        <translation>Місця</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="34"/>
        <source>This station</source>
        <translation>Це робоче місце</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="35"/>
        <source>Data and backups</source>
        <translation>Дані та резервні копії</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="39"/>
        <source>People</source>
        <translation>Користувачі</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin/dialog.py" line="62"/>
        <source>Locked: sign in to go on</source>
        <translation>Заблоковано: увійдіть, щоб продовжити</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="62"/>
        <location filename="../../ui/signin/dialog.py" line="87"/>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="70"/>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="72"/>
        <source>Your PIN (digits)</source>
        <translation>Ваш PIN-код (цифри)</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="81"/>
        <source>&amp;Name</source>
        <translation>&amp;Ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="82"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="83"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="84"/>
        <source>&amp;Station</source>
        <translation>&amp;Робоче місце</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="92"/>
        <source>Close Hafenlager</source>
        <translation>Закрити Hafenlager</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="97"/>
        <source>This station is locked. Pick your name and type your PIN.</source>
        <translation>Це робоче місце заблоковано. Виберіть своє ім’я та введіть PIN-код.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="100"/>
        <source>Pick your name and type your PIN. New here? Type your name and choose a PIN.</source>
        <translation>Виберіть своє ім’я та введіть PIN-код. Ви тут уперше? Введіть своє ім’я та придумайте PIN-код.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="119"/>
        <source>Give this workstation a name, for example Halle-PC-1.</source>
        <translation>Дайте цьому робочому місцю назву, наприклад Halle-PC-1.</translation>
    </message>
    <message>
        <location filename="../../ui/signin/dialog.py" line="122"/>
        <source>Type your name, so your work is recorded under it.</source>
        <translation>Введіть своє ім’я, щоб ваша робота записувалася під ним.</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <location filename="../../ui/settings/station.py" line="49"/>
        <source>Station</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="50"/>
        <source>Label printer (rolls, thermal)</source>
        <translation>Принтер етикеток (рулон, термо)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="51"/>
        <source>A4 printer (sheets, receipts)</source>
        <translation>Принтер A4 (аркуші, акти)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="52"/>
        <source>Box labels</source>
        <translation>Етикетки ящиків</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="53"/>
        <source>Pallet labels</source>
        <translation>Етикетки піддонів</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="54"/>
        <source>Next free label on the A4 sheet</source>
        <translation>Наступна вільна етикетка на аркуші A4</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="55"/>
        <source>Sounds on the scan screen</source>
        <translation>Звуки на екрані сканування</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="59"/>
        <source>Volunteer terminal: only the volunteers&apos; screens, whoever signs in</source>
        <translation>Термінал волонтерів: лише екрани для волонтерів, хоч би хто ввійшов</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="64"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="72"/>
        <source>No printer is installed on this PC. Labels are still saved and wait in the reprint list of the intake screen, where they can be saved as PDF.</source>
        <translation>На цьому комп&apos;ютері немає принтера. Етикетки все одно зберігаються й чекають у списку передруку на екрані приймання, де їх можна зберегти як PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="86"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="90"/>
        <source>%1 (not connected)</source>
        <translation>%1 (не підключено)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/station.py" line="104"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../ui/stock/model.py" line="70"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="71"/>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="73"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="78"/>
        <source>Contents (German)</source>
        <translation>Вміст (німецькою)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="83"/>
        <source>Contents (Ukrainian)</source>
        <translation>Вміст (українською)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="88"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="93"/>
        <source>Net kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="98"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="103"/>
        <source>Expiry</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="108"/>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="112"/>
        <source>Pallet</source>
        <translation>Піддон</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="114"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/stock/model.py" line="119"/>
        <source>Received</source>
        <translation>Прийнято</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../ui/stock/view.py" line="62"/>
        <source>Expires before</source>
        <translation>Термін до</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="69"/>
        <source>Code or words (German, Ukrainian, English)</source>
        <translation>Код або слова (німецькою, українською, англійською)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="71"/>
        <source>&amp;Reset filters</source>
        <translation>Скинути &amp;фільтри</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="90"/>
        <source>O&amp;wner</source>
        <translation>Вл&amp;асник</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="91"/>
        <source>&amp;Category</source>
        <translation>&amp;Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="92"/>
        <source>&amp;Location</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="93"/>
        <source>S&amp;tatus</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="104"/>
        <source>Searc&amp;h</source>
        <translation>По&amp;шук</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="135"/>
        <source>C&amp;orrect…</source>
        <translation>&amp;Виправити…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="136"/>
        <source>&amp;Dispose…</source>
        <translation>&amp;Списати…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="137"/>
        <source>&amp;Export view…</source>
        <translation>&amp;Експорт списку…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="196"/>
        <source>All owners</source>
        <translation>Усі власники</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="199"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="202"/>
        <source>All locations</source>
        <translation>Усі місця</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="206"/>
        <source>In the hall</source>
        <translation>Усе, що на складі</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="207"/>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="288"/>
        <source>Boxes in view: %1</source>
        <translation>Ящиків у списку: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="359"/>
        <source>Export the boxes in view</source>
        <translation>Експортувати ящики зі списку</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="361"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="371"/>
        <source>Owner colour</source>
        <translation>Колір власника</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="384"/>
        <source>Exporting %1 boxes…</source>
        <translation>Експорт %1 ящиків…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="385"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="391"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="419"/>
        <source>%1 boxes exported to %2</source>
        <translation>%1 ящиків експортовано до %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock/view.py" line="427"/>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="24"/>
        <source>Add vehicle to %1</source>
        <translation>Додати транспорт до %1</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="26"/>
        <source>Vehicle %1 of %2</source>
        <translation>Транспорт %1 конвою %2</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="35"/>
        <source>street, postcode, town, country</source>
        <translation>вулиця, індекс, місто, країна</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="39"/>
        <source>Name: passport number; Name: passport number</source>
        <translation>Ім&apos;я: номер паспорта; Ім&apos;я: номер паспорта</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="45"/>
        <source>box code of a donated vehicle (optional)</source>
        <translation>код ящика подарованого транспорту (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="47"/>
        <source>Carrier</source>
        <translation>Перевізник</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="48"/>
        <source>Carrier&apos;s address</source>
        <translation>Адреса перевізника</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="49"/>
        <source>Truck plate</source>
        <translation>Номер тягача</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="50"/>
        <source>Trailer plate</source>
        <translation>Номер причепа</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="51"/>
        <source>Drivers</source>
        <translation>Водії</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="52"/>
        <source>Payload kg</source>
        <translation>Вантажопідйомність, кг</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="53"/>
        <source>Pallet places</source>
        <translation>Місця для піддонів</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="54"/>
        <source>Loading length m</source>
        <translation>Довжина кузова, м</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="55"/>
        <source>Loading height m</source>
        <translation>Висота кузова, м</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="61"/>
        <source>Donated vehicle</source>
        <translation>Подарований транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/convoys/vehicle_dialog.py" line="83"/>
        <source>Pallet places is a whole number.</source>
        <translation>Кількість місць для піддонів – ціле число.</translation>
    </message>
</context>
<context>
    <name>VehicleFields</name>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="22"/>
        <location filename="../../ui/intake/vehicle_fields.py" line="25"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="27"/>
        <source>diesel</source>
        <translation>дизель</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="28"/>
        <source>petrol</source>
        <translation>бензин</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="29"/>
        <source>electric</source>
        <translation>електро</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="30"/>
        <source>hybrid</source>
        <translation>гібрид</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="31"/>
        <source>gas</source>
        <translation>газ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="36"/>
        <source>03.2009 (optional)</source>
        <translation>03.2009 (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="39"/>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="40"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="41"/>
        <source>Model year</source>
        <translation>Рік випуску</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="42"/>
        <source>Fuel</source>
        <translation>Паливо</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="43"/>
        <source>First registration</source>
        <translation>Перша реєстрація</translation>
    </message>
    <message>
        <location filename="../../ui/intake/vehicle_fields.py" line="51"/>
        <source>Type the first registration like 03.2009 or 15.03.2009.</source>
        <translation>Введіть дату першої реєстрації як 03.2009 або 15.03.2009.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../ui/language_chooser.py" line="16"/>
        <source>Language of this PC</source>
        <translation>Мова цього комп&apos;ютера</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>Hafenlager cannot start</source>
        <translation>Hafenlager не може запуститися</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Something went wrong. Nothing half-done was kept. The details are in %1</source>
        <translation>Щось пішло не так. Нічого напівзробленого не збережено. Подробиці в %1</translation>
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
        <translation>на складі</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="14"/>
        <source>on pallet</source>
        <translation>на піддоні</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="15"/>
        <location filename="../../ui/status_names.py" line="32"/>
        <source>loaded</source>
        <translation>завантажено</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="16"/>
        <location filename="../../ui/status_names.py" line="34"/>
        <source>shipped</source>
        <translation>відправлено</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="17"/>
        <location filename="../../ui/status_names.py" line="35"/>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="18"/>
        <location filename="../../ui/status_names.py" line="37"/>
        <source>disposed</source>
        <translation>списано</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="19"/>
        <source>dissolved</source>
        <translation>розформовано</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="20"/>
        <source>planning</source>
        <translation>планування</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="21"/>
        <source>loading</source>
        <translation>завантаження</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="22"/>
        <source>ready</source>
        <translation>готовий</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="23"/>
        <source>departed</source>
        <translation>відправлено</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="24"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="28"/>
        <source>received</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="29"/>
        <source>moved</source>
        <translation>переміщено</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="30"/>
        <source>packed</source>
        <translation>упаковано</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="31"/>
        <source>unpacked</source>
        <translation>розпаковано</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="33"/>
        <source>unloaded</source>
        <translation>розвантажено</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="36"/>
        <source>corrected</source>
        <translation>виправлено</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="38"/>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="44"/>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="45"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="46"/>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <location filename="../../ui/status_names.py" line="47"/>
        <source>set</source>
        <translation>компл.</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="165"/>
        <source> Expired on {expiry}!</source>
        <translation> Термін минув {expiry}!</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="166"/>
        <source> Expires soon: {expiry}.</source>
        <translation> Термін скоро мине: {expiry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="167"/>
        <source> Best before {expiry}.</source>
        <translation> Придатний до {expiry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="168"/>
        <source> Over the pallet limit of {limit} kg!</source>
        <translation> Перевищено ліміт піддона {limit} кг!</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="169"/>
        <source> Owners: {owners}.</source>
        <translation> Власники: {owners}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="22"/>
        <source>Load: scan the vehicle&apos;s code, then its pallets and boxes.</source>
        <translation>Завантаження: скануйте код транспорту, потім його піддони та ящики.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="23"/>
        <source>Unload: scan the vehicle&apos;s code, then what comes off it.</source>
        <translation>Розвантаження: скануйте код транспорту, потім те, що з нього знімають.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="45"/>
        <source>Box {code}: {contents} · {amount} · {owner} · {place} · {status}</source>
        <translation>Ящик {code}: {contents} · {amount} · {owner} · {place} · {status}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="72"/>
        <source>Box {code} → {name} · {contents} · {amount}</source>
        <translation>Ящик {code} → {name} · {contents} · {amount}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="97"/>
        <source>Vehicle {number} ({plate}) of convoy {convoy}: {loaded} of {planned} planned items loaded.</source>
        <translation>Транспорт {number} ({plate}) конвою {convoy}: завантажено {loaded} з {planned} запланованих позицій.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="101"/>
        <source>{code} is a {kind}: scan the vehicle first.</source>
        <translation>{code} – це {kind}: спершу скануйте транспорт.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="102"/>
        <source>{code} is on this vehicle already.</source>
        <translation>{code} уже на цьому транспорті.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="103"/>
        <source>{code} loaded on vehicle {number}: {loaded} of {planned} planned items.</source>
        <translation>{code} завантажено на транспорт {number}: {loaded} з {planned} запланованих позицій.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="110"/>
        <source>{code} loaded, but it was not planned: {loaded} of {planned} planned items.</source>
        <translation>{code} завантажено, але не було заплановано: {loaded} з {planned} запланованих позицій.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="143"/>
        <source>Stocktake of {place} booked: {found} found, missing {missing}, not expected there {unexpected}.</source>
        <translation>Інвентаризацію {place} записано: знайдено {found}, бракує {missing}, не очікувалися там {unexpected}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="148"/>
        <source>{code} holds goods of {owner}: you work with your own association&apos;s goods only</source>
        <translation>{code} містить товари {owner}: ви працюєте лише з товарами власної організації</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="158"/>
        <source>Undone: box {code} is back at {place}.</source>
        <translation>Скасовано: ящик {code} знову на {place}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="159"/>
        <source>Undone: pallet {code} is back at {place}.</source>
        <translation>Скасовано: піддон {code} знову на {place}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="160"/>
        <source>Undone: the new pallet {code} is dissolved; throw its labels away.</source>
        <translation>Скасовано: новий піддон {code} розформовано; викиньте його етикетки.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="106"/>
        <source>{code} loaded, but it was planned for another vehicle: {loaded} of {planned} planned items.</source>
        <translation>{code} завантажено, але планувалося для іншого транспорту: {loaded} з {planned} запланованих позицій.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="113"/>
        <source>{code} unloaded from vehicle {number} to the dock.</source>
        <translation>{code} розвантажено з транспорту {number} на рампу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="94"/>
        <source>Box {code} off pallet {pallet_code}, now at {name}.</source>
        <translation>Ящик {code} знято з піддона {pallet_code}, тепер на {name}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="87"/>
        <source>Box {code} on pallet {pallet_code}: {boxes} boxes, {gross} kg.</source>
        <translation>Ящик {code} на піддоні {pallet_code}: ящиків {boxes}, {gross} кг.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="13"/>
        <source>Look up: scan any label.</source>
        <translation>Пошук: скануйте будь-яку етикетку.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="17"/>
        <source>Pack: scan a pallet (or &apos;new pallet&apos;), then boxes.</source>
        <translation>Пакування: скануйте піддон (або &apos;Новий піддон&apos;), потім ящики.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="14"/>
        <source>Put away: scan the location first, then boxes or pallets.</source>
        <translation>Розміщення: спершу скануйте місце, потім ящики або піддони.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="124"/>
        <source>Stocktake {name}: {found} found, {missing} missing, {unexpected} unexpected.</source>
        <translation>Інвентаризація {name}: знайдено {found}, бракує {missing}, зайвих {unexpected}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="19"/>
        <source>Stocktake: scan the location, then everything found there.</source>
        <translation>Інвентаризація: скануйте місце, потім усе, що там знайдено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="18"/>
        <source>Unpack: scan boxes to take them off their pallet.</source>
        <translation>Розпакування: скануйте ящики, щоб зняти їх із піддона.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="119"/>
        <source>{code} counted ({found} of {expected}).</source>
        <translation>{code} пораховано ({found} з {expected}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="120"/>
        <source>{code} is not recorded here: it will be listed as unexpected.</source>
        <translation>{code} тут не записано: його буде позначено як зайвий.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="37"/>
        <source>&apos;{code}&apos; is not a Hafenlager code: codes are digits only.</source>
        <translation>&apos;{code}&apos; не є кодом Hafenlager: коди складаються лише з цифр.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="71"/>
        <source>Box {code} is already at {name}.</source>
        <translation>Ящик {code} уже на місці {name}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="82"/>
        <source>Box {code} is already on this pallet.</source>
        <translation>Ящик {code} уже на цьому піддоні.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="58"/>
        <source>Box {code} is loaded on a vehicle: unload it first.</source>
        <translation>Ящик {code} завантажено в транспорт: спершу розвантажте.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="93"/>
        <source>Box {code} is not on a pallet.</source>
        <translation>Ящик {code} не на піддоні.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="83"/>
        <source>Box {code} is on another pallet ({pallet_code}). Move it to this one? Scan &apos;yes&apos; to confirm.</source>
        <translation>Ящик {code} на іншому піддоні ({pallet_code}). Перекласти на цей? Для підтвердження скануйте &apos;Так&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="66"/>
        <source>Box {code} is on pallet {pallet_code}. Take it off and put it at {name}? Scan &apos;yes&apos; to confirm.</source>
        <translation>Ящик {code} на піддоні {pallet_code}. Зняти й поставити на {name}? Для підтвердження скануйте &apos;Так&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="55"/>
        <source>Box {code} was disposed of: put it aside and tell the lead.</source>
        <translation>Ящик {code} списано: відкладіть його й повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="52"/>
        <source>Box {code} was shipped: it cannot be in the hall. Put it aside and tell the lead.</source>
        <translation>Ящик {code} відправлено: його не може бути на складі. Відкладіть і повідомте керівника.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="116"/>
        <source>Counting {name}: {expected} boxes expected.</source>
        <translation>Інвентаризація {name}: очікується ящиків: {expected}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="26"/>
        <source>Empty scan: scan the label again.</source>
        <translation>Порожнє сканування: скануйте етикетку ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="157"/>
        <source>Last scan undone.</source>
        <translation>Останнє сканування скасовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="49"/>
        <source>Location {name}: {boxes} boxes, {pallets} pallets</source>
        <translation>Місце {name}: ящиків {boxes}, піддонів {pallets}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="75"/>
        <source>New pallet {code}: print its labels, then scan boxes.</source>
        <translation>Новий піддон {code}: надрукуйте етикетки, потім скануйте ящики.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="76"/>
        <source>No pallet is open: scan a pallet first.</source>
        <translation>Немає відкритого піддона: спершу скануйте піддон.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="123"/>
        <source>No stocktake is running.</source>
        <translation>Інвентаризація не триває.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="39"/>
        <source>No {kind} has the code {code}.</source>
        <translation>Немає об&apos;єкта ({kind}) з кодом {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="156"/>
        <source>Nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="153"/>
        <source>Nothing waits for a yes.</source>
        <translation>Ніщо не чекає на &apos;Так&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="79"/>
        <source>Packing pallet {code}: {boxes} boxes, {gross} kg.</source>
        <translation>Пакування піддона {code}: ящиків {boxes}, {gross} кг.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="77"/>
        <source>Pallet {code} closed: {boxes} boxes, {gross} kg.</source>
        <translation>Піддон {code} закрито: ящиків {boxes}, {gross} кг.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="64"/>
        <source>Pallet {code} is already at {name}.</source>
        <translation>Піддон {code} уже на місці {name}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="78"/>
        <source>Pallet {code} is {status}: it cannot be packed.</source>
        <translation>Піддон {code}: {status}, його не можна пакувати.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="63"/>
        <source>Pallet {code} is {status}: it cannot move.</source>
        <translation>Піддон {code}: {status}, його не можна переміщати.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="65"/>
        <source>Pallet {code} → {name}</source>
        <translation>Піддон {code} → {name}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="48"/>
        <source>Pallet {code}: {boxes} boxes · {gross} kg · {place}</source>
        <translation>Піддон {code}: ящиків {boxes} · {gross} кг · {place}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="61"/>
        <source>Put away to {name}: now scan boxes or pallets.</source>
        <translation>Розміщення на {name}: тепер скануйте ящики або піддони.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="117"/>
        <source>Scan the location you are counting first.</source>
        <translation>Спершу скануйте місце, яке рахуєте.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="81"/>
        <source>Scan the pallet first (or &apos;new pallet&apos;).</source>
        <translation>Спершу скануйте піддон (або &apos;Новий піддон&apos;).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="129"/>
        <source>Pallet {pallet_code} is {status} now (another station): box {code} was not packed. Scan another pallet.</source>
        <translation>Піддон {pallet_code} тепер {status} (інша станція): ящик {code} не упаковано. Скануйте інший піддон.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="134"/>
        <source>{code} was changed since by another station: the last scan was not undone.</source>
        <translation>{code} тим часом змінено на іншій станції: останнє сканування не скасовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="137"/>
        <source>The database is busy (another station is writing): {code} was not saved. Scan it again.</source>
        <translation>База даних зайнята (інша станція записує): {code} не збережено. Скануйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="141"/>
        <source>Not saved: {error}</source>
        <translation>Не збережено: {error}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="154"/>
        <source>The box changed meanwhile: scan it again.</source>
        <translation>Ящик тим часом змінився: скануйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="155"/>
        <source>The scan to confirm no longer applies.</source>
        <translation>Сканування для підтвердження вже не чинне.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="30"/>
        <source>{code} has a wrong check digit: check the label and type it again.</source>
        <translation>{code} має неправильну контрольну цифру: перевірте етикетку й введіть ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="27"/>
        <source>{code} is a product barcode from the packaging: scan the Hafenlager label.</source>
        <translation>{code} – це штрихкод товару з упаковки: скануйте етикетку Hafenlager.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="80"/>
        <source>{code} is a {kind}: scan a pallet or a box.</source>
        <translation>{code} – це {kind}: скануйте піддон або ящик.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="92"/>
        <source>{code} is a {kind}: scan the boxes to unpack.</source>
        <translation>{code} – це {kind}: скануйте ящики для розпакування.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="62"/>
        <source>{code} is a {kind}: scan the location first.</source>
        <translation>{code} – це {kind}: спершу скануйте місце.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="118"/>
        <source>{code} is already counted.</source>
        <translation>{code} уже пораховано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="34"/>
        <source>{code} is not a Hafenlager code (codes start with 1, 2, 3 or 9).</source>
        <translation>{code} не є кодом Hafenlager (коди починаються з 1, 2, 3 або 9).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="38"/>
        <source>{code} is not a known control code.</source>
        <translation>{code} не є відомим керівним кодом.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="33"/>
        <source>{code} is too short for a Hafenlager code.</source>
        <translation>{code} закороткий для коду Hafenlager.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/scanning/messages.py" line="40"/>
        <source>{code} was just scanned: nothing changed.</source>
        <translation>{code} щойно скановано: нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <location filename="../../ui/service_texts.py" line="23"/>
        <source>aid code</source>
        <translation>Код допомоги</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="24"/>
        <source>convoy</source>
        <translation>Конвой</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="25"/>
        <source>export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="26"/>
        <source>goods</source>
        <translation>Вантаж</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="27"/>
        <source>loading</source>
        <translation>завантаження</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="28"/>
        <location filename="../../warehouse_app/services/masterdata.py" line="145"/>
        <source>recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="29"/>
        <source>shelf life</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="30"/>
        <location filename="../../warehouse_app/status_words.py" line="22"/>
        <source>vehicles</source>
        <translation>Транспортні засоби</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="36"/>
        <source>box</source>
        <translation>ящик</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="37"/>
        <source>pallet</source>
        <translation>піддон</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="38"/>
        <location filename="../../warehouse_app/services/masterdata.py" line="144"/>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="39"/>
        <source>vehicle</source>
        <translation>транспортний засіб</translation>
    </message>
    <message>
        <location filename="../../ui/service_texts.py" line="40"/>
        <source>control code</source>
        <translation>керуючий код</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="80"/>
        <source>The code is empty: scan the label again or type the digits under the bars.</source>
        <translation>Код порожній: скануйте етикетку ще раз або введіть цифри під штрихкодом.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="88"/>
        <location filename="../../warehouse_app/codes.py" line="127"/>
        <source>&apos;{text}&apos; is a product barcode from the packaging: scan the Hafenlager label.</source>
        <translation>&apos;{text}&apos; — це штрихкод товару з упаковки: скануйте етикетку Hafenlager.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="96"/>
        <source>&apos;{raw}&apos; is not a Hafenlager code: codes are digits only, for example 10000427.</source>
        <translation>&apos;{raw}&apos; — не код Hafenlager: коди складаються лише з цифр, наприклад 10000427.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="104"/>
        <source>&apos;{text}&apos; is too short: a Hafenlager code has at least {serial_digits} digits.</source>
        <translation>&apos;{text}&apos; надто короткий: код Hafenlager має щонайменше таку кількість цифр: {serial_digits}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="115"/>
        <source>&apos;{text}&apos; is not a Hafenlager code: it should start with 1 (box), 2 (pallet), 3 (location), 4 (vehicle) or 9 (control sheet).</source>
        <translation>&apos;{text}&apos; — не код Hafenlager: він має починатися з 1 (ящик), 2 (піддон), 3 (місце зберігання), 4 (транспортний засіб) або 9 (контрольний аркуш).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/codes.py" line="134"/>
        <source>&apos;{text}&apos; has a wrong check digit: a digit was mistyped or two were swapped. Check the code on the label and type it again.</source>
        <translation>У &apos;{text}&apos; неправильна контрольна цифра: одну цифру введено з помилкою або дві цифри переставлено. Перевірте код на етикетці та введіть його ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/exports.py" line="35"/>
        <source>Cannot export to &apos;{path_name}&apos;: choose a .csv or .xlsx file.</source>
        <translation>Неможливо експортувати в &apos;{path_name}&apos;: виберіть файл .csv або .xlsx.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="76"/>
        <source>Stopped: no papers were written.</source>
        <translation>Зупинено: документи не записано.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="183"/>
        <source>Cannot create {out}: {reason}.</source>
        <translation>Неможливо створити {out}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="193"/>
        <source>Cannot write {folder}: a folder has that name. Rename it or choose another output folder.</source>
        <translation>Неможливо записати {folder}: існує папка з такою назвою. Перейменуйте її або виберіть іншу папку для збереження.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="205"/>
        <source>Cannot write the papers to {out}: {reason}.</source>
        <translation>Неможливо записати документи в {out}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="217"/>
        <source>&apos;{path_name}&apos; should end in .zip.</source>
        <translation>&apos;{path_name}&apos; має закінчуватися на .zip.</translation>
    </message>
    <message>
        <location filename="../../reports/papers_set.py" line="234"/>
        <location filename="../../reports/shortage.py" line="87"/>
        <location filename="../../warehouse_app/exports.py" line="53"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="329"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Неможливо записати {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/hall.py" line="39"/>
        <source>The sender&apos;s name cannot be empty.</source>
        <translation>Ім&apos;я відправника не може бути порожнім.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/hall.py" line="44"/>
        <source>Not a hall setting: {unknown}.</source>
        <translation>Це не налаштування залу: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/labels.py" line="98"/>
        <source>{parsed_text} is a {kind_label} code, not a {kind_label2} code.</source>
        <translation>{parsed_text} — це код типу «{kind_label}», а не «{kind_label2}».</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/labels.py" line="108"/>
        <source>Give at least one {kind_label} code.</source>
        <translation>Вкажіть щонайменше один код типу «{kind_label}».</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/labels.py" line="118"/>
        <source>Unknown {kind_label} code(s): {unknown}.</source>
        <translation>Невідомі коди типу «{kind_label}»: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/labels.py" line="139"/>
        <source>Donation {donation_id} does not exist or has no boxes.</source>
        <translation>Пожертви {donation_id} не існує або в ній немає ящиків.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/languages.py" line="24"/>
        <source>Unknown document language {unknown}: choose from {languages} (for example uk,en,de).</source>
        <translation>Невідома мова документів {unknown}: виберіть серед {languages} (наприклад, uk,en,de).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/languages.py" line="35"/>
        <source>A language is named twice in &apos;{text}&apos;.</source>
        <translation>У &apos;{text}&apos; одну мову вказано двічі.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/languages.py" line="42"/>
        <source>Customs papers need Ukrainian and English: add {missing} (for example uk,en or uk,en,de).</source>
        <translation>Для митних документів потрібні українська та англійська мови: додайте {missing} (наприклад, uk,en або uk,en,de).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/languages.py" line="72"/>
        <source>&apos;{country}&apos; is not a country code: use two letters, such as UA or MD.</source>
        <translation>&apos;{country}&apos; — не код країни: використовуйте дві літери, наприклад UA або MD.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/manifest.py" line="53"/>
        <source>Unknown pallet code: {code}.</source>
        <translation>Невідомий код піддона: {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/print_jobs.py" line="26"/>
        <source>{document} need codes, not a donation.</source>
        <translation>Для «{document}» потрібні коди, а не пожертва.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/print_jobs.py" line="39"/>
        <source>Unknown label document &apos;{document}&apos;.</source>
        <translation>Невідомий документ для етикеток &apos;{document}&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/print_jobs.py" line="47"/>
        <source>A manifest job names one pallet.</source>
        <translation>У завданні на маніфест вказується один піддон.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/print_jobs.py" line="51"/>
        <source>A receipt job names a donation.</source>
        <translation>У завданні на квитанцію вказується пожертва.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/receipt.py" line="65"/>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="112"/>
        <location filename="../../warehouse_app/services/intake.py" line="226"/>
        <source>There is no donation {donation_id}.</source>
        <translation>Пожертви {donation_id} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="127"/>
        <source>sender name and city (Settings → Hall and sender)</source>
        <translation>ім&apos;я та місто відправника (Налаштування → Зал і відправник)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="132"/>
        <source>sender street and postcode (Settings → Hall and sender)</source>
        <translation>вулиця та поштовий індекс відправника (Налаштування → Зал і відправник)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="141"/>
        <source>recipient of convoy {convoy_number}</source>
        <translation>отримувач конвою {convoy_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="154"/>
        <source>{label} of {recipient_name} (Settings → Recipients)</source>
        <translation>{label} ({recipient_name}, Налаштування → Отримувачі)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="166"/>
        <source>aid code of convoy {convoy_number}</source>
        <translation>код гуманітарної допомоги конвою {convoy_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="173"/>
        <source>border crossing of convoy {convoy_number}</source>
        <translation>пункт пропуску конвою {convoy_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="180"/>
        <source>carrier name and address of vehicle {vehicle_number}</source>
        <translation>назва та адреса перевізника транспортного засобу {vehicle_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="189"/>
        <source>driver of vehicle {vehicle_number}</source>
        <translation>водій транспортного засобу {vehicle_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="196"/>
        <source>truck plate of vehicle {vehicle_number}</source>
        <translation>номерний знак вантажівки транспортного засобу {vehicle_number}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="203"/>
        <source>goods on vehicle {vehicle_number} (Convoys → assign pallets or boxes)</source>
        <translation>вантаж на транспортному засобі {vehicle_number} (Конвої → призначте піддони або ящики)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="234"/>
        <source>Convoy {convoy_number} is cancelled: it gets no papers.</source>
        <translation>Конвой {convoy_number} скасовано: документи для нього не оформлюються.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="240"/>
        <source>The papers need: {missing}.</source>
        <translation>Для документів не вистачає: {missing}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/vehicle.py" line="370"/>
        <source>Convoy {convoy_number} has no vehicle: add one first.</source>
        <translation>У конвої {convoy_number} немає транспортного засобу: спочатку додайте його.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="39"/>
        <source>Convoy {convoy}: {result} taken off (pallets {pallets}; boxes {boxes}).</source>
        <translation>Конвой {convoy}: знято {result} (піддони {pallets}; ящики {boxes}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="64"/>
        <source>{item} is loaded on vehicle {vehicle_number}: unload it first (Unload mode at the dock), or take it off and unload it in one go (--unload-to LOCATION, or the question in the convoy screen). Nothing changed.</source>
        <translation>{item}: завантажено на транспортний засіб {vehicle_number}. Спочатку розвантажте (режим «Розвантаження» на рампі) або зніміть і розвантажте за один крок (--unload-to LOCATION чи запитання на екрані конвою). Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="104"/>
        <source>Convoy {convoy}: {result} moved to vehicle {vehicle} (pallets {pallets}; boxes {boxes}).</source>
        <translation>Конвой {convoy}: {result} переміщено на транспорт {vehicle} (піддони {pallets}; ящики {boxes}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="123"/>
        <source>That vehicle belongs to another convoy than {convoy_number}.</source>
        <translation>Цей транспортний засіб належить не конвою {convoy_number}, а іншому.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="133"/>
        <source>{item} is loaded on vehicle {vehicle_number}: unload it before moving it to another vehicle. Nothing changed.</source>
        <translation>{item}: завантажено на транспортний засіб {vehicle_number}. Розвантажте, перш ніж переміщувати на інший транспортний засіб. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="151"/>
        <source>Say which pallets or boxes.</source>
        <translation>Вкажіть, які піддони або ящики.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="161"/>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="278"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="100"/>
        <source>{code_text} is not a pallet code.</source>
        <translation>{code_text} — не код піддона.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="166"/>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="282"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="105"/>
        <source>Unknown pallet {code_text}.</source>
        <translation>Невідомий піддон {code_text}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="171"/>
        <source>Pallet {code_text} is not on convoy {convoy_number}.</source>
        <translation>Піддона {code_text} немає в конвої {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="182"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="133"/>
        <source>{code_text} is not a box code.</source>
        <translation>{code_text} — не код ящика.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="187"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="138"/>
        <source>Unknown box {code_text}.</source>
        <translation>Невідомий ящик {code_text}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="194"/>
        <source>Box {box_code} is on pallet {pallet_code}: take the pallet off the convoy, or unpack the box from it first.</source>
        <translation>Ящик {box_code} стоїть на піддоні {pallet_code}: зніміть піддон з конвою або спочатку розпакуйте з нього ящик.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="203"/>
        <source>Box {box_code} is not on convoy {convoy_number}.</source>
        <translation>Ящика {box_code} немає в конвої {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="281"/>
        <source>Vehicle {vehicle} of convoy {convoy} changed.</source>
        <translation>Транспорт {vehicle} конвою {convoy} змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="254"/>
        <source>{name} is longer than {text_fields_item} characters.</source>
        <translation>{name}: текст задовгий (максимум символів: {text_fields_item}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="263"/>
        <source>A vehicle has no field {name!r}.</source>
        <translation>У транспортного засобу немає поля {name!r}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/corrections.py" line="267"/>
        <source>Say what to change, e.g. --payload-kg 20000.</source>
        <translation>Вкажіть, що змінити, наприклад --payload-kg 20000.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="50"/>
        <source>Convoy number</source>
        <translation>Номер конвою</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="56"/>
        <source>Convoy {number} exists already.</source>
        <translation>Конвой {number} уже існує.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="60"/>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="134"/>
        <source>The departure date {departure:%d.%m.%Y} is in the past.</source>
        <translation>Дата відправлення {departure:%d.%m.%Y} уже минула.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="67"/>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="144"/>
        <source>The arrival cannot be before the departure.</source>
        <translation>Дата прибуття не може бути раніше за дату відправлення.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="73"/>
        <source>Convoy {convoy} planned.</source>
        <translation>Конвой {convoy} заплановано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="115"/>
        <source>Unknown convoy field(s): {unknown}.</source>
        <translation>Невідомі поля конвою: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="153"/>
        <source>Convoy {convoy} changed.</source>
        <translation>Конвой {convoy} змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="172"/>
        <source>Vehicle {result} added to convoy {convoy}: {truck_plate}, {payload_kg} kg payload.</source>
        <translation>Транспорт {result} додано до конвою {convoy}: {truck_plate}, вантажопідйомність {payload_kg} кг.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="194"/>
        <source>Payload kg</source>
        <translation>Вантажопідйомність, кг</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="199"/>
        <source>Loading length m</source>
        <translation>Довжина завантаження, м</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="205"/>
        <source>Loading height m</source>
        <translation>Висота завантаження, м</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="211"/>
        <source>Pallet places</source>
        <translation>Місця для піддонів</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="220"/>
        <source>{donated_box} is not a donated vehicle in stock.</source>
        <translation>{donated_box} — не подарований транспортний засіб на складі.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="258"/>
        <source>Pallet {pallet_code} measured: {height_m} m high.</source>
        <translation>Піддон {pallet_code} виміряно: висота {height_m} м.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="265"/>
        <source>Pallet height</source>
        <translation>Висота піддона</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/planning.py" line="269"/>
        <source>{height} m is taller than any truck: give the height in metres.</source>
        <translation>{height} м — вище за будь-яку вантажівку: вкажіть висоту в метрах.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="76"/>
        <source>No recipient is set.</source>
        <translation>Отримувача не вказано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="77"/>
        <source>Choose the recipient.</source>
        <translation>Виберіть отримувача.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="84"/>
        <source>{name} has no {label}.</source>
        <translation>{name}: не вказано поле «{label}».</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="88"/>
        <source>Enter the recipient&apos;s {label}.</source>
        <translation>Заповніть для отримувача поле «{label}».</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="91"/>
        <source>EDRPOU code</source>
        <translation>код ЄДРПОУ</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="94"/>
        <source>register number (humanitarian aid)</source>
        <translation>реєстраційний номер (гуманітарна допомога)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="96"/>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="108"/>
        <source>No delivery place.</source>
        <translation>Не вказано місце доставки.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="109"/>
        <source>Enter the delivery place.</source>
        <translation>Введіть місце доставки.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="117"/>
        <source>No border crossing: the CMR and the customs declaration name it.</source>
        <translation>Не вказано пункт пропуску: він зазначається в CMR і митній декларації.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="122"/>
        <source>Enter the border crossing (e.g. Korczowa).</source>
        <translation>Введіть пункт пропуску (наприклад, Korczowa).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="134"/>
        <source>No aid code from the recipient&apos;s declaration.</source>
        <translation>Немає коду гуманітарної допомоги з декларації отримувача.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="136"/>
        <source>Ask the recipient for the aid code and enter it.</source>
        <translation>Попросіть в отримувача код гуманітарної допомоги та введіть його.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="146"/>
        <source>The aid code expires before the arrival.</source>
        <translation>Термін дії коду гуманітарної допомоги закінчується до прибуття.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="147"/>
        <source>Ask the recipient to renew the aid code.</source>
        <translation>Попросіть отримувача поновити код гуманітарної допомоги.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="159"/>
        <source>Departure or arrival date missing.</source>
        <translation>Не вказано дату відправлення або прибуття.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="160"/>
        <source>Enter both dates.</source>
        <translation>Введіть обидві дати.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="170"/>
        <source>The convoy has no vehicle.</source>
        <translation>У конвої немає транспортного засобу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="171"/>
        <source>Add a vehicle.</source>
        <translation>Додайте транспортний засіб.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="181"/>
        <source>Vehicle {gauge_label} carries {gross_kg} kg, over its payload of {payload_kg} kg.</source>
        <translation>Транспортний засіб {gauge_label} везе {gross_kg} кг — більше за його вантажопідйомність {payload_kg} кг.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="190"/>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="207"/>
        <source>Move pallets to another vehicle.</source>
        <translation>Перемістіть піддони на інший транспортний засіб.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="198"/>
        <source>Vehicle {gauge_label} has {pallets} pallets for {pallet_places} places.</source>
        <translation>Транспортний засіб {gauge_label}: піддонів — {pallets}, а місць для піддонів — {pallet_places}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="215"/>
        <source>Vehicle {gauge_label}: a pallet is {tallest_m} m tall, the loading height is {height_m} m.</source>
        <translation>Транспортний засіб {gauge_label}: висота піддона — {tallest_m} м, а висота завантаження — {height_m} м.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="225"/>
        <source>Take the tall pallet off, or repack it lower.</source>
        <translation>Зніміть високий піддон або перепакуйте його нижче.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="236"/>
        <source>Vehicle {vehicle_number} has no plate or no driver.</source>
        <translation>Транспортний засіб {vehicle_number}: не вказано номерний знак або водія.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="242"/>
        <source>Enter plates, drivers and passport numbers.</source>
        <translation>Введіть номерні знаки, водіїв і номери паспортів.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="257"/>
        <source>{count} reserved boxes are on no vehicle.</source>
        <translation>Зарезервовані ящики, не призначені на жоден транспортний засіб: {count}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="260"/>
        <source>Assign them to a vehicle or release them.</source>
        <translation>Призначте їх на транспортний засіб або зніміть резерв.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="275"/>
        <source>Box {code} ({category}) expired on {expiry}.</source>
        <translation>Ящик {code} ({category}): термін придатності минув {expiry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="282"/>
        <source>Box {code} ({category}) expires {expiry}: under {minimum} days left at the arrival.</source>
        <translation>Ящик {code} ({category}): термін придатності до {expiry}, на момент прибуття залишиться менше ніж {minimum} дн.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="302"/>
        <source>Take the box off the convoy.</source>
        <translation>Зніміть ящик з конвою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="309"/>
        <source>Unpack the box from pallet {pallet_code} (Unpack mode), or take the pallet off the convoy.</source>
        <translation>Розпакуйте ящик із піддона {pallet_code} (режим «Розпакування») або зніміть піддон з конвою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="324"/>
        <source>Box {row_code} has no weight or no value.</source>
        <translation>Ящик {row_code}: не вказано вагу або вартість.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="327"/>
        <source>Correct the box in the stock screen.</source>
        <translation>Виправте дані ящика на екрані складу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="361"/>
        <source>Vehicle {over} is above {value_limit} EUR or {kg_limit} kg: it needs an electronic export declaration (ATLAS).</source>
        <translation>Транспортний засіб {over} перевищує {value_limit} EUR або {kg_limit} кг: для нього потрібна електронна експортна декларація (ATLAS).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="371"/>
        <source>Enter the export MRN of the convoy (Edit convoy, or &apos;convoy set --mrn&apos;).</source>
        <translation>Введіть експортний MRN конвою (Редагувати конвой або &apos;convoy set --mrn&apos;).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="388"/>
        <source>{name} may not receive vehicles, but box {code} is one.</source>
        <translation>{name} не може отримувати транспортні засоби, але ящик {code} — це транспортний засіб.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="412"/>
        <source>{name_en}: {export_note}</source>
        <translation>{name_en}: {export_note}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="417"/>
        <source>Acknowledge with the licence number or MRN.</source>
        <translation>Підтвердьте номером ліцензії або MRN.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="436"/>
        <source>{waiting_count} reserved boxes are not loaded.</source>
        <translation>Зарезервовані ящики, ще не завантажені: {waiting_count}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="440"/>
        <source>Load them by scanning, or take them off the convoy.</source>
        <translation>Завантажте їх скануванням або зніміть з конвою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="465"/>
        <source>{count} pallet(s) on the convoy hold no box: {codes}.</source>
        <translation>Піддони в конвої без жодного ящика ({count}): {codes}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness_rules.py" line="471"/>
        <source>Take the empty pallets off the convoy.</source>
        <translation>Зніміть порожні піддони з конвою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness.py" line="94"/>
        <source>Convoy {convoy_number} is not ready: {blocking_count} problem(s). First: {first}</source>
        <translation>Конвой {convoy_number} не готовий: проблем — {blocking_count}. Перша: {first}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness.py" line="110"/>
        <source>Unload the vehicles before cancelling.</source>
        <translation>Перед скасуванням розвантажте транспортні засоби.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/readiness.py" line="117"/>
        <source>Convoy {convoy}: {before} → {after}.</source>
        <translation>Конвой {convoy}: {before} → {after}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="60"/>
        <source>There is no file {path}: choose the act&apos;s scan again.</source>
        <translation>Файлу {path} немає: виберіть скан акта ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="66"/>
        <source>{name}: attach the signed act as a PDF, JPG or PNG file.</source>
        <translation>{name}: додайте підписаний акт як файл PDF, JPG або PNG.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="75"/>
        <source>{name} is not a readable {kind} of at most 20 MB: scan or photograph the act again.</source>
        <translation>{name} не вдається прочитати як файл {kind} розміром до 20 МБ: відскануйте або сфотографуйте акт ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="91"/>
        <source>Acceptance act {act} attached to convoy {convoy} (vehicle {vehicle_number}).</source>
        <translation>Акт приймання {act} додано до конвою {convoy} (транспорт {vehicle_number}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="104"/>
        <source>There is no convoy {convoy_number}.</source>
        <translation>Конвою {convoy_number} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="109"/>
        <source>Convoy {convoy_number} has not left yet: an acceptance act comes with the handover.</source>
        <translation>Конвой {convoy_number} ще не вирушив: акт приймання-передачі складають під час передачі вантажу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="120"/>
        <location filename="../../warehouse_app/services/convoys/records.py" line="120"/>
        <source>Convoy {convoy_number} has no vehicle {number}.</source>
        <translation>У конвої {convoy_number} немає транспортного засобу {number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="168"/>
        <source>There is no acceptance act {act_id}.</source>
        <translation>Акта приймання-передачі {act_id} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/acts.py" line="173"/>
        <source>The stored act {name} does not match its SHA-256 any more: restore a backup.</source>
        <translation>Збережений акт {name} більше не відповідає своєму SHA-256: відновіть резервну копію.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/records.py" line="152"/>
        <source>Convoy {convoy_number} is {status}: nothing of it can change any more.</source>
        <translation>Конвой {convoy_number} має статус «{status}»: у ньому вже нічого не можна змінити.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="34"/>
        <source>Box {box_code} was shipped already.</source>
        <translation>Ящик {box_code} уже відправлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="38"/>
        <source>Box {box_code} was disposed of.</source>
        <translation>Ящик {box_code} утилізовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="46"/>
        <source>Box {box_code} expires on {expiry_date:%d.%m.%Y}, before the arrival.</source>
        <translation>Термін придатності ящика {box_code} закінчується {expiry_date:%d.%m.%Y}, ще до прибуття.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="163"/>
        <source>Needs list {list_id} belongs to {list_recipient}, but convoy {convoy_number} goes to {recipient}. Choose a list of {recipient}, or change the convoy&apos;s recipient first. Nothing was reserved.</source>
        <translation>Список потреб {list_id} належить отримувачу {list_recipient}, а конвой {convoy_number} їде до отримувача {recipient}. Виберіть список отримувача {recipient} або спершу змініть отримувача конвою. Нічого не зарезервовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="182"/>
        <source>Convoy {convoy_number} has no vehicle yet: add one first, so that its payload and pallet places say how much to take.</source>
        <translation>У конвої {convoy_number} ще немає транспорту: спершу додайте його, щоб за вантажопідйомністю та місцями для піддонів було видно, скільки брати.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="191"/>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="82"/>
        <source>That vehicle belongs to another convoy.</source>
        <translation>Цей транспортний засіб належить іншому конвою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="394"/>
        <source>Nothing in the hall can go for needs list {list_id}: no free goods of its lines keep long enough, fit in the room left, or stay within what the lines still need. Nothing was reserved.</source>
        <translation>Для списку потреб {list_id} на складі нічого не підходить: немає вільних товарів за його рядками, які мають достатній термін придатності, вміщаються у вільне місце й не перевищують того, що ще потрібно за рядками. Нічого не зарезервовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="422"/>
        <source>{refused} Nothing of needs list {list_id} was reserved: another station changed these goods since the proposal. Look at the new proposal and reserve again.</source>
        <translation>{refused} Зі списку потреб {list_id} нічого не зарезервовано: інше робоче місце змінило ці товари після складання підбору. Перегляньте новий підбір і зарезервуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="450"/>
        <source>Pallet {pallet_code} was packed or unpacked since the proposal.</source>
        <translation>Піддон {pallet_code} після складання підбору пакували або розпаковували.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="466"/>
        <source>Vehicle {number} is no longer on convoy {convoy_number}. Nothing was reserved: look at the new proposal.</source>
        <translation>Транспорту {number} більше немає в конвої {convoy_number}. Нічого не зарезервовано: перегляньте новий підбір.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="479"/>
        <source>Convoy {convoy_number} got other goods since the proposal, and the proposal no longer fits its payload and pallet places. Nothing was reserved: look at the new proposal.</source>
        <translation>Конвой {convoy_number} після складання підбору отримав інші товари, і підбір більше не вміщається в його вантажопідйомність і місця для піддонів. Нічого не зарезервовано: перегляньте новий підбір.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="59"/>
        <source>Convoy {convoy}: {result} reserved on vehicle {vehicle} (pallets {pallets}; boxes {boxes}).</source>
        <translation>Конвой {convoy}: {result} зарезервовано на транспорті {vehicle} (піддони {pallets}; ящики {boxes}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="109"/>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="117"/>
        <source>Pallet {pallet_code} is {pallet_status}.</source>
        <translation>Піддон {pallet_code} має статус «{pallet_status}».</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="116"/>
        <source>Pallet {pallet_code}</source>
        <translation>Піддон {pallet_code}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="122"/>
        <source>{refused} (on pallet {pallet_code})</source>
        <translation>{refused} (на піддоні {pallet_code})</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="145"/>
        <source>Box {box_code} is on pallet {pallet_code}: assign the pallet, or unpack the box first.</source>
        <translation>Ящик {box_code} стоїть на піддоні {pallet_code}: призначте піддон або спочатку розпакуйте ящик.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="156"/>
        <source>Box {box_code}</source>
        <translation>Ящик {box_code}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="170"/>
        <source>{what} is reserved for convoy {convoy_number} already.</source>
        <translation>{what} уже зарезервовано для конвою {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="181"/>
        <source>It is loaded already: unload it before moving it.</source>
        <translation>Його вже завантажено: розвантажте його, перш ніж переміщувати.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/reservations.py" line="196"/>
        <source>Licence number or MRN</source>
        <translation>Номер ліцензії або MRN</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="71"/>
        <source>Say which pallet or box to load.</source>
        <translation>Вкажіть, який піддон або ящик завантажити.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="78"/>
        <source>Unknown pallet {code}.</source>
        <translation>Невідомий піддон {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="85"/>
        <location filename="../../warehouse_app/services/vehicles.py" line="156"/>
        <location filename="../../warehouse_app/services/vehicles.py" line="180"/>
        <source>Unknown box {code}.</source>
        <translation>Невідомий ящик {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="99"/>
        <source>Pallet {pallet_code} is reserved for convoy {convoy_number}.</source>
        <translation>Піддон {pallet_code} зарезервовано для конвою {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="107"/>
        <source>Pallet {pallet_code} is loaded on vehicle {vehicle_number} already.</source>
        <translation>Піддон {pallet_code} уже завантажено на транспортний засіб {vehicle_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="138"/>
        <source>Box {box_code} is on pallet {pallet_code}: load the pallet, or unpack the box first.</source>
        <translation>Ящик {box_code} стоїть на піддоні {pallet_code}: завантажте піддон або спочатку розпакуйте ящик.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="149"/>
        <source>Box {box_code} is reserved for convoy {convoy_number}.</source>
        <translation>Ящик {box_code} зарезервовано для конвою {convoy_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="156"/>
        <source>Box {box_code} is loaded on vehicle {vehicle_number} already.</source>
        <translation>Ящик {box_code} уже завантажено на транспортний засіб {vehicle_number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="202"/>
        <source>Pallet {pallet_code} is not loaded on this vehicle.</source>
        <translation>Піддон {pallet_code} не завантажено на цей транспортний засіб.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="218"/>
        <source>Say which pallet or box to unload.</source>
        <translation>Вкажіть, який піддон або ящик розвантажити.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="225"/>
        <source>Box {box_code} is not loaded on this vehicle.</source>
        <translation>Ящик {box_code} не завантажено на цей транспортний засіб.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="266"/>
        <source>The goods of convoy {convoy_number} kept changing while its papers were being made: stop loading and depart again.</source>
        <translation>Вантаж конвою {convoy_number} змінювався, поки оформлювалися його документи: припиніть завантаження та оформіть відправлення ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="289"/>
        <source>Convoy {convoy_number} is {status}: mark it ready first (&apos;hafenlager convoy check&apos; lists what is missing).</source>
        <translation>Конвой {convoy_number} має статус «{status}»: спочатку позначте його як готовий (&apos;hafenlager convoy check&apos; показує, чого бракує).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="300"/>
        <source>Convoy {convoy_number} cannot depart: {blocking_count} problem(s) since it was marked ready. First: {first}</source>
        <translation>Конвой {convoy_number} не може вирушити: проблем після позначення готовності — {blocking_count}. Перша: {first}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/transport.py" line="338"/>
        <source>Convoy {convoy} departed with {boxes} boxes.</source>
        <translation>Конвой {convoy} вирушив, ящиків: {boxes}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="45"/>
        <source>Receipt reference</source>
        <translation>Номер акта приймання</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="51"/>
        <source>Say where the returned goods go.</source>
        <translation>Вкажіть, куди помістити повернений вантаж.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="58"/>
        <source>Convoy {convoy_number} is {convoy_status}: only a departed convoy can be delivered.</source>
        <translation>Конвой {convoy_number} має статус «{convoy_status}»: доставленим можна позначити лише відправлений конвой.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="69"/>
        <source>Vehicle {truck_number} was delivered already.</source>
        <translation>Транспортний засіб {truck_number} уже доставив вантаж.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="74"/>
        <source>Vehicle {truck_number} has nothing left to deliver.</source>
        <translation>На транспортному засобі {truck_number} не залишилося нічого для доставки.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="126"/>
        <source>Vehicle {vehicle} of convoy {convoy} handed over (receipt {receipt}): {delivered} boxes delivered, {back} came back.</source>
        <translation>Транспортний засіб {vehicle} конвою {convoy} передано (акт {receipt}): доставлено ящиків — {delivered}, повернулося — {back}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/delivery.py" line="158"/>
        <source>Not waiting for delivery on vehicle {truck_number}: {names}.</source>
        <translation>На транспортному засобі {truck_number} не очікують доставки: {names}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="53"/>
        <location filename="../../warehouse_app/services/stock.py" line="251"/>
        <source>There is no box with id {box_id}.</source>
        <translation>Немає ящика з ID {box_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="62"/>
        <source>Give a reason: it is kept in the box&apos;s history.</source>
        <translation>Вкажіть причину: її буде збережено в історії ящика.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="76"/>
        <source>Box {box_code} is {box_status} and can no longer be corrected.</source>
        <translation>Ящик {box_code} має статус «{box_status}», і його вже не можна виправити.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="84"/>
        <location filename="../../warehouse_app/services/intake.py" line="317"/>
        <source>Choose a category.</source>
        <translation>Виберіть категорію.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="87"/>
        <source>Choose the association that owns the box.</source>
        <translation>Виберіть організацію, якій належить ящик.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="96"/>
        <location filename="../../warehouse_app/services/intake.py" line="392"/>
        <source>Description (German)</source>
        <translation>Опис (німецькою)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="102"/>
        <location filename="../../warehouse_app/services/intake.py" line="398"/>
        <source>Description (Ukrainian)</source>
        <translation>Опис (українською)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="108"/>
        <location filename="../../warehouse_app/services/intake.py" line="404"/>
        <source>Description (English)</source>
        <translation>Опис (англійською)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="112"/>
        <location filename="../../warehouse_app/services/intake.py" line="331"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="94"/>
        <location filename="../../warehouse_app/services/offers.py" line="137"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="68"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="119"/>
        <location filename="../../warehouse_app/services/intake.py" line="342"/>
        <source>Value per unit</source>
        <translation>Вартість за одиницю</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="129"/>
        <location filename="../../warehouse_app/services/intake.py" line="369"/>
        <source>Serial number or VIN</source>
        <translation>Серійний номер або VIN</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="140"/>
        <location filename="../../warehouse_app/validation.py" line="184"/>
        <source>This category needs an expiry date.</source>
        <translation>Для цієї категорії потрібен термін придатності.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="145"/>
        <source>Box {box_code} is {box_status}: take it off the pallet before giving it its own location.</source>
        <translation>Ящик {box_code} має статус «{box_status}»: зніміть його з піддона, перш ніж призначати йому окреме місце зберігання.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="156"/>
        <source>Choose a location for the box.</source>
        <translation>Виберіть місце зберігання для ящика.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="167"/>
        <source>Nothing was changed: edit a field, or cancel.</source>
        <translation>Нічого не змінено: відредагуйте поле або скасуйте.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="192"/>
        <source>Box {box} corrected: {reason}.</source>
        <translation>Ящик {box} виправлено: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="215"/>
        <source>Box {box_code} is already {box_status}.</source>
        <translation>Ящик {box_code} уже має статус «{box_status}».</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="221"/>
        <source>Box {box_code} is loaded on a vehicle: unload it first.</source>
        <translation>Ящик {box_code} завантажено на транспортний засіб: спочатку розвантажте його.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/corrections.py" line="237"/>
        <source>Box {box} disposed of: {reason}.</source>
        <translation>Ящик {box} списано: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="119"/>
        <source>There is no receiving area: add a location of kind &apos;receiving&apos;.</source>
        <translation>Немає зони приймання: додайте місце зберігання типу &apos;receiving&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="178"/>
        <source>One donation belongs to one association.</source>
        <translation>Одна пожертва належить одній організації.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="195"/>
        <source>Took in {count} box(es) {first}…{last} (donation {id}).</source>
        <translation>Прийнято ящиків: {count}, {first}…{last} (пожертва {id}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="214"/>
        <source>Delivered by</source>
        <translation>Хто привіз</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="232"/>
        <source>These boxes belong to another association than the open donation: start a new donation.</source>
        <translation>Ці ящики належать іншій організації, ніж відкрита пожертва: почніть нову пожертву.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="312"/>
        <source>Choose the association that owns the goods.</source>
        <translation>Виберіть організацію, якій належать товари.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="320"/>
        <source>The number of boxes is 1 to {max_boxes_per_entry}.</source>
        <translation>Кількість ящиків — від 1 до {max_boxes_per_entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="328"/>
        <source>Unknown unit &apos;{unit}&apos;.</source>
        <translation>Невідома одиниця &apos;{unit}&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="333"/>
        <source>Net weight</source>
        <translation>Вага нетто</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="359"/>
        <source>{doubts} Check the figures, or confirm them.</source>
        <translation>{doubts} Перевірте дані або підтвердьте їх.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="376"/>
        <source>A serial number or VIN names one item: enter such items one at a time.</source>
        <translation>Серійний номер або VIN стосується одного предмета: вводьте такі предмети по одному.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/intake.py" line="384"/>
        <source>Choose where the boxes go.</source>
        <translation>Виберіть, куди помістити ящики.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="92"/>
        <location filename="../../warehouse_app/services/people.py" line="277"/>
        <location filename="../../warehouse_app/services/recipients.py" line="73"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="107"/>
        <source>Another association already has this name or short code.</source>
        <translation>Інша організація вже має цю назву або скорочення.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="113"/>
        <source>There is no association with id {info_id}.</source>
        <translation>Немає організації з ID {info_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="128"/>
        <source>Changed {subject} {code}.</source>
        <translation>Змінено: {subject} {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="130"/>
        <source>Added {subject} {code}.</source>
        <translation>Додано: {subject} {code}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="142"/>
        <source>association</source>
        <translation>організація</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="143"/>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="164"/>
        <source>Unknown unit &apos;{default_unit}&apos;: use pcs, kg, l or set.</source>
        <translation>Невідома одиниця &apos;{default_unit}&apos;: використовуйте pcs, kg, l або set.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="170"/>
        <source>Minimum shelf life cannot be negative.</source>
        <translation>Мінімальний термін придатності не може бути від&apos;ємним.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="175"/>
        <source>German name</source>
        <translation>Назва німецькою</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="178"/>
        <source>English name</source>
        <translation>Назва англійською</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="181"/>
        <source>Ukrainian name</source>
        <translation>Назва українською</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="188"/>
        <source>Default value</source>
        <translation>Вартість за замовчуванням</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="199"/>
        <source>Proper shipping name</source>
        <translation>Належне відвантажувальне найменування</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="206"/>
        <source>ADR class</source>
        <translation>Клас ADR</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="213"/>
        <source>Packing group</source>
        <translation>Група пакування</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="221"/>
        <source>AHARS category</source>
        <translation>Категорія AHARS</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="228"/>
        <source>{un_number} needs its proper shipping name and class (ADR Table A): the CMR names dangerous goods by them.</source>
        <translation>{un_number}: потрібні належне відвантажувальне найменування та клас (ADR, таблиця A): у CMR небезпечні вантажі зазначаються саме за ними.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="240"/>
        <source>There is no category with id {info_id}.</source>
        <translation>Немає категорії з ID {info_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="259"/>
        <source>The ADR transport category is 0 to 4, not {value!r}.</source>
        <translation>Транспортна категорія ADR — від 0 до 4, а не {value!r}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="314"/>
        <source>Unknown association &apos;{text}&apos;. Known short codes: {known}.</source>
        <translation>Невідома організація &apos;{text}&apos;. Відомі короткі коди: {known}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="334"/>
        <source>Unknown category &apos;{text}&apos;. Give its German or English name or its HS code (&apos;hafenlager list categories&apos; shows them).</source>
        <translation>Невідома категорія &apos;{text}&apos;. Вкажіть її німецьку чи англійську назву або код HS (&apos;hafenlager list categories&apos; показує їх).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="351"/>
        <source>Unknown location &apos;{text}&apos;: give its code or its name.</source>
        <translation>Невідоме місце зберігання &apos;{text}&apos;: вкажіть його код або назву.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="368"/>
        <source>Your name</source>
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="375"/>
        <source>There is no volunteer called &apos;{cleaned}&apos;.</source>
        <translation>Волонтера з іменем &apos;{cleaned}&apos; немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="399"/>
        <source>Unknown language &apos;{language}&apos;: use de, uk or en.</source>
        <translation>Невідома мова &apos;{language}&apos;: використовуйте de, uk або en.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/masterdata.py" line="429"/>
        <source>Changed the settings: {names}.</source>
        <translation>Змінено налаштування: {names}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="34"/>
        <source>{quantity} pieces in {net_kg} kg is {grams} g a piece.</source>
        <translation>{quantity} шт. на {net_kg} кг — це {grams} г за штуку.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="48"/>
        <source>{gross_kg} kg for one box is unusual (over {max_box_kg} kg).</source>
        <translation>{gross_kg} кг на один ящик — незвично багато (понад {max_box_kg} кг).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="62"/>
        <source>{per_box} EUR for one box is unusual (over {dearest_box_eur} EUR).</source>
        <translation>{per_box} EUR за один ящик — незвично багато (понад {dearest_box_eur} EUR).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="76"/>
        <source>{per_box} EUR for this entry is unusual (over {dearest_entry_eur} EUR).</source>
        <translation>{per_box} EUR за цей запис — незвично багато (понад {dearest_entry_eur} EUR).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/plausibility.py" line="90"/>
        <source>{box_count} boxes at once: {box_count} labels print.</source>
        <translation>Ящиків за раз: {box_count}, буде надруковано етикеток: {box_count}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/printqueue.py" line="57"/>
        <source>Unknown document &apos;{document}&apos;.</source>
        <translation>Невідомий документ &apos;{document}&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/printqueue.py" line="74"/>
        <source>There is no print job {job_id}.</source>
        <translation>Немає завдання друку {job_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/recipients.py" line="88"/>
        <source>The EDRPOU code has 8 digits.</source>
        <translation>Код ЄДРПОУ має 8 цифр.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/recipients.py" line="92"/>
        <source>The EDRPOU code {edrpou} has a wrong check digit: a digit is mistyped. Compare it with the recipient&apos;s extract from the Unified State Register.</source>
        <translation>Код ЄДРПОУ {edrpou} має неправильну контрольну цифру: одну цифру введено з помилкою. Звірте його з витягом отримувача з Єдиного державного реєстру.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/recipients.py" line="115"/>
        <source>There is no recipient with id {recipient_id}.</source>
        <translation>Немає отримувача з ID {recipient_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/recipients.py" line="133"/>
        <source>There is no recipient &apos;{name}&apos;. Add it with &apos;hafenlager recipient add&apos;.</source>
        <translation>Немає отримувача &apos;{name}&apos;. Додайте його командою &apos;hafenlager recipient add&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/stock.py" line="339"/>
        <source>{parsed_text} is a control code: it works on the scan screen.</source>
        <translation>{parsed_text} — це керуючий код: він працює на екрані сканування.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/stock.py" line="352"/>
        <source>No {kind_label} has the code {parsed_text}: it may belong to another database or was never printed from this one.</source>
        <translation>Немає об’єкта типу «{kind_label}» з кодом {parsed_text}: можливо, він належить до іншої бази даних або ніколи не друкувався з цієї.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/stock.py" line="369"/>
        <source>Unknown status &apos;{value}&apos;. Use one of: {choices}.</source>
        <translation>Невідомий статус &apos;{value}&apos;. Використовуйте один із: {choices}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="69"/>
        <source>{year} is not a vehicle&apos;s model year.</source>
        <translation>{year} не може бути роком випуску транспортного засобу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="75"/>
        <source>The first registration cannot be in the future.</source>
        <translation>Дата першої реєстрації не може бути в майбутньому.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="81"/>
        <source>Fuel is one of {fuels}.</source>
        <translation>Тип пального має бути одним із: {fuels}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="85"/>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="90"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="111"/>
        <source>VIN {vin} is already box {holder}&apos;s: a vehicle is taken in once (check the VIN, or correct that box).</source>
        <translation>VIN {vin} уже належить ящику {holder}: транспортний засіб приймається лише один раз (перевірте VIN або виправте той ящик).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="135"/>
        <source>VIN {vin} was just taken in at another station: check the VIN.</source>
        <translation>VIN {vin} щойно прийнято на іншому робочому місці: перевірте VIN.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="147"/>
        <source>Donated vehicle {box_code} corrected (VIN {vin}).</source>
        <translation>Подарований транспорт {box_code} виправлено (VIN {vin}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/vehicles.py" line="159"/>
        <source>Box {code} is not a vehicle: its category holds no vehicles.</source>
        <translation>Ящик {code} не є транспортним засобом: його категорія не містить транспортних засобів.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="36"/>
        <source>This copy is for an SQLite file; a PostgreSQL database is backed up with &apos;hafenlager backup&apos;, which runs pg_dump.</source>
        <translation>Це копіювання призначене для файлу SQLite; резервну копію бази даних PostgreSQL створюють командою &apos;hafenlager backup&apos;, яка запускає pg_dump.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="116"/>
        <source>Restore a backup with &apos;hafenlager restore FILE&apos; (backups are in {backup_dir}).</source>
        <translation>Відновіть резервну копію командою &apos;hafenlager restore FILE&apos; (резервні копії зберігаються в {backup_dir}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="123"/>
        <source>Restore the newest backup (restore checks it): &apos;hafenlager restore {newest}&apos;.</source>
        <translation>Відновіть найновішу резервну копію (restore її перевіряє): &apos;hafenlager restore {newest}&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="152"/>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="116"/>
        <source>The backup to {dest} failed ({reason}). Free some disk space or choose another place with --out; the database itself is unchanged.</source>
        <translation>Не вдалося створити резервну копію в {dest} ({reason}). Звільніть місце на диску або виберіть інше місце через --out; саму базу даних не змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="181"/>
        <source>it is damaged: {damage}</source>
        <translation>її пошкоджено: {damage}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="185"/>
        <source>it has no schema_history table, so it is not a Hafenlager database</source>
        <translation>у ній немає таблиці schema_history, тож це не база даних Hafenlager</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="192"/>
        <source>it cannot be read: {reason}</source>
        <translation>її неможливо прочитати: {reason}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="204"/>
        <source>; the failed copy is kept as {aside}</source>
        <translation>; невдалу копію збережено як {aside}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="210"/>
        <source>The backup to {dest} was not kept: {problem}{kept}. Run &apos;hafenlager check&apos;; the earlier backups are untouched.</source>
        <translation>Резервну копію в {dest} не збережено: {problem}{kept}. Запустіть &apos;hafenlager check&apos;; попередні резервні копії не зачеплено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="293"/>
        <source>The database is damaged ({damage}), so no daily backup was made and the earlier ones stay. {backup_dir}</source>
        <translation>База даних пошкоджена ({damage}), тому щоденну резервну копію не створено, а попередні залишаються. {backup_dir}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="376"/>
        <source>There is no database at {path}. Check the path (--db or HAFENLAGER_DB); {missing}.</source>
        <translation>Бази даних за шляхом {path} немає. Перевірте шлях (--db або HAFENLAGER_DB); {missing}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="389"/>
        <location filename="../../warehouse_app/storage/engine.py" line="129"/>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>Неможливо прочитати {path}: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="395"/>
        <location filename="../../warehouse_app/storage/engine.py" line="135"/>
        <source>{path} is not a Hafenlager database (it is not an SQLite file at all). Check the path, or restore a backup with &apos;hafenlager restore FILE&apos;.</source>
        <translation>{path} — не база даних Hafenlager (це взагалі не файл SQLite). Перевірте шлях або відновіть резервну копію командою &apos;hafenlager restore FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="409"/>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="155"/>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} не існує або не є файлом.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="414"/>
        <source>{path} is not a Hafenlager database (not an SQLite file). Nothing was restored.</source>
        <translation>{path} — не база даних Hafenlager (не файл SQLite). Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="427"/>
        <source>{path} is an SQLite file but not a Hafenlager database. Nothing was restored.</source>
        <translation>{path} — файл SQLite, але не база даних Hafenlager. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="437"/>
        <source>{path} is damaged ({check}). Choose an older backup. Nothing was restored.</source>
        <translation>{path}: файл пошкоджено ({check}). Виберіть старішу резервну копію. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="450"/>
        <source>{path} cannot be read as a database ({exc}). Choose another backup. Nothing was restored.</source>
        <translation>{path} неможливо прочитати як базу даних ({exc}). Виберіть іншу резервну копію. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/backup.py" line="469"/>
        <source>Restoring {source} failed ({exc}).</source>
        <translation>Не вдалося відновити {source} ({exc}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/change_feed.py" line="108"/>
        <source>cannot follow other stations&apos; changes: {exc}</source>
        <translation>неможливо відстежувати зміни з інших робочих місць: {exc}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="76"/>
        <source>{path} is a folder, not a database file. Give the path of a file.</source>
        <translation>{path} — це папка, а не файл бази даних. Вкажіть шлях до файлу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="85"/>
        <source>Cannot create the folder {parent} for the database ({strerror}). Choose another place with --db or HAFENLAGER_DB.</source>
        <translation>Неможливо створити папку {parent} для бази даних ({strerror}). Виберіть інше місце через --db або HAFENLAGER_DB.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="95"/>
        <source>The database {path} is read-only. Give your user write permission on the file, or copy it to a folder you can write to and open the copy with --db.</source>
        <translation>База даних {path} доступна лише для читання. Надайте своєму користувачу право на запис у файл або скопіюйте його в папку, до якої маєте право запису, і відкрийте копію через --db.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="104"/>
        <source>The folder {parent} is read-only; the database needs to write its journal next to the file. Move the database to a folder you can write to.</source>
        <translation>Папка {parent} доступна лише для читання, а базі даних потрібно записувати журнал поруч із файлом. Перемістіть базу даних у папку, до якої маєте право запису.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="153"/>
        <source>{path} is an SQLite database of another program, not a Hafenlager database. Check the path, or restore a Hafenlager backup with &apos;hafenlager restore FILE&apos;.</source>
        <translation>{path} — база даних SQLite іншої програми, а не база даних Hafenlager. Перевірте шлях або відновіть резервну копію Hafenlager командою &apos;hafenlager restore FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="184"/>
        <source>Cannot open {url}: {exc}. For PostgreSQL install the extra &apos;pip install hafenlager[postgres]&apos;.</source>
        <translation>Неможливо відкрити {url}: {exc}. Для PostgreSQL установіть додатковий пакет: &apos;pip install hafenlager[postgres]&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="213"/>
        <source>The database {where} is locked by another program or workstation. Wait a moment and try again; if it stays locked, close the other Hafenlager.</source>
        <translation>Базу даних {where} заблокувала інша програма або інше робоче місце. Зачекайте трохи й спробуйте ще раз; якщо блокування не зникне, закрийте інший екземпляр Hafenlager.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="222"/>
        <source>The database {where} is read-only. Give your user write permission on it.</source>
        <translation>База даних {where} доступна лише для читання. Надайте своєму користувачу право на запис у неї.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="230"/>
        <source>The disk holding {where} is full. Free some space (old backups, downloads); nothing was saved.</source>
        <translation>Диск, на якому розміщено {where}, заповнений. Звільніть місце (старі резервні копії, завантаження); нічого не збережено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="239"/>
        <source>The database {where} is damaged ({exc}). Restore the latest backup with &apos;hafenlager restore FILE&apos; (backups are in the &apos;backups&apos; folder next to it).</source>
        <translation>База даних {where} пошкоджена ({exc}). Відновіть найновішу резервну копію командою &apos;hafenlager restore FILE&apos; (резервні копії — у папці &apos;backups&apos; поруч із нею).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="250"/>
        <source>Cannot open the database {where}: check the path and its permissions.</source>
        <translation>Неможливо відкрити базу даних {where}: перевірте шлях і права доступу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/engine.py" line="256"/>
        <source>Database error on {where}: {exc}</source>
        <translation>Помилка бази даних {where}: {exc}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/opening.py" line="136"/>
        <source>The database {target} is damaged ({damage}); it was not opened. {path}</source>
        <translation>База даних {target} пошкоджена ({damage}); її не відкрито. {path}</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_tools.py" line="57"/>
        <source>{name} is not in {folder} ({bin_env_var}): {_install_hint}. Nothing was changed.</source>
        <translation>{name} немає в {folder} ({bin_env_var}): {_install_hint}. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_tools.py" line="73"/>
        <source>{name} was not found: {_install_hint}. Nothing was changed.</source>
        <translation>{name} не знайдено: {_install_hint}. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_tools.py" line="117"/>
        <source>{tool} cannot be started ({reason}): {install_hint}.</source>
        <translation>Неможливо запустити {tool} ({reason}): {install_hint}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="82"/>
        <source>The backup of {url} to {dest} failed: {stderr}. The database itself is unchanged.</source>
        <translation>Не вдалося створити резервну копію {url} в {dest}: {stderr}. Саму базу даних не змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="94"/>
        <source>The backup written to {dest} does not read back ({problem}), so it was not kept; the database itself is unchanged. Try again, or another place with --out.</source>
        <translation>Резервна копія, записана в {dest}, не читається ({problem}), тому її не збережено; саму базу даних не змінено. Спробуйте ще раз або виберіть інше місце через --out.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="105"/>
        <source>{url} is not a Hafenlager database (it has no {history_table} table), so no backup was kept. Check --db or HAFENLAGER_DB.</source>
        <translation>{url} — не база даних Hafenlager (у ній немає таблиці {history_table}), тому резервну копію не збережено. Перевірте --db або HAFENLAGER_DB.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="162"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Неможливо прочитати {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="168"/>
        <source>{path} is an SQLite backup; a PostgreSQL database is restored from a .pgdump made by &apos;hafenlager backup&apos;. To move an SQLite hall onto the server, use &apos;hafenlager migrate-to URL&apos; into an empty database. Nothing was restored.</source>
        <translation>{path} — резервна копія SQLite; базу даних PostgreSQL відновлюють із файлу .pgdump, створеного командою &apos;hafenlager backup&apos;. Щоб перенести дані залу з SQLite на сервер, виконайте &apos;hafenlager migrate-to URL&apos; у порожню базу даних. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="178"/>
        <source>{path} is not a Hafenlager backup (not a pg_dump custom-format file). Nothing was restored.</source>
        <translation>{path} — не резервна копія Hafenlager (не файл pg_dump у форматі custom). Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="188"/>
        <source>{path} cannot be read as a PostgreSQL backup ({problem}). Choose another backup. Nothing was restored.</source>
        <translation>{path} неможливо прочитати як резервну копію PostgreSQL ({problem}). Виберіть іншу резервну копію. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="198"/>
        <source>{path} is a PostgreSQL dump but not of a Hafenlager database. Nothing was restored.</source>
        <translation>{path} — дамп PostgreSQL, але не бази даних Hafenlager. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="215"/>
        <source>{path} cannot be read ({stderr}). Choose another backup. Nothing was restored.</source>
        <translation>{path} неможливо прочитати ({stderr}). Виберіть іншу резервну копію. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="268"/>
        <source>{source} cannot be read ({stderr}). Choose another backup. Nothing was restored.</source>
        <translation>{source} неможливо прочитати ({stderr}). Виберіть іншу резервну копію. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="292"/>
        <source>Restoring {source} into {url} failed: {stderr}. Nothing was restored; the database is as it was.</source>
        <translation>Не вдалося відновити {source} в {url}: {stderr}. Нічого не відновлено; база даних залишилася без змін.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="334"/>
        <source>{source} was made by a newer Hafenlager (schema {version}); install that version to restore it. Nothing was restored.</source>
        <translation>{source} створено новішою версією Hafenlager (схема {version}); щоб відновити цю копію, установіть ту версію. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="345"/>
        <source>{url} holds tables of another program, not a Hafenlager database; restore into the hall&apos;s database or an empty one. Nothing was restored.</source>
        <translation>{url} містить таблиці іншої програми, а не базу даних Hafenlager; відновлюйте в базу даних залу або в порожню. Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_backup.py" line="354"/>
        <source>Hafenlager is still open on {stations}: close it there first, a restore must not replace the database under a station (a PC that lost power stays connected until the server notices; --force restores anyway). Nothing was restored.</source>
        <translation>Hafenlager ще відкрито на робочих місцях: {stations}. Спочатку закрийте його там: відновлення не повинне замінювати базу даних під робочим місцем (ПК, який втратив живлення, залишається підключеним, доки сервер цього не помітить; --force відновлює попри це). Нічого не відновлено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="23"/>
        <location filename="../../warehouse_app/validation.py" line="30"/>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label}: &apos;{value}&apos; — не число.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="38"/>
        <source>{label}: {value} is far too large; check the number.</source>
        <translation>{label}: {value} — занадто велике значення; перевірте число.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="51"/>
        <location filename="../../warehouse_app/validation.py" line="77"/>
        <source>{label} is {low} to {high}, not {number}.</source>
        <translation>{label}: допустимо від {low} до {high}, а не {number}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="70"/>
        <source>{label} is a whole number, not {value!r}.</source>
        <translation>{label}: потрібне ціле число, а не {value!r}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="91"/>
        <source>{label} {date:%d.%m.%Y} is more than two years ahead: check the year.</source>
        <translation>{label} {date:%d.%m.%Y}: це більше ніж на два роки вперед — перевірте рік.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="114"/>
        <source>{label} must be more than 0.</source>
        <translation>{label}: значення має бути більше 0.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="123"/>
        <source>{label} cannot be negative.</source>
        <translation>{label}: значення не може бути від&apos;ємним.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="133"/>
        <source>Gross weight (with packaging) cannot be less than net weight.</source>
        <translation>Вага брутто (з упаковкою) не може бути меншою за вагу нетто.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="146"/>
        <source>Wear: &apos;{percent}&apos; is not a whole number.</source>
        <translation>Знос: &apos;{percent}&apos; — не ціле число.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="152"/>
        <source>Wear is a percentage from 0 to 100.</source>
        <translation>Знос — це відсоток від 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="156"/>
        <source>New goods have 0 % wear; mark the goods as used.</source>
        <translation>Нові товари мають 0 % зносу; позначте товари як вживані.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="166"/>
        <source>{label} is empty.</source>
        <translation>{label}: поле порожнє.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="170"/>
        <source>{label} is longer than {max_length} characters.</source>
        <translation>{label}: текст задовгий (максимум символів: {max_length}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="189"/>
        <source>The expiry date {value:%d.%m.%Y} is in the past: such goods cannot be shipped.</source>
        <translation>Дата закінчення терміну придатності {value:%d.%m.%Y} уже минула: такі товари не можна відправляти.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="202"/>
        <source>&apos;{value}&apos; is not a colour like #C0392B.</source>
        <translation>&apos;{value}&apos; — не колір у форматі #C0392B.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="213"/>
        <source>&apos;{value}&apos; is not an HS code: 4 to 10 digits, for example 9404.30.</source>
        <translation>&apos;{value}&apos; — не код HS: від 4 до 10 цифр, наприклад 9404.30.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="226"/>
        <source>&apos;{value}&apos; is not a two-letter country code such as DE or UA.</source>
        <translation>&apos;{value}&apos; — не дволітерний код країни, як-от DE або UA.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="239"/>
        <source>The short code is 1 to 4 letters A-Z, for example GW.</source>
        <translation>Короткий код — від 1 до 4 літер A-Z, наприклад GW.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="273"/>
        <source>&apos;{cleaned}&apos; is not a date: type it like 31.12.2027 or 12.2027.</source>
        <translation>&apos;{cleaned}&apos; — не дата: введіть її як 31.12.2027 або 12.2027.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="301"/>
        <source>Driver &apos;{line}&apos; needs a passport number: write &apos;Name: passport number&apos;, one driver a line.</source>
        <translation>Водій &apos;{line}&apos;: потрібен номер паспорта. Пишіть «Ім’я: номер паспорта», по одному водію в рядку.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="317"/>
        <source>The carrier {name} needs its address (street, postcode, town, country): the CMR names both.</source>
        <translation>Для перевізника {name} потрібна адреса (вулиця, поштовий індекс, місто, країна): у CMR зазначаються і назва, і адреса.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="327"/>
        <source>Give the carrier&apos;s name with its address.</source>
        <translation>Вкажіть назву перевізника разом з адресою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="350"/>
        <source>A VIN has 17 characters; {vin} has {vin_count}.</source>
        <translation>VIN має 17 символів; у {vin} їх {vin_count}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="357"/>
        <source>A VIN never holds {wrong} (they pass for 1 and 0): check {vin}.</source>
        <translation>VIN ніколи не містить {wrong} (їх легко сплутати з 1 і 0): перевірте {vin}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="366"/>
        <source>A VIN holds only letters and digits: {vin} has {unknown}.</source>
        <translation>VIN містить лише літери та цифри: у {vin} є {unknown}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="377"/>
        <source>The check digit of {vin} (9th character) should be {expected}: a character is mistyped.</source>
        <translation>Контрольна цифра {vin} (9-й символ) має бути {expected}: один символ введено з помилкою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/validation.py" line="393"/>
        <source>A donated vehicle needs its VIN (17 characters, on the registration papers).</source>
        <translation>Для пожертвуваного транспортного засобу потрібен VIN (17 символів, зазначений у реєстраційних документах).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/demo/__init__.py" line="35"/>
        <source>Unknown demo size &apos;{size}&apos;: use small, large or xl.</source>
        <translation>Невідомий розмір демо &apos;{size}&apos;: використайте small, large або xl.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/demo/__init__.py" line="41"/>
        <source>The database already holds {count} boxes; demo data goes only into an empty database. Start with --db on a new file to try the demo.</source>
        <translation>База даних уже містить ящики (кількість: {count}); демодані додаються лише до порожньої бази даних. Щоб спробувати демо, запустіть програму з --db для нового файлу.</translation>
    </message>
    <message>
        <location filename="../../reports/documents.py" line="24"/>
        <source>Unknown label format &apos;{name}&apos;. Formats: {formats} (&apos;hafenlager labels --list-formats&apos; describes them).</source>
        <translation>Невідомий формат етикеток &apos;{name}&apos;. Формати: {formats} (&apos;hafenlager labels --list-formats&apos; описує їх).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/convoy_set.py" line="101"/>
        <source>Convoy {convoy_number} departed: its papers are the archived ones, in the languages they were printed in. Leave out the languages to reprint them.</source>
        <translation>Конвой {convoy_number} відправлено: його документи — архівні, тими мовами, якими їх надруковано. Щоб передрукувати їх, не вказуйте мов.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/archive.py" line="89"/>
        <source>The archived {file_name} of convoy {convoy_number} does not match its SHA-256: the database was damaged. Restore the latest backup (&apos;hafenlager restore FILE&apos;).</source>
        <translation>Архівний файл {file_name} конвою {convoy_number} не відповідає своїй контрольній сумі SHA-256: базу даних пошкоджено. Відновіть найновішу резервну копію (&apos;hafenlager restore FILE&apos;).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/file_check.py" line="115"/>
        <source>{path} is an SQLite database but not a Hafenlager database (it has no schema_history table). Check the path.</source>
        <translation>{path} — база даних SQLite, але не база даних Hafenlager (у ній немає таблиці schema_history). Перевірте шлях.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="80"/>
        <source>migrate-to copies an SQLite database, and {source} is a server; give the SQLite file with --db.</source>
        <translation>migrate-to копіює базу даних SQLite, а {source} — це сервер; вкажіть файл SQLite через --db.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="91"/>
        <source>There is no database at {path}. Check the path (--db or HAFENLAGER_DB); nothing was copied.</source>
        <translation>Бази даних за шляхом {path} немає. Перевірте шлях (--db або HAFENLAGER_DB); нічого не скопійовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="100"/>
        <source>&apos;{url}&apos; is not a PostgreSQL URL; give one like postgresql://hafenlager@server/hafenlager.</source>
        <translation>&apos;{url}&apos; — не URL PostgreSQL; вкажіть, наприклад, postgresql://hafenlager@server/hafenlager.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="127"/>
        <source>{where} already holds tables ({tables_item}{more}); migrate-to copies into an empty database only. Create a new one (createdb -O hafenlager NAME) or give another. Nothing was changed.</source>
        <translation>{where} уже містить таблиці ({tables_item}{more}); migrate-to копіює лише в порожню базу даних. Створіть нову (createdb -O hafenlager NAME) або вкажіть іншу. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="162"/>
        <source>Copying into {where} failed while {current} ({reason}). Nothing was written: the database is as empty as it was. Correct the SQLite database (or tell the developers) and run migrate-to again.</source>
        <translation>Не вдалося скопіювати в {where} на етапі: {current} ({reason}). Нічого не записано: база даних залишилася такою ж порожньою, як і була. Виправте базу даних SQLite (або повідомте розробників) і запустіть migrate-to ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrate_to.py" line="246"/>
        <source>The copy of the table {table} does not agree ({expected} rows in the SQLite database, {copied} copied, {found} on the server), so nothing was kept: the server&apos;s database is as empty as it was. Run &apos;hafenlager check&apos; on the file.</source>
        <translation>Копія таблиці {table} не збігається (рядків у базі даних SQLite: {expected}, скопійовано: {copied}, на сервері: {found}), тому нічого не збережено: база даних на сервері залишилася такою ж порожньою, як і була. Запустіть &apos;hafenlager check&apos; для файлу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrations/__init__.py" line="91"/>
        <source>This database holds tables but is not a Hafenlager database. Check the path, or restore a Hafenlager backup with &apos;hafenlager restore FILE&apos;.</source>
        <translation>Ця база даних містить таблиці, але не є базою даних Hafenlager. Перевірте шлях або відновіть резервну копію Hafenlager командою &apos;hafenlager restore FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/migrations/__init__.py" line="108"/>
        <source>This database was written by a newer Hafenlager (schema {version}; this program knows up to {current}). Install the newer Hafenlager, or restore a backup made with this version.</source>
        <translation>Цю базу даних записано новішою версією Hafenlager (схема {version}; ця програма знає схеми до {current}). Установіть новішу версію Hafenlager або відновіть резервну копію, створену цією версією.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/transactions.py" line="43"/>
        <source>The database is busy: another station is writing. Nothing was saved; try again in a moment.</source>
        <translation>База даних зайнята: інше робоче місце записує дані. Нічого не збережено; спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/transactions.py" line="165"/>
        <source>This station&apos;s database login may not make this change. Nothing was saved: do it at a station whose login allows it, or ask the admin.</source>
        <translation>Обліковий запис бази даних цього робочого місця не має права на цю зміну. Нічого не збережено: зробіть це на робочому місці, обліковий запис якого це дозволяє, або зверніться до адміністратора.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="36"/>
        <source>No printer is set for this station (Settings → This station).</source>
        <translation>Для цього робочого місця не вибрано принтер (Налаштування → Це робоче місце).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="43"/>
        <source>The printer &apos;{name}&apos; is not connected to this PC.</source>
        <translation>Принтер &apos;{name}&apos; не підключено до цього ПК.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="48"/>
        <source>The printer &apos;{name}&apos; reports an error (paper, ribbon, offline?).</source>
        <translation>Принтер &apos;{name}&apos; повідомляє про помилку (папір, стрічка, офлайн?).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="88"/>
        <location filename="../../ui/printing/printer.py" line="178"/>
        <source>The printer &apos;{name}&apos; did not accept the job.</source>
        <translation>Принтер &apos;{name}&apos; не прийняв завдання.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/jobs.py" line="85"/>
        <source>Printing was cancelled.</source>
        <translation>Друк скасовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/seed.py" line="32"/>
        <source>UN 3528 when fuelled: drain the tank or ship it as dangerous goods (ADR).</source>
        <translation>UN 3528 з пальним: злийте бак або відправляйте як небезпечний вантаж (ADR).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/seed.py" line="35"/>
        <source>Lithium-ion batteries (UN 3480/3481): dangerous goods rules for road transport.</source>
        <translation>Літій-іонні акумулятори (UN 3480/3481): правила перевезення небезпечних вантажів автомобільним транспортом.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/seed.py" line="215"/>
        <source>Export licence needed: enter the licence number before departure.</source>
        <translation>Потрібна експортна ліцензія: внесіть номер ліцензії до відправлення.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/seed.py" line="227"/>
        <source>Dual-use check: thermal imaging may need an export licence.</source>
        <translation>Перевірка подвійного призначення: для тепловізорів може знадобитися експортна ліцензія.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="110"/>
        <source>The list has no column for {missing}. Name the columns like the template (Kategorie, Beschreibung, Menge, Gewicht (kg), Anzahl Kartons, MHD) or map them by hand. Nothing was imported.</source>
        <translation>У списку немає стовпця для {missing}. Назвіть стовпці як у шаблоні (Kategorie, Beschreibung, Menge, Gewicht (kg), Anzahl Kartons, MHD) або призначте їх вручну. Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="148"/>
        <source>The list has problems: nothing was imported.</source>
        <translation>У списку є проблеми: нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="156"/>
        <source>Row {row}: {refusal} Nothing was imported.</source>
        <translation>Рядок {row}: {refusal} Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="171"/>
        <source>No association is called &apos;{code}&apos;: give its short code (hafenlager list associations). Nothing was imported.</source>
        <translation>Немає організації «{code}»: вкажіть її скорочення (hafenlager list associations). Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="205"/>
        <source>HS code {code} belongs to several categories: name the category.</source>
        <translation>Код HS {code} належить кільком категоріям: назвіть категорію.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="212"/>
        <source>No category is called &apos;{name}&apos;{code_part}: use a category&apos;s name in German, English or Ukrainian (hafenlager list categories).</source>
        <translation>Немає категорії «{name}»{code_part}: використайте назву категорії німецькою, англійською чи українською (hafenlager list categories).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="247"/>
        <source>A number of boxes is whole.</source>
        <translation>Кількість ящиків — ціле число.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="284"/>
        <source>{doubt} (import with &apos;accept unusual figures&apos; if right)</source>
        <translation>{doubt} (імпортуйте з «Прийняти незвичні значення», якщо це правильно)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="313"/>
        <location filename="../../warehouse_app/imports/donations.py" line="339"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="322"/>
        <source>&apos;{value}&apos; has a unit in it: write the number alone, the unit in its own column.</source>
        <translation>«{value}» містить одиницю: напишіть лише число, а одиницю — в окремому стовпці.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/donations.py" line="355"/>
        <source>Unknown unit &apos;{unit}&apos;: use Stk., kg, l or Satz.</source>
        <translation>Невідома одиниця «{unit}»: використайте шт., кг, л або компл.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="40"/>
        <source>There is no file {path}.</source>
        <translation>Файлу {path} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="49"/>
        <source>{path} is not a spreadsheet Hafenlager reads: save it as .xlsx or .csv.</source>
        <translation>{path} — не таблиця, яку читає Hafenlager: збережіть її як .xlsx або .csv.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="63"/>
        <source>{path} has no rows to import: the first sheet needs a header row and one row per line of goods.</source>
        <translation>У {path} немає рядків для імпорту: першому аркушу потрібен рядок заголовків і по рядку на кожну позицію товару.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="74"/>
        <location filename="../../warehouse_app/imports/sheets.py" line="113"/>
        <source>{path} has {rows} rows; an import takes at most {most}. Split the list into files of one delivery each.</source>
        <translation>У {path} {rows} рядків; імпорт приймає щонайбільше {most}. Розділіть список на файли по одній поставці.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="104"/>
        <source>{path} cannot be read as an Excel file ({reason}): save it again.</source>
        <translation>{path} не читається як файл Excel ({reason}): збережіть його ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="124"/>
        <source>{path} has merged cells ({cells}): unmerge them, one heading and one value per cell.</source>
        <translation>У {path} є об&apos;єднані клітинки ({cells}): роз&apos;єднайте їх, один заголовок і одне значення на клітинку.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="138"/>
        <source>{path}, cell {cell}, holds a formula: copy the sheet and paste it as values only, then import that.</source>
        <translation>{path}, клітинка {cell}, містить формулу: скопіюйте аркуш, вставте лише значення й імпортуйте це.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/sheets.py" line="155"/>
        <source>{path} is not a text file: save the list as .xlsx or .csv.</source>
        <translation>{path} — не текстовий файл: збережіть список як .xlsx або .csv.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="69"/>
        <source>No recipient is called &apos;{recipient}&apos; (hafenlager recipient list). Nothing was imported.</source>
        <translation>Немає отримувача «{recipient}» (hafenlager recipient list). Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="80"/>
        <source>The needs list has no column for the quantity and the goods (Kategorie or Beschreibung, Menge). Nothing was imported.</source>
        <translation>У списку потреб немає стовпця для кількості й товару (Kategorie або Beschreibung, Menge). Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="105"/>
        <source>A quantity is more than 0.</source>
        <translation>Кількість має бути більшою за 0.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="107"/>
        <source>The quantity is missing.</source>
        <translation>Не вказано кількість.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="156"/>
        <source>A category of the list was retired meanwhile at another desk. Nothing was imported: import the list again.</source>
        <translation>Тим часом на іншому робочому місці вивели з ужитку категорію зі списку. Нічого не імпортовано: імпортуйте список ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="164"/>
        <source>The recipient was removed meanwhile. Nothing was imported.</source>
        <translation>Тим часом отримувача видалили. Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="173"/>
        <source>Needs list {list} of {recipient} imported from {file}: {lines} lines.</source>
        <translation>Список потреб {list} отримувача {recipient} імпортовано з {file}: рядків {lines}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="55"/>
        <source>Needs list &quot;{title}&quot; of {recipient} started (list {result}).</source>
        <translation>Створено список потреб «{title}» отримувача {recipient} (список {result}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="71"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="90"/>
        <source>Say what is needed: a category or a description.</source>
        <translation>Вкажіть, що потрібно: категорію або опис.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="126"/>
        <source>Line {result} added to needs list {list_id}: {entry}.</source>
        <translation>Рядок {result} додано до списку потреб {list_id}: {entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="148"/>
        <source>Need line {line_id} changed: {entry}.</source>
        <translation>Рядок потреби {line_id} змінено: {entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="160"/>
        <source>Need line {line_id} is now {status}.</source>
        <translation>Рядок потреби {line_id} тепер: {status}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="113"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="105"/>
        <source>Priority &apos;{value}&apos;: write urgent, normal or nice to have.</source>
        <translation>Пріоритет «{value}»: напишіть терміново, звичайно або бажано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="168"/>
        <source>A need line is open, partly covered, covered or withdrawn.</source>
        <translation>Рядок потреби може бути відкритим, частково покритим, покритим або відкликаним.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="181"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="211"/>
        <source>There is no need line {line_id}.</source>
        <translation>Рядка потреби {line_id} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/needs_list.py" line="124"/>
        <source>Say what is needed.</source>
        <translation>Вкажіть, що потрібно.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/from_needs.py" line="155"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="135"/>
        <location filename="../../warehouse_app/services/needs.py" line="116"/>
        <source>There is no needs list {list_id}.</source>
        <translation>Немає списку потреб {list_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/offers.py" line="49"/>
        <source>The offers list has no column for who offers and what (Name, Kategorie or Beschreibung). Nothing was imported.</source>
        <translation>У списку пропозицій немає стовпця для того, хто пропонує і що (Name, Kategorie або Beschreibung). Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/offers.py" line="106"/>
        <source>No association is called &apos;{code}&apos;: give its short code or name.</source>
        <translation>Немає організації «{code}»: вкажіть її скорочення або назву.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/offers.py" line="117"/>
        <source>Count the boxes in whole numbers.</source>
        <translation>Вкажіть кількість ящиків цілим числом.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/shortage.py" line="66"/>
        <source>&apos;{path_name}&apos; should end in .pdf (to print or post) or .xlsx (for Excel).</source>
        <translation>«{path_name}» має закінчуватися на .pdf (для друку чи надсилання) або .xlsx (для Excel).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/shortage.py" line="89"/>
        <location filename="../../warehouse_app/services/need_lines.py" line="65"/>
        <source>No recipient is called &apos;{recipient}&apos; (hafenlager recipient list).</source>
        <translation>Немає отримувача «{recipient}» (hafenlager recipient list).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/imports/template.py" line="160"/>
        <source>There is no &apos;{kind}&apos; template: choose donations, needs or offers.</source>
        <translation>Шаблону «{kind}» немає: виберіть donations, needs або offers.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/dropoff.py" line="60"/>
        <source>The drop-off slot ends at {ends} before it starts at {starts}: choose a slot that ends after it starts.</source>
        <translation>Слот доставки закінчується о {ends}, раніше, ніж починається о {starts}: виберіть слот, який закінчується після початку.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/dropoff.py" line="373"/>
        <source>A drop-off confirmation cannot be written in &apos;{language}&apos;: choose one of {languages}.</source>
        <translation>Підтвердження доставки не можна скласти мовою «{language}»: виберіть одну з мов {languages}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="226"/>
        <location filename="../../warehouse_app/services/appointments.py" line="425"/>
        <source>There is no appointment {appointment_id}.</source>
        <translation>Запису {appointment_id} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="246"/>
        <source>Offer {offer_id} booked for {starts_at}.</source>
        <translation>Пропозицію {offer_id} записано на {starts_at}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="261"/>
        <location filename="../../warehouse_app/services/offers.py" line="230"/>
        <location filename="../../warehouse_app/services/offers.py" line="397"/>
        <source>There is no offer {offer_id}.</source>
        <translation>Пропозиції {offer_id} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="265"/>
        <source>Accept offer {offer_id} first: only an accepted offer gets a slot.</source>
        <translation>Спершу прийміть пропозицію {offer_id}: слот отримує лише прийнята пропозиція.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="273"/>
        <source>Offer {offer_id} has an appointment already: move that one, or cancel it first.</source>
        <translation>Пропозиція {offer_id} уже має запис: перенесіть його або спершу скасуйте.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="313"/>
        <source>Appointment {appointment_id} moved to {starts_at}.</source>
        <translation>Візит {appointment_id} перенесено на {starts_at}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="327"/>
        <source>Appointment {appointment_id} cancelled (did not come: {missed}).</source>
        <translation>Візит {appointment_id} скасовано (не прийшли: {missed}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="344"/>
        <source>Drop-off slot {starts_at} changed (capacity {capacity}, closed {closed}).</source>
        <translation>Часовий слот {starts_at} змінено (місткість {capacity}, закрито {closed}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="363"/>
        <source>The slot at {when} has appointments ({numbers}): move or cancel them first, and tell the donors.</source>
        <translation>У слоті {when} є записи ({numbers}): спершу перенесіть або скасуйте їх і повідомте жертводавців.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="376"/>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="106"/>
        <source>A slot takes 1 to 1000.</source>
        <translation>Місткість слота — від 1 до 1000.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="396"/>
        <source>That appointment was cancelled meanwhile: receive the goods without it, or choose another.</source>
        <translation>Цей запис тим часом скасовано: прийміть товари без запису або виберіть інший.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="430"/>
        <source>Appointment {number} cannot change any more ({status}).</source>
        <translation>Запис {number} більше не можна змінити ({status}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="26"/>
        <source>The hall takes no drop-offs at {when}: choose one of the day&apos;s slots (the Drop-offs tab, or hafenlager appointments slots --date).</source>
        <translation>О {when} склад не приймає доставок: виберіть один зі слотів цього дня (вкладка «Записи» або hafenlager appointments slots --date).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="53"/>
        <source>That slot has begun already: choose a later one.</source>
        <translation>Цей слот уже почався: виберіть пізніший.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="61"/>
        <source>The donor can bring it from {first} to {last} only: choose a slot then, or change the offer.</source>
        <translation>Жертводавець може привезти це лише з {first} по {last}: виберіть слот у цей період або змініть пропозицію.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="73"/>
        <source>The slot at {when} is closed: choose another.</source>
        <translation>Слот на {when} закрито: виберіть інший.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="89"/>
        <source>The slot at {when} takes at most {capacity} {unit}, and this drop-off needs {wanted}: book it on two slots (two offers) or give a smaller load.</source>
        <translation>Слот {when} вміщає щонайбільше {capacity} ({unit}), а ця доставка потребує {wanted}: розподіліть її на два слоти (дві пропозиції) або вкажіть менше.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="102"/>
        <source>The slot at {when} is full ({taken} of {capacity} {unit} taken): choose another.</source>
        <translation>Слот на {when} заповнено (зайнято {taken} з {capacity} {unit}): виберіть інший.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/slot_rules.py" line="119"/>
        <source>An appointment takes at least one place of its slot.</source>
        <translation>Запис займає щонайменше одне місце у своєму слоті.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointments.py" line="463"/>
        <source>There is no appointment {number}.</source>
        <translation>Запису {number} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="64"/>
        <source>&apos;{part}&apos; is not an opening time: write the weekday&apos;s number (1 Monday … 7 Sunday) and the hours, e.g. &apos;2 10:00-16:00, 4 15:00-19:00&apos;.</source>
        <translation>«{part}» — не години прийому: напишіть номер дня тижня (1 — понеділок … 7 — неділя) і години, наприклад «2 10:00-16:00, 4 15:00-19:00».</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="74"/>
        <source>&apos;{part}&apos; closes before it opens.</source>
        <translation>«{part}»: час закриття раніший за час відкриття.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="103"/>
        <source>A slot lasts 10 to 480 minutes.</source>
        <translation>Слот триває від 10 до 480 хвилин.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/dropoff_hours.py" line="109"/>
        <source>Count a slot in vehicles, boxes or m3.</source>
        <translation>Рахуйте місткість слота в авто, ящиках або м³ (vehicles, boxes, m3).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="100"/>
        <source>Offered by</source>
        <translation>Хто пропонує</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="82"/>
        <location filename="../../warehouse_app/services/offers.py" line="109"/>
        <source>That category no longer exists: choose another.</source>
        <translation>Цієї категорії більше немає: виберіть іншу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="115"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="121"/>
        <source>Say what is offered: a category or a description.</source>
        <translation>Вкажіть, що пропонується: категорію або опис.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="128"/>
        <source>That association no longer exists.</source>
        <translation>Цієї організації більше немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/need_lines.py" line="99"/>
        <location filename="../../warehouse_app/services/offers.py" line="133"/>
        <source>Unknown unit &apos;{unit}&apos;: use pcs, kg, l or set.</source>
        <translation>Невідома одиниця «{unit}»: використайте шт., кг, л або компл.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="138"/>
        <source>Weight (kg)</source>
        <translation>Вага (кг)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="142"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="53"/>
        <source>Boxes</source>
        <translation>Ящики</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="151"/>
        <source>&apos;Available until&apos; is before &apos;available from&apos;: check the dates.</source>
        <translation>«Доступно до» раніше, ніж «доступно з»: перевірте дати.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="183"/>
        <source>Offer {result} recorded: {entry}.</source>
        <translation>Пропозицію {result} записано: {entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="196"/>
        <source>Offers {result} recorded from a list.</source>
        <translation>Пропозиції {result} записано зі списку.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="208"/>
        <source>Offer {offer_id} changed: {entry}.</source>
        <translation>Пропозицію {offer_id} змінено: {entry}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="216"/>
        <source>Offer {offer_id} is {status}: it cannot be changed any more.</source>
        <translation>Пропозиція {offer_id} має статус «{status}»: її більше не можна змінити.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="239"/>
        <source>Offer {offer_id} accepted (need line {need_line_id}).</source>
        <translation>Пропозицію {offer_id} прийнято (рядок потреби {need_line_id}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="249"/>
        <source>Offer {offer_id} is {status}: it cannot be accepted.</source>
        <translation>Пропозиція {offer_id} має статус «{status}»: її не можна прийняти.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="258"/>
        <source>That need line is gone, covered or withdrawn: accept the offer as general stock or choose another line.</source>
        <translation>Цього рядка потреб уже немає, його покрито або відкликано: прийміть пропозицію як загальний запас або виберіть інший рядок.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="267"/>
        <source>The offer&apos;s category is not the need line&apos;s: choose a line that asks for these goods.</source>
        <translation>Категорія пропозиції не збігається з категорією рядка потреб: виберіть рядок, у якому запитано ці товари.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="286"/>
        <source>Offer {offer_id} declined: {reason}.</source>
        <translation>Пропозицію {offer_id} відхилено: {reason}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="296"/>
        <source>Decline with a reason: not needed now, not accepted goods or quality.</source>
        <translation>Вкажіть причину відхилення: зараз не потрібно, товари, які склад не приймає, або якість.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="309"/>
        <source>Offer {offer_id} withdrawn.</source>
        <translation>Пропозицію {offer_id} відкликано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offers.py" line="322"/>
        <source>Offer {offer_id} is {status} already.</source>
        <translation>Пропозиція {offer_id} уже має статус «{status}».</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offer_photos.py" line="26"/>
        <source>{name} is not a JPG or PNG photo.</source>
        <translation>{name} — не фото у форматі JPG або PNG.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/offer_photos.py" line="33"/>
        <source>{name} is not a photo Hafenlager keeps (JPG or PNG, at most 8 MB).</source>
        <translation>{name} — не фото, яке зберігає Hafenlager (JPG або PNG, не більше 8 МБ).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/appointment_papers.py" line="23"/>
        <source>Appointment {number} is not booked any more ({status}): there is nothing to confirm. Book a new slot for the offer first.</source>
        <translation>Запис {number} більше не заброньовано ({status}): нема чого підтверджувати. Спершу забронюйте для пропозиції новий слот.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="9"/>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="10"/>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="11"/>
        <source>declined</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="12"/>
        <source>brought to the hall</source>
        <translation>привезено на склад</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="13"/>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="16"/>
        <source>booked</source>
        <translation>заброньовано</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="17"/>
        <source>received at the door</source>
        <translation>прийнято на вході</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="18"/>
        <source>the donor did not come</source>
        <translation>жертводавець не прийшов</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="19"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="23"/>
        <source>boxes</source>
        <translation>ящики</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/status_words.py" line="24"/>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/papers/delivery_confirmation.py" line="81"/>
        <source>Convoy {convoy_number} is {status}: delivery confirmations are made once all its vehicles are delivered (&apos;hafenlager convoy deliver&apos;).</source>
        <translation>Конвой {convoy_number} має статус «{status}»: підтвердження доставки складають, коли доставлено всі його транспортні засоби (&apos;hafenlager convoy deliver&apos;).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="53"/>
        <source>The association&apos;s address</source>
        <translation>Адреса організації</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="54"/>
        <source>Tax office</source>
        <translation>Податкова інспекція</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="55"/>
        <source>Tax number</source>
        <translation>Податковий номер</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="56"/>
        <source>Assessment period</source>
        <translation>Податковий період</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="57"/>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="62"/>
        <source>The exemption notice&apos;s date lies ahead: give the date printed on it.</source>
        <translation>Дата рішення про звільнення ще не настала: вкажіть дату, надруковану на ньому.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="70"/>
        <source>The assessment period is the year the notice assessed (e.g. 2023), not after the notice&apos;s date.</source>
        <translation>Податковий період — це рік, за який видано рішення (наприклад, 2023), не пізніше дати рішення.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="93"/>
        <source>Donor&apos;s receipt {result} for donation {donation_id}.</source>
        <translation>Підтвердження для жертводавця {result} до пожертви {donation_id}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="116"/>
        <source>Donor</source>
        <translation>Жертводавець</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="119"/>
        <source>Donor&apos;s address</source>
        <translation>Адреса жертводавця</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="124"/>
        <source>Say where the goods come from: private, business or unknown.</source>
        <translation>Вкажіть, звідки товари: приватне майно, майно підприємства чи невідомо.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="134"/>
        <source>{association} has no tax exemption on record: enter its tax office, tax number, the notice&apos;s date and the purpose (hafenlager association tax {code} …).</source>
        <translation>Для {association} не внесено звільнення від податків: укажіть податкову інспекцію, податковий номер, дату рішення та мету (hafenlager association tax {code} …).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="146"/>
        <source>The exemption notice of {association} dates from {date}, more than 5 years ago: a receipt on it would not be recognised (§ 63 Abs. 5 AO). Enter the new notice first.</source>
        <translation>Рішення про звільнення для {association} датоване {date}, тобто понад 5 років тому: довідку на його підставі не визнають (§ 63 Abs. 5 AO). Спершу внесіть нове рішення.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="159"/>
        <source>The donation has no value recorded: correct the boxes&apos; value per unit first.</source>
        <translation>Для пожертви не вказано вартості: спершу виправте вартість за одиницю в ящиках.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="227"/>
        <source>Receipt {number} was issued for this gift to {donor} on {date}: a gift has one receipt. Print it again for {donor}, or cancel it with the tax office.</source>
        <translation>Підтвердження {number} для цієї пожертви видано {donor} {date}: на одну пожертву — одне підтвердження. Надрукуйте його ще раз для {donor} або анулюйте в податковій.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/donor_receipts.py" line="311"/>
        <source>The date of the exemption notice: type it like 14.05.2024.</source>
        <translation>Дата рішення про звільнення: введіть її у форматі 14.05.2024.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/holdings.py" line="110"/>
        <source>Say how many days ahead to look (0 or more), not {days}.</source>
        <translation>Вкажіть, на скільки днів наперед дивитися (0 або більше), а не {days}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/records.py" line="134"/>
        <source>This report cannot be grouped by &apos;{group}&apos;; choose from: {allowed}.</source>
        <translation>Цей звіт не можна групувати за «{group}»; виберіть із: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/records.py" line="149"/>
        <source>The period ends on {end:%d.%m.%Y}, before it starts ({start:%d.%m.%Y}): swap the dates.</source>
        <translation>Період закінчується {end:%d.%m.%Y}, раніше, ніж починається ({start:%d.%m.%Y}): поміняйте дати місцями.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="37"/>
        <source>Received</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="38"/>
        <source>Shipped</source>
        <translation>Відправлено</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="39"/>
        <source>Disposed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="40"/>
        <source>Stock on hand</source>
        <translation>Наявні запаси</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="41"/>
        <source>Expired and expiring</source>
        <translation>Прострочене й на межі терміну</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="44"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="65"/>
        <source>Association</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="45"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="46"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="47"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="48"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="66"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="49"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="50"/>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="59"/>
        <source>Pallets (shared by kg)</source>
        <translation>Піддони (частка за кг)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="47"/>
        <source>Sign-in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="48"/>
        <source>Sign-in refused</source>
        <translation>Вхід відхилено</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="49"/>
        <source>Refused</source>
        <translation>Відмова</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="50"/>
        <source>Movement</source>
        <translation>Переміщення</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="51"/>
        <source>Intake</source>
        <translation>Приймання</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="52"/>
        <source>Correction</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="54"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="51"/>
        <source>Convoy</source>
        <translation>Конвой</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="55"/>
        <source>Vehicle</source>
        <translation>Транспортний засіб</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="57"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="58"/>
        <source>Master data</source>
        <translation>Довідники</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="59"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="60"/>
        <location filename="../../warehouse_app/services/activity_query.py" line="39"/>
        <source>Person</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="62"/>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="63"/>
        <source>Needs</source>
        <translation>Потреби</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_log.py" line="64"/>
        <source>Offer</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="54"/>
        <source>Pieces</source>
        <translation>Штук</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="55"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="70"/>
        <source>Net kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="56"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="57"/>
        <source>Value EUR</source>
        <translation>Вартість, EUR</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="60"/>
        <source>Average days in the hall</source>
        <translation>Сер. днів на складі</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="61"/>
        <source>Oldest (days)</source>
        <translation>Найстаріше (днів)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/model.py" line="161"/>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="62"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="64"/>
        <source>Box</source>
        <translation>Ящик</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="67"/>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="69"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="71"/>
        <source>Best before</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="72"/>
        <source>Days left</source>
        <translation>Залишилось днів</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="73"/>
        <source>Minimum shelf life (days)</source>
        <translation>Мін. термін придатності (днів)</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="74"/>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="75"/>
        <source>Pallet</source>
        <translation>Піддон</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="76"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/tables.py" line="288"/>
        <source>Cannot save a report as &apos;{path_name}&apos;: choose .pdf, .xlsx or .csv.</source>
        <translation>Неможливо зберегти звіт як «{path_name}»: виберіть .pdf, .xlsx або .csv.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/city.py" line="54"/>
        <source>&apos;{text}&apos; is not a month: write it as 2026-11.</source>
        <translation>&apos;{text}&apos; — не місяць: напишіть його як 2026-11.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/city.py" line="64"/>
        <source>The city&apos;s sheet covers every association; you report on your own association&apos;s goods: choose a report of its own instead.</source>
        <translation>Звіт для міста охоплює всі організації, а ви звітуєте лише про товари своєї організації: виберіть натомість звіт саме для неї.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/expiring_actions.py" line="25"/>
        <source>Choose the boxes to dispose of first.</source>
        <translation>Спершу виберіть ящики для утилізації.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/expiring_actions.py" line="31"/>
        <source>There is no box {box_code}.</source>
        <translation>Ящика {box_code} немає.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/expiring_actions.py" line="45"/>
        <source>Choose the boxes to put on the convoy first.</source>
        <translation>Спершу виберіть ящики для конвою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="64"/>
        <source>Box {box_code} is named twice: a box is either missing, damaged or refused.</source>
        <translation>Ящик {box_code} названо двічі: ящик або бракує, або пошкоджено, або відхилено.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="74"/>
        <source>A finding is missing, damaged, refused or extra, not {kind}.</source>
        <translation>Розбіжність може бути: бракує, пошкоджено, відмовлено або зайве, а не {kind}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="83"/>
        <source>Say what came that was not on the list.</source>
        <translation>Вкажіть, що прибуло понад список.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="95"/>
        <source>{box_code}: a part of a box (code:quantity) is missing or damaged, and more than 0.</source>
        <translation>{box_code}: частина ящика (код:кількість) може бракувати або бути пошкодженою і має бути більше 0.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/discrepancies.py" line="105"/>
        <source>Box {box_code} is not on vehicle {number}: only its own boxes can be missing, damaged or refused (goods that are not on the list are extra).</source>
        <translation>Ящика {box_code} немає на транспорті {number}: бракувати, бути пошкодженими чи відхиленими можуть лише його власні ящики (товари, яких немає в списку, — зайві).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/receipts.py" line="56"/>
        <source>Convoy {convoy_number} has not left yet: its receiving kit is made at departure, when its goods are fixed.</source>
        <translation>Конвой {convoy_number} ще не вирушив: його список для приймання складається при відправленні, коли товари вже визначені.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/receipts.py" line="112"/>
        <source>This receipt checked a kit that was not issued for convoy {convoy_number}: import the receipt of this convoy&apos;s kit.</source>
        <translation>Ця розписка перевіряла список, виданий не для конвою {convoy_number}: імпортуйте розписку до списку цього конвою.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/convoys/receipts.py" line="123"/>
        <source>Convoy {convoy_number} is delivered already.</source>
        <translation>Конвой {convoy_number} уже доставлено.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/database.py" line="118"/>
        <source>Backup written to {file}.</source>
        <translation>Резервну копію записано: {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/database.py" line="227"/>
        <source>Restored from the backup {file}.</source>
        <translation>Відновлено з резервної копії {file}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/pins.py" line="28"/>
        <source>That was a label, not a PIN: this station is locked. Sign in first; the scan was not booked.</source>
        <translation>Це була етикетка, а не PIN-код: робоче місце заблоковано. Спершу увійдіть; сканування не записано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/pins.py" line="37"/>
        <source>A PIN is {low} to {high} digits, for example 4711; nothing else.</source>
        <translation>PIN-код складається лише з цифр, від {low} до {high}, наприклад 4711.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="23"/>
        <source>Taking in donations</source>
        <translation>Приймання пожертв</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="24"/>
        <source>Scanning</source>
        <translation>Сканування</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="25"/>
        <source>Printing labels</source>
        <translation>Друк етикеток</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="26"/>
        <source>Planning convoys</source>
        <translation>Планування конвоїв</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="27"/>
        <source>Making convoy papers</source>
        <translation>Підготовка документів конвою</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="28"/>
        <location filename="../../warehouse_app/services/activity_log.py" line="56"/>
        <source>Departure</source>
        <translation>Відправлення</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="29"/>
        <source>Recording a delivery</source>
        <translation>Запис доставки</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="30"/>
        <source>Correcting a box</source>
        <translation>Виправлення ящика</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="31"/>
        <location filename="../../warehouse_app/services/activity_log.py" line="53"/>
        <source>Disposal</source>
        <translation>Списання</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="32"/>
        <source>Keeping needs lists</source>
        <translation>Ведення списків потреб</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="33"/>
        <source>Handling offers and appointments</source>
        <translation>Робота з пропозиціями та записами</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="34"/>
        <source>Reading the activity log</source>
        <translation>Перегляд журналу дій</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="35"/>
        <source>Reading reports</source>
        <translation>Перегляд звітів</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="36"/>
        <source>Changing settings</source>
        <translation>Зміна налаштувань</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="37"/>
        <source>Changing categories, associations and places</source>
        <translation>Зміна категорій, організацій і місць</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="38"/>
        <source>Changing recipients</source>
        <translation>Зміна отримувачів</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="39"/>
        <source>Managing people</source>
        <translation>Керування користувачами</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="40"/>
        <location filename="../../warehouse_app/services/activity_log.py" line="61"/>
        <source>Backup</source>
        <translation>Резервне копіювання</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="41"/>
        <source>Restoring a backup</source>
        <translation>Відновлення резервної копії</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="67"/>
        <source>volunteer</source>
        <translation>волонтер</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="68"/>
        <source>lead</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="69"/>
        <source>admin</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="75"/>
        <source>a volunteer</source>
        <translation>волонтера</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="76"/>
        <source>a lead</source>
        <translation>керівника</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/access/roles.py" line="77"/>
        <source>an admin</source>
        <translation>адміністратора</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="37"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="38"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="40"/>
        <source>Station</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="41"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="42"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="43"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="44"/>
        <source>Summary</source>
        <translation>Короткий опис</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="45"/>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/activity_query.py" line="424"/>
        <source>Cannot export to &apos;{path_name}&apos;: choose a .xlsx file.</source>
        <translation>Неможливо експортувати в &apos;{path_name}&apos;: виберіть файл .xlsx.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="53"/>
        <source>This person is no longer active here. Sign in again with your own name.</source>
        <translation>Цей користувач тут більше не активний. Увійдіть знову під своїм ім’ям.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="77"/>
        <source>{action} is the hall&apos;s work: you see your own association&apos;s goods only. Ask a lead of the hall.</source>
        <translation>{action} — це робота складу: ви бачите лише товари власної організації. Зверніться до керівника складу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="86"/>
        <source>{action} needs {a_role}: ask one, or sign in as {role}.</source>
        <translation>{action}: потрібен дозвіл {a_role}. Зверніться до нього або увійдіть як {role}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="96"/>
        <source>Refused: {action} ({role} {name}).</source>
        <translation>Відмовлено: {action} ({role} {name}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="110"/>
        <source>Sign in first: this needs a person with a PIN.</source>
        <translation>Спершу увійдіть: для цього потрібен користувач із PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/guard.py" line="162"/>
        <source>You see your own association&apos;s goods only: choose it, or ask a lead of the hall.</source>
        <translation>Ви бачите лише товари власної організації: виберіть її або зверніться до керівника складу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="64"/>
        <location filename="../../warehouse_app/services/people.py" line="208"/>
        <source>There is no such person (id {id}).</source>
        <translation>Такого користувача немає (id {id}).</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="102"/>
        <source>This hall has an admin already: sign in, or ask them to add you.</source>
        <translation>У цьому залі вже є адміністратор: увійдіть або попросіть його додати вас.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="123"/>
        <source>{name} became the hall&apos;s first admin.</source>
        <translation>{name} — перший адміністратор залу.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="151"/>
        <source>{name} works here already: change their entry instead.</source>
        <translation>{name} уже є у списку: змініть наявний запис.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="165"/>
        <source>Added {name} as {role}.</source>
        <translation>Додано користувача {name}, роль: {role}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="233"/>
        <source>{name} is the hall&apos;s last admin: make another person admin first.</source>
        <translation>{name} — останній адміністратор залу: спершу призначте адміністратором когось іншого.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="252"/>
        <source>Changed {name}.</source>
        <translation>Змінено дані користувача {name}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="266"/>
        <source>Unknown association &apos;{code}&apos;: give its short code, e.g. BGH.</source>
        <translation>Невідома організація &apos;{code}&apos;: вкажіть її скорочення, наприклад BGH.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="285"/>
        <source>Unknown role &apos;{role}&apos;: use volunteer, lead or admin.</source>
        <translation>Невідома роль &apos;{role}&apos;: вкажіть volunteer, lead або admin.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/people.py" line="294"/>
        <source>A {role} needs a PIN: give one of 4 to 6 digits.</source>
        <translation>Для ролі «{role}» потрібен PIN-код: вкажіть від 4 до 6 цифр.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="66"/>
        <source>{name} no longer works here: ask an admin.</source>
        <translation>{name} тут більше не працює: зверніться до адміністратора.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="77"/>
        <source>Too many wrong PINs for {name}: wait {seconds} s, then try again.</source>
        <translation>{name}: забагато неправильних PIN-кодів. Зачекайте {seconds} с і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="92"/>
        <source>{name} has no PIN yet: ask an admin to set one.</source>
        <translation>{name}: PIN-код ще не встановлено. Попросіть адміністратора встановити його.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="102"/>
        <source>{name} set a PIN and signed in.</source>
        <translation>{name}: PIN-код встановлено, вхід виконано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="117"/>
        <source>{name} signed in.</source>
        <translation>{name}: вхід виконано.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="132"/>
        <source>Nobody called {name} works here: ask an admin to add you.</source>
        <translation>Користувача з ім’ям {name} тут немає: попросіть адміністратора додати вас.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="144"/>
        <source>{name} signed up as a volunteer.</source>
        <translation>Зареєстровано нового волонтера: {name}.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/signin.py" line="159"/>
        <source>Wrong PIN. Try again, or ask an admin to reset it.</source>
        <translation>Неправильний PIN-код. Спробуйте ще раз або попросіть адміністратора скинути його.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/storage/pg_roles.py" line="127"/>
        <source>&apos;{login}&apos; cannot be a database login: use small letters, digits and _, starting with a letter.</source>
        <translation>&apos;{login}&apos; не може бути логіном бази даних: використовуйте малі латинські літери, цифри та _, починаючи з літери.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/services/reporting/shares.py" line="36"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
</TS>
