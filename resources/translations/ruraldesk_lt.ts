<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT" sourcelanguage="en">
<context>
    <name>Attachments</name>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>No program to open this file</source>
        <translation>Nėra programos šiam failui atverti</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Išsaugoti kopiją</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Išsaugoti kopiją…</translation>
    </message>
    <message>
        <source>This computer has no program that opens “{name}”. You can save a copy and open it later with a program of your choice.</source>
        <translation>Šiame kompiuteryje nėra programos, kuri atvertų „{name}“. Galite išsaugoti kopiją ir vėliau ją atverti pasirinkta programa.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Advice service</source>
        <translation>Konsultavimo tarnyba</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Valdžios institucija</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bloga</translation>
    </message>
    <message>
        <source>Community cooperative</source>
        <translation>Bendruomenės kooperatyvas</translation>
    </message>
    <message>
        <source>Community foundation</source>
        <translation>Bendruomenės fondas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sutikimas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sutartis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Juodraštis</translation>
    </message>
    <message>
        <source>Finance service</source>
        <translation>Finansavimo tarnyba</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gera</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Gairės</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Namų</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Teisinė prievolė</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Teisėti interesai</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodika</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mišri</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilusis</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Asmuo</translation>
    </message>
    <message>
        <source>Policy recommendation</source>
        <translation>Politikos rekomendacija</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Viešojo intereso užduotis</translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation>Regiono institucija</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Bendrinamas</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Socialinė įmonė</translation>
    </message>
    <message>
        <source>Support service</source>
        <translation>Pagalbos tarnyba</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Šablonas</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Trečioji vieta</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Priemonių rinkinys</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Mokymai</translation>
    </message>
    <message>
        <source>Village association</source>
        <translation>Kaimo bendruomenė</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Gyvybiniai interesai</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atšauktas</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Darbo</translation>
    </message>
    <message>
        <source>Work integration enterprise</source>
        <translation>Darbo integracijos įmonė</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>Attachment</source>
        <translation>Priedas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskusijos</translation>
    </message>
    <message>
        <source>Linked contacts</source>
        <translation>Susieti kontaktai</translation>
    </message>
    <message>
        <source>Linked practices</source>
        <translation>Susietos praktikos</translation>
    </message>
    <message>
        <source>Linked tools</source>
        <translation>Susietos priemonės</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Naujas kontaktas</translation>
    </message>
    <message>
        <source>New practice</source>
        <extracomment>the interface languages, each named in itself (never translated), in the order the EU lists its 24 official languages: alphabetical by that own name (български, español, čeština, …)</extracomment>
        <translation>Nauja praktika</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nauja tema</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nauja priemonė</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pranešimas</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Pranešimai</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktikos</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temos</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Priemonė</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Priemonės</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Atmesti</translation>
    </message>
    <message>
        <source>&amp;Leave it deleted</source>
        <translation>Palikti &amp;ištrintą</translation>
    </message>
    <message>
        <source>&amp;Merged value (edit, then save):</source>
        <translation>&amp;Sujungta reikšmė (redaguokite, tada išsaugokite):</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Atverti į&amp;rašą</translation>
    </message>
    <message>
        <source>&amp;Restore the record</source>
        <translation>Atk&amp;urti įrašą</translation>
    </message>
    <message>
        <source>&amp;Save merged value</source>
        <translation>Išsaugoti sujungtą r&amp;eikšmę</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>kinds whose stored values are codes or ids: shown by name, in the interface language</extracomment>
        <translation>(tuščia)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktai</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Palikti &amp;mano</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Palikti &amp;kitų</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Sujungta reikšmė</translation>
    </message>
    <message>
        <source>No conflicts: everything your group changed fitted together.</source>
        <translation>Konfliktų nėra: visi jūsų grupės pakeitimai suderinami.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Neišsaugota: {error}</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Neišspręsti konfliktai</translation>
    </message>
    <message>
        <source>Refused: {title} — {field}</source>
        <translation>Atmesta: {title} — {field}</translation>
    </message>
    <message>
        <source>Settled: “{title}” — {field}. Your choice is shared with the group at the next sync.</source>
        <translation>Išspręsta: „{title}“ — {field}. Jūsų pasirinkimas bus perduotas grupei kito sinchronizavimo metu.</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Kitų reikšmė</translation>
    </message>
    <message>
        <source>Theirs — by {who}, {when}</source>
        <translation>Kitų — {who}, {when}</translation>
    </message>
    <message>
        <source>When two people changed the same thing before syncing, the group server kept one value and set the other aside. Choose what the record should say; your choice is shared with everyone at the next sync.</source>
        <translation>Kai du žmonės prieš sinchronizavimą pakeitė tą patį dalyką, grupės serveris išsaugojo vieną reikšmę, o kitą atidėjo. Pasirinkite, kas turi būti įraše; jūsų pasirinkimas bus perduotas visiems kito sinchronizavimo metu.</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Kodėl serveris jį atmetė</translation>
    </message>
    <message>
        <source>Your change ({when})</source>
        <translation>Jūsų pakeitimas ({when})</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Jūsų reikšmė</translation>
    </message>
    <message>
        <source>Yours — by {who}, {when}</source>
        <translation>Jūsų — {who}, {when}</translation>
    </message>
    <message>
        <source>another member</source>
        <translation>kitas narys</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>ištrintas arba paliktas</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>grupė</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jūs</translation>
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
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Atšaukti redagavimą</translation>
    </message>
    <message>
        <source>Choose a record in the list, or press Ctrl+N to add one.</source>
        <translation>Pasirinkite įrašą sąraše arba paspauskite Ctrl+N, kad pridėtumėte naują.</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>the record now shown (None: none), for what sits beside it (ui/discussions: its comments)</extracomment>
        <translation>Išsami informacija</translation>
    </message>
    <message>
        <source>Edit form</source>
        <translation>Redagavimo forma</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Redaguoti „{title}“</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Laukai, pažymėti *, yra privalomi.</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Išeiti neišsaugojus?</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Pataisykite toliau pažymėtus laukus.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema lauke {field}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Privaloma</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Išsaugoti įrašą</translation>
    </message>
    <message>
        <source>Your changes to this record are not saved. Leave the form and lose them?</source>
        <translation>Jūsų šio įrašo pakeitimai neišsaugoti. Išeiti iš formos ir jų netekti?</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>sukūrė {who}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <extracomment>a member id as people read it (the group&apos;s member directory, store.news.name)</extracomment>
        <translation>šiukšlinėje</translation>
    </message>
    <message>
        <source>last changed {when} by {who}</source>
        <translation>paskutinį kartą pakeista {when}, pakeitė {who}</translation>
    </message>
    <message>
        <source>not on this computer yet</source>
        <translation>dar nėra šiame kompiuteryje</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>pašalinti</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>atsieti</translation>
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
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Priedai:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Naršyti…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Duomenų aplankas:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Šrifto dydis:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sąsajos &amp;kalba:</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kvietimo kodas:</translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefono numerių regionas:</translation>
    </message>
    <message>
        <source>A new data folder is used from the next start.</source>
        <translation>Naujas duomenų aplankas bus naudojamas nuo kito paleidimo.</translation>
    </message>
    <message>
        <source>Add your own practices, contacts and tools.</source>
        <translation>Pridėkite savo praktikų, kontaktų ir priemonių.</translation>
    </message>
    <message>
        <source>As&amp;k before a sync changes more than:</source>
        <translation>Kla&amp;usti, jei sinchronizavimas pakeistų daugiau nei:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Pasirinkti duomenų aplanką</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <source>Connect to a group server</source>
        <translation>Prisijungti prie grupės serverio</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Duomenų aplankas</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Numatytasis duomenų aplankas</translation>
    </message>
    <message>
        <source>Demo records per collection</source>
        <translation>Demonstracinių įrašų kiekvienoje kolekcijoje</translation>
    </message>
    <message>
        <source>Download when opened</source>
        <translation>Atsisiųsti atveriant</translation>
    </message>
    <message>
        <source>Fictional practices, contacts and tools in seven languages, to try things out. You can delete them later.</source>
        <translation>Išgalvotos praktikos, kontaktai ir priemonės septyniomis kalbomis – išbandymui. Vėliau galėsite juos ištrinti.</translation>
    </message>
    <message>
        <source>Find records to link</source>
        <translation>Rasti susietinų įrašų</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kvietimo kodas</translation>
    </message>
    <message>
        <source>Join your group&apos;s shared repository with the invitation code your coordinator sent you.</source>
        <translation>Prisijunkite prie bendros savo grupės saugyklos naudodami kvietimo kodą, kurį jums atsiuntė koordinatorius.</translation>
    </message>
    <message>
        <source>Keep all offline</source>
        <translation>Viską laikyti prieinamą neprisijungus</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Įkelti demonstracinius duomenis</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Tik kai paprašau</translation>
    </message>
    <message>
        <source>Records per collection:</source>
        <translation>Įrašų kiekvienoje kolekcijoje:</translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation>Susietini įrašai</translation>
    </message>
    <message>
        <source>RuralDesk keeps your group&apos;s practices, contacts and tools on this computer, and works without a connection. How would you like to start?</source>
        <translation>RuralDesk laiko jūsų grupės praktikas, kontaktus ir priemones šiame kompiuteryje ir veikia be ryšio. Kaip norėtumėte pradėti?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Sinchronizuoti kas:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Rodyti šiuos stulpelius:</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Pradėti nuo tuščios darbo srities</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stabdoma…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistemos kalba</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Sistemos dydis</translation>
    </message>
    <message>
        <source>Type a name or a word to find records</source>
        <translation>Įveskite vardą, pavadinimą ar žodį įrašams rasti</translation>
    </message>
    <message>
        <source>Welcome to RuralDesk</source>
        <translation>Sveiki atvykę į RuralDesk</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>pridėta {when}</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} iš {total}</translation>
    </message>
</context>
<context>
    <name>Discussions</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n pranešimas</numerusform>
            <numerusform>%n pranešimai</numerusform>
            <numerusform>%n pranešimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n gija</numerusform>
            <numerusform>%n gijos</numerusform>
            <numerusform>%n gijų</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nenurodyta)</translation>
    </message>
    <message>
        <source>A topic needs a title and an opening post.</source>
        <translation>Gijai reikia pavadinimo ir pirmojo pranešimo.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Pridėti failų</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Pridėti failų…</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Pridėta:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentarai</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Komentarai (%n)</numerusform>
            <numerusform>Komentarai (%n)</numerusform>
            <numerusform>Komentarai (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the discussion: {error}</source>
        <translation>Nepavyko eksportuoti diskusijos: {error}</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Nepavyko išsaugoti: {error}</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Juodraštis išsaugotas</translation>
    </message>
    <message>
        <source>Draft kept from {when}</source>
        <translation>Juodraštis išsaugotas nuo {when}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redaguoti</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Redaguoti savo pranešimą</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Eksportuoti kaip Markdown…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Eksportuoti kaip PDF…</translation>
    </message>
    <message>
        <source>Export the discussion</source>
        <translation>Eksportuoti diskusiją</translation>
    </message>
    <message>
        <source>Files to attach to this post</source>
        <translation>Prie šio pranešimo pridedami failai</translation>
    </message>
    <message>
        <source>Files to attach: {names}</source>
        <translation>Pridedami failai: {names}</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Paslėpė koordinatorius: {reason}</translation>
    </message>
    <message>
        <source>Hidden from the group: {reason}</source>
        <translation>Paslėpta nuo grupės: {reason}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Slėpti</translation>
    </message>
    <message>
        <source>Hide the discussion…</source>
        <translation>Slėpti diskusiją…</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Slėpti…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kalba:</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Paskutinė veikla</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>Nauja &amp;gija…</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nauja gija</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nauja gija…</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Pranešimų dar nėra. Parašykite pirmąjį toliau.</translation>
    </message>
    <message>
        <source>No topics yet. Start one with New topic; comments on a practice, tool or contact are at the foot of its page.</source>
        <translation>Gijų dar nėra. Pradėkite naują su „Nauja gija“; komentarai apie praktiką, priemonę ar kontaktą yra jų puslapio apačioje.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Ne atsakymas</translation>
    </message>
    <message>
        <source>Not allowed: {reason}.</source>
        <translation>Neleidžiama: {reason}.</translation>
    </message>
    <message>
        <source>Opening post</source>
        <translation>Pirmasis pranešimas</translation>
    </message>
    <message>
        <source>Opening post:</source>
        <translation>Pirmasis pranešimas:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Skelbti</translation>
    </message>
    <message>
        <source>Post it (Ctrl+Enter)</source>
        <translation>Skelbti (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Pranešimas pašalintas</translation>
    </message>
    <message>
        <source>Posted. It goes to the group at the next sync.</source>
        <translation>Paskelbta. Grupę pasieks kito sinchronizavimo metu.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Pranešimai</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Atsakyti</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Atsakymas į pranešimą</translation>
    </message>
    <message>
        <source>Replying to {name}</source>
        <translation>Atsakymas: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier posts</source>
        <translation>
            <numerusform>Rodyti %n ankstesnį pranešimą</numerusform>
            <numerusform>Rodyti %n ankstesnius pranešimus</numerusform>
            <numerusform>Rodyti %n ankstesnių pranešimų</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Rodyti vėl</translation>
    </message>
    <message>
        <source>Show discussions</source>
        <translation>Rodyti diskusijas</translation>
    </message>
    <message>
        <source>Start a discussion with the group</source>
        <translation>Pradėti diskusiją su grupe</translation>
    </message>
    <message>
        <source>Start a discussion with the group (Ctrl+Shift+D)</source>
        <translation>Pradėti diskusiją su grupe (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Pradėjo</translation>
    </message>
    <message>
        <source>The discussion was written to {path}.</source>
        <translation>Diskusija įrašyta: {path}.</translation>
    </message>
    <message>
        <source>The earlier version stays in the post&apos;s history.</source>
        <translation>Ankstesnė versija lieka pranešimo istorijoje.</translation>
    </message>
    <message>
        <source>The opening post… *emphasis*, **strong**, - lists, [links](https://…), @member</source>
        <translation>Pirmasis pranešimas… *kursyvas*, **paryškinta**, - sąrašai, [nuorodos](https://…), @narys</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Gija</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Gijos</translation>
    </message>
    <message>
        <source>Version {n}, {when}, by {name}</source>
        <translation>Versija {n}, {when}, autorius: {name}</translation>
    </message>
    <message>
        <source>Versions of the post</source>
        <translation>Pranešimo versijos</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Apie ką tai?</translation>
    </message>
    <message>
        <source>Why is it hidden? Everyone sees the reason in its place.</source>
        <translation>Kodėl slepiama? Visi mato priežastį jo vietoje.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Withdraw this post? Its text goes from the thread; its earlier versions stay in its history.</source>
        <translation>Atšaukti šį pranešimą? Jo tekstas dings iš gijos; ankstesnės versijos liks istorijoje.</translation>
    </message>
    <message>
        <source>Withdraw your post</source>
        <translation>Atšaukti savo pranešimą</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Atšaukė autorius.</translation>
    </message>
    <message>
        <source>Write a post… *emphasis*, **strong**, - lists, [links](https://…), @member (Ctrl+Enter posts)</source>
        <translation>Rašykite pranešimą… *kursyvas*, **paryškinta**, - sąrašai, [nuorodos](https://…), @narys (Ctrl+Enter paskelbia)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Pirmiausia ką nors parašykite.</translation>
    </message>
    <message>
        <source>Write to the whole thread instead (Escape)</source>
        <translation>Rašyti visai gijai (Escape)</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Jūsų pranešimas</translation>
    </message>
    <message>
        <source>a discussion&apos;s rules do not allow this change</source>
        <translation>diskusijos taisyklės neleidžia šio pakeitimo</translation>
    </message>
    <message>
        <source>a post needs some text</source>
        <translation>pranešime turi būti teksto</translation>
    </message>
    <message>
        <source>a removed post</source>
        <translation>pašalintas pranešimas</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>redaguota</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>atsakant {name}</translation>
    </message>
    <message>
        <source>only a coordinator can hide a post or a discussion</source>
        <translation>tik koordinatorius gali paslėpti pranešimą ar diskusiją</translation>
    </message>
    <message>
        <source>only its author can edit or withdraw a post</source>
        <extracomment>what a discussion write changes, for the views</extracomment>
        <translation>tik pranešimo autorius gali jį redaguoti ar atšaukti</translation>
    </message>
    <message>
        <source>only the member who started a discussion can change its title, themes or language</source>
        <translation>tik diskusiją pradėjęs narys gali keisti jos pavadinimą, temas ar kalbą</translation>
    </message>
    <message>
        <source>started by {name}</source>
        <translation>pradėjo {name}</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title} (paslėpta)</translation>
    </message>
    <message>
        <source>{title} · {count} new</source>
        <translation>{title} · naujų: {count}</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>(choose)</source>
        <translation>(pasirinkite)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nėra)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <source>No date</source>
        <extracomment>where the calendar opens when no date is set; the form points an end date at its start</extracomment>
        <translation>Nėra datos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Įveskite ir paspauskite Enter</translation>
    </message>
    <message>
        <source>add</source>
        <translation>pridėti</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>išvalyti</translation>
    </message>
    <message>
        <source>list</source>
        <translation>sąrašas</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>pašalinti</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>pridėtina</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipas</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Activities</source>
        <translation>Veikla</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Tikslinė grupė</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autorius</translation>
    </message>
    <message>
        <source>Broader theme</source>
        <translation>Platesnė tema</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Komentuojama</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Sutikimo data</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Sutikimo šaltinis</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekstas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valiuta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>El. pašto adresai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Pabaigos data</translation>
    </message>
    <message>
        <source>Expertise themes</source>
        <translation>Kompetencijos temos</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Failo pavadinimas</translation>
    </message>
    <message>
        <source>Full name of a person, or the name of an organisation</source>
        <translation>Visas asmens vardas ir pavardė arba organizacijos pavadinimas</translation>
    </message>
    <message>
        <source>Funding amount</source>
        <translation>Finansavimo suma</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finansavimo šaltinis</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Grupės narys</translation>
    </message>
    <message>
        <source>Hidden because</source>
        <translation>Paslėpimo priežastis</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Atsakymas į</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kalbos</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Teisinis pagrindas</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Išmoktos pamokos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Nuorodos</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medijos tipas</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Paminėjimai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Tikslai</translation>
    </message>
    <message>
        <source>Obstacles (legal / policy)</source>
        <translation>Kliūtys (teisinės / politinės)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Organisation types</source>
        <translation>Organizacijų tipai</translation>
    </message>
    <message>
        <source>Partners (incl. authorities)</source>
        <translation>Partneriai (įskaitant valdžios institucijas)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonai</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Pašto kodas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regionas</translation>
    </message>
    <message>
        <source>Related contacts</source>
        <translation>Susiję kontaktai</translation>
    </message>
    <message>
        <source>Related tools</source>
        <translation>Susijusios priemonės</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Pašalinti pranešimai</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultatai</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Peržiūrėtojo pastaba</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Dydis (baitais)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Pradžios data</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Pradėjo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatvė, namo numeris</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekstas</translation>
    </message>
    <message>
        <source>The person&apos;s member name in the group: their posts are then part of their data</source>
        <translation>Asmens nario vardas grupėje: tada jo pranešimai yra jo duomenų dalis</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Town / village</source>
        <translation>Miestas / kaimas</translation>
    </message>
    <message>
        <source>Transferability</source>
        <translation>Perkeliamumas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audito žurnalas</translation>
    </message>
    <message>
        <source>&amp;Cancel the invitation</source>
        <translation>A&amp;tšaukti kvietimą</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Eksportuoti viską apie šį asmenį…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Failas:</translation>
    </message>
    <message>
        <source>&amp;Hand a file to the server…</source>
        <translation>Perduoti &amp;failą serveriui…</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>K&amp;vietimai</translation>
    </message>
    <message>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Pakviesti ką nors…</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Nariai</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vardas:</translation>
    </message>
    <message>
        <source>&amp;Newest entries</source>
        <translation>Nau&amp;jausi įrašai</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Sen&amp;esni įrašai</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Slaptafrazė:</translation>
    </message>
    <message>
        <source>&amp;People&apos;s data</source>
        <translation>A&amp;smenų duomenys</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Vaid&amp;muo:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Galioja:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 diena</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>how long an invitation can be redeemed, in hours</extracomment>
        <translation>1 savaitė</translation>
    </message>
    <message>
        <source>A revoked token stops syncing at once: that computer keeps its copy but can no longer send or receive. Tick the computers to cut off.</source>
        <translation>Atšauktas prieigos raktas iškart sustabdo sinchronizavimą: tas kompiuteris pasilieka savo kopiją, bet nebegali nei siųsti, nei gauti. Pažymėkite kompiuterius, kuriuos reikia atjungti.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Susiję su</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>Pridėjo narį</translation>
    </message>
    <message>
        <source>Asking the server who you are…</source>
        <translation>Serveris tikrina, kas jūs esate…</translation>
    </message>
    <message>
        <source>At {url}</source>
        <translation>Adresu {url}</translation>
    </message>
    <message>
        <source>At {url} · you are: {role}</source>
        <translation>Adresu {url} · jūsų vaidmuo: {role}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audito žurnalas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pasirinkti…</translation>
    </message>
    <message>
        <source>Cancel the invitation</source>
        <translation>Atšaukti kvietimą</translation>
    </message>
    <message>
        <source>Cancel the invitation for {name}? The code stops working at once; you can invite them again later.</source>
        <translation>Atšaukti kvietimą ({name})? Kodas iškart nustoja veikti; vėliau galėsite pakviesti iš naujo.</translation>
    </message>
    <message>
        <source>Cancelled an invitation</source>
        <translation>Atšaukė kvietimą</translation>
    </message>
    <message>
        <source>Cancelling the invitation…</source>
        <translation>Atšaukiamas kvietimas…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Keisti vai&amp;dmenį…</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Keisti vaidmenį: {name}</translation>
    </message>
    <message>
        <source>Changed a member</source>
        <translation>Pakeitė narį</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Keičiamas vaidmuo…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Pasirinkti failą</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatorius</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Nukopijuota</translation>
    </message>
    <message>
        <source>Copy the invitation code</source>
        <translation>Kopijuoti kvietimo kodą</translation>
    </message>
    <message>
        <source>Create the invitation</source>
        <translation>Sukurti kvietimą</translation>
    </message>
    <message>
        <source>Creating the invitation…</source>
        <translation>Kuriamas kvietimas…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Išsami informacija</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Ištrinti šį asmenį negrįžta&amp;mai…</translation>
    </message>
    <message>
        <source>Erase on every replica</source>
        <translation>Ištrinti negrįžtamai kiekvienoje vietinėje kopijoje</translation>
    </message>
    <message>
        <source>Erase “{name}”</source>
        <translation>Negrįžtamai ištrinti „{name}“</translation>
    </message>
    <message>
        <source>Erase “{name}” from the whole group? This cannot be undone. It is erased here and sent to the server at once; every member&apos;s copy of RuralDesk erases it at its next sync:</source>
        <translation>Negrįžtamai ištrinti „{name}“ iš visos grupės? To negalima atšaukti. Jis ištrinamas čia ir iškart išsiunčiamas į serverį; kiekvieno nario RuralDesk jį ištrins per kitą sinchronizavimą:</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Negrįžtamai ištrynė įrašą</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Negrįžtamai trinama…</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Viskas apie {name} įrašyta: {path}.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Eksportuoti viską apie {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportuojama…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Rasti asmenį</translation>
    </message>
    <message>
        <source>Give {name} this code. In RuralDesk they choose Sync → Set up sync… and paste it, or scan the picture with a phone and send it to themselves. It works once, until {expires}.</source>
        <translation>Perduokite šį kodą asmeniui {name}. RuralDesk programoje jis pasirenka Sinchronizavimas → Nustatyti sinchronizavimą… ir įklijuoja kodą arba nufotografuoja paveikslėlį telefonu ir nusiunčia sau. Kodas veikia vieną kartą, iki {expires}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupė</translation>
    </message>
    <message>
        <source>Group window status</source>
        <translation>Grupės lango būsena</translation>
    </message>
    <message>
        <source>Group “{group}”</source>
        <translation>Grupė „{group}“</translation>
    </message>
    <message>
        <source>Hand a file to the server</source>
        <translation>Perduoti failą serveriui</translation>
    </message>
    <message>
        <source>Hand to the server</source>
        <translation>Perduoti serveriui</translation>
    </message>
    <message>
        <source>Handing the file to the server…</source>
        <translation>Failas perduodamas serveriui…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kvietimo kodas</translation>
    </message>
    <message>
        <source>Invitation code as a QR code</source>
        <translation>Kvietimo kodas kaip QR kodas</translation>
    </message>
    <message>
        <source>Invitation for {name}</source>
        <translation>Kvietimas: {name}</translation>
    </message>
    <message>
        <source>Invitation for {name} cancelled.</source>
        <translation>Kvietimas ({name}) atšauktas.</translation>
    </message>
    <message>
        <source>Invitation for {name} created.</source>
        <translation>Kvietimas ({name}) sukurtas.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Pakviesti ką nors</translation>
    </message>
    <message>
        <source>Invited someone</source>
        <translation>Pakvietė ką nors</translation>
    </message>
    <message>
        <source>Issued a token</source>
        <translation>Išdavė prieigos raktą</translation>
    </message>
    <message>
        <source>Its attachments: none</source>
        <translation>Jo priedai: nėra</translation>
    </message>
    <message>
        <source>Its attachments: {names}</source>
        <translation>Jo priedai: {names}</translation>
    </message>
    <message>
        <source>Its history, with the values it held (changes recorded: {count})</source>
        <translation>Jo istorija su turėtomis reikšmėmis (užregistruota pakeitimų: {count})</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON failai (*.json)</translation>
    </message>
    <message>
        <source>Joined the group, but the token could not be kept: {error}</source>
        <extracomment>starts network work off the UI thread: Operations.run, or the worker itself</extracomment>
        <translation>Prisijungėte prie grupės, bet prieigos rakto nepavyko išsaugoti: {error}</translation>
    </message>
    <message>
        <source>Joined with an invitation</source>
        <translation>Prisijungė su kvietimu</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Paskutinis sinchronizavimas</translation>
    </message>
    <message>
        <source>Links to it from other records: none</source>
        <translation>Nuorodos į jį iš kitų įrašų: nėra</translation>
    </message>
    <message>
        <source>Links to it from {records} ({count}): {titles}</source>
        <translation>Nuorodos į jį – {records} ({count}): {titles}</translation>
    </message>
    <message>
        <source>Listing what the erasure removes…</source>
        <translation>Išvardijama, ką pašalins negrįžtamas ištrynimas…</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Įkeliamas audito žurnalas…</translation>
    </message>
    <message>
        <source>Loading the member&apos;s tokens…</source>
        <translation>Įkeliami nario prieigos raktai…</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Įkeliami nariai…</translation>
    </message>
    <message>
        <source>Loading the open invitations…</source>
        <translation>Įkeliami galiojantys kvietimai…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Narys</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Nariai</translation>
    </message>
    <message>
        <source>Members see the new name after their next sync; the group&apos;s address stays.</source>
        <translation>Nariai naują pavadinimą pamatys po kito savo sinchronizavimo; grupės adresas nesikeičia.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Not connected to a group server.</source>
        <translation>Neprisijungta prie grupės serverio.</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>Neatlikta: {why}</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied} and already had {already}.</source>
        <translation>Failo pakeitimų: {total}; serveris pritaikė {applied}, o {already} jau turėjo.</translation>
    </message>
    <message>
        <source>Of the file&apos;s {total} changes, the server applied {applied}, already had {already} and refused {refused}: {reasons}.</source>
        <translation>Failo pakeitimų: {total}; serveris pritaikė {applied}, {already} jau turėjo, o {refused} atmetė: {reasons}.</translation>
    </message>
    <message>
        <source>Only the group&apos;s coordinators can invite people, change roles or remove members. Ask one of them.</source>
        <translation>Tik grupės koordinatoriai gali kviesti žmones, keisti vaidmenis ar šalinti narius. Paprašykite kurio nors iš jų.</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Galiojantys kvietimai</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Į&amp;kelti iš naujo</translation>
    </message>
    <message>
        <source>Re&amp;move from the group…</source>
        <translation>Paša&amp;linti iš grupės…</translation>
    </message>
    <message>
        <source>Re&amp;name the group…</source>
        <translation>Pe&amp;rvardyti grupę…</translation>
    </message>
    <message>
        <source>Re&amp;voke tokens…</source>
        <translation>Atšaukti prieigos rak&amp;tus…</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Skaitytojas</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Pašalinti: {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the group</source>
        <translation>Pašalinti {name} iš grupės</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Their tokens stop working at once and they no longer receive the group&apos;s records. Everything they added or changed stays, under their name.</source>
        <translation>Pašalinti {name} iš grupės? Jo prieigos raktai iškart nustoja veikti ir jis nebegauna grupės įrašų. Viskas, ką jis pridėjo ar pakeitė, lieka jo vardu.</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>Pašalino narį</translation>
    </message>
    <message>
        <source>Removing the member…</source>
        <translation>Šalinamas narys…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Pervardyti grupę</translation>
    </message>
    <message>
        <source>Renamed the group</source>
        <translation>Pervardijo grupę</translation>
    </message>
    <message>
        <source>Renaming the group…</source>
        <translation>Pervardijama grupė…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Revoke tokens of {name}</source>
        <translation>Atšaukti prieigos raktus: {name}</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Atšaukė prieigos raktą</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Atšaukiama…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Send the changes in a hand-over file someone brought straight to the server</source>
        <translation>Siųsti kieno nors atnešto perdavimo failo pakeitimus tiesiai į serverį</translation>
    </message>
    <message>
        <source>The changes in the file go to the server under the names of the people who made them; this computer gets them at its next sync, like everyone. Changes the server already has are not taken twice.</source>
        <translation>Failo pakeitimai keliauja į serverį juos padariusių žmonių vardu; šis kompiuteris juos gaus per kitą savo sinchronizavimą, kaip ir visi. Pakeitimai, kuriuos serveris jau turi, du kartus nepriimami.</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>Kodas nukopijuotas į mainų sritį.</translation>
    </message>
    <message>
        <source>The contact “{name}” and every field value it had</source>
        <translation>Kontaktas „{name}“ ir visos jo laukų reikšmės</translation>
    </message>
    <message>
        <source>The discussion about this contact, with its posts ({count})</source>
        <translation>Diskusija apie šį kontaktą su jos pranešimais ({count})</translation>
    </message>
    <message>
        <source>The file holds no changes; nothing was sent.</source>
        <translation>Faile nėra pakeitimų; nieko neišsiųsta.</translation>
    </message>
    <message>
        <source>The five words given with the file, separately from it.</source>
        <translation>Penki žodžiai, gauti kartu su failu, bet atskirai nuo jo.</translation>
    </message>
    <message>
        <source>The group is now called “{name}”.</source>
        <translation>Grupė dabar vadinasi „{name}“.</translation>
    </message>
    <message>
        <source>The invitation gives one person a place in the group. They paste the code into RuralDesk (Sync → Set up sync…) on their computer; it works once.</source>
        <translation>Kvietimas suteikia vienam asmeniui vietą grupėje. Jis savo kompiuteryje įklijuoja kodą į RuralDesk (Sinchronizavimas → Nustatyti sinchronizavimą…); kodas veikia vieną kartą.</translation>
    </message>
    <message>
        <source>The person is also named in the text of {count} other records. That text is not changed: review it after the erasure (the export lists where).</source>
        <translation>Asmuo taip pat minimas kitų įrašų tekste ({count}). Tas tekstas nekeičiamas: peržiūrėkite jį po negrįžtamo ištrynimo (eksporte nurodyta kur).</translation>
    </message>
    <message>
        <source>Their own posts in the group&apos;s discussions ({count}); the threads stay and show “post removed”</source>
        <translation>Paties asmens pranešimai grupės diskusijose ({count}); gijos lieka ir rodo „pranešimas pašalintas“</translation>
    </message>
    <message>
        <source>This member has no token in use.</source>
        <translation>Šis narys neturi naudojamo prieigos rakto.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a group server. Use Sync → Set up sync… with the invitation code your coordinator gave you.</source>
        <translation>Ši darbo sritis neprijungta prie grupės serverio. Naudokite Sinchronizavimas → Nustatyti sinchronizavimą… su kvietimo kodu, kurį jums davė koordinatorius.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Prieigos raktai</translation>
    </message>
    <message>
        <source>Tokens revoked for {name}: {count}.</source>
        <translation>Atšaukta prieigos raktų ({name}): {count}.</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a phone number</source>
        <translation>Įveskite vardą, el. pašto adresą ar telefono numerį</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Galioja iki</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Kas įvyks</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>When a person asks what the group holds about them, or asks to be forgotten (GDPR articles 15 and 17), find them here.</source>
        <extracomment>contacts listed at once (a search narrows them down)</extracomment>
        <translation>Kai asmuo klausia, ką grupė apie jį saugo, arba prašo jį pamiršti (BDAR 15 ir 17 straipsniai), raskite jį čia.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Vykdoma</translation>
    </message>
    <message>
        <source>adds and edits the group&apos;s records</source>
        <translation>prideda ir redaguoja grupės įrašus</translation>
    </message>
    <message>
        <source>as the group will see it</source>
        <translation>kaip jį matys grupė</translation>
    </message>
    <message>
        <source>manages the group: members, invitations, erasure</source>
        <translation>tvarko grupę: nariai, kvietimai, negrįžtamas ištrynimas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nebūtina</translation>
    </message>
    <message>
        <source>reads the group&apos;s records, changes nothing</source>
        <translation>skaito grupės įrašus, nieko nekeičia</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <extracomment>audit entries per page (&quot;Older entries&quot; asks for the next page)</extracomment>
        <translation>failo nepavyksta perskaityti ({reason})</translation>
    </message>
    <message>
        <source>the server did not accept this computer&apos;s token; ask your coordinator for a new invitation</source>
        <translation>serveris nepriėmė šio kompiuterio prieigos rakto; paprašykite koordinatoriaus naujo kvietimo</translation>
    </message>
    <message>
        <source>unnamed computer</source>
        <translation>bevardis kompiuteris</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>dienų: {count}</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>savaičių: {count}</translation>
    </message>
    <message>
        <source>{label}, since {when}</source>
        <translation>{label}, nuo {when}</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (jūs)</translation>
    </message>
    <message>
        <source>{name} is no longer a member; their records stay.</source>
        <translation>{name} nebėra narys; jo įrašai lieka.</translation>
    </message>
    <message>
        <source>{name} is now: {role}.</source>
        <translation>{name} dabar: {role}.</translation>
    </message>
    <message>
        <source>“{name}” was erased here; the erasure goes to the server with this sync and reaches every replica at its next sync.</source>
        <translation>„{name}“ čia negrįžtamai ištrintas; ištrynimas su šiuo sinchronizavimu keliauja į serverį ir kiekvieną vietinę kopiją pasiekia per jos kitą sinchronizavimą.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Applied: {applied}. Already here: {duplicates}. To pass on to the server: {held}. Refused: {refused}.</source>
        <translation>Pritaikyta: {applied}. Jau yra: {duplicates}. Perduoti serveriui: {held}. Atmesta: {refused}.</translation>
    </message>
    <message>
        <source>Changes written: {count}, to {path}.

Passphrase (shown only now): {words}</source>
        <translation>Pakeitimų įrašyta: {count}, į {path}.

Slaptafrazė (rodoma tik dabar): {words}</translation>
    </message>
    <message>
        <source>Connect this computer to the group&apos;s server once before handing changes over.</source>
        <translation>Prieš perduodami pakeitimus vieną kartą prijunkite šį kompiuterį prie grupės serverio.</translation>
    </message>
    <message>
        <source>Export changes for another computer…</source>
        <translation>Eksportuoti pakeitimus kitam kompiuteriui…</translation>
    </message>
    <message>
        <source>Exporting changes</source>
        <translation>Eksportuojami pakeitimai</translation>
    </message>
    <message>
        <source>Hand-over files (*.rdrelay);;All files (*)</source>
        <translation>Perdavimo failai (*.rdrelay);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Import changes from a file…</source>
        <translation>Importuoti pakeitimus iš failo…</translation>
    </message>
    <message>
        <source>Importing changes</source>
        <translation>Importuojami pakeitimai</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Niekas nepakeista: {reason}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Slaptafrazė</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Sustabdyta. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Failas neužbaigtas: jis nukopijuotas ne visas.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made.</source>
        <translation>Failas po sukūrimo buvo pakeistas arba sugadintas.</translation>
    </message>
    <message>
        <source>The file will be locked with these words (change them if you like). Give them to the person who imports it, separately from the file.</source>
        <translation>Failas bus užrakintas šiais žodžiais (galite juos pakeisti). Perduokite juos importuosiančiam asmeniui atskirai nuo failo.</translation>
    </message>
    <message>
        <source>The passphrase does not open this file: check the words and try again.</source>
        <translation>Ši slaptafrazė neatidaro failo: patikrinkite žodžius ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>This file holds changes of another group.</source>
        <translation>Šiame faile yra kitos grupės pakeitimai.</translation>
    </message>
    <message>
        <source>This is not a RuralDesk hand-over file.</source>
        <translation>Tai ne RuralDesk perdavimo failas.</translation>
    </message>
    <message>
        <source>Type the words the file was locked with.</source>
        <translation>Įveskite žodžius, kuriais failas buvo užrakintas.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About RuralDesk</source>
        <translation>Apie RuralDesk</translation>
    </message>
    <message>
        <source>An offline-first organiser of practices, contacts and tools for rural social-economy groups: village associations, cooperatives, social enterprises, third places and the authorities that work with them.</source>
        <translation>Pirmiausia be ryšio veikianti praktikų, kontaktų ir priemonių tvarkyklė kaimo socialinės ekonomikos organizacijoms: kaimo bendruomenėms, kooperatyvams, socialinėms įmonėms, trečiosioms vietoms ir su jomis dirbančioms valdžios institucijoms.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencija:</translation>
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
        <translation>RuralDesk naudotojo vadovas</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of RuralDesk. It is online at {url}</source>
        <translation>Naudotojo vadovas neįdiegtas kartu su šia RuralDesk kopija. Jį rasite internete: {url}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Naudotojo vadovas</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Darbo sritis:</translation>
    </message>
</context>
<context>
    <name>IO</name>
    <message>
        <source>Comments on {title}</source>
        <translation>Komentarai apie {title}</translation>
    </message>
    <message>
        <source>DejaVu Sans is not installed: the PDF uses Helvetica, which cannot print letters outside Western Europe (Polish, Greek…); install fonts-dejavu</source>
        <translation>DejaVu Sans neįdiegtas: PDF naudoja Helvetica, kuris negali spausdinti raidžių, nenaudojamų Vakarų Europoje (lenkų, graikų…); įdiekite fonts-dejavu</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google Contacts eksportas</translation>
    </message>
    <message>
        <source>Google Contacts export (Outlook CSV)</source>
        <translation>Google Contacts eksportas (Outlook CSV)</translation>
    </message>
    <message>
        <source>Hidden by a coordinator: {reason}</source>
        <translation>Paslėpė koordinatorius: {reason}</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlook eksportas</translation>
    </message>
    <message>
        <source>Phone ({type}): {number}</source>
        <translation>Telefonas ({type}): {number}</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>Pranešimas pašalintas</translation>
    </message>
    <message>
        <source>Posts: {count}</source>
        <translation>Pranešimai: {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Regionas: {region}</translation>
    </message>
    <message>
        <source>Started by {name}, {when}</source>
        <translation>Pradėjo {name}, {when}</translation>
    </message>
    <message>
        <source>Thunderbird address book export</source>
        <translation>Thunderbird adresų knygos eksportas</translation>
    </message>
    <message>
        <source>Withdrawn by its author.</source>
        <translation>Atšaukė autorius.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>GIF paveikslėlis</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>JPEG paveikslėlis</translation>
    </message>
    <message>
        <source>a PDF document, not a table or an address book</source>
        <translation>PDF dokumentas, o ne lentelė ar adresų knyga</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>PNG paveikslėlis</translation>
    </message>
    <message>
        <source>a Windows program, not a data file</source>
        <translation>Windows programa, o ne duomenų failas</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first</source>
        <translation>ZIP archyvas (.xlsx ar .ods skaičiuoklė?); pirmiausia skaičiuoklėje išsaugokite jį CSV formatu</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>failas</translation>
    </message>
    <message>
        <source>a gzip-compressed file; uncompress it first</source>
        <translation>gzip suglaudintas failas; pirmiausia jį išskleiskite</translation>
    </message>
    <message>
        <source>a program, not a data file</source>
        <translation>programa, o ne duomenų failas</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed</source>
        <translation>šios eilutės kabutė (&quot;) niekada neuždaroma</translation>
    </message>
    <message>
        <source>a quote (&quot;) in this row is never closed on its line</source>
        <translation>šios eilutės kabutė (&quot;) neuždaroma toje pačioje eilutėje</translation>
    </message>
    <message>
        <source>a quoted cell has text after its closing quote and the row does not have as many cells as the header</source>
        <translation>kabutėse esančiame langelyje po uždarančiosios kabutės yra teksto, o eilutėje langelių ne tiek, kiek antraštėje</translation>
    </message>
    <message>
        <source>a second address is not imported (only one address is kept)</source>
        <translation>antras adresas neimportuojamas (paliekamas tik vienas adresas)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>lentelė</translation>
    </message>
    <message>
        <source>a vCard file</source>
        <translation>vCard failas</translation>
    </message>
    <message>
        <source>address country not recognised</source>
        <translation>adreso šalis neatpažinta</translation>
    </message>
    <message>
        <source>an SQLite database (to bring back a whole workspace use restore)</source>
        <translation>SQLite duomenų bazė (norėdami atgauti visą darbo sritį, naudokite atkūrimą)</translation>
    </message>
    <message>
        <source>an alternative (ALTID {altid}) of a value already kept</source>
        <translation>jau paliktos reikšmės alternatyva (ALTID {altid})</translation>
    </message>
    <message>
        <source>an old Office document (.xls or .doc); save it as CSV from the spreadsheet first</source>
        <translation>senas Office dokumentas (.xls ar .doc); pirmiausia skaičiuoklėje išsaugokite jį CSV formatu</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>nepavyksta perskaityti {name}: {reason}</translation>
    </message>
    <message>
        <source>category is not a theme of this workspace</source>
        <translation>kategorija nėra šios darbo srities tema</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stulpelis {number}</translation>
    </message>
    <message>
        <source>edited {when}</source>
        <translation>redaguota {when}</translation>
    </message>
    <message>
        <source>group “{group}” is not a theme of this workspace; not imported</source>
        <translation>grupė „{group}“ nėra šios darbo srities tema; neimportuota</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {columns} columns; the extra cells would be lost</source>
        <translation>turi {cells} langelius, bet antraštėje nurodyta {columns} stulpelių; pertekliniai langeliai būtų prarasti</translation>
    </message>
    <message>
        <source>in reply to {name}</source>
        <translation>atsakant {name}</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list (“{file}”)</source>
        <translation>jame yra failas, kurio nenurodo jo manifestas („{file}“)</translation>
    </message>
    <message>
        <source>it holds the file “{file}” twice</source>
        <translation>jame du kartus yra failas „{file}“</translation>
    </message>
    <message>
        <source>it lists {count} attachment files, more than the {limit} a backup may hold</source>
        <translation>jame nurodyta {count} priedų failų – daugiau nei {limit}, kiek gali būti atsarginėje kopijoje</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {limit} a restore may write</source>
        <translation>išskleistas jis užimtų {size} – daugiau nei {limit}, kiek gali įrašyti atkūrimas</translation>
    </message>
    <message>
        <source>its manifest does not describe the replica file properly</source>
        <translation>jo manifestas netinkamai aprašo vietinės kopijos failą</translation>
    </message>
    <message>
        <source>its manifest does not give its counts properly</source>
        <translation>jo manifestas netinkamai nurodo kiekius</translation>
    </message>
    <message>
        <source>its manifest does not list the attachments properly</source>
        <translation>jo manifestas netinkamai išvardija priedus</translation>
    </message>
    <message>
        <source>its manifest is larger than any backup&apos;s</source>
        <translation>jo manifestas didesnis nei bet kurios atsarginės kopijos</translation>
    </message>
    <message>
        <source>its manifest is not a list of named values</source>
        <translation>jo manifestas nėra pavadintų reikšmių sąrašas</translation>
    </message>
    <message>
        <source>its manifest lists the attachment {file}… twice</source>
        <translation>jo manifeste priedas {file}… nurodytas du kartus</translation>
    </message>
    <message>
        <source>its manifest names an attachment “{file}” that is not a checksum</source>
        <translation>jo manifeste nurodytas priedas „{file}“, kuris nėra kontrolinė suma</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>kalba neatpažinta</translation>
    </message>
    <message>
        <source>looks like card {number} of this file ({reason})</source>
        <translation>panašus į šio failo kortelę {number} ({reason})</translation>
    </message>
    <message>
        <source>looks like row {number} of this file ({reason})</source>
        <translation>panašus į šio failo eilutę {number} ({reason})</translation>
    </message>
    <message>
        <source>looks like “{title}” already here ({reason})</source>
        <translation>panašus į jau esamą „{title}“ ({reason})</translation>
    </message>
    <message>
        <source>name prefix not imported</source>
        <translation>vardo priešdėlis neimportuotas</translation>
    </message>
    <message>
        <source>name suffix not imported</source>
        <translation>vardo priesaga neimportuota</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>nėra atitinkamo lauko</translation>
    </message>
    <message>
        <source>no practice to write (the search or filters match none); {out} was not written</source>
        <translation>nėra praktikų, kurias būtų galima įrašyti (paieška ar filtrai nieko neranda); {out} neįrašytas</translation>
    </message>
    <message>
        <source>only one address is kept</source>
        <translation>paliekamas tik vienas adresas</translation>
    </message>
    <message>
        <source>only one name is kept</source>
        <translation>paliekamas tik vienas vardas</translation>
    </message>
    <message>
        <source>only one organisation is kept</source>
        <translation>paliekama tik viena organizacija</translation>
    </message>
    <message>
        <source>only one role is kept</source>
        <translation>paliekamos tik vienos pareigos</translation>
    </message>
    <message>
        <source>only one web address is kept</source>
        <translation>paliekamas tik vienas žiniatinklio adresas</translation>
    </message>
    <message>
        <source>phone label not kept (the number is imported)</source>
        <translation>telefono žymė nepalikta (numeris importuojamas)</translation>
    </message>
    <message>
        <source>phone {number} has no country code and no region is set to read it with; kept in the notes (set the workspace&apos;s phone region, or --default-region)</source>
        <translation>telefono numeris {number} neturi šalies kodo, o jam nuskaityti nenustatytas regionas; paliktas pastabose (nustatykite darbo srities telefono numerių regioną arba --default-region)</translation>
    </message>
    <message>
        <source>phone {number} written as {written} (numbers without a country code read as {region})</source>
        <translation>telefono numeris {number} užrašytas kaip {written} (numeriai be šalies kodo nuskaitomi kaip {region})</translation>
    </message>
    <message>
        <source>region “{region}” is not a NUTS region we know; kept in the notes</source>
        <translation>regionas „{region}“ nėra mums žinomas NUTS regionas; paliktas pastabose</translation>
    </message>
    <message>
        <source>same e-mail {email}</source>
        <translation>tas pats el. paštas {email}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vardas</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>tas pats telefonas {phone}</translation>
    </message>
    <message>
        <source>similar names ({ratio})</source>
        <translation>panašūs vardai ({ratio})</translation>
    </message>
    <message>
        <source>spreadsheet (columns matched by their names)</source>
        <translation>skaičiuoklė (stulpeliai susieti pagal pavadinimus)</translation>
    </message>
    <message>
        <source>the file name “{file}” points outside the backup</source>
        <translation>failo pavadinimas „{file}“ rodo už atsarginės kopijos ribų</translation>
    </message>
    <message>
        <source>the last row is cut short (fewer cells than the header and no line end): the file looks truncated</source>
        <translation>paskutinė eilutė nukirpta (mažiau langelių nei antraštėje ir nėra eilutės pabaigos): failas atrodo nepilnas</translation>
    </message>
    <message>
        <source>the row cannot be read ({error})</source>
        <translation>eilutės nepavyksta perskaityti ({error})</translation>
    </message>
    <message>
        <source>the workspace {path} is not empty ({count} records); restore only into an empty workspace (choose a new one)</source>
        <translation>darbo sritis {path} nėra tuščia (įrašų: {count}); atkurkite tik į tuščią darbo sritį (pasirinkite naują)</translation>
    </message>
    <message>
        <source>this card was exported from this workspace and the contact is still here (same UID)</source>
        <translation>ši kortelė buvo eksportuota iš šios darbo srities, ir kontaktas vis dar yra čia (tas pats UID)</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>nežinoma koduotė {encoding}</translation>
    </message>
    <message>
        <source>{column} ({count} values)</source>
        <translation>{column} (reikšmių: {count})</translation>
    </message>
    <message>
        <source>{name} cannot be restored safely: {reason}; nothing was changed</source>
        <translation>{name} negalima saugiai atkurti: {reason}; niekas nepakeista</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line should name the columns)</source>
        <translation>{name} neturi antraštės eilutės (pirmoje eilutėje turi būti stulpelių pavadinimai)</translation>
    </message>
    <message>
        <source>{name} holds a damaged replica ({reason})</source>
        <translation>faile {name} yra sugadinta vietinė kopija ({reason})</translation>
    </message>
    <message>
        <source>{name} is UTF-8 except on line {line} (byte {byte}), which is in another encoding: two encodings are mixed in one file; correct that line, or choose the encoding of the whole file</source>
        <translation>{name} yra UTF-8, išskyrus eilutę {line} (baitas {byte}), kuri yra kitos koduotės: viename faile sumaišytos dvi koduotės; pataisykite tą eilutę arba pasirinkite viso failo koduotę</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} yra dvejetainis failas, o ne tekstas (jame yra NUL baitų)</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes, first on line {line})</source>
        <translation>{name} yra dvejetainis failas, o ne tekstas (jame yra NUL baitų, pirmą kartą eilutėje {line})</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} sugadintas ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: attachment {file}… does not match its checksum</source>
        <translation>{name} sugadintas: priedas {file}… neatitinka savo kontrolinės sumos</translation>
    </message>
    <message>
        <source>{name} is damaged: the replica inside does not match its checksum</source>
        <translation>{name} sugadintas: jame esanti vietinė kopija neatitinka savo kontrolinės sumos</translation>
    </message>
    <message>
        <source>{name} is damaged: “{file}” is shorter than its manifest says</source>
        <translation>{name} sugadintas: „{file}“ trumpesnis, nei nurodyta jo manifeste</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} tuščias</translation>
    </message>
    <message>
        <source>{name} is in no encoding we can read exactly (not UTF-8, UTF-16, a Windows or ISO 8859 code page, or Shift-JIS); save it again as UTF-8</source>
        <translation>{name} nėra jokia koduote, kurią galėtume tiksliai perskaityti (ne UTF-8, ne UTF-16, ne Windows ar ISO 8859 kodų lentelė, ne Shift-JIS); išsaugokite jį iš naujo UTF-8 koduote</translation>
    </message>
    <message>
        <source>{name} is incomplete: {count} files are missing (first: {first})</source>
        <translation>{name} nepilnas: trūksta {count} failų (pirmasis: {first})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup (not a ZIP file); it may be truncated</source>
        <translation>{name} nėra RuralDesk atsarginė kopija (ne ZIP failas); galbūt jis nukirptas</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk backup or is damaged ({reason})</source>
        <translation>{name} nėra RuralDesk atsarginė kopija arba yra sugadintas ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a RuralDesk workspace backup</source>
        <translation>{name} nėra RuralDesk darbo srities atsarginė kopija</translation>
    </message>
    <message>
        <source>{name} is not a vCard file (it should start with BEGIN:VCARD)</source>
        <translation>{name} nėra vCard failas (jis turėtų prasidėti BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} is not a valid vCard file: card {number} is broken ({reason})</source>
        <translation>{name} nėra tinkamas vCard failas: kortelė {number} sugadinta ({reason})</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-16 text; it may be truncated or damaged</source>
        <translation>{name} nėra tinkamas UTF-16 tekstas; galbūt jis nukirptas ar sugadintas</translation>
    </message>
    <message>
        <source>{name} is not valid UTF-32 text; it may be truncated or damaged</source>
        <translation>{name} nėra tinkamas UTF-32 tekstas; galbūt jis nukirptas ar sugadintas</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8</source>
        <translation>{name} vis dėlto nėra {encoding} tekstas (baitas {byte}); išsaugokite jį iš naujo UTF-8 koduote</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text: line {line} holds bytes it cannot read (byte {byte}); choose another encoding</source>
        <translation>{name} nėra {encoding} tekstas: eilutėje {line} yra baitų, kurių nepavyksta perskaityti (baitas {byte}); pasirinkite kitą koduotę</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} {what} may be; split it into smaller files</source>
        <translation>{name} dydis {size} – daugiau nei leidžiama ({limit}, {what}); padalykite jį į mažesnius failus</translation>
    </message>
    <message>
        <source>{name} is {what}</source>
        <translation>{name} yra {what}</translation>
    </message>
    <message>
        <source>{name} needs {size} of free disk space and only {free} is free; nothing was changed</source>
        <translation>{name} reikia {size} laisvos disko vietos, o laisva tik {free}; niekas nepakeista</translation>
    </message>
    <message>
        <source>{name} starts as UTF-8 but line {line} holds bytes that are not UTF-8 (byte {byte}); it may be damaged — save it again as UTF-8</source>
        <translation>{name} prasideda kaip UTF-8, bet eilutėje {line} yra ne UTF-8 baitų (baitas {byte}); galbūt jis sugadintas – išsaugokite jį iš naujo UTF-8 koduote</translation>
    </message>
    <message>
        <source>{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk to restore it</source>
        <translation>{name} sukurtas naujesne RuralDesk versija (atsarginės kopijos formatas {version}); norėdami atkurti, atnaujinkite RuralDesk</translation>
    </message>
    <message>
        <source>{name}, line {line}: a quoted cell has text after its closing quote ({error})</source>
        <translation>{name}, eilutė {line}: kabutėse esančiame langelyje po uždarančiosios kabutės yra teksto ({error})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}</source>
        <translation>{name}, eilutė {line}: {error}</translation>
    </message>
    <message>
        <source>{name}: a quote (&quot;) opened near line {line} is never closed; the file looks truncated or damaged</source>
        <translation>{name}: kabutė (&quot;), atverta netoli eilutės {line}, niekada neuždaroma; failas atrodo nukirptas ar sugadintas</translation>
    </message>
    <message>
        <source>{name}: card {number} is never closed (END:VCARD is missing); the file looks truncated</source>
        <translation>{name}: kortelė {number} niekada neuždaroma (trūksta END:VCARD); failas atrodo nukirptas</translation>
    </message>
    <message>
        <source>{name}: the encoding is not certain, the file reads differently as {shown}; choose one (for example --encoding {first})</source>
        <translation>{name}: koduotė neaiški, failas skirtingai skaitomas kaip {shown}; pasirinkite vieną (pavyzdžiui, --encoding {first})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); restore into a new workspace</source>
        <translation>{path} nepavyksta perskaityti ({reason}); atkurkite į naują darbo sritį</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} neegzistuoja</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}</source>
        <translation>{path} yra aplankas, o ne {what}</translation>
    </message>
    <message>
        <source>{path} is not an empty workspace</source>
        <translation>{path} nėra tuščia darbo sritis</translation>
    </message>
    <message>
        <source>{property} not imported: {why}</source>
        <translation>{property} neimportuota: {why}</translation>
    </message>
    <message>
        <source>{where}: {count} characters in a script the font cannot show ({scripts}) were left out of the PDF</source>
        <translation>{where}: {count} rašmenys rašto sistemos, kurios šriftas negali parodyti ({scripts}), praleisti PDF faile</translation>
    </message>
    <message>
        <source>“{file}” claims a size its compressed data cannot have (a zip bomb?)</source>
        <translation>„{file}“ nurodo dydį, kokio jo suglaudinti duomenys negali turėti (ZIP bomba?)</translation>
    </message>
    <message>
        <source>“{file}” is a link or a folder, not a file</source>
        <translation>„{file}“ yra nuoroda ar aplankas, o ne failas</translation>
    </message>
    <message>
        <source>“{file}” is encrypted or compressed in a way RuralDesk does not write</source>
        <translation>„{file}“ užšifruotas arba suglaudintas būdu, kurio RuralDesk nenaudoja</translation>
    </message>
    <message>
        <source>“{file}” is not the size its manifest says</source>
        <translation>„{file}“ dydis neatitinka nurodyto jo manifeste</translation>
    </message>
    <message>
        <source>“{file}” unpacks to more than its declared size (a zip bomb?)</source>
        <translation>„{file}“ išskleistas viršija nurodytą dydį (ZIP bomba?)</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number we can read; kept in the notes</source>
        <translation>„{number}“ nėra telefono numeris, kurį galėtume perskaityti; paliktas pastabose</translation>
    </message>
    <message>
        <source>“{value}” is not a country (use a name or an ISO 3166 code such as PT)</source>
        <translation>„{value}“ nėra šalis (naudokite pavadinimą arba ISO 3166 kodą, pvz., PT)</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}“ nėra data (naudokite MMMM-MM-DD arba DD/MM/MMMM)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use a name or an ISO 639 code such as fr)</source>
        <translation>„{value}“ nėra kalba (naudokite pavadinimą arba ISO 639 kodą, pvz., fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a language (use an ISO 639 code such as fr)</source>
        <translation>„{value}“ nėra kalba (naudokite ISO 639 kodą, pvz., fr)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ nėra skaičius</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ nėra įrašo ID</translation>
    </message>
    <message>
        <source>“{value}” is not a theme of this workspace</source>
        <translation>„{value}“ nėra šios darbo srities tema</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ nėra sveikasis skaičius</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ nėra viena iš šių reikšmių: {choices}</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Visos rūšys</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Visos kalbos</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Visi regionai</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Visos temos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Išvalyti filtrus</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation>Filtruoti: {what}</translation>
    </message>
    <message>
        <source>In the trash: {count}</source>
        <translation>Šiukšlinėje: {count}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>List summary</source>
        <translation>Sąrašo suvestinė</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Įrašai</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Įrašai: {count}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regionas</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Rezultatai: {count}</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Rezultatai: {shown} iš {total}</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Išsaugoti paiešką…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Išsaugoti šią paiešką</translation>
    </message>
    <message>
        <source>Selected: {count}</source>
        <translation>Pažymėta: {count}</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Type to search practices, contacts, tools and themes.</source>
        <translation>Rašykite, kad ieškotumėte praktikų, kontaktų, priemonių ir temų.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About RuralDesk</source>
        <translation>&amp;Apie RuralDesk</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Pridėti failų…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atgal</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Stulpeliai…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Kopijuoti diagnostinę informaciją</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ištrinti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaguoti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Ieškoti…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Žinynas</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Susieti su…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Naujas</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>Įklijuoti kaip &amp;priedą</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Iš&amp;eiti</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Įrašas</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Nus&amp;tatymai…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinchronizavimas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Naudotojo vadovas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Rodi&amp;nys</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Pridėti įrašą į rodomą sąrašą</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Pridėta „{title}“</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Pridėti failų</translation>
    </message>
    <message>
        <source>Attached: {count}</source>
        <translation>Pridėta: {count}</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Priedo dar nėra</translation>
    </message>
    <message>
        <source>Bring the selected records back from the trash</source>
        <translation>Grąžinti pažymėtus įrašus iš šiukšlinės</translation>
    </message>
    <message>
        <source>Changes waiting to be shared</source>
        <translation>Pakeitimai, laukiantys bendrinimo</translation>
    </message>
    <message>
        <source>Changes waiting to be shared: {count}</source>
        <translation>Pakeitimai, laukiantys bendrinimo: {count}</translation>
    </message>
    <message>
        <source>Choose a practice or a tool to attach files to.</source>
        <translation>Pasirinkite praktiką ar priemonę, prie kurios pridėti failų.</translation>
    </message>
    <message>
        <source>Copy files into the workspace and attach them</source>
        <translation>Nukopijuoti failus į darbo sritį ir juos pridėti</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Nepavyko pridėti</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nepavyko išsaugoti</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Ištrinti išsaugotą paiešką</translation>
    </message>
    <message>
        <source>Diagnostic information copied. Paste it into your message to the person helping you; it holds no names or contents.</source>
        <translation>Diagnostinė informacija nukopijuota. Įklijuokite ją į savo laišką žmogui, kuris jums padeda; joje nėra vardų ar turinio.</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Redaguoti rodomą įrašą</translation>
    </message>
    <message>
        <source>Empty the &amp;trash…</source>
        <translation>Iš&amp;valyti šiukšlinę…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Išvalyti šiukšlinę</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Valoma šiukšlinė</translation>
    </message>
    <message>
        <source>Erase everything in the trash from this computer? This cannot be undone.</source>
        <translation>Negrįžtamai ištrinti visą šiukšlinės turinį iš šio kompiuterio? To nebus galima atšaukti.</translation>
    </message>
    <message>
        <source>Erased from this computer: {count}</source>
        <translation>Negrįžtamai ištrinta iš šio kompiuterio: {count}</translation>
    </message>
    <message>
        <source>For a support request: versions and sizes, never names or contents</source>
        <translation>Pagalbos užklausai: versijos ir dydžiai, niekada vardai ar turinys</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Eiti į sąra&amp;šą</translation>
    </message>
    <message>
        <source>Link this record to contacts, tools or practices</source>
        <translation>Susieti šį įrašą su kontaktais, priemonėmis ar praktikomis</translation>
    </message>
    <message>
        <source>Link “{title}” to…</source>
        <translation>Susieti „{title}“ su…</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <source>Move the selected records to the trash</source>
        <translation>Perkelti pažymėtus įrašus į šiukšlinę</translation>
    </message>
    <message>
        <source>Moved to the trash: {count}. Undo with Ctrl+Z.</source>
        <translation>Perkelta į šiukšlinę: {count}. Atšaukti – Ctrl+Z.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>set by the sync UI: fetch_attachment(sha256, then) downloads a file kept on the server</extracomment>
        <translation>Naršymas</translation>
    </message>
    <message>
        <source>No changes waiting to be shared</source>
        <translation>Nėra bendrinimo laukiančių pakeitimų</translation>
    </message>
    <message>
        <source>No saved searches yet. Type in the search box, then choose Save search under the filters.</source>
        <translation>Išsaugotų paieškų dar nėra. Rašykite paieškos laukelyje, tada po filtrais pasirinkite „Išsaugoti paiešką“.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Atk&amp;urti</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Grąžinti</translation>
    </message>
    <message>
        <source>Restored: {count}</source>
        <translation>Atkurta: {count}</translation>
    </message>
    <message>
        <source>RuralDesk</source>
        <extracomment>which collections a record of each collection can be linked to (both directions)</extracomment>
        <translation>RuralDesk</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Išsaugoti paiešką</translation>
    </message>
    <message>
        <source>Saved the search “{name}”</source>
        <translation>Paieška „{name}“ išsaugota</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Išsaugota „{title}“</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Ieškoti visur</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <extracomment>the middle pane: the list, or a view another module adds for a navigation node</extracomment>
        <translation>Ieškoti visur (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Pažymėti &amp;viską</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Rodyti &amp;žurnalo aplanką</translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation>Rodyti: {what}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sinchronizavimo būsena</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Šio įrašo nebėra.</translation>
    </message>
    <message>
        <source>The clipboard holds no file or picture to attach.</source>
        <translation>Mainų srityje nėra failo ar paveikslėlio, kurį būtų galima pridėti.</translation>
    </message>
    <message>
        <source>This file is not on this computer yet. It arrives with the next sync.</source>
        <translation>Šio failo dar nėra šiame kompiuteryje. Jis atkeliaus kito sinchronizavimo metu.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Šiukšlinė</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Created</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskusijos</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Rasta</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Paskutinis pakeitimas</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Išsaugotos paieškos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Laukia peržiūros</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Šiukšlinė</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <extracomment>the review list is a coordinator&apos;s (ui/review.py): whatsnew sets it from the member&apos;s role</extracomment>
        <translation>Naujienos</translation>
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
            <numerusform>%n pakeistas kontaktas</numerusform>
            <numerusform>%n pakeisti kontaktai</numerusform>
            <numerusform>%n pakeistų kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed practices</source>
        <translation>
            <numerusform>%n pakeista praktika</numerusform>
            <numerusform>%n pakeistos praktikos</numerusform>
            <numerusform>%n pakeistų praktikų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed tools</source>
        <translation>
            <numerusform>%n pakeista priemonė</numerusform>
            <numerusform>%n pakeistos priemonės</numerusform>
            <numerusform>%n pakeistų priemonių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontaktas</numerusform>
            <numerusform>%n kontaktai</numerusform>
            <numerusform>%n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited posts</source>
        <translation>
            <numerusform>%n pakeistas pranešimas</numerusform>
            <numerusform>%n pakeisti pranešimai</numerusform>
            <numerusform>%n pakeistų pranešimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n naujas kontaktas</numerusform>
            <numerusform>%n nauji kontaktai</numerusform>
            <numerusform>%n naujų kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new posts</source>
        <translation>
            <numerusform>%n naujas pranešimas</numerusform>
            <numerusform>%n nauji pranešimai</numerusform>
            <numerusform>%n naujų pranešimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new practices</source>
        <translation>
            <numerusform>%n nauja praktika</numerusform>
            <numerusform>%n naujos praktikos</numerusform>
            <numerusform>%n naujų praktikų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tools</source>
        <translation>
            <numerusform>%n nauja priemonė</numerusform>
            <numerusform>%n naujos priemonės</numerusform>
            <numerusform>%n naujų priemonių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n pranešimas</numerusform>
            <numerusform>%n pranešimai</numerusform>
            <numerusform>%n pranešimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation>
            <numerusform>%n praktika</numerusform>
            <numerusform>%n praktikos</numerusform>
            <numerusform>%n praktikų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records shared by others since your last review.</source>
        <translation>
            <numerusform>%n įrašą kiti bendrino nuo jūsų paskutinės peržiūros.</numerusform>
            <numerusform>%n įrašus kiti bendrino nuo jūsų paskutinės peržiūros.</numerusform>
            <numerusform>%n įrašų kiti bendrino nuo jūsų paskutinės peržiūros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n priemonė</numerusform>
            <numerusform>%n priemonės</numerusform>
            <numerusform>%n priemonių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n neskaitytas</numerusform>
            <numerusform>%n neskaityti</numerusform>
            <numerusform>%n neskaitytų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Attach files: {count}</source>
        <translation>Pridėti failų: {count}</translation>
    </message>
    <message>
        <source>Could not undo or redo: {error}</source>
        <extracomment>a write: runs on the writer thread, returns what changed and a value for on_done</extracomment>
        <translation>Nepavyko atšaukti ar grąžinti: {error}</translation>
    </message>
    <message>
        <source>Create {title}</source>
        <translation>Sukurti „{title}“</translation>
    </message>
    <message>
        <source>Delete records: {count}</source>
        <translation>Ištrinti įrašus: {count}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Ištrinti „{title}“</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Redaguoti „{title}“</translation>
    </message>
    <message>
        <source>Link {title}</source>
        <translation>Susieti „{title}“</translation>
    </message>
    <message>
        <source>Not undone: {fields} of “{title}” changed since, by someone else (it arrived with the last sync). Their value stays; edit it by hand if yours should win.</source>
        <translation>Neatšaukta: kažkas kitas per tą laiką pakeitė „{title}“ laukus {fields} (pakeitimas atkeliavo per paskutinį sinchronizavimą). Lieka jo reikšmė; jei turi galioti jūsų, redaguokite ranka.</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was moved to or from the trash by someone else since (it arrived with the last sync). It stays as it is.</source>
        <translation>Neatšaukta: kažkas kitas per tą laiką perkėlė „{title}“ į šiukšlinę arba iš jos (pakeitimas atkeliavo per paskutinį sinchronizavimą). Jis lieka toks, koks yra.</translation>
    </message>
    <message>
        <source>Remove attachment {name}</source>
        <translation>Pašalinti priedą {name}</translation>
    </message>
    <message>
        <source>Restore records: {count}</source>
        <translation>Atkurti įrašus: {count}</translation>
    </message>
    <message>
        <source>Restore {title}</source>
        <translation>Atkurti „{title}“</translation>
    </message>
    <message>
        <source>Unlink from {title}</source>
        <translation>Atsieti nuo „{title}“</translation>
    </message>
</context>
<context>
    <name>PeerSync</name>
    <message>
        <source>&amp;Computers offering sync nearby:</source>
        <translation>Netoliese esantys &amp;kompiuteriai, siūlantys sinchronizavimą:</translation>
    </message>
    <message>
        <source>&amp;Offer sync to a nearby computer…</source>
        <translation>&amp;Pasiūlyti sinchronizavimą netoliese esančiam kompiuteriui…</translation>
    </message>
    <message>
        <source>Address of this computer</source>
        <translation>Šio kompiuterio adresas</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Prisijungti ir sinchronizuoti</translation>
    </message>
    <message>
        <source>Choose a computer from the list, or type its address as shown on it (for example 192.168.1.20:40123).</source>
        <translation>Pasirinkite kompiuterį sąraše arba įveskite jo adresą, kaip jis rodomas tame kompiuteryje (pavyzdžiui, 192.168.1.20:40123).</translation>
    </message>
    <message>
        <source>Choose the computer that offers sync (Sync → Offer sync to a nearby computer… on it) and type the code it shows.</source>
        <translation>Pasirinkite sinchronizavimą siūlantį kompiuterį (jame: Sinchronizavimas → Pasiūlyti sinchronizavimą netoliese esančiam kompiuteriui…) ir įveskite jo rodomą kodą.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Jungiamasi…</translation>
    </message>
    <message>
        <source>If this computer is not listed there, connect by address: {address}</source>
        <translation>Jei šio kompiuterio ten nėra, prisijunkite pagal adresą: {address}</translation>
    </message>
    <message>
        <source>Let a computer of your group on the same network sync with this one, without the server or the internet</source>
        <translation>Leisti jūsų grupės kompiuteriui tame pačiame tinkle sinchronizuotis su šiuo be serverio ar interneto</translation>
    </message>
    <message>
        <source>Looking for computers of your group on this network…</source>
        <translation>Ieškoma jūsų grupės kompiuterių šiame tinkle…</translation>
    </message>
    <message>
        <source>Offer sync to a nearby computer</source>
        <translation>Pasiūlyti sinchronizavimą netoliese esančiam kompiuteriui</translation>
    </message>
    <message>
        <source>On the other computer (same Wi-Fi or phone hotspot, same group), choose Sync → Sync with a nearby computer…, pick this computer and type this code:</source>
        <translation>Kitame kompiuteryje (tas pats „Wi-Fi“ ar telefono prieigos taškas, ta pati grupė) pasirinkite Sinchronizavimas → Sinchronizuoti su netoliese esančiu kompiuteriu…, pasirinkite šį kompiuterį ir įveskite šį kodą:</translation>
    </message>
    <message>
        <source>Or connect by &amp;address:</source>
        <translation>Arba prisijungti pagal &amp;adresą:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Susiejimo ko&amp;das:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Susiejimo kodas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Eiga</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stabdyti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-applied.</source>
        <translation>Sustabdyta. Niekas nebuvo pritaikyta iki pusės.</translation>
    </message>
    <message>
        <source>Sync with a &amp;nearby computer…</source>
        <translation>Sinchronizuoti su netoliese esančiu kompiute&amp;riu…</translation>
    </message>
    <message>
        <source>Sync with a computer of your group that offers it on the same network</source>
        <translation>Sinchronizuoti su jūsų grupės kompiuteriu, kuris tai siūlo tame pačiame tinkle</translation>
    </message>
    <message>
        <source>Sync with a nearby computer</source>
        <translation>Sinchronizuoti su netoliese esančiu kompiuteriu</translation>
    </message>
    <message>
        <source>Synced with “{name}”: {received} changes received, {sent} sent.</source>
        <translation>Sinchronizuota su „{name}“: gauta pakeitimų: {received}, išsiųsta: {sent}.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed.</source>
        <translation>Tai ne tas kodas, kuris rodomas kitame kompiuteryje; niekas nepakeista.</translation>
    </message>
    <message>
        <source>That is not the code shown on the other computer; nothing was changed. Tries left: {count}.</source>
        <translation>Tai ne tas kodas, kuris rodomas kitame kompiuteryje; niekas nepakeista. Liko bandymų: {count}.</translation>
    </message>
    <message>
        <source>The code has six digits, as shown on the other computer.</source>
        <translation>Kodą sudaro šeši skaitmenys, kaip rodoma kitame kompiuteryje.</translation>
    </message>
    <message>
        <source>The connection to the other computer was lost ({reason}). Nothing was half-applied; try again.</source>
        <translation>Ryšys su kitu kompiuteriu nutrūko ({reason}). Niekas nebuvo pritaikyta iki pusės; bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The connection was lost before the end; nothing was half-applied. Still waiting for a computer of your group…</source>
        <translation>Ryšys nutrūko prieš pabaigą; niekas nebuvo pritaikyta iki pusės. Vis dar laukiama jūsų grupės kompiuterio…</translation>
    </message>
    <message>
        <source>The other computer answered in a way this version does not understand ({reason}). Nothing was changed.</source>
        <translation>Kitas kompiuteris atsakė taip, kaip ši versija nesupranta ({reason}). Niekas nepakeista.</translation>
    </message>
    <message>
        <source>The other computer belongs to another group; only computers of the same group can sync. Nothing was changed.</source>
        <translation>Kitas kompiuteris priklauso kitai grupei; sinchronizuotis gali tik tos pačios grupės kompiuteriai. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>The other computer stopped its offer after too many wrong codes. Ask for a new offer there; nothing was changed.</source>
        <translation>Kitas kompiuteris nutraukė savo pasiūlymą po per daug neteisingų kodų. Paprašykite ten naujo pasiūlymo; niekas nepakeista.</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: on the other computer, connect by address: {address}</source>
        <translation>Šis tinklas neleidžia kompiuteriams rasti vienas kito: kitame kompiuteryje prisijunkite pagal adresą: {address}</translation>
    </message>
    <message>
        <source>This network does not let computers find each other: type the address shown on the other computer.</source>
        <translation>Šis tinklas neleidžia kompiuteriams rasti vienas kito: įveskite kitame kompiuteryje rodomą adresą.</translation>
    </message>
    <message>
        <source>This workspace is not part of a group yet. Set up sync with your group server once (Sync → Set up sync…); after that it can sync with nearby computers too.</source>
        <translation>Ši darbo sritis dar nepriklauso grupei. Vieną kartą nustatykite sinchronizavimą su grupės serveriu (Sinchronizavimas → Nustatyti sinchronizavimą…); po to ji galės sinchronizuotis ir su netoliese esančiais kompiuteriais.</translation>
    </message>
    <message>
        <source>Waiting for a computer of your group…</source>
        <translation>Laukiama jūsų grupės kompiuterio…</translation>
    </message>
    <message>
        <source>{count} are kept until your next sync with the server, which knows the computer that signed them.</source>
        <translation>{count} laikomi iki kito sinchronizavimo su serveriu, kuris žino juos pasirašiusį kompiuterį.</translation>
    </message>
    <message>
        <source>{count} were refused (their signature did not check out).</source>
        <translation>{count} atmesti (jų parašas nepatikrintas).</translation>
    </message>
    <message>
        <source>“{name}” belongs to another group; it cannot sync with this computer. Still waiting…</source>
        <translation>„{name}“ priklauso kitai grupei; jis negali sinchronizuotis su šiuo kompiuteriu. Vis dar laukiama…</translation>
    </message>
    <message>
        <source>“{name}” connected; checking the code…</source>
        <translation>„{name}“ prisijungė; tikrinamas kodas…</translation>
    </message>
    <message>
        <source>“{name}” typed a wrong code; nothing was changed. Tries left: {count}.</source>
        <translation>„{name}“ įvedė neteisingą kodą; niekas nepakeista. Liko bandymų: {count}.</translation>
    </message>
    <message>
        <source>“{name}” typed the right code; syncing…</source>
        <translation>„{name}“ įvedė teisingą kodą; sinchronizuojama…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Įk&amp;lijuoti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Iškirpti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
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
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e visiems</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytuosius</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Išsaugoti viską</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Įk&amp;lijuoti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopijuoti &amp;saito adresą</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Iškirpti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Mark all as reviewed</source>
        <translation>Pažymėti &amp;viską kaip peržiūrėta</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>few columns: the pane beside the record is narrow at 150 % (the type is in the tool tip)</extracomment>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Pridėti &amp;pastabą…</translation>
    </message>
    <message>
        <source>Choose a record in the list first.</source>
        <translation>Pirmiausia pasirinkite įrašą sąraše.</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Paskutinis pakeitimas</translation>
    </message>
    <message>
        <source>Nothing to review: everything others shared has been reviewed.</source>
        <translation>Nėra ko peržiūrėti: viskas, ką kiti bendrino, peržiūrėta.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Peržiūrėtojo pastaba</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note: {note}</source>
        <translation>Peržiūrėtojo pastaba: {note}</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Bendrino</translation>
    </message>
    <message>
        <source>Shared records to review</source>
        <translation>Bendrinami įrašai, laukiantys peržiūros</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Laukia peržiūros</translation>
    </message>
    <message>
        <source>Write a reviewer&apos;s note on the chosen record</source>
        <translation>Rašyti peržiūrėtojo pastabą pasirinktam įrašui</translation>
    </message>
    <message>
        <source>Your note on “{title}” travels with the record to everyone in the group. Only coordinators can write it.</source>
        <translation>Jūsų pastaba apie „{title}“ keliauja kartu su įrašu pas visus grupės narius. Ją gali rašyti tik koordinatoriai.</translation>
    </message>
    <message>
        <source>{type}, last changed {when}</source>
        <translation>{type}, paskutinį kartą pakeista {when}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Could not load demo data: {error}</source>
        <translation>Nepavyko įkelti demonstracinių duomenų: {error}</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demonstraciniai duomenys įkelti.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <extracomment>startup.Opened: the replica and the lock that goes with it (set by ruraldesk.app); switch_workspace() replaces both</extracomment>
        <translation>Įkeliami demonstraciniai duomenys</translation>
    </message>
    <message>
        <source>Stopped loading demo data; what was loaded stays.</source>
        <translation>Demonstracinių duomenų įkėlimas sustabdytas; tai, kas įkelta, lieka.</translation>
    </message>
    <message>
        <source>The new data folder is used from the next start.</source>
        <translation>Naujas duomenų aplankas bus naudojamas nuo kito paleidimo.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Another RuralDesk window is already working on this workspace ({path}). Switch to that window, or close it and try again.</source>
        <translation>Kitas RuralDesk langas jau dirba su šia darbo sritimi ({path}). Pereikite į tą langą arba jį užverkite ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Choose a folder for your workspace</source>
        <translation>Pasirinkite aplanką savo darbo sričiai</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Pasirinkti kitą aplanką…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tęsti</translation>
    </message>
    <message>
        <source>Only {free} MB are free where your workspace is kept ({path}). RuralDesk may not be able to save your changes. Free some space (empty the computer&apos;s trash, remove large files), then continue.</source>
        <translation>Ten, kur laikoma jūsų darbo sritis ({path}), laisva tik {free} MB. RuralDesk gali nepavykti išsaugoti jūsų pakeitimų. Atlaisvinkite vietos (išvalykite kompiuterio šiukšlinę, pašalinkite didelius failus) ir tęskite.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Išeiti</translation>
    </message>
    <message>
        <source>RuralDesk is already open</source>
        <translation>RuralDesk jau atvertas</translation>
    </message>
    <message>
        <source>RuralDesk keeps your workspace in {folder}, but cannot write there ({reason}). Choose another folder you can write to, such as one in your documents.</source>
        <translation>RuralDesk laiko jūsų darbo sritį aplanke {folder}, bet negali ten rašyti ({reason}). Pasirinkite kitą aplanką, į kurį galite rašyti, pavyzdžiui, savo dokumentuose.</translation>
    </message>
    <message>
        <source>Show the backups</source>
        <translation>Rodyti atsargines kopijas</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <extracomment>below this much free space a warning comes before anything is written</extracomment>
        <translation>Duomenų aplanko negalima naudoti</translation>
    </message>
    <message>
        <source>The disk is almost full</source>
        <translation>Diskas beveik pilnas</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another folder you can write to.</source>
        <translation>Aplankas {folder} skirtas tik skaityti. Pasirinkite kitą aplanką, į kurį galite rašyti.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Darbo srities nepavyksta atverti</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Bandyti dar kartą</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>diskas pilnas</translation>
    </message>
    <message>
        <source>{problem}

RuralDesk keeps automatic backups of your workspace in {backups}. You can restore one by copying it over the damaged file.</source>
        <translation>{problem}

RuralDesk laiko automatines jūsų darbo srities atsargines kopijas aplanke {backups}. Galite atkurti vieną iš jų nukopijuodami ją vietoj sugadinto failo.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konfliktai…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the server…</source>
        <translation>&amp;Atsijungti nuo serverio…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupė:</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Grupė…</translation>
    </message>
    <message>
        <source>&amp;Invitation code:</source>
        <translation>&amp;Kvietimo kodas:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>passed on to the Transport (tests shorten the back-off) seconds the first question to the server may take, retries included callables(report) run on the UI thread after a sync that finished (ui/whatsnew.py)</extracomment>
        <translation>&amp;Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Prieigos raktas:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Jūsų vardas:</translation>
    </message>
    <message>
        <source>Attachment not here yet</source>
        <translation>Priedo dar nėra</translation>
    </message>
    <message>
        <source>Attachment not on the server</source>
        <translation>Priedo nėra serveryje</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Laukiantys pakeitimai: {count}</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Patikrinti ir išsaugoti</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tikrinama…</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konfliktai: {count}</translation>
    </message>
    <message>
        <source>Connected. Your token is kept in {where}.</source>
        <translation>Prisijungta. Jūsų prieigos raktas laikomas {where}.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Ryšio patikra</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Nepavyko atsisiųsti</translation>
    </message>
    <message>
        <source>Could not keep the token: {error}</source>
        <translation>Nepavyko išsaugoti prieigos rakto: {error}</translation>
    </message>
    <message>
        <source>Disconnect from the server</source>
        <translation>Atsijungti nuo serverio</translation>
    </message>
    <message>
        <source>Downloading the attachment</source>
        <translation>Atsisiunčiamas priedas</translation>
    </message>
    <message>
        <source>Enter the server address (starting with https://) and the group.</source>
        <translation>Įveskite serverio adresą (prasideda https://) ir grupę.</translation>
    </message>
    <message>
        <source>Enter the token your coordinator gave you.</source>
        <translation>Įveskite prieigos raktą, kurį jums davė koordinatorius.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer. Use Sync → Set up sync… to share it with your group.</source>
        <translation>Viskas išsaugota šiame kompiuteryje. Norėdami bendrinti su grupe, naudokite Sinchronizavimas → Nustatyti sinchronizavimą….</translation>
    </message>
    <message>
        <source>Group “{group}” at {url}</source>
        <translation>Grupė „{group}“ adresu {url}</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Kvietimo kodas</translation>
    </message>
    <message>
        <source>Joining the group…</source>
        <translation>Jungiamasi prie grupės…</translation>
    </message>
    <message>
        <source>Large change from the server</source>
        <translation>Didelis pakeitimas iš serverio</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Neišsaugota: {why}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Dar nesinchronizuota</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Neišspręsti konfliktai</translation>
    </message>
    <message>
        <source>Or, with a personal token:</source>
        <translation>Arba su asmeniniu prieigos raktu:</translation>
    </message>
    <message>
        <source>Paste the invitation code your coordinator sent you: it holds the server&apos;s address and the group. With a personal token instead, leave it empty and fill in the fields below. The token is kept in the system&apos;s password store when there is one, otherwise in a file only you can read.</source>
        <translation>Įklijuokite kvietimo kodą, kurį jums atsiuntė koordinatorius: jame yra serverio adresas ir grupė. Jei vietoj jo turite asmeninį prieigos raktą, palikite šį lauką tuščią ir užpildykite toliau esančius laukus. Prieigos raktas laikomas sistemos slaptažodžių saugykloje, jei tokia yra, kitaip – faile, kurį galite skaityti tik jūs.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Išspręsti…</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>Nu&amp;traukti sinchronizavimą</translation>
    </message>
    <message>
        <source>Send your changes to the group server and get everyone else&apos;s</source>
        <translation>Išsiųsti jūsų pakeitimus į grupės serverį ir gauti kitų pakeitimus</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Serverio &amp;adresas:</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>&amp;Nustatyti sinchronizavimą…</translation>
    </message>
    <message>
        <source>Set up sync</source>
        <translation>Nustatyti sinchronizavimą</translation>
    </message>
    <message>
        <source>Stop syncing this workspace with the group server? Your records stay on this computer; changes not yet sent stay waiting. You can set up sync again later.</source>
        <translation>Nutraukti šios darbo srities sinchronizavimą su grupės serveriu? Jūsų įrašai lieka šiame kompiuteryje; dar neišsiųsti pakeitimai toliau laukia. Sinchronizavimą vėliau galėsite nustatyti iš naujo.</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>Sinchronizuojama… {stage}</translation>
    </message>
    <message>
        <source>The group server does not have this file yet: the person who attached it has not synced since.</source>
        <translation>Grupės serveris dar neturi šio failo: jį pridėjęs asmuo nuo to laiko nesinchronizavo.</translation>
    </message>
    <message>
        <source>The group server refused a change to this record ({fields}).</source>
        <translation>Grupės serveris atmetė šio įrašo pakeitimą ({fields}).</translation>
    </message>
    <message>
        <source>The group server&apos;s changes would move {deletes} records to the trash, erase {erasures} and change {overwrites} — {total} of your {records} records ({share}).

This can be right (someone tidied up the shared records) or a mistake. Apply these changes now?</source>
        <translation>Grupės serverio pakeitimai perkeltų į šiukšlinę {deletes} įrašus, negrįžtamai ištrintų {erasures} ir pakeistų {overwrites} – iš viso {total} iš jūsų {records} įrašų ({share}).

Tai gali būti teisinga (kažkas sutvarkė bendrus įrašus) arba klaida. Taikyti šiuos pakeitimus dabar?</translation>
    </message>
    <message>
        <source>The group&apos;s members; for coordinators, invitations, roles and people&apos;s data requests</source>
        <translation>Grupės nariai; koordinatoriams – kvietimai, vaidmenys ir asmenų duomenų prašymai</translation>
    </message>
    <message>
        <source>This file is not on this computer, and this workspace is not connected to a group server.</source>
        <translation>Šio failo nėra šiame kompiuteryje, o ši darbo sritis neprijungta prie grupės serverio.</translation>
    </message>
    <message>
        <source>This record is in conflict ({fields}): two people changed it at once.</source>
        <translation>Šiame įraše yra konfliktas ({fields}): du žmonės jį pakeitė tuo pačiu metu.</translation>
    </message>
    <message>
        <source>This workspace holds demo data. Demo data is fictional and never leaves this computer, so it cannot be shared with your group.

Use a new, empty workspace for your group&apos;s records? The demo workspace stays as it is.</source>
        <translation>Šioje darbo srityje yra demonstraciniai duomenys. Demonstraciniai duomenys yra išgalvoti ir niekada nepalieka šio kompiuterio, todėl jų negalima bendrinti su jūsų grupe.

Naudoti naują, tuščią darbo sritį jūsų grupės įrašams? Demonstracinė darbo sritis lieka tokia, kokia yra.</translation>
    </message>
    <message>
        <source>Up to date · {when}</source>
        <translation>Atnaujinta · {when}</translation>
    </message>
    <message>
        <source>Working offline: no group server connected</source>
        <translation>Dirbama neprisijungus: grupės serveris neprijungtas</translation>
    </message>
    <message>
        <source>You are now in the new, empty workspace “{name}”. The demo workspace stays as it is.</source>
        <translation>Dabar esate naujoje, tuščioje darbo srityje „{name}“. Demonstracinė darbo sritis lieka tokia, kokia yra.</translation>
    </message>
    <message>
        <source>a file only you can read ({path})</source>
        <translation>faile, kurį galite skaityti tik jūs ({path})</translation>
    </message>
    <message>
        <source>checking the server</source>
        <translation>tikrinamas serveris</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>nepavyko pasiekti serverio</translation>
    </message>
    <message>
        <source>could not reach the server: {reason}</source>
        <translation>nepavyko pasiekti serverio: {reason}</translation>
    </message>
    <message>
        <source>enter a new token under Sync → Set up sync…</source>
        <translation>įveskite naują prieigos raktą per Sinchronizavimas → Nustatyti sinchronizavimą…</translation>
    </message>
    <message>
        <source>kept from before; type to replace it</source>
        <translation>paliktas iš anksčiau; įveskite, kad pakeistumėte</translation>
    </message>
    <message>
        <source>last synced at {time}</source>
        <translation>paskutinį kartą sinchronizuota {time}</translation>
    </message>
    <message>
        <source>optional: your name as the group knows it</source>
        <translation>nebūtina: jūsų vardas, kaip jį žino grupė</translation>
    </message>
    <message>
        <source>press F5 to try again</source>
        <translation>paspauskite F5, kad bandytumėte dar kartą</translation>
    </message>
    <message>
        <source>receiving attachments</source>
        <translation>gaunami priedai</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>gaunami pakeitimai</translation>
    </message>
    <message>
        <source>saving what arrived</source>
        <translation>išsaugoma tai, kas atkeliavo</translation>
    </message>
    <message>
        <source>sending attachments</source>
        <translation>siunčiami priedai</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>siunčiami pakeitimai</translation>
    </message>
    <message>
        <source>set up sync in a new, empty workspace</source>
        <translation>nustatykite sinchronizavimą naujoje, tuščioje darbo srityje</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>kažkas nepavyko</translation>
    </message>
    <message>
        <source>something went wrong ({reason}); the details are in the log</source>
        <translation>kažkas nepavyko ({reason}); išsami informacija – žurnale</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stabdoma</translation>
    </message>
    <message>
        <source>the server did not accept this token for this group; check it, or ask your coordinator for a new one</source>
        <translation>serveris nepriėmė šio prieigos rakto šiai grupei; patikrinkite jį arba paprašykite koordinatoriaus naujo</translation>
    </message>
    <message>
        <source>the server did not accept your token</source>
        <translation>serveris nepriėmė jūsų prieigos rakto</translation>
    </message>
    <message>
        <source>the server did not accept your token; ask your coordinator for a new one and enter it under Sync → Set up sync…</source>
        <translation>serveris nepriėmė jūsų prieigos rakto; paprašykite koordinatoriaus naujo ir įveskite jį per Sinchronizavimas → Nustatyti sinchronizavimą…</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>serveris atmetė užklausą</translation>
    </message>
    <message>
        <source>the server refused the request: {reason}</source>
        <translation>serveris atmetė užklausą: {reason}</translation>
    </message>
    <message>
        <source>the system&apos;s password store</source>
        <translation>sistemos slaptažodžių saugykloje</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never leaves this computer; set up sync in a new, empty workspace</source>
        <translation>šioje darbo srityje yra demonstraciniai duomenys, kurie niekada nepalieka šio kompiuterio; nustatykite sinchronizavimą naujoje, tuščioje darbo srityje</translation>
    </message>
    <message>
        <source>this workspace holds demo data, which never syncs</source>
        <translation>šioje darbo srityje yra demonstraciniai duomenys, kurie niekada nesinchronizuojami</translation>
    </message>
    <message>
        <source>trying again at {time}</source>
        <translation>bus bandoma dar kartą {time}</translation>
    </message>
    <message>
        <source>you chose not to apply the server&apos;s large change</source>
        <translation>jūs nusprendėte netaikyti didelio serverio pakeitimo</translation>
    </message>
    <message>
        <source>you stopped it</source>
        <translation>jūs jį sustabdėte</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} iš {total}</translation>
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
        <translation>Agroekologija</translation>
    </message>
    <message>
        <source>Co-design with authorities</source>
        <translation>Bendra kūryba su valdžios institucijomis</translation>
    </message>
    <message>
        <source>Community transport</source>
        <translation>Bendruomenės transportas</translation>
    </message>
    <message>
        <source>Digital platform cooperatives</source>
        <translation>Skaitmeninių platformų kooperatyvai</translation>
    </message>
    <message>
        <source>Education and services</source>
        <translation>Švietimas ir paslaugos</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energetika</translation>
    </message>
    <message>
        <source>Energy communities</source>
        <translation>Energetikos bendrijos</translation>
    </message>
    <message>
        <source>Enterprise development and employment</source>
        <translation>Verslo plėtra ir užimtumas</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Sveikatos priežiūra</translation>
    </message>
    <message>
        <source>Local entrepreneurship</source>
        <translation>Vietos verslumas</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Judumas</translation>
    </message>
    <message>
        <source>Policy and legal frameworks</source>
        <translation>Politikos ir teisinė sistema</translation>
    </message>
    <message>
        <source>Short food supply chains</source>
        <translation>Trumposios maisto tiekimo grandinės</translation>
    </message>
    <message>
        <source>Social inclusion</source>
        <translation>Socialinė įtrauktis</translation>
    </message>
    <message>
        <source>Solidarity networks</source>
        <translation>Solidarumo tinklai</translation>
    </message>
    <message>
        <source>Sustainable agriculture and food</source>
        <translation>Tvarus žemės ūkis ir maistas</translation>
    </message>
    <message>
        <source>Work integration</source>
        <translation>Darbo integracija</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>&amp;Back up the workspace to a file…</source>
        <translation>Darbo srities &amp;atsarginė kopija į failą…</translation>
    </message>
    <message>
        <source>&amp;Contacts to merge (ticked):</source>
        <translation>&amp;Sujungtini kontaktai (pažymėti):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Šalis:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Koduotė:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Ištrinti negrįžtamai</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formatas:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupės:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>&quot;(detected)&quot; marks what the detector said, not whatever the file was read again with</extracomment>
        <translation>&amp;Importuoti</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>the CSV export&apos;s BOM choice is remembered for the session</extracomment>
        <translation>&amp;Importuoti…</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Palikti:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sujungti</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>&amp;Atverti kontaktą</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Atverti įrašą</translation>
    </message>
    <message>
        <source>&amp;Practice sheet…</source>
        <translation>&amp;Praktikos aprašas…</translation>
    </message>
    <message>
        <source>&amp;Read it this way</source>
        <translation>&amp;Skaityti šitaip</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>Į&amp;rašai:</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup file…</source>
        <translation>Atk&amp;urti iš atsarginės kopijos failo…</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Skyriklis:</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Naudoti šią šalį</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(aptikta)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(neperskaitoma)</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nėra ko palyginti)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {size}, {count} columns</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {size}, stulpelių: {count}</translation>
    </message>
    <message>
        <source>A .vcf file that address books and phones can read.</source>
        <translation>.vcf failas, kurį gali perskaityti adresų knygos ir telefonai.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace, and this one already holds {practices} practices, {contacts} contacts and {tools} tools. Nothing was changed.

To restore, choose a new, empty data folder under File → Settings, restart RuralDesk, and restore there.</source>
        <translation>Atsarginę kopiją galima atkurti tik į tuščią darbo sritį, o šioje jau yra praktikų ({practices}), kontaktų ({contacts}) ir priemonių ({tools}). Niekas nepakeista.

Norėdami atkurti, per Failas → Nustatymai pasirinkite naują, tuščią duomenų aplanką, iš naujo paleiskite RuralDesk ir atkurkite ten.</translation>
    </message>
    <message>
        <source>A printable sheet (PDF or Markdown) of the practice shown, or of several</source>
        <translation>Spausdinamas aprašas (PDF ar Markdown) apie rodomą praktiką arba kelias</translation>
    </message>
    <message>
        <source>A sheet to print or share: the key facts, what was done, what was learned, and who to ask. Headings are in each practice&apos;s language.</source>
        <translation>Aprašas spausdinti ar bendrinti: pagrindiniai faktai, kas padaryta, ko išmokta ir į ką kreiptis. Antraštės pateikiamos kiekvienos praktikos kalba.</translation>
    </message>
    <message>
        <source>A sync is running. Wait until it has finished, then restore again.</source>
        <translation>Vyksta sinchronizavimas. Palaukite, kol jis baigsis, ir bandykite atkurti dar kartą.</translation>
    </message>
    <message>
        <source>Attachments not on this computer (kept on the group server) are not in the backup: {count}.</source>
        <translation>Priedai, kurių nėra šiame kompiuteryje (jie laikomi grupės serveryje), į atsarginę kopiją neįtraukti: {count}.</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Sukurti darbo srities atsarginę kopiją</translation>
    </message>
    <message>
        <source>Backed up {records} records and {files} attachment files to {path}.</source>
        <translation>Atsarginė kopija sukurta: {records} įrašai ir {files} priedų failai, {path}.</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Kuriama atsarginė kopija: {name}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Atsarginė kopija sukurta</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Atsarginė kopija atkurta</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Atsarginės kopijos (*.zip)</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>Atsarginės kopijos (*.zip);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Bring a backup back into an empty workspace</source>
        <translation>Atkurti atsarginę kopiją į tuščią darbo sritį</translation>
    </message>
    <message>
        <source>Bring in contacts, practices or tools from a CSV/TSV table or a vCard file</source>
        <translation>Įkelti kontaktus, praktikas ar priemones iš CSV/TSV lentelės arba vCard failo</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV lentelės (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortelė</translation>
    </message>
    <message>
        <source>Cards read: {count}</source>
        <translation>Perskaityta kortelių: {count}</translation>
    </message>
    <message>
        <source>Cards with a problem: {count}</source>
        <translation>Kortelių su problema: {count}</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Tikrinama: {name}</translation>
    </message>
    <message>
        <source>Choose the encoding</source>
        <translation>Pasirinkti koduotę</translation>
    </message>
    <message>
        <source>Choose the field each column goes into, or leave it out.</source>
        <translation>Pasirinkite lauką kiekvienam stulpeliui arba jį praleiskite.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Stulpelis</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stulpelis faile</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Neimportuoti stulpeliai: {columns}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Failo stulpeliai</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Kablelis ( , )</translation>
    </message>
    <message>
        <source>Contact to keep</source>
        <translation>Paliekamas kontaktas</translation>
    </message>
    <message>
        <source>Contacts that look like the same person or organisation, to merge</source>
        <translation>Kontaktai, kurie atrodo kaip tas pats asmuo ar organizacija, sujungti</translation>
    </message>
    <message>
        <source>Contacts to merge</source>
        <translation>Sujungtini kontaktai</translation>
    </message>
    <message>
        <source>Country of the phone numbers</source>
        <translation>Telefono numerių šalis</translation>
    </message>
    <message>
        <source>Delete the contact for good, everywhere, and list the mentions to review</source>
        <translation>Negrįžtamai ištrinti kontaktą visur ir išvardyti tikrintinus paminėjimus</translation>
    </message>
    <message>
        <source>Double-click to open the contact already here</source>
        <translation>Dukart spustelėkite, kad atvertumėte jau esamą kontaktą</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Pasikartojantys kontaktai</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>Ištrinti šį asmenį &amp;negrįžtamai…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>&amp;Eksportuoti viską apie šį asmenį…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Ištrinti negrįžtamai</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Ištrinti šį asmenį negrįžtamai</translation>
    </message>
    <message>
        <source>Erase “{name}” and everything held about them?</source>
        <translation>Negrįžtamai ištrinti „{name}“ ir viską, kas apie šį asmenį saugoma?</translation>
    </message>
    <message>
        <source>Erasing {name}</source>
        <translation>Negrįžtamai trinama: {name}</translation>
    </message>
    <message>
        <source>Every contact in the list ({count})</source>
        <translation>Visi sąrašo kontaktai ({count})</translation>
    </message>
    <message>
        <source>Every practice in the list ({count}), in one document</source>
        <translation>Visos sąrašo praktikos ({count}) viename dokumente</translation>
    </message>
    <message>
        <source>Every row must be right before anything is imported. Fix these rows in the file and import it again, or import only the valid rows.</source>
        <translation>Prieš importuojant visos eilutės turi būti teisingos. Pataisykite šias eilutes faile ir importuokite jį iš naujo arba importuokite tik tinkamas eilutes.</translation>
    </message>
    <message>
        <source>Everything about “{name}” was saved to {path}</source>
        <translation>Viskas apie „{name}“ išsaugota: {path}</translation>
    </message>
    <message>
        <source>Everything in this workspace, attachments included, in one file</source>
        <translation>Viskas, kas yra šioje darbo srityje, įskaitant priedus, viename faile</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Pavyzdys</translation>
    </message>
    <message>
        <source>Excel on Windows shows accented letters correctly only with this mark</source>
        <translation>„Excel“ sistemoje „Windows“ raides su diakritiniais ženklais teisingai rodo tik su šia žyme</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Eksportuoti kontaktus &amp;vCard formatu…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Eksportuoti kontaktus vCard formatu</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Eksportuoti viską apie šį asmenį</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Eksportuoti sąrašą &amp;CSV formatu…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Eksportuoti sąrašą CSV formatu</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksportuoti:</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}</source>
        <translation>Eksportuota kontaktų: {count}, į {path}</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>Eksportuota įrašų: {count}, į {path}</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Eksportuojama: {name}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Importuojamas failas</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Rasti &amp;dubliuotus kontaktus…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Rasta</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Tikėtinų dublikatų grupės</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuoti</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importuoti &amp;kaip:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importuoti lentelę</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Importavimo informacija</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Importavimo pastebėjimai</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importuoti į</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importavimo ataskaita</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importavimo rezultatas</translation>
    </message>
    <message>
        <source>Import the column “{name}” into</source>
        <translation>Importuoti stulpelį „{name}“ į</translation>
    </message>
    <message>
        <source>Import the rows without a problem and leave the others out</source>
        <translation>Importuoti eilutes be problemų ir praleisti kitas</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Importuoti tik tinkamas eilutes</translation>
    </message>
    <message>
        <source>Import the valid rows only ({count})</source>
        <translation>Importuoti tik tinkamas eilutes ({count})</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importuota: {count}</translation>
    </message>
    <message>
        <source>Imported: {count} {what}.</source>
        <translation>Importuota: {count} {what}.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importuojama: {name}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>Nepavyko: {reason}</translation>
    </message>
    <message>
        <source>Its links are removed from {count} linked records.</source>
        <translation>Jo saitai pašalinami iš susietų įrašų ({count}).</translation>
    </message>
    <message>
        <source>Its past values are scrubbed from the history of changes.</source>
        <translation>Ankstesnės jo reikšmės ištrinamos iš pakeitimų istorijos.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON failai (*.json)</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts</source>
        <translation>Ieškoma pasikartojančių kontaktų</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Panašus į</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown tekstas</translation>
    </message>
    <message>
        <source>Mentions of the person&apos;s name, e-mails or phones in other records&apos; text are not changed: you get a list of them to review afterwards.</source>
        <translation>Asmens vardo, el. pašto adresų ar telefonų paminėjimai kitų įrašų tekste nekeičiami: vėliau gausite jų sąrašą patikrinti.</translation>
    </message>
    <message>
        <source>Mentions to review</source>
        <translation>Tikrintini paminėjimai</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Sujungti kontaktus</translation>
    </message>
    <message>
        <source>Merge the ticked contacts into the one kept</source>
        <translation>Sujungti pažymėtus kontaktus į paliekamą</translation>
    </message>
    <message>
        <source>Merged {count} contacts into one; records relinked: {relinked}.</source>
        <translation>Sujungta kontaktų į vieną: {count}; iš naujo susieta įrašų: {relinked}.</translation>
    </message>
    <message>
        <source>Names as {encoding} reads them</source>
        <translation>Vardai, kaip juos skaito {encoding}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Atsarginė kopija nesukurta: {reason}</translation>
    </message>
    <message>
        <source>No column goes into a field yet: choose at least one.</source>
        <translation>Dar nė vienas stulpelis nepriskirtas laukui: pasirinkite bent vieną.</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Tikėtinų dublikatų nėra</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Tikėtinų dublikatų nerasta.</translation>
    </message>
    <message>
        <source>No other record links to it.</source>
        <translation>Jokie kiti įrašai su juo nesusieti.</translation>
    </message>
    <message>
        <source>No phone region is set for this workspace.</source>
        <translation>Šiai darbo sričiai nenustatytas telefono numerių regionas.</translation>
    </message>
    <message>
        <source>Not imported ({count})</source>
        <translation>Neimportuota ({count})</translation>
    </message>
    <message>
        <source>Not imported: no country was chosen for the phone numbers of {name}. Nothing was changed.</source>
        <translation>Neimportuota: {name} telefono numeriams nepasirinkta šalis. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>Not imported: no encoding was chosen for {name}. Nothing was changed.</source>
        <translation>Neimportuota: {name} nepasirinkta koduotė. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>Not set (asked when needed)</source>
        <translation>Nenustatyta (klausiama prireikus)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Niekas nebuvo negrįžtamai ištrinta: {reason}</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Niekas nebuvo eksportuota: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Niekas nebuvo importuota.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no records.</source>
        <translation>Niekas nebuvo importuota: faile nėra įrašų.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Niekas nebuvo importuota: {reason}</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Niekas nebuvo atkurta: {reason}</translation>
    </message>
    <message>
        <source>Only the valid rows were imported; the rows below were left out.</source>
        <translation>Importuotos tik tinkamos eilutės; toliau nurodytos eilutės praleistos.</translation>
    </message>
    <message>
        <source>Open the highlighted contact</source>
        <translation>Atverti paryškintą kontaktą</translation>
    </message>
    <message>
        <source>Open the highlighted record</source>
        <translation>Atverti paryškintą įrašą</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF dokumentas</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code</source>
        <translation>Telefono numeriai be šalies kodo</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as {country}.</source>
        <translation>Telefono numeriai be šalies kodo skaitomi kaip: {country}.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Telefono numerių regionas</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Galimi dublikatai</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Galimi dublikatai ({count})</translation>
    </message>
    <message>
        <source>Possibly already here: {count} (see “Possible duplicates”)</source>
        <translation>Galbūt jau yra: {count} (žr. „Galimi dublikatai“)</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>Praktikos aprašas</translation>
    </message>
    <message>
        <source>Practice sheets written: {count}, in {path}</source>
        <translation>Parašyta praktikų aprašų: {count}, {path}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Importavimo peržiūra</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Peržiūros suvestinė</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemos ({count})</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Savybė</translation>
    </message>
    <message>
        <source>Read as {encoding}</source>
        <translation>Skaityti kaip {encoding}</translation>
    </message>
    <message>
        <source>Read as: {preset}</source>
        <translation>Perskaityta kaip: {preset}</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Failas skaitomas iš naujo…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Skaitoma: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Parengta</translation>
    </message>
    <message>
        <source>Recognised export</source>
        <translation>Atpažintas eksportas</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;{preset}&lt;/b&gt;. Its columns are matched below; check them before importing.</source>
        <translation>Atpažinta: &lt;b&gt;{preset}&lt;/b&gt;. Jo stulpeliai susieti toliau; prieš importuodami juos patikrinkite.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Atkurti iš atsarginės kopijos failo</translation>
    </message>
    <message>
        <source>Restore {count} records from {name} (made on {date}) into this empty workspace?</source>
        <translation>Atkurti {count} įrašus iš {name} (sukurta {date}) į šią tuščią darbo sritį?</translation>
    </message>
    <message>
        <source>Restored {records} records and {files} attachment files from {name}.</source>
        <translation>Atkurta {records} įrašų ir {files} priedų failų iš {name}.</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Atkuriama: {name}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; all ready to import.</source>
        <translation>Peržiūrėta eilučių: {count}; visos parengtos importuoti.</translation>
    </message>
    <message>
        <source>Rows previewed: {count}; with a problem: {bad}. Fix them in the file, or change the columns above.</source>
        <translation>Peržiūrėta eilučių: {count}; su problema: {bad}. Pataisykite jas faile arba pakeiskite stulpelius aukščiau.</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>Perskaityta eilučių: {count}</translation>
    </message>
    <message>
        <source>Rows with a problem: {count}</source>
        <translation>Eilučių su problema: {count}</translation>
    </message>
    <message>
        <source>Save the list shown, with its columns and filters, as a table</source>
        <translation>Išsaugoti rodomą sąrašą su jo stulpeliais ir filtrais kaip lentelę</translation>
    </message>
    <message>
        <source>Save the selected contacts, or the whole list, for an address book or a phone</source>
        <translation>Išsaugoti pažymėtus kontaktus arba visą sąrašą adresų knygai ar telefonui</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Kabliataškis ( ; )</translation>
    </message>
    <message>
        <source>Show a contact first.</source>
        <translation>Pirmiausia parodykite kontaktą.</translation>
    </message>
    <message>
        <source>Show a practice, or the list of practices, to make sheets of them.</source>
        <translation>Parodykite praktiką arba praktikų sąrašą, kad iš jų sukurtumėte aprašus.</translation>
    </message>
    <message>
        <source>Show the contacts (or search for some) and select the ones to export.</source>
        <translation>Parodykite kontaktus (arba jų paieškokite) ir pažymėkite eksportuotinus.</translation>
    </message>
    <message>
        <source>Stopped: {what}. Nothing was changed.</source>
        <translation>Sustabdyta: {what}. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabuliacija</translation>
    </message>
    <message>
        <source>Tables and address books (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Lentelės ir adresų knygos (*.csv *.tsv *.tab *.txt *.vcf *.vcard);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekstas</translation>
    </message>
    <message>
        <source>The choice can still be changed under “Encoding” in the next step.</source>
        <translation>Pasirinkimą dar galima pakeisti kitame žingsnyje, skiltyje „Koduotė“.</translation>
    </message>
    <message>
        <source>The contact is deleted from this computer for good: not to the trash, and it cannot be undone.</source>
        <translation>Kontaktas negrįžtamai ištrinamas iš šio kompiuterio: jis nepatenka į šiukšlinę, ir to negalima atšaukti.</translation>
    </message>
    <message>
        <source>The contact, its history and every record linked to or mentioning it, as JSON</source>
        <translation>Kontaktas, jo istorija ir visi su juo susieti ar jį minintys įrašai, JSON formatu</translation>
    </message>
    <message>
        <source>The contacts were not exported: {reason}</source>
        <translation>Kontaktai neeksportuoti: {reason}</translation>
    </message>
    <message>
        <source>The contacts were not merged: {reason}</source>
        <translation>Kontaktai nesujungti: {reason}</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, for this workspace</source>
        <translation>Šalis, kuriai priklauso be šalies kodo užrašyti telefono numeriai, šioje darbo srityje</translation>
    </message>
    <message>
        <source>The file cannot be previewed: {reason}</source>
        <translation>Failo peržiūra negalima: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read that way: {reason}</source>
        <translation>Failo negalima perskaityti šitaip: {reason}</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with a problem are marked; the import stops if any row of the file has one.</source>
        <translation>Pirmosios eilutės taip, kaip jos bus išsaugotos. Eilutės su problema pažymėtos; importavimas sustabdomas, jei bent vienoje failo eilutėje yra problema.</translation>
    </message>
    <message>
        <source>The letters of {name} can be read in more than one way, and we cannot tell which is right. Choose the column where the names are written correctly.</source>
        <translation>{name} raides galima perskaityti daugiau nei vienu būdu, ir negalime nustatyti, kuris teisingas. Pasirinkite stulpelį, kuriame vardai parašyti teisingai.</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>Sąrašas neeksportuotas: {reason}</translation>
    </message>
    <message>
        <source>The phone region was not saved: {reason}</source>
        <translation>Telefono numerių regionas neišsaugotas: {reason}</translation>
    </message>
    <message>
        <source>The practice shown: {title}</source>
        <translation>Rodoma praktika: {title}</translation>
    </message>
    <message>
        <source>The records the search found, with the columns the list shows for their type.</source>
        <translation>Paieškos rasti įrašai su stulpeliais, kuriuos sąrašas rodo jų tipui.</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {reason}</source>
        <translation>Dublikatų paieška sustabdyta: {reason}</translation>
    </message>
    <message>
        <source>The search found nothing to export.</source>
        <translation>Paieška nerado nieko, ką būtų galima eksportuoti.</translation>
    </message>
    <message>
        <source>The selected contacts ({count})</source>
        <translation>Pažymėti kontaktai ({count})</translation>
    </message>
    <message>
        <source>The selected practices ({count}), in one document</source>
        <translation>Pažymėtos praktikos ({count}) viename dokumente</translation>
    </message>
    <message>
        <source>The sheet was not written: {reason}</source>
        <translation>Aprašas neparašytas: {reason}</translation>
    </message>
    <message>
        <source>The trash cannot be exported. Choose practices, contacts, tools or themes.</source>
        <translation>Šiukšlinės negalima eksportuoti. Pasirinkite praktikas, kontaktus, priemones ar temas.</translation>
    </message>
    <message>
        <source>These contacts look like the same person or organisation. Merging keeps one contact, fills its empty fields from the others, moves every link and attachment to it, and moves the others to the trash (restorable).</source>
        <translation>Šie kontaktai atrodo kaip tas pats asmuo ar organizacija. Sujungiant paliekamas vienas kontaktas, jo tušti laukai užpildomi iš kitų, į jį perkeliami visi saitai ir priedai, o kiti perkeliami į šiukšlinę (juos galima atkurti).</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Šio failo negalima importuoti: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Šio failo negalima atkurti: {reason}</translation>
    </message>
    <message>
        <source>This is asked once and kept for the workspace; File → Settings changes it. Numbers with a country code, and rows that name a country, are read as they are.</source>
        <translation>Tai klausiama vieną kartą ir išsaugoma darbo sričiai; pakeisti galima per Failas → Nustatymai. Numeriai su šalies kodu ir eilutės, kuriose nurodyta šalis, skaitomi tokie, kokie yra.</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Šioje eilutėje yra problema</translation>
    </message>
    <message>
        <source>This workspace is not shared with a group server; copies elsewhere (backups, exports) are not touched.</source>
        <translation>Ši darbo sritis nebendrinama per grupės serverį; kopijos kitur (atsarginės kopijos, eksportai) nepaliečiamos.</translation>
    </message>
    <message>
        <source>This workspace is shared: the erasure is sent to the group server at the next sync, and every member&apos;s copy erases it too.</source>
        <translation>Ši darbo sritis bendrinama: negrįžtamas ištrynimas per kitą sinchronizavimą išsiunčiamas į grupės serverį, ir kiekvieno nario kopijoje jis taip pat ištrinamas.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM, for Excel</source>
        <translation>UTF-8 su &amp;BOM, skirta Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>the collections a table can be imported into</extracomment>
        <translation>UTF-8 su BOM</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, for Excel</source>
        <translation>UTF-8 su BOM, skirta Excel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Reikšmė</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertikali juosta ( | )</translation>
    </message>
    <message>
        <source>Wait until the work in progress (an import, an export) has finished, then restore again.</source>
        <translation>Palaukite, kol baigsis vykdomas darbas (importavimas, eksportavimas), ir bandykite atkurti dar kartą.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Įspėjimai ({count})</translation>
    </message>
    <message>
        <source>What erasing does</source>
        <translation>Ką daro negrįžtamas ištrynimas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Kodėl jie panašūs</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Priežastis: {reasons}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Rašoma: {name}</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stulpelis {number}</translation>
    </message>
    <message>
        <source>created {date}</source>
        <translation>sukurta {date}</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faksas</translation>
    </message>
    <message>
        <source>home</source>
        <translation>namų</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilusis</translation>
    </message>
    <message>
        <source>other</source>
        <translation>kita</translation>
    </message>
    <message>
        <source>practice-sheets</source>
        <translation>praktiku-aprasai</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>šis failas</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones)</source>
        <translation>vCard 3.0 (senesni telefonai)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard failai (*.vcf)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>darbo</translation>
    </message>
    <message>
        <source>{name} holds phone numbers without a country code (such as “{example}”) on rows that name no country. In which country are they?</source>
        <translation>{name} yra telefono numerių be šalies kodo (pvz., „{example}“) eilutėse, kuriose nenurodyta šalis. Kuriai šaliai jie priklauso?</translation>
    </message>
    <message>
        <source>{name} — {details}</source>
        <translation>{name} — {details}</translation>
    </message>
    <message>
        <source>{what}: every record the list shows ({count}), with its filters, its order and the columns shown.</source>
        <translation>{what}: visi sąraše rodomi įrašai ({count}) su jo filtrais, rikiavimu ir rodomais stulpeliais.</translation>
    </message>
    <message>
        <source>{what}: {count} found</source>
        <translation>{what}: rasta {count}</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— praleisti —</translation>
    </message>
    <message>
        <source>“{name}” was erased.</source>
        <translation>„{name}“ negrįžtamai ištrintas.</translation>
    </message>
    <message>
        <source>“{name}” was erased. No other record mentions them in its text.</source>
        <translation>„{name}“ negrįžtamai ištrintas. Joks kitas įrašas savo tekste šio asmens nemini.</translation>
    </message>
    <message>
        <source>“{name}” was erased. These records still mention them in their text. Open each one and remove or reword the mention where it is personal data.</source>
        <translation>„{name}“ negrįžtamai ištrintas. Šie įrašai vis dar mini šį asmenį savo tekste. Atverkite kiekvieną ir pašalinkite arba perrašykite paminėjimą, jei tai asmens duomenys.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the currency of the funding amount</source>
        <translation>Nurodykite finansavimo sumos valiutą</translation>
    </message>
    <message>
        <source>Region {value} is not in {country}</source>
        <translation>Regionas {value} nėra šalyje {country}</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Pabaigos data yra ankstesnė už pradžios datą</translation>
    </message>
    <message>
        <source>Unknown field “{value}”</source>
        <translation>Nežinomas laukas „{value}“</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label}: reikšmė negali būti neigiama</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}: laukas privalomas</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters, at most {limit})</source>
        <translation>{label}: reikšmė per ilga ({length} simb., daugiausia {limit})</translation>
    </message>
    <message>
        <source>{label} must be a list</source>
        <translation>{label}: reikšmė turi būti sąrašas</translation>
    </message>
    <message>
        <source>{label} must be a list of text</source>
        <translation>{label}: reikšmė turi būti tekstų sąrašas</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”</source>
        <translation>{label}: reikšmė turi būti skaičius, o ne „{value}“</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label}: reikšmė turi būti sveikasis skaičius</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label}: reikšmė turi būti tekstas</translation>
    </message>
    <message>
        <source>{label}: each entry needs a value</source>
        <translation>{label}: kiekvienam elementui reikia reikšmės</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code</source>
        <translation>„{value}“ nėra NUTS regiono kodas</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{value}“ nėra data (naudokite MMMM-MM-DD)</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (use +country code, e.g. +351 21 000 0000)</source>
        <translation>„{value}“ nėra telefono numeris (naudokite +šalies kodą, pvz., +370 5 212 3456)</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number</source>
        <translation>„{value}“ nėra galimas telefono numeris</translation>
    </message>
    <message>
        <source>“{value}” is not a record id</source>
        <translation>„{value}“ nėra įrašo ID</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>„{value}“ nėra tinkamas el. pašto adresas</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://)</source>
        <translation>„{value}“ nėra žiniatinklio adresas (jis turėtų prasidėti https://)</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 3166 country code</source>
        <translation>„{value}“ nėra ISO 3166 šalies kodas</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 4217 currency code</source>
        <translation>„{value}“ nėra ISO 4217 valiutos kodas</translation>
    </message>
    <message>
        <source>“{value}” is not an ISO 639 language code</source>
        <translation>„{value}“ nėra ISO 639 kalbos kodas</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>„{value}“ nėra viena iš šių reikšmių: {choices}</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Naujienos</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(be pavadinimo)</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Changed contact: {title}</source>
        <translation>Pakeistas kontaktas: {title}</translation>
    </message>
    <message>
        <source>Changed practice: {title}</source>
        <translation>Pakeista praktika: {title}</translation>
    </message>
    <message>
        <source>Changed tool: {title}</source>
        <translation>Pakeista priemonė: {title}</translation>
    </message>
    <message>
        <source>Everything here is read.</source>
        <translation>Čia viskas perskaityta.</translation>
    </message>
    <message>
        <source>First sync: {items} from your group</source>
        <translation>Pirmasis sinchronizavimas: {items} iš jūsų grupės</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Pažymėti viską kaip &amp;perskaitytą</translation>
    </message>
    <message>
        <source>Mark everything in What&apos;s new as read</source>
        <translation>Pažymėti visas naujienas kaip perskaitytas</translation>
    </message>
    <message>
        <source>New contact: {title}</source>
        <translation>Naujas kontaktas: {title}</translation>
    </message>
    <message>
        <source>New practice: {title}</source>
        <translation>Nauja praktika: {title}</translation>
    </message>
    <message>
        <source>New tool: {title}</source>
        <translation>Nauja priemonė: {title}</translation>
    </message>
    <message>
        <source>Nothing new from your group yet. When others add or change practices, contacts or tools, they are listed here after a sync.</source>
        <translation>Iš jūsų grupės dar nėra naujienų. Kai kiti prideda ar keičia praktikas, kontaktus ar priemones, po sinchronizavimo jos rodomos čia.</translation>
    </message>
    <message>
        <source>Only &amp;unread</source>
        <translation>Tik &amp;neskaityti</translation>
    </message>
    <message>
        <source>That record is no longer here.</source>
        <translation>Šio įrašo nebėra.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Unread: {line}</source>
        <translation>Neskaityta: {line}</translation>
    </message>
    <message>
        <source>What arrived from your group</source>
        <translation>Kas atkeliavo iš jūsų grupės</translation>
    </message>
    <message>
        <source>What your group added or changed since you last looked</source>
        <translation>Ką jūsų grupė pridėjo ar pakeitė nuo paskutinio jūsų apsilankymo</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Naujienos</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Vakar</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>kažkas</translation>
    </message>
    <message>
        <source>{day} · {who}: {counts}</source>
        <translation>{day} · {who}: {counts}</translation>
    </message>
    <message>
        <source>{items} from your group</source>
        <translation>{items} iš jūsų grupės</translation>
    </message>
</context>
</TS>
