<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Žádný program neotevře tento soubor</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Uložit kopii</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Uložit kopii…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Tento počítač nemá program, který otevírá „{name}“. Můžete uložit kopii a otevřít ji později programem podle svého výběru.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Poradenská služba</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Orgán veřejné moci</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Špatná</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Komunitní družstvo</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Komunitní nadace</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Smlouva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finanční služba</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobrá</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Pokyny</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domácí</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Právní povinnost</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Oprávněné zájmy</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Místní samospráva</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodika</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Smíšená</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilní</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Doporučení pro politiku</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Veřejný úkol</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Krajská samospráva</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Sdílená</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sociální podnik</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Podpůrná služba</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Šablona</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Třetí místo</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Sada nástrojů</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Školení</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Vesnický spolek</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Životně důležité zájmy</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Stažená</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pracovní</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Podnik pracovní integrace</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Příloha</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskuse</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskuse</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Propojené kontakty</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Propojené praxe</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Propojené nástroje</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nová praxe</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nové téma</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nový nástroj</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Příspěvek</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Příspěvky</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxe</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praxe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témata</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Nástroj</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Nástroje</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Zamítnout</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Nechat smazané</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Sloučená hodnota (upravte, pak uložte):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Otevřít záznam</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Obnovit záznam</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Uložit sloučenou hodnotu</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Ponechat &amp;moji</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Ponechat &amp;jejich</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Sloučená hodnota</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Žádné konflikty: vše, co vaše skupina změnila, do sebe zapadlo.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Neuloženo: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Otevřené konflikty</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Odmítnuto: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Vyřešeno: „{title}“ — {field}. Vaše volba se se skupinou sdílí při příští synchronizaci.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Jejich hodnota</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Jejich — {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Když dva lidé změnili totéž před synchronizací, server skupiny ponechal jednu hodnotu a druhou odložil stranou. Vyberte, co má záznam obsahovat; vaše volba se se všemi sdílí při příští synchronizaci.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Proč to server odmítl</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Vaše změna ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Vaše hodnota</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Vaše — {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>jiný člen</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>smazáno nebo ponecháno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>skupina</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vy</translation>
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
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Zrušit úpravy</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Vyberte záznam v seznamu nebo stiskněte Ctrl+N pro přidání nového.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Formulář úprav</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Úprava: {title}</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Pole označená * jsou povinná.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Odejít bez uložení?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Opravte prosím pole označená níže.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problém s polem {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Povinné</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Uložit záznam</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Vaše změny tohoto záznamu nejsou uloženy. Opustit formulář a přijít o ně?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>vytvořil(a) {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>v koši</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>naposledy změněno {when}, {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>zatím není v tomto počítači</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>odebrat</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>odpojit</translation>
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
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Pří&amp;lohy:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Složka dat:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Velikost písma:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Jazyk rozhraní:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kód pozvánky:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonní oblast:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Nová složka dat se použije od příštího spuštění.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Přidejte vlastní praxe, kontakty a nástroje.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Zeptat se, než synchronizace změní víc než:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Vyberte složku dat</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Připojení k serveru skupiny</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Složka dat</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Výchozí složka dat</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Ukázkových záznamů na kolekci</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Stáhnout při otevření</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Smyšlené praxe, kontakty a nástroje v sedmi jazycích, na vyzkoušení. Později je můžete smazat.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Najít záznamy k propojení</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kód pozvánky</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Připojte se ke sdílenému úložišti své skupiny pomocí kódu pozvánky, který vám poslal koordinátor.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Vše offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Načíst ukázková data</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Jen když požádám</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Záznamů na kolekci:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Záznamy k propojení</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk uchovává praxe, kontakty a nástroje vaší skupiny v tomto počítači a funguje bez připojení. Jak chcete začít?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchronizovat každých:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Zobrazit tyto sloupce:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Začít s prázdným pracovním prostorem</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zastavování…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Velikost systému</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Napište jméno nebo slovo pro hledání záznamů</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Vítejte v RuralDesku</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>přidáno {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} z {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n příspěvek</numerusform>
            <numerusform>%n příspěvky</numerusform>
            <numerusform>%n příspěvků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n téma</numerusform>
            <numerusform>%n témata</numerusform>
            <numerusform>%n témat</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(neuvedeno)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Téma potřebuje název a úvodní příspěvek.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Připojit soubory</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Připojit soubory…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Připojeno:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentáře</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Komentáře (%n)</numerusform>
            <numerusform>Komentáře (%n)</numerusform>
            <numerusform>Komentáře (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Diskusi nelze exportovat: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Nelze uložit: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Koncept ponechán</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Koncept ponechán z {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Upravit</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Upravit váš příspěvek</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportovat jako Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportovat jako PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Export diskuse</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Soubory k připojení k tomuto příspěvku</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Soubory k připojení: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Skryto koordinátorem: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Skryto před skupinou: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skrýt</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Skrýt diskusi…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Skrýt…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Poslední aktivita</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nové &amp;téma…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nové téma</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nové téma…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Zatím žádné příspěvky. Napište první níže.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Zatím žádná témata. Založte jedno pomocí Nové téma; komentáře k praxi, nástroji nebo kontaktu jsou v dolní části jeho stránky.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Není odpověď</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Není povoleno: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Úvodní příspěvek</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Úvodní příspěvek:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Zveřejnit</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Zveřejnit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Příspěvek odebrán</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Zveřejněno. Do skupiny odejde při příští synchronizaci.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Příspěvky</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpovědět</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Odpověď na příspěvek</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Odpověď osobě {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Zobrazit %n starší příspěvek</numerusform>
            <numerusform>Zobrazit %n starší příspěvky</numerusform>
            <numerusform>Zobrazit %n starších příspěvků</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Zobrazit znovu</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Zobrazit diskuse</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Zahájit diskusi se skupinou</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Zahájit diskusi se skupinou (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Založil(a)</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Diskuse byla zapsána do {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Dřívější verze zůstává v historii příspěvku.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Úvodní příspěvek… *zvýraznění*, **tučně**, - seznamy, [odkazy](https://…), @člen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Témata</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Verze {n}, {when}, {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Verze příspěvku</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>O čem to je?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Proč je skryto? Všichni vidí důvod na jeho místě.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Stáhnout</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Stáhnout tento příspěvek? Jeho text zmizí z vlákna; dřívější verze zůstanou v jeho historii.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Stáhnout váš příspěvek</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Staženo autorem.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Napište příspěvek… *zvýraznění*, **tučně**, - seznamy, [odkazy](https://…), @člen (Ctrl+Enter zveřejní)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Nejprve něco napište.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Psát celému vláknu (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Váš příspěvek</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>pravidla diskuse tuto změnu nedovolují</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>příspěvek potřebuje nějaký text</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>odebraný příspěvek</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>upraveno</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>v odpovědi osobě {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>skrýt příspěvek nebo diskusi může jen koordinátor</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>upravit nebo stáhnout příspěvek může jen jeho autor</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>název, témata nebo jazyk diskuse může změnit jen člen, který ji založil</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>založil(a) {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (skryto)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · nových: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(vyberte)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Bez data</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Napište a stiskněte Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>přidat</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>vymazat</translation>
    </message>
    <message>
        <source>list</source>
        <translation>seznam</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>odebrat</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>k přidání</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Činnosti</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cílová skupina</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Širší téma</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Komentuje</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum souhlasu</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Zdroj souhlasu</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskuse</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Datum konce</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Odborná témata</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Název souboru</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Celé jméno osoby nebo název organizace</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Výše financování</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Zdroj financování</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Křestní jméno</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Člen skupiny</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Skryto, protože</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>V odpovědi na</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jazyky</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Právní základ</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Získané poznatky</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Odkazy</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Typ média</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Zmínky</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cíle</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Překážky (právní / politické)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Typy organizací</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partneři (vč. orgánů veřejné moci)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Související kontakty</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Související nástroje</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Odebrané příspěvky</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Výsledky</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Poznámka recenzenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Velikost (bajty)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Datum začátku</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Založil(a)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Ulice a číslo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Shrnutí</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Členské jméno osoby ve skupině: její příspěvky jsou pak součástí jejích údajů</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témata</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Obec / město</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Přenositelnost</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Auditní protokol</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>&amp;Zrušit pozvánku</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Exportovat vše o této osobě…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Soubor:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Předa&amp;t soubor serveru…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Pozvánky</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Pozvat ně&amp;koho…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Č&amp;lenové</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Nejnovější záznamy</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Starší záznamy</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizace:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>Ú&amp;daje osob</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Platnost:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 den</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 týden</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Odvolaný token okamžitě přestane synchronizovat: počítač si ponechá svou kopii, ale už nemůže odesílat ani přijímat. Zaškrtněte počítače, které mají být odpojeny.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O aplikaci</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Přidal(a) člena</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Dotaz na server, kdo jste…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Na {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Na {url} · jste: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditní protokol</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vybrat…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Zrušit pozvánku</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Zrušit pozvánku pro {name}? Kód okamžitě přestane fungovat; později je můžete pozvat znovu.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Zrušil(a) pozvánku</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Rušení pozvánky…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Změnit &amp;roli…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Změna role: {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Změnil(a) člena</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Měnění role…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Vybrat soubor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopírovat kód pozvánky</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Vytvořit pozvánku</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Vytváření pozvánky…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Vymazat tuto osobu…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Vymazat v každé replice</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Vymazání „{name}“</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Vymazat „{name}“ z celé skupiny? Tuto akci nelze vrátit. Vymaže se zde a hned se odešle na server; kopie RuralDesku každého člena to vymaže při své příští synchronizaci:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Vymazal(a) záznam</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Vymazávání…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Vše o osobě {name} bylo zapsáno do {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Export všeho o osobě {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportování…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Najít osobu</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Dejte osobě {name} tento kód. V RuralDesku zvolí Synchronizace → Nastavit synchronizaci… a vloží ho, nebo obrázek naskenuje telefonem a pošle si ho. Funguje jednou, do {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Stav okna skupiny</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Skupina „{group}“</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Předání souboru serveru</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Předat serveru</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Předávání souboru serveru…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kód pozvánky</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Kód pozvánky jako QR kód</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Pozvánka pro {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Pozvánka pro {name} zrušena.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Pozvánka pro {name} vytvořena.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Pozvat někoho</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Pozval(a) někoho</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Vydal(a) token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Jeho přílohy: žádné</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Jeho přílohy: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Jeho historie s hodnotami, které měl (zaznamenaných změn: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Soubory JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Připojili jste se ke skupině, ale token nebylo možné uchovat: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Připojil(a) se pozvánkou</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Poslední synchronizace</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Odkazy na něj z jiných záznamů: žádné</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Odkazy na něj z: {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Zjišťuje se, co vymazání odstraní…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Načítání auditního protokolu…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Načítání tokenů člena…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Načítání členů…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Načítání otevřených pozvánek…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Členové uvidí nový název po své příští synchronizaci; adresa skupiny zůstává.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Nepřipojeno k serveru skupiny.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Neprovedeno: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Změny v souboru: {total}; server jich použil {applied} a {already} už měl.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Změny v souboru: {total}; server jich použil {applied}, {already} už měl a {refused} odmítl: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Jen koordinátoři skupiny mohou zvát lidi, měnit role nebo odebírat členy. Požádejte některého z nich.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Otevřené pozvánky</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Lidé</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Znovu na&amp;číst</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Ode&amp;brat ze skupiny…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Pře&amp;jmenovat skupinu…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Odv&amp;olat tokeny…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Čtenář</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Odebrat: {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Odebrání osoby {name} ze skupiny</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Odebrat osobu {name} ze skupiny? Její tokeny okamžitě přestanou fungovat a už nebude dostávat záznamy skupiny. Vše, co přidala nebo změnila, zůstává pod jejím jménem.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Odebral(a) člena</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Odebírání člena…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Přejmenování skupiny</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Přejmenoval(a) skupinu</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Přejmenovávání skupiny…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Odvolat</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Odvolání tokenů osoby {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Odvolal(a) token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Odvolávání…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Poslat změny ze souboru k předání, který někdo přinesl, přímo na server</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Změny ze souboru jdou na server pod jmény lidí, kteří je provedli; tento počítač je dostane při své příští synchronizaci jako všichni ostatní. Změny, které server už má, se nepřijímají dvakrát.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Kód je ve schránce.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontakt „{name}“ a každá hodnota pole, kterou měl</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Diskuse o tomto kontaktu s jejími příspěvky ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Soubor neobsahuje žádné změny; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Pět slov předaných se souborem, ale odděleně od něj.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Skupina se nyní jmenuje „{name}“.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Pozvánka dává jedné osobě místo ve skupině. Ta vloží kód do RuralDesku (Synchronizace → Nastavit synchronizaci…) ve svém počítači; funguje jednou.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Osoba je jmenována i v textu {count} dalších záznamů. Ten text se nemění: zkontrolujte ho po vymazání (export uvádí kde).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Vlastní příspěvky osoby v diskusích skupiny ({count}); vlákna zůstávají a ukazují „příspěvek odebrán“</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Tento člen nemá žádný používaný token.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Tento pracovní prostor není připojen k serveru skupiny. Použijte Synchronizace → Nastavit synchronizaci… s kódem pozvánky, který vám dal koordinátor.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeny</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Odvolané tokeny osoby {name}: {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Napište jméno, e-mail nebo telefonní číslo</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Co se stane</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Když se někdo zeptá, co o něm skupina uchovává, nebo požádá o výmaz (články 15 a 17 GDPR), najdete ho zde.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Pracuje se</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>přidává a upravuje záznamy skupiny</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>jak ho uvidí skupina</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>spravuje skupinu: členy, pozvánky, vymazání</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>čte záznamy skupiny, nic nemění</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>soubor nelze přečíst ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>server nepřijal token tohoto počítače; požádejte koordinátora o novou pozvánku</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>nepojmenovaný počítač</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dní</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} týdnů</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, od {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vy)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} už není člen; jeho záznamy zůstávají.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} je nyní: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}“ byl zde vymazán; vymazání odejde na server s touto synchronizací a ke každé replice dorazí při její příští synchronizaci.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Použito: {applied}. Už zde: {duplicates}. K předání serveru: {held}. Odmítnuto: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Zapsané změny: {count}, do {path}.

Heslo (zobrazí se jen nyní): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Před předáváním změn připojte tento počítač jednou k serveru skupiny.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Exportovat změny pro jiný počítač…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Exportování změn</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Soubory k předání (*.rdrelay);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importovat změny ze souboru…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importování změn</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nic nebylo změněno: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Zastaveno. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Soubor je zkrácený: nebyl zkopírován celý.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Soubor byl po vytvoření změněn nebo poškozen.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Soubor bude uzamčen těmito slovy (můžete je změnit). Předejte je osobě, která ho importuje, odděleně od souboru.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Heslo tento soubor neotevře: zkontrolujte slova a zkuste to znovu.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Tento soubor obsahuje změny jiné skupiny.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Toto není soubor RuralDesku k předání.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Napište slova, kterými byl soubor uzamčen.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>O RuralDesku</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Organizér praxí, kontaktů a nástrojů fungující i offline, pro skupiny venkovské sociální ekonomiky: vesnické spolky, družstva, sociální podniky, třetí místa a orgány veřejné moci, které s nimi spolupracují.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
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
        <translation>Uživatelská příručka RuralDesku</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Uživatelská příručka není s touto kopií RuralDesku nainstalována. Je online na {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Uživatelská příručka</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Pracovní prostor:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Komentáře k {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans není nainstalováno: PDF používá Helveticu, která neumí vytisknout písmena mimo západní Evropu (polská, řecká…); nainstalujte fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskuse</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export z Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Export z Google Contacts (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Skryto koordinátorem: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Export z Outlooku</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefon ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Příspěvek odebrán</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Příspěvky: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Region: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Založil(a) {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Export adresáře z Thunderbirdu</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Staženo autorem.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>obrázek GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>obrázek JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>dokument PDF, ne tabulka ani adresář</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>obrázek PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>program pro Windows, ne datový soubor</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>archiv ZIP (tabulka .xlsx nebo .ods?); nejprve ji v tabulkovém programu uložte jako CSV</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>soubor</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>soubor komprimovaný gzipem; nejprve ho rozbalte</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>program, ne datový soubor</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>uvozovka (&quot;) v tomto řádku se nikdy neuzavírá</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>uvozovka (&quot;) v tomto řádku se na svém řádku neuzavírá</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>buňka v uvozovkách má text za uzavírací uvozovkou a řádek nemá tolik buněk jako záhlaví</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>druhá adresa se neimportuje (ponechává se jen jedna adresa)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabulka</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>soubor vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>země v adrese nebyla rozpoznána</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>databáze SQLite (celý pracovní prostor vrátíte obnovením)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>alternativa (ALTID {altid}) již ponechané hodnoty</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>starý dokument Office (.xls nebo .doc); nejprve ho v tabulkovém programu uložte jako CSV</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} nelze přečíst: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategorie není téma tohoto pracovního prostoru</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>sloupec {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>upraveno {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>skupina „{group}“ není téma tohoto pracovního prostoru; neimportováno</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>má {cells} buněk, ale záhlaví uvádí {columns} sloupců; přebytečné buňky by se ztratily</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>v odpovědi osobě {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>obsahuje soubor, který jeho manifest neuvádí („{file}“)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>obsahuje soubor „{file}“ dvakrát</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>uvádí {count} souborů příloh, víc než {limit}, které může záloha obsahovat</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>rozbalil by se na {size}, víc než {limit}, které smí obnovení zapsat</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>jeho manifest správně nepopisuje soubor repliky</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>jeho manifest správně neuvádí počty</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>jeho manifest správně neuvádí přílohy</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>jeho manifest je větší než manifest jakékoli zálohy</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>jeho manifest není seznam pojmenovaných hodnot</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>jeho manifest uvádí přílohu {file}… dvakrát</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>jeho manifest uvádí přílohu „{file}“, která není kontrolní součet</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>jazyk nebyl rozpoznán</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>vypadá jako karta {number} tohoto souboru ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>vypadá jako řádek {number} tohoto souboru ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>vypadá jako „{title}“, který už tu je ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>předpona jména neimportována</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>přípona jména neimportována</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>žádné odpovídající pole</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>žádná praxe k zapsání (hledání nebo filtry nic nenacházejí); {out} nebyl zapsán</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>ponechává se jen jedna adresa</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>ponechává se jen jedno jméno</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>ponechává se jen jedna organizace</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>ponechává se jen jedna role</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>ponechává se jen jedna webová adresa</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>označení telefonu neponecháno (číslo je importováno)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefon {number} nemá kód země a není nastavena oblast, podle které by se četl; ponechán v poznámkách (nastavte telefonní oblast pracovního prostoru nebo --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefon {number} zapsán jako {written} (čísla bez kódu země se čtou jako {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>region „{region}“ není region NUTS, který známe; ponechán v poznámkách</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>stejný e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stejné jméno</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>stejný telefon {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>podobná jména ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>tabulka (sloupce se přiřazují podle názvů)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>název souboru „{file}“ ukazuje mimo zálohu</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>poslední řádek je zkrácený (méně buněk než záhlaví a bez konce řádku): soubor vypadá useknutě</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>řádek nelze přečíst ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>pracovní prostor {path} není prázdný ({count} záznamů); obnovujte jen do prázdného pracovního prostoru (vyberte nový)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>tato karta byla exportována z tohoto pracovního prostoru a kontakt tu stále je (stejné UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>neznámé kódování {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} hodnot)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} nelze bezpečně obnovit: {reason}; nic nebylo změněno</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} nemá řádek záhlaví (první řádek má pojmenovat sloupce)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} obsahuje poškozenou repliku ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} je v UTF-8 kromě řádku {line} (bajt {byte}), který je v jiném kódování: v jednom souboru jsou smíchána dvě kódování; opravte ten řádek nebo zvolte kódování celého souboru</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} je binární soubor, ne text (obsahuje bajty NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} je binární soubor, ne text (obsahuje bajty NUL, poprvé na řádku {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} je poškozen ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} je poškozen: příloha {file}… neodpovídá svému kontrolnímu součtu</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} je poškozen: replika uvnitř neodpovídá svému kontrolnímu součtu</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} je poškozen: „{file}“ je kratší, než uvádí jeho manifest</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} je prázdný</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} není v žádném kódování, které umíme přesně přečíst (není UTF-8, UTF-16, kódová stránka Windows nebo ISO 8859 ani Shift-JIS); uložte ho znovu jako UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} je neúplný: chybí {count} souborů (první: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} není záloha RuralDesku (není to soubor ZIP); může být useknutý</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} není záloha RuralDesku nebo je poškozen ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} není záloha pracovního prostoru RuralDesku</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} není soubor vCard (měl by začínat BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} není platný soubor vCard: karta {number} je vadná ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} není platný text UTF-16; může být useknutý nebo poškozený</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} není platný text UTF-32; může být useknutý nebo poškozený</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} nakonec není text v {encoding} (bajt {byte}); uložte ho znovu jako UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} není text v {encoding}: řádek {line} obsahuje bajty, které nelze přečíst (bajt {byte}); zvolte jiné kódování</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} má {size}, víc než {limit}, kolik smí mít {what}; rozdělte ho na menší soubory</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} je {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} potřebuje {size} volného místa na disku a volných je jen {free}; nic nebylo změněno</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} začíná jako UTF-8, ale řádek {line} obsahuje bajty, které nejsou UTF-8 (bajt {byte}); může být poškozený — uložte ho znovu jako UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} vytvořil novější RuralDesk (formát zálohy {version}); pro obnovení aktualizujte RuralDesk</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, řádek {line}: buňka v uvozovkách má text za uzavírací uvozovkou ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, řádek {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: uvozovka (&quot;) otevřená u řádku {line} se nikdy neuzavírá; soubor vypadá useknutý nebo poškozený</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: karta {number} se nikdy neuzavírá (chybí END:VCARD); soubor vypadá useknutý</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: kódování není jisté, soubor se čte jinak jako {shown}; zvolte jedno (například --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} nelze přečíst ({reason}); obnovte do nového pracovního prostoru</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} neexistuje</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} je složka, ne {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} není prázdný pracovní prostor</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} neimportováno: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} znaků v písmu, které font neumí zobrazit ({scripts}), bylo z PDF vynecháno</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}“ uvádí velikost, kterou jeho komprimovaná data nemohou mít (zip bomba?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}“ je odkaz nebo složka, ne soubor</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}“ je zašifrován nebo komprimován způsobem, který RuralDesk nezapisuje</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}“ nemá velikost, kterou uvádí jeho manifest</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}“ se rozbalí na víc, než je jeho deklarovaná velikost (zip bomba?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}“ není telefonní číslo, které umíme přečíst; ponecháno v poznámkách</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}“ není země (použijte název nebo kód ISO 3166, např. PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}“ není datum (použijte RRRR-MM-DD nebo DD/MM/RRRR)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}“ není jazyk (použijte název nebo kód ISO 639, např. fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}“ není jazyk (použijte kód ISO 639, např. fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ není číslo</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ není ID záznamu</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}“ není téma tohoto pracovního prostoru</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ není celé číslo</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ není jedno z: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Všechny typy</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Jakákoli země</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jakýkoli druh</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jakýkoli jazyk</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jakýkoli region</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Jakékoli téma</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Vymazat filtry</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrovat podle: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>V koši: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Souhrn seznamu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Záznamy</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Záznamy: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Výsledky: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Výsledky: {shown} z {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Uložit hledání…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Uložit toto hledání</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Vybráno: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Pište pro hledání praxí, kontaktů, nástrojů a témat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;O RuralDesku</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Připoj&amp;it soubory…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>Sl&amp;oupce…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Kopírovat diagnostické informace</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Najít…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Propojit s…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nový</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Vložit jako &amp;přílohu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Zázna&amp;m</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Znov&amp;u</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Nas&amp;tavení…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchronizace</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Uživatelská příručka</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Přidat záznam do zobrazeného seznamu</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Přidáno „{title}“</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Připojit soubory</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Připojeno: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Příloha tu zatím není</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Vrátit vybrané záznamy z koše</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Změny čekající na sdílení</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Změny čekající na sdílení: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Vyberte praxi nebo nástroj, ke kterému připojíte soubory.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Zkopírovat soubory do pracovního prostoru a připojit je</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Nelze připojit</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nelze uložit</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Smazat uložené hledání</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostické informace zkopírovány. Vložte je do zprávy osobě, která vám pomáhá; neobsahují žádná jména ani obsah.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Upravit zobrazený záznam</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Vyprázdnit &amp;koš…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vyprázdnit koš</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vyprazdňování koše</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Vymazat vše v koši z tohoto počítače? Tuto akci nelze vrátit.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Vymazáno z tohoto počítače: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Pro žádost o podporu: verze a velikosti, nikdy jména ani obsah</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Přejít na &amp;seznam</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Propojit tento záznam s kontakty, nástroji nebo praxemi</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Propojit „{title}“ s…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hlavní panel nástrojů</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Přesunout vybrané záznamy do koše</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Přesunuto do koše: {count}. Vrátit zpět pomocí Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigace</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Žádné změny nečekají na sdílení</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Zatím žádná uložená hledání. Napište něco do pole hledání a pak pod filtry zvolte Uložit hledání.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Znovu</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Obnoveno: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Uložit hledání</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Hledání „{name}“ uloženo</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Uloženo „{title}“</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Hledat všude</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Hledat všude (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vybrat &amp;vše</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Zobrazit složku &amp;protokolů</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Zobrazit: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stav synchronizace</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Ten záznam tu už není.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Schránka neobsahuje žádný soubor ani obrázek k připojení.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Tento soubor zatím není v tomto počítači. Dorazí s příští synchronizací.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Koš</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskuse</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Nalezeno v</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Naposledy změněno</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Uložená hledání</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Ke kontrole</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Koš</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Co je nového</translation>
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
            <numerusform>%n změněný kontakt</numerusform>
            <numerusform>%n změněné kontakty</numerusform>
            <numerusform>%n změněných kontaktů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n změněná praxe</numerusform>
            <numerusform>%n změněné praxe</numerusform>
            <numerusform>%n změněných praxí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n změněný nástroj</numerusform>
            <numerusform>%n změněné nástroje</numerusform>
            <numerusform>%n změněných nástrojů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n upravený příspěvek</numerusform>
            <numerusform>%n upravené příspěvky</numerusform>
            <numerusform>%n upravených příspěvků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n nový kontakt</numerusform>
            <numerusform>%n nové kontakty</numerusform>
            <numerusform>%n nových kontaktů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nový příspěvek</numerusform>
            <numerusform>%n nové příspěvky</numerusform>
            <numerusform>%n nových příspěvků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nová praxe</numerusform>
            <numerusform>%n nové praxe</numerusform>
            <numerusform>%n nových praxí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nový nástroj</numerusform>
            <numerusform>%n nové nástroje</numerusform>
            <numerusform>%n nových nástrojů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n příspěvek</numerusform>
            <numerusform>%n příspěvky</numerusform>
            <numerusform>%n příspěvků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praxe</numerusform>
            <numerusform>%n praxe</numerusform>
            <numerusform>%n praxí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n záznam sdílený ostatními od vaší poslední kontroly.</numerusform>
            <numerusform>%n záznamy sdílené ostatními od vaší poslední kontroly.</numerusform>
            <numerusform>%n záznamů sdílených ostatními od vaší poslední kontroly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n nástroj</numerusform>
            <numerusform>%n nástroje</numerusform>
            <numerusform>%n nástrojů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n nepřečtený</numerusform>
            <numerusform>%n nepřečtené</numerusform>
            <numerusform>%n nepřečtených</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Připojení souborů: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Nelze vrátit zpět ani znovu provést: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Vytvoření: {title}</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Smazání záznamů: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Smazání: {title}</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Úprava: {title}</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Propojení: {title}</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Nevráceno: {fields} záznamu „{title}“ mezitím změnil někdo jiný (dorazilo s poslední synchronizací). Jeho hodnota zůstává; pokud má platit vaše, upravte ji ručně.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Nevráceno: „{title}“ mezitím někdo jiný přesunul do koše nebo z něj (dorazilo s poslední synchronizací). Zůstává, jak je.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Odebrání přílohy {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Obnovení záznamů: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Obnovení: {title}</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Odpojení od: {title}</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Počítače v okolí, které nabízejí synchronizaci:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>Nabídnout synchronizaci &amp;počítači v okolí…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Adresa tohoto počítače</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Připojit a s&amp;ynchronizovat</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Vyberte počítač ze seznamu nebo zadejte jeho adresu tak, jak je na něm zobrazena (například 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Vyberte počítač, který nabízí synchronizaci (na něm Synchronizace → Nabídnout synchronizaci počítači v okolí…), a zadejte kód, který ukazuje.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Pokud tam tento počítač není, připojte se podle adresy: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Umožnit počítači vaší skupiny ve stejné síti synchronizovat se s tímto, bez serveru a bez internetu</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Hledají se počítače vaší skupiny v této síti…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Nabídnout synchronizaci počítači v okolí</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Na druhém počítači (stejná Wi-Fi nebo hotspot telefonu, stejná skupina) zvolte Synchronizace → Synchronizovat s počítačem v okolí…, vyberte tento počítač a zadejte tento kód:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Nebo se připojit podle &amp;adresy:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Párovací &amp;kód:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Párovací kód</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Zas&amp;tavit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Zastaveno. Nic nebylo použito jen napůl.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Synchronizovat s počítačem v &amp;okolí…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Synchronizovat s počítačem vaší skupiny, který to nabízí ve stejné síti</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Synchronizovat s počítačem v okolí</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Synchronizováno s „{name}“: přijaté změny: {received}, odeslané: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>To není kód zobrazený na druhém počítači; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>To není kód zobrazený na druhém počítači; nic se nezměnilo. Zbývající pokusy: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Kód má šest číslic, jak je zobrazen na druhém počítači.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Spojení s druhým počítačem se přerušilo ({reason}). Nic nebylo použito jen napůl; zkuste to znovu.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Spojení se přerušilo před koncem; nic nebylo použito jen napůl. Stále se čeká na počítač vaší skupiny…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Druhý počítač odpověděl způsobem, kterému tato verze nerozumí ({reason}). Nic se nezměnilo.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Druhý počítač patří do jiné skupiny; synchronizovat se mohou jen počítače stejné skupiny. Nic se nezměnilo.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Druhý počítač ukončil nabídku po příliš mnoha chybných kódech. Požádejte tam o novou nabídku; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>V této síti se počítače nemohou navzájem najít: na druhém počítači se připojte podle adresy: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>V této síti se počítače nemohou navzájem najít: zadejte adresu zobrazenou na druhém počítači.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Tento pracovní prostor zatím nepatří do žádné skupiny. Jednou nastavte synchronizaci se serverem své skupiny (Synchronizace → Nastavit synchronizaci…); potom se může synchronizovat i s počítači v okolí.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Čeká se na počítač vaší skupiny…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Uchované do příští synchronizace se serverem, který zná počítač, jenž je podepsal: {count}.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Odmítnuté (podpis nesouhlasil): {count}.</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}“ patří do jiné skupiny a nemůže se s tímto počítačem synchronizovat. Stále se čeká…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}“ se připojil; kontroluje se kód…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}“ zadal chybný kód; nic se nezměnilo. Zbývající pokusy: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}“ zadal správný kód; synchronizuje se…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Vložit</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Znov&amp;u</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Vyj&amp;mout</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vybrat vše</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Přerušit</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorovat</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e pro vše</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovit výchozí</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opakovat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Uložit vše</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ano pro &amp;vše</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Vložit</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Znov&amp;u</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopírovat &amp;adresu odkazu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Vyj&amp;mout</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vybrat vše</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Označit vše jako zkontrolované</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Přidat &amp;poznámku…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Nejprve vyberte záznam v seznamu.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Naposledy změněno</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Není co kontrolovat: vše, co ostatní sdíleli, bylo zkontrolováno.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Poznámka recenzenta</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Poznámka recenzenta: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Sdílel(a)</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Sdílené záznamy ke kontrole</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Ke kontrole</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Napsat poznámku recenzenta k vybranému záznamu</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Vaše poznámka k „{title}“ putuje se záznamem ke všem ve skupině. Psát ji mohou jen koordinátoři.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, naposledy změněno {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Ukázková data nelze načíst: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Ukázková data načtena.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Načítání ukázkových dat</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Načítání ukázkových dat zastaveno; co se načetlo, zůstává.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Nová složka dat se použije od příštího spuštění.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Jiné okno RuralDesku už s tímto pracovním prostorem pracuje ({path}). Přepněte do toho okna, nebo ho zavřete a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Vyberte složku pro svůj pracovní prostor</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Vybrat jinou složku…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Tam, kde je uložen váš pracovní prostor ({path}), je volných jen {free} MB. RuralDesk možná nebude moci uložit vaše změny. Uvolněte místo (vyprázdněte koš počítače, odstraňte velké soubory) a pak pokračujte.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk je už otevřený</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk uchovává váš pracovní prostor v {folder}, ale nemůže tam zapisovat ({reason}). Vyberte jinou složku, do které můžete zapisovat, například ve svých dokumentech.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Zobrazit zálohy</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Složku dat nelze použít</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Disk je téměř plný</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Složka {folder} je jen pro čtení. Vyberte jinou složku, do které můžete zapisovat.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Pracovní prostor nelze otevřít</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk je plný</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk uchovává automatické zálohy vašeho pracovního prostoru v {backups}. Jednu můžete obnovit tak, že ji zkopírujete přes poškozený soubor.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikty…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>O&amp;dpojit od serveru…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Skupina:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>Sk&amp;upina…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kód pozvánky:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Synchronizovat nyní</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Vaše jméno:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Příloha tu zatím není</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Příloha není na serveru</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Čekající změny: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Ověřit a uložit</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Ověřování…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikty: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Připojeno. Váš token je uložen v {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Ověření připojení</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Nelze stáhnout</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Token nelze uchovat: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Odpojení od serveru</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Stahování přílohy</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Zadejte adresu serveru (začínající https://) a skupinu.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Zadejte token, který vám dal koordinátor.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Vše je uloženo v tomto počítači. Pro sdílení se skupinou použijte Synchronizace → Nastavit synchronizaci….</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Skupina „{group}“ na {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kód pozvánky</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Připojování ke skupině…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Velká změna ze serveru</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Neuloženo: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Zatím nesynchronizováno</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Otevřené konflikty</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Nebo s osobním tokenem:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Vložte kód pozvánky, který vám poslal koordinátor: obsahuje adresu serveru a skupinu. Máte-li místo toho osobní token, nechte ho prázdný a vyplňte pole níže. Token se uchovává v systémovém úložišti hesel, pokud existuje, jinak v souboru, který můžete číst jen vy.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Vyřešit…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Zastavit synchronizaci</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Odeslat vaše změny na server skupiny a získat změny všech ostatních</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa serveru:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Nastavit synchronizaci…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Nastavení synchronizace</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Přestat synchronizovat tento pracovní prostor se serverem skupiny? Vaše záznamy zůstanou v tomto počítači; dosud neodeslané změny zůstanou čekat. Synchronizaci můžete později nastavit znovu.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synchronizace… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Server skupiny tento soubor zatím nemá: osoba, která ho připojila, se od té doby nesynchronizovala.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Server skupiny odmítl změnu tohoto záznamu ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Změny ze serveru skupiny by přesunuly {deletes} záznamů do koše, vymazaly {erasures} a změnily {overwrites} — {total} z vašich {records} záznamů ({share}).

Může to být správně (někdo uklidil sdílené záznamy), nebo omyl. Použít tyto změny nyní?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Členové skupiny; pro koordinátory pozvánky, role a žádosti o osobní údaje</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Tento soubor není v tomto počítači a tento pracovní prostor není připojen k serveru skupiny.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Tento záznam je v konfliktu ({fields}): dva lidé ho změnili současně.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Tento pracovní prostor obsahuje ukázková data. Ukázková data jsou smyšlená a nikdy neopustí tento počítač, proto je nelze sdílet se skupinou.

Použít pro záznamy vaší skupiny nový, prázdný pracovní prostor? Ukázkový pracovní prostor zůstane, jak je.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Aktuální · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Práce offline: není připojen žádný server skupiny</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Nyní jste v novém, prázdném pracovním prostoru „{name}“. Ukázkový pracovní prostor zůstane, jak je.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>soubor, který můžete číst jen vy ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>ověřování serveru</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>server je nedostupný</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>server je nedostupný: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>zadejte nový token v Synchronizace → Nastavit synchronizaci…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>ponecháno z dřívějška; pište pro nahrazení</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>naposledy synchronizováno v {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>nepovinné: vaše jméno, jak ho zná skupina</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>stiskněte F5 pro nový pokus</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>přijímání příloh</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>přijímání změn</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>ukládání přijatého</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>odesílání příloh</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>odesílání změn</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>nastavte synchronizaci v novém, prázdném pracovním prostoru</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>něco se pokazilo</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>něco se pokazilo ({reason}); podrobnosti jsou v protokolu</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>zastavování</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>server nepřijal tento token pro tuto skupinu; zkontrolujte ho nebo požádejte koordinátora o nový</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>server nepřijal váš token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>server nepřijal váš token; požádejte koordinátora o nový a zadejte ho v Synchronizace → Nastavit synchronizaci…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>server požadavek odmítl</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>server požadavek odmítl: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>systémové úložiště hesel</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>tento pracovní prostor obsahuje ukázková data, která nikdy neopustí tento počítač; nastavte synchronizaci v novém, prázdném pracovním prostoru</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>tento pracovní prostor obsahuje ukázková data, která se nikdy nesynchronizují</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nový pokus v {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>rozhodli jste se nepoužít velkou změnu ze serveru</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>zastavili jste to</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} z {total}</translation>
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
        <translation>Agroekologie</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Spolunavrhování s orgány veřejné moci</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Komunitní doprava</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Družstva digitálních platforem</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Vzdělávání a služby</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energetická společenství</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Rozvoj podnikání a zaměstnanost</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Zdravotní péče</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Místní podnikání</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilita</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politické a právní rámce</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Krátké dodavatelské řetězce potravin</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Sociální začleňování</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Sítě solidarity</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Udržitelné zemědělství a potraviny</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Pracovní integrace</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Zálohovat pracovní prostor do souboru…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Kontakty ke sloučení (zaškrtnuté):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Země:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kódování:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Vymazat natrvalo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formát:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Skupiny:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Ponechat:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sloučit</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Otevřít kontakt</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Otevřít záznam</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;List praxe…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>Číst to &amp;takto</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Záznamy:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Obnovit ze zálohy…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Oddělovač:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Použít tuto zemi</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(zjištěno)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nečitelné)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(není co porovnat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} sloupců</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Soubor .vcf, který umí číst adresáře a telefony.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Zálohu lze obnovit jen do prázdného pracovního prostoru a tento už obsahuje {practices} praxí, {contacts} kontaktů a {tools} nástrojů. Nic nebylo změněno.

Pro obnovení zvolte novou, prázdnou složku dat v Soubor → Nastavení, restartujte RuralDesk a obnovte tam.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>List k tisku (PDF nebo Markdown) zobrazené praxe nebo několika praxí</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>List k tisku nebo sdílení: klíčová fakta, co se udělalo, co se zjistilo a koho se zeptat. Nadpisy jsou v jazyce každé praxe.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Probíhá synchronizace. Počkejte, až skončí, a pak obnovte znovu.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Přílohy, které nejsou v tomto počítači (uchovávané na serveru skupiny), nejsou v záloze: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Záloha pracovního prostoru</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Zálohováno {records} záznamů a {files} souborů příloh do {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Zálohování do {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Záloha vytvořena</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Záloha obnovena</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Zálohy (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Zálohy (*.zip);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Vrátit zálohu do prázdného pracovního prostoru</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Přenést kontakty, praxe nebo nástroje z tabulky CSV/TSV nebo souboru vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabulky CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Přečtené karty: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Karty s problémem: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Kontrola: {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Zvolte kódování</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Zvolte pole, do kterého jde každý sloupec, nebo ho vynechte.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sloupec</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sloupec v souboru</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Neimportované sloupce: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Sloupce souboru</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Čárka ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Kontakt k ponechání</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontakty, které vypadají jako stejná osoba nebo organizace, ke sloučení</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Kontakty ke sloučení</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Země telefonních čísel</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Smazat kontakt natrvalo, všude, a vypsat zmínky ke kontrole</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dvojklikem otevřete kontakt, který už tu je</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Duplicitní kontakty</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Vymazat tuto osobu…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xportovat vše o této osobě…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Vymazat natrvalo</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Vymazat tuto osobu</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Vymazat „{name}“ a vše, co se o ní uchovává?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Vymazávání: {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Každý kontakt v seznamu ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Každá praxe v seznamu ({count}), v jednom dokumentu</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Před importem musí být každý řádek v pořádku. Opravte tyto řádky v souboru a importujte ho znovu, nebo importujte jen platné řádky.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Vše o „{name}“ bylo uloženo do {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Vše v tomto pracovním prostoru, včetně příloh, v jednom souboru</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Příklad</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel ve Windows zobrazuje písmena s diakritikou správně jen s touto značkou</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exportovat kontakty jako &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Export kontaktů jako vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Export všeho o této osobě</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Exportovat seznam jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Export seznamu jako CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Exportováno {count} kontaktů do {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Exportováno {count} záznamů do {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Exportování do {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Soubor k importu</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Najít &amp;duplicitní kontakty…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Nalezeno</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Skupiny pravděpodobných duplikátů</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importovat &amp;jako:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Import tabulky</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Podrobnosti importu</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Zjištění importu</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importovat do</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Zpráva o importu</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Výsledek importu</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importovat sloupec „{name}“ do</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importovat řádky bez problému a ostatní vynechat</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importovat jen platné řádky</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importovat jen platné řádky ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importováno: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importováno: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importování: {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Nepodařilo se: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Jeho odkazy se odstraní z {count} propojených záznamů.</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Jeho minulé hodnoty se vymažou z historie změn.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Soubory JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Hledání duplicitních kontaktů</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Vypadá jako</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Text Markdown</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Zmínky jména, e-mailů nebo telefonů osoby v textu jiných záznamů se nemění: dostanete jejich seznam ke kontrole.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Zmínky ke kontrole</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Sloučení kontaktů</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Sloučit zaškrtnuté kontakty do ponechaného</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Sloučeno {count} kontaktů do jednoho; znovu propojených záznamů: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Jména, jak je čte {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Záloha nebyla vytvořena: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Zatím žádný sloupec nejde do pole: vyberte aspoň jeden.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Žádné pravděpodobné duplikáty</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Nebyly nalezeny žádné pravděpodobné duplikáty.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Žádný jiný záznam na něj neodkazuje.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Pro tento pracovní prostor není nastavena telefonní oblast.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Neimportováno ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Neimportováno: pro telefonní čísla v {name} nebyla zvolena země. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Neimportováno: pro {name} nebylo zvoleno kódování. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nenastaveno (zeptá se v případě potřeby)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Nic nebylo vymazáno: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Nic nebylo exportováno: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Nic nebylo importováno: soubor neobsahuje žádné záznamy.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nic nebylo importováno: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nic nebylo obnoveno: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Importovány byly jen platné řádky; řádky níže byly vynechány.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Otevřít zvýrazněný kontakt</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Otevřít zvýrazněný záznam</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefonní čísla bez kódu země</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefonní čísla bez kódu země se čtou jako {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefonní oblast</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Možné duplikáty</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Možné duplikáty ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Možná už tu jsou: {count} (viz „Možné duplikáty“)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>List praxe</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Zapsané listy praxí: {count}, v {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Náhled</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Náhled importu</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Souhrn náhledu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémy</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problémy ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Vlastnost</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Číst jako {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Čteno jako: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Opětovné čtení souboru…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Čtení: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Připraveno</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Rozpoznaný export</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Rozpoznáno: &lt;b&gt;{preset}&lt;/b&gt;. Jeho sloupce jsou přiřazeny níže; před importem je zkontrolujte.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Obnovení ze zálohy</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Obnovit {count} záznamů z {name} (vytvořeno {date}) do tohoto prázdného pracovního prostoru?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Obnoveno {records} záznamů a {files} souborů příloh z {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Obnovování: {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Řádků v náhledu: {count}; všechny připravené k importu.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Řádků v náhledu: {count}; s problémem: {bad}. Opravte je v souboru, nebo změňte sloupce výše.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Přečtené řádky: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Řádky s problémem: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Uložit zobrazený seznam s jeho sloupci a filtry jako tabulku</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Uložit vybrané kontakty nebo celý seznam pro adresář nebo telefon</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Středník ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Nejprve zobrazte kontakt.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Zobrazte praxi nebo seznam praxí, abyste z nich vytvořili listy.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Zobrazte kontakty (nebo nějaké vyhledejte) a vyberte ty k exportu.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Zastaveno: {what}. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabulky a adresáře (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Volbu lze ještě změnit v „Kódování“ v dalším kroku.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontakt se z tohoto počítače smaže natrvalo: ne do koše, a nelze to vrátit.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontakt, jeho historie a každý záznam s ním propojený nebo ho zmiňující, jako JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontakty nebyly exportovány: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontakty nebyly sloučeny: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Země telefonních čísel zapsaných bez kódu země, pro tento pracovní prostor</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Soubor nelze zobrazit v náhledu: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Soubor nelze takto přečíst: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>První řádky tak, jak budou uloženy. Řádky s problémem jsou označeny; import se zastaví, pokud má problém jakýkoli řádek souboru.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Písmena v {name} lze přečíst více způsoby a nedokážeme určit, který je správný. Vyberte sloupec, ve kterém jsou jména napsána správně.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Seznam nebyl exportován: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Telefonní oblast nebyla uložena: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Zobrazená praxe: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Záznamy nalezené hledáním, se sloupci, které seznam pro jejich typ zobrazuje.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Hledání duplikátů se zastavilo: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Hledání nenašlo nic k exportu.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Vybrané kontakty ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Vybrané praxe ({count}), v jednom dokumentu</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>List nebyl zapsán: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Koš nelze exportovat. Vyberte praxe, kontakty, nástroje nebo témata.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Tyto kontakty vypadají jako stejná osoba nebo organizace. Sloučení ponechá jeden kontakt, doplní jeho prázdná pole z ostatních, přesune na něj každý odkaz a přílohu a ostatní přesune do koše (lze je obnovit).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Tento soubor nelze importovat: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Tento soubor nelze obnovit: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Ptáme se jednou a volba se uchová pro pracovní prostor; změníte ji v Soubor → Nastavení. Čísla s kódem země a řádky, které uvádějí zemi, se čtou tak, jak jsou.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Tento řádek má problém</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Tento pracovní prostor není sdílen se serverem skupiny; kopií jinde (zálohy, exporty) se to netýká.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Tento pracovní prostor je sdílený: vymazání se při příští synchronizaci odešle na server skupiny a kopie každého člena ho také vymaže.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 s &amp;BOM, pro Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 s BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 s BOM, pro Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Svislá čára ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Počkejte, až probíhající práce (import, export) skončí, a pak obnovte znovu.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Upozornění ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Co vymazání dělá</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Proč vypadají podobně</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Proč: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Zápis: {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>sloupec {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>vytvořeno {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domácí</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilní</translation>
    </message>
    <message>
        <source>other</source>
        <translation>jiné</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>listy-praxí</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>tento soubor</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (starší telefony)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Soubory vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>pracovní</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} obsahuje telefonní čísla bez kódu země (např. „{example}“) na řádcích, které neuvádějí zemi. Ve které zemi jsou?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: každý záznam, který seznam zobrazuje ({count}), s jeho filtry, řazením a zobrazenými sloupci.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: nalezeno {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— vynechat —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}“ byl vymazán.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}“ byl vymazán. Žádný jiný záznam ho ve svém textu nezmiňuje.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}“ byl vymazán. Tyto záznamy ho ve svém textu stále zmiňují. Otevřete každý z nich a zmínku odstraňte nebo přeformulujte tam, kde jde o osobní údaje.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Uveďte měnu výše financování</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Region {value} není v {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Datum konce je před datem začátku</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Neznámé pole „{value}“</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: hodnota nemůže být záporná</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: pole je povinné</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: text je příliš dlouhý ({length} znaků, nejvýše {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: musí jít o seznam</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: musí jít o seznam textů</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: musí jít o číslo, ne „{value}“</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: musí jít o celé číslo</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: musí jít o text</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: každá položka potřebuje hodnotu</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}“ není kód regionu NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}“ není datum (použijte RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}“ není telefonní číslo (použijte +kód země, např. +351 21 000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}“ není možné telefonní číslo</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ není ID záznamu</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}“ není platná e-mailová adresa</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}“ není webová adresa (měla by začínat https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}“ není kód země ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}“ není kód měny ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}“ není kód jazyka ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ není jedno z: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Co je nového</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Změněný kontakt: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Změněná praxe: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Změněný nástroj: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Vše zde je přečteno.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>První synchronizace: {items} od vaší skupiny</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Označit &amp;vše jako přečtené</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Označit vše v Co je nového jako přečtené</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Nový kontakt: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nová praxe: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nový nástroj: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Od vaší skupiny zatím nic nového. Když ostatní přidají nebo změní praxe, kontakty či nástroje, objeví se zde po synchronizaci.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Jen &amp;nepřečtené</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Ten záznam tu už není.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Nepřečteno: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Co přišlo od vaší skupiny</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Co vaše skupina přidala nebo změnila od vašeho posledního pohledu</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Co je nového</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>někdo</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} od vaší skupiny</translation>
    </message>
</context>
</TS>
