<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Няма програма, която да отваря този файл</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Запази копие</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Запази копие…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>На този компютър няма програма, която отваря „{name}“. Можете да запазите копие и да го отворите по-късно с програма по ваш избор.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Консултантска услуга</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Лоша</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Общностен кооператив</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Общностна фондация</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернова</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Финансова услуга</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Насоки</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашен</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Законово задължение</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Легитимни интереси</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Местна власт</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Смесена</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобилен</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Препоръка за политики</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Обществена задача</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Регионална власт</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Споделена</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Социално предприятие</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Услуга за подкрепа</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Трето място</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Набор от инструменти</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Селско сдружение</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Жизненоважни интереси</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Оттеглена</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Служебен</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Предприятие за трудова интеграция</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Прикачен файл</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Дискусия</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Дискусии</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Свързани контакти</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Свързани практики</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Свързани инструменти</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Нов контакт</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Нова практика</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Нова тема</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Нов инструмент</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Инструменти</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отхвърли</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Остави го изтрит</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Обединена стойност (редактирайте, после запазете):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Отвори записа</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Възстанови записа</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Запази обединената стойност</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(празно)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Запази &amp;моята</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Запази &amp;тяхната</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Обединена стойност</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Няма конфликти: всичко, което групата ви промени, се съвмести.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не е запазено: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Отворени конфликти</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Отказано: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Уредено: „{title}“ — {field}. Изборът ви се споделя с групата при следващата синхронизация.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Тяхната стойност</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Тяхната — от {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Когато двама души са променили едно и също нещо преди синхронизиране, сървърът на групата е запазил едната стойност и е оставил другата настрана. Изберете какво да пише в записа; изборът ви се споделя с всички при следващата синхронизация.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Защо сървърът го отказа</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Вашата промяна ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Вашата стойност</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Вашата — от {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>друг член</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>изтрит или запазен</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>групата</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вас</translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation>{title} — {field}</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>(untitled)</source>
        <extracomment>a line above the record when something needs the person (set by the sync UI: banner_for(record) -&gt; rich text with an rd: link, or &quot;&quot;)</extracomment>
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Откажи редактирането</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Изберете запис от списъка или натиснете Ctrl+N, за да добавите нов.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Формуляр за редактиране</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Редактиране на {title}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Полетата, отбелязани с *, са задължителни.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Излизане без запазване?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Моля, коригирайте полетата, отбелязани по-долу.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Проблем с {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Задължително</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запази</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Запази записа</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Промените ви в този запис не са запазени. Да напуснете формуляра и да ги загубите?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>създаден от {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>в кошчето</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>последна промяна {when} от {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>още не е на този компютър</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>премахни</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>развържи</translation>
    </message>
    <message>
        <source>{label} *:</source>
        <translation>{label} *:</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Прикачени &amp;файлове:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Пре&amp;глед…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Папка с данни:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Размер на шрифта:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Език на интерфейса:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Код за покана:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Телефонен регион:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Новата папка с данни се използва от следващото стартиране.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Добавете свои практики, контакти и инструменти.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>П&amp;итай, преди синхронизация да промени повече от:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Изберете папката с данни</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Колони</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Свързване със сървър на група</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка с данни</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Папка с данни по подразбиране</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Демонстрационни записи за колекция</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Изтегляне при отваряне</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Измислени практики, контакти и инструменти на седем езика, за да изпробвате нещата. Можете да ги изтриете по-късно.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Намиране на записи за свързване</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Код за покана</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Присъединете се към споделеното хранилище на групата с кода за покана, който ви изпрати координаторът.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Всичко офлайн</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Зареди демонстрационни данни</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Само когато поискам</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Записи за колекция:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Записи за свързване</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk пази практиките, контактите и инструментите на групата ви на този компютър и работи без връзка. Как искате да започнете?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Синхронизирай на всеки:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Показвай тези колони:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Започни с празно работно пространство</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Езикът на системата</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Размерът на системата</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Въведете име или дума, за да намерите записи</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Добре дошли в RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>добавено {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} от {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n публикация</numerusform>
            <numerusform>%n публикации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n теми</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не е посочено)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Темата се нуждае от заглавие и начална публикация.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикачване на файлове</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Прикачи файлове…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Прикачени:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Коментари</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Коментари (%n)</numerusform>
            <numerusform>Коментари (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Дискусията не можа да се експортира: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Не можа да се запази: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Черновата е запазена</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Чернова, запазена от {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редактирай</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Редактиране на публикацията ви</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Експорт като Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Експорт като PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Експорт на дискусията</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Файлове за прикачване към тази публикация</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Файлове за прикачване: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Скрито от координатор: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Скрито от групата: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрий</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Скрий дискусията…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Скрий…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Език:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последна активност</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Нова &amp;тема…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Нова тема</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Нова тема…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Още няма публикации. Напишете първата по-долу.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Още няма теми. Започнете една с „Нова тема“; коментарите към практика, инструмент или контакт са в долната част на страницата му.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Не е отговор</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Не е позволено: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Начална публикация</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Начална публикация:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Публикувай</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Публикувай (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Публикацията е премахната</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Публикувано. Отива към групата при следващата синхронизация.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Отговори</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Отговор на публикация</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Отговор на {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Покажи %n по-ранна публикация</numerusform>
            <numerusform>Покажи %n по-ранни публикации</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Покажи отново</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Покажи дискусиите</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Започване на дискусия с групата</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Започване на дискусия с групата (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Започната от</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Дискусията е записана в {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Предишната версия остава в историята на публикацията.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Началната публикация… *курсив*, **удебелен**, - списъци, [връзки](https://…), @член</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заглавие:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Версия {n}, {when}, от {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Версии на публикацията</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>За какво става дума?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Защо е скрито? Всички виждат причината на негово място.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Оттегли</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Да се оттегли ли тази публикация? Текстът ѝ изчезва от нишката; предишните ѝ версии остават в историята ѝ.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Оттегляне на публикацията ви</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Оттеглено от автора.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Напишете публикация… *курсив*, **удебелен**, - списъци, [връзки](https://…), @член (Ctrl+Enter публикува)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Първо напишете нещо.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Пишете към цялата нишка (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Вашата публикация</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>правилата на дискусията не позволяват тази промяна</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>публикацията се нуждае от текст</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>премахната публикация</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>редактирано</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>в отговор на {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>само координатор може да скрие публикация или дискусия</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>само авторът ѝ може да редактира или оттегли публикация</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>само членът, започнал дискусията, може да промени заглавието, темите или езика ѝ</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>започната от {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (скрито)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · {count} нови</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(изберете)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Изчисти</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Без дата</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Въведете и натиснете Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>добави</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>изчисти</translation>
    </message>
    <message>
        <source>list</source>
        <translation>списък</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>премахни</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>за добавяне</translation>
    </message>
    <message>
        <source>type</source>
        <translation>вид</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Дейности</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>По-широка тема</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Коментира</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата на съгласието</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Източник на съгласието</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Дискусия</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Имейли</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Крайна дата</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Теми на експертиза</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Име на файла</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Пълното име на човек или името на организация</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Размер на финансирането</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Източник на финансиране</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Член на групата</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Скрито, защото</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>В отговор на</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Правно основание</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Научени уроци</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Връзки</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Тип на медията</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Споменавания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Пречки (правни / политически)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Видове организации</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Партньори (вкл. органи на властта)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Свързани контакти</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Свързани инструменти</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Премахнати публикации</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Бележка на рецензента</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Размер (байтове)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Начална дата</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Започната от</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Членското име на лицето в групата: публикациите му тогава са част от неговите данни</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Град / село</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Приложимост другаде</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Дневник на одита</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>О&amp;тмени поканата</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирай</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Експортирай всичко за това лице…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Предай &amp;файл на сървъра…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>П&amp;окани</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>По&amp;кани някого…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Членове</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Най-нови записи</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;По-стари записи</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>&amp;Лични данни</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роля:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Валидна за:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ден</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 седмица</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Отнетият токен спира синхронизирането веднага: компютърът запазва копието си, но вече не може да изпраща и получава. Отметнете компютрите, които да бъдат изключени.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Относно</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Добави член</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Сървърът се пита кои сте…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>На {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>На {url} · вие сте: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Дневник на одита</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Избери…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Отмени поканата</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Да се отмени ли поканата за {name}? Кодът спира да работи веднага; можете да ги поканите отново по-късно.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Отмени покана</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Поканата се отменя…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Промени &amp;ролята…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Промяна на ролята на {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Промени член</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Ролята се променя…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Изберете файла</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Копирано</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Копирай кода за покана</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Създай поканата</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Поканата се създава…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Заличи това лице…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Заличаване във всяка реплика</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Заличаване на „{name}“</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Да се заличи ли „{name}“ от цялата група? Това не може да бъде отменено. Заличава се тук и се изпраща към сървъра веднага; копието на RuralDesk на всеки член го заличава при следващата си синхронизация:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Заличи запис</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Заличаване…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Всичко за {name} е записано в {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Експорт на всичко за {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортиране…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Намиране на лице</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Дайте на {name} този код. В RuralDesk те избират Синхронизация → Настройка на синхронизацията… и го поставят или сканират картинката с телефон и си я изпращат. Работи веднъж, до {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Състояние на прозореца на групата</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Група „{group}“</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Предаване на файл на сървъра</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Предай на сървъра</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Файлът се предава на сървъра…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Код за покана</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Кодът за покана като QR код</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Покана за {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Поканата за {name} е отменена.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Поканата за {name} е създадена.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Покани някого</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Покани някого</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Издаде токен</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Прикачените му файлове: няма</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Прикачените му файлове: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Историята му, със стойностите, които е имал (записани промени: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON файлове (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Присъединихте се към групата, но токенът не можа да бъде запазен: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Присъедини се с покана</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последна синхронизация</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Връзки към него от други записи: няма</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Връзки към него от {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Изброява се какво премахва заличаването…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Дневникът на одита се зарежда…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Токените на члена се зареждат…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Членовете се зареждат…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Отворените покани се зареждат…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Членовете виждат новото име след следващата си синхронизация; адресът на групата остава.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Няма връзка със сървър на група.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Не е направено: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Промени във файла: {total}; сървърът приложи {applied} и вече имаше {already}.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Промени във файла: {total}; сървърът приложи {applied}, вече имаше {already} и отказа {refused}: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Само координаторите на групата могат да канят хора, да променят роли или да премахват членове. Попитайте някого от тях.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Отворени покани</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Опре&amp;сни</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Прем&amp;ахни от групата…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Пре&amp;именувай групата…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Отне&amp;ми токени…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Читател</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Премахване на {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Премахване на {name} от групата</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Да се премахне ли {name} от групата? Токените му спират да работят веднага и вече не получава записите на групата. Всичко, което е добавил или променил, остава под неговото име.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Премахна член</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Членът се премахва…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Преименуване на групата</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Преименува групата</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Групата се преименува…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отнеми</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Отнемане на токените на {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Отне токен</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Отнемане…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Изпрати направо към сървъра промените от файл за предаване, донесен от някого</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Промените във файла отиват към сървъра с имената на хората, които са ги направили; този компютър ги получава при следващата си синхронизация, както всички. Промените, които сървърът вече има, не се приемат два пъти.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Кодът е в клипборда.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Контактът „{name}“ и всяка стойност на поле, която е имал</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Дискусията за този контакт, с публикациите ѝ ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Файлът не съдържа промени; нищо не е изпратено.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Петте думи, дадени заедно с файла, но отделно от него.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Групата вече се казва „{name}“.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Поканата дава на един човек място в групата. Той поставя кода в RuralDesk (Синхронизация → Настройка на синхронизацията…) на своя компютър; работи веднъж.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Лицето е назовано и в текста на {count} други записа. Този текст не се променя: прегледайте го след заличаването (експортът изброява къде).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Собствените му публикации в дискусиите на групата ({count}); нишките остават и показват „публикацията е премахната“</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Този член няма използван токен.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Това работно пространство не е свързано със сървър на група. Използвайте Синхронизация → Настройка на синхронизацията… с кода за покана, който ви е дал координаторът.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токени</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Отнети токени на {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Въведете име, имейл или телефонен номер</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Валидна до</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Какво ще стане</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Когато някой попита какво групата пази за него или поиска да бъде забравен (членове 15 и 17 от GDPR), намерете го тук.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>В процес</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>добавя и редактира записите на групата</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>както групата ще го вижда</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>управлява групата: членове, покани, заличаване</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по избор</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>чете записите на групата, не променя нищо</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>файлът не може да бъде прочетен ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>сървърът не прие токена на този компютър; поискайте нова покана от координатора си</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>компютър без име</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} дни</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} седмици</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, от {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (вие)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} вече не е член; записите му остават.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} вече е: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}“ е заличен тук; заличаването отива към сървъра с тази синхронизация и достига до всяка реплика при следващата ѝ синхронизация.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Приложени: {applied}. Вече налични: {duplicates}. За предаване към сървъра: {held}. Отказани: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Записани промени: {count}, в {path}.

Парола (показва се само сега): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Свържете този компютър веднъж със сървъра на групата, преди да предавате промени.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Експорт на промени за друг компютър…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Експортиране на промени</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Файлове за предаване (*.rdrelay);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Импорт на промени от файл…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Импортиране на промени</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Нищо не е променено: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Спряно. Нищо не е променено.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Файлът е съкратен: не е копиран изцяло.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Файлът е променен или повреден, след като е създаден.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Файлът ще бъде заключен с тези думи (можете да ги промените). Дайте ги на човека, който го импортира, отделно от файла.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Паролата не отваря този файл: проверете думите и опитайте пак.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Този файл съдържа промени на друга група.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Това не е файл за предаване на RuralDesk.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Въведете думите, с които е заключен файлът.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Относно RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Офлайн органайзер на практики, контакти и инструменти за групи от селската социална икономика: селски сдружения, кооперативи, социални предприятия, трети места и органите на властта, които работят с тях.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лиценз:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>RuralDesk user guide</source>
        <translation>Ръководство за потребителя на RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Ръководството за потребителя не е инсталирано с това копие на RuralDesk. То е онлайн на {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Ръководство за потребителя</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Работно пространство:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Коментари към {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans не е инсталиран: PDF файлът използва Helvetica, който не може да отпечата букви извън Западна Европа (полски, гръцки…); инсталирайте fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Дискусия</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Експорт от Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Експорт от Google Contacts (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Скрито от координатор: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Експорт от Outlook</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Телефон ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Публикацията е премахната</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Публикации: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Регион: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Започната от {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Експорт на адресна книга от Thunderbird</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Оттеглено от автора.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>GIF изображение</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>JPEG изображение</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>PDF документ, а не таблица или адресна книга</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>PNG изображение</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>програма за Windows, а не файл с данни</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ZIP архив (електронна таблица .xlsx или .ods?); първо я запазете като CSV от програмата за таблици</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>файл, компресиран с gzip; първо го разкомпресирайте</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>програма, а не файл с данни</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>кавичка (&quot;) в този ред никога не се затваря</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>кавичка (&quot;) в този ред не се затваря на същия ред</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>клетка в кавички има текст след затварящата кавичка и редът няма толкова клетки, колкото заглавието</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>втори адрес не се импортира (пази се само един адрес)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>vCard файл</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>държавата в адреса не е разпозната</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>база данни SQLite (за да върнете цяло работно пространство, използвайте възстановяване)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>алтернатива (ALTID {altid}) на вече запазена стойност</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>стар документ на Office (.xls или .doc); първо го запазете като CSV от програмата за таблици</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} не може да бъде прочетен: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>категорията не е тема в това работно пространство</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>колона {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>редактирано {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>групата „{group}“ не е тема в това работно пространство; не е импортирана</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>има {cells} клетки, но заглавието назовава {columns} колони; допълнителните клетки биха се загубили</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>в отговор на {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>съдържа файл, който манифестът му не изброява („{file}“)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>съдържа файла „{file}“ два пъти</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>изброява {count} прикачени файла, повече от {limit}, които едно резервно копие може да съдържа</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>би се разархивирал до {size}, повече от {limit}, които едно възстановяване може да запише</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>манифестът му не описва правилно файла на репликата</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>манифестът му не дава правилно броя</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>манифестът му не изброява правилно прикачените файлове</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>манифестът му е по-голям от този на всяко резервно копие</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>манифестът му не е списък от именувани стойности</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>манифестът му изброява прикачения файл {file}… два пъти</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>манифестът му назовава прикачен файл „{file}“, който не е контролна сума</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>езикът не е разпознат</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>прилича на карта {number} от този файл ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>прилича на ред {number} от този файл ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>прилича на вече наличния „{title}“ ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>представката на името не е импортирана</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>наставката на името не е импортирана</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>няма съответстващо поле</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>няма практика за записване (търсенето или филтрите не съвпадат с нищо); {out} не е записан</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>пази се само един адрес</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>пази се само едно име</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>пази се само една организация</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>пази се само една роля</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>пази се само един уеб адрес</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>етикетът на телефона не е запазен (номерът е импортиран)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>телефонът {number} няма код на държава и не е зададен регион, с който да се прочете; запазен е в бележките (задайте телефонния регион на работното пространство или --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>телефонът {number} е записан като {written} (номерата без код на държава се четат като {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>регионът „{region}“ не е NUTS регион, който познаваме; запазен е в бележките</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>същият имейл {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>същото име</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>същият телефон {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>подобни имена ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>електронна таблица (колоните се съпоставят по имената им)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>името на файла „{file}“ сочи извън резервното копие</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>последният ред е съкратен (по-малко клетки от заглавието и без край на ред): файлът изглежда орязан</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>редът не може да бъде прочетен ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>работното пространство {path} не е празно ({count} записа); възстановявайте само в празно работно пространство (изберете ново)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>тази карта е експортирана от това работно пространство и контактът все още е тук (същият UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>непознато кодиране {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} стойности)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} не може да бъде възстановен безопасно: {reason}; нищо не е променено</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} няма заглавен ред (първият ред трябва да назовава колоните)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} съдържа повредена реплика ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} е в UTF-8 освен на ред {line} (байт {byte}), който е в друго кодиране: в един файл са смесени две кодирания; коригирайте този ред или изберете кодирането на целия файл</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} е двоичен файл, а не текст (съдържа NUL байтове)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} е двоичен файл, а не текст (съдържа NUL байтове, първо на ред {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} е повреден ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} е повреден: прикаченият файл {file}… не съответства на контролната си сума</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} е повреден: репликата вътре не съответства на контролната си сума</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} е повреден: „{file}“ е по-къс, отколкото казва манифестът му</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} е празен</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} не е в кодиране, което можем да прочетем точно (не е UTF-8, UTF-16, кодова страница на Windows или ISO 8859, нито Shift-JIS); запазете го отново като UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} е непълен: липсват {count} файла (първият: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} не е резервно копие на RuralDesk (не е ZIP файл); може да е орязан</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} не е резервно копие на RuralDesk или е повреден ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} не е резервно копие на работно пространство на RuralDesk</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} не е vCard файл (трябва да започва с BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} не е валиден vCard файл: карта {number} е повредена ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} не е валиден UTF-16 текст; може да е орязан или повреден</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} не е валиден UTF-32 текст; може да е орязан или повреден</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} все пак не е текст в {encoding} (байт {byte}); запазете го отново като UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} не е текст в {encoding}: ред {line} съдържа байтове, които то не може да прочете (байт {byte}); изберете друго кодиране</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} е {size}, повече от {limit}, колкото може да бъде {what}; разделете го на по-малки файлове</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} е {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} изисква {size} свободно място на диска, а свободни са само {free}; нищо не е променено</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} започва като UTF-8, но ред {line} съдържа байтове, които не са UTF-8 (байт {byte}); може да е повреден — запазете го отново като UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} е създаден от по-нов RuralDesk (формат на резервното копие {version}); обновете RuralDesk, за да го възстановите</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, ред {line}: клетка в кавички има текст след затварящата кавичка ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, ред {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: кавичка (&quot;), отворена около ред {line}, никога не се затваря; файлът изглежда орязан или повреден</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: карта {number} никога не се затваря (липсва END:VCARD); файлът изглежда орязан</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: кодирането не е сигурно, файлът се чете различно като {shown}; изберете едно (например --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} не може да бъде прочетен ({reason}); възстановете в ново работно пространство</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не съществува</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} е папка, а не {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} не е празно работно пространство</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} не е импортирано: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} знака в писменост, която шрифтът не може да покаже ({scripts}), са пропуснати в PDF файла</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}“ заявява размер, който компресираните му данни не може да имат (zip бомба?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}“ е връзка или папка, а не файл</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}“ е шифрован или компресиран по начин, който RuralDesk не записва</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}“ не е с размера, посочен в манифеста му</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}“ се разархивира до повече от декларирания си размер (zip бомба?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}“ не е телефонен номер, който можем да прочетем; запазен е в бележките</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}“ не е държава (използвайте име или код по ISO 3166, например PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}“ не е дата (използвайте ГГГГ-ММ-ДД или ДД/ММ/ГГГГ)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}“ не е език (използвайте име или код по ISO 639, например fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}“ не е език (използвайте код по ISO 639, например fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ не е число</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ не е идентификатор на запис</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}“ не е тема в това работно пространство</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ не е цяло число</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ не е от: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Всички видове</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Всяка държава</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Всеки вид</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Всеки език</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Всеки регион</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Всяка тема</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Изчисти</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Изчисти филтрите</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Колони</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Филтриране: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>В кошчето: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Обобщение на списъка</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Записи: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Резултати: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Резултати: {shown} от {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Запази търсенето…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Запази това търсене</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Избрани: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Въведете текст, за да търсите практики, контакти, инструменти и теми.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Относно RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Прикачи файлове…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Колони…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Копирай диагностичната информация</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Търси…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Свържи с…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Нов</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Постави като прикачен &amp;файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запис</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Ръководство за потребителя</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Добавяне на запис към показания списък</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Добавено „{title}“</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикачване на файлове</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Прикачени: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Прикаченият файл още не е тук</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Връщане на избраните записи от кошчето</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Промени, чакащи да бъдат споделени</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Промени, чакащи да бъдат споделени: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Изберете практика или инструмент, към които да прикачите файлове.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Копиране на файлове в работното пространство и прикачването им</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Не можа да се прикачи</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не можа да се запази</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Изтрий запазеното търсене</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Диагностичната информация е копирана. Поставете я в съобщението си до човека, който ви помага; тя не съдържа имена или съдържание.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Редактиране на показания запис</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Изпразни &amp;кошчето…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Изпразване на кошчето</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Кошчето се изпразва</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Да се заличи ли всичко в кошчето от този компютър? Това не може да бъде отменено.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Заличени от този компютър: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>За заявка за поддръжка: версии и размери, никога имена или съдържание</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Към &amp;списъка</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Свързване на този запис с контакти, инструменти или практики</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Свързване на „{title}“ с…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Основна лента с инструменти</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Преместване на избраните записи в кошчето</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Преместени в кошчето: {count}. Отменете с Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Няма промени, чакащи да бъдат споделени</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Още няма запазени търсения. Въведете текст в полето за търсене, после изберете „Запази търсенето“ под филтрите.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Възстанови</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Възстановени: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Запазване на търсене</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Търсенето „{name}“ е запазено</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Запазено „{title}“</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Търсене навсякъде</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Търсене навсякъде (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Избери &amp;всички</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Покажи папката с &amp;дневници</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Покажи: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Състояние на синхронизацията</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Този запис вече не е тук.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>В клипборда няма файл или картина за прикачване.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Този файл още не е на този компютър. Пристига със следващата синхронизация.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошче</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмени</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Създаден</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Дискусии</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Намерено в</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последна промяна</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Запазени търсения</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>За преглед</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошче</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Какво ново</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}: {text}</translation>
    </message>
</context>
<context>
    <name>NewsCounts</name>
    <message numerus="yes">
        <source>%n changed contacts</source>
        <translation>
            <numerusform>%n променен контакт</numerusform>
            <numerusform>%n променени контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n променена практика</numerusform>
            <numerusform>%n променени практики</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n променен инструмент</numerusform>
            <numerusform>%n променени инструмента</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n редактирана публикация</numerusform>
            <numerusform>%n редактирани публикации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n нов контакт</numerusform>
            <numerusform>%n нови контакта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n нова публикация</numerusform>
            <numerusform>%n нови публикации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n нова практика</numerusform>
            <numerusform>%n нови практики</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n нов инструмент</numerusform>
            <numerusform>%n нови инструмента</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n публикация</numerusform>
            <numerusform>%n публикации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n практика</numerusform>
            <numerusform>%n практики</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n запис, споделен от други след последния ви преглед.</numerusform>
            <numerusform>%n записа, споделени от други след последния ви преглед.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n инструмент</numerusform>
            <numerusform>%n инструмента</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочетено</numerusform>
            <numerusform>%n непрочетени</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Прикачване на файлове: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Не можа да се отмени или повтори: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Създаване на {title}</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Изтриване на записи: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Изтриване на {title}</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Редактиране на {title}</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Свързване на {title}</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Не е отменено: {fields} на „{title}“ е променено оттогава от някой друг (пристигна с последната синхронизация). Неговата стойност остава; редактирайте я ръчно, ако вашата трябва да надделее.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Не е отменено: „{title}“ е преместен в кошчето или извън него от някой друг оттогава (пристигна с последната синхронизация). Остава както е.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Премахване на прикачения файл {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Възстановяване на записи: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Възстановяване на {title}</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Развързване от {title}</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Близки компютри, които предлагат синхронизация:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Предложи синхронизация на &amp;близък компютър…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Адрес на този компютър</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Свържи и синхронизирай</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Изберете компютър от списъка или въведете адреса му така, както е показан на него (например 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Изберете компютъра, който предлага синхронизация (на него Синхронизация → Предложи синхронизация на близък компютър…), и въведете кода, който показва.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Ако този компютър не е в списъка там, свържете се по адрес: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Позволете на компютър от вашата група в същата мрежа да се синхронизира с този, без сървър и без интернет</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Търсене на компютри от вашата група в тази мрежа…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Предложи синхронизация на близък компютър</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>На другия компютър (същата Wi-Fi мрежа или точка за достъп на телефон, същата група) изберете Синхронизация → Синхронизирай с близък компютър…, посочете този компютър и въведете този код:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Или се свържи по &amp;адрес:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Код за сдвояване:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Код за сдвояване</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Сп&amp;ри</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Спряно. Нищо не е приложено наполовина.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Синхронизирай с бл&amp;изък компютър…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Синхронизирайте с компютър от вашата група, който предлага това в същата мрежа</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Синхронизирай с близък компютър</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Синхронизирано с „{name}“: получени промени: {received}, изпратени: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Това не е кодът, показан на другия компютър; нищо не е променено.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Това не е кодът, показан на другия компютър; нищо не е променено. Оставащи опити: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Кодът е от шест цифри, както е показан на другия компютър.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Връзката с другия компютър прекъсна ({reason}). Нищо не е приложено наполовина; опитайте отново.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Връзката прекъсна преди края; нищо не е приложено наполовина. Все още се чака компютър от вашата група…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Другият компютър отговори по начин, който тази версия не разбира ({reason}). Нищо не е променено.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Другият компютър е от друга група; само компютри от една и съща група могат да се синхронизират. Нищо не е променено.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Другият компютър спря предложението си след твърде много грешни кодове. Поискайте там ново предложение; нищо не е променено.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>В тази мрежа компютрите не могат да се намерят един друг: на другия компютър се свържете по адрес: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>В тази мрежа компютрите не могат да се намерят един друг: въведете адреса, показан на другия компютър.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Това работно пространство още не е част от група. Настройте веднъж синхронизация със сървъра на вашата група (Синхронизация → Настройка на синхронизацията…); след това то може да се синхронизира и с близки компютри.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Чака се компютър от вашата група…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Пазят се до следващата ви синхронизация със сървъра, който познава компютъра, подписал ги: {count}.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Отхвърлени (подписът им не съвпадна): {count}.</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}“ е от друга група и не може да се синхронизира с този компютър. Все още се чака…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}“ се свърза; проверка на кода…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}“ въведе грешен код; нищо не е променено. Оставащи опити: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}“ въведе правилния код; синхронизиране…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирай</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Постави</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Из&amp;режи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избери всичко</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекрати</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Приложи</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отхвърли</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пренебрегни</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за всички</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Нулирай</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Възстанови стандартните</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Опитай пак</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запази</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Запази всички</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;всички</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирай</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Постави</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копирай &amp;адреса на връзката</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Из&amp;режи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтрий</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избери всичко</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Отбележи всички като прегледани</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Добави &amp;бележка…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Първо изберете запис от списъка.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последна промяна</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Няма нищо за преглед: всичко, споделено от другите, е прегледано.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Бележка на рецензента</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Бележка на рецензента: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Споделено от</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Споделени записи за преглед</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>За преглед</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Напишете бележка на рецензента към избрания запис</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Бележката ви към „{title}“ пътува със записа до всички в групата. Само координаторите могат да я пишат.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, последна промяна {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Демонстрационните данни не можаха да се заредят: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Демонстрационните данни са заредени.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Зареждане на демонстрационни данни</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Зареждането на демонстрационни данни е спряно; зареденото остава.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Новата папка с данни се използва от следващото стартиране.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Друг прозорец на RuralDesk вече работи с това работно пространство ({path}). Превключете към онзи прозорец или го затворете и опитайте пак.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Изберете папка за работното си пространство</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Изберете друга папка…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продължи</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Свободни са само {free} MB там, където се пази работното ви пространство ({path}). RuralDesk може да не успее да запази промените ви. Освободете място (изпразнете кошчето на компютъра, премахнете големи файлове), после продължете.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk вече е отворен</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk пази работното ви пространство в {folder}, но не може да пише там ({reason}). Изберете друга папка, в която можете да пишете, например такава в документите ви.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Покажи резервните копия</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Папката с данни не може да се използва</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Дискът е почти пълен</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Папката {folder} е само за четене. Изберете друга папка, в която можете да пишете.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Работното пространство не може да бъде отворено</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитай пак</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дискът е пълен</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk пази автоматични резервни копия на работното ви пространство в {backups}. Можете да възстановите едно, като го копирате върху повредения файл.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликти…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Прекъсни връзката със сървъра…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Група…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Код за покана:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Синхронизирай сега</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Вашето име:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Прикаченият файл още не е тук</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Прикаченият файл не е на сървъра</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Чакащи промени: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Провери и запази</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Конфликти: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Свързано. Токенът ви се пази в {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Проверка на връзката</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Не можа да се изтегли</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Токенът не можа да бъде запазен: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Прекъсване на връзката със сървъра</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Изтегляне на прикачения файл</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Въведете адреса на сървъра (започващ с https://) и групата.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Въведете токена, който ви даде координаторът.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Всичко е запазено на този компютър. Използвайте Синхронизация → Настройка на синхронизацията…, за да го споделите с групата си.</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Група „{group}“ на {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Код за покана</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Присъединяване към групата…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Голяма промяна от сървъра</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Не е запазено: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Още не е синхронизирано</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Отворени конфликти</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Или с личен токен:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Поставете кода за покана, който ви изпрати координаторът: той съдържа адреса на сървъра и групата. Ако имате личен токен, оставете го празно и попълнете полетата по-долу. Токенът се пази в хранилището за пароли на системата, ако има такова, иначе във файл, който само вие можете да четете.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Разреши…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>Сп&amp;ри синхронизацията</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Изпращане на промените ви към сървъра на групата и получаване на промените на всички останали</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес на сървъра:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Настройка на синхронизацията…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Настройка на синхронизацията</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Да се спре ли синхронизацията на това работно пространство със сървъра на групата? Записите ви остават на този компютър; неизпратените промени остават да чакат. Можете да настроите синхронизацията отново по-късно.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Синхронизиране… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Сървърът на групата още няма този файл: човекът, който го е прикачил, не се е синхронизирал оттогава.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Сървърът на групата отказа промяна в този запис ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Промените от сървъра на групата биха преместили {deletes} записа в кошчето, биха заличили {erasures} и биха променили {overwrites} — {total} от вашите {records} записа ({share}).

Това може да е правилно (някой е подредил споделените записи) или грешка. Да се приложат ли тези промени сега?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Членовете на групата; за координаторите — покани, роли и искания за лични данни</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Този файл не е на този компютър, а това работно пространство не е свързано със сървър на група.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Този запис е в конфликт ({fields}): двама души са го променили едновременно.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Това работно пространство съдържа демонстрационни данни. Демонстрационните данни са измислени и никога не напускат този компютър, затова не могат да бъдат споделени с групата ви.

Да се използва ли ново, празно работно пространство за записите на групата ви? Демонстрационното работно пространство остава както е.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Актуално · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Работа офлайн: няма свързан сървър на група</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Вече сте в новото, празно работно пространство „{name}“. Демонстрационното работно пространство остава както е.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>файл, който само вие можете да четете ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>проверка на сървъра</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>сървърът не можа да бъде достигнат</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>сървърът не можа да бъде достигнат: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>въведете нов токен в Синхронизация → Настройка на синхронизацията…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>запазен от преди; въведете нов, за да го замените</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>последна синхронизация в {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>по избор: името ви, както групата ви познава</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>натиснете F5, за да опитате пак</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>получаване на прикачени файлове</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>получаване на промени</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>запазване на полученото</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>изпращане на прикачени файлове</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>изпращане на промени</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>настройте синхронизацията в ново, празно работно пространство</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>нещо се обърка</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>нещо се обърка ({reason}); подробностите са в дневника</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>спиране</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>сървърът не прие този токен за тази група; проверете го или поискайте нов от координатора си</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>сървърът не прие токена ви</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>сървърът не прие токена ви; поискайте нов от координатора си и го въведете в Синхронизация → Настройка на синхронизацията…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>сървърът отказа заявката</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>сървърът отказа заявката: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>хранилището за пароли на системата</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>това работно пространство съдържа демонстрационни данни, които никога не напускат този компютър; настройте синхронизацията в ново, празно работно пространство</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>това работно пространство съдържа демонстрационни данни, които никога не се синхронизират</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>нов опит в {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>избрахте да не прилагате голямата промяна от сървъра</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>вие го спряхте</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} от {total}</translation>
    </message>
    <message>
        <source>{what} — {then}</source>
        <translation>{what} — {then}</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Agroecology</source>
        <translation>Агроекология</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Съвместно проектиране с органите на властта</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Обществен транспорт в общността</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Кооперативи на цифрови платформи</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Образование и услуги</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Енергия</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Енергийни общности</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Развитие на предприятия и заетост</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Здравеопазване</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Местно предприемачество</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Мобилност</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Политики и правна рамка</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Къси вериги за доставка на храни</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Социално приобщаване</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Мрежи за солидарност</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Устойчиво земеделие и храни</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Трудова интеграция</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Резервно копие на работното пространство във файл…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Контакти за обединяване (отметнати):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Държава:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодиране:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Заличи окончателно</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Групи:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Импортирай</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Запази:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Обедини</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Отвори контакта</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Отвори записа</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Лист на практиката…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Чети го така</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Възстановяване от резервно копие…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделител:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Използвай тази държава</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(открито)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(нечетимо)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(няма какво да се сравни)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} колони</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Файл .vcf, който адресните книги и телефоните могат да четат.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Резервно копие може да бъде възстановено само в празно работно пространство, а това вече съдържа {practices} практики, {contacts} контакта и {tools} инструмента. Нищо не е променено.

За да възстановите, изберете нова, празна папка с данни във Файл → Настройки, рестартирайте RuralDesk и възстановете там.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Лист за печат (PDF или Markdown) на показаната практика или на няколко</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Лист за печат или споделяне: основните факти, какво е направено, какво е научено и кого да питате. Заглавията са на езика на всяка практика.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Тече синхронизация. Изчакайте да приключи, после възстановете отново.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Прикачени файлове, които не са на този компютър (пазени на сървъра на групата), не са в резервното копие: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Резервно копие на работното пространство</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Резервно копие на {records} записа и {files} прикачени файла в {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Резервно копие в {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервното копие е направено</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервното копие е възстановено</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Резервни копия (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Резервни копия (*.zip);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Връщане на резервно копие в празно работно пространство</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Внасяне на контакти, практики или инструменти от CSV/TSV таблица или vCard файл</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV таблици (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Прочетени карти: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Карти с проблем: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Проверка на {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Изберете кодирането</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Изберете полето, в което отива всяка колона, или я пропуснете.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Колона във файла</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Колони</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Неимпортирани колони: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Колони на файла</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запетая ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Контакт за запазване</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Контакти, които изглеждат като едно и също лице или организация, за обединяване</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Контакти за обединяване</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Държава на телефонните номера</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Изтриване на контакта окончателно, навсякъде, и изброяване на споменаванията за преглед</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Щракнете двукратно, за да отворите вече наличния контакт</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Дублирани контакти</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Заличи това лице…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>&amp;Експортирай всичко за това лице…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Заличи окончателно</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Заличаване на това лице</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Да се заличи ли „{name}“ и всичко, пазено за него?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Заличаване на {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Всеки контакт в списъка ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Всяка практика в списъка ({count}), в един документ</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Всеки ред трябва да е наред, преди нещо да бъде импортирано. Поправете тези редове във файла и го импортирайте отново или импортирайте само валидните редове.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Всичко за „{name}“ е запазено в {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Всичко в това работно пространство, включително прикачените файлове, в един файл</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel под Windows показва правилно буквите с диакритика само с този знак</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Експорт на контакти като &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Експорт на контакти като vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Експорт на всичко за това лице</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Експорт на списъка като &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Експорт на списъка като CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Експорт:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Експортирани {count} контакта в {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Експортирани {count} записа в {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Експортиране в {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл за импортиране</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Намери &amp;дублирани контакти…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Намерено</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Групи от вероятни дубликати</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Импортирай &amp;като:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Импорт на таблица</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Подробности за импорта</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Констатации от импорта</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Импорт в</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Доклад за импорта</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Резултат от импорта</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Импортирай колоната „{name}“ в</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Импортиране на редовете без проблем, а другите се пропускат</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Импортирай само валидните редове</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Импортирай само валидните редове ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Импортирани: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Импортирани: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Импортиране на {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Не се получи: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Връзките му се премахват от {count} свързани записа.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Предишните му стойности се изчистват от историята на промените.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON файлове (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Търсене на дублирани контакти</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Прилича на</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Текст в Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Споменаванията на името, имейлите или телефоните на лицето в текста на други записи не се променят: получавате списък с тях за преглед след това.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Споменавания за преглед</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Обединяване на контакти</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Обединяване на отметнатите контакти в запазения</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>{count} контакта са обединени в един; повторно свързани записи: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Имената, както ги чете {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Не е направено резервно копие: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Още никоя колона не отива в поле: изберете поне една.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Няма вероятни дубликати</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Не са намерени вероятни дубликати.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Никой друг запис не сочи към него.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Не е зададен телефонен регион за това работно пространство.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Неимпортирани ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Не е импортирано: не е избрана държава за телефонните номера на {name}. Нищо не е променено.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Не е импортирано: не е избрано кодиране за {name}. Нищо не е променено.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Не е зададено (пита се при нужда)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Нищо не е заличено: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Нищо не е експортирано: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нищо не е импортирано.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Нищо не е импортирано: файлът не съдържа записи.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Нищо не е импортирано: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Нищо не е възстановено: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Импортирани са само валидните редове; редовете по-долу са пропуснати.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Отваряне на маркирания контакт</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Отваряне на маркирания запис</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Телефонни номера без код на държава</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Телефонните номера без код на държава се четат като {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Телефонен регион</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Възможни дубликати</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Възможни дубликати ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Възможно вече налични: {count} (вижте „Възможни дубликати“)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Лист на практиката</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Написани листове на практики: {count}, в {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Преглед на импорта</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Обобщение на прегледа</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Проблеми ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Свойство</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Четене като {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Чете се като: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Файлът се чете отново…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Четене на {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Разпознат експорт</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Разпознат: &lt;b&gt;{preset}&lt;/b&gt;. Колоните му са съпоставени по-долу; проверете ги преди импортиране.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Да се възстановят ли {count} записа от {name} (направено на {date}) в това празно работно пространство?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Възстановени {records} записа и {files} прикачени файла от {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Възстановяване на {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Прегледани редове: {count}; всички са готови за импорт.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Прегледани редове: {count}; с проблем: {bad}. Поправете ги във файла или променете колоните по-горе.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Прочетени редове: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Редове с проблем: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Запазване на показания списък, с колоните и филтрите му, като таблица</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Запазване на избраните контакти или на целия списък за адресна книга или телефон</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка и запетая ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Първо покажете контакт.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Покажете практика или списъка с практики, за да направите листове от тях.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Покажете контактите (или потърсете някои) и изберете тези за експорт.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Спряно: {what}. Нищо не е променено.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табулация</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Таблици и адресни книги (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Изборът все още може да бъде променен в „Кодиране“ в следващата стъпка.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Контактът се изтрива от този компютър окончателно: не в кошчето, и това не може да бъде отменено.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Контактът, историята му и всеки запис, свързан с него или споменаващ го, като JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Контактите не са експортирани: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Контактите не са обединени: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Държавата на телефонните номера, записани без код на държава, за това работно пространство</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Файлът не може да бъде прегледан: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Файлът не може да бъде прочетен така: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Първите редове, както ще бъдат съхранени. Редовете с проблем са отбелязани; импортът спира, ако някой ред от файла има проблем.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Буквите в {name} могат да бъдат прочетени по повече от един начин и не можем да кажем кой е верният. Изберете колоната, в която имената са изписани правилно.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Списъкът не е експортиран: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Телефонният регион не е запазен: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Показаната практика: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Записите, намерени при търсенето, с колоните, които списъкът показва за вида им.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Търсенето на дубликати спря: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Търсенето не намери нищо за експорт.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Избраните контакти ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Избраните практики ({count}), в един документ</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Листът не е написан: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Кошчето не може да бъде експортирано. Изберете практики, контакти, инструменти или теми.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Тези контакти изглеждат като едно и също лице или организация. Обединяването запазва един контакт, попълва празните му полета от другите, премества всяка връзка и прикачен файл към него и премества другите в кошчето (могат да се възстановят).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Този файл не може да бъде импортиран: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Този файл не може да бъде възстановен: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Това се пита веднъж и се пази за работното пространство; Файл → Настройки го променя. Номерата с код на държава и редовете, които назовават държава, се четат както са.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Този ред има проблем</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Това работно пространство не е споделено със сървър на група; копията другаде (резервни копия, експорти) не се засягат.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Това работно пространство е споделено: заличаването се изпраща към сървъра на групата при следващата синхронизация и копието на всеки член също го заличава.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 с &amp;BOM, за Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 с BOM, за Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Вертикална черта ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Изчакайте текущата работа (импорт, експорт) да приключи, после възстановете отново.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Предупреждения ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Какво прави заличаването</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Защо</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Защо си приличат</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Защо: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Записване на {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>колона {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>създаден {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашен</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобилен</translation>
    </message>
    <message>
        <source>other</source>
        <translation>друг</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>листове-на-практики</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>този файл</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (по-стари телефони)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard файлове (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>служебен</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} съдържа телефонни номера без код на държава (например „{example}“) в редове, които не назовават държава. В коя държава са те?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: всеки запис, който списъкът показва ({count}), с филтрите, реда и показаните колони.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: намерени {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— пропусни —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}“ е заличен.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}“ е заличен. Никой друг запис не го споменава в текста си.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}“ е заличен. Тези записи все още го споменават в текста си. Отворете всеки и премахнете или преформулирайте споменаването там, където е лични данни.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Посочете валутата на размера на финансирането</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Регион {value} не е в {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Крайната дата е преди началната</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Непознато поле „{value}“</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: стойността не може да е отрицателна</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: задължително поле</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: текстът е твърде дълъг ({length} знака, най-много {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: трябва да е списък</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: трябва да е списък от текстове</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: трябва да е число, а не „{value}“</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: трябва да е цяло число</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: трябва да е текст</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: всеки елемент се нуждае от стойност</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}“ не е код на NUTS регион</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}“ не е дата (използвайте ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}“ не е телефонен номер (използвайте +код на държава, напр. +351 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}“ не е възможен телефонен номер</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ не е идентификатор на запис</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}“ не е валиден имейл адрес</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}“ не е уеб адрес (трябва да започва с https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}“ не е код на държава по ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}“ не е код на валута по ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}“ не е код на език по ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ не е от: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>Какво &amp;ново</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>От {who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Променен контакт: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Променена практика: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Променен инструмент: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Всичко тук е прочетено.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Първа синхронизация: {items} от групата ви</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Отбележи &amp;всичко като прочетено</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Отбелязване на всичко в „Какво ново“ като прочетено</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Нов контакт: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Нова практика: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Нов инструмент: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Още няма нищо ново от групата ви. Когато други добавят или променят практики, контакти или инструменти, те се показват тук след синхронизация.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Само &amp;непрочетените</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Този запис вече не е тук.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Непрочетено: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Какво пристигна от групата ви</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Какво е добавила или променила групата ви, откакто погледнахте за последно</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Какво ново</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>някой</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} от групата ви</translation>
    </message>
</context>
</TS>
