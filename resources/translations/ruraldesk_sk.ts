<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Žiadny program nevie otvoriť tento súbor</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Uložiť kópiu</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Uložiť kópiu…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>V tomto počítači nie je program, ktorý by otvoril „{name}“. Môžete uložiť kópiu a otvoriť ju neskôr v programe podľa vlastného výberu.</translation>
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
        <translation>Orgán verejnej správy</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Zlý príklad</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Komunitné družstvo</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Komunitná nadácia</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Súhlas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Zmluva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finančná služba</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobrý príklad</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Usmernenie</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domov</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Zákonná povinnosť</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Oprávnené záujmy</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Samospráva obce</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodika</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Zmiešaný výsledok</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iné</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Politické odporúčanie</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Úloha vo verejnom záujme</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regionálna samospráva</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Zdieľané</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sociálny podnik</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Podporná služba</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Šablóna</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Komunitný priestor</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Súbor nástrojov</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Vzdelávanie</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Obecné združenie</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Životne dôležité záujmy</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Stiahnutý</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Práca</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Integračný sociálny podnik</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Príloha</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prílohy</translation>
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
        <translation>Diskusia</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskusie</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Prepojené kontakty</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Prepojené príklady praxe</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Prepojené nástroje</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nový príklad praxe</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nová téma</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nový nástroj</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Príspevok</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Príspevky</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Príklad praxe</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Príklady praxe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témy</translation>
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
        <translation>Za&amp;hodiť</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>&amp;Nechať odstránený</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Zlúčená hodnota (upravte a potom uložte):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>O&amp;tvoriť záznam</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>&amp;Obnoviť záznam</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>&amp;Uložiť zlúčenú hodnotu</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(prázdne)</translation>
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
        <translation>Ponechať &amp;moju</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Ponechať &amp;ich</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Zlúčená hodnota</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Žiadne konflikty: všetky zmeny vo vašej skupine do seba zapadli.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Neuložené: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nevyriešené konflikty</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Zamietnuté: {title} – {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Vyriešené: „{title}“ – {field}. Vaša voľba sa pri najbližšej synchronizácii odošle skupine.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Ich hodnota</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Ich – {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Keď dvaja ľudia zmenili to isté pred synchronizáciou, server skupiny ponechal jednu hodnotu a druhú odložil. Vyberte, čo má záznam obsahovať; vaša voľba sa pri najbližšej synchronizácii odošle všetkým.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Prečo to server zamietol</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Vaša zmena ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Vaša hodnota</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Vaša – {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>iný člen</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>odstránený alebo ponechaný</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>skupina</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>áno</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vy</translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation>{title} – {field}</translation>
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
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Zrušiť úpravy</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Vyberte záznam v zozname alebo ho pridajte stlačením Ctrl+N.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Formulár úprav</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Upraviť „{title}“</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Polia označené * sú povinné.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Odísť bez uloženia?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Opravte polia označené nižšie.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problém s poľom {field}</translation>
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
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Uložiť záznam</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Zmeny v tomto zázname nie sú uložené. Odísť z formulára a prísť o ne?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>vytvoril(a) {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>v koši</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>naposledy zmenil(a) {who}, {when}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>zatiaľ nie je v tomto počítači</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>odstrániť</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>zrušiť prepojenie</translation>
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
        <translation>P&amp;rílohy:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pre&amp;hľadávať…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Priečinok s údajmi:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Veľkosť písma:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Jazyk rozhrania:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kód pozvánky:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefónny región:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Nový priečinok s údajmi sa použije od najbližšieho spustenia.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Pridajte vlastné príklady praxe, kontakty a nástroje.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>&amp;Opýtať sa, keď synchronizácia mení viac než:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Vyberte priečinok s údajmi</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stĺpce</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Pripojiť sa k serveru skupiny</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Priečinok s údajmi</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Predvolený priečinok s údajmi</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Ukážkové záznamy v každej kolekcii</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Stiahnuť pri otvorení</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Vymyslené príklady praxe, kontakty a nástroje v siedmich jazykoch na vyskúšanie. Neskôr ich môžete odstrániť.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Nájsť záznamy na prepojenie</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kód pozvánky</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Pripojte sa k spoločnému úložisku skupiny pomocou kódu pozvánky, ktorý vám poslal koordinátor.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Ponechať všetko offline</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Načítať ukážkové údaje</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Len keď o to požiadam</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Záznamy v každej kolekcii:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Záznamy na prepojenie</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk uchováva príklady praxe, kontakty a nástroje vašej skupiny v tomto počítači a funguje aj bez pripojenia. Ako chcete začať?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Synchronizovať každých:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Zobraziť tieto stĺpce:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Začať s prázdnym pracovným priestorom</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zastavuje sa…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Veľkosť systému</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Zadajte meno alebo slovo a nájdite záznamy</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Vitajte v RuralDesku</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>pridané {when}</translation>
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
            <numerusform>%n príspevok</numerusform>
            <numerusform>%n príspevky</numerusform>
            <numerusform>%n príspevkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n vlákno</numerusform>
            <numerusform>%n vlákna</numerusform>
            <numerusform>%n vlákien</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(neuvedené)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Vlákno potrebuje názov a úvodný príspevok.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Priložiť súbory</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Priložiť súbory…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Priložené:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentáre</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Komentáre (%n)</numerusform>
            <numerusform>Komentáre (%n)</numerusform>
            <numerusform>Komentáre (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Diskusiu sa nepodarilo exportovať: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Nepodarilo sa uložiť: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Koncept ponechaný</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Koncept ponechaný od {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Upraviť</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Upraviť váš príspevok</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportovať ako Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportovať ako PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Exportovať diskusiu</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Súbory na priloženie k tomuto príspevku</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Súbory na priloženie: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Skryl koordinátor: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Skryté pred skupinou: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skryť</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Skryť diskusiu…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Skryť…</translation>
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
        <translation>Posledná aktivita</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>&amp;Nové vlákno…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nové vlákno</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nové vlákno…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Zatiaľ žiadne príspevky. Prvý napíšte nižšie.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Zatiaľ žiadne vlákna. Začnite jedno cez Nové vlákno; komentáre k príkladu praxe, nástroju alebo kontaktu sú na konci jeho stránky.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Nie je to odpoveď</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Nie je povolené: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Úvodný príspevok</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Úvodný príspevok:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Uverejniť</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Uverejniť (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Príspevok bol odstránený</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Uverejnené. Skupine sa odošle pri najbližšej synchronizácii.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Príspevky</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpovedať</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Odpoveď na príspevok</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Odpoveď pre {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Zobraziť %n starší príspevok</numerusform>
            <numerusform>Zobraziť %n staršie príspevky</numerusform>
            <numerusform>Zobraziť %n starších príspevkov</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Znova zobraziť</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Zobraziť diskusie</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Začať diskusiu so skupinou</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Začať diskusiu so skupinou (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Začal(a)</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Diskusia sa zapísala do {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Predchádzajúca verzia zostáva v histórii príspevku.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Úvodný príspevok… *kurzíva*, **tučné**, - zoznamy, [odkazy](https://…), @člen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Názov:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Vlákno</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Vlákna</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Verzia {n}, {when}, autor: {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Verzie príspevku</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>O čom to je?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Prečo je skrytý? Dôvod uvidia všetci na jeho mieste.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Stiahnuť</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Stiahnuť tento príspevok? Jeho text z vlákna zmizne; predchádzajúce verzie zostanú v histórii.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Stiahnuť váš príspevok</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Stiahnuté autorom.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Napíšte príspevok… *kurzíva*, **tučné**, - zoznamy, [odkazy](https://…), @člen (Ctrl+Enter uverejní)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Najprv niečo napíšte.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Namiesto toho písať celému vláknu (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Váš príspevok</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>pravidlá diskusie túto zmenu nepovoľujú</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>príspevok musí obsahovať text</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>odstránený príspevok</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>upravené</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>v odpovedi pre {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>príspevok alebo diskusiu môže skryť len koordinátor</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>príspevok môže upraviť alebo stiahnuť len jeho autor</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>názov, témy alebo jazyk diskusie môže zmeniť len člen, ktorý ju začal</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>začal(a) {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (skryté)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · nové: {count}</translation>
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
        <translation>(žiadne)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridať</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Bez dátumu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odobrať</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Napíšte a stlačte Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>pridať</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>vymazať</translation>
    </message>
    <message>
        <source>list</source>
        <translation>zoznam</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>odstrániť</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>na pridanie</translation>
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
        <translation>Prílohy</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cieľová skupina</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Nadradená téma</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Komentáre k</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dátum súhlasu</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Zdroj súhlasu</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mena</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusia</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dátum ukončenia</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Odborné témy</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Názov súboru</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Celé meno osoby alebo názov organizácie</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Výška financovania</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Zdroj financovania</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Člen skupiny</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Skryté, pretože</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Odpoveď na</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategória</translation>
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
        <translation>Právny základ</translation>
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
        <translation>Zmienky</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno / názov</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ciele</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Prekážky (právne / politické)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Typy organizácií</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partneri (vrátane samospráv)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefóny</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Súvisiace kontakty</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Súvisiace nástroje</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Odstránené príspevky</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Výsledky</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Poznámka kontrolóra</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcia</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Veľkosť (bajty)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dátum začatia</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Začal(a)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Ulica a číslo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zhrnutie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Členské meno osoby v skupine: jej príspevky sú potom súčasťou jej údajov</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Témy</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Obec</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Prenosnosť</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webová stránka</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>Denník &amp;auditu</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>Zr&amp;ušiť pozvánku</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovať</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Exportovať všetko o tejto osobe…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Súbor:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Odovzdať sú&amp;bor serveru…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Pozvánky</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>Po&amp;zvať niekoho…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Č&amp;lenovia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>&amp;Najnovšie záznamy</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Staršie záznamy</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizácia:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Prístupová fráza:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>Ú&amp;daje o osobách</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Platnosť:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 deň</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 týždeň</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Odvolaný token okamžite prestane synchronizovať: počítač si ponechá svoju kópiu, ale už nemôže odosielať ani prijímať. Označte počítače, ktoré chcete odpojiť.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O aplikácii</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Pridal(a) člena</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Zisťuje sa na serveri, kto ste…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Na {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Na {url} · vaša rola: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Denník auditu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vybrať…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Zrušiť pozvánku</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Zrušiť pozvánku pre {name}? Kód okamžite prestane fungovať; pozvať túto osobu môžete neskôr znova.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Zrušil(a) pozvánku</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Ruší sa pozvánka…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Zmeniť &amp;rolu…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Zmeniť rolu pre {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Zmenil(a) člena</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Mení sa rola…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Vybrať súbor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinátor</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopírované</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopírovať kód pozvánky</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Vytvoriť pozvánku</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Vytvára sa pozvánka…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Vymazať túto osobu…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Vymazať v každej replike</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Vymazať „{name}“</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Vymazať „{name}“ z celej skupiny? Túto akciu nie je možné vrátiť späť. Vymaže sa tu a hneď sa odošle na server; RuralDesk každého člena ho vymaže pri najbližšej synchronizácii:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Vymazal(a) záznam</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Vymazáva sa…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Všetko o {name} sa zapísalo do {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exportovať všetko o {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportuje sa…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Nájsť osobu</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Dajte tento kód osobe {name}. V RuralDesku vyberie Synchronizácia → Nastaviť synchronizáciu… a vloží ho, alebo obrázok naskenuje telefónom a pošle si ho. Funguje raz, do {expires}.</translation>
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
        <translation>Odovzdať súbor serveru</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Odovzdať serveru</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Súbor sa odovzdáva serveru…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kód pozvánky</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Kód pozvánky ako QR kód</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Pozvánka pre {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Pozvánka pre {name} bola zrušená.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Pozvánka pre {name} bola vytvorená.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Pozvať niekoho</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Pozval(a) niekoho</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Vydal(a) token</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Jeho prílohy: žiadne</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Jeho prílohy: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Jeho história s hodnotami, ktoré mal (zaznamenané zmeny: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Súbory JSON (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Pripojili ste sa ku skupine, ale token sa nepodarilo uložiť: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Pripojil(a) sa cez pozvánku</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Posledná synchronizácia</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Odkazy naň z iných záznamov: žiadne</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Odkazy naň z {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Zisťuje sa, čo vymazanie odstráni…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Načítava sa denník auditu…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Načítavajú sa tokeny člena…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Načítavajú sa členovia…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Načítavajú sa otvorené pozvánky…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členovia</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Členovia uvidia nový názov po najbližšej synchronizácii; adresa skupiny zostáva.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Nie je pripojený k serveru skupiny.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Neurobené: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Zmeny v súbore: {total}; server ich použil {applied} a {already} už mal.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Zmeny v súbore: {total}; server ich použil {applied}, {already} už mal a {refused} zamietol: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Pozývať ľudí, meniť roly alebo odoberať členov môžu len koordinátori skupiny. Požiadajte niektorého z nich.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Otvorené pozvánky</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ľudia</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Načítať zn&amp;ova</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Odobrať zo s&amp;kupiny…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Pre&amp;menovať skupinu…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Odvolať &amp;tokeny…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Čitateľ</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Odobrať {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Odobrať {name} zo skupiny</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Odobrať {name} zo skupiny? Tokeny tejto osoby okamžite prestanú fungovať a už nebude dostávať záznamy skupiny. Všetko, čo pridala alebo zmenila, zostane pod jej menom.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Odobral(a) člena</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Odoberá sa člen…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Premenovať skupinu</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Premenoval(a) skupinu</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Skupina sa premenúva…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Odvolať</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Odvolať tokeny osoby {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Odvolal(a) token</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Odvoláva sa…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Poslať zmeny zo súboru na odovzdanie, ktorý niekto priniesol, priamo na server</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Zmeny zo súboru idú na server pod menami ľudí, ktorí ich urobili; tento počítač ich dostane pri svojej najbližšej synchronizácii ako všetci ostatní. Zmeny, ktoré server už má, sa neprijímajú dvakrát.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Kód je v schránke.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontakt „{name}“ a všetky hodnoty polí, ktoré mal</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Diskusia o tomto kontakte s jej príspevkami ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Súbor neobsahuje žiadne zmeny; nič sa neodoslalo.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Päť slov odovzdaných so súborom, ale oddelene od neho.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Skupina sa teraz volá „{name}“.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Pozvánka dá jednej osobe miesto v skupine. Osoba vloží kód do RuralDesku (Synchronizácia → Nastaviť synchronizáciu…) vo svojom počítači; funguje raz.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Osoba je spomenutá aj v texte ďalších záznamov ({count}). Tento text sa nemení: skontrolujte ho po vymazaní (export uvádza kde).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Vlastné príspevky osoby v diskusiách skupiny ({count}); vlákna zostanú a zobrazia „príspevok bol odstránený“</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Tento člen nemá žiadny používaný token.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Tento pracovný priestor nie je pripojený k serveru skupiny. Použite Synchronizácia → Nastaviť synchronizáciu… s kódom pozvánky od koordinátora.</translation>
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
        <translation>Zadajte meno, e-mail alebo telefónne číslo</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Čo</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Čo sa stane</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Keď sa osoba pýta, aké údaje o nej skupina má, alebo žiada o vymazanie (články 15 a 17 GDPR), nájdite ju tu.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Pracuje sa</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>pridáva a upravuje záznamy skupiny</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>ako ho uvidí skupina</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>spravuje skupinu: členov, pozvánky, vymazanie</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>voliteľné</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>číta záznamy skupiny, nič nemení</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>súbor sa nedá prečítať ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>server neprijal token tohto počítača; požiadajte koordinátora o novú pozvánku</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>nepomenovaný počítač</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dni</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} týždne</translation>
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
        <translation>{name} už nie je členom; záznamy tejto osoby zostávajú.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} má teraz rolu: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}“ bol tu vymazaný; vymazanie sa odošle na server s touto synchronizáciou a ku každej replike sa dostane pri jej najbližšej synchronizácii.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Použité: {applied}. Už tu boli: {duplicates}. Na odovzdanie serveru: {held}. Zamietnuté: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Zapísané zmeny: {count} do {path}.

Prístupová fráza (zobrazí sa len teraz): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Pred odovzdávaním zmien tento počítač aspoň raz pripojte k serveru skupiny.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Exportovať zmeny pre iný počítač…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Exportujú sa zmeny</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Súbory na odovzdanie (*.rdrelay);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importovať zmeny zo súboru…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importujú sa zmeny</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nič sa nezmenilo: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Prístupová fráza</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Zastavené. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Súbor je skrátený: neskopíroval sa celý.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Súbor sa po vytvorení zmenil alebo poškodil.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Súbor sa uzamkne týmito slovami (môžete ich zmeniť). Dajte ich osobe, ktorá ho bude importovať, oddelene od súboru.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Prístupová fráza tento súbor neotvorí: skontrolujte slová a skúste to znova.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Tento súbor obsahuje zmeny inej skupiny.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Toto nie je súbor RuralDesku na odovzdanie.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Zadajte slová, ktorými bol súbor uzamknutý.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>O aplikácii RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Organizér príkladov praxe, kontaktov a nástrojov, ktorý funguje predovšetkým offline, pre vidiecke skupiny sociálnej ekonomiky: obecné združenia, družstvá, sociálne podniky, komunitné priestory a samosprávy, ktoré s nimi spolupracujú.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
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
        <translation>Používateľská príručka RuralDesk</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Používateľská príručka nie je s touto kópiou RuralDesku nainštalovaná. Nájdete ju online na adrese {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Používateľská príručka</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Pracovný priestor:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Komentáre k {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>Písmo DejaVu Sans nie je nainštalované: PDF používa Helveticu, ktorá nevie vytlačiť písmená mimo západnej Európy (poľské, grécke…); nainštalujte fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusia</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export z Kontaktov Google</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Export z Kontaktov Google (CSV pre Outlook)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Skryl koordinátor: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Export z Outlooku</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefón ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Príspevok bol odstránený</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Príspevky: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Región: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Začal(a) {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Export adresára Thunderbirdu</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Stiahnuté autorom.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>obrázok GIF</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>obrázok JPEG</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>dokument PDF, nie tabuľka ani adresár</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>obrázok PNG</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>program pre Windows, nie dátový súbor</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>archív ZIP (tabuľka .xlsx alebo .ods?); najprv ho v tabuľkovom programe uložte ako CSV</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>súbor</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>súbor komprimovaný pomocou gzip; najprv ho rozbaľte</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>program, nie dátový súbor</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>úvodzovky (&quot;) v tomto riadku sa nikde nezatvárajú</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>úvodzovky (&quot;) v tomto riadku sa na tom istom riadku nezatvárajú</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>bunka v úvodzovkách má text za koncovými úvodzovkami a riadok nemá toľko buniek ako hlavička</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>druhá adresa sa neimportuje (ponechá sa len jedna adresa)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabuľka</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>súbor vCard</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>krajina v adrese nebola rozpoznaná</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>databáza SQLite (celý pracovný priestor obnovíte pomocou obnovenia zo zálohy)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>variant (ALTID {altid}) hodnoty, ktorá už je ponechaná</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>starý dokument Office (.xls alebo .doc); najprv ho v tabuľkovom programe uložte ako CSV</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} sa nedá prečítať: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategória nie je témou tohto pracovného priestoru</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stĺpec {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>upravené {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>skupina „{group}“ nie je témou tohto pracovného priestoru; neimportuje sa</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>má {cells} buniek, ale hlavička uvádza {columns} stĺpcov; nadbytočné bunky by sa stratili</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>v odpovedi pre {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>obsahuje súbor, ktorý jej manifest neuvádza („{file}“)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>obsahuje súbor „{file}“ dvakrát</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>uvádza {count} súborov príloh, viac ako {limit}, ktoré môže obsahovať záloha</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>po rozbalení by mala {size}, viac ako {limit}, ktoré môže obnovenie zapísať</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>jej manifest správne neopisuje súbor repliky</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>jej manifest správne neuvádza počty</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>jej manifest správne neuvádza prílohy</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>jej manifest je väčší ako manifest ktorejkoľvek zálohy</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>jej manifest nie je zoznam pomenovaných hodnôt</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>jej manifest uvádza prílohu {file}… dvakrát</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>jej manifest uvádza prílohu „{file}“, ktorá nie je kontrolným súčtom</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>jazyk nebol rozpoznaný</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>vyzerá ako karta {number} tohto súboru ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>vyzerá ako riadok {number} tohto súboru ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>vyzerá ako „{title}“, ktorý tu už je ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>predpona mena sa neimportuje</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>prípona mena sa neimportuje</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>žiadne zodpovedajúce pole</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>žiadny príklad praxe na zápis (vyhľadávaniu alebo filtrom nič nezodpovedá); {out} sa nezapísal</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>ponechá sa len jedna adresa</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>ponechá sa len jedno meno</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>ponechá sa len jedna organizácia</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>ponechá sa len jedna funkcia</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>ponechá sa len jedna webová adresa</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>označenie telefónu sa neponechá (číslo sa importuje)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefón {number} nemá predvoľbu krajiny a nie je nastavený región, podľa ktorého by sa dal prečítať; ponechaný v poznámkach (nastavte telefónny región pracovného priestoru alebo --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefón {number} zapísaný ako {written} (čísla bez predvoľby krajiny sa čítajú ako {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>región „{region}“ nie je nám známy región NUTS; ponechaný v poznámkach</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>rovnaký e-mail {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>rovnaké meno</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>rovnaký telefón {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>podobné mená ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>tabuľka (stĺpce priradené podľa názvov)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>názov súboru „{file}“ ukazuje mimo zálohy</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>posledný riadok je skrátený (menej buniek ako hlavička a chýba koniec riadka): súbor vyzerá orezaný</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>riadok sa nedá prečítať ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>pracovný priestor {path} nie je prázdny ({count} záznamov); obnovujte len do prázdneho pracovného priestoru (vyberte nový)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>táto karta bola exportovaná z tohto pracovného priestoru a kontakt tu stále je (rovnaké UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>neznáme kódovanie {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} ({count} hodnôt)</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} sa nedá bezpečne obnoviť: {reason}; nič sa nezmenilo</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} nemá riadok hlavičky (prvý riadok by mal pomenovať stĺpce)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>{name} obsahuje poškodenú repliku ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} je v UTF-8 okrem riadka {line} (bajt {byte}), ktorý je v inom kódovaní: v jednom súbore sú zmiešané dve kódovania; opravte tento riadok alebo vyberte kódovanie celého súboru</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} je binárny súbor, nie text (obsahuje bajty NUL)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} je binárny súbor, nie text (obsahuje bajty NUL, prvýkrát na riadku {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} je poškodený ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} je poškodený: príloha {file}… nezodpovedá svojmu kontrolnému súčtu</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} je poškodený: replika v ňom nezodpovedá svojmu kontrolnému súčtu</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} je poškodený: „{file}“ je kratší, ako uvádza manifest</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} je prázdny</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} nie je v žiadnom kódovaní, ktoré vieme presne prečítať (nie je to UTF-8, UTF-16, kódová stránka Windows či ISO 8859 ani Shift-JIS); uložte ho znova ako UTF-8</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} je neúplný: chýba {count} súborov (prvý: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} nie je záloha RuralDesku (nie je to súbor ZIP); môže byť orezaný</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} nie je záloha RuralDesku alebo je poškodený ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} nie je záloha pracovného priestoru RuralDesku</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} nie je súbor vCard (mal by začínať riadkom BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} nie je platný súbor vCard: karta {number} je chybná ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} nie je platný text UTF-16; môže byť orezaný alebo poškodený</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} nie je platný text UTF-32; môže byť orezaný alebo poškodený</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} napokon nie je text v kódovaní {encoding} (bajt {byte}); uložte ho znova ako UTF-8</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} nie je text v kódovaní {encoding}: riadok {line} obsahuje bajty, ktoré sa nedajú prečítať (bajt {byte}); vyberte iné kódovanie</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} má {size}, viac ako {limit} povolených pre {what}; rozdeľte ho na menšie súbory</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} je {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} potrebuje {size} voľného miesta na disku a voľných je len {free}; nič sa nezmenilo</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} začína ako UTF-8, ale riadok {line} obsahuje bajty, ktoré nie sú UTF-8 (bajt {byte}); môže byť poškodený – uložte ho znova ako UTF-8</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} vytvorila novšia verzia RuralDesku (formát zálohy {version}); na jeho obnovenie aktualizujte RuralDesk</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, riadok {line}: bunka v úvodzovkách má text za koncovými úvodzovkami ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, riadok {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: úvodzovky (&quot;) otvorené okolo riadka {line} sa nikde nezatvárajú; súbor vyzerá orezaný alebo poškodený</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: karta {number} sa nikde neuzatvára (chýba END:VCARD); súbor vyzerá orezaný</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: kódovanie nie je isté, súbor sa v kódovaní {shown} číta inak; vyberte jedno (napríklad --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} sa nedá prečítať ({reason}); obnovte do nového pracovného priestoru</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} neexistuje</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} je priečinok, nie {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} nie je prázdny pracovný priestor</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} sa neimportuje: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} znakov v písme, ktoré font nevie zobraziť ({scripts}), sa do PDF nedostalo</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}“ uvádza veľkosť, akú jeho komprimované údaje nemôžu mať (ZIP bomba?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}“ je odkaz alebo priečinok, nie súbor</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}“ je zašifrovaný alebo komprimovaný spôsobom, ktorý RuralDesk nepoužíva</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}“ nemá veľkosť, ktorú uvádza manifest</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}“ sa rozbalí na viac, ako je jeho uvedená veľkosť (ZIP bomba?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}“ nie je telefónne číslo, ktoré vieme prečítať; ponechané v poznámkach</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}“ nie je krajina (použite názov alebo kód ISO 3166, napríklad SK)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}“ nie je dátum (použite RRRR-MM-DD alebo DD/MM/RRRR)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}“ nie je jazyk (použite názov alebo kód ISO 639, napríklad sk)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}“ nie je jazyk (použite kód ISO 639, napríklad sk)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ nie je číslo</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ nie je identifikátor záznamu</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}“ nie je téma tohto pracovného priestoru</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ nie je celé číslo</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ nie je jedna z možností: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Všetky typy</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Ľubovoľná krajina</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Ľubovoľná kategória</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Ľubovoľný jazyk</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Ľubovoľný región</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Ľubovoľná téma</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Zrušiť filtre</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stĺpce</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtrovať podľa: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>V koši: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Súhrn zoznamu</translation>
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
        <translation>Región</translation>
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
        <translation>Uložiť vyhľadávanie…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Uložiť toto vyhľadávanie</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Vybrané: {count}</translation>
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
        <translation>Začnite písať a hľadajte v príkladoch praxe, kontaktoch, nástrojoch a témach.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;O aplikácii RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Pri&amp;ložiť súbory…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Na&amp;späť</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Stĺpce…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Kopírovať diagnostické informácie</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Odstrániť</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upraviť</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Hľadať…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Prepojiť s…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nový</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>&amp;Prilepiť ako prílohu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Záznam</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znova</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Nas&amp;tavenia…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchronizácia</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Späť</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Používateľská príručka</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Zo&amp;braziť</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Pridať záznam do zobrazeného zoznamu</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Pridané: „{title}“</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Priložiť súbory</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Priložené: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Príloha tu zatiaľ nie je</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Vrátiť vybrané záznamy z koša</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Zmeny čakajúce na zdieľanie</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Zmeny čakajúce na zdieľanie: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Vyberte príklad praxe alebo nástroj, ku ktorému chcete priložiť súbory.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Skopírovať súbory do pracovného priestoru a priložiť ich</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Nepodarilo sa priložiť</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nepodarilo sa uložiť</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Odstrániť uložené vyhľadávanie</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostické informácie boli skopírované. Vložte ich do správy pre osobu, ktorá vám pomáha; neobsahujú žiadne mená ani obsah.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Upraviť zobrazený záznam</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Vyprázdniť &amp;kôš…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vyprázdniť kôš</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vyprázdňuje sa kôš</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Natrvalo vymazať z tohto počítača všetko, čo je v koši? Túto akciu nie je možné vrátiť späť.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Natrvalo vymazané z tohto počítača: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Pre žiadosť o podporu: verzie a veľkosti, nikdy mená ani obsah</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Prejsť na &amp;zoznam</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Prepojiť tento záznam s kontaktmi, nástrojmi alebo príkladmi praxe</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Prepojiť „{title}“ s…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hlavný panel nástrojov</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Presunúť vybrané záznamy do koša</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Presunuté do koša: {count}. Vrátiť späť môžete pomocou Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Navigácia</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Žiadne zmeny nečakajú na zdieľanie</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Zatiaľ žiadne uložené vyhľadávania. Napíšte niečo do vyhľadávacieho poľa a potom pod filtrami vyberte Uložiť vyhľadávanie.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>O&amp;bnoviť</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Znova</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Obnovené: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Uložiť vyhľadávanie</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Vyhľadávanie „{name}“ bolo uložené</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Uložené: „{title}“</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Hľadať všade</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Hľadať všade (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vybrať &amp;všetko</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Zobraziť priečinok &amp;denníka</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Zobraziť: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stav synchronizácie</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Tento záznam tu už nie je.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Schránka neobsahuje žiadny súbor ani obrázok na priloženie.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Tento súbor zatiaľ nie je v tomto počítači. Príde s najbližšou synchronizáciou.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kôš</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Späť</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Vytvorené</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskusie</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Nájdené v</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Posledná zmena</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Uložené vyhľadávania</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Na kontrolu</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kôš</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Novinky</translation>
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
            <numerusform>%n zmenený kontakt</numerusform>
            <numerusform>%n zmenené kontakty</numerusform>
            <numerusform>%n zmenených kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n zmenený príklad praxe</numerusform>
            <numerusform>%n zmenené príklady praxe</numerusform>
            <numerusform>%n zmenených príkladov praxe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n zmenený nástroj</numerusform>
            <numerusform>%n zmenené nástroje</numerusform>
            <numerusform>%n zmenených nástrojov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n upravený príspevok</numerusform>
            <numerusform>%n upravené príspevky</numerusform>
            <numerusform>%n upravených príspevkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n nový kontakt</numerusform>
            <numerusform>%n nové kontakty</numerusform>
            <numerusform>%n nových kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nový príspevok</numerusform>
            <numerusform>%n nové príspevky</numerusform>
            <numerusform>%n nových príspevkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nový príklad praxe</numerusform>
            <numerusform>%n nové príklady praxe</numerusform>
            <numerusform>%n nových príkladov praxe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nový nástroj</numerusform>
            <numerusform>%n nové nástroje</numerusform>
            <numerusform>%n nových nástrojov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n príspevok</numerusform>
            <numerusform>%n príspevky</numerusform>
            <numerusform>%n príspevkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n príklad praxe</numerusform>
            <numerusform>%n príklady praxe</numerusform>
            <numerusform>%n príkladov praxe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n záznam, ktorý iní zdieľali od vašej poslednej kontroly.</numerusform>
            <numerusform>%n záznamy, ktoré iní zdieľali od vašej poslednej kontroly.</numerusform>
            <numerusform>%n záznamov, ktoré iní zdieľali od vašej poslednej kontroly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n nástroj</numerusform>
            <numerusform>%n nástroje</numerusform>
            <numerusform>%n nástrojov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n neprečítaný</numerusform>
            <numerusform>%n neprečítané</numerusform>
            <numerusform>%n neprečítaných</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Priložiť súbory: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Nepodarilo sa vrátiť späť ani zopakovať: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Vytvoriť „{title}“</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Odstrániť záznamy: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Odstrániť „{title}“</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Upraviť „{title}“</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Prepojiť „{title}“</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Nevrátené: {fields} v zázname „{title}“ medzitým zmenil niekto iný (prišlo to s poslednou synchronizáciou). Jeho hodnota zostáva; ak má platiť vaša, upravte ju ručne.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Nevrátené: „{title}“ medzitým niekto iný presunul do koša alebo z neho (prišlo to s poslednou synchronizáciou). Zostáva tak, ako je.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Odobrať prílohu {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Obnoviť záznamy: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Obnoviť „{title}“</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Zrušiť prepojenie s „{title}“</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>&amp;Počítače nablízku, ktoré ponúkajú synchronizáciu:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>&amp;Ponúknuť synchronizáciu počítaču nablízku…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Adresa tohto počítača</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>Pripojiť a &amp;synchronizovať</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Vyberte počítač zo zoznamu alebo zadajte jeho adresu tak, ako je na ňom zobrazená (napríklad 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Vyberte počítač, ktorý ponúka synchronizáciu (na ňom Synchronizácia → Ponúknuť synchronizáciu počítaču nablízku…), a zadajte kód, ktorý zobrazuje.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Pripája sa…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Ak tam tento počítač nie je, pripojte sa cez adresu: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Umožniť počítaču vašej skupiny v tej istej sieti synchronizovať sa s týmto, bez servera a internetu</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Hľadajú sa počítače vašej skupiny v tejto sieti…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Ponúknuť synchronizáciu počítaču nablízku</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Na druhom počítači (rovnaká Wi-Fi alebo hotspot telefónu, rovnaká skupina) vyberte Synchronizácia → Synchronizovať s blízkym počítačom…, zvoľte tento počítač a zadajte tento kód:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Alebo sa pripojte cez &amp;adresu:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Kód párovania:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kód párovania</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Priebeh</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Zas&amp;taviť</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Zastavené. Nič nezostalo použité len napoly.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Synchronizovať s &amp;blízkym počítačom…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Synchronizovať s počítačom vašej skupiny, ktorý to ponúka v tej istej sieti</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Synchronizovať s blízkym počítačom</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Synchronizované s „{name}“: prijaté zmeny: {received}, odoslané: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>To nie je kód zobrazený na druhom počítači; nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>To nie je kód zobrazený na druhom počítači; nič sa nezmenilo. Zostávajúce pokusy: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Kód má šesť číslic, tak ako je zobrazený na druhom počítači.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Spojenie s druhým počítačom sa prerušilo ({reason}). Nič nezostalo použité len napoly; skúste to znova.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Spojenie sa prerušilo pred koncom; nič nezostalo použité len napoly. Stále sa čaká na počítač vašej skupiny…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Druhý počítač odpovedal spôsobom, ktorému táto verzia nerozumie ({reason}). Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Druhý počítač patrí inej skupine; synchronizovať sa môžu len počítače tej istej skupiny. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Druhý počítač po príliš mnohých nesprávnych kódoch ponuku zrušil. Požiadajte tam o novú ponuku; nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Táto sieť nedovoľuje počítačom, aby sa navzájom našli: na druhom počítači sa pripojte cez adresu: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Táto sieť nedovoľuje počítačom, aby sa navzájom našli: zadajte adresu zobrazenú na druhom počítači.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Tento pracovný priestor zatiaľ nie je súčasťou skupiny. Raz nastavte synchronizáciu so serverom skupiny (Synchronizácia → Nastaviť synchronizáciu…); potom sa môže synchronizovať aj s počítačmi nablízku.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Čaká sa na počítač vašej skupiny…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>Počet ponechaných do najbližšej synchronizácie so serverom, ktorý pozná počítač, čo ich podpísal: {count}.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>Počet zamietnutých (podpis nesedel): {count}.</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}“ patrí inej skupine; nemôže sa synchronizovať s týmto počítačom. Stále sa čaká…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}“ sa pripojil; kontroluje sa kód…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}“ zadal nesprávny kód; nič sa nezmenilo. Zostávajúce pokusy: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}“ zadal správny kód; synchronizuje sa…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovať</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Prilepiť</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znova</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Späť</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Vystrihnúť</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vybrať všetko</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Áno</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prerušiť</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodiť</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomocník</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorovať</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ie všetkým</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoriť</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnoviť predvolené</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Uložiť všetko</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Áno &amp;všetkým</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovať</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Prilepiť</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znova</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Späť</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopírovať &amp;adresu odkazu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Vystrihnúť</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vybrať všetko</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Označiť všetko ako skontrolované</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Pridať &amp;poznámku…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Najprv vyberte záznam v zozname.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Posledná zmena</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nie je čo kontrolovať: všetko, čo iní zdieľali, je skontrolované.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Poznámka kontrolóra</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Poznámka kontrolóra: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Zdieľal(a)</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Zdieľané záznamy na kontrolu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Na kontrolu</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Napísať poznámku kontrolóra k vybranému záznamu</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Vaša poznámka k „{title}“ putuje so záznamom ku všetkým v skupine. Môžu ju písať len koordinátori.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, naposledy zmenené {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Ukážkové údaje sa nepodarilo načítať: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Ukážkové údaje sú načítané.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Načítavajú sa ukážkové údaje</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Načítavanie ukážkových údajov sa zastavilo; čo sa už načítalo, zostáva.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Nový priečinok s údajmi sa použije od najbližšieho spustenia.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>S týmto pracovným priestorom ({path}) už pracuje iné okno RuralDesku. Prepnite sa do neho alebo ho zavrite a skúste to znova.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Vyberte priečinok pre pracovný priestor</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Vybrať iný priečinok…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Pokračovať</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Tam, kde je uložený váš pracovný priestor ({path}), je voľných len {free} MB. RuralDesk možno nebude môcť uložiť vaše zmeny. Uvoľnite miesto (vyprázdnite kôš počítača, odstráňte veľké súbory) a potom pokračujte.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk je už otvorený</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk uchováva váš pracovný priestor v priečinku {folder}, ale nemôže doň zapisovať ({reason}). Vyberte iný priečinok, do ktorého môžete zapisovať, napríklad v Dokumentoch.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Zobraziť zálohy</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Priečinok s údajmi sa nedá použiť</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Disk je takmer plný</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Priečinok {folder} je len na čítanie. Vyberte iný priečinok, do ktorého môžete zapisovať.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Pracovný priestor sa nedá otvoriť</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk je plný</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk uchováva automatické zálohy vášho pracovného priestoru v priečinku {backups}. Niektorú z nich môžete obnoviť tak, že ňou prepíšete poškodený súbor.</translation>
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
        <translation>O&amp;dpojiť sa od servera…</translation>
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
        <translation>&amp;Synchronizovať teraz</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Vaše meno:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Príloha tu zatiaľ nie je</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Príloha nie je na serveri</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Čakajúce zmeny: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Skontrolovať a uložiť</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontroluje sa…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikty: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Pripojené. Váš token je uložený v umiestnení: {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Kontrola pripojenia</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Nepodarilo sa stiahnuť</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Token sa nepodarilo uložiť: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Odpojiť sa od servera</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Sťahuje sa príloha</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Zadajte adresu servera (začína sa https://) a skupinu.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Zadajte token, ktorý vám dal koordinátor.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Všetko je uložené v tomto počítači. Ak to chcete zdieľať so skupinou, použite Synchronizácia → Nastaviť synchronizáciu…</translation>
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
        <translation>Pripája sa ku skupine…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Veľká zmena zo servera</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Neuložené: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Zatiaľ nesynchronizované</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Nevyriešené konflikty</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Alebo s osobným tokenom:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Vložte kód pozvánky, ktorý vám poslal koordinátor: obsahuje adresu servera a skupinu. Ak máte namiesto toho osobný token, nechajte ho prázdny a vyplňte polia nižšie. Token sa uloží do správcu hesiel systému, ak existuje, inak do súboru, ktorý môžete čítať len vy.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Vyriešiť…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>Zas&amp;taviť synchronizáciu</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Odoslať vaše zmeny na server skupiny a prijať zmeny všetkých ostatných</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa servera:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Nastaviť synchronizáciu…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Nastaviť synchronizáciu</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Prestať synchronizovať tento pracovný priestor so serverom skupiny? Vaše záznamy zostanú v tomto počítači; zatiaľ neodoslané zmeny budú naďalej čakať. Synchronizáciu môžete neskôr nastaviť znova.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Synchronizuje sa… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Server skupiny tento súbor zatiaľ nemá: osoba, ktorá ho priložila, odvtedy nesynchronizovala.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Server skupiny zamietol zmenu tohto záznamu ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Zmeny zo servera skupiny by presunuli {deletes} záznamov do koša, natrvalo vymazali {erasures} a zmenili {overwrites} – spolu {total} z vašich {records} záznamov ({share}).

Môže to byť v poriadku (niekto upratal spoločné záznamy), alebo je to omyl. Použiť tieto zmeny teraz?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Členovia skupiny; pre koordinátorov aj pozvánky, roly a žiadosti o údaje osôb</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Tento súbor nie je v tomto počítači a tento pracovný priestor nie je pripojený k serveru skupiny.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Tento záznam je v konflikte ({fields}): dvaja ľudia ho zmenili naraz.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Tento pracovný priestor obsahuje ukážkové údaje. Ukážkové údaje sú vymyslené a nikdy neopustia tento počítač, preto ich nemožno zdieľať so skupinou.

Použiť pre záznamy vašej skupiny nový prázdny pracovný priestor? Ukážkový pracovný priestor zostane tak, ako je.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Aktuálne · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Práca offline: nie je pripojený žiadny server skupiny</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Teraz ste v novom prázdnom pracovnom priestore „{name}“. Ukážkový pracovný priestor zostáva tak, ako je.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>súbor, ktorý môžete čítať len vy ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>kontroluje sa server</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>server nie je dostupný</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>server nie je dostupný: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>zadajte nový token v ponuke Synchronizácia → Nastaviť synchronizáciu…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>ponechané z predchádzajúceho nastavenia; ak ho chcete nahradiť, začnite písať</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>naposledy synchronizované o {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>voliteľné: vaše meno, ako ho pozná skupina</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>stlačením F5 to skúsite znova</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>prijímajú sa prílohy</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>prijímajú sa zmeny</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>ukladá sa, čo prišlo</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>odosielajú sa prílohy</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>odosielajú sa zmeny</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>nastavte synchronizáciu v novom prázdnom pracovnom priestore</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>niečo sa pokazilo</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>niečo sa pokazilo ({reason}); podrobnosti sú v denníku</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>zastavuje sa</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>server neprijal tento token pre túto skupinu; skontrolujte ho alebo požiadajte koordinátora o nový</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>server neprijal váš token</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>server neprijal váš token; požiadajte koordinátora o nový a zadajte ho v ponuke Synchronizácia → Nastaviť synchronizáciu…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>server zamietol požiadavku</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>server zamietol požiadavku: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>správca hesiel systému</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>tento pracovný priestor obsahuje ukážkové údaje, ktoré nikdy neopustia tento počítač; nastavte synchronizáciu v novom prázdnom pracovnom priestore</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>tento pracovný priestor obsahuje ukážkové údaje, ktoré sa nikdy nesynchronizujú</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>nový pokus o {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>rozhodli ste sa nepoužiť veľkú zmenu zo servera</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>zastavili ste ju</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} z {total}</translation>
    </message>
    <message>
        <source>{what} — {then}</source>
        <translation>{what} – {then}</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Agroecology</source>
        <translation>Agroekológia</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Spoluvytváranie so samosprávami</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Komunitná doprava</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Družstvá digitálnych platforiem</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Vzdelávanie a služby</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energetické spoločenstvá</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Rozvoj podnikania a zamestnanosť</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Zdravotná starostlivosť</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Miestne podnikanie</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilita</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politické a právne rámce</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Krátke potravinové reťazce</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Sociálne začlenenie</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Siete solidarity</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Udržateľné poľnohospodárstvo a potraviny</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Pracovná integrácia</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>&amp;Zálohovať pracovný priestor do súboru…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Kontakty na zlúčenie (označené):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Krajina:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kódovanie:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Vymazať natrvalo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovať…</translation>
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
        <translation>&amp;Importovať</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importovať…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Ponechať:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Z&amp;lúčiť</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Otvoriť kontakt</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Otvoriť záznam</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Karta príkladu praxe…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Čítať takto</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Záznamy:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>&amp;Obnoviť zo záložného súboru…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Oddeľovač:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Použiť túto krajinu</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(zistené)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nečitateľné)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nie je čo porovnať)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; – {size}, stĺpce: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>Súbor .vcf, ktorý dokážu prečítať adresáre aj telefóny.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Zálohu možno obnoviť len do prázdneho pracovného priestoru a tento už obsahuje príklady praxe ({practices}), kontakty ({contacts}) a nástroje ({tools}). Nič sa nezmenilo.

Ak chcete obnoviť zálohu, vyberte v ponuke Súbor → Nastavenia nový prázdny priečinok s údajmi, reštartujte RuralDesk a obnovte ju tam.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Karta na tlač (PDF alebo Markdown) zobrazeného príkladu praxe alebo viacerých príkladov</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Karta na tlač alebo zdieľanie: hlavné fakty, čo sa urobilo, čo sa ukázalo a koho sa opýtať. Nadpisy sú v jazyku každého príkladu praxe.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Prebieha synchronizácia. Počkajte, kým sa skončí, a potom obnovenie spustite znova.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Prílohy, ktoré nie sú v tomto počítači (sú uložené na serveri skupiny), v zálohe nie sú: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Zálohovať pracovný priestor</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Zálohované záznamy: {records} a súbory príloh: {files} do {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Zálohuje sa do {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Záloha je hotová</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Záloha je obnovená</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Zálohy (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Zálohy (*.zip);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Obnoviť zálohu do prázdneho pracovného priestoru</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Načítať kontakty, príklady praxe alebo nástroje z tabuľky CSV/TSV alebo zo súboru vCard</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabuľky CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Prečítané karty: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Karty s problémom: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Kontroluje sa {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Vyberte kódovanie</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Vyberte pole, do ktorého patrí každý stĺpec, alebo ho vynechajte.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Stĺpec</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stĺpec v súbore</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stĺpce</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Neimportované stĺpce: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Stĺpce súboru</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Čiarka ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Kontakt, ktorý sa ponechá</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontakty, ktoré vyzerajú ako tá istá osoba alebo organizácia, na zlúčenie</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Kontakty na zlúčenie</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Krajina telefónnych čísel</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Natrvalo vymazať kontakt všade a vypísať zmienky na kontrolu</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dvojitým kliknutím otvoríte kontakt, ktorý tu už je</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Duplicitné kontakty</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Vymazať túto osobu…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xportovať všetko o tejto osobe…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Vymazať natrvalo</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Vymazať túto osobu</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Vymazať „{name}“ a všetko, čo sa o tejto osobe uchováva?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Vymazáva sa {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Všetky kontakty v zozname ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Všetky príklady praxe v zozname ({count}) v jednom dokumente</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Pred importom musia byť všetky riadky v poriadku. Opravte tieto riadky v súbore a importujte ho znova, alebo importujte len platné riadky.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Všetko o „{name}“ sa uložilo do {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Celý pracovný priestor vrátane príloh v jednom súbore</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Príklad</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>Excel vo Windows zobrazí písmená s diakritikou správne len s touto značkou</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exportovať kontakty do &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exportovať kontakty do vCard</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exportovať všetko o tejto osobe</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Exportovať zoznam do &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Exportovať zoznam do CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportovať:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Exportované kontakty: {count} do {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Exportované záznamy: {count} do {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Exportuje sa do {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Súbor na import</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Nájsť &amp;duplicitné kontakty…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Nájdené</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Skupiny pravdepodobných duplikátov</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovať</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importovať &amp;ako:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importovať tabuľku</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Podrobnosti importu</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Zistenia importu</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importovať do</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Správa o importe</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Výsledok importu</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importovať stĺpec „{name}“ do</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importovať riadky bez problému a ostatné vynechať</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importovať len platné riadky</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importovať len platné riadky ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importované: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importované: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importuje sa {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Nepodarilo sa: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Jeho prepojenia sa odstránia z prepojených záznamov ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Jeho predchádzajúce hodnoty sa vymažú z histórie zmien.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Súbory JSON (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Hľadajú sa duplicitné kontakty</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Vyzerá ako</translation>
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
        <translation>Zmienky o mene, e-mailoch alebo telefónoch osoby v texte iných záznamov sa nemenia: potom dostanete ich zoznam na kontrolu.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Zmienky na kontrolu</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Zlúčiť kontakty</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Zlúčiť označené kontakty do ponechaného</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Zlúčené kontakty: {count} do jedného; znova prepojené záznamy: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Mená tak, ako ich číta {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Záloha sa nevytvorila: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Zatiaľ žiadny stĺpec nie je priradený k poľu: vyberte aspoň jeden.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Žiadne pravdepodobné duplikáty</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Nenašli sa žiadne pravdepodobné duplikáty.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Žiadny iný záznam naň neodkazuje.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Pre tento pracovný priestor nie je nastavený žiadny telefónny región.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Neimportované ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Neimportované: pre telefónne čísla v {name} nebola vybraná žiadna krajina. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Neimportované: pre {name} nebolo vybrané žiadne kódovanie. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nenastavené (opýta sa podľa potreby)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Nič sa nevymazalo: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Nič sa neexportovalo: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nič sa neimportovalo.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Nič sa neimportovalo: súbor neobsahuje žiadne záznamy.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nič sa neimportovalo: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nič sa neobnovilo: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Importovali sa len platné riadky; riadky nižšie boli vynechané.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Otvoriť zvýraznený kontakt</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Otvoriť zvýraznený záznam</translation>
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
        <translation>Telefónne čísla bez predvoľby krajiny</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefónne čísla bez predvoľby krajiny sa čítajú ako: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefónny región</translation>
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
        <translation>Možno už tu sú: {count} (pozri „Možné duplikáty“)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Karta príkladu praxe</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Zapísané karty príkladov praxe: {count} v {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Ukážka</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Ukážka importu</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Súhrn ukážky</translation>
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
        <translation>Vlastnosť</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Čítať ako {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Prečítané ako: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Súbor sa číta znova…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Číta sa {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pripravené</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Rozpoznaný export</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Rozpoznané: &lt;b&gt;{preset}&lt;/b&gt;. Jeho stĺpce sú priradené nižšie; pred importom ich skontrolujte.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Obnoviť zo záložného súboru</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Obnoviť {count} záznamov zo zálohy {name} (vytvorenej {date}) do tohto prázdneho pracovného priestoru?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Obnovené záznamy: {records} a súbory príloh: {files} zo zálohy {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Obnovuje sa {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Riadky v ukážke: {count}; všetky sú pripravené na import.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Riadky v ukážke: {count}; s problémom: {bad}. Opravte ich v súbore alebo zmeňte stĺpce vyššie.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Prečítané riadky: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Riadky s problémom: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Uložiť zobrazený zoznam s jeho stĺpcami a filtrami ako tabuľku</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Uložiť vybrané kontakty alebo celý zoznam pre adresár alebo telefón</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Bodkočiarka ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Najprv zobrazte kontakt.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Zobrazte príklad praxe alebo zoznam príkladov praxe a vytvorte z nich karty.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Zobrazte kontakty (alebo nejaké vyhľadajte) a vyberte tie, ktoré chcete exportovať.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Zastavené: {what}. Nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Tabuľky a adresáre (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Voľbu môžete v ďalšom kroku ešte zmeniť v časti „Kódovanie“.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontakt sa z tohto počítača natrvalo vymaže: nepresunie sa do koša a nedá sa to vrátiť späť.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontakt, jeho história a všetky záznamy, ktoré sú s ním prepojené alebo ho spomínajú, vo formáte JSON</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontakty sa neexportovali: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontakty sa nezlúčili: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Krajina telefónnych čísel zapísaných bez predvoľby krajiny pre tento pracovný priestor</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Ukážku súboru nemožno zobraziť: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Súbor sa takto nedá prečítať: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Prvé riadky tak, ako sa uložia. Riadky s problémom sú označené; import sa zastaví, ak má problém ktorýkoľvek riadok súboru.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>Písmená v {name} sa dajú prečítať viacerými spôsobmi a nevieme určiť, ktorý je správny. Vyberte stĺpec, v ktorom sú mená napísané správne.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Zoznam sa neexportoval: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Telefónny región sa neuložil: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Zobrazený príklad praxe: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Záznamy nájdené vyhľadávaním so stĺpcami, ktoré zoznam zobrazuje pre ich typ.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Hľadanie duplikátov sa zastavilo: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Vyhľadávanie nenašlo nič na export.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Vybrané kontakty ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Vybrané príklady praxe ({count}) v jednom dokumente</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Karta sa nezapísala: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Kôš nemožno exportovať. Vyberte príklady praxe, kontakty, nástroje alebo témy.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Tieto kontakty vyzerajú ako tá istá osoba alebo organizácia. Zlúčenie ponechá jeden kontakt, doplní jeho prázdne polia z ostatných, presunie naň všetky prepojenia a prílohy a ostatné presunie do koša (dajú sa obnoviť).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Tento súbor nemožno importovať: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Tento súbor nemožno obnoviť: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Táto otázka sa kladie len raz a odpoveď sa uloží pre pracovný priestor; zmeníte ju v ponuke Súbor → Nastavenia. Čísla s predvoľbou krajiny a riadky, ktoré uvádzajú krajinu, sa čítajú tak, ako sú.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Tento riadok má problém</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Tento pracovný priestor nie je zdieľaný so serverom skupiny; kópie inde (zálohy, exporty) zostanú nedotknuté.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Tento pracovný priestor je zdieľaný: vymazanie sa pri najbližšej synchronizácii odošle na server skupiny a vymaže sa aj z kópie každého člena.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 s &amp;BOM pre Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 s BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 s BOM pre Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Zvislá čiara ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Počkajte, kým sa skončí prebiehajúca práca (import, export), a potom obnovenie spustite znova.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Upozornenia ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Čo robí vymazanie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Prečo</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Prečo sa podobajú</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Prečo: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Zapisuje sa {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stĺpec {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>vytvorené {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domov</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>iné</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>karty-prikladov-praxe</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>tento súbor</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (staršie telefóny)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Súbory vCard (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>práca</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} obsahuje telefónne čísla bez predvoľby krajiny (napríklad „{example}“) v riadkoch, ktoré neuvádzajú krajinu. Z ktorej krajiny sú?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} – {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: všetky záznamy zobrazené v zozname ({count}) s jeho filtrami, poradím a zobrazenými stĺpcami.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: nájdené {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>– vynechať –</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}“ bol vymazaný.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}“ bol vymazaný. Žiadny iný záznam ho vo svojom texte nespomína.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}“ bol vymazaný. Tieto záznamy ho vo svojom texte stále spomínajú. Otvorte ich jeden po druhom a odstráňte alebo preformulujte zmienku tam, kde ide o osobné údaje.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Zadajte menu výšky financovania</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Región {value} nie je v krajine {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Dátum ukončenia je pred dátumom začatia</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Neznáme pole „{value}“</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: hodnota nemôže byť záporná</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: pole je povinné</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: text je príliš dlhý ({length} znakov, najviac {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: musí to byť zoznam</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: musí to byť zoznam textov</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: musí to byť číslo, nie „{value}“</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: musí to byť celé číslo</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: musí to byť text</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: každá položka musí mať hodnotu</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}“ nie je kód regiónu NUTS</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}“ nie je dátum (použite RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}“ nie je telefónne číslo (použite +predvoľbu krajiny, napr. +421 2 0000 0000)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}“ nie je možné telefónne číslo</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ nie je identifikátor záznamu</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}“ nie je platná e-mailová adresa</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}“ nie je webová adresa (mala by sa začínať https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}“ nie je kód krajiny podľa ISO 3166</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}“ nie je kód meny podľa ISO 4217</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}“ nie je kód jazyka podľa ISO 639</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ nie je jedna z možností: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Novinky</translation>
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
        <translation>Zmenený kontakt: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Zmenený príklad praxe: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Zmenený nástroj: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Všetko je prečítané.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Prvá synchronizácia: {items} od vašej skupiny</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Označiť &amp;všetko ako prečítané</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Označiť všetko v Novinkách ako prečítané</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Nový kontakt: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nový príklad praxe: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nový nástroj: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Od vašej skupiny zatiaľ nič nové. Keď iní pridajú alebo zmenia príklady praxe, kontakty či nástroje, po synchronizácii sa zobrazia tu.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Len &amp;neprečítané</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Tento záznam tu už nie je.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Neprečítané: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Čo prišlo od vašej skupiny</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Čo vaša skupina pridala alebo zmenila od vašej poslednej návštevy</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novinky</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>niekto</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} od vašej skupiny</translation>
    </message>
</context>
</TS>
